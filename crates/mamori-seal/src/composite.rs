//! Composite ML-DSA signatures (draft-ietf-lamps-pq-composite-sigs) and pure ML-DSA (FIPS 204).
//!
//! A composite signature over message `M` with context `ctx` signs one message representative
//! with both components:
//!
//! ```text
//! M' = Prefix || Label || len(ctx) || ctx || PH(M)
//! signature = ML-DSA.Sign(mldsaSK, M', ctx = Label) || Trad.Sign(tradSK, M')
//! ```
//!
//! `Prefix` is the fixed string `CompositeAlgorithmSignatures2025`, `Label` names the
//! combination (`COMPSIG-MLDSA65-Ed25519-SHA512`) and `PH` is its pre-hash (SHA-512). Keys are
//! the concatenation of the components' encodings: public `mldsaPK || tradPK`, private
//! `mldsaSeed || tradSK`. Verification checks both components and says which one failed: a
//! signature with its ML-DSA part stripped or replaced is rejected, never accepted on the
//! traditional part alone.

use ml_dsa::{EncodedVerifyingKey, MlDsa44, MlDsa65, MlDsa87, MlDsaParams};
use sha2::{Digest, Sha512};

use crate::error::{Component, Result, SealError};

/// The fixed prefix of every composite message representative.
const PREFIX: &[u8] = b"CompositeAlgorithmSignatures2025";

/// The signature algorithms mamori signs and verifies with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Algorithm {
    MlDsa44,
    MlDsa65,
    MlDsa87,
    /// `id-MLDSA44-Ed25519-SHA512`.
    MlDsa44Ed25519,
    /// `id-MLDSA65-Ed25519-SHA512`, the e-seal algorithm.
    MlDsa65Ed25519,
}

/// ML-DSA parameter sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Level {
    L44,
    L65,
    L87,
}

impl Level {
    fn public_key_len(self) -> usize {
        match self {
            Level::L44 => 1312,
            Level::L65 => 1952,
            Level::L87 => 2592,
        }
    }

    fn signature_len(self) -> usize {
        match self {
            Level::L44 => 2420,
            Level::L65 => 3309,
            Level::L87 => 4627,
        }
    }
}

const ED25519_LEN: usize = 32;
const ED25519_SIG_LEN: usize = 64;
const SEED_LEN: usize = 32;

impl Algorithm {
    pub const ALL: [Algorithm; 5] = [
        Algorithm::MlDsa44,
        Algorithm::MlDsa65,
        Algorithm::MlDsa87,
        Algorithm::MlDsa44Ed25519,
        Algorithm::MlDsa65Ed25519,
    ];

    /// The X.509 / CMS algorithm identifier (public key and signature alike).
    pub fn oid(self) -> &'static str {
        match self {
            Algorithm::MlDsa44 => "2.16.840.1.101.3.4.3.17",
            Algorithm::MlDsa65 => "2.16.840.1.101.3.4.3.18",
            Algorithm::MlDsa87 => "2.16.840.1.101.3.4.3.19",
            Algorithm::MlDsa44Ed25519 => "1.3.6.1.5.5.7.6.39",
            Algorithm::MlDsa65Ed25519 => "1.3.6.1.5.5.7.6.48",
        }
    }

    pub fn from_oid(oid: &str) -> Option<Algorithm> {
        Algorithm::ALL.into_iter().find(|a| a.oid() == oid)
    }

    /// The name the test vectors and the draft use (`id-MLDSA65-Ed25519-SHA512`).
    pub fn id_name(self) -> &'static str {
        match self {
            Algorithm::MlDsa44 => "id-ML-DSA-44",
            Algorithm::MlDsa65 => "id-ML-DSA-65",
            Algorithm::MlDsa87 => "id-ML-DSA-87",
            Algorithm::MlDsa44Ed25519 => "id-MLDSA44-Ed25519-SHA512",
            Algorithm::MlDsa65Ed25519 => "id-MLDSA65-Ed25519-SHA512",
        }
    }

    pub fn from_id_name(name: &str) -> Option<Algorithm> {
        Algorithm::ALL.into_iter().find(|a| a.id_name() == name)
    }

    /// The composite label (also the ML-DSA component's context), `None` for pure ML-DSA.
    pub fn label(self) -> Option<&'static [u8]> {
        match self {
            Algorithm::MlDsa44Ed25519 => Some(b"COMPSIG-MLDSA44-Ed25519-SHA512"),
            Algorithm::MlDsa65Ed25519 => Some(b"COMPSIG-MLDSA65-Ed25519-SHA512"),
            _ => None,
        }
    }

    fn level(self) -> Level {
        match self {
            Algorithm::MlDsa44 | Algorithm::MlDsa44Ed25519 => Level::L44,
            Algorithm::MlDsa65 | Algorithm::MlDsa65Ed25519 => Level::L65,
            Algorithm::MlDsa87 => Level::L87,
        }
    }

    fn is_composite(self) -> bool {
        self.label().is_some()
    }

    pub fn public_key_len(self) -> usize {
        self.level().public_key_len() + if self.is_composite() { ED25519_LEN } else { 0 }
    }

    pub fn signature_len(self) -> usize {
        self.level().signature_len()
            + if self.is_composite() {
                ED25519_SIG_LEN
            } else {
                0
            }
    }

    pub fn private_key_len(self) -> usize {
        SEED_LEN + if self.is_composite() { ED25519_LEN } else { 0 }
    }
}

