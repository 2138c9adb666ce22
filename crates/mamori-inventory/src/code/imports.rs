//! Import collectors: which local name stands for which module, package or type.

use super::engine::Ctx;
use super::lexer::{DECLARE, Kind};

fn ident(ctx: &Ctx<'_>, i: usize) -> bool {
    ctx.t.kind(i) == Some(Kind::Ident)
}

/// Java and Kotlin: `import a.b.C;`, `import a.b.C as D`, `import static a.b.C.m;`.
pub fn jvm(ctx: &mut Ctx<'_>) {
    let n = ctx.t.len();
    let mut i = 0;
    while i < n {
        if !(ctx.t.is_ident(i, "import") && (i == 0 || ctx.t.toks[i].newline_before)) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        if ctx.t.is_ident(j, "static") {
            j += 1;
        }
        if !ident(ctx, j) {
            i += 1;
            continue;
        }
        let (segs, last) = ctx.chain(j);
        let segs: Vec<String> = segs.iter().map(|s| s.to_string()).collect();
        let mut local = segs.last().cloned().unwrap_or_default();
        let mut end = last + 1;
        if ctx.t.is_ident(end, "as") && ident(ctx, end + 1) {
            local = ctx.t.text(end + 1).to_string();
            end += 2;
        }
        // `import a.b.*` has no local name.
        if !ctx.t.is_punct(last + 1, b'.') {
            ctx.imports.insert(local, segs);
        }
        i = end;
    }
}

/// Python: `import a.b`, `import a.b as c`, `from a.b import c, d as e`, `from a import (c, d)`.
pub fn python(ctx: &mut Ctx<'_>) {
    let n = ctx.t.len();
    let mut i = 0;
    while i < n {
        let at_start = i == 0 || ctx.t.toks[i].newline_before || ctx.t.is_punct(i - 1, b';');
        if !at_start {
            i += 1;
            continue;
        }
        if ctx.t.is_ident(i, "import") {
            let mut j = i + 1;
            loop {
                if !ident(ctx, j) {
                    break;
                }
                let (segs, last) = ctx.chain(j);
                let segs: Vec<String> = segs.iter().map(|s| s.to_string()).collect();
                let mut k = last + 1;
                if ctx.t.is_ident(k, "as") && ident(ctx, k + 1) {
                    ctx.imports.insert(ctx.t.text(k + 1).to_string(), segs);
                    k += 2;
                } else if let Some(first) = segs.first() {
                    // `import a.b` binds `a`.
                    ctx.imports.insert(first.clone(), vec![first.clone()]);
                }
                if ctx.t.is_punct(k, b',') && !ctx.t.toks[k].newline_before {
                    j = k + 1;
                } else {
                    break;
                }
            }
            i = j + 1;
            continue;
        }
        if ctx.t.is_ident(i, "from") && ident(ctx, i + 1) {
            let (module, last) = ctx.chain(i + 1);
            let module: Vec<String> = module.iter().map(|s| s.to_string()).collect();
            if !ctx.t.is_ident(last + 1, "import") {
                i += 1;
                continue;
            }
            let mut j = last + 2;
            let paren = ctx.t.is_punct(j, b'(');
            if paren {
                j += 1;
            }
            while j < n && ident(ctx, j) {
                if !paren && ctx.t.toks[j].newline_before {
                    break;
                }
                let name = ctx.t.text(j).to_string();
                let mut full = module.clone();
                full.push(name.clone());
                let mut k = j + 1;
                let mut local = name;
                if ctx.t.is_ident(k, "as") && ident(ctx, k + 1) {
                    local = ctx.t.text(k + 1).to_string();
                    k += 2;
                }
                ctx.imports.insert(local, full);
                if ctx.t.is_punct(k, b',') {
                    j = k + 1;
                } else {
                    break;
                }
            }
            i = j + 1;
            continue;
        }
        i += 1;
    }
}

