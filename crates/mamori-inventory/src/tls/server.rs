//! Parsers of the plaintext messages a server sends before it encrypts. Each takes a handshake
//! message body (without the 4-byte header); error offsets are positions in that body.

use super::wire::{Cursor, tls_error};
use super::{DOWNGRADE_PREFIX, HRR_RANDOM, KexKind, MAX_CERTIFICATES, ProtocolVersion, extension};
use crate::error::InventoryError;

/// A ServerHello or HelloRetryRequest (RFC 8446 §4.1.3, RFC 5246 §7.4.1.3).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ServerHello {
    pub legacy_version: u16,
    /// The negotiated version: the supported_versions extension's when present, else
    /// legacy_version.
    pub version: ProtocolVersion,
    pub random: [u8; 32],
    pub session_id: Vec<u8>,
    pub cipher_suite: u16,
    pub compression: u8,
    /// The random is [`HRR_RANDOM`]: this is a HelloRetryRequest.
    pub is_hello_retry_request: bool,
    /// TLS 1.3 key_share: the server share's group, or for a HelloRetryRequest the group the
    /// server selects.
    pub key_share_group: Option<u16>,
    /// The length of the server's key share (ServerHello only; a HelloRetryRequest has none).
    pub key_share_len: Option<usize>,
    /// Extension types present, in order (duplicates kept as sent).
    pub extensions: Vec<u16>,
    pub extended_master_secret: bool,
    /// renegotiation_info present (RFC 5746).
    pub secure_renegotiation: bool,
    /// The ALPN protocol selected (non-UTF-8 bytes replaced).
    pub alpn: Option<String>,
}

impl ServerHello {
    /// The RFC 8446 §4.1.3 downgrade sentinel in the last 8 bytes of the random: the version the
    /// server says it supports beyond the one it negotiated. `DOWNGRD\x01` → `Some(Tls13)` (a TLS
    /// 1.3 server negotiated TLS 1.2), `DOWNGRD\x00` → `Some(Tls12)` (a TLS 1.2 or 1.3 server
    /// negotiated TLS 1.1 or below); `None` without a sentinel.
    pub fn downgrade_sentinel(&self) -> Option<ProtocolVersion> {
        let tail = self.random.get(24..)?;
        if tail.get(..7)? != DOWNGRADE_PREFIX {
            return None;
        }
        match tail.get(7)? {
            1 => Some(ProtocolVersion::Tls13),
            0 => Some(ProtocolVersion::Tls12),
            _ => None,
        }
    }
}

/// A TLS ≤ 1.2 Certificate message: DER certificates, the server's first.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CertificateMsg {
    pub certificates: Vec<Vec<u8>>,
}

/// A parsed ServerKeyExchange (TLS ≤ 1.2).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub enum ServerKeyExchange {
    /// ECDHE / ECDH_anon / ECDHE_PSK. `curve_type` 3 is named_curve; for the deprecated explicit
    /// curves (1 explicit_prime, 2 explicit_char2) `named_group` is 0.
    Ecdhe {
        curve_type: u8,
        named_group: u16,
        public_len: usize,
        /// TLS 1.2's SignatureAndHashAlgorithm; `None` before TLS 1.2 and for unsigned
        /// (anonymous, PSK) exchanges.
        signature_scheme: Option<u16>,
    },
    /// DHE / DH_anon / DHE_PSK: the prime's size in bits (leading zero bits not counted), the
    /// generator's bytes and the public value's length.
    Dhe {
        p_bits: u32,
        g: Vec<u8>,
        public_len: usize,
        signature_scheme: Option<u16>,
    },
    /// RSA_EXPORT: the temporary RSA key's modulus size in bits and public exponent.
    RsaExport {
        modulus_bits: u32,
        exponent: Vec<u8>,
        signature_scheme: Option<u16>,
    },
    /// A key exchange whose parameters are not parsed ([`KexKind::Other`]).
    Unknown { len: usize },
}

fn tls_version_of_wire(
    wire: u16,
    c: &Cursor<'_>,
    what: &str,
) -> Result<ProtocolVersion, InventoryError> {
    match ProtocolVersion::from_wire(wire) {
        Some(v) if v != ProtocolVersion::Ssl2 => Ok(v),
        _ => Err(c.err(format!("{what}: unknown version 0x{wire:04X}"))),
    }
}

