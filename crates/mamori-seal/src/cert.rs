//! X.509 certificates with ML-DSA and composite keys: reading the subject key and checking the
//! issuer's signature (RFC 5280 §4.1.1.3: over the DER `tbsCertificate`, empty context).

use x509_parser::prelude::{FromDer, X509Certificate};

use crate::composite::{Algorithm, VerifyingKey};
use crate::error::{Result, SealError};

/// Largest certificate read (an ML-DSA-87 composite chain element is under 8 KiB).
pub const MAX_CERT_BYTES: usize = 64 * 1024;

fn parse(der: &[u8]) -> Result<X509Certificate<'_>> {
    if der.len() > MAX_CERT_BYTES {
        return Err(SealError::Malformed {
            what: "certificate",
            reason: format!("{} bytes is over the limit", der.len()),
        });
    }
    let (rest, cert) = X509Certificate::from_der(der).map_err(|e| SealError::Malformed {
        what: "certificate",
        reason: e.to_string(),
    })?;
    if !rest.is_empty() {
        return Err(SealError::Malformed {
            what: "certificate",
            reason: format!("{} bytes after the certificate", rest.len()),
        });
    }
    Ok(cert)
}

/// The certificate's subject public key, when it is one of the supported algorithms.
pub fn subject_key(der: &[u8]) -> Result<VerifyingKey> {
    let cert = parse(der)?;
    let spki = &cert.tbs_certificate.subject_pki;
    let oid = spki.algorithm.algorithm.to_id_string();
    let alg = Algorithm::from_oid(&oid).ok_or(SealError::Unsupported(oid))?;
    VerifyingKey::from_bytes(alg, &spki.subject_public_key.data)
}

/// Checks that `issuer` signed the certificate: the signature algorithm must be the issuer
/// key's, and both components must verify over the `tbsCertificate`.
pub fn verify_signed_by(der: &[u8], issuer: &VerifyingKey) -> Result<()> {
    let cert = parse(der)?;
    let oid = cert.signature_algorithm.algorithm.to_id_string();
    let alg = Algorithm::from_oid(&oid).ok_or_else(|| SealError::Unsupported(oid.clone()))?;
    if alg != issuer.algorithm() {
        return Err(SealError::Malformed {
            what: "certificate",
            reason: format!(
                "signed with {}, the issuer key is {}",
                alg.id_name(),
                issuer.algorithm().id_name()
            ),
        });
    }
    issuer.verify(
        cert.tbs_certificate.as_ref(),
        b"",
        &cert.signature_value.data,
    )
}

/// The certificate's serial number (unsigned big-endian bytes).
pub fn serial(der: &[u8]) -> Result<Vec<u8>> {
    Ok(parse(der)?.tbs_certificate.raw_serial().to_vec())
}

/// `(notBefore, notAfter)` as Unix seconds.
pub fn validity(der: &[u8]) -> Result<(i64, i64)> {
    let cert = parse(der)?;
    let v = &cert.tbs_certificate.validity;
    Ok((v.not_before.timestamp(), v.not_after.timestamp()))
}

/// The subject's country, organization, organizationIdentifier and common name.
pub fn subject_name(der: &[u8]) -> Result<crate::ca::Name> {
    let cert = parse(der)?;
    let subject = &cert.tbs_certificate.subject;
    let first = |oid: &str| -> Option<String> {
        subject
            .iter_attributes()
            .find(|a| a.attr_type().to_id_string() == oid)
            .and_then(|a| a.as_str().ok())
            .map(str::to_string)
    };
    Ok(crate::ca::Name {
        country: first("2.5.4.6"),
        organization: first("2.5.4.10"),
        organization_identifier: first("2.5.4.97"),
        common_name: first("2.5.4.3"),
    })
}

/// Checks a CRL's signature with the issuer's key and returns the revoked serials (unsigned
/// big-endian bytes) with their revocation times, and the CRL's `nextUpdate`.
pub fn verify_crl(der: &[u8], issuer: &VerifyingKey) -> Result<Crl> {
    use x509_parser::revocation_list::CertificateRevocationList;
    if der.len() > MAX_CRL_BYTES {
        return Err(SealError::Malformed {
            what: "CRL",
            reason: format!("{} bytes is over the limit", der.len()),
        });
    }
    let (_, crl) = CertificateRevocationList::from_der(der).map_err(|e| SealError::Malformed {
        what: "CRL",
        reason: e.to_string(),
    })?;
    let oid = crl.signature_algorithm.algorithm.to_id_string();
    if Algorithm::from_oid(&oid) != Some(issuer.algorithm()) {
        return Err(SealError::Malformed {
            what: "CRL",
            reason: format!(
                "signed with {oid}, not the issuer's {}",
                issuer.algorithm().id_name()
            ),
        });
    }
    issuer.verify(crl.tbs_cert_list.as_ref(), b"", &crl.signature_value.data)?;
    Ok(Crl {
        revoked: crl
            .iter_revoked_certificates()
            .map(|r| (r.raw_serial().to_vec(), r.revocation_date.timestamp()))
            .collect(),
        this_update: crl.last_update().timestamp(),
        next_update: crl.next_update().map(|t| t.timestamp()),
    })
}

/// Largest CRL read.
pub const MAX_CRL_BYTES: usize = 16 * 1024 * 1024;

/// A verified CRL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Crl {
    pub revoked: Vec<(Vec<u8>, i64)>,
    pub this_update: i64,
    pub next_update: Option<i64>,
}

/// Whether the certificate's extended key usage lists `purpose` (dotted OID).
pub fn has_extended_key_usage(der: &[u8], purpose: &str) -> Result<bool> {
    let cert = parse(der)?;
    let eku = cert
        .extended_key_usage()
        .map_err(|e| SealError::Malformed {
            what: "certificate",
            reason: e.to_string(),
        })?;
    Ok(eku.is_some_and(|e| {
        let e = e.value;
        (purpose == "1.3.6.1.5.5.7.3.8" && e.time_stamping)
            || e.other.iter().any(|o| o.to_id_string() == purpose)
    }))
}

/// The issuer Name (DER, as in the certificate) and the serial number, for CMS
/// `IssuerAndSerialNumber`.
pub fn issuer_and_serial(der: &[u8]) -> Result<(Vec<u8>, Vec<u8>)> {
    let cert = parse(der)?;
    Ok((
        cert.tbs_certificate.issuer.as_raw().to_vec(),
        cert.tbs_certificate.raw_serial().to_vec(),
    ))
}
