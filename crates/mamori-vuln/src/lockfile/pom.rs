//! Maven `pom.xml`, without Maven: declared dependencies (and `dependencyManagement` entries,
//! as osv-scanner lists them) whose version is literal or a `${property}` defined in this POM.
//! Versions that come from a parent POM, a BOM or a range cannot be known from this file alone
//! and are skipped with the reason. `test`-scoped dependencies are dev-only.
//!
//! The XML is read with quick-xml, which never resolves DTDs or external entities; only the
//! five predefined entities and character references are expanded.

use std::collections::HashMap;
use std::path::Path;

use quick_xml::events::Event;

use crate::ecosystem::Ecosystem;
use crate::error::{Result, VulnError};
use crate::package::Inventory;

use super::{Collector, LineIndex, at, line_col};

/// Element nesting beyond this is refused: real POMs nest a dozen levels.
const MAX_DEPTH: usize = 256;

#[derive(Default)]
struct Dep {
    group: String,
    artifact: String,
    version: String,
    scope: String,
    line: u32,
    managed: bool,
}

pub(super) fn parse(path: &Path, text: &str) -> Result<Inventory> {
    let mut reader = quick_xml::Reader::from_str(text);
    let lines = LineIndex::new(text);
    let mut stack: Vec<String> = Vec::new();
    let mut props: HashMap<String, String> = HashMap::new();
    let mut deps: Vec<Dep> = Vec::new();
    let mut current: Option<Dep> = None;
    let mut text_buf = String::new();
    loop {
        let pos = usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX);
        let event = reader.read_event().map_err(|e| {
            let off = usize::try_from(reader.error_position()).unwrap_or(0);
            let (l, c) = line_col(text.as_bytes(), off);
            VulnError::parse(path, at(l, c), e.to_string())
        })?;
        match event {
            Event::Start(e) => {
                let name = e.local_name().as_ref().to_string();
                stack.push(name);
                if stack.len() > MAX_DEPTH {
                    let (l, c) = line_col(text.as_bytes(), pos);
                    return Err(VulnError::parse(path, at(l, c), "elements nested too deep"));
                }
                text_buf.clear();
                if is_dependency(&stack) {
                    current = Some(Dep {
                        line: lines.line(pos),
                        managed: stack.iter().any(|s| s == "dependencyManagement"),
                        ..Dep::default()
                    });
                }
            }
            Event::Text(t) => text_buf.push_str(&t.xml10_content()),
            Event::CData(t) => text_buf.push_str(&t.xml10_content()),
            Event::GeneralRef(r) => {
                let ch = match r.resolve_char_ref() {
                    Ok(Some(ch)) => Some(ch),
                    _ => match r.as_ref() {
                        "amp" => Some('&'),
                        "lt" => Some('<'),
                        "gt" => Some('>'),
                        "quot" => Some('"'),
                        "apos" => Some('\''),
                        _ => None,
                    },
                };
                if let Some(ch) = ch {
                    text_buf.push(ch);
                }
            }
            Event::End(_) => {
                let value = text_buf.trim().to_string();
                text_buf.clear();
                let depth = stack.len();
                let names: Vec<&str> = stack.iter().map(String::as_str).collect();
                match names.as_slice() {
                    ["project", "properties", key] => {
                        props.insert((*key).to_string(), value.clone());
                    }
                    ["project", field @ ("groupId" | "artifactId" | "version")] => {
                        props.insert(format!("project.{field}"), value.clone());
                        props.insert(format!("pom.{field}"), value.clone());
                    }
                    ["project", "parent", field @ ("groupId" | "version")] => {
                        props.insert(format!("project.parent.{field}"), value.clone());
                    }
                    _ => {}
                }
                if let Some(d) = current.as_mut()
                    && depth >= 2
                    && is_dependency(&stack[..depth - 1])
                {
                    match names[depth - 1] {
                        "groupId" => d.group = value,
                        "artifactId" => d.artifact = value,
                        "version" => d.version = value,
                        "scope" => d.scope = value,
                        _ => {}
                    }
                }
                if is_dependency(&stack)
                    && let Some(d) = current.take()
                {
                    deps.push(d);
                }
                stack.pop();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    // A child POM inherits its parent's group and version when it does not set its own.
    for f in ["groupId", "version"] {
        if !props.contains_key(&format!("project.{f}"))
            && let Some(v) = props.get(&format!("project.parent.{f}")).cloned()
        {
            props.insert(format!("project.{f}"), v);
        }
    }
    let mut c = Collector::new(path, Ecosystem::Maven);
    let managed: HashMap<(String, String), String> = deps
        .iter()
        .filter(|d| d.managed)
        .map(|d| ((d.group.clone(), d.artifact.clone()), d.version.clone()))
        .collect();
    for d in &deps {
        let where_ = format!("line {}", d.line);
        let group = interpolate(&d.group, &props);
        let artifact = interpolate(&d.artifact, &props);
        let (Some(group), Some(artifact)) = (group, artifact) else {
            c.skip(
                where_,
                format!(
                    "{}:{}: group or artifact names an undefined property",
                    d.group, d.artifact
                ),
            );
            continue;
        };
        if group.is_empty() || artifact.is_empty() {
            c.skip(where_, "dependency without groupId or artifactId");
            continue;
        }
        let name = format!("{group}:{artifact}");
        if d.managed && d.scope == "import" {
            c.skip(where_, format!("{name}: an imported BOM, not a dependency"));
            continue;
        }
        let raw = if d.version.is_empty() {
            managed
                .get(&(d.group.clone(), d.artifact.clone()))
                .cloned()
                .unwrap_or_default()
        } else {
            d.version.clone()
        };
        if raw.is_empty() {
            c.skip(
                where_,
                format!("{name}: version managed by a parent POM or BOM not in this file"),
            );
            continue;
        }
        let Some(version) = interpolate(&raw, &props) else {
            c.skip(
                where_,
                format!("{name}: version {raw:?} names a property not defined in this file"),
            );
            continue;
        };
        if version.starts_with(['[', '(']) {
            c.skip(
                where_,
                format!("{name}: version range {version:?} is not one version"),
            );
            continue;
        }
        let locator = if d.managed {
            format!("dependencyManagement, line {}", d.line)
        } else {
            where_
        };
        c.add(&name, &version, Some(d.line), Some(locator)).dev = d.scope == "test";
    }
    Ok(c.finish("pom.xml".to_string()))
}

fn is_dependency(stack: &[String]) -> bool {
    let n = stack.len();
    n >= 3
        && stack[n - 1] == "dependency"
        && stack[n - 2] == "dependencies"
        && (n == 3 && stack[0] == "project"
            || n == 4 && stack[0] == "project" && stack[1] == "dependencyManagement")
}

/// Longest expanded value: versions and coordinates are short, and the cap keeps properties
/// that expand into each other from growing without bound.
const MAX_EXPANDED: usize = 1024;

/// Expands `${name}` references, a bounded number of times; `None` when one is undefined or
/// the expansion runs away.
fn interpolate(value: &str, props: &HashMap<String, String>) -> Option<String> {
    let mut out = value.to_string();
    for _ in 0..8 {
        if out.len() > MAX_EXPANDED {
            return None;
        }
        let Some(start) = out.find("${") else {
            return Some(out);
        };
        let end = start + out[start..].find('}')?;
        let key = &out[start + 2..end];
        let replacement = props.get(key)?;
        out = format!("{}{}{}", &out[..start], replacement, &out[end + 1..]);
    }
    if out.contains("${") { None } else { Some(out) }
}
