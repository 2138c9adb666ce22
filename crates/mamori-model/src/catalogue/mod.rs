//! The algorithm catalogue: one table per kind of identifier, all pointing at canonical entries.
//!
//! Every scanner resolves what it finds through these functions and nothing else, so a strength or
//! a category is corrected in exactly one place.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::algorithm::{Algorithm, Family, Primitive};
use crate::strength;

mod api;
mod curves;
mod entries;
mod ssh;
#[cfg(test)]
mod tests;
mod tls;

pub use curves::Curve;
pub use ssh::{SshAlgorithm, SshAlgorithmKind};
pub use tls::{TlsCipherSuite, TlsGroup, TlsSignatureScheme};

/// A canonical algorithm. Strength is fixed for most; for RSA, DSA and DH it depends on the key
/// size given to [`Entry::resolve`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// Canonical name, unique in the catalogue.
    pub name: &'static str,
    pub family: Family,
    pub primitive: Primitive,
    pub parameter_set: Option<&'static str>,
    pub curve: Option<&'static str>,
    /// Fixed classical strength in bits; `None` when it depends on the key size.
    pub classical_bits: Option<u16>,
    /// NIST PQC category 0–5.
    pub quantum_category: u8,
    /// Set for constructions unsafe at any key size (MD5, SHA-1 signatures, RC4, DES, 3DES...).
    pub broken_reason: Option<&'static str>,
    /// The OIDs that identify this entry; the first is the preferred one.
    pub oids: &'static [&'static str],
}

impl Entry {
    /// An algorithm as found, with a key size where the strength depends on one.
    ///
    /// For RSA/DSA/DH entries the name gains the size (`RSA-2048`) and the strength follows
    /// SP 800-57 Table 2; without a size the strength is 0, which ranks the asset as broken
    /// rather than invent a value.
    pub fn resolve(&self, key_size: Option<u32>) -> Algorithm {
        let (name, classical_bits) = match (self.classical_bits, key_size) {
            (Some(bits), _) => (self.name.to_string(), bits),
            (None, Some(size)) => (
                format!("{}-{size}", self.name),
                match self.family {
                    Family::Rsa => strength::ifc_ffc_bits(size),
                    _ => strength::ffc_bits(size, None),
                },
            ),
            (None, None) => (self.name.to_string(), 0),
        };
        Algorithm {
            name,
            family: self.family,
            primitive: self.primitive,
            parameter_set: self.parameter_set.map(str::to_string).or_else(|| {
                key_size
                    .filter(|_| self.classical_bits.is_none())
                    .map(|s| s.to_string())
            }),
            curve: self.curve.map(str::to_string),
            key_size,
            classical_bits,
            quantum_category: self.quantum_category,
            broken_reason: self.broken_reason.map(str::to_string),
            oid: self.oids.first().map(|o| o.to_string()),
        }
    }
}

static BY_NAME: LazyLock<HashMap<String, &'static Entry>> = LazyLock::new(|| {
    entries::ENTRIES
        .iter()
        .map(|e| (e.name.to_ascii_lowercase(), e))
        .collect()
});

static BY_OID: LazyLock<HashMap<&'static str, &'static Entry>> = LazyLock::new(|| {
    entries::ENTRIES
        .iter()
        .flat_map(|e| e.oids.iter().map(move |o| (*o, e)))
        .collect()
});

/// Every entry of the catalogue.
pub fn entries() -> &'static [Entry] {
    entries::ENTRIES
}

/// The entry with this canonical name (ASCII case-insensitive).
pub fn by_name(name: &str) -> Option<&'static Entry> {
    BY_NAME.get(&name.to_ascii_lowercase()).copied()
}

/// The entry an algorithm OID (dotted form) identifies: key algorithms (rsaEncryption,
/// id-ecPublicKey, id-ML-DSA-65...), signature algorithms (sha256WithRSAEncryption...), hashes,
/// ciphers, MACs, KDFs and PBE schemes.
pub fn by_oid(oid: &str) -> Option<&'static Entry> {
    BY_OID.get(oid).copied()
}

/// A named elliptic curve by OID or by any of its names (`secp256r1`, `prime256v1`, `P-256`).
pub fn curve(name_or_oid: &str) -> Option<&'static Curve> {
    curves::lookup(name_or_oid)
}

/// A TLS cipher suite by its IANA codepoint.
pub fn tls_cipher_suite(code: u16) -> Option<&'static TlsCipherSuite> {
    tls::cipher_suite(code)
}

/// A TLS cipher suite by IANA or OpenSSL name.
pub fn tls_cipher_suite_by_name(name: &str) -> Option<&'static TlsCipherSuite> {
    tls::cipher_suite_by_name(name)
}

/// A TLS supported group (named group) by codepoint.
pub fn tls_group(code: u16) -> Option<&'static TlsGroup> {
    tls::group(code)
}

/// A TLS signature scheme by codepoint.
pub fn tls_signature_scheme(code: u16) -> Option<&'static TlsSignatureScheme> {
    tls::signature_scheme(code)
}

/// An SSH algorithm name as it appears in KEXINIT or a key blob.
pub fn ssh_algorithm(name: &str) -> Option<&'static SshAlgorithm> {
    ssh::lookup(name)
}

/// A library API name (JCA `Cipher.getInstance`/`Signature.getInstance` strings, OpenSSL EVP
/// functions and names, Go `crypto/...` packages and functions, Python `cryptography`/`hashlib`
/// names) to its entry. Case-insensitive.
pub fn api_name(name: &str) -> Option<&'static Entry> {
    api::lookup(name)
}

/// The algorithm of an elliptic-curve key on `curve` (family [`Family::Ec`] unless the curve is
/// an Edwards or Montgomery curve, which fixes the scheme).
pub fn ec_key(curve: &Curve) -> Algorithm {
    Algorithm {
        name: format!("EC-{}", curve.display_name),
        family: Family::Ec,
        primitive: Primitive::Signature,
        parameter_set: None,
        curve: Some(curve.name.to_string()),
        key_size: Some(curve.order_bits),
        classical_bits: strength::ecc_bits(curve.order_bits),
        quantum_category: 0,
        broken_reason: None,
        oid: Some(curve.oid.to_string()),
    }
}