/// Parses a ServerHello (or HelloRetryRequest) body.
pub fn parse_server_hello(body: &[u8]) -> Result<ServerHello, InventoryError> {
    let mut c = Cursor::new(body);
    let legacy_version = c.u16("ServerHello version")?;
    let mut version = tls_version_of_wire(legacy_version, &c, "ServerHello legacy_version")?;
    let mut random = [0u8; 32];
    random.copy_from_slice(c.bytes(32, "ServerHello random")?);
    let session_id_at = c.offset();
    let session_id = c.vec8("ServerHello session_id")?;
    if session_id.len() > 32 {
        return Err(tls_error(
            session_id_at,
            format!(
                "ServerHello session_id of {} bytes (at most 32)",
                session_id.len()
            ),
        ));
    }
    let cipher_suite = c.u16("ServerHello cipher_suite")?;
    let compression = c.u8("ServerHello compression_method")?;
    let is_hello_retry_request = random == HRR_RANDOM;
    let mut hello = ServerHello {
        legacy_version,
        version,
        random,
        session_id: session_id.to_vec(),
        cipher_suite,
        compression,
        is_hello_retry_request,
        key_share_group: None,
        key_share_len: None,
        extensions: Vec::new(),
        extended_master_secret: false,
        secure_renegotiation: false,
        alpn: None,
    };
    // Extensions are optional before TLS 1.3: a hello may end after compression_method.
    if c.is_empty() {
        return Ok(hello);
    }
    let mut e = c.sub16("ServerHello extensions")?;
    c.finish("ServerHello")?;
    while !e.is_empty() {
        let ext_type = e.u16("extension type")?;
        let mut d = e.sub16("extension data")?;
        hello.extensions.push(ext_type);
        match ext_type {
            extension::SUPPORTED_VERSIONS => {
                let wire = d.u16("supported_versions")?;
                version = tls_version_of_wire(wire, &d, "supported_versions")?;
                d.finish("supported_versions")?;
            }
            extension::KEY_SHARE => {
                hello.key_share_group = Some(d.u16("key_share group")?);
                if !is_hello_retry_request {
                    let share = d.vec16("key_share key_exchange")?;
                    hello.key_share_len = Some(share.len());
                }
                d.finish("key_share")?;
            }
            extension::EXTENDED_MASTER_SECRET => {
                hello.extended_master_secret = true;
                d.finish("extended_master_secret")?;
            }
            extension::RENEGOTIATION_INFO => {
                hello.secure_renegotiation = true;
                d.vec8("renegotiation_info")?;
                d.finish("renegotiation_info")?;
            }
            extension::ALPN => {
                let mut list = d.sub16("ALPN protocol list")?;
                d.finish("ALPN")?;
                let name = list.vec8("ALPN protocol")?;
                list.finish("ALPN protocol list")?;
                hello.alpn = Some(String::from_utf8_lossy(name).into_owned());
            }
            _ => {}
        }
    }
    hello.version = version;
    Ok(hello)
}

/// Parses a TLS ≤ 1.2 Certificate body: `certificate_list<0..2^24-1>` of `ASN.1Cert<1..2^24-1>`.
/// At most [`MAX_CERTIFICATES`] certificates; the certificates are not decoded.
pub fn parse_certificate(body: &[u8]) -> Result<CertificateMsg, InventoryError> {
    let mut c = Cursor::new(body);
    let mut l = c.sub24("Certificate list")?;
    c.finish("Certificate")?;
    let mut certificates = Vec::new();
    while !l.is_empty() {
        if certificates.len() == MAX_CERTIFICATES {
            return Err(l.err(format!("more than {MAX_CERTIFICATES} certificates")));
        }
        let cert = l.vec24("certificate")?;
        if cert.is_empty() {
            return Err(l.err("empty certificate"));
        }
        certificates.push(cert.to_vec());
    }
    Ok(CertificateMsg { certificates })
}

