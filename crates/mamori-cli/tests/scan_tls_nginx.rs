//! `mamori scan tls` against real nginx (Debian package `nginx`) on 127.0.0.1, one nginx per
//! test, each serving a known TLS configuration. The expectations are what nginx and OpenSSL
//! really do: every one was checked with `openssl s_client`, and where a configuration relies
//! on OpenSSL's defaults (nginx's default `ssl_ciphers`, default groups) the test asks
//! `openssl s_client` at run time for the truth instead of hard-coding one OpenSSL release.
//!
//! nginx must be installed (`apt-get install nginx`); these tests fail loudly otherwise.

mod common;

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use serde_json::Value;

// ---------------------------------------------------------------------------------------------
// Certificates

/// The per-process directory holding the test PKI.
fn pki() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir =
            Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("nginx-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("pki dir");
        let days = ["-days", "30"];
        // 1: self-signed EC P-256.
        openssl(
            &dir,
            &[
                "req",
                "-x509",
                "-newkey",
                "ec",
                "-pkeyopt",
                "ec_paramgen_curve:P-256",
                "-nodes",
                "-keyout",
                "ec256.key",
                "-out",
                "ec256.pem",
                "-subj",
                "/CN=ecdsa.nginx.test",
                "-sha256",
            ],
            &days,
        );
        // 2: a test CA (EC P-384) and an RSA-3072 leaf it signs with SHA-384.
        openssl(
            &dir,
            &[
                "req",
                "-x509",
                "-newkey",
                "ec",
                "-pkeyopt",
                "ec_paramgen_curve:P-384",
                "-nodes",
                "-keyout",
                "ca.key",
                "-out",
                "ca.pem",
                "-subj",
                "/CN=mamori nginx test CA",
                "-sha384",
                "-addext",
                "basicConstraints=critical,CA:TRUE",
                "-addext",
                "keyUsage=critical,keyCertSign,cRLSign",
            ],
            &days,
        );
        openssl(
            &dir,
            &[
                "req",
                "-new",
                "-newkey",
                "rsa:3072",
                "-nodes",
                "-keyout",
                "rsa3072.key",
                "-out",
                "rsa3072.csr",
                "-subj",
                "/CN=rsa.nginx.test",
            ],
            &[],
        );
        std::fs::write(
            dir.join("leaf.ext"),
            "basicConstraints=critical,CA:FALSE\n\
             keyUsage=critical,digitalSignature,keyEncipherment\n\
             extendedKeyUsage=serverAuth\n\
             subjectAltName=DNS:rsa.nginx.test\n",
        )
        .expect("leaf.ext");
        openssl(
            &dir,
            &[
                "x509",
                "-req",
                "-in",
                "rsa3072.csr",
                "-CA",
                "ca.pem",
                "-CAkey",
                "ca.key",
                "-CAcreateserial",
                "-extfile",
                "leaf.ext",
                "-sha384",
                "-out",
                "rsa3072.pem",
            ],
            &days,
        );
        let leaf = std::fs::read_to_string(dir.join("rsa3072.pem")).expect("leaf");
        let ca = std::fs::read_to_string(dir.join("ca.pem")).expect("ca");
        std::fs::write(dir.join("rsa3072-chain.pem"), format!("{leaf}{ca}")).expect("chain");
        // 3: self-signed EC P-384.
        openssl(
            &dir,
            &[
                "req",
                "-x509",
                "-newkey",
                "ec",
                "-pkeyopt",
                "ec_paramgen_curve:P-384",
                "-nodes",
                "-keyout",
                "ec384.key",
                "-out",
                "ec384.pem",
                "-subj",
                "/CN=tls13.nginx.test",
                "-sha384",
            ],
            &days,
        );
        // 4: self-signed RSA-2048 and RFC 7919 ffdhe2048 parameters.
        openssl(
            &dir,
            &[
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-keyout",
                "rsa2048.key",
                "-out",
                "rsa2048.pem",
                "-subj",
                "/CN=legacy.nginx.test",
                "-sha256",
            ],
            &days,
        );
        openssl(
            &dir,
            &[
                "genpkey",
                "-genparam",
                "-algorithm",
                "DH",
                "-pkeyopt",
                "group:ffdhe2048",
                "-out",
                "dh2048.pem",
            ],
            &[],
        );
        dir
    })
}

