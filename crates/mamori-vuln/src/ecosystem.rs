//! OSV ecosystems: their names, their PURL types, how package names are normalised for matching,
//! and which version scheme orders their versions.

use std::fmt;

use crate::version::Scheme;

/// An OSV ecosystem without its release suffix (`Debian:12` is `Debian` with release `12`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Ecosystem {
    Npm,
    CratesIo,
    Go,
    PyPI,
    Maven,
    RubyGems,
    NuGet,
    Packagist,
    Hex,
    Pub,
    Hackage,
    Cran,
    SwiftUrl,
    ConanCenter,
    Bitnami,
    Debian,
    Ubuntu,
    Alpine,
    Wolfi,
    Chainguard,
    RedHat,
    RockyLinux,
    AlmaLinux,
    OpenSuse,
    Suse,
    /// Anything else OSV names; kept verbatim so its records still import and list.
    Other(String),
}

impl Ecosystem {
    /// Parses an OSV `package.ecosystem` value into the ecosystem and its release suffix
    /// (`"Alpine:v3.16"` → (`Alpine`, `Some("v3.16")`)). Names are matched exactly as OSV writes
    /// them, plus the lower-case spellings lockfile tools and PURLs use.
    pub fn parse_osv(value: &str) -> (Ecosystem, Option<String>) {
        let (base, release) = match value.split_once(':') {
            Some((b, r)) if !r.is_empty() => (b, Some(r.to_string())),
            Some((b, _)) => (b, None),
            None => (value, None),
        };
        let eco = match base {
            "npm" => Ecosystem::Npm,
            "crates.io" => Ecosystem::CratesIo,
            "Go" => Ecosystem::Go,
            "PyPI" => Ecosystem::PyPI,
            "Maven" => Ecosystem::Maven,
            "RubyGems" => Ecosystem::RubyGems,
            "NuGet" => Ecosystem::NuGet,
            "Packagist" => Ecosystem::Packagist,
            "Hex" => Ecosystem::Hex,
            "Pub" => Ecosystem::Pub,
            "Hackage" => Ecosystem::Hackage,
            "CRAN" => Ecosystem::Cran,
            "SwiftURL" => Ecosystem::SwiftUrl,
            "ConanCenter" => Ecosystem::ConanCenter,
            "Bitnami" => Ecosystem::Bitnami,
            "Debian" => Ecosystem::Debian,
            "Ubuntu" => Ecosystem::Ubuntu,
            "Alpine" => Ecosystem::Alpine,
            "Wolfi" => Ecosystem::Wolfi,
            "Chainguard" => Ecosystem::Chainguard,
            "Red Hat" => Ecosystem::RedHat,
            "Rocky Linux" => Ecosystem::RockyLinux,
            "AlmaLinux" => Ecosystem::AlmaLinux,
            "openSUSE" => Ecosystem::OpenSuse,
            "SUSE" => Ecosystem::Suse,
            _ => return (Ecosystem::Other(value.to_string()), None),
        };
        (eco, release)
    }

    /// The OSV spelling, without release.
    pub fn osv_name(&self) -> &str {
        match self {
            Ecosystem::Npm => "npm",
            Ecosystem::CratesIo => "crates.io",
            Ecosystem::Go => "Go",
            Ecosystem::PyPI => "PyPI",
            Ecosystem::Maven => "Maven",
            Ecosystem::RubyGems => "RubyGems",
            Ecosystem::NuGet => "NuGet",
            Ecosystem::Packagist => "Packagist",
            Ecosystem::Hex => "Hex",
            Ecosystem::Pub => "Pub",
            Ecosystem::Hackage => "Hackage",
            Ecosystem::Cran => "CRAN",
            Ecosystem::SwiftUrl => "SwiftURL",
            Ecosystem::ConanCenter => "ConanCenter",
            Ecosystem::Bitnami => "Bitnami",
            Ecosystem::Debian => "Debian",
            Ecosystem::Ubuntu => "Ubuntu",
            Ecosystem::Alpine => "Alpine",
            Ecosystem::Wolfi => "Wolfi",
            Ecosystem::Chainguard => "Chainguard",
            Ecosystem::RedHat => "Red Hat",
            Ecosystem::RockyLinux => "Rocky Linux",
            Ecosystem::AlmaLinux => "AlmaLinux",
            Ecosystem::OpenSuse => "openSUSE",
            Ecosystem::Suse => "SUSE",
            Ecosystem::Other(s) => s,
        }
    }

