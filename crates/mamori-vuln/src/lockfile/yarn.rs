//! `yarn.lock`: the classic v1 format (its own syntax, read here line by line) and berry's
//! (v2+, YAML with a `__metadata` entry).
//!
//! Entries resolved from the project itself or from outside the npm registry (workspace, link,
//! portal, file, patch and git/URL protocols) are skipped with a reason: they have no registry
//! version advisories could name. A berry `patch:` entry's unpatched package is listed under
//! its own `npm:` entry anyway.

use std::path::Path;

use crate::ecosystem::Ecosystem;
use crate::error::{Result, VulnError};
use crate::package::Inventory;

use super::{Collector, at, unquote, yaml_doc, yaml_key_lines};

pub(super) fn parse(path: &Path, text: &str) -> Result<Inventory> {
    let is_berry = text
        .lines()
        .any(|l| l.starts_with("__metadata:") || l.starts_with("\"__metadata\":"));
    if is_berry {
        berry(path, text)
    } else {
        classic(path, text)
    }
}

/// Name and range of a descriptor `name@range`, `@scope/name@range`.
fn split_descriptor(desc: &str) -> Option<(&str, &str)> {
    let desc = unquote(desc);
    let (at, _) = desc.char_indices().skip(1).find(|&(_, ch)| ch == '@')?;
    Some((&desc[..at], &desc[at + 1..]))
}

/// Git and tarball URL ranges: what they resolve to is no registry release.
pub(super) fn is_remote(range: &str) -> bool {
    range.contains("://")
        || ["git+", "git:", "github:", "gitlab:", "bitbucket:", "gist:"]
            .iter()
            .any(|p| range.starts_with(p))
}

const LOCAL_PROTOCOLS: [&str; 6] = ["workspace:", "link:", "portal:", "file:", "patch:", "exec:"];

fn classic(path: &Path, text: &str) -> Result<Inventory> {
    let mut c = Collector::new(path, Ecosystem::Npm);
    let mut current: Option<(String, String, u32)> = None; // name, range, line
    let flush =
        |cur: &mut Option<(String, String, u32)>, version: Option<String>, c: &mut Collector| {
            if let Some((name, range, line)) = cur.take() {
                let at = format!("line {line}");
                if let Some(p) = LOCAL_PROTOCOLS.iter().find(|p| range.starts_with(**p)) {
                    c.skip(
                        at,
                        format!("{name}: resolved from {p} (not the npm registry)"),
                    );
                    return;
                }
                if is_remote(&range) {
                    c.skip(
                        at,
                        format!("{name}: resolved from {range:?} (not the npm registry)"),
                    );
                    return;
                }
                let Some(version) = version else {
                    c.skip(at, format!("{name}: entry without a version"));
                    return;
                };
                let name = match range.strip_prefix("npm:").and_then(split_descriptor) {
                    Some((real, _)) => real.to_string(),
                    None => name,
                };
                c.add(&name, &version, Some(line), Some(format!("line {line}")));
            }
        };
    let mut version: Option<String> = None;
    for (i, raw) in text.lines().enumerate() {
        let line_no = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let line = raw.trim_end();
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if !line.starts_with(' ') {
            flush(&mut current, version.take(), &mut c);
            let Some(header) = line.strip_suffix(':') else {
                return Err(VulnError::parse(
                    path,
                    at(i + 1, 1),
                    "expected an entry header ending in ':'",
                ));
            };
            let first = header.split(", ").next().unwrap_or(header);
            let Some((name, range)) = split_descriptor(first) else {
                return Err(VulnError::parse(
                    path,
                    at(i + 1, 1),
                    format!("entry header {first:?} is not name@range"),
                ));
            };
            current = Some((name.to_string(), range.to_string(), line_no));
            continue;
        }
        if current.is_none() {
            return Err(VulnError::parse(
                path,
                at(i + 1, 1),
                "indented line outside an entry",
            ));
        }
        let indent = line.len() - line.trim_start().len();
        if indent == 2
            && let Some(rest) = line.trim_start().strip_prefix("version")
        {
            let v = rest.trim_start_matches(':').trim();
            version = Some(unquote(v).to_string());
        }
    }
    flush(&mut current, version.take(), &mut c);
    Ok(c.finish("yarn.lock v1".to_string()))
}

fn berry(path: &Path, text: &str) -> Result<Inventory> {
    let doc = yaml_doc(path, text)?;
    let Some(map) = doc.as_hash() else {
        return Err(VulnError::parse(path, "document", "not a YAML mapping"));
    };
    let lines = yaml_key_lines(text, None, 0);
    let mut c = Collector::new(path, Ecosystem::Npm);
    let mut format = "yarn.lock (berry)".to_string();
    for (k, v) in map {
        let Some(key) = k.as_str() else { continue };
        if key == "__metadata" {
            if let Some(ver) = v["version"].as_i64() {
                format = format!("yarn.lock v{ver} (berry)");
            } else if let Some(ver) = v["version"].as_str() {
                format = format!("yarn.lock v{ver} (berry)");
            }
            continue;
        }
        let line = lines.get(key).copied();
        let at = match line {
            Some(l) => format!("line {l}"),
            None => format!("{key:?}"),
        };
        let resolution = v["resolution"].as_str().unwrap_or("");
        let first = key.split(", ").next().unwrap_or(key);
        let Some((name, _)) = split_descriptor(if resolution.is_empty() {
            first
        } else {
            resolution
        }) else {
            c.skip(at, format!("{key:?} is not name@range"));
            continue;
        };
        let protocol = split_descriptor(resolution).map(|(_, r)| r).unwrap_or("");
        if let Some(p) = LOCAL_PROTOCOLS.iter().find(|p| protocol.starts_with(**p)) {
            c.skip(
                at,
                format!("{name}: resolved from {p} (not the npm registry)"),
            );
            continue;
        }
        if !protocol.is_empty() && !protocol.starts_with("npm:") {
            c.skip(
                at,
                format!("{name}: resolved from {protocol:?} (not the npm registry)"),
            );
            continue;
        }
        let version = match &v["version"] {
            yaml_rust2::Yaml::String(s) => s.clone(),
            yaml_rust2::Yaml::Integer(n) => n.to_string(),
            yaml_rust2::Yaml::Real(r) => r.clone(),
            _ => {
                c.skip(at, format!("{name}: entry without a version"));
                continue;
            }
        };
        // `name@npm:real@1.0.0` is an alias of `real`.
        let name = match protocol.strip_prefix("npm:").and_then(split_descriptor) {
            Some((real, _)) => real.to_string(),
            None => name.to_string(),
        };
        c.add(&name, &version, line, Some(format!("{key:?}")));
    }
    Ok(c.finish(format))
}
