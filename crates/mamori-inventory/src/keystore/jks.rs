//! Java KeyStore (JKS, magic FEEDFEED) and JCEKS (magic CECECECE).
//!
//! Layout (big-endian): magic, version (1 or 2), entry count, entries, then a 20-byte SHA-1 over
//! (password as UTF-16BE || "Mighty Aphrodite" || every preceding byte). Entry tags: 1 private
//! key (alias, timestamp, EncryptedPrivateKeyInfo, certificate chain), 2 trusted certificate,
//! 3 secret key (JCEKS: a serialized `SealedObject`). Strings are Java "modified UTF-8" with a
//! two-byte length; certificates are (version 2) a type string, a four-byte length and the DER.

use sha1::{Digest, Sha1};

use super::java_serial;
use super::pbe::{self, OID_SUN_JCE_PBE_MD5_3DES, Protection, Scheme};
use super::{
    Attempt, Budget, Candidate, Keystore, KeystoreFormat, KeystoreItem, KeystoreItemKind,
    MAX_CHAIN_LEN, MAX_ENTRIES, MAX_KEYSTORE_BYTES, OID_SUN_JKS_KEY_PROTECTOR, candidates,
    classify, private_key_info_algorithm, utf16be,
};
use crate::error::{InventoryError, Result};

pub(crate) const MAGIC_JKS: [u8; 4] = [0xfe, 0xed, 0xfe, 0xed];
pub(crate) const MAGIC_JCEKS: [u8; 4] = [0xce, 0xce, 0xce, 0xce];
const OID_SHA1: &str = "1.3.14.3.2.26";
const DIGEST_LEN: usize = 20;

/// Parses a JKS or JCEKS keystore, trying each password in order (see the module
/// documentation). Aliases and certificates are plaintext and listed without a password.
pub fn parse_jks(data: &[u8], passwords: &[&str]) -> Result<Keystore> {
    if data.len() > MAX_KEYSTORE_BYTES {
        return Err(InventoryError::TooLarge {
            what: "keystore",
            size: data.len() as u64,
            limit: MAX_KEYSTORE_BYTES as u64,
        });
    }
    let mut r = Reader { data, pos: 0 };
    let magic = r.take(4)?;
    let format = if magic == MAGIC_JKS {
        KeystoreFormat::Jks
    } else if magic == MAGIC_JCEKS {
        KeystoreFormat::Jceks
    } else {
        return Err(InventoryError::Keystore {
            what: "not a JKS/JCEKS keystore (bad magic)".into(),
        });
    };
    let version = r.u32()?;
    if version != 1 && version != 2 {
        return Err(InventoryError::Keystore {
            what: format!("{format} version {version}"),
        });
    }
    let count = r.u32()?;
    if count as usize > MAX_ENTRIES {
        return Err(InventoryError::TooLarge {
            what: "keystore entry count",
            size: u64::from(count),
            limit: MAX_ENTRIES as u64,
        });
    }
    let mut ks = Keystore::new(format);
    ks.encrypted = true;
    let mut raw_entries = Vec::with_capacity(count as usize);
    for _ in 0..count {
        raw_entries.push(read_entry(&mut r, format, version, &mut ks)?);
    }
    let body_len = r.pos;
    let stored_digest = r.take(DIGEST_LEN).map_err(|_| InventoryError::Keystore {
        what: format!("{format} integrity digest missing (truncated file)"),
    })?;
    if r.pos < data.len() {
        ks.notes.push(format!(
            "{} bytes after the integrity digest ignored",
            data.len() - r.pos
        ));
    }
    let body = data.get(..body_len).unwrap_or_default();

    // Integrity check: find the store password.
    let candidates = candidates(passwords);
    let store_password = candidates
        .iter()
        .filter(|c| !c.zero_length)
        .find(|c| keyed_digest(c.text, body).as_slice() == stored_digest)
        .copied();
    ks.mac_algorithm_oid = Some(OID_SHA1.into());
    ks.mac_verified = Some(store_password.is_some());
    ks.notes.push(if store_password.is_some() {
        format!("integrity: {format} keyed SHA-1 digest verified")
    } else {
        format!("integrity: {format} keyed SHA-1 digest did not verify with any candidate password")
    });

    // Keys: try the store password first, then the others.
    let mut order: Vec<Candidate<'_>> = store_password.into_iter().collect();
    order.extend(
        candidates
            .iter()
            .copied()
            .filter(|c| !c.zero_length && Some(*c) != store_password),
    );
    let mut budget = Budget::new();
    let mut gave_up: Option<String> = None;
    let mut protections: Vec<(String, Protection)> = Vec::new();
    let mut protected_total = 0usize;
    let mut protected_opened = 0usize;
    let mut key_password_differs = false;
    for raw in raw_entries {
        let mut item = raw.item;
        match raw.protected {
            Protected::None => {}
            Protected::PrivateKey(epki) => {
                protected_total += 1;
                let opened = open_private_key(
                    &epki,
                    &order,
                    &mut budget,
                    &mut gave_up,
                    &mut protections,
                    &mut item,
                    &mut ks.notes,
                )?;
                if let Some(c) = opened {
                    protected_opened += 1;
                    key_password_differs |= Some(c) != store_password;
                }
            }
            Protected::Sealed(fields) => {
                protected_total += 1;
                let opened = open_sealed_secret(
                    &fields,
                    &order,
                    &mut budget,
                    &mut gave_up,
                    &mut protections,
                    &mut item,
                    &mut ks.notes,
                )?;
                if let Some(c) = opened {
                    protected_opened += 1;
                    key_password_differs |= Some(c) != store_password;
                }
            }
        }
        ks.entries.push(item);
    }
    ks.record_protections(&protections);
    if let Some(why) = gave_up {
        ks.notes.push(why);
    }
    if key_password_differs && store_password.is_some() {
        ks.notes
            .push("some keys are protected by another password than the store's".into());
    }
    if protected_opened < protected_total {
        ks.notes.push(format!(
            "{} of {protected_total} keys stayed encrypted",
            protected_total - protected_opened
        ));
    }
    ks.opened =
        protected_opened == protected_total && (store_password.is_some() || protected_total > 0);
    ks.password_used = store_password.map(|c| c.text.to_string());
    Ok(ks)
}

