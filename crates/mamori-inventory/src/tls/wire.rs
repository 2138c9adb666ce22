//! Bounds-checked reading and length-prefixed writing of TLS presentation-language vectors.

use crate::error::InventoryError;

pub(crate) fn tls_error(offset: usize, what: impl Into<String>) -> InventoryError {
    InventoryError::Tls {
        offset,
        what: what.into(),
    }
}

/// A reader over one message body. Every read checks the remaining length; errors carry the
/// offset of the field that did not fit, relative to the start of the slice.
#[derive(Debug, Clone)]
pub(crate) struct Cursor<'a> {
    buf: &'a [u8],
    pos: usize,
    /// Offset of `buf[0]` in the outermost slice, for error offsets of nested vectors.
    base: usize,
}

impl<'a> Cursor<'a> {
    pub(crate) fn new(buf: &'a [u8]) -> Self {
        Cursor {
            buf,
            pos: 0,
            base: 0,
        }
    }

    /// Offset of the next byte in the outermost slice.
    pub(crate) fn offset(&self) -> usize {
        self.base + self.pos
    }

    pub(crate) fn remaining(&self) -> usize {
        self.buf.len().saturating_sub(self.pos)
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.remaining() == 0
    }

    pub(crate) fn err(&self, what: impl Into<String>) -> InventoryError {
        tls_error(self.offset(), what)
    }

    pub(crate) fn bytes(&mut self, n: usize, what: &str) -> Result<&'a [u8], InventoryError> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&end| end <= self.buf.len())
            .ok_or_else(|| {
                self.err(format!(
                    "{what}: needs {n} bytes, {} left",
                    self.remaining()
                ))
            })?;
        let out = self.buf.get(self.pos..end).ok_or_else(|| self.err(what))?;
        self.pos = end;
        Ok(out)
    }

    pub(crate) fn u8(&mut self, what: &str) -> Result<u8, InventoryError> {
        let b = self.bytes(1, what)?;
        Ok(b.first().copied().unwrap_or(0))
    }

    pub(crate) fn u16(&mut self, what: &str) -> Result<u16, InventoryError> {
        match *self.bytes(2, what)? {
            [a, b] => Ok(u16::from_be_bytes([a, b])),
            _ => Err(self.err(what)),
        }
    }

    pub(crate) fn u24(&mut self, what: &str) -> Result<usize, InventoryError> {
        match *self.bytes(3, what)? {
            [a, b, c] => Ok(usize::from(a) << 16 | usize::from(b) << 8 | usize::from(c)),
            _ => Err(self.err(what)),
        }
    }

    /// `opaque x<0..2^8-1>`.
    pub(crate) fn vec8(&mut self, what: &str) -> Result<&'a [u8], InventoryError> {
        let n = self.u8(what)?;
        self.bytes(usize::from(n), what)
    }

    /// `opaque x<0..2^16-1>`.
    pub(crate) fn vec16(&mut self, what: &str) -> Result<&'a [u8], InventoryError> {
        let n = self.u16(what)?;
        self.bytes(usize::from(n), what)
    }

    /// `opaque x<0..2^24-1>`.
    pub(crate) fn vec24(&mut self, what: &str) -> Result<&'a [u8], InventoryError> {
        let n = self.u24(what)?;
        self.bytes(n, what)
    }

    /// A cursor over the contents of an `opaque x<0..2^16-1>` vector.
    pub(crate) fn sub16(&mut self, what: &str) -> Result<Cursor<'a>, InventoryError> {
        let base = self.offset() + 2;
        let buf = self.vec16(what)?;
        Ok(Cursor { buf, pos: 0, base })
    }

    /// A cursor over the contents of an `opaque x<0..2^24-1>` vector.
    pub(crate) fn sub24(&mut self, what: &str) -> Result<Cursor<'a>, InventoryError> {
        let base = self.offset() + 3;
        let buf = self.vec24(what)?;
        Ok(Cursor { buf, pos: 0, base })
    }

    /// Errors unless every byte was read.
    pub(crate) fn finish(&self, what: &str) -> Result<(), InventoryError> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(self.err(format!(
                "{what}: {} unexpected trailing bytes",
                self.remaining()
            )))
        }
    }
}

/// Appends `body` with a big-endian length prefix of `width` bytes (1, 2 or 3). Returns false and
/// writes nothing when the body does not fit the prefix.
pub(crate) fn put_vec(out: &mut Vec<u8>, width: usize, body: &[u8]) -> bool {
    let max = match width {
        1 => 0xFF,
        2 => 0xFFFF,
        _ => 0xFF_FFFF,
    };
    let len = body.len();
    if len > max {
        return false;
    }
    let be = (len as u32).to_be_bytes();
    out.extend_from_slice(be.get(4 - width.min(3)..).unwrap_or(&be));
    out.extend_from_slice(body);
    true
}

pub(crate) fn put_u16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_be_bytes());
}
