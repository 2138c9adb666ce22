//! Unbounded non-negative integers as they appear in version strings.
//!
//! Version strings carry digit runs of any length (`999999999999999999999999999991`), and every
//! ecosystem compares them by value. Values up to 19 digits are kept as `u64`; longer ones keep
//! their digits (leading zeros stripped) and compare by length, then lexically, which is the
//! numeric order without any arithmetic.

use std::cmp::Ordering;

/// A non-negative integer of any size.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Num {
    Small(u64),
    /// At least 20 significant digits, no leading zero: always above every `Small`.
    Big(Box<str>),
}

impl Num {
    pub(crate) const ZERO: Num = Num::Small(0);

    /// Parses a run of ASCII digits; `None` when `s` is empty or holds anything else.
    pub(crate) fn parse(s: &str) -> Option<Num> {
        if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Some(Num::from_digits(s))
    }

    /// `digits` must be ASCII digits only (may be empty, which is zero).
    pub(crate) fn from_digits(digits: &str) -> Num {
        let stripped = digits.trim_start_matches('0');
        if stripped.len() <= 19 {
            let mut n: u64 = 0;
            for b in stripped.bytes() {
                n = n * 10 + u64::from(b - b'0');
            }
            Num::Small(n)
        } else {
            Num::Big(stripped.into())
        }
    }

    pub(crate) fn is_zero(&self) -> bool {
        matches!(self, Num::Small(0))
    }
}

impl Ord for Num {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self, other) {
            (Num::Small(a), Num::Small(b)) => a.cmp(b),
            (Num::Small(_), Num::Big(_)) => Ordering::Less,
            (Num::Big(_), Num::Small(_)) => Ordering::Greater,
            (Num::Big(a), Num::Big(b)) => a.len().cmp(&b.len()).then_with(|| a.cmp(b)),
        }
    }
}

impl PartialOrd for Num {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl std::fmt::Display for Num {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Num::Small(n) => write!(f, "{n}"),
            Num::Big(s) => f.write_str(s),
        }
    }
}

/// Compares two runs of ASCII digits by value without parsing them.
pub(crate) fn cmp_digits(a: &[u8], b: &[u8]) -> Ordering {
    let a = strip_zeros(a);
    let b = strip_zeros(b);
    a.len().cmp(&b.len()).then_with(|| a.cmp(b))
}

fn strip_zeros(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|&&b| b == b'0').count();
    &s[n..]
}

/// Splits off the leading run of bytes matching `pred`.
pub(crate) fn take_while(s: &[u8], pred: impl Fn(u8) -> bool) -> (&[u8], &[u8]) {
    let n = s.iter().take_while(|&&b| pred(b)).count();
    s.split_at(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_by_value_at_any_size() {
        let n = |s: &str| Num::parse(s).unwrap_or(Num::ZERO);
        assert!(n("9") < n("10"));
        assert_eq!(n("007"), n("7"));
        assert!(n("18446744073709551615") > n("9999999999999999999"));
        assert!(n("999999999999999999999999999991") < n("999999999999999999999999999999"));
        assert!(n("0000000000000000000000000000001") < n("2"));
        assert!(Num::parse("").is_none());
        assert!(Num::parse("1a").is_none());
        assert_eq!(cmp_digits(b"0010", b"10"), Ordering::Equal);
        assert_eq!(cmp_digits(b"9", b"10"), Ordering::Less);
    }
}
