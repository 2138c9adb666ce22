//! Walks file trees in parallel and analyzes every regular file.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use ignore::{WalkBuilder, WalkState};
use mamori_model::{Asset, Location};

use crate::analyze::{self, AnalyzeOptions, ContentKind, Problem};
use crate::error::InventoryError;
use crate::keystore;

/// Default largest file read: keystores, bundles and configuration files are far smaller, and
/// reading multi-gigabyte media files would dominate the scan for nothing.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 32 * 1024 * 1024;
/// Bytes read before deciding whether a file is binary.
const HEAD: usize = 8 * 1024;

#[derive(Debug, Clone)]
pub struct ScanOptions {
    pub analyze: AnalyzeOptions,
    pub max_file_size: u64,
    /// Worker threads; 0 picks one per core.
    pub threads: usize,
    /// Follow symbolic links (loops are detected and reported).
    pub follow_links: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct ScanStats {
    /// Regular files looked at.
    pub files: u64,
    /// Bytes read.
    pub bytes: u64,
    /// Files with assets.
    pub files_with_assets: u64,
    /// Binary files skipped after their first bytes.
    pub binary_skipped: u64,
    /// Files over the size limit, not read.
    pub too_large: u64,
    /// Files or directories that could not be read.
    pub unreadable: u64,
}

#[derive(Debug)]
pub struct ScanReport {
    pub assets: Vec<Asset>,
    pub problems: Vec<Problem>,
    pub stats: ScanStats,
}

/// Told about progress from the worker threads.
pub trait Progress: Sync {
    fn file_done(&self, bytes: u64);
}

/// Does nothing; for callers without a display.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoProgress;

impl Progress for NoProgress {
    fn file_done(&self, _bytes: u64) {}
}

#[derive(Default)]
struct Counters {
    files: AtomicU64,
    bytes: AtomicU64,
    files_with_assets: AtomicU64,
    binary_skipped: AtomicU64,
    too_large: AtomicU64,
    unreadable: AtomicU64,
}

impl Counters {
    fn snapshot(&self) -> ScanStats {
        ScanStats {
            files: self.files.load(Ordering::Relaxed),
            bytes: self.bytes.load(Ordering::Relaxed),
            files_with_assets: self.files_with_assets.load(Ordering::Relaxed),
            binary_skipped: self.binary_skipped.load(Ordering::Relaxed),
            too_large: self.too_large.load(Ordering::Relaxed),
            unreadable: self.unreadable.load(Ordering::Relaxed),
        }
    }
}

/// The path recorded for an asset: relative to the root it was found under, `/`-separated; a
/// root that is a file is recorded by its file name. With several roots the root is kept as a
/// prefix so paths stay distinct.
fn relative(path: &Path, roots: &[PathBuf]) -> String {
    let mut best: Option<(&PathBuf, &Path)> = None;
    for root in roots {
        if let Ok(rel) = path.strip_prefix(root) {
            if best.is_none_or(|(r, _)| root.as_os_str().len() > r.as_os_str().len()) {
                best = Some((root, rel));
            }
        }
    }
    let (root, rel) = match best {
        Some(x) => x,
        None => return path.to_string_lossy().replace('\\', "/"),
    };
    let rel_str = if rel.as_os_str().is_empty() {
        path.file_name().map_or_else(
            || path.to_string_lossy().into_owned(),
            |n| n.to_string_lossy().into_owned(),
        )
    } else {
        rel.to_string_lossy().replace('\\', "/")
    };
    if roots.len() > 1 {
        let r = root.to_string_lossy();
        let r = r.trim_end_matches('/');
        if rel.as_os_str().is_empty() {
            return r.to_string();
        }
        return format!("{r}/{rel_str}");
    }
    rel_str
}

/// Reads a file, stopping after the head when the head shows a binary file that cannot hold
/// the objects we look for.
fn read_file(path: &Path, size: u64, buf: &mut Vec<u8>) -> std::io::Result<bool> {
    buf.clear();
    let mut f = File::open(path)?;
    let head_len = (size as usize).min(HEAD);
    buf.resize(head_len, 0);
    let mut filled = 0;
    while filled < head_len {
        let n = f.read(&mut buf[filled..])?;
        if n == 0 {
            break;
        }
        filled += n;
    }
    buf.truncate(filled);
    if filled == HEAD
        && !buf.is_empty()
        && buf[0] != crate::der::TAG_SEQUENCE
        && !keystore::looks_like_jks(buf)
        && memchr::memchr(0, &buf[..buf.len().min(1024)]).is_some()
    {
        return Ok(false);
    }
    f.read_to_end(buf)?;
    Ok(true)
}

/// Scans every regular file under `roots`.
pub fn scan_paths(roots: &[PathBuf], opts: &ScanOptions, progress: &dyn Progress) -> ScanReport {
    let counters = Counters::default();
    let assets: Mutex<Vec<Asset>> = Mutex::new(Vec::new());
    let problems: Mutex<Vec<Problem>> = Mutex::new(Vec::new());
    if roots.is_empty() {
        return ScanReport {
            assets: Vec::new(),
            problems: Vec::new(),
            stats: ScanStats::default(),
        };
    }
    let mut builder = WalkBuilder::new(&roots[0]);
    for r in &roots[1..] {
        builder.add(r);
    }
    builder
        .standard_filters(false)
        .hidden(false)
        .follow_links(opts.follow_links)
        .threads(opts.threads);
    builder.build_parallel().run(|| {
        let mut buf = Vec::with_capacity(64 * 1024);
        let counters = &counters;
        let assets = &assets;
        let problems = &problems;
        let push_problem = move |path: &str, error: InventoryError| {
            if let Ok(mut p) = problems.lock() {
                p.push(Problem {
                    location: Location::file(path),
                    error,
                });
            }
        };
        Box::new(move |entry| {
            let entry = match entry {
                Ok(e) => e,
                Err(err) => {
                    counters.unreadable.fetch_add(1, Ordering::Relaxed);
                    let path = walk_error_path(&err);
                    push_problem(
                        &path.map_or_else(String::new, |p| relative(&p, roots)),
                        InventoryError::Unsupported {
                            what: format!("cannot walk: {err}"),
                        },
                    );
                    return WalkState::Continue;
                }
            };
            let is_file = entry.file_type().is_some_and(|t| t.is_file());
            if !is_file {
                return WalkState::Continue;
            }
            let path = entry.path();
            let rel = relative(path, roots);
            let size = match entry.metadata() {
                Ok(m) => m.len(),
                Err(e) => {
                    counters.unreadable.fetch_add(1, Ordering::Relaxed);
                    push_problem(
                        &rel,
                        InventoryError::Unsupported {
                            what: format!("cannot stat: {e}"),
                        },
                    );
                    return WalkState::Continue;
                }
            };
            counters.files.fetch_add(1, Ordering::Relaxed);
            if size > opts.max_file_size {
                counters.too_large.fetch_add(1, Ordering::Relaxed);
                progress.file_done(0);
                return WalkState::Continue;
            }
            match read_file(path, size, &mut buf) {
                Ok(true) => {}
                Ok(false) => {
                    counters
                        .bytes
                        .fetch_add(buf.len() as u64, Ordering::Relaxed);
                    counters.binary_skipped.fetch_add(1, Ordering::Relaxed);
                    progress.file_done(buf.len() as u64);
                    return WalkState::Continue;
                }
                Err(e) => {
                    counters.unreadable.fetch_add(1, Ordering::Relaxed);
                    push_problem(
                        &rel,
                        InventoryError::Io {
                            path: PathBuf::from(&rel),
                            source: e,
                        },
                    );
                    return WalkState::Continue;
                }
            }
            counters
                .bytes
                .fetch_add(buf.len() as u64, Ordering::Relaxed);
            let findings = analyze::analyze(&buf, &rel, &opts.analyze);
            if findings.kind == ContentKind::Binary {
                counters.binary_skipped.fetch_add(1, Ordering::Relaxed);
            }
            if !findings.assets.is_empty() {
                counters.files_with_assets.fetch_add(1, Ordering::Relaxed);
                if let Ok(mut a) = assets.lock() {
                    a.extend(findings.assets);
                }
            }
            if !findings.problems.is_empty() {
                if let Ok(mut p) = problems.lock() {
                    p.extend(findings.problems);
                }
            }
            progress.file_done(buf.len() as u64);
            // Keep one buffer per thread, but give back memory a large file took.
            if buf.capacity() > 4 * 1024 * 1024 {
                buf = Vec::with_capacity(64 * 1024);
            }
            WalkState::Continue
        })
    });
    let mut assets = assets.into_inner().unwrap_or_default();
    let mut problems = problems.into_inner().unwrap_or_default();
    // Parallel walking finishes files in any order; reports must not.
    assets.sort_by(|a, b| a.location.cmp(&b.location));
    problems.sort_by(|a, b| a.location.cmp(&b.location));
    ScanReport {
        assets,
        problems,
        stats: counters.snapshot(),
    }
}

fn walk_error_path(err: &ignore::Error) -> Option<PathBuf> {
    match err {
        ignore::Error::WithPath { path, .. } => Some(path.clone()),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            walk_error_path(err)
        }
        ignore::Error::Loop { child, .. } => Some(child.clone()),
        _ => None,
    }
}
