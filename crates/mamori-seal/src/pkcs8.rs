//! PKCS#8 (RFC 5958) private keys of the algorithms in [`Algorithm`]: the algorithm identifier
//! and the raw private key (`mldsaSeed || tradSK` for composites, the 32-byte seed for ML-DSA).

use crate::composite::{Algorithm, SigningKey};
use crate::der::{octets, oid, seq, tlv};
use crate::error::{Result, SealError};

/// Largest PKCS#8 document read: the biggest key here is 64 bytes, but ML-DSA keys may carry
/// both seed and expanded key (about 4.9 KiB for ML-DSA-87).
pub const MAX_PKCS8_BYTES: usize = 16 * 1024;

fn malformed(reason: impl Into<String>) -> SealError {
    SealError::Malformed {
        what: "PKCS#8 private key",
        reason: reason.into(),
    }
}

/// One DER TLV: (tag, contents, rest), through the crate's one DER reader.
fn read_tlv(b: &[u8]) -> Result<(u8, &[u8], &[u8])> {
    crate::der::read(b, "PKCS#8 private key")
}

/// The dotted form of DER OID contents.
pub fn oid_to_string(b: &[u8]) -> Option<String> {
    let (&first, rest) = b.split_first()?;
    let mut parts = vec![u64::from(first / 40), u64::from(first % 40)];
    let mut acc: u64 = 0;
    for &x in rest {
        acc = acc.checked_mul(128)? | u64::from(x & 0x7f);
        if x & 0x80 == 0 {
            parts.push(acc);
            acc = 0;
        }
    }
    Some(
        parts
            .iter()
            .map(u64::to_string)
            .collect::<Vec<_>>()
            .join("."),
    )
}

/// Reads a PKCS#8 `PrivateKeyInfo` holding one of the supported algorithms.
pub fn signing_key_from_pkcs8(der: &[u8]) -> Result<SigningKey> {
    if der.len() > MAX_PKCS8_BYTES {
        return Err(malformed(format!("{} bytes is over the limit", der.len())));
    }
    let (tag, seq, _) = read_tlv(der)?;
    if tag != 0x30 {
        return Err(malformed("not a SEQUENCE"));
    }
    let (tag, _version, rest) = read_tlv(seq)?;
    if tag != 0x02 {
        return Err(malformed("no version"));
    }
    let (tag, alg_id, rest) = read_tlv(rest)?;
    if tag != 0x30 {
        return Err(malformed("no algorithm identifier"));
    }
    let (tag, oid, _) = read_tlv(alg_id)?;
    if tag != 0x06 {
        return Err(malformed("no algorithm OID"));
    }
    let oid = oid_to_string(oid).ok_or_else(|| malformed("bad OID"))?;
    let alg = Algorithm::from_oid(&oid).ok_or_else(|| SealError::Unsupported(oid.clone()))?;
    let (tag, key, _) = read_tlv(rest)?;
    if tag != 0x04 {
        return Err(malformed("no private key OCTET STRING"));
    }
    // RFC 9881 lets an ML-DSA key be `seed [0]`, an expanded key, or both; the seed is what
    // mamori keeps. Composites carry the raw concatenation.
    let key = match key.first() {
        Some(0x80) => read_tlv(key)?.1,
        Some(0x30) => {
            let (_, both, _) = read_tlv(key)?;
            read_tlv(both)?.1
        }
        _ => key,
    };
    SigningKey::from_bytes(alg, key)
}

/// PBKDF2 iterations for new encrypted keys: OWASP's 2023 figure for PBKDF2-HMAC-SHA256.
pub const DEFAULT_ITERATIONS: u32 = 600_000;

/// The most iterations an encrypted key may ask for: more is a denial of service, not security.
pub const MAX_ITERATIONS: u32 = 10_000_000;

const PBES2: &str = "1.2.840.113549.1.5.13";
const PBKDF2: &str = "1.2.840.113549.1.5.12";
const HMAC_SHA256: &str = "1.2.840.113549.2.9";
const AES256_CBC: &str = "2.16.840.1.101.3.4.1.42";

fn derive(passphrase: &[u8], salt: &[u8], iterations: u32) -> [u8; 32] {
    let mut key = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(passphrase, salt, iterations, &mut key);
    key
}

/// Encrypts a PKCS#8 `PrivateKeyInfo` into an `EncryptedPrivateKeyInfo` (RFC 5958) with PBES2:
/// PBKDF2-HMAC-SHA256 and AES-256-CBC, as `openssl pkcs8 -topk8 -v2 aes-256-cbc` writes.
pub fn encrypt(plain: &[u8], passphrase: &[u8], iterations: u32) -> Result<Vec<u8>> {
    use aes::cipher::{BlockEncryptMut, KeyIvInit, block_padding::Pkcs7};
    let mut salt = [0u8; 16];
    let mut iv = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| SealError::Random(e.to_string()))?;
    getrandom::fill(&mut iv).map_err(|e| SealError::Random(e.to_string()))?;
    let key = derive(passphrase, &salt, iterations);
    let ciphertext = cbc::Encryptor::<aes::Aes256>::new(&key.into(), &iv.into())
        .encrypt_padded_vec_mut::<Pkcs7>(plain);
    let kdf = seq(&[
        oid(PBKDF2),
        seq(&[
            octets(&salt),
            tlv(0x02, &iterations_der(iterations)),
            seq(&[oid(HMAC_SHA256), tlv(0x05, &[])]),
        ]),
    ]);
    let scheme = seq(&[oid(AES256_CBC), octets(&iv)]);
    let alg = seq(&[oid(PBES2), seq(&[kdf, scheme])]);
    Ok(seq(&[alg, octets(&ciphertext)]))
}

