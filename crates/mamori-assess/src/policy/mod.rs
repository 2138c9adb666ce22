//! Crypto policy as code: a policy is data (TOML), checked against the assets of CBOMs on a
//! given date.
//!
//! # Schema
//!
//! ```toml
//! name = "acme-crypto-policy"          # required
//! description = "What it is for"       # optional
//!
//! [variables]                          # optional: booleans that switch rules on (`only_if`)
//! pq_key_exchange_required = false
//!
//! [[rule]]
//! id = "min-strength"                  # required, unique in the policy
//! description = "128-bit strength everywhere"
//! severity = "error"                   # error (default) | warning
//! starts = "2030-01-01"                # optional: before it, violations are warnings noting
//!                                      # the date; a TOML date (2030-01-01) works as well
//! only_if = "pq_key_exchange_required" # optional: the rule applies when the variable is true
//!
//! # Scope (optional, all must hold): which assets and algorithms the rule looks at.
//! asset_types = ["certificate"]        # algorithm | certificate | protocol | related-crypto-material
//! protocols = ["tls", "ssh"]           # protocol assets of these types only (`tls-1.3`: that version)
//! primitives = ["signature"]           # CycloneDX primitives: signature, kem, key-agree, hash,
//!                                      # ae, block-cipher, mac, kdf...
//! only_quantum_vulnerable = true       # only algorithms Shor's algorithm breaks
//!
//! # Checks (at least one per rule; a rule may combine several).
//! min_classical_bits = 128             # classical strength (SP 800-57) at least this
//! forbid = ["SHA-1", "SHA1withRSA"]    # catalogue names; `*` matches any run of characters
//! forbid_family = ["md5", "sha1", "rc4", "des", "3des"]   # also spelt `family`
//! allow = ["AES-256-*", "SHA-384"]     # allow-list: any other algorithm violates
//! allow_family = ["ml-kem", "ml-dsa"]  # families admitted by the allow-list
//! forbid_broken = true                 # under 112 bits or a broken construction (MD5, RC4...)
//! forbid_quantum_vulnerable = true     # RSA, DSA, DH, ECDH, ECDSA, EdDSA, X25519...
//! require_pq_key_exchange = ["tls", "ssh"] # each protocol asset of these types (`tls-1.3`:
//!                                      # that version only) offers a hybrid or PQ KEM
//! forbid_weaknesses = ["ecb-mode", "hardcoded-key", "static-iv"]  # code-scan weaknesses
//! ```
//!
//! Names and patterns compare case-insensitively. Family names are the kebab-case names of
//! [`Family`] (`rsa`, `ecdsa`, `ed-dsa`, `xdh`, `ml-kem`, `hybrid-kem`, `sha1`, `md5`,
//! `triple-des`...), plus `3des`, `ecdh`, `eddsa` and `x25519` for convenience.
//!
//! The built-in policies ([`BUILTINS`]) are TOML files in this schema, parsed by the same code.
//!
//! # Dates
//!
//! A rule with `starts` has started on that day and after. Before it, its violations are still
//! reported, as warnings whose message says when the rule starts, so that a CI gate shows what is
//! coming without failing. Only `error` violations of started rules make a check fail
//! ([`PolicyReport::fails`]).

#![forbid(unsafe_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;
use std::str::FromStr;

use mamori_model::{Algorithm, Family, Primitive};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::{AssessError, Result};
use crate::inventory::InventoryAsset;

pub mod sarif;
#[cfg(test)]
mod tests;

pub use sarif::sarif_of_report;

/// Largest policy file read from disk.
pub const MAX_POLICY_BYTES: u64 = 1 << 20;

/// The variable `--tier1` sets.
pub const TIER1_VARIABLE: &str = "pq_key_exchange_required";

// ---------------------------------------------------------------------------------------------
// Built-ins.

/// A policy shipped with mamori, as its TOML source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BuiltinPolicy {
    pub name: &'static str,
    pub toml: &'static str,
}

