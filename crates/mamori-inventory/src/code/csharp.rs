//! C#: `System.Security.Cryptography`, the TLS settings of `System.Net`, and a few Bouncy Castle
//! .NET classes.
//!
//! .NET classes are matched by `Class.Member` (or the fully qualified name, or a `using` alias),
//! and never when the file declares a type of the same name. A cipher object created by
//! `Aes.Create()` or `new AesManaged()` is tracked: `aes.Mode = CipherMode.ECB`,
//! `aes.KeySize = 128`, `aes.Key = …` and `aes.CreateEncryptor(key, iv)` refine that one finding
//! (AES → AES-128-ECB) and report hard-coded material, as do the same settings in an object
//! initializer. A mode set on an object the file does not create (a parameter, a field set
//! elsewhere) refines the last symmetric cipher of the file, as a PBE spec refines the last key
//! factory in Java.

use mamori_model::{Algorithm, Family, MaterialKind, Primitive, Weakness, WeaknessKind, catalogue};

use super::engine::{
    Act, Action, Ctx, Form, LanguageRules, Match, Rule, Sel, auto_weaknesses, mode_of, rule,
    with_mode,
};
use super::imports;
use super::java;
use super::lexer::Kind;

use Act::{Alg, ArgApi, Custom, Proto};
use Form::{Any, Call, New, Ref};

pub static RULES: LanguageRules = LanguageRules::new(RULE_TABLE, METHODS, imports::csharp);

/// Calls on a tracked cipher, key or hash object.
const METHODS: &[(&str, Action)] = &[
    ("CreateEncryptor", create_transform),
    ("CreateDecryptor", create_transform),
    ("EncryptEcb", one_shot),
    ("DecryptEcb", one_shot),
    ("EncryptCbc", one_shot),
    ("DecryptCbc", one_shot),
    ("EncryptCfb", one_shot),
    ("DecryptCfb", one_shot),
    ("Encrypt", encrypt_call),
    ("Decrypt", encrypt_call),
    ("SignData", sign_call),
    ("SignHash", sign_call),
    ("VerifyData", sign_call),
    ("VerifyHash", sign_call),
    ("GenerateKey", generate_key),
];

/// First segment of the pseudo-import a tracked variable resolves to, so that its properties
/// (`aes.Mode`, `aes.KeySize`) match the `$cs …` rules. No identifier starts with `$`… in C#.
const TRACKED: &str = "$cs";

