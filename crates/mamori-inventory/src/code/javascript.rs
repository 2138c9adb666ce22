//! JavaScript and TypeScript: Node's `crypto`, `tls` and `https` modules, WebCrypto
//! (`crypto.subtle`), `jsonwebtoken`, `jose`, `crypto-js`, `bcrypt`, `argon2` and `node-forge`.
//!
//! Names resolve through imports (`require('crypto')`, `import { createHash } from
//! 'node:crypto'`, `import jwt from 'jsonwebtoken'`). Node's module functions also match when
//! written with the module name (`crypto.createHash(…)`), so a global or injected `crypto` is
//! seen, while `myLib.createHash(…)` is not; names that are common words (`hash`, `sign`,
//! `encrypt`) only match through an import of their library. `window.crypto.subtle`,
//! `globalThis.crypto.subtle` and a destructured `const { subtle } = globalThis.crypto` all
//! stand for WebCrypto.
//!
//! Choices worth knowing:
//! - TLS options (`minVersion`, `maxVersion`, `secureProtocol`, `ciphers`) are reported at the
//!   option's own line, which in a multi-line options object is not the call's.
//!   `secureProtocol: 'SSLv23_method'` / `'TLS_method'` are version-flexible and report nothing.
//! - `jwt.sign` without an `algorithm` option signs with HS256 (jsonwebtoken's default);
//!   `jwt.verify` reports each algorithm listed in `algorithms`. JOSE names map to catalogue
//!   names: HS256 → HMAC-SHA256, RS256 → SHA256withRSA, PS256 → SHA256withRSA/PSS, ES256 →
//!   SHA256withECDSA, EdDSA → Ed25519, RSA1_5 → RSA with the PKCS#1 v1.5 weakness; `none` is
//!   not an algorithm and reports nothing.
//! - `publicEncrypt`/`privateDecrypt` default to OAEP; `RSA_PKCS1_PADDING` gets the PKCS#1 v1.5
//!   encryption weakness.
//! - `crypto.createCipher` (removed in Node 22) derives its key and IV from the password with
//!   one MD5 round (`EVP_BytesToKey`): weak-hash-password and a low iteration count.
//! - crypto-js's `PBKDF2` without a `hasher` is reported as PBKDF2-HMAC-SHA1 (the default before
//!   crypto-js 4.2); its iteration default is version-dependent and only an explicit count is
//!   judged. `CryptoJS.AES.encrypt` defaults to CBC.
//! - `bcrypt.hash(pw, cost)` with a literal cost below 10 gets the low-iteration-count weakness.
//! - Limits of name resolution: a renamed import of a function (`const { createHash: h } =
//!   require('crypto')`), members reached through `this`, and TypeScript's compiled
//!   `crypto_1.default.createHash(…)` are not followed.
//! - `subtle.sign('HMAC', …)` names no hash (it is in the key), which the catalogue cannot name:
//!   it reports nothing; the key's `importKey`/`generateKey` reports the HMAC.

use mamori_model::{Algorithm, MaterialKind, Weakness, WeaknessKind, catalogue};

use super::c_family::{
    Padding, Spec, arg_at, build, cipher_string, curve_alg, ecb_weakness, ident_of, kdf_weaknesses,
    material, method_version, openssl_alg, param_in, push_material, rsa_padding, signature_with,
    sized_alg, weak_hash_signature,
};
use super::engine::{Ctx, Form, LanguageRules, Match, Rule, Sel, with_mode};
use super::imports;
use super::java::{
    hmac_of, jsse_protocol, low_iterations, pkcs1_encryption, weak_hash_password,
    weak_password_hash,
};
use super::lexer::{DECLARE, FAT_ARROW, Kind};

use Form::{Call, New, Ref};

pub static RULES: LanguageRules = LanguageRules::new(&TABLE, &[], js_imports);

static TABLE: [Rule; SPECS.len()] = build(SPECS);

