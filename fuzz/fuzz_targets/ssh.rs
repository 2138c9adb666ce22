//! OpenSSH key blobs, openssh-key-v1 private keys, key lines and RFC 4716 blocks.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mamori_inventory::ssh;

fuzz_target!(|data: &[u8]| {
    let _ = ssh::parse_public_blob(data);
    let _ = ssh::parse_openssh_private(data);
    let _ = ssh::parse_key_lines(data);
    let _ = ssh::parse_rfc4716(data);
});
