//! Java and Kotlin: the JCA/JCE provider API, JSSE, and Bouncy Castle's lightweight API.

use mamori_model::{MaterialKind, Weakness, WeaknessKind, catalogue};

use super::engine::{Act, Ctx, Form, LanguageRules, Match, Rule, Sel, rule, with_mode};
use super::imports;
use super::lexer::Kind;

use Act::{Alg, ArgApi, Custom};
use Form::{Call, Method, New, Property};

pub static RULES: LanguageRules = LanguageRules::new(
    JAVA_RULES,
    &[("initialize", initialize), ("init", initialize)],
    imports::jvm,
);

const JAVA_RULES: &[Rule] = &[
    rule(
        "java.jca.cipher",
        "javax crypto Cipher getInstance",
        2,
        Call,
        Custom(cipher),
    ),
    rule(
        "java.jca.key-generator",
        "javax crypto KeyGenerator getInstance",
        2,
        Call,
        ArgApi(Sel::Pos(0), None),
    ),
    rule(
        "java.jca.key-pair-generator",
        "java security KeyPairGenerator getInstance",
        2,
        Call,
        ArgApi(Sel::Pos(0), None),
    ),
    rule(
        "java.jca.signature",
        "java security Signature getInstance",
        2,
        Call,
        ArgApi(Sel::Pos(0), None),
    ),
    rule(
        "java.jca.message-digest",
        "java security MessageDigest getInstance",
        2,
        Call,
        ArgApi(Sel::Pos(0), None),
    ),
    rule(
        "java.jca.mac",
        "javax crypto Mac getInstance",
        2,
        Call,
        ArgApi(Sel::Pos(0), None),
    ),
    rule(
        "java.jca.key-agreement",
        "javax crypto KeyAgreement getInstance",
        2,
        Call,
        ArgApi(Sel::Pos(0), None),
    ),
    rule(
        "java.jca.key-factory",
        "java security KeyFactory getInstance",
        2,
        Call,
        ArgApi(Sel::Pos(0), None),
    ),
    rule(
        "java.jca.secret-key-factory",
        "javax crypto SecretKeyFactory getInstance",
        2,
        Call,
        Custom(secret_key_factory),
    ),
    rule(
        "java.jca.kem",
        "javax crypto KEM getInstance",
        2,
        Call,
        ArgApi(Sel::Pos(0), None),
    ),
    rule(
        "java.jsse.ssl-context",
        "javax net ssl SSLContext getInstance",
        2,
        Call,
        Custom(ssl_context),
    ),
    rule(
        "java.jsse.enabled-protocols",
        "setEnabledProtocols",
        1,
        Method,
        Custom(enabled_protocols),
    ),
    rule(
        "java.jsse.enabled-protocols",
        "setProtocols",
        1,
        Method,
        Custom(enabled_protocols),
    ),
    rule(
        "java.jsse.enabled-protocols",
        "enabledProtocols",
        1,
        Property,
        Custom(enabled_protocols),
    ),
    rule(
        "java.jsse.enabled-protocols",
        "protocols",
        1,
        Property,
        Custom(enabled_protocols),
    ),
    rule(
        "java.jsse.system-property",
        "java lang System setProperty",
        2,
        Call,
        Custom(protocol_property),
    ),
    rule(
        "java.jca.secret-key-spec",
        "javax crypto spec SecretKeySpec",
        1,
        New,
        Custom(secret_key_spec),
    ),
    rule(
        "java.jca.iv-parameter-spec",
        "javax crypto spec IvParameterSpec",
        1,
        New,
        Custom(iv_spec),
    ),
    rule(
        "java.jca.gcm-parameter-spec",
        "javax crypto spec GCMParameterSpec",
        1,
        New,
        Custom(gcm_spec),
    ),
    rule(
        "java.jca.pbe-key-spec",
        "javax crypto spec PBEKeySpec",
        1,
        New,
        Custom(pbe_key_spec),
    ),
    rule(
        "java.jca.pbe-parameter-spec",
        "javax crypto spec PBEParameterSpec",
        1,
        New,
        Custom(pbe_parameter_spec),
    ),
    rule(
        "java.jca.ec-gen-parameter-spec",
        "java security spec ECGenParameterSpec",
        1,
        New,
        Custom(ec_gen_spec),
    ),
    // Bouncy Castle lightweight API.
    rule(
        "java.bc.engine",
        "org bouncycastle crypto engines AESEngine",
        1,
        New,
        Alg("AES"),
    ),
    rule(
        "java.bc.engine",
        "org bouncycastle crypto engines AESFastEngine",
        1,
        New,
        Alg("AES"),
    ),
    rule(
        "java.bc.engine",
        "org bouncycastle crypto engines AESEngine newInstance",
        2,
        Call,
        Alg("AES"),
    ),
    rule(
        "java.bc.engine",
        "org bouncycastle crypto engines DESEngine",
        1,
        New,
        Alg("DES"),
    ),
    rule(
        "java.bc.engine",
        "org bouncycastle crypto engines DESedeEngine",
        1,
        New,
        Alg("3DES"),
    ),
    rule(
        "java.bc.engine",
        "org bouncycastle crypto engines RC4Engine",
        1,
        New,
        Alg("RC4"),
    ),
    rule(
        "java.bc.engine",
        "org bouncycastle crypto engines RC2Engine",
        1,
        New,
        Alg("RC2"),
    ),
    rule(
        "java.bc.engine",
        "org bouncycastle crypto engines BlowfishEngine",
        1,
        New,
        Alg("Blowfish"),
    ),
    rule(
        "java.bc.engine",
        "org bouncycastle crypto engines CamelliaEngine",
        1,
        New,
        Alg("Camellia"),
    ),
    rule(
        "java.bc.engine",
        "org bouncycastle crypto engines ChaCha7539Engine",
        1,
        New,
        Alg("ChaCha20"),
    ),
    rule(
        "java.bc.engine",
        "org bouncycastle crypto engines RSAEngine",
        1,
        New,
        Alg("RSA"),
    ),
    rule(
        "java.bc.engine",
        "org bouncycastle crypto modes ChaCha20Poly1305",
        1,
        New,
        Alg("ChaCha20-Poly1305"),
    ),
    rule(
        "java.bc.digest",
        "org bouncycastle crypto digests MD5Digest",
        1,
        New,
        Alg("MD5"),
    ),
    rule(
        "java.bc.digest",
        "org bouncycastle crypto digests MD4Digest",
        1,
        New,
        Alg("MD4"),
    ),
    rule(
        "java.bc.digest",
        "org bouncycastle crypto digests SHA1Digest",
        1,
        New,
        Alg("SHA-1"),
    ),
    rule(
        "java.bc.digest",
        "org bouncycastle crypto digests SHA224Digest",
        1,
        New,
        Alg("SHA-224"),
    ),
    rule(
        "java.bc.digest",
        "org bouncycastle crypto digests SHA256Digest",
        1,
        New,
        Alg("SHA-256"),
    ),
    rule(
        "java.bc.digest",
        "org bouncycastle crypto digests SHA384Digest",
        1,
        New,
        Alg("SHA-384"),
    ),
    rule(
        "java.bc.digest",
        "org bouncycastle crypto digests SHA512Digest",
        1,
        New,
        Alg("SHA-512"),
    ),
    rule(
        "java.bc.digest",
        "org bouncycastle crypto digests SHA3Digest",
        1,
        New,
        Custom(bc_sha3),
    ),
    rule(
        "java.bc.digest",
        "org bouncycastle crypto digests RIPEMD160Digest",
        1,
        New,
        Alg("RIPEMD-160"),
    ),
    rule(
        "java.bc.digest",
        "org bouncycastle crypto digests SM3Digest",
        1,
        New,
        Alg("SM3"),
    ),
    rule(
        "java.bc.digest",
        "org bouncycastle crypto digests Blake2bDigest",
        1,
        New,
        Alg("BLAKE2b-512"),
    ),
    rule(
        "java.bc.mac",
        "org bouncycastle crypto macs HMac",
        1,
        New,
        Custom(bc_hmac),
    ),
    rule(
        "java.bc.mac",
        "org bouncycastle crypto macs CMac",
        1,
        New,
        Alg("CMAC"),
    ),
    rule(
        "java.bc.mode",
        "org bouncycastle crypto modes CBCBlockCipher",
        1,
        New,
        Custom(bc_mode_cbc),
    ),
    rule(
        "java.bc.mode",
        "org bouncycastle crypto modes CBCBlockCipher newInstance",
        2,
        Call,
        Custom(bc_mode_cbc),
    ),
    rule(
        "java.bc.mode",
        "org bouncycastle crypto modes GCMBlockCipher",
        1,
        New,
        Custom(bc_mode_gcm),
    ),
    rule(
        "java.bc.mode",
        "org bouncycastle crypto modes GCMBlockCipher newInstance",
        2,
        Call,
        Custom(bc_mode_gcm),
    ),
    rule(
        "java.bc.mode",
        "org bouncycastle crypto modes CCMBlockCipher",
        1,
        New,
        Custom(bc_mode_ccm),
    ),
    rule(
        "java.bc.mode",
        "org bouncycastle crypto modes SICBlockCipher",
        1,
        New,
        Custom(bc_mode_ctr),
    ),
    rule(
        "java.bc.mode",
        "org bouncycastle crypto modes CFBBlockCipher",
        1,
        New,
        Custom(bc_mode_cfb),
    ),
    rule(
        "java.bc.mode",
        "org bouncycastle crypto modes OFBBlockCipher",
        1,
        New,
        Custom(bc_mode_ofb),
    ),
    rule(
        "java.bc.padding",
        "org bouncycastle crypto paddings PaddedBufferedBlockCipher",
        1,
        New,
        Custom(bc_passthrough),
    ),
    rule(
        "java.bc.padding",
        "org bouncycastle crypto BufferedBlockCipher",
        1,
        New,
        Custom(bc_passthrough),
    ),
    rule(
        "java.bc.encoding",
        "org bouncycastle crypto encodings PKCS1Encoding",
        1,
        New,
        Custom(bc_pkcs1),
    ),
    rule(
        "java.bc.encoding",
        "org bouncycastle crypto encodings OAEPEncoding",
        1,
        New,
        Custom(bc_oaep),
    ),
    rule(
        "java.bc.keygen",
        "org bouncycastle crypto generators RSAKeyPairGenerator",
        1,
        New,
        Alg("RSA"),
    ),
    rule(
        "java.bc.keygen",
        "org bouncycastle crypto generators ECKeyPairGenerator",
        1,
        New,
        Alg("EC"),
    ),
    rule(
        "java.bc.keygen",
        "org bouncycastle crypto generators DSAKeyPairGenerator",
        1,
        New,
        Alg("DSA"),
    ),
    rule(
        "java.bc.keygen",
        "org bouncycastle crypto generators Ed25519KeyPairGenerator",
        1,
        New,
        Alg("Ed25519"),
    ),
    rule(
        "java.bc.keygen",
        "org bouncycastle crypto generators X25519KeyPairGenerator",
        1,
        New,
        Alg("X25519"),
    ),
    rule(
        "java.bc.keygen",
        "org bouncycastle pqc crypto mlkem MLKEMKeyPairGenerator",
        1,
        New,
        Alg("ML-KEM"),
    ),
    rule(
        "java.bc.keygen",
        "org bouncycastle pqc crypto mldsa MLDSAKeyPairGenerator",
        1,
        New,
        Alg("ML-DSA"),
    ),
    rule(
        "java.bc.kdf",
        "org bouncycastle crypto generators PKCS5S2ParametersGenerator",
        1,
        New,
        Custom(bc_pbkdf2),
    ),
    rule(
        "java.bc.kdf",
        "org bouncycastle crypto generators HKDFBytesGenerator",
        1,
        New,
        Alg("HKDF"),
    ),
    rule(
        "java.bc.kdf",
        "org bouncycastle crypto generators SCrypt generate",
        2,
        Call,
        Alg("scrypt"),
    ),
    rule(
        "java.bc.kdf",
        "org bouncycastle crypto generators BCrypt generate",
        2,
        Call,
        Alg("bcrypt"),
    ),
    rule(
        "java.bc.kdf",
        "org bouncycastle crypto generators Argon2BytesGenerator",
        1,
        New,
        Alg("Argon2"),
    ),
    rule(
        "java.bc.signer",
        "org bouncycastle crypto signers ECDSASigner",
        1,
        New,
        Alg("ECDSA"),
    ),
    rule(
        "java.bc.signer",
        "org bouncycastle crypto signers Ed25519Signer",
        1,
        New,
        Alg("Ed25519"),
    ),
    rule(
        "java.bc.signer",
        "org bouncycastle crypto signers Ed448Signer",
        1,
        New,
        Alg("Ed448"),
    ),
    rule(
        "java.bc.signer",
        "org bouncycastle crypto signers DSASigner",
        1,
        New,
        Alg("DSA"),
    ),
    rule(
        "java.bc.signer",
        "org bouncycastle crypto signers RSADigestSigner",
        1,
        New,
        Custom(bc_rsa_digest_signer),
    ),
    rule(
        "java.bc.agreement",
        "org bouncycastle crypto agreement X25519Agreement",
        1,
        New,
        Alg("X25519"),
    ),
    rule(
        "java.bc.agreement",
        "org bouncycastle crypto agreement ECDHBasicAgreement",
        1,
        New,
        Alg("ECDH"),
    ),
    rule(
        "java.bc.agreement",
        "org bouncycastle crypto agreement DHBasicAgreement",
        1,
        New,
        Alg("DH"),
    ),
];

