//! One OSV record from arbitrary bytes: parsing, CVSS scoring of its severities, and range
//! evaluation against versions derived from the record itself and from the input.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use mamori_vuln::osv::{Advisory, cvss};

fuzz_target!(|data: &[u8]| {
    let Ok(advisory) = Advisory::from_json(data, Path::new("fuzz.json")) else {
        return;
    };
    let _ = advisory.rating();
    for s in &advisory.severity {
        let _ = cvss::score(&s.score);
    }
    // Versions that sit on and next to the record's own boundaries exercise every event
    // branch; a slice of the raw input adds arbitrary text.
    let tail = String::from_utf8_lossy(&data[data.len().saturating_sub(16)..]).into_owned();
    for affected in &advisory.affected {
        let mut probes: Vec<String> = vec![tail.clone(), "0".into(), String::new()];
        for r in &affected.ranges {
            for e in &r.events {
                probes.push(e.version().to_string());
                probes.push(format!("{}.1", e.version()));
            }
        }
        probes.extend(affected.versions.iter().cloned());
        for p in &probes {
            let _ = affected.affects(p);
            let _ = affected.affects_commit(p);
        }
        let _ = affected.fixed_versions();
    }
});
