//! C and C++: OpenSSL (EVP, the deprecated low-level API, TLS contexts), libsodium, mbedTLS,
//! and for C++ Botan and Crypto++.
//!
//! C has no imports, so a rule matches the function name as written (`EVP_aes_128_cbc()`,
//! `MD5(…)`); `obj.MD5(…)` or `ns::MD5(…)` never match a one-segment rule. A name followed by
//! `(` is a call only where an expression can start: `const EVP_MD *EVP_md5(void);` in a header
//! and `unsigned char *MD5(…) {` in a library's own source are declarations and report nothing.
//!
//! Choices worth knowing:
//! - A cipher or digest handed to an init function (`EVP_EncryptInit_ex(ctx, EVP_aes_128_cbc(),
//!   …)`, `EVP_DigestInit_ex(ctx, EVP_sha256(), …)`) is reported once, by the constructor; the
//!   init function only reports hard-coded key and IV arguments. A digest handed to an HMAC, a
//!   KDF or a signature init is consumed into that one finding.
//! - `SSLv23_method()` / `TLS_method()` are the version-flexible methods: the versions they allow
//!   are set by the library build and by `SSL_CTX_set_min_proto_version`/`SSL_OP_NO_*`, not by the
//!   name (OpenSSL 1.1.0 made `SSLv23_method` an alias of `TLS_method` and builds without SSLv3 by
//!   default), so they report nothing. The fixed-version methods (`TLSv1_method`,
//!   `SSLv3_method`, …) report their version.
//! - Key operations on a key found elsewhere (`EC_KEY_generate_key(key)`, `DH_generate_key`,
//!   `EVP_PKEY_keygen`) report nothing: the algorithm was chosen where the key or context was
//!   made. `EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, 1024)` and friends size the finding the
//!   context variable holds, or report a sized key at their own line when the context was made
//!   elsewhere.
//! - `EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING)` is a PKCS#1 v1.5 *encryption* only
//!   when the same context is passed to `EVP_PKEY_encrypt_init`/`EVP_PKEY_decrypt_init` in the
//!   file; on a signing context it is the ordinary PKCS#1 v1.5 signature padding.
//! - libsodium's `crypto_secretbox_*` (XSalsa20-Poly1305) is not reported: the catalogue has no
//!   XSalsa20 entry.
//! - Crypto++ types are reported where an object is made (`SHA256 h;`, `CBC_Mode<AES>::Encryption
//!   e(…)`, `SHA256().CalculateDigest(…)`, `using Enc = …`), not where they only name a
//!   parameter type (`const SHA256& h`).

use mamori_model::{
    Algorithm, CodeFinding, CodeFindingKind, Language, MaterialKind, Weakness, WeaknessKind,
    catalogue,
};

use super::engine::{Act, Action, Ctx, Form, LanguageRules, Match, Rule, mode_of, rule, with_mode};
use super::imports;
use super::java::{
    MIN_ITERATIONS, hmac_of, low_iterations, pkcs1_encryption, weak_hash_password,
    weak_password_hash,
};
use super::lexer::{Kind, PATH_SEP};

use Form::{Any, Call, Ref};

pub static RULES: LanguageRules = LanguageRules::new(
    &TABLE,
    &[
        ("GenerateRandomWithKeySize", cpp_key_size),
        ("Initialize", cpp_key_size),
        ("DeriveKey", cpp_derive_key),
    ],
    cpp_imports,
);

