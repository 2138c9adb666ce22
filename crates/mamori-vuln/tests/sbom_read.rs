//! SBOM readers against real SBOMs from public projects (/work/shared/data/sbom).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use mamori_vuln::sbom::{looks_like_sbom, parse_sbom};
use mamori_vuln::{Ecosystem, Inventory, VulnError};
use serde_json::Value;

/// The shared test data: `$MAMORI_SHARED_DATA`, else `../../../shared/data` from the crate.
fn data() -> PathBuf {
    mamori_formats::testing::shared_data_dir()
        .unwrap_or_else(|e| panic!("{e}"))
        .join("sbom")
}

fn read(rel: &str) -> Inventory {
    let path = data().join(rel);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    parse_sbom(&path, &bytes).unwrap_or_else(|e| panic!("{e}"))
}

fn read_err(rel: &str) -> VulnError {
    let path = data().join(rel);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    match parse_sbom(&path, &bytes) {
        Ok(inv) => panic!(
            "{rel} should not parse, got {} packages",
            inv.packages.len()
        ),
        Err(e) => e,
    }
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else {
            out.push(p);
        }
    }
}

/// Every component in a CycloneDX JSON BOM (outside `metadata`), walked independently of the
/// reader: (purl if non-empty, name, version).
fn cdx_json_components(rel: &str) -> Vec<(Option<String>, String, Option<String>)> {
    fn walk_components(v: &Value, out: &mut Vec<(Option<String>, String, Option<String>)>) {
        for c in v.as_array().into_iter().flatten() {
            let get = |k: &str| c.get(k).and_then(Value::as_str).map(str::to_string);
            out.push((
                get("purl").filter(|p| !p.is_empty()),
                get("name").unwrap_or_default(),
                get("version"),
            ));
            if let Some(sub) = c.get("components") {
                walk_components(sub, out);
            }
        }
    }
    let text = std::fs::read_to_string(data().join(rel)).unwrap_or_default();
    let v: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
    let mut out = Vec::new();
    if let Some(c) = v.get("components") {
        walk_components(c, &mut out);
    }
    out
}

/// Non-empty `<purl>` elements after `</metadata>`, counted as text.
fn cdx_xml_purl_count(rel: &str) -> usize {
    let text = std::fs::read_to_string(data().join(rel)).unwrap_or_default();
    let body = match text.find("</metadata>") {
        Some(i) => &text[i..],
        None => &text[..],
    };
    body.matches("<purl>").count() - body.matches("<purl></purl>").count()
}

fn purls(inv: &Inventory) -> usize {
    inv.packages.iter().filter(|p| p.purl.is_some()).count()
}

/// The package set in a form two readings of the same SBOM must agree on.
fn package_set(inv: &Inventory) -> BTreeSet<(String, String, String, Option<String>, String)> {
    inv.packages
        .iter()
        .map(|p| {
            (
                p.ecosystem
                    .as_ref()
                    .map(|e| e.osv_name().to_string())
                    .unwrap_or_default(),
                p.name.clone(),
                p.version.clone(),
                p.purl.clone(),
                p.path.join(" > "),
            )
        })
        .collect()
}

