//! Serde types for the standard formats mamori reads and writes, and conversions from the domain
//! model. Pure: no I/O.
#![forbid(unsafe_code)]
