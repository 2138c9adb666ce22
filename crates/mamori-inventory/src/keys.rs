//! Key and domain-parameter encodings: X.509 SubjectPublicKeyInfo, PKCS#8 (plain and
//! encrypted), PKCS#1, SEC1, OpenSSL's traditional DSA form, DH/DSA/EC parameters.
//!
//! Each parser returns what it learned about the key; the catalogue turns identifiers into
//! algorithms so strengths live in one place.

use mamori_model::Algorithm;
use mamori_model::catalogue;
use mamori_model::strength;
use sha2::{Digest, Sha256};

use crate::der::{self, Der, TAG_INTEGER, TAG_NULL, TAG_OCTET_STRING, TAG_OID, TAG_SEQUENCE};
use crate::error::{InventoryError, Result};

pub const OID_RSA: &str = "1.2.840.113549.1.1.1";
pub const OID_RSASSA_PSS: &str = "1.2.840.113549.1.1.10";
pub const OID_EC_PUBLIC_KEY: &str = "1.2.840.10045.2.1";
pub const OID_DSA: &str = "1.2.840.10040.4.1";
pub const OID_DH_PKCS3: &str = "1.2.840.113549.1.3.1";
pub const OID_DH_X942: &str = "1.2.840.10046.2.1";
const RSA_OID_DER: &[u8] = &[
    0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01,
];
const EC_OID_DER: &[u8] = &[0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01];

/// What a key encoding tells.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KeyFacts {
    /// `None` when the algorithm cannot be known (encrypted data, unknown OID).
    pub algorithm: Option<Algorithm>,
    /// Lower-case hex SHA-256 of the public key's SubjectPublicKeyInfo DER, when derivable.
    pub fingerprint: Option<String>,
    pub notes: Vec<String>,
}

pub fn sha256_hex(data: &[u8]) -> String {
    hex(&Sha256::digest(data))
}

pub fn hex(data: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(data.len() * 2);
    for b in data {
        s.push(char::from(DIGITS[usize::from(b >> 4)]));
        s.push(char::from(DIGITS[usize::from(b & 0xf)]));
    }
    s
}

/// An algorithm from its OID alone (fixed-size algorithms: EdDSA, X25519, ML-DSA, ML-KEM,
/// SLH-DSA, composites) with a note when the OID is not in the catalogue.
fn algorithm_by_oid(oid: &str, facts: &mut KeyFacts) -> Option<Algorithm> {
    match catalogue::by_oid(oid) {
        Some(entry) => Some(entry.resolve(None)),
        None => {
            facts.notes.push(format!("unknown key algorithm OID {oid}"));
            None
        }
    }
}

fn rsa_algorithm(modulus: &[u8], oid: &str) -> Option<Algorithm> {
    let name = if oid == OID_RSASSA_PSS {
        "RSASSA-PSS"
    } else {
        "RSA"
    };
    catalogue::by_name(name)
        .or_else(|| catalogue::by_name("RSA"))
        .map(|e| e.resolve(Some(der::bit_length(modulus))))
}

fn ffc_algorithm(name: &str, p: &[u8], q: Option<&[u8]>) -> Option<Algorithm> {
    let l = der::bit_length(p);
    let mut alg = catalogue::by_name(name)?.resolve(Some(l));
    alg.classical_bits = strength::ffc_bits(l, q.map(der::bit_length));
    Some(alg)
}

/// The curve of an EC key from its AlgorithmIdentifier parameters (named curve OID, or explicit
/// parameters whose order gives the strength).
fn ec_algorithm(params: Option<der::Tlv<'_>>, facts: &mut KeyFacts) -> Result<Option<Algorithm>> {
    let Some(params) = params else {
        facts.notes.push("EC key without curve parameters".into());
        return Ok(None);
    };
    match params.tag {
        TAG_OID => {
            let oid = der::oid_to_string(params.value)
                .ok_or_else(|| InventoryError::der(params.offset, "bad curve OID"))?;
            match catalogue::curve(&oid) {
                Some(curve) => Ok(Some(curve_algorithm(curve))),
                None => {
                    facts
                        .notes
                        .push(format!("unknown elliptic curve OID {oid}"));
                    Ok(None)
                }
            }
        }
        TAG_SEQUENCE => {
            // ECParameters: version, fieldID, curve, base, order, cofactor.
            let mut p = params.reader();
            p.small_uint("ECParameters version")?;
            p.sequence("fieldID")?;
            p.sequence("curve")?;
            p.expect(TAG_OCTET_STRING, "base point")?;
            let order = p.integer("order")?;
            let bits = der::bit_length(order);
            facts.notes.push("explicit curve parameters".into());
            let mut alg = catalogue::by_name("EC").map(|e| e.resolve(None));
            if let Some(a) = alg.as_mut() {
                a.name = format!("EC-explicit-{bits}");
                a.key_size = Some(bits);
                a.classical_bits = strength::ecc_bits(bits);
            }
            Ok(alg)
        }
        TAG_NULL => {
            facts.notes.push("EC key with implicitly-CA curve".into());
            Ok(None)
        }
        t => Err(InventoryError::der(
            params.offset,
            format!("unexpected EC parameters tag 0x{t:02x}"),
        )),
    }
}

