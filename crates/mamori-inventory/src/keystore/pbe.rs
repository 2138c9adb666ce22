//! Password-based decryption for keystores: PBES2 (PBKDF2 + AES/3DES/DES-CBC), the PKCS#12
//! PBE schemes of RFC 7292 appendix B/C (SHA-1 KDF with 3DES, RC2, RC4), PKCS#5 v1.5 PBES1, and
//! Sun's `PBEWithMD5AndTripleDES` (JCEKS). Every decryption checks its padding; a wrong password
//! is an [`InventoryError::WrongPassword`], never garbage.

use cbc::cipher::block_padding::NoPadding;
use cbc::cipher::{BlockCipher, BlockDecryptMut, InnerIvInit, KeyInit};
use hmac::{Hmac, Mac};
use sha1::Sha1;
use sha2::{Digest, Sha224, Sha256, Sha384, Sha512};

use super::md5::md5;
use super::{Budget, Candidate, MAX_KDF_ITERATIONS, oid_name};
use crate::der::{Der, TAG_NULL, TAG_OCTET_STRING, TAG_SEQUENCE, Tlv};
use crate::error::{InventoryError, Result};

pub(crate) const OID_PBES2: &str = "1.2.840.113549.1.5.13";
pub(crate) const OID_PBKDF2: &str = "1.2.840.113549.1.5.12";
pub(crate) const OID_PBMAC1: &str = "1.2.840.113549.1.5.14";
pub(crate) const OID_SUN_JCE_PBE_MD5_3DES: &str = "1.3.6.1.4.1.42.2.19.1";

/// A hash function used by a KDF, a PRF or a MAC.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Hash {
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
}

impl Hash {
    /// From a digest algorithm OID (PKCS#12 MAC DigestInfo).
    pub(crate) fn from_digest_oid(oid: &str) -> Option<Hash> {
        Some(match oid {
            "1.3.14.3.2.26" => Hash::Sha1,
            "2.16.840.1.101.3.4.2.4" => Hash::Sha224,
            "2.16.840.1.101.3.4.2.1" => Hash::Sha256,
            "2.16.840.1.101.3.4.2.2" => Hash::Sha384,
            "2.16.840.1.101.3.4.2.3" => Hash::Sha512,
            _ => return None,
        })
    }

    /// From an HMAC algorithm OID (PBKDF2 PRF, PBMAC1 message authentication scheme).
    pub(crate) fn from_hmac_oid(oid: &str) -> Option<Hash> {
        Some(match oid {
            "1.2.840.113549.2.7" => Hash::Sha1,
            "1.2.840.113549.2.8" => Hash::Sha224,
            "1.2.840.113549.2.9" => Hash::Sha256,
            "1.2.840.113549.2.10" => Hash::Sha384,
            "1.2.840.113549.2.11" => Hash::Sha512,
            _ => return None,
        })
    }

    pub(crate) fn output_len(self) -> usize {
        match self {
            Hash::Sha1 => 20,
            Hash::Sha224 => 28,
            Hash::Sha256 => 32,
            Hash::Sha384 => 48,
            Hash::Sha512 => 64,
        }
    }

    /// Block size in bytes (the `v` of the PKCS#12 KDF).
    fn block_len(self) -> usize {
        match self {
            Hash::Sha1 | Hash::Sha224 | Hash::Sha256 => 64,
            Hash::Sha384 | Hash::Sha512 => 128,
        }
    }

    fn digest(self, parts: &[&[u8]]) -> Vec<u8> {
        fn run<D: Digest>(parts: &[&[u8]]) -> Vec<u8> {
            let mut d = D::new();
            for p in parts {
                d.update(p);
            }
            d.finalize().to_vec()
        }
        match self {
            Hash::Sha1 => run::<Sha1>(parts),
            Hash::Sha224 => run::<Sha224>(parts),
            Hash::Sha256 => run::<Sha256>(parts),
            Hash::Sha384 => run::<Sha384>(parts),
            Hash::Sha512 => run::<Sha512>(parts),
        }
    }
}

