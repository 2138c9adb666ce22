//! End-to-end: `mamori assess --format html` on the example organization (examples/org), then
//! the report opened in headless Chromium: it must render (a non-trivial screenshot, every
//! system in the DOM) without a single console message, script error or blocked resource.
//!
//! Needs Chromium: the Debian package `chromium` (binary `chromium`; `chromium-browser` and
//! `$MAMORI_CHROMIUM` are tried too). The test fails with a message naming the package when it
//! is missing.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::cargo::CommandCargoExt;

/// The systems of examples/org/systems.toml.
const SYSTEMS: [&str; 7] = [
    "identity-ca",
    "tax-portal",
    "payments-gateway",
    "patient-records",
    "signalling-core",
    "grid-scada",
    "port-community",
];

/// How long one Chromium run may take before it is killed.
const BROWSER_TIMEOUT: Duration = Duration::from_secs(120);

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("repository root")
}

fn tmp_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
}

/// Renders the example organization's report to `$CARGO_TARGET_TMPDIR/<name>`.
fn render_report(name: &str) -> PathBuf {
    let systems = repo_root().join("examples/org/systems.toml");
    let report = tmp_dir().join(name);
    let _ = fs::remove_file(&report);
    let out = Command::cargo_bin("mamori")
        .expect("binary built")
        .arg("assess")
        .arg("--systems")
        .arg(&systems)
        .args(["--format", "html", "-o"])
        .arg(&report)
        .output()
        .expect("mamori runs");
    assert!(
        out.status.success(),
        "mamori assess failed ({}):\nstdout:\n{}\nstderr:\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let html = fs::read_to_string(&report).expect("report written");
    assert!(
        html.starts_with("<!DOCTYPE html>"),
        "not an HTML page: {}",
        &html[..html.len().min(200)]
    );
    report
}

fn on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

/// The Chromium binary, or a failure that says what to install.
fn chromium() -> PathBuf {
    if let Some(p) = std::env::var_os("MAMORI_CHROMIUM").filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    ["chromium", "chromium-browser"]
        .iter()
        .find_map(|n| on_path(n))
        .unwrap_or_else(|| {
            panic!(
                "headless Chromium is needed for this test but neither `chromium` nor \
             `chromium-browser` is on PATH: install the Debian package `chromium` \
             (apt-get install -y chromium) or set MAMORI_CHROMIUM to the browser binary"
            )
        })
}

/// What one headless Chromium run printed.
struct BrowserRun {
    stdout: String,
    stderr: String,
}

/// Runs headless Chromium on `page` with `extra` arguments, with its own profile directory (so
/// parallel runs do not share one), logging to stderr, and a timeout.
fn run_chromium(page: &Path, tag: &str, extra: &[String]) -> BrowserRun {
    let dir = tmp_dir().join(format!("chromium-{tag}"));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("chromium work dir");
    let stdout_path = dir.join("stdout.txt");
    let stderr_path = dir.join("stderr.txt");
    let url = format!("file://{}", page.display());
    let mut child = Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",
            "--hide-scrollbars",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .args(extra)
        .arg(&url)
        .current_dir(&dir)
        .stdin(Stdio::null())
        .stdout(fs::File::create(&stdout_path).expect("stdout file"))
        .stderr(fs::File::create(&stderr_path).expect("stderr file"))
        .spawn()
        .unwrap_or_else(|e| {
            panic!(
                "cannot start {}: {e} (Debian package `chromium`)",
                chromium().display()
            )
        });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for chromium") {
            break status;
        }
        if start.elapsed() > BROWSER_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "chromium did not finish within {BROWSER_TIMEOUT:?}; stderr:\n{}",
                fs::read_to_string(&stderr_path).unwrap_or_default()
            );
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let run = BrowserRun {
        stdout: fs::read_to_string(&stdout_path).unwrap_or_default(),
        stderr: String::from_utf8_lossy(&fs::read(&stderr_path).unwrap_or_default()).into_owned(),
    };
    assert!(
        status.success(),
        "chromium exited with {status}; stderr:\n{}",
        run.stderr
    );
    run
}

