//! The offline advisory store: one file, `advisories.osvdb`, in the directory the caller names.
//!
//! Layout (integers little-endian):
//!
//! ```text
//! header   8  magic "MAMOOSV\0"
//!          4  format version (1)
//!          4  reserved, 0
//!          8  index offset
//!          8  index length
//!          8  FNV-1a 64 of the index bytes
//! blobs       minified JSON records, back to back
//! index       records sorted by id:  id, blob offset u64, blob length u32, modified (ns, i128),
//!                                    withdrawn u8, aliases, package keys (ecosystem, release,
//!                                    normalised name)
//!             name table sorted by "ecosystem\0name\0release" → record number
//!             alias table sorted by alias → record number
//! ```
//!
//! Strings are a u32 length and UTF-8 bytes; lists a u32 count. The file length must equal
//! index offset + length, so a truncated file is refused at open. Opening reads the index
//! only; records are read from their blob on demand.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
#[cfg(not(unix))]
use std::sync::Mutex;

use crate::ecosystem::Ecosystem;
use crate::error::{Result, VulnError};
use crate::osv::model::{Advisory, Timestamp};

pub(crate) const FILE_NAME: &str = "advisories.osvdb";
pub(crate) const MAGIC: &[u8; 8] = b"MAMOOSV\0";
pub(crate) const FORMAT_VERSION: u32 = 1;
pub(crate) const HEADER_LEN: u64 = 40;
/// An index larger than this is damage, not data (250k records need about 60 MiB).
const MAX_INDEX_BYTES: u64 = 2 << 30;

/// A package an advisory names, as indexed.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct PkgKey {
    /// OSV spelling without release (`Debian`, `PyPI`).
    pub ecosystem: String,
    pub release: Option<String>,
    /// Through [`Ecosystem::normalize_name`].
    pub name: String,
}

impl PkgKey {
    fn table_key(&self) -> String {
        format!(
            "{}\0{}\0{}",
            self.ecosystem,
            self.name,
            self.release.as_deref().unwrap_or("")
        )
    }
}

/// One stored record's index entry.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub id: String,
    pub offset: u64,
    pub len: u32,
    pub modified: i128,
    pub withdrawn: bool,
    pub aliases: Vec<String>,
    pub keys: Vec<PkgKey>,
}

impl Entry {
    pub(crate) fn from_advisory(a: &Advisory) -> Entry {
        let mut keys: Vec<PkgKey> = a
            .affected
            .iter()
            .filter_map(|af| {
                let p = af.package.as_ref()?;
                // NUL separates the parts of a name-table key; no real name contains one.
                if p.name.contains('\0') || p.ecosystem.contains('\0') {
                    return None;
                }
                let (eco, release) = Ecosystem::parse_osv(&p.ecosystem);
                Some(PkgKey {
                    name: eco.normalize_name(&p.name),
                    ecosystem: eco.osv_name().to_string(),
                    release,
                })
            })
            .collect();
        keys.sort();
        keys.dedup();
        Entry {
            id: a.id.clone(),
            offset: 0,
            len: 0,
            modified: a.modified.unix_nanos(),
            withdrawn: a.is_withdrawn(),
            aliases: a.aliases.clone(),
            keys,
        }
    }
}

/// What is in the store, for `mamori vuln db status`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DbStatus {
    /// Records that are not withdrawn, per ecosystem (OSV spelling without release); a record
    /// naming packages of two ecosystems counts in both.
    pub per_ecosystem: BTreeMap<String, usize>,
    /// All stored records, withdrawn ones included.
    pub total: usize,
    pub withdrawn: usize,
    /// The most recently modified record.
    pub newest: Option<(String, Timestamp)>,
    pub path: PathBuf,
    /// File size in bytes.
    pub size: u64,
}

/// The indexed advisory store.
#[derive(Debug)]
pub struct OsvDatabase {
    path: PathBuf,
    size: u64,
    pub(crate) entries: Vec<Entry>,
    names: Vec<(String, u32)>,
    aliases: Vec<(String, u32)>,
    /// Read with positional reads on Unix (no shared cursor, so scan threads never wait on
    /// each other), behind a lock elsewhere.
    #[cfg(unix)]
    file: File,
    #[cfg(not(unix))]
    file: Mutex<File>,
}

pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

pub(crate) fn db_path(dir: &Path) -> PathBuf {
    dir.join(FILE_NAME)
}