/// Go: `import "crypto/md5"`, `import h "crypto/sha1"`, and `import ( … )` blocks. The local
/// name is the alias or the last path element; the path is one segment.
pub fn go(ctx: &mut Ctx<'_>) {
    let n = ctx.t.len();
    let mut i = 0;
    while i < n {
        if !ctx.t.is_ident(i, "import") {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let block = ctx.t.is_punct(j, b'(');
        if block {
            j += 1;
        }
        while j < n {
            let mut alias = None;
            if ident(ctx, j) || ctx.t.is_punct(j, b'.') || ctx.t.is_punct(j, b'_') {
                alias = Some(ctx.t.text(j).to_string());
                j += 1;
            }
            if ctx.t.kind(j) != Some(Kind::Str) {
                break;
            }
            let path = ctx.t.string(j);
            let last = path.rsplit('/').next().unwrap_or(&path).to_string();
            // Versioned module paths (`…/v2`) are named by the element before.
            let local = alias.unwrap_or_else(|| {
                if last.len() >= 2
                    && last.starts_with('v')
                    && last[1..].bytes().all(|b| b.is_ascii_digit())
                {
                    path.rsplit('/').nth(1).unwrap_or(&last).to_string()
                } else {
                    last.clone()
                }
            });
            ctx.imports.insert(local, vec![path]);
            j += 1;
            if ctx.t.is_punct(j, b';') {
                j += 1;
            }
            if !block || ctx.t.is_punct(j, b')') {
                break;
            }
        }
        i = j + 1;
    }
}

/// JavaScript and TypeScript: `require('m')`, `import * as x from 'm'`, `import x from 'm'`,
/// `import { a, b as c } from 'm'`, `const { a } = require('m')`. `node:` prefixes are dropped.
pub fn javascript(ctx: &mut Ctx<'_>) {
    let n = ctx.t.len();
    let module_name = |s: String| s.strip_prefix("node:").map(str::to_string).unwrap_or(s);
    let mut i = 0;
    while i < n {
        // `x = require('m')`, `{ a, b } = require('m')`, `{ a } = await import('m')`;
        // `require('m').createHash(…)` needs no name.
        let loader = ctx.t.is_ident(i, "require") || ctx.t.is_ident(i, "import");
        if loader
            && ctx.t.is_punct(i + 1, b'(')
            && ctx.t.kind(i + 2) == Some(Kind::Str)
            && ctx.t.is_punct(i + 3, b')')
        {
            let module = module_name(ctx.t.string(i + 2));
            let mut k = i;
            if k >= 1 && ctx.t.is_ident(k - 1, "await") {
                k -= 1;
            }
            if k >= 2 && ctx.t.is_punct(k - 1, b'=') {
                if ident(ctx, k - 2) {
                    ctx.imports
                        .insert(ctx.t.text(k - 2).to_string(), vec![module.clone()]);
                } else if ctx.t.is_punct(k - 2, b'}') {
                    let mut o = k - 2;
                    while o > 0 && !ctx.t.is_punct(o, b'{') {
                        o -= 1;
                    }
                    destructure(ctx, o, k - 2, &module);
                }
            }
            i += 4;
            continue;
        }
        if ctx.t.is_ident(i, "import")
            && (i == 0 || ctx.t.toks[i].newline_before || ctx.t.is_punct(i - 1, b';'))
        {
            // Find `from 'm'` on this statement.
            let mut k = i + 1;
            while k < n && k < i + 200 && !ctx.t.is_ident(k, "from") && !ctx.t.is_punct(k, b';') {
                k += 1;
            }
            if !(ctx.t.is_ident(k, "from") && ctx.t.kind(k + 1) == Some(Kind::Str)) {
                i += 1;
                continue;
            }
            let module = module_name(ctx.t.string(k + 1));
            let mut j = i + 1;
            if ctx.t.is_ident(j, "type") {
                j += 1;
            }
            while j < k {
                if ctx.t.is_punct(j, b'*') && ctx.t.is_ident(j + 1, "as") && ident(ctx, j + 2) {
                    ctx.imports
                        .insert(ctx.t.text(j + 2).to_string(), vec![module.clone()]);
                    j += 3;
                } else if ctx.t.is_punct(j, b'{') {
                    let close = ctx.matching(j);
                    destructure(ctx, j, close.min(k), &module);
                    j = close + 1;
                } else if ident(ctx, j) {
                    ctx.imports
                        .insert(ctx.t.text(j).to_string(), vec![module.clone()]);
                    j += 1;
                } else {
                    j += 1;
                }
            }
            i = k + 2;
            continue;
        }
        i += 1;
    }
}

/// `{ a, b as c }` (import) or `{ a, b: c }` (destructuring) between `open` and `close`.
fn destructure(ctx: &mut Ctx<'_>, open: usize, close: usize, module: &str) {
    let mut j = open + 1;
    while j < close {
        if ident(ctx, j) {
            let name = ctx.t.text(j).to_string();
            let mut local = name.clone();
            if (ctx.t.is_ident(j + 1, "as") || ctx.t.is_punct(j + 1, b':')) && ident(ctx, j + 2) {
                local = ctx.t.text(j + 2).to_string();
                j += 2;
            }
            ctx.imports.insert(local, vec![module.to_string(), name]);
        }
        j += 1;
    }
}

/// Rust: `use a::b::C;`, `use a::b::{C, D as E, e::F};`, `use a::b as c;`, `extern crate x as y`.
pub fn rust(ctx: &mut Ctx<'_>) {
    let n = ctx.t.len();
    let mut i = 0;
    while i < n {
        if !ctx.t.is_ident(i, "use") {
            i += 1;
            continue;
        }
        let end = (i + 1..n).find(|&k| ctx.t.is_punct(k, b';')).unwrap_or(n);
        rust_tree(ctx, i + 1, end, &[]);
        i = end + 1;
    }
}

fn rust_tree(ctx: &mut Ctx<'_>, a: usize, b: usize, prefix: &[String]) {
    let mut j = a;
    let mut path: Vec<String> = prefix.to_vec();
    while j < b {
        if ctx.t.is_punct(j, b':') || ctx.t.is_punct(j, super::lexer::PATH_SEP) {
            j += 1;
            continue;
        }
        if ident(ctx, j) {
            let w = ctx.t.text(j).to_string();
            if w == "as" && ident(ctx, j + 1) {
                ctx.imports
                    .insert(ctx.t.text(j + 1).to_string(), path.clone());
                path = prefix.to_vec();
                j += 2;
                continue;
            }
            path.push(w);
            j += 1;
            if ctx.t.is_punct(j, b',') || j >= b {
                if let Some(last) = path.last() {
                    if last != "self" {
                        ctx.imports.insert(last.clone(), path.clone());
                    } else if path.len() >= 2 {
                        let p: Vec<String> = path[..path.len() - 1].to_vec();
                        ctx.imports.insert(p[p.len() - 1].clone(), p);
                    }
                }
                path = prefix.to_vec();
                j += 1;
            } else if ctx.t.is_ident(j, "as") {
                continue;
            } else if !(ctx.t.is_punct(j, super::lexer::PATH_SEP) || ctx.t.is_punct(j, b'{')) {
                if let Some(last) = path.last() {
                    ctx.imports.insert(last.clone(), path.clone());
                }
                path = prefix.to_vec();
            }
            continue;
        }
        if ctx.t.is_punct(j, b'{') {
            let close = ctx.matching(j).min(b);
            rust_tree(ctx, j + 1, close, &path);
            path = prefix.to_vec();
            j = close + 1;
            if ctx.t.is_punct(j, b',') {
                j += 1;
            }
            continue;
        }
        if ctx.t.is_punct(j, b'*') || ctx.t.is_punct(j, b',') {
            path = prefix.to_vec();
        }
        j += 1;
    }
    let _ = DECLARE;
}

/// C#: `using X = A.B.C;` aliases (namespace imports need no resolution).
pub fn csharp(ctx: &mut Ctx<'_>) {
    let n = ctx.t.len();
    let mut i = 0;
    while i < n {
        if ctx.t.is_ident(i, "using")
            && ident(ctx, i + 1)
            && ctx.t.is_punct(i + 2, b'=')
            && ident(ctx, i + 3)
        {
            let (segs, last) = ctx.chain(i + 3);
            let segs: Vec<String> = segs.iter().map(|s| s.to_string()).collect();
            ctx.imports.insert(ctx.t.text(i + 1).to_string(), segs);
            i = last + 1;
            continue;
        }
        i += 1;
    }
}

/// C and C++: nothing to resolve.
pub fn none(_ctx: &mut Ctx<'_>) {}
