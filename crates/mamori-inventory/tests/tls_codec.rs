//! The TLS codec against real servers (`openssl s_server` on 127.0.0.1), plus byte-level tests
//! of the ClientHello builder and the reader. A missing `openssl` is a test failure, not a skip.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::OnceLock;
use std::time::Duration;

use mamori_inventory::InventoryError;
use mamori_inventory::tls::{
    self, ClientHelloSpec, HandshakeReader, KexKind, ProtocolVersion, ServerEvent,
    ServerKeyExchange, alert, client_hello, key_share_len, parse_server_key_exchange,
    server_key_share_len, sslv2_client_hello,
};

const X25519: u16 = 29;
const SECP256R1: u16 = 23;
const SECP384R1: u16 = 24;
const X25519MLKEM768: u16 = 0x11EC;

// ---------------------------------------------------------------------------------------------
// Fixtures and the server harness.

fn run(dir: &Path, args: &[&str]) {
    let out = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("`openssl` could not be run ({e}): these tests need OpenSSL 3"));
    assert!(
        out.status.success(),
        "`openssl {}` failed: {}\n{}",
        args.join(" "),
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
}

struct Pki {
    _dir: tempfile::TempDir,
    path: PathBuf,
    cert_der: Vec<u8>,
}

impl Pki {
    fn file(&self, name: &str) -> String {
        self.path.join(name).to_string_lossy().into_owned()
    }
}

/// An RSA-2048 self-signed certificate, its DER, and ffdhe2048 parameters; made once.
fn pki() -> &'static Pki {
    static PKI: OnceLock<Pki> = OnceLock::new();
    PKI.get_or_init(|| {
        let dir = tempfile::tempdir().expect("tempdir");
        let d = dir.path();
        run(
            d,
            &[
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-keyout",
                "key.pem",
                "-out",
                "cert.pem",
                "-days",
                "2",
                "-subj",
                "/CN=localhost",
            ],
        );
        run(
            d,
            &[
                "x509", "-in", "cert.pem", "-outform", "DER", "-out", "cert.der",
            ],
        );
        run(
            d,
            &[
                "genpkey",
                "-genparam",
                "-algorithm",
                "DH",
                "-pkeyopt",
                "group:ffdhe2048",
                "-out",
                "dh.pem",
            ],
        );
        let cert_der = std::fs::read(d.join("cert.der")).expect("cert.der");
        Pki {
            path: d.to_path_buf(),
            _dir: dir,
            cert_der,
        }
    })
}

/// An `openssl s_server` on 127.0.0.1, killed when dropped.
struct Server {
    child: Child,
    port: u16,
    _stdin: ChildStdin,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    listener.local_addr().expect("local_addr").port()
}

/// Starts s_server with the fixture certificate and `args`; retries on another port when the
/// chosen one is taken meanwhile.
fn server(args: &[&str]) -> Server {
    let pki = pki();
    let mut last_err = String::new();
    for _ in 0..5 {
        let port = free_port();
        let mut child = Command::new("openssl")
            .arg("s_server")
            .arg("-accept")
            .arg(format!("127.0.0.1:{port}"))
            .args(["-cert", &pki.file("cert.pem"), "-key", &pki.file("key.pem")])
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("`openssl s_server` could not be started: these tests need OpenSSL 3");
        let stdin = child.stdin.take().expect("stdin");
        let stdout = child.stdout.take().expect("stdout");
        let mut stderr = child.stderr.take().expect("stderr");
        // s_server prints ACCEPT once it listens.
        let mut lines = BufReader::new(stdout);
        let mut ready = false;
        let mut line = String::new();
        while lines.read_line(&mut line).unwrap_or(0) > 0 {
            if line.trim() == "ACCEPT" {
                ready = true;
                break;
            }
            line.clear();
        }
        if ready {
            // Keep draining both pipes so the server never blocks on a full pipe.
            std::thread::spawn(move || std::io::copy(&mut lines, &mut std::io::sink()));
            std::thread::spawn(move || std::io::copy(&mut stderr, &mut std::io::sink()));
            return Server {
                child,
                port,
                _stdin: stdin,
            };
        }
        let mut err = String::new();
        let _ = stderr.read_to_string(&mut err);
        last_err = err;
        let _ = child.kill();
        let _ = child.wait();
    }
    panic!("s_server {args:?} did not start: {last_err}");
}

/// The events of one exchange and the raw bytes the server sent.
struct Exchange {
    events: Vec<ServerEvent>,
    raw: Vec<u8>,
}

fn is_last(event: &ServerEvent) -> bool {
    match event {
        ServerEvent::ServerHello(h) => h.is_hello_retry_request,
        ServerEvent::ServerHelloDone
        | ServerEvent::Alert { .. }
        | ServerEvent::Encrypted
        | ServerEvent::Sslv2ServerHello { .. }
        | ServerEvent::Sslv2Error { .. } => true,
        _ => false,
    }
}

/// Sends `hello`, feeds the answer to a reader until a final event, EOF or a 10 s silence.
fn exchange(server: &Server, hello: &[u8]) -> Exchange {
    let mut stream = TcpStream::connect(("127.0.0.1", server.port)).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    stream.write_all(hello).expect("write hello");
    let mut reader = HandshakeReader::new();
    let mut events = Vec::new();
    let mut raw = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        let n = match stream.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        raw.extend_from_slice(&buf[..n]);
        reader.feed(&buf[..n]).expect("feed");
        while let Some(event) = reader.next_event().expect("next_event") {
            let last = is_last(&event);
            events.push(event);
            if last {
                save_seed(&raw);
                return Exchange { events, raw };
            }
        }
    }
    save_seed(&raw);
    Exchange { events, raw }
}