impl OsvDatabase {
    /// Opens the store in `dir`, reading its index. A missing store, a file of another format
    /// version, and a damaged or truncated file are all [`VulnError::Database`].
    pub fn open(dir: &Path) -> Result<Self> {
        let path = db_path(dir);
        let dberr = |reason: String| VulnError::Database {
            path: path.clone(),
            reason,
        };
        let mut file = File::open(&path).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                dberr("no advisory database here; import advisories first".into())
            } else {
                VulnError::io(&path, e)
            }
        })?;
        let size = file.metadata().map_err(|e| VulnError::io(&path, e))?.len();
        let mut header = [0u8; HEADER_LEN as usize];
        if size < HEADER_LEN {
            return Err(dberr(format!(
                "truncated: {size} bytes, shorter than the header"
            )));
        }
        file.read_exact(&mut header)
            .map_err(|e| VulnError::io(&path, e))?;
        if &header[0..8] != MAGIC {
            return Err(dberr("not a mamori advisory database (wrong magic)".into()));
        }
        let u32_at =
            |i: usize| u32::from_le_bytes([header[i], header[i + 1], header[i + 2], header[i + 3]]);
        let u64_at = |i: usize| {
            let mut b = [0u8; 8];
            b.copy_from_slice(&header[i..i + 8]);
            u64::from_le_bytes(b)
        };
        let version = u32_at(8);
        if version != FORMAT_VERSION {
            return Err(dberr(format!(
                "format version {version}, this mamori reads version {FORMAT_VERSION}; re-import"
            )));
        }
        let (index_offset, index_len, checksum) = (u64_at(16), u64_at(24), u64_at(32));
        if index_offset < HEADER_LEN
            || index_len > MAX_INDEX_BYTES
            || index_offset.checked_add(index_len) != Some(size)
        {
            return Err(dberr(format!(
                "truncated or damaged: index at {index_offset}+{index_len}, file is {size} bytes"
            )));
        }
        file.seek(SeekFrom::Start(index_offset))
            .map_err(|e| VulnError::io(&path, e))?;
        let mut index = vec![0u8; index_len as usize];
        file.read_exact(&mut index)
            .map_err(|e| VulnError::io(&path, e))?;
        if fnv1a(&index) != checksum {
            return Err(dberr("index checksum mismatch: the file is damaged".into()));
        }
        let (entries, names, aliases) = decode_index(&index, index_offset)
            .map_err(|at| dberr(format!("damaged index at byte {at}")))?;
        Ok(OsvDatabase {
            path,
            size,
            entries,
            names,
            aliases,
            #[cfg(unix)]
            file,
            #[cfg(not(unix))]
            file: Mutex::new(file),
        })
    }

    /// The store file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Counts for `db status`.
    pub fn status(&self) -> DbStatus {
        let mut per: BTreeMap<String, BTreeSet<u32>> = BTreeMap::new();
        for (key, idx) in &self.names {
            if self.entries[*idx as usize].withdrawn {
                continue;
            }
            let eco = key.split('\0').next().unwrap_or("");
            per.entry(eco.to_string()).or_default().insert(*idx);
        }
        let newest = self
            .entries
            .iter()
            .max_by_key(|e| e.modified)
            .and_then(|e| Timestamp::from_unix_nanos(e.modified).map(|t| (e.id.clone(), t)));
        DbStatus {
            per_ecosystem: per.into_iter().map(|(k, v)| (k, v.len())).collect(),
            total: self.entries.len(),
            withdrawn: self.entries.iter().filter(|e| e.withdrawn).count(),
            newest,
            path: self.path.clone(),
            size: self.size,
        }
    }

    /// Rebuilds each entry's package keys from the name table (`open` leaves them out).
    pub(crate) fn fill_keys(&mut self) {
        for (key, idx) in &self.names {
            let mut parts = key.splitn(3, '\0');
            let (Some(ecosystem), Some(name), Some(release)) =
                (parts.next(), parts.next(), parts.next())
            else {
                continue;
            };
            if let Some(e) = self.entries.get_mut(*idx as usize) {
                e.keys.push(PkgKey {
                    ecosystem: ecosystem.to_string(),
                    release: (!release.is_empty()).then(|| release.to_string()),
                    name: name.to_string(),
                });
            }
        }
    }

    pub(crate) fn entry_index(&self, id: &str) -> Option<usize> {
        self.entries
            .binary_search_by(|e| e.id.as_str().cmp(id))
            .ok()
    }

    pub(crate) fn read_blob(&self, idx: usize) -> Result<Vec<u8>> {
        let e = &self.entries[idx];
        let mut buf = vec![0u8; e.len as usize];
        let unreadable = |err: std::io::Error| VulnError::Database {
            path: self.path.clone(),
            reason: format!("record {} unreadable: {err}", e.id),
        };
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileExt;
            self.file
                .read_exact_at(&mut buf, e.offset)
                .map_err(unreadable)?;
        }
        #[cfg(not(unix))]
        {
            let mut f = self.file.lock().map_err(|_| VulnError::Database {
                path: self.path.clone(),
                reason: "store handle poisoned by an earlier panic".into(),
            })?;
            f.seek(SeekFrom::Start(e.offset))
                .and_then(|_| f.read_exact(&mut buf))
                .map_err(unreadable)?;
        }
        Ok(buf)
    }

    fn load(&self, idx: usize) -> Result<Advisory> {
        let bytes = self.read_blob(idx)?;
        serde_json::from_slice(&bytes).map_err(|err| VulnError::Database {
            path: self.path.clone(),
            reason: format!("record {} damaged: {err}", self.entries[idx].id),
        })
    }

    /// Records (not withdrawn) with an `affected` entry naming `normalised_name` in `eco`.
    /// For a `release`, records of that release and release-less records of the ecosystem
    /// match; without one, every release matches.
    pub fn candidates(
        &self,
        eco: &Ecosystem,
        release: Option<&str>,
        normalised_name: &str,
    ) -> Result<Vec<Advisory>> {
        let prefix = format!("{}\0{}\0", eco.osv_name(), normalised_name);
        let start = self
            .names
            .partition_point(|(k, _)| k.as_str() < prefix.as_str());
        let mut hits: Vec<u32> = Vec::new();
        for (key, idx) in self.names[start..]
            .iter()
            .take_while(|(k, _)| k.starts_with(&prefix))
        {
            let rel = &key[prefix.len()..];
            let fits = match release {
                Some(want) => rel.is_empty() || rel == want,
                None => true,
            };
            if fits && !self.entries[*idx as usize].withdrawn {
                hits.push(*idx);
            }
        }
        hits.sort_unstable();
        hits.dedup();
        hits.into_iter().map(|i| self.load(i as usize)).collect()
    }

    fn alias_hits(&self, id: &str) -> Vec<usize> {
        let start = self.aliases.partition_point(|(k, _)| k.as_str() < id);
        self.aliases[start..]
            .iter()
            .take_while(|(k, _)| k == id)
            .map(|(_, i)| *i as usize)
            .collect()
    }

    /// The record with this id (even withdrawn), then the other records that list it as an
    /// alias (withdrawn ones left out): `get("CVE-2021-44228")` finds the GHSA and others.
    pub fn get(&self, id: &str) -> Result<Vec<Advisory>> {
        let mut idxs: Vec<usize> = self.entry_index(id).into_iter().collect();
        for i in self.alias_hits(id) {
            if !self.entries[i].withdrawn && !idxs.contains(&i) {
                idxs.push(i);
            }
        }
        idxs.into_iter().map(|i| self.load(i)).collect()
    }

    /// Every id linked to `id` through aliases, followed across records (a PYSEC aliasing a
    /// CVE that a GHSA also aliases links PYSEC, CVE and GHSA); without `id` itself.
    pub fn aliases_of(&self, id: &str) -> BTreeSet<String> {
        let mut seen: BTreeSet<String> = BTreeSet::new();
        let mut queue: VecDeque<String> = VecDeque::new();
        seen.insert(id.to_string());
        queue.push_back(id.to_string());
        // Alias groups are small; the cap keeps a pathological store from running away.
        while let Some(cur) = queue.pop_front() {
            if seen.len() > 10_000 {
                break;
            }
            let mut linked: Vec<String> = Vec::new();
            if let Some(i) = self.entry_index(&cur) {
                linked.extend(self.entries[i].aliases.iter().cloned());
            }
            for i in self.alias_hits(&cur) {
                linked.push(self.entries[i].id.clone());
                linked.extend(self.entries[i].aliases.iter().cloned());
            }
            for l in linked {
                if seen.insert(l.clone()) {
                    queue.push_back(l);
                }
            }
        }
        seen.remove(id);
        seen
    }

    /// Number of stored records, withdrawn included.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the store holds no records.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