/// Constant-time HMAC check of `data` against `expected`.
pub(crate) fn hmac_verify(hash: Hash, key: &[u8], data: &[u8], expected: &[u8]) -> bool {
    macro_rules! verify {
        ($d:ty) => {
            match <Hmac<$d> as Mac>::new_from_slice(key) {
                Ok(mut mac) => {
                    mac.update(data);
                    mac.verify_slice(expected).is_ok()
                }
                Err(_) => false,
            }
        };
    }
    match hash {
        Hash::Sha1 => verify!(Sha1),
        Hash::Sha224 => verify!(Sha224),
        Hash::Sha256 => verify!(Sha256),
        Hash::Sha384 => verify!(Sha384),
        Hash::Sha512 => verify!(Sha512),
    }
}

/// Checks an iteration count against the limit and charges the work budget.
fn charge(budget: &mut Budget, iterations: u64, blocks: usize) -> Result<u32> {
    if iterations == 0 {
        return Err(InventoryError::Keystore {
            what: "iteration count 0".into(),
        });
    }
    if iterations > MAX_KDF_ITERATIONS {
        return Err(InventoryError::TooLarge {
            what: "key-derivation iteration count",
            size: iterations,
            limit: MAX_KDF_ITERATIONS,
        });
    }
    budget.spend(iterations.saturating_mul(blocks.max(1) as u64))?;
    u32::try_from(iterations).map_err(|_| InventoryError::Unsupported {
        what: "iteration count".into(),
    })
}

/// PBKDF2 (RFC 8018) with HMAC-`hash`.
pub(crate) fn pbkdf2(
    hash: Hash,
    password: &[u8],
    salt: &[u8],
    iterations: u64,
    out_len: usize,
    budget: &mut Budget,
) -> Result<Vec<u8>> {
    if out_len == 0 || out_len > 128 {
        return Err(InventoryError::Unsupported {
            what: format!("derived key length {out_len}"),
        });
    }
    let blocks = out_len.div_ceil(hash.output_len());
    let rounds = charge(budget, iterations, blocks)?;
    let mut out = vec![0u8; out_len];
    match hash {
        Hash::Sha1 => pbkdf2::pbkdf2_hmac::<Sha1>(password, salt, rounds, &mut out),
        Hash::Sha224 => pbkdf2::pbkdf2_hmac::<Sha224>(password, salt, rounds, &mut out),
        Hash::Sha256 => pbkdf2::pbkdf2_hmac::<Sha256>(password, salt, rounds, &mut out),
        Hash::Sha384 => pbkdf2::pbkdf2_hmac::<Sha384>(password, salt, rounds, &mut out),
        Hash::Sha512 => pbkdf2::pbkdf2_hmac::<Sha512>(password, salt, rounds, &mut out),
    }
    Ok(out)
}

/// The PKCS#12 key-derivation function (RFC 7292 appendix B.2). `id` is 1 for keys, 2 for IVs,
/// 3 for MAC keys; `password` is already the BMPString form (or empty).
pub(crate) fn pkcs12_kdf(
    hash: Hash,
    id: u8,
    password: &[u8],
    salt: &[u8],
    iterations: u64,
    out_len: usize,
    budget: &mut Budget,
) -> Result<Vec<u8>> {
    let u = hash.output_len();
    let v = hash.block_len();
    if out_len == 0 || out_len > 128 || salt.len() > 1024 || password.len() > 4096 {
        return Err(InventoryError::Unsupported {
            what: "PKCS#12 KDF parameters out of range".into(),
        });
    }
    let blocks = out_len.div_ceil(u);
    charge(budget, iterations, blocks)?;
    let repeat_to_block = |bytes: &[u8]| -> Vec<u8> {
        if bytes.is_empty() {
            return Vec::new();
        }
        let len = v * bytes.len().div_ceil(v);
        bytes.iter().copied().cycle().take(len).collect()
    };
    let d = vec![id; v];
    let mut i_buf = repeat_to_block(salt);
    i_buf.extend(repeat_to_block(password));
    let mut out = Vec::with_capacity(blocks * u);
    for _ in 0..blocks {
        let mut a = hash.digest(&[&d, &i_buf]);
        for _ in 1..iterations {
            a = hash.digest(&[&a]);
        }
        out.extend_from_slice(&a);
        if out.len() >= out_len {
            break;
        }
        // B = A repeated to v bytes; each v-byte block of I becomes (I_j + B + 1) mod 2^(8v).
        let b: Vec<u8> = a.iter().copied().cycle().take(v).collect();
        for chunk in i_buf.chunks_mut(v) {
            let mut carry: u16 = 1;
            for (x, y) in chunk.iter_mut().rev().zip(b.iter().rev()) {
                let sum = u16::from(*x) + u16::from(*y) + carry;
                *x = (sum & 0xff) as u8;
                carry = sum >> 8;
            }
        }
    }
    out.truncate(out_len);
    Ok(out)
}

