//! JWS JSON Serialization (RFC 7515 §7.2) for e-seal envelopes: one payload, one or more
//! signatures, each with an integrity-protected header in the style of JAdES baseline
//! (ETSI TS 119 182-1).
//!
//! Both the general syntax (`"signatures": [...]`) and the flattened syntax (one signature's
//! members at the top level) are parsed; we always write the general syntax. A detached payload
//! (RFC 7515 Appendix F) is an absent `payload` member. Unencoded payloads (RFC 7797,
//! `"b64": false`) are refused: they make the signing input depend on how the payload is
//! carried, which is exactly what an envelope must not.
//!
//! Parsing validates everything that does not need a key: the base64url of every member, the
//! JSON of every protected header, the `crit` list (names we do not understand are rejected, as
//! RFC 7515 §4.1.11 requires), and that protected and unprotected header names are disjoint.
//! Verifying signatures is the caller's business, over [`signing_input`].

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use crate::error::{Result, SealError};
use crate::jcs;

/// The largest JWS JSON document [`JwsJson::from_json`] accepts.
pub const MAX_JWS_LEN: usize = 64 * 1024 * 1024;

/// The most signatures one JWS may carry; a seal has one, a co-sealed document a few.
pub const MAX_SIGNATURES: usize = 64;

/// The largest decoded protected header. Generous: an `x5c` chain of composite ML-DSA
/// certificates is a few kilobytes per certificate.
pub const MAX_PROTECTED_HEADER_LEN: usize = 1024 * 1024;

/// The `alg` of a composite ML-DSA-65 + Ed25519 seal.
pub const ALG_MLDSA65_ED25519: &str = "ML-DSA-65-Ed25519";

/// The `typ` of a JWS in JSON serialization (RFC 7515 §9.2).
pub const TYP_JOSE_JSON: &str = "jose+json";

/// The `mamori:canon` value saying the payload is RFC 8785 canonical JSON.
pub const CANON_JCS: &str = "jcs";

/// Header parameters we understand and so accept in `crit`. `b64` is understood in the sense
/// that we recognise it and refuse `false`; `mamori:canon` is ours.
const UNDERSTOOD_CRITICAL: &[&str] = &["sigT", "b64", "mamori:canon"];

/// Header parameters RFC 7515 and RFC 7518 define; RFC 7515 §4.1.11 lets us reject a `crit`
/// listing them, and we do, because a producer that does so is confused.
const REGISTERED: &[&str] = &[
    "alg", "jku", "jwk", "kid", "x5u", "x5c", "x5t", "x5t#S256", "typ", "cty", "crit", "enc",
    "zip", "epk", "apu", "apv", "iv", "tag", "p2s", "p2c",
];

const WHAT: &str = "JWS";
const WHAT_HEADER: &str = "JWS protected header";

fn malformed(what: &'static str, reason: impl Into<String>) -> SealError {
    SealError::Malformed {
        what,
        reason: reason.into(),
    }
}

/// A JWS in JSON serialization: the payload and its signatures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JwsJson {
    /// The payload, base64url without padding; `None` when detached.
    pub payload: Option<String>,
    /// One entry per signature, at least one.
    pub signatures: Vec<JwsSignature>,
}

/// One signature of a [`JwsJson`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JwsSignature {
    /// The protected header: base64url (no padding) of its JSON, exactly as signed.
    pub protected: String,
    /// The unprotected header, if any. Not covered by the signature.
    pub header: Option<Map<String, Value>>,
    /// The signature, base64url without padding.
    pub signature: String,
}

