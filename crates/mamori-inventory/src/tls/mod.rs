//! mamori's own TLS handshake codec, over bytes: a ClientHello builder that can offer any
//! codepoint (hybrid and pure ML-KEM groups, obsolete suites, SSLv2) and parsers for what a server
//! answers before it encrypts — ServerHello, HelloRetryRequest, Certificate, ServerKeyExchange,
//! ServerHelloDone, alerts and the SSLv2 SERVER-HELLO. No sockets: the prober writes
//! [`client_hello`]'s bytes and feeds what comes back to a [`HandshakeReader`].
//!
//! Size limits (every length is checked before anything is buffered):
//! - a record's fragment: at most [`MAX_RECORD_LEN`] (2^14 + 2048) bytes;
//! - a handshake message body: at most [`MAX_CERTIFICATE_MSG_LEN`] (256 KiB) for Certificate,
//!   [`MAX_HANDSHAKE_MSG_LEN`] (64 KiB) for every other message;
//! - at most [`MAX_CERTIFICATES`] (64) certificates in a Certificate message;
//! - at most [`MAX_BUFFERED`] (2 MiB) of fed bytes not yet taken out as events.
//!
//! Decisions:
//! - [`HandshakeReader`] parses ServerKeyExchange itself, with the suite and version of the
//!   ServerHello it read before ([`kex_kind`]); [`parse_server_key_exchange`] is public for
//!   bodies read otherwise. Unsigned exchanges (anonymous, PSK) are told apart by the body ending
//!   after the parameters.
//! - Key shares are well-formed without being usable: the curve generator for NIST, brainpool
//!   and SM2 curves, hash-derived bytes for X25519/X448, g = 2 for FFDHE, and ML-KEM
//!   encapsulation keys whose coefficients are all below q (see [`key_share_value`]). The
//!   prober never completes a handshake, so no private key exists.
//! - The codec stops where encryption starts: [`ServerEvent::Encrypted`] per protected record.
//!
//! Errors are [`InventoryError::Tls`](crate::error::InventoryError::Tls). Its `offset` is, for
//! [`HandshakeReader`], the position in the stream of bytes fed since [`HandshakeReader::new`]
//! (for a handshake message reassembled from several records, the stream position of the
//! offending byte); for the `parse_*` functions, the position in the message body given.

mod client_hello;
mod reader;
mod server;
mod wire;

pub use client_hello::{
    ClientHelloSpec, SSL2_CIPHER_SPECS, client_hello, key_share_len, key_share_value,
    server_key_share_len, sslv2_cipher_name, sslv2_client_hello,
};
pub use reader::{HandshakeReader, MAX_BUFFERED, ServerEvent};
pub use server::{
    CertificateMsg, ServerHello, ServerKeyExchange, parse_certificate, parse_server_hello,
    parse_server_key_exchange, parse_sslv2_server_hello,
};

use mamori_model::catalogue;

/// The largest record fragment accepted: TLSCiphertext's 2^14 + 2048 (RFC 5246 §6.2.3).
pub const MAX_RECORD_LEN: usize = (1 << 14) + 2048;
/// The largest plaintext fragment this crate writes (RFC 8446 §5.1).
pub const MAX_PLAINTEXT_LEN: usize = 1 << 14;
/// The largest handshake message body accepted, except Certificate.
pub const MAX_HANDSHAKE_MSG_LEN: usize = 64 * 1024;
/// The largest Certificate message body accepted.
pub const MAX_CERTIFICATE_MSG_LEN: usize = 256 * 1024;
/// The most certificates accepted in one Certificate message.
pub const MAX_CERTIFICATES: usize = 64;

