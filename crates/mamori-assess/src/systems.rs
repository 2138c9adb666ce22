//! The organization's systems, read from TOML: who owns what, how long its data must stay
//! confidential, what it depends on, and which CBOMs describe its cryptography. From these come
//! each system's priority tier and migration deadline.
//!
//! # Schema
//!
//! ```toml
//! organization = "Example Ministry"          # optional
//! scenarios = [2030, 2035, 2040]             # optional CRQC years; default [2030, 2035, 2040]
//!
//! # Optional tier rules. When present they replace the defaults below. Rules are evaluated in
//! # order and the first match wins; a system no rule matches gets the next tier after the
//! # highest one given, with deadline 2035 (NIST IR 8547 disallows every quantum-vulnerable
//! # algorithm after 2035).
//! [[tier]]
//! tier = 1
//! deadline = 2030
//! sectors = ["public", "finance", "telecom", "energy"]  # any of these (empty or absent: any sector)
//! when_any = ["internet-facing", "long-shelf-life", "criticality>=3"]  # any of these (empty: always)
//!
//! [[system]]
//! name = "tax-portal"                 # required, unique
//! owner = "IT operations"             # optional
//! sector = "public"                   # required: public, finance, telecom, energy, healthcare,
//!                                     #   transport, ports, cloud, other
//! criticality = 4                     # required, 1–4
//! internet_facing = true              # optional, default false
//! confidentiality_years = 10          # optional, default 0: how long its data must stay confidential
//! signature_years = 5                 # optional, default 0: how long its signatures must stay trusted
//! migration_years = 3                 # optional, default 2: the migration effort estimate
//! depends_on = ["identity-ca"]        # optional: names of other systems
//! cbom = ["cbom/tax-portal.json"]     # optional: CycloneDX CBOMs, relative to the TOML file
//! paths = ["deploy/tax-portal"]       # optional: scanned by `mamori assess` itself (files and code)
//! targets = ["tls:tax.example:443", "ssh:tax.example:22"]   # optional: probed by `mamori assess`
//! ```
//!
//! Conditions of `when_any`: `internet-facing`, `long-shelf-life` (confidentiality_years ≥ 10),
//! `criticality>=N`, `confidentiality>=N` (years), `signature>=N` (years).
//!
//! Default rules ([`default_tiers`]): tier 1 (2030) for a critical-sector system (public,
//! finance, telecom, energy) that is internet-facing, keeps data confidential for 10 years or
//! more, or has criticality ≥ 3; tier 2 (2033, CNSA 2.0's date for most national security
//! systems) for any other system that is internet-facing, long-lived or of criticality ≥ 3, and
//! for any other critical-sector system; tier 3 (2035) for the rest.
//!
//! A system never gets a later deadline than a system that depends on it: if B depends on A,
//! A's deadline is pulled forward to B's, since B cannot finish before A (a CA before its leaves).

use std::collections::{BTreeSet, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{AssessError, Result};

/// CRQC years assumed when the file names none.
pub const DEFAULT_SCENARIOS: [u16; 3] = [2030, 2035, 2040];
/// Migration effort assumed when a system does not estimate it.
pub const DEFAULT_MIGRATION_YEARS: u16 = 2;
/// Confidentiality period from which data counts as long-lived (harvest now, decrypt later).
pub const LONG_SHELF_LIFE_YEARS: u16 = 10;
/// Deadline of a system no tier rule matches: NIST IR 8547 disallows quantum-vulnerable
/// cryptography after 2035.
pub const FALLBACK_DEADLINE: u16 = 2035;
/// Largest systems file read.
const MAX_SYSTEMS_FILE: u64 = 8 << 20;

/// The whole systems file.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SystemsFile {
    #[serde(default)]
    pub organization: Option<String>,
    #[serde(default = "default_scenarios")]
    pub scenarios: Vec<u16>,
    /// `[[tier]]` rules; empty means [`default_tiers`].
    #[serde(default, rename = "tier")]
    pub tiers: Vec<TierRule>,
    #[serde(default, rename = "system")]
    pub systems: Vec<SystemSpec>,
}

fn default_scenarios() -> Vec<u16> {
    DEFAULT_SCENARIOS.to_vec()
}

fn default_migration_years() -> u16 {
    DEFAULT_MIGRATION_YEARS
}

