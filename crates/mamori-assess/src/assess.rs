//! The assessment: each asset's status, reason, action and deadline; each system's Mosca
//! exposure per CRQC scenario, readiness and warnings; the migration waves; and the comparison
//! with an earlier assessment.
//!
//! The JSON form of [`Assessment`] is a contract (the HTML report and the hub read it): field
//! names are stable.
//!
//! Mosca: a system is exposed in a scenario when x + y > z, with x the number of years its
//! protection must hold — the larger of `confidentiality_years` and `signature_years`, a
//! deliberate simplification that treats a system's encryption and its signatures alike —,
//! y its `migration_years` and z the years left until the CRQC year.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use mamori_model::{Algorithm, Family, Primitive, Status};
use serde::{Deserialize, Serialize};

use crate::error::{AssessError, Result};
use crate::inventory::{InventoryAsset, read_cbom};
use crate::systems::{
    self, Sector, SystemSpec, SystemsFile, TierAssignment, dependency_order, propagate_deadlines,
    tier_for,
};

/// Name of the pseudo-system that receives CBOMs given without a system.
pub const UNASSIGNED: &str = "unassigned";
/// Tier and deadline of the pseudo-system: the last default tier.
const UNASSIGNED_TIER: u8 = 3;
const UNASSIGNED_DEADLINE: u16 = 2035;

/// The action of an asset that needs none.
pub const NO_ACTION: &str = "none";
pub const KEX_TLS: &str = "move key exchange to X25519MLKEM768";
pub const KEX_SSH: &str = "move key exchange to mlkem768x25519-sha256";
pub const REISSUE: &str = "re-issue with ML-DSA-65 or composite ML-DSA-65 + Ed25519";
pub const AES256: &str = "move to AES-256";
pub const AES256_GCM: &str = "move to AES-256-GCM";
pub const HASH: &str = "replace with SHA-256 (or SHA-384)";
/// Prefix of the action of a broken asset; its deadline is the assessment year.
pub const REPLACE_NOW: &str = "replace now";

/// The whole report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub tool: String,
    pub version: String,
    pub year: u16,
    pub organization: Option<String>,
    pub scenarios: Vec<u16>,
    pub summary: Summary,
    pub systems: Vec<SystemReport>,
    pub waves: Vec<Wave>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<BaselineDiff>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub systems: usize,
    pub assets: usize,
    pub by_status: StatusCounts,
    /// Share of all assets that are quantum-safe, 0–1; `null` without assets.
    pub readiness: Option<f64>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusCounts {
    pub broken: usize,
    #[serde(rename = "below-target")]
    pub below_target: usize,
    #[serde(rename = "quantum-vulnerable")]
    pub quantum_vulnerable: usize,
    #[serde(rename = "quantum-safe")]
    pub quantum_safe: usize,
}

impl StatusCounts {
    pub fn add(&mut self, s: Status) {
        match s {
            Status::Broken => self.broken += 1,
            Status::BelowTarget => self.below_target += 1,
            Status::QuantumVulnerable => self.quantum_vulnerable += 1,
            Status::QuantumSafe => self.quantum_safe += 1,
        }
    }

    pub fn total(&self) -> usize {
        self.broken + self.below_target + self.quantum_vulnerable + self.quantum_safe
    }

    /// Share of quantum-safe assets, rounded to 3 decimals so reports compare stably.
    pub fn readiness(&self) -> Option<f64> {
        let total = self.total();
        (total > 0).then(|| {
            let r = self.quantum_safe as f64 / total as f64;
            (r * 1000.0).round() / 1000.0
        })
    }
}

/// One system as assessed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SystemReport {
    pub name: String,
    pub owner: String,
    pub sector: Sector,
    pub criticality: u8,
    pub internet_facing: bool,
    pub confidentiality_years: u16,
    pub signature_years: u16,
    pub migration_years: u16,
    pub depends_on: Vec<String>,
    pub tier: u8,
    pub deadline: u16,
    pub deadline_reason: String,
    pub exposure: Vec<Exposure>,
    pub readiness: Option<f64>,
    pub status_counts: StatusCounts,
    pub assets: Vec<AssetReport>,
    pub warnings: Vec<String>,
}

/// Mosca's inequality for one CRQC scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exposure {
    pub crqc_year: u16,
    /// x + y > z.
    pub exposed: bool,
    /// x + y − z: positive when exposed (the years missing), otherwise minus the slack.
    pub years_short: i32,
    /// crqc_year − x − y: the last year in which starting the migration still finishes in time.
    pub latest_safe_start: i32,
}

/// One asset as assessed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssetReport {
    pub id: String,
    pub name: String,
    pub asset_type: String,
    pub algorithms: Vec<String>,
    /// Minimum over its algorithms; `null` when none is known.
    pub classical_bits: Option<u16>,
    pub quantum_category: Option<u8>,
    pub locations: Vec<String>,
    pub source: String,
    pub status: Status,
    pub reason: String,
    pub action: String,
    pub deadline: u16,
}

