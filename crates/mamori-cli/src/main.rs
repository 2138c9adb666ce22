//! The `mamori` command line: argument parsing, output and exit codes. Every capability lives in
//! a library crate; this binary only wires them to the terminal.
#![forbid(unsafe_code)]

mod assess;
mod ca;
mod cli;
mod db;
mod output;
mod policy;
mod sbom;
mod scan_code;
mod scan_files;
mod scan_net;
mod seal;
mod version_cmd;

use std::process::ExitCode;

use clap::Parser;

/// Exit codes shared by every subcommand, for CI gating.
pub mod exit {
    /// Nothing at or above the threshold.
    pub const CLEAN: u8 = 0;
    /// Findings at or above the threshold, or a policy violated.
    pub const FINDINGS: u8 = 1;
    /// Usage or input error.
    pub const ERROR: u8 = 2;
}

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    output::init_color(args.color);
    let data_dir = args.data_dir.as_deref();
    let result = match args.command {
        cli::Command::Scan(cli::ScanArgs { target }) => match target {
            cli::ScanTarget::Files(files) => scan_files::run(&files),
            cli::ScanTarget::Ssh(net) => scan_net::run(&net, scan_net::Protocol::Ssh),
            cli::ScanTarget::Tls(net) => scan_net::run(&net, scan_net::Protocol::Tls),
            cli::ScanTarget::Code(code) => scan_code::run(&code),
        },
        cli::Command::Policy(p) => policy::run(&p),
        cli::Command::Assess(a) => assess::run(&a),
        cli::Command::Version(v) => version_cmd::run(&v),
        cli::Command::Sbom(s) => sbom::run(&s, data_dir),
        cli::Command::Db(d) => db::run(&d, data_dir),
        cli::Command::Ca(c) => ca::run(&c),
        cli::Command::Seal(s) => seal::run_seal(&s),
        cli::Command::Verify(v) => seal::run_verify(&v),
        cli::Command::Tsa(t) => seal::run_tsa(&t),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            anstream::eprintln!("{}: {e:#}", output::error_label());
            ExitCode::from(exit::ERROR)
        }
    }
}
