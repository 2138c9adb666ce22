//! Importing OSV records into the store: directories of `*.json`, single JSON files (one
//! record, `{"vulns":[…]}`, or an array) and osv.dev `all.zip` archives. Incremental: a record
//! replaces the stored one only when its `modified` is newer. Bad records are rejected with
//! their place and reason and never stop the import. The new store is written beside the old
//! one and renamed over it, so a crash leaves the old store intact.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Result, VulnError, read_limited};
use crate::osv::model::{Advisory, MAX_RECORD_BYTES, json_error};
use crate::osv::store::{
    Entry, FORMAT_VERSION, HEADER_LEN, MAGIC, OsvDatabase, db_path, encode_index, fnv1a,
};

/// Largest JSON file read whole (bundles such as `{"vulns":[…]}` hold many records).
pub const MAX_JSON_FILE_BYTES: u64 = 512 << 20;
/// Largest entry of a zip archive.
pub const MAX_ZIP_ENTRY_BYTES: u64 = MAX_RECORD_BYTES as u64;
/// Units (files or archive entries) parsed per parallel batch.
const BATCH: usize = 4096;

/// Where an import is, reported after each batch.
#[derive(Debug, Clone)]
pub struct ImportProgress {
    /// The source being read.
    pub source: PathBuf,
    /// Files or archive entries read so far, over all sources.
    pub units: usize,
    /// Records parsed so far, over all sources.
    pub records: usize,
}

/// A record or file left out of the store, with why.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Rejected {
    /// The file, or `archive.zip!/entry.json`, and for bundles `#/vulns/3`.
    pub path: PathBuf,
    pub reason: String,
}

/// What an import did.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct ImportStats {
    /// Records new to the store.
    pub added: usize,
    /// Records that replaced an older version of themselves.
    pub updated: usize,
    /// Records already stored with the same or a newer `modified`.
    pub unchanged: usize,
    /// Records seen again within this import, with no newer `modified` than the first.
    pub duplicates: usize,
    /// Of the added and updated records, those that are withdrawn (stored, never matched).
    pub withdrawn: usize,
    pub rejected: Vec<Rejected>,
    /// Files and archive entries read.
    pub units: usize,
    /// Records in the store after the import.
    pub total: usize,
}

/// A record ready to store.
struct Prepared {
    entry: Entry,
    blob: Vec<u8>,
}

type Outcome = std::result::Result<Prepared, Rejected>;

struct LockGuard(PathBuf);

impl Drop for LockGuard {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn lock(dir: &Path) -> Result<LockGuard> {
    let path = dir.join("advisories.osvdb.lock");
    match OpenOptions::new().write(true).create_new(true).open(&path) {
        Ok(mut f) => {
            let _ = writeln!(f, "{}", std::process::id());
            Ok(LockGuard(path))
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(VulnError::Database {
            path: path.clone(),
            reason: "another import is running (remove this lock file if none is)".into(),
        }),
        Err(e) => Err(VulnError::io(&path, e)),
    }
}

fn prepare(a: Advisory, label: &Path) -> Outcome {
    let blob = serde_json::to_vec(&a).map_err(|e| Rejected {
        path: label.to_path_buf(),
        reason: e.to_string(),
    })?;
    if blob.len() > MAX_RECORD_BYTES || blob.len() > u32::MAX as usize {
        return Err(Rejected {
            path: label.to_path_buf(),
            reason: format!(
                "record {} is {} bytes, over the {MAX_RECORD_BYTES}-byte limit",
                a.id,
                blob.len()
            ),
        });
    }
    if a.id.trim().is_empty() {
        return Err(Rejected {
            path: label.to_path_buf(),
            reason: "empty id".into(),
        });
    }
    Ok(Prepared {
        entry: Entry::from_advisory(&a),
        blob,
    })
}

fn reject(label: &Path, e: VulnError) -> Outcome {
    // The path is already in `Rejected::path`; the reason says where in it and what.
    let reason = match e {
        VulnError::Parse { at, reason, .. } => format!("{at}: {reason}"),
        other => other.to_string(),
    };
    Err(Rejected {
        path: label.to_path_buf(),
        reason,
    })
}

/// Parses one JSON unit: a record, `{"vulns":[…]}`, or an array of records.
fn parse_unit(label: &Path, bytes: &[u8]) -> Vec<Outcome> {
    #[derive(Deserialize)]
    struct Bundle {
        vulns: Vec<serde_json::Value>,
    }
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace()).copied();
    let elements = match first {
        Some(b'[') => match serde_json::from_slice::<Vec<serde_json::Value>>(bytes) {
            Ok(v) => v,
            Err(e) => return vec![reject(label, json_error(label, &e))],
        },
        _ => match Advisory::from_json(bytes, label) {
            Ok(a) => return vec![prepare(a, label)],
            Err(e) => match serde_json::from_slice::<Bundle>(bytes) {
                Ok(b) => b.vulns,
                Err(_) => return vec![reject(label, explain_foreign(label, bytes, e))],
            },
        },
    };
    let prefix = if first == Some(b'[') { "#" } else { "#/vulns" };
    elements
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let at = format!("{prefix}/{i}");
            match Advisory::from_value(v, label, &at) {
                Ok(a) => prepare(a, &PathBuf::from(format!("{}{at}", label.display()))),
                Err(e) => reject(label, e),
            }
        })
        .collect()
}

