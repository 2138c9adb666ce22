//! `Cargo.lock`, versions 1 to 4.
//!
//! Every `[[package]]` is listed, workspace members (no `source`) included, as trivy does; they
//! are the roots of the dependency chains.

use std::collections::HashMap;
use std::path::Path;

use crate::ecosystem::Ecosystem;
use crate::error::Result;
use crate::package::Inventory;

use super::{Collector, Graph, toml_array_header_lines, toml_table};

pub(super) fn parse(path: &Path, text: &str) -> Result<Inventory> {
    let doc = toml_table(path, text)?;
    let version = match doc.get("version").and_then(|v| v.as_integer()) {
        Some(v) => v,
        // v1 keeps checksums in [metadata]; v2 dropped them without adding `version`.
        None if doc.contains_key("metadata") => 1,
        None => 2,
    };
    let lines = toml_array_header_lines(text, "package");
    let mut c = Collector::new(path, Ecosystem::CratesIo);
    let entries = super::toml_packages(path, &doc)?;
    struct Entry {
        name: String,
        version: String,
        deps: Vec<String>,
        root: bool,
        line: Option<u32>,
        index: usize,
    }
    let mut list = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        let line = lines.get(i).copied();
        let at = || match line {
            Some(l) => format!("line {l}"),
            None => format!("package[{i}]"),
        };
        let (Some(name), Some(ver)) = (
            e.get("name").and_then(|v| v.as_str()),
            e.get("version").and_then(|v| v.as_str()),
        ) else {
            c.skip(at(), "[[package]] without a name and version");
            continue;
        };
        let deps = e
            .get("dependencies")
            .and_then(|d| d.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|d| d.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        list.push(Entry {
            name: name.to_string(),
            version: ver.to_string(),
            deps,
            root: e.get("source").is_none(),
            line,
            index: i,
        });
    }
    let mut graph = Graph::default();
    let mut by_name: HashMap<&str, Vec<usize>> = HashMap::new();
    for (n, e) in list.iter().enumerate() {
        graph.node(format!("{}@{}", e.name, e.version));
        by_name.entry(e.name.as_str()).or_default().push(n);
    }
    for (n, e) in list.iter().enumerate() {
        for d in &e.deps {
            // "name", "name version" or (v1) "name version (source)".
            let mut parts = d.split_whitespace();
            let Some(dn) = parts.next() else { continue };
            let dv = parts.next();
            let target = by_name.get(dn).and_then(|cands| match dv {
                Some(v) => cands.iter().copied().find(|&k| list[k].version == v),
                None => cands.first().copied(),
            });
            if let Some(t) = target {
                graph.edge(n, t);
            }
        }
    }
    let roots: Vec<usize> = (0..list.len()).filter(|&n| list[n].root).collect();
    let chains = graph.chains(&roots);
    for (n, e) in list.iter().enumerate() {
        let p = c.add(
            &e.name,
            &e.version,
            e.line,
            Some(format!("package[{}]", e.index)),
        );
        p.path = chains[n].clone();
    }
    Ok(c.finish(format!("Cargo.lock v{version}")))
}
