//! The crate's error type.

/// Everything that can go wrong reading a standard document.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum FormatsError {
    /// The input is larger than the limit for its format.
    #[error("{format} document is {size} bytes, over the limit of {limit} bytes")]
    TooLarge {
        format: &'static str,
        size: usize,
        limit: usize,
    },
    /// Not valid JSON, or JSON that does not fit the format's structure.
    #[error("invalid {format} document at line {line}, column {column}: {source}")]
    Json {
        format: &'static str,
        line: usize,
        column: usize,
        #[source]
        source: serde_json::Error,
    },
    /// `bomFormat` is not `CycloneDX`.
    #[error("not a CycloneDX BOM: bomFormat is {found:?}")]
    NotCycloneDx { found: String },
    /// A CycloneDX version without `cryptoProperties`, or one this crate does not know.
    #[error("unsupported CycloneDX specVersion {found:?} (expected one of {expected})")]
    UnsupportedSpecVersion {
        found: String,
        expected: &'static str,
    },
}

impl FormatsError {
    pub(crate) fn json(format: &'static str, source: serde_json::Error) -> FormatsError {
        FormatsError::Json {
            format,
            line: source.line(),
            column: source.column(),
            source,
        }
    }
}
