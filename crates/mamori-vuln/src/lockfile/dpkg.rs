//! Debian's installed-package database, `var/lib/dpkg/status`. Only packages whose `Status` is
//! `install ok installed` are on the system. `Source:` names the source package advisories are
//! filed under; a version in it (`Source: openssl (3.0.11-1)`) is the source's, and the binary
//! package's own `Version` stays the one listed. The release comes from `etc/os-release` of the
//! same root (`ID=ubuntu` makes the packages Ubuntu's).

use std::path::Path;

use crate::ecosystem::Ecosystem;
use crate::error::{Result, VulnError};
use crate::package::Inventory;

use super::{Collector, at, os_release, purl};

/// A stanza: the line of its first field, and its `Field: value` pairs in order.
pub(super) type Stanza = (u32, Vec<(String, String)>);

/// The stanzas of a dpkg- or apk-style database, separated by blank lines.
pub(super) fn stanzas(path: &Path, text: &str, sep: char) -> Result<Vec<Stanza>> {
    let mut out = Vec::new();
    let mut cur: Vec<(String, String)> = Vec::new();
    let mut start = 0u32;
    for (i, line) in text.lines().enumerate() {
        let line_no = u32::try_from(i + 1).unwrap_or(u32::MAX);
        if line.trim().is_empty() {
            if !cur.is_empty() {
                out.push((start, std::mem::take(&mut cur)));
            }
            continue;
        }
        if line.starts_with([' ', '\t']) {
            // A continuation line of a multi-line field (Description, Conffiles).
            if cur.is_empty() {
                return Err(VulnError::parse(
                    path,
                    at(i + 1, 1),
                    "continuation line before any field",
                ));
            }
            continue;
        }
        let Some((k, v)) = line.split_once(sep) else {
            return Err(VulnError::parse(
                path,
                at(i + 1, 1),
                format!("expected `Field{sep} value`"),
            ));
        };
        if cur.is_empty() {
            start = line_no;
        }
        cur.push((k.trim().to_string(), v.trim().to_string()));
    }
    if !cur.is_empty() {
        out.push((start, cur));
    }
    Ok(out)
}

fn field<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

pub(super) fn parse(path: &Path, text: &str) -> Result<Inventory> {
    let osr = os_release(path, 4);
    let id = osr.get("ID").map(String::as_str).unwrap_or("debian");
    let (eco, distro) = if id == "ubuntu" {
        (Ecosystem::Ubuntu, "ubuntu")
    } else {
        (Ecosystem::Debian, "debian")
    };
    let release = osr.get("VERSION_ID").map(|v| {
        // OSV spells Ubuntu LTS releases `22.04:LTS`.
        if eco == Ecosystem::Ubuntu && osr.get("VERSION").is_some_and(|x| x.contains("LTS")) {
            format!("{v}:LTS")
        } else {
            v.clone()
        }
    });
    let distro_q = osr
        .get("VERSION_ID")
        .map(|v| format!("{distro}-{v}"))
        .unwrap_or_default();
    let mut c = Collector::new(path, eco);
    for (line, fields) in stanzas(path, text, ':')? {
        let at = format!("line {line}");
        let Some(name) = field(&fields, "Package") else {
            c.skip(at, "stanza without Package");
            continue;
        };
        let status = field(&fields, "Status").unwrap_or("");
        if status.split_whitespace().nth(2) != Some("installed") {
            continue;
        }
        let Some(version) = field(&fields, "Version") else {
            c.skip(at, format!("{name}: no Version"));
            continue;
        };
        let source =
            field(&fields, "Source").map(|s| s.split_whitespace().next().unwrap_or(s).to_string());
        let arch = field(&fields, "Architecture").unwrap_or("");
        let p = c.add(name, version, Some(line), Some(format!("Package: {name}")));
        p.release = release.clone();
        p.purl = Some(purl(
            "deb",
            Some(distro),
            name,
            version,
            &[
                ("arch", arch),
                ("distro", &distro_q),
                ("upstream", source.as_deref().unwrap_or("")),
            ],
        ));
        p.source_name = source.filter(|s| s != name);
    }
    Ok(c.finish("dpkg status".to_string()))
}
