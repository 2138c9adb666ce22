use openssl::hash::MessageDigest;
use openssl::rsa::Rsa;
use openssl::ssl::{SslConnector, SslMethod, SslVersion};
use openssl::symm::{encrypt, Cipher};

pub fn legacy_blob(key: &[u8], iv: &[u8], data: &[u8]) -> Result<Vec<u8>, openssl::error::ErrorStack> {
    encrypt(Cipher::aes_256_cbc(), key, Some(iv), data)
}

pub fn fingerprint(der: &[u8]) -> Result<Vec<u8>, openssl::error::ErrorStack> {
    Ok(openssl::hash::hash(MessageDigest::sha1(), der)?.to_vec())
}

pub fn test_key() -> Rsa<openssl::pkey::Private> {
    Rsa::generate(1024).expect("rsa")
}

pub fn connector() -> SslConnector {
    let mut b = SslConnector::builder(SslMethod::tls()).unwrap();
    b.set_min_proto_version(Some(SslVersion::TLS1_2)).unwrap();
    b.build()
}
