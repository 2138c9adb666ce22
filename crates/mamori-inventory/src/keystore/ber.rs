//! BER → DER-style re-encoding for PKCS#12 files written by tools that stream their output
//! (indefinite lengths, constructed OCTET STRINGs). The crate's [`crate::der`] reader is strict,
//! so a PKCS#12 file that fails to parse strictly is normalised here first: indefinite lengths
//! become definite ones and constructed OCTET STRINGs become primitive ones with their segments
//! concatenated. Everything else is copied unchanged.

use crate::error::{InventoryError, Result};

const MAX_DEPTH: usize = 32;
const TAG_OCTET_STRING: u8 = 0x04;
const TAG_OCTET_STRING_CONSTRUCTED: u8 = 0x24;

/// Re-encodes one BER element (and any bytes after it, unchanged) with definite lengths and
/// primitive OCTET STRINGs.
pub(crate) fn normalize(data: &[u8]) -> Result<Vec<u8>> {
    let mut reader = BerReader { data, pos: 0 };
    let mut out = Vec::with_capacity(data.len());
    reader.element(&mut out, 0)?;
    if reader.pos != data.len() {
        // Trailing bytes after the outer element are kept as they are.
        out.extend_from_slice(data.get(reader.pos..).unwrap_or_default());
    }
    Ok(out)
}

/// Contents of a possibly constructed (BER) string: a primitive value as is, a constructed one
/// as the concatenation of its segments.
pub(crate) fn string_contents(tag: u8, value: &[u8]) -> Result<Vec<u8>> {
    if tag & 0x20 == 0 {
        return Ok(value.to_vec());
    }
    let mut children = Vec::with_capacity(value.len());
    let mut reader = BerReader {
        data: value,
        pos: 0,
    };
    while reader.pos < value.len() {
        reader.element(&mut children, 1)?;
    }
    string_contents_of_normalized(&children, 0)
}

struct BerReader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl BerReader<'_> {
    /// Reads a header: (tag, Some(definite length) or None for indefinite, header size).
    fn header(&mut self) -> Result<(u8, Option<usize>, usize)> {
        let start = self.pos;
        let tag = *self
            .data
            .get(start)
            .ok_or_else(|| InventoryError::der(start, "unexpected end of data"))?;
        if tag & 0x1f == 0x1f {
            return Err(InventoryError::der(
                start,
                "multi-byte tags are not supported",
            ));
        }
        let first = *self
            .data
            .get(start + 1)
            .ok_or_else(|| InventoryError::der(start + 1, "missing length"))?;
        let (len, header) = if first < 0x80 {
            (Some(usize::from(first)), 2)
        } else if first == 0x80 {
            if tag & 0x20 == 0 {
                return Err(InventoryError::der(
                    start,
                    "indefinite length on a primitive value",
                ));
            }
            (None, 2)
        } else {
            let n = usize::from(first & 0x7f);
            if n > 4 {
                return Err(InventoryError::der(start + 1, format!("{n}-byte length")));
            }
            let bytes = self
                .data
                .get(start + 2..start + 2 + n)
                .ok_or_else(|| InventoryError::der(start + 2, "truncated length"))?;
            let len = bytes
                .iter()
                .fold(0usize, |acc, b| (acc << 8) | usize::from(*b));
            (Some(len), 2 + n)
        };
        if let Some(len) = len {
            let fits = (start + header)
                .checked_add(len)
                .is_some_and(|end| end <= self.data.len());
            if !fits {
                return Err(InventoryError::der(
                    start,
                    "length runs past the end of the data",
                ));
            }
        }
        self.pos = start + header;
        Ok((tag, len, header))
    }

    /// Re-encodes one element into `out`, returning the tag written.
    fn element(&mut self, out: &mut Vec<u8>, depth: usize) -> Result<u8> {
        if depth > MAX_DEPTH {
            return Err(InventoryError::der(self.pos, "BER nesting too deep"));
        }
        let at = self.pos;
        let (tag, len, _) = self.header()?;
        if tag & 0x20 == 0 {
            let len = len.unwrap_or(0);
            let body = self
                .data
                .get(self.pos..self.pos + len)
                .ok_or_else(|| InventoryError::der(at, "truncated value"))?;
            self.pos += len;
            crate::der::write_tlv(out, tag, body);
            return Ok(tag);
        }
        let mut children = Vec::new();
        match len {
            Some(len) => {
                let end = self.pos + len;
                let mut inner = BerReader {
                    data: self.data.get(..end).unwrap_or_default(),
                    pos: self.pos,
                };
                while inner.pos < end {
                    inner.element(&mut children, depth + 1)?;
                }
                self.pos = end;
            }
            None => loop {
                if self.data.get(self.pos..self.pos + 2) == Some(&[0, 0][..]) {
                    self.pos += 2;
                    break;
                }
                if self.pos >= self.data.len() {
                    return Err(InventoryError::der(at, "missing end-of-contents"));
                }
                self.element(&mut children, depth + 1)?;
            },
        }
        if tag == TAG_OCTET_STRING_CONSTRUCTED {
            let flat = string_contents_of_normalized(&children, at)?;
            crate::der::write_tlv(out, TAG_OCTET_STRING, &flat);
            return Ok(TAG_OCTET_STRING);
        }
        crate::der::write_tlv(out, tag, &children);
        Ok(tag)
    }
}

/// Concatenates the contents of already-normalised (definite, primitive) OCTET STRING segments.
fn string_contents_of_normalized(children: &[u8], at: usize) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(children.len());
    let mut reader = crate::der::Der::new(children);
    while !reader.is_empty() {
        let tlv = reader
            .read()
            .map_err(|_| InventoryError::der(at, "malformed constructed OCTET STRING"))?;
        if tlv.tag != TAG_OCTET_STRING {
            return Err(InventoryError::der(
                at,
                "constructed OCTET STRING with a non-string segment",
            ));
        }
        out.extend_from_slice(tlv.value);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indefinite_and_constructed_strings() {
        // SEQUENCE (indefinite) { OCTET STRING (constructed, indefinite) { "ab", "c" }, INTEGER 5 }
        let ber = [
            0x30, 0x80, 0x24, 0x80, 0x04, 0x02, b'a', b'b', 0x04, 0x01, b'c', 0x00, 0x00, 0x02,
            0x01, 0x05, 0x00, 0x00,
        ];
        let der = normalize(&ber).unwrap();
        assert_eq!(
            der,
            [0x30, 0x08, 0x04, 0x03, b'a', b'b', b'c', 0x02, 0x01, 0x05]
        );
        assert!(normalize(&[0x30, 0x80, 0x02, 0x01]).is_err());
        assert!(normalize(&[0x30, 0x80]).is_err());
        assert_eq!(
            string_contents(0xa0, &[0x04, 0x01, 1, 0x04, 0x02, 2, 3]).unwrap(),
            [1, 2, 3]
        );
        assert_eq!(string_contents(0x80, &[9, 9]).unwrap(), [9, 9]);
    }

    #[test]
    fn never_panics_on_prefixes() {
        let ber = [
            0x30, 0x80, 0x24, 0x80, 0x04, 0x02, b'a', b'b', 0x04, 0x01, b'c', 0x00, 0x00, 0x02,
            0x01, 0x05, 0x00, 0x00,
        ];
        for n in 0..ber.len() {
            let _ = normalize(&ber[..n]);
        }
    }
}
