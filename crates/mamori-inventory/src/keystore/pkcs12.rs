//! PKCS#12 / PFX (RFC 7292): MAC check, encrypted SafeContents, shrouded keys, certificate
//! bags, secret bags; keys are paired with their certificates through localKeyId.

use super::pbe::{self, Hash, OID_PBMAC1, Protection, Scheme, named};
use super::{
    Attempt, Budget, Candidate, ChainIndex, Keystore, KeystoreFormat, KeystoreItem,
    KeystoreItemKind, MAX_ENTRIES, MAX_KEYSTORE_BYTES, ber, candidates, classify,
    private_key_info_algorithm,
};
use crate::der::{
    Der, TAG_BMP_STRING, TAG_NULL, TAG_OCTET_STRING, TAG_SEQUENCE, TAG_SET, TAG_UTF8_STRING, Tlv,
    context,
};
use crate::error::{InventoryError, Result};

const OID_DATA: &str = "1.2.840.113549.1.7.1";
const OID_ENVELOPED_DATA: &str = "1.2.840.113549.1.7.3";
const OID_ENCRYPTED_DATA: &str = "1.2.840.113549.1.7.6";
const OID_KEY_BAG: &str = "1.2.840.113549.1.12.10.1.1";
const OID_SHROUDED_KEY_BAG: &str = "1.2.840.113549.1.12.10.1.2";
const OID_CERT_BAG: &str = "1.2.840.113549.1.12.10.1.3";
const OID_CRL_BAG: &str = "1.2.840.113549.1.12.10.1.4";
const OID_SECRET_BAG: &str = "1.2.840.113549.1.12.10.1.5";
const OID_SAFE_CONTENTS_BAG: &str = "1.2.840.113549.1.12.10.1.6";
const OID_X509_CERTIFICATE: &str = "1.2.840.113549.1.9.22.1";
const OID_FRIENDLY_NAME: &str = "1.2.840.113549.1.9.20";
const OID_LOCAL_KEY_ID: &str = "1.2.840.113549.1.9.21";
/// Oracle's "trusted key usage" attribute: Java's PKCS12KeyStore marks trusted certificate
/// entries with it.
const OID_JAVA_TRUSTED_KEY_USAGE: &str = "2.16.840.1.113894.746875.1.1";

const MAX_NESTING: usize = 8;

