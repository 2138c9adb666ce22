use std::collections::BTreeMap;

use mamori_model::{Algorithm, Family};

use super::*;
use crate::inventory::{InventoryAsset, algorithm_named};

fn alg(name: &str) -> Algorithm {
    algorithm_named(name).unwrap_or_else(|| panic!("catalogue has no {name}"))
}

fn asset(asset_type: &str, name: &str, algs: &[&str]) -> InventoryAsset {
    InventoryAsset {
        id: format!("ref-{name}"),
        name: name.to_owned(),
        asset_type: asset_type.to_owned(),
        material: None,
        protocol: None,
        version: None,
        algorithms: algs.iter().map(|a| alg(a)).collect(),
        locations: vec![format!("src/{name}.pem:3")],
        weaknesses: Vec::new(),
        source: "cbom.json".to_owned(),
    }
}

fn endpoint(protocol: &str, version: &str, algs: &[&str]) -> InventoryAsset {
    let mut a = asset("protocol", &format!("{protocol} {version}"), algs);
    a.protocol = Some(protocol.to_owned());
    a.version = Some(version.to_owned());
    a.locations = vec!["www.example.test:443".to_owned()];
    a
}

fn date(s: &str) -> PolicyDate {
    s.parse().expect("date")
}

fn policy(toml: &str) -> Policy {
    parse_policy(toml, "test.toml").expect("policy parses")
}

fn check(p: &Policy, assets: &[InventoryAsset], on: &str) -> PolicyReport {
    check_policy(p, assets, date(on), &BTreeMap::new())
}

fn tier1() -> BTreeMap<String, bool> {
    BTreeMap::from([(TIER1_VARIABLE.to_owned(), true)])
}

fn builtin_policy(name: &str) -> Policy {
    builtin(name)
        .expect("built-in")
        .policy()
        .expect("built-in parses")
}

#[test]
fn dates_parse_and_order() {
    assert_eq!(date("2030-01-01").to_string(), "2030-01-01");
    assert!(date("2029-12-31") < date("2030-01-01"));
    assert!("2030-02-30".parse::<PolicyDate>().is_err());
    assert!("2024-02-29".parse::<PolicyDate>().is_ok());
    assert!("2023-02-29".parse::<PolicyDate>().is_err());
    assert!("2030-1-1".parse::<PolicyDate>().is_err());
    assert!("soon".parse::<PolicyDate>().is_err());
}

#[test]
fn min_strength_positive_and_negative() {
    let p = policy("name = \"p\"\n[[rule]]\nid = \"min\"\nmin_classical_bits = 128\n");
    let r = check(
        &p,
        &[asset("certificate", "c", &["RSA-2048"])],
        "2026-01-01",
    );
    assert_eq!(r.counts.errors, 1);
    assert_eq!(r.violations[0].rule, "min");
    assert_eq!(r.violations[0].algorithm.as_deref(), Some("RSA-2048"));
    assert!(r.fails(false));
    let r = check(
        &p,
        &[asset("certificate", "c", &["RSA-3072"])],
        "2026-01-01",
    );
    assert_eq!(r.counts.total, 0);
    assert!(!r.fails(true));
}

#[test]
fn starts_date_boundary() {
    let p = policy(
        "name = \"p\"\n[[rule]]\nid = \"min\"\nmin_classical_bits = 128\nstarts = \"2030-01-01\"\n",
    );
    let assets = [asset("algorithm", "a", &["RSA-2048"])];
    let before = check(&p, &assets, "2029-12-31");
    assert_eq!((before.counts.errors, before.counts.warnings), (0, 1));
    assert!(!before.violations[0].started);
    assert!(before.violations[0].message.contains("starts 2030-01-01"));
    assert!(!before.fails(false));
    assert!(before.fails(true), "--strict fails on warnings");
    let on = check(&p, &assets, "2030-01-01");
    assert_eq!((on.counts.errors, on.counts.warnings), (1, 0));
    assert!(on.violations[0].started);
    assert!(!on.violations[0].message.contains("starts"));
}

