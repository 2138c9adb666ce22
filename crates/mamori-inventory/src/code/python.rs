//! Python: `hashlib`, `hmac`, `ssl`, pyca `cryptography`, PyCryptodome (`Crypto` and
//! `Cryptodome`), `paramiko`, PyJWT.

use mamori_model::{Algorithm, MaterialKind};

use super::engine::{Act, Ctx, Form, LanguageRules, Match, Rule, Sel, rule, with_mode};
use super::imports;
use super::java::{curve_algorithm, hmac_of, kdf_emit, pkcs1_encryption, weak_password_hash};
use super::lexer::Kind;

use Act::{Alg, AlgSized, Custom, Keyed, Proto};
use Form::{Call, Method, New, Ref};

pub static RULES: LanguageRules = LanguageRules::new(PY_RULES, &[], python_imports);

/// PyCryptodome installs as `Crypto` or, side by side with PyCrypto, as `Cryptodome`.
fn python_imports(ctx: &mut Ctx<'_>) {
    imports::python(ctx);
    for path in ctx.imports.values_mut() {
        if path.first().is_some_and(|p| p == "Cryptodome") {
            path[0] = "Crypto".to_string();
        }
    }
}

const PY_RULES: &[Rule] = &[
    // hashlib.
    rule("python.hashlib", "hashlib md5", 2, Call, Alg("MD5")),
    rule("python.hashlib", "hashlib sha1", 2, Call, Alg("SHA-1")),
    rule("python.hashlib", "hashlib sha224", 2, Call, Alg("SHA-224")),
    rule("python.hashlib", "hashlib sha256", 2, Call, Alg("SHA-256")),
    rule("python.hashlib", "hashlib sha384", 2, Call, Alg("SHA-384")),
    rule("python.hashlib", "hashlib sha512", 2, Call, Alg("SHA-512")),
    rule(
        "python.hashlib",
        "hashlib sha3_224",
        2,
        Call,
        Alg("SHA3-224"),
    ),
    rule(
        "python.hashlib",
        "hashlib sha3_256",
        2,
        Call,
        Alg("SHA3-256"),
    ),
    rule(
        "python.hashlib",
        "hashlib sha3_384",
        2,
        Call,
        Alg("SHA3-384"),
    ),
    rule(
        "python.hashlib",
        "hashlib sha3_512",
        2,
        Call,
        Alg("SHA3-512"),
    ),
    rule(
        "python.hashlib",
        "hashlib blake2b",
        2,
        Call,
        Alg("BLAKE2b-512"),
    ),
    rule(
        "python.hashlib",
        "hashlib blake2s",
        2,
        Call,
        Alg("BLAKE2s-256"),
    ),
    rule(
        "python.hashlib",
        "hashlib shake_128",
        2,
        Call,
        Alg("SHAKE128"),
    ),
    rule(
        "python.hashlib",
        "hashlib shake_256",
        2,
        Call,
        Alg("SHAKE256"),
    ),
    rule(
        "python.hashlib",
        "hashlib new",
        2,
        Call,
        Custom(hashlib_new),
    ),
    rule(
        "python.hashlib.pbkdf2",
        "hashlib pbkdf2_hmac",
        2,
        Call,
        Custom(hashlib_pbkdf2),
    ),
    rule(
        "python.hashlib.scrypt",
        "hashlib scrypt",
        2,
        Call,
        Custom(hashlib_scrypt),
    ),
    // hmac.
    rule("python.hmac", "hmac new", 2, Call, Custom(hmac_new)),
    rule("python.hmac", "hmac HMAC", 2, Call, Custom(hmac_new)),
    rule("python.hmac", "hmac digest", 2, Call, Custom(hmac_new)),
    // ssl.
    rule(
        "python.ssl.protocol",
        "ssl PROTOCOL_TLSv1",
        2,
        Ref,
        Proto("TLS", "1.0"),
    ),
    rule(
        "python.ssl.protocol",
        "ssl PROTOCOL_TLSv1_1",
        2,
        Ref,
        Proto("TLS", "1.1"),
    ),
    rule(
        "python.ssl.protocol",
        "ssl PROTOCOL_TLSv1_2",
        2,
        Ref,
        Proto("TLS", "1.2"),
    ),
    rule(
        "python.ssl.protocol",
        "ssl PROTOCOL_SSLv3",
        2,
        Ref,
        Proto("SSL", "3.0"),
    ),
    rule(
        "python.ssl.protocol",
        "ssl PROTOCOL_SSLv2",
        2,
        Ref,
        Proto("SSL", "2.0"),
    ),
    rule(
        "python.ssl.protocol",
        "ssl TLSVersion TLSv1",
        2,
        Ref,
        Proto("TLS", "1.0"),
    ),
    rule(
        "python.ssl.protocol",
        "ssl TLSVersion TLSv1_1",
        2,
        Ref,
        Proto("TLS", "1.1"),
    ),
    rule(
        "python.ssl.protocol",
        "ssl TLSVersion TLSv1_2",
        2,
        Ref,
        Proto("TLS", "1.2"),
    ),
    rule(
        "python.ssl.protocol",
        "ssl TLSVersion TLSv1_3",
        2,
        Ref,
        Proto("TLS", "1.3"),
    ),
    rule(
        "python.ssl.protocol",
        "ssl TLSVersion SSLv3",
        2,
        Ref,
        Proto("SSL", "3.0"),
    ),
    rule(
        "python.ssl.ciphers",
        "set_ciphers",
        1,
        Method,
        Custom(set_ciphers),
    ),
    // pyca/cryptography hashes.
    rule(
        "python.cryptography.hash",
        "cryptography hazmat primitives hashes MD5",
        2,
        Call,
        Alg("MD5"),
    ),
    rule(
        "python.cryptography.hash",
        "cryptography hazmat primitives hashes SHA1",
        2,
        Call,
        Alg("SHA-1"),
    ),
    rule(
        "python.cryptography.hash",
        "cryptography hazmat primitives hashes SHA224",
        2,
        Call,
        Alg("SHA-224"),
    ),
    rule(
        "python.cryptography.hash",
        "cryptography hazmat primitives hashes SHA256",
        2,
        Call,
        Alg("SHA-256"),
    ),
    rule(
        "python.cryptography.hash",
        "cryptography hazmat primitives hashes SHA384",
        2,
        Call,
        Alg("SHA-384"),
    ),
    rule(
        "python.cryptography.hash",
        "cryptography hazmat primitives hashes SHA512",
        2,
        Call,
        Alg("SHA-512"),
    ),
    rule(
        "python.cryptography.hash",
        "cryptography hazmat primitives hashes SHA512_256",
        2,
        Call,
        Alg("SHA-512/256"),
    ),
    rule(
        "python.cryptography.hash",
        "cryptography hazmat primitives hashes SHA3_256",
        2,
        Call,
        Alg("SHA3-256"),
    ),
    rule(
        "python.cryptography.hash",
        "cryptography hazmat primitives hashes SHA3_384",
        2,
        Call,
        Alg("SHA3-384"),
    ),
    rule(
        "python.cryptography.hash",
        "cryptography hazmat primitives hashes SHA3_512",
        2,
        Call,
        Alg("SHA3-512"),
    ),
    rule(
        "python.cryptography.hash",
        "cryptography hazmat primitives hashes BLAKE2b",
        2,
        Call,
        Alg("BLAKE2b-512"),
    ),
    rule(
        "python.cryptography.hash",
        "cryptography hazmat primitives hashes BLAKE2s",
        2,
        Call,
        Alg("BLAKE2s-256"),
    ),
    rule(
        "python.cryptography.hash",
        "cryptography hazmat primitives hashes SM3",
        2,
        Call,
        Alg("SM3"),
    ),
    rule(
        "python.cryptography.hash",
        "cryptography hazmat primitives hashes SHAKE128",
        2,
        Call,
        Alg("SHAKE128"),
    ),
    rule(
        "python.cryptography.hash",
        "cryptography hazmat primitives hashes SHAKE256",
        2,
        Call,
        Alg("SHAKE256"),
    ),
    // pyca/cryptography ciphers.
    rule(
        "python.cryptography.cipher",
        "cryptography hazmat primitives ciphers Cipher",
        1,
        New,
        Custom(hazmat_cipher),
    ),
    rule(
        "python.cryptography.cipher",
        "cryptography hazmat primitives ciphers algorithms AES",
        2,
        Call,
        Custom(hazmat_algorithm),
    ),
    rule(
        "python.cryptography.cipher",
        "cryptography hazmat primitives ciphers algorithms AES128",
        2,
        Call,
        Custom(hazmat_algorithm),
    ),
    rule(
        "python.cryptography.cipher",
        "cryptography hazmat primitives ciphers algorithms AES256",
        2,
        Call,
        Custom(hazmat_algorithm),
    ),
    rule(
        "python.cryptography.cipher",
        "cryptography hazmat primitives ciphers algorithms TripleDES",
        2,
        Call,
        Custom(hazmat_algorithm),
    ),
    rule(
        "python.cryptography.cipher",
        "cryptography hazmat primitives ciphers algorithms Camellia",
        2,
        Call,
        Custom(hazmat_algorithm),
    ),
    rule(
        "python.cryptography.cipher",
        "cryptography hazmat primitives ciphers algorithms ChaCha20",
        2,
        Call,
        Custom(hazmat_algorithm),
    ),
    rule(
        "python.cryptography.cipher",
        "cryptography hazmat primitives ciphers algorithms ARC4",
        2,
        Call,
        Custom(hazmat_algorithm),
    ),
    rule(
        "python.cryptography.cipher",
        "cryptography hazmat primitives ciphers algorithms Blowfish",
        2,
        Call,
        Custom(hazmat_algorithm),
    ),
    rule(
        "python.cryptography.cipher",
        "cryptography hazmat primitives ciphers algorithms CAST5",
        2,
        Call,
        Custom(hazmat_algorithm),
    ),
    rule(
        "python.cryptography.cipher",
        "cryptography hazmat primitives ciphers algorithms IDEA",
        2,
        Call,
        Custom(hazmat_algorithm),
    ),
    rule(
        "python.cryptography.cipher",
        "cryptography hazmat primitives ciphers algorithms SEED",
        2,
        Call,
        Custom(hazmat_algorithm),
    ),
    rule(
        "python.cryptography.cipher",
        "cryptography hazmat primitives ciphers algorithms SM4",
        2,
        Call,
        Custom(hazmat_algorithm),
    ),
    rule(
        "python.cryptography.aead",
        "cryptography hazmat primitives ciphers aead AESGCM",
        1,
        New,
        Keyed("AES-GCM", Sel::PosKw(0, "key")),
    ),
    rule(
        "python.cryptography.aead",
        "cryptography hazmat primitives ciphers aead AESCCM",
        1,
        New,
        Keyed("AES-CCM", Sel::PosKw(0, "key")),
    ),
    rule(
        "python.cryptography.aead",
        "cryptography hazmat primitives ciphers aead ChaCha20Poly1305",
        1,
        New,
        Keyed("ChaCha20-Poly1305", Sel::PosKw(0, "key")),
    ),
    rule(
        "python.cryptography.fernet",
        "cryptography fernet Fernet",
        1,
        New,
        // Fernet is AES-128-CBC with HMAC-SHA256 (the Fernet specification).
        Keyed("AES-128-CBC", Sel::PosKw(0, "key")),
    ),
    // pyca/cryptography asymmetric.
    rule(
        "python.cryptography.rsa",
        "cryptography hazmat primitives asymmetric rsa generate_private_key",
        2,
        Call,
        AlgSized("RSA", Sel::PosKw(1, "key_size")),
    ),
    rule(
        "python.cryptography.dsa",
        "cryptography hazmat primitives asymmetric dsa generate_private_key",
        2,
        Call,
        AlgSized("DSA", Sel::PosKw(0, "key_size")),
    ),
    rule(
        "python.cryptography.dh",
        "cryptography hazmat primitives asymmetric dh generate_parameters",
        2,
        Call,
        AlgSized("DH", Sel::PosKw(1, "key_size")),
    ),
    rule(
        "python.cryptography.ec",
        "cryptography hazmat primitives asymmetric ec generate_private_key",
        2,
        Call,
        Custom(ec_generate),
    ),
    rule(
        "python.cryptography.ec",
        "cryptography hazmat primitives asymmetric ec ECDSA",
        2,
        Call,
        Custom(ec_ecdsa),
    ),
    rule(
        "python.cryptography.ec",
        "cryptography hazmat primitives asymmetric ec ECDH",
        2,
        Call,
        Alg("ECDH"),
    ),
    rule(
        "python.cryptography.ed25519",
        "cryptography hazmat primitives asymmetric ed25519 Ed25519PrivateKey generate",
        2,
        Call,
        Alg("Ed25519"),
    ),
    rule(
        "python.cryptography.ed448",
        "cryptography hazmat primitives asymmetric ed448 Ed448PrivateKey generate",
        2,
        Call,
        Alg("Ed448"),
    ),
    rule(
        "python.cryptography.x25519",
        "cryptography hazmat primitives asymmetric x25519 X25519PrivateKey generate",
        2,
        Call,
        Alg("X25519"),
    ),
    rule(
        "python.cryptography.x448",
        "cryptography hazmat primitives asymmetric x448 X448PrivateKey generate",
        2,
        Call,
        Alg("X448"),
    ),
    rule(
        "python.cryptography.padding",
        "cryptography hazmat primitives asymmetric padding PKCS1v15",
        2,
        Call,
        Custom(padding_pkcs1),
    ),
    rule(
        "python.cryptography.padding",
        "cryptography hazmat primitives asymmetric padding OAEP",
        2,
        Call,
        Custom(padding_oaep),
    ),
    rule(
        "python.cryptography.padding",
        "cryptography hazmat primitives asymmetric padding PSS",
        2,
        Call,
        Custom(padding_pss),
    ),
    // pyca/cryptography KDFs.
    rule(
        "python.cryptography.kdf",
        "cryptography hazmat primitives kdf pbkdf2 PBKDF2HMAC",
        1,
        New,
        Custom(pbkdf2hmac),
    ),
    rule(
        "python.cryptography.kdf",
        "cryptography hazmat primitives kdf scrypt Scrypt",
        1,
        New,
        Custom(scrypt_kdf),
    ),
    rule(
        "python.cryptography.kdf",
        "cryptography hazmat primitives kdf hkdf HKDF",
        1,
        New,
        Custom(hkdf),
    ),
    rule(
        "python.cryptography.kdf",
        "cryptography hazmat primitives kdf argon2 Argon2id",
        1,
        New,
        Alg("Argon2"),
    ),
    rule(
        "python.cryptography.mac",
        "cryptography hazmat primitives hmac HMAC",
        2,
        Call,
        Custom(hazmat_hmac),
    ),
    rule(
        "python.cryptography.mac",
        "cryptography hazmat primitives cmac CMAC",
        2,
        Call,
        Custom(hazmat_cmac),
    ),
    // PyCryptodome.
    rule(
        "python.pycryptodome.cipher",
        "Crypto Cipher AES new",
        2,
        Call,
        Custom(pycryptodome_new),
    ),
    rule(
        "python.pycryptodome.cipher",
        "Crypto Cipher DES new",
        2,
        Call,
        Custom(pycryptodome_new),
    ),
    rule(
        "python.pycryptodome.cipher",
        "Crypto Cipher DES3 new",
        2,
        Call,
        Custom(pycryptodome_new),
    ),
    rule(
        "python.pycryptodome.cipher",
        "Crypto Cipher Blowfish new",
        2,
        Call,
        Custom(pycryptodome_new),
    ),
    rule(
        "python.pycryptodome.cipher",
        "Crypto Cipher ARC4 new",
        2,
        Call,
        Custom(pycryptodome_new),
    ),
    rule(
        "python.pycryptodome.cipher",
        "Crypto Cipher ARC2 new",
        2,
        Call,
        Custom(pycryptodome_new),
    ),
    rule(
        "python.pycryptodome.cipher",
        "Crypto Cipher CAST new",
        2,
        Call,
        Custom(pycryptodome_new),
    ),
    rule(
        "python.pycryptodome.cipher",
        "Crypto Cipher ChaCha20 new",
        2,
        Call,
        Custom(pycryptodome_new),
    ),
    rule(
        "python.pycryptodome.cipher",
        "Crypto Cipher ChaCha20_Poly1305 new",
        2,
        Call,
        Custom(pycryptodome_new),
    ),
    rule(
        "python.pycryptodome.cipher",
        "Crypto Cipher PKCS1_v1_5 new",
        2,
        Call,
        Custom(pycryptodome_pkcs1),
    ),
    rule(
        "python.pycryptodome.cipher",
        "Crypto Cipher PKCS1_OAEP new",
        2,
        Call,
        Alg("RSAES-OAEP"),
    ),
    rule(
        "python.pycryptodome.signature",
        "Crypto Signature pkcs1_15 new",
        2,
        Call,
        Alg("RSA"),
    ),
    rule(
        "python.pycryptodome.signature",
        "Crypto Signature pss new",
        2,
        Call,
        Alg("RSASSA-PSS"),
    ),
    rule(
        "python.pycryptodome.signature",
        "Crypto Signature DSS new",
        2,
        Call,
        Alg("ECDSA"),
    ),
    rule(
        "python.pycryptodome.signature",
        "Crypto Signature eddsa new",
        2,
        Call,
        Alg("Ed25519"),
    ),
    rule(
        "python.pycryptodome.key",
        "Crypto PublicKey RSA generate",
        2,
        Call,
        AlgSized("RSA", Sel::PosKw(0, "bits")),
    ),
    rule(
        "python.pycryptodome.key",
        "Crypto PublicKey DSA generate",
        2,
        Call,
        AlgSized("DSA", Sel::PosKw(0, "bits")),
    ),
    rule(
        "python.pycryptodome.key",
        "Crypto PublicKey ECC generate",
        2,
        Call,
        Custom(pycryptodome_ecc),
    ),
    rule(
        "python.pycryptodome.hash",
        "Crypto Hash MD5 new",
        2,
        Call,
        Alg("MD5"),
    ),
    rule(
        "python.pycryptodome.hash",
        "Crypto Hash MD4 new",
        2,
        Call,
        Alg("MD4"),
    ),
    rule(
        "python.pycryptodome.hash",
        "Crypto Hash SHA1 new",
        2,
        Call,
        Alg("SHA-1"),
    ),
    rule(
        "python.pycryptodome.hash",
        "Crypto Hash SHA new",
        2,
        Call,
        Alg("SHA-1"),
    ),
    rule(
        "python.pycryptodome.hash",
        "Crypto Hash SHA224 new",
        2,
        Call,
        Alg("SHA-224"),
    ),
    rule(
        "python.pycryptodome.hash",
        "Crypto Hash SHA256 new",
        2,
        Call,
        Alg("SHA-256"),
    ),
    rule(
        "python.pycryptodome.hash",
        "Crypto Hash SHA384 new",
        2,
        Call,
        Alg("SHA-384"),
    ),
    rule(
        "python.pycryptodome.hash",
        "Crypto Hash SHA512 new",
        2,
        Call,
        Alg("SHA-512"),
    ),
    rule(
        "python.pycryptodome.hash",
        "Crypto Hash SHA3_256 new",
        2,
        Call,
        Alg("SHA3-256"),
    ),
    rule(
        "python.pycryptodome.hash",
        "Crypto Hash HMAC new",
        2,
        Call,
        Custom(pycryptodome_hmac),
    ),
    rule(
        "python.pycryptodome.kdf",
        "Crypto Protocol KDF PBKDF2",
        1,
        Call,
        Custom(pycryptodome_pbkdf2),
    ),
    rule(
        "python.pycryptodome.kdf",
        "Crypto Protocol KDF scrypt",
        1,
        Call,
        Alg("scrypt"),
    ),
    rule(
        "python.pycryptodome.kdf",
        "Crypto Protocol KDF bcrypt",
        1,
        Call,
        Alg("bcrypt"),
    ),
    rule(
        "python.pycryptodome.kdf",
        "Crypto Protocol KDF HKDF",
        1,
        Call,
        Alg("HKDF"),
    ),
    // paramiko.
    rule(
        "python.paramiko.key",
        "paramiko RSAKey generate",
        2,
        Call,
        AlgSized("RSA", Sel::PosKw(0, "bits")),
    ),
    rule(
        "python.paramiko.key",
        "paramiko DSSKey generate",
        2,
        Call,
        Custom(paramiko_dss),
    ),
    rule(
        "python.paramiko.key",
        "paramiko ECDSAKey generate",
        2,
        Call,
        Custom(paramiko_ecdsa),
    ),
    // PyJWT.
    rule("python.jwt", "jwt encode", 2, Call, Custom(jwt_encode)),
    rule("python.jwt", "jwt decode", 2, Call, Custom(jwt_decode)),
    // bcrypt, argon2-cffi, passlib.
    rule("python.bcrypt", "bcrypt hashpw", 2, Call, Alg("bcrypt")),
    rule(
        "python.argon2",
        "argon2 PasswordHasher",
        1,
        New,
        Alg("Argon2"),
    ),
];