/// A block or stream cipher used by a password-based scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CipherKind {
    Aes(usize),
    DesEde3,
    DesEde2,
    Des,
    Rc2 {
        key_len: usize,
        effective_bits: usize,
    },
    Rc4 {
        key_len: usize,
    },
}

impl CipherKind {
    fn key_len(self) -> usize {
        match self {
            CipherKind::Aes(n) => n,
            CipherKind::DesEde3 => 24,
            CipherKind::DesEde2 => 16,
            CipherKind::Des => 8,
            CipherKind::Rc2 { key_len, .. } | CipherKind::Rc4 { key_len } => key_len,
        }
    }

    fn iv_len(self) -> usize {
        match self {
            CipherKind::Aes(_) => 16,
            CipherKind::Rc4 { .. } => 0,
            _ => 8,
        }
    }

    /// Rough classical strength order, used to report the weakest protection in a keystore.
    fn rank(self) -> u8 {
        match self {
            CipherKind::Rc4 { key_len } | CipherKind::Rc2 { key_len, .. } if key_len <= 5 => 1,
            CipherKind::Rc2 { effective_bits, .. } if effective_bits <= 40 => 1,
            CipherKind::Des => 2,
            CipherKind::Rc2 { effective_bits, .. } if effective_bits <= 64 => 2,
            CipherKind::DesEde2 => 4,
            CipherKind::Rc2 { .. } | CipherKind::Rc4 { .. } => 5,
            CipherKind::DesEde3 => 6,
            CipherKind::Aes(16) => 7,
            CipherKind::Aes(24) => 8,
            CipherKind::Aes(_) => 9,
        }
    }

    /// Decrypts and removes the PKCS#7 padding (stream ciphers: no padding).
    fn decrypt(self, key: &[u8], iv: &[u8], data: &[u8]) -> Result<Vec<u8>> {
        let bad_key = || InventoryError::Keystore {
            what: "bad key or IV length".into(),
        };
        match self {
            CipherKind::Aes(16) => cbc_decrypt(
                aes::Aes128::new_from_slice(key).map_err(|_| bad_key())?,
                iv,
                data,
            ),
            CipherKind::Aes(24) => cbc_decrypt(
                aes::Aes192::new_from_slice(key).map_err(|_| bad_key())?,
                iv,
                data,
            ),
            CipherKind::Aes(32) => cbc_decrypt(
                aes::Aes256::new_from_slice(key).map_err(|_| bad_key())?,
                iv,
                data,
            ),
            CipherKind::Aes(_) => Err(bad_key()),
            CipherKind::DesEde3 => cbc_decrypt(
                des::TdesEde3::new_from_slice(key).map_err(|_| bad_key())?,
                iv,
                data,
            ),
            CipherKind::DesEde2 => cbc_decrypt(
                des::TdesEde2::new_from_slice(key).map_err(|_| bad_key())?,
                iv,
                data,
            ),
            CipherKind::Des => cbc_decrypt(
                des::Des::new_from_slice(key).map_err(|_| bad_key())?,
                iv,
                data,
            ),
            CipherKind::Rc2 {
                key_len,
                effective_bits,
            } => {
                if key.len() != key_len
                    || key.is_empty()
                    || key.len() > 128
                    || !(1..=1024).contains(&effective_bits)
                {
                    return Err(bad_key());
                }
                cbc_decrypt(
                    rc2::Rc2::new_with_eff_key_len(key, effective_bits),
                    iv,
                    data,
                )
            }
            CipherKind::Rc4 { .. } => Ok(rc4(key, data)),
        }
    }
}

