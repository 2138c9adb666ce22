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
