//! Go: the standard library's `crypto/*` packages and `golang.org/x/crypto/*`. Go names a
//! package only through an import, so every rule requires one: a local package that happens to
//! be called `aes` never matches.

use mamori_model::{Algorithm, MaterialKind};

use super::engine::{Act, Ctx, Form, LanguageRules, Match, Rule, Sel, rule, with_mode};
use super::imports;
use super::java::{curve_algorithm, hmac_of, kdf_emit, pkcs1_encryption, weak_password_hash};
use super::lexer::Kind;

use Act::{Alg, AlgSized, Custom, Keyed, Proto};
use Form::{Call, Ref};

pub static RULES: LanguageRules = LanguageRules::new(GO_RULES, &[], go_imports);

fn go_imports(ctx: &mut Ctx<'_>) {
    imports::go(ctx);
    cipher_suites(ctx);
}

/// `tls.TLS_RSA_WITH_RC4_128_SHA` and the other suite constants of `crypto/tls` (in
/// `tls.Config.CipherSuites`, or anywhere): the suite's parts, with `weak-cipher-suite` on the
/// broken ones, as the configuration scanners report a cipher list.
fn cipher_suites(ctx: &mut Ctx<'_>) {
    let n = ctx.t.len();
    for i in 2..n {
        let name = ctx.t.text(i);
        if ctx.t.kind(i) != Some(Kind::Ident)
            || !name.starts_with("TLS_")
            || !ctx.t.is_punct(i - 1, b'.')
            || ctx.t.kind(i - 2) != Some(Kind::Ident)
            || (i >= 3 && ctx.t.is_punct(i - 3, b'.'))
        {
            continue;
        }
        let pkg = ctx.imports.get(ctx.t.text(i - 2)).and_then(|p| p.first());
        if pkg.map(String::as_str) != Some("crypto/tls") {
            continue;
        }
        let Some(suite) = mamori_model::catalogue::tls_cipher_suite_by_name(name) else {
            continue;
        };
        let symbol = format!("{}.{name}", ctx.t.text(i - 2));
        for choice in super::config::suite_choices(&[suite]) {
            ctx.emit_at(
                "go.tls.cipher-suite",
                i,
                &symbol,
                choice.algorithm,
                &choice.weaknesses,
                None,
            );
        }
    }
}

