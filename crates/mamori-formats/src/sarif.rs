//! SARIF 2.1.0: serde types for the subset of the OASIS standard that mamori writes, and the
//! conversion of code findings into a SARIF log for GitHub code scanning and other viewers.
//!
//! The types are generic (a log, runs, a tool with rules and taxonomies, results with physical
//! locations, fingerprints and property bags, invocations with notifications) so that every
//! mamori scanner (code, policy, SBOM vulnerabilities) writes SARIF through them; each scanner
//! has its own conversion function, like [`sarif_from_code`] here.
//!
//! Field names, enum values and required properties follow the official schema
//! `sarif-schema-2.1.0.json` (OASIS, errata 01). GitHub-specific conventions are followed where
//! the standard leaves a choice: `properties.security-severity` and `tags` on rules, and a
//! `primaryLocationLineHash` partial fingerprint on results.
//!
//! # Code findings
//!
//! * **Rules.** GitHub reads a security alert's severity from the *rule's*
//!   `properties.security-severity`, never from the result, while one mamori rule
//!   (`java.jca.cipher`) finds strong and broken algorithms alike. Each (finding rule, status)
//!   pair is therefore one reporting descriptor, with id `<rule>/<status>`
//!   (`java.jca.cipher/broken`, `java.jca.cipher/quantum-safe`), so that every alert shows the
//!   severity of its own status. The finding's own rule is kept in `properties.mamoriRule` of the
//!   descriptor and of the result, and the alert's identity does not depend on the status (see
//!   fingerprints below), only its rule does: an algorithm whose status changes (a transition
//!   date passes) closes the old alert and opens one of the new severity.
//! * **Weaknesses** (ECB, static IV, hard-coded key...) are not rules of their own: they are what
//!   makes a finding `broken`, so they go into the result's message (one sentence each, with
//!   the CWE), its `properties.weaknesses` and `properties.cwe`, its `taxa` (references into a
//!   CWE taxonomy carried in `run.taxonomies`), and as `external/cwe/cwe-N` tags (the
//!   convention GitHub displays and filters by) on the rule. One finding stays one alert.
//! * **Levels and severities.** `broken` → `error` / 8.0 (high), `below-target` → `warning` /
//!   5.0 (medium), `quantum-vulnerable` → `note` / 3.0 (low), `quantum-safe` → `none` / 0.0.
//!   Quantum-safe results are kept: they are inventory. A finding without a status is `note` /
//!   0.0 under the rule `<rule>/unrated`.
//! * **Fingerprints.** `partialFingerprints.primaryLocationLineHash` is a SHA-256 of the rule,
//!   the path and the evidence with its whitespace collapsed (not the line number), plus the
//!   occurrence number of that triple in the file: a result keeps its identity when lines are
//!   inserted above it, and two identical lines in one file stay two results.
//! * **Columns.** mamori's columns are 1-based *byte* columns; SARIF counts columns in UTF-16
//!   code units or code points (`columnKind`). This log declares `utf16CodeUnits` (what GitHub
//!   and VS Code count in). [`sarif_from_code_with_lines`] converts each column with the text of
//!   its line; [`sarif_from_code`], which has no text, writes `startColumn` only where it cannot
//!   be wrong (column 1) and keeps the byte column in `properties.byteColumn` for the rest.
//! * **Secrets.** The evidence of a finding about key material, an IV, a salt or a password
//!   (a `material` finding, or one with a hard-coded-key/password or static-IV/salt weakness)
//!   has the contents of its string literals and its numbers masked before it goes into the
//!   snippet or the fingerprint: a SARIF file is archived and uploaded where the secret must
//!   not follow.
//!
//! Output is deterministic: results are sorted by path, line, column and rule; rules by id.

use std::collections::{BTreeMap, BTreeSet};

use mamori_model::{CodeFinding, CodeFindingKind, Status, WeaknessKind};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

/// `$schema` of the logs mamori writes (the SchemaStore copy of the OASIS schema, which is what
/// editors and GitHub recognise).
pub const SARIF_SCHEMA_URI: &str = "https://json.schemastore.org/sarif-2.1.0.json";
/// The only `version` value of SARIF 2.1.0.
pub const SARIF_VERSION: &str = "2.1.0";
/// The `uriBaseId` of artifact locations relative to the scanned root.
pub const SRCROOT: &str = "%SRCROOT%";
/// `tool.driver.name`.
pub const TOOL_NAME: &str = "mamori";
/// The `partialFingerprints` key GitHub code scanning matches results across runs with.
pub const PRIMARY_LOCATION_LINE_HASH: &str = "primaryLocationLineHash";
/// Name of the CWE taxonomy in `run.taxonomies`.
pub const CWE_TAXONOMY: &str = "CWE";

// ---------------------------------------------------------------------------------------------
// Types.

