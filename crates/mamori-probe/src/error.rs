/// What can go wrong before or while probing. A target that misbehaves is a finding reported in
/// its result, never a panic and never the end of the scan.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ProbeError {
    #[error("invalid target '{input}': {why}")]
    InvalidTarget { input: String, why: String },
    #[error("{target}: cannot resolve: {source}")]
    Resolve {
        target: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{target}: connection failed: {source}")]
    Connect {
        target: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{target}: timed out after {millis} ms while {during}")]
    Timeout {
        target: String,
        millis: u64,
        during: &'static str,
    },
    #[error("{target}: {source}")]
    Io {
        target: String,
        #[source]
        source: std::io::Error,
    },
    /// The peer sent bytes our codecs reject.
    #[error("{target}: {source}")]
    Protocol {
        target: String,
        #[source]
        source: mamori_inventory::InventoryError,
    },
    #[error("{target}: {what}")]
    Unexpected { target: String, what: String },
}
