//! The SSH transport codec against a real OpenSSH server (package `openssh-server`): sshd runs
//! in the foreground on 127.0.0.1 with a configuration of our own, and each test talks to it
//! over a blocking socket with the codec's messages, up to the key exchange reply that carries
//! the host key.
//!
//! sshd must run as root (privilege separation); without root or without `/usr/sbin/sshd` the
//! tests fail with a message saying so.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use mamori_inventory::ssh::parse_public_blob;
use mamori_inventory::ssh_wire::*;

const SSHD: &str = "/usr/sbin/sshd";
const TIMEOUT: Duration = Duration::from_secs(15);

/// The tests need a real sshd: without one they fail, naming the package to install.
fn sshd_available() -> bool {
    assert!(
        Path::new(SSHD).exists(),
        "{SSHD} is missing: install the openssh-server package"
    );
    true
}

/// Host keys shared by every test: generated once.
struct HostKeys {
    _dir: tempfile::TempDir,
    ed25519: PathBuf,
    rsa: PathBuf,
    ecdsa384: PathBuf,
    ca: PathBuf,
    /// `ed25519`'s host certificate, signed by `ca`.
    ed25519_cert: PathBuf,
}

fn run(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn keygen(dir: &Path, name: &str, args: &[&str]) -> PathBuf {
    let path = dir.join(name);
    run(Command::new("ssh-keygen")
        .args(["-q", "-N", "", "-C", name, "-f"])
        .arg(&path)
        .args(args));
    path
}

fn host_keys() -> &'static HostKeys {
    static KEYS: OnceLock<HostKeys> = OnceLock::new();
    KEYS.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let ed25519 = keygen(d, "host_ed25519", &["-t", "ed25519"]);
        let ca = keygen(d, "ca", &["-t", "ed25519"]);
        run(Command::new("ssh-keygen")
            .args([
                "-q",
                "-h",
                "-I",
                "mamori-test-host",
                "-n",
                "localhost",
                "-s",
            ])
            .arg(&ca)
            .arg(ed25519.with_extension("pub")));
        HostKeys {
            rsa: keygen(d, "host_rsa", &["-t", "rsa", "-b", "3072"]),
            ecdsa384: keygen(d, "host_ecdsa", &["-t", "ecdsa", "-b", "384"]),
            ed25519_cert: d.join("host_ed25519-cert.pub"),
            ed25519,
            ca,
            _dir: dir,
        }
    })
}

/// `SHA256:...` of a public key file, as `ssh-keygen -l` prints it.
fn keygen_fingerprint(public: &Path) -> String {
    let out = run(Command::new("ssh-keygen").arg("-lf").arg(public));
    out.split_whitespace().nth(1).unwrap().to_string()
}

/// The key blob of a one-line public key (or certificate) file.
fn file_blob(path: &Path) -> Vec<u8> {
    use base64::Engine;
    let text = std::fs::read_to_string(path).unwrap();
    let b64 = text.split_whitespace().nth(1).unwrap();
    base64::engine::general_purpose::STANDARD
        .decode(b64)
        .unwrap()
}

fn pub_of(key: &Path) -> PathBuf {
    let mut p = key.as_os_str().to_owned();
    p.push(".pub");
    PathBuf::from(p)
}

/// An sshd in the foreground; killed (by its pid) when dropped.
struct Sshd {
    child: Child,
    port: u16,
    dir: tempfile::TempDir,
}

