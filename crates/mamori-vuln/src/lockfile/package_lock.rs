//! npm's `package-lock.json` (and `npm-shrinkwrap.json`, `node_modules/.package-lock.json`).
//!
//! v1 nests `dependencies` by install location; v2 and v3 have a flat `packages` map keyed by
//! install path (`node_modules/a/node_modules/b`), whose root `""` is the project itself and is
//! not listed. Entries that are links, or that live outside any `node_modules` (workspace
//! members), are the project's own code, not registry packages.

use std::collections::HashMap;
use std::path::Path;

use serde_json::{Map, Value};

use crate::ecosystem::Ecosystem;
use crate::error::{Result, VulnError};
use crate::package::Inventory;

use super::json_lines::JsonLines;
use super::{Collector, Graph, json_error};

struct Node {
    /// Install path: `node_modules/a/node_modules/b`.
    key: String,
    name: String,
    version: String,
    dev: bool,
    deps: Vec<String>,
    line: Option<u32>,
}

pub(super) fn parse(path: &Path, text: &str) -> Result<Inventory> {
    let doc: Value = serde_json::from_str(text).map_err(|e| json_error(path, &e))?;
    let Some(obj) = doc.as_object() else {
        return Err(VulnError::parse(path, "$", "not a JSON object"));
    };
    let lock_version = obj
        .get("lockfileVersion")
        .and_then(Value::as_u64)
        .unwrap_or(1);
    let lines = JsonLines::scan(text, if text.contains("\"packages\"") { 2 } else { 12 });
    let mut c = Collector::new(path, Ecosystem::Npm);
    let root_label = match (
        obj.get("name").and_then(Value::as_str),
        obj.get("version").and_then(Value::as_str),
    ) {
        (Some(n), Some(v)) => format!("{n}@{v}"),
        (Some(n), None) => n.to_string(),
        _ => "(root)".to_string(),
    };
    let mut nodes = Vec::new();
    let root_deps: Option<Vec<(String, bool)>>;
    if let Some(pkgs) = obj.get("packages").and_then(Value::as_object)
        && lock_version >= 2
    {
        root_deps = Some(v2_nodes(pkgs, &lines, &mut c, &mut nodes));
    } else {
        root_deps = None;
        if let Some(deps) = obj.get("dependencies").and_then(Value::as_object) {
            v1_nodes(
                deps,
                "",
                &["dependencies".to_string()],
                &lines,
                &mut c,
                &mut nodes,
                0,
            );
        }
    }

    // The graph: node 0 is the project; dependencies resolve the way Node does, from the
    // dependent's own node_modules upwards.
    let mut graph = Graph::default();
    let root = graph.node(root_label);
    let mut index: HashMap<&str, usize> = HashMap::new();
    for n in &nodes {
        let id = graph.node(format!("{}@{}", n.name, n.version));
        index.insert(n.key.as_str(), id);
    }
    for n in &nodes {
        let Some(&from) = index.get(n.key.as_str()) else {
            continue;
        };
        for d in &n.deps {
            if let Some(to) = resolve(&index, &n.key, d) {
                graph.edge(from, to);
            }
        }
    }
    match &root_deps {
        Some(deps) => {
            for (d, _) in deps {
                if let Some(to) = resolve(&index, "", d) {
                    graph.edge(root, to);
                }
            }
        }
        None => {
            // v1 lists no root dependencies: the top-level entries nothing else requires are
            // what the project asked for.
            let sources = graph.sources();
            for s in sources {
                if s != root {
                    graph.edge(root, s);
                }
            }
        }
    }
    let chains = graph.chains(&[root]);
    for (i, n) in nodes.iter().enumerate() {
        let locator = if lock_version >= 2 {
            format!("packages[{:?}]", n.key)
        } else {
            format!("dependencies[{:?}]", n.key)
        };
        let p = c.add(&n.name, &n.version, n.line, Some(locator));
        p.dev = n.dev;
        p.path = chains[i + 1].clone();
    }
    Ok(c.finish(format!("package-lock.json v{lock_version}")))
}

/// Dependency names of an entry; `optional` ones included since npm installs them when it can.
fn dep_names(entry: &Map<String, Value>, fields: &[&str]) -> Vec<String> {
    fields
        .iter()
        .filter_map(|f| entry.get(*f).and_then(Value::as_object))
        .flat_map(|m| m.keys().cloned())
        .collect()
}

