//! `mamori scan tls` against real `openssl s_server` instances on 127.0.0.1, each configured
//! with known versions, suites, groups and ordering: mamori must report exactly those sets.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::cargo::CommandCargoExt;
use serde_json::Value;

struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn workdir() -> &'static PathBuf {
    static DIR: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    DIR.get_or_init(|| {
        let dir =
            Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("tls-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        let ok = Command::new("openssl")
            .args([
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "key.pem", "-out",
                "cert.pem",
            ])
            .args(["-subj", "/CN=tls.example.test", "-days", "30", "-sha256"])
            .current_dir(&dir)
            .stderr(Stdio::null())
            .status()
            .expect("openssl runs")
            .success();
        assert!(ok, "certificate generation failed");
        let ok = Command::new("openssl")
            .args([
                "genpkey",
                "-genparam",
                "-algorithm",
                "DH",
                "-pkeyopt",
                "group:ffdhe2048",
                "-out",
                "dh.pem",
            ])
            .current_dir(&dir)
            .status()
            .expect("openssl runs")
            .success();
        assert!(ok, "DH parameters");
        dir
    })
}

fn s_server(args: &[&str]) -> Server {
    let dir = workdir();
    for _ in 0..5 {
        let port = common::free_port();
        let child = Command::new("openssl")
            .args(["s_server", "-quiet", "-accept"])
            .arg(format!("127.0.0.1:{port}"))
            .args(["-cert", "cert.pem", "-key", "key.pem"])
            .args(args)
            .current_dir(dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("openssl s_server starts");
        let mut server = Server { child, port };
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return server;
            }
            if let Ok(Some(_)) = server.child.try_wait() {
                break;
            }
            std::thread::sleep(Duration::from_millis(30));
        }
    }
    panic!("openssl s_server {args:?} did not start");
}

fn scan(port: u16) -> (i32, Value) {
    common::scan_json("tls", port, &[])
}

#[test]
fn tls12_fixed_suites_server_order() {
    let s = s_server(&[
        "-tls1_2",
        "-cipher",
        "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES128-GCM-SHA256",
        "-serverpref",
        "-groups",
        "X25519:P-256",
        "-dhparam",
        "dh.pem",
    ]);
    let (code, r) = scan(s.port);
    let tls = &r["tls"];
    assert_eq!(r["error"], Value::Null, "{r}");
    assert_eq!(common::strings(&tls["versions"]), ["TLSv1.2"]);
    assert_eq!(
        common::strings(&tls["cipher_suites"]["TLSv1.2"]),
        [
            "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"
        ]
    );
    assert_eq!(tls["server_order"]["TLSv1.2"], true);
    // Groups are listed in codepoint order.
    assert_eq!(common::strings(&tls["groups"]), ["secp256r1", "x25519"]);
    assert_eq!(tls["dhe_bits"], 2048);
    // OpenSSL follows the client's signature preference, which leads with RSA-PSS for RSA keys.
    assert_eq!(
        common::strings(&tls["signature_schemes"]),
        ["rsa_pss_rsae_sha256"]
    );
    let certs = tls["certificates"].as_array().expect("certificates");
    assert_eq!(certs.len(), 1);
    assert_eq!(certs[0]["subject"], "CN=tls.example.test");
    assert_eq!(certs[0]["key_algorithm"], "RSA-2048");
    assert_eq!(certs[0]["signature_algorithm"], "SHA256withRSA");
    assert_eq!(r["verdict"]["kex_quantum_safe"], false);
    assert_eq!(r["verdict"]["auth_quantum_safe"], false);
    assert_eq!(common::strings(&r["verdict"]["broken"]), Vec::<&str>::new());
    assert_eq!(code, 0);
}

#[test]
fn client_order_is_detected() {
    let s = s_server(&[
        "-tls1_2",
        "-cipher",
        "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256",
    ]);
    let (_, r) = scan(s.port);
    assert_eq!(r["tls"]["server_order"]["TLSv1.2"], false, "{r}");
    assert_eq!(
        r["tls"]["cipher_suites"]["TLSv1.2"]
            .as_array()
            .map(Vec::len),
        Some(2)
    );
}

#[test]
fn tls13_only() {
    let s = s_server(&[
        "-tls1_3",
        "-ciphersuites",
        "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        "-groups",
        "P-384:X25519",
    ]);
    let (_, r) = scan(s.port);
    let tls = &r["tls"];
    assert_eq!(r["error"], Value::Null, "{r}");
    assert_eq!(common::strings(&tls["versions"]), ["TLSv1.3"]);
    let mut suites = common::strings(&tls["cipher_suites"]["TLSv1.3"]);
    suites.sort_unstable();
    assert_eq!(
        suites,
        ["TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256"]
    );
    assert_eq!(common::strings(&tls["groups"]), ["secp384r1", "x25519"]);
    assert_eq!(r["verdict"]["kex_quantum_safe"], false);
}

#[test]
fn tls13_suites_are_found_when_the_server_asks_for_another_key_share() {
    // None of the key shares a first hello carries (x25519, P-256) suits this server: every
    // answer is a HelloRetryRequest, which still names the suite.
    let s = s_server(&[
        "-tls1_3",
        "-ciphersuites",
        "TLS_AES_128_GCM_SHA256",
        "-groups",
        "P-521:X448",
    ]);
    let (_, r) = scan(s.port);
    let tls = &r["tls"];
    assert_eq!(common::strings(&tls["versions"]), ["TLSv1.3"], "{r}");
    assert_eq!(
        common::strings(&tls["cipher_suites"]["TLSv1.3"]),
        ["TLS_AES_128_GCM_SHA256"],
        "{r}"
    );
    assert_eq!(
        common::strings(&tls["groups"]),
        ["secp521r1", "x448"],
        "{r}"
    );
}