/// The algorithm of a key on a named curve. Edwards and Montgomery curves name a scheme of their
/// own in the catalogue (Ed25519 is 128-bit by SP 800-186 although its order has 253 bits).
pub fn curve_algorithm(curve: &catalogue::Curve) -> Algorithm {
    const SCHEME_CURVES: [&str; 4] = ["Ed25519", "Ed448", "X25519", "X448"];
    SCHEME_CURVES
        .iter()
        .find(|c| c.eq_ignore_ascii_case(curve.name))
        .and_then(|c| catalogue::by_name(c))
        .map(|e| e.resolve(None))
        .unwrap_or_else(|| catalogue::ec_key(curve))
}

/// A DSA or DH key's algorithm from the domain parameters in its AlgorithmIdentifier: DSA
/// `{p, q, g}`, PKCS#3 DH `{p, g, [l]}`, X9.42 DH `{p, g, q, ...}`.
fn ffc_key_algorithm(
    oid: &str,
    params: Option<der::Tlv<'_>>,
    facts: &mut KeyFacts,
) -> Result<Option<Algorithm>> {
    let dsa = oid == OID_DSA;
    let Some(p) = params.filter(|p| p.tag == TAG_SEQUENCE) else {
        facts.notes.push(format!(
            "{} key without domain parameters",
            if dsa { "DSA" } else { "DH" }
        ));
        return Ok(None);
    };
    let mut r = p.reader();
    let prime = r.integer("p")?;
    if dsa {
        let q = r.integer("q")?;
        return Ok(ffc_algorithm("DSA", prime, Some(q)));
    }
    let _g = r.integer("g")?;
    let q = if oid == OID_DH_X942 {
        Some(r.integer("q")?)
    } else {
        None
    };
    Ok(ffc_algorithm("DH", prime, q))
}

/// X.509 SubjectPublicKeyInfo.
pub fn parse_spki(data: &[u8]) -> Result<KeyFacts> {
    let mut outer = Der::new(data);
    let spki = outer.expect(TAG_SEQUENCE, "SubjectPublicKeyInfo")?;
    let mut s = spki.reader();
    let mut alg_id = s.sequence("AlgorithmIdentifier")?;
    let oid = alg_id.oid("algorithm")?;
    let params = if alg_id.is_empty() {
        None
    } else {
        Some(alg_id.read()?)
    };
    let key = s.bit_string("subjectPublicKey")?;
    let mut facts = KeyFacts {
        fingerprint: Some(sha256_hex(spki.raw)),
        ..KeyFacts::default()
    };
    facts.algorithm = match oid.as_str() {
        OID_RSA | OID_RSASSA_PSS => {
            let mut k = Der::new(key);
            let mut seq = k.sequence("RSAPublicKey")?;
            rsa_algorithm(seq.integer("modulus")?, &oid)
        }
        OID_EC_PUBLIC_KEY => ec_algorithm(params, &mut facts)?,
        OID_DSA | OID_DH_PKCS3 | OID_DH_X942 => ffc_key_algorithm(&oid, params, &mut facts)?,
        other => algorithm_by_oid(other, &mut facts),
    };
    Ok(facts)
}

/// PKCS#8 PrivateKeyInfo / OneAsymmetricKey (RFC 5958).
pub fn parse_pkcs8(data: &[u8]) -> Result<KeyFacts> {
    let mut outer = Der::new(data);
    let mut s = outer.sequence("PrivateKeyInfo")?;
    let version = s.small_uint("version")?;
    if version > 1 {
        return Err(InventoryError::der(
            0,
            format!("PrivateKeyInfo version {version}"),
        ));
    }
    let mut alg_id = s.sequence("privateKeyAlgorithm")?;
    let oid = alg_id.oid("algorithm")?;
    let params = if alg_id.is_empty() {
        None
    } else {
        Some(alg_id.read()?)
    };
    let key = s.octet_string("privateKey")?;
    let mut facts = KeyFacts::default();
    match oid.as_str() {
        OID_RSA | OID_RSASSA_PSS => {
            let (n, e) = rsa_private_numbers(key)?;
            facts.algorithm = rsa_algorithm(n, &oid);
            facts.fingerprint = Some(sha256_hex(&rsa_spki(n, e)));
        }
        OID_EC_PUBLIC_KEY => {
            let sec1 = parse_sec1_inner(key)?;
            let curve_params = params.or(sec1.params);
            facts.algorithm = ec_algorithm(curve_params, &mut facts)?;
            if let (Some(pubkey), Some(p)) = (sec1.public, curve_params) {
                facts.fingerprint = Some(sha256_hex(&ec_spki(p.raw, pubkey)));
            }
        }
        OID_DSA | OID_DH_PKCS3 | OID_DH_X942 => {
            facts.algorithm = ffc_key_algorithm(&oid, params, &mut facts)?;
        }
        other => facts.algorithm = algorithm_by_oid(other, &mut facts),
    }
    Ok(facts)
}

