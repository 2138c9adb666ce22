//! Sealed envelopes: JWS JSON serialization (RFC 7515) in the JAdES baseline style — the
//! protected header carries `alg` `ML-DSA-65-Ed25519`, the `x5c` chain, the signing time
//! (`sigT`, critical), the content type and a SHA-512 digest of the payload; JSON payloads are
//! canonicalized with RFC 8785 first, so a re-serialized document still verifies.
//!
//! Verification says exactly why a seal fails ([`Rejection`]): the digest in the header tells a
//! changed payload from a changed header, and each composite component is checked on its own,
//! so a replaced or stripped component (a downgrade) is named as such.

use std::fmt;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use sha2::{Digest, Sha512};

use crate::cert;
use crate::composite::{Algorithm, SigningKey};
use crate::error::{Result, SealError};
use crate::jws::{self, JwsJson, JwsSignature, ProtectedHeader};

/// How to seal.
#[derive(Debug, Clone, Default)]
pub struct SealOptions {
    /// Leave the payload out of the envelope (it travels beside it).
    pub detached: bool,
    /// The payload's media type; JSON (by this or by sniffing) is canonicalized.
    pub content_type: Option<String>,
    /// Unix seconds; now when `None`.
    pub signing_time: Option<i64>,
    /// An RFC 3161 time-stamping authority (`http://…`) to time-stamp the signature value; the
    /// token goes in the unprotected header as `sigTst` (JAdES).
    pub tsa_url: Option<String>,
}

fn rfc3339(unix: i64) -> String {
    let t =
        time::OffsetDateTime::from_unix_timestamp(unix).unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

fn parse_rfc3339(s: &str) -> Option<i64> {
    time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339)
        .ok()
        .map(|t| t.unix_timestamp())
}

fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

fn is_json_type(cty: Option<&str>) -> bool {
    cty.is_some_and(|c| c == "application/json" || c == "json" || c.ends_with("+json"))
}

/// The bytes that are signed for a payload: RFC 8785 canonical JSON for JSON, else as given.
fn signed_payload(payload: &[u8], content_type: Option<&str>) -> Result<(Vec<u8>, String, bool)> {
    let sniffed_json = content_type.is_none() && crate::jcs::canonicalize_bytes(payload).is_ok();
    if is_json_type(content_type) || sniffed_json {
        let canon = crate::jcs::canonicalize_bytes(payload)?;
        Ok((
            canon,
            content_type.unwrap_or("application/json").to_string(),
            true,
        ))
    } else {
        Ok((
            payload.to_vec(),
            content_type
                .unwrap_or("application/octet-stream")
                .to_string(),
            false,
        ))
    }
}

/// What the time-stamp covers: the SHA-512 of the JWS Signature Value as it appears in the
/// envelope (JAdES `sigTst`).
fn signature_imprint(signature_b64: &str) -> [u8; 64] {
    Sha512::digest(signature_b64.as_bytes()).into()
}

fn digest_b64(payload: &[u8]) -> String {
    jws::b64url_encode(&Sha512::digest(payload))
}

