//! `mamori scan ssh` against a real OpenSSH sshd on 127.0.0.1 with restricted algorithm lists:
//! the lists, the host keys and the verdict must be exactly what the server was configured with.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::cargo::CommandCargoExt;
use serde_json::Value;

struct Sshd {
    child: Child,
    port: u16,
    dir: PathBuf,
}

impl Drop for Sshd {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn run(dir: &Path, cmd: &str, args: &[&str]) -> String {
    let out = Command::new(cmd)
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| {
            panic!("{cmd} must be installed (openssh-server, openssh-client): {e}")
        });
    assert!(
        out.status.success(),
        "{cmd} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Starts sshd in the foreground with `extra` configuration lines and waits until it listens.
fn sshd(name: &str, extra: &str) -> Sshd {
    let dir =
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("sshd-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("sshd dir");
    std::fs::create_dir_all("/run/sshd").expect("privilege separation dir /run/sshd");
    run(
        &dir,
        "ssh-keygen",
        &["-q", "-t", "ed25519", "-N", "", "-f", "host_ed25519"],
    );
    run(
        &dir,
        "ssh-keygen",
        &["-q", "-t", "rsa", "-b", "3072", "-N", "", "-f", "host_rsa"],
    );
    run(
        &dir,
        "ssh-keygen",
        &[
            "-q",
            "-t",
            "ecdsa",
            "-b",
            "384",
            "-N",
            "",
            "-f",
            "host_ecdsa",
        ],
    );
    for attempt in 0..5 {
        let port = common::free_port();
        let cfg = format!(
            "ListenAddress 127.0.0.1:{port}\nHostKey {d}/host_ed25519\nHostKey {d}/host_rsa\nHostKey {d}/host_ecdsa\n\
             PidFile {d}/sshd.pid\nUsePAM no\nStrictModes no\nAuthorizedKeysFile none\n{extra}\n",
            d = dir.display()
        );
        std::fs::write(dir.join("sshd_config"), cfg).expect("config");
        run(&dir, "/usr/sbin/sshd", &["-t", "-f", "sshd_config"]);
        let child = Command::new("/usr/sbin/sshd")
            .args(["-D", "-e", "-f"])
            .arg(dir.join("sshd_config"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("sshd starts");
        let mut server = Sshd {
            child,
            port,
            dir: dir.clone(),
        };
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return server;
            }
            if let Ok(Some(_)) = server.child.try_wait() {
                break; // lost the port to someone else: try another
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = server.child.kill();
        std::mem::forget(server); // keep the folder for the next attempt
        eprintln!("sshd attempt {attempt} failed, retrying");
    }
    panic!("sshd did not start");
}

fn fingerprint(dir: &Path, file: &str) -> String {
    run(dir, "ssh-keygen", &["-l", "-E", "sha256", "-f", file])
        .split_whitespace()
        .nth(1)
        .expect("fingerprint")
        .to_string()
}

fn scan(port: u16, extra: &[&str]) -> (i32, Value) {
    common::scan_json("ssh", port, extra)
}

/// Names OpenSSH adds to its KEXINIT on its own (extension negotiation, strict KEX).
fn without_markers<'a>(v: &[&'a str]) -> Vec<&'a str> {
    v.iter()
        .copied()
        .filter(|k| !k.starts_with("ext-info-") && !k.starts_with("kex-strict-"))
        .collect()
}

#[test]
fn restricted_modern_server() {
    let s = sshd(
        "modern",
        "KexAlgorithms sntrup761x25519-sha512@openssh.com,curve25519-sha256\n\
         HostKeyAlgorithms ssh-ed25519,rsa-sha2-512,ecdsa-sha2-nistp384\n\
         Ciphers chacha20-poly1305@openssh.com,aes256-gcm@openssh.com\n\
         MACs hmac-sha2-512-etm@openssh.com",
    );
    let (code, r) = scan(s.port, &[]);
    assert_eq!(r["error"], Value::Null, "{r}");
    assert_eq!(r["protocol"], "ssh");
    let ssh = &r["ssh"];
    assert!(
        ssh["banner"]
            .as_str()
            .is_some_and(|b| b.starts_with("SSH-2.0-OpenSSH_")),
        "{ssh}"
    );
    assert_eq!(
        without_markers(&common::strings(&ssh["kex"])),
        ["sntrup761x25519-sha512@openssh.com", "curve25519-sha256"]
    );
    assert_eq!(
        common::strings(&ssh["host_key_algorithms"]),
        ["ssh-ed25519", "rsa-sha2-512", "ecdsa-sha2-nistp384"]
    );
    assert_eq!(
        common::strings(&ssh["ciphers"]),
        ["chacha20-poly1305@openssh.com", "aes256-gcm@openssh.com"]
    );
    assert_eq!(
        common::strings(&ssh["macs"]),
        ["hmac-sha2-512-etm@openssh.com"]
    );
    let keys: Vec<(&str, &str, u64, &str)> = ssh["host_keys"]
        .as_array()
        .expect("host keys")
        .iter()
        .map(|k| {
            (
                k["algorithm"].as_str().unwrap_or(""),
                k["type"].as_str().unwrap_or(""),
                k["size"].as_u64().unwrap_or(0),
                k["fingerprint"].as_str().unwrap_or(""),
            )
        })
        .collect();
    let ed = fingerprint(&s.dir, "host_ed25519.pub");
    let rsa = fingerprint(&s.dir, "host_rsa.pub");
    let ec = fingerprint(&s.dir, "host_ecdsa.pub");
    assert_eq!(
        keys,
        vec![
            ("ssh-ed25519", "ssh-ed25519", 0, ed.as_str()),
            ("rsa-sha2-512", "ssh-rsa", 3072, rsa.as_str()),
            (
                "ecdsa-sha2-nistp384",
                "ecdsa-sha2-nistp384",
                384,
                ec.as_str()
            ),
        ]
    );
    assert_eq!(r["verdict"]["kex_quantum_safe"], true);
    assert_eq!(r["verdict"]["auth_quantum_safe"], false);
    assert_eq!(common::strings(&r["verdict"]["broken"]), Vec::<&str>::new());
    assert_eq!(code, 0);
    assert_eq!(scan(s.port, &["--fail-on", "quantum-vulnerable"]).0, 1);
}

#[test]
fn legacy_server_is_broken() {
    let s = sshd(
        "legacy",
        "KexAlgorithms diffie-hellman-group1-sha1,diffie-hellman-group14-sha1\n\
         HostKeyAlgorithms ssh-rsa\nPubkeyAcceptedAlgorithms +ssh-rsa\n\
         Ciphers aes128-cbc,3des-cbc\n\
         MACs hmac-sha1,hmac-md5",
    );
    let (code, r) = scan(s.port, &[]);
    assert_eq!(r["error"], Value::Null, "{r}");
    assert_eq!(
        without_markers(&common::strings(&r["ssh"]["kex"])),
        ["diffie-hellman-group1-sha1", "diffie-hellman-group14-sha1"]
    );
    let keys = r["ssh"]["host_keys"].as_array().expect("host keys");
    assert_eq!(keys.len(), 1, "{r}");
    assert_eq!(
        keys[0]["fingerprint"],
        fingerprint(&s.dir, "host_rsa.pub").as_str()
    );
    let broken = common::strings(&r["verdict"]["broken"]).join("\n");
    for expected in [
        "kex diffie-hellman-group1-sha1",
        "host-key algorithm ssh-rsa",
        "cipher 3des-cbc",
        "mac hmac-md5",
        "cipher aes128-cbc with mac hmac-sha1",
    ] {
        assert!(
            broken.contains(expected),
            "{expected} missing from:\n{broken}"
        );
    }
    assert_eq!(r["verdict"]["kex_quantum_safe"], false);
    assert_eq!(code, 1);
}

#[test]
fn unreachable_target_is_an_error_not_a_crash() {
    let port = common::free_port();
    let (code, r) = scan(port, &[]);
    assert!(
        r["error"]
            .as_str()
            .is_some_and(|e| e.contains("connection failed")),
        "{r}"
    );
    assert_eq!(code, 2);
}

#[test]
fn ssh_cbom_validates_and_links_host_keys() {
    let s = sshd(
        "cbom",
        "KexAlgorithms sntrup761x25519-sha512@openssh.com,curve25519-sha256",
    );
    let out = Command::cargo_bin("mamori")
        .expect("binary")
        .args([
            "scan",
            "ssh",
            &format!("127.0.0.1:{}", s.port),
            "--format",
            "cbom",
        ])
        .output()
        .expect("mamori runs");
    let bom: Value = serde_json::from_slice(&out.stdout).expect("CBOM JSON");
    if let Err(errors) = mamori_formats::testing::validate_cyclonedx_1_6(&bom) {
        panic!("CBOM does not validate:\n{}", errors.join("\n"));
    }
    let components = bom["components"].as_array().expect("components");
    let proto = components
        .iter()
        .find(|c| c["cryptoProperties"]["protocolProperties"]["type"] == "ssh")
        .expect("ssh protocol component");
    let refs = common::strings(&proto["cryptoProperties"]["protocolProperties"]["cryptoRefArray"]);
    let ids: Vec<&str> = components
        .iter()
        .filter(|c| refs.contains(&c["bom-ref"].as_str().unwrap_or("")))
        .filter_map(|c| c["cryptoProperties"]["relatedCryptoMaterialProperties"]["id"].as_str())
        .collect();
    let ed = fingerprint(&s.dir, "host_ed25519.pub");
    assert!(ids.contains(&ed.as_str()), "{ids:?}");
}
