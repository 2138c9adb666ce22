//! VEX: statements that a product is or is not affected by a vulnerability, read from OpenVEX
//! (0.0.1 and 0.2.0) and CycloneDX VEX documents, and applied to findings.
//!
//! A statement applies to a finding when it names the vulnerability (id or any alias) and the
//! product: the package's PURL (a statement PURL without version covers every version;
//! qualifiers are ignored, as they only narrow the artifact), its CycloneDX `bom-ref`, or the
//! product the inventory describes — then the statement's subcomponents, if any, must name the
//! package. Of several statements that apply, the latest (by timestamp, then document order) wins,
//! as OpenVEX prescribes.

use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::Value;

use crate::error::{Result, VulnError};
use crate::finding::Finding;
use crate::purl::Purl;
use crate::version::Scheme;

/// Largest VEX document read.
pub const MAX_VEX_BYTES: u64 = 64 * 1024 * 1024;

/// The four OpenVEX statuses; CycloneDX analysis states map onto them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum VexStatus {
    NotAffected,
    Fixed,
    UnderInvestigation,
    Affected,
}

impl VexStatus {
    /// Whether a finding with this status leaves the findings list (it is still reported, apart).
    pub fn suppresses(self) -> bool {
        matches!(self, VexStatus::NotAffected | VexStatus::Fixed)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            VexStatus::NotAffected => "not_affected",
            VexStatus::Fixed => "fixed",
            VexStatus::UnderInvestigation => "under_investigation",
            VexStatus::Affected => "affected",
        }
    }
}

/// One product reference of a statement.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VexProduct {
    /// A PURL, a CycloneDX `bom-ref`, or a BOM-Link (`urn:cdx:…#ref`).
    pub id: String,
    /// Packages inside the product the statement is about; empty means the whole product.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub subcomponents: Vec<String>,
    /// CycloneDX `affects[].versions`: the statement holds only for these versions.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub versions: Vec<VersionSpec>,
}

/// A CycloneDX `affects` version entry: an exact version or a `vers:` range.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum VersionSpec {
    Version(String),
    Range(String),
}

/// One VEX statement, with where it came from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VexStatement {
    pub vulnerability: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    pub products: Vec<VexProduct>,
    pub status: VexStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub justification: Option<String>,
    /// OpenVEX `impact_statement` or CycloneDX `analysis.detail`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// OpenVEX `action_statement` or CycloneDX `analysis.response`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
    pub source: PathBuf,
}

/// All statements of the VEX documents given to one scan.
#[derive(Debug, Clone, Default)]
pub struct VexSet {
    statements: Vec<VexStatement>,
}

impl VexSet {
    pub fn new() -> VexSet {
        VexSet::default()
    }

    /// Reads one VEX document (OpenVEX or CycloneDX) and adds its statements.
    pub fn add_file(&mut self, path: &Path) -> Result<usize> {
        let bytes = crate::error::read_limited(path, "a VEX document", MAX_VEX_BYTES)?;
        let statements = parse_vex(path, &bytes)?;
        let n = statements.len();
        self.statements.extend(statements);
        Ok(n)
    }

    pub fn extend(&mut self, statements: Vec<VexStatement>) {
        self.statements.extend(statements);
    }

    pub fn len(&self) -> usize {
        self.statements.len()
    }

    pub fn is_empty(&self) -> bool {
        self.statements.is_empty()
    }

    pub fn statements(&self) -> &[VexStatement] {
        &self.statements
    }

    /// The statement that decides this finding, if any.
    pub fn decide(&self, finding: &Finding) -> Option<&VexStatement> {
        let mut best: Option<(usize, &VexStatement)> = None;
        for (i, st) in self.statements.iter().enumerate() {
            if !names_vulnerability(st, finding) || !st.products.iter().any(|p| covers(p, finding))
            {
                continue;
            }
            let newer = match best {
                None => true,
                Some((j, b)) => match (&st.timestamp, &b.timestamp) {
                    (Some(a), Some(b)) => timestamp_key(a) >= timestamp_key(b),
                    _ => i > j,
                },
            };
            if newer {
                best = Some((i, st));
            }
        }
        best.map(|(_, st)| st)
    }
}