/// A SARIF log file (`sarifLog`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SarifLog {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Always [`SARIF_VERSION`].
    pub version: String,
    pub runs: Vec<Run>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub properties: Option<PropertyBag>,
}

impl SarifLog {
    /// A SARIF 2.1.0 log of `runs`, with mamori's `$schema`.
    pub fn new(runs: Vec<Run>) -> SarifLog {
        SarifLog {
            schema: Some(SARIF_SCHEMA_URI.to_owned()),
            version: SARIF_VERSION.to_owned(),
            runs,
            properties: None,
        }
    }
}

/// One run of one tool (`run`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Run {
    pub tool: Tool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub invocations: Vec<Invocation>,
    /// Where each `uriBaseId` pointed on the machine that ran the tool; an entry without `uri`
    /// documents a base whose absolute location the tool does not know.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub original_uri_base_ids: BTreeMap<String, ArtifactLocation>,
    /// Present (possibly empty) whenever the log represents an actual scan.
    #[serde(default)]
    pub results: Vec<SarifResult>,
    /// Taxonomies the results are classified in (CWE).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub taxonomies: Vec<ToolComponent>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column_kind: Option<ColumnKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub properties: Option<PropertyBag>,
}

impl Run {
    /// A run of `driver` with no results yet.
    pub fn new(driver: ToolComponent) -> Run {
        Run {
            tool: Tool {
                driver,
                extensions: Vec::new(),
            },
            invocations: Vec::new(),
            original_uri_base_ids: BTreeMap::new(),
            results: Vec::new(),
            taxonomies: Vec::new(),
            column_kind: None,
            properties: None,
        }
    }
}

/// The unit of `startColumn` / `endColumn` in a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ColumnKind {
    Utf16CodeUnits,
    UnicodeCodePoints,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tool {
    pub driver: ToolComponent,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extensions: Vec<ToolComponent>,
}

/// The driver, an extension, or a taxonomy (`toolComponent`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ToolComponent {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Semantic Versioning 2.0 form of the version, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub semantic_version: Option<String>,
    /// Absolute URI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub information_uri: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_description: Option<MultiformatMessageString>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<ReportingDescriptor>,
    /// For a taxonomy, its entries (one CWE each).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub taxa: Vec<ReportingDescriptor>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub supported_taxonomies: Vec<ToolComponentReference>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub properties: Option<PropertyBag>,
}

impl ToolComponent {
    pub fn new(name: impl Into<String>) -> ToolComponent {
        ToolComponent {
            name: name.into(),
            organization: None,
            version: None,
            semantic_version: None,
            information_uri: None,
            short_description: None,
            rules: Vec::new(),
            taxa: Vec::new(),
            supported_taxonomies: Vec::new(),
            properties: None,
        }
    }

    /// mamori itself: name, version (and its SemVer form when it is one) and information URI.
    pub fn mamori(version: &str) -> ToolComponent {
        let mut driver = ToolComponent::new(TOOL_NAME);
        driver.version = Some(version.to_owned());
        driver.semantic_version = is_semver(version).then(|| version.to_owned());
        let repository = env!("CARGO_PKG_REPOSITORY");
        driver.information_uri = (!repository.is_empty()).then(|| repository.to_owned());
        driver
    }

    /// Index of the rule `id` in `rules`.
    pub fn rule_index(&self, id: &str) -> Option<usize> {
        self.rules.iter().position(|r| r.id == id)
    }
}

/// Identifies a tool component: the driver, an extension or a taxonomy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ToolComponentReference {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Index in `run.taxonomies` (for a taxonomy) or `tool.extensions`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index: Option<usize>,
}

/// A rule, or an entry of a taxonomy (`reportingDescriptor`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReportingDescriptor {
    /// Stable, unique among the component's rules.
    pub id: String,
    /// Readable identifier, no spaces (`JavaJcaCipherBroken`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// One sentence; GitHub shows it as the alert's title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_description: Option<MultiformatMessageString>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_description: Option<MultiformatMessageString>,
    /// What to do about it; GitHub shows it beside the alert.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<MultiformatMessageString>,
    /// Absolute URI of the rule's documentation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help_uri: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_configuration: Option<ReportingConfiguration>,
    /// `tags` and, for GitHub, `security-severity` (a string, `"0.0"` to `"10.0"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub properties: Option<PropertyBag>,
}

impl ReportingDescriptor {
    pub fn new(id: impl Into<String>) -> ReportingDescriptor {
        ReportingDescriptor {
            id: id.into(),
            name: None,
            short_description: None,
            full_description: None,
            help: None,
            help_uri: None,
            default_configuration: None,
            properties: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportingConfiguration {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
}

/// Points at a rule or a taxonomy entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReportingDescriptorReference {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_component: Option<ToolComponentReference>,
}

/// Severity of a result or a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    None,
    Note,
    Warning,
    Error,
}

/// A text (and optionally Markdown) string of a rule or a tool component.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MultiformatMessageString {
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub markdown: Option<String>,
}