/// SHA-1(password UTF-16BE || "Mighty Aphrodite" || body).
fn keyed_digest(password: &str, body: &[u8]) -> [u8; DIGEST_LEN] {
    let mut h = Sha1::new();
    h.update(utf16be(password));
    h.update(b"Mighty Aphrodite");
    h.update(body);
    h.finalize().into()
}

enum Protected {
    None,
    /// EncryptedPrivateKeyInfo DER.
    PrivateKey(Vec<u8>),
    /// Fields of a JCEKS SealedObject.
    Sealed(java_serial::Fields),
}

struct RawEntry {
    item: KeystoreItem,
    protected: Protected,
}

fn read_entry(
    r: &mut Reader<'_>,
    format: KeystoreFormat,
    version: u32,
    ks: &mut Keystore,
) -> Result<RawEntry> {
    let at = r.pos;
    let tag = r.u32()?;
    let alias = r.utf()?;
    let timestamp = r.u64()? as i64;
    let (mut item, protected) = match tag {
        1 => {
            let len = r.u32()? as usize;
            let epki = r.take(len)?.to_vec();
            let chain_len = r.u32()? as usize;
            if chain_len > MAX_CHAIN_LEN {
                return Err(InventoryError::TooLarge {
                    what: "certificate chain length",
                    size: chain_len as u64,
                    limit: MAX_CHAIN_LEN as u64,
                });
            }
            let mut item = KeystoreItem::new(KeystoreItemKind::PrivateKey);
            for _ in 0..chain_len {
                if let Some(cert) = read_cert(r, version, ks)? {
                    item.certificates.push(cert);
                }
            }
            (item, Protected::PrivateKey(epki))
        }
        2 => {
            let mut item = KeystoreItem::new(KeystoreItemKind::TrustedCertificate);
            if let Some(cert) = read_cert(r, version, ks)? {
                item.certificates.push(cert);
            }
            (item, Protected::None)
        }
        3 if format == KeystoreFormat::Jceks => {
            let mut pos = r.pos;
            let fields = java_serial::read_object(r.data, &mut pos)?;
            r.pos = pos;
            let item = KeystoreItem::new(KeystoreItemKind::SecretKey);
            (item, Protected::Sealed(fields))
        }
        _ => {
            return Err(InventoryError::Keystore {
                what: format!("{format} entry at byte {at}: unknown tag {tag}"),
            });
        }
    };
    item.alias = Some(alias);
    item.timestamp_ms = Some(timestamp);
    Ok(RawEntry { item, protected })
}

fn read_cert(r: &mut Reader<'_>, version: u32, ks: &mut Keystore) -> Result<Option<Vec<u8>>> {
    let cert_type = if version == 2 {
        r.utf()?
    } else {
        "X.509".to_string()
    };
    let len = r.u32()? as usize;
    let bytes = r.take(len)?;
    if cert_type != "X.509" {
        let note = format!("certificate of type {cert_type:?} skipped");
        if !ks.notes.contains(&note) {
            ks.notes.push(note);
        }
        return Ok(None);
    }
    Ok(Some(bytes.to_vec()))
}

