//! End-to-end: CBOMs written from hand-built assets, checked by the `mamori` binary against a
//! built-in and a user policy; exit codes, JSON counts and the SARIF log.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use mamori_formats::cbom::{CbomOptions, cbom_from_assets};
use mamori_model::{Algorithm, Asset, AssetKind, Location, catalogue};
use serde_json::Value;

use common::mamori;

fn dir() -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR")).join("policy-cli");
    std::fs::create_dir_all(&d).expect("tmp dir");
    d
}

fn rsa(bits: u32) -> Algorithm {
    catalogue::by_name("RSA").expect("RSA").resolve(Some(bits))
}

fn key(alg: Algorithm, path: &str) -> Asset {
    Asset {
        kind: AssetKind::PrivateKey,
        algorithm: Some(alg),
        format: "PEM".to_owned(),
        encrypted: false,
        certificate: None,
        keystore: None,
        location: Location::file(path),
        status: None,
        key_fingerprint: None,
        notes: Vec::new(),
    }
}

fn write_cbom(name: &str, assets: &[Asset]) -> String {
    let bom = cbom_from_assets(
        assets,
        &CbomOptions::new("0.0.0-test", "2026-01-01T00:00:00Z"),
    );
    let path = dir().join(name);
    std::fs::write(&path, serde_json::to_vec_pretty(&bom).expect("json")).expect("write");
    path.display().to_string()
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}):\n{text}"))
}

#[test]
fn builtin_policy_exit_codes_and_json_counts() {
    let strong = write_cbom("rsa3072.json", &[key(rsa(3072), "keys/server.key")]);
    let weak = write_cbom("rsa1024.json", &[key(rsa(1024), "keys/old.key")]);

    // RSA-3072 meets NIST IR 8547 today; the 2035 rule shows as a warning.
    let (code, out, err) = mamori(&[
        "policy",
        "check",
        "--policy",
        "nist-ir-8547",
        "--date",
        "2026-01-01",
        "--format",
        "json",
        &strong,
    ]);
    assert_eq!(code, 0, "{out}{err}");
    let doc = json(&out);
    assert_eq!(doc["policy"], "nist-ir-8547");
    assert_eq!(doc["date"], "2026-01-01");
    assert_eq!(doc["counts"]["errors"], 0);
    assert!(
        doc["counts"]["warnings"].as_u64().is_some_and(|w| w >= 1),
        "{out}"
    );
    assert_eq!(doc["passed"], true);

    // --strict fails on those warnings.
    let (code, _, _) = mamori(&[
        "policy",
        "check",
        "--policy",
        "nist-ir-8547",
        "--date",
        "2026-01-01",
        "--strict",
        &strong,
    ]);
    assert_eq!(code, 1);

    // After 2035 it is disallowed.
    let (code, out, _) = mamori(&[
        "policy",
        "check",
        "--policy",
        "nist-ir-8547",
        "--date",
        "2036-01-01",
        "--format",
        "json",
        &strong,
    ]);
    assert_eq!(code, 1);
    let doc = json(&out);
    assert!(doc["counts"]["errors"].as_u64().is_some_and(|e| e >= 1));
    assert!(
        doc["violations"]
            .as_array()
            .expect("violations")
            .iter()
            .any(|v| v["rule"] == "quantum-vulnerable-disallowed" && v["severity"] == "error")
    );

    // RSA-1024 is broken today; the table names the rule and the location.
    let (code, out, _) = mamori(&[
        "policy",
        "check",
        "--policy",
        "nist-ir-8547",
        "--date",
        "2026-01-01",
        &weak,
    ]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("no-broken") && out.contains("keys/old.key"),
        "{out}"
    );
    assert!(out.contains("FAILED"), "{out}");
}

