//! Serde types for OSV schema 1.6 records, read leniently: unknown fields are dropped, optional
//! fields may be missing or `null`, and scalars that converters wrote as strings still read.

use std::fmt;
use std::path::Path;
use std::sync::OnceLock;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::OffsetDateTime;

use crate::error::{Result, VulnError};
use crate::osv::cvss::Rating;
use crate::osv::range::ParsedRanges;

/// An RFC 3339 instant as OSV writes `modified`, `published` and `withdrawn`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub OffsetDateTime);

impl Timestamp {
    /// Parses RFC 3339 (`2024-01-02T03:04:05.123Z`, `…+02:00`). A missing offset is read as
    /// UTC, since several converters drop the `Z`.
    pub fn parse(s: &str) -> std::result::Result<Self, String> {
        parse_rfc3339(s.trim()).map(Timestamp)
    }

    /// Nanoseconds since the Unix epoch, for the store's index.
    pub fn unix_nanos(&self) -> i128 {
        self.0.unix_timestamp_nanos()
    }

    /// The inverse of [`Timestamp::unix_nanos`].
    pub fn from_unix_nanos(n: i128) -> Option<Self> {
        OffsetDateTime::from_unix_timestamp_nanos(n)
            .ok()
            .map(Timestamp)
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self
            .0
            .format(&time::format_description::well_known::Rfc3339)
        {
            Ok(s) => f.write_str(&s),
            Err(_) => write!(f, "{}", self.0.unix_timestamp()),
        }
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Timestamp::parse(&s).map_err(serde::de::Error::custom)
    }
}

fn parse_rfc3339(s: &str) -> std::result::Result<OffsetDateTime, String> {
    let bad = |why: &str| format!("timestamp {s:?}: {why}");
    let b = s.as_bytes();
    let num = |from: usize, len: usize| -> std::result::Result<u32, String> {
        let part = b.get(from..from + len).ok_or_else(|| bad("too short"))?;
        if !part.iter().all(u8::is_ascii_digit) {
            return Err(bad("expected digits"));
        }
        Ok(part.iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0')))
    };
    let sep = |at: usize, want: &[u8]| -> std::result::Result<(), String> {
        match b.get(at) {
            Some(c) if want.contains(c) => Ok(()),
            _ => Err(bad("not RFC 3339")),
        }
    };
    let year = num(0, 4)?;
    sep(4, b"-")?;
    let month = num(5, 2)?;
    sep(7, b"-")?;
    let day = num(8, 2)?;
    sep(10, b"Tt ")?;
    let hour = num(11, 2)?;
    sep(13, b":")?;
    let minute = num(14, 2)?;
    sep(16, b":")?;
    let second = num(17, 2)?;
    let mut i = 19;
    let mut nanos = 0u32;
    if b.get(i) == Some(&b'.') {
        i += 1;
        let start = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            if i - start < 9 {
                nanos = nanos * 10 + u32::from(b[i] - b'0');
            }
            i += 1;
        }
        if i == start {
            return Err(bad("empty fraction"));
        }
        for _ in (i - start).min(9)..9 {
            nanos *= 10;
        }
    }
    let offset_secs: i32 = match b.get(i) {
        None => 0,
        Some(b'Z' | b'z') if i + 1 == b.len() => 0,
        Some(c @ (b'+' | b'-')) if i + 6 == b.len() => {
            sep(i + 3, b":")?;
            let h = num(i + 1, 2)? as i32;
            let m = num(i + 4, 2)? as i32;
            let v = h * 3600 + m * 60;
            if *c == b'-' { -v } else { v }
        }
        _ => return Err(bad("bad offset")),
    };
    let month = time::Month::try_from(month as u8).map_err(|e| bad(&e.to_string()))?;
    let date = time::Date::from_calendar_date(year as i32, month, day as u8)
        .map_err(|e| bad(&e.to_string()))?;
    // RFC 3339 allows a leap second; time does not, so it is folded into :59.
    let t = time::Time::from_hms_nano(hour as u8, minute as u8, second.min(59) as u8, nanos)
        .map_err(|e| bad(&e.to_string()))?;
    let off = time::UtcOffset::from_whole_seconds(offset_secs).map_err(|e| bad(&e.to_string()))?;
    Ok(date.with_time(t).assume_offset(off))
}

/// `null`, a missing field and an empty list all read as the default: converters from YAML
/// write `null` where the source had an empty key.
fn nullable<'de, D, T>(d: D) -> std::result::Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

/// One OSV record.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Advisory {
    pub id: String,
    pub modified: Timestamp,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdrawn: Option<Timestamp>,
    #[serde(
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub aliases: Vec<String>,
    #[serde(
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub related: Vec<String>,
    #[serde(
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub upstream: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
    #[serde(
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub severity: Vec<Severity>,
    #[serde(
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub affected: Vec<Affected>,
    #[serde(
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub references: Vec<Reference>,
    #[serde(
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub credits: Vec<Credit>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub database_specific: Option<serde_json::Value>,
}

/// A CVSS (or Ubuntu) severity statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Severity {
    #[serde(rename = "type")]
    pub kind: String,
    pub score: String,
}

/// The package an `affected` entry names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AffectedPackage {
    pub ecosystem: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purl: Option<String>,
}

/// One `affected` entry: a package and the versions or commits of it that are vulnerable.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Affected {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub package: Option<AffectedPackage>,
    #[serde(
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub severity: Vec<Severity>,
    #[serde(
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub ranges: Vec<Range>,
    #[serde(
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub versions: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ecosystem_specific: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub database_specific: Option<serde_json::Value>,
    /// Event versions parsed once, on first evaluation.
    #[serde(skip)]
    pub(crate) parsed: OnceLock<ParsedRanges>,
}

