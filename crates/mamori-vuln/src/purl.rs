//! Package URLs (`pkg:type/namespace/name@version?qualifiers#subpath`), as SBOMs name packages.
//!
//! Parsing follows the package-url specification: the scheme and type are case-insensitive,
//! every component is percent-decoded, and a few types normalise their names (PyPI, GitHub,
//! Bitbucket, Debian, Alpine, Composer, Hex). [`Purl::identity`] turns a PURL into the
//! (ecosystem, release, name, version) that OSV advisories are indexed by.

use std::collections::BTreeMap;
use std::fmt;

use crate::ecosystem::Ecosystem;

/// Longest PURL accepted; real ones are well under 1 KiB, and the limit bounds work on
/// adversarial SBOMs.
pub const MAX_PURL_LEN: usize = 64 * 1024;

/// A parsed package URL, components percent-decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Purl {
    /// Lower case.
    pub ty: String,
    /// Segments joined by `/`, decoded.
    pub namespace: Option<String>,
    pub name: String,
    pub version: Option<String>,
    /// Keys lower case; empty values are dropped as the spec says.
    pub qualifiers: BTreeMap<String, String>,
    pub subpath: Option<String>,
}

/// What [`Purl::identity`] returns: the OSV ecosystem, the distribution release (for distro
/// packages), the name as OSV names packages, and the version.
pub type PurlIdentity = (Ecosystem, Option<String>, String, Option<String>);

impl Purl {
    /// Parses a PURL; the error says what is wrong with it.
    pub fn parse(input: &str) -> Result<Purl, String> {
        if input.len() > MAX_PURL_LEN {
            return Err(format!("PURL is {} bytes long", input.len()));
        }
        let input = input.trim();
        let rest = match input.split_once(':') {
            Some((scheme, rest)) if scheme.eq_ignore_ascii_case("pkg") => rest,
            _ => return Err("does not start with the scheme `pkg:`".into()),
        };
        // The subpath and qualifiers are split from the right first: a `#` or `?` may not
        // appear undecoded anywhere else.
        let (rest, subpath) = match rest.rsplit_once('#') {
            Some((r, s)) => (r, parse_subpath(s)?),
            None => (rest, None),
        };
        let (rest, qualifiers) = match rest.rsplit_once('?') {
            Some((r, q)) => (r, parse_qualifiers(q)?),
            None => (rest, BTreeMap::new()),
        };
        let rest = rest.trim_matches('/');
        let (ty, rest) = rest
            .split_once('/')
            .ok_or_else(|| "has no type, or no name after the type".to_string())?;
        let ty = ty.to_ascii_lowercase();
        validate_type(&ty)?;
        // An `@` before the last `/` belongs to an npm scope (`@angular/core`), not a version.
        let last_slash = rest.rfind('/').map_or(0, |i| i + 1);
        let (rest, version) = match rest[last_slash..].rfind('@') {
            Some(at) => {
                let at = last_slash + at;
                let v = decode(&rest[at + 1..], "version")?;
                (&rest[..at], if v.is_empty() { None } else { Some(v) })
            }
            None => (rest, None),
        };
        let rest = rest.trim_end_matches('/');
        let (ns, name) = match rest.rsplit_once('/') {
            Some((ns, name)) => (Some(ns), name),
            None => (None, rest),
        };
        let mut name = decode(name, "name")?;
        if name.is_empty() {
            return Err("has no name".into());
        }
        let mut namespace = match ns {
            Some(ns) => {
                let mut segs = Vec::new();
                for seg in ns.split('/').filter(|s| !s.is_empty()) {
                    let seg = decode(seg, "namespace")?;
                    if seg.contains('/') {
                        return Err("a namespace segment contains an encoded `/`".into());
                    }
                    segs.push(seg);
                }
                if segs.is_empty() {
                    None
                } else {
                    Some(segs.join("/"))
                }
            }
            None => None,
        };
        let mut version = version;
        match ty.as_str() {
            "bitbucket" | "github" | "deb" | "apk" | "composer" | "hex" | "alpm" | "qpkg" => {
                name = name.to_lowercase();
                namespace = namespace.map(|n| n.to_lowercase());
            }
            "pypi" => {
                name = name.to_lowercase().replace('_', "-");
            }
            "rpm" | "bitnami" => namespace = namespace.map(|n| n.to_lowercase()),
            "huggingface" => version = version.map(|v| v.to_lowercase()),
            _ => {}
        }
        match ty.as_str() {
            "maven" | "swift" | "composer" if namespace.is_none() => {
                return Err(format!("a `{ty}` PURL needs a namespace"));
            }
            "swift" | "cran" if version.is_none() => {
                return Err(format!("a `{ty}` PURL needs a version"));
            }
            "conan" if namespace.is_some() != qualifiers.contains_key("channel") => {
                return Err("a `conan` PURL has a namespace exactly when it has a channel".into());
            }
            _ => {}
        }
        Ok(Purl {
            ty,
            namespace,
            name,
            version,
            qualifiers,
            subpath,
        })
    }

