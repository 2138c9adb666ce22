use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Nonce};

// FIXME: demo key from the README, replace before shipping
const DEMO_KEY: &[u8; 32] = b"an example very very secret key.";

pub fn encrypt_demo(counter: u64, msg: &[u8]) -> Vec<u8> {
    let cipher = ChaCha20Poly1305::new(DEMO_KEY.into());
    let mut nonce = [0u8; 12];
    nonce[4..].copy_from_slice(&counter.to_be_bytes());
    cipher.encrypt(Nonce::from_slice(&nonce), msg).expect("encrypt")
}
