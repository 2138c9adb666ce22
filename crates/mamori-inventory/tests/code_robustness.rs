//! The code scanner on damaged input: every corpus file cut short at many points and with bytes
//! flipped, in every language the file could be mistaken for. Nothing may panic, and findings
//! must point inside the input. (The `code` fuzz target does the same without end.)

use std::path::{Path, PathBuf};

use mamori_inventory::code::scan_source_in;
use mamori_model::Language;

fn corpus_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            corpus_files(&p, out);
        } else if p.file_name().is_some_and(|n| n != "labels.tsv") {
            out.push(p);
        }
    }
}

fn check(lang: Language, src: &[u8]) {
    let lines = src.iter().filter(|&&b| b == b'\n').count() as u32 + 1;
    for f in scan_source_in(lang, src, 2026) {
        let line = f.location.line.unwrap_or(0);
        assert!(
            line >= 1 && line <= lines,
            "{lang:?}: line {line} of {lines}"
        );
        assert!(f.column >= 1);
    }
}

#[test]
fn truncated_and_mangled_sources_do_not_panic() {
    // Regressions: a file ending right after `export`, or after `call().`.
    check(Language::TypeScript, b"x = 1;\nexport");
    check(Language::C, b"x = EVP_md5().");
    check(
        Language::Kotlin,
        b"val k = KeyPairGenerator.getInstance(\"RSA\").",
    );
    // A multi-byte character where a rule sliced a name by bytes (found by the fuzzer).
    check(
        Language::TypeScript,
        "import { createHash } from 'node:crypto';\ncreateHash('Réé');\ncreateHash('aé€');"
            .as_bytes(),
    );

    let mut files = Vec::new();
    corpus_files(
        &PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/code_corpus"),
        &mut files,
    );
    assert!(files.len() >= 200, "{} corpus files", files.len());
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for (n, path) in files.iter().enumerate() {
        let data = std::fs::read(path).expect("corpus file");
        // Each file in its own language and in one other, picked in turn.
        let own = mamori_inventory::code::detect_language(&path.to_string_lossy(), &data);
        let other = Language::ALL[n % Language::ALL.len()];
        for lang in own.into_iter().chain([other]) {
            let step = (data.len() / 24).max(1);
            for cut in (0..data.len()).step_by(step) {
                check(lang, &data[..cut]);
            }
            for _ in 0..8 {
                let mut m = data.clone();
                if m.is_empty() {
                    break;
                }
                for _ in 0..4 {
                    let i = (next() as usize) % m.len();
                    m[i] = b"\"'`/*\\(){}[]<>.;:=\n#\x00\xff"[(next() % 21) as usize];
                }
                check(lang, &m);
            }
            // Valid multi-byte text spliced into strings and names: byte offsets that are not
            // character boundaries must never be sliced.
            for _ in 0..4 {
                let mut m = data.clone();
                let at = (next() as usize) % (m.len() + 1);
                let piece: &[u8] =
                    ["é".as_bytes(), "日本".as_bytes(), "😀".as_bytes()][(next() % 3) as usize];
                m.splice(at..at, piece.iter().copied());
                check(lang, &m);
            }
        }
    }
}