/// The built-in policies.
pub const BUILTINS: &[BuiltinPolicy] = &[
    BuiltinPolicy {
        name: "programme-2030",
        toml: include_str!("builtin/programme-2030.toml"),
    },
    BuiltinPolicy {
        name: "nist-ir-8547",
        toml: include_str!("builtin/nist-ir-8547.toml"),
    },
    BuiltinPolicy {
        name: "cnsa-2.0",
        toml: include_str!("builtin/cnsa-2.0.toml"),
    },
];

/// The built-in policy called `name`.
pub fn builtin(name: &str) -> Option<&'static BuiltinPolicy> {
    BUILTINS.iter().find(|b| b.name.eq_ignore_ascii_case(name))
}

/// Names of the built-ins, comma-separated (for error messages).
pub fn builtin_names() -> String {
    BUILTINS
        .iter()
        .map(|b| b.name)
        .collect::<Vec<_>>()
        .join(", ")
}

impl BuiltinPolicy {
    /// The parsed policy.
    pub fn policy(&self) -> Result<Policy> {
        parse_policy(self.toml, &format!("built-in policy {}", self.name))
    }
}

/// A built-in name, or else the path of a TOML policy file.
pub fn load_policy(name_or_path: &str) -> Result<Policy> {
    if let Some(b) = builtin(name_or_path) {
        return b.policy();
    }
    let path = Path::new(name_or_path);
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(AssessError::Invalid {
                what: format!(
                    "unknown policy '{name_or_path}': neither a built-in ({}) nor a file",
                    builtin_names()
                ),
            });
        }
        Err(source) => {
            return Err(AssessError::Io {
                path: path.to_path_buf(),
                source,
            });
        }
    };
    if meta.len() > MAX_POLICY_BYTES {
        return Err(AssessError::Invalid {
            what: format!(
                "{}: {} bytes, over the {MAX_POLICY_BYTES}-byte policy limit",
                path.display(),
                meta.len()
            ),
        });
    }
    let text = std::fs::read_to_string(path).map_err(|source| AssessError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse_policy(&text, &path.display().to_string())
}

// ---------------------------------------------------------------------------------------------
// Schema.

/// A crypto policy: named rules.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    pub name: String,
    #[serde(default)]
    pub description: String,
    /// Boolean switches that rules depend on through `only_if`.
    #[serde(default)]
    pub variables: BTreeMap<String, bool>,
    #[serde(rename = "rule", default)]
    pub rules: Vec<Rule>,
}

/// One rule of a policy: a scope and one or more checks. See the module documentation.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub id: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub severity: Severity,
    #[serde(default, deserialize_with = "de_date")]
    pub starts: Option<PolicyDate>,
    #[serde(default)]
    pub only_if: Option<String>,

    #[serde(default)]
    pub asset_types: Vec<String>,
    #[serde(default)]
    pub protocols: Vec<String>,
    #[serde(default)]
    pub primitives: Vec<Primitive>,
    #[serde(default)]
    pub only_quantum_vulnerable: bool,

    #[serde(default)]
    pub min_classical_bits: Option<u16>,
    #[serde(default)]
    pub forbid: Vec<String>,
    #[serde(default, alias = "family", deserialize_with = "de_families")]
    pub forbid_family: Vec<Family>,
    #[serde(default)]
    pub allow: Vec<String>,
    #[serde(default, deserialize_with = "de_families")]
    pub allow_family: Vec<Family>,
    #[serde(default)]
    pub forbid_broken: bool,
    #[serde(default)]
    pub forbid_quantum_vulnerable: bool,
    #[serde(default)]
    pub require_pq_key_exchange: Vec<String>,
    #[serde(default)]
    pub forbid_weaknesses: Vec<String>,
}

