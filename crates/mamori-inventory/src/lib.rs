//! Analyzers over bytes: recognise and parse keys, certificates and keystores. No sockets, no
//! file-system walking outside [`walk`]: every parser takes a byte slice so it can be fuzzed.
#![forbid(unsafe_code)]

pub mod der;
pub mod error;

pub use error::{InventoryError, Result};
