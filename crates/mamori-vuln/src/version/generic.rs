//! The fallback order: runs of digits compare as numbers, runs of letters as text, and a
//! version that is a prefix of another is smaller (`1.2` < `1.2.1`).

use std::cmp::Ordering;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct GenericVersion {
    parts: Vec<Part>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Part {
    Number(u128),
    Text(String),
}

impl GenericVersion {
    pub(crate) fn parse(s: &str) -> Self {
        let mut parts = Vec::new();
        let mut chars = s.trim().chars().peekable();
        while let Some(&c) = chars.peek() {
            if c.is_ascii_digit() {
                let mut n: u128 = 0;
                while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    n = n
                        .saturating_mul(10)
                        .saturating_add(u128::from(d as u8 - b'0'));
                    chars.next();
                }
                parts.push(Part::Number(n));
            } else if c.is_alphabetic() {
                let mut t = String::new();
                while let Some(&d) = chars.peek().filter(|d| d.is_alphabetic()) {
                    t.extend(d.to_lowercase());
                    chars.next();
                }
                parts.push(Part::Text(t));
            } else {
                chars.next();
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

impl PartialOrd for GenericVersion {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