/// A record that fails to parse because it is another advisory format gets that said, rather
/// than the first field serde tripped on.
fn explain_foreign(label: &Path, bytes: &[u8], e: VulnError) -> VulnError {
    let Ok(serde_json::Value::Object(o)) = serde_json::from_slice::<serde_json::Value>(bytes)
    else {
        return e;
    };
    let reason = if o.contains_key("ghsaId") || o.contains_key("ghsa_id") {
        "a GitHub advisory in GitHub's own format, not OSV (github/advisory-database publishes the OSV form)"
    } else if o.contains_key("id") || o.contains_key("modified") {
        return e;
    } else {
        "not an OSV record: no `id` and no `modified`"
    };
    VulnError::parse(label, "top level", reason)
}

enum Unit {
    File(PathBuf),
    Bytes(PathBuf, std::result::Result<Vec<u8>, VulnError>),
}

fn run_unit(u: &Unit) -> Vec<Outcome> {
    match u {
        Unit::File(p) => match read_limited(p, "an OSV JSON file", MAX_JSON_FILE_BYTES) {
            Ok(b) => parse_unit(p, &b),
            Err(e) => vec![reject(p, e)],
        },
        Unit::Bytes(label, Ok(b)) => parse_unit(label, b),
        Unit::Bytes(label, Err(e)) => vec![Err(Rejected {
            path: label.clone(),
            reason: e.to_string(),
        })],
    }
}

/// Parses a batch on all cores, keeping the units' order.
fn run_batch(units: &[Unit]) -> Vec<Outcome> {
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .clamp(1, 8);
    if threads == 1 || units.len() < 64 {
        return units.iter().flat_map(run_unit).collect();
    }
    let chunk = units.len().div_ceil(threads);
    std::thread::scope(|s| {
        let handles: Vec<_> = units
            .chunks(chunk)
            .map(|c| s.spawn(move || c.iter().flat_map(run_unit).collect::<Vec<_>>()))
            .collect();
        let mut out = Vec::new();
        for (h, c) in handles.into_iter().zip(units.chunks(chunk)) {
            match h.join() {
                Ok(v) => out.extend(v),
                // A panic in a parser is a bug; the units are reported, not lost silently.
                Err(_) => out.extend(c.iter().map(|u| {
                    let p = match u {
                        Unit::File(p) | Unit::Bytes(p, _) => p.clone(),
                    };
                    Err(Rejected {
                        path: p,
                        reason: "internal error while parsing".into(),
                    })
                })),
            }
        }
        out
    })
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let rd = std::fs::read_dir(dir).map_err(|e| VulnError::io(dir, e))?;
    let mut items: Vec<(PathBuf, std::fs::FileType)> = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|e| VulnError::io(dir, e))?;
        let ft = ent.file_type().map_err(|e| VulnError::io(ent.path(), e))?;
        items.push((ent.path(), ft));
    }
    items.sort_by(|a, b| a.0.cmp(&b.0));
    for (p, ft) in items {
        if ft.is_dir() {
            walk(&p, out)?;
        } else if (ft.is_file() || (ft.is_symlink() && p.is_file()))
            && p.extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("json"))
        {
            out.push(p);
        }
    }
    Ok(())
}

