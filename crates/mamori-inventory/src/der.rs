//! A small, strict DER reader. Definite lengths only, single-byte tags only, lengths checked
//! against the bytes present: enough for X.509 keys, PKCS#8/#12 and keystores, and small enough
//! to fuzz exhaustively. Offsets in errors are relative to the start of the outermost buffer.

use crate::error::{InventoryError, Result};

pub const TAG_BOOLEAN: u8 = 0x01;
pub const TAG_INTEGER: u8 = 0x02;
pub const TAG_BIT_STRING: u8 = 0x03;
pub const TAG_OCTET_STRING: u8 = 0x04;
pub const TAG_NULL: u8 = 0x05;
pub const TAG_OID: u8 = 0x06;
pub const TAG_UTF8_STRING: u8 = 0x0c;
pub const TAG_PRINTABLE_STRING: u8 = 0x13;
pub const TAG_IA5_STRING: u8 = 0x16;
pub const TAG_BMP_STRING: u8 = 0x1e;
pub const TAG_SEQUENCE: u8 = 0x30;
pub const TAG_SET: u8 = 0x31;

/// Context-specific tag `[n]`, constructed.
pub const fn context(n: u8) -> u8 {
    0xa0 | n
}

/// Context-specific tag `[n]`, primitive (implicit tagging of a primitive type).
pub const fn context_primitive(n: u8) -> u8 {
    0x80 | n
}

/// One tag-length-value.
#[derive(Debug, Clone, Copy)]
pub struct Tlv<'a> {
    pub tag: u8,
    pub value: &'a [u8],
    /// The whole encoding, header included.
    pub raw: &'a [u8],
    /// Offset of the header in the outermost buffer.
    pub offset: usize,
}

impl<'a> Tlv<'a> {
    /// A reader over the contents of a constructed value.
    pub fn reader(&self) -> Der<'a> {
        let header = self.raw.len() - self.value.len();
        Der {
            data: self.value,
            pos: 0,
            base: self.offset + header,
        }
    }

    /// Offset of the first content byte in the outermost buffer.
    pub fn value_offset(&self) -> usize {
        self.offset + (self.raw.len() - self.value.len())
    }
}

#[derive(Debug, Clone)]
pub struct Der<'a> {
    data: &'a [u8],
    pos: usize,
    base: usize,
}

impl<'a> Der<'a> {
    pub fn new(data: &'a [u8]) -> Self {
        Der {
            data,
            pos: 0,
            base: 0,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.pos >= self.data.len()
    }

    /// Absolute offset of the next byte.
    pub fn offset(&self) -> usize {
        self.base + self.pos
    }

    pub fn peek_tag(&self) -> Option<u8> {
        self.data.get(self.pos).copied()
    }

    /// Reads the next TLV, whatever its tag.
    pub fn read(&mut self) -> Result<Tlv<'a>> {
        let start = self.pos;
        let abs = self.base + start;
        let tag = *self
            .data
            .get(start)
            .ok_or_else(|| InventoryError::der(abs, "unexpected end of data"))?;
        if tag & 0x1f == 0x1f {
            return Err(InventoryError::der(
                abs,
                "multi-byte tags are not supported",
            ));
        }
        let first = *self
            .data
            .get(start + 1)
            .ok_or_else(|| InventoryError::der(abs + 1, "missing length"))?;
        let (len, header) = if first < 0x80 {
            (usize::from(first), 2)
        } else if first == 0x80 {
            return Err(InventoryError::der(abs + 1, "indefinite length is not DER"));
        } else {
            let n = usize::from(first & 0x7f);
            if n > 4 {
                return Err(InventoryError::der(abs + 1, format!("{n}-byte length")));
            }
            let bytes = self
                .data
                .get(start + 2..start + 2 + n)
                .ok_or_else(|| InventoryError::der(abs + 2, "truncated length"))?;
            let len = bytes
                .iter()
                .fold(0usize, |acc, b| (acc << 8) | usize::from(*b));
            (len, 2 + n)
        };
        let end = (start + header)
            .checked_add(len)
            .filter(|end| *end <= self.data.len())
            .ok_or_else(|| {
                InventoryError::der(
                    abs,
                    format!(
                        "length {len} runs past the end of the data ({} bytes left)",
                        self.data.len() - start - header
                    ),
                )
            })?;
        self.pos = end;
        Ok(Tlv {
            tag,
            value: &self.data[start + header..end],
            raw: &self.data[start..end],
            offset: abs,
        })
    }

