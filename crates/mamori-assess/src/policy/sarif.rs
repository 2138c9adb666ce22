//! A policy verdict as SARIF 2.1.0: one reporting descriptor per policy rule (in the policy's
//! order, so `ruleIndex` is the rule's position), one result per violation, at `error` or
//! `warning` level.
//!
//! Locations come from the asset: a file location `path:line` becomes an artifact with a region,
//! a plain path an artifact without one; endpoints (`host:port` of protocol assets) and assets
//! without a location point at the CBOM file, with the endpoint as the location's message (a
//! protocol asset's location without a `/` is taken for an endpoint).
//! Relative paths are relative to `%SRCROOT%`; absolute ones become `file://` URIs.

use mamori_formats::sarif::{
    ArtifactLocation, Level, Location, Message, MultiformatMessageString, PhysicalLocation,
    PropertyBag, Region, ReportingConfiguration, ReportingDescriptor, Run, SarifLog, SarifResult,
    ToolComponent, relative_uri,
};

use super::{PolicyReport, Severity};

/// Most locations written per result.
const MAX_LOCATIONS: usize = 10;

fn level(s: Severity) -> Level {
    match s {
        Severity::Error => Level::Error,
        Severity::Warning => Level::Warning,
    }
}

fn artifact(path: &str) -> ArtifactLocation {
    if path.starts_with('/') {
        ArtifactLocation {
            uri: Some(format!("file://{}", relative_uri(path))),
            uri_base_id: None,
            description: None,
        }
    } else {
        ArtifactLocation::under_srcroot(path)
    }
}

fn file_location(path: &str, line: Option<u32>, message: Option<&str>) -> Location {
    Location {
        physical_location: Some(PhysicalLocation {
            artifact_location: artifact(path),
            region: line.filter(|l| *l > 0).map(Region::line),
        }),
        message: message.map(Message::text),
    }
}

/// `path:12` → (`path`, 12); anything else is a path without a line.
fn split_line(loc: &str) -> (&str, Option<u32>) {
    match loc.rsplit_once(':') {
        Some((path, line)) if !path.is_empty() => match line.parse::<u32>() {
            Ok(l) => (path, Some(l)),
            Err(_) => (loc, None),
        },
        _ => (loc, None),
    }
}

/// The SARIF log of `report`; `tool_version` is mamori's version.
pub fn sarif_of_report(report: &PolicyReport, tool_version: &str) -> SarifLog {
    let mut driver = ToolComponent::mamori(tool_version);
    for rule in &report.rules {
        let mut d = ReportingDescriptor::new(rule.id.clone());
        let text = if rule.description.is_empty() {
            rule.id.clone()
        } else {
            rule.description.clone()
        };
        d.short_description = Some(MultiformatMessageString::text(text));
        d.default_configuration = Some(ReportingConfiguration {
            level: Some(level(rule.severity)),
        });
        let mut props = PropertyBag::default();
        props.tag("crypto-policy");
        props.insert("policy", report.policy.clone());
        if let Some(s) = rule.starts {
            props.insert("starts", s.to_string());
        }
        props.insert(
            "security-severity",
            match rule.severity {
                Severity::Error => "7.0",
                Severity::Warning => "4.0",
            },
        );
        d.properties = Some(props);
        driver.rules.push(d);
    }
    let mut run = Run::new(driver);
    for v in &report.violations {
        let mut r = SarifResult::new(format!("{}: {}", v.asset, v.message));
        r.rule_index = run.tool.driver.rule_index(&v.rule);
        r.rule_id = Some(v.rule.clone());
        r.level = Some(level(v.severity));
        for loc in v.locations.iter().take(MAX_LOCATIONS) {
            // `host:port` of a scanned endpoint, not `path:line` of a configuration file.
            if v.asset_type == "protocol" && !loc.contains(['/', '\\']) {
                r.locations
                    .push(file_location(&v.source, None, Some(loc.as_str())));
            } else {
                let (path, line) = split_line(loc);
                r.locations.push(file_location(path, line, None));
            }
        }
        if r.locations.is_empty() {
            r.locations
                .push(file_location(&v.source, None, Some(v.asset.as_str())));
        }
        let mut props = PropertyBag::default();
        props.insert("asset", v.asset.clone());
        props.insert("assetType", v.asset_type.clone());
        if let Some(a) = &v.algorithm {
            props.insert("algorithm", a.clone());
        }
        props.insert("cbom", v.source.clone());
        props.insert("started", v.started);
        r.properties = Some(props);
        run.results.push(r);
    }
    let mut props = PropertyBag::default();
    props.insert("policy", report.policy.clone());
    props.insert("date", report.date.to_string());
    run.properties = Some(props);
    SarifLog::new(vec![run])
}
