//! Named elliptic curves: every curve OpenSSL knows by name (SEC 2, X9.62, WTLS, RFC 5639
//! Brainpool, GB/T 32918 SM2) and the RFC 7748/8032 curves.
//!
//! `order_bits` is the exact bit length of the order n of the base point, computed from the
//! curve parameters (SEC 2 v2, X9.62, RFC 5639, RFC 7748/8032). It is what SP 800-57 Table 2
//! column f ranks, so it differs from the field size where the cofactor is not 1
//! (sect233k1: 232, sect571r1: 570, secp160r1: 161).
//!
//! Edwards and Montgomery curves are listed so that their names and OIDs resolve, but the
//! strength of an Ed25519/X25519/Ed448/X448 key comes from its catalogue entry (128/224 bits per
//! SP 800-186), never from `ec_key`, whose order-size rule would give 112/192.
//!
//! GOST R 34.10 parameter sets are not listed: GOST keys resolve through their algorithm OIDs.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Curve {
    /// SEC 2 / RFC name used in CBOM `curve`: `secp256r1`, `brainpoolP256r1`, `Ed25519`.
    pub name: &'static str,
    /// Short form used in algorithm names: `P-256`, `brainpoolP256r1`, `secp256k1`.
    pub display_name: &'static str,
    /// Other names met in the wild (`prime256v1`, `nistp256`, `P-256`).
    pub aliases: &'static [&'static str],
    pub oid: &'static str,
    /// Bit length of the base point order n (SP 800-57 Table 2 column f).
    pub order_bits: u32,
}

const fn c(
    name: &'static str,
    display_name: &'static str,
    aliases: &'static [&'static str],
    oid: &'static str,
    order_bits: u32,
) -> Curve {
    Curve {
        name,
        display_name,
        aliases,
        oid,
        order_bits,
    }
}

