//! The ClientHello builder: any suite, group or signature scheme codepoint can be offered, with
//! well-formed key shares for every group whose share format is known.

use std::sync::LazyLock;

use mamori_model::catalogue;
use sha2::{Digest, Sha256};

use super::wire::{put_u16, put_vec};
use super::{MAX_PLAINTEXT_LEN, ProtocolVersion, content_type, extension, handshake_type};

/// What a ClientHello offers. Built by hand or from [`ClientHelloSpec::default_for`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientHelloSpec {
    /// The highest version offered. For TLS 1.3 the hello carries legacy_version 0x0303 and a
    /// supported_versions extension; for lower versions legacy_version is this version.
    pub version: ProtocolVersion,
    /// The supported_versions extension's list, in this order, when not empty (SSLv2 entries are
    /// left out). Empty: the extension lists TLS 1.3 alone when `version` is TLS 1.3 and is absent
    /// otherwise.
    pub supported_versions: Vec<ProtocolVersion>,
    /// Cipher suite codepoints, in order of preference. Any value can be offered (GREASE and
    /// signalling values included).
    pub cipher_suites: Vec<u16>,
    /// The supported_groups extension (absent when empty).
    pub groups: Vec<u16>,
    /// TLS 1.3 key_share entries, one per group with a well-formed public value (see
    /// [`key_share_value`]); groups whose share format is unknown are left out. An empty list
    /// sends an empty key_share (the server answers with a HelloRetryRequest naming its choice).
    pub key_share_groups: Vec<u16>,
    /// The signature_algorithms extension, sent when TLS 1.2 or 1.3 is offered (absent when empty).
    pub signature_algorithms: Vec<u16>,
    /// server_name (SNI). Left out when it is empty or an IP address literal (RFC 6066 §3).
    pub server_name: Option<String>,
    /// ALPN protocol names (absent when empty; names of 0 or more than 255 bytes are left out).
    pub alpn: Vec<String>,
    /// ec_point_formats with the uncompressed format only.
    pub ec_point_formats: bool,
    pub extended_master_secret: bool,
    /// renegotiation_info with an empty renegotiated_connection; for SSLv3, which has no
    /// extensions, the TLS_EMPTY_RENEGOTIATION_INFO_SCSV suite instead.
    pub renegotiation_info: bool,
    /// An empty session_ticket extension.
    pub session_ticket: bool,
    /// status_request (OCSP) with no responder ids and no request extensions.
    pub status_request: bool,
}

impl ClientHelloSpec {
    /// Everything the catalogue knows for `version`: for TLS 1.3 the suites 0x1301–0x1305 and a
    /// key share for x25519; for lower versions every suite that is not a TLS 1.3 suite, in
    /// codepoint order. Every group and every signature scheme; ec_point_formats,
    /// extended_master_secret and renegotiation_info on; session_ticket and status_request off;
    /// no SNI, no ALPN. For [`ProtocolVersion::Ssl2`] the spec is that of SSLv3 but
    /// [`client_hello`] writes an SSLv2 CLIENT-HELLO.
    ///
    /// Lists are in codepoint order, which is a preference order too: a server that follows the
    /// client's preference picks the lowest codepoint it supports (OpenSSL 3.0 picks secp256r1
    /// over x25519 and signs TLS 1.2 key exchanges with rsa_sha224). Reorder the lists to learn
    /// what a browser-like client would get.
    pub fn default_for(version: ProtocolVersion) -> Self {
        static LEGACY_SUITES: LazyLock<Vec<u16>> = LazyLock::new(|| {
            (0..=u16::MAX)
                .filter(|&c| {
                    catalogue::tls_cipher_suite(c)
                        .is_some_and(|s| s.key_exchange.is_some() || s.authentication.is_some())
                })
                .collect()
        });
        static GROUPS: LazyLock<Vec<u16>> = LazyLock::new(|| {
            (0..=u16::MAX)
                .filter(|&c| catalogue::tls_group(c).is_some())
                .collect()
        });
        static SCHEMES: LazyLock<Vec<u16>> = LazyLock::new(|| {
            (0..=u16::MAX)
                .filter(|&c| catalogue::tls_signature_scheme(c).is_some())
                .collect()
        });
        let cipher_suites = if version == ProtocolVersion::Tls13 {
            (0x1301..=0x1305).collect()
        } else {
            LEGACY_SUITES.clone()
        };
        let signature_algorithms = SCHEMES.clone();
        ClientHelloSpec {
            version,
            supported_versions: Vec::new(),
            cipher_suites,
            groups: GROUPS.clone(),
            key_share_groups: if version == ProtocolVersion::Tls13 {
                vec![X25519]
            } else {
                Vec::new()
            },
            signature_algorithms,
            server_name: None,
            alpn: Vec::new(),
            ec_point_formats: true,
            extended_master_secret: true,
            renegotiation_info: true,
            session_ticket: false,
            status_request: false,
        }
    }

