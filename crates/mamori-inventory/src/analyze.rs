//! Recognises cryptographic objects in a file's bytes, by content alone, and turns them into
//! assets.

use mamori_model::{Asset, AssetKind, Location};

use crate::der::{self, Der, TAG_INTEGER, TAG_OCTET_STRING, TAG_SEQUENCE};
use crate::error::InventoryError;
use crate::keys::{self, KeyFacts};
use crate::keystore::{self, Keystore, KeystoreItemKind};
use crate::pem::{self, PemBlock};
use crate::ssh;
use crate::x509;

/// What the caller knows about the scan.
#[derive(Debug, Clone)]
pub struct AnalyzeOptions {
    /// Unix time used to flag expired certificates.
    pub now: i64,
    /// Calendar year used for statuses.
    pub year: u16,
    /// Passwords to try on keystores and encrypted keys, in order.
    pub passwords: Vec<String>,
}

/// Something in the file that looked like cryptographic material but could not be read.
#[derive(Debug)]
pub struct Problem {
    pub location: Location,
    pub error: InventoryError,
}

/// How the content was classified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContentKind {
    Text,
    Der,
    Keystore,
    /// Binary content that is neither DER nor a keystore: it cannot hold the objects we look for.
    Binary,
    Empty,
}

#[derive(Debug)]
pub struct Findings {
    pub kind: ContentKind,
    pub assets: Vec<Asset>,
    pub problems: Vec<Problem>,
}

/// How far into a file we look for NUL bytes to call it binary.
const BINARY_SNIFF: usize = 1024;

/// Classifies content without parsing it: cheap enough to run on every file.
pub fn classify(data: &[u8]) -> ContentKind {
    if data.is_empty() {
        return ContentKind::Empty;
    }
    if keystore::looks_like_jks(data) {
        return ContentKind::Keystore;
    }
    if data[0] == TAG_SEQUENCE && der_spans(data) {
        return ContentKind::Der;
    }
    let head = &data[..data.len().min(BINARY_SNIFF)];
    if memchr::memchr(0, head).is_some() {
        return ContentKind::Binary;
    }
    ContentKind::Text
}

/// True when the data is one DER TLV covering the whole input (trailing line breaks allowed, as
/// some tools append one).
fn der_spans(data: &[u8]) -> bool {
    let mut d = Der::new(data);
    match d.read() {
        Ok(tlv) => data[tlv.raw.len()..]
            .iter()
            .all(|b| matches!(b, b'\n' | b'\r' | 0)),
        Err(_) => false,
    }
}

/// Analyzes one file's content. `path` is the location recorded in assets.
pub fn analyze(data: &[u8], path: &str, opts: &AnalyzeOptions) -> Findings {
    let kind = classify(data);
    let mut out = Collector {
        path,
        opts,
        assets: Vec::new(),
        problems: Vec::new(),
    };
    match kind {
        ContentKind::Keystore => out.jks(data),
        ContentKind::Der => {
            let len = Der::new(data).read().map_or(data.len(), |t| t.raw.len());
            if !out.der_object(&data[..len], "DER", None) {
                // Not an error: plenty of binary files start with 0x30 and are well-formed DER
                // of something else (a CRL, a timestamp, a CMS message).
            }
        }
        ContentKind::Text => {
            out.text(data);
        }
        ContentKind::Binary | ContentKind::Empty => {}
    }
    let Collector {
        mut assets,
        problems,
        ..
    } = out;
    // Positions only mean something when the file holds several objects.
    if assets.len() > 1 {
        for (i, a) in assets.iter_mut().enumerate() {
            // A keystore container is the file itself; its entries carry their own positions.
            if a.location.index.is_none() && a.kind != AssetKind::Keystore {
                a.location.index = Some(i as u32 + 1);
            }
        }
    }
    for a in &mut assets {
        a.compute_status(opts.year);
    }
    Findings {
        kind,
        assets,
        problems,
    }
}

struct Collector<'a> {
    path: &'a str,
    opts: &'a AnalyzeOptions,
    assets: Vec<Asset>,
    problems: Vec<Problem>,
}

