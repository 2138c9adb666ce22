//! Serde types for the subset of CycloneDX 1.6 JSON that mamori writes and reads back: the BOM
//! envelope, metadata, components with `cryptoProperties` (the CBOM part of the standard),
//! evidence occurrences, properties and dependencies.
//!
//! Field names, enum values and required properties follow the official schema
//! `bom-1.6.schema.json`. Reading is lenient in one way only: fields this module does not model
//! are ignored, so CBOMs written by other tools can be read back; values outside the schema's
//! enums are rejected.

use serde::{Deserialize, Serialize};

/// The only `bomFormat` value.
pub const BOM_FORMAT: &str = "CycloneDX";
/// The `specVersion` mamori writes.
pub const SPEC_VERSION: &str = "1.6";

/// A CycloneDX BOM document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Bom {
    /// Always [`BOM_FORMAT`].
    pub bom_format: String,
    /// [`SPEC_VERSION`] when written by mamori.
    pub spec_version: String,
    /// `urn:uuid:` followed by an RFC 4122 UUID in lower-case hex.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub serial_number: Option<String>,
    /// Incremented each time the same BOM (same serial number) is modified; starts at 1.
    #[serde(default = "first_version")]
    pub version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub components: Vec<Component>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dependencies: Vec<Dependency>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub properties: Vec<Property>,
}

fn first_version() -> u32 {
    1
}

impl Bom {
    /// An empty CycloneDX 1.6 BOM, version 1.
    pub fn new() -> Bom {
        Bom {
            bom_format: BOM_FORMAT.to_owned(),
            spec_version: SPEC_VERSION.to_owned(),
            serial_number: None,
            version: 1,
            metadata: None,
            components: Vec::new(),
            dependencies: Vec::new(),
            properties: Vec::new(),
        }
    }

    /// The component with this `bom-ref`, among the top-level components.
    pub fn component(&self, bom_ref: &str) -> Option<&Component> {
        self.components
            .iter()
            .find(|c| c.bom_ref.as_deref() == Some(bom_ref))
    }
}