/// A hash named as Python libraries spell it: `md5`, `sha1`, `SHA256`, `sha3_256`,
/// `sha512_256`, `blake2b`.
pub fn hash_named(ctx: &Ctx<'_>, name: &str) -> Option<Algorithm> {
    let lower = name.to_ascii_lowercase().replace('_', "-");
    let canonical = match lower.as_str() {
        "md5" => "MD5",
        "md4" => "MD4",
        "sha1" | "sha-1" | "sha" => "SHA-1",
        "sha224" | "sha-224" => "SHA-224",
        "sha256" | "sha-256" => "SHA-256",
        "sha384" | "sha-384" => "SHA-384",
        "sha512" | "sha-512" => "SHA-512",
        "sha512-256" => "SHA-512/256",
        "sha512-224" => "SHA-512/224",
        "sha3-224" => "SHA3-224",
        "sha3-256" => "SHA3-256",
        "sha3-384" => "SHA3-384",
        "sha3-512" => "SHA3-512",
        "blake2b" => "BLAKE2b-512",
        "blake2s" => "BLAKE2s-256",
        "shake-128" | "shake128" => "SHAKE128",
        "shake-256" | "shake256" => "SHAKE256",
        "ripemd160" => "RIPEMD-160",
        "sm3" => "SM3",
        _ => return ctx.algorithm(name, None),
    };
    ctx.algorithm(canonical, None)
}

