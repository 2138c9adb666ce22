//! The identification line (RFC 4253 §4.2) and the lines a server may send before it.

use memchr::memchr;

use super::wire::err;
use crate::error::Result;

/// Longest identification line, CR LF included (RFC 4253 §4.2).
pub const MAX_BANNER_LINE: usize = 255;
/// Longest line before the identification line, its line end included.
pub const MAX_PRE_BANNER_LINE: usize = 1024;
/// Most lines before the identification line.
pub const MAX_PRE_BANNER_LINES: usize = 50;

/// A server's identification string `SSH-protoversion-softwareversion SP comments`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Banner {
    /// `2.0`, or `1.99` for a server that also speaks SSH-1; anything else (`1.5`) is a server
    /// that speaks only SSH-1 (see [`Banner::is_ssh2`]).
    pub proto_version: String,
    /// `OpenSSH_9.2p1`.
    pub software: String,
    /// What follows the first space (`Debian-2+deb12u6`), if anything.
    pub comments: Option<String>,
    /// Lines the server sent before its identification line, without their line ends (invalid
    /// UTF-8 replaced).
    pub pre_banner_lines: Vec<String>,
}

impl Banner {
    /// True when the server speaks SSH-2 (`2.0`, or `1.99`: both protocols).
    pub fn is_ssh2(&self) -> bool {
        self.proto_version == "2.0" || self.proto_version == "1.99"
    }

    /// The identification line as sent, without its line end.
    pub fn identification(&self) -> String {
        match &self.comments {
            Some(c) => format!("SSH-{}-{} {c}", self.proto_version, self.software),
            None => format!("SSH-{}-{}", self.proto_version, self.software),
        }
    }
}

/// Reads the server's identification from the first bytes of a connection. Feed everything
/// received so far: `Ok(None)` asks for more, `Ok(Some((banner, n)))` says the identification
/// line ended at byte `n` and everything after it begins the binary packet stream.
///
/// Lines end in LF with an optional CR before it (RFC 4253 asks for CR LF; some servers send
/// LF alone, and OpenSSH accepts both). Errors — with the byte offset in `buf` — for an
/// identification line over 255 bytes, a line before it over 1 KiB, more than 50 such lines, or
/// an identification line that is not `SSH-<version>-<software>` in printable characters.
pub fn parse_banner(buf: &[u8]) -> Result<Option<(Banner, usize)>> {
    let mut pos = 0;
    let mut pre_banner_lines = Vec::new();
    loop {
        let rest = &buf[pos..];
        let is_banner = rest.starts_with(b"SSH-");
        let limit = if is_banner {
            MAX_BANNER_LINE
        } else {
            MAX_PRE_BANNER_LINE
        };
        let Some(lf) = memchr(b'\n', rest) else {
            // The line is incomplete; give up once it can no longer end within its limit.
            if rest.len() >= limit {
                return Err(too_long(pos, is_banner, limit));
            }
            return Ok(None);
        };
        if lf + 1 > limit {
            return Err(too_long(pos, is_banner, limit));
        }
        let line = &rest[..lf];
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if is_banner {
            let banner = identification(line, pos, pre_banner_lines)?;
            return Ok(Some((banner, pos + lf + 1)));
        }
        if pre_banner_lines.len() == MAX_PRE_BANNER_LINES {
            return Err(err(
                pos,
                format!(
                    "more than {MAX_PRE_BANNER_LINES} lines before the SSH identification line"
                ),
            ));
        }
        pre_banner_lines.push(String::from_utf8_lossy(line).into_owned());
        pos += lf + 1;
    }
}

fn too_long(pos: usize, is_banner: bool, limit: usize) -> crate::error::InventoryError {
    let what = if is_banner {
        "SSH identification line"
    } else {
        "line before the SSH identification line"
    };
    err(pos, format!("{what} longer than {limit} bytes"))
}

/// `line` is the identification line without its line end, starting with `SSH-`; `at` is its
/// offset in the input.
fn identification(line: &[u8], at: usize, pre_banner_lines: Vec<String>) -> Result<Banner> {
    if let Some(i) = line.iter().position(|&b| b < 0x20 || b == 0x7f) {
        return Err(err(
            at + i,
            format!(
                "control character 0x{:02x} in the SSH identification line",
                line[i]
            ),
        ));
    }
    let body = &line[4..];
    let Some(dash) = body.iter().position(|&b| b == b'-') else {
        return Err(err(
            at,
            "SSH identification line without '-' after the protocol version",
        ));
    };
    let proto = &body[..dash];
    if proto.is_empty() || proto.contains(&b' ') {
        return Err(err(
            at + 4,
            "SSH identification line with an empty or malformed protocol version",
        ));
    }
    let after = &body[dash + 1..];
    let (software, comments) = match after.iter().position(|&b| b == b' ') {
        Some(sp) => (&after[..sp], Some(&after[sp + 1..])),
        None => (after, None),
    };
    if software.is_empty() {
        return Err(err(
            at + 4 + dash + 1,
            "SSH identification line with an empty software version",
        ));
    }
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    Ok(Banner {
        proto_version: text(proto),
        software: text(software),
        comments: comments.filter(|c| !c.is_empty()).map(text),
        pre_banner_lines,
    })
}