#[test]
fn real_cyclonedx_json_boms_list_every_purl() {
    // (file, ecosystem every PURL must map to, expected PURL count as stated in the data README
    // for the whole file — the walk below excludes `metadata.component`, hence the -1 where
    // the README count includes it).
    for (rel, eco) in [
        (
            "sbom/cyclonedx/bom-examples/juice-shop/v11.1.2/bom.json",
            Ecosystem::Npm,
        ),
        (
            "sbom/cyclonedx/bom-examples/protonmail-webclient-v4-0912dff/bom.json",
            Ecosystem::Npm,
        ),
        (
            "sbom/cyclonedx/bom-examples/keycloak-10.0.2/bom.json",
            Ecosystem::Maven,
        ),
        (
            "sbom/cyclonedx/bom-examples/dropwizard-1.3.15/bom.json",
            Ecosystem::Maven,
        ),
        (
            "sbom/cyclonedx/bom-examples/laravel-7.12.0/bom.1.4.json",
            Ecosystem::Packagist,
        ),
        (
            "sbom/cyclonedx/bom-examples/proton-bridge/proton-bridge-v1.8.0.bom.json",
            Ecosystem::Go,
        ),
        (
            "sbom/cyclonedx/dependency-track/dtrack-apiserver-4.5.0.bom.json",
            Ecosystem::Maven,
        ),
    ] {
        let inv = read(rel);
        let walked = cdx_json_components(rel);
        let walked_purls = walked.iter().filter(|c| c.0.is_some()).count();
        assert!(walked_purls > 0, "{rel}");
        assert_eq!(purls(&inv), walked_purls, "{rel}: PURL count");
        assert_eq!(
            inv.packages.len() + inv.skipped.len(),
            walked.len(),
            "{rel}: every component is listed or skipped"
        );
        for p in inv.packages.iter().filter(|p| p.purl.is_some()) {
            assert_eq!(p.ecosystem.as_ref(), Some(&eco), "{rel}: {p:?}");
        }
        // Every walked (name, version) is in the inventory: names differ only by the OSV
        // prefixing (group, scope, module path), so compare by suffix.
        for (purl, name, version) in &walked {
            if purl.is_none() {
                continue;
            }
            assert!(
                inv.packages
                    .iter()
                    .any(|p| Some(&p.version) == version.as_ref()
                        && (p.name == *name
                            || p.name.ends_with(&format!("/{name}"))
                            || p.name.ends_with(&format!(":{name}")))),
                "{rel}: {name}@{version:?} missing"
            );
        }
    }
    // The counts the data README states, which include metadata.component's own PURL.
    let juice = read("sbom/cyclonedx/bom-examples/juice-shop/v11.1.2/bom.json");
    assert_eq!(purls(&juice) + 1, 841);
    assert_eq!(juice.subject.as_deref(), Some("juice-shop@11.1.2"));
    assert_eq!(juice.format, "CycloneDX 1.2 JSON");
    let keycloak = read("sbom/cyclonedx/bom-examples/keycloak-10.0.2/bom.json");
    assert_eq!(purls(&keycloak) + 1, 904);
    assert!(
        keycloak
            .packages
            .iter()
            .any(|p| p.name == "org.keycloak:keycloak-core")
    );
    let proton = read("sbom/cyclonedx/bom-examples/protonmail-webclient-v4-0912dff/bom.json");
    assert_eq!(purls(&proton) + 1, 884);
    assert!(
        juice
            .packages
            .iter()
            .any(|p| p.name.starts_with('@') && p.name.contains('/'))
    );
}

