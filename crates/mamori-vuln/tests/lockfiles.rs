//! Lockfile readers against trivy's integration fixtures and golden reports, and against small
//! hand-written lockfiles for the cases those fixtures do not cover.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use mamori_vuln::lockfile::{LockfileKind, lockfile_kind, parse_lockfile, read_lockfile};

/// The walker `mamori sbom scan DIR` uses.
fn discover(root: &Path) -> Vec<PathBuf> {
    let (found, errors) = mamori_vuln::inputs::discover(&[root.to_path_buf()]);
    assert!(errors.is_empty(), "{errors:?}");
    found
}
use mamori_vuln::{Ecosystem, Inventory, VulnError};
use serde_json::Value;

/// The shared test data: `$MAMORI_SHARED_DATA`, else `../../../shared/data` from the crate.
fn data() -> PathBuf {
    mamori_formats::testing::shared_data_dir().unwrap_or_else(|e| panic!("{e}"))
}

fn trivy() -> PathBuf {
    data().join("sbom/closed-world/trivy")
}

fn fixture(rel: &str) -> PathBuf {
    trivy().join("fixtures/repo").join(rel)
}

fn read(path: &Path) -> Inventory {
    read_lockfile(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

type Nv = (String, String);

fn set(inv: &Inventory, dev: Option<bool>) -> BTreeSet<Nv> {
    inv.packages
        .iter()
        .filter(|p| dev.is_none_or(|d| p.dev == d))
        .map(|p| (p.name.clone(), p.version.clone()))
        .collect()
}

fn nv(name: &str, version: &str) -> Nv {
    (name.to_string(), version.to_string())
}

/// One `Results[]` entry of a trivy golden report.
struct Golden {
    packages: Option<BTreeSet<Nv>>,
    lines: BTreeMap<Nv, u32>,
    dev: BTreeSet<Nv>,
    vulnerable: BTreeSet<Nv>,
}

fn golden(name: &str, target: &str) -> Golden {
    let path = trivy().join("golden").join(format!("{name}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let doc: Value = serde_json::from_str(&text).expect("golden JSON");
    let result = doc["Results"]
        .as_array()
        .expect("Results")
        .iter()
        .find(|r| r["Target"] == target)
        .unwrap_or_else(|| panic!("{name}: no result for {target}"));
    let mut lines = BTreeMap::new();
    let mut dev = BTreeSet::new();
    let packages = result["Packages"].as_array().map(|pkgs| {
        pkgs.iter()
            .map(|p| {
                let key = nv(p["Name"].as_str().unwrap(), p["Version"].as_str().unwrap());
                if let Some(l) = p["Locations"][0]["StartLine"].as_u64() {
                    lines.insert(key.clone(), l as u32);
                }
                if p["Dev"] == true {
                    dev.insert(key.clone());
                }
                key
            })
            .collect()
    });
    let vulnerable = result["Vulnerabilities"]
        .as_array()
        .map(|vs| {
            vs.iter()
                .map(|v| {
                    nv(
                        v["PkgName"].as_str().unwrap(),
                        v["InstalledVersion"].as_str().unwrap(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    Golden {
        packages,
        lines,
        dev,
        vulnerable,
    }
}

fn assert_ecosystem(inv: &Inventory, eco: Ecosystem) {
    for p in &inv.packages {
        assert_eq!(p.ecosystem.as_ref(), Some(&eco), "{}@{}", p.name, p.version);
    }
}

/// Every golden StartLine equals the line the reader gives the same package.
fn assert_lines(inv: &Inventory, g: &Golden) {
    assert!(!g.lines.is_empty(), "golden has no lines to compare");
    for (key, line) in &g.lines {
        let p = inv
            .packages
            .iter()
            .find(|p| p.name == key.0 && p.version == key.1)
            .unwrap_or_else(|| panic!("{key:?} missing"));
        assert_eq!(p.origin.line, Some(*line), "{key:?}");
    }
}

fn assert_vulnerable_listed(inv: &Inventory, g: &Golden, strip_v: bool) {
    assert!(!g.vulnerable.is_empty());
    let ours = set(inv, None);
    for (n, v) in &g.vulnerable {
        let v = if strip_v {
            v.trim_start_matches('v')
        } else {
            v
        };
        assert!(
            ours.contains(&nv(n, v)),
            "{n}@{v} not listed; have {ours:?}"
        );
    }
}

#[test]
fn cargo_lock_matches_trivy_including_the_root_crate() {
    let inv = read(&fixture("cargo/Cargo.lock"));
    let g = golden("cargo.lock", "Cargo.lock");
    assert_eq!(inv.format, "Cargo.lock v4");
    assert_ecosystem(&inv, Ecosystem::CratesIo);
    // trivy reads Cargo.toml beside the lock and drops what only `[dev-dependencies]` reach;
    // Cargo.lock alone does not say, so those stay listed: exactly the crates whose chain from
    // the project starts with a dev-dependency.
    let manifest: toml::Table = std::fs::read_to_string(fixture("cargo/Cargo.toml"))
        .unwrap()
        .parse()
        .unwrap();
    let dev_deps: BTreeSet<&str> = manifest["dev-dependencies"]
        .as_table()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let expected = g.packages.clone().unwrap();
    let ours = set(&inv, None);
    assert!(expected.is_subset(&ours));
    let extra: Vec<_> = ours.difference(&expected).collect();
    assert_eq!(extra.len(), 3, "{extra:?}");
    for (n, v) in extra {
        let p = inv
            .packages
            .iter()
            .find(|p| &p.name == n && &p.version == v)
            .unwrap();
        let first = p.path.get(1).and_then(|s| s.split('@').next()).unwrap();
        assert!(dev_deps.contains(first), "{n}: {:?}", p.path);
    }
    assert_lines(&inv, &g);
    let regex_syntax = inv
        .packages
        .iter()
        .find(|p| p.name == "regex-syntax")
        .unwrap();
    assert_eq!(
        regex_syntax.path,
        ["app@0.1.0", "regex@1.7.3", "regex-syntax@0.6.29"]
    );
    assert_eq!(
        regex_syntax.purl.as_deref(),
        Some("pkg:cargo/regex-syntax@0.6.29")
    );
    // Two versions of one crate stay apart and resolve by version.
    let libc = inv.packages.iter().find(|p| p.name == "libc").unwrap();
    assert_eq!(libc.path, ["app@0.1.0", "memchr@1.0.2", "libc@0.2.171"]);
}

#[test]
fn package_lock_v1_matches_trivy_with_and_without_dev() {
    let inv = read(&fixture("npm/package-lock.json"));
    assert_eq!(inv.format, "package-lock.json v1");
    assert_ecosystem(&inv, Ecosystem::Npm);
    let prod = golden("npm", "package-lock.json");
    let with_dev = golden("npm-with-dev", "package-lock.json");
    assert_eq!(set(&inv, Some(false)), prod.packages.clone().unwrap());
    assert_eq!(set(&inv, None), with_dev.packages.clone().unwrap());
    assert_eq!(set(&inv, Some(true)), with_dev.dev);
    assert_lines(&inv, &with_dev);
    assert_vulnerable_listed(&inv, &prod, false);
    // v1 has no root dependency list: what nothing requires hangs off the project.
    let asap = inv.packages.iter().find(|p| p.name == "asap").unwrap();
    // The fixture's project has a version but no name.
    assert_eq!(asap.path.first().map(String::as_str), Some("(root)"));
    assert_eq!(asap.path.last().map(String::as_str), Some("asap@2.0.6"));
    assert!(
        asap.path.iter().any(|p| p == "promise@8.0.3"),
        "{:?}",
        asap.path
    );
}

#[test]
fn yarn_v1_lists_every_entry_trivy_lists_plus_dev_ones() {
    let path = fixture("yarn/yarn.lock");
    let inv = read(&path);
    assert_eq!(inv.format, "yarn.lock v1");
    let g = golden("yarn", "yarn.lock");
    // trivy adds the project from package.json (Relationship root); it is no yarn.lock entry.
    let mut expected = g.packages.clone().unwrap();
    expected.remove(&nv("integration", "1.0.0"));
    let ours = set(&inv, None);
    assert!(expected.is_subset(&ours));
    // trivy drops what only package.json's devDependencies reach; yarn.lock alone cannot tell,
    // so those stay listed. They must be exactly the dev dependency and what it pulls in.
    let manifest: Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("yarn/package.json")).unwrap())
            .unwrap();
    let dev_names: BTreeSet<&str> = manifest["devDependencies"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let extra: BTreeSet<&str> = ours
        .difference(&expected)
        .map(|(n, _)| n.as_str())
        .collect();
    assert!(dev_names.is_subset(&extra), "{extra:?}");
    assert_eq!(extra, BTreeSet::from(["promise", "asap"]));
    assert_lines(&inv, &g);
}

#[test]
fn pnpm_v6_matches_trivy() {
    let inv = read(&fixture("pnpm/pnpm-lock.yaml"));
    assert_eq!(inv.format, "pnpm-lock.yaml v6.0");
    let g = golden("pnpm", "pnpm-lock.yaml");
    assert_eq!(set(&inv, None), g.packages.unwrap());
    assert!(
        inv.packages
            .iter()
            .all(|p| p.path.len() == 2 && p.path[0] == "." && !p.dev)
    );
}

#[test]
fn poetry_uv_pipfile_and_requirements_match_trivy() {
    let inv = read(&fixture("poetry/poetry.lock"));
    assert_ecosystem(&inv, Ecosystem::PyPI);
    assert_eq!(
        set(&inv, None),
        golden("poetry", "poetry.lock").packages.unwrap()
    );
    // Nothing depends on click or werkzeug: they are the roots; colorama comes through click.
    let colorama = inv.packages.iter().find(|p| p.name == "colorama").unwrap();
    assert_eq!(colorama.path, ["click@8.1.3", "colorama@0.4.6"]);

    let inv = read(&fixture("uv/uv.lock"));
    let mut expected = golden("uv", "uv.lock").packages.unwrap();
    // trivy lists the project itself (source virtual); it is no registry package.
    assert!(expected.remove(&nv("uv-test", "0.1.0")));
    assert_eq!(set(&inv, None), expected);
    assert!(inv.skipped.iter().any(|s| s.reason.contains("uv-test")));
    let colorama = inv.packages.iter().find(|p| p.name == "colorama").unwrap();
    assert_eq!(
        colorama.path,
        ["uv-test@0.1.0", "click@8.1.3", "colorama@0.4.6"]
    );

    let inv = read(&fixture("pipenv/Pipfile.lock"));
    let g = golden("pipenv", "Pipfile.lock");
    assert_eq!(set(&inv, None), g.packages.clone().unwrap());
    assert_lines(&inv, &g);

    let inv = read(&fixture("pip/requirements.txt"));
    let g = golden("pip", "requirements.txt");
    assert_eq!(set(&inv, None), g.packages.clone().unwrap());
    assert_lines(&inv, &g);
    assert_vulnerable_listed(&inv, &g, false);
    assert!(
        inv.skipped
            .iter()
            .any(|s| s.reason.starts_with("MarkupSafe>2.0.0")),
        "{:?}",
        inv.skipped
    );
    let werkzeug = inv.packages.iter().find(|p| p.name == "Werkzeug").unwrap();
    assert_eq!(werkzeug.purl.as_deref(), Some("pkg:pypi/werkzeug@0.11"));
}

#[test]
fn composer_and_nuget_match_trivy_with_lines() {
    let inv = read(&fixture("composer/composer.lock"));
    assert_ecosystem(&inv, Ecosystem::Packagist);
    let g = golden("composer.lock", "composer.lock");
    assert_eq!(set(&inv, None), g.packages.clone().unwrap());
    assert_lines(&inv, &g);
    let psr7 = inv
        .packages
        .iter()
        .find(|p| p.name == "guzzlehttp/psr7")
        .unwrap();
    assert_eq!(
        psr7.purl.as_deref(),
        Some("pkg:composer/guzzlehttp/psr7@1.8.3")
    );

    let inv = read(&fixture("nuget/packages.lock.json"));
    assert_ecosystem(&inv, Ecosystem::NuGet);
    let g = golden("nuget", "packages.lock.json");
    assert_eq!(set(&inv, None), g.packages.clone().unwrap());
    assert_lines(&inv, &g);
}

#[test]
fn go_mod_lists_trivys_vulnerable_modules_and_stdlib() {
    for (rel, target) in [
        ("gomod/go.mod", "go.mod"),
        ("gomod/submod/go.mod", "submod/go.mod"),
    ] {
        let inv = read(&fixture(rel));
        assert_ecosystem(&inv, Ecosystem::Go);
        // OSV spells Go versions without the `v` trivy keeps.
        assert_vulnerable_listed(&inv, &golden("gomod", target), true);
    }
    // For modules before Go 1.17, whose go.mod omits indirect requirements, trivy adds what
    // go.sum names. go.sum lists every module version the build graph ever considered (not
    // only the selected ones), so mamori, like osv-scanner, reads go.mod alone: the module
    // trivy finds in submod2 is in go.sum only.
    let g = golden("gomod", "submod2/go.mod");
    let inv = read(&fixture("gomod/submod2/go.mod"));
    let sum = std::fs::read_to_string(fixture("gomod/submod2/go.sum")).unwrap();
    for (n, v) in &g.vulnerable {
        assert!(!set(&inv, None).contains(&nv(n, v.trim_start_matches('v'))));
        assert!(sum.contains(&format!("{n} {v} ")), "{n} {v}");
    }
    assert_eq!(
        set(&inv, None),
        BTreeSet::from([
            nv("github.com/davecgh/go-spew", "1.1.0"),
            nv("stdlib", "1.15.0")
        ])
    );

    let inv = read(&fixture("gomod/go.mod"));
    let stdlib = inv.packages.iter().find(|p| p.name == "stdlib").unwrap();
    assert_eq!(stdlib.version, "1.17.0");
    let dist = inv
        .packages
        .iter()
        .find(|p| p.name == "github.com/docker/distribution")
        .unwrap();
    assert_eq!(
        dist.purl.as_deref(),
        Some("pkg:golang/github.com/docker/distribution@v2.7.1%2Bincompatible")
    );
    assert_eq!(dist.origin.line, Some(12));
    // 3 direct + 15 indirect requirements + stdlib.
    assert_eq!(inv.packages.len(), 19);
}

#[test]
fn pom_and_gradle_list_trivys_vulnerable_artifacts() {
    let inv = read(&fixture("pom/pom.xml"));
    assert_ecosystem(&inv, Ecosystem::Maven);
    assert_vulnerable_listed(&inv, &golden("pom", "pom.xml"), false);
    let junit = inv
        .packages
        .iter()
        .find(|p| p.name == "org.junit.jupiter:junit-jupiter-api")
        .unwrap();
    assert_eq!(junit.version, "5.7.1", "property interpolated");
    assert!(junit.dev, "test scope");
    assert_eq!(set(&inv, None).len(), 4, "the plugin is not a dependency");
    let jackson = inv
        .packages
        .iter()
        .find(|p| p.name.ends_with("jackson-databind"))
        .unwrap();
    assert_eq!(jackson.origin.line, Some(41));
    assert_eq!(
        jackson.purl.as_deref(),
        Some("pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.9.1")
    );

    let inv = read(&fixture("gradle/gradle.lockfile"));
    assert_vulnerable_listed(&inv, &golden("gradle", "gradle.lockfile"), false);
    assert_eq!(inv.packages.len(), 1);
    assert_eq!(inv.packages[0].origin.line, Some(4));
}

#[test]
fn spdx_examples_lockfiles_read() {
    let base = data().join("sbom/spdx/spdx-examples");
    if !base.exists() {
        return;
    }
    let cargo = base.join("software/example11/content/src/Cargo.lock");
    if cargo.exists() {
        let text = std::fs::read_to_string(&cargo).unwrap();
        let inv = read(&cargo);
        assert_eq!(inv.packages.len(), text.matches("[[package]]").count());
        assert!(
            inv.packages.iter().all(|p| !p.path.is_empty()),
            "every crate reachable from the root"
        );
        // The SPDX document made from the same sources names some crates with exact versions.
        let spdx: Value = serde_json::from_str(
            &std::fs::read_to_string(base.join("software/example11/spdx2.3/sbom.spdx.json"))
                .unwrap(),
        )
        .unwrap();
        let ours = set(&inv, None);
        let mut checked = 0;
        for p in spdx["packages"].as_array().unwrap() {
            let (Some(n), Some(v)) = (p["name"].as_str(), p["versionInfo"].as_str()) else {
                continue;
            };
            if v.split('.').count() == 3 && !n.ends_with("-src") {
                assert!(ours.contains(&nv(n, v)), "{n}@{v}");
                checked += 1;
            }
        }
        assert_eq!(checked, 2);
    }
    let gomod = base.join("software/example7/content/src/hello/go.mod");
    if gomod.exists() {
        let text = std::fs::read_to_string(&gomod).unwrap();
        let inv = read(&gomod);
        for p in inv.packages.iter().filter(|p| p.name != "stdlib") {
            assert!(
                text.contains(&format!("{} v{}", p.name, p.version)),
                "{}",
                p.name
            );
        }
        assert!(inv.packages.iter().any(|p| p.name == "stdlib"));
    }
    let pom = base.join("software/example8/content/examplemaven/pom.xml");
    if pom.exists() {
        let inv = read(&pom);
        assert_eq!(
            set(&inv, None),
            BTreeSet::from([
                nv("junit:junit", "3.8.1"),
                nv("org.apache.logging.log4j:log4j-slf4j-impl", "2.15.0")
            ])
        );
        assert_eq!(
            set(&inv, Some(true)),
            BTreeSet::from([nv("junit:junit", "3.8.1")])
        );
    }
    let reqs = base.join("ai/example02/content/requirements.txt");
    if reqs.exists() {
        let text = std::fs::read_to_string(&reqs).unwrap();
        let inv = read(&reqs);
        let pinned = text.lines().filter(|l| l.contains("==")).count();
        assert_eq!(inv.packages.len(), pinned);
        assert!(pinned > 0);
    }
    let gemfile = base.join("software/example12/content/hello/Gemfile.lock");
    if gemfile.exists() {
        let inv = read(&gemfile);
        assert_ecosystem(&inv, Ecosystem::RubyGems);
        let text = std::fs::read_to_string(&gemfile).unwrap();
        for p in &inv.packages {
            assert!(
                text.contains(&format!("    {} ({}", p.name, p.version)),
                "{}",
                p.name
            );
        }
        assert!(!inv.packages.is_empty());
    }
}

#[test]
fn discover_finds_the_trivy_lockfiles_and_skips_node_modules() {
    let repo = trivy().join("fixtures/repo");
    let found = discover(&repo);
    let rel: Vec<String> = found
        .iter()
        .map(|p| {
            p.strip_prefix(&repo)
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    for want in [
        "cargo/Cargo.lock",
        "npm/package-lock.json",
        "yarn/yarn.lock",
        "pnpm/pnpm-lock.yaml",
        "pip/requirements.txt",
        "poetry/poetry.lock",
        "pipenv/Pipfile.lock",
        "uv/uv.lock",
        "gomod/go.mod",
        "gomod/submod/go.mod",
        "gomod/submod2/go.mod",
        "pom/pom.xml",
        "gradle/gradle.lockfile",
        "composer/composer.lock",
        "nuget/packages.lock.json",
    ] {
        assert!(rel.iter().any(|r| r == want), "{want} not found in {rel:?}");
    }
    assert!(rel.iter().all(|r| !r.contains("node_modules")));
    let mut sorted = found.clone();
    sorted.sort();
    assert_eq!(found, sorted);
    assert!(found.iter().all(|p| lockfile_kind(p).is_some()));
    // Everything found parses.
    for p in &found {
        read(p);
    }
    // A file root is itself.
    let one = fixture("cargo/Cargo.lock");
    assert_eq!(discover(&one), vec![one]);
}

#[test]
fn discover_does_not_loop_on_symlinks_and_skips_vcs_and_installed_trees() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("a/b")).unwrap();
    std::fs::create_dir_all(root.join(".git")).unwrap();
    std::fs::create_dir_all(root.join("node_modules/x")).unwrap();
    std::fs::create_dir_all(root.join("vendor/y")).unwrap();
    std::fs::write(root.join("a/b/go.mod"), "module m\n").unwrap();
    std::fs::write(root.join("a/Cargo.lock"), "").unwrap();
    std::fs::write(root.join(".git/yarn.lock"), "").unwrap();
    std::fs::write(root.join("node_modules/x/package-lock.json"), "{}").unwrap();
    std::fs::write(root.join("vendor/y/go.mod"), "module y\n").unwrap();
    std::fs::write(root.join("requirements-dev.txt"), "").unwrap();
    std::fs::write(root.join("README.txt"), "").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(root, root.join("a/b/loop")).unwrap();
    let found = discover(root);
    let rel: Vec<_> = found
        .iter()
        .map(|p| p.strip_prefix(root).unwrap().to_path_buf())
        .collect();
    assert_eq!(
        rel,
        [
            PathBuf::from("a/Cargo.lock"),
            PathBuf::from("a/b/go.mod"),
            PathBuf::from("requirements-dev.txt")
        ]
    );
}

#[test]
fn kinds_by_name_and_place() {
    let k = |p: &str| lockfile_kind(Path::new(p));
    assert_eq!(k("x/Cargo.lock"), Some(LockfileKind::CargoLock));
    assert_eq!(
        k("requirements-prod.txt"),
        Some(LockfileKind::RequirementsTxt)
    );
    assert_eq!(
        k("rootfs/var/lib/dpkg/status"),
        Some(LockfileKind::DpkgStatus)
    );
    assert_eq!(k("status"), None);
    assert_eq!(
        k("rootfs/lib/apk/db/installed"),
        Some(LockfileKind::ApkInstalled)
    );
    assert_eq!(k("installed"), None);
    assert_eq!(k("notes.txt"), None);
    for kind in LockfileKind::ALL {
        assert!(!kind.name().is_empty());
    }
}

fn write(dir: &Path, rel: &str, text: &str) -> PathBuf {
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(&p, text).unwrap();
    p
}

fn parse_err_at(path: &Path, text: &str) -> String {
    match parse_lockfile(path, text.as_bytes()) {
        Err(VulnError::Parse { at, .. }) => at,
        other => panic!("{}: expected a parse error, got {other:?}", path.display()),
    }
}

#[test]
fn yarn_berry_skips_workspace_and_patch_entries() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "yarn.lock",
        r#"# This file is generated by running "yarn install" inside your project.

__metadata:
  version: 8
  cacheKey: 10c0

"@babel/code-frame@npm:^7.0.0, @babel/code-frame@npm:^7.8.3":
  version: 7.22.13
  resolution: "@babel/code-frame@npm:7.22.13"
  languageName: node
  linkType: hard

"app@workspace:.":
  version: 0.0.0-use.local
  resolution: "app@workspace:."
  languageName: unknown
  linkType: soft

"fsevents@patch:fsevents@npm%3A2.3.3#~builtin<compat/fsevents>":
  version: 2.3.3
  resolution: "fsevents@patch:fsevents@npm%3A2.3.3#~builtin<compat/fsevents>::version=2.3.3&hash=df0bf1"
  languageName: node
  linkType: hard

"fsevents@npm:2.3.3":
  version: 2.3.3
  resolution: "fsevents@npm:2.3.3"
  languageName: node
  linkType: hard

"lodash-alias@npm:lodash@4.17.21":
  version: 4.17.21
  resolution: "lodash-alias@npm:lodash@4.17.21"
  languageName: node
  linkType: hard
"#,
    );
    let inv = read(&p);
    assert_eq!(inv.format, "yarn.lock v8 (berry)");
    assert_eq!(
        set(&inv, None),
        BTreeSet::from([
            nv("@babel/code-frame", "7.22.13"),
            nv("fsevents", "2.3.3"),
            nv("lodash", "4.17.21")
        ])
    );
    let babel = inv
        .packages
        .iter()
        .find(|p| p.name == "@babel/code-frame")
        .unwrap();
    assert_eq!(babel.origin.line, Some(7));
    assert_eq!(
        babel.purl.as_deref(),
        Some("pkg:npm/%40babel/code-frame@7.22.13")
    );
    assert_eq!(inv.skipped.len(), 2, "{:?}", inv.skipped);
    assert!(inv.skipped.iter().any(|s| s.reason.contains("workspace:")));
    assert!(inv.skipped.iter().any(|s| s.reason.contains("patch:")));
}

#[test]
fn pnpm_v9_dev_from_importers_and_peer_suffixes_stripped() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "pnpm-lock.yaml",
        r#"lockfileVersion: '9.0'

settings:
  autoInstallPeers: true

importers:

  .:
    dependencies:
      react-dom:
        specifier: ^18.2.0
        version: 18.2.0(react@18.2.0)
      react:
        specifier: ^18.2.0
        version: 18.2.0
    devDependencies:
      '@types/node':
        specifier: ^20
        version: 20.1.0
      local:
        specifier: link:../local
        version: link:../local

packages:

  '@types/node@20.1.0':
    resolution: {integrity: sha512-x}

  loose-envify@1.4.0:
    resolution: {integrity: sha512-y}

  react-dom@18.2.0:
    resolution: {integrity: sha512-z}
    peerDependencies:
      react: ^18.2.0

  react@18.2.0:
    resolution: {integrity: sha512-w}

snapshots:

  '@types/node@20.1.0': {}

  loose-envify@1.4.0: {}

  react-dom@18.2.0(react@18.2.0):
    dependencies:
      loose-envify: 1.4.0
      react: 18.2.0

  react@18.2.0:
    dependencies:
      loose-envify: 1.4.0
"#,
    );
    let inv = read(&p);
    assert_eq!(inv.format, "pnpm-lock.yaml v9.0");
    assert_eq!(
        set(&inv, None),
        BTreeSet::from([
            nv("@types/node", "20.1.0"),
            nv("loose-envify", "1.4.0"),
            nv("react", "18.2.0"),
            nv("react-dom", "18.2.0"),
        ])
    );
    assert_eq!(
        set(&inv, Some(true)),
        BTreeSet::from([nv("@types/node", "20.1.0")])
    );
    let le = inv
        .packages
        .iter()
        .find(|p| p.name == "loose-envify")
        .unwrap();
    assert_eq!(le.path.len(), 3, "{:?}", le.path);
    assert_eq!(le.origin.line, Some(29));
    let types = inv
        .packages
        .iter()
        .find(|p| p.name == "@types/node")
        .unwrap();
    assert_eq!(types.origin.line, Some(26));
}

#[test]
fn pnpm_v5_keys() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "pnpm-lock.yaml",
        "lockfileVersion: 5.4\n\nspecifiers:\n  a: ^1\n\ndependencies:\n  a: 1.0.0_b@2.0.0\n\npackages:\n\n  /a/1.0.0_b@2.0.0:\n    resolution: {integrity: x}\n    dependencies:\n      '@s/b': 2.0.0\n    dev: false\n\n  /@s/b/2.0.0:\n    resolution: {integrity: y}\n    dev: true\n",
    );
    let inv = read(&p);
    assert_eq!(
        set(&inv, None),
        BTreeSet::from([nv("a", "1.0.0"), nv("@s/b", "2.0.0")])
    );
    let b = inv.packages.iter().find(|p| p.name == "@s/b").unwrap();
    assert!(b.dev);
    assert_eq!(b.path, [".", "a@1.0.0", "@s/b@2.0.0"]);
}

#[test]
fn package_lock_v1_nested_and_v3_links() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "v1/package-lock.json",
        r#"{
  "name": "app",
  "version": "1.0.0",
  "lockfileVersion": 1,
  "dependencies": {
    "a": {
      "version": "1.0.0",
      "requires": { "b": "^1.0.0" },
      "dependencies": {
        "b": {
          "version": "1.5.0"
        }
      }
    },
    "b": {
      "version": "2.0.0",
      "dev": true
    },
    "c": {
      "version": "npm:d@3.0.0"
    }
  }
}"#,
    );
    let inv = read(&p);
    assert_eq!(
        set(&inv, None),
        BTreeSet::from([
            nv("a", "1.0.0"),
            nv("b", "1.5.0"),
            nv("b", "2.0.0"),
            nv("d", "3.0.0")
        ])
    );
    let nested = inv.packages.iter().find(|p| p.version == "1.5.0").unwrap();
    assert_eq!(nested.path, ["app@1.0.0", "a@1.0.0", "b@1.5.0"]);
    assert_eq!(nested.origin.line, Some(10));
    assert!(!nested.dev);
    assert!(
        inv.packages
            .iter()
            .find(|p| p.version == "2.0.0")
            .unwrap()
            .dev
    );

    let p = write(
        dir.path(),
        "v3/package-lock.json",
        r#"{
  "name": "app",
  "version": "1.0.0",
  "lockfileVersion": 3,
  "packages": {
    "": {
      "name": "app",
      "dependencies": { "@scope/x": "^1", "lib": "*" },
      "devDependencies": { "jest": "^29" }
    },
    "node_modules/@scope/x": {
      "version": "1.2.3",
      "dependencies": { "y": "^2" }
    },
    "node_modules/@scope/x/node_modules/y": {
      "version": "2.0.0"
    },
    "node_modules/y": {
      "version": "1.0.0"
    },
    "node_modules/jest": {
      "version": "29.0.0",
      "dev": true
    },
    "node_modules/lib": {
      "resolved": "packages/lib",
      "link": true
    },
    "packages/lib": {
      "version": "0.1.0"
    }
  }
}"#,
    );
    let inv = read(&p);
    assert_eq!(inv.format, "package-lock.json v3");
    assert_eq!(
        set(&inv, None),
        BTreeSet::from([
            nv("@scope/x", "1.2.3"),
            nv("y", "2.0.0"),
            nv("y", "1.0.0"),
            nv("jest", "29.0.0")
        ])
    );
    let y2 = inv
        .packages
        .iter()
        .find(|p| p.name == "y" && p.version == "2.0.0")
        .unwrap();
    assert_eq!(y2.path, ["app@1.0.0", "@scope/x@1.2.3", "y@2.0.0"]);
    assert_eq!(y2.origin.line, Some(15));
    let x = inv.packages.iter().find(|p| p.name == "@scope/x").unwrap();
    assert_eq!(x.purl.as_deref(), Some("pkg:npm/%40scope/x@1.2.3"));
    assert_eq!(
        set(&inv, Some(true)),
        BTreeSet::from([nv("jest", "29.0.0")])
    );
}