/// Lines of Chromium's stderr that mean the page misbehaved. Chromium is noisy (D-Bus, GPU,
/// sandbox and sqlite warnings, the Debian wrapper script's own complaints); those are fine.
/// The page has no JavaScript, so any console message at all is a failure, as are script
/// errors, failed loads and Content-Security-Policy refusals.
fn page_problems(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|line| {
            // Console messages: "INFO:CONSOLE(12)] ..." (older) or "INFO:CONSOLE:12] ..." (newer).
            let console = line.contains(":CONSOLE(") || line.contains(":CONSOLE:");
            console
                || line.contains("Uncaught")
                || line.contains("Failed to load resource")
                || line.contains("Content Security Policy")
                || line.contains("Refused to")
        })
        .collect()
}

#[test]
fn report_renders_in_headless_chromium_without_errors() {
    let report = render_report("report.html");
    let screenshot = tmp_dir().join("assess-report.png");
    let _ = fs::remove_file(&screenshot);
    let run = run_chromium(
        &report,
        "screenshot",
        &[
            format!("--screenshot={}", screenshot.display()),
            "--window-size=1280,2400".to_owned(),
        ],
    );

    let png = fs::read(&screenshot).unwrap_or_else(|e| {
        panic!(
            "no screenshot at {}: {e}; chromium stderr:\n{}",
            screenshot.display(),
            run.stderr
        )
    });
    assert!(
        png.starts_with(b"\x89PNG\r\n\x1a\n"),
        "screenshot is not a PNG"
    );
    assert!(
        png.len() > 10 * 1024,
        "screenshot is only {} bytes: the page looks blank; chromium stderr:\n{}",
        png.len(),
        run.stderr
    );

    let problems = page_problems(&run.stderr);
    assert!(
        problems.is_empty(),
        "the page logged problems in chromium:\n{}",
        problems.join("\n")
    );
}

#[test]
fn report_dom_in_headless_chromium_has_every_system_and_chart() {
    let report = render_report("report-dom.html");
    let run = run_chromium(&report, "dump-dom", &["--dump-dom".to_owned()]);
    let dom = &run.stdout;
    assert!(
        dom.contains("<html"),
        "no DOM dumped; chromium stderr:\n{}",
        run.stderr
    );
    for system in SYSTEMS {
        assert!(
            dom.contains(system),
            "system {system} is missing from the rendered DOM"
        );
    }
    for chart in ["chart-timeline", "chart-sectors", "chart-strength"] {
        assert!(
            dom.contains(&format!("id=\"{chart}\"")),
            "chart {chart} is missing from the DOM"
        );
    }
    assert!(
        dom.contains("Example Ministry"),
        "organization name missing"
    );
    // The infeasible tax-portal deadline is marked on the timeline.
    assert!(
        dom.contains("class=\"infeasible\""),
        "no infeasible-deadline marker"
    );
    assert!(
        !dom.contains("<script"),
        "the report must not contain scripts"
    );

    let problems = page_problems(&run.stderr);
    assert!(
        problems.is_empty(),
        "the page logged problems in chromium:\n{}",
        problems.join("\n")
    );
}

#[test]
fn console_problem_filter_ignores_noise_and_catches_errors() {
    let noise = "\
/usr/bin/chromium: 9: [: 25276502016: unexpected operator
[1:2:1125/214843.877156:ERROR:dbus/bus.cc:405] Failed to connect to the bus: Could not parse server address
[1:2:1125/214843.891081:WARNING:media/gpu/vaapi/vaapi_wrapper.cc:1655] drmGetDevices2() has not found any devices
[1:2:1125/214843.943565:WARNING:sandbox/policy/linux/sandbox_linux.cc:405] InitializeSandbox() called with multiple threads in process gpu-process.
";
    assert!(page_problems(noise).is_empty());
    let bad = "\
[5:5:1125/214845.230117:INFO:CONSOLE:1] \"Uncaught ReferenceError: f is not defined\", source: file:///r.html (1)
[5:5:1125/214845.230117:INFO:CONSOLE(7)] \"boom\", source: file:///r.html (7)
";
    assert_eq!(page_problems(bad).len(), 2);
}
