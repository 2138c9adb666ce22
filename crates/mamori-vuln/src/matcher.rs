//! Matching: every package of every inventory against the advisories that name it, with VEX
//! applied, into one report.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;

use serde::Serialize;

use crate::ecosystem::Ecosystem;
use crate::error::Result;
use crate::finding::{Finding, Rating, Severity, Suppressed};
use crate::osv::{Advisory, OsvDatabase};
use crate::package::{Inventory, Package};
use crate::vex::{VexSet, VexStatus};

/// What one inventory contributed, for the summary.
#[derive(Debug, Clone, Serialize)]
pub struct InventorySummary {
    pub file: PathBuf,
    pub format: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    pub packages: usize,
    /// Packages without an OSV ecosystem (listed, never matched).
    pub unmatched_ecosystem: usize,
    pub skipped: usize,
}

/// An input that could not be read; the others were still scanned.
#[derive(Debug, Clone, Serialize)]
pub struct InputError {
    pub file: PathBuf,
    pub error: String,
}

/// A package whose version its ecosystem's ordering rejects, against an advisory that names it.
#[derive(Debug, Clone, Serialize)]
pub struct Unevaluated {
    pub package: String,
    pub version: String,
    pub advisory: String,
    pub reason: String,
}

/// Everything a scan found.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ScanReport {
    pub inventories: Vec<InventorySummary>,
    pub findings: Vec<Finding>,
    /// Findings set aside by VEX (`not_affected`, `fixed`), each with its statement.
    pub suppressed: Vec<Suppressed>,
    /// VEX statements that annotated a finding without setting it aside
    /// (`under_investigation`, `affected`), keyed by finding index.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub annotations: BTreeMap<usize, crate::vex::VexStatement>,
    pub errors: Vec<InputError>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unevaluated: Vec<Unevaluated>,
}

impl ScanReport {
    pub fn packages(&self) -> usize {
        self.inventories.iter().map(|i| i.packages).sum()
    }

    /// For each vulnerability (by its display id): the products and files it touches — the
    /// scope of the response.
    pub fn scope(&self) -> BTreeMap<String, BTreeSet<String>> {
        let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for f in &self.findings {
            let product = f
                .subject
                .clone()
                .unwrap_or_else(|| f.package.origin.file.display().to_string());
            out.entry(f.display_id().to_string())
                .or_default()
                .insert(product);
        }
        out
    }
}

/// Options of a scan.
#[derive(Debug, Clone, Default)]
pub struct MatchOptions {
    /// Leave development-only dependencies out.
    pub skip_dev: bool,
    /// Only findings for these vulnerability ids (or aliases); empty means all.
    pub only: Vec<String>,
}

type Key = (Ecosystem, Option<String>, String);

