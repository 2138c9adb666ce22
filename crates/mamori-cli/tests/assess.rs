//! End-to-end: certificates made by openssl, inventoried by `mamori scan files` into CBOMs,
//! assigned to systems in a systems.toml, and assessed by `mamori assess`; the JSON report's
//! tiers, deadlines, exposure, actions, warnings and waves are checked, then the other formats,
//! the baseline comparison and the exit codes.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn sh(dir: &Path, script: &str) {
    let out = Command::new("bash")
        .arg("-euo")
        .arg("pipefail")
        .arg("-c")
        .arg(script)
        .current_dir(dir)
        .output()
        .expect("bash runs");
    assert!(
        out.status.success(),
        "fixture command failed:\n{script}\nstderr:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn mamori(dir: &Path, args: &[&str]) -> (i32, String, String) {
    common::mamori_in(Some(dir), args)
}

const SYSTEMS: &str = r#"
organization = "Test Ministry"
scenarios = [2030, 2035, 2040]

[[system]]
name = "portal"
owner = "web team"
sector = "public"
criticality = 4
internet_facing = true
confidentiality_years = 10
signature_years = 5
migration_years = 5
depends_on = ["ca"]
cbom = ["cbom/portal.json"]

[[system]]
name = "ca"
sector = "other"
criticality = 1
cbom = ["cbom/ca.json"]

[[system]]
name = "clinic"
sector = "healthcare"
criticality = 3
"#;

/// A fresh directory with the CBOMs and the systems file.
fn fixture(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("assess-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("cbom")).expect("mkdir");
    sh(
        &dir,
        r#"
mkdir -p portal ca stray
# The portal: a forgotten RSA-1024 certificate signed with SHA-1.
openssl req -x509 -newkey rsa:1024 -nodes -sha1 -days 30 -subj /CN=portal.test \
    -keyout portal/legacy.key -out portal/legacy.crt 2>/dev/null
# The CA: ECDSA P-256 with SHA-256.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -sha256 -days 30 \
    -subj /CN=ca.test -keyout ca/ca.key -out ca/ca.crt 2>/dev/null
# A stray Ed25519 key nobody assigned to a system.
openssl genpkey -algorithm ed25519 -out stray/stray.pem
"#,
    );
    for (what, out) in [
        ("portal", "cbom/portal.json"),
        ("ca", "cbom/ca.json"),
        ("stray", "stray.json"),
    ] {
        let (code, _, err) = mamori(
            &dir,
            &[
                "scan",
                "files",
                what,
                "--format",
                "cbom",
                "-o",
                out,
                "--fail-on",
                "never",
                "-q",
            ],
        );
        assert_eq!(code, 0, "scan {what}: {err}");
    }
    std::fs::write(dir.join("systems.toml"), SYSTEMS).expect("write systems");
    dir
}

fn system<'a>(report: &'a Value, name: &str) -> &'a Value {
    report["systems"]
        .as_array()
        .and_then(|s| s.iter().find(|s| s["name"] == name))
        .unwrap_or_else(|| panic!("system {name} in {report:#}"))
}

