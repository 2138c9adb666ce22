//! The RFC 4251 §5 data types over a byte slice: `byte`, `boolean`, `uint32`, `string`, `mpint`
//! and `name-list`, read with the offset of every field so that errors say where they are.

use crate::error::{InventoryError, Result};

/// Longest name-list we accept (RFC 4251 sets none; real servers send a few hundred bytes).
pub const MAX_NAME_LIST: usize = 64 * 1024;
/// Most names in one name-list.
pub const MAX_NAMES: usize = 512;

pub(crate) fn err(offset: usize, what: impl Into<String>) -> InventoryError {
    InventoryError::SshWire {
        offset,
        what: what.into(),
    }
}

/// Reader over one message; `pos` is the offset of the next unread byte in the message.
#[derive(Debug)]
pub(crate) struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(data: &'a [u8]) -> Self {
        Reader { data, pos: 0 }
    }

    pub(crate) fn pos(&self) -> usize {
        self.pos
    }

    pub(crate) fn remaining(&self) -> usize {
        self.data.len() - self.pos
    }

    fn take(&mut self, n: usize, what: &str) -> Result<&'a [u8]> {
        if n > self.remaining() {
            return Err(err(
                self.pos,
                format!(
                    "truncated {what}: {n} bytes needed, {} left",
                    self.remaining()
                ),
            ));
        }
        let s = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    pub(crate) fn byte(&mut self, what: &str) -> Result<u8> {
        Ok(self.take(1, what)?[0])
    }

    pub(crate) fn boolean(&mut self, what: &str) -> Result<bool> {
        Ok(self.byte(what)? != 0)
    }

    pub(crate) fn array<const N: usize>(&mut self, what: &str) -> Result<[u8; N]> {
        let mut out = [0u8; N];
        out.copy_from_slice(self.take(N, what)?);
        Ok(out)
    }

    pub(crate) fn u32(&mut self, what: &str) -> Result<u32> {
        Ok(u32::from_be_bytes(self.array::<4>(what)?))
    }

    /// A `string`: uint32 length and that many bytes.
    pub(crate) fn string(&mut self, what: &str) -> Result<&'a [u8]> {
        let at = self.pos;
        let len = self.u32(what)? as usize;
        if len > self.remaining() {
            return Err(err(
                at,
                format!(
                    "{what}: length {len} exceeds the {} bytes left",
                    self.remaining()
                ),
            ));
        }
        self.take(len, what)
    }

    /// A `string` holding text; invalid UTF-8 is replaced, never an error (peers send what they
    /// like in descriptions).
    pub(crate) fn text_lossy(&mut self, what: &str) -> Result<String> {
        Ok(String::from_utf8_lossy(self.string(what)?).into_owned())
    }

    /// An `mpint` that must be non-negative: its magnitude without leading zero bytes.
    pub(crate) fn mpint_unsigned(&mut self, what: &str) -> Result<&'a [u8]> {
        let at = self.pos;
        let raw = self.string(what)?;
        if raw.first().is_some_and(|b| b & 0x80 != 0) {
            return Err(err(at, format!("{what} is a negative mpint")));
        }
        let start = raw.iter().position(|&b| b != 0).unwrap_or(raw.len());
        Ok(&raw[start..])
    }

    /// A `name-list`: comma-separated, non-empty US-ASCII names without control characters.
    pub(crate) fn name_list(&mut self, what: &str) -> Result<Vec<String>> {
        let at = self.pos;
        let raw = self.string(what)?;
        let body = at + 4;
        if raw.len() > MAX_NAME_LIST {
            return Err(err(
                at,
                format!(
                    "{what}: name-list of {} bytes exceeds the limit of {MAX_NAME_LIST}",
                    raw.len()
                ),
            ));
        }
        if raw.is_empty() {
            return Ok(Vec::new());
        }
        if let Some(i) = raw.iter().position(|&b| !(0x21..=0x7e).contains(&b)) {
            return Err(err(
                body + i,
                format!("{what}: byte 0x{:02x} in a name", raw[i]),
            ));
        }
        let mut names = Vec::new();
        let mut start = 0;
        for part in raw.split(|&b| b == b',') {
            if part.is_empty() {
                return Err(err(body + start, format!("{what}: empty name")));
            }
            if names.len() == MAX_NAMES {
                return Err(err(
                    body + start,
                    format!("{what}: more than {MAX_NAMES} names"),
                ));
            }
            // Checked above: printable ASCII.
            names.push(String::from_utf8_lossy(part).into_owned());
            start += part.len() + 1;
        }
        Ok(names)
    }
}

/// Writer of the same types.
#[derive(Debug, Default)]
pub(crate) struct Writer {
    pub(crate) buf: Vec<u8>,
}

impl Writer {
    pub(crate) fn new(msg_type: u8) -> Self {
        Writer {
            buf: vec![msg_type],
        }
    }

    pub(crate) fn byte(&mut self, b: u8) -> &mut Self {
        self.buf.push(b);
        self
    }

    pub(crate) fn raw(&mut self, b: &[u8]) -> &mut Self {
        self.buf.extend_from_slice(b);
        self
    }

    pub(crate) fn u32(&mut self, v: u32) -> &mut Self {
        self.buf.extend_from_slice(&v.to_be_bytes());
        self
    }

    pub(crate) fn string(&mut self, s: &[u8]) -> &mut Self {
        // Everything we write is far below 4 GiB; saturate rather than truncate silently.
        self.u32(u32::try_from(s.len()).unwrap_or(u32::MAX));
        self.raw(s)
    }

    /// `mpint` of a non-negative big-endian magnitude (leading zeros are dropped, a zero byte
    /// is prefixed when the top bit is set).
    pub(crate) fn mpint(&mut self, magnitude: &[u8]) -> &mut Self {
        let start = magnitude
            .iter()
            .position(|&b| b != 0)
            .unwrap_or(magnitude.len());
        let m = &magnitude[start..];
        let pad = m.first().is_some_and(|b| b & 0x80 != 0);
        self.u32(u32::try_from(m.len() + usize::from(pad)).unwrap_or(u32::MAX));
        if pad {
            self.buf.push(0);
        }
        self.raw(m)
    }

    pub(crate) fn name_list<S: AsRef<str>>(&mut self, names: &[S]) -> &mut Self {
        let joined = names
            .iter()
            .map(AsRef::as_ref)
            .collect::<Vec<_>>()
            .join(",");
        self.string(joined.as_bytes())
    }
}

/// Bit length of a big-endian magnitude without leading zeros.
pub(crate) fn bit_len(magnitude: &[u8]) -> u32 {
    match magnitude.iter().position(|&b| b != 0) {
        None => 0,
        Some(i) => {
            let bytes = u32::try_from(magnitude.len() - i - 1).unwrap_or(u32::MAX);
            bytes
                .saturating_mul(8)
                .saturating_add(8 - magnitude[i].leading_zeros())
        }
    }
}
