//! Package URLs: parse, and the canonical form parses back to the same PURL.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mamori_vuln::purl::Purl;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(purl) = Purl::parse(text) {
        let _ = purl.identity();
        let _ = purl.source_name();
        let canonical = purl.to_string();
        assert_eq!(Purl::parse(&canonical).as_ref(), Ok(&purl), "{canonical}");
    }
});