#[test]
fn requirements_follow_includes_once_and_skip_unpinned() {
    let dir = tempfile::tempdir().unwrap();
    let main = write(
        dir.path(),
        "requirements.txt",
        "# top\n-r sub/requirements-base.txt\nrequests[security,socks] == 2.31.0 ; python_version >= \"3.8\" \\\n    --hash=sha256:abc \\\n    --hash=sha256:def\nflask>=2.0\n-e git+https://example.invalid/x.git#egg=x\nDjango===4.2.1  # pinned\nurllib3==1.26.*\n-r missing.txt\n",
    );
    write(
        dir.path(),
        "sub/requirements-base.txt",
        "six==1.16.0\n-r ../requirements.txt\n",
    );
    let inv = read(&main);
    assert_eq!(
        set(&inv, None),
        BTreeSet::from([
            nv("six", "1.16.0"),
            nv("requests", "2.31.0"),
            nv("Django", "4.2.1")
        ])
    );
    let six = inv.packages.iter().find(|p| p.name == "six").unwrap();
    assert!(six.origin.file.ends_with("sub/requirements-base.txt"));
    assert_eq!(six.origin.line, Some(1));
    let requests = inv.packages.iter().find(|p| p.name == "requests").unwrap();
    assert_eq!(requests.origin.line, Some(3));
    assert!(requests.origin.file.ends_with("requirements.txt"));
    let reasons: Vec<&str> = inv.skipped.iter().map(|s| s.reason.as_str()).collect();
    assert!(
        reasons.iter().any(|r| r.starts_with("flask>=2.0")),
        "{reasons:?}"
    );
    assert!(
        reasons.iter().any(|r| r.starts_with("urllib3==1.26.*")),
        "{reasons:?}"
    );
    assert!(
        reasons.iter().any(|r| r.contains("missing.txt")),
        "{reasons:?}"
    );
    assert!(
        reasons.iter().any(|r| r.contains("editable")),
        "{reasons:?}"
    );
}

