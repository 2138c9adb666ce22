//! `mamori sbom`: SBOM and lockfile vulnerability scanning against the offline OSV database, and
//! SBOM generation from lockfiles.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, bail};
use clap::{Args, Subcommand, ValueEnum};
use comfy_table::{Cell, Color};
use mamori_vuln::matcher::{MatchOptions, ScanReport};
use mamori_vuln::osv::OsvDatabase;
use mamori_vuln::{Rating, VexSet, rating_name};

use crate::exit;
use crate::output;

#[derive(Debug, Args)]
pub struct SbomArgs {
    #[command(subcommand)]
    pub command: SbomCommand,
}

#[derive(Debug, Subcommand)]
pub enum SbomCommand {
    /// Match SBOMs and lockfiles against the offline OSV database.
    ///
    /// Inputs: CycloneDX JSON/XML 1.0–1.7, SPDX 2.2/2.3 JSON and tag-value, SPDX 3.0 JSON-LD,
    /// and lockfiles (Cargo.lock, package-lock.json, yarn.lock, pnpm-lock.yaml,
    /// requirements*.txt, poetry.lock, Pipfile.lock, uv.lock, go.mod, pom.xml,
    /// gradle.lockfile, Gemfile.lock, composer.lock, packages.lock.json, dpkg status, apk
    /// installed). Directories are searched recursively (node_modules and .git skipped). A bad
    /// input is reported and the rest are still scanned.
    ///
    /// Versions are compared with each ecosystem's own ordering (dpkg, PEP 440, Maven, …) and
    /// OSV ranges evaluated as the OSV specification prescribes. VEX documents (OpenVEX,
    /// CycloneDX VEX) set findings aside as not_affected or fixed; those are listed
    /// separately, never dropped.
    ///
    /// Examples:
    ///   mamori db import ~/osv/npm/all.zip && mamori sbom scan bom.json
    ///   mamori sbom scan . --fail-on high                      # CI gate
    ///   mamori sbom scan image.spdx.json --vex vex.openvex.json
    ///   mamori sbom scan products/ --advisory CVE-2021-44228    # who must act?
    ///   mamori sbom scan app/ --format sarif -o vulns.sarif
    ///   mamori sbom scan app/ --format cyclonedx -o vdr.json   # CycloneDX 1.6 VDR
    ///
    /// Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage or input error
    /// (also when every input failed).
    #[command(verbatim_doc_comment)]
    Scan(SbomScanArgs),
    /// Write a CycloneDX 1.6 SBOM of the packages pinned by the lockfiles under DIR.
    ///
    /// Examples:
    ///   mamori sbom generate . -o bom.cdx.json
    ///   mamori sbom generate services/billing --name billing
    #[command(verbatim_doc_comment)]
    Generate(GenerateArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SbomFormat {
    Table,
    Json,
    Sarif,
    /// CycloneDX 1.6 vulnerability disclosure report, with VEX analysis.
    Cyclonedx,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SeverityThreshold {
    /// Always exit 0 (unless an error).
    Never,
    /// Any finding, whatever its severity.
    Any,
    Low,
    Medium,
    High,
    Critical,
}

#[derive(Debug, Args)]
pub struct SbomScanArgs {
    /// SBOMs, lockfiles, or directories to search for them.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[arg(long, short, value_enum, default_value_t = SbomFormat::Table)]
    pub format: SbomFormat,
    /// Write the report here instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Exit 1 when a finding is at or above this severity.
    #[arg(long, value_enum, default_value_t = SeverityThreshold::Any)]
    pub fail_on: SeverityThreshold,
    /// VEX document (OpenVEX or CycloneDX); may be repeated.
    #[arg(long, value_name = "FILE")]
    pub vex: Vec<PathBuf>,
    /// Only this vulnerability (id or alias: CVE, GHSA, …); may be repeated. Shows the scope of a
    /// response: which products and files it touches.
    #[arg(long, value_name = "ID")]
    pub advisory: Vec<String>,
    /// Leave development-only dependencies out.
    #[arg(long)]
    pub skip_dev: bool,
    /// No progress or warnings on standard error.
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// Directory to search for lockfiles (or a single lockfile).
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    /// Write the SBOM here instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Name of the root component (default: the directory's name).
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long, short)]
    pub quiet: bool,
}

pub fn run(args: &SbomArgs, data_dir: Option<&Path>) -> anyhow::Result<u8> {
    match &args.command {
        SbomCommand::Scan(a) => scan(a, data_dir),
        SbomCommand::Generate(a) => generate(a),
    }
}

fn timestamp() -> String {
    let now = time::OffsetDateTime::now_utc();
    now.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

fn warn_errors(errors: &[mamori_vuln::matcher::InputError], quiet: bool) {
    if quiet {
        return;
    }
    for e in errors {
        anstream::eprintln!(
            "{}: {}: {}",
            output::warning_label(),
            e.file.display(),
            e.error
        );
    }
}

fn scan(args: &SbomScanArgs, data_dir: Option<&Path>) -> anyhow::Result<u8> {
    let dir = crate::db::osv_dir(data_dir)?;
    let db = OsvDatabase::open(&dir).with_context(|| {
        format!(
            "no advisory database at {} (run `mamori db import` with OSV records first)",
            dir.display()
        )
    })?;
    let mut vex = VexSet::new();
    for v in &args.vex {
        vex.add_file(v)?;
    }
    let show = !args.quiet && std::io::stderr().is_terminal();
    let bar = output::file_spinner(show, "inputs read");
    let started = Instant::now();
    let (inventories, input_errors) =
        mamori_vuln::inputs::read_inputs(&args.paths, &mut |_| bar.inc(1));
    bar.finish_and_clear();
    let opts = MatchOptions {
        skip_dev: args.skip_dev,
        only: args.advisory.clone(),
    };
    let mut report = mamori_vuln::matcher::scan(&db, &inventories, &vex, &opts)?;
    report.errors.extend(input_errors);
    let elapsed = started.elapsed();
    warn_errors(&report.errors, args.quiet);
    if inventories.is_empty() {
        if report.errors.is_empty() {
            bail!("no SBOM or lockfile found under the given paths");
        }
        return Ok(exit::ERROR);
    }
    let version = env!("CARGO_PKG_VERSION");
    let text = match args.format {
        SbomFormat::Table => table(&report, elapsed, !args.advisory.is_empty()),
        SbomFormat::Json => {
            let now = timestamp();
            let v = mamori_vuln::report::to_json(&report, version, &now);
            format!("{}\n", serde_json::to_string_pretty(&v)?)
        }
        SbomFormat::Sarif => {
            let log = mamori_vuln::report::to_sarif(&report, version);
            format!("{}\n", serde_json::to_string_pretty(&log)?)
        }
        SbomFormat::Cyclonedx => {
            let v = mamori_vuln::report::vdr(&report, version, &timestamp());
            format!("{}\n", serde_json::to_string_pretty(&v)?)
        }
    };
    output::emit(args.output.as_deref(), &text)?;
    // An input that could not be read may hide findings: the report is written, but CI fails.
    let code = if report.errors.is_empty() {
        exit_code(&report, args.fail_on)
    } else {
        exit::ERROR
    };
    // The process ends next: freeing the index, the inventories and the report one small
    // allocation at a time would add a tenth of the run on a large scan, for nothing.
    std::mem::forget((db, inventories, report, text));
    Ok(code)
}

fn exit_code(report: &ScanReport, threshold: SeverityThreshold) -> u8 {
    // A finding without a usable severity (`None`) counts only for `any`.
    let min = match threshold {
        SeverityThreshold::Never => return exit::CLEAN,
        SeverityThreshold::Any => None,
        SeverityThreshold::Low => Some(Rating::Low),
        SeverityThreshold::Medium => Some(Rating::Medium),
        SeverityThreshold::High => Some(Rating::High),
        SeverityThreshold::Critical => Some(Rating::Critical),
    };
    if report.findings.iter().any(|f| f.severity.rating >= min) {
        exit::FINDINGS
    } else {
        exit::CLEAN
    }
}

fn rating_cell(r: Option<Rating>) -> Cell {
    let cell = Cell::new(rating_name(r).to_uppercase());
    if !output::color() {
        return cell;
    }
    cell.fg(match r {
        Some(Rating::Critical) => Color::Red,
        Some(Rating::High) => Color::DarkRed,
        Some(Rating::Medium) => Color::Yellow,
        Some(Rating::Low) => Color::Green,
        Some(Rating::None) | None => Color::Grey,
    })
}

/// At most two aliases (CVE first, as the finding orders them) and a count of the rest: some
/// advisories carry dozens of distribution ids.
fn short_aliases(aliases: &[String]) -> String {
    let mut shown = aliases
        .iter()
        .take(2)
        .cloned()
        .collect::<Vec<_>>()
        .join(" ");
    if aliases.len() > 2 {
        shown.push_str(&format!(" +{}", aliases.len() - 2));
    }
    shown
}

fn location(p: &mamori_vuln::Package) -> String {
    match p.origin.line {
        Some(l) => format!("{}:{l}", p.origin.file.display()),
        None => p.origin.file.display().to_string(),
    }
}

fn table(report: &ScanReport, elapsed: std::time::Duration, scope: bool) -> String {
    let mut out = String::new();
    let mut t = output::table(&[
        "SEVERITY",
        "ID",
        "ALIASES",
        "PACKAGE",
        "VERSION",
        "FIXED IN",
        "ECOSYSTEM",
        "SOURCE",
    ]);
    for (i, f) in report.findings.iter().enumerate() {
        let mut id = f.id.clone();
        if let Some(st) = report.annotations.get(&i) {
            id.push_str(&format!(" ({})", st.status.as_str()));
        }
        t.add_row(vec![
            rating_cell(f.severity.rating),
            Cell::new(id),
            Cell::new(short_aliases(&f.aliases)),
            Cell::new(&f.package.name),
            Cell::new(&f.package.version),
            Cell::new(if f.fixed.is_empty() {
                "-".to_string()
            } else {
                f.fixed.join(", ")
            }),
            Cell::new(f.package.ecosystem.as_ref().map_or("-", |e| e.osv_name())),
            Cell::new(location(&f.package)),
        ]);
    }
    if !report.findings.is_empty() {
        out.push_str(&format!("{t}\n"));
    }
    if !report.suppressed.is_empty() {
        let mut s = output::table(&[
            "SUPPRESSED BY VEX",
            "PACKAGE",
            "VERSION",
            "STATUS",
            "JUSTIFICATION",
            "VEX",
        ]);
        for x in &report.suppressed {
            s.add_row(vec![
                x.finding.id.clone(),
                x.finding.package.name.clone(),
                x.finding.package.version.clone(),
                x.vex.status.as_str().to_string(),
                x.vex.justification.clone().unwrap_or_else(|| "-".into()),
                x.vex.source.display().to_string(),
            ]);
        }
        out.push_str(&format!("\n{s}\n"));
    }
    if scope && !report.findings.is_empty() {
        out.push_str("\nScope of response:\n");
        for (id, products) in report.scope() {
            out.push_str(&format!("  {id}: {} product(s)\n", products.len()));
            for p in products {
                out.push_str(&format!("    - {p}\n"));
            }
        }
    }
    let s = mamori_vuln::report::summary(report);
    let ratings: Vec<String> = s
        .by_rating
        .iter()
        .rev()
        .map(|(k, v)| format!("{v} {k}"))
        .collect();
    out.push_str(&format!(
        "\n{} finding(s) of {} vulnerabilit{} in {} package(s) from {} input(s){}; {} suppressed by VEX; {} input error(s); {:.2} s\n",
        s.findings,
        s.vulnerabilities,
        if s.vulnerabilities == 1 { "y" } else { "ies" },
        s.packages,
        s.inventories,
        if ratings.is_empty() { String::new() } else { format!(" ({})", ratings.join(", ")) },
        s.suppressed,
        s.errors,
        elapsed.as_secs_f64()
    ));
    if !report.unevaluated.is_empty() {
        out.push_str(&format!(
            "{} package/advisory pair(s) not evaluated: the version does not parse in its ecosystem (see --format json)\n",
            report.unevaluated.len()
        ));
    }
    out
}

fn generate(args: &GenerateArgs) -> anyhow::Result<u8> {
    if std::fs::metadata(&args.dir).is_err() {
        bail!("{}: no such file or directory", args.dir.display());
    }
    let (inventories, errors) =
        mamori_vuln::inputs::read_inputs(std::slice::from_ref(&args.dir), &mut |_| {});
    warn_errors(&errors, args.quiet);
    if inventories.is_empty() {
        bail!("no lockfile or SBOM found under {}", args.dir.display());
    }
    let name = args.name.clone().unwrap_or_else(|| {
        std::fs::canonicalize(&args.dir)
            .ok()
            .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| "project".into())
    });
    let bom =
        mamori_vuln::report::sbom(&inventories, &name, env!("CARGO_PKG_VERSION"), &timestamp());
    output::emit(
        args.output.as_deref(),
        &format!("{}\n", serde_json::to_string_pretty(&bom)?),
    )?;
    if !args.quiet {
        let n = bom["components"].as_array().map_or(0, Vec::len);
        anstream::eprintln!("{n} components from {} input(s)", inventories.len());
    }
    Ok(if errors.is_empty() {
        exit::CLEAN
    } else {
        exit::ERROR
    })
}
