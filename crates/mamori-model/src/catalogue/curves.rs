//! Named elliptic curves.

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

pub(super) static CURVES: &[Curve] = &[
    Curve {
        name: "secp256r1",
        display_name: "P-256",
        aliases: &["prime256v1", "nistp256", "P-256"],
        oid: "1.2.840.10045.3.1.7",
        order_bits: 256,
    },
    Curve {
        name: "secp384r1",
        display_name: "P-384",
        aliases: &["nistp384", "P-384"],
        oid: "1.3.132.0.34",
        order_bits: 384,
    },
    Curve {
        name: "secp521r1",
        display_name: "P-521",
        aliases: &["nistp521", "P-521"],
        oid: "1.3.132.0.35",
        order_bits: 521,
    },
];

pub(super) fn lookup(name_or_oid: &str) -> Option<&'static Curve> {
    CURVES.iter().find(|c| {
        c.oid == name_or_oid
            || c.name.eq_ignore_ascii_case(name_or_oid)
            || c.aliases.iter().any(|a| a.eq_ignore_ascii_case(name_or_oid))
    })
}
