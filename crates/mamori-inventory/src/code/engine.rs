//! The rule engine shared by every source language.
//!
//! One pass collects what a rule may need from elsewhere in the file: imports (so `md5.New` is
//! `crypto/md5.New` only when `crypto/md5` is imported as `md5`), and constants (so
//! `Cipher.getInstance(ALG)` sees `ALG = "DES"`). A second pass walks qualified names
//! (`a.b.c`, `a::b`, `a->b`), matches them against the language's rules and lets each rule's
//! action read the call's arguments.

use std::collections::HashMap;

use mamori_model::{
    Algorithm, CodeFinding, CodeFindingKind, Family, Language, Location, MaterialKind,
    ProtocolVersion, Weakness, WeaknessKind, catalogue,
};

use super::lexer::{self, ARROW, DECLARE, Kind, PATH_SEP, Tokens};

/// Findings per file beyond which a file is generated data, not code worth reporting line by line.
const MAX_FINDINGS: usize = 10_000;
/// Depth of constant-to-constant resolution (`A = B`, `B = "x"`).
const MAX_CONST_DEPTH: usize = 4;

/// How a rule's path must appear.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Followed by `(`.
    Call,
    /// `new X(…)` in Java/C#/JS, or `X(…)` where constructors need no `new`.
    New,
    /// Any mention that is not a call's callee (a constant, an enum value, a type).
    Ref,
    /// Either.
    Any,
    /// A method of that name called on any receiver (`socket.setEnabledProtocols(…)`): the
    /// action must check the arguments, since the receiver's type is unknown.
    Method,
    /// A property of that name assigned on any receiver (`s.enabledProtocols = …`).
    Property,
}