fn param(ctx: &Ctx<'_>, m: &Match) -> &'static str {
    param_in(ctx, SPECS, m)
}

const HASH: &str = "js.node.hash";
const HMAC: &str = "js.node.hmac";
const CIPHER: &str = "js.node.cipher";
const KEYGEN: &str = "js.node.keygen";
const KDF: &str = "js.node.kdf";
const SIGN: &str = "js.node.sign";
const RSA: &str = "js.node.rsa";
const KEY: &str = "js.node.key";
const WEBCRYPTO: &str = "js.webcrypto";
const TLS: &str = "js.tls";
const JWT: &str = "js.jsonwebtoken";
const JOSE: &str = "js.jose";
const CRYPTOJS: &str = "js.crypto-js";
const PWHASH: &str = "js.password-hash";
const FORGE: &str = "js.node-forge";
const REQUIRE: &str = "js.require";

#[rustfmt::skip]
const SPECS: &[Spec] = &[
    // ---- Node `crypto` -------------------------------------------------------------------
    (HASH, "crypto createHash", 2, Call, hash, "0"),
    (HASH, "crypto hash", 2, Call, hash, "0"),
    (HMAC, "crypto createHmac", 2, Call, hmac, ""),
    (CIPHER, "crypto createCipheriv", 2, Call, cipheriv, ""),
    (CIPHER, "crypto createDecipheriv", 2, Call, cipheriv, ""),
    (CIPHER, "crypto createCipher", 2, Call, cipher_password, ""),
    (CIPHER, "crypto createDecipher", 2, Call, cipher_password, ""),
    (KEYGEN, "crypto generateKeyPairSync", 2, Call, key_pair, ""),
    (KEYGEN, "crypto generateKeyPair", 2, Call, key_pair, ""),
    (KEYGEN, "crypto generateKeySync", 2, Call, secret_keygen, ""),
    (KEYGEN, "crypto generateKey", 2, Call, secret_keygen, ""),
    (KEYGEN, "crypto createECDH", 2, Call, ecdh, ""),
    (KEYGEN, "crypto createDiffieHellman", 2, Call, dh, ""),
    (KEYGEN, "crypto getDiffieHellman", 2, Call, dh, ""),
    (KEYGEN, "crypto createDiffieHellmanGroup", 2, Call, dh, ""),
    (KDF, "crypto pbkdf2Sync", 2, Call, pbkdf2, ""),
    (KDF, "crypto pbkdf2", 2, Call, pbkdf2, ""),
    (KDF, "crypto scryptSync", 2, Call, scrypt, ""),
    (KDF, "crypto scrypt", 2, Call, scrypt, ""),
    (KDF, "crypto hkdfSync", 2, Call, hkdf, ""),
    (KDF, "crypto hkdf", 2, Call, hkdf, ""),
    (SIGN, "crypto sign", 2, Call, sign_oneshot, ""),
    (SIGN, "crypto verify", 2, Call, sign_oneshot, ""),
    (SIGN, "crypto createSign", 2, Call, create_sign, ""),
    (SIGN, "crypto createVerify", 2, Call, create_sign, ""),
    (RSA, "crypto publicEncrypt", 2, Call, rsa_encrypt, "OAEP"),
    (RSA, "crypto privateDecrypt", 2, Call, rsa_encrypt, "OAEP"),
    (RSA, "crypto privateEncrypt", 2, Call, rsa_encrypt, "PKCS1-sign"),
    (RSA, "crypto publicDecrypt", 2, Call, rsa_encrypt, "PKCS1-sign"),
    (KEY, "crypto createSecretKey", 2, Call, secret_key, ""),
    // ---- WebCrypto (`crypto.subtle`, `window.crypto.subtle`, a destructured `subtle`) ----
    (WEBCRYPTO, "crypto subtle generateKey", 2, Call, subtle, "generateKey"),
    (WEBCRYPTO, "crypto subtle importKey", 2, Call, subtle, "importKey"),
    (WEBCRYPTO, "crypto subtle digest", 2, Call, subtle, "digest"),
    (WEBCRYPTO, "crypto subtle encrypt", 2, Call, subtle, "encrypt"),
    (WEBCRYPTO, "crypto subtle decrypt", 2, Call, subtle, "encrypt"),
    (WEBCRYPTO, "crypto subtle sign", 2, Call, subtle, "sign"),
    (WEBCRYPTO, "crypto subtle verify", 2, Call, subtle, "sign"),
    (WEBCRYPTO, "crypto subtle deriveBits", 2, Call, subtle, "deriveBits"),
    (WEBCRYPTO, "crypto subtle deriveKey", 2, Call, subtle, "deriveKey"),
    (WEBCRYPTO, "crypto subtle wrapKey", 2, Call, subtle, "wrapKey"),
    (WEBCRYPTO, "crypto subtle unwrapKey", 2, Call, subtle, "unwrapKey"),
    // ---- TLS options -----------------------------------------------------------------------
    (TLS, "tls createSecureContext", 2, Call, tls_options, ""),
    (TLS, "tls connect", 2, Call, tls_options, ""),
    (TLS, "tls createServer", 2, Call, tls_options, ""),
    (TLS, "tls TLSSocket", 2, New, tls_options, ""),
    (TLS, "https createServer", 2, Call, tls_options, ""),
    (TLS, "https request", 2, Call, tls_options, ""),
    (TLS, "https get", 2, Call, tls_options, ""),
    (TLS, "https Agent", 2, New, tls_options, ""),
    (TLS, "http2 createSecureServer", 2, Call, tls_options, ""),
    (TLS, "http2 connect", 2, Call, tls_options, ""),
    (TLS, "tls DEFAULT_MIN_VERSION", 2, Ref, tls_default, ""),
    (TLS, "tls DEFAULT_MAX_VERSION", 2, Ref, tls_default, ""),
    // ---- jsonwebtoken and jose -------------------------------------------------------------
    (JWT, "jsonwebtoken sign", 0, Call, jwt_sign, ""),
    (JWT, "jsonwebtoken verify", 0, Call, jwt_verify, "2"),
    (JOSE, "jose SignJWT", 0, New, jose_builder, ""),
    (JOSE, "jose CompactSign", 0, New, jose_builder, ""),
    (JOSE, "jose FlattenedSign", 0, New, jose_builder, ""),
    (JOSE, "jose EncryptJWT", 0, New, jose_builder, ""),
    (JOSE, "jose CompactEncrypt", 0, New, jose_builder, ""),
    (JOSE, "jose jwtVerify", 0, Call, jwt_verify, "2"),
    (JOSE, "jose compactVerify", 0, Call, jwt_verify, "2"),
    (JOSE, "jose generateKeyPair", 0, Call, jose_keygen, ""),
    (JOSE, "jose generateSecret", 0, Call, jose_alg_arg, "0"),
    (JOSE, "jose importPKCS8", 0, Call, jose_alg_arg, "1|private"),
    (JOSE, "jose importSPKI", 0, Call, jose_alg_arg, "1"),
    (JOSE, "jose importX509", 0, Call, jose_alg_arg, "1"),
    (JOSE, "jose importJWK", 0, Call, jose_alg_arg, "1"),
    // ---- crypto-js -------------------------------------------------------------------------
    (CRYPTOJS, "crypto-js MD5", 0, Call, cryptojs_named, "MD5"),
    (CRYPTOJS, "crypto-js SHA1", 0, Call, cryptojs_named, "SHA-1"),
    (CRYPTOJS, "crypto-js SHA224", 0, Call, cryptojs_named, "SHA-224"),
    (CRYPTOJS, "crypto-js SHA256", 0, Call, cryptojs_named, "SHA-256"),
    (CRYPTOJS, "crypto-js SHA384", 0, Call, cryptojs_named, "SHA-384"),
    (CRYPTOJS, "crypto-js SHA512", 0, Call, cryptojs_named, "SHA-512"),
    (CRYPTOJS, "crypto-js SHA3", 0, Call, cryptojs_sha3, ""),
    (CRYPTOJS, "crypto-js RIPEMD160", 0, Call, cryptojs_named, "RIPEMD-160"),
    (CRYPTOJS, "crypto-js HmacMD5", 0, Call, cryptojs_named, "HMAC-MD5|k1"),
    (CRYPTOJS, "crypto-js HmacSHA1", 0, Call, cryptojs_named, "HMAC-SHA1|k1"),
    (CRYPTOJS, "crypto-js HmacSHA224", 0, Call, cryptojs_named, "HMAC-SHA224|k1"),
    (CRYPTOJS, "crypto-js HmacSHA256", 0, Call, cryptojs_named, "HMAC-SHA256|k1"),
    (CRYPTOJS, "crypto-js HmacSHA384", 0, Call, cryptojs_named, "HMAC-SHA384|k1"),
    (CRYPTOJS, "crypto-js HmacSHA512", 0, Call, cryptojs_named, "HMAC-SHA512|k1"),
    (CRYPTOJS, "crypto-js HmacRIPEMD160", 0, Call, cryptojs_named, "HMAC-RIPEMD160|k1"),
    (CRYPTOJS, "crypto-js AES encrypt", 0, Call, cryptojs_cipher, "AES"),
    (CRYPTOJS, "crypto-js AES decrypt", 0, Call, cryptojs_cipher, "AES"),
    (CRYPTOJS, "crypto-js DES encrypt", 0, Call, cryptojs_cipher, "DES"),
    (CRYPTOJS, "crypto-js DES decrypt", 0, Call, cryptojs_cipher, "DES"),
    (CRYPTOJS, "crypto-js TripleDES encrypt", 0, Call, cryptojs_cipher, "3DES"),
    (CRYPTOJS, "crypto-js TripleDES decrypt", 0, Call, cryptojs_cipher, "3DES"),
    (CRYPTOJS, "crypto-js Blowfish encrypt", 0, Call, cryptojs_cipher, "Blowfish"),
    (CRYPTOJS, "crypto-js Blowfish decrypt", 0, Call, cryptojs_cipher, "Blowfish"),
    (CRYPTOJS, "crypto-js RC4 encrypt", 0, Call, cryptojs_cipher, "RC4"),
    (CRYPTOJS, "crypto-js RC4 decrypt", 0, Call, cryptojs_cipher, "RC4"),
    (CRYPTOJS, "crypto-js RC4Drop encrypt", 0, Call, cryptojs_cipher, "RC4"),
    (CRYPTOJS, "crypto-js RC4Drop decrypt", 0, Call, cryptojs_cipher, "RC4"),
    (CRYPTOJS, "crypto-js PBKDF2", 0, Call, cryptojs_pbkdf2, ""),
    // ---- Password hashing libraries --------------------------------------------------------
    (PWHASH, "bcrypt hash", 0, Call, bcrypt, ""),
    (PWHASH, "bcrypt hashSync", 0, Call, bcrypt, ""),
    (PWHASH, "bcryptjs hash", 0, Call, bcrypt, ""),
    (PWHASH, "bcryptjs hashSync", 0, Call, bcrypt, ""),
    (PWHASH, "argon2 hash", 0, Call, argon2, ""),
    // ---- node-forge ------------------------------------------------------------------------
    (FORGE, "node-forge md md5 create", 0, Call, forge_named, "MD5"),
    (FORGE, "node-forge md sha1 create", 0, Call, forge_named, "SHA-1"),
    (FORGE, "node-forge md sha256 create", 0, Call, forge_named, "SHA-256"),
    (FORGE, "node-forge md sha384 create", 0, Call, forge_named, "SHA-384"),
    (FORGE, "node-forge md sha512 create", 0, Call, forge_named, "SHA-512"),
    (FORGE, "node-forge pki rsa generateKeyPair", 0, Call, forge_rsa, ""),
    (FORGE, "node-forge cipher createCipher", 0, Call, forge_cipher, ""),
    (FORGE, "node-forge cipher createDecipher", 0, Call, forge_cipher, ""),
    (FORGE, "node-forge pkcs5 pbkdf2", 0, Call, forge_pbkdf2, ""),
    // ---- `require('crypto').createHash(…)` ------------------------------------------------
    (REQUIRE, "require", 1, Call, require_chain, ""),
];

// ---- Helpers ------------------------------------------------------------------------------

fn str_of(ctx: &Ctx<'_>, range: Option<(usize, usize)>) -> Option<String> {
    ctx.eval_str(range?)
}

fn str_at(ctx: &Ctx<'_>, m: &Match, pos: i64) -> Option<String> {
    str_of(ctx, arg_at(m, pos))
}

fn int_of(ctx: &Ctx<'_>, range: Option<(usize, usize)>) -> Option<i64> {
    ctx.eval_int(range?)
}

/// The object literal a range is, through one constant (`const opts = {…}; f(opts)`).
fn object(ctx: &Ctx<'_>, range: (usize, usize)) -> Option<(usize, usize)> {
    let (a, b) = range;
    if ctx.t.is_punct(a, b'{') {
        return Some(range);
    }
    if b == a + 1 && ctx.t.kind(a) == Some(Kind::Ident) {
        let r = ctx.const_range(ctx.t.text(a))?;
        return ctx.t.is_punct(r.0, b'{').then_some(r);
    }
    None
}

/// Field `name` of the object literal at `range`: the key's token and the value's range. A
/// shorthand field (`{ salt }`) stands for the constant of that name, when there is one.
fn field(ctx: &Ctx<'_>, range: (usize, usize), name: &str) -> Option<(usize, (usize, usize))> {
    let (a, b) = object(ctx, range)?;
    let close = ctx.matching(a).min(b);
    let mut depth = 0i32;
    let mut j = a;
    while j < close {
        let t = &ctx.t.toks[j];
        if t.kind == Kind::Punct {
            match t.punct {
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => depth -= 1,
                _ => {}
            }
        }
        let key = match t.kind {
            Kind::Ident => Some(ctx.t.text(j).to_string()),
            Kind::Str => Some(ctx.t.string(j)),
            _ => None,
        };
        let at_key =
            j > a && depth == 1 && (ctx.t.is_punct(j - 1, b'{') || ctx.t.is_punct(j - 1, b','));
        if at_key && key.as_deref() == Some(name) {
            if ctx.t.is_punct(j + 1, b':') {
                let va = j + 2;
                let mut vb = va;
                let mut d = 0i32;
                while vb < close {
                    let tv = &ctx.t.toks[vb];
                    if tv.kind == Kind::Punct {
                        match tv.punct {
                            b'(' | b'[' | b'{' => d += 1,
                            b')' | b']' | b'}' => d -= 1,
                            b',' if d == 0 => break,
                            _ => {}
                        }
                    }
                    vb += 1;
                }
                return (vb > va).then_some((j, (va, vb)));
            }
            if t.kind == Kind::Ident && (ctx.t.is_punct(j + 1, b',') || j + 1 == close) {
                return ctx.const_range(name).map(|r| (j, r));
            }
        }
        j += 1;
    }
    None
}

fn field_str(ctx: &Ctx<'_>, range: (usize, usize), name: &str) -> Option<String> {
    field(ctx, range, name).and_then(|(_, r)| ctx.eval_str(r))
}

fn field_int(ctx: &Ctx<'_>, range: (usize, usize), name: &str) -> Option<i64> {
    field(ctx, range, name).and_then(|(_, r)| ctx.eval_int(r))
}

/// Converters that turn a literal into key bytes without making it less constant:
/// `CryptoJS.enc.Hex.parse('…')`, `forge.util.hexToBytes('…')`, `new TextEncoder().encode('…')`.
const CONVERTERS: &[&str] = &[
    "parse",
    "hexToBytes",
    "decode64",
    "createBuffer",
    "encode",
    "from",
    "hexToUint8Array",
    "fromHex",
    "utf8ToBytes",
    "hexToBuffer",
];

/// The literal inside one converter call spanning the range, or the range.
fn unwrap_converter(ctx: &Ctx<'_>, (a, b): (usize, usize)) -> (usize, usize) {
    let mut j = a;
    if ctx.t.is_ident(j, "new") {
        j += 1;
    }
    // `new TextEncoder().encode(…)`: step over the constructor call.
    if ctx.t.kind(j) == Some(Kind::Ident) {
        let (_, last) = ctx.chain(j);
        let mut k = last + 1;
        if ctx.t.is_punct(k, b'(')
            && ctx.t.is_punct(k + 1, b')')
            && ctx.t.is_punct(k + 2, b'.')
            && ctx.t.kind(k + 3) == Some(Kind::Ident)
        {
            let (_, l2) = ctx.chain(k + 3);
            k = l2 + 1;
            j = l2;
        } else {
            j = last;
        }
        if CONVERTERS.contains(&ctx.t.text(j)) && ctx.t.is_punct(k, b'(') {
            let close = ctx.matching(k);
            if close + 1 == b {
                let (args, _, _) = ctx.split_args(k);
                if let Some(&first) = args.first() {
                    return first;
                }
            }
        }
    }
    (a, b)
}

/// An inline all-zero buffer: `Buffer.alloc(16)`, `Buffer.alloc(16, 0)`, `new Uint8Array(12)`.
/// (A named one may be filled later with random bytes, so only the inline form counts.)
fn zero_buffer(ctx: &Ctx<'_>, (a, b): (usize, usize)) -> bool {
    let alloc = ctx.t.is_ident(a, "Buffer")
        && ctx.t.is_punct(a + 1, b'.')
        && ctx.t.is_ident(a + 2, "alloc")
        && ctx.t.is_punct(a + 3, b'(');
    let typed = ctx.t.is_ident(a, "new")
        && ctx.t.is_ident(a + 1, "Uint8Array")
        && ctx.t.is_punct(a + 2, b'(');
    let open = if alloc {
        a + 3
    } else if typed {
        a + 2
    } else {
        return false;
    };
    if ctx.matching(open) + 1 != b {
        return false;
    }
    let (args, _, _) = ctx.split_args(open);
    let size_ok = args
        .first()
        .is_some_and(|&r| r.1 == r.0 + 1 && ctx.t.kind(r.0) == Some(Kind::Number));
    let fill_ok = match args.get(1) {
        None => true,
        Some(&r) => alloc && ctx.eval_int(r) == Some(0),
    };
    size_ok && fill_ok && args.len() <= 2
}

/// Hard-coded material at a range, through converters and inline zero buffers.
fn js_material(
    ctx: &mut Ctx<'_>,
    m: &Match,
    range: Option<(usize, usize)>,
    kind: MaterialKind,
    alg: Option<&Algorithm>,
) {
    let Some(range) = range else { return };
    if zero_buffer(ctx, range) {
        push_material(ctx, m, kind, alg);
        return;
    }
    let inner = unwrap_converter(ctx, range);
    let inner = match ident_of(ctx, inner).and_then(|n| ctx.const_range(&n)) {
        // `const KEY = CryptoJS.enc.Utf8.parse('…')`.
        Some(r) if inner.1 == inner.0 + 1 && !ctx.is_literal_material(inner) => {
            unwrap_converter(ctx, r)
        }
        _ => inner,
    };
    material(ctx, m, Some(inner), kind, alg);
}

fn emit_name(ctx: &mut Ctx<'_>, m: &Match, name: &str, extra: &[Weakness]) -> Option<Algorithm> {
    let alg = ctx.algorithm(name, None)?;
    ctx.emit(m, alg.clone(), extra);
    Some(alg)
}

/// A digest name as Node and OpenSSL spell it (`sha256`, `RSA-SHA256`, `sha3-256`).
fn node_hash(ctx: &Ctx<'_>, name: &str) -> Option<Algorithm> {
    let n = name.trim();
    let n = match (n.get(..4), n.get(4..)) {
        (Some(head), Some(rest)) if !rest.is_empty() && head.eq_ignore_ascii_case("RSA-") => rest,
        _ => n,
    };
    openssl_alg(ctx, n).filter(|a| {
        matches!(
            a.primitive,
            mamori_model::Primitive::Hash | mamori_model::Primitive::Xof
        )
    })
}

/// A WebCrypto hash: `'SHA-256'` or `{ name: 'SHA-256' }`.
fn web_hash(ctx: &Ctx<'_>, range: (usize, usize)) -> Option<Algorithm> {
    let name = ctx
        .eval_str(range)
        .or_else(|| field_str(ctx, range, "name"))?;
    ctx.algorithm(&name, None)
}

// ---- Node crypto ----------------------------------------------------------------------------

/// `crypto.createHash('md5')`, `crypto.hash('sha1', data)`.
fn hash(ctx: &mut Ctx<'_>, m: &Match) {
    let Some(name) = str_at(ctx, m, 0) else {
        return;
    };
    if let Some(alg) = node_hash(ctx, &name) {
        ctx.emit(m, alg, &[]);
    }
}

/// `crypto.createHmac('sha256', key)` → HMAC-SHA256.
fn hmac(ctx: &mut Ctx<'_>, m: &Match) {
    let Some(alg) = str_at(ctx, m, 0)
        .and_then(|n| node_hash(ctx, &n))
        .and_then(|h| hmac_of(ctx, &h))
    else {
        return;
    };
    ctx.emit(m, alg.clone(), &[]);
    js_material(ctx, m, arg_at(m, 1), MaterialKind::SecretKey, Some(&alg));
}

/// An OpenSSL cipher name as Node takes it, with the ECB weakness where the name has no mode
/// in the catalogue.
fn node_cipher(ctx: &Ctx<'_>, name: &str) -> Option<(Algorithm, Vec<Weakness>)> {
    let alg = openssl_alg(ctx, name).or_else(|| {
        // `aes-256-ocb`, `camellia-128-ecb`: the cipher and size without the mode.
        let (base, mode) = name.rsplit_once('-')?;
        let a = openssl_alg(ctx, base)?;
        Some(with_mode(&a, mode).unwrap_or(a))
    })?;
    let extra = ecb_weakness(&alg, name);
    Some((alg, extra))
}

/// `crypto.createCipheriv('aes-128-cbc', key, iv)`.
fn cipheriv(ctx: &mut Ctx<'_>, m: &Match) {
    let Some((alg, extra)) = str_at(ctx, m, 0).and_then(|n| node_cipher(ctx, &n)) else {
        return;
    };
    ctx.emit(m, alg.clone(), &extra);
    js_material(ctx, m, arg_at(m, 1), MaterialKind::SecretKey, Some(&alg));
    js_material(
        ctx,
        m,
        arg_at(m, 2),
        MaterialKind::InitializationVector,
        Some(&alg),
    );
}

/// `crypto.createCipher('aes192', password)`: key and IV from one MD5 round over the password.
fn cipher_password(ctx: &mut Ctx<'_>, m: &Match) {
    let Some((alg, mut extra)) = str_at(ctx, m, 0).and_then(|n| node_cipher(ctx, &n)) else {
        return;
    };
    extra.push(weak_hash_password());
    extra.push(low_iterations(1));
    ctx.emit(m, alg.clone(), &extra);
    js_material(ctx, m, arg_at(m, 1), MaterialKind::Password, Some(&alg));
}

/// The Diffie-Hellman MODP groups of RFC 2409/3526 by Node name, in bits.
fn modp_bits(name: &str) -> Option<u32> {
    Some(match name {
        "modp1" => 768,
        "modp2" => 1024,
        "modp5" => 1536,
        "modp14" => 2048,
        "modp15" => 3072,
        "modp16" => 4096,
        "modp17" => 6144,
        "modp18" => 8192,
        _ => return None,
    })
}

/// `generateKeyPairSync('rsa', { modulusLength: 1024 })`, `('ec', { namedCurve: 'P-256' })`,
/// `('ed25519')`.
fn key_pair(ctx: &mut Ctx<'_>, m: &Match) {
    let Some(kind) = str_at(ctx, m, 0) else {
        return;
    };
    let opts = arg_at(m, 1);
    let int_field = |ctx: &Ctx<'_>, name: &'static str| {
        ctx.arg(m, Sel::Field(1, name))
            .and_then(|r| ctx.eval_int(r))
            .and_then(|v| u32::try_from(v).ok())
    };
    let alg = match kind.to_ascii_lowercase().as_str() {
        "rsa" => ctx.algorithm("RSA", int_field(ctx, "modulusLength")),
        "rsa-pss" => ctx.algorithm("RSASSA-PSS", int_field(ctx, "modulusLength")),
        "dsa" => ctx.algorithm("DSA", int_field(ctx, "modulusLength")),
        "ec" => opts
            .and_then(|o| field_str(ctx, o, "namedCurve"))
            .and_then(|c| curve_alg(ctx, &c))
            .or_else(|| ctx.algorithm("EC", None)),
        "dh" => {
            let bits = int_field(ctx, "primeLength").or_else(|| {
                opts.and_then(|o| field_str(ctx, o, "group"))
                    .and_then(|g| modp_bits(&g))
            });
            ctx.algorithm("DH", bits)
        }
        k @ ("ed25519" | "ed448" | "x25519" | "x448") => ctx.algorithm(k, None),
        _ => None,
    };
    if let Some(alg) = alg {
        ctx.emit(m, alg, &[]);
    }
}

/// `crypto.generateKeySync('aes', { length: 128 })`.
fn secret_keygen(ctx: &mut Ctx<'_>, m: &Match) {
    if str_at(ctx, m, 0).as_deref() != Some("aes") {
        return;
    }
    let bits = arg_at(m, 1)
        .and_then(|o| field_int(ctx, o, "length"))
        .and_then(|v| u32::try_from(v).ok());
    if let Some(alg) = sized_alg(ctx, "AES", bits) {
        ctx.emit(m, alg, &[]);
    }
}

/// ECDH on a curve: `ECDH-P-256`.
fn ecdh_on(ctx: &Ctx<'_>, curve: &str) -> Option<Algorithm> {
    let c = catalogue::curve(curve)?;
    if matches!(c.name, "X25519" | "X448") {
        return ctx.algorithm(c.name, None);
    }
    ctx.algorithm(&format!("ECDH-{}", c.display_name), None)
        .or_else(|| curve_alg(ctx, curve))
}

/// `crypto.createECDH('prime256v1')`.
fn ecdh(ctx: &mut Ctx<'_>, m: &Match) {
    let alg = str_at(ctx, m, 0)
        .and_then(|c| ecdh_on(ctx, &c))
        .or_else(|| ctx.algorithm("ECDH", None));
    if let Some(alg) = alg {
        ctx.emit(m, alg, &[]);
    }
}

/// `crypto.createDiffieHellman(1024)`, `getDiffieHellman('modp2')`.
fn dh(ctx: &mut Ctx<'_>, m: &Match) {
    let Some(r) = arg_at(m, 0) else {
        return;
    };
    let bits = ctx
        .eval_int(r)
        .and_then(|v| u32::try_from(v).ok())
        .or_else(|| ctx.eval_str(r).and_then(|g| modp_bits(&g)));
    if let Some(alg) = ctx.algorithm("DH", bits) {
        ctx.emit(m, alg, &[]);
    }
}

/// `crypto.pbkdf2Sync(password, salt, iterations, keylen, digest)`.
fn pbkdf2(ctx: &mut Ctx<'_>, m: &Match) {
    // Node before 6 defaulted to SHA-1; today the digest is required.
    let hash = str_at(ctx, m, 4).and_then(|n| node_hash(ctx, &n));
    let weak = hash.as_ref().is_none_or(weak_password_hash);
    let iterations = int_of(ctx, arg_at(m, 2));
    let extra = kdf_weaknesses(weak, iterations);
    let Some(alg) = emit_name(ctx, m, "PBKDF2", &extra) else {
        return;
    };
    js_material(ctx, m, arg_at(m, 0), MaterialKind::Password, Some(&alg));
    js_material(ctx, m, arg_at(m, 1), MaterialKind::Salt, Some(&alg));
}

/// `crypto.scryptSync(password, salt, keylen)`.
fn scrypt(ctx: &mut Ctx<'_>, m: &Match) {
    let Some(alg) = emit_name(ctx, m, "scrypt", &[]) else {
        return;
    };
    js_material(ctx, m, arg_at(m, 0), MaterialKind::Password, Some(&alg));
    js_material(ctx, m, arg_at(m, 1), MaterialKind::Salt, Some(&alg));
}

/// `crypto.hkdfSync('sha256', ikm, salt, info, keylen)`: the input keying material is a key.
fn hkdf(ctx: &mut Ctx<'_>, m: &Match) {
    let Some(alg) = emit_name(ctx, m, "HKDF", &[]) else {
        return;
    };
    js_material(ctx, m, arg_at(m, 1), MaterialKind::SecretKey, Some(&alg));
}

/// A signature algorithm as Node's `createSign`/`sign` take it: `RSA-SHA256`,
/// `sha256WithRSAEncryption`, `ecdsa-with-SHA256`, or a bare digest (key type unknown: the
/// digest is reported, weak for MD5/SHA-1).
fn node_signature(ctx: &Ctx<'_>, name: &str) -> Option<(Algorithm, Vec<Weakness>)> {
    if let Some(a) = ctx
        .algorithm(name, None)
        .filter(|a| a.primitive == mamori_model::Primitive::Signature)
    {
        return Some((a, Vec::new()));
    }
    let upper = name.to_ascii_uppercase();
    let (scheme, digest) = if let Some(d) = upper.strip_prefix("RSA-") {
        ("RSA", d)
    } else if let Some(d) = upper.strip_prefix("ECDSA-WITH-") {
        ("ECDSA", d)
    } else if let Some(d) = upper
        .strip_prefix("DSA-WITH-")
        .or_else(|| upper.strip_prefix("DSA-"))
    {
        ("DSA", d)
    } else {
        let h = node_hash(ctx, name)?;
        let extra = if weak_password_hash(&h) {
            vec![weak_hash_signature()]
        } else {
            Vec::new()
        };
        return Some((h, extra));
    };
    let h = node_hash(ctx, digest)?;
    let a = signature_with(ctx, &h, scheme)?;
    Some((a, Vec::new()))
}

/// `crypto.createSign('RSA-SHA1')`.
fn create_sign(ctx: &mut Ctx<'_>, m: &Match) {
    let Some((alg, extra)) = str_at(ctx, m, 0).and_then(|n| node_signature(ctx, &n)) else {
        return;
    };
    ctx.emit(m, alg, &extra);
}

/// `crypto.sign('sha1', data, key)`; a null algorithm (Ed25519/Ed448) names nothing here.
fn sign_oneshot(ctx: &mut Ctx<'_>, m: &Match) {
    create_sign(ctx, m);
}

/// `crypto.publicEncrypt({ key, padding: crypto.constants.RSA_PKCS1_PADDING }, buf)`; the
/// default padding is OAEP for encryption, PKCS#1 v1.5 (signature-style) for `privateEncrypt`.
fn rsa_encrypt(ctx: &mut Ctx<'_>, m: &Match) {
    let padding = arg_at(m, 0)
        .and_then(|o| field(ctx, o, "padding"))
        .and_then(|(_, r)| {
            ident_of(ctx, r)
                .map(|n| rsa_padding(&n))
                .or_else(|| ctx.eval_int(r).map(|v| rsa_padding(&v.to_string())))
        });
    let signing = param(ctx, m) != "OAEP";
    let (name, extra) = match padding {
        Some(Padding::Pkcs1) if !signing => ("RSA", vec![pkcs1_encryption()]),
        Some(Padding::Oaep) => ("RSAES-OAEP", Vec::new()),
        None if !signing => ("RSAES-OAEP", Vec::new()),
        _ => ("RSA", Vec::new()),
    };
    emit_name(ctx, m, name, &extra);
}

/// `crypto.createSecretKey(Buffer.from('…', 'hex'))`.
fn secret_key(ctx: &mut Ctx<'_>, m: &Match) {
    js_material(ctx, m, arg_at(m, 0), MaterialKind::SecretKey, None);
}

// ---- WebCrypto ----------------------------------------------------------------------------

/// A WebCrypto algorithm identifier: the name and, for the object form, the object's range.
fn web_alg(ctx: &Ctx<'_>, range: (usize, usize)) -> Option<(String, Option<(usize, usize)>)> {
    if let Some(name) = ctx.eval_str(range) {
        return Some((name, None));
    }
    let obj = object(ctx, range)?;
    let name = field_str(ctx, obj, "name")?;
    Some((name, Some(obj)))
}

/// The catalogue algorithm a WebCrypto identifier stands for, with its weaknesses.
fn web_algorithm(
    ctx: &Ctx<'_>,
    name: &str,
    obj: Option<(usize, usize)>,
) -> Option<(Algorithm, Vec<Weakness>)> {
    let f_int = |f: &str| {
        obj.and_then(|o| field_int(ctx, o, f))
            .and_then(|v| u32::try_from(v).ok())
    };
    let hash = obj
        .and_then(|o| field(ctx, o, "hash"))
        .and_then(|(_, r)| web_hash(ctx, r));
    let upper = name.to_ascii_uppercase();
    let mut extra = Vec::new();
    let alg = match upper.as_str() {
        "RSA-OAEP" | "RSASSA-PKCS1-V1_5" | "RSA-PSS" => {
            if upper != "RSA-OAEP" && hash.as_ref().is_some_and(weak_password_hash) {
                extra.push(weak_hash_signature());
            }
            ctx.algorithm(name, f_int("modulusLength"))
        }
        "ECDSA" => {
            let curve = obj.and_then(|o| field_str(ctx, o, "namedCurve"));
            match (curve.and_then(|c| curve_alg(ctx, &c)), &hash) {
                (Some(a), _) => Some(a),
                (None, Some(h)) => signature_with(ctx, h, "ECDSA"),
                (None, None) => ctx.algorithm("ECDSA", None),
            }
        }
        "ECDH" => obj
            .and_then(|o| field_str(ctx, o, "namedCurve"))
            .and_then(|c| ecdh_on(ctx, &c))
            .or_else(|| ctx.algorithm("ECDH", None)),
        "AES-GCM" | "AES-CBC" | "AES-CTR" | "AES-KW" => sized_alg(ctx, name, f_int("length")),
        "HMAC" => hash.as_ref().and_then(|h| hmac_of(ctx, h)),
        "PBKDF2" => {
            if obj.is_some() {
                let iterations = obj.and_then(|o| field_int(ctx, o, "iterations"));
                extra = kdf_weaknesses(hash.as_ref().is_some_and(weak_password_hash), iterations);
            }
            ctx.algorithm("PBKDF2", None)
        }
        _ => ctx.algorithm(name, None),
    }?;
    Some((alg, extra))
}

/// `crypto.subtle.<op>(…)`: parameter = the operation.
fn subtle(ctx: &mut Ctx<'_>, m: &Match) {
    let op = param(ctx, m);
    let alg_positions: &[i64] = match op {
        "importKey" => &[2],
        "wrapKey" => &[3],
        "unwrapKey" => &[3, 4],
        "deriveKey" => &[0, 2],
        _ => &[0],
    };
    for &pos in alg_positions {
        let Some((name, obj)) = arg_at(m, pos).and_then(|r| web_alg(ctx, r)) else {
            continue;
        };
        if op == "sign" && name.eq_ignore_ascii_case("HMAC") {
            continue;
        }
        let Some((alg, extra)) = web_algorithm(ctx, &name, obj) else {
            continue;
        };
        // An algorithm object written over several lines is reported where it names the
        // algorithm, as option objects are.
        let at = obj
            .and_then(|o| field(ctx, o, "name"))
            .map_or(m.tok, |(tok, _)| tok);
        ctx.emit_at(
            m.rule,
            at,
            &m.symbol,
            alg.clone(),
            &extra,
            m.assigned.clone(),
        );
        if let Some(o) = obj.filter(|_| pos == 0) {
            for iv in ["iv", "counter"] {
                let r = field(ctx, o, iv).map(|(_, r)| r);
                js_material(ctx, m, r, MaterialKind::InitializationVector, Some(&alg));
            }
            let salt = field(ctx, o, "salt").map(|(_, r)| r);
            if alg.family == mamori_model::Family::Pbkdf2 {
                js_material(ctx, m, salt, MaterialKind::Salt, Some(&alg));
            }
        }
        if op == "importKey" {
            let format = str_at(ctx, m, 0).unwrap_or_default();
            let kind = match (format.as_str(), alg.family) {
                ("raw", mamori_model::Family::Pbkdf2) => Some(MaterialKind::Password),
                ("raw", _) => Some(MaterialKind::SecretKey),
                ("pkcs8", _) => Some(MaterialKind::PrivateKey),
                _ => None,
            };
            if let Some(kind) = kind {
                js_material(ctx, m, arg_at(m, 1), kind, Some(&alg));
            }
        }
    }
}

// ---- TLS ----------------------------------------------------------------------------------

/// A Node TLS version or method name: `TLSv1`, `TLSv1.2`, `TLSv1_method`, `SSLv3_method`.
fn node_tls_version(s: &str) -> Option<(&'static str, &'static str)> {
    jsse_protocol(s).or_else(|| method_version(s))
}

/// TLS options in any object argument: `minVersion`, `maxVersion`, `secureProtocol`, `ciphers`.
fn tls_options(ctx: &mut Ctx<'_>, m: &Match) {
    for &r in &m.args {
        if object(ctx, r).is_none() {
            continue;
        }
        for key in ["minVersion", "maxVersion", "secureProtocol"] {
            let Some((tok, v)) = field(ctx, r, key) else {
                continue;
            };
            if let Some((p, ver)) = ctx.eval_str(v).as_deref().and_then(node_tls_version) {
                ctx.emit_protocol(m.rule, tok, key, p, ver);
            }
        }
        if let Some((tok, v)) = field(ctx, r, "ciphers") {
            if let Some(s) = ctx.eval_str(v) {
                cipher_string(ctx, m.rule, tok, "ciphers", &s);
            }
        }
    }
}

/// `tls.DEFAULT_MIN_VERSION = 'TLSv1'`.
fn tls_default(ctx: &mut Ctx<'_>, m: &Match) {
    if !ctx.t.is_punct(m.tok + 1, b'=') {
        return;
    }
    let (a, b) = (m.tok + 2, m.tok + 3);
    if ctx.t.kind(a) != Some(Kind::Str) {
        return;
    }
    if let Some((p, v)) = ctx.eval_str((a, b)).as_deref().and_then(node_tls_version) {
        let sym = m.symbol.clone();
        ctx.emit_protocol(m.rule, m.tok, &sym, p, v);
    }
}

// ---- JOSE ---------------------------------------------------------------------------------

/// A JOSE `alg` or `enc` name (RFC 7518, RFC 8037) as a catalogue algorithm.
fn jose_alg(ctx: &Ctx<'_>, name: &str) -> Option<(Algorithm, Vec<Weakness>)> {
    let n = name.trim();
    let bits = n
        .get(2..5)
        .filter(|b| b.bytes().all(|c| c.is_ascii_digit()));
    let canon: String = match n {
        "none" | "dir" => return None,
        "EdDSA" | "Ed25519" => "Ed25519".into(),
        "Ed448" => "Ed448".into(),
        "ES256K" => "SHA256withECDSA".into(),
        "RSA1_5" => {
            let a = ctx.algorithm("RSA", None)?;
            return Some((a, vec![pkcs1_encryption()]));
        }
        _ if n.starts_with("RSA-OAEP") => "RSAES-OAEP".into(),
        _ if n.starts_with("ECDH-ES") => "ECDH".into(),
        _ if n.starts_with("PBES2") => "PBES2".into(),
        _ if n.starts_with("HS") => format!("HMAC-SHA{}", bits?),
        _ if n.starts_with("RS") => format!("SHA{}withRSA", bits?),
        _ if n.starts_with("PS") => format!("SHA{}withRSA/PSS", bits?),
        _ if n.starts_with("ES") => format!("SHA{}withECDSA", bits?),
        _ if n.starts_with('A') => {
            // A128KW, A256GCMKW, A128GCM, A128CBC-HS256.
            let size = n.get(1..4)?;
            let rest = &n[4..];
            let mode = if rest.starts_with("GCM") {
                "GCM"
            } else if rest.starts_with("CBC") {
                "CBC"
            } else if rest.starts_with("KW") {
                "KW"
            } else {
                return None;
            };
            format!("AES-{size}-{mode}")
        }
        _ => return None,
    };
    Some((ctx.algorithm(&canon, None)?, Vec::new()))
}

fn emit_jose(ctx: &mut Ctx<'_>, m: &Match, name: &str) -> Option<Algorithm> {
    let (alg, extra) = jose_alg(ctx, name)?;
    ctx.emit(m, alg.clone(), &extra);
    Some(alg)
}

/// `jwt.sign(payload, secret, { algorithm: 'HS256' })`; HS256 when no algorithm is given.
fn jwt_sign(ctx: &mut Ctx<'_>, m: &Match) {
    let name = match arg_at(m, 2) {
        None => "HS256".to_string(),
        Some(o) if object(ctx, o).is_some() => match field(ctx, o, "algorithm") {
            Some((_, r)) => match ctx.eval_str(r) {
                Some(n) => n,
                None => return,
            },
            None => "HS256".to_string(),
        },
        // `jwt.sign(payload, secret, (err, token) => …)`: no options.
        Some((a, b))
            if ctx.t.is_ident(a, "function") || (a..b).any(|j| ctx.t.is_punct(j, FAT_ARROW)) =>
        {
            "HS256".to_string()
        }
        Some(_) => return,
    };
    let Some(alg) = emit_jose(ctx, m, &name) else {
        return;
    };
    let kind = if name.starts_with("HS") {
        MaterialKind::SecretKey
    } else {
        MaterialKind::PrivateKey
    };
    js_material(ctx, m, arg_at(m, 1), kind, Some(&alg));
}

/// `jwt.verify(token, key, { algorithms: ['RS256', 'HS256'] })`: each listed algorithm.
fn jwt_verify(ctx: &mut Ctx<'_>, m: &Match) {
    let pos: i64 = param(ctx, m).parse().unwrap_or(2);
    let Some((_, list)) = arg_at(m, pos).and_then(|o| field(ctx, o, "algorithms")) else {
        return;
    };
    // `algorithms: ALLOWED` with `const ALLOWED = ['RS256']`.
    let (a, b) = match list {
        (a, b) if b == a + 1 && ctx.t.kind(a) == Some(Kind::Ident) => {
            ctx.const_range(ctx.t.text(a)).unwrap_or(list)
        }
        _ => list,
    };
    let names: Vec<String> = (a..b)
        .filter(|&j| ctx.t.kind(j) == Some(Kind::Str))
        .map(|j| ctx.t.string(j))
        .collect();
    let mut hmac = None;
    for n in names {
        let alg = emit_jose(ctx, m, &n);
        if n.starts_with("HS") {
            hmac = hmac.or(alg);
        }
    }
    // An HMAC key written into the code signs tokens for anyone who reads it.
    if let Some(alg) = hmac {
        js_material(ctx, m, arg_at(m, 1), MaterialKind::SecretKey, Some(&alg));
    }
}

/// `new SignJWT(claims).setProtectedHeader({ alg: 'ES256' })…`: the header's `alg` (and `enc`
/// for encryption), at the `setProtectedHeader` call.
fn jose_builder(ctx: &mut Ctx<'_>, m: &Match) {
    let mut j = m.end;
    let n = ctx.t.len();
    let mut steps = 0;
    while j + 2 < n
        && steps < 16
        && ctx.t.is_punct(j, b'.')
        && ctx.t.kind(j + 1) == Some(Kind::Ident)
    {
        steps += 1;
        let name_tok = j + 1;
        if !ctx.t.is_punct(j + 2, b'(') {
            break;
        }
        let (args, _, end) = ctx.split_args(j + 2);
        if ctx.t.text(name_tok) == "setProtectedHeader" {
            if let Some(&obj) = args.first() {
                let sym = format!("{}.setProtectedHeader", m.symbol);
                let mm = Match {
                    rule: m.rule,
                    tok: name_tok,
                    first: m.first,
                    end,
                    symbol: sym,
                    args: args.clone(),
                    kwargs: Vec::new(),
                    assigned: None,
                };
                for key in ["alg", "enc"] {
                    if let Some(v) = field_str(ctx, obj, key) {
                        emit_jose(ctx, &mm, &v);
                    }
                }
            }
        }
        j = end;
    }
}

/// `jose.generateKeyPair('ES256')`: the key the algorithm needs.
fn jose_keygen(ctx: &mut Ctx<'_>, m: &Match) {
    let Some(name) = str_at(ctx, m, 0) else {
        return;
    };
    let opts = arg_at(m, 1);
    let alg = match name.as_str() {
        "ES256" | "ES256K" | "ES384" | "ES512" => {
            let curve = match name.as_str() {
                "ES256" => "P-256",
                "ES256K" => "secp256k1",
                "ES384" => "P-384",
                _ => "P-521",
            };
            curve_alg(ctx, curve)
        }
        n if n.starts_with("RS") || n.starts_with("PS") || n.starts_with("RSA") => {
            let bits = opts
                .and_then(|o| field_int(ctx, o, "modulusLength"))
                .and_then(|v| u32::try_from(v).ok())
                .unwrap_or(2048);
            ctx.algorithm("RSA", Some(bits))
        }
        "EdDSA" | "Ed25519" => {
            let crv = opts.and_then(|o| field_str(ctx, o, "crv"));
            ctx.algorithm(crv.as_deref().unwrap_or("Ed25519"), None)
        }
        n if n.starts_with("ECDH-ES") => {
            let crv = opts
                .and_then(|o| field_str(ctx, o, "crv"))
                .unwrap_or_else(|| "P-256".into());
            ecdh_on(ctx, &crv)
        }
        _ => None,
    };
    if let Some(alg) = alg {
        ctx.emit(m, alg, &[]);
    }
}

/// `jose.generateSecret('HS256')`, `jose.importPKCS8(pem, 'RS256')`: parameter = the position
/// of the algorithm, `|private` when the first argument is a private key.
fn jose_alg_arg(ctx: &mut Ctx<'_>, m: &Match) {
    let p = param(ctx, m);
    let (pos, private) = match p.split_once('|') {
        Some((pos, _)) => (pos, true),
        None => (p, false),
    };
    let Some(name) = str_at(ctx, m, pos.parse().unwrap_or(0)) else {
        return;
    };
    let Some(alg) = emit_jose(ctx, m, &name) else {
        return;
    };
    if private {
        js_material(ctx, m, arg_at(m, 0), MaterialKind::PrivateKey, Some(&alg));
    }
}

// ---- crypto-js ----------------------------------------------------------------------------

/// `CryptoJS.MD5(msg)`, `CryptoJS.HmacSHA256(msg, key)`: parameter = name and `|k1` for the key.
fn cryptojs_named(ctx: &mut Ctx<'_>, m: &Match) {
    let p = param(ctx, m);
    let (name, key) = match p.split_once("|k") {
        Some((n, k)) => (n, k.parse::<i64>().ok()),
        None => (p, None),
    };
    let Some(alg) = emit_name(ctx, m, name, &[]) else {
        return;
    };
    if let Some(k) = key {
        js_material(ctx, m, arg_at(m, k), MaterialKind::SecretKey, Some(&alg));
    }
}

/// `CryptoJS.SHA3(msg, { outputLength: 256 })`: 512 bits by default.
fn cryptojs_sha3(ctx: &mut Ctx<'_>, m: &Match) {
    let bits = arg_at(m, 1)
        .and_then(|o| field_int(ctx, o, "outputLength"))
        .unwrap_or(512);
    emit_name(ctx, m, &format!("SHA3-{bits}"), &[]);
}

/// `CryptoJS.AES.encrypt(msg, key, { mode: CryptoJS.mode.ECB, iv })`: CBC by default.
fn cryptojs_cipher(ctx: &mut Ctx<'_>, m: &Match) {
    let base_name = param(ctx, m);
    let cfg = arg_at(m, 2);
    let mode = cfg
        .and_then(|o| field(ctx, o, "mode"))
        .and_then(|(_, r)| ident_of(ctx, r))
        .map(|s| s.to_ascii_uppercase())
        .unwrap_or_else(|| "CBC".to_string());
    let mode = if mode.starts_with("CTR") {
        "CTR".to_string()
    } else {
        mode
    };
    let Some(base) = ctx.algorithm(base_name, None) else {
        return;
    };
    let stream = base.primitive == mamori_model::Primitive::StreamCipher;
    let alg = if stream {
        base
    } else if base_name == "3DES" && mode == "CBC" {
        ctx.algorithm("DES-EDE3-CBC", None).unwrap_or(base)
    } else {
        with_mode(&base, &mode).unwrap_or(base)
    };
    let extra = if stream {
        Vec::new()
    } else {
        ecb_weakness(&alg, &mode)
    };
    ctx.emit(m, alg.clone(), &extra);
    js_material(ctx, m, arg_at(m, 1), MaterialKind::SecretKey, Some(&alg));
    if let Some(o) = cfg {
        let iv = field(ctx, o, "iv").map(|(_, r)| r);
        js_material(ctx, m, iv, MaterialKind::InitializationVector, Some(&alg));
    }
}

/// `CryptoJS.PBKDF2(password, salt, { keySize, iterations, hasher: CryptoJS.algo.SHA256 })`.
fn cryptojs_pbkdf2(ctx: &mut Ctx<'_>, m: &Match) {
    let cfg = arg_at(m, 2);
    let hasher = cfg
        .and_then(|o| field(ctx, o, "hasher"))
        .and_then(|(_, r)| ident_of(ctx, r));
    let weak = match hasher {
        None => true,
        Some(h) => ctx
            .algorithm(&h, None)
            .is_none_or(|a| weak_password_hash(&a)),
    };
    let iterations = cfg.and_then(|o| field_int(ctx, o, "iterations"));
    let extra = kdf_weaknesses(weak, iterations);
    let Some(alg) = emit_name(ctx, m, "PBKDF2", &extra) else {
        return;
    };
    js_material(ctx, m, arg_at(m, 0), MaterialKind::Password, Some(&alg));
    js_material(ctx, m, arg_at(m, 1), MaterialKind::Salt, Some(&alg));
}

// ---- bcrypt, argon2 -----------------------------------------------------------------------

/// bcrypt cost factors below this are too cheap (OWASP: 10 or more).
const MIN_BCRYPT_COST: i64 = 10;

/// `bcrypt.hash(password, 12)`.
fn bcrypt(ctx: &mut Ctx<'_>, m: &Match) {
    let mut extra = Vec::new();
    if let Some(cost) = int_of(ctx, arg_at(m, 1)).filter(|&c| c < MIN_BCRYPT_COST) {
        extra.push(Weakness::new(
            WeaknessKind::LowIterationCount,
            format!("bcrypt cost {cost}: use at least {MIN_BCRYPT_COST}, or Argon2id"),
        ));
    }
    let Some(alg) = emit_name(ctx, m, "bcrypt", &extra) else {
        return;
    };
    js_material(ctx, m, arg_at(m, 0), MaterialKind::Password, Some(&alg));
}

/// `argon2.hash(password, { type: argon2.argon2id })`.
fn argon2(ctx: &mut Ctx<'_>, m: &Match) {
    let Some(alg) = emit_name(ctx, m, "Argon2", &[]) else {
        return;
    };
    js_material(ctx, m, arg_at(m, 0), MaterialKind::Password, Some(&alg));
}

// ---- node-forge ---------------------------------------------------------------------------

/// `forge.md.md5.create()`.
fn forge_named(ctx: &mut Ctx<'_>, m: &Match) {
    emit_name(ctx, m, param(ctx, m), &[]);
}

/// `forge.pki.rsa.generateKeyPair({ bits: 1024 })`, `generateKeyPair(2048, 0x10001)`.
fn forge_rsa(ctx: &mut Ctx<'_>, m: &Match) {
    let bits = arg_at(m, 0).and_then(|r| {
        ctx.eval_int(r)
            .or_else(|| field_int(ctx, r, "bits"))
            .and_then(|v| u32::try_from(v).ok())
    });
    emit_sized(ctx, m, "RSA", bits);
}

fn emit_sized(ctx: &mut Ctx<'_>, m: &Match, name: &str, bits: Option<u32>) {
    if let Some(alg) = ctx.algorithm(name, bits) {
        ctx.emit(m, alg, &[]);
    }
}

/// `forge.cipher.createCipher('AES-ECB', key)`: forge's names (`3DES-CBC`, `DES-ECB`).
fn forge_cipher(ctx: &mut Ctx<'_>, m: &Match) {
    let Some(name) = str_at(ctx, m, 0) else {
        return;
    };
    let upper = name.to_ascii_uppercase();
    let alg = match upper.as_str() {
        "3DES-CBC" => ctx.algorithm("DES-EDE3-CBC", None),
        "3DES-ECB" => ctx.algorithm("3DES", None),
        _ => node_cipher(ctx, &name).map(|(a, _)| a),
    };
    let Some(alg) = alg else {
        return;
    };
    let extra = ecb_weakness(&alg, &upper);
    ctx.emit(m, alg.clone(), &extra);
    js_material(ctx, m, arg_at(m, 1), MaterialKind::SecretKey, Some(&alg));
}

/// `forge.pkcs5.pbkdf2(password, salt, iterations, keySize[, md])`: SHA-1 by default.
fn forge_pbkdf2(ctx: &mut Ctx<'_>, m: &Match) {
    let hash = arg_at(m, 4).and_then(|r| {
        ctx.eval_str(r)
            .and_then(|s| node_hash(ctx, &s))
            .or_else(|| {
                // `forge.md.sha256.create()`.
                let (a, b) = r;
                (a..b)
                    .filter(|&j| ctx.t.kind(j) == Some(Kind::Ident))
                    .find_map(|j| node_hash(ctx, ctx.t.text(j)))
            })
    });
    if let Some(r) = arg_at(m, 4) {
        ctx.consume(r);
    }
    let weak = hash.as_ref().is_none_or(weak_password_hash);
    let extra = kdf_weaknesses(weak, int_of(ctx, arg_at(m, 2)));
    let Some(alg) = emit_name(ctx, m, "PBKDF2", &extra) else {
        return;
    };
    js_material(ctx, m, arg_at(m, 0), MaterialKind::Password, Some(&alg));
    js_material(ctx, m, arg_at(m, 1), MaterialKind::Salt, Some(&alg));
}

// ---- require('m').f(…) --------------------------------------------------------------------

/// `require('crypto').createHash('md5')`: the call after the `require` is matched against the
/// rules as if the module had been imported.
fn require_chain(ctx: &mut Ctx<'_>, m: &Match) {
    let Some(module) = str_at(ctx, m, 0) else {
        return;
    };
    let module = module.strip_prefix("node:").unwrap_or(&module).to_string();
    let mut segs = vec![module];
    let mut j = m.end;
    while ctx.t.is_punct(j, b'.') && ctx.t.kind(j + 1) == Some(Kind::Ident) {
        segs.push(ctx.t.text(j + 1).to_string());
        j += 2;
    }
    let last = j.saturating_sub(1);
    if segs.len() < 2 || !ctx.t.is_punct(j, b'(') {
        return;
    }
    let path = segs.join(" ");
    let Some(spec) = SPECS.iter().find(|s| s.1 == path && s.3 == Call) else {
        return;
    };
    let (args, kwargs, end) = ctx.split_args(j);
    let written: Vec<&str> = segs.iter().skip(1).map(String::as_str).collect();
    let mm = Match {
        rule: spec.0,
        tok: last,
        first: m.first,
        end,
        symbol: format!("require.{}", written.join(".")),
        args,
        kwargs,
        assigned: m.assigned.clone(),
    };
    (spec.4)(ctx, &mm);
}

// ---- Imports ------------------------------------------------------------------------------

/// `imports::javascript`, plus: `window`/`globalThis`/`self` prefixes dropped (so
/// `window.crypto.subtle.digest` is `crypto subtle digest`), `webcrypto` taken as `crypto`, a
/// destructured or assigned `subtle` taken as WebCrypto, crypto-js sub-modules
/// (`import AES from 'crypto-js/aes'`), and the `CryptoJS` and `forge` browser globals.
fn js_imports(ctx: &mut Ctx<'_>) {
    imports::javascript(ctx);
    for global in ["window", "globalThis", "self"] {
        ctx.imports.entry(global.to_string()).or_default();
    }
    for v in ctx.imports.values_mut() {
        if v.len() >= 2 && v[0] == "crypto" && v[1] == "webcrypto" {
            v.remove(1);
        }
    }
    // crypto-js sub-modules.
    for v in ctx.imports.values_mut() {
        if v.len() == 1 {
            if let Some(sub) = v[0].strip_prefix("crypto-js/") {
                if let Some(member) = cryptojs_member(sub) {
                    *v = vec!["crypto-js".to_string(), member.to_string()];
                }
            }
        }
    }
    ctx.imports
        .entry("CryptoJS".to_string())
        .or_insert_with(|| vec!["crypto-js".to_string()]);
    ctx.imports
        .entry("forge".to_string())
        .or_insert_with(|| vec!["node-forge".to_string()]);
    // `const { subtle } = globalThis.crypto`, `const subtle = window.crypto.subtle`.
    let n = ctx.t.len();
    for i in 1..n {
        if !(ctx.t.is_punct(i, b'=') || ctx.t.is_punct(i, DECLARE))
            || ctx.t.kind(i + 1) != Some(Kind::Ident)
        {
            continue;
        }
        let (rhs, last) = ctx.chain(i + 1);
        let ends_statement =
            last + 1 >= n || ctx.t.is_punct(last + 1, b';') || ctx.t.toks[last + 1].newline_before;
        if !ends_statement {
            continue;
        }
        let tail = rhs.last().copied().unwrap_or_default();
        if ctx.t.is_punct(i - 1, b'}') && matches!(tail, "crypto" | "webcrypto") {
            let mut k = i - 1;
            while k > 0 && !ctx.t.is_punct(k, b'{') {
                k -= 1;
            }
            for j in k + 1..i - 1 {
                if ctx.t.is_ident(j, "subtle") {
                    let local =
                        if ctx.t.is_punct(j + 1, b':') && ctx.t.kind(j + 2) == Some(Kind::Ident) {
                            ctx.t.text(j + 2).to_string()
                        } else {
                            "subtle".to_string()
                        };
                    ctx.imports
                        .insert(local, vec!["crypto".into(), "subtle".into()]);
                }
            }
        } else if tail == "subtle"
            && rhs.len() >= 2
            && matches!(rhs[rhs.len() - 2], "crypto" | "webcrypto")
            && ctx.t.kind(i - 1) == Some(Kind::Ident)
        {
            let local = ctx.t.text(i - 1).to_string();
            ctx.imports
                .insert(local, vec!["crypto".into(), "subtle".into()]);
        }
    }
}

/// The crypto-js member a sub-module exports: `crypto-js/sha256` → `SHA256`.
fn cryptojs_member(sub: &str) -> Option<&'static str> {
    Some(match sub {
        "md5" => "MD5",
        "sha1" => "SHA1",
        "sha224" => "SHA224",
        "sha256" => "SHA256",
        "sha384" => "SHA384",
        "sha512" => "SHA512",
        "sha3" => "SHA3",
        "ripemd160" => "RIPEMD160",
        "hmac-md5" => "HmacMD5",
        "hmac-sha1" => "HmacSHA1",
        "hmac-sha256" => "HmacSHA256",
        "hmac-sha512" => "HmacSHA512",
        "aes" => "AES",
        "tripledes" => "TripleDES",
        "rc4" => "RC4",
        "pbkdf2" => "PBKDF2",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use mamori_model::Language;

    fn summary(lang: Language, src: &str) -> Vec<String> {
        super::super::described(lang, src)
    }

    fn js(src: &str) -> Vec<String> {
        summary(Language::JavaScript, src)
    }

    fn ts(src: &str) -> Vec<String> {
        summary(Language::TypeScript, src)
    }

    #[test]
    fn hashes_and_hmacs() {
        let src = "const crypto = require('crypto');\nconst a = crypto.createHash('md5');\nconst b = crypto.createHmac('sha256', key);\nconst c = require('crypto').createHash('sha1');";
        assert_eq!(js(src), ["2 MD5 []", "3 HMAC-SHA256 []", "4 SHA-1 []"]);
        let src = "import { createHash, createHmac } from 'node:crypto';\ncreateHash('sha512');\ncreateHmac('sha1', 'hard-coded');";
        assert_eq!(
            ts(src),
            [
                "2 SHA-512 []",
                "3 HMAC-SHA1 []",
                "3 secret-key [hardcoded-key]"
            ]
        );
        // Another library's createHash, a comment, a string, a local `hash`.
        let src = "const myLib = require('./lib');\nmyLib.createHash('md5');\n// crypto.createHash('md5')\nconst s = \"crypto.createHash('md5')\";\nfunction hash(x) { return x; }\nhash('md5');";
        assert!(js(src).is_empty());
        assert!(js("import { createHash } from 'history';\ncreateHash('md5');").is_empty());
    }

    #[test]
    fn ciphers_and_material() {
        let src = "const crypto = require('crypto');\nconst KEY = Buffer.from('00112233445566778899aabbccddeeff', 'hex');\nconst c = crypto.createCipheriv('aes-128-cbc', KEY, Buffer.alloc(16));\nconst d = crypto.createDecipheriv('aes-128-ecb', key, null);\nconst e = crypto.createCipher('aes192', 'password');";
        assert_eq!(
            js(src),
            [
                "3 AES-128-CBC []",
                "3 secret-key [hardcoded-key]",
                "3 initialization-vector [static-iv]",
                "4 AES-128-ECB [ecb-mode]",
                "5 AES-192-CBC [weak-hash-password,low-iteration-count]",
                "5 password [hardcoded-password]"
            ]
        );
        // A buffer filled later is not constant.
        let src = "const crypto = require('crypto');\nconst iv = Buffer.alloc(16);\ncrypto.randomFillSync(iv);\ncrypto.createCipheriv('aes-256-gcm', key, iv);";
        assert_eq!(js(src), ["4 AES-256-GCM []"]);
        assert!(js("cipher.createCipheriv('aes-128-ecb', k, null);").is_empty());
    }

    #[test]
    fn key_generation() {
        let src = "const { generateKeyPairSync, createECDH, createDiffieHellman, getDiffieHellman } = require('crypto');\ngenerateKeyPairSync('rsa', { modulusLength: 1024 });\ngenerateKeyPairSync('ec', { namedCurve: 'prime256v1' });\ngenerateKeyPairSync('ed25519');\ncreateECDH('secp256k1');\ncreateDiffieHellman(1024);\ngetDiffieHellman('modp14');";
        assert_eq!(
            js(src),
            [
                "2 RSA-1024 [short-key]",
                "3 EC-P-256 []",
                "4 Ed25519 []",
                "5 ECDH-secp256k1 []",
                "6 DH-1024 [short-key]",
                "7 DH-2048 []"
            ]
        );
        assert!(js("keys.generateKeyPairSync('rsa', { modulusLength: 1024 });").is_empty());
    }

    #[test]
    fn kdfs() {
        let src = "const crypto = require('crypto');\ncrypto.pbkdf2Sync(pw, salt, 1000, 32, 'sha1');\ncrypto.pbkdf2(pw, 'static-salt', 310000, 32, 'sha256', cb);\ncrypto.scryptSync(pw, salt, 64);\ncrypto.hkdfSync('sha256', ikm, salt, info, 32);";
        assert_eq!(
            js(src),
            [
                "2 PBKDF2 [weak-hash-password,low-iteration-count]",
                "3 PBKDF2 []",
                "3 salt [static-salt]",
                "4 scrypt []",
                "5 HKDF []"
            ]
        );
        // Same names on other objects, in strings and comments, or imported from elsewhere.
        let src = "import { pbkdf2Sync, scrypt } from './kdf';
pbkdf2Sync(pw, salt, 1, 32, 'md5');
scrypt(pw);
lib.pbkdf2Sync(pw, salt, 1, 32, 'md5');
log('crypto.pbkdf2Sync(pw, salt, 1)');
// crypto.scryptSync(pw, salt, 64)";
        assert!(js(src).is_empty());
    }

    #[test]
    fn signatures_and_rsa_padding_negatives() {
        let src = "const signer = require('./signer');\nsigner.createSign('RSA-SHA1');\nconst key = { padding: 'RSA_PKCS1_PADDING' };\nrsa.publicEncrypt(key, buf);\n// crypto.createSign('RSA-MD5')\nconst crypto = require('crypto');\ncrypto.sign(null, data, ed25519Key);";
        assert!(js(src).is_empty());
    }

    #[test]
    fn signatures_and_rsa_padding() {
        let src = "const crypto = require('crypto');\ncrypto.createSign('RSA-SHA1');\ncrypto.createSign('SHA256');\ncrypto.sign('sha1', data, key);\ncrypto.publicEncrypt({ key: k, padding: crypto.constants.RSA_PKCS1_PADDING }, buf);\ncrypto.publicEncrypt(k, buf);";
        assert_eq!(
            js(src),
            [
                "2 SHA1withRSA [weak-hash-signature]",
                "3 SHA-256 []",
                "4 SHA-1 [weak-hash-signature]",
                "5 RSA [pkcs1v15-encryption]",
                "6 RSAES-OAEP []"
            ]
        );
    }

    #[test]
    fn webcrypto() {
        let src = "crypto.subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 2048, hash: 'SHA-256' }, true, ['encrypt']);\nwindow.crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']);\nglobalThis.crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt']);\ncrypto.subtle.digest('SHA-1', data);\ncrypto.subtle.importKey('raw', new Uint8Array([1, 2, 3, 4]), { name: 'AES-CBC' }, false, ['encrypt']);\ncrypto.subtle.deriveBits({ name: 'PBKDF2', salt, iterations: 1000, hash: 'SHA-1' }, base, 256);\ncrypto.subtle.encrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, key, data);";
        assert_eq!(
            ts(src),
            [
                "1 RSAES-OAEP-2048 []",
                "2 EC-P-256 []",
                "3 AES-256-GCM []",
                "4 SHA-1 []",
                "5 AES-CBC []",
                "5 secret-key [hardcoded-key]",
                "6 PBKDF2 [weak-hash-password,low-iteration-count]",
                "7 AES-CBC []",
                "7 initialization-vector [static-iv]"
            ]
        );
        let src = "const { subtle } = globalThis.crypto;\nsubtle.digest('SHA-256', d);\nsubtle.sign('HMAC', key, data);";
        assert_eq!(js(src), ["2 SHA-256 []"]);
        assert!(js("const subtle = require('./subtle');\nsubtle.digest('SHA-1', d);\napi.subtle.digest('SHA-1', d);").is_empty());
    }

    #[test]
    fn tls() {
        let src = "const tls = require('tls');\nconst https = require('https');\ntls.createSecureContext({ minVersion: 'TLSv1' });\nconst s = https.createServer({\n  key,\n  minVersion: 'TLSv1.2',\n  ciphers: 'HIGH:!aNULL:RC4-MD5',\n});\nnew https.Agent({ secureProtocol: 'SSLv3_method' });\ntls.connect({ secureProtocol: 'SSLv23_method' });\ntls.DEFAULT_MIN_VERSION = 'TLSv1.1';";
        // The cipher string is expanded as OpenSSL does: its strong parts are reported too,
        // and only what RC4-MD5 adds is weak.
        let found = js(src);
        let notable: Vec<&String> = found
            .iter()
            .filter(|f| !f.starts_with("7 ") || !f.ends_with("[]"))
            .collect();
        assert_eq!(
            notable,
            [
                "3 TLS 1.0 [deprecated-protocol]",
                "6 TLS 1.2 []",
                "7 RC4-128 [weak-cipher-suite]",
                "7 HMAC-MD5 [weak-cipher-suite]",
                "9 SSL 3.0 [deprecated-protocol]",
                "11 TLS 1.1 [deprecated-protocol]"
            ],
            "{found:?}"
        );
        assert!(found.contains(&"7 AES-256-GCM []".to_string()), "{found:?}");
        assert!(js("const tls = require('./my-tls');\ntls.connect({ minVersion: 'TLSv1' });\nconst o = { minVersion: 'TLSv1' };").is_empty());
    }

    #[test]
    fn jwt_and_jose() {
        let src = "const jwt = require('jsonwebtoken');\njwt.sign(p, secret, { algorithm: 'HS256' });\njwt.verify(t, k, { algorithms: ['RS256', 'ES384'] });\njwt.sign(p, 'literal-secret');\njwt.sign(p, k, { algorithm: 'none' });";
        assert_eq!(
            js(src),
            [
                "2 HMAC-SHA256 []",
                "3 SHA256withRSA []",
                "3 SHA384withECDSA []",
                "4 HMAC-SHA256 []",
                "4 secret-key [hardcoded-key]"
            ]
        );
        let src = "import { SignJWT, jwtVerify } from 'jose';\nconst t = await new SignJWT(claims)\n  .setProtectedHeader({ alg: 'PS256' })\n  .sign(key);\nawait jwtVerify(t, key, { algorithms: ['EdDSA'] });";
        assert_eq!(ts(src), ["3 SHA256withRSA/PSS []", "5 Ed25519 []"]);
        // `sign` and `verify` of other objects.
        assert!(js("const signer = makeSigner();\nsigner.sign(p, secret, { algorithm: 'HS256' });\nsign(p, s);").is_empty());
    }

    #[test]
    fn crypto_js() {
        let src = "const CryptoJS = require('crypto-js');\nCryptoJS.MD5(msg);\nCryptoJS.HmacSHA256(msg, 'k3y');\nCryptoJS.AES.encrypt(msg, key, { mode: CryptoJS.mode.ECB });\nCryptoJS.PBKDF2(pw, salt, { keySize: 8, iterations: 1000 });\nCryptoJS.TripleDES.encrypt(msg, key);";
        assert_eq!(
            js(src),
            [
                "2 MD5 []",
                "3 HMAC-SHA256 []",
                "3 secret-key [hardcoded-key]",
                "4 AES-ECB [ecb-mode]",
                "5 PBKDF2 [weak-hash-password,low-iteration-count]",
                "6 DES-EDE3-CBC []"
            ]
        );
        assert_eq!(js("CryptoJS.SHA1(x);"), ["1 SHA-1 []"]);
        assert!(js("const CryptoJS = require('./not-crypto-js');\nCryptoJS.MD5(msg);").is_empty());
    }

    #[test]
    fn password_hashes_and_forge() {
        let src = "const bcrypt = require('bcrypt');\nconst argon2 = require('argon2');\nconst forge = require('node-forge');\nawait bcrypt.hash(pw, 8);\nawait argon2.hash(pw);\nforge.md.md5.create();\nforge.pki.rsa.generateKeyPair({ bits: 1024 });\nforge.cipher.createCipher('AES-ECB', key);";
        assert_eq!(
            js(src),
            [
                "4 bcrypt [low-iteration-count]",
                "5 Argon2 []",
                "6 MD5 []",
                "7 RSA-1024 [short-key]",
                "8 AES-ECB [ecb-mode]"
            ]
        );
        assert!(
            js("const h = require('./hasher');\nh.hash(pw);\nhash(pw);\nencrypt(data);").is_empty()
        );
    }
}