/// What a .NET class is.
#[derive(Debug, Clone, Copy)]
enum Spec {
    Hash(&'static str),
    /// An HMAC: the key is the first constructor argument.
    Hmac(&'static str),
    /// A `SymmetricAlgorithm`: tracked, configured through properties.
    Sym(&'static str),
    /// An AEAD class: the key is the first constructor argument.
    Aead(&'static str),
    /// RSA or DSA; the key size is the first argument when it is a number.
    Sized(&'static str),
    /// An EC key (`EC`) or agreement (`ECDH`) on the curve given as first argument.
    Ec(&'static str),
    Pbkdf2,
}

/// Builds the rule table: explicit rules, then for each class a `Create` rule, a `new` rule and
/// the static one-shot hashing rules; `CLASSES` maps a class to what it is.
macro_rules! csharp_rules {
    (
        rules { $( $r:expr ),* $(,)? }
        create { $( ($cname:literal, $cspec:expr) ),* $(,)? }
        new { $( ($nname:literal, $nspec:expr) ),* $(,)? }
        hash_data [ $( $hname:literal ),* $(,)? ]
    ) => {
        const CLASSES: &[(&str, Spec)] = &[ $( ($cname, $cspec), )* $( ($nname, $nspec), )* ];
        const RULE_TABLE: &[Rule] = &[
            $( $r, )*
            $( rule("csharp.bcl.create", concat!("System Security Cryptography ", $cname, " Create"), 2, Call, Custom(create)), )*
            $( rule("csharp.bcl.new", concat!("System Security Cryptography ", $nname), 1, Any, Custom(new_object)), )*
            $(
                rule("csharp.bcl.hash-data", concat!("System Security Cryptography ", $hname, " HashData"), 2, Call, Custom(hash_data)),
                rule("csharp.bcl.hash-data", concat!("System Security Cryptography ", $hname, " HashDataAsync"), 2, Call, Custom(hash_data)),
                rule("csharp.bcl.hash-data", concat!("System Security Cryptography ", $hname, " TryHashData"), 2, Call, Custom(hash_data)),
            )*
        ];
    };
}

use Spec::{Aead, Ec, Hash, Hmac, Pbkdf2, Sized, Sym};

csharp_rules! {
    rules {
        // ---- factories by name --------------------------------------------------------------
        rule("csharp.bcl.factory", "System Security Cryptography HashAlgorithm Create", 2, Call, ArgApi(Sel::Pos(0), None)),
        rule("csharp.bcl.factory", "System Security Cryptography SymmetricAlgorithm Create", 2, Call, ArgApi(Sel::Pos(0), None)),
        rule("csharp.bcl.factory", "System Security Cryptography AsymmetricAlgorithm Create", 2, Call, ArgApi(Sel::Pos(0), None)),
        rule("csharp.bcl.factory", "System Security Cryptography KeyedHashAlgorithm Create", 2, Call, ArgApi(Sel::Pos(0), None)),
        rule("csharp.bcl.factory", "System Security Cryptography HMAC Create", 2, Call, ArgApi(Sel::Pos(0), None)),
        rule("csharp.bcl.factory", "System Security Cryptography CryptoConfig CreateFromName", 2, Call, ArgApi(Sel::Pos(0), None)),
        rule("csharp.bcl.kdf", "System Security Cryptography Rfc2898DeriveBytes Pbkdf2", 2, Call, Custom(pbkdf2_static)),
        rule("csharp.bcl.hash", "System Security Cryptography IncrementalHash CreateHash", 2, Call, Custom(incremental_hash)),
        rule("csharp.bcl.hash", "System Security Cryptography IncrementalHash CreateHMAC", 2, Call, Custom(incremental_hash)),
        // ---- RSA padding ----------------------------------------------------------------------
        rule("csharp.bcl.rsa-padding", "System Security Cryptography RSAEncryptionPadding Pkcs1", 2, Ref, Custom(rsa_pkcs1)),
        rule("csharp.bcl.rsa-padding", "System Security Cryptography RSAEncryptionPadding OaepSHA1", 2, Ref, Alg("RSAES-OAEP")),
        rule("csharp.bcl.rsa-padding", "System Security Cryptography RSAEncryptionPadding OaepSHA256", 2, Ref, Alg("RSAES-OAEP")),
        rule("csharp.bcl.rsa-padding", "System Security Cryptography RSAEncryptionPadding OaepSHA384", 2, Ref, Alg("RSAES-OAEP")),
        rule("csharp.bcl.rsa-padding", "System Security Cryptography RSAEncryptionPadding OaepSHA512", 2, Ref, Alg("RSAES-OAEP")),
        rule("csharp.bcl.rsa-padding", "System Security Cryptography RSAEncryptionPadding OaepSHA3_256", 2, Ref, Alg("RSAES-OAEP")),
        rule("csharp.bcl.rsa-padding", "System Security Cryptography RSAEncryptionPadding OaepSHA3_384", 2, Ref, Alg("RSAES-OAEP")),
        rule("csharp.bcl.rsa-padding", "System Security Cryptography RSAEncryptionPadding OaepSHA3_512", 2, Ref, Alg("RSAES-OAEP")),
        rule("csharp.bcl.rsa-padding", "System Security Cryptography RSAEncryptionPadding CreateOaep", 2, Call, Custom(rsa_oaep)),
        rule("csharp.bcl.rsa-signature", "System Security Cryptography RSASignaturePadding Pkcs1", 2, Ref, Custom(rsa_signature)),
        rule("csharp.bcl.rsa-signature", "System Security Cryptography RSASignaturePadding Pss", 2, Ref, Custom(rsa_signature)),
        // ---- cipher modes and curves ----------------------------------------------------------
        rule("csharp.bcl.cipher-mode", "System Security Cryptography CipherMode ECB", 2, Ref, Custom(cipher_mode)),
        rule("csharp.bcl.cipher-mode", "System Security Cryptography CipherMode CBC", 2, Ref, Custom(cipher_mode)),
        rule("csharp.bcl.cipher-mode", "System Security Cryptography CipherMode CFB", 2, Ref, Custom(cipher_mode)),
        rule("csharp.bcl.cipher-mode", "System Security Cryptography CipherMode OFB", 2, Ref, Custom(cipher_mode)),
        rule("csharp.bcl.curve", "System Security Cryptography ECCurve NamedCurves nistP256", 3, Ref, Custom(named_curve)),
        rule("csharp.bcl.curve", "System Security Cryptography ECCurve NamedCurves nistP384", 3, Ref, Custom(named_curve)),
        rule("csharp.bcl.curve", "System Security Cryptography ECCurve NamedCurves nistP521", 3, Ref, Custom(named_curve)),
        rule("csharp.bcl.curve", "System Security Cryptography ECCurve NamedCurves brainpoolP256r1", 3, Ref, Custom(named_curve)),
        rule("csharp.bcl.curve", "System Security Cryptography ECCurve NamedCurves brainpoolP384r1", 3, Ref, Custom(named_curve)),
        rule("csharp.bcl.curve", "System Security Cryptography ECCurve NamedCurves brainpoolP512r1", 3, Ref, Custom(named_curve)),
        // ---- properties of a tracked object ---------------------------------------------------
        rule("csharp.bcl.property", "$cs Mode", 0, Ref, Custom(mode_property)),
        rule("csharp.bcl.property", "$cs KeySize", 0, Ref, Custom(key_size_property)),
        rule("csharp.bcl.property", "$cs Key", 0, Ref, Custom(key_property)),
        rule("csharp.bcl.property", "$cs IV", 0, Ref, Custom(key_property)),
        // ---- post-quantum (.NET 10) -----------------------------------------------------------
        rule("csharp.bcl.pqc", "System Security Cryptography MLKemAlgorithm MLKem512", 2, Ref, Alg("ML-KEM-512")),
        rule("csharp.bcl.pqc", "System Security Cryptography MLKemAlgorithm MLKem768", 2, Ref, Alg("ML-KEM-768")),
        rule("csharp.bcl.pqc", "System Security Cryptography MLKemAlgorithm MLKem1024", 2, Ref, Alg("ML-KEM-1024")),
        rule("csharp.bcl.pqc", "System Security Cryptography MLDsaAlgorithm MLDsa44", 2, Ref, Alg("ML-DSA-44")),
        rule("csharp.bcl.pqc", "System Security Cryptography MLDsaAlgorithm MLDsa65", 2, Ref, Alg("ML-DSA-65")),
        rule("csharp.bcl.pqc", "System Security Cryptography MLDsaAlgorithm MLDsa87", 2, Ref, Alg("ML-DSA-87")),
        rule("csharp.bcl.pqc", "System Security Cryptography SlhDsaAlgorithm SlhDsaSha2_128s", 2, Ref, Alg("SLH-DSA-SHA2-128s")),
        rule("csharp.bcl.pqc", "System Security Cryptography SlhDsaAlgorithm SlhDsaSha2_128f", 2, Ref, Alg("SLH-DSA-SHA2-128f")),
        rule("csharp.bcl.pqc", "System Security Cryptography SlhDsaAlgorithm SlhDsaSha2_192s", 2, Ref, Alg("SLH-DSA-SHA2-192s")),
        rule("csharp.bcl.pqc", "System Security Cryptography SlhDsaAlgorithm SlhDsaSha2_256s", 2, Ref, Alg("SLH-DSA-SHA2-256s")),
        // ---- TLS ------------------------------------------------------------------------------
        rule("csharp.tls.ssl-protocols", "System Security Authentication SslProtocols Ssl2", 2, Ref, Proto("SSL", "2.0")),
        rule("csharp.tls.ssl-protocols", "System Security Authentication SslProtocols Ssl3", 2, Ref, Proto("SSL", "3.0")),
        rule("csharp.tls.ssl-protocols", "System Security Authentication SslProtocols Tls", 2, Ref, Proto("TLS", "1.0")),
        rule("csharp.tls.ssl-protocols", "System Security Authentication SslProtocols Tls11", 2, Ref, Proto("TLS", "1.1")),
        rule("csharp.tls.ssl-protocols", "System Security Authentication SslProtocols Tls12", 2, Ref, Proto("TLS", "1.2")),
        rule("csharp.tls.ssl-protocols", "System Security Authentication SslProtocols Tls13", 2, Ref, Proto("TLS", "1.3")),
        rule("csharp.tls.security-protocol", "System Net SecurityProtocolType Ssl3", 2, Ref, Proto("SSL", "3.0")),
        rule("csharp.tls.security-protocol", "System Net SecurityProtocolType Tls", 2, Ref, Proto("TLS", "1.0")),
        rule("csharp.tls.security-protocol", "System Net SecurityProtocolType Tls11", 2, Ref, Proto("TLS", "1.1")),
        rule("csharp.tls.security-protocol", "System Net SecurityProtocolType Tls12", 2, Ref, Proto("TLS", "1.2")),
        rule("csharp.tls.security-protocol", "System Net SecurityProtocolType Tls13", 2, Ref, Proto("TLS", "1.3")),
        // ---- Bouncy Castle .NET ---------------------------------------------------------------
        rule("csharp.bc.engine", "Org BouncyCastle Crypto Engines AesEngine", 1, New, Alg("AES")),
        rule("csharp.bc.engine", "Org BouncyCastle Crypto Engines AesLightEngine", 1, New, Alg("AES")),
        rule("csharp.bc.engine", "Org BouncyCastle Crypto Engines DesEngine", 1, New, Alg("DES")),
        rule("csharp.bc.engine", "Org BouncyCastle Crypto Engines DesEdeEngine", 1, New, Alg("3DES")),
        rule("csharp.bc.engine", "Org BouncyCastle Crypto Engines RC4Engine", 1, New, Alg("RC4")),
        rule("csharp.bc.engine", "Org BouncyCastle Crypto Engines BlowfishEngine", 1, New, Alg("Blowfish")),
        rule("csharp.bc.engine", "Org BouncyCastle Crypto Engines RsaEngine", 1, New, Alg("RSA")),
        rule("csharp.bc.digest", "Org BouncyCastle Crypto Digests MD5Digest", 1, New, Alg("MD5")),
        rule("csharp.bc.digest", "Org BouncyCastle Crypto Digests Sha1Digest", 1, New, Alg("SHA-1")),
        rule("csharp.bc.digest", "Org BouncyCastle Crypto Digests Sha256Digest", 1, New, Alg("SHA-256")),
        rule("csharp.bc.digest", "Org BouncyCastle Crypto Digests Sha384Digest", 1, New, Alg("SHA-384")),
        rule("csharp.bc.digest", "Org BouncyCastle Crypto Digests Sha512Digest", 1, New, Alg("SHA-512")),
        rule("csharp.bc.mac", "Org BouncyCastle Crypto Macs HMac", 1, New, Custom(bc_hmac)),
        rule("csharp.bc.mode", "Org BouncyCastle Crypto Modes CbcBlockCipher", 1, New, Custom(bc_mode)),
        rule("csharp.bc.mode", "Org BouncyCastle Crypto Modes GcmBlockCipher", 1, New, Custom(bc_mode)),
        rule("csharp.bc.mode", "Org BouncyCastle Crypto Modes SicBlockCipher", 1, New, Custom(bc_mode)),
        rule("csharp.bc.mode", "Org BouncyCastle Crypto Modes EcbBlockCipher", 1, New, Custom(bc_mode)),
        rule("csharp.bc.padding", "Org BouncyCastle Crypto Paddings PaddedBufferedBlockCipher", 1, New, Custom(bc_mode)),
        rule("csharp.bc.encoding", "Org BouncyCastle Crypto Encodings Pkcs1Encoding", 1, New, Custom(bc_rsa_encoding)),
        rule("csharp.bc.encoding", "Org BouncyCastle Crypto Encodings OaepEncoding", 1, New, Custom(bc_rsa_encoding)),
        rule("csharp.bc.kdf", "Org BouncyCastle Crypto Generators Pkcs5S2ParametersGenerator", 1, New, Custom(bc_pbkdf2)),
        rule("csharp.bc.utilities", "Org BouncyCastle Security CipherUtilities GetCipher", 2, Call, Custom(bc_get_cipher)),
        rule("csharp.bc.utilities", "Org BouncyCastle Security DigestUtilities GetDigest", 2, Call, ArgApi(Sel::Pos(0), None)),
        rule("csharp.bc.utilities", "Org BouncyCastle Security SignerUtilities GetSigner", 2, Call, ArgApi(Sel::Pos(0), None)),
        rule("csharp.bc.utilities", "Org BouncyCastle Security MacUtilities GetMac", 2, Call, ArgApi(Sel::Pos(0), None)),
    }
    create {
        ("Aes", Sym("AES")),
        ("Rijndael", Sym("AES")),
        ("TripleDES", Sym("3DES")),
        ("DES", Sym("DES")),
        ("RC2", Sym("RC2")),
        ("MD5", Hash("MD5")),
        ("SHA1", Hash("SHA-1")),
        ("SHA256", Hash("SHA-256")),
        ("SHA384", Hash("SHA-384")),
        ("SHA512", Hash("SHA-512")),
        ("SHA3_256", Hash("SHA3-256")),
        ("SHA3_384", Hash("SHA3-384")),
        ("SHA3_512", Hash("SHA3-512")),
        ("RSA", Sized("RSA")),
        ("DSA", Sized("DSA")),
        ("ECDsa", Ec("EC")),
        ("ECDiffieHellman", Ec("ECDH")),
    }
    new {
        ("MD5CryptoServiceProvider", Hash("MD5")),
        ("MD5Cng", Hash("MD5")),
        ("SHA1Managed", Hash("SHA-1")),
        ("SHA1CryptoServiceProvider", Hash("SHA-1")),
        ("SHA1Cng", Hash("SHA-1")),
        ("SHA256Managed", Hash("SHA-256")),
        ("SHA256CryptoServiceProvider", Hash("SHA-256")),
        ("SHA256Cng", Hash("SHA-256")),
        ("SHA384Managed", Hash("SHA-384")),
        ("SHA384CryptoServiceProvider", Hash("SHA-384")),
        ("SHA512Managed", Hash("SHA-512")),
        ("SHA512CryptoServiceProvider", Hash("SHA-512")),
        ("RIPEMD160Managed", Hash("RIPEMD-160")),
        ("HMACMD5", Hmac("HMAC-MD5")),
        ("HMACSHA1", Hmac("HMAC-SHA1")),
        ("HMACSHA256", Hmac("HMAC-SHA256")),
        ("HMACSHA384", Hmac("HMAC-SHA384")),
        ("HMACSHA512", Hmac("HMAC-SHA512")),
        ("HMACSHA3_256", Hmac("HMAC-SHA3-256")),
        ("HMACSHA3_384", Hmac("HMAC-SHA3-384")),
        ("HMACSHA3_512", Hmac("HMAC-SHA3-512")),
        ("HMACRIPEMD160", Hmac("HMAC-RIPEMD160")),
        ("AesManaged", Sym("AES")),
        ("AesCryptoServiceProvider", Sym("AES")),
        ("AesCng", Sym("AES")),
        ("RijndaelManaged", Sym("AES")),
        ("TripleDESCryptoServiceProvider", Sym("3DES")),
        ("TripleDESCng", Sym("3DES")),
        ("DESCryptoServiceProvider", Sym("DES")),
        ("RC2CryptoServiceProvider", Sym("RC2")),
        ("AesGcm", Aead("AES-GCM")),
        ("AesCcm", Aead("AES-CCM")),
        ("ChaCha20Poly1305", Aead("ChaCha20-Poly1305")),
        ("RSACryptoServiceProvider", Sized("RSA")),
        ("RSACng", Sized("RSA")),
        ("RSAOpenSsl", Sized("RSA")),
        ("DSACryptoServiceProvider", Sized("DSA")),
        ("DSACng", Sized("DSA")),
        ("ECDsaCng", Ec("EC")),
        ("ECDsaOpenSsl", Ec("EC")),
        ("ECDiffieHellmanCng", Ec("ECDH")),
        ("ECDiffieHellmanOpenSsl", Ec("ECDH")),
        ("Rfc2898DeriveBytes", Pbkdf2),
    }
    hash_data [
        "MD5", "SHA1", "SHA256", "SHA384", "SHA512", "SHA3_256", "SHA3_384", "SHA3_512",
        "HMACMD5", "HMACSHA1", "HMACSHA256", "HMACSHA384", "HMACSHA512",
    ]
}

// ---- helpers -----------------------------------------------------------------------------------

fn ident(ctx: &Ctx<'_>, i: usize) -> bool {
    ctx.t.kind(i) == Some(Kind::Ident)
}

fn written(m: &Match) -> Vec<&str> {
    m.symbol.split('.').collect()
}

/// A copy of `m` under another rule id (method calls on tracked objects come in as `method`).
fn renamed(m: &Match, rule: &'static str) -> Match {
    Match {
        rule,
        tok: m.tok,
        first: m.first,
        end: m.end,
        symbol: m.symbol.clone(),
        args: m.args.clone(),
        kwargs: m.kwargs.clone(),
        assigned: m.assigned.clone(),
    }
}

fn class_spec(name: &str) -> Option<Spec> {
    CLASSES.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

/// True when the file declares a type named `name`: its own `Aes` or `MD5` class is not .NET's.
fn declared_locally(ctx: &Ctx<'_>, name: &str) -> bool {
    (1..ctx.t.len()).any(|j| {
        ctx.t.is_ident(j, name)
            && ident(ctx, j - 1)
            && matches!(
                ctx.t.text(j - 1),
                "class" | "struct" | "record" | "interface" | "enum"
            )
    })
}

/// The class a match names, through a `using` alias: the segment before the member (`Aes` in
/// `Aes.Create`), or the last one for a constructor; and whether the name was qualified from
/// `System` or `Org` (or came through an alias), which no class of the file shadows.
fn class_of(ctx: &Ctx<'_>, m: &Match, member: bool) -> (String, bool) {
    let w = written(m);
    let (full, aliased): (Vec<String>, bool) = match ctx.imports.get(w[0]) {
        Some(base) if base.first().map(String::as_str) != Some(TRACKED) => {
            let mut f = base.clone();
            f.extend(w[1..].iter().map(|s| s.to_string()));
            (f, true)
        }
        _ => (w.iter().map(|s| s.to_string()).collect(), false),
    };
    let k = if member && full.len() >= 2 {
        full.len() - 2
    } else {
        full.len() - 1
    };
    let qualified = aliased || matches!(w.first(), Some(&("System" | "Org" | "global")));
    (full.get(k).cloned().unwrap_or_default(), qualified)
}

/// Make `m.assigned` a tracked object whose properties resolve through `$cs`.
fn track(ctx: &mut Ctx<'_>, m: &Match) {
    if let Some(v) = &m.assigned {
        let free = ctx
            .imports
            .get(v)
            .is_none_or(|p| p.first().map(String::as_str) == Some(TRACKED));
        if free {
            ctx.imports.insert(v.clone(), vec![TRACKED.to_string()]);
        }
    }
}

fn emit_material(
    ctx: &mut Ctx<'_>,
    m: &Match,
    range: Option<(usize, usize)>,
    kind: MaterialKind,
    alg: Option<&Algorithm>,
) {
    let Some(r) = range else { return };
    let before = ctx.findings.len();
    ctx.material(m, Some(r), kind, alg);
    if ctx.findings.len() > before {
        ctx.consume(r);
    }
}

/// `HashAlgorithmName.SHA1` (or a constant holding it, or `new HashAlgorithmName("SHA1")`) in a
/// token range.
fn hash_name(ctx: &Ctx<'_>, (a, b): (usize, usize)) -> Option<Algorithm> {
    let mut range = (a, b);
    if b == a + 1 && ident(ctx, a) {
        if let Some(r) = ctx.const_range(ctx.t.text(a)) {
            range = r;
        }
    }
    let (a, b) = range;
    for j in a..b {
        if ctx.t.is_ident(j, "HashAlgorithmName") {
            if ctx.t.is_punct(j + 1, b'.') && ident(ctx, j + 2) {
                let name = ctx.t.text(j + 2).replace('_', "-");
                return ctx.algorithm(&name, None);
            }
            if ctx.t.is_punct(j + 1, b'(') && ctx.t.kind(j + 2) == Some(Kind::Str) {
                return ctx.algorithm(&ctx.t.string(j + 2), None);
            }
        }
    }
    None
}

/// The curve an argument names: `ECCurve.NamedCurves.nistP256`,
/// `ECCurve.CreateFromFriendlyName("nistP384")`, `ECCurve.CreateFromValue("1.2.840.10045.3.1.7")`.
fn curve_in(ctx: &Ctx<'_>, (a, b): (usize, usize)) -> Option<&'static catalogue::Curve> {
    for j in a..b {
        if ctx.t.is_ident(j, "NamedCurves") && ctx.t.is_punct(j + 1, b'.') && ident(ctx, j + 2) {
            return catalogue::curve(ctx.t.text(j + 2));
        }
        if ctx.t.kind(j) == Some(Kind::Str) {
            if let Some(c) = catalogue::curve(&ctx.t.string(j)) {
                return Some(c);
            }
        }
    }
    None
}

/// `ECDsaCng(256)`: the NIST curve of that size.
fn curve_of_size(size: i64) -> Option<&'static catalogue::Curve> {
    match size {
        256 => catalogue::curve("P-256"),
        384 => catalogue::curve("P-384"),
        521 => catalogue::curve("P-521"),
        _ => None,
    }
}

/// An EC key or agreement on `curve`: `EC-P-256`, `ECDH-P-384`.
fn ec_algorithm(ctx: &Ctx<'_>, kind: &str, curve: Option<&catalogue::Curve>) -> Option<Algorithm> {
    match (kind, curve) {
        ("ECDH", Some(c)) => ctx
            .algorithm(&format!("ECDH-{}", c.display_name), None)
            .or_else(|| ctx.algorithm("ECDH", None)),
        ("ECDH", None) => ctx.algorithm("ECDH", None),
        (_, Some(c)) => Some(catalogue::ec_key(c)),
        (_, None) => ctx.algorithm("ECDSA", None),
    }
}

fn size_arg(ctx: &Ctx<'_>, m: &Match) -> Option<u32> {
    ctx.arg(m, Sel::PosKw(0, "keySizeInBits"))
        .or_else(|| ctx.arg(m, Sel::Kw("dwKeySize")))
        .and_then(|r| ctx.eval_int(r))
        .and_then(|v| u32::try_from(v).ok())
}

/// Create the finding a class stands for; `None` when the arguments say nothing.
fn class_algorithm(ctx: &mut Ctx<'_>, m: &Match, spec: Spec) -> Option<Algorithm> {
    match spec {
        Spec::Hash(n) | Spec::Hmac(n) | Spec::Sym(n) | Spec::Aead(n) => ctx.algorithm(n, None),
        Spec::Sized(n) => {
            let size = size_arg(ctx, m);
            ctx.algorithm(n, size)
        }
        Spec::Ec(kind) => {
            let arg = ctx.arg(m, Sel::Pos(0));
            let curve = arg
                .and_then(|r| curve_in(ctx, r).or_else(|| ctx.eval_int(r).and_then(curve_of_size)));
            if let (Some(r), Some(_)) = (arg, curve) {
                ctx.consume(r);
            }
            ec_algorithm(ctx, kind, curve)
        }
        Spec::Pbkdf2 => ctx.algorithm("PBKDF2", None),
    }
}

// ---- classes -----------------------------------------------------------------------------------

/// `Aes.Create()`, `RSA.Create(2048)`, `ECDsa.Create(ECCurve.NamedCurves.nistP256)`.
fn create(ctx: &mut Ctx<'_>, m: &Match) {
    let (class, qualified) = class_of(ctx, m, true);
    let Some(spec) = class_spec(&class) else {
        return;
    };
    if !qualified && declared_locally(ctx, &class) {
        return;
    }
    if let Some(alg) = class_algorithm(ctx, m, spec) {
        ctx.emit(m, alg, &[]);
        track(ctx, m);
    }
}

/// `new SHA1Managed()`, `new HMACSHA256(key)`, `new AesManaged { Mode = CipherMode.ECB }`,
/// `new RSACryptoServiceProvider(1024)`, `new Rfc2898DeriveBytes(pw, salt, 1000, …)`.
fn new_object(ctx: &mut Ctx<'_>, m: &Match) {
    if !(m.first > 0 && ctx.t.is_ident(m.first - 1, "new")) {
        return;
    }
    let (class, qualified) = class_of(ctx, m, false);
    let Some(spec) = class_spec(&class) else {
        return;
    };
    if !qualified && declared_locally(ctx, &class) {
        return;
    }
    if let Spec::Pbkdf2 = spec {
        pbkdf2(ctx, m, true);
        return;
    }
    let Some(alg) = class_algorithm(ctx, m, spec) else {
        return;
    };
    let idx = ctx.emit(m, alg.clone(), &[]);
    track(ctx, m);
    match spec {
        Spec::Hmac(_) | Spec::Aead(_) => {
            let key = ctx.arg(m, Sel::PosKw(0, "key"));
            emit_material(ctx, m, key, MaterialKind::SecretKey, Some(&alg));
        }
        Spec::Sym(_) => initializer(ctx, m, idx),
        _ => {}
    }
}

/// `new AesManaged { KeySize = 128, Mode = CipherMode.ECB, Key = …, IV = … }`.
fn initializer(ctx: &mut Ctx<'_>, m: &Match, idx: usize) {
    let open = if ctx.t.is_punct(m.end, b'{') {
        m.end
    } else if ctx.t.is_punct(m.tok + 1, b'{') {
        m.tok + 1
    } else {
        return;
    };
    let close = ctx.matching(open);
    let mut j = open + 1;
    while j < close {
        if ident(ctx, j) && ctx.t.is_punct(j + 1, b'=') {
            let a = j + 2;
            let mut b = a;
            let mut depth = 0i32;
            while b < close {
                let t = &ctx.t.toks[b];
                if t.kind == Kind::Punct {
                    match t.punct {
                        b'(' | b'[' | b'{' => depth += 1,
                        b')' | b']' | b'}' => depth -= 1,
                        b',' if depth == 0 => break,
                        _ => {}
                    }
                }
                b += 1;
            }
            let prop = ctx.t.text(j);
            set_property(ctx, m, idx, prop, (a, b));
            j = b;
        }
        j += 1;
    }
    ctx.consume((open, close + 1));
}

/// A property of a tracked symmetric or asymmetric object set to the value in `range`.
fn set_property(ctx: &mut Ctx<'_>, m: &Match, idx: usize, prop: &str, range: (usize, usize)) {
    let alg = ctx.findings.get(idx).and_then(|f| f.algorithm.clone());
    match prop {
        "Mode" => {
            let (a, b) = range;
            if let Some(mode) = (a..b).rev().find(|&j| ident(ctx, j)).map(|j| ctx.t.text(j)) {
                set_mode(ctx, idx, mode);
            }
            ctx.consume(range);
        }
        "KeySize" => {
            if let Some(size) = ctx.eval_int(range).and_then(|v| u32::try_from(v).ok()) {
                ctx.resize(idx, size);
            }
        }
        "Key" => emit_material(ctx, m, Some(range), MaterialKind::SecretKey, alg.as_ref()),
        "IV" => emit_material(
            ctx,
            m,
            Some(range),
            MaterialKind::InitializationVector,
            alg.as_ref(),
        ),
        _ => {}
    }
}

/// Put the cipher of finding `idx` in `mode` (`ECB`, `CBC`…): AES-128 → AES-128-ECB.
fn set_mode(ctx: &mut Ctx<'_>, idx: usize, mode: &str) {
    let mode = mode.to_ascii_uppercase();
    if !matches!(mode.as_str(), "ECB" | "CBC" | "CFB" | "OFB" | "CTS") {
        return;
    }
    let mode = if mode == "CTS" {
        "CBC".to_string()
    } else {
        mode
    };
    let Some(f) = ctx.findings.get(idx) else {
        return;
    };
    let Some(alg) = f.algorithm.clone() else {
        return;
    };
    if !matches!(alg.primitive, Primitive::BlockCipher) {
        return;
    }
    // Drop a mode set before: `AES-128-CBC` → `AES-128`.
    let base = match mode_of(&alg.name) {
        Some(old) => {
            let stripped = alg.name.trim_end_matches(&format!("-{old}")).to_string();
            catalogue::by_name(&stripped)
                .map(|e| e.resolve(None))
                .unwrap_or(alg)
        }
        None => alg,
    };
    let new = if base.family == Family::TripleDes && mode == "CBC" {
        ctx.algorithm("DES-EDE3-CBC", None)
    } else {
        with_mode(&base, &mode)
    }
    .unwrap_or(base);
    let mut weaknesses = auto_weaknesses(&new);
    if mode == "ECB" && !weaknesses.iter().any(|w| w.kind == WeaknessKind::EcbMode) {
        weaknesses.push(Weakness::new(
            WeaknessKind::EcbMode,
            "ECB mode leaks equal plaintext blocks; use an AEAD mode (AesGcm)",
        ));
    }
    let f = &mut ctx.findings[idx];
    for w in f.weaknesses.drain(..) {
        let keep = !matches!(w.kind, WeaknessKind::EcbMode | WeaknessKind::ShortKey);
        if keep && !weaknesses.iter().any(|x| x.kind == w.kind) {
            weaknesses.push(w);
        }
    }
    f.algorithm = Some(new);
    f.mode = Some(mode);
    f.weaknesses = weaknesses;
}

/// The finding a tracked variable holds, for method calls (`aes.CreateEncryptor(…)`).
fn receiver(ctx: &Ctx<'_>, m: &Match) -> Option<(usize, Algorithm)> {
    let var = written(m).first().copied()?;
    let idx = ctx.var_finding(var)?;
    let alg = ctx.findings.get(idx)?.algorithm.clone()?;
    Some((idx, alg))
}

/// The last symmetric block cipher of the file: what a mode set on an untracked object refines.
fn last_block_cipher(ctx: &Ctx<'_>) -> Option<usize> {
    ctx.findings.iter().rposition(|f| {
        f.algorithm
            .as_ref()
            .is_some_and(|a| a.primitive == Primitive::BlockCipher)
    })
}

// ---- properties and methods --------------------------------------------------------------------

/// The value assigned to the property at `m`: `x.Prop = value;`.
fn assigned_value(ctx: &Ctx<'_>, m: &Match) -> Option<(usize, usize)> {
    let eq = m.tok + 1;
    if !ctx.t.is_punct(eq, b'=') {
        return None;
    }
    let a = eq + 1;
    let mut b = a;
    let mut depth = 0i32;
    while b < ctx.t.len() {
        let t = &ctx.t.toks[b];
        if t.kind == Kind::Punct {
            match t.punct {
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => {
                    depth -= 1;
                    if depth < 0 {
                        break;
                    }
                }
                b';' | b',' if depth == 0 => break,
                _ => {}
            }
        }
        b += 1;
    }
    (b > a).then_some((a, b))
}

fn tracked_property(ctx: &mut Ctx<'_>, m: &Match) {
    let w = written(m);
    let (Some(var), Some(prop)) = (w.first().copied(), w.last().copied()) else {
        return;
    };
    let Some(idx) = ctx.var_finding(var) else {
        return;
    };
    let Some(value) = assigned_value(ctx, m) else {
        return;
    };
    let prop = prop.to_string();
    set_property(ctx, m, idx, &prop, value);
}

/// `aes.Mode = CipherMode.ECB`.
fn mode_property(ctx: &mut Ctx<'_>, m: &Match) {
    tracked_property(ctx, m);
}

/// `aes.KeySize = 128`, `rsa.KeySize = 1024`.
fn key_size_property(ctx: &mut Ctx<'_>, m: &Match) {
    tracked_property(ctx, m);
}

/// `aes.Key = …`, `aes.IV = …`: hard-coded material.
fn key_property(ctx: &mut Ctx<'_>, m: &Match) {
    tracked_property(ctx, m);
}

/// `CipherMode.ECB` assigned to the `Mode` of an object this file did not create in view (a
/// field, a parameter): it refines the named variable's finding if tracked, else the last
/// symmetric cipher of the file. Comparisons and `case` labels are not settings.
fn cipher_mode(ctx: &mut Ctx<'_>, m: &Match) {
    let f = m.first;
    let setting = f >= 2 && ctx.t.is_punct(f - 1, b'=') && ctx.t.is_ident(f - 2, "Mode");
    if !setting {
        return;
    }
    let var =
        (f >= 4 && ctx.t.is_punct(f - 3, b'.') && ident(ctx, f - 4)).then(|| ctx.t.text(f - 4));
    let idx = var
        .and_then(|v| ctx.var_finding(v))
        .or_else(|| last_block_cipher(ctx));
    if let Some(idx) = idx {
        let mode = written(m).last().copied().unwrap_or_default().to_string();
        set_mode(ctx, idx, &mode);
    }
}

/// `ECCurve.NamedCurves.nistP256` outside a `Create` call: a key on that curve.
fn named_curve(ctx: &mut Ctx<'_>, m: &Match) {
    let name = written(m).last().copied().unwrap_or_default();
    if let Some(c) = catalogue::curve(name) {
        ctx.emit(m, catalogue::ec_key(c), &[]);
    }
}

/// `aes.CreateEncryptor(key, iv)`: hard-coded key and IV.
fn create_transform(ctx: &mut Ctx<'_>, m: &Match) {
    let m = &renamed(m, "csharp.bcl.transform");
    let Some((_, alg)) = receiver(ctx, m) else {
        return;
    };
    let key = ctx.arg(m, Sel::PosKw(0, "rgbKey"));
    emit_material(ctx, m, key, MaterialKind::SecretKey, Some(&alg));
    let iv = ctx.arg(m, Sel::PosKw(1, "rgbIV"));
    emit_material(ctx, m, iv, MaterialKind::InitializationVector, Some(&alg));
}

/// `aes.EncryptEcb(data, PaddingMode.PKCS7)`, `aes.EncryptCbc(data, iv)`: the mode of the
/// tracked cipher.
fn one_shot(ctx: &mut Ctx<'_>, m: &Match) {
    let m = &renamed(m, "csharp.bcl.one-shot");
    let Some((idx, alg)) = receiver(ctx, m) else {
        return;
    };
    let method = written(m).last().copied().unwrap_or_default();
    let mode = &method[method.len() - 3..];
    set_mode(ctx, idx, mode);
    if mode != "Ecb" {
        let iv = ctx.arg(m, Sel::PosKw(1, "iv"));
        emit_material(ctx, m, iv, MaterialKind::InitializationVector, Some(&alg));
    }
}

/// `rsa.Encrypt(data, false)` (PKCS#1 v1.5) / `true` (OAEP) on RSACryptoServiceProvider, and the
/// nonce of `aesGcm.Encrypt(nonce, …)`. A padding argument is read by its own rule.
fn encrypt_call(ctx: &mut Ctx<'_>, m: &Match) {
    let Some((_, alg)) = receiver(ctx, m) else {
        return;
    };
    if alg.family == Family::Rsa {
        let Some((a, b)) = ctx.arg(m, Sel::PosKw(1, "fOAEP")) else {
            return;
        };
        if b != a + 1 {
            return;
        }
        let (name, extra) = match ctx.t.text(a) {
            "false" => ("RSA", vec![java::pkcs1_encryption()]),
            "true" => ("RSAES-OAEP", Vec::new()),
            _ => return,
        };
        if let Some(alg) = ctx.algorithm(name, None) {
            ctx.emit(&renamed(m, "csharp.bcl.rsa-encrypt"), alg, &extra);
        }
    } else if alg.primitive == Primitive::Ae {
        let m = &renamed(m, "csharp.bcl.aead");
        let nonce = ctx.arg(m, Sel::PosKw(0, "nonce"));
        emit_material(
            ctx,
            m,
            nonce,
            MaterialKind::InitializationVector,
            Some(&alg),
        );
    }
}

/// `ecdsa.SignData(data, HashAlgorithmName.SHA256)` → SHA256withECDSA; RSA calls carry an
/// `RSASignaturePadding`, whose rule reads the hash.
fn sign_call(ctx: &mut Ctx<'_>, m: &Match) {
    let Some((_, alg)) = receiver(ctx, m) else {
        return;
    };
    let scheme = match alg.family {
        Family::Ec | Family::Ecdsa => "ECDSA",
        Family::Dsa => "DSA",
        _ => return,
    };
    let hash = m.args.iter().find_map(|&r| hash_name(ctx, r));
    let Some(h) = hash else { return };
    let name = format!("{}with{scheme}", h.name.replace("SHA-", "SHA"));
    if let Some(a) = ctx.algorithm(&name, None) {
        ctx.emit(&renamed(m, "csharp.bcl.sign"), a, &[]);
    }
}

/// `ecdsa.GenerateKey(ECCurve.NamedCurves.nistP384)` on a tracked EC object: its curve.
fn generate_key(ctx: &mut Ctx<'_>, m: &Match) {
    let m = &renamed(m, "csharp.bcl.generate-key");
    let Some((idx, alg)) = receiver(ctx, m) else {
        return;
    };
    let kind = match alg.family {
        Family::Ec | Family::Ecdsa => "EC",
        Family::Ecdh => "ECDH",
        _ => return,
    };
    let Some(r) = m.args.first().copied() else {
        return;
    };
    if let Some(c) = curve_in(ctx, r) {
        if let Some(a) = ec_algorithm(ctx, kind, Some(c)) {
            ctx.findings[idx].algorithm = Some(a);
        }
        ctx.consume(r);
    }
}

// ---- static calls ------------------------------------------------------------------------------

/// `SHA256.HashData(data)`, `HMACSHA256.HashData(key, data)`.
fn hash_data(ctx: &mut Ctx<'_>, m: &Match) {
    let (class, qualified) = class_of(ctx, m, true);
    if !qualified && declared_locally(ctx, &class) {
        return;
    }
    let Some(spec) = class_spec(&class) else {
        return;
    };
    let Some(alg) = class_algorithm(ctx, m, spec) else {
        return;
    };
    ctx.emit(m, alg.clone(), &[]);
    if let Spec::Hmac(_) = spec {
        let key = ctx.arg(m, Sel::PosKw(0, "key"));
        emit_material(ctx, m, key, MaterialKind::SecretKey, Some(&alg));
    }
}

/// `IncrementalHash.CreateHash(HashAlgorithmName.SHA256)`,
/// `IncrementalHash.CreateHMAC(HashAlgorithmName.SHA1, key)`.
fn incremental_hash(ctx: &mut Ctx<'_>, m: &Match) {
    let Some(h) = m.args.first().and_then(|&r| hash_name(ctx, r)) else {
        return;
    };
    if m.symbol.ends_with("CreateHMAC") {
        let Some(alg) = java::hmac_of(ctx, &h) else {
            return;
        };
        ctx.emit(m, alg.clone(), &[]);
        let key = ctx.arg(m, Sel::PosKw(1, "key"));
        emit_material(ctx, m, key, MaterialKind::SecretKey, Some(&alg));
    } else {
        ctx.emit(m, h, &[]);
    }
}

/// `Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, hashAlgorithm, outputLength)`.
fn pbkdf2_static(ctx: &mut Ctx<'_>, m: &Match) {
    pbkdf2(ctx, m, false);
}

/// PBKDF2 through `Rfc2898DeriveBytes`. The constructor's defaults are SHA-1 and 1000
/// iterations, both weak when the arguments are left out.
fn pbkdf2(ctx: &mut Ctx<'_>, m: &Match, constructor: bool) {
    let mut extra = Vec::new();
    let hash_arg = ctx.arg(m, Sel::PosKw(3, "hashAlgorithm"));
    let hash = hash_arg.and_then(|r| hash_name(ctx, r));
    let weak_hash = match (&hash, hash_arg) {
        (Some(h), _) => java::weak_password_hash(h),
        (None, None) => constructor,
        (None, Some(_)) => false,
    };
    if weak_hash {
        extra.push(java::weak_hash_password());
    }
    let iterations = match ctx.arg(m, Sel::PosKw(2, "iterations")) {
        Some(r) => ctx.eval_int(r),
        None if constructor && !m.args.is_empty() => Some(1000),
        None => None,
    };
    if let Some(n) = iterations.filter(|&n| n < java::MIN_ITERATIONS) {
        extra.push(java::low_iterations(n));
    }
    let Some(alg) = ctx.algorithm("PBKDF2", None) else {
        return;
    };
    ctx.emit(m, alg.clone(), &extra);
    let pw = ctx.arg(m, Sel::PosKw(0, "password"));
    emit_material(ctx, m, pw, MaterialKind::Password, Some(&alg));
    let salt = ctx.arg(m, Sel::PosKw(1, "salt"));
    emit_material(ctx, m, salt, MaterialKind::Salt, Some(&alg));
}

// ---- RSA padding -------------------------------------------------------------------------------

/// `rsa.Encrypt(data, RSAEncryptionPadding.Pkcs1)`.
fn rsa_pkcs1(ctx: &mut Ctx<'_>, m: &Match) {
    if let Some(alg) = ctx.algorithm("RSA", None) {
        ctx.emit(m, alg, &[java::pkcs1_encryption()]);
    }
}

/// `RSAEncryptionPadding.CreateOaep(HashAlgorithmName.SHA256)`.
fn rsa_oaep(ctx: &mut Ctx<'_>, m: &Match) {
    if let Some(alg) = ctx.algorithm("RSAES-OAEP", None) {
        ctx.emit(m, alg, &[]);
    }
}

/// The argument list enclosing token `i`, when `i` is an argument of a call.
fn enclosing_args(ctx: &Ctx<'_>, i: usize) -> Option<Vec<(usize, usize)>> {
    let mut depth = 0i32;
    let mut j = i;
    while j > 0 && i - j < 256 {
        j -= 1;
        let t = &ctx.t.toks[j];
        if t.kind != Kind::Punct {
            continue;
        }
        match t.punct {
            b')' | b']' => depth += 1,
            b'(' | b'[' if depth > 0 => depth -= 1,
            b'(' => return Some(ctx.split_args(j).0),
            b';' | b'{' | b'}' | b'[' => return None,
            _ => {}
        }
    }
    None
}

/// `rsa.SignData(data, HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1)` → SHA1withRSA: the
/// hash among the call's arguments.
fn rsa_signature(ctx: &mut Ctx<'_>, m: &Match) {
    let pss = m.symbol.ends_with("Pss");
    let hash = enclosing_args(ctx, m.first)
        .unwrap_or_default()
        .into_iter()
        .find_map(|r| hash_name(ctx, r));
    let suffix = if pss { "/PSS" } else { "" };
    let alg = match hash {
        Some(h) => ctx.algorithm(
            &format!("{}withRSA{suffix}", h.name.replace("SHA-", "SHA")),
            None,
        ),
        None if pss => ctx.algorithm("RSASSA-PSS", None),
        None => ctx.algorithm("RSA", None),
    };
    if let Some(alg) = alg {
        ctx.emit(m, alg, &[]);
    }
}

// ---- Bouncy Castle .NET ------------------------------------------------------------------------

/// `new HMac(new Sha256Digest())`.
fn bc_hmac(ctx: &mut Ctx<'_>, m: &Match) {
    let inner = m
        .args
        .first()
        .map(|&r| ctx.sub_algorithms(r))
        .unwrap_or_default();
    if let Some(alg) = inner.first().and_then(|h| java::hmac_of(ctx, h)) {
        ctx.emit(m, alg, &[]);
    }
}

/// `new CbcBlockCipher(new AesEngine())` → AES-CBC; a padding wrapper over a bare engine is ECB.
fn bc_mode(ctx: &mut Ctx<'_>, m: &Match) {
    let inner = m
        .args
        .first()
        .map(|&r| ctx.sub_algorithms(r))
        .unwrap_or_default();
    let Some(base) = inner.first() else { return };
    let (class, _) = class_of(ctx, m, false);
    let mode = match class.as_str() {
        "CbcBlockCipher" => Some("CBC"),
        "GcmBlockCipher" => Some("GCM"),
        "SicBlockCipher" => Some("CTR"),
        "EcbBlockCipher" => Some("ECB"),
        _ if base.primitive == Primitive::BlockCipher && mode_of(&base.name).is_none() => {
            Some("ECB")
        }
        _ => None,
    };
    let alg = match mode {
        Some(md) => with_mode(base, md).unwrap_or_else(|| base.clone()),
        None => base.clone(),
    };
    ctx.emit(m, alg, &[]);
}

/// `new Pkcs1Encoding(new RsaEngine())`, `new OaepEncoding(new RsaEngine())`.
fn bc_rsa_encoding(ctx: &mut Ctx<'_>, m: &Match) {
    if let Some(&r) = m.args.first() {
        let _ = ctx.sub_algorithms(r);
    }
    let (name, extra) = if m.symbol.ends_with("OaepEncoding") {
        ("RSAES-OAEP", Vec::new())
    } else {
        ("RSA", vec![java::pkcs1_encryption()])
    };
    if let Some(alg) = ctx.algorithm(name, None) {
        ctx.emit(m, alg, &extra);
    }
}

/// `new Pkcs5S2ParametersGenerator(new Sha256Digest())`; without a digest it is SHA-1.
fn bc_pbkdf2(ctx: &mut Ctx<'_>, m: &Match) {
    let inner = m
        .args
        .first()
        .map(|&r| ctx.sub_algorithms(r))
        .unwrap_or_default();
    let extra = if inner.first().is_none_or(java::weak_password_hash) {
        vec![java::weak_hash_password()]
    } else {
        Vec::new()
    };
    if let Some(alg) = ctx.algorithm("PBKDF2", None) {
        ctx.emit(m, alg, &extra);
    }
}

/// `CipherUtilities.GetCipher("AES/ECB/PKCS7Padding")`: Bouncy Castle's transformation names;
/// a bare block cipher name is ECB.
fn bc_get_cipher(ctx: &mut Ctx<'_>, m: &Match) {
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
    let Some(base_alg) = ctx.algorithm(base, None) else {
        return;
    };
    let mut extra = Vec::new();
    if base_alg.family == Family::Rsa {
        let alg = if padding.contains("OAEP") {
            ctx.algorithm("RSAES-OAEP", None).unwrap_or(base_alg)
        } else {
            extra.push(java::pkcs1_encryption());
            base_alg
        };
        ctx.emit(m, alg, &extra);
        return;
    }
    let mode = match mode.as_deref() {
        Some("NONE") | None if base_alg.primitive == Primitive::BlockCipher => {
            Some("ECB".to_string())
        }
        other => other.map(str::to_string),
    };
    let alg = match &mode {
        Some(md) => with_mode(&base_alg, md).unwrap_or(base_alg),
        None => base_alg,
    };
    ctx.emit(m, alg, &extra);
}

#[cfg(test)]
mod tests {
    use mamori_model::Language;

    use super::*;

    /// `line subject [weaknesses]` per finding, in order.
    fn scan(src: &str) -> Vec<String> {
        super::super::described(Language::CSharp, src)
    }

    fn subjects(src: &str) -> Vec<String> {
        super::super::scan_source_in(Language::CSharp, src.as_bytes(), 2026)
            .iter()
            .map(|f| f.subject())
            .collect()
    }

    #[test]
    fn every_class_algorithm_is_in_the_catalogue() {
        for (class, spec) in CLASSES {
            let name = match spec {
                Spec::Hash(n) | Spec::Hmac(n) | Spec::Sym(n) | Spec::Aead(n) | Spec::Sized(n) => n,
                Spec::Ec(_) | Spec::Pbkdf2 => continue,
            };
            assert!(catalogue::by_name(name).is_some(), "{class}: {name}");
        }
    }

    #[test]
    fn hashes() {
        let src = "using System.Security.Cryptography;\nclass C {\n  byte[] F(byte[] d) {\n    \
                   using var md5 = MD5.Create();\n    var a = SHA256.HashData(d);\n    \
                   using (var s = new SHA1Managed()) { }\n    \
                   var b = System.Security.Cryptography.SHA512.Create();\n  }\n}\n";
        assert_eq!(
            scan(src),
            ["4 MD5 []", "5 SHA-256 []", "6 SHA-1 []", "7 SHA-512 []"]
        );
        // Comments, strings, properties named after hashes, and a class of the file's own.
        let src = "using System.Security.Cryptography;\n// MD5.Create()\nclass MD5 { public static MD5 Create() => null; }\n\
                   class C { string Md5Checksum { get; set; } = \"SHA1.Create()\";\n  \
                   void F() { var m = MD5.Create(); var h = Hash.Create(); var c = new Cipher(3); } }\n";
        assert!(subjects(src).is_empty(), "{:?}", subjects(src));
    }

    #[test]
    fn symmetric_objects_are_refined_in_place() {
        let src = "using System.Security.Cryptography;\nclass C {\n  void F(byte[] key) {\n    \
                   using var aes = Aes.Create();\n    aes.KeySize = 128;\n    aes.Mode = CipherMode.ECB;\n    \
                   using var t = TripleDES.Create();\n    t.Mode = CipherMode.CBC;\n    \
                   var r = new RijndaelManaged { Mode = CipherMode.ECB, Key = Encoding.UTF8.GetBytes(\"0123456789abcdef\") };\n    \
                   using var enc = t.CreateEncryptor(key, new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 });\n  }\n}\n";
        assert_eq!(
            scan(src),
            [
                "4 AES-128-ECB [ecb-mode]",
                "7 DES-EDE3-CBC []",
                "9 AES-ECB [ecb-mode]",
                "9 secret-key [hardcoded-key]",
                "10 initialization-vector [static-iv]"
            ]
        );
        // A comparison or a `case` label sets nothing.
        let src = "using System.Security.Cryptography;\nclass C { void F(Aes a) {\n  var aes = Aes.Create();\n  \
                   if (aes.Mode == CipherMode.ECB) { }\n  switch (a.Mode) { case CipherMode.ECB: break; }\n} }\n";
        assert_eq!(scan(src), ["3 AES []"]);
    }

    #[test]
    fn asymmetric_keys() {
        let src = "using System.Security.Cryptography;\nclass C {\n  void F() {\n    \
                   using var a = new RSACryptoServiceProvider(1024);\n    using var b = RSA.Create(2048);\n    \
                   var c = RSA.Create();\n    c.KeySize = 1024;\n    \
                   using var e = ECDsa.Create(ECCurve.NamedCurves.nistP256);\n    \
                   using var h = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP384);\n    \
                   var d = DSA.Create(1024);\n  }\n}\n";
        assert_eq!(
            scan(src),
            [
                "4 RSA-1024 [short-key]",
                "5 RSA-2048 []",
                "6 RSA-1024 [short-key]",
                "8 EC-P-256 []",
                "9 ECDH-P-384 []",
                "10 DSA-1024 [short-key]"
            ]
        );
        let src = "class C { int RsaKeySize { get; } = 1024; string Curve = \"ECDsa.Create\"; }\n";
        assert!(subjects(src).is_empty());
    }

    #[test]
    fn macs_and_aeads() {
        let src = "using System.Security.Cryptography;\nclass C {\n  void F(byte[] key) {\n    \
                   using var a = new HMACSHA256(key);\n    \
                   using var b = new HMACMD5(Encoding.ASCII.GetBytes(\"legacy-secret\"));\n    \
                   var g = new AesGcm(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 });\n    \
                   var x = new ChaCha20Poly1305(key);\n  }\n}\n";
        assert_eq!(
            scan(src),
            [
                "4 HMAC-SHA256 []",
                "5 HMAC-MD5 []",
                "5 secret-key [hardcoded-key]",
                "6 AES-GCM []",
                "6 secret-key [hardcoded-key]",
                "7 ChaCha20-Poly1305 []"
            ]
        );
        let src = "class HMACSHA256 { }\nclass C { void F() { var h = new HMACSHA256(); } }\n";
        assert!(subjects(src).is_empty());
    }

    #[test]
    fn pbkdf2() {
        let src = "using System.Security.Cryptography;\nclass C {\n  void F(string pw, byte[] salt) {\n    \
                   using var a = new Rfc2898DeriveBytes(pw, salt, 1000, HashAlgorithmName.SHA1);\n    \
                   var b = Rfc2898DeriveBytes.Pbkdf2(pw, salt, 600000, HashAlgorithmName.SHA256, 32);\n    \
                   using var c = new Rfc2898DeriveBytes(\"hunter2\", 16);\n    \
                   using var d = new Rfc2898DeriveBytes(pw, salt, iterations: 700000, hashAlgorithm: HashAlgorithmName.SHA512);\n  }\n}\n";
        assert_eq!(
            scan(src),
            [
                "4 PBKDF2 [weak-hash-password,low-iteration-count]",
                "5 PBKDF2 []",
                "6 PBKDF2 [weak-hash-password,low-iteration-count]",
                "6 password [hardcoded-password]",
                "7 PBKDF2 []"
            ]
        );
        let src = "class C { void F() { var r = Rfc2898.Derive(\"x\"); var s = \"Rfc2898DeriveBytes\"; } }\n";
        assert!(subjects(src).is_empty());
    }

    #[test]
    fn rsa_padding_and_signatures() {
        let src = "using System.Security.Cryptography;\nclass C {\n  void F(RSA k, byte[] d) {\n    \
                   k.Encrypt(d, RSAEncryptionPadding.Pkcs1);\n    k.Encrypt(d, RSAEncryptionPadding.OaepSHA256);\n    \
                   k.SignData(d, HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1);\n    \
                   var p = new RSACryptoServiceProvider();\n    p.Encrypt(d, false);\n    \
                   var e = ECDsa.Create();\n    e.SignData(d, HashAlgorithmName.SHA256);\n  }\n}\n";
        assert_eq!(
            scan(src),
            [
                "4 RSA [pkcs1v15-encryption]",
                "5 RSAES-OAEP []",
                "6 SHA1withRSA [weak-hash-signature]",
                "7 RSA []",
                "8 RSA [pkcs1v15-encryption]",
                "9 ECDSA []",
                "10 SHA256withECDSA []"
            ]
        );
        let src = "class C { void F(Padding p) { var x = p.Pkcs1; var y = \"RSAEncryptionPadding.Pkcs1\"; } }\n";
        assert!(subjects(src).is_empty());
    }

    #[test]
    fn tls_protocols() {
        let src = "using System.Net;\nusing System.Security.Authentication;\nclass C {\n  void F() {\n    \
                   ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls;\n    \
                   var h = new HttpClientHandler { SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13 };\n    \
                   s.AuthenticateAsClient(host, null, SslProtocols.Ssl3, true);\n  }\n}\n";
        assert_eq!(
            scan(src),
            [
                "5 TLS 1.0 [deprecated-protocol]",
                "6 TLS 1.2 []",
                "6 TLS 1.3 []",
                "7 SSL 3.0 [deprecated-protocol]"
            ]
        );
        // `SslProtocols` alone is the property, not a version; comments name none.
        let src =
            "class C { void F() { h.SslProtocols = p; /* SslProtocols.Tls */ var t = Tls; } }\n";
        assert!(subjects(src).is_empty());
    }

    #[test]
    fn post_quantum_and_bouncy_castle() {
        let src = "using System.Security.Cryptography;\nusing Org.BouncyCastle.Crypto.Engines;\n\
                   using Org.BouncyCastle.Crypto.Modes;\nusing Org.BouncyCastle.Security;\nclass C {\n  void F() {\n    \
                   using var k = MLKem.GenerateKey(MLKemAlgorithm.MLKem768);\n    \
                   using var d = MLDsa.GenerateKey(MLDsaAlgorithm.MLDsa65);\n    \
                   var c = new CbcBlockCipher(new AesEngine());\n    \
                   var e = CipherUtilities.GetCipher(\"AES/ECB/PKCS7Padding\");\n  }\n}\n";
        assert_eq!(
            scan(src),
            [
                "7 ML-KEM-768 []",
                "8 ML-DSA-65 []",
                "9 AES-CBC []",
                "10 AES-ECB [ecb-mode]"
            ]
        );
        let src = "class C { void F() { var k = MLKemAlgorithm; var e = new Engine(); var g = GetCipher(\"AES\"); } }\n";
        assert!(subjects(src).is_empty());
    }

    #[test]
    fn using_directives_are_not_declarations() {
        let src = "using System.Security.Cryptography;\nusing static System.Security.Cryptography.SHA1;\n\
                   using Hasher = System.Security.Cryptography.MD5;\nclass C { void F() {\n  using var h = Hasher.Create();\n} }\n";
        assert_eq!(scan(src), ["5 MD5 []"]);
    }
}