/// The composite message representative `M'`.
fn representative(label: &[u8], msg: &[u8], ctx: &[u8]) -> Result<Vec<u8>> {
    let ctx_len = u8::try_from(ctx.len()).map_err(|_| SealError::Malformed {
        what: "context",
        reason: format!("{} bytes; at most 255", ctx.len()),
    })?;
    let mut m = Vec::with_capacity(PREFIX.len() + label.len() + 1 + ctx.len() + 64);
    m.extend_from_slice(PREFIX);
    m.extend_from_slice(label);
    m.push(ctx_len);
    m.extend_from_slice(ctx);
    m.extend_from_slice(&Sha512::digest(msg));
    Ok(m)
}

fn mldsa_sign<P: MlDsaParams>(seed: &[u8; SEED_LEN], msg: &[u8], ctx: &[u8]) -> Result<Vec<u8>> {
    let key = ml_dsa::SigningKey::<P>::from_seed(&(*seed).into());
    let sig = key
        .expanded_key()
        .sign_deterministic(msg, ctx)
        .map_err(|_| SealError::Malformed {
            what: "ML-DSA signing",
            reason: "context over 255 bytes".into(),
        })?;
    Ok(sig.encode().to_vec())
}

fn mldsa_public<P: MlDsaParams>(seed: &[u8; SEED_LEN]) -> Vec<u8> {
    let key = ml_dsa::SigningKey::<P>::from_seed(&(*seed).into());
    key.expanded_key().verifying_key().encode().to_vec()
}

fn mldsa_verify<P: MlDsaParams>(pk: &[u8], msg: &[u8], ctx: &[u8], sig: &[u8]) -> bool {
    let Ok(enc) = EncodedVerifyingKey::<P>::try_from(pk) else {
        return false;
    };
    let key = ml_dsa::VerifyingKey::<P>::decode(&enc);
    let Ok(sig) = ml_dsa::Signature::<P>::try_from(sig) else {
        return false;
    };
    key.verify_with_context(msg, ctx, &sig)
}

/// The message representative `M'` both components of `alg` sign (`None` for pure ML-DSA).
pub fn message_representative(alg: Algorithm, msg: &[u8], ctx: &[u8]) -> Result<Option<Vec<u8>>> {
    alg.label()
        .map(|label| representative(label, msg, ctx))
        .transpose()
}

/// A private key: the ML-DSA seed, and the Ed25519 key for composites.
#[derive(Clone)]
pub struct SigningKey {
    alg: Algorithm,
    seed: [u8; SEED_LEN],
    ed25519: Option<ed25519_dalek::SigningKey>,
}

impl std::fmt::Debug for SigningKey {
    // Never print key material.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SigningKey")
            .field("alg", &self.alg)
            .finish_non_exhaustive()
    }
}

fn random<const N: usize>() -> Result<[u8; N]> {
    let mut b = [0u8; N];
    getrandom::fill(&mut b).map_err(|e| SealError::Random(e.to_string()))?;
    Ok(b)
}

impl SigningKey {
    /// A new key from the operating system's random source.
    pub fn generate(alg: Algorithm) -> Result<SigningKey> {
        let seed = random::<SEED_LEN>()?;
        let ed25519 = if alg.is_composite() {
            Some(ed25519_dalek::SigningKey::from_bytes(
                &random::<ED25519_LEN>()?,
            ))
        } else {
            None
        };
        Ok(SigningKey { alg, seed, ed25519 })
    }

