//! PEP 440 as Python's `packaging` orders it: `[N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local]`,
//! with packaging's normalisation (case, a leading `v`, `alpha`/`beta`/`c`/`pre`/`preview`
//! spellings, `-`, `_` and `.` separators, `1.0-1` as a post-release, implicit numbers).
//!
//! Strings that are not PEP 440 but look like versions (`0.9-doduo`, found in old PyPI
//! releases and in advisories) are ordered as packaging's `LegacyVersion` did before it was
//! removed: below every PEP 440 version, by setuptools' legacy key. Strings with whitespace,
//! control or non-ASCII characters, or no letter or digit at all, are errors.

use super::Scheme;
use super::num::{Num, take_while};
use crate::error::Result;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum PypiVersion {
    /// setuptools' legacy key; every legacy version sorts below every PEP 440 one.
    Legacy(Vec<Box<str>>),
    Pep440(Pep440),
}

/// Fields in packaging's `_cmpkey` order, so the derived order is packaging's.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Pep440 {
    epoch: Num,
    /// Trailing zeros dropped, so `1.0` = `1`.
    release: Vec<Num>,
    pre: Pre,
    post: Option<Num>,
    dev: Dev,
    local: Option<Vec<Local>>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Pre {
    /// A dev release of a final release (`1.0.dev1`) sorts before its pre-releases.
    BeforeAll,
    /// Phase (a = 0, b = 1, rc = 2) and number.
    Phase(u8, Num),
    /// No pre-release.
    None,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Dev {
    Dev(Num),
    /// No dev segment sorts after any dev release.
    None,
}

/// Local segments: words sort before numbers.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Local {
    Word(Box<str>),
    Num(Num),
}

fn is_sep(c: u8) -> bool {
    matches!(c, b'-' | b'_' | b'.')
}

struct Cursor<'a> {
    s: &'a [u8],
}

impl Cursor<'_> {
    fn eat(&mut self, c: u8) -> bool {
        if self.s.first() == Some(&c) {
            self.s = &self.s[1..];
            true
        } else {
            false
        }
    }

    fn eat_sep(&mut self) -> bool {
        if self.s.first().is_some_and(|&c| is_sep(c)) {
            self.s = &self.s[1..];
            true
        } else {
            false
        }
    }

    fn digits(&mut self) -> Option<Num> {
        let (d, rest) = take_while(self.s, |c| c.is_ascii_digit());
        if d.is_empty() {
            return None;
        }
        self.s = rest;
        Some(Num::from_digits(std::str::from_utf8(d).unwrap_or("")))
    }

    fn word(&mut self, words: &[&str]) -> Option<usize> {
        let i = words
            .iter()
            .position(|w| self.s.starts_with(w.as_bytes()))?;
        self.s = &self.s[words[i].len()..];
        Some(i)
    }

    /// The number after a pre/post/dev word: an optional separator and digits, or implicitly
    /// 0. A separator with no digits after it is allowed and eaten, as packaging's regex does.
    fn word_number(&mut self) -> Num {
        let save = self.s;
        self.eat_sep();
        if let Some(n) = self.digits() {
            return n;
        }
        self.s = save;
        self.eat_sep();
        Num::ZERO
    }
}

fn parse_pep440(s: &str) -> Option<Pep440> {
    let mut c = Cursor { s: s.as_bytes() };
    c.eat(b'v');
    let save = c.s;
    let epoch = match c.digits() {
        Some(n) if c.eat(b'!') => n,
        _ => {
            c.s = save;
            Num::ZERO
        }
    };
    let mut release = vec![c.digits()?];
    while c.s.first() == Some(&b'.') && c.s.get(1).is_some_and(u8::is_ascii_digit) {
        c.eat(b'.');
        release.push(c.digits()?);
    }
    while release.last().is_some_and(Num::is_zero) {
        release.pop();
    }

    let save = c.s;
    c.eat_sep();
    const PRE: [&str; 8] = ["alpha", "beta", "preview", "pre", "rc", "a", "b", "c"];
    let pre = match c.word(&PRE) {
        Some(i) => {
            let phase = match PRE[i] {
                "alpha" | "a" => 0,
                "beta" | "b" => 1,
                _ => 2,
            };
            Some((phase, c.word_number()))
        }
        None => {
            c.s = save;
            None
        }
    };

    let save = c.s;
    let mut post = None;
    if c.eat(b'-') {
        post = c.digits();
    }
    if post.is_none() {
        c.s = save;
        c.eat_sep();
        if c.word(&["post", "rev", "r"]).is_some() {
            post = Some(c.word_number());
        } else {
            c.s = save;
        }
    }

    let save = c.s;
    c.eat_sep();
    let dev = if c.word(&["dev"]).is_some() {
        Some(c.word_number())
    } else {
        c.s = save;
        None
    };

    let local = if c.eat(b'+') {
        let mut parts = Vec::new();
        loop {
            let (part, rest) = take_while(c.s, |b| b.is_ascii_alphanumeric());
            if part.is_empty() {
                return None;
            }
            c.s = rest;
            let text = std::str::from_utf8(part).unwrap_or("");
            parts.push(match Num::parse(text) {
                Some(n) => Local::Num(n),
                None => Local::Word(text.into()),
            });
            if !c.eat_sep() {
                break;
            }
        }
        Some(parts)
    } else {
        None
    };
    if !c.s.is_empty() {
        return None;
    }

    let pre = match (pre, &post, &dev) {
        (None, None, Some(_)) => Pre::BeforeAll,
        (None, _, _) => Pre::None,
        (Some((phase, n)), _, _) => Pre::Phase(phase, n),
    };
    Some(Pep440 {
        epoch,
        release,
        pre,
        post,
        dev: dev.map_or(Dev::None, Dev::Dev),
        local,
    })
}