#[test]
fn json_and_xml_of_one_bom_agree() {
    let laravel: Vec<Inventory> = [
        "sbom/cyclonedx/bom-examples/laravel-7.12.0/bom.1.2.json",
        "sbom/cyclonedx/bom-examples/laravel-7.12.0/bom.1.3.json",
        "sbom/cyclonedx/bom-examples/laravel-7.12.0/bom.1.4.json",
        "sbom/cyclonedx/bom-examples/laravel-7.12.0/bom.1.4.xml",
    ]
    .iter()
    .map(|r| read(r))
    .collect();
    let first = package_set(&laravel[0]);
    assert!(!first.is_empty());
    for inv in &laravel[1..] {
        assert_eq!(package_set(inv), first, "{}", inv.format);
        assert_eq!(inv.subject, laravel[0].subject);
    }
    assert_eq!(laravel[3].format, "CycloneDX 1.4 XML");
    assert_eq!(
        purls(&laravel[3]),
        cdx_xml_purl_count("sbom/cyclonedx/bom-examples/laravel-7.12.0/bom.1.4.xml")
    );
    // The 1.2+ BOMs carry a dependency graph, so every package has a path from the product.
    let root = laravel[0].subject.clone().unwrap_or_default();
    for p in &laravel[0].packages {
        assert_eq!(p.path.first(), Some(&root), "{p:?}");
        assert_eq!(p.path.last(), Some(&format!("{}@{}", p.name, p.version)));
    }
    assert!(laravel[0].packages.iter().any(|p| p.path.len() > 2));

    let cj = read("sbom/cyclonedx/bom-examples/cern-lhc-vdm-editor-e564943/bom.json");
    let cx = read("sbom/cyclonedx/bom-examples/cern-lhc-vdm-editor-e564943/bom.xml");
    assert_eq!(package_set(&cj), package_set(&cx));
    assert_eq!(
        purls(&cx),
        cdx_xml_purl_count("sbom/cyclonedx/bom-examples/cern-lhc-vdm-editor-e564943/bom.xml")
    );
    assert!(cx.packages.iter().all(|p| p.origin.line.is_some()));
}

#[test]
fn every_cyclonedx_spec_version_reads() {
    for v in ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7"] {
        for ext in ["xml", "json"] {
            let rel = format!("sbom/cyclonedx/dependency-track/valid-boms/valid-bom-{v}.{ext}");
            if !data().join(&rel).exists() {
                continue;
            }
            let inv = read(&rel);
            let kind = if ext == "xml" { "XML" } else { "JSON" };
            assert_eq!(inv.format, format!("CycloneDX {v} {kind}"));
            assert!(!inv.packages.is_empty(), "{rel}");
            if ext == "json" {
                let walked = cdx_json_components(&rel);
                assert_eq!(
                    inv.packages.len() + inv.skipped.len(),
                    walked.len(),
                    "{rel}"
                );
            } else {
                // Pedigree ancestors also carry <purl>, but they are no installed components.
                assert!(purls(&inv) <= cdx_xml_purl_count(&rel), "{rel}");
            }
        }
    }
    // 1.0 has no bom-ref; its dependency graph is nesting only.
    let v10 = read("sbom/cyclonedx/dependency-track/valid-boms/valid-bom-1.0.xml");
    assert!(
        v10.packages.iter().any(|p| p.path.len() == 2),
        "{:?}",
        v10.packages
    );
}

#[test]
fn container_sboms_place_distro_packages() {
    let rel = "sbom/cyclonedx/osv-scanner-sbom-insecure/postgres-stretch.cdx.xml";
    let inv = read(rel);
    let count = |e: Ecosystem| {
        inv.packages
            .iter()
            .filter(|p| p.ecosystem == Some(e.clone()))
            .count()
    };
    // README: 132 deb + 3 golang; every deb PURL says distro=debian-9.
    assert_eq!(count(Ecosystem::Debian), 132);
    assert_eq!(count(Ecosystem::Go), 3);
    assert_eq!(purls(&inv), cdx_xml_purl_count(rel));
    for p in inv
        .packages
        .iter()
        .filter(|p| p.ecosystem == Some(Ecosystem::Debian))
    {
        assert_eq!(p.release.as_deref(), Some("9"), "{p:?}");
        assert!(p.origin.line.is_some() && p.origin.locator.is_some());
    }
    assert!(
        inv.subject
            .as_deref()
            .is_some_and(|s| s.starts_with("postgres:11.15-stretch@"))
    );

    let alpine = read("sbom/cyclonedx/osv-scanner-sbom-insecure/alpine.cdx.xml");
    let apk: Vec<_> = alpine
        .packages
        .iter()
        .filter(|p| p.ecosystem == Some(Ecosystem::Alpine))
        .collect();
    assert_eq!(
        apk.len(),
        cdx_xml_purl_count("sbom/cyclonedx/osv-scanner-sbom-insecure/alpine.cdx.xml")
    );
    // Names come from the PURL even where <name> is empty.
    assert!(
        apk.iter()
            .all(|p| !p.name.is_empty() && p.release.as_deref() == Some("v3.17"))
    );
    // `upstream=` names the source package for binaries built from a differently named one.
    assert!(apk.iter().any(|p| p.source_name.is_some()));
    assert!(
        apk.iter()
            .all(|p| p.source_name.as_deref() != Some(p.name.as_str()))
    );

    // Bad PURLs are reported with where and why, the rest still read.
    let bad = read("sbom/cyclonedx/osv-scanner-sbom-insecure/bad-purls.cdx.xml");
    assert!(!bad.packages.is_empty());
    assert!(
        bad.skipped
            .iter()
            .any(|s| s.reason.contains("PURL") && s.at.starts_with("line "))
    );
}