fn weak(kind: WeaknessKind, msg: &str) -> Weakness {
    Weakness::new(kind, msg)
}

pub fn pkcs1_encryption() -> Weakness {
    weak(
        WeaknessKind::Pkcs1v15Encryption,
        "RSA PKCS#1 v1.5 encryption is open to padding-oracle attacks; use OAEP, or ML-KEM",
    )
}

/// `Cipher.getInstance("ALG/MODE/PADDING")`. A bare algorithm gets the provider's default
/// transformation: `AES` is `AES/ECB/PKCS5Padding`, `RSA` is `RSA/ECB/PKCS1Padding`.
fn cipher(ctx: &mut Ctx<'_>, m: &Match) {
    let Some(spec) = ctx.arg(m, Sel::Pos(0)).and_then(|r| ctx.eval_str(r)) else {
        return;
    };
    let parts: Vec<&str> = spec.split('/').collect();
    let base = parts[0];
    let mode = parts.get(1).map(|s| s.to_ascii_uppercase());
    let padding = parts
        .get(2)
        .map(|s| s.to_ascii_uppercase())
        .unwrap_or_default();
    let rsa = base.eq_ignore_ascii_case("RSA");
    let mut extra = Vec::new();
    if rsa && (parts.len() == 1 || padding.starts_with("PKCS1")) {
        extra.push(pkcs1_encryption());
    }
    let alg = if parts.len() == 1 && default_ecb(base) {
        ctx.algorithm(base, None)
            .and_then(|a| with_mode(&a, "ECB"))
            .or_else(|| ctx.algorithm(base, None))
    } else {
        ctx.algorithm(&spec, None).or_else(|| {
            let a = ctx.algorithm(base, None)?;
            match mode.as_deref() {
                Some(md) if !rsa && md != "NONE" => with_mode(&a, md).or(Some(a)),
                _ => Some(a),
            }
        })
    };
    if let Some(alg) = alg {
        let idx = ctx.emit(m, alg, &extra);
        if let Some(p) = parts.get(2) {
            ctx.findings[idx].padding = Some((*p).to_string());
        }
    }
}

