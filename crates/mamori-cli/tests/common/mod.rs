//! Helpers shared by the network-scan tests: ports, running the binary, reading its JSON.
#![allow(dead_code)] // each test binary uses a different subset

use std::net::TcpListener;
use std::process::Command;

use assert_cmd::cargo::CommandCargoExt;
use serde_json::Value;

/// A loopback port free at the time of the call (the server is started right after; callers
/// retry when another process takes it first).
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free loopback port")
}

/// The strings of a JSON array (empty for anything else).
pub fn strings(v: &Value) -> Vec<&str> {
    v.as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

/// Runs `mamori scan PROTOCOL 127.0.0.1:PORT --format json --timeout 10 EXTRA...` and returns
/// the exit code and the one JSON line it prints.
pub fn scan_json(protocol: &str, port: u16, extra: &[&str]) -> (i32, Value) {
    let out = Command::cargo_bin("mamori")
        .expect("binary")
        .args([
            "scan",
            protocol,
            &format!("127.0.0.1:{port}"),
            "--format",
            "json",
            "--timeout",
            "10",
        ])
        .args(extra)
        .output()
        .expect("mamori runs");
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text
        .lines()
        .next()
        .unwrap_or_else(|| panic!("no output: {}", String::from_utf8_lossy(&out.stderr)));
    (
        out.status.code().unwrap_or(-1),
        serde_json::from_str(line).expect("one JSON object per line"),
    )
}

/// Runs `mamori ARGS...` in `dir` (the current directory when `None`) and returns the exit code,
/// standard output and standard error.
pub fn mamori_in(dir: Option<&std::path::Path>, args: &[&str]) -> (i32, String, String) {
    let mut cmd = Command::cargo_bin("mamori").expect("binary built");
    cmd.args(args);
    if let Some(d) = dir {
        cmd.current_dir(d);
    }
    let out = cmd.output().expect("mamori runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// [`mamori_in`] in the current directory.
pub fn mamori(args: &[&str]) -> (i32, String, String) {
    mamori_in(None, args)
}