/// Sectors of the programme; the first four are the critical ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Sector {
    Public,
    Finance,
    Telecom,
    Energy,
    Healthcare,
    Transport,
    Ports,
    Cloud,
    Other,
}

impl Sector {
    /// The sectors whose highest-priority systems must finish by 2030.
    pub const CRITICAL: [Sector; 4] = [
        Sector::Public,
        Sector::Finance,
        Sector::Telecom,
        Sector::Energy,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Sector::Public => "public",
            Sector::Finance => "finance",
            Sector::Telecom => "telecom",
            Sector::Energy => "energy",
            Sector::Healthcare => "healthcare",
            Sector::Transport => "transport",
            Sector::Ports => "ports",
            Sector::Cloud => "cloud",
            Sector::Other => "other",
        }
    }
}

impl fmt::Display for Sector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One `[[system]]`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SystemSpec {
    pub name: String,
    #[serde(default)]
    pub owner: String,
    pub sector: Sector,
    pub criticality: u8,
    #[serde(default)]
    pub internet_facing: bool,
    #[serde(default)]
    pub confidentiality_years: u16,
    #[serde(default)]
    pub signature_years: u16,
    #[serde(default = "default_migration_years")]
    pub migration_years: u16,
    #[serde(default)]
    pub depends_on: Vec<String>,
    /// CBOM paths as written (relative to the TOML file); [`load_systems`] resolves them.
    #[serde(default)]
    pub cbom: Vec<PathBuf>,
    /// Files and directories `mamori assess` scans itself (keys, certificates, keystores,
    /// source code and configuration), relative to the TOML file like `cbom`.
    #[serde(default)]
    pub paths: Vec<PathBuf>,
    /// Endpoints `mamori assess` probes itself: `tls:host:port` or `ssh:host:port` (a bare
    /// `host:port` is TLS).
    #[serde(default)]
    pub targets: Vec<String>,
}

/// One condition of a tier rule's `when_any`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub enum Condition {
    InternetFacing,
    /// confidentiality_years ≥ [`LONG_SHELF_LIFE_YEARS`].
    LongShelfLife,
    CriticalityAtLeast(u8),
    ConfidentialityAtLeast(u16),
    SignatureAtLeast(u16),
}

impl TryFrom<String> for Condition {
    type Error = String;
    fn try_from(s: String) -> std::result::Result<Self, String> {
        let t = s.trim();
        let bad = || {
            format!(
                "unknown condition '{s}' (expected internet-facing, long-shelf-life, \
                 criticality>=N, confidentiality>=N or signature>=N)"
            )
        };
        match t {
            "internet-facing" => return Ok(Condition::InternetFacing),
            "long-shelf-life" => return Ok(Condition::LongShelfLife),
            _ => {}
        }
        let (key, value) = t.split_once(">=").ok_or_else(bad)?;
        let value = value.trim();
        match key.trim() {
            "criticality" => value
                .parse()
                .map(Condition::CriticalityAtLeast)
                .map_err(|_| bad()),
            "confidentiality" | "confidentiality_years" => value
                .parse()
                .map(Condition::ConfidentialityAtLeast)
                .map_err(|_| bad()),
            "signature" | "signature_years" => value
                .parse()
                .map(Condition::SignatureAtLeast)
                .map_err(|_| bad()),
            _ => Err(bad()),
        }
    }
}

impl Condition {
    pub fn holds(self, s: &SystemSpec) -> bool {
        match self {
            Condition::InternetFacing => s.internet_facing,
            Condition::LongShelfLife => s.confidentiality_years >= LONG_SHELF_LIFE_YEARS,
            Condition::CriticalityAtLeast(n) => s.criticality >= n,
            Condition::ConfidentialityAtLeast(n) => s.confidentiality_years >= n,
            Condition::SignatureAtLeast(n) => s.signature_years >= n,
        }
    }

    /// How the condition reads in a deadline reason.
    fn describe(self, s: &SystemSpec) -> String {
        match self {
            Condition::InternetFacing => "internet-facing".into(),
            Condition::LongShelfLife => {
                format!("data confidential for {} years", s.confidentiality_years)
            }
            Condition::CriticalityAtLeast(_) => format!("criticality {}", s.criticality),
            Condition::ConfidentialityAtLeast(_) => {
                format!("data confidential for {} years", s.confidentiality_years)
            }
            Condition::SignatureAtLeast(_) => {
                format!("signatures trusted for {} years", s.signature_years)
            }
        }
    }
}

