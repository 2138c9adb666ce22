//! RFC 3161 time-stamping: requests, a time-stamping authority that answers them with tokens
//! signed by its composite key (CMS SignedData, RFC 5652, with the ESS signingCertificateV2
//! attribute of RFC 5816), a small HTTP transport (RFC 3161 §3.4), and token verification.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::time::Duration;

use sha2::{Digest, Sha256, Sha512};

use crate::ca::{CertificateAuthority, algorithm_identifier};
use crate::composite::{Algorithm, SigningKey};
use crate::der::{self, expect, explicit, octets, oid, read, seq, set, small_uint};
use crate::error::{Result, SealError};
use crate::{cert, pkcs8};

const SHA512: &str = "2.16.840.1.101.3.4.2.3";
const SIGNED_DATA: &str = "1.2.840.113549.1.7.2";
const TST_INFO: &str = "1.2.840.113549.1.9.16.1.4";
const CONTENT_TYPE: &str = "1.2.840.113549.1.9.3";
const MESSAGE_DIGEST: &str = "1.2.840.113549.1.9.4";
const SIGNING_CERTIFICATE_V2: &str = "1.2.840.113549.1.9.16.2.47";
/// ETSI EN 319 421 baseline time-stamp policy.
pub const POLICY: &str = "0.4.0.2023.1.1";
/// Largest request or response handled.
pub const MAX_MESSAGE_BYTES: usize = 64 * 1024;

fn bad(what: &'static str, reason: impl Into<String>) -> SealError {
    SealError::Malformed {
        what,
        reason: reason.into(),
    }
}

/// A TimeStampReq for a SHA-512 message imprint, asking for the TSA's certificate.
pub fn request(imprint: &[u8; 64], nonce: u64) -> Vec<u8> {
    seq(&[
        small_uint(1),
        seq(&[seq(&[oid(SHA512)]), octets(imprint)]),
        small_uint(nonce),
        der::boolean(true),
    ])
}

/// A parsed request: the imprint (SHA-512 only) and the nonce.
struct Request {
    imprint: Vec<u8>,
    nonce: Option<Vec<u8>>,
}

fn parse_request(b: &[u8]) -> Result<Request> {
    const W: &str = "time-stamp request";
    let (body, _) = expect(b, 0x30, W)?;
    let (_version, rest) = expect(body, 0x02, W)?;
    let (imprint, mut rest) = expect(rest, 0x30, W)?;
    let (alg, hashed) = expect(imprint, 0x30, W)?;
    let (alg_oid, _) = expect(alg, 0x06, W)?;
    if pkcs8::oid_to_string(alg_oid).as_deref() != Some(SHA512) {
        return Err(SealError::Unsupported(
            "a message imprint other than SHA-512".into(),
        ));
    }
    let (hashed, _) = expect(hashed, 0x04, W)?;
    if hashed.len() != 64 {
        return Err(bad(W, "the SHA-512 imprint is not 64 bytes"));
    }
    let mut nonce = None;
    while !rest.is_empty() {
        let (tag, contents, next) = read(rest, W)?;
        if tag == 0x02 {
            nonce = Some(contents.to_vec());
        }
        rest = next;
    }
    Ok(Request {
        imprint: hashed.to_vec(),
        nonce,
    })
}

/// A time-stamping unit: its key and certificate (issued by the CA).
#[derive(Debug)]
pub struct TimeStampAuthority {
    key: SigningKey,
    cert: Vec<u8>,
}

fn random_serial() -> Result<[u8; 16]> {
    let mut s = [0u8; 16];
    getrandom::fill(&mut s).map_err(|e| SealError::Random(e.to_string()))?;
    s[0] &= 0x7f;
    Ok(s)
}

impl TimeStampAuthority {
    pub fn new(key: SigningKey, cert: Vec<u8>) -> Result<Self> {
        if cert::subject_key(&cert)? != key.verifying_key() {
            return Err(bad("TSA", "the key does not belong to the certificate"));
        }
        Ok(TimeStampAuthority { key, cert })
    }