const GO_RULES: &[Rule] = &[
    rule("go.hash", "crypto/md5 New", 0, Call, Alg("MD5")),
    rule("go.hash", "crypto/md5 Sum", 0, Call, Alg("MD5")),
    rule(
        "go.hash",
        "golang.org/x/crypto/md4 New",
        0,
        Call,
        Alg("MD4"),
    ),
    rule("go.hash", "crypto/sha1 New", 0, Call, Alg("SHA-1")),
    rule("go.hash", "crypto/sha1 Sum", 0, Call, Alg("SHA-1")),
    rule("go.hash", "crypto/sha256 New", 0, Call, Alg("SHA-256")),
    rule("go.hash", "crypto/sha256 Sum256", 0, Call, Alg("SHA-256")),
    rule("go.hash", "crypto/sha256 New224", 0, Call, Alg("SHA-224")),
    rule("go.hash", "crypto/sha256 Sum224", 0, Call, Alg("SHA-224")),
    rule("go.hash", "crypto/sha512 New", 0, Call, Alg("SHA-512")),
    rule("go.hash", "crypto/sha512 Sum512", 0, Call, Alg("SHA-512")),
    rule("go.hash", "crypto/sha512 New384", 0, Call, Alg("SHA-384")),
    rule("go.hash", "crypto/sha512 Sum384", 0, Call, Alg("SHA-384")),
    rule(
        "go.hash",
        "crypto/sha512 Sum512_256",
        0,
        Call,
        Alg("SHA-512/256"),
    ),
    rule(
        "go.hash",
        "crypto/sha512 New512_256",
        0,
        Call,
        Alg("SHA-512/256"),
    ),
    rule("go.hash", "crypto/sha3 New256", 0, Call, Alg("SHA3-256")),
    rule("go.hash", "crypto/sha3 Sum256", 0, Call, Alg("SHA3-256")),
    rule("go.hash", "crypto/sha3 New512", 0, Call, Alg("SHA3-512")),
    rule(
        "go.hash",
        "golang.org/x/crypto/sha3 New256",
        0,
        Call,
        Alg("SHA3-256"),
    ),
    rule(
        "go.hash",
        "golang.org/x/crypto/sha3 Sum256",
        0,
        Call,
        Alg("SHA3-256"),
    ),
    rule(
        "go.hash",
        "golang.org/x/crypto/sha3 New512",
        0,
        Call,
        Alg("SHA3-512"),
    ),
    rule(
        "go.hash",
        "golang.org/x/crypto/ripemd160 New",
        0,
        Call,
        Alg("RIPEMD-160"),
    ),
    rule(
        "go.hash",
        "golang.org/x/crypto/blake2b New256",
        0,
        Call,
        Alg("BLAKE2b-256"),
    ),
    rule(
        "go.hash",
        "golang.org/x/crypto/blake2b Sum256",
        0,
        Call,
        Alg("BLAKE2b-256"),
    ),
    rule(
        "go.hash",
        "golang.org/x/crypto/blake2b New512",
        0,
        Call,
        Alg("BLAKE2b-512"),
    ),
    rule(
        "go.hash",
        "golang.org/x/crypto/blake2b Sum512",
        0,
        Call,
        Alg("BLAKE2b-512"),
    ),
    rule(
        "go.hash",
        "golang.org/x/crypto/blake2s New256",
        0,
        Call,
        Alg("BLAKE2s-256"),
    ),
    rule(
        "go.hash",
        "golang.org/x/crypto/blake2s Sum256",
        0,
        Call,
        Alg("BLAKE2s-256"),
    ),
    rule(
        "go.cipher",
        "crypto/aes NewCipher",
        0,
        Call,
        Keyed("AES", Sel::Pos(0)),
    ),
    rule(
        "go.cipher",
        "crypto/des NewCipher",
        0,
        Call,
        Keyed("DES", Sel::Pos(0)),
    ),
    rule(
        "go.cipher",
        "crypto/des NewTripleDESCipher",
        0,
        Call,
        Keyed("3DES", Sel::Pos(0)),
    ),
    rule(
        "go.cipher",
        "crypto/rc4 NewCipher",
        0,
        Call,
        Keyed("RC4", Sel::Pos(0)),
    ),
    rule(
        "go.cipher",
        "golang.org/x/crypto/blowfish NewCipher",
        0,
        Call,
        Keyed("Blowfish", Sel::Pos(0)),
    ),
    rule(
        "go.cipher.mode",
        "crypto/cipher NewGCM",
        0,
        Call,
        Custom(mode_gcm),
    ),
    rule(
        "go.cipher.mode",
        "crypto/cipher NewGCMWithNonceSize",
        0,
        Call,
        Custom(mode_gcm),
    ),
    rule(
        "go.cipher.mode",
        "crypto/cipher NewGCMWithTagSize",
        0,
        Call,
        Custom(mode_gcm),
    ),
    rule(
        "go.cipher.mode",
        "crypto/cipher NewGCMWithRandomNonce",
        0,
        Call,
        Custom(mode_gcm),
    ),
    rule(
        "go.cipher.mode",
        "crypto/cipher NewCBCEncrypter",
        0,
        Call,
        Custom(mode_cbc),
    ),
    rule(
        "go.cipher.mode",
        "crypto/cipher NewCBCDecrypter",
        0,
        Call,
        Custom(mode_cbc),
    ),
    rule(
        "go.cipher.mode",
        "crypto/cipher NewCTR",
        0,
        Call,
        Custom(mode_ctr),
    ),
    rule(
        "go.cipher.mode",
        "crypto/cipher NewCFBEncrypter",
        0,
        Call,
        Custom(mode_cfb),
    ),
    rule(
        "go.cipher.mode",
        "crypto/cipher NewCFBDecrypter",
        0,
        Call,
        Custom(mode_cfb),
    ),
    rule(
        "go.cipher.mode",
        "crypto/cipher NewOFB",
        0,
        Call,
        Custom(mode_ofb),
    ),
    rule(
        "go.aead",
        "golang.org/x/crypto/chacha20poly1305 New",
        0,
        Call,
        Keyed("ChaCha20-Poly1305", Sel::Pos(0)),
    ),
    rule(
        "go.aead",
        "golang.org/x/crypto/chacha20poly1305 NewX",
        0,
        Call,
        Keyed("XChaCha20-Poly1305", Sel::Pos(0)),
    ),
    rule(
        "go.rsa",
        "crypto/rsa GenerateKey",
        0,
        Call,
        AlgSized("RSA", Sel::Pos(1)),
    ),
    rule(
        "go.rsa",
        "crypto/rsa GenerateMultiPrimeKey",
        0,
        Call,
        AlgSized("RSA", Sel::Pos(2)),
    ),
    rule(
        "go.rsa",
        "crypto/rsa EncryptPKCS1v15",
        0,
        Call,
        Custom(rsa_pkcs1),
    ),
    rule(
        "go.rsa",
        "crypto/rsa DecryptPKCS1v15",
        0,
        Call,
        Custom(rsa_pkcs1),
    ),
    rule(
        "go.rsa",
        "crypto/rsa DecryptPKCS1v15SessionKey",
        0,
        Call,
        Custom(rsa_pkcs1),
    ),
    rule(
        "go.rsa",
        "crypto/rsa EncryptOAEP",
        0,
        Call,
        Custom(rsa_oaep),
    ),
    rule(
        "go.rsa",
        "crypto/rsa DecryptOAEP",
        0,
        Call,
        Custom(rsa_oaep),
    ),
    rule(
        "go.rsa",
        "crypto/rsa SignPKCS1v15",
        0,
        Call,
        Custom(rsa_sign_pkcs1),
    ),
    rule(
        "go.rsa",
        "crypto/rsa VerifyPKCS1v15",
        0,
        Call,
        Custom(rsa_verify_pkcs1),
    ),
    rule(
        "go.rsa",
        "crypto/rsa SignPSS",
        0,
        Call,
        Custom(rsa_sign_pss),
    ),
    rule(
        "go.ecdsa",
        "crypto/ecdsa GenerateKey",
        0,
        Call,
        Custom(ecdsa_generate),
    ),
    rule(
        "go.ed25519",
        "crypto/ed25519 GenerateKey",
        0,
        Call,
        Alg("Ed25519"),
    ),
    rule(
        "go.ed25519",
        "crypto/ed25519 NewKeyFromSeed",
        0,
        Call,
        Alg("Ed25519"),
    ),
    rule("go.ecdh", "crypto/ecdh X25519", 0, Call, Alg("X25519")),
    rule("go.ecdh", "crypto/ecdh P256", 0, Call, Alg("ECDH-P-256")),
    rule("go.ecdh", "crypto/ecdh P384", 0, Call, Alg("ECDH-P-384")),
    rule("go.ecdh", "crypto/ecdh P521", 0, Call, Alg("ECDH-P-521")),
    rule(
        "go.ecdh",
        "golang.org/x/crypto/curve25519 X25519",
        0,
        Call,
        Alg("X25519"),
    ),
    rule(
        "go.mlkem",
        "crypto/mlkem GenerateKey768",
        0,
        Call,
        Alg("ML-KEM-768"),
    ),
    rule(
        "go.mlkem",
        "crypto/mlkem GenerateKey1024",
        0,
        Call,
        Alg("ML-KEM-1024"),
    ),
    rule(
        "go.mlkem",
        "crypto/mlkem NewDecapsulationKey768",
        0,
        Call,
        Alg("ML-KEM-768"),
    ),
    rule(
        "go.mlkem",
        "crypto/mlkem NewDecapsulationKey1024",
        0,
        Call,
        Alg("ML-KEM-1024"),
    ),
    rule("go.hmac", "crypto/hmac New", 0, Call, Custom(hmac_new)),
    rule(
        "go.kdf",
        "golang.org/x/crypto/pbkdf2 Key",
        0,
        Call,
        Custom(pbkdf2_x),
    ),
    rule("go.kdf", "crypto/pbkdf2 Key", 0, Call, Custom(pbkdf2_std)),
    rule(
        "go.kdf",
        "golang.org/x/crypto/bcrypt GenerateFromPassword",
        0,
        Call,
        Alg("bcrypt"),
    ),
    rule(
        "go.kdf",
        "golang.org/x/crypto/argon2 IDKey",
        0,
        Call,
        Alg("Argon2"),
    ),
    rule(
        "go.kdf",
        "golang.org/x/crypto/argon2 Key",
        0,
        Call,
        Alg("Argon2"),
    ),
    rule(
        "go.kdf",
        "golang.org/x/crypto/scrypt Key",
        0,
        Call,
        Alg("scrypt"),
    ),
    rule(
        "go.kdf",
        "golang.org/x/crypto/hkdf New",
        0,
        Call,
        Custom(hkdf),
    ),
    rule("go.kdf", "crypto/hkdf Key", 0, Call, Custom(hkdf)),
    rule(
        "go.tls.version",
        "crypto/tls VersionSSL30",
        0,
        Ref,
        Proto("SSL", "3.0"),
    ),
    rule(
        "go.tls.version",
        "crypto/tls VersionTLS10",
        0,
        Ref,
        Proto("TLS", "1.0"),
    ),
    rule(
        "go.tls.version",
        "crypto/tls VersionTLS11",
        0,
        Ref,
        Proto("TLS", "1.1"),
    ),
    rule(
        "go.tls.version",
        "crypto/tls VersionTLS12",
        0,
        Ref,
        Proto("TLS", "1.2"),
    ),
    rule(
        "go.tls.version",
        "crypto/tls VersionTLS13",
        0,
        Ref,
        Proto("TLS", "1.3"),
    ),
    rule(
        "go.tls.group",
        "crypto/tls CurveP256",
        0,
        Ref,
        Alg("ECDH-P-256"),
    ),
    rule(
        "go.tls.group",
        "crypto/tls CurveP384",
        0,
        Ref,
        Alg("ECDH-P-384"),
    ),
    rule(
        "go.tls.group",
        "crypto/tls CurveP521",
        0,
        Ref,
        Alg("ECDH-P-521"),
    ),
    rule("go.tls.group", "crypto/tls X25519", 0, Ref, Alg("X25519")),
    rule(
        "go.tls.group",
        "crypto/tls X25519MLKEM768",
        0,
        Ref,
        Alg("X25519MLKEM768"),
    ),
    rule(
        "go.tls.group",
        "crypto/tls SecP256r1MLKEM768",
        0,
        Ref,
        Alg("SecP256r1MLKEM768"),
    ),
    rule(
        "go.tls.group",
        "crypto/tls SecP384r1MLKEM1024",
        0,
        Ref,
        Alg("SecP384r1MLKEM1024"),
    ),
    rule(
        "go.x509.signature",
        "crypto/x509 MD5WithRSA",
        0,
        Ref,
        Alg("MD5withRSA"),
    ),
    rule(
        "go.x509.signature",
        "crypto/x509 SHA1WithRSA",
        0,
        Ref,
        Alg("SHA1withRSA"),
    ),
    rule(
        "go.x509.signature",
        "crypto/x509 SHA256WithRSA",
        0,
        Ref,
        Alg("SHA256withRSA"),
    ),
    rule(
        "go.x509.signature",
        "crypto/x509 SHA384WithRSA",
        0,
        Ref,
        Alg("SHA384withRSA"),
    ),
    rule(
        "go.x509.signature",
        "crypto/x509 SHA512WithRSA",
        0,
        Ref,
        Alg("SHA512withRSA"),
    ),
    rule(
        "go.x509.signature",
        "crypto/x509 DSAWithSHA1",
        0,
        Ref,
        Alg("SHA1withDSA"),
    ),
    rule(
        "go.x509.signature",
        "crypto/x509 DSAWithSHA256",
        0,
        Ref,
        Alg("SHA256withDSA"),
    ),
    rule(
        "go.x509.signature",
        "crypto/x509 ECDSAWithSHA1",
        0,
        Ref,
        Alg("SHA1withECDSA"),
    ),
    rule(
        "go.x509.signature",
        "crypto/x509 ECDSAWithSHA256",
        0,
        Ref,
        Alg("SHA256withECDSA"),
    ),
    rule(
        "go.x509.signature",
        "crypto/x509 ECDSAWithSHA384",
        0,
        Ref,
        Alg("SHA384withECDSA"),
    ),
    rule(
        "go.x509.signature",
        "crypto/x509 ECDSAWithSHA512",
        0,
        Ref,
        Alg("SHA512withECDSA"),
    ),
    rule(
        "go.x509.signature",
        "crypto/x509 SHA256WithRSAPSS",
        0,
        Ref,
        Alg("SHA256withRSA/PSS"),
    ),
    rule(
        "go.x509.signature",
        "crypto/x509 SHA384WithRSAPSS",
        0,
        Ref,
        Alg("SHA384withRSA/PSS"),
    ),
    rule(
        "go.x509.signature",
        "crypto/x509 SHA512WithRSAPSS",
        0,
        Ref,
        Alg("SHA512withRSA/PSS"),
    ),
    rule(
        "go.x509.signature",
        "crypto/x509 PureEd25519",
        0,
        Ref,
        Alg("Ed25519"),
    ),
];

