//! pip `requirements*.txt`: only exact pins (`==` / `===`) name an installed version; every
//! other requirement is listed in `skipped` with the reason. `-r`/`--requirement` includes are
//! read relative to the including file, each file at most once (so include cycles end).

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::ecosystem::Ecosystem;
use crate::error::{Result, read_limited};
use crate::package::Inventory;

use super::{Collector, MAX_LOCKFILE_BYTES};

/// How deep `-r` includes may nest.
const MAX_INCLUDE_DEPTH: usize = 16;

pub(super) fn parse(path: &Path, text: &str) -> Result<Inventory> {
    let mut c = Collector::new(path, Ecosystem::PyPI);
    let mut seen = HashSet::new();
    seen.insert(canonical(path));
    read_file(path, text, &mut c, &mut seen, 0)?;
    Ok(c.finish("requirements.txt".to_string()))
}

fn canonical(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// Logical lines: comments removed, `\` continuations joined; each with its first line number.
fn logical_lines(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut acc = String::new();
    let mut start = 0;
    for (i, raw) in text.lines().enumerate() {
        if acc.is_empty() {
            start = i + 1;
        }
        // A comment starts at `#` at line start or after whitespace (URLs keep their fragments).
        let mut line = raw;
        if line.trim_start().starts_with('#') {
            line = "";
        } else if let Some(p) = line.find(" #").or_else(|| line.find("\t#")) {
            line = &line[..p];
        }
        match line.trim_end().strip_suffix('\\') {
            Some(cont) => {
                acc.push_str(cont);
                acc.push(' ');
            }
            None => {
                acc.push_str(line);
                let l = std::mem::take(&mut acc);
                if !l.trim().is_empty() {
                    out.push((start, l.trim().to_string()));
                }
            }
        }
    }
    if !acc.trim().is_empty() {
        out.push((start, acc.trim().to_string()));
    }
    out
}

fn read_file(
    path: &Path,
    text: &str,
    c: &mut Collector,
    seen: &mut HashSet<PathBuf>,
    depth: usize,
) -> Result<()> {
    for (line_no, line) in logical_lines(text) {
        let at = format!("{}: line {line_no}", path.display());
        if let Some(opt) = line.strip_prefix('-') {
            let (flag, arg) = match opt.split_once(['=', ' ', '\t']) {
                Some((f, a)) => (f, a.trim()),
                None => (opt, ""),
            };
            if matches!(flag, "r" | "-requirement") || (flag.starts_with('r') && arg.is_empty()) {
                let target = if flag.len() > 1 && flag.starts_with('r') {
                    flag[1..].trim()
                } else {
                    arg
                };
                include(path, target, &at, c, seen, depth)?;
            }
            // Other options (-c constraints, -e editables, index URLs, --hash alone) install
            // nothing pinned that this file names.
            if matches!(flag, "e" | "-editable") {
                c.skip(at, format!("editable install {arg:?}: no registry version"));
            }
            continue;
        }
        requirement(&line, line_no, &at, path, c);
    }
    Ok(())
}

fn include(
    from: &Path,
    target: &str,
    at: &str,
    c: &mut Collector,
    seen: &mut HashSet<PathBuf>,
    depth: usize,
) -> Result<()> {
    if target.is_empty() {
        c.skip(at, "-r without a file name");
        return Ok(());
    }
    let file = from.parent().unwrap_or(Path::new("")).join(target);
    if depth >= MAX_INCLUDE_DEPTH {
        c.skip(at, format!("-r {target}: includes nested too deep"));
        return Ok(());
    }
    if !seen.insert(canonical(&file)) {
        // Already read: a cycle or a diamond; its packages are listed once.
        return Ok(());
    }
    let bytes = match read_limited(&file, "a requirements file", MAX_LOCKFILE_BYTES) {
        Ok(b) => b,
        Err(e) => {
            c.skip(at, format!("-r {target}: {e}"));
            return Ok(());
        }
    };
    let text = super::utf8(&file, &bytes)?;
    let saved = std::mem::replace(&mut c.file, file.clone());
    let r = read_file(&file, text, c, seen, depth + 1);
    c.file = saved;
    r
}

fn requirement(line: &str, line_no: usize, at: &str, _path: &Path, c: &mut Collector) {
    // Environment markers and per-requirement options (`--hash=…`) follow the version spec.
    let spec = line.split(';').next().unwrap_or(line);
    let spec = match spec.find(" --") {
        Some(i) => &spec[..i],
        None => spec,
    }
    .trim();
    let name_end = spec
        .find(|ch: char| !(ch.is_ascii_alphanumeric() || matches!(ch, '-' | '_' | '.')))
        .unwrap_or(spec.len());
    let name = &spec[..name_end];
    if name.is_empty() {
        c.skip(at, format!("{spec:?}: not a requirement (a path or URL?)"));
        return;
    }
    let mut rest = spec[name_end..].trim_start();
    if rest.starts_with('[') {
        match rest.find(']') {
            Some(e) => rest = rest[e + 1..].trim_start(),
            None => {
                c.skip(at, format!("{name}: unterminated extras"));
                return;
            }
        }
    }
    if rest.starts_with('@') {
        c.skip(
            at,
            format!("{name}: installed from a URL, no registry version"),
        );
        return;
    }
    let rest = rest
        .trim()
        .trim_start_matches('(')
        .trim_end_matches(')')
        .trim();
    let version = rest
        .strip_prefix("===")
        .or_else(|| rest.strip_prefix("=="))
        .map(str::trim)
        .filter(|v| !v.is_empty() && !v.contains([',', '*', ' ', '<', '>', '!', '~', '=']));
    match version {
        Some(v) => {
            c.add(name, v, u32::try_from(line_no).ok(), Some(at.to_string()));
        }
        None if rest.is_empty() => c.skip(at, format!("{name}: no version pinned")),
        None => c.skip(
            at,
            format!("{name}{rest}: not pinned to one version with =="),
        ),
    }
}