    /// The versions the supported_versions extension lists (empty: no extension).
    pub fn supported_versions_ext(&self) -> Vec<ProtocolVersion> {
        if !self.supported_versions.is_empty() {
            self.supported_versions
                .iter()
                .copied()
                .filter(|&v| v != ProtocolVersion::Ssl2)
                .collect()
        } else if self.version == ProtocolVersion::Tls13 {
            vec![ProtocolVersion::Tls13]
        } else {
            Vec::new()
        }
    }
}

const X25519: u16 = 29;
const TLS_EMPTY_RENEGOTIATION_INFO_SCSV: u16 = 0x00FF;

/// Serializes the ClientHello as TLS handshake records (content type 22), ready to write.
///
/// The record version is 0x0300 for SSLv3 and 0x0301 for every TLS version (as browsers do);
/// the hello's legacy_version is `min(spec.version, TLS 1.2)`. SSLv3 hellos carry no extensions.
/// A TLS hello carries no extension block when no extension is selected. A hello longer than
/// 2^14 bytes is split across several records. `session_id` is cut to its first 32 bytes.
/// Lists that would overflow their length field are cut (a vector of u16 to 32767 entries; key
/// shares are dropped from the end until the extension block fits 65535 bytes).
///
/// For [`ProtocolVersion::Ssl2`] the result is [`sslv2_client_hello`] with [`SSL2_CIPHER_SPECS`]
/// and the first 16 bytes of `random` as challenge.
pub fn client_hello(spec: &ClientHelloSpec, random: [u8; 32], session_id: &[u8]) -> Vec<u8> {
    if spec.version == ProtocolVersion::Ssl2 {
        let mut challenge = [0u8; 16];
        for (c, r) in challenge.iter_mut().zip(random.iter()) {
            *c = *r;
        }
        return sslv2_client_hello(&SSL2_CIPHER_SPECS, challenge);
    }
    let legacy = spec.version.min(ProtocolVersion::Tls12);
    let mut body = Vec::with_capacity(1024);
    put_u16(&mut body, legacy.wire());
    body.extend_from_slice(&random);
    put_vec(&mut body, 1, session_id.get(..32).unwrap_or(session_id));

    let mut suites = spec.cipher_suites.clone();
    if spec.renegotiation_info && spec.version == ProtocolVersion::Ssl3 {
        suites.push(TLS_EMPTY_RENEGOTIATION_INFO_SCSV);
    }
    put_vec(&mut body, 2, &u16_list(&suites));
    // compression_methods: null only.
    put_vec(&mut body, 1, &[0]);

    if spec.version >= ProtocolVersion::Tls10 {
        let extensions = extensions(spec, &random);
        if !extensions.is_empty() {
            put_vec(&mut body, 2, &extensions);
        }
    }

    let mut message = Vec::with_capacity(body.len() + 4);
    message.push(handshake_type::CLIENT_HELLO);
    put_vec(&mut message, 3, &body);

    let record_version = if spec.version == ProtocolVersion::Ssl3 {
        0x0300
    } else {
        0x0301
    };
    records(content_type::HANDSHAKE, record_version, &message)
}

/// Wraps `payload` in records of at most 2^14 bytes each.
fn records(content_type: u8, version: u16, payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(payload.len() + 5 * (payload.len() / MAX_PLAINTEXT_LEN + 1));
    for chunk in payload.chunks(MAX_PLAINTEXT_LEN) {
        out.push(content_type);
        put_u16(&mut out, version);
        put_vec(&mut out, 2, chunk);
    }
    out
}

/// Big-endian u16s, at most 32767 of them (a `<2..2^16-2>` vector).
fn u16_list(values: &[u16]) -> Vec<u8> {
    values
        .iter()
        .take(0x7FFF)
        .flat_map(|v| v.to_be_bytes())
        .collect()
}