/// Decrypts a private key entry with the candidates in `order`; fills `item` and returns the
/// password that opened it.
fn open_private_key<'c>(
    epki: &[u8],
    order: &[Candidate<'c>],
    budget: &mut Budget,
    gave_up: &mut Option<String>,
    protections: &mut Vec<(String, Protection)>,
    item: &mut KeystoreItem,
    notes: &mut Vec<String>,
) -> Result<Option<Candidate<'c>>> {
    let (alg, encrypted) = match pbe::parse_encrypted_private_key_info(epki) {
        Ok(v) => v,
        Err(e) => {
            push_note(notes, format!("malformed EncryptedPrivateKeyInfo: {e}"));
            return Ok(None);
        }
    };
    let oid = alg.reader().oid("key protection algorithm")?;
    item.encrypted_key_oid = Some(oid.clone());
    if oid == OID_SUN_JKS_KEY_PROTECTOR {
        protections.push(("private keys".into(), Protection::sun_jks()));
        for c in order {
            let opened = sun_key_protector_decrypt(c.text, encrypted)
                .and_then(|plain| private_key_info_algorithm(&plain).map(|oid| (plain, oid)));
            if let Some((plain, alg_oid)) = opened {
                item.private_key_algorithm_oid = Some(alg_oid);
                item.private_key_pkcs8 = Some(plain);
                item.encrypted_key_oid = None;
                return Ok(Some(*c));
            }
        }
        return Ok(None);
    }
    let scheme = match Scheme::parse(&alg) {
        Ok(s) => s,
        Err(e) => {
            push_note(notes, format!("private key not decrypted: {e}"));
            return Ok(None);
        }
    };
    item.encrypted_key_oid = Some(scheme.protection().cipher_oid.clone());
    protections.push(("private keys".into(), scheme.protection().clone()));
    let opened = try_candidates(
        &scheme,
        encrypted,
        order,
        budget,
        gave_up,
        notes,
        private_key_info_algorithm,
    )?;
    if let Some((c, plain, alg_oid)) = opened {
        item.private_key_algorithm_oid = Some(alg_oid);
        item.private_key_pkcs8 = Some(plain);
        item.encrypted_key_oid = None;
        return Ok(Some(c));
    }
    Ok(None)
}

/// Decrypts a JCEKS secret key (SealedObject) far enough to name its algorithm.
fn open_sealed_secret<'c>(
    fields: &java_serial::Fields,
    order: &[Candidate<'c>],
    budget: &mut Budget,
    gave_up: &mut Option<String>,
    protections: &mut Vec<(String, Protection)>,
    item: &mut KeystoreItem,
    notes: &mut Vec<String>,
) -> Result<Option<Candidate<'c>>> {
    let seal_alg = fields.string("sealAlg").unwrap_or_default();
    if !seal_alg.eq_ignore_ascii_case("PBEWithMD5AndTripleDES") {
        push_note(
            notes,
            format!("secret key sealed with {seal_alg:?}: not decrypted"),
        );
        return Ok(None);
    }
    item.encrypted_key_oid = Some(OID_SUN_JCE_PBE_MD5_3DES.into());
    let (Some(params), Some(content)) = (
        fields.bytes("encodedParams"),
        fields.bytes("encryptedContent"),
    ) else {
        push_note(notes, "secret key without sealing parameters".into());
        return Ok(None);
    };
    let scheme = match Scheme::sun_md5_triple_des(params) {
        Ok(s) => s,
        Err(e) => {
            push_note(notes, format!("secret key not decrypted: {e}"));
            return Ok(None);
        }
    };
    protections.push(("secret keys".into(), scheme.protection().clone()));
    let opened = try_candidates(&scheme, content, order, budget, gave_up, notes, |plain| {
        let mut pos = 0;
        let inner = java_serial::read_object(plain, &mut pos).ok()?;
        (pos == plain.len()).then(|| inner.string("algorithm").unwrap_or("unknown").to_string())
    })?;
    if let Some((c, _, algorithm)) = opened {
        item.secret_key_algorithm = Some(algorithm);
        item.encrypted_key_oid = None;
        return Ok(Some(c));
    }
    Ok(None)
}

/// Tries each candidate until `accept` recognises the plaintext.
fn try_candidates<'c, T>(
    scheme: &Scheme,
    ciphertext: &[u8],
    order: &[Candidate<'c>],
    budget: &mut Budget,
    gave_up: &mut Option<String>,
    notes: &mut Vec<String>,
    accept: impl Fn(&[u8]) -> Option<T>,
) -> Result<Option<(Candidate<'c>, Vec<u8>, T)>> {
    if gave_up.is_some() {
        return Ok(None);
    }
    for c in order {
        match scheme.decrypt(c, ciphertext, budget) {
            Ok(plain) => {
                if let Some(v) = accept(&plain) {
                    return Ok(Some((*c, plain, v)));
                }
            }
            Err(e) => match classify(e)? {
                Attempt::Wrong => {}
                Attempt::GiveUp(why) => {
                    if why.contains("budget") {
                        *gave_up = Some(why);
                    } else {
                        push_note(notes, format!("key not decrypted: {why}"));
                    }
                    return Ok(None);
                }
            },
        }
    }
    Ok(None)
}

