use rsa::RsaPrivateKey;
use rsa::pkcs8::{EncodePrivateKey, LineEnding};
use rsa::rand_core::OsRng;

/// PEM of a throwaway key for parser tests.
pub fn test_key_pem() -> String {
    let mut rng = OsRng;
    let key = RsaPrivateKey::new(&mut rng, 1024).expect("keygen");
    key.to_pkcs8_pem(LineEnding::LF).expect("encode").to_string()
}

pub fn signing_key_pem() -> String {
    let mut rng = OsRng;
    let key = RsaPrivateKey::new(&mut rng, 3072).expect("keygen");
    key.to_pkcs8_pem(LineEnding::LF).expect("encode").to_string()
}