#[test]
fn toml_dates_are_accepted() {
    let p =
        policy("name = \"p\"\n[[rule]]\nid = \"x\"\nforbid_broken = true\nstarts = 2030-01-01\n");
    assert_eq!(p.rules[0].starts, Some(date("2030-01-01")));
}

#[test]
fn warning_severity_never_fails_unless_strict() {
    let p = policy(
        "name = \"p\"\n[[rule]]\nid = \"w\"\nforbid = [\"SHA-1\"]\nseverity = \"warning\"\n",
    );
    let r = check(&p, &[asset("algorithm", "h", &["SHA-1"])], "2026-01-01");
    assert_eq!((r.counts.errors, r.counts.warnings), (0, 1));
    assert!(!r.fails(false));
    assert!(r.fails(true));
}

#[test]
fn forbid_by_name_and_pattern() {
    let p = policy(
        "name = \"p\"\n[[rule]]\nid = \"no-sha1\"\nforbid = [\"sha-1\", \"SHA1with*\", \"HMAC-SHA1\"]\n",
    );
    let r = check(
        &p,
        &[
            asset("algorithm", "a", &["SHA-1"]),
            asset("certificate", "c", &["SHA1withRSA", "RSA-2048"]),
            asset("algorithm", "b", &["SHA-256"]),
        ],
        "2026-01-01",
    );
    let algs: Vec<_> = r
        .violations
        .iter()
        .filter_map(|v| v.algorithm.clone())
        .collect();
    assert_eq!(algs, ["SHA-1", "SHA1withRSA"]);
}

#[test]
fn forbid_family_names_and_aliases() {
    let p = policy(
        "name = \"p\"\n[[rule]]\nid = \"fam\"\nfamily = [\"md5\", \"sha1\", \"rc4\", \"des\", \"3des\"]\n",
    );
    assert!(p.rules[0].forbid_family.contains(&Family::TripleDes));
    let r = check(
        &p,
        &[
            asset("algorithm", "a", &["MD5"]),
            asset("algorithm", "b", &["3DES"]),
            asset("algorithm", "c", &["AES-128-GCM"]),
            asset("algorithm", "d", &["RC4"]),
        ],
        "2026-01-01",
    );
    assert_eq!(r.counts.total, 3);
    assert!(
        r.violations
            .iter()
            .all(|v| v.algorithm.as_deref() != Some("AES-128-GCM"))
    );
    let bad = parse_policy(
        "name = \"p\"\n[[rule]]\nid = \"fam\"\nforbid_family = [\"unobtainium\"]\n",
        "t.toml",
    );
    let msg = bad.expect_err("unknown family").to_string();
    assert!(msg.contains("unobtainium") && msg.contains("line"), "{msg}");
}

#[test]
fn allow_list() {
    let p = policy(
        "name = \"p\"\n[[rule]]\nid = \"allow\"\nallow = [\"AES-256-GCM\", \"SHA-384\", \"ML-KEM-1024\", \"ML-DSA-87\"]\n",
    );
    let ok = check(
        &p,
        &[
            asset("algorithm", "a", &["AES-256-GCM"]),
            asset("certificate", "c", &["ML-DSA-87"]),
        ],
        "2026-01-01",
    );
    assert_eq!(ok.counts.total, 0);
    let bad = check(
        &p,
        &[asset("certificate", "c", &["ML-DSA-87", "RSA-4096"])],
        "2026-01-01",
    );
    assert_eq!(bad.counts.errors, 1);
    assert_eq!(bad.violations[0].algorithm.as_deref(), Some("RSA-4096"));
    // Families widen the list.
    let p = policy("name = \"p\"\n[[rule]]\nid = \"allow\"\nallow_family = [\"rsa\"]\n");
    assert_eq!(
        check(&p, &[asset("algorithm", "r", &["RSA-4096"])], "2026-01-01")
            .counts
            .total,
        0
    );
}