fn names_vulnerability(st: &VexStatement, f: &Finding) -> bool {
    f.is_named(&st.vulnerability) || st.aliases.iter().any(|a| f.is_named(a))
}

fn covers(product: &VexProduct, f: &Finding) -> bool {
    let pkg = &f.package;
    let names_package = |id: &str| -> bool {
        if let Some(purl) = &pkg.purl
            && purl_covers(id, purl)
        {
            return true;
        }
        let bare = bom_link_ref(id);
        pkg.origin.locator.as_deref() == Some(bare)
    };
    let version_ok = |version: Option<&str>| -> bool {
        if product.versions.is_empty() {
            return true;
        }
        let Some(version) = version else { return false };
        product.versions.iter().any(|spec| match spec {
            VersionSpec::Version(v) => v == version,
            VersionSpec::Range(r) => vers_contains(r, version).unwrap_or(false),
        })
    };
    if names_package(&product.id) {
        return product.subcomponents.is_empty() && version_ok(Some(&pkg.version));
    }
    // The product is the thing the inventory describes: an image, an application.
    let names_subject = match &f.subject {
        Some(subject) => {
            let bare = bom_link_ref(&product.id);
            subject_matches(bare, subject)
        }
        None => false,
    };
    if !names_subject {
        return false;
    }
    let subject_version = f
        .subject
        .as_deref()
        .and_then(|s| s.rsplit_once('@'))
        .map(|(_, v)| v);
    if !version_ok(subject_version) {
        return false;
    }
    product.subcomponents.is_empty() || product.subcomponents.iter().any(|s| names_package(s))
}

/// A subject is written `name@version`, `name`, or a PURL (the inventory reader picks); a
/// product id names it when it is the same string, a PURL naming the same package (and version,
/// when both give one), or the subject's name.
fn subject_matches(product: &str, subject: &str) -> bool {
    if product == subject {
        return true;
    }
    if subject.starts_with("pkg:") {
        return product.starts_with("pkg:") && purl_covers(product, subject);
    }
    let (name, version) = match subject.rsplit_once('@') {
        // `@scope/name` has its `@` first; a version never leaves the name empty.
        Some((n, v)) if !n.is_empty() => (n, Some(v)),
        _ => (subject, None),
    };
    if product.starts_with("pkg:") {
        let Some(purl) = Purl::parse(product).ok() else {
            return false;
        };
        let Some((_, _, purl_name, purl_version)) = purl.identity() else {
            return false;
        };
        return purl_name == name
            && match (purl_version.as_deref(), version) {
                (Some(a), Some(b)) => a == b || a.strip_prefix('v') == Some(b),
                _ => true,
            };
    }
    product == name
}

/// Strips a CycloneDX BOM-Link to the `bom-ref` it points at.
fn bom_link_ref(id: &str) -> &str {
    if id.starts_with("urn:cdx:") {
        id.rsplit_once('#').map(|(_, r)| r).unwrap_or(id)
    } else {
        id
    }
}

/// Whether statement PURL `stmt` names package PURL `pkg`: same type, namespace and name (as the
/// PURL spec normalises them), and the same version when the statement gives one. Qualifiers and
/// subpath are ignored.
pub fn purl_covers(stmt: &str, pkg: &str) -> bool {
    let (Ok(a), Ok(b)) = (Purl::parse(stmt), Purl::parse(pkg)) else {
        return false;
    };
    a.ty == b.ty
        && a.namespace == b.namespace
        && a.name == b.name
        && (a.version.is_none() || a.version == b.version)
}

