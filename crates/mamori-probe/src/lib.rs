//! The only mamori crate that opens sockets. It turns target specifications into endpoints and
//! runs probes against them with bounded concurrency, per-connection timeouts and a connection
//! rate limit; the protocol codecs it drives live in `mamori-inventory`, over bytes.
#![forbid(unsafe_code)]

pub mod conn;
pub mod danger;
pub mod endpoint;
pub mod error;
pub mod runner;
pub mod ssh;
pub mod starttls;
pub mod target;
pub mod tls;
pub mod verdict;

pub use endpoint::EndpointResult;
pub use error::ProbeError;
pub use runner::{RunOptions, run_all};
pub use ssh::SshReport;
pub use target::{Target, parse_target, parse_targets};
pub use verdict::Verdict;