    /// Reads `mldsaSeed || tradSK` (the draft's private key encoding).
    pub fn from_bytes(alg: Algorithm, bytes: &[u8]) -> Result<SigningKey> {
        if bytes.len() != alg.private_key_len() {
            return Err(SealError::Malformed {
                what: "private key",
                reason: format!(
                    "{} bytes; {} has {}",
                    bytes.len(),
                    alg.id_name(),
                    alg.private_key_len()
                ),
            });
        }
        let mut seed = [0u8; SEED_LEN];
        seed.copy_from_slice(&bytes[..SEED_LEN]);
        let ed25519 = if alg.is_composite() {
            let mut sk = [0u8; ED25519_LEN];
            sk.copy_from_slice(&bytes[SEED_LEN..]);
            Some(ed25519_dalek::SigningKey::from_bytes(&sk))
        } else {
            None
        };
        Ok(SigningKey { alg, seed, ed25519 })
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = self.seed.to_vec();
        if let Some(ed) = &self.ed25519 {
            out.extend_from_slice(&ed.to_bytes());
        }
        out
    }

    pub fn algorithm(&self) -> Algorithm {
        self.alg
    }

    pub fn verifying_key(&self) -> VerifyingKey {
        let mut bytes = match self.alg.level() {
            Level::L44 => mldsa_public::<MlDsa44>(&self.seed),
            Level::L65 => mldsa_public::<MlDsa65>(&self.seed),
            Level::L87 => mldsa_public::<MlDsa87>(&self.seed),
        };
        if let Some(ed) = &self.ed25519 {
            bytes.extend_from_slice(ed.verifying_key().as_bytes());
        }
        VerifyingKey {
            alg: self.alg,
            bytes,
        }
    }

    /// Signs `msg` with context `ctx` (at most 255 bytes; X.509 uses the empty context).
    /// ML-DSA signs deterministically (FIPS 204's optional variant): no randomness is needed at
    /// signing time, and the same input gives the same seal.
    pub fn sign(&self, msg: &[u8], ctx: &[u8]) -> Result<Vec<u8>> {
        let (m, mldsa_ctx) = match self.alg.label() {
            Some(label) => (representative(label, msg, ctx)?, label),
            None => (msg.to_vec(), ctx),
        };
        let mut sig = self.mldsa_sign(&m, mldsa_ctx)?;
        if let Some(ed) = &self.ed25519 {
            use ed25519_dalek::Signer;
            sig.extend_from_slice(&ed.sign(&m).to_bytes());
        }
        Ok(sig)
    }

    /// The ML-DSA component alone over `msg` with `ctx`, as FIPS 204 defines it — what an
    /// independent ML-DSA implementation verifies.
    pub fn mldsa_sign(&self, msg: &[u8], ctx: &[u8]) -> Result<Vec<u8>> {
        match self.alg.level() {
            Level::L44 => mldsa_sign::<MlDsa44>(&self.seed, msg, ctx),
            Level::L65 => mldsa_sign::<MlDsa65>(&self.seed, msg, ctx),
            Level::L87 => mldsa_sign::<MlDsa87>(&self.seed, msg, ctx),
        }
    }

    /// The composite message representative this key's algorithm signs for `msg` and `ctx`
    /// (`None` for pure ML-DSA), for checking components with other implementations.
    pub fn representative(&self, msg: &[u8], ctx: &[u8]) -> Result<Option<Vec<u8>>> {
        message_representative(self.alg, msg, ctx)
    }
}

/// A public key: `mldsaPK || tradPK` for composites.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyingKey {
    alg: Algorithm,
    bytes: Vec<u8>,
}

impl VerifyingKey {
    pub fn from_bytes(alg: Algorithm, bytes: &[u8]) -> Result<VerifyingKey> {
        if bytes.len() != alg.public_key_len() {
            return Err(SealError::Malformed {
                what: "public key",
                reason: format!(
                    "{} bytes; {} has {}",
                    bytes.len(),
                    alg.id_name(),
                    alg.public_key_len()
                ),
            });
        }
        if alg.is_composite() {
            let ed = &bytes[alg.level().public_key_len()..];
            let mut pk = [0u8; ED25519_LEN];
            pk.copy_from_slice(ed);
            ed25519_dalek::VerifyingKey::from_bytes(&pk).map_err(|e| SealError::Malformed {
                what: "Ed25519 public key",
                reason: e.to_string(),
            })?;
        }
        Ok(VerifyingKey {
            alg,
            bytes: bytes.to_vec(),
        })
    }