impl MultiformatMessageString {
    pub fn text(text: impl Into<String>) -> MultiformatMessageString {
        MultiformatMessageString {
            text: text.into(),
            markdown: None,
        }
    }
}

/// A message of a result or a notification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub markdown: Option<String>,
}

impl Message {
    pub fn text(text: impl Into<String>) -> Message {
        Message {
            text: text.into(),
            markdown: None,
        }
    }
}

/// One finding (`result`). Named `SarifResult` so that it does not shadow `std::result::Result`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SarifResult {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule_id: Option<String>,
    /// Index of the rule in `tool.driver.rules`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule_index: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ResultKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    pub message: Message,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub locations: Vec<Location>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub partial_fingerprints: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related_locations: Vec<Location>,
    /// References into `run.taxonomies` (CWE entries).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub taxa: Vec<ReportingDescriptorReference>,
    /// Present when the result was set aside (a VEX statement, an in-source annotation): viewers
    /// hide it by default but it stays in the log.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suppressions: Vec<Suppression>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub properties: Option<PropertyBag>,
}

/// Why a result is set aside (`suppression`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Suppression {
    /// `external` (a VEX document, a baseline) or `inSource`.
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub justification: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
}

impl SarifResult {
    pub fn new(message: impl Into<String>) -> SarifResult {
        SarifResult {
            rule_id: None,
            rule_index: None,
            kind: None,
            level: None,
            message: Message::text(message),
            locations: Vec::new(),
            partial_fingerprints: BTreeMap::new(),
            related_locations: Vec::new(),
            taxa: Vec::new(),
            suppressions: Vec::new(),
            properties: None,
        }
    }
}

/// How a result was evaluated; absent means `fail`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ResultKind {
    NotApplicable,
    Pass,
    Fail,
    Review,
    Open,
    Informational,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Location {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub physical_location: Option<PhysicalLocation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<Message>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PhysicalLocation {
    pub artifact_location: ArtifactLocation,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<Region>,
}

/// A file, as a URI reference relative to `uriBaseId`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ArtifactLocation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uri_base_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Message>,
}

impl ArtifactLocation {
    /// A path relative to the scanned root (`/`-separated), percent-encoded as a relative URI
    /// reference against [`SRCROOT`].
    pub fn under_srcroot(path: &str) -> ArtifactLocation {
        ArtifactLocation {
            uri: Some(relative_uri(path)),
            uri_base_id: Some(SRCROOT.to_owned()),
            description: None,
        }
    }
}

/// Lines and columns are 1-based; columns count in the run's `columnKind`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Region {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_line: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_column: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_line: Option<u32>,
    /// The column *after* the last character.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_column: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snippet: Option<ArtifactContent>,
}