/// Block ciphers whose JCA default transformation is ECB.
fn default_ecb(base: &str) -> bool {
    [
        "AES",
        "DES",
        "DESede",
        "TripleDES",
        "Blowfish",
        "RC2",
        "ARIA",
        "Camellia",
        "SM4",
        "SEED",
    ]
    .iter()
    .any(|b| b.eq_ignore_ascii_case(base))
}

fn ssl_context(ctx: &mut Ctx<'_>, m: &Match) {
    let Some(p) = ctx.arg(m, Sel::Pos(0)).and_then(|r| ctx.eval_str(r)) else {
        return;
    };
    if let Some((name, version)) = jsse_protocol(&p) {
        ctx.emit_protocol(m.rule, m.tok, &m.symbol.clone(), name, version);
    }
}

/// JSSE protocol names; the generic `TLS` and `SSL` name no version.
pub fn jsse_protocol(p: &str) -> Option<(&'static str, &'static str)> {
    Some(match p {
        "SSLv3" => ("SSL", "3.0"),
        "SSLv2" | "SSLv2Hello" => ("SSL", "2.0"),
        "TLSv1" | "TLSv1.0" => ("TLS", "1.0"),
        "TLSv1.1" => ("TLS", "1.1"),
        "TLSv1.2" => ("TLS", "1.2"),
        "TLSv1.3" => ("TLS", "1.3"),
        "DTLSv1.0" => ("DTLS", "1.0"),
        "DTLSv1.2" => ("DTLS", "1.2"),
        _ => return None,
    })
}

