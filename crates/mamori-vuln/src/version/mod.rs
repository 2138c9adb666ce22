//! Version orders, one per ecosystem family, each as the ecosystem's own tools compare.

use std::cmp::Ordering;

use crate::error::{Result, VulnError};

mod generic;

/// A version ordering.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Scheme {
    /// SemVer 2.0 (npm, crates.io, Hex, SwiftURL), leniently parsed as osv-scalibr does.
    Semver,
    /// Go modules: SemVer with a `v` prefix, pseudo-versions and `+incompatible`.
    Go,
    /// PEP 440.
    Pypi,
    /// Maven `ComparableVersion`.
    Maven,
    /// `Gem::Version`.
    RubyGems,
    /// NuGet's SemVer 2.0 with four-part versions.
    NuGet,
    /// PHP `version_compare` as Composer normalises it.
    Packagist,
    /// Dart's pub_semver.
    Pub,
    /// Haskell PVP: dot-separated numbers.
    Hackage,
    /// R's `package_version`.
    Cran,
    /// dpkg `--compare-versions`.
    Debian,
    /// apk-tools.
    Alpine,
    /// rpmvercmp with epoch and release.
    Rpm,
    /// Dot- and dash-separated numbers and words, for ecosystems without a scheme of their own.
    Generic,
}

impl Scheme {
    /// The name `mamori version compare --ecosystem` accepts for this scheme.
    pub fn name(self) -> &'static str {
        match self {
            Scheme::Semver => "semver",
            Scheme::Go => "go",
            Scheme::Pypi => "pypi",
            Scheme::Maven => "maven",
            Scheme::RubyGems => "rubygems",
            Scheme::NuGet => "nuget",
            Scheme::Packagist => "packagist",
            Scheme::Pub => "pub",
            Scheme::Hackage => "hackage",
            Scheme::Cran => "cran",
            Scheme::Debian => "debian",
            Scheme::Alpine => "alpine",
            Scheme::Rpm => "rpm",
            Scheme::Generic => "generic",
        }
    }

    /// Parses a version. Schemes that order any string (Debian, RPM, Maven, Generic) never fail;
    /// strict ones (PEP 440, SemVer) fail on what their tools reject.
    pub fn parse(self, s: &str) -> Result<Version> {
        let inner = match self {
            _ => Inner::Generic(generic::GenericVersion::parse(s)),
        };
        Ok(Version { inner })
    }

    /// Compares two versions of this scheme.
    pub fn compare(self, a: &str, b: &str) -> Result<Ordering> {
        Ok(self.parse(a)?.cmp(&self.parse(b)?))
    }

    pub(crate) fn invalid(self, version: &str, reason: impl Into<String>) -> VulnError {
        VulnError::Version {
            ecosystem: self.name().to_string(),
            version: version.to_string(),
            reason: reason.into(),
        }
    }
}

/// A parsed version. Versions of one scheme are totally ordered; versions of different schemes
/// order by scheme first (never useful, but never a panic).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    inner: Inner,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Inner {
    Generic(generic::GenericVersion),
}

impl Ord for Version {
    fn cmp(&self, other: &Self) -> Ordering {
        self.inner.cmp(&other.inner)
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