/// The hash an argument designates: a name (`'sha256'`), a constructor reference
/// (`hashlib.sha256`, `SHA256`), or an instance (`hashes.SHA256()`). The range is consumed.
fn hash_arg(ctx: &mut Ctx<'_>, range: Option<(usize, usize)>) -> Option<Algorithm> {
    let range = range?;
    if let Some(s) = ctx.eval_str(range) {
        return hash_named(ctx, &s);
    }
    let found = ctx.sub_algorithms(range);
    if let Some(a) = found.into_iter().next() {
        return Some(a);
    }
    // A reference without a call: `hashlib.sha256`, `SHA256` (PyCryptodome module).
    let (a, b) = range;
    let mut j = b;
    while j > a {
        j -= 1;
        if ctx.t.kind(j) == Some(Kind::Ident) {
            return hash_named(ctx, ctx.t.text(j));
        }
    }
    None
}

fn hashlib_new(ctx: &mut Ctx<'_>, m: &Match) {
    let Some(name) = ctx
        .arg(m, Sel::PosKw(0, "name"))
        .and_then(|r| ctx.eval_str(r))
    else {
        return;
    };
    if let Some(alg) = hash_named(ctx, &name) {
        ctx.emit(m, alg, &[]);
    }
}

fn kdf_finding(
    ctx: &mut Ctx<'_>,
    m: &Match,
    name: &str,
    hash: Option<&Algorithm>,
    default_weak_hash: bool,
    iterations: Option<(usize, usize)>,
    default_iterations: Option<i64>,
) {
    let n = iterations
        .and_then(|r| ctx.eval_int(r))
        .or(if iterations.is_none() {
            default_iterations
        } else {
            None
        });
    kdf_emit(
        ctx,
        m,
        name,
        hash.map_or(default_weak_hash, weak_password_hash),
        n,
    );
}