#[test]
fn spdx_documents_read() {
    let tv = read("sbom/edge-cases/osv-scalibr-spdx/sbom.spdx");
    assert_eq!(tv.format, "SPDX 2.3 tag-value");
    let js = read("sbom/edge-cases/osv-scalibr-spdx/sbom.spdx.json");
    assert_eq!(js.format, "SPDX 2.3 JSON");
    assert_eq!(tv.skipped.len(), js.skipped.len());

    // Dependencies: the described package, then what it depends on.
    let dep = read(
        "sbom/spdx/spdx-examples/presentations/OSS-NA-2023/SPDXVersion2.3/03-SBOMwDependency.json",
    );
    assert_eq!(dep.packages.len(), 2);
    assert!(
        dep.packages.iter().any(|p| p.path.len() == 2),
        "{:?}",
        dep.packages
    );

    // SPDX 2.3 and 3.0 of the same Rust example agree.
    let s2 = read("sbom/spdx/spdx-examples/software/example11/spdx2.3/sbom.spdx.json");
    let s3 = read("sbom/spdx/spdx-examples/software/example11/spdx3.0/sbom.spdx3.json");
    assert_eq!(s3.format, "SPDX 3.0.1 JSON-LD");
    let ids = |i: &Inventory| {
        i.packages
            .iter()
            .map(|p| {
                (
                    p.ecosystem.clone(),
                    p.name.clone(),
                    p.version.clone(),
                    p.purl.clone(),
                )
            })
            .collect::<BTreeSet<_>>()
    };
    assert_eq!(ids(&s2), ids(&s3));
    assert!(
        s3.packages
            .iter()
            .any(|p| p.ecosystem == Some(Ecosystem::CratesIo) && p.name == "tokio")
    );
    assert!(s3.packages.iter().all(|p| !p.path.is_empty()));
    let a2 = read("sbom/spdx/spdx-examples/software/example9/spdx2.2/appbomination.spdx.json");
    let a3 = read("sbom/spdx/spdx-examples/software/example9/spdx3.0/appbomination.spdx3.json");
    assert_eq!(ids(&a2), ids(&a3));
    assert_eq!(purls(&a3), 4);

    // Tag-value packages carry their line.
    let lib = read("sbom/spdx/spdx-examples/software/example6/spdx2.2/example6-lib.spdx");
    let text = std::fs::read_to_string(
        data().join("sbom/spdx/spdx-examples/software/example6/spdx2.2/example6-lib.spdx"),
    )
    .unwrap_or_default();
    for p in &lib.packages {
        let line = p.origin.line.unwrap_or(0) as usize;
        let at = text.lines().nth(line.saturating_sub(1)).unwrap_or_default();
        assert_eq!(at.trim(), format!("PackageName: {}", p.name), "{p:?}");
    }
}

