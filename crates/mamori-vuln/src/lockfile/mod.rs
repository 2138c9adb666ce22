//! Lockfile and installed-package database readers: which file is which format, reading each
//! into an [`Inventory`], and finding them under a directory.
//!
//! Every reader works on bytes already in memory (bounded by [`MAX_LOCKFILE_BYTES`]); the only
//! other files read are the ones a format names itself (`-r` includes of `requirements.txt`,
//! `etc/os-release` beside a distro package database), each under the same limit.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::path::{Path, PathBuf};

use crate::ecosystem::Ecosystem;
use crate::error::{Result, VulnError};
use crate::package::{Inventory, Origin, Package, Skipped};

mod apk;
mod cargo;
mod composer;
mod dpkg;
mod gemfile;
mod gomod;
mod gradle;
mod json_lines;
mod nuget;
mod package_lock;
mod pipfile;
mod pnpm;
mod poetry;
mod pom;
mod requirements;
mod uv;
mod yarn;

/// Largest lockfile read; real ones stay far below (a large monorepo `package-lock.json` is a
/// few tens of MiB), and the limit bounds the memory a hostile file can take.
pub const MAX_LOCKFILE_BYTES: u64 = 64 * 1024 * 1024;

/// The formats [`parse_lockfile`] reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum LockfileKind {
    CargoLock,
    PackageLockJson,
    YarnLock,
    PnpmLock,
    RequirementsTxt,
    PoetryLock,
    PipfileLock,
    UvLock,
    GoMod,
    PomXml,
    GradleLockfile,
    GemfileLock,
    ComposerLock,
    NugetPackagesLock,
    DpkgStatus,
    ApkInstalled,
}

impl LockfileKind {
    /// Every kind, for listings and tests.
    pub const ALL: [LockfileKind; 16] = [
        LockfileKind::CargoLock,
        LockfileKind::PackageLockJson,
        LockfileKind::YarnLock,
        LockfileKind::PnpmLock,
        LockfileKind::RequirementsTxt,
        LockfileKind::PoetryLock,
        LockfileKind::PipfileLock,
        LockfileKind::UvLock,
        LockfileKind::GoMod,
        LockfileKind::PomXml,
        LockfileKind::GradleLockfile,
        LockfileKind::GemfileLock,
        LockfileKind::ComposerLock,
        LockfileKind::NugetPackagesLock,
        LockfileKind::DpkgStatus,
        LockfileKind::ApkInstalled,
    ];

    /// The file name people know the format by.
    pub fn name(&self) -> &'static str {
        match self {
            LockfileKind::CargoLock => "Cargo.lock",
            LockfileKind::PackageLockJson => "package-lock.json",
            LockfileKind::YarnLock => "yarn.lock",
            LockfileKind::PnpmLock => "pnpm-lock.yaml",
            LockfileKind::RequirementsTxt => "requirements.txt",
            LockfileKind::PoetryLock => "poetry.lock",
            LockfileKind::PipfileLock => "Pipfile.lock",
            LockfileKind::UvLock => "uv.lock",
            LockfileKind::GoMod => "go.mod",
            LockfileKind::PomXml => "pom.xml",
            LockfileKind::GradleLockfile => "gradle.lockfile",
            LockfileKind::GemfileLock => "Gemfile.lock",
            LockfileKind::ComposerLock => "composer.lock",
            LockfileKind::NugetPackagesLock => "packages.lock.json",
            LockfileKind::DpkgStatus => "dpkg status",
            LockfileKind::ApkInstalled => "apk installed",
        }
    }

    /// The ecosystem of the packages the format lists.
    pub fn ecosystem(&self) -> Ecosystem {
        match self {
            LockfileKind::CargoLock => Ecosystem::CratesIo,
            LockfileKind::PackageLockJson | LockfileKind::YarnLock | LockfileKind::PnpmLock => {
                Ecosystem::Npm
            }
            LockfileKind::RequirementsTxt
            | LockfileKind::PoetryLock
            | LockfileKind::PipfileLock
            | LockfileKind::UvLock => Ecosystem::PyPI,
            LockfileKind::GoMod => Ecosystem::Go,
            LockfileKind::PomXml | LockfileKind::GradleLockfile => Ecosystem::Maven,
            LockfileKind::GemfileLock => Ecosystem::RubyGems,
            LockfileKind::ComposerLock => Ecosystem::Packagist,
            LockfileKind::NugetPackagesLock => Ecosystem::NuGet,
            LockfileKind::DpkgStatus => Ecosystem::Debian,
            LockfileKind::ApkInstalled => Ecosystem::Alpine,
        }
    }
}

