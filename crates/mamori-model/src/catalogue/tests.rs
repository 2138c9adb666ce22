//! Pins every catalogue value against its standard, and the invariants that tie the tables
//! together. The expected table below is written from the standards, row by row; it is not
//! derived from `entries.rs`.

use std::collections::{HashMap, HashSet};

use super::*;
use crate::status::Status;

/// (canonical name, classical bits, NIST category, broken).
type Expected = (&'static str, Option<u16>, u8, bool);

/// Public-key schemes whose strength follows from a key size, a curve or a negotiated group.
/// SP 800-57 Table 2 applies once the size is known; Shor breaks them all (category 0).
const SIZED: &[Expected] = &[
    ("RSA", None, 0, false),
    ("RSASSA-PSS", None, 0, false),
    ("RSAES-OAEP", None, 0, false),
    ("DSA", None, 0, false),
    ("DH", None, 0, false),
    ("EC", None, 0, false),
    ("ECDH", None, 0, false),
    ("ECMQV", None, 0, false),
    ("ECDSA", None, 0, false),
    ("DHE", None, 0, false),
    ("ECDHE", None, 0, false),
    ("RSA-KeyTransport", None, 0, false),
    ("SRP", None, 0, false),
    ("ECCPWD", None, 0, false),
    ("GOSTR3410-94", None, 0, false),
    ("VKO-GOSTR3410-94", None, 0, false),
    ("GOSTR3410-2012", None, 0, false),
    ("VKO-GOSTR3410-2012", None, 0, false),
];

/// Elliptic-curve schemes on a fixed curve. SP 800-186 §3.1 and RFC 7748 §7: Curve25519/
/// edwards25519 ~128 bits, Curve448/edwards448 ~224 bits. SP 800-57 Table 2 column f for the
/// rest: order of 160–223 bits → 80, 224–255 → 112, 256–383 → 128, 384–511 → 192, ≥512 → 256.
const FIXED_CURVE: &[Expected] = &[
    ("Ed25519", Some(128), 0, false),
    ("Ed448", Some(224), 0, false),
    ("X25519", Some(128), 0, false),
    ("X448", Some(224), 0, false),
    // SM2: 256-bit prime curve (GB/T 32918).
    ("SM2", Some(128), 0, false),
    ("SM2-Encryption", Some(128), 0, false),
    ("SM3withSM2", Some(128), 0, false),
    // GOST R 34.10-2001 (256-bit), -2012 (256/512-bit curves): RFC 4491, RFC 9215.
    ("GOSTR3410-2001", Some(128), 0, false),
    ("GOSTR3410-2012-256", Some(128), 0, false),
    ("GOSTR3410-2012-512", Some(256), 0, false),
    ("VKO-GOSTR3410-2001", Some(128), 0, false),
    ("VKO-GOSTR3410-2012-256", Some(128), 0, false),
    ("VKO-GOSTR3410-2012-512", Some(256), 0, false),
    ("EC-P-192", Some(80), 0, false),
    ("EC-P-224", Some(112), 0, false),
    ("EC-P-256", Some(128), 0, false),
    ("EC-P-384", Some(192), 0, false),
    ("EC-P-521", Some(256), 0, false),
    ("EC-secp256k1", Some(128), 0, false),
    ("EC-brainpoolP256r1", Some(128), 0, false),
    ("EC-brainpoolP384r1", Some(192), 0, false),
    ("EC-brainpoolP512r1", Some(256), 0, false),
    // Binary curves: order bits 163, 162, 163, 193, 193 → 80; 232, 233, 238 → 112;
    // 281, 282 → 128; 407, 409 → 192; 570, 570 → 256.
    ("ECDH-K-163", Some(80), 0, false),
    ("ECDH-sect163r1", Some(80), 0, false),
    ("ECDH-B-163", Some(80), 0, false),
    ("ECDH-sect193r1", Some(80), 0, false),
    ("ECDH-sect193r2", Some(80), 0, false),
    ("ECDH-K-233", Some(112), 0, false),
    ("ECDH-B-233", Some(112), 0, false),
    ("ECDH-sect239k1", Some(112), 0, false),
    ("ECDH-K-283", Some(128), 0, false),
    ("ECDH-B-283", Some(128), 0, false),
    ("ECDH-K-409", Some(192), 0, false),
    ("ECDH-B-409", Some(192), 0, false),
    ("ECDH-K-571", Some(256), 0, false),
    ("ECDH-B-571", Some(256), 0, false),
    // Prime curves: 161-bit orders of secp160* → 80; secp192* → 80; secp224k1 (225) and
    // P-224 → 112; 256-bit → 128; P-384 → 192; P-521 → 256.
    ("ECDH-secp160k1", Some(80), 0, false),
    ("ECDH-secp160r1", Some(80), 0, false),
    ("ECDH-secp160r2", Some(80), 0, false),
    ("ECDH-secp192k1", Some(80), 0, false),
    ("ECDH-P-192", Some(80), 0, false),
    ("ECDH-secp224k1", Some(112), 0, false),
    ("ECDH-P-224", Some(112), 0, false),
    ("ECDH-secp256k1", Some(128), 0, false),
    ("ECDH-P-256", Some(128), 0, false),
    ("ECDH-P-384", Some(192), 0, false),
    ("ECDH-P-521", Some(256), 0, false),
    ("ECDH-brainpoolP256r1", Some(128), 0, false),
    ("ECDH-brainpoolP384r1", Some(192), 0, false),
    ("ECDH-brainpoolP512r1", Some(256), 0, false),
    ("ECDH-SM2", Some(128), 0, false),
];

/// Fixed finite-field groups and fixed-size RSA: SP 800-57 Table 2 (1024 → 80, 2048 → 112,
/// 3072 → 128) and SP 800-56B Rev. 2 App. D (4096 → 152, 6144 → 176, 8192 → 200, 512 → 56).
const FIXED_FFC_IFC: &[Expected] = &[
    ("ffdhe2048", Some(112), 0, false),
    ("ffdhe3072", Some(128), 0, false),
    ("ffdhe4096", Some(152), 0, false),
    ("ffdhe6144", Some(176), 0, false),
    ("ffdhe8192", Some(200), 0, false),
    ("modp1024", Some(80), 0, true),
    ("modp2048", Some(112), 0, false),
    ("modp3072", Some(128), 0, false),
    ("modp4096", Some(152), 0, false),
    ("modp6144", Some(176), 0, false),
    ("modp8192", Some(200), 0, false),
    ("rsa1024-sha1", Some(80), 0, true),
    ("rsa2048-sha256", Some(112), 0, false),
    ("RSA-Export", Some(56), 0, true),
    ("RSA-Export1024", Some(80), 0, true),
    ("DH-Export", Some(56), 0, true),
    ("DHE-Export", Some(56), 0, true),
    ("DHE-Export1024", Some(80), 0, true),
];

/// Key establishment without public keys: PSK (RFC 9257 asks ≥ 128 bits of entropy) and
/// Kerberos tickets (symmetric, Grover only: category 1); anonymous DH authenticates nobody.
const NO_PUBLIC_KEY: &[Expected] = &[
    ("PSK", Some(128), 1, false),
    ("KRB5", Some(128), 1, false),
    ("anon", Some(0), 0, true),
];

/// FIPS 203 §8 (ML-KEM 1/3/5), FIPS 204 §4 (ML-DSA 2/3/5), FIPS 205 §11 (SLH-DSA 1/3/5),
/// SP 800-208 (LMS/XMSS, n = 32: 5). Classical strengths: the AES key sizes matching the
/// category (128/192/256); ML-DSA-44 is category 2 but its classical level is 128.
const POST_QUANTUM: &[Expected] = &[
    ("ML-KEM-512", Some(128), 1, false),
    ("ML-KEM-768", Some(192), 3, false),
    ("ML-KEM-1024", Some(256), 5, false),
    ("ML-KEM", Some(128), 1, false),
    ("ML-DSA-44", Some(128), 2, false),
    ("ML-DSA-65", Some(192), 3, false),
    ("ML-DSA-87", Some(256), 5, false),
    ("ML-DSA", Some(128), 2, false),
    ("HashML-DSA-44", Some(128), 2, false),
    ("HashML-DSA-65", Some(192), 3, false),
    ("HashML-DSA-87", Some(256), 5, false),
    ("SLH-DSA-SHA2-128s", Some(128), 1, false),
    ("SLH-DSA-SHA2-128f", Some(128), 1, false),
    ("SLH-DSA-SHA2-192s", Some(192), 3, false),
    ("SLH-DSA-SHA2-192f", Some(192), 3, false),
    ("SLH-DSA-SHA2-256s", Some(256), 5, false),
    ("SLH-DSA-SHA2-256f", Some(256), 5, false),
    ("SLH-DSA-SHAKE-128s", Some(128), 1, false),
    ("SLH-DSA-SHAKE-128f", Some(128), 1, false),
    ("SLH-DSA-SHAKE-192s", Some(192), 3, false),
    ("SLH-DSA-SHAKE-192f", Some(192), 3, false),
    ("SLH-DSA-SHAKE-256s", Some(256), 5, false),
    ("SLH-DSA-SHAKE-256f", Some(256), 5, false),
    ("SLH-DSA", Some(128), 1, false),
    ("HashSLH-DSA-SHA2-128s", Some(128), 1, false),
    ("HashSLH-DSA-SHA2-128f", Some(128), 1, false),
    ("HashSLH-DSA-SHA2-192s", Some(192), 3, false),
    ("HashSLH-DSA-SHA2-192f", Some(192), 3, false),
    ("HashSLH-DSA-SHA2-256s", Some(256), 5, false),
    ("HashSLH-DSA-SHA2-256f", Some(256), 5, false),
    ("HashSLH-DSA-SHAKE-128s", Some(128), 1, false),
    ("HashSLH-DSA-SHAKE-128f", Some(128), 1, false),
    ("HashSLH-DSA-SHAKE-192s", Some(192), 3, false),
    ("HashSLH-DSA-SHAKE-192f", Some(192), 3, false),
    ("HashSLH-DSA-SHAKE-256s", Some(256), 5, false),
    ("HashSLH-DSA-SHAKE-256f", Some(256), 5, false),
    ("HSS-LMS", Some(256), 5, false),
    ("XMSS", Some(256), 5, false),
    ("XMSS-MT", Some(256), 5, false),
];

/// draft-ietf-lamps-pq-composite-sigs: category of the ML-DSA part, classical strength the
/// weaker part (RSA-2048 112, RSA-3072 128, RSA-4096 152, P-256/brainpoolP256r1/Ed25519 128,
/// P-384/brainpoolP384r1 192, Ed448 224, P-521 256; ML-DSA-44/65/87 128/192/256).
const COMPOSITE: &[Expected] = &[
    ("MLDSA44-RSA2048-PSS-SHA256", Some(112), 2, false),
    ("MLDSA44-RSA2048-PKCS15-SHA256", Some(112), 2, false),
    ("MLDSA44-Ed25519-SHA512", Some(128), 2, false),
    ("MLDSA44-ECDSA-P256-SHA256", Some(128), 2, false),
    ("MLDSA65-RSA3072-PSS-SHA512", Some(128), 3, false),
    ("MLDSA65-RSA3072-PKCS15-SHA512", Some(128), 3, false),
    ("MLDSA65-RSA4096-PSS-SHA512", Some(152), 3, false),
    ("MLDSA65-RSA4096-PKCS15-SHA512", Some(152), 3, false),
    ("MLDSA65-ECDSA-P256-SHA512", Some(128), 3, false),
    ("MLDSA65-ECDSA-P384-SHA512", Some(192), 3, false),
    ("MLDSA65-ECDSA-brainpoolP256r1-SHA512", Some(128), 3, false),
    ("MLDSA65-Ed25519-SHA512", Some(128), 3, false),
    ("MLDSA87-ECDSA-P384-SHA512", Some(192), 5, false),
    ("MLDSA87-ECDSA-brainpoolP384r1-SHA512", Some(192), 5, false),
    ("MLDSA87-Ed448-SHAKE256", Some(224), 5, false),
    ("MLDSA87-RSA3072-PSS-SHA512", Some(128), 5, false),
    ("MLDSA87-RSA4096-PSS-SHA512", Some(152), 5, false),
    ("MLDSA87-ECDSA-P521-SHA512", Some(256), 5, false),
];

/// Hybrid key exchange: the PQ part's category, the weaker part's classical strength
/// (X25519/P-256 128, P-384 192; ML-KEM-768 192, ML-KEM-1024 256; sntrup761 category 2 per
/// the NTRU Prime round-3 submission, classical 128).
const HYBRID: &[Expected] = &[
    ("X25519MLKEM768", Some(128), 3, false),
    ("SecP256r1MLKEM768", Some(128), 3, false),
    ("SecP384r1MLKEM1024", Some(192), 5, false),
    ("X25519Kyber768Draft00", Some(128), 3, false),
    ("SecP256r1Kyber768Draft00", Some(128), 3, false),
    ("mlkem768x25519-sha256", Some(128), 3, false),
    ("mlkem768nistp256-sha256", Some(128), 3, false),
    ("mlkem1024nistp384-sha384", Some(192), 5, false),
    ("sntrup761", Some(128), 2, false),
    ("sntrup761x25519-sha512", Some(128), 2, false),
    ("sntrup4591761x25519-sha512", Some(128), 2, false),
];

/// Signatures: the hash's collision strength (SP 800-57 Table 3; SP 800-107 §4.1): SHA-224 112,
/// SHA-256 128, SHA-384 192, SHA-512 256, SHAKE128 128, SHAKE256 256. Broken hashes: SHA-1
/// 2^63.1 (Stevens et al., SHAttered 2017), MD5 2^18 (Xie, Liu, Feng 2013), MD4 ~2^2 (Wang et
/// al. 2005, Sasaki et al. 2007), MD2 2^63.3 (Knudsen et al. 2010), GOST R 34.11-94 2^105
/// (Mendel et al. 2008). All Shor-breakable: category 0.
const SIGNATURES: &[Expected] = &[
    ("MD2withRSA", Some(63), 0, true),
    ("MD4withRSA", Some(2), 0, true),
    ("MD5withRSA", Some(18), 0, true),
    ("SHA1withRSA", Some(63), 0, true),
    ("SHA224withRSA", Some(112), 0, false),
    ("SHA256withRSA", Some(128), 0, false),
    ("SHA384withRSA", Some(192), 0, false),
    ("SHA512withRSA", Some(256), 0, false),
    ("SHA512/224withRSA", Some(112), 0, false),
    ("SHA512/256withRSA", Some(128), 0, false),
    ("SHA3-224withRSA", Some(112), 0, false),
    ("SHA3-256withRSA", Some(128), 0, false),
    ("SHA3-384withRSA", Some(192), 0, false),
    ("SHA3-512withRSA", Some(256), 0, false),
    ("SHA1withRSA/PSS", Some(63), 0, true),
    ("SHA224withRSA/PSS", Some(112), 0, false),
    ("SHA256withRSA/PSS", Some(128), 0, false),
    ("SHA384withRSA/PSS", Some(192), 0, false),
    ("SHA512withRSA/PSS", Some(256), 0, false),
    ("SHAKE128withRSA/PSS", Some(128), 0, false),
    ("SHAKE256withRSA/PSS", Some(256), 0, false),
    ("MD5withDSA", Some(18), 0, true),
    ("SHA1withDSA", Some(63), 0, true),
    ("SHA224withDSA", Some(112), 0, false),
    ("SHA256withDSA", Some(128), 0, false),
    ("SHA384withDSA", Some(192), 0, false),
    ("SHA512withDSA", Some(256), 0, false),
    ("SHA3-224withDSA", Some(112), 0, false),
    ("SHA3-256withDSA", Some(128), 0, false),
    ("SHA3-384withDSA", Some(192), 0, false),
    ("SHA3-512withDSA", Some(256), 0, false),
    ("MD5withECDSA", Some(18), 0, true),
    ("SHA1withECDSA", Some(63), 0, true),
    ("SHA224withECDSA", Some(112), 0, false),
    ("SHA256withECDSA", Some(128), 0, false),
    ("SHA384withECDSA", Some(192), 0, false),
    ("SHA512withECDSA", Some(256), 0, false),
    ("SHA3-224withECDSA", Some(112), 0, false),
    ("SHA3-256withECDSA", Some(128), 0, false),
    ("SHA3-384withECDSA", Some(192), 0, false),
    ("SHA3-512withECDSA", Some(256), 0, false),
    ("SHAKE128withECDSA", Some(128), 0, false),
    ("SHAKE256withECDSA", Some(256), 0, false),
    ("GOSTR3411-94withGOSTR3410-94", Some(105), 0, true),
    ("GOSTR3411-94withGOSTR3410-2001", Some(105), 0, true),
    (
        "GOSTR3411-2012-256withGOSTR3410-2012-256",
        Some(128),
        0,
        false,
    ),
    (
        "GOSTR3411-2012-512withGOSTR3410-2012-512",
        Some(256),
        0,
        false,
    ),
];

/// Hashes: collision strength as above; categories by NIST's reference points (SHA-256
/// collision = 2, SHA-384 collision = 4, beyond AES-256 key search = 5; 224-bit digests 1).
const HASHES: &[Expected] = &[
    ("MD2", Some(63), 0, true),
    ("MD4", Some(2), 0, true),
    ("MD5", Some(18), 0, true),
    ("SHA-1", Some(63), 0, true),
    ("SHA-224", Some(112), 1, false),
    ("SHA-256", Some(128), 2, false),
    ("SHA-384", Some(192), 4, false),
    ("SHA-512", Some(256), 5, false),
    ("SHA-512/224", Some(112), 1, false),
    ("SHA-512/256", Some(128), 2, false),
    ("SHA3-224", Some(112), 1, false),
    ("SHA3-256", Some(128), 2, false),
    ("SHA3-384", Some(192), 4, false),
    ("SHA3-512", Some(256), 5, false),
    ("SHAKE128", Some(128), 2, false),
    ("SHAKE256", Some(256), 5, false),
    ("BLAKE2b-256", Some(128), 2, false),
    ("BLAKE2b-512", Some(256), 5, false),
    ("BLAKE2s-256", Some(128), 2, false),
    ("RIPEMD-160", Some(80), 0, false),
    ("SM3", Some(128), 2, false),
    ("Streebog-256", Some(128), 2, false),
    ("Streebog-512", Some(256), 5, false),
    ("GOSTR3411-94", Some(105), 0, true),
];

/// MACs: SP 800-57 Table 3 (HMAC-SHA-1 128; HMAC-SHA-224, HMAC-SHA-512/224, HMAC-SHA3-224
/// 192; HMAC with SHA-256 or longer 256; KMAC128 128, KMAC256 256); keyed MACs the strength of
/// the key. Categories: 128 → 1, 192 → 3, 256 → 5.
const MACS: &[Expected] = &[
    ("HMAC-MD5", Some(128), 0, true),
    ("HMAC-SHA1", Some(128), 1, false),
    ("HMAC-SHA224", Some(192), 3, false),
    ("HMAC-SHA256", Some(256), 5, false),
    ("HMAC-SHA384", Some(256), 5, false),
    ("HMAC-SHA512", Some(256), 5, false),
    ("HMAC-SHA512/224", Some(192), 3, false),
    ("HMAC-SHA512/256", Some(256), 5, false),
    ("HMAC-SHA3-224", Some(192), 3, false),
    ("HMAC-SHA3-256", Some(256), 5, false),
    ("HMAC-SHA3-384", Some(256), 5, false),
    ("HMAC-SHA3-512", Some(256), 5, false),
    ("HMAC-RIPEMD160", Some(128), 1, false),
    ("KMAC128", Some(128), 1, false),
    ("KMAC256", Some(256), 5, false),
    ("UMAC-64", Some(128), 1, false),
    ("UMAC-128", Some(128), 1, false),
    ("Poly1305", Some(128), 1, false),
    ("CMAC", Some(128), 1, false),
    ("AES-128-CMAC", Some(128), 1, false),
    ("AES-192-CMAC", Some(192), 3, false),
    ("AES-256-CMAC", Some(256), 5, false),
    ("AES-128-GMAC", Some(128), 1, false),
    ("AES-192-GMAC", Some(192), 3, false),
    ("AES-256-GMAC", Some(256), 5, false),
    ("NULL-MAC", Some(0), 0, true),
];

/// Symmetric ciphers: the key length (SP 800-57 Table 2 for AES/TDEA; the key for the others);
/// categories 1/3/5 for 128/192/256-bit keys (NIST PQC call, §4.A.5). Size-less names carry
/// the smallest key. Broken: DES (56), 40-bit export, TDEA (112/80, SP 800-131A Rev. 2), RC2,
/// RC4 (RFC 7465), 64-bit blocks (Sweet32), NULL.
const CIPHERS: &[Expected] = &[
    ("AES", Some(128), 1, false),
    ("AES-128", Some(128), 1, false),
    ("AES-192", Some(192), 3, false),
    ("AES-256", Some(256), 5, false),
    ("AES-ECB", Some(128), 1, false),
    ("AES-CBC", Some(128), 1, false),
    ("AES-CTR", Some(128), 1, false),
    ("AES-CFB", Some(128), 1, false),
    ("AES-OFB", Some(128), 1, false),
    ("AES-GCM", Some(128), 1, false),
    ("AES-CCM", Some(128), 1, false),
    ("AES-KW", Some(128), 1, false),
    ("AES-KWP", Some(128), 1, false),
    ("AES-128-ECB", Some(128), 1, false),
    ("AES-128-CBC", Some(128), 1, false),
    ("AES-128-OFB", Some(128), 1, false),
    ("AES-128-CFB", Some(128), 1, false),
    ("AES-128-KW", Some(128), 1, false),
    ("AES-128-GCM", Some(128), 1, false),
    ("AES-128-CCM", Some(128), 1, false),
    ("AES-128-KWP", Some(128), 1, false),
    ("AES-128-CTR", Some(128), 1, false),
    ("AES-128-CCM-8", Some(128), 1, false),
    ("AES-128-XTS", Some(128), 1, false),
    ("AES-192-ECB", Some(192), 3, false),
    ("AES-192-CBC", Some(192), 3, false),
    ("AES-192-OFB", Some(192), 3, false),
    ("AES-192-CFB", Some(192), 3, false),
    ("AES-192-KW", Some(192), 3, false),
    ("AES-192-GCM", Some(192), 3, false),
    ("AES-192-CCM", Some(192), 3, false),
    ("AES-192-KWP", Some(192), 3, false),
    ("AES-192-CTR", Some(192), 3, false),
    ("AES-256-ECB", Some(256), 5, false),
    ("AES-256-CBC", Some(256), 5, false),
    ("AES-256-OFB", Some(256), 5, false),
    ("AES-256-CFB", Some(256), 5, false),
    ("AES-256-KW", Some(256), 5, false),
    ("AES-256-GCM", Some(256), 5, false),
    ("AES-256-CCM", Some(256), 5, false),
    ("AES-256-KWP", Some(256), 5, false),
    ("AES-256-CTR", Some(256), 5, false),
    ("AES-256-CCM-8", Some(256), 5, false),
    ("AES-256-XTS", Some(256), 5, false),
    // RFC 8439: 256-bit key.
    ("ChaCha20-Poly1305", Some(256), 5, false),
    ("XChaCha20-Poly1305", Some(256), 5, false),
    ("ChaCha20", Some(256), 5, false),
    // draft-irtf-cfrg-aegis-aead: 128-bit and 256-bit keys.
    ("AEGIS-128L", Some(128), 1, false),
    ("AEGIS-256", Some(256), 5, false),
    ("Camellia", Some(128), 1, false),
    ("CAMELLIA-128-CBC", Some(128), 1, false),
    ("CAMELLIA-192-CBC", Some(192), 3, false),
    ("CAMELLIA-256-CBC", Some(256), 5, false),
    ("CAMELLIA-128-GCM", Some(128), 1, false),
    ("CAMELLIA-256-GCM", Some(256), 5, false),
    ("ARIA", Some(128), 1, false),
    ("ARIA-128-CBC", Some(128), 1, false),
    ("ARIA-192-CBC", Some(192), 3, false),
    ("ARIA-256-CBC", Some(256), 5, false),
    ("ARIA-128-GCM", Some(128), 1, false),
    ("ARIA-192-GCM", Some(192), 3, false),
    ("ARIA-256-GCM", Some(256), 5, false),
    ("SEED", Some(128), 1, false),
    ("SEED-CBC", Some(128), 1, false),
    ("SM4", Some(128), 1, false),
    ("SM4-ECB", Some(128), 1, false),
    ("SM4-CBC", Some(128), 1, false),
    ("SM4-GCM", Some(128), 1, false),
    ("SM4-CCM", Some(128), 1, false),
    ("Twofish-128", Some(128), 1, false),
    ("Twofish-192", Some(192), 3, false),
    ("Twofish-256", Some(256), 5, false),
    ("Serpent-128", Some(128), 1, false),
    ("Serpent-192", Some(192), 3, false),
    ("Serpent-256", Some(256), 5, false),
    // RFC 5830 / RFC 7801: 256-bit keys.
    ("GOST28147-89", Some(256), 5, false),
    ("GOST28147-CNT-IMIT", Some(256), 5, false),
    ("Magma-CTR-OMAC", Some(256), 5, false),
    ("Kuznyechik-CTR-OMAC", Some(256), 5, false),
    ("Magma-MGM", Some(256), 5, false),
    ("Kuznyechik-MGM", Some(256), 5, false),
    ("DES", Some(56), 0, true),
    ("DES-ECB", Some(56), 0, true),
    ("DES-CBC", Some(56), 0, true),
    ("DES40-CBC", Some(40), 0, true),
    ("3DES", Some(112), 0, true),
    ("DES-EDE3-CBC", Some(112), 0, true),
    ("DES-EDE-CBC", Some(80), 0, true),
    ("RC2", Some(40), 0, true),
    ("RC2-CBC", Some(40), 0, true),
    ("RC2-40-CBC", Some(40), 0, true),
    ("RC2-56-CBC", Some(56), 0, true),
    ("RC2-64-CBC", Some(64), 0, true),
    ("RC2-128-CBC", Some(128), 0, true),
    ("RC4", Some(128), 0, true),
    ("RC4-40", Some(40), 0, true),
    ("RC4-56", Some(56), 0, true),
    ("RC4-128", Some(128), 0, true),
    ("RC4-256", Some(256), 0, true),
    ("IDEA", Some(128), 0, true),
    ("IDEA-CBC", Some(128), 0, true),
    ("Blowfish", Some(128), 0, true),
    ("Blowfish-CBC", Some(128), 0, true),
    ("CAST5-CBC", Some(128), 0, true),
    ("NULL", Some(0), 0, true),
];

/// KDFs and password-based schemes: SP 800-132 (PBKDF2 PRF ≥ HMAC-SHA-1: 128), SP 800-57
/// Table 3 for HKDF with SHA-256+ (256); PBES1 and PKCS #12 PBE the key of their cipher
/// (DES 56, RC2-64 64, RC4-40/128, TDEA 112/80, RC2-40/128), all broken (RFC 8018, RFC 9579).
const KDFS: &[Expected] = &[
    ("PBKDF2", Some(128), 1, false),
    ("PBES2", Some(128), 1, false),
    ("PBMAC1", Some(128), 1, false),
    ("HKDF", Some(128), 1, false),
    ("HKDF-SHA256", Some(256), 5, false),
    ("HKDF-SHA384", Some(256), 5, false),
    ("HKDF-SHA512", Some(256), 5, false),
    ("scrypt", Some(128), 1, false),
    ("Argon2", Some(128), 1, false),
    ("bcrypt", Some(128), 1, false),
    ("PBEWithMD2AndDES", Some(56), 0, true),
    ("PBEWithMD5AndDES", Some(56), 0, true),
    ("PBEWithMD2AndRC2", Some(64), 0, true),
    ("PBEWithMD5AndRC2", Some(64), 0, true),
    ("PBEWithSHA1AndDES", Some(56), 0, true),
    ("PBEWithSHA1AndRC2", Some(64), 0, true),
    ("PBEWithSHA1AndRC4_128", Some(128), 0, true),
    ("PBEWithSHA1AndRC4_40", Some(40), 0, true),
    ("PBEWithSHA1AndDESede", Some(112), 0, true),
    ("PBEWithSHA1And2KeyDESede", Some(80), 0, true),
    ("PBEWithSHA1AndRC2_128", Some(128), 0, true),
    ("PBEWithSHA1AndRC2_40", Some(40), 0, true),
    ("JKS-KeyProtector", Some(0), 0, true),
    ("PBEWithMD5AndTripleDES", Some(112), 0, true),
    // Compression: not cryptography, never ranks an asset.
    ("zlib", Some(256), 5, false),
];

const ALL_EXPECTED: &[&[Expected]] = &[
    SIZED,
    FIXED_CURVE,
    FIXED_FFC_IFC,
    NO_PUBLIC_KEY,
    POST_QUANTUM,
    COMPOSITE,
    HYBRID,
    SIGNATURES,
    HASHES,
    MACS,
    CIPHERS,
    KDFS,
];

fn entry(name: &str) -> &'static Entry {
    by_name(name).unwrap_or_else(|| panic!("no catalogue entry {name}"))
}

