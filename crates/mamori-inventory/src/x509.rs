//! X.509 certificates, PKCS#10 requests and PKCS#7 certificate bags.

use mamori_model::{Algorithm, CertificateInfo, catalogue};
use x509_parser::certificate::X509Certificate;
use x509_parser::certification_request::X509CertificationRequest;
use x509_parser::extensions::GeneralName;
use x509_parser::prelude::FromDer;

use crate::der::{self, Der};
use crate::error::{InventoryError, Result};
use crate::keys::{self, KeyFacts, sha256_hex};

/// Most certificates taken from one PKCS#7 bag.
const MAX_PKCS7_CERTS: usize = 10_000;

/// A parsed certificate: its public key and its metadata.
#[derive(Debug, Clone)]
pub struct ParsedCertificate {
    pub key: KeyFacts,
    pub info: CertificateInfo,
}

/// The signature algorithm an OID names, with RSASSA-PSS resolved through its hash parameter.
pub fn signature_algorithm(oid: &str, params: Option<&[u8]>) -> Algorithm {
    if oid == keys::OID_RSASSA_PSS {
        if let Some(name) = params.and_then(pss_hash_name) {
            if let Some(e) = catalogue::by_name(&format!("{name}withRSA/PSS")) {
                return e.resolve(None);
            }
        }
    }
    match catalogue::by_oid(oid) {
        Some(e) => e.resolve(None),
        // Unknown signature algorithms are not assumed safe: strength 0 ranks them broken, and
        // the OID stays visible so the catalogue can learn it.
        None => Algorithm {
            name: format!("unknown-{oid}"),
            family: mamori_model::Family::Other,
            primitive: mamori_model::Primitive::Signature,
            parameter_set: None,
            curve: None,
            key_size: None,
            classical_bits: 0,
            quantum_category: 0,
            broken_reason: Some("signature algorithm not in the catalogue".into()),
            oid: Some(oid.to_string()),
        },
    }
}

/// `SHA256` from RSASSA-PSS-params `[0] hashAlgorithm`. Takes the parameters either as a whole
/// SEQUENCE or as its contents (x509-parser hands out the contents).
fn pss_hash_name(params: &[u8]) -> Option<&'static str> {
    let mut seq = if params.first() == Some(&der::TAG_SEQUENCE) {
        Der::new(params).sequence("RSASSA-PSS-params").ok()?
    } else {
        Der::new(params)
    };
    let hash = seq.optional(der::context(0)).ok()?;
    let Some(hash) = hash else {
        return Some("SHA1"); // the default hash of RSASSA-PSS
    };
    let mut r = hash.reader();
    let mut alg = r.sequence("hashAlgorithm").ok()?;
    let oid = alg.oid("hash").ok()?;
    Some(match oid.as_str() {
        "1.3.14.3.2.26" => "SHA1",
        "2.16.840.1.101.3.4.2.4" => "SHA224",
        "2.16.840.1.101.3.4.2.1" => "SHA256",
        "2.16.840.1.101.3.4.2.2" => "SHA384",
        "2.16.840.1.101.3.4.2.3" => "SHA512",
        _ => return None,
    })
}

/// RFC 3339 UTC form of a Unix time (the number itself if out of range).
pub fn rfc3339(ts: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(ts)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_else(|| ts.to_string())
}