impl Sshd {
    /// Starts sshd with our host keys and `extra` configuration lines.
    fn start(extra: &str) -> Sshd {
        std::fs::create_dir_all("/run/sshd").unwrap();
        let keys = host_keys();
        let mut last_log = String::new();
        for _attempt in 0..5 {
            let dir = tempfile::tempdir().unwrap();
            let port = {
                let l = TcpListener::bind("127.0.0.1:0").unwrap();
                l.local_addr().unwrap().port()
            };
            let cfg = dir.path().join("sshd_config");
            let text = format!(
                "ListenAddress 127.0.0.1:{port}\n\
                 HostKey {}\nHostKey {}\nHostKey {}\n\
                 PidFile none\nUsePAM no\nStrictModes no\nAuthorizedKeysFile none\n\
                 LogLevel DEBUG1\n{extra}\n",
                keys.ed25519.display(),
                keys.rsa.display(),
                keys.ecdsa384.display(),
            );
            std::fs::write(&cfg, text).unwrap();
            let check = Command::new(SSHD)
                .arg("-t")
                .arg("-f")
                .arg(&cfg)
                .output()
                .unwrap();
            assert!(
                check.status.success(),
                "sshd -t: {}",
                String::from_utf8_lossy(&check.stderr)
            );
            let log = dir.path().join("sshd.log");
            let child = Command::new(SSHD)
                .args(["-D", "-e", "-f"])
                .arg(&cfg)
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(std::fs::File::create(&log).unwrap())
                .spawn()
                .expect("start sshd");
            let mut sshd = Sshd { child, port, dir };
            let start = Instant::now();
            while start.elapsed() < TIMEOUT {
                if let Ok(Some(_)) = sshd.child.try_wait() {
                    break; // e.g. the port was taken meanwhile: try another
                }
                if TcpStream::connect(("127.0.0.1", port)).is_ok() {
                    return sshd;
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            last_log = sshd.log();
        }
        panic!("sshd did not start: {last_log}");
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("sshd.log")).unwrap_or_default()
    }
}

impl Drop for Sshd {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One connection, past the banner and the server's KEXINIT.
struct Conn {
    stream: TcpStream,
    reader: PacketReader,
    banner: Banner,
    server_kexinit: KexInit,
    server_kexinit_payload: Vec<u8>,
}

impl Conn {
    fn open(port: u16) -> Conn {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        stream.set_read_timeout(Some(TIMEOUT)).unwrap();
        stream.set_write_timeout(Some(TIMEOUT)).unwrap();
        stream
            .write_all(format!("{CLIENT_BANNER}\r\n").as_bytes())
            .unwrap();
        let mut buf = Vec::new();
        let (banner, used) = loop {
            if let Some(done) = parse_banner(&buf).unwrap() {
                break done;
            }
            let mut chunk = [0u8; 512];
            let n = stream.read(&mut chunk).unwrap();
            assert!(n > 0, "connection closed before the banner");
            buf.extend_from_slice(&chunk[..n]);
        };
        let mut reader = PacketReader::new();
        reader.feed(&buf[used..]).unwrap();
        let mut conn = Conn {
            stream,
            reader,
            banner,
            server_kexinit: client_kex_init(&[], &[], [0; 16]),
            server_kexinit_payload: Vec::new(),
        };
        let payload = conn.next_payload().expect("server KEXINIT");
        match parse_server_message(&payload, false).unwrap() {
            ServerKexMessage::KexInit(k) => conn.server_kexinit = k,
            other => panic!("expected KEXINIT, got {other:?}"),
        }
        conn.server_kexinit_payload = payload;
        conn
    }

    /// The next payload, `None` when the server closed the connection.
    fn next_payload(&mut self) -> Option<Vec<u8>> {
        loop {
            if let Some(p) = self.reader.next_payload().unwrap() {
                return Some(p);
            }
            let mut chunk = [0u8; 4096];
            let n = self.stream.read(&mut chunk).unwrap();
            if n == 0 {
                return None;
            }
            self.reader.feed(&chunk[..n]).unwrap();
        }
    }

    fn send(&mut self, payload: &[u8]) {
        self.stream.write_all(&encode_packet(payload)).unwrap();
    }