#[test]
fn dpkg_status_keeps_binary_versions_and_reads_the_release() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "etc/os-release",
        "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\nVERSION_ID=\"12\"\n",
    );
    let status = write(
        dir.path(),
        "var/lib/dpkg/status",
        "Package: libssl3\nStatus: install ok installed\nPriority: optional\nArchitecture: amd64\nSource: openssl (3.0.11-1~deb12u2)\nVersion: 3.0.11-1~deb12u2+b1\nDescription: Secure Sockets Layer toolkit\n multi-line description\n .\n more\n\nPackage: removed-pkg\nStatus: deinstall ok config-files\nVersion: 1.0\n\nPackage: bash\nStatus: install ok installed\nArchitecture: amd64\nVersion: 5.2.15-2+b2\n",
    );
    let inv = read(&status);
    assert_ecosystem(&inv, Ecosystem::Debian);
    assert_eq!(
        set(&inv, None),
        BTreeSet::from([
            nv("libssl3", "3.0.11-1~deb12u2+b1"),
            nv("bash", "5.2.15-2+b2")
        ])
    );
    let ssl = inv.packages.iter().find(|p| p.name == "libssl3").unwrap();
    assert_eq!(ssl.source_name.as_deref(), Some("openssl"));
    assert_eq!(ssl.release.as_deref(), Some("12"));
    assert_eq!(ssl.match_name().as_deref(), Some("openssl"));
    assert_eq!(ssl.origin.line, Some(1));
    assert_eq!(
        ssl.purl.as_deref(),
        Some(
            "pkg:deb/debian/libssl3@3.0.11-1~deb12u2%2Bb1?arch=amd64&distro=debian-12&upstream=openssl"
        )
    );
    let bash = inv.packages.iter().find(|p| p.name == "bash").unwrap();
    assert_eq!(bash.source_name, None);
    assert_eq!(bash.origin.line, Some(16));
}