/// The format of `path`, from its file name (and, for distro databases, its place in the tree);
/// `None` for files that are none of them.
pub fn lockfile_kind(path: &Path) -> Option<LockfileKind> {
    let name = path.file_name()?.to_str()?;
    let kind = match name {
        "Cargo.lock" => LockfileKind::CargoLock,
        // npm's hidden lockfile inside node_modules has the same v2/v3 shape.
        "package-lock.json" | "npm-shrinkwrap.json" | ".package-lock.json" => {
            LockfileKind::PackageLockJson
        }
        "yarn.lock" => LockfileKind::YarnLock,
        "pnpm-lock.yaml" => LockfileKind::PnpmLock,
        "poetry.lock" => LockfileKind::PoetryLock,
        "Pipfile.lock" => LockfileKind::PipfileLock,
        "uv.lock" => LockfileKind::UvLock,
        "go.mod" => LockfileKind::GoMod,
        "pom.xml" => LockfileKind::PomXml,
        "gradle.lockfile" => LockfileKind::GradleLockfile,
        "Gemfile.lock" | "gems.locked" => LockfileKind::GemfileLock,
        "composer.lock" => LockfileKind::ComposerLock,
        "packages.lock.json" => LockfileKind::NugetPackagesLock,
        "status" if path.ends_with("var/lib/dpkg/status") => LockfileKind::DpkgStatus,
        "installed" if path.ends_with("lib/apk/db/installed") => LockfileKind::ApkInstalled,
        _ if name.ends_with(".txt") && name.starts_with("requirements") => {
            LockfileKind::RequirementsTxt
        }
        _ if name.ends_with(".lockfile")
            && path
                .parent()
                .and_then(|p| p.file_name())
                .is_some_and(|p| p == "dependency-locks") =>
        {
            // Gradle 6's per-configuration lockfiles: gradle/dependency-locks/<conf>.lockfile.
            LockfileKind::GradleLockfile
        }
        _ => return None,
    };
    Some(kind)
}

/// Reads the file at `path` (refusing it over [`MAX_LOCKFILE_BYTES`]) and parses it.
pub fn read_lockfile(path: &Path) -> Result<Inventory> {
    let bytes = crate::error::read_limited(path, "a lockfile", MAX_LOCKFILE_BYTES)?;
    parse_lockfile(path, &bytes)
}

/// Parses `bytes` as the lockfile format [`lockfile_kind`] names for `path`.
///
/// `path` is recorded as the origin of every package; formats that name other files
/// (`requirements.txt` includes, distro databases' `etc/os-release`) read them relative to it.
pub fn parse_lockfile(path: &Path, bytes: &[u8]) -> Result<Inventory> {
    let kind = lockfile_kind(path).ok_or_else(|| VulnError::Unsupported {
        path: path.to_path_buf(),
        reason: "not a lockfile name mamori reads".into(),
    })?;
    parse_lockfile_as(kind, path, bytes)
}

/// Parses `bytes` as `kind`, whatever `path` is called.
pub fn parse_lockfile_as(kind: LockfileKind, path: &Path, bytes: &[u8]) -> Result<Inventory> {
    if bytes.len() as u64 > MAX_LOCKFILE_BYTES {
        return Err(VulnError::TooLarge {
            path: path.to_path_buf(),
            what: "a lockfile",
            size: bytes.len() as u64,
            limit: MAX_LOCKFILE_BYTES,
        });
    }
    let text = utf8(path, bytes)?;
    let mut inv = match kind {
        LockfileKind::CargoLock => cargo::parse(path, text),
        LockfileKind::PackageLockJson => package_lock::parse(path, text),
        LockfileKind::YarnLock => yarn::parse(path, text),
        LockfileKind::PnpmLock => pnpm::parse(path, text),
        LockfileKind::RequirementsTxt => requirements::parse(path, text),
        LockfileKind::PoetryLock => poetry::parse(path, text),
        LockfileKind::PipfileLock => pipfile::parse(path, text),
        LockfileKind::UvLock => uv::parse(path, text),
        LockfileKind::GoMod => gomod::parse(path, text),
        LockfileKind::PomXml => pom::parse(path, text),
        LockfileKind::GradleLockfile => gradle::parse(path, text),
        LockfileKind::GemfileLock => gemfile::parse(path, text),
        LockfileKind::ComposerLock => composer::parse(path, text),
        LockfileKind::NugetPackagesLock => nuget::parse(path, text),
        LockfileKind::DpkgStatus => dpkg::parse(path, text),
        LockfileKind::ApkInstalled => apk::parse(path, text),
    }?;
    dedupe(&mut inv.packages);
    Ok(inv)
}

