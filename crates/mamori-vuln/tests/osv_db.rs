//! The OSV store against the shared OSV data: import, incremental re-import, lookups, alias
//! links, rejection of bad records, zip archives, damaged stores, and CVSS scores as published.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};

use mamori_vuln::osv::{Advisory, OsvDatabase, RangeKind, Timestamp, cvss};
use mamori_vuln::{Ecosystem, VulnError};
use serde_json::Value;

fn shared() -> PathBuf {
    mamori_formats::testing::shared_data_dir().unwrap_or_else(|e| panic!("{e}"))
}

fn osv_dir() -> PathBuf {
    shared().join("sbom/osv")
}

fn json_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut items: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    items.sort();
    for p in items {
        if p.is_dir() {
            json_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "json") {
            out.push(p);
        }
    }
}

/// Records of a JSON file as plain values: one record, `{"vulns":[…]}` or an array.
fn raw_records(path: &Path) -> Vec<Value> {
    let Ok(v) = serde_json::from_slice::<Value>(&std::fs::read(path).unwrap()) else {
        return vec![];
    };
    match v {
        Value::Array(a) => a,
        Value::Object(ref o) if o.contains_key("vulns") && !o.contains_key("id") => {
            o["vulns"].as_array().cloned().unwrap_or_default()
        }
        other => vec![other],
    }
}

fn valid(r: &Value) -> bool {
    r.get("id").and_then(Value::as_str).is_some()
        && r.get("modified")
            .and_then(Value::as_str)
            .is_some_and(|m| Timestamp::parse(m).is_ok())
}

const MAIN_ECOSYSTEMS: &[&str] = &[
    "Go",
    "crates.io",
    "PyPI",
    "Maven",
    "npm",
    "NuGet",
    "RubyGems",
    "Packagist",
    "SwiftURL",
    "Debian",
    "Ubuntu",
    "Alpine",
];

/// Expected store contents computed straight from the JSON: newest version of each id.
fn expected(files: &[PathBuf]) -> (HashMap<String, Value>, usize) {
    let mut newest: HashMap<String, Value> = HashMap::new();
    let mut invalid = 0;
    for f in files {
        for r in raw_records(f) {
            if !valid(&r) {
                invalid += 1;
                continue;
            }
            let id = r["id"].as_str().unwrap().to_string();
            let m = Timestamp::parse(r["modified"].as_str().unwrap()).unwrap();
            let newer = newest
                .get(&id)
                .is_none_or(|cur| m > Timestamp::parse(cur["modified"].as_str().unwrap()).unwrap());
            if newer {
                newest.insert(id, r);
            }
        }
    }
    (newest, invalid)
}

fn per_ecosystem(records: &HashMap<String, Value>) -> BTreeMap<String, usize> {
    let mut out: BTreeMap<String, usize> = BTreeMap::new();
    for r in records.values() {
        if r.get("withdrawn").is_some_and(|w| !w.is_null()) {
            continue;
        }
        let mut ecos = BTreeSet::new();
        for a in r["affected"].as_array().into_iter().flatten() {
            if let Some(e) = a.pointer("/package/ecosystem").and_then(Value::as_str) {
                let base = e.split(':').next().unwrap();
                if MAIN_ECOSYSTEMS.contains(&base) {
                    ecos.insert(base.to_string());
                }
            }
        }
        for e in ecos {
            *out.entry(e).or_default() += 1;
        }
    }
    out
}

fn import(dir: &Path, sources: &[PathBuf]) -> mamori_vuln::osv::ImportStats {
    let mut calls = 0;
    let stats = OsvDatabase::import(dir, sources, &mut |_| calls += 1).unwrap();
    assert!(calls > 0, "progress is reported");
    stats
}