fn cbc_decrypt<C: BlockDecryptMut + BlockCipher>(
    cipher: C,
    iv: &[u8],
    data: &[u8],
) -> Result<Vec<u8>> {
    let block = iv.len();
    let whole_blocks = block != 0 && data.len() % block == 0;
    if data.is_empty() || !whole_blocks {
        return Err(InventoryError::WrongPassword {
            what: "ciphertext is not a whole number of blocks".into(),
        });
    }
    let decryptor = cbc::Decryptor::<C>::inner_iv_slice_init(cipher, iv).map_err(|_| {
        InventoryError::Keystore {
            what: "bad IV length".into(),
        }
    })?;
    let mut buf = data.to_vec();
    let len = decryptor
        .decrypt_padded_mut::<NoPadding>(&mut buf)
        .map_err(|_| InventoryError::WrongPassword {
            what: "ciphertext length".into(),
        })?
        .len();
    buf.truncate(len);
    strip_pkcs7(buf, block)
}

fn strip_pkcs7(mut buf: Vec<u8>, block: usize) -> Result<Vec<u8>> {
    let wrong = || InventoryError::WrongPassword {
        what: "bad padding after decryption".into(),
    };
    let n = usize::from(*buf.last().ok_or_else(wrong)?);
    if n == 0 || n > block || n > buf.len() {
        return Err(wrong());
    }
    let body_len = buf.len() - n;
    if !buf
        .get(body_len..)
        .unwrap_or_default()
        .iter()
        .all(|b| usize::from(*b) == n)
    {
        return Err(wrong());
    }
    buf.truncate(body_len);
    Ok(buf)
}

fn rc4(key: &[u8], data: &[u8]) -> Vec<u8> {
    let mut s: [u8; 256] = std::array::from_fn(|i| i as u8);
    if key.is_empty() {
        return data.to_vec();
    }
    let mut j: u8 = 0;
    for i in 0..256 {
        j = j.wrapping_add(s[i]).wrapping_add(key[i % key.len()]);
        s.swap(i, usize::from(j));
    }
    let (mut i, mut j) = (0u8, 0u8);
    data.iter()
        .map(|byte| {
            i = i.wrapping_add(1);
            j = j.wrapping_add(s[usize::from(i)]);
            s.swap(usize::from(i), usize::from(j));
            let k = s[usize::from(s[usize::from(i)].wrapping_add(s[usize::from(j)]))];
            byte ^ k
        })
        .collect()
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    Pbes2 {
        prf: Hash,
        cipher: CipherKind,
        iv: Vec<u8>,
    },
    Pkcs12 {
        cipher: CipherKind,
    },
    Pbes1 {
        md5: bool,
        cipher: CipherKind,
    },
    SunMd5TripleDes,
}

/// What protects an encrypted object, for reporting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Protection {
    /// The AlgorithmIdentifier's OID (PBES2, a PKCS#12 PBE OID...).
    pub scheme_oid: String,
    /// The OID that names the cipher: PBES2's encryption scheme, otherwise `scheme_oid`.
    pub cipher_oid: String,
    pub prf_oid: Option<String>,
    pub iterations: u64,
    rank: u8,
}

impl Protection {
    /// The JKS key protector (SHA-1 keystream XOR, no iterations).
    pub(crate) fn sun_jks() -> Protection {
        Protection {
            scheme_oid: super::OID_SUN_JKS_KEY_PROTECTOR.into(),
            cipher_oid: super::OID_SUN_JKS_KEY_PROTECTOR.into(),
            prf_oid: None,
            iterations: 1,
            rank: 3,
        }
    }

    pub(crate) fn weaker_than(&self, other: &Protection) -> bool {
        (self.rank, self.iterations) < (other.rank, other.iterations)
    }

    /// One line for `protection_details`.
    pub(crate) fn describe(&self, what: &str) -> String {
        let cipher = named(&self.cipher_oid);
        if self.scheme_oid == OID_PBES2 {
            let prf = self.prf_oid.as_deref().map(named).unwrap_or_default();
            format!(
                "{what}: PBES2 ({OID_PBES2}), KDF PBKDF2 with PRF {prf}, {} iterations, cipher {cipher}",
                self.iterations
            )
        } else if self.scheme_oid == super::OID_SUN_JKS_KEY_PROTECTOR {
            format!("{what}: {cipher} (SHA-1 keystream, no iterations)")
        } else {
            format!("{what}: {cipher}, {} iterations", self.iterations)
        }
    }
}

