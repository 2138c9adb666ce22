//! Every DER key, parameter and certificate parser on the same bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mamori_inventory::{keys, x509};

fuzz_target!(|data: &[u8]| {
    let _ = keys::parse_spki(data);
    let _ = keys::parse_pkcs8(data);
    let _ = keys::parse_encrypted_pkcs8(data);
    let _ = keys::parse_pkcs1_private(data);
    let _ = keys::parse_pkcs1_public(data);
    let _ = keys::parse_sec1(data);
    let _ = keys::parse_dsa_private(data);
    let _ = keys::parse_dh_params(data, false);
    let _ = keys::parse_dh_params(data, true);
    let _ = keys::parse_dsa_params(data);
    let _ = keys::parse_ec_params(data);
    let _ = x509::parse_certificate(data, 0, true);
    let _ = x509::parse_csr(data);
    let _ = x509::pkcs7_certificates(data);
});
