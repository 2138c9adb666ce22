//! TLS codepoints (IANA TLS parameters registry).

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TlsCipherSuite {
    pub code: u16,
    /// IANA description, e.g. `TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256`.
    pub iana_name: &'static str,
    /// OpenSSL name, e.g. `ECDHE-RSA-AES128-GCM-SHA256`, when OpenSSL has one.
    pub openssl_name: Option<&'static str>,
    /// Catalogue entry names of the parts; `None` where the suite leaves a part to the handshake
    /// (TLS 1.3 suites negotiate key exchange and authentication separately).
    pub key_exchange: Option<&'static str>,
    pub authentication: Option<&'static str>,
    pub cipher: &'static str,
    pub mac: Option<&'static str>,
    /// Export-grade suite (deliberately weakened).
    pub export: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TlsGroup {
    pub code: u16,
    /// IANA name: `x25519`, `secp256r1`, `X25519MLKEM768`, `ffdhe2048`.
    pub name: &'static str,
    /// Catalogue entry name.
    pub entry: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TlsSignatureScheme {
    pub code: u16,
    /// IANA name: `rsa_pss_rsae_sha256`, `ecdsa_secp256r1_sha256`, `mldsa65`.
    pub name: &'static str,
    /// Catalogue entry name.
    pub entry: &'static str,
}

pub(super) static CIPHER_SUITES: &[TlsCipherSuite] = &[];
pub(super) static GROUPS: &[TlsGroup] = &[];
pub(super) static SIGNATURE_SCHEMES: &[TlsSignatureScheme] = &[];

pub(super) fn cipher_suite(code: u16) -> Option<&'static TlsCipherSuite> {
    CIPHER_SUITES.iter().find(|s| s.code == code)
}

pub(super) fn cipher_suite_by_name(name: &str) -> Option<&'static TlsCipherSuite> {
    CIPHER_SUITES.iter().find(|s| {
        s.iana_name.eq_ignore_ascii_case(name)
            || s.openssl_name.is_some_and(|o| o.eq_ignore_ascii_case(name))
    })
}

pub(super) fn group(code: u16) -> Option<&'static TlsGroup> {
    GROUPS.iter().find(|g| g.code == code)
}

pub(super) fn signature_scheme(code: u16) -> Option<&'static TlsSignatureScheme> {
    SIGNATURE_SCHEMES.iter().find(|s| s.code == code)
}
