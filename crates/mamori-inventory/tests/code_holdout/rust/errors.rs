use thiserror::Error;

#[derive(Debug, Error)]
pub enum VaultError {
    #[error("unsupported cipher {0:?}; only aes-256-gcm and chacha20-poly1305 are accepted")]
    UnsupportedCipher(String),
    #[error("signature check failed (expected Ed25519, got {0})")]
    BadSignature(String),
    #[error("RSA keys shorter than 2048 bits are refused")]
    WeakKey,
    #[error(transparent)]
    Io(#[from] std::io::Error),
}
