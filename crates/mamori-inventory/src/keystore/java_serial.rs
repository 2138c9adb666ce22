//! A reader for the Java object serialization stream format, only as far as JCEKS needs it: it
//! walks one serialized object (a `SealedObject` in a keystore, a `SecretKeySpec` or `KeyRep`
//! inside it) to find where it ends and to collect its String and byte[] field values by field
//! name. Nothing is instantiated; unknown classes are just walked. Bounded in depth and steps.

use crate::error::{InventoryError, Result};

const STREAM_MAGIC: [u8; 2] = [0xac, 0xed];
const STREAM_VERSION: [u8; 2] = [0x00, 0x05];
const BASE_WIRE_HANDLE: u32 = 0x7e_0000;

const TC_NULL: u8 = 0x70;
const TC_REFERENCE: u8 = 0x71;
const TC_CLASSDESC: u8 = 0x72;
const TC_OBJECT: u8 = 0x73;
const TC_STRING: u8 = 0x74;
const TC_ARRAY: u8 = 0x75;
const TC_CLASS: u8 = 0x76;
const TC_BLOCKDATA: u8 = 0x77;
const TC_ENDBLOCKDATA: u8 = 0x78;
const TC_RESET: u8 = 0x79;
const TC_BLOCKDATALONG: u8 = 0x7a;
const TC_LONGSTRING: u8 = 0x7c;
const TC_PROXYCLASSDESC: u8 = 0x7d;
const TC_ENUM: u8 = 0x7e;

const SC_WRITE_METHOD: u8 = 0x01;
const SC_EXTERNALIZABLE: u8 = 0x04;
const SC_BLOCK_DATA: u8 = 0x08;

const MAX_DEPTH: usize = 32;
const MAX_STEPS: usize = 100_000;
const MAX_HANDLES: usize = 100_000;
const MAX_STRING: usize = 1 << 20;

/// String and byte[] field values found while walking an object, by field name, in stream order.
#[derive(Debug, Default)]
pub(crate) struct Fields {
    pub strings: Vec<(String, String)>,
    pub bytes: Vec<(String, Vec<u8>)>,
}

impl Fields {
    pub(crate) fn string(&self, name: &str) -> Option<&str> {
        self.strings
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub(crate) fn bytes(&self, name: &str) -> Option<&[u8]> {
        self.bytes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_slice())
    }
}

/// Reads one serialization stream (magic, version, one object) starting at `*pos`, advancing
/// `*pos` past it.
pub(crate) fn read_object(data: &[u8], pos: &mut usize) -> Result<Fields> {
    let mut p = Parser {
        data,
        pos: *pos,
        handles: Vec::new(),
        classes: Vec::new(),
        fields: Fields::default(),
        steps: 0,
    };
    let header = p.take(4)?;
    if header.get(..2) != Some(&STREAM_MAGIC[..]) || header.get(2..) != Some(&STREAM_VERSION[..]) {
        return Err(p.err("not a Java serialization stream"));
    }
    let value = p.content(0)?;
    if matches!(value, Value::Null) {
        return Err(p.err("null object"));
    }
    *pos = p.pos;
    Ok(p.fields)
}

#[derive(Debug, Clone)]
enum Value {
    Null,
    Str(String),
    Bytes(Vec<u8>),
    Class,
    Other,
}

#[derive(Debug, Clone)]
enum Handle {
    Class(usize),
    Str(String),
    Other,
}

#[derive(Debug, Clone, Default)]
struct ClassDesc {
    name: String,
    flags: u8,
    fields: Vec<(u8, String)>,
    parent: Option<usize>,
}

struct Parser<'a> {
    data: &'a [u8],
    pos: usize,
    handles: Vec<Handle>,
    classes: Vec<ClassDesc>,
    fields: Fields,
    steps: usize,
}