/// The ServerHello.random of a HelloRetryRequest: SHA-256("HelloRetryRequest") (RFC 8446 §4.1.3).
pub const HRR_RANDOM: [u8; 32] = [
    0xCF, 0x21, 0xAD, 0x74, 0xE5, 0x9A, 0x61, 0x11, 0xBE, 0x1D, 0x8C, 0x02, 0x1E, 0x65, 0xB8, 0x91,
    0xC2, 0xA2, 0x11, 0x16, 0x7A, 0xBB, 0x8C, 0x5E, 0x07, 0x9E, 0x09, 0xE2, 0xC8, 0xA8, 0x33, 0x9C,
];

/// The first seven bytes of the last eight of ServerHello.random when a TLS 1.3 capable server
/// negotiates a lower version ("DOWNGRD", RFC 8446 §4.1.3); the eighth is 0x01 (negotiated TLS
/// 1.2) or 0x00 (negotiated TLS 1.1 or below).
pub const DOWNGRADE_PREFIX: [u8; 7] = *b"DOWNGRD";

/// TLS record content types.
pub mod content_type {
    pub const CHANGE_CIPHER_SPEC: u8 = 20;
    pub const ALERT: u8 = 21;
    pub const HANDSHAKE: u8 = 22;
    pub const APPLICATION_DATA: u8 = 23;
    pub const HEARTBEAT: u8 = 24;
}

/// Handshake message types.
pub mod handshake_type {
    pub const HELLO_REQUEST: u8 = 0;
    pub const CLIENT_HELLO: u8 = 1;
    pub const SERVER_HELLO: u8 = 2;
    pub const NEW_SESSION_TICKET: u8 = 4;
    pub const END_OF_EARLY_DATA: u8 = 5;
    pub const ENCRYPTED_EXTENSIONS: u8 = 8;
    pub const CERTIFICATE: u8 = 11;
    pub const SERVER_KEY_EXCHANGE: u8 = 12;
    pub const CERTIFICATE_REQUEST: u8 = 13;
    pub const SERVER_HELLO_DONE: u8 = 14;
    pub const CERTIFICATE_VERIFY: u8 = 15;
    pub const CLIENT_KEY_EXCHANGE: u8 = 16;
    pub const FINISHED: u8 = 20;
    pub const CERTIFICATE_STATUS: u8 = 22;
    pub const KEY_UPDATE: u8 = 24;
    pub const MESSAGE_HASH: u8 = 254;
}

/// Extension types (IANA "TLS ExtensionType Values").
pub mod extension {
    pub const SERVER_NAME: u16 = 0;
    pub const MAX_FRAGMENT_LENGTH: u16 = 1;
    pub const STATUS_REQUEST: u16 = 5;
    pub const SUPPORTED_GROUPS: u16 = 10;
    pub const EC_POINT_FORMATS: u16 = 11;
    pub const SIGNATURE_ALGORITHMS: u16 = 13;
    pub const USE_SRTP: u16 = 14;
    pub const HEARTBEAT: u16 = 15;
    pub const ALPN: u16 = 16;
    pub const STATUS_REQUEST_V2: u16 = 17;
    pub const SIGNED_CERTIFICATE_TIMESTAMP: u16 = 18;
    pub const PADDING: u16 = 21;
    pub const ENCRYPT_THEN_MAC: u16 = 22;
    pub const EXTENDED_MASTER_SECRET: u16 = 23;
    pub const COMPRESS_CERTIFICATE: u16 = 27;
    pub const RECORD_SIZE_LIMIT: u16 = 28;
    pub const SESSION_TICKET: u16 = 35;
    pub const PRE_SHARED_KEY: u16 = 41;
    pub const EARLY_DATA: u16 = 42;
    pub const SUPPORTED_VERSIONS: u16 = 43;
    pub const COOKIE: u16 = 44;
    pub const PSK_KEY_EXCHANGE_MODES: u16 = 45;
    pub const CERTIFICATE_AUTHORITIES: u16 = 47;
    pub const OID_FILTERS: u16 = 48;
    pub const POST_HANDSHAKE_AUTH: u16 = 49;
    pub const SIGNATURE_ALGORITHMS_CERT: u16 = 50;
    pub const KEY_SHARE: u16 = 51;
    pub const ENCRYPTED_CLIENT_HELLO: u16 = 0xFE0D;
    pub const RENEGOTIATION_INFO: u16 = 0xFF01;
}