/// The hash a Go expression names: `sha256.New` (a function value), `sha256.New()`,
/// `crypto.SHA256` (a `crypto.Hash`), `crypto.SHA256.New`.
fn hash_ref(ctx: &Ctx<'_>, range: Option<(usize, usize)>) -> Option<Algorithm> {
    let range = range?;
    for (segs, _, _) in ctx.chains_in(range) {
        let pkg = ctx
            .imports
            .get(segs[0])
            .and_then(|p| p.first())
            .map(String::as_str);
        let name = segs.get(1).copied().unwrap_or_default();
        let canonical = match (pkg, name) {
            (Some("crypto/md5"), _) => "MD5",
            (Some("crypto/sha1"), _) => "SHA-1",
            (Some("crypto/sha256"), "New224") => "SHA-224",
            (Some("crypto/sha256"), _) => "SHA-256",
            (Some("crypto/sha512"), "New384") => "SHA-384",
            (Some("crypto/sha512"), "New512_256") => "SHA-512/256",
            (Some("crypto/sha512"), _) => "SHA-512",
            (Some("crypto/sha3" | "golang.org/x/crypto/sha3"), "New256") => "SHA3-256",
            (Some("crypto/sha3" | "golang.org/x/crypto/sha3"), "New512") => "SHA3-512",
            (Some("crypto"), "MD5") => "MD5",
            (Some("crypto"), "SHA1") => "SHA-1",
            (Some("crypto"), "SHA224") => "SHA-224",
            (Some("crypto"), "SHA256") => "SHA-256",
            (Some("crypto"), "SHA384") => "SHA-384",
            (Some("crypto"), "SHA512") => "SHA-512",
            _ => continue,
        };
        return ctx.algorithm(canonical, None);
    }
    None
}