fn secret_key_spec(ctx: &mut Ctx<'_>, m: &Match) {
    let alg = ctx
        .arg(m, Sel::Pos(1))
        .and_then(|r| ctx.eval_str(r))
        .or_else(|| ctx.arg(m, Sel::Pos(3)).and_then(|r| ctx.eval_str(r)))
        .and_then(|n| ctx.algorithm(&n, None));
    let key = ctx.arg(m, Sel::Pos(0));
    ctx.material(m, key, MaterialKind::SecretKey, alg.as_ref());
}

fn iv_spec(ctx: &mut Ctx<'_>, m: &Match) {
    let iv = ctx.arg(m, Sel::Pos(0));
    ctx.material(m, iv, MaterialKind::InitializationVector, None);
}

fn gcm_spec(ctx: &mut Ctx<'_>, m: &Match) {
    let iv = ctx.arg(m, Sel::Pos(1));
    ctx.material(m, iv, MaterialKind::InitializationVector, None);
}

/// Iteration counts below this get a weakness (OWASP's PBKDF2-HMAC-SHA256 figure is 600 000;
/// 100 000 is the floor no current guidance goes under).
pub const MIN_ITERATIONS: i64 = 100_000;

pub fn low_iterations(n: i64) -> Weakness {
    weak(
        WeaknessKind::LowIterationCount,
        &format!("{n} iterations: use at least 600000 for PBKDF2-HMAC-SHA256, or Argon2id"),
    )
}

