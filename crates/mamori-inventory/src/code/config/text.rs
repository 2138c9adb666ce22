//! Line and word splitting shared by the line-oriented formats.

use std::borrow::Cow;

use super::MAX_LINE_BYTES;

/// One physical line: its 1-based number and its text without the line ending (`\n`, `\r\n`).
/// Lines longer than [`MAX_LINE_BYTES`] read as empty.
#[derive(Debug, Clone)]
pub(crate) struct Line<'a> {
    pub number: u32,
    pub text: Cow<'a, str>,
}

pub(crate) fn lines(data: &[u8]) -> impl Iterator<Item = Line<'_>> {
    let mut rest = data;
    let mut number: u32 = 0;
    let mut done = data.is_empty();
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let (line, next) = match memchr::memchr(b'\n', rest) {
            Some(i) => (&rest[..i], &rest[i + 1..]),
            None => {
                done = true;
                (rest, &rest[rest.len()..])
            }
        };
        rest = next;
        if rest.is_empty() {
            done = true;
        }
        number = number.saturating_add(1);
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        let text = if line.len() > MAX_LINE_BYTES {
            Cow::Borrowed("")
        } else {
            String::from_utf8_lossy(line)
        };
        Some(Line { number, text })
    })
}

/// A word of a line and the 1-based byte column where it starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Word {
    pub text: String,
    pub column: u32,
}

/// Split `text` into words at whitespace; `"..."` and `'...'` group (quotes removed, `\"`
/// escapes kept literally). With `comments`, a `#` at the start of a word ends the line.
pub(crate) fn words(text: &str, comments: bool) -> Vec<Word> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= bytes.len() || (comments && bytes[i] == b'#') {
            break;
        }
        let start = i;
        let mut word: Vec<u8> = Vec::new();
        while i < bytes.len() && !bytes[i].is_ascii_whitespace() {
            let b = bytes[i];
            if b == b'"' || b == b'\'' {
                i += 1;
                while i < bytes.len() && bytes[i] != b {
                    if bytes[i] == b'\\' && i + 1 < bytes.len() && bytes[i + 1] == b {
                        i += 1;
                    }
                    word.push(bytes[i]);
                    i += 1;
                }
                i += 1;
            } else {
                word.push(b);
                i += 1;
            }
        }
        out.push(Word {
            text: String::from_utf8_lossy(&word).into_owned(),
            column: column(start),
        });
    }
    out
}

/// 1-based column of byte offset `offset`.
pub(crate) fn column(offset: usize) -> u32 {
    u32::try_from(offset.saturating_add(1)).unwrap_or(u32::MAX)
}

/// Byte offset of the first non-whitespace character.
pub(crate) fn indent(text: &str) -> usize {
    text.len() - text.trim_start().len()
}

/// `value` without one pair of surrounding double or single quotes.
pub(crate) fn unquote(value: &str) -> &str {
    let v = value.trim();
    for q in ['"', '\''] {
        if v.len() >= 2 && v.starts_with(q) && v.ends_with(q) {
            return &v[1..v.len() - 1];
        }
    }
    v
}

/// Items of a list separated by any of `separators` or whitespace, empty items dropped.
pub(crate) fn items<'a>(value: &'a str, separators: &'a [char]) -> impl Iterator<Item = &'a str> {
    value
        .split(move |c: char| c.is_whitespace() || separators.contains(&c))
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_strip_crlf_and_count() {
        let got: Vec<(u32, String)> = lines(b"a\r\nb\n\nc")
            .map(|l| (l.number, l.text.into_owned()))
            .collect();
        assert_eq!(
            got,
            [
                (1, "a".to_string()),
                (2, "b".to_string()),
                (3, String::new()),
                (4, "c".to_string())
            ]
        );
        assert_eq!(lines(b"x\n").count(), 1);
        assert_eq!(lines(b"").count(), 0);
    }

    #[test]
    fn words_quotes_and_comments() {
        let w = words(r#"  SSLCipherSuite "HIGH:!aNULL" # no"#, true);
        assert_eq!(w.len(), 2);
        assert_eq!(w[1].text, "HIGH:!aNULL");
        assert_eq!(w[0].column, 3);
        assert_eq!(words("a#b c", true).len(), 2);
    }
}
