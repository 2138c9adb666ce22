//! `mamori ca`: the e-seal certification authority.

use std::path::PathBuf;

use anyhow::Context;
use clap::{Args, Subcommand};
use mamori_seal::ca::{CertificateAuthority, RevocationReason, read_certificate};

use crate::exit;

#[derive(Debug, Args)]
pub struct CaArgs {
    #[command(subcommand)]
    pub command: CaCommand,
}

#[derive(Debug, Subcommand)]
pub enum CaCommand {
    /// Create an e-seal CA: a composite ML-DSA-65 + Ed25519 root (ca.pem, ca.key) in DIR.
    ///
    /// Example:
    ///   mamori ca init --name "Cyber Resilience Office" --country JP --out ca/
    #[command(verbatim_doc_comment)]
    Init {
        /// The CA's organization name.
        #[arg(long)]
        name: String,
        /// ISO 3166 country code of the CA.
        #[arg(long)]
        country: Option<String>,
        /// Directory to create the CA in (must not hold one).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Validity of the root, in days.
        #[arg(long, default_value_t = 3650)]
        days: u32,
        /// File whose first line is the passphrase protecting the CA key (written encrypted
        /// with PBES2: PBKDF2-HMAC-SHA256, AES-256-CBC); then required to use the CA.
        #[arg(long, value_name = "FILE")]
        passphrase_file: Option<PathBuf>,
    },
    /// Issue an organization's e-seal certificate (seal.pem, seal.key) in the ETSI EN 319 412-3
    /// style: organizationName, organizationIdentifier, country; digitalSignature and
    /// nonRepudiation; QcType eseal.
    ///
    /// Example:
    ///   mamori ca issue --ca ca/ --org "Example Port Authority" --org-id NTRJP-1234567890123 --country JP --out port/
    #[command(verbatim_doc_comment)]
    Issue {
        #[arg(long, value_name = "DIR")]
        ca: PathBuf,
        #[arg(long)]
        org: String,
        /// organizationIdentifier (ETSI EN 319 412-1), e.g. NTRJP-1234567890123.
        #[arg(long)]
        org_id: String,
        #[arg(long)]
        country: String,
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Validity in days (never beyond the CA's own).
        #[arg(long, default_value_t = 730)]
        days: u32,
        /// Passphrase file for the new seal key (written encrypted, then required to seal).
        #[arg(long, value_name = "FILE")]
        passphrase_file: Option<PathBuf>,
        /// Passphrase file of the CA key, when it is encrypted.
        #[arg(long, value_name = "FILE")]
        ca_passphrase_file: Option<PathBuf>,
    },
    /// Revoke a certificate this CA issued.
    Revoke {
        #[arg(long, value_name = "DIR")]
        ca: PathBuf,
        /// The certificate (PEM or DER).
        cert: PathBuf,
        /// unspecified, key-compromise, affiliation-changed, superseded, cessation-of-operation.
        #[arg(long, default_value = "unspecified")]
        reason: String,
        /// Passphrase file of the CA key, when it is encrypted.
        #[arg(long, value_name = "FILE")]
        ca_passphrase_file: Option<PathBuf>,
    },
    /// Write the CA's CRL (DIR/crl.pem) listing every revoked certificate.
    Crl {
        #[arg(long, value_name = "DIR")]
        ca: PathBuf,
        /// Days until nextUpdate.
        #[arg(long, default_value_t = 7)]
        days: u32,
        /// Passphrase file of the CA key, when it is encrypted.
        #[arg(long, value_name = "FILE")]
        ca_passphrase_file: Option<PathBuf>,
    },
}

/// The passphrase in a file: its first line, without the line ending.
pub fn read_passphrase(path: Option<&PathBuf>) -> anyhow::Result<Option<Vec<u8>>> {
    let Some(path) = path else { return Ok(None) };
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let line = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    anyhow::ensure!(
        !line.is_empty(),
        "{}: the passphrase is empty",
        path.display()
    );
    Ok(Some(line.to_vec()))
}

pub fn run(args: &CaArgs) -> anyhow::Result<u8> {
    match &args.command {
        CaCommand::Init {
            name,
            country,
            out,
            days,
            passphrase_file,
        } => {
            let pass = read_passphrase(passphrase_file.as_ref())?;
            CertificateAuthority::init(out, name, country.as_deref(), *days, pass.as_deref())
                .with_context(|| format!("cannot create a CA in {}", out.display()))?;
            println!("CA created: {}", out.join("ca.pem").display());
        }
        CaCommand::Issue {
            ca,
            org,
            org_id,
            country,
            out,
            days,
            passphrase_file,
            ca_passphrase_file,
        } => {
            let ca_pass = read_passphrase(ca_passphrase_file.as_ref())?;
            let pass = read_passphrase(passphrase_file.as_ref())?;
            let ca = CertificateAuthority::open(ca, ca_pass.as_deref())?;
            let issued = ca.issue(org, org_id, country, *days, out, pass.as_deref())?;
            println!(
                "issued serial {}: {} (key {})",
                issued.serial,
                issued.cert_path.display(),
                issued.key_path.display()
            );
        }
        CaCommand::Revoke {
            ca,
            cert,
            reason,
            ca_passphrase_file,
        } => {
            let reason = RevocationReason::parse(reason)
                .with_context(|| format!("unknown revocation reason {reason:?}"))?;
            let ca_pass = read_passphrase(ca_passphrase_file.as_ref())?;
            let ca = CertificateAuthority::open(ca, ca_pass.as_deref())?;
            let serial = ca.revoke(&read_certificate(cert)?, reason)?;
            println!("revoked serial {serial}; run `mamori ca crl` to publish it");
        }
        CaCommand::Crl {
            ca,
            days,
            ca_passphrase_file,
        } => {
            let ca_dir = ca;
            let ca_pass = read_passphrase(ca_passphrase_file.as_ref())?;
            let ca = CertificateAuthority::open(ca_dir, ca_pass.as_deref())?;
            ca.crl(*days)?;
            println!("CRL written: {}", ca_dir.join("crl.pem").display());
        }
    }
    Ok(exit::CLEAN)
}
