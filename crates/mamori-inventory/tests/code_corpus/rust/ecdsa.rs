use rand_core::OsRng;

/// Returns the new device key as a SEC1 scalar.
pub fn device_key_bytes() -> Vec<u8> {
    let key = p256::ecdsa::SigningKey::random(&mut OsRng);
    key.to_bytes().to_vec()
}

pub fn release_key_bytes() -> [u8; 32] {
    let mut csprng = OsRng;
    let key = ed25519_dalek::SigningKey::generate(&mut csprng);
    key.to_bytes()
}
