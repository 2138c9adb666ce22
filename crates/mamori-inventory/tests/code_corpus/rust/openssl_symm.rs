use openssl::error::ErrorStack;
use openssl::hash::{MessageDigest, hash};
use openssl::rsa::Rsa;
use openssl::symm::{Cipher, encrypt};

pub fn legacy_encrypt(key: &[u8], data: &[u8]) -> Result<Vec<u8>, ErrorStack> {
    encrypt(Cipher::aes_128_ecb(), key, None, data)
}

pub fn legacy_checksum(data: &[u8]) -> Result<Vec<u8>, ErrorStack> {
    Ok(hash(MessageDigest::md5(), data)?.to_vec())
}

pub fn legacy_keypair_pem() -> Result<Vec<u8>, ErrorStack> {
    Rsa::generate(1024)?.private_key_to_pem()
}