impl Region {
    pub fn line(line: u32) -> Region {
        Region {
            start_line: Some(line),
            start_column: None,
            end_line: None,
            end_column: None,
            snippet: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArtifactContent {
    pub text: String,
}

/// How the tool was run (`invocation`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Invocation {
    pub execution_successful: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub command_line: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub arguments: Vec<String>,
    /// RFC 3339 date-time, UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time_utc: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time_utc: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exit_code: Option<i32>,
    /// Problems the tool met while running (an unreadable file, a file over a size limit).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tool_execution_notifications: Vec<Notification>,
}

impl Invocation {
    pub fn new(execution_successful: bool) -> Invocation {
        Invocation {
            execution_successful,
            command_line: None,
            arguments: Vec::new(),
            start_time_utc: None,
            end_time_utc: None,
            exit_code: None,
            tool_execution_notifications: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Notification {
    pub message: Message,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub locations: Vec<Location>,
}

/// A property bag: `tags` (distinct strings) and any other key/value pair, in key order.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PropertyBag {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    #[serde(flatten)]
    pub values: BTreeMap<String, Value>,
}

impl PropertyBag {
    /// Set `key` to `value` (anything that serializes to JSON).
    pub fn insert(&mut self, key: &str, value: impl Into<Value>) {
        self.values.insert(key.to_owned(), value.into());
    }

    /// Add `tag` unless it is there already (tags are a set).
    pub fn tag(&mut self, tag: impl Into<String>) {
        let tag = tag.into();
        if !self.tags.contains(&tag) {
            self.tags.push(tag);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.tags.is_empty() && self.values.is_empty()
    }
}

// ---------------------------------------------------------------------------------------------
// Code findings → SARIF.

/// The SARIF log of `findings`, one run of mamori `tool_version`.
///
/// Without the text of the lines, byte columns cannot be turned into SARIF columns: regions
/// carry `startColumn` only for column 1 (see the module documentation);
/// [`sarif_from_code_with_lines`] gives every result its column.
pub fn sarif_from_code(findings: &[CodeFinding], tool_version: &str) -> SarifLog {
    sarif_from_code_with_lines(findings, tool_version, |_, _| None)
}

/// [`sarif_from_code`], with `line_text(path, line)` giving the text of a 1-based line of a
/// scanned file (without its line terminator), to convert byte columns into UTF-16 code units.
/// A column that does not fall on a character boundary of the text returned (the file changed)
/// is left out.
pub fn sarif_from_code_with_lines(
    findings: &[CodeFinding],
    tool_version: &str,
    mut line_text: impl FnMut(&str, u32) -> Option<String>,
) -> SarifLog {
    let mut sorted: Vec<&CodeFinding> = findings.iter().collect();
    sorted.sort_by_cached_key(|f| finding_order(f));

    // Rules: one per (finding rule, status), sorted by id.
    let mut rule_cwes: BTreeMap<String, (&str, Option<Status>, BTreeSet<u32>)> = BTreeMap::new();
    for f in &sorted {
        let entry = rule_cwes
            .entry(rule_id(f))
            .or_insert_with(|| (f.rule.as_str(), f.status, BTreeSet::new()));
        entry.2.extend(cwes_of(f));
    }
    let mut driver = ToolComponent::mamori(tool_version);
    driver.rules = rule_cwes
        .iter()
        .map(|(id, (rule, status, cwes))| code_rule(id, rule, *status, cwes))
        .collect();

    // The CWE taxonomy: every CWE a result refers to.
    let all_cwes: BTreeSet<u32> = sorted.iter().flat_map(|f| cwes_of(f)).collect();
    let cwe_index: BTreeMap<u32, usize> =
        all_cwes.iter().enumerate().map(|(i, c)| (*c, i)).collect();

    let mut seen: BTreeMap<(String, String, String), u32> = BTreeMap::new();
    let mut results = Vec::with_capacity(sorted.len());
    for f in &sorted {
        let id = rule_id(f);
        let rule_index = driver.rule_index(&id);
        let evidence = shown_evidence(f);
        let normalized = collapse_whitespace(&evidence);
        let n = seen
            .entry((f.rule.clone(), f.location.path.clone(), normalized.clone()))
            .or_insert(0);
        *n += 1;
        let fingerprint = format!(
            "{}:{n}",
            fingerprint_hash(&f.rule, &f.location.path, &normalized)
        );

        let line = f.location.line.filter(|l| *l >= 1).unwrap_or(1);
        let mut region = Region::line(line);
        region.start_column = sarif_column(f, line, &mut line_text);
        if !evidence.is_empty() {
            region.snippet = Some(ArtifactContent { text: evidence });
        }

        let cwes = cwes_of(f);
        let mut result = SarifResult::new(code_message(f));
        result.rule_id = Some(id);
        result.rule_index = rule_index;
        result.level = Some(level_of(f.status));
        result.locations = vec![Location {
            physical_location: Some(PhysicalLocation {
                artifact_location: ArtifactLocation::under_srcroot(&f.location.path),
                region: Some(region),
            }),
            message: None,
        }];
        result
            .partial_fingerprints
            .insert(PRIMARY_LOCATION_LINE_HASH.to_owned(), fingerprint);
        result.taxa = cwes
            .iter()
            .map(|c| ReportingDescriptorReference {
                id: Some(c.to_string()),
                index: cwe_index.get(c).copied(),
                tool_component: Some(ToolComponentReference {
                    name: Some(CWE_TAXONOMY.to_owned()),
                    index: Some(0),
                }),
            })
            .collect();
        result.properties = Some(code_result_properties(f, &cwes));
        results.push(result);
    }

    let mut run = Run::new(driver);
    if !all_cwes.is_empty() {
        run.tool.driver.supported_taxonomies = vec![ToolComponentReference {
            name: Some(CWE_TAXONOMY.to_owned()),
            index: Some(0),
        }];
        run.taxonomies = vec![cwe_taxonomy(&all_cwes)];
    }
    run.original_uri_base_ids.insert(
        SRCROOT.to_owned(),
        ArtifactLocation {
            uri: None,
            uri_base_id: None,
            description: Some(Message::text("The root of the scanned directory tree.")),
        },
    );
    run.column_kind = Some(ColumnKind::Utf16CodeUnits);
    run.results = results;
    SarifLog::new(vec![run])
}

/// SARIF level of a status.
pub fn level_of(status: Option<Status>) -> Level {
    match status {
        Some(Status::Broken) => Level::Error,
        Some(Status::BelowTarget) => Level::Warning,
        Some(Status::QuantumVulnerable) => Level::Note,
        Some(Status::QuantumSafe) => Level::None,
        None => Level::Note,
    }
}

/// GitHub `security-severity` of a status: 8.0 high, 5.0 medium, 3.0 low, 0.0 none.
pub fn security_severity_of(status: Option<Status>) -> &'static str {
    match status {
        Some(Status::Broken) => "8.0",
        Some(Status::BelowTarget) => "5.0",
        Some(Status::QuantumVulnerable) => "3.0",
        Some(Status::QuantumSafe) | None => "0.0",
    }
}

/// `<rule>/<status>`, the SARIF rule id of a code finding.
pub fn rule_id(f: &CodeFinding) -> String {
    format!("{}/{}", f.rule, status_slug(f.status))
}

fn status_slug(status: Option<Status>) -> &'static str {
    status.map(Status::as_str).unwrap_or("unrated")
}

/// A total order on code findings, for deterministic output whatever the input order.
pub(crate) fn finding_order(f: &CodeFinding) -> impl Ord + '_ {
    (
        (
            &f.location.path,
            f.location.line,
            f.column,
            &f.rule,
            f.kind,
            &f.symbol,
        ),
        (
            &f.evidence,
            f.status,
            f.language,
            &f.mode,
            &f.padding,
            &f.protocol,
            f.material,
        ),
        f.algorithm.as_ref().map(|a| {
            (
                &a.name,
                &a.parameter_set,
                &a.curve,
                a.key_size,
                &a.oid,
                &a.broken_reason,
                a.classical_bits,
                a.quantum_category,
            )
        }),
        f.weaknesses
            .iter()
            .map(|w| (w.kind, w.message.as_str()))
            .collect::<Vec<_>>(),
        (f.location.index, &f.location.alias),
    )
}

/// The CWEs of a finding: its weaknesses', CWE-327 for a broken status and CWE-326 for a
/// strength below target.
fn cwes_of(f: &CodeFinding) -> BTreeSet<u32> {
    let mut out: BTreeSet<u32> = f.weaknesses.iter().map(|w| w.kind.cwe()).collect();
    match f.status {
        Some(Status::Broken) => {
            out.insert(327);
        }
        Some(Status::BelowTarget) => {
            out.insert(326);
        }
        _ => {}
    }
    out
}

/// Titles of the CWEs mamori's weaknesses and statuses map to.
fn cwe_title(cwe: u32) -> Option<&'static str> {
    Some(match cwe {
        259 => "Use of Hard-coded Password",
        295 => "Improper Certificate Validation",
        321 => "Use of Hard-coded Cryptographic Key",
        326 => "Inadequate Encryption Strength",
        327 => "Use of a Broken or Risky Cryptographic Algorithm",
        328 => "Use of Weak Hash",
        329 => "Generation of Predictable IV with CBC Mode",
        760 => "Use of a One-Way Hash with a Predictable Salt",
        780 => "Use of RSA Algorithm without OAEP",
        916 => "Use of Password Hash With Insufficient Computational Effort",
        _ => return None,
    })
}

fn cwe_taxonomy(cwes: &BTreeSet<u32>) -> ToolComponent {
    let mut cwe = ToolComponent::new(CWE_TAXONOMY);
    cwe.organization = Some("MITRE".to_owned());
    cwe.information_uri = Some("https://cwe.mitre.org/".to_owned());
    cwe.short_description = Some(MultiformatMessageString::text(
        "The MITRE Common Weakness Enumeration",
    ));
    cwe.taxa = cwes
        .iter()
        .map(|c| {
            let mut t = ReportingDescriptor::new(c.to_string());
            t.short_description = cwe_title(*c).map(MultiformatMessageString::text);
            t.help_uri = Some(format!("https://cwe.mitre.org/data/definitions/{c}.html"));
            t
        })
        .collect();
    cwe
}

fn code_rule(
    id: &str,
    rule: &str,
    status: Option<Status>,
    cwes: &BTreeSet<u32>,
) -> ReportingDescriptor {
    let (title, what, help) = status_texts(status);
    let mut r = ReportingDescriptor::new(id);
    r.name = Some(pascal_case(id));
    r.short_description = Some(MultiformatMessageString::text(format!("{title}: {rule}")));
    r.full_description = Some(MultiformatMessageString::text(format!(
        "mamori's rule {rule} found cryptography in source code or configuration that {what}"
    )));
    r.help = Some(MultiformatMessageString {
        text: help.to_owned(),
        markdown: Some(format!("**{title}.** {help}")),
    });
    r.default_configuration = Some(ReportingConfiguration {
        level: Some(level_of(status)),
    });
    let mut props = PropertyBag::default();
    props.tag("security");
    props.tag("cryptography");
    if matches!(
        status,
        Some(Status::QuantumVulnerable | Status::QuantumSafe)
    ) {
        props.tag("post-quantum");
    }
    for c in cwes {
        props.tag(format!("external/cwe/cwe-{c}"));
    }
    props.insert("security-severity", security_severity_of(status));
    props.insert("mamoriRule", rule);
    props.insert("status", status_slug(status));
    r.properties = Some(props);
    r
}

/// (title, "that …" clause, help) of the rules of a status.
fn status_texts(status: Option<Status>) -> (&'static str, &'static str, &'static str) {
    match status {
        Some(Status::Broken) => (
            "Broken or disallowed cryptography",
            "is unsafe today: under 112 bits of strength, a known-broken construction, a \
             deprecated protocol version, or a weak use such as ECB mode, a static IV or a \
             hard-coded key.",
            "Replace the algorithm, mode or protocol version with an approved one (AES-GCM, \
             SHA-256 or better, TLS 1.2/1.3, ML-KEM/ML-DSA or a hybrid where keys are \
             exchanged or signed), and move keys, IVs, salts and passwords out of the code: \
             generate IVs and salts randomly, keep keys and passwords in a secret store.",
        ),
        Some(Status::BelowTarget) => (
            "Cryptography below the 128-bit target",
            "is short of the 128-bit security strength the programme requires by 2030.",
            "Move to parameters with at least 128 bits of classical strength before 2030 (AES-128 \
             or larger, RSA/DH 3072 bits or larger, P-256 or larger, SHA-256 or better), or \
             straight to a post-quantum or hybrid scheme.",
        ),
        Some(Status::QuantumVulnerable) => (
            "Quantum-vulnerable cryptography",
            "a cryptographically relevant quantum computer breaks (Shor's algorithm): RSA, DH, \
             ECDH, ECDSA, EdDSA. NIST IR 8547 disallows it after 2035.",
            "Plan the migration to ML-KEM (FIPS 203) for key establishment and ML-DSA (FIPS 204) \
             or SLH-DSA (FIPS 205) for signatures, or to hybrids such as X25519MLKEM768; start \
             with data that must stay confidential for years (harvest now, decrypt later).",
        ),
        Some(Status::QuantumSafe) => (
            "Quantum-safe cryptography (inventory)",
            "is quantum-safe; it is reported for the cryptography inventory.",
            "Nothing to do: keep the inventory current.",
        ),
        None => (
            "Cryptography of unknown strength (inventory)",
            "mamori could not rate; it is reported for the cryptography inventory.",
            "Check which algorithm this code uses and whether it meets the crypto policy.",
        ),
    }
}

fn status_phrase(status: Option<Status>) -> &'static str {
    match status {
        Some(Status::Broken) => "broken or disallowed today",
        Some(Status::BelowTarget) => "below the 128-bit strength required by 2030",
        Some(Status::QuantumVulnerable) => "quantum-vulnerable (disallowed after 2035)",
        Some(Status::QuantumSafe) => "quantum-safe",
        None => "of unknown strength",
    }
}