/// One `[[tier]]` rule.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TierRule {
    pub tier: u8,
    pub deadline: u16,
    /// Any of these sectors; empty matches every sector.
    #[serde(default)]
    pub sectors: Vec<Sector>,
    /// Any of these conditions; empty always holds.
    #[serde(default)]
    pub when_any: Vec<Condition>,
}

impl TierRule {
    /// The conditions that make `s` match, or `None` when the rule does not apply. An empty
    /// list means the rule applies unconditionally.
    fn matches(&self, s: &SystemSpec) -> Option<Vec<String>> {
        if !self.sectors.is_empty() && !self.sectors.contains(&s.sector) {
            return None;
        }
        if self.when_any.is_empty() {
            return Some(Vec::new());
        }
        let held: Vec<String> = self
            .when_any
            .iter()
            .filter(|c| c.holds(s))
            .map(|c| c.describe(s))
            .collect();
        (!held.is_empty()).then_some(held)
    }
}

/// The programme's default tier rules (see the module documentation).
pub fn default_tiers() -> Vec<TierRule> {
    let any_exposure = vec![
        Condition::InternetFacing,
        Condition::LongShelfLife,
        Condition::CriticalityAtLeast(3),
    ];
    vec![
        TierRule {
            tier: 1,
            deadline: 2030,
            sectors: Sector::CRITICAL.to_vec(),
            when_any: any_exposure.clone(),
        },
        TierRule {
            tier: 2,
            deadline: 2033,
            sectors: Vec::new(),
            when_any: any_exposure,
        },
        TierRule {
            tier: 2,
            deadline: 2033,
            sectors: Sector::CRITICAL.to_vec(),
            when_any: Vec::new(),
        },
        TierRule {
            tier: 3,
            deadline: 2035,
            sectors: Vec::new(),
            when_any: Vec::new(),
        },
    ]
}

/// A system's tier and deadline before dependencies are considered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TierAssignment {
    pub tier: u8,
    pub deadline: u16,
    pub reason: String,
}

/// First matching rule of `rules` (the defaults when empty) for `s`.
pub fn tier_for(s: &SystemSpec, rules: &[TierRule]) -> TierAssignment {
    let defaults;
    let rules = if rules.is_empty() {
        defaults = default_tiers();
        &defaults[..]
    } else {
        rules
    };
    for rule in rules {
        if let Some(held) = rule.matches(s) {
            let mut why = vec![format!("{} sector", s.sector)];
            why.extend(held);
            return TierAssignment {
                tier: rule.tier,
                deadline: rule.deadline,
                reason: format!("tier {} ({}): {}", rule.tier, rule.deadline, why.join(", ")),
            };
        }
    }
    let tier = rules
        .iter()
        .map(|r| r.tier)
        .max()
        .unwrap_or(0)
        .saturating_add(1);
    TierAssignment {
        tier,
        deadline: FALLBACK_DEADLINE,
        reason: format!(
            "tier {tier} ({FALLBACK_DEADLINE}): no tier rule matched; NIST IR 8547 disallows \
             quantum-vulnerable cryptography after {FALLBACK_DEADLINE}"
        ),
    }
}