    /// The package as OSV names it, or `None` for a PURL type no OSV ecosystem covers
    /// (`generic`, `docker`, `github`, `k8s`, …).
    ///
    /// Names: Maven `group:artifact`, Go `namespace/name` (the module path), npm `@scope/name`,
    /// Packagist `vendor/name`, Swift `github.com/owner/name`; distro packages by their binary
    /// name, with the release taken from the `distro` qualifier (`debian-12`, `bookworm` → `12`;
    /// `alpine-3.18.4` → `v3.18`). RPM versions gain the `epoch` qualifier as `epoch:version`,
    /// which is how RPM advisories spell them.
    pub fn identity(&self) -> Option<PurlIdentity> {
        let eco = Ecosystem::from_purl_type(&self.ty, self.namespace.as_deref())?;
        let name = match (&eco, &self.namespace) {
            (Ecosystem::Maven, Some(ns)) => format!("{ns}:{}", self.name),
            (
                Ecosystem::Go | Ecosystem::Npm | Ecosystem::Packagist | Ecosystem::SwiftUrl,
                Some(ns),
            ) => format!("{ns}/{}", self.name),
            _ => self.name.clone(),
        };
        let mut version = self.version.clone();
        if self.ty == "rpm"
            && let (Some(v), Some(epoch)) = (&version, self.qualifiers.get("epoch"))
            && epoch != "0"
            && !v.contains(':')
        {
            version = Some(format!("{epoch}:{v}"));
        }
        let release = self
            .qualifiers
            .get("distro")
            .and_then(|d| distro_release(&eco, d));
        Some((eco, release, name, version))
    }

    /// The source package a binary distro package was built from, when the PURL says so
    /// (`upstream` qualifier, as syft writes it; a trailing `@version` is dropped).
    pub fn source_name(&self) -> Option<String> {
        let up = self
            .qualifiers
            .get("upstream")
            .or_else(|| self.qualifiers.get("source"))?;
        let name = up.split(['@', ' ']).next().unwrap_or(up).trim();
        (!name.is_empty() && name != self.name).then(|| name.to_string())
    }
}

/// The OSV release suffix of a PURL `distro` qualifier for this ecosystem.
fn distro_release(eco: &Ecosystem, distro: &str) -> Option<String> {
    let distro = distro.trim().to_ascii_lowercase();
    // `debian-12.4`, `alpine-3.18.4`, `ubuntu-22.04`; a bare version or codename also occurs.
    let tail = match distro.rsplit_once('-') {
        Some((_, t)) if t.starts_with(|c: char| c.is_ascii_digit()) => t,
        _ => distro.as_str(),
    };
    let numeric = tail.starts_with(|c: char| c.is_ascii_digit());
    match eco {
        Ecosystem::Debian => {
            if numeric {
                Some(tail.split('.').next().unwrap_or(tail).to_string())
            } else {
                debian_codename(tail).map(str::to_string)
            }
        }
        Ecosystem::Ubuntu => {
            if numeric {
                let mut parts = tail.split('.');
                match (parts.next(), parts.next()) {
                    (Some(a), Some(b)) => Some(format!("{a}.{b}")),
                    _ => Some(tail.to_string()),
                }
            } else {
                None
            }
        }
        Ecosystem::Alpine => {
            let v = tail.trim_start_matches('v');
            let mut parts = v.split('.');
            match (parts.next(), parts.next()) {
                (Some(a), Some(b)) if v.starts_with(|c: char| c.is_ascii_digit()) => {
                    Some(format!("v{a}.{b}"))
                }
                _ => None,
            }
        }
        Ecosystem::RockyLinux | Ecosystem::AlmaLinux if numeric => {
            Some(tail.split('.').next().unwrap_or(tail).to_string())
        }
        _ => None,
    }
}