// ---- index encoding ----

fn put_u32(out: &mut Vec<u8>, n: u32) {
    out.extend_from_slice(&n.to_le_bytes());
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put_u32(out, s.len() as u32);
    out.extend_from_slice(s.as_bytes());
}

/// Encodes the index; `entries` must be sorted by id.
pub(crate) fn encode_index(entries: &[Entry]) -> Vec<u8> {
    let mut out = Vec::with_capacity(entries.len() * 128);
    put_u32(&mut out, entries.len() as u32);
    let mut names: Vec<(String, u32)> = Vec::new();
    let mut aliases: Vec<(String, u32)> = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        put_str(&mut out, &e.id);
        out.extend_from_slice(&e.offset.to_le_bytes());
        put_u32(&mut out, e.len);
        out.extend_from_slice(&e.modified.to_le_bytes());
        out.push(u8::from(e.withdrawn));
        put_u32(&mut out, e.aliases.len() as u32);
        for a in &e.aliases {
            put_str(&mut out, a);
            aliases.push((a.clone(), i as u32));
        }
        put_u32(&mut out, e.keys.len() as u32);
        for k in &e.keys {
            put_str(&mut out, &k.ecosystem);
            put_str(&mut out, k.release.as_deref().unwrap_or(""));
            put_str(&mut out, &k.name);
            names.push((k.table_key(), i as u32));
        }
    }
    names.sort();
    names.dedup();
    aliases.sort();
    aliases.dedup();
    for table in [&names, &aliases] {
        put_u32(&mut out, table.len() as u32);
        for (k, i) in table.iter() {
            put_str(&mut out, k);
            put_u32(&mut out, *i);
        }
    }
    out
}

