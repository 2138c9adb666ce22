//! `gradle.lockfile` (and Gradle 6's `dependency-locks/*.lockfile`): one
//! `group:artifact:version=configuration,…` per line. A dependency locked only for test
//! configurations is dev-only.

use std::path::Path;

use crate::ecosystem::Ecosystem;
use crate::error::{Result, VulnError};
use crate::package::Inventory;

use super::{Collector, at};

pub(super) fn parse(path: &Path, text: &str) -> Result<Inventory> {
    let mut c = Collector::new(path, Ecosystem::Maven);
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with("empty=") {
            continue;
        }
        let (coords, confs) = line.split_once('=').unwrap_or((line, ""));
        let parts: Vec<&str> = coords.split(':').collect();
        let [group, artifact, version] = parts.as_slice() else {
            return Err(VulnError::parse(
                path,
                at(i + 1, 1),
                format!("{coords:?} is not group:artifact:version"),
            ));
        };
        let line_no = u32::try_from(i + 1).ok();
        let confs: Vec<&str> = confs
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        let p = c.add(
            &format!("{group}:{artifact}"),
            version,
            line_no,
            Some(format!("line {}", i + 1)),
        );
        p.dev = !confs.is_empty()
            && confs
                .iter()
                .all(|c| c.starts_with("test") || c.contains("Test"));
    }
    Ok(c.finish("gradle.lockfile".to_string()))
}
