use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// mamori (守り) — cryptographic inventory and post-quantum readiness.
///
/// mamori finds the cryptography an organization uses (files, TLS and SSH endpoints, source
/// code and configuration), says how strong each piece is today and whether a quantum computer
/// breaks it, writes the inventory as a table, JSON, a CycloneDX 1.6 CBOM or SARIF, turns it
/// into a migration plan (assess) and checks it against crypto policies (policy check).
/// Nothing leaves the machine.
///
/// Exit codes: 0 clean, 1 findings at or above --fail-on or a policy violated, 2 usage or
/// input error.
#[derive(Debug, Parser)]
#[command(
    name = "mamori",
    version,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    /// When to colour output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,
    /// mamori's data directory (the advisory database lives here). Default: $MAMORI_DATA_DIR,
    /// else ~/.local/share/mamori.
    #[arg(long, value_name = "DIR", global = true)]
    pub data_dir: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Inventory cryptography: files, TLS and SSH endpoints, source code and configuration.
    Scan(ScanArgs),
    /// Check CBOMs against a crypto policy (policy as code); list and show the built-ins.
    Policy(crate::policy::PolicyArgs),
    /// Match SBOMs and lockfiles against OSV advisories offline; generate SBOMs.
    Sbom(crate::sbom::SbomArgs),
    /// Manage the offline OSV advisory database (import, status).
    Db(crate::db::DbArgs),
    /// Compare versions with each ecosystem's own ordering.
    Version(crate::version_cmd::VersionArgs),
    /// The e-seal certification authority: init, issue, revoke, crl.
    Ca(crate::ca::CaArgs),
    /// Seal a file with an organization's e-seal (hybrid ML-DSA-65 + Ed25519, JWS JSON).
    ///
    /// Example:
    ///   mamori seal report.json --key port/seal.key --cert port/seal.pem
    #[command(verbatim_doc_comment)]
    Seal(crate::seal::SealArgs),
    /// Verify a sealed envelope: both signature components, the chain to the trust anchor,
    /// validity at the signing time, revocation. Exit 0 valid, 1 invalid (with the reason),
    /// 2 error.
    ///
    /// Example:
    ///   mamori verify report.json.sealed.json --trust ca/ca.pem --crl ca/crl.pem
    #[command(verbatim_doc_comment)]
    Verify(crate::seal::VerifyArgs),
    /// An RFC 3161 time-stamping service for seals.
    Tsa(crate::seal::TsaArgs),
    /// Assess systems: status per asset, Mosca exposure, tiers, deadlines and the roadmap.
    ///
    /// Reads a systems file (TOML) that names each system — owner, sector, criticality 1–4,
    /// internet-facing or not, how many years its data must stay confidential and its
    /// signatures trusted, the years its migration takes, what it depends on — and the CBOMs
    /// that describe its cryptography (from `mamori scan ... --format cbom` or another tool).
    /// CBOMs given on the command line belong to the pseudo-system "unassigned".
    ///
    /// For each asset: a status as of the year (broken, below-target, quantum-vulnerable,
    /// quantum-safe), why, what to do (e.g. move key exchange to X25519MLKEM768, re-issue with
    /// ML-DSA-65) and by when. For each system: a tier and deadline (critical sectors that
    /// are exposed: 2030; others at risk: 2033; the rest: 2035 — overridable with [[tier]]
    /// rules), pulled forward when a system that depends on it is due earlier, and Mosca's
    /// exposure per CRQC scenario (x + y > z: protection years + migration years > years left).
    /// The roadmap groups systems into waves by deadline, dependencies first, and warns when a
    /// deadline cannot be met.
    ///
    /// Minimal systems.toml:
    ///   organization = "Example Ministry"
    ///   scenarios = [2030, 2035, 2040]
    ///   [[system]]
    ///   name = "tax-portal"
    ///   sector = "public"          # public finance telecom energy healthcare
    ///   criticality = 4            #   transport ports cloud other
    ///   internet_facing = true
    ///   confidentiality_years = 10
    ///   migration_years = 3
    ///   depends_on = ["identity-ca"]
    ///   cbom = ["cbom/tax-portal.json"]   # relative to the TOML file
    ///
    /// Examples:
    ///   mamori assess --systems systems.toml
    ///   mamori assess --systems systems.toml --format html -o report.html
    ///   mamori assess --systems systems.toml --format json -o 2026.json
    ///   mamori assess --systems systems.toml --baseline 2025.json --format markdown
    ///   mamori assess --systems systems.toml stray-host.cbom.json --year 2031
    ///   mamori assess --systems systems.toml --fail-on broken    # CI gate
    #[command(verbatim_doc_comment)]
    Assess(AssessArgs),
}

