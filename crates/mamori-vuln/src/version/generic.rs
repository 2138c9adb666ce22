//! The fallback order: runs of digits compare as numbers, runs of letters as text, and a
//! version that is a prefix of another is smaller (`1.2` < `1.2.1`).

use std::cmp::Ordering;

use super::num::Num;

#[derive(Debug, Clone)]
pub(crate) struct GenericVersion {
    parts: Vec<Part>,
}

/// Text sorts before numbers, so `1.0rc1` < `1.0.1`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Part {
    Text(Box<str>),
    Number(Num),
}

impl GenericVersion {
    pub(crate) fn parse(s: &str) -> Self {
        let mut parts = Vec::new();
        let s = s.trim();
        let mut rest = s;
        while let Some(c) = rest.chars().next() {
            if c.is_ascii_digit() {
                let end = rest
                    .find(|c: char| !c.is_ascii_digit())
                    .unwrap_or(rest.len());
                parts.push(Part::Number(Num::from_digits(&rest[..end])));
                rest = &rest[end..];
            } else if c.is_alphabetic() {
                let end = rest
                    .find(|c: char| !c.is_alphabetic())
                    .unwrap_or(rest.len());
                parts.push(Part::Text(rest[..end].to_lowercase().into()));
                rest = &rest[end..];
            } else {
                rest = &rest[c.len_utf8()..];
            }
        }
        GenericVersion { parts }
    }
}

impl Ord for GenericVersion {
    fn cmp(&self, other: &Self) -> Ordering {
        self.parts.cmp(&other.parts)
    }
}

eq_from_ord!(GenericVersion);

#[cfg(test)]
mod tests {
    use std::cmp::Ordering::*;

    use super::super::Scheme;

    #[test]
    fn numbers_and_words() {
        let cmp = |a, b| {
            Scheme::Generic
                .compare(a, b)
                .unwrap_or_else(|e| panic!("{e}"))
        };
        assert_eq!(cmp("1.2", "1.2.1"), Less);
        assert_eq!(cmp("1.10", "1.9"), Greater);
        assert_eq!(cmp("1.0-RC1", "1.0rc1"), Equal);
        assert_eq!(cmp("1.0rc1", "1.0.1"), Less);
    }
}