fn iterations_der(n: u32) -> Vec<u8> {
    let b = n.to_be_bytes();
    let skip = b.iter().take_while(|&&x| x == 0).count().min(3);
    let mut v = b[skip..].to_vec();
    if v[0] & 0x80 != 0 {
        v.insert(0, 0);
    }
    v
}

/// Decrypts an `EncryptedPrivateKeyInfo` written with PBES2 (PBKDF2-HMAC-SHA256 or -SHA1,
/// AES-256-CBC), returning the inner `PrivateKeyInfo`.
pub fn decrypt(der_bytes: &[u8], passphrase: &[u8]) -> Result<Vec<u8>> {
    use aes::cipher::{BlockDecryptMut, KeyIvInit, block_padding::Pkcs7};
    if der_bytes.len() > MAX_PKCS8_BYTES {
        return Err(malformed("encrypted key over the size limit"));
    }
    let (_, outer, _) = read_tlv(der_bytes)?;
    let (_, alg, rest) = read_tlv(outer)?;
    let (_, data, _) = read_tlv(rest)?;
    let (_, alg_oid, params) = read_tlv(alg)?;
    if oid_to_string(alg_oid).as_deref() != Some(PBES2) {
        return Err(SealError::Unsupported(
            "key encryption other than PBES2".into(),
        ));
    }
    let (_, params, _) = read_tlv(params)?;
    let (_, kdf, scheme) = read_tlv(params)?;
    let (_, kdf_oid, kdf_params) = read_tlv(kdf)?;
    if oid_to_string(kdf_oid).as_deref() != Some(PBKDF2) {
        return Err(SealError::Unsupported(
            "a key derivation other than PBKDF2".into(),
        ));
    }
    let (_, kdf_params, _) = read_tlv(kdf_params)?;
    let (_, salt, rest) = read_tlv(kdf_params)?;
    let (_, iters, rest) = read_tlv(rest)?;
    if iters.len() > 5 {
        return Err(malformed("iteration count too large"));
    }
    let iterations = iters.iter().fold(0u64, |a, &b| (a << 8) | u64::from(b));
    if iterations == 0 || iterations > u64::from(MAX_ITERATIONS) {
        return Err(malformed(format!("{iterations} PBKDF2 iterations")));
    }
    // The PRF defaults to HMAC-SHA1 when absent (RFC 8018); mamori writes HMAC-SHA256.
    let sha256 = match read_tlv(rest) {
        Ok((0x30, prf, _)) => oid_to_string(read_tlv(prf)?.1).as_deref() == Some(HMAC_SHA256),
        _ => false,
    };
    let (_, scheme, _) = read_tlv(scheme)?;
    let (_, enc_oid, iv) = read_tlv(scheme)?;
    if oid_to_string(enc_oid).as_deref() != Some(AES256_CBC) {
        return Err(SealError::Unsupported(
            "key encryption other than AES-256-CBC".into(),
        ));
    }
    let (_, iv, _) = read_tlv(iv)?;
    if iv.len() != 16 {
        return Err(malformed("AES-CBC IV is not 16 bytes"));
    }
    let mut key = [0u8; 32];
    let iterations = iterations as u32;
    if sha256 {
        key = derive(passphrase, salt, iterations);
    } else {
        pbkdf2::pbkdf2_hmac::<sha1::Sha1>(passphrase, salt, iterations, &mut key);
    }
    let mut ivb = [0u8; 16];
    ivb.copy_from_slice(iv);
    cbc::Decryptor::<aes::Aes256>::new(&key.into(), &ivb.into())
        .decrypt_padded_vec_mut::<Pkcs7>(data)
        .map_err(|_| SealError::WrongPassphrase)
}

/// Writes a PKCS#8 `PrivateKeyInfo` (version 0, no attributes) for `key`.
pub fn signing_key_to_pkcs8(key: &SigningKey) -> Vec<u8> {
    seq(&[
        crate::der::small_uint(0),
        seq(&[oid(key.algorithm().oid())]),
        octets(&key.to_bytes()),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encryption_round_trip_wrong_passphrase_and_tampering() {
        let k = SigningKey::generate(Algorithm::MlDsa65Ed25519).unwrap();
        let plain = signing_key_to_pkcs8(&k);
        let enc = encrypt(&plain, b"correct horse", 1000).unwrap();
        assert!(!enc.windows(16).any(|w| w == &plain[plain.len() - 16..]));
        assert_eq!(decrypt(&enc, b"correct horse").unwrap(), plain);
        // A wrong passphrase almost always breaks the padding; when it does not, the result is
        // not a key.
        match decrypt(&enc, b"wrong") {
            Err(SealError::WrongPassphrase) => {}
            Ok(other) => assert!(signing_key_from_pkcs8(&other).is_err()),
            Err(e) => panic!("{e}"),
        }
        for cut in [0, 10, enc.len() / 2, enc.len() - 1] {
            assert!(decrypt(&enc[..cut], b"correct horse").is_err());
        }
    }

    #[test]
    fn round_trip_and_garbage() {
        for alg in Algorithm::ALL {
            let k = SigningKey::generate(alg).unwrap();
            let der = signing_key_to_pkcs8(&k);
            let back = signing_key_from_pkcs8(&der).unwrap();
            assert_eq!(back.verifying_key(), k.verifying_key());
        }
        for cut in 0..20 {
            let der =
                signing_key_to_pkcs8(&SigningKey::generate(Algorithm::MlDsa65Ed25519).unwrap());
            assert!(signing_key_from_pkcs8(&der[..cut]).is_err());
        }
        assert_eq!(
            oid_to_string(&oid("1.3.6.1.5.5.7.6.48")[2..]).as_deref(),
            Some("1.3.6.1.5.5.7.6.48")
        );
    }
}
