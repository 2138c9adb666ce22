//! Alpine (apk) versions: `number{.number}...{letter}{_suffix{number}}...{~hash}{-r#}`, with
//! suffixes `_alpha _beta _pre _rc` < none < `_cvs _svn _git _hg _p`.
//!
//! The order is the one current apk-tools gives, as osv-scalibr's fixtures record it: numbers
//! after the first one that start with `0` compare as text (`1.02` < `1.1`, apk's "fractional"
//! rule), a letter beats none, suffixes compare by kind and then number, then the `-r`
//! revision; the commit hash is ignored. apk-tools 2.x (Alpine 3.x up to 3.22) differs only
//! on malformed strings such as `1-ruff` or `1.2.0A`.
//!
//! Text that does not fit the grammar is kept as a remainder: a version with one sorts below
//! the same version without. Malformed versions (text after the hash that is not a `-r`
//! revision) that agree on everything else sort after well-formed ones and among themselves as
//! strings, which keeps the order total where osv-scalibr's is not.

use std::cmp::Ordering;

use super::Scheme;
use super::num::{Num, take_while};
use crate::error::Result;

#[derive(Debug, Clone)]
pub(crate) struct AlpineVersion {
    numbers: Vec<Number>,
    /// The single lower-case letter after the numbers, if any.
    letter: Option<u8>,
    suffixes: Vec<Suffix>,
    revision: Num,
    /// Whether unparsed text is left after the revision.
    remainder: bool,
    /// The whole string when the text after the hash is not a revision.
    invalid: Option<Box<str>>,
}

#[derive(Debug, Clone)]
struct Number {
    value: Num,
    /// The digits as written, for the text comparison of zero-led numbers.
    digits: Box<str>,
}