#[test]
fn apk_installed_reads_origin_and_release() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "etc/os-release",
        "NAME=\"Alpine Linux\"\nID=alpine\nVERSION_ID=3.18.4\n",
    );
    let db = write(
        dir.path(),
        "lib/apk/db/installed",
        "C:Q1abc=\nP:musl\nV:1.2.4-r2\nA:x86_64\nS:383152\no:musl\nm:Timo\n\nC:Q1def=\nP:libcrypto3\nV:3.1.4-r0\nA:x86_64\no:openssl\nF:lib\nR:libcrypto.so.3\n",
    );
    let inv = read(&db);
    assert_ecosystem(&inv, Ecosystem::Alpine);
    assert_eq!(
        set(&inv, None),
        BTreeSet::from([nv("musl", "1.2.4-r2"), nv("libcrypto3", "3.1.4-r0")])
    );
    let crypto = inv
        .packages
        .iter()
        .find(|p| p.name == "libcrypto3")
        .unwrap();
    assert_eq!(crypto.source_name.as_deref(), Some("openssl"));
    assert_eq!(crypto.release.as_deref(), Some("v3.18"));
    assert_eq!(crypto.origin.line, Some(9));
    let musl = inv.packages.iter().find(|p| p.name == "musl").unwrap();
    assert_eq!(musl.source_name, None);
}