/// The result message: what and where in the first sentence (GitHub shows only that when space
/// is short), then one sentence per weakness and the algorithm's figures.
fn code_message(f: &CodeFinding) -> String {
    let mut first = match f.kind {
        CodeFindingKind::Material => {
            let what = f
                .material
                .map(|m| m.as_str().replace('-', " "))
                .unwrap_or_else(|| "key material".to_owned());
            let place = if f.language.is_config() {
                "configuration"
            } else {
                "source"
            };
            let mut s = format!("Hard-coded {what}");
            if let Some(a) = &f.algorithm {
                s.push_str(&format!(" for {}", a.name));
            }
            s.push_str(&format!(" written in the {place} at {}", f.symbol));
            s
        }
        CodeFindingKind::Protocol => format!("{} enabled by {}", f.subject(), f.symbol),
        CodeFindingKind::Algorithm => {
            let mut s = f.subject();
            if let Some(m) = &f.mode {
                s.push_str(&format!(" in {m} mode"));
            }
            if let Some(p) = &f.padding {
                if p.to_ascii_lowercase().contains("padding") {
                    s.push_str(&format!(" with {p}"));
                } else {
                    s.push_str(&format!(" with {p} padding"));
                }
            }
            s.push_str(&format!(" used through {}", f.symbol));
            s
        }
    };
    first.push_str(&format!(": {}.", status_phrase(f.status)));
    let mut parts = vec![first];
    let mut weaknesses: Vec<_> = f.weaknesses.iter().collect();
    weaknesses.sort_by_key(|w| (w.kind, w.message.clone()));
    for w in weaknesses {
        let msg = sentence(&w.message);
        parts.push(format!("{msg} (CWE-{}).", w.kind.cwe()));
    }
    if let Some(a) = &f.algorithm {
        if let Some(reason) = &a.broken_reason {
            parts.push(format!("{}.", sentence(reason)));
        }
        parts.push(format!(
            "{} bits of classical strength, NIST post-quantum category {}.",
            a.classical_bits, a.quantum_category
        ));
    }
    parts.join(" ")
}