#[test]
fn imports_all_shared_osv_data_and_reimports_as_unchanged() {
    let tmp = tempfile::tempdir().unwrap();
    let db_dir = tmp.path().join("osv");
    let stats = import(&db_dir, &[osv_dir()]);
    let mut files = Vec::new();
    json_files(&osv_dir(), &mut files);
    let (want, invalid) = expected(&files);
    for r in &stats.rejected {
        eprintln!("rejected: {} — {}", r.path.display(), r.reason);
    }
    assert_eq!(stats.total, want.len(), "distinct valid ids");
    assert_eq!(stats.added, want.len());
    assert_eq!(
        stats.rejected.len(),
        invalid,
        "every invalid record, nothing else"
    );
    assert!(stats.total > 8_000);

    let db = OsvDatabase::open(&db_dir).unwrap();
    let status = db.status();
    let mine: BTreeMap<String, usize> = status
        .per_ecosystem
        .iter()
        .filter(|(k, _)| MAIN_ECOSYSTEMS.contains(&k.as_str()))
        .map(|(k, v)| (k.clone(), *v))
        .collect();
    assert_eq!(mine, per_ecosystem(&want));
    assert!(mine["Go"] > 4_000 && mine["PyPI"] > 2_600 && mine["crates.io"] > 1_000);
    let withdrawn = want
        .values()
        .filter(|r| r.get("withdrawn").is_some_and(|w| !w.is_null()))
        .count();
    assert_eq!(status.withdrawn, withdrawn);
    assert_eq!(status.total, want.len());
    let (newest_id, newest_t) = status.newest.clone().unwrap();
    let max_t = want
        .values()
        .map(|r| Timestamp::parse(r["modified"].as_str().unwrap()).unwrap())
        .max()
        .unwrap();
    assert_eq!(newest_t, max_t, "{newest_id}");
    assert!(status.size > 1_000_000);

    // Candidates: a PyPI name in another spelling meets the normalised index.
    let zope = db
        .candidates(
            &Ecosystem::PyPI,
            None,
            &Ecosystem::PyPI.normalize_name("Zope"),
        )
        .unwrap();
    let want_zope = want
        .values()
        .filter(|r| {
            r.get("withdrawn").is_none_or(Value::is_null)
                && r["affected"].as_array().into_iter().flatten().any(|a| {
                    a.pointer("/package/ecosystem") == Some(&Value::from("PyPI"))
                        && a.pointer("/package/name")
                            .and_then(Value::as_str)
                            .is_some_and(|n| n.eq_ignore_ascii_case("zope"))
                })
        })
        .count();
    assert!(want_zope > 0);
    assert_eq!(zope.len(), want_zope);
    let stdlib = db.candidates(&Ecosystem::Go, None, "stdlib").unwrap();
    assert!(stdlib.len() > 100);
    assert!(stdlib.iter().all(|a| {
        a.affected
            .iter()
            .any(|af| af.package.as_ref().is_some_and(|p| p.name == "stdlib"))
    }));
    assert!(
        db.candidates(&Ecosystem::Go, None, "no/such/module")
            .unwrap()
            .is_empty()
    );

    // Re-import: nothing changes.
    let again = import(&db_dir, &[osv_dir()]);
    assert_eq!((again.added, again.updated), (0, 0));
    assert_eq!(
        again.unchanged + again.duplicates,
        stats.added + stats.unchanged + stats.duplicates
    );
    assert_eq!(again.total, stats.total);
    assert_eq!(again.rejected.len(), invalid);
}

fn record(id: &str, modified: &str, extra: &str) -> String {
    format!(
        r#"{{"id":"{id}","modified":"{modified}","summary":"at {modified}",
           "affected":[{{"package":{{"ecosystem":"PyPI","name":"Demo_Pkg"}},
             "ranges":[{{"type":"ECOSYSTEM","events":[{{"introduced":"0"}},{{"fixed":"2.0"}}]}}]}}]{extra}}}"#
    )
}

