//! `pnpm-lock.yaml`, lockfile versions 5 (`/name/1.0.0_peer`), 6 (`/name@1.0.0(peer)`) and 9
//! (`name@1.0.0`, dependencies under `snapshots`).
//!
//! Peer-dependency suffixes are stripped: `react-dom@18.2.0(react@18.2.0)` is react-dom 18.2.0.
//! Dev-only is the entry's own `dev` flag where the lockfile has it (v5, v6); v9 dropped it, so
//! there a package is dev-only when only the importers' `devDependencies` reach it.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use yaml_rust2::Yaml;

use crate::ecosystem::Ecosystem;
use crate::error::{Result, VulnError};
use crate::package::Inventory;

use super::{Collector, Graph, yaml_doc, yaml_key_lines};

fn scalar(y: &Yaml) -> Option<String> {
    match y {
        Yaml::String(s) => Some(s.clone()),
        Yaml::Real(s) => Some(s.clone()),
        Yaml::Integer(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Removes a peer suffix: `1.0.0(react@18)(b@1)` and v5's `1.0.0_react@18`.
fn strip_peers(version: &str, v5: bool) -> &str {
    let v = version.split('(').next().unwrap_or(version);
    if v5 {
        v.split('_').next().unwrap_or(v)
    } else {
        v
    }
}

/// Name and version of a `packages` key.
fn parse_key(key: &str, major: u32) -> Option<(String, String)> {
    let k = key.strip_prefix('/').unwrap_or(key);
    if major <= 5 {
        // `name/1.0.0` or `@scope/name/1.0.0`, maybe `registry.host/name/1.0.0`.
        let (name, ver) = k.rsplit_once('/')?;
        let name = match name.find("/@") {
            Some(i) => &name[i + 1..],
            None => name,
        };
        return Some((name.to_string(), strip_peers(ver, true).to_string()));
    }
    let k = k.split('(').next().unwrap_or(k);
    let (at, _) = k.char_indices().skip(1).find(|&(_, c)| c == '@')?;
    let (name, ver) = (&k[..at], &k[at + 1..]);
    if name.is_empty() || ver.is_empty() {
        return None;
    }
    Some((name.to_string(), ver.to_string()))
}

pub(super) fn parse(path: &Path, text: &str) -> Result<Inventory> {
    let doc = yaml_doc(path, text)?;
    if doc.as_hash().is_none() {
        return Err(VulnError::parse(path, "document", "not a YAML mapping"));
    }
    let lock_version = scalar(&doc["lockfileVersion"]).unwrap_or_else(|| "5".to_string());
    let major: u32 = lock_version
        .split('.')
        .next()
        .and_then(|m| m.parse().ok())
        .unwrap_or(5);
    let v5 = major <= 5;
    let lines = yaml_key_lines(text, Some("packages"), 2);
    let mut c = Collector::new(path, Ecosystem::Npm);

    struct Entry {
        name: String,
        version: String,
        dev: Option<bool>,
        line: Option<u32>,
        key: String,
    }
    let mut entries: Vec<Entry> = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    if let Some(pkgs) = doc["packages"].as_hash() {
        for (k, v) in pkgs {
            let Some(key) = k.as_str() else { continue };
            let line = lines.get(key).copied();
            let at = line.map_or_else(|| format!("packages[{key:?}]"), |l| format!("line {l}"));
            let parsed = match (v["name"].as_str(), scalar(&v["version"])) {
                // Tarball and git entries carry their name and version explicitly.
                (Some(n), Some(ver)) => Some((n.to_string(), ver)),
                _ => parse_key(key, major),
            };
            let Some((name, version)) = parsed else {
                c.skip(at, format!("{key:?}: no name and version in the key"));
                continue;
            };
            let res = &v["resolution"];
            if res["directory"].as_str().is_some()
                || res["tarball"]
                    .as_str()
                    .is_some_and(|t| t.starts_with("file:"))
                || version.starts_with("link:")
                || version.starts_with("file:")
            {
                c.skip(
                    at,
                    format!("{name}: a local directory or file, not a registry package"),
                );
                continue;
            }
            let id = format!("{name}@{}", strip_peers(&version, v5));
            if by_id.contains_key(&id) {
                continue;
            }
            by_id.insert(id, entries.len());
            entries.push(Entry {
                name,
                version: strip_peers(&version, v5).to_string(),
                dev: v["dev"].as_bool(),
                line,
                key: key.to_string(),
            });
        }
    }

    // Graph: node 0 is the project (all importers); edges from the packages' (v5/v6) or the
    // snapshots' (v9) dependency maps.
    let mut graph = Graph::default();
    let root = graph.node(".".to_string());
    for e in &entries {
        graph.node(format!("{}@{}", e.name, e.version));
    }
    let target = |name: &str, reference: &str| -> Option<usize> {
        // A reference is a version (with peers), v5's `/other/1.0.0`, or an alias `other@1.0.0`.
        let r = strip_peers(reference, v5);
        if r.starts_with("link:") || r.starts_with("file:") {
            return None;
        }
        let id = if r.starts_with('/') {
            parse_key(r, major).map(|(n, v)| format!("{n}@{v}"))
        } else if let Some((n, v)) = parse_key(r, 6).filter(|_| r.contains('@')) {
            Some(format!("{n}@{v}"))
        } else {
            Some(format!("{name}@{r}"))
        }?;
        by_id.get(&id).map(|&i| i + 1)
    };
    let graph_source = if major >= 9 {
        &doc["snapshots"]
    } else {
        &doc["packages"]
    };
    if let Some(snaps) = graph_source.as_hash() {
        for (k, v) in snaps {
            let Some(key) = k.as_str() else { continue };
            let Some(from) = parse_key(key, major)
                .and_then(|(n, ver)| by_id.get(&format!("{n}@{}", strip_peers(&ver, v5))))
                .map(|&i| i + 1)
            else {
                continue;
            };
            for field in ["dependencies", "optionalDependencies"] {
                if let Some(deps) = v[field].as_hash() {
                    for (dn, dv) in deps {
                        if let (Some(dn), Some(dv)) = (dn.as_str(), scalar(dv))
                            && let Some(to) = target(dn, &dv)
                        {
                            graph.edge(from, to);
                        }
                    }
                }
            }
        }
    }
    let mut prod_roots = vec![root];
    let mut dev_roots = Vec::new();
    let mut importer_deps = |deps: &Yaml, dev: bool, graph: &mut Graph| {
        if let Some(deps) = deps.as_hash() {
            for (dn, dv) in deps {
                let Some(dn) = dn.as_str() else { continue };
                // v6+ importers: `{specifier, version}`; v5: the version itself.
                let Some(reference) = scalar(&dv["version"]).or_else(|| scalar(dv)) else {
                    continue;
                };
                if let Some(to) = target(dn, &reference) {
                    if dev {
                        dev_roots.push(to);
                    } else {
                        graph.edge(root, to);
                        prod_roots.push(to);
                    }
                }
            }
        }
    };
    let importers: Vec<&Yaml> = match doc["importers"].as_hash() {
        Some(h) => h.values().collect(),
        None => vec![&doc],
    };
    for imp in importers {
        importer_deps(&imp["dependencies"], false, &mut graph);
        importer_deps(&imp["optionalDependencies"], false, &mut graph);
        importer_deps(&imp["devDependencies"], true, &mut graph);
    }
    for &d in &dev_roots {
        graph.edge(root, d);
    }
    let chains = graph.chains(&[root]);
    // Reachability from production roots alone decides dev-only where the entry does not say.
    let mut prod_graph = Graph {
        labels: graph.labels.clone(),
        edges: graph.edges.clone(),
    };
    let prod_set: HashSet<usize> = prod_roots.iter().copied().collect();
    let dev_set: HashSet<usize> = dev_roots.iter().copied().collect();
    if let Some(e) = prod_graph.edges.get_mut(root) {
        e.retain(|t| !dev_set.contains(t) || prod_set.contains(t));
    }
    let prod = prod_graph.reachable(&[root]);
    let any_dev_info = !dev_roots.is_empty();
    for (i, e) in entries.iter().enumerate() {
        let p = c.add(
            &e.name,
            &e.version,
            e.line,
            Some(format!("packages[{:?}]", e.key)),
        );
        p.dev = e.dev.unwrap_or(any_dev_info && !prod[i + 1]);
        p.path = chains[i + 1].clone();
    }
    Ok(c.finish(format!("pnpm-lock.yaml v{lock_version}")))
}
