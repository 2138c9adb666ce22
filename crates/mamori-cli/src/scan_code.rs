//! `mamori scan code`.

use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use mamori_inventory::code::{CodeScanOptions, CodeScanReport};
use mamori_model::{CodeFinding, Status};
use serde::Serialize;

use crate::cli::{CodeFormat, ScanCodeArgs};
use crate::exit;
use crate::output;
use crate::scan_files::threshold;

const MAX_WARNINGS: usize = 50;

pub fn run(args: &ScanCodeArgs) -> anyhow::Result<u8> {
    for p in &args.paths {
        if std::fs::symlink_metadata(p).is_err() {
            bail!("{}: no such file or directory", p.display());
        }
    }
    let now = time::OffsetDateTime::now_utc();
    let year = args
        .year
        .unwrap_or_else(|| u16::try_from(now.year()).unwrap_or(2030));
    let opts = CodeScanOptions {
        year,
        max_file_size: args.max_file_size,
        threads: args.threads,
        follow_links: args.follow,
        respect_ignore_files: !args.no_ignore,
        hidden: args.hidden,
        languages: args.languages.clone(),
    };
    let show_progress = !args.quiet && std::io::stderr().is_terminal();
    let bar = output::file_spinner(show_progress, "files walked");
    let started = Instant::now();
    let report = if show_progress {
        mamori_inventory::code::scan_code_paths(&args.paths, &opts, &output::FileBar(bar.clone()))
    } else {
        mamori_inventory::code::scan_code_paths(&args.paths, &opts, &mamori_inventory::NoProgress)
    };
    let elapsed = started.elapsed();
    bar.finish_and_clear();
    if !args.quiet {
        for p in report.problems.iter().take(MAX_WARNINGS) {
            anstream::eprintln!(
                "{}: {}: {}",
                output::warning_label(),
                p.location.display(),
                p.error
            );
        }
    }
    let timestamp = mamori_inventory::x509::rfc3339(now.unix_timestamp());
    let text = match args.format {
        CodeFormat::Table => table(&report, elapsed),
        CodeFormat::Json => json(&report, args, year, &timestamp)?,
        CodeFormat::Cbom => cbom(&report, args, &timestamp)?,
        CodeFormat::Sarif => sarif(&report, args)?,
    };
    output::emit(args.output.as_deref(), &text)?;
    Ok(exit_code(&report.findings, args))
}

fn exit_code(findings: &[CodeFinding], args: &ScanCodeArgs) -> u8 {
    let Some(t) = threshold(args.fail_on) else {
        return exit::CLEAN;
    };
    if findings.iter().any(|f| f.status.is_some_and(|s| s >= t)) {
        exit::FINDINGS
    } else {
        exit::CLEAN
    }
}

#[derive(Debug, Default, Serialize)]
struct Summary {
    findings: usize,
    broken: usize,
    below_target: usize,
    quantum_vulnerable: usize,
    quantum_safe: usize,
    unknown: usize,
    /// Findings per language.
    languages: std::collections::BTreeMap<&'static str, usize>,
}

fn summary(findings: &[CodeFinding]) -> Summary {
    let mut s = Summary {
        findings: findings.len(),
        ..Summary::default()
    };
    for f in findings {
        match f.status {
            Some(Status::Broken) => s.broken += 1,
            Some(Status::BelowTarget) => s.below_target += 1,
            Some(Status::QuantumVulnerable) => s.quantum_vulnerable += 1,
            Some(Status::QuantumSafe) => s.quantum_safe += 1,
            None => s.unknown += 1,
        }
        *s.languages.entry(f.language.as_str()).or_default() += 1;
    }
    s
}

