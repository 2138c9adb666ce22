//! The e-seal certification authority: a composite root certificate, organizations' e-seal
//! certificates in the ETSI EN 319 412-3 style, revocation and CRLs (RFC 5280). Everything it
//! writes is DER wrapped in PEM, in one directory:
//!
//! | file | what |
//! |---|---|
//! | `ca.pem`, `ca.key` | the root certificate and its PKCS#8 key |
//! | `issued.tsv` | serial, notAfter, subject of every certificate issued |
//! | `revoked.tsv` | serial, revocation time, reason of every revoked certificate |
//! | `crl.pem` | the last CRL written |

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::composite::{Algorithm, SigningKey, VerifyingKey};
use crate::der::{self, bits, boolean, explicit, octets, oid, printable, seq, set, utf8};
use crate::error::{Result, SealError};
use crate::{cert, pkcs8};

/// An X.500 name of the attributes e-seal certificates use.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Name {
    pub country: Option<String>,
    pub organization: Option<String>,
    /// ETSI EN 319 412-1 `organizationIdentifier` (2.5.4.97), e.g. `NTRJP-1234567890123`.
    pub organization_identifier: Option<String>,
    pub common_name: Option<String>,
}

impl Name {
    fn der(&self) -> Vec<u8> {
        let mut rdns = Vec::new();
        let mut rdn = |attr: &str, value: Vec<u8>| rdns.push(set(&[seq(&[oid(attr), value])]));
        if let Some(c) = &self.country {
            rdn("2.5.4.6", printable(c));
        }
        if let Some(o) = &self.organization {
            rdn("2.5.4.10", utf8(o));
        }
        if let Some(id) = &self.organization_identifier {
            rdn("2.5.4.97", utf8(id));
        }
        if let Some(cn) = &self.common_name {
            rdn("2.5.4.3", utf8(cn));
        }
        seq(&rdns)
    }
}

/// What a certificate says about its key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// A CA: keyCertSign and cRLSign, basicConstraints CA.
    Authority,
    /// An e-seal: digitalSignature and nonRepudiation (contentCommitment), QcType eseal.
    Seal,
    /// A time-stamping unit (RFC 3161 §2.3): extended key usage timeStamping, critical.
    TimeStamping,
}

/// Everything a certificate is built from, except the signature.
#[derive(Debug, Clone)]
pub struct CertificateSpec<'a> {
    pub serial: [u8; 16],
    pub issuer: &'a Name,
    pub subject: &'a Name,
    pub not_before: i64,
    pub not_after: i64,
    pub subject_key: &'a VerifyingKey,
    pub issuer_key_id: [u8; 20],
    pub profile: Profile,
}

/// `id-kp-timeStamping`.
pub const TIME_STAMPING: &str = "1.3.6.1.5.5.7.3.8";

pub(crate) fn algorithm_identifier(alg: Algorithm) -> Vec<u8> {
    // ML-DSA and composite identifiers have absent parameters.
    seq(&[oid(alg.oid())])
}

/// Key identifier: the leftmost 160 bits of the SHA-256 of the public key (RFC 7093 §2 method 1).
pub fn key_id(key: &VerifyingKey) -> [u8; 20] {
    let digest = Sha256::digest(key.as_bytes());
    let mut id = [0u8; 20];
    id.copy_from_slice(&digest[..20]);
    id
}

fn extension(id: &str, critical: bool, value: Vec<u8>) -> Vec<u8> {
    if critical {
        seq(&[oid(id), boolean(true), octets(&value)])
    } else {
        seq(&[oid(id), octets(&value)])
    }
}