/// A mode over a block cipher held in a variable of the same file: `cipher.NewGCM(block)`.
fn mode(ctx: &mut Ctx<'_>, m: &Match, mode: &str, iv_arg: Option<usize>) {
    let base = ctx
        .arg(m, Sel::Pos(0))
        .filter(|(a, b)| b - a == 1 && ctx.t.kind(*a) == Some(Kind::Ident))
        .and_then(|(a, _)| ctx.var_finding(ctx.t.text(a)))
        .and_then(|i| ctx.findings[i].algorithm.clone());
    let Some(base) = base else { return };
    let name = match (base.name.as_str(), mode) {
        ("3DES", "CBC") => "DES-EDE3-CBC".to_string(),
        ("DES", "CBC") => "DES-CBC".to_string(),
        _ => String::new(),
    };
    let alg = if name.is_empty() {
        with_mode(&base, mode)
    } else {
        ctx.algorithm(&name, None)
    };
    if let Some(alg) = alg {
        ctx.emit(m, alg, &[]);
    }
    if let Some(i) = iv_arg {
        let iv = ctx.arg(m, Sel::Pos(i));
        ctx.material(m, iv, MaterialKind::InitializationVector, None);
    }
}

fn mode_gcm(ctx: &mut Ctx<'_>, m: &Match) {
    mode(ctx, m, "GCM", None)
}
fn mode_cbc(ctx: &mut Ctx<'_>, m: &Match) {
    mode(ctx, m, "CBC", Some(1))
}
fn mode_ctr(ctx: &mut Ctx<'_>, m: &Match) {
    mode(ctx, m, "CTR", Some(1))
}
fn mode_cfb(ctx: &mut Ctx<'_>, m: &Match) {
    mode(ctx, m, "CFB", Some(1))
}
fn mode_ofb(ctx: &mut Ctx<'_>, m: &Match) {
    mode(ctx, m, "OFB", Some(1))
}