impl Collector<'_> {
    fn location(&self, line: Option<u32>) -> Location {
        Location {
            path: self.path.to_string(),
            index: None,
            line,
            alias: None,
        }
    }

    fn problem(&mut self, line: Option<u32>, error: InventoryError) {
        let location = self.location(line);
        self.problems.push(Problem { location, error });
    }

    fn key_asset(
        &mut self,
        kind: AssetKind,
        format: &str,
        facts: KeyFacts,
        encrypted: bool,
        loc: Location,
    ) {
        self.assets.push(Asset {
            kind,
            algorithm: facts.algorithm,
            format: format.to_string(),
            encrypted,
            certificate: None,
            keystore: None,
            location: loc,
            status: None,
            key_fingerprint: facts.fingerprint,
            notes: facts.notes,
        });
    }

    fn text(&mut self, data: &[u8]) {
        if pem::contains_pem(data) {
            let (blocks, problems) = pem::parse_all(data);
            for p in problems {
                self.problem(Some(p.line), p.error);
            }
            for block in blocks {
                self.pem_block(&block);
            }
        }
        if ssh::may_contain_key_lines(data) {
            let (lines, problems) = ssh::parse_key_lines(data);
            for (line, e) in problems {
                self.problem(Some(line), e);
            }
            for l in lines {
                let mut notes = l.key.notes.clone();
                notes.extend(l.context.iter().cloned());
                let format = match l.kind {
                    ssh::LineKind::PublicKey => "OpenSSH",
                    ssh::LineKind::AuthorizedKey => "authorized_keys",
                    ssh::LineKind::KnownHost => "known_hosts",
                };
                self.ssh_public(l.key, format, notes, Some(l.line));
            }
        }
        if memchr::memmem::find(data, b"---- BEGIN SSH2 PUBLIC KEY").is_some() {
            for (line, r) in ssh::parse_rfc4716(data) {
                match r {
                    Ok(key) => {
                        let notes = key.notes.clone();
                        self.ssh_public(key, "RFC4716", notes, Some(line));
                    }
                    Err(e) => self.problem(Some(line), e),
                }
            }
        }
    }

    fn ssh_public(
        &mut self,
        key: ssh::SshPublicKey,
        format: &str,
        mut notes: Vec<String>,
        line: Option<u32>,
    ) {
        let kind = if let Some(cert) = &key.certificate {
            notes.push(format!("key id: {}", cert.key_id));
            if !cert.principals.is_empty() {
                notes.push(format!("principals: {}", cert.principals.join(",")));
            }
            notes.push(format!(
                "signed by {} CA {} with {}",
                cert.ca_key_type, cert.ca_fingerprint, cert.signature_type
            ));
            if cert.valid_before < u64::MAX
                && (cert.valid_before as i128) < i128::from(self.opts.now)
            {
                notes.push("expired".into());
            }
            AssetKind::SshCertificate
        } else {
            AssetKind::PublicKey
        };
        let loc = self.location(line);
        self.assets.push(Asset {
            kind,
            algorithm: key.algorithm,
            format: format.to_string(),
            encrypted: false,
            certificate: None,
            keystore: None,
            location: loc,
            status: None,
            key_fingerprint: Some(key.fingerprint),
            notes,
        });
    }

    fn pem_block(&mut self, block: &PemBlock) {
        let line = Some(block.line);
        let der = block.der.as_slice();
        let encrypted_header = block
            .headers
            .iter()
            .any(|(k, v)| k.eq_ignore_ascii_case("Proc-Type") && v.contains("ENCRYPTED"));
        let result = match block.label.as_str() {
            "CERTIFICATE" | "X509 CERTIFICATE" => self.certificate(der, "PEM", line, false, None),
            "TRUSTED CERTIFICATE" => self.certificate(der, "PEM", line, true, None),
            "CERTIFICATE REQUEST" | "NEW CERTIFICATE REQUEST" => self.csr(der, "PEM", line),
            "PRIVATE KEY" => keys::parse_pkcs8(der).map(|f| {
                let loc = self.location(line);
                self.key_asset(AssetKind::PrivateKey, "PEM", f, false, loc);
            }),
            "ENCRYPTED PRIVATE KEY" => self.encrypted_pkcs8(der, "PEM", line),
            "RSA PRIVATE KEY" | "EC PRIVATE KEY" | "DSA PRIVATE KEY" if encrypted_header => {
                let mut facts = KeyFacts::default();
                let family = block.label.split(' ').next().unwrap_or("");
                let cipher = block
                    .headers
                    .iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case("DEK-Info"))
                    .map_or("", |(_, v)| v.split(',').next().unwrap_or(""));
                facts.notes.push(format!(
                    "{family} key in legacy OpenSSL encrypted PEM ({cipher}); size hidden"
                ));
                let loc = self.location(line);
                self.key_asset(AssetKind::PrivateKey, "PEM", facts, true, loc);
                Ok(())
            }
            "RSA PRIVATE KEY" => self.private(keys::parse_pkcs1_private(der), line),
            "EC PRIVATE KEY" => self.private(keys::parse_sec1(der), line),
            "DSA PRIVATE KEY" => self.private(keys::parse_dsa_private(der), line),
            "RSA PUBLIC KEY" => self.public(keys::parse_pkcs1_public(der), line),
            "PUBLIC KEY" => self.public(keys::parse_spki(der), line),
            "DH PARAMETERS" => self.params(keys::parse_dh_params(der, false), line),
            "X9.42 DH PARAMETERS" => self.params(keys::parse_dh_params(der, true), line),
            "DSA PARAMETERS" => self.params(keys::parse_dsa_params(der), line),
            "EC PARAMETERS" => self.params(keys::parse_ec_params(der), line),
            "OPENSSH PRIVATE KEY" => self.openssh_private(der, line),
            "PKCS7" | "CMS" => self.pkcs7(der, "PEM", line),
            // Not keys or certificates: revocation lists, PGP armour (its own format) and
            // secrets we do not inventory.
            l if l.contains("CRL") || l.starts_with("PGP ") => Ok(()),
            other => {
                if self.der_object(der, "PEM", line) {
                    Ok(())
                } else {
                    Err(InventoryError::Unsupported {
                        what: format!("PEM block '{other}'"),
                    })
                }
            }
        };
        if let Err(e) = result {
            // Say which block failed: offsets in the error are inside its decoded bytes.
            let what = format!("'{}' block does not parse: {e}", block.label);
            self.problem(
                line,
                InventoryError::Pem {
                    line: block.line,
                    what,
                },
            );
        }
    }

    fn private(&mut self, r: crate::Result<KeyFacts>, line: Option<u32>) -> crate::Result<()> {
        let loc = self.location(line);
        self.key_asset(AssetKind::PrivateKey, "PEM", r?, false, loc);
        Ok(())
    }

    fn public(&mut self, r: crate::Result<KeyFacts>, line: Option<u32>) -> crate::Result<()> {
        let loc = self.location(line);
        self.key_asset(AssetKind::PublicKey, "PEM", r?, false, loc);
        Ok(())
    }

    fn params(&mut self, r: crate::Result<KeyFacts>, line: Option<u32>) -> crate::Result<()> {
        let loc = self.location(line);
        self.key_asset(AssetKind::Parameters, "PEM", r?, false, loc);
        Ok(())
    }

    fn certificate(
        &mut self,
        der: &[u8],
        format: &str,
        line: Option<u32>,
        allow_trailing: bool,
        alias: Option<(&Option<String>, u32)>,
    ) -> crate::Result<()> {
        let parsed = x509::parse_certificate(der, self.opts.now, allow_trailing)?;
        let mut loc = self.location(line);
        if let Some((a, idx)) = alias {
            loc.alias.clone_from(a);
            loc.index = Some(idx);
        }
        self.assets.push(Asset {
            kind: AssetKind::Certificate,
            algorithm: parsed.key.algorithm,
            format: format.to_string(),
            encrypted: false,
            certificate: Some(Box::new(parsed.info)),
            keystore: None,
            location: loc,
            status: None,
            key_fingerprint: parsed.key.fingerprint,
            notes: parsed.key.notes,
        });
        Ok(())
    }

    fn csr(&mut self, der: &[u8], format: &str, line: Option<u32>) -> crate::Result<()> {
        let csr = x509::parse_csr(der)?;
        let mut facts = csr.key;
        facts.notes.push(format!("subject: {}", csr.subject));
        facts.notes.push(format!(
            "request signed with {}",
            csr.signature_algorithm.name
        ));
        let loc = self.location(line);
        self.key_asset(AssetKind::Csr, format, facts, false, loc);
        Ok(())
    }

    fn encrypted_pkcs8(
        &mut self,
        der: &[u8],
        format: &str,
        line: Option<u32>,
    ) -> crate::Result<()> {
        let facts = keys::parse_encrypted_pkcs8(der)?;
        // A password that opens the key reveals its algorithm.
        for pw in &self.opts.passwords {
            if let Ok(plain) = keystore::decrypt_pkcs8(der, pw) {
                if let Ok(mut inner) = keys::parse_pkcs8(&plain) {
                    inner.notes.extend(facts.notes.iter().cloned());
                    let loc = self.location(line);
                    self.key_asset(AssetKind::PrivateKey, format, inner, true, loc);
                    return Ok(());
                }
            }
        }
        let loc = self.location(line);
        self.key_asset(AssetKind::PrivateKey, format, facts, true, loc);
        Ok(())
    }

    fn openssh_private(&mut self, der: &[u8], line: Option<u32>) -> crate::Result<()> {
        let key = ssh::parse_openssh_private(der)?;
        let encrypted = key.encrypted();
        for k in key.keys {
            let mut notes = k.notes;
            if encrypted {
                notes.push(format!("encrypted with {} ({})", key.cipher, key.kdf));
            }
            let loc = self.location(line);
            self.assets.push(Asset {
                kind: AssetKind::PrivateKey,
                algorithm: k.algorithm,
                format: "OpenSSH".into(),
                encrypted,
                certificate: None,
                keystore: None,
                location: loc,
                status: None,
                key_fingerprint: Some(k.fingerprint),
                notes,
            });
        }
        Ok(())
    }

    fn pkcs7(&mut self, der: &[u8], format: &str, line: Option<u32>) -> crate::Result<()> {
        for c in x509::pkcs7_certificates(der)? {
            if let Err(e) = self.certificate(c, format, line, false, None) {
                self.problem(line, e);
            }
        }
        Ok(())
    }

    /// Tries every DER structure we know, most specific first. Returns false when none fits.
    fn der_object(&mut self, der: &[u8], format: &str, line: Option<u32>) -> bool {
        let Some(shape) = Shape::of(der) else {
            return false;
        };
        let loc = self.location(line);
        match shape {
            Shape::Certificate => {
                if self.certificate(der, format, line, false, None).is_ok() {
                    return true;
                }
                if self.csr(der, format, line).is_ok() {
                    return true;
                }
            }
            Shape::Pkcs12 => {
                self.pkcs12(der);
                return true;
            }
            Shape::Pkcs7 => return self.pkcs7(der, format, line).is_ok(),
            Shape::Pkcs8 => {
                if let Ok(f) = keys::parse_pkcs8(der) {
                    self.key_asset(AssetKind::PrivateKey, format, f, false, loc);
                    return true;
                }
            }
            Shape::EncryptedPkcs8 => return self.encrypted_pkcs8(der, format, line).is_ok(),
            Shape::Spki => {
                if let Ok(f) = keys::parse_spki(der) {
                    self.key_asset(AssetKind::PublicKey, format, f, false, loc);
                    return true;
                }
            }
            Shape::Integers(n) => {
                return self.integer_sequence(der, n, format, loc);
            }
            Shape::Sec1 => {
                if let Ok(f) = keys::parse_sec1(der) {
                    self.key_asset(AssetKind::PrivateKey, format, f, false, loc);
                    return true;
                }
            }
        }
        false
    }

    /// SEQUENCEs of bare INTEGERs: PKCS#1 keys, DSA keys and DSA/DH parameters. Told apart by
    /// count and by which members are small.
    fn integer_sequence(&mut self, der: &[u8], count: usize, format: &str, loc: Location) -> bool {
        let ints = match integers(der) {
            Some(v) => v,
            None => return false,
        };
        let bits: Vec<u32> = ints.iter().map(|i| der::bit_length(i)).collect();
        let (kind, facts) = match count {
            9 if bits[0] <= 1 => (AssetKind::PrivateKey, keys::parse_pkcs1_private(der)),
            6 if bits[0] == 0 => (AssetKind::PrivateKey, keys::parse_dsa_private(der)),
            2 => {
                // RSAPublicKey {n, e} versus DHParameter {p, g}: g is 2 (or 5), e is odd and
                // normally 3, 17 or 65537.
                let small = der::uint_value(ints[1]).unwrap_or(u64::MAX);
                if bits[0] < 256 {
                    return false;
                }
                if small == 2 || small == 5 {
                    (AssetKind::Parameters, keys::parse_dh_params(der, false))
                } else if small % 2 == 1 {
                    (AssetKind::PublicKey, keys::parse_pkcs1_public(der))
                } else {
                    return false;
                }
            }
            3 if bits[0] >= 512 && bits[1] <= 512 && bits[2] > 512 => {
                (AssetKind::Parameters, keys::parse_dsa_params(der))
            }
            3 if bits[0] >= 512 && bits[1] > 512 && bits[2] <= 512 => {
                (AssetKind::Parameters, keys::parse_dh_params(der, true))
            }
            3 if bits[0] >= 256 && bits[1] < 64 => {
                (AssetKind::Parameters, keys::parse_dh_params(der, false))
            }
            _ => return false,
        };
        match facts {
            Ok(f) => {
                self.key_asset(kind, format, f, false, loc);
                true
            }
            Err(_) => false,
        }
    }

    fn pkcs12(&mut self, der: &[u8]) {
        let pw: Vec<&str> = self.opts.passwords.iter().map(String::as_str).collect();
        match keystore::parse_pkcs12(der, &keystore_passwords(&pw, false)) {
            Ok(ks) => self.keystore(ks),
            Err(e) => self.problem(None, e),
        }
    }

    fn jks(&mut self, data: &[u8]) {
        let pw: Vec<&str> = self.opts.passwords.iter().map(String::as_str).collect();
        match keystore::parse_jks(data, &keystore_passwords(&pw, true)) {
            Ok(ks) => self.keystore(ks),
            Err(e) => self.problem(None, e),
        }
    }

    fn keystore(&mut self, ks: Keystore) {
        let format = ks.format.to_string();
        let mut entries = Vec::new();
        let mut notes = ks.notes.clone();
        notes.extend(ks.protection_details.iter().cloned());
        if ks.encrypted && !ks.opened {
            notes.push(
                "some content stays encrypted: give its password with --keystore-password".into(),
            );
        }
        for (i, item) in ks.entries.iter().enumerate() {
            let idx = i as u32 + 1;
            entries.push(mamori_model::KeystoreEntry {
                alias: item.alias.clone(),
                kind: match item.kind {
                    KeystoreItemKind::PrivateKey => "private-key",
                    KeystoreItemKind::Certificate => "certificate",
                    KeystoreItemKind::TrustedCertificate => "trusted-certificate",
                    KeystoreItemKind::SecretKey => "secret-key",
                }
                .to_string(),
            });
            let mut chain_key: Option<KeyFacts> = None;
            for (n, cert) in item.certificates.iter().enumerate() {
                let before = self.assets.len();
                if let Err(e) =
                    self.certificate(cert, &format, None, false, Some((&item.alias, idx)))
                {
                    self.problem(None, e);
                } else if n == 0 {
                    if let Some(a) = self.assets.get(before) {
                        chain_key = Some(KeyFacts {
                            algorithm: a.algorithm.clone(),
                            fingerprint: a.key_fingerprint.clone(),
                            notes: Vec::new(),
                        });
                    }
                }
            }
            if item.kind == KeystoreItemKind::PrivateKey {
                let mut loc = self.location(None);
                loc.alias.clone_from(&item.alias);
                loc.index = Some(idx);
                match &item.private_key_pkcs8 {
                    Some(p8) => match keys::parse_pkcs8(p8) {
                        Ok(f) => {
                            self.key_asset(AssetKind::PrivateKey, &format, f, ks.encrypted, loc)
                        }
                        Err(e) => self.problem(None, e),
                    },
                    None => {
                        // Still encrypted: its certificate tells the algorithm.
                        let mut f = chain_key.unwrap_or_default();
                        f.notes
                            .push("key encrypted; algorithm taken from its certificate".into());
                        self.key_asset(AssetKind::PrivateKey, &format, f, true, loc);
                    }
                }
            }
            if item.kind == KeystoreItemKind::SecretKey {
                let mut loc = self.location(None);
                loc.alias.clone_from(&item.alias);
                loc.index = Some(idx);
                let mut f = KeyFacts::default();
                if let Some(a) = &item.secret_key_algorithm {
                    f.notes.push(format!("secret key ({a})"));
                    f.algorithm = mamori_model::catalogue::api_name(a)
                        .or_else(|| mamori_model::catalogue::by_oid(a))
                        .map(|e| e.resolve(None));
                }
                self.key_asset(AssetKind::PrivateKey, &format, f, true, loc);
            }
        }
        let algorithm = ks
            .protection_oid
            .as_deref()
            .and_then(mamori_model::catalogue::by_oid)
            .map(|e| e.resolve(None));
        let loc = self.location(None);
        self.assets.push(Asset {
            kind: AssetKind::Keystore,
            algorithm,
            format: format.clone(),
            encrypted: ks.encrypted,
            certificate: None,
            keystore: Some(mamori_model::KeystoreInfo {
                format,
                encrypted: ks.encrypted,
                opened: ks.opened,
                entries,
            }),
            location: loc,
            status: None,
            key_fingerprint: None,
            notes,
        });
    }
}