/// `text` trimmed, capitalised, without its final full stop.
fn sentence(text: &str) -> String {
    let t = text.trim().trim_end_matches('.');
    let mut cs = t.chars();
    match cs.next() {
        Some(first) => first.to_uppercase().chain(cs).collect(),
        None => String::new(),
    }
}

fn code_result_properties(f: &CodeFinding, cwes: &BTreeSet<u32>) -> PropertyBag {
    let mut p = PropertyBag::default();
    for c in cwes {
        p.tag(format!("external/cwe/cwe-{c}"));
    }
    p.insert("mamoriRule", f.rule.as_str());
    p.insert("status", status_slug(f.status));
    p.insert("kind", enum_str(&f.kind));
    p.insert("language", f.language.as_str());
    p.insert("symbol", f.symbol.as_str());
    if f.column >= 1 {
        p.insert("byteColumn", f.column);
    }
    if let Some(a) = &f.algorithm {
        p.insert("algorithm", a.name.as_str());
        p.insert("classicalSecurityLevel", a.classical_bits);
        p.insert("nistQuantumSecurityLevel", a.quantum_category);
    }
    if let Some(m) = &f.mode {
        p.insert("mode", m.as_str());
    }
    if let Some(pad) = &f.padding {
        p.insert("padding", pad.as_str());
    }
    if let Some(proto) = &f.protocol {
        p.insert("protocol", format!("{} {}", proto.name, proto.version));
    }
    if let Some(m) = f.material {
        p.insert("material", m.as_str());
    }
    let kinds: BTreeSet<&str> = f.weaknesses.iter().map(|w| w.kind.as_str()).collect();
    if !kinds.is_empty() {
        p.insert(
            "weaknesses",
            Value::Array(kinds.into_iter().map(Value::from).collect()),
        );
    }
    if !cwes.is_empty() {
        p.insert(
            "cwe",
            Value::Array(
                cwes.iter()
                    .map(|c| Value::from(format!("CWE-{c}")))
                    .collect(),
            ),
        );
    }
    p
}

