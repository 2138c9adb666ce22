//! The labelled corpus of the source-code and configuration scanner.
//!
//! `tests/code_corpus/<group>/` holds small snippet files and one `labels.tsv` per directory:
//! tab-separated `file` (relative to the directory holding the `labels.tsv`), `line` (1-based),
//! `subject` (what `CodeFinding::subject()` returns: a canonical algorithm name, `TLS 1.0`, or a
//! material kind such as `secret-key`) and `weaknesses` (comma-separated `WeaknessKind::as_str()`
//! values, or `-`). Lines starting with `#` are comments. One row is one expected finding.
//!
//! Every snippet's language is detected with `detect_language`, the file is scanned with
//! `scan_source`, and findings are matched to labels by (file, line, subject ASCII-case-
//! insensitive) as multisets. Weaknesses are compared on the matched pairs. The report (a table
//! plus every false positive and false negative) is printed and written as JSON to
//! `$CARGO_TARGET_TMPDIR/code-corpus-report.json`.
//!
//! `labels_are_well_formed` checks the corpus itself (files exist, lines exist, subjects resolve
//! in the catalogue) so that a typo in a label fails loudly; `scanner_meets_corpus_targets`
//! checks the scanner against the labels.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use mamori_inventory::code::{detect_language, scan_source};
use mamori_model::{CodeFinding, WeaknessKind, catalogue};

/// At least this many snippet files across all groups.
const MIN_FILES: usize = 200;
const MIN_PRECISION: f64 = 0.95;
const MIN_RECALL: f64 = 0.90;
/// Each language (with at least one label) must reach this precision and recall.
const MIN_LANGUAGE_SCORE: f64 = 0.85;

const LABELS_FILE: &str = "labels.tsv";

const WEAKNESSES: [WeaknessKind; 13] = [
    WeaknessKind::EcbMode,
    WeaknessKind::StaticIv,
    WeaknessKind::HardcodedKey,
    WeaknessKind::StaticSalt,
    WeaknessKind::HardcodedPassword,
    WeaknessKind::WeakHashSignature,
    WeaknessKind::WeakHashPassword,
    WeaknessKind::ShortKey,
    WeaknessKind::Pkcs1v15Encryption,
    WeaknessKind::LowIterationCount,
    WeaknessKind::DeprecatedProtocol,
    WeaknessKind::WeakCipherSuite,
    WeaknessKind::VerificationDisabled,
];

const MATERIALS: [&str; 6] = [
    "secret-key",
    "private-key",
    "initialization-vector",
    "nonce",
    "salt",
    "password",
];

/// The development corpus: rules were written and checked against it.
const DEVELOPMENT: &str = "code_corpus";
/// The held-out corpus: written by someone who had seen neither the rules nor the development
/// corpus, and measured before any rule was changed for it (the first figures are in the
/// issue's closing note; label corrections made afterwards are commented in its labels.tsv).
const HOLDOUT: &str = "code_holdout";
const MIN_HOLDOUT_FILES: usize = 150;

fn corpus_root(dir: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(dir)
}

/// One expected finding.
#[derive(Debug, Clone)]
struct Label {
    /// Path relative to the corpus root, `/`-separated.
    file: String,
    line: u32,
    subject: String,
    weaknesses: BTreeSet<String>,
    /// Where the label is written: `java/labels.tsv:12`.
    origin: String,
}

/// The corpus as read from disk.
#[derive(Debug)]
struct Corpus {
    root: PathBuf,
    /// Snippet files, relative to the root, `/`-separated, sorted.
    files: Vec<String>,
    labels: Vec<Label>,
    /// Problems with the labels; empty for a well-formed corpus.
    problems: Vec<String>,
}

/// Every regular file under `dir`, recursively, skipping hidden entries.
fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            walk(&path, out);
        } else if path.is_file() {
            out.push(path);
        }
    }
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// Files that are not snippets: the labels themselves and notes for people.
fn is_snippet(rel: &str) -> bool {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    let stem = name.split('.').next().unwrap_or(name);
    name != LABELS_FILE && !stem.eq_ignore_ascii_case("readme")
}