fn hashlib_pbkdf2(ctx: &mut Ctx<'_>, m: &Match) {
    let h = ctx.arg(m, Sel::PosKw(0, "hash_name"));
    let hash = hash_arg(ctx, h);
    let it = ctx.arg(m, Sel::PosKw(3, "iterations"));
    kdf_finding(ctx, m, "PBKDF2", hash.as_ref(), false, it, None);
    let pw = ctx.arg(m, Sel::PosKw(1, "password"));
    ctx.material(m, pw, MaterialKind::Password, None);
    let salt = ctx.arg(m, Sel::PosKw(2, "salt"));
    ctx.material(m, salt, MaterialKind::Salt, None);
}

fn hashlib_scrypt(ctx: &mut Ctx<'_>, m: &Match) {
    if let Some(alg) = ctx.algorithm("scrypt", None) {
        ctx.emit(m, alg, &[]);
    }
    let pw = ctx.arg(m, Sel::PosKw(0, "password"));
    ctx.material(m, pw, MaterialKind::Password, None);
    let salt = ctx.arg(m, Sel::Kw("salt"));
    ctx.material(m, salt, MaterialKind::Salt, None);
}

/// `hmac.new(key, msg, digestmod)`: HMAC over the digest; `digestmod` is required since
/// Python 3.8 (it was MD5 before).
fn hmac_new(ctx: &mut Ctx<'_>, m: &Match) {
    let sel = if m.symbol.ends_with("digest") {
        Sel::PosKw(2, "digest")
    } else {
        Sel::PosKw(2, "digestmod")
    };
    let d = ctx.arg(m, sel);
    let hash = hash_arg(ctx, d).or_else(|| ctx.algorithm("MD5", None));
    let Some(alg) = hash.and_then(|h| hmac_of(ctx, &h)) else {
        return;
    };
    ctx.emit(m, alg.clone(), &[]);
    let key = ctx.arg(m, Sel::PosKw(0, "key"));
    ctx.material(m, key, MaterialKind::SecretKey, Some(&alg));
}