/// The IANA name of an extension type, when known.
pub fn extension_name(ext: u16) -> Option<&'static str> {
    use extension::*;
    Some(match ext {
        SERVER_NAME => "server_name",
        MAX_FRAGMENT_LENGTH => "max_fragment_length",
        STATUS_REQUEST => "status_request",
        SUPPORTED_GROUPS => "supported_groups",
        EC_POINT_FORMATS => "ec_point_formats",
        SIGNATURE_ALGORITHMS => "signature_algorithms",
        USE_SRTP => "use_srtp",
        HEARTBEAT => "heartbeat",
        ALPN => "application_layer_protocol_negotiation",
        STATUS_REQUEST_V2 => "status_request_v2",
        SIGNED_CERTIFICATE_TIMESTAMP => "signed_certificate_timestamp",
        PADDING => "padding",
        ENCRYPT_THEN_MAC => "encrypt_then_mac",
        EXTENDED_MASTER_SECRET => "extended_master_secret",
        COMPRESS_CERTIFICATE => "compress_certificate",
        RECORD_SIZE_LIMIT => "record_size_limit",
        SESSION_TICKET => "session_ticket",
        PRE_SHARED_KEY => "pre_shared_key",
        EARLY_DATA => "early_data",
        SUPPORTED_VERSIONS => "supported_versions",
        COOKIE => "cookie",
        PSK_KEY_EXCHANGE_MODES => "psk_key_exchange_modes",
        CERTIFICATE_AUTHORITIES => "certificate_authorities",
        OID_FILTERS => "oid_filters",
        POST_HANDSHAKE_AUTH => "post_handshake_auth",
        SIGNATURE_ALGORITHMS_CERT => "signature_algorithms_cert",
        KEY_SHARE => "key_share",
        ENCRYPTED_CLIENT_HELLO => "encrypted_client_hello",
        RENEGOTIATION_INFO => "renegotiation_info",
        _ => return None,
    })
}

/// Alert levels.
pub mod alert_level {
    pub const WARNING: u8 = 1;
    pub const FATAL: u8 = 2;
}

/// Alert descriptions (IANA "TLS Alerts").
pub mod alert {
    pub const CLOSE_NOTIFY: u8 = 0;
    pub const UNEXPECTED_MESSAGE: u8 = 10;
    pub const BAD_RECORD_MAC: u8 = 20;
    pub const DECRYPTION_FAILED: u8 = 21;
    pub const RECORD_OVERFLOW: u8 = 22;
    pub const DECOMPRESSION_FAILURE: u8 = 30;
    pub const HANDSHAKE_FAILURE: u8 = 40;
    pub const NO_CERTIFICATE: u8 = 41;
    pub const BAD_CERTIFICATE: u8 = 42;
    pub const UNSUPPORTED_CERTIFICATE: u8 = 43;
    pub const CERTIFICATE_REVOKED: u8 = 44;
    pub const CERTIFICATE_EXPIRED: u8 = 45;
    pub const CERTIFICATE_UNKNOWN: u8 = 46;
    pub const ILLEGAL_PARAMETER: u8 = 47;
    pub const UNKNOWN_CA: u8 = 48;
    pub const ACCESS_DENIED: u8 = 49;
    pub const DECODE_ERROR: u8 = 50;
    pub const DECRYPT_ERROR: u8 = 51;
    pub const EXPORT_RESTRICTION: u8 = 60;
    pub const PROTOCOL_VERSION: u8 = 70;
    pub const INSUFFICIENT_SECURITY: u8 = 71;
    pub const INTERNAL_ERROR: u8 = 80;
    pub const INAPPROPRIATE_FALLBACK: u8 = 86;
    pub const USER_CANCELED: u8 = 90;
    pub const NO_RENEGOTIATION: u8 = 100;
    pub const MISSING_EXTENSION: u8 = 109;
    pub const UNSUPPORTED_EXTENSION: u8 = 110;
    pub const CERTIFICATE_UNOBTAINABLE: u8 = 111;
    pub const UNRECOGNIZED_NAME: u8 = 112;
    pub const BAD_CERTIFICATE_STATUS_RESPONSE: u8 = 113;
    pub const BAD_CERTIFICATE_HASH_VALUE: u8 = 114;
    pub const UNKNOWN_PSK_IDENTITY: u8 = 115;
    pub const CERTIFICATE_REQUIRED: u8 = 116;
    pub const GENERAL_ERROR: u8 = 117;
    pub const NO_APPLICATION_PROTOCOL: u8 = 120;
    pub const ECH_REQUIRED: u8 = 121;
}

