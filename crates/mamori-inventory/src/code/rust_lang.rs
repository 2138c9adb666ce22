//! Rust: RustCrypto (hashes, ciphers, block modes, MACs, KDFs, RSA, elliptic curves, ML-KEM and
//! ML-DSA), dalek, ring and aws-lc-rs, the `openssl` crate, rustls and native-tls.
//!
//! A path matches when it resolves through a `use` declaration (globs `use a::b::*` included) or
//! is written from the crate root: `Sha256::new()` is SHA-256 only where `Sha256` is
//! `sha2::Sha256`, so a type of the program's own named `Cipher` or `Sha256` never matches.
//!
//! A type is a finding where the code instantiates it: an associated constructor
//! (`Sha256::new()`, `Aes256Gcm::new_from_slice(…)`), a `type` alias, a generic argument of a call
//! (`pbkdf2_hmac::<Sha1>`), a qualified path (`<Sha256 as Digest>::digest`), or a `let`
//! annotation whose initializer does not name the type itself (`let h: Sha256 = Digest::new()`).
//! A type in a signature, a field, a bound or an `impl` header is not. Generic wrappers read their
//! argument and consume it: `Hmac<Sha256>` is one HMAC-SHA256 finding, `cbc::Encryptor<Aes128>`
//! one AES-128-CBC. A `type` alias is tracked, so `HmacSha256::new_from_slice(b"…")` reports the
//! hard-coded key against the alias's algorithm.

use mamori_model::{Algorithm, Family, MaterialKind, Primitive, Weakness, WeaknessKind, catalogue};

use super::engine::{Act, Action, Ctx, Form, LanguageRules, Match, Rule, mode_of, rule, with_mode};
use super::imports;
use super::java;
use super::lexer::{FAT_ARROW, Kind, PATH_SEP};

use Act::{Alg, AlgSized, Custom, Proto};
use Form::{Any, Call, Ref};

pub static RULES: LanguageRules = LanguageRules::new(RULE_TABLE, METHODS, rust_imports);

/// Constructors called on a tracked `type` alias (`type HmacSha256 = Hmac<Sha256>;`).
const METHODS: &[(&str, Action)] = &[
    ("new", alias_ctor),
    ("new_from_slice", alias_ctor),
    ("new_from_slices", alias_ctor),
];

/// Number of segments of a rule path: a path written from the crate root must be complete.
const fn segs(path: &str) -> u8 {
    let b = path.as_bytes();
    let mut n = 1;
    let mut i = 0;
    while i < b.len() {
        if b[i] == b' ' {
            n += 1;
        }
        i += 1;
    }
    n
}