/// The kebab-case serde name of a model enum value.
fn enum_str<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(Value::String(s)) => s,
        _ => String::new(),
    }
}

/// The SARIF column (UTF-16 code units) of a finding, when it can be known exactly.
fn sarif_column(
    f: &CodeFinding,
    line: u32,
    line_text: &mut impl FnMut(&str, u32) -> Option<String>,
) -> Option<u32> {
    match f.column {
        0 => None,
        1 => Some(1),
        c => line_text(&f.location.path, line).and_then(|text| utf16_column(&text, c)),
    }
}

/// Convert a 1-based byte column of `line` into a 1-based column in UTF-16 code units. `None`
/// when the column is past the end of the line or inside a multi-byte character.
pub fn utf16_column(line: &str, byte_column: u32) -> Option<u32> {
    let offset = usize::try_from(byte_column.checked_sub(1)?).ok()?;
    let prefix = line.get(..offset)?;
    u32::try_from(prefix.encode_utf16().count() + 1).ok()
}

/// True when a finding's evidence may contain a secret: key material, or a value the weakness
/// says is written into the code.
pub fn evidence_may_hold_a_secret(f: &CodeFinding) -> bool {
    f.kind == CodeFindingKind::Material
        || f.material.is_some()
        || f.weaknesses.iter().any(|w| {
            matches!(
                w.kind,
                WeaknessKind::HardcodedKey
                    | WeaknessKind::HardcodedPassword
                    | WeaknessKind::StaticIv
                    | WeaknessKind::StaticSalt
            )
        })
}

/// The evidence as it may leave the machine: masked when it may hold a secret.
pub fn shown_evidence(f: &CodeFinding) -> String {
    let e = f.evidence.trim();
    if evidence_may_hold_a_secret(f) {
        mask_literals(e)
    } else {
        e.to_owned()
    }
}

/// Replace the contents of string and character literals with `***` and every number with
/// `#`: `key = "s3cr3t"` → `key = "***"`, `{0x2b, 0x7e}` → `{#, #}`. Identifiers (which may
/// contain digits, like `sha256`) are kept.
pub fn mask_literals(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut prev_word = false;
    while let Some(c) = chars.next() {
        match c {
            '"' | '\'' | '`' => {
                out.push(c);
                let mut closed = false;
                while let Some(d) = chars.next() {
                    if d == '\\' {
                        chars.next();
                    } else if d == c {
                        closed = true;
                        break;
                    }
                }
                out.push_str("***");
                if closed {
                    out.push(c);
                }
                prev_word = false;
            }
            d if d.is_ascii_digit() && !prev_word => {
                while chars
                    .peek()
                    .is_some_and(|n| n.is_ascii_alphanumeric() || *n == '_' || *n == '.')
                {
                    chars.next();
                }
                out.push('#');
                prev_word = false;
            }
            _ => {
                out.push(c);
                prev_word = c.is_alphanumeric() || c == '_';
            }
        }
    }
    out
}

