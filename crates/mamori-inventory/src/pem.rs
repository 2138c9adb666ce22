//! PEM (RFC 7468) block extraction from arbitrary text, including PEM embedded in configuration
//! files: indented YAML block scalars and JSON strings with `\n` escapes decode too.

use base64::Engine;
use base64::engine::DecodePaddingMode;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use memchr::memmem;

use crate::error::{InventoryError, Result};

/// Most PEM blocks one file may hold; a CA bundle has a few hundred.
pub const MAX_BLOCKS: usize = 20_000;
const MAX_LABEL: usize = 64;

const BEGIN: &[u8] = b"-----BEGIN ";

static LENIENT: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    GeneralPurposeConfig::new()
        .with_decode_padding_mode(DecodePaddingMode::Indifferent)
        .with_decode_allow_trailing_bits(true),
);

/// One decoded PEM block.
#[derive(Debug, Clone)]
pub struct PemBlock {
    pub label: String,
    /// RFC 1421 headers (`Proc-Type`, `DEK-Info`) of legacy encrypted keys.
    pub headers: Vec<(String, String)>,
    pub der: Vec<u8>,
    /// 1-based line of the BEGIN marker.
    pub line: u32,
    /// Byte offset of the BEGIN marker.
    pub offset: usize,
}

/// A block that could not be decoded; the scan reports it and goes on.
#[derive(Debug)]
pub struct PemProblem {
    pub line: u32,
    pub error: InventoryError,
}

/// True when `data` contains a PEM BEGIN marker anywhere.
pub fn contains_pem(data: &[u8]) -> bool {
    memmem::find(data, BEGIN).is_some()
}

/// Every PEM block in `data`, in order, with the blocks that failed to decode.
pub fn parse_all(data: &[u8]) -> (Vec<PemBlock>, Vec<PemProblem>) {
    let mut blocks = Vec::new();
    let mut problems = Vec::new();
    let mut line_counter = LineCounter::default();
    let mut pos = 0;
    let finder = memmem::Finder::new(BEGIN);
    while let Some(rel) = finder.find(&data[pos..]) {
        let start = pos + rel;
        let line = line_counter.line_at(data, start);
        if blocks.len() + problems.len() >= MAX_BLOCKS {
            problems.push(PemProblem {
                line,
                error: InventoryError::Pem {
                    line,
                    what: format!("more than {MAX_BLOCKS} PEM blocks; the rest is ignored"),
                },
            });
            break;
        }
        match parse_block(data, start, line) {
            Ok(Some((block, end))) => {
                blocks.push(block);
                pos = end;
            }
            // Prose that mentions "-----BEGIN " is not a PEM block, and not a problem either.
            Ok(None) => pos = start + BEGIN.len(),
            Err(error) => {
                problems.push(PemProblem { line, error });
                pos = start + BEGIN.len();
            }
        }
    }
    (blocks, problems)
}

#[derive(Default)]
struct LineCounter {
    offset: usize,
    line: u32,
}

impl LineCounter {
    fn line_at(&mut self, data: &[u8], offset: usize) -> u32 {
        let n = memchr::memchr_iter(b'\n', &data[self.offset..offset]).count();
        self.line = self
            .line
            .saturating_add(u32::try_from(n).unwrap_or(u32::MAX));
        self.offset = offset;
        self.line + 1
    }
}