/// The kinds of range OSV defines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum RangeKind {
    #[serde(rename = "SEMVER")]
    Semver,
    #[serde(rename = "ECOSYSTEM")]
    Ecosystem,
    #[serde(rename = "GIT")]
    Git,
}

/// A range of affected versions or commits, as a list of events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Range {
    #[serde(rename = "type")]
    pub kind: RangeKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repo: Option<String>,
    #[serde(default, deserialize_with = "nullable")]
    pub events: Vec<Event>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub database_specific: Option<serde_json::Value>,
}

/// One range event; the schema allows exactly one of the four keys.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Event {
    Introduced(String),
    Fixed(String),
    LastAffected(String),
    Limit(String),
}

impl Event {
    /// The version or commit the event names.
    pub fn version(&self) -> &str {
        match self {
            Event::Introduced(v) | Event::Fixed(v) | Event::LastAffected(v) | Event::Limit(v) => v,
        }
    }
}

/// A reference link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reference {
    #[serde(rename = "type", default)]
    pub kind: String,
    pub url: String,
}

/// A credited person or organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Credit {
    pub name: String,
    #[serde(
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub contact: Vec<String>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

/// Largest single record accepted, serialised or as read.
pub const MAX_RECORD_BYTES: usize = 8 << 20;

impl Advisory {
    /// Parses one record from JSON bytes; `path` names the file in errors.
    pub fn from_json(bytes: &[u8], path: &Path) -> Result<Advisory> {
        if bytes.len() > MAX_RECORD_BYTES {
            return Err(VulnError::TooLarge {
                path: path.to_path_buf(),
                what: "an OSV record",
                size: bytes.len() as u64,
                limit: MAX_RECORD_BYTES as u64,
            });
        }
        serde_json::from_slice(bytes).map_err(|e| json_error(path, &e))
    }

    /// Parses one record from an already parsed JSON value (an element of a bundle).
    pub fn from_value(value: &serde_json::Value, path: &Path, at: &str) -> Result<Advisory> {
        Advisory::deserialize(value)
            .map_err(|e| VulnError::parse(path, at.to_string(), e.to_string()))
    }

    /// Whether the record was withdrawn (such records are stored but never matched).
    pub fn is_withdrawn(&self) -> bool {
        self.withdrawn.is_some()
    }

    /// The highest rating among the record's CVSS vectors (top-level and per `affected`), or,
    /// failing any, GHSA's `database_specific.severity` word.
    pub fn rating(&self) -> Option<Rating> {
        let vectors = self
            .severity
            .iter()
            .chain(self.affected.iter().flat_map(|a| a.severity.iter()));
        let best = vectors
            .filter_map(|s| crate::osv::cvss::score(&s.score).ok())
            .map(|c| c.rating)
            .max();
        best.or_else(|| {
            self.database_specific
                .as_ref()?
                .get("severity")?
                .as_str()?
                .parse()
                .ok()
        })
    }

    /// The highest CVSS base score among the record's vectors.
    pub fn base_score(&self) -> Option<f32> {
        self.severity
            .iter()
            .chain(self.affected.iter().flat_map(|a| a.severity.iter()))
            .filter_map(|s| crate::osv::cvss::score(&s.score).ok())
            .map(|c| c.base_score)
            .fold(None, |m: Option<f32>, s| Some(m.map_or(s, |m| m.max(s))))
    }
}

pub(crate) fn json_error(path: &Path, e: &serde_json::Error) -> VulnError {
    let full = e.to_string();
    // serde_json appends the position, which `at` already carries.
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let reason = full.strip_suffix(&suffix).unwrap_or(&full).to_string();
    VulnError::parse(
        path,
        format!("line {}, column {}", e.line(), e.column()),
        reason,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_parse_rfc3339_forms() {
        let a = Timestamp::parse("2021-03-04T05:06:07Z").unwrap();
        let b = Timestamp::parse("2021-03-04T07:06:07.000+02:00").unwrap();
        assert_eq!(a, b);
        let c = Timestamp::parse("2021-03-04T05:06:07.5Z").unwrap();
        assert!(c > a);
        assert_eq!(c.unix_nanos() - a.unix_nanos(), 500_000_000);
        assert!(Timestamp::parse("2021-13-04T05:06:07Z").is_err());
        assert!(Timestamp::parse("yesterday").is_err());
        assert_eq!(a.to_string(), "2021-03-04T05:06:07Z");
    }

    #[test]
    fn missing_required_fields_name_the_file() {
        let e = Advisory::from_json(br#"{"id":"X-1"}"#, Path::new("x.json")).unwrap_err();
        let msg = e.to_string();
        assert!(msg.contains("x.json") && msg.contains("modified"), "{msg}");
        let ok = Advisory::from_json(
            br#"{"id":"X-1","modified":"2021-01-01T00:00:00Z","aliases":null,"unknown":{"a":1},
               "affected":[{"package":{"ecosystem":"PyPI","name":"x"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"1.0"}]}]}],
               "database_specific":{"severity":"MODERATE"}}"#,
            Path::new("x.json"),
        )
        .unwrap();
        assert!(ok.aliases.is_empty());
        assert_eq!(ok.affected[0].ranges[0].events.len(), 2);
        assert_eq!(ok.rating(), Some(Rating::Medium));
    }
}
