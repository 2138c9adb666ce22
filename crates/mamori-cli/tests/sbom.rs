//! `mamori db`, `mamori sbom` and `mamori version` end to end: real OSV records imported into a
//! data directory, real SBOMs and lockfiles scanned, VEX applied, every output format checked.

mod common;

use std::path::{Path, PathBuf};

use common::mamori;
use serde_json::Value;

fn shared() -> PathBuf {
    mamori_formats::testing::shared_data_dir().unwrap_or_else(|e| panic!("{e}"))
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// A data directory holding the Go and RustSec advisories.
fn data_dir() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let osv = shared().join("sbom/osv");
    let (code, out, err) = mamori(&[
        "--data-dir",
        s(tmp.path()),
        "db",
        "import",
        "--format",
        "json",
        s(&osv.join("go-vulndb")),
        s(&osv.join("rustsec")),
    ]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert!(v["stats"]["added"].as_u64().unwrap() > 5000, "{out}");
    tmp
}

fn postgres() -> PathBuf {
    shared().join("sbom/sbom/cyclonedx/osv-scanner-sbom-insecure/postgres-stretch.cdx.xml")
}

fn json_of(out: &str) -> Value {
    serde_json::from_str(out).unwrap_or_else(|e| panic!("{e}: {out}"))
}

#[test]
fn import_is_incremental_and_status_counts_per_ecosystem() {
    let tmp = data_dir();
    let dir = s(tmp.path());
    let (code, out, _) = mamori(&["--data-dir", dir, "db", "status", "--format", "json"]);
    assert_eq!(code, 0);
    let st = json_of(&out);
    let go = st["per_ecosystem"]["Go"].as_u64().unwrap();
    let rust = st["per_ecosystem"]["crates.io"].as_u64().unwrap();
    assert!(go > 4000 && rust > 1000, "{out}");
    // Importing the same records again changes nothing.
    let rustsec = shared().join("sbom/osv/rustsec");
    let (code, out, _) = mamori(&[
        "--data-dir",
        dir,
        "db",
        "import",
        "--format",
        "json",
        s(&rustsec),
    ]);
    assert_eq!(code, 0);
    let v = json_of(&out);
    assert_eq!(v["stats"]["added"], 0);
    assert_eq!(v["stats"]["updated"], 0);
    assert!(v["stats"]["unchanged"].as_u64().unwrap() > 1000);
    // The table names the database and the newest record.
    let (_, table, _) = mamori(&["--data-dir", dir, "db", "status"]);
    assert!(
        table.contains("crates.io") && table.contains("newest:"),
        "{table}"
    );
    // $MAMORI_DATA_DIR is the default when no flag is given.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_mamori"))
        .args(["db", "status", "--format", "json"])
        .env("MAMORI_DATA_DIR", dir)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        json_of(&String::from_utf8_lossy(&out.stdout))["total"],
        st["total"]
    );
}

#[test]
fn scanning_without_a_database_says_how_to_make_one() {
    let tmp = tempfile::tempdir().unwrap();
    let (code, _, err) = mamori(&["--data-dir", s(tmp.path()), "sbom", "scan", s(&postgres())]);
    assert_eq!(code, 2);
    assert!(err.contains("mamori db import"), "{err}");
}

#[test]
fn a_container_sbom_gates_on_severity_and_answers_for_one_advisory() {
    let tmp = data_dir();
    let dir = s(tmp.path());
    let sbom_path = postgres();
    let sbom = s(&sbom_path);
    let (code, out, err) = mamori(&["--data-dir", dir, "sbom", "scan", sbom, "--format", "json"]);
    assert_eq!(code, 1, "{err}");
    let v = json_of(&out);
    assert_eq!(v["summary"]["findings"], 13);
    // 132 Debian and 3 Go packages, plus the OS and a `pkg:generic` component, listed but
    // matched against nothing (no OSV ecosystem).
    assert_eq!(v["summary"]["packages"], 137);
    let runc = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "GO-2024-2491")
        .expect("runc's CVE-2024-21626");
    assert_eq!(runc["aliases"][0], "CVE-2024-21626");
    assert_eq!(runc["fixed"][0], "1.1.12");
    assert_eq!(runc["package"]["origin"]["line"], 616);
    // The Go records carry no CVSS here: severity unknown, so only `any` gates.
    let (code, _, _) = mamori(&["--data-dir", dir, "sbom", "scan", sbom, "--fail-on", "low"]);
    assert_eq!(code, 0);
    let (code, _, _) = mamori(&[
        "--data-dir",
        dir,
        "sbom",
        "scan",
        sbom,
        "--fail-on",
        "never",
    ]);
    assert_eq!(code, 0);
    // Scope of response: one advisory, by its CVE alias.
    let (code, out, _) = mamori(&[
        "--data-dir",
        dir,
        "sbom",
        "scan",
        sbom,
        "--advisory",
        "CVE-2024-21626",
    ]);
    assert_eq!(code, 1);
    assert!(
        out.contains("Scope of response:") && out.contains("CVE-2024-21626: 1 product"),
        "{out}"
    );
    assert!(out.contains("1 finding(s)"), "{out}");
}

