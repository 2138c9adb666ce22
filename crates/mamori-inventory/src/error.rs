use std::path::PathBuf;

/// Everything that can go wrong while reading outside bytes. A malformed object is an error
/// value with its position, never a panic.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum InventoryError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// Malformed DER/BER at a byte offset inside the object being parsed.
    #[error("malformed DER at byte {offset}: {what}")]
    Der { offset: usize, what: String },
    #[error("malformed PEM at line {line}: {what}")]
    Pem { line: u32, what: String },
    #[error("malformed SSH key: {what}")]
    Ssh { what: String },
    /// Malformed SSH transport data (banner, binary packet, key exchange message) at a byte
    /// offset inside the line, packet stream or message being parsed.
    #[error("malformed SSH transport data at byte {offset}: {what}")]
    SshWire { offset: usize, what: String },
    #[error("keystore: {what}")]
    Keystore { what: String },
    /// The password does not open the keystore (its integrity check or decryption failed).
    #[error("keystore: wrong password or corrupted data ({what})")]
    WrongPassword { what: String },
    #[error("{what} is too large: {size} bytes, limit {limit}")]
    TooLarge {
        what: &'static str,
        size: u64,
        limit: u64,
    },
    #[error("unsupported: {what}")]
    Unsupported { what: String },
    /// Malformed or out-of-limit TLS bytes; `offset` is documented by the function that returns it
    /// (a position in the byte stream fed to `tls::HandshakeReader`, or in a message body).
    #[error("malformed TLS at byte {offset}: {what}")]
    Tls { offset: usize, what: String },
}

impl InventoryError {
    pub(crate) fn der(offset: usize, what: impl Into<String>) -> Self {
        InventoryError::Der {
            offset,
            what: what.into(),
        }
    }
}

pub type Result<T, E = InventoryError> = std::result::Result<T, E>;
