//! SemVer 2.0 as osv-scalibr reads it: a leading `v`, any number of dot-separated numbers of
//! which the first three count (missing ones are zero), then a pre-release after `-` (or any
//! other character that is not a digit or dot), and build metadata after `+`, which is ignored.
//!
//! npm, crates.io and Hex all order by SemVer precedence; the lenient reading matches what OSV
//! advisories write (`1.2`, `v1.0.0`, `1.2.3.4`) without rejecting them.

use std::cmp::Ordering;

use super::Scheme;
use super::num::Num;
use crate::error::Result;

/// A pre-release or build identifier: numbers sort before words, words by ASCII.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Ident {
    Num(Num),
    Text(Box<str>),
}

impl Ident {
    pub(crate) fn parse(s: &str) -> Ident {
        match Num::parse(s) {
            Some(n) => Ident::Num(n),
            None => Ident::Text(s.into()),
        }
    }
}

/// The numbers at the front of a version, and what follows them. Numbers beyond `max` go back
/// in front of the rest as `.N`, as osv-scalibr does, so `1.2.3.4` has the pre-release `.4`.
pub(crate) struct SemverLike {
    pub(crate) nums: Vec<Num>,
    pub(crate) rest: String,
}

/// Splits `s` as osv-scalibr's semver-like reader does. Fails on an empty string, anything
/// over the length cap, whitespace or control characters, or no leading number.
pub(crate) fn split(scheme: Scheme, s: &str, max: usize) -> Result<SemverLike> {
    scheme.check_len(s)?;
    if s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(scheme.invalid(s, "whitespace or control character"));
    }
    let body = s
        .strip_prefix('v')
        .or_else(|| s.strip_prefix('V'))
        .unwrap_or(s);
    let mut nums = Vec::new();
    let mut rest = "";
    let mut start = 0;
    let bytes = body.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_digit() {
            i += 1;
            continue;
        }
        if i > start {
            nums.push(Num::from_digits(&body[start..i]));
        }
        if b == b'.' {
            i += 1;
            start = i;
            continue;
        }
        rest = &body[i..];
        start = bytes.len();
        break;
    }
    if start < bytes.len() {
        nums.push(Num::from_digits(&body[start..]));
    }
    if nums.is_empty() {
        return Err(scheme.invalid(s, "does not start with a number"));
    }
    let mut extra = String::new();
    if nums.len() > max {
        for n in nums.drain(max..) {
            extra.push('.');
            extra.push_str(&n.to_string());
        }
    }
    extra.push_str(rest);
    Ok(SemverLike { nums, rest: extra })
}

/// Splits the text after the numbers into pre-release and build metadata.
pub(crate) fn pre_and_build(rest: &str) -> (&str, Option<&str>) {
    let (pre, build) = match rest.split_once('+') {
        Some((p, b)) => (p, Some(b)),
        None => (rest, None),
    };
    (pre.strip_prefix('-').unwrap_or(pre), build)
}

pub(crate) fn idents(s: &str) -> Vec<Ident> {
    if s.is_empty() {
        return Vec::new();
    }
    s.split('.').map(Ident::parse).collect()
}

pub(crate) fn fixed<const N: usize>(nums: Vec<Num>) -> [Num; N] {
    let mut out: [Num; N] = std::array::from_fn(|_| Num::ZERO);
    for (slot, n) in out.iter_mut().zip(nums) {
        *slot = n;
    }
    out
}

/// Pre-release order: a version without one is greater; otherwise identifier by identifier,
/// and a longer list wins when one is a prefix of the other.
pub(crate) fn cmp_pre(a: &[Ident], b: &[Ident]) -> Ordering {
    match (a.is_empty(), b.is_empty()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Greater,
        (false, true) => Ordering::Less,
        (false, false) => a.cmp(b),
    }
}

#[derive(Debug, Clone)]
pub(crate) struct SemverVersion {
    nums: [Num; 3],
    pre: Vec<Ident>,
}

impl SemverVersion {
    pub(crate) fn parse(scheme: Scheme, s: &str) -> Result<Self> {
        let like = split(scheme, s, 3)?;
        let (pre, _build) = pre_and_build(&like.rest);
        Ok(SemverVersion {
            pre: idents(pre),
            nums: fixed(like.nums),
        })
    }
}

impl Ord for SemverVersion {
    fn cmp(&self, other: &Self) -> Ordering {
        self.nums
            .cmp(&other.nums)
            .then_with(|| cmp_pre(&self.pre, &other.pre))
    }
}

eq_from_ord!(SemverVersion);

#[cfg(test)]
mod tests {
    use std::cmp::Ordering::*;

    use super::super::Scheme;

    fn cmp(a: &str, b: &str) -> std::cmp::Ordering {
        Scheme::Semver
            .compare(a, b)
            .unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn lenient_forms() {
        assert_eq!(cmp("1", "1.0.0"), Equal);
        assert_eq!(cmp("v1.2", "1.2.0"), Equal);
        assert_eq!(cmp("1.2.3+a", "1.2.3+b"), Equal);
        assert_eq!(cmp("1.2.3-rc.1+x", "1.2.3-rc.1"), Equal);
        assert_eq!(cmp("0.0.0-0", "0.0.0"), Less);
        assert_eq!(cmp("0.0.0-0", "0.0.0-alpha"), Less);
        assert_eq!(cmp("1.0.0-alpha.1", "1.0.0-alpha.beta"), Less);
        assert_eq!(
            cmp("18446744073709551616.0.0", "18446744073709551615.0.0"),
            Greater
        );
    }

    #[test]
    fn rejects_what_is_not_a_version() {
        for bad in ["", "abc", "v", "-1", "1.0 beta", "x1.0"] {
            assert!(Scheme::Semver.parse(bad).is_err(), "{bad:?}");
        }
    }
}
