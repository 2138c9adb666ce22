use ring::rand::SystemRandom;
use ring::signature::{Ed25519KeyPair, KeyPair};
use ring::{digest, pbkdf2};
use std::num::NonZeroU32;

pub fn new_node_key() -> Result<Vec<u8>, ring::error::Unspecified> {
    let rng = SystemRandom::new();
    let pkcs8 = Ed25519KeyPair::generate_pkcs8(&rng)?;
    Ok(pkcs8.as_ref().to_vec())
}

pub fn key_id(public: &[u8]) -> String {
    hex::encode(&digest::digest(&digest::SHA256, public).as_ref()[..8])
}

pub fn stretch(password: &[u8], salt: &[u8], out: &mut [u8; 32]) {
    let iters = NonZeroU32::new(310_000).unwrap();
    pbkdf2::derive(pbkdf2::PBKDF2_HMAC_SHA256, iters, salt, password, out);
}
