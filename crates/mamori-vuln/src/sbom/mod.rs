//! SBOM readers: CycloneDX (JSON and XML, 1.0–1.7), SPDX 2.x (JSON and tag-value) and SPDX 3.0
//! (JSON-LD), all read into one [`Inventory`].
//!
//! Each format reader only collects what the document says — its elements, their PURLs and the
//! edges between them — into a [`Document`]; turning that into packages with dependency paths
//! is shared, so every format names packages and paths the same way.

mod cyclonedx_json;
mod cyclonedx_xml;
mod spdx3;
mod spdx_json;
mod spdx_tag;

use std::collections::{HashMap, VecDeque};
use std::path::Path;

use crate::error::{Result, VulnError};
use crate::package::{Inventory, Origin, Package, Skipped};
use crate::purl::Purl;
use serde_json::Value;

/// Largest SBOM read; larger files are refused unread. Container SBOMs of a few thousand
/// packages are a few MiB, so this leaves two orders of magnitude of room.
pub const MAX_SBOM_BYTES: u64 = 256 * 1024 * 1024;

/// Deepest element nesting followed in XML (JSON is bounded by serde_json's own limit of 128).
pub(crate) const MAX_DEPTH: usize = 256;

/// Whether a file's name says it is an SBOM, by the conventions osv-scanner, osv-scalibr and
/// Trivy recognise (`*.cdx.json`, `bom.xml`, `*.spdx.json`, `*.spdx`, …). Content is not read.
pub fn looks_like_sbom(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    let name = name.to_ascii_lowercase();
    if matches!(
        name.as_str(),
        "bom.json" | "bom.xml" | "sbom.json" | "sbom.xml"
    ) {
        return true;
    }
    const SUFFIXES: &[&str] = &[
        ".cdx.json",
        ".cdx.xml",
        ".bom.json",
        ".bom.xml",
        ".cyclonedx.json",
        ".cyclonedx.xml",
        ".spdx.json",
        ".spdx",
        ".spdx.jsonld",
        ".spdx3.json",
    ];
    SUFFIXES
        .iter()
        .any(|s| name.ends_with(s) && name.len() > s.len())
}

/// Reads an SBOM file, refusing it unread when over [`MAX_SBOM_BYTES`].
pub fn read_sbom(path: &Path) -> Result<Inventory> {
    let bytes = crate::error::read_limited(path, "an SBOM", MAX_SBOM_BYTES)?;
    parse_sbom(path, &bytes)
}

