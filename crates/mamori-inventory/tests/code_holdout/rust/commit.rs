use chrono::{DateTime, FixedOffset};

/// Author/committer line of a git commit (git calls this a "signature").
#[derive(Debug, Clone, PartialEq)]
pub struct Signature {
    pub name: String,
    pub email: String,
    pub when: DateTime<FixedOffset>,
}

impl Signature {
    pub fn parse(line: &str) -> Option<Self> {
        let (name, rest) = line.split_once(" <")?;
        let (email, ts) = rest.split_once("> ")?;
        let when = DateTime::parse_from_str(ts, "%s %z").ok()?;
        Some(Self { name: name.to_owned(), email: email.to_owned(), when })
    }
}

/// Object ids are SHA-1 today; we keep them as opaque hex strings.
pub type ObjectId = String;
