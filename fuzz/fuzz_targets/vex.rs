//! VEX documents (OpenVEX, CycloneDX VEX) and `vers:` ranges, as `mamori sbom scan --vex` reads
//! them.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = mamori_vuln::vex::parse_vex(Path::new("fuzz.vex.json"), data);
    if let Ok(text) = std::str::from_utf8(data)
        && let Some((range, version)) = text.split_once('\n')
    {
        let _ = mamori_vuln::vex::vers_contains(range, version);
    }
});