#[test]
fn vex_sets_findings_aside_and_lists_them_in_every_format() {
    let tmp = data_dir();
    let dir = s(tmp.path());
    let vex = tmp.path().join("runc.openvex.json");
    std::fs::write(
        &vex,
        r#"{
  "@context": "https://openvex.dev/ns/v0.2.0",
  "@id": "https://example.invalid/vex/1",
  "author": "ops",
  "timestamp": "2026-01-01T00:00:00Z",
  "version": 1,
  "statements": [
    {"vulnerability": {"name": "CVE-2024-21626"},
     "products": [{"@id": "pkg:golang/github.com/opencontainers/runc"}],
     "status": "not_affected",
     "justification": "vulnerable_code_not_in_execute_path",
     "impact_statement": "runc is only on the image, never run"},
    {"vulnerability": {"name": "GO-2022-0493"},
     "products": [{"@id": "pkg:golang/golang.org/x/sys@v0.0.0-20210817142637-7d9622a276b7"}],
     "status": "under_investigation"}
  ]
}"#,
    )
    .unwrap();
    let sbom_path = postgres();
    let sbom = s(&sbom_path);
    let args = ["--data-dir", dir, "sbom", "scan", sbom, "--vex", s(&vex)];
    let (code, out, _) = mamori(&[&args[..], &["--format", "json"]].concat());
    assert_eq!(code, 1);
    let v = json_of(&out);
    assert_eq!(v["summary"]["findings"], 12);
    assert_eq!(v["summary"]["suppressed"], 1);
    assert_eq!(v["suppressed"][0]["finding"]["id"], "GO-2024-2491");
    assert_eq!(
        v["suppressed"][0]["vex"]["justification"],
        "vulnerable_code_not_in_execute_path"
    );
    let annotated: Vec<&Value> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f.get("vex").is_some())
        .collect();
    assert_eq!(annotated.len(), 1);
    assert_eq!(annotated[0]["vex"]["status"], "under_investigation");
    // The table lists what VEX set aside.
    let (_, table, _) = mamori(&args);
    assert!(
        table.contains("SUPPRESSED BY VEX") && table.contains("GO-2024-2491"),
        "{table}"
    );
    // SARIF keeps it, marked as suppressed.
    let (_, sarif, _) = mamori(&[&args[..], &["--format", "sarif"]].concat());
    let sarif = json_of(&sarif);
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 13);
    let suppressed: Vec<&Value> = results
        .iter()
        .filter(|r| r.get("suppressions").is_some())
        .collect();
    assert_eq!(suppressed.len(), 1);
    assert_eq!(suppressed[0]["ruleId"], "GO-2024-2491");
    // The CycloneDX VDR carries the analysis, and is valid CycloneDX 1.6.
    let (_, vdr, _) = mamori(&[&args[..], &["--format", "cyclonedx"]].concat());
    let vdr = json_of(&vdr);
    mamori_formats::testing::validate_cyclonedx_1_6(&vdr).unwrap_or_else(|e| panic!("{e:#?}"));
    let entry = vdr["vulnerabilities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == "GO-2024-2491")
        .unwrap();
    assert_eq!(entry["analysis"]["state"], "not_affected");
    assert_eq!(entry["analysis"]["justification"], "code_not_reachable");
    assert_eq!(vdr["vulnerabilities"].as_array().unwrap().len(), 13);
}

#[test]
fn a_bad_input_is_reported_with_its_position_and_the_rest_are_scanned() {
    let tmp = data_dir();
    let project = tmp.path().join("project");
    std::fs::create_dir_all(project.join("web")).unwrap();
    std::fs::write(
        project.join("Cargo.lock"),
        "version = 3\n\n[[package]]\nname = \"smallvec\"\nversion = \"1.6.0\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\n",
    )
    .unwrap();
    std::fs::write(
        project.join("web/package-lock.json"),
        "{\n  \"lockfileVersion\": 3,\n  \"packages\": {\n    \"\": {,\n  }\n}\n",
    )
    .unwrap();
    let (code, out, err) = mamori(&[
        "--data-dir",
        s(tmp.path()),
        "sbom",
        "scan",
        s(&project),
        "--format",
        "json",
    ]);
    assert_eq!(code, 2, "an unreadable input fails the run: {err}");
    assert!(
        err.contains("package-lock.json") && err.contains("line 4"),
        "{err}"
    );
    let v = json_of(&out);
    assert_eq!(v["errors"].as_array().unwrap().len(), 1);
    let ids: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["id"].as_str())
        .collect();
    assert!(ids.contains(&"RUSTSEC-2021-0003"), "{ids:?}");
}