#[test]
fn poetry_groups_and_categories_decide_dev() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "poetry.lock",
        r#"[[package]]
name = "pytest"
version = "8.0.0"
groups = ["dev"]

[package.dependencies]
pluggy = ">=1.3"

[[package]]
name = "pluggy"
version = "1.4.0"
groups = ["dev"]

[[package]]
name = "requests"
version = "2.31.0"
groups = ["main", "dev"]

[[package]]
name = "old-style"
version = "1.0"
category = "dev"

[[package]]
name = "mylib"
version = "0.1.0"

[package.source]
type = "directory"
url = "../mylib"

[metadata]
lock-version = "2.1"
"#,
    );
    let inv = read(&p);
    assert_eq!(inv.format, "poetry.lock v2.1");
    assert_eq!(
        set(&inv, Some(true)),
        BTreeSet::from([
            nv("pytest", "8.0.0"),
            nv("pluggy", "1.4.0"),
            nv("old-style", "1.0")
        ])
    );
    assert_eq!(
        set(&inv, Some(false)),
        BTreeSet::from([nv("requests", "2.31.0")])
    );
    assert!(inv.skipped.iter().any(|s| s.reason.contains("mylib")));
    let pluggy = inv.packages.iter().find(|p| p.name == "pluggy").unwrap();
    assert_eq!(pluggy.path, ["pytest@8.0.0", "pluggy@1.4.0"]);
    assert_eq!(pluggy.origin.line, Some(9));
}

