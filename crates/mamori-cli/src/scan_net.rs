//! `mamori scan ssh` (and, with the TLS prober, `scan tls`): targets in, one verdict per endpoint
//! out, streamed as JSON lines or gathered into a table.

use std::io::{IsTerminal, Write};
use std::time::Duration;

use anyhow::{Context, bail};
use indicatif::{ProgressBar, ProgressStyle};
use mamori_model::Status;
use mamori_probe::{EndpointResult, RunOptions, Target};

use crate::cli::{FailOn, NetFormat, ScanNetArgs};
use crate::exit;
use crate::output;

fn targets(args: &ScanNetArgs, default_port: u16) -> anyhow::Result<Vec<Target>> {
    let file_text = match &args.targets_file {
        Some(p) => {
            std::fs::read_to_string(p).with_context(|| format!("cannot read {}", p.display()))?
        }
        None => String::new(),
    };
    let all = args
        .targets
        .iter()
        .map(String::as_str)
        .chain(file_text.lines());
    let targets = mamori_probe::parse_targets(all, default_port)?;
    if targets.is_empty() {
        bail!("no targets: give host[:port] arguments or -T FILE");
    }
    Ok(targets)
}

fn threshold(fail_on: FailOn) -> Option<Status> {
    match fail_on {
        FailOn::Broken => Some(Status::Broken),
        FailOn::BelowTarget => Some(Status::BelowTarget),
        FailOn::QuantumVulnerable => Some(Status::QuantumVulnerable),
        FailOn::Never => None,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    Tls,
    Ssh,
}

pub fn run(args: &ScanNetArgs, protocol: Protocol) -> anyhow::Result<u8> {
    if !(args.timeout > 0.0 && args.timeout <= 600.0) {
        bail!("--timeout must be between 0 and 600 seconds");
    }
    let targets = targets(args, if protocol == Protocol::Ssh { 22 } else { 443 })?;
    let year = args
        .year
        .unwrap_or_else(|| mamori_inventory::AnalyzeOptions::now(Vec::new()).year);
    let timeout = Duration::from_secs_f64(args.timeout);
    let opts = RunOptions {
        concurrency: args.concurrency.max(1),
        rate: args.rate,
    };
    let total = targets.len();
    let starttls = args
        .starttls
        .as_deref()
        .and_then(mamori_probe::starttls::StartTls::parse);
    let sni = args.sni.clone();
    let runtime = tokio::runtime::Runtime::new().context("cannot start the async runtime")?;
    let bar = if !args.quiet && std::io::stderr().is_terminal() {
        let pb = ProgressBar::new(total as u64);
        pb.set_style(
            ProgressStyle::with_template("{bar:30} {pos}/{len} endpoints {elapsed}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        pb
    } else {
        ProgressBar::hidden()
    };
    // JSON lines stream to standard output as endpoints finish; to a file they are gathered.
    let json = args.format == NetFormat::Json && args.output.is_none();
    let mut results: Vec<(usize, EndpointResult)> = runtime.block_on(async {
        let mut rx = mamori_probe::run_all(targets, opts, move |t: Target| {
            let sni = sni.clone();
            async move {
                match protocol {
                    Protocol::Ssh => {
                        let r = mamori_probe::ssh::probe(&t, timeout).await;
                        EndpointResult::ssh(&t, r, year)
                    }
                    Protocol::Tls => {
                        let opts = mamori_probe::tls::TlsOptions {
                            timeout,
                            sni: sni.clone(),
                            starttls: starttls
                                .or_else(|| mamori_probe::starttls::StartTls::for_port(t.port)),
                        };
                        let r = mamori_probe::tls::probe(&t, &opts).await;
                        EndpointResult::tls(&t, r, year)
                    }
                }
            }
        });
        let mut out = Vec::with_capacity(total);
        while let Some((i, _, r)) = rx.recv().await {
            bar.inc(1);
            if json {
                // Streamed as each endpoint finishes, so a long scan can be followed.
                let line = serde_json::to_string(&r).unwrap_or_default();
                bar.suspend(|| {
                    let mut o = std::io::stdout().lock();
                    let _ = writeln!(o, "{line}");
                });
            }
            out.push((i, r));
        }
        out
    });
    bar.finish_and_clear();
    results.sort_by_key(|(i, _)| *i);
    match args.format {
        NetFormat::Table => output::emit(args.output.as_deref(), &table(&results))?,
        NetFormat::Json if !json => {
            let lines: Vec<String> = results
                .iter()
                .map(|(_, r)| serde_json::to_string(r).unwrap_or_default() + "\n")
                .collect();
            output::emit(args.output.as_deref(), &lines.concat())?;
        }
        NetFormat::Json => {}
        NetFormat::Cbom => {
            let now = mamori_inventory::AnalyzeOptions::now(Vec::new()).now;
            let findings: Vec<mamori_formats::ProtocolFinding> = results
                .iter()
                .flat_map(|(_, r)| r.protocol_findings(year, now))
                .collect();
            let options = mamori_formats::CbomOptions::new(
                env!("CARGO_PKG_VERSION"),
                mamori_inventory::x509::rfc3339(now),
            );
            let bom = mamori_formats::cbom_from_scan(&[], &findings, &options);
            let mut text =
                serde_json::to_string_pretty(&bom).context("cannot serialize the CBOM")?;
            text.push('\n');
            output::emit(args.output.as_deref(), &text)?;
        }
    }
    Ok(exit_code(results.iter().map(|(_, r)| r), args.fail_on))
}

fn exit_code<'a>(results: impl Iterator<Item = &'a EndpointResult>, fail_on: FailOn) -> u8 {
    let t = threshold(fail_on);
    let mut code = exit::CLEAN;
    for r in results {
        if r.error.is_some() {
            // An endpoint that could not be judged cannot pass a gate.
            return exit::ERROR;
        }
        if let (Some(t), Some(v)) = (t, &r.verdict) {
            if v.status() >= t {
                code = exit::FINDINGS;
            }
        }
    }
    code
}

fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

fn table(results: &[(usize, EndpointResult)]) -> String {
    let mut t = output::table(&[
        "STATUS",
        "TARGET",
        "SERVER",
        "PQ KEX",
        "PQ AUTH",
        "KEYS",
        "BROKEN / ERROR",
    ]);
    for (_, r) in results {
        let status = r.verdict.as_ref().map(|v| v.status());
        let (software, keys) = match (&r.ssh, &r.tls) {
            (Some(s), _) => (
                s.software.clone(),
                s.host_keys
                    .iter()
                    .map(|k| {
                        k.key
                            .as_ref()
                            .map_or_else(|| k.key_type.clone(), |a| a.name.clone())
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            (None, Some(t)) => (
                t.versions.join(" "),
                t.certificates
                    .first()
                    .and_then(|c| c.key_algorithm.clone())
                    .unwrap_or_default(),
            ),
            _ => (String::new(), String::new()),
        };
        let detail = match (&r.error, &r.verdict) {
            (Some(e), _) => e.clone(),
            (None, Some(v)) => v.broken.join("; "),
            _ => String::new(),
        };
        t.add_row(vec![
            output::status_cell(status),
            comfy_table::Cell::new(&r.target),
            comfy_table::Cell::new(software),
            comfy_table::Cell::new(
                r.verdict
                    .as_ref()
                    .map_or("-", |v| yes_no(v.kex_quantum_safe)),
            ),
            comfy_table::Cell::new(
                r.verdict
                    .as_ref()
                    .map_or("-", |v| yes_no(v.auth_quantum_safe)),
            ),
            comfy_table::Cell::new(keys),
            comfy_table::Cell::new(detail),
        ]);
    }
    let errors = results.iter().filter(|(_, r)| r.error.is_some()).count();
    let pq = results
        .iter()
        .filter(|(_, r)| r.verdict.as_ref().is_some_and(|v| v.kex_quantum_safe))
        .count();
    format!(
        "{t}\n{} endpoints: {} with post-quantum key exchange, {} unreachable or failed\n",
        results.len(),
        pq,
        errors
    )
}