fn status(name: &str, key_size: Option<u32>, year: u16) -> Status {
    entry(name).resolve(key_size).status_in(year)
}

// ---- Every entry against the expected table -------------------------------------------------

#[test]
fn every_entry_is_pinned() {
    let mut expected: HashMap<&str, Expected> = HashMap::new();
    for row in ALL_EXPECTED.iter().flat_map(|g| g.iter()) {
        assert!(
            expected.insert(row.0, *row).is_none(),
            "{} pinned twice",
            row.0
        );
    }
    for e in entries() {
        let Some(&(_, bits, category, broken)) = expected.get(e.name) else {
            panic!("{} is not pinned in tests.rs", e.name);
        };
        assert_eq!(e.classical_bits, bits, "classical bits of {}", e.name);
        assert_eq!(
            e.quantum_category, category,
            "quantum category of {}",
            e.name
        );
        assert_eq!(
            e.broken_reason.is_some(),
            broken,
            "broken flag of {}",
            e.name
        );
    }
    let names: HashSet<&str> = entries().iter().map(|e| e.name).collect();
    for name in expected.keys() {
        assert!(
            names.contains(name),
            "{name} is pinned but not in the catalogue"
        );
    }
    assert_eq!(names.len(), expected.len());
}

// ---- Invariants of the entry table -----------------------------------------------------------