#[test]
fn legacy_tls10_with_weak_suites_is_broken() {
    // Debian's OpenSSL 3.0 has no 3DES or RC4 left for TLS; NULL encryption is still there.
    let s = s_server(&["-tls1", "-cipher", "AES128-SHA:NULL-SHA:@SECLEVEL=0"]);
    let (code, r) = scan(s.port);
    let tls = &r["tls"];
    assert_eq!(r["error"], Value::Null, "{r}");
    assert_eq!(common::strings(&tls["versions"]), ["TLSv1.0"]);
    let mut suites = common::strings(&tls["cipher_suites"]["TLSv1.0"]);
    suites.sort_unstable();
    assert_eq!(
        suites,
        ["TLS_RSA_WITH_AES_128_CBC_SHA", "TLS_RSA_WITH_NULL_SHA"]
    );
    let broken = common::strings(&r["verdict"]["broken"]).join("\n");
    assert!(broken.contains("protocol TLSv1.0"), "{broken}");
    assert!(broken.contains("TLS_RSA_WITH_NULL_SHA"), "{broken}");
    assert_eq!(code, 1);
}

/// A minimal SMTP front: greets, answers EHLO and STARTTLS, then relays raw bytes to a real
/// TLS server — exactly what a mail server does once STARTTLS is accepted.
fn smtp_front(backend: u16) -> u16 {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    std::thread::spawn(move || {
        for client in listener.incoming().flatten() {
            std::thread::spawn(move || {
                let mut w = client.try_clone().expect("clone");
                let mut r = BufReader::new(client.try_clone().expect("clone"));
                let mut line = String::new();
                let _ = w.write_all(b"220 front.example.test ESMTP\r\n");
                for answer in [
                    &b"250-front.example.test\r\n250 STARTTLS\r\n"[..],
                    b"220 2.0.0 Ready to start TLS\r\n",
                ] {
                    line.clear();
                    if r.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    let _ = w.write_all(answer);
                }
                let Ok(up) = std::net::TcpStream::connect(("127.0.0.1", backend)) else {
                    return;
                };
                let (mut up_r, mut up_w) = (up.try_clone().expect("clone"), up);
                let mut down_w = w;
                // Closing one side closes the other, as the real server's close would.
                std::thread::spawn(move || {
                    let _ = std::io::copy(&mut up_r, &mut down_w);
                    let _ = down_w.shutdown(std::net::Shutdown::Both);
                });
                let _ = std::io::copy(&mut r, &mut up_w);
                let _ = up_w.shutdown(std::net::Shutdown::Both);
            });
        }
    });
    port
}

#[test]
fn starttls_smtp() {
    let s = s_server(&[
        "-tls1_2",
        "-cipher",
        "ECDHE-RSA-AES128-GCM-SHA256",
        "-groups",
        "X25519",
    ]);
    let front = smtp_front(s.port);
    let out = Command::cargo_bin("mamori")
        .expect("binary")
        .args([
            "scan",
            "tls",
            &format!("127.0.0.1:{front}"),
            "--starttls",
            "smtp",
            "--format",
            "json",
        ])
        .output()
        .expect("mamori runs");
    let r: Value = serde_json::from_str(
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .next()
            .unwrap_or(""),
    )
    .expect("JSON");
    assert_eq!(r["error"], Value::Null, "{r}");
    assert_eq!(common::strings(&r["tls"]["versions"]), ["TLSv1.2"]);
    assert_eq!(
        common::strings(&r["tls"]["cipher_suites"]["TLSv1.2"]),
        ["TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"]
    );
    assert_eq!(common::strings(&r["tls"]["groups"]), ["x25519"]);
    // Without the preamble the same port does not speak TLS: an error, not a crash.
    let (code, plain) = scan(front);
    assert_eq!(code, 2, "{plain}");
    assert!(plain["error"].is_string(), "{plain}");
}

#[test]
fn sni_selects_the_virtual_host() {
    let dir = workdir();
    let ok = Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            "vhost.key",
            "-out",
            "vhost.pem",
        ])
        .args(["-subj", "/CN=vhost.example.test", "-days", "30"])
        .current_dir(dir)
        .stderr(Stdio::null())
        .status()
        .expect("openssl runs")
        .success();
    assert!(ok);
    let s = s_server(&[
        "-tls1_2",
        "-servername",
        "vhost.example.test",
        "-cert2",
        "vhost.pem",
        "-key2",
        "vhost.key",
    ]);
    let subject = |extra: &[&str]| {
        let (_, r) = common::scan_json("tls", s.port, extra);
        r["tls"]["certificates"][0]["subject"]
            .as_str()
            .unwrap_or("")
            .to_string()
    };
    assert_eq!(subject(&[]), "CN=tls.example.test");
    assert_eq!(
        subject(&["--sni", "vhost.example.test"]),
        "CN=vhost.example.test"
    );
}

#[test]
fn sha1_key_exchange_signatures_are_broken() {
    let s = s_server(&[
        "-tls1_2",
        "-cipher",
        "ECDHE-RSA-AES128-GCM-SHA256:@SECLEVEL=0",
        "-sigalgs",
        "RSA+SHA1",
    ]);
    let (code, r) = scan(s.port);
    assert_eq!(
        common::strings(&r["tls"]["signature_schemes"]),
        ["rsa_pkcs1_sha1"],
        "{r}"
    );
    let broken = common::strings(&r["verdict"]["broken"]).join("\n");
    assert!(
        broken.contains("signature scheme rsa_pkcs1_sha1"),
        "{broken}"
    );
    assert_eq!(code, 1);
}