fn hazmat_hmac(ctx: &mut Ctx<'_>, m: &Match) {
    let d = ctx.arg(m, Sel::PosKw(1, "algorithm"));
    let Some(alg) = hash_arg(ctx, d).and_then(|h| hmac_of(ctx, &h)) else {
        return;
    };
    ctx.emit(m, alg.clone(), &[]);
    let key = ctx.arg(m, Sel::PosKw(0, "key"));
    ctx.material(m, key, MaterialKind::SecretKey, Some(&alg));
}

fn hazmat_cmac(ctx: &mut Ctx<'_>, m: &Match) {
    let _ = ctx
        .arg(m, Sel::PosKw(0, "algorithm"))
        .map(|r| ctx.sub_algorithms(r));
    if let Some(alg) = ctx.algorithm("CMAC", None) {
        ctx.emit(m, alg, &[]);
    }
}

/// `algorithms.AES(key)` on its own (outside `Cipher(…)`): the cipher, and a literal key.
fn hazmat_algorithm(ctx: &mut Ctx<'_>, m: &Match) {
    let name = m.symbol.rsplit('.').next().unwrap_or_default();
    let canonical = match name {
        "AES" | "AES128" | "AES256" => match name {
            "AES128" => "AES-128",
            "AES256" => "AES-256",
            _ => "AES",
        },
        "TripleDES" => "3DES",
        "ARC4" => "RC4",
        "CAST5" => "CAST5-CBC",
        other => other,
    };
    let Some(alg) = ctx.algorithm(canonical, None) else {
        return;
    };
    ctx.emit(m, alg.clone(), &[]);
    let key = ctx.arg(m, Sel::PosKw(0, "key"));
    ctx.material(m, key, MaterialKind::SecretKey, Some(&alg));
}

