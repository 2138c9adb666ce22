//! `mamori seal` and `mamori verify`: e-sealed envelopes.

use std::path::PathBuf;

use anyhow::Context;
use clap::{Args, ValueEnum};
use mamori_seal::ca::{read_certificate, read_private_key};
use mamori_seal::envelope::{SealOptions, seal, verify};

use crate::exit;

#[derive(Debug, Args)]
pub struct SealArgs {
    /// The file to seal (JSON is sealed in RFC 8785 canonical form).
    pub file: PathBuf,
    /// The organization's e-seal private key (seal.key).
    #[arg(long, value_name = "KEY")]
    pub key: PathBuf,
    /// The organization's e-seal certificate (seal.pem).
    #[arg(long, value_name = "CERT")]
    pub cert: PathBuf,
    /// Intermediate certificates to put in x5c after the seal certificate.
    #[arg(long, value_name = "CERT")]
    pub chain: Vec<PathBuf>,
    /// Where to write the envelope (default FILE.sealed.json).
    #[arg(long, short, value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// Leave the payload out of the envelope; verify then needs --payload.
    #[arg(long)]
    pub detached: bool,
    /// The payload's media type (default: application/json when it parses as JSON, else
    /// application/octet-stream).
    #[arg(long)]
    pub content_type: Option<String>,
    /// Passphrase file of an encrypted key.
    #[arg(long, value_name = "FILE")]
    pub passphrase_file: Option<PathBuf>,
    /// RFC 3161 time-stamping authority to time-stamp the seal (http://host:port/), e.g. one
    /// run by `mamori tsa serve`.
    #[arg(long, value_name = "URL")]
    pub tsa: Option<String>,
}

#[derive(Debug, Args)]
pub struct TsaArgs {
    #[command(subcommand)]
    pub command: TsaCommand,
}

#[derive(Debug, clap::Subcommand)]
pub enum TsaCommand {
    /// Run an RFC 3161 time-stamping service over HTTP, with a time-stamping certificate issued
    /// by the CA (DIR/tsa/tsa.pem, made on first start).
    ///
    /// Example:
    ///   mamori tsa serve --listen 127.0.0.1:3161 --ca ca/
    #[command(verbatim_doc_comment)]
    Serve {
        /// Address to listen on.
        #[arg(long, value_name = "ADDR")]
        listen: String,
        #[arg(long, value_name = "DIR")]
        ca: PathBuf,
        /// Passphrase file of the CA key, when it is encrypted.
        #[arg(long, value_name = "FILE")]
        ca_passphrase_file: Option<PathBuf>,
    },
}

pub fn run_tsa(args: &TsaArgs) -> anyhow::Result<u8> {
    match &args.command {
        TsaCommand::Serve {
            listen,
            ca,
            ca_passphrase_file,
        } => {
            let pass = crate::ca::read_passphrase(ca_passphrase_file.as_ref())?;
            let authority = mamori_seal::ca::CertificateAuthority::open(ca, pass.as_deref())?;
            let tsa = mamori_seal::tsa::TimeStampAuthority::for_ca(&authority, ca)?;
            let listener = std::net::TcpListener::bind(listen)
                .with_context(|| format!("cannot listen on {listen}"))?;
            println!("time-stamping on http://{}/", listener.local_addr()?);
            mamori_seal::tsa::serve(listener, std::sync::Arc::new(tsa))?;
            Ok(exit::CLEAN)
        }
    }
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The sealed envelope (JWS JSON).
    pub sealed: PathBuf,
    /// Trusted CA certificate(s).
    #[arg(long, value_name = "CA.pem", required = true)]
    pub trust: Vec<PathBuf>,
    /// The CA's CRL, to check revocation.
    #[arg(long, value_name = "CRL")]
    pub crl: Option<PathBuf>,
    /// The payload of a detached seal.
    #[arg(long, value_name = "FILE")]
    pub payload: Option<PathBuf>,
    /// Write the verified payload here.
    #[arg(long, value_name = "FILE")]
    pub extract: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = VerifyFormat::Text)]
    pub format: VerifyFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum VerifyFormat {
    Text,
    Json,
}

pub fn run_seal(args: &SealArgs) -> anyhow::Result<u8> {
    let pass = crate::ca::read_passphrase(args.passphrase_file.as_ref())?;
    let key = read_private_key(&args.key, pass.as_deref())?;
    let mut chain = vec![read_certificate(&args.cert)?];
    for c in &args.chain {
        chain.push(read_certificate(c)?);
    }
    let payload = std::fs::read(&args.file)
        .with_context(|| format!("cannot read {}", args.file.display()))?;
    let opts = SealOptions {
        detached: args.detached,
        content_type: args.content_type.clone(),
        signing_time: None,
        tsa_url: args.tsa.clone(),
    };
    let sealed = seal(&payload, &key, &chain, &opts)?;
    let out = args.output.clone().unwrap_or_else(|| {
        let mut name = args.file.as_os_str().to_owned();
        name.push(".sealed.json");
        PathBuf::from(name)
    });
    std::fs::write(&out, &sealed).with_context(|| format!("cannot write {}", out.display()))?;
    println!("sealed: {}", out.display());
    Ok(exit::CLEAN)
}

pub fn run_verify(args: &VerifyArgs) -> anyhow::Result<u8> {
    let sealed = std::fs::read(&args.sealed)
        .with_context(|| format!("cannot read {}", args.sealed.display()))?;
    let anchors = args
        .trust
        .iter()
        .map(|t| read_certificate(t))
        .collect::<Result<Vec<_>, _>>()?;
    let crl = match &args.crl {
        Some(p) => {
            let bytes = std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?;
            Some(
                mamori_seal::der::unpem("X509 CRL", &bytes)
                    .with_context(|| format!("{}: not a CRL", p.display()))?,
            )
        }
        None => None,
    };
    let payload = match &args.payload {
        Some(p) => Some(std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?),
        None => None,
    };
    let verdict = verify(&sealed, payload.as_deref(), &anchors, crl.as_deref())?;
    match (&verdict, args.format) {
        (Ok(v), VerifyFormat::Text) => println!(
            "VALID: sealed by {} ({}, {}) at {}{}; certificate serial {}",
            v.organization.as_deref().unwrap_or("?"),
            v.organization_identifier.as_deref().unwrap_or("?"),
            v.country.as_deref().unwrap_or("?"),
            v.signing_time,
            v.timestamp
                .as_ref()
                .map(|t| format!(" (time-stamped {t})"))
                .unwrap_or_default(),
            v.serial
        ),
        (Err(r), VerifyFormat::Text) => println!("INVALID: {r}"),
        (Ok(v), VerifyFormat::Json) => println!(
            "{}",
            serde_json::json!({
                "valid": true,
                "organization": v.organization,
                "organization_identifier": v.organization_identifier,
                "country": v.country,
                "signing_time": v.signing_time,
                "timestamp": v.timestamp,
                "serial": v.serial,
                "content_type": v.content_type,
            })
        ),
        (Err(r), VerifyFormat::Json) => println!(
            "{}",
            serde_json::json!({"valid": false, "reason": r.to_string()})
        ),
    }
    match verdict {
        Ok(v) => {
            if let Some(out) = &args.extract {
                std::fs::write(out, &v.payload)
                    .with_context(|| format!("cannot write {}", out.display()))?;
            }
            Ok(exit::CLEAN)
        }
        Err(_) => Ok(exit::FINDINGS),
    }
}
