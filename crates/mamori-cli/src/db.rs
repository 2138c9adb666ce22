//! `mamori db`: the offline advisory database.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Context;
use clap::{Args, Subcommand, ValueEnum};
use mamori_vuln::osv::{ImportProgress, OsvDatabase};

use crate::exit;
use crate::output;

#[derive(Debug, Args)]
pub struct DbArgs {
    #[command(subcommand)]
    pub command: DbCommand,
}

#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// Import OSV advisories into the local database (incremental; safe to re-run).
    ///
    /// Sources: directories of OSV JSON records (searched recursively), single records,
    /// `{"vulns": [...]}` bundles, and osv.dev's per-ecosystem `all.zip` archives
    /// (https://osv-vulnerabilities.storage.googleapis.com/<ECOSYSTEM>/all.zip, downloaded by
    /// you; mamori itself never goes online). A record replaces the stored one only when its
    /// `modified` time is newer; withdrawn records are kept but never matched; a malformed
    /// record is reported and skipped, the rest still import.
    ///
    /// Examples:
    ///   mamori db import ~/osv/PyPI/all.zip ~/osv/Go/all.zip
    ///   mamori db import advisory-database/advisories/github-reviewed
    ///   mamori --data-dir /srv/mamori db import vulndb/
    #[command(verbatim_doc_comment)]
    Import(ImportArgs),
    /// Show what the database holds: records per ecosystem, withdrawn, the newest record.
    Status(StatusArgs),
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Directories, JSON files or all.zip archives of OSV records.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// No progress bar or rejected-record warnings.
    #[arg(long, short)]
    pub quiet: bool,
    /// Output format of the import summary.
    #[arg(long, value_enum, default_value_t = DbFormat::Table)]
    pub format: DbFormat,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    #[arg(long, value_enum, default_value_t = DbFormat::Table)]
    pub format: DbFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DbFormat {
    Table,
    Json,
}

/// The advisory database's directory under the data directory.
pub fn osv_dir(data_dir: Option<&Path>) -> anyhow::Result<PathBuf> {
    Ok(mamori_vuln::data_dir::data_dir(data_dir)?.join("osv"))
}

pub fn run(args: &DbArgs, data_dir: Option<&Path>) -> anyhow::Result<u8> {
    let dir = osv_dir(data_dir)?;
    match &args.command {
        DbCommand::Import(a) => import(a, &dir),
        DbCommand::Status(a) => status(a, &dir),
    }
}

fn import(args: &ImportArgs, dir: &Path) -> anyhow::Result<u8> {
    for p in &args.paths {
        if std::fs::metadata(p).is_err() {
            anyhow::bail!("{}: no such file or directory", p.display());
        }
    }
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let show = !args.quiet && std::io::stderr().is_terminal();
    let bar = output::file_spinner(show, "records read");
    let started = Instant::now();
    let mut on_progress = |p: ImportProgress| bar.set_position(p.records as u64);
    let stats = OsvDatabase::import(dir, &args.paths, &mut on_progress)?;
    bar.finish_and_clear();
    let elapsed = started.elapsed();
    if !args.quiet {
        for r in stats.rejected.iter().take(50) {
            anstream::eprintln!(
                "{}: {}: {}",
                output::warning_label(),
                r.path.display(),
                r.reason
            );
        }
        if stats.rejected.len() > 50 {
            anstream::eprintln!("… and {} more rejected records", stats.rejected.len() - 50);
        }
    }
    let read =
        stats.added + stats.updated + stats.unchanged + stats.duplicates + stats.rejected.len();
    let rate = read as f64 / elapsed.as_secs_f64().max(1e-9);
    match args.format {
        DbFormat::Json => {
            let v = serde_json::json!({
                "database": dir,
                "stats": stats,
                "seconds": elapsed.as_secs_f64(),
                "records_per_second": rate.round(),
            });
            output::emit(None, &format!("{}\n", serde_json::to_string_pretty(&v)?))?;
        }
        DbFormat::Table => {
            println!(
                "{} records read in {:.2} s ({:.0}/s): {} added, {} updated, {} unchanged, {} withdrawn, {} rejected",
                read,
                elapsed.as_secs_f64(),
                rate,
                stats.added,
                stats.updated,
                stats.unchanged,
                stats.withdrawn,
                stats.rejected.len()
            );
            println!("database: {}", dir.display());
        }
    }
    Ok(exit::CLEAN)
}

fn status(args: &StatusArgs, dir: &Path) -> anyhow::Result<u8> {
    let db = OsvDatabase::open(dir).with_context(|| {
        format!(
            "no advisory database at {} (run `mamori db import` first)",
            dir.display()
        )
    })?;
    let st = db.status();
    match args.format {
        DbFormat::Json => {
            output::emit(None, &format!("{}\n", serde_json::to_string_pretty(&st)?))?;
        }
        DbFormat::Table => {
            let mut t = output::table(&["ECOSYSTEM", "RECORDS"]);
            for (eco, n) in &st.per_ecosystem {
                t.add_row(vec![eco.clone(), n.to_string()]);
            }
            println!("{t}");
            println!("database: {}", dir.display());
            println!("records:  {} ({} withdrawn)", st.total, st.withdrawn);
            if let Some((id, modified)) = &st.newest {
                println!("newest:   {id} (modified {modified})");
            }
        }
    }
    Ok(exit::CLEAN)
}
