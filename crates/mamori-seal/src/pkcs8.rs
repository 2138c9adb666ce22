//! PKCS#8 (RFC 5958) private keys of the algorithms in [`Algorithm`]: the algorithm identifier
//! and the raw private key (`mldsaSeed || tradSK` for composites, the 32-byte seed for ML-DSA).

use crate::composite::{Algorithm, SigningKey};
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

/// One DER TLV: (tag, contents, rest).
fn tlv(b: &[u8]) -> Result<(u8, &[u8], &[u8])> {
    let (&tag, rest) = b.split_first().ok_or_else(|| malformed("truncated"))?;
    let (&first, rest) = rest
        .split_first()
        .ok_or_else(|| malformed("truncated length"))?;
    let (len, rest) = if first < 0x80 {
        (usize::from(first), rest)
    } else {
        let n = usize::from(first & 0x7f);
        if n == 0 || n > 2 || rest.len() < n {
            return Err(malformed("unsupported length form"));
        }
        let len = rest[..n]
            .iter()
            .fold(0usize, |acc, &x| (acc << 8) | usize::from(x));
        (len, &rest[n..])
    };
    if rest.len() < len {
        return Err(malformed("truncated contents"));
    }
    Ok((tag, &rest[..len], &rest[len..]))
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
    let (tag, seq, _) = tlv(der)?;
    if tag != 0x30 {
        return Err(malformed("not a SEQUENCE"));
    }
    let (tag, _version, rest) = tlv(seq)?;
    if tag != 0x02 {
        return Err(malformed("no version"));
    }
    let (tag, alg_id, rest) = tlv(rest)?;
    if tag != 0x30 {
        return Err(malformed("no algorithm identifier"));
    }
    let (tag, oid, _) = tlv(alg_id)?;
    if tag != 0x06 {
        return Err(malformed("no algorithm OID"));
    }
    let oid = oid_to_string(oid).ok_or_else(|| malformed("bad OID"))?;
    let alg = Algorithm::from_oid(&oid).ok_or_else(|| SealError::Unsupported(oid.clone()))?;
    let (tag, key, _) = tlv(rest)?;
    if tag != 0x04 {
        return Err(malformed("no private key OCTET STRING"));
    }
    // RFC 9881 lets an ML-DSA key be `seed [0]`, an expanded key, or both; the seed is what
    // mamori keeps. Composites carry the raw concatenation.
    let key = match key.first() {
        Some(0x80) => tlv(key)?.1,
        Some(0x30) => {
            let (_, both, _) = tlv(key)?;
            tlv(both)?.1
        }
        _ => key,
    };
    SigningKey::from_bytes(alg, key)
}

/// Writes a PKCS#8 `PrivateKeyInfo` (version 0, no attributes) for `key`.
pub fn signing_key_to_pkcs8(key: &SigningKey) -> Vec<u8> {
    let oid = oid_der(key.algorithm().oid());
    let raw = key.to_bytes();
    let alg_id = der(0x30, &der(0x06, &oid));
    let body = [der(0x02, &[0]), alg_id, der(0x04, &raw)].concat();
    der(0x30, &body)
}

fn der(tag: u8, contents: &[u8]) -> Vec<u8> {
    let mut out = vec![tag];
    let n = contents.len();
    if n < 0x80 {
        out.push(n as u8);
    } else if n < 0x100 {
        out.extend_from_slice(&[0x81, n as u8]);
    } else {
        out.extend_from_slice(&[0x82, (n >> 8) as u8, n as u8]);
    }
    out.extend_from_slice(contents);
    out
}

fn oid_der(dotted: &str) -> Vec<u8> {
    let arcs: Vec<u64> = dotted.split('.').filter_map(|a| a.parse().ok()).collect();
    let mut out = vec![(arcs[0] * 40 + arcs[1]) as u8];
    for &arc in &arcs[2..] {
        let mut stack = vec![(arc & 0x7f) as u8];
        let mut v = arc >> 7;
        while v > 0 {
            stack.push(((v & 0x7f) as u8) | 0x80);
            v >>= 7;
        }
        out.extend(stack.into_iter().rev());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
            oid_to_string(&oid_der("1.3.6.1.5.5.7.6.48")).as_deref(),
            Some("1.3.6.1.5.5.7.6.48")
        );
    }
}
