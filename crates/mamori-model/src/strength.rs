//! Security strength of parameterised public-key algorithms, per NIST SP 800-57 Part 1 Rev. 5
//! Table 2, with the intermediate RSA/FFC sizes that SP 800-56B Rev. 2 Appendix D tabulates.

/// Points of SP 800-57 Table 2 (1024 … 15360) and SP 800-56B Rev. 2 App. D (4096, 6144, 8192):
/// modulus or prime size in bits → security strength in bits.
const IFC_FFC_POINTS: [(u32, u16); 8] = [
    (1024, 80),
    (2048, 112),
    (3072, 128),
    (4096, 152),
    (6144, 176),
    (7680, 192),
    (8192, 200),
    (15360, 256),
];

/// Strength of an RSA modulus or a finite-field (DH, DSA) prime of `bits` bits.
///
/// Sizes between the tabulated points get the strength of the largest point not above them: a
/// 2047-bit modulus does not reach the 112 bits of a 2048-bit one. Below 1024 bits the general
/// number field sieve estimate of SP 800-56B App. D is used, rounded down to a multiple of 8,
/// since no table covers such keys but they must still rank below RSA-1024.
pub fn ifc_ffc_bits(bits: u32) -> u16 {
    if bits < IFC_FFC_POINTS[0].0 {
        return gnfs_estimate(bits);
    }
    IFC_FFC_POINTS
        .iter()
        .rev()
        .find(|(size, _)| bits >= *size)
        .map_or(0, |(_, strength)| *strength)
}

/// SP 800-56B Rev. 2 App. D: E(n) = (1.923·∛(n·ln 2)·∛(ln(n·ln 2))² − 4.69) / ln 2.
fn gnfs_estimate(bits: u32) -> u16 {
    if bits < 64 {
        return 0;
    }
    let n_ln2 = f64::from(bits) * std::f64::consts::LN_2;
    let e = (1.923 * n_ln2.cbrt() * n_ln2.ln().powi(2).cbrt() - 4.69) / std::f64::consts::LN_2;
    let floored = (e / 8.0).floor() * 8.0;
    // The estimate is between 0 and ~300 for every u32 below 1024; the clamp documents that.
    floored.clamp(0.0, f64::from(u16::MAX)) as u16
}

/// Strength of an elliptic-curve scheme whose base point has an order of `order_bits` bits
/// (SP 800-57 Table 2, column f).
pub fn ecc_bits(order_bits: u32) -> u16 {
    match order_bits {
        0..=159 => (order_bits / 2) as u16,
        160..=223 => 80,
        224..=255 => 112,
        256..=383 => 128,
        384..=511 => 192,
        _ => 256,
    }
}

/// Strength of a finite-field scheme with prime `l_bits` and subgroup order `n_bits`: the
/// smaller of the two limits of SP 800-57 Table 2 (L/N columns).
pub fn ffc_bits(l_bits: u32, n_bits: Option<u32>) -> u16 {
    let l = ifc_ffc_bits(l_bits);
    match n_bits {
        Some(n) => l.min((n / 2).min(u32::from(u16::MAX)) as u16),
        None => l,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rsa_table_points() {
        assert_eq!(ifc_ffc_bits(1024), 80);
        assert_eq!(ifc_ffc_bits(2048), 112);
        assert_eq!(ifc_ffc_bits(3072), 128);
        assert_eq!(ifc_ffc_bits(4096), 152);
        assert_eq!(ifc_ffc_bits(6144), 176);
        assert_eq!(ifc_ffc_bits(7680), 192);
        assert_eq!(ifc_ffc_bits(8192), 200);
        assert_eq!(ifc_ffc_bits(15360), 256);
    }

    #[test]
    fn rsa_between_points_rounds_down() {
        assert_eq!(ifc_ffc_bits(2047), 80);
        assert_eq!(ifc_ffc_bits(1536), 80);
        assert_eq!(ifc_ffc_bits(3071), 112);
        assert_eq!(ifc_ffc_bits(16384), 256);
    }

    #[test]
    fn rsa_below_1024_ranks_below_80() {
        let s512 = ifc_ffc_bits(512);
        let s768 = ifc_ffc_bits(768);
        assert!(s512 < s768 && s768 < 80, "{s512} {s768}");
        assert_eq!(s512, 56);
        assert_eq!(ifc_ffc_bits(0), 0);
    }

    #[test]
    fn ecc_by_order_size() {
        assert_eq!(ecc_bits(192), 80);
        assert_eq!(ecc_bits(224), 112);
        assert_eq!(ecc_bits(256), 128);
        assert_eq!(ecc_bits(384), 192);
        assert_eq!(ecc_bits(521), 256);
    }

    #[test]
    fn ffc_takes_the_weaker_limit() {
        assert_eq!(ffc_bits(2048, Some(224)), 112);
        assert_eq!(ffc_bits(3072, Some(256)), 128);
        assert_eq!(ffc_bits(2048, Some(160)), 80);
        assert_eq!(ffc_bits(1024, None), 80);
    }
}
