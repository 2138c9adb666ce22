//! Alpine's installed-package database, `lib/apk/db/installed`: stanzas of one-letter fields
//! (`P:` name, `V:` version, `o:` origin, the source package advisories name). The release is
//! `VERSION_ID` of `etc/os-release` of the same root cut to `v<major>.<minor>`, as OSV spells
//! Alpine releases.

use std::path::Path;

use crate::ecosystem::Ecosystem;
use crate::error::Result;
use crate::package::Inventory;

use super::dpkg::stanzas;
use super::{Collector, os_release, purl};

pub(super) fn parse(path: &Path, text: &str) -> Result<Inventory> {
    let osr = os_release(path, 4);
    let id = osr.get("ID").map(String::as_str).unwrap_or("alpine");
    let (eco, ns) = match id {
        "wolfi" => (Ecosystem::Wolfi, "wolfi"),
        "chainguard" => (Ecosystem::Chainguard, "chainguard"),
        _ => (Ecosystem::Alpine, "alpine"),
    };
    let version_id = osr.get("VERSION_ID").cloned();
    let release = if eco == Ecosystem::Alpine {
        version_id.as_ref().map(|v| {
            let mm: Vec<&str> = v.split('.').take(2).collect();
            format!("v{}", mm.join("."))
        })
    } else {
        None
    };
    let mut c = Collector::new(path, eco);
    for (line, fields) in stanzas(path, text, ':')? {
        let get = |k: &str| fields.iter().find(|(f, _)| f == k).map(|(_, v)| v.as_str());
        let at = format!("line {line}");
        let (Some(name), Some(version)) = (get("P"), get("V")) else {
            c.skip(at, "stanza without P: and V:");
            continue;
        };
        let origin = get("o");
        let p = c.add(name, version, Some(line), Some(format!("P:{name}")));
        p.release = release.clone();
        p.purl = Some(purl(
            "apk",
            Some(ns),
            name,
            version,
            &[
                ("arch", get("A").unwrap_or("")),
                ("distro", version_id.as_deref().unwrap_or("")),
                ("origin", origin.unwrap_or("")),
            ],
        ));
        p.source_name = origin.filter(|o| *o != name).map(str::to_string);
    }
    Ok(c.finish("apk installed".to_string()))
}
