//! Tokenizers for the source languages: enough of each grammar to drop comments, keep string
//! literals as strings and split the rest into identifiers, numbers and punctuation. Rules match
//! on tokens, so `// use MD5 here`, `log("MD5 disabled")` and `md5Checksum` never look like a
//! call to MD5.
//!
//! Every loop advances by at least one byte and every token is bounded by the input, so arbitrary
//! bytes tokenize without panicking; invalid UTF-8 inside identifiers is kept as bytes and simply
//! never matches a rule.

use mamori_model::Language;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Ident,
    /// A string literal; its decoded value is [`Tokens::string`].
    Str,
    /// A character literal (C, Java, Rust, Go runes): never an API name.
    Char,
    Number,
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub kind: Kind,
    /// Byte range in the source; for strings, of the contents between the delimiters.
    pub start: u32,
    pub end: u32,
    /// 1-based line of the first byte.
    pub line: u32,
    /// For punctuation: the byte; `::` and `->` are folded into one token (`:` + 1 and `-` + 1 are
    /// impossible as bytes, so they get the codes below).
    pub punct: u8,
    /// True when a line break separates this token from the previous one (statement ends in Go,
    /// Python, Kotlin, JavaScript without semicolons).
    pub newline_before: bool,
}

/// `::` as a punctuation code.
pub const PATH_SEP: u8 = 1;
/// `->` as a punctuation code.
pub const ARROW: u8 = 2;
/// `=>` as a punctuation code.
pub const FAT_ARROW: u8 = 3;
/// `==`, `!=`, `<=`, `>=` (comparisons, never an assignment).
pub const COMPARE: u8 = 4;
/// `:=` (Go short declaration).
pub const DECLARE: u8 = 5;

/// The tokens of one file.
pub struct Tokens<'a> {
    pub src: &'a [u8],
    /// `src` as text when it is valid UTF-8 (checked once, not per token).
    text: Option<&'a str>,
    pub toks: Vec<Token>,
    /// Escape sequences decoded, for string tokens that had any (index → value).
    decoded: Vec<(usize, String)>,
}

impl<'a> Tokens<'a> {
    /// The source text of token `i`; empty past the end, so rules can look ahead freely.
    pub fn text(&self, i: usize) -> &'a str {
        let Some(t) = self.toks.get(i) else {
            return "";
        };
        let (a, b) = (t.start as usize, t.end as usize);
        match self.text {
            Some(text) => text.get(a..b).unwrap_or(""),
            None => std::str::from_utf8(&self.src[a..b]).unwrap_or(""),
        }
    }

    /// The value of a string token, escapes decoded.
    pub fn string(&self, i: usize) -> String {
        if let Ok(k) = self.decoded.binary_search_by_key(&i, |(k, _)| *k) {
            return self.decoded[k].1.clone();
        }
        let Some(t) = self.toks.get(i) else {
            return String::new();
        };
        String::from_utf8_lossy(&self.src[t.start as usize..t.end as usize]).into_owned()
    }

    pub fn is_punct(&self, i: usize, p: u8) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == Kind::Punct && t.punct == p)
    }

    pub fn is_ident(&self, i: usize, s: &str) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Ident) && self.text(i) == s
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// 1-based byte column of token `i`.
    pub fn column(&self, i: usize) -> u32 {
        let start = self.toks[i].start as usize;
        let line_start = memchr::memrchr(b'\n', &self.src[..start]).map_or(0, |p| p + 1);
        // String tokens start after their opening delimiter.
        let col = start - line_start + 1;
        u32::try_from(col).unwrap_or(u32::MAX)
    }

    /// The source line holding token `i`, trimmed, at most `max` bytes (cut on a char boundary).
    pub fn line_text(&self, i: usize, max: usize) -> String {
        let start = self.toks[i].start as usize;
        let line_start = memchr::memrchr(b'\n', &self.src[..start]).map_or(0, |p| p + 1);
        let line_end =
            memchr::memchr(b'\n', &self.src[start..]).map_or(self.src.len(), |p| start + p);
        let s = String::from_utf8_lossy(&self.src[line_start..line_end]);
        let s = s.trim();
        if s.len() <= max {
            return s.to_string();
        }
        let mut cut = max;
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        format!("{}…", &s[..cut])
    }
}