/// PKCS#8 EncryptedPrivateKeyInfo: the key's algorithm is hidden; the encryption scheme is not.
pub fn parse_encrypted_pkcs8(data: &[u8]) -> Result<KeyFacts> {
    let mut outer = Der::new(data);
    let mut s = outer.sequence("EncryptedPrivateKeyInfo")?;
    let mut alg_id = s.sequence("encryptionAlgorithm")?;
    let oid = alg_id.oid("algorithm")?;
    let _ = s.octet_string("encryptedData")?;
    if !s.is_empty() {
        return Err(InventoryError::der(
            s.offset(),
            "trailing data in EncryptedPrivateKeyInfo",
        ));
    }
    let scheme = encryption_scheme_name(&oid, &mut alg_id);
    let mut facts = KeyFacts::default();
    facts.notes.push(format!("encrypted with {scheme}"));
    Ok(facts)
}

/// `PBES2 (AES-256-CBC)` or the catalogue name of a PBES1 / PKCS#12 scheme.
fn encryption_scheme_name(oid: &str, alg_id: &mut Der<'_>) -> String {
    const PBES2: &str = "1.2.840.113549.1.5.13";
    if oid == PBES2 {
        let inner = (|| -> Result<String> {
            let mut p = alg_id.sequence("PBES2-params")?;
            let _kdf = p.sequence("keyDerivationFunc")?;
            let mut enc = p.sequence("encryptionScheme")?;
            enc.oid("encryption scheme")
        })();
        return match inner {
            Ok(enc) => format!("PBES2 ({})", name_of_oid(&enc)),
            Err(_) => "PBES2".into(),
        };
    }
    name_of_oid(oid)
}

fn name_of_oid(oid: &str) -> String {
    catalogue::by_oid(oid).map_or_else(|| oid.to_string(), |e| e.name.to_string())
}

/// PKCS#1 RSAPrivateKey.
pub fn parse_pkcs1_private(data: &[u8]) -> Result<KeyFacts> {
    let (n, e) = rsa_private_numbers(data)?;
    Ok(KeyFacts {
        algorithm: rsa_algorithm(n, OID_RSA),
        fingerprint: Some(sha256_hex(&rsa_spki(n, e))),
        notes: Vec::new(),
    })
}

/// PKCS#1 RSAPublicKey.
pub fn parse_pkcs1_public(data: &[u8]) -> Result<KeyFacts> {
    let mut outer = Der::new(data);
    let mut s = outer.sequence("RSAPublicKey")?;
    let n = s.integer("modulus")?;
    let e = s.integer("publicExponent")?;
    if !s.is_empty() {
        return Err(InventoryError::der(
            s.offset(),
            "trailing data in RSAPublicKey",
        ));
    }
    Ok(KeyFacts {
        algorithm: rsa_algorithm(n, OID_RSA),
        fingerprint: Some(sha256_hex(&rsa_spki(n, e))),
        notes: Vec::new(),
    })
}

fn rsa_private_numbers(data: &[u8]) -> Result<(&[u8], &[u8])> {
    let mut outer = Der::new(data);
    let mut s = outer.sequence("RSAPrivateKey")?;
    let version = s.small_uint("version")?;
    if version > 1 {
        return Err(InventoryError::der(
            0,
            format!("RSAPrivateKey version {version}"),
        ));
    }
    let n = s.integer("modulus")?;
    let e = s.integer("publicExponent")?;
    // d, p, q, dP, dQ, qInv must follow for this to be a private key and not a lookalike.
    for what in [
        "privateExponent",
        "prime1",
        "prime2",
        "exponent1",
        "exponent2",
        "coefficient",
    ] {
        s.integer(what)?;
    }
    Ok((n, e))
}

struct Sec1<'a> {
    params: Option<der::Tlv<'a>>,
    public: Option<&'a [u8]>,
}

fn parse_sec1_inner(data: &[u8]) -> Result<Sec1<'_>> {
    let mut outer = Der::new(data);
    let mut s = outer.sequence("ECPrivateKey")?;
    if s.small_uint("version")? != 1 {
        return Err(InventoryError::der(0, "ECPrivateKey version is not 1"));
    }
    s.octet_string("privateKey")?;
    let params = s
        .optional(der::context(0))?
        .map(|t| t.reader().read())
        .transpose()?;
    let public = match s.optional(der::context(1))? {
        Some(t) => Some(t.reader().bit_string("publicKey")?),
        None => None,
    };
    Ok(Sec1 { params, public })
}

