//! `mamori assess` scanning a system's `paths` and probing its `targets` itself: a key and a
//! Python file on disk, and a real `openssl s_server` on 127.0.0.1, assessed without any CBOM.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn openssl(dir: &Path, args: &[&str]) {
    let ok = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("openssl runs")
        .success();
    assert!(ok, "openssl {args:?}");
}

fn s_server(dir: &Path) -> (Server, u16) {
    for _ in 0..5 {
        let port = common::free_port();
        let child = Command::new("openssl")
            .args(["s_server", "-quiet", "-tls1_3", "-accept"])
            .arg(format!("127.0.0.1:{port}"))
            .args(["-cert", "srv.pem", "-key", "srv.key"])
            .current_dir(dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("openssl s_server starts");
        let mut server = Server(child);
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return (server, port);
            }
            if let Ok(Some(_)) = server.0.try_wait() {
                break;
            }
            std::thread::sleep(Duration::from_millis(30));
        }
    }
    panic!("openssl s_server did not start");
}

#[test]
fn assess_scans_paths_and_probes_targets_itself() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("assess-live-{}", std::process::id()));
    let inv = dir.join("inv");
    std::fs::create_dir_all(&inv).expect("dirs");
    openssl(
        &inv,
        &[
            "req", "-x509", "-newkey", "rsa:1024", "-nodes", "-keyout", "old.key", "-out",
            "old.pem", "-subj", "/CN=old", "-days", "30",
        ],
    );
    std::fs::write(
        inv.join("etag.py"),
        "import hashlib\n\ndef etag(b):\n    return hashlib.md5(b).hexdigest()\n",
    )
    .expect("py");
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
            "srv.key",
            "-out",
            "srv.pem",
            "-subj",
            "/CN=127.0.0.1",
            "-days",
            "30",
        ],
    );
    let (_server, port) = s_server(&dir);
    let systems = format!(
        "[[system]]\nname = \"portal\"\nsector = \"public\"\ncriticality = 4\ninternet_facing = true\nconfidentiality_years = 5\npaths = [\"inv\"]\ntargets = [\"tls:127.0.0.1:{port}\"]\n"
    );
    std::fs::write(dir.join("systems.toml"), systems).expect("toml");
    let toml = dir.join("systems.toml");
    let (code, out, err) = common::mamori(&[
        "assess",
        "--systems",
        toml.to_str().expect("path"),
        "--format",
        "json",
        "--year",
        "2026",
    ]);
    assert_eq!(code, 0, "{err}");
    let r: Value = serde_json::from_str(&out).expect("JSON");
    let assets = r["systems"][0]["assets"].as_array().expect("assets");
    let has = |pred: &dyn Fn(&Value) -> bool| assets.iter().any(pred);
    // From the files: the RSA-1024 key, broken today.
    assert!(
        has(&|a| a["name"] == "RSA-1024" && a["status"] == "broken"),
        "{assets:?}"
    );
    // From the code: MD5 at its line.
    assert!(
        has(&|a| a["name"] == "MD5"
            && a["locations"].as_array().is_some_and(|l| l
                .iter()
                .any(|x| x.as_str().unwrap_or("").ends_with("etag.py:4")))),
        "{assets:?}"
    );
    // From the endpoint: TLS 1.3 and the server's P-256 key, probed live.
    assert!(
        has(&|a| a["asset_type"] == "protocol"
            && a["source"].as_str().unwrap_or("").contains("probe")),
        "{assets:?}"
    );
    assert!(
        has(&|a| a["name"] == "EC-P-256" && a["status"] == "quantum-vulnerable"),
        "{assets:?}"
    );

    // A path that does not exist is an input error.
    std::fs::write(
        &toml,
        "[[system]]\nname = \"x\"\nsector = \"other\"\ncriticality = 1\npaths = [\"missing\"]\n",
    )
    .expect("toml");
    let (code, _, err) = common::mamori(&["assess", "--systems", toml.to_str().expect("path")]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("missing"), "{err}");
}