/// The mode object in `Cipher(algorithm, mode)`: its name and its IV or nonce argument.
fn mode_of_arg(ctx: &Ctx<'_>, range: (usize, usize)) -> Option<(String, Option<(usize, usize)>)> {
    let (a, b) = range;
    // Through a variable: `mode = modes.CBC(iv)` earlier in the file.
    let (a, b) = if b == a + 1 && ctx.t.kind(a) == Some(Kind::Ident) {
        ctx.const_range(ctx.t.text(a)).unwrap_or((a, b))
    } else {
        (a, b)
    };
    for (segs, _, last) in ctx.chains_in((a, b)) {
        let name = *segs.last()?;
        const MODES: [&str; 9] = [
            "ECB", "CBC", "GCM", "CTR", "CFB", "OFB", "XTS", "CFB8", "CCM",
        ];
        if MODES.contains(&name) {
            let iv = if ctx.t.is_punct(last + 1, b'(') {
                let (args, kwargs, _) = ctx.split_args(last + 1);
                args.first().copied().or_else(|| {
                    kwargs
                        .iter()
                        .find(|(k, _)| k == "initialization_vector" || k == "nonce" || k == "tweak")
                        .map(|(_, r)| *r)
                })
            } else {
                None
            };
            return Some((name.trim_end_matches('8').to_string(), iv));
        }
    }
    None
}

fn hazmat_cipher(ctx: &mut Ctx<'_>, m: &Match) {
    let Some(alg_range) = ctx.arg(m, Sel::PosKw(0, "algorithm")) else {
        return;
    };
    let base = ctx.sub_algorithms(alg_range).into_iter().next();
    let mode = ctx
        .arg(m, Sel::PosKw(1, "mode"))
        .and_then(|r| mode_of_arg(ctx, r).map(|x| (x, r)));
    let Some(base) = base else { return };
    let alg = match &mode {
        Some(((name, _), _)) => with_mode(&base, name).unwrap_or(base),
        None => base,
    };
    ctx.emit(m, alg, &[]);
    if let Some(((_, iv), r)) = mode {
        ctx.consume(r);
        ctx.material(m, iv, MaterialKind::InitializationVector, None);
    }
}

/// Curve classes as pyca names them (`SECP256R1`, `BrainpoolP256R1`).
fn curve_class(ctx: &Ctx<'_>, range: (usize, usize)) -> Option<Algorithm> {
    for (segs, _, _) in ctx.chains_in(range) {
        let name = segs.last()?;
        let lower = name.to_ascii_lowercase();
        let candidates = [lower.clone(), lower.replace("brainpoolp", "brainpoolP")];
        for c in candidates {
            if let Some(alg) = curve_algorithm(&c) {
                return Some(alg);
            }
        }
    }
    None
}

fn ec_generate(ctx: &mut Ctx<'_>, m: &Match) {
    let alg = ctx
        .arg(m, Sel::PosKw(0, "curve"))
        .and_then(|r| {
            let a = curve_class(ctx, r);
            ctx.consume(r);
            a
        })
        .or_else(|| ctx.algorithm("EC", None));
    if let Some(alg) = alg {
        ctx.emit(m, alg, &[]);
    }
}

/// `ec.ECDSA(hashes.SHA256())` → `SHA256withECDSA`.
fn ec_ecdsa(ctx: &mut Ctx<'_>, m: &Match) {
    let h = ctx.arg(m, Sel::PosKw(0, "algorithm"));
    let hash = hash_arg(ctx, h);
    let name = hash
        .map(|h| format!("{}withECDSA", h.name.replace('-', "")))
        .unwrap_or_else(|| "ECDSA".into());
    if let Some(alg) = ctx
        .algorithm(&name, None)
        .or_else(|| ctx.algorithm("ECDSA", None))
    {
        ctx.emit(m, alg, &[]);
    }
}

/// True when the match is an argument of a call to a method named `name` (`.encrypt(…)`).
fn inside_call_to(ctx: &Ctx<'_>, m: &Match, names: &[&str]) -> bool {
    let mut depth = 0i32;
    let mut j = m.first;
    while j > 0 {
        j -= 1;
        if ctx.t.kind(j) != Some(Kind::Punct) {
            continue;
        }
        if ctx.t.is_punct(j, b')') || ctx.t.is_punct(j, b']') || ctx.t.is_punct(j, b'}') {
            depth += 1;
        } else if ctx.t.is_punct(j, b'(') || ctx.t.is_punct(j, b'[') || ctx.t.is_punct(j, b'{') {
            if depth == 0 {
                return ctx.t.is_punct(j, b'(')
                    && j > 0
                    && ctx.t.kind(j - 1) == Some(Kind::Ident)
                    && names.contains(&ctx.t.text(j - 1));
            }
            depth -= 1;
        }
    }
    false
}