#[test]
fn invalid_inputs_are_errors_not_panics() {
    for rel in [
        "sbom/edge-cases/osv-scalibr-cdx/invalid_sbom.cdxjson",
        "sbom/edge-cases/osv-scalibr-spdx/invalid_sbom.spdx",
        "sbom/edge-cases/osv-scalibr-spdx/sbom.spdx.rdf",
        "sbom/edge-cases/osv-scalibr-cdx/random_file.ext",
    ] {
        let e = read_err(rel);
        assert!(matches!(e, VulnError::Unsupported { .. }), "{rel}: {e}");
    }
    let p = Path::new("t.cdx.json");
    let e = parse_sbom(p, b"{\"bomFormat\": \"CycloneDX\",\n  \"components\": [}").err();
    assert!(
        matches!(&e, Some(VulnError::Parse { at, .. }) if at == "line 2, column 18"),
        "{e:?}"
    );
    let e = parse_sbom(
        p,
        br#"{"bomFormat":"CycloneDX","specVersion":"1.5","components":[{"name":"a"},{"name":"b","purl":7}]}"#,
    )
    .err();
    assert!(
        matches!(&e, Some(VulnError::Parse { at, .. }) if at == "components[1].purl"),
        "{e:?}"
    );
    let x = Path::new("t.cdx.xml");
    let e = parse_sbom(
        x,
        b"<?xml version=\"1.0\"?>\n<!DOCTYPE bom [<!ENTITY a \"b\">]>\n<bom xmlns=\"http://cyclonedx.org/schema/bom/1.4\"/>",
    )
    .err();
    assert!(
        matches!(&e, Some(VulnError::Parse { reason, .. }) if reason.contains("DOCTYPE")),
        "{e:?}"
    );
    let e = parse_sbom(
        x,
        b"<bom xmlns=\"http://cyclonedx.org/schema/bom/1.4\">\n<components>\n<component><name>a</nme></component>",
    )
    .err();
    assert!(
        matches!(&e, Some(VulnError::Parse { at, .. }) if at.starts_with("line 3")),
        "{e:?}"
    );
    let e = parse_sbom(
        Path::new("t.spdx"),
        b"SPDXVersion: SPDX-2.3\nPackageName: a\nthis is no tag\n",
    )
    .err();
    assert!(
        matches!(&e, Some(VulnError::Parse { at, .. }) if at == "line 3"),
        "{e:?}"
    );
    // Components without a version, or with an undecodable PURL, are skipped with a reason.
    let inv = parse_sbom(
        p,
        br#"{"bomFormat":"CycloneDX","specVersion":"1.5","components":[{"name":"a"},{"name":"b","version":"1","purl":"pkg:npm/b@1%zz"},{"name":"c","version":"2","cpe":"cpe:2.3:a:c:c:2"}]}"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(inv.packages.len(), 1);
    assert_eq!(inv.packages[0].ecosystem, None);
    assert_eq!(inv.skipped.len(), 2);
    assert_eq!(inv.skipped[0].at, "components[0]");
    assert!(
        inv.skipped[1].reason.contains("percent"),
        "{:?}",
        inv.skipped
    );
}

#[test]
fn nested_components_give_paths() {
    let inv = read("sbom/edge-cases/osv-scalibr-cdx/sbom-with-nested-comps.cdx.json");
    let rustls = inv.packages.iter().find(|p| p.name == "rustls");
    assert_eq!(
        rustls.map(|p| p.path.join(" > ")).as_deref(),
        Some("Nginx@1.21.1 > rustls@0.23.13")
    );
    assert_eq!(
        rustls.and_then(|p| p.ecosystem.clone()),
        Some(Ecosystem::CratesIo)
    );
    // A generic PURL is listed, without an ecosystem.
    assert!(
        inv.packages
            .iter()
            .any(|p| p.name == "openssl" && p.ecosystem.is_none())
    );
}

/// (name, installed version) of every vulnerable package in a Trivy golden report.
fn golden_vulnerable(rel: &str) -> BTreeSet<(String, String)> {
    let text = std::fs::read_to_string(data().join(rel)).unwrap_or_default();
    let v: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
    let mut out = BTreeSet::new();
    for r in v
        .get("Results")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        for vuln in r
            .get("Vulnerabilities")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let s = |k: &str| {
                vuln.get(k)
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string()
            };
            out.insert((s("PkgName"), s("InstalledVersion")));
        }
    }
    out
}