#[test]
fn broken_and_quantum_vulnerable() {
    let p = policy(
        "name = \"p\"\n[[rule]]\nid = \"broken\"\nforbid_broken = true\n[[rule]]\nid = \"qv\"\nforbid_quantum_vulnerable = true\n",
    );
    let r = check(
        &p,
        &[
            asset("algorithm", "md5", &["MD5"]),
            asset("algorithm", "rsa1024", &["RSA-1024"]),
            asset("algorithm", "mlkem", &["ML-KEM-768"]),
            asset("algorithm", "hybrid", &["X25519MLKEM768"]),
        ],
        "2026-01-01",
    );
    let by_rule = |id: &str| -> Vec<String> {
        r.violations
            .iter()
            .filter(|v| v.rule == id)
            .filter_map(|v| v.algorithm.clone())
            .collect()
    };
    assert_eq!(by_rule("broken"), ["MD5", "RSA-1024"]);
    assert_eq!(by_rule("qv"), ["RSA-1024"]);
}

#[test]
fn weaknesses() {
    let p = policy(
        "name = \"p\"\n[[rule]]\nid = \"w\"\nforbid_weaknesses = [\"ecb-mode\", \"hardcoded-*\"]\n",
    );
    let mut a = asset("algorithm", "aes", &["AES-128-ECB"]);
    a.weaknesses = vec![
        "ecb-mode".into(),
        "hardcoded-key".into(),
        "static-iv".into(),
    ];
    let clean = asset("algorithm", "gcm", &["AES-256-GCM"]);
    let r = check(&p, &[a, clean], "2026-01-01");
    assert_eq!(r.counts.total, 2);
    assert!(
        r.violations
            .iter()
            .all(|v| v.algorithm.is_none() && v.asset == "aes")
    );
}

#[test]
fn pq_key_exchange_on_protocols() {
    let p = policy(
        "name = \"p\"\n[[rule]]\nid = \"pq\"\nrequire_pq_key_exchange = [\"tls-1.3\", \"ssh\"]\n",
    );
    let classical = endpoint("tls", "1.3", &["X25519", "AES-128-GCM"]);
    let hybrid = endpoint("tls", "1.3", &["X25519MLKEM768", "X25519", "AES-128-GCM"]);
    let tls12 = endpoint("tls", "1.2", &["X25519"]);
    let ssh = endpoint("ssh", "2.0", &["mlkem768x25519-sha256"]);
    let ssh_old = endpoint("ssh", "2.0", &["X25519"]);
    let r = check(&p, &[classical, hybrid, tls12, ssh, ssh_old], "2026-01-01");
    assert_eq!(r.counts.errors, 2, "{:#?}", r.violations);
    assert_eq!(r.violations[0].asset, "TLS 1.3");
    assert!(r.violations[0].message.contains("X25519"));
    assert_eq!(r.violations[1].asset, "SSH 2.0");
    // A version-less selector covers every version.
    let p = policy("name = \"p\"\n[[rule]]\nid = \"pq\"\nrequire_pq_key_exchange = [\"tls\"]\n");
    assert_eq!(
        check(&p, &[endpoint("tls", "1.2", &["X25519"])], "2026-01-01")
            .counts
            .errors,
        1
    );
}

#[test]
fn scopes_restrict_rules() {
    let p = policy(
        "name = \"p\"\n[[rule]]\nid = \"sig\"\nprimitives = [\"signature\"]\nasset_types = [\"certificate\"]\nmin_classical_bits = 192\n",
    );
    let r = check(
        &p,
        &[
            asset("certificate", "c", &["SHA256withECDSA", "EC-P-256"]),
            asset("algorithm", "a", &["SHA256withECDSA"]),
        ],
        "2026-01-01",
    );
    // The EC key is not a signature primitive... unless the catalogue says so; the algorithm
    // asset is out of scope.
    assert!(r.violations.iter().all(|v| v.asset_type == "certificate"));
    assert!(
        r.violations
            .iter()
            .any(|v| v.algorithm.as_deref() == Some("SHA256withECDSA"))
    );
}