pub(super) static CURVES: &[Curve] = &[
    // SEC 2 prime curves (1.3.132.0.x) and their X9.62 aliases.
    c("secp112r1", "secp112r1", &[], "1.3.132.0.6", 112),
    c("secp112r2", "secp112r2", &[], "1.3.132.0.7", 110),
    c("secp128r1", "secp128r1", &[], "1.3.132.0.28", 128),
    c("secp128r2", "secp128r2", &[], "1.3.132.0.29", 126),
    c("secp160k1", "secp160k1", &[], "1.3.132.0.9", 161),
    c("secp160r1", "secp160r1", &[], "1.3.132.0.8", 161),
    c("secp160r2", "secp160r2", &[], "1.3.132.0.30", 161),
    c("secp192k1", "secp192k1", &[], "1.3.132.0.31", 192),
    c("secp224k1", "secp224k1", &[], "1.3.132.0.32", 225),
    c(
        "secp224r1",
        "P-224",
        &["nistp224", "P-224"],
        "1.3.132.0.33",
        224,
    ),
    c("secp256k1", "secp256k1", &[], "1.3.132.0.10", 256),
    c(
        "secp384r1",
        "P-384",
        &["nistp384", "P-384"],
        "1.3.132.0.34",
        384,
    ),
    c(
        "secp521r1",
        "P-521",
        &["nistp521", "P-521"],
        "1.3.132.0.35",
        521,
    ),
    // X9.62 prime curves (1.2.840.10045.3.1.x); prime192v1/prime256v1 are secp192r1/secp256r1.
    c(
        "secp192r1",
        "P-192",
        &["prime192v1", "nistp192", "P-192"],
        "1.2.840.10045.3.1.1",
        192,
    ),
    c("prime192v2", "prime192v2", &[], "1.2.840.10045.3.1.2", 192),
    c("prime192v3", "prime192v3", &[], "1.2.840.10045.3.1.3", 192),
    c("prime239v1", "prime239v1", &[], "1.2.840.10045.3.1.4", 239),
    c("prime239v2", "prime239v2", &[], "1.2.840.10045.3.1.5", 239),
    c("prime239v3", "prime239v3", &[], "1.2.840.10045.3.1.6", 239),
    c(
        "secp256r1",
        "P-256",
        &["prime256v1", "nistp256", "P-256"],
        "1.2.840.10045.3.1.7",
        256,
    ),
    // SEC 2 binary curves; the NIST K-/B- curves of FIPS 186-4 carry their NIST names.
    c("sect113r1", "sect113r1", &[], "1.3.132.0.4", 113),
    c("sect113r2", "sect113r2", &[], "1.3.132.0.5", 113),
    c("sect131r1", "sect131r1", &[], "1.3.132.0.22", 131),
    c("sect131r2", "sect131r2", &[], "1.3.132.0.23", 131),
    c(
        "sect163k1",
        "K-163",
        &["nistk163", "K-163"],
        "1.3.132.0.1",
        163,
    ),
    c("sect163r1", "sect163r1", &[], "1.3.132.0.2", 162),
    c(
        "sect163r2",
        "B-163",
        &["nistb163", "B-163"],
        "1.3.132.0.15",
        163,
    ),
    c("sect193r1", "sect193r1", &[], "1.3.132.0.24", 193),
    c("sect193r2", "sect193r2", &[], "1.3.132.0.25", 193),
    c(
        "sect233k1",
        "K-233",
        &["nistk233", "K-233"],
        "1.3.132.0.26",
        232,
    ),
    c(
        "sect233r1",
        "B-233",
        &["nistb233", "B-233"],
        "1.3.132.0.27",
        233,
    ),
    c("sect239k1", "sect239k1", &[], "1.3.132.0.3", 238),
    c(
        "sect283k1",
        "K-283",
        &["nistk283", "K-283"],
        "1.3.132.0.16",
        281,
    ),
    c(
        "sect283r1",
        "B-283",
        &["nistb283", "B-283"],
        "1.3.132.0.17",
        282,
    ),
    c(
        "sect409k1",
        "K-409",
        &["nistk409", "K-409"],
        "1.3.132.0.36",
        407,
    ),
    c(
        "sect409r1",
        "B-409",
        &["nistb409", "B-409"],
        "1.3.132.0.37",
        409,
    ),
    c(
        "sect571k1",
        "K-571",
        &["nistk571", "nistt571", "K-571"],
        "1.3.132.0.38",
        570,
    ),
    c(
        "sect571r1",
        "B-571",
        &["nistb571", "B-571"],
        "1.3.132.0.39",
        570,
    ),
    // X9.62 binary curves (1.2.840.10045.3.0.x).
    c("c2pnb163v1", "c2pnb163v1", &[], "1.2.840.10045.3.0.1", 163),
    c("c2pnb163v2", "c2pnb163v2", &[], "1.2.840.10045.3.0.2", 162),
    c("c2pnb163v3", "c2pnb163v3", &[], "1.2.840.10045.3.0.3", 162),
    c("c2pnb176v1", "c2pnb176v1", &[], "1.2.840.10045.3.0.4", 161),
    c("c2tnb191v1", "c2tnb191v1", &[], "1.2.840.10045.3.0.5", 191),
    c("c2tnb191v2", "c2tnb191v2", &[], "1.2.840.10045.3.0.6", 190),
    c("c2tnb191v3", "c2tnb191v3", &[], "1.2.840.10045.3.0.7", 189),
    c("c2pnb208w1", "c2pnb208w1", &[], "1.2.840.10045.3.0.10", 193),
    c("c2tnb239v1", "c2tnb239v1", &[], "1.2.840.10045.3.0.11", 238),
    c("c2tnb239v2", "c2tnb239v2", &[], "1.2.840.10045.3.0.12", 237),
    c("c2tnb239v3", "c2tnb239v3", &[], "1.2.840.10045.3.0.13", 236),
    c("c2pnb272w1", "c2pnb272w1", &[], "1.2.840.10045.3.0.16", 257),
    c("c2pnb304w1", "c2pnb304w1", &[], "1.2.840.10045.3.0.17", 289),
    c("c2tnb359v1", "c2tnb359v1", &[], "1.2.840.10045.3.0.18", 353),
    c("c2pnb368w1", "c2pnb368w1", &[], "1.2.840.10045.3.0.19", 353),
    c("c2tnb431r1", "c2tnb431r1", &[], "1.2.840.10045.3.0.20", 418),
    // WAP WTLS curves (2.23.43.1.4.x).
    c(
        "wap-wsg-idm-ecid-wtls1",
        "wap-wsg-idm-ecid-wtls1",
        &[],
        "2.23.43.1.4.1",
        112,
    ),
    c(
        "wap-wsg-idm-ecid-wtls3",
        "wap-wsg-idm-ecid-wtls3",
        &[],
        "2.23.43.1.4.3",
        163,
    ),
    c(
        "wap-wsg-idm-ecid-wtls4",
        "wap-wsg-idm-ecid-wtls4",
        &[],
        "2.23.43.1.4.4",
        113,
    ),
    c(
        "wap-wsg-idm-ecid-wtls5",
        "wap-wsg-idm-ecid-wtls5",
        &[],
        "2.23.43.1.4.5",
        163,
    ),
    c(
        "wap-wsg-idm-ecid-wtls6",
        "wap-wsg-idm-ecid-wtls6",
        &[],
        "2.23.43.1.4.6",
        112,
    ),
    c(
        "wap-wsg-idm-ecid-wtls7",
        "wap-wsg-idm-ecid-wtls7",
        &[],
        "2.23.43.1.4.7",
        161,
    ),
    c(
        "wap-wsg-idm-ecid-wtls8",
        "wap-wsg-idm-ecid-wtls8",
        &[],
        "2.23.43.1.4.8",
        113,
    ),
    c(
        "wap-wsg-idm-ecid-wtls9",
        "wap-wsg-idm-ecid-wtls9",
        &[],
        "2.23.43.1.4.9",
        161,
    ),
    c(
        "wap-wsg-idm-ecid-wtls10",
        "wap-wsg-idm-ecid-wtls10",
        &[],
        "2.23.43.1.4.10",
        232,
    ),
    c(
        "wap-wsg-idm-ecid-wtls11",
        "wap-wsg-idm-ecid-wtls11",
        &[],
        "2.23.43.1.4.11",
        233,
    ),
    c(
        "wap-wsg-idm-ecid-wtls12",
        "wap-wsg-idm-ecid-wtls12",
        &[],
        "2.23.43.1.4.12",
        224,
    ),
    // RFC 5639 Brainpool curves (r1 random, t1 twisted).
    c(
        "brainpoolP160r1",
        "brainpoolP160r1",
        &[],
        "1.3.36.3.3.2.8.1.1.1",
        160,
    ),
    c(
        "brainpoolP160t1",
        "brainpoolP160t1",
        &[],
        "1.3.36.3.3.2.8.1.1.2",
        160,
    ),
    c(
        "brainpoolP192r1",
        "brainpoolP192r1",
        &[],
        "1.3.36.3.3.2.8.1.1.3",
        192,
    ),
    c(
        "brainpoolP192t1",
        "brainpoolP192t1",
        &[],
        "1.3.36.3.3.2.8.1.1.4",
        192,
    ),
    c(
        "brainpoolP224r1",
        "brainpoolP224r1",
        &[],
        "1.3.36.3.3.2.8.1.1.5",
        224,
    ),
    c(
        "brainpoolP224t1",
        "brainpoolP224t1",
        &[],
        "1.3.36.3.3.2.8.1.1.6",
        224,
    ),
    c(
        "brainpoolP256r1",
        "brainpoolP256r1",
        &[],
        "1.3.36.3.3.2.8.1.1.7",
        256,
    ),
    c(
        "brainpoolP256t1",
        "brainpoolP256t1",
        &[],
        "1.3.36.3.3.2.8.1.1.8",
        256,
    ),
    c(
        "brainpoolP320r1",
        "brainpoolP320r1",
        &[],
        "1.3.36.3.3.2.8.1.1.9",
        320,
    ),
    c(
        "brainpoolP320t1",
        "brainpoolP320t1",
        &[],
        "1.3.36.3.3.2.8.1.1.10",
        320,
    ),
    c(
        "brainpoolP384r1",
        "brainpoolP384r1",
        &[],
        "1.3.36.3.3.2.8.1.1.11",
        384,
    ),
    c(
        "brainpoolP384t1",
        "brainpoolP384t1",
        &[],
        "1.3.36.3.3.2.8.1.1.12",
        384,
    ),
    c(
        "brainpoolP512r1",
        "brainpoolP512r1",
        &[],
        "1.3.36.3.3.2.8.1.1.13",
        512,
    ),
    c(
        "brainpoolP512t1",
        "brainpoolP512t1",
        &[],
        "1.3.36.3.3.2.8.1.1.14",
        512,
    ),
    // GB/T 32918.5 SM2 curve.
    c(
        "SM2",
        "SM2",
        &["sm2p256v1", "curveSM2"],
        "1.2.156.10197.1.301",
        256,
    ),
    // RFC 8032 Edwards and RFC 7748 Montgomery curves (OIDs of RFC 8410).
    c("Ed25519", "Ed25519", &["edwards25519"], "1.3.101.112", 253),
    c("Ed448", "Ed448", &["edwards448"], "1.3.101.113", 446),
    c("X25519", "X25519", &["curve25519"], "1.3.101.110", 253),
    c("X448", "X448", &["curve448"], "1.3.101.111", 446),
];

/// A curve by OID, SEC/RFC name, display name or alias (names ASCII case-insensitive).
pub(super) fn lookup(name_or_oid: &str) -> Option<&'static Curve> {
    CURVES.iter().find(|c| {
        c.oid == name_or_oid
            || c.name.eq_ignore_ascii_case(name_or_oid)
            || c.display_name.eq_ignore_ascii_case(name_or_oid)
            || c.aliases
                .iter()
                .any(|a| a.eq_ignore_ascii_case(name_or_oid))
    })
}
