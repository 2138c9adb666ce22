//! Whether a version is affected by an OSV `affected` entry, following the OSV schema's
//! evaluation pseudo-code: versions listed in `versions` match exactly; each SEMVER or
//! ECOSYSTEM range sorts its events by version (an `introduced` of `"0"` lowest), then walks
//! them, `introduced` opening, `fixed` (at or above) and `last_affected` (above) closing; a
//! version at or past every `limit` is outside the range. GIT ranges name commits, which only
//! [`Affected::affects_commit`] compares.

use std::cmp::Ordering;

use crate::ecosystem::Ecosystem;
use crate::error::{Result, VulnError};
use crate::osv::model::{Affected, Event, RangeKind};
use crate::version::{Scheme, Version};

/// Event versions of one `affected` entry, parsed once.
#[derive(Debug, Clone)]
pub(crate) struct ParsedRanges {
    ranges: Vec<ParsedRange>,
}

#[derive(Debug, Clone)]
struct ParsedRange {
    scheme: Scheme,
    /// Sorted by version; `None` is an `introduced: "0"`, below everything.
    events: Vec<(Kind, Option<Version>)>,
    limits: Vec<Version>,
    /// The first event version the scheme refused; evaluating the range reports it.
    error: Option<BadEvent>,
}

/// A refused event version, kept cloneable so parsed ranges can be cloned with the record.
#[derive(Debug, Clone)]
struct BadEvent(String);