fn u16_list8(values: &[u16]) -> Vec<u8> {
    values
        .iter()
        .take(0x7F)
        .flat_map(|v| v.to_be_bytes())
        .collect()
}

fn put_extension(out: &mut Vec<u8>, ext: u16, data: &[u8]) {
    // Whole extension blocks are bounded by the caller; a too-long single extension is left out.
    if data.len() <= 0xFFFF && out.len() + 4 + data.len() <= 0xFFFF {
        put_u16(out, ext);
        put_vec(out, 2, data);
    }
}

fn extensions(spec: &ClientHelloSpec, random: &[u8; 32]) -> Vec<u8> {
    let mut out = Vec::new();
    if let Some(name) = spec
        .server_name
        .as_deref()
        .filter(|n| !n.is_empty() && n.parse::<std::net::IpAddr>().is_err())
    {
        // server_name_list: one host_name entry.
        let mut entry = vec![0u8];
        if put_vec(&mut entry, 2, name.as_bytes()) {
            let mut list = Vec::new();
            if put_vec(&mut list, 2, &entry) {
                put_extension(&mut out, extension::SERVER_NAME, &list);
            }
        }
    }
    if spec.extended_master_secret {
        put_extension(&mut out, extension::EXTENDED_MASTER_SECRET, &[]);
    }
    if spec.renegotiation_info {
        put_extension(&mut out, extension::RENEGOTIATION_INFO, &[0]);
    }
    if !spec.groups.is_empty() {
        let mut data = Vec::new();
        put_vec(&mut data, 2, &u16_list(&spec.groups));
        put_extension(&mut out, extension::SUPPORTED_GROUPS, &data);
    }
    if spec.ec_point_formats {
        put_extension(&mut out, extension::EC_POINT_FORMATS, &[1, 0]);
    }
    if spec.session_ticket {
        put_extension(&mut out, extension::SESSION_TICKET, &[]);
    }
    if spec.status_request {
        // status_type ocsp(1), empty responder_id_list, empty request_extensions.
        put_extension(&mut out, extension::STATUS_REQUEST, &[1, 0, 0, 0, 0]);
    }
    let alpn: Vec<u8> = spec
        .alpn
        .iter()
        .filter(|p| !p.is_empty() && p.len() <= 255)
        .flat_map(|p| {
            let mut v = Vec::with_capacity(p.len() + 1);
            put_vec(&mut v, 1, p.as_bytes());
            v
        })
        .collect();
    if !alpn.is_empty() {
        let mut data = Vec::new();
        if put_vec(&mut data, 2, &alpn) {
            put_extension(&mut out, extension::ALPN, &data);
        }
    }
    let versions = spec.supported_versions_ext();
    let tls13 = versions.contains(&ProtocolVersion::Tls13);
    if !spec.signature_algorithms.is_empty() && (spec.version >= ProtocolVersion::Tls12 || tls13) {
        let mut data = Vec::new();
        put_vec(&mut data, 2, &u16_list(&spec.signature_algorithms));
        put_extension(&mut out, extension::SIGNATURE_ALGORITHMS, &data);
    }
    if !versions.is_empty() {
        let wires: Vec<u16> = versions.iter().map(|v| v.wire()).collect();
        let mut data = Vec::new();
        put_vec(&mut data, 1, &u16_list8(&wires));
        put_extension(&mut out, extension::SUPPORTED_VERSIONS, &data);
    }
    if tls13 {
        // psk_dhe_ke: what browsers send; no PSK is offered.
        put_extension(&mut out, extension::PSK_KEY_EXCHANGE_MODES, &[1, 1]);
        // key_share last: it is the only extension whose size is unbounded in practice.
        let budget = 0xFFFF_usize.saturating_sub(out.len() + 4 + 2);
        let mut shares = Vec::new();
        for &group in &spec.key_share_groups {
            let Some(value) = key_share_value(group, random) else {
                continue;
            };
            if shares.len() + 4 + value.len() > budget {
                continue;
            }
            put_u16(&mut shares, group);
            put_vec(&mut shares, 2, &value);
        }
        let mut data = Vec::new();
        put_vec(&mut data, 2, &shares);
        put_extension(&mut out, extension::KEY_SHARE, &data);
    }
    out
}

