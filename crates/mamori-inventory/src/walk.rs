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
/// First read size: most source and key files fit in one read.
const INITIAL_BUFFER: usize = 64 * 1024;

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
pub(crate) fn relative(path: &Path, roots: &[PathBuf]) -> String {
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

/// How a read ended.
pub(crate) enum ReadOutcome {
    /// The whole file is in the buffer.
    Complete,
    /// The head showed a binary file that cannot hold the objects we look for; only the head is
    /// in the buffer.
    Binary,
    /// The file is larger than the limit; the buffer holds the first `limit` bytes.
    TooLarge,
}

/// Reads a file into `buf` with nothing but open/read/close: no stat, no seek (`read_to_end`
/// on a `File` asks for both), which on trees of small files is a third of the system calls.
/// Returns how the read ended and how many bytes of `buf` hold the file. `buf` keeps its length
/// between calls so that its bytes are zeroed once, not once per file.
pub(crate) fn read_file(
    path: &Path,
    limit: u64,
    buf: &mut Vec<u8>,
) -> std::io::Result<(ReadOutcome, usize)> {
    let mut f = File::open(path)?;
    let limit = usize::try_from(limit).unwrap_or(usize::MAX);
    if buf.len() < INITIAL_BUFFER {
        buf.resize(INITIAL_BUFFER, 0);
    }
    let mut filled = 0usize;
    let mut head_checked = false;
    let mut size_known = false;
    loop {
        if filled == buf.len() {
            if !size_known {
                // Only files that outgrow the first read pay for a stat: it sizes the buffer
                // once and turns away files over the limit before they are read.
                size_known = true;
                let size = usize::try_from(f.metadata()?.len()).unwrap_or(usize::MAX);
                if size > limit {
                    return Ok((ReadOutcome::TooLarge, filled));
                }
                buf.resize(size.max(filled) + 1, 0);
            } else if filled > limit {
                return Ok((ReadOutcome::TooLarge, filled));
            } else {
                // The file grew while we read it.
                let more = filled.min(limit.saturating_add(1) - filled).max(1);
                buf.resize(filled + more, 0);
            }
        }
        let n = match f.read(&mut buf[filled..]) {
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if n == 0 {
            return Ok((ReadOutcome::Complete, filled));
        }
        filled += n;
        if filled > limit {
            return Ok((ReadOutcome::TooLarge, filled));
        }
        if !head_checked && filled >= HEAD {
            head_checked = true;
            if looks_binary(&buf[..filled]) {
                return Ok((ReadOutcome::Binary, filled));
            }
        }
    }
}

fn looks_binary(head: &[u8]) -> bool {
    !head.is_empty()
        && head[0] != crate::der::TAG_SEQUENCE
        && !keystore::looks_like_jks(head)
        && memchr::memchr(0, &head[..head.len().min(1024)]).is_some()
}

/// Per-thread counters, added to the shared ones when the thread's visitor is dropped, so the
/// worker threads do not contend on one cache line per file.
struct LocalCounters<'a> {
    shared: &'a Counters,
    files: u64,
    bytes: u64,
    files_with_assets: u64,
    binary_skipped: u64,
    too_large: u64,
    unreadable: u64,
}

impl Drop for LocalCounters<'_> {
    fn drop(&mut self) {
        let s = self.shared;
        s.files.fetch_add(self.files, Ordering::Relaxed);
        s.bytes.fetch_add(self.bytes, Ordering::Relaxed);
        s.files_with_assets
            .fetch_add(self.files_with_assets, Ordering::Relaxed);
        s.binary_skipped
            .fetch_add(self.binary_skipped, Ordering::Relaxed);
        s.too_large.fetch_add(self.too_large, Ordering::Relaxed);
        s.unreadable.fetch_add(self.unreadable, Ordering::Relaxed);
    }
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
        let mut buf = Vec::new();
        let assets = &assets;
        let problems = &problems;
        let mut local = LocalCounters {
            shared: &counters,
            files: 0,
            bytes: 0,
            files_with_assets: 0,
            binary_skipped: 0,
            too_large: 0,
            unreadable: 0,
        };
        let push_problem = move |path: &str, error: InventoryError| {
            if let Ok(mut p) = problems.lock() {
                p.push(Problem {
                    location: Location::file(path),
                    error,
                });
            }
        };
        Box::new(move |entry| {
            // Name the whole struct so the closure owns it (and its Drop runs at thread end)
            // rather than copies of its fields.
            let local = &mut local;
            let entry = match entry {
                Ok(e) => e,
                Err(err) => {
                    local.unreadable += 1;
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
            if !entry.file_type().is_some_and(|t| t.is_file()) {
                return WalkState::Continue;
            }
            let path = entry.path();
            local.files += 1;
            let outcome = read_file(path, opts.max_file_size, &mut buf);
            let len = outcome.as_ref().map_or(0, |(_, n)| *n);
            local.bytes += len as u64;
            progress.file_done(len as u64);
            match outcome.map(|(o, _)| o) {
                Ok(ReadOutcome::Complete) => {}
                Ok(ReadOutcome::Binary) => {
                    local.binary_skipped += 1;
                    return WalkState::Continue;
                }
                Ok(ReadOutcome::TooLarge) => {
                    local.too_large += 1;
                    return WalkState::Continue;
                }
                Err(e) => {
                    local.unreadable += 1;
                    let rel = relative(path, roots);
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
            // The relative path is only worked out for the few files that hold something.
            let mut findings = analyze::analyze(&buf[..len], "", &opts.analyze);
            if findings.kind == ContentKind::Binary {
                local.binary_skipped += 1;
            }
            if !findings.assets.is_empty() || !findings.problems.is_empty() {
                let rel = relative(path, roots);
                for a in &mut findings.assets {
                    a.location.path.clone_from(&rel);
                }
                for p in &mut findings.problems {
                    p.location.path.clone_from(&rel);
                }
            }
            if !findings.assets.is_empty() {
                local.files_with_assets += 1;
                if let Ok(mut a) = assets.lock() {
                    a.extend(findings.assets);
                }
            }
            if !findings.problems.is_empty() {
                if let Ok(mut p) = problems.lock() {
                    p.extend(findings.problems);
                }
            }
            // Keep one buffer per thread, but give back memory a large file took.
            if buf.len() > 4 * 1024 * 1024 {
                buf = Vec::new();
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

pub(crate) fn walk_error_path(err: &ignore::Error) -> Option<PathBuf> {
    match err {
        ignore::Error::WithPath { path, .. } => Some(path.clone()),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            walk_error_path(err)
        }
        ignore::Error::Loop { child, .. } => Some(child.clone()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(max: u64, threads: usize) -> ScanOptions {
        ScanOptions {
            analyze: AnalyzeOptions::now(Vec::new()),
            max_file_size: max,
            threads,
            follow_links: true,
        }
    }

    #[test]
    fn counts_skips_and_relative_paths() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        std::fs::create_dir_all(root.join("a/.hidden")).expect("dirs");
        // An OpenSSH public key line, hidden two levels down.
        std::fs::write(
            root.join("a/.hidden/k.pub"),
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJdD7y3aLq454yWBdwLWbieU1ebz9/cu7/QEXn9OIeZJ x@y\n",
        )
        .expect("key");
        let mut binary = vec![0x7fu8, b'E', b'L', b'F', 0, 0];
        binary.resize(100_000, 0xaa);
        std::fs::write(root.join("a/prog"), &binary).expect("binary");
        std::fs::write(root.join("big.txt"), vec![b'x'; 200_000]).expect("big");
        std::fs::write(root.join("empty"), b"").expect("empty");
        #[cfg(unix)]
        std::os::unix::fs::symlink(root, root.join("a/loop")).expect("symlink loop");
        for threads in [1, 2] {
            let r = scan_paths(&[root.to_path_buf()], &opts(150_000, threads), &NoProgress);
            assert_eq!(r.assets.len(), 1, "{:?}", r.assets);
            assert_eq!(r.assets[0].location.path, "a/.hidden/k.pub");
            assert_eq!(r.stats.files, 4);
            assert_eq!(r.stats.binary_skipped, 1);
            assert_eq!(r.stats.too_large, 1);
            assert_eq!(r.stats.files_with_assets, 1);
            // The binary and the over-limit file are abandoned after their first read.
            let first_reads = 2 * INITIAL_BUFFER as u64;
            assert!(r.stats.bytes <= first_reads + 200, "{}", r.stats.bytes);
            // Following the link back to the root is a loop: reported, not followed forever.
            assert!(
                r.problems
                    .iter()
                    .any(|p| p.error.to_string().contains("loop")),
                "{:?}",
                r.problems
            );
        }
        // A file given directly is recorded by its name.
        let one = scan_paths(
            &[root.join("a/.hidden/k.pub")],
            &opts(1 << 20, 0),
            &NoProgress,
        );
        assert_eq!(one.assets[0].location.path, "k.pub");
    }

    #[test]
    fn reads_whole_files_of_every_size() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut buf = Vec::new();
        for size in [
            0usize,
            1,
            HEAD - 1,
            HEAD,
            HEAD + 1,
            INITIAL_BUFFER,
            INITIAL_BUFFER + 1,
            300_000,
        ] {
            let data: Vec<u8> = (0..size).map(|i| b'a' + (i % 26) as u8).collect();
            let p = dir.path().join(format!("f{size}"));
            std::fs::write(&p, &data).expect("write");
            let (o, n) = read_file(&p, 1 << 20, &mut buf).expect("read");
            assert!(matches!(o, ReadOutcome::Complete));
            assert_eq!(&buf[..n], &data[..], "size {size}");
            let (o, _) = read_file(&p, 299_999, &mut buf).expect("read");
            assert_eq!(
                matches!(o, ReadOutcome::TooLarge),
                size > 299_999,
                "size {size}"
            );
        }
    }
}
