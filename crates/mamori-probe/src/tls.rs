//! `scan tls`: protocol versions, cipher suites per version and the server's ordering, key
//! exchange groups (hybrid post-quantum included), DHE sizes and the certificate chain, found
//! with mamori's own ClientHello so that any codepoint can be offered.

use std::collections::BTreeMap;
use std::time::Duration;

use mamori_inventory::tls::{
    self, ClientHelloSpec, HandshakeReader, KexKind, ProtocolVersion, ServerEvent, ServerHello,
};
use mamori_model::{Algorithm, catalogue};
use serde::Serialize;

use crate::conn::Conn;
use crate::error::ProbeError;
use crate::starttls::StartTls;
use crate::target::Target;

/// Most handshakes spent enumerating the suites of one version: a server accepting every
/// suite in the catalogue ends the loop long before.
const MAX_SUITE_ROUNDS: usize = 400;

/// ecdsa_secp256r1_sha256, rsa_pss_rsae_sha256, rsa_pkcs1_sha256, ecdsa_secp384r1_sha384,
/// rsa_pss_rsae_sha384, rsa_pkcs1_sha384, rsa_pss_rsae_sha512, rsa_pkcs1_sha512, ed25519, ed448.
const PREFERRED_SIGNATURE_SCHEMES: [u16; 10] = [
    0x0403, 0x0804, 0x0401, 0x0503, 0x0805, 0x0501, 0x0806, 0x0601, 0x0807, 0x0808,
];