    /// Reads the next TLV and checks its tag.
    pub fn expect(&mut self, tag: u8, what: &str) -> Result<Tlv<'a>> {
        let at = self.offset();
        let tlv = self.read()?;
        if tlv.tag != tag {
            return Err(InventoryError::der(
                at,
                format!(
                    "expected {what} (tag 0x{tag:02x}), found tag 0x{:02x}",
                    tlv.tag
                ),
            ));
        }
        Ok(tlv)
    }

    /// Reads a SEQUENCE and returns a reader over its contents.
    pub fn sequence(&mut self, what: &str) -> Result<Der<'a>> {
        Ok(self.expect(TAG_SEQUENCE, what)?.reader())
    }

    /// Reads the next TLV only if it has this tag.
    pub fn optional(&mut self, tag: u8) -> Result<Option<Tlv<'a>>> {
        if self.peek_tag() == Some(tag) {
            self.read().map(Some)
        } else {
            Ok(None)
        }
    }

    pub fn oid(&mut self, what: &str) -> Result<String> {
        let tlv = self.expect(TAG_OID, what)?;
        oid_to_string(tlv.value)
            .ok_or_else(|| InventoryError::der(tlv.offset, format!("bad OID in {what}")))
    }

    /// An INTEGER's content bytes (two's complement, big-endian).
    pub fn integer(&mut self, what: &str) -> Result<&'a [u8]> {
        let tlv = self.expect(TAG_INTEGER, what)?;
        if tlv.value.is_empty() {
            return Err(InventoryError::der(
                tlv.offset,
                format!("empty INTEGER in {what}"),
            ));
        }
        Ok(tlv.value)
    }

    /// A small non-negative INTEGER (version numbers, iteration counts).
    pub fn small_uint(&mut self, what: &str) -> Result<u64> {
        let at = self.offset();
        let v = self.integer(what)?;
        uint_value(v).ok_or_else(|| InventoryError::der(at, format!("{what} out of range")))
    }

    pub fn octet_string(&mut self, what: &str) -> Result<&'a [u8]> {
        Ok(self.expect(TAG_OCTET_STRING, what)?.value)
    }

    /// A BIT STRING's bytes, requiring zero unused bits.
    pub fn bit_string(&mut self, what: &str) -> Result<&'a [u8]> {
        let tlv = self.expect(TAG_BIT_STRING, what)?;
        match tlv.value.split_first() {
            Some((0, rest)) => Ok(rest),
            _ => Err(InventoryError::der(
                tlv.offset,
                format!("{what}: BIT STRING with unused bits"),
            )),
        }
    }
}

/// Appends one DER TLV with a definite, minimal length.
pub fn write_tlv(out: &mut Vec<u8>, tag: u8, value: &[u8]) {
    out.push(tag);
    let len = value.len();
    if len < 0x80 {
        out.push(len as u8);
    } else {
        let bytes = len.to_be_bytes();
        let skip = bytes.iter().take_while(|b| **b == 0).count();
        let significant = bytes.get(skip..).unwrap_or_default();
        out.push(0x80 | significant.len() as u8);
        out.extend_from_slice(significant);
    }
    out.extend_from_slice(value);
}

/// The value of a non-negative INTEGER that fits in a u64.
pub fn uint_value(bytes: &[u8]) -> Option<u64> {
    if bytes.first().is_some_and(|b| b & 0x80 != 0) {
        return None;
    }
    let trimmed = strip_leading_zeros(bytes);
    if trimmed.len() > 8 {
        return None;
    }
    Some(
        trimmed
            .iter()
            .fold(0u64, |acc, b| (acc << 8) | u64::from(*b)),
    )
}

fn strip_leading_zeros(bytes: &[u8]) -> &[u8] {
    let first = bytes.iter().position(|b| *b != 0).unwrap_or(bytes.len());
    &bytes[first..]
}

/// Bit length of a non-negative big-endian integer (leading zero bytes and bits ignored).
pub fn bit_length(bytes: &[u8]) -> u32 {
    let trimmed = strip_leading_zeros(bytes);
    match trimmed.first() {
        None => 0,
        Some(b) => (trimmed.len() as u32 - 1) * 8 + (8 - b.leading_zeros()),
    }
}

/// Dotted form of an OID's content bytes; `None` when malformed.
pub fn oid_to_string(bytes: &[u8]) -> Option<String> {
    if bytes.is_empty() || bytes.len() > 64 || bytes.last()? & 0x80 != 0 {
        return None;
    }
    let mut arcs: Vec<u64> = Vec::new();
    let mut acc: u64 = 0;
    for (i, b) in bytes.iter().enumerate() {
        // A leading 0x80 in an arc is a non-minimal encoding, which DER forbids.
        if acc == 0 && *b == 0x80 && (i == 0 || bytes[i - 1] & 0x80 == 0) {
            return None;
        }
        if acc > (u64::MAX >> 7) {
            return None;
        }
        acc = (acc << 7) | u64::from(b & 0x7f);
        if b & 0x80 == 0 {
            arcs.push(acc);
            acc = 0;
        }
    }
    let first = arcs[0];
    let (a, b) = match first {
        0..=39 => (0, first),
        40..=79 => (1, first - 40),
        _ => (2, first - 80),
    };
    let mut s = format!("{a}.{b}");
    for arc in &arcs[1..] {
        s.push('.');
        s.push_str(&arc.to_string());
    }
    Some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn oids() {
        assert_eq!(
            oid_to_string(&[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01]).as_deref(),
            Some("1.2.840.113549.1.1.1")
        );
        assert_eq!(
            oid_to_string(&[0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x03, 0x12]).as_deref(),
            Some("2.16.840.1.101.3.4.3.18")
        );
        assert_eq!(
            oid_to_string(&[0x2b, 0x65, 0x70]).as_deref(),
            Some("1.3.101.112")
        );
        assert_eq!(oid_to_string(&[]), None);
        assert_eq!(oid_to_string(&[0x2a, 0x86]), None);
        assert_eq!(oid_to_string(&[0x2a, 0x80, 0x01]), None);
    }

    #[test]
    fn lengths_are_checked() {
        assert!(Der::new(&[0x30, 0x05, 0x02, 0x01]).read().is_err());
        assert!(Der::new(&[0x30, 0x80, 0x00, 0x00]).read().is_err());
        assert!(
            Der::new(&[0x30, 0x84, 0xff, 0xff, 0xff, 0xff])
                .read()
                .is_err()
        );
        let mut d = Der::new(&[0x30, 0x03, 0x02, 0x01, 0x05]);
        let mut s = d.sequence("x").unwrap();
        assert_eq!(s.small_uint("v").unwrap(), 5);
        assert!(s.is_empty() && d.is_empty());
    }

    #[test]
    fn bit_lengths() {
        assert_eq!(bit_length(&[0x00, 0x80, 0x00]), 16);
        assert_eq!(bit_length(&[0x01]), 1);
        assert_eq!(bit_length(&[0x00]), 0);
    }
}