#[test]
fn referenced_algorithm_components_are_not_reported_twice() {
    let p = policy("name = \"p\"\n[[rule]]\nid = \"min\"\nmin_classical_bits = 128\n");
    let cert = asset("certificate", "c", &["RSA-2048"]);
    let mut alg_component = asset("algorithm", "RSA-2048", &["RSA-2048"]);
    alg_component.locations.clear();
    let r = check(&p, &[cert, alg_component], "2026-01-01");
    assert_eq!(r.counts.total, 1);
    assert_eq!(r.assets_checked, 1);
    // Same locations as the certificate: still judged through the certificate only.
    let cert = asset("certificate", "c", &["RSA-2048"]);
    let mut same = asset("algorithm", "RSA-2048", &["RSA-2048"]);
    same.locations.clone_from(&cert.locations);
    assert_eq!(
        check(&p, &[cert.clone(), same], "2026-01-01").counts.total,
        1
    );
    // Found elsewhere too (in code): reported there as well.
    let mut code = asset("algorithm", "RSA-2048", &["RSA-2048"]);
    code.locations = vec!["src/Main.java:12".into()];
    assert_eq!(check(&p, &[cert, code], "2026-01-01").counts.total, 2);
}

#[test]
fn bad_policies_are_rejected_with_positions() {
    let e = parse_policy(
        "name = \"p\"\n[[rule]]\nid = \"x\"\nmin_classical_bits = \"lots\"\n",
        "t.toml",
    )
    .expect_err("type error");
    assert!(e.to_string().contains("line 4"), "{e}");
    let e = parse_policy("name = \"p\"\n[[rule]\n", "t.toml").expect_err("syntax");
    assert!(e.to_string().contains("line 2"), "{e}");
    let e = parse_policy(
        "name = \"p\"\n[[rule]]\nid = \"x\"\nforbidd = [\"MD5\"]\n",
        "t.toml",
    )
    .expect_err("unknown key");
    assert!(e.to_string().contains("forbidd"), "{e}");
    let e = parse_policy("name = \"p\"\n[[rule]]\nid = \"x\"\n", "t.toml").expect_err("no check");
    assert!(e.to_string().contains("checks nothing"), "{e}");
    let e = parse_policy(
        "name = \"p\"\n[[rule]]\nid = \"x\"\nforbid_broken = true\nonly_if = \"nope\"\n",
        "t.toml",
    )
    .expect_err("unknown variable");
    assert!(e.to_string().contains("nope"), "{e}");
    let e = parse_policy(
        "name = \"p\"\n[[rule]]\nid = \"x\"\nforbid_broken = true\n[[rule]]\nid = \"x\"\nforbid_broken = true\n",
        "t.toml",
    )
    .expect_err("duplicate id");
    assert!(e.to_string().contains("two rules"), "{e}");
    let e = parse_policy(
        "name = \"p\"\n[[rule]]\nid = \"x\"\nforbid_broken = true\nstarts = \"2030-13-01\"\n",
        "t.toml",
    )
    .expect_err("bad date");
    assert!(e.to_string().contains("line 5"), "{e}");
    let e = load_policy("no-such-policy").expect_err("unknown built-in");
    assert!(e.to_string().contains("programme-2030"), "{e}");
}

#[test]
fn glob() {
    assert!(glob_match("AES-256-*", "aes-256-gcm"));
    assert!(!glob_match("AES-256-*", "AES-256"));
    assert!(glob_match("*", ""));
    assert!(glob_match("a*b*c", "aXXbYYc"));
    assert!(!glob_match("a*b*c", "aXXbYY"));
    assert!(glob_match(&"*".repeat(200), "x"));
}

// --- Built-ins ------------------------------------------------------------------------------

#[test]
fn builtins_parse() {
    for b in BUILTINS {
        let p = b.policy().unwrap_or_else(|e| panic!("{}: {e}", b.name));
        assert_eq!(p.name, b.name);
        assert!(!p.description.is_empty());
        assert!(!p.rules.is_empty());
    }
}