/// Base64url without padding (RFC 7515 §2), the encoding of every JWS member.
pub fn b64url_encode(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Strict base64url decoding: no padding, no characters outside the URL-safe alphabet (so no
/// `+`, `/` or whitespace), no non-zero trailing bits — one text per byte string, so a
/// signature cannot be re-spelled.
pub fn b64url_decode(text: &str) -> Result<Vec<u8>> {
    decode_b64url_at(text, "input")
}

fn decode_b64url_at(text: &str, path: &str) -> Result<Vec<u8>> {
    URL_SAFE_NO_PAD
        .decode(text)
        .map_err(|e| malformed(WHAT, format!("{path}: not unpadded base64url: {e}")))
}

/// The JWS signing input `ASCII(protected || '.' || payload)` (RFC 7515 §5.1), both parts
/// as their base64url text.
pub fn signing_input(protected_b64: &str, payload_b64: &str) -> Vec<u8> {
    let mut input = Vec::with_capacity(protected_b64.len() + 1 + payload_b64.len());
    input.extend_from_slice(protected_b64.as_bytes());
    input.push(b'.');
    input.extend_from_slice(payload_b64.as_bytes());
    input
}

/// The `x5t#S256` of a certificate: base64url of the SHA-256 of its DER.
pub fn x5t_s256(cert_der: &[u8]) -> String {
    b64url_encode(&Sha256::digest(cert_der))
}

impl JwsJson {
    /// Parses a JWS in general or flattened JSON serialization.
    ///
    /// Members other than those of RFC 7515 §7.2 are ignored, as §7.2.1 requires; they are
    /// not covered by any signature and are not written back by [`JwsJson::to_json`].
    pub fn from_json(json: &[u8]) -> Result<JwsJson> {
        if json.len() > MAX_JWS_LEN {
            return Err(malformed(
                WHAT,
                format!("{} bytes, more than the limit of {MAX_JWS_LEN}", json.len()),
            ));
        }
        let value = jcs::parse(json).map_err(|e| match e {
            SealError::Malformed { reason, .. } => malformed(WHAT, format!("$: {reason}")),
            other => other,
        })?;
        let Value::Object(top) = value else {
            return Err(malformed(WHAT, "$: not a JSON object"));
        };

        let payload = match top.get("payload") {
            None => None,
            Some(Value::String(p)) => {
                decode_b64url_at(p, "$.payload")?;
                Some(p.clone())
            }
            Some(_) => return Err(malformed(WHAT, "$.payload: not a string")),
        };

        let signatures = match top.get("signatures") {
            Some(list) => {
                // RFC 7515 §7.2.2: the flattened members must not sit beside "signatures".
                for member in ["protected", "header", "signature"] {
                    if top.contains_key(member) {
                        return Err(malformed(
                            WHAT,
                            format!(
                                "$.{member}: present beside $.signatures (mixes general and \
                                 flattened syntax)"
                            ),
                        ));
                    }
                }
                let Value::Array(list) = list else {
                    return Err(malformed(WHAT, "$.signatures: not an array"));
                };
                if list.is_empty() {
                    return Err(malformed(WHAT, "$.signatures: empty"));
                }
                if list.len() > MAX_SIGNATURES {
                    return Err(malformed(
                        WHAT,
                        format!(
                            "$.signatures: {} entries, more than the limit of {MAX_SIGNATURES}",
                            list.len()
                        ),
                    ));
                }
                list.iter()
                    .enumerate()
                    .map(|(i, entry)| {
                        let path = format!("$.signatures[{i}]");
                        let Value::Object(members) = entry else {
                            return Err(malformed(WHAT, format!("{path}: not a JSON object")));
                        };
                        JwsSignature::from_members(members, &path)
                    })
                    .collect::<Result<Vec<_>>>()?
            }
            None => vec![JwsSignature::from_members(&top, "$")?],
        };
        Ok(JwsJson {
            payload,
            signatures,
        })
    }

    /// The general JSON serialization, as RFC 8785 canonical JSON (so the same JWS always has
    /// the same bytes).
    /// Fails for a JWS without signatures, which [`JwsJson::from_json`] would refuse.
    pub fn to_json(&self) -> Result<Vec<u8>> {
        if self.signatures.is_empty() {
            return Err(malformed(WHAT, "a JWS needs at least one signature"));
        }
        let mut top = Map::new();
        if let Some(payload) = &self.payload {
            top.insert("payload".into(), Value::String(payload.clone()));
        }
        let signatures = self
            .signatures
            .iter()
            .map(|s| Value::Object(s.to_members()))
            .collect();
        top.insert("signatures".into(), Value::Array(signatures));
        jcs::canonicalize(&Value::Object(top))
    }

    /// The flattened JSON serialization (RFC 7515 §7.2.2), for a JWS with exactly one
    /// signature.
    pub fn to_flattened_json(&self) -> Result<Vec<u8>> {
        let [signature] = self.signatures.as_slice() else {
            return Err(malformed(
                WHAT,
                format!(
                    "the flattened syntax holds exactly one signature, not {}",
                    self.signatures.len()
                ),
            ));
        };
        let mut top = signature.to_members();
        if let Some(payload) = &self.payload {
            top.insert("payload".into(), Value::String(payload.clone()));
        }
        jcs::canonicalize(&Value::Object(top))
    }

    /// The decoded payload, `None` when detached.
    pub fn payload_bytes(&self) -> Result<Option<Vec<u8>>> {
        self.payload
            .as_deref()
            .map(|p| decode_b64url_at(p, "$.payload"))
            .transpose()
    }
}

impl JwsSignature {
    fn from_members(members: &Map<String, Value>, path: &str) -> Result<JwsSignature> {
        let string_member = |name: &str| -> Result<&String> {
            match members.get(name) {
                Some(Value::String(s)) => Ok(s),
                Some(_) => Err(malformed(WHAT, format!("{path}.{name}: not a string"))),
                None => Err(malformed(WHAT, format!("{path}.{name}: missing"))),
            }
        };
        // RFC 7515 lets "protected" be absent; we do not, since an unprotected "alg" is an
        // algorithm an attacker chooses.
        let protected = string_member("protected")?;
        let signature = string_member("signature")?;
        decode_b64url_at(signature, &format!("{path}.signature"))?;
        let header = match members.get("header") {
            None => None,
            Some(Value::Object(h)) => Some(h.clone()),
            Some(_) => return Err(malformed(WHAT, format!("{path}.header: not a JSON object"))),
        };

        let protected_path = format!("{path}.protected");
        let protected_members = protected_header_object(protected, &protected_path)?;
        ProtectedHeader::from_object(protected_members.clone(), &protected_path)?;
        if let Some(h) = &header {
            if h.contains_key("crit") {
                return Err(malformed(
                    WHAT,
                    format!(
                        "{path}.header.crit: crit must be integrity protected (RFC 7515 §4.1.11)"
                    ),
                ));
            }
            // RFC 7515 §7.2.1: the two headers' names must be disjoint, or a verifier could
            // read an unprotected value where the signer meant the protected one.
            if let Some(name) = h.keys().find(|name| protected_members.contains_key(*name)) {
                return Err(malformed(
                    WHAT,
                    format!("{path}.header.{name}: also in the protected header"),
                ));
            }
        }
        Ok(JwsSignature {
            protected: protected.clone(),
            header,
            signature: signature.clone(),
        })
    }

    fn to_members(&self) -> Map<String, Value> {
        let mut members = Map::new();
        members.insert("protected".into(), Value::String(self.protected.clone()));
        if let Some(header) = &self.header {
            members.insert("header".into(), Value::Object(header.clone()));
        }
        members.insert("signature".into(), Value::String(self.signature.clone()));
        members
    }

    /// The decoded, validated protected header.
    pub fn protected_header(&self) -> Result<ProtectedHeader> {
        ProtectedHeader::from_b64(&self.protected)
    }

    /// The decoded signature bytes.
    pub fn signature_bytes(&self) -> Result<Vec<u8>> {
        decode_b64url_at(&self.signature, "signature")
    }

    /// The input this signature signs, given the payload's base64url (for a detached payload,
    /// the base64url of the bytes supplied out of band).
    pub fn signing_input(&self, payload_b64: &str) -> Vec<u8> {
        signing_input(&self.protected, payload_b64)
    }
}

/// Decodes a protected header to its JSON object, strictly (no duplicate names).
fn protected_header_object(protected_b64: &str, path: &str) -> Result<Map<String, Value>> {
    let bytes = URL_SAFE_NO_PAD
        .decode(protected_b64)
        .map_err(|e| malformed(WHAT_HEADER, format!("{path}: not unpadded base64url: {e}")))?;
    if bytes.len() > MAX_PROTECTED_HEADER_LEN {
        return Err(malformed(
            WHAT_HEADER,
            format!(
                "{path}: {} bytes, more than the limit of {MAX_PROTECTED_HEADER_LEN}",
                bytes.len()
            ),
        ));
    }
    match jcs::parse(&bytes) {
        Ok(Value::Object(members)) => Ok(members),
        Ok(_) => Err(malformed(WHAT_HEADER, format!("{path}: not a JSON object"))),
        Err(SealError::Malformed { reason, .. }) => {
            Err(malformed(WHAT_HEADER, format!("{path}: {reason}")))
        }
        Err(other) => Err(other),
    }
}

/// The protected header of a mamori seal, JAdES-baseline style.
///
/// Parameters not listed here are ignored unless named in `crit`, where they are rejected
/// (RFC 7515 §4 and §4.1.11).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ProtectedHeader {
    /// The signature algorithm, [`ALG_MLDSA65_ED25519`] for a seal.
    pub alg: String,
    /// The certificate chain, leaf first: standard base64 (with padding, not base64url) of
    /// each certificate's DER (RFC 7515 §4.1.6).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub x5c: Vec<String>,
    /// The claimed signing time, RFC 3339 in UTC (`2026-11-26T00:53:00Z`) (JAdES `sigT`).
    #[serde(rename = "sigT", default, skip_serializing_if = "Option::is_none")]
    pub sig_t: Option<String>,
    /// The payload's media type, e.g. `application/json`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cty: Option<String>,
    /// The JWS's media type, [`TYP_JOSE_JSON`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub typ: Option<String>,
    /// Parameters the verifier must understand; JAdES requires `sigT` here when present.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub crit: Vec<String>,
    /// RFC 7797; only `true` (or absent) is accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub b64: Option<bool>,
    /// A key identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kid: Option<String>,
    /// base64url SHA-256 of the leaf certificate's DER; see [`x5t_s256`].
    #[serde(rename = "x5t#S256", default, skip_serializing_if = "Option::is_none")]
    pub x5t_s256: Option<String>,
    /// [`CANON_JCS`] when the payload is RFC 8785 canonical JSON.
    #[serde(
        rename = "mamori:canon",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub canon: Option<String>,
    /// base64url SHA-512 of the signed payload bytes. Lets a verifier tell a changed payload
    /// from a changed header when a signature fails.
    #[serde(
        rename = "mamori:payload-sha512",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payload_sha512: Option<String>,
}

impl ProtectedHeader {
    /// Decodes and validates a protected header from its base64url text.
    pub fn from_b64(protected_b64: &str) -> Result<ProtectedHeader> {
        let members = protected_header_object(protected_b64, "protected")?;
        ProtectedHeader::from_object(members, "protected")
    }

    /// The base64url of this header's RFC 8785 canonical JSON, ready for `protected`.
    /// Validates first, so we never sign a header we would refuse to verify.
    pub fn to_b64(&self) -> Result<String> {
        let value = serde_json::to_value(self)
            .map_err(|e| malformed(WHAT_HEADER, format!("cannot serialize: {e}")))?;
        let Value::Object(members) = value else {
            return Err(malformed(WHAT_HEADER, "did not serialize to an object"));
        };
        ProtectedHeader::from_object(members.clone(), "protected")?;
        Ok(b64url_encode(&jcs::canonicalize(&Value::Object(members))?))
    }

    /// The certificates of `x5c`, decoded, leaf first.
    pub fn x5c_der(&self) -> Result<Vec<Vec<u8>>> {
        self.x5c
            .iter()
            .enumerate()
            .map(|(i, c)| decode_x5c_entry(c, &format!("protected.x5c[{i}]")))
            .collect()
    }

    fn from_object(members: Map<String, Value>, path: &str) -> Result<ProtectedHeader> {
        let crit = check_crit(&members, path)?;
        let header: ProtectedHeader = serde_json::from_value(Value::Object(members.clone()))
            .map_err(|e| malformed(WHAT_HEADER, format!("{path}: {e}")))?;
        debug_assert_eq!(crit, header.crit);

        if header.alg.is_empty() {
            return Err(malformed(WHAT_HEADER, format!("{path}.alg: empty")));
        }
        // An empty chain says nothing; a producer writing one has lost its certificates.
        if members.contains_key("x5c") && header.x5c.is_empty() {
            return Err(malformed(WHAT_HEADER, format!("{path}.x5c: empty")));
        }
        if header.b64 == Some(false) {
            return Err(SealError::Unsupported(
                "unencoded JWS payloads (RFC 7797 \"b64\": false)".into(),
            ));
        }
        if let Some(sig_t) = &header.sig_t {
            if !is_rfc3339_utc(sig_t) {
                return Err(malformed(
                    WHAT_HEADER,
                    format!("{path}.sigT: {sig_t:?} is not an RFC 3339 UTC time (…Z)"),
                ));
            }
            if !header.crit.iter().any(|c| c == "sigT") {
                return Err(malformed(
                    WHAT_HEADER,
                    format!("{path}.crit: must list \"sigT\" when sigT is present (JAdES)"),
                ));
            }
        }
        if let Some(canon) = &header.canon {
            if canon != CANON_JCS {
                return Err(SealError::Unsupported(format!(
                    "payload canonicalization {canon:?} (only {CANON_JCS:?})"
                )));
            }
        }
        if let Some(digest) = &header.payload_sha512 {
            let len = URL_SAFE_NO_PAD
                .decode(digest)
                .map(|d| d.len())
                .map_err(|e| {
                    malformed(
                        WHAT_HEADER,
                        format!("{path}.mamori:payload-sha512: not unpadded base64url: {e}"),
                    )
                })?;
            if len != 64 {
                return Err(malformed(
                    WHAT_HEADER,
                    format!("{path}.mamori:payload-sha512: {len} bytes, not a SHA-512 digest"),
                ));
            }
        }
        let mut leaf = None;
        for (i, cert) in header.x5c.iter().enumerate() {
            let der = decode_x5c_entry(cert, &format!("{path}.x5c[{i}]"))?;
            if i == 0 {
                leaf = Some(der);
            }
        }
        if let Some(thumb) = &header.x5t_s256 {
            let digest = URL_SAFE_NO_PAD.decode(thumb).map_err(|e| {
                malformed(
                    WHAT_HEADER,
                    format!("{path}.x5t#S256: not unpadded base64url: {e}"),
                )
            })?;
            if digest.len() != 32 {
                return Err(malformed(
                    WHAT_HEADER,
                    format!(
                        "{path}.x5t#S256: {} bytes, not a SHA-256 digest",
                        digest.len()
                    ),
                ));
            }
            // Two names for the signer that disagree are a forgery attempt or a bug; either
            // way not a header to verify against.
            if let Some(leaf) = &leaf {
                if Sha256::digest(leaf).as_slice() != digest.as_slice() {
                    return Err(malformed(
                        WHAT_HEADER,
                        format!("{path}.x5t#S256: does not match the SHA-256 of x5c[0]"),
                    ));
                }
            }
        }
        Ok(header)
    }
}

/// RFC 7515 §4.1.11: `crit`, if present, is a non-empty array of distinct strings naming
/// parameters that are present, are not registered by RFC 7515/7518, and that we understand.
fn check_crit(members: &Map<String, Value>, path: &str) -> Result<Vec<String>> {
    let Some(crit) = members.get("crit") else {
        return Ok(Vec::new());
    };
    let Value::Array(list) = crit else {
        return Err(malformed(WHAT_HEADER, format!("{path}.crit: not an array")));
    };
    if list.is_empty() {
        return Err(malformed(
            WHAT_HEADER,
            format!("{path}.crit: empty (RFC 7515 §4.1.11)"),
        ));
    }
    let mut names: Vec<String> = Vec::with_capacity(list.len());
    for (i, entry) in list.iter().enumerate() {
        let Value::String(name) = entry else {
            return Err(malformed(
                WHAT_HEADER,
                format!("{path}.crit[{i}]: not a string"),
            ));
        };
        if names.contains(name) {
            return Err(malformed(
                WHAT_HEADER,
                format!("{path}.crit[{i}]: {name:?} listed twice"),
            ));
        }
        if REGISTERED.contains(&name.as_str()) {
            return Err(malformed(
                WHAT_HEADER,
                format!(
                    "{path}.crit[{i}]: {name:?} is defined by RFC 7515/7518 and must not be listed"
                ),
            ));
        }
        if !UNDERSTOOD_CRITICAL.contains(&name.as_str()) {
            return Err(malformed(
                WHAT_HEADER,
                format!("{path}.crit[{i}]: critical parameter {name:?} is not understood"),
            ));
        }
        if !members.contains_key(name) {
            return Err(malformed(
                WHAT_HEADER,
                format!("{path}.crit[{i}]: {name:?} is not in the protected header"),
            ));
        }
        names.push(name.clone());
    }
    Ok(names)
}

fn decode_x5c_entry(cert: &str, path: &str) -> Result<Vec<u8>> {
    // STANDARD requires canonical padding and rejects '-' and '_': x5c is base64, not
    // base64url, and a producer confusing the two is caught here.
    let der = STANDARD.decode(cert).map_err(|e| {
        malformed(
            WHAT_HEADER,
            format!("{path}: not padded standard base64: {e}"),
        )
    })?;
    if der.is_empty() {
        return Err(malformed(WHAT_HEADER, format!("{path}: empty certificate")));
    }
    Ok(der)
}

/// `YYYY-MM-DDThh:mm:ss[.fraction]Z` with a real calendar date; RFC 3339 allows offsets,
/// JAdES `sigT` wants UTC.
fn is_rfc3339_utc(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || b[10] != b'T' || b[13] != b':' {
        return false;
    }
    if b[16] != b':' || b[b.len() - 1] != b'Z' {
        return false;
    }
    let num = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = &b[range];
        if !part.iter().all(u8::is_ascii_digit) {
            return None;
        }
        part.iter()
            .try_fold(0u32, |acc, d| Some(acc * 10 + u32::from(d - b'0')))
    };
    let (Some(year), Some(month), Some(day), Some(hour), Some(minute), Some(second)) = (
        num(0..4),
        num(5..7),
        num(8..10),
        num(11..13),
        num(14..16),
        num(17..19),
    ) else {
        return false;
    };
    let fraction = &b[19..b.len() - 1];
    let fraction_ok = fraction.is_empty()
        || (fraction.len() >= 2
            && fraction[0] == b'.'
            && fraction[1..].iter().all(u8::is_ascii_digit));
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    fraction_ok
        && (1..=days_in_month).contains(&day)
        && hour < 24
        && minute < 60
        // 60 for a leap second, as RFC 3339 §5.6 allows.
        && second <= 60
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 7515 Appendix A.6.4: general JWS JSON serialization, two signatures.
    const RFC7515_A6: &str = r#"{
      "payload":
       "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ",
      "signatures":[
       {"protected":"eyJhbGciOiJSUzI1NiJ9",
        "header":
         {"kid":"2010-12-29"},
        "signature":
         "cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_O8W2Fp5jujGbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwusC-eOkHWEsqtFZESc6BfI7noOPqvhJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_IoypGlUPQGe77Rw"},
       {"protected":"eyJhbGciOiJFUzI1NiJ9",
        "header":
         {"kid":"e9bc097a-ce51-4036-9562-d2ade882db0d"},
        "signature":
         "DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q"}]
    }"#;

    /// RFC 7515 Appendix A.7: the flattened form of A.6's second signature.
    const RFC7515_A7: &str = r#"{
      "payload":
       "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ",
      "protected":"eyJhbGciOiJFUzI1NiJ9",
      "header":
       {"kid":"e9bc097a-ce51-4036-9562-d2ade882db0d"},
      "signature":
       "DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q"
    }"#;

    const A_PAYLOAD: &[u8] =
        b"{\"iss\":\"joe\",\r\n \"exp\":1300819380,\r\n \"http://example.com/is_root\":true}";

    fn reason(err: SealError) -> String {
        match err {
            SealError::Malformed { reason, .. } => reason,
            other => panic!("expected Malformed, got {other:?}"),
        }
    }

    fn leaf_der() -> Vec<u8> {
        // Any bytes stand in for a certificate here; only encodings and digests are checked.
        b"0\x82\x01\x00 not really a certificate".to_vec()
    }

    fn seal_header() -> ProtectedHeader {
        let leaf = leaf_der();
        ProtectedHeader {
            alg: ALG_MLDSA65_ED25519.into(),
            x5c: vec![
                STANDARD.encode(&leaf),
                STANDARD.encode(b"issuer certificate?>"),
            ],
            sig_t: Some("2026-11-26T00:53:00Z".into()),
            cty: Some("application/json".into()),
            typ: Some(TYP_JOSE_JSON.into()),
            crit: vec!["sigT".into()],
            b64: None,
            kid: None,
            x5t_s256: Some(x5t_s256(&leaf)),
            canon: Some(CANON_JCS.into()),
            payload_sha512: Some(b64url_encode(&[9; 64])),
        }
    }

    fn header_b64(json: &str) -> String {
        b64url_encode(json.as_bytes())
    }

    fn flattened(protected_json: &str) -> String {
        format!(
            r#"{{"payload":"e30","protected":"{}","signature":"AAAA"}}"#,
            header_b64(protected_json)
        )
    }

    #[test]
    fn rfc7515_a6_general() {
        let jws = JwsJson::from_json(RFC7515_A6.as_bytes()).expect("parses");
        assert_eq!(jws.signatures.len(), 2);
        assert_eq!(
            jws.payload_bytes().expect("b64").as_deref(),
            Some(A_PAYLOAD)
        );
        let algs: Vec<String> = jws
            .signatures
            .iter()
            .map(|s| s.protected_header().expect("header").alg)
            .collect();
        assert_eq!(algs, ["RS256", "ES256"]);
        assert_eq!(
            jws.signatures[0].header.as_ref().and_then(|h| h.get("kid")),
            Some(&Value::String("2010-12-29".into()))
        );
        assert_eq!(jws.signatures[1].signature_bytes().expect("b64").len(), 64);
        // RFC 7515 A.3.1's signing input.
        assert_eq!(
            jws.signatures[1].signing_input(jws.payload.as_deref().unwrap_or_default()),
            b"eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"
        );
        // Written back and read again: the same JWS.
        let again = JwsJson::from_json(&jws.to_json().expect("serializes")).expect("parses");
        assert_eq!(again, jws);
    }

    #[test]
    fn rfc7515_a7_flattened_equals_second_general_signature() {
        let general = JwsJson::from_json(RFC7515_A6.as_bytes()).expect("general");
        let flat = JwsJson::from_json(RFC7515_A7.as_bytes()).expect("flattened");
        assert_eq!(flat.payload, general.payload);
        assert_eq!(flat.signatures, general.signatures[1..]);
        // Flattened out, flattened in.
        let out = flat.to_flattened_json().expect("one signature");
        assert_eq!(JwsJson::from_json(&out).expect("parses"), flat);
        assert!(general.to_flattened_json().is_err());
        let empty = JwsJson {
            payload: None,
            signatures: Vec::new(),
        };
        assert!(empty.to_json().is_err() && empty.to_flattened_json().is_err());
    }

    #[test]
    fn seal_round_trip() {
        let header = seal_header();
        let protected = header.to_b64().expect("valid header");
        let decoded = ProtectedHeader::from_b64(&protected).expect("parses");
        assert_eq!(decoded, header);
        assert_eq!(decoded.x5c_der().expect("der")[0], leaf_der());
        // The protected header is canonical JSON with the JAdES names.
        let json = String::from_utf8(b64url_decode(&protected).expect("b64")).expect("utf8");
        assert!(
            json.starts_with(r#"{"alg":"ML-DSA-65-Ed25519","crit":["sigT"],"#),
            "{json}"
        );
        assert!(json.contains(r#""mamori:canon":"jcs""#) && json.contains(r#""x5t#S256":"#));

        let payload = b64url_encode(br#"{"a":1}"#);
        let jws = JwsJson {
            payload: Some(payload.clone()),
            signatures: vec![JwsSignature {
                protected: protected.clone(),
                header: None,
                signature: b64url_encode(&[7; 3373]),
            }],
        };
        let bytes = jws.to_json().expect("serializes");
        assert!(bytes.starts_with(b"{\"payload\":"), "general syntax");
        let parsed = JwsJson::from_json(&bytes).expect("parses");
        assert_eq!(parsed, jws);
        assert_eq!(
            signing_input(&protected, &payload),
            format!("{protected}.{payload}").into_bytes()
        );
    }

    #[test]
    fn detached_payload() {
        let jws = JwsJson {
            payload: None,
            signatures: vec![JwsSignature {
                protected: seal_header().to_b64().expect("valid"),
                header: None,
                signature: "AAAA".into(),
            }],
        };
        let bytes = jws.to_json().expect("serializes");
        assert!(!String::from_utf8_lossy(&bytes).contains("payload"));
        let parsed = JwsJson::from_json(&bytes).expect("parses");
        assert_eq!(parsed.payload, None);
        assert_eq!(parsed.payload_bytes().expect("ok"), None);
        // The verifier supplies the payload out of band.
        let input = parsed.signatures[0].signing_input(&b64url_encode(b"detached"));
        assert!(input.ends_with(b".ZGV0YWNoZWQ"));
    }

    #[test]
    fn base64url_is_strict() {
        assert_eq!(b64url_decode("ZGV0YWNoZWQ").expect("ok"), b"detached");
        assert_eq!(b64url_encode(&[0xfb, 0xff]), "-_8");
        for bad in [
            "ZGV0YWNoZWQ=",
            "ZA==",
            "+/8",
            "ZGV0 YWNo",
            "Z",
            "ZH",
            "ZGV0YWNoZWQ\n",
        ] {
            assert!(b64url_decode(bad).is_err(), "{bad:?} accepted");
        }
    }

    /// Each malformed input fails with its own message naming the JSON path.
    #[test]
    fn malformed_inputs() {
        let sig = r#""protected":"eyJhbGciOiJFUzI1NiJ9","signature":"AAAA""#;
        let cases: &[(String, &str)] = &[
            ("[]".into(), "$: not a JSON object"),
            ("{".into(), "$: EOF"),
            (
                r#"{"payload":1,"#.to_string() + sig + "}",
                "$.payload: not a string",
            ),
            (
                format!(r#"{{"payload":"e30=",{sig}}}"#),
                "$.payload: not unpadded base64url",
            ),
            (r#"{"signatures":{}}"#.into(), "$.signatures: not an array"),
            (r#"{"signatures":[]}"#.into(), "$.signatures: empty"),
            (
                r#"{"signatures":[1]}"#.into(),
                "$.signatures[0]: not a JSON object",
            ),
            (
                format!(r#"{{"signatures":[{{{sig}}}],{sig}}}"#),
                "$.protected: present beside",
            ),
            (
                r#"{"signatures":[{"signature":"AAAA"}]}"#.into(),
                "$.signatures[0].protected: missing",
            ),
            (
                r#"{"signatures":[{"protected":"eyJhbGciOiJFUzI1NiJ9"}]}"#.into(),
                "$.signatures[0].signature: missing",
            ),
            (
                r#"{"protected":"eyJhbGciOiJFUzI1NiJ9","signature":"AA+A"}"#.into(),
                "$.signature: not unpadded base64url",
            ),
            (
                r#"{"protected":7,"signature":"AAAA"}"#.into(),
                "$.protected: not a string",
            ),
            (
                format!(r#"{{{sig},"header":[]}}"#),
                "$.header: not a JSON object",
            ),
            (
                format!(r#"{{{sig},"header":{{"alg":"none"}}}}"#),
                "$.header.alg: also in the protected header",
            ),
            (
                format!(r#"{{{sig},"header":{{"crit":["x"]}}}}"#),
                "$.header.crit: crit must be integrity protected",
            ),
            (
                format!(r#"{{"payload":"a","payload":"b",{sig}}}"#),
                "duplicate member name \"payload\"",
            ),
            (
                r#"{"protected":"eyJhbGciOiJFUzI1NiJ9.","signature":"AAAA"}"#.into(),
                "$.protected: not unpadded base64url",
            ),
            (
                format!(
                    r#"{{"protected":"{}","signature":"AAAA"}}"#,
                    header_b64("[1]")
                ),
                "$.protected: not a JSON object",
            ),
            (
                format!(
                    r#"{{"protected":"{}","signature":"AAAA"}}"#,
                    header_b64("{\"typ\":\"x\"}")
                ),
                "$.protected: missing field `alg`",
            ),
            (
                format!(
                    r#"{{"protected":"{}","signature":"AAAA"}}"#,
                    header_b64(r#"{"alg":"x","alg":"y"}"#)
                ),
                "$.protected: duplicate member name \"alg\"",
            ),
        ];
        let mut seen = Vec::new();
        for (input, expected) in cases {
            let err = JwsJson::from_json(input.as_bytes()).expect_err(input);
            let message = reason(err);
            assert!(
                message.contains(expected),
                "{input}: {message:?} lacks {expected:?}"
            );
            assert!(
                !seen.contains(&message),
                "{input}: message {message:?} not distinct"
            );
            seen.push(message);
        }
    }

    #[test]
    fn crit_rules() {
        let cases: &[(&str, &str)] = &[
            (r#"{"alg":"x","crit":[]}"#, "crit: empty"),
            (r#"{"alg":"x","crit":"sigT"}"#, "crit: not an array"),
            (r#"{"alg":"x","crit":[1]}"#, "crit[0]: not a string"),
            (
                r#"{"alg":"x","exp":1,"crit":["exp"]}"#,
                "\"exp\" is not understood",
            ),
            (
                r#"{"alg":"x","crit":["alg"]}"#,
                "\"alg\" is defined by RFC 7515/7518",
            ),
            (
                r#"{"alg":"x","sigT":"2026-01-01T00:00:00Z","crit":["sigT","sigT"]}"#,
                "crit[1]: \"sigT\" listed twice",
            ),
            (
                r#"{"alg":"x","crit":["sigT"]}"#,
                "\"sigT\" is not in the protected header",
            ),
            (
                r#"{"alg":"x","sigT":"2026-01-01T00:00:00Z"}"#,
                "must list \"sigT\"",
            ),
        ];
        for (json, expected) in cases {
            let message = reason(JwsJson::from_json(flattened(json).as_bytes()).expect_err(json));
            assert!(
                message.contains(expected),
                "{json}: {message:?} lacks {expected:?}"
            );
            assert!(message.starts_with("$.protected"), "{message}");
        }
        // Understood critical parameters, and unknown non-critical ones, are fine.
        for json in [
            r#"{"alg":"x","sigT":"2026-01-01T00:00:00Z","crit":["sigT"]}"#,
            r#"{"alg":"x","b64":true,"crit":["b64"]}"#,
            r#"{"alg":"x","exp":1,"nonce":null}"#,
        ] {
            JwsJson::from_json(flattened(json).as_bytes()).expect(json);
        }
    }

    #[test]
    fn unencoded_payload_is_refused() {
        let err =
            JwsJson::from_json(flattened(r#"{"alg":"x","b64":false,"crit":["b64"]}"#).as_bytes())
                .expect_err("b64 false");
        assert!(
            matches!(err, SealError::Unsupported(ref m) if m.contains("RFC 7797")),
            "{err}"
        );
    }

    #[test]
    fn header_field_checks() {
        let leaf = STANDARD.encode(leaf_der());
        let cases: &[(String, &str)] = &[
            (
                r#"{"alg":"x","x5c":["AA-_"]}"#.into(),
                "x5c[0]: not padded standard base64",
            ),
            (
                r#"{"alg":"x","x5c":["AA"]}"#.into(),
                "x5c[0]: not padded standard base64",
            ),
            (
                r#"{"alg":"x","x5c":[""]}"#.into(),
                "x5c[0]: empty certificate",
            ),
            (
                r#"{"alg":"x","x5t#S256":"AAAA"}"#.into(),
                "3 bytes, not a SHA-256 digest",
            ),
            (
                format!(
                    r#"{{"alg":"x","x5c":["{leaf}"],"x5t#S256":"{}"}}"#,
                    x5t_s256(b"other")
                ),
                "does not match the SHA-256 of x5c[0]",
            ),
            (
                r#"{"alg":"x","sigT":"2026-02-29T00:00:00Z","crit":["sigT"]}"#.into(),
                "is not an RFC 3339 UTC time",
            ),
            (
                r#"{"alg":"x","sigT":"2026-01-01T00:00:00+01:00","crit":["sigT"]}"#.into(),
                "is not an RFC 3339 UTC time",
            ),
            (r#"{"alg":1}"#.into(), "invalid type"),
            (r#"{"alg":""}"#.into(), "alg: empty"),
            (
                r#"{"alg":"x","mamori:payload-sha512":"AAAA"}"#.into(),
                "3 bytes, not a SHA-512 digest",
            ),
            (r#"{"alg":"x","x5c":[]}"#.into(), "x5c: empty"),
        ];
        for (json, expected) in cases {
            let message = reason(JwsJson::from_json(flattened(json).as_bytes()).expect_err(json));
            assert!(
                message.contains(expected),
                "{json}: {message:?} lacks {expected:?}"
            );
        }
        let err = JwsJson::from_json(flattened(r#"{"alg":"x","mamori:canon":"c14n"}"#).as_bytes())
            .expect_err("unknown canonicalization");
        assert!(matches!(err, SealError::Unsupported(_)), "{err}");
    }

    #[test]
    fn rfc3339_utc_times() {
        for ok in [
            "2026-11-26T00:53:00Z",
            "2024-02-29T23:59:60Z",
            "2026-01-01T00:00:00.123Z",
        ] {
            assert!(is_rfc3339_utc(ok), "{ok}");
        }
        for bad in [
            "2026-11-26 00:53:00Z",
            "2026-11-26T00:53:00",
            "2026-13-01T00:00:00Z",
            "2025-02-29T00:00:00Z",
            "2026-04-31T00:00:00Z",
            "2026-01-01T24:00:00Z",
            "2026-01-01T00:00:00.Z",
            "2026-01-01T00:00:00z",
            "+026-01-01T00:00:00Z",
            "2026-01-01T00:00:0éZ",
        ] {
            assert!(!is_rfc3339_utc(bad), "{bad}");
        }
    }

    #[test]
    fn limits() {
        let big = vec![b' '; MAX_JWS_LEN + 1];
        assert!(reason(JwsJson::from_json(&big).expect_err("big")).contains("limit"));
        let one = r#"{"protected":"eyJhbGciOiJFUzI1NiJ9","signature":"AAAA"}"#;
        let many = vec![one; MAX_SIGNATURES + 1].join(",");
        let json = format!(r#"{{"signatures":[{many}]}}"#);
        assert!(reason(JwsJson::from_json(json.as_bytes()).expect_err("many")).contains("limit"));
    }
}