/// `(rule id, path, min, form, action, parameter)`. The parameter is read by the action: the
/// canonical name for fixed rules (empty: the function name is itself a catalogue API name),
/// and a small argument description for the others (see [`Param`]).
pub(super) type Spec = (&'static str, &'static str, u8, Form, Action, &'static str);

static TABLE: [Rule; SPECS.len()] = build(SPECS);

pub(super) const fn build<const N: usize>(specs: &[Spec]) -> [Rule; N] {
    const PLACEHOLDER: Rule = rule("", "", 0, Form::Any, Act::Alg(""));
    let mut out = [PLACEHOLDER; N];
    let mut i = 0;
    while i < specs.len() && i < N {
        let (id, path, min, form, action, _) = specs[i];
        out[i] = rule(id, path, min, form, Act::Custom(action));
        i += 1;
    }
    out
}

/// The parameter of the rule that matched: the spec whose path ends with the name as written,
/// else (a namespace alias) the one with the same last segment.
fn param(ctx: &Ctx<'_>, m: &Match) -> &'static str {
    param_in(ctx, SPECS, m)
}

/// [`param`] over another language's specs.
pub(super) fn param_in(ctx: &Ctx<'_>, specs: &'static [Spec], m: &Match) -> &'static str {
    let written: Vec<&str> = m.symbol.split('.').collect();
    // Through an import: the full path.
    if let Some(base) = written.first().and_then(|w| ctx.imports.get(*w)) {
        let mut full: Vec<&str> = base.iter().map(String::as_str).collect();
        full.extend(&written[1..]);
        let path = full.join(" ");
        if let Some(s) = specs.iter().find(|s| s.0 == m.rule && s.1 == path) {
            return s.5;
        }
    }
    let suffix = |path: &str, w: &[&str]| {
        let segs: Vec<&str> = path.split(' ').collect();
        !w.is_empty() && segs.len() >= w.len() && segs[segs.len() - w.len()..] == w[..]
    };
    // As written; else without the first segment, which may be an import's local name
    // (`CryptoJS.AES.encrypt` for `crypto-js AES encrypt`).
    specs
        .iter()
        .find(|s| s.0 == m.rule && suffix(s.1, &written))
        .or_else(|| {
            specs
                .iter()
                .find(|s| s.0 == m.rule && suffix(s.1, &written[1.min(written.len())..]))
        })
        .map_or("", |s| s.5)
}

pub(super) fn last_seg(s: &str) -> &str {
    s.rsplit(['.', ' ']).next().unwrap_or(s)
}

// Rule ids.
const EVP_CIPHER: &str = "c.openssl.evp-cipher";
const EVP_DIGEST: &str = "c.openssl.evp-digest";
const EVP_INIT: &str = "c.openssl.evp-init";
const EVP_FETCH: &str = "c.openssl.evp-fetch";
const EVP_PKEY: &str = "c.openssl.evp-pkey";
const EVP_KDF: &str = "c.openssl.kdf";
const EVP_MAC: &str = "c.openssl.hmac";
const EVP_SIGN: &str = "c.openssl.sign";
const LEGACY: &str = "c.openssl.legacy";
const LEGACY_PK: &str = "c.openssl.legacy-pk";
const SSL: &str = "c.openssl.ssl";
const SODIUM: &str = "c.sodium";
const MBED: &str = "c.mbedtls";
const MBED_TLS: &str = "c.mbedtls.ssl";
const BOTAN: &str = "cpp.botan";
const BOTAN_KEY: &str = "cpp.botan.key";
const CRYPTOPP: &str = "cpp.cryptopp";
const CRYPTOPP_TPL: &str = "cpp.cryptopp.template";

#[rustfmt::skip]
const SPECS: &[Spec] = &[
    // ---- OpenSSL EVP cipher constructors: every EVP_* cipher name of the catalogue ----------
    (EVP_CIPHER, "EVP_aes_128_ecb", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_aes_128_cbc", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_aes_128_ctr", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_aes_128_cfb128", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_aes_128_cfb8", 1, Call, named, "AES-128-CFB"),
    (EVP_CIPHER, "EVP_aes_128_cfb1", 1, Call, named, "AES-128-CFB"),
    (EVP_CIPHER, "EVP_aes_128_ofb", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_aes_128_gcm", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_aes_128_ccm", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_aes_128_wrap", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_aes_128_wrap_pad", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_aes_128_xts", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_aes_128_cbc_hmac_sha1", 1, Call, named, "AES-128-CBC"),
    (EVP_CIPHER, "EVP_aes_128_cbc_hmac_sha256", 1, Call, named, "AES-128-CBC"),
    (EVP_CIPHER, "EVP_aes_192_ecb", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_aes_192_cbc", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_aes_192_ctr", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_aes_192_cfb128", 1, Call, named, "AES-192-CFB"),
    (EVP_CIPHER, "EVP_aes_192_ofb", 1, Call, named, "AES-192-OFB"),
    (EVP_CIPHER, "EVP_aes_192_gcm", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_aes_192_ccm", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_aes_192_wrap", 1, Call, named, "AES-192-KW"),
    (EVP_CIPHER, "EVP_aes_256_ecb", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_aes_256_cbc", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_aes_256_ctr", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_aes_256_cfb128", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_aes_256_cfb8", 1, Call, named, "AES-256-CFB"),
    (EVP_CIPHER, "EVP_aes_256_cfb1", 1, Call, named, "AES-256-CFB"),
    (EVP_CIPHER, "EVP_aes_256_ofb", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_aes_256_gcm", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_aes_256_ccm", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_aes_256_wrap", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_aes_256_wrap_pad", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_aes_256_xts", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_aes_256_cbc_hmac_sha1", 1, Call, named, "AES-256-CBC"),
    (EVP_CIPHER, "EVP_aes_256_cbc_hmac_sha256", 1, Call, named, "AES-256-CBC"),
    (EVP_CIPHER, "EVP_chacha20", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_chacha20_poly1305", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_des_ecb", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_des_cbc", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_des_cfb64", 1, Call, named, "DES"),
    (EVP_CIPHER, "EVP_des_ofb", 1, Call, named, "DES"),
    (EVP_CIPHER, "EVP_des_ede3", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_des_ede3_ecb", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_des_ede3_cbc", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_des_ede3_cfb64", 1, Call, named, "3DES"),
    (EVP_CIPHER, "EVP_des_ede3_ofb", 1, Call, named, "3DES"),
    (EVP_CIPHER, "EVP_des_ede_cbc", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_rc4", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_rc4_40", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_rc4_hmac_md5", 1, Call, named, "RC4"),
    (EVP_CIPHER, "EVP_rc2_cbc", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_rc2_ecb", 1, Call, named, "RC2"),
    (EVP_CIPHER, "EVP_rc2_40_cbc", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_rc2_64_cbc", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_bf_cbc", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_bf_ecb", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_bf_cfb64", 1, Call, named, "Blowfish"),
    (EVP_CIPHER, "EVP_bf_ofb", 1, Call, named, "Blowfish"),
    (EVP_CIPHER, "EVP_cast5_cbc", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_idea_cbc", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_seed_cbc", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_camellia_128_cbc", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_camellia_192_cbc", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_camellia_256_cbc", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_aria_128_cbc", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_aria_256_cbc", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_aria_128_gcm", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_aria_256_gcm", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_sm4_cbc", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_sm4_ecb", 1, Call, named, ""),
    (EVP_CIPHER, "EVP_enc_null", 1, Call, named, ""),
    // ---- EVP digests ---------------------------------------------------------------------
    (EVP_DIGEST, "EVP_md2", 1, Call, named, ""),
    (EVP_DIGEST, "EVP_md4", 1, Call, named, ""),
    (EVP_DIGEST, "EVP_md5", 1, Call, named, ""),
    (EVP_DIGEST, "EVP_sha1", 1, Call, named, ""),
    (EVP_DIGEST, "EVP_sha224", 1, Call, named, ""),
    (EVP_DIGEST, "EVP_sha256", 1, Call, named, ""),
    (EVP_DIGEST, "EVP_sha384", 1, Call, named, ""),
    (EVP_DIGEST, "EVP_sha512", 1, Call, named, ""),
    (EVP_DIGEST, "EVP_sha512_224", 1, Call, named, ""),
    (EVP_DIGEST, "EVP_sha512_256", 1, Call, named, ""),
    (EVP_DIGEST, "EVP_sha3_224", 1, Call, named, ""),
    (EVP_DIGEST, "EVP_sha3_256", 1, Call, named, ""),
    (EVP_DIGEST, "EVP_sha3_384", 1, Call, named, ""),
    (EVP_DIGEST, "EVP_sha3_512", 1, Call, named, ""),
    (EVP_DIGEST, "EVP_shake128", 1, Call, named, ""),
    (EVP_DIGEST, "EVP_shake256", 1, Call, named, ""),
    (EVP_DIGEST, "EVP_ripemd160", 1, Call, named, ""),
    (EVP_DIGEST, "EVP_blake2b512", 1, Call, named, ""),
    (EVP_DIGEST, "EVP_blake2s256", 1, Call, named, ""),
    (EVP_DIGEST, "EVP_sm3", 1, Call, named, ""),
    // ---- Algorithms by name, OpenSSL 3 fetches -------------------------------------------
    (EVP_FETCH, "EVP_get_cipherbyname", 1, Call, by_name, "0"),
    (EVP_FETCH, "EVP_get_digestbyname", 1, Call, by_name, "0"),
    (EVP_FETCH, "EVP_CIPHER_fetch", 1, Call, by_name, "1"),
    (EVP_FETCH, "EVP_MD_fetch", 1, Call, by_name, "1"),
    (EVP_FETCH, "EVP_KDF_fetch", 1, Call, by_name, "1"),
    // ---- Cipher and digest init: hard-coded key and IV -----------------------------------
    (EVP_INIT, "EVP_EncryptInit_ex", 1, Call, evp_init, "3"),
    (EVP_INIT, "EVP_DecryptInit_ex", 1, Call, evp_init, "3"),
    (EVP_INIT, "EVP_CipherInit_ex", 1, Call, evp_init, "3"),
    (EVP_INIT, "EVP_EncryptInit", 1, Call, evp_init, "2"),
    (EVP_INIT, "EVP_DecryptInit", 1, Call, evp_init, "2"),
    (EVP_INIT, "EVP_CipherInit", 1, Call, evp_init, "2"),
    (EVP_INIT, "EVP_EncryptInit_ex2", 1, Call, evp_init, "2"),
    (EVP_INIT, "EVP_DecryptInit_ex2", 1, Call, evp_init, "2"),
    (EVP_INIT, "EVP_CipherInit_ex2", 1, Call, evp_init, "2"),
    // ---- Key generation through EVP_PKEY -------------------------------------------------
    (EVP_PKEY, "EVP_PKEY_CTX_new_id", 1, Call, pkey_ctx_new_id, ""),
    (EVP_PKEY, "EVP_PKEY_CTX_new_from_name", 1, Call, pkey_ctx_new_from_name, ""),
    (EVP_PKEY, "EVP_PKEY_CTX_set_rsa_keygen_bits", 1, Call, pkey_set_bits, "RSA"),
    (EVP_PKEY, "EVP_PKEY_CTX_set_dsa_paramgen_bits", 1, Call, pkey_set_bits, "DSA"),
    (EVP_PKEY, "EVP_PKEY_CTX_set_dh_paramgen_prime_len", 1, Call, pkey_set_bits, "DH"),
    (EVP_PKEY, "EVP_PKEY_CTX_set_ec_paramgen_curve_nid", 1, Call, pkey_set_curve, ""),
    (EVP_PKEY, "EVP_PKEY_CTX_set_rsa_padding", 1, Call, pkey_set_padding, ""),
    (EVP_PKEY, "EVP_PKEY_Q_keygen", 1, Call, q_keygen, ""),
    (EVP_PKEY, "EVP_RSA_gen", 1, Call, sized, "RSA:0"),
    (EVP_PKEY, "EVP_EC_gen", 1, Call, ec_gen, ""),
    // ---- HMAC, KDFs, signatures ----------------------------------------------------------
    (EVP_MAC, "HMAC", 1, Call, hmac, "0:1"),
    (EVP_MAC, "HMAC_Init_ex", 1, Call, hmac, "3:1"),
    (EVP_MAC, "HMAC_Init", 1, Call, hmac, "3:1"),
    (EVP_KDF, "PKCS5_PBKDF2_HMAC", 1, Call, pbkdf2, ""),
    (EVP_KDF, "PKCS5_PBKDF2_HMAC_SHA1", 1, Call, pbkdf2, "SHA-1"),
    (EVP_KDF, "EVP_PBE_scrypt", 1, Call, named, "scrypt|p0|s2"),
    (EVP_KDF, "EVP_BytesToKey", 1, Call, bytes_to_key, ""),
    (EVP_SIGN, "EVP_DigestSignInit", 1, Call, sign_digest, "2"),
    (EVP_SIGN, "EVP_DigestVerifyInit", 1, Call, sign_digest, "2"),
    (EVP_SIGN, "EVP_SignInit", 1, Call, sign_digest, "1"),
    (EVP_SIGN, "EVP_SignInit_ex", 1, Call, sign_digest, "1"),
    (EVP_SIGN, "EVP_VerifyInit", 1, Call, sign_digest, "1"),
    (EVP_SIGN, "EVP_VerifyInit_ex", 1, Call, sign_digest, "1"),
    (EVP_SIGN, "EVP_PKEY_CTX_set_signature_md", 1, Call, sign_digest, "1"),
    // ---- Deprecated low-level API --------------------------------------------------------
    (LEGACY, "MD4", 1, Call, named, ""),
    (LEGACY, "MD5", 1, Call, named, ""),
    (LEGACY, "SHA1", 1, Call, named, ""),
    (LEGACY, "SHA224", 1, Call, named, ""),
    (LEGACY, "SHA256", 1, Call, named, ""),
    (LEGACY, "SHA384", 1, Call, named, ""),
    (LEGACY, "SHA512", 1, Call, named, ""),
    (LEGACY, "RIPEMD160", 1, Call, named, ""),
    (LEGACY, "MD4_Init", 1, Call, named, ""),
    (LEGACY, "MD5_Init", 1, Call, named, ""),
    (LEGACY, "SHA1_Init", 1, Call, named, ""),
    (LEGACY, "SHA224_Init", 1, Call, named, "SHA-224"),
    (LEGACY, "SHA256_Init", 1, Call, named, ""),
    (LEGACY, "SHA384_Init", 1, Call, named, "SHA-384"),
    (LEGACY, "SHA512_Init", 1, Call, named, ""),
    (LEGACY, "RIPEMD160_Init", 1, Call, named, "RIPEMD-160"),
    (LEGACY, "DES_set_key", 1, Call, named, "|k0"),
    (LEGACY, "DES_set_key_checked", 1, Call, named, "DES|k0"),
    (LEGACY, "DES_set_key_unchecked", 1, Call, named, "DES|k0"),
    (LEGACY, "DES_key_sched", 1, Call, named, "DES|k0"),
    (LEGACY, "DES_ecb_encrypt", 1, Call, named, ""),
    (LEGACY, "DES_ecb3_encrypt", 1, Call, named, "3DES"),
    (LEGACY, "DES_ncbc_encrypt", 1, Call, named, "|i4"),
    (LEGACY, "DES_cbc_encrypt", 1, Call, named, "DES-CBC|i4"),
    (LEGACY, "DES_ede3_cbc_encrypt", 1, Call, named, "|i6"),
    (LEGACY, "RC4_set_key", 1, Call, named, "|k2"),
    (LEGACY, "RC4", 1, Call, named, ""),
    (LEGACY, "RC2_set_key", 1, Call, named, "|k2"),
    (LEGACY, "BF_set_key", 1, Call, named, "|k2"),
    (LEGACY, "BF_cbc_encrypt", 1, Call, named, "Blowfish-CBC|i4"),
    (LEGACY, "AES_set_encrypt_key", 1, Call, sized_key, "AES:1:0"),
    (LEGACY, "AES_set_decrypt_key", 1, Call, sized_key, "AES:1:0"),
    (LEGACY, "AES_ecb_encrypt", 1, Call, named, ""),
    (LEGACY, "AES_cbc_encrypt", 1, Call, named, "|i4"),
    (LEGACY_PK, "RSA_generate_key_ex", 1, Call, sized, "RSA:1"),
    (LEGACY_PK, "RSA_generate_key", 1, Call, sized, "RSA:0"),
    (LEGACY_PK, "RSA_generate_multi_prime_key", 1, Call, sized, "RSA:1"),
    (LEGACY_PK, "DSA_generate_parameters_ex", 1, Call, sized, "DSA:1"),
    (LEGACY_PK, "DSA_generate_parameters", 1, Call, sized, "DSA:0"),
    (LEGACY_PK, "DH_generate_parameters_ex", 1, Call, sized, "DH:1"),
    (LEGACY_PK, "DH_generate_parameters", 1, Call, sized, "DH:0"),
    (LEGACY_PK, "EC_KEY_new_by_curve_name", 1, Call, ec_by_nid, ""),
    (LEGACY_PK, "EC_GROUP_new_by_curve_name", 1, Call, ec_by_nid, ""),
    (LEGACY_PK, "RSA_public_encrypt", 1, Call, rsa_crypt, ""),
    (LEGACY_PK, "RSA_private_decrypt", 1, Call, rsa_crypt, ""),
    (LEGACY_PK, "RSA_sign", 1, Call, rsa_sign, ""),
    (LEGACY_PK, "ECDSA_sign", 1, Call, named, ""),
    (LEGACY_PK, "ECDSA_do_sign", 1, Call, named, ""),
    (LEGACY_PK, "ECDH_compute_key", 1, Call, named, ""),
    (LEGACY_PK, "DSA_sign", 1, Call, named, ""),
    // ---- TLS -----------------------------------------------------------------------------
    (SSL, "SSL_CTX_set_min_proto_version", 1, Call, ssl_version, ""),
    (SSL, "SSL_CTX_set_max_proto_version", 1, Call, ssl_version, ""),
    (SSL, "SSL_set_min_proto_version", 1, Call, ssl_version, ""),
    (SSL, "SSL_set_max_proto_version", 1, Call, ssl_version, ""),
    (SSL, "SSL_CTX_set_cipher_list", 1, Call, ssl_cipher_list, ""),
    (SSL, "SSL_set_cipher_list", 1, Call, ssl_cipher_list, ""),
    (SSL, "SSLv2_method", 1, Call, ssl_method, "SSL 2.0"),
    (SSL, "SSLv2_client_method", 1, Call, ssl_method, "SSL 2.0"),
    (SSL, "SSLv2_server_method", 1, Call, ssl_method, "SSL 2.0"),
    (SSL, "SSLv3_method", 1, Call, ssl_method, "SSL 3.0"),
    (SSL, "SSLv3_client_method", 1, Call, ssl_method, "SSL 3.0"),
    (SSL, "SSLv3_server_method", 1, Call, ssl_method, "SSL 3.0"),
    (SSL, "TLSv1_method", 1, Call, ssl_method, "TLS 1.0"),
    (SSL, "TLSv1_client_method", 1, Call, ssl_method, "TLS 1.0"),
    (SSL, "TLSv1_server_method", 1, Call, ssl_method, "TLS 1.0"),
    (SSL, "TLSv1_1_method", 1, Call, ssl_method, "TLS 1.1"),
    (SSL, "TLSv1_1_client_method", 1, Call, ssl_method, "TLS 1.1"),
    (SSL, "TLSv1_1_server_method", 1, Call, ssl_method, "TLS 1.1"),
    (SSL, "TLSv1_2_method", 1, Call, ssl_method, "TLS 1.2"),
    (SSL, "TLSv1_2_client_method", 1, Call, ssl_method, "TLS 1.2"),
    (SSL, "TLSv1_2_server_method", 1, Call, ssl_method, "TLS 1.2"),
    (SSL, "DTLSv1_method", 1, Call, ssl_method, "DTLS 1.0"),
    (SSL, "DTLSv1_client_method", 1, Call, ssl_method, "DTLS 1.0"),
    (SSL, "DTLSv1_server_method", 1, Call, ssl_method, "DTLS 1.0"),
    (SSL, "DTLSv1_2_method", 1, Call, ssl_method, "DTLS 1.2"),
    (SSL, "DTLSv1_2_client_method", 1, Call, ssl_method, "DTLS 1.2"),
    (SSL, "DTLSv1_2_server_method", 1, Call, ssl_method, "DTLS 1.2"),
    // ---- libsodium: `|kN`/`iN` mark key and nonce arguments (negative: from the end) -----
    (SODIUM, "crypto_box_keypair", 1, Call, named, "X25519"),
    (SODIUM, "crypto_box_seed_keypair", 1, Call, named, "X25519"),
    (SODIUM, "crypto_kx_keypair", 1, Call, named, "X25519"),
    (SODIUM, "crypto_kx_seed_keypair", 1, Call, named, "X25519"),
    (SODIUM, "crypto_scalarmult", 1, Call, named, "X25519"),
    (SODIUM, "crypto_scalarmult_base", 1, Call, named, "X25519"),
    (SODIUM, "crypto_scalarmult_curve25519", 1, Call, named, "X25519"),
    (SODIUM, "crypto_scalarmult_curve25519_base", 1, Call, named, "X25519"),
    (SODIUM, "crypto_sign_keypair", 1, Call, named, "Ed25519"),
    (SODIUM, "crypto_sign_seed_keypair", 1, Call, named, "Ed25519"),
    (SODIUM, "crypto_sign_ed25519_keypair", 1, Call, named, "Ed25519"),
    (SODIUM, "crypto_sign", 1, Call, named, "Ed25519"),
    (SODIUM, "crypto_sign_open", 1, Call, named, "Ed25519"),
    (SODIUM, "crypto_sign_detached", 1, Call, named, "Ed25519"),
    (SODIUM, "crypto_sign_verify_detached", 1, Call, named, "Ed25519"),
    (SODIUM, "crypto_generichash", 1, Call, named, "BLAKE2b-256"),
    (SODIUM, "crypto_generichash_init", 1, Call, named, "BLAKE2b-256"),
    (SODIUM, "crypto_generichash_blake2b", 1, Call, named, "BLAKE2b-256"),
    (SODIUM, "crypto_hash", 1, Call, named, "SHA-512"),
    (SODIUM, "crypto_hash_sha256", 1, Call, named, "SHA-256"),
    (SODIUM, "crypto_hash_sha256_init", 1, Call, named, "SHA-256"),
    (SODIUM, "crypto_hash_sha512", 1, Call, named, "SHA-512"),
    (SODIUM, "crypto_hash_sha512_init", 1, Call, named, "SHA-512"),
    (SODIUM, "crypto_auth", 1, Call, named, "HMAC-SHA512/256|k-1"),
    (SODIUM, "crypto_auth_hmacsha256", 1, Call, named, "HMAC-SHA256|k-1"),
    (SODIUM, "crypto_auth_hmacsha256_init", 1, Call, named, "HMAC-SHA256|k1"),
    (SODIUM, "crypto_auth_hmacsha512", 1, Call, named, "HMAC-SHA512|k-1"),
    (SODIUM, "crypto_auth_hmacsha512_init", 1, Call, named, "HMAC-SHA512|k1"),
    (SODIUM, "crypto_auth_hmacsha512256", 1, Call, named, "HMAC-SHA512/256|k-1"),
    (SODIUM, "crypto_pwhash", 1, Call, named, "Argon2|p2|s4"),
    (SODIUM, "crypto_pwhash_str", 1, Call, named, "Argon2|p1"),
    (SODIUM, "crypto_pwhash_argon2id", 1, Call, named, "Argon2|p2|s4"),
    (SODIUM, "crypto_pwhash_argon2i", 1, Call, named, "Argon2|p2|s4"),
    (SODIUM, "crypto_pwhash_scryptsalsa208sha256", 1, Call, named, "scrypt|p2|s4"),
    (SODIUM, "crypto_aead_chacha20poly1305_ietf_encrypt", 1, Call, named, "ChaCha20-Poly1305|i-2|k-1"),
    (SODIUM, "crypto_aead_chacha20poly1305_ietf_decrypt", 1, Call, named, "ChaCha20-Poly1305|k-1"),
    (SODIUM, "crypto_aead_chacha20poly1305_ietf_encrypt_detached", 1, Call, named, "ChaCha20-Poly1305|i-2|k-1"),
    (SODIUM, "crypto_aead_chacha20poly1305_ietf_decrypt_detached", 1, Call, named, "ChaCha20-Poly1305|k-1"),
    (SODIUM, "crypto_aead_chacha20poly1305_encrypt", 1, Call, named, "ChaCha20-Poly1305|i-2|k-1"),
    (SODIUM, "crypto_aead_chacha20poly1305_decrypt", 1, Call, named, "ChaCha20-Poly1305|k-1"),
    (SODIUM, "crypto_aead_xchacha20poly1305_ietf_encrypt", 1, Call, named, "XChaCha20-Poly1305|i-2|k-1"),
    (SODIUM, "crypto_aead_xchacha20poly1305_ietf_decrypt", 1, Call, named, "XChaCha20-Poly1305|k-1"),
    (SODIUM, "crypto_aead_aes256gcm_encrypt", 1, Call, named, "AES-256-GCM|i-2|k-1"),
    (SODIUM, "crypto_aead_aes256gcm_decrypt", 1, Call, named, "AES-256-GCM|k-1"),
    (SODIUM, "crypto_stream_chacha20", 1, Call, named, "ChaCha20|i-2|k-1"),
    (SODIUM, "crypto_stream_chacha20_ietf", 1, Call, named, "ChaCha20|i-2|k-1"),
    (SODIUM, "crypto_onetimeauth", 1, Call, named, "Poly1305|k-1"),
    // ---- mbedTLS -------------------------------------------------------------------------
    (MBED, "mbedtls_md5", 1, Call, named, "MD5"),
    (MBED, "mbedtls_md5_ret", 1, Call, named, "MD5"),
    (MBED, "mbedtls_md5_starts", 1, Call, named, "MD5"),
    (MBED, "mbedtls_md5_starts_ret", 1, Call, named, "MD5"),
    (MBED, "mbedtls_md4", 1, Call, named, "MD4"),
    (MBED, "mbedtls_md4_starts", 1, Call, named, "MD4"),
    (MBED, "mbedtls_sha1", 1, Call, named, "SHA-1"),
    (MBED, "mbedtls_sha1_ret", 1, Call, named, "SHA-1"),
    (MBED, "mbedtls_sha1_starts", 1, Call, named, "SHA-1"),
    (MBED, "mbedtls_sha1_starts_ret", 1, Call, named, "SHA-1"),
    (MBED, "mbedtls_ripemd160", 1, Call, named, "RIPEMD-160"),
    (MBED, "mbedtls_sha256", 1, Call, mbed_sha2, "SHA-256:SHA-224:3"),
    (MBED, "mbedtls_sha256_ret", 1, Call, mbed_sha2, "SHA-256:SHA-224:3"),
    (MBED, "mbedtls_sha256_starts", 1, Call, mbed_sha2, "SHA-256:SHA-224:1"),
    (MBED, "mbedtls_sha256_starts_ret", 1, Call, mbed_sha2, "SHA-256:SHA-224:1"),
    (MBED, "mbedtls_sha512", 1, Call, mbed_sha2, "SHA-512:SHA-384:3"),
    (MBED, "mbedtls_sha512_ret", 1, Call, mbed_sha2, "SHA-512:SHA-384:3"),
    (MBED, "mbedtls_sha512_starts", 1, Call, mbed_sha2, "SHA-512:SHA-384:1"),
    (MBED, "mbedtls_sha512_starts_ret", 1, Call, mbed_sha2, "SHA-512:SHA-384:1"),
    (MBED, "mbedtls_aes_setkey_enc", 1, Call, sized_key, "AES:2:1"),
    (MBED, "mbedtls_aes_setkey_dec", 1, Call, sized_key, "AES:2:1"),
    (MBED, "mbedtls_aes_crypt_ecb", 1, Call, named, "AES-ECB"),
    (MBED, "mbedtls_aes_crypt_cbc", 1, Call, named, "AES-CBC|i3"),
    (MBED, "mbedtls_aes_crypt_ctr", 1, Call, named, "AES-CTR"),
    (MBED, "mbedtls_des_setkey_enc", 1, Call, named, "DES|k1"),
    (MBED, "mbedtls_des_setkey_dec", 1, Call, named, "DES|k1"),
    (MBED, "mbedtls_des3_set2key_enc", 1, Call, named, "3DES|k1"),
    (MBED, "mbedtls_des3_set2key_dec", 1, Call, named, "3DES|k1"),
    (MBED, "mbedtls_des3_set3key_enc", 1, Call, named, "3DES|k1"),
    (MBED, "mbedtls_des3_set3key_dec", 1, Call, named, "3DES|k1"),
    (MBED, "mbedtls_arc4_setup", 1, Call, named, "RC4|k1"),
    (MBED, "mbedtls_blowfish_setkey", 1, Call, named, "Blowfish|k1"),
    (MBED, "mbedtls_chachapoly_setkey", 1, Call, named, "ChaCha20-Poly1305|k1"),
    (MBED, "mbedtls_gcm_setkey", 1, Call, mbed_aead_setkey, "GCM"),
    (MBED, "mbedtls_ccm_setkey", 1, Call, mbed_aead_setkey, "CCM"),
    (MBED, "mbedtls_rsa_gen_key", 1, Call, sized, "RSA:3"),
    (MBED, "mbedtls_ecp_group_load", 1, Call, mbed_curve, "1"),
    (MBED, "mbedtls_ecdsa_genkey", 1, Call, mbed_curve, "1"),
    (MBED, "mbedtls_ecp_gen_key", 1, Call, mbed_curve, "0"),
    (MBED, "mbedtls_md_info_from_type", 1, Call, mbed_md_info, ""),
    (MBED, "mbedtls_md_info_from_string", 1, Call, by_name, "0"),
    (MBED, "mbedtls_cipher_info_from_type", 1, Call, mbed_cipher_info, ""),
    (MBED, "mbedtls_cipher_info_from_string", 1, Call, by_name, "0"),
    (MBED, "mbedtls_cipher_info_from_values", 1, Call, mbed_cipher_values, ""),
    (MBED, "mbedtls_md_hmac", 1, Call, hmac, "0:1"),
    (MBED, "mbedtls_md_setup", 1, Call, mbed_md_setup, ""),
    (MBED, "mbedtls_pkcs5_pbkdf2_hmac_ext", 1, Call, mbed_pbkdf2, "ext"),
    (MBED, "mbedtls_pkcs5_pbkdf2_hmac", 1, Call, mbed_pbkdf2, ""),
    (MBED_TLS, "mbedtls_ssl_conf_min_version", 1, Call, mbed_ssl_version, ""),
    (MBED_TLS, "mbedtls_ssl_conf_max_version", 1, Call, mbed_ssl_version, ""),
    (MBED_TLS, "mbedtls_ssl_conf_min_tls_version", 1, Call, mbed_tls_version, ""),
    (MBED_TLS, "mbedtls_ssl_conf_max_tls_version", 1, Call, mbed_tls_version, ""),
    // ---- Botan (C++) ---------------------------------------------------------------------
    (BOTAN, "Botan BlockCipher create", 2, Call, botan_create, "cipher"),
    (BOTAN, "Botan BlockCipher create_or_throw", 2, Call, botan_create, "cipher"),
    (BOTAN, "Botan StreamCipher create", 2, Call, botan_create, "cipher"),
    (BOTAN, "Botan StreamCipher create_or_throw", 2, Call, botan_create, "cipher"),
    (BOTAN, "Botan HashFunction create", 2, Call, botan_create, "hash"),
    (BOTAN, "Botan HashFunction create_or_throw", 2, Call, botan_create, "hash"),
    (BOTAN, "Botan MessageAuthenticationCode create", 2, Call, botan_create, "mac"),
    (BOTAN, "Botan MessageAuthenticationCode create_or_throw", 2, Call, botan_create, "mac"),
    (BOTAN, "Botan Cipher_Mode create", 2, Call, botan_create, "mode"),
    (BOTAN, "Botan Cipher_Mode create_or_throw", 2, Call, botan_create, "mode"),
    (BOTAN, "Botan AEAD_Mode create", 2, Call, botan_create, "mode"),
    (BOTAN, "Botan AEAD_Mode create_or_throw", 2, Call, botan_create, "mode"),
    (BOTAN, "Botan get_cipher_mode", 2, Call, botan_create, "mode"),
    (BOTAN, "Botan get_cipher", 2, Call, botan_create, "mode"),
    (BOTAN, "Botan PasswordHashFamily create", 2, Call, botan_create, "pbkdf"),
    (BOTAN, "Botan PasswordHashFamily create_or_throw", 2, Call, botan_create, "pbkdf"),
    (BOTAN, "Botan PBKDF create", 2, Call, botan_create, "pbkdf"),
    (BOTAN, "Botan PBKDF create_or_throw", 2, Call, botan_create, "pbkdf"),
    (BOTAN, "Botan get_pbkdf", 2, Call, botan_create, "pbkdf"),
    (BOTAN, "Botan KDF create", 2, Call, botan_create, "kdf"),
    (BOTAN, "Botan KDF create_or_throw", 2, Call, botan_create, "kdf"),
    (BOTAN, "Botan get_kdf", 2, Call, botan_create, "kdf"),
    (BOTAN, "Botan generate_bcrypt", 2, Call, named, "bcrypt"),
    (BOTAN, "Botan argon2_generate_pwhash", 2, Call, named, "Argon2"),
    (BOTAN_KEY, "Botan RSA_PrivateKey", 2, Any, botan_key, "RSA:1"),
    (BOTAN_KEY, "Botan DSA_PrivateKey", 2, Any, botan_key, "DSA"),
    (BOTAN_KEY, "Botan DH_PrivateKey", 2, Any, botan_key, "DH"),
    (BOTAN_KEY, "Botan ECDSA_PrivateKey", 2, Any, botan_key, "EC"),
    (BOTAN_KEY, "Botan ECDH_PrivateKey", 2, Any, botan_key, "ECDH"),
    (BOTAN_KEY, "Botan Ed25519_PrivateKey", 2, Any, botan_key, "Ed25519"),
    (BOTAN_KEY, "Botan X25519_PrivateKey", 2, Any, botan_key, "X25519"),
    (BOTAN_KEY, "Botan Curve25519_PrivateKey", 2, Any, botan_key, "X25519"),
    (BOTAN_KEY, "Botan PK_Encryptor_EME", 2, Any, botan_eme, "2"),
    (BOTAN_KEY, "Botan PK_Decryptor_EME", 2, Any, botan_eme, "2"),
    // ---- Crypto++ (C++): types where an object is made -----------------------------------
    (CRYPTOPP, "CryptoPP Weak MD5", 2, Any, cpp_type, "MD5"),
    (CRYPTOPP, "CryptoPP Weak1 MD5", 2, Any, cpp_type, "MD5"),
    (CRYPTOPP, "CryptoPP Weak MD4", 2, Any, cpp_type, "MD4"),
    (CRYPTOPP, "CryptoPP Weak1 MD4", 2, Any, cpp_type, "MD4"),
    (CRYPTOPP, "CryptoPP Weak ARC4", 2, Any, cpp_type, "RC4"),
    (CRYPTOPP, "CryptoPP Weak1 ARC4", 2, Any, cpp_type, "RC4"),
    (CRYPTOPP, "CryptoPP SHA1", 2, Any, cpp_type, "SHA-1"),
    (CRYPTOPP, "CryptoPP SHA224", 2, Any, cpp_type, "SHA-224"),
    (CRYPTOPP, "CryptoPP SHA256", 2, Any, cpp_type, "SHA-256"),
    (CRYPTOPP, "CryptoPP SHA384", 2, Any, cpp_type, "SHA-384"),
    (CRYPTOPP, "CryptoPP SHA512", 2, Any, cpp_type, "SHA-512"),
    (CRYPTOPP, "CryptoPP SHA3_224", 2, Any, cpp_type, "SHA3-224"),
    (CRYPTOPP, "CryptoPP SHA3_256", 2, Any, cpp_type, "SHA3-256"),
    (CRYPTOPP, "CryptoPP SHA3_384", 2, Any, cpp_type, "SHA3-384"),
    (CRYPTOPP, "CryptoPP SHA3_512", 2, Any, cpp_type, "SHA3-512"),
    (CRYPTOPP, "CryptoPP RIPEMD160", 2, Any, cpp_type, "RIPEMD-160"),
    (CRYPTOPP, "CryptoPP BLAKE2b", 2, Any, cpp_type, "BLAKE2b-512"),
    (CRYPTOPP, "CryptoPP BLAKE2s", 2, Any, cpp_type, "BLAKE2s-256"),
    (CRYPTOPP, "CryptoPP SM3", 2, Any, cpp_type, "SM3"),
    (CRYPTOPP, "CryptoPP AES Encryption", 2, Any, cpp_type, "AES"),
    (CRYPTOPP, "CryptoPP AES Decryption", 2, Any, cpp_type, "AES"),
    (CRYPTOPP, "CryptoPP DES Encryption", 2, Any, cpp_type, "DES"),
    (CRYPTOPP, "CryptoPP DES Decryption", 2, Any, cpp_type, "DES"),
    (CRYPTOPP, "CryptoPP DES_EDE3 Encryption", 2, Any, cpp_type, "3DES"),
    (CRYPTOPP, "CryptoPP DES_EDE3 Decryption", 2, Any, cpp_type, "3DES"),
    (CRYPTOPP, "CryptoPP Blowfish Encryption", 2, Any, cpp_type, "Blowfish"),
    (CRYPTOPP, "CryptoPP Blowfish Decryption", 2, Any, cpp_type, "Blowfish"),
    (CRYPTOPP, "CryptoPP ChaCha20Poly1305 Encryption", 2, Any, cpp_type, "ChaCha20-Poly1305"),
    (CRYPTOPP, "CryptoPP ChaCha20Poly1305 Decryption", 2, Any, cpp_type, "ChaCha20-Poly1305"),
    (CRYPTOPP, "CryptoPP XChaCha20Poly1305 Encryption", 2, Any, cpp_type, "XChaCha20-Poly1305"),
    (CRYPTOPP, "CryptoPP XChaCha20Poly1305 Decryption", 2, Any, cpp_type, "XChaCha20-Poly1305"),
    (CRYPTOPP, "CryptoPP Scrypt", 2, Any, cpp_type, "scrypt"),
    (CRYPTOPP, "CryptoPP RSAES_OAEP_SHA_Encryptor", 2, Any, cpp_type, "RSAES-OAEP"),
    (CRYPTOPP, "CryptoPP RSAES_OAEP_SHA_Decryptor", 2, Any, cpp_type, "RSAES-OAEP"),
    (CRYPTOPP, "CryptoPP RSAES_OAEP_SHA256_Encryptor", 2, Any, cpp_type, "RSAES-OAEP"),
    (CRYPTOPP, "CryptoPP RSAES_OAEP_SHA256_Decryptor", 2, Any, cpp_type, "RSAES-OAEP"),
    (CRYPTOPP, "CryptoPP RSAES_PKCS1v15_Encryptor", 2, Any, cpp_type, "RSA!pkcs1"),
    (CRYPTOPP, "CryptoPP RSAES_PKCS1v15_Decryptor", 2, Any, cpp_type, "RSA!pkcs1"),
    (CRYPTOPP, "CryptoPP RSASSA_PKCS1v15_SHA_Signer", 2, Any, cpp_type, "SHA1withRSA"),
    (CRYPTOPP, "CryptoPP RSASSA_PKCS1v15_SHA_Verifier", 2, Any, cpp_type, "SHA1withRSA"),
    (CRYPTOPP, "CryptoPP RSASSA_PKCS1v15_SHA256_Signer", 2, Any, cpp_type, "SHA256withRSA"),
    (CRYPTOPP, "CryptoPP RSASSA_PKCS1v15_SHA256_Verifier", 2, Any, cpp_type, "SHA256withRSA"),
    (CRYPTOPP, "CryptoPP InvertibleRSAFunction", 2, Any, cpp_type, "RSA"),
    (CRYPTOPP, "CryptoPP RSA PrivateKey", 2, Any, cpp_type, "RSA"),
    (CRYPTOPP, "CryptoPP ed25519Signer", 2, Any, cpp_type, "Ed25519"),
    (CRYPTOPP, "CryptoPP ed25519Verifier", 2, Any, cpp_type, "Ed25519"),
    (CRYPTOPP, "CryptoPP x25519", 2, Any, cpp_type, "X25519"),
    (CRYPTOPP, "CryptoPP ASN1 secp192r1", 2, Call, cpp_curve, ""),
    (CRYPTOPP, "CryptoPP ASN1 secp224r1", 2, Call, cpp_curve, ""),
    (CRYPTOPP, "CryptoPP ASN1 secp256r1", 2, Call, cpp_curve, ""),
    (CRYPTOPP, "CryptoPP ASN1 secp384r1", 2, Call, cpp_curve, ""),
    (CRYPTOPP, "CryptoPP ASN1 secp521r1", 2, Call, cpp_curve, ""),
    (CRYPTOPP, "CryptoPP ASN1 secp256k1", 2, Call, cpp_curve, ""),
    (CRYPTOPP, "CryptoPP ASN1 brainpoolP256r1", 2, Call, cpp_curve, ""),
    (CRYPTOPP, "CryptoPP ASN1 brainpoolP384r1", 2, Call, cpp_curve, ""),
    (CRYPTOPP, "CryptoPP ASN1 brainpoolP512r1", 2, Call, cpp_curve, ""),
    // Templates: the algorithm is in the template arguments.
    (CRYPTOPP_TPL, "CryptoPP ECB_Mode", 1, Ref, cpp_template, "ECB"),
    (CRYPTOPP_TPL, "CryptoPP CBC_Mode", 1, Ref, cpp_template, "CBC"),
    (CRYPTOPP_TPL, "CryptoPP CBC_CTS_Mode", 1, Ref, cpp_template, "CBC"),
    (CRYPTOPP_TPL, "CryptoPP CTR_Mode", 1, Ref, cpp_template, "CTR"),
    (CRYPTOPP_TPL, "CryptoPP CFB_Mode", 1, Ref, cpp_template, "CFB"),
    (CRYPTOPP_TPL, "CryptoPP OFB_Mode", 1, Ref, cpp_template, "OFB"),
    (CRYPTOPP_TPL, "CryptoPP XTS_Mode", 1, Ref, cpp_template, "XTS"),
    (CRYPTOPP_TPL, "CryptoPP GCM", 2, Ref, cpp_template, "GCM"),
    (CRYPTOPP_TPL, "CryptoPP CCM", 2, Ref, cpp_template, "CCM"),
    (CRYPTOPP_TPL, "CryptoPP EAX", 2, Ref, cpp_template, "EAX"),
    (CRYPTOPP_TPL, "CryptoPP HMAC", 2, Ref, cpp_template, "HMAC"),
    (CRYPTOPP_TPL, "CryptoPP CMAC", 2, Ref, cpp_template, "CMAC"),
    (CRYPTOPP_TPL, "CryptoPP PKCS5_PBKDF2_HMAC", 1, Ref, cpp_template, "PBKDF2"),
    (CRYPTOPP_TPL, "CryptoPP HKDF", 2, Ref, cpp_template, "HKDF"),
    (CRYPTOPP_TPL, "CryptoPP RSASS", 2, Ref, cpp_template, "RSASS"),
    (CRYPTOPP_TPL, "CryptoPP RSAES", 2, Ref, cpp_template, "RSAES"),
    (CRYPTOPP_TPL, "CryptoPP ECDSA", 2, Ref, cpp_template, "ECDSA"),
    (CRYPTOPP_TPL, "CryptoPP ECDH", 2, Ref, cpp_template, "ECDH"),
];

// ---- Helpers ------------------------------------------------------------------------------

/// Words that can stand before a call's name without making it a declaration.
const NOT_TYPES: &[&str] = &[
    "return",
    "case",
    "else",
    "do",
    "throw",
    "sizeof",
    "co_return",
    "co_await",
    "co_yield",
    "new",
    "delete",
    "not",
    "and",
    "or",
    "typeof",
    "defined",
    "goto",
];

/// True when the name at the match is declared or defined rather than called: a type name
/// (`void`, `EVP_MD`, `*` after a type) stands right before it.
fn is_decl(ctx: &Ctx<'_>, m: &Match) -> bool {
    let Some(p) = m.first.checked_sub(1) else {
        return false;
    };
    let type_word =
        |i: usize| ctx.t.kind(i) == Some(Kind::Ident) && !NOT_TYPES.contains(&ctx.t.text(i));
    if type_word(p) {
        return true;
    }
    if (ctx.t.is_punct(p, b'*') || ctx.t.is_punct(p, b'&')) && p > 0 {
        return type_word(p - 1) || ctx.t.is_punct(p - 1, b'*');
    }
    false
}

/// The range without a leading `&`, C casts (`(const unsigned char *)`), C++ casts
/// (`static_cast<int>(…)`) and enclosing parentheses.
fn strip(ctx: &Ctx<'_>, (mut a, mut b): (usize, usize)) -> (usize, usize) {
    for _ in 0..4 {
        if a >= b {
            break;
        }
        if ctx.t.is_punct(a, b'&') {
            a += 1;
            continue;
        }
        if matches!(
            ctx.t.text(a),
            "static_cast" | "reinterpret_cast" | "const_cast"
        ) && ctx.t.is_punct(a + 1, b'<')
        {
            let close = ctx.skip_angle(a + 1);
            if close > a + 1 && ctx.t.is_punct(close + 1, b'(') {
                a = close + 1;
                continue;
            }
        }
        if ctx.t.is_punct(a, b'(') {
            let close = ctx.matching(a);
            if close + 1 == b {
                a += 1;
                b -= 1;
                continue;
            }
            // A C cast: only type words between the parentheses.
            let cast = close < b
                && close > a + 1
                && (a + 1..close).all(|j| {
                    ctx.t.kind(j) == Some(Kind::Ident)
                        || ctx.t.is_punct(j, b'*')
                        || ctx.t.is_punct(j, PATH_SEP)
                });
            if cast {
                a = close + 1;
                continue;
            }
        }
        break;
    }
    (a, b)
}

/// The argument at `pos` (negative: from the end).
pub(super) fn arg_at(m: &Match, pos: i64) -> Option<(usize, usize)> {
    if pos >= 0 {
        m.args.get(usize::try_from(pos).ok()?).copied()
    } else {
        let back = usize::try_from(-pos).ok()?;
        m.args
            .len()
            .checked_sub(back)
            .and_then(|i| m.args.get(i))
            .copied()
    }
}

fn int_of(ctx: &Ctx<'_>, range: (usize, usize)) -> Option<i64> {
    ctx.eval_int(range)
        .or_else(|| ctx.eval_int(strip(ctx, range)))
}

fn int_at(ctx: &Ctx<'_>, m: &Match, pos: i64) -> Option<u32> {
    let r = arg_at(m, pos)?;
    int_of(ctx, r).and_then(|v| u32::try_from(v).ok())
}

fn str_at(ctx: &Ctx<'_>, m: &Match, pos: i64) -> Option<String> {
    let r = arg_at(m, pos)?;
    ctx.eval_str(r).or_else(|| ctx.eval_str(strip(ctx, r)))
}

/// The name an argument is written as (`EVP_PKEY_RSA`, `NID_secp384r1`,
/// `crypto.constants.RSA_PKCS1_PADDING`: its last segment), through `#define`s and constants.
pub(super) fn ident_of(ctx: &Ctx<'_>, range: (usize, usize)) -> Option<String> {
    let (mut a, mut b) = strip(ctx, range);
    for _ in 0..4 {
        if a >= b || ctx.t.kind(a) != Some(Kind::Ident) {
            return None;
        }
        let (segs, last) = ctx.chain(a);
        if last + 1 != b {
            return None;
        }
        let name = segs.last()?.to_string();
        // Through a constant that is itself a name (`#define CURVE NID_secp384r1`).
        let alias = ctx.const_range(&name).filter(|&(ra, rb)| {
            (ra, rb) != (a, b) && ctx.t.kind(ra) == Some(Kind::Ident) && ctx.chain(ra).1 + 1 == rb
        });
        match alias {
            Some(r) => (a, b) = r,
            None => return Some(name),
        }
    }
    None
}

fn ident_at(ctx: &Ctx<'_>, m: &Match, pos: i64) -> Option<String> {
    ident_of(ctx, arg_at(m, pos)?)
}

/// The variable an argument names (`ctx`, `&rsa`, `ctx.get()`, `pctx_.get()`).
fn var_at(ctx: &Ctx<'_>, m: &Match, pos: i64) -> Option<String> {
    let (a, b) = strip(ctx, arg_at(m, pos)?);
    if a >= b || ctx.t.kind(a) != Some(Kind::Ident) {
        return None;
    }
    Some(ctx.t.text(a).to_string())
}

/// Hard-coded material at an argument: what the engine accepts as literal, or a `const` array
/// initialised to zero (`static const unsigned char iv[16] = {0};`), which is as constant as
/// any literal.
pub(super) fn material(
    ctx: &mut Ctx<'_>,
    m: &Match,
    range: Option<(usize, usize)>,
    kind: MaterialKind,
    alg: Option<&Algorithm>,
) {
    let Some(range) = range else { return };
    let r = strip(ctx, range);
    if ctx.is_literal_material(r) {
        ctx.material(m, Some(r), kind, alg);
    } else if ctx.is_literal_material(range) {
        ctx.material(m, Some(range), kind, alg);
    } else if zero_const(ctx, r) {
        push_material(ctx, m, kind, alg);
    }
}

/// A name declared `const` and initialised to `{0}`.
fn zero_const(ctx: &Ctx<'_>, (a, b): (usize, usize)) -> bool {
    if b != a + 1 || ctx.t.kind(a) != Some(Kind::Ident) {
        return false;
    }
    let Some((va, vb)) = ctx.const_range(ctx.t.text(a)) else {
        return false;
    };
    let zero = vb == va + 3
        && ctx.t.is_punct(va, b'{')
        && ctx.t.kind(va + 1) == Some(Kind::Number)
        && matches!(ctx.t.text(va + 1), "0" | "0x00" | "0x0")
        && ctx.t.is_punct(va + 2, b'}');
    if !zero {
        return false;
    }
    // The declaration, back to the statement start, says `const`.
    let mut j = va;
    let mut steps = 0;
    while j > 0 && steps < 16 {
        j -= 1;
        steps += 1;
        if ctx.t.is_punct(j, b';') || ctx.t.is_punct(j, b'{') || ctx.t.is_punct(j, b'}') {
            break;
        }
        if ctx.t.is_ident(j, "const") || ctx.t.is_ident(j, "constexpr") {
            return true;
        }
    }
    false
}

/// The engine's material finding, for values the engine's literal test does not cover.
pub(super) fn push_material(
    ctx: &mut Ctx<'_>,
    m: &Match,
    kind: MaterialKind,
    alg: Option<&Algorithm>,
) {
    let (wk, msg) = match kind {
        MaterialKind::SecretKey | MaterialKind::PrivateKey => (
            WeaknessKind::HardcodedKey,
            "key written into the source: anyone with the code has it; load it from a key store",
        ),
        MaterialKind::InitializationVector | MaterialKind::Nonce => (
            WeaknessKind::StaticIv,
            "constant IV or nonce: generate a fresh random one per message",
        ),
        MaterialKind::Salt => (
            WeaknessKind::StaticSalt,
            "constant salt: generate a random salt per password",
        ),
        MaterialKind::Password => (
            WeaknessKind::HardcodedPassword,
            "password written into the source",
        ),
    };
    let f = CodeFinding {
        rule: format!("{}.{}", m.rule, kind.as_str()),
        language: ctx.lang,
        location: ctx.location(m.tok),
        column: ctx.t.column(m.tok),
        symbol: m.symbol.clone(),
        kind: CodeFindingKind::Material,
        algorithm: alg.cloned(),
        mode: None,
        padding: None,
        protocol: None,
        material: Some(kind),
        weaknesses: vec![Weakness::new(wk, msg)],
        evidence: ctx.t.line_text(m.tok, 160),
        status: None,
    };
    ctx.findings.push(f);
}

/// A catalogue algorithm, sized where the name takes a size: `AES` + 128 → `AES-128`,
/// `RSA` + 1024 → `RSA-1024`, `AES-GCM` + 256 → `AES-256-GCM`.
pub(super) fn sized_alg(ctx: &Ctx<'_>, name: &str, size: Option<u32>) -> Option<Algorithm> {
    let e = catalogue::api_name(name)?;
    if let (Some(bits), Some(_)) = (size, e.classical_bits) {
        let sized = match e.name.split_once('-') {
            Some((fam, rest)) => format!("{fam}-{bits}-{rest}"),
            None => format!("{}-{bits}", e.name),
        };
        if let Some(s) = catalogue::by_name(&sized) {
            return Some(s.resolve(None));
        }
        return Some(e.resolve(None));
    }
    ctx.algorithm(name, size)
}

/// The key on a named curve: `EC-P-256`, or the scheme itself for the Edwards and Montgomery
/// curves (`X25519`, `Ed25519`).
pub(super) fn curve_alg(ctx: &Ctx<'_>, name: &str) -> Option<Algorithm> {
    let c = catalogue::curve(name)?;
    if matches!(c.name, "Ed25519" | "Ed448" | "X25519" | "X448") {
        return ctx.algorithm(c.name, None);
    }
    Some(catalogue::ec_key(c))
}

/// An OpenSSL NID or EVP_PKEY type: `NID_X9_62_prime256v1` (a curve), `EVP_PKEY_RSA`,
/// `NID_X25519`, `NID_sha256`.
fn nid_alg(ctx: &Ctx<'_>, name: &str) -> Option<Algorithm> {
    if name.starts_with("EVP_PKEY_") {
        return ctx.algorithm(name, None);
    }
    let n = name.strip_prefix("NID_")?;
    let n = n.strip_prefix("X9_62_").unwrap_or(n);
    if let Some(a) = curve_alg(ctx, n) {
        return Some(a);
    }
    match n {
        "rsaEncryption" | "rsa" => ctx.algorithm("RSA", None),
        "dsa" => ctx.algorithm("DSA", None),
        "dhKeyAgreement" => ctx.algorithm("DH", None),
        "ED25519" | "ED448" | "X25519" | "X448" => ctx.algorithm(n, None),
        _ => ctx
            .algorithm(n, None)
            .filter(|a| a.primitive == mamori_model::Primitive::Hash),
    }
}

/// An algorithm as OpenSSL names it in `EVP_get_cipherbyname`, `EVP_MD_fetch` and friends.
pub(super) fn openssl_alg(ctx: &Ctx<'_>, name: &str) -> Option<Algorithm> {
    let name = name.trim();
    if let Some(a) = ctx.algorithm(name, None) {
        return Some(a);
    }
    let upper = name.to_ascii_uppercase();
    // SHA2-256 (OpenSSL 3 canonical digest names), SHAKE-256.
    if let Some(rest) = upper.strip_prefix("SHA2-") {
        return ctx.algorithm(&format!("SHA-{rest}"), None);
    }
    if let Some(rest) = upper.strip_prefix("SHAKE-") {
        return ctx.algorithm(&format!("SHAKE{rest}"), None);
    }
    if upper.starts_with("ARGON2") {
        return ctx.algorithm("Argon2", None);
    }
    // aes-128-cfb8, aes-256-cfb1, des-ede3-cfb64: the mode without its segment size.
    let trimmed = upper.trim_end_matches(|c: char| c.is_ascii_digit());
    if trimmed.ends_with("-CFB") || trimmed.ends_with("-OFB") {
        if let Some(a) = ctx.algorithm(trimmed, None) {
            return Some(a);
        }
    }
    // Composite names (`AES-128-CBC-HMAC-SHA1`): the cipher part.
    if let Some((cipher, _)) = upper.split_once("-HMAC-") {
        return ctx.algorithm(cipher, None);
    }
    None
}

/// Signature over a hash: `SHA-256` + `RSA` → `SHA256withRSA`.
pub(super) fn signature_with(ctx: &Ctx<'_>, hash: &Algorithm, scheme: &str) -> Option<Algorithm> {
    let h = hash.name.replace("SHA-", "SHA");
    ctx.algorithm(&format!("{h}with{scheme}"), None)
}

pub(super) fn weak_hash_signature() -> Weakness {
    Weakness::new(
        WeaknessKind::WeakHashSignature,
        "signature over MD5/SHA-1: collisions are practical; use SHA-256 or better",
    )
}

/// Weaknesses of a password-based KDF call.
pub(super) fn kdf_weaknesses(hash_weak: bool, iterations: Option<i64>) -> Vec<Weakness> {
    let mut w = Vec::new();
    if hash_weak {
        w.push(weak_hash_password());
    }
    if let Some(n) = iterations.filter(|&n| n < MIN_ITERATIONS) {
        w.push(low_iterations(n));
    }
    w
}

/// The algorithms (hashes, ciphers) a sub-expression names, consumed.
fn inner(ctx: &mut Ctx<'_>, m: &Match, pos: i64) -> Option<Algorithm> {
    let r = arg_at(m, pos)?;
    let found = ctx.sub_algorithms(r);
    if let Some(a) = found.into_iter().next() {
        return Some(a);
    }
    // A variable holding a digest found earlier: `md = EVP_sha256(); HMAC(md, …)`.
    let name = ident_of(ctx, r)?;
    let idx = ctx.var_finding(&name)?;
    ctx.findings.get(idx).and_then(|f| f.algorithm.clone())
}

// ---- Actions ------------------------------------------------------------------------------

/// Argument roles after `|` in a parameter: `kN` key, `iN` IV/nonce, `pN` password, `sN` salt;
/// N may be negative (from the end).
struct Param<'p> {
    name: &'p str,
    roles: Vec<(char, i64)>,
}

impl<'p> Param<'p> {
    fn parse(s: &'p str) -> Param<'p> {
        let mut parts = s.split('|');
        let name = parts.next().unwrap_or("");
        let roles = parts
            .filter_map(|p| {
                let mut cs = p.chars();
                let role = cs.next()?;
                Some((role, cs.as_str().parse().ok()?))
            })
            .collect();
        Param { name, roles }
    }
}

fn roles(ctx: &mut Ctx<'_>, m: &Match, p: &Param<'_>, alg: Option<&Algorithm>) {
    for &(role, pos) in &p.roles {
        let kind = match role {
            'k' => MaterialKind::SecretKey,
            'i' => MaterialKind::InitializationVector,
            'p' => MaterialKind::Password,
            's' => MaterialKind::Salt,
            _ => continue,
        };
        let r = arg_at(m, pos);
        material(ctx, m, r, kind, alg);
    }
}

/// A function whose name fixes the algorithm.
fn named(ctx: &mut Ctx<'_>, m: &Match) {
    if is_decl(ctx, m) {
        return;
    }
    // OpenSSL's one-shot `MD5(d, n, md)`, `SHA1(…)`, `RC4(…)` take three or four arguments;
    // `MD5();` is a C++ class's own constructor.
    if m.rule == LEGACY && !m.symbol.contains('_') && m.args.len() < 3 {
        return;
    }
    let p = Param::parse(param(ctx, m));
    let name = if p.name.is_empty() {
        last_seg(&m.symbol)
    } else {
        p.name
    };
    let Some(alg) = ctx.algorithm(name, None) else {
        return;
    };
    ctx.emit(m, alg.clone(), &[]);
    roles(ctx, m, &p, Some(&alg));
}

/// `EVP_get_cipherbyname("aes-256-gcm")`, `EVP_MD_fetch(NULL, "SHA256", NULL)`.
fn by_name(ctx: &mut Ctx<'_>, m: &Match) {
    if is_decl(ctx, m) {
        return;
    }
    let pos = param(ctx, m).parse().unwrap_or(0);
    let Some(name) = str_at(ctx, m, pos) else {
        return;
    };
    if let Some(alg) = openssl_alg(ctx, &name) {
        ctx.emit(m, alg, &[]);
    }
}

/// The algorithm a cipher argument names without reporting it (the constructor reports it).
fn peek_cipher(ctx: &Ctx<'_>, m: &Match, pos: i64) -> Option<Algorithm> {
    let (a, b) = strip(ctx, arg_at(m, pos)?);
    if a >= b || ctx.t.kind(a) != Some(Kind::Ident) {
        return None;
    }
    let (segs, last) = ctx.chain(a);
    let name = *segs.last()?;
    if ctx.t.is_punct(last + 1, b'(') {
        let spec = SPECS.iter().find(|s| s.0 == EVP_CIPHER && s.1 == name)?;
        let canon = if spec.5.is_empty() { name } else { spec.5 };
        return ctx.algorithm(canon, None);
    }
    let idx = ctx.var_finding(name)?;
    ctx.findings.get(idx).and_then(|f| f.algorithm.clone())
}

/// `EVP_EncryptInit_ex(ctx, cipher, impl, key, iv)`: the cipher is reported by its own rule;
/// a literal key or IV is reported here.
fn evp_init(ctx: &mut Ctx<'_>, m: &Match) {
    if is_decl(ctx, m) {
        return;
    }
    let key_pos: i64 = param(ctx, m).parse().unwrap_or(3);
    let alg = peek_cipher(ctx, m, 1);
    let key = arg_at(m, key_pos);
    material(ctx, m, key, MaterialKind::SecretKey, alg.as_ref());
    let iv = arg_at(m, key_pos + 1);
    material(ctx, m, iv, MaterialKind::InitializationVector, alg.as_ref());
}

/// `EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, NULL)`.
fn pkey_ctx_new_id(ctx: &mut Ctx<'_>, m: &Match) {
    if is_decl(ctx, m) {
        return;
    }
    let Some(name) = ident_at(ctx, m, 0) else {
        return;
    };
    if let Some(alg) = nid_alg(ctx, &name) {
        ctx.emit(m, alg, &[]);
    }
}

/// `EVP_PKEY_CTX_new_from_name(NULL, "RSA", NULL)`.
fn pkey_ctx_new_from_name(ctx: &mut Ctx<'_>, m: &Match) {
    if is_decl(ctx, m) {
        return;
    }
    let Some(name) = str_at(ctx, m, 1) else {
        return;
    };
    if let Some(alg) = pkey_type(ctx, &name) {
        ctx.emit(m, alg, &[]);
    }
}

/// OpenSSL 3 key type names: `RSA`, `EC`, `ED25519`, `X25519`, `RSA-PSS`, `ML-KEM-768`.
fn pkey_type(ctx: &Ctx<'_>, name: &str) -> Option<Algorithm> {
    ctx.algorithm(name, None).or_else(|| curve_alg(ctx, name))
}

/// `EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, 1024)`: the size of the keys the context makes.
fn pkey_set_bits(ctx: &mut Ctx<'_>, m: &Match) {
    if is_decl(ctx, m) {
        return;
    }
    let Some(bits) = int_at(ctx, m, 1) else {
        return;
    };
    if let Some(idx) = var_at(ctx, m, 0).and_then(|v| ctx.var_finding(&v)) {
        ctx.resize(idx, bits);
        return;
    }
    if let Some(alg) = ctx.algorithm(param(ctx, m), Some(bits)) {
        ctx.emit(m, alg, &[]);
    }
}

/// `EVP_PKEY_CTX_set_ec_paramgen_curve_nid(ctx, NID_X9_62_prime256v1)`.
fn pkey_set_curve(ctx: &mut Ctx<'_>, m: &Match) {
    if is_decl(ctx, m) {
        return;
    }
    let Some(alg) = ident_at(ctx, m, 1).and_then(|n| nid_alg(ctx, &n)) else {
        return;
    };
    if let Some(idx) = var_at(ctx, m, 0).and_then(|v| ctx.var_finding(&v)) {
        ctx.findings[idx].algorithm = Some(alg);
        return;
    }
    ctx.emit(m, alg, &[]);
}

/// True when `var` is passed to an encryption or decryption init in the file.
fn encrypting(ctx: &Ctx<'_>, var: &str) -> bool {
    let n = ctx.t.len();
    (0..n).any(|i| {
        matches!(
            ctx.t.text(i),
            "EVP_PKEY_encrypt_init"
                | "EVP_PKEY_decrypt_init"
                | "EVP_PKEY_encrypt_init_ex"
                | "EVP_PKEY_decrypt_init_ex"
        ) && ctx.t.kind(i) == Some(Kind::Ident)
            && ctx.t.is_punct(i + 1, b'(')
            && ctx.t.is_ident(i + 2, var)
    })
}

#[derive(PartialEq)]
pub(super) enum Padding {
    Pkcs1,
    Oaep,
    Other,
}

pub(super) fn rsa_padding(name: &str) -> Padding {
    match name {
        "RSA_PKCS1_PADDING" | "1" => Padding::Pkcs1,
        "RSA_PKCS1_OAEP_PADDING" | "4" => Padding::Oaep,
        _ => Padding::Other,
    }
}

fn padding_at(ctx: &Ctx<'_>, m: &Match, pos: i64) -> Option<Padding> {
    let r = arg_at(m, pos)?;
    if let Some(name) = ident_of(ctx, r) {
        return Some(rsa_padding(&name));
    }
    int_of(ctx, r).map(|v| rsa_padding(&v.to_string()))
}

/// `EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING)` on an encryption context.
fn pkey_set_padding(ctx: &mut Ctx<'_>, m: &Match) {
    if is_decl(ctx, m) {
        return;
    }
    let Some(var) = var_at(ctx, m, 0) else {
        return;
    };
    if !encrypting(ctx, &var) {
        return;
    }
    let (name, extra) = match padding_at(ctx, m, 1) {
        Some(Padding::Pkcs1) => ("RSA", vec![pkcs1_encryption()]),
        Some(Padding::Oaep) => ("RSAES-OAEP", Vec::new()),
        _ => return,
    };
    if let Some(idx) = ctx.var_finding(&var) {
        if name == "RSA" {
            ctx.weaken(idx, pkcs1_encryption());
        }
        return;
    }
    if let Some(alg) = ctx.algorithm(name, None) {
        ctx.emit(m, alg, &extra);
    }
}

/// `EVP_PKEY_Q_keygen(NULL, NULL, "RSA", (size_t)2048)`, `(…, "EC", "P-256")`,
/// `(…, "X25519")`.
fn q_keygen(ctx: &mut Ctx<'_>, m: &Match) {
    if is_decl(ctx, m) {
        return;
    }
    let Some(kind) = str_at(ctx, m, 2) else {
        return;
    };
    let alg = match kind.to_ascii_uppercase().as_str() {
        "RSA" | "RSA-PSS" => ctx.algorithm(&kind, int_at(ctx, m, 3)),
        "EC" | "SM2" => str_at(ctx, m, 3)
            .and_then(|c| curve_alg(ctx, &c))
            .or_else(|| ctx.algorithm(&kind, None)),
        _ => pkey_type(ctx, &kind),
    };
    if let Some(alg) = alg {
        ctx.emit(m, alg, &[]);
    }
}

/// `EVP_EC_gen("P-256")`.
fn ec_gen(ctx: &mut Ctx<'_>, m: &Match) {
    if is_decl(ctx, m) {
        return;
    }
    let alg = str_at(ctx, m, 0)
        .and_then(|c| curve_alg(ctx, &c))
        .or_else(|| ctx.algorithm("EC", None));
    if let Some(alg) = alg {
        ctx.emit(m, alg, &[]);
    }
}

/// A key generator whose size is an argument: parameter `FAMILY:position`.
fn sized(ctx: &mut Ctx<'_>, m: &Match) {
    if is_decl(ctx, m) {
        return;
    }
    let (name, pos) = param(ctx, m)
        .split_once(':')
        .unwrap_or((param(ctx, m), "0"));
    let bits = int_at(ctx, m, pos.parse().unwrap_or(0));
    if let Some(alg) = ctx.algorithm(name, bits) {
        ctx.emit(m, alg, &[]);
    }
}

/// A symmetric key schedule with the key size and the key as arguments: parameter
/// `FAMILY:bits position:key position` (`AES_set_encrypt_key(key, 128, &k)`).
fn sized_key(ctx: &mut Ctx<'_>, m: &Match) {
    if is_decl(ctx, m) {
        return;
    }
    let mut it = param(ctx, m).split(':');
    let name = it.next().unwrap_or("AES");
    let bits_pos = it.next().and_then(|s| s.parse().ok()).unwrap_or(1);
    let key_pos = it.next().and_then(|s| s.parse().ok()).unwrap_or(0);
    let bits = int_at(ctx, m, bits_pos);
    let Some(alg) = sized_alg(ctx, name, bits) else {
        return;
    };
    ctx.emit(m, alg.clone(), &[]);
    let key = arg_at(m, key_pos);
    material(ctx, m, key, MaterialKind::SecretKey, Some(&alg));
}

/// `EC_KEY_new_by_curve_name(NID_X9_62_prime256v1)`.
fn ec_by_nid(ctx: &mut Ctx<'_>, m: &Match) {
    if is_decl(ctx, m) {
        return;
    }
    let alg = ident_at(ctx, m, 0)
        .and_then(|n| nid_alg(ctx, &n))
        .or_else(|| ctx.algorithm("EC", None));
    if let Some(alg) = alg {
        ctx.emit(m, alg, &[]);
    }
}

/// `RSA_public_encrypt(flen, from, to, rsa, RSA_PKCS1_PADDING)`.
fn rsa_crypt(ctx: &mut Ctx<'_>, m: &Match) {
    if is_decl(ctx, m) {
        return;
    }
    let (name, extra) = match padding_at(ctx, m, 4) {
        Some(Padding::Pkcs1) => ("RSA", vec![pkcs1_encryption()]),
        Some(Padding::Oaep) => ("RSAES-OAEP", Vec::new()),
        _ => ("RSA", Vec::new()),
    };
    if let Some(alg) = ctx.algorithm(name, None) {
        ctx.emit(m, alg, &extra);
    }
}

/// `RSA_sign(NID_sha1, …)` → `SHA1withRSA`.
fn rsa_sign(ctx: &mut Ctx<'_>, m: &Match) {
    if is_decl(ctx, m) {
        return;
    }
    let alg = ident_at(ctx, m, 0)
        .and_then(|n| nid_alg(ctx, &n))
        .and_then(|h| signature_with(ctx, &h, "RSA"))
        .or_else(|| ctx.algorithm("RSA", None));
    if let Some(alg) = alg {
        ctx.emit(m, alg, &[]);
    }
}

/// `HMAC(EVP_sha256(), key, len, …)`: parameter `digest position:key position`.
fn hmac(ctx: &mut Ctx<'_>, m: &Match) {
    if is_decl(ctx, m) {
        return;
    }
    let (md, key) = param(ctx, m).split_once(':').unwrap_or(("0", "1"));
    let Some(hash) = inner(ctx, m, md.parse().unwrap_or(0)) else {
        return;
    };
    let Some(alg) = hmac_of(ctx, &hash) else {
        return;
    };
    ctx.emit(m, alg.clone(), &[]);
    let key = arg_at(m, key.parse().unwrap_or(1));
    material(ctx, m, key, MaterialKind::SecretKey, Some(&alg));
}

/// `PKCS5_PBKDF2_HMAC(pass, passlen, salt, saltlen, iter, digest, keylen, out)` and the
/// `_SHA1` form without the digest.
fn pbkdf2(ctx: &mut Ctx<'_>, m: &Match) {
    if is_decl(ctx, m) {
        return;
    }
    let fixed = param(ctx, m);
    let hash = if fixed.is_empty() {
        inner(ctx, m, 5)
    } else {
        ctx.algorithm(fixed, None)
    };
    let iterations = arg_at(m, 4).and_then(|r| int_of(ctx, r));
    let extra = kdf_weaknesses(hash.as_ref().is_some_and(weak_password_hash), iterations);
    let Some(alg) = ctx.algorithm("PBKDF2", None) else {
        return;
    };
    ctx.emit(m, alg.clone(), &extra);
    let pw = arg_at(m, 0);
    material(ctx, m, pw, MaterialKind::Password, Some(&alg));
    let salt = arg_at(m, 2);
    material(ctx, m, salt, MaterialKind::Salt, Some(&alg));
}

/// `EVP_BytesToKey(cipher, md, salt, data, datal, count, key, iv)`: a one-hash-per-block KDF
/// (MD5 in `openssl enc` before 1.1.0). The digest is reported with the KDF's weaknesses; the
/// cipher by its own rule.
fn bytes_to_key(ctx: &mut Ctx<'_>, m: &Match) {
    if is_decl(ctx, m) {
        return;
    }
    let Some(hash) = inner(ctx, m, 1) else {
        return;
    };
    let count = arg_at(m, 5).and_then(|r| int_of(ctx, r));
    let mut extra = vec![weak_hash_password()];
    if let Some(n) = count.filter(|&n| n < MIN_ITERATIONS) {
        extra.push(low_iterations(n));
    }
    ctx.emit(m, hash.clone(), &extra);
    let salt = arg_at(m, 2);
    material(ctx, m, salt, MaterialKind::Salt, Some(&hash));
    let pw = arg_at(m, 3);
    material(ctx, m, pw, MaterialKind::Password, Some(&hash));
}

/// `EVP_DigestSignInit(ctx, &pctx, EVP_sha1(), NULL, pkey)`: the digest of a signature, with
/// the weak-hash weakness for MD5/SHA-1. The key type is not known here.
fn sign_digest(ctx: &mut Ctx<'_>, m: &Match) {
    if is_decl(ctx, m) {
        return;
    }
    let pos: i64 = param(ctx, m).parse().unwrap_or(2);
    let Some(r) = arg_at(m, pos) else {
        return;
    };
    let found = ctx.sub_algorithms(r);
    let Some(hash) = found.into_iter().next() else {
        return;
    };
    let extra = if weak_password_hash(&hash) {
        vec![weak_hash_signature()]
    } else {
        Vec::new()
    };
    ctx.emit(m, hash, &extra);
}

/// OpenSSL protocol version constants.
fn openssl_version(name: &str) -> Option<(&'static str, &'static str)> {
    Some(match name {
        "SSL2_VERSION" | "0x0002" => ("SSL", "2.0"),
        "SSL3_VERSION" | "0x0300" => ("SSL", "3.0"),
        "TLS1_VERSION" | "0x0301" => ("TLS", "1.0"),
        "TLS1_1_VERSION" | "0x0302" => ("TLS", "1.1"),
        "TLS1_2_VERSION" | "0x0303" => ("TLS", "1.2"),
        "TLS1_3_VERSION" | "0x0304" => ("TLS", "1.3"),
        "DTLS1_VERSION" | "0xFEFF" | "0xfeff" => ("DTLS", "1.0"),
        "DTLS1_2_VERSION" | "0xFEFD" | "0xfefd" => ("DTLS", "1.2"),
        _ => return None,
    })
}

/// `SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION)` (and the max forms: a maximum of
/// TLS 1.0 allows TLS 1.0 too).
fn ssl_version(ctx: &mut Ctx<'_>, m: &Match) {
    if is_decl(ctx, m) {
        return;
    }
    let Some(r) = arg_at(m, 1) else {
        return;
    };
    let name = ident_of(ctx, r).or_else(|| {
        let (a, b) = strip(ctx, r);
        (b == a + 1 && ctx.t.kind(a) == Some(Kind::Number)).then(|| ctx.t.text(a).to_string())
    });
    if let Some((p, v)) = name.as_deref().and_then(openssl_version) {
        let sym = m.symbol.clone();
        ctx.emit_protocol(m.rule, m.tok, &sym, p, v);
    }
}

/// `TLSv1_method()`: a method fixed to one version.
fn ssl_method(ctx: &mut Ctx<'_>, m: &Match) {
    if is_decl(ctx, m) {
        return;
    }
    let Some((p, v)) = param(ctx, m).split_once(' ') else {
        return;
    };
    let sym = m.symbol.clone();
    ctx.emit_protocol(m.rule, m.tok, &sym, p, v);
}

/// The version an OpenSSL method name fixes (`TLSv1_method` → TLS 1.0); `None` for the
/// version-flexible methods.
pub(super) fn method_version(name: &str) -> Option<(&'static str, &'static str)> {
    SPECS
        .iter()
        .find(|s| s.0 == SSL && s.1 == name && s.5.contains(' '))
        .and_then(|s| s.5.split_once(' '))
}

fn ssl_cipher_list(ctx: &mut Ctx<'_>, m: &Match) {
    if is_decl(ctx, m) {
        return;
    }
    if let Some(s) = str_at(ctx, m, 1) {
        let sym = m.symbol.clone();
        cipher_string(ctx, m.rule, m.tok, &sym, &s);
    }
}

/// Keywords of an OpenSSL cipher string that enable broken ciphers, with the algorithm each
/// stands for.
const WEAK_CIPHER_WORDS: &[(&str, &str)] = &[
    ("RC4", "RC4"),
    ("DES", "DES"),
    ("3DES", "3DES"),
    ("RC2", "RC2"),
    ("IDEA", "IDEA"),
    ("NULL", "NULL"),
    ("eNULL", "NULL"),
    ("aNULL", "anon"),
    ("ADH", "anon"),
    ("AECDH", "anon"),
    ("EXPORT", "RSA-Export"),
    ("EXP", "RSA-Export"),
    ("EXPORT40", "RSA-Export"),
    ("EXPORT56", "RSA-Export1024"),
    ("LOW", "DES"),
    ("MD5", "HMAC-MD5"),
];

/// An OpenSSL cipher string (`SSL_CTX_set_cipher_list`, Node's `ciphers`): every element that
/// enables a broken cipher, key exchange or MAC, and is not removed (`!RC4`, `-RC4`), is
/// reported once per algorithm with the weak-cipher-suite weakness. Explicit suite names are
/// looked up in the catalogue and reported when the suite is export-grade or uses a broken part.
pub(super) fn cipher_string(ctx: &mut Ctx<'_>, rule: &str, tok: usize, symbol: &str, s: &str) {
    // The string as OpenSSL expands it: every algorithm it enables, as the configuration
    // scanners report `ssl_ciphers`. Only a string OpenSSL would reject falls back to flagging
    // the weak words it names.
    let choices = super::config::cipher_string_choices(s);
    if !choices.is_empty() {
        for c in choices {
            ctx.emit_at(rule, tok, symbol, c.algorithm, &c.weaknesses, None);
        }
        return;
    }
    let mut seen: Vec<String> = Vec::new();
    for element in s.split([':', ',', ' ', ';']) {
        let element = element.trim();
        if element.is_empty() || element.starts_with(['!', '-', '+', '@']) {
            continue;
        }
        let mut names: Vec<&str> = Vec::new();
        if let Some(suite) = catalogue::tls_cipher_suite_by_name(element) {
            let parts = [
                Some(suite.cipher),
                suite.mac,
                suite.key_exchange,
                suite.authentication,
            ];
            for p in parts.into_iter().flatten() {
                let broken = catalogue::by_name(p).is_some_and(|e| e.broken_reason.is_some());
                if broken || (suite.export && Some(p) == suite.key_exchange) {
                    names.push(p);
                }
            }
        } else {
            for word in element.split('+') {
                if let Some((_, alg)) = WEAK_CIPHER_WORDS.iter().find(|(w, _)| *w == word) {
                    names.push(alg);
                }
            }
        }
        for name in names {
            if seen.iter().any(|s| s == name) {
                continue;
            }
            seen.push(name.to_string());
            let Some(alg) = ctx.algorithm(name, None) else {
                continue;
            };
            let w = Weakness::new(
                WeaknessKind::WeakCipherSuite,
                format!(
                    "cipher string element {element:?} enables {name}; use a HIGH-only AEAD list"
                ),
            );
            ctx.emit_at(rule, tok, symbol, alg, &[w], None);
        }
    }
}

/// `mbedtls_sha256(input, len, output, is224)`: parameter `name:name if set:flag position`.
fn mbed_sha2(ctx: &mut Ctx<'_>, m: &Match) {
    if is_decl(ctx, m) {
        return;
    }
    let mut it = param(ctx, m).split(':');
    let full = it.next().unwrap_or("SHA-256");
    let short = it.next().unwrap_or("SHA-224");
    let pos = it.next().and_then(|s| s.parse().ok()).unwrap_or(3);
    let name = if int_at(ctx, m, pos).is_some_and(|v| v != 0) {
        short
    } else {
        full
    };
    if let Some(alg) = ctx.algorithm(name, None) {
        ctx.emit(m, alg, &[]);
    }
}

/// `mbedtls_gcm_setkey(&ctx, MBEDTLS_CIPHER_ID_AES, key, 128)`.
fn mbed_aead_setkey(ctx: &mut Ctx<'_>, m: &Match) {
    if is_decl(ctx, m) {
        return;
    }
    let mode = param(ctx, m);
    let id = ident_at(ctx, m, 1).unwrap_or_default();
    let base = match id.strip_prefix("MBEDTLS_CIPHER_ID_") {
        Some("AES") => "AES",
        Some("CAMELLIA") => "Camellia",
        Some("ARIA") => "ARIA",
        _ => return,
    };
    let bits = int_at(ctx, m, 3);
    let alg = sized_alg(ctx, &format!("{base}-{mode}"), bits).or_else(|| ctx.algorithm(base, None));
    let Some(alg) = alg else {
        return;
    };
    ctx.emit(m, alg.clone(), &[]);
    let key = arg_at(m, 2);
    material(ctx, m, key, MaterialKind::SecretKey, Some(&alg));
}

/// mbedTLS group ids: `MBEDTLS_ECP_DP_SECP256R1`, `MBEDTLS_ECP_DP_BP256R1`,
/// `MBEDTLS_ECP_DP_CURVE25519`.
fn mbed_group(ctx: &Ctx<'_>, id: &str) -> Option<Algorithm> {
    let g = id.strip_prefix("MBEDTLS_ECP_DP_")?;
    let name = match g {
        "CURVE25519" => "X25519".to_string(),
        "CURVE448" => "X448".to_string(),
        _ => match g.strip_prefix("BP") {
            Some(rest) => format!("brainpoolP{}", rest.to_ascii_lowercase()),
            None => g.to_ascii_lowercase(),
        },
    };
    curve_alg(ctx, &name)
}

/// `mbedtls_ecp_group_load(&grp, MBEDTLS_ECP_DP_SECP256R1)`: parameter = group position.
fn mbed_curve(ctx: &mut Ctx<'_>, m: &Match) {
    if is_decl(ctx, m) {
        return;
    }
    let pos = param(ctx, m).parse().unwrap_or(1);
    let Some(alg) = ident_at(ctx, m, pos).and_then(|id| mbed_group(ctx, &id)) else {
        return;
    };
    ctx.emit(m, alg, &[]);
}

/// `MBEDTLS_MD_SHA256` → `SHA-256`.
fn mbed_md(ctx: &Ctx<'_>, id: &str) -> Option<Algorithm> {
    let md = id.strip_prefix("MBEDTLS_MD_")?;
    let name = match md.strip_prefix("SHA3_") {
        Some(bits) => format!("SHA3-{bits}"),
        None => md.to_string(),
    };
    ctx.algorithm(&name, None)
}

fn mbed_md_info(ctx: &mut Ctx<'_>, m: &Match) {
    if is_decl(ctx, m) {
        return;
    }
    if let Some(alg) = ident_at(ctx, m, 0).and_then(|id| mbed_md(ctx, &id)) {
        ctx.emit(m, alg, &[]);
    }
}

/// `MBEDTLS_CIPHER_AES_128_ECB` → `AES-128-ECB`.
fn mbed_cipher(ctx: &Ctx<'_>, id: &str) -> Option<Algorithm> {
    let c = id.strip_prefix("MBEDTLS_CIPHER_")?;
    let c = c.replace("ARC4_128", "RC4").replace("ARC4", "RC4");
    let name = c.replace('_', "-");
    openssl_alg(ctx, &name).or_else(|| {
        // `DES_EDE3_ECB`, `BLOWFISH_ECB`: the cipher without the mode the catalogue lacks.
        let (base, mode) = name.rsplit_once('-')?;
        let a = openssl_alg(ctx, base)?;
        Some(with_mode(&a, mode).unwrap_or(a))
    })
}

fn mbed_cipher_info(ctx: &mut Ctx<'_>, m: &Match) {
    if is_decl(ctx, m) {
        return;
    }
    let Some(id) = ident_at(ctx, m, 0) else {
        return;
    };
    if let Some(alg) = mbed_cipher(ctx, &id) {
        let extra = ecb_weakness(&alg, &id);
        ctx.emit(m, alg, &extra);
    }
}

/// ECB named in the source while the catalogue name carries no mode (`3DES`, `Blowfish`).
pub(super) fn ecb_weakness(alg: &Algorithm, written: &str) -> Vec<Weakness> {
    let written_ecb = written
        .to_ascii_uppercase()
        .split(['-', '_', '/'])
        .any(|p| p == "ECB");
    if written_ecb && mode_of(&alg.name).is_none() {
        vec![Weakness::new(
            WeaknessKind::EcbMode,
            "ECB mode leaks equal plaintext blocks; use an AEAD mode (GCM)",
        )]
    } else {
        Vec::new()
    }
}

/// `mbedtls_cipher_info_from_values(MBEDTLS_CIPHER_ID_AES, 128, MBEDTLS_MODE_ECB)`.
fn mbed_cipher_values(ctx: &mut Ctx<'_>, m: &Match) {
    if is_decl(ctx, m) {
        return;
    }
    let id = ident_at(ctx, m, 0).unwrap_or_default();
    let Some(base) = id.strip_prefix("MBEDTLS_CIPHER_ID_") else {
        return;
    };
    let bits = int_at(ctx, m, 1);
    let mode = ident_at(ctx, m, 2)
        .and_then(|s| s.strip_prefix("MBEDTLS_MODE_").map(str::to_string))
        .unwrap_or_default();
    let name = match bits {
        Some(b) if base != "DES" && base != "3DES" => format!("{base}-{b}-{mode}"),
        _ => format!("{base}-{mode}"),
    };
    if let Some(alg) = mbed_cipher(ctx, &format!("MBEDTLS_CIPHER_{name}")) {
        let extra = ecb_weakness(&alg, &name);
        ctx.emit(m, alg, &extra);
    }
}

/// `mbedtls_md_setup(&ctx, mbedtls_md_info_from_type(MBEDTLS_MD_SHA256), 1)`: an HMAC when the
/// last argument is 1; else the digest is reported by its own rule.
fn mbed_md_setup(ctx: &mut Ctx<'_>, m: &Match) {
    if is_decl(ctx, m) || int_at(ctx, m, 2) != Some(1) {
        return;
    }
    let Some(hash) = inner(ctx, m, 1) else {
        return;
    };
    if let Some(alg) = hmac_of(ctx, &hash) {
        ctx.emit(m, alg, &[]);
    }
}

/// `mbedtls_pkcs5_pbkdf2_hmac_ext(MBEDTLS_MD_SHA1, pw, plen, salt, slen, iterations, …)`, and
/// the older form taking an HMAC context first (digest not known here).
fn mbed_pbkdf2(ctx: &mut Ctx<'_>, m: &Match) {
    if is_decl(ctx, m) {
        return;
    }
    let hash = if param(ctx, m) == "ext" {
        ident_at(ctx, m, 0).and_then(|id| mbed_md(ctx, &id))
    } else {
        None
    };
    let iterations = arg_at(m, 5).and_then(|r| int_of(ctx, r));
    let extra = kdf_weaknesses(hash.as_ref().is_some_and(weak_password_hash), iterations);
    let Some(alg) = ctx.algorithm("PBKDF2", None) else {
        return;
    };
    ctx.emit(m, alg.clone(), &extra);
    let pw = arg_at(m, 1);
    material(ctx, m, pw, MaterialKind::Password, Some(&alg));
    let salt = arg_at(m, 3);
    material(ctx, m, salt, MaterialKind::Salt, Some(&alg));
}

/// `mbedtls_ssl_conf_min_version(&conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_1)`.
fn mbed_ssl_version(ctx: &mut Ctx<'_>, m: &Match) {
    if is_decl(ctx, m) {
        return;
    }
    let Some(r) = arg_at(m, 2) else {
        return;
    };
    let minor = ident_of(ctx, r)
        .and_then(|s| {
            s.strip_prefix("MBEDTLS_SSL_MINOR_VERSION_")
                .and_then(|v| v.parse::<i64>().ok())
        })
        .or_else(|| int_of(ctx, r));
    let (p, v) = match minor {
        Some(0) => ("SSL", "3.0"),
        Some(1) => ("TLS", "1.0"),
        Some(2) => ("TLS", "1.1"),
        Some(3) => ("TLS", "1.2"),
        Some(4) => ("TLS", "1.3"),
        _ => return,
    };
    let sym = m.symbol.clone();
    ctx.emit_protocol(m.rule, m.tok, &sym, p, v);
}

/// `mbedtls_ssl_conf_min_tls_version(&conf, MBEDTLS_SSL_VERSION_TLS1_2)` (mbedTLS 3).
fn mbed_tls_version(ctx: &mut Ctx<'_>, m: &Match) {
    if is_decl(ctx, m) {
        return;
    }
    let (p, v) = match ident_at(ctx, m, 1).as_deref() {
        Some("MBEDTLS_SSL_VERSION_TLS1_2") => ("TLS", "1.2"),
        Some("MBEDTLS_SSL_VERSION_TLS1_3") => ("TLS", "1.3"),
        _ => return,
    };
    let sym = m.symbol.clone();
    ctx.emit_protocol(m.rule, m.tok, &sym, p, v);
}

// ---- Botan --------------------------------------------------------------------------------

/// A Botan algorithm specification: `AES-128`, `SHA-3(256)`, `HMAC(SHA-256)`,
/// `PBKDF2(SHA-1)`, `AES-256/GCM`, `ChaCha(20)`.
fn botan_alg(ctx: &Ctx<'_>, spec: &str) -> Option<Algorithm> {
    let spec = spec.trim();
    let (head, arg) = match spec.split_once('(') {
        Some((h, rest)) => (h, Some(rest.trim_end_matches(')'))),
        None => (spec, None),
    };
    match (head.to_ascii_uppercase().as_str(), arg) {
        ("HMAC", Some(h)) => botan_alg(ctx, h).and_then(|h| hmac_of(ctx, &h)),
        ("CMAC" | "OMAC", _) => ctx.algorithm("CMAC", None),
        ("PBKDF2", _) => ctx.algorithm("PBKDF2", None),
        ("HKDF", _) => ctx.algorithm("HKDF", None),
        ("SCRYPT", _) => ctx.algorithm("scrypt", None),
        ("BCRYPT-PBKDF" | "BCRYPT", _) => ctx.algorithm("bcrypt", None),
        (h, _) if h.starts_with("ARGON2") => ctx.algorithm("Argon2", None),
        ("SHA-3" | "SHA3", Some(bits)) => ctx.algorithm(&format!("SHA3-{bits}"), None),
        ("SHA-3" | "SHA3", None) => ctx.algorithm("SHA3-512", None),
        ("SHAKE-128", _) => ctx.algorithm("SHAKE128", None),
        ("SHAKE-256", _) => ctx.algorithm("SHAKE256", None),
        ("BLAKE2B", Some(bits)) => ctx.algorithm(&format!("BLAKE2b-{bits}"), None),
        ("BLAKE2B", None) => ctx.algorithm("BLAKE2b-512", None),
        ("SHA-160", _) => ctx.algorithm("SHA-1", None),
        ("SHA-512-256", _) => ctx.algorithm("SHA-512/256", None),
        ("CHACHA", _) => ctx.algorithm("ChaCha20", None),
        ("ARC4" | "RC4", _) => ctx.algorithm("RC4", None),
        ("3DES" | "DES-EDE", _) => ctx.algorithm("3DES", None),
        _ => ctx.algorithm(head, None).or_else(|| {
            // `Camellia-128`, `SM4`: the family when the sized name is unknown.
            let fam = head.split('-').next()?;
            ctx.algorithm(fam, None)
        }),
    }
}

/// `Botan::BlockCipher::create("AES-128")`, `Botan::Cipher_Mode::create("AES-256/GCM", …)`,
/// `Botan::MessageAuthenticationCode::create("HMAC(SHA-256)")`,
/// `Botan::PasswordHashFamily::create("PBKDF2(SHA-1)")`.
fn botan_create(ctx: &mut Ctx<'_>, m: &Match) {
    let Some(spec) = str_at(ctx, m, 0) else {
        return;
    };
    let kind = param(ctx, m);
    let mut extra = Vec::new();
    let alg = if kind == "mode" {
        let mut parts = spec.split('/');
        let base = parts.next().and_then(|b| botan_alg(ctx, b));
        let mode = parts
            .next()
            .map(|md| {
                let md = md.split('(').next().unwrap_or(md).to_ascii_uppercase();
                md.split('-').next().unwrap_or(&md).to_string()
            })
            .unwrap_or_default();
        base.map(|b| {
            if mode.is_empty() {
                return b;
            }
            let a = with_mode(&b, &mode).unwrap_or(b);
            extra = ecb_weakness(&a, &mode);
            a
        })
    } else {
        botan_alg(ctx, &spec)
    };
    let Some(alg) = alg else {
        return;
    };
    if kind == "pbkdf" {
        let hash = spec
            .split_once('(')
            .and_then(|(_, h)| botan_alg(ctx, h.trim_end_matches(')')));
        if spec.to_ascii_uppercase().starts_with("PBKDF")
            && hash.is_none_or(|h| weak_password_hash(&h))
        {
            extra.push(weak_hash_password());
        }
    }
    ctx.emit(m, alg, &extra);
}

/// The arguments of a constructor call or declaration (`Botan::RSA_PrivateKey key(rng, 2048);`).
fn ctor_args(ctx: &Ctx<'_>, m: &Match) -> Option<(Vec<(usize, usize)>, usize)> {
    if !m.args.is_empty() || ctx.t.is_punct(m.tok + 1, b'(') {
        return Some((m.args.clone(), m.tok + 1));
    }
    let j = m.tok + 1;
    if ctx.t.kind(j) == Some(Kind::Ident)
        && (ctx.t.is_punct(j + 1, b'(') || ctx.t.is_punct(j + 1, b'{'))
    {
        let (args, _, _) = ctx.split_args(j + 1);
        return Some((args, j + 1));
    }
    None
}

/// `Botan::RSA_PrivateKey(rng, 1024)`, `Botan::ECDSA_PrivateKey key(rng, Botan::EC_Group("secp256r1"))`.
fn botan_key(ctx: &mut Ctx<'_>, m: &Match) {
    let Some((args, _)) = ctor_args(ctx, m) else {
        return;
    };
    let p = param(ctx, m);
    let (name, size_pos) = p.split_once(':').unwrap_or((p, ""));
    let alg = match name {
        "RSA" => {
            let bits = size_pos
                .parse::<usize>()
                .ok()
                .and_then(|i| args.get(i).copied())
                .and_then(|r| int_of(ctx, r))
                .and_then(|v| u32::try_from(v).ok());
            ctx.algorithm("RSA", bits)
        }
        "EC" | "ECDH" => {
            let curve = args.iter().find_map(|&r| string_in(ctx, r));
            let on_curve = curve.and_then(|c| curve_alg(ctx, &c));
            match (name, on_curve) {
                ("EC", Some(a)) => Some(a),
                ("ECDH", Some(a)) => a
                    .curve
                    .as_deref()
                    .and_then(catalogue::curve)
                    .and_then(|c| ctx.algorithm(&format!("ECDH-{}", c.display_name), None))
                    .or(Some(a)),
                _ => ctx.algorithm(if name == "EC" { "ECDSA" } else { "ECDH" }, None),
            }
        }
        "DH" | "DSA" => {
            // `DL_Group("modp/ietf/2048")`, `DL_Group("dsa/botan/2048")`.
            let bits = args
                .iter()
                .find_map(|&r| string_in(ctx, r))
                .and_then(|g| g.rsplit('/').next().and_then(|b| b.parse().ok()));
            ctx.algorithm(name, bits)
        }
        _ => ctx.algorithm(name, None),
    };
    let Some(alg) = alg else {
        return;
    };
    let end = args.last().map_or(m.tok + 1, |r| r.1);
    ctx.consume((m.tok + 1, end + 1));
    ctx.emit(m, alg, &[]);
}

/// The first string literal in a range.
fn string_in(ctx: &Ctx<'_>, (a, b): (usize, usize)) -> Option<String> {
    (a..b)
        .find(|&j| ctx.t.kind(j) == Some(Kind::Str))
        .map(|j| ctx.t.string(j))
}

/// `Botan::PK_Encryptor_EME enc(key, rng, "EME-PKCS1-v1_5")`.
fn botan_eme(ctx: &mut Ctx<'_>, m: &Match) {
    let Some((args, _)) = ctor_args(ctx, m) else {
        return;
    };
    let Some(pad) = args.get(2).and_then(|&r| ctx.eval_str(r)) else {
        return;
    };
    let upper = pad.to_ascii_uppercase();
    let (name, extra) = if upper.contains("PKCS1") {
        ("RSA", vec![pkcs1_encryption()])
    } else if upper.starts_with("OAEP")
        || upper.starts_with("EME1")
        || upper.starts_with("EME-OAEP")
    {
        ("RSAES-OAEP", Vec::new())
    } else {
        return;
    };
    if let Some(alg) = ctx.algorithm(name, None) {
        ctx.emit(m, alg, &extra);
    }
}

// ---- Crypto++ -----------------------------------------------------------------------------

/// Where a Crypto++ type at the match makes an object: the index after its template arguments
/// and nested names, when an object name, `(` or `{` follows, or when the type is aliased
/// (`using X = …;`, `typedef … X;`).
fn cpp_object(ctx: &Ctx<'_>, m: &Match) -> Option<usize> {
    let mut j = m.tok + 1;
    if ctx.t.is_punct(j, b'<') {
        let close = ctx.skip_angle(j);
        if close == j {
            return None;
        }
        j = close + 1;
    }
    while ctx.t.is_punct(j, PATH_SEP) && ctx.t.kind(j + 1) == Some(Kind::Ident) {
        j += 2;
    }
    let object = (ctx.t.kind(j) == Some(Kind::Ident) && !ctx.t.is_ident(j, "const"))
        || ctx.t.is_punct(j, b'(')
        || ctx.t.is_punct(j, b'{');
    let alias = ctx.t.is_punct(j, b';')
        && m.first > 0
        && (ctx.t.is_punct(m.first - 1, b'=') || ctx.t.is_ident(m.first - 1, "typedef"));
    (object || alias).then_some(j)
}

/// The name → algorithm table for Crypto++ types named inside template arguments.
fn cpp_name(ctx: &Ctx<'_>, name: &str) -> Option<Algorithm> {
    let canon = match name {
        "AES" | "Rijndael" => "AES",
        "DES" => "DES",
        "DES_EDE3" | "DES_EDE2" => "3DES",
        "Blowfish" => "Blowfish",
        "Camellia" => "Camellia",
        "ARIA" => "ARIA",
        "SM4" => "SM4",
        "IDEA" => "IDEA",
        "SEED" => "SEED",
        "RC2" => "RC2",
        "MD5" => "MD5",
        "MD4" => "MD4",
        "SHA" | "SHA1" => "SHA-1",
        "SHA224" => "SHA-224",
        "SHA256" => "SHA-256",
        "SHA384" => "SHA-384",
        "SHA512" => "SHA-512",
        "SHA3_224" => "SHA3-224",
        "SHA3_256" => "SHA3-256",
        "SHA3_384" => "SHA3-384",
        "SHA3_512" => "SHA3-512",
        "RIPEMD160" => "RIPEMD-160",
        "BLAKE2b" => "BLAKE2b-512",
        "BLAKE2s" => "BLAKE2s-256",
        "SM3" => "SM3",
        _ => return None,
    };
    ctx.algorithm(canon, None)
}

fn cpp_type(ctx: &mut Ctx<'_>, m: &Match) {
    if cpp_object(ctx, m).is_none() {
        return;
    }
    let p = param(ctx, m);
    let (name, pkcs1) = match p.strip_suffix("!pkcs1") {
        Some(n) => (n, true),
        None => (p, false),
    };
    let Some(alg) = ctx.algorithm(name, None) else {
        return;
    };
    let extra = if pkcs1 {
        vec![pkcs1_encryption()]
    } else {
        Vec::new()
    };
    let idx = ctx.emit(m, alg, &extra);
    // `CryptoPP::InvertibleRSAFunction params;`: later `params.GenerateRandomWithKeySize(…)`.
    let j = m.tok + 1;
    if m.assigned.is_none() && ctx.t.kind(j) == Some(Kind::Ident) {
        let var = ctx.t.text(j).to_string();
        ctx.vars.insert(var, idx);
    }
}

/// `CBC_Mode<AES>::Encryption`, `HMAC<SHA256>`, `PKCS5_PBKDF2_HMAC<SHA1>`,
/// `RSASS<PKCS1v15, SHA1>::Signer`, `ECDSA<ECP, SHA256>::PrivateKey`.
fn cpp_template(ctx: &mut Ctx<'_>, m: &Match) {
    let open = m.tok + 1;
    if !ctx.t.is_punct(open, b'<') {
        return;
    }
    let close = ctx.skip_angle(open);
    if close == open {
        return;
    }
    // Template arguments: their last names (`CryptoPP::AES` → `AES`).
    let mut names: Vec<String> = Vec::new();
    for (segs, _, _) in ctx.chains_in((open + 1, close)) {
        if let Some(l) = segs.last() {
            names.push((*l).to_string());
        }
    }
    ctx.consume((open, close + 1));
    let object = cpp_object(ctx, m);
    let algs: Vec<Algorithm> = names.iter().filter_map(|n| cpp_name(ctx, n)).collect();
    let kind = param(ctx, m);
    let mut extra = Vec::new();
    let alg = match kind {
        "ECB" | "CBC" | "CTR" | "CFB" | "OFB" | "XTS" | "GCM" | "CCM" | "EAX" => {
            algs.first().map(|b| {
                let a = with_mode(b, kind).unwrap_or_else(|| b.clone());
                extra = ecb_weakness(&a, kind);
                a
            })
        }
        "HMAC" => algs.first().and_then(|h| hmac_of(ctx, h)),
        "CMAC" => ctx.algorithm("CMAC", None),
        "PBKDF2" => {
            if algs.first().is_none_or(weak_password_hash) {
                extra.push(weak_hash_password());
            }
            ctx.algorithm("PBKDF2", None)
        }
        "HKDF" => ctx.algorithm("HKDF", None),
        "RSASS" => {
            let pss = names.iter().any(|n| n == "PSS" || n == "PSSR");
            algs.first()
                .and_then(|h| signature_with(ctx, h, if pss { "RSA/PSS" } else { "RSA" }))
                .or_else(|| ctx.algorithm("RSA", None))
        }
        "RSAES" => {
            if names.iter().any(|n| n == "OAEP") {
                ctx.algorithm("RSAES-OAEP", None)
            } else {
                extra.push(pkcs1_encryption());
                ctx.algorithm("RSA", None)
            }
        }
        "ECDSA" => algs
            .first()
            .and_then(|h| signature_with(ctx, h, "ECDSA"))
            .or_else(|| ctx.algorithm("ECDSA", None)),
        "ECDH" => ctx.algorithm("ECDH", None),
        _ => None,
    };
    let (Some(alg), Some(after)) = (alg, object) else {
        return;
    };
    let idx = ctx.emit(m, alg, &extra);
    if m.assigned.is_none() && ctx.t.kind(after) == Some(Kind::Ident) {
        let var = ctx.t.text(after).to_string();
        ctx.vars.insert(var, idx);
    }
}

/// `CryptoPP::ASN1::secp256r1()`.
fn cpp_curve(ctx: &mut Ctx<'_>, m: &Match) {
    if let Some(alg) = curve_alg(ctx, last_seg(&m.symbol)) {
        ctx.emit(m, alg, &[]);
    }
}

/// `params.GenerateRandomWithKeySize(rng, 1024)`, `key.Initialize(rng, 2048)` on a Crypto++
/// RSA key found earlier.
fn cpp_key_size(ctx: &mut Ctx<'_>, m: &Match) {
    let var = m.symbol.split('.').next().unwrap_or_default();
    let Some(idx) = ctx.var_finding(var) else {
        return;
    };
    let is_rsa = ctx.findings[idx]
        .algorithm
        .as_ref()
        .is_some_and(|a| a.family == mamori_model::Family::Rsa);
    if let (true, Some(bits)) = (is_rsa, int_at(ctx, m, 1)) {
        ctx.resize(idx, bits);
    }
}

/// `pbkdf.DeriveKey(out, len, purpose, pw, pwlen, salt, saltlen, iterations)` on a Crypto++
/// PBKDF2 object.
fn cpp_derive_key(ctx: &mut Ctx<'_>, m: &Match) {
    let var = m.symbol.split('.').next().unwrap_or_default();
    let Some(idx) = ctx.var_finding(var) else {
        return;
    };
    let alg = ctx.findings[idx].algorithm.clone();
    if alg
        .as_ref()
        .is_none_or(|a| a.family != mamori_model::Family::Pbkdf2)
    {
        return;
    }
    if let Some(n) = arg_at(m, 7).and_then(|r| int_of(ctx, r)) {
        if n < MIN_ITERATIONS {
            ctx.weaken(idx, low_iterations(n));
        }
    }
    let pw = arg_at(m, 3);
    material(ctx, m, pw, MaterialKind::Password, alg.as_ref());
    let salt = arg_at(m, 5);
    material(ctx, m, salt, MaterialKind::Salt, alg.as_ref());
}

/// C++ namespace imports: `using namespace CryptoPP;` / `Botan;` makes the library's names
/// resolve unqualified, `using CryptoPP::AES;` one name, `namespace CP = CryptoPP;` an alias.
fn cpp_imports(ctx: &mut Ctx<'_>) {
    if ctx.lang == Language::C {
        // C has no namespaces.
        return imports::none(ctx);
    }
    let n = ctx.t.len();
    let libs = ["CryptoPP", "Botan"];
    let mut i = 0;
    while i + 2 < n {
        if ctx.t.is_ident(i, "using")
            && ctx.t.is_ident(i + 1, "namespace")
            && libs.iter().any(|l| ctx.t.is_ident(i + 2, l))
            && !ctx.t.is_punct(i + 3, PATH_SEP)
        {
            let lib = ctx.t.text(i + 2);
            for s in SPECS {
                let mut segs = s.1.split(' ');
                if segs.next() == Some(lib) {
                    if let Some(second) = segs.next() {
                        ctx.imports
                            .entry(second.to_string())
                            .or_insert_with(|| vec![lib.to_string(), second.to_string()]);
                    }
                }
            }
            i += 3;
            continue;
        }
        if ctx.t.is_ident(i, "using")
            && libs.iter().any(|l| ctx.t.is_ident(i + 1, l))
            && ctx.t.is_punct(i + 2, PATH_SEP)
        {
            let (segs, _) = ctx.chain(i + 1);
            if let Some(last) = segs.last() {
                let full: Vec<String> = segs.iter().map(|s| s.to_string()).collect();
                ctx.imports.insert((*last).to_string(), full);
            }
            i += 3;
            continue;
        }
        if ctx.t.is_ident(i, "namespace")
            && ctx.t.kind(i + 1) == Some(Kind::Ident)
            && ctx.t.is_punct(i + 2, b'=')
            && libs.iter().any(|l| ctx.t.is_ident(i + 3, l))
        {
            let alias = ctx.t.text(i + 1).to_string();
            let lib = ctx.t.text(i + 3).to_string();
            ctx.imports.insert(alias, vec![lib]);
            i += 4;
            continue;
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use mamori_model::{CodeFinding, Language};

    fn scan(lang: Language, src: &str) -> Vec<CodeFinding> {
        super::super::scan_source_in(lang, src.as_bytes(), 2026)
    }

    /// `line subject [weaknesses]` per finding.
    fn summary(lang: Language, src: &str) -> Vec<String> {
        super::super::described(lang, src)
    }

    fn c(src: &str) -> Vec<String> {
        summary(Language::C, src)
    }

    fn cpp(src: &str) -> Vec<String> {
        summary(Language::Cpp, src)
    }

    #[test]
    fn evp_ciphers_and_digests() {
        assert_eq!(
            c(
                "void f(EVP_CIPHER_CTX *ctx) {\n EVP_EncryptInit_ex(ctx, EVP_aes_128_cbc(), NULL, key, iv);\n}"
            ),
            ["2 AES-128-CBC []"]
        );
        assert_eq!(c("x = EVP_aes_256_ecb();"), ["1 AES-256-ECB [ecb-mode]"]);
        assert_eq!(
            c("d(EVP_md5(), data);\nd(EVP_sha512(), data);"),
            ["1 MD5 []", "2 SHA-512 []"]
        );
        // Names in comments and strings, members and declarations do not match.
        assert!(c("/* EVP_md5() */ puts(\"EVP_md5()\"); s.EVP_md5(); s->EVP_sha1();").is_empty());
        assert!(c("const EVP_MD *EVP_md5(void);\nunsigned char *MD5(const unsigned char *d, size_t n, unsigned char *md);").is_empty());
        assert!(c("const EVP_MD *EVP_sha1(void) { return &sha1_md; }").is_empty());
    }

    #[test]
    fn every_evp_rule_resolves() {
        for s in super::SPECS {
            if s.0 == super::EVP_CIPHER || s.0 == super::EVP_DIGEST {
                let src = format!("x = {}();", s.1);
                assert_eq!(scan(Language::C, &src).len(), 1, "{}", s.1);
            }
        }
    }

    #[test]
    fn static_key_and_iv() {
        let src = "static const unsigned char key[16] = {0x01, 0x02, 0x03, 0x04};\n\
                   static const unsigned char iv[16] = {0};\n\
                   int f(EVP_CIPHER_CTX *ctx) {\n\
                   return EVP_DecryptInit_ex(ctx, EVP_aes_128_cbc(), NULL, key, iv);\n}";
        assert_eq!(
            c(src),
            [
                "4 secret-key [hardcoded-key]",
                "4 initialization-vector [static-iv]",
                "4 AES-128-CBC []"
            ]
        );
        // A zeroed buffer that is filled later is no constant.
        let src = "unsigned char iv[16] = {0};\nRAND_bytes(iv, 16);\nEVP_EncryptInit_ex(ctx, EVP_aes_128_cbc(), NULL, k, iv);";
        assert_eq!(c(src), ["3 AES-128-CBC []"]);
    }

    #[test]
    fn by_name_and_fetch() {
        assert_eq!(
            c(
                "c = EVP_get_cipherbyname(\"aes-256-gcm\");\nm = EVP_get_digestbyname(\"sha256\");\nk = EVP_MD_fetch(NULL, \"SHA2-384\", NULL);\nx = EVP_CIPHER_fetch(NULL, \"AES-128-CFB8\", NULL);"
            ),
            [
                "1 AES-256-GCM []",
                "2 SHA-256 []",
                "3 SHA-384 []",
                "4 AES-128-CFB []"
            ]
        );
        assert!(
            c("log(\"EVP_get_cipherbyname(aes)\"); lookup.EVP_get_cipherbyname(\"des\");")
                .is_empty()
        );
    }

    #[test]
    fn pkey_keygen() {
        let src = "EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, NULL);\nEVP_PKEY_keygen_init(ctx);\nEVP_PKEY_CTX_set_rsa_keygen_bits(ctx, 1024);";
        assert_eq!(c(src), ["1 RSA-1024 [short-key]"]);
        let src = "EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_id(EVP_PKEY_EC, NULL);\nEVP_PKEY_CTX_set_ec_paramgen_curve_nid(pctx, NID_X9_62_prime256v1);";
        assert_eq!(c(src), ["1 EC-P-256 []"]);
        // A context made elsewhere: the size is reported where it is set.
        assert_eq!(
            c("EVP_PKEY_CTX_set_rsa_keygen_bits(g_ctx, 2048);"),
            ["1 RSA-2048 []"]
        );
        assert_eq!(
            c(
                "a = EVP_PKEY_Q_keygen(NULL, NULL, \"RSA\", (size_t)2048);\nb = EVP_PKEY_Q_keygen(NULL, NULL, \"EC\", \"P-384\");\nc = EVP_PKEY_Q_keygen(NULL, NULL, \"ED25519\");"
            ),
            ["1 RSA-2048 []", "2 EC-P-384 []", "3 Ed25519 []"]
        );
        assert_eq!(
            c("c = EVP_PKEY_CTX_new_from_name(NULL, \"X25519\", NULL);"),
            ["1 X25519 []"]
        );
        assert!(c("if (EVP_PKEY_base_id(k) == EVP_PKEY_RSA) return;").is_empty());
    }

    #[test]
    fn rsa_padding_on_encryption_contexts_only() {
        let enc = "EVP_PKEY_CTX *c = EVP_PKEY_CTX_new(pkey, NULL);\nEVP_PKEY_encrypt_init(c);\nEVP_PKEY_CTX_set_rsa_padding(c, RSA_PKCS1_PADDING);";
        assert_eq!(c(enc), ["3 RSA [pkcs1v15-encryption]"]);
        let sign = "EVP_PKEY_sign_init(c);\nEVP_PKEY_CTX_set_rsa_padding(c, RSA_PKCS1_PADDING);";
        assert!(c(sign).is_empty());
        assert_eq!(
            c("n = RSA_public_encrypt(len, in, out, rsa, RSA_PKCS1_PADDING);"),
            ["1 RSA [pkcs1v15-encryption]"]
        );
    }

    #[test]
    fn legacy_functions() {
        let src = "MD5(buf, len, out);\nSHA1(buf, len, out);\nSHA256_Init(&c);\nif (!RSA_generate_key_ex(rsa, 1024, e, NULL)) {}\nDSA_generate_parameters_ex(dsa, 2048, NULL, 0, NULL, NULL, NULL);\nAES_set_encrypt_key(k, 256, &ks);\nDES_set_key(&kb, &ks);\nDES_ecb_encrypt(in, out, &ks, DES_ENCRYPT);";
        assert_eq!(
            c(src),
            [
                "1 MD5 []",
                "2 SHA-1 []",
                "3 SHA-256 []",
                "4 RSA-1024 [short-key]",
                "5 DSA-2048 []",
                "6 AES-256 []",
                "7 DES []",
                "8 DES-ECB [ecb-mode]"
            ]
        );
        // A local helper called `hash`, a field named MD5, a macro constant.
        assert!(c("h = hash(key);\nctx.MD5 = 1;\n#define USE_MD5 1\nint MD5_DIGEST = MD5_DIGEST_LENGTH;").is_empty());
        assert!(c("static void MD5(const char *s) { }\nreturn MD5_DIGEST_LENGTH;").is_empty());
        assert!(
            cpp("class MD5 {\npublic:\n  MD5();\n  void update(const char *s);\n};\nMD5 h;")
                .is_empty()
        );
    }

    #[test]
    fn curves_by_nid() {
        assert_eq!(
            c(
                "k = EC_KEY_new_by_curve_name(NID_X9_62_prime256v1);\ng = EC_GROUP_new_by_curve_name(NID_secp521r1);"
            ),
            ["1 EC-P-256 []", "2 EC-P-521 []"]
        );
        assert!(
            c("int nid = NID_secp384r1; /* EC_KEY_new_by_curve_name(NID_secp384r1) */").is_empty()
        );
    }

    #[test]
    fn hmac_and_pbkdf2() {
        assert_eq!(
            c(
                "static const char SECRET[] = \"s3cret\";\nHMAC(EVP_sha256(), SECRET, strlen(SECRET), d, n, md, &l);"
            ),
            ["2 HMAC-SHA256 []", "2 secret-key [hardcoded-key]"]
        );
        assert_eq!(
            c("HMAC_Init_ex(h, key, len, EVP_md5(), NULL);"),
            ["1 HMAC-MD5 []"]
        );
        assert_eq!(
            c("PKCS5_PBKDF2_HMAC(pw, (int)strlen(pw), salt, 16, 1000, EVP_sha1(), 32, out);"),
            ["1 PBKDF2 [weak-hash-password,low-iteration-count]"]
        );
        assert_eq!(
            c("PKCS5_PBKDF2_HMAC(\"hunter2\", 7, \"NaCl\", 4, 600000, EVP_sha256(), 32, out);"),
            [
                "1 PBKDF2 []",
                "1 password [hardcoded-password]",
                "1 salt [static-salt]"
            ]
        );
        assert_eq!(
            c("PKCS5_PBKDF2_HMAC_SHA1(pw, n, salt, 8, 200000, 32, out);"),
            ["1 PBKDF2 [weak-hash-password]"]
        );
        assert!(c("my_hmac.HMAC(x); /* HMAC(EVP_md5(), k) */").is_empty());
    }

    #[test]
    fn signature_digests() {
        assert_eq!(
            c("EVP_DigestSignInit(mctx, NULL, EVP_sha1(), NULL, pkey);"),
            ["1 SHA-1 [weak-hash-signature]"]
        );
        assert_eq!(
            c("RSA_sign(NID_sha256, m, mlen, sig, &slen, rsa);"),
            ["1 SHA256withRSA []"]
        );
        // A digest found elsewhere, no digest (Ed25519), names in comments and strings.
        assert_eq!(
            c(
                "EVP_DigestSignInit(mctx, NULL, md, NULL, pkey);\nEVP_DigestSignInit(mctx, NULL, NULL, NULL, ed_key);\n/* EVP_DigestSignInit(m, NULL, EVP_md5(), NULL, k) */\nputs(\"RSA_sign(NID_md5)\");"
            ),
            Vec::<String>::new()
        );
    }

    #[test]
    fn tls_versions_methods_and_ciphers() {
        let src = "SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION);\nSSL_CTX_set_max_proto_version(ctx, TLS1_3_VERSION);\nctx = SSL_CTX_new(TLSv1_1_method());\nctx = SSL_CTX_new(SSLv3_method());\nctx = SSL_CTX_new(SSLv23_method());";
        assert_eq!(
            c(src),
            [
                "1 TLS 1.0 [deprecated-protocol]",
                "2 TLS 1.3 []",
                "3 TLS 1.1 [deprecated-protocol]",
                "4 SSL 3.0 [deprecated-protocol]"
            ]
        );
        // The string is expanded as OpenSSL expands it: everything it enables is reported, and
        // only what RC4-SHA and 3DES add is weak.
        let found = c("SSL_CTX_set_cipher_list(ctx, \"HIGH:!aNULL:!MD5:RC4-SHA:3DES\");");
        let weak: Vec<&String> = found.iter().filter(|f| !f.ends_with("[]")).collect();
        assert_eq!(
            weak,
            [
                "1 RC4-128 [weak-cipher-suite]",
                "1 DES-EDE3-CBC [weak-cipher-suite]"
            ],
            "{found:?}"
        );
        assert!(found.contains(&"1 AES-256-GCM []".to_string()), "{found:?}");
        let found = c("SSL_CTX_set_cipher_list(ctx, \"HIGH:!aNULL:!eNULL:!RC4:-3DES:!MD5\");");
        assert!(
            !found.is_empty() && found.iter().all(|f| f.ends_with("[]")),
            "{found:?}"
        );
        assert!(c("puts(\"SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION)\");").is_empty());
    }

    #[test]
    fn sodium() {
        let src = "crypto_box_keypair(pk, sk);\ncrypto_sign_keypair(pk, sk);\ncrypto_generichash(h, 32, m, n, NULL, 0);\ncrypto_pwhash(out, 32, pw, n, salt, ops, mem, crypto_pwhash_ALG_DEFAULT);\ncrypto_aead_aes256gcm_encrypt(c, &cl, m, ml, NULL, 0, NULL, nonce, key);\ncrypto_kx_keypair(pk, sk);\ncrypto_auth_hmacsha256(mac, m, n, k);";
        assert_eq!(
            c(src),
            [
                "1 X25519 []",
                "2 Ed25519 []",
                "3 BLAKE2b-256 []",
                "4 Argon2 []",
                "5 AES-256-GCM []",
                "6 X25519 []",
                "7 HMAC-SHA256 []"
            ]
        );
        assert!(c("unsigned char pk[crypto_box_PUBLICKEYBYTES];\nsecretbox_like.crypto_box_keypair(a);\n/* crypto_sign_keypair */").is_empty());
        let src = "static const unsigned char KEY[32] = {1, 2, 3, 4};\ncrypto_aead_chacha20poly1305_ietf_encrypt(c, &cl, m, ml, NULL, 0, NULL, n, KEY);";
        assert_eq!(
            c(src),
            ["2 ChaCha20-Poly1305 []", "2 secret-key [hardcoded-key]"]
        );
    }

    #[test]
    fn mbedtls() {
        let src = "mbedtls_md5(in, n, out);\nmbedtls_sha256(in, n, out, 0);\nmbedtls_sha256(in, n, out, 1);\nmbedtls_aes_setkey_enc(&a, key, 128);\nmbedtls_rsa_gen_key(&rsa, f, p, 1024, 65537);\nmbedtls_ecp_group_load(&g, MBEDTLS_ECP_DP_SECP256R1);\ni = mbedtls_md_info_from_type(MBEDTLS_MD_SHA1);\nc = mbedtls_cipher_info_from_type(MBEDTLS_CIPHER_AES_128_ECB);\nmbedtls_des_setkey_enc(&d, k);\nmbedtls_ssl_conf_min_version(&conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_1);";
        assert_eq!(
            c(src),
            [
                "1 MD5 []",
                "2 SHA-256 []",
                "3 SHA-224 []",
                "4 AES-128 []",
                "5 RSA-1024 [short-key]",
                "6 EC-P-256 []",
                "7 SHA-1 []",
                "8 AES-128-ECB [ecb-mode]",
                "9 DES []",
                "10 TLS 1.0 [deprecated-protocol]"
            ]
        );
        assert!(c("mbedtls_aes_init(&a); /* mbedtls_md5(x) */ s.mbedtls_sha1(x);").is_empty());
        assert_eq!(
            c("mbedtls_md_hmac(mbedtls_md_info_from_type(MBEDTLS_MD_SHA256), k, kl, in, n, out);"),
            ["1 HMAC-SHA256 []"]
        );
    }

    #[test]
    fn botan() {
        let src = "auto c = Botan::BlockCipher::create(\"AES-128\");\nauto h = Botan::HashFunction::create(\"SHA-1\");\nauto m = Botan::Cipher_Mode::create(\"AES-256/GCM\", Botan::Cipher_Dir::Encryption);\nauto mac = Botan::MessageAuthenticationCode::create(\"HMAC(SHA-256)\");\nauto p = Botan::PasswordHashFamily::create(\"PBKDF2(SHA-1)\");\nBotan::RSA_PrivateKey key(rng, 1024);";
        assert_eq!(
            cpp(src),
            [
                "1 AES-128 []",
                "2 SHA-1 []",
                "3 AES-256-GCM []",
                "4 HMAC-SHA256 []",
                "5 PBKDF2 [weak-hash-password]",
                "6 RSA-1024 [short-key]"
            ]
        );
        let src = "using namespace Botan;\nauto e = Cipher_Mode::create(\"AES-128/ECB/NoPadding\", Cipher_Dir::Encryption);";
        assert_eq!(cpp(src), ["2 AES-128-ECB [ecb-mode]"]);
        assert!(cpp("registry.create(\"AES-128\"); // BlockCipher::create(\"DES\")\nvoid f(const Botan::RSA_PrivateKey& k);").is_empty());
    }

    #[test]
    fn cryptopp() {
        let src = "CryptoPP::Weak::MD5 md5;\nCryptoPP::ECB_Mode<CryptoPP::AES>::Encryption enc(key, 16);\nCryptoPP::HMAC<CryptoPP::SHA256> hmac(key, 32);\nCryptoPP::PKCS5_PBKDF2_HMAC<CryptoPP::SHA1> pbkdf;\npbkdf.DeriveKey(out, 32, 0, pw, n, salt, sn, 1000);\nCryptoPP::InvertibleRSAFunction params;\nparams.GenerateRandomWithKeySize(rng, 1024);";
        assert_eq!(
            cpp(src),
            [
                "1 MD5 []",
                "2 AES-ECB [ecb-mode]",
                "3 HMAC-SHA256 []",
                "4 PBKDF2 [weak-hash-password,low-iteration-count]",
                "6 RSA-1024 [short-key]"
            ]
        );
        let src = "using namespace CryptoPP;\nCBC_Mode<AES>::Encryption e;\nSHA1 sha;\nstd::string s = SHA256().AlgorithmName();";
        assert_eq!(cpp(src), ["2 AES-CBC []", "3 SHA-1 []", "4 SHA-256 []"]);
        // Parameter types, nested constants and unrelated namespaces do not match.
        assert!(cpp("void f(const CryptoPP::SHA256& h, CryptoPP::AES::Encryption* e);\nint n = CryptoPP::AES::BLOCKSIZE;\nmylib::SHA1 h;").is_empty());
    }
}