/// With `MAMORI_TLS_CORPUS=DIR`, every server answer is also written there as a seed of the
/// `tls` fuzz target (whose first input byte picks the chunking, the rest is the stream).
fn save_seed(raw: &[u8]) {
    if let Some(dir) = std::env::var_os("MAMORI_TLS_CORPUS") {
        use sha2::{Digest, Sha256};
        let mut seed = vec![7u8];
        seed.extend_from_slice(raw);
        let name = format!("seed-{:x}", Sha256::digest(&seed));
        let _ = std::fs::create_dir_all(&dir);
        let _ = std::fs::write(Path::new(&dir).join(&name[..21]), seed);
    }
}

fn random() -> [u8; 32] {
    let mut r = [0u8; 32];
    for (i, b) in r.iter_mut().enumerate() {
        *b = (i as u8).wrapping_mul(37).wrapping_add(11);
    }
    r
}

fn spec_13(groups: &[u16], key_shares: &[u16]) -> ClientHelloSpec {
    let mut spec = ClientHelloSpec::default_for(ProtocolVersion::Tls13);
    spec.groups = groups.to_vec();
    spec.key_share_groups = key_shares.to_vec();
    spec.server_name = Some("localhost".into());
    spec
}

fn server_hello(events: &[ServerEvent]) -> &tls::ServerHello {
    match events.first() {
        Some(ServerEvent::ServerHello(h)) => h,
        other => panic!("expected a ServerHello first, got {other:?} in {events:?}"),
    }
}