#[test]
fn trivy_fixtures_hold_every_package_trivy_found_vulnerable() {
    let fx = "closed-world/trivy/fixtures/sbom";
    for (golden, inputs) in [
        (
            "closed-world/trivy/golden/centos-7.json",
            &[
                "centos-7-cyclonedx.json",
                "centos-7-spdx.json",
                "centos-7-spdx.txt",
                "centos-7-cyclonedx.intoto.jsonl",
            ][..],
        ),
        (
            "closed-world/trivy/golden/fluentd-multiple-lockfiles.json",
            &["fluentd-multiple-lockfiles-cyclonedx.json"][..],
        ),
        (
            "closed-world/trivy/golden/minikube-kbom.json",
            &["minikube-kbom.json"][..],
        ),
    ] {
        let want = golden_vulnerable(golden);
        assert!(!want.is_empty(), "{golden}");
        for input in inputs {
            let inv = read(&format!("{fx}/{input}"));
            let have: BTreeSet<(String, String)> = inv
                .packages
                .iter()
                .map(|p| (p.name.clone(), p.version.clone()))
                .collect();
            for w in &want {
                assert!(have.contains(w), "{input}: {w:?} missing from {have:?}");
            }
        }
    }
    let cdx = read(&format!("{fx}/centos-7-cyclonedx.json"));
    let ssl = cdx.packages.iter().find(|p| p.name == "openssl-libs");
    assert_eq!(ssl.and_then(|p| p.source_name.as_deref()), Some("openssl"));
    assert_eq!(
        ssl.and_then(|p| p.ecosystem.clone()),
        Some(Ecosystem::RedHat)
    );
    let fluentd = read(&format!("{fx}/fluentd-multiple-lockfiles-cyclonedx.json"));
    let bash = fluentd.packages.iter().find(|p| p.name == "bash");
    assert_eq!(bash.and_then(|p| p.release.as_deref()), Some("10"));
    assert_eq!(
        bash.and_then(|p| p.ecosystem.clone()),
        Some(Ecosystem::Debian)
    );
    // Tag-value and JSON SPDX of one image agree.
    let tv = read(&format!("{fx}/centos-7-spdx.txt"));
    let js = read(&format!("{fx}/centos-7-spdx.json"));
    assert_eq!(package_set(&tv), package_set(&js));
    let att = read(&format!("{fx}/centos-7-cyclonedx.intoto.jsonl"));
    assert!(att.format.contains("in-toto"), "{}", att.format);
}

#[test]
fn file_names_that_are_sboms() {
    let dir = data().join("sbom/edge-cases");
    for (name, yes) in [
        ("osv-scalibr-cdx/sbom.cdx.json", true),
        ("osv-scalibr-cdx/sbom.bom.json", true),
        ("osv-scalibr-cdx/sbom.cdx.xml", true),
        ("osv-scalibr-cdx/sbom.bom.xml", true),
        ("osv-scalibr-cdx/sbom.cdx.json.foo.ext", false),
        ("osv-scalibr-cdx/random_file.ext", false),
        ("osv-scalibr-spdx/sbom.spdx.json", true),
        ("osv-scalibr-spdx/sbom.spdx", true),
        ("osv-scalibr-spdx/sbom.spdx.foo.ext", false),
    ] {
        assert_eq!(looks_like_sbom(&dir.join(name)), yes, "{name}");
    }
    let mut files = Vec::new();
    walk(&data().join("sbom"), &mut files);
    let mut read_ok = BTreeMap::new();
    for f in files.iter().filter(|f| looks_like_sbom(f)) {
        // Named like an SBOM on purpose, to test that its content is refused.
        if f.to_string_lossy().contains("invalid_sbom") {
            continue;
        }
        let bytes = std::fs::read(f).unwrap_or_default();
        read_ok.insert(f.clone(), parse_sbom(f, &bytes).is_ok());
    }
    // Every file named like an SBOM in the corpus reads.
    assert!(read_ok.len() > 20);
    assert!(read_ok.values().all(|ok| *ok), "{read_ok:?}");
}