/// Whether a label subject names something the catalogue knows, a protocol version or a
/// material kind.
fn subject_problem(subject: &str) -> Option<String> {
    if subject.trim() != subject || subject.is_empty() {
        return Some(format!(
            "subject {subject:?} is empty or has surrounding spaces"
        ));
    }
    if MATERIALS.contains(&subject) {
        return None;
    }
    if let Some((name, version)) = subject.split_once(' ') {
        let known = matches!(name, "TLS" | "SSL" | "DTLS" | "SSH");
        let numeric = !version.is_empty()
            && version.chars().all(|c| c.is_ascii_digit() || c == '.')
            && !version.starts_with('.')
            && !version.ends_with('.');
        return if known && numeric {
            None
        } else {
            Some(format!(
                "subject {subject:?} is neither an algorithm nor a protocol version like `TLS 1.2`"
            ))
        };
    }
    if catalogue::by_name(subject).is_some() || catalogue::api_name(subject).is_some() {
        return None;
    }
    // A size-dependent family with its size: RSA-1024, DH-2048, RSAES-OAEP-3072.
    if let Some((family, size)) = subject.rsplit_once('-')
        && !size.is_empty()
        && size.chars().all(|c| c.is_ascii_digit())
        && catalogue::by_name(family).is_some_and(|e| e.classical_bits.is_none())
    {
        return None;
    }
    // An EC key on a named curve: EC-P-256, EC-secp256k1.
    if let Some(curve) = subject.strip_prefix("EC-")
        && catalogue::curve(curve).is_some()
    {
        return None;
    }
    Some(format!(
        "subject {subject:?} does not resolve in the catalogue"
    ))
}

/// Import, include and use lines are never findings; a label on one is a mistake.
fn import_line_problem(file: &str, text: &str) -> Option<String> {
    let t = text.trim_start();
    let rust_use = file.ends_with(".rs")
        && (t.starts_with("use ") || t.starts_with("pub use "))
        && t.trim_end().ends_with(';');
    let import = t.starts_with("#include")
        || (t.starts_with("import ") && !file.ends_with(".rs"))
        || (file.ends_with(".py") && t.starts_with("from ") && t.contains(" import "));
    (rust_use || import).then(|| format!("labels an import/include/use line: {t:?}"))
}

fn load_corpus(dir: &str) -> Corpus {
    let root = corpus_root(dir);
    let mut paths = Vec::new();
    walk(&root, &mut paths);
    let mut files = Vec::new();
    let mut label_files = Vec::new();
    for path in &paths {
        let rel = relative(&root, path);
        if path.file_name().and_then(|n| n.to_str()) == Some(LABELS_FILE) {
            label_files.push(path.clone());
        } else if is_snippet(&rel) {
            files.push(rel);
        }
    }
    let weakness_names: BTreeSet<&str> = WEAKNESSES.iter().map(|w| w.as_str()).collect();
    let mut labels = Vec::new();
    let mut problems = Vec::new();
    let mut line_counts: BTreeMap<String, Option<Vec<String>>> = BTreeMap::new();
    for label_file in &label_files {
        let dir = label_file.parent().unwrap_or(&root);
        let label_rel = relative(&root, label_file);
        let text = match fs::read_to_string(label_file) {
            Ok(t) => t,
            Err(e) => {
                problems.push(format!("{label_rel}: cannot read: {e}"));
                continue;
            }
        };
        for (index, raw) in text.lines().enumerate() {
            let origin = format!("{label_rel}:{}", index + 1);
            let row = raw.trim_end_matches('\r');
            if row.trim().is_empty() || row.trim_start().starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = row.split('\t').collect();
            if cols.len() != 4 {
                problems.push(format!(
                    "{origin}: expected 4 tab-separated columns (file, line, subject, weaknesses), got {}",
                    cols.len()
                ));
                continue;
            }
            let file = relative(&root, &dir.join(cols[0].trim()));
            let Ok(line) = cols[1].trim().parse::<u32>() else {
                problems.push(format!("{origin}: line {:?} is not a number", cols[1]));
                continue;
            };
            let subject = cols[2].to_string();
            let mut weaknesses = BTreeSet::new();
            let wcol = cols[3].trim();
            if wcol != "-" {
                for w in wcol.split(',').map(str::trim) {
                    if !weakness_names.contains(w) {
                        problems.push(format!("{origin}: unknown weakness {w:?}"));
                    }
                    weaknesses.insert(w.to_string());
                }
            }
            if let Some(p) = subject_problem(&subject) {
                problems.push(format!("{origin}: {p}"));
            }
            if !is_snippet(&file) {
                problems.push(format!("{origin}: {file} is not a snippet file"));
            }
            let lines = line_counts.entry(file.clone()).or_insert_with(|| {
                fs::read(root.join(&file)).ok().map(|bytes| {
                    String::from_utf8_lossy(&bytes)
                        .lines()
                        .map(str::to_string)
                        .collect()
                })
            });
            match lines {
                None => problems.push(format!("{origin}: file {file} does not exist")),
                Some(lines) if line == 0 || line as usize > lines.len() => problems.push(format!(
                    "{origin}: line {line} is outside {file} ({} lines)",
                    lines.len()
                )),
                Some(lines) => {
                    if let Some(p) = import_line_problem(&file, &lines[line as usize - 1]) {
                        problems.push(format!("{origin}: {p}"));
                    }
                }
            }
            labels.push(Label {
                file,
                line,
                subject,
                weaknesses,
                origin,
            });
        }
    }
    files.sort();
    Corpus {
        root,
        files,
        labels,
        problems,
    }
}