/// Parses a PKCS#12 file, trying each password in order (see the module documentation).
pub fn parse_pkcs12(data: &[u8], passwords: &[&str]) -> Result<Keystore> {
    if data.len() > MAX_KEYSTORE_BYTES {
        return Err(InventoryError::TooLarge {
            what: "keystore",
            size: data.len() as u64,
            limit: MAX_KEYSTORE_BYTES as u64,
        });
    }
    let mut ber_used = false;
    let pfx = lenient(data, parse_pfx, &mut ber_used)?;
    let mut counter = BagCounter::default();
    let mut inner_ber = false;
    let contents = lenient(
        &pfx.auth_safe,
        |b| parse_authenticated_safe(b, &mut BagCounter::default(), &mut inner_ber),
        &mut ber_used,
    )?;
    ber_used |= inner_ber;
    // Count the plaintext bags once (the closure above may run twice).
    for c in &contents {
        if let Content::Plain(bags) = c {
            counter.add(bags.len())?;
        }
    }
    let mut ks = Keystore::new(KeystoreFormat::Pkcs12);
    let candidates = candidates(passwords);
    let mut budget = Budget::new();
    let mut session = Session {
        candidates: &candidates,
        preferred: None,
        budget: &mut budget,
        gave_up: None,
    };
    let mut protections: Vec<(String, Protection)> = Vec::new();

    // Integrity: the MAC picks the password.
    let mut mac_ok: Option<bool> = None;
    if let Some(mac) = &pfx.mac {
        ks.encrypted = true;
        let verified = verify_mac(mac, &pfx.auth_safe, &mut session, &mut ks)?;
        mac_ok = Some(verified.is_some());
        if let Some(c) = verified {
            session.preferred = Some(c);
        }
    }

    let mut protected_total = 0usize;
    let mut protected_opened = 0usize;
    let mut bags: Vec<Bag> = Vec::new();
    for content in contents {
        match content {
            Content::Plain(b) => bags.extend(b),
            Content::Encrypted {
                algorithm,
                ciphertext,
            } => {
                ks.encrypted = true;
                protected_total += 1;
                let scheme = match Scheme::parse(&first_tlv(&algorithm)?) {
                    Ok(s) => s,
                    Err(e) => {
                        push_note(&mut ks, format!("encrypted SafeContents not opened: {e}"));
                        continue;
                    }
                };
                protections.push(("encrypted SafeContents".into(), scheme.protection().clone()));
                let opened = session.try_decrypt(&scheme, &ciphertext, |plain| {
                    let mut local = false;
                    lenient(
                        plain,
                        |b| parse_safe_contents(b, 0, &mut BagCounter::default()),
                        &mut local,
                    )
                    .ok()
                    .map(|bags| (bags, local))
                })?;
                match opened {
                    Outcome::Opened(_, (decrypted, local_ber)) => {
                        counter.add(decrypted.len())?;
                        ber_used |= local_ber;
                        protected_opened += 1;
                        bags.extend(decrypted);
                    }
                    Outcome::Closed(Some(why)) => {
                        push_note(&mut ks, format!("encrypted SafeContents not opened: {why}"));
                    }
                    Outcome::Closed(None) => {}
                }
            }
            Content::Enveloped => {
                ks.encrypted = true;
                push_note(
                    &mut ks,
                    "envelopedData content (public-key encrypted) is not supported: its entries are not listed".into(),
                );
            }
            Content::Other(oid) => {
                push_note(
                    &mut ks,
                    format!("AuthenticatedSafe content of type {} skipped", named(&oid)),
                );
            }
        }
    }

    // Decrypt shrouded keys and secret bags.
    let mut items: Vec<(usize, KeystoreItem)> = Vec::new();
    for (index, bag) in bags.iter().enumerate() {
        let item = match &bag.kind {
            BagKind::Key(pkcs8) => {
                let mut item = KeystoreItem::new(KeystoreItemKind::PrivateKey);
                item.private_key_algorithm_oid = private_key_info_algorithm(pkcs8);
                item.private_key_pkcs8 = Some(pkcs8.clone());
                item
            }
            BagKind::ShroudedKey(epki) => {
                ks.encrypted = true;
                protected_total += 1;
                let mut item = KeystoreItem::new(KeystoreItemKind::PrivateKey);
                if let Some((_, (pkcs8, oid))) = open_epki(
                    epki,
                    "private keys",
                    &mut session,
                    &mut protections,
                    &mut ks,
                    &mut item,
                )? {
                    protected_opened += 1;
                    item.private_key_algorithm_oid = Some(oid);
                    item.private_key_pkcs8 = Some(pkcs8);
                    item.encrypted_key_oid = None;
                }
                item
            }
            BagKind::Secret { type_oid, value } => {
                let mut item = KeystoreItem::new(KeystoreItemKind::SecretKey);
                match type_oid.as_str() {
                    OID_SHROUDED_KEY_BAG => {
                        ks.encrypted = true;
                        protected_total += 1;
                        if let Some((_, (_, oid))) = open_epki(
                            value,
                            "secret keys",
                            &mut session,
                            &mut protections,
                            &mut ks,
                            &mut item,
                        )? {
                            protected_opened += 1;
                            item.secret_key_algorithm = Some(algorithm_label(&oid));
                            item.encrypted_key_oid = None;
                        }
                    }
                    OID_KEY_BAG => {
                        item.secret_key_algorithm =
                            private_key_info_algorithm(value).map(|o| algorithm_label(&o));
                    }
                    other => {
                        push_note(
                            &mut ks,
                            format!("secret bag of type {} not interpreted", named(other)),
                        );
                    }
                }
                item
            }
            BagKind::Cert(_) | BagKind::OtherCert(_) | BagKind::Crl | BagKind::Unknown(_) => {
                continue;
            }
        };
        items.push((index, item));
    }

    // Pair keys with certificates: localKeyId first, friendlyName as a fallback.
    let certs: Vec<(usize, &[u8])> = bags
        .iter()
        .enumerate()
        .filter_map(|(i, b)| match &b.kind {
            BagKind::Cert(der) => Some((i, der.as_slice())),
            _ => None,
        })
        .collect();
    let cert_ders: Vec<&[u8]> = certs.iter().map(|(_, d)| *d).collect();
    let chain_index = ChainIndex::new(&cert_ders);
    let mut consumed = vec![false; bags.len()];
    for (index, item) in items.iter_mut() {
        if item.kind != KeystoreItemKind::PrivateKey {
            continue;
        }
        let Some(bag) = bags.get(*index) else {
            continue;
        };
        let leaf = certs.iter().position(|(ci, _)| {
            let Some(cert_bag) = bags.get(*ci) else {
                return false;
            };
            match (&bag.local_key_id, &cert_bag.local_key_id) {
                (Some(a), Some(b)) => a == b,
                (None, _) => {
                    bag.friendly_name.is_some() && bag.friendly_name == cert_bag.friendly_name
                }
                _ => false,
            }
        });
        let Some(leaf_pos) = leaf else {
            continue;
        };
        let (chain, used) = chain_index.chain(leaf_pos);
        for (n, pos) in used.into_iter().enumerate() {
            let Some(&(ci, _)) = certs.get(pos) else {
                continue;
            };
            // A certificate marked trusted is an entry of its own even when it is in a chain.
            if n > 0 && bags.get(ci).is_some_and(|b| b.trusted) {
                continue;
            }
            if let Some(slot) = consumed.get_mut(ci) {
                *slot = true;
            }
        }
        item.certificates = chain;
    }

    // Emit in bag order.
    let mut items = items.into_iter().peekable();
    for (index, bag) in bags.iter().enumerate() {
        if items.peek().is_some_and(|(i, _)| *i == index) {
            if let Some((_, mut item)) = items.next() {
                item.alias = bag.friendly_name.clone();
                item.local_key_id = bag.local_key_id.clone();
                ks.entries.push(item);
            }
            continue;
        }
        match &bag.kind {
            BagKind::Cert(der) if !consumed.get(index).copied().unwrap_or(false) => {
                let kind = if bag.trusted {
                    KeystoreItemKind::TrustedCertificate
                } else {
                    KeystoreItemKind::Certificate
                };
                let mut item = KeystoreItem::new(kind);
                item.alias = bag.friendly_name.clone();
                item.local_key_id = bag.local_key_id.clone();
                item.certificates.push(der.clone());
                ks.entries.push(item);
            }
            BagKind::OtherCert(oid) => push_note(
                &mut ks,
                format!("certificate bag of type {} skipped", named(oid)),
            ),
            BagKind::Crl => push_note(&mut ks, "CRL bag skipped".into()),
            BagKind::Unknown(oid) => {
                push_note(&mut ks, format!("safe bag of type {} skipped", named(oid)))
            }
            _ => {}
        }
    }

    ks.record_protections(&protections);
    if let Some(note) = session.gave_up.take() {
        push_note(&mut ks, note);
    }
    if ber_used {
        push_note(
            &mut ks,
            "BER encoding (indefinite lengths or constructed OCTET STRINGs) was normalised".into(),
        );
    }
    if protected_opened < protected_total {
        push_note(
            &mut ks,
            format!(
                "{} of {protected_total} password-protected objects stayed encrypted",
                protected_total - protected_opened
            ),
        );
    }
    ks.mac_verified = mac_ok;
    ks.opened =
        protected_opened == protected_total && (mac_ok != Some(false) || protected_total > 0);
    if mac_ok == Some(false) && protected_total > 0 && protected_opened == protected_total {
        push_note(
            &mut ks,
            "the contents decrypted although the MAC did not verify".into(),
        );
    }
    // The MAC's password, or else the first one that decrypted something.
    ks.password_used = session.preferred.map(|c| c.text.to_string());
    Ok(ks)
}