#[test]
fn spdx3_external_identifiers_and_relationships() {
    let doc = br#"{
      "@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld",
      "@graph": [
        {"type": "CreationInfo", "@id": "_:c", "specVersion": "3.0.1"},
        {"type": "SpdxDocument", "spdxId": "urn:doc", "name": "demo", "rootElement": ["urn:app"]},
        {"type": "software_Package", "spdxId": "urn:app", "name": "app", "software_packageVersion": "1.0"},
        {"type": "software_Package", "spdxId": "urn:lib", "name": "ignored-name",
         "software_packageVersion": "2.1.0",
         "externalIdentifier": [{"type": "ExternalIdentifier", "externalIdentifierType": "packageUrl",
                                 "identifier": "pkg:pypi/Requests_OAuthlib@2.1.0"}]},
        {"type": "Relationship", "spdxId": "urn:r1", "from": "urn:app", "relationshipType": "dependsOn", "to": ["urn:lib"]}
      ]}"#;
    let inv = parse_sbom(Path::new("x.spdx3.json"), doc).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(inv.format, "SPDX 3.0.1 JSON-LD");
    assert_eq!(inv.subject.as_deref(), Some("app@1.0"));
    let lib = inv
        .packages
        .iter()
        .find(|p| p.ecosystem == Some(Ecosystem::PyPI));
    assert_eq!(lib.map(|p| p.name.as_str()), Some("requests-oauthlib"));
    assert_eq!(
        lib.map(|p| p.path.join(" > ")).as_deref(),
        Some("app@1.0 > requests-oauthlib@2.1.0")
    );
    assert_eq!(
        lib.and_then(|p| p.origin.locator.as_deref()),
        Some("urn:lib")
    );
}

#[test]
fn oversized_files_are_refused_unread() {
    let big = vec![b' '; (mamori_vuln::sbom::MAX_SBOM_BYTES + 1) as usize];
    let e = parse_sbom(Path::new("big.cdx.json"), &big).err();
    assert!(matches!(e, Some(VulnError::TooLarge { .. })), "{e:?}");
}

/// A stand-in for the fuzz target: byte-level mutations of real SBOMs of each format must give
/// an inventory or an error, never a panic.
#[test]
fn mutated_sboms_do_not_panic() {
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for rel in [
        "sbom/cyclonedx/dependency-track/valid-boms/valid-bom-1.6.xml",
        "sbom/cyclonedx/dependency-track/valid-boms/valid-bom-1.6.json",
        "sbom/edge-cases/osv-scalibr-spdx/sbom.spdx",
        "sbom/spdx/spdx-examples/software/example11/spdx3.0/sbom.spdx3.json",
        "sbom/spdx/spdx-examples/software/example11/spdx2.3/sbom.spdx.json",
    ] {
        let orig = std::fs::read(data().join(rel)).unwrap_or_default();
        assert!(!orig.is_empty(), "{rel}");
        for _ in 0..300 {
            let mut b = orig.clone();
            for _ in 0..1 + next() % 4 {
                let i = (next() % b.len() as u64) as usize;
                match next() % 3 {
                    0 => b[i] = b"<>&\"{}[]:,/@%#?\n"[(next() % 16) as usize],
                    1 => {
                        b.remove(i);
                    }
                    _ => b.truncate(i.max(1)),
                }
            }
            let _ = parse_sbom(Path::new(rel), &b);
        }
    }
}