/// Matches the inventories against the database, applies VEX, and builds the report.
pub fn scan(
    db: &OsvDatabase,
    inventories: &[Inventory],
    vex: &VexSet,
    opts: &MatchOptions,
) -> Result<ScanReport> {
    let mut report = ScanReport::default();
    let mut work: Vec<(Key, &Inventory, &Package)> = Vec::new();
    for inv in inventories {
        report.inventories.push(InventorySummary {
            file: inv.file.clone(),
            format: inv.format.clone(),
            subject: inv.subject.clone(),
            packages: inv.packages.len(),
            unmatched_ecosystem: inv
                .packages
                .iter()
                .filter(|p| p.ecosystem.is_none())
                .count(),
            skipped: inv.skipped.len(),
        });
        work.extend(
            inv.packages
                .iter()
                .filter(|p| !(opts.skip_dev && p.dev))
                .filter_map(|p| {
                    let key = (p.ecosystem.clone()?, p.release.clone(), p.match_name()?);
                    Some((key, inv, p))
                }),
        );
    }
    // Packages with the same key (one package in several versions or files) become neighbours
    // and share one read of their candidates.
    work.sort_by(|a, b| a.0.cmp(&b.0));
    // Packages are independent: split them over the cores, each thread with its own caches,
    // and join the results in input order so the report does not depend on the split.
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .clamp(1, 8)
        .min(work.len().div_ceil(256).max(1));
    let chunk = work.len().div_ceil(threads).max(1);
    let parts: Vec<Result<Matched>> = std::thread::scope(|scope| {
        let handles: Vec<_> = work
            .chunks(chunk)
            .map(|part| scope.spawn(move || match_packages(db, part)))
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    let mut raw = Vec::new();
    for part in parts {
        let (findings, unevaluated) = part?;
        raw.extend(findings);
        report.unevaluated.extend(unevaluated);
    }
    if !opts.only.is_empty() {
        raw.retain(|f| opts.only.iter().any(|id| f.is_named(id)));
    }
    raw.sort_by(|a, b| {
        b.severity
            .rating
            .cmp(&a.severity.rating)
            .then_with(|| a.package.name.cmp(&b.package.name))
            .then_with(|| a.package.version.cmp(&b.package.version))
            .then_with(|| a.id.cmp(&b.id))
            .then_with(|| a.package.origin.file.cmp(&b.package.origin.file))
    });
    for f in raw {
        match vex.decide(&f) {
            Some(st) if st.status.suppresses() => report.suppressed.push(Suppressed {
                finding: f,
                vex: st.clone(),
            }),
            Some(st) => {
                debug_assert!(matches!(
                    st.status,
                    VexStatus::Affected | VexStatus::UnderInvestigation
                ));
                report.annotations.insert(report.findings.len(), st.clone());
                report.findings.push(f);
            }
            None => report.findings.push(f),
        }
    }
    Ok(report)
}

type Matched = (Vec<Finding>, Vec<Unevaluated>);

/// Matches a share of the packages, sorted by key: the candidates of one key are read once for
/// all its packages, and the aliases of an advisory once per thread.
fn match_packages(db: &OsvDatabase, work: &[(Key, &Inventory, &Package)]) -> Result<Matched> {
    let mut current: Option<(&Key, Vec<Advisory>)> = None;
    let mut aliases: HashMap<String, Vec<String>> = HashMap::new();
    let mut findings = Vec::new();
    let mut unevaluated = Vec::new();
    for (key, inv, pkg) in work {
        if current.as_ref().is_none_or(|(k, _)| *k != key) {
            let found = db.candidates(&key.0, key.1.as_deref(), &key.2)?;
            current = Some((key, found));
        }
        let Some((_, candidates)) = &current else {
            continue;
        };
        let mut per_package = Vec::new();
        for adv in candidates {
            match affected_by(adv, key, pkg) {
                Ok(Some(fixed)) => {
                    let linked = aliases
                        .entry(adv.id.clone())
                        .or_insert_with(|| linked_aliases(db, adv));
                    per_package.push(finding(adv, linked.clone(), pkg, inv, fixed));
                }
                Ok(None) => {}
                Err(reason) => unevaluated.push(Unevaluated {
                    package: pkg.name.clone(),
                    version: pkg.version.clone(),
                    advisory: adv.id.clone(),
                    reason,
                }),
            }
        }
        findings.extend(merge_aliases(per_package));
    }
    Ok((findings, unevaluated))
}

/// The record's own aliases and those linked through other records of the store (a GO id whose
/// CVE a GHSA record also names brings the GHSA id along), CVE first.
fn linked_aliases(db: &OsvDatabase, adv: &Advisory) -> Vec<String> {
    let mut aliases: Vec<String> = adv
        .aliases
        .iter()
        .cloned()
        .chain(db.aliases_of(&adv.id))
        .filter(|a| *a != adv.id)
        .collect();
    aliases.sort_by_key(|a| (!a.starts_with("CVE-"), a.clone()));
    aliases.dedup();
    aliases
}

/// `Ok(Some(fixed versions))` when an `affected` entry of `adv` for this package covers its
/// version; `Err` when the version cannot be evaluated.
fn affected_by(
    adv: &Advisory,
    key: &Key,
    pkg: &Package,
) -> std::result::Result<Option<Vec<String>>, String> {
    let mut hit = false;
    let mut fixed = Vec::new();
    let mut error = None;
    for aff in &adv.affected {
        let Some(p) = &aff.package else { continue };
        let (eco, release) = Ecosystem::parse_osv(&p.ecosystem);
        if eco != key.0 || eco.normalize_name(&p.name) != key.2 {
            continue;
        }
        if let (Some(want), Some(have)) = (&key.1, &release)
            && want != have
        {
            continue;
        }
        match aff.affects(&pkg.version) {
            Ok(true) => {
                hit = true;
                fixed.extend(aff.fixed_versions());
            }
            Ok(false) => {}
            Err(e) => error = Some(e.to_string()),
        }
    }
    if hit {
        let scheme = key.0.scheme();
        fixed.sort_by(|a, b| match (scheme.parse(a), scheme.parse(b)) {
            (Ok(x), Ok(y)) => x.cmp(&y),
            _ => a.cmp(b),
        });
        fixed.dedup();
        return Ok(Some(fixed));
    }
    match error {
        Some(e) => Err(e),
        None => Ok(None),
    }
}

fn finding(
    adv: &Advisory,
    aliases: Vec<String>,
    pkg: &Package,
    inv: &Inventory,
    fixed: Vec<String>,
) -> Finding {
    Finding {
        id: adv.id.clone(),
        aliases,
        summary: adv.summary.clone().or_else(|| {
            adv.details.as_ref().map(|d| {
                d.lines()
                    .next()
                    .unwrap_or_default()
                    .chars()
                    .take(120)
                    .collect()
            })
        }),
        severity: severity_of(adv, pkg),
        fixed,
        package: pkg.clone(),
        subject: inv.subject.clone(),
        modified: adv.modified.to_string(),
    }
}

/// The severity shown for an advisory: a CVSS v3 vector first (the one most tools show), then
/// v4, then v2; the `affected` entry's own vectors before the record's; failing any vector, the
/// database's word (GHSA `severity`, a distribution's `urgency`).
pub fn severity_of(adv: &Advisory, pkg: &Package) -> Severity {
    let own: Vec<_> = adv
        .affected
        .iter()
        .filter(|a| {
            a.package.as_ref().is_some_and(|p| {
                pkg.ecosystem.as_ref().is_some_and(|e| {
                    e.normalize_name(&p.name) == pkg.match_name().unwrap_or_default()
                })
            })
        })
        .flat_map(|a| a.severity.iter())
        .collect();
    for kind in ["CVSS_V3", "CVSS_V4", "CVSS_V2"] {
        for s in own.iter().copied().chain(adv.severity.iter()) {
            if s.kind != kind {
                continue;
            }
            if let Ok(c) = crate::osv::cvss::score(&s.score) {
                return Severity {
                    rating: Some(c.rating),
                    score: Some((f64::from(c.base_score) * 10.0).round() / 10.0),
                    vector: Some(s.score.clone()),
                    method: kind.to_string(),
                };
            }
        }
    }
    let word = |v: &Option<serde_json::Value>, key: &str| -> Option<Rating> {
        crate::finding::rating_word(v.as_ref()?.get(key)?.as_str()?)
    };
    let words = std::iter::once(word(&adv.database_specific, "severity")).chain(
        adv.affected.iter().flat_map(|a| {
            [
                word(&a.ecosystem_specific, "severity"),
                word(&a.ecosystem_specific, "urgency"),
                word(&a.database_specific, "severity"),
            ]
        }),
    );
    if let Some(rating) = words.flatten().max() {
        return Severity {
            rating: Some(rating),
            score: None,
            vector: None,
            method: "database_specific".into(),
        };
    }
    Severity::unknown()
}

/// One vulnerability often has several records (GHSA and PYSEC for one CVE). For one package,
/// records that share an id or alias become one finding; the record native to the ecosystem's
/// own database gives the id, the others become aliases.
fn merge_aliases(mut findings: Vec<Finding>) -> Vec<Finding> {
    if findings.len() < 2 {
        return findings;
    }
    findings.sort_by_key(|f| (id_rank(&f.id), f.id.clone()));
    let mut out: Vec<Finding> = Vec::with_capacity(findings.len());
    'next: for f in findings {
        let names: BTreeSet<&str> = std::iter::once(f.id.as_str())
            .chain(f.aliases.iter().map(String::as_str))
            .collect();
        for kept in out.iter_mut() {
            let overlaps = std::iter::once(kept.id.as_str())
                .chain(kept.aliases.iter().map(String::as_str))
                .any(|n| names.contains(n));
            if overlaps {
                for n in names {
                    if n != kept.id && !kept.aliases.iter().any(|a| a == n) {
                        kept.aliases.push(n.to_string());
                    }
                }
                kept.aliases
                    .sort_by_key(|a| (!a.starts_with("CVE-"), a.clone()));
                if f.severity.rating > kept.severity.rating {
                    kept.severity = f.severity.clone();
                }
                for v in f.fixed {
                    if !kept.fixed.contains(&v) {
                        kept.fixed.push(v);
                    }
                }
                continue 'next;
            }
        }
        out.push(f);
    }
    out
}

/// Ecosystem databases first (their ranges are curated per ecosystem), GitHub next, CVE last.
fn id_rank(id: &str) -> u8 {
    if id.starts_with("CVE-") {
        2
    } else if id.starts_with("GHSA-") {
        1
    } else {
        0
    }
}
