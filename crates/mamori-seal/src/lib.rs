//! E-seals: the signature scheme organizations seal with. Seals are composite — ML-DSA and a
//! traditional algorithm, both of which must verify (draft-ietf-lamps-pq-composite-sigs) — so
//! a seal stays trustworthy while either algorithm stands.
#![forbid(unsafe_code)]

pub mod ca;
pub mod cert;
pub mod composite;
pub mod der;
pub mod envelope;
pub mod error;
pub mod jcs;
pub mod jws;
pub mod pkcs8;
pub mod tsa;

pub use composite::{Algorithm, SigningKey, VerifyingKey};
pub use error::{Component, SealError};