fn rsa_pkcs1(ctx: &mut Ctx<'_>, m: &Match) {
    if let Some(alg) = ctx.algorithm("RSA", None) {
        ctx.emit(m, alg, &[pkcs1_encryption()]);
    }
}

fn rsa_oaep(ctx: &mut Ctx<'_>, m: &Match) {
    if let Some(r) = ctx.arg(m, Sel::Pos(0)) {
        ctx.consume(r);
    }
    if let Some(alg) = ctx.algorithm("RSAES-OAEP", None) {
        ctx.emit(m, alg, &[]);
    }
}

fn rsa_signature(ctx: &mut Ctx<'_>, m: &Match, hash_pos: usize, suffix: &str) {
    let hash = hash_ref(ctx, ctx.arg(m, Sel::Pos(hash_pos)));
    let name = hash
        .map(|h| format!("{}withRSA{suffix}", h.name.replace('-', "")))
        .unwrap_or_else(|| "RSA".into());
    if let Some(alg) = ctx
        .algorithm(&name, None)
        .or_else(|| ctx.algorithm("RSA", None))
    {
        ctx.emit(m, alg, &[]);
    }
}

fn rsa_sign_pkcs1(ctx: &mut Ctx<'_>, m: &Match) {
    rsa_signature(ctx, m, 2, "")
}
fn rsa_verify_pkcs1(ctx: &mut Ctx<'_>, m: &Match) {
    rsa_signature(ctx, m, 1, "")
}
fn rsa_sign_pss(ctx: &mut Ctx<'_>, m: &Match) {
    rsa_signature(ctx, m, 2, "/PSS")
}