/// One wave of the roadmap: the systems sharing the n-th earliest deadline, dependencies first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Wave {
    pub wave: usize,
    pub deadline: u16,
    pub systems: Vec<String>,
    /// Assets of these systems whose action is not "none".
    pub assets: usize,
}

/// Progress since a previous assessment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BaselineDiff {
    /// The previous assessment's year.
    pub year: u16,
    pub readiness_then: Option<f64>,
    pub readiness_now: Option<f64>,
    pub migrated: usize,
    pub new: usize,
    pub systems: Vec<SystemDiff>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SystemDiff {
    pub name: String,
    pub readiness_then: Option<f64>,
    pub readiness_now: Option<f64>,
    /// Assets that were not quantum-safe then and are quantum-safe now or gone.
    pub migrated: Vec<String>,
    /// Assets not in the baseline.
    pub new: Vec<String>,
}

// ---------------------------------------------------------------------------------------------
// Status and reason

/// An asset's status as of `year`, the worst over its algorithms (any weakness: broken), and
/// the sentence that explains it.
pub fn asset_status(asset: &InventoryAsset, year: u16) -> (Status, String) {
    let statuses: Vec<(Status, &Algorithm)> = asset
        .algorithms
        .iter()
        .map(|a| (Status::of(a, year), a))
        .collect();
    let worst = statuses.iter().map(|(s, _)| *s).max();
    // Every algorithm that shares the worst status explains it: a SHA-1 signature on a
    // 1024-bit key is wrong twice.
    let because = |w: Status| {
        let mut parts: Vec<String> = Vec::new();
        for (s, a) in &statuses {
            let r = algorithm_reason(a, *s, year);
            if *s == w && !parts.contains(&r) {
                parts.push(r);
            }
        }
        parts.join("; ")
    };
    if !asset.weaknesses.is_empty() {
        let mut reason = format!("weakness found: {}", asset.weaknesses.join(", "));
        if worst == Some(Status::Broken) {
            reason = format!("{}; {reason}", because(Status::Broken));
        }
        return (Status::Broken, reason);
    }
    match worst {
        Some(s) => (s, because(s)),
        // Nothing recognised: assume the worst that is likely rather than call it safe, so that
        // readiness never counts what was not understood.
        None => (
            Status::QuantumVulnerable,
            format!(
                "{}: no algorithm recognised; treated as quantum-vulnerable until reviewed",
                asset.name
            ),
        ),
    }
}