/// Events without the encrypted tail and the TLS 1.3 compatibility ChangeCipherSpec.
fn plain(events: &[ServerEvent]) -> Vec<&ServerEvent> {
    events
        .iter()
        .filter(|e| !matches!(e, ServerEvent::Encrypted | ServerEvent::ChangeCipherSpec))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// A small independent ClientHello parser, to check the builder's structure.

struct ParsedHello {
    record_versions: Vec<u16>,
    record_lens: Vec<usize>,
    legacy_version: u16,
    random: Vec<u8>,
    session_id: Vec<u8>,
    suites: Vec<u16>,
    compression: Vec<u8>,
    extensions: Option<Vec<(u16, Vec<u8>)>>,
}

impl ParsedHello {
    fn ext(&self, t: u16) -> Option<&[u8]> {
        self.extensions
            .as_ref()?
            .iter()
            .find(|(e, _)| *e == t)
            .map(|(_, d)| d.as_slice())
    }
}

fn be16(b: &[u8]) -> u16 {
    u16::from_be_bytes([b[0], b[1]])
}

fn u16s(b: &[u8]) -> Vec<u16> {
    assert_eq!(b.len() % 2, 0);
    b.chunks(2).map(be16).collect()
}

fn parse_hello(bytes: &[u8]) -> ParsedHello {
    let mut payload = Vec::new();
    let mut record_versions = Vec::new();
    let mut record_lens = Vec::new();
    let mut rest = bytes;
    while !rest.is_empty() {
        assert_eq!(rest[0], 22, "handshake record");
        record_versions.push(be16(&rest[1..3]));
        let len = usize::from(be16(&rest[3..5]));
        record_lens.push(len);
        payload.extend_from_slice(&rest[5..5 + len]);
        rest = &rest[5 + len..];
    }
    assert_eq!(payload[0], 1, "ClientHello");
    let len =
        (usize::from(payload[1]) << 16) | (usize::from(payload[2]) << 8) | usize::from(payload[3]);
    assert_eq!(len, payload.len() - 4, "one message filling the records");
    let b = &payload[4..];
    let legacy_version = be16(b);
    let random = b[2..34].to_vec();
    let sid_len = usize::from(b[34]);
    let session_id = b[35..35 + sid_len].to_vec();
    let mut p = 35 + sid_len;
    let suites_len = usize::from(be16(&b[p..]));
    let suites = u16s(&b[p + 2..p + 2 + suites_len]);
    p += 2 + suites_len;
    let comp_len = usize::from(b[p]);
    let compression = b[p + 1..p + 1 + comp_len].to_vec();
    p += 1 + comp_len;
    let extensions = if p == b.len() {
        None
    } else {
        let ext_len = usize::from(be16(&b[p..]));
        assert_eq!(p + 2 + ext_len, b.len(), "extensions end the hello");
        let mut e = &b[p + 2..];
        let mut out = Vec::new();
        while !e.is_empty() {
            let t = be16(e);
            let l = usize::from(be16(&e[2..]));
            out.push((t, e[4..4 + l].to_vec()));
            e = &e[4 + l..];
        }
        Some(out)
    };
    ParsedHello {
        record_versions,
        record_lens,
        legacy_version,
        random,
        session_id,
        suites,
        compression,
        extensions,
    }
}

/// key_share entries: (group, key_exchange).
fn key_shares(data: &[u8]) -> Vec<(u16, Vec<u8>)> {
    let len = usize::from(be16(data));
    assert_eq!(len + 2, data.len());
    let mut e = &data[2..];
    let mut out = Vec::new();
    while !e.is_empty() {
        let g = be16(e);
        let l = usize::from(be16(&e[2..]));
        out.push((g, e[4..4 + l].to_vec()));
        e = &e[4 + l..];
    }
    out
}

// ---------------------------------------------------------------------------------------------
// ClientHello bytes.

#[test]
fn small_tls12_hello_is_byte_exact() {
    let spec = ClientHelloSpec {
        version: ProtocolVersion::Tls12,
        supported_versions: vec![],
        cipher_suites: vec![0xC02F],
        groups: vec![X25519],
        key_share_groups: vec![X25519],
        signature_algorithms: vec![0x0804],
        server_name: Some("example.com".into()),
        alpn: vec![],
        ec_point_formats: false,
        extended_master_secret: false,
        renegotiation_info: false,
        session_ticket: false,
        status_request: false,
    };
    let random = [0x42u8; 32];
    let got = client_hello(&spec, random, &[]);
    let mut body = vec![0x03, 0x03];
    body.extend(random);
    body.extend([0x00]); // session id
    body.extend([0x00, 0x02, 0xC0, 0x2F]); // suites
    body.extend([0x01, 0x00]); // compression
    let mut ext = vec![];
    // server_name: list of one host_name
    ext.extend([0x00, 0x00, 0x00, 0x10, 0x00, 0x0E, 0x00, 0x00, 0x0B]);
    ext.extend(b"example.com");
    ext.extend([0x00, 0x0A, 0x00, 0x04, 0x00, 0x02, 0x00, 0x1D]); // supported_groups
    ext.extend([0x00, 0x0D, 0x00, 0x04, 0x00, 0x02, 0x08, 0x04]); // signature_algorithms
    body.extend((ext.len() as u16).to_be_bytes());
    body.extend(ext);
    let mut hs = vec![0x01, 0x00];
    hs.extend((body.len() as u16).to_be_bytes());
    hs.extend(body);
    let mut want = vec![0x16, 0x03, 0x01];
    want.extend((hs.len() as u16).to_be_bytes());
    want.extend(hs);
    assert_eq!(got, want);
    // No key_share and no supported_versions below TLS 1.3.
    let parsed = parse_hello(&got);
    assert!(parsed.ext(tls::extension::KEY_SHARE).is_none());
}

#[test]
fn default_hellos_have_the_documented_shape() {
    let random = random();
    let sid = [0x5Au8; 32];
    // TLS 1.3
    let spec = ClientHelloSpec::default_for(ProtocolVersion::Tls13);
    let h = parse_hello(&client_hello(&spec, random, &sid));
    assert_eq!(h.record_versions, vec![0x0301]);
    assert_eq!(h.legacy_version, 0x0303);
    assert_eq!(h.random, random);
    assert_eq!(h.session_id, sid);
    assert_eq!(h.suites, vec![0x1301, 0x1302, 0x1303, 0x1304, 0x1305]);
    assert_eq!(h.compression, vec![0]);
    assert_eq!(
        h.ext(tls::extension::SUPPORTED_VERSIONS),
        Some(&[2, 3, 4][..])
    );
    let groups = u16s(&h.ext(tls::extension::SUPPORTED_GROUPS).unwrap()[2..]);
    assert_eq!(groups.len(), 54);
    assert!(groups.contains(&0x11EC) && groups.contains(&0x6399) && groups.contains(&0x0200));
    let sigs = u16s(&h.ext(tls::extension::SIGNATURE_ALGORITHMS).unwrap()[2..]);
    assert_eq!(sigs.len(), 45);
    let shares = key_shares(h.ext(tls::extension::KEY_SHARE).unwrap());
    assert_eq!(shares.len(), 1);
    assert_eq!((shares[0].0, shares[0].1.len()), (X25519, 32));
    assert!(h.ext(tls::extension::EXTENDED_MASTER_SECRET).is_some());
    assert_eq!(h.ext(tls::extension::RENEGOTIATION_INFO), Some(&[0][..]));
    assert_eq!(h.ext(tls::extension::EC_POINT_FORMATS), Some(&[1, 0][..]));
    assert!(h.ext(tls::extension::SERVER_NAME).is_none());

    // TLS 1.2: every non-1.3 suite of the catalogue.
    let spec = ClientHelloSpec::default_for(ProtocolVersion::Tls12);
    let h = parse_hello(&client_hello(&spec, random, &[]));
    assert_eq!(h.legacy_version, 0x0303);
    assert!(h.suites.len() > 300, "{} suites", h.suites.len());
    assert!(h.suites.contains(&0xC02F) && !h.suites.contains(&0x1301));
    assert!(!h.suites.contains(&0x0000));
    assert!(h.ext(tls::extension::SUPPORTED_VERSIONS).is_none());
    assert!(h.ext(tls::extension::KEY_SHARE).is_none());
    assert!(h.ext(tls::extension::SIGNATURE_ALGORITHMS).is_some());

    // TLS 1.0: no signature_algorithms.
    let spec = ClientHelloSpec::default_for(ProtocolVersion::Tls10);
    let h = parse_hello(&client_hello(&spec, random, &[]));
    assert_eq!(h.legacy_version, 0x0301);
    assert!(h.ext(tls::extension::SIGNATURE_ALGORITHMS).is_none());

    // SSLv3: record version 0x0300, no extensions at all, the renegotiation SCSV.
    let spec = ClientHelloSpec::default_for(ProtocolVersion::Ssl3);
    let h = parse_hello(&client_hello(&spec, random, &[]));
    assert_eq!(h.record_versions, vec![0x0300]);
    assert_eq!(h.legacy_version, 0x0300);
    assert!(h.extensions.is_none());
    assert_eq!(h.suites.last(), Some(&0x00FF));

    // An explicit supported_versions list is used as given.
    let mut spec = ClientHelloSpec::default_for(ProtocolVersion::Tls13);
    spec.supported_versions = vec![ProtocolVersion::Tls13, ProtocolVersion::Tls12];
    let h = parse_hello(&client_hello(&spec, random, &[]));
    assert_eq!(
        h.ext(tls::extension::SUPPORTED_VERSIONS),
        Some(&[4, 3, 4, 3, 3][..])
    );

    // SNI for a name, not for an IP literal; ALPN; status_request; session_ticket.
    let mut spec = ClientHelloSpec::default_for(ProtocolVersion::Tls12);
    spec.server_name = Some("192.0.2.1".into());
    spec.alpn = vec!["h2".into(), "http/1.1".into(), String::new()];
    spec.status_request = true;
    spec.session_ticket = true;
    let h = parse_hello(&client_hello(&spec, random, &[]));
    assert!(h.ext(tls::extension::SERVER_NAME).is_none());
    assert_eq!(
        h.ext(tls::extension::ALPN),
        Some(&b"\x00\x0c\x02h2\x08http/1.1"[..])
    );
    assert_eq!(
        h.ext(tls::extension::STATUS_REQUEST),
        Some(&[1, 0, 0, 0, 0][..])
    );
    assert_eq!(h.ext(tls::extension::SESSION_TICKET), Some(&[][..]));
}

/// Every group with a known share, plus padding: over 2^14 bytes, so fragmented.
fn huge_hello_spec() -> ClientHelloSpec {
    let mut spec = ClientHelloSpec::default_for(ProtocolVersion::Tls13);
    let mut suites = ClientHelloSpec::default_for(ProtocolVersion::Tls12).cipher_suites;
    suites.extend(0x1301..=0x1305);
    spec.cipher_suites = suites;
    spec.key_share_groups = spec
        .groups
        .iter()
        .copied()
        .filter(|&g| key_share_len(g).is_some())
        .collect();
    // X25519 first, so the server's choice is predictable.
    spec.key_share_groups.retain(|&g| g != X25519);
    spec.key_share_groups.insert(0, X25519);
    spec.alpn = (0..20)
        .map(|i| format!("mamori-padding-{i:02}-{}", "x".repeat(80)))
        .collect();
    spec.server_name = Some("localhost".into());
    spec
}

#[test]
fn a_large_hello_is_split_across_records() {
    let spec = huge_hello_spec();
    let bytes = client_hello(&spec, random(), &[1; 32]);
    let h = parse_hello(&bytes);
    assert!(bytes.len() > (1 << 14) + 5, "{} bytes", bytes.len());
    assert_eq!(h.record_lens.len(), bytes.len().div_ceil((1 << 14) + 5));
    assert!(h.record_lens.iter().all(|&l| l <= 1 << 14));
    assert_eq!(h.record_lens[0], 1 << 14);
    let shares = key_shares(h.ext(tls::extension::KEY_SHARE).unwrap());
    assert_eq!(shares.len(), spec.key_share_groups.len());
    for (group, value) in &shares {
        assert_eq!(
            Some(value.len()),
            key_share_len(*group),
            "group {group:#06x}"
        );
    }
}

#[test]
fn oversized_lists_are_cut_not_panicked_on() {
    let mut spec = ClientHelloSpec::default_for(ProtocolVersion::Tls13);
    spec.cipher_suites = (0..=u16::MAX).collect();
    spec.groups = (0..=u16::MAX).collect();
    // 60 ML-KEM-1024 shares (94 KB) cannot all fit a 64 KiB extension block.
    spec.key_share_groups = vec![0x0202; 60];
    spec.server_name = Some("a".repeat(70_000));
    spec.alpn = vec!["b".repeat(300), "c".repeat(255)];
    let bytes = client_hello(&spec, random(), &[7; 40]);
    let h = parse_hello(&bytes);
    assert_eq!(h.session_id.len(), 32);
    assert_eq!(h.suites.len(), 0x7FFF);
    assert!(h.ext(tls::extension::SERVER_NAME).is_none());
    let shares = key_shares(h.ext(tls::extension::KEY_SHARE).unwrap());
    assert!(!shares.is_empty() && shares.len() < 60);
}

#[test]
fn sslv2_hello_layout() {
    let challenge = [9u8; 16];
    let got = sslv2_client_hello(&tls::SSL2_CIPHER_SPECS, challenge);
    let len = 9 + 21 + 16;
    assert_eq!(&got[..2], &[0x80, len as u8]);
    assert_eq!(&got[2..11], &[1, 0, 2, 0, 21, 0, 0, 0, 16]);
    assert_eq!(&got[11..14], &[1, 0, 0x80]);
    assert_eq!(&got[got.len() - 16..], &challenge);
    assert_eq!(
        tls::sslv2_cipher_name([7, 0, 0xC0]),
        Some("SSL_CK_DES_192_EDE3_CBC_WITH_MD5")
    );
    // client_hello() for SSLv2 writes the same with the random's first half as challenge.
    let spec = ClientHelloSpec::default_for(ProtocolVersion::Ssl2);
    let r = random();
    let mut c = [0u8; 16];
    c.copy_from_slice(&r[..16]);
    assert_eq!(
        client_hello(&spec, r, &[]),
        sslv2_client_hello(&tls::SSL2_CIPHER_SPECS, c)
    );
}

// ---------------------------------------------------------------------------------------------
// Real servers.

fn tls12_ecdhe_flight() -> &'static Exchange {
    static FLIGHT: OnceLock<Exchange> = OnceLock::new();
    FLIGHT.get_or_init(|| {
        let server = server(&["-tls1_2", "-cipher", "ECDHE-RSA-AES128-GCM-SHA256"]);
        let mut spec = ClientHelloSpec::default_for(ProtocolVersion::Tls12);
        spec.server_name = Some("localhost".into());
        exchange(&server, &client_hello(&spec, random(), &[]))
    })
}

