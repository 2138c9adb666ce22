//! PHP's `version_compare`, which Composer uses, after Composer's removal of a leading `v`.
//!
//! PHP canonicalises the string (`-`, `_`, `+` and other punctuation become `.`, and a `.` goes
//! between digits and non-digits), then compares the dot-separated parts: numbers by value,
//! words by the special forms `dev` < `alpha` = `a` < `beta` = `b` < `RC` = `rc` < `#` < `pl` =
//! `p` (matched as prefixes; unknown words sort before `dev`), and a number against a word as
//! `#`. When one side runs out, a following number makes the longer side greater and a
//! following word is compared with `#`.
//!
//! Positions therefore order as: unknown words < `dev` < `a` < `b` < `rc` < (end of version) <
//! numbers < `p`, which is a total order. Two deliberate differences from PHP: numbers are
//! exact at any size (PHP saturates at `PHP_INT_MAX`), and `#` is always a separator (PHP keeps
//! it as a word that compares equal to every number, which is not transitive; the fuzzer found
//! `1.0` = `1#f` = `1.01#f` with `1.0` < `1.01#f`).

use std::cmp::Ordering;

use super::Scheme;
use super::num::Num;
use crate::error::Result;

#[derive(Debug, Clone)]
pub(crate) struct PackagistVersion {
    parts: Vec<Part>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Num(Num),
    /// A word's special-form rank.
    Word(i8),
}

/// The rank PHP gives a number when comparing it with a word: that of `#`.
const HASH: i8 = 4;

fn special_rank(word: &[u8]) -> i8 {
    const FORMS: [(&[u8], i8); 10] = [
        (b"dev", 0),
        (b"alpha", 1),
        (b"a", 1),
        (b"beta", 2),
        (b"b", 2),
        (b"RC", 3),
        (b"rc", 3),
        (b"#", 4),
        (b"pl", 5),
        (b"p", 5),
    ];
    FORMS
        .iter()
        .find(|(form, _)| word.starts_with(form))
        .map_or(-6, |&(_, rank)| rank)
}

/// PHP's `php_canonicalize_version`.
fn canonicalize(s: &[u8]) -> Vec<u8> {
    let Some((&first, rest)) = s.split_first() else {
        return Vec::new();
    };
    let is_word = |c: u8| c.is_ascii_alphanumeric();
    let mut out = vec![if first == b'#' { b'.' } else { first }];
    let mut last = first;
    for &c in rest {
        let dot = |out: &mut Vec<u8>| {
            if out.last() != Some(&b'.') {
                out.push(b'.');
            }
        };
        let isdig = |x: u8| x.is_ascii_digit();
        let isndig = |x: u8| !x.is_ascii_digit() && x != b'.';
        // `#` is a separator too: as a word PHP ranks it equal to every number, which is not
        // transitive (`1.0` = `1#f` = `1.01#f` yet `1.0` < `1.01#f`).
        if matches!(c, b'-' | b'_' | b'+' | b'#') {
            dot(&mut out);
        } else if (isndig(last) && isdig(c)) || (isdig(last) && isndig(c)) {
            dot(&mut out);
            out.push(c);
        } else if !is_word(c) {
            dot(&mut out);
        } else {
            out.push(c);
        }
        last = c;
    }
    out
}

fn cmp_part(a: &Part, b: &Part) -> Ordering {
    match (a, b) {
        (Part::Num(x), Part::Num(y)) => x.cmp(y),
        (Part::Word(x), Part::Word(y)) => x.cmp(y),
        (Part::Num(_), Part::Word(y)) => HASH.cmp(y),
        (Part::Word(x), Part::Num(_)) => x.cmp(&HASH),
    }
}

/// How the leftover parts of the longer version compare with PHP's `#N#` filler.
fn cmp_rest(rest: &[Part]) -> Ordering {
    for part in rest {
        match part {
            Part::Num(_) => return Ordering::Greater,
            Part::Word(r) => match r.cmp(&HASH) {
                Ordering::Equal => {}
                o => return o,
            },
        }
    }
    Ordering::Equal
}

impl PackagistVersion {
    pub(crate) fn parse(scheme: Scheme, s: &str) -> Result<Self> {
        scheme.check_len(s)?;
        let body = s
            .strip_prefix('v')
            .or_else(|| s.strip_prefix('V'))
            .unwrap_or(s);
        let canonical = canonicalize(body.as_bytes());
        let parts = canonical
            .split(|&c| c == b'.')
            .filter(|p| !p.is_empty())
            .map(|p| {
                if p[0].is_ascii_digit() {
                    let digits = p.iter().take_while(|c| c.is_ascii_digit()).count();
                    // ASCII digits, so valid UTF-8.
                    Part::Num(Num::from_digits(
                        std::str::from_utf8(&p[..digits]).unwrap_or(""),
                    ))
                } else {
                    Part::Word(special_rank(p))
                }
            })
            .collect();
        Ok(PackagistVersion { parts })
    }
}

impl Ord for PackagistVersion {
    fn cmp(&self, other: &Self) -> Ordering {
        let (a, b) = (&self.parts, &other.parts);
        for (x, y) in a.iter().zip(b) {
            match cmp_part(x, y) {
                Ordering::Equal => {}
                o => return o,
            }
        }
        match a.len().cmp(&b.len()) {
            Ordering::Equal => Ordering::Equal,
            Ordering::Greater => cmp_rest(&a[b.len()..]),
            Ordering::Less => cmp_rest(&b[a.len()..]).reverse(),
        }
    }
}

eq_from_ord!(PackagistVersion);

#[cfg(test)]
mod tests {
    use std::cmp::Ordering::*;

    use super::super::Scheme;

    fn cmp(a: &str, b: &str) -> std::cmp::Ordering {
        Scheme::Packagist
            .compare(a, b)
            .unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn php_special_forms() {
        assert_eq!(cmp("1.0-dev", "1.0-alpha"), Less);
        assert_eq!(cmp("1.0-alpha1", "1.0a1"), Equal);
        assert_eq!(cmp("1.0-RC1", "1.0-beta2"), Greater);
        assert_eq!(cmp("1.0", "1.0.0"), Less);
        assert_eq!(cmp("1.0-patch1", "1.0"), Greater);
        assert_eq!(cmp("1.0-foo", "1.0-dev"), Less);
        assert_eq!(cmp("v2.0", "2.0"), Equal);
        assert_eq!(cmp("1.0_rc_1", "1.0-RC1"), Equal);
    }

    /// Found by the `version` fuzz target: with `#` as a word equal to every number, these
    /// three were not transitive.
    #[test]
    fn hash_is_a_separator_so_the_order_stays_transitive() {
        assert_eq!(cmp("1.0", "1#f"), Greater);
        assert_eq!(cmp("1#f", "1.01#f"), Less);
        assert_eq!(cmp("1.0", "1.01#f"), Less);
        assert_eq!(cmp("1.2.3.#", "1.2.3"), Equal);
    }
}