#[derive(Clone, Copy)]
struct Syntax {
    /// `#` starts a comment (Python).
    hash_comment: bool,
    /// `//` and `/* */` comments.
    c_comments: bool,
    /// Block comments nest (Rust, Kotlin, Swift).
    nested_block: bool,
    /// `'…'` is a string (Python, JavaScript) rather than a character literal.
    single_quote_string: bool,
    /// Backtick strings: Go raw strings, JavaScript template literals.
    backtick_string: bool,
    /// `"""…"""` text blocks (Java, Kotlin, Python, C# raw strings).
    triple_quote: bool,
    /// Rust: `'a` lifetimes, `r#"…"#` raw strings, `b"…"`.
    rust: bool,
    /// C#: `@"…"` verbatim strings.
    csharp: bool,
    /// C++: `R"delim(…)delim"` raw strings.
    cpp_raw: bool,
    /// Python string prefixes (`r`, `b`, `f`, `rb`…) and no escapes in raw strings.
    python: bool,
}

fn syntax(lang: Language) -> Syntax {
    let base = Syntax {
        hash_comment: false,
        c_comments: true,
        nested_block: false,
        single_quote_string: false,
        backtick_string: false,
        triple_quote: false,
        rust: false,
        csharp: false,
        cpp_raw: false,
        python: false,
    };
    match lang {
        Language::Python => Syntax {
            hash_comment: true,
            c_comments: false,
            single_quote_string: true,
            triple_quote: true,
            python: true,
            ..base
        },
        Language::Java => Syntax {
            triple_quote: true,
            ..base
        },
        Language::Kotlin => Syntax {
            triple_quote: true,
            nested_block: true,
            ..base
        },
        Language::Go => Syntax {
            backtick_string: true,
            ..base
        },
        Language::JavaScript | Language::TypeScript => Syntax {
            single_quote_string: true,
            backtick_string: true,
            ..base
        },
        Language::Rust => Syntax {
            nested_block: true,
            rust: true,
            ..base
        },
        Language::CSharp => Syntax {
            csharp: true,
            triple_quote: true,
            ..base
        },
        Language::Cpp => Syntax {
            cpp_raw: true,
            ..base
        },
        _ => base,
    }
}

/// Tokenize `src` as `lang`.
pub fn tokenize(lang: Language, src: &[u8]) -> Tokens<'_> {
    let syn = syntax(lang);
    let mut lx = Lexer {
        src,
        pos: 0,
        line: 1,
        syn,
        toks: Vec::with_capacity(src.len() / 5),
        decoded: Vec::new(),
        newline: true,
    };
    lx.run();
    Tokens {
        src,
        text: std::str::from_utf8(src).ok(),
        toks: lx.toks,
        decoded: lx.decoded,
    }
}

struct Lexer<'a> {
    src: &'a [u8],
    pos: usize,
    line: u32,
    syn: Syntax,
    toks: Vec<Token>,
    decoded: Vec<(usize, String)>,
    newline: bool,
}

fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b == b'$' || b >= 0x80
}

fn is_ident_continue(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'$' || b >= 0x80
}

