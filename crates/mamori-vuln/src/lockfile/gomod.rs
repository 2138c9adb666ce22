//! `go.mod`: `require` entries with `replace` directives applied. A module replaced by a local
//! directory is skipped (its code is the project's). The `go` directive (or `toolchain`, which
//! names the exact release) becomes the `stdlib` package, as osv-scanner reports it, so Go
//! standard library advisories match.
//!
//! Versions are given as OSV spells Go versions, without the leading `v`; PURLs keep it.

use std::path::Path;

use crate::ecosystem::Ecosystem;
use crate::error::{Result, VulnError};
use crate::package::Inventory;

use super::{Collector, at};

struct Require {
    module: String,
    version: String,
    line: u32,
    /// `// indirect`: needed by a dependency, not imported by the module itself.
    indirect: bool,
}

struct Replace {
    old: String,
    old_version: Option<String>,
    new: String,
    new_version: Option<String>,
}

fn unquote_go(s: &str) -> String {
    let s = s.trim();
    s.strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .or_else(|| s.strip_prefix('`').and_then(|r| r.strip_suffix('`')))
        .unwrap_or(s)
        .to_string()
}

pub(super) fn parse(path: &Path, text: &str) -> Result<Inventory> {
    let mut c = Collector::new(path, Ecosystem::Go);
    let mut requires = Vec::new();
    let mut replaces = Vec::new();
    let mut go_version: Option<(String, u32)> = None;
    let mut toolchain: Option<(String, u32)> = None;
    let mut block: Option<String> = None;
    let mut module_path: Option<String> = None;
    for (i, raw) in text.lines().enumerate() {
        let line_no = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let (code, comment) = match raw.find("//") {
            Some(p) => (&raw[..p], &raw[p + 2..]),
            None => (raw, ""),
        };
        let code = code.trim();
        if code.is_empty() {
            continue;
        }
        let (verb, args) = if let Some(b) = &block {
            if code == ")" {
                block = None;
                continue;
            }
            (b.clone(), code.to_string())
        } else {
            let (v, a) = code.split_once(char::is_whitespace).unwrap_or((code, ""));
            let a = a.trim();
            if a == "(" {
                block = Some(v.to_string());
                continue;
            }
            if a.starts_with('(') && a.ends_with(')') {
                // A one-line block: `require ( a v1 )`.
                (v.to_string(), a[1..a.len() - 1].trim().to_string())
            } else {
                (v.to_string(), a.to_string())
            }
        };
        let fields: Vec<String> = args.split_whitespace().map(unquote_go).collect();
        match verb.as_str() {
            "module" => module_path = fields.first().cloned(),
            "exclude" | "retract" | "godebug" | "tool" | "ignore" => {}
            "go" => go_version = fields.first().map(|v| (v.clone(), line_no)),
            "toolchain" => toolchain = fields.first().map(|v| (v.clone(), line_no)),
            "require" => {
                let [module, version] = fields.as_slice() else {
                    return Err(VulnError::parse(
                        path,
                        at(i + 1, 1),
                        "require needs a module path and a version",
                    ));
                };
                requires.push(Require {
                    module: module.clone(),
                    version: version.clone(),
                    line: line_no,
                    indirect: comment.trim() == "indirect",
                });
            }
            "replace" => {
                let Some(arrow) = fields.iter().position(|f| f == "=>") else {
                    return Err(VulnError::parse(path, at(i + 1, 1), "replace without =>"));
                };
                let (old, new) = fields.split_at(arrow);
                let new = &new[1..];
                if old.is_empty() || new.is_empty() || old.len() > 2 || new.len() > 2 {
                    return Err(VulnError::parse(
                        path,
                        at(i + 1, 1),
                        "replace needs `old [v] => new [v]`",
                    ));
                }
                replaces.push(Replace {
                    old: old[0].clone(),
                    old_version: old.get(1).cloned(),
                    new: new[0].clone(),
                    new_version: new.get(1).cloned(),
                });
            }
            other => {
                return Err(VulnError::parse(
                    path,
                    at(i + 1, 1),
                    format!("unknown directive {other:?}"),
                ));
            }
        }
    }
    if let Some(b) = block {
        return Err(VulnError::parse(
            path,
            format!("line {}", text.lines().count()),
            format!("{b} block not closed with ')'"),
        ));
    }
    for r in &requires {
        let rep = replaces
            .iter()
            .rev()
            .find(|p| p.old == r.module && p.old_version.as_ref().is_none_or(|v| *v == r.version));
        let (module, version) = match rep {
            Some(p) if p.new_version.is_none() => {
                // A filesystem path (`./x`, `../x`, `/x`): no module version exists.
                c.skip(
                    format!("line {}", r.line),
                    format!("{}: replaced by the local directory {}", r.module, p.new),
                );
                continue;
            }
            Some(p) => (p.new.clone(), p.new_version.clone().unwrap_or_default()),
            None => (r.module.clone(), r.version.clone()),
        };
        let osv_version = version.strip_prefix('v').unwrap_or(&version).to_string();
        let locator = if r.indirect {
            format!("line {} (indirect)", r.line)
        } else {
            format!("line {}", r.line)
        };
        let pkg = c.add(&module, &osv_version, Some(r.line), Some(locator));
        pkg.purl = super::purl_for(&Ecosystem::Go, &module, &version);
    }
    let stdlib = toolchain
        .map(|(v, l)| (v.strip_prefix("go").unwrap_or(&v).to_string(), l))
        .or(go_version);
    if let Some((v, line)) = stdlib {
        // `go 1.17` means 1.17.0 to Go's own version comparison; strict semver wants three parts.
        let v = if v.split('.').count() == 2 && !v.contains(['-', 'r']) {
            format!("{v}.0")
        } else {
            v
        };
        let pkg = c.add("stdlib", &v, Some(line), Some(format!("line {line}")));
        pkg.purl = Some(super::purl("golang", None, "stdlib", &format!("v{v}"), &[]));
    }
    let mut inventory = c.finish("go.mod".to_string());
    // The module is the product VEX statements name (`pkg:golang/<module>`).
    inventory.subject = module_path;
    Ok(inventory)
}