/// `Ok(None)` when the marker is not followed by a well-formed `LABEL-----`.
fn parse_block(data: &[u8], start: usize, line: u32) -> Result<Option<(PemBlock, usize)>> {
    let err = |what: String| InventoryError::Pem { line, what };
    let label_start = start + BEGIN.len();
    let rest = &data[label_start..];
    let Some(label_len) = memmem::find(&rest[..rest.len().min(MAX_LABEL + 5)], b"-----") else {
        return Ok(None);
    };
    let Some(label) = std::str::from_utf8(&rest[..label_len]).ok().filter(|l| {
        !l.is_empty()
            && l.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b" .#_-".contains(&b))
    }) else {
        return Ok(None);
    };
    let label = label.to_string();
    let body_start = label_start + label_len + 5;
    let end_marker = format!("-----END {label}-----");
    let body_len = memmem::find(&data[body_start..], end_marker.as_bytes())
        .ok_or_else(|| err(format!("'{label}' block has no END line")))?;
    // A second BEGIN before our END means this block was cut short.
    if memmem::find(&data[body_start..body_start + body_len], BEGIN).is_some() {
        return Err(err(format!(
            "'{label}' block is not terminated before the next BEGIN"
        )));
    }
    let body = &data[body_start..body_start + body_len];
    let (headers, b64) = split_headers(body);
    let der = LENIENT
        .decode(b64)
        .map_err(|e| err(format!("'{label}' block: invalid base64 ({e})")))?;
    if der.is_empty() {
        return Err(err(format!("'{label}' block is empty")));
    }
    Ok(Some((
        PemBlock {
            label,
            headers,
            der,
            line,
            offset: start,
        },
        body_start + body_len + end_marker.len(),
    )))
}

/// Splits RFC 1421 headers from the base64 body and strips everything that is not base64:
/// whitespace, indentation, and the `\n` escapes of PEM stored inside JSON strings.
fn split_headers(body: &[u8]) -> (Vec<(String, String)>, Vec<u8>) {
    let text = String::from_utf8_lossy(body);
    let normalized = text.replace("\\r", "\n").replace("\\n", "\n");
    let mut headers = Vec::new();
    let mut b64 = Vec::with_capacity(body.len());
    let mut in_headers = true;
    for raw_line in normalized.lines() {
        let l = raw_line
            .trim()
            .trim_matches('"')
            .trim_end_matches(',')
            .trim_matches('"');
        if in_headers {
            if let Some((k, v)) = l.split_once(':') {
                if !k.is_empty() && k.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
                    headers.push((k.to_string(), v.trim().to_string()));
                    continue;
                }
            }
            if l.is_empty() && headers.is_empty() {
                continue;
            }
            in_headers = false;
        }
        b64.extend(
            l.bytes()
                .filter(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=')),
        );
    }
    (headers, b64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_blocks_with_lines() {
        let text = b"hello\n-----BEGIN FOO-----\nAQID\n-----END FOO-----\nx\n-----BEGIN BAR-----\nBAU=\n-----END BAR-----\n";
        let (blocks, problems) = parse_all(text);
        assert!(problems.is_empty());
        assert_eq!(blocks.len(), 2);
        assert_eq!(blocks[0].label, "FOO");
        assert_eq!(blocks[0].der, vec![1, 2, 3]);
        assert_eq!(blocks[0].line, 2);
        assert_eq!(blocks[1].line, 6);
    }

    #[test]
    fn json_escaped_and_headers() {
        let text = br#"{"k": "-----BEGIN X-----\nAQID\n-----END X-----\n"}"#;
        let (blocks, _) = parse_all(text);
        assert_eq!(blocks[0].der, vec![1, 2, 3]);
        let text = b"-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nAQID\n-----END RSA PRIVATE KEY-----\n";
        let (blocks, _) = parse_all(text);
        assert_eq!(blocks[0].headers.len(), 2);
        assert_eq!(blocks[0].der, vec![1, 2, 3]);
    }

    #[test]
    fn broken_blocks_are_problems() {
        let (b, p) = parse_all(b"-----BEGIN X-----\nAQID\n");
        assert!(b.is_empty() && p.len() == 1);
        let (b, p) = parse_all(b"mentions -----BEGIN but nothing else");
        assert!(b.is_empty() && p.is_empty());
        let (b, p) = parse_all(b"-----BEGIN X-----\n-----BEGIN Y-----\nAQ==\n-----END Y-----\n");
        assert_eq!(b.len(), 1);
        assert_eq!(p.len(), 1);
        let (b, p) = parse_all(b"-----BEGIN X-----\n!!!!\n-----END X-----");
        assert!(b.is_empty() && p.len() == 1);
    }
}