#[test]
fn nist_ir_8547_verdicts() {
    let p = builtin_policy("nist-ir-8547");
    let rsa = [asset("certificate", "c", &["RSA-2048"])];
    let r2029 = check(&p, &rsa, "2029-06-01");
    assert!(!r2029.fails(false), "{:#?}", r2029.violations);
    assert!(r2029.counts.warnings > 0, "upcoming rules show as warnings");
    let r2031 = check(&p, &rsa, "2031-01-01");
    assert!(!r2031.fails(false), "deprecated is a warning");
    assert!(
        r2031
            .violations
            .iter()
            .any(|v| v.rule == "quantum-vulnerable-112-deprecated" && v.started)
    );
    let r2035 = check(&p, &rsa, "2035-12-31");
    assert!(!r2035.fails(false));
    let r2036 = check(&p, &rsa, "2036-01-01");
    assert!(r2036.fails(false));
    // Broken today.
    assert!(check(&p, &[asset("algorithm", "m", &["MD5"])], "2026-01-01").fails(false));
    // Post-quantum passes throughout.
    let pq = [asset("certificate", "pq", &["ML-DSA-65"])];
    assert_eq!(check(&p, &pq, "2040-01-01").counts.total, 0);
}

#[test]
fn cnsa_2_0_verdicts() {
    let p = builtin_policy("cnsa-2.0");
    let aes128 = [asset("algorithm", "a", &["AES-128-GCM"])];
    assert!(!check(&p, &aes128, "2032-12-31").fails(false));
    assert!(check(&p, &aes128, "2033-01-01").fails(false));
    let good = [
        asset("algorithm", "a", &["AES-256-GCM"]),
        asset("algorithm", "h", &["SHA-384"]),
        asset("certificate", "c", &["ML-DSA-87"]),
        asset("algorithm", "k", &["ML-KEM-1024"]),
    ];
    let r = check(&p, &good, "2040-01-01");
    assert_eq!(r.counts.total, 0, "{:#?}", r.violations);
    // Signing moves first: an ECDSA signature fails from 2030.
    let sig = [asset("certificate", "s", &["SHA384withECDSA"])];
    assert!(!check(&p, &sig, "2029-12-31").fails(false));
    let r = check(&p, &sig, "2030-01-01");
    assert!(
        r.violations
            .iter()
            .any(|v| v.rule == "cnsa2-signing" && v.severity == Severity::Error)
    );
}

#[test]
fn programme_2030_verdicts() {
    let p = builtin_policy("programme-2030");
    let x25519_only = [endpoint("tls", "1.3", &["X25519", "AES-256-GCM"])];
    // Without --tier1 the key-exchange rule is inactive.
    let r = check(&p, &x25519_only, "2030-01-01");
    assert!(!r.fails(false), "{:#?}", r.violations);
    assert!(
        r.rules
            .iter()
            .any(|o| o.id == "pq-key-exchange" && !o.active)
    );
    // With it: a warning before 2030, an error from 2030.
    let before = check_policy(&p, &x25519_only, date("2029-12-31"), &tier1());
    assert!(!before.fails(false));
    assert!(
        before
            .violations
            .iter()
            .any(|v| v.rule == "pq-key-exchange" && v.message.contains("starts 2030-01-01"))
    );
    let after = check_policy(&p, &x25519_only, date("2030-01-01"), &tier1());
    assert!(after.fails(false));
    let hybrid = [endpoint("tls", "1.3", &["X25519MLKEM768", "AES-256-GCM"])];
    assert_eq!(
        check_policy(&p, &hybrid, date("2030-01-01"), &tier1())
            .counts
            .total,
        0
    );
    // 128 bits from 2030.
    let rsa = [asset("certificate", "c", &["RSA-2048"])];
    assert!(!check(&p, &rsa, "2029-12-31").fails(false));
    assert!(check(&p, &rsa, "2030-01-01").fails(false));
}

