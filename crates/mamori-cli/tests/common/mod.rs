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