impl Default for Bom {
    fn default() -> Self {
        Bom::new()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Metadata {
    /// RFC 3339 date-time the BOM was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tools: Option<Tools>,
    /// The component the BOM describes (the scanned system).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<Box<Component>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub properties: Vec<Property>,
}

/// `metadata.tools` in its 1.5+ object form. The legacy (1.4) array of `{vendor, name, version}`
/// is accepted when reading and turned into application components.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(from = "ToolsRepr")]
pub struct Tools {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub components: Vec<Component>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum ToolsRepr {
    Object {
        #[serde(default)]
        components: Vec<Component>,
    },
    Legacy(Vec<LegacyTool>),
}

#[derive(Deserialize)]
struct LegacyTool {
    #[serde(default)]
    vendor: Option<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    version: Option<String>,
}

impl From<ToolsRepr> for Tools {
    fn from(repr: ToolsRepr) -> Tools {
        match repr {
            ToolsRepr::Object { components } => Tools { components },
            ToolsRepr::Legacy(tools) => Tools {
                components: tools
                    .into_iter()
                    .map(|t| {
                        let mut c = Component::new(
                            ComponentType::Application,
                            t.name.unwrap_or_else(|| "unknown".to_owned()),
                        );
                        c.version = t.version;
                        c.group = t.vendor;
                        c
                    })
                    .collect(),
            },
        }
    }
}

/// A component. mamori writes `cryptographic-asset` components and an `application` for the tool
/// and the scanned root.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Component {
    #[serde(rename = "type")]
    pub component_type: ComponentType,
    #[serde(rename = "bom-ref", default, skip_serializing_if = "Option::is_none")]
    pub bom_ref: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Evidence>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crypto_properties: Option<CryptoProperties>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub properties: Vec<Property>,
}

impl Component {
    pub fn new(component_type: ComponentType, name: impl Into<String>) -> Component {
        Component {
            component_type,
            bom_ref: None,
            group: None,
            name: name.into(),
            version: None,
            description: None,
            evidence: None,
            crypto_properties: None,
            properties: Vec::new(),
        }
    }

    /// The first value of the property `name`.
    pub fn property(&self, name: &str) -> Option<&str> {
        self.properties
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.as_deref())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ComponentType {
    Application,
    Framework,
    Library,
    Container,
    Platform,
    OperatingSystem,
    Device,
    DeviceDriver,
    Firmware,
    File,
    MachineLearningModel,
    Data,
    CryptographicAsset,
}

/// A name-value pair. mamori's own names are prefixed `mamori:`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Property {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

impl Property {
    pub fn new(name: impl Into<String>, value: impl Into<String>) -> Property {
        Property {
            name: name.into(),
            value: Some(value.into()),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Evidence {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub occurrences: Vec<Occurrence>,
}

/// Where a component was found.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Occurrence {
    #[serde(rename = "bom-ref", default, skip_serializing_if = "Option::is_none")]
    pub bom_ref: Option<String>,
    /// Path (relative to the scanned root) or `host:port`.
    pub location: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub symbol: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_context: Option<String>,
}

/// `dependencies[]`: `ref` depends on every element of `dependsOn`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Dependency {
    #[serde(rename = "ref")]
    pub dependency_ref: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub depends_on: Vec<String>,
    /// Assets this component provides (a library implementing an algorithm).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub provides: Vec<String>,
}

/// `component.cryptoProperties`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CryptoProperties {
    pub asset_type: AssetType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub algorithm_properties: Option<AlgorithmProperties>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate_properties: Option<CertificateProperties>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub related_crypto_material_properties: Option<RelatedCryptoMaterialProperties>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol_properties: Option<ProtocolProperties>,
    /// Dotted-decimal object identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oid: Option<String>,
}

impl CryptoProperties {
    pub fn new(asset_type: AssetType) -> CryptoProperties {
        CryptoProperties {
            asset_type,
            algorithm_properties: None,
            certificate_properties: None,
            related_crypto_material_properties: None,
            protocol_properties: None,
            oid: None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AssetType {
    Algorithm,
    Certificate,
    Protocol,
    RelatedCryptoMaterial,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AlgorithmProperties {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primitive: Option<Primitive>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parameter_set_identifier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub curve: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_environment: Option<ExecutionEnvironment>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub implementation_platform: Option<ImplementationPlatform>,
    /// FIPS 140 / Common Criteria levels (`fips140-3-l1`, `cc-eal4+`, ...), kept as strings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub certification_level: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<Mode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub padding: Option<Padding>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub crypto_functions: Vec<CryptoFunction>,
    /// Classical security strength in bits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub classical_security_level: Option<u32>,
    /// NIST PQC security category; the schema allows 0 to 6.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nist_quantum_security_level: Option<u8>,
}

/// `algorithmProperties.primitive`: the model already uses the CycloneDX vocabulary.
pub use mamori_model::Primitive;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExecutionEnvironment {
    SoftwarePlainRam,
    SoftwareEncryptedRam,
    SoftwareTee,
    Hardware,
    Other,
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ImplementationPlatform {
    #[serde(rename = "generic")]
    Generic,
    #[serde(rename = "x86_32")]
    X86_32,
    #[serde(rename = "x86_64")]
    X86_64,
    #[serde(rename = "armv7-a")]
    Armv7A,
    #[serde(rename = "armv7-m")]
    Armv7M,
    #[serde(rename = "armv8-a")]
    Armv8A,
    #[serde(rename = "armv8-m")]
    Armv8M,
    #[serde(rename = "armv9-a")]
    Armv9A,
    #[serde(rename = "armv9-m")]
    Armv9M,
    #[serde(rename = "s390x")]
    S390x,
    #[serde(rename = "ppc64")]
    Ppc64,
    #[serde(rename = "ppc64le")]
    Ppc64le,
    #[serde(rename = "other")]
    Other,
    #[serde(rename = "unknown")]
    Unknown,
}

/// Block cipher mode of operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    Cbc,
    Ecb,
    Ccm,
    Gcm,
    Cfb,
    Ofb,
    Ctr,
    Other,
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Padding {
    Pkcs5,
    Pkcs7,
    Pkcs1v15,
    Oaep,
    Raw,
    Other,
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CryptoFunction {
    Generate,
    Keygen,
    Encrypt,
    Decrypt,
    Digest,
    Tag,
    Keyderive,
    Sign,
    Verify,
    Encapsulate,
    Decapsulate,
    Other,
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CertificateProperties {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer_name: Option<String>,
    /// RFC 3339 date-time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_valid_before: Option<String>,
    /// RFC 3339 date-time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_valid_after: Option<String>,
    /// bom-ref of the `algorithm` component the certificate is signed with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature_algorithm_ref: Option<String>,
    /// bom-ref of the `related-crypto-material` public key the certificate certifies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject_public_key_ref: Option<String>,
    /// `X.509`, `CVC`...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate_format: Option<String>,
    /// File extension: `crt`, `pem`, `cer`, `der`, `p12`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate_extension: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RelatedCryptoMaterialProperties {
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub material_type: Option<RelatedCryptoMaterialType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<KeyState>,
    /// bom-ref of the algorithm used to generate the material.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub algorithm_ref: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activation_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Size in bits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<u64>,
    /// `PEM`, `DER`, `OpenSSH`, `PKCS#12`...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secured_by: Option<SecuredBy>,
}

impl RelatedCryptoMaterialProperties {
    pub fn new(material_type: RelatedCryptoMaterialType) -> RelatedCryptoMaterialProperties {
        RelatedCryptoMaterialProperties {
            material_type: Some(material_type),
            id: None,
            state: None,
            algorithm_ref: None,
            creation_date: None,
            activation_date: None,
            update_date: None,
            expiration_date: None,
            value: None,
            size: None,
            format: None,
            secured_by: None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RelatedCryptoMaterialType {
    PrivateKey,
    PublicKey,
    SecretKey,
    Key,
    Ciphertext,
    Signature,
    Digest,
    InitializationVector,
    Nonce,
    Seed,
    Salt,
    SharedSecret,
    Tag,
    AdditionalData,
    Password,
    Credential,
    Token,
    Other,
    Unknown,
}

/// Key state per NIST SP 800-57.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum KeyState {
    PreActivation,
    Active,
    Suspended,
    Deactivated,
    Compromised,
    Destroyed,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SecuredBy {
    /// Free text; the schema's examples are `HSM`, `TPM`, `SGX`, `Software`, `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mechanism: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub algorithm_ref: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProtocolProperties {
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub protocol_type: Option<ProtocolType>,
    /// `1.2`, `1.3`, `2.0`...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cipher_suites: Vec<CipherSuite>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ikev2_transform_types: Option<Ikev2TransformTypes>,
    /// bom-refs of other protocol-related assets (key exchange groups, host keys, certificates).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub crypto_ref_array: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProtocolType {
    Tls,
    Ssh,
    Ipsec,
    Ike,
    Sstp,
    Wpa,
    Other,
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct CipherSuite {
    /// `TLS_AES_128_GCM_SHA256`, `curve25519-sha256`...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// bom-refs of the algorithm components the suite uses.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub algorithms: Vec<String>,
    /// Codepoints, e.g. `0x13`, `0x01`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub identifiers: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Ikev2TransformTypes {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub encr: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub prf: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub integ: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ke: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub esn: Option<bool>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub auth: Vec<String>,
}

impl Bom {
    /// Every reference a `*Ref` field, a cipher suite, a crypto reference array or a dependency
    /// makes to another element, as `(where, target)` pairs. Used to check referential integrity.
    pub fn references(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for c in &self.components {
            let from = c.bom_ref.clone().unwrap_or_else(|| c.name.clone());
            let Some(cp) = &c.crypto_properties else {
                continue;
            };
            if let Some(cert) = &cp.certificate_properties {
                for (field, r) in [
                    ("signatureAlgorithmRef", &cert.signature_algorithm_ref),
                    ("subjectPublicKeyRef", &cert.subject_public_key_ref),
                ] {
                    if let Some(r) = r {
                        out.push((format!("{from}: {field}"), r.clone()));
                    }
                }
            }
            if let Some(m) = &cp.related_crypto_material_properties {
                if let Some(r) = &m.algorithm_ref {
                    out.push((format!("{from}: algorithmRef"), r.clone()));
                }
                if let Some(r) = m.secured_by.as_ref().and_then(|s| s.algorithm_ref.as_ref()) {
                    out.push((format!("{from}: securedBy.algorithmRef"), r.clone()));
                }
            }
            if let Some(p) = &cp.protocol_properties {
                for suite in &p.cipher_suites {
                    for r in &suite.algorithms {
                        out.push((format!("{from}: cipherSuites.algorithms"), r.clone()));
                    }
                }
                for r in &p.crypto_ref_array {
                    out.push((format!("{from}: cryptoRefArray"), r.clone()));
                }
                if let Some(t) = &p.ikev2_transform_types {
                    for r in t
                        .encr
                        .iter()
                        .chain(&t.prf)
                        .chain(&t.integ)
                        .chain(&t.ke)
                        .chain(&t.auth)
                    {
                        out.push((format!("{from}: ikev2TransformTypes"), r.clone()));
                    }
                }
            }
        }
        for d in &self.dependencies {
            out.push(("dependencies.ref".to_owned(), d.dependency_ref.clone()));
            for r in d.depends_on.iter().chain(&d.provides) {
                out.push((format!("dependencies[{}]", d.dependency_ref), r.clone()));
            }
        }
        out
    }

    /// Every `bom-ref` declared in the document: the metadata component, the components and
    /// their occurrences.
    pub fn bom_refs(&self) -> Vec<&str> {
        let mut out = Vec::new();
        let meta = self
            .metadata
            .as_ref()
            .and_then(|m| m.component.as_deref())
            .into_iter();
        for c in meta.chain(&self.components) {
            out.extend(c.bom_ref.as_deref());
            if let Some(e) = &c.evidence {
                out.extend(e.occurrences.iter().filter_map(|o| o.bom_ref.as_deref()));
            }
        }
        out
    }
}

/// Largest CycloneDX document [`parse_bom`] accepts: 64 MiB, room for hundreds of thousands of
/// components.
pub const MAX_BOM_BYTES: usize = 64 * 1024 * 1024;

/// `specVersion` values [`parse_bom`] accepts: those with `cryptoProperties`.
pub const READABLE_SPEC_VERSIONS: &[&str] = &["1.6", "1.7"];

/// Read a CycloneDX JSON BOM (a CBOM written by mamori or another tool).
///
/// Rejects documents over [`MAX_BOM_BYTES`], a `bomFormat` other than `CycloneDX` and spec
/// versions outside [`READABLE_SPEC_VERSIONS`]. Fields this crate does not model are ignored.
pub fn parse_bom(bytes: &[u8]) -> Result<Bom, crate::FormatsError> {
    use crate::FormatsError;
    const FORMAT: &str = "CycloneDX";
    if bytes.len() > MAX_BOM_BYTES {
        return Err(FormatsError::TooLarge {
            format: FORMAT,
            size: bytes.len(),
            limit: MAX_BOM_BYTES,
        });
    }
    // Check the envelope first so that a wrong document gets a clear message rather than the
    // first structural mismatch deep inside it.
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Envelope {
        bom_format: Option<String>,
        spec_version: Option<String>,
    }
    let envelope: Envelope =
        serde_json::from_slice(bytes).map_err(|e| FormatsError::json(FORMAT, e))?;
    let format = envelope.bom_format.unwrap_or_default();
    if format != BOM_FORMAT {
        return Err(FormatsError::NotCycloneDx { found: format });
    }
    let version = envelope.spec_version.unwrap_or_default();
    if !READABLE_SPEC_VERSIONS.contains(&version.as_str()) {
        return Err(FormatsError::UnsupportedSpecVersion {
            found: version,
            expected: "1.6, 1.7",
        });
    }
    serde_json::from_slice(bytes).map_err(|e| FormatsError::json(FORMAT, e))
}