fn padding_pkcs1(ctx: &mut Ctx<'_>, m: &Match) {
    if inside_call_to(ctx, m, &["encrypt", "decrypt"]) {
        if let Some(alg) = ctx.algorithm("RSA", None) {
            ctx.emit(m, alg, &[pkcs1_encryption()]);
        }
    }
}

fn padding_oaep(ctx: &mut Ctx<'_>, m: &Match) {
    for r in m.args.iter().chain(m.kwargs.iter().map(|(_, r)| r)) {
        ctx.consume(*r);
    }
    if let Some(alg) = ctx.algorithm("RSAES-OAEP", None) {
        ctx.emit(m, alg, &[]);
    }
}

fn padding_pss(ctx: &mut Ctx<'_>, m: &Match) {
    for r in m.args.iter().chain(m.kwargs.iter().map(|(_, r)| r)) {
        ctx.consume(*r);
    }
    if let Some(alg) = ctx.algorithm("RSASSA-PSS", None) {
        ctx.emit(m, alg, &[]);
    }
}

fn pbkdf2hmac(ctx: &mut Ctx<'_>, m: &Match) {
    let h = ctx.arg(m, Sel::PosKw(0, "algorithm"));
    let hash = hash_arg(ctx, h);
    let it = ctx.arg(m, Sel::PosKw(3, "iterations"));
    kdf_finding(ctx, m, "PBKDF2", hash.as_ref(), false, it, None);
    let salt = ctx.arg(m, Sel::PosKw(2, "salt"));
    ctx.material(m, salt, MaterialKind::Salt, None);
}

fn scrypt_kdf(ctx: &mut Ctx<'_>, m: &Match) {
    if let Some(alg) = ctx.algorithm("scrypt", None) {
        ctx.emit(m, alg, &[]);
    }
    let salt = ctx.arg(m, Sel::PosKw(0, "salt"));
    ctx.material(m, salt, MaterialKind::Salt, None);
}

fn hkdf(ctx: &mut Ctx<'_>, m: &Match) {
    let h = ctx.arg(m, Sel::PosKw(0, "algorithm"));
    let hash = hash_arg(ctx, h);
    let name = match hash.as_ref().map(|h| h.name.as_str()) {
        Some("SHA-256") => "HKDF-SHA256",
        Some("SHA-384") => "HKDF-SHA384",
        Some("SHA-512") => "HKDF-SHA512",
        _ => "HKDF",
    };
    if let Some(alg) = ctx.algorithm(name, None) {
        ctx.emit(m, alg, &[]);
    }
}

/// PyCryptodome `X.new(key, mode, iv=…)`.
fn pycryptodome_new(ctx: &mut Ctx<'_>, m: &Match) {
    let module = m.symbol.rsplit('.').nth(1).unwrap_or_default();
    let base_name = match module {
        "AES" => "AES",
        "DES" => "DES",
        "DES3" => "3DES",
        "Blowfish" => "Blowfish",
        "ARC4" => "RC4",
        "ARC2" => "RC2",
        "CAST" => "CAST5-CBC",
        "ChaCha20" => "ChaCha20",
        "ChaCha20_Poly1305" => "ChaCha20-Poly1305",
        _ => return,
    };
    let Some(base) = ctx.algorithm(base_name, None) else {
        return;
    };
    let mode = ctx.arg(m, Sel::PosKw(1, "mode")).and_then(|r| {
        ctx.chains_in(r)
            .last()
            .and_then(|(segs, _, _)| segs.last().map(|s| s.to_string()))
    });
    let alg = match mode.as_deref().and_then(|s| s.strip_prefix("MODE_")) {
        Some(md) => {
            let md = if md == "EAX" || md == "OPENPGP" || md == "SIV" || md == "OCB" {
                ""
            } else {
                md
            };
            let full = match (base_name, md) {
                ("3DES", "CBC") => ctx.algorithm("DES-EDE3-CBC", None),
                ("Blowfish", "CBC") => ctx.algorithm("Blowfish-CBC", None),
                (_, "") => None,
                _ => with_mode(&base, md),
            };
            full.unwrap_or(base)
        }
        None => base,
    };
    ctx.emit(m, alg.clone(), &[]);
    let key = ctx.arg(m, Sel::PosKw(0, "key"));
    ctx.material(m, key, MaterialKind::SecretKey, Some(&alg));
    let iv = ctx
        .arg(m, Sel::Kw("iv"))
        .or_else(|| ctx.arg(m, Sel::Kw("nonce")))
        .or_else(|| m.args.get(2).copied());
    ctx.material(m, iv, MaterialKind::InitializationVector, None);
}

fn pycryptodome_pkcs1(ctx: &mut Ctx<'_>, m: &Match) {
    if let Some(alg) = ctx.algorithm("RSA", None) {
        ctx.emit(m, alg, &[pkcs1_encryption()]);
    }
}