fn collapse_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Hex of the first 16 bytes of SHA-256(rule ‖ 0 ‖ path ‖ 0 ‖ evidence).
fn fingerprint_hash(rule: &str, path: &str, evidence: &str) -> String {
    let mut h = Sha256::new();
    h.update(rule.as_bytes());
    h.update([0]);
    h.update(path.as_bytes());
    h.update([0]);
    h.update(evidence.as_bytes());
    h.finalize()[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A `/`-separated relative path as a relative URI reference: every byte outside RFC 3986's
/// unreserved and sub-delimiter characters, and `:` (which in a first segment would read as a
/// scheme), is percent-encoded; backslashes become `/` and a leading `./` is dropped.
pub fn relative_uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let path = path.trim_start_matches("./");
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric()
            || matches!(
                b,
                b'-' | b'.'
                    | b'_'
                    | b'~'
                    | b'/'
                    | b'!'
                    | b'$'
                    | b'&'
                    | b'\''
                    | b'('
                    | b')'
                    | b'*'
                    | b'+'
                    | b','
                    | b';'
                    | b'='
                    | b'@'
            )
        {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `java.jca.cipher/broken` → `JavaJcaCipherBroken`.
fn pascal_case(s: &str) -> String {
    s.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty())
        .map(|p| {
            let mut cs = p.chars();
            match cs.next() {
                Some(first) => first.to_ascii_uppercase().to_string() + cs.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

/// Semantic Versioning 2.0: `MAJOR.MINOR.PATCH[-pre][+build]`, numbers without leading zeros.
fn is_semver(v: &str) -> bool {
    let (v, build) = match v.split_once('+') {
        Some((v, b)) => (v, Some(b)),
        None => (v, None),
    };
    let (core, pre) = match v.split_once('-') {
        Some((c, p)) => (c, Some(p)),
        None => (v, None),
    };
    let number = |n: &str| {
        !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) && (n == "0" || !n.starts_with('0'))
    };
    let ident =
        |i: &str| !i.is_empty() && i.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    let parts: Vec<&str> = core.split('.').collect();
    parts.len() == 3
        && parts.iter().all(|p| number(p))
        && pre.is_none_or(|p| p.split('.').all(ident))
        && build.is_none_or(|b| b.split('.').all(ident))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn semver() {
        assert!(is_semver("0.1.0"));
        assert!(is_semver("1.2.3-rc.1+build.5"));
        assert!(!is_semver("1.2"));
        assert!(!is_semver("01.2.3"));
        assert!(!is_semver("dev"));
    }

    #[test]
    fn uris_are_relative_references() {
        assert_eq!(relative_uri("src/Main.java"), "src/Main.java");
        assert_eq!(relative_uri("./a b/ü.py"), "a%20b/%C3%BC.py");
        assert_eq!(relative_uri("c:/x#y?.c"), "c%3A/x%23y%3F.c");
        assert_eq!(relative_uri("dir\\f.go"), "dir/f.go");
        assert_eq!(relative_uri("100%.rs"), "100%25.rs");
    }

    #[test]
    fn columns_convert_from_bytes_to_utf16() {
        assert_eq!(utf16_column("md5(x)", 1), Some(1));
        assert_eq!(utf16_column("  md5(x)", 3), Some(3));
        // "é" is 2 bytes and 1 code unit; "😀" 4 bytes and 2 code units.
        assert_eq!(utf16_column("é = md5(x)", 6), Some(5));
        assert_eq!(utf16_column("😀 md5(x)", 6), Some(4));
        // Inside a character, past the end, column 0.
        assert_eq!(utf16_column("é", 2), None);
        assert_eq!(utf16_column("ab", 4), None);
        assert_eq!(utf16_column("ab", 0), None);
    }

    #[test]
    fn literals_and_numbers_are_masked() {
        assert_eq!(
            mask_literals(r#"SecretKeySpec("0123\"456".getBytes(), "AES")"#),
            r#"SecretKeySpec("***".getBytes(), "***")"#
        );
        assert_eq!(
            mask_literals("iv = bytes([0x2b, 0x7e, 15]); sha256"),
            "iv = bytes([#, #, #]); sha256"
        );
        assert_eq!(mask_literals("pw = 'abc"), "pw = '***");
    }

    #[test]
    fn names_are_pascal_case() {
        assert_eq!(pascal_case("java.jca.cipher/broken"), "JavaJcaCipherBroken");
        assert_eq!(
            pascal_case("nginx.ssl-protocols/quantum-safe"),
            "NginxSslProtocolsQuantumSafe"
        );
    }
}
