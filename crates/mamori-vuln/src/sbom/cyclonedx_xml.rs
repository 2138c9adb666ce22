//! CycloneDX XML (1.0–1.7), read as a stream of events.
//!
//! Elements are matched by local name whatever their prefix, since producers differ in how
//! they bind the CycloneDX namespace. Document type declarations are refused outright: a
//! BOM has no need of them, and refusing them rules out entity-expansion attacks.

use std::path::Path;

use quick_xml::Reader;
use quick_xml::XmlVersion;
use quick_xml::events::{BytesStart, Event};

use super::{Document, Element, MAX_DEPTH, line_col};
use crate::error::{Result, VulnError};

const NS_PREFIX: &str = "http://cyclonedx.org/schema/bom/";

/// The field of a component whose text is being collected.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Name,
    Group,
    Version,
    Purl,
    SrcNameProperty,
}

pub(crate) fn read(path: &Path, text: &str) -> Result<Document> {
    let bytes = text.as_bytes();
    let mut reader = Reader::from_str(text);
    reader.config_mut().trim_text(true);
    let mut doc = Document::default();
    let mut stack: Vec<String> = Vec::new();
    // (element index, stack depth of its <component>)
    let mut components: Vec<(usize, usize)> = Vec::new();
    let mut capture: Option<(Field, String)> = None;
    // The `ref` of the enclosing <dependency>, one per open <dependency>.
    let mut dep_refs: Vec<String> = Vec::new();
    let mut seen_root = false;

    let err_at = |pos: u64| {
        let (line, col) = line_col(bytes, usize::try_from(pos).unwrap_or(usize::MAX));
        format!("line {line}, column {col}")
    };

    loop {
        let event = reader
            .read_event()
            .map_err(|e| VulnError::parse(path, err_at(reader.error_position()), e.to_string()))?;
        let pos = reader.buffer_position();
        match event {
            Event::DocType(_) => {
                return Err(VulnError::parse(
                    path,
                    err_at(pos),
                    "a document type declaration (DOCTYPE) is not allowed in a BOM",
                ));
            }
            Event::Start(e) => {
                let local = local_name(&e);
                if !seen_root {
                    doc.format = root_format(path, &reader, &e, &local, bytes)?;
                    seen_root = true;
                    stack.push(local);
                    continue;
                }
                if stack.len() >= MAX_DEPTH {
                    return Err(VulnError::parse(
                        path,
                        err_at(pos),
                        format!("elements nest deeper than {MAX_DEPTH}"),
                    ));
                }
                start(
                    path,
                    &reader,
                    bytes,
                    &e,
                    &local,
                    &stack,
                    &mut doc,
                    &mut components,
                    &mut capture,
                    &mut dep_refs,
                    pos,
                    true,
                )?;
                stack.push(local);
            }
            Event::Empty(e) => {
                let local = local_name(&e);
                if !seen_root {
                    doc.format = root_format(path, &reader, &e, &local, bytes)?;
                    seen_root = true;
                    continue;
                }
                start(
                    path,
                    &reader,
                    bytes,
                    &e,
                    &local,
                    &stack,
                    &mut doc,
                    &mut components,
                    &mut capture,
                    &mut dep_refs,
                    pos,
                    false,
                )?;
                // An empty element ends at once.
                if local == "component" && components.last().is_some_and(|&(_, d)| d == stack.len())
                {
                    components.pop();
                }
                capture = None;
            }
            Event::Text(t) => {
                if let Some((_, buf)) = &mut capture {
                    buf.push_str(&t.xml10_content());
                }
            }
            Event::CData(t) => {
                if let Some((_, buf)) = &mut capture {
                    buf.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(r) => {
                if let Some((_, buf)) = &mut capture {
                    let ch = match r.resolve_char_ref() {
                        Ok(Some(c)) => c,
                        Ok(None) => match &*r.xml10_content() {
                            "lt" => '<',
                            "gt" => '>',
                            "amp" => '&',
                            "apos" => '\'',
                            "quot" => '"',
                            other => {
                                return Err(VulnError::parse(
                                    path,
                                    err_at(pos),
                                    format!("undefined entity &{other};"),
                                ));
                            }
                        },
                        Err(e) => {
                            return Err(VulnError::parse(path, err_at(pos), e.to_string()));
                        }
                    };
                    buf.push(ch);
                }
            }
            Event::End(_) => {
                let Some(local) = stack.pop() else {
                    continue;
                };
                if let Some((field, value)) = capture.take() {
                    if let Some(&(idx, _)) = components.last() {
                        let el = &mut doc.elements[idx];
                        let value = value.trim().to_string();
                        match field {
                            Field::Name => el.name = value,
                            Field::Group => el.group = Some(value),
                            Field::Version => el.version = Some(value),
                            Field::Purl => el.purl = Some(value).filter(|p| !p.is_empty()),
                            Field::SrcNameProperty => el.source_name = Some(value),
                        }
                    }
                }
                if local == "component" && components.last().is_some_and(|&(_, d)| d == stack.len())
                {
                    components.pop();
                }
                if local == "dependency" && is_dependency_position(&stack) {
                    dep_refs.pop();
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !seen_root {
        return Err(VulnError::parse(path, "end of file", "no root element"));
    }
    if let Some(&idx) = doc.elements.iter().position(|e| e.is_subject).as_ref() {
        doc.subject = Some(doc.elements[idx].label()).filter(|s| !s.is_empty());
        if let Some(l) = doc.elements[idx].locator.clone() {
            doc.roots.push(l);
        }
    }
    Ok(doc)
}

/// The format name from the root element, or why this XML is no CycloneDX BOM.
fn root_format(
    path: &Path,
    reader: &Reader<&[u8]>,
    e: &BytesStart<'_>,
    local: &str,
    bytes: &[u8],
) -> Result<String> {
    let ns = attr(path, reader, e, "xmlns", bytes)?.unwrap_or_default();
    match ns.strip_prefix(NS_PREFIX) {
        Some(version) if local == "bom" => Ok(format!("CycloneDX {version} XML")),
        _ => Err(VulnError::Unsupported {
            path: path.to_path_buf(),
            reason: if local == "RDF" || ns.contains("spdx") {
                "SPDX RDF/XML is not supported; use SPDX JSON or tag-value".to_string()
            } else {
                format!(
                    "XML root element <{local}> in namespace {ns:?} is not a CycloneDX <bom> \
                     ({NS_PREFIX}1.x)"
                )
            },
        }),
    }
}

fn local_name(e: &BytesStart<'_>) -> String {
    e.local_name().as_ref().to_string()
}

/// The value of attribute `key` (compared by local name, except `xmlns` which is compared
/// whole), unescaped.
fn attr(
    path: &Path,
    reader: &Reader<&[u8]>,
    e: &BytesStart<'_>,
    key: &str,
    bytes: &[u8],
) -> Result<Option<String>> {
    for a in e.attributes() {
        let a = a.map_err(|err| {
            let (line, col) = line_col(
                bytes,
                usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX),
            );
            VulnError::parse(path, format!("line {line}, column {col}"), err.to_string())
        })?;
        let matches = if key == "xmlns" {
            a.key.as_ref() == "xmlns"
        } else {
            a.key.local_name().as_ref() == key
        };
        if matches {
            let v = a.normalized_value(XmlVersion::Implicit1_0).map_err(|err| {
                let (line, col) = line_col(
                    bytes,
                    usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX),
                );
                VulnError::parse(path, format!("line {line}, column {col}"), err.to_string())
            })?;
            return Ok(Some(v.into_owned()));
        }
    }
    Ok(None)
}

/// Whether a <component> opening below `stack` is a BOM component (not one inside
/// `formulation`, `vulnerabilities` or another section that reuses the element name).
fn is_component_position(stack: &[String]) -> bool {
    let rest = match stack {
        [bom, metadata, rest @ ..] if bom == "bom" && metadata == "metadata" => rest,
        [bom, components, rest @ ..] if bom == "bom" && components == "components" => rest,
        _ => return false,
    };
    // After the section: pairs of <component><components>.
    rest.len() % 2 == 0
        && rest
            .chunks(2)
            .all(|p| p[0] == "component" && p[1] == "components")
}

fn is_dependency_position(stack: &[String]) -> bool {
    matches!(stack, [bom, deps, rest @ ..] if bom == "bom" && deps == "dependencies"
        && rest.iter().all(|s| s == "dependency"))
}

#[allow(clippy::too_many_arguments)]
fn start(
    path: &Path,
    reader: &Reader<&[u8]>,
    bytes: &[u8],
    e: &BytesStart<'_>,
    local: &str,
    stack: &[String],
    doc: &mut Document,
    components: &mut Vec<(usize, usize)>,
    capture: &mut Option<(Field, String)>,
    dep_refs: &mut Vec<String>,
    pos: u64,
    opens: bool,
) -> Result<()> {
    let (line, col) = line_col(bytes, usize::try_from(pos).unwrap_or(usize::MAX));
    match local {
        "component" if is_component_position(stack) => {
            let in_metadata = stack.len() == 2 && stack[1] == "metadata";
            let el = Element {
                locator: attr(path, reader, e, "bom-ref", bytes)?,
                at: format!("line {line}, column {col}"),
                line: Some(line),
                kind: attr(path, reader, e, "type", bytes)?,
                parent: components.last().map(|&(i, _)| i),
                is_subject: in_metadata,
                ..Element::default()
            };
            components.push((doc.elements.len(), stack.len()));
            doc.elements.push(el);
        }
        "name" | "group" | "version" | "purl"
            if opens
                && stack.last().is_some_and(|s| s == "component")
                && components
                    .last()
                    .is_some_and(|&(_, d)| d + 1 == stack.len()) =>
        {
            let field = match local {
                "name" => Field::Name,
                "group" => Field::Group,
                "version" => Field::Version,
                _ => Field::Purl,
            };
            *capture = Some((field, String::new()));
        }
        "property"
            if opens
                && stack.len() >= 2
                && stack[stack.len() - 1] == "properties"
                && stack[stack.len() - 2] == "component"
                && components
                    .last()
                    .is_some_and(|&(_, d)| d + 2 == stack.len())
                && attr(path, reader, e, "name", bytes)?.as_deref()
                    == Some("aquasecurity:trivy:SrcName") =>
        {
            *capture = Some((Field::SrcNameProperty, String::new()));
        }
        "dependency" if is_dependency_position(stack) => {
            let r = attr(path, reader, e, "ref", bytes)?.ok_or_else(|| {
                VulnError::parse(
                    path,
                    format!("line {line}, column {col}"),
                    "<dependency> has no ref attribute",
                )
            })?;
            if let Some(from) = dep_refs.last() {
                doc.edges.push((from.clone(), r.clone()));
            }
            if opens {
                dep_refs.push(r);
            }
        }
        _ => {}
    }
    Ok(())
}
