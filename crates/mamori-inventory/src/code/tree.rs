//! Walks source trees in parallel and scans every file whose language is known.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use ignore::{WalkBuilder, WalkState};
use mamori_model::{CodeFinding, Language, Location};

use crate::analyze::Problem;
use crate::error::InventoryError;
use crate::walk::{Progress, ReadOutcome, read_file, relative, walk_error_path};

#[derive(Debug, Clone)]
pub struct CodeScanOptions {
    /// Judge statuses as of this year.
    pub year: u16,
    /// Skip files larger than this.
    pub max_file_size: u64,
    /// Worker threads; 0 picks one per core.
    pub threads: usize,
    pub follow_links: bool,
    /// Honour `.gitignore`, `.ignore` and git's exclude files, as ripgrep and semgrep do:
    /// vendored and generated code is usually not the organization's own.
    pub respect_ignore_files: bool,
    /// Walk hidden files and directories (`.git` is always skipped).
    pub hidden: bool,
    /// Only these languages; empty means all.
    pub languages: Vec<Language>,
}

impl CodeScanOptions {
    pub fn new(year: u16) -> CodeScanOptions {
        CodeScanOptions {
            year,
            max_file_size: super::MAX_SOURCE_BYTES as u64,
            threads: 0,
            follow_links: false,
            respect_ignore_files: true,
            hidden: false,
            languages: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct CodeScanStats {
    /// Files walked.
    pub files: u64,
    /// Files read as source or configuration.
    pub files_scanned: u64,
    /// Bytes of those files.
    pub bytes_scanned: u64,
    /// Files with at least one finding.
    pub files_with_findings: u64,
    /// Files over the size limit.
    pub too_large: u64,
    pub unreadable: u64,
}

#[derive(Debug)]
pub struct CodeScanReport {
    pub findings: Vec<CodeFinding>,
    pub problems: Vec<Problem>,
    pub stats: CodeScanStats,
}

/// Extensions and names whose language needs a look at the content (configuration files
/// without a telling name).
fn needs_content(name: &str) -> bool {
    match name.rsplit_once('.') {
        Some((_, ext)) => matches!(
            ext.to_ascii_lowercase().as_str(),
            "conf" | "cnf" | "cf" | "security" | "config" | "cfg" | "inc" | "vhost" | "site"
        ),
        None => true,
    }
}

/// The language of `path` and whether reading the file is needed to decide.
fn language_of(path: &Path, data: Option<&[u8]>) -> Option<Language> {
    let p = path.to_string_lossy();
    super::detect_language(&p, data.unwrap_or_default())
}

#[derive(Default)]
struct Counters {
    files: AtomicU64,
    files_scanned: AtomicU64,
    bytes_scanned: AtomicU64,
    files_with_findings: AtomicU64,
    too_large: AtomicU64,
    unreadable: AtomicU64,
}

/// Scans every source and configuration file under `roots`.
pub fn scan_code_paths(
    roots: &[PathBuf],
    opts: &CodeScanOptions,
    progress: &dyn Progress,
) -> CodeScanReport {
    let counters = Counters::default();
    let findings: Mutex<Vec<CodeFinding>> = Mutex::new(Vec::new());
    let problems: Mutex<Vec<Problem>> = Mutex::new(Vec::new());
    let Some(first) = roots.first() else {
        return CodeScanReport {
            findings: Vec::new(),
            problems: Vec::new(),
            stats: CodeScanStats::default(),
        };
    };
    let mut builder = WalkBuilder::new(first);
    for r in &roots[1..] {
        builder.add(r);
    }
    builder
        .standard_filters(opts.respect_ignore_files)
        .hidden(!opts.hidden)
        .follow_links(opts.follow_links)
        .threads(opts.threads)
        .filter_entry(|e| e.file_name() != ".git");
    let push_problem = |path: String, error: InventoryError| {
        if let Ok(mut p) = problems.lock() {
            p.push(Problem {
                location: Location::file(path),
                error,
            });
        }
    };
    builder.build_parallel().run(|| {
        let mut buf = Vec::new();
        let counters = &counters;
        let findings = &findings;
        let push_problem = &push_problem;
        Box::new(move |entry| {
            let entry = match entry {
                Ok(e) => e,
                Err(err) => {
                    counters.unreadable.fetch_add(1, Ordering::Relaxed);
                    let path = walk_error_path(&err);
                    push_problem(
                        path.map_or_else(String::new, |p| relative(&p, roots)),
                        InventoryError::Unsupported {
                            what: format!("cannot walk: {err}"),
                        },
                    );
                    return WalkState::Continue;
                }
            };
            if !entry.file_type().is_some_and(|t| t.is_file()) {
                return WalkState::Continue;
            }
            counters.files.fetch_add(1, Ordering::Relaxed);
            let path = entry.path();
            let name = entry.file_name().to_string_lossy();
            // Most files are decided by their name alone, without being opened.
            let by_name = language_of(path, None);
            if by_name.is_none() && !needs_content(&name) {
                progress.file_done(0);
                return WalkState::Continue;
            }
            if let Some(l) = by_name {
                if !opts.languages.is_empty() && !opts.languages.contains(&l) {
                    progress.file_done(0);
                    return WalkState::Continue;
                }
            }
            let outcome = read_file(path, opts.max_file_size, &mut buf);
            let len = outcome.as_ref().map_or(0, |(_, n)| *n);
            progress.file_done(len as u64);
            match outcome.map(|(o, _)| o) {
                Ok(ReadOutcome::Complete) => {}
                Ok(ReadOutcome::Binary) => return WalkState::Continue,
                Ok(ReadOutcome::TooLarge) => {
                    counters.too_large.fetch_add(1, Ordering::Relaxed);
                    return WalkState::Continue;
                }
                Err(e) => {
                    counters.unreadable.fetch_add(1, Ordering::Relaxed);
                    let rel = relative(path, roots);
                    push_problem(
                        rel.clone(),
                        InventoryError::Io {
                            path: PathBuf::from(rel),
                            source: e,
                        },
                    );
                    return WalkState::Continue;
                }
            }
            let data = &buf[..len];
            let lang = match by_name.or_else(|| language_of(path, Some(data))) {
                Some(l) if opts.languages.is_empty() || opts.languages.contains(&l) => l,
                _ => return WalkState::Continue,
            };
            counters.files_scanned.fetch_add(1, Ordering::Relaxed);
            counters
                .bytes_scanned
                .fetch_add(len as u64, Ordering::Relaxed);
            let mut found = super::scan_source_in(lang, data, opts.year);
            if !found.is_empty() {
                counters.files_with_findings.fetch_add(1, Ordering::Relaxed);
                let rel = relative(path, roots);
                for f in &mut found {
                    f.location.path.clone_from(&rel);
                }
                if let Ok(mut all) = findings.lock() {
                    all.extend(found);
                }
            }
            if buf.len() > 4 * 1024 * 1024 {
                buf = Vec::new();
            }
            WalkState::Continue
        })
    });
    let mut findings = findings.into_inner().unwrap_or_default();
    let mut problems = problems.into_inner().unwrap_or_default();
    findings
        .sort_by(|a, b| (&a.location, a.column, &a.rule).cmp(&(&b.location, b.column, &b.rule)));
    problems.sort_by(|a, b| a.location.cmp(&b.location));
    CodeScanReport {
        findings,
        problems,
        stats: CodeScanStats {
            files: counters.files.load(Ordering::Relaxed),
            files_scanned: counters.files_scanned.load(Ordering::Relaxed),
            bytes_scanned: counters.bytes_scanned.load(Ordering::Relaxed),
            files_with_findings: counters.files_with_findings.load(Ordering::Relaxed),
            too_large: counters.too_large.load(Ordering::Relaxed),
            unreadable: counters.unreadable.load(Ordering::Relaxed),
        },
    }
}
