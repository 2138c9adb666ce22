//! `poetry.lock`. Dev-only: the old `category = "dev"`, or (lock format 2.1+) `groups` without
//! `main`. Packages from a local directory or file are the project's own, and skipped.

use std::collections::HashMap;
use std::path::Path;

use crate::ecosystem::Ecosystem;
use crate::error::Result;
use crate::package::Inventory;

use super::{Collector, Graph, toml_array_header_lines, toml_table};

pub(super) fn parse(path: &Path, text: &str) -> Result<Inventory> {
    let doc = toml_table(path, text)?;
    let lock_version = doc
        .get("metadata")
        .and_then(|m| m.get("lock-version"))
        .and_then(|v| v.as_str())
        .unwrap_or("1.x");
    let lines = toml_array_header_lines(text, "package");
    let mut c = Collector::new(path, Ecosystem::PyPI);
    let entries = super::toml_packages(path, &doc)?;
    let mut graph = Graph::default();
    let mut kept = Vec::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    for (i, e) in entries.iter().enumerate() {
        let line = lines.get(i).copied();
        let at = line.map_or_else(|| format!("package[{i}]"), |l| format!("line {l}"));
        let (Some(name), Some(version)) = (
            e.get("name").and_then(|v| v.as_str()),
            e.get("version").and_then(|v| v.as_str()),
        ) else {
            c.skip(at, "[[package]] without a name and version");
            continue;
        };
        let source_type = e
            .get("source")
            .and_then(|s| s.get("type"))
            .and_then(|t| t.as_str());
        if matches!(source_type, Some("directory") | Some("file")) {
            c.skip(
                at,
                format!(
                    "{name}: a local {} source, not a registry package",
                    source_type.unwrap_or("")
                ),
            );
            continue;
        }
        let dev = match (
            e.get("category").and_then(|v| v.as_str()),
            e.get("groups").and_then(|g| g.as_array()),
        ) {
            (Some(cat), _) => cat == "dev",
            (None, Some(groups)) => !groups.iter().any(|g| g.as_str() == Some("main")),
            (None, None) => false,
        };
        let node = graph.node(format!("{name}@{version}"));
        by_name.insert(Ecosystem::PyPI.normalize_name(name), node);
        let deps: Vec<String> = e
            .get("dependencies")
            .and_then(|d| d.as_table())
            .map(|t| t.keys().cloned().collect())
            .unwrap_or_default();
        kept.push((name.to_string(), version.to_string(), line, i, dev, deps));
    }
    for (n, (_, _, _, _, _, deps)) in kept.iter().enumerate() {
        for d in deps {
            if let Some(&to) = by_name.get(&Ecosystem::PyPI.normalize_name(d)) {
                graph.edge(n, to);
            }
        }
    }
    // The project's own requirements are in pyproject.toml, not here: what nothing else
    // depends on is taken as a direct dependency.
    let chains = graph.chains(&graph.sources());
    for (n, (name, version, line, i, dev, _)) in kept.iter().enumerate() {
        let p = c.add(name, version, *line, Some(format!("package[{i}]")));
        p.dev = *dev;
        p.path = chains[n].clone();
    }
    Ok(c.finish(format!("poetry.lock v{lock_version}")))
}