fn utf8<'a>(path: &Path, bytes: &'a [u8]) -> Result<&'a str> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let (line, col) = line_col(bytes, e.valid_up_to());
        VulnError::parse(path, at(line, col), "not UTF-8 text")
    })
}

/// 1-based line and column of byte `offset`.
pub(crate) fn line_col(text: &[u8], offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = memchr::memchr_iter(b'\n', before).count() + 1;
    let col = match memchr::memrchr(b'\n', before) {
        Some(nl) => offset - nl,
        None => offset + 1,
    };
    (line, col)
}

pub(crate) fn at(line: usize, col: usize) -> String {
    format!("line {line}, column {col}")
}

/// Byte offsets of line starts, for turning many offsets into line numbers.
#[derive(Debug)]
pub(crate) struct LineIndex(Vec<usize>);

impl LineIndex {
    pub(crate) fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex(starts)
    }

    /// 1-based line of byte `offset`.
    pub(crate) fn line(&self, offset: usize) -> u32 {
        let idx = match self.0.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        u32::try_from(idx + 1).unwrap_or(u32::MAX)
    }
}

pub(crate) fn json_error(path: &Path, e: &serde_json::Error) -> VulnError {
    VulnError::parse(path, at(e.line(), e.column()), e.to_string())
}

pub(crate) fn toml_table(path: &Path, text: &str) -> Result<toml::Table> {
    text.parse::<toml::Table>().map_err(|e| {
        let where_ = match e.span() {
            Some(span) => {
                let (l, c) = line_col(text.as_bytes(), span.start);
                at(l, c)
            }
            None => "document".to_string(),
        };
        VulnError::parse(path, where_, e.message().trim().to_string())
    })
}

pub(crate) fn yaml_doc(path: &Path, text: &str) -> Result<yaml_rust2::Yaml> {
    let docs = yaml_rust2::YamlLoader::load_from_str(text).map_err(|e| {
        VulnError::parse(
            path,
            at(e.marker().line(), e.marker().col()),
            e.info().to_string(),
        )
    })?;
    Ok(docs.into_iter().next().unwrap_or(yaml_rust2::Yaml::Null))
}

/// 1-based lines of the `[[header]]` array-of-tables headers in order, so the n-th entry of a
/// The `[[package]]` tables of a TOML lockfile (Cargo.lock, poetry.lock, uv.lock); none when the
/// file has no packages.
pub(crate) fn toml_packages<'a>(path: &Path, doc: &'a toml::Table) -> Result<&'a [toml::Value]> {
    match doc.get("package") {
        Some(toml::Value::Array(a)) => Ok(a),
        Some(_) => Err(VulnError::parse(
            path,
            "package",
            "`package` is not an array of tables",
        )),
        None => Ok(&[]),
    }
}

/// TOML array of tables can be pointed at.
pub(crate) fn toml_array_header_lines(text: &str, header: &str) -> Vec<u32> {
    let want = format!("[[{header}]]");
    text.lines()
        .enumerate()
        .filter(|(_, l)| {
            let t = l.trim();
            t == want || (t.starts_with(&want) && t[want.len()..].trim_start().starts_with('#'))
        })
        .map(|(i, _)| u32::try_from(i + 1).unwrap_or(u32::MAX))
        .collect()
}

/// Lines of block-mapping keys at `indent` spaces, optionally only inside the block of the
/// top-level key `parent`. Quotes around keys are removed. Good enough for the machine-written
/// YAML of yarn and pnpm, where it only serves to point users at entries.
pub(crate) fn yaml_key_lines(
    text: &str,
    parent: Option<&str>,
    indent: usize,
) -> HashMap<String, u32> {
    let mut out = HashMap::new();
    let mut inside = parent.is_none();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let lead = line.len() - line.trim_start_matches(' ').len();
        if let Some(p) = parent
            && lead == 0
        {
            inside = line
                .trim_end()
                .strip_suffix(':')
                .is_some_and(|k| unquote(k) == p);
            continue;
        }
        if !inside || lead != indent {
            continue;
        }
        let body = line.trim();
        let key = if let Some(k) = body.strip_suffix(':') {
            k
        } else if let Some((k, _)) = split_yaml_key(body) {
            k
        } else {
            continue;
        };
        out.entry(unquote(key).to_string())
            .or_insert(u32::try_from(i + 1).unwrap_or(u32::MAX));
    }
    out
}