#[test]
fn names_are_unique_case_insensitively() {
    let mut seen = HashSet::new();
    for e in entries() {
        assert!(
            seen.insert(e.name.to_ascii_lowercase()),
            "duplicate name {}",
            e.name
        );
        assert_eq!(by_name(e.name).map(|f| f.name), Some(e.name));
        assert_eq!(
            by_name(&e.name.to_ascii_uppercase()).map(|f| f.name),
            Some(e.name)
        );
    }
}

#[test]
fn oids_are_unique_and_well_formed() {
    let mut seen: HashMap<&str, &str> = HashMap::new();
    for e in entries() {
        for oid in e.oids {
            let arcs: Vec<&str> = oid.split('.').collect();
            assert!(arcs.len() >= 3, "{oid} of {}", e.name);
            assert!(
                arcs.iter()
                    .all(|a| !a.is_empty() && a.bytes().all(|b| b.is_ascii_digit())),
                "{oid} of {}",
                e.name
            );
            assert!(matches!(arcs[0], "0" | "1" | "2"), "{oid}");
            if let Some(other) = seen.insert(oid, e.name) {
                panic!("OID {oid} on both {other} and {}", e.name);
            }
            assert_eq!(by_oid(oid).map(|f| f.name), Some(e.name));
        }
    }
}

