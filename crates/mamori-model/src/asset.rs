//! A cryptographic asset found by an inventory scanner: a key, a certificate, a parameter set or
//! a keystore, where it was found, and what it is worth today.

use serde::{Deserialize, Serialize};

use crate::algorithm::Algorithm;
use crate::status::Status;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum AssetKind {
    Certificate,
    /// PKCS#10 certificate signing request.
    Csr,
    PrivateKey,
    PublicKey,
    /// An OpenSSH certificate (a signed public key).
    SshCertificate,
    /// Domain parameters (DH, DSA, EC) without a key.
    Parameters,
    /// A container of keys and certificates (PKCS#12, JKS, JCEKS).
    Keystore,
}

impl AssetKind {
    pub fn as_str(self) -> &'static str {
        match self {
            AssetKind::Certificate => "certificate",
            AssetKind::Csr => "csr",
            AssetKind::PrivateKey => "private-key",
            AssetKind::PublicKey => "public-key",
            AssetKind::SshCertificate => "ssh-certificate",
            AssetKind::Parameters => "parameters",
            AssetKind::Keystore => "keystore",
        }
    }
}

/// Where an asset was found.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Location {
    /// Path relative to the scanned root, `/`-separated.
    pub path: String,
    /// 1-based position of the object inside a bundle or keystore (the n-th PEM block, the n-th
    /// certificate in a chain), when the file holds more than one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub index: Option<u32>,
    /// 1-based line where the object starts, for text files.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// Alias or friendly name inside a keystore.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
}

impl Location {
    pub fn file(path: impl Into<String>) -> Location {
        Location {
            path: path.into(),
            index: None,
            line: None,
            alias: None,
        }
    }

    /// `path`, `path#3`, `path:12`, `path#2[alias]`: compact form for tables and messages.
    pub fn display(&self) -> String {
        let mut s = self.path.clone();
        if let Some(line) = self.line {
            s.push_str(&format!(":{line}"));
        }
        if let Some(i) = self.index {
            s.push_str(&format!("#{i}"));
        }
        if let Some(a) = &self.alias {
            s.push_str(&format!("[{a}]"));
        }
        s
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertificateInfo {
    /// RFC 4514 string form.
    pub subject: String,
    pub issuer: String,
    /// Hex, as in `openssl x509 -serial` (upper case, no separators).
    pub serial: String,
    /// RFC 3339 UTC.
    pub not_before: String,
    pub not_after: String,
    pub signature_algorithm: Algorithm,
    /// Lower-case hex SHA-256 of the DER encoding.
    pub fingerprint_sha256: String,
    pub self_signed: bool,
    pub is_ca: bool,
    /// Expired at scan time.
    pub expired: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dns_names: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeystoreInfo {
    /// `PKCS#12`, `JKS`, `JCEKS`.
    pub format: String,
    /// True when reading the entries needed a password (given or guessed).
    pub encrypted: bool,
    /// True when the entries could be listed.
    pub opened: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entries: Vec<KeystoreEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeystoreEntry {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
    /// `private-key`, `certificate`, `trusted-certificate`, `secret-key`.
    pub kind: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Asset {
    pub kind: AssetKind,
    /// The key algorithm; for a keystore, the scheme that protects it, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub algorithm: Option<Algorithm>,
    /// Encoding: `PEM`, `DER`, `OpenSSH`, `PKCS#12`, `JKS`...
    pub format: String,
    /// Private key material is encrypted (the algorithm may still be known from a public part).
    pub encrypted: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certificate: Option<Box<CertificateInfo>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keystore: Option<KeystoreInfo>,
    pub location: Location,
    /// Worst status of the asset's algorithms in the scan year; `None` when no algorithm is
    /// known (a keystore whose protection could not be read).
    pub status: Option<Status>,
    /// Lower-case hex SHA-256 fingerprint of the public key (SPKI DER or SSH wire blob), linking a
    /// private key, its public key and its certificate across files.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_fingerprint: Option<String>,
    /// SSH key comment, PEM headers worth keeping, and anything a reader should know.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

impl Asset {
    /// Recompute `status` from the algorithms the asset carries, as of `year`.
    pub fn compute_status(&mut self, year: u16) {
        let key = self.algorithm.as_ref().map(|a| a.status_in(year));
        let sig = self
            .certificate
            .as_ref()
            .map(|c| c.signature_algorithm.status_in(year));
        self.status = key.max(sig);
    }
}
