//! The result of probing one endpoint, as written one JSON object per line.

use mamori_formats::cyclonedx::ProtocolType;
use mamori_formats::{ProtocolFinding, SuiteFinding};
use serde::Serialize;

use crate::ssh::SshReport;
use crate::target::Target;
use crate::tls::TlsReport;
use crate::verdict::Verdict;

#[derive(Debug, Clone, Serialize)]
pub struct EndpointResult {
    /// `host:port` as probed.
    pub target: String,
    /// `tls` or `ssh`.
    pub protocol: &'static str,
    /// Why the endpoint could not be probed; the other fields are then empty.
    pub error: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tls: Option<TlsReport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ssh: Option<SshReport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verdict: Option<Verdict>,
}

impl EndpointResult {
    pub fn ssh(target: &Target, result: Result<SshReport, crate::ProbeError>, year: u16) -> Self {
        match result {
            Ok(r) => EndpointResult {
                target: target.to_string(),
                protocol: "ssh",
                error: None,
                verdict: Some(crate::verdict::ssh_verdict(&r, year)),
                tls: None,
                ssh: Some(r),
            },
            Err(e) => EndpointResult {
                target: target.to_string(),
                protocol: "ssh",
                error: Some(e.to_string()),
                tls: None,
                ssh: None,
                verdict: None,
            },
        }
    }

    pub fn tls(target: &Target, result: Result<TlsReport, crate::ProbeError>, year: u16) -> Self {
        match result {
            Ok(r) => EndpointResult {
                target: target.to_string(),
                protocol: "tls",
                error: None,
                verdict: Some(crate::verdict::tls_verdict(&r, year)),
                tls: Some(r),
                ssh: None,
            },
            Err(e) => EndpointResult {
                target: target.to_string(),
                protocol: "tls",
                error: Some(e.to_string()),
                tls: None,
                ssh: None,
                verdict: None,
            },
        }
    }
}

fn resolve(entry: &str) -> Option<mamori_model::Algorithm> {
    mamori_model::catalogue::by_name(entry).map(|e| e.resolve(None))
}

impl EndpointResult {
    /// The endpoint as CBOM protocol findings: one per TLS version (with its suites, groups and
    /// certificate chain), or one for SSH (with its methods and host keys).
    pub fn protocol_findings(&self, year: u16, now: i64) -> Vec<ProtocolFinding> {
        let mut out = Vec::new();
        if let Some(t) = &self.tls {
            let opts = mamori_inventory::AnalyzeOptions {
                now,
                year,
                passwords: Vec::new(),
            };
            let certs: Vec<mamori_model::Asset> = t
                .certificates
                .iter()
                .enumerate()
                .flat_map(|(i, c)| {
                    let mut found = mamori_inventory::analyze(&c.der, &self.target, &opts).assets;
                    for a in &mut found {
                        a.location.index = Some(i as u32 + 1);
                    }
                    found
                })
                .collect();
            let groups: Vec<mamori_model::Algorithm> = t
                .group_codes
                .iter()
                .filter_map(|g| mamori_model::catalogue::tls_group(*g))
                .filter_map(|g| resolve(g.entry))
                .collect();
            for v in &t.versions {
                let suites = t
                    .cipher_suites
                    .get(v)
                    .map(|names| {
                        names
                            .iter()
                            .filter_map(|n| mamori_model::catalogue::tls_cipher_suite_by_name(n))
                            .map(|s| SuiteFinding {
                                name: s.iana_name.to_string(),
                                identifiers: vec![
                                    format!("0x{:02X}", s.code >> 8),
                                    format!("0x{:02X}", s.code & 0xff),
                                ],
                                algorithms: [
                                    s.key_exchange,
                                    s.authentication,
                                    Some(s.cipher),
                                    s.mac,
                                ]
                                .into_iter()
                                .flatten()
                                .filter_map(resolve)
                                .collect(),
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                out.push(ProtocolFinding {
                    protocol: ProtocolType::Tls,
                    version: v.strip_prefix("TLSv").unwrap_or(v).to_string(),
                    target: self.target.clone(),
                    cipher_suites: suites,
                    algorithms: groups.clone(),
                    assets: certs.clone(),
                });
            }
        }
        if let Some(s) = &self.ssh {
            let algorithms = s
                .kex
                .iter()
                .chain(&s.host_key_algorithms)
                .chain(&s.ciphers)
                .chain(&s.macs)
                .filter_map(|n| mamori_model::catalogue::ssh_algorithm(n))
                .filter_map(|a| resolve(a.entry))
                .collect();
            let assets = s
                .host_keys
                .iter()
                .map(|k| {
                    let mut a = mamori_model::Asset {
                        kind: mamori_model::AssetKind::PublicKey,
                        algorithm: k.key.clone(),
                        format: "OpenSSH".into(),
                        encrypted: false,
                        certificate: None,
                        keystore: None,
                        location: mamori_model::Location::file(self.target.clone()),
                        status: None,
                        key_fingerprint: Some(k.fingerprint.clone()),
                        notes: vec![format!("host key via {}", k.algorithm)],
                    };
                    a.compute_status(year);
                    a
                })
                .collect();
            out.push(ProtocolFinding {
                protocol: ProtocolType::Ssh,
                version: "2.0".into(),
                target: self.target.clone(),
                cipher_suites: Vec::new(),
                algorithms,
                assets,
            });
        }
        out
    }
}