fn openssl(dir: &Path, args: &[&str], more: &[&str]) {
    let out = Command::new("openssl")
        .args(args)
        .args(more)
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .expect("openssl runs");
    assert!(
        out.status.success(),
        "openssl {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn pki_file(name: &str) -> String {
    pki().join(name).display().to_string()
}

// ---------------------------------------------------------------------------------------------
// nginx

struct Nginx {
    child: Child,
    prefix: PathBuf,
    ports: Vec<u16>,
}

impl Drop for Nginx {
    fn drop(&mut self) {
        // SIGTERM lets the master stop its workers; SIGKILL would orphan them.
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Nginx {
    fn log(&self) -> String {
        std::fs::read_to_string(self.prefix.join("error.log")).unwrap_or_default()
    }
}

/// Starts nginx in the foreground with one TLS server block per entry of `servers` (the
/// block's directives, without `listen`), each on its own ephemeral port.
fn nginx(servers: &[String]) -> Nginx {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let mut last_log = String::new();
    for _ in 0..5 {
        let prefix = pki().join(format!("nginx-{}", NEXT.fetch_add(1, Ordering::Relaxed)));
        std::fs::create_dir_all(prefix.join("tmp")).expect("prefix");
        let ports: Vec<u16> = servers.iter().map(|_| common::free_port()).collect();
        let p = prefix.display();
        let mut conf = format!(
            "worker_processes 1;\n\
             pid {p}/nginx.pid;\n\
             error_log {p}/error.log notice;\n\
             events {{ worker_connections 64; }}\n\
             http {{\n\
             access_log off;\n\
             client_body_temp_path {p}/tmp/body;\n\
             proxy_temp_path {p}/tmp/proxy;\n\
             fastcgi_temp_path {p}/tmp/fastcgi;\n\
             uwsgi_temp_path {p}/tmp/uwsgi;\n\
             scgi_temp_path {p}/tmp/scgi;\n"
        );
        for (port, body) in ports.iter().zip(servers) {
            conf.push_str(&format!(
                "server {{\nlisten 127.0.0.1:{port} ssl;\n{body}\nreturn 200 \"mamori\\n\";\n}}\n"
            ));
        }
        conf.push_str("}\n");
        std::fs::write(prefix.join("nginx.conf"), conf).expect("nginx.conf");
        let child = Command::new("nginx")
            .arg("-p")
            .arg(format!("{p}/"))
            .arg("-c")
            .arg(prefix.join("nginx.conf"))
            .arg("-e")
            .arg(prefix.join("error.log"))
            .args(["-g", "daemon off;"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("nginx starts (apt-get install nginx)");
        let mut server = Nginx {
            child,
            prefix,
            ports,
        };
        let pid = server.child.id().to_string();
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = server.child.try_wait() {
                break;
            }
            // The pid file is written after every listening socket is bound.
            let pid_file = std::fs::read_to_string(server.prefix.join("nginx.pid"));
            if pid_file.is_ok_and(|s| s.trim() == pid)
                && server
                    .ports
                    .iter()
                    .all(|port| TcpStream::connect(("127.0.0.1", *port)).is_ok())
            {
                return server;
            }
            std::thread::sleep(Duration::from_millis(30));
        }
        last_log = server.log();
        assert!(
            last_log.contains("Address already in use"),
            "nginx did not start:\n{last_log}"
        );
        // Another process took one of the ports: try new ones.
    }
    panic!("nginx did not start after 5 attempts:\n{last_log}");
}

// ---------------------------------------------------------------------------------------------
// mamori

fn scan(port: u16) -> (i32, Value) {
    common::scan_json("tls", port, &[])
}

fn sorted(mut v: Vec<&str>) -> Vec<&str> {
    v.sort_unstable();
    v
}

/// Checks one reported certificate against the PEM file it came from: names and algorithms
/// as given, fingerprint and expiry as `openssl x509` reads them.
fn assert_certificate(
    c: &Value,
    file: &str,
    subject: &str,
    issuer: &str,
    key: (&str, u64),
    signature: &str,
) {
    assert_eq!(c["subject"], subject, "{c}");
    assert_eq!(c["issuer"], issuer, "{c}");
    assert_eq!(c["key_algorithm"], key.0, "{c}");
    assert_eq!(c["key_size"], key.1, "{c}");
    assert_eq!(c["signature_algorithm"], signature, "{c}");
    let out = Command::new("openssl")
        .args([
            "x509",
            "-noout",
            "-enddate",
            "-fingerprint",
            "-sha256",
            "-in",
        ])
        .arg(pki().join(file))
        .output()
        .expect("openssl x509");
    let text = String::from_utf8_lossy(&out.stdout);
    let field = |prefix: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(prefix))
            .unwrap_or_else(|| panic!("{prefix} in {text}"))
            .to_string()
    };
    let fingerprint = field("sha256 Fingerprint=").replace(':', "").to_lowercase();
    assert_eq!(c["fingerprint_sha256"], fingerprint.as_str(), "{c}");
    // "Dec 25 19:18:07 2026 GMT" -> "2026-12-25T19:18:07Z"
    let end = field("notAfter=");
    let parts: Vec<&str> = end.split_whitespace().collect();
    let month = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    .iter()
    .position(|m| *m == parts[0])
    .expect("month")
        + 1;
    let day: u32 = parts[1].parse().expect("day");
    let not_after = format!("{}-{month:02}-{day:02}T{}Z", parts[3], parts[2]);
    assert_eq!(c["not_after"], not_after.as_str(), "{c}");
}

// ---------------------------------------------------------------------------------------------
// The oracle: OpenSSL's own client

/// What `openssl s_client` negotiated, if the handshake completed.
#[derive(Debug)]
struct Handshake {
    /// OpenSSL's name of the suite.
    cipher: String,
    /// The `Server Temp Key` line: `X25519, 253 bits`, `ECDH, secp384r1, 384 bits`, `DH, 2048
    /// bits`.
    temp_key: Option<String>,
}

fn s_client(port: u16, args: &[&str]) -> Option<Handshake> {
    let out = Command::new("openssl")
        .arg("s_client")
        .arg("-connect")
        .arg(format!("127.0.0.1:{port}"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("openssl s_client");
    let text = String::from_utf8_lossy(&out.stdout);
    let cipher = text
        .lines()
        .find(|l| l.starts_with("New, "))
        .and_then(|l| l.split_once("Cipher is "))
        .map(|(_, c)| c.trim().to_string())
        .filter(|c| c != "(NONE)")?;
    let temp_key = text
        .lines()
        .find_map(|l| l.strip_prefix("Server Temp Key: "))
        .map(str::to_string);
    Some(Handshake { cipher, temp_key })
}

/// OpenSSL suite name -> IANA name, for every suite this OpenSSL knows.
fn iana_name(openssl_name: &str) -> String {
    static MAP: OnceLock<Vec<(String, String)>> = OnceLock::new();
    let map = MAP.get_or_init(|| {
        let out = Command::new("openssl")
            .args(["ciphers", "-stdname", "ALL:COMPLEMENTOFALL:@SECLEVEL=0"])
            .output()
            .expect("openssl ciphers");
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter_map(|l| {
                let mut w = l.split_whitespace();
                let iana = w.next()?;
                let _dash = w.next()?;
                Some((w.next()?.to_string(), iana.to_string()))
            })
            .collect()
    });
    map.iter()
        .find(|(o, _)| o == openssl_name)
        .map(|(_, i)| i.clone())
        .unwrap_or_else(|| panic!("no IANA name for {openssl_name}"))
}

/// Every TLS ≤ 1.2 suite the server accepts at `version_flag` (`-tls1_2`), IANA names,
/// found by offering everything OpenSSL has and removing what the server picks.
fn openssl_suites(port: u16, version_flag: &str) -> Vec<String> {
    let mut picked: Vec<String> = Vec::new();
    loop {
        let exclude: String = picked.iter().map(|c| format!(":!{c}")).collect();
        let list = format!("ALL:COMPLEMENTOFALL{exclude}:@SECLEVEL=0");
        match s_client(port, &[version_flag, "-cipher", &list]) {
            Some(h) if !picked.contains(&h.cipher) => picked.push(h.cipher),
            _ => break,
        }
    }
    picked.iter().map(|c| iana_name(c)).collect()
}

/// Groups mamori's catalogue names, in codepoint order, as OpenSSL spells them (OpenSSL takes
/// the IANA names). A name this OpenSSL does not know cannot be a group nginx accepts either.
const GROUPS: &[&str] = &[
    "sect163k1",
    "sect163r1",
    "sect163r2",
    "sect193r1",
    "sect193r2",
    "sect233k1",
    "sect233r1",
    "sect239k1",
    "sect283k1",
    "sect283r1",
    "sect409k1",
    "sect409r1",
    "sect571k1",
    "sect571r1",
    "secp160k1",
    "secp160r1",
    "secp160r2",
    "secp192k1",
    "secp192r1",
    "secp224k1",
    "secp224r1",
    "secp256k1",
    "secp256r1",
    "secp384r1",
    "secp521r1",
    "brainpoolP256r1",
    "brainpoolP384r1",
    "brainpoolP512r1",
    "x25519",
    "x448",
    "brainpoolP256r1tls13",
    "brainpoolP384r1tls13",
    "brainpoolP512r1tls13",
    "ffdhe2048",
    "ffdhe3072",
    "ffdhe4096",
    "ffdhe6144",
    "ffdhe8192",
    "MLKEM512",
    "MLKEM768",
    "MLKEM1024",
    "SecP256r1MLKEM768",
    "X25519MLKEM768",
    "SecP384r1MLKEM1024",
];

/// The key-exchange groups the server accepts, in codepoint order: with TLS 1.3 (key share
/// for that group alone) or with TLS 1.2 ECDHE (that curve alone in supported_groups).
/// Only valid for RSA certificates: TLS 1.2 ECDSA adds a constraint (see
/// `tls12_ecdsa_server_order`).
fn openssl_groups(port: u16, tls13: bool, tls12: bool) -> Vec<&'static str> {
    GROUPS
        .iter()
        .copied()
        .filter(|g| {
            let by13 = tls13 && s_client(port, &["-tls1_3", "-groups", g]).is_some();
            by13 || (tls12
                && s_client(
                    port,
                    &["-tls1_2", "-groups", g, "-cipher", "ECDHE:@SECLEVEL=0"],
                )
                .is_some_and(|h| h.temp_key.is_some()))
        })
        .collect()
}

/// Every suite OpenSSL has, at any security level.
const ANY: &str = "ALL:COMPLEMENTOFALL:@SECLEVEL=0";

// ---------------------------------------------------------------------------------------------
// The configurations

/// 1. TLS 1.2 only, two ECDSA suites in server order, X25519 and P-384, an EC P-256 leaf.
#[test]
fn tls12_ecdsa_server_order() {
    let server = nginx(&[format!(
        "ssl_certificate {}; ssl_certificate_key {};\n\
         ssl_protocols TLSv1.2;\n\
         ssl_ciphers ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305;\n\
         ssl_prefer_server_ciphers on;\n\
         ssl_ecdh_curve X25519:secp384r1;",
        pki_file("ec256.pem"),
        pki_file("ec256.key")
    )]);
    let port = server.ports[0];

    // The truth, from OpenSSL's client.
    for old in ["-tls1", "-tls1_1", "-tls1_3"] {
        assert!(
            s_client(port, &[old, "-cipher", ANY]).is_none(),
            "{old} accepted"
        );
    }
    assert_eq!(
        openssl_suites(port, "-tls1_2"),
        [
            "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256"
        ]
    );
    let reversed = s_client(
        port,
        &[
            "-tls1_2",
            "-cipher",
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES256-GCM-SHA384",
        ],
    )
    .expect("handshake");
    assert_eq!(reversed.cipher, "ECDHE-ECDSA-AES256-GCM-SHA384");
    // TLS 1.2 with an ECDSA certificate: the client's supported_groups must also list the
    // certificate's curve (RFC 8422 §5.1), so X25519 alone fails while X25519 next to P-256
    // (which the server does not accept for key exchange) negotiates X25519. The groups the
    // server accepts for ECDHE are X25519 and P-384.
    for alone in ["X25519", "P-384", "P-256"] {
        assert!(
            s_client(port, &["-tls1_2", "-groups", alone]).is_none(),
            "{alone} alone"
        );
    }
    for (groups, key) in [
        ("X25519:P-256", "X25519, 253 bits"),
        ("P-256:X25519", "X25519, 253 bits"),
        ("P-384:P-256", "ECDH, secp384r1, 384 bits"),
    ] {
        let h = s_client(port, &["-tls1_2", "-groups", groups]).expect(groups);
        assert_eq!(h.temp_key.as_deref(), Some(key), "{groups}");
    }
    for other in ["P-521:P-256", "X448:P-256"] {
        assert!(s_client(port, &["-tls1_2", "-groups", other]).is_none());
    }

    // What mamori says.
    let (code, r) = scan(port);
    let tls = &r["tls"];
    assert_eq!(r["error"], Value::Null, "{r}");
    assert_eq!(common::strings(&tls["versions"]), ["TLSv1.2"], "{r}");
    assert_eq!(
        common::strings(&tls["cipher_suites"]["TLSv1.2"]),
        [
            "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256"
        ],
        "{r}"
    );
    assert_eq!(tls["server_order"]["TLSv1.2"], true, "{r}");
    assert_eq!(tls["dhe_bits"], Value::Null, "{r}");
    let certs = tls["certificates"].as_array().expect("certificates");
    assert_eq!(certs.len(), 1, "{r}");
    assert_certificate(
        &certs[0],
        "ec256.pem",
        "CN=ecdsa.nginx.test",
        "CN=ecdsa.nginx.test",
        ("EC-P-256", 256),
        "SHA256withECDSA",
    );
    assert_eq!(r["verdict"]["kex_quantum_safe"], false, "{r}");
    assert_eq!(r["verdict"]["auth_quantum_safe"], false, "{r}");
    assert_eq!(
        common::strings(&r["verdict"]["broken"]),
        Vec::<&str>::new(),
        "{r}"
    );
    assert_eq!(code, 0, "{r}");
    // Groups in codepoint order (secp384r1 = 24, x25519 = 29).
    assert_eq!(
        common::strings(&tls["groups"]),
        ["secp384r1", "x25519"],
        "{r}"
    );
}

/// 2. TLS 1.2 and 1.3 in client order, nginx's default suites and groups, an RSA-3072 leaf
///    sent with the CA that signed it.
#[test]
fn tls12_tls13_client_order_rsa_chain() {
    let server = nginx(&[format!(
        "ssl_certificate {}; ssl_certificate_key {};\n\
         ssl_protocols TLSv1.2 TLSv1.3;\n\
         ssl_prefer_server_ciphers off;",
        pki_file("rsa3072-chain.pem"),
        pki_file("rsa3072.key")
    )]);
    let port = server.ports[0];

    // The truth, from OpenSSL's client. The TLS 1.2 suites are whatever nginx's default
    // `HIGH:!aNULL:!MD5` gives this OpenSSL with an RSA key and no DH parameters (27 suites
    // with Debian 12's OpenSSL 3.0: ECDHE-RSA and RSA key transport, AES, CAMELLIA, ARIA,
    // CHACHA20).
    for old in ["-tls1", "-tls1_1"] {
        assert!(
            s_client(port, &[old, "-cipher", ANY]).is_none(),
            "{old} accepted"
        );
    }
    let tls12 = openssl_suites(port, "-tls1_2");
    assert!(tls12.len() > 10, "{tls12:?}");
    assert!(
        tls12
            .iter()
            .all(|s| s.starts_with("TLS_ECDHE_RSA_") || s.starts_with("TLS_RSA_")),
        "{tls12:?}"
    );
    assert!(
        tls12
            .iter()
            .any(|s| s == "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384")
    );
    let tls12: Vec<&str> = sorted(tls12.iter().map(String::as_str).collect());
    let tls13 = [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256",
    ];
    for suite in tls13 {
        let h = s_client(port, &["-tls1_3", "-ciphersuites", suite]).expect(suite);
        assert_eq!(h.cipher, suite);
    }
    for suite in ["TLS_AES_128_CCM_SHA256", "TLS_AES_128_CCM_8_SHA256"] {
        assert!(s_client(port, &["-tls1_3", "-ciphersuites", suite]).is_none());
    }
    // Client order: the client's first choice wins, both ways round.
    for (offer, first) in [
        (
            "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384",
            "ECDHE-RSA-AES128-GCM-SHA256",
        ),
        (
            "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256",
            "ECDHE-RSA-AES256-GCM-SHA384",
        ),
    ] {
        let h = s_client(port, &["-tls1_2", "-cipher", offer]).expect(offer);
        assert_eq!(h.cipher, first);
    }
    for (offer, first) in [
        (
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384",
            "TLS_AES_128_GCM_SHA256",
        ),
        (
            "TLS_AES_256_GCM_SHA384:TLS_AES_128_GCM_SHA256",
            "TLS_AES_256_GCM_SHA384",
        ),
    ] {
        let h = s_client(port, &["-tls1_3", "-ciphersuites", offer]).expect(offer);
        assert_eq!(h.cipher, first);
    }
    // nginx's `ssl_ecdh_curve auto` leaves OpenSSL's default group list (with OpenSSL 3.0:
    // x25519, P-256, x448, P-521, P-384 and ffdhe2048-8192, the last ones TLS 1.3 only).
    let groups = openssl_groups(port, true, true);
    for g in ["secp256r1", "secp384r1", "x25519"] {
        assert!(groups.contains(&g), "{groups:?}");
    }
    let pq = groups.iter().any(|g| g.contains("MLKEM"));
    // nginx sends the whole `ssl_certificate` bundle: leaf, then CA.
    let out = Command::new("openssl")
        .args(["s_client", "-showcerts", "-tls1_2", "-connect"])
        .arg(format!("127.0.0.1:{port}"))
        .stdin(Stdio::null())
        .output()
        .expect("openssl s_client");
    let shown = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        shown.matches("-----BEGIN CERTIFICATE-----").count(),
        2,
        "{shown}"
    );

    // What mamori says.
    let (code, r) = scan(port);
    let tls = &r["tls"];
    assert_eq!(r["error"], Value::Null, "{r}");
    assert_eq!(
        common::strings(&tls["versions"]),
        ["TLSv1.2", "TLSv1.3"],
        "{r}"
    );
    assert_eq!(
        sorted(common::strings(&tls["cipher_suites"]["TLSv1.2"])),
        tls12,
        "{r}"
    );
    assert_eq!(
        sorted(common::strings(&tls["cipher_suites"]["TLSv1.3"])),
        tls13,
        "{r}"
    );
    assert_eq!(tls["server_order"]["TLSv1.2"], false, "{r}");
    assert_eq!(tls["server_order"]["TLSv1.3"], false, "{r}");
    assert_eq!(common::strings(&tls["groups"]), groups, "{r}");
    assert_eq!(tls["dhe_bits"], Value::Null, "{r}");
    let certs = tls["certificates"].as_array().expect("certificates");
    assert_eq!(certs.len(), 2, "{r}");
    assert_certificate(
        &certs[0],
        "rsa3072.pem",
        "CN=rsa.nginx.test",
        "CN=mamori nginx test CA",
        ("RSA-3072", 3072),
        "SHA384withECDSA",
    );
    assert_certificate(
        &certs[1],
        "ca.pem",
        "CN=mamori nginx test CA",
        "CN=mamori nginx test CA",
        ("EC-P-384", 384),
        "SHA384withECDSA",
    );
    assert_eq!(r["verdict"]["kex_quantum_safe"], pq, "{r}");
    assert_eq!(r["verdict"]["auth_quantum_safe"], false, "{r}");
    assert_eq!(
        common::strings(&r["verdict"]["broken"]),
        Vec::<&str>::new(),
        "{r}"
    );
    assert_eq!(code, 0, "{r}");
}

/// 3. TLS 1.3 only, one suite (`ssl_conf_command Ciphersuites`), P-256 only, an EC P-384
///    leaf (read from the encrypted Certificate message).
#[test]
fn tls13_only_one_suite_one_group() {
    let server = nginx(&[format!(
        "ssl_certificate {}; ssl_certificate_key {};\n\
         ssl_protocols TLSv1.3;\n\
         ssl_conf_command Ciphersuites TLS_AES_128_GCM_SHA256;\n\
         ssl_ecdh_curve prime256v1;",
        pki_file("ec384.pem"),
        pki_file("ec384.key")
    )]);
    let port = server.ports[0];

    // The truth, from OpenSSL's client.
    for old in ["-tls1", "-tls1_1", "-tls1_2"] {
        assert!(
            s_client(port, &[old, "-cipher", ANY]).is_none(),
            "{old} accepted"
        );
    }
    let h = s_client(port, &["-tls1_3"]).expect("TLS 1.3");
    assert_eq!(h.cipher, "TLS_AES_128_GCM_SHA256");
    for suite in [
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256",
        "TLS_AES_128_CCM_SHA256",
        "TLS_AES_128_CCM_8_SHA256",
    ] {
        assert!(
            s_client(port, &["-tls1_3", "-ciphersuites", suite]).is_none(),
            "{suite}"
        );
    }
    assert_eq!(openssl_groups(port, true, false), ["secp256r1"]);

    // What mamori says.
    let (code, r) = scan(port);
    let tls = &r["tls"];
    assert_eq!(r["error"], Value::Null, "{r}");
    assert_eq!(common::strings(&tls["versions"]), ["TLSv1.3"], "{r}");
    assert_eq!(
        common::strings(&tls["cipher_suites"]["TLSv1.3"]),
        ["TLS_AES_128_GCM_SHA256"],
        "{r}"
    );
    // With a single suite no order can be observed, and mamori claims none.
    assert_eq!(tls["server_order"]["TLSv1.3"], Value::Null, "{r}");
    assert_eq!(common::strings(&tls["groups"]), ["secp256r1"], "{r}");
    assert_eq!(tls["dhe_bits"], Value::Null, "{r}");
    let certs = tls["certificates"].as_array().expect("certificates");
    assert_eq!(certs.len(), 1, "{r}");
    assert_certificate(
        &certs[0],
        "ec384.pem",
        "CN=tls13.nginx.test",
        "CN=tls13.nginx.test",
        ("EC-P-384", 384),
        "SHA384withECDSA",
    );
    assert_eq!(r["verdict"]["kex_quantum_safe"], false, "{r}");
    assert_eq!(r["verdict"]["auth_quantum_safe"], false, "{r}");
    assert_eq!(
        common::strings(&r["verdict"]["broken"]),
        Vec::<&str>::new(),
        "{r}"
    );
    assert_eq!(code, 0, "{r}");
}

/// 4. Legacy: TLS 1.0 to 1.2, RSA key transport plus DHE with a 2048-bit prime, in server
///    order; the GCM suite exists only in TLS 1.2.
#[test]
fn legacy_tls10_to_12_with_dhe() {
    let server = nginx(&[format!(
        "ssl_certificate {}; ssl_certificate_key {};\n\
         ssl_protocols TLSv1 TLSv1.1 TLSv1.2;\n\
         ssl_ciphers 'DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-SHA:AES128-SHA:@SECLEVEL=0';\n\
         ssl_prefer_server_ciphers on;\n\
         ssl_dhparam {};",
        pki_file("rsa2048.pem"),
        pki_file("rsa2048.key"),
        pki_file("dh2048.pem")
    )]);
    let port = server.ports[0];

    // The truth, from OpenSSL's client: elimination in the client's order yields the server's
    // order because the server enforces its own, which the reversed offers confirm.
    let old = [
        "TLS_DHE_RSA_WITH_AES_256_CBC_SHA",
        "TLS_RSA_WITH_AES_128_CBC_SHA",
    ];
    let tls12 = [
        "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
        "TLS_DHE_RSA_WITH_AES_256_CBC_SHA",
        "TLS_RSA_WITH_AES_128_CBC_SHA",
    ];
    assert_eq!(openssl_suites(port, "-tls1"), old);
    assert_eq!(openssl_suites(port, "-tls1_1"), old);
    assert_eq!(openssl_suites(port, "-tls1_2"), tls12);
    assert!(s_client(port, &["-tls1_3", "-cipher", ANY]).is_none());
    for v in ["-tls1", "-tls1_1", "-tls1_2"] {
        let h = s_client(
            port,
            &[
                v,
                "-cipher",
                "AES128-SHA:DHE-RSA-AES256-SHA:DHE-RSA-AES128-GCM-SHA256:@SECLEVEL=0",
            ],
        )
        .expect(v);
        let first = if v == "-tls1_2" {
            "DHE-RSA-AES128-GCM-SHA256"
        } else {
            "DHE-RSA-AES256-SHA"
        };
        assert_eq!(h.cipher, first, "{v}");
        assert_eq!(h.temp_key.as_deref(), Some("DH, 2048 bits"), "{v}");
    }
    // No ECDHE suite: no group is ever negotiated.
    assert_eq!(openssl_groups(port, false, true), Vec::<&str>::new());

    // What mamori says.
    let (code, r) = scan(port);
    let tls = &r["tls"];
    assert_eq!(r["error"], Value::Null, "{r}");
    assert_eq!(
        common::strings(&tls["versions"]),
        ["TLSv1.0", "TLSv1.1", "TLSv1.2"],
        "{r}"
    );
    assert_eq!(
        common::strings(&tls["cipher_suites"]["TLSv1.0"]),
        old,
        "{r}"
    );
    assert_eq!(
        common::strings(&tls["cipher_suites"]["TLSv1.1"]),
        old,
        "{r}"
    );
    assert_eq!(
        common::strings(&tls["cipher_suites"]["TLSv1.2"]),
        tls12,
        "{r}"
    );
    for v in ["TLSv1.0", "TLSv1.1", "TLSv1.2"] {
        assert_eq!(tls["server_order"][v], true, "{v}: {r}");
    }
    assert_eq!(common::strings(&tls["groups"]), Vec::<&str>::new(), "{r}");
    assert_eq!(tls["dhe_bits"], 2048, "{r}");
    let certs = tls["certificates"].as_array().expect("certificates");
    assert_eq!(certs.len(), 1, "{r}");
    assert_certificate(
        &certs[0],
        "rsa2048.pem",
        "CN=legacy.nginx.test",
        "CN=legacy.nginx.test",
        ("RSA-2048", 2048),
        "SHA256withRSA",
    );
    assert_eq!(r["verdict"]["kex_quantum_safe"], false, "{r}");
    assert_eq!(r["verdict"]["auth_quantum_safe"], false, "{r}");
    assert_eq!(
        common::strings(&r["verdict"]["broken"]),
        [
            "protocol TLSv1.0: deprecated (RFC 8996)",
            "protocol TLSv1.1: deprecated (RFC 8996)"
        ],
        "{r}"
    );
    assert_eq!(code, 1, "{r}");
}