#[test]
fn generate_writes_a_valid_cyclonedx_sbom_of_the_lockfiles() {
    let repo = shared().join("sbom/closed-world/trivy/fixtures/repo");
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("bom.json");
    let (code, _, err) = mamori(&[
        "sbom",
        "generate",
        s(&repo.join("npm")),
        "-o",
        s(&out),
        "--name",
        "npm-app",
    ]);
    assert_eq!(code, 0, "{err}");
    let bom: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    mamori_formats::testing::validate_cyclonedx_1_6(&bom).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(bom["metadata"]["component"]["name"], "npm-app");
    let comps = bom["components"].as_array().unwrap();
    // Trivy's golden for the same lockfile lists 13 packages with dev dependencies.
    assert_eq!(comps.len(), 13);
    assert!(comps.iter().all(|c| {
        c["purl"]
            .as_str()
            .is_some_and(|p| p.starts_with("pkg:npm/"))
    }));
    // The graph reaches every component from the root.
    let deps = bom["dependencies"].as_array().unwrap();
    let mut reached = std::collections::BTreeSet::new();
    let mut todo = vec![
        bom["metadata"]["component"]["bom-ref"]
            .as_str()
            .unwrap()
            .to_string(),
    ];
    while let Some(r) = todo.pop() {
        for d in deps.iter().filter(|d| d["ref"] == r.as_str()) {
            for on in d["dependsOn"].as_array().unwrap() {
                if reached.insert(on.as_str().unwrap().to_string()) {
                    todo.push(on.as_str().unwrap().to_string());
                }
            }
        }
    }
    assert_eq!(reached.len(), comps.len());
    // The generated SBOM reads back with the same packages.
    let (code, _, err) = mamori(&[
        "sbom",
        "generate",
        s(&out),
        "-o",
        s(&tmp.path().join("again.json")),
    ]);
    assert_eq!(code, 0, "{err}");
    let again: Value =
        serde_json::from_str(&std::fs::read_to_string(tmp.path().join("again.json")).unwrap())
            .unwrap();
    assert_eq!(again["components"].as_array().unwrap().len(), 13);
}

#[test]
fn version_compare_answers_every_fixture_line_from_stdin() {
    let fixtures = shared().join("sbom/version-compare/osv-scalibr-semantic");
    for (file, eco) in [
        ("debian-versions.txt", "debian"),
        ("pypi-versions.txt", "PyPI"),
        ("maven-versions.txt", "maven"),
    ] {
        let text = std::fs::read_to_string(fixtures.join(file)).unwrap();
        let lines: Vec<(&str, &str, &str)> = text
            .lines()
            .filter(|l| !l.starts_with("# ") && !l.starts_with("//"))
            .filter_map(|l| {
                let p: Vec<&str> = l.split_whitespace().collect();
                (p.len() == 3).then(|| (p[0], p[1], p[2]))
            })
            .collect();
        let input: String = lines.iter().map(|(a, _, b)| format!("{a} {b}\n")).collect();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_mamori"))
            .args(["version", "compare", "--ecosystem", eco, "--stdin"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .and_then(|mut c| {
                use std::io::Write;
                c.stdin.take().unwrap().write_all(input.as_bytes())?;
                c.wait_with_output()
            })
            .unwrap();
        let got: Vec<String> = String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(str::to_string)
            .collect();
        assert_eq!(got.len(), lines.len(), "{file}");
        let wrong: Vec<String> = lines
            .iter()
            .zip(&got)
            .filter(|((_, op, _), g)| op != g)
            .map(|((a, op, b), g)| format!("{a} {op} {b}: got {g}"))
            .collect();
        // The one Maven line the version tests document as wrong in the fixture (Maven 3.8.7's
        // own ComparableVersion disagrees with it).
        assert!(
            wrong.iter().all(|w| w.starts_with("1-1 = 1-ga-1")),
            "{file}: {wrong:#?}"
        );
    }
    let (code, out, _) = mamori(&["version", "compare", "-e", "debian", "1:1.0-1", "2.0-1"]);
    assert_eq!((code, out.trim()), (0, ">"));
    let (code, _, err) = mamori(&["version", "compare", "-e", "cobol", "1", "2"]);
    assert_eq!(code, 2);
    assert!(err.contains("known schemes"), "{err}");
}