fn push_note(ks: &mut Keystore, note: String) {
    if !ks.notes.contains(&note) && ks.notes.len() < 100 {
        ks.notes.push(note);
    }
}

/// A secret key's algorithm as Java names it ("AES", "HmacSHA256"...), or the bare OID.
fn algorithm_label(oid: &str) -> String {
    match oid {
        "2.16.840.1.101.3.4.1" => "AES",
        "1.2.840.113549.3.7" => "DESede",
        "1.3.14.3.2.7" => "DES",
        "1.2.840.113549.2.7" => "HmacSHA1",
        "1.2.840.113549.2.8" => "HmacSHA224",
        "1.2.840.113549.2.9" => "HmacSHA256",
        "1.2.840.113549.2.10" => "HmacSHA384",
        "1.2.840.113549.2.11" => "HmacSHA512",
        other => other,
    }
    .to_string()
}

/// Parses with the strict DER reader, and when that fails on the encoding, once more after
/// normalising BER (indefinite lengths, constructed strings).
fn lenient<T>(
    bytes: &[u8],
    mut parse: impl FnMut(&[u8]) -> Result<T>,
    ber_used: &mut bool,
) -> Result<T> {
    match parse(bytes) {
        Err(e @ InventoryError::Der { .. }) => {
            let Ok(normalized) = ber::normalize(bytes) else {
                return Err(e);
            };
            if normalized == bytes {
                return Err(e);
            }
            match parse(&normalized) {
                Ok(v) => {
                    *ber_used = true;
                    Ok(v)
                }
                Err(InventoryError::Der { .. }) => Err(e),
                Err(other) => Err(other),
            }
        }
        other => other,
    }
}

