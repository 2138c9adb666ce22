use std::path::PathBuf;

/// What can go wrong reading advisories, SBOMs, lockfiles and VEX documents, or comparing versions.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum VulnError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// Outside bytes that do not parse: `at` says where (`line 12, column 3`, a JSON path, an
    /// element name), so the user can open the file at the fault.
    #[error("{path}: {at}: {reason}")]
    Parse {
        path: PathBuf,
        at: String,
        reason: String,
    },
    /// A file over the size limit for its kind; nothing of it was read.
    #[error("{path}: {size} bytes is over the {limit}-byte limit for {what}")]
    TooLarge {
        path: PathBuf,
        what: &'static str,
        size: u64,
        limit: u64,
    },
    /// A version string the ecosystem's own tools would reject.
    #[error("{ecosystem} version {version:?}: {reason}")]
    Version {
        ecosystem: String,
        version: String,
        reason: String,
    },
    /// The advisory store is missing, from another format version, or damaged.
    #[error("advisory database {path}: {reason}")]
    Database { path: PathBuf, reason: String },
    /// A file that is none of the SBOM or lockfile formats mamori reads.
    #[error("{path}: {reason}")]
    Unsupported { path: PathBuf, reason: String },
}

pub type Result<T, E = VulnError> = std::result::Result<T, E>;

impl VulnError {
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        VulnError::Io {
            path: path.into(),
            source,
        }
    }

    pub fn parse(
        path: impl Into<PathBuf>,
        at: impl Into<String>,
        reason: impl Into<String>,
    ) -> Self {
        VulnError::Parse {
            path: path.into(),
            at: at.into(),
            reason: reason.into(),
        }
    }
}

/// Reads a whole file of outside bytes, refusing it unread when over `limit`.
pub fn read_limited(path: &std::path::Path, what: &'static str, limit: u64) -> Result<Vec<u8>> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(|e| VulnError::io(path, e))?;
    let size = file.metadata().map_err(|e| VulnError::io(path, e))?.len();
    if size > limit {
        return Err(VulnError::TooLarge {
            path: path.to_path_buf(),
            what,
            size,
            limit,
        });
    }
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| VulnError::io(path, e))?;
    if bytes.len() as u64 > limit {
        return Err(VulnError::TooLarge {
            path: path.to_path_buf(),
            what,
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}