/// The user's passwords first, then the defaults that tools use when none is chosen.
fn keystore_passwords<'a>(user: &[&'a str], java: bool) -> Vec<&'a str> {
    let mut v: Vec<&str> = user.to_vec();
    v.push("");
    if java {
        v.push("changeit");
    }
    v
}

/// The outline of a DER SEQUENCE, read without committing to a type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// SEQUENCE { SEQUENCE, SEQUENCE, BIT STRING }: certificate, CRL or request.
    Certificate,
    Pkcs12,
    Pkcs7,
    Pkcs8,
    EncryptedPkcs8,
    Spki,
    Sec1,
    /// SEQUENCE of n INTEGERs only.
    Integers(usize),
}

impl Shape {
    fn of(der: &[u8]) -> Option<Shape> {
        if keystore::looks_like_pkcs12(der) {
            return Some(Shape::Pkcs12);
        }
        let mut d = Der::new(der);
        let mut s = d.sequence("object").ok()?;
        let first = s.read().ok()?;
        let second = s.read().ok();
        let third = s.read().ok();
        let tags = (first.tag, second.map(|t| t.tag), third.map(|t| t.tag));
        match tags {
            (TAG_SEQUENCE, Some(TAG_SEQUENCE), Some(der::TAG_BIT_STRING)) => {
                Some(Shape::Certificate)
            }
            (der::TAG_OID, Some(t), _) if t == der::context(0) => Some(Shape::Pkcs7),
            (TAG_INTEGER, Some(TAG_SEQUENCE), Some(TAG_OCTET_STRING)) => Some(Shape::Pkcs8),
            (TAG_SEQUENCE, Some(TAG_OCTET_STRING), None) => Some(Shape::EncryptedPkcs8),
            (TAG_SEQUENCE, Some(der::TAG_BIT_STRING), None) => Some(Shape::Spki),
            (TAG_INTEGER, Some(TAG_OCTET_STRING), _) => Some(Shape::Sec1),
            (TAG_INTEGER, _, _) => integers(der).map(|v| Shape::Integers(v.len())),
            _ => None,
        }
    }
}

/// The contents of a SEQUENCE made only of INTEGERs (at most 16).
fn integers(der: &[u8]) -> Option<Vec<&[u8]>> {
    let mut d = Der::new(der);
    let mut s = d.sequence("integers").ok()?;
    let mut v = Vec::new();
    while !s.is_empty() {
        if v.len() >= 16 {
            return None;
        }
        v.push(s.integer("member").ok()?);
    }
    Some(v)
}

impl AnalyzeOptions {
    /// Options for a scan happening now.
    pub fn now(passwords: Vec<String>) -> Self {
        let now = time::OffsetDateTime::now_utc();
        AnalyzeOptions {
            now: now.unix_timestamp(),
            year: u16::try_from(now.year()).unwrap_or(u16::MAX),
            passwords,
        }
    }
}
