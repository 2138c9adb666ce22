//! Closed-world comparison with Trivy: Trivy's own integration fixtures (lockfiles and SBOMs),
//! its tiny advisory database converted to OSV, and its golden reports. For every input mamori
//! reads, the findings must be the same (vulnerability, package, installed version), and VEX
//! must set aside what Trivy's VEX run sets aside.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use mamori_vuln::matcher::{MatchOptions, scan};
use mamori_vuln::osv::OsvDatabase;
use mamori_vuln::{Scheme, VexSet};
use serde_json::{Value, json};
use yaml_rust2::{Yaml, YamlLoader};

fn shared() -> PathBuf {
    mamori_formats::testing::shared_data_dir().unwrap_or_else(|e| panic!("{e}"))
}

fn trivy() -> PathBuf {
    shared().join("sbom/closed-world/trivy")
}

/// Trivy bucket prefix → OSV ecosystem. Buckets without an OSV ecosystem (CocoaPods, the
/// Kubernetes feed) are left out, and so are the goldens that need them.
fn ecosystem_of(bucket: &str) -> Option<String> {
    let prefix = bucket.split("::").next()?;
    if let Some(rel) = prefix.strip_prefix("debian ") {
        return Some(format!("Debian:{rel}"));
    }
    Some(
        match prefix {
            "cargo" => "crates.io",
            "npm" => "npm",
            "pip" => "PyPI",
            "go" => "Go",
            "maven" => "Maven",
            "composer" => "Packagist",
            "nuget" => "NuGet",
            "rubygems" => "RubyGems",
            "pub" => "Pub",
            "erlang" => "Hex",
            "swift" => "SwiftURL",
            "conan" => "ConanCenter",
            _ => return None,
        }
        .to_string(),
    )
}

#[derive(Debug, Clone)]
struct Bound {
    version: String,
    inclusive: bool,
}

/// One conjunction of Trivy constraints (`>= 1.0, < 2.0`, `[1.0,2.0)`, a bare version).
#[derive(Debug, Clone, Default)]
struct Interval {
    lower: Option<Bound>,
    upper: Option<Bound>,
    exact: Option<String>,
}

fn parse_constraint(s: &str) -> Interval {
    let s = s.trim();
    // Maven range notation from the GitLab database.
    if s.starts_with('[') || s.starts_with('(') {
        let inner = s
            .trim_start_matches(['[', '('])
            .trim_end_matches([']', ')']);
        let (lo, hi) = inner.split_once(',').unwrap_or((inner, inner));
        let bound = |v: &str, inclusive: bool| {
            (!v.trim().is_empty()).then(|| Bound {
                version: v.trim().to_string(),
                inclusive,
            })
        };
        return Interval {
            lower: bound(lo, s.starts_with('[')),
            upper: bound(hi, s.ends_with(']')),
            exact: None,
        };
    }
    let mut iv = Interval::default();
    for part in s.split(',') {
        let part = part.trim();
        for (op, lower, inclusive) in [
            (">=", true, true),
            ("<=", false, true),
            (">", true, false),
            ("<", false, false),
            ("=", true, true),
        ] {
            if let Some(v) = part.strip_prefix(op) {
                let b = Bound {
                    version: v.trim().to_string(),
                    inclusive,
                };
                if op == "=" {
                    iv.exact = Some(b.version);
                } else if lower {
                    iv.lower = Some(b);
                } else {
                    iv.upper = Some(b);
                }
                break;
            }
        }
        if !part.starts_with(['>', '<', '=']) {
            iv.exact = Some(part.to_string());
        }
    }
    iv
}

/// OSV events for the union of the intervals; exact versions go to `versions`.
fn events_of(intervals: &[Interval]) -> (Vec<Value>, Vec<String>) {
    let mut events = Vec::new();
    let mut versions = Vec::new();
    for iv in intervals {
        if let Some(v) = &iv.exact {
            versions.push(v.clone());
            continue;
        }
        let lo = iv
            .lower
            .as_ref()
            .map_or("0".to_string(), |b| b.version.clone());
        events.push(json!({"introduced": lo}));
        if let Some(u) = &iv.upper {
            if u.inclusive {
                events.push(json!({"last_affected": u.version}));
            } else {
                events.push(json!({"fixed": u.version}));
            }
        }
    }
    (events, versions)
}

/// The affected set when only patched versions are given: everything below the lowest patched
/// bound of each patched interval. Trivy's fixtures write a patched version bare (`0.3.7`),
/// meaning the release that fixed it, as GHSA does; it is read as `>= 0.3.7`.
fn events_from_patched(patched: &[Interval], scheme: Scheme) -> Vec<Value> {
    let mut starts: Vec<String> = patched
        .iter()
        .filter_map(|iv| {
            iv.exact
                .clone()
                .or_else(|| iv.lower.as_ref().map(|b| b.version.clone()))
        })
        .collect();
    starts.sort_by(|a, b| scheme.compare(a, b).unwrap_or(std::cmp::Ordering::Equal));
    let mut events = vec![json!({"introduced": "0"})];
    if let Some(first) = starts.first() {
        events.push(json!({"fixed": first}));
    }
    events
}

