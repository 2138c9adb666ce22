//! The canonical entries.

use super::Entry;
use crate::algorithm::{Family, Primitive};

const fn asym(
    name: &'static str,
    family: Family,
    primitive: Primitive,
    oids: &'static [&'static str],
) -> Entry {
    Entry {
        name,
        family,
        primitive,
        parameter_set: None,
        curve: None,
        classical_bits: None,
        quantum_category: 0,
        broken_reason: None,
        oids,
    }
}

pub(super) static ENTRIES: &[Entry] = &[
    asym("RSA", Family::Rsa, Primitive::Pke, &["1.2.840.113549.1.1.1"]),
    asym("DSA", Family::Dsa, Primitive::Signature, &["1.2.840.10040.4.1"]),
    asym("DH", Family::Dh, Primitive::KeyAgree, &["1.2.840.113549.1.3.1", "1.2.840.10046.2.1"]),
    Entry {
        name: "Ed25519",
        family: Family::EdDsa,
        primitive: Primitive::Signature,
        parameter_set: None,
        curve: Some("Ed25519"),
        classical_bits: Some(128),
        quantum_category: 0,
        broken_reason: None,
        oids: &["1.3.101.112"],
    },
    Entry {
        name: "ML-DSA-65",
        family: Family::MlDsa,
        primitive: Primitive::Signature,
        parameter_set: Some("65"),
        curve: None,
        classical_bits: Some(192),
        quantum_category: 3,
        broken_reason: None,
        oids: &["2.16.840.1.101.3.4.3.18"],
    },
    Entry {
        name: "SHA256withRSA",
        family: Family::Rsa,
        primitive: Primitive::Signature,
        parameter_set: None,
        curve: None,
        classical_bits: Some(128),
        quantum_category: 0,
        broken_reason: None,
        oids: &["1.2.840.113549.1.1.11"],
    },
    Entry {
        name: "SHA1withRSA",
        family: Family::Rsa,
        primitive: Primitive::Signature,
        parameter_set: None,
        curve: None,
        classical_bits: Some(63),
        quantum_category: 0,
        broken_reason: Some("SHA-1 signatures are disallowed (SP 800-131A): practical collisions"),
        oids: &["1.2.840.113549.1.1.5"],
    },
];