/// The last PBKDF finding of the file, which a key spec's iteration count belongs to.
fn last_kdf(ctx: &Ctx<'_>) -> Option<usize> {
    ctx.findings.iter().rposition(|f| {
        f.algorithm.as_ref().is_some_and(|a| {
            matches!(
                a.family,
                mamori_model::Family::Pbkdf2 | mamori_model::Family::Pbkdf1
            ) || a.name.starts_with("PBE")
        })
    })
}

fn pbe_key_spec(ctx: &mut Ctx<'_>, m: &Match) {
    let pw = ctx.arg(m, Sel::Pos(0));
    ctx.material(m, pw, MaterialKind::Password, None);
    let salt = ctx.arg(m, Sel::Pos(1));
    ctx.material(m, salt, MaterialKind::Salt, None);
    if let Some(n) = ctx.arg(m, Sel::Pos(2)).and_then(|r| ctx.eval_int(r)) {
        if n < MIN_ITERATIONS {
            if let Some(k) = last_kdf(ctx) {
                ctx.weaken(k, low_iterations(n));
            }
        }
    }
}

fn pbe_parameter_spec(ctx: &mut Ctx<'_>, m: &Match) {
    let salt = ctx.arg(m, Sel::Pos(0));
    ctx.material(m, salt, MaterialKind::Salt, None);
    if let Some(n) = ctx.arg(m, Sel::Pos(1)).and_then(|r| ctx.eval_int(r)) {
        if n < MIN_ITERATIONS {
            if let Some(k) = last_kdf(ctx) {
                ctx.weaken(k, low_iterations(n));
            }
        }
    }
}