    /// The next key exchange message, skipping IGNORE and DEBUG.
    fn message(&mut self, expecting_gex: bool) -> Option<ServerKexMessage> {
        loop {
            let p = self.next_payload()?;
            match parse_server_message(&p, expecting_gex).unwrap() {
                ServerKexMessage::Ignore | ServerKexMessage::Debug => continue,
                m => return Some(m),
            }
        }
    }
}

/// What a host-key probe learnt.
#[derive(Debug)]
struct Probe {
    host_key_blob: Vec<u8>,
    server_public_len: usize,
    gex_p_bits: Option<u32>,
    detail: KexReplyDetail,
}

/// Banner → KEXINIT exchange → the method's init → the reply with the host key. `Err` carries
/// sshd's log when the server closed the connection instead.
fn probe(sshd: &Sshd, kex: &str, host_key: &str) -> Result<Probe, String> {
    let mut c = Conn::open(sshd.port);
    c.send(&client_kex_init(&[kex], &[host_key], *b"mamori-test-cook").encode());
    let mut gex_p_bits = None;
    match kex_flow(kex).expect("a method the codec can start") {
        KexFlow::Direct => c.send(&kex_init_message(kex).unwrap()),
        KexFlow::GroupExchange => {
            c.send(&gex_request(2048, 3072, 8192));
            match c.message(true) {
                Some(ServerKexMessage::GexGroup { p_bits, g }) => {
                    assert!(!g.is_empty());
                    gex_p_bits = Some(p_bits);
                }
                other => return Err(format!("{other:?}\n{}", sshd.log())),
            }
            c.send(&gex_init());
        }
    }
    let payload = loop {
        let Some(p) = c.next_payload() else {
            return Err(format!("connection closed\n{}", sshd.log()));
        };
        match parse_server_message(&p, false).unwrap() {
            ServerKexMessage::Ignore | ServerKexMessage::Debug => continue,
            ServerKexMessage::KexReply { .. } => break p,
            other => return Err(format!("{other:?}\n{}", sshd.log())),
        }
    };
    let Ok(ServerKexMessage::KexReply {
        host_key_blob,
        server_public_len,
    }) = parse_server_message(&payload, false)
    else {
        unreachable!()
    };
    Ok(Probe {
        host_key_blob,
        server_public_len,
        gex_p_bits,
        detail: parse_kex_reply(&payload).unwrap(),
    })
}

fn names(s: &str) -> Vec<String> {
    s.split(',').map(str::to_string).collect()
}

/// The key exchange methods this sshd binary supports (`ssh -Q kex`, from the same OpenSSH).
fn supported_kex() -> Vec<String> {
    let out = Command::new("ssh").args(["-Q", "kex"]).output();
    match out {
        Ok(o) if o.status.success() => String::from_utf8_lossy(&o.stdout)
            .lines()
            .map(str::to_string)
            .collect(),
        _ => Vec::new(),
    }
}

mod ssh_wire_against_sshd {
    use super::*;

