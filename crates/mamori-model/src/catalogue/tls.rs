//! TLS codepoints (IANA TLS parameters registry).
//!
//! Cipher suites: every assigned IANA codepoint up to RFC 9367 (SSL 3.0/TLS 1.0 export and
//! Kerberos suites, NULL and anonymous suites, RC4, DES/3DES, AES CBC/GCM/CCM, Camellia, ARIA,
//! SEED, ChaCha20-Poly1305, PSK, SRP, ECCPWD, SM and GOST suites, TLS 1.3 including the AEGIS
//! suites of draft-irtf-cfrg-aegis-aead) plus suites that shipped without an IANA assignment:
//! the OpenSSL/SSLeay `EXPORT1024` suites 0x0060–0x0066, the pre-standard ChaCha20 suites
//! 0xCC13–0xCC15 and the Netscape FIPS suites 0xFEFE/0xFEFF.
//! Signalling values (TLS_EMPTY_RENEGOTIATION_INFO_SCSV 0x00FF, TLS_FALLBACK_SCSV 0x5600) and
//! GREASE values (RFC 8701) are not suites and are absent: a parser should skip them.
//!
//! The parts of a suite name catalogue entries:
//! - `key_exchange`: `RSA-KeyTransport`, `DHE`, `DH` (static), `ECDHE`, `ECDH` (static), `PSK`,
//!   `SRP`, `KRB5`, `ECCPWD`, the export variants, GOST VKO. `DHE`/`ECDHE`/`DH`/`ECDH`/`SRP`
//!   carry no strength: the negotiated group ([`group`]) or the certificate's key decides.
//!   Anonymous suites (`DH_anon`, `ECDH_anon`) are ephemeral exchanges with `anon` authentication.
//! - `authentication`: `RSA`, `DSA`, `ECDSA`, `PSK`, `SRP`, `KRB5`, `anon`: the certificate key
//!   decides the strength. RSA_PSK suites authenticate the server with RSA.
//! - `mac`: the HMAC of CBC/stream/NULL suites (`_MD5` → HMAC-MD5, `_SHA` → HMAC-SHA1, ...);
//!   `None` for AEAD ciphers, whose integrity is the cipher's, and for TLS 1.3 suites, where it
//!   names the HKDF hash only.
//! - TLS 1.3 suites (0x1301–0x1307, SM 0x00C6/0x00C7, integrity-only 0xC0B4/0xC0B5, GOST MGM
//!   0xC103–0xC106) leave key exchange and authentication to the handshake: both `None`.
//!
//! Groups and signature schemes: the IANA registries, the ML-KEM groups of
//! draft-ietf-tls-mlkem / draft-ietf-tls-ecdhe-mlkem, the obsolete Kyber draft groups, and the
//! ML-DSA schemes of draft-ietf-tls-mldsa. The TLS 1.2 `HashAlgorithm`/`SignatureAlgorithm` pairs
//! that TLS 1.3 reserves (MD5, SHA-224, DSA) carry their TLS 1.2 names (`rsa_md5`, `dsa_sha256`).

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

#[allow(clippy::too_many_arguments)]
const fn s(
    code: u16,
    iana_name: &'static str,
    openssl_name: Option<&'static str>,
    key_exchange: Option<&'static str>,
    authentication: Option<&'static str>,
    cipher: &'static str,
    mac: Option<&'static str>,
    export: bool,
) -> TlsCipherSuite {
    TlsCipherSuite {
        code,
        iana_name,
        openssl_name,
        key_exchange,
        authentication,
        cipher,
        mac,
        export,
    }
}

const fn g(code: u16, name: &'static str, entry: &'static str) -> TlsGroup {
    TlsGroup { code, name, entry }
}

const fn sig(code: u16, name: &'static str, entry: &'static str) -> TlsSignatureScheme {
    TlsSignatureScheme { code, name, entry }
}

