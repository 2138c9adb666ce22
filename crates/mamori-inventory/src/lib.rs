//! Analyzers over bytes: recognise and parse keys, certificates and keystores. Every parser takes
//! a byte slice, so each can be fuzzed; [`walk`] is the only module that touches the file system.
#![forbid(unsafe_code)]

pub mod analyze;
pub mod code;
pub mod der;
pub mod error;
pub mod keys;
pub mod keystore;
pub mod pem;
pub mod ssh;
pub mod ssh_wire;
pub mod tls;
pub mod walk;
pub mod x509;

pub use analyze::{AnalyzeOptions, ContentKind, Findings, Problem, analyze};
pub use error::{InventoryError, Result};
pub use walk::{NoProgress, Progress, ScanOptions, ScanReport, ScanStats, scan_paths};
