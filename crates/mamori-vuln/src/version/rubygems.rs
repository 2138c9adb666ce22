//! `Gem::Version`: segments are runs of digits (numbers) and runs of letters (strings), `-` is
//! read as `.pre.`, and a string segment makes a pre-release, sorting before any number
//! (`1.0.a` < `1.0` < `1.0.1`). Trailing zeros are dropped from the release part and from the
//! pre-release part, so `1.0.a2` = `1.0.a.2` and `1.0` = `1`.

use std::cmp::Ordering;

use super::Scheme;
use super::num::Num;
use crate::error::Result;

#[derive(Debug, Clone)]
pub(crate) struct GemVersion {
    segments: Vec<Segment>,
}

/// Strings before numbers, as `Gem::Version#<=>` orders a string segment against a number.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Segment {
    Str(Box<str>),
    Int(Num),
}

const ZERO: Segment = Segment::Int(Num::ZERO);

fn drop_trailing_zeros(v: &mut Vec<Segment>) {
    while v.last() == Some(&ZERO) {
        v.pop();
    }
}

impl GemVersion {
    pub(crate) fn parse(scheme: Scheme, s: &str) -> Result<Self> {
        scheme.check_len(s)?;
        let body = s.trim();
        if let Some(c) = body
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || *c == '.' || *c == '-'))
        {
            return Err(scheme.invalid(s, format!("character {c:?} in version")));
        }
        let mut segments = Vec::new();
        let mut rest = body;
        while let Some(c) = rest.chars().next() {
            if c == '-' {
                // "-" is ".pre." in Gem::Version.
                segments.push(Segment::Str("pre".into()));
                rest = &rest[1..];
            } else if c.is_ascii_digit() {
                let end = rest
                    .find(|c: char| !c.is_ascii_digit())
                    .unwrap_or(rest.len());
                segments.push(Segment::Int(Num::from_digits(&rest[..end])));
                rest = &rest[end..];
            } else if c.is_ascii_alphabetic() {
                let end = rest
                    .find(|c: char| !c.is_ascii_alphabetic())
                    .unwrap_or(rest.len());
                segments.push(Segment::Str(rest[..end].into()));
                rest = &rest[end..];
            } else {
                rest = &rest[1..];
            }
        }
        if !matches!(segments.first(), Some(Segment::Int(_))) {
            return Err(scheme.invalid(s, "does not start with a number"));
        }
        let first_str = segments
            .iter()
            .position(|s| matches!(s, Segment::Str(_)))
            .unwrap_or(segments.len());
        let mut pre = segments.split_off(first_str);
        drop_trailing_zeros(&mut segments);
        drop_trailing_zeros(&mut pre);
        segments.append(&mut pre);
        Ok(GemVersion { segments })
    }
}

impl Ord for GemVersion {
    fn cmp(&self, other: &Self) -> Ordering {
        let (a, b) = (&self.segments, &other.segments);
        for i in 0..a.len().max(b.len()) {
            let o = a.get(i).unwrap_or(&ZERO).cmp(b.get(i).unwrap_or(&ZERO));
            if o != Ordering::Equal {
                return o;
            }
        }
        Ordering::Equal
    }
}

eq_from_ord!(GemVersion);

#[cfg(test)]
mod tests {
    use std::cmp::Ordering::*;

    use super::super::Scheme;

    fn cmp(a: &str, b: &str) -> std::cmp::Ordering {
        Scheme::RubyGems
            .compare(a, b)
            .unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn prereleases_and_padding() {
        assert_eq!(cmp("1.0", "1"), Equal);
        assert_eq!(cmp("1.0.0.a", "1.0.a"), Equal);
        assert_eq!(cmp("1.0.a", "1.0"), Less);
        assert_eq!(cmp("1.0-1", "1.0"), Less);
        assert_eq!(cmp("1.0-1", "1.0.pre.1"), Equal);
        assert_eq!(cmp("1.0.rc1", "1.0.rc.1"), Equal);
        assert_eq!(cmp("1.0.B", "1.0.a"), Less);
        assert_eq!(cmp("1.0.a.0", "1.0.a"), Equal);
        for bad in ["", "a", "1.0 beta", "1,0"] {
            assert!(Scheme::RubyGems.parse(bad).is_err(), "{bad:?}");
        }
    }
}