/// Where an action finds a value among a call's arguments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sel {
    Pos(usize),
    Kw(&'static str),
    /// Positional, or by keyword when passed by name (Python).
    PosKw(usize, &'static str),
    /// A field of the object literal at position n (`{modulusLength: 2048}`), or a keyword.
    Field(usize, &'static str),
}

pub type Action = fn(&mut Ctx<'_>, &Match);

pub enum Act {
    /// A fixed algorithm (catalogue or API name).
    Alg(&'static str),
    /// A fixed algorithm whose key size is an argument.
    AlgSized(&'static str, Sel),
    /// The algorithm named by a string argument, with an optional key-size argument.
    ArgApi(Sel, Option<Sel>),
    /// A protocol version (`TLS`, `1.0`).
    Proto(&'static str, &'static str),
    /// A fixed algorithm keyed by an argument: a literal key there is reported as hard-coded.
    Keyed(&'static str, Sel),
    /// Anything else.
    Custom(Action),
}

pub struct Rule {
    pub id: &'static str,
    /// Full path, segments separated by spaces (`javax crypto Cipher getInstance`,
    /// `crypto/md5 New`).
    pub path: &'static str,
    /// How many trailing segments must be written when the first one is not an import; 0 means
    /// the name must resolve through an import.
    pub min: u8,
    pub form: Form,
    pub act: Act,
}

pub const fn rule(id: &'static str, path: &'static str, min: u8, form: Form, act: Act) -> Rule {
    Rule {
        id,
        path,
        min,
        form,
        act,
    }
}

/// A rule matched at a place in the token stream.
pub struct Match {
    pub rule: &'static str,
    /// Token of the last path segment: the finding's position.
    pub tok: usize,
    /// First token of the qualified name.
    pub first: usize,
    /// One past the last token of the expression (after the closing parenthesis of a call).
    pub end: usize,
    /// The name as written: `Cipher.getInstance`.
    pub symbol: String,
    /// Argument token ranges, positional and by keyword (`name=` / `name:`).
    pub args: Vec<(usize, usize)>,
    pub kwargs: Vec<(String, (usize, usize))>,
    /// Variable the expression is assigned to.
    pub assigned: Option<String>,
}

pub struct Ctx<'a> {
    rules: &'static LanguageRules,
    index: &'static RuleIndex,
    pub lang: Language,
    pub t: Tokens<'a>,
    /// Local name → full path segments.
    pub imports: HashMap<String, Vec<String>>,
    /// Name → token range of the value it was given, for names assigned once.
    consts: HashMap<String, (usize, usize)>,
    /// Variable → index of the finding it holds (a key generator, a cipher object).
    pub vars: HashMap<String, usize>,
    pub findings: Vec<CodeFinding>,
    /// Token ranges already accounted for by an enclosing match.
    consumed: Vec<(usize, usize)>,
}

/// The rules of one language and its hook for method calls on tracked variables.
pub struct LanguageRules {
    pub rules: &'static [Rule],
    /// `(method, action)`: a call `v.method(…)` where `v` holds a finding.
    pub methods: &'static [(&'static str, Action)],
    /// Collects imports.
    pub imports: fn(&mut Ctx<'_>),
    /// The index of `rules`, built on first use.
    pub index: std::sync::OnceLock<RuleIndex>,
}

impl LanguageRules {
    pub const fn new(
        rules: &'static [Rule],
        methods: &'static [(&'static str, Action)],
        imports: fn(&mut Ctx<'_>),
    ) -> LanguageRules {
        LanguageRules {
            rules,
            methods,
            imports,
            index: std::sync::OnceLock::new(),
        }
    }

    fn index(&'static self) -> &'static RuleIndex {
        self.index.get_or_init(|| RuleIndex::new(self.rules))
    }
}

pub fn run(
    lang: Language,
    src: &[u8],
    rules: &'static LanguageRules,
    year: u16,
) -> Vec<CodeFinding> {
    let t = lexer::tokenize(lang, src);
    let index = rules.index();
    let mut ctx = Ctx {
        rules,
        index,
        lang,
        t,
        imports: HashMap::new(),
        consts: HashMap::new(),
        vars: HashMap::new(),
        findings: Vec::new(),
        consumed: Vec::new(),
    };
    (rules.imports)(&mut ctx);
    ctx.collect_consts();
    let n = ctx.t.len();
    let mut i = 0;
    while i < n {
        if ctx.findings.len() >= MAX_FINDINGS {
            break;
        }
        if ctx.t.toks[i].kind != Kind::Ident || ctx.is_consumed(i) || ctx.preceded_by_sep(i) {
            i += 1;
            continue;
        }
        // Most identifiers end a name no rule ends with, and hold nothing tracked: decide that
        // before building the name.
        let last = ctx.chain_end(i);
        if !ctx.index.by_last.contains_key(ctx.t.text(last))
            && !ctx.vars.contains_key(ctx.t.text(i))
        {
            i = last + 1;
            continue;
        }
        let (segs, last) = ctx.chain(i);
        if ctx.in_import_line(i) {
            i = last + 1;
            continue;
        }
        ctx.try_chain(i, &segs, last);
        i += 1;
    }
    for f in &mut ctx.findings {
        f.compute_status(year);
    }
    ctx.findings
}

/// Rules by the last segment of their path, built once per language.
pub struct RuleIndex {
    by_last: HashMap<&'static str, Vec<(&'static Rule, Vec<&'static str>)>, FnvBuild>,
}

/// FNV-1a: the rule index is probed once per identifier of every file scanned, with short
/// keys, where SipHash's setup cost dominates. The keys are rule names, not outside input, so
/// flooding resistance buys nothing here.
#[derive(Default, Clone, Copy)]
pub struct FnvBuild;

pub struct Fnv(u64);

impl std::hash::BuildHasher for FnvBuild {
    type Hasher = Fnv;
    fn build_hasher(&self) -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

impl RuleIndex {
    pub fn new(rules: &'static [Rule]) -> RuleIndex {
        let mut by_last: HashMap<&'static str, Vec<(&'static Rule, Vec<&'static str>)>, FnvBuild> =
            HashMap::default();
        for r in rules {
            let segs: Vec<&'static str> = r.path.split(' ').collect();
            if let Some(last) = segs.last() {
                by_last.entry(last).or_default().push((r, segs));
            }
        }
        RuleIndex { by_last }
    }
}

impl<'a> Ctx<'a> {
    fn is_consumed(&self, i: usize) -> bool {
        self.consumed.iter().any(|&(a, b)| i >= a && i < b)
    }

    /// Mark a token range as handled by the current match.
    pub fn consume(&mut self, range: (usize, usize)) {
        self.consumed.push(range);
    }

    fn is_sep(&self, i: usize) -> bool {
        let t = &self.t.toks[i];
        t.kind == Kind::Punct && (t.punct == b'.' || t.punct == PATH_SEP || t.punct == ARROW)
    }

    fn preceded_by_sep(&self, i: usize) -> bool {
        i > 0 && self.is_sep(i - 1)
    }

    /// The qualified name starting at `i`: its segments and its last token. Rust turbofish and
    /// generic arguments between segments (`Hmac::<Sha256>::new`) are stepped over.
    pub fn chain(&self, i: usize) -> (Vec<&'a str>, usize) {
        let mut segs = vec![self.t.text(i)];
        let mut last = i;
        let n = self.t.len();
        loop {
            let mut j = last + 1;
            if j + 1 < n && self.t.is_punct(j, PATH_SEP) && self.t.is_punct(j + 1, b'<') {
                // `::<…>::`
                let close = self.skip_angle(j + 1);
                if close + 1 < n && self.t.is_punct(close + 1, PATH_SEP) {
                    j = close + 1;
                } else {
                    break;
                }
            }
            if j + 1 < n && self.is_sep(j) && self.t.toks[j + 1].kind == Kind::Ident {
                last = j + 1;
                segs.push(self.t.text(last));
            } else {
                break;
            }
        }
        (segs, last)
    }

    /// The last token of the qualified name starting at `i`, as [`Ctx::chain`] finds it.
    fn chain_end(&self, i: usize) -> usize {
        let mut last = i;
        let n = self.t.len();
        loop {
            let mut j = last + 1;
            if j + 1 < n && self.t.is_punct(j, PATH_SEP) && self.t.is_punct(j + 1, b'<') {
                let close = self.skip_angle(j + 1);
                if close + 1 < n && self.t.is_punct(close + 1, PATH_SEP) {
                    j = close + 1;
                } else {
                    break;
                }
            }
            if j + 1 < n && self.is_sep(j) && self.t.toks[j + 1].kind == Kind::Ident {
                last = j + 1;
            } else {
                break;
            }
        }
        last
    }

    /// Index of the `>` closing the `<` at `i` (or `i` when unbalanced within a short window).
    pub fn skip_angle(&self, i: usize) -> usize {
        let mut depth = 0i32;
        let n = self.t.len().min(i + 64);
        for j in i..n {
            if self.t.is_punct(j, b'<') {
                depth += 1;
            } else if self.t.is_punct(j, b'>') {
                depth -= 1;
                if depth == 0 {
                    return j;
                }
            } else if self.t.is_punct(j, b';') || self.t.is_punct(j, b'{') {
                break;
            }
        }
        i
    }

    /// True when token `i` is part of an import, use, include or package line.
    fn in_import_line(&self, i: usize) -> bool {
        // Walk back to the statement start.
        let mut j = i;
        loop {
            let t = &self.t.toks[j];
            if t.newline_before || j == 0 {
                break;
            }
            if t.kind == Kind::Punct && matches!(t.punct, b';' | b'{' | b'}') {
                j += 1;
                break;
            }
            j -= 1;
        }
        if j >= self.t.len() {
            return false;
        }
        let mut k = j;
        if self.t.is_punct(k, b'#') {
            k += 1;
        }
        // `pub use`, `export import`.
        if matches!(self.t.text(k), "pub" | "export") && self.t.kind(k) == Some(Kind::Ident) {
            k += 1;
        }
        matches!(
            self.t.text(k),
            "import" | "use" | "using" | "include" | "package" | "from" | "extern"
        ) && self.t.kind(k) == Some(Kind::Ident)
            && !(self.lang == Language::CSharp
                && self.t.text(k) == "using"
                && (self.t.is_punct(k + 1, b'(') || self.csharp_using_declaration(k)))
            // Go `import (` blocks: the path strings are not identifiers anyway.
            && !(matches!(self.lang, Language::JavaScript | Language::TypeScript)
                && self.t.text(k) == "import"
                && self.t.is_punct(k + 1, b'('))
    }

    /// C# `using var x = …;` / `using Aes aes = …;` (the `using` at `k`): a declaration of a
    /// disposable variable, not a `using` directive (`using A.B;`, `using X = A.B;`,
    /// `using static A.B;`): a type is followed by the variable's name.
    fn csharp_using_declaration(&self, k: usize) -> bool {
        if self.t.kind(k + 1) != Some(Kind::Ident) || self.t.is_ident(k + 1, "static") {
            return false;
        }
        let (_, mut last) = self.chain(k + 1);
        if self.t.is_punct(last + 1, b'<') {
            last = self.skip_angle(last + 1);
        }
        self.t.kind(last + 1) == Some(Kind::Ident)
    }

    /// Match the qualified name `written` (tokens `first..=last`) against the rules; true when
    /// a rule matched.
    fn try_chain(&mut self, first: usize, written: &[&'a str], last: usize) -> bool {
        let rules = self.rules;
        let index = self.index;
        let n = self.t.len();
        let is_call = last + 1 < n && self.t.is_punct(last + 1, b'(');
        let after_new = first > 0 && self.t.is_ident(first - 1, "new");
        // Method call on a tracked variable.
        if is_call && written.len() == 2 && self.vars.contains_key(written[0]) {
            if let Some((_, action)) = rules.methods.iter().find(|(m, _)| *m == written[1]) {
                let m = self.make_match("method", first, last, written, true);
                action(self, &m);
                return true;
            }
        }
        let Some(candidates) = index.by_last.get(written[written.len() - 1]) else {
            return false;
        };
        let resolved = self.resolve(written);
        for (rule, segs) in candidates {
            let form_ok = match rule.form {
                Form::Call => is_call,
                Form::New => {
                    is_call
                        && (after_new
                            || matches!(
                                self.lang,
                                Language::Kotlin | Language::Python | Language::Rust
                            ))
                }
                Form::Ref => !is_call,
                Form::Any => true,
                Form::Method => is_call && written.len() >= 2,
                Form::Property => !is_call && written.len() >= 2 && self.t.is_punct(last + 1, b'='),
            };
            if !form_ok {
                continue;
            }
            let any_receiver = matches!(rule.form, Form::Method | Form::Property);
            let ok = match &resolved {
                _ if any_receiver => true,
                Some(full) => suffix_eq(segs, full) && full.len() == segs.len(),
                None => {
                    rule.min > 0 && written.len() >= rule.min as usize && suffix_eq(segs, written)
                }
            };
            if !ok {
                continue;
            }
            let m = self.make_match(rule.id, first, last, written, is_call);
            let before = self.findings.len();
            self.apply(rule, &m);
            if self.findings.len() > before {
                self.scope_block(&m, self.findings.len() - 1);
            }
            return true;
        }
        false
    }

    /// The algorithms the rules find inside a sub-expression (an engine passed to a mode, a hash
    /// passed to an HMAC), without reporting them on their own: the range is consumed. Material
    /// found inside (a literal key passed to the inner constructor) is still reported.
    pub fn sub_algorithms(&mut self, range: (usize, usize)) -> Vec<Algorithm> {
        let before = self.findings.len();
        for (segs, first, last) in self.chains_in(range) {
            if self.is_consumed(first) {
                continue;
            }
            self.try_chain(first, &segs, last);
        }
        let mut out = Vec::new();
        let mut kept = Vec::new();
        for f in self.findings.drain(before..) {
            if f.kind == CodeFindingKind::Algorithm {
                if let Some(a) = f.algorithm {
                    out.push(a);
                }
            } else {
                kept.push(f);
            }
        }
        self.findings.extend(kept);
        self.vars.retain(|_, v| *v < before);
        self.consume(range);
        out
    }

    /// Kotlin's `X.getInstance("RSA").apply { initialize(1024) }`: method calls in the scope
    /// block act on the finding just made.
    fn scope_block(&mut self, m: &Match, idx: usize) {
        let j = m.end;
        let scoped = self.t.is_punct(j, b'.')
            && matches!(self.t.text(j + 1), "apply" | "also" | "run" | "with")
            && self.t.is_punct(j + 2, b'{');
        if !scoped {
            return;
        }
        let close = self.matching(j + 2);
        let var = m.assigned.clone().unwrap_or_else(|| "$scope".to_string());
        let prev = self.vars.insert(var.clone(), idx);
        let methods = self.rules.methods;
        let mut k = j + 3;
        while k < close {
            let is_method_call = self.t.kind(k) == Some(Kind::Ident)
                && self.t.is_punct(k + 1, b'(')
                && !self.preceded_by_sep(k);
            if is_method_call {
                if let Some((name, action)) = methods.iter().find(|(n, _)| *n == self.t.text(k)) {
                    let written = [var.as_str(), name];
                    let mut mm = self.make_match("method", k, k, &written, true);
                    mm.symbol = format!("{var}.{name}");
                    action(self, &mm);
                    k = mm.end;
                    continue;
                }
            }
            k += 1;
        }
        if var == "$scope" {
            match prev {
                Some(p) => self.vars.insert(var, p),
                None => self.vars.remove(&var),
            };
        }
    }

    /// The full path of a written name when its first segment is an import.
    fn resolve(&self, written: &[&str]) -> Option<Vec<String>> {
        let base = self.imports.get(written[0])?;
        let mut full = base.clone();
        full.extend(written[1..].iter().map(|s| s.to_string()));
        Some(full)
    }

    fn make_match(
        &self,
        rule: &'static str,
        first: usize,
        last: usize,
        written: &[&str],
        is_call: bool,
    ) -> Match {
        let (args, kwargs, end) = if is_call {
            self.split_args(last + 1)
        } else {
            (Vec::new(), Vec::new(), last + 1)
        };
        let start = if first > 0 && self.t.is_ident(first - 1, "new") {
            first - 1
        } else {
            first
        };
        Match {
            rule,
            tok: last,
            first,
            end,
            symbol: written.join("."),
            args,
            kwargs,
            assigned: self.assigned_to(start),
        }
    }

    /// Arguments of the call whose `(` is at `open`: positional ranges, keyword ranges, and the
    /// index after `)`.
    #[allow(clippy::type_complexity)]
    pub fn split_args(
        &self,
        open: usize,
    ) -> (Vec<(usize, usize)>, Vec<(String, (usize, usize))>, usize) {
        let close = self.matching(open);
        let mut args = Vec::new();
        let mut kwargs = Vec::new();
        let mut start = open + 1;
        let mut depth = 0i32;
        let mut push = |a: usize, b: usize, ctx: &Ctx<'_>| {
            if a >= b {
                return;
            }
            // `name=value` (Python, Kotlin), `name: value` (C#, Swift).
            if b > a + 2
                && ctx.t.toks[a].kind == Kind::Ident
                && (ctx.t.is_punct(a + 1, b'=') || ctx.t.is_punct(a + 1, b':'))
            {
                kwargs.push((ctx.t.text(a).to_string(), (a + 2, b)));
            } else {
                args.push((a, b));
            }
        };
        for j in open + 1..close {
            let t = &self.t.toks[j];
            if t.kind != Kind::Punct {
                continue;
            }
            match t.punct {
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => depth -= 1,
                b',' if depth == 0 => {
                    push(start, j, self);
                    start = j + 1;
                }
                _ => {}
            }
        }
        push(start, close, self);
        (args, kwargs, (close + 1).min(self.t.len()))
    }

    /// Index of the bracket closing the one at `open` (or the end of the tokens).
    pub fn matching(&self, open: usize) -> usize {
        let mut depth = 0i32;
        let n = self.t.len();
        for j in open..n {
            let t = &self.t.toks[j];
            if t.kind != Kind::Punct {
                continue;
            }
            match t.punct {
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => {
                    depth -= 1;
                    if depth <= 0 {
                        return j;
                    }
                }
                _ => {}
            }
        }
        n
    }

    /// The variable an expression starting at `start` is assigned to: `x = …`, `x := …`,
    /// `Type x = …`, `let x: T = …`, `a, err := …` (the first name).
    fn assigned_to(&self, start: usize) -> Option<String> {
        if start == 0 {
            return None;
        }
        let mut j = start - 1;
        // `(Cipher) x`, `await x`, `try x`: one word of decoration.
        if matches!(self.t.text(j), "await" | "try") && self.t.kind(j) == Some(Kind::Ident) {
            j = j.checked_sub(1)?;
        }
        if !(self.t.is_punct(j, b'=') || self.t.is_punct(j, DECLARE)) {
            return None;
        }
        let mut k = j.checked_sub(1)?;
        // `let x: Type = …`: step back over the annotation to the `:`.
        let mut back = 0;
        let mut p = k;
        while back < 6 && p > 0 {
            if self.t.is_punct(p, b':') && self.t.toks[p - 1].kind == Kind::Ident {
                k = p - 1;
                break;
            }
            if self.t.is_punct(p, b';') || self.t.is_punct(p, b'{') || self.t.toks[p].newline_before
            {
                break;
            }
            p -= 1;
            back += 1;
        }
        if self.t.toks[k].kind != Kind::Ident {
            return None;
        }
        // `a, err := …`: the first name.
        while k >= 2 && self.t.is_punct(k - 1, b',') && self.t.toks[k - 2].kind == Kind::Ident {
            k -= 2;
        }
        // `self.x = …`, `this.x = …`: the field name.
        Some(self.t.text(k).to_string())
    }

    /// Constants: names given one literal value in the file.
    fn collect_consts(&mut self) {
        let n = self.t.len();
        let mut seen: HashMap<String, Option<(usize, usize)>> = HashMap::new();
        for i in 1..n {
            let t = &self.t.toks[i];
            let define = t.kind == Kind::Ident
                && self.t.text(i) == "define"
                && self.t.is_punct(i - 1, b'#')
                && i + 2 < n
                && self.t.toks[i + 1].kind == Kind::Ident;
            if define {
                let name = self.t.text(i + 1).to_string();
                let a = i + 2;
                let mut b = a;
                while b < n && !self.t.toks[b].newline_before {
                    b += 1;
                }
                // `#define F(x)` is a macro, not a constant.
                if b > a && !self.t.is_punct(a, b'(') {
                    seen.insert(name, Some((a, b)));
                }
                continue;
            }
            if !(t.kind == Kind::Punct && (t.punct == b'=' || t.punct == DECLARE)) {
                continue;
            }
            let Some(name) = self.assign_target(i) else {
                continue;
            };
            let (a, b) = self.rhs(i + 1);
            if a >= b {
                continue;
            }
            seen.entry(name)
                .and_modify(|v| *v = None)
                .or_insert(Some((a, b)));
        }
        self.consts = seen
            .into_iter()
            .filter_map(|(k, v)| v.map(|r| (k, r)))
            .collect();
    }

    /// The name assigned by the `=` at `eq`, for constant collection.
    fn assign_target(&self, eq: usize) -> Option<String> {
        let mut k = eq.checked_sub(1)?;
        if self.t.is_punct(k, b']') {
            // `key[16] = {…}`, `byte[] key = …` has the name after the brackets already.
            let mut d = 0;
            loop {
                if self.t.is_punct(k, b']') {
                    d += 1;
                } else if self.t.is_punct(k, b'[') {
                    d -= 1;
                    if d == 0 {
                        break;
                    }
                }
                k = k.checked_sub(1)?;
            }
            k = k.checked_sub(1)?;
        } else {
            let mut p = k;
            let mut back = 0;
            while back < 8 && p > 0 {
                if self.t.is_punct(p, b':') && self.t.toks[p - 1].kind == Kind::Ident {
                    k = p - 1;
                    break;
                }
                if self.t.is_punct(p, b';')
                    || self.t.is_punct(p, b'{')
                    || self.t.is_punct(p, b'(')
                    || self.t.is_punct(p, b',')
                    || self.t.toks[p].newline_before
                {
                    break;
                }
                p -= 1;
                back += 1;
            }
        }
        if self.t.toks[k].kind != Kind::Ident {
            return None;
        }
        // A field assignment `a.b = …` sets `b` of something: still a name to resolve later.
        Some(self.t.text(k).to_string())
    }

    /// The right-hand side starting at `a`: up to `;` or `,` at depth 0, a closing bracket
    /// below depth 0, or a new line at depth 0 in languages without semicolons.
    pub fn rhs(&self, a: usize) -> (usize, usize) {
        let newline_ends = matches!(
            self.lang,
            Language::Python
                | Language::Go
                | Language::Kotlin
                | Language::JavaScript
                | Language::TypeScript
        );
        let n = self.t.len();
        let mut depth = 0i32;
        let mut b = a;
        while b < n && b - a < 4096 {
            let t = &self.t.toks[b];
            if b > a && depth == 0 && t.newline_before && newline_ends {
                // A continued expression (`+` or `.` at the line start) goes on.
                if !(t.kind == Kind::Punct && matches!(t.punct, b'+' | b'.')) {
                    break;
                }
            }
            if t.kind == Kind::Punct {
                match t.punct {
                    b'(' | b'[' | b'{' => depth += 1,
                    b')' | b']' | b'}' => {
                        depth -= 1;
                        if depth < 0 {
                            break;
                        }
                    }
                    b';' | b',' if depth == 0 => break,
                    _ => {}
                }
            }
            b += 1;
        }
        (a, b)
    }

    /// The value range a name stands for, if it is a constant.
    pub fn const_range(&self, name: &str) -> Option<(usize, usize)> {
        self.consts.get(name).copied()
    }

    /// Resolve a single identifier (or a qualified `Class.NAME`) argument to a constant range.
    fn deref(&self, (a, b): (usize, usize), depth: usize) -> (usize, usize) {
        if depth >= MAX_CONST_DEPTH || a >= b {
            return (a, b);
        }
        // `X`, `self.X`, `Class.X`, `Self::X`.
        let (segs, last) = if self.t.toks[a].kind == Kind::Ident {
            self.chain(a)
        } else {
            return (a, b);
        };
        if last + 1 != b {
            return (a, b);
        }
        match self.consts.get(*segs.last().unwrap_or(&"")) {
            Some(&r) if r != (a, b) => self.deref(r, depth + 1),
            _ => (a, b),
        }
    }

    /// The argument a selector designates.
    pub fn arg(&self, m: &Match, sel: Sel) -> Option<(usize, usize)> {
        let kw = |name: &str| m.kwargs.iter().find(|(k, _)| k == name).map(|(_, r)| *r);
        match sel {
            Sel::Pos(n) => m.args.get(n).copied(),
            Sel::Kw(name) => kw(name),
            Sel::PosKw(n, name) => kw(name).or_else(|| m.args.get(n).copied()),
            Sel::Field(n, name) => kw(name).or_else(|| {
                let r = m.args.get(n).copied()?;
                let r = self.deref(r, 0);
                self.field(r, name)
            }),
        }
    }

    /// The value range of field `name` in the object literal spanning `range`.
    pub fn field(&self, (a, b): (usize, usize), name: &str) -> Option<(usize, usize)> {
        if !self.t.is_punct(a, b'{') {
            return None;
        }
        let mut depth = 0i32;
        let mut j = a;
        while j < b {
            let t = &self.t.toks[j];
            if t.kind == Kind::Punct {
                match t.punct {
                    b'(' | b'[' | b'{' => depth += 1,
                    b')' | b']' | b'}' => depth -= 1,
                    _ => {}
                }
            }
            let key = t.kind == Kind::Ident || t.kind == Kind::Str;
            if depth == 1 && key && self.t.is_punct(j + 1, b':') {
                let k = if t.kind == Kind::Str {
                    self.t.string(j)
                } else {
                    self.t.text(j).to_string()
                };
                if k == name {
                    let (va, vb) = self.rhs(j + 2);
                    return Some((va, vb.min(b)));
                }
            }
            j += 1;
        }
        None
    }

    /// A string value: a literal, a concatenation of literals, or a constant holding one.
    pub fn eval_str(&self, range: (usize, usize)) -> Option<String> {
        let (a, b) = self.deref(range, 0);
        if a >= b {
            return None;
        }
        let mut out = String::new();
        let mut j = a;
        let mut expect_value = true;
        while j < b {
            let t = &self.t.toks[j];
            if expect_value {
                match t.kind {
                    Kind::Str => out.push_str(&self.t.string(j)),
                    Kind::Ident => {
                        let (segs, last) = self.chain(j);
                        let r = self.const_range(segs.last()?)?;
                        if r.0 <= j && j < r.1 {
                            return None;
                        }
                        out.push_str(&self.eval_str_depth(r, 1)?);
                        j = last;
                    }
                    _ => return None,
                }
                expect_value = false;
            } else if t.kind == Kind::Punct && t.punct == b'+' {
                expect_value = true;
            } else if t.kind == Kind::Punct && t.punct == b'.' && j + 1 < b {
                // `"…".getBytes()`, `"…".encode()`, `"…".to_string()`: the string itself.
                return Some(out);
            } else {
                return None;
            }
            j += 1;
        }
        Some(out)
    }

    fn eval_str_depth(&self, range: (usize, usize), depth: usize) -> Option<String> {
        if depth >= MAX_CONST_DEPTH {
            return None;
        }
        let (a, b) = range;
        if b == a + 1 && self.t.toks[a].kind == Kind::Str {
            return Some(self.t.string(a));
        }
        self.eval_str(range)
    }

    /// An integer value: a literal (`2048`, `0x800`, `2048L`, `2_048`), a product of literals,
    /// or a constant holding one.
    pub fn eval_int(&self, range: (usize, usize)) -> Option<i64> {
        self.eval_int_depth(range, 0)
    }

    fn eval_int_depth(&self, range: (usize, usize), depth: usize) -> Option<i64> {
        if depth >= MAX_CONST_DEPTH {
            return None;
        }
        let (a, b) = self.deref(range, depth);
        let mut j = a;
        // Casts and conversions around a number: `(size_t)2048`, `uint(1024)`, `2048 as u32`.
        let mut value: Option<i64> = None;
        let mut op: Option<u8> = None;
        while j < b {
            let t = &self.t.toks[j];
            match t.kind {
                Kind::Number => {
                    let v = parse_int(self.t.text(j))?;
                    value = Some(match (value, op) {
                        (None, _) => v,
                        (Some(x), Some(b'*')) => x.checked_mul(v)?,
                        (Some(x), Some(b'<')) => x.checked_shl(u32::try_from(v).ok()?)?,
                        _ => return None,
                    });
                    op = None;
                }
                Kind::Punct if matches!(t.punct, b'(' | b')') => {}
                Kind::Punct if t.punct == b'*' && value.is_some() => op = Some(b'*'),
                Kind::Punct if t.punct == b'<' && self.t.is_punct(j + 1, b'<') => {
                    op = Some(b'<');
                    j += 1;
                }
                Kind::Ident if value.is_none() && j + 1 < b && self.t.is_punct(j + 1, b'(') => {}
                Kind::Ident if value.is_none() => {
                    let r = self.const_range(self.t.text(j))?;
                    if r.0 <= j && j < r.1 {
                        return None;
                    }
                    value = Some(self.eval_int_depth(r, depth + 1)?);
                }
                Kind::Ident if value.is_some() && self.t.text(j) == "as" => break,
                _ => return None,
            }
            j += 1;
        }
        value
    }

    /// True when the value range is written into the program: literals only, through
    /// conversions that keep them constant (`"…".getBytes()`, `bytes.fromhex("…")`,
    /// `Buffer.from("…", "hex")`, `[]byte("…")`, `new byte[]{…}`, `b"…"`, `{0x00, …}`), or a
    /// constant holding such a value.
    pub fn is_literal_material(&self, range: (usize, usize)) -> bool {
        self.is_literal_material_depth(range, 0)
    }

    fn is_literal_material_depth(&self, range: (usize, usize), depth: usize) -> bool {
        if depth >= MAX_CONST_DEPTH {
            return false;
        }
        let (a, b) = self.deref(range, 0);
        if a >= b || b - a > 4096 {
            return false;
        }
        // A string, or an initializer with several values: `new byte[16]`, `bytes(16)` and
        // `[0u8; 16]` allocate a buffer that the program fills later.
        let mut numbers = 0;
        let mut strings = 0;
        for j in a..b {
            let t = &self.t.toks[j];
            match t.kind {
                Kind::Str => strings += 1,
                Kind::Number | Kind::Char => numbers += 1,
                Kind::Punct if t.punct == b';' => return false,
                Kind::Punct => {}
                Kind::Ident => {
                    let w = self.t.text(j);
                    if MATERIAL_WORDS.contains(&w) {
                        continue;
                    }
                    // `[]byte(secret)` where `secret` is a constant of the file.
                    match self.const_range(w) {
                        Some(r)
                            if !(r.0 <= j && j < r.1)
                                && self.is_literal_material_depth(r, depth + 1) =>
                        {
                            strings += 1
                        }
                        _ => return false,
                    }
                }
            }
        }
        strings > 0 || numbers >= 2
    }

    /// Algorithm from a catalogue or API name.
    pub fn algorithm(&self, name: &str, key_size: Option<u32>) -> Option<Algorithm> {
        let e = catalogue::api_name(name).or_else(|| catalogue::by_name(name))?;
        Some(e.resolve(key_size.filter(|_| e.classical_bits.is_none())))
    }

    /// Record a finding at the match.
    pub fn emit(&mut self, m: &Match, alg: Algorithm, extra: &[Weakness]) -> usize {
        self.emit_at(m.rule, m.tok, &m.symbol, alg, extra, m.assigned.clone())
    }

    pub fn emit_at(
        &mut self,
        rule: &str,
        tok: usize,
        symbol: &str,
        alg: Algorithm,
        extra: &[Weakness],
        assigned: Option<String>,
    ) -> usize {
        let mode = mode_of(&alg.name);
        let padding = padding_of(&alg.name);
        let mut weaknesses = auto_weaknesses(&alg);
        for w in extra {
            if !weaknesses.iter().any(|x| x.kind == w.kind) {
                weaknesses.push(w.clone());
            }
        }
        let f = CodeFinding {
            rule: rule.to_string(),
            language: self.lang,
            location: self.location(tok),
            column: self.t.column(tok),
            symbol: symbol.to_string(),
            kind: CodeFindingKind::Algorithm,
            algorithm: Some(alg),
            mode,
            padding,
            protocol: None,
            material: None,
            weaknesses,
            evidence: self.t.line_text(tok, 160),
            status: None,
        };
        self.findings.push(f);
        let idx = self.findings.len() - 1;
        if let Some(v) = assigned {
            self.vars.insert(v, idx);
        }
        idx
    }

    pub fn location(&self, tok: usize) -> Location {
        Location {
            path: String::new(),
            index: None,
            line: Some(self.t.toks[tok].line),
            alias: None,
        }
    }

    /// Record a protocol-version finding.
    pub fn emit_protocol(
        &mut self,
        rule: &str,
        tok: usize,
        symbol: &str,
        name: &str,
        version: &str,
    ) {
        let protocol = ProtocolVersion {
            name: name.to_string(),
            version: version.to_string(),
        };
        let weaknesses = if protocol.deprecated() {
            vec![Weakness::new(
                WeaknessKind::DeprecatedProtocol,
                format!("{name} {version} is deprecated (RFC 8996); require TLS 1.2 or 1.3"),
            )]
        } else {
            Vec::new()
        };
        self.findings.push(CodeFinding {
            rule: rule.to_string(),
            language: self.lang,
            location: self.location(tok),
            column: self.t.column(tok),
            symbol: symbol.to_string(),
            kind: CodeFindingKind::Protocol,
            algorithm: None,
            mode: None,
            padding: None,
            protocol: Some(protocol),
            material: None,
            weaknesses,
            evidence: self.t.line_text(tok, 160),
            status: None,
        });
    }

    /// Record hard-coded material when the argument `range` is a literal.
    pub fn material(
        &mut self,
        m: &Match,
        range: Option<(usize, usize)>,
        kind: MaterialKind,
        alg: Option<&Algorithm>,
    ) {
        let Some(range) = range else { return };
        if !self.is_literal_material(range) {
            return;
        }
        let (wk, msg) = match kind {
            MaterialKind::SecretKey | MaterialKind::PrivateKey => (
                WeaknessKind::HardcodedKey,
                "key written into the source: anyone with the code has it; load it from a key store",
            ),
            MaterialKind::InitializationVector | MaterialKind::Nonce => (
                WeaknessKind::StaticIv,
                "constant IV or nonce: generate a fresh random one per message",
            ),
            MaterialKind::Salt => (
                WeaknessKind::StaticSalt,
                "constant salt: generate a random salt per password",
            ),
            MaterialKind::Password => (
                WeaknessKind::HardcodedPassword,
                "password written into the source",
            ),
        };
        self.findings.push(CodeFinding {
            rule: format!("{}.{}", m.rule, kind.as_str()),
            language: self.lang,
            location: self.location(m.tok),
            column: self.t.column(m.tok),
            symbol: m.symbol.clone(),
            kind: CodeFindingKind::Material,
            algorithm: alg.cloned(),
            mode: None,
            padding: None,
            protocol: None,
            material: Some(kind),
            weaknesses: vec![Weakness::new(wk, msg)],
            evidence: self.t.line_text(m.tok, 160),
            status: None,
        });
    }

    fn apply(&mut self, rule: &Rule, m: &Match) {
        match &rule.act {
            Act::Alg(name) => {
                if let Some(alg) = self.algorithm(name, None) {
                    self.emit(m, alg, &[]);
                }
            }
            Act::AlgSized(name, sel) => {
                let size = self
                    .arg(m, *sel)
                    .and_then(|r| self.eval_int(r))
                    .and_then(|v| u32::try_from(v).ok());
                if let Some(alg) = self.algorithm(name, size) {
                    self.emit(m, alg, &[]);
                }
            }
            Act::ArgApi(sel, size_sel) => {
                let Some(name) = self.arg(m, *sel).and_then(|r| self.eval_str(r)) else {
                    return;
                };
                let size = size_sel
                    .and_then(|s| self.arg(m, s))
                    .and_then(|r| self.eval_int(r))
                    .and_then(|v| u32::try_from(v).ok());
                if let Some(alg) = self.algorithm(&name, size) {
                    self.emit(m, alg, &[]);
                }
            }
            Act::Keyed(name, key_sel) => {
                if let Some(alg) = self.algorithm(name, None) {
                    self.emit(m, alg.clone(), &[]);
                    let key = self.arg(m, *key_sel);
                    self.material(m, key, MaterialKind::SecretKey, Some(&alg));
                }
            }
            Act::Proto(name, version) => {
                let sym = m.symbol.clone();
                self.emit_protocol(m.rule, m.tok, &sym, name, version);
            }
            Act::Custom(f) => f(self, m),
        }
    }

    /// The finding a variable holds.
    pub fn var_finding(&self, name: &str) -> Option<usize> {
        self.vars.get(name).copied()
    }

    /// Give a tracked finding a key size, recomputing its algorithm and weaknesses.
    pub fn resize(&mut self, idx: usize, size: u32) {
        let Some(f) = self.findings.get(idx) else {
            return;
        };
        let Some(alg) = &f.algorithm else { return };
        let base = alg
            .name
            .trim_end_matches(|c: char| c.is_ascii_digit() || c == '-');
        let Some(e) = catalogue::by_name(base).or_else(|| catalogue::api_name(base)) else {
            return;
        };
        // Symmetric ciphers: `AES` + 256 → `AES-256`; `AES-GCM` + 128 → `AES-128-GCM`.
        let new = if e.classical_bits.is_some() {
            let sized = match base.split_once('-') {
                Some((fam, rest)) => format!("{fam}-{size}-{rest}"),
                None => format!("{base}-{size}"),
            };
            match catalogue::by_name(&sized) {
                Some(e2) => e2.resolve(None),
                None => return,
            }
        } else {
            e.resolve(Some(size))
        };
        let extra: Vec<Weakness> = self.findings[idx]
            .weaknesses
            .iter()
            .filter(|w| w.kind != WeaknessKind::ShortKey)
            .cloned()
            .collect();
        let mut weaknesses = auto_weaknesses(&new);
        for w in extra {
            if !weaknesses.iter().any(|x| x.kind == w.kind) {
                weaknesses.push(w);
            }
        }
        let f = &mut self.findings[idx];
        f.algorithm = Some(new);
        f.weaknesses = weaknesses;
    }

    /// Add a weakness to a finding.
    pub fn weaken(&mut self, idx: usize, w: Weakness) {
        if let Some(f) = self.findings.get_mut(idx) {
            if !f.weaknesses.iter().any(|x| x.kind == w.kind) {
                f.weaknesses.push(w);
            }
        }
    }

    /// Qualified names inside a token range, with their first and last tokens.
    pub fn chains_in(&self, (a, b): (usize, usize)) -> Vec<(Vec<&'a str>, usize, usize)> {
        let mut out = Vec::new();
        let mut j = a;
        while j < b {
            if self.t.toks[j].kind == Kind::Ident && !(j > a && self.is_sep(j - 1)) {
                let (segs, last) = self.chain(j);
                out.push((segs, j, last));
                j = last + 1;
            } else {
                j += 1;
            }
        }
        out
    }
}

/// Identifiers that turn a literal into bytes without making it any less constant.
const MATERIAL_WORDS: &[&str] = &[
    "new",
    "byte",
    "bytes",
    "bytearray",
    "fromhex",
    "getBytes",
    "Buffer",
    "from",
    "b",
    "u8",
    "StandardCharsets",
    "UTF_8",
    "US_ASCII",
    "encode",
    "unhexlify",
    "binascii",
    "hex",
    "decode",
    "vec",
    "Vec",
    "String",
    "str",
    "to_vec",
    "as_bytes",
    "as_ref",
    "into",
    "to_owned",
    "Encoding",
    "UTF8",
    "ASCII",
    "GetBytes",
    "Convert",
    "FromBase64String",
    "FromHexString",
    "base64",
    "b64decode",
    "Base64",
    "getDecoder",
    "decode",
    "utf8",
    "utf",
    "ascii",
    "latin1",
    "char",
    "unsigned",
    "uint8_t",
    "const",
    "static",
    "TextEncoder",
    "Uint8Array",
    "Hex",
    "toByteArray",
    "hexStringToByteArray",
    "ByteArray",
    "byteArrayOf",
    "toByte",
    "encodeToByteArray",
    "UTF_16",
    "charset",
    "Charsets",
    "DecodeString",
    "hexToBytes",
    "strings",
    "sbyte",
    "chars",
    "toCharArray",
    "toByteArray",
    "ToCharArray",
    "ToArray",
    "to_bytes",
    "b64",
    "HexFormat",
    "of",
    "parseHex",
    "fromHex",
    "hexlify",
    "Text",
    "array",
    "bytes_from_hex",
    "hex_literal",
    "decode_hex",
];

fn suffix_eq<S: AsRef<str>>(rule: &[&str], written: &[S]) -> bool {
    if written.len() > rule.len() {
        return false;
    }
    rule[rule.len() - written.len()..]
        .iter()
        .zip(written)
        .all(|(r, w)| *r == w.as_ref())
}

fn parse_int(text: &str) -> Option<i64> {
    let s: String = text.chars().filter(|&c| c != '_').collect();
    let s = s.trim_end_matches(['L', 'l', 'u', 'U']);
    let s = s
        .trim_end_matches("usize")
        .trim_end_matches("u32")
        .trim_end_matches("u64")
        .trim_end_matches("i32")
        .trim_end_matches("i64")
        .trim_end_matches("u16");
    if let Some(h) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        return i64::from_str_radix(h, 16).ok();
    }
    s.parse().ok()
}

/// Mode part of a cipher name, upper case.
pub fn mode_of(name: &str) -> Option<String> {
    let upper = name.to_ascii_uppercase();
    [
        "ECB", "CBC", "GCM", "CCM", "CTR", "CFB", "OFB", "XTS", "KWP", "KW",
    ]
    .into_iter()
    .find(|m| upper.split(['-', '/', '_']).any(|p| p == *m))
    .map(str::to_string)
}

fn padding_of(name: &str) -> Option<String> {
    if name.contains("OAEP") {
        Some("OAEP".into())
    } else if name.contains("PSS") {
        Some("PSS".into())
    } else {
        None
    }
}

/// Weaknesses the algorithm itself shows: ECB, short keys, weak-hash signatures.
pub fn auto_weaknesses(alg: &Algorithm) -> Vec<Weakness> {
    let mut w = Vec::new();
    if mode_of(&alg.name).as_deref() == Some("ECB") {
        w.push(Weakness::new(
            WeaknessKind::EcbMode,
            "ECB mode leaks equal plaintext blocks; use an AEAD mode (GCM)",
        ));
    }
    if matches!(alg.family, Family::Rsa | Family::Dsa | Family::Dh)
        && alg.key_size.is_some_and(|k| k < 2048)
    {
        w.push(Weakness::new(
            WeaknessKind::ShortKey,
            format!(
                "{}-bit {} key: use at least 3072 bits, or ML-KEM / ML-DSA",
                alg.key_size.unwrap_or(0),
                if alg.family == Family::Rsa {
                    "RSA"
                } else {
                    "DSA/DH"
                }
            ),
        ));
    }
    let upper = alg.name.to_ascii_uppercase();
    if alg.primitive == mamori_model::Primitive::Signature
        && (upper.starts_with("MD5WITH")
            || upper.starts_with("SHA1WITH")
            || upper.starts_with("MD2WITH"))
    {
        w.push(Weakness::new(
            WeaknessKind::WeakHashSignature,
            "signature over MD5/SHA-1: collisions are practical; use SHA-256 or better",
        ));
    }
    w
}

/// The canonical name of a cipher with a mode: `AES` + `GCM` → `AES-GCM`, `AES-128` + `CBC` →
/// `AES-128-CBC`, when the catalogue has it.
pub fn with_mode(base: &Algorithm, mode: &str) -> Option<Algorithm> {
    let mode = mode.to_ascii_uppercase();
    let name = if base.name.ends_with(&format!("-{mode}")) {
        base.name.clone()
    } else {
        format!("{}-{mode}", base.name)
    };
    catalogue::by_name(&name).map(|e| e.resolve(None))
}
