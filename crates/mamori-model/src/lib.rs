//! Domain types shared by every mamori crate, and the algorithm catalogue: the single table that
//! maps each identifier we meet (OIDs, TLS and SSH codepoints and names, API names) to a canonical
//! algorithm with its classical strength, NIST post-quantum category and transition dates.
//!
//! Pure: no I/O, no async, so the hub, the CLI and the fuzzers all share exactly one answer.
#![forbid(unsafe_code)]

pub mod algorithm;
pub mod asset;
pub mod catalogue;
pub mod code;
pub mod status;
pub mod strength;

pub use algorithm::{Algorithm, Family, Primitive};
pub use asset::{Asset, AssetKind, CertificateInfo, KeystoreEntry, KeystoreInfo, Location};
pub use catalogue::Entry;
pub use code::{
    CodeFinding, CodeFindingKind, Language, MaterialKind, ProtocolVersion, Weakness, WeaknessKind,
};
pub use status::{Status, Transition};
