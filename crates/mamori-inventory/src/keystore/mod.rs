//! Keystore parsers: PKCS#12 / PFX (RFC 7292), Java JKS and JCEKS.
//!
//! Both parsers take the whole file and a list of candidate passwords. They list what can be
//! read without a password (JKS aliases and certificates, unencrypted PKCS#12 SafeContents),
//! find the password that opens the rest by its integrity check (the PKCS#12 MAC, the JKS
//! SHA-1 digest) or by a decryption whose padding and DER structure check out, and decrypt
//! private keys to PKCS#8. A wrong password yields `opened == false`, never invented entries.
//!
//! Limits: [`MAX_KEYSTORE_BYTES`], [`MAX_ENTRIES`], [`MAX_KDF_ITERATIONS`] per key derivation
//! (larger counts are rejected with [`InventoryError::TooLarge`]), [`MAX_CHAIN_LEN`], and a total
//! key-derivation work budget ([`MAX_KDF_WORK`] iterations) per keystore, after which no more
//! passwords are tried (noted in [`Keystore::notes`]).

mod ber;
mod java_serial;
mod jks;
mod md5;
mod pbe;
mod pkcs12;

use std::fmt;

use crate::der::{Der, TAG_INTEGER, TAG_SEQUENCE};
use crate::error::{InventoryError, Result};

pub use jks::parse_jks;
pub use pkcs12::parse_pkcs12;

/// Largest keystore file accepted.
pub const MAX_KEYSTORE_BYTES: usize = 16 * 1024 * 1024;
/// Most entries (PKCS#12 safe bags, JKS entries) in one keystore.
pub const MAX_ENTRIES: usize = 10_000;
/// Largest iteration count accepted in one key derivation.
pub const MAX_KDF_ITERATIONS: u64 = 10_000_000;
/// Longest certificate chain of one entry.
pub const MAX_CHAIN_LEN: usize = 100;
/// Total key-derivation iterations spent on one keystore over all passwords and objects.
pub const MAX_KDF_WORK: u64 = 50_000_000;

pub(crate) const OID_SUN_JKS_KEY_PROTECTOR: &str = "1.3.6.1.4.1.42.2.17.1.1";

/// The container format of a keystore.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeystoreFormat {
    Pkcs12,
    Jks,
    Jceks,
}

impl fmt::Display for KeystoreFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            KeystoreFormat::Pkcs12 => "PKCS#12",
            KeystoreFormat::Jks => "JKS",
            KeystoreFormat::Jceks => "JCEKS",
        })
    }
}

/// A parsed keystore. `Debug` never shows the password or key material.
#[derive(Clone, PartialEq, Eq)]
pub struct Keystore {
    pub format: KeystoreFormat,
    /// True when the content is protected by a password (any encrypted bag or key, or a MAC;
    /// always for JKS/JCEKS, whose integrity digest is keyed by the password).
    pub encrypted: bool,
    /// True when entries could be listed (unencrypted, or a password opened it). Precisely:
    /// every password-protected object (encrypted SafeContents, shrouded or JKS/JCEKS keys,
    /// secret keys) was decrypted, and the integrity check (PKCS#12 MAC, JKS digest) verified
    /// or at least one object decrypted. So a JKS truststore whose password is unknown lists
    /// its certificates but is not `opened`, and a key under a second password that no
    /// candidate matches leaves the keystore not `opened` (its item keeps `encrypted_key_oid`).
    pub opened: bool,
    /// Dotted OID of the scheme that protects the entries, when known: for PBES2 its encryption
    /// scheme (e.g. "2.16.840.1.101.3.4.1.42", AES-256-CBC), otherwise the PBE algorithm OID
    /// ("1.2.840.113549.1.12.1.6" pbeWithSHAAnd40BitRC2-CBC, "1.3.6.1.4.1.42.2.17.1.1" the JKS
    /// key protector...). When several schemes are used (e.g. OpenSSL's legacy RC2-40 for
    /// certificates and 3DES for keys), the weakest one.
    pub protection_oid: Option<String>,
    /// One line per protection in use: what it protects, scheme, KDF PRF, iterations, cipher.
    pub protection_details: Vec<String>,
    /// The password that opened it ("" for the empty password), never printed by the caller.
    pub password_used: Option<String>,
    pub entries: Vec<KeystoreItem>,
    /// Human-readable notes (MAC algorithm and whether it verified, unsupported bag types...).
    pub notes: Vec<String>,
    /// PBKDF2 PRF OID of the protection named by `protection_oid` (PBES2 only).
    pub kdf_prf_oid: Option<String>,
    /// Iteration count of the protection named by `protection_oid`.
    pub kdf_iterations: Option<u64>,
    /// Integrity check: PKCS#12 MAC digest OID (or PBMAC1's HMAC OID), or
    /// "1.3.14.3.2.26" (SHA-1) for the JKS/JCEKS keyed digest.
    pub mac_algorithm_oid: Option<String>,
    /// Iteration count of the MAC key derivation (PKCS#12).
    pub mac_iterations: Option<u64>,
    /// Whether the integrity check verified with one of the candidate passwords (`None`: no MAC).
    pub mac_verified: Option<bool>,
}