impl Lexer<'_> {
    fn peek(&self, k: usize) -> u8 {
        self.src.get(self.pos + k).copied().unwrap_or(0)
    }

    fn push(&mut self, kind: Kind, start: usize, end: usize, line: u32, punct: u8) {
        let clamp = |v: usize| u32::try_from(v).unwrap_or(u32::MAX);
        self.toks.push(Token {
            kind,
            start: clamp(start),
            end: clamp(end),
            line,
            punct,
            newline_before: self.newline,
        });
        self.newline = false;
    }

    /// Advance to `end`, counting line breaks on the way.
    fn advance_to(&mut self, end: usize) {
        let end = end.min(self.src.len());
        self.line += memchr::memchr_iter(b'\n', &self.src[self.pos..end]).count() as u32;
        self.pos = end;
    }

    fn run(&mut self) {
        let n = self.src.len();
        while self.pos < n {
            let b = self.src[self.pos];
            match b {
                b'\n' => {
                    self.line += 1;
                    self.pos += 1;
                    self.newline = true;
                }
                b' ' | b'\t' | b'\r' | 0x0b | 0x0c => self.pos += 1,
                b'/' if self.syn.c_comments && self.peek(1) == b'/' => self.skip_line(),
                b'/' if self.syn.c_comments && self.peek(1) == b'*' => self.skip_block(),
                b'#' if self.syn.hash_comment => self.skip_line(),
                b'"' => self.string_token(b'"'),
                b'\'' if self.syn.single_quote_string => self.string_token(b'\''),
                b'\'' => self.char_or_lifetime(),
                b'`' if self.syn.backtick_string => self.raw_until(1, b"`"),
                b'@' if self.syn.csharp && self.peek(1) == b'"' => self.verbatim_csharp(1),
                b'$' if self.syn.csharp && self.peek(1) == b'@' && self.peek(2) == b'"' => {
                    self.verbatim_csharp(2)
                }
                b'$' if self.syn.csharp && self.peek(1) == b'"' => {
                    self.pos += 1;
                    self.string_token(b'"')
                }
                b'0'..=b'9' => self.number(),
                b'.' if self.peek(1).is_ascii_digit() => self.number(),
                _ if is_ident_start(b) => self.ident_or_prefixed_string(),
                _ => self.punct(),
            }
        }
    }

    fn skip_line(&mut self) {
        self.pos =
            memchr::memchr(b'\n', &self.src[self.pos..]).map_or(self.src.len(), |p| self.pos + p);
    }

    fn skip_block(&mut self) {
        let start = self.pos;
        self.pos += 2;
        let mut depth = 1usize;
        let n = self.src.len();
        while self.pos < n {
            match self.src[self.pos] {
                b'*' if self.peek(1) == b'/' => {
                    self.pos += 2;
                    depth -= 1;
                    if depth == 0 || !self.syn.nested_block {
                        break;
                    }
                }
                b'/' if self.syn.nested_block && self.peek(1) == b'*' => {
                    self.pos += 2;
                    depth += 1;
                }
                _ => self.pos += 1,
            }
        }
        let end = self.pos.min(n);
        self.line += memchr::memchr_iter(b'\n', &self.src[start..end]).count() as u32;
        if memchr::memchr(b'\n', &self.src[start..end]).is_some() {
            self.newline = true;
        }
    }

    /// A quoted string with backslash escapes, starting at the opening quote.
    fn string_token(&mut self, quote: u8) {
        if self.syn.triple_quote && self.peek(1) == quote && self.peek(2) == quote {
            let delim = [quote; 3];
            return self.raw_until_with_escapes(3, &delim, !self.syn.csharp);
        }
        let line = self.line;
        let start = self.pos + 1;
        let mut i = start;
        let n = self.src.len();
        let mut escaped = false;
        while i < n {
            match self.src[i] {
                b'\\' => {
                    escaped = true;
                    i += 2;
                }
                c if c == quote => break,
                // An unterminated string ends at the line in every language that has no
                // multi-line plain strings; recovering there keeps the rest of the file usable.
                b'\n' => break,
                _ => i += 1,
            }
        }
        let end = i.min(n);
        self.push(Kind::Str, start, end, line, 0);
        if escaped {
            let idx = self.toks.len() - 1;
            self.decoded.push((idx, unescape(&self.src[start..end])));
        }
        self.advance_to(end + 1);
    }

    /// A string closed by `delim` after an opening of `open` bytes; backslash escapes skip the
    /// next byte when `escapes` is set.
    fn raw_until_with_escapes(&mut self, open: usize, delim: &[u8], escapes: bool) {
        let line = self.line;
        let start = self.pos + open;
        let mut i = start;
        let n = self.src.len();
        let end;
        loop {
            if i >= n {
                end = n;
                break;
            }
            if escapes && self.src[i] == b'\\' {
                i += 2;
                continue;
            }
            if self.src[i..].starts_with(delim) {
                end = i;
                break;
            }
            i += 1;
        }
        self.push(Kind::Str, start, end, line, 0);
        self.advance_to(end + delim.len());
    }

    fn raw_until(&mut self, open: usize, delim: &[u8]) {
        // JavaScript template literals have escapes; Go raw strings have none. A backslash before
        // a backtick only matters for the former.
        let escapes = !matches!(
            self.syn,
            Syntax {
                backtick_string: true,
                single_quote_string: false,
                ..
            }
        );
        self.raw_until_with_escapes(open, delim, escapes)
    }

    fn verbatim_csharp(&mut self, open: usize) {
        let line = self.line;
        let start = self.pos + open + 1;
        let mut i = start;
        let n = self.src.len();
        while i < n {
            if self.src[i] == b'"' {
                if self.src.get(i + 1) == Some(&b'"') {
                    i += 2;
                    continue;
                }
                break;
            }
            i += 1;
        }
        let end = i.min(n);
        self.push(Kind::Str, start, end, line, 0);
        self.advance_to(end + 1);
    }

    fn char_or_lifetime(&mut self) {
        let line = self.line;
        let start = self.pos;
        // 'x', '\n', '\x41', '\u{1F600}' — or a Rust lifetime 'a.
        let n = self.src.len();
        let mut i = self.pos + 1;
        if i < n && self.src[i] == b'\\' {
            i += 2;
            while i < n && self.src[i] != b'\'' && self.src[i] != b'\n' && i - start < 16 {
                i += 1;
            }
        } else {
            // One UTF-8 character.
            i += 1;
            while i < n && (self.src[i] & 0xC0) == 0x80 {
                i += 1;
            }
        }
        if i < n && self.src[i] == b'\'' {
            self.push(Kind::Char, start + 1, i, line, 0);
            self.pos = i + 1;
        } else {
            // A lifetime or a stray quote: a punctuation token, the name follows as an identifier.
            self.push(Kind::Punct, start, start + 1, line, b'\'');
            self.pos = start + 1;
        }
    }

    fn number(&mut self) {
        let line = self.line;
        let start = self.pos;
        let n = self.src.len();
        let mut i = self.pos;
        while i < n {
            let c = self.src[i];
            if c.is_ascii_alphanumeric() || c == b'_' || c == b'.' {
                // `1..10` is a range, not a number with two points.
                if c == b'.' && self.src.get(i + 1) == Some(&b'.') {
                    break;
                }
                i += 1;
            } else if (c == b'+' || c == b'-')
                && matches!(self.src[i - 1], b'e' | b'E')
                && !self.src[start..i].starts_with(b"0x")
            {
                i += 1;
            } else {
                break;
            }
        }
        self.push(Kind::Number, start, i, line, 0);
        self.pos = i.max(start + 1);
    }

    fn ident_or_prefixed_string(&mut self) {
        let start = self.pos;
        let n = self.src.len();
        let mut i = self.pos;
        while i < n && is_ident_continue(self.src[i]) {
            i += 1;
        }
        let word = &self.src[start..i];
        let next = self.src.get(i).copied().unwrap_or(0);
        if self.syn.python && (next == b'"' || next == b'\'') && word.len() <= 2 {
            let lower: Vec<u8> = word.iter().map(u8::to_ascii_lowercase).collect();
            if matches!(
                lower.as_slice(),
                b"r" | b"b" | b"u" | b"f" | b"rb" | b"br" | b"fr" | b"rf"
            ) {
                self.pos = i;
                let raw = lower.contains(&b'r');
                if self.peek(1) == next && self.peek(2) == next {
                    let delim = [next; 3];
                    return self.raw_until_with_escapes(3, &delim, true);
                }
                if raw {
                    return self.raw_until_with_escapes(1, &[next], true);
                }
                return self.string_token(next);
            }
        }
        if self.syn.rust && next == b'"' && matches!(word, b"b" | b"c") {
            self.pos = i;
            return self.string_token(b'"');
        }
        if self.syn.rust && matches!(word, b"r" | b"br" | b"cr") && (next == b'"' || next == b'#') {
            let mut j = i;
            while j < n && self.src[j] == b'#' {
                j += 1;
            }
            if j < n && self.src[j] == b'"' {
                let hashes = j - i;
                let mut delim = vec![b'"'];
                delim.extend(std::iter::repeat_n(b'#', hashes));
                self.pos = j;
                return self.raw_until_with_escapes(1, &delim, false);
            }
        }
        if self.syn.cpp_raw && next == b'"' && matches!(word, b"R" | b"LR" | b"uR" | b"UR" | b"u8R")
        {
            let open = i + 1;
            if let Some(p) = memchr::memchr(b'(', &self.src[open..n.min(open + 17)]) {
                let mut delim = vec![b')'];
                delim.extend_from_slice(&self.src[open..open + p]);
                delim.push(b'"');
                self.pos = open + p;
                return self.raw_until_with_escapes(1, &delim, false);
            }
        }
        if self.syn.cpp_raw && next == b'"' && matches!(word, b"L" | b"u" | b"U" | b"u8") {
            self.pos = i;
            return self.string_token(b'"');
        }
        self.push(Kind::Ident, start, i, self.line, 0);
        self.pos = i;
    }

    fn punct(&mut self) {
        let line = self.line;
        let start = self.pos;
        let b = self.src[self.pos];
        let next = self.peek(1);
        let (code, len) = match (b, next) {
            (b':', b':') => (PATH_SEP, 2),
            (b'-', b'>') => (ARROW, 2),
            (b'=', b'>') => (FAT_ARROW, 2),
            (b'=', b'=') | (b'!', b'=') | (b'<', b'=') | (b'>', b'=') => {
                // `===` and `!==` too.
                let len = if self.peek(2) == b'=' { 3 } else { 2 };
                (COMPARE, len)
            }
            (b':', b'=') => (DECLARE, 2),
            _ => (b, 1),
        };
        self.push(Kind::Punct, start, start + len, line, code);
        self.pos = start + len;
    }
}

