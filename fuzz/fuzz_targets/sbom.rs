//! SBOM readers: CycloneDX JSON/XML, SPDX JSON/tag-value/3.0 JSON-LD. The file name only
//! labels errors (the format is recognised by content), but varying it keeps the
//! name-dependent paths covered too.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let name = match data.first().map(|b| b % 4) {
        Some(0) => "fuzz.cdx.json",
        Some(1) => "fuzz.cdx.xml",
        Some(2) => "fuzz.spdx.json",
        _ => "fuzz.spdx",
    };
    let path = Path::new(name);
    let _ = mamori_vuln::sbom::looks_like_sbom(path);
    let _ = mamori_vuln::sbom::parse_sbom(path, data);
});
