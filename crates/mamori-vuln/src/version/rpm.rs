//! RPM's order: `[epoch:]version[-release]`, each part by `rpmvercmp`. Runs of ASCII letters and
//! digits are compared (digits as numbers, a digit run beating a letter run), everything else
//! only separates runs; `~` sorts before anything, even the end, and `^` after the end but
//! before anything else.
//!
//! The epoch is the digits before the first `:`; a `:` after anything else is part of the
//! version (modular versions carry them). A missing release sorts before any release, which is
//! how osv.dev orders Red Hat, SUSE, Rocky and AlmaLinux advisories (rpm itself skips the
//! release when either side lacks one, which is a match rule, not an order).

use std::cmp::Ordering;

use super::num::{Num, cmp_digits, take_while};

#[derive(Debug, Clone)]
pub(crate) struct RpmVersion {
    epoch: Num,
    version: Box<[u8]>,
    /// `None` when the string has no `-`.
    release: Option<Box<[u8]>>,
}

impl RpmVersion {
    pub(crate) fn parse(s: &str) -> Self {
        let s = s.trim();
        let (epoch, rest) = match s.split_once(':') {
            Some((e, rest)) if e.bytes().all(|b| b.is_ascii_digit()) => (Num::from_digits(e), rest),
            _ => (Num::ZERO, s),
        };
        let (version, release) = match rest.rsplit_once('-') {
            Some((v, r)) => (v, Some(r.as_bytes().into())),
            None => (rest, None),
        };
        RpmVersion {
            epoch,
            version: version.as_bytes().into(),
            release,
        }
    }
}

fn is_sep(c: u8) -> bool {
    !c.is_ascii_alphanumeric() && c != b'~' && c != b'^'
}

/// `rpmvercmp` from rpm's `rpmvercmp.c`, on bytes.
pub(crate) fn rpmvercmp(mut a: &[u8], mut b: &[u8]) -> Ordering {
    if a == b {
        return Ordering::Equal;
    }
    loop {
        a = take_while(a, is_sep).1;
        b = take_while(b, is_sep).1;
        match (a.first(), b.first()) {
            (Some(b'~'), Some(b'~')) => {
                a = &a[1..];
                b = &b[1..];
                continue;
            }
            (Some(b'~'), _) => return Ordering::Less,
            (_, Some(b'~')) => return Ordering::Greater,
            (Some(b'^'), Some(b'^')) => {
                a = &a[1..];
                b = &b[1..];
                continue;
            }
            (Some(b'^'), None) => return Ordering::Greater,
            (Some(b'^'), _) => return Ordering::Less,
            (None, Some(b'^')) => return Ordering::Less,
            (_, Some(b'^')) => return Ordering::Greater,
            (None, _) | (_, None) => break,
            (Some(&c), Some(_)) => {
                let digits = c.is_ascii_digit();
                let pred = |x: u8| {
                    if digits {
                        x.is_ascii_digit()
                    } else {
                        x.is_ascii_alphabetic()
                    }
                };
                let (sa, ra) = take_while(a, pred);
                let (sb, rb) = take_while(b, pred);
                if sb.is_empty() {
                    return if digits {
                        Ordering::Greater
                    } else {
                        Ordering::Less
                    };
                }
                let o = if digits {
                    cmp_digits(sa, sb)
                } else {
                    sa.cmp(sb)
                };
                if o != Ordering::Equal {
                    return o;
                }
                a = ra;
                b = rb;
            }
        }
    }
    match (a.is_empty(), b.is_empty()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Less,
        _ => Ordering::Greater,
    }
}

impl Ord for RpmVersion {
    fn cmp(&self, other: &Self) -> Ordering {
        self.epoch
            .cmp(&other.epoch)
            .then_with(|| rpmvercmp(&self.version, &other.version))
            .then_with(|| match (&self.release, &other.release) {
                (None, None) => Ordering::Equal,
                (None, Some(_)) => Ordering::Less,
                (Some(_), None) => Ordering::Greater,
                (Some(a), Some(b)) => rpmvercmp(a, b),
            })
    }
}

eq_from_ord!(RpmVersion);

#[cfg(test)]
mod tests {
    use std::cmp::Ordering::*;

    use super::super::Scheme;

    fn cmp(a: &str, b: &str) -> std::cmp::Ordering {
        Scheme::Rpm.compare(a, b).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn tilde_caret_epoch() {
        assert_eq!(cmp("1.0~rc1", "1.0"), Less);
        assert_eq!(cmp("1.0^post", "1.0"), Greater);
        assert_eq!(cmp("1.0^post", "1.0.1"), Less);
        assert_eq!(cmp("1:1.0", "2.0"), Greater);
        assert_eq!(cmp("1.0-1.el8", "1.0-1.el8_1"), Less);
        assert_eq!(cmp("1.0a", "1.0.1"), Less);
        assert_eq!(cmp("1.0", "1.0-1"), Less);
        assert_eq!(cmp("1.0010", "1.10"), Equal);
    }
}