/// A finding as the comparison sees it.
#[derive(Debug, Clone)]
struct Found {
    file: String,
    line: u32,
    subject: String,
    weaknesses: BTreeSet<String>,
    rule: String,
    evidence: String,
}

impl Found {
    fn new(file: &str, f: &CodeFinding) -> Found {
        Found {
            file: file.to_string(),
            line: f.location.line.unwrap_or(0),
            subject: f.subject(),
            weaknesses: f
                .weaknesses
                .iter()
                .map(|w| w.kind.as_str().to_string())
                .collect(),
            rule: f.rule.clone(),
            evidence: f.evidence.clone(),
        }
    }
}

#[derive(Debug, Default, Clone, Copy)]
struct Counts {
    files: usize,
    negative_files: usize,
    labels: usize,
    tp: usize,
    fp: usize,
    fn_: usize,
    /// Weaknesses on matched pairs: in both, found only, labelled only.
    w_tp: usize,
    w_fp: usize,
    w_fn: usize,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.files += o.files;
        self.negative_files += o.negative_files;
        self.labels += o.labels;
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
        self.w_tp += o.w_tp;
        self.w_fp += o.w_fp;
        self.w_fn += o.w_fn;
    }

    fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    fn weakness_precision(&self) -> f64 {
        ratio(self.w_tp, self.w_tp + self.w_fp)
    }

    fn weakness_recall(&self) -> f64 {
        ratio(self.w_tp, self.w_tp + self.w_fn)
    }
}

/// A ratio that is perfect when there is nothing to get wrong.
fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        1.0
    } else {
        num as f64 / den as f64
    }
}

#[derive(Debug)]
struct WeaknessMismatch {
    label: Label,
    found: BTreeSet<String>,
}

#[derive(Debug, Default)]
struct Report {
    by_language: BTreeMap<String, Counts>,
    false_positives: Vec<Found>,
    false_negatives: Vec<Label>,
    weakness_mismatches: Vec<WeaknessMismatch>,
    undetected: Vec<String>,
}

impl Report {
    fn overall(&self) -> Counts {
        let mut all = Counts::default();
        for c in self.by_language.values() {
            all.add(c);
        }
        all
    }
}

type Key = (u32, String);

