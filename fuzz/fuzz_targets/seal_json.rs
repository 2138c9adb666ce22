//! The e-seal JSON parsers of outside bytes: RFC 8785 canonicalization, JWS JSON
//! serialization, and sealed-envelope verification.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mamori_seal::{jcs, jws::JwsJson};

fuzz_target!(|data: &[u8]| {
    // The canonical form is a fixed point: canonicalizing it again changes nothing.
    if let Ok(canonical) = jcs::canonicalize_bytes(data) {
        assert_eq!(jcs::canonicalize_bytes(&canonical).ok(), Some(canonical));
    }
    // A JWS we accept, written back, reads as the same JWS.
    if let Ok(jws) = JwsJson::from_json(data) {
        let written = jws.to_json().expect("an accepted JWS serializes");
        assert_eq!(JwsJson::from_json(&written).ok(), Some(jws));
    }
    // A whole envelope through verification, with no trust anchor: never a panic, never valid.
    if let Ok(verdict) = mamori_seal::envelope::verify(data, Some(b"{}"), &[], None) {
        assert!(verdict.is_err(), "valid without a trust anchor");
    }
});