/// A curve named outside a key-pair generator: an EC key on that curve.
fn ec_gen_spec(ctx: &mut Ctx<'_>, m: &Match) {
    let Some(name) = ctx.arg(m, Sel::Pos(0)).and_then(|r| ctx.eval_str(r)) else {
        return;
    };
    if let Some(alg) = curve_algorithm(&name) {
        ctx.emit(m, alg, &[]);
    }
}

pub fn curve_algorithm(name: &str) -> Option<mamori_model::Algorithm> {
    if let Some(c) = catalogue::curve(name) {
        return Some(catalogue::ec_key(c));
    }
    catalogue::api_name(name).map(|e| e.resolve(None))
}

/// `kpg.initialize(2048)`, `kpg.initialize(new ECGenParameterSpec("secp384r1"))`,
/// `kg.init(256)`: the size or curve of the generator's keys.
fn initialize(ctx: &mut Ctx<'_>, m: &Match) {
    let var = m.symbol.split('.').next().unwrap_or_default().to_string();
    let Some(idx) = ctx.var_finding(&var) else {
        return;
    };
    let Some(range) = ctx.arg(m, Sel::Pos(0)) else {
        return;
    };
    if let Some(size) = ctx.eval_int(range).and_then(|v| u32::try_from(v).ok()) {
        ctx.resize(idx, size);
        return;
    }
    // `new ECGenParameterSpec("…")`, `new RSAKeyGenParameterSpec(1024, F4)`.
    let (a, b) = range;
    let mut j = a;
    while j < b {
        if ctx.t.kind(j) == Some(Kind::Ident) {
            let w = ctx.t.text(j);
            if (w == "ECGenParameterSpec" || w == "NamedParameterSpec")
                && ctx.t.is_punct(j + 1, b'(')
            {
                let (args, _, _) = ctx.split_args(j + 1);
                if let Some(name) = args.first().and_then(|&r| ctx.eval_str(r)) {
                    if let Some(alg) = curve_algorithm(&name) {
                        ctx.findings[idx].algorithm = Some(alg);
                    }
                }
                ctx.consume(range);
                return;
            }
            if w == "RSAKeyGenParameterSpec" && ctx.t.is_punct(j + 1, b'(') {
                let (args, _, _) = ctx.split_args(j + 1);
                if let Some(size) = args
                    .first()
                    .and_then(|&r| ctx.eval_int(r))
                    .and_then(|v| u32::try_from(v).ok())
                {
                    ctx.resize(idx, size);
                }
                ctx.consume(range);
                return;
            }
        }
        j += 1;
    }
}

fn bc_sha3(ctx: &mut Ctx<'_>, m: &Match) {
    let bits = ctx
        .arg(m, Sel::Pos(0))
        .and_then(|r| ctx.eval_int(r))
        .unwrap_or(256);
    if let Some(alg) = ctx.algorithm(&format!("SHA3-{bits}"), None) {
        ctx.emit(m, alg, &[]);
    }
}

/// `new HMac(new SHA256Digest())` → HMAC-SHA256.
fn bc_hmac(ctx: &mut Ctx<'_>, m: &Match) {
    let inner = ctx
        .arg(m, Sel::Pos(0))
        .map(|r| ctx.sub_algorithms(r))
        .unwrap_or_default();
    if let Some(alg) = inner.first().and_then(|h| hmac_of(ctx, h)) {
        ctx.emit(m, alg, &[]);
    }
}

/// HMAC over a hash: `SHA-256` → `HMAC-SHA256`.
pub fn hmac_of(ctx: &Ctx<'_>, hash: &mamori_model::Algorithm) -> Option<mamori_model::Algorithm> {
    let h = hash.name.replace("SHA-", "SHA");
    ctx.algorithm(&format!("HMAC-{h}"), None)
        .or_else(|| ctx.algorithm(&format!("HMAC-{}", hash.name), None))
}

fn bc_mode(ctx: &mut Ctx<'_>, m: &Match, mode: &str) {
    let inner = ctx
        .arg(m, Sel::Pos(0))
        .map(|r| ctx.sub_algorithms(r))
        .unwrap_or_default();
    if let Some(base) = inner.first() {
        let alg = with_mode(base, mode).unwrap_or_else(|| base.clone());
        ctx.emit(m, alg, &[]);
    }
}