/// The IANA name of an alert description; `"unknown"` for unassigned values.
pub fn alert_name(description: u8) -> &'static str {
    use alert::*;
    match description {
        CLOSE_NOTIFY => "close_notify",
        UNEXPECTED_MESSAGE => "unexpected_message",
        BAD_RECORD_MAC => "bad_record_mac",
        DECRYPTION_FAILED => "decryption_failed",
        RECORD_OVERFLOW => "record_overflow",
        DECOMPRESSION_FAILURE => "decompression_failure",
        HANDSHAKE_FAILURE => "handshake_failure",
        NO_CERTIFICATE => "no_certificate",
        BAD_CERTIFICATE => "bad_certificate",
        UNSUPPORTED_CERTIFICATE => "unsupported_certificate",
        CERTIFICATE_REVOKED => "certificate_revoked",
        CERTIFICATE_EXPIRED => "certificate_expired",
        CERTIFICATE_UNKNOWN => "certificate_unknown",
        ILLEGAL_PARAMETER => "illegal_parameter",
        UNKNOWN_CA => "unknown_ca",
        ACCESS_DENIED => "access_denied",
        DECODE_ERROR => "decode_error",
        DECRYPT_ERROR => "decrypt_error",
        EXPORT_RESTRICTION => "export_restriction",
        PROTOCOL_VERSION => "protocol_version",
        INSUFFICIENT_SECURITY => "insufficient_security",
        INTERNAL_ERROR => "internal_error",
        INAPPROPRIATE_FALLBACK => "inappropriate_fallback",
        USER_CANCELED => "user_canceled",
        NO_RENEGOTIATION => "no_renegotiation",
        MISSING_EXTENSION => "missing_extension",
        UNSUPPORTED_EXTENSION => "unsupported_extension",
        CERTIFICATE_UNOBTAINABLE => "certificate_unobtainable",
        UNRECOGNIZED_NAME => "unrecognized_name",
        BAD_CERTIFICATE_STATUS_RESPONSE => "bad_certificate_status_response",
        BAD_CERTIFICATE_HASH_VALUE => "bad_certificate_hash_value",
        UNKNOWN_PSK_IDENTITY => "unknown_psk_identity",
        CERTIFICATE_REQUIRED => "certificate_required",
        GENERAL_ERROR => "general_error",
        NO_APPLICATION_PROTOCOL => "no_application_protocol",
        ECH_REQUIRED => "ech_required",
        _ => "unknown",
    }
}

/// A protocol version of the SSL/TLS family. Ordered: `Ssl2 < Ssl3 < ... < Tls13`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ProtocolVersion {
    Ssl2,
    Ssl3,
    Tls10,
    Tls11,
    Tls12,
    Tls13,
}

impl ProtocolVersion {
    /// Every version, oldest first.
    pub const ALL: [ProtocolVersion; 6] = [
        ProtocolVersion::Ssl2,
        ProtocolVersion::Ssl3,
        ProtocolVersion::Tls10,
        ProtocolVersion::Tls11,
        ProtocolVersion::Tls12,
        ProtocolVersion::Tls13,
    ];