/// Builds and signs a certificate.
pub fn build_certificate(spec: &CertificateSpec<'_>, issuer_key: &SigningKey) -> Result<Vec<u8>> {
    let alg = issuer_key.algorithm();
    let spki = seq(&[
        algorithm_identifier(spec.subject_key.algorithm()),
        bits(spec.subject_key.as_bytes()),
    ]);
    let (key_usage, basic) = match spec.profile {
        // keyCertSign (5) and cRLSign (6): bits 5 and 6 of the first byte.
        Profile::Authority => (bits_named(&[5, 6]), seq(&[boolean(true)])),
        // digitalSignature (0) and nonRepudiation (1).
        Profile::Seal | Profile::TimeStamping => (bits_named(&[0, 1]), seq(&[])),
    };
    let mut exts = vec![
        extension("2.5.29.19", true, basic),
        extension("2.5.29.15", true, key_usage),
        extension("2.5.29.14", false, octets(&key_id(spec.subject_key))),
        extension(
            "2.5.29.35",
            false,
            seq(&[der::tlv(0x80, &spec.issuer_key_id)]),
        ),
    ];
    if spec.profile == Profile::TimeStamping {
        exts.push(extension("2.5.29.37", true, seq(&[oid(TIME_STAMPING)])));
    }
    if spec.profile == Profile::Seal {
        // ETSI EN 319 412-5 QCStatements: QcCompliance and QcType eseal.
        let qc = seq(&[
            seq(&[oid("0.4.0.1862.1.1")]),
            seq(&[oid("0.4.0.1862.1.6"), seq(&[oid("0.4.0.1862.1.6.2")])]),
        ]);
        exts.push(extension("1.3.6.1.5.5.7.1.3", false, qc));
    }
    let tbs = seq(&[
        explicit(0, &der::small_uint(2)),
        der::uint(&spec.serial),
        algorithm_identifier(alg),
        spec.issuer.der(),
        seq(&[der::time(spec.not_before), der::time(spec.not_after)]),
        spec.subject.der(),
        spki,
        explicit(3, &seq(&exts)),
    ]);
    let signature = issuer_key.sign(&tbs, b"")?;
    Ok(seq(&[tbs, algorithm_identifier(alg), bits(&signature)]))
}

/// A KeyUsage BIT STRING with the named bits set (DER: trailing zero bits dropped).
fn bits_named(set_bits: &[u8]) -> Vec<u8> {
    let mut byte = 0u8;
    for &b in set_bits {
        byte |= 0x80 >> b;
    }
    let unused = byte.trailing_zeros() as u8;
    der::tlv(0x03, &[unused, byte])
}

fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

fn random_serial() -> Result<[u8; 16]> {
    let mut s = [0u8; 16];
    getrandom::fill(&mut s).map_err(|e| SealError::Random(e.to_string()))?;
    // Positive, and never shorter than it looks.
    s[0] = (s[0] & 0x7f) | 0x40;
    Ok(s)
}

fn io(path: &Path) -> impl Fn(std::io::Error) -> SealError + '_ {
    move |e| SealError::Io {
        path: path.to_path_buf(),
        source: e,
    }
}

