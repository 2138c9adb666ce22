//! SPDX 3.0 JSON-LD (`@context` spdx.org/rdf/3.0.x, elements in `@graph`).

use std::path::Path;

use serde_json::Value;

use super::{Document, Element};
use crate::error::{Result, VulnError};

/// Relationship types (SPDX 3 spelling, lower-cased) that lead from the whole to a part it
/// installs or needs.
const FORWARD: &[&str] = &[
    "describes",
    "contains",
    "dependson",
    "hasdynamiclink",
    "hasstaticlink",
    "hasprerequisite",
    "hasprovideddependency",
    "hasoptionaldependency",
];

fn s<'a>(v: &'a Value, keys: &[&str]) -> Option<&'a str> {
    keys.iter().find_map(|k| v.get(*k).and_then(Value::as_str))
}

fn list<'a>(v: &'a Value, keys: &[&str]) -> Vec<&'a str> {
    keys.iter()
        .find_map(|k| v.get(*k))
        .map(|v| match v {
            Value::String(s) => vec![s.as_str()],
            Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        })
        .unwrap_or_default()
}

pub(crate) fn read(path: &Path, root: &Value) -> Result<Document> {
    let graph = root
        .get("@graph")
        .and_then(Value::as_array)
        .ok_or_else(|| VulnError::parse(path, "@graph", "is missing or not an array"))?;
    let mut spec = None;
    let mut doc = Document::default();
    let mut doc_ids = Vec::new();
    let mut doc_name = None;
    for (i, el) in graph.iter().enumerate() {
        let at = format!("@graph[{i}]");
        if !el.is_object() {
            return Err(VulnError::parse(path, at, "is not an object"));
        }
        let ty = s(el, &["type", "@type"]).unwrap_or_default();
        let ty = ty.rsplit(['/', '#']).next().unwrap_or(ty);
        let id = s(el, &["spdxId", "@id"]).map(str::to_string);
        match ty {
            "CreationInfo" if spec.is_none() => {
                spec = s(el, &["specVersion"]).map(str::to_string);
            }
            "SpdxDocument" | "software_Sbom" | "Sbom" | "Bom" | "Bundle" => {
                if let Some(id) = id {
                    for r in list(el, &["rootElement"]) {
                        doc.edges.push((id.clone(), r.to_string()));
                    }
                    if ty == "SpdxDocument" {
                        doc_name = s(el, &["name"]).map(str::to_string);
                    }
                    doc_ids.push(id);
                }
            }
            "software_Package" | "Package" => {
                let mut purl = s(el, &["software_packageUrl", "packageUrl"]).map(str::to_string);
                if purl.is_none()
                    && let Some(ids) = el.get("externalIdentifier").and_then(Value::as_array)
                {
                    purl = ids
                        .iter()
                        .find(|x| {
                            s(x, &["externalIdentifierType"])
                                .is_some_and(|t| t.eq_ignore_ascii_case("packageUrl"))
                        })
                        .and_then(|x| s(x, &["identifier"]))
                        .map(str::to_string);
                }
                doc.elements.push(Element {
                    locator: id,
                    at,
                    name: s(el, &["name"]).unwrap_or_default().to_string(),
                    version: s(el, &["software_packageVersion", "packageVersion"])
                        .map(str::to_string),
                    purl,
                    kind: s(el, &["software_primaryPurpose", "primaryPurpose"]).map(str::to_string),
                    ..Element::default()
                });
            }
            "Relationship" | "LifecycleScopedRelationship" => {
                let rel = s(el, &["relationshipType"]).unwrap_or_default();
                let rel = rel
                    .rsplit(['/', '#'])
                    .next()
                    .unwrap_or(rel)
                    .to_ascii_lowercase();
                let Some(from) = s(el, &["from"]) else {
                    return Err(VulnError::parse(path, format!("{at}.from"), "is missing"));
                };
                if FORWARD.contains(&rel.as_str()) {
                    for to in list(el, &["to"]) {
                        doc.edges.push((from.to_string(), to.to_string()));
                    }
                }
            }
            _ => {}
        }
    }
    doc.format = format!("SPDX {} JSON-LD", spec.as_deref().unwrap_or("3.0"));
    // A single described package names the product; otherwise the document does.
    let mut described: Vec<String> = Vec::new();
    for d in &doc_ids {
        for (a, b) in &doc.edges {
            if a == d
                && let Some(e) = doc.elements.iter().find(|e| e.locator.as_ref() == Some(b))
                && !described.contains(&e.label())
            {
                described.push(e.label());
            }
        }
    }
    doc.subject = if described.len() == 1 {
        described.pop()
    } else {
        doc_name
    };
    doc.roots = doc_ids;
    Ok(doc)
}