    /// The restricted lists come back exactly, with OpenSSH's marker appended.
    #[test]
    fn banner_and_restricted_kexinit() {
        if !sshd_available() {
            return;
        }
        let sshd = Sshd::start(
            "KexAlgorithms curve25519-sha256,diffie-hellman-group14-sha256,ecdh-sha2-nistp256\n\
             HostKeyAlgorithms ssh-ed25519,rsa-sha2-512,ecdsa-sha2-nistp384\n\
             Ciphers aes256-gcm@openssh.com,chacha20-poly1305@openssh.com\n\
             MACs hmac-sha2-256-etm@openssh.com,hmac-sha2-512\n\
             Compression no",
        );
        let c = Conn::open(sshd.port);
        assert!(c.banner.software.starts_with("OpenSSH_"), "{:?}", c.banner);
        assert_eq!(c.banner.proto_version, "2.0");
        assert!(c.banner.pre_banner_lines.is_empty());
        let k = &c.server_kexinit;
        // OpenSSH adds `kex-strict-s-v00@openssh.com` (Terrapin countermeasure; upstream 9.6,
        // backported by distributions) at the end; from 9.6 on `ext-info-s` too, but only
        // servers that do the RFC 8308 server-side ext-info. Accept both spellings of what the
        // binary sends, asserting the markers are exactly the known ones, at the end.
        let methods: Vec<&str> = k.kex_methods().collect();
        assert_eq!(
            methods,
            [
                "curve25519-sha256",
                "diffie-hellman-group14-sha256",
                "ecdh-sha2-nistp256"
            ]
        );
        let markers: Vec<&str> = k.kex_markers().collect();
        assert!(
            markers == ["kex-strict-s-v00@openssh.com"]
                || markers == ["ext-info-s", "kex-strict-s-v00@openssh.com"],
            "{markers:?}"
        );
        assert_eq!(&k.kex_algorithms[..3], methods.as_slice());
        assert_eq!(
            k.server_host_key_algorithms,
            names("ssh-ed25519,rsa-sha2-512,ecdsa-sha2-nistp384")
        );
        let ciphers = names("aes256-gcm@openssh.com,chacha20-poly1305@openssh.com");
        assert_eq!(k.encryption_client_to_server, ciphers);
        assert_eq!(k.encryption_server_to_client, ciphers);
        let macs = names("hmac-sha2-256-etm@openssh.com,hmac-sha2-512");
        assert_eq!(k.mac_client_to_server, macs);
        assert_eq!(k.mac_server_to_client, macs);
        assert_eq!(k.compression_client_to_server, ["none"]);
        assert_eq!(k.compression_server_to_client, ["none"]);
        assert!(k.languages_client_to_server.is_empty());
        assert!(k.languages_server_to_client.is_empty());
        assert!(!k.first_kex_packet_follows);
        assert_eq!(k.encode(), c.server_kexinit_payload);
        assert!(
            c.reader.anomalies().is_empty(),
            "{:?}",
            c.reader.anomalies()
        );
    }

    /// Every host key algorithm offered, each through its own connection with curve25519.
    #[test]
    fn host_keys_through_curve25519() {
        if !sshd_available() {
            return;
        }
        let keys = host_keys();
        let sshd = Sshd::start(&format!(
            "HostCertificate {}\n\
             HostKeyAlgorithms ssh-ed25519-cert-v01@openssh.com,ssh-ed25519,rsa-sha2-512,\
             rsa-sha2-256,ssh-rsa,ecdsa-sha2-nistp384",
            keys.ed25519_cert.display()
        ));
        let offered = Conn::open(sshd.port)
            .server_kexinit
            .server_host_key_algorithms;
        // sshd lists its host keys in HostKey order, each key's certificate after the plain
        // key, keeping only what HostKeyAlgorithms allows: the configured order is not kept.
        assert_eq!(
            offered,
            names(
                "ssh-ed25519,ssh-ed25519-cert-v01@openssh.com,rsa-sha2-512,rsa-sha2-256,\
                 ssh-rsa,ecdsa-sha2-nistp384"
            )
        );
        let ed = keygen_fingerprint(&pub_of(&keys.ed25519));
        let rsa = keygen_fingerprint(&pub_of(&keys.rsa));
        let ecdsa = keygen_fingerprint(&pub_of(&keys.ecdsa384));
        // `ssh-keygen -l` prints a certificate's certified key fingerprint; the blob sent is
        // the certificate itself, whose fingerprint is that of the `-cert.pub` file's blob.
        let cert_blob = file_blob(&keys.ed25519_cert);
        let cert = mamori_inventory::ssh::fingerprint(&cert_blob);
        let ca = keygen_fingerprint(&pub_of(&keys.ca));
        for (alg, fingerprint, key_type, name, bits, signature) in [
            (
                "ssh-ed25519-cert-v01@openssh.com",
                &cert,
                "ssh-ed25519-cert-v01@openssh.com",
                "Ed25519",
                None,
                "ssh-ed25519",
            ),
            (
                "ssh-ed25519",
                &ed,
                "ssh-ed25519",
                "Ed25519",
                None,
                "ssh-ed25519",
            ),
            (
                "rsa-sha2-512",
                &rsa,
                "ssh-rsa",
                "RSA-3072",
                Some(3072),
                "rsa-sha2-512",
            ),
            (
                "rsa-sha2-256",
                &rsa,
                "ssh-rsa",
                "RSA-3072",
                Some(3072),
                "rsa-sha2-256",
            ),
            (
                "ssh-rsa",
                &rsa,
                "ssh-rsa",
                "RSA-3072",
                Some(3072),
                "ssh-rsa",
            ),
            (
                "ecdsa-sha2-nistp384",
                &ecdsa,
                "ecdsa-sha2-nistp384",
                "",
                Some(384),
                "ecdsa-sha2-nistp384",
            ),
        ] {
            let p = probe(&sshd, "curve25519-sha256", alg).unwrap_or_else(|e| panic!("{alg}: {e}"));
            assert_eq!(p.server_public_len, 32, "{alg}");
            assert_eq!(p.detail.signature_algorithm, signature, "{alg}");
            let key = parse_public_blob(&p.host_key_blob).unwrap();
            assert_eq!(key.key_type, key_type, "{alg}");
            assert_eq!(&key.fingerprint, fingerprint, "{alg}");
            let algorithm = key
                .algorithm
                .as_ref()
                .unwrap_or_else(|| panic!("{alg}: no algorithm"));
            assert_eq!(algorithm.key_size, bits, "{alg}: {algorithm:?}");
            if !name.is_empty() {
                assert_eq!(algorithm.name, name, "{alg}");
            }
            if alg.contains("-cert-") {
                assert_eq!(p.host_key_blob, cert_blob);
                let c = key.certificate.as_ref().unwrap();
                assert_eq!(c.ca_fingerprint, ca);
                assert_eq!(c.key_id, "mamori-test-host");
                assert_eq!(c.principals, ["localhost"]);
            }
        }
        // A host key algorithm the server does not offer: it gives up with no reply.
        let mut c = Conn::open(sshd.port);
        c.send(&client_kex_init(&["curve25519-sha256"], &["ssh-dss"], [1; 16]).encode());
        c.send(&kex_init_message("curve25519-sha256").unwrap());
        match c.message(false) {
            None | Some(ServerKexMessage::Disconnect { .. }) => {}
            other => panic!("{other:?}"),
        }
    }