#[derive(Debug, Clone, Serialize)]
pub struct TlsCertificate {
    pub subject: String,
    pub issuer: String,
    pub key_algorithm: Option<String>,
    pub key_size: Option<u32>,
    pub signature_algorithm: String,
    pub not_after: String,
    pub fingerprint_sha256: String,
    /// The certificate itself, for the CBOM.
    #[serde(skip)]
    pub der: Vec<u8>,
    #[serde(skip)]
    pub key: Option<Algorithm>,
    #[serde(skip)]
    pub signature: Option<Algorithm>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct TlsReport {
    /// Accepted protocol versions, oldest first.
    pub versions: Vec<String>,
    /// IANA names of the accepted suites per version, in the server's order of preference when
    /// it enforces one.
    pub cipher_suites: BTreeMap<String, Vec<String>>,
    /// Per version: does the server choose by its own order (true) or the client's (false)?
    /// Absent for a version with fewer than two suites, where no order can be seen.
    pub server_order: BTreeMap<String, bool>,
    /// Key-exchange groups accepted (IANA names), in codepoint order.
    pub groups: Vec<String>,
    /// The same groups as codepoints.
    #[serde(skip)]
    pub group_codes: Vec<u16>,
    /// Signature schemes the server signed its TLS ≤ 1.2 key exchange with (IANA names).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub signature_schemes: Vec<String>,
    /// The same schemes as codepoints.
    #[serde(skip)]
    pub signature_scheme_codes: Vec<u16>,
    /// Size of the finite-field DHE prime the server uses with DHE suites.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dhe_bits: Option<u32>,
    pub certificates: Vec<TlsCertificate>,
    /// What could not be determined, and why.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// What the server answered to one ClientHello.
#[derive(Debug, Default)]
struct Flight {
    hello: Option<ServerHello>,
    certificates: Vec<Vec<u8>>,
    ske: Option<tls::ServerKeyExchange>,
    alert: Option<u8>,
    /// The server answered an SSLv2 CLIENT-HELLO with a SERVER-HELLO: it speaks SSLv2.
    sslv2_specs: Option<Vec<[u8; 3]>>,
}

fn random() -> [u8; 32] {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let mut r = [0u8; 32];
    r[..16].copy_from_slice(&t.to_le_bytes());
    r[16..].copy_from_slice(&t.rotate_left(17).to_be_bytes());
    r
}

/// Sends one ClientHello and reads the server's flight up to the point where it stops being
/// readable (ServerHelloDone, encrypted records, an alert, or a close).
async fn exchange(
    target: &Target,
    opts: &TlsOptions,
    spec: &ClientHelloSpec,
) -> Result<Flight, ProbeError> {
    let mut conn = connect(target, opts).await?;
    conn.send(&tls::client_hello(spec, random(), &[])).await?;
    let mut reader = HandshakeReader::new();
    let mut flight = Flight::default();
    let mut buf = Vec::new();
    loop {
        loop {
            let event = reader.next_event().map_err(|source| ProbeError::Protocol {
                target: target.to_string(),
                source,
            })?;
            let Some(event) = event else { break };
            match event {
                ServerEvent::ServerHello(h) => {
                    let done = h.is_hello_retry_request || h.version == ProtocolVersion::Tls13;
                    flight.hello = Some(h);
                    if done {
                        return Ok(flight);
                    }
                }
                ServerEvent::Certificate(c) => flight.certificates = c.certificates,
                ServerEvent::ServerKeyExchange(ske) => flight.ske = Some(ske),
                ServerEvent::Sslv2ServerHello {
                    cipher_specs,
                    certificate,
                } => {
                    flight.sslv2_specs = Some(cipher_specs);
                    if !certificate.is_empty() {
                        flight.certificates = vec![certificate];
                    }
                    return Ok(flight);
                }
                ServerEvent::ServerHelloDone
                | ServerEvent::Encrypted
                | ServerEvent::ChangeCipherSpec => {
                    return Ok(flight);
                }
                ServerEvent::Alert { description, .. } => {
                    flight.alert = Some(description);
                    return Ok(flight);
                }
                _ => {}
            }
        }
        buf.clear();
        if conn.recv(&mut buf).await?.is_none() {
            return Ok(flight);
        }
        reader.feed(&buf).map_err(|source| ProbeError::Protocol {
            target: target.to_string(),
            source,
        })?;
    }
}

/// Remembers the signature scheme of a TLS ≤ 1.2 ServerKeyExchange.
fn note_signature(report: &mut TlsReport, flight: &Flight) {
    let scheme = match &flight.ske {
        Some(tls::ServerKeyExchange::Ecdhe {
            signature_scheme, ..
        })
        | Some(tls::ServerKeyExchange::Dhe {
            signature_scheme, ..
        }) => *signature_scheme,
        _ => None,
    };
    if let Some(code) = scheme.filter(|c| !report.signature_scheme_codes.contains(c)) {
        report.signature_scheme_codes.push(code);
        report.signature_schemes.push(
            catalogue::tls_signature_scheme(code)
                .map_or_else(|| format!("0x{code:04X}"), |s| s.name.to_string()),
        );
    }
}

fn suite_name(code: u16) -> String {
    catalogue::tls_cipher_suite(code)
        .map_or_else(|| format!("0x{code:04X}"), |s| s.iana_name.to_string())
}

fn group_name(code: u16) -> String {
    catalogue::tls_group(code).map_or_else(|| format!("0x{code:04X}"), |g| g.name.to_string())
}

/// How to reach a TLS endpoint.
#[derive(Debug, Clone)]
pub struct TlsOptions {
    pub timeout: Duration,
    /// Server name to send instead of the target's host name (needed for address targets of
    /// name-based virtual hosts).
    pub sni: Option<String>,
    /// Plaintext preamble before TLS; `None` for TLS from the first byte.
    pub starttls: Option<StartTls>,
}

/// A connection ready for a ClientHello.
pub(crate) async fn connect(target: &Target, opts: &TlsOptions) -> Result<Conn, ProbeError> {
    let mut conn = Conn::open(target, opts.timeout).await?;
    if let Some(proto) = opts.starttls {
        crate::starttls::upgrade(&mut conn, proto).await?;
    }
    Ok(conn)
}

/// Probes one TLS endpoint.
pub async fn probe(target: &Target, opts: &TlsOptions) -> Result<TlsReport, ProbeError> {
    let mut report = TlsReport::default();
    let sni = opts
        .sni
        .clone()
        .or_else(|| target.sni().map(str::to_string));
    let spec_for = |v: ProtocolVersion| {
        let mut s = ClientHelloSpec::default_for(v);
        s.server_name.clone_from(&sni);
        // Servers that follow the client's preference sign with its first scheme: lead with
        // what a current browser prefers, so the schemes reported are the ones clients see.
        s.signature_algorithms.sort_by_key(|c| {
            PREFERRED_SIGNATURE_SCHEMES
                .iter()
                .position(|p| p == c)
                .unwrap_or(PREFERRED_SIGNATURE_SCHEMES.len())
        });
        s
    };
    // Versions. The first connection doubles as the reachability check: its error is the
    // endpoint's error.
    let mut first_error = None;
    let mut chain: Vec<Vec<u8>> = Vec::new();
    for v in [
        ProtocolVersion::Ssl2,
        ProtocolVersion::Ssl3,
        ProtocolVersion::Tls10,
        ProtocolVersion::Tls11,
        ProtocolVersion::Tls12,
        ProtocolVersion::Tls13,
    ] {
        match exchange(target, opts, &spec_for(v)).await {
            Ok(f) => {
                if f.hello
                    .as_ref()
                    .is_some_and(|h| h.version == v && !h.is_hello_retry_request)
                {
                    report.versions.push(v.name().to_string());
                    if !f.certificates.is_empty() {
                        chain = f.certificates;
                    }
                } else if v == ProtocolVersion::Tls13
                    && f.hello.as_ref().is_some_and(|h| h.is_hello_retry_request)
                {
                    // A retry means TLS 1.3 is spoken, with another group.
                    report.versions.push(v.name().to_string());
                }
            }
            Err(e) => {
                if first_error.is_none() {
                    first_error = Some(e);
                }
            }
        }
    }
    if report.versions.is_empty() {
        if let Some(e) = first_error {
            return Err(e);
        }
        report
            .notes
            .push("no TLS or SSL version was accepted".into());
        return Ok(report);
    }

    // Cipher suites per version: offer everything, remove what the server picks, repeat.
    for name in report.versions.clone() {
        if name == "SSLv2" {
            continue;
        }
        let v = ProtocolVersion::ALL
            .iter()
            .copied()
            .find(|p| p.name() == name)
            .unwrap_or(ProtocolVersion::Tls12);
        let mut spec = spec_for(v);
        if v == ProtocolVersion::Tls13 {
            // Key shares for the groups most servers choose, so no retry is needed.
            spec.key_share_groups = vec![0x001d, 0x0017];
        }
        let mut remaining = spec.cipher_suites.clone();
        let mut accepted = Vec::new();
        for _ in 0..MAX_SUITE_ROUNDS {
            if remaining.is_empty() {
                break;
            }
            spec.cipher_suites.clone_from(&remaining);
            let f = exchange(target, opts, &spec).await?;
            note_signature(&mut report, &f);
            // A HelloRetryRequest (our key shares did not suit the server) already names the
            // suite the server chose.
            match f.hello.filter(|h| h.version == v) {
                Some(h) if remaining.contains(&h.cipher_suite) => {
                    accepted.push(h.cipher_suite);
                    remaining.retain(|c| *c != h.cipher_suite);
                }
                _ => break,
            }
        }
        // Server order: offer the accepted suites reversed; a server that keeps picking its
        // favourite enforces its own order.
        // With fewer than two suites there is no order to observe: no entry.
        if accepted.len() >= 2 {
            spec.cipher_suites = accepted.iter().rev().copied().collect();
            let f = exchange(target, opts, &spec).await?;
            note_signature(&mut report, &f);
            let enforces = f.hello.is_some_and(|h| h.cipher_suite == accepted[0]);
            report.server_order.insert(name.clone(), enforces);
        }
        report
            .cipher_suites
            .insert(name, accepted.iter().map(|c| suite_name(*c)).collect());
    }

    if chain.is_empty() && report.versions.iter().any(|v| v == "TLSv1.3") {
        // TLS 1.3 encrypts the Certificate message: complete a real handshake to read it.
        match crate::danger::tls13_chain(target, opts).await {
            Ok(c) => chain = c,
            Err(e) => report
                .notes
                .push(format!("certificate chain not read: {e}")),
        }
    }
    report.certificates = chain
        .iter()
        .filter_map(|der| certificate_summary(der))
        .collect();
    let leaf_group = report
        .certificates
        .first()
        .and_then(|c| c.key.as_ref())
        .and_then(|k| k.curve.as_deref())
        .and_then(curve_group);
    groups(target, opts, &spec_for, leaf_group, &mut report).await?;
    Ok(report)
}

/// The TLS named group of a certificate's curve, for ECDSA servers.
fn curve_group(curve: &str) -> Option<u16> {
    Some(match curve {
        "secp256r1" => 0x0017,
        "secp384r1" => 0x0018,
        "secp521r1" => 0x0019,
        "brainpoolP256r1" => 0x001a,
        "brainpoolP384r1" => 0x001b,
        "brainpoolP512r1" => 0x001c,
        _ => return None,
    })
}

async fn groups(
    target: &Target,
    opts: &TlsOptions,
    spec_for: &impl Fn(ProtocolVersion) -> ClientHelloSpec,
    leaf_group: Option<u16>,
    report: &mut TlsReport,
) -> Result<(), ProbeError> {
    let all: Vec<u16> = ClientHelloSpec::default_for(ProtocolVersion::Tls13).groups;
    let tls13 = report.versions.iter().any(|v| v == "TLSv1.3");
    let mut accepted = Vec::new();
    if tls13 {
        // One group offered, with its key share: a ServerHello (not a retry) accepts it.
        for g in &all {
            let mut spec = spec_for(ProtocolVersion::Tls13);
            spec.groups = vec![*g];
            spec.key_share_groups = vec![*g];
            let f = exchange(target, opts, &spec).await?;
            note_signature(report, &f);
            // A ServerHello with our share accepts the group; so does a retry asking for it
            // (groups whose share format we cannot build are offered with no share).
            if f.hello.is_some_and(|h| h.key_share_group == Some(*g)) {
                accepted.push(*g);
            }
        }
    }
    // TLS 1.2 and older: ECDHE groups show in the ServerKeyExchange; DHE gives the prime size.
    let older = report
        .versions
        .iter()
        .rev()
        .find(|v| *v != "TLSv1.3")
        .and_then(|n| ProtocolVersion::ALL.iter().copied().find(|p| p.name() == n));
    if let Some(v) = older {
        let suites: Vec<u16> = report
            .cipher_suites
            .get(v.name())
            .map(|names| {
                names
                    .iter()
                    .filter_map(|n| catalogue::tls_cipher_suite_by_name(n).map(|s| s.code))
                    .collect()
            })
            .unwrap_or_default();
        let ecdhe: Vec<u16> = suites
            .iter()
            .copied()
            .filter(|c| tls::kex_kind(*c) == KexKind::Ecdhe)
            .collect();
        let dhe: Vec<u16> = suites
            .iter()
            .copied()
            .filter(|c| tls::kex_kind(*c) == KexKind::Dhe)
            .collect();
        if !ecdhe.is_empty() {
            let candidates: Vec<u16> = all
                .iter()
                .copied()
                .filter(|g| *g < 0x0100 && !accepted.contains(g))
                .collect();
            // In TLS 1.2 the client's groups must include the curve of an ECDSA certificate
            // (RFC 8422 §5.1), or the server cannot use it: offer that curve second.
            let ecdsa_curve = leaf_group.filter(|_| {
                ecdhe.iter().any(|c| {
                    catalogue::tls_cipher_suite(*c)
                        .and_then(|s| s.authentication)
                        .is_some_and(|a| a.contains("ECDSA"))
                })
            });
            let mut masked = 0;
            for g in &candidates {
                let mut spec = spec_for(v);
                spec.cipher_suites.clone_from(&ecdhe);
                spec.groups = match ecdsa_curve {
                    Some(c) if c != *g => vec![*g, c],
                    _ => vec![*g],
                };
                let f = exchange(target, opts, &spec).await?;
                note_signature(report, &f);
                if let Some(tls::ServerKeyExchange::Ecdhe { named_group, .. }) = f.ske {
                    if named_group == *g {
                        accepted.push(*g);
                    } else if Some(named_group) == ecdsa_curve {
                        masked += 1;
                    }
                }
            }
            if masked > 0 {
                report.notes.push(format!(
                    "{masked} groups could not be tested: offered beside the certificate's curve, \
                     the server chose that curve"
                ));
            }
        }
        if !dhe.is_empty() {
            let mut spec = spec_for(v);
            spec.cipher_suites = dhe;
            let f = exchange(target, opts, &spec).await?;
            note_signature(report, &f);
            if let Some(tls::ServerKeyExchange::Dhe { p_bits, .. }) = f.ske {
                report.dhe_bits = Some(p_bits);
            }
        }
    }
    accepted.sort_unstable();
    accepted.dedup();
    report.groups = accepted.iter().map(|g| group_name(*g)).collect();
    report.group_codes = accepted;
    Ok(())
}

fn certificate_summary(der: &[u8]) -> Option<TlsCertificate> {
    let now = mamori_inventory::AnalyzeOptions::now(Vec::new()).now;
    let c = mamori_inventory::x509::parse_certificate(der, now, false).ok()?;
    Some(TlsCertificate {
        subject: c.info.subject.clone(),
        issuer: c.info.issuer.clone(),
        key_algorithm: c.key.algorithm.as_ref().map(|a| a.name.clone()),
        key_size: c.key.algorithm.as_ref().and_then(|a| a.key_size),
        signature_algorithm: c.info.signature_algorithm.name.clone(),
        not_after: c.info.not_after.clone(),
        fingerprint_sha256: c.info.fingerprint_sha256.clone(),
        der: der.to_vec(),
        key: c.key.algorithm,
        signature: Some(c.info.signature_algorithm),
    })
}
