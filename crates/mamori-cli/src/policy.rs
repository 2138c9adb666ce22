//! `mamori policy`: check CBOMs against a crypto policy, list and show the built-in policies.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use anyhow::Context;
use clap::{Args, Subcommand, ValueEnum};
use comfy_table::{Cell, Color};
use mamori_assess::policy::{
    self, BUILTINS, PolicyDate, PolicyReport, Severity, TIER1_VARIABLE, check_policy,
};
use serde::Serialize;

use crate::{exit, output};

#[derive(Debug, Args)]
pub struct PolicyArgs {
    #[command(subcommand)]
    pub command: PolicyCommand,
}

#[derive(Debug, Subcommand)]
pub enum PolicyCommand {
    /// Check CBOMs against a crypto policy: allowed and forbidden algorithms, minimum
    /// strength, post-quantum key exchange, rules that start on a date.
    ///
    /// POLICY is a built-in (programme-2030, nist-ir-8547, cnsa-2.0: see `mamori policy
    /// list`) or the path of a TOML policy (start from `mamori policy show NAME`). One policy
    /// per run: run the command once per policy to check several.
    ///
    /// Each asset of each CBOM (files, endpoints, code — mamori's or another tool's) is
    /// judged on --date (default: today). A rule whose `starts` date is later reports its
    /// violations as warnings that say when it starts, so a pipeline sees what is coming
    /// without failing.
    ///
    /// Exit codes: 0 no error-severity violation of a started rule (warnings too with
    /// --strict), 1 the policy is violated, 2 bad input (unknown policy, bad TOML,
    /// unreadable CBOM).
    ///
    /// Examples:
    ///   # CI gate: fail the build when the inventory breaks the organization's policy
    ///   mamori scan code . --format cbom -o code-cbom.json --fail-on never
    ///   mamori policy check --policy crypto-policy.toml code-cbom.json --format sarif -o policy.sarif
    ///
    ///   # The programme's 2030 targets for a tier-1 system, as they will be judged in 2030
    ///   mamori policy check --policy programme-2030 --tier1 --date 2030-01-01 tls.json ssh.json
    ///
    ///   # Procurement: does a supplier's CBOM meet CNSA 2.0 by 2033?
    ///   mamori policy check --policy cnsa-2.0 --date 2033-01-01 supplier-cbom.json --format json
    #[command(verbatim_doc_comment)]
    Check(PolicyCheckArgs),
    /// List the built-in policies with their descriptions.
    List,
    /// Print a built-in policy's TOML, to copy and adapt.
    ///
    /// Example:
    ///   mamori policy show nist-ir-8547 > crypto-policy.toml
    #[command(verbatim_doc_comment)]
    Show {
        /// Name of the built-in policy.
        #[arg(value_name = "NAME")]
        name: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PolicyFormat {
    /// Violations, one per line, then a summary, for people.
    Table,
    /// One JSON document: policy, date, rules, violations, counts.
    Json,
    /// SARIF 2.1.0: one rule per policy rule, one result per violation.
    Sarif,
}

#[derive(Debug, Args)]
pub struct PolicyCheckArgs {
    /// A built-in policy name or the path of a TOML policy file.
    #[arg(short, long, value_name = "POLICY")]
    pub policy: String,
    /// CycloneDX CBOM files to check.
    #[arg(required = true, value_name = "CBOM")]
    pub cboms: Vec<PathBuf>,
    /// Judge as of this day (YYYY-MM-DD) instead of today: decides which rules have started.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<PolicyDate>,
    /// The system is tier-1: set the policy variable pq_key_exchange_required to true
    /// (programme-2030 then requires a hybrid or post-quantum key exchange on TLS 1.3 and SSH).
    #[arg(long)]
    pub tier1: bool,
    /// Fail (exit 1) on warnings too, rules not yet started included.
    #[arg(long)]
    pub strict: bool,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = PolicyFormat::Table)]
    pub format: PolicyFormat,
    /// Write the output to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

fn parse_date(s: &str) -> Result<PolicyDate, String> {
    s.parse()
}

fn today() -> anyhow::Result<PolicyDate> {
    let d = time::OffsetDateTime::now_utc().date();
    u16::try_from(d.year())
        .ok()
        .and_then(|y| PolicyDate::new(y, u8::from(d.month()), d.day()))
        .context("today's date is out of range")
}

pub fn run(args: &PolicyArgs) -> anyhow::Result<u8> {
    match &args.command {
        PolicyCommand::Check(c) => check(c),
        PolicyCommand::List => list(),
        PolicyCommand::Show { name } => show(name),
    }
}

fn list() -> anyhow::Result<u8> {
    let mut t = output::table(&["NAME", "DESCRIPTION"]);
    for b in BUILTINS {
        let p = b.policy()?;
        t.add_row(vec![Cell::new(b.name), Cell::new(p.description)]);
    }
    let text = format!(
        "{t}\n\nShow one with `mamori policy show NAME`; check with `mamori policy check --policy NAME CBOM...`.\n"
    );
    output::emit(None, &text)?;
    Ok(exit::CLEAN)
}

fn show(name: &str) -> anyhow::Result<u8> {
    let b = policy::builtin(name).with_context(|| {
        format!(
            "unknown built-in policy '{name}' (built-ins: {})",
            policy::builtin_names()
        )
    })?;
    output::emit(None, b.toml)?;
    Ok(exit::CLEAN)
}

/// The JSON document: the report plus what was read and the verdict.
#[derive(Serialize)]
struct JsonReport<'a> {
    #[serde(flatten)]
    report: &'a PolicyReport,
    cboms: Vec<String>,
    strict: bool,
    passed: bool,
}