/// Evaluates a `vers:` range (the package-url VERS spec) against a version, with the ordering of
/// the range's scheme. `None` when the scheme or a constraint is not understood.
pub fn vers_contains(range: &str, version: &str) -> Option<bool> {
    let rest = range.strip_prefix("vers:")?;
    let (scheme_name, constraints) = rest.split_once('/')?;
    let constraints = constraints.trim();
    if constraints == "*" {
        return Some(true);
    }
    let scheme = match scheme_name {
        "npm" | "cargo" | "semver" | "hex" | "swift" => Scheme::Semver,
        "golang" => Scheme::Go,
        "pypi" => Scheme::Pypi,
        "maven" => Scheme::Maven,
        "gem" => Scheme::RubyGems,
        "nuget" => Scheme::NuGet,
        "composer" => Scheme::Packagist,
        "deb" => Scheme::Debian,
        "apk" => Scheme::Alpine,
        "rpm" => Scheme::Rpm,
        _ => Scheme::Generic,
    };
    let v = scheme.parse(version).ok()?;
    // VERS: constraints sorted by version; `=`/`!=` are exact, and consecutive `>`/`<` pairs
    // bound intervals. Evaluating each interval pair is equivalent for well-formed ranges.
    let mut parsed = Vec::new();
    for c in constraints.split('|') {
        let c = c.trim();
        let (op, ver) = ["!=", ">=", "<=", "=", ">", "<"]
            .iter()
            .find_map(|op| c.strip_prefix(op).map(|v| (*op, v)))
            .unwrap_or(("=", c));
        parsed.push((op, scheme.parse(ver.trim()).ok()?));
    }
    if parsed.iter().any(|(op, c)| *op == "!=" && *c == v) {
        return Some(false);
    }
    if parsed.iter().any(|(op, c)| *op == "=" && *c == v) {
        return Some(true);
    }
    let bounds: Vec<_> = parsed
        .into_iter()
        .filter(|(op, _)| !matches!(*op, "=" | "!="))
        .collect();
    let mut i = 0;
    while i < bounds.len() {
        let (op, c) = &bounds[i];
        let lower_ok = match *op {
            ">" => v > *c,
            ">=" => v >= *c,
            "<" => return Some(v < *c),
            "<=" => return Some(v <= *c),
            _ => false,
        };
        match bounds.get(i + 1) {
            Some(("<", u)) => {
                if lower_ok && v < *u {
                    return Some(true);
                }
                i += 2;
            }
            Some(("<=", u)) => {
                if lower_ok && v <= *u {
                    return Some(true);
                }
                i += 2;
            }
            _ => return Some(lower_ok),
        }
    }
    Some(false)
}

/// Orders RFC 3339 timestamps written with different offsets; falls back to the text.
fn timestamp_key(s: &str) -> (i128, String) {
    use time::format_description::well_known::Rfc3339;
    match time::OffsetDateTime::parse(s, &Rfc3339) {
        Ok(t) => (t.unix_timestamp_nanos(), String::new()),
        Err(_) => (i128::MIN, s.to_string()),
    }
}

/// Parses an OpenVEX or CycloneDX VEX document.
pub fn parse_vex(path: &Path, bytes: &[u8]) -> Result<Vec<VexStatement>> {
    let doc: Value = serde_json::from_slice(bytes).map_err(|e| {
        VulnError::parse(
            path,
            format!("line {}, column {}", e.line(), e.column()),
            e.to_string(),
        )
    })?;
    let context = doc.get("@context").and_then(Value::as_str).unwrap_or("");
    if context.contains("openvex") {
        return parse_openvex(path, &doc);
    }
    if doc.get("bomFormat").and_then(Value::as_str) == Some("CycloneDX") {
        return parse_cyclonedx_vex(path, &doc);
    }
    if doc
        .get("document")
        .and_then(|d| d.get("csaf_version"))
        .is_some()
    {
        return Err(VulnError::Unsupported {
            path: path.to_path_buf(),
            reason: "CSAF VEX is not read yet; give OpenVEX or CycloneDX VEX".into(),
        });
    }
    Err(VulnError::Unsupported {
        path: path.to_path_buf(),
        reason: "neither OpenVEX (an `@context` naming openvex) nor CycloneDX (`bomFormat`)".into(),
    })
}

