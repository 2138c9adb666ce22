//! A resolved algorithm: a catalogue entry plus the parameters found in the wild (key size),
//! with its strength already computed.

use serde::{Deserialize, Serialize};

use crate::status::{Status, Transition};

/// The cryptographic primitive, using the CycloneDX 1.6 `cryptoProperties.algorithmProperties.primitive`
/// vocabulary so that the CBOM writer needs no translation table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Primitive {
    Drbg,
    Mac,
    BlockCipher,
    StreamCipher,
    Signature,
    Hash,
    Pke,
    Xof,
    Kdf,
    KeyAgree,
    Kem,
    Ae,
    Combiner,
    Other,
    Unknown,
}

impl Primitive {
    /// The CycloneDX 1.6 enum value.
    pub fn as_str(self) -> &'static str {
        match self {
            Primitive::Drbg => "drbg",
            Primitive::Mac => "mac",
            Primitive::BlockCipher => "block-cipher",
            Primitive::StreamCipher => "stream-cipher",
            Primitive::Signature => "signature",
            Primitive::Hash => "hash",
            Primitive::Pke => "pke",
            Primitive::Xof => "xof",
            Primitive::Kdf => "kdf",
            Primitive::KeyAgree => "key-agree",
            Primitive::Kem => "kem",
            Primitive::Ae => "ae",
            Primitive::Combiner => "combiner",
            Primitive::Other => "other",
            Primitive::Unknown => "unknown",
        }
    }
}

/// The mathematical family an algorithm belongs to. It decides quantum vulnerability: Shor's
/// algorithm breaks every family built on factoring or discrete logarithms, whatever the key size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Family {
    Rsa,
    Dsa,
    /// Finite-field Diffie-Hellman (PKCS#3, X9.42, RFC 7919 groups).
    Dh,
    /// An elliptic-curve key whose use (ECDSA or ECDH) the encoding does not say (id-ecPublicKey).
    Ec,
    Ecdsa,
    Ecdh,
    EdDsa,
    /// X25519 / X448.
    Xdh,
    Sm2,
    Gost,
    MlKem,
    MlDsa,
    SlhDsa,
    /// Stateful hash-based signatures (LMS, HSS, XMSS): quantum-safe.
    HashSignature,
    /// Composite ML-DSA + classical signature (draft-ietf-lamps-pq-composite-sigs).
    CompositeSignature,
    /// Hybrid key exchange combining a classical and a post-quantum KEM (X25519MLKEM768, ...).
    HybridKem,
    /// Streamlined NTRU Prime and other post-quantum KEMs outside FIPS 203.
    OtherPqKem,
    Aes,
    Camellia,
    Aria,
    Sm4,
    ChaCha20,
    Des,
    TripleDes,
    Rc2,
    Rc4,
    Blowfish,
    Idea,
    Seed,
    Md2,
    Md4,
    Md5,
    Sha1,
    Sha2,
    Sha3,
    Shake,
    Blake2,
    Ripemd,
    Sm3,
    Hmac,
    Cmac,
    Poly1305,
    Gmac,
    Pbkdf2,
    Pbkdf1,
    Pkcs12Kdf,
    Hkdf,
    Scrypt,
    Argon2,
    Bcrypt,
    /// A proprietary or unclassified scheme (e.g. the JKS key protector).
    Other,
    /// No cryptography at all (TLS NULL cipher, SSH "none").
    Null,
}

impl Family {
    /// True for the families that a cryptographically relevant quantum computer breaks with Shor's
    /// algorithm, whatever the key size.
    pub fn shor_vulnerable(self) -> bool {
        matches!(
            self,
            Family::Rsa
                | Family::Dsa
                | Family::Dh
                | Family::Ec
                | Family::Ecdsa
                | Family::Ecdh
                | Family::EdDsa
                | Family::Xdh
                | Family::Sm2
                | Family::Gost
        )
    }

    /// True for asymmetric families (public-key algorithms), whose strength depends on a key size
    /// or curve rather than on a symmetric key length.
    pub fn asymmetric(self) -> bool {
        self.shor_vulnerable()
            || matches!(
                self,
                Family::MlKem
                    | Family::MlDsa
                    | Family::SlhDsa
                    | Family::HashSignature
                    | Family::CompositeSignature
                    | Family::HybridKem
                    | Family::OtherPqKem
            )
    }
}

/// An algorithm as found: canonical name, parameters and computed strength.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Algorithm {
    /// Canonical name including the parameters that change its strength: `RSA-2048`,
    /// `ECDSA-P-256`, `Ed25519`, `ML-DSA-65`, `SHA256withRSA`, `AES-128-GCM`.
    pub name: String,
    pub family: Family,
    pub primitive: Primitive,
    /// CycloneDX `parameterSetIdentifier`: key size in bits for RSA/DH/DSA, `65` for ML-DSA-65,
    /// `SHA2-128s` for SLH-DSA, the key length for block ciphers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameter_set: Option<String>,
    /// Named curve (SEC / RFC names: `secp256r1`, `brainpoolP256r1`, `Ed25519`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub curve: Option<String>,
    /// Key size in bits where it is a free parameter (RSA modulus, DH/DSA prime, EC field size).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_size: Option<u32>,
    /// Classical security strength in bits (NIST SP 800-57 Pt 1 Rev. 5, Tables 2 and 3).
    pub classical_bits: u16,
    /// NIST PQC security category 0–5 (`nistQuantumSecurityLevel`); 0 for every Shor-breakable scheme.
    pub quantum_category: u8,
    /// Why the algorithm is unsafe regardless of its strength figure (MD5, SHA-1 signatures, RC4...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub broken_reason: Option<String>,
    /// The identifying OID, when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oid: Option<String>,
}

impl Algorithm {
    /// True when Shor's algorithm breaks it.
    pub fn quantum_vulnerable(&self) -> bool {
        self.family.shor_vulnerable()
    }

    /// Status in the given calendar year; see [`Status::of`].
    pub fn status_in(&self, year: u16) -> Status {
        Status::of(self, year)
    }

    /// The dates after which NIST guidance deprecates or disallows this algorithm.
    pub fn transition(&self) -> Transition {
        Transition::of(self)
    }
}
