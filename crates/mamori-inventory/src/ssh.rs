//! OpenSSH key formats: public key blobs (RFC 4253 §6.6, RFC 5656, RFC 8709, OpenSSH PROTOCOL.u2f
//! and PROTOCOL.certkeys), `openssh-key-v1` private keys, and the one-line forms found in `.pub`,
//! `authorized_keys` and `known_hosts` files.

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD};
use mamori_model::{Algorithm, catalogue};
use memchr::memmem;
use sha2::{Digest, Sha256};

use crate::der;
use crate::error::{InventoryError, Result};
use crate::keys::curve_algorithm;

/// Largest public key blob we decode (an RSA-16384 key is about 2 KiB; certificates add a CA
/// key and signature).
pub const MAX_BLOB: usize = 64 * 1024;
const AUTH_MAGIC: &[u8] = b"openssh-key-v1\0";
const MAX_KEYS: u32 = 64;
const MIN_BLOB_B64: usize = 64;

fn err(what: impl Into<String>) -> InventoryError {
    InventoryError::Ssh { what: what.into() }
}

/// Reader for the SSH wire encoding (uint32-length-prefixed strings).
struct Wire<'a> {
    data: &'a [u8],
}

impl<'a> Wire<'a> {
    fn u32(&mut self) -> Result<u32> {
        let (head, rest) = self
            .data
            .split_first_chunk::<4>()
            .ok_or_else(|| err("truncated uint32"))?;
        self.data = rest;
        Ok(u32::from_be_bytes(*head))
    }

    fn u64(&mut self) -> Result<u64> {
        let (head, rest) = self
            .data
            .split_first_chunk::<8>()
            .ok_or_else(|| err("truncated uint64"))?;
        self.data = rest;
        Ok(u64::from_be_bytes(*head))
    }

    fn string(&mut self) -> Result<&'a [u8]> {
        let len = self.u32()? as usize;
        if len > self.data.len() {
            return Err(err(format!(
                "string length {len} exceeds the {} bytes left",
                self.data.len()
            )));
        }
        let (s, rest) = self.data.split_at(len);
        self.data = rest;
        Ok(s)
    }

    fn text(&mut self) -> Result<&'a str> {
        std::str::from_utf8(self.string()?).map_err(|_| err("name is not UTF-8"))
    }
}

