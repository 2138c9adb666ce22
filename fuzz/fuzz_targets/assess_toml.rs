//! The TOML inputs of `mamori assess` and `mamori policy check`: systems files and policies.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = mamori_assess::systems::parse_systems(text, Path::new("fuzz.toml"));
    let _ = mamori_assess::policy::parse_policy(text, "fuzz.toml");
});