fn write_new(path: &Path, text: &str) -> Result<()> {
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(io(path))?;
    f.write_all(text.as_bytes()).map_err(io(path))
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// Reads a PEM (or DER) certificate file.
pub fn read_certificate(path: &Path) -> Result<Vec<u8>> {
    let bytes = std::fs::read(path).map_err(io(path))?;
    der::unpem("CERTIFICATE", &bytes).ok_or_else(|| SealError::Malformed {
        what: "certificate file",
        reason: format!("{}: no PEM CERTIFICATE block and not DER", path.display()),
    })
}

/// Reads a PKCS#8 private key file: PEM `PRIVATE KEY`, PEM `ENCRYPTED PRIVATE KEY` (opened with
/// `passphrase`, which it then requires), or DER.
pub fn read_private_key(path: &Path, passphrase: Option<&[u8]>) -> Result<SigningKey> {
    let bytes = std::fs::read(path).map_err(io(path))?;
    if let Some(enc) =
        der::unpem("ENCRYPTED PRIVATE KEY", &bytes).filter(|_| bytes.first() != Some(&0x30))
    {
        let pass = passphrase.ok_or_else(|| SealError::NeedPassphrase(path.to_path_buf()))?;
        return pkcs8::signing_key_from_pkcs8(&pkcs8::decrypt(&enc, pass)?);
    }
    let der = der::unpem("PRIVATE KEY", &bytes).ok_or_else(|| SealError::Malformed {
        what: "private key file",
        reason: format!("{}: no PEM PRIVATE KEY block and not DER", path.display()),
    })?;
    pkcs8::signing_key_from_pkcs8(&der)
}

/// The PEM text of a private key, encrypted when a passphrase is given.
fn private_key_pem(key: &SigningKey, passphrase: Option<&[u8]>) -> Result<String> {
    let plain = pkcs8::signing_key_to_pkcs8(key);
    Ok(match passphrase {
        Some(p) => der::pem(
            "ENCRYPTED PRIVATE KEY",
            &pkcs8::encrypt(&plain, p, pkcs8::DEFAULT_ITERATIONS)?,
        ),
        None => der::pem("PRIVATE KEY", &plain),
    })
}

/// An opened certification authority.
#[derive(Debug)]
pub struct CertificateAuthority {
    dir: PathBuf,
    name: Name,
    cert: Vec<u8>,
    key: SigningKey,
}

/// What `issue` made.
#[derive(Debug, Clone)]
pub struct Issued {
    pub certificate: Vec<u8>,
    pub serial: String,
    pub cert_path: PathBuf,
    pub key_path: PathBuf,
}

impl CertificateAuthority {
    /// Creates a CA in `dir` (which must not hold one): a fresh ML-DSA-65 + Ed25519 key and a
    /// self-signed root valid for `days`.
    /// With a `passphrase`, `ca.key` is written encrypted (PBES2) and every later use needs it.
    pub fn init(
        dir: &Path,
        name: &str,
        country: Option<&str>,
        days: u32,
        passphrase: Option<&[u8]>,
    ) -> Result<Self> {
        std::fs::create_dir_all(dir).map_err(io(dir))?;
        let key = SigningKey::generate(Algorithm::MlDsa65Ed25519)?;
        let public = key.verifying_key();
        let subject = Name {
            country: country.map(str::to_string),
            organization: Some(name.to_string()),
            organization_identifier: None,
            common_name: Some(format!("{name} e-seal root")),
        };
        let start = now();
        let cert = build_certificate(
            &CertificateSpec {
                serial: random_serial()?,
                issuer: &subject,
                subject: &subject,
                not_before: start - 60,
                not_after: start + i64::from(days) * 86_400,
                subject_key: &public,
                issuer_key_id: key_id(&public),
                profile: Profile::Authority,
            },
            &key,
        )?;
        write_new(&dir.join("ca.key"), &private_key_pem(&key, passphrase)?)?;
        write_new(&dir.join("ca.pem"), &der::pem("CERTIFICATE", &cert))?;
        write_new(&dir.join("issued.tsv"), "")?;
        write_new(&dir.join("revoked.tsv"), "")?;
        Ok(CertificateAuthority {
            dir: dir.to_path_buf(),
            name: subject,
            cert,
            key,
        })
    }

    /// Opens the CA in `dir`, checking that its key matches its certificate.
    pub fn open(dir: &Path, passphrase: Option<&[u8]>) -> Result<Self> {
        let cert = read_certificate(&dir.join("ca.pem"))?;
        let key = read_private_key(&dir.join("ca.key"), passphrase)?;
        if cert::subject_key(&cert)? != key.verifying_key() {
            return Err(SealError::Malformed {
                what: "CA",
                reason: format!("{}: ca.key does not belong to ca.pem", dir.display()),
            });
        }
        let name = cert::subject_name(&cert)?;
        Ok(CertificateAuthority {
            dir: dir.to_path_buf(),
            name,
            cert,
            key,
        })
    }

    pub fn certificate(&self) -> &[u8] {
        &self.cert
    }

    /// Issues an organization's e-seal certificate into `out` (`seal.pem`, `seal.key`, the key
    /// encrypted when `passphrase` is given).
    pub fn issue(
        &self,
        organization: &str,
        organization_id: &str,
        country: &str,
        days: u32,
        out: &Path,
        passphrase: Option<&[u8]>,
    ) -> Result<Issued> {
        let start = now();
        let ca_not_after = cert::validity(&self.cert)?.1;
        let not_after = (start + i64::from(days) * 86_400).min(ca_not_after);
        self.issue_for(
            organization,
            organization_id,
            country,
            (start - 60, not_after),
            out,
            passphrase,
        )
    }

    /// [`issue`](Self::issue) with an explicit validity `(notBefore, notAfter)` in Unix seconds
    /// (for re-issuing, and for testing what verifiers make of expired certificates).
    pub fn issue_for(
        &self,
        organization: &str,
        organization_id: &str,
        country: &str,
        validity: (i64, i64),
        out: &Path,
        passphrase: Option<&[u8]>,
    ) -> Result<Issued> {
        let subject = Name {
            country: Some(country.to_string()),
            organization: Some(organization.to_string()),
            organization_identifier: Some(organization_id.to_string()),
            common_name: Some(organization.to_string()),
        };
        self.issue_profile(&subject, Profile::Seal, validity, out, "seal", passphrase)
    }

    /// Issues the CA's own time-stamping certificate into `out` (`tsa.pem`, `tsa.key`).
    pub fn issue_tsa(&self, days: u32, out: &Path, passphrase: Option<&[u8]>) -> Result<Issued> {
        let start = now();
        let not_after = (start + i64::from(days) * 86_400).min(cert::validity(&self.cert)?.1);
        let subject = Name {
            country: self.name.country.clone(),
            organization: self.name.organization.clone(),
            organization_identifier: None,
            common_name: Some(format!(
                "{} time-stamping unit",
                self.name.organization.as_deref().unwrap_or("mamori")
            )),
        };
        self.issue_profile(
            &subject,
            Profile::TimeStamping,
            (start - 60, not_after),
            out,
            "tsa",
            passphrase,
        )
    }

    fn issue_profile(
        &self,
        subject: &Name,
        profile: Profile,
        (not_before, not_after): (i64, i64),
        out: &Path,
        stem: &str,
        passphrase: Option<&[u8]>,
    ) -> Result<Issued> {
        if let Some(country) = &subject.country
            && (country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()))
        {
            return Err(SealError::Malformed {
                what: "country",
                reason: format!("{country:?}: an ISO 3166 two-letter code in capitals (JP)"),
            });
        }
        std::fs::create_dir_all(out).map_err(io(out))?;
        let key = SigningKey::generate(Algorithm::MlDsa65Ed25519)?;
        let public = key.verifying_key();
        let serial = random_serial()?;
        let certificate = build_certificate(
            &CertificateSpec {
                serial,
                issuer: &self.name,
                subject,
                not_before,
                not_after,
                subject_key: &public,
                issuer_key_id: key_id(&self.key.verifying_key()),
                profile,
            },
            &self.key,
        )?;
        let cert_path = out.join(format!("{stem}.pem"));
        let key_path = out.join(format!("{stem}.key"));
        write_new(&key_path, &private_key_pem(&key, passphrase)?)?;
        write_new(&cert_path, &der::pem("CERTIFICATE", &certificate))?;
        let who = match (&subject.organization, &subject.organization_identifier) {
            (Some(o), Some(id)) => format!("{o} ({id})"),
            _ => subject.common_name.clone().unwrap_or_default(),
        };
        let line = format!("{}\t{not_after}\t{who}\n", hex(&serial));
        append(&self.dir.join("issued.tsv"), &line)?;
        Ok(Issued {
            certificate,
            serial: hex(&serial),
            cert_path,
            key_path,
        })
    }

    /// Records the certificate as revoked (it must be one this CA issued).
    pub fn revoke(&self, certificate: &[u8], reason: RevocationReason) -> Result<String> {
        cert::verify_signed_by(certificate, &self.key.verifying_key()).map_err(|e| {
            SealError::Malformed {
                what: "certificate",
                reason: format!("not issued by this CA: {e}"),
            }
        })?;
        let serial = hex(&cert::serial(certificate)?);
        if self.revoked()?.iter().any(|r| r.0 == serial) {
            return Ok(serial);
        }
        append(
            &self.dir.join("revoked.tsv"),
            &format!("{serial}\t{}\t{}\n", now(), reason.code()),
        )?;
        Ok(serial)
    }

    fn revoked(&self) -> Result<Vec<(String, i64, u8)>> {
        let path = self.dir.join("revoked.tsv");
        let text = std::fs::read_to_string(&path).map_err(io(&path))?;
        let mut out = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let f: Vec<&str> = line.split('\t').collect();
            match (
                f.first(),
                f.get(1).and_then(|t| t.parse().ok()),
                f.get(2).and_then(|r| r.parse().ok()),
            ) {
                (Some(s), Some(t), Some(r)) => out.push((s.to_string(), t, r)),
                _ => {
                    return Err(SealError::Malformed {
                        what: "revocation list",
                        reason: format!(
                            "{} line {}: expected serial, time, reason",
                            path.display(),
                            i + 1
                        ),
                    });
                }
            }
        }
        Ok(out)
    }

    /// Writes a CRL of every revoked certificate, valid for `days`, to `crl.pem`, and returns it.
    pub fn crl(&self, days: u32) -> Result<Vec<u8>> {
        let alg = self.key.algorithm();
        let this = now();
        let mut entries = Vec::new();
        for (serial, when, reason) in self.revoked()? {
            let bytes: Vec<u8> = (0..serial.len() / 2)
                .filter_map(|i| u8::from_str_radix(&serial[2 * i..2 * i + 2], 16).ok())
                .collect();
            let reason_ext = extension("2.5.29.21", false, der::tlv(0x0a, &[reason]));
            entries.push(seq(&[
                der::uint(&bytes),
                der::time(when),
                seq(&[reason_ext]),
            ]));
        }
        let number_path = self.dir.join("crl_number");
        let number: u64 = std::fs::read_to_string(&number_path)
            .ok()
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(0)
            + 1;
        let mut tbs_parts = vec![
            der::small_uint(1),
            algorithm_identifier(alg),
            self.name.der(),
            der::time(this),
            der::time(this + i64::from(days) * 86_400),
        ];
        if !entries.is_empty() {
            tbs_parts.push(seq(&entries));
        }
        tbs_parts.push(explicit(
            0,
            &seq(&[
                extension(
                    "2.5.29.35",
                    false,
                    seq(&[der::tlv(0x80, &key_id(&self.key.verifying_key()))]),
                ),
                extension("2.5.29.20", false, der::small_uint(number)),
            ]),
        ));
        let tbs = seq(&tbs_parts);
        let signature = self.key.sign(&tbs, b"")?;
        let crl = seq(&[tbs, algorithm_identifier(alg), bits(&signature)]);
        std::fs::write(&number_path, format!("{number}\n")).map_err(io(&number_path))?;
        let path = self.dir.join("crl.pem");
        std::fs::write(&path, der::pem("X509 CRL", &crl)).map_err(io(&path))?;
        Ok(crl)
    }
}

fn append(path: &Path, line: &str) -> Result<()> {
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(path)
        .map_err(io(path))?;
    f.write_all(line.as_bytes()).map_err(io(path))
}

/// RFC 5280 CRLReason.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RevocationReason {
    Unspecified,
    KeyCompromise,
    AffiliationChanged,
    Superseded,
    CessationOfOperation,
}

impl RevocationReason {
    pub fn code(self) -> u8 {
        match self {
            RevocationReason::Unspecified => 0,
            RevocationReason::KeyCompromise => 1,
            RevocationReason::AffiliationChanged => 3,
            RevocationReason::Superseded => 4,
            RevocationReason::CessationOfOperation => 5,
        }
    }

    pub fn parse(s: &str) -> Option<RevocationReason> {
        Some(match s {
            "unspecified" => RevocationReason::Unspecified,
            "key-compromise" | "keyCompromise" => RevocationReason::KeyCompromise,
            "affiliation-changed" | "affiliationChanged" => RevocationReason::AffiliationChanged,
            "superseded" => RevocationReason::Superseded,
            "cessation-of-operation" | "cessationOfOperation" => {
                RevocationReason::CessationOfOperation
            }
            _ => return None,
        })
    }
}