#[test]
fn assess_report_end_to_end() {
    let dir = fixture("e2e");
    let (code, out, err) = mamori(
        &dir,
        &[
            "assess",
            "--systems",
            "systems.toml",
            "stray.json",
            "--format",
            "json",
            "--year",
            "2026",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let report: Value = serde_json::from_str(&out).expect("JSON report");
    assert_eq!(report["tool"], "mamori");
    assert_eq!(report["year"], 2026);
    assert_eq!(report["organization"], "Test Ministry");
    assert_eq!(report["scenarios"], serde_json::json!([2030, 2035, 2040]));

    let portal = system(&report, "portal");
    assert_eq!(portal["tier"], 1);
    assert_eq!(portal["deadline"], 2030);
    assert_eq!(portal["sector"], "public");
    let warnings: Vec<&str> = portal["warnings"]
        .as_array()
        .expect("warnings")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(
        warnings
            .contains(&"deadline 2030 is infeasible: 5 years of migration from 2026 end in 2031"),
        "{warnings:?}"
    );
    // x = max(10, 5), y = 5: 15 > 4, 9 and 14 years left.
    let exposure = portal["exposure"].as_array().expect("exposure");
    assert_eq!(exposure.len(), 3);
    assert_eq!(exposure[0]["exposed"], true);
    assert_eq!(exposure[0]["years_short"], 11);
    assert_eq!(exposure[0]["latest_safe_start"], 2015);
    assert_eq!(exposure[2]["exposed"], true);
    assert_eq!(exposure[2]["years_short"], 1);
    let assets = portal["assets"].as_array().expect("assets");
    assert!(!assets.is_empty());
    let legacy = assets
        .iter()
        .find(|a| a["asset_type"] == "certificate")
        .expect("the legacy certificate");
    assert_eq!(legacy["status"], "broken");
    assert_eq!(legacy["deadline"], 2026);
    assert!(
        legacy["action"]
            .as_str()
            .is_some_and(|a| a.starts_with("replace now")),
        "{legacy:#}"
    );
    assert!(
        legacy["reason"]
            .as_str()
            .is_some_and(|r| r.contains("SHA1withRSA"))
    );
    assert_eq!(legacy["classical_bits"], 63);
    assert_eq!(legacy["quantum_category"], 0);
    assert!(
        legacy["locations"][0]
            .as_str()
            .is_some_and(|l| l.contains("legacy.crt"))
    );
    assert_eq!(portal["status_counts"]["quantum-safe"], 0);
    assert_eq!(portal["readiness"], 0.0);

    // The CA is tier 3 on its own, but the portal depends on it.
    let ca = system(&report, "ca");
    assert_eq!(ca["tier"], 3);
    assert_eq!(ca["deadline"], 2030);
    assert!(
        ca["deadline_reason"]
            .as_str()
            .is_some_and(|r| r.contains("pulled forward to 2030 by portal")),
        "{ca:#}"
    );
    assert_eq!(ca["exposure"][0]["exposed"], false);
    let ca_cert = ca["assets"]
        .as_array()
        .and_then(|a| a.iter().find(|a| a["asset_type"] == "certificate"))
        .expect("CA certificate");
    assert_eq!(ca_cert["status"], "quantum-vulnerable");
    assert_eq!(
        ca_cert["action"],
        "re-issue with ML-DSA-65 or composite ML-DSA-65 + Ed25519"
    );
    assert_eq!(ca_cert["deadline"], 2030);

    let clinic = system(&report, "clinic");
    assert_eq!(
        (clinic["tier"].as_u64(), clinic["deadline"].as_u64()),
        (Some(2), Some(2033))
    );
    assert!(clinic["readiness"].is_null());

    let stray = system(&report, "unassigned");
    assert_eq!(
        (stray["tier"].as_u64(), stray["deadline"].as_u64()),
        (Some(3), Some(2035))
    );
    assert!(stray["assets"].as_array().is_some_and(|a| !a.is_empty()));

    let waves = report["waves"].as_array().expect("waves");
    assert_eq!(waves.len(), 3);
    assert_eq!(waves[0]["deadline"], 2030);
    // The CA comes before the portal that depends on it.
    assert_eq!(waves[0]["systems"], serde_json::json!(["ca", "portal"]));
    assert_eq!(waves[1]["systems"], serde_json::json!(["clinic"]));
    assert_eq!(waves[2]["systems"], serde_json::json!(["unassigned"]));

    let s = &report["summary"];
    assert_eq!(s["systems"], 4);
    let by = &s["by_status"];
    let total: u64 = [
        "broken",
        "below-target",
        "quantum-vulnerable",
        "quantum-safe",
    ]
    .iter()
    .map(|k| by[*k].as_u64().expect("count"))
    .sum();
    assert_eq!(s["assets"].as_u64(), Some(total));
    assert!(by["broken"].as_u64().is_some_and(|n| n > 0));

    // The gate: broken assets exist.
    let (code, _, _) = mamori(
        &dir,
        &[
            "assess",
            "--systems",
            "systems.toml",
            "--year",
            "2026",
            "--fail-on",
            "broken",
        ],
    );
    assert_eq!(code, 1);

    // Other formats.
    let (code, table, err) = mamori(
        &dir,
        &["assess", "--systems", "systems.toml", "--year", "2026"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        table.contains("2030:EXPOSED(-11y) 2035:EXPOSED(-6y) 2040:EXPOSED(-1y)"),
        "{table}"
    );
    assert!(table.contains("replace now"), "{table}");
    assert!(
        table.contains("warning: portal: deadline 2030 is infeasible"),
        "{table}"
    );
    let (code, md, _) = mamori(
        &dir,
        &[
            "assess",
            "--systems",
            "systems.toml",
            "--year",
            "2026",
            "--format",
            "markdown",
        ],
    );
    assert_eq!(code, 0);
    assert!(
        md.starts_with("# Post-quantum readiness — Test Ministry"),
        "{md}"
    );
    assert!(
        md.contains("## Roadmap") && md.contains("| 1 | 2030 | ca, portal |"),
        "{md}"
    );
    let (code, html, _) = mamori(
        &dir,
        &[
            "assess",
            "--systems",
            "systems.toml",
            "--year",
            "2026",
            "--format",
            "html",
            "-o",
            "r.html",
        ],
    );
    assert_eq!(code, 0);
    assert!(html.is_empty());
    let page = std::fs::read_to_string(dir.join("r.html")).expect("html written");
    assert!(page.contains("portal") && page.contains("</html>"));

    // Baseline: the same inventory a year later has migrated nothing and added nothing.
    let (code, _, err) = mamori(
        &dir,
        &[
            "assess",
            "--systems",
            "systems.toml",
            "--year",
            "2026",
            "--format",
            "json",
            "-o",
            "base.json",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = mamori(
        &dir,
        &[
            "assess",
            "--systems",
            "systems.toml",
            "--year",
            "2027",
            "--format",
            "json",
            "--baseline",
            "base.json",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let now: Value = serde_json::from_str(&out).expect("json");
    assert_eq!(now["baseline"]["year"], 2026);
    assert_eq!(now["baseline"]["migrated"], 0);
    assert_eq!(now["baseline"]["new"], 0);
}

#[test]
fn input_errors_exit_2_with_clear_messages() {
    let dir = fixture("errors");
    let bad = |name: &str, text: &str| {
        std::fs::write(dir.join(name), text).expect("write");
        let (code, _, err) = mamori(&dir, &["assess", "--systems", name]);
        assert_eq!(code, 2, "{name}: {err}");
        err
    };
    let err = bad(
        "syntax.toml",
        "[[system]]\nname = \"a\"\nsector = \"public\"\ncriticality = \n",
    );
    assert!(
        err.contains("syntax.toml") && err.contains("line 4"),
        "{err}"
    );
    let err = bad(
        "cycle.toml",
        "[[system]]\nname = \"a\"\nsector = \"public\"\ncriticality = 1\ndepends_on = [\"b\"]\n\
         [[system]]\nname = \"b\"\nsector = \"public\"\ncriticality = 1\ndepends_on = [\"a\"]\n",
    );
    assert!(err.contains("dependency cycle: a → b → a"), "{err}");
    let err = bad(
        "unknown.toml",
        "[[system]]\nname = \"a\"\nsector = \"public\"\ncriticality = 1\ndepends_on = [\"zz\"]\n",
    );
    assert!(err.contains("depends on 'zz'"), "{err}");
    let err = bad(
        "missing.toml",
        "[[system]]\nname = \"a\"\nsector = \"public\"\ncriticality = 1\ncbom = [\"nope.json\"]\n",
    );
    assert!(err.contains("nope.json"), "{err}");
}
