//! Writing scan results and inventories in standard formats: SARIF 2.1.0, a CycloneDX 1.6
//! vulnerability disclosure report (VDR) with VEX analysis, and a CycloneDX 1.6 SBOM.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use mamori_formats::sarif::{
    self, ArtifactLocation, Level, Location, MultiformatMessageString, PhysicalLocation,
    PropertyBag, Region, ReportingConfiguration, ReportingDescriptor, Run, SarifLog, SarifResult,
    Suppression, ToolComponent,
};
use serde_json::{Value, json};

use crate::finding::{Finding, Rating, Suppressed, rating_name};
use crate::matcher::ScanReport;
use crate::package::{Inventory, Package};
use crate::vex::VexStatus;

/// Counts for the JSON summary and the table footer.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Summary {
    pub inventories: usize,
    pub packages: usize,
    pub findings: usize,
    pub suppressed: usize,
    pub errors: usize,
    /// Findings per rating.
    pub by_rating: BTreeMap<&'static str, usize>,
    /// Distinct vulnerabilities (by display id).
    pub vulnerabilities: usize,
}

pub fn summary(report: &ScanReport) -> Summary {
    let mut by_rating = BTreeMap::new();
    for f in &report.findings {
        *by_rating.entry(rating_name(f.severity.rating)).or_default() += 1;
    }
    let vulns: BTreeSet<&str> = report.findings.iter().map(Finding::display_id).collect();
    Summary {
        inventories: report.inventories.len(),
        packages: report.packages(),
        findings: report.findings.len(),
        suppressed: report.suppressed.len(),
        errors: report.errors.len(),
        by_rating,
        vulnerabilities: vulns.len(),
    }
}

/// The machine-readable report: summary, the scope of response per vulnerability, findings
/// (with the VEX statement that annotates them, if any), suppressed findings with their VEX
/// statements, and input errors. Serialized straight from the report, without an intermediate
/// JSON tree: a large scan writes tens of megabytes.
#[derive(Debug, serde::Serialize)]
pub struct JsonReport<'a> {
    pub tool: JsonTool<'a>,
    pub timestamp: &'a str,
    pub summary: Summary,
    pub scope: BTreeMap<String, BTreeSet<String>>,
    pub inventories: &'a [crate::matcher::InventorySummary],
    pub findings: Vec<JsonFinding<'a>>,
    pub suppressed: &'a [Suppressed],
    pub unevaluated: &'a [crate::matcher::Unevaluated],
    pub errors: &'a [crate::matcher::InputError],
}

#[derive(Debug, serde::Serialize)]
pub struct JsonTool<'a> {
    pub name: &'static str,
    pub version: &'a str,
}

#[derive(Debug, serde::Serialize)]
pub struct JsonFinding<'a> {
    #[serde(flatten)]
    pub finding: &'a Finding,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vex: Option<&'a crate::vex::VexStatement>,
}

pub fn to_json<'a>(
    report: &'a ScanReport,
    tool_version: &'a str,
    timestamp: &'a str,
) -> JsonReport<'a> {
    JsonReport {
        tool: JsonTool {
            name: "mamori",
            version: tool_version,
        },
        timestamp,
        summary: summary(report),
        scope: report.scope(),
        inventories: &report.inventories,
        findings: report
            .findings
            .iter()
            .enumerate()
            .map(|(i, f)| JsonFinding {
                finding: f,
                vex: report.annotations.get(&i),
            })
            .collect(),
        suppressed: &report.suppressed,
        unevaluated: &report.unevaluated,
        errors: &report.errors,
    }
}

fn level(r: Option<Rating>) -> Level {
    match r {
        Some(Rating::Critical | Rating::High) => Level::Error,
        Some(Rating::Medium) | None => Level::Warning,
        Some(Rating::Low | Rating::None) => Level::Note,
    }
}

/// GitHub's `security-severity`: the CVSS score when known, else the middle of the rating band.
fn security_severity(f: &Finding) -> String {
    let score = f.severity.score.unwrap_or(match f.severity.rating {
        Some(Rating::Critical) => 9.5,
        Some(Rating::High) => 8.0,
        Some(Rating::Medium) | None => 5.5,
        Some(Rating::Low) => 2.0,
        Some(Rating::None) => 0.0,
    });
    format!("{score:.1}")
}

fn osv_url(id: &str) -> String {
    format!("https://osv.dev/vulnerability/{id}")
}