/// What a public key blob holds.
#[derive(Debug, Clone)]
pub struct SshPublicKey {
    /// The blob's type name (`ssh-rsa`, `ssh-ed25519-cert-v01@openssh.com`...).
    pub key_type: String,
    pub algorithm: Option<Algorithm>,
    /// `SHA256:<base64>` as printed by `ssh-keygen -l`.
    pub fingerprint: String,
    /// For certificates: key id, principals, validity and signing CA.
    pub certificate: Option<SshCertificate>,
    pub notes: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct SshCertificate {
    pub key_id: String,
    pub principals: Vec<String>,
    pub valid_after: u64,
    pub valid_before: u64,
    /// Key type of the signing CA.
    pub ca_key_type: String,
    pub ca_fingerprint: String,
    /// Signature algorithm name used by the CA (`rsa-sha2-512`, `ssh-ed25519`...).
    pub signature_type: String,
}

pub fn fingerprint(blob: &[u8]) -> String {
    format!("SHA256:{}", STANDARD_NO_PAD.encode(Sha256::digest(blob)))
}

/// True for the names OpenSSH uses as public key types.
pub fn is_key_type(name: &str) -> bool {
    name.starts_with("ssh-")
        || name.starts_with("ecdsa-sha2-")
        || name.starts_with("sk-ecdsa-sha2-")
        || name.starts_with("sk-ssh-")
        || name.starts_with("x509v3-")
}

fn by_name(name: &str, size: Option<u32>) -> Option<Algorithm> {
    catalogue::by_name(name).map(|e| e.resolve(size))
}

/// Decodes a public key blob.
pub fn parse_public_blob(blob: &[u8]) -> Result<SshPublicKey> {
    if blob.len() > MAX_BLOB {
        return Err(InventoryError::TooLarge {
            what: "SSH key blob",
            size: blob.len() as u64,
            limit: MAX_BLOB as u64,
        });
    }
    let mut w = Wire { data: blob };
    let key_type = w.text()?.to_string();
    let (base, is_cert) = match key_type.strip_suffix("-cert-v01@openssh.com") {
        Some(b) => (b.to_string(), true),
        None => (key_type.clone(), false),
    };
    if is_cert {
        w.string()?; // nonce
    }
    let mut notes = Vec::new();
    let algorithm = key_fields(&base, &mut w, &mut notes)?;
    let certificate = if is_cert {
        Some(cert_fields(&mut w)?)
    } else {
        if !w.data.is_empty() {
            return Err(err(format!(
                "{} trailing bytes after the {base} key",
                w.data.len()
            )));
        }
        None
    };
    Ok(SshPublicKey {
        key_type,
        algorithm,
        fingerprint: fingerprint(blob),
        certificate,
        notes,
    })
}

fn key_fields(base: &str, w: &mut Wire<'_>, notes: &mut Vec<String>) -> Result<Option<Algorithm>> {
    Ok(match base {
        "ssh-rsa" => {
            let _e = w.string()?;
            let n = w.string()?;
            by_name("RSA", Some(der::bit_length(n)))
        }
        "ssh-dss" => {
            let p = w.string()?;
            let q = w.string()?;
            let _g = w.string()?;
            let _y = w.string()?;
            by_name("DSA", Some(der::bit_length(p))).map(|mut a| {
                let n = der::bit_length(q);
                a.classical_bits = mamori_model::strength::ffc_bits(der::bit_length(p), Some(n));
                a
            })
        }
        b if b.starts_with("ecdsa-sha2-") || b.starts_with("sk-ecdsa-sha2-") => {
            let curve_name = w.text()?;
            let _q = w.string()?;
            if b.starts_with("sk-") {
                let app = w.text()?;
                notes.push(format!("FIDO security key, application {app}"));
            }
            match catalogue::curve(curve_name) {
                Some(c) => Some(curve_algorithm(c)),
                None => {
                    notes.push(format!("unknown curve {curve_name}"));
                    None
                }
            }
        }
        "ssh-ed25519" | "sk-ssh-ed25519@openssh.com" => {
            let pk = w.string()?;
            if pk.len() != 32 {
                return Err(err(format!("Ed25519 key of {} bytes", pk.len())));
            }
            if base.starts_with("sk-") {
                let app = w.text()?;
                notes.push(format!("FIDO security key, application {app}"));
            }
            by_name("Ed25519", None)
        }
        "ssh-ed448" => {
            let pk = w.string()?;
            if pk.len() != 57 {
                return Err(err(format!("Ed448 key of {} bytes", pk.len())));
            }
            by_name("Ed448", None)
        }
        other => {
            // Post-quantum and other future key types: one opaque string per field is not
            // guaranteed, so take what the catalogue knows and stop.
            let alg = catalogue::ssh_algorithm(other)
                .and_then(|a| catalogue::by_name(a.entry))
                .map(|e| e.resolve(None));
            if alg.is_none() {
                notes.push(format!("unknown SSH key type {other}"));
            }
            w.data = &[];
            alg
        }
    })
}

fn cert_fields(w: &mut Wire<'_>) -> Result<SshCertificate> {
    let _serial = w.u64()?;
    let _kind = w.u32()?;
    let key_id = String::from_utf8_lossy(w.string()?).into_owned();
    let mut principals = Vec::new();
    let mut pw = Wire { data: w.string()? };
    while !pw.data.is_empty() {
        principals.push(String::from_utf8_lossy(pw.string()?).into_owned());
    }
    let valid_after = w.u64()?;
    let valid_before = w.u64()?;
    w.string()?; // critical options
    w.string()?; // extensions
    w.string()?; // reserved
    let ca = w.string()?;
    let sig = w.string()?;
    let ca_key_type = Wire { data: ca }.text()?.to_string();
    let signature_type = Wire { data: sig }.text()?.to_string();
    Ok(SshCertificate {
        key_id,
        principals,
        valid_after,
        valid_before,
        ca_key_type,
        ca_fingerprint: fingerprint(ca),
        signature_type,
    })
}

/// An `openssh-key-v1` private key file's readable parts.
#[derive(Debug, Clone)]
pub struct OpenSshPrivateKey {
    pub cipher: String,
    pub kdf: String,
    pub keys: Vec<SshPublicKey>,
}

impl OpenSshPrivateKey {
    pub fn encrypted(&self) -> bool {
        self.cipher != "none"
    }
}

/// Parses the binary content of an `OPENSSH PRIVATE KEY` PEM block. The public keys are stored
/// unencrypted, so even an encrypted key's algorithm and size are known.
pub fn parse_openssh_private(data: &[u8]) -> Result<OpenSshPrivateKey> {
    let rest = data
        .strip_prefix(AUTH_MAGIC)
        .ok_or_else(|| err("missing openssh-key-v1 magic"))?;
    let mut w = Wire { data: rest };
    let cipher = w.text()?.to_string();
    let kdf = w.text()?.to_string();
    w.string()?; // kdf options
    let n = w.u32()?;
    if n == 0 || n > MAX_KEYS {
        return Err(err(format!("{n} keys in one file")));
    }
    let mut keys = Vec::new();
    for _ in 0..n {
        keys.push(parse_public_blob(w.string()?)?);
    }
    w.string()?; // the (possibly encrypted) private section
    Ok(OpenSshPrivateKey { cipher, kdf, keys })
}

/// Where a one-line public key came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// A bare `type base64 comment` line (`.pub` files, `authorized_keys` without options).
    PublicKey,
    /// `authorized_keys` with options before the key.
    AuthorizedKey,
    /// `known_hosts` (host patterns before the key, maybe a marker).
    KnownHost,
}

