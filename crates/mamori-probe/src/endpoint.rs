//! The result of probing one endpoint, as written one JSON object per line.

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
