//! `mamori version compare`: the version orders the matcher uses, one comparison at a time.

use std::io::{BufRead, Write};

use anyhow::{Context, bail};
use clap::{Args, Subcommand};
use mamori_vuln::Scheme;

use crate::exit;

#[derive(Debug, Args)]
pub struct VersionArgs {
    #[command(subcommand)]
    pub command: VersionCommand,
}

#[derive(Debug, Subcommand)]
pub enum VersionCommand {
    /// Compare two versions the way the ecosystem's own tools do; prints `<`, `=` or `>`.
    ///
    /// Ecosystems (OSV names or scheme names): npm, crates.io, hex, semver, go, pypi, maven,
    /// rubygems, nuget, packagist, pub, hackage, cran, debian, ubuntu, alpine, wolfi, rpm,
    /// redhat, rocky, almalinux, suse, generic.
    ///
    /// Examples:
    ///   mamori version compare --ecosystem debian 1:1.2-1 1.3-1        # >  (epoch wins)
    ///   mamori version compare --ecosystem pypi 1.0.dev1 1.0a1          # <
    ///   mamori version compare --ecosystem maven 1.0-RC1 1.0            # <
    ///   printf '1.0 1.0.0\n2.0~rc1 2.0\n' | mamori version compare -e debian --stdin
    ///
    /// With --stdin each line holds `A B`; one result per line, `error: …` for a line that
    /// does not parse (exit code 2 at the end if any did).
    #[command(verbatim_doc_comment)]
    Compare(CompareArgs),
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// The ecosystem whose ordering to use.
    #[arg(long, short = 'e', value_name = "ECO")]
    pub ecosystem: String,
    /// Read `A B` pairs from standard input, one per line.
    #[arg(long, conflicts_with_all = ["a", "b"])]
    pub stdin: bool,
    /// First version.
    #[arg(required_unless_present = "stdin")]
    pub a: Option<String>,
    /// Second version.
    #[arg(required_unless_present = "stdin")]
    pub b: Option<String>,
}

pub fn run(args: &VersionArgs) -> anyhow::Result<u8> {
    match &args.command {
        VersionCommand::Compare(c) => compare(c),
    }
}

fn symbol(o: std::cmp::Ordering) -> &'static str {
    match o {
        std::cmp::Ordering::Less => "<",
        std::cmp::Ordering::Equal => "=",
        std::cmp::Ordering::Greater => ">",
    }
}

fn compare(args: &CompareArgs) -> anyhow::Result<u8> {
    let Some(scheme) = Scheme::from_name(&args.ecosystem) else {
        let known: Vec<&str> = Scheme::all().iter().map(|s| s.name()).collect();
        bail!(
            "unknown ecosystem {:?}; known schemes: {}",
            args.ecosystem,
            known.join(", ")
        );
    };
    if !args.stdin {
        let (Some(a), Some(b)) = (&args.a, &args.b) else {
            bail!("give two versions, or --stdin");
        };
        println!("{}", symbol(scheme.compare(a, b)?));
        return Ok(exit::CLEAN);
    }
    let stdin = std::io::stdin().lock();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut failed = false;
    for (n, line) in stdin.lines().enumerate() {
        let line = line.with_context(|| format!("standard input, line {}", n + 1))?;
        let mut parts = line.split_whitespace();
        let result = match (parts.next(), parts.next(), parts.next()) {
            (Some(a), Some(b), None) => scheme.compare(a, b).map(symbol).map_err(|e| e.to_string()),
            (None, _, _) => {
                // Blank lines keep the output aligned with the input.
                writeln!(out)?;
                continue;
            }
            _ => Err(format!("line {}: expected two versions", n + 1)),
        };
        match result {
            Ok(s) => writeln!(out, "{s}")?,
            Err(e) => {
                failed = true;
                writeln!(out, "error: {e}")?;
            }
        }
    }
    out.flush()?;
    Ok(if failed { exit::ERROR } else { exit::CLEAN })
}
