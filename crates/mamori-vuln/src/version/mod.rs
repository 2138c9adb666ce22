//! Version orders, one per ecosystem family, each as the ecosystem's own tools compare.
//!
//! A version is parsed once into a form whose comparison needs no allocation: range evaluation
//! compares the same few bounds against many versions.

use std::cmp::Ordering;
use std::fmt;

use crate::error::{Result, VulnError};

/// Implements `PartialEq`, `Eq` and `PartialOrd` from `Ord`, so that equality is the ordering's
/// equality (`1.0` equals `1.0.0` in most schemes) and never a field-by-field one.
macro_rules! eq_from_ord {
    ($t:ty) => {
        impl PartialEq for $t {
            fn eq(&self, other: &Self) -> bool {
                self.cmp(other) == std::cmp::Ordering::Equal
            }
        }
        impl Eq for $t {}
        impl PartialOrd for $t {
            fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
                Some(self.cmp(other))
            }
        }
    };
}

mod alpine;
mod cran;
mod debian;
mod generic;
mod go;
mod hackage;
mod maven;
mod nuget;
mod num;
mod packagist;
mod pub_;
mod pypi;
mod rpm;
mod rubygems;
mod semver;

/// Longest version string a scheme accepts. Real versions are far shorter (the longest Debian
/// versions are around 100 bytes); the bound keeps parse cost and memory fixed per version.
/// Strict schemes reject longer input; schemes that order any string compare its first
/// `MAX_LEN` bytes, which keeps them total and consistent.
pub const MAX_LEN: usize = 256;

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

const ALL: [Scheme; 14] = [
    Scheme::Semver,
    Scheme::Go,
    Scheme::Pypi,
    Scheme::Maven,
    Scheme::RubyGems,
    Scheme::NuGet,
    Scheme::Packagist,
    Scheme::Pub,
    Scheme::Hackage,
    Scheme::Cran,
    Scheme::Debian,
    Scheme::Alpine,
    Scheme::Rpm,
    Scheme::Generic,
];

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

    /// Every scheme, in declaration order.
    pub fn all() -> &'static [Scheme] {
        &ALL
    }

    /// The scheme for a scheme name or an ecosystem alias (`npm`, `crates.io`, `golang`,
    /// `python`, `ubuntu`, `wolfi`, `rocky`, ...), case-insensitively. An OSV release suffix
    /// (`Debian:12`, `Alpine:v3.20`) is ignored.
    pub fn from_name(name: &str) -> Option<Scheme> {
        let lower = name.trim().to_ascii_lowercase();
        let base = lower.split(':').next().unwrap_or("").trim();
        let scheme = match base {
            "semver" | "npm" | "crates.io" | "cargo" | "crates" | "rust" | "hex" | "swifturl" => {
                Scheme::Semver
            }
            "go" | "golang" => Scheme::Go,
            "pypi" | "python" | "pep440" => Scheme::Pypi,
            "maven" | "gradle" => Scheme::Maven,
            "rubygems" | "ruby" | "gem" | "gems" => Scheme::RubyGems,
            "nuget" => Scheme::NuGet,
            "packagist" | "composer" | "php" => Scheme::Packagist,
            "pub" | "dart" => Scheme::Pub,
            "hackage" | "haskell" => Scheme::Hackage,
            "cran" | "r" => Scheme::Cran,
            "debian" | "dpkg" | "deb" | "ubuntu" => Scheme::Debian,
            "alpine" | "apk" | "wolfi" | "chainguard" | "minimos" => Scheme::Alpine,
            "rpm"
            | "redhat"
            | "red hat"
            | "rhel"
            | "rocky"
            | "rocky linux"
            | "almalinux"
            | "alma"
            | "suse"
            | "opensuse"
            | "suse linux enterprise"
            | "fedora"
            | "centos"
            | "mageia"
            | "openeuler" => Scheme::Rpm,
            "generic" => Scheme::Generic,
            _ => return None,
        };
        Some(scheme)
    }

    /// Parses a version. Schemes that order any string (Debian, RPM, Maven, Generic) never fail
    /// and compare only the first [`MAX_LEN`] bytes. The others fail with
    /// [`VulnError::Version`] on empty input, input over [`MAX_LEN`] bytes, and what they cannot
    /// read: SemVer, Go, NuGet and Pub without a leading number or with whitespace; PEP 440
    /// strings that are neither PEP 440 nor a plausible legacy version; Hackage and CRAN
    /// anything but numbers; RubyGems characters outside `[0-9A-Za-z.-]`.
    pub fn parse(self, s: &str) -> Result<Version> {
        let inner = match self {
            Scheme::Semver => Inner::Semver(semver::SemverVersion::parse(self, s)?),
            Scheme::Go => Inner::Go(go::GoVersion::parse(self, s)?),
            Scheme::Pypi => Inner::Pypi(pypi::PypiVersion::parse(self, s)?),
            Scheme::Maven => Inner::Maven(maven::MavenVersion::parse(truncate(s))),
            Scheme::RubyGems => Inner::RubyGems(rubygems::GemVersion::parse(self, s)?),
            Scheme::NuGet => Inner::NuGet(nuget::NuGetVersion::parse(self, s)?),
            Scheme::Packagist => Inner::Packagist(packagist::PackagistVersion::parse(self, s)?),
            Scheme::Pub => Inner::Pub(pub_::PubVersion::parse(self, s)?),
            Scheme::Hackage => Inner::Hackage(hackage::HackageVersion::parse(self, s)?),
            Scheme::Cran => Inner::Cran(cran::CranVersion::parse(self, s)?),
            Scheme::Debian => Inner::Debian(debian::DebianVersion::parse(truncate(s))),
            Scheme::Alpine => Inner::Alpine(alpine::AlpineVersion::parse(self, s)?),
            Scheme::Rpm => Inner::Rpm(rpm::RpmVersion::parse(truncate(s))),
            Scheme::Generic => Inner::Generic(generic::GenericVersion::parse(truncate(s))),
        };
        Ok(Version {
            original: s.into(),
            inner,
        })
    }

    /// Compares two versions of this scheme.
    pub fn compare(self, a: &str, b: &str) -> Result<Ordering> {
        Ok(self.parse(a)?.cmp(&self.parse(b)?))
    }

    pub(crate) fn invalid(self, version: &str, reason: impl Into<String>) -> VulnError {
        let mut shown = truncate(version).to_string();
        if shown.len() < version.len() {
            shown.push('…');
        }
        VulnError::Version {
            ecosystem: self.name().to_string(),
            version: shown,
            reason: reason.into(),
        }
    }

    /// The length check every strict scheme starts with.
    pub(crate) fn check_len(self, s: &str) -> Result<()> {
        if s.len() > MAX_LEN {
            return Err(self.invalid(s, format!("longer than {MAX_LEN} bytes")));
        }
        if s.trim().is_empty() {
            return Err(self.invalid(s, "empty version"));
        }
        Ok(())
    }
}

