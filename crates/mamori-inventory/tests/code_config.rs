//! Configuration-file scanning: the cipher-string evaluator against the real `openssl ciphers`,
//! and the scanner against the labelled corpus in `tests/code_corpus/config/`.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use mamori_inventory::code::config::{cipher_string, detect, scan};
use mamori_model::catalogue;

/// Realistic cipher strings: server defaults, hardening guides, distribution defaults.
const CIPHER_STRINGS: &[&str] = &[
    // nginx's default and common variants.
    "HIGH:!aNULL:!MD5",
    "HIGH:!aNULL:!MD5:!3DES",
    "HIGH:!aNULL:!kRSA:!PSK:!SRP:!MD5:!RC4",
    // OpenSSL's own defaults.
    "DEFAULT",
    "DEFAULT@SECLEVEL=1",
    "DEFAULT:!aNULL:!eNULL:!MD5:!3DES:!DES:!RC4:!IDEA:!SEED:!aDSS:!SRP:!PSK",
    "ALL:!EXPORT:!LOW",
    "ALL:COMPLEMENTOFALL",
    "COMPLEMENTOFDEFAULT",
    "ALL:+RSA:@STRENGTH",
    "ALL:!ADH:!LOW:!EXP:!MD5:@STRENGTH",
    // cipherli.st / hardening guides.
    "kEECDH+AESGCM:kEDH+AESGCM",
    "ECDHE+AESGCM:ECDHE+CHACHA20",
    "EECDH+AESGCM:EDH+AESGCM:AES256+EECDH:AES256+EDH",
    "ECDH+AESGCM:DH+AESGCM:ECDH+AES256:DH+AES256:ECDH+AES128:DH+AES:RSA+AESGCM:RSA+AES:!aNULL:!MD5:!DSS",
    // Mozilla intermediate (v5) and old (v5).
    "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-CHACHA20-POLY1305",
    "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:DHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA256:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:AES256-SHA256:AES128-SHA:AES256-SHA:DES-CBC3-SHA",
    // Mozilla "old" of 2015, alias-heavy.
    "ECDHE-RSA-CHACHA20-POLY1305:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:DHE-RSA-AES128-GCM-SHA256:kEDH+AESGCM:ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:DHE-RSA-AES128-SHA256:AES128-GCM-SHA256:AES256-SHA:HIGH:MEDIUM:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!aECDH:!EDH-DSS-DES-CBC3-SHA:!EDH-RSA-DES-CBC3-SHA:!KRB5-DES-CBC3-SHA",
    // Postfix grade lists (3.x defaults and the 2.x high list).
    "aNULL:-aNULL:HIGH:@STRENGTH",
    "aNULL:-aNULL:HIGH:MEDIUM:+RC4:@STRENGTH",
    "aNULL:-aNULL:HIGH:MEDIUM:LOW:EXPORT:+RC4:@STRENGTH",
    "eNULL:!aNULL",
    "ALL:!EXPORT:!LOW:!MEDIUM:+RC4:@STRENGTH",
    // Dovecot 2.3 default, Apache's default with mod_ssl's suffix.
    "ALL:!kRSA:!SRP:!kDHd:!DSS:!aNULL:!eNULL:!EXPORT:!DES:!3DES:!MD5:!PSK:!RC4:!ADH:!LOW@STRENGTH",
    "HIGH:MEDIUM:!MD5:!RC4:!3DES:!aNULL:!eNULL:!EXP",
    // Version and strength aliases, intersections, ordering operators.
    "TLSv1.2:!aNULL:!eNULL",
    "SSLv3:TLSv1:!aNULL",
    "FIPS:!aNULL",
    "ECDHE:DHE:kRSA:-SHA1:+AES128:@STRENGTH",
    "CHACHA20:AESGCM:AESCCM8:!PSK",
    "aRSA+kECDHE+AES256:aECDSA:!SHA1",
    "ARIA:CAMELLIA:!ADH",
    "PSK:SRP:!3DES",
    "kRSA:-AES256:+AESGCM",
    "AESGCM+ECDSA:AES+DSS:SHA384+aRSA",
    "HIGH:MEDIUM:LOW:EXP:!aNULL",
    "SUITEB128",
    "AES128-SHA:AES256-SHA:DES-CBC3-SHA:RC4-SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256:TLS_RSA_WITH_AES_128_CBC_SHA",
    "HIGH:!aNULL:!MD5:foo(bar)",
    "HIGH:DEFAULT:!SHA1:!SHA256:!SHA384",
];

