//! Every comparison in osv-scalibr's version fixtures (`A <op> B` per line), in both
//! directions, for the scheme each fixture belongs to.
//!
//! Run with `MAMORI_SHARED_DATA=/work/shared/data` when the shared data is not beside the
//! workspace.

use std::cmp::Ordering;
use std::path::PathBuf;

use mamori_vuln::version::Scheme;

fn shared_data() -> PathBuf {
    mamori_formats::testing::shared_data_dir().unwrap_or_else(|e| panic!("{e}"))
}

fn fixture_dir() -> PathBuf {
    shared_data().join("sbom/version-compare/osv-scalibr-semantic")
}

/// The schemes a fixture file applies to, by its name (`semver-versions.txt`,
/// `pypi-versions-generated.txt`, ...). SemVer fixtures serve npm, crates.io, Hex and Go
/// alike in osv-scalibr, so they run for both SemVer and Go.
fn schemes_for(file: &str) -> Vec<Scheme> {
    let eco = file.split("-versions").next().unwrap_or(file);
    match eco {
        "semver" => vec![Scheme::Semver, Scheme::Go],
        "pypi" => vec![Scheme::Pypi],
        "maven" => vec![Scheme::Maven],
        "rubygems" => vec![Scheme::RubyGems],
        "nuget" => vec![Scheme::NuGet],
        "packagist" => vec![Scheme::Packagist],
        "pub" => vec![Scheme::Pub],
        "hackage" => vec![Scheme::Hackage],
        "cran" => vec![Scheme::Cran],
        "debian" => vec![Scheme::Debian],
        "alpine" => vec![Scheme::Alpine],
        "redhat" => vec![Scheme::Rpm],
        other => panic!("fixture {file}: no scheme for ecosystem {other:?}"),
    }
}

/// Fixture lines (file, line text) that contradict the ecosystem's own tool, with the reason.
/// The test asserts that these, and only these, fail.
const KNOWN_WRONG: &[(&str, &str, &str)] = &[
    (
        "alpine-versions.txt",
        "1-ruff2 = 1--ruff1",
        "the fixture's own comment says latest apk-tools gives `<` and apk-tools 2 gives `>`; `=` \
         is osv-scalibr's, whose rule (malformed versions compare as strings, but equal to \
         well-formed ones with leftovers) is not transitive; mamori gives `<`",
    ),
    (
        "packagist-versions.txt",
        "1.2.3.# = 1.2.3.1",
        "PHP's version_compare turns every non-alphanumeric character after the first into a \
         separator, so `1.2.3.#` is `1.2.3`, which is less than `1.2.3.1`; osv-scalibr keeps `#` \
         as a word equal to any number, which also makes `1.2.3.# = 1.2.3` non-transitive",
    ),
    (
        "maven-versions.txt",
        "1-1 = 1-ga-1",
        "Maven 3.8.7's ComparableVersion (checked with the jar) gives 1-1 > 1-ga-1: `ga` is trimmed \
     from [1, [ga, [1]]] leaving [1, [[1]]], and a number beats a list; only the pom.html \
     prose and osv-scalibr's re-implementation call them equal",
    ),
];

fn op(s: &str) -> Option<Ordering> {
    match s {
        "<" => Some(Ordering::Less),
        "=" => Some(Ordering::Equal),
        ">" => Some(Ordering::Greater),
        _ => None,
    }
}

#[test]
fn every_fixture_line_in_both_directions() {
    let dir = fixture_dir();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e} (set MAMORI_SHARED_DATA)", dir.display()))
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 12,
        "expected the 12 fixture files, found {files:?}"
    );

    let mut failures = Vec::new();
    let mut total = 0;
    for file in &files {
        let text =
            std::fs::read_to_string(dir.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        for scheme in schemes_for(file) {
            let (mut checked, mut passed) = (0, 0);
            for (n, line) in text.lines().enumerate() {
                if line.is_empty() || line.starts_with("# ") || line.starts_with("// ") {
                    continue;
                }
                let pieces: Vec<&str> = line.split(' ').collect();
                let [a, o, b] = pieces[..] else {
                    panic!("{file}:{}: not `A <op> B`: {line:?}", n + 1);
                };
                let want = op(o).unwrap_or_else(|| panic!("{file}:{}: bad op {o:?}", n + 1));
                checked += 1;
                let forward = scheme.compare(a, b);
                let backward = scheme.compare(b, a);
                match (forward, backward) {
                    (Ok(f), Ok(r)) if f == want && r == want.reverse() => passed += 1,
                    (f, r) => failures.push((
                        file.clone(),
                        scheme,
                        line.to_string(),
                        format!("{}:{}: {line}: got {f:?} / reverse {r:?}", file, n + 1),
                    )),
                }
            }
            total += checked;
            println!("{file} as {}: {passed}/{checked}", scheme.name());
        }
    }
    println!("{total} fixture lines checked");

    let unexpected: Vec<_> = failures
        .iter()
        .filter(|(f, _, l, _)| !KNOWN_WRONG.iter().any(|(kf, kl, _)| kf == f && kl == l))
        .map(|(_, s, _, msg)| format!("[{}] {msg}", s.name()))
        .collect();
    assert!(
        unexpected.is_empty(),
        "{} fixture comparisons failed:\n{}",
        unexpected.len(),
        unexpected.join("\n")
    );
    for (kf, kl, why) in KNOWN_WRONG {
        assert!(
            failures.iter().any(|(f, _, l, _)| f == kf && l == kl),
            "known-wrong line now passes, remove it: {kf}: {kl} ({why})"
        );
    }
}

