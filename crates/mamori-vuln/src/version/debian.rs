//! dpkg's version order (`dpkg --compare-versions`): `[epoch:]upstream[-revision]`, epochs as
//! numbers, then upstream and revision each by dpkg's `verrevcmp`: alternating non-digit runs
//! compared character by character (`~` before the end, the end before letters, letters before
//! everything else) and digit runs compared as numbers.
//!
//! dpkg rejects some strings (a non-numeric epoch, characters outside its set); here they are
//! ordered anyway, because advisories and SBOMs carry them and a total order is more useful
//! than a hole: a non-numeric "epoch" is kept as part of the upstream version.

use std::cmp::Ordering;

use super::num::{Num, cmp_digits, take_while};

#[derive(Debug, Clone)]
pub(crate) struct DebianVersion {
    epoch: Num,
    upstream: Box<[u8]>,
    revision: Box<[u8]>,
}

impl DebianVersion {
    pub(crate) fn parse(s: &str) -> Self {
        let s = s.trim();
        let (epoch, rest) = match s.split_once(':') {
            Some((e, rest)) if e.bytes().all(|b| b.is_ascii_digit()) => (Num::from_digits(e), rest),
            _ => (Num::ZERO, s),
        };
        let (upstream, revision) = match rest.rsplit_once('-') {
            Some((u, r)) => (u, r),
            None => (rest, ""),
        };
        DebianVersion {
            epoch,
            upstream: upstream.as_bytes().into(),
            revision: revision.as_bytes().into(),
        }
    }
}

/// dpkg's weight of a character in a non-digit run; `None` is the end of the string.
fn order(c: Option<u8>) -> i32 {
    match c {
        None => 0,
        Some(b'~') => -1,
        Some(c) if c.is_ascii_digit() => 0,
        Some(c) if c.is_ascii_alphabetic() => i32::from(c),
        Some(c) => i32::from(c) + 256,
    }
}

pub(crate) fn verrevcmp(mut a: &[u8], mut b: &[u8]) -> Ordering {
    while !a.is_empty() || !b.is_empty() {
        loop {
            let an = a.first().is_some_and(|c| !c.is_ascii_digit());
            let bn = b.first().is_some_and(|c| !c.is_ascii_digit());
            if !an && !bn {
                break;
            }
            let (ac, bc) = (order(a.first().copied()), order(b.first().copied()));
            if ac != bc {
                return ac.cmp(&bc);
            }
            a = a.get(1..).unwrap_or_default();
            b = b.get(1..).unwrap_or_default();
        }
        let (ad, ar) = take_while(a, |c| c.is_ascii_digit());
        let (bd, br) = take_while(b, |c| c.is_ascii_digit());
        let o = cmp_digits(ad, bd);
        if o != Ordering::Equal {
            return o;
        }
        a = ar;
        b = br;
    }
    Ordering::Equal
}

impl Ord for DebianVersion {
    fn cmp(&self, other: &Self) -> Ordering {
        self.epoch
            .cmp(&other.epoch)
            .then_with(|| verrevcmp(&self.upstream, &other.upstream))
            .then_with(|| verrevcmp(&self.revision, &other.revision))
    }
}

eq_from_ord!(DebianVersion);

#[cfg(test)]
mod tests {
    use std::cmp::Ordering::*;

    use super::super::Scheme;

    fn cmp(a: &str, b: &str) -> std::cmp::Ordering {
        Scheme::Debian
            .compare(a, b)
            .unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn tilde_epoch_and_revision() {
        assert_eq!(cmp("1.0~rc1", "1.0"), Less);
        assert_eq!(cmp("1.0~~", "1.0~"), Less);
        assert_eq!(cmp("1.0~", "1.0"), Less);
        assert_eq!(cmp("1.0", "1.0+b1"), Less);
        assert_eq!(cmp("1.0a", "1.0+"), Less);
        assert_eq!(cmp("1:0.1", "2.0"), Greater);
        assert_eq!(cmp("0:1.0", "1.0"), Equal);
        assert_eq!(cmp("1.0-1", "1.0-1.1"), Less);
        assert_eq!(cmp("1.0-0", "1.0"), Equal);
        assert_eq!(cmp("1.2-3-4", "1.2-3-5"), Less);
        assert_eq!(cmp("1.001", "1.1"), Equal);
        assert_eq!(cmp("99999999999999999999999:1", "1:1"), Greater);
    }
}