#[test]
fn shor_breakable_families_have_category_zero() {
    for e in entries() {
        if e.family.shor_vulnerable() {
            assert_eq!(e.quantum_category, 0, "{}", e.name);
        }
        if e.broken_reason.is_some() {
            assert_eq!(e.quantum_category, 0, "broken {} with a category", e.name);
        }
        assert!(e.quantum_category <= 5, "{}", e.name);
    }
}

#[test]
fn post_quantum_families_have_a_category() {
    for e in entries() {
        let pq = matches!(
            e.family,
            Family::MlKem
                | Family::MlDsa
                | Family::SlhDsa
                | Family::HashSignature
                | Family::CompositeSignature
                | Family::HybridKem
                | Family::OtherPqKem
        );
        if pq {
            assert!(e.quantum_category >= 1, "{}", e.name);
            assert!(e.classical_bits.is_some(), "{}", e.name);
        }
    }
}

#[test]
fn only_shor_breakable_entries_lack_a_fixed_strength() {
    for e in entries() {
        if e.classical_bits.is_none() {
            assert!(e.family.shor_vulnerable(), "{} has no strength", e.name);
        }
    }
}

#[test]
fn entry_curves_exist() {
    for e in entries() {
        if let Some(c) = e.curve {
            let found = curve(c).unwrap_or_else(|| panic!("{}: unknown curve {c}", e.name));
            assert_eq!(found.name, c, "{} names an alias", e.name);
        }
    }
}

#[test]
fn ecdh_and_ec_entries_agree_with_the_curve_order() {
    for e in entries() {
        let (Some(c), true) = (e.curve, matches!(e.family, Family::Ecdh | Family::Ec)) else {
            continue;
        };
        let c = curve(c).expect("curve");
        assert_eq!(
            e.classical_bits,
            Some(strength::ecc_bits(c.order_bits)),
            "{} on {}",
            e.name,
            c.name
        );
        assert!(
            e.name.ends_with(c.display_name),
            "{} vs {}",
            e.name,
            c.display_name
        );
    }
    // The fixed EC-* entries are exactly what ec_key computes for their curve.
    for e in entries().iter().filter(|e| e.name.starts_with("EC-")) {
        let alg = ec_key(curve(e.curve.expect("curve")).expect("curve"));
        assert_eq!(alg.name, e.name);
        assert_eq!(Some(alg.classical_bits), e.classical_bits);
    }
}

#[test]
fn resolve_keeps_fixed_strengths_and_names() {
    let a = entry("ML-DSA-65").resolve(None);
    assert_eq!(a.name, "ML-DSA-65");
    assert_eq!(a.parameter_set.as_deref(), Some("65"));
    assert_eq!(a.oid.as_deref(), Some("2.16.840.1.101.3.4.3.18"));
    let a = entry("AES-256-GCM").resolve(Some(256));
    assert_eq!((a.name.as_str(), a.classical_bits), ("AES-256-GCM", 256));
    let a = entry("RSA").resolve(Some(2048));
    assert_eq!(a.name, "RSA-2048");
    assert_eq!(a.parameter_set.as_deref(), Some("2048"));
    assert_eq!(a.oid.as_deref(), Some("1.2.840.113549.1.1.1"));
}

// ---- Strength of keys (SP 800-57 Table 2) -----------------------------------------------------

#[test]
fn rsa_sizes_resolve_to_sp800_57_strengths() {
    for (size, bits) in [
        (1024, 80),
        (2048, 112),
        (3072, 128),
        (4096, 152),
        (6144, 176),
        (8192, 200),
    ] {
        let a = entry("RSA").resolve(Some(size));
        assert_eq!(a.classical_bits, bits, "RSA-{size}");
        assert_eq!(a.quantum_category, 0);
        assert!(a.quantum_vulnerable());
    }
    assert_eq!(entry("DSA").resolve(Some(2048)).classical_bits, 112);
    assert_eq!(entry("DH").resolve(Some(3072)).classical_bits, 128);
    // Without a size nothing is invented: the asset ranks as broken.
    assert_eq!(entry("RSA").resolve(None).classical_bits, 0);
}