fn evaluate(corpus: &Corpus) -> Report {
    let root = &corpus.root;
    let mut by_file: BTreeMap<&str, Vec<&Label>> = BTreeMap::new();
    for l in &corpus.labels {
        by_file.entry(l.file.as_str()).or_default().push(l);
    }
    let mut report = Report::default();
    for file in &corpus.files {
        let labels = by_file.remove(file.as_str()).unwrap_or_default();
        let data = fs::read(root.join(file)).unwrap_or_default();
        let language = detect_language(file, &data);
        let lang_name = match language {
            Some(l) => l.as_str().to_string(),
            None => {
                report.undetected.push(file.clone());
                let group = file.split('/').next().unwrap_or("");
                format!("undetected ({group})")
            }
        };
        let found: Vec<Found> = match language {
            Some(l) => scan_source(l, &data)
                .iter()
                .map(|f| Found::new(file, f))
                .collect(),
            None => Vec::new(),
        };
        let counts = report.by_language.entry(lang_name).or_default();
        counts.files += 1;
        counts.labels += labels.len();
        if labels.is_empty() {
            counts.negative_files += 1;
        }

        let mut expected: BTreeMap<Key, Vec<&Label>> = BTreeMap::new();
        for l in labels {
            expected
                .entry((l.line, l.subject.to_ascii_lowercase()))
                .or_default()
                .push(l);
        }
        let mut actual: BTreeMap<Key, Vec<Found>> = BTreeMap::new();
        for f in found {
            actual
                .entry((f.line, f.subject.to_ascii_lowercase()))
                .or_default()
                .push(f);
        }
        for (key, mut wanted) in expected {
            let mut got = actual.remove(&key).unwrap_or_default();
            // Pair each label with the finding whose weaknesses agree best.
            let mut unmatched_labels = Vec::new();
            for label in wanted.drain(..) {
                let best = got.iter().enumerate().max_by_key(|(_, f)| {
                    let agree = f.weaknesses.intersection(&label.weaknesses).count();
                    let differ = f.weaknesses.symmetric_difference(&label.weaknesses).count();
                    (agree, std::cmp::Reverse(differ))
                });
                match best.map(|(i, _)| i) {
                    Some(i) => {
                        let f = got.swap_remove(i);
                        counts.tp += 1;
                        let both = f.weaknesses.intersection(&label.weaknesses).count();
                        counts.w_tp += both;
                        counts.w_fp += f.weaknesses.len() - both;
                        counts.w_fn += label.weaknesses.len() - both;
                        if f.weaknesses != label.weaknesses {
                            report.weakness_mismatches.push(WeaknessMismatch {
                                label: label.clone(),
                                found: f.weaknesses.clone(),
                            });
                        }
                    }
                    None => unmatched_labels.push(label),
                }
            }
            counts.fn_ += unmatched_labels.len();
            report
                .false_negatives
                .extend(unmatched_labels.into_iter().cloned());
            counts.fp += got.len();
            report.false_positives.extend(got);
        }
        for (_, rest) in actual {
            counts.fp += rest.len();
            report.false_positives.extend(rest);
        }
    }
    // Labels for files that are not snippets were reported by the validation.
    report
}

fn weakness_list(w: &BTreeSet<String>) -> String {
    if w.is_empty() {
        "-".to_string()
    } else {
        w.iter().cloned().collect::<Vec<_>>().join(",")
    }
}