/// "name (oid)" or just the OID.
pub(crate) fn named(oid: &str) -> String {
    match oid_name(oid) {
        Some(name) => format!("{name} ({oid})"),
        None => oid.to_string(),
    }
}

/// A parsed password-based encryption AlgorithmIdentifier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Scheme {
    kind: Kind,
    salt: Vec<u8>,
    iterations: u64,
    protection: Protection,
}

const MAX_SALT: usize = 1024;

impl Scheme {
    /// Parses an AlgorithmIdentifier (the whole SEQUENCE TLV). Unknown algorithms are
    /// [`InventoryError::Unsupported`] naming the OID.
    pub(crate) fn parse(alg: &Tlv<'_>) -> Result<Scheme> {
        if alg.tag != TAG_SEQUENCE {
            return Err(InventoryError::der(
                alg.offset,
                "expected AlgorithmIdentifier",
            ));
        }
        let mut r = alg.reader();
        let oid = r.oid("encryption algorithm")?;
        let params = if r.is_empty() { None } else { Some(r.read()?) };
        let pkcs12 = |cipher| Kind::Pkcs12 { cipher };
        let pbes1 = |md5, cipher| Kind::Pbes1 { md5, cipher };
        let kind = match oid.as_str() {
            OID_PBES2 => return parse_pbes2(params, &oid),
            "1.2.840.113549.1.12.1.1" => pkcs12(CipherKind::Rc4 { key_len: 16 }),
            "1.2.840.113549.1.12.1.2" => pkcs12(CipherKind::Rc4 { key_len: 5 }),
            "1.2.840.113549.1.12.1.3" => pkcs12(CipherKind::DesEde3),
            "1.2.840.113549.1.12.1.4" => pkcs12(CipherKind::DesEde2),
            "1.2.840.113549.1.12.1.5" => pkcs12(CipherKind::Rc2 {
                key_len: 16,
                effective_bits: 128,
            }),
            "1.2.840.113549.1.12.1.6" => pkcs12(CipherKind::Rc2 {
                key_len: 5,
                effective_bits: 40,
            }),
            "1.2.840.113549.1.5.3" => pbes1(true, CipherKind::Des),
            "1.2.840.113549.1.5.6" => pbes1(
                true,
                CipherKind::Rc2 {
                    key_len: 8,
                    effective_bits: 64,
                },
            ),
            "1.2.840.113549.1.5.10" => pbes1(false, CipherKind::Des),
            "1.2.840.113549.1.5.11" => pbes1(
                false,
                CipherKind::Rc2 {
                    key_len: 8,
                    effective_bits: 64,
                },
            ),
            OID_SUN_JCE_PBE_MD5_3DES => Kind::SunMd5TripleDes,
            _ => {
                return Err(InventoryError::Unsupported {
                    what: format!("encryption algorithm {}", named(&oid)),
                });
            }
        };
        let (salt, iterations) = parse_salt_iterations(params, &oid)?;
        let rank = match &kind {
            Kind::Pkcs12 { cipher } | Kind::Pbes1 { cipher, .. } => cipher.rank(),
            Kind::SunMd5TripleDes => CipherKind::DesEde3.rank(),
            Kind::Pbes2 { cipher, .. } => cipher.rank(),
        };
        Ok(Scheme {
            kind,
            salt,
            iterations,
            protection: Protection {
                scheme_oid: oid.clone(),
                cipher_oid: oid,
                prf_oid: None,
                iterations,
                rank,
            },
        })
    }

    /// Sun's `PBEWithMD5AndTripleDES` from its encoded parameters (`SEQUENCE { salt, iterations }`),
    /// as a JCEKS `SealedObject` carries them.
    pub(crate) fn sun_md5_triple_des(params_der: &[u8]) -> Result<Scheme> {
        let params = Der::new(params_der).read()?;
        let (salt, iterations) = parse_salt_iterations(Some(params), OID_SUN_JCE_PBE_MD5_3DES)?;
        Ok(Scheme {
            kind: Kind::SunMd5TripleDes,
            salt,
            iterations,
            protection: Protection {
                scheme_oid: OID_SUN_JCE_PBE_MD5_3DES.into(),
                cipher_oid: OID_SUN_JCE_PBE_MD5_3DES.into(),
                prf_oid: None,
                iterations,
                rank: CipherKind::DesEde3.rank(),
            },
        })
    }

