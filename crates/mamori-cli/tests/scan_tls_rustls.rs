//! `mamori scan tls` against a rustls server (aws-lc-rs provider) that offers the hybrid
//! post-quantum group X25519MLKEM768: mamori must find it, call the key exchange quantum-safe,
//! and read the certificate chain over TLS 1.3.

mod common;

use std::path::Path;
use std::process::Command;
use std::sync::Arc;

use assert_cmd::cargo::CommandCargoExt;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use serde_json::Value;

fn certificate(dir: &Path) -> (Vec<CertificateDer<'static>>, PrivateKeyDer<'static>) {
    let ok = Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-nodes",
        ])
        .args([
            "-keyout",
            "key.pem",
            "-out",
            "cert.pem",
            "-subj",
            "/CN=pq.example.test",
            "-days",
            "30",
        ])
        .current_dir(dir)
        .stderr(std::process::Stdio::null())
        .status()
        .expect("openssl runs")
        .success();
    assert!(ok, "certificate generation failed");
    let certs = CertificateDer::pem_file_iter(dir.join("cert.pem"))
        .expect("cert file")
        .collect::<Result<Vec<_>, _>>()
        .expect("certs");
    let key = PrivateKeyDer::from_pem_file(dir.join("key.pem")).expect("key");
    (certs, key)
}

/// Serves TLS with rustls on an ephemeral loopback port until the runtime is dropped.
fn rustls_server(
    name: &str,
    rt: &tokio::runtime::Runtime,
    versions: &[&'static rustls::SupportedProtocolVersion],
) -> u16 {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("rustls-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let (certs, key) = certificate(&dir);
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_protocol_versions(versions)
        .expect("versions")
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .expect("server config");
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .expect("bind");
    let port = listener.local_addr().expect("addr").port();
    rt.spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                // Scanner connections stop mid-handshake: errors are expected and ignored.
                let _ = acceptor.accept(stream).await;
            });
        }
    });
    port
}

fn scan(port: u16) -> Value {
    common::scan_json("tls", port, &[]).1
}

#[test]
fn hybrid_post_quantum_group_is_found() {
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let port = rustls_server(
        "hybrid",
        &rt,
        &[&rustls::version::TLS13, &rustls::version::TLS12],
    );
    let r = scan(port);
    let tls = &r["tls"];
    assert_eq!(r["error"], Value::Null, "{r}");
    assert_eq!(common::strings(&tls["versions"]), ["TLSv1.2", "TLSv1.3"]);
    // rustls 0.23 with aws-lc-rs: these groups, in codepoint order.
    assert_eq!(
        common::strings(&tls["groups"]),
        ["secp256r1", "secp384r1", "x25519", "X25519MLKEM768"],
        "{tls}"
    );
    let mut suites13 = common::strings(&tls["cipher_suites"]["TLSv1.3"]);
    suites13.sort_unstable();
    assert_eq!(
        suites13,
        [
            "TLS_AES_128_GCM_SHA256",
            "TLS_AES_256_GCM_SHA384",
            "TLS_CHACHA20_POLY1305_SHA256"
        ]
    );
    assert_eq!(r["verdict"]["kex_quantum_safe"], true, "{r}");
    assert_eq!(r["verdict"]["auth_quantum_safe"], false);
    assert_eq!(common::strings(&r["verdict"]["broken"]), Vec::<&str>::new());
}

#[test]
fn tls13_only_chain_is_read_through_a_real_handshake() {
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let port = rustls_server("tls13", &rt, &[&rustls::version::TLS13]);
    let r = scan(port);
    let tls = &r["tls"];
    assert_eq!(common::strings(&tls["versions"]), ["TLSv1.3"], "{r}");
    let certs = tls["certificates"].as_array().expect("certificates");
    assert_eq!(certs.len(), 1, "{tls}");
    assert_eq!(certs[0]["subject"], "CN=pq.example.test");
    assert_eq!(certs[0]["key_algorithm"], "EC-P-256");
    assert_eq!(certs[0]["signature_algorithm"], "SHA256withECDSA");
}

#[test]
fn endpoint_cbom_has_protocol_assets_linked_to_algorithms_and_certificate() {
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let port = rustls_server(
        "cbom",
        &rt,
        &[&rustls::version::TLS13, &rustls::version::TLS12],
    );
    let out_file = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("tls-cbom-{}.json", std::process::id()));
    let status = Command::cargo_bin("mamori")
        .expect("binary")
        .args([
            "scan",
            "tls",
            &format!("127.0.0.1:{port}"),
            "--format",
            "cbom",
            "-o",
        ])
        .arg(&out_file)
        .status()
        .expect("mamori runs");
    assert!(status.code() == Some(0) || status.code() == Some(1));
    let bom: Value =
        serde_json::from_slice(&std::fs::read(&out_file).expect("written")).expect("JSON");
    let _ = std::fs::remove_file(&out_file);
    if let Err(errors) = mamori_formats::testing::validate_cyclonedx_1_6(&bom) {
        panic!("CBOM does not validate:\n{}", errors.join("\n"));
    }
    let components = bom["components"].as_array().expect("components");
    let by_ref = |r: &str| components.iter().find(|c| c["bom-ref"] == r);
    let protocols: Vec<&Value> = components
        .iter()
        .filter(|c| c["cryptoProperties"]["assetType"] == "protocol")
        .collect();
    let versions: Vec<&str> = protocols
        .iter()
        .filter_map(|p| p["cryptoProperties"]["protocolProperties"]["version"].as_str())
        .collect();
    assert_eq!(versions.len(), 2, "{versions:?}");
    assert!(versions.contains(&"1.2") && versions.contains(&"1.3"));
    let tls13 = protocols
        .iter()
        .find(|p| p["cryptoProperties"]["protocolProperties"]["version"] == "1.3")
        .expect("TLS 1.3");
    let props = &tls13["cryptoProperties"]["protocolProperties"];
    assert_eq!(props["type"], "tls");
    let suite = props["cipherSuites"]
        .as_array()
        .expect("suites")
        .iter()
        .find(|s| s["name"] == "TLS_AES_128_GCM_SHA256")
        .expect("TLS_AES_128_GCM_SHA256");
    assert_eq!(suite["identifiers"], serde_json::json!(["0x13", "0x01"]));
    for r in suite["algorithms"].as_array().expect("algorithms") {
        let c = by_ref(r.as_str().unwrap_or("")).expect("suite algorithm component");
        assert_eq!(c["cryptoProperties"]["assetType"], "algorithm");
    }
    // The endpoint links the hybrid group and the certificate it presented.
    let linked: Vec<&Value> = props["cryptoRefArray"]
        .as_array()
        .expect("refs")
        .iter()
        .filter_map(|r| by_ref(r.as_str().unwrap_or("")))
        .collect();
    assert!(
        linked.iter().any(|c| c["name"] == "X25519MLKEM768"),
        "{linked:?}"
    );
    assert!(
        linked
            .iter()
            .any(|c| c["cryptoProperties"]["assetType"] == "certificate"),
        "{linked:?}"
    );
}
