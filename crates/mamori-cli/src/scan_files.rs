//! `mamori scan files`.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use mamori_inventory::{AnalyzeOptions, ScanOptions, ScanReport};
use mamori_model::{Asset, AssetKind, Status};
use serde::Serialize;

use crate::cli::{FailOn, Format, ScanFilesArgs};
use crate::exit;
use crate::output;

/// At most this many problems are printed on standard error; the JSON output has them all.
const MAX_WARNINGS: usize = 50;

pub fn run(args: &ScanFilesArgs) -> anyhow::Result<u8> {
    for p in &args.paths {
        if std::fs::symlink_metadata(p).is_err() {
            bail!("{}: no such file or directory", p.display());
        }
    }
    let mut analyze = AnalyzeOptions::now(args.keystore_password.clone());
    if let Some(y) = args.year {
        analyze.year = y;
    }
    let opts = ScanOptions {
        analyze,
        max_file_size: args.max_file_size,
        threads: args.threads,
        follow_links: args.follow,
    };
    let show_progress = !args.quiet && std::io::stderr().is_terminal();
    let bar = output::file_spinner(show_progress, "files scanned");
    let started = Instant::now();
    let report = if show_progress {
        mamori_inventory::scan_paths(&args.paths, &opts, &output::FileBar(bar.clone()))
    } else {
        mamori_inventory::scan_paths(&args.paths, &opts, &mamori_inventory::NoProgress)
    };
    let elapsed = started.elapsed();
    bar.finish_and_clear();

    if !args.quiet {
        print_problems(&report);
    }
    let text = match args.format {
        Format::Table => table(&report, elapsed),
        Format::Json => json(&report, &opts, args)?,
        Format::Cbom => cbom(&report, args)?,
    };
    output::emit(args.output.as_deref(), &text)?;
    Ok(exit_code(&report.assets, args.fail_on))
}

pub fn threshold(fail_on: FailOn) -> Option<Status> {
    match fail_on {
        FailOn::Broken => Some(Status::Broken),
        FailOn::BelowTarget => Some(Status::BelowTarget),
        FailOn::QuantumVulnerable => Some(Status::QuantumVulnerable),
        FailOn::Never => None,
    }
}

fn exit_code(assets: &[Asset], fail_on: FailOn) -> u8 {
    let Some(t) = threshold(fail_on) else {
        return exit::CLEAN;
    };
    if assets.iter().any(|a| a.status.is_some_and(|s| s >= t)) {
        exit::FINDINGS
    } else {
        exit::CLEAN
    }
}

fn print_problems(report: &ScanReport) {
    for p in report.problems.iter().take(MAX_WARNINGS) {
        anstream::eprintln!(
            "{}: {}: {}",
            output::warning_label(),
            p.location.display(),
            p.error
        );
    }
    if report.problems.len() > MAX_WARNINGS {
        anstream::eprintln!(
            "{}: {} more problems not shown (use --format json to see all)",
            output::warning_label(),
            report.problems.len() - MAX_WARNINGS
        );
    }
}

#[derive(Debug, Default, Serialize)]
struct Summary {
    assets: usize,
    broken: usize,
    below_target: usize,
    quantum_vulnerable: usize,
    quantum_safe: usize,
    unknown: usize,
    problems: usize,
}

fn summary(report: &ScanReport) -> Summary {
    let mut s = Summary {
        assets: report.assets.len(),
        problems: report.problems.len(),
        ..Summary::default()
    };
    for a in &report.assets {
        match a.status {
            Some(Status::Broken) => s.broken += 1,
            Some(Status::BelowTarget) => s.below_target += 1,
            Some(Status::QuantumVulnerable) => s.quantum_vulnerable += 1,
            Some(Status::QuantumSafe) => s.quantum_safe += 1,
            None => s.unknown += 1,
        }
    }
    s
}