    pub fn algorithm(&self) -> Algorithm {
        self.alg
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The ML-DSA component's public key.
    pub fn mldsa_bytes(&self) -> &[u8] {
        &self.bytes[..self.alg.level().public_key_len()]
    }

    /// The Ed25519 component's public key (composites only).
    pub fn ed25519_bytes(&self) -> Option<&[u8]> {
        self.alg
            .is_composite()
            .then(|| &self.bytes[self.alg.level().public_key_len()..])
    }

    /// Verifies both components; the error names the one that failed (the ML-DSA one first).
    pub fn verify(&self, msg: &[u8], ctx: &[u8], sig: &[u8]) -> Result<()> {
        let checked = self.verify_components(msg, ctx, sig)?;
        if !checked.mldsa {
            return Err(SealError::ComponentInvalid(Component::MlDsa));
        }
        if !checked.traditional {
            return Err(SealError::ComponentInvalid(Component::Traditional));
        }
        Ok(())
    }

    /// Checks each component on its own, so a caller can say which failed: both (the signed
    /// bytes changed), or one (that component was replaced). A signature of the wrong length
    /// (a component stripped) is an error.
    pub fn verify_components(&self, msg: &[u8], ctx: &[u8], sig: &[u8]) -> Result<Components> {
        if sig.len() != self.alg.signature_len() {
            return Err(SealError::Malformed {
                what: "signature",
                reason: format!(
                    "{} bytes; {} signatures have {}",
                    sig.len(),
                    self.alg.id_name(),
                    self.alg.signature_len()
                ),
            });
        }
        let split = self.alg.level().signature_len();
        let (mldsa_sig, trad_sig) = sig.split_at(split);
        let (m, mldsa_ctx) = match self.alg.label() {
            Some(label) => (representative(label, msg, ctx)?, label),
            None => (msg.to_vec(), ctx),
        };
        let pk = self.mldsa_bytes();
        let mldsa = match self.alg.level() {
            Level::L44 => mldsa_verify::<MlDsa44>(pk, &m, mldsa_ctx, mldsa_sig),
            Level::L65 => mldsa_verify::<MlDsa65>(pk, &m, mldsa_ctx, mldsa_sig),
            Level::L87 => mldsa_verify::<MlDsa87>(pk, &m, mldsa_ctx, mldsa_sig),
        };
        let traditional = match self.ed25519_bytes() {
            None => true,
            Some(ed) => {
                let mut pk = [0u8; ED25519_LEN];
                pk.copy_from_slice(ed);
                match (
                    ed25519_dalek::VerifyingKey::from_bytes(&pk),
                    ed25519_dalek::Signature::from_slice(trad_sig),
                ) {
                    (Ok(key), Ok(sig)) => key.verify_strict(&m, &sig).is_ok(),
                    _ => false,
                }
            }
        };
        Ok(Components { mldsa, traditional })
    }
}

/// Which components of a signature verified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Components {
    pub mldsa: bool,
    /// True for pure ML-DSA, which has no traditional component.
    pub traditional: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sign_verify_round_trip_and_each_component_matters() {
        for alg in Algorithm::ALL {
            let sk = SigningKey::generate(alg).unwrap();
            let pk = sk.verifying_key();
            assert_eq!(pk.as_bytes().len(), alg.public_key_len());
            let sig = sk.sign(b"report", b"").unwrap();
            assert_eq!(sig.len(), alg.signature_len());
            pk.verify(b"report", b"", &sig).unwrap();
            assert!(matches!(
                pk.verify(b"rep0rt", b"", &sig),
                Err(SealError::ComponentInvalid(Component::MlDsa))
            ));
            assert!(pk.verify(b"report", b"other context", &sig).is_err());
            let back = SigningKey::from_bytes(alg, &sk.to_bytes()).unwrap();
            assert_eq!(back.verifying_key(), pk);
            if alg.is_composite() {
                // The Ed25519 part replaced by one over the same representative with another
                // key: the ML-DSA part still verifies, the seal does not.
                let other = SigningKey::generate(alg).unwrap();
                let mut forged = sig.clone();
                let split = alg.level().signature_len();
                forged[split..].copy_from_slice(&other.sign(b"report", b"").unwrap()[split..]);
                assert!(matches!(
                    pk.verify(b"report", b"", &forged),
                    Err(SealError::ComponentInvalid(Component::Traditional))
                ));
                // Stripped to the traditional part alone: refused by length, never accepted.
                assert!(pk.verify(b"report", b"", &sig[split..]).is_err());
            }
        }
    }
}