impl fmt::Debug for Keystore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Keystore")
            .field("format", &self.format)
            .field("encrypted", &self.encrypted)
            .field("opened", &self.opened)
            .field("protection_oid", &self.protection_oid)
            .field("protection_details", &self.protection_details)
            .field(
                "password_used",
                &self.password_used.as_ref().map(|_| "<redacted>"),
            )
            .field("entries", &self.entries)
            .field("notes", &self.notes)
            .field("kdf_prf_oid", &self.kdf_prf_oid)
            .field("kdf_iterations", &self.kdf_iterations)
            .field("mac_algorithm_oid", &self.mac_algorithm_oid)
            .field("mac_iterations", &self.mac_iterations)
            .field("mac_verified", &self.mac_verified)
            .finish()
    }
}

impl Keystore {
    fn new(format: KeystoreFormat) -> Keystore {
        Keystore {
            format,
            encrypted: false,
            opened: false,
            protection_oid: None,
            protection_details: Vec::new(),
            password_used: None,
            entries: Vec::new(),
            notes: Vec::new(),
            kdf_prf_oid: None,
            kdf_iterations: None,
            mac_algorithm_oid: None,
            mac_iterations: None,
            mac_verified: None,
        }
    }

    /// Records the weakest of the protections seen and one detail line per distinct protection.
    fn record_protections(&mut self, seen: &[(String, pbe::Protection)]) {
        let mut weakest: Option<&pbe::Protection> = None;
        for (what, protection) in seen {
            let line = protection.describe(what);
            if !self.protection_details.contains(&line) {
                self.protection_details.push(line);
            }
            if weakest.is_none_or(|w| protection.weaker_than(w)) {
                weakest = Some(protection);
            }
        }
        if let Some(w) = weakest {
            self.protection_oid = Some(w.cipher_oid.clone());
            self.kdf_prf_oid = w.prf_oid.clone();
            self.kdf_iterations = Some(w.iterations);
        }
    }
}

/// What a keystore entry holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeystoreItemKind {
    PrivateKey,
    Certificate,
    TrustedCertificate,
    SecretKey,
}

impl fmt::Display for KeystoreItemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            KeystoreItemKind::PrivateKey => "private key",
            KeystoreItemKind::Certificate => "certificate",
            KeystoreItemKind::TrustedCertificate => "trusted certificate",
            KeystoreItemKind::SecretKey => "secret key",
        })
    }
}