fn first_tlv(bytes: &[u8]) -> Result<Tlv<'_>> {
    Der::new(bytes).read()
}

struct Pfx {
    auth_safe: Vec<u8>,
    mac: Option<MacData>,
}

struct MacData {
    /// The DigestInfo's AlgorithmIdentifier, whole.
    algorithm: Vec<u8>,
    digest: Vec<u8>,
    salt: Vec<u8>,
    iterations: u64,
}

fn parse_pfx(data: &[u8]) -> Result<Pfx> {
    let mut outer = Der::new(data);
    let mut pfx = outer.sequence("PFX")?;
    let at = pfx.offset();
    let version = pfx.small_uint("PFX version")?;
    if version != 3 {
        return Err(InventoryError::der(
            at,
            format!("PFX version {version}, expected 3"),
        ));
    }
    let mut auth = pfx.sequence("authSafe ContentInfo")?;
    let at = auth.offset();
    let content_type = auth.oid("authSafe content type")?;
    if content_type != OID_DATA {
        // signedData authSafe (public-key integrity mode) is not supported.
        return Err(InventoryError::Unsupported {
            what: format!(
                "PKCS#12 authSafe of type {} (public-key integrity mode)",
                named(&content_type)
            ),
        });
    }
    let explicit = auth.expect(context(0), "authSafe content")?;
    let mut inner = explicit.reader();
    let octets = inner.read()?;
    if octets.tag != TAG_OCTET_STRING {
        return Err(InventoryError::der(
            at,
            "authSafe content is not an OCTET STRING",
        ));
    }
    let auth_safe = octets.value.to_vec();
    let mac = if pfx.is_empty() {
        None
    } else {
        let mut m = pfx.sequence("MacData")?;
        let mut digest_info = m.sequence("MAC DigestInfo")?;
        let algorithm = digest_info
            .expect(TAG_SEQUENCE, "MAC algorithm")?
            .raw
            .to_vec();
        let digest = digest_info.octet_string("MAC digest")?.to_vec();
        let salt = m.octet_string("MAC salt")?.to_vec();
        let iterations = if m.is_empty() {
            1
        } else {
            m.small_uint("MAC iterations")?
        };
        Some(MacData {
            algorithm,
            digest,
            salt,
            iterations,
        })
    };
    Ok(Pfx { auth_safe, mac })
}

enum Content {
    Plain(Vec<Bag>),
    Encrypted {
        algorithm: Vec<u8>,
        ciphertext: Vec<u8>,
    },
    Enveloped,
    Other(String),
}

#[derive(Default)]
struct BagCounter {
    total: usize,
}

impl BagCounter {
    fn add(&mut self, n: usize) -> Result<()> {
        self.total = self.total.saturating_add(n);
        if self.total > MAX_ENTRIES {
            return Err(InventoryError::TooLarge {
                what: "keystore entry count",
                size: self.total as u64,
                limit: MAX_ENTRIES as u64,
            });
        }
        Ok(())
    }
}