impl BadEvent {
    fn from(e: VulnError) -> Self {
        BadEvent(e.to_string())
    }
    fn to_error(&self, scheme: Scheme) -> VulnError {
        VulnError::Version {
            ecosystem: scheme.name().to_string(),
            version: String::new(),
            reason: format!("advisory event: {}", self.0),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Introduced,
    Fixed,
    LastAffected,
}

impl Affected {
    /// The ecosystem named by `package.ecosystem`, with its release.
    pub fn ecosystem(&self) -> Option<(Ecosystem, Option<String>)> {
        self.package
            .as_ref()
            .map(|p| Ecosystem::parse_osv(&p.ecosystem))
    }

    fn scheme_for(&self, kind: RangeKind) -> Scheme {
        let eco = self.ecosystem().map(|(e, _)| e);
        match (kind, eco) {
            // Go's SEMVER ranges hold Go versions (pseudo-versions, `+incompatible`).
            (RangeKind::Semver, Some(Ecosystem::Go)) => Scheme::Go,
            (RangeKind::Semver, _) => Scheme::Semver,
            (_, Some(e)) => e.scheme(),
            (_, None) => Scheme::Generic,
        }
    }

    fn parsed(&self) -> &ParsedRanges {
        self.parsed.get_or_init(|| {
            let ranges = self
                .ranges
                .iter()
                .filter(|r| r.kind != RangeKind::Git)
                .map(|r| {
                    let scheme = self.scheme_for(r.kind);
                    let mut error = None;
                    let mut events = Vec::with_capacity(r.events.len());
                    let mut limits = Vec::new();
                    for e in &r.events {
                        let (kind, v) = match e {
                            Event::Introduced(v) => (Kind::Introduced, v),
                            Event::Fixed(v) => (Kind::Fixed, v),
                            Event::LastAffected(v) => (Kind::LastAffected, v),
                            Event::Limit(v) => {
                                if v != "*" {
                                    match scheme.parse(v) {
                                        Ok(p) => limits.push(p),
                                        Err(e) => {
                                            error.get_or_insert(BadEvent::from(e));
                                        }
                                    }
                                }
                                continue;
                            }
                        };
                        if kind == Kind::Introduced && v == "0" {
                            events.push((kind, None));
                            continue;
                        }
                        match scheme.parse(v) {
                            Ok(p) => events.push((kind, Some(p))),
                            Err(e) => {
                                error.get_or_insert(BadEvent::from(e));
                            }
                        }
                    }
                    // Stable, so equal versions keep the record's order.
                    events.sort_by(|a, b| match (&a.1, &b.1) {
                        (None, None) => Ordering::Equal,
                        (None, Some(_)) => Ordering::Less,
                        (Some(_), None) => Ordering::Greater,
                        (Some(x), Some(y)) => x.cmp(y),
                    });
                    ParsedRange {
                        scheme,
                        events,
                        limits,
                        error,
                    }
                })
                .collect();
            ParsedRanges { ranges }
        })
    }

    /// Whether `version` of this entry's package is affected. An exact match in `versions`
    /// counts; otherwise each SEMVER/ECOSYSTEM range is evaluated. A range with an event the
    /// ecosystem's scheme cannot parse is an error only when no other range says affected, so
    /// one odd event never hides a match elsewhere; the error names the bad version.
    pub fn affects(&self, version: &str) -> Result<bool> {
        let version = version.trim();
        if self.versions.iter().any(|v| v.trim() == version) {
            return Ok(true);
        }
        let parsed = self.parsed();
        let mut first_error = None;
        let mut cache: Vec<(Scheme, Result<Version>)> = Vec::new();
        for r in &parsed.ranges {
            let v = match cache.iter().find(|(s, _)| *s == r.scheme) {
                Some((_, v)) => v,
                None => {
                    cache.push((r.scheme, r.scheme.parse(version)));
                    &cache[cache.len() - 1].1
                }
            };
            let v = match v {
                Ok(v) => v,
                Err(e) => {
                    first_error.get_or_insert_with(|| clone_err(e));
                    continue;
                }
            };
            if r.affects(v) {
                return Ok(true);
            }
            if let Some(e) = &r.error {
                first_error.get_or_insert_with(|| e.to_error(r.scheme));
            }
        }
        match first_error {
            Some(e) => Err(e),
            None => Ok(false),
        }
    }

    /// Whether the commit `hash` is affected per this entry's GIT ranges. Without the
    /// repository's history only the commits the record names can be placed: an `introduced`
    /// or `last_affected` commit is affected, a `fixed` or `limit` commit is not, and any
    /// other commit is unknown, reported as not affected. Short hashes (7+ hex digits) match
    /// as prefixes.
    pub fn affects_commit(&self, hash: &str) -> bool {
        let hash = hash.trim().to_ascii_lowercase();
        if hash.len() < 7 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
            return false;
        }
        let same = |c: &str| {
            let c = c.trim().to_ascii_lowercase();
            c.len() >= 7 && (c.starts_with(&hash) || hash.starts_with(&c))
        };
        let mut affected = false;
        for r in self.ranges.iter().filter(|r| r.kind == RangeKind::Git) {
            for e in &r.events {
                match e {
                    Event::Fixed(c) | Event::Limit(c) if same(c) => return false,
                    Event::Introduced(c) | Event::LastAffected(c) if same(c) => affected = true,
                    _ => {}
                }
            }
        }
        affected || self.versions.iter().any(|v| same(v))
    }

    /// The `fixed` versions of this entry's SEMVER and ECOSYSTEM ranges, in the order given,
    /// without duplicates, for reporting.
    pub fn fixed_versions(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for r in self.ranges.iter().filter(|r| r.kind != RangeKind::Git) {
            for e in &r.events {
                if let Event::Fixed(v) = e
                    && !out.contains(v)
                {
                    out.push(v.clone());
                }
            }
        }
        out
    }
}

impl ParsedRange {
    fn affects(&self, v: &Version) -> bool {
        if !self.limits.is_empty() && !self.limits.iter().any(|l| v < l) {
            return false;
        }
        let mut affected = false;
        for (kind, at) in &self.events {
            match (kind, at) {
                (Kind::Introduced, None) => affected = true,
                (Kind::Introduced, Some(i)) if v >= i => affected = true,
                (Kind::Fixed, Some(f)) if v >= f => affected = false,
                (Kind::LastAffected, Some(l)) if v > l => affected = false,
                _ => {}
            }
        }
        affected
    }
}

fn clone_err(e: &VulnError) -> VulnError {
    match e {
        VulnError::Version {
            ecosystem,
            version,
            reason,
        } => VulnError::Version {
            ecosystem: ecosystem.clone(),
            version: version.clone(),
            reason: reason.clone(),
        },
        other => VulnError::Version {
            ecosystem: String::new(),
            version: String::new(),
            reason: other.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::osv::model::{AffectedPackage, Range};

    fn affected(eco: &str, kind: RangeKind, events: Vec<Event>, versions: &[&str]) -> Affected {
        Affected {
            package: Some(AffectedPackage {
                ecosystem: eco.into(),
                name: "p".into(),
                purl: None,
            }),
            severity: vec![],
            ranges: vec![Range {
                kind,
                repo: None,
                events,
                database_specific: None,
            }],
            versions: versions.iter().map(|s| s.to_string()).collect(),
            ecosystem_specific: None,
            database_specific: None,
            parsed: Default::default(),
        }
    }

    use Event::*;

    fn i(v: &str) -> Event {
        Introduced(v.into())
    }
    fn f(v: &str) -> Event {
        Fixed(v.into())
    }

    #[test]
    fn introduced_and_fixed() {
        let a = affected("npm", RangeKind::Semver, vec![i("1.0.0"), f("1.2.0")], &[]);
        assert!(!a.affects("0.9.0").unwrap());
        assert!(a.affects("1.0.0").unwrap());
        assert!(a.affects("1.1.9").unwrap());
        assert!(!a.affects("1.2.0").unwrap());
        assert!(!a.affects("2.0.0").unwrap());
    }

    #[test]
    fn introduced_zero_is_lowest_and_open_ended() {
        let a = affected("PyPI", RangeKind::Ecosystem, vec![i("0")], &[]);
        assert!(a.affects("0.0.1").unwrap());
        assert!(a.affects("99").unwrap());
    }

    #[test]
    fn unsorted_events_are_sorted_first() {
        // As in some PyPA records: the second interval listed first.
        let a = affected(
            "PyPI",
            RangeKind::Ecosystem,
            vec![i("5.0"), f("5.3"), i("4.0"), f("4.6.3")],
            &[],
        );
        let b = affected(
            "PyPI",
            RangeKind::Ecosystem,
            vec![f("5.3"), i("4.0"), f("4.6.3"), i("5.0")],
            &[],
        );
        for x in [&a, &b] {
            assert!(!x.affects("3.9").unwrap());
            assert!(x.affects("4.0").unwrap());
            assert!(x.affects("4.6.2").unwrap());
            assert!(!x.affects("4.6.3").unwrap());
            assert!(!x.affects("4.9").unwrap());
            assert!(x.affects("5.2.1").unwrap());
            assert!(!x.affects("5.3").unwrap());
        }
    }

    #[test]
    fn last_affected_is_inclusive() {
        let a = affected(
            "Maven",
            RangeKind::Ecosystem,
            vec![i("2.0"), LastAffected("2.4".into())],
            &[],
        );
        assert!(a.affects("2.4").unwrap());
        assert!(!a.affects("2.4.1").unwrap());
        assert!(!a.affects("1.9").unwrap());
    }

    #[test]
    fn limit_bounds_the_range() {
        let a = affected(
            "npm",
            RangeKind::Semver,
            vec![i("0"), Limit("3.0.0".into())],
            &[],
        );
        assert!(a.affects("2.9.9").unwrap());
        assert!(!a.affects("3.0.0").unwrap());
        let star = affected(
            "npm",
            RangeKind::Semver,
            vec![i("1.0.0"), Limit("*".into())],
            &[],
        );
        assert!(star.affects("9.0.0").unwrap());
    }

    #[test]
    fn versions_list_matches_exactly() {
        let a = affected("PyPI", RangeKind::Ecosystem, vec![], &["1.0", "1.1"]);
        assert!(a.affects("1.1").unwrap());
        assert!(!a.affects("1.2").unwrap());
    }

    #[test]
    fn git_ranges_match_commits_only() {
        let a = affected(
            "",
            RangeKind::Git,
            vec![
                i("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
                f("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"),
            ],
            &[],
        );
        assert!(a.affects_commit("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
        assert!(a.affects_commit("AAAAAAA"));
        assert!(!a.affects_commit("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"));
        assert!(!a.affects_commit("cccccccccccccccccccccccccccccccccccccccc"));
        assert!(!a.affects_commit("aaa"));
        // A GIT range never says anything about a version string.
        assert!(!a.affects("1.0").unwrap());
    }

    #[test]
    fn go_semver_ranges_use_the_go_scheme() {
        let a = affected("Go", RangeKind::Semver, vec![i("0"), f("1.2.3")], &[]);
        assert_eq!(a.scheme_for(RangeKind::Semver), Scheme::Go);
        let b = affected("npm", RangeKind::Semver, vec![], &[]);
        assert_eq!(b.scheme_for(RangeKind::Semver), Scheme::Semver);
        let c = affected("PyPI", RangeKind::Ecosystem, vec![], &[]);
        assert_eq!(c.scheme_for(RangeKind::Ecosystem), Scheme::Pypi);
        assert!(a.affects("1.2.2").unwrap());
        assert!(!a.affects("1.2.3").unwrap());
    }

    #[test]
    fn fixed_versions_are_listed_once() {
        let a = affected(
            "PyPI",
            RangeKind::Ecosystem,
            vec![i("1"), f("1.5"), i("2"), f("2.1"), f("1.5")],
            &[],
        );
        assert_eq!(a.fixed_versions(), vec!["1.5", "2.1"]);
    }
}