/// The key a key type holds.
#[derive(Debug, Clone, Copy)]
enum KeyAlg {
    /// A catalogue name.
    Name(&'static str),
    /// An EC key on this curve (`catalogue::ec_key`).
    Curve(&'static str),
}

/// What a type is, which constructors create it and which of their arguments are secrets.
#[derive(Debug, Clone, Copy)]
enum Spec {
    Hash(&'static str),
    /// A keyed symmetric primitive: the first argument of `new`/`new_from_slice` is the key.
    Cipher(&'static str),
    /// A private or secret key type.
    Secret(KeyAlg),
    /// A public key type.
    Public(KeyAlg),
    RsaPrivate,
    RsaPublic,
    /// A block mode over a generic block cipher: `cbc::Encryptor<Aes128>`.
    Mode(&'static str),
    Hmac,
    Cmac,
    Hkdf,
    /// An RSA signature scheme over a generic hash; the suffix is `` or `/PSS`.
    RsaSig(&'static str),
    Oaep,
    Pkcs1Enc,
    /// Stands for the algorithm of its generic argument: `ecdsa::SigningKey<NistP256>`.
    Generic,
    /// A password hasher: `Argon2::default()`, `Pbkdf2.hash_password(…)`.
    Hasher(&'static str),
}

const SECRET_METHODS: &[&str] = &[
    "random",
    "random_from_rng",
    "generate",
    "key_gen",
    "new",
    "new_with_exp",
    "from_components",
    "read_pkcs8_pem_file",
    "read_pkcs8_der_file",
    "read_pkcs1_pem_file",
];
/// Constructors of private keys whose first argument is the key itself.
const PRIVATE_MATERIAL_METHODS: &[&str] = &[
    "from_bytes",
    "from_slice",
    "from_seed",
    "from",
    "from_keypair_bytes",
    "from_pkcs8_pem",
    "from_pkcs8_der",
    "from_sec1_pem",
    "from_sec1_der",
    "from_pkcs1_pem",
    "from_pkcs1_der",
];
const PUBLIC_METHODS: &[&str] = &[
    "new",
    "from_sec1_bytes",
    "from_encoded_point",
    "from_public_key_pem",
    "from_public_key_der",
    "from_pkcs1_pem",
    "from_pkcs1_der",
    "from_bytes",
    "from_slice",
];

const HASH_METHODS: &[&str] = &["new", "digest", "new_with_prefix", "default", "from"];
const CIPHER_METHODS: &[&str] = &["new", "new_from_slice", "generate_key"];
const MODE_METHODS: &[&str] = &["new", "new_from_slice", "new_from_slices"];
const MAC_METHODS: &[&str] = &["new", "new_from_slice"];
const HKDF_METHODS: &[&str] = &["new", "extract", "from_prk"];
const SIGNATURE_METHODS: &[&str] = &[
    "new",
    "new_unprefixed",
    "new_with_prefix",
    "new_with_salt_len",
    "new_blinded",
    "random",
];
const OAEP_METHODS: &[&str] = &[
    "new",
    "new_with_label",
    "new_with_mgf_hash",
    "new_with_mgf_hash_and_label",
];
const HASHER_METHODS: &[&str] = &["default", "new", "new_with_secret", "hash_password"];

impl Spec {
    /// True when `method` creates (or loads) an instance: the calls that are findings. Every
    /// name here has a generated rule per type (checked by a test).
    fn accepts(self, method: &str) -> bool {
        let lists: &[&[&str]] = match self {
            Spec::Hash(_) => &[HASH_METHODS],
            Spec::Cipher(_) => &[CIPHER_METHODS],
            Spec::Secret(_) | Spec::RsaPrivate => &[SECRET_METHODS, PRIVATE_MATERIAL_METHODS],
            Spec::Public(_) | Spec::RsaPublic => &[PUBLIC_METHODS],
            Spec::Mode(_) => &[MODE_METHODS],
            Spec::Hmac | Spec::Cmac => &[MAC_METHODS],
            Spec::Hkdf => &[HKDF_METHODS],
            Spec::RsaSig(_) => &[SIGNATURE_METHODS],
            Spec::Oaep => &[OAEP_METHODS],
            Spec::Pkcs1Enc => &[&["new"]],
            Spec::Generic => &[SECRET_METHODS, PRIVATE_MATERIAL_METHODS, PUBLIC_METHODS],
            Spec::Hasher(_) => &[HASHER_METHODS],
        };
        lists.iter().any(|l| l.contains(&method))
    }
}

/// Builds the rule table: explicit rules first (they win over generated ones with the same
/// path), then groups of names under one prefix, then ring's constants, then per type a rule for
/// the bare type and one per associated function any type may be created with.
macro_rules! rust_rules {
    (
        rules { $( $r:expr ),* $(,)? }
        $( group($gid:literal, $gpre:literal, $gform:expr, $gact:expr) [ $( $gname:literal ),* $(,)? ] )*
        ring { $( ($rpath:literal, $ralg:literal, $rweak:literal) ),* $(,)? }
        types { $( ($tid:literal, $tpath:literal, $spec:expr) ),* $(,)? }
    ) => {
        const TYPES: &[(&str, Spec)] = &[ $( ($tpath, $spec), )* ];
        /// ring constants: (path after `ring`, algorithm, weak hash for passwords).
        const RING: &[(&str, &str, bool)] = &[ $( ($rpath, $ralg, $rweak), )* ];
        const RULE_TABLE: &[Rule] = &[
            $( $r, )*
            $( $( rule($gid, concat!($gpre, " ", $gname), segs(concat!($gpre, " ", $gname)), $gform, $gact), )* )*
            $( rule("rust.ring", concat!("ring ", $rpath), segs(concat!("ring ", $rpath)), Ref, Custom(ring_const)), )*
            $(
                rule($tid, $tpath, segs($tpath), Ref, Custom(type_ref)),
                rule($tid, concat!($tpath, " new"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " new_from_slice"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " new_from_slices"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " digest"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " new_with_prefix"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " default"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " from"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " generate_key"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " random"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " random_from_rng"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " generate"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " key_gen"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " new_with_exp"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " from_components"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " read_pkcs8_pem_file"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " read_pkcs8_der_file"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " read_pkcs1_pem_file"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " from_bytes"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " from_slice"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " from_seed"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " from_keypair_bytes"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " from_pkcs8_pem"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " from_pkcs8_der"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " from_sec1_pem"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " from_sec1_der"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " from_pkcs1_pem"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " from_pkcs1_der"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " from_sec1_bytes"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " from_encoded_point"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " from_public_key_pem"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " from_public_key_der"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " extract"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " from_prk"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " new_unprefixed"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " new_with_salt_len"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " new_blinded"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " new_with_label"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " new_with_mgf_hash"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " new_with_mgf_hash_and_label"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " new_with_secret"), segs($tpath) + 1, Any, Custom(type_call)),
                rule($tid, concat!($tpath, " hash_password"), segs($tpath) + 1, Any, Custom(type_call)),
            )*
        ];
    };
}

use KeyAlg::{Curve, Name};
use Spec::{
    Cipher, Generic, Hash, Hasher, Hkdf, Mode, Oaep, Pkcs1Enc, Public, RsaPrivate, RsaPublic,
    RsaSig, Secret,
};

rust_rules! {
    rules {
        // ---- RustCrypto functions and unit values ---------------------------------------------
        rule("rust.md5", "md5 compute", 2, Call, Alg("MD5")),
        rule("rust.rustcrypto.kdf", "pbkdf2 pbkdf2_hmac", 2, Any, Custom(pbkdf2_fn)),
        rule("rust.rustcrypto.kdf", "pbkdf2 pbkdf2_hmac_array", 2, Any, Custom(pbkdf2_fn)),
        rule("rust.rustcrypto.kdf", "pbkdf2 pbkdf2", 2, Any, Custom(pbkdf2_fn)),
        rule("rust.rustcrypto.kdf", "pbkdf2 pbkdf2_array", 2, Any, Custom(pbkdf2_fn)),
        rule("rust.rustcrypto.kdf", "scrypt scrypt", 2, Call, Custom(password_kdf)),
        rule("rust.rustcrypto.kdf", "scrypt Scrypt hash_password", 3, Call, Custom(password_kdf)),
        rule("rust.rustcrypto.kdf", "pbkdf2 Pbkdf2 hash_password", 3, Call, Custom(password_kdf)),
        rule("rust.argon2", "argon2 hash_encoded", 2, Call, Custom(password_kdf)),
        rule("rust.argon2", "argon2 hash_raw", 2, Call, Custom(password_kdf)),
        rule("rust.bcrypt", "bcrypt hash", 2, Call, Custom(password_kdf)),
        rule("rust.bcrypt", "bcrypt hash_with_result", 2, Call, Custom(password_kdf)),
        rule("rust.bcrypt", "bcrypt hash_with_salt", 2, Call, Custom(password_kdf)),
        rule("rust.bcrypt", "bcrypt verify", 2, Call, Custom(password_kdf)),
        rule("rust.rustcrypto.rsa", "rsa Pkcs1v15Encrypt", 2, Ref, Custom(pkcs1_value)),
        rule("rust.rustcrypto.rsa", "rsa PaddingScheme PKCS1v15Encrypt", 3, Ref, Custom(pkcs1_value)),
        rule("rust.rustcrypto.rsa", "rsa PaddingScheme new_pkcs1v15_encrypt", 3, Call, Custom(pkcs1_value)),
        rule("rust.rustcrypto.rsa", "rsa PaddingScheme new_oaep", 3, Any, Custom(padding_scheme)),
        rule("rust.rustcrypto.rsa", "rsa PaddingScheme new_pkcs1v15_sign", 3, Any, Custom(padding_scheme)),
        rule("rust.rustcrypto.rsa", "rsa PaddingScheme new_pss", 3, Any, Custom(padding_scheme)),
        rule("rust.rustcrypto.aead", "aes_gcm Key from_slice", 3, Any, Custom(aead_key)),
        rule("rust.rustcrypto.aead", "chacha20poly1305 Key from_slice", 3, Any, Custom(aead_key)),
        rule("rust.rustcrypto.aead", "aes_gcm Nonce from_slice", 3, Any, Custom(aead_nonce)),
        rule("rust.rustcrypto.aead", "chacha20poly1305 Nonce from_slice", 3, Any, Custom(aead_nonce)),
        rule("rust.rustcrypto.aead", "chacha20poly1305 XNonce from_slice", 3, Any, Custom(aead_nonce)),
        rule("rust.rustcrypto.mac", "hmac Mac new_from_slice", 3, Call, Custom(trait_key)),
        rule("rust.rustcrypto.mac", "hmac Mac new", 3, Call, Custom(trait_key)),
        // ---- post-quantum bindings ------------------------------------------------------------
        rule("rust.pqcrypto", "pqcrypto_mlkem mlkem512 keypair", 3, Call, Alg("ML-KEM-512")),
        rule("rust.pqcrypto", "pqcrypto_mlkem mlkem768 keypair", 3, Call, Alg("ML-KEM-768")),
        rule("rust.pqcrypto", "pqcrypto_mlkem mlkem1024 keypair", 3, Call, Alg("ML-KEM-1024")),
        rule("rust.pqcrypto", "pqcrypto_mldsa mldsa44 keypair", 3, Call, Alg("ML-DSA-44")),
        rule("rust.pqcrypto", "pqcrypto_mldsa mldsa65 keypair", 3, Call, Alg("ML-DSA-65")),
        rule("rust.pqcrypto", "pqcrypto_mldsa mldsa87 keypair", 3, Call, Alg("ML-DSA-87")),
        rule("rust.oqs", "oqs kem Algorithm MlKem512", 4, Ref, Alg("ML-KEM-512")),
        rule("rust.oqs", "oqs kem Algorithm MlKem768", 4, Ref, Alg("ML-KEM-768")),
        rule("rust.oqs", "oqs kem Algorithm MlKem1024", 4, Ref, Alg("ML-KEM-1024")),
        rule("rust.oqs", "oqs sig Algorithm MlDsa44", 4, Ref, Alg("ML-DSA-44")),
        rule("rust.oqs", "oqs sig Algorithm MlDsa65", 4, Ref, Alg("ML-DSA-65")),
        rule("rust.oqs", "oqs sig Algorithm MlDsa87", 4, Ref, Alg("ML-DSA-87")),
        // ---- ring / aws-lc-rs calls that take an algorithm and a secret ------------------------
        rule("rust.ring.pbkdf2", "ring pbkdf2 derive", 3, Call, Custom(ring_pbkdf2)),
        rule("rust.ring.pbkdf2", "ring pbkdf2 verify", 3, Call, Custom(ring_pbkdf2)),
        rule("rust.ring.hmac", "ring hmac Key new", 4, Call, Custom(ring_keyed)),
        rule("rust.ring.hkdf", "ring hkdf Salt new", 4, Call, Custom(ring_keyed)),
        rule("rust.ring.aead", "ring aead UnboundKey new", 4, Call, Custom(ring_keyed)),
        rule("rust.ring.aead", "ring aead Nonce assume_unique_for_key", 4, Call, Custom(ring_nonce)),
        rule("rust.ring.aead", "ring aead Nonce try_assume_unique_for_key", 4, Call, Custom(ring_nonce)),
        rule("rust.ring.signature", "ring signature Ed25519KeyPair generate_pkcs8", 4, Call, Alg("Ed25519")),
        rule("rust.ring.signature", "ring signature Ed25519KeyPair from_pkcs8", 4, Call, Alg("Ed25519")),
        rule("rust.ring.signature", "ring signature Ed25519KeyPair from_pkcs8_maybe_unchecked", 4, Call, Alg("Ed25519")),
        rule("rust.ring.signature", "ring signature Ed25519KeyPair from_seed_unchecked", 4, Call, Custom(ring_ed25519_seed)),
        rule("rust.ring.signature", "ring signature RsaKeyPair from_pkcs8", 4, Call, Alg("RSA")),
        rule("rust.ring.signature", "ring signature RsaKeyPair from_der", 4, Call, Alg("RSA")),
        // ---- openssl crate --------------------------------------------------------------------
        rule("rust.openssl.symm", "openssl symm encrypt", 3, Call, Custom(openssl_symm)),
        rule("rust.openssl.symm", "openssl symm decrypt", 3, Call, Custom(openssl_symm)),
        rule("rust.openssl.symm", "openssl symm encrypt_aead", 3, Call, Custom(openssl_symm)),
        rule("rust.openssl.symm", "openssl symm decrypt_aead", 3, Call, Custom(openssl_symm)),
        rule("rust.openssl.symm", "openssl symm Crypter new", 4, Call, Custom(openssl_symm)),
        rule("rust.openssl.aes", "openssl aes AesKey new_encrypt", 4, Call, Custom(openssl_aes_key)),
        rule("rust.openssl.aes", "openssl aes AesKey new_decrypt", 4, Call, Custom(openssl_aes_key)),
        rule("rust.openssl.sha", "openssl sha sha1", 3, Call, Alg("SHA-1")),
        rule("rust.openssl.sha", "openssl sha sha224", 3, Call, Alg("SHA-224")),
        rule("rust.openssl.sha", "openssl sha sha256", 3, Call, Alg("SHA-256")),
        rule("rust.openssl.sha", "openssl sha sha384", 3, Call, Alg("SHA-384")),
        rule("rust.openssl.sha", "openssl sha sha512", 3, Call, Alg("SHA-512")),
        rule("rust.openssl.kdf", "openssl pkcs5 pbkdf2_hmac", 3, Call, Custom(openssl_pbkdf2)),
        rule("rust.openssl.kdf", "openssl pkcs5 scrypt", 3, Call, Custom(password_kdf)),
        rule("rust.openssl.rsa", "openssl rsa Rsa generate", 4, Call, AlgSized("RSA", super::engine::Sel::Pos(0))),
        rule("rust.openssl.rsa", "openssl rsa Rsa generate_with_e", 4, Call, AlgSized("RSA", super::engine::Sel::Pos(0))),
        rule("rust.openssl.dsa", "openssl dsa Dsa generate", 4, Call, AlgSized("DSA", super::engine::Sel::Pos(0))),
        rule("rust.openssl.ec", "openssl ec EcGroup from_curve_name", 4, Call, Custom(openssl_curve)),
        rule("rust.openssl.pkey", "openssl pkey PKey generate_ed25519", 4, Call, Alg("Ed25519")),
        rule("rust.openssl.pkey", "openssl pkey PKey generate_ed448", 4, Call, Alg("Ed448")),
        rule("rust.openssl.pkey", "openssl pkey PKey generate_x25519", 4, Call, Alg("X25519")),
        rule("rust.openssl.pkey", "openssl pkey PKey generate_x448", 4, Call, Alg("X448")),
        rule("rust.openssl.ssl", "openssl ssl SslVersion SSL3", 4, Ref, Proto("SSL", "3.0")),
        rule("rust.openssl.ssl", "openssl ssl SslVersion TLS1", 4, Ref, Proto("TLS", "1.0")),
        rule("rust.openssl.ssl", "openssl ssl SslVersion TLS1_1", 4, Ref, Proto("TLS", "1.1")),
        rule("rust.openssl.ssl", "openssl ssl SslVersion TLS1_2", 4, Ref, Proto("TLS", "1.2")),
        rule("rust.openssl.ssl", "openssl ssl SslVersion TLS1_3", 4, Ref, Proto("TLS", "1.3")),
        rule("rust.openssl.ssl", "openssl ssl SslVersion DTLS1", 4, Ref, Proto("DTLS", "1.0")),
        rule("rust.openssl.ssl", "openssl ssl SslVersion DTLS1_2", 4, Ref, Proto("DTLS", "1.2")),
        // ---- rustls and native-tls ------------------------------------------------------------
        rule("rust.rustls.version", "rustls version TLS12", 3, Ref, Proto("TLS", "1.2")),
        rule("rust.rustls.version", "rustls version TLS13", 3, Ref, Proto("TLS", "1.3")),
        rule("rust.native-tls", "native_tls Protocol Sslv3", 3, Ref, Proto("SSL", "3.0")),
        rule("rust.native-tls", "native_tls Protocol Tlsv10", 3, Ref, Proto("TLS", "1.0")),
        rule("rust.native-tls", "native_tls Protocol Tlsv11", 3, Ref, Proto("TLS", "1.1")),
        rule("rust.native-tls", "native_tls Protocol Tlsv12", 3, Ref, Proto("TLS", "1.2")),
    }
    group("rust.openssl.cipher", "openssl symm Cipher", Call, Custom(openssl_cipher)) [
        "aes_128_ecb", "aes_128_cbc", "aes_128_ctr", "aes_128_cfb1", "aes_128_cfb8", "aes_128_cfb128",
        "aes_128_ofb", "aes_128_gcm", "aes_128_ccm", "aes_128_xts", "aes_128_ocb",
        "aes_192_ecb", "aes_192_cbc", "aes_192_ctr", "aes_192_cfb1", "aes_192_cfb8", "aes_192_cfb128",
        "aes_192_ofb", "aes_192_gcm", "aes_192_ccm", "aes_192_ocb",
        "aes_256_ecb", "aes_256_cbc", "aes_256_ctr", "aes_256_cfb1", "aes_256_cfb8", "aes_256_cfb128",
        "aes_256_ofb", "aes_256_gcm", "aes_256_ccm", "aes_256_xts", "aes_256_ocb",
        "bf_ecb", "bf_cbc", "bf_cfb64", "bf_ofb",
        "des_ecb", "des_cbc", "des_ede3", "des_ede3_ecb", "des_ede3_cbc", "des_ede3_cfb8",
        "des_ede3_cfb64", "des_ede3_ofb",
        "rc4", "rc2_cbc", "rc2_40_cbc", "rc2_64_cbc",
        "chacha20", "chacha20_poly1305",
        "camellia_128_ecb", "camellia_128_cbc", "camellia_192_ecb", "camellia_192_cbc",
        "camellia_256_ecb", "camellia_256_cbc",
        "cast5_ecb", "cast5_cbc", "idea_ecb", "idea_cbc", "seed_ecb", "seed_cbc",
        "sm4_ecb", "sm4_cbc", "sm4_ctr", "sm4_gcm",
    ]
    group("rust.openssl.digest", "openssl hash MessageDigest", Call, Custom(openssl_digest)) [
        "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384",
        "sha3_512", "shake_128", "shake_256", "ripemd160", "sm3",
    ]
    group("rust.rustls.cipher-suite", "rustls cipher_suite", Ref, Custom(rustls_suite)) [
        "TLS13_AES_128_GCM_SHA256", "TLS13_AES_256_GCM_SHA384", "TLS13_CHACHA20_POLY1305_SHA256",
        "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
        "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
        "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
    ]
    group("rust.rustls.cipher-suite", "rustls crypto ring cipher_suite", Ref, Custom(rustls_suite)) [
        "TLS13_AES_128_GCM_SHA256", "TLS13_AES_256_GCM_SHA384", "TLS13_CHACHA20_POLY1305_SHA256",
        "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
        "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
        "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
    ]
    group("rust.rustls.cipher-suite", "rustls crypto aws_lc_rs cipher_suite", Ref, Custom(rustls_suite)) [
        "TLS13_AES_128_GCM_SHA256", "TLS13_AES_256_GCM_SHA384", "TLS13_CHACHA20_POLY1305_SHA256",
        "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
        "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
        "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
    ]
    group("rust.rustls.kx-group", "rustls crypto ring kx_group", Ref, Custom(rustls_group)) [
        "X25519", "SECP256R1", "SECP384R1", "X25519MLKEM768",
    ]
    group("rust.rustls.kx-group", "rustls crypto aws_lc_rs kx_group", Ref, Custom(rustls_group)) [
        "X25519", "SECP256R1", "SECP384R1", "SECP521R1", "X25519MLKEM768", "SECP256R1MLKEM768",
        "MLKEM768", "MLKEM1024",
    ]
    group("rust.rustls.kx-group", "rustls kx_group", Ref, Custom(rustls_group)) [
        "X25519", "SECP256R1", "SECP384R1",
    ]
    ring {
        ("digest SHA1_FOR_LEGACY_USE_ONLY", "SHA-1", false),
        ("digest SHA256", "SHA-256", false),
        ("digest SHA384", "SHA-384", false),
        ("digest SHA512", "SHA-512", false),
        ("digest SHA512_256", "SHA-512/256", false),
        ("aead AES_128_GCM", "AES-128-GCM", false),
        ("aead AES_256_GCM", "AES-256-GCM", false),
        ("aead CHACHA20_POLY1305", "ChaCha20-Poly1305", false),
        ("signature ECDSA_P256_SHA256_ASN1_SIGNING", "SHA256withECDSA", false),
        ("signature ECDSA_P256_SHA256_FIXED_SIGNING", "SHA256withECDSA", false),
        ("signature ECDSA_P384_SHA384_ASN1_SIGNING", "SHA384withECDSA", false),
        ("signature ECDSA_P384_SHA384_FIXED_SIGNING", "SHA384withECDSA", false),
        ("signature ECDSA_P256_SHA256_ASN1", "SHA256withECDSA", false),
        ("signature ECDSA_P256_SHA256_FIXED", "SHA256withECDSA", false),
        ("signature ECDSA_P256_SHA384_ASN1", "SHA384withECDSA", false),
        ("signature ECDSA_P384_SHA256_ASN1", "SHA256withECDSA", false),
        ("signature ECDSA_P384_SHA384_ASN1", "SHA384withECDSA", false),
        ("signature ECDSA_P384_SHA384_FIXED", "SHA384withECDSA", false),
        ("signature ED25519", "Ed25519", false),
        ("signature RSA_PKCS1_SHA256", "SHA256withRSA", false),
        ("signature RSA_PKCS1_SHA384", "SHA384withRSA", false),
        ("signature RSA_PKCS1_SHA512", "SHA512withRSA", false),
        ("signature RSA_PSS_SHA256", "SHA256withRSA/PSS", false),
        ("signature RSA_PSS_SHA384", "SHA384withRSA/PSS", false),
        ("signature RSA_PSS_SHA512", "SHA512withRSA/PSS", false),
        ("signature RSA_PKCS1_1024_8192_SHA1_FOR_LEGACY_USE_ONLY", "SHA1withRSA", false),
        ("signature RSA_PKCS1_1024_8192_SHA256_FOR_LEGACY_USE_ONLY", "SHA256withRSA", false),
        ("signature RSA_PKCS1_1024_8192_SHA512_FOR_LEGACY_USE_ONLY", "SHA512withRSA", false),
        ("signature RSA_PKCS1_2048_8192_SHA1_FOR_LEGACY_USE_ONLY", "SHA1withRSA", false),
        ("signature RSA_PKCS1_2048_8192_SHA256", "SHA256withRSA", false),
        ("signature RSA_PKCS1_2048_8192_SHA384", "SHA384withRSA", false),
        ("signature RSA_PKCS1_2048_8192_SHA512", "SHA512withRSA", false),
        ("signature RSA_PKCS1_3072_8192_SHA384", "SHA384withRSA", false),
        ("signature RSA_PSS_2048_8192_SHA256", "SHA256withRSA/PSS", false),
        ("signature RSA_PSS_2048_8192_SHA384", "SHA384withRSA/PSS", false),
        ("signature RSA_PSS_2048_8192_SHA512", "SHA512withRSA/PSS", false),
        ("agreement X25519", "X25519", false),
        ("agreement ECDH_P256", "ECDH-P-256", false),
        ("agreement ECDH_P384", "ECDH-P-384", false),
        ("pbkdf2 PBKDF2_HMAC_SHA1", "PBKDF2", true),
        ("pbkdf2 PBKDF2_HMAC_SHA256", "PBKDF2", false),
        ("pbkdf2 PBKDF2_HMAC_SHA384", "PBKDF2", false),
        ("pbkdf2 PBKDF2_HMAC_SHA512", "PBKDF2", false),
        ("hmac HMAC_SHA1_FOR_LEGACY_USE_ONLY", "HMAC-SHA1", false),
        ("hmac HMAC_SHA256", "HMAC-SHA256", false),
        ("hmac HMAC_SHA384", "HMAC-SHA384", false),
        ("hmac HMAC_SHA512", "HMAC-SHA512", false),
        ("hkdf HKDF_SHA1_FOR_LEGACY_USE_ONLY", "HKDF", false),
        ("hkdf HKDF_SHA256", "HKDF-SHA256", false),
        ("hkdf HKDF_SHA384", "HKDF-SHA384", false),
        ("hkdf HKDF_SHA512", "HKDF-SHA512", false),
    }
    types {
        // ---- hashes ---------------------------------------------------------------------------
        ("rust.rustcrypto.hash", "sha1 Sha1", Hash("SHA-1")),
        ("rust.rustcrypto.hash", "sha1_smol Sha1", Hash("SHA-1")),
        ("rust.rustcrypto.hash", "sha2 Sha224", Hash("SHA-224")),
        ("rust.rustcrypto.hash", "sha2 Sha256", Hash("SHA-256")),
        ("rust.rustcrypto.hash", "sha2 Sha384", Hash("SHA-384")),
        ("rust.rustcrypto.hash", "sha2 Sha512", Hash("SHA-512")),
        ("rust.rustcrypto.hash", "sha2 Sha512_224", Hash("SHA-512/224")),
        ("rust.rustcrypto.hash", "sha2 Sha512_256", Hash("SHA-512/256")),
        ("rust.rustcrypto.hash", "rsa sha2 Sha256", Hash("SHA-256")),
        ("rust.rustcrypto.hash", "rsa sha2 Sha384", Hash("SHA-384")),
        ("rust.rustcrypto.hash", "rsa sha2 Sha512", Hash("SHA-512")),
        ("rust.rustcrypto.hash", "sha3 Sha3_224", Hash("SHA3-224")),
        ("rust.rustcrypto.hash", "sha3 Sha3_256", Hash("SHA3-256")),
        ("rust.rustcrypto.hash", "sha3 Sha3_384", Hash("SHA3-384")),
        ("rust.rustcrypto.hash", "sha3 Sha3_512", Hash("SHA3-512")),
        ("rust.rustcrypto.hash", "sha3 Shake128", Hash("SHAKE128")),
        ("rust.rustcrypto.hash", "sha3 Shake256", Hash("SHAKE256")),
        ("rust.rustcrypto.hash", "md5 Md5", Hash("MD5")),
        ("rust.md5", "md5 Context", Hash("MD5")),
        ("rust.rustcrypto.hash", "md4 Md4", Hash("MD4")),
        ("rust.rustcrypto.hash", "md2 Md2", Hash("MD2")),
        ("rust.rustcrypto.hash", "ripemd Ripemd160", Hash("RIPEMD-160")),
        ("rust.rustcrypto.hash", "ripemd160 Ripemd160", Hash("RIPEMD-160")),
        ("rust.rustcrypto.hash", "blake2 Blake2b512", Hash("BLAKE2b-512")),
        ("rust.rustcrypto.hash", "blake2 Blake2s256", Hash("BLAKE2s-256")),
        ("rust.rustcrypto.hash", "blake2 Blake2b", Hash("BLAKE2b-512")),
        ("rust.rustcrypto.hash", "blake2 Blake2s", Hash("BLAKE2s-256")),
        ("rust.rustcrypto.hash", "sm3 Sm3", Hash("SM3")),
        ("rust.openssl.sha", "openssl sha Sha1", Hash("SHA-1")),
        ("rust.openssl.sha", "openssl sha Sha224", Hash("SHA-224")),
        ("rust.openssl.sha", "openssl sha Sha256", Hash("SHA-256")),
        ("rust.openssl.sha", "openssl sha Sha384", Hash("SHA-384")),
        ("rust.openssl.sha", "openssl sha Sha512", Hash("SHA-512")),
        ("rust.rust-crypto", "crypto md5 Md5", Hash("MD5")),
        ("rust.rust-crypto", "crypto sha1 Sha1", Hash("SHA-1")),
        ("rust.rust-crypto", "crypto sha2 Sha256", Hash("SHA-256")),
        ("rust.rust-crypto", "crypto sha2 Sha512", Hash("SHA-512")),
        // ---- symmetric ciphers ----------------------------------------------------------------
        ("rust.rustcrypto.cipher", "aes Aes128", Cipher("AES-128")),
        ("rust.rustcrypto.cipher", "aes Aes192", Cipher("AES-192")),
        ("rust.rustcrypto.cipher", "aes Aes256", Cipher("AES-256")),
        ("rust.rustcrypto.cipher", "aes Aes128Enc", Cipher("AES-128")),
        ("rust.rustcrypto.cipher", "aes Aes128Dec", Cipher("AES-128")),
        ("rust.rustcrypto.cipher", "aes Aes256Enc", Cipher("AES-256")),
        ("rust.rustcrypto.cipher", "aes Aes256Dec", Cipher("AES-256")),
        ("rust.rustcrypto.cipher", "aes_gcm aes Aes128", Cipher("AES-128")),
        ("rust.rustcrypto.cipher", "aes_gcm aes Aes256", Cipher("AES-256")),
        ("rust.rustcrypto.aead", "aes_gcm Aes128Gcm", Cipher("AES-128-GCM")),
        ("rust.rustcrypto.aead", "aes_gcm Aes256Gcm", Cipher("AES-256-GCM")),
        ("rust.rustcrypto.aead", "aes_gcm AesGcm", Mode("GCM")),
        ("rust.rustcrypto.aead", "chacha20poly1305 ChaCha20Poly1305", Cipher("ChaCha20-Poly1305")),
        ("rust.rustcrypto.aead", "chacha20poly1305 XChaCha20Poly1305", Cipher("XChaCha20-Poly1305")),
        ("rust.rustcrypto.cipher", "chacha20 ChaCha20", Cipher("ChaCha20")),
        ("rust.rustcrypto.cipher", "des Des", Cipher("DES")),
        ("rust.rustcrypto.cipher", "des TdesEde3", Cipher("3DES")),
        ("rust.rustcrypto.cipher", "des TdesEee3", Cipher("3DES")),
        ("rust.rustcrypto.cipher", "blowfish Blowfish", Cipher("Blowfish")),
        ("rust.rustcrypto.cipher", "rc2 Rc2", Cipher("RC2")),
        ("rust.rustcrypto.cipher", "rc4 Rc4", Cipher("RC4")),
        ("rust.rustcrypto.cipher", "idea Idea", Cipher("IDEA")),
        ("rust.rustcrypto.cipher", "sm4 Sm4", Cipher("SM4")),
        ("rust.rustcrypto.cipher", "camellia Camellia128", Cipher("Camellia")),
        ("rust.rustcrypto.cipher", "camellia Camellia256", Cipher("Camellia")),
        ("rust.rustcrypto.cipher", "aria Aria128", Cipher("ARIA")),
        // ---- block modes and MACs over a generic cipher or hash --------------------------------
        ("rust.rustcrypto.mode", "cbc Encryptor", Mode("CBC")),
        ("rust.rustcrypto.mode", "cbc Decryptor", Mode("CBC")),
        ("rust.rustcrypto.mode", "ecb Encryptor", Mode("ECB")),
        ("rust.rustcrypto.mode", "ecb Decryptor", Mode("ECB")),
        ("rust.rustcrypto.mode", "ctr Ctr128BE", Mode("CTR")),
        ("rust.rustcrypto.mode", "ctr Ctr128LE", Mode("CTR")),
        ("rust.rustcrypto.mode", "ctr Ctr64BE", Mode("CTR")),
        ("rust.rustcrypto.mode", "ctr Ctr64LE", Mode("CTR")),
        ("rust.rustcrypto.mode", "ctr Ctr32BE", Mode("CTR")),
        ("rust.rustcrypto.mode", "ctr Ctr32LE", Mode("CTR")),
        ("rust.rustcrypto.mode", "cfb_mode Encryptor", Mode("CFB")),
        ("rust.rustcrypto.mode", "cfb_mode Decryptor", Mode("CFB")),
        ("rust.rustcrypto.mode", "cfb_mode BufEncryptor", Mode("CFB")),
        ("rust.rustcrypto.mode", "cfb_mode BufDecryptor", Mode("CFB")),
        ("rust.rustcrypto.mode", "ofb Ofb", Mode("OFB")),
        ("rust.rustcrypto.mode", "block_modes Cbc", Mode("CBC")),
        ("rust.rustcrypto.mode", "block_modes Ecb", Mode("ECB")),
        ("rust.rustcrypto.mode", "block_modes Cfb", Mode("CFB")),
        ("rust.rustcrypto.mode", "block_modes Ofb", Mode("OFB")),
        ("rust.rustcrypto.mac", "hmac Hmac", Spec::Hmac),
        ("rust.rustcrypto.mac", "hmac SimpleHmac", Spec::Hmac),
        ("rust.rustcrypto.mac", "cmac Cmac", Spec::Cmac),
        ("rust.rustcrypto.kdf", "hkdf Hkdf", Hkdf),
        ("rust.rustcrypto.kdf", "hkdf SimpleHkdf", Hkdf),
        ("rust.rustcrypto.kdf", "argon2 Argon2", Hasher("Argon2")),
        // ---- RSA ------------------------------------------------------------------------------
        ("rust.rustcrypto.rsa", "rsa RsaPrivateKey", RsaPrivate),
        ("rust.rustcrypto.rsa", "rsa RsaPublicKey", RsaPublic),
        ("rust.rustcrypto.rsa", "rsa Oaep", Oaep),
        ("rust.rustcrypto.rsa", "rsa oaep EncryptingKey", Oaep),
        ("rust.rustcrypto.rsa", "rsa oaep DecryptingKey", Oaep),
        ("rust.rustcrypto.rsa", "rsa pkcs1v15 EncryptingKey", Pkcs1Enc),
        ("rust.rustcrypto.rsa", "rsa pkcs1v15 DecryptingKey", Pkcs1Enc),
        ("rust.rustcrypto.rsa", "rsa Pkcs1v15Sign", RsaSig("")),
        ("rust.rustcrypto.rsa", "rsa Pss", RsaSig("/PSS")),
        ("rust.rustcrypto.rsa", "rsa pkcs1v15 SigningKey", RsaSig("")),
        ("rust.rustcrypto.rsa", "rsa pkcs1v15 VerifyingKey", RsaSig("")),
        ("rust.rustcrypto.rsa", "rsa pss SigningKey", RsaSig("/PSS")),
        ("rust.rustcrypto.rsa", "rsa pss BlindedSigningKey", RsaSig("/PSS")),
        ("rust.rustcrypto.rsa", "rsa pss VerifyingKey", RsaSig("/PSS")),
        // ---- elliptic curves ------------------------------------------------------------------
        ("rust.rustcrypto.ecc", "p256 SecretKey", Secret(Curve("P-256"))),
        ("rust.rustcrypto.ecc", "p256 ecdsa SigningKey", Secret(Curve("P-256"))),
        ("rust.rustcrypto.ecc", "p256 PublicKey", Public(Curve("P-256"))),
        ("rust.rustcrypto.ecc", "p256 ecdsa VerifyingKey", Public(Curve("P-256"))),
        ("rust.rustcrypto.ecc", "p256 ecdh EphemeralSecret", Secret(Name("ECDH-P-256"))),
        ("rust.rustcrypto.ecc", "p256 NistP256", Public(Curve("P-256"))),
        ("rust.rustcrypto.ecc", "p384 SecretKey", Secret(Curve("P-384"))),
        ("rust.rustcrypto.ecc", "p384 ecdsa SigningKey", Secret(Curve("P-384"))),
        ("rust.rustcrypto.ecc", "p384 PublicKey", Public(Curve("P-384"))),
        ("rust.rustcrypto.ecc", "p384 ecdsa VerifyingKey", Public(Curve("P-384"))),
        ("rust.rustcrypto.ecc", "p384 ecdh EphemeralSecret", Secret(Name("ECDH-P-384"))),
        ("rust.rustcrypto.ecc", "p384 NistP384", Public(Curve("P-384"))),
        ("rust.rustcrypto.ecc", "p521 SecretKey", Secret(Curve("P-521"))),
        ("rust.rustcrypto.ecc", "p521 ecdsa SigningKey", Secret(Curve("P-521"))),
        ("rust.rustcrypto.ecc", "p521 PublicKey", Public(Curve("P-521"))),
        ("rust.rustcrypto.ecc", "p521 ecdsa VerifyingKey", Public(Curve("P-521"))),
        ("rust.rustcrypto.ecc", "p521 ecdh EphemeralSecret", Secret(Name("ECDH-P-521"))),
        ("rust.rustcrypto.ecc", "k256 SecretKey", Secret(Curve("secp256k1"))),
        ("rust.rustcrypto.ecc", "k256 ecdsa SigningKey", Secret(Curve("secp256k1"))),
        ("rust.rustcrypto.ecc", "k256 PublicKey", Public(Curve("secp256k1"))),
        ("rust.rustcrypto.ecc", "k256 ecdsa VerifyingKey", Public(Curve("secp256k1"))),
        ("rust.rustcrypto.ecc", "k256 ecdh EphemeralSecret", Secret(Name("ECDH-secp256k1"))),
        ("rust.rustcrypto.ecc", "k256 Secp256k1", Public(Curve("secp256k1"))),
        ("rust.rustcrypto.ecc", "ecdsa SigningKey", Generic),
        ("rust.rustcrypto.ecc", "ecdsa VerifyingKey", Generic),
        ("rust.rustcrypto.ecc", "elliptic_curve SecretKey", Generic),
        ("rust.rustcrypto.ecc", "elliptic_curve PublicKey", Generic),
        ("rust.dalek", "ed25519_dalek SigningKey", Secret(Name("Ed25519"))),
        ("rust.dalek", "ed25519_dalek Keypair", Secret(Name("Ed25519"))),
        ("rust.dalek", "ed25519_dalek SecretKey", Secret(Name("Ed25519"))),
        ("rust.dalek", "ed25519_dalek VerifyingKey", Public(Name("Ed25519"))),
        ("rust.dalek", "ed25519_dalek PublicKey", Public(Name("Ed25519"))),
        ("rust.dalek", "x25519_dalek StaticSecret", Secret(Name("X25519"))),
        ("rust.dalek", "x25519_dalek EphemeralSecret", Secret(Name("X25519"))),
        ("rust.dalek", "x25519_dalek ReusableSecret", Secret(Name("X25519"))),
        // ---- post-quantum ---------------------------------------------------------------------
        ("rust.rustcrypto.pqc", "ml_kem MlKem512", Secret(Name("ML-KEM-512"))),
        ("rust.rustcrypto.pqc", "ml_kem MlKem768", Secret(Name("ML-KEM-768"))),
        ("rust.rustcrypto.pqc", "ml_kem MlKem1024", Secret(Name("ML-KEM-1024"))),
        ("rust.rustcrypto.pqc", "ml_dsa MlDsa44", Secret(Name("ML-DSA-44"))),
        ("rust.rustcrypto.pqc", "ml_dsa MlDsa65", Secret(Name("ML-DSA-65"))),
        ("rust.rustcrypto.pqc", "ml_dsa MlDsa87", Secret(Name("ML-DSA-87"))),
    }
}

// ---- import hook -------------------------------------------------------------------------------

/// `use` declarations, plus: globs (`use sha2::*;`) bind every name of this table under the
/// glob's path, and aws-lc-rs (which mirrors ring's API) resolves as ring. Cipher lists given to
/// the `openssl` crate are read here too: the receiver of `set_cipher_list` is a builder of any
/// name, which no rule path can name.
fn rust_imports(ctx: &mut Ctx<'_>) {
    imports::rust(ctx);
    for path in ctx.imports.values_mut() {
        if path.first().is_some_and(|p| p == "aws_lc_rs") {
            path[0] = "ring".to_string();
        }
    }
    ctx.imports
        .entry("aws_lc_rs".to_string())
        .or_insert_with(|| vec!["ring".to_string()]);
    glob_imports(ctx);
    skip_use_trees(ctx);
    cipher_lists(ctx);
}

/// `use a::{B, C};`: the names in braces are not findings. The engine skips import lines by the
/// statement's first word, and `{` starts a statement for it.
fn skip_use_trees(ctx: &mut Ctx<'_>) {
    let n = ctx.t.len();
    let mut i = 0;
    while i < n {
        if ctx.t.is_ident(i, "use") && (i == 0 || !is_sep(ctx, i - 1)) {
            let end = (i + 1..n).find(|&k| ctx.t.is_punct(k, b';')).unwrap_or(n);
            ctx.consume((i, end));
            i = end;
        }
        i += 1;
    }
}

/// `use a::b::*;` (also inside a `use` tree): binds the next segment of every rule path under
/// `a::b`, unless a name is imported explicitly.
/// Every rule path split into segments, once: glob imports are checked against all of them.
static RULE_PATHS: std::sync::LazyLock<Vec<Vec<&'static str>>> = std::sync::LazyLock::new(|| {
    RULE_TABLE
        .iter()
        .map(|r| r.path.split(' ').collect())
        .collect()
});

fn glob_imports(ctx: &mut Ctx<'_>) {
    let n = ctx.t.len();
    let mut globs: Vec<Vec<String>> = Vec::new();
    let mut i = 0;
    while i < n {
        if !(ctx.t.is_ident(i, "use") && (i == 0 || !ctx.t.is_punct(i - 1, PATH_SEP))) {
            i += 1;
            continue;
        }
        let end = (i + 1..n).find(|&k| ctx.t.is_punct(k, b';')).unwrap_or(n);
        // A stack of path prefixes per brace level.
        let mut stack: Vec<Vec<String>> = vec![Vec::new()];
        let mut cur: Vec<String> = Vec::new();
        for j in i + 1..end {
            let t = &ctx.t.toks[j];
            match t.kind {
                Kind::Ident => cur.push(ctx.t.text(j).to_string()),
                Kind::Punct if t.punct == b'{' => {
                    let mut p = stack.last().cloned().unwrap_or_default();
                    p.append(&mut cur);
                    stack.push(p);
                }
                Kind::Punct if t.punct == b'}' => {
                    stack.pop();
                    cur.clear();
                }
                Kind::Punct if t.punct == b',' => cur.clear(),
                Kind::Punct if t.punct == b'*' => {
                    let mut p = stack.last().cloned().unwrap_or_default();
                    p.append(&mut cur);
                    globs.push(p);
                }
                _ => {}
            }
        }
        i = end + 1;
    }
    for glob in globs {
        let glob: Vec<String> = glob
            .into_iter()
            .map(|s| {
                if s == "aws_lc_rs" {
                    "ring".to_string()
                } else {
                    s
                }
            })
            .collect();
        for segs in RULE_PATHS.iter() {
            if segs.len() > glob.len() + 1 && segs.iter().zip(&glob).all(|(a, b)| a == b) {
                let name = segs[glob.len()];
                if !ctx.imports.contains_key(name) {
                    let full = segs[..=glob.len()].iter().map(|s| s.to_string()).collect();
                    ctx.imports.insert(name.to_string(), full);
                }
            }
        }
    }
}

/// `builder.set_cipher_list("…")`, `builder.set_ciphersuites("…")`: the bulk cipher of every
/// suite named, once per call; export, NULL, anonymous, RC4/DES/3DES and MD5 suites are weak.
fn cipher_lists(ctx: &mut Ctx<'_>) {
    let n = ctx.t.len();
    for i in 1..n.saturating_sub(2) {
        let name = ctx.t.text(i);
        if ctx.t.kind(i) != Some(Kind::Ident)
            || !matches!(name, "set_cipher_list" | "set_ciphersuites")
            || !ctx.t.is_punct(i - 1, b'.')
            || !ctx.t.is_punct(i + 1, b'(')
        {
            continue;
        }
        let Some(list) = literal_string(ctx, i + 2) else {
            continue;
        };
        let mut seen: Vec<String> = Vec::new();
        for part in list.split([':', ',', ' ']) {
            let Some(suite) = catalogue::tls_cipher_suite_by_name(part) else {
                continue;
            };
            let Some(alg) = catalogue::by_name(suite.cipher).map(|e| e.resolve(None)) else {
                continue;
            };
            if seen.contains(&alg.name) {
                continue;
            }
            seen.push(alg.name.clone());
            let weak = suite.export
                || alg.broken_reason.is_some()
                || suite.cipher == "NULL"
                || suite.mac == Some("HMAC-MD5")
                || suite.authentication == Some("anon");
            let extra: Vec<Weakness> = if weak {
                vec![Weakness::new(
                    WeaknessKind::WeakCipherSuite,
                    format!("{part}: a weak TLS cipher suite; remove it from the list"),
                )]
            } else {
                Vec::new()
            };
            let symbol = format!(".{name}");
            ctx.emit_at("rust.openssl.cipher-list", i, &symbol, alg, &extra, None);
        }
    }
}

/// The string at `i`: a literal, or a `const`/`static` holding one (read before constants are
/// collected, hence this small lookup of its own).
fn literal_string(ctx: &Ctx<'_>, i: usize) -> Option<String> {
    if ctx.t.kind(i) == Some(Kind::Str) {
        return Some(ctx.t.string(i));
    }
    if ctx.t.kind(i) != Some(Kind::Ident) {
        return None;
    }
    let name = ctx.t.text(i);
    let n = ctx.t.len();
    (1..n).find_map(|j| {
        let decl = (ctx.t.is_ident(j - 1, "const") || ctx.t.is_ident(j - 1, "static"))
            && ctx.t.is_ident(j, name);
        if !decl {
            return None;
        }
        let eq = (j..n.min(j + 16)).find(|&k| ctx.t.is_punct(k, b'='))?;
        (ctx.t.kind(eq + 1) == Some(Kind::Str)).then(|| ctx.t.string(eq + 1))
    })
}

// ---- paths and places --------------------------------------------------------------------------

/// Key in `ctx.vars` while generic arguments are read for an enclosing type: a type there is a
/// finding wherever it stands. No identifier contains a space.
const INNER: &str = "rust inner";

/// The written path resolved through the imports.
fn full_path(ctx: &Ctx<'_>, m: &Match) -> Vec<String> {
    let w: Vec<&str> = m.symbol.split('.').collect();
    let mut out: Vec<String> = match ctx.imports.get(w[0]) {
        Some(base) => base.clone(),
        None => vec![w[0].to_string()],
    };
    out.extend(w[1..].iter().map(|s| s.to_string()));
    out
}

fn spec_of(path: &[String]) -> Option<Spec> {
    TYPES
        .iter()
        .find(|(p, _)| p.split(' ').eq(path.iter().map(String::as_str)))
        .map(|(_, s)| *s)
}

/// Where a bare type stands.
enum Place {
    /// In the right-hand side of `type A = …;`.
    Alias,
    /// In a turbofish `::<…>`: a generic argument of a call.
    Turbofish,
    /// `<T as Trait>::…`; the index of the closing `>`.
    Qualified(usize),
    /// The annotation of `let x: T = …` whose initializer does not name `T`; the binding.
    Let(Option<String>),
    /// A signature, a field, a bound, an `impl` header, or an annotation beside a constructor.
    Other,
}

fn is_sep(ctx: &Ctx<'_>, i: usize) -> bool {
    ctx.t.is_punct(i, PATH_SEP) || ctx.t.is_punct(i, b'.')
}

fn ident(ctx: &Ctx<'_>, i: usize) -> bool {
    ctx.t.kind(i) == Some(Kind::Ident)
}

/// First token of the statement holding `i`.
fn stmt_start(ctx: &Ctx<'_>, i: usize) -> usize {
    let mut j = i;
    while j > 0 && i - j < 512 {
        let p = j - 1;
        if ctx.t.is_punct(p, b';') || ctx.t.is_punct(p, b'{') || ctx.t.is_punct(p, b'}') {
            break;
        }
        j -= 1;
    }
    j
}

/// The unmatched `<` enclosing position `s`, within the statement.
fn open_angle_before(ctx: &Ctx<'_>, s: usize) -> Option<usize> {
    let mut depth = 0i32;
    let lo = s.saturating_sub(64);
    let mut j = s;
    while j > lo {
        j -= 1;
        let t = &ctx.t.toks[j];
        if t.kind != Kind::Punct {
            continue;
        }
        match t.punct {
            b'>' => depth += 1,
            b'<' if depth == 0 => return Some(j),
            b'<' => depth -= 1,
            b';' | b'{' | b'}' | b'(' | b')' | b'=' | FAT_ARROW => return None,
            _ => {}
        }
    }
    None
}

/// True when the `<` at `p` opens a generic argument list (`Vec<`, `::<`) rather than a
/// qualified path.
fn generic_open(ctx: &Ctx<'_>, p: usize) -> bool {
    if p == 0 {
        return false;
    }
    if ctx.t.is_punct(p - 1, PATH_SEP) {
        return true;
    }
    ident(ctx, p - 1)
        && !matches!(
            ctx.t.text(p - 1),
            "return" | "in" | "match" | "if" | "while" | "move" | "else" | "break" | "yield"
        )
}

fn place(ctx: &Ctx<'_>, first: usize, last: usize) -> Place {
    let t = &ctx.t;
    if first > 0 && t.is_punct(first - 1, b'<') && !generic_open(ctx, first - 1) {
        let close = ctx.skip_angle(first - 1);
        if close > last && t.is_punct(close + 1, PATH_SEP) {
            return Place::Qualified(close);
        }
    }
    // Climb out of enclosing generic argument lists to the outermost type.
    let mut s = first;
    while let Some(p) = open_angle_before(ctx, s) {
        if p > 0 && t.is_punct(p - 1, PATH_SEP) {
            return Place::Turbofish;
        }
        if p == 0 || !ident(ctx, p - 1) {
            return Place::Other;
        }
        let mut q = p - 1;
        while q >= 2 && is_sep(ctx, q - 1) && ident(ctx, q - 2) {
            q -= 2;
        }
        s = q;
    }
    let st = stmt_start(ctx, s);
    let mut k = st;
    if t.is_ident(k, "pub") {
        k += 1;
        if t.is_punct(k, b'(') {
            k = ctx.matching(k) + 1;
        }
    }
    if t.is_ident(k, "type") && (k..s).any(|j| t.is_punct(j, b'=')) {
        return Place::Alias;
    }
    if t.is_ident(st, "let") && s == first && s > 0 && t.is_punct(s - 1, b':') {
        let mut end = last + 1;
        if t.is_punct(end, b'<') {
            end = ctx.skip_angle(end) + 1;
        }
        if !t.is_punct(end, b'=') {
            return Place::Other;
        }
        let name = t.text(last);
        let mut depth = 0i32;
        let mut j = end + 1;
        while j < t.len() {
            let tok = &t.toks[j];
            if tok.kind == Kind::Punct {
                match tok.punct {
                    b'(' | b'[' | b'{' => depth += 1,
                    b')' | b']' | b'}' => depth -= 1,
                    b';' if depth <= 0 => break,
                    _ => {}
                }
            } else if tok.kind == Kind::Ident && t.text(j) == name {
                return Place::Other;
            }
            j += 1;
        }
        let mut b = st + 1;
        if t.is_ident(b, "mut") {
            b += 1;
        }
        let binding = ident(ctx, b).then(|| t.text(b).to_string());
        return Place::Let(binding);
    }
    Place::Other
}

/// `T::<G>::f`, `T::f::<G>`: the generic arguments of a call.
fn call_generic(ctx: &Ctx<'_>, m: &Match) -> Option<(usize, usize)> {
    for j in m.first..m.tok {
        if ctx.t.is_punct(j, PATH_SEP) && ctx.t.is_punct(j + 1, b'<') {
            let c = ctx.skip_angle(j + 1);
            if c > j + 1 {
                return Some((j + 2, c));
            }
        }
    }
    if ctx.t.is_punct(m.tok + 1, PATH_SEP) && ctx.t.is_punct(m.tok + 2, b'<') {
        let c = ctx.skip_angle(m.tok + 2);
        if c > m.tok + 2 {
            return Some((m.tok + 3, c));
        }
    }
    None
}

/// `T<G>`: the generic arguments of a type.
fn type_generic(ctx: &Ctx<'_>, tok: usize) -> Option<(usize, usize)> {
    if ctx.t.is_punct(tok + 1, b'<') {
        let c = ctx.skip_angle(tok + 1);
        if c > tok + 1 {
            return Some((tok + 2, c));
        }
    }
    None
}

/// `let x: Hmac<Sha256> = Hmac::new_from_slice(…)`: the generic arguments the annotation gives
/// the type `name` that a call without turbofish creates.
fn let_generic(ctx: &Ctx<'_>, m: &Match, name: &str) -> Option<(usize, usize)> {
    let st = stmt_start(ctx, m.first);
    if !ctx.t.is_ident(st, "let") {
        return None;
    }
    let colon = (st + 1..m.first)
        .take_while(|&j| !ctx.t.is_punct(j, b'='))
        .find(|&j| ctx.t.is_punct(j, b':'))?;
    (colon + 1..m.first)
        .take_while(|&j| !ctx.t.is_punct(j, b'='))
        .find(|&j| ctx.t.is_ident(j, name) && ctx.t.is_punct(j + 1, b'<'))
        .and_then(|j| type_generic(ctx, j))
}

/// A copy of `m`; a call whose callee ends in a turbofish (`pbkdf2_hmac::<Sha1>(…)`) gets the
/// arguments the engine did not read.
fn with_call_args(ctx: &Ctx<'_>, m: &Match) -> Match {
    let (mut args, mut kwargs, mut end) = (m.args.clone(), m.kwargs.clone(), m.end);
    if args.is_empty() && ctx.t.is_punct(m.tok + 1, PATH_SEP) && ctx.t.is_punct(m.tok + 2, b'<') {
        let c = ctx.skip_angle(m.tok + 2);
        if c > m.tok + 2 && ctx.t.is_punct(c + 1, b'(') {
            (args, kwargs, end) = ctx.split_args(c + 1);
        }
    }
    Match {
        rule: m.rule,
        tok: m.tok,
        first: m.first,
        end,
        symbol: m.symbol.clone(),
        args,
        kwargs,
        assigned: m.assigned.clone(),
    }
}

/// The algorithms named by generic arguments, consumed so they are not reported apart. A type
/// alias of the file counts as what it stands for.
fn inner_algs(ctx: &mut Ctx<'_>, range: (usize, usize)) -> Vec<Algorithm> {
    let prev = ctx.vars.insert(INNER.to_string(), 0);
    let mut out = ctx.sub_algorithms(range);
    match prev {
        Some(p) => ctx.vars.insert(INNER.to_string(), p),
        None => ctx.vars.remove(INNER),
    };
    if out.is_empty() {
        for (segs, _, _) in ctx.chains_in(range) {
            let alias = segs
                .last()
                .and_then(|s| ctx.var_finding(s))
                .and_then(|i| ctx.findings.get(i))
                .and_then(|f| f.algorithm.clone());
            if let Some(a) = alias {
                out.push(a);
            }
        }
    }
    out
}

// ---- arguments and material --------------------------------------------------------------------

/// Index of the `(` matching the `)` at `close`.
fn open_paren(ctx: &Ctx<'_>, close: usize) -> Option<usize> {
    let mut depth = 0i32;
    let mut j = close + 1;
    while j > 0 {
        j -= 1;
        let t = &ctx.t.toks[j];
        if t.kind != Kind::Punct {
            continue;
        }
        match t.punct {
            b')' | b']' | b'}' => depth += 1,
            b'(' | b'[' | b'{' => {
                depth -= 1;
                if depth == 0 {
                    return Some(j);
                }
            }
            _ => {}
        }
    }
    None
}

/// The value inside borrows and conversions: `&KEY.into()` → `KEY`,
/// `Key::<Aes256Gcm>::from_slice(b"…")` → `b"…"`, `Some(&salt)` → `salt`.
fn unwrap_arg(ctx: &Ctx<'_>, (mut a, mut b): (usize, usize)) -> (usize, usize) {
    for _ in 0..8 {
        if a >= b {
            break;
        }
        if ctx.t.is_punct(a, b'&') || ctx.t.is_punct(a, b'*') {
            a += 1;
            if ctx.t.is_ident(a, "mut") {
                a += 1;
            }
            continue;
        }
        if ctx.t.is_punct(a, b'(') && ctx.matching(a) + 1 == b {
            a += 1;
            b -= 1;
            continue;
        }
        if b >= a + 4 && ctx.t.is_punct(b - 1, b')') {
            if let Some(open) = open_paren(ctx, b - 1) {
                let conversion = open >= a + 2
                    && ctx.t.is_punct(open - 2, b'.')
                    && matches!(
                        ctx.t.text(open - 1),
                        "into"
                            | "try_into"
                            | "as_ref"
                            | "as_slice"
                            | "to_vec"
                            | "unwrap"
                            | "expect"
                            | "clone"
                            | "to_owned"
                    );
                if conversion {
                    b = open - 2;
                    continue;
                }
            }
        }
        if ident(ctx, a) {
            let (segs, last) = ctx.chain(a);
            let wrapper = matches!(
                segs.last().copied(),
                Some("from_slice" | "from" | "clone_from_slice" | "Some" | "from_exact_iter")
            );
            if wrapper && ctx.t.is_punct(last + 1, b'(') && ctx.matching(last + 1) + 1 == b {
                let (args, _, _) = ctx.split_args(last + 1);
                if args.len() == 1 {
                    (a, b) = args[0];
                    continue;
                }
            }
        }
        break;
    }
    (a, b)
}

/// Report argument `n` of `m` when it is written into the source; the argument is then
/// consumed, so a wrapper inside it (`Key::from_slice(…)`) is not read twice.
fn material_arg(
    ctx: &mut Ctx<'_>,
    m: &Match,
    n: usize,
    kind: MaterialKind,
    alg: Option<&Algorithm>,
) {
    let Some(&raw) = m.args.get(n) else { return };
    let mut r = unwrap_arg(ctx, raw);
    if r.1 == r.0 + 1 && ident(ctx, r.0) && !ctx.is_literal_material(r) {
        if let Some(v) = declared_value(ctx, ctx.t.text(r.0)) {
            r = v;
        }
    }
    let before = ctx.findings.len();
    ctx.material(m, Some(r), kind, alg);
    if ctx.findings.len() > before {
        ctx.consume(raw);
    }
}

/// The value of `const NAME: T = …;`, `static NAME: T = …;` or `let NAME: T = …;` when the file
/// declares `NAME` once. The engine's constants miss annotations ending in `]` (`[u8; 16]`).
fn declared_value(ctx: &Ctx<'_>, name: &str) -> Option<(usize, usize)> {
    let n = ctx.t.len();
    let mut found = None;
    for j in 1..n {
        if !(ctx.t.is_ident(j, name) && ctx.t.is_punct(j + 1, b':')) {
            continue;
        }
        let mut k = j - 1;
        if ctx.t.is_ident(k, "mut") && k > 0 {
            k -= 1;
        }
        if !matches!(ctx.t.text(k), "const" | "static" | "let") || !ident(ctx, k) {
            continue;
        }
        // The `=` after the annotation, at bracket depth 0.
        let mut depth = 0i32;
        let mut e = j + 2;
        while e < n && e < j + 64 {
            let t = &ctx.t.toks[e];
            if t.kind == Kind::Punct {
                match t.punct {
                    b'[' | b'(' | b'<' => depth += 1,
                    b']' | b')' | b'>' => depth -= 1,
                    b'=' if depth == 0 => break,
                    b';' if depth == 0 => return None,
                    _ => {}
                }
            }
            e += 1;
        }
        if !ctx.t.is_punct(e, b'=') {
            continue;
        }
        let a = e + 1;
        let mut b = a;
        let mut depth = 0i32;
        while b < n && b - a < 4096 {
            let t = &ctx.t.toks[b];
            if t.kind == Kind::Punct {
                match t.punct {
                    b'(' | b'[' | b'{' => depth += 1,
                    b')' | b']' | b'}' => depth -= 1,
                    b';' if depth == 0 => break,
                    _ => {}
                }
            }
            b += 1;
        }
        if found.is_some() {
            return None;
        }
        found = Some((a, b));
    }
    found
}

/// An integer argument: a literal or constant, or the one argument of a wrapper around one
/// (`NonZeroU32::new(100_000).unwrap()`).
fn int_arg(ctx: &Ctx<'_>, r: (usize, usize), depth: usize) -> Option<i64> {
    if depth > 3 {
        return None;
    }
    if let Some(v) = ctx.eval_int(r) {
        return Some(v);
    }
    let (a, b) = r;
    if ident(ctx, a) {
        let (segs, last) = ctx.chain(a);
        if last + 1 == b {
            let c = ctx.const_range(segs.last()?)?;
            return int_arg(ctx, c, depth + 1);
        }
    }
    let open = (a..b).find(|&j| ctx.t.is_punct(j, b'('))?;
    let (args, _, _) = ctx.split_args(open);
    args.first().and_then(|&x| int_arg(ctx, x, depth + 1))
}

fn key_algorithm(ctx: &Ctx<'_>, k: KeyAlg) -> Option<Algorithm> {
    match k {
        KeyAlg::Name(n) => ctx.algorithm(n, None),
        KeyAlg::Curve(c) => catalogue::curve(c).map(catalogue::ec_key),
    }
}

/// A hash name as JCA signature names write it: `SHA-256` → `SHA256`.
fn jca_hash(h: &Algorithm) -> String {
    h.name.replace("SHA-", "SHA")
}

/// A cipher in a mode: `AES-128` + `CBC` → `AES-128-CBC`; 3DES in CBC is `DES-EDE3-CBC`.
fn in_mode(ctx: &Ctx<'_>, base: &Algorithm, mode: &str) -> Algorithm {
    if base.family == Family::TripleDes && mode == "CBC" {
        if let Some(a) = ctx.algorithm("DES-EDE3-CBC", None) {
            return a;
        }
    }
    with_mode(base, mode).unwrap_or_else(|| base.clone())
}

fn ecb_weakness() -> Weakness {
    Weakness::new(
        WeaknessKind::EcbMode,
        "ECB mode leaks equal plaintext blocks; use an AEAD mode (GCM)",
    )
}

/// A hash too cheap to guess passwords through (MD5, SHA-1, or an HMAC over one).
fn weak_prf(a: &Algorithm) -> bool {
    java::weak_password_hash(a) || matches!(a.name.as_str(), "HMAC-SHA1" | "HMAC-MD5")
}

// ---- types -------------------------------------------------------------------------------------

/// `Sha256::new()`, `Hmac::<Sha256>::new_from_slice(…)`, `Oaep::new::<Sha256>()`.
fn type_call(ctx: &mut Ctx<'_>, m: &Match) {
    let full = full_path(ctx, m);
    let Some((method, ty)) = full.split_last() else {
        return;
    };
    let Some(spec) = spec_of(ty) else { return };
    if !spec.accepts(method) {
        return;
    }
    let m = with_call_args(ctx, m);
    let name = ty.last().map(String::as_str).unwrap_or_default();
    let generic = call_generic(ctx, &m).or_else(|| let_generic(ctx, &m, name));
    use_type(ctx, &m, spec, generic, Some(method));
}

/// A bare type: a finding in a `type` alias, a turbofish, a qualified path or a `let`
/// annotation; nothing in a signature.
fn type_ref(ctx: &mut Ctx<'_>, m: &Match) {
    let full = full_path(ctx, m);
    let Some(spec) = spec_of(&full) else { return };
    let generic = type_generic(ctx, m.tok);
    if ctx.vars.contains_key(INNER) {
        use_type(ctx, m, spec, generic, None);
        return;
    }
    match place(ctx, m.first, m.tok) {
        Place::Other => {}
        Place::Alias | Place::Turbofish => use_type(ctx, m, spec, generic, None),
        Place::Let(binding) => {
            let mut mm = with_call_args(ctx, m);
            mm.assigned = binding;
            use_type(ctx, &mm, spec, generic, None);
        }
        Place::Qualified(close) => {
            // `<Aes256Gcm as KeyInit>::new(&key)`: a call of `method` on the type.
            let method = (ctx.t.is_punct(close + 1, PATH_SEP) && ident(ctx, close + 2))
                .then(|| ctx.t.text(close + 2));
            let Some(method) = method.filter(|me| spec.accepts(me)) else {
                return;
            };
            let (args, kwargs, end) = if ctx.t.is_punct(close + 3, b'(') {
                ctx.split_args(close + 3)
            } else {
                (Vec::new(), Vec::new(), close + 3)
            };
            let assigned =
                (m.first >= 3 && ctx.t.is_punct(m.first - 2, b'=') && ident(ctx, m.first - 3))
                    .then(|| ctx.t.text(m.first - 3).to_string());
            let mm = Match {
                rule: m.rule,
                tok: m.tok,
                first: m.first,
                end,
                symbol: format!("{}.{method}", m.symbol),
                args,
                kwargs,
                assigned,
            };
            use_type(ctx, &mm, spec, generic, Some(method));
        }
    }
}

/// Report a type as created by `method` (or referenced, when `None`), reading its generic
/// arguments and the secrets among the constructor's arguments.
fn use_type(
    ctx: &mut Ctx<'_>,
    m: &Match,
    spec: Spec,
    generic: Option<(usize, usize)>,
    method: Option<&str>,
) {
    let inner = generic.map(|r| inner_algs(ctx, r)).unwrap_or_default();
    let first = inner.first();
    let mut extra = Vec::new();
    let mut mode = None;
    let alg = match spec {
        Spec::Hash(n) | Spec::Cipher(n) | Spec::Hasher(n) => ctx.algorithm(n, None),
        Spec::Secret(k) | Spec::Public(k) => key_algorithm(ctx, k),
        Spec::RsaPrivate => {
            let size = matches!(method, Some("new" | "new_with_exp"))
                .then(|| m.args.get(1).and_then(|&r| ctx.eval_int(r)))
                .flatten()
                .and_then(|v| u32::try_from(v).ok());
            ctx.algorithm("RSA", size)
        }
        Spec::RsaPublic => ctx.algorithm("RSA", None),
        Spec::Mode(md) => first.map(|base| {
            mode = Some(md);
            in_mode(ctx, base, md)
        }),
        Spec::Hmac => first.and_then(|h| java::hmac_of(ctx, h)),
        Spec::Cmac => first.and_then(|c| {
            ctx.algorithm(&format!("{}-CMAC", c.name), None)
                .or_else(|| ctx.algorithm("CMAC", None))
        }),
        Spec::Hkdf => first
            .and_then(|h| ctx.algorithm(&format!("HKDF-{}", jca_hash(h)), None))
            .or_else(|| ctx.algorithm("HKDF", None)),
        Spec::RsaSig(suffix) => match first {
            Some(h) => ctx
                .algorithm(&format!("{}withRSA{suffix}", jca_hash(h)), None)
                .or_else(|| ctx.algorithm("RSA", None)),
            None if suffix.is_empty() => ctx.algorithm("RSA", None),
            None => ctx.algorithm("RSASSA-PSS", None),
        },
        Spec::Oaep => ctx.algorithm("RSAES-OAEP", None),
        Spec::Pkcs1Enc => {
            extra.push(java::pkcs1_encryption());
            ctx.algorithm("RSA", None)
        }
        Spec::Generic => first.cloned(),
    };
    if mode == Some("ECB") {
        extra.push(ecb_weakness());
    }
    if let Some(alg) = &alg {
        let idx = ctx.emit(m, alg.clone(), &extra);
        if let Some(md) = mode {
            ctx.findings[idx].mode = Some(md.to_string());
        }
    }
    if let Some(method) = method {
        materials(ctx, m, spec, method, alg.as_ref());
    }
}

/// The secrets a constructor takes.
fn materials(ctx: &mut Ctx<'_>, m: &Match, spec: Spec, method: &str, alg: Option<&Algorithm>) {
    use MaterialKind::{InitializationVector, Password, PrivateKey, Salt, SecretKey};
    match spec {
        Spec::Cipher(_) | Spec::Hmac | Spec::Cmac if matches!(method, "new" | "new_from_slice") => {
            material_arg(ctx, m, 0, SecretKey, alg);
        }
        Spec::Mode(md) => {
            if matches!(method, "new" | "new_from_slice" | "new_from_slices") {
                material_arg(ctx, m, 0, SecretKey, alg);
            }
            if matches!(method, "new" | "new_from_slices") && md != "ECB" {
                material_arg(ctx, m, 1, InitializationVector, alg);
            }
        }
        Spec::Hkdf if matches!(method, "new" | "extract") => {
            material_arg(ctx, m, 0, Salt, alg);
            material_arg(ctx, m, 1, SecretKey, alg);
        }
        Spec::Secret(_) | Spec::RsaPrivate | Spec::Generic
            if PRIVATE_MATERIAL_METHODS.contains(&method) =>
        {
            material_arg(ctx, m, 0, PrivateKey, alg);
        }
        Spec::Hasher(_) if method == "hash_password" => material_arg(ctx, m, 0, Password, alg),
        _ => {}
    }
}

/// `HmacSha256::new_from_slice(b"…")` on an alias the file declared: the hard-coded secret,
/// against the alias's algorithm (the alias itself is the algorithm finding).
fn alias_ctor(ctx: &mut Ctx<'_>, m: &Match) {
    use MaterialKind::{InitializationVector, Salt, SecretKey};
    let mut parts = m.symbol.split('.');
    let var = parts.next().unwrap_or_default();
    let method = parts.next().unwrap_or_default();
    if !var.starts_with(|c: char| c.is_ascii_uppercase()) {
        return;
    }
    let Some(alg) = ctx
        .var_finding(var)
        .and_then(|i| ctx.findings.get(i))
        .and_then(|f| f.algorithm.clone())
    else {
        return;
    };
    let mut m = with_call_args(ctx, m);
    m.rule = "rust.type-alias";
    let m = &m;
    match (alg.family, alg.primitive) {
        (Family::Hkdf, _) => {
            material_arg(ctx, m, 0, Salt, Some(&alg));
            material_arg(ctx, m, 1, SecretKey, Some(&alg));
        }
        (Family::Hmac | Family::Cmac, _) => material_arg(ctx, m, 0, SecretKey, Some(&alg)),
        (_, Primitive::BlockCipher | Primitive::StreamCipher | Primitive::Ae) => {
            material_arg(ctx, m, 0, SecretKey, Some(&alg));
            let iv = matches!(
                mode_of(&alg.name).as_deref(),
                Some("CBC" | "CTR" | "CFB" | "OFB")
            );
            if iv && method != "new_from_slice" {
                material_arg(ctx, m, 1, InitializationVector, Some(&alg));
            }
        }
        _ => {}
    }
}

// ---- RustCrypto functions ----------------------------------------------------------------------

/// `pbkdf2_hmac::<Sha1>(pw, salt, 1000, &mut out)`, `pbkdf2::<Hmac<Sha256>>(…)`.
fn pbkdf2_fn(ctx: &mut Ctx<'_>, m: &Match) {
    let m = with_call_args(ctx, m);
    if m.args.is_empty() {
        return;
    }
    let inner = call_generic(ctx, &m)
        .map(|r| inner_algs(ctx, r))
        .unwrap_or_default();
    let mut extra = Vec::new();
    if inner.first().is_some_and(weak_prf) {
        extra.push(java::weak_hash_password());
    }
    if let Some(n) = m.args.get(2).and_then(|&r| int_arg(ctx, r, 0)) {
        if n < java::MIN_ITERATIONS {
            extra.push(java::low_iterations(n));
        }
    }
    let alg = ctx.algorithm("PBKDF2", None);
    if let Some(a) = &alg {
        ctx.emit(&m, a.clone(), &extra);
    }
    material_arg(ctx, &m, 0, MaterialKind::Password, alg.as_ref());
    material_arg(ctx, &m, 1, MaterialKind::Salt, alg.as_ref());
}

/// scrypt, bcrypt, rust-argon2, and the password-hash API (`Pbkdf2.hash_password(pw, &salt)`):
/// the password and the salt when written into the source.
fn password_kdf(ctx: &mut Ctx<'_>, m: &Match) {
    let full = full_path(ctx, m);
    let segs: Vec<&str> = full.iter().map(String::as_str).collect();
    let (name, salt_arg) = match segs.as_slice() {
        ["scrypt", "scrypt"] | ["openssl", "pkcs5", "scrypt"] => ("scrypt", Some(1)),
        ["scrypt", "Scrypt", _] => ("scrypt", Some(1)),
        ["pbkdf2", "Pbkdf2", _] => ("PBKDF2", Some(1)),
        ["argon2", _] => ("Argon2", Some(1)),
        ["bcrypt", "hash_with_salt"] => ("bcrypt", Some(2)),
        ["bcrypt", _] => ("bcrypt", None),
        _ => return,
    };
    let alg = ctx.algorithm(name, None);
    if let Some(a) = &alg {
        ctx.emit(m, a.clone(), &[]);
    }
    material_arg(ctx, m, 0, MaterialKind::Password, alg.as_ref());
    if let Some(s) = salt_arg {
        material_arg(ctx, m, s, MaterialKind::Salt, alg.as_ref());
    }
}

/// `Pkcs1v15Encrypt` passed to `encrypt`/`decrypt`: RSA with PKCS#1 v1.5 padding. A mention in
/// a type position (`EncryptingKey<Pkcs1v15Encrypt>`, a signature) is not an operation.
fn pkcs1_value(ctx: &mut Ctx<'_>, m: &Match) {
    if m.first > 0 && !ctx.vars.contains_key(INNER) {
        let p = m.first - 1;
        let type_position = ctx.t.is_punct(p, b':')
            || ctx.t.is_punct(p, super::lexer::ARROW)
            || (ctx.t.is_punct(p, b'<') && generic_open(ctx, p))
            || ctx.t.is_ident(p, "impl")
            || ctx.t.is_ident(p, "for")
            || ctx.t.is_ident(p, "dyn");
        if type_position {
            return;
        }
    }
    if let Some(alg) = ctx.algorithm("RSA", None) {
        ctx.emit(m, alg, &[java::pkcs1_encryption()]);
    }
}

/// rsa 0.6's `PaddingScheme::new_oaep::<Sha256>()`, `new_pkcs1v15_sign::<Sha256>()`,
/// `new_pss::<Sha256>()`.
fn padding_scheme(ctx: &mut Ctx<'_>, m: &Match) {
    let method = m.symbol.rsplit('.').next().unwrap_or_default();
    let spec = match method {
        "new_oaep" => Spec::Oaep,
        "new_pss" => Spec::RsaSig("/PSS"),
        _ => Spec::RsaSig(""),
    };
    let m = with_call_args(ctx, m);
    let generic = call_generic(ctx, &m);
    use_type(ctx, &m, spec, generic, None);
}

/// `Key::<Aes256Gcm>::from_slice(b"…")`: a hard-coded AEAD key.
fn aead_key(ctx: &mut Ctx<'_>, m: &Match) {
    let m = with_call_args(ctx, m);
    let alg = call_generic(ctx, &m)
        .map(|r| inner_algs(ctx, r))
        .and_then(|v| v.into_iter().next());
    material_arg(ctx, &m, 0, MaterialKind::SecretKey, alg.as_ref());
}

/// `Nonce::from_slice(b"unique nonce")`: a constant nonce.
fn aead_nonce(ctx: &mut Ctx<'_>, m: &Match) {
    let m = with_call_args(ctx, m);
    if let Some(r) = call_generic(ctx, &m) {
        let _ = inner_algs(ctx, r);
    }
    material_arg(ctx, &m, 0, MaterialKind::InitializationVector, None);
}

/// `Mac::new_from_slice(b"…")` through the trait, the type given by an annotation.
fn trait_key(ctx: &mut Ctx<'_>, m: &Match) {
    material_arg(ctx, m, 0, MaterialKind::SecretKey, None);
}

// ---- ring / aws-lc-rs --------------------------------------------------------------------------

fn ring_entry(ctx: &Ctx<'_>, m: &Match) -> Option<(&'static str, bool)> {
    let full = full_path(ctx, m);
    if full.first().map(String::as_str) != Some("ring") {
        return None;
    }
    let tail = full[1..].join(" ");
    RING.iter()
        .find(|(p, _, _)| *p == tail)
        .map(|(_, a, w)| (*a, *w))
}

/// `&digest::SHA256`, `&aead::AES_256_GCM`, `&signature::RSA_PKCS1_SHA256`, `pbkdf2::PBKDF2_HMAC_SHA1`.
fn ring_const(ctx: &mut Ctx<'_>, m: &Match) {
    let Some((name, weak)) = ring_entry(ctx, m) else {
        return;
    };
    let Some(alg) = ctx.algorithm(name, None) else {
        return;
    };
    let extra: Vec<Weakness> = if weak {
        vec![java::weak_hash_password()]
    } else {
        Vec::new()
    };
    ctx.emit(m, alg, &extra);
}

/// True when the algorithm argument names SHA-1 (`pbkdf2::PBKDF2_HMAC_SHA1`, or a constant
/// holding it).
fn names_sha1(ctx: &Ctx<'_>, (a, b): (usize, usize)) -> bool {
    let mut range = (a, b);
    if ident(ctx, a) {
        let (segs, last) = ctx.chain(a);
        if last + 1 == b {
            if let Some(r) = segs.last().and_then(|s| ctx.const_range(s)) {
                range = r;
            }
        }
    }
    (range.0..range.1).any(|j| {
        ident(ctx, j) && {
            let w = ctx.t.text(j);
            w.contains("SHA1") || w.contains("MD5")
        }
    })
}

/// `pbkdf2::derive(PBKDF2_HMAC_SHA256, iterations, &salt, secret, &mut out)`, and `verify`.
fn ring_pbkdf2(ctx: &mut Ctx<'_>, m: &Match) {
    let Some(&alg_arg) = m.args.first() else {
        return;
    };
    let weak = names_sha1(ctx, alg_arg);
    let _ = inner_algs(ctx, alg_arg);
    let n = m.args.get(1).and_then(|&r| int_arg(ctx, r, 0));
    let alg = java::kdf_emit(ctx, m, "PBKDF2", weak, n);
    material_arg(ctx, m, 2, MaterialKind::Salt, alg.as_ref());
    material_arg(ctx, m, 3, MaterialKind::Password, alg.as_ref());
}

/// `hmac::Key::new(HMAC_SHA256, key)`, `hkdf::Salt::new(HKDF_SHA256, salt)`,
/// `aead::UnboundKey::new(&AES_256_GCM, key)`: the algorithm and the hard-coded secret.
fn ring_keyed(ctx: &mut Ctx<'_>, m: &Match) {
    let Some(&alg_arg) = m.args.first() else {
        return;
    };
    let alg = inner_algs(ctx, alg_arg).into_iter().next();
    if let Some(a) = &alg {
        ctx.emit(m, a.clone(), &[]);
    }
    let kind = if m.symbol.contains("Salt") {
        MaterialKind::Salt
    } else {
        MaterialKind::SecretKey
    };
    material_arg(ctx, m, 1, kind, alg.as_ref());
}

fn ring_nonce(ctx: &mut Ctx<'_>, m: &Match) {
    material_arg(ctx, m, 0, MaterialKind::InitializationVector, None);
}

fn ring_ed25519_seed(ctx: &mut Ctx<'_>, m: &Match) {
    let alg = ctx.algorithm("Ed25519", None);
    if let Some(a) = &alg {
        ctx.emit(m, a.clone(), &[]);
    }
    material_arg(ctx, m, 0, MaterialKind::PrivateKey, alg.as_ref());
}

// ---- openssl crate -----------------------------------------------------------------------------

/// `Cipher::aes_128_ecb()` → AES-128-ECB: OpenSSL's cipher name, `_` for `-`.
fn openssl_cipher_alg(ctx: &Ctx<'_>, name: &str) -> Option<(Algorithm, Option<&'static str>)> {
    const MODES: &[&str] = &[
        "ecb", "cbc", "ctr", "cfb", "ofb", "gcm", "ccm", "xts", "ocb",
    ];
    let dashed = name.replace('_', "-");
    let mode = dashed
        .rsplit('-')
        .next()
        .map(|m| m.trim_end_matches(|c: char| c.is_ascii_digit()))
        .and_then(|m| MODES.iter().find(|x| **x == m))
        .map(|m| match *m {
            "ecb" => "ECB",
            "cbc" => "CBC",
            "ctr" => "CTR",
            "cfb" => "CFB",
            "ofb" => "OFB",
            "gcm" => "GCM",
            "ccm" => "CCM",
            "xts" => "XTS",
            _ => "OCB",
        });
    let mut candidates = vec![dashed.clone(), format!("EVP_{name}")];
    let trimmed = dashed.trim_end_matches(|c: char| c.is_ascii_digit());
    candidates.push(trimmed.to_string());
    // Drop the mode, then the size: `camellia-128-ecb` → `camellia-128` → `camellia`.
    let mut parts: Vec<&str> = dashed.split('-').collect();
    while parts.len() > 1 {
        parts.pop();
        candidates.push(parts.join("-"));
    }
    let alg = candidates.iter().find_map(|c| match c.as_str() {
        "bf" => ctx.algorithm("Blowfish", None),
        "cast5" => None,
        c => ctx.algorithm(c, None),
    })?;
    Some((alg, mode))
}

fn openssl_cipher(ctx: &mut Ctx<'_>, m: &Match) {
    let name = m.symbol.rsplit('.').next().unwrap_or_default();
    let Some((alg, mode)) = openssl_cipher_alg(ctx, name) else {
        return;
    };
    let mut extra = Vec::new();
    if mode == Some("ECB") && mode_of(&alg.name).is_none() {
        extra.push(ecb_weakness());
    }
    let idx = ctx.emit(m, alg, &extra);
    if ctx.findings[idx].mode.is_none() {
        ctx.findings[idx].mode = mode.map(str::to_string);
    }
}

/// `MessageDigest::sha256()`.
fn openssl_digest(ctx: &mut Ctx<'_>, m: &Match) {
    let name = m.symbol.rsplit('.').next().unwrap_or_default();
    let evp = format!("EVP_{}", name.replace("shake_", "shake"));
    if let Some(alg) = ctx.algorithm(&evp, None) {
        ctx.emit(m, alg, &[]);
    }
}

/// `symm::encrypt(Cipher::aes_128_cbc(), key, Some(iv), data)`, `Crypter::new(cipher, mode, key,
/// iv)`: the hard-coded key and IV. The cipher argument is reported by its own rule.
fn openssl_symm(ctx: &mut Ctx<'_>, m: &Match) {
    let Some(&(a, b)) = m.args.first() else {
        return;
    };
    let alg = if ident(ctx, a) {
        let (segs, last) = ctx.chain(a);
        if last + 1 == b {
            // A cipher held in a variable: `let cipher = Cipher::aes_256_cbc();`.
            ctx.var_finding(segs[0])
                .and_then(|i| ctx.findings.get(i))
                .and_then(|f| f.algorithm.clone())
        } else {
            segs.last()
                .and_then(|name| openssl_cipher_alg(ctx, name))
                .map(|(alg, _)| alg)
        }
    } else {
        None
    };
    let key = if m.symbol.ends_with("Crypter.new") {
        2
    } else {
        1
    };
    material_arg(ctx, m, key, MaterialKind::SecretKey, alg.as_ref());
    material_arg(
        ctx,
        m,
        key + 1,
        MaterialKind::InitializationVector,
        alg.as_ref(),
    );
}

fn openssl_aes_key(ctx: &mut Ctx<'_>, m: &Match) {
    let alg = ctx.algorithm("AES", None);
    if let Some(a) = &alg {
        ctx.emit(m, a.clone(), &[]);
    }
    material_arg(ctx, m, 0, MaterialKind::SecretKey, alg.as_ref());
}

/// `pkcs5::pbkdf2_hmac(pass, salt, iter, MessageDigest::sha1(), &mut key)`.
fn openssl_pbkdf2(ctx: &mut Ctx<'_>, m: &Match) {
    let hash = m
        .args
        .get(3)
        .map(|&r| inner_algs(ctx, r))
        .and_then(|v| v.into_iter().next());
    let n = m.args.get(2).and_then(|&r| int_arg(ctx, r, 0));
    let alg = java::kdf_emit(ctx, m, "PBKDF2", hash.as_ref().is_some_and(weak_prf), n);
    material_arg(ctx, m, 0, MaterialKind::Password, alg.as_ref());
    material_arg(ctx, m, 1, MaterialKind::Salt, alg.as_ref());
}

/// `EcGroup::from_curve_name(Nid::X9_62_PRIME256V1)` → EC-P-256.
fn openssl_curve(ctx: &mut Ctx<'_>, m: &Match) {
    let Some(&(a, b)) = m.args.first() else {
        return;
    };
    let Some(nid) = (a..b).rev().find(|&j| ident(ctx, j)).map(|j| ctx.t.text(j)) else {
        return;
    };
    let lower = nid.to_ascii_lowercase();
    let name = lower.trim_start_matches("x9_62_");
    let curve = catalogue::curve(name).or_else(|| catalogue::curve(&name.replace('_', "")));
    if let Some(c) = curve {
        ctx.consume((a, b));
        ctx.emit(m, catalogue::ec_key(c), &[]);
    }
}

// ---- rustls ------------------------------------------------------------------------------------

/// `cipher_suite::TLS13_AES_128_GCM_SHA256` → the suite's bulk cipher, AES-128-GCM: the key
/// exchange and signature of a TLS 1.3 suite are negotiated apart.
fn rustls_suite(ctx: &mut Ctx<'_>, m: &Match) {
    let name = m.symbol.rsplit('.').next().unwrap_or_default();
    let iana = match name.strip_prefix("TLS13_") {
        Some(rest) => format!("TLS_{rest}"),
        None => name.to_string(),
    };
    let alg = catalogue::tls_cipher_suite_by_name(&iana)
        .and_then(|s| catalogue::by_name(s.cipher))
        .map(|e| e.resolve(None));
    if let Some(alg) = alg {
        ctx.emit(m, alg, &[]);
    }
}

/// `kx_group::X25519MLKEM768`, `kx_group::SECP256R1`.
fn rustls_group(ctx: &mut Ctx<'_>, m: &Match) {
    let name = match m.symbol.rsplit('.').next().unwrap_or_default() {
        "X25519" => "X25519",
        "SECP256R1" => "ECDH-P-256",
        "SECP384R1" => "ECDH-P-384",
        "SECP521R1" => "ECDH-P-521",
        "X25519MLKEM768" => "X25519MLKEM768",
        "SECP256R1MLKEM768" => "SecP256r1MLKEM768",
        "MLKEM768" => "ML-KEM-768",
        "MLKEM1024" => "ML-KEM-1024",
        _ => return,
    };
    if let Some(alg) = ctx.algorithm(name, None) {
        ctx.emit(m, alg, &[]);
    }
}

#[cfg(test)]
mod tests {
    use mamori_model::Language;

    use super::*;

    /// `line subject [weaknesses]` per finding, in order.
    fn scan(src: &str) -> Vec<String> {
        super::super::described(Language::Rust, src)
    }

    fn subjects(src: &str) -> Vec<String> {
        super::super::scan_source_in(Language::Rust, src.as_bytes(), 2026)
            .iter()
            .map(|f| f.subject())
            .collect()
    }

    #[test]
    fn every_constructor_has_a_rule_per_type() {
        let lists = [
            HASH_METHODS,
            CIPHER_METHODS,
            MODE_METHODS,
            MAC_METHODS,
            HKDF_METHODS,
            SIGNATURE_METHODS,
            OAEP_METHODS,
            HASHER_METHODS,
            SECRET_METHODS,
            PRIVATE_MATERIAL_METHODS,
            PUBLIC_METHODS,
        ];
        for (path, spec) in TYPES {
            for method in lists.iter().flat_map(|l| l.iter()) {
                if spec.accepts(method) {
                    let want = format!("{path} {method}");
                    assert!(
                        RULE_TABLE.iter().any(|r| r.path == want),
                        "no rule for {want}"
                    );
                }
            }
        }
    }

    #[test]
    fn every_fixed_algorithm_is_in_the_catalogue() {
        for (path, spec) in TYPES {
            let name = match spec {
                Spec::Hash(n) | Spec::Cipher(n) | Spec::Hasher(n) => n,
                Spec::Secret(KeyAlg::Name(n)) | Spec::Public(KeyAlg::Name(n)) => n,
                Spec::Secret(KeyAlg::Curve(c)) | Spec::Public(KeyAlg::Curve(c)) => {
                    assert!(catalogue::curve(c).is_some(), "{path}: {c}");
                    continue;
                }
                _ => continue,
            };
            assert!(catalogue::by_name(name).is_some(), "{path}: {name}");
        }
        for (path, name, _) in RING {
            assert!(catalogue::by_name(name).is_some(), "ring {path}: {name}");
        }
    }

    #[test]
    fn hashes() {
        let src = "use sha2::{Digest, Sha256};\nuse sha1::Sha1;\n\
                   fn f(d: &[u8]) {\n    let h = Sha256::new();\n    let g = Sha1::digest(d);\n    \
                   let x = <Sha256 as Digest>::digest(d);\n    let y = md5::compute(d);\n}\n";
        assert_eq!(
            scan(src),
            ["4 SHA-256 []", "5 SHA-1 []", "6 SHA-256 []", "7 MD5 []"]
        );
        // Comments, strings, signatures, fields, bounds and `use` lines are not uses.
        let src = "use sha2::{Digest, Sha256};\n// Sha256::new()\n\
                   fn f(h: &mut Sha256) -> Sha256 { let s = \"Sha256::new() md5::compute\"; panic!() }\n\
                   struct S { h: Sha256 }\nimpl From<Sha256> for S { fn from(h: Sha256) -> S { S { h } } }\n\
                   fn g<D: Digest>() {}\n";
        assert!(subjects(src).is_empty(), "{:?}", subjects(src));
        // A type of the program's own with the same name.
        let src = "struct Sha256;\nimpl Sha256 { fn new() -> Self { Sha256 } }\n\
                   fn f() { let h = Sha256::new(); let m = compute(); }\n";
        assert!(subjects(src).is_empty());
        // A glob import, and a `let` annotation with a trait constructor.
        let src = "use sha2::*;\nfn f() { let h: Sha512 = Digest::new(); let g: Sha256 = Sha256::new(); }\n";
        assert_eq!(subjects(src), ["SHA-512", "SHA-256"]);
    }

    #[test]
    fn hmac_reads_and_consumes_its_hash() {
        let src = "use hmac::{Hmac, Mac};\nuse sha2::Sha256;\nuse sha1::Sha1;\n\
                   type HmacSha256 = Hmac<Sha256>;\n\
                   fn f(body: &[u8]) {\n    let mut m = HmacSha256::new_from_slice(b\"static-key\").unwrap();\n    \
                   let mut n = Hmac::<Sha1>::new_from_slice(key).unwrap();\n    \
                   let mut o: Hmac<Sha256> = Hmac::new_from_slice(key).unwrap();\n}\n";
        assert_eq!(
            scan(src),
            [
                "4 HMAC-SHA256 []",
                "6 secret-key [hardcoded-key]",
                "7 HMAC-SHA1 []",
                "8 HMAC-SHA256 []"
            ]
        );
        let src = "use hmac::{Hmac, Mac};\nuse sha2::Sha256;\n\
                   fn verify(mac: Hmac<Sha256>, key: &[u8]) {}\nstruct Signer { mac: Hmac<Sha256> }\n\
                   // type HmacSha256 = Hmac<Sha256>;\n";
        assert!(subjects(src).is_empty(), "{:?}", subjects(src));
    }

    #[test]
    fn ciphers_modes_and_keys() {
        let src = "use aes::Aes128;\nuse aes_gcm::{Aes256Gcm, Key, Nonce, KeyInit};\n\
                   type Enc = cbc::Encryptor<Aes128>;\n\
                   const KEY: [u8; 16] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16];\n\
                   fn f(iv: &[u8; 16]) {\n    let c = Enc::new(&KEY.into(), iv.into());\n    \
                   let k = Key::<Aes256Gcm>::from_slice(b\"0123456789abcdef0123456789abcdef\");\n    \
                   let g = Aes256Gcm::new(k);\n    let n = Nonce::from_slice(b\"unique nonce\");\n    \
                   let e = ecb::Encryptor::<Aes128>::new(&k2.into());\n    \
                   let b = Aes128::new(&k3);\n    let t = <Aes256Gcm as KeyInit>::new(&k4);\n}\n";
        assert_eq!(
            scan(src),
            [
                "3 AES-128-CBC []",
                "6 secret-key [hardcoded-key]",
                "7 secret-key [hardcoded-key]",
                "8 AES-256-GCM []",
                "9 initialization-vector [static-iv]",
                "10 AES-128-ECB [ecb-mode]",
                "11 AES-128 []",
                "12 AES-256-GCM []"
            ]
        );
        let src = "use aes::Aes128;\nuse aes_gcm::Aes256Gcm;\n\
                   fn f(c: &cbc::Encryptor<Aes128>, g: Aes256Gcm) { log(\"Aes256Gcm::new\"); }\n\
                   struct Aes128Gcm;\nfn g() { Aes128Gcm::new(); }\n";
        assert!(subjects(src).is_empty(), "{:?}", subjects(src));
    }

    #[test]
    fn rsa() {
        let src = "use rsa::{Oaep, Pkcs1v15Encrypt, RsaPrivateKey};\nuse rsa::pkcs1v15::SigningKey;\n\
                   use sha2::Sha256;\nuse sha1::Sha1;\n\
                   fn f(rng: &mut R, pk: &P, d: &[u8]) {\n    let k = RsaPrivateKey::new(rng, 1024).unwrap();\n    \
                   let e = pk.encrypt(rng, Pkcs1v15Encrypt, d);\n    let o = Oaep::new::<Sha256>();\n    \
                   let s = SigningKey::<Sha1>::new(k);\n    let t = RsaPrivateKey::new(rng, 3072);\n}\n";
        assert_eq!(
            scan(src),
            [
                "6 RSA-1024 [short-key]",
                "7 RSA [pkcs1v15-encryption]",
                "8 RSAES-OAEP []",
                "9 SHA1withRSA [weak-hash-signature]",
                "10 RSA-3072 []"
            ]
        );
        let src = "use rsa::{Pkcs1v15Encrypt, RsaPrivateKey};\n\
                   fn f(k: &RsaPrivateKey, p: Pkcs1v15Encrypt) -> RsaPrivateKey { panic!() }\n";
        assert!(subjects(src).is_empty(), "{:?}", subjects(src));
    }

    #[test]
    fn elliptic_curves_dalek_and_pqc() {
        let src = "use p256::ecdsa::SigningKey;\nuse x25519_dalek::StaticSecret;\nuse ml_kem::{KemCore, MlKem768};\n\
                   fn f(rng: &mut R) {\n    let a = SigningKey::random(rng);\n    \
                   let b = ed25519_dalek::SigningKey::generate(rng);\n    \
                   let c = StaticSecret::random_from_rng(rng);\n    let (d, e) = MlKem768::generate(rng);\n    \
                   let g = ml_dsa::MlDsa65::key_gen(rng);\n    let h = p384::ecdh::EphemeralSecret::random(rng);\n}\n";
        assert_eq!(
            subjects(src),
            [
                "EC-P-256",
                "Ed25519",
                "X25519",
                "ML-KEM-768",
                "ML-DSA-65",
                "ECDH-P-384"
            ]
        );
        // `SigningKey` of another crate, and of the program itself.
        let src = "use crate::keys::SigningKey;\nfn f(rng: &mut R) { let a = SigningKey::random(rng); \
                   let b = SigningKey::generate(rng); }\n";
        assert!(subjects(src).is_empty());
    }

    #[test]
    fn password_kdfs() {
        let src = "use pbkdf2::{pbkdf2, pbkdf2_hmac};\nuse hmac::Hmac;\nuse sha1::Sha1;\nuse sha2::Sha256;\n\
                   fn f(pw: &[u8], salt: &[u8], out: &mut [u8]) {\n    \
                   pbkdf2_hmac::<Sha1>(b\"hunter2\", b\"NaCl\", 1000, out);\n    \
                   pbkdf2::<Hmac<Sha256>>(pw, salt, 600_000, out);\n    \
                   scrypt::scrypt(pw, salt, &params, out);\n    let a = argon2::Argon2::default();\n    \
                   let h = bcrypt::hash(pw, 12);\n    let k = hkdf::Hkdf::<Sha256>::new(Some(salt), pw);\n}\n";
        assert_eq!(
            scan(src),
            [
                "6 PBKDF2 [weak-hash-password,low-iteration-count]",
                "6 password [hardcoded-password]",
                "6 salt [static-salt]",
                "7 PBKDF2 []",
                "8 scrypt []",
                "9 Argon2 []",
                "10 bcrypt []",
                "11 HKDF-SHA256 []"
            ]
        );
        let src = "fn pbkdf2_hmac(a: u8) {}\nfn f() { pbkdf2_hmac(1); hash(2); let scrypt = 3; }\n";
        assert!(subjects(src).is_empty());
    }

    #[test]
    fn ring_constants_and_calls() {
        let src = "use ring::{aead, agreement, digest, pbkdf2, signature};\n\
                   fn f(rng: &R, salt: &[u8], pw: &[u8], out: &mut [u8]) {\n    \
                   let d = digest::digest(&digest::SHA1_FOR_LEGACY_USE_ONLY, pw);\n    \
                   let k = aead::UnboundKey::new(&aead::AES_256_GCM, b\"0123456789abcdef0123456789abcdef\");\n    \
                   let s = signature::EcdsaKeyPair::from_pkcs8(&signature::ECDSA_P256_SHA256_ASN1_SIGNING, p, rng);\n    \
                   let e = agreement::EphemeralPrivateKey::generate(&agreement::X25519, rng);\n    \
                   pbkdf2::derive(pbkdf2::PBKDF2_HMAC_SHA1, NonZeroU32::new(1000).unwrap(), salt, pw, out);\n    \
                   let r = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, pw);\n}\n";
        assert_eq!(
            scan(src),
            [
                "3 SHA-1 []",
                "4 AES-256-GCM []",
                "4 secret-key [hardcoded-key]",
                "5 SHA256withECDSA []",
                "6 X25519 []",
                "7 PBKDF2 [weak-hash-password,low-iteration-count]",
                "8 SHA-256 []"
            ]
        );
        let src = "const SHA256: u8 = 1;\nfn f() { let x = SHA256; let y = X25519; }\n\
                   // digest::SHA256\nuse ring::digest::{self, SHA256 as S};\n";
        assert!(subjects(src).is_empty(), "{:?}", subjects(src));
    }

    #[test]
    fn openssl_crate() {
        let src = "use openssl::symm::{Cipher, encrypt};\nuse openssl::hash::MessageDigest;\n\
                   use openssl::rsa::Rsa;\nuse openssl::ssl::SslVersion;\nuse openssl::nid::Nid;\n\
                   fn f(b: &mut B, d: &[u8]) {\n    \
                   let c = encrypt(Cipher::aes_128_ecb(), b\"0123456789abcdef\", None, d);\n    \
                   let h = MessageDigest::md5();\n    let r = Rsa::generate(1024);\n    \
                   let g = openssl::ec::EcGroup::from_curve_name(Nid::X9_62_PRIME256V1);\n    \
                   b.set_min_proto_version(Some(SslVersion::TLS1));\n    \
                   b.set_cipher_list(\"DES-CBC3-SHA:ECDHE-RSA-AES128-GCM-SHA256:!aNULL\");\n    \
                   let t = Cipher::des_ede3_cbc();\n}\n";
        let mut got = scan(src);
        got.sort();
        assert_eq!(
            got,
            [
                "10 EC-P-256 []",
                "11 TLS 1.0 [deprecated-protocol]",
                "12 AES-128-GCM []",
                "12 DES-EDE3-CBC [weak-cipher-suite]",
                "13 DES-EDE3-CBC []",
                "7 AES-128-ECB [ecb-mode]",
                "7 secret-key [hardcoded-key]",
                "8 MD5 []",
                "9 RSA-1024 [short-key]"
            ]
        );
        // A `Cipher` of the program's own.
        let src = "struct Cipher;\nimpl Cipher { fn aes_128_ecb() -> Cipher { Cipher } }\n\
                   fn f(b: &mut B) { let c = Cipher::aes_128_ecb(); b.set_cipher_list(list); }\n";
        assert!(subjects(src).is_empty());
    }

    #[test]
    fn rustls_and_native_tls() {
        let src = "use rustls::version;\nuse rustls::crypto::aws_lc_rs::kx_group;\n\
                   fn f() {\n    let v = [&version::TLS12, &rustls::version::TLS13];\n    \
                   let g = vec![kx_group::X25519MLKEM768, kx_group::SECP256R1];\n    \
                   let s = rustls::crypto::ring::cipher_suite::TLS13_AES_128_GCM_SHA256;\n    \
                   let n = native_tls::Protocol::Tlsv10;\n}\n";
        assert_eq!(
            scan(src),
            [
                "4 TLS 1.2 []",
                "4 TLS 1.3 []",
                "5 X25519MLKEM768 []",
                "5 ECDH-P-256 []",
                "6 AES-128-GCM []",
                "7 TLS 1.0 [deprecated-protocol]"
            ]
        );
        let src = "/// rustls::version::TLS12 is not offered\nfn f() { let s = \"TLS12\"; let TLS13 = 1; }\n";
        assert!(subjects(src).is_empty());
    }
}
