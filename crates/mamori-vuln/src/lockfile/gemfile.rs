//! Bundler's `Gemfile.lock`: the `specs:` of `GEM` sections (rubygems.org and other gem
//! servers). `GIT` and `PATH` gems are not registry releases and are skipped with a reason.
//! Platform-specific builds (`nokogiri (1.13.6-x86_64-linux)`) are listed under the version
//! alone, which is what advisories name.

use std::collections::HashMap;
use std::path::Path;

use crate::ecosystem::Ecosystem;
use crate::error::{Result, VulnError};
use crate::package::Inventory;

use super::{Collector, Graph, at};

/// Platform names RubyGems appends to versions after a `-`.
const PLATFORM_HINTS: [&str; 12] = [
    "x86",
    "x64",
    "i386",
    "i686",
    "arm",
    "aarch64",
    "universal",
    "java",
    "mswin",
    "mingw",
    "darwin",
    "linux",
];

fn strip_platform(version: &str) -> &str {
    match version.split_once('-') {
        Some((v, platform)) if PLATFORM_HINTS.iter().any(|h| platform.contains(h)) => v,
        _ => version,
    }
}

/// `name (version)` or `name` (a dependency line without constraint).
fn name_version(s: &str) -> (&str, Option<&str>) {
    match s.split_once(" (") {
        Some((n, rest)) => (n.trim(), Some(rest.trim_end_matches(')').trim())),
        None => (s.trim().trim_end_matches('!'), None),
    }
}

pub(super) fn parse(path: &Path, text: &str) -> Result<Inventory> {
    let mut c = Collector::new(path, Ecosystem::RubyGems);
    let mut section = String::new();
    let mut in_specs = false;
    // name, version, line, deps
    let mut specs: Vec<(String, String, u32, Vec<String>)> = Vec::new();
    let mut roots: Vec<String> = Vec::new();
    let mut bundler: Option<String> = None;
    for (i, raw) in text.lines().enumerate() {
        let line_no = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let line = raw.trim_end();
        if line.trim().is_empty() {
            continue;
        }
        let indent = line.len() - line.trim_start().len();
        let body = line.trim_start();
        if indent == 0 {
            section = body.to_string();
            in_specs = false;
            continue;
        }
        match section.as_str() {
            "GEM" | "GIT" | "PATH" | "PLUGIN SOURCE" => {
                if indent == 2 {
                    in_specs = body == "specs:";
                    continue;
                }
                if !in_specs {
                    continue;
                }
                if indent == 4 {
                    let (name, version) = name_version(body);
                    let Some(version) = version else {
                        return Err(VulnError::parse(
                            path,
                            at(i + 1, 5),
                            format!("spec {body:?} has no (version)"),
                        ));
                    };
                    if section != "GEM" {
                        c.skip(
                            format!("line {line_no}"),
                            format!("{name}: from a {section} source, not a gem server"),
                        );
                        continue;
                    }
                    specs.push((
                        name.to_string(),
                        strip_platform(version).to_string(),
                        line_no,
                        Vec::new(),
                    ));
                } else if indent == 6
                    && section == "GEM"
                    && let Some(last) = specs.last_mut()
                {
                    last.3.push(name_version(body).0.to_string());
                }
            }
            "DEPENDENCIES" if indent == 2 => roots.push(name_version(body).0.to_string()),
            "BUNDLED WITH" if indent >= 2 => bundler = Some(body.to_string()),
            _ => {}
        }
    }
    let mut graph = Graph::default();
    let mut by_name: HashMap<&str, usize> = HashMap::new();
    for (name, version, _, _) in &specs {
        let n = graph.node(format!("{name}@{version}"));
        by_name.entry(name.as_str()).or_insert(n);
    }
    for (n, (_, _, _, deps)) in specs.iter().enumerate() {
        for d in deps {
            if let Some(&t) = by_name.get(d.as_str()) {
                graph.edge(n, t);
            }
        }
    }
    let root_ids: Vec<usize> = roots
        .iter()
        .filter_map(|r| by_name.get(r.as_str()).copied())
        .collect();
    let chains = graph.chains(&root_ids);
    for (n, (name, version, line, _)) in specs.iter().enumerate() {
        c.add(name, version, Some(*line), Some(format!("line {line}")))
            .path = chains[n].clone();
    }
    let format = match bundler {
        Some(b) => format!("Gemfile.lock (bundler {b})"),
        None => "Gemfile.lock".to_string(),
    };
    Ok(c.finish(format))
}