    /// The CA's time-stamping unit: `DIR/tsa/tsa.pem` and `tsa.key`, issued on first use.
    pub fn for_ca(ca: &CertificateAuthority, dir: &std::path::Path) -> Result<Self> {
        let tsa_dir = dir.join("tsa");
        if !tsa_dir.join("tsa.pem").exists() {
            ca.issue_tsa(3650, &tsa_dir, None)?;
        }
        let cert = crate::ca::read_certificate(&tsa_dir.join("tsa.pem"))?;
        let key = crate::ca::read_private_key(&tsa_dir.join("tsa.key"), None)?;
        TimeStampAuthority::new(key, cert)
    }

    /// Answers a DER TimeStampReq with a DER TimeStampResp: granted with a token, or rejected
    /// (`badDataFormat` / `badAlg`) with the reason in the status text.
    pub fn respond(&self, request: &[u8], now: i64) -> Vec<u8> {
        match parse_request(request).and_then(|r| self.token(&r, now)) {
            Ok(token) => seq(&[seq(&[small_uint(0)]), token]),
            Err(e) => {
                // PKIFailureInfo: badAlg (0) or badDataFormat (5), as a named BIT STRING.
                let (bit, unused) = match e {
                    SealError::Unsupported(_) => (0x80u8, 7u8),
                    _ => (0x04u8, 2u8),
                };
                seq(&[seq(&[
                    small_uint(2),
                    seq(&[der::utf8(&e.to_string())]),
                    der::tlv(0x03, &[unused, bit]),
                ])])
            }
        }
    }

    fn token(&self, req: &Request, now: i64) -> Result<Vec<u8>> {
        let mut tst = vec![
            small_uint(1),
            oid(POLICY),
            seq(&[seq(&[oid(SHA512)]), octets(&req.imprint)]),
            der::uint(&random_serial()?),
            der::gen_time(now),
            // accuracy: one second.
            seq(&[small_uint(1)]),
        ];
        if let Some(n) = &req.nonce {
            tst.push(der::tlv(0x02, n));
        }
        let tst_info = seq(&tst);
        let cert_hash = Sha256::digest(&self.cert);
        let mut attrs = vec![
            seq(&[oid(CONTENT_TYPE), set(&[oid(TST_INFO)])]),
            seq(&[
                oid(MESSAGE_DIGEST),
                set(&[octets(&Sha512::digest(&tst_info))]),
            ]),
            seq(&[
                oid(SIGNING_CERTIFICATE_V2),
                set(&[seq(&[seq(&[seq(&[octets(&cert_hash)])])])]),
            ]),
        ];
        // DER SET OF: sorted by encoding.
        attrs.sort();
        let signed_attrs = set(&attrs);
        let signature = self.key.sign(&signed_attrs, b"")?;
        let alg = self.key.algorithm();
        // IssuerAndSerialNumber (SignerInfo version 1): what RFC 3161 clients, OpenSSL's among
        // them, expect.
        let (issuer, serial) = cert::issuer_and_serial(&self.cert)?;
        let signer_info = seq(&[
            small_uint(1),
            seq(&[issuer, der::uint(&serial)]),
            seq(&[oid(SHA512)]),
            // signedAttrs as [0] IMPLICIT: the SET's tag replaced.
            [vec![0xa0], signed_attrs[1..].to_vec()].concat(),
            algorithm_identifier(alg),
            octets(&signature),
        ]);
        let signed_data = seq(&[
            small_uint(3),
            set(&[seq(&[oid(SHA512)])]),
            seq(&[oid(TST_INFO), explicit(0, &octets(&tst_info))]),
            der::tlv(0xa0, &self.cert),
            set(&[signer_info]),
        ]);
        Ok(seq(&[oid(SIGNED_DATA), explicit(0, &signed_data)]))
    }
}

/// Serves RFC 3161 over HTTP on `listener` until the process ends: `POST` a
/// `application/timestamp-query` body, get `application/timestamp-reply`.
pub fn serve(listener: TcpListener, tsa: std::sync::Arc<TimeStampAuthority>) -> Result<()> {
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        let tsa = tsa.clone();
        std::thread::spawn(move || {
            let _ = handle(stream, &tsa);
        });
    }
    Ok(())
}