struct Cursor<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize) -> std::result::Result<&'a [u8], usize> {
        let end = self.at.checked_add(n).ok_or(self.at)?;
        let s = self.b.get(self.at..end).ok_or(self.at)?;
        self.at = end;
        Ok(s)
    }
    fn u8(&mut self) -> std::result::Result<u8, usize> {
        Ok(self.take(1)?[0])
    }
    fn u32(&mut self) -> std::result::Result<u32, usize> {
        let s = self.take(4)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
    fn u64(&mut self) -> std::result::Result<u64, usize> {
        let mut a = [0u8; 8];
        a.copy_from_slice(self.take(8)?);
        Ok(u64::from_le_bytes(a))
    }
    fn i128(&mut self) -> std::result::Result<i128, usize> {
        let mut a = [0u8; 16];
        a.copy_from_slice(self.take(16)?);
        Ok(i128::from_le_bytes(a))
    }
    fn str(&mut self) -> std::result::Result<String, usize> {
        let at = self.at;
        let n = self.u32()? as usize;
        let s = self.take(n)?;
        String::from_utf8(s.to_vec()).map_err(|_| at)
    }
    /// A count, refused when it could not fit in what is left (each item is ≥ `min` bytes).
    fn count(&mut self, min: usize) -> std::result::Result<usize, usize> {
        let at = self.at;
        let n = self.u32()? as usize;
        if n.saturating_mul(min) > self.b.len() - self.at {
            return Err(at);
        }
        Ok(n)
    }
}

type Tables = (Vec<Entry>, Vec<(String, u32)>, Vec<(String, u32)>);

/// Decodes the index; errors give the byte offset (within the index) of the fault. Blob
/// extents must lie between the header and `blob_end`.
fn decode_index(b: &[u8], blob_end: u64) -> std::result::Result<Tables, usize> {
    let mut c = Cursor { b, at: 0 };
    let n = c.count(37)?;
    let mut entries = Vec::with_capacity(n);
    for _ in 0..n {
        let at = c.at;
        let id = c.str()?;
        let offset = c.u64()?;
        let len = c.u32()?;
        if offset < HEADER_LEN || offset.saturating_add(u64::from(len)) > blob_end {
            return Err(at);
        }
        let modified = c.i128()?;
        let withdrawn = c.u8()? != 0;
        let na = c.count(4)?;
        let mut aliases = Vec::with_capacity(na);
        for _ in 0..na {
            aliases.push(c.str()?);
        }
        // The package keys repeat what the name table says; a scan needs only the table, so
        // they are skipped here (a million small strings for 250 000 records) and rebuilt from
        // it by `fill_keys` when an import rewrites the index.
        let nk = c.count(12)?;
        for _ in 0..nk {
            for _ in 0..3 {
                let n = c.u32()? as usize;
                c.take(n)?;
            }
        }
        let keys = Vec::new();
        if entries.last().is_some_and(|p: &Entry| p.id >= id) {
            return Err(at);
        }
        entries.push(Entry {
            id,
            offset,
            len,
            modified,
            withdrawn,
            aliases,
            keys,
        });
    }
    let mut tables = Vec::new();
    for _ in 0..2 {
        let n = c.count(8)?;
        let mut t: Vec<(String, u32)> = Vec::with_capacity(n);
        for _ in 0..n {
            let at = c.at;
            let k = c.str()?;
            let i = c.u32()?;
            if i as usize >= entries.len() || t.last().is_some_and(|(p, _)| *p > k) {
                return Err(at);
            }
            t.push((k, i));
        }
        tables.push(t);
    }
    if c.at != b.len() {
        return Err(c.at);
    }
    let aliases = tables.pop().unwrap_or_default();
    let names = tables.pop().unwrap_or_default();
    Ok((entries, names, aliases))
}