impl<'a> Parser<'a> {
    fn err(&self, what: &str) -> InventoryError {
        InventoryError::Keystore {
            what: format!("Java serialized object at byte {}: {what}", self.pos),
        }
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        let end = self.pos.checked_add(n).filter(|e| *e <= self.data.len());
        let Some(end) = end else {
            return Err(self.err("truncated"));
        };
        let out = self
            .data
            .get(self.pos..end)
            .ok_or_else(|| self.err("truncated"))?;
        self.pos = end;
        Ok(out)
    }

    fn u8(&mut self) -> Result<u8> {
        Ok(self.take(1)?.first().copied().unwrap_or(0))
    }

    fn u16(&mut self) -> Result<u16> {
        let b = self.take(2)?;
        Ok(u16::from_be_bytes([b[0], b[1]]))
    }

    fn u32(&mut self) -> Result<u32> {
        let b = self.take(4)?;
        Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn utf(&mut self) -> Result<String> {
        let len = usize::from(self.u16()?);
        let bytes = self.take(len)?;
        Ok(super::jks::decode_modified_utf8(bytes))
    }

    fn long_utf(&mut self) -> Result<String> {
        let b = self.take(8)?;
        let len = u64::from_be_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]);
        let len = usize::try_from(len)
            .ok()
            .filter(|l| *l <= MAX_STRING)
            .ok_or_else(|| self.err("long string too long"))?;
        let bytes = self.take(len)?;
        Ok(super::jks::decode_modified_utf8(bytes))
    }

    fn new_handle(&mut self, h: Handle) -> Result<()> {
        if self.handles.len() >= MAX_HANDLES {
            return Err(self.err("too many objects"));
        }
        self.handles.push(h);
        Ok(())
    }

    fn step(&mut self, depth: usize) -> Result<()> {
        self.steps += 1;
        if self.steps > MAX_STEPS || depth > MAX_DEPTH {
            return Err(self.err("object graph too large or too deep"));
        }
        Ok(())
    }

    fn reference(&mut self) -> Result<Handle> {
        let raw = self.u32()?;
        let index = raw
            .checked_sub(BASE_WIRE_HANDLE)
            .and_then(|i| usize::try_from(i).ok())
            .and_then(|i| self.handles.get(i).cloned());
        index.ok_or_else(|| self.err("dangling back-reference"))
    }

    /// Reads one content item (object, string, array, class descriptor...).
    fn content(&mut self, depth: usize) -> Result<Value> {
        self.step(depth)?;
        let tc = self.u8()?;
        match tc {
            TC_NULL => Ok(Value::Null),
            TC_REFERENCE => Ok(match self.reference()? {
                Handle::Class(_) => Value::Class,
                Handle::Str(s) => Value::Str(s),
                Handle::Other => Value::Other,
            }),
            TC_STRING => {
                let s = self.utf()?;
                self.new_handle(Handle::Str(s.clone()))?;
                Ok(Value::Str(s))
            }
            TC_LONGSTRING => {
                let s = self.long_utf()?;
                self.new_handle(Handle::Str(s.clone()))?;
                Ok(Value::Str(s))
            }
            TC_CLASSDESC | TC_PROXYCLASSDESC => {
                self.pos -= 1;
                Ok(match self.class_desc(depth)? {
                    Some(_) => Value::Class,
                    None => Value::Null,
                })
            }
            TC_CLASS => {
                self.class_desc(depth + 1)?;
                self.new_handle(Handle::Other)?;
                Ok(Value::Other)
            }
            TC_ENUM => {
                self.class_desc(depth + 1)?;
                self.new_handle(Handle::Other)?;
                self.content(depth + 1)?;
                Ok(Value::Other)
            }
            TC_ARRAY => self.array(depth),
            TC_OBJECT => self.object(depth),
            TC_RESET => {
                self.handles.clear();
                self.content(depth + 1)
            }
            _ => Err(self.err(&format!("unsupported type code 0x{tc:02x}"))),
        }
    }

    /// Reads a classDesc: a new one, a back-reference to one, or null.
    fn class_desc(&mut self, depth: usize) -> Result<Option<usize>> {
        self.step(depth)?;
        match self.u8()? {
            TC_NULL => Ok(None),
            TC_REFERENCE => match self.reference()? {
                Handle::Class(i) => Ok(Some(i)),
                _ => Err(self.err("reference to a non-class where a class was expected")),
            },
            TC_CLASSDESC => {
                let name = self.utf()?;
                self.take(8)?; // serialVersionUID
                let index = self.classes.len();
                self.classes.push(ClassDesc::default());
                self.new_handle(Handle::Class(index))?;
                let flags = self.u8()?;
                let count = usize::from(self.u16()?);
                let mut fields = Vec::with_capacity(count.min(256));
                for _ in 0..count {
                    self.step(depth)?;
                    let type_code = self.u8()?;
                    let field_name = self.utf()?;
                    if type_code == b'L' || type_code == b'[' {
                        self.content(depth + 1)?; // className1
                    } else if primitive_width(type_code).is_none() {
                        return Err(self.err("bad field type code"));
                    }
                    fields.push((type_code, field_name));
                }
                self.annotation(depth + 1)?;
                let parent = self.class_desc(depth + 1)?;
                if let Some(slot) = self.classes.get_mut(index) {
                    *slot = ClassDesc {
                        name,
                        flags,
                        fields,
                        parent,
                    };
                }
                Ok(Some(index))
            }
            TC_PROXYCLASSDESC => {
                let index = self.classes.len();
                self.classes.push(ClassDesc::default());
                self.new_handle(Handle::Class(index))?;
                let count = self.u32()?;
                if count > 1024 {
                    return Err(self.err("too many proxy interfaces"));
                }
                for _ in 0..count {
                    self.utf()?;
                }
                self.annotation(depth + 1)?;
                let parent = self.class_desc(depth + 1)?;
                if let Some(slot) = self.classes.get_mut(index) {
                    slot.parent = parent;
                }
                Ok(Some(index))
            }
            _ => Err(self.err("expected a class descriptor")),
        }
    }

    /// Skips block data and objects up to TC_ENDBLOCKDATA.
    fn annotation(&mut self, depth: usize) -> Result<()> {
        loop {
            self.step(depth)?;
            match self.data.get(self.pos).copied() {
                Some(TC_ENDBLOCKDATA) => {
                    self.pos += 1;
                    return Ok(());
                }
                Some(TC_BLOCKDATA) => {
                    self.pos += 1;
                    let n = usize::from(self.u8()?);
                    self.take(n)?;
                }
                Some(TC_BLOCKDATALONG) => {
                    self.pos += 1;
                    let n = self.u32()? as usize;
                    self.take(n)?;
                }
                Some(_) => {
                    self.content(depth + 1)?;
                }
                None => return Err(self.err("truncated annotation")),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value> {
        let class = self
            .class_desc(depth + 1)?
            .ok_or_else(|| self.err("array without class"))?;
        self.new_handle(Handle::Other)?;
        let size = self.u32()?;
        if size > i32::MAX as u32 {
            return Err(self.err("negative array size"));
        }
        let size = size as usize;
        let element = self
            .classes
            .get(class)
            .and_then(|c| c.name.as_bytes().get(1).copied())
            .ok_or_else(|| self.err("bad array class name"))?;
        if element == b'B' {
            let bytes = self.take(size)?.to_vec();
            return Ok(Value::Bytes(bytes));
        }
        if let Some(width) = primitive_width(element) {
            let total = size
                .checked_mul(width)
                .ok_or_else(|| self.err("array too large"))?;
            self.take(total)?;
            return Ok(Value::Other);
        }
        if size > self.data.len().saturating_sub(self.pos) {
            return Err(self.err("array larger than the data"));
        }
        for _ in 0..size {
            self.content(depth + 1)?;
        }
        Ok(Value::Other)
    }

    fn object(&mut self, depth: usize) -> Result<Value> {
        let class = self
            .class_desc(depth + 1)?
            .ok_or_else(|| self.err("object without class"))?;
        self.new_handle(Handle::Other)?;
        // Class data is written from the top-most serializable superclass down.
        let mut chain = Vec::new();
        let mut current = Some(class);
        while let Some(c) = current {
            if chain.len() > MAX_DEPTH || chain.contains(&c) {
                return Err(self.err("class hierarchy too deep or cyclic"));
            }
            chain.push(c);
            current = self.classes.get(c).and_then(|d| d.parent);
        }
        for c in chain.into_iter().rev() {
            let desc = self.classes.get(c).cloned().unwrap_or_default();
            if desc.flags & SC_EXTERNALIZABLE != 0 {
                if desc.flags & SC_BLOCK_DATA == 0 {
                    return Err(self.err("old-style externalizable data"));
                }
                self.annotation(depth + 1)?;
                continue;
            }
            for (type_code, name) in &desc.fields {
                if let Some(width) = primitive_width(*type_code) {
                    self.take(width)?;
                    continue;
                }
                match self.content(depth + 1)? {
                    Value::Str(s) => self.fields.strings.push((name.clone(), s)),
                    Value::Bytes(b) => self.fields.bytes.push((name.clone(), b)),
                    Value::Null | Value::Class | Value::Other => {}
                }
            }
            if desc.flags & SC_WRITE_METHOD != 0 {
                self.annotation(depth + 1)?;
            }
        }
        Ok(Value::Other)
    }
}

fn primitive_width(type_code: u8) -> Option<usize> {
    Some(match type_code {
        b'B' | b'Z' => 1,
        b'C' | b'S' => 2,
        b'I' | b'F' => 4,
        b'J' | b'D' => 8,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf(s: &str) -> Vec<u8> {
        let mut v = (s.len() as u16).to_be_bytes().to_vec();
        v.extend_from_slice(s.as_bytes());
        v
    }

    /// A hand-built stream for `class K implements Serializable { String algorithm; byte[] key; }`.
    fn sample() -> Vec<u8> {
        let mut v = vec![0xac, 0xed, 0x00, 0x05, TC_OBJECT, TC_CLASSDESC];
        v.extend(utf("K"));
        v.extend([0u8; 8]);
        v.push(0x02); // SC_SERIALIZABLE
        v.extend(2u16.to_be_bytes());
        v.push(b'[');
        v.extend(utf("key"));
        v.push(TC_STRING);
        v.extend(utf("[B"));
        v.push(b'L');
        v.extend(utf("algorithm"));
        v.push(TC_STRING);
        v.extend(utf("Ljava/lang/String;"));
        v.push(TC_ENDBLOCKDATA);
        v.push(TC_NULL);
        // values: key = new byte[]{1,2}, algorithm = "AES"
        v.push(TC_ARRAY);
        v.push(TC_CLASSDESC);
        v.extend(utf("[B"));
        v.extend([0u8; 8]);
        v.push(0x02);
        v.extend(0u16.to_be_bytes());
        v.push(TC_ENDBLOCKDATA);
        v.push(TC_NULL);
        v.extend(2u32.to_be_bytes());
        v.extend([1, 2]);
        v.push(TC_STRING);
        v.extend(utf("AES"));
        v
    }

    #[test]
    fn walks_fields() {
        let mut data = sample();
        data.push(0xee);
        let mut pos = 0;
        let fields = read_object(&data, &mut pos).unwrap();
        assert_eq!(pos, data.len() - 1);
        assert_eq!(fields.string("algorithm"), Some("AES"));
        assert_eq!(fields.bytes("key"), Some(&[1u8, 2][..]));
    }

    #[test]
    fn truncations_are_errors() {
        let data = sample();
        for n in 0..data.len() {
            let mut pos = 0;
            assert!(read_object(&data[..n], &mut pos).is_err());
        }
    }
}