#[test]
fn user_policy_sarif_and_bad_input() {
    let cbom = write_cbom(
        "mixed.json",
        &[key(rsa(2048), "keys/a.key"), key(rsa(4096), "keys/b.key")],
    );
    let policy = dir().join("acme.toml");
    std::fs::write(
        &policy,
        r#"
name = "acme-crypto-policy"
description = "test"

[[rule]]
id = "no-md5"
forbid_family = ["md5"]

[[rule]]
id = "no-rsa"
description = "No RSA"
forbid_family = ["rsa"]
severity = "error"
"#,
    )
    .expect("write policy");
    let policy = policy.display().to_string();
    let sarif_path = dir().join("acme.sarif");
    let (code, out, err) = mamori(&[
        "policy",
        "check",
        "--policy",
        &policy,
        "--format",
        "sarif",
        "-o",
        &sarif_path.display().to_string(),
        &cbom,
    ]);
    assert_eq!(code, 1, "{out}{err}");
    let log: mamori_formats::sarif::SarifLog =
        serde_json::from_slice(&std::fs::read(&sarif_path).expect("sarif written"))
            .expect("SARIF parses");
    let run = &log.runs[0];
    let ids: Vec<&str> = run
        .tool
        .driver
        .rules
        .iter()
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(ids, ["no-md5", "no-rsa"]);
    assert_eq!(run.results.len(), 2);
    for r in &run.results {
        let idx = r.rule_index.expect("ruleIndex");
        assert_eq!(run.tool.driver.rules[idx].id, "no-rsa");
        assert_eq!(r.rule_id.as_deref(), Some("no-rsa"));
        assert_eq!(r.level, Some(mamori_formats::sarif::Level::Error));
        let uri = r.locations[0]
            .physical_location
            .as_ref()
            .and_then(|p| p.artifact_location.uri.clone())
            .expect("uri");
        assert!(uri.starts_with("keys/"), "{uri}");
    }

    // A clean CBOM passes the same policy.
    let clean = write_cbom(
        "clean.json",
        &[key(
            catalogue::by_name("ML-DSA-87")
                .expect("ML-DSA-87")
                .resolve(None),
            "keys/pq.key",
        )],
    );
    let (code, out, err) = mamori(&["policy", "check", "--policy", &policy, &clean]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("0 errors"), "{out}");

    // Bad input: exit 2 with a useful message.
    let (code, _, err) = mamori(&["policy", "check", "--policy", "no-such-policy", &cbom]);
    assert_eq!(code, 2);
    assert!(
        err.contains("programme-2030") && err.contains("cnsa-2.0"),
        "{err}"
    );

    let bad = dir().join("bad.toml");
    std::fs::write(
        &bad,
        "name = \"x\"\n[[rule]]\nid = \"r\"\nmin_classical_bits = \"many\"\n",
    )
    .expect("write");
    let (code, _, err) = mamori(&[
        "policy",
        "check",
        "--policy",
        &bad.display().to_string(),
        &cbom,
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("line 4"), "{err}");

    let missing = dir().join("missing.json").display().to_string();
    let (code, _, err) = mamori(&["policy", "check", "--policy", "nist-ir-8547", &missing]);
    assert_eq!(code, 2, "{err}");

    let (code, _, _) = mamori(&[
        "policy",
        "check",
        "--policy",
        "nist-ir-8547",
        "--date",
        "2030-13-01",
        &cbom,
    ]);
    assert_eq!(code, 2);
}

#[test]
fn list_and_show() {
    let (code, out, _) = mamori(&["policy", "list"]);
    assert_eq!(code, 0);
    for name in ["programme-2030", "nist-ir-8547", "cnsa-2.0"] {
        assert!(out.contains(name), "{out}");
    }
    let (code, out, _) = mamori(&["policy", "show", "cnsa-2.0"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("name = \"cnsa-2.0\"") && out.contains("ML-KEM-1024"),
        "{out}"
    );
    // What `show` prints is a policy file that `check` accepts.
    let copy = dir().join("copy.toml");
    std::fs::write(&copy, &out).expect("write");
    let cbom = write_cbom("copy-cbom.json", &[key(rsa(3072), "k.key")]);
    let (code, _, err) = mamori(&[
        "policy",
        "check",
        "--policy",
        &copy.display().to_string(),
        "--date",
        "2026-01-01",
        &cbom,
    ]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = mamori(&["policy", "show", "nope"]);
    assert_eq!(code, 2);
    assert!(err.contains("nist-ir-8547"), "{err}");
}

#[test]
fn scanned_rsa_1024_certificate_fails_nist_ir_8547() {
    let d = dir().join("scan");
    std::fs::create_dir_all(&d).expect("dir");
    let out = Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "rsa:1024",
            "-nodes",
            "-sha256",
            "-days",
            "30",
            "-subj",
            "/CN=legacy.example.test",
            "-keyout",
            "legacy.key",
            "-out",
            "legacy.crt",
        ])
        .current_dir(&d)
        .output()
        .expect("openssl runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let cbom = dir().join("scan-cbom.json").display().to_string();
    let (code, _, err) = mamori(&[
        "scan",
        "files",
        &d.display().to_string(),
        "--format",
        "cbom",
        "-o",
        &cbom,
        "--fail-on",
        "never",
        "-q",
    ]);
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = mamori(&[
        "policy",
        "check",
        "--policy",
        "nist-ir-8547",
        "--date",
        "2026-01-01",
        "--format",
        "json",
        &cbom,
    ]);
    assert_eq!(code, 1, "{out}{err}");
    let doc = json(&out);
    let broken: Vec<&Value> = doc["violations"]
        .as_array()
        .expect("violations")
        .iter()
        .filter(|v| v["rule"] == "no-broken")
        .collect();
    assert!(
        broken.iter().any(|v| v["algorithm"] == "RSA-1024"
            && v["locations"].as_array().is_some_and(|l| l
                .iter()
                .any(|l| l.as_str().is_some_and(|s| s.contains("legacy.crt"))))),
        "{out}"
    );
}