/// Seals `payload` with `key`, whose certificate is `chain[0]` (then its issuers).
pub fn seal(
    payload: &[u8],
    key: &SigningKey,
    chain: &[Vec<u8>],
    opts: &SealOptions,
) -> Result<Vec<u8>> {
    if key.algorithm() != Algorithm::MlDsa65Ed25519 {
        return Err(SealError::Unsupported(format!(
            "sealing with {}: e-seals are ML-DSA-65 + Ed25519",
            key.algorithm().id_name()
        )));
    }
    let leaf = chain.first().ok_or_else(|| SealError::Malformed {
        what: "certificate chain",
        reason: "empty: the signer's certificate is needed".into(),
    })?;
    if cert::subject_key(leaf)? != key.verifying_key() {
        return Err(SealError::Malformed {
            what: "certificate",
            reason: "the key does not belong to the certificate".into(),
        });
    }
    let (bytes, cty, canon) = signed_payload(payload, opts.content_type.as_deref())?;
    let header = ProtectedHeader {
        alg: jws::ALG_MLDSA65_ED25519.into(),
        x5c: chain.iter().map(|c| STANDARD.encode(c)).collect(),
        sig_t: Some(rfc3339(opts.signing_time.unwrap_or_else(now))),
        cty: Some(cty),
        typ: Some(jws::TYP_JOSE_JSON.into()),
        crit: vec!["sigT".into()],
        x5t_s256: Some(jws::x5t_s256(leaf)),
        canon: canon.then(|| jws::CANON_JCS.to_string()),
        payload_sha512: Some(digest_b64(&bytes)),
        ..ProtectedHeader::default()
    };
    let protected = header.to_b64()?;
    let payload_b64 = jws::b64url_encode(&bytes);
    let signature =
        jws::b64url_encode(&key.sign(&jws::signing_input(&protected, &payload_b64), b"")?);
    let header = match &opts.tsa_url {
        Some(url) => {
            let token = crate::tsa::fetch(url, &signature_imprint(&signature))?;
            let mut h = serde_json::Map::new();
            h.insert(
                "sigTst".into(),
                serde_json::json!({"tstTokens": [{"val": STANDARD.encode(token)}]}),
            );
            Some(h)
        }
        None => None,
    };
    JwsJson {
        payload: (!opts.detached).then_some(payload_b64),
        signatures: vec![JwsSignature {
            protected,
            header,
            signature,
        }],
    }
    .to_json()
}

/// Why a seal is not valid. Each failure the issue names has its own reason.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Rejection {
    /// The payload is not the one sealed (its digest differs from the header's).
    PayloadChanged,
    /// The protected header was changed after sealing (both components fail, the payload
    /// digest still matches).
    HeaderChanged,
    /// Only the ML-DSA component fails: it was replaced.
    MlDsaComponentInvalid,
    /// Only the Ed25519 component fails: it was replaced.
    TraditionalComponentInvalid,
    /// The signature is not a whole composite signature: a component was stripped.
    ComponentMissing { bytes: usize, expected: usize },
    /// The header names another algorithm than the composite seal algorithm.
    AlgorithmNotAllowed(String),
    /// The signer's certificate does not chain to a trust anchor.
    UntrustedIssuer,
    /// The signer's certificate was not yet valid at the signing time.
    NotYetValid {
        signing_time: String,
        not_before: String,
    },
    /// The signer's certificate had expired at the signing time.
    Expired {
        signing_time: String,
        not_after: String,
    },
    /// The signing time lies in the future.
    SigningTimeInFuture(String),
    /// The signer's certificate is on the CRL.
    Revoked { serial: String, at: String },
    /// The CRL itself is not the trust anchor's, or damaged.
    CrlInvalid(String),
    /// The RFC 3161 time-stamp token is present but does not verify.
    TimestampInvalid(String),
    /// The claimed signing time is later than the time-stamp proves.
    SigningTimeAfterTimestamp {
        signing_time: String,
        timestamp: String,
    },
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rejection::PayloadChanged => f.write_str("the payload was changed after sealing (its SHA-512 differs from the sealed one)"),
            Rejection::HeaderChanged => f.write_str("the protected header was changed after sealing (neither component verifies, the payload is intact)"),
            Rejection::MlDsaComponentInvalid => f.write_str("the ML-DSA-65 component does not verify (replaced); the Ed25519 one does"),
            Rejection::TraditionalComponentInvalid => f.write_str("the Ed25519 component does not verify (replaced); the ML-DSA-65 one does"),
            Rejection::ComponentMissing { bytes, expected } => write!(f, "the signature is {bytes} bytes, a composite ML-DSA-65 + Ed25519 signature {expected}: a component was stripped (downgrade)"),
            Rejection::AlgorithmNotAllowed(a) => write!(f, "the header names the algorithm {a:?}; seals must be {}", jws::ALG_MLDSA65_ED25519),
            Rejection::UntrustedIssuer => f.write_str("the signer's certificate is not issued by a trusted CA"),
            Rejection::NotYetValid { signing_time, not_before } => write!(f, "the signer's certificate was not yet valid at the signing time {signing_time} (valid from {not_before})"),
            Rejection::Expired { signing_time, not_after } => write!(f, "the signer's certificate had expired at the signing time {signing_time} (valid until {not_after})"),
            Rejection::SigningTimeInFuture(t) => write!(f, "the signing time {t} is in the future"),
            Rejection::Revoked { serial, at } => write!(f, "the signer's certificate (serial {serial}) was revoked at {at}"),
            Rejection::CrlInvalid(why) => write!(f, "the CRL cannot be used: {why}"),
            Rejection::TimestampInvalid(why) => write!(f, "the time-stamp token is not valid: {why}"),
            Rejection::SigningTimeAfterTimestamp { signing_time, timestamp } => write!(f, "the claimed signing time {signing_time} is after the time-stamp {timestamp}"),
        }
    }
}