fn render_table(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<22} {:>5} {:>5} {:>6} {:>5} {:>5} {:>5} {:>9} {:>7} {:>8} {:>8}",
        "language",
        "files",
        "neg",
        "labels",
        "TP",
        "FP",
        "FN",
        "precision",
        "recall",
        "w-prec",
        "w-recall"
    );
    let row = |out: &mut String, name: &str, c: &Counts| {
        let _ = writeln!(
            out,
            "{:<22} {:>5} {:>5} {:>6} {:>5} {:>5} {:>5} {:>9.3} {:>7.3} {:>8.3} {:>8.3}",
            name,
            c.files,
            c.negative_files,
            c.labels,
            c.tp,
            c.fp,
            c.fn_,
            c.precision(),
            c.recall(),
            c.weakness_precision(),
            c.weakness_recall()
        );
    };
    for (lang, c) in &report.by_language {
        row(&mut out, lang, c);
    }
    row(&mut out, "overall", &report.overall());
    if !report.undetected.is_empty() {
        let _ = writeln!(
            out,
            "\nlanguage not detected ({}):",
            report.undetected.len()
        );
        for f in &report.undetected {
            let _ = writeln!(out, "  {f}");
        }
    }
    let _ = writeln!(out, "\nfalse positives ({}):", report.false_positives.len());
    for f in &report.false_positives {
        let _ = writeln!(
            out,
            "  FP {}:{}  {}  [{}]  rule={}  {}",
            f.file,
            f.line,
            f.subject,
            weakness_list(&f.weaknesses),
            f.rule,
            f.evidence
        );
    }
    let _ = writeln!(out, "\nfalse negatives ({}):", report.false_negatives.len());
    for l in &report.false_negatives {
        let _ = writeln!(
            out,
            "  FN {}:{}  {}  [{}]  ({})",
            l.file,
            l.line,
            l.subject,
            weakness_list(&l.weaknesses),
            l.origin
        );
    }
    let _ = writeln!(
        out,
        "\nweakness mismatches on matched findings ({}):",
        report.weakness_mismatches.len()
    );
    for m in &report.weakness_mismatches {
        let _ = writeln!(
            out,
            "  WK {}:{}  {}  expected [{}] found [{}]",
            m.label.file,
            m.label.line,
            m.label.subject,
            weakness_list(&m.label.weaknesses),
            weakness_list(&m.found)
        );
    }
    out
}

fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn json_list(w: &BTreeSet<String>) -> String {
    let items: Vec<String> = w.iter().map(|s| json_str(s)).collect();
    format!("[{}]", items.join(","))
}

fn json_counts(c: &Counts) -> String {
    format!(
        "\"files\":{},\"negative_files\":{},\"labels\":{},\"tp\":{},\"fp\":{},\"fn\":{},\
         \"precision\":{:.4},\"recall\":{:.4},\"weakness\":{{\"tp\":{},\"fp\":{},\"fn\":{},\
         \"precision\":{:.4},\"recall\":{:.4}}}",
        c.files,
        c.negative_files,
        c.labels,
        c.tp,
        c.fp,
        c.fn_,
        c.precision(),
        c.recall(),
        c.w_tp,
        c.w_fp,
        c.w_fn,
        c.weakness_precision(),
        c.weakness_recall()
    )
}

fn render_json(report: &Report) -> String {
    let mut out = String::from("{\n");
    let _ = writeln!(
        out,
        "  \"overall\": {{{}}},",
        json_counts(&report.overall())
    );
    let langs: Vec<String> = report
        .by_language
        .iter()
        .map(|(l, c)| format!("    {{\"language\":{},{}}}", json_str(l), json_counts(c)))
        .collect();
    let _ = writeln!(out, "  \"languages\": [\n{}\n  ],", langs.join(",\n"));
    let undetected: Vec<String> = report.undetected.iter().map(|f| json_str(f)).collect();
    let _ = writeln!(out, "  \"undetected\": [{}],", undetected.join(","));
    let fps: Vec<String> = report
        .false_positives
        .iter()
        .map(|f| {
            format!(
                "    {{\"file\":{},\"line\":{},\"subject\":{},\"weaknesses\":{},\"rule\":{},\"evidence\":{}}}",
                json_str(&f.file),
                f.line,
                json_str(&f.subject),
                json_list(&f.weaknesses),
                json_str(&f.rule),
                json_str(&f.evidence)
            )
        })
        .collect();
    let _ = writeln!(out, "  \"false_positives\": [\n{}\n  ],", fps.join(",\n"));
    let fns: Vec<String> = report
        .false_negatives
        .iter()
        .map(|l| {
            format!(
                "    {{\"file\":{},\"line\":{},\"subject\":{},\"weaknesses\":{},\"label\":{}}}",
                json_str(&l.file),
                l.line,
                json_str(&l.subject),
                json_list(&l.weaknesses),
                json_str(&l.origin)
            )
        })
        .collect();
    let _ = writeln!(out, "  \"false_negatives\": [\n{}\n  ],", fns.join(",\n"));
    let wms: Vec<String> = report
        .weakness_mismatches
        .iter()
        .map(|m| {
            format!(
                "    {{\"file\":{},\"line\":{},\"subject\":{},\"expected\":{},\"found\":{}}}",
                json_str(&m.label.file),
                m.label.line,
                json_str(&m.label.subject),
                json_list(&m.label.weaknesses),
                json_list(&m.found)
            )
        })
        .collect();
    let _ = writeln!(
        out,
        "  \"weakness_mismatches\": [\n{}\n  ]",
        wms.join(",\n")
    );
    out.push_str("}\n");
    out
}