    pub(crate) fn protection(&self) -> &Protection {
        &self.protection
    }

    /// Decrypts `data` with one candidate password. Wrong passwords are
    /// [`InventoryError::WrongPassword`] (bad padding).
    pub(crate) fn decrypt(
        &self,
        password: &Candidate<'_>,
        data: &[u8],
        budget: &mut Budget,
    ) -> Result<Vec<u8>> {
        match &self.kind {
            Kind::Pbes2 { prf, cipher, iv } => {
                let key = pbkdf2(
                    *prf,
                    password.text.as_bytes(),
                    &self.salt,
                    self.iterations,
                    cipher.key_len(),
                    budget,
                )?;
                cipher.decrypt(&key, iv, data)
            }
            Kind::Pkcs12 { cipher } => {
                let pw = password.bmp();
                let key = pkcs12_kdf(
                    Hash::Sha1,
                    1,
                    &pw,
                    &self.salt,
                    self.iterations,
                    cipher.key_len(),
                    budget,
                )?;
                let iv = if cipher.iv_len() > 0 {
                    pkcs12_kdf(
                        Hash::Sha1,
                        2,
                        &pw,
                        &self.salt,
                        self.iterations,
                        cipher.iv_len(),
                        budget,
                    )?
                } else {
                    Vec::new()
                };
                cipher.decrypt(&key, &iv, data)
            }
            Kind::Pbes1 {
                md5: use_md5,
                cipher,
            } => {
                charge(budget, self.iterations, 1)?;
                let pw = password.text.as_bytes();
                let mut dk: Vec<u8> = if *use_md5 {
                    md5(&[pw, &self.salt]).to_vec()
                } else {
                    Hash::Sha1.digest(&[pw, &self.salt])
                };
                for _ in 1..self.iterations {
                    dk = if *use_md5 {
                        md5(&[&dk]).to_vec()
                    } else {
                        Hash::Sha1.digest(&[&dk])
                    };
                }
                let key = dk.get(..8).unwrap_or_default();
                let iv = dk.get(8..16).unwrap_or_default();
                cipher.decrypt(key, iv, data)
            }
            Kind::SunMd5TripleDes => {
                let derived = sun_md5_3des_key(password.text, &self.salt, self.iterations, budget)?;
                let (key, iv) = derived.split_at(24);
                CipherKind::DesEde3.decrypt(key, iv, data)
            }
        }
    }
}

fn parse_salt_iterations(params: Option<Tlv<'_>>, oid: &str) -> Result<(Vec<u8>, u64)> {
    let params = params.ok_or_else(|| InventoryError::Keystore {
        what: format!("{} without parameters", named(oid)),
    })?;
    if params.tag != TAG_SEQUENCE {
        return Err(InventoryError::der(
            params.offset,
            "expected PBE parameters",
        ));
    }
    let mut p = params.reader();
    let salt = p.octet_string("PBE salt")?;
    let iterations = p.small_uint("PBE iteration count")?;
    if salt.len() > MAX_SALT {
        return Err(InventoryError::der(params.offset, "PBE salt too long"));
    }
    Ok((salt.to_vec(), iterations))
}

/// PBKDF2 parameters: (salt, iterations, key length, PRF hash, PRF OID).
pub(crate) struct Pbkdf2Params {
    pub salt: Vec<u8>,
    pub iterations: u64,
    pub key_len: Option<usize>,
    pub prf: Hash,
    pub prf_oid: String,
}