fn table(report: &CodeScanReport, elapsed: Duration) -> String {
    let mut t = output::table(&[
        "STATUS", "FINDING", "BITS", "PQC", "LOCATION", "SYMBOL", "WHY",
    ]);
    for f in &report.findings {
        let (bits, pqc) = match &f.algorithm {
            Some(a) => (a.classical_bits.to_string(), a.quantum_category.to_string()),
            None => ("-".into(), "-".into()),
        };
        let why: Vec<String> = f
            .weaknesses
            .iter()
            .map(|w| w.message.clone())
            .chain(
                f.algorithm
                    .as_ref()
                    .and_then(|a| a.broken_reason.clone())
                    .filter(|_| f.weaknesses.is_empty()),
            )
            .collect();
        t.add_row(vec![
            output::status_cell(f.status),
            comfy_table::Cell::new(f.subject()),
            comfy_table::Cell::new(bits),
            comfy_table::Cell::new(pqc),
            comfy_table::Cell::new(format!(
                "{}:{}",
                f.location.path,
                f.location.line.unwrap_or(0)
            )),
            comfy_table::Cell::new(&f.symbol),
            comfy_table::Cell::new(why.join("; ")),
        ]);
    }
    let s = summary(&report.findings);
    let st = &report.stats;
    let mut out = String::new();
    if !report.findings.is_empty() {
        out.push_str(&t.to_string());
        out.push('\n');
    }
    let secs = elapsed.as_secs_f64();
    out.push_str(&format!(
        "{} findings in {} of {} files scanned ({}, {:.2}s, {}/s): {} broken, {} below-target, {} quantum-vulnerable, {} quantum-safe{}\n",
        s.findings,
        st.files_with_findings,
        st.files_scanned,
        indicatif::HumanBytes(st.bytes_scanned),
        secs,
        indicatif::HumanBytes((st.bytes_scanned as f64 / secs.max(1e-6)) as u64),
        s.broken,
        s.below_target,
        s.quantum_vulnerable,
        s.quantum_safe,
        if s.unknown > 0 { format!(", {} without status", s.unknown) } else { String::new() },
    ));
    out
}

#[derive(Serialize)]
struct JsonProblem {
    location: mamori_model::Location,
    message: String,
}

#[derive(Serialize)]
struct JsonReport<'a> {
    tool: &'static str,
    version: &'static str,
    scanned_at: &'a str,
    status_year: u16,
    roots: Vec<String>,
    stats: mamori_inventory::code::CodeScanStats,
    summary: Summary,
    findings: &'a [CodeFinding],
    problems: Vec<JsonProblem>,
}

fn json(
    report: &CodeScanReport,
    args: &ScanCodeArgs,
    year: u16,
    timestamp: &str,
) -> anyhow::Result<String> {
    let doc = JsonReport {
        tool: "mamori",
        version: env!("CARGO_PKG_VERSION"),
        scanned_at: timestamp,
        status_year: year,
        roots: args.paths.iter().map(|p| p.display().to_string()).collect(),
        stats: report.stats,
        summary: summary(&report.findings),
        findings: &report.findings,
        problems: report
            .problems
            .iter()
            .map(|p| JsonProblem {
                location: p.location.clone(),
                message: p.error.to_string(),
            })
            .collect(),
    };
    let mut s = serde_json::to_string_pretty(&doc).context("cannot serialize the report")?;
    s.push('\n');
    Ok(s)
}

fn cbom(report: &CodeScanReport, args: &ScanCodeArgs, timestamp: &str) -> anyhow::Result<String> {
    let root = match args.paths.as_slice() {
        [one] => Some(one.display().to_string()),
        _ => None,
    };
    let options = mamori_formats::cbom::CbomOptions {
        tool_version: env!("CARGO_PKG_VERSION").to_string(),
        timestamp: timestamp.to_string(),
        root_name: root,
    };
    let bom = mamori_formats::cbom::cbom_from_code(&report.findings, &options);
    let mut s = serde_json::to_string_pretty(&bom).context("cannot serialize the CBOM")?;
    s.push('\n');
    Ok(s)
}

/// The file a finding's relative path names, for reading its lines back.
fn source_path(rel: &str, roots: &[PathBuf]) -> PathBuf {
    match roots {
        [root] if root.is_file() => root.clone(),
        [root] => root.join(rel),
        _ => PathBuf::from(rel),
    }
}

fn sarif(report: &CodeScanReport, args: &ScanCodeArgs) -> anyhow::Result<String> {
    // SARIF columns count UTF-16 code units; the scanner counts bytes. Reading the lines back
    // (only of files with findings) converts them exactly.
    let mut cache: HashMap<String, Option<Vec<String>>> = HashMap::new();
    let log = mamori_formats::sarif::sarif_from_code_with_lines(
        &report.findings,
        env!("CARGO_PKG_VERSION"),
        |path, line| {
            let lines = cache.entry(path.to_string()).or_insert_with(|| {
                let p = source_path(path, &args.paths);
                read_lines(&p)
            });
            lines.as_ref()?.get(line.checked_sub(1)? as usize).cloned()
        },
    );
    let mut s = serde_json::to_string_pretty(&log).context("cannot serialize the SARIF log")?;
    s.push('\n');
    Ok(s)
}

fn read_lines(p: &Path) -> Option<Vec<String>> {
    let data = std::fs::read(p).ok()?;
    Some(
        String::from_utf8_lossy(&data)
            .split('\n')
            .map(|l| l.trim_end_matches('\r').to_string())
            .collect(),
    )
}
