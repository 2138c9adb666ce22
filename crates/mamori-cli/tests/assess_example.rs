//! The example organization in examples/org, assessed as of 2026: the report says what the
//! example was built to show.

use std::path::PathBuf;
use std::process::Command;

use assert_cmd::cargo::CommandCargoExt;
use serde_json::Value;

fn report() -> Value {
    let systems = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/org/systems.toml");
    let out = Command::cargo_bin("mamori")
        .expect("binary")
        .args(["assess", "--systems"])
        .arg(&systems)
        .args(["--format", "json", "--year", "2026"])
        .output()
        .expect("mamori runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON report")
}

fn system<'a>(r: &'a Value, name: &str) -> &'a Value {
    r["systems"]
        .as_array()
        .and_then(|s| s.iter().find(|x| x["name"] == name))
        .unwrap_or_else(|| panic!("system {name} missing"))
}

#[test]
fn example_organization_report() {
    let r = report();
    let systems = r["systems"].as_array().expect("systems");
    assert!(systems.len() >= 6);
    let sectors: std::collections::BTreeSet<&str> = systems
        .iter()
        .filter_map(|s| s["sector"].as_str())
        .collect();
    assert!(sectors.len() >= 4, "{sectors:?}");
    assert_eq!(r["scenarios"], serde_json::json!([2030, 2035, 2040]));

    // A tier-1 system whose migration cannot end by its 2030 deadline.
    let tax = system(&r, "tax-portal");
    assert_eq!(tax["tier"], 1);
    assert_eq!(tax["deadline"], 2030);
    assert!(
        tax["warnings"]
            .as_array()
            .expect("warnings")
            .iter()
            .any(|w| w.as_str().unwrap_or("").contains("infeasible")),
        "{tax}"
    );
    // Its RSA-1024 certificate is broken: replace now, deadline this year.
    let rsa1024 = tax["assets"]
        .as_array()
        .expect("assets")
        .iter()
        .find(|a| a["name"] == "RSA-1024")
        .expect("RSA-1024 asset");
    assert_eq!(rsa1024["status"], "broken");
    assert_eq!(rsa1024["deadline"], 2026);

    // The CA is tier 3 on its own, but the tier-1 systems that depend on it pull its deadline.
    let ca = system(&r, "identity-ca");
    assert_eq!(ca["tier"], 3);
    assert_eq!(ca["deadline"], 2030);
    assert!(
        ca["deadline_reason"]
            .as_str()
            .unwrap_or("")
            .contains("tax-portal"),
        "{ca}"
    );
    // ... and it comes before its dependents in the roadmap.
    let order: Vec<&str> = systems.iter().filter_map(|s| s["name"].as_str()).collect();
    let pos = |n: &str| order.iter().position(|x| *x == n).expect("listed");
    assert!(pos("identity-ca") < pos("tax-portal"));

    // Mosca: 25-year records are exposed under every scenario, 1-year signalling under none.
    let exposed = |name: &str| -> Vec<bool> {
        system(&r, name)["exposure"]
            .as_array()
            .expect("exposure")
            .iter()
            .map(|e| e["exposed"].as_bool().unwrap_or(false))
            .collect()
    };
    assert_eq!(exposed("patient-records"), [true, true, true]);
    assert_eq!(exposed("signalling-core"), [false, false, false]);

    // The gateway already has post-quantum key exchange in its code.
    let gw = system(&r, "payments-gateway");
    assert!(gw["readiness"].as_f64().unwrap_or(0.0) > 0.0, "{gw}");
    assert!(
        gw["assets"]
            .as_array()
            .expect("assets")
            .iter()
            .any(|a| a["name"] == "X25519MLKEM768" && a["status"] == "quantum-safe")
    );

    // Waves come in deadline order.
    let deadlines: Vec<i64> = r["waves"]
        .as_array()
        .expect("waves")
        .iter()
        .filter_map(|w| w["deadline"].as_i64())
        .collect();
    assert!(deadlines.windows(2).all(|w| w[0] < w[1]), "{deadlines:?}");
}