#[test]
fn fixtures_are_not_vacuous() {
    // A comparator that always answered Equal would pass the `=` lines only.
    let less = Scheme::Semver.compare("1.0.0", "2.0.0").ok();
    assert_eq!(less, Some(Ordering::Less));
}

/// Differential check against the ecosystems' own tools: reads `scheme<TAB>a<TAB>b` lines from
/// the file named by `MAMORI_VERSION_PAIRS` and prints `a<TAB>op<TAB>b` (or `a<TAB>ERR<TAB>b`),
/// to be diffed with the same pairs run through `dpkg --compare-versions`, Python `packaging`
/// or Maven's `ComparableVersion`.
#[test]
#[ignore = "needs MAMORI_VERSION_PAIRS; a tool for differential checks"]
fn print_comparisons_for_differential_check() {
    let Some(path) = std::env::var_os("MAMORI_VERSION_PAIRS") else {
        return;
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
    let mut out = String::new();
    for line in text.lines() {
        let mut f = line.split('\t');
        let (Some(s), Some(a), Some(b)) = (f.next(), f.next(), f.next()) else {
            continue;
        };
        let scheme = Scheme::from_name(s).unwrap_or_else(|| panic!("scheme {s}"));
        let op = match scheme.compare(a, b) {
            Ok(Ordering::Less) => "<",
            Ok(Ordering::Equal) => "=",
            Ok(Ordering::Greater) => ">",
            Err(_) => "ERR",
        };
        out.push_str(&format!("{a}\t{op}\t{b}\n"));
    }
    let dest = std::env::var_os("MAMORI_VERSION_OUT").unwrap_or_else(|| "/dev/stdout".into());
    std::fs::write(dest, out).unwrap_or_else(|e| panic!("{e}"));
}

/// A small deterministic generator (xorshift), so the property test needs no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

/// Every scheme's order is a total order on a few hundred generated strings, including
/// malformed ones: reflexive, antisymmetric, and consistent with one sorted sequence (which
/// implies transitive). `Version` is used with `sort` and in range checks, where an
/// inconsistent order gives wrong answers or panics.
#[test]
fn orders_are_total_on_generated_versions() {
    const ATOMS: &[&str] = &[
        "0",
        "1",
        "2",
        "9",
        "10",
        "01",
        "00",
        "007",
        "18446744073709551616",
        "a",
        "b",
        "c",
        "z",
        "A",
        "rc",
        "RC",
        "alpha",
        "beta",
        "pre",
        "dev",
        "post",
        "p",
        "pl",
        "sp",
        "ga",
        "final",
        "snapshot",
        "git",
        "r",
        "m",
        "foo",
        ".",
        ".",
        ".",
        "-",
        "-",
        "_",
        "+",
        "~",
        "^",
        ":",
        "!",
        "#",
        "v",
        "",
        "é",
    ];
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let strings: Vec<String> = (0..400)
        .map(|_| {
            let n = 1 + rng.next() % 7;
            (0..n).map(|_| rng.pick(ATOMS)).collect()
        })
        .collect();
    for &scheme in Scheme::all() {
        let mut versions: Vec<_> = strings
            .iter()
            .filter_map(|s| scheme.parse(s).ok())
            .collect();
        for v in &versions {
            assert_eq!(
                v.cmp(v),
                Ordering::Equal,
                "[{}] {v} != itself",
                scheme.name()
            );
        }
        for a in &versions {
            for b in &versions {
                assert_eq!(
                    a.cmp(b),
                    b.cmp(a).reverse(),
                    "[{}] {a} vs {b} not antisymmetric",
                    scheme.name()
                );
            }
        }
        // Insertion sort, which tolerates any comparator, then every pair must agree.
        for i in 1..versions.len() {
            let mut j = i;
            while j > 0 && versions[j - 1] > versions[j] {
                versions.swap(j - 1, j);
                j -= 1;
            }
        }
        for i in 0..versions.len() {
            for j in i + 1..versions.len() {
                assert!(
                    versions[i] <= versions[j],
                    "[{}] order not transitive: {} sorted before {} but is greater",
                    scheme.name(),
                    versions[i],
                    versions[j]
                );
            }
        }
        println!(
            "{}: {} generated versions ordered",
            scheme.name(),
            versions.len()
        );
    }
}