#[derive(Debug, Args)]
pub struct ScanArgs {
    #[command(subcommand)]
    pub target: ScanTarget,
}

#[derive(Debug, Subcommand)]
pub enum ScanTarget {
    /// Find keys, certificates and keystores in files and directories.
    ///
    /// Walks every PATH (hidden files included, .gitignore not honoured: secrets hide there) and
    /// recognises by content, never by file name: X.509 certificates and bundles (PEM, DER,
    /// PKCS#7), certificate requests, private and public keys (PKCS#1, PKCS#8 — encrypted too —,
    /// SEC1, SPKI, OpenSSH, authorized_keys, known_hosts, RFC 4716), DH/DSA/EC parameters,
    /// PKCS#12 and Java keystores, and post-quantum keys and certificates (ML-DSA, ML-KEM,
    /// SLH-DSA, composite ML-DSA).
    ///
    /// Each asset gets its classical strength in bits (NIST SP 800-57), its NIST post-quantum
    /// category and a status: broken (unsafe today), below-target (short of 128 bits, the
    /// 2030 target), quantum-vulnerable (broken by a quantum computer) or quantum-safe.
    ///
    /// Examples:
    ///   mamori scan files /etc/ssl /srv/app
    ///   mamori scan files . --format cbom -o cbom.json
    ///   mamori scan files keys/ --fail-on below-target    # CI gate
    ///   mamori scan files store.p12 --keystore-password "$PW"
    #[command(verbatim_doc_comment)]
    Files(ScanFilesArgs),
    /// Ask SSH servers what they offer: banner, key exchange, host keys, ciphers and MACs.
    ///
    /// For each target mamori reads the banner and the server's KEXINIT, then runs the key
    /// exchange just far enough, once per host-key algorithm offered, to fetch every host key
    /// (type, size, SHA256 fingerprint). Each endpoint gets a verdict: is the key exchange
    /// post-quantum (mlkem768x25519-sha256, sntrup761x25519-sha512), is the authentication
    /// post-quantum, and what is broken today (group1, ssh-rsa with SHA-1, DSA, CBC with
    /// SHA-1 MACs, 3DES, RC4...). Only the targets given are contacted.
    ///
    /// Targets: host, host:port, [v6]:port, CIDR blocks (10.0.0.0/28:22), or -T FILE.
    ///
    /// Examples:
    ///   mamori scan ssh git.example.test 10.1.2.0/28:2222
    ///   mamori scan ssh -T hosts.txt --format json > ssh.jsonl
    #[command(verbatim_doc_comment)]
    Ssh(ScanNetArgs),
    /// Ask TLS servers what they accept: versions, cipher suites, groups, certificates.
    ///
    /// mamori builds its own ClientHello, so it can offer codepoints no local TLS library
    /// knows, and reports for each endpoint: the protocol versions accepted (SSL 3.0 to
    /// TLS 1.3), the cipher suites accepted per version and whether the server enforces its
    /// own order, the key-exchange groups accepted — x25519, NIST curves, ffdhe, and the hybrid
    /// post-quantum X25519MLKEM768, SecP256r1MLKEM768, SecP384r1MLKEM1024 and pure ML-KEM —,
    /// the DHE prime size, and the certificate chain (TLS 1.2 and older). Each endpoint gets
    /// a verdict: post-quantum key exchange? post-quantum authentication? what is broken today?
    ///
    /// Targets: host (port 443), host:port, [v6]:port, CIDR blocks, or -T FILE.
    ///
    /// Examples:
    ///   mamori scan tls www.example.test mail.example.test:465
    ///   mamori scan tls -T endpoints.txt --format json --concurrency 128 > tls.jsonl
    #[command(verbatim_doc_comment)]
    Tls(ScanNetArgs),
    /// Find the cryptography that source code and configuration files choose.
    ///
    /// Reads Java, Kotlin, Python, Go, C, C++, JavaScript, TypeScript, Rust and C# with a
    /// tokenizer per language — comments, log strings and look-alike names never match — and
    /// finds calls to cryptographic APIs: JCA/JCE and Bouncy Castle, hashlib, pyca
    /// cryptography, PyCryptodome, paramiko, PyJWT, Go crypto/* and x/crypto, OpenSSL,
    /// libsodium, mbedTLS, node:crypto, WebCrypto, jsonwebtoken, RustCrypto, ring, rustls,
    /// .NET System.Security.Cryptography. Algorithm, mode, padding, key size and curve are
    /// read from literals and from constants of the same file.
    ///
    /// Also reads the TLS and SSH settings of nginx, Apache httpd, openssl.cnf, sshd_config
    /// and ssh_config, java.security, Postfix and Dovecot; OpenSSL cipher strings are
    /// expanded the way OpenSSL expands them.
    ///
    /// Reports hard-coded keys, IVs, salts and passwords, and weak choices: ECB, static IVs,
    /// MD5/SHA-1 for signatures and passwords, short RSA/DSA/DH keys, PKCS#1 v1.5
    /// encryption, low PBKDF2 iteration counts, SSL 3.0 / TLS 1.0 / TLS 1.1.
    ///
    /// .gitignore files are honoured and hidden directories skipped unless asked otherwise.
    ///
    /// Examples:
    ///   mamori scan code .
    ///   mamori scan code src/ --format sarif -o mamori.sarif     # code-scanning upload
    ///   mamori scan code . --format cbom -o code-cbom.json
    ///   mamori scan code /etc/nginx /etc/ssh --fail-on broken    # CI gate
    ///   mamori scan code . --language python --language go
    #[command(verbatim_doc_comment)]
    Code(ScanCodeArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CodeFormat {
    /// One line per finding, for people.
    Table,
    /// One JSON document with every finding and the scan statistics.
    Json,
    /// CycloneDX 1.6 CBOM: algorithm components with the places they are used.
    Cbom,
    /// SARIF 2.1.0, for code-scanning user interfaces.
    Sarif,
}

#[derive(Debug, Args)]
pub struct ScanCodeArgs {
    /// Files or directories to scan.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = CodeFormat::Table)]
    pub format: CodeFormat,
    /// Write the output to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Exit with 1 when a finding has this status or a worse one.
    #[arg(long, value_enum, default_value_t = FailOn::Broken)]
    pub fail_on: FailOn,
    /// Only these languages or configuration formats (repeatable): java, kotlin, python, go,
    /// c, cpp, javascript, typescript, rust, csharp, nginx, apache, openssl-cnf, sshd-config,
    /// ssh-config, java-security, postfix, dovecot.
    #[arg(long = "language", value_name = "LANG", value_parser = parse_language)]
    pub languages: Vec<mamori_model::Language>,
    /// Also scan what .gitignore, .ignore and git's exclude files leave out.
    #[arg(long)]
    pub no_ignore: bool,
    /// Also scan hidden files and directories.
    #[arg(long)]
    pub hidden: bool,
    /// Skip files larger than this (bytes; K, M and G suffixes accepted).
    #[arg(long, value_name = "SIZE", default_value = "8M", value_parser = parse_size)]
    pub max_file_size: u64,
    /// Worker threads (0: one per core).
    #[arg(short = 'j', long, value_name = "N", default_value_t = 0)]
    pub threads: usize,
    /// Follow symbolic links (loops are detected).
    #[arg(short = 'L', long)]
    pub follow: bool,
    /// Judge statuses as of this year instead of the current one.
    #[arg(long, value_name = "YEAR")]
    pub year: Option<u16>,
    /// No progress bar and no warnings on standard error.
    #[arg(short, long)]
    pub quiet: bool,
}

fn parse_language(s: &str) -> Result<mamori_model::Language, String> {
    mamori_model::Language::parse(s).ok_or_else(|| {
        let all: Vec<&str> = mamori_model::Language::ALL
            .iter()
            .map(|l| l.as_str())
            .collect();
        format!("unknown language '{s}' (one of: {})", all.join(", "))
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NetFormat {
    /// One line per endpoint, for people.
    Table,
    /// One JSON object per endpoint per line, written as each finishes.
    Json,
    /// CycloneDX 1.6 CBOM: a protocol asset per endpoint and version, linked to its
    /// algorithms, certificates and host keys.
    Cbom,
}

#[derive(Debug, Args)]
pub struct ScanNetArgs {
    /// Endpoints: host, host:port, [v6]:port or a CIDR block with an optional port.
    #[arg(value_name = "TARGET")]
    pub targets: Vec<String>,
    /// Read more targets from FILE, one per line (# starts a comment).
    #[arg(short = 'T', long = "targets-file", value_name = "FILE")]
    pub targets_file: Option<PathBuf>,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = NetFormat::Table)]
    pub format: NetFormat,
    /// Write the output to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Endpoints probed at once.
    #[arg(long, value_name = "N", default_value_t = 64)]
    pub concurrency: usize,
    /// Seconds allowed for each connection step (connect, each read, each write).
    #[arg(long, value_name = "SECONDS", default_value_t = 5.0)]
    pub timeout: f64,
    /// At most this many new endpoints per second.
    #[arg(long, value_name = "PER_SECOND")]
    pub rate: Option<f64>,
    /// Exit with 1 when an endpoint's verdict has this status or a worse one.
    #[arg(long, value_enum, default_value_t = FailOn::Broken)]
    pub fail_on: FailOn,
    /// Judge statuses as of this year instead of the current one.
    #[arg(long, value_name = "YEAR")]
    pub year: Option<u16>,
    /// (tls) Server name to send (SNI) instead of each target's host name.
    #[arg(long, value_name = "NAME")]
    pub sni: Option<String>,
    /// (tls) Upgrade with STARTTLS first: smtp, imap, pop3 or ftp. Without it, ports 25,
    /// 587, 143, 110 and 21 use their protocol's STARTTLS.
    #[arg(long, value_name = "PROTO", value_parser = ["smtp", "imap", "pop3", "ftp"])]
    pub starttls: Option<String>,
    /// No progress bar.
    #[arg(short, long)]
    pub quiet: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One line per asset, for people.
    Table,
    /// One JSON document with the assets, the problems met and the scan statistics.
    Json,
    /// CycloneDX 1.6 JSON with cryptographic-asset components (a CBOM).
    Cbom,
}

/// The lowest status that makes the scan exit with 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Broken,
    BelowTarget,
    QuantumVulnerable,
    /// Always exit 0 when the scan itself succeeded.
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AssessFormat {
    /// One line per system, one per asset needing action, then warnings.
    Table,
    /// The whole assessment as one JSON document (stable field names).
    Json,
    /// A report with headings and tables.
    Markdown,
    /// A self-contained HTML page with charts.
    Html,
}

#[derive(Debug, Args)]
pub struct AssessArgs {
    /// The systems file (TOML).
    #[arg(long, value_name = "FILE")]
    pub systems: PathBuf,
    /// More CBOMs, belonging to no system (assessed as the pseudo-system "unassigned").
    #[arg(value_name = "CBOM")]
    pub cboms: Vec<PathBuf>,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = AssessFormat::Table)]
    pub format: AssessFormat,
    /// Write the output to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Assess as of this year instead of the current one.
    #[arg(long, value_name = "YEAR")]
    pub year: Option<u16>,
    /// A previous `--format json` output: report assets migrated and new since then.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Exit with 1 when an asset has this status or a worse one (the report is not a gate by
    /// default; `mamori policy check` is).
    #[arg(long, value_enum, default_value_t = FailOn::Never)]
    pub fail_on: FailOn,
}

#[derive(Debug, Args)]
pub struct ScanFilesArgs {
    /// Files or directories to scan.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Write the output to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Exit with 1 when an asset has this status or a worse one.
    #[arg(long, value_enum, default_value_t = FailOn::Broken)]
    pub fail_on: FailOn,
    /// Password to try on PKCS#12 / Java keystores and encrypted PKCS#8 keys (repeatable).
    /// The empty password and Java's "changeit" are always tried.
    #[arg(long, value_name = "PASSWORD")]
    pub keystore_password: Vec<String>,
    /// Skip files larger than this (bytes; K, M and G suffixes accepted).
    #[arg(long, value_name = "SIZE", default_value = "32M", value_parser = parse_size)]
    pub max_file_size: u64,
    /// Worker threads (0: one per core).
    #[arg(short = 'j', long, value_name = "N", default_value_t = 0)]
    pub threads: usize,
    /// Follow symbolic links (loops are detected).
    #[arg(short = 'L', long)]
    pub follow: bool,
    /// Judge statuses as of this year instead of the current one (e.g. 2031 to see what the
    /// 2030 deadlines will break).
    #[arg(long, value_name = "YEAR")]
    pub year: Option<u16>,
    /// No progress bar and no warnings on standard error.
    #[arg(short, long)]
    pub quiet: bool,
}

fn parse_size(s: &str) -> Result<u64, String> {
    let s = s.trim();
    let (digits, mult) = match s.char_indices().last() {
        Some((i, 'k' | 'K')) => (&s[..i], 1u64 << 10),
        Some((i, 'm' | 'M')) => (&s[..i], 1 << 20),
        Some((i, 'g' | 'G')) => (&s[..i], 1 << 30),
        _ => (s, 1),
    };
    digits
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(mult))
        .ok_or_else(|| format!("'{s}' is not a size (examples: 1048576, 512K, 32M, 1G)"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_size("32M"), Ok(32 << 20));
        assert_eq!(parse_size("10"), Ok(10));
        assert_eq!(parse_size("2k"), Ok(2048));
        assert!(parse_size("lots").is_err());
        assert!(parse_size("99999999999999G").is_err());
    }
}