fn handle(mut stream: TcpStream, tsa: &TimeStampAuthority) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let post = line.starts_with("POST ");
    let mut length = 0usize;
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h)? == 0 || h == "\r\n" || h == "\n" {
            break;
        }
        if let Some((k, v)) = h.split_once(':')
            && k.eq_ignore_ascii_case("content-length")
        {
            length = v.trim().parse().unwrap_or(usize::MAX);
        }
    }
    if !post || length > MAX_MESSAGE_BYTES {
        let msg = if post {
            "413 Payload Too Large"
        } else {
            "405 Method Not Allowed"
        };
        return write!(
            stream,
            "HTTP/1.1 {msg}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        );
    }
    let mut body = vec![0u8; length];
    reader.read_exact(&mut body)?;
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let reply = tsa.respond(&body, now);
    write!(
        stream,
        "HTTP/1.1 200 OK\r\nContent-Type: application/timestamp-reply\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        reply.len()
    )?;
    stream.write_all(&reply)
}

/// Asks the TSA at `url` (`http://host:port/path`) for a token over `imprint`; returns the
/// token (the ContentInfo), or why the TSA refused.
pub fn fetch(url: &str, imprint: &[u8; 64]) -> Result<Vec<u8>> {
    const W: &str = "time-stamp response";
    let rest = url
        .strip_prefix("http://")
        .ok_or_else(|| SealError::Unsupported(format!("{url}: only http:// TSA URLs")))?;
    let (host, path) = rest
        .split_once('/')
        .map_or((rest, "/".to_string()), |(h, p)| (h, format!("/{p}")));
    let mut nonce = [0u8; 8];
    getrandom::fill(&mut nonce).map_err(|e| SealError::Random(e.to_string()))?;
    let nonce = u64::from_be_bytes(nonce) >> 1;
    let req = request(imprint, nonce);
    let io = |e: std::io::Error| bad(W, format!("{url}: {e}"));
    let mut stream = TcpStream::connect(host).map_err(io)?;
    stream
        .set_read_timeout(Some(Duration::from_secs(15)))
        .map_err(io)?;
    write!(
        stream,
        "POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/timestamp-query\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        req.len()
    )
    .map_err(io)?;
    stream.write_all(&req).map_err(io)?;
    let mut raw = Vec::new();
    stream
        .take(MAX_MESSAGE_BYTES as u64 + 4096)
        .read_to_end(&mut raw)
        .map_err(io)?;
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or_else(|| bad(W, "no HTTP header"))?;
    let head = String::from_utf8_lossy(&raw[..split]);
    if !head.starts_with("HTTP/1.1 200") && !head.starts_with("HTTP/1.0 200") {
        return Err(bad(
            W,
            format!("{url}: {}", head.lines().next().unwrap_or("")),
        ));
    }
    let body = &raw[split + 4..];
    let (resp, _) = expect(body, 0x30, W)?;
    let (status, rest) = expect(resp, 0x30, W)?;
    let (code, _) = expect(status, 0x02, W)?;
    if code != [0] && code != [1] {
        return Err(bad(
            W,
            format!("the TSA refused: {}", String::from_utf8_lossy(status)),
        ));
    }
    let (tag, _, after) = read(rest, W)?;
    if tag != 0x30 {
        return Err(bad(W, "no token"));
    }
    Ok(rest[..rest.len() - after.len()].to_vec())
}

/// A verified time-stamp token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeStamp {
    pub gen_time: i64,
    pub serial: Vec<u8>,
    pub tsa: Option<String>,
}