/// One keystore entry. `Debug` shows the length of key material, never the bytes.
#[derive(Clone, PartialEq, Eq)]
pub struct KeystoreItem {
    /// friendlyName / JKS alias.
    pub alias: Option<String>,
    pub kind: KeystoreItemKind,
    /// DER certificates (chain for a key entry, leaf first).
    pub certificates: Vec<Vec<u8>>,
    /// Decrypted PKCS#8 PrivateKeyInfo DER, when we could decrypt (or it was stored in clear).
    pub private_key_pkcs8: Option<Vec<u8>>,
    /// Algorithm OID of the encryption of a still-encrypted key (PBES2: its encryption scheme).
    pub encrypted_key_oid: Option<String>,
    /// JCEKS / PKCS#12 secret key entries: algorithm name ("AES") or OID, if visible.
    pub secret_key_algorithm: Option<String>,
    /// Algorithm OID inside the decrypted PKCS#8 (e.g. "1.2.840.113549.1.1.1" rsaEncryption).
    pub private_key_algorithm_oid: Option<String>,
    /// PKCS#12 localKeyId attribute, if any.
    pub local_key_id: Option<Vec<u8>>,
    /// Entry creation time (JKS/JCEKS), milliseconds since the Unix epoch.
    pub timestamp_ms: Option<i64>,
}

impl fmt::Debug for KeystoreItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KeystoreItem")
            .field("alias", &self.alias)
            .field("kind", &self.kind)
            .field("certificates", &self.certificates.len())
            .field(
                "private_key_pkcs8",
                &self
                    .private_key_pkcs8
                    .as_ref()
                    .map(|k| format!("<{} bytes>", k.len())),
            )
            .field("encrypted_key_oid", &self.encrypted_key_oid)
            .field("secret_key_algorithm", &self.secret_key_algorithm)
            .field("private_key_algorithm_oid", &self.private_key_algorithm_oid)
            .field("timestamp_ms", &self.timestamp_ms)
            .finish()
    }
}

impl KeystoreItem {
    fn new(kind: KeystoreItemKind) -> KeystoreItem {
        KeystoreItem {
            alias: None,
            kind,
            certificates: Vec::new(),
            private_key_pkcs8: None,
            encrypted_key_oid: None,
            secret_key_algorithm: None,
            private_key_algorithm_oid: None,
            local_key_id: None,
            timestamp_ms: None,
        }
    }
}

/// Decrypts a PKCS#8 EncryptedPrivateKeyInfo (PEM "ENCRYPTED PRIVATE KEY") with one password:
/// PBES2 (PBKDF2 + AES/3DES/DES-CBC), PKCS#12 PBE (3DES, RC2, RC4) and PKCS#5 v1.5 PBES1.
/// Returns the PrivateKeyInfo DER; a wrong password is [`InventoryError::WrongPassword`].
pub fn decrypt_pkcs8(der: &[u8], password: &str) -> Result<Vec<u8>> {
    if der.len() > MAX_KEYSTORE_BYTES {
        return Err(InventoryError::TooLarge {
            what: "encrypted private key",
            size: der.len() as u64,
            limit: MAX_KEYSTORE_BYTES as u64,
        });
    }
    let (alg, encrypted) = pbe::parse_encrypted_private_key_info(der)?;
    let scheme = pbe::Scheme::parse(&alg)?;
    let mut budget = Budget::new();
    for candidate in candidates(&[password]) {
        match scheme.decrypt(&candidate, encrypted, &mut budget) {
            Ok(plain) if private_key_info_algorithm(&plain).is_some() => return Ok(plain),
            Ok(_) => {}
            Err(e) => match classify(e)? {
                Attempt::Wrong => {}
                Attempt::GiveUp(why) => return Err(InventoryError::Unsupported { what: why }),
            },
        }
    }
    Err(InventoryError::WrongPassword {
        what: "the password does not decrypt this private key".into(),
    })
}

/// Cheap check: `SEQUENCE { INTEGER 3, SEQUENCE { OID pkcs7-data ...` (definite or BER
/// indefinite lengths).
pub fn looks_like_pkcs12(data: &[u8]) -> bool {
    fn skip_header(data: &[u8], tag: u8) -> Option<&[u8]> {
        let (&t, rest) = data.split_first()?;
        if t != tag {
            return None;
        }
        let (&len, rest) = rest.split_first()?;
        if len <= 0x80 {
            Some(rest)
        } else {
            rest.get(usize::from(len & 0x7f)..)
                .filter(|_| len & 0x7f <= 4)
        }
    }
    const VERSION_3: [u8; 3] = [0x02, 0x01, 0x03];
    const OID_DATA: [u8; 11] = [
        0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01,
    ];
    let Some(rest) = skip_header(data, TAG_SEQUENCE) else {
        return false;
    };
    let Some(rest) = rest.strip_prefix(&VERSION_3[..]) else {
        return false;
    };
    skip_header(rest, TAG_SEQUENCE).is_some_and(|r| r.starts_with(&OID_DATA))
}

