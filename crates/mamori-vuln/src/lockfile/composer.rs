//! `composer.lock`: `packages` and `packages-dev` (dev-only).

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
    let lines = JsonLines::scan(text, 2);
    let mut c = Collector::new(path, Ecosystem::Packagist);
    for (section, dev) in [("packages", false), ("packages-dev", true)] {
        let Some(list) = doc[section].as_array() else {
            continue;
        };
        for (i, entry) in list.iter().enumerate() {
            let idx = i.to_string();
            let at = format!("$.{section}[{i}]");
            let (Some(name), Some(version)) = (entry["name"].as_str(), entry["version"].as_str())
            else {
                c.skip(at, "package without a name and version");
                continue;
            };
            if entry["dist"]["type"].as_str() == Some("path") {
                c.skip(
                    at,
                    format!("{name}: a local path repository, not a registry package"),
                );
                continue;
            }
            c.add(name, version, lines.line(&[section, &idx]), Some(at))
                .dev = dev;
        }
    }
    Ok(c.finish("composer.lock".to_string()))
}