fn pycryptodome_ecc(ctx: &mut Ctx<'_>, m: &Match) {
    let curve = ctx.arg(m, Sel::Kw("curve")).and_then(|r| ctx.eval_str(r));
    let alg = curve
        .and_then(|c| curve_algorithm(&c).or_else(|| curve_algorithm(&c.replace("NIST ", ""))))
        .or_else(|| ctx.algorithm("EC", None));
    if let Some(alg) = alg {
        ctx.emit(m, alg, &[]);
    }
}

fn pycryptodome_hmac(ctx: &mut Ctx<'_>, m: &Match) {
    let d = ctx.arg(m, Sel::PosKw(2, "digestmod"));
    // PyCryptodome's HMAC defaults to MD5.
    let hash = hash_arg(ctx, d).or_else(|| ctx.algorithm("MD5", None));
    let Some(alg) = hash.and_then(|h| hmac_of(ctx, &h)) else {
        return;
    };
    ctx.emit(m, alg.clone(), &[]);
    let key = ctx.arg(m, Sel::PosKw(0, "key"));
    ctx.material(m, key, MaterialKind::SecretKey, Some(&alg));
}

/// PyCryptodome `PBKDF2(password, salt, dkLen=16, count=1000, prf=None, hmac_hash_module=None)`:
/// HMAC-SHA1 and 1000 iterations unless told otherwise.
fn pycryptodome_pbkdf2(ctx: &mut Ctx<'_>, m: &Match) {
    let h = ctx
        .arg(m, Sel::PosKw(5, "hmac_hash_module"))
        .or_else(|| ctx.arg(m, Sel::Kw("prf")));
    let hash = if h.is_some() { hash_arg(ctx, h) } else { None };
    let weak_default = h.is_none();
    let it = ctx.arg(m, Sel::PosKw(3, "count"));
    kdf_finding(
        ctx,
        m,
        "PBKDF2",
        hash.as_ref(),
        weak_default,
        it,
        Some(1000),
    );
    let pw = ctx.arg(m, Sel::PosKw(0, "password"));
    ctx.material(m, pw, MaterialKind::Password, None);
    let salt = ctx.arg(m, Sel::PosKw(1, "salt"));
    ctx.material(m, salt, MaterialKind::Salt, None);
}

fn paramiko_dss(ctx: &mut Ctx<'_>, m: &Match) {
    let size = ctx
        .arg(m, Sel::PosKw(0, "bits"))
        .and_then(|r| ctx.eval_int(r))
        .unwrap_or(1024);
    if let Some(alg) = ctx.algorithm("DSA", u32::try_from(size).ok()) {
        ctx.emit(m, alg, &[]);
    }
}

fn paramiko_ecdsa(ctx: &mut Ctx<'_>, m: &Match) {
    let bits = ctx
        .arg(m, Sel::PosKw(0, "bits"))
        .and_then(|r| ctx.eval_int(r))
        .unwrap_or(256);
    let curve = match bits {
        384 => "P-384",
        521 => "P-521",
        _ => "P-256",
    };
    if let Some(alg) = curve_algorithm(curve) {
        ctx.emit(m, alg, &[]);
    }
}

/// JOSE algorithm names (RFC 7518) to catalogue names.
pub fn jose(name: &str) -> Option<&'static str> {
    Some(match name {
        "HS256" => "HMAC-SHA256",
        "HS384" => "HMAC-SHA384",
        "HS512" => "HMAC-SHA512",
        "RS256" => "SHA256withRSA",
        "RS384" => "SHA384withRSA",
        "RS512" => "SHA512withRSA",
        "PS256" => "SHA256withRSA/PSS",
        "PS384" => "SHA384withRSA/PSS",
        "PS512" => "SHA512withRSA/PSS",
        "ES256" => "SHA256withECDSA",
        "ES384" => "SHA384withECDSA",
        "ES512" => "SHA512withECDSA",
        "EdDSA" | "Ed25519" => "Ed25519",
        "Ed448" => "Ed448",
        _ => return None,
    })
}

fn jwt_encode(ctx: &mut Ctx<'_>, m: &Match) {
    // PyJWT signs with HS256 unless told otherwise.
    let name = ctx
        .arg(m, Sel::PosKw(2, "algorithm"))
        .and_then(|r| ctx.eval_str(r))
        .unwrap_or_else(|| "HS256".into());
    if let Some(alg) = jose(&name).and_then(|n| ctx.algorithm(n, None)) {
        ctx.emit(m, alg, &[]);
    }
}

fn jwt_decode(ctx: &mut Ctx<'_>, m: &Match) {
    let Some((a, b)) = ctx.arg(m, Sel::PosKw(2, "algorithms")) else {
        return;
    };
    let names: Vec<String> = (a..b)
        .filter(|&j| ctx.t.kind(j) == Some(Kind::Str))
        .map(|j| ctx.t.string(j))
        .collect();
    for n in names {
        if let Some(alg) = jose(&n).and_then(|x| ctx.algorithm(x, None)) {
            ctx.emit(m, alg, &[]);
        }
    }
}

/// `ctx.set_ciphers("ECDHE+AESGCM:!aNULL")`: the algorithms the OpenSSL cipher string enables,
/// evaluated as OpenSSL does. Only a string OpenSSL would accept counts, since the receiver's
/// type is unknown.
fn set_ciphers(ctx: &mut Ctx<'_>, m: &Match) {
    let Some(list) = ctx.arg(m, Sel::Pos(0)).and_then(|r| ctx.eval_str(r)) else {
        return;
    };
    for choice in super::config::cipher_string_choices(&list) {
        ctx.emit(m, choice.algorithm, &choice.weaknesses);
    }
}