    /// The ecosystem of a PURL type (`pkg:cargo/…` → crates.io). For `deb`/`rpm`/`apk` the
    /// PURL namespace (the distribution) decides; pass it as `namespace`.
    pub fn from_purl_type(ty: &str, namespace: Option<&str>) -> Option<Ecosystem> {
        let ns = namespace.map(|n| n.to_ascii_lowercase());
        Some(match ty.to_ascii_lowercase().as_str() {
            "npm" => Ecosystem::Npm,
            "cargo" => Ecosystem::CratesIo,
            "golang" => Ecosystem::Go,
            "pypi" => Ecosystem::PyPI,
            "maven" => Ecosystem::Maven,
            "gem" => Ecosystem::RubyGems,
            "nuget" => Ecosystem::NuGet,
            "composer" => Ecosystem::Packagist,
            "hex" => Ecosystem::Hex,
            "pub" => Ecosystem::Pub,
            "hackage" => Ecosystem::Hackage,
            "cran" => Ecosystem::Cran,
            "swift" => Ecosystem::SwiftUrl,
            "conan" => Ecosystem::ConanCenter,
            "bitnami" => Ecosystem::Bitnami,
            "deb" => match ns.as_deref() {
                Some("ubuntu") => Ecosystem::Ubuntu,
                _ => Ecosystem::Debian,
            },
            "apk" => match ns.as_deref() {
                Some("wolfi") => Ecosystem::Wolfi,
                Some("chainguard") => Ecosystem::Chainguard,
                _ => Ecosystem::Alpine,
            },
            "rpm" => match ns.as_deref() {
                Some("rocky") | Some("rockylinux") => Ecosystem::RockyLinux,
                Some("almalinux") => Ecosystem::AlmaLinux,
                Some("opensuse") => Ecosystem::OpenSuse,
                Some("suse") | Some("sles") => Ecosystem::Suse,
                _ => Ecosystem::RedHat,
            },
            _ => return None,
        })
    }