#[test]
fn go_mod_replacements_apply_and_local_ones_skip() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "go.mod",
        "module example.com/m\n\ngo 1.22\n\ntoolchain go1.22.3\n\nrequire (\n\tgolang.org/x/net v0.17.0\n\texample.com/local v1.0.0 // indirect\n\t\"example.com/quoted\" v0.1.0\n)\n\nrequire golang.org/x/text v0.3.0\n\nreplace golang.org/x/net => golang.org/x/net v0.23.0\nreplace example.com/local => ../local\nreplace golang.org/x/text v0.1.0 => golang.org/x/text v0.99.0\n",
    );
    let inv = read(&p);
    assert_eq!(
        set(&inv, None),
        BTreeSet::from([
            nv("golang.org/x/net", "0.23.0"),
            nv("example.com/quoted", "0.1.0"),
            nv("golang.org/x/text", "0.3.0"),
            nv("stdlib", "1.22.3"),
        ])
    );
    assert!(
        inv.skipped
            .iter()
            .any(|s| s.reason.contains("example.com/local"))
    );
}

#[test]
fn pom_properties_and_dependency_management() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "pom.xml",
        r#"<?xml version="1.0"?>
<project>
  <parent><groupId>org.x</groupId><artifactId>parent</artifactId><version>7.0</version></parent>
  <artifactId>child</artifactId>
  <properties><lib.version>1.2.3</lib.version><nested>${lib.version}</nested></properties>
  <dependencyManagement>
    <dependencies>
      <dependency><groupId>org.m</groupId><artifactId>managed</artifactId><version>${nested}</version></dependency>
      <dependency><groupId>org.b</groupId><artifactId>bom</artifactId><version>1</version><scope>import</scope><type>pom</type></dependency>
    </dependencies>
  </dependencyManagement>
  <dependencies>
    <dependency><groupId>org.m</groupId><artifactId>managed</artifactId></dependency>
    <dependency><groupId>${project.groupId}</groupId><artifactId>sibling</artifactId><version>${project.version}</version></dependency>
    <dependency><groupId>org.u</groupId><artifactId>unknown</artifactId><version>${undefined}</version></dependency>
    <dependency><groupId>org.p</groupId><artifactId>from-parent</artifactId></dependency>
    <dependency><groupId>org.e</groupId><artifactId>esc&amp;aped</artifactId><version>2.0</version></dependency>
  </dependencies>