fn openssl_works() -> bool {
    Command::new("openssl")
        .arg("version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// The TLS 1.2-and-earlier suites `openssl ciphers` lists for `rules`, as codepoints in its
/// order; `None` when OpenSSL rejects the string.
fn openssl_ciphers(rules: &str) -> Option<Vec<u16>> {
    let out = Command::new("openssl")
        .args(["ciphers", "-tls1_2", "-v", rules])
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let codes = text
        .lines()
        .filter_map(|line| {
            let mut cols = line.split_whitespace();
            let name = cols.next()?;
            let version = cols.next()?;
            if version == "TLSv1.3" {
                return None;
            }
            let suite = catalogue::tls_cipher_suite_by_name(name);
            assert!(
                suite.is_some(),
                "openssl suite {name} is not in the catalogue"
            );
            suite.map(|s| s.code)
        })
        .collect();
    Some(codes)
}

/// `rules` with IANA suite names replaced by OpenSSL names: OpenSSL 3.0 (unlike 3.1 and later,
/// and unlike our evaluator) only knows the latter.
fn openssl_spelling(rules: &str) -> String {
    let mut out = String::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        let replaced = catalogue::tls_cipher_suite_by_name(word)
            .filter(|s| s.iana_name == word.as_str())
            .and_then(|s| s.openssl_name);
        out.push_str(replaced.unwrap_or(word));
        word.clear();
    };
    for c in rules.chars() {
        if c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.' {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

fn suite_name(code: u16) -> String {
    catalogue::tls_cipher_suite(code)
        .map(|s| s.openssl_name.unwrap_or(s.iana_name).to_string())
        .unwrap_or_else(|| format!("0x{code:04X}"))
}

#[test]
fn cipher_strings_match_openssl() {
    if !openssl_works() {
        eprintln!("skipped: `openssl` is not installed");
        return;
    }
    // The suites this OpenSSL build knows; ours beyond them (RC4, 3DES, IDEA, SEED on builds
    // without them) are left out of the comparison.
    let universe: BTreeSet<u16> = openssl_ciphers("ALL:COMPLEMENTOFALL:@SECLEVEL=0")
        .expect("openssl lists its suites")
        .into_iter()
        .collect();
    assert!(universe.len() > 100, "only {} suites", universe.len());
    let mut mismatched = Vec::new();
    let mut order_mismatches = Vec::new();
    for rules in CIPHER_STRINGS {
        let expected = openssl_ciphers(&openssl_spelling(rules)).unwrap_or_default();
        let ours: Vec<u16> = match cipher_string::evaluate(rules) {
            Ok(suites) => suites
                .iter()
                .map(|s| s.code)
                .filter(|c| universe.contains(c))
                .collect(),
            Err(e) => {
                assert!(
                    expected.is_empty(),
                    "{rules}: we reject ({e}), openssl accepts"
                );
                Vec::new()
            }
        };
        let want: BTreeSet<u16> = expected.iter().copied().collect();
        let got: BTreeSet<u16> = ours.iter().copied().collect();
        if want != got {
            let missing: Vec<String> = want.difference(&got).map(|c| suite_name(*c)).collect();
            let extra: Vec<String> = got.difference(&want).map(|c| suite_name(*c)).collect();
            mismatched.push(format!(
                "{rules}\n    missing {missing:?}\n    extra   {extra:?}"
            ));
        } else if expected != ours {
            let first = expected
                .iter()
                .zip(&ours)
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            order_mismatches.push(format!(
                "{rules}: first difference at #{first}: openssl {} vs ours {}",
                suite_name(expected[first]),
                suite_name(ours[first])
            ));
        }
    }
    eprintln!(
        "{} cipher strings compared with `openssl ciphers`: {} set mismatches, {} order mismatches",
        CIPHER_STRINGS.len(),
        mismatched.len(),
        order_mismatches.len()
    );
    for m in &order_mismatches {
        eprintln!("order: {m}");
    }
    assert!(
        mismatched.is_empty(),
        "suite sets differ from openssl:\n{}",
        mismatched.join("\n")
    );
    assert!(
        order_mismatches.is_empty(),
        "orders differ from openssl:\n{}",
        order_mismatches.join("\n")
    );
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/code_corpus/config")
}

fn snippet_files(dir: &Path, root: &Path, out: &mut Vec<String>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            snippet_files(&path, root, out);
        } else if path.file_name().is_some_and(|n| n != "labels.tsv") {
            let rel = path.strip_prefix(root).unwrap_or(&path);
            out.push(rel.to_string_lossy().replace('\\', "/"));
        }
    }
}

/// (file, line, subject) → weaknesses.
type Findings = BTreeMap<(String, u32, String), BTreeSet<String>>;

fn read_labels(root: &Path) -> Findings {
    let text = fs::read_to_string(root.join("labels.tsv")).expect("labels.tsv");
    let mut labels = Findings::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 4, "labels.tsv:{}: four columns expected", i + 1);
        let weaknesses = if cols[3] == "-" {
            BTreeSet::new()
        } else {
            cols[3].split(',').map(|w| w.trim().to_string()).collect()
        };
        let line_no: u32 = cols[1].parse().expect("line number");
        let key = (cols[0].to_string(), line_no, cols[2].to_string());
        assert!(
            labels.insert(key.clone(), weaknesses).is_none(),
            "labels.tsv:{}: duplicate label {key:?}",
            i + 1
        );
        assert!(
            root.join(cols[0]).is_file(),
            "labels.tsv:{}: no file {}",
            i + 1,
            cols[0]
        );
    }
    labels
}

