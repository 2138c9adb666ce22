//! Reading an inventory back from CycloneDX CBOMs — mamori's own (files, endpoints, code) or
//! another tool's — into assets the assessment can judge.
//!
//! Every cryptographic-asset component becomes one [`InventoryAsset`] with the algorithms it
//! rests on: an algorithm component is its own algorithm; a certificate rests on its signature
//! and subject-key algorithms; a key on its `algorithmRef`; a protocol on the algorithms of its
//! cipher suites and its `cryptoRefArray`. Algorithms are recovered through the catalogue (by
//! the canonical names mamori writes, then by OID); a foreign algorithm the catalogue does not
//! know keeps the levels the CBOM states.

use std::collections::HashMap;
use std::path::Path;

use mamori_formats::cyclonedx::{AssetType, Bom, Component, ComponentType};
use mamori_model::{Algorithm, Family, Primitive, catalogue};
use serde::{Deserialize, Serialize};

use crate::error::{AssessError, Result};

/// One cryptographic asset of an inventory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InventoryAsset {
    /// `bom-ref` in its CBOM (unique within `source`).
    pub id: String,
    /// Component name: the algorithm (`RSA-2048`), the certificate subject, `TLS 1.2`...
    pub name: String,
    /// `algorithm`, `certificate`, `protocol` or `related-crypto-material`.
    pub asset_type: String,
    /// For related crypto material: `private-key`, `public-key`, `secret-key`...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub material: Option<String>,
    /// For protocols: the version (`1.2`), with `protocol` the type (`tls`, `ssh`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// The algorithms the asset rests on (its own for an algorithm component).
    pub algorithms: Vec<Algorithm>,
    /// Where it was found: paths (with `:line`) or `host:port`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub locations: Vec<String>,
    /// `mamori:weakness` properties (code findings: `ecb-mode`, `static-iv`...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub weaknesses: Vec<String>,
    /// The CBOM file it came from.
    pub source: String,
}

/// Largest CBOM read from disk (the parser has its own limit too).
const MAX_CBOM_FILE: u64 = mamori_formats::MAX_BOM_BYTES as u64;