    /// Every key exchange method the codec can start and this OpenSSH supports.
    #[test]
    fn every_supported_kex_method() {
        if !sshd_available() {
            return;
        }
        let supported = supported_kex();
        let wanted = [
            "curve25519-sha256",
            "curve25519-sha256@libssh.org",
            "ecdh-sha2-nistp256",
            "ecdh-sha2-nistp384",
            "ecdh-sha2-nistp521",
            "diffie-hellman-group1-sha1",
            "diffie-hellman-group14-sha1",
            "diffie-hellman-group14-sha256",
            "diffie-hellman-group16-sha512",
            "diffie-hellman-group18-sha512",
            "diffie-hellman-group-exchange-sha1",
            "diffie-hellman-group-exchange-sha256",
            "sntrup761x25519-sha512",
            "sntrup761x25519-sha512@openssh.com",
            "mlkem768x25519-sha256",
            "curve448-sha512",
        ];
        let methods: Vec<&str> = wanted
            .iter()
            .copied()
            .filter(|m| supported.iter().any(|s| s == m))
            .collect();
        for must in [
            "curve25519-sha256",
            "ecdh-sha2-nistp256",
            "diffie-hellman-group14-sha256",
            "diffie-hellman-group-exchange-sha256",
            "sntrup761x25519-sha512@openssh.com",
        ] {
            assert!(
                methods.contains(&must),
                "ssh -Q kex lacks {must}: {supported:?}"
            );
        }
        eprintln!("methods tried: {methods:?}");
        let sshd = Sshd::start(&format!("KexAlgorithms {}", methods.join(",")));
        let ed = keygen_fingerprint(&pub_of(&host_keys().ed25519));
        let expected_p_bits = gex_prime_bits(2048, 3072, 8192);
        for kex in &methods {
            let p = probe(&sshd, kex, "ssh-ed25519").unwrap_or_else(|e| panic!("{kex}: {e}"));
            let key = parse_public_blob(&p.host_key_blob).unwrap();
            assert_eq!(key.fingerprint, ed, "{kex}");
            let expected_len = match *kex {
                k if k.starts_with("curve25519") => 32,
                "curve448-sha512" => 56,
                "ecdh-sha2-nistp256" => 65,
                "ecdh-sha2-nistp384" => 97,
                "ecdh-sha2-nistp521" => 133,
                k if k.starts_with("sntrup761") => 1039 + 32,
                "mlkem768x25519-sha256" => 1088 + 32,
                "diffie-hellman-group1-sha1" => 128,
                k if k.starts_with("diffie-hellman-group14") => 256,
                "diffie-hellman-group16-sha512" => 512,
                "diffie-hellman-group18-sha512" => 1024,
                _ => expected_p_bits as usize / 8,
            };
            // f is an mpint: a byte longer when its top bit is set, shorter when its top
            // byte happens to be zero (1 in 256).
            if kex.starts_with("diffie-hellman") {
                assert!(
                    (expected_len - 3..=expected_len + 1).contains(&p.server_public_len),
                    "{kex}: {}",
                    p.server_public_len
                );
            } else {
                assert_eq!(p.server_public_len, expected_len, "{kex}");
            }
            if kex.contains("group-exchange") {
                assert_eq!(p.gex_p_bits, Some(expected_p_bits), "{kex}");
                assert_eq!(p.detail.message_type, MSG_KEX_DH_GEX_REPLY);
            } else {
                assert_eq!(p.gex_p_bits, None);
                assert_eq!(p.detail.message_type, MSG_KEX_ECDH_REPLY);
            }
        }
    }