/// Magic 0xFEEDFEED (JKS) or 0xCECECECE (JCEKS).
pub fn looks_like_jks(data: &[u8]) -> bool {
    data.starts_with(&jks::MAGIC_JKS) || data.starts_with(&jks::MAGIC_JCEKS)
}

/// One way to present a password to a KDF. The empty password has two PKCS#12 forms: OpenSSL
/// encodes "" as a BMPString terminator (two zero bytes), other tools as zero bytes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) struct Candidate<'a> {
    pub text: &'a str,
    /// Only for "": present it to the PKCS#12 KDF as zero bytes instead of `00 00`.
    pub zero_length: bool,
}

impl fmt::Debug for Candidate<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Candidate(<redacted>)")
    }
}

impl Candidate<'_> {
    /// BMPString form with the two-byte terminator, as the PKCS#12 KDF wants it.
    pub(crate) fn bmp(&self) -> Vec<u8> {
        if self.zero_length {
            return Vec::new();
        }
        let mut out = utf16be(self.text);
        out.extend_from_slice(&[0, 0]);
        out
    }
}

/// UTF-16BE bytes of a string, without terminator (JKS/JCEKS password form).
pub(crate) fn utf16be(text: &str) -> Vec<u8> {
    text.encode_utf16().flat_map(u16::to_be_bytes).collect()
}

/// The candidates for a list of passwords, in order, without duplicates; "" gets both forms.
pub(crate) fn candidates<'a>(passwords: &[&'a str]) -> Vec<Candidate<'a>> {
    let mut out: Vec<Candidate<'a>> = Vec::new();
    for pw in passwords.iter().take(64) {
        let mut push = |c: Candidate<'a>| {
            if !out.contains(&c) {
                out.push(c);
            }
        };
        push(Candidate {
            text: pw,
            zero_length: false,
        });
        if pw.is_empty() {
            push(Candidate {
                text: pw,
                zero_length: true,
            });
        }
    }
    out
}

/// Key-derivation work left for one keystore.
#[derive(Debug)]
pub(crate) struct Budget {
    remaining: u64,
}

impl Budget {
    pub(crate) fn new() -> Budget {
        Budget {
            remaining: MAX_KDF_WORK,
        }
    }

    pub(crate) fn spend(&mut self, iterations: u64) -> Result<()> {
        if iterations > self.remaining {
            self.remaining = 0;
            return Err(InventoryError::TooLarge {
                what: WORK_BUDGET,
                size: iterations,
                limit: MAX_KDF_WORK,
            });
        }
        self.remaining -= iterations;
        Ok(())
    }
}

pub(crate) const WORK_BUDGET: &str = "key-derivation work for this keystore";

/// How a failed attempt should be treated by a loop over candidate passwords.
pub(crate) enum Attempt {
    /// This password is wrong: try the next one.
    Wrong,
    /// No password will help (unsupported scheme, budget spent): stop, with this note.
    GiveUp(String),
}

/// Classifies a decryption error: hard limits (an iteration count above the limit) are
/// returned as errors, the rest tell the caller whether to keep trying.
pub(crate) fn classify(err: InventoryError) -> Result<Attempt> {
    match err {
        InventoryError::WrongPassword { .. } | InventoryError::Der { .. } => Ok(Attempt::Wrong),
        InventoryError::TooLarge { what, .. } if what == WORK_BUDGET => Ok(Attempt::GiveUp(
            "key-derivation work budget spent: remaining passwords were not tried".into(),
        )),
        e @ InventoryError::TooLarge { .. } => Err(e),
        other => Ok(Attempt::GiveUp(other.to_string())),
    }
}