#[test]
fn named_curves_resolve_to_sp800_57_strengths() {
    for (name, bits) in [
        ("P-192", 80),
        ("P-224", 112),
        ("P-256", 128),
        ("P-384", 192),
        ("P-521", 256),
        ("secp256k1", 128),
        ("brainpoolP256r1", 128),
        ("brainpoolP384r1", 192),
        ("brainpoolP512r1", 256),
    ] {
        let c = curve(name).unwrap_or_else(|| panic!("no curve {name}"));
        let a = ec_key(c);
        assert_eq!(a.classical_bits, bits, "{name}");
        assert_eq!(a.quantum_category, 0);
        assert_eq!(a.family, Family::Ec);
    }
    assert_eq!(ec_key(curve("prime256v1").expect("alias")).name, "EC-P-256");
    assert_eq!(ec_key(curve("1.3.132.0.34").expect("oid")).name, "EC-P-384");
}

#[test]
fn edwards_and_montgomery_keys_resolve_through_their_entries() {
    // SP 800-186 / RFC 7748: 128 and 224 bits. ec_key's order-size rule would say 112/192,
    // which is why these keys must go through their entries (documented in curves.rs).
    for (name, oid, bits) in [
        ("Ed25519", "1.3.101.112", 128),
        ("Ed448", "1.3.101.113", 224),
        ("X25519", "1.3.101.110", 128),
        ("X448", "1.3.101.111", 224),
    ] {
        let e = by_oid(oid).expect(name);
        assert_eq!(e.name, name);
        assert_eq!(e.resolve(None).classical_bits, bits, "{name}");
        assert_eq!(curve(name).expect(name).oid, oid);
    }
    assert_eq!(ec_key(curve("Ed25519").expect("curve")).classical_bits, 112);
}

/// Bit length of the base-point order of every curve, computed from the curve parameters
/// (OpenSSL 3.0 `ecparam -param_enc explicit`; RFC 8032/7748 for Ed/X).
const ORDER_BITS: &[(&str, u32)] = &[
    ("secp112r1", 112),
    ("secp112r2", 110),
    ("secp128r1", 128),
    ("secp128r2", 126),
    ("secp160k1", 161),
    ("secp160r1", 161),
    ("secp160r2", 161),
    ("secp192k1", 192),
    ("secp224k1", 225),
    ("secp224r1", 224),
    ("secp256k1", 256),
    ("secp384r1", 384),
    ("secp521r1", 521),
    ("secp192r1", 192),
    ("prime192v2", 192),
    ("prime192v3", 192),
    ("prime239v1", 239),
    ("prime239v2", 239),
    ("prime239v3", 239),
    ("secp256r1", 256),
    ("sect113r1", 113),
    ("sect113r2", 113),
    ("sect131r1", 131),
    ("sect131r2", 131),
    ("sect163k1", 163),
    ("sect163r1", 162),
    ("sect163r2", 163),
    ("sect193r1", 193),
    ("sect193r2", 193),
    ("sect233k1", 232),
    ("sect233r1", 233),
    ("sect239k1", 238),
    ("sect283k1", 281),
    ("sect283r1", 282),
    ("sect409k1", 407),
    ("sect409r1", 409),
    ("sect571k1", 570),
    ("sect571r1", 570),
    ("c2pnb163v1", 163),
    ("c2pnb163v2", 162),
    ("c2pnb163v3", 162),
    ("c2pnb176v1", 161),
    ("c2tnb191v1", 191),
    ("c2tnb191v2", 190),
    ("c2tnb191v3", 189),
    ("c2pnb208w1", 193),
    ("c2tnb239v1", 238),
    ("c2tnb239v2", 237),
    ("c2tnb239v3", 236),
    ("c2pnb272w1", 257),
    ("c2pnb304w1", 289),
    ("c2tnb359v1", 353),
    ("c2pnb368w1", 353),
    ("c2tnb431r1", 418),
    ("wap-wsg-idm-ecid-wtls1", 112),
    ("wap-wsg-idm-ecid-wtls3", 163),
    ("wap-wsg-idm-ecid-wtls4", 113),
    ("wap-wsg-idm-ecid-wtls5", 163),
    ("wap-wsg-idm-ecid-wtls6", 112),
    ("wap-wsg-idm-ecid-wtls7", 161),
    ("wap-wsg-idm-ecid-wtls8", 113),
    ("wap-wsg-idm-ecid-wtls9", 161),
    ("wap-wsg-idm-ecid-wtls10", 232),
    ("wap-wsg-idm-ecid-wtls11", 233),
    ("wap-wsg-idm-ecid-wtls12", 224),
    ("brainpoolP160r1", 160),
    ("brainpoolP160t1", 160),
    ("brainpoolP192r1", 192),
    ("brainpoolP192t1", 192),
    ("brainpoolP224r1", 224),
    ("brainpoolP224t1", 224),
    ("brainpoolP256r1", 256),
    ("brainpoolP256t1", 256),
    ("brainpoolP320r1", 320),
    ("brainpoolP320t1", 320),
    ("brainpoolP384r1", 384),
    ("brainpoolP384t1", 384),
    ("brainpoolP512r1", 512),
    ("brainpoolP512t1", 512),
    ("SM2", 256),
    ("Ed25519", 253),
    ("Ed448", 446),
    ("X25519", 253),
    ("X448", 446),
];

#[test]
fn every_curve_order_is_pinned() {
    let expected: HashMap<&str, u32> = ORDER_BITS.iter().copied().collect();
    assert_eq!(expected.len(), ORDER_BITS.len());
    assert_eq!(curves::CURVES.len(), expected.len());
    for c in curves::CURVES {
        assert_eq!(Some(&c.order_bits), expected.get(c.name), "{}", c.name);
    }
}

#[test]
fn curve_names_aliases_and_oids_are_unique() {
    let mut names: HashMap<String, &str> = HashMap::new();
    let mut oids = HashSet::new();
    for c in curves::CURVES {
        assert!(oids.insert(c.oid), "OID {} twice", c.oid);
        let mut own: HashSet<String> = HashSet::new();
        for n in [c.name, c.display_name].iter().chain(c.aliases) {
            let key = n.to_ascii_lowercase();
            if !own.insert(key.clone()) {
                continue;
            }
            if let Some(other) = names.insert(key, c.name) {
                panic!("{n} names both {other} and {}", c.name);
            }
        }
        assert_eq!(curve(c.oid).map(|f| f.name), Some(c.name));
        assert_eq!(curve(c.display_name).map(|f| f.name), Some(c.name));
        for a in c.aliases {
            assert_eq!(curve(a).map(|f| f.name), Some(c.name), "{a}");
        }
    }
    for (alias, name) in [
        ("prime256v1", "secp256r1"),
        ("nistp256", "secp256r1"),
        ("P-256", "secp256r1"),
        ("prime192v1", "secp192r1"),
        ("nistp384", "secp384r1"),
        ("P-521", "secp521r1"),
        ("nistk163", "sect163k1"),
        ("B-571", "sect571r1"),
        ("curve25519", "X25519"),
        ("sm2p256v1", "SM2"),
        ("1.2.840.10045.3.1.7", "secp256r1"),
        ("1.3.36.3.3.2.8.1.1.7", "brainpoolP256r1"),
    ] {
        assert_eq!(curve(alias).map(|c| c.name), Some(name), "{alias}");
    }
}

// ---- Post-quantum identifiers -------------------------------------------------------------

#[test]
fn fips_203_204_205_oids_and_categories() {
    let cases: &[(&str, &str, u8)] = &[
        ("2.16.840.1.101.3.4.4.1", "ML-KEM-512", 1),
        ("2.16.840.1.101.3.4.4.2", "ML-KEM-768", 3),
        ("2.16.840.1.101.3.4.4.3", "ML-KEM-1024", 5),
        ("2.16.840.1.101.3.4.3.17", "ML-DSA-44", 2),
        ("2.16.840.1.101.3.4.3.18", "ML-DSA-65", 3),
        ("2.16.840.1.101.3.4.3.19", "ML-DSA-87", 5),
        ("2.16.840.1.101.3.4.3.20", "SLH-DSA-SHA2-128s", 1),
        ("2.16.840.1.101.3.4.3.21", "SLH-DSA-SHA2-128f", 1),
        ("2.16.840.1.101.3.4.3.22", "SLH-DSA-SHA2-192s", 3),
        ("2.16.840.1.101.3.4.3.23", "SLH-DSA-SHA2-192f", 3),
        ("2.16.840.1.101.3.4.3.24", "SLH-DSA-SHA2-256s", 5),
        ("2.16.840.1.101.3.4.3.25", "SLH-DSA-SHA2-256f", 5),
        ("2.16.840.1.101.3.4.3.26", "SLH-DSA-SHAKE-128s", 1),
        ("2.16.840.1.101.3.4.3.27", "SLH-DSA-SHAKE-128f", 1),
        ("2.16.840.1.101.3.4.3.28", "SLH-DSA-SHAKE-192s", 3),
        ("2.16.840.1.101.3.4.3.29", "SLH-DSA-SHAKE-192f", 3),
        ("2.16.840.1.101.3.4.3.30", "SLH-DSA-SHAKE-256s", 5),
        ("2.16.840.1.101.3.4.3.31", "SLH-DSA-SHAKE-256f", 5),
        ("2.16.840.1.101.3.4.3.32", "HashML-DSA-44", 2),
        ("2.16.840.1.101.3.4.3.34", "HashML-DSA-87", 5),
        ("2.16.840.1.101.3.4.3.35", "HashSLH-DSA-SHA2-128s", 1),
        ("2.16.840.1.101.3.4.3.46", "HashSLH-DSA-SHAKE-256f", 5),
    ];
    for (oid, name, category) in cases {
        let e = by_oid(oid).unwrap_or_else(|| panic!("{oid}"));
        assert_eq!(e.name, *name);
        assert_eq!(e.quantum_category, *category, "{name}");
        assert_eq!(
            e.resolve(None).status_in(2036),
            Status::QuantumSafe,
            "{name}"
        );
    }
    assert_eq!(entry("SLH-DSA-SHA2-128s").parameter_set, Some("SHA2-128s"));
    assert_eq!(entry("ML-KEM-768").parameter_set, Some("768"));
    assert_eq!(entry("ML-DSA-87").parameter_set, Some("87"));
}

