use ring::rand::SystemRandom;
use ring::{agreement, signature};

pub fn sign_release(pkcs8: &[u8], rng: &SystemRandom, msg: &[u8]) -> Option<Vec<u8>> {
    let pair = signature::EcdsaKeyPair::from_pkcs8(&signature::ECDSA_P256_SHA256_ASN1_SIGNING, pkcs8, rng).ok()?;
    pair.sign(rng, msg).ok().map(|sig| sig.as_ref().to_vec())
}

pub fn ephemeral_public(rng: &SystemRandom) -> Option<Vec<u8>> {
    let key = agreement::EphemeralPrivateKey::generate(&agreement::X25519, rng).ok()?;
    key.compute_public_key().ok().map(|k| k.as_ref().to_vec())
}