#[test]
fn corpus_labels_are_reproduced_exactly() {
    let root = corpus_dir();
    let mut files = Vec::new();
    snippet_files(&root, &root, &mut files);
    files.sort();
    assert!(files.len() >= 60, "only {} config snippets", files.len());
    let labels = read_labels(&root);
    let mut found = Findings::new();
    for file in &files {
        let data = fs::read(root.join(file)).expect("snippet");
        let labelled = labels.keys().any(|(f, _, _)| f == file);
        let Some(language) = detect(file, &data) else {
            assert!(
                !labelled,
                "{file}: labelled but not detected as a config file"
            );
            continue;
        };
        for f in scan(language, &data) {
            let line = f.location.line.unwrap_or(0);
            let weaknesses = f
                .weaknesses
                .iter()
                .map(|w| w.kind.as_str().to_string())
                .collect();
            found.insert((file.clone(), line, f.subject()), weaknesses);
        }
    }
    let mut problems = Vec::new();
    for (key, want) in &labels {
        match found.get(key) {
            None => problems.push(format!("missed   {key:?}")),
            Some(got) if got != want => {
                problems.push(format!(
                    "weakness {key:?}: labelled {want:?}, found {got:?}"
                ));
            }
            Some(_) => {}
        }
    }
    for key in found.keys() {
        if !labels.contains_key(key) {
            problems.push(format!("unlabelled {key:?}"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} labels, {} findings; differences:\n{}",
        labels.len(),
        found.len(),
        problems.join("\n")
    );
}