fn split_yaml_key(body: &str) -> Option<(&str, &str)> {
    if let Some(rest) = body.strip_prefix('"') {
        let end = rest.find('"')?;
        let after = rest[end + 1..].strip_prefix(':')?;
        return Some((&body[..end + 2], after));
    }
    body.split_once(": ")
}

pub(crate) fn unquote(s: &str) -> &str {
    let s = s.trim();
    s.strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .or_else(|| s.strip_prefix('\'').and_then(|r| r.strip_suffix('\'')))
        .unwrap_or(s)
}

/// Collects packages of one file in one ecosystem.
#[derive(Debug)]
pub(crate) struct Collector {
    pub(crate) file: PathBuf,
    pub(crate) eco: Ecosystem,
    pub(crate) packages: Vec<Package>,
    pub(crate) skipped: Vec<Skipped>,
}

impl Collector {
    pub(crate) fn new(path: &Path, eco: Ecosystem) -> Self {
        Collector {
            file: path.to_path_buf(),
            eco,
            packages: Vec::new(),
            skipped: Vec::new(),
        }
    }

    /// Adds a package with the canonical PURL of its ecosystem.
    pub(crate) fn add(
        &mut self,
        name: &str,
        version: &str,
        line: Option<u32>,
        locator: Option<String>,
    ) -> &mut Package {
        let purl = purl_for(&self.eco, name, version);
        self.packages.push(Package {
            ecosystem: Some(self.eco.clone()),
            release: None,
            name: name.to_string(),
            version: version.to_string(),
            purl,
            source_name: None,
            origin: Origin {
                file: self.file.clone(),
                line,
                locator,
            },
            path: Vec::new(),
            dev: false,
        });
        let last = self.packages.len() - 1;
        &mut self.packages[last]
    }

    pub(crate) fn skip(&mut self, at: impl Into<String>, reason: impl Into<String>) {
        self.skipped.push(Skipped {
            at: at.into(),
            reason: reason.into(),
        });
    }

    pub(crate) fn finish(self, format: String) -> Inventory {
        Inventory {
            file: self.file,
            format,
            subject: None,
            packages: self.packages,
            skipped: self.skipped,
        }
    }
}

/// Percent-encodes a PURL component: everything but RFC 3986 unreserved characters.
pub(crate) fn purl_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A canonical `pkg:` URL: `namespace` segments and the name are percent-encoded one by one,
/// qualifiers sorted by key as the PURL spec's canonical form requires.
pub(crate) fn purl(
    ty: &str,
    namespace: Option<&str>,
    name: &str,
    version: &str,
    qualifiers: &[(&str, &str)],
) -> String {
    let mut out = format!("pkg:{ty}/");
    if let Some(ns) = namespace.filter(|n| !n.is_empty()) {
        for seg in ns.split('/').filter(|s| !s.is_empty()) {
            out.push_str(&purl_encode(seg));
            out.push('/');
        }
    }
    out.push_str(&purl_encode(name));
    if !version.is_empty() {
        out.push('@');
        out.push_str(&purl_encode(version));
    }
    let mut q: Vec<_> = qualifiers.iter().filter(|(_, v)| !v.is_empty()).collect();
    q.sort();
    for (i, (k, v)) in q.iter().enumerate() {
        out.push(if i == 0 { '?' } else { '&' });
        out.push_str(k);
        out.push('=');
        out.push_str(&purl_encode(v));
    }
    out
}

/// The PURL of a language-ecosystem package, spelt the way each PURL type wants its names.
pub(crate) fn purl_for(eco: &Ecosystem, name: &str, version: &str) -> Option<String> {
    let ty = eco.purl_type()?;
    Some(match eco {
        Ecosystem::Npm | Ecosystem::Packagist | Ecosystem::Go => match name.rsplit_once('/') {
            Some((ns, n)) => purl(ty, Some(ns), n, version, &[]),
            None => purl(ty, None, name, version, &[]),
        },
        Ecosystem::Maven => match name.split_once(':') {
            Some((g, a)) => purl(ty, Some(g), a, version, &[]),
            None => purl(ty, None, name, version, &[]),
        },
        // PURL spec: PyPI names are lower case with `_` as `-`.
        Ecosystem::PyPI => purl(ty, None, &eco.normalize_name(name), version, &[]),
        // Go PURLs keep the `v` OSV drops from versions.
        _ => purl(ty, None, name, version, &[]),
    })
}

