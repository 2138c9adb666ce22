//! Rendering an [`Assessment`] for people: a plain-text table for the terminal and a Markdown
//! report. (JSON is the serde form of `Assessment`; HTML lives in its own module.)

use std::fmt::Write as _;

use mamori_model::Status;

use crate::assess::{Assessment, Exposure, NO_ACTION, SystemReport};

/// `2030:EXPOSED(-3y) 2035:ok`: each scenario, with the years missing when exposed.
pub fn exposure_summary(exposure: &[Exposure]) -> String {
    exposure
        .iter()
        .map(|e| {
            if e.exposed {
                format!("{}:EXPOSED(-{}y)", e.crqc_year, e.years_short)
            } else {
                format!("{}:ok", e.crqc_year)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `50%`, or `-` when there is nothing to measure.
pub fn percent(readiness: Option<f64>) -> String {
    readiness.map_or_else(|| "-".to_string(), |r| format!("{:.0}%", r * 100.0))
}

/// Rows in columns padded to the widest cell; the last column is not padded.
fn columns(rows: &[Vec<String>]) -> String {
    let n = rows.iter().map(Vec::len).max().unwrap_or(0);
    let mut widths = vec![0usize; n];
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            widths[i] = widths[i].max(c.chars().count());
        }
    }
    let mut out = String::new();
    for r in rows {
        let mut line = String::new();
        for (i, c) in r.iter().enumerate() {
            if i + 1 == r.len() {
                line.push_str(c);
            } else {
                let pad = widths[i] - c.chars().count();
                line.push_str(c);
                line.push_str(&" ".repeat(pad + 2));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn needs_action(s: &SystemReport) -> impl Iterator<Item = &crate::assess::AssetReport> {
    s.assets
        .iter()
        .filter(|a| a.status != Status::QuantumSafe || a.action != NO_ACTION)
}

/// The terminal table: one line per system, one per asset needing action, then warnings.
pub fn render_table(a: &Assessment) -> String {
    let mut out = String::new();
    let mut rows = vec![
        [
            "SYSTEM", "TIER", "DEADLINE", "SECTOR", "READY", "BROKEN", "BELOW", "QVULN", "SAFE",
            "EXPOSURE",
        ]
        .map(String::from)
        .to_vec(),
    ];
    for s in &a.systems {
        let c = &s.status_counts;
        rows.push(vec![
            s.name.clone(),
            s.tier.to_string(),
            s.deadline.to_string(),
            s.sector.to_string(),
            percent(s.readiness),
            c.broken.to_string(),
            c.below_target.to_string(),
            c.quantum_vulnerable.to_string(),
            c.quantum_safe.to_string(),
            exposure_summary(&s.exposure),
        ]);
    }
    out.push_str(&columns(&rows));

    let mut rows = vec![
        [
            "SYSTEM", "STATUS", "ASSET", "DEADLINE", "ACTION", "LOCATION",
        ]
        .map(String::from)
        .to_vec(),
    ];
    for s in &a.systems {
        for x in needs_action(s) {
            rows.push(vec![
                s.name.clone(),
                x.status.to_string(),
                x.name.clone(),
                x.deadline.to_string(),
                x.action.clone(),
                x.locations.first().cloned().unwrap_or_default(),
            ]);
        }
    }
    if rows.len() > 1 {
        out.push('\n');
        out.push_str(&columns(&rows));
    }

    let warnings: Vec<String> = a
        .systems
        .iter()
        .flat_map(|s| s.warnings.iter().map(move |w| format!("{}: {w}", s.name)))
        .collect();
    if !warnings.is_empty() {
        out.push('\n');
        for w in warnings {
            let _ = writeln!(out, "warning: {w}");
        }
    }
    let _ = writeln!(
        out,
        "\n{} systems, {} assets: {} broken, {} below target, {} quantum-vulnerable, {} \
         quantum-safe; readiness {} (as of {})",
        a.summary.systems,
        a.summary.assets,
        a.summary.by_status.broken,
        a.summary.by_status.below_target,
        a.summary.by_status.quantum_vulnerable,
        a.summary.by_status.quantum_safe,
        percent(a.summary.readiness),
        a.year
    );
    if let Some(d) = &a.baseline {
        let _ = writeln!(
            out,
            "since {}: readiness {} → {}; {} assets migrated, {} new",
            d.year,
            percent(d.readiness_then),
            percent(d.readiness_now),
            d.migrated,
            d.new
        );
    }
    out
}

/// Escape what would break a Markdown table cell.
fn md(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// The Markdown report: summary, roadmap, systems, assets needing action, warnings, progress.
pub fn render_markdown(a: &Assessment) -> String {
    let mut o = String::new();
    let title = a
        .organization
        .as_deref()
        .map_or("Post-quantum readiness".to_string(), |org| {
            format!("Post-quantum readiness — {}", md(org))
        });
    let _ = writeln!(o, "# {title}\n");
    let _ = writeln!(
        o,
        "Assessed as of {} by {} {}. CRQC scenarios: {}.\n",
        a.year,
        a.tool,
        a.version,
        a.scenarios
            .iter()
            .map(u16::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    );
    let b = &a.summary.by_status;
    let _ = writeln!(o, "## Summary\n");
    let _ = writeln!(
        o,
        "| Systems | Assets | Broken | Below target | Quantum-vulnerable | Quantum-safe | Readiness |"
    );
    let _ = writeln!(o, "|---:|---:|---:|---:|---:|---:|---:|");
    let _ = writeln!(
        o,
        "| {} | {} | {} | {} | {} | {} | {} |\n",
        a.summary.systems,
        a.summary.assets,
        b.broken,
        b.below_target,
        b.quantum_vulnerable,
        b.quantum_safe,
        percent(a.summary.readiness)
    );

    let _ = writeln!(o, "## Roadmap\n");
    let _ = writeln!(
        o,
        "| Wave | Deadline | Systems (dependencies first) | Assets to migrate |"
    );
    let _ = writeln!(o, "|---:|---:|---|---:|");
    for w in &a.waves {
        let _ = writeln!(
            o,
            "| {} | {} | {} | {} |",
            w.wave,
            w.deadline,
            md(&w.systems.join(", ")),
            w.assets
        );
    }
    o.push('\n');

    let _ = writeln!(o, "## Systems\n");
    let _ = writeln!(
        o,
        "| System | Owner | Sector | Tier | Deadline | Readiness | Broken | Below | Q-vuln | Safe | Exposure |"
    );
    let _ = writeln!(o, "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|");
    for s in &a.systems {
        let c = &s.status_counts;
        let _ = writeln!(
            o,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            md(&s.name),
            md(&s.owner),
            s.sector,
            s.tier,
            s.deadline,
            percent(s.readiness),
            c.broken,
            c.below_target,
            c.quantum_vulnerable,
            c.quantum_safe,
            exposure_summary(&s.exposure)
        );
    }
    o.push('\n');

    for s in &a.systems {
        let _ = writeln!(o, "### {}\n", md(&s.name));
        let _ = writeln!(o, "Deadline {}: {}.\n", s.deadline, md(&s.deadline_reason));
        for w in &s.warnings {
            let _ = writeln!(o, "- **Warning:** {}", md(w));
        }
        if !s.warnings.is_empty() {
            o.push('\n');
        }
        let todo: Vec<_> = needs_action(s).collect();
        if todo.is_empty() {
            continue;
        }
        let _ = writeln!(
            o,
            "| Status | Asset | Reason | Action | Deadline | Location |"
        );
        let _ = writeln!(o, "|---|---|---|---|---:|---|");
        for x in todo {
            let _ = writeln!(
                o,
                "| {} | {} | {} | {} | {} | {} |",
                x.status,
                md(&x.name),
                md(&x.reason),
                md(&x.action),
                x.deadline,
                md(&x.locations.first().cloned().unwrap_or_default())
            );
        }
        o.push('\n');
    }

    if let Some(d) = &a.baseline {
        let _ = writeln!(o, "## Progress since {}\n", d.year);
        let _ = writeln!(
            o,
            "Readiness {} → {}; {} assets migrated, {} new.\n",
            percent(d.readiness_then),
            percent(d.readiness_now),
            d.migrated,
            d.new
        );
        let _ = writeln!(
            o,
            "| System | Readiness then | Readiness now | Migrated | New |"
        );
        let _ = writeln!(o, "|---|---:|---:|---:|---:|");
        for s in &d.systems {
            let _ = writeln!(
                o,
                "| {} | {} | {} | {} | {} |",
                md(&s.name),
                percent(s.readiness_then),
                percent(s.readiness_now),
                s.migrated.len(),
                s.new.len()
            );
        }
        o.push('\n');
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exposure_reads_compactly() {
        let e = [
            crate::assess::mosca(10, 3, 2030, 2026),
            crate::assess::mosca(0, 2, 2035, 2026),
        ];
        assert_eq!(exposure_summary(&e), "2030:EXPOSED(-9y) 2035:ok");
        assert_eq!(percent(Some(0.333)), "33%");
        assert_eq!(percent(None), "-");
        // Asset names come from scanned files: a pipe must not split a Markdown cell.
        assert_eq!(md("CN=a|b\nc"), "CN=a\\|b c");
    }

    #[test]
    fn columns_align() {
        let t = columns(&[
            vec!["A".into(), "BB".into(), "C".into()],
            vec!["long".into(), "x".into(), "".into()],
        ]);
        assert_eq!(t, "A     BB  C\nlong  x\n");
    }
}
