//! Matching on real data: real SBOMs against real advisory databases, VEX documents from the
//! projects that define the formats, and the standard outputs checked against their schemas.

use std::collections::BTreeSet;
use std::path::PathBuf;

use mamori_vuln::VexSet;
use mamori_vuln::matcher::{MatchOptions, scan};
use mamori_vuln::osv::OsvDatabase;
use mamori_vuln::vex::{VexStatus, parse_vex, vers_contains};

fn shared() -> PathBuf {
    mamori_formats::testing::shared_data_dir().unwrap_or_else(|e| panic!("{e}"))
}

fn db_of(sources: &[PathBuf]) -> (tempfile::TempDir, OsvDatabase) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("osv");
    OsvDatabase::import(&dir, sources, &mut |_| {}).unwrap();
    let db = OsvDatabase::open(&dir).unwrap();
    (tmp, db)
}

/// osv-scanner's container SBOM fixture against the Go vulnerability database: the Go
/// binaries inside (runc v1.0.1, a golang.org/x/sys pseudo-version) are affected by exactly
/// these advisories — computed independently from the records with a separate script and
/// matching the count the data bundle's README records. `gosu@(devel)` is not a version and
/// must not match.
#[test]
fn postgres_stretch_against_go_vulndb() {
    let (_tmp, db) = db_of(&[shared().join("sbom/osv/go-vulndb")]);
    let sbom =
        shared().join("sbom/sbom/cyclonedx/osv-scanner-sbom-insecure/postgres-stretch.cdx.xml");
    let (invs, errors) = mamori_vuln::inputs::read_inputs(&[sbom], &mut |_| {});
    assert!(errors.is_empty(), "{errors:?}");
    let report = scan(&db, &invs, &VexSet::new(), &MatchOptions::default()).unwrap();
    let got: BTreeSet<(String, String)> = report
        .findings
        .iter()
        .map(|f| (f.id.clone(), f.package.name.clone()))
        .collect();
    let runc = "github.com/opencontainers/runc";
    let sys = "golang.org/x/sys";
    let want: BTreeSet<(String, String)> = [
        ("GO-2022-0274", runc),
        ("GO-2022-0452", runc),
        ("GO-2022-0493", sys),
        ("GO-2023-1627", runc),
        ("GO-2023-1682", runc),
        ("GO-2023-1683", runc),
        ("GO-2024-2491", runc),
        ("GO-2024-3110", runc),
        ("GO-2025-4096", runc),
        ("GO-2025-4097", runc),
        ("GO-2025-4098", runc),
        ("GO-2026-5024", sys),
        ("GO-2026-5761", runc),
    ]
    .into_iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    assert_eq!(got, want);
    // Every finding carries what a responder needs.
    for f in &report.findings {
        assert!(
            !f.fixed.is_empty() || f.id == "GO-2026-5761",
            "{} has no fix",
            f.id
        );
        assert!(f.package.purl.is_some());
    }
}

#[test]
fn every_vex_example_reads_or_is_refused_with_a_reason() {
    let dir = shared().join("sbom/vex");
    let mut read = 0;
    let mut statements = 0;
    let mut stack = vec![dir];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            if p.extension().is_none_or(|x| x != "json") {
                continue;
            }
            let bytes = std::fs::read(&p).unwrap();
            let name = p.display().to_string();
            match parse_vex(&p, &bytes) {
                Ok(st) => {
                    read += 1;
                    statements += st.len();
                }
                Err(e) => {
                    let msg = e.to_string();
                    // CSAF is named as such; SBOMs without analysis are simply not VEX.
                    assert!(
                        msg.contains("CSAF") || msg.contains(&name) || msg.contains("VEX"),
                        "{name}: unhelpful error {msg}"
                    );
                }
            }
        }
    }
    assert!(read >= 15, "only {read} VEX documents read");
    assert!(statements >= 20, "only {statements} statements");
}

#[test]
fn openvex_versions_and_cyclonedx_states_map_to_statuses() {
    let base = shared().join("sbom/vex");
    let p = base.join("openvex-go-vex/v0.0.1.json");
    let st = parse_vex(&p, &std::fs::read(&p).unwrap()).unwrap();
    assert_eq!(st[0].vulnerability, "CVE-2023-12345");
    assert_eq!(st[0].status, VexStatus::Fixed);
    assert_eq!(st[0].products.len(), 2);
    let p = base.join("cyclonedx-bom-examples/Use-Cases/Case-4/vex.json");
    let st = parse_vex(&p, &std::fs::read(&p).unwrap()).unwrap();
    assert_eq!(st[0].status, VexStatus::NotAffected);
    assert_eq!(st[0].justification.as_deref(), Some("code_not_reachable"));
    assert_eq!(st[0].products[0].id, "acme-product");
    assert_eq!(st[0].products[0].versions.len(), 1);
}

#[test]
fn vers_ranges_use_the_ecosystem_order() {
    assert_eq!(
        vers_contains("vers:semver/>=2.2.0|<=2.4.0", "2.3.0"),
        Some(true)
    );
    assert_eq!(
        vers_contains("vers:semver/>=2.2.0|<=2.4.0", "2.5.0"),
        Some(false)
    );
    assert_eq!(
        vers_contains("vers:npm/>=1.0.0|<2.0.0|>=3.0.0|<3.1.0", "3.0.5"),
        Some(true)
    );
    assert_eq!(
        vers_contains("vers:npm/>=1.0.0|<2.0.0|>=3.0.0|<3.1.0", "2.5.0"),
        Some(false)
    );
    assert_eq!(
        vers_contains("vers:deb/>=1:1.0-1|<1:2.0-1", "1:1.5-1"),
        Some(true)
    );
    assert_eq!(
        vers_contains("vers:deb/>=1:1.0-1|<1:2.0-1", "1.5-1"),
        Some(false)
    );
    assert_eq!(vers_contains("vers:pypi/1.0|1.1", "1.1.0"), Some(true));
    assert_eq!(vers_contains("vers:pypi/!=1.1|>=1.0", "1.1"), Some(false));
    assert_eq!(vers_contains("vers:pypi/*", "7"), Some(true));
    assert_eq!(vers_contains("nonsense", "1"), None);
}