/// Why `alg` has `status` in `year`.
pub fn algorithm_reason(alg: &Algorithm, status: Status, year: u16) -> String {
    let n = &alg.name;
    let bits = alg.classical_bits;
    match status {
        Status::Broken => {
            if let Some(r) = &alg.broken_reason {
                format!("{n}: {r}")
            } else if bits < mamori_model::status::MIN_BITS_TODAY {
                format!(
                    "{n}: {bits}-bit strength, below {} bits",
                    mamori_model::status::MIN_BITS_TODAY
                )
            } else {
                let after = alg.transition().disallowed_after.unwrap_or(year);
                if alg.quantum_vulnerable() {
                    format!(
                        "{n}: quantum-vulnerable, disallowed after {after} (NIST IR 8547); {year} is past it"
                    )
                } else {
                    format!(
                        "{n}: {bits}-bit strength, disallowed after {after} (SP 800-131A); {year} is past it"
                    )
                }
            }
        }
        Status::BelowTarget => format!(
            "{n}: {bits}-bit strength, below the {}-bit target for {}",
            mamori_model::status::TARGET_BITS,
            mamori_model::status::TARGET_YEAR
        ),
        Status::QuantumVulnerable => {
            if alg.quantum_vulnerable() {
                format!("{n}: quantum-vulnerable (Shor)")
            } else {
                format!("{n}: no NIST quantum category; treated as quantum-vulnerable")
            }
        }
        Status::QuantumSafe => {
            if alg.family == Family::HybridKem {
                format!("{n}: quantum-safe (hybrid post-quantum key exchange)")
            } else if alg.quantum_category == 1 && !alg.family.asymmetric() {
                format!("{n}: {bits}-bit, quantum category 1")
            } else {
                format!("{n}: quantum-safe")
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Actions

fn is_key_exchange(alg: &Algorithm, asset: &InventoryAsset) -> bool {
    matches!(alg.family, Family::Dh | Family::Ecdh | Family::Xdh)
        || matches!(alg.primitive, Primitive::KeyAgree | Primitive::Kem)
        // RSA key transport inside a protocol is key exchange; an RSA key in a file signs.
        || (alg.family == Family::Rsa
            && alg.primitive == Primitive::Pke
            && (asset.asset_type == "protocol" || alg.name.starts_with("RSA-KeyTransport")
                || alg.name.starts_with("rsa")))
}

fn is_ssh(asset: &InventoryAsset) -> bool {
    asset
        .protocol
        .as_deref()
        .is_some_and(|p| p.eq_ignore_ascii_case("ssh"))
}

/// What to do about one algorithm of an asset; `None` when it needs nothing.
fn algorithm_action(
    alg: &Algorithm,
    status: Status,
    asset: &InventoryAsset,
    confidentiality_years: u16,
) -> Option<&'static str> {
    // AES-128 is quantum-safe (category 1) but long-lived secrets deserve the margin of AES-256
    // against Grover-type key search.
    if alg.family == Family::Aes
        && alg.classical_bits < 192
        && status == Status::QuantumSafe
        && confidentiality_years >= systems::LONG_SHELF_LIFE_YEARS
    {
        return Some(AES256);
    }
    if status == Status::QuantumSafe {
        return None;
    }
    if is_key_exchange(alg, asset) {
        return Some(if is_ssh(asset) { KEX_SSH } else { KEX_TLS });
    }
    if matches!(
        alg.family,
        Family::Md2 | Family::Md4 | Family::Md5 | Family::Sha1 | Family::Ripemd
    ) {
        return Some(HASH);
    }
    if alg.family.shor_vulnerable() {
        return Some(REISSUE);
    }
    if matches!(
        alg.primitive,
        Primitive::BlockCipher | Primitive::StreamCipher | Primitive::Ae
    ) {
        return Some(if alg.family == Family::Aes {
            AES256
        } else {
            AES256_GCM
        });
    }
    None
}

/// The action for an asset of the given status, and its deadline: the system's, or `year` when
/// the asset is broken today.
pub fn asset_action(
    asset: &InventoryAsset,
    status: Status,
    year: u16,
    confidentiality_years: u16,
    system_deadline: u16,
) -> (String, u16) {
    let mut actions: Vec<String> = Vec::new();
    for alg in &asset.algorithms {
        let s = Status::of(alg, year);
        if let Some(a) = algorithm_action(alg, s, asset, confidentiality_years) {
            if !actions.iter().any(|x| x == a) {
                actions.push(a.to_string());
            }
        }
    }
    for w in &asset.weaknesses {
        actions.push(format!("fix {w}"));
    }
    if actions.is_empty() && status != Status::QuantumSafe {
        actions.push(if asset.algorithms.is_empty() {
            "review: identify its algorithms".to_string()
        } else {
            "replace with a quantum-safe algorithm".to_string()
        });
    }
    if status == Status::Broken {
        return (format!("{REPLACE_NOW}: {}", actions.join("; ")), year);
    }
    if actions.is_empty() {
        return (NO_ACTION.to_string(), system_deadline);
    }
    (actions.join("; "), system_deadline)
}

// ---------------------------------------------------------------------------------------------
// Mosca, readiness, warnings, waves

/// Mosca's inequality: `x` years of protection, `y` years of migration, a CRQC in `crqc_year`,
/// judged in `year`.
pub fn mosca(x: u16, y: u16, crqc_year: u16, year: u16) -> Exposure {
    let z = i32::from(crqc_year) - i32::from(year);
    let need = i32::from(x) + i32::from(y);
    Exposure {
        crqc_year,
        exposed: need > z,
        years_short: need - z,
        latest_safe_start: i32::from(crqc_year) - need,
    }
}

/// A warning when `migration_years` starting in `year` cannot end by `deadline`.
pub fn infeasible_warning(year: u16, migration_years: u16, deadline: u16) -> Option<String> {
    let end = u32::from(year) + u32::from(migration_years);
    (end > u32::from(deadline)).then(|| {
        format!(
            "deadline {deadline} is infeasible: {migration_years} years of migration from {year} end in {end}"
        )
    })
}

/// The roadmap from systems already carrying their final deadlines, listed dependencies first.
pub fn waves(systems: &[SystemReport]) -> Vec<Wave> {
    let mut by_deadline: BTreeMap<u16, Vec<&SystemReport>> = BTreeMap::new();
    for s in systems {
        by_deadline.entry(s.deadline).or_default().push(s);
    }
    by_deadline
        .into_iter()
        .enumerate()
        .map(|(i, (deadline, members))| Wave {
            wave: i + 1,
            deadline,
            systems: members.iter().map(|s| s.name.clone()).collect(),
            assets: members
                .iter()
                .flat_map(|s| &s.assets)
                .filter(|a| a.action != NO_ACTION)
                .count(),
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Putting it together

/// Assess the systems of `systems_file` with their CBOMs, plus `extra_cboms` that belong to no
/// system (they go to the pseudo-system "unassigned", tier 3), as of `year`.
pub fn assess(systems_file: &Path, extra_cboms: &[PathBuf], year: u16) -> Result<Assessment> {
    let file = systems::load_systems(systems_file)?;
    let mut inventories = Vec::with_capacity(file.systems.len());
    for s in &file.systems {
        let mut assets = Vec::new();
        for c in &s.cbom {
            assets.extend(read_cbom(c)?);
        }
        inventories.push(assets);
    }
    let mut unassigned = Vec::new();
    for c in extra_cboms {
        unassigned.extend(read_cbom(c)?);
    }
    assess_inventories(&file, inventories, unassigned, year)
}

/// The pure core of [`assess`]: `inventories[i]` holds the assets of `file.systems[i]`.
pub fn assess_inventories(
    file: &SystemsFile,
    inventories: Vec<Vec<InventoryAsset>>,
    unassigned: Vec<InventoryAsset>,
    year: u16,
) -> Result<Assessment> {
    if inventories.len() != file.systems.len() {
        return Err(AssessError::Invalid {
            what: format!(
                "{} inventories for {} systems",
                inventories.len(),
                file.systems.len()
            ),
        });
    }
    let mut specs: Vec<SystemSpec> = file.systems.clone();
    let mut inventories = inventories;
    let mut assigned: Vec<TierAssignment> =
        specs.iter().map(|s| tier_for(s, &file.tiers)).collect();
    if !unassigned.is_empty() {
        match specs.iter().position(|s| s.name == UNASSIGNED) {
            // A system the user called "unassigned" takes them as its own.
            Some(i) => inventories[i].extend(unassigned),
            None => {
                specs.push(SystemSpec {
                    name: UNASSIGNED.into(),
                    owner: String::new(),
                    sector: Sector::Other,
                    criticality: 1,
                    internet_facing: false,
                    confidentiality_years: 0,
                    signature_years: 0,
                    migration_years: systems::DEFAULT_MIGRATION_YEARS,
                    depends_on: Vec::new(),
                    cbom: Vec::new(),
                    paths: Vec::new(),
                    targets: Vec::new(),
                });
                assigned.push(TierAssignment {
                    tier: UNASSIGNED_TIER,
                    deadline: UNASSIGNED_DEADLINE,
                    reason: format!(
                        "tier {UNASSIGNED_TIER} ({UNASSIGNED_DEADLINE}): CBOMs given without a \
                         system; assign them to a system for a sharper deadline"
                    ),
                });
                inventories.push(unassigned);
            }
        }
    }
    let order = dependency_order(&specs).map_err(|what| AssessError::Invalid { what })?;
    let deadlines = propagate_deadlines(&specs, &assigned, &order);

    let mut reports: Vec<SystemReport> = Vec::with_capacity(specs.len());
    let mut total = StatusCounts::default();
    // Reports in dependency order, so waves list a CA before the systems that rely on it.
    let mut inventories: Vec<Option<Vec<InventoryAsset>>> =
        inventories.into_iter().map(Some).collect();
    for &i in &order {
        let spec = &specs[i];
        let (deadline, deadline_reason) = deadlines[i].clone();
        let assets_in = inventories[i].take().unwrap_or_default();
        let mut counts = StatusCounts::default();
        let assets: Vec<AssetReport> = assets_in
            .iter()
            .map(|a| {
                let r = assess_asset(a, year, spec.confidentiality_years, deadline);
                counts.add(r.status);
                r
            })
            .collect();
        total.broken += counts.broken;
        total.below_target += counts.below_target;
        total.quantum_vulnerable += counts.quantum_vulnerable;
        total.quantum_safe += counts.quantum_safe;
        let x = spec.confidentiality_years.max(spec.signature_years);
        let exposure: Vec<Exposure> = file
            .scenarios
            .iter()
            .map(|&c| mosca(x, spec.migration_years, c, year))
            .collect();
        let mut warnings = Vec::new();
        // Time only matters while something is left to migrate (or nothing is known yet).
        let pending = counts.total() > counts.quantum_safe || counts.total() == 0;
        if pending {
            warnings.extend(infeasible_warning(year, spec.migration_years, deadline));
            if let Some(e) = exposure
                .iter()
                .filter(|e| e.exposed && e.latest_safe_start < i32::from(year))
                .min_by_key(|e| e.crqc_year)
            {
                warnings.push(format!(
                    "already exposed for a CRQC in {}: {x} years of protection + {} years of \
                     migration exceed the {} years left; the migration had to start by {}",
                    e.crqc_year,
                    spec.migration_years,
                    i32::from(e.crqc_year) - i32::from(year),
                    e.latest_safe_start
                ));
            }
        }
        if assets.is_empty() {
            warnings.push("no cryptographic assets: give the system a CBOM".into());
        }
        if counts.broken > 0 {
            warnings.push(format!(
                "{} asset{} broken today: replace now",
                counts.broken,
                if counts.broken == 1 { " is" } else { "s are" }
            ));
        }
        reports.push(SystemReport {
            name: spec.name.clone(),
            owner: spec.owner.clone(),
            sector: spec.sector,
            criticality: spec.criticality,
            internet_facing: spec.internet_facing,
            confidentiality_years: spec.confidentiality_years,
            signature_years: spec.signature_years,
            migration_years: spec.migration_years,
            depends_on: spec.depends_on.clone(),
            tier: assigned[i].tier,
            deadline,
            deadline_reason,
            exposure,
            readiness: counts.readiness(),
            status_counts: counts,
            assets,
            warnings,
        });
    }
    // Present systems by deadline, then in dependency order (stable sort keeps it).
    reports.sort_by_key(|s| s.deadline);
    let roadmap = waves(&reports);
    Ok(Assessment {
        tool: "mamori".into(),
        version: env!("CARGO_PKG_VERSION").into(),
        year,
        organization: file.organization.clone(),
        scenarios: file.scenarios.clone(),
        summary: Summary {
            systems: reports.len(),
            assets: total.total(),
            by_status: total,
            readiness: total.readiness(),
        },
        systems: reports,
        waves: roadmap,
        baseline: None,
    })
}

/// One asset's full verdict.
pub fn assess_asset(
    a: &InventoryAsset,
    year: u16,
    confidentiality_years: u16,
    system_deadline: u16,
) -> AssetReport {
    let (status, reason) = asset_status(a, year);
    let (action, deadline) = asset_action(a, status, year, confidentiality_years, system_deadline);
    AssetReport {
        id: a.id.clone(),
        name: a.name.clone(),
        asset_type: a.asset_type.clone(),
        algorithms: a.algorithms.iter().map(|x| x.name.clone()).collect(),
        classical_bits: a.algorithms.iter().map(|x| x.classical_bits).min(),
        quantum_category: a.algorithms.iter().map(|x| x.quantum_category).min(),
        locations: a.locations.clone(),
        source: a.source.clone(),
        status,
        reason,
        action,
        deadline,
    }
}

// ---------------------------------------------------------------------------------------------
// Baseline

/// Read a previous JSON report.
pub fn read_baseline(path: &Path) -> Result<Assessment> {
    let text = std::fs::read_to_string(path).map_err(|source| AssessError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    serde_json::from_str(&text).map_err(|e| AssessError::Json {
        path: path.to_path_buf(),
        message: e.to_string(),
    })
}

/// How an asset is recognised across runs whatever CBOM file it came from: its name and first
/// location.
fn asset_key(a: &AssetReport) -> (String, String) {
    (
        a.name.clone(),
        a.locations.first().cloned().unwrap_or_default(),
    )
}

fn label(a: &AssetReport) -> String {
    match a.locations.first() {
        Some(l) => format!("{} ({l})", a.name),
        None => a.name.clone(),
    }
}

/// Progress from `then` to `now`, system by system (the systems of `now`, then systems only in
/// the baseline, whose assets all count as migrated or retired).
pub fn compare(then: &Assessment, now: &Assessment) -> BaselineDiff {
    let then_by_name: HashMap<&str, &SystemReport> =
        then.systems.iter().map(|s| (s.name.as_str(), s)).collect();
    let mut systems = Vec::new();
    let mut names_now = BTreeSet::new();
    for s in &now.systems {
        names_now.insert(s.name.as_str());
        let before = then_by_name.get(s.name.as_str()).copied();
        systems.push(system_diff(&s.name, before, Some(s)));
    }
    for s in &then.systems {
        if !names_now.contains(s.name.as_str()) {
            systems.push(system_diff(&s.name, Some(s), None));
        }
    }
    BaselineDiff {
        year: then.year,
        readiness_then: then.summary.readiness,
        readiness_now: now.summary.readiness,
        migrated: systems.iter().map(|d| d.migrated.len()).sum(),
        new: systems.iter().map(|d| d.new.len()).sum(),
        systems,
    }
}

fn system_diff(name: &str, then: Option<&SystemReport>, now: Option<&SystemReport>) -> SystemDiff {
    let empty = Vec::new();
    let then_assets = then.map_or(&empty, |s| &s.assets);
    let now_assets = now.map_or(&empty, |s| &s.assets);
    let now_by_key: HashMap<(String, String), &AssetReport> =
        now_assets.iter().map(|a| (asset_key(a), a)).collect();
    let then_keys: BTreeSet<(String, String)> = then_assets.iter().map(asset_key).collect();
    let migrated = then_assets
        .iter()
        .filter(|a| a.status != Status::QuantumSafe)
        .filter(|a| {
            now_by_key
                .get(&asset_key(a))
                .is_none_or(|b| b.status == Status::QuantumSafe)
        })
        .map(label)
        .collect();
    let new = now_assets
        .iter()
        .filter(|a| !then_keys.contains(&asset_key(a)))
        .map(label)
        .collect();
    SystemDiff {
        name: name.to_string(),
        readiness_then: then.and_then(|s| s.readiness),
        readiness_now: now.and_then(|s| s.readiness),
        migrated,
        new,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inventory::algorithm_named;
    use crate::systems::{DEFAULT_SCENARIOS, TierRule};

    fn alg(name: &str) -> Algorithm {
        algorithm_named(name).unwrap_or_else(|| panic!("catalogue knows {name}"))
    }

    fn asset(name: &str, asset_type: &str, algs: &[&str]) -> InventoryAsset {
        InventoryAsset {
            id: format!("ref-{name}"),
            name: name.into(),
            asset_type: asset_type.into(),
            material: None,
            protocol: None,
            version: None,
            algorithms: algs.iter().map(|a| alg(a)).collect(),
            locations: vec![format!("{name}.pem")],
            weaknesses: Vec::new(),
            source: "test.cdx.json".into(),
        }
    }

    /// An algorithm with exactly these figures, to probe the boundaries.
    fn synthetic(bits: u16, category: u8, family: Family) -> Algorithm {
        Algorithm {
            name: format!("X-{bits}"),
            family,
            primitive: Primitive::BlockCipher,
            parameter_set: None,
            curve: None,
            key_size: None,
            classical_bits: bits,
            quantum_category: category,
            broken_reason: None,
            oid: None,
        }
    }

    fn status_of(a: Algorithm, year: u16) -> Status {
        let mut x = asset("x", "algorithm", &[]);
        x.algorithms.push(a);
        asset_status(&x, year).0
    }

    #[test]
    fn status_boundaries() {
        assert_eq!(
            status_of(synthetic(111, 1, Family::Aes), 2026),
            Status::Broken
        );
        assert_eq!(
            status_of(synthetic(112, 1, Family::Aes), 2026),
            Status::BelowTarget
        );
        assert_eq!(
            status_of(synthetic(127, 1, Family::Aes), 2026),
            Status::BelowTarget
        );
        assert_eq!(
            status_of(synthetic(128, 1, Family::Aes), 2026),
            Status::QuantumSafe
        );
        // Category 0 is not quantum-safe even at 128 bits.
        assert_eq!(
            status_of(synthetic(128, 0, Family::Other), 2026),
            Status::QuantumVulnerable
        );
        // 112-bit symmetric is disallowed after 2030.
        assert_eq!(
            status_of(synthetic(112, 1, Family::Aes), 2031),
            Status::Broken
        );
        assert_eq!(status_of(alg("X25519MLKEM768"), 2026), Status::QuantumSafe);
        assert_eq!(
            status_of(alg("SecP384r1MLKEM1024"), 2040),
            Status::QuantumSafe
        );
        assert_eq!(status_of(alg("X25519"), 2035), Status::QuantumVulnerable);
        assert_eq!(status_of(alg("X25519"), 2036), Status::Broken);
    }

    #[test]
    fn worst_algorithm_and_weaknesses_decide() {
        let cert = asset("www", "certificate", &["SHA1withRSA", "RSA-2048"]);
        let (s, r) = asset_status(&cert, 2026);
        assert_eq!(s, Status::Broken);
        assert!(r.starts_with("SHA1withRSA: SHA-1 signatures"), "{r}");
        let mut aes = asset("enc", "algorithm", &["AES-256-GCM"]);
        assert_eq!(asset_status(&aes, 2026).0, Status::QuantumSafe);
        aes.weaknesses.push("static-iv".into());
        let (s, r) = asset_status(&aes, 2026);
        assert_eq!(s, Status::Broken);
        assert!(r.contains("static-iv"), "{r}");
        let unknown = asset("blob", "protocol", &[]);
        assert_eq!(asset_status(&unknown, 2026).0, Status::QuantumVulnerable);
    }

    #[test]
    fn reasons_read_well() {
        let reason = |n: &str| asset_status(&asset("a", "algorithm", &[n]), 2026).1;
        assert_eq!(
            reason("RSA-1024"),
            "RSA-1024: 80-bit strength, below 112 bits"
        );
        assert_eq!(reason("X25519"), "X25519: quantum-vulnerable (Shor)");
        assert_eq!(reason("AES-128"), "AES-128: 128-bit, quantum category 1");
        assert_eq!(reason("AES-256-GCM"), "AES-256-GCM: quantum-safe");
        assert_eq!(
            reason("RSA-2048"),
            "RSA-2048: 112-bit strength, below the 128-bit target for 2030"
        );
        let late = asset_status(&asset("a", "algorithm", &["RSA-3072"]), 2036).1;
        assert!(late.contains("disallowed after 2035"), "{late}");
    }

    #[test]
    fn mosca_arithmetic() {
        // 10 + 3 > 2030 − 2026 = 4: exposed, 9 years short, should have started in 2017.
        let e = mosca(10, 3, 2030, 2026);
        assert_eq!(
            e,
            Exposure {
                crqc_year: 2030,
                exposed: true,
                years_short: 9,
                latest_safe_start: 2017
            }
        );
        // x + y == z is not exposed: the migration ends as the CRQC arrives.
        let e = mosca(5, 4, 2035, 2026);
        assert!(!e.exposed);
        assert_eq!(e.years_short, 0);
        assert_eq!(e.latest_safe_start, 2026);
        let e = mosca(0, 2, 2040, 2026);
        assert!(!e.exposed);
        assert_eq!(e.years_short, -12);
        // A CRQC already here: z < 0, exposed even with nothing to protect.
        let e = mosca(0, 0, 2025, 2026);
        assert!(e.exposed);
        assert_eq!(e.years_short, 1);
    }

    #[test]
    fn actions_per_kind() {
        let act = |a: &InventoryAsset, conf: u16| {
            let (s, _) = asset_status(a, 2026);
            asset_action(a, s, 2026, conf, 2030)
        };
        assert_eq!(
            act(&asset("g", "algorithm", &["X25519"]), 0),
            (KEX_TLS.to_string(), 2030)
        );
        assert_eq!(act(&asset("g", "algorithm", &["ECDH-P-256"]), 0).0, KEX_TLS);
        assert_eq!(act(&asset("g", "algorithm", &["ffdhe3072"]), 0).0, KEX_TLS);
        let mut ssh = asset("ssh 2.0", "protocol", &["X25519", "Ed25519", "AES-256-GCM"]);
        ssh.protocol = Some("ssh".into());
        assert_eq!(act(&ssh, 0).0, format!("{KEX_SSH}; {REISSUE}"));
        assert_eq!(
            act(
                &asset("c", "certificate", &["SHA256withECDSA", "EC-P-256"]),
                0
            )
            .0,
            REISSUE
        );
        assert_eq!(act(&asset("k", "algorithm", &["Ed25519"]), 0).0, REISSUE);
        assert_eq!(
            act(&asset("a", "algorithm", &["AES-128-GCM"]), 5).0,
            NO_ACTION
        );
        assert_eq!(
            act(&asset("a", "algorithm", &["AES-128-GCM"]), 10).0,
            AES256
        );
        assert_eq!(
            act(&asset("a", "algorithm", &["AES-256-GCM"]), 30).0,
            NO_ACTION
        );
        // Broken: replace now, by this year.
        let (a, d) = act(&asset("h", "algorithm", &["SHA-1"]), 0);
        assert_eq!(a, format!("{REPLACE_NOW}: {HASH}"));
        assert_eq!(d, 2026);
        let (a, d) = act(&asset("k", "algorithm", &["RSA-1024"]), 0);
        assert_eq!(a, format!("{REPLACE_NOW}: {REISSUE}"));
        assert_eq!(d, 2026);
        assert_eq!(
            act(&asset("h", "algorithm", &["MD5"]), 0).0,
            format!("{REPLACE_NOW}: {HASH}")
        );
        assert_eq!(act(&asset("c", "algorithm", &["3DES"]), 0).1, 2026);
    }

    #[test]
    fn infeasible_deadlines_warn() {
        assert_eq!(
            infeasible_warning(2026, 5, 2030).as_deref(),
            Some("deadline 2030 is infeasible: 5 years of migration from 2026 end in 2031")
        );
        assert_eq!(infeasible_warning(2026, 4, 2030), None);
    }

    fn spec(name: &str, sector: Sector, crit: u8, deps: &[&str]) -> SystemSpec {
        SystemSpec {
            name: name.into(),
            owner: "ops".into(),
            sector,
            criticality: crit,
            internet_facing: false,
            confidentiality_years: 0,
            signature_years: 0,
            migration_years: 2,
            depends_on: deps.iter().map(|d| d.to_string()).collect(),
            cbom: Vec::new(),
            paths: Vec::new(),
            targets: Vec::new(),
        }
    }

    fn file(systems: Vec<SystemSpec>, tiers: Vec<TierRule>) -> SystemsFile {
        SystemsFile {
            organization: Some("Org".into()),
            scenarios: DEFAULT_SCENARIOS.to_vec(),
            tiers,
            systems,
        }
    }

    #[test]
    fn assessment_builds_waves_in_deadline_and_dependency_order() {
        let mut portal = spec("portal", Sector::Public, 4, &["ca"]);
        portal.internet_facing = true;
        portal.confidentiality_years = 10;
        portal.migration_years = 5;
        let ca = spec("ca", Sector::Other, 1, &[]);
        let clinic = spec("clinic", Sector::Healthcare, 3, &[]);
        let archive = spec("archive", Sector::Transport, 1, &[]);
        let f = file(vec![portal, clinic, archive, ca], Vec::new());
        let inv = vec![
            vec![
                asset("www", "certificate", &["SHA256withRSA", "RSA-2048"]),
                asset("tls", "algorithm", &["AES-128-GCM"]),
            ],
            vec![asset("k", "algorithm", &["ML-DSA-65"])],
            vec![asset("old", "algorithm", &["RSA-1024"])],
            vec![asset(
                "root",
                "certificate",
                &["SHA384withECDSA", "EC-P-384"],
            )],
        ];
        let extra = vec![asset("stray", "algorithm", &["X25519"])];
        let a = assess_inventories(&f, inv, extra, 2026).expect("assessment");
        let names: Vec<&str> = a.systems.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["ca", "portal", "clinic", "archive", UNASSIGNED]);
        assert_eq!(a.waves.len(), 3);
        assert_eq!(a.waves[0].deadline, 2030);
        assert_eq!(a.waves[0].systems, ["ca", "portal"]);
        assert_eq!(a.waves[1].systems, ["clinic"]);
        assert_eq!(a.waves[2].systems, ["archive", UNASSIGNED]);
        // portal: the certificate needs re-issuing, AES-128 guards 10-year data.
        assert_eq!(a.waves[0].assets, 3);
        let ca = &a.systems[0];
        assert_eq!(ca.tier, 3);
        assert_eq!(ca.deadline, 2030);
        assert!(
            ca.deadline_reason
                .contains("pulled forward to 2030 by portal")
        );
        let portal = &a.systems[1];
        assert_eq!((portal.tier, portal.deadline), (1, 2030));
        assert!(
            portal
                .warnings
                .iter()
                .any(|w| w
                    == "deadline 2030 is infeasible: 5 years of migration from 2026 end in 2031"),
            "{:?}",
            portal.warnings
        );
        assert_eq!(portal.exposure[0].years_short, 15 - 4);
        assert!(portal.exposure.iter().all(|e| e.exposed));
        assert_eq!(portal.readiness, Some(0.5));
        assert_eq!(a.systems[2].readiness, Some(1.0));
        let archive = &a.systems[3];
        assert_eq!(archive.status_counts.broken, 1);
        assert_eq!(archive.assets[0].deadline, 2026);
        let un = &a.systems[4];
        assert_eq!((un.tier, un.deadline), (3, 2035));
        assert_eq!(a.summary.assets, 6);
        assert_eq!(a.summary.by_status.quantum_safe, 2);
        assert_eq!(a.summary.readiness, Some(0.333));
        // The JSON contract.
        let v = serde_json::to_value(&a).expect("json");
        assert_eq!(v["summary"]["by_status"]["below-target"], 1);
        assert_eq!(v["systems"][1]["sector"], "public");
        assert_eq!(v["systems"][1]["assets"][0]["status"], "below-target");
        assert!(v.get("baseline").is_none());
        let back: Assessment = serde_json::from_value(v).expect("round trip");
        assert_eq!(back, a);
    }

    #[test]
    fn migrated_systems_need_no_time_and_unassigned_merges() {
        let mut done = spec("done", Sector::Public, 4, &[]);
        done.internet_facing = true;
        done.migration_years = 9;
        let mut user = spec(UNASSIGNED, Sector::Finance, 1, &[]);
        user.migration_years = 9;
        let f = file(vec![done, user], Vec::new());
        let a = assess_inventories(
            &f,
            vec![vec![asset("k", "algorithm", &["ML-KEM-768"])], Vec::new()],
            vec![asset("stray", "algorithm", &["X25519"])],
            2026,
        )
        .expect("assessment");
        // Nothing left to migrate: an impossible deadline does not matter.
        assert!(
            a.systems[0].warnings.is_empty(),
            "{:?}",
            a.systems[0].warnings
        );
        // The user's own "unassigned" system receives the stray CBOMs and keeps its own rules.
        assert_eq!(a.systems.len(), 2);
        let u = &a.systems[1];
        assert_eq!((u.tier, u.deadline), (2, 2033));
        assert_eq!(u.assets.len(), 1);
        assert!(u.warnings[0].contains("infeasible"), "{:?}", u.warnings);
    }

    #[test]
    fn baseline_diff_counts_migrated_and_new() {
        let f = file(vec![spec("svc", Sector::Finance, 2, &[])], Vec::new());
        let then = assess_inventories(
            &f,
            vec![vec![
                asset("kex", "algorithm", &["X25519"]),
                asset("sig", "algorithm", &["Ed25519"]),
                asset("old", "algorithm", &["RSA-1024"]),
                asset("aes", "algorithm", &["AES-256-GCM"]),
            ]],
            Vec::new(),
            2025,
        )
        .expect("then");
        let mut kex = asset("kex", "algorithm", &["X25519MLKEM768"]);
        kex.source = "other-file.json".into();
        let now = assess_inventories(
            &f,
            vec![vec![
                kex,
                asset("sig", "algorithm", &["Ed25519"]),
                asset("aes", "algorithm", &["AES-256-GCM"]),
                asset("new", "algorithm", &["ML-DSA-65"]),
            ]],
            Vec::new(),
            2026,
        )
        .expect("now");
        let d = compare(&then, &now);
        assert_eq!(d.year, 2025);
        assert_eq!(d.migrated, 2);
        assert_eq!(d.systems[0].migrated, ["kex (kex.pem)", "old (old.pem)"]);
        assert_eq!(d.systems[0].new, ["new (new.pem)"]);
        assert_eq!(d.systems[0].readiness_then, Some(0.25));
        assert_eq!(d.systems[0].readiness_now, Some(0.75));
    }
}