struct Writer<'a> {
    old: Option<&'a OsvDatabase>,
    out: BufWriter<File>,
    tmp: PathBuf,
    pos: u64,
    fresh: HashMap<String, Entry>,
    stats: ImportStats,
}

impl Writer<'_> {
    fn accept(&mut self, o: Outcome) -> Result<()> {
        let p = match o {
            Ok(p) => p,
            Err(r) => {
                self.stats.rejected.push(r);
                return Ok(());
            }
        };
        let id = &p.entry.id;
        if let Some(old) = self.old
            && let Some(i) = old.entry_index(id)
            && p.entry.modified <= old.entries[i].modified
        {
            self.stats.unchanged += 1;
            return Ok(());
        }
        if self
            .fresh
            .get(id)
            .is_some_and(|cur| cur.modified >= p.entry.modified)
        {
            self.stats.duplicates += 1;
            return Ok(());
        }
        let mut entry = p.entry;
        entry.offset = self.pos;
        entry.len = p.blob.len() as u32;
        self.out
            .write_all(&p.blob)
            .map_err(|e| VulnError::io(&self.tmp, e))?;
        self.pos += p.blob.len() as u64;
        self.fresh.insert(entry.id.clone(), entry);
        Ok(())
    }
}

impl OsvDatabase {
    /// Imports `sources` into the store in `dir` (created if missing). See the module docs
    /// for what sources may be. Fails only on I/O faults, a damaged existing store, or a
    /// concurrent import; bad records land in [`ImportStats::rejected`].
    pub fn import(
        dir: &Path,
        sources: &[PathBuf],
        progress: &mut dyn FnMut(ImportProgress),
    ) -> Result<ImportStats> {
        std::fs::create_dir_all(dir).map_err(|e| VulnError::io(dir, e))?;
        let _lock = lock(dir)?;
        let final_path = db_path(dir);
        let old = if final_path.exists() {
            let mut db = OsvDatabase::open(dir)?;
            db.fill_keys();
            Some(db)
        } else {
            None
        };
        let tmp = dir.join(format!("advisories.osvdb.tmp-{}", std::process::id()));
        let file = File::create(&tmp).map_err(|e| VulnError::io(&tmp, e))?;
        let mut w = Writer {
            old: old.as_ref(),
            out: BufWriter::with_capacity(1 << 20, file),
            tmp: tmp.clone(),
            pos: HEADER_LEN,
            fresh: HashMap::new(),
            stats: ImportStats::default(),
        };
        let result = import_into(&mut w, sources, progress).and_then(|()| finish(w, &final_path));
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result
    }
}

