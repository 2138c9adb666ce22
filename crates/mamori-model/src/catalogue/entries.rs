//! The canonical entries: every algorithm the catalogue knows, with all its OIDs.
//!
//! Conventions (the tests in `tests.rs` pin each value against its standard):
//!
//! - `classical_bits` is the security strength of NIST SP 800-57 Part 1 Rev. 5 (Tables 2 and 3):
//!   the key length for symmetric ciphers, the collision strength for hashes and for the
//!   signature schemes built on them, the Table 3 strength for HMAC and KDFs. It is `None` where
//!   the strength depends on a key size (RSA, DSA, finite-field DH: `Entry::resolve` computes it)
//!   or on a curve or a negotiated group (`EC`, `ECDSA`, `ECDHE`...: resolve these through
//!   `catalogue::curve` + `catalogue::ec_key`, or through the TLS group, never through
//!   `Entry::resolve` with a size, which applies the finite-field table).
//! - `quantum_category` is the NIST PQC category 0–5. Every scheme Shor's algorithm breaks is 0,
//!   whatever its classical strength. Symmetric primitives follow the NIST reference points:
//!   category 1 = AES-128 key search, 2 = SHA-256 collision, 3 = AES-192 key search,
//!   4 = SHA-384 collision, 5 = AES-256 key search. Broken constructions are 0.
//! - An entry without a size in its name (`AES`, `AES-GCM`, `ML-DSA`, `SLH-DSA`) stands for an
//!   algorithm found without its parameter set (an API name, a JCA transformation); it carries the
//!   strength of the weakest standard parameter set, so it never overstates what was found.
//! - `broken_reason` marks constructions unsafe whatever the strength figure says.
//!
//! Edwards and Montgomery keys (Ed25519, Ed448, X25519, X448) must be resolved through their
//! entries here (128/224 bits per SP 800-186 and RFC 7748), not through `ec_key`: SP 800-57's
//! order-size column gives 112 bits for a 253-bit order and 192 bits for a 446-bit one.

use super::Entry;
use crate::algorithm::{Family, Primitive};

use Family as F;
use Primitive as P;

/// An entry with a fixed strength.
const fn fixed(
    name: &'static str,
    family: Family,
    primitive: Primitive,
    classical_bits: u16,
    quantum_category: u8,
    oids: &'static [&'static str],
) -> Entry {
    Entry {
        name,
        family,
        primitive,
        parameter_set: None,
        curve: None,
        classical_bits: Some(classical_bits),
        quantum_category,
        broken_reason: None,
        oids,
    }
}

/// A Shor-breakable entry whose strength follows from a key size, a curve or a negotiated group.
const fn sized(
    name: &'static str,
    family: Family,
    primitive: Primitive,
    oids: &'static [&'static str],
) -> Entry {
    Entry {
        name,
        family,
        primitive,
        parameter_set: None,
        curve: None,
        classical_bits: None,
        quantum_category: 0,
        broken_reason: None,
        oids,
    }
}

impl Entry {
    const fn param(mut self, parameter_set: &'static str) -> Entry {
        self.parameter_set = Some(parameter_set);
        self
    }

    const fn on(mut self, curve: &'static str) -> Entry {
        self.curve = Some(curve);
        self
    }

    const fn broken(mut self, reason: &'static str) -> Entry {
        self.broken_reason = Some(reason);
        self
    }
}

// Why broken constructions are broken. One sentence each, citing the decision that retired them.
const MD2_SIG: &str =
    "MD2 signatures: MD2 collisions in 2^63 and preimages in 2^73 (RFC 6149 moved MD2 to Historic)";
const MD4_SIG: &str = "MD4 signatures: MD4 collisions take a few hash computations (RFC 6150)";
const MD5_SIG: &str = "MD5 signatures: practical chosen-prefix collisions forge certificates (rogue CA 2008, Flame 2012)";
const SHA1_SIG: &str = "SHA-1 signatures are disallowed (SP 800-131A): practical chosen-prefix collisions (SHAttered 2017, Shambles 2020)";
const MD2_HASH: &str = "MD2 is broken: collisions in 2^63, preimages in 2^73 (RFC 6149)";
const MD4_HASH: &str = "MD4 is broken: collisions in a few hash computations (RFC 6150)";
const MD5_HASH: &str =
    "MD5 is collision-broken: collisions in seconds, chosen-prefix collisions (RFC 6151)";
const SHA1_HASH: &str = "SHA-1 is collision-broken (SHAttered 2017, chosen-prefix 2020); disallowed for signatures (SP 800-131A)";
const GOST94_HASH: &str =
    "GOST R 34.11-94: collisions in 2^105 (Mendel et al. 2008); withdrawn in favour of Streebog";
const HMAC_MD5: &str = "HMAC-MD5: MD5 is not an approved hash (SP 800-131A, SP 800-107); RFC 6151 rules it out for new protocols and SSH/TLS deployments disable it";
const DES: &str =
    "DES: 56-bit key found by exhaustive search in days (1998); FIPS 46-3 withdrawn in 2005";
const DES40: &str = "40-bit export DES: exhaustive key search in minutes";
const TDEA: &str = "3DES: disallowed for encryption after 2023 (SP 800-131A Rev. 2); 64-bit block exposes long sessions to birthday attacks (Sweet32)";
const TDEA2: &str = "Two-key 3DES: 80-bit strength, disallowed for encryption since 2016 (SP 800-131A Rev. 2); 64-bit block (Sweet32)";
const RC4: &str =
    "RC4: keystream biases recover plaintext; prohibited in TLS (RFC 7465) and SSH (RFC 8758)";
const RC2: &str = "RC2: related-key attacks, 64-bit block and export key lengths; kept only for legacy PKCS files";
const BLOCK64: &str = "64-bit block cipher: birthday-bound attacks on long sessions (Sweet32, 2016); not approved by NIST";
const NO_ENCRYPTION: &str = "no encryption";
const NO_INTEGRITY: &str = "no integrity protection";
const NO_AUTHENTICATION: &str =
    "no authentication: anonymous key exchange is open to man-in-the-middle attacks";
const EXPORT_RSA: &str = "export-grade RSA key exchange with a short ephemeral key (FREAK, 2015)";
const EXPORT_DH: &str = "export-grade Diffie-Hellman with a 512-bit prime (Logjam, 2015)";
const MODP1024: &str = "1024-bit MODP group: below 112 bits (SP 800-131A) and shared by many servers, inviting precomputation (Logjam, 2015)";
const RSA1024_KEX: &str = "1024-bit RSA key transport with SHA-1 (RFC 9142: MUST NOT)";
const PBES1_DES: &str =
    "PBES1 with single DES (56-bit key) and an MD2/MD5/SHA-1 KDF; RFC 8018 recommends PBES2";
const PBES1_RC2: &str = "PBES1 with 64-bit RC2 and an MD2/MD5/SHA-1 KDF; RFC 8018 recommends PBES2";
const P12_RC4: &str = "PKCS#12 PBE with RC4 (prohibited by RFC 7465); RFC 9579 and NIST SP 800-132 call for PBES2/PBKDF2";
const P12_3DES: &str = "PKCS#12 PBE with SHA-1 KDF and 3DES: 3DES is disallowed for encryption after 2023 (SP 800-131A Rev. 2); use PBES2";
const P12_2DES: &str =
    "PKCS#12 PBE with SHA-1 KDF and two-key 3DES (80 bits, disallowed since 2016); use PBES2";
const P12_RC2: &str =
    "PKCS#12 PBE with SHA-1 KDF and RC2 (40- or 128-bit, 64-bit block); use PBES2";
const JKS: &str = "proprietary SHA-1 XOR keystream (Sun JKS key protector): no key stretching, no standard cipher";
const JCEKS: &str =
    "proprietary MD5-based PBE with 3DES (Sun JCEKS): MD5 KDF, 3DES disallowed after 2023";