fn bc_mode_cbc(ctx: &mut Ctx<'_>, m: &Match) {
    bc_mode(ctx, m, "CBC")
}
fn bc_mode_gcm(ctx: &mut Ctx<'_>, m: &Match) {
    bc_mode(ctx, m, "GCM")
}
fn bc_mode_ccm(ctx: &mut Ctx<'_>, m: &Match) {
    bc_mode(ctx, m, "CCM")
}
fn bc_mode_ctr(ctx: &mut Ctx<'_>, m: &Match) {
    bc_mode(ctx, m, "CTR")
}
fn bc_mode_cfb(ctx: &mut Ctx<'_>, m: &Match) {
    bc_mode(ctx, m, "CFB")
}
fn bc_mode_ofb(ctx: &mut Ctx<'_>, m: &Match) {
    bc_mode(ctx, m, "OFB")
}

/// A padding wrapper reports what it wraps, once, at its own position. A bare block cipher
/// without a mode wrapper is used in ECB.
fn bc_passthrough(ctx: &mut Ctx<'_>, m: &Match) {
    let inner = ctx
        .arg(m, Sel::Pos(0))
        .map(|r| ctx.sub_algorithms(r))
        .unwrap_or_default();
    if let Some(base) = inner.first() {
        let alg = if mode_less_block_cipher(base) {
            with_mode(base, "ECB").unwrap_or_else(|| base.clone())
        } else {
            base.clone()
        };
        ctx.emit(m, alg, &[]);
    }
}

fn mode_less_block_cipher(a: &mamori_model::Algorithm) -> bool {
    a.primitive == mamori_model::Primitive::BlockCipher && super::engine::mode_of(&a.name).is_none()
}

fn bc_pkcs1(ctx: &mut Ctx<'_>, m: &Match) {
    let _ = ctx.arg(m, Sel::Pos(0)).map(|r| ctx.sub_algorithms(r));
    if let Some(alg) = ctx.algorithm("RSA", None) {
        ctx.emit(m, alg, &[pkcs1_encryption()]);
    }
}

fn bc_oaep(ctx: &mut Ctx<'_>, m: &Match) {
    let _ = ctx.arg(m, Sel::Pos(0)).map(|r| ctx.sub_algorithms(r));
    if let Some(alg) = ctx.algorithm("RSAES-OAEP", None) {
        ctx.emit(m, alg, &[]);
    }
}

fn bc_pbkdf2(ctx: &mut Ctx<'_>, m: &Match) {
    let inner = ctx
        .arg(m, Sel::Pos(0))
        .map(|r| ctx.sub_algorithms(r))
        .unwrap_or_default();
    let mut extra = Vec::new();
    if inner.first().is_none_or(weak_password_hash) {
        // PKCS5S2ParametersGenerator() defaults to SHA-1.
        extra.push(weak_hash_password());
    }
    if let Some(alg) = ctx.algorithm("PBKDF2", None) {
        ctx.emit(m, alg, &extra);
    }
}

fn bc_rsa_digest_signer(ctx: &mut Ctx<'_>, m: &Match) {
    let inner = ctx
        .arg(m, Sel::Pos(0))
        .map(|r| ctx.sub_algorithms(r))
        .unwrap_or_default();
    let name = inner
        .first()
        .map(|h| format!("{}withRSA", h.name.replace('-', "")))
        .unwrap_or_else(|| "RSA".into());
    if let Some(alg) = ctx
        .algorithm(&name, None)
        .or_else(|| ctx.algorithm("RSA", None))
    {
        ctx.emit(m, alg, &[]);
    }
}

pub fn weak_password_hash(h: &mamori_model::Algorithm) -> bool {
    matches!(
        h.family,
        mamori_model::Family::Md5
            | mamori_model::Family::Sha1
            | mamori_model::Family::Md4
            | mamori_model::Family::Md2
    )
}

pub fn weak_hash_password() -> Weakness {
    weak(
        WeaknessKind::WeakHashPassword,
        "password hashing over MD5/SHA-1: use PBKDF2-HMAC-SHA256 with a high count, or Argon2id",
    )
}

