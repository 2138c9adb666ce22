//! CycloneDX JSON (1.2–1.7; JSON exists from 1.2 on).

use std::path::Path;

use serde_json::Value;

use super::{Document, Element};
use crate::error::{Result, VulnError};

pub(crate) fn read(path: &Path, bom: &Value) -> Result<Document> {
    let spec = bom
        .get("specVersion")
        .and_then(Value::as_str)
        .unwrap_or("?");
    let mut doc = Document {
        format: format!("CycloneDX {spec} JSON"),
        ..Document::default()
    };
    if let Some(meta) = bom.get("metadata").and_then(|m| m.get("component")) {
        let idx = component(path, meta, "metadata.component", None, &mut doc)?;
        doc.elements[idx].is_subject = true;
        doc.subject = Some(doc.elements[idx].label()).filter(|s| !s.is_empty());
        if let Some(l) = &doc.elements[idx].locator {
            doc.roots.push(l.clone());
        }
    }
    match bom.get("components") {
        None | Some(Value::Null) => {}
        Some(Value::Array(list)) => {
            for (i, c) in list.iter().enumerate() {
                component(path, c, &format!("components[{i}]"), None, &mut doc)?;
            }
        }
        Some(_) => return Err(VulnError::parse(path, "components", "is not an array")),
    }
    match bom.get("dependencies") {
        None | Some(Value::Null) => {}
        Some(Value::Array(list)) => {
            for (i, d) in list.iter().enumerate() {
                let at = format!("dependencies[{i}]");
                let from = str_field(path, d, "ref", &at)?
                    .ok_or_else(|| VulnError::parse(path, format!("{at}.ref"), "is missing"))?;
                let Some(on) = d.get("dependsOn") else {
                    continue;
                };
                let on = on.as_array().ok_or_else(|| {
                    VulnError::parse(path, format!("{at}.dependsOn"), "is not an array")
                })?;
                for (j, to) in on.iter().enumerate() {
                    let to = to.as_str().ok_or_else(|| {
                        VulnError::parse(path, format!("{at}.dependsOn[{j}]"), "is not a string")
                    })?;
                    doc.edges.push((from.to_string(), to.to_string()));
                }
            }
        }
        Some(_) => return Err(VulnError::parse(path, "dependencies", "is not an array")),
    }
    Ok(doc)
}

fn str_field<'a>(path: &Path, v: &'a Value, key: &str, at: &str) -> Result<Option<&'a str>> {
    match v.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(VulnError::parse(
            path,
            format!("{at}.{key}"),
            "is not a string",
        )),
    }
}

/// Adds one component and its nested ones; returns its index.
fn component(
    path: &Path,
    c: &Value,
    at: &str,
    parent: Option<usize>,
    doc: &mut Document,
) -> Result<usize> {
    if !c.is_object() {
        return Err(VulnError::parse(path, at, "is not an object"));
    }
    let s = |k: &str| str_field(path, c, k, at).map(|o| o.map(str::to_string));
    let mut el = Element {
        locator: s("bom-ref")?,
        at: at.to_string(),
        name: s("name")?.unwrap_or_default(),
        group: s("group")?,
        version: s("version")?,
        purl: s("purl")?.filter(|p| !p.trim().is_empty()),
        kind: s("type")?,
        parent,
        ..Element::default()
    };
    if let Some(props) = c.get("properties").and_then(Value::as_array) {
        for p in props {
            if p.get("name").and_then(Value::as_str) == Some("aquasecurity:trivy:SrcName") {
                el.source_name = p.get("value").and_then(Value::as_str).map(str::to_string);
            }
        }
    }
    let idx = doc.elements.len();
    doc.elements.push(el);
    match c.get("components") {
        None | Some(Value::Null) => {}
        Some(Value::Array(list)) => {
            for (i, sub) in list.iter().enumerate() {
                component(path, sub, &format!("{at}.components[{i}]"), Some(idx), doc)?;
            }
        }
        Some(_) => {
            return Err(VulnError::parse(
                path,
                format!("{at}.components"),
                "is not an array",
            ));
        }
    }
    Ok(idx)
}