/// The SSLv2 cipher kinds (SSL 2.0 draft, appendix A): RC4-128, RC4-40 export, RC2-128,
/// RC2-40 export, IDEA-128, DES-64, 3DES-192, all with MD5.
pub const SSL2_CIPHER_SPECS: [[u8; 3]; 7] = [
    [0x01, 0x00, 0x80],
    [0x02, 0x00, 0x80],
    [0x03, 0x00, 0x80],
    [0x04, 0x00, 0x80],
    [0x05, 0x00, 0x80],
    [0x06, 0x00, 0x40],
    [0x07, 0x00, 0xC0],
];

/// The name of an SSLv2 cipher kind (`SSL_CK_RC4_128_WITH_MD5`...). Three-byte specs whose first
/// byte is 0 are SSLv3/TLS suites offered in an SSLv2-compatible hello: their catalogue name.
pub fn sslv2_cipher_name(spec: [u8; 3]) -> Option<&'static str> {
    Some(match spec {
        [0x01, 0x00, 0x80] => "SSL_CK_RC4_128_WITH_MD5",
        [0x02, 0x00, 0x80] => "SSL_CK_RC4_128_EXPORT40_WITH_MD5",
        [0x03, 0x00, 0x80] => "SSL_CK_RC2_128_CBC_WITH_MD5",
        [0x04, 0x00, 0x80] => "SSL_CK_RC2_128_CBC_EXPORT40_WITH_MD5",
        [0x05, 0x00, 0x80] => "SSL_CK_IDEA_128_CBC_WITH_MD5",
        [0x06, 0x00, 0x40] => "SSL_CK_DES_64_CBC_WITH_MD5",
        [0x07, 0x00, 0xC0] => "SSL_CK_DES_192_EDE3_CBC_WITH_MD5",
        [0x00, hi, lo] => catalogue::tls_cipher_suite(u16::from_be_bytes([hi, lo]))?.iana_name,
        _ => return None,
    })
}

/// An SSLv2 CLIENT-HELLO (2-byte record header, version 0x0002, no session id). At most 10922
/// cipher specs are written (the record length is 15 bits).
pub fn sslv2_client_hello(cipher_specs: &[[u8; 3]], challenge: [u8; 16]) -> Vec<u8> {
    let specs: Vec<u8> = cipher_specs
        .iter()
        .take((0x7FFF - 9 - 16) / 3)
        .flatten()
        .copied()
        .collect();
    let mut body = Vec::with_capacity(9 + specs.len() + 16);
    body.push(1); // MSG-CLIENT-HELLO
    put_u16(&mut body, ProtocolVersion::Ssl2.wire());
    put_u16(&mut body, specs.len() as u16);
    put_u16(&mut body, 0); // session id length
    put_u16(&mut body, challenge.len() as u16);
    body.extend_from_slice(&specs);
    body.extend_from_slice(&challenge);
    let len = body.len() as u16;
    let mut out = Vec::with_capacity(body.len() + 2);
    put_u16(&mut out, 0x8000 | len);
    out.extend_from_slice(&body);
    out
}

// Generators of the curves whose TLS 1.3 key share is an uncompressed point (SEC 1 §2.3.3),
// as `openssl ecparam -param_enc explicit` prints them.
const P256_G: &str = "046B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C2964FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5";
const P384_G: &str = "04AA87CA22BE8B05378EB1C71EF320AD746E1D3B628BA79B9859F741E082542A385502F25DBF55296C3A545E3872760AB73617DE4A96262C6F5D9E98BF9292DC29F8F41DBD289A147CE9DA3113B5F0B8C00A60B1CE1D7E819D7A431D7C90EA0E5F";
const P521_G: &str = "0400C6858E06B70404E9CD9E3ECB662395B4429C648139053FB521F828AF606B4D3DBAA14B5E77EFE75928FE1DC127A2FFA8DE3348B3C1856A429BF97E7E31C2E5BD66011839296A789A3BC0045C8A5FB42C7D1BD998F54449579B446817AFBD17273E662C97EE72995EF42640C550B9013FAD0761353C7086A272C24088BE94769FD16650";
const BP256_G: &str = "048BD2AEB9CB7E57CB2C4B482FFC81B7AFB9DE27E1E3BD23C23A4453BD9ACE3262547EF835C3DAC4FD97F8461A14611DC9C27745132DED8E545C1D54C72F046997";
const BP384_G: &str = "041D1C64F068CF45FFA2A63A81B7C13F6B8847A3E77EF14FE3DB7FCAFE0CBD10E8E826E03436D646AAEF87B2E247D4AF1E8ABE1D7520F9C2A45CB1EB8E95CFD55262B70B29FEEC5864E19C054FF99129280E4646217791811142820341263C5315";
const BP512_G: &str = "0481AEE4BDD82ED9645A21322E9C4C6A9385ED9F70B5D916C1B43B62EEF4D0098EFF3B1F78E2D0D48D50D1687B93B97D5F7C6D5047406A5E688B352209BCB9F8227DDE385D566332ECC0EABFA9CF7822FDF209F70024A57B1AA000C55B881F8111B2DCDE494A5F485E5BCA4BD88A2763AED1CA2B2FA8F0540678CD1E0F3AD80892";
const SM2_G: &str = "0432C4AE2C1F1981195F9904466A39C9948FE30BBFF2660BE1715A4589334C74C7BC3736A2F4F6779C59BDCEE36B692153D0A9877CC62A474002DF32E52139F0A0";

