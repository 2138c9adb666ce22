use sha1::Sha1;
use sha2::{Digest, Sha256};

/// Content address of a blob (SHA-256). Git object ids below still use SHA-1.
pub fn content_id(data: &[u8]) -> [u8; 32] {
    let mut hasher = Sha256::new();
    hasher.update(data);
    hasher.finalize().into()
}

pub fn git_object_id(data: &[u8]) -> Vec<u8> {
    Sha1::digest(data).to_vec()
}