#[test]
fn labels_are_well_formed() {
    let holdout = load_corpus(HOLDOUT);
    assert!(
        holdout.problems.is_empty(),
        "{} problem(s) in the held-out labels:\n{}",
        holdout.problems.len(),
        holdout.problems.join("\n")
    );
    assert!(holdout.files.len() >= MIN_HOLDOUT_FILES);
    let corpus = load_corpus(DEVELOPMENT);
    assert!(
        corpus.problems.is_empty(),
        "{} problem(s) in the corpus labels:\n{}",
        corpus.problems.len(),
        corpus.problems.join("\n")
    );
    assert!(
        corpus.files.len() >= MIN_FILES,
        "the corpus has {} snippet files; at least {MIN_FILES} are required",
        corpus.files.len()
    );
    assert!(!corpus.labels.is_empty(), "the corpus has no labels");
}

#[test]
fn subject_validation_rejects_typos() {
    for good in [
        "MD5",
        "sha-256",
        "AES-128-GCM",
        "RSA-1024",
        "RSAES-OAEP-2048",
        "DH-2048",
        "EC-P-256",
        "EC-secp256k1",
        "TLS 1.0",
        "SSL 3.0",
        "secret-key",
        "X25519MLKEM768",
    ] {
        assert_eq!(subject_problem(good), None, "{good}");
    }
    for bad in [
        "MD-5",
        "AES-512",
        "SHA256-1024",
        "EC-P-999",
        "TLS one",
        "TLS 1.",
        "key",
        " MD5",
    ] {
        assert!(subject_problem(bad).is_some(), "{bad} should be rejected");
    }
}

#[test]
fn scanner_meets_corpus_targets() {
    check_targets(DEVELOPMENT, MIN_FILES);
}

#[test]
fn scanner_meets_targets_on_the_held_out_corpus() {
    check_targets(HOLDOUT, MIN_HOLDOUT_FILES);
}

fn check_targets(dir: &str, min_files: usize) {
    let corpus = load_corpus(dir);
    assert!(
        corpus.problems.is_empty(),
        "fix the labels first (see labels_are_well_formed):\n{}",
        corpus.problems.join("\n")
    );
    let report = evaluate(&corpus);
    let table = render_table(&report);
    println!("{table}");
    let json_path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{dir}-report.json"));
    match fs::write(&json_path, render_json(&report)) {
        Ok(()) => println!("report written to {}", json_path.display()),
        Err(e) => println!("could not write {}: {e}", json_path.display()),
    }

    let overall = report.overall();
    let mut failures = Vec::new();
    if corpus.files.len() < min_files {
        failures.push(format!(
            "{} snippet files, fewer than {min_files}",
            corpus.files.len()
        ));
    }
    if overall.precision() < MIN_PRECISION {
        failures.push(format!(
            "overall precision {:.3} < {MIN_PRECISION}",
            overall.precision()
        ));
    }
    if overall.recall() < MIN_RECALL {
        failures.push(format!(
            "overall recall {:.3} < {MIN_RECALL}",
            overall.recall()
        ));
    }
    for (lang, c) in &report.by_language {
        if c.labels == 0 {
            continue;
        }
        if c.precision() < MIN_LANGUAGE_SCORE || c.recall() < MIN_LANGUAGE_SCORE {
            failures.push(format!(
                "{lang}: precision {:.3}, recall {:.3} (each must be >= {MIN_LANGUAGE_SCORE})",
                c.precision(),
                c.recall()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "code corpus targets missed (the report is printed above):\n  {}",
        failures.join("\n  ")
    );
}
