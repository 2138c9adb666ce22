//! The e-seal parsers of outside bytes: PKCS#8 private keys (plain and encrypted), certificates
//! with ML-DSA and composite keys, RFC 3161 tokens, and composite signatures against a fixed key.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mamori_seal::{Algorithm, SigningKey, cert, pkcs8};

fuzz_target!(|data: &[u8]| {
    let _ = pkcs8::signing_key_from_pkcs8(data);
    let _ = pkcs8::decrypt(data, b"passphrase");
    // RFC 3161 tokens: with no trust anchor, never valid.
    if let Ok(verdict) = mamori_seal::tsa::verify_token(data, &[0u8; 64], &[]) {
        assert!(verdict.is_err(), "a token valid without a trust anchor");
    }
    if let Ok(key) = cert::subject_key(data) {
        let _ = cert::verify_signed_by(data, &key);
    }
    // A signature of the right length but arbitrary content must simply fail to verify.
    if let Ok(sk) = SigningKey::from_bytes(Algorithm::MlDsa65Ed25519, &[7u8; 64]) {
        let pk = sk.verifying_key();
        let mut sig = data.to_vec();
        sig.resize(Algorithm::MlDsa65Ed25519.signature_len(), 0);
        assert!(pk.verify(b"m", b"", &sig).is_err() || sig == sk.sign(b"m", b"").unwrap_or_default());
    }
});
