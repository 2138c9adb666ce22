//! One verdict per endpoint, in two halves — is the key exchange quantum-safe, is the
//! authentication quantum-safe — plus everything that is broken today. Pure functions over
//! probe results, resolved through the catalogue.

use mamori_model::{Algorithm, Status, catalogue};
use serde::Serialize;

use crate::ssh::SshReport;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Verdict {
    /// A client that supports post-quantum key exchange gets it: the server accepts a hybrid or
    /// post-quantum method.
    pub kex_quantum_safe: bool,
    /// Every key that authenticates the server (host keys, the certificate chain) is
    /// post-quantum.
    pub auth_quantum_safe: bool,
    /// What is unsafe today, one line each: `kex diffie-hellman-group1-sha1: ...`.
    pub broken: Vec<String>,
}

impl Verdict {
    /// The worst status behind the verdict: broken if anything is, else quantum-vulnerable
    /// unless both halves are safe.
    pub fn status(&self) -> Status {
        if !self.broken.is_empty() {
            Status::Broken
        } else if self.kex_quantum_safe && self.auth_quantum_safe {
            Status::QuantumSafe
        } else {
            Status::QuantumVulnerable
        }
    }
}

fn ssh_entry(name: &str) -> Option<Algorithm> {
    catalogue::ssh_algorithm(name)
        .and_then(|a| catalogue::by_name(a.entry))
        .map(|e| e.resolve(None))
}

fn broken_line(what: &str, name: &str, alg: &Algorithm, year: u16) -> Option<String> {
    (alg.status_in(year) == Status::Broken).then(|| {
        let why = alg
            .broken_reason
            .clone()
            .unwrap_or_else(|| format!("{} bits", alg.classical_bits));
        format!("{what} {name}: {why}")
    })
}

/// The verdict on an SSH endpoint in `year`.
pub fn ssh_verdict(r: &SshReport, year: u16) -> Verdict {
    let mut v = Verdict {
        kex_quantum_safe: r
            .kex
            .iter()
            .filter_map(|k| ssh_entry(k))
            .any(|a| a.status_in(year) == Status::QuantumSafe),
        auth_quantum_safe: !r.host_keys.is_empty()
            && r.host_keys.iter().all(|k| {
                k.key
                    .as_ref()
                    .is_some_and(|a| a.status_in(year) == Status::QuantumSafe)
            }),
        broken: Vec::new(),
    };
    for (what, list) in [
        ("kex", &r.kex),
        ("host-key algorithm", &r.host_key_algorithms),
        ("cipher", &r.ciphers),
        ("mac", &r.macs),
    ] {
        for name in list {
            if let Some(line) = ssh_entry(name).and_then(|a| broken_line(what, name, &a, year)) {
                v.broken.push(line);
            }
        }
    }
    for k in &r.host_keys {
        if let Some(line) = k
            .key
            .as_ref()
            .and_then(|a| broken_line("host key", &a.name, a, year))
        {
            if !v.broken.contains(&line) {
                v.broken.push(line);
            }
        }
    }
    // CBC encryption with a SHA-1 MAC (encrypt-and-MAC, not encrypt-then-MAC) is the
    // combination behind the SSH plaintext-recovery attacks; each part alone is not broken.
    let cbc: Vec<&String> = r.ciphers.iter().filter(|c| c.ends_with("-cbc")).collect();
    let sha1_mac: Vec<&String> = r
        .macs
        .iter()
        .filter(|m| m.starts_with("hmac-sha1") && !m.contains("-etm@"))
        .collect();
    if let (Some(c), Some(m)) = (cbc.first(), sha1_mac.first()) {
        v.broken.push(format!(
            "cipher {c} with mac {m}: CBC with an encrypt-and-MAC SHA-1 MAC"
        ));
    }
    if let Some(bits) = r.gex_modulus_bits {
        if bits < 2048 {
            v.broken.push(format!("group exchange: {bits}-bit prime"));
        }
    }
    v
}

/// The verdict on a TLS endpoint in `year`.
pub fn tls_verdict(r: &crate::tls::TlsReport, year: u16) -> Verdict {
    let group_alg = |code: u16| {
        catalogue::tls_group(code)
            .and_then(|g| catalogue::by_name(g.entry))
            .map(|e| e.resolve(None))
    };
    let mut v = Verdict {
        kex_quantum_safe: r
            .group_codes
            .iter()
            .filter_map(|g| group_alg(*g))
            .any(|a| a.status_in(year) == Status::QuantumSafe),
        auth_quantum_safe: !r.certificates.is_empty()
            && r.certificates.iter().all(|c| {
                c.key
                    .as_ref()
                    .is_some_and(|a| a.status_in(year) == Status::QuantumSafe)
                    && c.signature
                        .as_ref()
                        .is_some_and(|a| a.status_in(year) == Status::QuantumSafe)
            }),
        broken: Vec::new(),
    };
    for version in &r.versions {
        if matches!(version.as_str(), "SSLv2" | "SSLv3" | "TLSv1.0" | "TLSv1.1") {
            v.broken
                .push(format!("protocol {version}: deprecated (RFC 8996)"));
        }
    }
    for (version, suites) in &r.cipher_suites {
        for s in suites {
            let Some(suite) = catalogue::tls_cipher_suite_by_name(s) else {
                continue;
            };
            let parts = [
                Some(suite.cipher),
                suite.key_exchange,
                suite.authentication,
                suite.mac,
            ];
            let why = parts
                .iter()
                .flatten()
                .filter_map(|p| catalogue::by_name(p).map(|e| e.resolve(None)))
                .find(|a| a.broken_reason.is_some())
                .and_then(|a| a.broken_reason);
            if let Some(why) = why.or_else(|| suite.export.then(|| "export-grade".to_string())) {
                v.broken.push(format!("{version} suite {s}: {why}"));
            }
        }
    }
    for code in &r.signature_scheme_codes {
        let Some(scheme) = catalogue::tls_signature_scheme(*code) else {
            continue;
        };
        let alg = catalogue::by_name(scheme.entry).map(|e| e.resolve(None));
        if let Some(line) = alg.and_then(|a| broken_line("signature scheme", scheme.name, &a, year))
        {
            v.broken.push(line);
        }
    }
    if let Some(bits) = r.dhe_bits {
        if bits < 2048 {
            v.broken.push(format!("DHE with a {bits}-bit prime"));
        }
    }
    for c in &r.certificates {
        for (what, alg) in [("key", &c.key), ("signature", &c.signature)] {
            if let Some(line) = alg
                .as_ref()
                .and_then(|a| broken_line(&format!("certificate {what}"), &c.subject, a, year))
            {
                v.broken.push(line);
            }
        }
    }
    v
}