/// Keeps the first of packages with the same name and version (npm installs one version in
/// several places; NuGet lists it per target framework). A package is dev-only when every
/// occurrence is.
fn dedupe(packages: &mut Vec<Package>) {
    let mut first: HashMap<(String, String, Option<String>), usize> = HashMap::new();
    let mut keep: Vec<Package> = Vec::with_capacity(packages.len());
    for p in packages.drain(..) {
        let key = (p.name.clone(), p.version.clone(), p.source_name.clone());
        match first.get(&key) {
            Some(&i) => keep[i].dev &= p.dev,
            None => {
                first.insert(key, keep.len());
                keep.push(p);
            }
        }
    }
    *packages = keep;
}

/// A dependency graph over node labels (`name@version`), for chains from roots.
#[derive(Debug, Default)]
pub(crate) struct Graph {
    pub(crate) labels: Vec<String>,
    pub(crate) edges: Vec<Vec<usize>>,
}

impl Graph {
    pub(crate) fn node(&mut self, label: String) -> usize {
        self.labels.push(label);
        self.edges.push(Vec::new());
        self.labels.len() - 1
    }

    /// Adds `from → to`. Repeated edges are kept rather than searched for, which would be
    /// quadratic on a root with many dependencies; the walks visit each node once anyway.
    pub(crate) fn edge(&mut self, from: usize, to: usize) {
        if let Some(e) = self.edges.get_mut(from) {
            e.push(to);
        }
    }

    /// Shortest chain from any of `roots` to each node (inclusive of both ends); empty for
    /// nodes no root reaches.
    pub(crate) fn chains(&self, roots: &[usize]) -> Vec<Vec<String>> {
        let n = self.labels.len();
        let mut parent: Vec<Option<usize>> = vec![None; n];
        let mut seen = vec![false; n];
        let mut queue = VecDeque::new();
        for &r in roots {
            if r < n && !seen[r] {
                seen[r] = true;
                queue.push_back(r);
            }
        }
        while let Some(u) = queue.pop_front() {
            for &v in &self.edges[u] {
                if v < n && !seen[v] {
                    seen[v] = true;
                    parent[v] = Some(u);
                    queue.push_back(v);
                }
            }
        }
        (0..n)
            .map(|i| {
                if !seen[i] {
                    return Vec::new();
                }
                let mut chain = vec![self.labels[i].clone()];
                let mut cur = i;
                while let Some(p) = parent[cur] {
                    chain.push(self.labels[p].clone());
                    cur = p;
                }
                chain.reverse();
                chain
            })
            .collect()
    }

    /// Nodes reachable from `roots` (roots included).
    pub(crate) fn reachable(&self, roots: &[usize]) -> Vec<bool> {
        let n = self.labels.len();
        let mut seen = vec![false; n];
        let mut stack: Vec<usize> = roots.iter().copied().filter(|&r| r < n).collect();
        while let Some(u) = stack.pop() {
            if std::mem::replace(&mut seen[u], true) {
                continue;
            }
            stack.extend(self.edges[u].iter().copied().filter(|&v| v < n && !seen[v]));
        }
        seen
    }

    /// Nodes nothing points at.
    pub(crate) fn sources(&self) -> Vec<usize> {
        let mut has_in = vec![false; self.labels.len()];
        for e in &self.edges {
            for &v in e {
                if let Some(h) = has_in.get_mut(v) {
                    *h = true;
                }
            }
        }
        (0..self.labels.len()).filter(|&i| !has_in[i]).collect()
    }
}

/// `KEY=value` pairs of an `os-release` file beside a distro database: `db` is the database
/// path and `depth` how many components it sits below the root (`var/lib/dpkg/status` is 4).
pub(crate) fn os_release(db: &Path, depth: usize) -> BTreeMap<String, String> {
    let mut root = db;
    for _ in 0..depth {
        match root.parent() {
            Some(p) => root = p,
            None => return BTreeMap::new(),
        }
    }
    for rel in ["etc/os-release", "usr/lib/os-release"] {
        let p = root.join(rel);
        if let Ok(bytes) = crate::error::read_limited(&p, "os-release", 64 * 1024)
            && let Ok(text) = std::str::from_utf8(&bytes)
        {
            return text
                .lines()
                .filter_map(|l| l.split_once('='))
                .map(|(k, v)| (k.trim().to_string(), unquote(v).to_string()))
                .collect();
        }
    }
    BTreeMap::new()
}