/// Verifies a token over `imprint` (SHA-512): the TSTInfo's imprint, the messageDigest
/// attribute, the TSA's composite signature, its certificate (in the token, with the
/// timeStamping key usage) issued by one of `trust_anchors`, and genTime within its validity.
/// `Ok(Err(reason))` when the token is well formed but not valid.
pub fn verify_token(
    token: &[u8],
    imprint: &[u8],
    trust_anchors: &[Vec<u8>],
) -> Result<std::result::Result<TimeStamp, String>> {
    const W: &str = "time-stamp token";
    if token.len() > MAX_MESSAGE_BYTES {
        return Err(bad(W, "over the size limit"));
    }
    let (ci, _) = expect(token, 0x30, W)?;
    let (ct, rest) = expect(ci, 0x06, W)?;
    if pkcs8::oid_to_string(ct).as_deref() != Some(SIGNED_DATA) {
        return Err(bad(W, "not CMS SignedData"));
    }
    let (sd, _) = expect(rest, 0xa0, W)?;
    let (sd, _) = expect(sd, 0x30, W)?;
    let (_version, rest) = expect(sd, 0x02, W)?;
    let (_digests, rest) = expect(rest, 0x31, W)?;
    let (encap, rest) = expect(rest, 0x30, W)?;
    let (etype, econtent) = expect(encap, 0x06, W)?;
    if pkcs8::oid_to_string(etype).as_deref() != Some(TST_INFO) {
        return Err(bad(W, "the content is not a TSTInfo"));
    }
    let (econtent, _) = expect(econtent, 0xa0, W)?;
    let (tst_info, _) = expect(econtent, 0x04, W)?;
    let (certs, rest) = expect(rest, 0xa0, W)?;
    let (tsa_cert_body, _) = expect(certs, 0x30, W)?;
    let tsa_cert = der::tlv(0x30, tsa_cert_body);
    let (signer_infos, _) = expect(rest, 0x31, W)?;
    let (si, _) = expect(signer_infos, 0x30, W)?;
    let (_v, rest) = expect(si, 0x02, W)?;
    let (_, _sid, rest) = read(rest, W)?;
    let (_dalg, rest) = expect(rest, 0x30, W)?;
    let (attrs, rest) = expect(rest, 0xa0, W)?;
    let (_salg, rest) = expect(rest, 0x30, W)?;
    let (signature, _) = expect(rest, 0x04, W)?;
    // TSTInfo fields.
    let (tst, _) = expect(tst_info, 0x30, W)?;
    let (_v, rest) = expect(tst, 0x02, W)?;
    let (_policy, rest) = expect(rest, 0x06, W)?;
    let (mi, rest) = expect(rest, 0x30, W)?;
    let (_alg, hashed) = expect(mi, 0x30, W)?;
    let (hashed, _) = expect(hashed, 0x04, W)?;
    let (serial, rest) = expect(rest, 0x02, W)?;
    let (gen_raw, _) = expect(rest, 0x18, W)?;
    let gen_time =
        der::generalized_time(gen_raw).ok_or_else(|| bad(W, "genTime is not a GeneralizedTime"))?;
    if hashed != imprint {
        return Ok(Err(
            "the time-stamp covers other data (message imprint differs)".into(),
        ));
    }
    // The signed attributes: messageDigest must be the TSTInfo's SHA-512.
    let digest = Sha512::digest(tst_info);
    let mut seen_digest = false;
    let mut rest = attrs;
    while !rest.is_empty() {
        let (attr, next) = expect(rest, 0x30, W)?;
        let (aoid, values) = expect(attr, 0x06, W)?;
        if pkcs8::oid_to_string(aoid).as_deref() == Some(MESSAGE_DIGEST) {
            let (values, _) = expect(values, 0x31, W)?;
            let (value, _) = expect(values, 0x04, W)?;
            if value != digest.as_slice() {
                return Ok(Err(
                    "the token's messageDigest does not match its TSTInfo".into()
                ));
            }
            seen_digest = true;
        }
        rest = next;
    }
    if !seen_digest {
        return Ok(Err("the token has no messageDigest attribute".into()));
    }
    // The signature over the DER SET of the attributes.
    let tsa_key = cert::subject_key(&tsa_cert)?;
    if tsa_key.algorithm() != Algorithm::MlDsa65Ed25519 && tsa_key.algorithm() != Algorithm::MlDsa65
    {
        return Ok(Err(format!(
            "TSA key {} not accepted",
            tsa_key.algorithm().id_name()
        )));
    }
    if tsa_key
        .verify(&der::tlv(0x31, attrs), b"", signature)
        .is_err()
    {
        return Ok(Err(
            "the TSA's signature on the token does not verify".into()
        ));
    }
    if !trust_anchors
        .iter()
        .filter_map(|ta| cert::subject_key(ta).ok())
        .any(|k| cert::verify_signed_by(&tsa_cert, &k).is_ok())
    {
        return Ok(Err(
            "the TSA's certificate is not issued by a trusted CA".into()
        ));
    }
    if !cert::has_extended_key_usage(&tsa_cert, crate::ca::TIME_STAMPING)? {
        return Ok(Err("the TSA's certificate is not for time-stamping".into()));
    }
    let (nb, na) = cert::validity(&tsa_cert)?;
    if gen_time < nb || gen_time > na {
        return Ok(Err(
            "genTime lies outside the TSA certificate's validity".into()
        ));
    }
    Ok(Ok(TimeStamp {
        gen_time,
        serial: serial.to_vec(),
        tsa: cert::subject_name(&tsa_cert)?.common_name,
    }))
}