/// A public key found on a line of text.
#[derive(Debug, Clone)]
pub struct SshKeyLine {
    pub key: SshPublicKey,
    pub kind: LineKind,
    /// 1-based.
    pub line: u32,
    /// Comment (`user@host`), host patterns, or the `@cert-authority` / `@revoked` marker.
    pub context: Vec<String>,
}

/// True when `data` may contain one-line SSH public keys: every key blob starts with a uint32
/// length below 2^24, which base64 renders as `AAAA`.
pub fn may_contain_key_lines(data: &[u8]) -> bool {
    memmem::find(data, b" AAAA").is_some()
}

/// Every SSH public key written on a line of `data`, with lines that look like keys but do
/// not decode reported as problems (line, error).
pub fn parse_key_lines(data: &[u8]) -> (Vec<SshKeyLine>, Vec<(u32, InventoryError)>) {
    let mut found = Vec::new();
    let mut problems = Vec::new();
    let finder = memmem::Finder::new(b" AAAA");
    let mut line_no = 1u32;
    let mut counted_to = 0usize;
    let mut pos = 0usize;
    while let Some(rel) = finder.find(&data[pos..]) {
        let hit = pos + rel;
        let line_start = memchr::memrchr(b'\n', &data[..hit]).map_or(0, |i| i + 1);
        let line_end = memchr::memchr(b'\n', &data[hit..]).map_or(data.len(), |i| hit + i);
        let skipped = memchr::memchr_iter(b'\n', &data[counted_to..line_start]).count();
        line_no = line_no.saturating_add(u32::try_from(skipped).unwrap_or(u32::MAX));
        counted_to = line_start;
        // Each line is looked at once, however many candidates it holds.
        pos = line_end;
        let Ok(text) = std::str::from_utf8(&data[line_start..line_end]) else {
            continue;
        };
        match parse_key_line(text.trim_end_matches('\r')) {
            Some(Ok((key, kind, context))) => found.push(SshKeyLine {
                key,
                kind,
                line: line_no,
                context,
            }),
            Some(Err(e)) => problems.push((line_no, e)),
            None => {}
        }
    }
    (found, problems)
}