#[test]
fn newer_records_update_and_withdrawn_ones_are_not_candidates() {
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("src");
    std::fs::create_dir_all(&src).unwrap();
    let db_dir = tmp.path().join("db");
    std::fs::write(
        src.join("a.json"),
        record("DEMO-1", "2024-01-01T00:00:00Z", ""),
    )
    .unwrap();
    std::fs::write(
        src.join("w.json"),
        record(
            "DEMO-2",
            "2024-01-01T00:00:00Z",
            r#","withdrawn":"2024-02-01T00:00:00Z""#,
        ),
    )
    .unwrap();
    let s = import(&db_dir, std::slice::from_ref(&src));
    assert_eq!((s.added, s.withdrawn, s.total), (2, 1, 2));

    let db = OsvDatabase::open(&db_dir).unwrap();
    let c = db.candidates(&Ecosystem::PyPI, None, "demo-pkg").unwrap();
    assert_eq!(
        c.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(),
        ["DEMO-1"]
    );
    assert!(db.get("DEMO-2").unwrap()[0].is_withdrawn());
    assert_eq!(db.status().withdrawn, 1);
    assert_eq!(db.status().per_ecosystem["PyPI"], 1);
    assert!(c[0].affected[0].affects("1.5").unwrap());
    assert!(!c[0].affected[0].affects("2.0").unwrap());
    drop(db);

    // Older and equal versions leave the store alone; a newer one replaces.
    std::fs::write(
        src.join("a.json"),
        record("DEMO-1", "2023-01-01T00:00:00Z", ""),
    )
    .unwrap();
    let s = import(&db_dir, &[src.join("a.json")]);
    assert_eq!((s.added, s.updated, s.unchanged), (0, 0, 1));
    std::fs::write(
        src.join("a.json"),
        record("DEMO-1", "2024-06-01T00:00:00.5Z", ""),
    )
    .unwrap();
    let s = import(&db_dir, &[src.join("a.json")]);
    assert_eq!((s.added, s.updated, s.unchanged, s.total), (0, 1, 0, 2));
    let db = OsvDatabase::open(&db_dir).unwrap();
    let got = db.get("DEMO-1").unwrap();
    assert_eq!(got[0].summary.as_deref(), Some("at 2024-06-01T00:00:00.5Z"));
    // The withdrawn record survived the rewrite.
    assert!(db.get("DEMO-2").unwrap()[0].is_withdrawn());
}

#[test]
fn distro_candidates_match_their_release() {
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("src");
    std::fs::create_dir_all(&src).unwrap();
    for (id, eco) in [
        ("D-11", "Debian:11"),
        ("D-12", "Debian:12"),
        ("D-ANY", "Debian"),
        ("U-1", "Ubuntu:22.04:LTS"),
    ] {
        std::fs::write(
            src.join(format!("{id}.json")),
            format!(
                r#"{{"id":"{id}","modified":"2024-01-01T00:00:00Z",
                   "affected":[{{"package":{{"ecosystem":"{eco}","name":"openssl"}},
                   "ranges":[{{"type":"ECOSYSTEM","events":[{{"introduced":"0"}},{{"fixed":"3.0.11-1"}}]}}]}}]}}"#
            ),
        )
        .unwrap();
    }
    let db_dir = tmp.path().join("db");
    import(&db_dir, &[src]);
    let db = OsvDatabase::open(&db_dir).unwrap();
    let ids = |release: Option<&str>| {
        let mut v: Vec<String> = db
            .candidates(&Ecosystem::Debian, release, "openssl")
            .unwrap()
            .into_iter()
            .map(|a| a.id)
            .collect();
        v.sort();
        v
    };
    assert_eq!(ids(Some("12")), ["D-12", "D-ANY"]);
    assert_eq!(ids(Some("10")), ["D-ANY"]);
    assert_eq!(ids(None), ["D-11", "D-12", "D-ANY"]);
    let u = db
        .candidates(&Ecosystem::Ubuntu, Some("22.04:LTS"), "openssl")
        .unwrap();
    assert_eq!(u.len(), 1);
    assert_eq!(db.status().per_ecosystem["Debian"], 3);
}