/// setuptools' legacy key (`packaging.version._legacy_cmpkey`).
fn legacy_key(s: &str) -> Vec<Box<str>> {
    let mut raw: Vec<String> = Vec::new();
    let mut rest = s.as_bytes();
    let mut other = String::new();
    while let Some(&c) = rest.first() {
        let (tok, after) = if c.is_ascii_digit() {
            take_while(rest, |b| b.is_ascii_digit())
        } else if c.is_ascii_lowercase() {
            take_while(rest, |b| b.is_ascii_lowercase())
        } else if c == b'.' || c == b'-' {
            rest.split_at(1)
        } else {
            other.push(char::from(c));
            rest = &rest[1..];
            continue;
        };
        if !other.is_empty() {
            raw.push(std::mem::take(&mut other));
        }
        raw.push(String::from_utf8_lossy(tok).into_owned());
        rest = after;
    }
    if !other.is_empty() {
        raw.push(other);
    }

    let mut parts: Vec<String> = Vec::new();
    let mapped = raw.into_iter().filter_map(|p| {
        let p = match p.as_str() {
            "pre" | "preview" | "rc" => "c".to_string(),
            "-" => "final-".to_string(),
            "dev" => "@".to_string(),
            _ => p,
        };
        if p.is_empty() || p == "." {
            None
        } else if p.as_bytes()[0].is_ascii_digit() {
            Some(format!("{p:0>8}"))
        } else {
            Some(format!("*{p}"))
        }
    });
    for part in mapped.chain(std::iter::once("*final".to_string())) {
        if part.starts_with('*') {
            if part.as_str() < "*final" {
                while parts.last().is_some_and(|p| p == "*final-") {
                    parts.pop();
                }
            }
            while parts.last().is_some_and(|p| p == "00000000") {
                parts.pop();
            }
        }
        parts.push(part);
    }
    parts.into_iter().map(String::into_boxed_str).collect()
}

impl PypiVersion {
    pub(crate) fn parse(scheme: Scheme, s: &str) -> Result<Self> {
        scheme.check_len(s)?;
        let lower = s.trim().to_ascii_lowercase();
        if let Some(v) = parse_pep440(&lower) {
            return Ok(PypiVersion::Pep440(v));
        }
        if !lower.bytes().all(|b| b.is_ascii_graphic())
            || !lower.bytes().any(|b| b.is_ascii_alphanumeric())
        {
            return Err(scheme.invalid(s, "not a PEP 440 version"));
        }
        Ok(PypiVersion::Legacy(legacy_key(&lower)))
    }

    #[cfg(test)]
    fn is_legacy(&self) -> bool {
        matches!(self, PypiVersion::Legacy(_))
    }
}

#[cfg(test)]
mod tests {
    use std::cmp::Ordering::*;

    use super::super::Scheme;
    use super::*;

    fn cmp(a: &str, b: &str) -> std::cmp::Ordering {
        Scheme::Pypi.compare(a, b).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn pep440_order() {
        let ordered = [
            "1.0.dev0",
            "1.0a1.dev1",
            "1.0a1",
            "1.0a2.post1",
            "1.0b1",
            "1.0rc1",
            "1.0",
            "1.0+abc",
            "1.0+abc.1",
            "1.0+1",
            "1.0.post1.dev1",
            "1.0.post1",
            "1.0.1",
            "1!0.1",
        ];
        for w in ordered.windows(2) {
            assert_eq!(cmp(w[0], w[1]), Less, "{} < {}", w[0], w[1]);
        }
    }

    #[test]
    fn normalisation() {
        for (a, b) in [
            ("1.0RC1", "1.0rc1"),
            ("1.0-1", "1.0.post1"),
            ("1.0-post", "1.0.post0"),
            ("1.0.c1", "1.0rc1"),
            ("1.0preview2", "1.0rc2"),
            ("v1.0", "1.0.0"),
            ("1.0-alpha.1", "1.0a1"),
            ("1.0.rev3", "1.0.post3"),
            ("1.0_DEV_2", "1.0.dev2"),
            ("0!1.0", "1.0"),
            ("1.0+Ubuntu-1", "1.0+ubuntu.1"),
            (" 1.0 ", "1.0"),
        ] {
            assert_eq!(cmp(a, b), Equal, "{a} = {b}");
        }
    }

    #[test]
    fn legacy_and_errors() {
        let legacy = |s| PypiVersion::parse(Scheme::Pypi, s).map(|v| v.is_legacy());
        assert!(matches!(legacy("1.0.0"), Ok(false)));
        assert!(matches!(legacy("0.9-doduo"), Ok(true)));
        assert!(matches!(legacy("1.0+"), Ok(true)));
        assert_eq!(cmp("0.9-doduo", "0.0.1"), Less);
        for bad in ["", "   ", "1.0 beta", "!!!", "ü1.0"] {
            assert!(Scheme::Pypi.parse(bad).is_err(), "{bad:?}");
        }
    }
}