fn str_of(v: &Value) -> Option<String> {
    v.as_str().map(str::to_string)
}

fn parse_openvex(path: &Path, doc: &Value) -> Result<Vec<VexStatement>> {
    let doc_time = doc.get("timestamp").and_then(str_of);
    let statements = doc
        .get("statements")
        .and_then(Value::as_array)
        .ok_or_else(|| VulnError::parse(path, "statements", "missing or not an array"))?;
    let mut out = Vec::with_capacity(statements.len());
    for (i, st) in statements.iter().enumerate() {
        let at = |field: &str| format!("statements[{i}].{field}");
        // 0.0.1 writes the vulnerability as a string, 0.2.0 as an object with `name`/`@id`.
        let vuln = st.get("vulnerability");
        let (vulnerability, aliases) = match vuln {
            Some(Value::String(s)) => (s.clone(), Vec::new()),
            Some(Value::Object(o)) => {
                let name = o
                    .get("name")
                    .and_then(str_of)
                    .or_else(|| o.get("@id").and_then(str_of))
                    .ok_or_else(|| VulnError::parse(path, at("vulnerability"), "no name or @id"))?;
                let aliases = o
                    .get("aliases")
                    .and_then(Value::as_array)
                    .map(|a| a.iter().filter_map(str_of).collect())
                    .unwrap_or_default();
                (name, aliases)
            }
            _ => return Err(VulnError::parse(path, at("vulnerability"), "missing")),
        };
        let status = match st.get("status").and_then(Value::as_str) {
            Some("not_affected") => VexStatus::NotAffected,
            Some("fixed") => VexStatus::Fixed,
            Some("under_investigation") => VexStatus::UnderInvestigation,
            Some("affected") => VexStatus::Affected,
            Some(other) => {
                return Err(VulnError::parse(
                    path,
                    at("status"),
                    format!("unknown status {other:?}"),
                ));
            }
            None => return Err(VulnError::parse(path, at("status"), "missing")),
        };
        let mut products = Vec::new();
        for p in st
            .get("products")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            match p {
                Value::String(s) => products.push(VexProduct {
                    id: s.clone(),
                    subcomponents: Vec::new(),
                    versions: Vec::new(),
                }),
                Value::Object(o) => {
                    let id = o
                        .get("@id")
                        .and_then(str_of)
                        .or_else(|| {
                            o.get("identifiers")
                                .and_then(|ids| ids.get("purl"))
                                .and_then(str_of)
                        })
                        .ok_or_else(|| {
                            VulnError::parse(path, at("products"), "product without @id")
                        })?;
                    let subcomponents = o
                        .get("subcomponents")
                        .and_then(Value::as_array)
                        .map(|subs| {
                            subs.iter()
                                .filter_map(|s| match s {
                                    Value::String(s) => Some(s.clone()),
                                    Value::Object(o) => o.get("@id").and_then(str_of),
                                    _ => None,
                                })
                                .collect()
                        })
                        .unwrap_or_default();
                    products.push(VexProduct {
                        id,
                        subcomponents,
                        versions: Vec::new(),
                    });
                }
                _ => {
                    return Err(VulnError::parse(
                        path,
                        at("products"),
                        "not a string or object",
                    ));
                }
            }
        }
        // 0.0.1 lists subcomponents beside products.
        if let Some(subs) = st.get("subcomponents").and_then(Value::as_array) {
            let subs: Vec<String> = subs.iter().filter_map(str_of).collect();
            for p in &mut products {
                p.subcomponents.extend(subs.iter().cloned());
            }
        }
        if products.is_empty() {
            return Err(VulnError::parse(path, at("products"), "no products"));
        }
        if status == VexStatus::NotAffected
            && st.get("justification").is_none()
            && st.get("impact_statement").is_none()
        {
            return Err(VulnError::parse(
                path,
                at("justification"),
                "not_affected needs a justification or an impact_statement (OpenVEX 0.2.0)",
            ));
        }
        out.push(VexStatement {
            vulnerability,
            aliases,
            products,
            status,
            justification: st.get("justification").and_then(str_of),
            detail: st.get("impact_statement").and_then(str_of),
            action: st.get("action_statement").and_then(str_of),
            timestamp: st
                .get("timestamp")
                .and_then(str_of)
                .or_else(|| doc_time.clone()),
            source: path.to_path_buf(),
        });
    }
    Ok(out)
}