/// `SecretKeyFactory.getInstance("PBKDF2WithHmacSHA1")`: the PRF's hash decides how cheap a
/// guess is.
fn secret_key_factory(ctx: &mut Ctx<'_>, m: &Match) {
    let Some(name) = ctx.arg(m, Sel::Pos(0)).and_then(|r| ctx.eval_str(r)) else {
        return;
    };
    let Some(alg) = ctx.algorithm(&name, None) else {
        return;
    };
    let upper = name.to_ascii_uppercase();
    let weak_prf = upper.starts_with("PBE")
        || upper.starts_with("PBKDF")
            && (upper.ends_with("SHA1") || upper.contains("MD5") || upper.contains("SHA1AND"));
    let weak_prf =
        weak_prf && (upper.contains("SHA1") || upper.contains("MD5") || upper.contains("MD2"));
    let extra: Vec<Weakness> = if weak_prf {
        vec![weak_hash_password()]
    } else {
        Vec::new()
    };
    ctx.emit(m, alg, &extra);
}

/// `socket.setEnabledProtocols(new String[] {"TLSv1.2"})`, `params.setProtocols(…)`, Kotlin
/// `s.enabledProtocols = arrayOf("TLSv1")`: every JSSE protocol name given. The receiver's type
/// is unknown, so only arguments that are all protocol names count.
fn enabled_protocols(ctx: &mut Ctx<'_>, m: &Match) {
    let range = if m.args.is_empty() {
        ctx.rhs(m.tok + 2)
    } else {
        (m.args[0].0, m.args.last().map_or(m.args[0].1, |r| r.1))
    };
    let (a, b) = range;
    let mut names = Vec::new();
    for j in a..b {
        match ctx.t.kind(j) {
            Some(Kind::Str) => names.push(ctx.t.string(j)),
            Some(Kind::Ident) => {
                // A constant naming a protocol.
                if let Some(v) = ctx
                    .const_range(ctx.t.text(j))
                    .and_then(|r| ctx.eval_str(r))
                    .filter(|v| jsse_protocol(v).is_some())
                {
                    names.push(v);
                }
            }
            _ => {}
        }
    }
    if names.is_empty() || names.iter().any(|n| jsse_protocol(n).is_none()) {
        return;
    }
    emit_protocols(ctx, m, names.iter().map(String::as_str));
}

fn emit_protocols<'n>(ctx: &mut Ctx<'_>, m: &Match, names: impl Iterator<Item = &'n str>) {
    let mut seen = Vec::new();
    for n in names {
        if let Some((name, version)) = jsse_protocol(n.trim()) {
            if !seen.contains(&(name, version)) {
                seen.push((name, version));
                let symbol = m.symbol.clone();
                ctx.emit_protocol(m.rule, m.tok, &symbol, name, version);
            }
        }
    }
}

/// `System.setProperty("https.protocols", "TLSv1,TLSv1.1")` and `jdk.tls.client.protocols`.
fn protocol_property(ctx: &mut Ctx<'_>, m: &Match) {
    let key = ctx.arg(m, Sel::Pos(0)).and_then(|r| ctx.eval_str(r));
    if !matches!(
        key.as_deref(),
        Some("https.protocols" | "jdk.tls.client.protocols" | "jdk.tls.server.protocols")
    ) {
        return;
    }
    if let Some(value) = ctx.arg(m, Sel::Pos(1)).and_then(|r| ctx.eval_str(r)) {
        emit_protocols(ctx, m, value.split(','));
    }
}

/// Record a password-based KDF finding (`PBKDF2`, `scrypt`…) with the weaknesses its hash and
/// iteration count show; returns the algorithm so material can be linked to it.
pub fn kdf_emit(
    ctx: &mut Ctx<'_>,
    m: &Match,
    name: &str,
    weak_hash: bool,
    iterations: Option<i64>,
) -> Option<mamori_model::Algorithm> {
    let mut extra = Vec::new();
    if weak_hash {
        extra.push(weak_hash_password());
    }
    if let Some(n) = iterations.filter(|&n| n < MIN_ITERATIONS) {
        extra.push(low_iterations(n));
    }
    let alg = ctx.algorithm(name, None)?;
    ctx.emit(m, alg.clone(), &extra);
    Some(alg)
}