#[test]
fn tls12_ecdhe_rsa_flight() {
    let ex = tls12_ecdhe_flight();
    let events = &ex.events;
    assert_eq!(events.len(), 4, "{events:?}");
    let hello = server_hello(events);
    assert_eq!(hello.version, ProtocolVersion::Tls12);
    assert_eq!(hello.legacy_version, 0x0303);
    assert_eq!(hello.cipher_suite, 0xC02F);
    assert_eq!(hello.compression, 0);
    assert!(!hello.is_hello_retry_request);
    assert!(hello.extended_master_secret);
    assert!(hello.secure_renegotiation);
    assert_eq!(hello.key_share_group, None);
    // The server is capped at TLS 1.2: no downgrade sentinel.
    assert_eq!(hello.downgrade_sentinel(), None);
    match &events[1] {
        ServerEvent::Certificate(c) => assert_eq!(c.certificates, vec![pki().cert_der.clone()]),
        other => panic!("{other:?}"),
    }
    match &events[2] {
        ServerEvent::ServerKeyExchange(ServerKeyExchange::Ecdhe {
            curve_type,
            named_group,
            public_len,
            signature_scheme,
        }) => {
            assert_eq!(*curve_type, 3);
            // The client lists groups in codepoint order and OpenSSL follows the client:
            // secp256r1 (23) is the first group both support.
            assert_eq!(*named_group, SECP256R1);
            assert_eq!(Some(*public_len), key_share_len(*named_group));
            let scheme = signature_scheme.expect("TLS 1.2 signature algorithm");
            let name = mamori_model::catalogue::tls_signature_scheme(scheme)
                .expect("known scheme")
                .name;
            // OpenSSL 3.0 follows the client's order, which is codepoint order here: the first
            // RSA scheme it accepts at security level 1 is rsa_sha224 (MD5 and SHA-1 are refused).
            assert_eq!(name, "rsa_sha224");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(events[3], ServerEvent::ServerHelloDone);
}

#[test]
fn tls12_dhe_ffdhe2048() {
    let pki = pki();
    let server = server(&[
        "-tls1_2",
        "-cipher",
        "DHE-RSA-AES256-GCM-SHA384",
        "-dhparam",
        &pki.file("dh.pem"),
    ]);
    let spec = ClientHelloSpec::default_for(ProtocolVersion::Tls12);
    let ex = exchange(&server, &client_hello(&spec, random(), &[]));
    let hello = server_hello(&ex.events);
    assert_eq!(hello.cipher_suite, 0x009F);
    assert_eq!(tls::kex_kind(hello.cipher_suite), KexKind::Dhe);
    match &ex.events[2] {
        ServerEvent::ServerKeyExchange(ServerKeyExchange::Dhe {
            p_bits,
            g,
            public_len,
            signature_scheme,
        }) => {
            assert_eq!(*p_bits, 2048);
            assert_eq!(g, &vec![2]);
            assert_eq!(*public_len, 256);
            assert!(signature_scheme.is_some());
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(ex.events.last(), Some(&ServerEvent::ServerHelloDone));
}

#[test]
fn downgrade_sentinels_from_a_tls13_server() {
    let server = server(&[]);
    let spec = ClientHelloSpec::default_for(ProtocolVersion::Tls12);
    let ex = exchange(&server, &client_hello(&spec, random(), &[]));
    let hello = server_hello(&ex.events);
    assert_eq!(hello.version, ProtocolVersion::Tls12);
    assert_eq!(&hello.random[24..31], b"DOWNGRD");
    assert_eq!(hello.downgrade_sentinel(), Some(ProtocolVersion::Tls13));
    // TLS 1.1 from a server that also speaks 1.2 and 1.3: DOWNGRD\0.
    let server = server_with_tls11();
    let mut spec = ClientHelloSpec::default_for(ProtocolVersion::Tls11);
    spec.cipher_suites = vec![0xC013, 0x002F];
    let ex = exchange(&server, &client_hello(&spec, random(), &[]));
    let hello = server_hello(&ex.events);
    assert_eq!(hello.version, ProtocolVersion::Tls11);
    assert_eq!(hello.downgrade_sentinel(), Some(ProtocolVersion::Tls12));
}

/// OpenSSL 3 refuses TLS 1.0/1.1 at its default security level; level 0 allows them.
fn server_with_tls11() -> Server {
    server(&["-cipher", "DEFAULT:@SECLEVEL=0"])
}

#[test]
fn tls13_key_share_secp384r1() {
    let server = server(&["-tls1_3"]);
    let spec = spec_13(&[X25519, SECP384R1], &[SECP384R1]);
    let ex = exchange(&server, &client_hello(&spec, random(), &[3; 32]));
    let hello = server_hello(&ex.events);
    assert_eq!(hello.version, ProtocolVersion::Tls13);
    assert_eq!(hello.legacy_version, 0x0303);
    assert!(!hello.is_hello_retry_request);
    assert!([0x1301, 0x1302, 0x1303].contains(&hello.cipher_suite));
    assert_eq!(hello.key_share_group, Some(SECP384R1));
    assert_eq!(hello.key_share_len, server_key_share_len(SECP384R1));
    assert_eq!(
        hello.session_id,
        vec![3; 32],
        "echoes the legacy session id"
    );
    assert!(
        hello
            .extensions
            .contains(&tls::extension::SUPPORTED_VERSIONS)
    );
    assert_eq!(hello.downgrade_sentinel(), None);
    assert_eq!(ex.events.last(), Some(&ServerEvent::Encrypted));
    assert_eq!(plain(&ex.events).len(), 1, "{:?}", ex.events);
}

#[test]
fn tls13_hello_retry_request() {
    let server = server(&["-tls1_3", "-groups", "P-384"]);
    let spec = spec_13(&[X25519, SECP384R1], &[X25519]);
    let ex = exchange(&server, &client_hello(&spec, random(), &[4; 32]));
    let hello = server_hello(&ex.events);
    assert!(hello.is_hello_retry_request);
    assert_eq!(hello.random, tls::HRR_RANDOM);
    assert_eq!(hello.version, ProtocolVersion::Tls13);
    assert_eq!(hello.key_share_group, Some(SECP384R1));
    assert_eq!(hello.key_share_len, None);
}

#[test]
fn tls13_without_common_suite_is_handshake_failure() {
    let server = server(&["-tls1_3"]);
    let mut spec = spec_13(&[X25519], &[X25519]);
    // TLS_AES_128_CCM_SHA256: not in OpenSSL's default TLS 1.3 suites.
    spec.cipher_suites = vec![0x1304];
    let ex = exchange(&server, &client_hello(&spec, random(), &[]));
    assert_eq!(
        ex.events,
        vec![ServerEvent::Alert {
            level: tls::alert_level::FATAL,
            description: alert::HANDSHAKE_FAILURE
        }]
    );
    assert_eq!(
        tls::alert_name(alert::HANDSHAKE_FAILURE),
        "handshake_failure"
    );
}

#[test]
fn tls10_hello_to_a_tls12_only_server() {
    let server = server(&["-tls1_2"]);
    let spec = ClientHelloSpec::default_for(ProtocolVersion::Tls10);
    let ex = exchange(&server, &client_hello(&spec, random(), &[]));
    assert_eq!(
        ex.events,
        vec![ServerEvent::Alert {
            level: tls::alert_level::FATAL,
            description: alert::PROTOCOL_VERSION
        }]
    );
    // OpenSSL writes that alert in a record versioned like the client's hello.
    assert_eq!(&ex.raw[..5], &[21, 3, 1, 0, 2]);
}

#[test]
fn tls10_handshake_at_security_level_0() {
    let server = server(&["-tls1", "-cipher", "DEFAULT:@SECLEVEL=0"]);
    let mut spec = ClientHelloSpec::default_for(ProtocolVersion::Tls10);
    // ECDHE-RSA-AES128-SHA first: its TLS 1.0 ServerKeyExchange has no algorithm field.
    spec.cipher_suites.retain(|&s| s != 0xC013);
    spec.cipher_suites.insert(0, 0xC013);
    let ex = exchange(&server, &client_hello(&spec, random(), &[]));
    let hello = server_hello(&ex.events);
    assert_eq!(hello.version, ProtocolVersion::Tls10);
    assert_eq!(hello.legacy_version, 0x0301);
    assert_eq!(hello.cipher_suite, 0xC013);
    let kinds: Vec<_> = plain(&ex.events)
        .iter()
        .map(|e| std::mem::discriminant(*e))
        .collect();
    assert_eq!(kinds.len(), 4, "{:?}", ex.events);
    match &ex.events[2] {
        ServerEvent::ServerKeyExchange(ServerKeyExchange::Ecdhe {
            signature_scheme, ..
        }) => assert_eq!(*signature_scheme, None),
        other => panic!("{other:?}"),
    }
    assert_eq!(ex.events[3], ServerEvent::ServerHelloDone);
}

#[test]
fn x25519mlkem768_share_is_ignored_by_a_server_without_it() {
    let server = server(&["-tls1_3"]);
    let spec = spec_13(&[X25519MLKEM768, X25519], &[X25519MLKEM768, X25519]);
    let bytes = client_hello(&spec, random(), &[5; 32]);
    let h = parse_hello(&bytes);
    let shares = key_shares(h.ext(tls::extension::KEY_SHARE).unwrap());
    assert_eq!(shares[0].0, X25519MLKEM768);
    assert_eq!(shares[0].1.len(), 1216);
    let ex = exchange(&server, &bytes);
    let hello = server_hello(&ex.events);
    assert!(!hello.is_hello_retry_request);
    assert_eq!(hello.key_share_group, Some(X25519));
    assert_eq!(hello.key_share_len, Some(32));
}

#[test]
fn key_shares_are_accepted_by_openssl() {
    for (group, name) in [
        (SECP256R1, "P-256"),
        (SECP384R1, "P-384"),
        (25, "P-521"),
        (X25519, "X25519"),
        (30, "X448"),
        (256, "ffdhe2048"),
        (257, "ffdhe3072"),
    ] {
        let server = server(&["-tls1_3", "-groups", name]);
        let spec = spec_13(&[group], &[group]);
        let ex = exchange(&server, &client_hello(&spec, random(), &[]));
        let hello = server_hello(&ex.events);
        assert!(!hello.is_hello_retry_request, "{name}");
        assert_eq!(hello.key_share_group, Some(group), "{name}");
        assert_eq!(hello.key_share_len, server_key_share_len(group), "{name}");
        // The server derived its handshake keys from our share: encrypted records follow.
        assert_eq!(ex.events.last(), Some(&ServerEvent::Encrypted), "{name}");
    }
}

#[test]
fn a_fragmented_hello_is_accepted() {
    let server = server(&["-tls1_3"]);
    let bytes = client_hello(&huge_hello_spec(), random(), &[6; 32]);
    assert!(parse_hello(&bytes).record_lens.len() > 1);
    let ex = exchange(&server, &bytes);
    let hello = server_hello(&ex.events);
    assert_eq!(hello.version, ProtocolVersion::Tls13);
    assert_eq!(hello.key_share_group, Some(X25519));
}

#[test]
fn sslv2_hello_to_openssl() {
    let server = server(&[]);
    let hello = sslv2_client_hello(&tls::SSL2_CIPHER_SPECS, [1; 16]);
    let mut stream = TcpStream::connect(("127.0.0.1", server.port)).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    stream.write_all(&hello).expect("write");
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    // OpenSSL 3 does not speak SSLv2: whatever it answers must read as TLS (an alert) or nothing.
    let mut reader = HandshakeReader::new();
    reader.feed(&raw).expect("feed");
    let mut events = Vec::new();
    while let Some(e) = reader.next_event().expect("event") {
        events.push(e);
    }
    assert_eq!(raw, [21, 3, 3, 0, 2, 2, 70]);
    assert_eq!(
        events,
        vec![ServerEvent::Alert {
            level: tls::alert_level::FATAL,
            description: alert::PROTOCOL_VERSION
        }]
    );
}

// ---------------------------------------------------------------------------------------------
// The reader over recorded and rearranged bytes.

fn drain(reader: &mut HandshakeReader) -> Result<Vec<ServerEvent>, InventoryError> {
    let mut out = Vec::new();
    while let Some(e) = reader.next_event()? {
        out.push(e);
    }
    Ok(out)
}

#[test]
fn every_truncation_of_a_real_flight() {
    let ex = tls12_ecdhe_flight();
    let raw = &ex.raw;
    assert!(raw.len() > 1000);
    for n in 0..=raw.len() {
        let mut reader = HandshakeReader::new();
        reader
            .feed(&raw[..n])
            .expect("a prefix of a valid flight feeds");
        let events = drain(&mut reader).expect("a prefix of a valid flight parses");
        assert!(ex.events.starts_with(&events), "prefix {n}");
        if n == raw.len() {
            assert_eq!(events, ex.events);
        }
    }
}

#[test]
fn byte_at_a_time_and_with_corruption() {
    let ex = tls12_ecdhe_flight();
    let mut reader = HandshakeReader::new();
    let mut events = Vec::new();
    for b in &ex.raw {
        reader.feed(std::slice::from_ref(b)).unwrap();
        events.extend(drain(&mut reader).unwrap());
    }
    assert_eq!(events, ex.events);
    // Flip each byte of the first 400 in turn: errors or events, never a panic.
    for i in 0..400.min(ex.raw.len()) {
        let mut bytes = ex.raw.clone();
        bytes[i] ^= 0xFF;
        let mut reader = HandshakeReader::new();
        if reader.feed(&bytes).is_ok() {
            let _ = drain(&mut reader);
        }
    }
}

/// (content type, payload) of each record.
fn split_records(raw: &[u8]) -> Vec<(u8, Vec<u8>)> {
    let mut out = Vec::new();
    let mut rest = raw;
    while rest.len() >= 5 {
        let len = usize::from(be16(&rest[3..5]));
        out.push((rest[0], rest[5..5 + len].to_vec()));
        rest = &rest[5 + len..];
    }
    out
}

fn records(ctype: u8, payload: &[u8], size: usize) -> Vec<u8> {
    let mut out = Vec::new();
    for chunk in payload.chunks(size) {
        out.extend([ctype, 3, 3]);
        out.extend((chunk.len() as u16).to_be_bytes());
        out.extend(chunk);
    }
    out
}

#[test]
fn coalesced_and_refragmented_records() {
    let ex = tls12_ecdhe_flight();
    let recs = split_records(&ex.raw);
    assert!(recs.len() >= 4, "OpenSSL sends one record per message");
    let handshake: Vec<u8> = recs
        .iter()
        .filter(|(t, _)| *t == 22)
        .flat_map(|(_, p)| p.clone())
        .collect();
    // All four messages in one record.
    let one = records(22, &handshake, 1 << 14);
    assert_eq!(split_records(&one).len(), 1);
    let mut reader = HandshakeReader::new();
    reader.feed(&one).unwrap();
    assert_eq!(drain(&mut reader).unwrap(), ex.events);
    // Records of 7 bytes: every message header split, the certificate over hundreds of records.
    let tiny = records(22, &handshake, 7);
    let mut reader = HandshakeReader::new();
    reader.feed(&tiny).unwrap();
    assert_eq!(drain(&mut reader).unwrap(), ex.events);
    // An alert between two fragments of one message comes out first.
    let mut mixed = records(22, &handshake[..10], 10);
    mixed.extend(records(21, &[1, 0], 2));
    mixed.extend(records(22, &handshake[10..], 1 << 14));
    let mut reader = HandshakeReader::new();
    reader.feed(&mixed).unwrap();
    let events = drain(&mut reader).unwrap();
    assert_eq!(
        events[0],
        ServerEvent::Alert {
            level: 1,
            description: 0
        }
    );
    assert_eq!(&events[1..], &ex.events[..]);
}

#[test]
fn record_layer_violations_are_errors_with_offsets() {
    let tls_err = |r: Result<(), InventoryError>| match r {
        Err(InventoryError::Tls { offset, what }) => (offset, what),
        other => panic!("{other:?}"),
    };
    // Bad content type after one good record.
    let mut bytes = records(21, &[2, 40], 2);
    bytes.extend([99, 3, 3, 0, 0]);
    let mut reader = HandshakeReader::new();
    let (offset, _) = tls_err(reader.feed(&bytes));
    assert_eq!(offset, 7);
    // The error sticks.
    assert!(reader.next_event().is_err());
    // Something that is not TLS says how it starts.
    let mut reader = HandshakeReader::new();
    let (offset, what) = tls_err(reader.feed(b"SSH-2.0-OpenSSH_9.6\r\n"));
    assert_eq!(offset, 0);
    assert!(what.contains("SSH-2.0-OpenSSH_"), "{what}");
    // A record over 2^14 + 2048.
    let mut reader = HandshakeReader::new();
    let (offset, what) = tls_err(reader.feed(&[22, 3, 3, 0x48, 0x01]));
    assert_eq!(offset, 3, "{what}");
    // Not version 3.x.
    let mut reader = HandshakeReader::new();
    let (offset, _) = tls_err(reader.feed(&[22, 4, 0, 0, 1]));
    assert_eq!(offset, 1);
    // A handshake message over its limit is refused from its header.
    let mut reader = HandshakeReader::new();
    reader
        .feed(&records(22, &[2, 0x01, 0x00, 0x01], 4))
        .unwrap();
    match reader.next_event() {
        Err(InventoryError::Tls { offset, .. }) => assert_eq!(offset, 6),
        other => panic!("{other:?}"),
    }
    // A Certificate may be up to 256 KiB: its header alone is not an error.
    let mut reader = HandshakeReader::new();
    reader
        .feed(&records(22, &[11, 0x03, 0xFF, 0xFF], 4))
        .unwrap();
    assert!(reader.next_event().unwrap().is_none());
    // A malformed ServerHello inside a reassembled message: the offset is in the stream.
    let mut body = vec![3, 3];
    body.extend([0u8; 32]);
    body.push(33); // session id longer than 32
    body.extend([0u8; 33]);
    body.extend([0xC0, 0x2F, 0]);
    let mut msg = vec![2, 0, 0, body.len() as u8];
    msg.extend(&body);
    let mut reader = HandshakeReader::new();
    reader.feed(&records(22, &msg, 20)).unwrap();
    match reader.next_event() {
        Err(InventoryError::Tls { offset, what }) => {
            assert!(what.contains("session_id"), "{what}");
            // The length byte: body offset 34 (after version and random) is handshake byte 38,
            // in the second 20-byte fragment (payload at stream 30..50) at 38 - 20 = 18.
            assert_eq!(offset, 48);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn tls13_flow_and_ccs_rules() {
    // A TLS 1.3 ServerHello, the compatibility CCS, then protected records.
    let ex = {
        let server = server(&["-tls1_3"]);
        exchange(
            &server,
            &client_hello(&spec_13(&[X25519], &[X25519]), random(), &[8; 32]),
        )
    };
    let recs = split_records(&ex.raw);
    assert_eq!(recs[0].0, 22);
    assert_eq!(recs[1], (20, vec![1]), "middlebox-compatibility CCS");
    assert_eq!(recs[2].0, 23);
    assert!(matches!(ex.events[1], ServerEvent::ChangeCipherSpec));
    assert_eq!(ex.events[2], ServerEvent::Encrypted);

    // TLS 1.2: after the server's CCS even a handshake record is protected.
    let mut bytes = records(20, &[1], 1);
    bytes.extend(records(22, &[20, 0, 0, 12], 4));
    let mut reader = HandshakeReader::new();
    // Without a ServerHello the CCS does not switch (the Finished-shaped record is read).
    reader.feed(&bytes).unwrap();
    assert_eq!(
        drain(&mut reader).unwrap(),
        vec![ServerEvent::ChangeCipherSpec]
    );
    let flight = &tls12_ecdhe_flight().raw;
    let mut reader = HandshakeReader::new();
    reader.feed(flight).unwrap();
    reader.feed(&bytes).unwrap();
    let events = drain(&mut reader).unwrap();
    assert_eq!(
        &events[events.len() - 2..],
        &[ServerEvent::ChangeCipherSpec, ServerEvent::Encrypted]
    );
}

#[test]
fn sslv2_server_hello_is_read() {
    let cert = pki().cert_der.clone();
    let specs = [[1u8, 0, 0x80], [7, 0, 0xC0]];
    let mut msg = vec![4, 0, 1, 0, 2];
    msg.extend((cert.len() as u16).to_be_bytes());
    msg.extend(6u16.to_be_bytes());
    msg.extend(16u16.to_be_bytes());
    msg.extend(&cert);
    msg.extend(specs.iter().flatten());
    msg.extend([0xAA; 16]);
    let mut bytes = ((msg.len() as u16) | 0x8000).to_be_bytes().to_vec();
    bytes.extend(&msg);
    bytes.extend([0x80, 3, 1, 2, 3]); // an encrypted SSLv2 record
    let mut reader = HandshakeReader::new();
    for chunk in bytes.chunks(5) {
        reader.feed(chunk).unwrap();
    }
    assert_eq!(
        drain(&mut reader).unwrap(),
        vec![
            ServerEvent::Sslv2ServerHello {
                cipher_specs: specs.to_vec(),
                certificate: cert,
            },
            ServerEvent::Encrypted
        ]
    );
    let mut reader = HandshakeReader::new();
    reader.feed(&[0x80, 3, 0, 0, 1]).unwrap();
    assert_eq!(
        drain(&mut reader).unwrap(),
        vec![ServerEvent::Sslv2Error { code: 1 }]
    );
}

#[test]
fn ske_parser_on_the_recorded_body() {
    // The recorded ServerKeyExchange body, parsed with every kind and version: no panics, and
    // the right reading for ECDHE at TLS 1.2.
    let recs = split_records(&tls12_ecdhe_flight().raw);
    let ske = recs
        .iter()
        .find(|(t, p)| *t == 22 && p.first() == Some(&12))
        .map(|(_, p)| p[4..].to_vec())
        .expect("SKE record");
    for v in ProtocolVersion::ALL {
        for kex in [
            KexKind::Ecdhe,
            KexKind::Dhe,
            KexKind::EcdhePsk,
            KexKind::DhePsk,
            KexKind::RsaExport,
            KexKind::Other,
        ] {
            for n in 0..=ske.len() {
                let _ = parse_server_key_exchange(&ske[..n], kex, v);
            }
        }
    }
    assert!(matches!(
        parse_server_key_exchange(&ske, KexKind::Ecdhe, ProtocolVersion::Tls12),
        Ok(ServerKeyExchange::Ecdhe {
            named_group: SECP256R1,
            ..
        })
    ));
}
