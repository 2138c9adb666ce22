//! Source-code and configuration scanning of arbitrary bytes: the first byte picks the language
//! or configuration format, the rest is the file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mamori_inventory::code;
use mamori_model::Language;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, src)) = data.split_first() else {
        return;
    };
    let lang = Language::ALL[pick as usize % Language::ALL.len()];
    let lines = src.iter().filter(|&&b| b == b'\n').count() as u32 + 1;
    for f in code::scan_source_in(lang, src, 2026) {
        let line = f.location.line.unwrap_or(0);
        assert!(line >= 1 && line <= lines, "line {line} of {lines}");
        assert!(f.column >= 1);
        assert!(f.status.is_some() || f.algorithm.is_none());
    }
});
