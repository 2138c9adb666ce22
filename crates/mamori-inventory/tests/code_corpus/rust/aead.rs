use aes_gcm::Aes256Gcm;
use aes_gcm::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::ChaCha20Poly1305;

pub fn seal_record(key: &[u8; 32], nonce: &[u8; 12], msg: &[u8], aad: &[u8]) -> Vec<u8> {
    let cipher = Aes256Gcm::new(key.into());
    cipher
        .encrypt(nonce.into(), Payload { msg, aad })
        .expect("encryption failure")
}

pub fn seal_chunk(key: &[u8; 32], nonce: &[u8; 12], msg: &[u8]) -> Vec<u8> {
    let cipher = ChaCha20Poly1305::new(key.into());
    cipher.encrypt(nonce.into(), msg).expect("encryption failure")
}