/// SARIF 2.1.0: one rule per vulnerability, one result per affected package occurrence, located
/// at the manifest line when known. VEX-suppressed findings stay in the log with an `external`
/// suppression, so code-scanning viewers hide them without losing them.
pub fn to_sarif(report: &ScanReport, tool_version: &str) -> SarifLog {
    let mut driver = ToolComponent::mamori(tool_version);
    let mut rule_of: HashMap<String, usize> = HashMap::new();
    let mut results = Vec::new();
    let all = report.findings.iter().map(|f| (f, None)).chain(
        report
            .suppressed
            .iter()
            .map(|s: &Suppressed| (&s.finding, Some(s))),
    );
    for (f, suppressed) in all {
        let index = *rule_of.entry(f.id.clone()).or_insert_with(|| {
            let mut rule = ReportingDescriptor::new(f.id.clone());
            let title = f
                .summary
                .clone()
                .unwrap_or_else(|| format!("{} in {}", f.display_id(), f.package.name));
            rule.short_description = Some(MultiformatMessageString::text(title));
            let mut help = format!("{} affects {}.", f.id, f.package.name);
            if !f.aliases.is_empty() {
                help.push_str(&format!(" Also known as {}.", f.aliases.join(", ")));
            }
            if !f.fixed.is_empty() {
                help.push_str(&format!(" Fixed in {}.", f.fixed.join(", ")));
            }
            rule.help = Some(MultiformatMessageString::text(help));
            rule.help_uri = Some(osv_url(&f.id));
            rule.default_configuration = Some(ReportingConfiguration {
                level: Some(level(f.severity.rating)),
            });
            let mut props = PropertyBag::default();
            props.tag("security");
            props.tag("vulnerability");
            props.insert("security-severity", security_severity(f));
            rule.properties = Some(props);
            driver.rules.push(rule);
            driver.rules.len() - 1
        });
        let mut message = format!(
            "{}@{} is affected by {}",
            f.package.name, f.package.version, f.id
        );
        if !f.aliases.is_empty() {
            message.push_str(&format!(" ({})", f.aliases.join(", ")));
        }
        match f.fixed.first() {
            Some(v) => message.push_str(&format!("; fixed in {v}")),
            None => message.push_str("; no fixed version"),
        }
        if let Some(subject) = &f.subject {
            message.push_str(&format!(" [in {subject}]"));
        }
        let mut r = SarifResult::new(message);
        r.rule_id = Some(f.id.clone());
        r.rule_index = Some(index);
        r.level = Some(level(f.severity.rating));
        let file = f.package.origin.file.to_string_lossy().replace('\\', "/");
        r.locations.push(Location {
            physical_location: Some(PhysicalLocation {
                artifact_location: ArtifactLocation::under_srcroot(file.trim_start_matches("./")),
                region: f.package.origin.line.map(Region::line),
            }),
            message: None,
        });
        r.partial_fingerprints.insert(
            "mamori/v1".into(),
            format!("{}|{}|{}|{}", f.id, f.package.name, f.package.version, file),
        );
        if let Some(s) = suppressed {
            let justification = [s.vex.status.as_str().to_string()]
                .into_iter()
                .chain(s.vex.justification.clone())
                .chain(s.vex.detail.clone())
                .collect::<Vec<_>>()
                .join(": ");
            r.suppressions.push(Suppression {
                kind: "external".into(),
                status: Some("accepted".into()),
                justification: Some(justification),
                location: Some(Location {
                    physical_location: Some(PhysicalLocation {
                        artifact_location: ArtifactLocation {
                            uri: Some(sarif::relative_uri(&s.vex.source.to_string_lossy())),
                            uri_base_id: None,
                            description: None,
                        },
                        region: None,
                    }),
                    message: None,
                }),
            });
        }
        let mut props = PropertyBag::default();
        props.insert("security-severity", security_severity(f));
        if let Some(purl) = &f.package.purl {
            props.insert("purl", purl.clone());
        }
        r.properties = Some(props);
        results.push(r);
    }
    let mut run = Run::new(driver);
    run.results = results;
    SarifLog::new(vec![run])
}

fn bom_ref(p: &Package) -> String {
    p.purl
        .clone()
        .unwrap_or_else(|| format!("{}@{}", p.name, p.version))
}

fn component(p: &Package) -> Value {
    let mut c = json!({
        "type": "library",
        "bom-ref": bom_ref(p),
        "name": p.name,
        "version": p.version,
    });
    if let Some(purl) = &p.purl {
        c["purl"] = json!(purl);
    }
    let mut occurrence = json!({"location": p.origin.file.to_string_lossy()});
    if let Some(line) = p.origin.line {
        occurrence["line"] = json!(line);
    }
    c["evidence"] = json!({"occurrences": [occurrence]});
    let mut props = Vec::new();
    if let Some(eco) = &p.ecosystem {
        props.push(json!({"name": "mamori:ecosystem", "value": eco.osv_name()}));
    }
    if let Some(src) = &p.source_name {
        props.push(json!({"name": "mamori:source-package", "value": src}));
    }
    if p.dev {
        c["scope"] = json!("optional");
        props.push(json!({"name": "mamori:dev", "value": "true"}));
    }
    if !props.is_empty() {
        c["properties"] = Value::Array(props);
    }
    c
}