/// Decode the common backslash escapes; unknown ones keep the escaped character.
fn unescape(raw: &[u8]) -> String {
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let c = raw[i];
        if c != b'\\' || i + 1 >= raw.len() {
            out.push(c);
            i += 1;
            continue;
        }
        let e = raw[i + 1];
        i += 2;
        match e {
            b'n' => out.push(b'\n'),
            b't' => out.push(b'\t'),
            b'r' => out.push(b'\r'),
            b'0' => out.push(0),
            b'x' => {
                let hex = raw.get(i..i + 2).and_then(|h| std::str::from_utf8(h).ok());
                if let Some(v) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    out.push(v);
                    i += 2;
                } else {
                    out.push(b'x');
                }
            }
            _ => out.push(e),
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(lang: Language, src: &str) -> Vec<(Kind, String)> {
        let t = tokenize(lang, src.as_bytes());
        (0..t.len())
            .map(|i| {
                let v = if t.toks[i].kind == Kind::Str {
                    t.string(i)
                } else {
                    t.text(i).to_string()
                };
                (t.toks[i].kind, v)
            })
            .collect()
    }

    fn idents(lang: Language, src: &str) -> Vec<String> {
        kinds(lang, src)
            .into_iter()
            .filter(|(k, _)| *k == Kind::Ident)
            .map(|(_, v)| v)
            .collect()
    }

    #[test]
    fn comments_are_dropped() {
        assert_eq!(idents(Language::Java, "a // MD5\n/* SHA1 */ b"), ["a", "b"]);
        assert_eq!(
            idents(Language::Rust, "a /* x /* MD5 */ y */ b"),
            ["a", "b"]
        );
        assert_eq!(
            idents(Language::C, "a /* x /* MD5 */ y */ b"),
            ["a", "y", "b"]
        );
        assert_eq!(idents(Language::Python, "a # md5()\nb"), ["a", "b"]);
    }

    #[test]
    fn strings_keep_their_value() {
        let k = kinds(Language::Java, r#"x("AES/CBC/PKCS5Padding", "a\"b")"#);
        assert!(k.contains(&(Kind::Str, "AES/CBC/PKCS5Padding".into())));
        assert!(k.contains(&(Kind::Str, "a\"b".into())));
        let k = kinds(
            Language::Python,
            "h = hashlib.new('md5')\ns = r'\\d+'\nd = \"\"\"MD5 docs\"\"\"",
        );
        assert!(k.contains(&(Kind::Str, "md5".into())));
        assert!(k.contains(&(Kind::Str, "\\d+".into())));
        assert!(k.contains(&(Kind::Str, "MD5 docs".into())));
        let k = kinds(
            Language::Rust,
            "let s = r#\"a \"MD5\" b\"#; let c = 'x'; fn f<'a>() {}",
        );
        assert!(k.contains(&(Kind::Str, "a \"MD5\" b".into())));
        assert!(k.contains(&(Kind::Char, "x".into())));
        assert!(k.contains(&(Kind::Ident, "a".into())));
        let k = kinds(Language::Go, "s := `md5 ` + \"x\"");
        assert!(k.contains(&(Kind::Str, "md5 ".into())));
        let k = kinds(
            Language::CSharp,
            "var p = @\"C:\\x\"\"y\"; var q = $\"{a} MD5\";",
        );
        assert!(k.contains(&(Kind::Str, "C:\\x\"\"y".into())));
        let k = kinds(Language::Cpp, "auto s = R\"xy(md5 \")\" )xy\"; f();");
        assert!(k.contains(&(Kind::Str, "md5 \")\" ".into())));
        assert!(k.contains(&(Kind::Ident, "f".into())));
    }

    #[test]
    fn lines_and_columns() {
        let t = tokenize(Language::Java, b"a\n  /* x\n */ b(\"s\n");
        let b = (0..t.len()).find(|&i| t.text(i) == "b").unwrap_or(0);
        assert_eq!(t.toks[b].line, 3);
        assert_eq!(t.column(b), 5);
        assert!(t.toks[b].newline_before);
    }

    #[test]
    fn arbitrary_bytes_do_not_panic() {
        for lang in Language::ALL {
            for src in [
                &b"\"unterminated"[..],
                b"'",
                b"r#\"",
                b"/*",
                b"R\"(",
                b"@\"",
                b"\xff\xfe\x00'\\",
                b"0x1e+",
                b"\"\\",
            ] {
                let _ = tokenize(lang, src);
            }
        }
    }
}