#[test]
fn sarif_rule_indexes_and_locations() {
    let p = policy(
        "name = \"p\"\n[[rule]]\nid = \"first\"\nforbid = [\"MD5\"]\n[[rule]]\nid = \"second\"\nmin_classical_bits = 128\nseverity = \"warning\"\n",
    );
    let r = check(
        &p,
        &[
            asset("certificate", "c", &["RSA-2048"]),
            endpoint("tls", "1.2", &["DES"]),
        ],
        "2026-01-01",
    );
    let log = sarif_of_report(&r, "0.1.0");
    let run = &log.runs[0];
    assert_eq!(run.tool.driver.rules.len(), 2);
    assert_eq!(run.results.len(), 2);
    for res in &run.results {
        assert_eq!(res.rule_id.as_deref(), Some("second"));
        assert_eq!(res.rule_index, Some(1));
        assert_eq!(res.level, Some(mamori_formats::sarif::Level::Warning));
    }
    let pl = run.results[0].locations[0]
        .physical_location
        .as_ref()
        .expect("physical location");
    assert_eq!(pl.artifact_location.uri.as_deref(), Some("src/c.pem"));
    assert_eq!(pl.region.as_ref().and_then(|r| r.start_line), Some(3));
    // The endpoint points at the CBOM file.
    let pl = run.results[1].locations[0]
        .physical_location
        .as_ref()
        .expect("physical location");
    assert_eq!(pl.artifact_location.uri.as_deref(), Some("cbom.json"));
    assert!(pl.region.is_none());
}

#[test]
fn certificate_and_its_key_at_one_place_report_once() {
    let p = policy("name = \"p\"\n[[rule]]\nid = \"b\"\nforbid_broken = true\n");
    let cert = asset("certificate", "c", &["SHA256withRSA", "RSA-1024"]);
    let mut public = asset(
        "related-crypto-material",
        "RSA-1024 public key",
        &["RSA-1024"],
    );
    public.locations.clone_from(&cert.locations);
    let mut private = asset(
        "related-crypto-material",
        "RSA-1024 private key",
        &["RSA-1024"],
    );
    private.locations = vec!["src/c.key:1".into()];
    let r = check(&p, &[cert, public, private], "2026-01-01");
    let assets: Vec<&str> = r.violations.iter().map(|v| v.asset.as_str()).collect();
    assert_eq!(assets, ["c", "RSA-1024 private key"]);
}

#[test]
fn sarif_protocol_found_in_configuration_points_at_the_file() {
    let p = policy("name = \"p\"\n[[rule]]\nid = \"pq\"\nrequire_pq_key_exchange = [\"tls\"]\n");
    let mut conf = endpoint("tls", "1.3", &["X25519"]);
    conf.locations = vec!["etc/nginx/nginx.conf:12".into()];
    let r = check(&p, &[conf], "2026-01-01");
    let log = sarif_of_report(&r, "0.1.0");
    let pl = log.runs[0].results[0].locations[0]
        .physical_location
        .as_ref()
        .expect("physical location");
    assert_eq!(
        pl.artifact_location.uri.as_deref(),
        Some("etc/nginx/nginx.conf")
    );
    assert_eq!(pl.region.as_ref().and_then(|r| r.start_line), Some(12));
}

#[test]
fn cnsa_2_0_networking_moves_in_2030_web_in_2033() {
    let p = builtin_policy("cnsa-2.0");
    let ssh = [endpoint("ssh", "2.0", &["X25519", "AES-256-GCM"])];
    let tls = [endpoint("tls", "1.3", &["X25519", "AES-256-GCM"])];
    assert!(!check(&p, &ssh, "2029-12-31").fails(false));
    let r = check(&p, &ssh, "2030-01-01");
    assert!(
        r.violations
            .iter()
            .any(|v| v.rule == "cnsa2-networking" && v.started)
    );
    assert!(!check(&p, &tls, "2032-12-31").fails(false));
    assert!(check(&p, &tls, "2033-01-01").fails(false));
}

#[test]
fn only_if_variables_and_overrides() {
    let p = policy(
        "name = \"p\"\n[variables]\nstrict_mode = false\n[[rule]]\nid = \"x\"\nforbid = [\"*\"]\nonly_if = \"strict_mode\"\n",
    );
    let a = [asset("algorithm", "a", &["AES-256-GCM"])];
    let off = check(&p, &a, "2026-01-01");
    assert_eq!(off.counts.total, 0);
    assert!(!off.rules[0].active);
    let on = check_policy(
        &p,
        &a,
        date("2026-01-01"),
        &BTreeMap::from([("strict_mode".to_owned(), true)]),
    );
    assert_eq!(on.counts.errors, 1);
    assert!(on.rules[0].active);
}