/// Read and convert the CBOM at `path`.
pub fn read_cbom(path: &Path) -> Result<Vec<InventoryAsset>> {
    let meta = std::fs::metadata(path).map_err(|source| AssessError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    if meta.len() > MAX_CBOM_FILE {
        return Err(AssessError::Invalid {
            what: format!(
                "{}: {} bytes, over the {MAX_CBOM_FILE}-byte CBOM limit",
                path.display(),
                meta.len()
            ),
        });
    }
    let bytes = std::fs::read(path).map_err(|source| AssessError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let bom = mamori_formats::parse_bom(&bytes).map_err(|source| AssessError::Bom {
        path: path.to_path_buf(),
        source,
    })?;
    Ok(assets_of(&bom, &path.display().to_string()))
}

/// The assets of a parsed BOM; `source` names it in the output.
pub fn assets_of(bom: &Bom, source: &str) -> Vec<InventoryAsset> {
    let crypto: Vec<&Component> = bom
        .components
        .iter()
        .filter(|c| c.component_type == ComponentType::CryptographicAsset)
        .collect();
    let by_ref: HashMap<&str, &Component> = crypto
        .iter()
        .filter_map(|c| c.bom_ref.as_deref().map(|r| (r, *c)))
        .collect();
    let algorithm_at = |r: &str| -> Option<Algorithm> {
        by_ref
            .get(r)
            .filter(|c| {
                c.crypto_properties
                    .as_ref()
                    .is_some_and(|p| p.asset_type == AssetType::Algorithm)
            })
            .map(|c| algorithm_of(c))
    };
    let mut out = Vec::new();
    for (i, c) in crypto.iter().enumerate() {
        let Some(props) = &c.crypto_properties else {
            continue;
        };
        let mut asset = InventoryAsset {
            id: c.bom_ref.clone().unwrap_or_else(|| format!("#{i}")),
            name: c.name.clone(),
            asset_type: String::new(),
            material: None,
            protocol: None,
            version: None,
            algorithms: Vec::new(),
            locations: c
                .evidence
                .iter()
                .flat_map(|e| &e.occurrences)
                .map(|o| match o.line {
                    Some(l) => format!("{}:{l}", o.location),
                    None => o.location.clone(),
                })
                .collect(),
            weaknesses: c
                .properties
                .iter()
                .filter(|p| p.name == "mamori:weakness")
                .filter_map(|p| p.value.clone())
                .collect(),
            source: source.to_string(),
        };
        match props.asset_type {
            AssetType::Algorithm => {
                asset.asset_type = "algorithm".into();
                asset.algorithms.push(algorithm_of(c));
            }
            AssetType::Certificate => {
                asset.asset_type = "certificate".into();
                if let Some(cp) = &props.certificate_properties {
                    for r in [&cp.signature_algorithm_ref, &cp.subject_public_key_ref]
                        .into_iter()
                        .flatten()
                    {
                        // The subject key is a related-crypto-material component pointing at its
                        // algorithm, or the algorithm itself in other tools' CBOMs.
                        let alg = algorithm_at(r).or_else(|| {
                            let key = by_ref.get(r.as_str())?;
                            let kr = key
                                .crypto_properties
                                .as_ref()?
                                .related_crypto_material_properties
                                .as_ref()?
                                .algorithm_ref
                                .as_deref()?;
                            algorithm_at(kr)
                        });
                        asset.algorithms.extend(alg);
                    }
                }
            }
            AssetType::RelatedCryptoMaterial => {
                asset.asset_type = "related-crypto-material".into();
                if let Some(m) = &props.related_crypto_material_properties {
                    asset.material = m
                        .material_type
                        .as_ref()
                        .and_then(|t| serde_json::to_value(t).ok())
                        .and_then(|v| v.as_str().map(str::to_string));
                    if let Some(alg) = m.algorithm_ref.as_deref().and_then(algorithm_at) {
                        asset.algorithms.push(alg);
                    }
                }
            }
            AssetType::Protocol => {
                asset.asset_type = "protocol".into();
                if let Some(p) = &props.protocol_properties {
                    asset.protocol = p
                        .protocol_type
                        .as_ref()
                        .and_then(|t| serde_json::to_value(t).ok())
                        .and_then(|v| v.as_str().map(str::to_string));
                    asset.version.clone_from(&p.version);
                    let refs = p
                        .cipher_suites
                        .iter()
                        .flat_map(|s| &s.algorithms)
                        .chain(&p.crypto_ref_array);
                    for r in refs {
                        if let Some(alg) = algorithm_at(r) {
                            if !asset.algorithms.contains(&alg) {
                                asset.algorithms.push(alg);
                            }
                        }
                    }
                }
            }
        }
        out.push(asset);
    }
    out
}

/// The algorithm an algorithm component stands for.
pub fn algorithm_of(c: &Component) -> Algorithm {
    if let Some(a) = algorithm_named(&c.name) {
        return a;
    }
    let props = c.crypto_properties.as_ref();
    if let Some(e) = props
        .and_then(|p| p.oid.as_deref())
        .and_then(catalogue::by_oid)
    {
        return e.resolve(None);
    }
    // A foreign algorithm: keep what the CBOM says about it.
    let ap = props.and_then(|p| p.algorithm_properties.as_ref());
    let classical = ap
        .and_then(|a| a.classical_security_level)
        .and_then(|b| u16::try_from(b).ok())
        .unwrap_or(0);
    let quantum = ap.and_then(|a| a.nist_quantum_security_level).unwrap_or(0);
    Algorithm {
        name: c.name.clone(),
        family: Family::Other,
        primitive: ap.and_then(|a| a.primitive).unwrap_or(Primitive::Unknown),
        parameter_set: ap.and_then(|a| a.parameter_set_identifier.clone()),
        curve: ap.and_then(|a| a.curve.clone()),
        key_size: None,
        classical_bits: classical,
        quantum_category: quantum,
        broken_reason: None,
        oid: props.and_then(|p| p.oid.clone()),
    }
}

/// A canonical name as mamori writes it: a catalogue name (`AES-128-GCM`), a sized family
/// (`RSA-2048`, `DH-1024`) or an EC key on a named curve (`EC-P-256`).
pub fn algorithm_named(name: &str) -> Option<Algorithm> {
    if let Some(e) = catalogue::by_name(name) {
        return Some(e.resolve(None));
    }
    if let Some(curve) = name.strip_prefix("EC-").and_then(catalogue::curve) {
        return Some(catalogue::ec_key(curve));
    }
    let (base, size) = name.rsplit_once('-')?;
    let size: u32 = size.parse().ok()?;
    let e = catalogue::by_name(base)?;
    e.classical_bits.is_none().then(|| e.resolve(Some(size)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_mamori_writes_resolve() {
        let rsa = algorithm_named("RSA-2048").expect("RSA-2048");
        assert_eq!(rsa.classical_bits, 112);
        assert_eq!(rsa.key_size, Some(2048));
        let ec = algorithm_named("EC-P-256").expect("EC-P-256");
        assert_eq!(ec.classical_bits, 128);
        assert_eq!(
            algorithm_named("AES-128-GCM").map(|a| a.quantum_category),
            Some(1)
        );
        assert_eq!(
            algorithm_named("X25519MLKEM768").map(|a| a.family),
            Some(Family::HybridKem)
        );
        assert!(algorithm_named("AES-999").is_none());
        assert!(algorithm_named("Frobnicate-2048").is_none());
    }
}