    /// DH `e = 2` is a group element, but OpenSSH refuses it; our `e` is accepted.
    #[test]
    fn openssh_refuses_e_2() {
        if !sshd_available() {
            return;
        }
        let sshd = Sshd::start("KexAlgorithms diffie-hellman-group14-sha256");
        let mut c = Conn::open(sshd.port);
        c.send(
            &client_kex_init(
                &["diffie-hellman-group14-sha256"],
                &["ssh-ed25519"],
                [2; 16],
            )
            .encode(),
        );
        c.send(&[30, 0, 0, 0, 1, 2]);
        assert!(matches!(
            c.message(false),
            None | Some(ServerKexMessage::Disconnect { .. })
        ));
        let start = Instant::now();
        while !sshd.log().contains("invalid public DH value") && start.elapsed() < TIMEOUT {
            std::thread::sleep(Duration::from_millis(20));
        }
        assert!(
            sshd.log().contains("invalid public DH value"),
            "{}",
            sshd.log()
        );
        probe(&sshd, "diffie-hellman-group14-sha256", "ssh-ed25519").unwrap();
    }
}

/// The prime size sshd picks for a group exchange request, from its moduli file the way
/// OpenSSH's `choose_dh` does: among the file's safe primes with min ≤ size ≤ max, the smallest
/// size above `n`, else the largest below; without a usable file, the fixed group nearest `n`
/// (RFC 3526 groups 14/16/18: 2048, 4096, 8192 bits; OpenSSH `dh_new_group_fallback`).
fn gex_prime_bits(min: u32, n: u32, max: u32) -> u32 {
    let moduli = std::fs::read_to_string("/etc/ssh/moduli").unwrap_or_default();
    let mut best: Option<u32> = None;
    for line in moduli.lines() {
        let f: Vec<&str> = line.split_whitespace().collect();
        if f.len() != 7 || line.starts_with('#') {
            continue;
        }
        // Field 5 is the size minus one.
        let Ok(size) = f[4].parse::<u32>() else {
            continue;
        };
        let size = size + 1;
        if size < min || size > max {
            continue;
        }
        best = Some(match best {
            None => size,
            Some(b) if (size > n && size < b) || (size > b && b < n) => size,
            Some(b) => b,
        });
    }
    best.unwrap_or(if n <= 2048 {
        2048
    } else if n <= 4096 {
        4096
    } else {
        8192
    })
}
