//! NuGet `packages.lock.json`: every target framework's packages, deduplicated; `Project`
//! entries are other projects of the solution, not packages.

use std::path::Path;

use serde_json::Value;

use crate::ecosystem::Ecosystem;
use crate::error::{Result, VulnError};
use crate::package::Inventory;

use super::json_lines::JsonLines;
use super::{Collector, json_error};

pub(super) fn parse(path: &Path, text: &str) -> Result<Inventory> {
    let doc: Value = serde_json::from_str(text).map_err(|e| json_error(path, &e))?;
    if !doc.is_object() {
        return Err(VulnError::parse(path, "$", "not a JSON object"));
    }
    let version = doc["version"].as_u64().unwrap_or(1);
    let lines = JsonLines::scan(text, 3);
    let mut c = Collector::new(path, Ecosystem::NuGet);
    if let Some(frameworks) = doc["dependencies"].as_object() {
        for (fw, deps) in frameworks {
            let Some(deps) = deps.as_object() else {
                continue;
            };
            for (name, entry) in deps {
                let at = format!("$.dependencies[{fw:?}][{name:?}]");
                if entry["type"].as_str() == Some("Project") {
                    continue;
                }
                let Some(resolved) = entry["resolved"].as_str() else {
                    c.skip(at, format!("{name}: no resolved version"));
                    continue;
                };
                c.add(
                    name,
                    resolved,
                    lines.line(&["dependencies", fw, name]),
                    Some(at),
                );
            }
        }
    }
    Ok(c.finish(format!("packages.lock.json v{version}")))
}