/// Reads an SBOM, recognising its format by content, not by name. `path` is only used to say
/// where errors and packages are.
pub fn parse_sbom(path: &Path, bytes: &[u8]) -> Result<Inventory> {
    if bytes.len() as u64 > MAX_SBOM_BYTES {
        return Err(VulnError::TooLarge {
            path: path.to_path_buf(),
            what: "an SBOM",
            size: bytes.len() as u64,
            limit: MAX_SBOM_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let (line, col) = line_col(bytes, e.valid_up_to());
        VulnError::parse(path, format!("line {line}, column {col}"), "not UTF-8 text")
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let doc = match text.trim_start().as_bytes().first() {
        Some(b'{') => {
            let mut stream = serde_json::Deserializer::from_str(text).into_iter::<Value>();
            let json_err = |e: serde_json::Error| {
                VulnError::parse(
                    path,
                    format!("line {}, column {}", e.line(), e.column()),
                    format!("not valid JSON: {e}"),
                )
            };
            let value = match stream.next() {
                Some(v) => v.map_err(json_err)?,
                None => return Err(VulnError::parse(path, "line 1", "empty document")),
            };
            let end = stream.byte_offset();
            match unwrap_attestation(path, &value)? {
                Some(inner) => read_json(path, &inner, " in an in-toto attestation")?,
                None => {
                    // Attestation files are JSON lines; anything else is one document.
                    if !text.get(end..).unwrap_or_default().trim().is_empty() {
                        let (line, col) = line_col(text.as_bytes(), end);
                        return Err(VulnError::parse(
                            path,
                            format!("line {line}, column {col}"),
                            "text after the end of the JSON document",
                        ));
                    }
                    read_json(path, &value, "")?
                }
            }
        }
        Some(b'<') => cyclonedx_xml::read(path, text)?,
        Some(_) if spdx_tag::looks_like(text) => spdx_tag::read(path, text)?,
        _ => {
            return Err(VulnError::Unsupported {
                path: path.to_path_buf(),
                reason: "not a CycloneDX (JSON, XML) or SPDX (JSON, tag-value, 3.0 JSON-LD) \
                         document"
                    .into(),
            });
        }
    };
    Ok(doc.into_inventory(path))
}

/// Reads a JSON SBOM; `wrapper` is added to the format name.
fn read_json(path: &Path, value: &Value, wrapper: &str) -> Result<Document> {
    let mut doc = if value.get("bomFormat").and_then(Value::as_str) == Some("CycloneDX") {
        cyclonedx_json::read(path, value)?
    } else if value.get("spdxVersion").is_some() {
        spdx_json::read(path, value)?
    } else if value.get("@graph").is_some() || is_spdx3_context(value.get("@context")) {
        spdx3::read(path, value)?
    } else {
        return Err(VulnError::Unsupported {
            path: path.to_path_buf(),
            reason: "JSON that is neither CycloneDX (no \"bomFormat\": \"CycloneDX\") nor SPDX \
                     (no \"spdxVersion\", no SPDX 3 \"@context\")"
                .into(),
        });
    };
    doc.format.push_str(wrapper);
    Ok(doc)
}

/// The SBOM inside an in-toto statement (`predicate`), itself possibly inside a DSSE
/// envelope (`payload`, base64), as `cosign attest` and Trivy write them; `None` when the
/// value is no attestation.
fn unwrap_attestation(path: &Path, value: &Value) -> Result<Option<Value>> {
    let statement = match (value.get("payloadType"), value.get("payload")) {
        (Some(_), Some(Value::String(b64))) => {
            let bytes = base64_decode(b64)
                .ok_or_else(|| VulnError::parse(path, "payload", "is not valid base64"))?;
            serde_json::from_slice::<Value>(&bytes).map_err(|e| {
                VulnError::parse(
                    path,
                    format!("payload, line {}, column {}", e.line(), e.column()),
                    format!("not valid JSON: {e}"),
                )
            })?
        }
        _ => value.clone(),
    };
    let is_statement = statement
        .get("_type")
        .and_then(Value::as_str)
        .is_some_and(|t| t.contains("in-toto.io/Statement"));
    if !is_statement {
        return Ok(None);
    }
    match statement.get("predicate") {
        Some(p) if p.is_object() => Ok(Some(p.clone())),
        _ => Err(VulnError::parse(
            path,
            "predicate",
            "the in-toto statement carries no SBOM predicate",
        )),
    }
}

/// Standard base64 (with or without padding); `None` on any other character.
fn base64_decode(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() / 4 * 3);
    let mut acc: u32 = 0;
    let mut bits = 0;
    for c in s.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            b'=' => break,
            b'\r' | b'\n' => continue,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

fn is_spdx3_context(ctx: Option<&Value>) -> bool {
    let is = |s: &str| s.contains("spdx.org/rdf/3");
    match ctx {
        Some(Value::String(s)) => is(s),
        Some(Value::Array(a)) => a.iter().any(|v| v.as_str().is_some_and(is)),
        _ => false,
    }
}

/// 1-based line and column of a byte offset.
pub(crate) fn line_col(bytes: &[u8], offset: usize) -> (u32, u32) {
    let upto = &bytes[..offset.min(bytes.len())];
    let line = memchr::memchr_iter(b'\n', upto).count() + 1;
    let col = match memchr::memrchr(b'\n', upto) {
        Some(nl) => offset - nl,
        None => offset + 1,
    };
    (
        u32::try_from(line).unwrap_or(u32::MAX),
        u32::try_from(col).unwrap_or(u32::MAX),
    )
}

/// One element of an SBOM that may be a package.
#[derive(Debug, Default, Clone)]
pub(crate) struct Element {
    /// bom-ref / SPDXID / spdxId, when the element has one.
    pub locator: Option<String>,
    /// Where in the document, for skipped entries: a JSON path, an element path, a line.
    pub at: String,
    pub line: Option<u32>,
    pub name: String,
    /// CycloneDX `group`, used for a Maven name when there is no PURL.
    pub group: Option<String>,
    pub version: Option<String>,
    pub purl: Option<String>,
    /// Source package as the SBOM's producer recorded it (Trivy `SrcName`, SPDX `sourceInfo`).
    pub source_name: Option<String>,
    /// CycloneDX component type or SPDX primary purpose, for the reason of a skip.
    pub kind: Option<String>,
    /// Index of the enclosing element (CycloneDX nested components).
    pub parent: Option<usize>,
    /// The described product itself (CycloneDX `metadata.component`): labels paths, not listed.
    pub is_subject: bool,
}

/// What a format reader hands over: elements and the edges between their locators.
#[derive(Debug, Default)]
pub(crate) struct Document {
    pub format: String,
    pub subject: Option<String>,
    pub elements: Vec<Element>,
    /// Locators the document itself names as its roots (CycloneDX `metadata.component`, SPDX
    /// `SPDXRef-DOCUMENT`, SPDX 3 `rootElement`).
    pub roots: Vec<String>,
    /// `from` depends on / contains / describes `to`, by locator.
    pub edges: Vec<(String, String)>,
    pub skipped: Vec<Skipped>,
}

impl Element {
    /// `name@version` as the element would be listed: by its PURL's OSV name when it has one,
    /// so the product and the packages in paths are spelt alike.
    fn label(&self) -> String {
        let from_purl = self
            .purl
            .as_deref()
            .and_then(|p| Purl::parse(p).ok())
            .map(|p| match p.identity() {
                Some((_, _, n, v)) => (n, v),
                None => (p.name, p.version),
            });
        let (name, version) = match from_purl {
            Some((n, v)) if self.name.is_empty() || self.group.is_some() || v.is_some() => {
                (n, v.or_else(|| self.version.clone()))
            }
            _ => (
                match &self.group {
                    Some(g) if !g.is_empty() => format!("{g}:{}", self.name),
                    _ => self.name.clone(),
                },
                self.version.clone(),
            ),
        };
        match version {
            Some(v) if !v.is_empty() => format!("{name}@{v}"),
            _ => name,
        }
    }
}

impl Document {
    fn into_inventory(self, path: &Path) -> Inventory {
        let paths = self.dependency_paths();
        let results: Vec<_> = self
            .elements
            .iter()
            .map(|el| package_of(path, el))
            .collect();
        // Paths name each step as the package reads (the PURL's version, with epoch), falling
        // back to the element as written for steps that are no package (an image, an OS).
        let labels: Vec<String> = self
            .elements
            .iter()
            .zip(&results)
            .map(|(el, r)| match r {
                Ok(p) => format!("{}@{}", p.name, p.version),
                Err(_) => el.label(),
            })
            .collect();
        let mut packages = Vec::new();
        let mut skipped = self.skipped;
        for ((el, result), chain) in self.elements.iter().zip(results).zip(&paths) {
            if el.is_subject {
                continue;
            }
            match result {
                Ok(mut pkg) => {
                    if let Some(chain) = chain {
                        pkg.path = chain.iter().map(|&j| labels[j].clone()).collect();
                    }
                    packages.push(pkg);
                }
                Err(reason) => skipped.push(Skipped {
                    at: match &el.locator {
                        Some(l) => format!("{} ({l})", el.at),
                        None => el.at.clone(),
                    },
                    reason,
                }),
            }
        }
        Inventory {
            file: path.to_path_buf(),
            format: self.format,
            subject: self.subject,
            packages,
            skipped,
        }
    }

    /// For every element, the shortest chain of elements from a root to it (itself included),
    /// or `None` when no root reaches it.
    fn dependency_paths(&self) -> Vec<Option<Vec<usize>>> {
        let n = self.elements.len();
        let mut by_locator: HashMap<&str, usize> = HashMap::new();
        for (i, el) in self.elements.iter().enumerate() {
            if let Some(l) = &el.locator {
                by_locator.entry(l.as_str()).or_insert(i);
            }
        }
        // Nodes are elements plus locators that are no element (an SPDX document): those
        // can be roots and pass paths on, but put no label in them.
        let mut extra: HashMap<&str, usize> = HashMap::new();
        fn node_of<'a>(
            l: &'a str,
            by_locator: &HashMap<&str, usize>,
            extra: &mut HashMap<&'a str, usize>,
            n: usize,
        ) -> usize {
            if let Some(&i) = by_locator.get(l) {
                return i;
            }
            let next = n + extra.len();
            *extra.entry(l).or_insert(next)
        }
        let mut adj: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut has_incoming = vec![false; n];
        let add = |a: usize, b: usize, adj: &mut Vec<Vec<usize>>, inc: &mut Vec<bool>| {
            let len = a.max(b) + 1;
            if adj.len() < len {
                adj.resize(len, Vec::new());
                inc.resize(len, false);
            }
            adj[a].push(b);
            inc[b] = true;
        };
        for (from, to) in &self.edges {
            let a = node_of(from, &by_locator, &mut extra, n);
            let b = node_of(to, &by_locator, &mut extra, n);
            if a != b {
                add(a, b, &mut adj, &mut has_incoming);
            }
        }
        for (i, el) in self.elements.iter().enumerate() {
            if let Some(p) = el.parent {
                add(p, i, &mut adj, &mut has_incoming);
            }
        }
        let total = adj.len();
        let mut roots: Vec<usize> = self
            .roots
            .iter()
            .map(|r| node_of(r, &by_locator, &mut extra, n))
            .filter(|&r| r < total)
            .collect();
        if roots.is_empty() {
            // No declared root: start from whatever nothing points at but points somewhere.
            roots = (0..total)
                .filter(|&i| !has_incoming[i] && !adj[i].is_empty())
                .collect();
        }
        let mut prev: Vec<Option<usize>> = vec![None; total];
        let mut seen = vec![false; total];
        let mut queue = VecDeque::new();
        for &r in &roots {
            if !seen[r] {
                seen[r] = true;
                queue.push_back(r);
            }
        }
        while let Some(u) = queue.pop_front() {
            for &v in &adj[u] {
                if !seen[v] {
                    seen[v] = true;
                    prev[v] = Some(u);
                    queue.push_back(v);
                }
            }
        }
        (0..n)
            .map(|i| {
                if !seen[i] {
                    return None;
                }
                let mut chain = Vec::new();
                let mut cur = Some(i);
                while let Some(c) = cur {
                    if c < n {
                        chain.push(c);
                    }
                    cur = prev[c];
                }
                chain.reverse();
                Some(chain)
            })
            .collect()
    }
}

/// The package an element declares, or why it is skipped.
fn package_of(path: &Path, el: &Element) -> std::result::Result<Package, String> {
    let origin = Origin {
        file: path.to_path_buf(),
        line: el.line,
        locator: el.locator.clone().or_else(|| Some(el.at.clone())),
    };
    let mut source_name = el.source_name.clone();
    let (ecosystem, release, name, version, purl) = match el.purl.as_deref() {
        Some(raw) => {
            let p = Purl::parse(raw).map_err(|e| format!("PURL {raw:?} {e}"))?;
            if source_name.is_none() {
                source_name = p.source_name();
            }
            let canonical = p.to_string();
            match p.identity() {
                Some((eco, rel, name, ver)) => (
                    Some(eco),
                    rel,
                    name,
                    ver.or_else(|| el.version.clone()),
                    Some(canonical),
                ),
                None => {
                    let name = if el.name.is_empty() {
                        match &p.namespace {
                            Some(ns) => format!("{ns}/{}", p.name),
                            None => p.name.clone(),
                        }
                    } else {
                        el.name.clone()
                    };
                    (
                        None,
                        None,
                        name,
                        p.version.clone().or_else(|| el.version.clone()),
                        Some(canonical),
                    )
                }
            }
        }
        None => {
            if el.name.is_empty() {
                return Err("has neither a name nor a PURL".into());
            }
            let name = match &el.group {
                Some(g) if !g.is_empty() => format!("{g}:{}", el.name),
                _ => el.name.clone(),
            };
            (None, None, name, el.version.clone(), None)
        }
    };
    let version = match version {
        Some(v) if !v.trim().is_empty() && v != "NOASSERTION" => v,
        _ => {
            return Err(match &el.kind {
                Some(k) => format!("{k} {:?} has no version", el.label()),
                None => format!("{:?} has no version", el.label()),
            });
        }
    };
    if source_name.as_deref() == Some(name.as_str()) {
        source_name = None;
    }
    Ok(Package {
        ecosystem,
        release,
        name,
        version,
        purl,
        source_name,
        origin,
        path: Vec::new(),
        dev: false,
    })
}

/// An SPDX 2 relationship as a graph edge from the depending or containing element to the
/// other, or `None` for relationships that say nothing about what is installed.
pub(crate) fn spdx2_edge(a: &str, ty: &str, b: &str) -> Option<(String, String)> {
    let ty = ty.trim().to_ascii_uppercase();
    let forward = matches!(
        ty.as_str(),
        "DESCRIBES"
            | "CONTAINS"
            | "DEPENDS_ON"
            | "DYNAMIC_LINK"
            | "STATIC_LINK"
            | "HAS_PREREQUISITE"
    );
    let backward = matches!(
        ty.as_str(),
        "DESCRIBED_BY"
            | "CONTAINED_BY"
            | "DEPENDENCY_OF"
            | "RUNTIME_DEPENDENCY_OF"
            | "BUILD_DEPENDENCY_OF"
            | "DEV_DEPENDENCY_OF"
            | "OPTIONAL_DEPENDENCY_OF"
            | "TEST_DEPENDENCY_OF"
            | "PROVIDED_DEPENDENCY_OF"
            | "PREREQUISITE_FOR"
    );
    if b == "NONE" || b == "NOASSERTION" {
        return None;
    }
    if forward {
        Some((a.to_string(), b.to_string()))
    } else if backward {
        Some((b.to_string(), a.to_string()))
    } else {
        None
    }
}

/// The source package in an SPDX `sourceInfo` as Trivy writes it: `built package from: openssl
/// 1:1.0.2k-16.el7`.
pub(crate) fn source_from_source_info(info: &str) -> Option<String> {
    let rest = info.trim().strip_prefix("built package from:")?;
    let name = rest.split_whitespace().next()?;
    Some(name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names() {
        for yes in [
            "bom.json",
            "x/BOM.XML",
            "app.cdx.json",
            "app.cdx.xml",
            "app.bom.json",
            "app.spdx.json",
            "app.spdx",
            "app.spdx.jsonld",
        ] {
            assert!(looks_like_sbom(Path::new(yes)), "{yes}");
        }
        for no in [
            "package.json",
            "sbom.cdx.json.foo.ext",
            "random_file.ext",
            ".spdx",
            "Cargo.lock",
        ] {
            assert!(!looks_like_sbom(Path::new(no)), "{no}");
        }
    }

    #[test]
    fn too_large_and_not_utf8_are_refused() {
        let e = parse_sbom(Path::new("x.cdx.json"), b"{\"a\":\xff}").err();
        assert!(
            matches!(e, Some(VulnError::Parse { ref at, .. }) if at == "line 1, column 6"),
            "{e:?}"
        );
        let e = parse_sbom(Path::new("x.txt"), b"hello").err();
        assert!(matches!(e, Some(VulnError::Unsupported { .. })), "{e:?}");
    }

    #[test]
    fn paths_are_shortest_chains_from_roots() {
        let el = |l: &str, v: &str| Element {
            locator: Some(l.into()),
            name: l.into(),
            version: Some(v.into()),
            at: l.into(),
            ..Element::default()
        };
        let mut app = el("app", "1.0");
        app.is_subject = true;
        let doc = Document {
            format: "test".into(),
            elements: vec![
                app,
                el("a", "1"),
                el("b", "2"),
                el("c", "3"),
                el("lone", "4"),
            ],
            roots: vec!["app".into()],
            edges: vec![
                ("app".into(), "a".into()),
                ("a".into(), "b".into()),
                ("b".into(), "c".into()),
                ("app".into(), "c".into()),
            ],
            ..Document::default()
        };
        let inv = doc.into_inventory(Path::new("t"));
        let path_of = |n: &str| {
            inv.packages
                .iter()
                .find(|p| p.name == n)
                .map(|p| p.path.join(" > "))
        };
        assert_eq!(inv.packages.len(), 4);
        assert_eq!(path_of("b").as_deref(), Some("app@1.0 > a@1 > b@2"));
        assert_eq!(path_of("c").as_deref(), Some("app@1.0 > c@3"));
        assert_eq!(path_of("lone").as_deref(), Some(""));
    }
}