#[test]
fn aliases_link_records_across_databases() {
    let tmp = tempfile::tempdir().unwrap();
    let db_dir = tmp.path().join("db");
    let pypa = osv_dir().join("pypa");
    import(&db_dir, std::slice::from_ref(&pypa));
    let db = OsvDatabase::open(&db_dir).unwrap();
    let mut files = Vec::new();
    json_files(&pypa, &mut files);
    let mut checked = 0;
    for f in &files {
        for r in raw_records(f) {
            let aliases: Vec<&str> = r["aliases"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            let cve = aliases.iter().find(|a| a.starts_with("CVE-"));
            let ghsa = aliases.iter().find(|a| a.starts_with("GHSA-"));
            let (Some(cve), Some(ghsa)) = (cve, ghsa) else {
                continue;
            };
            let id = r["id"].as_str().unwrap();
            if r.get("withdrawn").is_some() {
                continue;
            }
            let from_pysec = db.aliases_of(id);
            assert!(
                from_pysec.contains(*cve) && from_pysec.contains(*ghsa),
                "{id}"
            );
            // From the GHSA id, which no stored record has: found through the PYSEC's aliases.
            let from_ghsa = db.aliases_of(ghsa);
            assert!(from_ghsa.contains(id) && from_ghsa.contains(*cve), "{ghsa}");
            let by_cve = db.get(cve).unwrap();
            assert!(by_cve.iter().any(|a| a.id == id), "{cve}");
            checked += 1;
        }
    }
    eprintln!("alias groups checked: {checked}");
    assert!(checked > 50);
}

#[test]
fn malformed_records_are_rejected_with_reasons_and_the_rest_import() {
    let tmp = tempfile::tempdir().unwrap();
    let db_dir = tmp.path().join("db");
    let edge = osv_dir().join("edge-cases");
    let src = tmp.path().join("edge");
    std::fs::create_dir_all(&src).unwrap();
    let mut files = Vec::new();
    json_files(&edge, &mut files);
    for (i, f) in files.iter().enumerate() {
        std::fs::copy(
            f,
            src.join(format!(
                "{i:03}-{}",
                f.file_name().unwrap().to_string_lossy()
            )),
        )
        .unwrap();
    }
    std::fs::write(src.join("garbage.json"), b"{not json").unwrap();
    std::fs::write(
        src.join("bad-time.json"),
        br#"{"id":"X","modified":"last tuesday"}"#,
    )
    .unwrap();
    let mut copied = Vec::new();
    json_files(&src, &mut copied);
    let (want, invalid) = expected(&copied);
    let s = import(&db_dir, std::slice::from_ref(&src));
    for r in &s.rejected {
        eprintln!("{} — {}", r.path.display(), r.reason);
        assert!(!r.reason.is_empty());
    }
    assert_eq!(
        s.rejected.len(),
        invalid + 1,
        "invalid records plus the non-JSON file"
    );
    assert!(s.rejected.iter().any(|r| r.path.ends_with("garbage.json")
        && r.reason.starts_with("line 1, column 2: ")));
    // GitHub's own advisory format is named as such, not reported as a field serde tripped on.
    let ghsa: Vec<_> = s
        .rejected
        .iter()
        .filter(|r| {
            r.path.to_string_lossy().contains("withdrawn.json")
                && r.path.to_string_lossy().contains("-withdrawn")
        })
        .collect();
    assert!(
        ghsa.iter()
            .any(|r| r.reason.contains("GitHub advisory in GitHub's own format")),
        "{ghsa:?}"
    );
    assert!(
        s.rejected
            .iter()
            .any(|r| r.path.ends_with("bad-time.json") && r.reason.contains("last tuesday"))
    );
    assert!(s.rejected.iter().any(|r| {
        r.path
            .ends_with("003-osv-git-conflict-upper-bound-range.json")
            && r.reason == "line 30, column 1: missing field `modified`"
    }));
    assert_eq!(s.total, want.len());
}

#[test]
fn zip_archives_import_like_osv_dev_all_zip() {
    let tmp = tempfile::tempdir().unwrap();
    let zip_path = tmp.path().join("all.zip");
    let mut files = Vec::new();
    json_files(&osv_dir().join("rustsec"), &mut files);
    {
        let f = std::fs::File::create(&zip_path).unwrap();
        let mut z = zip::ZipWriter::new(f);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for p in &files {
            z.start_file(p.file_name().unwrap().to_string_lossy(), opts)
                .unwrap();
            z.write_all(&std::fs::read(p).unwrap()).unwrap();
        }
        z.start_file("broken.json", opts).unwrap();
        z.write_all(br#"{"id":"BROKEN-1"}"#).unwrap();
        z.start_file("README.txt", opts).unwrap();
        z.write_all(b"not a record").unwrap();
        z.finish().unwrap();
    }
    let db_dir = tmp.path().join("db");
    let s = import(&db_dir, std::slice::from_ref(&zip_path));
    let (want, _) = expected(&files);
    assert_eq!(s.total, want.len());
    assert_eq!(s.rejected.len(), 1);
    assert!(
        s.rejected[0]
            .path
            .to_string_lossy()
            .ends_with("all.zip!/broken.json")
    );
    let db = OsvDatabase::open(&db_dir).unwrap();
    assert_eq!(
        db.status().per_ecosystem["crates.io"],
        per_ecosystem(&want)["crates.io"]
    );
    let smallvec = db
        .candidates(&Ecosystem::CratesIo, None, "smallvec")
        .unwrap();
    assert!(!smallvec.is_empty());
}

#[test]
fn damaged_stores_are_database_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let db_dir = tmp.path().join("db");
    import(&db_dir, &[osv_dir().join("ghsa-sample")]);
    let path = db_dir.join("advisories.osvdb");
    let good = std::fs::read(&path).unwrap();
    assert!(OsvDatabase::open(&db_dir).is_ok());

    let mut cases: Vec<(&str, Vec<u8>)> = vec![
        ("empty", vec![]),
        (
            "garbage",
            b"this is not a database at all, not even close".to_vec(),
        ),
        ("truncated", good[..good.len() - 7].to_vec()),
        ("header only", good[..40].to_vec()),
    ];
    let mut wrong_version = good.clone();
    wrong_version[8] = 99;
    cases.push(("version", wrong_version));
    let mut flipped = good.clone();
    let last = flipped.len() - 3;
    flipped[last] ^= 0xff;
    cases.push(("flipped index byte", flipped));
    let mut extended = good.clone();
    extended.extend_from_slice(b"junk");
    cases.push(("trailing bytes", extended));
    for (what, bytes) in cases {
        std::fs::write(&path, &bytes).unwrap();
        match OsvDatabase::open(&db_dir) {
            Err(VulnError::Database { reason, .. }) => eprintln!("{what}: {reason}"),
            other => panic!("{what}: {other:?}"),
        }
    }
    // An import over a damaged store stops rather than silently discarding it.
    assert!(matches!(
        OsvDatabase::import(&db_dir, &[osv_dir().join("ghsa-sample")], &mut |_| {}),
        Err(VulnError::Database { .. })
    ));
    std::fs::remove_file(&path).unwrap();
    assert!(matches!(
        OsvDatabase::open(&db_dir),
        Err(VulnError::Database { .. })
    ));
}

#[test]
fn a_second_import_is_refused_while_one_holds_the_lock() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("advisories.osvdb.lock"), b"1").unwrap();
    let r = OsvDatabase::import(tmp.path(), &[osv_dir().join("ghsa-sample")], &mut |_| {});
    assert!(matches!(r, Err(VulnError::Database { .. })), "{r:?}");
    std::fs::remove_file(tmp.path().join("advisories.osvdb.lock")).unwrap();
    assert!(OsvDatabase::import(tmp.path(), &[osv_dir().join("ghsa-sample")], &mut |_| {}).is_ok());
    assert!(!tmp.path().join("advisories.osvdb.lock").exists());
}