/// Sorted by codepoint (a test checks it).
#[rustfmt::skip]
pub(super) static CIPHER_SUITES: &[TlsCipherSuite] = &[
    s(0x0000, "TLS_NULL_WITH_NULL_NULL", None, None, None, "NULL", None, false),
    s(0x0001, "TLS_RSA_WITH_NULL_MD5", Some("NULL-MD5"), Some("RSA-KeyTransport"), Some("RSA"), "NULL", Some("HMAC-MD5"), false),
    s(0x0002, "TLS_RSA_WITH_NULL_SHA", Some("NULL-SHA"), Some("RSA-KeyTransport"), Some("RSA"), "NULL", Some("HMAC-SHA1"), false),
    s(0x0003, "TLS_RSA_EXPORT_WITH_RC4_40_MD5", Some("EXP-RC4-MD5"), Some("RSA-Export"), Some("RSA"), "RC4-40", Some("HMAC-MD5"), true),
    s(0x0004, "TLS_RSA_WITH_RC4_128_MD5", Some("RC4-MD5"), Some("RSA-KeyTransport"), Some("RSA"), "RC4-128", Some("HMAC-MD5"), false),
    s(0x0005, "TLS_RSA_WITH_RC4_128_SHA", Some("RC4-SHA"), Some("RSA-KeyTransport"), Some("RSA"), "RC4-128", Some("HMAC-SHA1"), false),
    s(0x0006, "TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5", Some("EXP-RC2-CBC-MD5"), Some("RSA-Export"), Some("RSA"), "RC2-40-CBC", Some("HMAC-MD5"), true),
    s(0x0007, "TLS_RSA_WITH_IDEA_CBC_SHA", Some("IDEA-CBC-SHA"), Some("RSA-KeyTransport"), Some("RSA"), "IDEA-CBC", Some("HMAC-SHA1"), false),
    s(0x0008, "TLS_RSA_EXPORT_WITH_DES40_CBC_SHA", Some("EXP-DES-CBC-SHA"), Some("RSA-Export"), Some("RSA"), "DES40-CBC", Some("HMAC-SHA1"), true),
    s(0x0009, "TLS_RSA_WITH_DES_CBC_SHA", Some("DES-CBC-SHA"), Some("RSA-KeyTransport"), Some("RSA"), "DES-CBC", Some("HMAC-SHA1"), false),
    s(0x000A, "TLS_RSA_WITH_3DES_EDE_CBC_SHA", Some("DES-CBC3-SHA"), Some("RSA-KeyTransport"), Some("RSA"), "DES-EDE3-CBC", Some("HMAC-SHA1"), false),
    s(0x000B, "TLS_DH_DSS_EXPORT_WITH_DES40_CBC_SHA", Some("EXP-DH-DSS-DES-CBC-SHA"), Some("DH-Export"), Some("DSA"), "DES40-CBC", Some("HMAC-SHA1"), true),
    s(0x000C, "TLS_DH_DSS_WITH_DES_CBC_SHA", Some("DH-DSS-DES-CBC-SHA"), Some("DH"), Some("DSA"), "DES-CBC", Some("HMAC-SHA1"), false),
    s(0x000D, "TLS_DH_DSS_WITH_3DES_EDE_CBC_SHA", Some("DH-DSS-DES-CBC3-SHA"), Some("DH"), Some("DSA"), "DES-EDE3-CBC", Some("HMAC-SHA1"), false),
    s(0x000E, "TLS_DH_RSA_EXPORT_WITH_DES40_CBC_SHA", Some("EXP-DH-RSA-DES-CBC-SHA"), Some("DH-Export"), Some("RSA"), "DES40-CBC", Some("HMAC-SHA1"), true),
    s(0x000F, "TLS_DH_RSA_WITH_DES_CBC_SHA", Some("DH-RSA-DES-CBC-SHA"), Some("DH"), Some("RSA"), "DES-CBC", Some("HMAC-SHA1"), false),
    s(0x0010, "TLS_DH_RSA_WITH_3DES_EDE_CBC_SHA", Some("DH-RSA-DES-CBC3-SHA"), Some("DH"), Some("RSA"), "DES-EDE3-CBC", Some("HMAC-SHA1"), false),
    s(0x0011, "TLS_DHE_DSS_EXPORT_WITH_DES40_CBC_SHA", Some("EXP-EDH-DSS-DES-CBC-SHA"), Some("DHE-Export"), Some("DSA"), "DES40-CBC", Some("HMAC-SHA1"), true),
    s(0x0012, "TLS_DHE_DSS_WITH_DES_CBC_SHA", Some("EDH-DSS-DES-CBC-SHA"), Some("DHE"), Some("DSA"), "DES-CBC", Some("HMAC-SHA1"), false),
    s(0x0013, "TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA", Some("EDH-DSS-DES-CBC3-SHA"), Some("DHE"), Some("DSA"), "DES-EDE3-CBC", Some("HMAC-SHA1"), false),
    s(0x0014, "TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA", Some("EXP-EDH-RSA-DES-CBC-SHA"), Some("DHE-Export"), Some("RSA"), "DES40-CBC", Some("HMAC-SHA1"), true),
    s(0x0015, "TLS_DHE_RSA_WITH_DES_CBC_SHA", Some("EDH-RSA-DES-CBC-SHA"), Some("DHE"), Some("RSA"), "DES-CBC", Some("HMAC-SHA1"), false),
    s(0x0016, "TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA", Some("EDH-RSA-DES-CBC3-SHA"), Some("DHE"), Some("RSA"), "DES-EDE3-CBC", Some("HMAC-SHA1"), false),
    s(0x0017, "TLS_DH_anon_EXPORT_WITH_RC4_40_MD5", Some("EXP-ADH-RC4-MD5"), Some("DHE-Export"), Some("anon"), "RC4-40", Some("HMAC-MD5"), true),
    s(0x0018, "TLS_DH_anon_WITH_RC4_128_MD5", Some("ADH-RC4-MD5"), Some("DHE"), Some("anon"), "RC4-128", Some("HMAC-MD5"), false),
    s(0x0019, "TLS_DH_anon_EXPORT_WITH_DES40_CBC_SHA", Some("EXP-ADH-DES-CBC-SHA"), Some("DHE-Export"), Some("anon"), "DES40-CBC", Some("HMAC-SHA1"), true),
    s(0x001A, "TLS_DH_anon_WITH_DES_CBC_SHA", Some("ADH-DES-CBC-SHA"), Some("DHE"), Some("anon"), "DES-CBC", Some("HMAC-SHA1"), false),
    s(0x001B, "TLS_DH_anon_WITH_3DES_EDE_CBC_SHA", Some("ADH-DES-CBC3-SHA"), Some("DHE"), Some("anon"), "DES-EDE3-CBC", Some("HMAC-SHA1"), false),
    s(0x001E, "TLS_KRB5_WITH_DES_CBC_SHA", Some("KRB5-DES-CBC-SHA"), Some("KRB5"), Some("KRB5"), "DES-CBC", Some("HMAC-SHA1"), false),
    s(0x001F, "TLS_KRB5_WITH_3DES_EDE_CBC_SHA", Some("KRB5-DES-CBC3-SHA"), Some("KRB5"), Some("KRB5"), "DES-EDE3-CBC", Some("HMAC-SHA1"), false),
    s(0x0020, "TLS_KRB5_WITH_RC4_128_SHA", Some("KRB5-RC4-SHA"), Some("KRB5"), Some("KRB5"), "RC4-128", Some("HMAC-SHA1"), false),
    s(0x0021, "TLS_KRB5_WITH_IDEA_CBC_SHA", Some("KRB5-IDEA-CBC-SHA"), Some("KRB5"), Some("KRB5"), "IDEA-CBC", Some("HMAC-SHA1"), false),
    s(0x0022, "TLS_KRB5_WITH_DES_CBC_MD5", Some("KRB5-DES-CBC-MD5"), Some("KRB5"), Some("KRB5"), "DES-CBC", Some("HMAC-MD5"), false),
    s(0x0023, "TLS_KRB5_WITH_3DES_EDE_CBC_MD5", Some("KRB5-DES-CBC3-MD5"), Some("KRB5"), Some("KRB5"), "DES-EDE3-CBC", Some("HMAC-MD5"), false),
    s(0x0024, "TLS_KRB5_WITH_RC4_128_MD5", Some("KRB5-RC4-MD5"), Some("KRB5"), Some("KRB5"), "RC4-128", Some("HMAC-MD5"), false),
    s(0x0025, "TLS_KRB5_WITH_IDEA_CBC_MD5", Some("KRB5-IDEA-CBC-MD5"), Some("KRB5"), Some("KRB5"), "IDEA-CBC", Some("HMAC-MD5"), false),
    s(0x0026, "TLS_KRB5_EXPORT_WITH_DES_CBC_40_SHA", Some("EXP-KRB5-DES-CBC-SHA"), Some("KRB5"), Some("KRB5"), "DES40-CBC", Some("HMAC-SHA1"), true),
    s(0x0027, "TLS_KRB5_EXPORT_WITH_RC2_CBC_40_SHA", Some("EXP-KRB5-RC2-CBC-SHA"), Some("KRB5"), Some("KRB5"), "RC2-40-CBC", Some("HMAC-SHA1"), true),
    s(0x0028, "TLS_KRB5_EXPORT_WITH_RC4_40_SHA", Some("EXP-KRB5-RC4-SHA"), Some("KRB5"), Some("KRB5"), "RC4-40", Some("HMAC-SHA1"), true),
    s(0x0029, "TLS_KRB5_EXPORT_WITH_DES_CBC_40_MD5", Some("EXP-KRB5-DES-CBC-MD5"), Some("KRB5"), Some("KRB5"), "DES40-CBC", Some("HMAC-MD5"), true),
    s(0x002A, "TLS_KRB5_EXPORT_WITH_RC2_CBC_40_MD5", Some("EXP-KRB5-RC2-CBC-MD5"), Some("KRB5"), Some("KRB5"), "RC2-40-CBC", Some("HMAC-MD5"), true),
    s(0x002B, "TLS_KRB5_EXPORT_WITH_RC4_40_MD5", Some("EXP-KRB5-RC4-MD5"), Some("KRB5"), Some("KRB5"), "RC4-40", Some("HMAC-MD5"), true),
    s(0x002C, "TLS_PSK_WITH_NULL_SHA", Some("PSK-NULL-SHA"), Some("PSK"), Some("PSK"), "NULL", Some("HMAC-SHA1"), false),
    s(0x002D, "TLS_DHE_PSK_WITH_NULL_SHA", Some("DHE-PSK-NULL-SHA"), Some("DHE"), Some("PSK"), "NULL", Some("HMAC-SHA1"), false),
    s(0x002E, "TLS_RSA_PSK_WITH_NULL_SHA", Some("RSA-PSK-NULL-SHA"), Some("RSA-KeyTransport"), Some("RSA"), "NULL", Some("HMAC-SHA1"), false),
    s(0x002F, "TLS_RSA_WITH_AES_128_CBC_SHA", Some("AES128-SHA"), Some("RSA-KeyTransport"), Some("RSA"), "AES-128-CBC", Some("HMAC-SHA1"), false),
    s(0x0030, "TLS_DH_DSS_WITH_AES_128_CBC_SHA", Some("DH-DSS-AES128-SHA"), Some("DH"), Some("DSA"), "AES-128-CBC", Some("HMAC-SHA1"), false),
    s(0x0031, "TLS_DH_RSA_WITH_AES_128_CBC_SHA", Some("DH-RSA-AES128-SHA"), Some("DH"), Some("RSA"), "AES-128-CBC", Some("HMAC-SHA1"), false),
    s(0x0032, "TLS_DHE_DSS_WITH_AES_128_CBC_SHA", Some("DHE-DSS-AES128-SHA"), Some("DHE"), Some("DSA"), "AES-128-CBC", Some("HMAC-SHA1"), false),
    s(0x0033, "TLS_DHE_RSA_WITH_AES_128_CBC_SHA", Some("DHE-RSA-AES128-SHA"), Some("DHE"), Some("RSA"), "AES-128-CBC", Some("HMAC-SHA1"), false),
    s(0x0034, "TLS_DH_anon_WITH_AES_128_CBC_SHA", Some("ADH-AES128-SHA"), Some("DHE"), Some("anon"), "AES-128-CBC", Some("HMAC-SHA1"), false),
    s(0x0035, "TLS_RSA_WITH_AES_256_CBC_SHA", Some("AES256-SHA"), Some("RSA-KeyTransport"), Some("RSA"), "AES-256-CBC", Some("HMAC-SHA1"), false),
    s(0x0036, "TLS_DH_DSS_WITH_AES_256_CBC_SHA", Some("DH-DSS-AES256-SHA"), Some("DH"), Some("DSA"), "AES-256-CBC", Some("HMAC-SHA1"), false),
    s(0x0037, "TLS_DH_RSA_WITH_AES_256_CBC_SHA", Some("DH-RSA-AES256-SHA"), Some("DH"), Some("RSA"), "AES-256-CBC", Some("HMAC-SHA1"), false),
    s(0x0038, "TLS_DHE_DSS_WITH_AES_256_CBC_SHA", Some("DHE-DSS-AES256-SHA"), Some("DHE"), Some("DSA"), "AES-256-CBC", Some("HMAC-SHA1"), false),
    s(0x0039, "TLS_DHE_RSA_WITH_AES_256_CBC_SHA", Some("DHE-RSA-AES256-SHA"), Some("DHE"), Some("RSA"), "AES-256-CBC", Some("HMAC-SHA1"), false),
    s(0x003A, "TLS_DH_anon_WITH_AES_256_CBC_SHA", Some("ADH-AES256-SHA"), Some("DHE"), Some("anon"), "AES-256-CBC", Some("HMAC-SHA1"), false),
    s(0x003B, "TLS_RSA_WITH_NULL_SHA256", Some("NULL-SHA256"), Some("RSA-KeyTransport"), Some("RSA"), "NULL", Some("HMAC-SHA256"), false),
    s(0x003C, "TLS_RSA_WITH_AES_128_CBC_SHA256", Some("AES128-SHA256"), Some("RSA-KeyTransport"), Some("RSA"), "AES-128-CBC", Some("HMAC-SHA256"), false),
    s(0x003D, "TLS_RSA_WITH_AES_256_CBC_SHA256", Some("AES256-SHA256"), Some("RSA-KeyTransport"), Some("RSA"), "AES-256-CBC", Some("HMAC-SHA256"), false),
    s(0x003E, "TLS_DH_DSS_WITH_AES_128_CBC_SHA256", Some("DH-DSS-AES128-SHA256"), Some("DH"), Some("DSA"), "AES-128-CBC", Some("HMAC-SHA256"), false),
    s(0x003F, "TLS_DH_RSA_WITH_AES_128_CBC_SHA256", Some("DH-RSA-AES128-SHA256"), Some("DH"), Some("RSA"), "AES-128-CBC", Some("HMAC-SHA256"), false),
    s(0x0040, "TLS_DHE_DSS_WITH_AES_128_CBC_SHA256", Some("DHE-DSS-AES128-SHA256"), Some("DHE"), Some("DSA"), "AES-128-CBC", Some("HMAC-SHA256"), false),
    s(0x0041, "TLS_RSA_WITH_CAMELLIA_128_CBC_SHA", Some("CAMELLIA128-SHA"), Some("RSA-KeyTransport"), Some("RSA"), "CAMELLIA-128-CBC", Some("HMAC-SHA1"), false),
    s(0x0042, "TLS_DH_DSS_WITH_CAMELLIA_128_CBC_SHA", Some("DH-DSS-CAMELLIA128-SHA"), Some("DH"), Some("DSA"), "CAMELLIA-128-CBC", Some("HMAC-SHA1"), false),
    s(0x0043, "TLS_DH_RSA_WITH_CAMELLIA_128_CBC_SHA", Some("DH-RSA-CAMELLIA128-SHA"), Some("DH"), Some("RSA"), "CAMELLIA-128-CBC", Some("HMAC-SHA1"), false),
    s(0x0044, "TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA", Some("DHE-DSS-CAMELLIA128-SHA"), Some("DHE"), Some("DSA"), "CAMELLIA-128-CBC", Some("HMAC-SHA1"), false),
    s(0x0045, "TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA", Some("DHE-RSA-CAMELLIA128-SHA"), Some("DHE"), Some("RSA"), "CAMELLIA-128-CBC", Some("HMAC-SHA1"), false),
    s(0x0046, "TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA", Some("ADH-CAMELLIA128-SHA"), Some("DHE"), Some("anon"), "CAMELLIA-128-CBC", Some("HMAC-SHA1"), false),
    s(0x0060, "TLS_RSA_EXPORT1024_WITH_RC4_56_MD5", Some("EXP1024-RC4-MD5"), Some("RSA-Export1024"), Some("RSA"), "RC4-56", Some("HMAC-MD5"), true),
    s(0x0061, "TLS_RSA_EXPORT1024_WITH_RC2_CBC_56_MD5", Some("EXP1024-RC2-CBC-MD5"), Some("RSA-Export1024"), Some("RSA"), "RC2-56-CBC", Some("HMAC-MD5"), true),
    s(0x0062, "TLS_RSA_EXPORT1024_WITH_DES_CBC_SHA", Some("EXP1024-DES-CBC-SHA"), Some("RSA-Export1024"), Some("RSA"), "DES-CBC", Some("HMAC-SHA1"), true),
    s(0x0063, "TLS_DHE_DSS_EXPORT1024_WITH_DES_CBC_SHA", Some("EXP1024-DHE-DSS-DES-CBC-SHA"), Some("DHE-Export1024"), Some("DSA"), "DES-CBC", Some("HMAC-SHA1"), true),
    s(0x0064, "TLS_RSA_EXPORT1024_WITH_RC4_56_SHA", Some("EXP1024-RC4-SHA"), Some("RSA-Export1024"), Some("RSA"), "RC4-56", Some("HMAC-SHA1"), true),
    s(0x0065, "TLS_DHE_DSS_EXPORT1024_WITH_RC4_56_SHA", Some("EXP1024-DHE-DSS-RC4-SHA"), Some("DHE-Export1024"), Some("DSA"), "RC4-56", Some("HMAC-SHA1"), true),
    s(0x0066, "TLS_DHE_DSS_WITH_RC4_128_SHA", Some("DHE-DSS-RC4-SHA"), Some("DHE"), Some("DSA"), "RC4-128", Some("HMAC-SHA1"), false),
    s(0x0067, "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256", Some("DHE-RSA-AES128-SHA256"), Some("DHE"), Some("RSA"), "AES-128-CBC", Some("HMAC-SHA256"), false),
    s(0x0068, "TLS_DH_DSS_WITH_AES_256_CBC_SHA256", Some("DH-DSS-AES256-SHA256"), Some("DH"), Some("DSA"), "AES-256-CBC", Some("HMAC-SHA256"), false),
    s(0x0069, "TLS_DH_RSA_WITH_AES_256_CBC_SHA256", Some("DH-RSA-AES256-SHA256"), Some("DH"), Some("RSA"), "AES-256-CBC", Some("HMAC-SHA256"), false),
    s(0x006A, "TLS_DHE_DSS_WITH_AES_256_CBC_SHA256", Some("DHE-DSS-AES256-SHA256"), Some("DHE"), Some("DSA"), "AES-256-CBC", Some("HMAC-SHA256"), false),
    s(0x006B, "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256", Some("DHE-RSA-AES256-SHA256"), Some("DHE"), Some("RSA"), "AES-256-CBC", Some("HMAC-SHA256"), false),
    s(0x006C, "TLS_DH_anon_WITH_AES_128_CBC_SHA256", Some("ADH-AES128-SHA256"), Some("DHE"), Some("anon"), "AES-128-CBC", Some("HMAC-SHA256"), false),
    s(0x006D, "TLS_DH_anon_WITH_AES_256_CBC_SHA256", Some("ADH-AES256-SHA256"), Some("DHE"), Some("anon"), "AES-256-CBC", Some("HMAC-SHA256"), false),
    s(0x0080, "TLS_GOSTR341094_WITH_28147_CNT_IMIT", Some("GOST94-GOST89-GOST89"), Some("VKO-GOSTR3410-94"), Some("GOSTR3410-94"), "GOST28147-CNT-IMIT", None, false),
    s(0x0081, "TLS_GOSTR341001_WITH_28147_CNT_IMIT", Some("GOST2001-GOST89-GOST89"), Some("VKO-GOSTR3410-2001"), Some("GOSTR3410-2001"), "GOST28147-CNT-IMIT", None, false),
    s(0x0084, "TLS_RSA_WITH_CAMELLIA_256_CBC_SHA", Some("CAMELLIA256-SHA"), Some("RSA-KeyTransport"), Some("RSA"), "CAMELLIA-256-CBC", Some("HMAC-SHA1"), false),
    s(0x0085, "TLS_DH_DSS_WITH_CAMELLIA_256_CBC_SHA", Some("DH-DSS-CAMELLIA256-SHA"), Some("DH"), Some("DSA"), "CAMELLIA-256-CBC", Some("HMAC-SHA1"), false),
    s(0x0086, "TLS_DH_RSA_WITH_CAMELLIA_256_CBC_SHA", Some("DH-RSA-CAMELLIA256-SHA"), Some("DH"), Some("RSA"), "CAMELLIA-256-CBC", Some("HMAC-SHA1"), false),
    s(0x0087, "TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA", Some("DHE-DSS-CAMELLIA256-SHA"), Some("DHE"), Some("DSA"), "CAMELLIA-256-CBC", Some("HMAC-SHA1"), false),
    s(0x0088, "TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA", Some("DHE-RSA-CAMELLIA256-SHA"), Some("DHE"), Some("RSA"), "CAMELLIA-256-CBC", Some("HMAC-SHA1"), false),
    s(0x0089, "TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA", Some("ADH-CAMELLIA256-SHA"), Some("DHE"), Some("anon"), "CAMELLIA-256-CBC", Some("HMAC-SHA1"), false),
    s(0x008A, "TLS_PSK_WITH_RC4_128_SHA", Some("PSK-RC4-SHA"), Some("PSK"), Some("PSK"), "RC4-128", Some("HMAC-SHA1"), false),
    s(0x008B, "TLS_PSK_WITH_3DES_EDE_CBC_SHA", Some("PSK-3DES-EDE-CBC-SHA"), Some("PSK"), Some("PSK"), "DES-EDE3-CBC", Some("HMAC-SHA1"), false),
    s(0x008C, "TLS_PSK_WITH_AES_128_CBC_SHA", Some("PSK-AES128-CBC-SHA"), Some("PSK"), Some("PSK"), "AES-128-CBC", Some("HMAC-SHA1"), false),
    s(0x008D, "TLS_PSK_WITH_AES_256_CBC_SHA", Some("PSK-AES256-CBC-SHA"), Some("PSK"), Some("PSK"), "AES-256-CBC", Some("HMAC-SHA1"), false),
    s(0x008E, "TLS_DHE_PSK_WITH_RC4_128_SHA", Some("DHE-PSK-RC4-SHA"), Some("DHE"), Some("PSK"), "RC4-128", Some("HMAC-SHA1"), false),
    s(0x008F, "TLS_DHE_PSK_WITH_3DES_EDE_CBC_SHA", Some("DHE-PSK-3DES-EDE-CBC-SHA"), Some("DHE"), Some("PSK"), "DES-EDE3-CBC", Some("HMAC-SHA1"), false),
    s(0x0090, "TLS_DHE_PSK_WITH_AES_128_CBC_SHA", Some("DHE-PSK-AES128-CBC-SHA"), Some("DHE"), Some("PSK"), "AES-128-CBC", Some("HMAC-SHA1"), false),
    s(0x0091, "TLS_DHE_PSK_WITH_AES_256_CBC_SHA", Some("DHE-PSK-AES256-CBC-SHA"), Some("DHE"), Some("PSK"), "AES-256-CBC", Some("HMAC-SHA1"), false),
    s(0x0092, "TLS_RSA_PSK_WITH_RC4_128_SHA", Some("RSA-PSK-RC4-SHA"), Some("RSA-KeyTransport"), Some("RSA"), "RC4-128", Some("HMAC-SHA1"), false),
    s(0x0093, "TLS_RSA_PSK_WITH_3DES_EDE_CBC_SHA", Some("RSA-PSK-3DES-EDE-CBC-SHA"), Some("RSA-KeyTransport"), Some("RSA"), "DES-EDE3-CBC", Some("HMAC-SHA1"), false),
    s(0x0094, "TLS_RSA_PSK_WITH_AES_128_CBC_SHA", Some("RSA-PSK-AES128-CBC-SHA"), Some("RSA-KeyTransport"), Some("RSA"), "AES-128-CBC", Some("HMAC-SHA1"), false),
    s(0x0095, "TLS_RSA_PSK_WITH_AES_256_CBC_SHA", Some("RSA-PSK-AES256-CBC-SHA"), Some("RSA-KeyTransport"), Some("RSA"), "AES-256-CBC", Some("HMAC-SHA1"), false),
    s(0x0096, "TLS_RSA_WITH_SEED_CBC_SHA", Some("SEED-SHA"), Some("RSA-KeyTransport"), Some("RSA"), "SEED-CBC", Some("HMAC-SHA1"), false),
    s(0x0097, "TLS_DH_DSS_WITH_SEED_CBC_SHA", Some("DH-DSS-SEED-SHA"), Some("DH"), Some("DSA"), "SEED-CBC", Some("HMAC-SHA1"), false),
    s(0x0098, "TLS_DH_RSA_WITH_SEED_CBC_SHA", Some("DH-RSA-SEED-SHA"), Some("DH"), Some("RSA"), "SEED-CBC", Some("HMAC-SHA1"), false),
    s(0x0099, "TLS_DHE_DSS_WITH_SEED_CBC_SHA", Some("DHE-DSS-SEED-SHA"), Some("DHE"), Some("DSA"), "SEED-CBC", Some("HMAC-SHA1"), false),
    s(0x009A, "TLS_DHE_RSA_WITH_SEED_CBC_SHA", Some("DHE-RSA-SEED-SHA"), Some("DHE"), Some("RSA"), "SEED-CBC", Some("HMAC-SHA1"), false),
    s(0x009B, "TLS_DH_anon_WITH_SEED_CBC_SHA", Some("ADH-SEED-SHA"), Some("DHE"), Some("anon"), "SEED-CBC", Some("HMAC-SHA1"), false),
    s(0x009C, "TLS_RSA_WITH_AES_128_GCM_SHA256", Some("AES128-GCM-SHA256"), Some("RSA-KeyTransport"), Some("RSA"), "AES-128-GCM", None, false),
    s(0x009D, "TLS_RSA_WITH_AES_256_GCM_SHA384", Some("AES256-GCM-SHA384"), Some("RSA-KeyTransport"), Some("RSA"), "AES-256-GCM", None, false),
    s(0x009E, "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256", Some("DHE-RSA-AES128-GCM-SHA256"), Some("DHE"), Some("RSA"), "AES-128-GCM", None, false),
    s(0x009F, "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384", Some("DHE-RSA-AES256-GCM-SHA384"), Some("DHE"), Some("RSA"), "AES-256-GCM", None, false),
    s(0x00A0, "TLS_DH_RSA_WITH_AES_128_GCM_SHA256", Some("DH-RSA-AES128-GCM-SHA256"), Some("DH"), Some("RSA"), "AES-128-GCM", None, false),
    s(0x00A1, "TLS_DH_RSA_WITH_AES_256_GCM_SHA384", Some("DH-RSA-AES256-GCM-SHA384"), Some("DH"), Some("RSA"), "AES-256-GCM", None, false),
    s(0x00A2, "TLS_DHE_DSS_WITH_AES_128_GCM_SHA256", Some("DHE-DSS-AES128-GCM-SHA256"), Some("DHE"), Some("DSA"), "AES-128-GCM", None, false),
    s(0x00A3, "TLS_DHE_DSS_WITH_AES_256_GCM_SHA384", Some("DHE-DSS-AES256-GCM-SHA384"), Some("DHE"), Some("DSA"), "AES-256-GCM", None, false),
    s(0x00A4, "TLS_DH_DSS_WITH_AES_128_GCM_SHA256", Some("DH-DSS-AES128-GCM-SHA256"), Some("DH"), Some("DSA"), "AES-128-GCM", None, false),
    s(0x00A5, "TLS_DH_DSS_WITH_AES_256_GCM_SHA384", Some("DH-DSS-AES256-GCM-SHA384"), Some("DH"), Some("DSA"), "AES-256-GCM", None, false),
    s(0x00A6, "TLS_DH_anon_WITH_AES_128_GCM_SHA256", Some("ADH-AES128-GCM-SHA256"), Some("DHE"), Some("anon"), "AES-128-GCM", None, false),
    s(0x00A7, "TLS_DH_anon_WITH_AES_256_GCM_SHA384", Some("ADH-AES256-GCM-SHA384"), Some("DHE"), Some("anon"), "AES-256-GCM", None, false),
    s(0x00A8, "TLS_PSK_WITH_AES_128_GCM_SHA256", Some("PSK-AES128-GCM-SHA256"), Some("PSK"), Some("PSK"), "AES-128-GCM", None, false),
    s(0x00A9, "TLS_PSK_WITH_AES_256_GCM_SHA384", Some("PSK-AES256-GCM-SHA384"), Some("PSK"), Some("PSK"), "AES-256-GCM", None, false),
    s(0x00AA, "TLS_DHE_PSK_WITH_AES_128_GCM_SHA256", Some("DHE-PSK-AES128-GCM-SHA256"), Some("DHE"), Some("PSK"), "AES-128-GCM", None, false),
    s(0x00AB, "TLS_DHE_PSK_WITH_AES_256_GCM_SHA384", Some("DHE-PSK-AES256-GCM-SHA384"), Some("DHE"), Some("PSK"), "AES-256-GCM", None, false),
    s(0x00AC, "TLS_RSA_PSK_WITH_AES_128_GCM_SHA256", Some("RSA-PSK-AES128-GCM-SHA256"), Some("RSA-KeyTransport"), Some("RSA"), "AES-128-GCM", None, false),
    s(0x00AD, "TLS_RSA_PSK_WITH_AES_256_GCM_SHA384", Some("RSA-PSK-AES256-GCM-SHA384"), Some("RSA-KeyTransport"), Some("RSA"), "AES-256-GCM", None, false),
    s(0x00AE, "TLS_PSK_WITH_AES_128_CBC_SHA256", Some("PSK-AES128-CBC-SHA256"), Some("PSK"), Some("PSK"), "AES-128-CBC", Some("HMAC-SHA256"), false),
    s(0x00AF, "TLS_PSK_WITH_AES_256_CBC_SHA384", Some("PSK-AES256-CBC-SHA384"), Some("PSK"), Some("PSK"), "AES-256-CBC", Some("HMAC-SHA384"), false),
    s(0x00B0, "TLS_PSK_WITH_NULL_SHA256", Some("PSK-NULL-SHA256"), Some("PSK"), Some("PSK"), "NULL", Some("HMAC-SHA256"), false),
    s(0x00B1, "TLS_PSK_WITH_NULL_SHA384", Some("PSK-NULL-SHA384"), Some("PSK"), Some("PSK"), "NULL", Some("HMAC-SHA384"), false),
    s(0x00B2, "TLS_DHE_PSK_WITH_AES_128_CBC_SHA256", Some("DHE-PSK-AES128-CBC-SHA256"), Some("DHE"), Some("PSK"), "AES-128-CBC", Some("HMAC-SHA256"), false),
    s(0x00B3, "TLS_DHE_PSK_WITH_AES_256_CBC_SHA384", Some("DHE-PSK-AES256-CBC-SHA384"), Some("DHE"), Some("PSK"), "AES-256-CBC", Some("HMAC-SHA384"), false),
    s(0x00B4, "TLS_DHE_PSK_WITH_NULL_SHA256", Some("DHE-PSK-NULL-SHA256"), Some("DHE"), Some("PSK"), "NULL", Some("HMAC-SHA256"), false),
    s(0x00B5, "TLS_DHE_PSK_WITH_NULL_SHA384", Some("DHE-PSK-NULL-SHA384"), Some("DHE"), Some("PSK"), "NULL", Some("HMAC-SHA384"), false),
    s(0x00B6, "TLS_RSA_PSK_WITH_AES_128_CBC_SHA256", Some("RSA-PSK-AES128-CBC-SHA256"), Some("RSA-KeyTransport"), Some("RSA"), "AES-128-CBC", Some("HMAC-SHA256"), false),
    s(0x00B7, "TLS_RSA_PSK_WITH_AES_256_CBC_SHA384", Some("RSA-PSK-AES256-CBC-SHA384"), Some("RSA-KeyTransport"), Some("RSA"), "AES-256-CBC", Some("HMAC-SHA384"), false),
    s(0x00B8, "TLS_RSA_PSK_WITH_NULL_SHA256", Some("RSA-PSK-NULL-SHA256"), Some("RSA-KeyTransport"), Some("RSA"), "NULL", Some("HMAC-SHA256"), false),
    s(0x00B9, "TLS_RSA_PSK_WITH_NULL_SHA384", Some("RSA-PSK-NULL-SHA384"), Some("RSA-KeyTransport"), Some("RSA"), "NULL", Some("HMAC-SHA384"), false),
    s(0x00BA, "TLS_RSA_WITH_CAMELLIA_128_CBC_SHA256", Some("CAMELLIA128-SHA256"), Some("RSA-KeyTransport"), Some("RSA"), "CAMELLIA-128-CBC", Some("HMAC-SHA256"), false),
    s(0x00BB, "TLS_DH_DSS_WITH_CAMELLIA_128_CBC_SHA256", Some("DH-DSS-CAMELLIA128-SHA256"), Some("DH"), Some("DSA"), "CAMELLIA-128-CBC", Some("HMAC-SHA256"), false),
    s(0x00BC, "TLS_DH_RSA_WITH_CAMELLIA_128_CBC_SHA256", Some("DH-RSA-CAMELLIA128-SHA256"), Some("DH"), Some("RSA"), "CAMELLIA-128-CBC", Some("HMAC-SHA256"), false),
    s(0x00BD, "TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA256", Some("DHE-DSS-CAMELLIA128-SHA256"), Some("DHE"), Some("DSA"), "CAMELLIA-128-CBC", Some("HMAC-SHA256"), false),
    s(0x00BE, "TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA256", Some("DHE-RSA-CAMELLIA128-SHA256"), Some("DHE"), Some("RSA"), "CAMELLIA-128-CBC", Some("HMAC-SHA256"), false),
    s(0x00BF, "TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA256", Some("ADH-CAMELLIA128-SHA256"), Some("DHE"), Some("anon"), "CAMELLIA-128-CBC", Some("HMAC-SHA256"), false),
    s(0x00C0, "TLS_RSA_WITH_CAMELLIA_256_CBC_SHA256", Some("CAMELLIA256-SHA256"), Some("RSA-KeyTransport"), Some("RSA"), "CAMELLIA-256-CBC", Some("HMAC-SHA256"), false),
    s(0x00C1, "TLS_DH_DSS_WITH_CAMELLIA_256_CBC_SHA256", Some("DH-DSS-CAMELLIA256-SHA256"), Some("DH"), Some("DSA"), "CAMELLIA-256-CBC", Some("HMAC-SHA256"), false),
    s(0x00C2, "TLS_DH_RSA_WITH_CAMELLIA_256_CBC_SHA256", Some("DH-RSA-CAMELLIA256-SHA256"), Some("DH"), Some("RSA"), "CAMELLIA-256-CBC", Some("HMAC-SHA256"), false),
    s(0x00C3, "TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA256", Some("DHE-DSS-CAMELLIA256-SHA256"), Some("DHE"), Some("DSA"), "CAMELLIA-256-CBC", Some("HMAC-SHA256"), false),
    s(0x00C4, "TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA256", Some("DHE-RSA-CAMELLIA256-SHA256"), Some("DHE"), Some("RSA"), "CAMELLIA-256-CBC", Some("HMAC-SHA256"), false),
    s(0x00C5, "TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA256", Some("ADH-CAMELLIA256-SHA256"), Some("DHE"), Some("anon"), "CAMELLIA-256-CBC", Some("HMAC-SHA256"), false),
    s(0x00C6, "TLS_SM4_GCM_SM3", Some("TLS_SM4_GCM_SM3"), None, None, "SM4-GCM", None, false),
    s(0x00C7, "TLS_SM4_CCM_SM3", Some("TLS_SM4_CCM_SM3"), None, None, "SM4-CCM", None, false),
    s(0x1301, "TLS_AES_128_GCM_SHA256", Some("TLS_AES_128_GCM_SHA256"), None, None, "AES-128-GCM", None, false),
    s(0x1302, "TLS_AES_256_GCM_SHA384", Some("TLS_AES_256_GCM_SHA384"), None, None, "AES-256-GCM", None, false),
    s(0x1303, "TLS_CHACHA20_POLY1305_SHA256", Some("TLS_CHACHA20_POLY1305_SHA256"), None, None, "ChaCha20-Poly1305", None, false),
    s(0x1304, "TLS_AES_128_CCM_SHA256", Some("TLS_AES_128_CCM_SHA256"), None, None, "AES-128-CCM", None, false),
    s(0x1305, "TLS_AES_128_CCM_8_SHA256", Some("TLS_AES_128_CCM_8_SHA256"), None, None, "AES-128-CCM-8", None, false),
    s(0x1306, "TLS_AEGIS_256_SHA512", None, None, None, "AEGIS-256", None, false),
    s(0x1307, "TLS_AEGIS_128L_SHA256", None, None, None, "AEGIS-128L", None, false),
    s(0xC001, "TLS_ECDH_ECDSA_WITH_NULL_SHA", Some("ECDH-ECDSA-NULL-SHA"), Some("ECDH"), Some("ECDSA"), "NULL", Some("HMAC-SHA1"), false),
    s(0xC002, "TLS_ECDH_ECDSA_WITH_RC4_128_SHA", Some("ECDH-ECDSA-RC4-SHA"), Some("ECDH"), Some("ECDSA"), "RC4-128", Some("HMAC-SHA1"), false),
    s(0xC003, "TLS_ECDH_ECDSA_WITH_3DES_EDE_CBC_SHA", Some("ECDH-ECDSA-DES-CBC3-SHA"), Some("ECDH"), Some("ECDSA"), "DES-EDE3-CBC", Some("HMAC-SHA1"), false),
    s(0xC004, "TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA", Some("ECDH-ECDSA-AES128-SHA"), Some("ECDH"), Some("ECDSA"), "AES-128-CBC", Some("HMAC-SHA1"), false),
    s(0xC005, "TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA", Some("ECDH-ECDSA-AES256-SHA"), Some("ECDH"), Some("ECDSA"), "AES-256-CBC", Some("HMAC-SHA1"), false),
    s(0xC006, "TLS_ECDHE_ECDSA_WITH_NULL_SHA", Some("ECDHE-ECDSA-NULL-SHA"), Some("ECDHE"), Some("ECDSA"), "NULL", Some("HMAC-SHA1"), false),
    s(0xC007, "TLS_ECDHE_ECDSA_WITH_RC4_128_SHA", Some("ECDHE-ECDSA-RC4-SHA"), Some("ECDHE"), Some("ECDSA"), "RC4-128", Some("HMAC-SHA1"), false),
    s(0xC008, "TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA", Some("ECDHE-ECDSA-DES-CBC3-SHA"), Some("ECDHE"), Some("ECDSA"), "DES-EDE3-CBC", Some("HMAC-SHA1"), false),
    s(0xC009, "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA", Some("ECDHE-ECDSA-AES128-SHA"), Some("ECDHE"), Some("ECDSA"), "AES-128-CBC", Some("HMAC-SHA1"), false),
    s(0xC00A, "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA", Some("ECDHE-ECDSA-AES256-SHA"), Some("ECDHE"), Some("ECDSA"), "AES-256-CBC", Some("HMAC-SHA1"), false),
    s(0xC00B, "TLS_ECDH_RSA_WITH_NULL_SHA", Some("ECDH-RSA-NULL-SHA"), Some("ECDH"), Some("RSA"), "NULL", Some("HMAC-SHA1"), false),
    s(0xC00C, "TLS_ECDH_RSA_WITH_RC4_128_SHA", Some("ECDH-RSA-RC4-SHA"), Some("ECDH"), Some("RSA"), "RC4-128", Some("HMAC-SHA1"), false),
    s(0xC00D, "TLS_ECDH_RSA_WITH_3DES_EDE_CBC_SHA", Some("ECDH-RSA-DES-CBC3-SHA"), Some("ECDH"), Some("RSA"), "DES-EDE3-CBC", Some("HMAC-SHA1"), false),
    s(0xC00E, "TLS_ECDH_RSA_WITH_AES_128_CBC_SHA", Some("ECDH-RSA-AES128-SHA"), Some("ECDH"), Some("RSA"), "AES-128-CBC", Some("HMAC-SHA1"), false),
    s(0xC00F, "TLS_ECDH_RSA_WITH_AES_256_CBC_SHA", Some("ECDH-RSA-AES256-SHA"), Some("ECDH"), Some("RSA"), "AES-256-CBC", Some("HMAC-SHA1"), false),
    s(0xC010, "TLS_ECDHE_RSA_WITH_NULL_SHA", Some("ECDHE-RSA-NULL-SHA"), Some("ECDHE"), Some("RSA"), "NULL", Some("HMAC-SHA1"), false),
    s(0xC011, "TLS_ECDHE_RSA_WITH_RC4_128_SHA", Some("ECDHE-RSA-RC4-SHA"), Some("ECDHE"), Some("RSA"), "RC4-128", Some("HMAC-SHA1"), false),
    s(0xC012, "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA", Some("ECDHE-RSA-DES-CBC3-SHA"), Some("ECDHE"), Some("RSA"), "DES-EDE3-CBC", Some("HMAC-SHA1"), false),
    s(0xC013, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", Some("ECDHE-RSA-AES128-SHA"), Some("ECDHE"), Some("RSA"), "AES-128-CBC", Some("HMAC-SHA1"), false),
    s(0xC014, "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA", Some("ECDHE-RSA-AES256-SHA"), Some("ECDHE"), Some("RSA"), "AES-256-CBC", Some("HMAC-SHA1"), false),
    s(0xC015, "TLS_ECDH_anon_WITH_NULL_SHA", Some("AECDH-NULL-SHA"), Some("ECDHE"), Some("anon"), "NULL", Some("HMAC-SHA1"), false),
    s(0xC016, "TLS_ECDH_anon_WITH_RC4_128_SHA", Some("AECDH-RC4-SHA"), Some("ECDHE"), Some("anon"), "RC4-128", Some("HMAC-SHA1"), false),
    s(0xC017, "TLS_ECDH_anon_WITH_3DES_EDE_CBC_SHA", Some("AECDH-DES-CBC3-SHA"), Some("ECDHE"), Some("anon"), "DES-EDE3-CBC", Some("HMAC-SHA1"), false),
    s(0xC018, "TLS_ECDH_anon_WITH_AES_128_CBC_SHA", Some("AECDH-AES128-SHA"), Some("ECDHE"), Some("anon"), "AES-128-CBC", Some("HMAC-SHA1"), false),
    s(0xC019, "TLS_ECDH_anon_WITH_AES_256_CBC_SHA", Some("AECDH-AES256-SHA"), Some("ECDHE"), Some("anon"), "AES-256-CBC", Some("HMAC-SHA1"), false),
    s(0xC01A, "TLS_SRP_SHA_WITH_3DES_EDE_CBC_SHA", Some("SRP-3DES-EDE-CBC-SHA"), Some("SRP"), Some("SRP"), "DES-EDE3-CBC", Some("HMAC-SHA1"), false),
    s(0xC01B, "TLS_SRP_SHA_RSA_WITH_3DES_EDE_CBC_SHA", Some("SRP-RSA-3DES-EDE-CBC-SHA"), Some("SRP"), Some("RSA"), "DES-EDE3-CBC", Some("HMAC-SHA1"), false),
    s(0xC01C, "TLS_SRP_SHA_DSS_WITH_3DES_EDE_CBC_SHA", Some("SRP-DSS-3DES-EDE-CBC-SHA"), Some("SRP"), Some("DSA"), "DES-EDE3-CBC", Some("HMAC-SHA1"), false),
    s(0xC01D, "TLS_SRP_SHA_WITH_AES_128_CBC_SHA", Some("SRP-AES-128-CBC-SHA"), Some("SRP"), Some("SRP"), "AES-128-CBC", Some("HMAC-SHA1"), false),
    s(0xC01E, "TLS_SRP_SHA_RSA_WITH_AES_128_CBC_SHA", Some("SRP-RSA-AES-128-CBC-SHA"), Some("SRP"), Some("RSA"), "AES-128-CBC", Some("HMAC-SHA1"), false),
    s(0xC01F, "TLS_SRP_SHA_DSS_WITH_AES_128_CBC_SHA", Some("SRP-DSS-AES-128-CBC-SHA"), Some("SRP"), Some("DSA"), "AES-128-CBC", Some("HMAC-SHA1"), false),
    s(0xC020, "TLS_SRP_SHA_WITH_AES_256_CBC_SHA", Some("SRP-AES-256-CBC-SHA"), Some("SRP"), Some("SRP"), "AES-256-CBC", Some("HMAC-SHA1"), false),
    s(0xC021, "TLS_SRP_SHA_RSA_WITH_AES_256_CBC_SHA", Some("SRP-RSA-AES-256-CBC-SHA"), Some("SRP"), Some("RSA"), "AES-256-CBC", Some("HMAC-SHA1"), false),
    s(0xC022, "TLS_SRP_SHA_DSS_WITH_AES_256_CBC_SHA", Some("SRP-DSS-AES-256-CBC-SHA"), Some("SRP"), Some("DSA"), "AES-256-CBC", Some("HMAC-SHA1"), false),
    s(0xC023, "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256", Some("ECDHE-ECDSA-AES128-SHA256"), Some("ECDHE"), Some("ECDSA"), "AES-128-CBC", Some("HMAC-SHA256"), false),
    s(0xC024, "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384", Some("ECDHE-ECDSA-AES256-SHA384"), Some("ECDHE"), Some("ECDSA"), "AES-256-CBC", Some("HMAC-SHA384"), false),
    s(0xC025, "TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA256", Some("ECDH-ECDSA-AES128-SHA256"), Some("ECDH"), Some("ECDSA"), "AES-128-CBC", Some("HMAC-SHA256"), false),
    s(0xC026, "TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA384", Some("ECDH-ECDSA-AES256-SHA384"), Some("ECDH"), Some("ECDSA"), "AES-256-CBC", Some("HMAC-SHA384"), false),
    s(0xC027, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", Some("ECDHE-RSA-AES128-SHA256"), Some("ECDHE"), Some("RSA"), "AES-128-CBC", Some("HMAC-SHA256"), false),
    s(0xC028, "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", Some("ECDHE-RSA-AES256-SHA384"), Some("ECDHE"), Some("RSA"), "AES-256-CBC", Some("HMAC-SHA384"), false),
    s(0xC029, "TLS_ECDH_RSA_WITH_AES_128_CBC_SHA256", Some("ECDH-RSA-AES128-SHA256"), Some("ECDH"), Some("RSA"), "AES-128-CBC", Some("HMAC-SHA256"), false),
    s(0xC02A, "TLS_ECDH_RSA_WITH_AES_256_CBC_SHA384", Some("ECDH-RSA-AES256-SHA384"), Some("ECDH"), Some("RSA"), "AES-256-CBC", Some("HMAC-SHA384"), false),
    s(0xC02B, "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", Some("ECDHE-ECDSA-AES128-GCM-SHA256"), Some("ECDHE"), Some("ECDSA"), "AES-128-GCM", None, false),
    s(0xC02C, "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", Some("ECDHE-ECDSA-AES256-GCM-SHA384"), Some("ECDHE"), Some("ECDSA"), "AES-256-GCM", None, false),
    s(0xC02D, "TLS_ECDH_ECDSA_WITH_AES_128_GCM_SHA256", Some("ECDH-ECDSA-AES128-GCM-SHA256"), Some("ECDH"), Some("ECDSA"), "AES-128-GCM", None, false),
    s(0xC02E, "TLS_ECDH_ECDSA_WITH_AES_256_GCM_SHA384", Some("ECDH-ECDSA-AES256-GCM-SHA384"), Some("ECDH"), Some("ECDSA"), "AES-256-GCM", None, false),
    s(0xC02F, "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", Some("ECDHE-RSA-AES128-GCM-SHA256"), Some("ECDHE"), Some("RSA"), "AES-128-GCM", None, false),
    s(0xC030, "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", Some("ECDHE-RSA-AES256-GCM-SHA384"), Some("ECDHE"), Some("RSA"), "AES-256-GCM", None, false),
    s(0xC031, "TLS_ECDH_RSA_WITH_AES_128_GCM_SHA256", Some("ECDH-RSA-AES128-GCM-SHA256"), Some("ECDH"), Some("RSA"), "AES-128-GCM", None, false),
    s(0xC032, "TLS_ECDH_RSA_WITH_AES_256_GCM_SHA384", Some("ECDH-RSA-AES256-GCM-SHA384"), Some("ECDH"), Some("RSA"), "AES-256-GCM", None, false),
    s(0xC033, "TLS_ECDHE_PSK_WITH_RC4_128_SHA", Some("ECDHE-PSK-RC4-SHA"), Some("ECDHE"), Some("PSK"), "RC4-128", Some("HMAC-SHA1"), false),
    s(0xC034, "TLS_ECDHE_PSK_WITH_3DES_EDE_CBC_SHA", Some("ECDHE-PSK-3DES-EDE-CBC-SHA"), Some("ECDHE"), Some("PSK"), "DES-EDE3-CBC", Some("HMAC-SHA1"), false),
    s(0xC035, "TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA", Some("ECDHE-PSK-AES128-CBC-SHA"), Some("ECDHE"), Some("PSK"), "AES-128-CBC", Some("HMAC-SHA1"), false),
    s(0xC036, "TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA", Some("ECDHE-PSK-AES256-CBC-SHA"), Some("ECDHE"), Some("PSK"), "AES-256-CBC", Some("HMAC-SHA1"), false),
    s(0xC037, "TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256", Some("ECDHE-PSK-AES128-CBC-SHA256"), Some("ECDHE"), Some("PSK"), "AES-128-CBC", Some("HMAC-SHA256"), false),
    s(0xC038, "TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA384", Some("ECDHE-PSK-AES256-CBC-SHA384"), Some("ECDHE"), Some("PSK"), "AES-256-CBC", Some("HMAC-SHA384"), false),
    s(0xC039, "TLS_ECDHE_PSK_WITH_NULL_SHA", Some("ECDHE-PSK-NULL-SHA"), Some("ECDHE"), Some("PSK"), "NULL", Some("HMAC-SHA1"), false),
    s(0xC03A, "TLS_ECDHE_PSK_WITH_NULL_SHA256", Some("ECDHE-PSK-NULL-SHA256"), Some("ECDHE"), Some("PSK"), "NULL", Some("HMAC-SHA256"), false),
    s(0xC03B, "TLS_ECDHE_PSK_WITH_NULL_SHA384", Some("ECDHE-PSK-NULL-SHA384"), Some("ECDHE"), Some("PSK"), "NULL", Some("HMAC-SHA384"), false),
    s(0xC03C, "TLS_RSA_WITH_ARIA_128_CBC_SHA256", None, Some("RSA-KeyTransport"), Some("RSA"), "ARIA-128-CBC", Some("HMAC-SHA256"), false),
    s(0xC03D, "TLS_RSA_WITH_ARIA_256_CBC_SHA384", None, Some("RSA-KeyTransport"), Some("RSA"), "ARIA-256-CBC", Some("HMAC-SHA384"), false),
    s(0xC03E, "TLS_DH_DSS_WITH_ARIA_128_CBC_SHA256", None, Some("DH"), Some("DSA"), "ARIA-128-CBC", Some("HMAC-SHA256"), false),
    s(0xC03F, "TLS_DH_DSS_WITH_ARIA_256_CBC_SHA384", None, Some("DH"), Some("DSA"), "ARIA-256-CBC", Some("HMAC-SHA384"), false),
    s(0xC040, "TLS_DH_RSA_WITH_ARIA_128_CBC_SHA256", None, Some("DH"), Some("RSA"), "ARIA-128-CBC", Some("HMAC-SHA256"), false),
    s(0xC041, "TLS_DH_RSA_WITH_ARIA_256_CBC_SHA384", None, Some("DH"), Some("RSA"), "ARIA-256-CBC", Some("HMAC-SHA384"), false),
    s(0xC042, "TLS_DHE_DSS_WITH_ARIA_128_CBC_SHA256", None, Some("DHE"), Some("DSA"), "ARIA-128-CBC", Some("HMAC-SHA256"), false),
    s(0xC043, "TLS_DHE_DSS_WITH_ARIA_256_CBC_SHA384", None, Some("DHE"), Some("DSA"), "ARIA-256-CBC", Some("HMAC-SHA384"), false),
    s(0xC044, "TLS_DHE_RSA_WITH_ARIA_128_CBC_SHA256", None, Some("DHE"), Some("RSA"), "ARIA-128-CBC", Some("HMAC-SHA256"), false),
    s(0xC045, "TLS_DHE_RSA_WITH_ARIA_256_CBC_SHA384", None, Some("DHE"), Some("RSA"), "ARIA-256-CBC", Some("HMAC-SHA384"), false),
    s(0xC046, "TLS_DH_anon_WITH_ARIA_128_CBC_SHA256", None, Some("DHE"), Some("anon"), "ARIA-128-CBC", Some("HMAC-SHA256"), false),
    s(0xC047, "TLS_DH_anon_WITH_ARIA_256_CBC_SHA384", None, Some("DHE"), Some("anon"), "ARIA-256-CBC", Some("HMAC-SHA384"), false),
    s(0xC048, "TLS_ECDHE_ECDSA_WITH_ARIA_128_CBC_SHA256", None, Some("ECDHE"), Some("ECDSA"), "ARIA-128-CBC", Some("HMAC-SHA256"), false),
    s(0xC049, "TLS_ECDHE_ECDSA_WITH_ARIA_256_CBC_SHA384", None, Some("ECDHE"), Some("ECDSA"), "ARIA-256-CBC", Some("HMAC-SHA384"), false),
    s(0xC04A, "TLS_ECDH_ECDSA_WITH_ARIA_128_CBC_SHA256", None, Some("ECDH"), Some("ECDSA"), "ARIA-128-CBC", Some("HMAC-SHA256"), false),
    s(0xC04B, "TLS_ECDH_ECDSA_WITH_ARIA_256_CBC_SHA384", None, Some("ECDH"), Some("ECDSA"), "ARIA-256-CBC", Some("HMAC-SHA384"), false),
    s(0xC04C, "TLS_ECDHE_RSA_WITH_ARIA_128_CBC_SHA256", None, Some("ECDHE"), Some("RSA"), "ARIA-128-CBC", Some("HMAC-SHA256"), false),
    s(0xC04D, "TLS_ECDHE_RSA_WITH_ARIA_256_CBC_SHA384", None, Some("ECDHE"), Some("RSA"), "ARIA-256-CBC", Some("HMAC-SHA384"), false),
    s(0xC04E, "TLS_ECDH_RSA_WITH_ARIA_128_CBC_SHA256", None, Some("ECDH"), Some("RSA"), "ARIA-128-CBC", Some("HMAC-SHA256"), false),
    s(0xC04F, "TLS_ECDH_RSA_WITH_ARIA_256_CBC_SHA384", None, Some("ECDH"), Some("RSA"), "ARIA-256-CBC", Some("HMAC-SHA384"), false),
    s(0xC050, "TLS_RSA_WITH_ARIA_128_GCM_SHA256", Some("ARIA128-GCM-SHA256"), Some("RSA-KeyTransport"), Some("RSA"), "ARIA-128-GCM", None, false),
    s(0xC051, "TLS_RSA_WITH_ARIA_256_GCM_SHA384", Some("ARIA256-GCM-SHA384"), Some("RSA-KeyTransport"), Some("RSA"), "ARIA-256-GCM", None, false),
    s(0xC052, "TLS_DHE_RSA_WITH_ARIA_128_GCM_SHA256", Some("DHE-RSA-ARIA128-GCM-SHA256"), Some("DHE"), Some("RSA"), "ARIA-128-GCM", None, false),
    s(0xC053, "TLS_DHE_RSA_WITH_ARIA_256_GCM_SHA384", Some("DHE-RSA-ARIA256-GCM-SHA384"), Some("DHE"), Some("RSA"), "ARIA-256-GCM", None, false),
    s(0xC054, "TLS_DH_RSA_WITH_ARIA_128_GCM_SHA256", None, Some("DH"), Some("RSA"), "ARIA-128-GCM", None, false),
    s(0xC055, "TLS_DH_RSA_WITH_ARIA_256_GCM_SHA384", None, Some("DH"), Some("RSA"), "ARIA-256-GCM", None, false),
    s(0xC056, "TLS_DHE_DSS_WITH_ARIA_128_GCM_SHA256", Some("DHE-DSS-ARIA128-GCM-SHA256"), Some("DHE"), Some("DSA"), "ARIA-128-GCM", None, false),
    s(0xC057, "TLS_DHE_DSS_WITH_ARIA_256_GCM_SHA384", Some("DHE-DSS-ARIA256-GCM-SHA384"), Some("DHE"), Some("DSA"), "ARIA-256-GCM", None, false),
    s(0xC058, "TLS_DH_DSS_WITH_ARIA_128_GCM_SHA256", None, Some("DH"), Some("DSA"), "ARIA-128-GCM", None, false),
    s(0xC059, "TLS_DH_DSS_WITH_ARIA_256_GCM_SHA384", None, Some("DH"), Some("DSA"), "ARIA-256-GCM", None, false),
    s(0xC05A, "TLS_DH_anon_WITH_ARIA_128_GCM_SHA256", None, Some("DHE"), Some("anon"), "ARIA-128-GCM", None, false),
    s(0xC05B, "TLS_DH_anon_WITH_ARIA_256_GCM_SHA384", None, Some("DHE"), Some("anon"), "ARIA-256-GCM", None, false),
    s(0xC05C, "TLS_ECDHE_ECDSA_WITH_ARIA_128_GCM_SHA256", Some("ECDHE-ECDSA-ARIA128-GCM-SHA256"), Some("ECDHE"), Some("ECDSA"), "ARIA-128-GCM", None, false),
    s(0xC05D, "TLS_ECDHE_ECDSA_WITH_ARIA_256_GCM_SHA384", Some("ECDHE-ECDSA-ARIA256-GCM-SHA384"), Some("ECDHE"), Some("ECDSA"), "ARIA-256-GCM", None, false),
    s(0xC05E, "TLS_ECDH_ECDSA_WITH_ARIA_128_GCM_SHA256", None, Some("ECDH"), Some("ECDSA"), "ARIA-128-GCM", None, false),
    s(0xC05F, "TLS_ECDH_ECDSA_WITH_ARIA_256_GCM_SHA384", None, Some("ECDH"), Some("ECDSA"), "ARIA-256-GCM", None, false),
    s(0xC060, "TLS_ECDHE_RSA_WITH_ARIA_128_GCM_SHA256", Some("ECDHE-ARIA128-GCM-SHA256"), Some("ECDHE"), Some("RSA"), "ARIA-128-GCM", None, false),
    s(0xC061, "TLS_ECDHE_RSA_WITH_ARIA_256_GCM_SHA384", Some("ECDHE-ARIA256-GCM-SHA384"), Some("ECDHE"), Some("RSA"), "ARIA-256-GCM", None, false),
    s(0xC062, "TLS_ECDH_RSA_WITH_ARIA_128_GCM_SHA256", None, Some("ECDH"), Some("RSA"), "ARIA-128-GCM", None, false),
    s(0xC063, "TLS_ECDH_RSA_WITH_ARIA_256_GCM_SHA384", None, Some("ECDH"), Some("RSA"), "ARIA-256-GCM", None, false),
    s(0xC064, "TLS_PSK_WITH_ARIA_128_CBC_SHA256", None, Some("PSK"), Some("PSK"), "ARIA-128-CBC", Some("HMAC-SHA256"), false),
    s(0xC065, "TLS_PSK_WITH_ARIA_256_CBC_SHA384", None, Some("PSK"), Some("PSK"), "ARIA-256-CBC", Some("HMAC-SHA384"), false),
    s(0xC066, "TLS_DHE_PSK_WITH_ARIA_128_CBC_SHA256", None, Some("DHE"), Some("PSK"), "ARIA-128-CBC", Some("HMAC-SHA256"), false),
    s(0xC067, "TLS_DHE_PSK_WITH_ARIA_256_CBC_SHA384", None, Some("DHE"), Some("PSK"), "ARIA-256-CBC", Some("HMAC-SHA384"), false),
    s(0xC068, "TLS_RSA_PSK_WITH_ARIA_128_CBC_SHA256", None, Some("RSA-KeyTransport"), Some("RSA"), "ARIA-128-CBC", Some("HMAC-SHA256"), false),
    s(0xC069, "TLS_RSA_PSK_WITH_ARIA_256_CBC_SHA384", None, Some("RSA-KeyTransport"), Some("RSA"), "ARIA-256-CBC", Some("HMAC-SHA384"), false),
    s(0xC06A, "TLS_PSK_WITH_ARIA_128_GCM_SHA256", Some("PSK-ARIA128-GCM-SHA256"), Some("PSK"), Some("PSK"), "ARIA-128-GCM", None, false),
    s(0xC06B, "TLS_PSK_WITH_ARIA_256_GCM_SHA384", Some("PSK-ARIA256-GCM-SHA384"), Some("PSK"), Some("PSK"), "ARIA-256-GCM", None, false),
    s(0xC06C, "TLS_DHE_PSK_WITH_ARIA_128_GCM_SHA256", Some("DHE-PSK-ARIA128-GCM-SHA256"), Some("DHE"), Some("PSK"), "ARIA-128-GCM", None, false),
    s(0xC06D, "TLS_DHE_PSK_WITH_ARIA_256_GCM_SHA384", Some("DHE-PSK-ARIA256-GCM-SHA384"), Some("DHE"), Some("PSK"), "ARIA-256-GCM", None, false),
    s(0xC06E, "TLS_RSA_PSK_WITH_ARIA_128_GCM_SHA256", Some("RSA-PSK-ARIA128-GCM-SHA256"), Some("RSA-KeyTransport"), Some("RSA"), "ARIA-128-GCM", None, false),
    s(0xC06F, "TLS_RSA_PSK_WITH_ARIA_256_GCM_SHA384", Some("RSA-PSK-ARIA256-GCM-SHA384"), Some("RSA-KeyTransport"), Some("RSA"), "ARIA-256-GCM", None, false),
    s(0xC070, "TLS_ECDHE_PSK_WITH_ARIA_128_CBC_SHA256", None, Some("ECDHE"), Some("PSK"), "ARIA-128-CBC", Some("HMAC-SHA256"), false),
    s(0xC071, "TLS_ECDHE_PSK_WITH_ARIA_256_CBC_SHA384", None, Some("ECDHE"), Some("PSK"), "ARIA-256-CBC", Some("HMAC-SHA384"), false),
    s(0xC072, "TLS_ECDHE_ECDSA_WITH_CAMELLIA_128_CBC_SHA256", Some("ECDHE-ECDSA-CAMELLIA128-SHA256"), Some("ECDHE"), Some("ECDSA"), "CAMELLIA-128-CBC", Some("HMAC-SHA256"), false),
    s(0xC073, "TLS_ECDHE_ECDSA_WITH_CAMELLIA_256_CBC_SHA384", Some("ECDHE-ECDSA-CAMELLIA256-SHA384"), Some("ECDHE"), Some("ECDSA"), "CAMELLIA-256-CBC", Some("HMAC-SHA384"), false),
    s(0xC074, "TLS_ECDH_ECDSA_WITH_CAMELLIA_128_CBC_SHA256", Some("ECDH-ECDSA-CAMELLIA128-SHA256"), Some("ECDH"), Some("ECDSA"), "CAMELLIA-128-CBC", Some("HMAC-SHA256"), false),
    s(0xC075, "TLS_ECDH_ECDSA_WITH_CAMELLIA_256_CBC_SHA384", Some("ECDH-ECDSA-CAMELLIA256-SHA384"), Some("ECDH"), Some("ECDSA"), "CAMELLIA-256-CBC", Some("HMAC-SHA384"), false),
    s(0xC076, "TLS_ECDHE_RSA_WITH_CAMELLIA_128_CBC_SHA256", Some("ECDHE-RSA-CAMELLIA128-SHA256"), Some("ECDHE"), Some("RSA"), "CAMELLIA-128-CBC", Some("HMAC-SHA256"), false),
    s(0xC077, "TLS_ECDHE_RSA_WITH_CAMELLIA_256_CBC_SHA384", Some("ECDHE-RSA-CAMELLIA256-SHA384"), Some("ECDHE"), Some("RSA"), "CAMELLIA-256-CBC", Some("HMAC-SHA384"), false),
    s(0xC078, "TLS_ECDH_RSA_WITH_CAMELLIA_128_CBC_SHA256", Some("ECDH-RSA-CAMELLIA128-SHA256"), Some("ECDH"), Some("RSA"), "CAMELLIA-128-CBC", Some("HMAC-SHA256"), false),
    s(0xC079, "TLS_ECDH_RSA_WITH_CAMELLIA_256_CBC_SHA384", Some("ECDH-RSA-CAMELLIA256-SHA384"), Some("ECDH"), Some("RSA"), "CAMELLIA-256-CBC", Some("HMAC-SHA384"), false),
    s(0xC07A, "TLS_RSA_WITH_CAMELLIA_128_GCM_SHA256", None, Some("RSA-KeyTransport"), Some("RSA"), "CAMELLIA-128-GCM", None, false),
    s(0xC07B, "TLS_RSA_WITH_CAMELLIA_256_GCM_SHA384", None, Some("RSA-KeyTransport"), Some("RSA"), "CAMELLIA-256-GCM", None, false),
    s(0xC07C, "TLS_DHE_RSA_WITH_CAMELLIA_128_GCM_SHA256", None, Some("DHE"), Some("RSA"), "CAMELLIA-128-GCM", None, false),
    s(0xC07D, "TLS_DHE_RSA_WITH_CAMELLIA_256_GCM_SHA384", None, Some("DHE"), Some("RSA"), "CAMELLIA-256-GCM", None, false),
    s(0xC07E, "TLS_DH_RSA_WITH_CAMELLIA_128_GCM_SHA256", None, Some("DH"), Some("RSA"), "CAMELLIA-128-GCM", None, false),
    s(0xC07F, "TLS_DH_RSA_WITH_CAMELLIA_256_GCM_SHA384", None, Some("DH"), Some("RSA"), "CAMELLIA-256-GCM", None, false),
    s(0xC080, "TLS_DHE_DSS_WITH_CAMELLIA_128_GCM_SHA256", None, Some("DHE"), Some("DSA"), "CAMELLIA-128-GCM", None, false),
    s(0xC081, "TLS_DHE_DSS_WITH_CAMELLIA_256_GCM_SHA384", None, Some("DHE"), Some("DSA"), "CAMELLIA-256-GCM", None, false),
    s(0xC082, "TLS_DH_DSS_WITH_CAMELLIA_128_GCM_SHA256", None, Some("DH"), Some("DSA"), "CAMELLIA-128-GCM", None, false),
    s(0xC083, "TLS_DH_DSS_WITH_CAMELLIA_256_GCM_SHA384", None, Some("DH"), Some("DSA"), "CAMELLIA-256-GCM", None, false),
    s(0xC084, "TLS_DH_anon_WITH_CAMELLIA_128_GCM_SHA256", None, Some("DHE"), Some("anon"), "CAMELLIA-128-GCM", None, false),
    s(0xC085, "TLS_DH_anon_WITH_CAMELLIA_256_GCM_SHA384", None, Some("DHE"), Some("anon"), "CAMELLIA-256-GCM", None, false),
    s(0xC086, "TLS_ECDHE_ECDSA_WITH_CAMELLIA_128_GCM_SHA256", None, Some("ECDHE"), Some("ECDSA"), "CAMELLIA-128-GCM", None, false),
    s(0xC087, "TLS_ECDHE_ECDSA_WITH_CAMELLIA_256_GCM_SHA384", None, Some("ECDHE"), Some("ECDSA"), "CAMELLIA-256-GCM", None, false),
    s(0xC088, "TLS_ECDH_ECDSA_WITH_CAMELLIA_128_GCM_SHA256", None, Some("ECDH"), Some("ECDSA"), "CAMELLIA-128-GCM", None, false),
    s(0xC089, "TLS_ECDH_ECDSA_WITH_CAMELLIA_256_GCM_SHA384", None, Some("ECDH"), Some("ECDSA"), "CAMELLIA-256-GCM", None, false),
    s(0xC08A, "TLS_ECDHE_RSA_WITH_CAMELLIA_128_GCM_SHA256", None, Some("ECDHE"), Some("RSA"), "CAMELLIA-128-GCM", None, false),
    s(0xC08B, "TLS_ECDHE_RSA_WITH_CAMELLIA_256_GCM_SHA384", None, Some("ECDHE"), Some("RSA"), "CAMELLIA-256-GCM", None, false),
    s(0xC08C, "TLS_ECDH_RSA_WITH_CAMELLIA_128_GCM_SHA256", None, Some("ECDH"), Some("RSA"), "CAMELLIA-128-GCM", None, false),
    s(0xC08D, "TLS_ECDH_RSA_WITH_CAMELLIA_256_GCM_SHA384", None, Some("ECDH"), Some("RSA"), "CAMELLIA-256-GCM", None, false),
    s(0xC08E, "TLS_PSK_WITH_CAMELLIA_128_GCM_SHA256", None, Some("PSK"), Some("PSK"), "CAMELLIA-128-GCM", None, false),
    s(0xC08F, "TLS_PSK_WITH_CAMELLIA_256_GCM_SHA384", None, Some("PSK"), Some("PSK"), "CAMELLIA-256-GCM", None, false),
    s(0xC090, "TLS_DHE_PSK_WITH_CAMELLIA_128_GCM_SHA256", None, Some("DHE"), Some("PSK"), "CAMELLIA-128-GCM", None, false),
    s(0xC091, "TLS_DHE_PSK_WITH_CAMELLIA_256_GCM_SHA384", None, Some("DHE"), Some("PSK"), "CAMELLIA-256-GCM", None, false),
    s(0xC092, "TLS_RSA_PSK_WITH_CAMELLIA_128_GCM_SHA256", None, Some("RSA-KeyTransport"), Some("RSA"), "CAMELLIA-128-GCM", None, false),
    s(0xC093, "TLS_RSA_PSK_WITH_CAMELLIA_256_GCM_SHA384", None, Some("RSA-KeyTransport"), Some("RSA"), "CAMELLIA-256-GCM", None, false),
    s(0xC094, "TLS_PSK_WITH_CAMELLIA_128_CBC_SHA256", Some("PSK-CAMELLIA128-SHA256"), Some("PSK"), Some("PSK"), "CAMELLIA-128-CBC", Some("HMAC-SHA256"), false),
    s(0xC095, "TLS_PSK_WITH_CAMELLIA_256_CBC_SHA384", Some("PSK-CAMELLIA256-SHA384"), Some("PSK"), Some("PSK"), "CAMELLIA-256-CBC", Some("HMAC-SHA384"), false),
    s(0xC096, "TLS_DHE_PSK_WITH_CAMELLIA_128_CBC_SHA256", Some("DHE-PSK-CAMELLIA128-SHA256"), Some("DHE"), Some("PSK"), "CAMELLIA-128-CBC", Some("HMAC-SHA256"), false),
    s(0xC097, "TLS_DHE_PSK_WITH_CAMELLIA_256_CBC_SHA384", Some("DHE-PSK-CAMELLIA256-SHA384"), Some("DHE"), Some("PSK"), "CAMELLIA-256-CBC", Some("HMAC-SHA384"), false),
    s(0xC098, "TLS_RSA_PSK_WITH_CAMELLIA_128_CBC_SHA256", Some("RSA-PSK-CAMELLIA128-SHA256"), Some("RSA-KeyTransport"), Some("RSA"), "CAMELLIA-128-CBC", Some("HMAC-SHA256"), false),
    s(0xC099, "TLS_RSA_PSK_WITH_CAMELLIA_256_CBC_SHA384", Some("RSA-PSK-CAMELLIA256-SHA384"), Some("RSA-KeyTransport"), Some("RSA"), "CAMELLIA-256-CBC", Some("HMAC-SHA384"), false),
    s(0xC09A, "TLS_ECDHE_PSK_WITH_CAMELLIA_128_CBC_SHA256", Some("ECDHE-PSK-CAMELLIA128-SHA256"), Some("ECDHE"), Some("PSK"), "CAMELLIA-128-CBC", Some("HMAC-SHA256"), false),
    s(0xC09B, "TLS_ECDHE_PSK_WITH_CAMELLIA_256_CBC_SHA384", Some("ECDHE-PSK-CAMELLIA256-SHA384"), Some("ECDHE"), Some("PSK"), "CAMELLIA-256-CBC", Some("HMAC-SHA384"), false),
    s(0xC09C, "TLS_RSA_WITH_AES_128_CCM", Some("AES128-CCM"), Some("RSA-KeyTransport"), Some("RSA"), "AES-128-CCM", None, false),
    s(0xC09D, "TLS_RSA_WITH_AES_256_CCM", Some("AES256-CCM"), Some("RSA-KeyTransport"), Some("RSA"), "AES-256-CCM", None, false),
    s(0xC09E, "TLS_DHE_RSA_WITH_AES_128_CCM", Some("DHE-RSA-AES128-CCM"), Some("DHE"), Some("RSA"), "AES-128-CCM", None, false),
    s(0xC09F, "TLS_DHE_RSA_WITH_AES_256_CCM", Some("DHE-RSA-AES256-CCM"), Some("DHE"), Some("RSA"), "AES-256-CCM", None, false),
    s(0xC0A0, "TLS_RSA_WITH_AES_128_CCM_8", Some("AES128-CCM8"), Some("RSA-KeyTransport"), Some("RSA"), "AES-128-CCM-8", None, false),
    s(0xC0A1, "TLS_RSA_WITH_AES_256_CCM_8", Some("AES256-CCM8"), Some("RSA-KeyTransport"), Some("RSA"), "AES-256-CCM-8", None, false),
    s(0xC0A2, "TLS_DHE_RSA_WITH_AES_128_CCM_8", Some("DHE-RSA-AES128-CCM8"), Some("DHE"), Some("RSA"), "AES-128-CCM-8", None, false),
    s(0xC0A3, "TLS_DHE_RSA_WITH_AES_256_CCM_8", Some("DHE-RSA-AES256-CCM8"), Some("DHE"), Some("RSA"), "AES-256-CCM-8", None, false),
    s(0xC0A4, "TLS_PSK_WITH_AES_128_CCM", Some("PSK-AES128-CCM"), Some("PSK"), Some("PSK"), "AES-128-CCM", None, false),
    s(0xC0A5, "TLS_PSK_WITH_AES_256_CCM", Some("PSK-AES256-CCM"), Some("PSK"), Some("PSK"), "AES-256-CCM", None, false),
    s(0xC0A6, "TLS_DHE_PSK_WITH_AES_128_CCM", Some("DHE-PSK-AES128-CCM"), Some("DHE"), Some("PSK"), "AES-128-CCM", None, false),
    s(0xC0A7, "TLS_DHE_PSK_WITH_AES_256_CCM", Some("DHE-PSK-AES256-CCM"), Some("DHE"), Some("PSK"), "AES-256-CCM", None, false),
    s(0xC0A8, "TLS_PSK_WITH_AES_128_CCM_8", Some("PSK-AES128-CCM8"), Some("PSK"), Some("PSK"), "AES-128-CCM-8", None, false),
    s(0xC0A9, "TLS_PSK_WITH_AES_256_CCM_8", Some("PSK-AES256-CCM8"), Some("PSK"), Some("PSK"), "AES-256-CCM-8", None, false),
    s(0xC0AA, "TLS_PSK_DHE_WITH_AES_128_CCM_8", Some("DHE-PSK-AES128-CCM8"), Some("DHE"), Some("PSK"), "AES-128-CCM-8", None, false),
    s(0xC0AB, "TLS_PSK_DHE_WITH_AES_256_CCM_8", Some("DHE-PSK-AES256-CCM8"), Some("DHE"), Some("PSK"), "AES-256-CCM-8", None, false),
    s(0xC0AC, "TLS_ECDHE_ECDSA_WITH_AES_128_CCM", Some("ECDHE-ECDSA-AES128-CCM"), Some("ECDHE"), Some("ECDSA"), "AES-128-CCM", None, false),
    s(0xC0AD, "TLS_ECDHE_ECDSA_WITH_AES_256_CCM", Some("ECDHE-ECDSA-AES256-CCM"), Some("ECDHE"), Some("ECDSA"), "AES-256-CCM", None, false),
    s(0xC0AE, "TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8", Some("ECDHE-ECDSA-AES128-CCM8"), Some("ECDHE"), Some("ECDSA"), "AES-128-CCM-8", None, false),
    s(0xC0AF, "TLS_ECDHE_ECDSA_WITH_AES_256_CCM_8", Some("ECDHE-ECDSA-AES256-CCM8"), Some("ECDHE"), Some("ECDSA"), "AES-256-CCM-8", None, false),
    s(0xC0B0, "TLS_ECCPWD_WITH_AES_128_GCM_SHA256", None, Some("ECCPWD"), Some("ECCPWD"), "AES-128-GCM", None, false),
    s(0xC0B1, "TLS_ECCPWD_WITH_AES_256_GCM_SHA384", None, Some("ECCPWD"), Some("ECCPWD"), "AES-256-GCM", None, false),
    s(0xC0B2, "TLS_ECCPWD_WITH_AES_128_CCM_SHA256", None, Some("ECCPWD"), Some("ECCPWD"), "AES-128-CCM", None, false),
    s(0xC0B3, "TLS_ECCPWD_WITH_AES_256_CCM_SHA384", None, Some("ECCPWD"), Some("ECCPWD"), "AES-256-CCM", None, false),
    s(0xC0B4, "TLS_SHA256_SHA256", None, None, None, "NULL", Some("HMAC-SHA256"), false),
    s(0xC0B5, "TLS_SHA384_SHA384", None, None, None, "NULL", Some("HMAC-SHA384"), false),
    s(0xC100, "TLS_GOSTR341112_256_WITH_KUZNYECHIK_CTR_OMAC", None, Some("VKO-GOSTR3410-2012"), Some("GOSTR3410-2012"), "Kuznyechik-CTR-OMAC", None, false),
    s(0xC101, "TLS_GOSTR341112_256_WITH_MAGMA_CTR_OMAC", None, Some("VKO-GOSTR3410-2012"), Some("GOSTR3410-2012"), "Magma-CTR-OMAC", None, false),
    s(0xC102, "TLS_GOSTR341112_256_WITH_28147_CNT_IMIT", None, Some("VKO-GOSTR3410-2012"), Some("GOSTR3410-2012"), "GOST28147-CNT-IMIT", None, false),
    s(0xC103, "TLS_GOSTR341112_256_WITH_KUZNYECHIK_MGM_L", None, None, None, "Kuznyechik-MGM", None, false),
    s(0xC104, "TLS_GOSTR341112_256_WITH_MAGMA_MGM_L", None, None, None, "Magma-MGM", None, false),
    s(0xC105, "TLS_GOSTR341112_256_WITH_KUZNYECHIK_MGM_S", None, None, None, "Kuznyechik-MGM", None, false),
    s(0xC106, "TLS_GOSTR341112_256_WITH_MAGMA_MGM_S", None, None, None, "Magma-MGM", None, false),
    s(0xCC13, "OLD_TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256", Some("ECDHE-RSA-CHACHA20-POLY1305-OLD"), Some("ECDHE"), Some("RSA"), "ChaCha20-Poly1305", None, false),
    s(0xCC14, "OLD_TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", Some("ECDHE-ECDSA-CHACHA20-POLY1305-OLD"), Some("ECDHE"), Some("ECDSA"), "ChaCha20-Poly1305", None, false),
    s(0xCC15, "OLD_TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256", Some("DHE-RSA-CHACHA20-POLY1305-OLD"), Some("DHE"), Some("RSA"), "ChaCha20-Poly1305", None, false),
    s(0xCCA8, "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256", Some("ECDHE-RSA-CHACHA20-POLY1305"), Some("ECDHE"), Some("RSA"), "ChaCha20-Poly1305", None, false),
    s(0xCCA9, "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", Some("ECDHE-ECDSA-CHACHA20-POLY1305"), Some("ECDHE"), Some("ECDSA"), "ChaCha20-Poly1305", None, false),
    s(0xCCAA, "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256", Some("DHE-RSA-CHACHA20-POLY1305"), Some("DHE"), Some("RSA"), "ChaCha20-Poly1305", None, false),
    s(0xCCAB, "TLS_PSK_WITH_CHACHA20_POLY1305_SHA256", Some("PSK-CHACHA20-POLY1305"), Some("PSK"), Some("PSK"), "ChaCha20-Poly1305", None, false),
    s(0xCCAC, "TLS_ECDHE_PSK_WITH_CHACHA20_POLY1305_SHA256", Some("ECDHE-PSK-CHACHA20-POLY1305"), Some("ECDHE"), Some("PSK"), "ChaCha20-Poly1305", None, false),
    s(0xCCAD, "TLS_DHE_PSK_WITH_CHACHA20_POLY1305_SHA256", Some("DHE-PSK-CHACHA20-POLY1305"), Some("DHE"), Some("PSK"), "ChaCha20-Poly1305", None, false),
    s(0xCCAE, "TLS_RSA_PSK_WITH_CHACHA20_POLY1305_SHA256", Some("RSA-PSK-CHACHA20-POLY1305"), Some("RSA-KeyTransport"), Some("RSA"), "ChaCha20-Poly1305", None, false),
    s(0xD001, "TLS_ECDHE_PSK_WITH_AES_128_GCM_SHA256", None, Some("ECDHE"), Some("PSK"), "AES-128-GCM", None, false),
    s(0xD002, "TLS_ECDHE_PSK_WITH_AES_256_GCM_SHA384", None, Some("ECDHE"), Some("PSK"), "AES-256-GCM", None, false),
    s(0xD003, "TLS_ECDHE_PSK_WITH_AES_128_CCM_8_SHA256", None, Some("ECDHE"), Some("PSK"), "AES-128-CCM-8", None, false),
    s(0xD005, "TLS_ECDHE_PSK_WITH_AES_128_CCM_SHA256", None, Some("ECDHE"), Some("PSK"), "AES-128-CCM", None, false),
    s(0xFEFE, "SSL_RSA_FIPS_WITH_DES_CBC_SHA", None, Some("RSA-KeyTransport"), Some("RSA"), "DES-CBC", Some("HMAC-SHA1"), false),
    s(0xFEFF, "SSL_RSA_FIPS_WITH_3DES_EDE_CBC_SHA", None, Some("RSA-KeyTransport"), Some("RSA"), "DES-EDE3-CBC", Some("HMAC-SHA1"), false),
];

/// Sorted by codepoint (a test checks it).
pub(super) static GROUPS: &[TlsGroup] = &[
    // RFC 8422 (deprecated binary and small prime curves 1–22; secp256r1/384r1/521r1 23–25).
    g(1, "sect163k1", "ECDH-K-163"),
    g(2, "sect163r1", "ECDH-sect163r1"),
    g(3, "sect163r2", "ECDH-B-163"),
    g(4, "sect193r1", "ECDH-sect193r1"),
    g(5, "sect193r2", "ECDH-sect193r2"),
    g(6, "sect233k1", "ECDH-K-233"),
    g(7, "sect233r1", "ECDH-B-233"),
    g(8, "sect239k1", "ECDH-sect239k1"),
    g(9, "sect283k1", "ECDH-K-283"),
    g(10, "sect283r1", "ECDH-B-283"),
    g(11, "sect409k1", "ECDH-K-409"),
    g(12, "sect409r1", "ECDH-B-409"),
    g(13, "sect571k1", "ECDH-K-571"),
    g(14, "sect571r1", "ECDH-B-571"),
    g(15, "secp160k1", "ECDH-secp160k1"),
    g(16, "secp160r1", "ECDH-secp160r1"),
    g(17, "secp160r2", "ECDH-secp160r2"),
    g(18, "secp192k1", "ECDH-secp192k1"),
    g(19, "secp192r1", "ECDH-P-192"),
    g(20, "secp224k1", "ECDH-secp224k1"),
    g(21, "secp224r1", "ECDH-P-224"),
    g(22, "secp256k1", "ECDH-secp256k1"),
    g(23, "secp256r1", "ECDH-P-256"),
    g(24, "secp384r1", "ECDH-P-384"),
    g(25, "secp521r1", "ECDH-P-521"),
    // RFC 7027 (TLS 1.2) and RFC 8734 (TLS 1.3) Brainpool groups.
    g(26, "brainpoolP256r1", "ECDH-brainpoolP256r1"),
    g(27, "brainpoolP384r1", "ECDH-brainpoolP384r1"),
    g(28, "brainpoolP512r1", "ECDH-brainpoolP512r1"),
    // RFC 8422 / RFC 7748.
    g(29, "x25519", "X25519"),
    g(30, "x448", "X448"),
    g(31, "brainpoolP256r1tls13", "ECDH-brainpoolP256r1"),
    g(32, "brainpoolP384r1tls13", "ECDH-brainpoolP384r1"),
    g(33, "brainpoolP512r1tls13", "ECDH-brainpoolP512r1"),
    // RFC 9189: GOST R 34.10-2012 curves (tc26 256-bit A–D, 512-bit A–C).
    g(34, "GC256A", "VKO-GOSTR3410-2012-256"),
    g(35, "GC256B", "VKO-GOSTR3410-2012-256"),
    g(36, "GC256C", "VKO-GOSTR3410-2012-256"),
    g(37, "GC256D", "VKO-GOSTR3410-2012-256"),
    g(38, "GC512A", "VKO-GOSTR3410-2012-512"),
    g(39, "GC512B", "VKO-GOSTR3410-2012-512"),
    g(40, "GC512C", "VKO-GOSTR3410-2012-512"),
    // RFC 8998.
    g(41, "curveSM2", "ECDH-SM2"),
    // RFC 7919 finite-field groups.
    g(256, "ffdhe2048", "ffdhe2048"),
    g(257, "ffdhe3072", "ffdhe3072"),
    g(258, "ffdhe4096", "ffdhe4096"),
    g(259, "ffdhe6144", "ffdhe6144"),
    g(260, "ffdhe8192", "ffdhe8192"),
    // draft-ietf-tls-mlkem: pure ML-KEM.
    g(0x0200, "MLKEM512", "ML-KEM-512"),
    g(0x0201, "MLKEM768", "ML-KEM-768"),
    g(0x0202, "MLKEM1024", "ML-KEM-1024"),
    // draft-ietf-tls-ecdhe-mlkem: hybrids.
    g(0x11EB, "SecP256r1MLKEM768", "SecP256r1MLKEM768"),
    g(0x11EC, "X25519MLKEM768", "X25519MLKEM768"),
    g(0x11ED, "SecP384r1MLKEM1024", "SecP384r1MLKEM1024"),
    // draft-tls-westerbaan-xyber768d00 and its P-256 sibling (obsolete, still offered by old
    // Chrome and Cloudflare builds).
    g(0x6399, "X25519Kyber768Draft00", "X25519Kyber768Draft00"),
    g(
        0x639A,
        "SecP256r1Kyber768Draft00",
        "SecP256r1Kyber768Draft00",
    ),
];

/// Sorted by codepoint (a test checks it).
pub(super) static SIGNATURE_SCHEMES: &[TlsSignatureScheme] = &[
    // TLS 1.2 (RFC 5246 §7.4.1.4.1) hash/signature pairs that RFC 8446 keeps reserved.
    sig(0x0101, "rsa_md5", "MD5withRSA"),
    sig(0x0102, "dsa_md5", "MD5withDSA"),
    sig(0x0103, "ecdsa_md5", "MD5withECDSA"),
    // RFC 8446 legacy SHA-1 schemes.
    sig(0x0201, "rsa_pkcs1_sha1", "SHA1withRSA"),
    sig(0x0202, "dsa_sha1", "SHA1withDSA"),
    sig(0x0203, "ecdsa_sha1", "SHA1withECDSA"),
    sig(0x0301, "rsa_sha224", "SHA224withRSA"),
    sig(0x0302, "dsa_sha224", "SHA224withDSA"),
    sig(0x0303, "ecdsa_sha224", "SHA224withECDSA"),
    // RFC 8446 §4.2.3.
    sig(0x0401, "rsa_pkcs1_sha256", "SHA256withRSA"),
    sig(0x0402, "dsa_sha256", "SHA256withDSA"),
    sig(0x0403, "ecdsa_secp256r1_sha256", "SHA256withECDSA"),
    // draft-ietf-tls-tls13-pkcs1: PKCS #1 v1.5 in TLS 1.3 client authentication.
    sig(0x0420, "rsa_pkcs1_sha256_legacy", "SHA256withRSA"),
    sig(0x0501, "rsa_pkcs1_sha384", "SHA384withRSA"),
    sig(0x0502, "dsa_sha384", "SHA384withDSA"),
    sig(0x0503, "ecdsa_secp384r1_sha384", "SHA384withECDSA"),
    sig(0x0520, "rsa_pkcs1_sha384_legacy", "SHA384withRSA"),
    sig(0x0601, "rsa_pkcs1_sha512", "SHA512withRSA"),
    sig(0x0602, "dsa_sha512", "SHA512withDSA"),
    sig(0x0603, "ecdsa_secp521r1_sha512", "SHA512withECDSA"),
    sig(0x0620, "rsa_pkcs1_sha512_legacy", "SHA512withRSA"),
    // RFC 8998.
    sig(0x0708, "sm2sig_sm3", "SM3withSM2"),
    // RFC 9367 (TLS 1.3 GOST).
    sig(
        0x0709,
        "gostr34102012_256a",
        "GOSTR3411-2012-256withGOSTR3410-2012-256",
    ),
    sig(
        0x070A,
        "gostr34102012_256b",
        "GOSTR3411-2012-256withGOSTR3410-2012-256",
    ),
    sig(
        0x070B,
        "gostr34102012_256c",
        "GOSTR3411-2012-256withGOSTR3410-2012-256",
    ),
    sig(
        0x070C,
        "gostr34102012_256d",
        "GOSTR3411-2012-256withGOSTR3410-2012-256",
    ),
    sig(
        0x070D,
        "gostr34102012_512a",
        "GOSTR3411-2012-512withGOSTR3410-2012-512",
    ),
    sig(
        0x070E,
        "gostr34102012_512b",
        "GOSTR3411-2012-512withGOSTR3410-2012-512",
    ),
    sig(
        0x070F,
        "gostr34102012_512c",
        "GOSTR3411-2012-512withGOSTR3410-2012-512",
    ),
    // RFC 8446 §4.2.3.
    sig(0x0804, "rsa_pss_rsae_sha256", "SHA256withRSA/PSS"),
    sig(0x0805, "rsa_pss_rsae_sha384", "SHA384withRSA/PSS"),
    sig(0x0806, "rsa_pss_rsae_sha512", "SHA512withRSA/PSS"),
    sig(0x0807, "ed25519", "Ed25519"),
    sig(0x0808, "ed448", "Ed448"),
    sig(0x0809, "rsa_pss_pss_sha256", "SHA256withRSA/PSS"),
    sig(0x080A, "rsa_pss_pss_sha384", "SHA384withRSA/PSS"),
    sig(0x080B, "rsa_pss_pss_sha512", "SHA512withRSA/PSS"),
    // RFC 8734.
    sig(
        0x081A,
        "ecdsa_brainpoolP256r1tls13_sha256",
        "SHA256withECDSA",
    ),
    sig(
        0x081B,
        "ecdsa_brainpoolP384r1tls13_sha384",
        "SHA384withECDSA",
    ),
    sig(
        0x081C,
        "ecdsa_brainpoolP512r1tls13_sha512",
        "SHA512withECDSA",
    ),
    // RFC 9189 (TLS 1.2 GOST, intrinsic hash).
    sig(
        0x0840,
        "gostr34102012_256",
        "GOSTR3411-2012-256withGOSTR3410-2012-256",
    ),
    sig(
        0x0841,
        "gostr34102012_512",
        "GOSTR3411-2012-512withGOSTR3410-2012-512",
    ),
    // draft-ietf-tls-mldsa.
    sig(0x0904, "mldsa44", "ML-DSA-44"),
    sig(0x0905, "mldsa65", "ML-DSA-65"),
    sig(0x0906, "mldsa87", "ML-DSA-87"),
];

pub(super) fn cipher_suite(code: u16) -> Option<&'static TlsCipherSuite> {
    CIPHER_SUITES
        .binary_search_by_key(&code, |s| s.code)
        .ok()
        .map(|i| &CIPHER_SUITES[i])
}

pub(super) fn cipher_suite_by_name(name: &str) -> Option<&'static TlsCipherSuite> {
    CIPHER_SUITES.iter().find(|s| {
        s.iana_name.eq_ignore_ascii_case(name)
            || s.openssl_name.is_some_and(|o| o.eq_ignore_ascii_case(name))
    })
}

pub(super) fn group(code: u16) -> Option<&'static TlsGroup> {
    GROUPS
        .binary_search_by_key(&code, |g| g.code)
        .ok()
        .map(|i| &GROUPS[i])
}

pub(super) fn signature_scheme(code: u16) -> Option<&'static TlsSignatureScheme> {
    SIGNATURE_SCHEMES
        .binary_search_by_key(&code, |s| s.code)
        .ok()
        .map(|i| &SIGNATURE_SCHEMES[i])
}