#[test]
fn composite_by_oid() {
    let e = by_oid("1.3.6.1.5.5.7.6.48").expect("composite OID");
    assert_eq!(e.name, "MLDSA65-Ed25519-SHA512");
    assert_eq!(e.family, Family::CompositeSignature);
    assert_eq!(e.quantum_category, 3);
    assert_eq!(e.classical_bits, Some(128));
    assert_eq!(e.resolve(None).status_in(2036), Status::QuantumSafe);
    // RSA-2048 bounds the weakest composite at 112 bits: below the programme's target.
    assert_eq!(
        status("MLDSA44-RSA2048-PSS-SHA256", None, 2026),
        Status::BelowTarget
    );
}

// ---- Against the standards' own artefacts (../shared/data) -------------------------------

fn shared_data(path: &str) -> Option<Vec<u8>> {
    let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data")
        .join(path);
    match std::fs::read(&full) {
        Ok(bytes) => Some(bytes),
        Err(err) => {
            eprintln!("skipping: {} not readable: {err}", full.display());
            None
        }
    }
}

fn base64_decode(text: &str) -> Vec<u8> {
    let value = |c: u8| -> u32 {
        match c {
            b'A'..=b'Z' => u32::from(c - b'A'),
            b'a'..=b'z' => u32::from(c - b'a') + 26,
            b'0'..=b'9' => u32::from(c - b'0') + 52,
            b'+' => 62,
            b'/' => 63,
            _ => panic!("not base64: {c}"),
        }
    };
    let clean: Vec<u8> = text
        .bytes()
        .filter(|c| !c.is_ascii_whitespace() && *c != b'=')
        .collect();
    let mut out = Vec::with_capacity(clean.len() * 3 / 4);
    for chunk in clean.chunks(4) {
        let mut acc = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            acc |= value(c) << (18 - 6 * i);
        }
        let bytes = acc.to_be_bytes();
        out.extend_from_slice(&bytes[1..chunk.len()]);
    }
    out
}

/// (tag, content start, content length) of the DER element at `at`.
fn der(bytes: &[u8], at: usize) -> (u8, usize, usize) {
    let tag = bytes[at];
    let first = bytes[at + 1];
    if first < 0x80 {
        return (tag, at + 2, usize::from(first));
    }
    let n = usize::from(first & 0x7f);
    let len = bytes[at + 2..at + 2 + n]
        .iter()
        .fold(0usize, |acc, b| acc << 8 | usize::from(*b));
    (tag, at + 2 + n, len)
}

fn oid_text(content: &[u8]) -> String {
    let mut arcs: Vec<u64> = Vec::new();
    let mut value = 0u64;
    for &b in content {
        value = value << 7 | u64::from(b & 0x7f);
        if b & 0x80 == 0 {
            arcs.push(value);
            value = 0;
        }
    }
    let first = arcs[0].min(80) / 40;
    let mut out = vec![first, arcs[0] - 40 * first];
    out.extend_from_slice(&arcs[1..]);
    out.iter().map(u64::to_string).collect::<Vec<_>>().join(".")
}

/// The signatureAlgorithm OID inside the TBSCertificate and the subjectPublicKeyInfo algorithm
/// OID of a DER certificate.
fn certificate_oids(cert: &[u8]) -> (String, String) {
    let (_, tbs_outer, _) = der(cert, 0);
    let (_, mut at, _) = der(cert, tbs_outer);
    let (tag, start, len) = der(cert, at);
    if tag == 0xa0 {
        at = start + len; // version
    }
    let (_, start, len) = der(cert, at); // serialNumber
    at = start + len;
    let (_, sig_alg, sig_len) = der(cert, at);
    let (_, oid_start, oid_len) = der(cert, sig_alg);
    let signature = oid_text(&cert[oid_start..oid_start + oid_len]);
    at = sig_alg + sig_len;
    for _ in 0..3 {
        // issuer, validity, subject
        let (_, start, len) = der(cert, at);
        at = start + len;
    }
    let (_, spki, _) = der(cert, at);
    let (_, alg, _) = der(cert, spki);
    let (_, oid_start, oid_len) = der(cert, alg);
    (signature, oid_text(&cert[oid_start..oid_start + oid_len]))
}

#[test]
fn composite_oids_match_the_official_test_vectors() {
    let Some(json) = shared_data("seal/composite-sigs-testvectors.json") else {
        return;
    };
    let doc: serde_json::Value = serde_json::from_slice(&json).expect("JSON");
    let tests = doc["tests"].as_array().expect("tests");
    let mut composites = 0;
    for t in tests {
        let tc_id = t["tcId"].as_str().expect("tcId");
        let cert = base64_decode(t["x5c"].as_str().expect("x5c"));
        let (signature, key) = certificate_oids(&cert);
        assert_eq!(signature, key, "{tc_id}: self-signed test certificate");
        let e = by_oid(&key).unwrap_or_else(|| panic!("{tc_id}: OID {key} unknown"));
        let name = tc_id.trim_start_matches("id-");
        assert_eq!(e.name, name, "{tc_id}");
        if e.family == Family::CompositeSignature {
            composites += 1;
            let part = entry(&format!("ML-DSA-{}", &name[5..7]));
            assert_eq!(e.quantum_category, part.quantum_category, "{tc_id}");
            assert!(e.classical_bits <= part.classical_bits, "{tc_id}");
        }
    }
    assert_eq!(composites, 18);
}

#[test]
fn independent_pqc_certificates_resolve() {
    for (file, expected) in [
        (
            "cbom/pqc-certs/bc-MLDSA65-Ed25519-SHA512-1.3.6.1.5.5.7.6.48_ta.der",
            "MLDSA65-Ed25519-SHA512",
        ),
        (
            "cbom/pqc-certs/ossl35-ml-dsa-44-2.16.840.1.101.3.4.3.17_ta.der",
            "ML-DSA-44",
        ),
        (
            "cbom/pqc-certs/ossl35-slh-dsa-sha2-128s-2.16.840.1.101.3.4.3.20_ta.der",
            "SLH-DSA-SHA2-128s",
        ),
        (
            "cbom/pqc-certs/ossl35-slh-dsa-sha2-256f-2.16.840.1.101.3.4.3.25_ta.der",
            "SLH-DSA-SHA2-256f",
        ),
    ] {
        let Some(cert) = shared_data(file) else {
            return;
        };
        let (signature, key) = certificate_oids(&cert);
        assert_eq!(by_oid(&signature).map(|e| e.name), Some(expected), "{file}");
        assert_eq!(by_oid(&key).map(|e| e.name), Some(expected), "{file}");
    }
    // An ML-KEM end-entity certificate: signed by ML-DSA-44, certifying an ML-KEM-512 key.
    if let Some(cert) =
        shared_data("cbom/pqc-certs/ossl35-ml-kem-512-2.16.840.1.101.3.4.4.1_ee.der")
    {
        let (signature, key) = certificate_oids(&cert);
        assert_eq!(by_oid(&key).map(|e| e.name), Some("ML-KEM-512"));
        assert!(by_oid(&signature).is_some(), "signature OID {signature}");
    }
}

// ---- Status over time (SP 800-131A, IR 8547, the programme's 2030 target) ---------------