fn import_into(
    w: &mut Writer<'_>,
    sources: &[PathBuf],
    progress: &mut dyn FnMut(ImportProgress),
) -> Result<()> {
    w.out
        .write_all(&[0u8; HEADER_LEN as usize])
        .map_err(|e| VulnError::io(&w.tmp, e))?;
    let mut records = 0usize;
    for src in sources {
        let meta = std::fs::metadata(src).map_err(|e| VulnError::io(src, e))?;
        let mut flush = |w: &mut Writer<'_>, units: &mut Vec<Unit>| -> Result<()> {
            let outcomes = run_batch(units);
            w.stats.units += units.len();
            records += outcomes.iter().filter(|o| o.is_ok()).count();
            units.clear();
            for o in outcomes {
                w.accept(o)?;
            }
            progress(ImportProgress {
                source: src.clone(),
                units: w.stats.units,
                records,
            });
            Ok(())
        };
        let mut units: Vec<Unit> = Vec::new();
        if meta.is_dir() {
            let mut files = Vec::new();
            walk(src, &mut files)?;
            for f in files {
                units.push(Unit::File(f));
                if units.len() >= BATCH {
                    flush(w, &mut units)?;
                }
            }
        } else if src
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("zip"))
        {
            let file = File::open(src).map_err(|e| VulnError::io(src, e))?;
            let mut zip = zip::ZipArchive::new(file).map_err(|e| VulnError::Unsupported {
                path: src.clone(),
                reason: format!("not a readable zip archive: {e}"),
            })?;
            for i in 0..zip.len() {
                let mut ent = match zip.by_index(i) {
                    Ok(e) => e,
                    Err(e) => {
                        w.stats.rejected.push(Rejected {
                            path: PathBuf::from(format!("{}!/#{i}", src.display())),
                            reason: e.to_string(),
                        });
                        continue;
                    }
                };
                let name = match ent.name() {
                    Ok(n) => n.to_string(),
                    Err(e) => {
                        w.stats.rejected.push(Rejected {
                            path: PathBuf::from(format!("{}!/#{i}", src.display())),
                            reason: format!("entry name unreadable: {e}"),
                        });
                        continue;
                    }
                };
                if ent.is_dir() || !name.to_ascii_lowercase().ends_with(".json") {
                    continue;
                }
                let label = PathBuf::from(format!("{}!/{name}", src.display()));
                let too_large = |size: u64| VulnError::TooLarge {
                    path: label.clone(),
                    what: "an archive entry",
                    size,
                    limit: MAX_ZIP_ENTRY_BYTES,
                };
                let bytes = if ent.size() > MAX_ZIP_ENTRY_BYTES {
                    Err(too_large(ent.size()))
                } else {
                    let mut b = Vec::with_capacity(ent.size() as usize);
                    match (&mut ent).take(MAX_ZIP_ENTRY_BYTES + 1).read_to_end(&mut b) {
                        Ok(_) if b.len() as u64 > MAX_ZIP_ENTRY_BYTES => {
                            Err(too_large(b.len() as u64))
                        }
                        Ok(_) => Ok(b),
                        Err(e) => Err(VulnError::io(&label, e)),
                    }
                };
                units.push(Unit::Bytes(label, bytes));
                if units.len() >= BATCH {
                    flush(w, &mut units)?;
                }
            }
        } else {
            units.push(Unit::File(src.clone()));
        }
        flush(w, &mut units)?;
    }
    Ok(())
}

fn finish(mut w: Writer<'_>, final_path: &Path) -> Result<ImportStats> {
    let io = |e: std::io::Error| VulnError::io(&w.tmp, e);
    let mut entries: Vec<Entry> = Vec::new();
    // Stored records not replaced are copied over, in file order for sequential reads.
    if let Some(old) = w.old {
        let mut keep: Vec<usize> = (0..old.entries.len())
            .filter(|&i| !w.fresh.contains_key(&old.entries[i].id))
            .collect();
        keep.sort_by_key(|&i| old.entries[i].offset);
        for i in keep {
            let blob = old.read_blob(i)?;
            let mut e = old.entries[i].clone();
            e.offset = w.pos;
            w.out.write_all(&blob).map_err(io)?;
            w.pos += blob.len() as u64;
            entries.push(e);
        }
    }
    let mut stats = std::mem::take(&mut w.stats);
    for (_, e) in w.fresh.drain() {
        let existed = w.old.is_some_and(|o| o.entry_index(&e.id).is_some());
        if existed {
            stats.updated += 1;
        } else {
            stats.added += 1;
        }
        if e.withdrawn {
            stats.withdrawn += 1;
        }
        entries.push(e);
    }
    entries.sort_by(|a, b| a.id.cmp(&b.id));
    stats.total = entries.len();
    let index = encode_index(&entries);
    let index_offset = w.pos;
    w.out.write_all(&index).map_err(io)?;
    let mut file = w.out.into_inner().map_err(|e| io(e.into_error()))?;
    let mut header = Vec::with_capacity(HEADER_LEN as usize);
    header.extend_from_slice(MAGIC);
    header.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    header.extend_from_slice(&0u32.to_le_bytes());
    header.extend_from_slice(&index_offset.to_le_bytes());
    header.extend_from_slice(&(index.len() as u64).to_le_bytes());
    header.extend_from_slice(&fnv1a(&index).to_le_bytes());
    file.seek(SeekFrom::Start(0)).map_err(io)?;
    file.write_all(&header).map_err(io)?;
    file.sync_all().map_err(io)?;
    drop(file);
    std::fs::rename(&w.tmp, final_path).map_err(|e| VulnError::io(final_path, e))?;
    Ok(stats)
}