type LineParse = (SshPublicKey, LineKind, Vec<String>);

/// Parses one line; `None` when it is not an SSH key line at all.
pub fn parse_key_line(line: &str) -> Option<Result<LineParse>> {
    let tokens: Vec<&str> = line.split_ascii_whitespace().collect();
    let idx = tokens
        .iter()
        .position(|t| is_key_type(t) && !t.contains(','))?;
    let blob_b64 = tokens.get(idx + 1)?;
    // The shortest real key blob (Ed25519) is 68 base64 characters; shorter "AAAA..." words are
    // prose or placeholders, not keys that failed to parse.
    if !blob_b64.starts_with("AAAA") || blob_b64.len() < MIN_BLOB_B64 {
        return None;
    }
    let key_type = tokens[idx];
    let blob = match STANDARD.decode(blob_b64) {
        Ok(b) => b,
        Err(e) => return Some(Err(err(format!("{key_type} key: invalid base64 ({e})")))),
    };
    let key = match parse_public_blob(&blob) {
        Ok(k) => k,
        Err(e) => return Some(Err(e)),
    };
    if key.key_type != key_type {
        return Some(Err(err(format!(
            "line says {key_type} but the blob holds {}",
            key.key_type
        ))));
    }
    let before = &tokens[..idx];
    let comment = tokens[idx + 2..].join(" ");
    let mut context = Vec::new();
    let kind = if before.is_empty() {
        LineKind::PublicKey
    } else if before[0].starts_with('@') || looks_like_hosts(before) {
        context.extend(before.iter().map(|s| s.to_string()));
        LineKind::KnownHost
    } else {
        context.push(format!("options: {}", before.join(" ")));
        LineKind::AuthorizedKey
    };
    if !comment.is_empty() {
        context.push(comment);
    }
    Some(Ok((key, kind, context)))
}

/// known_hosts host fields: hashed `|1|salt|hash`, `[host]:port`, comma lists of names.
fn looks_like_hosts(before: &[&str]) -> bool {
    before.len() == 1
        && !before[0].contains('=')
        && !before[0].contains('"')
        && (before[0].starts_with("|1|")
            || before[0].starts_with('[')
            || before[0]
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b".-,*?:_!".contains(&b)))
}

/// RFC 4716 `---- BEGIN SSH2 PUBLIC KEY ----` blocks.
pub fn parse_rfc4716(data: &[u8]) -> Vec<(u32, Result<SshPublicKey>)> {
    const BEGIN: &[u8] = b"---- BEGIN SSH2 PUBLIC KEY ----";
    const END: &[u8] = b"---- END SSH2 PUBLIC KEY ----";
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(rel) = memmem::find(&data[pos..], BEGIN) {
        let start = pos + rel;
        let line = memchr::memchr_iter(b'\n', &data[..start]).count() as u32 + 1;
        let body_start = start + BEGIN.len();
        let Some(end_rel) = memmem::find(&data[body_start..], END) else {
            out.push((line, Err(err("SSH2 PUBLIC KEY block has no END line"))));
            break;
        };
        let body = String::from_utf8_lossy(&data[body_start..body_start + end_rel]);
        let mut b64 = String::new();
        let mut continued = false;
        for l in body.lines() {
            let l = l.trim();
            // Header lines ("Comment: ...") may continue with a trailing backslash.
            if continued || l.contains(':') {
                continued = l.ends_with('\\');
                continue;
            }
            b64.push_str(l);
        }
        let result = STANDARD
            .decode(b64.as_bytes())
            .map_err(|e| err(format!("invalid base64 ({e})")))
            .and_then(|blob| parse_public_blob(&blob));
        out.push((line, result));
        pos = body_start + end_rel + END.len();
    }
    out
}