fn parse_authenticated_safe(
    data: &[u8],
    counter: &mut BagCounter,
    ber_used: &mut bool,
) -> Result<Vec<Content>> {
    let mut outer = Der::new(data);
    let mut seq = outer.sequence("AuthenticatedSafe")?;
    let mut out = Vec::new();
    while !seq.is_empty() {
        if out.len() >= MAX_ENTRIES {
            return Err(InventoryError::TooLarge {
                what: "AuthenticatedSafe content count",
                size: out.len() as u64 + 1,
                limit: MAX_ENTRIES as u64,
            });
        }
        let mut ci = seq.sequence("ContentInfo")?;
        let content_type = ci.oid("ContentInfo type")?;
        let explicit = ci.optional(context(0))?;
        match content_type.as_str() {
            OID_DATA => {
                let Some(explicit) = explicit else {
                    out.push(Content::Plain(Vec::new()));
                    continue;
                };
                let octets = explicit.reader().octet_string("data content")?;
                let bags = lenient(octets, |b| parse_safe_contents(b, 0, counter), ber_used)?;
                out.push(Content::Plain(bags));
            }
            OID_ENCRYPTED_DATA => {
                let explicit = explicit.ok_or_else(|| InventoryError::Keystore {
                    what: "encryptedData without content".into(),
                })?;
                let mut ed = explicit.reader().sequence("EncryptedData")?;
                let _version = ed.small_uint("EncryptedData version")?;
                let mut eci = ed.sequence("EncryptedContentInfo")?;
                let _inner_type = eci.oid("encrypted content type")?;
                let algorithm = eci
                    .expect(TAG_SEQUENCE, "content encryption algorithm")?
                    .raw
                    .to_vec();
                let ciphertext = match eci.read() {
                    Ok(t) if t.tag == 0x80 || t.tag == 0xa0 => {
                        ber::string_contents(t.tag, t.value)?
                    }
                    Ok(t) => {
                        return Err(InventoryError::der(
                            t.offset,
                            "expected [0] encryptedContent",
                        ));
                    }
                    Err(_) => Vec::new(),
                };
                out.push(Content::Encrypted {
                    algorithm,
                    ciphertext,
                });
            }
            OID_ENVELOPED_DATA => out.push(Content::Enveloped),
            _ => out.push(Content::Other(content_type)),
        }
    }
    Ok(out)
}

struct Bag {
    kind: BagKind,
    friendly_name: Option<String>,
    local_key_id: Option<Vec<u8>>,
    trusted: bool,
}

enum BagKind {
    Key(Vec<u8>),
    /// EncryptedPrivateKeyInfo DER.
    ShroudedKey(Vec<u8>),
    Cert(Vec<u8>),
    OtherCert(String),
    Crl,
    /// secretTypeId and the DER inside `[0] EXPLICIT` (for Java: an EncryptedPrivateKeyInfo,
    /// possibly wrapped in an OCTET STRING).
    Secret {
        type_oid: String,
        value: Vec<u8>,
    },
    Unknown(String),
}