fn check(args: &PolicyCheckArgs) -> anyhow::Result<u8> {
    let policy = policy::load_policy(&args.policy)?;
    let date = match args.date {
        Some(d) => d,
        None => today()?,
    };
    let mut assets = Vec::new();
    for path in &args.cboms {
        assets.extend(mamori_assess::read_cbom(path)?);
    }
    let mut overrides = BTreeMap::new();
    if args.tier1 {
        overrides.insert(TIER1_VARIABLE.to_owned(), true);
    }
    let report = check_policy(&policy, &assets, date, &overrides);
    let failed = report.fails(args.strict);
    let text = match args.format {
        PolicyFormat::Json => {
            let doc = JsonReport {
                report: &report,
                cboms: args.cboms.iter().map(|p| p.display().to_string()).collect(),
                strict: args.strict,
                passed: !failed,
            };
            let mut s = serde_json::to_string_pretty(&doc)?;
            s.push('\n');
            s
        }
        PolicyFormat::Sarif => {
            let log = policy::sarif_of_report(&report, env!("CARGO_PKG_VERSION"));
            let mut s = serde_json::to_string_pretty(&log)?;
            s.push('\n');
            s
        }
        PolicyFormat::Table => table(&report, failed),
    };
    output::emit(args.output.as_deref(), &text)?;
    Ok(if failed { exit::FINDINGS } else { exit::CLEAN })
}

fn severity_cell(s: Severity) -> Cell {
    let cell = Cell::new(s.as_str());
    if output::color() {
        cell.fg(match s {
            Severity::Error => Color::Red,
            Severity::Warning => Color::Yellow,
        })
    } else {
        cell
    }
}

fn table(report: &PolicyReport, failed: bool) -> String {
    let mut out = String::new();
    if !report.violations.is_empty() {
        let mut t = output::table(&[
            "RULE",
            "SEVERITY",
            "ASSET",
            "ALGORITHM",
            "LOCATION",
            "MESSAGE",
        ]);
        for v in &report.violations {
            let location = match v.locations.as_slice() {
                [] => v.source.clone(),
                [one] => one.clone(),
                [first, rest @ ..] => format!("{first} (+{} more)", rest.len()),
            };
            t.add_row(vec![
                Cell::new(&v.rule),
                severity_cell(v.severity),
                Cell::new(&v.asset),
                Cell::new(v.algorithm.as_deref().unwrap_or("-")),
                Cell::new(location),
                Cell::new(&v.message),
            ]);
        }
        let _ = writeln!(out, "{t}\n");
    }
    let _ = writeln!(
        out,
        "Policy {} on {}: {} assets checked.",
        report.policy, report.date, report.assets_checked
    );
    for r in &report.rules {
        let state = if !r.active {
            "not applied (its variable is false)".to_owned()
        } else if !r.started {
            format!(
                "starts {}",
                r.starts.map(|d| d.to_string()).unwrap_or_default()
            )
        } else {
            "in force".to_owned()
        };
        let _ = writeln!(
            out,
            "  {:<36} {:<7} {:<38} {} violation{}",
            r.id,
            r.severity.as_str(),
            state,
            r.violations,
            if r.violations == 1 { "" } else { "s" }
        );
    }
    let verdict = if failed { "FAILED" } else { "passed" };
    let _ = writeln!(
        out,
        "{} errors, {} warnings: {verdict}.",
        report.counts.errors, report.counts.warnings
    );
    out
}