/// Every version PyPA enumerates in `versions` should be inside the record's ECOSYSTEM range.
fn pypa_consistency() -> (usize, Vec<String>) {
    let mut files = Vec::new();
    json_files(&osv_dir().join("pypa"), &mut files);
    let mut checked = 0;
    let mut bad = Vec::new();
    for f in &files {
        let Ok(a) = Advisory::from_json(&std::fs::read(f).unwrap(), f) else {
            continue;
        };
        for af in &a.affected {
            let mut ranges_only = af.clone();
            ranges_only.versions.clear();
            ranges_only
                .ranges
                .retain(|r| r.kind == RangeKind::Ecosystem);
            if ranges_only.ranges.is_empty() {
                continue;
            }
            for v in &af.versions {
                checked += 1;
                match ranges_only.affects(v) {
                    Ok(true) => {}
                    Ok(false) => bad.push(format!("{} {v}: outside range", a.id)),
                    Err(e) => bad.push(format!("{} {v}: {e}", a.id)),
                }
            }
        }
    }
    (checked, bad)
}

/// Listed versions the ECOSYSTEM range excludes, where the record itself is inconsistent and
/// the range, evaluated as the OSV specification prescribes, is what a matcher must follow:
/// - PYSEC-2021-114 lists 2.11.6, but its own events say `fixed: 2.11.6` (they are unsorted:
///   sorting puts the fix inside the 2.11 series);
/// - PYSEC-2023-177 lists 23.9.0 and 23.9.0.post1 beside `fixed: 23.9.0`;
/// - PYSEC-2023-61 lists the pre-releases 3.2a1…4.2rc1, which PEP 440 orders before the
///   `introduced: 3.2` / `4.2` events.
const PYPA_INCONSISTENT: &[&str] = &[
    "PYSEC-2021-114 2.11.6: outside range",
    "PYSEC-2023-177 23.9.0: outside range",
    "PYSEC-2023-177 23.9.0.post1: outside range",
    "PYSEC-2023-61 3.2a1: outside range",
    "PYSEC-2023-61 3.2b1: outside range",
    "PYSEC-2023-61 3.2rc1: outside range",
    "PYSEC-2023-61 4.2a1: outside range",
    "PYSEC-2023-61 4.2b1: outside range",
    "PYSEC-2023-61 4.2rc1: outside range",
];