fn parse_safe_contents(data: &[u8], depth: usize, counter: &mut BagCounter) -> Result<Vec<Bag>> {
    if depth > MAX_NESTING {
        return Err(InventoryError::Keystore {
            what: "SafeContents nested too deep".into(),
        });
    }
    let mut outer = Der::new(data);
    let mut seq = outer.sequence("SafeContents")?;
    if !outer.is_empty() {
        return Err(InventoryError::der(
            outer.offset(),
            "bytes after SafeContents",
        ));
    }
    let mut bags = Vec::new();
    while !seq.is_empty() {
        counter.add(1)?;
        let mut bag = seq.sequence("SafeBag")?;
        let bag_id = bag.oid("SafeBag type")?;
        let value = bag.expect(context(0), "SafeBag value")?;
        let mut v = value.reader();
        let (friendly_name, local_key_id, trusted) = match bag.optional(TAG_SET)? {
            Some(set) => parse_attributes(&set)?,
            None => (None, None, false),
        };
        let kind = match bag_id.as_str() {
            OID_KEY_BAG => BagKind::Key(v.expect(TAG_SEQUENCE, "PrivateKeyInfo")?.raw.to_vec()),
            OID_SHROUDED_KEY_BAG => BagKind::ShroudedKey(
                v.expect(TAG_SEQUENCE, "EncryptedPrivateKeyInfo")?
                    .raw
                    .to_vec(),
            ),
            OID_CERT_BAG => {
                let mut cb = v.sequence("CertBag")?;
                let cert_type = cb.oid("certificate type")?;
                if cert_type == OID_X509_CERTIFICATE {
                    let explicit = cb.expect(context(0), "certificate value")?;
                    BagKind::Cert(
                        explicit
                            .reader()
                            .octet_string("X.509 certificate")?
                            .to_vec(),
                    )
                } else {
                    BagKind::OtherCert(cert_type)
                }
            }
            OID_CRL_BAG => BagKind::Crl,
            OID_SECRET_BAG => {
                let mut sb = v.sequence("SecretBag")?;
                let type_oid = sb.oid("secret type")?;
                let explicit = sb.expect(context(0), "secret value")?;
                let inner = explicit.reader().read()?;
                let value = if inner.tag == TAG_OCTET_STRING {
                    inner.value.to_vec()
                } else {
                    inner.raw.to_vec()
                };
                BagKind::Secret { type_oid, value }
            }
            OID_SAFE_CONTENTS_BAG => {
                let nested = value.value;
                let inner = parse_safe_contents(nested, depth + 1, counter)?;
                bags.extend(inner);
                continue;
            }
            _ => BagKind::Unknown(bag_id),
        };
        bags.push(Bag {
            kind,
            friendly_name,
            local_key_id,
            trusted,
        });
    }
    Ok(bags)
}

type Attributes = (Option<String>, Option<Vec<u8>>, bool);

fn parse_attributes(set: &Tlv<'_>) -> Result<Attributes> {
    let mut friendly_name = None;
    let mut local_key_id = None;
    let mut trusted = false;
    let mut r = set.reader();
    let mut count = 0usize;
    while !r.is_empty() {
        count += 1;
        if count > 64 {
            return Err(InventoryError::der(r.offset(), "too many bag attributes"));
        }
        let mut attr = r.sequence("bag attribute")?;
        let oid = attr.oid("attribute type")?;
        let values = attr.expect(TAG_SET, "attribute values")?;
        let first = values.reader().read().ok();
        match (oid.as_str(), first) {
            (OID_FRIENDLY_NAME, Some(v)) if v.tag == TAG_BMP_STRING => {
                friendly_name = Some(decode_bmp(v.value))
            }
            (OID_FRIENDLY_NAME, Some(v)) if v.tag == TAG_UTF8_STRING => {
                friendly_name = Some(String::from_utf8_lossy(v.value).into_owned());
            }
            (OID_LOCAL_KEY_ID, Some(v)) if v.tag == TAG_OCTET_STRING => {
                local_key_id = Some(v.value.to_vec())
            }
            (OID_JAVA_TRUSTED_KEY_USAGE, _) => trusted = true,
            _ => {}
        }
    }
    Ok((friendly_name, local_key_id, trusted))
}

fn decode_bmp(bytes: &[u8]) -> String {
    let units: Vec<u16> = bytes
        .chunks_exact(2)
        .map(|c| u16::from_be_bytes([c[0], c[1]]))
        .collect();
    String::from_utf16_lossy(&units)
        .trim_end_matches('\0')
        .to_string()
}

/// Candidate passwords and the work budget shared by every decryption in one keystore.
struct Session<'c, 'b> {
    candidates: &'c [Candidate<'c>],
    /// The password that verified the MAC or last opened something: tried first.
    preferred: Option<Candidate<'c>>,
    budget: &'b mut Budget,
    /// Set when no more passwords should be tried, with the reason.
    gave_up: Option<String>,
}