/// SEC1 ECPrivateKey (`EC PRIVATE KEY`).
pub fn parse_sec1(data: &[u8]) -> Result<KeyFacts> {
    let sec1 = parse_sec1_inner(data)?;
    let mut facts = KeyFacts::default();
    facts.algorithm = ec_algorithm(sec1.params, &mut facts)?;
    if let (Some(pubkey), Some(p)) = (sec1.public, sec1.params) {
        facts.fingerprint = Some(sha256_hex(&ec_spki(p.raw, pubkey)));
    }
    Ok(facts)
}

/// OpenSSL's traditional `DSA PRIVATE KEY`: SEQUENCE { 0, p, q, g, y, x }.
pub fn parse_dsa_private(data: &[u8]) -> Result<KeyFacts> {
    let mut outer = Der::new(data);
    let mut s = outer.sequence("DSAPrivateKey")?;
    if s.small_uint("version")? != 0 {
        return Err(InventoryError::der(0, "DSAPrivateKey version is not 0"));
    }
    let p = s.integer("p")?;
    let q = s.integer("q")?;
    for what in ["g", "y", "x"] {
        s.integer(what)?;
    }
    Ok(KeyFacts {
        algorithm: ffc_algorithm("DSA", p, Some(q)),
        ..KeyFacts::default()
    })
}

/// `DH PARAMETERS` (PKCS#3: p, g, [privateValueLength]) or `X9.42 DH PARAMETERS` (p, g, q, ...).
pub fn parse_dh_params(data: &[u8], x942: bool) -> Result<KeyFacts> {
    let mut outer = Der::new(data);
    let mut s = outer.sequence("DHParameter")?;
    let p = s.integer("p")?;
    let _g = s.integer("g")?;
    let q = if x942 { Some(s.integer("q")?) } else { None };
    Ok(KeyFacts {
        algorithm: ffc_algorithm("DH", p, q),
        ..KeyFacts::default()
    })
}

/// `DSA PARAMETERS`: SEQUENCE { p, q, g }.
pub fn parse_dsa_params(data: &[u8]) -> Result<KeyFacts> {
    let mut outer = Der::new(data);
    let mut s = outer.sequence("Dss-Parms")?;
    let p = s.integer("p")?;
    let q = s.integer("q")?;
    let _g = s.integer("g")?;
    if !s.is_empty() {
        return Err(InventoryError::der(
            s.offset(),
            "trailing data in Dss-Parms",
        ));
    }
    Ok(KeyFacts {
        algorithm: ffc_algorithm("DSA", p, Some(q)),
        ..KeyFacts::default()
    })
}

/// `EC PARAMETERS`: a named-curve OID or explicit parameters.
pub fn parse_ec_params(data: &[u8]) -> Result<KeyFacts> {
    let mut outer = Der::new(data);
    let tlv = outer.read()?;
    let mut facts = KeyFacts::default();
    facts.algorithm = ec_algorithm(Some(tlv), &mut facts)?;
    Ok(facts)
}

/// DER SubjectPublicKeyInfo for an RSA key, so a private key and its certificate share a
/// fingerprint.
pub fn rsa_spki(n: &[u8], e: &[u8]) -> Vec<u8> {
    let mut rsa_key = Vec::new();
    der::write_tlv(&mut rsa_key, TAG_INTEGER, n);
    der::write_tlv(&mut rsa_key, TAG_INTEGER, e);
    let mut pubkey = Vec::new();
    der::write_tlv(&mut pubkey, TAG_SEQUENCE, &rsa_key);
    let mut alg = RSA_OID_DER.to_vec();
    alg.extend_from_slice(&[TAG_NULL, 0]);
    spki(&alg, &pubkey)
}

fn ec_spki(curve_params_der: &[u8], point: &[u8]) -> Vec<u8> {
    let mut alg = EC_OID_DER.to_vec();
    alg.extend_from_slice(curve_params_der);
    spki(&alg, point)
}

fn spki(alg_contents: &[u8], key: &[u8]) -> Vec<u8> {
    let mut alg = Vec::new();
    der::write_tlv(&mut alg, TAG_SEQUENCE, alg_contents);
    let mut bits = Vec::with_capacity(key.len() + 1);
    bits.push(0);
    bits.extend_from_slice(key);
    der::write_tlv(&mut alg, der::TAG_BIT_STRING, &bits);
    let mut out = Vec::new();
    der::write_tlv(&mut out, TAG_SEQUENCE, &alg);
    out
}
