use std::path::PathBuf;

/// What can go wrong reading systems, CBOMs, policies and baselines.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AssessError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A TOML file (systems, policy) that does not parse or does not fit its schema; the message
    /// carries the line and column.
    #[error("{path}: {message}")]
    Toml { path: PathBuf, message: String },
    #[error("{path}: {source}")]
    Bom {
        path: PathBuf,
        #[source]
        source: mamori_formats::FormatsError,
    },
    /// Inconsistent input: an unknown dependency, a cycle, a duplicate name, a value out of range.
    #[error("{what}")]
    Invalid { what: String },
    #[error("{path}: {message}")]
    Json { path: PathBuf, message: String },
}

pub type Result<T, E = AssessError> = std::result::Result<T, E>;
