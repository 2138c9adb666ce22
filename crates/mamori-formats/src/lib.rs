//! Serde types for the standard formats mamori reads and writes, and conversions from the domain
//! model. Pure: no I/O (except the test-only `testing` module behind the `schema-validation`
//! feature).
//!
//! * [`cyclonedx`]: CycloneDX 1.6 JSON types, with [`parse_bom`] to read a BOM back;
//! * [`cbom`]: [`cbom_from_assets`], [`cbom_from_scan`], [`cbom_from_code`] and
//!   [`cbom_from_inventory`], the inventory → CBOM conversions;
//! * [`sarif`]: SARIF 2.1.0 types, with [`sarif_from_code`] for code findings.
#![forbid(unsafe_code)]

pub mod cbom;
pub mod cyclonedx;
mod error;
pub mod sarif;
#[cfg(feature = "schema-validation")]
#[doc(hidden)]
pub mod testing;

pub use cbom::{
    CbomOptions, ProtocolFinding, SuiteFinding, cbom_from_assets, cbom_from_code,
    cbom_from_inventory, cbom_from_scan,
};
pub use cyclonedx::{Bom, MAX_BOM_BYTES, parse_bom};
pub use error::FormatsError;
pub use sarif::{SarifLog, sarif_from_code, sarif_from_code_with_lines};
