//! Go module versions: SemVer with a `v` prefix. Pseudo-versions
//! (`v0.0.0-20191109021931-daa7c04131f5`, `v1.2.4-0.20191109021931-daa7c04131f5`) are
//! pre-releases whose first identifiers are a timestamp, so plain SemVer precedence orders them
//! by commit time, as the go command does; `+incompatible` is build metadata and ignored.

use std::cmp::Ordering;

use super::Scheme;
use super::semver::SemverVersion;
use crate::error::Result;

#[derive(Debug, Clone)]
pub(crate) struct GoVersion(SemverVersion);

impl GoVersion {
    pub(crate) fn parse(scheme: Scheme, s: &str) -> Result<Self> {
        SemverVersion::parse(scheme, s).map(GoVersion)
    }
}

impl Ord for GoVersion {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.cmp(&other.0)
    }
}

eq_from_ord!(GoVersion);

#[cfg(test)]
mod tests {
    use std::cmp::Ordering::*;

    use super::super::Scheme;

    fn cmp(a: &str, b: &str) -> std::cmp::Ordering {
        Scheme::Go.compare(a, b).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn pseudo_versions_and_incompatible() {
        let p1 = "v0.0.0-20191109021931-daa7c04131f5";
        let p2 = "v0.0.0-20200101000000-aaaaaaaaaaaa";
        assert_eq!(cmp(p1, p2), Less);
        assert_eq!(cmp(p2, "v0.0.1"), Less);
        assert_eq!(cmp(p1, "v0.0.0"), Less);
        // A pseudo-version after v1.2.3 sorts above v1.2.3 and below v1.2.4.
        let after = "v1.2.4-0.20191109021931-daa7c04131f5";
        assert_eq!(cmp("v1.2.3", after), Less);
        assert_eq!(cmp(after, "v1.2.4"), Less);
        assert_eq!(cmp(after, "v1.2.4-pre"), Less);
        assert_eq!(cmp("v2.0.0+incompatible", "v2.0.0"), Equal);
        assert_eq!(cmp("v2.0.1+incompatible", "v2.0.0"), Greater);
    }
}