impl Rule {
    fn has_check(&self) -> bool {
        self.min_classical_bits.is_some()
            || !self.forbid.is_empty()
            || !self.forbid_family.is_empty()
            || !self.allow.is_empty()
            || !self.allow_family.is_empty()
            || self.forbid_broken
            || self.forbid_quantum_vulnerable
            || !self.require_pq_key_exchange.is_empty()
            || !self.forbid_weaknesses.is_empty()
    }
}

/// How bad a violation is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    #[default]
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A calendar date (proleptic Gregorian), `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PolicyDate {
    year: u16,
    month: u8,
    day: u8,
}

impl PolicyDate {
    /// The date, when it exists.
    pub fn new(year: u16, month: u8, day: u8) -> Option<PolicyDate> {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days)
            .contains(&day)
            .then_some(PolicyDate { year, month, day })
    }

    pub fn year(self) -> u16 {
        self.year
    }
}

impl FromStr for PolicyDate {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        let bad = || format!("'{s}' is not a date (expected YYYY-MM-DD)");
        let mut parts = s.trim().splitn(3, '-');
        let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(bad());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(bad());
        }
        let (Ok(y), Ok(m), Ok(d)) = (y.parse(), m.parse(), d.parse()) else {
            return Err(bad());
        };
        PolicyDate::new(y, m, d).ok_or_else(bad)
    }
}

impl fmt::Display for PolicyDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for PolicyDate {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// `starts = "2030-01-01"` or `starts = 2030-01-01` (a TOML local date).
fn de_date<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<Option<PolicyDate>, D::Error> {
    let v = toml::Value::deserialize(d)?;
    let s = match v {
        toml::Value::String(s) => s,
        toml::Value::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => dt.to_string(),
        other => {
            return Err(serde::de::Error::custom(format!(
                "expected a date YYYY-MM-DD, found {}",
                other.type_str()
            )));
        }
    };
    s.parse().map(Some).map_err(serde::de::Error::custom)
}

fn de_families<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<Vec<Family>, D::Error> {
    let names = Vec::<String>::deserialize(d)?;
    names
        .iter()
        .map(|n| {
            parse_family(n)
                .ok_or_else(|| serde::de::Error::custom(format!("unknown algorithm family '{n}'")))
        })
        .collect()
}

/// A family by its kebab-case name or a common alias.
pub fn parse_family(name: &str) -> Option<Family> {
    let lower = name.trim().to_ascii_lowercase();
    let canonical = match lower.as_str() {
        "3des" | "tdes" | "tripledes" | "desede" => "triple-des",
        "eddsa" => "ed-dsa",
        "x25519" | "x448" => "xdh",
        "mlkem" | "kyber" => "ml-kem",
        "mldsa" | "dilithium" => "ml-dsa",
        "slhdsa" | "sphincs+" => "slh-dsa",
        "lms" | "xmss" | "hss" => "hash-signature",
        "sha-1" => "sha1",
        "sha-2" => "sha2",
        "sha-3" => "sha3",
        "chacha20-poly1305" => "cha-cha20",
        other => other,
    };
    serde_json::from_value(serde_json::Value::String(canonical.to_owned())).ok()
}

/// Parse and validate a policy; `origin` names it in errors (a path or "built-in policy X").
pub fn parse_policy(text: &str, origin: &str) -> Result<Policy> {
    let toml_err = |message: String| AssessError::Toml {
        path: origin.into(),
        message,
    };
    let policy: Policy = toml::from_str(text).map_err(|e| toml_err(e.to_string()))?;
    if policy.name.trim().is_empty() {
        return Err(toml_err("the policy has an empty `name`".into()));
    }
    let mut ids = BTreeSet::new();
    for rule in &policy.rules {
        if rule.id.trim().is_empty() {
            return Err(toml_err("a [[rule]] has an empty `id`".into()));
        }
        if !ids.insert(rule.id.as_str()) {
            return Err(toml_err(format!("two rules have the id '{}'", rule.id)));
        }
        if !rule.has_check() {
            return Err(toml_err(format!(
                "rule '{}' checks nothing: give it min_classical_bits, forbid, forbid_family, \
                 allow, allow_family, forbid_broken, forbid_quantum_vulnerable, \
                 require_pq_key_exchange or forbid_weaknesses",
                rule.id
            )));
        }
        if let Some(var) = &rule.only_if {
            if !policy.variables.contains_key(var) {
                return Err(toml_err(format!(
                    "rule '{}': only_if names '{var}', which is not in [variables]",
                    rule.id
                )));
            }
        }
    }
    Ok(policy)
}

// ---------------------------------------------------------------------------------------------
// Checking.

/// One asset (and algorithm) breaking one rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Violation {
    pub rule: String,
    /// `error` only for a started rule of severity error.
    pub severity: Severity,
    /// False when the rule has a `starts` date after the date checked.
    pub started: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starts: Option<PolicyDate>,
    /// The asset's name (`RSA-2048`, a certificate subject, `TLS 1.3`).
    pub asset: String,
    pub asset_id: String,
    pub asset_type: String,
    /// The algorithm at fault; `None` for asset-level checks (weaknesses, key exchange).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub algorithm: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub locations: Vec<String>,
    /// The CBOM file the asset came from.
    pub source: String,
    pub message: String,
}

/// A rule's outcome in one check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RuleOutcome {
    pub id: String,
    pub description: String,
    pub severity: Severity,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starts: Option<PolicyDate>,
    pub started: bool,
    /// False when its `only_if` variable is false: the rule was not checked.
    pub active: bool,
    pub violations: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct ViolationCounts {
    pub errors: usize,
    pub warnings: usize,
    pub total: usize,
}

/// The verdict of a policy on a set of assets at a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PolicyReport {
    pub policy: String,
    pub description: String,
    pub date: PolicyDate,
    pub variables: BTreeMap<String, bool>,
    pub assets_checked: usize,
    pub rules: Vec<RuleOutcome>,
    pub violations: Vec<Violation>,
    pub counts: ViolationCounts,
}

impl PolicyReport {
    /// True when an `error` violation exists (or, with `strict`, any violation).
    pub fn fails(&self, strict: bool) -> bool {
        self.counts.errors > 0 || (strict && self.counts.warnings > 0)
    }
}

/// Check `assets` against `policy` on `date`; `overrides` set policy variables (`--tier1`).
pub fn check_policy(
    policy: &Policy,
    assets: &[InventoryAsset],
    date: PolicyDate,
    overrides: &BTreeMap<String, bool>,
) -> PolicyReport {
    let mut variables = policy.variables.clone();
    for (k, v) in overrides {
        variables.insert(k.clone(), *v);
    }
    // An algorithm component that a certificate, key or protocol of the same CBOM rests on is
    // judged through that asset, unless it is found somewhere that asset is not (code).
    let mut referenced: BTreeMap<(&str, &str), BTreeSet<&str>> = BTreeMap::new();
    for a in assets.iter().filter(|a| a.asset_type != "algorithm") {
        for alg in &a.algorithms {
            referenced
                .entry((a.source.as_str(), alg.name.as_str()))
                .or_default()
                .extend(a.locations.iter().map(String::as_str));
        }
    }
    let judged: Vec<&InventoryAsset> = assets
        .iter()
        .filter(|a| {
            let covered = a.asset_type == "algorithm"
                && !a.algorithms.is_empty()
                && a.algorithms.iter().all(|alg| {
                    referenced
                        .get(&(a.source.as_str(), alg.name.as_str()))
                        .is_some_and(|locs| a.locations.iter().all(|l| locs.contains(l.as_str())))
                });
            !covered
        })
        .collect();

    let mut violations = Vec::new();
    let mut outcomes = Vec::new();
    for rule in &policy.rules {
        let active = rule
            .only_if
            .as_ref()
            .is_none_or(|v| variables.get(v).copied().unwrap_or(false));
        let started = rule.starts.is_none_or(|s| date >= s);
        let before = violations.len();
        if active {
            let mut found = Vec::new();
            for asset in &judged {
                check_asset(rule, asset, started, &mut found);
            }
            // A certificate and its public key found at the same place break a rule with the
            // same algorithm once, reported on the first asset (the certificate).
            let mut seen = BTreeSet::new();
            violations.extend(found.into_iter().filter(|v| {
                v.algorithm.is_none()
                    || v.locations.is_empty()
                    || seen.insert((
                        v.algorithm.clone(),
                        v.source.clone(),
                        v.locations.clone(),
                        v.message.clone(),
                    ))
            }));
        }
        outcomes.push(RuleOutcome {
            id: rule.id.clone(),
            description: rule.description.clone(),
            severity: rule.severity,
            starts: rule.starts,
            started,
            active,
            violations: violations.len() - before,
        });
    }
    let errors = violations
        .iter()
        .filter(|v| v.severity == Severity::Error)
        .count();
    let counts = ViolationCounts {
        errors,
        warnings: violations.len() - errors,
        total: violations.len(),
    };
    PolicyReport {
        policy: policy.name.clone(),
        description: policy.description.clone(),
        date,
        variables,
        assets_checked: judged.len(),
        rules: outcomes,
        violations,
        counts,
    }
}

/// `*` matches any run of characters; comparison ignores ASCII case.
pub fn glob_match(pattern: &str, text: &str) -> bool {
    fn go(p: &[u8], t: &[u8]) -> bool {
        match p.split_first() {
            None => t.is_empty(),
            Some((b'*', rest)) => (0..=t.len()).any(|i| go(rest, &t[i..])),
            Some((c, rest)) => t
                .split_first()
                .is_some_and(|(d, trest)| c.eq_ignore_ascii_case(d) && go(rest, trest)),
        }
    }
    // Collapse runs of `*` so that the backtracking stays polynomial on hostile patterns.
    let mut p = Vec::with_capacity(pattern.len());
    for b in pattern.bytes() {
        if !(b == b'*' && p.last() == Some(&b'*')) {
            p.push(b);
        }
    }
    go(&p, text.as_bytes())
}

/// `tls`, `tls-1.3`, `ssh`: does the protocol asset match?
fn protocol_matches(selector: &str, asset: &InventoryAsset) -> bool {
    let Some(proto) = asset.protocol.as_deref() else {
        return false;
    };
    let (name, version) = match selector.split_once('-') {
        Some((n, v)) => (n, Some(v)),
        None => (selector, None),
    };
    name.trim().eq_ignore_ascii_case(proto)
        && version.is_none_or(|v| {
            asset
                .version
                .as_deref()
                .is_some_and(|av| av.trim() == v.trim())
        })
}

fn describe_asset(asset: &InventoryAsset) -> String {
    match (&asset.protocol, &asset.version) {
        (Some(p), Some(v)) if asset.asset_type == "protocol" => {
            format!("{} {v}", p.to_ascii_uppercase())
        }
        _ => asset.name.clone(),
    }
}

fn check_asset(rule: &Rule, asset: &InventoryAsset, started: bool, out: &mut Vec<Violation>) {
    if !rule.asset_types.is_empty()
        && !rule
            .asset_types
            .iter()
            .any(|t| t.eq_ignore_ascii_case(&asset.asset_type))
    {
        return;
    }
    if !rule.protocols.is_empty() && !rule.protocols.iter().any(|p| protocol_matches(p, asset)) {
        return;
    }
    let severity = if started {
        rule.severity
    } else {
        Severity::Warning
    };
    let suffix = match (started, rule.starts) {
        (false, Some(d)) => format!(" (rule starts {d})"),
        _ => String::new(),
    };
    let mut push = |algorithm: Option<&Algorithm>, message: String| {
        out.push(Violation {
            rule: rule.id.clone(),
            severity,
            started,
            starts: rule.starts,
            asset: describe_asset(asset),
            asset_id: asset.id.clone(),
            asset_type: asset.asset_type.clone(),
            algorithm: algorithm.map(|a| a.name.clone()),
            locations: asset.locations.clone(),
            source: asset.source.clone(),
            message: format!("{message}{suffix}"),
        });
    };

    let mut seen = BTreeSet::new();
    for alg in &asset.algorithms {
        if !seen.insert(alg.name.as_str()) {
            continue;
        }
        if !rule.primitives.is_empty() && !rule.primitives.contains(&alg.primitive) {
            continue;
        }
        if rule.only_quantum_vulnerable && !alg.quantum_vulnerable() {
            continue;
        }
        if rule.forbid_broken {
            if let Some(reason) = &alg.broken_reason {
                push(Some(alg), format!("{} is broken: {reason}", alg.name));
            } else if alg.classical_bits < mamori_model::status::MIN_BITS_TODAY {
                push(
                    Some(alg),
                    format!(
                        "{} has {} of security strength, under the 112 bits allowed today",
                        alg.name,
                        bits(alg)
                    ),
                );
            }
        }
        if let Some(min) = rule.min_classical_bits {
            if alg.classical_bits < min {
                push(
                    Some(alg),
                    format!(
                        "{} has {} of security strength, under the {min} bits required",
                        alg.name,
                        bits(alg)
                    ),
                );
            }
        }
        if let Some(p) = rule.forbid.iter().find(|p| glob_match(p, &alg.name)) {
            push(
                Some(alg),
                format!("{} is forbidden (matches '{p}')", alg.name),
            );
        }
        if rule.forbid_family.contains(&alg.family) {
            push(
                Some(alg),
                format!(
                    "{} is of the forbidden family {}",
                    alg.name,
                    family_name(alg.family)
                ),
            );
        }
        if (!rule.allow.is_empty() || !rule.allow_family.is_empty())
            && !rule.allow.iter().any(|p| glob_match(p, &alg.name))
            && !rule.allow_family.contains(&alg.family)
        {
            push(Some(alg), format!("{} is not on the allow-list", alg.name));
        }
        if rule.forbid_quantum_vulnerable && alg.quantum_vulnerable() {
            push(
                Some(alg),
                format!(
                    "{} is quantum-vulnerable ({} is broken by Shor's algorithm)",
                    alg.name,
                    family_name(alg.family)
                ),
            );
        }
    }

    for w in &asset.weaknesses {
        if let Some(p) = rule.forbid_weaknesses.iter().find(|p| glob_match(p, w)) {
            push(None, format!("weakness {w} is forbidden (matches '{p}')"));
        }
    }

    if asset.asset_type == "protocol"
        && rule
            .require_pq_key_exchange
            .iter()
            .any(|p| protocol_matches(p, asset))
    {
        let pq = asset.algorithms.iter().any(|a| {
            matches!(
                a.family,
                Family::HybridKem | Family::MlKem | Family::OtherPqKem
            )
        });
        if !pq {
            let kex: Vec<&str> = asset
                .algorithms
                .iter()
                .filter(|a| matches!(a.primitive, Primitive::KeyAgree | Primitive::Kem))
                .map(|a| a.name.as_str())
                .collect();
            let offered = if kex.is_empty() {
                "none recorded".to_owned()
            } else {
                kex.join(", ")
            };
            push(
                None,
                format!(
                    "{} offers no hybrid or post-quantum key exchange (key exchange: {offered})",
                    describe_asset(asset)
                ),
            );
        }
    }
}

fn bits(alg: &Algorithm) -> String {
    if alg.classical_bits == 0 {
        "no known bits".to_owned()
    } else {
        format!("{} bits", alg.classical_bits)
    }
}

/// The kebab-case name of a family.
pub fn family_name(f: Family) -> String {
    serde_json::to_value(f)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_else(|| format!("{f:?}"))
}