fn detail(a: &Asset) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(c) = &a.certificate {
        parts.push(c.subject.clone());
        parts.push(format!("signed {}", c.signature_algorithm.name));
        let until = c.not_after.get(..10).unwrap_or(&c.not_after);
        parts.push(if c.expired {
            format!("EXPIRED {until}")
        } else {
            format!("until {until}")
        });
    }
    if let Some(k) = &a.keystore {
        parts.push(format!(
            "{} entr{}{}",
            k.entries.len(),
            if k.entries.len() == 1 { "y" } else { "ies" },
            if k.opened { "" } else { ", locked" }
        ));
    }
    if a.encrypted {
        parts.push("encrypted".into());
    }
    if let Some(r) = a
        .algorithm
        .as_ref()
        .and_then(|x| x.broken_reason.as_deref())
    {
        parts.push(r.to_string());
    } else if let Some(r) = a
        .certificate
        .as_ref()
        .and_then(|c| c.signature_algorithm.broken_reason.as_deref())
    {
        parts.push(r.to_string());
    }
    parts.extend(a.notes.iter().take(2).cloned());
    parts.join("; ")
}

fn table(report: &ScanReport, elapsed: Duration) -> String {
    let mut t = output::table(&[
        "STATUS",
        "KIND",
        "ALGORITHM",
        "BITS",
        "PQC",
        "LOCATION",
        "DETAIL",
    ]);
    for a in &report.assets {
        let (name, bits, pqc) = match &a.algorithm {
            Some(alg) => (
                alg.name.clone(),
                alg.classical_bits.to_string(),
                alg.quantum_category.to_string(),
            ),
            None => ("?".into(), "-".into(), "-".into()),
        };
        t.add_row(vec![
            output::status_cell(a.status),
            comfy_table::Cell::new(kind_label(a.kind)),
            comfy_table::Cell::new(name),
            comfy_table::Cell::new(bits),
            comfy_table::Cell::new(pqc),
            comfy_table::Cell::new(a.location.display()),
            comfy_table::Cell::new(detail(a)),
        ]);
    }
    let s = summary(report);
    let st = &report.stats;
    let mut out = String::new();
    if !report.assets.is_empty() {
        out.push_str(&t.to_string());
        out.push('\n');
    }
    out.push_str(&format!(
        "{} assets in {} of {} files ({}, {:.2}s): {} broken, {} below-target, {} quantum-vulnerable, {} quantum-safe{}{}\n",
        s.assets,
        st.files_with_assets,
        st.files,
        indicatif::HumanBytes(st.bytes),
        elapsed.as_secs_f64(),
        s.broken,
        s.below_target,
        s.quantum_vulnerable,
        s.quantum_safe,
        if s.unknown > 0 { format!(", {} unknown", s.unknown) } else { String::new() },
        if s.problems > 0 { format!("; {} unreadable objects", s.problems) } else { String::new() },
    ));
    out
}

fn kind_label(k: AssetKind) -> &'static str {
    k.as_str()
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
    scanned_at: String,
    status_year: u16,
    roots: Vec<String>,
    stats: mamori_inventory::ScanStats,
    summary: Summary,
    assets: &'a [Asset],
    problems: Vec<JsonProblem>,
}

fn json(report: &ScanReport, opts: &ScanOptions, args: &ScanFilesArgs) -> anyhow::Result<String> {
    let doc = JsonReport {
        tool: "mamori",
        version: env!("CARGO_PKG_VERSION"),
        scanned_at: mamori_inventory::x509::rfc3339(opts.analyze.now),
        status_year: opts.analyze.year,
        roots: args.paths.iter().map(|p| p.display().to_string()).collect(),
        stats: report.stats,
        summary: summary(report),
        assets: &report.assets,
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

fn cbom(report: &ScanReport, args: &ScanFilesArgs) -> anyhow::Result<String> {
    let root = match args.paths.as_slice() {
        [one] => Some(one.display().to_string()),
        _ => None,
    };
    let options = mamori_formats::cbom::CbomOptions {
        tool_version: env!("CARGO_PKG_VERSION").to_string(),
        timestamp: mamori_inventory::x509::rfc3339(
            time::OffsetDateTime::now_utc().unix_timestamp(),
        ),
        root_name: root,
    };
    let bom = mamori_formats::cbom::cbom_from_assets(&report.assets, &options);
    let mut s = serde_json::to_string_pretty(&bom).context("cannot serialize the CBOM")?;
    s.push('\n');
    Ok(s)
}