fn hex(s: &str) -> Vec<u8> {
    s.as_bytes()
        .chunks(2)
        .map(|p| {
            let digit = |c: u8| match c {
                b'0'..=b'9' => c - b'0',
                b'A'..=b'F' => c - b'A' + 10,
                b'a'..=b'f' => c - b'a' + 10,
                _ => 0,
            };
            match *p {
                [h, l] => digit(h) << 4 | digit(l),
                _ => 0,
            }
        })
        .collect()
}

/// What a group's client key share is made of.
#[derive(Debug, Clone, Copy)]
enum Share {
    /// Montgomery u-coordinate of this many bytes (X25519, X448).
    Montgomery(usize),
    /// Uncompressed point: the curve's generator.
    Point(&'static str),
    /// Finite-field DH public value left-padded to the prime's byte length.
    Ffdhe(usize),
    /// ML-KEM encapsulation key with k = this.
    MlKem(usize),
    /// Concatenation of two shares, in wire order.
    Hybrid(&'static Share, &'static Share),
}

const X25519_SHARE: Share = Share::Montgomery(32);
const P256_SHARE: Share = Share::Point(P256_G);
const P384_SHARE: Share = Share::Point(P384_G);
const MLKEM768_SHARE: Share = Share::MlKem(3);
const MLKEM1024_SHARE: Share = Share::MlKem(4);

fn share_kind(group: u16) -> Option<Share> {
    Some(match group {
        23 => P256_SHARE,
        24 => P384_SHARE,
        25 => Share::Point(P521_G),
        26 | 31 => Share::Point(BP256_G),
        27 | 32 => Share::Point(BP384_G),
        28 | 33 => Share::Point(BP512_G),
        29 => X25519_SHARE,
        30 => Share::Montgomery(56),
        41 => Share::Point(SM2_G),
        256 => Share::Ffdhe(256),
        257 => Share::Ffdhe(384),
        258 => Share::Ffdhe(512),
        259 => Share::Ffdhe(768),
        260 => Share::Ffdhe(1024),
        0x0200 => Share::MlKem(2),
        0x0201 => MLKEM768_SHARE,
        0x0202 => MLKEM1024_SHARE,
        // draft-ietf-tls-ecdhe-mlkem: X25519MLKEM768 puts ML-KEM first, the NIST-curve hybrids
        // put the point first.
        0x11EB => Share::Hybrid(&P256_SHARE, &MLKEM768_SHARE),
        0x11EC => Share::Hybrid(&MLKEM768_SHARE, &X25519_SHARE),
        0x11ED => Share::Hybrid(&P384_SHARE, &MLKEM1024_SHARE),
        // draft-tls-westerbaan-xyber768d00: the classical share first; Kyber768 round-3 public
        // keys have the same encoding and size as ML-KEM-768 encapsulation keys.
        0x6399 => Share::Hybrid(&X25519_SHARE, &MLKEM768_SHARE),
        0x639A => Share::Hybrid(&P256_SHARE, &MLKEM768_SHARE),
        _ => return None,
    })
}

fn share_len(share: &Share) -> usize {
    match *share {
        Share::Montgomery(n) | Share::Ffdhe(n) => n,
        Share::Point(g) => g.len() / 2,
        Share::MlKem(k) => 384 * k + 32,
        Share::Hybrid(a, b) => share_len(a) + share_len(b),
    }
}

/// The length of the client key share this module writes for `group` (x25519 32, secp256r1 65,
/// ffdhe2048 256, MLKEM768 1184, X25519MLKEM768 1216, SecP256r1MLKEM768 1249,
/// SecP384r1MLKEM1024 1665...); `None` for groups whose share format is not known here.
pub fn key_share_len(group: u16) -> Option<usize> {
    share_kind(group).map(|s| share_len(&s))
}

/// The length of a well-formed server key share for `group` in a TLS 1.3 ServerHello: the
/// client's length for (EC)DH groups, the ML-KEM ciphertext (768/1088/1568 bytes) in place of the
/// encapsulation key for ML-KEM and the hybrids (X25519MLKEM768 1120, SecP256r1MLKEM768 1153,
/// SecP384r1MLKEM1024 1665).
pub fn server_key_share_len(group: u16) -> Option<usize> {
    fn len(share: &Share) -> usize {
        match *share {
            Share::MlKem(2) => 768,
            Share::MlKem(3) => 1088,
            Share::MlKem(k) => 384 * k + 32,
            Share::Hybrid(a, b) => len(a) + len(b),
            _ => share_len(share),
        }
    }
    share_kind(group).map(|s| len(&s))
}

/// A well-formed client key share for `group`, derived deterministically from `seed` (the
/// ClientHello random), or `None` when the group's share format is not known here.
///
/// - X25519/X448: bytes from SHA-256 over the seed (every string is a valid u-coordinate).
/// - NIST P-256/384/521, brainpool and SM2 curves: the curve's generator G, uncompressed — a
///   point the server's on-curve check accepts (a random string would not be on the curve).
/// - FFDHE (RFC 7919): Y = g = 2, left-padded to the prime's length; it lies in the prime-order
///   subgroup, so it passes `1 < Y < p-1` and the `Y^q = 1` check.
/// - ML-KEM (FIPS 203): `ByteEncode12(t) || rho` with every coefficient of t drawn from the seed
///   and reduced mod q = 3329, so the encapsulation-key modulus check (FIPS 203 §7.2) passes;
///   rho is 32 seed-derived bytes. The hybrids concatenate their parts in the drafts' order.
pub fn key_share_value(group: u16, seed: &[u8; 32]) -> Option<Vec<u8>> {
    let share = share_kind(group)?;
    let mut out = Vec::with_capacity(share_len(&share));
    write_share(&share, group, seed, &mut out);
    Some(out)
}

fn write_share(share: &Share, group: u16, seed: &[u8; 32], out: &mut Vec<u8>) {
    match *share {
        Share::Montgomery(n) => out.extend(expand(seed, group, b"montgomery", n)),
        Share::Point(g) => out.extend(hex(g)),
        Share::Ffdhe(n) => {
            out.extend(std::iter::repeat_n(0u8, n.saturating_sub(1)));
            out.push(2);
        }
        Share::MlKem(k) => {
            let randomness = expand(seed, group, b"ml-kem t", 256 * k * 2);
            for pair in randomness.chunks_exact(4) {
                let [a, b, c, d] = *pair else { continue };
                let c0 = u16::from_le_bytes([a, b]) % 3329;
                let c1 = u16::from_le_bytes([c, d]) % 3329;
                // ByteEncode12: two 12-bit coefficients, little-endian, in three bytes.
                out.push((c0 & 0xFF) as u8);
                out.push(((c0 >> 8) | ((c1 & 0x0F) << 4)) as u8);
                out.push((c1 >> 4) as u8);
            }
            out.extend(expand(seed, group, b"ml-kem rho", 32));
        }
        Share::Hybrid(a, b) => {
            write_share(a, group, seed, out);
            write_share(b, group, seed, out);
        }
    }
}

/// `len` bytes of SHA-256(label || group || counter || seed) blocks.
fn expand(seed: &[u8; 32], group: u16, label: &[u8], len: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(len + 32);
    let mut counter = 0u32;
    while out.len() < len {
        let mut h = Sha256::new();
        h.update(b"mamori key share ");
        h.update(label);
        h.update(group.to_be_bytes());
        h.update(counter.to_be_bytes());
        h.update(seed);
        out.extend_from_slice(&h.finalize());
        counter = counter.wrapping_add(1);
    }
    out.truncate(len);
    out
}