fn debian_codename(name: &str) -> Option<&'static str> {
    Some(match name {
        "wheezy" => "7",
        "jessie" => "8",
        "stretch" => "9",
        "buster" => "10",
        "bullseye" => "11",
        "bookworm" => "12",
        "trixie" => "13",
        "forky" => "14",
        _ => return None,
    })
}

fn validate_type(ty: &str) -> Result<(), String> {
    if ty.is_empty() {
        return Err("has an empty type".into());
    }
    if ty.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(format!("type {ty:?} starts with a digit"));
    }
    if let Some(c) = ty
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '+' | '-')))
    {
        return Err(format!("type {ty:?} contains {c:?}"));
    }
    Ok(())
}

fn parse_qualifiers(q: &str) -> Result<BTreeMap<String, String>, String> {
    let mut out = BTreeMap::new();
    for pair in q.split('&').filter(|p| !p.is_empty()) {
        let Some((k, v)) = pair.split_once('=') else {
            return Err(format!("qualifier {pair:?} has no `=`"));
        };
        let k = k.to_ascii_lowercase();
        if k.is_empty()
            || k.starts_with(|c: char| c.is_ascii_digit())
            || !k
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
        {
            return Err(format!("qualifier key {k:?} is not a valid key"));
        }
        let v = decode(v, "qualifier value")?;
        if v.is_empty() {
            continue;
        }
        if out.insert(k.clone(), v).is_some() {
            return Err(format!("qualifier {k:?} appears twice"));
        }
    }
    Ok(out)
}

fn parse_subpath(s: &str) -> Result<Option<String>, String> {
    let mut segs = Vec::new();
    for seg in s.split('/') {
        // Judged after decoding, so `%2E%2E` cannot smuggle a `..` in.
        let seg = decode(seg, "subpath")?;
        if seg.is_empty() || seg == "." || seg == ".." {
            continue;
        }
        if seg.contains('/') {
            return Err("a subpath segment contains an encoded `/`".into());
        }
        segs.push(seg);
    }
    Ok(if segs.is_empty() {
        None
    } else {
        Some(segs.join("/"))
    })
}

/// Percent-decodes one component; a malformed escape or invalid UTF-8 is an error naming it.
fn decode(s: &str, what: &str) -> Result<String, String> {
    if !s.contains('%') {
        return Ok(s.to_string());
    }
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = b
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok())
                .and_then(|h| u8::from_str_radix(h, 16).ok())
                .ok_or_else(|| format!("{what} has a malformed percent escape"))?;
            out.push(hex);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| format!("{what} decodes to invalid UTF-8"))
}

/// Percent-encodes all but unreserved characters and those in `keep`.
fn encode(s: &str, keep: &[u8], f: &mut fmt::Formatter<'_>) -> fmt::Result {
    for &c in s.as_bytes() {
        if c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-' | b'_' | b'~') || keep.contains(&c)
        {
            write!(f, "{}", c as char)?;
        } else {
            write!(f, "%{c:02X}")?;
        }
    }
    Ok(())
}

