//! SPDX 2.x JSON (2.2 and 2.3).

use std::path::Path;

use serde_json::Value;

use super::{Document, Element, source_from_source_info};
use crate::error::{Result, VulnError};

pub(crate) fn read(path: &Path, doc_v: &Value) -> Result<Document> {
    let version = str_at(path, doc_v, "spdxVersion", "")?.unwrap_or("?");
    let version = version.strip_prefix("SPDX-").unwrap_or(version);
    let mut doc = Document {
        format: format!("SPDX {version} JSON"),
        ..Document::default()
    };
    let doc_id = str_at(path, doc_v, "SPDXID", "")?
        .unwrap_or("SPDXRef-DOCUMENT")
        .to_string();
    doc.roots.push(doc_id.clone());
    for (i, d) in array_at(path, doc_v, "documentDescribes", "")?
        .iter()
        .enumerate()
    {
        let d = d.as_str().ok_or_else(|| {
            VulnError::parse(path, format!("documentDescribes[{i}]"), "is not a string")
        })?;
        doc.edges.push((doc_id.clone(), d.to_string()));
    }
    for (i, p) in array_at(path, doc_v, "packages", "")?.iter().enumerate() {
        let at = format!("packages[{i}]");
        if !p.is_object() {
            return Err(VulnError::parse(path, at, "is not an object"));
        }
        let mut el = Element {
            locator: str_at(path, p, "SPDXID", &at)?.map(str::to_string),
            name: str_at(path, p, "name", &at)?
                .unwrap_or_default()
                .to_string(),
            version: str_at(path, p, "versionInfo", &at)?.map(str::to_string),
            kind: str_at(path, p, "primaryPackagePurpose", &at)?.map(str::to_string),
            source_name: str_at(path, p, "sourceInfo", &at)?.and_then(source_from_source_info),
            at: at.clone(),
            ..Element::default()
        };
        for (j, r) in array_at(path, p, "externalRefs", &at)?.iter().enumerate() {
            let rat = format!("{at}.externalRefs[{j}]");
            let cat = str_at(path, r, "referenceCategory", &rat)?.unwrap_or_default();
            let ty = str_at(path, r, "referenceType", &rat)?.unwrap_or_default();
            if cat
                .replace('_', "-")
                .eq_ignore_ascii_case("PACKAGE-MANAGER")
                && ty == "purl"
            {
                el.purl = str_at(path, r, "referenceLocator", &rat)?.map(str::to_string);
                break;
            }
        }
        doc.elements.push(el);
    }
    for (i, r) in array_at(path, doc_v, "relationships", "")?
        .iter()
        .enumerate()
    {
        let at = format!("relationships[{i}]");
        let (Some(a), Some(ty), Some(b)) = (
            str_at(path, r, "spdxElementId", &at)?,
            str_at(path, r, "relationshipType", &at)?,
            str_at(path, r, "relatedSpdxElement", &at)?,
        ) else {
            return Err(VulnError::parse(
                path,
                at,
                "needs spdxElementId, relationshipType and relatedSpdxElement",
            ));
        };
        if let Some(edge) = super::spdx2_edge(a, ty, b) {
            doc.edges.push(edge);
        }
    }
    doc.subject = subject(&doc, &doc_id, str_at(path, doc_v, "name", "")?);
    Ok(doc)
}

/// The described package when there is exactly one, else the document name.
pub(crate) fn subject(doc: &Document, doc_id: &str, name: Option<&str>) -> Option<String> {
    let described: Vec<&Element> = doc
        .edges
        .iter()
        .filter(|(a, _)| a == doc_id)
        .filter_map(|(_, b)| {
            doc.elements
                .iter()
                .find(|e| e.locator.as_deref() == Some(b.as_str()))
        })
        .collect();
    match described.as_slice() {
        [one] => Some(one.label()),
        _ => name.map(str::to_string),
    }
}

fn join(at: &str, key: &str) -> String {
    if at.is_empty() {
        key.to_string()
    } else {
        format!("{at}.{key}")
    }
}

fn str_at<'a>(path: &Path, v: &'a Value, key: &str, at: &str) -> Result<Option<&'a str>> {
    match v.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(VulnError::parse(path, join(at, key), "is not a string")),
    }
}

fn array_at<'a>(path: &Path, v: &'a Value, key: &str, at: &str) -> Result<&'a [Value]> {
    match v.get(key) {
        None | Some(Value::Null) => Ok(&[]),
        Some(Value::Array(a)) => Ok(a),
        Some(_) => Err(VulnError::parse(path, join(at, key), "is not an array")),
    }
}