/// Parses a keyDerivationFunc AlgorithmIdentifier that must be PBKDF2.
pub(crate) fn parse_pbkdf2(kdf: &Tlv<'_>) -> Result<Pbkdf2Params> {
    if kdf.tag != TAG_SEQUENCE {
        return Err(InventoryError::der(
            kdf.offset,
            "expected keyDerivationFunc",
        ));
    }
    let mut k = kdf.reader();
    let kdf_oid = k.oid("key derivation function")?;
    if kdf_oid != OID_PBKDF2 {
        return Err(InventoryError::Unsupported {
            what: format!("key derivation function {}", named(&kdf_oid)),
        });
    }
    let mut p = k.sequence("PBKDF2 parameters")?;
    let salt_tlv = p.read()?;
    if salt_tlv.tag != TAG_OCTET_STRING {
        return Err(InventoryError::Unsupported {
            what: "PBKDF2 salt from another source".into(),
        });
    }
    if salt_tlv.value.len() > MAX_SALT {
        return Err(InventoryError::der(salt_tlv.offset, "PBKDF2 salt too long"));
    }
    let iterations = p.small_uint("PBKDF2 iteration count")?;
    let mut key_len = None;
    if p.peek_tag() == Some(crate::der::TAG_INTEGER) {
        let at = p.offset();
        let n = p.small_uint("PBKDF2 key length")?;
        key_len = Some(
            usize::try_from(n)
                .ok()
                .filter(|n| (1..=128).contains(n))
                .ok_or_else(|| InventoryError::der(at, "PBKDF2 key length out of range"))?,
        );
    }
    let (prf, prf_oid) = if p.is_empty() {
        (Hash::Sha1, "1.2.840.113549.2.7".to_string())
    } else {
        let mut prf_alg = p.sequence("PBKDF2 PRF")?;
        let prf_oid = prf_alg.oid("PBKDF2 PRF")?;
        let _ = prf_alg.optional(TAG_NULL)?;
        let prf = Hash::from_hmac_oid(&prf_oid).ok_or_else(|| InventoryError::Unsupported {
            what: format!("PBKDF2 PRF {}", named(&prf_oid)),
        })?;
        (prf, prf_oid)
    };
    Ok(Pbkdf2Params {
        salt: salt_tlv.value.to_vec(),
        iterations,
        key_len,
        prf,
        prf_oid,
    })
}

fn parse_pbes2(params: Option<Tlv<'_>>, oid: &str) -> Result<Scheme> {
    let params = params.ok_or_else(|| InventoryError::Keystore {
        what: "PBES2 without parameters".into(),
    })?;
    if params.tag != TAG_SEQUENCE {
        return Err(InventoryError::der(
            params.offset,
            "expected PBES2 parameters",
        ));
    }
    let mut p = params.reader();
    let kdf = p.read()?;
    let kdf = parse_pbkdf2(&kdf)?;
    let mut enc = p.sequence("PBES2 encryption scheme")?;
    let enc_oid = enc.oid("PBES2 encryption scheme")?;
    let cipher = match enc_oid.as_str() {
        "2.16.840.1.101.3.4.1.2" => CipherKind::Aes(16),
        "2.16.840.1.101.3.4.1.22" => CipherKind::Aes(24),
        "2.16.840.1.101.3.4.1.42" => CipherKind::Aes(32),
        "1.2.840.113549.3.7" => CipherKind::DesEde3,
        "1.3.14.3.2.7" => CipherKind::Des,
        _ => {
            return Err(InventoryError::Unsupported {
                what: format!("PBES2 encryption scheme {}", named(&enc_oid)),
            });
        }
    };
    let iv = enc.octet_string("PBES2 IV")?;
    if iv.len() != cipher.iv_len() {
        return Err(InventoryError::Keystore {
            what: format!("PBES2 IV of {} bytes for {}", iv.len(), named(&enc_oid)),
        });
    }
    if let Some(n) = kdf.key_len.filter(|n| *n != cipher.key_len()) {
        return Err(InventoryError::Keystore {
            what: format!("PBKDF2 key length {n} does not fit {}", named(&enc_oid)),
        });
    }
    Ok(Scheme {
        kind: Kind::Pbes2 {
            prf: kdf.prf,
            cipher,
            iv: iv.to_vec(),
        },
        salt: kdf.salt,
        iterations: kdf.iterations,
        protection: Protection {
            scheme_oid: oid.to_string(),
            cipher_oid: enc_oid,
            prf_oid: Some(kdf.prf_oid),
            iterations: kdf.iterations,
            rank: cipher.rank(),
        },
    })
}