impl<'c> Session<'c, '_> {
    /// Tries the candidates (preferred first) until `accept` takes a plaintext.
    fn try_decrypt<T>(
        &mut self,
        scheme: &Scheme,
        ciphertext: &[u8],
        mut accept: impl FnMut(&[u8]) -> Option<T>,
    ) -> Result<Outcome<'c, T>> {
        if self.gave_up.is_some() {
            return Ok(Outcome::Closed(None));
        }
        let order: Vec<Candidate<'c>> = self
            .preferred
            .into_iter()
            .chain(
                self.candidates
                    .iter()
                    .copied()
                    .filter(|c| Some(*c) != self.preferred),
            )
            .collect();
        for candidate in order {
            match scheme.decrypt(&candidate, ciphertext, self.budget) {
                Ok(plain) => {
                    if let Some(v) = accept(&plain) {
                        if self.preferred.is_none() {
                            self.preferred = Some(candidate);
                        }
                        return Ok(Outcome::Opened(candidate, v));
                    }
                }
                Err(e) => match classify(e)? {
                    Attempt::Wrong => {}
                    Attempt::GiveUp(why) => {
                        if why.contains("budget") {
                            self.gave_up = Some(why);
                            return Ok(Outcome::Closed(None));
                        }
                        return Ok(Outcome::Closed(Some(why)));
                    }
                },
            }
        }
        Ok(Outcome::Closed(None))
    }
}

/// The result of trying every candidate password on one object.
enum Outcome<'c, T> {
    Opened(Candidate<'c>, T),
    /// Not opened; with a reason when no password could have helped.
    Closed(Option<String>),
}

/// A decrypted key: the password that opened it, the PKCS#8 DER and its algorithm OID.
type OpenedKey<'c> = (Candidate<'c>, (Vec<u8>, String));

/// Decrypts an EncryptedPrivateKeyInfo with the session's passwords; returns the PKCS#8 and
/// its algorithm OID. Sets `item.encrypted_key_oid` and records the protection either way.
fn open_epki<'c>(
    epki: &[u8],
    what: &str,
    session: &mut Session<'c, '_>,
    protections: &mut Vec<(String, Protection)>,
    ks: &mut Keystore,
    item: &mut KeystoreItem,
) -> Result<Option<OpenedKey<'c>>> {
    let (alg, encrypted) = match pbe::parse_encrypted_private_key_info(epki) {
        Ok(v) => v,
        Err(e) => {
            push_note(
                ks,
                format!("{what}: malformed EncryptedPrivateKeyInfo: {e}"),
            );
            return Ok(None);
        }
    };
    let scheme = match Scheme::parse(&alg) {
        Ok(s) => s,
        Err(e) => {
            item.encrypted_key_oid = Der::new(alg.value).oid("algorithm").ok();
            push_note(ks, format!("{what} not decrypted: {e}"));
            return Ok(None);
        }
    };
    item.encrypted_key_oid = Some(scheme.protection().cipher_oid.clone());
    protections.push((what.to_string(), scheme.protection().clone()));
    let outcome = session.try_decrypt(&scheme, encrypted, |plain| {
        private_key_info_algorithm(plain).map(|oid| (plain.to_vec(), oid))
    })?;
    Ok(match outcome {
        Outcome::Opened(c, v) => Some((c, v)),
        Outcome::Closed(reason) => {
            if let Some(why) = reason {
                push_note(ks, format!("{what} not decrypted: {why}"));
            }
            None
        }
    })
}

