//! Serde types for the standard formats mamori reads and writes, and conversions from the domain
//! model. Pure: no I/O (except the test-only `testing` module behind the `schema-validation`
//! feature).
//!
//! * [`cyclonedx`]: CycloneDX 1.6 JSON types, with [`parse_bom`] to read a BOM back;
//! * [`cbom`]: [`cbom_from_assets`], the inventory → CBOM conversion.
#![forbid(unsafe_code)]

pub mod cbom;
pub mod cyclonedx;
mod error;
#[cfg(feature = "schema-validation")]
#[doc(hidden)]
pub mod testing;

pub use cbom::{CbomOptions, ProtocolFinding, SuiteFinding, cbom_from_assets, cbom_from_scan};
pub use cyclonedx::{Bom, MAX_BOM_BYTES, parse_bom};
pub use error::FormatsError;
