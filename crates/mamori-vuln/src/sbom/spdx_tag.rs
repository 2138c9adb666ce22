//! SPDX 2.x tag-value (`Tag: value` lines, multi-line values in `<text>…</text>`).

use std::path::Path;

use super::{Document, Element, source_from_source_info, spdx2_edge};
use crate::error::{Result, VulnError};

/// Whether the text starts like a tag-value document: its first tag line is `SPDXVersion:`.
pub(crate) fn looks_like(text: &str) -> bool {
    text.lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .is_some_and(|l| l.starts_with("SPDXVersion:"))
}

/// Which kind of section the lines currently belong to.
#[derive(PartialEq, Eq)]
enum Section {
    Document,
    Package,
    /// File, snippet or licence: its tags are not about packages.
    Other,
}

pub(crate) fn read(path: &Path, text: &str) -> Result<Document> {
    let mut doc = Document::default();
    let mut section = Section::Document;
    let mut doc_id = "SPDXRef-DOCUMENT".to_string();
    let mut doc_name = None;
    let mut lines = text.lines().enumerate();
    while let Some((i, raw)) = lines.next() {
        let line_no = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let at = format!("line {line_no}");
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((tag, value)) = line.split_once(':') else {
            return Err(VulnError::parse(
                path,
                at,
                format!("expected `Tag: value`, found {:?}", truncate(line)),
            ));
        };
        let tag = tag.trim();
        let mut value = value.trim().to_string();
        if let Some(rest) = value.strip_prefix("<text>") {
            // The value runs to the matching </text>, possibly lines later.
            let mut acc = rest.to_string();
            loop {
                if let Some(end) = acc.find("</text>") {
                    acc.truncate(end);
                    break;
                }
                match lines.next() {
                    Some((_, more)) => {
                        acc.push('\n');
                        acc.push_str(more);
                    }
                    None => {
                        return Err(VulnError::parse(
                            path,
                            at,
                            format!("<text> of {tag} is never closed by </text>"),
                        ));
                    }
                }
            }
            value = acc.trim().to_string();
        }
        match tag {
            "SPDXVersion" if doc.format.is_empty() => {
                let v = value.strip_prefix("SPDX-").unwrap_or(&value);
                doc.format = format!("SPDX {v} tag-value");
            }
            "DocumentName" => doc_name = Some(value),
            "PackageName" => {
                section = Section::Package;
                doc.elements.push(Element {
                    name: value,
                    at: at.clone(),
                    line: Some(line_no),
                    ..Element::default()
                });
            }
            "FileName" | "SnippetSPDXID" | "LicenseID" => section = Section::Other,
            "SPDXID" => match section {
                Section::Document => doc_id = value,
                Section::Package => {
                    if let Some(el) = doc.elements.last_mut() {
                        el.locator = Some(value);
                    }
                }
                Section::Other => {}
            },
            "Relationship" => {
                let parts: Vec<&str> = value.split_whitespace().collect();
                let [a, ty, b] = parts.as_slice() else {
                    return Err(VulnError::parse(
                        path,
                        at,
                        format!(
                            "Relationship needs `A TYPE B`, found {:?}",
                            truncate(&value)
                        ),
                    ));
                };
                if let Some(edge) = spdx2_edge(a, ty, b) {
                    doc.edges.push(edge);
                }
            }
            _ if section == Section::Package => {
                let Some(el) = doc.elements.last_mut() else {
                    continue;
                };
                match tag {
                    "PackageVersion" => el.version = Some(value),
                    "PrimaryPackagePurpose" => el.kind = Some(value),
                    "PackageSourceInfo" => el.source_name = source_from_source_info(&value),
                    "ExternalRef" => {
                        let parts: Vec<&str> = value.split_whitespace().collect();
                        if let [cat, "purl", locator] = parts.as_slice()
                            && cat
                                .replace('_', "-")
                                .eq_ignore_ascii_case("PACKAGE-MANAGER")
                            && el.purl.is_none()
                        {
                            el.purl = Some((*locator).to_string());
                        }
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
    if doc.format.is_empty() {
        return Err(VulnError::parse(path, "line 1", "no SPDXVersion tag"));
    }
    doc.roots.push(doc_id.clone());
    doc.subject = super::spdx_json::subject(&doc, &doc_id, doc_name.as_deref());
    Ok(doc)
}

fn truncate(s: &str) -> String {
    s.chars().take(60).collect()
}
