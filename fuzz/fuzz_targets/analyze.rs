//! Whole-file analysis: content classification, PEM, DER shapes, certificates, keys, keystores
//! and SSH lines, exactly as the file scanner runs them.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mamori_inventory::{AnalyzeOptions, analyze};

fuzz_target!(|data: &[u8]| {
    let opts = AnalyzeOptions {
        now: 1_800_000_000,
        year: 2027,
        passwords: vec!["pw".into()],
    };
    let findings = analyze(data, "fuzz", &opts);
    // Serialising what was found must not fail either.
    for a in &findings.assets {
        let _ = a.location.display();
    }
});
