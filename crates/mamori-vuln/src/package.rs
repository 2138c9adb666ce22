//! What an SBOM or lockfile says is installed, in one shape for every input format.

use std::path::PathBuf;

use serde::Serialize;

use crate::ecosystem::Ecosystem;

/// One installed package, as read from one SBOM or lockfile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Package {
    /// `None` when the input names a package mamori cannot place in an OSV ecosystem (a
    /// `pkg:generic/…` PURL, a file component); such packages are listed, never matched.
    #[serde(serialize_with = "ser_eco")]
    pub ecosystem: Option<Ecosystem>,
    /// Distribution release for distro packages (`12` for Debian bookworm, `v3.18` for Alpine),
    /// spelt as OSV spells the suffix of its ecosystem.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub release: Option<String>,
    /// As written in the input (Maven as `group:artifact`).
    pub name: String,
    pub version: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub purl: Option<String>,
    /// For a binary distro package built from a differently named source package (Debian
    /// `libssl3` from `openssl`): the source name, which is what distro advisories name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
    /// Where it came from, for the user to find it.
    pub origin: Origin,
    /// Dependency chain from a root of the input to this package, names with versions
    /// (`app@1.0 > express@4.17.1 > qs@6.7.0`); empty when the input has no graph.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub path: Vec<String>,
    /// Development-only dependency, when the input says so.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub dev: bool,
}

fn ser_eco<S: serde::Serializer>(eco: &Option<Ecosystem>, s: S) -> Result<S::Ok, S::Error> {
    match eco {
        Some(e) => s.serialize_str(e.osv_name()),
        None => s.serialize_none(),
    }
}

/// Where in which file a package was declared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Origin {
    pub file: PathBuf,
    /// 1-based line of the declaration, when the format has lines worth pointing at.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// The in-document locator: a CycloneDX `bom-ref`, an SPDX `SPDXID`, a JSON path.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locator: Option<String>,
}

impl Package {
    /// The name advisories of this package's ecosystem are indexed by.
    pub fn match_name(&self) -> Option<String> {
        let eco = self.ecosystem.as_ref()?;
        let name = self.source_name.as_deref().unwrap_or(&self.name);
        Some(eco.normalize_name(name))
    }
}

/// Everything read from one input file.
#[derive(Debug, Clone, Serialize)]
pub struct Inventory {
    pub file: PathBuf,
    /// Human name of the format, with version: `CycloneDX 1.4 JSON`, `SPDX 2.3 tag-value`,
    /// `Cargo.lock v3`, `package-lock.json v2`.
    pub format: String,
    /// The product the SBOM describes (CycloneDX `metadata.component`, SPDX document name), as
    /// `name@version` when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    pub packages: Vec<Package>,
    /// Entries skipped with a reason (a component with no version, a PURL that does not parse):
    /// reported, never dropped silently.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub skipped: Vec<Skipped>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skipped {
    pub at: String,
    pub reason: String,
}