/// Sun's `PBEWithMD5AndTripleDES` key and IV derivation (com.sun.crypto.provider.PBES1Core):
/// each salt half is hashed with the password `iterations` times with MD5, giving 32 bytes:
/// a 24-byte 3DES key and an 8-byte IV. The password is its characters' low 7 bits.
fn sun_md5_3des_key(
    password: &str,
    salt: &[u8],
    iterations: u64,
    budget: &mut Budget,
) -> Result<[u8; 32]> {
    if salt.len() != 8 {
        return Err(InventoryError::Keystore {
            what: format!("PBEWithMD5AndTripleDES salt of {} bytes", salt.len()),
        });
    }
    charge(budget, iterations, 2)?;
    let pw: Vec<u8> = password
        .chars()
        .map(|c| (u32::from(c) & 0x7f) as u8)
        .collect();
    let mut salt: [u8; 8] = std::array::from_fn(|i| salt.get(i).copied().unwrap_or(0));
    if salt[..4] == salt[4..] {
        salt[..4].reverse();
    }
    let mut out = [0u8; 32];
    for (half, dst) in salt.chunks_exact(4).zip(out.chunks_exact_mut(16)) {
        let mut h = md5(&[half, &pw]);
        for _ in 1..iterations {
            h = md5(&[&h, &pw]);
        }
        dst.copy_from_slice(&h);
    }
    Ok(out)
}

/// Reads `SEQUENCE { AlgorithmIdentifier, OCTET STRING }` (EncryptedPrivateKeyInfo).
pub(crate) fn parse_encrypted_private_key_info(data: &[u8]) -> Result<(Tlv<'_>, &[u8])> {
    let mut outer = Der::new(data);
    let mut epki = outer.sequence("EncryptedPrivateKeyInfo")?;
    let alg = epki.expect(TAG_SEQUENCE, "encryption algorithm")?;
    let encrypted = epki.octet_string("encrypted key")?;
    Ok((alg, encrypted))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn pkcs12_kdf_known_answer() {
        // Test vector widely used for the PKCS#12 KDF (password "smeg", salt 0A58CF64530D823F,
        // 1 iteration, ID 1, 24 bytes): 8AAAE6297B6CB04642AB5B077851284EB7128F1A2A7FBCA3.
        let pw: Vec<u8> = "smeg"
            .encode_utf16()
            .flat_map(|u| u.to_be_bytes())
            .chain([0, 0])
            .collect();
        let salt = [0x0a, 0x58, 0xcf, 0x64, 0x53, 0x0d, 0x82, 0x3f];
        let mut budget = Budget::new();
        let key = pkcs12_kdf(Hash::Sha1, 1, &pw, &salt, 1, 24, &mut budget).unwrap();
        assert_eq!(
            hex(&key),
            "8aaae6297b6cb04642ab5b077851284eb7128f1a2a7fbca3"
        );
        let iv = pkcs12_kdf(Hash::Sha1, 2, &pw, &salt, 1, 8, &mut budget).unwrap();
        assert_eq!(hex(&iv), "79993dfe048d3b76");
    }

    #[test]
    fn iteration_limit() {
        let mut budget = Budget::new();
        let err = pkcs12_kdf(
            Hash::Sha1,
            1,
            b"",
            b"salt",
            MAX_KDF_ITERATIONS + 1,
            8,
            &mut budget,
        )
        .unwrap_err();
        assert!(matches!(err, InventoryError::TooLarge { .. }));
    }

    #[test]
    fn padding() {
        assert_eq!(strip_pkcs7(vec![1, 2, 2, 2], 8).unwrap(), vec![1, 2]);
        assert!(strip_pkcs7(vec![1, 2, 3, 0], 8).is_err());
        assert!(strip_pkcs7(vec![1, 9], 8).is_err());
        assert!(strip_pkcs7(vec![], 8).is_err());
        assert!(strip_pkcs7(vec![1, 3, 2], 8).is_err());
    }

    #[test]
    fn rc4_known_answer() {
        assert_eq!(hex(&rc4(b"Key", b"Plaintext")), "bbf316e8d940af0ad3");
    }
}