/// The first `MAX_LEN` bytes of `s`, cut on a character boundary.
fn truncate(s: &str) -> &str {
    if s.len() <= MAX_LEN {
        return s;
    }
    let mut end = MAX_LEN;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// A parsed version. Versions of one scheme are totally ordered; versions of different schemes
/// order by scheme first (never useful, but never a panic). Equality is the ordering's: `1.0` and
/// `1.0.0` are equal Maven versions though they print differently.
#[derive(Debug, Clone)]
pub struct Version {
    original: Box<str>,
    inner: Inner,
}

impl Version {
    /// The string this version was parsed from.
    pub fn as_str(&self) -> &str {
        &self.original
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.original)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Inner {
    Semver(semver::SemverVersion),
    Go(go::GoVersion),
    Pypi(pypi::PypiVersion),
    Maven(maven::MavenVersion),
    RubyGems(rubygems::GemVersion),
    NuGet(nuget::NuGetVersion),
    Packagist(packagist::PackagistVersion),
    Pub(pub_::PubVersion),
    Hackage(hackage::HackageVersion),
    Cran(cran::CranVersion),
    Debian(debian::DebianVersion),
    Alpine(alpine::AlpineVersion),
    Rpm(rpm::RpmVersion),
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

impl PartialEq for Version {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Version {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_aliases_resolve() {
        for &s in Scheme::all() {
            assert_eq!(Scheme::from_name(s.name()), Some(s));
            assert_eq!(Scheme::from_name(&s.name().to_uppercase()), Some(s));
        }
        assert_eq!(Scheme::all().len(), 14);
        for (alias, s) in [
            ("npm", Scheme::Semver),
            ("crates.io", Scheme::Semver),
            ("cargo", Scheme::Semver),
            ("hex", Scheme::Semver),
            ("golang", Scheme::Go),
            ("python", Scheme::Pypi),
            ("ruby", Scheme::RubyGems),
            ("gem", Scheme::RubyGems),
            ("composer", Scheme::Packagist),
            ("php", Scheme::Packagist),
            ("dart", Scheme::Pub),
            ("haskell", Scheme::Hackage),
            ("r", Scheme::Cran),
            ("dpkg", Scheme::Debian),
            ("ubuntu", Scheme::Debian),
            ("apk", Scheme::Alpine),
            ("wolfi", Scheme::Alpine),
            ("redhat", Scheme::Rpm),
            ("rocky", Scheme::Rpm),
            ("almalinux", Scheme::Rpm),
            ("suse", Scheme::Rpm),
            ("opensuse", Scheme::Rpm),
        ] {
            assert_eq!(Scheme::from_name(alias), Some(s), "{alias}");
        }
        assert_eq!(Scheme::from_name("Debian:12"), Some(Scheme::Debian));
        assert_eq!(Scheme::from_name("Alpine:v3.20"), Some(Scheme::Alpine));
        assert_eq!(Scheme::from_name("Red Hat"), Some(Scheme::Rpm));
        assert_eq!(Scheme::from_name("cobol"), None);
        assert_eq!(Scheme::from_name(":"), None);
    }

    #[test]
    fn display_is_the_original_string() {
        let v = Scheme::Maven
            .parse("1.0-SNAPSHOT")
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(v.to_string(), "1.0-SNAPSHOT");
        let a = Scheme::Maven.parse("1.0").unwrap_or_else(|e| panic!("{e}"));
        let b = Scheme::Maven
            .parse("1.0.0")
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(a, b);
        assert_ne!(a.to_string(), b.to_string());
    }

    #[test]
    fn lenient_schemes_never_fail_and_strict_ones_cap_length() {
        let huge = "9".repeat(10_000);
        for &s in Scheme::all() {
            let r = s.parse(&huge);
            match s {
                Scheme::Debian | Scheme::Rpm | Scheme::Maven | Scheme::Generic => {
                    assert!(r.is_ok(), "{}", s.name())
                }
                _ => assert!(
                    matches!(r, Err(VulnError::Version { .. })),
                    "{} accepted a 10k version",
                    s.name()
                ),
            }
        }
        for garbage in ["", " ", "\u{0}", "~~~", "::::", "1:", "-", "é", "1.0 beta"] {
            for &s in Scheme::all() {
                let _ = s.parse(garbage);
            }
            for s in [Scheme::Debian, Scheme::Rpm, Scheme::Maven, Scheme::Generic] {
                assert!(s.parse(garbage).is_ok(), "{} {garbage:?}", s.name());
            }
        }
    }
}
