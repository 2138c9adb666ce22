//! `mamori ca`, `mamori seal` and `mamori verify` end to end, with encrypted keys.

mod common;

use common::mamori;

#[test]
fn ca_seal_verify_revoke_from_the_command_line() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    let p_ca = t.join("ca").to_string_lossy().into_owned();
    let p_ca_pass = t.join("ca.pass").to_string_lossy().into_owned();
    let p_ca_ca_pem = t.join("ca/ca.pem").to_string_lossy().into_owned();
    let p_ca_crl_pem = t.join("ca/crl.pem").to_string_lossy().into_owned();
    let p_missing_json = t.join("missing.json").to_string_lossy().into_owned();
    let p_org_pass = t.join("org.pass").to_string_lossy().into_owned();
    let p_other = t.join("other").to_string_lossy().into_owned();
    let p_other_ca_pem = t.join("other/ca.pem").to_string_lossy().into_owned();
    let p_port = t.join("port").to_string_lossy().into_owned();
    let p_port_seal_key = t.join("port/seal.key").to_string_lossy().into_owned();
    let p_port_seal_pem = t.join("port/seal.pem").to_string_lossy().into_owned();
    let p_report_json = t.join("report.json").to_string_lossy().into_owned();
    let p_ts_json = t.join("ts.json").to_string_lossy().into_owned();
    let p_tampered_json = t.join("tampered.json").to_string_lossy().into_owned();
    std::fs::write(t.join("ca.pass"), "ca secret\n").unwrap();
    std::fs::write(t.join("org.pass"), "org secret\n").unwrap();
    let (code, _, err) = mamori(&[
        "ca",
        "init",
        "--name",
        "Hub CA",
        "--country",
        "JP",
        "--out",
        &p_ca,
        "--passphrase-file",
        &p_ca_pass,
    ]);
    assert_eq!(code, 0, "{err}");
    // The encrypted CA key cannot be used without its passphrase.
    let (code, _, err) = mamori(&["ca", "crl", "--ca", &p_ca]);
    assert_eq!(code, 2);
    assert!(err.contains("passphrase"), "{err}");
    let (code, out, err) = mamori(&[
        "ca",
        "issue",
        "--ca",
        &p_ca,
        "--ca-passphrase-file",
        &p_ca_pass,
        "--org",
        "Example Port Authority",
        "--org-id",
        "NTRJP-1234567890123",
        "--country",
        "JP",
        "--out",
        &p_port,
        "--passphrase-file",
        &p_org_pass,
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("issued serial"), "{out}");
    std::fs::write(
        t.join("report.json"),
        r#"{"kind": "incident", "iocs": ["198.51.100.7"]}"#,
    )
    .unwrap();
    let seal_args = [
        "seal",
        &p_report_json,
        "--key",
        &p_port_seal_key,
        "--cert",
        &p_port_seal_pem,
        "--passphrase-file",
        &p_org_pass,
    ];
    let (code, _, err) = mamori(&seal_args);
    assert_eq!(code, 0, "{err}");
    let sealed_path = t.join("report.json.sealed.json");
    let sealed = sealed_path.to_string_lossy().into_owned();
    let (code, out, _) = mamori(&[
        "verify",
        &sealed,
        "--trust",
        &p_ca_ca_pem,
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["valid"], true);
    assert_eq!(v["organization_identifier"], "NTRJP-1234567890123");
    // Tampered: exit 1 with the reason.
    let text = std::fs::read_to_string(&sealed_path).unwrap();
    let mut env: serde_json::Value = serde_json::from_str(&text).unwrap();
    env["payload"] = serde_json::Value::String("eyJraW5kIjoibm90aGluZyJ9".into());
    std::fs::write(t.join("tampered.json"), env.to_string()).unwrap();
    let (code, out, _) = mamori(&["verify", &p_tampered_json, "--trust", &p_ca_ca_pem]);
    assert_eq!(code, 1);
    assert!(out.contains("INVALID: the payload was changed"), "{out}");
    // Another CA's root is not a trust anchor for it.
    let (code, _, _) = mamori(&["ca", "init", "--name", "Other", "--out", &p_other]);
    assert_eq!(code, 0);
    let (code, out, _) = mamori(&["verify", &sealed, "--trust", &p_other_ca_pem]);
    assert_eq!(code, 1);
    assert!(out.contains("not issued by a trusted CA"), "{out}");
    // Revoked, published in the CRL.
    let ca_pass = ["--ca-passphrase-file", &p_ca_pass];
    let (code, _, err) = mamori(
        &[
            &[
                "ca",
                "revoke",
                "--ca",
                &p_ca,
                &p_port_seal_pem,
                "--reason",
                "key-compromise",
            ][..],
            &ca_pass,
        ]
        .concat(),
    );
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = mamori(&[&["ca", "crl", "--ca", &p_ca][..], &ca_pass].concat());
    assert_eq!(code, 0, "{err}");
    let (code, out, _) = mamori(&[
        "verify",
        &sealed,
        "--trust",
        &p_ca_ca_pem,
        "--crl",
        &p_ca_crl_pem,
    ]);
    assert_eq!(code, 1);
    assert!(out.contains("revoked"), "{out}");
    // A time-stamped seal through `mamori tsa serve`, a real server process on loopback.
    let port = common::free_port();
    let mut server = std::process::Command::new(env!("CARGO_BIN_EXE_mamori"))
        .args([
            "tsa",
            "serve",
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--ca",
            &p_ca,
            "--ca-passphrase-file",
            &p_ca_pass,
        ])
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            std::time::Instant::now() < deadline,
            "the TSA did not start"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let tsa_url = format!("http://127.0.0.1:{port}/");
    let (code, _, err) = mamori(&[&seal_args[..], &["--tsa", &tsa_url, "-o", &p_ts_json]].concat());
    let _ = server.kill();
    let _ = server.wait();
    assert_eq!(code, 0, "{err}");
    let (code, out, _) = mamori(&["verify", &p_ts_json, "--trust", &p_ca_ca_pem]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("time-stamped"), "{out}");
    // Usage errors exit 2.
    let (code, _, _) = mamori(&["verify", &p_missing_json, "--trust", &p_ca_ca_pem]);
    assert_eq!(code, 2);
}