#[test]
fn statuses_in_2026_2031_2036() {
    use Status::*;
    let cases: &[(&str, Option<u32>, [Status; 3])] = &[
        ("RSA", Some(1024), [Broken, Broken, Broken]),
        ("RSA", Some(2048), [BelowTarget, BelowTarget, Broken]),
        (
            "RSA",
            Some(3072),
            [QuantumVulnerable, QuantumVulnerable, Broken],
        ),
        ("SHA1withRSA", None, [Broken, Broken, Broken]),
        (
            "SHA256withRSA",
            None,
            [QuantumVulnerable, QuantumVulnerable, Broken],
        ),
        ("ML-DSA-65", None, [QuantumSafe, QuantumSafe, QuantumSafe]),
        ("ML-KEM-768", None, [QuantumSafe, QuantumSafe, QuantumSafe]),
        ("AES-128-GCM", None, [QuantumSafe, QuantumSafe, QuantumSafe]),
        ("AES-256-GCM", None, [QuantumSafe, QuantumSafe, QuantumSafe]),
        (
            "ChaCha20-Poly1305",
            None,
            [QuantumSafe, QuantumSafe, QuantumSafe],
        ),
        ("DES-EDE3-CBC", None, [Broken, Broken, Broken]),
        ("3DES", None, [Broken, Broken, Broken]),
        ("RC4", None, [Broken, Broken, Broken]),
        ("MD5", None, [Broken, Broken, Broken]),
        ("SHA-256", None, [QuantumSafe, QuantumSafe, QuantumSafe]),
        ("HMAC-SHA1", None, [QuantumSafe, QuantumSafe, QuantumSafe]),
        (
            "X25519MLKEM768",
            None,
            [QuantumSafe, QuantumSafe, QuantumSafe],
        ),
        (
            "X25519",
            None,
            [QuantumVulnerable, QuantumVulnerable, Broken],
        ),
        (
            "Ed25519",
            None,
            [QuantumVulnerable, QuantumVulnerable, Broken],
        ),
        ("ffdhe2048", None, [BelowTarget, BelowTarget, Broken]),
        (
            "EC-P-256",
            None,
            [QuantumVulnerable, QuantumVulnerable, Broken],
        ),
        ("EC-P-224", None, [BelowTarget, BelowTarget, Broken]),
        ("anon", None, [Broken, Broken, Broken]),
        ("JKS-KeyProtector", None, [Broken, Broken, Broken]),
        ("PBEWithSHA1AndDESede", None, [Broken, Broken, Broken]),
        ("zlib", None, [QuantumSafe, QuantumSafe, QuantumSafe]),
    ];
    for (name, size, expected) in cases {
        for (year, want) in [2026, 2031, 2036].into_iter().zip(expected) {
            assert_eq!(
                status(name, *size, year),
                *want,
                "{name} {size:?} in {year}"
            );
        }
    }
}

// ---- TLS ------------------------------------------------------------------------------------

#[test]
fn tls_tables_are_sorted_unique_and_resolve() {
    for pair in tls::CIPHER_SUITES.windows(2) {
        assert!(pair[0].code < pair[1].code, "{:#06x}", pair[1].code);
    }
    for pair in tls::GROUPS.windows(2) {
        assert!(pair[0].code < pair[1].code, "{:#06x}", pair[1].code);
    }
    for pair in tls::SIGNATURE_SCHEMES.windows(2) {
        assert!(pair[0].code < pair[1].code, "{:#06x}", pair[1].code);
    }
    let mut names = HashSet::new();
    for s in tls::CIPHER_SUITES {
        assert!(
            names.insert(s.iana_name.to_ascii_lowercase()),
            "{}",
            s.iana_name
        );
        if let Some(o) = s.openssl_name.filter(|o| *o != s.iana_name) {
            assert!(names.insert(o.to_ascii_lowercase()), "{o}");
        }
        for part in [s.key_exchange, s.authentication, Some(s.cipher), s.mac]
            .into_iter()
            .flatten()
        {
            assert!(by_name(part).is_some(), "{}: no entry {part}", s.iana_name);
        }
        assert_eq!(tls_cipher_suite(s.code), Some(s));
        assert_eq!(tls_cipher_suite_by_name(s.iana_name), Some(s));
        if let Some(o) = s.openssl_name {
            assert_eq!(tls_cipher_suite_by_name(o), Some(s), "{o}");
        }
        assert_eq!(s.export, s.iana_name.contains("EXPORT"), "{}", s.iana_name);
    }
    for g in tls::GROUPS {
        assert!(
            by_name(g.entry).is_some(),
            "group {}: no entry {}",
            g.name,
            g.entry
        );
        assert_eq!(tls_group(g.code), Some(g));
    }
    for s in tls::SIGNATURE_SCHEMES {
        assert!(
            by_name(s.entry).is_some(),
            "scheme {}: no entry {}",
            s.name,
            s.entry
        );
        assert_eq!(tls_signature_scheme(s.code), Some(s));
    }
    assert!(tls_cipher_suite(0x00FF).is_none(), "SCSV is not a suite");
    assert!(tls_cipher_suite(0x5600).is_none(), "SCSV is not a suite");
    assert!(tls_cipher_suite(0x0A0A).is_none(), "GREASE is not a suite");
    assert!(
        tls::CIPHER_SUITES.len() >= 350,
        "{}",
        tls::CIPHER_SUITES.len()
    );
}

/// Worst status of a suite's fixed parts (key exchange and authentication resolved without a
/// size only when they carry a fixed strength).
fn suite_status(s: &TlsCipherSuite, year: u16) -> Status {
    [s.key_exchange, s.authentication, Some(s.cipher), s.mac]
        .into_iter()
        .flatten()
        .map(entry)
        .filter(|e| e.classical_bits.is_some())
        .map(|e| e.resolve(None).status_in(year))
        .max()
        .unwrap_or(Status::QuantumSafe)
}

#[test]
fn tls_suite_parts() {
    let s = tls_cipher_suite(0x1301).expect("TLS_AES_128_GCM_SHA256");
    assert_eq!(s.iana_name, "TLS_AES_128_GCM_SHA256");
    assert_eq!(
        (s.key_exchange, s.authentication, s.cipher, s.mac),
        (None, None, "AES-128-GCM", None)
    );
    assert_eq!(status(s.cipher, None, 2036), Status::QuantumSafe);
    let s = tls_cipher_suite(0x1303).expect("TLS_CHACHA20_POLY1305_SHA256");
    assert_eq!(s.cipher, "ChaCha20-Poly1305");
    let s = tls_cipher_suite_by_name("ECDHE-RSA-AES128-GCM-SHA256").expect("by OpenSSL name");
    assert_eq!(s.code, 0xC02F);
    assert_eq!(
        (s.key_exchange, s.authentication, s.cipher, s.mac),
        (Some("ECDHE"), Some("RSA"), "AES-128-GCM", None)
    );
    let s = tls_cipher_suite_by_name("tls_rsa_with_3des_ede_cbc_sha").expect("case-insensitive");
    assert_eq!((s.code, s.openssl_name), (0x000A, Some("DES-CBC3-SHA")));
    assert_eq!(
        (s.key_exchange, s.mac),
        (Some("RSA-KeyTransport"), Some("HMAC-SHA1"))
    );
    let s = tls_cipher_suite(0x0003).expect("EXP-RC4-MD5");
    assert!(s.export);
    assert_eq!((s.key_exchange, s.cipher), (Some("RSA-Export"), "RC4-40"));
    let s = tls_cipher_suite(0x0034).expect("ADH-AES128-SHA");
    assert_eq!(
        (s.key_exchange, s.authentication),
        (Some("DHE"), Some("anon"))
    );
}

#[test]
fn weak_tls_suites_are_broken_and_modern_ones_are_not() {
    for s in tls::CIPHER_SUITES {
        let weak = [
            "EXPORT", "NULL", "RC4", "_DES", "3DES", "RC2", "IDEA", "anon", "_MD5",
        ]
        .iter()
        .any(|w| s.iana_name.contains(w))
            || s.cipher == "NULL";
        let status = suite_status(s, 2026);
        if weak {
            assert_eq!(status, Status::Broken, "{}", s.iana_name);
        } else {
            assert_ne!(status, Status::Broken, "{}", s.iana_name);
        }
    }
    for code in [
        0x1301, 0x1302, 0x1303, 0xC02B, 0xC02C, 0xC02F, 0xC030, 0xCCA8, 0xCCA9,
    ] {
        let s = tls_cipher_suite(code).expect("modern suite");
        assert_eq!(
            status(s.cipher, None, 2036),
            Status::QuantumSafe,
            "{}",
            s.iana_name
        );
    }
}

#[test]
fn tls_groups_and_signature_schemes() {
    let g = tls_group(0x11EC).expect("X25519MLKEM768");
    assert_eq!((g.name, g.entry), ("X25519MLKEM768", "X25519MLKEM768"));
    assert_eq!(status(g.entry, None, 2036), Status::QuantumSafe);
    for (code, entry_name, safe) in [
        (0x001D, "X25519", false),
        (0x0017, "ECDH-P-256", false),
        (0x0100, "ffdhe2048", false),
        (0x0200, "ML-KEM-512", true),
        (0x0201, "ML-KEM-768", true),
        (0x0202, "ML-KEM-1024", true),
        (0x11EB, "SecP256r1MLKEM768", true),
        (0x11ED, "SecP384r1MLKEM1024", true),
        (0x6399, "X25519Kyber768Draft00", true),
        (0x639A, "SecP256r1Kyber768Draft00", true),
    ] {
        let g = tls_group(code).unwrap_or_else(|| panic!("{code:#06x}"));
        assert_eq!(g.entry, entry_name);
        assert_eq!(
            status(g.entry, None, 2026) == Status::QuantumSafe,
            safe,
            "{}",
            g.name
        );
    }
    assert_eq!(
        status(tls_group(0x0013).expect("secp192r1").entry, None, 2026),
        Status::Broken
    );
    for (code, name, entry_name) in [
        (0x0201, "rsa_pkcs1_sha1", "SHA1withRSA"),
        (0x0203, "ecdsa_sha1", "SHA1withECDSA"),
        (0x0403, "ecdsa_secp256r1_sha256", "SHA256withECDSA"),
        (0x0804, "rsa_pss_rsae_sha256", "SHA256withRSA/PSS"),
        (0x0807, "ed25519", "Ed25519"),
        (0x0808, "ed448", "Ed448"),
        (
            0x081A,
            "ecdsa_brainpoolP256r1tls13_sha256",
            "SHA256withECDSA",
        ),
        (0x0904, "mldsa44", "ML-DSA-44"),
        (0x0905, "mldsa65", "ML-DSA-65"),
        (0x0906, "mldsa87", "ML-DSA-87"),
    ] {
        let s = tls_signature_scheme(code).unwrap_or_else(|| panic!("{code:#06x}"));
        assert_eq!((s.name, s.entry), (name, entry_name));
    }
    assert_eq!(status("SHA1withRSA", None, 2026), Status::Broken);
    assert_eq!(
        status(
            tls_signature_scheme(0x0905).expect("mldsa65").entry,
            None,
            2036
        ),
        Status::QuantumSafe
    );
}

