//! `mamori assess`: systems + CBOMs → statuses, Mosca exposure, deadlines and the roadmap.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, bail};
use mamori_assess::assess::{assess_inventories, compare, read_baseline};
use mamori_assess::report::{render_markdown, render_table};
use mamori_assess::{Assessment, InventoryAsset, assets_of, read_cbom};
use mamori_probe::{EndpointResult, RunOptions, Target};

use crate::cli::{AssessArgs, AssessFormat};
use crate::exit;
use crate::output;
use crate::scan_files::threshold;

pub fn run(args: &AssessArgs) -> anyhow::Result<u8> {
    let year = args.year.unwrap_or_else(current_year);
    // Every input error (TOML with its line and column, an unreadable CBOM, an unknown
    // dependency or a cycle) propagates to main, which exits with 2.
    let file = mamori_assess::systems::load_systems(&args.systems)?;
    let mut inventories = Vec::with_capacity(file.systems.len());
    for s in &file.systems {
        let mut assets = Vec::new();
        for c in &s.cbom {
            assets.extend(read_cbom(c)?);
        }
        // Inventory the system has no CBOM for yet: scan its paths and probe its endpoints now,
        // through the same CBOM form, so live and recorded inventories are judged alike.
        if !s.paths.is_empty() {
            assets.extend(scan_paths(&s.name, &s.paths, year)?);
        }
        if !s.targets.is_empty() {
            assets.extend(probe_targets(&s.name, &s.targets, year)?);
        }
        inventories.push(assets);
    }
    let mut unassigned = Vec::new();
    for c in &args.cboms {
        unassigned.extend(read_cbom(c)?);
    }
    let mut assessment = assess_inventories(&file, inventories, unassigned, year)?;
    if let Some(path) = &args.baseline {
        let then = read_baseline(path)?;
        assessment.baseline = Some(compare(&then, &assessment));
    }
    let text = match args.format {
        AssessFormat::Table => render_table(&assessment),
        AssessFormat::Markdown => render_markdown(&assessment),
        AssessFormat::Json => {
            let mut s = serde_json::to_string_pretty(&assessment)?;
            s.push('\n');
            s
        }
        AssessFormat::Html => mamori_assess::html::render(&serde_json::to_value(&assessment)?),
    };
    output::emit(args.output.as_deref(), &text)?;
    Ok(exit_code(&assessment, args.fail_on))
}

fn current_year() -> u16 {
    u16::try_from(time::OffsetDateTime::now_utc().year()).unwrap_or(u16::MAX)
}

fn exit_code(a: &Assessment, fail_on: crate::cli::FailOn) -> u8 {
    let Some(t) = threshold(fail_on) else {
        return exit::CLEAN;
    };
    let hit = a
        .systems
        .iter()
        .flat_map(|s| &s.assets)
        .any(|x| x.status >= t);
    if hit { exit::FINDINGS } else { exit::CLEAN }
}

fn cbom_options() -> mamori_formats::CbomOptions {
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    mamori_formats::CbomOptions::new(
        env!("CARGO_PKG_VERSION"),
        mamori_inventory::x509::rfc3339(now),
    )
}

/// `paths = [...]`: keys, certificates and keystores (`scan files`) and source code and
/// configuration (`scan code`).
fn scan_paths(system: &str, paths: &[PathBuf], year: u16) -> anyhow::Result<Vec<InventoryAsset>> {
    for p in paths {
        if std::fs::symlink_metadata(p).is_err() {
            bail!(
                "system {system}: {}: no such file or directory",
                p.display()
            );
        }
    }
    let mut analyze = mamori_inventory::AnalyzeOptions::now(Vec::new());
    analyze.year = year;
    let opts = mamori_inventory::ScanOptions {
        analyze,
        max_file_size: mamori_inventory::walk::DEFAULT_MAX_FILE_SIZE,
        threads: 0,
        follow_links: false,
    };
    let files = mamori_inventory::scan_paths(paths, &opts, &mamori_inventory::NoProgress);
    let code = mamori_inventory::code::scan_code_paths(
        paths,
        &mamori_inventory::code::CodeScanOptions::new(year),
        &mamori_inventory::NoProgress,
    );
    let bom =
        mamori_formats::cbom_from_inventory(&files.assets, &[], &code.findings, &cbom_options());
    Ok(assets_of(&bom, &format!("scan of {system} paths")))
}

/// `targets = ["tls:host:port", "ssh:host:port"]`, probed as `scan tls` / `scan ssh` do.
fn probe_targets(
    system: &str,
    targets: &[String],
    year: u16,
) -> anyhow::Result<Vec<InventoryAsset>> {
    let mut tls = Vec::new();
    let mut ssh = Vec::new();
    for t in targets {
        match t.split_once(':') {
            Some(("ssh", rest)) => ssh.push(rest.to_string()),
            Some(("tls", rest)) => tls.push(rest.to_string()),
            _ => tls.push(t.clone()),
        }
    }
    let parse = |list: &[String], port: u16| -> anyhow::Result<Vec<Target>> {
        mamori_probe::parse_targets(list.iter().map(String::as_str), port)
            .with_context(|| format!("system {system}: bad target"))
    };
    let tls = parse(&tls, 443)?;
    let ssh = parse(&ssh, 22)?;
    let timeout = Duration::from_secs(5);
    let opts = RunOptions {
        concurrency: 16,
        rate: None,
    };
    let runtime = tokio::runtime::Runtime::new().context("cannot start the async runtime")?;
    let results: Vec<EndpointResult> = runtime.block_on(async {
        let mut out = Vec::new();
        let mut rx = mamori_probe::run_all(tls, opts, move |t: Target| async move {
            let opts = mamori_probe::tls::TlsOptions {
                timeout,
                sni: None,
                starttls: mamori_probe::starttls::StartTls::for_port(t.port),
            };
            EndpointResult::tls(&t, mamori_probe::tls::probe(&t, &opts).await, year)
        });
        while let Some((_, _, r)) = rx.recv().await {
            out.push(r);
        }
        let mut rx = mamori_probe::run_all(ssh, opts, move |t: Target| async move {
            EndpointResult::ssh(&t, mamori_probe::ssh::probe(&t, timeout).await, year)
        });
        while let Some((_, _, r)) = rx.recv().await {
            out.push(r);
        }
        out
    });
    let now = mamori_inventory::AnalyzeOptions::now(Vec::new()).now;
    let findings: Vec<mamori_formats::ProtocolFinding> = results
        .iter()
        .flat_map(|r| r.protocol_findings(year, now))
        .collect();
    let bom = mamori_formats::cbom_from_scan(&[], &findings, &cbom_options());
    Ok(assets_of(&bom, &format!("probe of {system} targets")))
}