#[test]
fn pypa_versions_all_fall_inside_their_ranges_but_the_inconsistent_records() {
    let (checked, bad) = pypa_consistency();
    let unexplained: Vec<&String> = bad
        .iter()
        .filter(|b| !PYPA_INCONSISTENT.contains(&b.as_str()))
        .collect();
    assert!(
        unexplained.is_empty(),
        "{} of {checked}: {:#?}",
        unexplained.len(),
        &unexplained[..unexplained.len().min(50)]
    );
    assert_eq!(bad.len(), PYPA_INCONSISTENT.len(), "{bad:#?}");
}

/// Walks JSON for (vector, published base score) pairs: GHSA `cvss` and trivy's NVD
/// `V2/V3Vector` + `V2/V3Score`. (CycloneDX VEX ratings are left out: their scores are
/// environmental or invented for the examples.)
fn score_pairs(v: &Value, out: &mut Vec<(String, f64)>) {
    match v {
        Value::Object(o) => {
            for (vk, sk) in [
                ("vectorString", "score"),
                ("V3Vector", "V3Score"),
                ("V2Vector", "V2Score"),
            ] {
                if let (Some(Value::String(vec)), Some(s)) =
                    (o.get(vk), o.get(sk).and_then(Value::as_f64))
                {
                    out.push((vec.clone(), s));
                }
            }
            for x in o.values() {
                score_pairs(x, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|x| score_pairs(x, out)),
        _ => {}
    }
}

#[test]
fn cvss_scores_match_those_published_in_the_shared_data() {
    let mut files = Vec::new();
    json_files(&shared().join("sbom"), &mut files);
    let mut pairs = Vec::new();
    for f in &files {
        if let Ok(v) = serde_json::from_slice::<Value>(&std::fs::read(f).unwrap()) {
            score_pairs(&v, &mut pairs);
        }
    }
    pairs.sort_by(|a, b| a.0.cmp(&b.0));
    pairs.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
    let mut v3 = 0;
    let mut wrong = Vec::new();
    for (vector, published) in &pairs {
        match cvss::score(vector) {
            Ok(c) => {
                if (f64::from(c.base_score) - published).abs() > 1e-6 {
                    wrong.push(format!(
                        "{vector}: {} vs published {published}",
                        c.base_score
                    ));
                } else if vector.starts_with("CVSS:3") {
                    v3 += 1;
                }
            }
            Err(e) => wrong.push(e.to_string()),
        }
    }
    eprintln!("{} published scores, {v3} v3 agree", pairs.len());
    assert!(wrong.is_empty(), "{wrong:#?}");
    assert!(v3 >= 10, "{v3}");
    // The CycloneDX VEX examples carry a misspelt metric; it is refused, naming it.
    let e = cvss::score("CVSS:3.1/AAV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:H").unwrap_err();
    assert!(e.reason.contains("AAV"), "{e}");

    // And every vector in the OSV data is legal.
    let mut osv = Vec::new();
    json_files(&osv_dir(), &mut osv);
    let mut n = 0;
    for f in &osv {
        for r in raw_records(f) {
            for s in r["severity"].as_array().into_iter().flatten() {
                let ty = s["type"].as_str().unwrap_or("");
                if ty.starts_with("CVSS_V") {
                    let vector = s["score"].as_str().unwrap();
                    if f.to_string_lossy().contains("invalid-cvss") {
                        continue;
                    }
                    cvss::score(vector).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
                    n += 1;
                }
            }
        }
    }
    assert!(n > 900, "{n}");
}

/// Import throughput on a generated set (default 250 000 records; `MAMORI_OSV_PERF_N` to
/// change). Run with `--ignored --nocapture`; the 20 000 records/s target applies to
/// optimised builds.
#[test]
#[ignore = "throughput measurement; writes a large temporary set"]
fn import_throughput_on_a_generated_set() {
    let n: usize = std::env::var("MAMORI_OSV_PERF_N")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(250_000);
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("src");
    let template = std::fs::read_to_string(osv_dir().join("pypa/PYSEC-2021-368.json"))
        .or_else(|_| {
            let mut files = Vec::new();
            json_files(&osv_dir().join("pypa"), &mut files);
            std::fs::read_to_string(&files[0])
        })
        .unwrap();
    let v: Value = serde_json::from_str(&template).unwrap();
    let t0 = std::time::Instant::now();
    for i in 0..n {
        let dir = src.join(format!("{:03}", i % 1000));
        if i < 1000 {
            std::fs::create_dir_all(&dir).unwrap();
        }
        let mut r = v.clone();
        r["id"] = Value::from(format!("GEN-{i:07}"));
        r["affected"][0]["package"]["name"] = Value::from(format!("pkg-{}", i % 20_000));
        std::fs::write(
            dir.join(format!("GEN-{i:07}.json")),
            serde_json::to_vec(&r).unwrap(),
        )
        .unwrap();
    }
    eprintln!("generated {n} records in {:?}", t0.elapsed());
    let db_dir = tmp.path().join("db");
    let t = std::time::Instant::now();
    let s = import(&db_dir, std::slice::from_ref(&src));
    let secs = t.elapsed().as_secs_f64();
    assert_eq!(s.total, n);
    let rate = n as f64 / secs;
    eprintln!("import: {n} records in {secs:.2}s = {rate:.0} records/s");
    let t = std::time::Instant::now();
    let db = OsvDatabase::open(&db_dir).unwrap();
    eprintln!("open: {:?}, file {} bytes", t.elapsed(), db.status().size);
    let t = std::time::Instant::now();
    let c = db.candidates(&Ecosystem::PyPI, None, "pkg-7").unwrap();
    eprintln!("candidates: {} in {:?}", c.len(), t.elapsed());
    assert_eq!(c.len(), n / 20_000 + usize::from(n % 20_000 > 7));
    let t = std::time::Instant::now();
    let again = import(&db_dir, &[src]);
    eprintln!(
        "re-import (all unchanged): {:.2}s",
        t.elapsed().as_secs_f64()
    );
    assert_eq!(again.unchanged, n);
    if !cfg!(debug_assertions) {
        assert!(rate >= 20_000.0, "{rate}");
    }
}