impl fmt::Display for Purl {
    /// The canonical form: lower-case type, qualifiers sorted by key, components encoded.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "pkg:{}/", self.ty)?;
        if let Some(ns) = &self.namespace {
            for seg in ns.split('/') {
                encode(seg, b"", f)?;
                f.write_str("/")?;
            }
        }
        encode(&self.name, b"", f)?;
        if let Some(v) = &self.version {
            f.write_str("@")?;
            encode(v, b":+", f)?;
        }
        for (i, (k, v)) in self.qualifiers.iter().enumerate() {
            f.write_str(if i == 0 { "?" } else { "&" })?;
            write!(f, "{k}=")?;
            encode(v, b":/+", f)?;
        }
        if let Some(sp) = &self.subpath {
            f.write_str("#")?;
            for (i, seg) in sp.split('/').enumerate() {
                if i > 0 {
                    f.write_str("/")?;
                }
                encode(seg, b"", f)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Q<'a> = &'a [(&'a str, &'a str)];

    /// Modelled on package-url/purl-spec `test-suite-data.json`: input, canonical form (None
    /// when invalid), then the expected components.
    #[allow(clippy::type_complexity)]
    const CASES: &[(
        &str,
        Option<&str>,
        &str,
        Option<&str>,
        &str,
        Option<&str>,
        Q,
        Option<&str>,
    )] = &[
        (
            "pkg:maven/org.apache.commons/io@1.3.4",
            Some("pkg:maven/org.apache.commons/io@1.3.4"),
            "maven",
            Some("org.apache.commons"),
            "io",
            Some("1.3.4"),
            &[],
            None,
        ),
        (
            "pkg:GOLANG/google.golang.org/genproto@abcdedf#/googleapis/api/annotations/",
            Some("pkg:golang/google.golang.org/genproto@abcdedf#googleapis/api/annotations"),
            "golang",
            Some("google.golang.org"),
            "genproto",
            Some("abcdedf"),
            &[],
            Some("googleapis/api/annotations"),
        ),
        (
            "pkg:github/Package-url/purl-Spec@244fd47e07d1004f0aed9c",
            Some("pkg:github/package-url/purl-spec@244fd47e07d1004f0aed9c"),
            "github",
            Some("package-url"),
            "purl-spec",
            Some("244fd47e07d1004f0aed9c"),
            &[],
            None,
        ),
        (
            "pkg:deb/debian/curl@7.50.3-1?arch=i386&distro=jessie",
            Some("pkg:deb/debian/curl@7.50.3-1?arch=i386&distro=jessie"),
            "deb",
            Some("debian"),
            "curl",
            Some("7.50.3-1"),
            &[("arch", "i386"), ("distro", "jessie")],
            None,
        ),
        (
            "pkg:gem/jruby-launcher@1.1.2?Platform=java",
            Some("pkg:gem/jruby-launcher@1.1.2?platform=java"),
            "gem",
            None,
            "jruby-launcher",
            Some("1.1.2"),
            &[("platform", "java")],
            None,
        ),
        (
            "pkg:npm/%40angular/animation@12.3.1",
            Some("pkg:npm/%40angular/animation@12.3.1"),
            "npm",
            Some("@angular"),
            "animation",
            Some("12.3.1"),
            &[],
            None,
        ),
        (
            "pkg:npm/@babel/core",
            Some("pkg:npm/%40babel/core"),
            "npm",
            Some("@babel"),
            "core",
            None,
            &[],
            None,
        ),
        (
            "pkg:Nuget/EnterpriseLibrary.Common@6.0.1304",
            Some("pkg:nuget/EnterpriseLibrary.Common@6.0.1304"),
            "nuget",
            None,
            "EnterpriseLibrary.Common",
            Some("6.0.1304"),
            &[],
            None,
        ),
        (
            "pkg:PYPI/Django_package@1.11.1.dev1",
            Some("pkg:pypi/django-package@1.11.1.dev1"),
            "pypi",
            None,
            "django-package",
            Some("1.11.1.dev1"),
            &[],
            None,
        ),
        (
            "pkg:Rpm/fedora/curl@7.50.3-1.fc25?Arch=i386&Distro=fedora-25",
            Some("pkg:rpm/fedora/curl@7.50.3-1.fc25?arch=i386&distro=fedora-25"),
            "rpm",
            Some("fedora"),
            "curl",
            Some("7.50.3-1.fc25"),
            &[("arch", "i386"), ("distro", "fedora-25")],
            None,
        ),
        (
            "pkg://maven/org.apache.commons/io",
            Some("pkg:maven/org.apache.commons/io"),
            "maven",
            Some("org.apache.commons"),
            "io",
            None,
            &[],
            None,
        ),
        (
            "pkg:maven/mygroup/myartifact@1.0.0%20Final?mykey=my%20value",
            Some("pkg:maven/mygroup/myartifact@1.0.0%20Final?mykey=my%20value"),
            "maven",
            Some("mygroup"),
            "myartifact",
            Some("1.0.0 Final"),
            &[("mykey", "my value")],
            None,
        ),
        (
            "pkg:swift/github.com/Alamofire/Alamofire@5.4.3",
            Some("pkg:swift/github.com/Alamofire/Alamofire@5.4.3"),
            "swift",
            Some("github.com/Alamofire"),
            "Alamofire",
            Some("5.4.3"),
            &[],
            None,
        ),
        (
            "pkg:npm/packageurl-js@0.0.7?vcs_url=git%2Bhttps%3A%2F%2Fgithub.com%2Fpackage-url%2Fpackageurl-js.git",
            Some(
                "pkg:npm/packageurl-js@0.0.7?vcs_url=git+https://github.com/package-url/packageurl-js.git",
            ),
            "npm",
            None,
            "packageurl-js",
            Some("0.0.7"),
            &[(
                "vcs_url",
                "git+https://github.com/package-url/packageurl-js.git",
            )],
            None,
        ),
        (
            "pkg:k8s/k8s.io%2Fkubelet@1.27.0",
            Some("pkg:k8s/k8s.io%2Fkubelet@1.27.0"),
            "k8s",
            None,
            "k8s.io/kubelet",
            Some("1.27.0"),
            &[],
            None,
        ),
        // Invalid ones.
        (
            "EnterpriseLibrary.Common@6.0.1304",
            None,
            "",
            None,
            "",
            None,
            &[],
            None,
        ),
        (
            "pkg:EnterpriseLibrary.Common@6.0.1304",
            None,
            "",
            None,
            "",
            None,
            &[],
            None,
        ),
        ("pkg:maven/@1.3.4", None, "", None, "", None, &[], None),
        (
            "pkg:npm/myartifact@1.0.0?in%20production=true",
            None,
            "",
            None,
            "",
            None,
            &[],
            None,
        ),
        (
            "pkg:conan/bincrafters/cctz@2.3",
            None,
            "",
            None,
            "",
            None,
            &[],
            None,
        ),
        ("pkg:cran/A3", None, "", None, "", None, &[], None),
        (
            "pkg:swift/Alamofire@5.4.3",
            None,
            "",
            None,
            "",
            None,
            &[],
            None,
        ),
        ("pkg:hackage", None, "", None, "", None, &[], None),
        ("pkg:1abc/x@1", None, "", None, "", None, &[], None),
        ("pkg:npm/x@1%zz", None, "", None, "", None, &[], None),
        ("pkg:npm/x@1%ff", None, "", None, "", None, &[], None),
    ];

    #[test]
    fn spec_cases() {
        for (input, canon, ty, ns, name, ver, quals, sub) in CASES {
            let got = Purl::parse(input);
            let Some(canon) = canon else {
                assert!(got.is_err(), "{input} should be invalid, got {got:?}");
                continue;
            };
            let p = got.unwrap_or_else(|e| panic!("{input}: {e}"));
            assert_eq!(p.ty, *ty, "{input}");
            assert_eq!(p.namespace.as_deref(), *ns, "{input}");
            assert_eq!(p.name, *name, "{input}");
            assert_eq!(p.version.as_deref(), *ver, "{input}");
            let q: BTreeMap<String, String> = quals
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
            assert_eq!(p.qualifiers, q, "{input}");
            assert_eq!(p.subpath.as_deref(), *sub, "{input}");
            assert_eq!(p.to_string(), *canon, "{input}");
            // The canonical form parses back to the same PURL.
            assert_eq!(Purl::parse(canon).as_ref(), Ok(&p), "{canon}");
        }
    }

    fn ident(s: &str) -> Option<PurlIdentity> {
        Purl::parse(s).ok()?.identity()
    }

    #[test]
    fn identities_follow_osv_naming() {
        let id = |e: Ecosystem, r: Option<&str>, n: &str, v: Option<&str>| {
            Some((
                e,
                r.map(str::to_string),
                n.to_string(),
                v.map(str::to_string),
            ))
        };
        assert_eq!(
            ident("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"),
            id(
                Ecosystem::Maven,
                None,
                "org.apache.logging.log4j:log4j-core",
                Some("2.14.1")
            )
        );
        assert_eq!(
            ident("pkg:golang/github.com/gorilla/websocket@v1.4.2"),
            id(
                Ecosystem::Go,
                None,
                "github.com/gorilla/websocket",
                Some("v1.4.2")
            )
        );
        assert_eq!(
            ident("pkg:npm/%40angular/core@12.0.0"),
            id(Ecosystem::Npm, None, "@angular/core", Some("12.0.0"))
        );
        assert_eq!(
            ident("pkg:composer/laravel/framework@7.12.0"),
            id(
                Ecosystem::Packagist,
                None,
                "laravel/framework",
                Some("7.12.0")
            )
        );
        assert_eq!(
            ident("pkg:deb/debian/adduser@3.115?arch=all&distro=debian-9"),
            id(Ecosystem::Debian, Some("9"), "adduser", Some("3.115"))
        );
        assert_eq!(
            ident("pkg:deb/debian/bash@5.0-4?distro=debian-10.2"),
            id(Ecosystem::Debian, Some("10"), "bash", Some("5.0-4"))
        );
        assert_eq!(
            ident("pkg:deb/debian/curl@7.88.1-10?distro=bookworm"),
            id(Ecosystem::Debian, Some("12"), "curl", Some("7.88.1-10"))
        );
        assert_eq!(
            ident("pkg:deb/ubuntu/libc6@2.35-0ubuntu3?distro=ubuntu-22.04"),
            id(
                Ecosystem::Ubuntu,
                Some("22.04"),
                "libc6",
                Some("2.35-0ubuntu3")
            )
        );
        assert_eq!(
            ident("pkg:apk/alpine/zlib@1.2.13-r0?distro=alpine-3.17.2"),
            id(Ecosystem::Alpine, Some("v3.17"), "zlib", Some("1.2.13-r0"))
        );
        assert_eq!(
            ident("pkg:apk/alpine/zlib@1.2.13-r0?distro=3.18.4"),
            id(Ecosystem::Alpine, Some("v3.18"), "zlib", Some("1.2.13-r0"))
        );
        assert_eq!(
            ident("pkg:rpm/centos/openssl-libs@1.0.2k-16.el7?arch=x86_64&epoch=1&distro=centos-7"),
            id(
                Ecosystem::RedHat,
                None,
                "openssl-libs",
                Some("1:1.0.2k-16.el7")
            )
        );
        assert_eq!(
            ident("pkg:pypi/Flask_Cors@3.0"),
            id(Ecosystem::PyPI, None, "flask-cors", Some("3.0"))
        );
        assert_eq!(ident("pkg:generic/openssl@3.0.0"), None);
        assert_eq!(ident("pkg:k8s/k8s.io%2Fkubelet@1.27.0"), None);
    }

    #[test]
    fn upstream_names_the_source_package() {
        let p =
            Purl::parse("pkg:apk/alpine/libcrypto3@3.0.8-r0?upstream=openssl&distro=alpine-3.17.2")
                .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(p.source_name().as_deref(), Some("openssl"));
        let p = Purl::parse("pkg:deb/debian/libssl1.1@1.1.1n?upstream=openssl%401.1.1n-0")
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(p.source_name().as_deref(), Some("openssl"));
        let p =
            Purl::parse("pkg:deb/debian/bash@5.0?upstream=bash").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(p.source_name(), None);
    }

    /// A cheap stand-in for the fuzz target: strings built from the characters PURL syntax
    /// gives meaning to must either be refused or print to a form that parses back the same.
    #[test]
    fn canonical_form_round_trips() {
        const PIECES: &[&str] = &[
            "pkg:", "npm", "/", "@", "?", "#", "&", "=", "%", "%2F", "%40", "%2E", "%20", "%zz",
            "a", "B", "_", "-", ".", "..", ":", "+", "1", "k", "conan", "pypi", "deb", "maven",
            "channel", "é", " ", "%C3%A9", "%E2", "swift", "cran",
        ];
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut parsed = 0;
        for _ in 0..50_000 {
            let len = 2 + next() % 12;
            const TYPES: &[&str] = &["npm/", "pypi/", "deb/debian/", "conan/", "golang/", "/x/"];
            let mut s = String::from(if next() % 8 == 0 { "" } else { "pkg:" });
            s.push_str(TYPES[(next() % TYPES.len() as u64) as usize]);
            for _ in 0..len {
                s.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
            }
            if let Ok(p) = Purl::parse(&s) {
                parsed += 1;
                let canon = p.to_string();
                assert_eq!(Purl::parse(&canon).as_ref(), Ok(&p), "{s} -> {canon}");
                let _ = p.identity();
            }
        }
        assert!(parsed > 1000, "{parsed}");
    }

    #[test]
    fn errors_say_why() {
        let e = Purl::parse("pkg:npm/x?a").err().unwrap_or_default();
        assert!(e.contains("no `=`"), "{e}");
        let e = Purl::parse("http://x").err().unwrap_or_default();
        assert!(e.contains("scheme"), "{e}");
    }
}
