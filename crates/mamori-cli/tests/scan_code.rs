//! `mamori scan code` end to end on the example service in examples/code: the real binary, its
//! exit codes, and every output format (JSON, CBOM checked against the CycloneDX 1.6 schema,
//! SARIF 2.1.0).

mod common;

use std::path::PathBuf;

use serde_json::Value;

fn example() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/code")
}

use common::mamori;

fn json_report(extra: &[&str]) -> (i32, Value) {
    let root = example();
    let mut args = vec![
        "scan",
        "code",
        root.to_str().expect("utf-8 path"),
        "--format",
        "json",
        "-q",
    ];
    args.extend_from_slice(extra);
    let (code, out, err) = mamori(&args);
    (
        code,
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}\n{err}")),
    )
}

/// (path suffix, line, subject) of every finding.
fn subjects(report: &Value) -> Vec<(String, u64, String)> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            let subject = f["material"]
                .as_str()
                .map(str::to_string)
                .or_else(|| {
                    f["protocol"].as_object().map(|p| {
                        format!(
                            "{} {}",
                            p["name"].as_str().unwrap_or(""),
                            p["version"].as_str().unwrap_or("")
                        )
                    })
                })
                .or_else(|| f["algorithm"]["name"].as_str().map(str::to_string))
                .unwrap_or_default();
            (
                f["location"]["path"].as_str().unwrap_or("").to_string(),
                f["location"]["line"].as_u64().unwrap_or(0),
                subject,
            )
        })
        .collect()
}

fn has(found: &[(String, u64, String)], path: &str, line: u64, subject: &str) -> bool {
    found
        .iter()
        .any(|(p, l, s)| p.ends_with(path) && *l == line && s == subject)
}

#[test]
fn finds_the_example_services_cryptography() {
    let (code, report) = json_report(&[]);
    // RSA-1024 and the static IV are broken today: the default gate fails.
    assert_eq!(code, 1, "{report}");
    let found = subjects(&report);
    let java = "src/main/java/example/billing/InvoiceSealer.java";
    for (path, line, subject) in [
        (java, 16, "AES-CBC"),
        (java, 17, "initialization-vector"),
        (java, 22, "RSA-1024"),
        (java, 28, "SHA256withRSA"),
        ("scripts/export_ledger.py", 13, "SHA-1"),
        ("scripts/export_ledger.py", 17, "HMAC-SHA256"),
        ("scripts/export_ledger.py", 21, "PBKDF2"),
        ("gateway/tls.go", 11, "TLS 1.2"),
        ("gateway/tls.go", 13, "X25519MLKEM768"),
        ("gateway/tls.go", 14, "X25519"),
    ] {
        assert!(
            has(&found, path, line, subject),
            "{path}:{line} {subject} missing from {found:?}"
        );
    }
    // The docstring's "MD5" and the comment's "AES in CBC" are prose, not code.
    assert!(!found.iter().any(|(_, _, s)| s == "MD5"), "{found:?}");
    // The RSA key is short and says so.
    let rsa = report["findings"]
        .as_array()
        .and_then(|a| a.iter().find(|f| f["algorithm"]["name"] == "RSA-1024"))
        .expect("RSA-1024 finding");
    assert_eq!(rsa["status"], "broken");
    assert_eq!(rsa["weaknesses"][0]["kind"], "short-key");
    assert_eq!(rsa["symbol"], "KeyPairGenerator.getInstance");
    assert!(report["stats"]["files_scanned"].as_u64().unwrap_or(0) >= 3);
}

#[test]
fn fail_on_never_and_language_filter() {
    let (code, report) = json_report(&["--fail-on", "never", "--language", "go"]);
    assert_eq!(code, 0);
    let found = subjects(&report);
    assert!(!found.is_empty());
    assert!(
        found.iter().all(|(p, _, _)| p.ends_with(".go")),
        "{found:?}"
    );
    // Nothing in the Go file is broken, so the default gate passes too.
    let (code, _) = json_report(&["--language", "go"]);
    assert_eq!(code, 0);
    let (code, _, err) = mamori(&["scan", "code", "--language", "cobol", "."]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("unknown language"), "{err}");
}

#[test]
fn cbom_validates_against_cyclonedx_1_6() {
    let dir = tempfile_dir("cbom");
    let out = dir.join("code.cdx.json");
    let root = example();
    let (code, _, err) = mamori(&[
        "scan",
        "code",
        root.to_str().expect("path"),
        "--format",
        "cbom",
        "-o",
        out.to_str().expect("path"),
        "-q",
    ]);
    assert_eq!(code, 1, "{err}");
    let bom: Value = serde_json::from_slice(&std::fs::read(&out).expect("written")).expect("JSON");
    if let Err(errors) = mamori_formats::testing::validate_cyclonedx_1_6(&bom) {
        panic!("schema errors: {errors:?}");
    }
    let comps = bom["components"].as_array().expect("components");
    let rsa = comps
        .iter()
        .find(|c| c["name"] == "RSA-1024")
        .expect("RSA-1024 component");
    let occ = &rsa["evidence"]["occurrences"][0];
    assert_eq!(occ["line"], 22);
    assert_eq!(occ["symbol"], "KeyPairGenerator.getInstance");
    assert!(
        occ["location"]
            .as_str()
            .unwrap_or("")
            .ends_with("InvoiceSealer.java")
    );
}

#[test]
fn sarif_points_at_lines_and_rules() {
    let root = example();
    let (code, out, err) = mamori(&[
        "scan",
        "code",
        root.to_str().expect("path"),
        "--format",
        "sarif",
        "-q",
    ]);
    assert_eq!(code, 1, "{err}");
    let log: Value = serde_json::from_str(&out).expect("SARIF is JSON");
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    let results = run["results"].as_array().expect("results");
    assert!(!results.is_empty());
    for r in results {
        let idx = r["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(rules[idx]["id"], r["ruleId"]);
        let region = &r["locations"][0]["physicalLocation"]["region"];
        assert!(region["startLine"].as_u64().unwrap_or(0) >= 1);
        assert!(region["startColumn"].as_u64().unwrap_or(0) >= 1, "{r}");
    }
    let rsa = results
        .iter()
        .find(|r| {
            r["message"]["text"]
                .as_str()
                .unwrap_or("")
                .contains("RSA-1024")
        })
        .expect("RSA-1024 result");
    assert_eq!(rsa["level"], "error");
    assert_eq!(
        rsa["locations"][0]["physicalLocation"]["region"]["startLine"],
        22
    );
}

#[test]
fn missing_path_is_a_usage_error() {
    let (code, _, err) = mamori(&["scan", "code", "/nonexistent/mamori-code"]);
    assert_eq!(code, 2);
    assert!(err.contains("no such file"), "{err}");
}

fn tempfile_dir(name: &str) -> PathBuf {
    let d = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("scan-code-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&d).expect("temp dir");
    d
}