/// Algorithm OID of a PKCS#8 PrivateKeyInfo (or OneAsymmetricKey), checking that the whole
/// buffer is exactly one well-formed structure; `None` when it is not.
pub(crate) fn private_key_info_algorithm(pkcs8: &[u8]) -> Option<String> {
    let mut outer = Der::new(pkcs8);
    let mut info = outer.sequence("PrivateKeyInfo").ok()?;
    if !outer.is_empty() {
        return None;
    }
    let version = info.small_uint("version").ok()?;
    if version > 1 {
        return None;
    }
    let oid = info
        .sequence("privateKeyAlgorithm")
        .ok()?
        .oid("algorithm")
        .ok()?;
    info.octet_string("privateKey").ok()?;
    Some(oid)
}

/// (issuer, subject) raw DER Names of a certificate, if it parses that far.
fn cert_names(cert: &[u8]) -> Option<Names<'_>> {
    let mut outer = Der::new(cert);
    let mut c = outer.sequence("Certificate").ok()?;
    let mut tbs = c.sequence("TBSCertificate").ok()?;
    let _ = tbs.optional(crate::der::context(0)).ok()?;
    tbs.expect(TAG_INTEGER, "serialNumber").ok()?;
    tbs.expect(TAG_SEQUENCE, "signature").ok()?;
    let issuer = tbs.expect(TAG_SEQUENCE, "issuer").ok()?.raw;
    tbs.expect(TAG_SEQUENCE, "validity").ok()?;
    let subject = tbs.expect(TAG_SEQUENCE, "subject").ok()?.raw;
    Some((issuer, subject))
}

/// (issuer, subject) raw Names of a certificate.
type Names<'a> = (&'a [u8], &'a [u8]);

/// Certificates indexed by subject, for building chains in time linear in their length.
pub(crate) struct ChainIndex<'a> {
    certs: Vec<(&'a [u8], Option<Names<'a>>)>,
    by_subject: std::collections::HashMap<&'a [u8], Vec<usize>>,
}