</project>"#,
    );
    let inv = read(&p);
    assert_eq!(
        set(&inv, None),
        BTreeSet::from([
            nv("org.m:managed", "1.2.3"),
            nv("org.x:sibling", "7.0"),
            nv("org.e:esc&aped", "2.0"),
        ])
    );
    assert_eq!(inv.skipped.len(), 3, "{:?}", inv.skipped);
    let managed = inv
        .packages
        .iter()
        .find(|p| p.name == "org.m:managed")
        .unwrap();
    assert_eq!(managed.origin.line, Some(8));
}

#[test]
fn gemfile_lock_strips_platforms_and_skips_git_gems() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "Gemfile.lock",
        "GIT\n  remote: https://example.invalid/x.git\n  revision: abc\n  specs:\n    xgem (0.1.0)\n\nGEM\n  remote: https://rubygems.org/\n  specs:\n    nokogiri (1.15.4-x86_64-linux)\n      racc (~> 1.4)\n    racc (1.7.1)\n    rails-html (1.0.0-beta)\n\nPLATFORMS\n  x86_64-linux\n\nDEPENDENCIES\n  nokogiri\n  xgem!\n\nBUNDLED WITH\n   2.4.10\n",
    );
    let inv = read(&p);
    assert_eq!(inv.format, "Gemfile.lock (bundler 2.4.10)");
    assert_eq!(
        set(&inv, None),
        BTreeSet::from([
            nv("nokogiri", "1.15.4"),
            nv("racc", "1.7.1"),
            nv("rails-html", "1.0.0-beta")
        ])
    );
    let racc = inv.packages.iter().find(|p| p.name == "racc").unwrap();
    assert_eq!(racc.path, ["nokogiri@1.15.4", "racc@1.7.1"]);
    assert_eq!(racc.origin.line, Some(12));
    assert!(inv.skipped.iter().any(|s| s.reason.contains("xgem")));
}