/// Parses a ServerKeyExchange body for a suite of kind `kex` negotiated at `version` (which
/// decides whether a signature carries a SignatureAndHashAlgorithm: TLS 1.2 and above).
/// A body that ends after the parameters is unsigned (anonymous and PSK suites).
pub fn parse_server_key_exchange(
    body: &[u8],
    kex: KexKind,
    version: ProtocolVersion,
) -> Result<ServerKeyExchange, InventoryError> {
    let mut c = Cursor::new(body);
    if matches!(kex, KexKind::EcdhePsk | KexKind::DhePsk) {
        c.vec16("psk_identity_hint")?;
    }
    let ske = match kex {
        KexKind::Ecdhe | KexKind::EcdhePsk => {
            let curve_type = c.u8("ECParameters curve_type")?;
            let named_group = match curve_type {
                3 => c.u16("ECParameters named_curve")?,
                1 => {
                    // explicit_prime: prime_p, curve (a, b), base, order, cofactor.
                    for what in ["prime_p", "curve a", "curve b", "base", "order", "cofactor"] {
                        c.vec8(what)?;
                    }
                    0
                }
                2 => {
                    // explicit_char2: m, basis, k or k1..k3, curve (a, b), base, order, cofactor.
                    c.u16("char2 m")?;
                    let basis = c.u8("char2 basis")?;
                    let ks = match basis {
                        1 => 1,
                        2 => 3,
                        other => return Err(c.err(format!("unknown char2 basis {other}"))),
                    };
                    for _ in 0..ks {
                        c.vec8("char2 k")?;
                    }
                    for what in ["curve a", "curve b", "base", "order", "cofactor"] {
                        c.vec8(what)?;
                    }
                    0
                }
                other => return Err(c.err(format!("unknown ECParameters curve_type {other}"))),
            };
            let public = c.vec8("ECDH public point")?;
            if public.is_empty() {
                return Err(c.err("empty ECDH public point"));
            }
            let signature_scheme = if kex == KexKind::EcdhePsk {
                None
            } else {
                signature(&mut c, version)?
            };
            ServerKeyExchange::Ecdhe {
                curve_type,
                named_group,
                public_len: public.len(),
                signature_scheme,
            }
        }
        KexKind::Dhe | KexKind::DhePsk => {
            let p = c.vec16("DH p")?;
            let g = c.vec16("DH g")?;
            let ys = c.vec16("DH Ys")?;
            if p.is_empty() || g.is_empty() || ys.is_empty() {
                return Err(c.err("empty DH parameter"));
            }
            let signature_scheme = if kex == KexKind::DhePsk {
                None
            } else {
                signature(&mut c, version)?
            };
            ServerKeyExchange::Dhe {
                p_bits: bit_length(p),
                g: g.to_vec(),
                public_len: ys.len(),
                signature_scheme,
            }
        }
        KexKind::RsaExport => {
            let modulus = c.vec16("RSA modulus")?;
            let exponent = c.vec16("RSA exponent")?;
            if modulus.is_empty() || exponent.is_empty() {
                return Err(c.err("empty RSA parameter"));
            }
            let signature_scheme = signature(&mut c, version)?;
            ServerKeyExchange::RsaExport {
                modulus_bits: bit_length(modulus),
                exponent: exponent.to_vec(),
                signature_scheme,
            }
        }
        KexKind::Other => return Ok(ServerKeyExchange::Unknown { len: body.len() }),
    };
    c.finish("ServerKeyExchange")?;
    Ok(ske)
}

/// The digitally-signed part: absent (unsigned), or TLS 1.2's algorithm and signature, or before
/// TLS 1.2 the signature alone.
fn signature(c: &mut Cursor<'_>, version: ProtocolVersion) -> Result<Option<u16>, InventoryError> {
    if c.is_empty() {
        return Ok(None);
    }
    if version >= ProtocolVersion::Tls12 {
        let scheme = c.u16("signature algorithm")?;
        c.vec16("signature")?;
        Ok(Some(scheme))
    } else {
        c.vec16("signature")?;
        Ok(None)
    }
}

/// The bit length of a big-endian unsigned integer.
fn bit_length(bytes: &[u8]) -> u32 {
    let mut iter = bytes.iter().skip_while(|&&b| b == 0);
    match iter.next() {
        None => 0,
        Some(&first) => {
            let rest = iter.count() as u32;
            (8 - first.leading_zeros()) + 8 * rest
        }
    }
}

/// Parses an SSLv2 SERVER-HELLO message (starting with its message type byte 4, after the record
/// header): returns the cipher specs and the certificate bytes.
pub fn parse_sslv2_server_hello(msg: &[u8]) -> Result<(Vec<[u8; 3]>, Vec<u8>), InventoryError> {
    let mut c = Cursor::new(msg);
    let msg_type = c.u8("SSLv2 message type")?;
    if msg_type != 4 {
        return Err(c.err(format!(
            "SSLv2 message type {msg_type}, expected SERVER-HELLO (4)"
        )));
    }
    c.u8("SESSION-ID-HIT")?;
    c.u8("CERTIFICATE-TYPE")?;
    c.u16("SERVER-VERSION")?;
    let cert_len = c.u16("CERTIFICATE-LENGTH")?;
    let specs_len = c.u16("CIPHER-SPECS-LENGTH")?;
    let conn_id_len = c.u16("CONNECTION-ID-LENGTH")?;
    if specs_len % 3 != 0 {
        return Err(c.err(format!(
            "CIPHER-SPECS-LENGTH {specs_len} not a multiple of 3"
        )));
    }
    let certificate = c
        .bytes(usize::from(cert_len), "SSLv2 certificate")?
        .to_vec();
    let specs = c.bytes(usize::from(specs_len), "SSLv2 cipher specs")?;
    c.bytes(usize::from(conn_id_len), "SSLv2 connection id")?;
    let cipher_specs = specs
        .chunks_exact(3)
        .map(|s| {
            let mut spec = [0u8; 3];
            spec.copy_from_slice(s);
            spec
        })
        .collect();
    Ok((cipher_specs, certificate))
}
