//! PKCS#12 and JKS/JCEKS parsing, with and without a password.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mamori_inventory::keystore;

fuzz_target!(|data: &[u8]| {
    let _ = keystore::parse_pkcs12(data, &["", "pw"]);
    let _ = keystore::parse_jks(data, &["", "changeit"]);
    let _ = keystore::decrypt_pkcs8(data, "pw");
});