fn parse_cyclonedx_vex(path: &Path, doc: &Value) -> Result<Vec<VexStatement>> {
    let doc_time = doc
        .get("metadata")
        .and_then(|m| m.get("timestamp"))
        .and_then(str_of);
    let mut out = Vec::new();
    let vulns = doc.get("vulnerabilities").and_then(Value::as_array);
    for (i, v) in vulns.into_iter().flatten().enumerate() {
        let at = |field: &str| format!("vulnerabilities[{i}].{field}");
        let Some(analysis) = v.get("analysis") else {
            // A VDR entry without analysis states nothing about exploitability.
            continue;
        };
        let Some(state) = analysis.get("state").and_then(Value::as_str) else {
            continue;
        };
        let status = match state {
            "not_affected" | "false_positive" => VexStatus::NotAffected,
            "resolved" | "resolved_with_pedigree" => VexStatus::Fixed,
            "in_triage" => VexStatus::UnderInvestigation,
            "exploitable" => VexStatus::Affected,
            other => {
                return Err(VulnError::parse(
                    path,
                    at("analysis.state"),
                    format!("unknown state {other:?}"),
                ));
            }
        };
        let vulnerability = v
            .get("id")
            .and_then(str_of)
            .ok_or_else(|| VulnError::parse(path, at("id"), "missing"))?;
        let aliases = v
            .get("references")
            .and_then(Value::as_array)
            .map(|refs| {
                refs.iter()
                    .filter_map(|r| r.get("id").and_then(str_of))
                    .collect()
            })
            .unwrap_or_default();
        let mut products = Vec::new();
        for a in v
            .get("affects")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let Some(id) = a.get("ref").and_then(str_of) else {
                return Err(VulnError::parse(path, at("affects"), "entry without ref"));
            };
            let mut versions = Vec::new();
            for ver in a
                .get("versions")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                // Only `unaffected` versions carry the statement; `affected` ones say the opposite.
                let unaffected = ver.get("status").and_then(Value::as_str) != Some("affected");
                if !unaffected {
                    continue;
                }
                if let Some(v) = ver.get("version").and_then(str_of) {
                    versions.push(VersionSpec::Version(v));
                } else if let Some(r) = ver.get("range").and_then(str_of) {
                    versions.push(VersionSpec::Range(r));
                }
            }
            products.push(VexProduct {
                id,
                subcomponents: Vec::new(),
                versions,
            });
        }
        if products.is_empty() {
            return Err(VulnError::parse(
                path,
                at("affects"),
                "no affected references",
            ));
        }
        let response = analysis
            .get("response")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(str_of).collect::<Vec<_>>().join(", "))
            .filter(|s| !s.is_empty());
        out.push(VexStatement {
            vulnerability,
            aliases,
            products,
            status,
            justification: analysis.get("justification").and_then(str_of),
            detail: analysis.get("detail").and_then(str_of),
            action: response,
            timestamp: analysis
                .get("lastUpdated")
                .and_then(str_of)
                .or_else(|| doc_time.clone()),
            source: path.to_path_buf(),
        });
    }
    Ok(out)
}