impl<'a> ChainIndex<'a> {
    pub(crate) fn new(certs: &[&'a [u8]]) -> ChainIndex<'a> {
        let certs: Vec<_> = certs.iter().map(|c| (*c, cert_names(c))).collect();
        let mut by_subject: std::collections::HashMap<&'a [u8], Vec<usize>> =
            std::collections::HashMap::new();
        for (i, (_, names)) in certs.iter().enumerate() {
            if let Some((_, subject)) = names {
                by_subject.entry(*subject).or_default().push(i);
            }
        }
        ChainIndex { certs, by_subject }
    }

    /// The chain from certificate `leaf` (an index), leaf first, following issuer → subject;
    /// returns the certificates and the indices used.
    pub(crate) fn chain(&self, leaf: usize) -> (Vec<Vec<u8>>, Vec<usize>) {
        let mut chain = Vec::new();
        let mut used = Vec::new();
        let mut current = leaf;
        while chain.len() < MAX_CHAIN_LEN {
            let Some((der, names)) = self.certs.get(current) else {
                break;
            };
            chain.push(der.to_vec());
            used.push(current);
            let Some((issuer, subject)) = names else {
                break;
            };
            if issuer == subject {
                break;
            }
            let next = self
                .by_subject
                .get(issuer)
                .and_then(|candidates| candidates.iter().find(|i| !used.contains(i)));
            match next {
                Some(i) => current = *i,
                None => break,
            }
        }
        (chain, used)
    }
}

/// Short names for the OIDs that appear in keystores.
pub(crate) fn oid_name(oid: &str) -> Option<&'static str> {
    Some(match oid {
        "1.2.840.113549.1.5.13" => "PBES2",
        "1.2.840.113549.1.5.12" => "PBKDF2",
        "1.2.840.113549.1.5.14" => "PBMAC1",
        "1.2.840.113549.2.7" => "hmacWithSHA1",
        "1.2.840.113549.2.8" => "hmacWithSHA224",
        "1.2.840.113549.2.9" => "hmacWithSHA256",
        "1.2.840.113549.2.10" => "hmacWithSHA384",
        "1.2.840.113549.2.11" => "hmacWithSHA512",
        "2.16.840.1.101.3.4.1.2" => "AES-128-CBC",
        "2.16.840.1.101.3.4.1.22" => "AES-192-CBC",
        "2.16.840.1.101.3.4.1.42" => "AES-256-CBC",
        "1.2.840.113549.3.7" => "DES-EDE3-CBC",
        "1.3.14.3.2.7" => "DES-CBC",
        "1.2.840.113549.3.2" => "RC2-CBC",
        "1.2.840.113549.1.12.1.1" => "pbeWithSHAAnd128BitRC4",
        "1.2.840.113549.1.12.1.2" => "pbeWithSHAAnd40BitRC4",
        "1.2.840.113549.1.12.1.3" => "pbeWithSHAAnd3-KeyTripleDES-CBC",
        "1.2.840.113549.1.12.1.4" => "pbeWithSHAAnd2-KeyTripleDES-CBC",
        "1.2.840.113549.1.12.1.5" => "pbeWithSHAAnd128BitRC2-CBC",
        "1.2.840.113549.1.12.1.6" => "pbeWithSHAAnd40BitRC2-CBC",
        "1.2.840.113549.1.5.3" => "pbeWithMD5AndDES-CBC",
        "1.2.840.113549.1.5.6" => "pbeWithMD5AndRC2-CBC",
        "1.2.840.113549.1.5.10" => "pbeWithSHA1AndDES-CBC",
        "1.2.840.113549.1.5.11" => "pbeWithSHA1AndRC2-CBC",
        "1.3.6.1.4.1.42.2.19.1" => "PBEWithMD5AndTripleDES",
        "1.3.6.1.4.1.42.2.17.1.1" => "JKS key protector",
        "1.3.14.3.2.26" => "SHA-1",
        "2.16.840.1.101.3.4.2.4" => "SHA-224",
        "2.16.840.1.101.3.4.2.1" => "SHA-256",
        "2.16.840.1.101.3.4.2.2" => "SHA-384",
        "2.16.840.1.101.3.4.2.3" => "SHA-512",
        "1.2.840.113549.1.1.1" => "rsaEncryption",
        "1.2.840.10045.2.1" => "id-ecPublicKey",
        "1.2.840.10040.4.1" => "DSA",
        "1.3.101.110" => "X25519",
        "1.3.101.111" => "X448",
        "1.3.101.112" => "Ed25519",
        "1.3.101.113" => "Ed448",
        "2.16.840.1.101.3.4.1" => "AES",
        "1.2.840.113549.2.2" => "HMAC-MD5",
        "1.2.840.113549.1.7.1" => "data",
        "1.2.840.113549.1.7.3" => "envelopedData",
        "1.2.840.113549.1.7.6" => "encryptedData",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn magic_checks() {
        assert!(looks_like_jks(&[0xfe, 0xed, 0xfe, 0xed, 0, 0, 0, 2]));
        assert!(looks_like_jks(&[0xce, 0xce, 0xce, 0xce]));
        assert!(!looks_like_jks(&[0xfe, 0xed]));
        let p12 = [
            0x30, 0x82, 0x01, 0x00, 0x02, 0x01, 0x03, 0x30, 0x80, 0x06, 0x09, 0x2a, 0x86, 0x48,
            0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01,
        ];
        assert!(looks_like_pkcs12(&p12));
        assert!(!looks_like_pkcs12(&p12[..12]));
        assert!(!looks_like_pkcs12(&[]));
        assert!(!looks_like_pkcs12(&[0x30, 0x85]));
    }

    #[test]
    fn empty_password_has_two_forms() {
        let c = candidates(&["a", "", "a", ""]);
        assert_eq!(c.len(), 3);
        assert_eq!(c[1].bmp(), vec![0, 0]);
        assert!(c[2].bmp().is_empty());
        assert_eq!(c[0].bmp(), vec![0, b'a', 0, 0]);
    }

    #[test]
    fn work_budget() {
        let mut b = Budget::new();
        assert!(b.spend(MAX_KDF_WORK).is_ok());
        assert!(matches!(
            classify(b.spend(1).unwrap_err()),
            Ok(Attempt::GiveUp(_))
        ));
    }
}
