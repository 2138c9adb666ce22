/// The part of a composite signature a failure is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Component {
    MlDsa,
    Traditional,
}

impl std::fmt::Display for Component {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Component::MlDsa => "ML-DSA",
            Component::Traditional => "traditional",
        })
    }
}

/// What can go wrong with keys, signatures and certificates.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SealError {
    /// A key, signature or certificate of the wrong length or form.
    #[error("{what}: {reason}")]
    Malformed { what: &'static str, reason: String },
    /// One component of a composite signature does not verify. Both must: a signature whose
    /// ML-DSA part was stripped or replaced (a downgrade) fails here.
    #[error("the {0} component of the signature does not verify")]
    ComponentInvalid(Component),
    /// The algorithm is known but not implemented here (RSA, ECDSA and Ed448 composites).
    #[error("{0} is not supported")]
    Unsupported(String),
    #[error("{path}: {source}")]
    Io {
        path: std::path::PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// An encrypted private key that the passphrase does not open.
    #[error("wrong passphrase for the encrypted private key")]
    WrongPassphrase,
    /// An encrypted private key read without a passphrase.
    #[error("{0}: the private key is encrypted; give its passphrase (--passphrase-file)")]
    NeedPassphrase(std::path::PathBuf),
    /// The operating system's random source failed.
    #[error("no randomness: {0}")]
    Random(String),
}

pub type Result<T, E = SealError> = std::result::Result<T, E>;