fn push_note(notes: &mut Vec<String>, note: String) {
    if !notes.contains(&note) && notes.len() < 100 {
        notes.push(note);
    }
}

/// Sun's JKS KeyProtector: `salt(20) || ciphertext || check(20)`; the keystream is
/// SHA-1(password UTF-16BE || previous block), starting from the salt; the check is
/// SHA-1(password || plaintext). `None` when the check fails (wrong password).
pub(crate) fn sun_key_protector_decrypt(password: &str, protected: &[u8]) -> Option<Vec<u8>> {
    if protected.len() <= 2 * DIGEST_LEN {
        return None;
    }
    let (salt, rest) = protected.split_at(DIGEST_LEN);
    let (ciphertext, check) = rest.split_at(rest.len() - DIGEST_LEN);
    let pw = utf16be(password);
    let mut plain = Vec::with_capacity(ciphertext.len());
    let mut block: [u8; DIGEST_LEN] = salt.try_into().ok()?;
    for chunk in ciphertext.chunks(DIGEST_LEN) {
        let mut h = Sha1::new();
        h.update(&pw);
        h.update(block);
        block = h.finalize().into();
        plain.extend(chunk.iter().zip(block.iter()).map(|(c, k)| c ^ k));
    }
    let mut h = Sha1::new();
    h.update(&pw);
    h.update(&plain);
    let expected: [u8; DIGEST_LEN] = h.finalize().into();
    // Not secret-dependent timing worth defending here: the check value is public.
    (expected.as_slice() == check).then_some(plain)
}

/// Java "modified UTF-8" (DataInput.readUTF) to a String; malformed sequences become U+FFFD.
pub(crate) fn decode_modified_utf8(bytes: &[u8]) -> String {
    let mut units: Vec<u16> = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b0) = bytes.get(i) {
        let cont = |k: usize| bytes.get(i + k).copied().filter(|b| b & 0xc0 == 0x80);
        if b0 < 0x80 {
            units.push(u16::from(b0));
            i += 1;
        } else if b0 & 0xe0 == 0xc0 {
            match cont(1) {
                Some(b1) => {
                    units.push((u16::from(b0 & 0x1f) << 6) | u16::from(b1 & 0x3f));
                    i += 2;
                }
                None => {
                    units.push(0xfffd);
                    i += 1;
                }
            }
        } else if b0 & 0xf0 == 0xe0 {
            match (cont(1), cont(2)) {
                (Some(b1), Some(b2)) => {
                    units.push(
                        (u16::from(b0 & 0x0f) << 12)
                            | (u16::from(b1 & 0x3f) << 6)
                            | u16::from(b2 & 0x3f),
                    );
                    i += 3;
                }
                _ => {
                    units.push(0xfffd);
                    i += 1;
                }
            }
        } else {
            units.push(0xfffd);
            i += 1;
        }
    }
    String::from_utf16_lossy(&units)
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        let out = self
            .pos
            .checked_add(n)
            .and_then(|end| self.data.get(self.pos..end))
            .ok_or_else(|| InventoryError::Keystore {
                what: format!("truncated at byte {} (wanted {n} more bytes)", self.pos),
            })?;
        self.pos += n;
        Ok(out)
    }

    fn u16(&mut self) -> Result<u16> {
        let b = self.take(2)?;
        Ok(u16::from_be_bytes([b[0], b[1]]))
    }

    fn u32(&mut self) -> Result<u32> {
        let b = self.take(4)?;
        Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn u64(&mut self) -> Result<u64> {
        let b = self.take(8)?;
        Ok(u64::from_be_bytes([
            b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7],
        ]))
    }

    fn utf(&mut self) -> Result<String> {
        let len = usize::from(self.u16()?);
        Ok(decode_modified_utf8(self.take(len)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modified_utf8() {
        assert_eq!(decode_modified_utf8(b"abc"), "abc");
        assert_eq!(decode_modified_utf8(&[0xc0, 0x80]), "\0");
        assert_eq!(decode_modified_utf8(&[0xc3, 0xa9]), "é");
        // U+1F600 as a surrogate pair, each half three bytes.
        assert_eq!(
            decode_modified_utf8(&[0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80]),
            "😀"
        );
        assert_eq!(decode_modified_utf8(&[0xe2, 0x82]), "\u{fffd}\u{fffd}");
    }

    #[test]
    fn key_protector_rejects_short_and_wrong() {
        assert!(sun_key_protector_decrypt("pw", &[0u8; 40]).is_none());
        assert!(sun_key_protector_decrypt("pw", &[0u8; 64]).is_none());
    }
}