fn strings(y: &Yaml) -> Vec<String> {
    y.as_vec()
        .map(|v| {
            v.iter()
                .filter_map(|s| match s {
                    Yaml::String(s) => Some(s.clone()),
                    Yaml::Real(s) => Some(s.clone()),
                    Yaml::Integer(i) => Some(i.to_string()),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Converts Trivy's fixture database (bucket YAML) into OSV records, one file per
/// (advisory, package), into `out`.
fn convert_trivy_db(out: &Path) -> usize {
    let db = trivy().join("fixtures/db");
    let vulns_text = std::fs::read_to_string(db.join("vulnerability.yaml")).unwrap();
    let vulns = &YamlLoader::load_from_str(&vulns_text).unwrap()[0];
    let detail = |id: &str| -> Option<Yaml> {
        for b in vulns.as_vec()? {
            for p in b["pairs"].as_vec()? {
                if p["key"].as_str() == Some(id) {
                    return Some(p["value"].clone());
                }
            }
        }
        None
    };
    let mut records: std::collections::BTreeMap<String, Value> = Default::default();
    let mut files: Vec<_> = std::fs::read_dir(&db)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let Ok(docs) = YamlLoader::load_from_str(&text) else {
            continue;
        };
        let Some(top) = docs.first().and_then(Yaml::as_vec) else {
            continue;
        };
        for bucket in top {
            let Some(eco) = bucket["bucket"].as_str().and_then(ecosystem_of) else {
                continue;
            };
            let scheme = mamori_vuln::Ecosystem::parse_osv(&eco).0.scheme();
            for pkg in bucket["pairs"].as_vec().into_iter().flatten() {
                let Some(name) = pkg["bucket"].as_str() else {
                    continue;
                };
                for adv in pkg["pairs"].as_vec().into_iter().flatten() {
                    let Some(id) = adv["key"].as_str() else {
                        continue;
                    };
                    let v = &adv["value"];
                    let vulnerable: Vec<Interval> = strings(&v["VulnerableVersions"])
                        .iter()
                        .map(|s| parse_constraint(s))
                        .collect();
                    let patched: Vec<Interval> = strings(&v["PatchedVersions"])
                        .iter()
                        .chain(strings(&v["UnaffectedVersions"]).iter())
                        .map(|s| parse_constraint(s))
                        .collect();
                    let (events, versions) = if !vulnerable.is_empty() {
                        events_of(&vulnerable)
                    } else if !patched.is_empty() {
                        (events_from_patched(&patched, scheme), Vec::new())
                    } else if let Some(fixed) = v["FixedVersion"].as_str() {
                        (
                            vec![json!({"introduced": "0"}), json!({"fixed": fixed})],
                            Vec::new(),
                        )
                    } else {
                        // A distribution advisory without a fix: every version is affected.
                        (vec![json!({"introduced": "0"})], Vec::new())
                    };
                    // One OSV record per advisory id, with an `affected` entry per package
                    // and distribution release, as OSV databases publish them.
                    let record = records.entry(id.to_string()).or_insert_with(|| {
                        let mut record = json!({
                            "schema_version": "1.6.0",
                            "id": id,
                            "modified": "2024-01-01T00:00:00Z",
                            "affected": [],
                        });
                        if let Some(d) = detail(id) {
                            if let Some(t) = d["Title"].as_str() {
                                record["summary"] = json!(t);
                            }
                            if let Some(s) = d["Severity"].as_str() {
                                record["database_specific"] = json!({"severity": s});
                            }
                            if let Some(vec) = d["CVSS"]["nvd"]["V3Vector"].as_str() {
                                record["severity"] = json!([{"type": "CVSS_V3", "score": vec}]);
                            }
                        }
                        record
                    });
                    if let Some(list) = record["affected"].as_array_mut() {
                        list.push(json!({
                            "package": {"ecosystem": eco, "name": name},
                            "ranges": if events.is_empty() { json!([]) } else {
                                json!([{"type": "ECOSYSTEM", "events": events}])
                            },
                            "versions": versions,
                        }));
                    }
                }
            }
        }
    }
    for (n, (id, record)) in records.iter().enumerate() {
        std::fs::write(out.join(format!("{n:04}-{id}.json")), record.to_string()).unwrap();
    }
    records.len()
}

fn database() -> (tempfile::TempDir, OsvDatabase) {
    let tmp = tempfile::tempdir().unwrap();
    let records = tmp.path().join("records");
    std::fs::create_dir_all(&records).unwrap();
    let n = convert_trivy_db(&records);
    assert!(n >= 25, "converted only {n} records");
    let dir = tmp.path().join("osv");
    let stats = OsvDatabase::import(&dir, &[records], &mut |_| {}).unwrap();
    assert!(stats.rejected.is_empty(), "{:?}", stats.rejected);
    let db = OsvDatabase::open(&dir).unwrap();
    (tmp, db)
}

type Triple = (String, String, String);

fn golden_findings(name: &str) -> BTreeSet<Triple> {
    let text = std::fs::read_to_string(trivy().join("golden").join(name)).unwrap();
    let v: Value = serde_json::from_str(&text).unwrap();
    let mut out = BTreeSet::new();
    for r in v["Results"].as_array().into_iter().flatten() {
        for f in r["Vulnerabilities"].as_array().into_iter().flatten() {
            // Trivy shows Go versions as go.mod writes them (`v0.3.6`); OSV, osv-scanner and
            // mamori write them without the `v` (`0.3.6`), as Go advisories do.
            let version = f["InstalledVersion"].as_str().unwrap();
            let version = match r["Type"].as_str() {
                Some("gomod") => version.strip_prefix('v').unwrap_or(version),
                _ => version,
            };
            out.insert((
                f["VulnerabilityID"].as_str().unwrap().to_string(),
                f["PkgName"].as_str().unwrap().to_string(),
                version.to_string(),
            ));
        }
    }
    out
}

fn scan_findings(
    db: &OsvDatabase,
    input: &Path,
    vex: &VexSet,
) -> (BTreeSet<Triple>, BTreeSet<Triple>) {
    let (inventories, errors) =
        mamori_vuln::inputs::read_inputs(&[input.to_path_buf()], &mut |_| {});
    assert!(errors.is_empty(), "{}: {errors:?}", input.display());
    assert!(!inventories.is_empty(), "{}: nothing read", input.display());
    let report = scan(db, &inventories, vex, &MatchOptions::default()).unwrap();
    let triple = |f: &mamori_vuln::Finding| {
        (
            f.id.clone(),
            f.package.name.clone(),
            f.package.version.clone(),
        )
    };
    (
        report.findings.iter().map(triple).collect(),
        report
            .suppressed
            .iter()
            .map(|s| triple(&s.finding))
            .collect(),
    )
}

/// Golden report → the fixture it was made from (repository fixtures are scanned as
/// directories, as Trivy's `fs`/`repo` commands do).
const CASES: &[(&str, &str)] = &[
    ("composer.lock.json", "fixtures/repo/composer"),
    ("gomod.json", "fixtures/repo/gomod"),
    ("gradle.json", "fixtures/repo/gradle"),
    ("npm.json", "fixtures/repo/npm/package-lock.json"),
    ("nuget.json", "fixtures/repo/nuget"),
    ("pip.json", "fixtures/repo/pip"),
    ("pipenv.json", "fixtures/repo/pipenv"),
    ("pnpm.json", "fixtures/repo/pnpm"),
    ("poetry.json", "fixtures/repo/poetry"),
    ("pom.json", "fixtures/repo/pom"),
    ("uv.json", "fixtures/repo/uv"),
    ("yarn.json", "fixtures/repo/yarn"),
    ("cargo.lock.json", "fixtures/repo/cargo"),
    (
        "fluentd-multiple-lockfiles.json",
        "fixtures/sbom/fluentd-multiple-lockfiles-cyclonedx.json",
    ),
];

#[test]
fn findings_equal_trivys_goldens() {
    let (_tmp, db) = database();
    let mut failures = Vec::new();
    for (golden, input) in CASES {
        let path = trivy().join(input);
        if !path.exists() {
            failures.push(format!("{golden}: fixture {} missing", path.display()));
            continue;
        }
        let want = golden_findings(golden);
        let (got, _) = scan_findings(&db, &path, &VexSet::new());
        println!(
            "{golden}: trivy {} finding(s), mamori {}",
            want.len(),
            got.len()
        );
        if want != got {
            failures.push(format!(
                "{golden}:\n  only trivy:  {:?}\n  only mamori: {:?}",
                want.difference(&got).collect::<Vec<_>>(),
                got.difference(&want).collect::<Vec<_>>()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn openvex_sets_aside_what_trivys_vex_run_does() {
    let (_tmp, db) = database();
    let mut vex = VexSet::new();
    let vex_dir = trivy().join("fixtures/vex/file");
    for e in std::fs::read_dir(&vex_dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "json") {
            vex.add_file(&p).unwrap();
        }
    }
    assert!(!vex.is_empty());
    let (got, suppressed) = scan_findings(&db, &trivy().join("fixtures/repo/gomod"), &vex);
    let want = golden_findings("gomod-vex.json");
    assert_eq!(
        got, want,
        "findings after VEX differ from Trivy's gomod-vex golden"
    );
    // What Trivy drops silently, mamori lists apart.
    let without_vex = golden_findings("gomod.json");
    let dropped: BTreeSet<Triple> = without_vex.difference(&want).cloned().collect();
    assert_eq!(suppressed, dropped);
    assert!(!suppressed.is_empty());
}