#[rustfmt::skip]
pub(super) static ENTRIES: &[Entry] = &[
    // ---------------------------------------------------------------------------------------
    // Key algorithms whose strength follows from the key size (SP 800-57 Table 2, L/k column).
    // ---------------------------------------------------------------------------------------
    // rsaEncryption (PKCS #1, RFC 8017) and X.500 id-ea-rsa.
    sized("RSA", F::Rsa, P::Pke, &["1.2.840.113549.1.1.1", "2.5.8.1.1"]),
    // id-RSASSA-PSS (RFC 4055): a key restricted to PSS, also the PSS signature algorithm OID.
    sized("RSASSA-PSS", F::Rsa, P::Signature, &["1.2.840.113549.1.1.10"]),
    // id-RSAES-OAEP (RFC 4055).
    sized("RSAES-OAEP", F::Rsa, P::Pke, &["1.2.840.113549.1.1.7"]),
    // id-dsa (RFC 3279) and the OIW dsa arc. FIPS 186-5 no longer approves DSA signature
    // generation; existing keys still rank by their size.
    sized("DSA", F::Dsa, P::Signature, &["1.2.840.10040.4.1", "1.3.14.3.2.12"]),
    // PKCS #3 dhKeyAgreement and X9.42 dhpublicnumber (RFC 3279).
    sized("DH", F::Dh, P::KeyAgree, &["1.2.840.113549.1.3.1", "1.2.840.10046.2.1"]),
    // id-ecPublicKey (RFC 5480): the curve in the parameters decides (ec_key).
    sized("EC", F::Ec, P::Signature, &["1.2.840.10045.2.1"]),
    // id-ecDH and id-ecMQV (RFC 5480, SEC 2).
    sized("ECDH", F::Ecdh, P::KeyAgree, &["1.3.132.1.12"]),
    sized("ECMQV", F::Ecdh, P::KeyAgree, &["1.3.132.1.13"]),
    // ECDSA without a curve (a TLS suite's authentication, an API name).
    sized("ECDSA", F::Ecdsa, P::Signature, &[]),
    // TLS key exchanges whose group is negotiated separately (resolve the group, not these).
    sized("DHE", F::Dh, P::KeyAgree, &[]),
    sized("ECDHE", F::Ecdh, P::KeyAgree, &[]),
    sized("RSA-KeyTransport", F::Rsa, P::Pke, &[]),
    // SRP (RFC 5054) rests on finite-field discrete logarithms in groups of 1024–8192 bits.
    sized("SRP", F::Dh, P::KeyAgree, &[]),
    // ECCPWD (RFC 8492): password-authenticated ECDH over the negotiated group.
    sized("ECCPWD", F::Ecdh, P::KeyAgree, &[]),
    // GOST R 34.10-94 is a finite-field scheme: its strength follows the prime size.
    sized("GOSTR3410-94", F::Gost, P::Signature, &["1.2.643.2.2.20"]),
    sized("VKO-GOSTR3410-94", F::Gost, P::KeyAgree, &[]),
    // GOST R 34.10-2012 without its size (a TLS 1.2 suite's authentication and key exchange).
    sized("GOSTR3410-2012", F::Gost, P::Signature, &[]),
    sized("VKO-GOSTR3410-2012", F::Gost, P::KeyAgree, &[]),
    // ---------------------------------------------------------------------------------------
    // Elliptic-curve schemes with a fixed curve (SP 800-57 Table 2 column f, SP 800-186).
    // ---------------------------------------------------------------------------------------
    // RFC 8410 / SP 800-186: Ed25519 and X25519 give 128 bits, Ed448 and X448 give 224 bits.
    fixed("Ed25519", F::EdDsa, P::Signature, 128, 0, &["1.3.101.112"]).on("Ed25519"),
    fixed("Ed448", F::EdDsa, P::Signature, 224, 0, &["1.3.101.113"]).on("Ed448"),
    fixed("X25519", F::Xdh, P::KeyAgree, 128, 0, &["1.3.101.110"]).on("X25519"),
    fixed("X448", F::Xdh, P::KeyAgree, 224, 0, &["1.3.101.111"]).on("X448"),
    // SM2 (GB/T 32918, 256-bit curve): the curve OID doubles as the algorithm identifier.
    fixed("SM2", F::Sm2, P::Signature, 128, 0, &["1.2.156.10197.1.301", "1.2.156.10197.1.301.1"]).on("SM2"),
    fixed("SM2-Encryption", F::Sm2, P::Pke, 128, 0, &["1.2.156.10197.1.301.3"]).on("SM2"),
    fixed("SM3withSM2", F::Sm2, P::Signature, 128, 0, &["1.2.156.10197.1.501"]).on("SM2"),
    // GOST R 34.10-2001 / -2012 (RFC 4491, RFC 9215): 256-bit curves give 128 bits, 512-bit 256.
    fixed("GOSTR3410-2001", F::Gost, P::Signature, 128, 0, &["1.2.643.2.2.19"]),
    fixed("GOSTR3410-2012-256", F::Gost, P::Signature, 128, 0, &["1.2.643.7.1.1.1.1"]),
    fixed("GOSTR3410-2012-512", F::Gost, P::Signature, 256, 0, &["1.2.643.7.1.1.1.2"]),
    fixed("VKO-GOSTR3410-2001", F::Gost, P::KeyAgree, 128, 0, &[]),
    fixed("VKO-GOSTR3410-2012-256", F::Gost, P::KeyAgree, 128, 0, &["1.2.643.7.1.1.6.1"]),
    fixed("VKO-GOSTR3410-2012-512", F::Gost, P::KeyAgree, 256, 0, &["1.2.643.7.1.1.6.2"]),
    // An EC key on a named curve, as `ec_key` names it: for API names that fix the curve
    // (`ec.SECP256R1`, `elliptic.P256`). Strength from the order size (SP 800-57 column f).
    fixed("EC-P-192", F::Ec, P::Signature, 80, 0, &[]).on("secp192r1"),
    fixed("EC-P-224", F::Ec, P::Signature, 112, 0, &[]).on("secp224r1"),
    fixed("EC-P-256", F::Ec, P::Signature, 128, 0, &[]).on("secp256r1"),
    fixed("EC-P-384", F::Ec, P::Signature, 192, 0, &[]).on("secp384r1"),
    fixed("EC-P-521", F::Ec, P::Signature, 256, 0, &[]).on("secp521r1"),
    fixed("EC-secp256k1", F::Ec, P::Signature, 128, 0, &[]).on("secp256k1"),
    fixed("EC-brainpoolP256r1", F::Ec, P::Signature, 128, 0, &[]).on("brainpoolP256r1"),
    fixed("EC-brainpoolP384r1", F::Ec, P::Signature, 192, 0, &[]).on("brainpoolP384r1"),
    fixed("EC-brainpoolP512r1", F::Ec, P::Signature, 256, 0, &[]).on("brainpoolP512r1"),
    // ECDH on each named group of the TLS registry (RFC 8422, RFC 7027, RFC 8446) and the SSH
    // ecdh-sha2-* methods (RFC 5656). Strength from the bit length of the group order.
    fixed("ECDH-K-163", F::Ecdh, P::KeyAgree, 80, 0, &[]).on("sect163k1"),
    fixed("ECDH-sect163r1", F::Ecdh, P::KeyAgree, 80, 0, &[]).on("sect163r1"),
    fixed("ECDH-B-163", F::Ecdh, P::KeyAgree, 80, 0, &[]).on("sect163r2"),
    fixed("ECDH-sect193r1", F::Ecdh, P::KeyAgree, 80, 0, &[]).on("sect193r1"),
    fixed("ECDH-sect193r2", F::Ecdh, P::KeyAgree, 80, 0, &[]).on("sect193r2"),
    fixed("ECDH-K-233", F::Ecdh, P::KeyAgree, 112, 0, &[]).on("sect233k1"),
    fixed("ECDH-B-233", F::Ecdh, P::KeyAgree, 112, 0, &[]).on("sect233r1"),
    fixed("ECDH-sect239k1", F::Ecdh, P::KeyAgree, 112, 0, &[]).on("sect239k1"),
    fixed("ECDH-K-283", F::Ecdh, P::KeyAgree, 128, 0, &[]).on("sect283k1"),
    fixed("ECDH-B-283", F::Ecdh, P::KeyAgree, 128, 0, &[]).on("sect283r1"),
    fixed("ECDH-K-409", F::Ecdh, P::KeyAgree, 192, 0, &[]).on("sect409k1"),
    fixed("ECDH-B-409", F::Ecdh, P::KeyAgree, 192, 0, &[]).on("sect409r1"),
    fixed("ECDH-K-571", F::Ecdh, P::KeyAgree, 256, 0, &[]).on("sect571k1"),
    fixed("ECDH-B-571", F::Ecdh, P::KeyAgree, 256, 0, &[]).on("sect571r1"),
    fixed("ECDH-secp160k1", F::Ecdh, P::KeyAgree, 80, 0, &[]).on("secp160k1"),
    fixed("ECDH-secp160r1", F::Ecdh, P::KeyAgree, 80, 0, &[]).on("secp160r1"),
    fixed("ECDH-secp160r2", F::Ecdh, P::KeyAgree, 80, 0, &[]).on("secp160r2"),
    fixed("ECDH-secp192k1", F::Ecdh, P::KeyAgree, 80, 0, &[]).on("secp192k1"),
    fixed("ECDH-P-192", F::Ecdh, P::KeyAgree, 80, 0, &[]).on("secp192r1"),
    fixed("ECDH-secp224k1", F::Ecdh, P::KeyAgree, 112, 0, &[]).on("secp224k1"),
    fixed("ECDH-P-224", F::Ecdh, P::KeyAgree, 112, 0, &[]).on("secp224r1"),
    fixed("ECDH-secp256k1", F::Ecdh, P::KeyAgree, 128, 0, &[]).on("secp256k1"),
    fixed("ECDH-P-256", F::Ecdh, P::KeyAgree, 128, 0, &[]).on("secp256r1"),
    fixed("ECDH-P-384", F::Ecdh, P::KeyAgree, 192, 0, &[]).on("secp384r1"),
    fixed("ECDH-P-521", F::Ecdh, P::KeyAgree, 256, 0, &[]).on("secp521r1"),
    fixed("ECDH-brainpoolP256r1", F::Ecdh, P::KeyAgree, 128, 0, &[]).on("brainpoolP256r1"),
    fixed("ECDH-brainpoolP384r1", F::Ecdh, P::KeyAgree, 192, 0, &[]).on("brainpoolP384r1"),
    fixed("ECDH-brainpoolP512r1", F::Ecdh, P::KeyAgree, 256, 0, &[]).on("brainpoolP512r1"),
    fixed("ECDH-SM2", F::Ecdh, P::KeyAgree, 128, 0, &[]).on("SM2"),
    // ---------------------------------------------------------------------------------------
    // Finite-field groups with a fixed prime (SP 800-57 Table 2; SP 800-56A Rev. 3 App. D).
    // ---------------------------------------------------------------------------------------
    // RFC 7919 FFDHE groups (TLS supported groups 256–260).
    fixed("ffdhe2048", F::Dh, P::KeyAgree, 112, 0, &[]).param("2048"),
    fixed("ffdhe3072", F::Dh, P::KeyAgree, 128, 0, &[]).param("3072"),
    fixed("ffdhe4096", F::Dh, P::KeyAgree, 152, 0, &[]).param("4096"),
    fixed("ffdhe6144", F::Dh, P::KeyAgree, 176, 0, &[]).param("6144"),
    fixed("ffdhe8192", F::Dh, P::KeyAgree, 200, 0, &[]).param("8192"),
    // RFC 2409 Oakley group 2 and RFC 3526 MODP groups 14–18 (the SSH diffie-hellman-groupN).
    fixed("modp1024", F::Dh, P::KeyAgree, 80, 0, &[])
        .param("1024")
        .broken(MODP1024),
    fixed("modp2048", F::Dh, P::KeyAgree, 112, 0, &[]).param("2048"),
    fixed("modp3072", F::Dh, P::KeyAgree, 128, 0, &[]).param("3072"),
    fixed("modp4096", F::Dh, P::KeyAgree, 152, 0, &[]).param("4096"),
    fixed("modp6144", F::Dh, P::KeyAgree, 176, 0, &[]).param("6144"),
    fixed("modp8192", F::Dh, P::KeyAgree, 200, 0, &[]).param("8192"),
    // RFC 4432 SSH RSA key exchange with a transient key of fixed size.
    fixed("rsa1024-sha1", F::Rsa, P::Pke, 80, 0, &[])
        .param("1024")
        .broken(RSA1024_KEX),
    fixed("rsa2048-sha256", F::Rsa, P::Pke, 112, 0, &[]).param("2048"),
    // Export-grade key exchanges of TLS 1.0 and earlier (RFC 2246 App. C): 512-bit RSA/DH
    // (SP 800-56B App. D estimate: 56 bits) and the 1024-bit "EXPORT1024" variants (80 bits).
    fixed("RSA-Export", F::Rsa, P::Pke, 56, 0, &[])
        .param("512")
        .broken(EXPORT_RSA),
    fixed("RSA-Export1024", F::Rsa, P::Pke, 80, 0, &[])
        .param("1024")
        .broken(EXPORT_RSA),
    fixed("DH-Export", F::Dh, P::KeyAgree, 56, 0, &[])
        .param("512")
        .broken(EXPORT_DH),
    fixed("DHE-Export", F::Dh, P::KeyAgree, 56, 0, &[])
        .param("512")
        .broken(EXPORT_DH),
    fixed("DHE-Export1024", F::Dh, P::KeyAgree, 80, 0, &[])
        .param("1024")
        .broken(EXPORT_DH),
    // ---------------------------------------------------------------------------------------
    // Key-establishment without public keys.
    // ---------------------------------------------------------------------------------------
    // TLS pre-shared keys (RFC 4279): symmetric, so Grover only; RFC 9257 asks for at least 128
    // bits of entropy. The key's real entropy is a property of the deployment.
    fixed("PSK", F::Other, P::Other, 128, 1, &[]),
    // Kerberos in TLS (RFC 2712): symmetric tickets; every suite pairs it with DES/3DES/RC4/IDEA.
    fixed("KRB5", F::Other, P::Other, 128, 1, &[]),
    // Anonymous key exchange: no peer authentication at all.
    fixed("anon", F::Null, P::Other, 0, 0, &[]).broken(NO_AUTHENTICATION),
    // ---------------------------------------------------------------------------------------
    // ML-KEM (FIPS 203, NIST CSOR kems arc): categories 1/3/5 (FIPS 203 §8).
    // ---------------------------------------------------------------------------------------
    fixed("ML-KEM-512", F::MlKem, P::Kem, 128, 1, &["2.16.840.1.101.3.4.4.1"]).param("512"),
    fixed("ML-KEM-768", F::MlKem, P::Kem, 192, 3, &["2.16.840.1.101.3.4.4.2"]).param("768"),
    fixed("ML-KEM-1024", F::MlKem, P::Kem, 256, 5, &["2.16.840.1.101.3.4.4.3"]).param("1024"),
    fixed("ML-KEM", F::MlKem, P::Kem, 128, 1, &[]),
    // ---------------------------------------------------------------------------------------
    // ML-DSA (FIPS 204 §4, RFC 9881): categories 2/3/5. HashML-DSA (FIPS 204 §5.4) alike.
    // ---------------------------------------------------------------------------------------
    fixed("ML-DSA-44", F::MlDsa, P::Signature, 128, 2, &["2.16.840.1.101.3.4.3.17"]).param("44"),
    fixed("ML-DSA-65", F::MlDsa, P::Signature, 192, 3, &["2.16.840.1.101.3.4.3.18"]).param("65"),
    fixed("ML-DSA-87", F::MlDsa, P::Signature, 256, 5, &["2.16.840.1.101.3.4.3.19"]).param("87"),
    fixed("ML-DSA", F::MlDsa, P::Signature, 128, 2, &[]),
    fixed("HashML-DSA-44", F::MlDsa, P::Signature, 128, 2, &["2.16.840.1.101.3.4.3.32"]).param("44"),
    fixed("HashML-DSA-65", F::MlDsa, P::Signature, 192, 3, &["2.16.840.1.101.3.4.3.33"]).param("65"),
    fixed("HashML-DSA-87", F::MlDsa, P::Signature, 256, 5, &["2.16.840.1.101.3.4.3.34"]).param("87"),
    // ---------------------------------------------------------------------------------------
    // SLH-DSA (FIPS 205 §11, RFC 9909): 128/192/256 → categories 1/3/5. NIST CSOR sigAlgs .20–.31
    // (SHA2 s/f by size, then SHAKE), HashSLH-DSA .35–.46 in the same order.
    // ---------------------------------------------------------------------------------------
    fixed("SLH-DSA-SHA2-128s", F::SlhDsa, P::Signature, 128, 1, &["2.16.840.1.101.3.4.3.20"]).param("SHA2-128s"),
    fixed("SLH-DSA-SHA2-128f", F::SlhDsa, P::Signature, 128, 1, &["2.16.840.1.101.3.4.3.21"]).param("SHA2-128f"),
    fixed("SLH-DSA-SHA2-192s", F::SlhDsa, P::Signature, 192, 3, &["2.16.840.1.101.3.4.3.22"]).param("SHA2-192s"),
    fixed("SLH-DSA-SHA2-192f", F::SlhDsa, P::Signature, 192, 3, &["2.16.840.1.101.3.4.3.23"]).param("SHA2-192f"),
    fixed("SLH-DSA-SHA2-256s", F::SlhDsa, P::Signature, 256, 5, &["2.16.840.1.101.3.4.3.24"]).param("SHA2-256s"),
    fixed("SLH-DSA-SHA2-256f", F::SlhDsa, P::Signature, 256, 5, &["2.16.840.1.101.3.4.3.25"]).param("SHA2-256f"),
    fixed("SLH-DSA-SHAKE-128s", F::SlhDsa, P::Signature, 128, 1, &["2.16.840.1.101.3.4.3.26"]).param("SHAKE-128s"),
    fixed("SLH-DSA-SHAKE-128f", F::SlhDsa, P::Signature, 128, 1, &["2.16.840.1.101.3.4.3.27"]).param("SHAKE-128f"),
    fixed("SLH-DSA-SHAKE-192s", F::SlhDsa, P::Signature, 192, 3, &["2.16.840.1.101.3.4.3.28"]).param("SHAKE-192s"),
    fixed("SLH-DSA-SHAKE-192f", F::SlhDsa, P::Signature, 192, 3, &["2.16.840.1.101.3.4.3.29"]).param("SHAKE-192f"),
    fixed("SLH-DSA-SHAKE-256s", F::SlhDsa, P::Signature, 256, 5, &["2.16.840.1.101.3.4.3.30"]).param("SHAKE-256s"),
    fixed("SLH-DSA-SHAKE-256f", F::SlhDsa, P::Signature, 256, 5, &["2.16.840.1.101.3.4.3.31"]).param("SHAKE-256f"),
    fixed("SLH-DSA", F::SlhDsa, P::Signature, 128, 1, &[]),
    fixed("HashSLH-DSA-SHA2-128s", F::SlhDsa, P::Signature, 128, 1, &["2.16.840.1.101.3.4.3.35"]).param("SHA2-128s"),
    fixed("HashSLH-DSA-SHA2-128f", F::SlhDsa, P::Signature, 128, 1, &["2.16.840.1.101.3.4.3.36"]).param("SHA2-128f"),
    fixed("HashSLH-DSA-SHA2-192s", F::SlhDsa, P::Signature, 192, 3, &["2.16.840.1.101.3.4.3.37"]).param("SHA2-192s"),
    fixed("HashSLH-DSA-SHA2-192f", F::SlhDsa, P::Signature, 192, 3, &["2.16.840.1.101.3.4.3.38"]).param("SHA2-192f"),
    fixed("HashSLH-DSA-SHA2-256s", F::SlhDsa, P::Signature, 256, 5, &["2.16.840.1.101.3.4.3.39"]).param("SHA2-256s"),
    fixed("HashSLH-DSA-SHA2-256f", F::SlhDsa, P::Signature, 256, 5, &["2.16.840.1.101.3.4.3.40"]).param("SHA2-256f"),
    fixed("HashSLH-DSA-SHAKE-128s", F::SlhDsa, P::Signature, 128, 1, &["2.16.840.1.101.3.4.3.41"]).param("SHAKE-128s"),
    fixed("HashSLH-DSA-SHAKE-128f", F::SlhDsa, P::Signature, 128, 1, &["2.16.840.1.101.3.4.3.42"]).param("SHAKE-128f"),
    fixed("HashSLH-DSA-SHAKE-192s", F::SlhDsa, P::Signature, 192, 3, &["2.16.840.1.101.3.4.3.43"]).param("SHAKE-192s"),
    fixed("HashSLH-DSA-SHAKE-192f", F::SlhDsa, P::Signature, 192, 3, &["2.16.840.1.101.3.4.3.44"]).param("SHAKE-192f"),
    fixed("HashSLH-DSA-SHAKE-256s", F::SlhDsa, P::Signature, 256, 5, &["2.16.840.1.101.3.4.3.45"]).param("SHAKE-256s"),
    fixed("HashSLH-DSA-SHAKE-256f", F::SlhDsa, P::Signature, 256, 5, &["2.16.840.1.101.3.4.3.46"]).param("SHAKE-256f"),
    // ---------------------------------------------------------------------------------------
    // Stateful hash-based signatures (SP 800-208): the n = 32 parameter sets in common use give
    // 256 bits, category 5. HSS/LMS: RFC 9708; XMSS and XMSS^MT: RFC 9802.
    // ---------------------------------------------------------------------------------------
    fixed("HSS-LMS", F::HashSignature, P::Signature, 256, 5, &["1.2.840.113549.1.9.16.3.17"]),
    fixed("XMSS", F::HashSignature, P::Signature, 256, 5, &["1.3.6.1.5.5.7.6.34"]),
    fixed("XMSS-MT", F::HashSignature, P::Signature, 256, 5, &["1.3.6.1.5.5.7.6.35"]),
    // ---------------------------------------------------------------------------------------
    // Composite ML-DSA (draft-ietf-lamps-pq-composite-sigs; OIDs from the official test
    // vectors). Category of the ML-DSA part; classical strength the weaker of the two parts
    // (SP 800-57: RSA-2048 112, RSA-3072 128, RSA-4096 152, P-256 128, P-384 192, P-521 256,
    // Ed25519 128, Ed448 224; ML-DSA-44/65/87 128/192/256).
    // ---------------------------------------------------------------------------------------
    fixed("MLDSA44-RSA2048-PSS-SHA256", F::CompositeSignature, P::Signature, 112, 2, &["1.3.6.1.5.5.7.6.37"]).param("44"),
    fixed("MLDSA44-RSA2048-PKCS15-SHA256", F::CompositeSignature, P::Signature, 112, 2, &["1.3.6.1.5.5.7.6.38"]).param("44"),
    fixed("MLDSA44-Ed25519-SHA512", F::CompositeSignature, P::Signature, 128, 2, &["1.3.6.1.5.5.7.6.39"]).param("44"),
    fixed("MLDSA44-ECDSA-P256-SHA256", F::CompositeSignature, P::Signature, 128, 2, &["1.3.6.1.5.5.7.6.40"]).param("44"),
    fixed("MLDSA65-RSA3072-PSS-SHA512", F::CompositeSignature, P::Signature, 128, 3, &["1.3.6.1.5.5.7.6.41"]).param("65"),
    fixed("MLDSA65-RSA3072-PKCS15-SHA512", F::CompositeSignature, P::Signature, 128, 3, &["1.3.6.1.5.5.7.6.42"]).param("65"),
    fixed("MLDSA65-RSA4096-PSS-SHA512", F::CompositeSignature, P::Signature, 152, 3, &["1.3.6.1.5.5.7.6.43"]).param("65"),
    fixed("MLDSA65-RSA4096-PKCS15-SHA512", F::CompositeSignature, P::Signature, 152, 3, &["1.3.6.1.5.5.7.6.44"]).param("65"),
    fixed("MLDSA65-ECDSA-P256-SHA512", F::CompositeSignature, P::Signature, 128, 3, &["1.3.6.1.5.5.7.6.45"]).param("65"),
    fixed("MLDSA65-ECDSA-P384-SHA512", F::CompositeSignature, P::Signature, 192, 3, &["1.3.6.1.5.5.7.6.46"]).param("65"),
    fixed("MLDSA65-ECDSA-brainpoolP256r1-SHA512", F::CompositeSignature, P::Signature, 128, 3, &["1.3.6.1.5.5.7.6.47"]).param("65"),
    fixed("MLDSA65-Ed25519-SHA512", F::CompositeSignature, P::Signature, 128, 3, &["1.3.6.1.5.5.7.6.48"]).param("65"),
    fixed("MLDSA87-ECDSA-P384-SHA512", F::CompositeSignature, P::Signature, 192, 5, &["1.3.6.1.5.5.7.6.49"]).param("87"),
    fixed("MLDSA87-ECDSA-brainpoolP384r1-SHA512", F::CompositeSignature, P::Signature, 192, 5, &["1.3.6.1.5.5.7.6.50"]).param("87"),
    fixed("MLDSA87-Ed448-SHAKE256", F::CompositeSignature, P::Signature, 224, 5, &["1.3.6.1.5.5.7.6.51"]).param("87"),
    fixed("MLDSA87-RSA3072-PSS-SHA512", F::CompositeSignature, P::Signature, 128, 5, &["1.3.6.1.5.5.7.6.52"]).param("87"),
    fixed("MLDSA87-RSA4096-PSS-SHA512", F::CompositeSignature, P::Signature, 152, 5, &["1.3.6.1.5.5.7.6.53"]).param("87"),
    fixed("MLDSA87-ECDSA-P521-SHA512", F::CompositeSignature, P::Signature, 256, 5, &["1.3.6.1.5.5.7.6.54"]).param("87"),
    // ---------------------------------------------------------------------------------------
    // Hybrid key exchange: category of the post-quantum part, classical strength the weaker part.
    // ---------------------------------------------------------------------------------------
    // TLS 1.3 (draft-ietf-tls-ecdhe-mlkem): X25519 (128) / P-256 (128) / P-384 (192) + ML-KEM.
    fixed("X25519MLKEM768", F::HybridKem, P::Kem, 128, 3, &[]),
    fixed("SecP256r1MLKEM768", F::HybridKem, P::Kem, 128, 3, &[]),
    fixed("SecP384r1MLKEM1024", F::HybridKem, P::Kem, 192, 5, &[]),
    // draft-tls-westerbaan-xyber768d00: X25519 + round-3 Kyber768 (obsolete codepoints).
    fixed("X25519Kyber768Draft00", F::HybridKem, P::Kem, 128, 3, &[]),
    fixed("SecP256r1Kyber768Draft00", F::HybridKem, P::Kem, 128, 3, &[]),
    // SSH (draft-ietf-sshm-mlkem-hybrid-kex).
    fixed("mlkem768x25519-sha256", F::HybridKem, P::Kem, 128, 3, &[]),
    fixed("mlkem768nistp256-sha256", F::HybridKem, P::Kem, 128, 3, &[]),
    fixed("mlkem1024nistp384-sha384", F::HybridKem, P::Kem, 192, 5, &[]),
    // Streamlined NTRU Prime: the round-3 submission (2020) claims category 2 for sntrup761;
    // the older sntrup4591761 set (OpenSSH 8.0–8.4) is its round-1 predecessor.
    fixed("sntrup761", F::OtherPqKem, P::Kem, 128, 2, &[]),
    fixed("sntrup761x25519-sha512", F::HybridKem, P::Kem, 128, 2, &[]),
    fixed("sntrup4591761x25519-sha512", F::HybridKem, P::Kem, 128, 2, &[]),
    // ---------------------------------------------------------------------------------------
    // RSA signatures (RFC 8017, RFC 4055, RFC 5754, NIST CSOR): strength of the hash's
    // collision resistance (SP 800-57 Table 3); the key is assessed on its own.
    // ---------------------------------------------------------------------------------------
    fixed("MD2withRSA", F::Rsa, P::Signature, 63, 0, &["1.2.840.113549.1.1.2"]).broken(MD2_SIG),
    fixed("MD4withRSA", F::Rsa, P::Signature, 2, 0, &["1.2.840.113549.1.1.3"]).broken(MD4_SIG),
    fixed("MD5withRSA", F::Rsa, P::Signature, 18, 0, &["1.2.840.113549.1.1.4"]).broken(MD5_SIG),
    fixed("SHA1withRSA", F::Rsa, P::Signature, 63, 0, &["1.2.840.113549.1.1.5", "1.3.14.3.2.29"]).broken(SHA1_SIG),
    fixed("SHA224withRSA", F::Rsa, P::Signature, 112, 0, &["1.2.840.113549.1.1.14"]),
    fixed("SHA256withRSA", F::Rsa, P::Signature, 128, 0, &["1.2.840.113549.1.1.11"]),
    fixed("SHA384withRSA", F::Rsa, P::Signature, 192, 0, &["1.2.840.113549.1.1.12"]),
    fixed("SHA512withRSA", F::Rsa, P::Signature, 256, 0, &["1.2.840.113549.1.1.13"]),
    fixed("SHA512/224withRSA", F::Rsa, P::Signature, 112, 0, &["1.2.840.113549.1.1.15"]),
    fixed("SHA512/256withRSA", F::Rsa, P::Signature, 128, 0, &["1.2.840.113549.1.1.16"]),
    fixed("SHA3-224withRSA", F::Rsa, P::Signature, 112, 0, &["2.16.840.1.101.3.4.3.13"]),
    fixed("SHA3-256withRSA", F::Rsa, P::Signature, 128, 0, &["2.16.840.1.101.3.4.3.14"]),
    fixed("SHA3-384withRSA", F::Rsa, P::Signature, 192, 0, &["2.16.840.1.101.3.4.3.15"]),
    fixed("SHA3-512withRSA", F::Rsa, P::Signature, 256, 0, &["2.16.840.1.101.3.4.3.16"]),
    // RSASSA-PSS with a given hash (TLS rsa_pss_*; the PSS OID carries the hash in parameters).
    fixed("SHA1withRSA/PSS", F::Rsa, P::Signature, 63, 0, &[]).broken(SHA1_SIG),
    fixed("SHA224withRSA/PSS", F::Rsa, P::Signature, 112, 0, &[]),
    fixed("SHA256withRSA/PSS", F::Rsa, P::Signature, 128, 0, &[]),
    fixed("SHA384withRSA/PSS", F::Rsa, P::Signature, 192, 0, &[]),
    fixed("SHA512withRSA/PSS", F::Rsa, P::Signature, 256, 0, &[]),
    // RFC 8702: RSASSA-PSS and ECDSA with SHAKE.
    fixed("SHAKE128withRSA/PSS", F::Rsa, P::Signature, 128, 0, &["1.3.6.1.5.5.7.6.30"]),
    fixed("SHAKE256withRSA/PSS", F::Rsa, P::Signature, 256, 0, &["1.3.6.1.5.5.7.6.31"]),
    // ---------------------------------------------------------------------------------------
    // DSA signatures (RFC 3279, RFC 5758, NIST CSOR).
    // ---------------------------------------------------------------------------------------
    fixed("MD5withDSA", F::Dsa, P::Signature, 18, 0, &[]).broken(MD5_SIG),
    fixed("SHA1withDSA", F::Dsa, P::Signature, 63, 0, &["1.2.840.10040.4.3", "1.3.14.3.2.27"]).broken(SHA1_SIG),
    fixed("SHA224withDSA", F::Dsa, P::Signature, 112, 0, &["2.16.840.1.101.3.4.3.1"]),
    fixed("SHA256withDSA", F::Dsa, P::Signature, 128, 0, &["2.16.840.1.101.3.4.3.2"]),
    fixed("SHA384withDSA", F::Dsa, P::Signature, 192, 0, &["2.16.840.1.101.3.4.3.3"]),
    fixed("SHA512withDSA", F::Dsa, P::Signature, 256, 0, &["2.16.840.1.101.3.4.3.4"]),
    fixed("SHA3-224withDSA", F::Dsa, P::Signature, 112, 0, &["2.16.840.1.101.3.4.3.5"]),
    fixed("SHA3-256withDSA", F::Dsa, P::Signature, 128, 0, &["2.16.840.1.101.3.4.3.6"]),
    fixed("SHA3-384withDSA", F::Dsa, P::Signature, 192, 0, &["2.16.840.1.101.3.4.3.7"]),
    fixed("SHA3-512withDSA", F::Dsa, P::Signature, 256, 0, &["2.16.840.1.101.3.4.3.8"]),
    // ---------------------------------------------------------------------------------------
    // ECDSA signatures (RFC 5758, RFC 8692, NIST CSOR).
    // ---------------------------------------------------------------------------------------
    fixed("MD5withECDSA", F::Ecdsa, P::Signature, 18, 0, &[]).broken(MD5_SIG),
    fixed("SHA1withECDSA", F::Ecdsa, P::Signature, 63, 0, &["1.2.840.10045.4.1"]).broken(SHA1_SIG),
    fixed("SHA224withECDSA", F::Ecdsa, P::Signature, 112, 0, &["1.2.840.10045.4.3.1"]),
    fixed("SHA256withECDSA", F::Ecdsa, P::Signature, 128, 0, &["1.2.840.10045.4.3.2"]),
    fixed("SHA384withECDSA", F::Ecdsa, P::Signature, 192, 0, &["1.2.840.10045.4.3.3"]),
    fixed("SHA512withECDSA", F::Ecdsa, P::Signature, 256, 0, &["1.2.840.10045.4.3.4"]),
    fixed("SHA3-224withECDSA", F::Ecdsa, P::Signature, 112, 0, &["2.16.840.1.101.3.4.3.9"]),
    fixed("SHA3-256withECDSA", F::Ecdsa, P::Signature, 128, 0, &["2.16.840.1.101.3.4.3.10"]),
    fixed("SHA3-384withECDSA", F::Ecdsa, P::Signature, 192, 0, &["2.16.840.1.101.3.4.3.11"]),
    fixed("SHA3-512withECDSA", F::Ecdsa, P::Signature, 256, 0, &["2.16.840.1.101.3.4.3.12"]),
    fixed("SHAKE128withECDSA", F::Ecdsa, P::Signature, 128, 0, &["1.3.6.1.5.5.7.6.32"]),
    fixed("SHAKE256withECDSA", F::Ecdsa, P::Signature, 256, 0, &["1.3.6.1.5.5.7.6.33"]),
    // ---------------------------------------------------------------------------------------
    // GOST signatures (RFC 4491, RFC 9215): the hash bounds the strength.
    // ---------------------------------------------------------------------------------------
    fixed("GOSTR3411-94withGOSTR3410-94", F::Gost, P::Signature, 105, 0, &["1.2.643.2.2.4"]).broken(GOST94_HASH),
    fixed("GOSTR3411-94withGOSTR3410-2001", F::Gost, P::Signature, 105, 0, &["1.2.643.2.2.3"]).broken(GOST94_HASH),
    fixed("GOSTR3411-2012-256withGOSTR3410-2012-256", F::Gost, P::Signature, 128, 0, &["1.2.643.7.1.1.3.2"]),
    fixed("GOSTR3411-2012-512withGOSTR3410-2012-512", F::Gost, P::Signature, 256, 0, &["1.2.643.7.1.1.3.3"]),
    // ---------------------------------------------------------------------------------------
    // Hashes: collision strength (SP 800-57 Table 3; SP 800-107; FIPS 202 for SHA-3/SHAKE).
    // Categories: SHA-256/SHA3-256 collisions define category 2, SHA-384/SHA3-384 category 4;
    // SHA-512/SHA3-512 collisions cost more than AES-256 key search: category 5. 224-bit
    // hashes (2^112 collisions) sit below category 2; with quantum collision search gaining
    // nothing over parallel classical search at realistic memory cost (Bernstein 2009) they
    // still exceed the category-1 AES-128 reference under NIST's depth limits: category 1.
    // ---------------------------------------------------------------------------------------
    // Knudsen, Mathiassen, Muller, Thomsen (J. Cryptology 2010): MD2 collisions in 2^63.3.
    fixed("MD2", F::Md2, P::Hash, 63, 0, &["1.2.840.113549.2.2"]).broken(MD2_HASH),
    // Sasaki et al. (FSE 2007): MD4 collisions in about two hash computations (2^1–2^2).
    fixed("MD4", F::Md4, P::Hash, 2, 0, &["1.2.840.113549.2.4"]).broken(MD4_HASH),
    // Xie, Liu, Feng (2013): MD5 collisions in 2^18 MD5 computations.
    fixed("MD5", F::Md5, P::Hash, 18, 0, &["1.2.840.113549.2.5"]).broken(MD5_HASH),
    // Stevens et al. (SHAttered, 2017): SHA-1 collision in 2^63.1.
    fixed("SHA-1", F::Sha1, P::Hash, 63, 0, &["1.3.14.3.2.26"]).broken(SHA1_HASH),
    fixed("SHA-224", F::Sha2, P::Hash, 112, 1, &["2.16.840.1.101.3.4.2.4"]),
    fixed("SHA-256", F::Sha2, P::Hash, 128, 2, &["2.16.840.1.101.3.4.2.1"]),
    fixed("SHA-384", F::Sha2, P::Hash, 192, 4, &["2.16.840.1.101.3.4.2.2"]),
    fixed("SHA-512", F::Sha2, P::Hash, 256, 5, &["2.16.840.1.101.3.4.2.3"]),
    fixed("SHA-512/224", F::Sha2, P::Hash, 112, 1, &["2.16.840.1.101.3.4.2.5"]),
    fixed("SHA-512/256", F::Sha2, P::Hash, 128, 2, &["2.16.840.1.101.3.4.2.6"]),
    fixed("SHA3-224", F::Sha3, P::Hash, 112, 1, &["2.16.840.1.101.3.4.2.7"]),
    fixed("SHA3-256", F::Sha3, P::Hash, 128, 2, &["2.16.840.1.101.3.4.2.8"]),
    fixed("SHA3-384", F::Sha3, P::Hash, 192, 4, &["2.16.840.1.101.3.4.2.9"]),
    fixed("SHA3-512", F::Sha3, P::Hash, 256, 5, &["2.16.840.1.101.3.4.2.10"]),
    // FIPS 202 §A.1: SHAKE128 collisions min(d/2, 128), SHAKE256 min(d/2, 256), at the output
    // lengths the X.509 profiles use (256 and 512 bits, RFC 8702).
    fixed("SHAKE128", F::Shake, P::Xof, 128, 2, &["2.16.840.1.101.3.4.2.11", "2.16.840.1.101.3.4.2.17"]),
    fixed("SHAKE256", F::Shake, P::Xof, 256, 5, &["2.16.840.1.101.3.4.2.12", "2.16.840.1.101.3.4.2.18"]),
    // RFC 7693 and the BLAKE2 OID arc: collision strength half the digest size.
    fixed("BLAKE2b-256", F::Blake2, P::Hash, 128, 2, &["1.3.6.1.4.1.1722.12.2.1.8"]),
    fixed("BLAKE2b-512", F::Blake2, P::Hash, 256, 5, &["1.3.6.1.4.1.1722.12.2.1.16"]),
    fixed("BLAKE2s-256", F::Blake2, P::Hash, 128, 2, &["1.3.6.1.4.1.1722.12.2.2.8"]),
    // RIPEMD-160 (ISO/IEC 10118-3): 160-bit digest, generic collisions in 2^80.
    fixed("RIPEMD-160", F::Ripemd, P::Hash, 80, 0, &["1.3.36.3.2.1"]),
    // SM3 (GB/T 32905, RFC 8998): 256-bit digest.
    fixed("SM3", F::Sm3, P::Hash, 128, 2, &["1.2.156.10197.1.401"]),
    // GOST R 34.11-2012 "Streebog" (RFC 6986) and GOST R 34.11-94.
    fixed("Streebog-256", F::Other, P::Hash, 128, 2, &["1.2.643.7.1.1.2.2"]),
    fixed("Streebog-512", F::Other, P::Hash, 256, 5, &["1.2.643.7.1.1.2.3"]),
    fixed("GOSTR3411-94", F::Other, P::Hash, 105, 0, &["1.2.643.2.2.9"]).broken(GOST94_HASH),
    // ---------------------------------------------------------------------------------------
    // MACs: SP 800-57 Table 3 strengths for HMAC/KMAC (HMAC-SHA-1 128, HMAC-SHA-224 192,
    // HMAC-SHA-256 and above 256); other MACs the strength of their key. Categories by the
    // AES key-search reference points (128 → 1, 192 → 3, 256 → 5).
    // ---------------------------------------------------------------------------------------
    fixed("HMAC-MD5", F::Hmac, P::Mac, 128, 0, &["1.3.6.1.5.5.8.1.1", "1.2.840.113549.2.6"]).broken(HMAC_MD5),
    // HMAC-SHA-1 stays approved for MACs (SP 800-131A Rev. 2 §10): collisions do not break it.
    fixed("HMAC-SHA1", F::Hmac, P::Mac, 128, 1, &["1.2.840.113549.2.7", "1.3.6.1.5.5.8.1.2"]),
    fixed("HMAC-SHA224", F::Hmac, P::Mac, 192, 3, &["1.2.840.113549.2.8"]),
    fixed("HMAC-SHA256", F::Hmac, P::Mac, 256, 5, &["1.2.840.113549.2.9"]),
    fixed("HMAC-SHA384", F::Hmac, P::Mac, 256, 5, &["1.2.840.113549.2.10"]),
    fixed("HMAC-SHA512", F::Hmac, P::Mac, 256, 5, &["1.2.840.113549.2.11"]),
    fixed("HMAC-SHA512/224", F::Hmac, P::Mac, 192, 3, &["1.2.840.113549.2.12"]),
    fixed("HMAC-SHA512/256", F::Hmac, P::Mac, 256, 5, &["1.2.840.113549.2.13"]),
    fixed("HMAC-SHA3-224", F::Hmac, P::Mac, 192, 3, &["2.16.840.1.101.3.4.2.13"]),
    fixed("HMAC-SHA3-256", F::Hmac, P::Mac, 256, 5, &["2.16.840.1.101.3.4.2.14"]),
    fixed("HMAC-SHA3-384", F::Hmac, P::Mac, 256, 5, &["2.16.840.1.101.3.4.2.15"]),
    fixed("HMAC-SHA3-512", F::Hmac, P::Mac, 256, 5, &["2.16.840.1.101.3.4.2.16"]),
    // HMAC-RIPEMD-160 (RFC 2857): a 160-bit chaining value like HMAC-SHA-1.
    fixed("HMAC-RIPEMD160", F::Hmac, P::Mac, 128, 1, &["1.3.6.1.5.5.8.1.4"]),
    // KMAC (SP 800-185): KMAC128 128, KMAC256 256 (SP 800-57 Table 3).
    fixed("KMAC128", F::Sha3, P::Mac, 128, 1, &["2.16.840.1.101.3.4.2.19"]),
    fixed("KMAC256", F::Sha3, P::Mac, 256, 5, &["2.16.840.1.101.3.4.2.20"]),
    // UMAC (RFC 4418) keyed with AES-128 in SSH; the tag length bounds online forgery only.
    fixed("UMAC-64", F::Other, P::Mac, 128, 1, &[]),
    fixed("UMAC-128", F::Other, P::Mac, 128, 1, &[]),
    // Poly1305 (RFC 8439): a one-time authenticator; 128-bit forgery bound per tag.
    fixed("Poly1305", F::Poly1305, P::Mac, 128, 1, &[]),
    // CMAC (SP 800-38B) with AES: strength of the AES key.
    fixed("CMAC", F::Cmac, P::Mac, 128, 1, &[]),
    fixed("AES-128-CMAC", F::Cmac, P::Mac, 128, 1, &[]),
    fixed("AES-192-CMAC", F::Cmac, P::Mac, 192, 3, &[]),
    fixed("AES-256-CMAC", F::Cmac, P::Mac, 256, 5, &[]),
    // GMAC (SP 800-38D, RFC 9044 OIDs).
    fixed("AES-128-GMAC", F::Gmac, P::Mac, 128, 1, &["2.16.840.1.101.3.4.1.9"]),
    fixed("AES-192-GMAC", F::Gmac, P::Mac, 192, 3, &["2.16.840.1.101.3.4.1.29"]),
    fixed("AES-256-GMAC", F::Gmac, P::Mac, 256, 5, &["2.16.840.1.101.3.4.1.49"]),
    // No MAC at all (SSH "none").
    fixed("NULL-MAC", F::Null, P::Mac, 0, 0, &[]).broken(NO_INTEGRITY),
    // ---------------------------------------------------------------------------------------
    // AES (FIPS 197, SP 800-38A/C/D/E/F): key length, categories 1/3/5. OIDs: NIST CSOR aes arc.
    // ---------------------------------------------------------------------------------------
    fixed("AES", F::Aes, P::BlockCipher, 128, 1, &[]),
    fixed("AES-128", F::Aes, P::BlockCipher, 128, 1, &[]).param("128"),
    fixed("AES-192", F::Aes, P::BlockCipher, 192, 3, &[]).param("192"),
    fixed("AES-256", F::Aes, P::BlockCipher, 256, 5, &[]).param("256"),
    // Modes without a key size (JCA "AES/GCM/NoPadding", Go cipher.NewGCM): AES-128 assumed.
    fixed("AES-ECB", F::Aes, P::BlockCipher, 128, 1, &[]),
    fixed("AES-CBC", F::Aes, P::BlockCipher, 128, 1, &[]),
    fixed("AES-CTR", F::Aes, P::BlockCipher, 128, 1, &[]),
    fixed("AES-CFB", F::Aes, P::BlockCipher, 128, 1, &[]),
    fixed("AES-OFB", F::Aes, P::BlockCipher, 128, 1, &[]),
    fixed("AES-GCM", F::Aes, P::Ae, 128, 1, &[]),
    fixed("AES-CCM", F::Aes, P::Ae, 128, 1, &[]),
    fixed("AES-KW", F::Aes, P::BlockCipher, 128, 1, &[]),
    fixed("AES-KWP", F::Aes, P::BlockCipher, 128, 1, &[]),
    fixed("AES-128-ECB", F::Aes, P::BlockCipher, 128, 1, &["2.16.840.1.101.3.4.1.1"]).param("128"),
    fixed("AES-128-CBC", F::Aes, P::BlockCipher, 128, 1, &["2.16.840.1.101.3.4.1.2"]).param("128"),
    fixed("AES-128-OFB", F::Aes, P::BlockCipher, 128, 1, &["2.16.840.1.101.3.4.1.3"]).param("128"),
    fixed("AES-128-CFB", F::Aes, P::BlockCipher, 128, 1, &["2.16.840.1.101.3.4.1.4"]).param("128"),
    fixed("AES-128-KW", F::Aes, P::BlockCipher, 128, 1, &["2.16.840.1.101.3.4.1.5"]).param("128"),
    fixed("AES-128-GCM", F::Aes, P::Ae, 128, 1, &["2.16.840.1.101.3.4.1.6"]).param("128"),
    fixed("AES-128-CCM", F::Aes, P::Ae, 128, 1, &["2.16.840.1.101.3.4.1.7"]).param("128"),
    fixed("AES-128-KWP", F::Aes, P::BlockCipher, 128, 1, &["2.16.840.1.101.3.4.1.8"]).param("128"),
    fixed("AES-128-CTR", F::Aes, P::BlockCipher, 128, 1, &[]).param("128"),
    fixed("AES-128-CCM-8", F::Aes, P::Ae, 128, 1, &[]).param("128"),
    fixed("AES-128-XTS", F::Aes, P::BlockCipher, 128, 1, &[]).param("128"),
    fixed("AES-192-ECB", F::Aes, P::BlockCipher, 192, 3, &["2.16.840.1.101.3.4.1.21"]).param("192"),
    fixed("AES-192-CBC", F::Aes, P::BlockCipher, 192, 3, &["2.16.840.1.101.3.4.1.22"]).param("192"),
    fixed("AES-192-OFB", F::Aes, P::BlockCipher, 192, 3, &["2.16.840.1.101.3.4.1.23"]).param("192"),
    fixed("AES-192-CFB", F::Aes, P::BlockCipher, 192, 3, &["2.16.840.1.101.3.4.1.24"]).param("192"),
    fixed("AES-192-KW", F::Aes, P::BlockCipher, 192, 3, &["2.16.840.1.101.3.4.1.25"]).param("192"),
    fixed("AES-192-GCM", F::Aes, P::Ae, 192, 3, &["2.16.840.1.101.3.4.1.26"]).param("192"),
    fixed("AES-192-CCM", F::Aes, P::Ae, 192, 3, &["2.16.840.1.101.3.4.1.27"]).param("192"),
    fixed("AES-192-KWP", F::Aes, P::BlockCipher, 192, 3, &["2.16.840.1.101.3.4.1.28"]).param("192"),
    fixed("AES-192-CTR", F::Aes, P::BlockCipher, 192, 3, &[]).param("192"),
    fixed("AES-256-ECB", F::Aes, P::BlockCipher, 256, 5, &["2.16.840.1.101.3.4.1.41"]).param("256"),
    fixed("AES-256-CBC", F::Aes, P::BlockCipher, 256, 5, &["2.16.840.1.101.3.4.1.42"]).param("256"),
    fixed("AES-256-OFB", F::Aes, P::BlockCipher, 256, 5, &["2.16.840.1.101.3.4.1.43"]).param("256"),
    fixed("AES-256-CFB", F::Aes, P::BlockCipher, 256, 5, &["2.16.840.1.101.3.4.1.44"]).param("256"),
    fixed("AES-256-KW", F::Aes, P::BlockCipher, 256, 5, &["2.16.840.1.101.3.4.1.45"]).param("256"),
    fixed("AES-256-GCM", F::Aes, P::Ae, 256, 5, &["2.16.840.1.101.3.4.1.46"]).param("256"),
    fixed("AES-256-CCM", F::Aes, P::Ae, 256, 5, &["2.16.840.1.101.3.4.1.47"]).param("256"),
    fixed("AES-256-KWP", F::Aes, P::BlockCipher, 256, 5, &["2.16.840.1.101.3.4.1.48"]).param("256"),
    fixed("AES-256-CTR", F::Aes, P::BlockCipher, 256, 5, &[]).param("256"),
    fixed("AES-256-CCM-8", F::Aes, P::Ae, 256, 5, &[]).param("256"),
    fixed("AES-256-XTS", F::Aes, P::BlockCipher, 256, 5, &[]).param("256"),
    // ---------------------------------------------------------------------------------------
    // Other modern ciphers: strength of the key.
    // ---------------------------------------------------------------------------------------
    // RFC 8439; id-alg-AEADChaCha20Poly1305 (RFC 8103).
    fixed("ChaCha20-Poly1305", F::ChaCha20, P::Ae, 256, 5, &["1.2.840.113549.1.9.16.3.18"]),
    fixed("XChaCha20-Poly1305", F::ChaCha20, P::Ae, 256, 5, &[]),
    fixed("ChaCha20", F::ChaCha20, P::StreamCipher, 256, 5, &[]),
    // AEGIS (draft-irtf-cfrg-aegis-aead): AEGIS-128L 128-bit key, AEGIS-256 256-bit key.
    fixed("AEGIS-128L", F::Other, P::Ae, 128, 1, &[]),
    fixed("AEGIS-256", F::Other, P::Ae, 256, 5, &[]),
    // Camellia (RFC 3713; OIDs RFC 3657).
    fixed("Camellia", F::Camellia, P::BlockCipher, 128, 1, &[]),
    fixed("CAMELLIA-128-CBC", F::Camellia, P::BlockCipher, 128, 1, &["1.2.392.200011.61.1.1.1.2"]).param("128"),
    fixed("CAMELLIA-192-CBC", F::Camellia, P::BlockCipher, 192, 3, &["1.2.392.200011.61.1.1.1.3"]).param("192"),
    fixed("CAMELLIA-256-CBC", F::Camellia, P::BlockCipher, 256, 5, &["1.2.392.200011.61.1.1.1.4"]).param("256"),
    fixed("CAMELLIA-128-GCM", F::Camellia, P::Ae, 128, 1, &[]).param("128"),
    fixed("CAMELLIA-256-GCM", F::Camellia, P::Ae, 256, 5, &[]).param("256"),
    // ARIA (RFC 5794 OIDs).
    fixed("ARIA", F::Aria, P::BlockCipher, 128, 1, &[]),
    fixed("ARIA-128-CBC", F::Aria, P::BlockCipher, 128, 1, &["1.2.410.200046.1.1.2"]).param("128"),
    fixed("ARIA-192-CBC", F::Aria, P::BlockCipher, 192, 3, &["1.2.410.200046.1.1.7"]).param("192"),
    fixed("ARIA-256-CBC", F::Aria, P::BlockCipher, 256, 5, &["1.2.410.200046.1.1.12"]).param("256"),
    fixed("ARIA-128-GCM", F::Aria, P::Ae, 128, 1, &["1.2.410.200046.1.1.34"]).param("128"),
    fixed("ARIA-192-GCM", F::Aria, P::Ae, 192, 3, &["1.2.410.200046.1.1.35"]).param("192"),
    fixed("ARIA-256-GCM", F::Aria, P::Ae, 256, 5, &["1.2.410.200046.1.1.36"]).param("256"),
    // SEED (RFC 4269): 128-bit key and block.
    fixed("SEED", F::Seed, P::BlockCipher, 128, 1, &[]),
    fixed("SEED-CBC", F::Seed, P::BlockCipher, 128, 1, &["1.2.410.200004.1.4"]),
    // SM4 (GB/T 32907, RFC 8998): 128-bit key and block.
    fixed("SM4", F::Sm4, P::BlockCipher, 128, 1, &[]),
    fixed("SM4-ECB", F::Sm4, P::BlockCipher, 128, 1, &["1.2.156.10197.1.104.1"]),
    fixed("SM4-CBC", F::Sm4, P::BlockCipher, 128, 1, &["1.2.156.10197.1.104.2"]),
    fixed("SM4-GCM", F::Sm4, P::Ae, 128, 1, &["1.2.156.10197.1.104.8"]),
    fixed("SM4-CCM", F::Sm4, P::Ae, 128, 1, &["1.2.156.10197.1.104.9"]),
    // Twofish and Serpent (AES finalists, offered by some SSH servers): strength of the key.
    fixed("Twofish-128", F::Other, P::BlockCipher, 128, 1, &[]).param("128"),
    fixed("Twofish-192", F::Other, P::BlockCipher, 192, 3, &[]).param("192"),
    fixed("Twofish-256", F::Other, P::BlockCipher, 256, 5, &[]).param("256"),
    fixed("Serpent-128", F::Other, P::BlockCipher, 128, 1, &[]).param("128"),
    fixed("Serpent-192", F::Other, P::BlockCipher, 192, 3, &[]).param("192"),
    fixed("Serpent-256", F::Other, P::BlockCipher, 256, 5, &[]).param("256"),
    // GOST 28147-89 / Magma (64-bit block) and Kuznyechik (128-bit block), 256-bit keys
    // (RFC 5830, RFC 7801). The TLS suites of RFC 9189/9367 re-key (TLSTREE) against the
    // 64-bit-block birthday bound.
    fixed("GOST28147-89", F::Other, P::BlockCipher, 256, 5, &["1.2.643.2.2.21"]),
    fixed("GOST28147-CNT-IMIT", F::Other, P::BlockCipher, 256, 5, &[]),
    fixed("Magma-CTR-OMAC", F::Other, P::BlockCipher, 256, 5, &[]),
    fixed("Kuznyechik-CTR-OMAC", F::Other, P::BlockCipher, 256, 5, &[]),
    fixed("Magma-MGM", F::Other, P::Ae, 256, 5, &[]),
    fixed("Kuznyechik-MGM", F::Other, P::Ae, 256, 5, &[]),
    // ---------------------------------------------------------------------------------------
    // Legacy ciphers: broken whatever their key length.
    // ---------------------------------------------------------------------------------------
    // DES (FIPS 46-3, withdrawn): 56-bit key. OIW arc: ECB .6, CBC .7, OFB .8, CFB .9.
    fixed("DES", F::Des, P::BlockCipher, 56, 0, &["1.3.14.3.2.8", "1.3.14.3.2.9"]).broken(DES),
    fixed("DES-ECB", F::Des, P::BlockCipher, 56, 0, &["1.3.14.3.2.6"]).broken(DES),
    fixed("DES-CBC", F::Des, P::BlockCipher, 56, 0, &["1.3.14.3.2.7"]).broken(DES),
    fixed("DES40-CBC", F::Des, P::BlockCipher, 40, 0, &[])
        .param("40")
        .broken(DES40),
    // Three-key TDEA: 112 bits (SP 800-57 Table 2); des-ede3-cbc (RFC 8018).
    fixed("3DES", F::TripleDes, P::BlockCipher, 112, 0, &[]).broken(TDEA),
    fixed("DES-EDE3-CBC", F::TripleDes, P::BlockCipher, 112, 0, &["1.2.840.113549.3.7"]).broken(TDEA),
    // Two-key TDEA: 80 bits (SP 800-57 Table 2 note).
    fixed("DES-EDE-CBC", F::TripleDes, P::BlockCipher, 80, 0, &[]).broken(TDEA2),
    // RC2 (RFC 2268): the effective key length is a parameter; unknown means the 40-bit default
    // of legacy PKCS #12 files.
    fixed("RC2", F::Rc2, P::BlockCipher, 40, 0, &[]).broken(RC2),
    fixed("RC2-CBC", F::Rc2, P::BlockCipher, 40, 0, &["1.2.840.113549.3.2"]).broken(RC2),
    fixed("RC2-40-CBC", F::Rc2, P::BlockCipher, 40, 0, &[])
        .param("40")
        .broken(RC2),
    fixed("RC2-56-CBC", F::Rc2, P::BlockCipher, 56, 0, &[])
        .param("56")
        .broken(RC2),
    fixed("RC2-64-CBC", F::Rc2, P::BlockCipher, 64, 0, &[])
        .param("64")
        .broken(RC2),
    fixed("RC2-128-CBC", F::Rc2, P::BlockCipher, 128, 0, &[])
        .param("128")
        .broken(RC2),
    // RC4 (RFC 7465, RFC 8758).
    fixed("RC4", F::Rc4, P::StreamCipher, 128, 0, &["1.2.840.113549.3.4"]).broken(RC4),
    fixed("RC4-40", F::Rc4, P::StreamCipher, 40, 0, &[])
        .param("40")
        .broken(RC4),
    fixed("RC4-56", F::Rc4, P::StreamCipher, 56, 0, &[])
        .param("56")
        .broken(RC4),
    fixed("RC4-128", F::Rc4, P::StreamCipher, 128, 0, &[])
        .param("128")
        .broken(RC4),
    fixed("RC4-256", F::Rc4, P::StreamCipher, 256, 0, &[])
        .param("256")
        .broken(RC4),
    // 64-bit-block ciphers (Sweet32): IDEA (128-bit key), Blowfish (128-bit default key), CAST5.
    fixed("IDEA", F::Idea, P::BlockCipher, 128, 0, &[]).broken(BLOCK64),
    fixed("IDEA-CBC", F::Idea, P::BlockCipher, 128, 0, &["1.3.6.1.4.1.188.7.1.1.2"]).broken(BLOCK64),
    fixed("Blowfish", F::Blowfish, P::BlockCipher, 128, 0, &[]).broken(BLOCK64),
    fixed("Blowfish-CBC", F::Blowfish, P::BlockCipher, 128, 0, &["1.3.6.1.4.1.3029.1.2"]).broken(BLOCK64),
    fixed("CAST5-CBC", F::Other, P::BlockCipher, 128, 0, &["1.2.840.113533.7.66.10"]).broken(BLOCK64),
    // No encryption (TLS NULL suites, SSH "none").
    fixed("NULL", F::Null, P::Other, 0, 0, &[]).broken(NO_ENCRYPTION),
    // ---------------------------------------------------------------------------------------
    // KDFs and password-based schemes. Password-based schemes get the strength of their PRF
    // (SP 800-132: HMAC-SHA-1 at least); the password's entropy belongs to the deployment.
    // ---------------------------------------------------------------------------------------
    fixed("PBKDF2", F::Pbkdf2, P::Kdf, 128, 1, &["1.2.840.113549.1.5.12"]),
    // PBES2 (RFC 8018): the inner cipher has an OID of its own and is resolved separately.
    fixed("PBES2", F::Pbkdf2, P::Other, 128, 1, &["1.2.840.113549.1.5.13"]),
    fixed("PBMAC1", F::Pbkdf2, P::Mac, 128, 1, &["1.2.840.113549.1.5.14"]),
    // HKDF (RFC 5869; OIDs RFC 8619): the HMAC strength of SP 800-57 Table 3.
    fixed("HKDF", F::Hkdf, P::Kdf, 128, 1, &[]),
    fixed("HKDF-SHA256", F::Hkdf, P::Kdf, 256, 5, &["1.2.840.113549.1.9.16.3.28"]),
    fixed("HKDF-SHA384", F::Hkdf, P::Kdf, 256, 5, &["1.2.840.113549.1.9.16.3.29"]),
    fixed("HKDF-SHA512", F::Hkdf, P::Kdf, 256, 5, &["1.2.840.113549.1.9.16.3.30"]),
    // scrypt (RFC 7914; OID RFC 7914 §7), Argon2 (RFC 9106), bcrypt.
    fixed("scrypt", F::Scrypt, P::Kdf, 128, 1, &["1.3.6.1.4.1.11591.4.11"]),
    fixed("Argon2", F::Argon2, P::Kdf, 128, 1, &[]),
    fixed("bcrypt", F::Bcrypt, P::Kdf, 128, 1, &[]),
    // PBES1 (RFC 8018 §6.1): single DES or 64-bit RC2 under an MD2/MD5/SHA-1 KDF.
    fixed("PBEWithMD2AndDES", F::Pbkdf1, P::Other, 56, 0, &["1.2.840.113549.1.5.1"]).broken(PBES1_DES),
    fixed("PBEWithMD5AndDES", F::Pbkdf1, P::Other, 56, 0, &["1.2.840.113549.1.5.3"]).broken(PBES1_DES),
    fixed("PBEWithMD2AndRC2", F::Pbkdf1, P::Other, 64, 0, &["1.2.840.113549.1.5.4"]).broken(PBES1_RC2),
    fixed("PBEWithMD5AndRC2", F::Pbkdf1, P::Other, 64, 0, &["1.2.840.113549.1.5.6"]).broken(PBES1_RC2),
    fixed("PBEWithSHA1AndDES", F::Pbkdf1, P::Other, 56, 0, &["1.2.840.113549.1.5.10"]).broken(PBES1_DES),
    fixed("PBEWithSHA1AndRC2", F::Pbkdf1, P::Other, 64, 0, &["1.2.840.113549.1.5.11"]).broken(PBES1_RC2),
    // PKCS #12 v1.0 PBE (RFC 7292 App. C): the SHA-1 PKCS #12 KDF feeding weak ciphers.
    fixed("PBEWithSHA1AndRC4_128", F::Pkcs12Kdf, P::Other, 128, 0, &["1.2.840.113549.1.12.1.1"]).broken(P12_RC4),
    fixed("PBEWithSHA1AndRC4_40", F::Pkcs12Kdf, P::Other, 40, 0, &["1.2.840.113549.1.12.1.2"]).broken(P12_RC4),
    fixed("PBEWithSHA1AndDESede", F::Pkcs12Kdf, P::Other, 112, 0, &["1.2.840.113549.1.12.1.3"]).broken(P12_3DES),
    fixed("PBEWithSHA1And2KeyDESede", F::Pkcs12Kdf, P::Other, 80, 0, &["1.2.840.113549.1.12.1.4"]).broken(P12_2DES),
    fixed("PBEWithSHA1AndRC2_128", F::Pkcs12Kdf, P::Other, 128, 0, &["1.2.840.113549.1.12.1.5"]).broken(P12_RC2),
    fixed("PBEWithSHA1AndRC2_40", F::Pkcs12Kdf, P::Other, 40, 0, &["1.2.840.113549.1.12.1.6"]).broken(P12_RC2),
    // Java keystores: the JKS key protector (Sun OID 1.3.6.1.4.1.42.2.17.1.1) has no key
    // stretching, so its strength is the password's: ranked 0. The JCEKS protector
    // (1.3.6.1.4.1.42.2.19.1) is 3DES keyed through MD5.
    fixed("JKS-KeyProtector", F::Other, P::Other, 0, 0, &["1.3.6.1.4.1.42.2.17.1.1"]).broken(JKS),
    fixed("PBEWithMD5AndTripleDES", F::Pbkdf1, P::Other, 112, 0, &["1.3.6.1.4.1.42.2.19.1"]).broken(JCEKS),
    // ---------------------------------------------------------------------------------------
    // Not cryptography: SSH zlib compression. Maximum strength so that it never ranks an asset.
    // ---------------------------------------------------------------------------------------
    fixed("zlib", F::Other, P::Other, 256, 5, &[]),
];