fn finish_bom(mut bom: Value) -> Value {
    let content = serde_json::to_vec(&bom).unwrap_or_default();
    bom["serialNumber"] = json!(mamori_formats::cbom::serial_number_for_content(&content));
    // Keep the standard key order readable: bomFormat, specVersion, serialNumber first.
    let mut ordered = serde_json::Map::new();
    for key in ["bomFormat", "specVersion", "serialNumber", "version"] {
        if let Some(v) = bom.get(key) {
            ordered.insert(key.into(), v.clone());
        }
    }
    if let Value::Object(rest) = bom {
        for (k, v) in rest {
            ordered.entry(k).or_insert(v);
        }
    }
    Value::Object(ordered)
}

fn tools(tool_version: &str) -> Value {
    json!({"components": [{"type": "application", "name": "mamori", "version": tool_version}]})
}

/// Components of the inventories, deduplicated by PURL (else name and version), in a stable order.
fn unique_packages<'a>(packages: impl Iterator<Item = &'a Package>) -> Vec<&'a Package> {
    let mut seen = BTreeMap::new();
    for p in packages {
        seen.entry(bom_ref(p)).or_insert(p);
    }
    seen.into_values().collect()
}

/// A CycloneDX 1.6 SBOM of the packages found, with the dependency graph where the inputs gave
/// one, and where each package was declared as evidence.
pub fn sbom(
    inventories: &[Inventory],
    root_name: &str,
    tool_version: &str,
    timestamp: &str,
) -> Value {
    let packages = unique_packages(inventories.iter().flat_map(|i| i.packages.iter()));
    let by_name_version: HashMap<String, String> = packages
        .iter()
        .map(|p| (format!("{}@{}", p.name, p.version), bom_ref(p)))
        .collect();
    let root_ref = format!("mamori:root:{root_name}");
    let mut deps: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    deps.insert(root_ref.clone(), BTreeSet::new());
    for inv in inventories {
        for p in &inv.packages {
            let me = bom_ref(p);
            deps.entry(me.clone()).or_default();
            // The chain is root-first and may or may not end with the package itself.
            let chain: Vec<&String> = p
                .path
                .iter()
                .filter_map(|n| by_name_version.get(n))
                .filter(|r| **r != me)
                .collect();
            let parent = chain.last().map_or(&root_ref, |r| *r);
            deps.entry(parent.clone()).or_default().insert(me.clone());
            for w in chain.windows(2) {
                if w[0] != w[1] {
                    deps.entry(w[0].clone()).or_default().insert(w[1].clone());
                }
            }
            if let Some(first) = chain.first() {
                deps.entry(root_ref.clone())
                    .or_default()
                    .insert((*first).clone());
            }
        }
    }
    let bom = json!({
        "bomFormat": "CycloneDX",
        "specVersion": "1.6",
        "version": 1,
        "metadata": {
            "timestamp": timestamp,
            "tools": tools(tool_version),
            "component": {"type": "application", "bom-ref": root_ref, "name": root_name},
            "properties": inventories.iter().map(|i| json!({
                "name": "mamori:input",
                "value": format!("{} ({})", i.file.display(), i.format),
            })).collect::<Vec<_>>(),
        },
        "components": packages.iter().map(|p| component(p)).collect::<Vec<_>>(),
        "dependencies": deps.into_iter().map(|(r, on)| json!({
            "ref": r,
            "dependsOn": on.into_iter().collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    });
    finish_bom(bom)
}

/// A vulnerability entry of the VDR being built, and the `bom-ref`s it affects.
type VdrEntry = (Value, BTreeSet<String>);

fn cdx_method(kind: &str, vector: Option<&str>) -> &'static str {
    match kind {
        "CVSS_V4" => "CVSSv4",
        "CVSS_V3" if vector.is_some_and(|v| v.starts_with("CVSS:3.0")) => "CVSSv3",
        "CVSS_V3" => "CVSSv31",
        "CVSS_V2" => "CVSSv2",
        _ => "other",
    }
}

/// OpenVEX justifications in CycloneDX's vocabulary (CycloneDX 1.6 `impactAnalysisJustification`).
fn cdx_justification(j: &str) -> Option<&'static str> {
    Some(match j {
        "component_not_present" | "vulnerable_code_not_present" | "code_not_present" => {
            "code_not_present"
        }
        "vulnerable_code_not_in_execute_path" | "code_not_reachable" => "code_not_reachable",
        "vulnerable_code_cannot_be_controlled_by_adversary" | "requires_environment" => {
            "requires_environment"
        }
        "inline_mitigations_already_exist" | "protected_by_mitigating_control" => {
            "protected_by_mitigating_control"
        }
        "requires_configuration" => "requires_configuration",
        "requires_dependency" => "requires_dependency",
        "protected_by_compiler" => "protected_by_compiler",
        "protected_at_runtime" => "protected_at_runtime",
        "protected_at_perimeter" => "protected_at_perimeter",
        _ => return None,
    })
}

/// A CycloneDX 1.6 VDR: the affected components and, per vulnerability, its ratings, aliases,
/// fixed versions as recommendation, the components it affects, and — for findings VEX decided —
/// the analysis (state, justification, detail), so the same document serves as VEX.
pub fn vdr(report: &ScanReport, tool_version: &str, timestamp: &str) -> Value {
    let decided: Vec<(&Finding, Option<&crate::vex::VexStatement>)> = report
        .findings
        .iter()
        .enumerate()
        .map(|(i, f)| (f, report.annotations.get(&i)))
        .chain(report.suppressed.iter().map(|s| (&s.finding, Some(&s.vex))))
        .collect();
    let packages = unique_packages(decided.iter().map(|(f, _)| &f.package));
    // One vulnerability entry per (id, VEX state): the same advisory may be affected in one
    // component and not_affected in another.
    let mut vulns: BTreeMap<(String, Option<&'static str>), VdrEntry> = BTreeMap::new();
    for (f, st) in &decided {
        let state = st.map(|s| match s.status {
            VexStatus::NotAffected => "not_affected",
            VexStatus::Fixed => "resolved",
            VexStatus::UnderInvestigation => "in_triage",
            VexStatus::Affected => "exploitable",
        });
        let entry = vulns.entry((f.id.clone(), state)).or_insert_with(|| {
            let mut v = json!({
                "id": f.id,
                "source": {"name": "OSV", "url": osv_url(&f.id)},
            });
            if !f.aliases.is_empty() {
                v["references"] = Value::Array(
                    f.aliases
                        .iter()
                        .map(|a| json!({"id": a, "source": {"name": source_of(a), "url": osv_url(a)}}))
                        .collect(),
                );
            }
            let mut rating = json!({"severity": rating_name(f.severity.rating)});
            if let Some(s) = f.severity.score {
                rating["score"] = json!(s);
            }
            if let Some(vec) = &f.severity.vector {
                rating["vector"] = json!(vec);
            }
            rating["method"] = json!(cdx_method(&f.severity.method, f.severity.vector.as_deref()));
            v["ratings"] = json!([rating]);
            if let Some(s) = &f.summary {
                v["description"] = json!(s);
            }
            if !f.fixed.is_empty() {
                v["recommendation"] = json!(format!("Upgrade {} to {}", f.package.name, f.fixed.join(" or ")));
            }
            if let Some(st) = st {
                let mut analysis = json!({"state": state});
                if let Some(j) = st.justification.as_deref().and_then(cdx_justification) {
                    analysis["justification"] = json!(j);
                }
                if let Some(d) = &st.detail {
                    analysis["detail"] = json!(d);
                }
                v["analysis"] = analysis;
            }
            (v, BTreeSet::new())
        });
        entry.1.insert(bom_ref(&f.package));
    }
    let vulnerabilities: Vec<Value> = vulns
        .into_values()
        .map(|(mut v, refs)| {
            v["affects"] = Value::Array(refs.into_iter().map(|r| json!({"ref": r})).collect());
            v
        })
        .collect();
    let bom = json!({
        "bomFormat": "CycloneDX",
        "specVersion": "1.6",
        "version": 1,
        "metadata": {"timestamp": timestamp, "tools": tools(tool_version)},
        "components": packages.iter().map(|p| component(p)).collect::<Vec<_>>(),
        "vulnerabilities": vulnerabilities,
    });
    finish_bom(bom)
}

fn source_of(id: &str) -> &'static str {
    match id.split('-').next().unwrap_or("") {
        "CVE" => "NVD",
        "GHSA" => "GitHub",
        "PYSEC" => "PyPA",
        "GO" => "Go",
        "RUSTSEC" => "RustSec",
        _ => "OSV",
    }
}