/// Read, parse and check the systems file at `path`; CBOM paths come back resolved against the
/// file's directory.
pub fn load_systems(path: &Path) -> Result<SystemsFile> {
    let io = |source| AssessError::Io {
        path: path.to_path_buf(),
        source,
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    if meta.len() > MAX_SYSTEMS_FILE {
        return Err(AssessError::Invalid {
            what: format!(
                "{}: {} bytes, over the {MAX_SYSTEMS_FILE}-byte limit for a systems file",
                path.display(),
                meta.len()
            ),
        });
    }
    let text = std::fs::read_to_string(path).map_err(io)?;
    let mut file = parse_systems(&text, path)?;
    let base = path.parent().unwrap_or(Path::new(""));
    for s in &mut file.systems {
        for c in s.cbom.iter_mut().chain(s.paths.iter_mut()) {
            if c.is_relative() {
                *c = base.join(&*c);
            }
        }
    }
    Ok(file)
}

/// Parse and check a systems file's text; `path` only names it in errors.
pub fn parse_systems(text: &str, path: &Path) -> Result<SystemsFile> {
    // toml's error message carries the line, the column and the offending snippet.
    let file: SystemsFile = toml::from_str(text).map_err(|e| AssessError::Toml {
        path: path.to_path_buf(),
        message: e.to_string().trim_end().to_string(),
    })?;
    validate(&file).map_err(|what| AssessError::Invalid {
        what: format!("{}: {what}", path.display()),
    })?;
    Ok(file)
}

/// Values the schema cannot express: ranges, unique names, known dependencies, no cycles.
fn validate(file: &SystemsFile) -> std::result::Result<(), String> {
    let mut seen = BTreeSet::new();
    for s in &file.systems {
        if s.name.trim().is_empty() {
            return Err("a system has an empty name".into());
        }
        if !seen.insert(s.name.as_str()) {
            return Err(format!("system '{}' is defined twice", s.name));
        }
        if !(1..=4).contains(&s.criticality) {
            return Err(format!(
                "system '{}': criticality {} is out of range (1 to 4)",
                s.name, s.criticality
            ));
        }
    }
    for y in &file.scenarios {
        if !(2000..=2200).contains(y) {
            return Err(format!("scenario year {y} is not a plausible CRQC year"));
        }
    }
    for r in &file.tiers {
        if r.tier == 0 {
            return Err("tier rules number tiers from 1".into());
        }
    }
    dependency_order(&file.systems)?;
    Ok(())
}

/// Indices of `systems` ordered so that every system comes after the systems it depends on
/// (input order otherwise). Errors name an unknown dependency or the cycle found.
pub fn dependency_order(systems: &[SystemSpec]) -> std::result::Result<Vec<usize>, String> {
    let index: HashMap<&str, usize> = systems
        .iter()
        .enumerate()
        .map(|(i, s)| (s.name.as_str(), i))
        .collect();
    let mut deps: Vec<Vec<usize>> = Vec::with_capacity(systems.len());
    for s in systems {
        let mut d = Vec::new();
        for name in &s.depends_on {
            let j = index.get(name.as_str()).ok_or_else(|| {
                format!(
                    "system '{}' depends on '{name}', which is not a system in this file",
                    s.name
                )
            })?;
            d.push(*j);
        }
        deps.push(d);
    }
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Open,
        Done,
    }
    let mut mark = vec![Mark::New; systems.len()];
    let mut order = Vec::with_capacity(systems.len());
    // Iterative depth-first search: a deep dependency chain must not exhaust the stack.
    for root in 0..systems.len() {
        if mark[root] != Mark::New {
            continue;
        }
        let mut stack: Vec<(usize, usize)> = vec![(root, 0)];
        mark[root] = Mark::Open;
        while let Some(top) = stack.last_mut() {
            let (node, next) = *top;
            top.1 += 1;
            if let Some(&dep) = deps[node].get(next) {
                match mark[dep] {
                    Mark::Done => {}
                    Mark::New => {
                        mark[dep] = Mark::Open;
                        stack.push((dep, 0));
                    }
                    Mark::Open => {
                        let start = stack.iter().position(|(n, _)| *n == dep).unwrap_or(0);
                        let mut path: Vec<&str> = stack[start..]
                            .iter()
                            .map(|(n, _)| systems[*n].name.as_str())
                            .collect();
                        path.push(systems[dep].name.as_str());
                        return Err(format!("dependency cycle: {}", path.join(" → ")));
                    }
                }
            } else {
                mark[node] = Mark::Done;
                order.push(node);
                stack.pop();
            }
        }
    }
    Ok(order)
}