    /// The version's codepoint: 0x0002 for SSLv2 (its CLIENT-HELLO's version), 0x0300–0x0304.
    pub const fn wire(self) -> u16 {
        match self {
            ProtocolVersion::Ssl2 => 0x0002,
            ProtocolVersion::Ssl3 => 0x0300,
            ProtocolVersion::Tls10 => 0x0301,
            ProtocolVersion::Tls11 => 0x0302,
            ProtocolVersion::Tls12 => 0x0303,
            ProtocolVersion::Tls13 => 0x0304,
        }
    }

    /// The version a codepoint names; `None` for anything else (TLS 1.3 drafts 0x7Fxx included).
    pub const fn from_wire(wire: u16) -> Option<Self> {
        Some(match wire {
            0x0002 => ProtocolVersion::Ssl2,
            0x0300 => ProtocolVersion::Ssl3,
            0x0301 => ProtocolVersion::Tls10,
            0x0302 => ProtocolVersion::Tls11,
            0x0303 => ProtocolVersion::Tls12,
            0x0304 => ProtocolVersion::Tls13,
            _ => return None,
        })
    }

    /// `"SSLv2"`, `"SSLv3"`, `"TLSv1.0"`, `"TLSv1.1"`, `"TLSv1.2"`, `"TLSv1.3"`.
    pub const fn name(self) -> &'static str {
        match self {
            ProtocolVersion::Ssl2 => "SSLv2",
            ProtocolVersion::Ssl3 => "SSLv3",
            ProtocolVersion::Tls10 => "TLSv1.0",
            ProtocolVersion::Tls11 => "TLSv1.1",
            ProtocolVersion::Tls12 => "TLSv1.2",
            ProtocolVersion::Tls13 => "TLSv1.3",
        }
    }
}

impl std::fmt::Display for ProtocolVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl serde::Serialize for ProtocolVersion {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

/// What a TLS ≤ 1.2 ServerKeyExchange of a suite carries, which decides how it is parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KexKind {
    /// ECDHE (signed) and ECDH_anon: ECParameters, ECPoint, then the signature if any.
    Ecdhe,
    /// DHE (signed, export included) and DH_anon: p, g, Ys, then the signature if any.
    Dhe,
    /// ECDHE_PSK (RFC 5489): psk_identity_hint, then ECDHE parameters; no signature.
    EcdhePsk,
    /// DHE_PSK (RFC 4279): psk_identity_hint, then DH parameters; no signature.
    DhePsk,
    /// RSA_EXPORT (RFC 2246 §7.4.3): a temporary RSA key (modulus, exponent) and its signature.
    RsaExport,
    /// Anything else (RSA key transport, PSK, RSA_PSK, SRP, static DH/ECDH, Kerberos, GOST, TLS
    /// 1.3 suites, unknown codepoints): parsed as [`ServerKeyExchange::Unknown`].
    Other,
}

/// The ServerKeyExchange shape of a cipher suite, from the catalogue's key exchange and
/// authentication names.
pub fn kex_kind(suite: u16) -> KexKind {
    let Some(s) = catalogue::tls_cipher_suite(suite) else {
        return KexKind::Other;
    };
    let psk = s.authentication == Some("PSK");
    match s.key_exchange {
        Some("ECDHE") if psk => KexKind::EcdhePsk,
        Some("ECDHE") => KexKind::Ecdhe,
        Some("DHE" | "DHE-Export" | "DHE-Export1024") if psk => KexKind::DhePsk,
        Some("DHE" | "DHE-Export" | "DHE-Export1024") => KexKind::Dhe,
        Some("RSA-Export" | "RSA-Export1024") => KexKind::RsaExport,
        _ => KexKind::Other,
    }
}

#[cfg(test)]
mod tests;