fn ecdsa_generate(ctx: &mut Ctx<'_>, m: &Match) {
    let curve = ctx.arg(m, Sel::Pos(0)).and_then(|r| {
        ctx.consume(r);
        ctx.chains_in(r).into_iter().find_map(|(segs, _, _)| {
            let pkg = ctx.imports.get(segs[0])?.first()?;
            if pkg != "crypto/elliptic" {
                return None;
            }
            match segs.get(1).copied()? {
                "P224" => curve_algorithm("P-224"),
                "P256" => curve_algorithm("P-256"),
                "P384" => curve_algorithm("P-384"),
                "P521" => curve_algorithm("P-521"),
                _ => None,
            }
        })
    });
    if let Some(alg) = curve.or_else(|| ctx.algorithm("EC", None)) {
        ctx.emit(m, alg, &[]);
    }
}

fn hmac_new(ctx: &mut Ctx<'_>, m: &Match) {
    let Some(alg) = hash_ref(ctx, ctx.arg(m, Sel::Pos(0))).and_then(|h| hmac_of(ctx, &h)) else {
        return;
    };
    if let Some(r) = ctx.arg(m, Sel::Pos(0)) {
        ctx.consume(r);
    }
    ctx.emit(m, alg.clone(), &[]);
    let key = ctx.arg(m, Sel::Pos(1));
    ctx.material(m, key, MaterialKind::SecretKey, Some(&alg));
}

fn pbkdf2(ctx: &mut Ctx<'_>, m: &Match, pw: usize, salt: usize, iter: usize, hash: usize) {
    let h = ctx.arg(m, Sel::Pos(hash));
    let hash_alg = hash_ref(ctx, h);
    if let Some(r) = h {
        ctx.consume(r);
    }
    let n = ctx.arg(m, Sel::Pos(iter)).and_then(|r| ctx.eval_int(r));
    kdf_emit(
        ctx,
        m,
        "PBKDF2",
        hash_alg.as_ref().is_some_and(weak_password_hash),
        n,
    );
    let p = ctx.arg(m, Sel::Pos(pw));
    ctx.material(m, p, MaterialKind::Password, None);
    let s = ctx.arg(m, Sel::Pos(salt));
    ctx.material(m, s, MaterialKind::Salt, None);
}

/// `pbkdf2.Key(password, salt, iter, keyLen, h)` (x/crypto).
fn pbkdf2_x(ctx: &mut Ctx<'_>, m: &Match) {
    pbkdf2(ctx, m, 0, 1, 2, 4)
}

/// `pbkdf2.Key(h, password, salt, iter, keyLength)` (standard library, Go 1.24).
fn pbkdf2_std(ctx: &mut Ctx<'_>, m: &Match) {
    pbkdf2(ctx, m, 1, 2, 3, 0)
}

fn hkdf(ctx: &mut Ctx<'_>, m: &Match) {
    let h = ctx.arg(m, Sel::Pos(0));
    let name = match hash_ref(ctx, h).as_ref().map(|a| a.name.as_str()) {
        Some("SHA-256") => "HKDF-SHA256",
        Some("SHA-384") => "HKDF-SHA384",
        Some("SHA-512") => "HKDF-SHA512",
        _ => "HKDF",
    };
    if let Some(r) = h {
        ctx.consume(r);
    }
    if let Some(alg) = ctx.algorithm(name, None) {
        ctx.emit(m, alg, &[]);
    }
}
