//! `uv.lock`. The project itself (a `virtual` or `editable` source) and other local sources
//! are skipped: they are not registry packages. They are the roots of the dependency chains;
//! what only their `dev-dependencies` reach is dev-only.

use std::collections::HashMap;
use std::path::Path;

use crate::ecosystem::Ecosystem;
use crate::error::Result;
use crate::package::Inventory;

use super::{Collector, Graph, toml_array_header_lines, toml_table};

/// Index in the file, name, version, local source kind, line.
type Info<'a> = (usize, String, String, Option<&'a str>, Option<u32>);

const LOCAL_SOURCES: [&str; 4] = ["virtual", "editable", "directory", "path"];

pub(super) fn parse(path: &Path, text: &str) -> Result<Inventory> {
    let doc = toml_table(path, text)?;
    let lock_version = doc.get("version").and_then(|v| v.as_integer()).unwrap_or(1);
    let lines = toml_array_header_lines(text, "package");
    let mut c = Collector::new(path, Ecosystem::PyPI);
    let entries = super::toml_packages(path, &doc)?;
    let mut graph = Graph::default();
    let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
    let mut info = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        let name = e.get("name").and_then(|v| v.as_str()).unwrap_or("");
        let version = e.get("version").and_then(|v| v.as_str()).unwrap_or("");
        let local = e
            .get("source")
            .and_then(|s| s.as_table())
            .and_then(|s| LOCAL_SOURCES.iter().find(|k| s.contains_key(**k)).copied());
        let node = graph.node(if version.is_empty() {
            name.to_string()
        } else {
            format!("{name}@{version}")
        });
        by_name
            .entry(Ecosystem::PyPI.normalize_name(name))
            .or_default()
            .push(node);
        info.push((
            i,
            name.to_string(),
            version.to_string(),
            local,
            lines.get(i).copied(),
        ));
    }
    let dep_list = |e: &toml::Value, field: &str| -> Vec<(String, Option<String>)> {
        e.get(field)
            .and_then(|d| d.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|d| {
                        let n = d.get("name")?.as_str()?.to_string();
                        Some((
                            n,
                            d.get("version")
                                .and_then(|v| v.as_str())
                                .map(str::to_string),
                        ))
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let lookup =
        |by_name: &HashMap<String, Vec<usize>>, info: &[Info<'_>], n: &str, v: &Option<String>| {
            by_name
                .get(&Ecosystem::PyPI.normalize_name(n))
                .and_then(|c| match v {
                    Some(v) => c.iter().copied().find(|&k| info[k].2 == *v),
                    None => c.first().copied(),
                })
        };
    let mut roots = Vec::new();
    let mut dev_targets = Vec::new();
    for (n, e) in entries.iter().enumerate() {
        let mut deps = dep_list(e, "dependencies");
        if let Some(opt) = e.get("optional-dependencies").and_then(|o| o.as_table()) {
            for k in opt.keys() {
                if let Some(v) = opt.get(k) {
                    let wrapper = toml::Value::Table(toml::Table::from_iter([(
                        String::from("d"),
                        v.clone(),
                    )]));
                    deps.extend(dep_list(&wrapper, "d"));
                }
            }
        }
        for (dn, dv) in &deps {
            if let Some(t) = lookup(&by_name, &info, dn, dv) {
                graph.edge(n, t);
            }
        }
        if info[n].3.is_some() {
            roots.push(n);
            if let Some(groups) = e.get("dev-dependencies").and_then(|d| d.as_table()) {
                for g in groups.values() {
                    let wrapper = toml::Value::Table(toml::Table::from_iter([(
                        String::from("d"),
                        g.clone(),
                    )]));
                    for (dn, dv) in dep_list(&wrapper, "d") {
                        if let Some(t) = lookup(&by_name, &info, &dn, &dv) {
                            dev_targets.push((n, t));
                        }
                    }
                }
            }
        }
    }
    let prod = graph.reachable(&roots);
    for &(from, to) in &dev_targets {
        graph.edge(from, to);
    }
    let chains = graph.chains(&roots);
    let has_roots = !roots.is_empty();
    for (n, (i, name, version, local, line)) in info.iter().enumerate() {
        let at = line.map_or_else(|| format!("package[{i}]"), |l| format!("line {l}"));
        if let Some(kind) = local {
            c.skip(
                at,
                format!("{name}: the project's own {kind} source, not a registry package"),
            );
            continue;
        }
        if name.is_empty() || version.is_empty() {
            c.skip(at, "[[package]] without a name and version");
            continue;
        }
        let p = c.add(name, version, *line, Some(format!("package[{i}]")));
        p.dev = has_roots && !dev_targets.is_empty() && !prod[n];
        p.path = chains[n].clone();
    }
    Ok(c.finish(format!("uv.lock v{lock_version}")))
}
