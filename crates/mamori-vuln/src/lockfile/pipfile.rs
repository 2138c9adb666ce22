//! `Pipfile.lock`: `default` and `develop` (dev-only) maps of `name → {version: "==x"}`.

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
    let spec = doc["_meta"]["pipfile-spec"].as_u64();
    let lines = JsonLines::scan(text, 2);
    let mut c = Collector::new(path, Ecosystem::PyPI);
    for (section, dev) in [("default", false), ("develop", true)] {
        let Some(map) = doc[section].as_object() else {
            continue;
        };
        for (name, entry) in map {
            let line = lines.line(&[section, name]);
            let at = format!("$.{section}[{name:?}]");
            let Some(version) = entry["version"].as_str() else {
                c.skip(
                    at,
                    format!("{name}: no pinned version (a path, VCS or editable install?)"),
                );
                continue;
            };
            let Some(v) = version
                .strip_prefix("===")
                .or_else(|| version.strip_prefix("=="))
            else {
                c.skip(at, format!("{name}: version {version:?} is not an == pin"));
                continue;
            };
            c.add(name, v.trim(), line, Some(at)).dev = dev;
        }
    }
    let format = match spec {
        Some(s) => format!("Pipfile.lock spec {s}"),
        None => "Pipfile.lock".to_string(),
    };
    Ok(c.finish(format))
}