/// A valid seal: who sealed, when, and what.
#[derive(Debug, Clone)]
pub struct Verified {
    pub organization: Option<String>,
    pub organization_identifier: Option<String>,
    pub country: Option<String>,
    pub serial: String,
    pub signing_time: String,
    /// The time an RFC 3161 time-stamp proves the seal existed at, when one is present.
    pub timestamp: Option<String>,
    pub content_type: Option<String>,
    /// The sealed bytes (canonical JSON for JSON payloads).
    pub payload: Vec<u8>,
}

/// The outcome: valid, or invalid with the reason. Errors (unreadable input) are `Err`.
pub type Verdict = std::result::Result<Verified, Rejection>;

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// Verifies a sealed envelope against trust anchors (CA certificates, DER) and, when given, a
/// CRL of the anchor. `detached_payload` is the payload of a detached seal.
pub fn verify(
    sealed: &[u8],
    detached_payload: Option<&[u8]>,
    trust_anchors: &[Vec<u8>],
    crl: Option<&[u8]>,
) -> Result<Verdict> {
    let jws = JwsJson::from_json(sealed)?;
    let sig = jws.signatures.first().ok_or_else(|| SealError::Malformed {
        what: "sealed envelope",
        reason: "no signature".into(),
    })?;
    let header = sig.protected_header()?;
    if header.alg != jws::ALG_MLDSA65_ED25519 {
        return Ok(Err(Rejection::AlgorithmNotAllowed(header.alg)));
    }
    // The payload as sealed (canonicalized again if JSON, so a re-serialized document passes).
    let payload = match (jws.payload_bytes()?, detached_payload) {
        (Some(p), _) => p,
        (None, Some(p)) if header.canon.as_deref() == Some(jws::CANON_JCS) => {
            crate::jcs::canonicalize_bytes(p)?
        }
        (None, Some(p)) => p.to_vec(),
        (None, None) => {
            return Err(SealError::Malformed {
                what: "sealed envelope",
                reason: "detached payload: give the sealed file too".into(),
            });
        }
    };
    let chain = header.x5c_der()?;
    let leaf = chain.first().ok_or_else(|| SealError::Malformed {
        what: "sealed envelope",
        reason: "no x5c certificate in the protected header".into(),
    })?;
    let key = cert::subject_key(leaf)?;
    // 1. The signature, component by component.
    let signature = sig.signature_bytes()?;
    let input = jws::signing_input(&sig.protected, &jws::b64url_encode(&payload));
    let components = match key.verify_components(&input, b"", &signature) {
        Ok(c) => c,
        Err(SealError::Malformed {
            what: "signature", ..
        }) => {
            return Ok(Err(Rejection::ComponentMissing {
                bytes: signature.len(),
                expected: Algorithm::MlDsa65Ed25519.signature_len(),
            }));
        }
        Err(e) => return Err(e),
    };
    match (components.mldsa, components.traditional) {
        (true, true) => {}
        (false, false) => {
            let digest_ok = header.payload_sha512.as_deref() == Some(digest_b64(&payload).as_str());
            return Ok(Err(if digest_ok {
                Rejection::HeaderChanged
            } else {
                Rejection::PayloadChanged
            }));
        }
        (false, true) => return Ok(Err(Rejection::MlDsaComponentInvalid)),
        (true, false) => return Ok(Err(Rejection::TraditionalComponentInvalid)),
    }
    // 2. The chain: the leaf (or an intermediate in x5c) signed by a trust anchor.
    let anchor = trust_anchors.iter().find_map(|ta| {
        let ta_key = cert::subject_key(ta).ok()?;
        let mut current = leaf.clone();
        for next in chain.iter().skip(1).chain(std::iter::once(ta)) {
            if cert::verify_signed_by(&current, &ta_key).is_ok() {
                return Some((ta.clone(), ta_key));
            }
            let next_key = cert::subject_key(next).ok()?;
            cert::verify_signed_by(&current, &next_key).ok()?;
            current = next.clone();
        }
        None
    });
    let Some((anchor_cert, anchor_key)) = anchor else {
        return Ok(Err(Rejection::UntrustedIssuer));
    };
    // 3. Validity at the signing time.
    let sig_t = header.sig_t.clone().unwrap_or_default();
    let signing_time = parse_rfc3339(&sig_t).ok_or_else(|| SealError::Malformed {
        what: "protected header",
        reason: format!("sigT {sig_t:?} is not an RFC 3339 time"),
    })?;
    if signing_time > now() + 300 {
        return Ok(Err(Rejection::SigningTimeInFuture(sig_t)));
    }
    // 3a. A time-stamp, when present, proves when the seal existed: certificates are judged
    // at that time, and a revocation after it does not undo the seal.
    let mut proven: Option<i64> = None;
    if let Some(tst) = sig
        .header
        .as_ref()
        .and_then(|h| h.get("sigTst"))
        .and_then(|t| t.get("tstTokens"))
        .and_then(|t| t.get(0))
        .and_then(|t| t.get("val"))
    {
        let token = tst
            .as_str()
            .and_then(|v| STANDARD.decode(v).ok())
            .ok_or_else(|| SealError::Malformed {
                what: "sealed envelope",
                reason: "header.sigTst.tstTokens[0].val is not base64".into(),
            })?;
        match crate::tsa::verify_token(&token, &signature_imprint(&sig.signature), trust_anchors)? {
            Ok(ts) => {
                if signing_time > ts.gen_time + 300 {
                    return Ok(Err(Rejection::SigningTimeAfterTimestamp {
                        signing_time: sig_t,
                        timestamp: rfc3339(ts.gen_time),
                    }));
                }
                proven = Some(ts.gen_time);
            }
            Err(why) => return Ok(Err(Rejection::TimestampInvalid(why))),
        }
    }
    for c in [leaf, &anchor_cert] {
        let (nb, na) = cert::validity(c)?;
        if signing_time < nb {
            return Ok(Err(Rejection::NotYetValid {
                signing_time: sig_t,
                not_before: rfc3339(nb),
            }));
        }
        if signing_time > na {
            return Ok(Err(Rejection::Expired {
                signing_time: sig_t,
                not_after: rfc3339(na),
            }));
        }
    }
    // 4. Revocation.
    let serial = cert::serial(leaf)?;
    if let Some(crl) = crl {
        let list = match cert::verify_crl(crl, &anchor_key) {
            Ok(l) => l,
            Err(e) => return Ok(Err(Rejection::CrlInvalid(e.to_string()))),
        };
        if let Some((_, at)) = list
            .revoked
            .iter()
            .find(|(s, at)| *s == serial && proven.is_none_or(|p| *at <= p))
        {
            return Ok(Err(Rejection::Revoked {
                serial: hex(&serial),
                at: rfc3339(*at),
            }));
        }
    }
    let name = cert::subject_name(leaf)?;
    Ok(Ok(Verified {
        organization: name.organization,
        organization_identifier: name.organization_identifier,
        country: name.country,
        serial: hex(&serial),
        signing_time: sig_t,
        timestamp: proven.map(rfc3339),
        content_type: header.cty,
        payload,
    }))
}