#[test]
fn malformed_inputs_say_where() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert_eq!(
        parse_err_at(
            &d.join("package-lock.json"),
            "{\n  \"lockfileVersion\": 2,\n  \"packages\": {,\n}"
        ),
        "line 3, column 16"
    );
    assert!(
        parse_err_at(
            &d.join("Cargo.lock"),
            "version = 3\n\n[[package]\nname = \"x\"\n"
        )
        .starts_with("line 3,")
    );
    assert!(parse_err_at(&d.join("poetry.lock"), "[[package]]\nname = \n").starts_with("line 2,"));
    assert!(
        parse_err_at(
            &d.join("pnpm-lock.yaml"),
            "lockfileVersion: '9.0'\npackages:\n  a: [1, 2\n  b: c\n"
        )
        .starts_with("line ")
    );
    assert_eq!(
        parse_err_at(
            &d.join("yarn.lock"),
            "# yarn lockfile v1\n\nfoo@^1:\n  version \"1.0.0\"\nbroken\n"
        ),
        "line 5, column 1"
    );
    assert_eq!(
        parse_err_at(&d.join("go.mod"), "module m\n\nrequire (\n  a\n)\n"),
        "line 4, column 1"
    );
    assert!(
        parse_err_at(
            &d.join("pom.xml"),
            "<project>\n<dependencies>\n</project>\n"
        )
        .starts_with("line 3,")
    );
    assert_eq!(
        parse_err_at(&d.join("gradle.lockfile"), "# c\nonly:two=x\n"),
        "line 2, column 1"
    );
    assert_eq!(
        parse_err_at(&d.join("Gemfile.lock"), "GEM\n  specs:\n    noversion\n"),
        "line 3, column 5"
    );
    assert_eq!(
        parse_err_at(&d.join("Pipfile.lock"), "[1,\n 2,,]"),
        "line 2, column 4"
    );
    assert_eq!(
        parse_err_at(
            &d.join("var/lib/dpkg/status"),
            "Package: a\nno colon here\n"
        ),
        "line 2, column 1"
    );
    match parse_lockfile(Path::new("requirements.txt"), b"a==1\n\xff\xfe") {
        Err(VulnError::Parse { at, .. }) => assert_eq!(at, "line 2, column 1"),
        other => panic!("{other:?}"),
    }
    match parse_lockfile(Path::new("notes.md"), b"") {
        Err(VulnError::Unsupported { .. }) => {}
        other => panic!("{other:?}"),
    }
}

#[test]
fn oversized_input_is_refused_unread() {
    let big = vec![b' '; (mamori_vuln::lockfile::MAX_LOCKFILE_BYTES + 1) as usize];
    match parse_lockfile(Path::new("go.mod"), &big) {
        Err(VulnError::TooLarge { .. }) => {}
        other => panic!("{other:?}"),
    }
}

/// A cheap stand-in for the fuzz target in CI: every fixture cut short at many points and with
/// bytes overwritten must give a result or an error, never a panic.
#[test]
fn truncated_and_mutated_fixtures_never_panic() {
    let repo = trivy().join("fixtures/repo");
    for path in discover(&repo) {
        let bytes = std::fs::read(&path).unwrap();
        let step = (bytes.len() / 40).max(1);
        for cut in (0..bytes.len()).step_by(step) {
            let _ = parse_lockfile(&path, &bytes[..cut]);
            for junk in [b'{', b'"', b'\n', b'[', b':', b'@', b'(', b'<', 0xff] {
                let mut m = bytes.clone();
                m[cut] = junk;
                let _ = parse_lockfile(&path, &m);
            }
        }
    }
}

#[test]
fn yarn_v1_local_and_git_entries_are_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "yarn.lock",
        "# yarn lockfile v1\n\n\"@s/a@^1.0.0\", \"@s/a@^1.1.0\":\n  version \"1.2.0\"\n\nlocal@file:../local:\n  version \"0.0.1\"\n\ngitdep@github:u/r#abc:\n  version \"3.0.0\"\n\nalias@npm:real@^2:\n  version \"2.1.0\"\n",
    );
    let inv = read(&p);
    assert_eq!(
        set(&inv, None),
        BTreeSet::from([nv("@s/a", "1.2.0"), nv("real", "2.1.0")])
    );
    assert_eq!(inv.packages[0].origin.line, Some(3));
    assert_eq!(inv.skipped.len(), 2, "{:?}", inv.skipped);
}