// ---- SSH ------------------------------------------------------------------------------------

#[test]
fn ssh_names_are_unique_and_resolve() {
    let mut seen = HashSet::new();
    for a in ssh::SSH_ALGORITHMS {
        assert!(seen.insert(a.name), "{} twice", a.name);
        assert!(
            by_name(a.entry).is_some(),
            "{}: no entry {}",
            a.name,
            a.entry
        );
        assert_eq!(ssh_algorithm(a.name), Some(a));
    }
    // Context-dependent names and extension markers are deliberately absent (see ssh.rs).
    for absent in [
        "none",
        "ext-info-c",
        "ext-info-s",
        "kex-strict-c-v00@openssh.com",
        "kex-strict-s-v00@openssh.com",
    ] {
        assert!(ssh_algorithm(absent).is_none(), "{absent}");
    }
}

#[test]
fn ssh_statuses() {
    let ssh_status = |name: &str, year: u16| {
        let a = ssh_algorithm(name).unwrap_or_else(|| panic!("{name}"));
        entry(a.entry).resolve(None).status_in(year)
    };
    use SshAlgorithmKind::*;
    use Status::*;
    for (name, kind, want_2026) in [
        ("mlkem768x25519-sha256", Kex, QuantumSafe),
        ("sntrup761x25519-sha512", Kex, QuantumSafe),
        ("sntrup761x25519-sha512@openssh.com", Kex, QuantumSafe),
        ("curve25519-sha256", Kex, QuantumVulnerable),
        ("curve25519-sha256@libssh.org", Kex, QuantumVulnerable),
        ("ecdh-sha2-nistp256", Kex, QuantumVulnerable),
        ("diffie-hellman-group14-sha256", Kex, BelowTarget),
        ("diffie-hellman-group16-sha512", Kex, QuantumVulnerable),
        ("diffie-hellman-group1-sha1", Kex, Broken),
        ("rsa1024-sha1", Kex, Broken),
        ("ssh-rsa", HostKey, Broken),
        ("ssh-dss", HostKey, Broken),
        ("rsa-sha2-256", HostKey, QuantumVulnerable),
        ("ssh-ed25519", HostKey, QuantumVulnerable),
        ("ecdsa-sha2-nistp384", HostKey, QuantumVulnerable),
        ("ssh-mldsa-65", HostKey, QuantumSafe),
        ("aes256-gcm@openssh.com", Cipher, QuantumSafe),
        ("chacha20-poly1305@openssh.com", Cipher, QuantumSafe),
        ("aes128-ctr", Cipher, QuantumSafe),
        ("3des-cbc", Cipher, Broken),
        ("arcfour256", Cipher, Broken),
        ("blowfish-cbc", Cipher, Broken),
        ("hmac-sha1", Mac, QuantumSafe),
        ("hmac-sha2-256-etm@openssh.com", Mac, QuantumSafe),
        ("umac-64-etm@openssh.com", Mac, QuantumSafe),
        ("hmac-md5", Mac, Broken),
        ("hmac-md5-96", Mac, Broken),
        ("zlib@openssh.com", Compression, QuantumSafe),
    ] {
        assert_eq!(ssh_algorithm(name).map(|a| a.kind), Some(kind), "{name}");
        assert_eq!(ssh_status(name, 2026), want_2026, "{name}");
    }
    assert_eq!(ssh_status("curve25519-sha256", 2036), Broken);
    assert_eq!(ssh_status("mlkem768x25519-sha256", 2036), QuantumSafe);
    // Group exchange leaves the group to the server: the prime size decides.
    let gex = entry(
        ssh_algorithm("diffie-hellman-group-exchange-sha256")
            .expect("gex")
            .entry,
    );
    assert_eq!(gex.resolve(Some(4096)).classical_bits, 152);
}

// ---- Library API names -----------------------------------------------------------------------

#[test]
fn api_names_are_unique_resolve_and_never_shadow_a_canonical_name() {
    let mut seen = HashSet::new();
    for (api, target) in api::API_NAMES {
        assert!(seen.insert(api.to_ascii_lowercase()), "{api} twice");
        let e = by_name(target).unwrap_or_else(|| panic!("{api}: no entry {target}"));
        if let Some(canonical) = by_name(api) {
            assert_eq!(canonical.name, e.name, "{api} shadows a canonical name");
        }
        assert_eq!(api_name(api).map(|f| f.name), Some(e.name));
    }
    assert!(api::API_NAMES.len() >= 300, "{}", api::API_NAMES.len());
}

#[test]
fn api_names_of_the_common_libraries() {
    for (api, expected) in [
        // JCA.
        ("RSA", "RSA"),
        ("EC", "EC"),
        ("DSA", "DSA"),
        ("DH", "DH"),
        ("DiffieHellman", "DH"),
        ("Ed25519", "Ed25519"),
        ("X25519", "X25519"),
        ("AES", "AES"),
        ("AES/GCM/NoPadding", "AES-GCM"),
        ("AES/CBC/PKCS5Padding", "AES-CBC"),
        ("AES_256/GCM/NoPadding", "AES-256-GCM"),
        ("DESede", "3DES"),
        ("DES", "DES"),
        ("RC4", "RC4"),
        ("ARCFOUR", "RC4"),
        ("SHA256withRSA", "SHA256withRSA"),
        ("SHA256withECDSA", "SHA256withECDSA"),
        ("SHA1withRSA", "SHA1withRSA"),
        ("MD5withRSA", "MD5withRSA"),
        ("SHA1withDSA", "SHA1withDSA"),
        ("MD5", "MD5"),
        ("SHA-1", "SHA-1"),
        ("SHA-256", "SHA-256"),
        ("HmacSHA256", "HMAC-SHA256"),
        ("PBKDF2WithHmacSHA256", "PBKDF2"),
        ("PBEWithMD5AndDES", "PBEWithMD5AndDES"),
        ("ML-DSA", "ML-DSA"),
        ("ML-KEM", "ML-KEM"),
        ("ML-DSA-65", "ML-DSA-65"),
        ("RSA/ECB/OAEPWithSHA-256AndMGF1Padding", "RSAES-OAEP"),
        // OpenSSL.
        ("EVP_aes_128_gcm", "AES-128-GCM"),
        ("EVP_des_ede3_cbc", "DES-EDE3-CBC"),
        ("EVP_rc4", "RC4"),
        ("EVP_md5", "MD5"),
        ("EVP_sha1", "SHA-1"),
        ("EVP_sha256", "SHA-256"),
        ("RSA_generate_key_ex", "RSA"),
        ("EC_KEY_new_by_curve_name", "EC"),
        ("DH_generate_parameters_ex", "DH"),
        ("aes-256-cbc", "AES-256-CBC"),
        ("des-ede3-cbc", "DES-EDE3-CBC"),
        ("mlkem768", "ML-KEM-768"),
        ("X25519MLKEM768", "X25519MLKEM768"),
        // Go.
        ("crypto/rsa", "RSA"),
        ("crypto/md5", "MD5"),
        ("crypto/sha1", "SHA-1"),
        ("crypto/des", "DES"),
        ("crypto/rc4", "RC4"),
        ("crypto/aes", "AES"),
        ("crypto/ed25519", "Ed25519"),
        ("elliptic.P256", "EC-P-256"),
        ("mlkem.GenerateKey768", "ML-KEM-768"),
        ("x509.SHA1WithRSA", "SHA1withRSA"),
        // Python.
        ("hashlib.md5", "MD5"),
        ("hashlib.sha1", "SHA-1"),
        ("hashlib.sha256", "SHA-256"),
        ("rsa.generate_private_key", "RSA"),
        ("ec.SECP256R1", "EC-P-256"),
        ("hashes.SHA1", "SHA-1"),
        ("algorithms.TripleDES", "3DES"),
        ("algorithms.ARC4", "RC4"),
        ("Crypto.Cipher.DES", "DES"),
    ] {
        assert_eq!(api_name(api).map(|e| e.name), Some(expected), "{api}");
        assert_eq!(
            api_name(&api.to_ascii_uppercase()).map(|e| e.name),
            Some(expected),
            "{api}"
        );
    }
    assert!(api_name("not-an-algorithm").is_none());
    assert_eq!(
        api_name("SHA1withRSA").map(|e| e.resolve(None).status_in(2026)),
        Some(Status::Broken)
    );
}