/// Verifies the PFX MAC with each candidate; records the MAC in `ks` and returns the password
/// that verified it.
fn verify_mac<'c>(
    mac: &MacData,
    auth_safe: &[u8],
    session: &mut Session<'c, '_>,
    ks: &mut Keystore,
) -> Result<Option<Candidate<'c>>> {
    let alg_tlv = first_tlv(&mac.algorithm)?;
    let mut alg = alg_tlv.reader();
    let oid = alg.oid("MAC algorithm")?;
    if oid == OID_PBMAC1 {
        return verify_pbmac1(&mut alg, mac, auth_safe, session, ks);
    }
    let _ = alg.optional(TAG_NULL)?;
    ks.mac_algorithm_oid = Some(oid.clone());
    ks.mac_iterations = Some(mac.iterations);
    let Some(hash) = Hash::from_digest_oid(&oid) else {
        push_note(
            ks,
            format!("MAC with {} is not supported: not verified", named(&oid)),
        );
        return Ok(None);
    };
    for candidate in session.candidates {
        if session.gave_up.is_some() {
            break;
        }
        let key = match pbe::pkcs12_kdf(
            hash,
            3,
            &candidate.bmp(),
            &mac.salt,
            mac.iterations,
            hash.output_len(),
            session.budget,
        ) {
            Ok(k) => k,
            Err(e) => match classify(e)? {
                Attempt::Wrong => continue,
                Attempt::GiveUp(why) => {
                    session.gave_up = Some(why);
                    break;
                }
            },
        };
        if pbe::hmac_verify(hash, &key, auth_safe, &mac.digest) {
            push_note(
                ks,
                format!(
                    "MAC: HMAC-{} (PKCS#12 KDF, {} iterations) verified",
                    hash_name(hash),
                    mac.iterations
                ),
            );
            return Ok(Some(*candidate));
        }
    }
    push_note(
        ks,
        format!(
            "MAC: HMAC-{} (PKCS#12 KDF, {} iterations) did not verify with any candidate password",
            hash_name(hash),
            mac.iterations
        ),
    );
    Ok(None)
}

/// PBMAC1 (RFC 9579): HMAC keyed by PBKDF2 over the UTF-8 password.
fn verify_pbmac1<'c>(
    alg: &mut Der<'_>,
    mac: &MacData,
    auth_safe: &[u8],
    session: &mut Session<'c, '_>,
    ks: &mut Keystore,
) -> Result<Option<Candidate<'c>>> {
    let mut params = alg.sequence("PBMAC1 parameters")?;
    let kdf_tlv = params.expect(TAG_SEQUENCE, "PBMAC1 key derivation")?;
    let kdf = match pbe::parse_pbkdf2(&kdf_tlv) {
        Ok(k) => k,
        Err(e) => {
            ks.mac_algorithm_oid = Some(OID_PBMAC1.into());
            push_note(ks, format!("MAC: PBMAC1 not verified: {e}"));
            return Ok(None);
        }
    };
    let mut scheme = params.sequence("PBMAC1 message authentication scheme")?;
    let hmac_oid = scheme.oid("PBMAC1 HMAC")?;
    ks.mac_algorithm_oid = Some(hmac_oid.clone());
    ks.mac_iterations = Some(kdf.iterations);
    let Some(hash) = Hash::from_hmac_oid(&hmac_oid) else {
        push_note(
            ks,
            format!("MAC: PBMAC1 with {} is not supported", named(&hmac_oid)),
        );
        return Ok(None);
    };
    let Some(key_len) = kdf.key_len else {
        push_note(
            ks,
            "MAC: PBMAC1 without a PBKDF2 key length (required by RFC 9579)".into(),
        );
        return Ok(None);
    };
    for candidate in session.candidates {
        if candidate.zero_length || session.gave_up.is_some() {
            continue;
        }
        let key = match pbe::pbkdf2(
            kdf.prf,
            candidate.text.as_bytes(),
            &kdf.salt,
            kdf.iterations,
            key_len,
            session.budget,
        ) {
            Ok(k) => k,
            Err(e) => match classify(e)? {
                Attempt::Wrong => continue,
                Attempt::GiveUp(why) => {
                    session.gave_up = Some(why);
                    break;
                }
            },
        };
        if pbe::hmac_verify(hash, &key, auth_safe, &mac.digest) {
            push_note(
                ks,
                format!(
                    "MAC: PBMAC1 HMAC-{} (PBKDF2 with {}, {} iterations) verified",
                    hash_name(hash),
                    named(&kdf.prf_oid),
                    kdf.iterations
                ),
            );
            return Ok(Some(*candidate));
        }
    }
    push_note(
        ks,
        format!(
            "MAC: PBMAC1 HMAC-{} ({} iterations) did not verify with any candidate password",
            hash_name(hash),
            kdf.iterations
        ),
    );
    Ok(None)
}

fn hash_name(hash: Hash) -> &'static str {
    match hash {
        Hash::Sha1 => "SHA-1",
        Hash::Sha224 => "SHA-224",
        Hash::Sha256 => "SHA-256",
        Hash::Sha384 => "SHA-384",
        Hash::Sha512 => "SHA-512",
    }
}