/// Compares the numbers at position `i`. The first compares by value; later ones compare as
/// text when either starts with `0` (apk's fractional rule), so all zero-led numbers sort below
/// the others. A missing number counts as `0`, the least zero-led one, which keeps the order
/// total: `1.0` = `1` < `1.00` < `1.01`.
fn cmp_numbers(i: usize, a: Option<&Number>, b: Option<&Number>) -> Ordering {
    let zero = Num::ZERO;
    let (va, vb) = (a.map_or(&zero, |n| &n.value), b.map_or(&zero, |n| &n.value));
    if i == 0 {
        return va.cmp(vb);
    }
    let (da, db) = (a.map_or("0", |n| &n.digits), b.map_or("0", |n| &n.digits));
    if da.starts_with('0') || db.starts_with('0') {
        da.cmp(db)
    } else {
        va.cmp(vb)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Suffix {
    /// Position in `alpha beta pre rc <none> cvs svn git hg p`.
    weight: u8,
    number: Num,
}

const NO_SUFFIX: Suffix = Suffix {
    weight: 4,
    number: Num::ZERO,
};

const SUFFIXES: [&str; 9] = ["alpha", "beta", "pre", "rc", "cvs", "svn", "git", "hg", "p"];

fn digits_num(d: &[u8]) -> Num {
    Num::from_digits(std::str::from_utf8(d).unwrap_or(""))
}

/// A suffix (`_name` and optional digits) at the front of `s`.
fn suffix_at(s: &[u8]) -> Option<(Suffix, usize)> {
    let body = s.strip_prefix(b"_")?;
    let i = SUFFIXES
        .iter()
        .position(|n| body.starts_with(n.as_bytes()))?;
    let name_len = SUFFIXES[i].len();
    let (d, _) = take_while(&body[name_len..], |c| c.is_ascii_digit());
    let weight = if i < 4 { i as u8 } else { i as u8 + 1 };
    Some((
        Suffix {
            weight,
            number: digits_num(d),
        },
        1 + name_len + d.len(),
    ))
}

impl AlpineVersion {
    pub(crate) fn parse(scheme: Scheme, s: &str) -> Result<Self> {
        scheme.check_len(s)?;
        let mut rest = s.as_bytes();

        let mut numbers = Vec::new();
        loop {
            let (d, after) = take_while(rest, |c| c.is_ascii_digit());
            if d.is_empty() {
                break;
            }
            numbers.push(Number {
                value: digits_num(d),
                digits: String::from_utf8_lossy(d).into(),
            });
            rest = after;
            match rest.strip_prefix(b".") {
                Some(after) => rest = after,
                None => break,
            }
        }

        let letter = match rest.first() {
            Some(&c) if c.is_ascii_lowercase() => {
                rest = &rest[1..];
                Some(c)
            }
            _ => None,
        };

        // Suffixes are taken wherever they appear, but only those at the front are consumed:
        // `1_blah_p1` still counts `_p1` and keeps `_blah_p1` as malformed text.
        let mut suffixes = Vec::new();
        let mut i = 0;
        while i < rest.len() {
            match suffix_at(&rest[i..]) {
                Some((suffix, len)) => {
                    suffixes.push(suffix);
                    if i == 0 {
                        rest = &rest[len..];
                    } else {
                        i += len;
                    }
                }
                None => i += 1,
            }
        }

        if let Some(after) = rest.strip_prefix(b"~") {
            let (hash, after) =
                take_while(after, |c| c.is_ascii_digit() || (b'a'..=b'f').contains(&c));
            if !hash.is_empty() {
                rest = after;
            }
        }

        let mut revision = Num::ZERO;
        let mut invalid = None;
        if !rest.is_empty() {
            match rest.strip_prefix(b"-r") {
                Some(after) => {
                    let (d, after) = take_while(after, |c| c.is_ascii_digit());
                    revision = digits_num(d);
                    rest = after;
                }
                None => invalid = Some(s.into()),
            }
        }

        Ok(AlpineVersion {
            numbers,
            letter,
            suffixes,
            revision,
            remainder: !rest.is_empty(),
            invalid,
        })
    }
}

impl Ord for AlpineVersion {
    fn cmp(&self, other: &Self) -> Ordering {
        let n = self.numbers.len().max(other.numbers.len());
        for i in 0..n {
            match cmp_numbers(i, self.numbers.get(i), other.numbers.get(i)) {
                Ordering::Equal => {}
                o => return o,
            }
        }
        let o = self.letter.cmp(&other.letter);
        if o != Ordering::Equal {
            return o;
        }
        let n = self.suffixes.len().max(other.suffixes.len());
        for i in 0..n {
            let a = self.suffixes.get(i).unwrap_or(&NO_SUFFIX);
            let b = other.suffixes.get(i).unwrap_or(&NO_SUFFIX);
            match a.cmp(b) {
                Ordering::Equal => {}
                o => return o,
            }
        }
        self.revision
            .cmp(&other.revision)
            .then_with(|| other.remainder.cmp(&self.remainder))
            .then_with(|| self.invalid.cmp(&other.invalid))
    }
}

eq_from_ord!(AlpineVersion);

#[cfg(test)]
mod tests {
    use std::cmp::Ordering::*;

    use super::super::Scheme;

    fn cmp(a: &str, b: &str) -> std::cmp::Ordering {
        Scheme::Alpine
            .compare(a, b)
            .unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn suffixes_letters_revisions() {
        assert_eq!(cmp("1.0_alpha1", "1.0_beta"), Less);
        assert_eq!(cmp("1.0_rc9", "1.0"), Less);
        assert_eq!(cmp("1.0", "1.0_p1"), Less);
        assert_eq!(cmp("1.0_git20200101", "1.0_p1"), Less);
        assert_eq!(cmp("1.0a", "1.0b"), Less);
        assert_eq!(cmp("1.0z", "1.0.1"), Less);
        assert_eq!(cmp("1.0-r1", "1.0-r10"), Less);
        assert_eq!(cmp("1.0-r9", "1.0.1"), Less);
        assert_eq!(cmp("1.02", "1.1"), Less);
        assert_eq!(cmp("1.0_alpha", "1.0_alpha_p1"), Less);
        assert_eq!(cmp("1.0~abc123-r1", "1.0-r1"), Equal);
        assert_eq!(cmp("99999999999999999999999", "1"), Greater);
    }
}