/// Deadlines after dependencies: `assigned[i]` is system i's own tier deadline and reason.
/// Returns each system's final deadline and the reason for it. `order` comes from
/// [`dependency_order`].
pub fn propagate_deadlines(
    systems: &[SystemSpec],
    assigned: &[TierAssignment],
    order: &[usize],
) -> Vec<(u16, String)> {
    let index: HashMap<&str, usize> = systems
        .iter()
        .enumerate()
        .map(|(i, s)| (s.name.as_str(), i))
        .collect();
    let mut deadline: Vec<u16> = assigned.iter().map(|a| a.deadline).collect();
    // Dependents come after their dependencies in `order`, so walking it backwards settles every
    // dependent's deadline before it is pushed down to what it depends on.
    for &b in order.iter().rev() {
        for name in &systems[b].depends_on {
            if let Some(&a) = index.get(name.as_str()) {
                deadline[a] = deadline[a].min(deadline[b]);
            }
        }
    }
    (0..systems.len())
        .map(|a| {
            let d = deadline[a];
            if d >= assigned[a].deadline {
                return (d, assigned[a].reason.clone());
            }
            // Name every direct dependent that sets the new date, not just the first found.
            let by: Vec<&str> = systems
                .iter()
                .enumerate()
                .filter(|(b, s)| deadline[*b] == d && s.depends_on.contains(&systems[a].name))
                .map(|(_, s)| s.name.as_str())
                .collect();
            let verb = if by.len() == 1 { "depends" } else { "depend" };
            (
                d,
                format!(
                    "{}; pulled forward to {d} by {} ({verb} on it)",
                    assigned[a].reason,
                    by.join(", ")
                ),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn system(name: &str, sector: Sector, criticality: u8) -> SystemSpec {
        SystemSpec {
            name: name.into(),
            owner: String::new(),
            sector,
            criticality,
            internet_facing: false,
            confidentiality_years: 0,
            signature_years: 0,
            migration_years: DEFAULT_MIGRATION_YEARS,
            depends_on: Vec::new(),
            cbom: Vec::new(),
            paths: Vec::new(),
            targets: Vec::new(),
        }
    }

    #[test]
    fn default_tiers_follow_sector_and_exposure() {
        let rules = default_tiers();
        let mut s = system("a", Sector::Public, 1);
        // A critical sector alone gives tier 2.
        assert_eq!(tier_for(&s, &[]).tier, 2);
        assert_eq!(tier_for(&s, &rules).deadline, 2033);
        s.internet_facing = true;
        let t = tier_for(&s, &[]);
        assert_eq!((t.tier, t.deadline), (1, 2030));
        assert!(t.reason.contains("internet-facing"), "{}", t.reason);
        s.internet_facing = false;
        s.confidentiality_years = 10;
        assert_eq!(tier_for(&s, &[]).tier, 1);
        s.confidentiality_years = 9;
        assert_eq!(tier_for(&s, &[]).tier, 2);
        s.criticality = 3;
        assert_eq!(tier_for(&s, &[]).tier, 1);

        let mut h = system("h", Sector::Healthcare, 2);
        assert_eq!(tier_for(&h, &[]).tier, 3);
        assert_eq!(tier_for(&h, &[]).deadline, 2035);
        h.criticality = 3;
        assert_eq!(
            (tier_for(&h, &[]).tier, tier_for(&h, &[]).deadline),
            (2, 2033)
        );
    }

    #[test]
    fn tier_overrides_first_match_and_fallback() {
        let rules = vec![
            TierRule {
                tier: 1,
                deadline: 2029,
                sectors: vec![Sector::Healthcare],
                when_any: vec![Condition::CriticalityAtLeast(4)],
            },
            TierRule {
                tier: 2,
                deadline: 2031,
                sectors: vec![],
                when_any: vec![Condition::SignatureAtLeast(20)],
            },
        ];
        let mut h = system("h", Sector::Healthcare, 4);
        h.signature_years = 30;
        // Both match; the first wins.
        assert_eq!(tier_for(&h, &rules).deadline, 2029);
        h.criticality = 2;
        assert_eq!(tier_for(&h, &rules).deadline, 2031);
        h.signature_years = 0;
        let t = tier_for(&h, &rules);
        assert_eq!((t.tier, t.deadline), (3, FALLBACK_DEADLINE));
        assert!(t.reason.contains("no tier rule matched"));
    }

    #[test]
    fn parses_the_documented_schema() {
        let text = r#"
organization = "Example Ministry"
scenarios = [2030, 2035]
[[tier]]
tier = 1
deadline = 2030
sectors = ["public", "finance", "telecom", "energy"]
when_any = ["internet-facing", "long-shelf-life", "criticality>=3"]
[[system]]
name = "tax-portal"
owner = "IT operations"
sector = "public"
criticality = 4
internet_facing = true
confidentiality_years = 10
signature_years = 5
migration_years = 3
depends_on = ["identity-ca"]
cbom = ["cbom/tax-portal.json"]
[[system]]
name = "identity-ca"
sector = "public"
criticality = 4
"#;
        let f = parse_systems(text, Path::new("systems.toml")).expect("parses");
        assert_eq!(f.organization.as_deref(), Some("Example Ministry"));
        assert_eq!(f.scenarios, vec![2030, 2035]);
        assert_eq!(f.tiers[0].when_any[2], Condition::CriticalityAtLeast(3));
        assert_eq!(f.systems[1].migration_years, DEFAULT_MIGRATION_YEARS);
        assert_eq!(
            f.systems[0].cbom,
            vec![PathBuf::from("cbom/tax-portal.json")]
        );
        let d = parse_systems("", Path::new("x.toml")).expect("empty file");
        assert_eq!(d.scenarios, DEFAULT_SCENARIOS.to_vec());
    }

    #[test]
    fn schema_errors_say_where() {
        let e = parse_systems(
            "[[system]]\nname = \"a\"\nsector = \"space\"\ncriticality = 2\n",
            Path::new("s.toml"),
        )
        .expect_err("unknown sector");
        let msg = e.to_string();
        assert!(msg.contains("line 3"), "{msg}");
        let e = parse_systems(
            "[[system]]\nname = \"a\"\nsector = \"public\"\ncriticality = 7\n",
            Path::new("s.toml"),
        )
        .expect_err("criticality");
        assert!(e.to_string().contains("out of range"), "{e}");
        let e = parse_systems(
            "[[tier]]\ntier = 1\ndeadline = 2030\nwhen_any = [\"lucky\"]\n",
            Path::new("s.toml"),
        )
        .expect_err("condition");
        assert!(e.to_string().contains("unknown condition 'lucky'"), "{e}");
    }

    #[test]
    fn unknown_dependencies_and_cycles_are_errors() {
        let mut a = system("a", Sector::Public, 1);
        a.depends_on = vec!["nope".into()];
        let e = dependency_order(&[a.clone()]).expect_err("unknown");
        assert!(e.contains("'a' depends on 'nope'"), "{e}");
        a.depends_on = vec!["b".into()];
        let mut b = system("b", Sector::Public, 1);
        b.depends_on = vec!["c".into()];
        let mut c = system("c", Sector::Public, 1);
        c.depends_on = vec!["a".into()];
        let e = dependency_order(&[a, b, c]).expect_err("cycle");
        assert_eq!(e, "dependency cycle: a → b → c → a");
        let mut selfish = system("s", Sector::Public, 1);
        selfish.depends_on = vec!["s".into()];
        assert!(dependency_order(&[selfish]).is_err());
    }

    #[test]
    fn dependencies_come_first_and_pull_deadlines_forward() {
        let mut leaf = system("portal", Sector::Public, 4);
        leaf.depends_on = vec!["ca".into()];
        let mut ca = system("ca", Sector::Healthcare, 1);
        ca.depends_on = vec!["hsm".into()];
        let hsm = system("hsm", Sector::Other, 1);
        let systems = vec![leaf, ca, hsm];
        let order = dependency_order(&systems).expect("acyclic");
        assert_eq!(order, vec![2, 1, 0]);
        let assigned: Vec<TierAssignment> = systems.iter().map(|s| tier_for(s, &[])).collect();
        assert_eq!(assigned[0].deadline, 2030);
        assert_eq!(assigned[1].deadline, 2035);
        let d = propagate_deadlines(&systems, &assigned, &order);
        assert_eq!(d[0].0, 2030);
        assert_eq!(d[1].0, 2030);
        assert!(
            d[1].1.contains("pulled forward to 2030 by portal"),
            "{}",
            d[1].1
        );
        // Transitively: the HSM under the CA under the portal.
        assert_eq!(d[2].0, 2030);
        assert!(d[2].1.contains("by ca"), "{}", d[2].1);

        // Two dependents due at the same date are both named.
        let mut bank = system("bank", Sector::Finance, 4);
        bank.depends_on = vec!["ca".into()];
        let mut systems = systems;
        systems.push(bank);
        let order = dependency_order(&systems).expect("acyclic");
        let assigned: Vec<TierAssignment> = systems.iter().map(|s| tier_for(s, &[])).collect();
        let d = propagate_deadlines(&systems, &assigned, &order);
        assert!(
            d[1].1
                .ends_with("pulled forward to 2030 by portal, bank (depend on it)"),
            "{}",
            d[1].1
        );
    }
}
