//! Finding and reading the inputs of a scan: SBOMs and lockfiles, given as files or found in
//! directories. One unreadable input never stops the others.

use std::path::{Path, PathBuf};

use crate::error::{Result, VulnError};
use crate::lockfile;
use crate::matcher::InputError;
use crate::package::Inventory;
use crate::sbom;

/// Directory names [`discover`] does not descend into.
///
/// Like osv-scanner, version-control metadata is never scanned. Unlike osv-scanner's default
/// (which relies on `.gitignore` to leave them out), installed-dependency trees are skipped
/// outright: `node_modules` holds npm's hidden lockfile and the manifests of every installed
/// package, and `vendor` holds vendored sources whose own `go.mod`, `composer.lock` or
/// `Gemfile.lock` describe *their* builds; the project's own lockfile already lists what was
/// installed there, so descending would report packages twice or report ones never installed.
pub const SKIPPED_DIRS: [&str; 5] = [".git", ".hg", ".svn", "node_modules", "vendor"];

/// Deepest directory nesting walked; deeper trees are left unvisited.
const MAX_DEPTH: usize = 64;

/// Whether `path` is an input mamori reads, by its name.
pub fn is_input(path: &Path) -> bool {
    lockfile::lockfile_kind(path).is_some() || sbom::looks_like_sbom(path)
}

/// The inputs under `paths`: files are taken as given (whatever their name), directories are
/// walked for lockfiles and SBOMs by name. Sorted, without duplicates. Symbolic links to
/// directories are not followed (that alone rules out loops); links to files are.
pub fn discover(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<InputError>) {
    let mut found = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => walk(p, &mut found, &mut errors, 0),
            Ok(_) => found.push(p.clone()),
            Err(e) => errors.push(InputError {
                file: p.clone(),
                error: e.to_string(),
            }),
        }
    }
    found.sort();
    found.dedup();
    (found, errors)
}

fn walk(dir: &Path, found: &mut Vec<PathBuf>, errors: &mut Vec<InputError>, depth: usize) {
    if depth > MAX_DEPTH {
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(InputError {
                file: dir.to_path_buf(),
                error: e.to_string(),
            });
            return;
        }
    };
    let mut entries: Vec<_> = entries.filter_map(|e| e.ok()).collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        let Ok(ft) = entry.file_type() else { continue };
        if ft.is_dir() {
            let name = entry.file_name();
            if SKIPPED_DIRS.iter().any(|s| name == *s) {
                continue;
            }
            walk(&path, found, errors, depth + 1);
        } else if is_input(&path)
            && (ft.is_file() || std::fs::metadata(&path).is_ok_and(|m| m.is_file()))
        {
            found.push(path);
        }
    }
}

/// Reads one input: a lockfile by its name, anything else as an SBOM by its content.
pub fn read_input(path: &Path) -> Result<Inventory> {
    if lockfile::lockfile_kind(path).is_some() {
        let bytes = crate::error::read_limited(path, "a lockfile", lockfile::MAX_LOCKFILE_BYTES)?;
        return lockfile::parse_lockfile(path, &bytes);
    }
    let bytes = crate::error::read_limited(path, "an SBOM", sbom::MAX_SBOM_BYTES)?;
    sbom::parse_sbom(path, &bytes).map_err(|e| match e {
        VulnError::Unsupported { path, reason } => VulnError::Unsupported {
            path,
            reason: format!("{reason} (not a known lockfile name either)"),
        },
        other => other,
    })
}

/// Discovers and reads every input, reporting each one that fails beside the ones read.
pub fn read_inputs(
    paths: &[PathBuf],
    progress: &mut dyn FnMut(&Path),
) -> (Vec<Inventory>, Vec<InputError>) {
    let (files, mut errors) = discover(paths);
    let mut inventories = Vec::with_capacity(files.len());
    for f in files {
        progress(&f);
        match read_input(&f) {
            Ok(inv) => inventories.push(inv),
            Err(e) => errors.push(InputError {
                file: f,
                error: e.to_string(),
            }),
        }
    }
    (inventories, errors)
}