/// `npm:real-name@1.2.3` aliases name the package actually installed.
fn unalias(name: &str, version: &str) -> (String, String) {
    if let Some(rest) = version.strip_prefix("npm:")
        && let Some(at) = rest.rfind('@').filter(|&i| i > 0)
    {
        return (rest[..at].to_string(), rest[at + 1..].to_string());
    }
    (name.to_string(), version.to_string())
}

fn v2_nodes(
    pkgs: &Map<String, Value>,
    lines: &JsonLines,
    c: &mut Collector,
    nodes: &mut Vec<Node>,
) -> Vec<(String, bool)> {
    let mut root = Vec::new();
    for (key, entry) in pkgs {
        let Some(entry) = entry.as_object() else {
            c.skip(format!("packages[{key:?}]"), "entry is not an object");
            continue;
        };
        if key.is_empty() {
            root = dep_names(
                entry,
                &["dependencies", "optionalDependencies", "peerDependencies"],
            )
            .into_iter()
            .map(|d| (d, false))
            .chain(
                dep_names(entry, &["devDependencies"])
                    .into_iter()
                    .map(|d| (d, true)),
            )
            .collect();
            continue;
        }
        let line = lines.line(&["packages", key]);
        let Some(idx) = key.rfind("node_modules/") else {
            // A workspace member's own directory.
            continue;
        };
        if entry.get("link").and_then(Value::as_bool) == Some(true) {
            continue;
        }
        let dir_name = &key[idx + "node_modules/".len()..];
        let name = entry
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or(dir_name);
        let Some(version) = entry.get("version").and_then(Value::as_str) else {
            c.skip(format!("packages[{key:?}]"), "no version");
            continue;
        };
        let (name, version) = unalias(name, version);
        nodes.push(Node {
            key: key.clone(),
            name,
            version,
            dev: entry.get("dev").and_then(Value::as_bool) == Some(true),
            deps: dep_names(
                entry,
                &["dependencies", "optionalDependencies", "peerDependencies"],
            ),
            line,
        });
    }
    root
}

const MAX_NESTING: usize = 256;

fn v1_nodes(
    deps: &Map<String, Value>,
    prefix: &str,
    json_path: &[String],
    lines: &JsonLines,
    c: &mut Collector,
    nodes: &mut Vec<Node>,
    depth: usize,
) {
    if depth > MAX_NESTING {
        c.skip(prefix.to_string(), "dependencies nested too deep");
        return;
    }
    for (name, entry) in deps {
        let key = format!("{prefix}node_modules/{name}");
        let mut jp = json_path.to_vec();
        jp.push(name.clone());
        let Some(entry) = entry.as_object() else {
            c.skip(format!("dependencies[{key:?}]"), "entry is not an object");
            continue;
        };
        let jp_ref: Vec<&str> = jp.iter().map(String::as_str).collect();
        let line = lines.line(&jp_ref);
        match entry.get("version").and_then(Value::as_str) {
            Some(v) if v.starts_with("file:") || v.starts_with("link:") => {}
            Some(v) if super::yarn::is_remote(v) => c.skip(
                format!("dependencies[{key:?}]"),
                format!("{name}: installed from {v:?}, not the npm registry"),
            ),
            Some(v) => {
                let (real, version) = unalias(name, v);
                nodes.push(Node {
                    key: key.clone(),
                    name: real,
                    version,
                    dev: entry.get("dev").and_then(Value::as_bool) == Some(true),
                    deps: dep_names(entry, &["requires"]),
                    line,
                });
            }
            None => c.skip(format!("dependencies[{key:?}]"), "no version"),
        }
        if let Some(nested) = entry.get("dependencies").and_then(Value::as_object) {
            jp.push("dependencies".to_string());
            v1_nodes(nested, &format!("{key}/"), &jp, lines, c, nodes, depth + 1);
        }
    }
}

/// Node's lookup: `<dependent>/node_modules/<dep>`, then each ancestor's `node_modules`.
fn resolve(index: &HashMap<&str, usize>, from: &str, dep: &str) -> Option<usize> {
    let mut base = from.to_string();
    loop {
        let candidate = if base.is_empty() {
            format!("node_modules/{dep}")
        } else {
            format!("{base}/node_modules/{dep}")
        };
        if let Some(&i) = index.get(candidate.as_str()) {
            return Some(i);
        }
        if base.is_empty() {
            return None;
        }
        base = match base.rfind("/node_modules/") {
            Some(i) => base[..i].to_string(),
            None => String::new(),
        };
    }
}