    /// The PURL type of packages of this ecosystem.
    pub fn purl_type(&self) -> Option<&'static str> {
        Some(match self {
            Ecosystem::Npm => "npm",
            Ecosystem::CratesIo => "cargo",
            Ecosystem::Go => "golang",
            Ecosystem::PyPI => "pypi",
            Ecosystem::Maven => "maven",
            Ecosystem::RubyGems => "gem",
            Ecosystem::NuGet => "nuget",
            Ecosystem::Packagist => "composer",
            Ecosystem::Hex => "hex",
            Ecosystem::Pub => "pub",
            Ecosystem::Hackage => "hackage",
            Ecosystem::Cran => "cran",
            Ecosystem::SwiftUrl => "swift",
            Ecosystem::ConanCenter => "conan",
            Ecosystem::Bitnami => "bitnami",
            Ecosystem::Debian | Ecosystem::Ubuntu => "deb",
            Ecosystem::Alpine | Ecosystem::Wolfi | Ecosystem::Chainguard => "apk",
            Ecosystem::RedHat
            | Ecosystem::RockyLinux
            | Ecosystem::AlmaLinux
            | Ecosystem::OpenSuse
            | Ecosystem::Suse => "rpm",
            Ecosystem::Other(_) => return None,
        })
    }

    /// The version scheme OSV evaluates `ECOSYSTEM` ranges of this ecosystem with.
    pub fn scheme(&self) -> Scheme {
        match self {
            Ecosystem::Npm
            | Ecosystem::CratesIo
            | Ecosystem::Hex
            | Ecosystem::SwiftUrl
            | Ecosystem::Bitnami => Scheme::Semver,
            Ecosystem::Go => Scheme::Go,
            Ecosystem::PyPI => Scheme::Pypi,
            Ecosystem::Maven => Scheme::Maven,
            Ecosystem::RubyGems => Scheme::RubyGems,
            Ecosystem::NuGet => Scheme::NuGet,
            Ecosystem::Packagist => Scheme::Packagist,
            Ecosystem::Pub => Scheme::Pub,
            Ecosystem::Hackage => Scheme::Hackage,
            Ecosystem::Cran => Scheme::Cran,
            Ecosystem::Debian | Ecosystem::Ubuntu => Scheme::Debian,
            Ecosystem::Alpine | Ecosystem::Wolfi | Ecosystem::Chainguard => Scheme::Alpine,
            Ecosystem::RedHat
            | Ecosystem::RockyLinux
            | Ecosystem::AlmaLinux
            | Ecosystem::OpenSuse
            | Ecosystem::Suse => Scheme::Rpm,
            Ecosystem::ConanCenter | Ecosystem::Other(_) => Scheme::Generic,
        }
    }

    /// The key a package name is matched by: the same function runs on advisory names at import
    /// and on SBOM names at scan, so the two spellings meet.
    ///
    /// - PyPI: PEP 503 (lower case, runs of `-_.` become `-`).
    /// - Maven: `group:artifact`; a PURL-style `group/artifact` is rewritten.
    /// - NuGet, Packagist, Hackage, Pub: case-insensitive in their registries.
    /// - Go: module paths are case-sensitive and kept; a trailing `/` is dropped.
    /// - Others are kept as written.
    pub fn normalize_name(&self, name: &str) -> String {
        let name = name.trim();
        match self {
            Ecosystem::PyPI => {
                let mut out = String::with_capacity(name.len());
                let mut sep = false;
                for c in name.chars() {
                    if matches!(c, '-' | '_' | '.') {
                        sep = true;
                        continue;
                    }
                    if sep && !out.is_empty() {
                        out.push('-');
                    }
                    sep = false;
                    out.extend(c.to_lowercase());
                }
                out
            }
            Ecosystem::Maven => match name.split_once(':') {
                Some(_) => name.to_string(),
                None => name.replacen('/', ":", 1),
            },
            Ecosystem::NuGet | Ecosystem::Packagist | Ecosystem::Hackage | Ecosystem::Pub => {
                name.to_ascii_lowercase()
            }
            Ecosystem::Go => name.trim_end_matches('/').to_string(),
            _ => name.to_string(),
        }
    }

    /// Whether this is a Linux distribution, whose OSV records carry a release suffix.
    pub fn is_distro(&self) -> bool {
        matches!(
            self,
            Ecosystem::Debian
                | Ecosystem::Ubuntu
                | Ecosystem::Alpine
                | Ecosystem::RedHat
                | Ecosystem::RockyLinux
                | Ecosystem::AlmaLinux
                | Ecosystem::OpenSuse
                | Ecosystem::Suse
        )
    }
}

impl fmt::Display for Ecosystem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.osv_name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn osv_names_round_trip_and_releases_split() {
        for name in [
            "npm",
            "crates.io",
            "Go",
            "PyPI",
            "Maven",
            "Red Hat",
            "openSUSE",
            "CRAN",
        ] {
            let (eco, rel) = Ecosystem::parse_osv(name);
            assert_eq!(eco.osv_name(), name);
            assert_eq!(rel, None);
        }
        assert_eq!(
            Ecosystem::parse_osv("Alpine:v3.16"),
            (Ecosystem::Alpine, Some("v3.16".into()))
        );
        assert_eq!(
            Ecosystem::parse_osv("Ubuntu:Pro:14.04:LTS"),
            (Ecosystem::Ubuntu, Some("Pro:14.04:LTS".into()))
        );
        assert_eq!(
            Ecosystem::parse_osv("Root:Debian:12").0,
            Ecosystem::Other("Root:Debian:12".into())
        );
    }

    #[test]
    fn names_normalise_per_ecosystem() {
        assert_eq!(
            Ecosystem::PyPI.normalize_name("Django_REST.framework"),
            "django-rest-framework"
        );
        assert_eq!(Ecosystem::PyPI.normalize_name("a--b"), "a-b");
        assert_eq!(
            Ecosystem::Maven.normalize_name("org.apache/log4j"),
            "org.apache:log4j"
        );
        assert_eq!(
            Ecosystem::NuGet.normalize_name("Newtonsoft.Json"),
            "newtonsoft.json"
        );
        assert_eq!(
            Ecosystem::Go.normalize_name("github.com/A/b"),
            "github.com/A/b"
        );
    }
}