/// Parses one DER certificate. `allow_trailing` accepts data after it (OpenSSL's
/// `TRUSTED CERTIFICATE` appends trust settings).
pub fn parse_certificate(data: &[u8], now: i64, allow_trailing: bool) -> Result<ParsedCertificate> {
    let (rest, cert) = X509Certificate::from_der(data)
        .map_err(|e| InventoryError::der(0, format!("certificate: {e}")))?;
    if !rest.is_empty() && !allow_trailing {
        return Err(InventoryError::der(
            data.len() - rest.len(),
            "trailing data after the certificate",
        ));
    }
    let raw = &data[..data.len() - rest.len()];
    let tbs = &cert.tbs_certificate;
    let key = keys::parse_spki(tbs.subject_pki.raw)?;
    let sig = &cert.signature_algorithm;
    let signature_algorithm = signature_algorithm(
        &sig.algorithm.to_id_string(),
        sig.parameters.as_ref().map(|p| p.as_bytes()),
    );
    let not_before = tbs.validity.not_before.timestamp();
    let not_after = tbs.validity.not_after.timestamp();
    let mut dns_names = Vec::new();
    if let Ok(Some(san)) = cert.subject_alternative_name() {
        for name in &san.value.general_names {
            if let GeneralName::DNSName(n) = name {
                dns_names.push((*n).to_string());
            }
        }
    }
    let info = CertificateInfo {
        subject: tbs.subject.to_string(),
        issuer: tbs.issuer.to_string(),
        serial: tbs
            .raw_serial()
            .iter()
            .map(|b| format!("{b:02X}"))
            .collect(),
        not_before: rfc3339(not_before),
        not_after: rfc3339(not_after),
        signature_algorithm,
        fingerprint_sha256: sha256_hex(raw),
        self_signed: tbs.subject.as_raw() == tbs.issuer.as_raw(),
        is_ca: cert.is_ca(),
        expired: not_after < now,
        dns_names,
    };
    Ok(ParsedCertificate { key, info })
}

/// A parsed PKCS#10 request: its key, subject and signature algorithm.
#[derive(Debug, Clone)]
pub struct ParsedCsr {
    pub key: KeyFacts,
    pub subject: String,
    pub signature_algorithm: Algorithm,
}

pub fn parse_csr(data: &[u8]) -> Result<ParsedCsr> {
    let (rest, csr) = X509CertificationRequest::from_der(data)
        .map_err(|e| InventoryError::der(0, format!("certification request: {e}")))?;
    if !rest.is_empty() {
        return Err(InventoryError::der(
            data.len() - rest.len(),
            "trailing data after the request",
        ));
    }
    let info = &csr.certification_request_info;
    let sig = &csr.signature_algorithm;
    Ok(ParsedCsr {
        key: keys::parse_spki(info.subject_pki.raw)?,
        subject: info.subject.to_string(),
        signature_algorithm: signature_algorithm(
            &sig.algorithm.to_id_string(),
            sig.parameters.as_ref().map(|p| p.as_bytes()),
        ),
    })
}

/// The DER certificates in a PKCS#7 / CMS SignedData (`.p7b`, `PKCS7` PEM blocks).
pub fn pkcs7_certificates(data: &[u8]) -> Result<Vec<&[u8]>> {
    const SIGNED_DATA: &str = "1.2.840.113549.1.7.2";
    let mut d = Der::new(data);
    let mut ci = d.sequence("ContentInfo")?;
    let oid = ci.oid("contentType")?;
    if oid != SIGNED_DATA {
        return Err(InventoryError::der(
            0,
            format!("PKCS#7 content type {oid} is not signedData"),
        ));
    }
    let explicit = ci.expect(der::context(0), "[0] content")?;
    let mut sd = explicit.reader().sequence("SignedData")?;
    sd.small_uint("version")?;
    sd.expect(der::TAG_SET, "digestAlgorithms")?;
    sd.sequence("encapContentInfo")?;
    let mut out = Vec::new();
    if let Some(certs) = sd.optional(der::context(0))? {
        let mut r = certs.reader();
        while !r.is_empty() {
            let c = r.read()?;
            if c.tag == der::TAG_SEQUENCE {
                if out.len() >= MAX_PKCS7_CERTS {
                    return Err(InventoryError::TooLarge {
                        what: "PKCS#7 certificate set",
                        size: out.len() as u64,
                        limit: MAX_PKCS7_CERTS as u64,
                    });
                }
                out.push(c.raw);
            }
        }
    }
    Ok(out)
}
