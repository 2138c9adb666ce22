//! Conversion of inventory assets into a CycloneDX 1.6 CBOM.
//!
//! Mapping:
//!
//! * every distinct [`Algorithm`] (same name, parameter set, curve and key size) → one `algorithm`
//!   component, whose occurrences are every place it is used (as a key algorithm, a certificate
//!   signature, a keystore protection);
//! * a certificate → a `certificate` component (one per SHA-256 fingerprint), pointing at its
//!   signature algorithm and at a `public-key` component for its subject public key;
//! * a private or public key → a `related-crypto-material` component of type `private-key` /
//!   `public-key`. Public keys are merged by key fingerprint (the same key in a `.pub` file and in
//!   a certificate is one component with several occurrences); a private key and its public key
//!   stay two components that share `id` = `sha256:<key fingerprint>`;
//! * a CSR, domain parameters, a keystore → `related-crypto-material` of type `other`, with a
//!   `mamori:kind` property (`csr`, `parameters`, `keystore`), since the 1.6 type enum names none
//!   of them;
//! * `dependencies` record the same links as a graph (certificate → signature algorithm and
//!   public key, key → algorithm, keystore → protection algorithm and the entries found in it,
//!   metadata component → every asset nobody else depends on).
//!
//! Code findings ([`cbom_from_code`], [`cbom_from_inventory`]) join the same graph:
//!
//! * an algorithm finding → the `algorithm` component of its [`Algorithm`], merged by the same
//!   key as file assets and endpoints. A block cipher whose name carries no mode gets the mode
//!   the code gives (`AES-128` + `ECB` → `AES-128-ECB`), so that ECB and GCM uses are two
//!   components, each with its `algorithmProperties.mode`;
//! * every finding adds an occurrence: path, line, `offset` (0-based byte offset of the symbol in
//!   its line), `symbol` (the API or directive), and `additionalContext` (mode, padding and the
//!   evidence text; evidence that may hold a secret has its literals masked, see
//!   [`crate::sarif::shown_evidence`]);
//! * weaknesses → one `mamori:weakness` property per kind (sorted) on the component, and the
//!   component's `mamori:status` is the worst of its own and its findings' statuses;
//! * a protocol finding → a `protocol` component per protocol and version (`TLS 1.0`, type
//!   `tls`; SSL is written as type `tls` and DTLS as `other`, both with a `mamori:protocol`
//!   property), with one occurrence per place that enables it;
//! * a material finding → a `related-crypto-material` component per place, of the type of its
//!   [`MaterialKind`] (`secret-key`, `initialization-vector`, `salt`, `password`, `nonce`,
//!   `private-key`), whose `algorithmRef` and `dependencies` point at its algorithm when known.
//!   The value itself is never written.
//!
//! The output is deterministic: components and occurrences are sorted, and the serial number is
//! a name-based UUID derived from the content and the timestamp.

use std::collections::{BTreeMap, BTreeSet};

use mamori_model::{
    Algorithm, Asset, AssetKind, CertificateInfo, CodeFinding, CodeFindingKind, KeystoreInfo,
    Location, MaterialKind, Primitive, ProtocolVersion, Status, WeaknessKind,
};
use sha1::{Digest, Sha1};

use crate::cyclonedx::{
    AlgorithmProperties, AssetType, Bom, CertificateProperties, CipherSuite, Component,
    ComponentType, CryptoProperties, Dependency, Evidence, Metadata, Mode, Occurrence, Padding,
    Property, ProtocolProperties, ProtocolType, RelatedCryptoMaterialProperties,
    RelatedCryptoMaterialType, SecuredBy, Tools,
};

/// bom-ref of the metadata component (the scanned root), when there is one.
pub const ROOT_REF: &str = "root";

/// What the caller supplies so that the conversion itself stays pure and deterministic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CbomOptions {
    /// mamori's version, for `metadata.tools`.
    pub tool_version: String,
    /// RFC 3339 date-time of the scan (`2025-06-01T12:00:00Z`). Its year is the year in which the
    /// `mamori:status` of each algorithm is evaluated.
    pub timestamp: String,
    /// Name of the scanned system, written as the `application` metadata component.
    pub root_name: Option<String>,
}

impl CbomOptions {
    pub fn new(tool_version: impl Into<String>, timestamp: impl Into<String>) -> CbomOptions {
        CbomOptions {
            tool_version: tool_version.into(),
            timestamp: timestamp.into(),
            root_name: None,
        }
    }
}

/// A protocol endpoint as a network scanner found it: one per protocol version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProtocolFinding {
    pub protocol: ProtocolType,
    /// `1.2`, `1.3`, `2.0`.
    pub version: String,
    /// `host:port`: the occurrence location of everything below.
    pub target: String,
    pub cipher_suites: Vec<SuiteFinding>,
    /// Other algorithms the endpoint accepts: key-exchange groups and methods, host-key
    /// algorithms, ciphers and MACs of SSH.
    pub algorithms: Vec<Algorithm>,
    /// Certificates and host keys the endpoint presented, located at `target`.
    pub assets: Vec<Asset>,
}

/// One accepted cipher suite.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SuiteFinding {
    /// IANA name.
    pub name: String,
    /// Codepoint bytes as CycloneDX writes them: `["0xC0", "0x2F"]`.
    pub identifiers: Vec<String>,
    /// The algorithms the suite combines (key exchange, authentication, cipher, MAC).
    pub algorithms: Vec<Algorithm>,
}

/// Build the CBOM of `assets`.
pub fn cbom_from_assets(assets: &[Asset], options: &CbomOptions) -> Bom {
    cbom_from_scan(assets, &[], options)
}

/// Build the CBOM of file assets and protocol endpoints together.
pub fn cbom_from_scan(
    assets: &[Asset],
    protocols: &[ProtocolFinding],
    options: &CbomOptions,
) -> Bom {
    cbom_from_inventory(assets, protocols, &[], options)
}

/// Build the CBOM of the cryptography found in source code and configuration files.
pub fn cbom_from_code(findings: &[CodeFinding], options: &CbomOptions) -> Bom {
    cbom_from_inventory(&[], &[], findings, options)
}

/// Build one CBOM of file assets, protocol endpoints and code findings: an algorithm used by a
/// key file, offered by a server and called in the code is one component with every occurrence.
pub fn cbom_from_inventory(
    assets: &[Asset],
    protocols: &[ProtocolFinding],
    code: &[CodeFinding],
    options: &CbomOptions,
) -> Bom {
    let year = year_of(&options.timestamp);
    let mut graph = Graph {
        year,
        ..Graph::default()
    };
    for asset in assets {
        graph.add_asset(asset);
    }
    for p in protocols {
        graph.add_protocol(p);
    }
    // In a fixed order, so that what a first sighting fills in does not depend on the input's.
    let mut code: Vec<&CodeFinding> = code.iter().collect();
    code.sort_by_cached_key(|f| crate::sarif::finding_order(f));
    for f in code {
        graph.add_code_finding(f);
    }
    graph.link_keystore_contents();
    let refs = graph.allocate_refs();

    let mut components: Vec<Component> = graph
        .nodes
        .iter()
        .map(|(key, node)| node.render(&refs[key], &refs, year))
        .collect();
    components.sort_by(|a, b| a.bom_ref.cmp(&b.bom_ref));

    let mut dependencies: Vec<Dependency> = graph
        .nodes
        .iter()
        .filter(|(_, node)| !node.depends_on.is_empty())
        .map(|(key, node)| Dependency {
            dependency_ref: refs[key].clone(),
            depends_on: sorted_refs(&node.depends_on, &refs),
            provides: Vec::new(),
        })
        .collect();

    let root = options.root_name.as_ref().map(|name| {
        let mut c = Component::new(ComponentType::Application, name.clone());
        c.bom_ref = Some(ROOT_REF.to_owned());
        c
    });
    if root.is_some() {
        let depended: BTreeSet<&NodeKey> =
            graph.nodes.values().flat_map(|n| &n.depends_on).collect();
        let tops: BTreeSet<NodeKey> = graph
            .nodes
            .keys()
            .filter(|k| !depended.contains(k))
            .cloned()
            .collect();
        dependencies.push(Dependency {
            dependency_ref: ROOT_REF.to_owned(),
            depends_on: sorted_refs(&tops, &refs),
            provides: Vec::new(),
        });
    }
    dependencies.sort();

    let mut tool = Component::new(ComponentType::Application, "mamori");
    tool.version = Some(options.tool_version.clone());

    // The schema wants an RFC 3339 date-time; keep anything else as a property rather than
    // write an invalid document.
    let timestamp_ok = is_rfc3339_date_time(&options.timestamp);
    let mut metadata_properties = Vec::new();
    if !timestamp_ok && !options.timestamp.is_empty() {
        metadata_properties.push(Property::new("mamori:timestamp", options.timestamp.clone()));
    }

    let mut bom = Bom::new();
    bom.metadata = Some(Metadata {
        timestamp: timestamp_ok.then(|| options.timestamp.clone()),
        tools: Some(Tools {
            components: vec![tool],
        }),
        component: root.map(Box::new),
        properties: metadata_properties,
    });
    bom.components = components;
    bom.dependencies = dependencies;
    bom.serial_number = Some(serial_number_for(&bom));
    bom
}

/// A name-based (version 5, RFC 4122 §4.3) UUID computed over the BOM's JSON without its serial
/// number, as a `urn:uuid:` URN. The timestamp is part of the hashed content, so two scans at
/// different times get different serial numbers while the same scan converts to the same bytes.
pub fn serial_number_for(bom: &Bom) -> String {
    let mut unsigned = bom.clone();
    unsigned.serial_number = None;
    // Serializing these types cannot fail: every map key is a string.
    serial_number_for_content(&serde_json::to_vec(&unsigned).unwrap_or_default())
}

/// The serial number of a BOM whose content (without its serial number) is `content`: the same
/// name-based UUID [`serial_number_for`] uses, for BOMs built as JSON values (SBOMs, VDRs).
pub fn serial_number_for_content(content: &[u8]) -> String {
    // A fixed namespace for mamori BOMs: UUID v5 of the URL namespace and "urn:mamori:bom" would
    // do as well; any constant works as long as it never changes.
    const NAMESPACE: [u8; 16] = [
        0x6d, 0x61, 0x6d, 0x6f, 0x72, 0x69, 0x4b, 0x42, 0x8f, 0x0d, 0x63, 0x62, 0x6f, 0x6d, 0x2e,
        0x31,
    ];
    let mut hasher = Sha1::new();
    hasher.update(NAMESPACE);
    hasher.update(content);
    let digest = hasher.finalize();
    let mut b = [0u8; 16];
    b.copy_from_slice(&digest[..16]);
    b[6] = (b[6] & 0x0f) | 0x50; // version 5
    b[8] = (b[8] & 0x3f) | 0x80; // RFC 4122 variant
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "urn:uuid:{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

// ---------------------------------------------------------------------------------------------
// The graph of nodes before rendering.

/// What identifies an algorithm component: the parameters that change its strength.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct AlgKey {
    name: String,
    parameter_set: Option<String>,
    curve: Option<String>,
    key_size: Option<u32>,
}

impl AlgKey {
    fn of(alg: &Algorithm) -> AlgKey {
        AlgKey {
            name: alg.name.clone(),
            parameter_set: alg.parameter_set.clone(),
            curve: alg.curve.clone(),
            key_size: alg.key_size,
        }
    }
}

/// Identity of a component: two assets with the same key become one component.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum NodeKey {
    Algorithm(AlgKey),
    /// `sha256:<fingerprint>` or `at:<location>`.
    Certificate(String),
    /// `sha256:<key fingerprint>`, `cert:<certificate identity>` or `at:<location>`.
    PublicKey(String),
    /// Identity as for public keys, and whether this copy is encrypted.
    PrivateKey(String, bool),
    Csr(String),
    Parameters(String),
    Keystore(String),
    /// `tls-1.3@host:port` for an endpoint, `tls-1.0` for a version enabled in code.
    Protocol(String),
    /// Key material written into code: `secret-key@path:line:column`.
    CodeMaterial(String),
    /// An asset kind this writer does not know yet.
    Other(String),
}

#[derive(Debug)]
enum Body {
    Algorithm(Box<Algorithm>),
    Certificate {
        info: Option<Box<CertificateInfo>>,
        ssh: bool,
        signature: Option<NodeKey>,
        public_key: Option<NodeKey>,
    },
    Material(Box<Material>),
    Protocol(Box<ProtocolNode>),
}

#[derive(Debug)]
struct ProtocolNode {
    protocol: ProtocolType,
    /// `TLS`, `SSH`, `SSL`, `DTLS`.
    name: String,
    version: String,
    /// `host:port` of an endpoint; `None` for a version enabled in code or configuration.
    target: Option<String>,
    /// (name, identifiers, algorithm nodes)
    suites: Vec<(String, Vec<String>, Vec<NodeKey>)>,
    /// Algorithms, certificates and keys the endpoint uses besides its suites.
    refs: Vec<NodeKey>,
}

#[derive(Debug)]
struct Material {
    material_type: RelatedCryptoMaterialType,
    /// `mamori:kind` when `material_type` does not say it (csr, parameters, keystore).
    kind: Option<&'static str>,
    algorithm: Option<NodeKey>,
    /// Display name of the algorithm, for the component name.
    algorithm_name: Option<String>,
    size: Option<u32>,
    fingerprint: Option<String>,
    /// `Some(true)` encrypted, `Some(false)` in the clear, `None` not applicable.
    encrypted: Option<bool>,
    /// For a keystore, the algorithm that protects it.
    secured_by_algorithm: Option<NodeKey>,
    keystore: Option<KeystoreInfo>,
    /// For a CSR, the algorithm it is signed with and its subject.
    csr_signature: Option<NodeKey>,
    csr_subject: Option<String>,
}

impl Material {
    fn new(material_type: RelatedCryptoMaterialType, kind: Option<&'static str>) -> Material {
        Material {
            material_type,
            kind,
            algorithm: None,
            algorithm_name: None,
            size: None,
            fingerprint: None,
            encrypted: None,
            secured_by_algorithm: None,
            keystore: None,
            csr_signature: None,
            csr_subject: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Occ {
    location: String,
    line: Option<u32>,
    /// 0-based byte offset in the line.
    offset: Option<u32>,
    symbol: Option<String>,
    context: Option<String>,
}

impl Occ {
    fn at(location: &Location, role: Option<&str>) -> Occ {
        let mut parts: Vec<String> = role.iter().map(|r| (*r).to_owned()).collect();
        if let Some(i) = location.index {
            parts.push(format!("index {i}"));
        }
        if let Some(a) = &location.alias {
            parts.push(format!("alias {a}"));
        }
        Occ {
            location: location.path.clone(),
            line: location.line,
            offset: None,
            symbol: None,
            context: (!parts.is_empty()).then(|| parts.join("; ")),
        }
    }

    /// Where a code finding is: its line, the symbol's offset in it, the symbol, and as context
    /// `role`, the mode, the padding and the evidence (masked when it may hold a secret).
    fn of_code(f: &CodeFinding, role: Option<&str>) -> Occ {
        let mut parts: Vec<String> = role.iter().map(|r| (*r).to_owned()).collect();
        if let Some(m) = &f.mode {
            parts.push(format!("mode {m}"));
        }
        if let Some(p) = &f.padding {
            parts.push(format!("padding {p}"));
        }
        let evidence = crate::sarif::shown_evidence(f);
        if !evidence.is_empty() {
            parts.push(format!("evidence: {evidence}"));
        }
        Occ {
            location: f.location.path.clone(),
            line: f.location.line,
            offset: f.column.checked_sub(1),
            symbol: non_empty(&f.symbol),
            context: (!parts.is_empty()).then(|| parts.join("; ")),
        }
    }
}

#[derive(Debug)]
struct Node {
    base_ref: String,
    body: Body,
    occurrences: BTreeSet<Occ>,
    status: Option<Status>,
    formats: BTreeSet<String>,
    notes: BTreeSet<String>,
    /// Weak uses the code makes of the component (ECB mode, a hard-coded key...).
    weaknesses: BTreeSet<WeaknessKind>,
    depends_on: BTreeSet<NodeKey>,
}

impl Node {
    fn new(base_ref: String, body: Body) -> Node {
        Node {
            base_ref,
            body,
            occurrences: BTreeSet::new(),
            status: None,
            formats: BTreeSet::new(),
            notes: BTreeSet::new(),
            weaknesses: BTreeSet::new(),
            depends_on: BTreeSet::new(),
        }
    }

    /// Record a code finding's status and weaknesses.
    fn mark(&mut self, f: &CodeFinding) {
        self.status = self.status.max(f.status);
        self.weaknesses.extend(f.weaknesses.iter().map(|w| w.kind));
    }
}

#[derive(Debug, Default)]
struct Graph {
    /// Year in which statuses not supplied by the scanner are evaluated.
    year: Option<u16>,
    nodes: BTreeMap<NodeKey, Node>,
    /// (path, node) for every asset-level node, to find what a keystore contains.
    found_in: Vec<(String, NodeKey)>,
}

impl Graph {
    fn add_protocol(&mut self, p: &ProtocolFinding) {
        let occ = |role: String| Occ {
            location: p.target.clone(),
            line: None,
            offset: None,
            symbol: None,
            context: Some(role),
        };
        let proto = match p.protocol {
            ProtocolType::Ssh => "SSH",
            _ => "TLS",
        };
        let mut suites = Vec::new();
        let mut depends = BTreeSet::new();
        for s in &p.cipher_suites {
            let keys: Vec<NodeKey> = s
                .algorithms
                .iter()
                .map(|a| {
                    self.add_algorithm(
                        a,
                        occ(format!("{proto} {} cipher suite {}", p.version, s.name)),
                    )
                })
                .collect();
            depends.extend(keys.iter().cloned());
            suites.push((s.name.clone(), s.identifiers.clone(), keys));
        }
        let mut refs = Vec::new();
        for a in &p.algorithms {
            let k = self.add_algorithm(a, occ(format!("{proto} {}", p.version)));
            if !refs.contains(&k) {
                refs.push(k);
            }
        }
        for asset in &p.assets {
            let before = self.found_in.len();
            self.add_asset(asset);
            for (_, k) in &self.found_in[before..] {
                if !refs.contains(k) {
                    refs.push(k.clone());
                }
            }
        }
        depends.extend(refs.iter().cloned());
        let key = NodeKey::Protocol(format!(
            "{}-{}@{}",
            proto.to_ascii_lowercase(),
            p.version,
            p.target
        ));
        let node = self.nodes.entry(key).or_insert_with(|| {
            Node::new(
                format!(
                    "crypto/protocol/{}-{}@{}",
                    proto.to_ascii_lowercase(),
                    slug(&p.version),
                    slug(&p.target)
                ),
                Body::Protocol(Box::new(ProtocolNode {
                    protocol: p.protocol,
                    name: proto.to_owned(),
                    version: p.version.clone(),
                    target: Some(p.target.clone()),
                    suites,
                    refs,
                })),
            )
        });
        node.occurrences.insert(occ(format!("{proto} endpoint")));
        node.depends_on.extend(depends);
    }

    fn add_algorithm(&mut self, alg: &Algorithm, occ: Occ) -> NodeKey {
        let key = NodeKey::Algorithm(AlgKey::of(alg));
        let node = self.nodes.entry(key.clone()).or_insert_with(|| {
            let mut base = format!("crypto/algorithm/{}", slug(&alg.name));
            if alg.oid.is_none() {
                // Same name, different parameters: keep the refs readable and distinct.
                if let Some(c) = &alg.curve {
                    base = format!("{base}-{}", slug(c));
                }
            }
            if let Some(oid) = &alg.oid {
                base = format!("{base}@{}", slug(oid));
            }
            Node::new(base, Body::Algorithm(Box::new(alg.clone())))
        });
        if let Body::Algorithm(known) = &mut node.body {
            // Fill what an earlier sighting of the same algorithm lacked.
            if known.oid.is_none() {
                known.oid.clone_from(&alg.oid);
            }
            if known.broken_reason.is_none() {
                known.broken_reason.clone_from(&alg.broken_reason);
            }
        }
        node.occurrences.insert(occ);
        key
    }

    fn add_code_finding(&mut self, f: &CodeFinding) {
        match (f.kind, &f.protocol) {
            (CodeFindingKind::Material, _) => self.add_code_material(f),
            (CodeFindingKind::Protocol, Some(p)) => self.add_code_protocol(f, p),
            _ => {
                // An algorithm the scanner could not resolve has no component to go to; the
                // finding stays in the scanner's own report and in SARIF.
                let Some(alg) = &f.algorithm else {
                    return;
                };
                let alg = with_code_mode(alg, f.mode.as_deref());
                let key = self.add_algorithm(&alg, Occ::of_code(f, None));
                if let Some(node) = self.nodes.get_mut(&key) {
                    node.mark(f);
                }
            }
        }
    }

    fn add_code_protocol(&mut self, f: &CodeFinding, p: &ProtocolVersion) {
        let name = p.name.trim().to_ascii_uppercase();
        let protocol = match name.as_str() {
            "TLS" | "SSL" => ProtocolType::Tls,
            "SSH" => ProtocolType::Ssh,
            _ => ProtocolType::Other,
        };
        let alg = f
            .algorithm
            .as_ref()
            .map(|a| self.add_algorithm(a, Occ::of_code(f, None)));
        let key = NodeKey::Protocol(format!("{}-{}", name.to_ascii_lowercase(), p.version));
        let base = format!("crypto/protocol/{}-{}", slug(&name), slug(&p.version));
        let node = self.nodes.entry(key).or_insert_with(|| {
            Node::new(
                base,
                Body::Protocol(Box::new(ProtocolNode {
                    protocol,
                    name: name.clone(),
                    version: p.version.clone(),
                    target: None,
                    suites: Vec::new(),
                    refs: Vec::new(),
                })),
            )
        });
        node.occurrences.insert(Occ::of_code(f, None));
        node.mark(f);
        if let (Some(k), Body::Protocol(pn)) = (&alg, &mut node.body) {
            if !pn.refs.contains(k) {
                pn.refs.push(k.clone());
                pn.refs.sort();
            }
        }
        node.depends_on.extend(alg);
    }

    fn add_code_material(&mut self, f: &CodeFinding) {
        let material_type = f
            .material
            .map(material_type_of)
            .unwrap_or(RelatedCryptoMaterialType::Unknown);
        let type_name = f.material.map_or("key-material", MaterialKind::as_str);
        let alg_name = f.algorithm.as_ref().map(|a| a.name.clone());
        let key_size = f.algorithm.as_ref().and_then(|a| a.key_size);
        let alg = f.algorithm.as_ref().map(|a| {
            let role = format!("algorithm of a {} written in the code", type_name);
            self.add_algorithm(a, Occ::of_code(f, Some(&role)))
        });
        let place = match f.location.line {
            Some(line) => format!("{}:{line}", f.location.path),
            None => f.location.path.clone(),
        };
        let base = format!(
            "crypto/{}/{}@{}",
            type_name,
            slug(alg_name.as_deref().unwrap_or("unknown")),
            slug(&place)
        );
        let key = NodeKey::CodeMaterial(format!("{type_name}@{place}:{}", f.column));
        let node = self.nodes.entry(key).or_insert_with(|| {
            Node::new(
                base,
                Body::Material(Box::new(Material::new(material_type, None))),
            )
        });
        node.occurrences.insert(Occ::of_code(f, None));
        node.mark(f);
        fill_material_algorithm(node, alg, alg_name, key_size);
    }

    /// Insert or merge a node of `key`, recording the asset's occurrence, status, format and notes.
    fn upsert(
        &mut self,
        key: NodeKey,
        asset: &Asset,
        role: Option<&str>,
        make: impl FnOnce() -> Node,
    ) -> &mut Node {
        let node = self.nodes.entry(key).or_insert_with(make);
        node.occurrences.insert(Occ::at(&asset.location, role));
        node.status = node.status.max(asset.status);
        node
    }

    fn add_asset(&mut self, asset: &Asset) {
        let loc = &asset.location;
        let at = format!("at:{}", loc.display());
        let fp_identity = asset.key_fingerprint.as_deref().map(key_id);
        let alg_name = asset.algorithm.as_ref().map(|a| a.name.clone());
        let key_size = asset.algorithm.as_ref().and_then(|a| a.key_size);

        match asset.kind {
            AssetKind::Certificate | AssetKind::SshCertificate => {
                let ssh = asset.kind == AssetKind::SshCertificate;
                let what = if ssh {
                    "SSH certificate"
                } else {
                    "certificate"
                };
                let info = asset.certificate.clone();
                let cert_identity = info
                    .as_ref()
                    .filter(|c| !c.fingerprint_sha256.is_empty())
                    .map(|c| format!("sha256:{}", c.fingerprint_sha256.to_ascii_lowercase()))
                    .unwrap_or_else(|| at.clone());

                let key_alg = asset.algorithm.as_ref().map(|a| {
                    let role = format!("subject public key algorithm of {what}");
                    self.add_algorithm(a, Occ::at(loc, Some(&role)))
                });
                let signature = info.as_ref().map(|c| {
                    let role = format!("signature algorithm of {what}");
                    self.add_algorithm(&c.signature_algorithm, Occ::at(loc, Some(&role)))
                });
                let pk_identity = fp_identity
                    .clone()
                    .unwrap_or_else(|| format!("cert:{cert_identity}"));
                let public_key = self.add_public_key(
                    pk_identity,
                    asset,
                    key_alg,
                    Some(&format!("subject public key of {what}")),
                    false,
                );

                let name = info
                    .as_ref()
                    .map(|c| certificate_name(c))
                    .unwrap_or_else(|| what.to_owned());
                let base = format!(
                    "crypto/certificate/{}@{}",
                    slug(&name),
                    slug(ref_part(&cert_identity))
                );
                let key = NodeKey::Certificate(cert_identity);
                let node = self.upsert(key.clone(), asset, None, || {
                    Node::new(
                        base,
                        Body::Certificate {
                            info,
                            ssh,
                            signature: None,
                            public_key: None,
                        },
                    )
                });
                node.formats.insert(asset.format.clone());
                node.notes.extend(asset.notes.iter().cloned());
                if let Body::Certificate {
                    signature: s,
                    public_key: p,
                    ..
                } = &mut node.body
                {
                    if s.is_none() {
                        s.clone_from(&signature);
                    }
                    if p.is_none() {
                        *p = Some(public_key.clone());
                    }
                }
                node.depends_on.extend(signature);
                node.depends_on.insert(public_key);
                self.found_in.push((loc.path.clone(), key));
            }
            AssetKind::PublicKey => {
                let key_alg = asset
                    .algorithm
                    .as_ref()
                    .map(|a| self.add_algorithm(a, Occ::at(loc, Some("public key algorithm"))));
                let identity = fp_identity.unwrap_or(at);
                let key = self.add_public_key(identity, asset, key_alg, None, true);
                self.found_in.push((loc.path.clone(), key));
            }
            AssetKind::PrivateKey => {
                let key_alg = asset
                    .algorithm
                    .as_ref()
                    .map(|a| self.add_algorithm(a, Occ::at(loc, Some("private key algorithm"))));
                let identity = fp_identity.clone().unwrap_or(at);
                let base = format!(
                    "crypto/private-key/{}@{}{}",
                    slug(alg_name.as_deref().unwrap_or("unknown")),
                    slug(ref_part(&identity)),
                    if asset.encrypted { "/encrypted" } else { "" }
                );
                let key = NodeKey::PrivateKey(identity, asset.encrypted);
                let node = self.upsert(key.clone(), asset, None, || {
                    let mut m = Material::new(RelatedCryptoMaterialType::PrivateKey, None);
                    m.encrypted = Some(asset.encrypted);
                    m.fingerprint.clone_from(&asset.key_fingerprint);
                    Node::new(base, Body::Material(Box::new(m)))
                });
                merge_material(node, asset, key_alg, alg_name, key_size);
                self.found_in.push((loc.path.clone(), key));
            }
            AssetKind::Csr => {
                let key_alg = asset.algorithm.as_ref().map(|a| {
                    self.add_algorithm(a, Occ::at(loc, Some("subject public key algorithm of CSR")))
                });
                let signature = asset.certificate.as_ref().map(|c| {
                    self.add_algorithm(
                        &c.signature_algorithm,
                        Occ::at(loc, Some("signature algorithm of CSR")),
                    )
                });
                let pk_identity = fp_identity
                    .clone()
                    .unwrap_or_else(|| format!("csr:{}", loc.display()));
                let public_key = self.add_public_key(
                    pk_identity,
                    asset,
                    key_alg.clone(),
                    Some("subject public key of CSR"),
                    false,
                );
                let subject = asset
                    .certificate
                    .as_ref()
                    .map(|c| c.subject.clone())
                    .filter(|s| !s.is_empty());
                let label = subject
                    .as_deref()
                    .map(common_name_or_subject)
                    .or(alg_name.clone())
                    .unwrap_or_else(|| "unknown".to_owned());
                let base = format!("crypto/csr/{}@{}", slug(&label), slug(&loc.display()));
                let key = NodeKey::Csr(loc.display());
                let node = self.upsert(key.clone(), asset, None, || {
                    let mut m = Material::new(RelatedCryptoMaterialType::Other, Some("csr"));
                    m.fingerprint.clone_from(&asset.key_fingerprint);
                    m.csr_subject = subject;
                    m.csr_signature.clone_from(&signature);
                    Node::new(base, Body::Material(Box::new(m)))
                });
                merge_material(node, asset, key_alg, alg_name, key_size);
                node.depends_on.extend(signature);
                node.depends_on.insert(public_key);
                self.found_in.push((loc.path.clone(), key));
            }
            AssetKind::Parameters => {
                let alg = asset
                    .algorithm
                    .as_ref()
                    .map(|a| self.add_algorithm(a, Occ::at(loc, Some("domain parameters"))));
                let base = format!(
                    "crypto/parameters/{}@{}",
                    slug(alg_name.as_deref().unwrap_or("unknown")),
                    slug(&loc.display())
                );
                let key = NodeKey::Parameters(loc.display());
                let node = self.upsert(key.clone(), asset, None, || {
                    let m = Material::new(RelatedCryptoMaterialType::Other, Some("parameters"));
                    Node::new(base, Body::Material(Box::new(m)))
                });
                merge_material(node, asset, alg, alg_name, key_size);
                self.found_in.push((loc.path.clone(), key));
            }
            AssetKind::Keystore => {
                let protection = asset
                    .algorithm
                    .as_ref()
                    .map(|a| self.add_algorithm(a, Occ::at(loc, Some("keystore protection"))));
                let format = asset
                    .keystore
                    .as_ref()
                    .map(|k| k.format.clone())
                    .unwrap_or_else(|| asset.format.clone());
                let base = format!("crypto/keystore/{}@{}", slug(&format), slug(&loc.display()));
                let key = NodeKey::Keystore(loc.display());
                let node = self.upsert(key, asset, None, || {
                    let mut m = Material::new(RelatedCryptoMaterialType::Other, Some("keystore"));
                    m.keystore.clone_from(&asset.keystore);
                    m.encrypted = Some(
                        asset.encrypted || asset.keystore.as_ref().is_some_and(|k| k.encrypted),
                    );
                    m.secured_by_algorithm.clone_from(&protection);
                    Node::new(base, Body::Material(Box::new(m)))
                });
                node.formats.insert(asset.format.clone());
                node.notes.extend(asset.notes.iter().cloned());
                node.depends_on.extend(protection);
            }
            _ => {
                let kind = asset.kind.as_str();
                let alg = asset.algorithm.as_ref().map(|a| {
                    self.add_algorithm(a, Occ::at(loc, Some(&format!("{kind} algorithm"))))
                });
                let base = format!("crypto/{}@{}", slug(kind), slug(&loc.display()));
                let key = NodeKey::Other(format!("{kind}@{}", loc.display()));
                let node = self.upsert(key.clone(), asset, None, || {
                    let mut m = Material::new(RelatedCryptoMaterialType::Other, Some(kind));
                    m.fingerprint.clone_from(&asset.key_fingerprint);
                    Node::new(base, Body::Material(Box::new(m)))
                });
                merge_material(node, asset, alg, alg_name, key_size);
                self.found_in.push((loc.path.clone(), key));
            }
        }
    }

    /// The public-key node of `identity`, created or merged. `standalone` is true for a public
    /// key file (whose encoding is the key's format), false for a key embedded in a certificate
    /// or CSR (whose encoding is the container's).
    fn add_public_key(
        &mut self,
        identity: String,
        asset: &Asset,
        alg: Option<NodeKey>,
        role: Option<&str>,
        standalone: bool,
    ) -> NodeKey {
        let alg_name = asset.algorithm.as_ref().map(|a| a.name.clone());
        let key_size = asset.algorithm.as_ref().and_then(|a| a.key_size);
        let base = format!(
            "crypto/public-key/{}@{}",
            slug(alg_name.as_deref().unwrap_or("unknown")),
            slug(ref_part(&identity))
        );
        let key = NodeKey::PublicKey(identity);
        let node = self.nodes.entry(key.clone()).or_insert_with(|| {
            let mut m = Material::new(RelatedCryptoMaterialType::PublicKey, None);
            m.fingerprint.clone_from(&asset.key_fingerprint);
            Node::new(base, Body::Material(Box::new(m)))
        });
        node.occurrences.insert(Occ::at(&asset.location, role));
        fill_material_algorithm(node, alg, alg_name, key_size);
        if standalone {
            node.status = node.status.max(asset.status);
            node.formats.insert(asset.format.clone());
            node.notes.extend(asset.notes.iter().cloned());
        } else if let (Some(a), Some(y)) = (&asset.algorithm, self.year) {
            // A key inside a certificate or CSR: its status is its algorithm's, not the
            // container's (which also counts the signature).
            node.status = node.status.max(Some(a.status_in(y)));
        }
        key
    }

    /// A keystore depends on every asset found inside it (same path).
    fn link_keystore_contents(&mut self) {
        let keystores: Vec<(NodeKey, String)> = self
            .nodes
            .keys()
            .filter_map(|k| match k {
                NodeKey::Keystore(display) => Some((k.clone(), display.clone())),
                _ => None,
            })
            .collect();
        for (ks_key, _) in keystores {
            let Some(ks) = self.nodes.get(&ks_key) else {
                continue;
            };
            let paths: BTreeSet<String> =
                ks.occurrences.iter().map(|o| o.location.clone()).collect();
            let inside: Vec<NodeKey> = self
                .found_in
                .iter()
                .filter(|(p, _)| paths.contains(p))
                .map(|(_, k)| k.clone())
                .collect();
            if let Some(ks) = self.nodes.get_mut(&ks_key) {
                ks.depends_on.extend(inside);
            }
        }
    }

    /// Give every node a unique bom-ref: its base ref, with `-2`, `-3`... appended on collision,
    /// in the (deterministic) order of the node keys.
    fn allocate_refs(&self) -> BTreeMap<NodeKey, String> {
        let mut taken: BTreeSet<String> = BTreeSet::from([ROOT_REF.to_owned()]);
        let mut out = BTreeMap::new();
        let mut order: Vec<(&String, &NodeKey)> =
            self.nodes.iter().map(|(k, n)| (&n.base_ref, k)).collect();
        order.sort();
        for (base, key) in order {
            let mut candidate = base.clone();
            let mut n = 2;
            while taken.contains(&candidate) {
                candidate = format!("{base}-{n}");
                n += 1;
            }
            taken.insert(candidate.clone());
            out.insert(key.clone(), candidate);
        }
        out
    }
}

fn merge_material(
    node: &mut Node,
    asset: &Asset,
    alg: Option<NodeKey>,
    alg_name: Option<String>,
    key_size: Option<u32>,
) {
    node.formats.insert(asset.format.clone());
    node.notes.extend(asset.notes.iter().cloned());
    fill_material_algorithm(node, alg, alg_name, key_size);
}

/// Fills what an earlier sighting of the same material lacked (algorithm, size) and records
/// the dependency on its algorithm.
fn fill_material_algorithm(
    node: &mut Node,
    alg: Option<NodeKey>,
    alg_name: Option<String>,
    key_size: Option<u32>,
) {
    if let Body::Material(m) = &mut node.body {
        if m.algorithm.is_none() {
            m.algorithm.clone_from(&alg);
            m.algorithm_name = alg_name;
        }
        if m.size.is_none() {
            m.size = key_size;
        }
    }
    node.depends_on.extend(alg);
}

// ---------------------------------------------------------------------------------------------
// Rendering.

impl Node {
    fn render(
        &self,
        bom_ref: &str,
        refs: &BTreeMap<NodeKey, String>,
        year: Option<u16>,
    ) -> Component {
        let r = |k: &Option<NodeKey>| k.as_ref().map(|k| refs[k].clone());
        let mut properties = Vec::new();
        let (name, crypto) = match &self.body {
            Body::Algorithm(alg) => {
                let (crypto, props) = algorithm_crypto(alg, year);
                properties = props;
                raise_status(&mut properties, self.status);
                (alg.name.clone(), crypto)
            }
            Body::Certificate {
                info,
                ssh,
                signature,
                public_key,
            } => {
                let mut cp = CertificateProperties {
                    signature_algorithm_ref: r(signature),
                    subject_public_key_ref: r(public_key),
                    certificate_format: Some(if *ssh { "OpenSSH" } else { "X.509" }.to_owned()),
                    certificate_extension: self
                        .occurrences
                        .iter()
                        .find_map(|o| file_extension(&o.location)),
                    ..CertificateProperties::default()
                };
                push_status(&mut properties, self.status);
                let name = match info {
                    Some(c) => {
                        cp.subject_name = non_empty(&c.subject);
                        cp.issuer_name = non_empty(&c.issuer);
                        for (field, value, prop) in [
                            (&mut cp.not_valid_before, &c.not_before, "mamori:not-before"),
                            (&mut cp.not_valid_after, &c.not_after, "mamori:not-after"),
                        ] {
                            if is_rfc3339_date_time(value) {
                                *field = Some(value.clone());
                            } else if !value.is_empty() {
                                // Keep what the parser saw without making the BOM invalid.
                                properties.push(Property::new(prop, value.clone()));
                            }
                        }
                        if !c.fingerprint_sha256.is_empty() {
                            properties.push(Property::new(
                                "mamori:fingerprint-sha256",
                                c.fingerprint_sha256.to_ascii_lowercase(),
                            ));
                        }
                        if !c.serial.is_empty() {
                            properties.push(Property::new("mamori:serial", c.serial.clone()));
                        }
                        properties.push(Property::new("mamori:expired", c.expired.to_string()));
                        properties.push(Property::new(
                            "mamori:self-signed",
                            c.self_signed.to_string(),
                        ));
                        properties.push(Property::new("mamori:ca", c.is_ca.to_string()));
                        for dns in &c.dns_names {
                            properties.push(Property::new("mamori:dns-name", dns.clone()));
                        }
                        certificate_name(c)
                    }
                    None => if *ssh {
                        "SSH certificate"
                    } else {
                        "certificate"
                    }
                    .to_owned(),
                };
                for f in &self.formats {
                    properties.push(Property::new("mamori:encoding", f.clone()));
                }
                let mut crypto = CryptoProperties::new(AssetType::Certificate);
                crypto.certificate_properties = Some(cp);
                (name, crypto)
            }
            Body::Protocol(p) => {
                let mut crypto = CryptoProperties::new(AssetType::Protocol);
                crypto.protocol_properties = Some(ProtocolProperties {
                    protocol_type: Some(p.protocol),
                    version: Some(p.version.clone()),
                    cipher_suites: p
                        .suites
                        .iter()
                        .map(|(name, ids, algs)| CipherSuite {
                            name: Some(name.clone()),
                            algorithms: algs
                                .iter()
                                .map(|k| refs[k].clone())
                                .collect::<BTreeSet<_>>()
                                .into_iter()
                                .collect(),
                            identifiers: ids.clone(),
                        })
                        .collect(),
                    crypto_ref_array: p.refs.iter().map(|k| refs[k].clone()).collect(),
                    ..ProtocolProperties::default()
                });
                if !matches!(p.name.as_str(), "TLS" | "SSH") {
                    properties.push(Property::new("mamori:protocol", p.name.clone()));
                }
                push_status(&mut properties, self.status);
                let name = match &p.target {
                    Some(target) => format!("{} {} @ {target}", p.name, p.version),
                    None => format!("{} {}", p.name, p.version),
                };
                (name, crypto)
            }
            Body::Material(m) => {
                let mut rp = RelatedCryptoMaterialProperties::new(m.material_type);
                rp.id = m.fingerprint.as_deref().map(key_id);
                rp.algorithm_ref = r(&m.algorithm);
                rp.size = m.size.map(u64::from);
                if self.formats.len() == 1 {
                    rp.format = self.formats.first().cloned();
                }
                match m.encrypted {
                    Some(true) => {
                        rp.secured_by = Some(SecuredBy {
                            mechanism: Some("Password-based encryption".to_owned()),
                            algorithm_ref: r(&m.secured_by_algorithm),
                        })
                    }
                    Some(false) => {
                        rp.secured_by = Some(SecuredBy {
                            mechanism: Some("None".to_owned()),
                            algorithm_ref: r(&m.secured_by_algorithm),
                        })
                    }
                    None => {}
                }
                if let Some(kind) = m.kind {
                    properties.push(Property::new("mamori:kind", kind));
                }
                push_status(&mut properties, self.status);
                if let Some(e) = m.encrypted {
                    properties.push(Property::new("mamori:encrypted", e.to_string()));
                }
                if self.formats.len() > 1 {
                    for f in &self.formats {
                        properties.push(Property::new("mamori:format", f.clone()));
                    }
                }
                if let Some(subject) = &m.csr_subject {
                    properties.push(Property::new("mamori:subject", subject.clone()));
                }
                if let Some(sig) = r(&m.csr_signature) {
                    properties.push(Property::new("mamori:signature-algorithm-ref", sig));
                }
                if let Some(ks) = &m.keystore {
                    properties.push(Property::new("mamori:keystore-format", ks.format.clone()));
                    properties.push(Property::new(
                        "mamori:keystore-opened",
                        ks.opened.to_string(),
                    ));
                    properties.push(Property::new(
                        "mamori:keystore-entry-count",
                        ks.entries.len().to_string(),
                    ));
                    for e in &ks.entries {
                        let value = match &e.alias {
                            Some(a) => format!("{a}: {}", e.kind),
                            None => e.kind.clone(),
                        };
                        properties.push(Property::new("mamori:keystore-entry", value));
                    }
                }
                let mut crypto = CryptoProperties::new(AssetType::RelatedCryptoMaterial);
                crypto.related_crypto_material_properties = Some(rp);
                (material_name(m, self.formats.first()), crypto)
            }
        };
        let weaknesses: BTreeSet<&str> = self.weaknesses.iter().map(|w| w.as_str()).collect();
        for w in weaknesses {
            properties.push(Property::new("mamori:weakness", w));
        }
        for n in &self.notes {
            properties.push(Property::new("mamori:note", n.clone()));
        }
        let mut c = Component::new(ComponentType::CryptographicAsset, name);
        c.bom_ref = Some(bom_ref.to_owned());
        c.crypto_properties = Some(crypto);
        c.evidence = Some(Evidence {
            occurrences: self
                .occurrences
                .iter()
                .map(|o| Occurrence {
                    bom_ref: None,
                    location: o.location.clone(),
                    line: o.line.map(u64::from),
                    offset: o.offset.map(u64::from),
                    symbol: o.symbol.clone(),
                    additional_context: o.context.clone(),
                })
                .collect(),
        });
        c.properties = properties;
        c
    }
}

fn algorithm_crypto(alg: &Algorithm, year: Option<u16>) -> (CryptoProperties, Vec<Property>) {
    let ap = AlgorithmProperties {
        primitive: Some(alg.primitive),
        parameter_set_identifier: alg
            .parameter_set
            .clone()
            .or_else(|| alg.key_size.map(|k| k.to_string())),
        curve: alg.curve.clone(),
        mode: mode_of(&alg.name),
        padding: padding_of(&alg.name),
        classical_security_level: Some(u32::from(alg.classical_bits)),
        nist_quantum_security_level: Some(alg.quantum_category),
        ..AlgorithmProperties::default()
    };
    let mut crypto = CryptoProperties::new(AssetType::Algorithm);
    crypto.algorithm_properties = Some(ap);
    crypto.oid.clone_from(&alg.oid);

    let mut props = Vec::new();
    if let Ok(serde_json::Value::String(family)) = serde_json::to_value(alg.family) {
        props.push(Property::new("mamori:family", family));
    }
    if let Some(y) = year {
        props.push(Property::new("mamori:status", alg.status_in(y).as_str()));
    }
    props.push(Property::new(
        "mamori:quantum-vulnerable",
        alg.quantum_vulnerable().to_string(),
    ));
    if let Some(k) = alg.key_size {
        props.push(Property::new("mamori:key-size", k.to_string()));
    }
    if let Some(reason) = &alg.broken_reason {
        props.push(Property::new("mamori:broken-reason", reason.clone()));
    }
    let t = alg.transition();
    if let Some(y) = t.deprecated_after {
        props.push(Property::new("mamori:deprecated-after", y.to_string()));
    }
    if let Some(y) = t.disallowed_after {
        props.push(Property::new("mamori:disallowed-after", y.to_string()));
    }
    (crypto, props)
}

fn push_status(properties: &mut Vec<Property>, status: Option<Status>) {
    if let Some(s) = status {
        properties.push(Property::new("mamori:status", s.as_str()));
    }
}

/// Make an algorithm's `mamori:status` at least `status` (the worst status of the code that uses
/// it: a weakness makes a use broken).
fn raise_status(properties: &mut Vec<Property>, status: Option<Status>) {
    let Some(s) = status else {
        return;
    };
    match properties.iter_mut().find(|p| p.name == "mamori:status") {
        Some(p) => {
            let current = p.value.as_deref().and_then(|v| v.parse::<Status>().ok());
            if current.is_none_or(|c| s > c) {
                p.value = Some(s.as_str().to_owned());
            }
        }
        None => {
            let at = properties
                .iter()
                .position(|p| p.name == "mamori:quantum-vulnerable")
                .unwrap_or(properties.len());
            properties.insert(at, Property::new("mamori:status", s.as_str()));
        }
    }
}

/// The CycloneDX type of a kind of key material.
fn material_type_of(kind: MaterialKind) -> RelatedCryptoMaterialType {
    match kind {
        MaterialKind::SecretKey => RelatedCryptoMaterialType::SecretKey,
        MaterialKind::PrivateKey => RelatedCryptoMaterialType::PrivateKey,
        MaterialKind::InitializationVector => RelatedCryptoMaterialType::InitializationVector,
        MaterialKind::Nonce => RelatedCryptoMaterialType::Nonce,
        MaterialKind::Salt => RelatedCryptoMaterialType::Salt,
        MaterialKind::Password => RelatedCryptoMaterialType::Password,
    }
}

/// A block cipher named without a mode, with the mode the code chose: `AES-128` + `GCM` →
/// `AES-128-GCM`. The OID, which named the algorithm without its mode, is dropped.
fn with_code_mode(alg: &Algorithm, mode: Option<&str>) -> Algorithm {
    let mode = mode.map(|m| m.trim().to_ascii_uppercase());
    match mode {
        Some(m)
            if alg.primitive == Primitive::BlockCipher
                && mode_of(&alg.name).is_none()
                && mode_of(&m).is_some() =>
        {
            let mut a = alg.clone();
            a.name = format!("{}-{m}", alg.name);
            a.oid = None;
            a
        }
        _ => alg.clone(),
    }
}

fn material_name(m: &Material, format: Option<&String>) -> String {
    let alg = m.algorithm_name.as_deref();
    match (m.material_type, m.kind) {
        (RelatedCryptoMaterialType::PrivateKey, _) => match alg {
            Some(a) => format!("{a} private key"),
            None if m.encrypted == Some(true) => "encrypted private key".to_owned(),
            None => "private key".to_owned(),
        },
        (RelatedCryptoMaterialType::PublicKey, _) => match alg {
            Some(a) => format!("{a} public key"),
            None => "public key".to_owned(),
        },
        (_, Some("csr")) => match (&m.csr_subject, alg) {
            (Some(s), _) => format!("CSR {}", common_name_or_subject(s)),
            (None, Some(a)) => format!("{a} CSR"),
            (None, None) => "CSR".to_owned(),
        },
        (_, Some("parameters")) => match alg {
            Some(a) => format!("{a} parameters"),
            None => "domain parameters".to_owned(),
        },
        (_, Some("keystore")) => {
            let f = m
                .keystore
                .as_ref()
                .map(|k| k.format.as_str())
                .or(format.map(String::as_str))
                .unwrap_or("unknown");
            format!("{f} keystore")
        }
        (_, Some(kind)) => match alg {
            Some(a) => format!("{a} {kind}"),
            None => kind.to_owned(),
        },
        (t, None) => {
            let label = material_label(t);
            match alg {
                Some(a) => format!("{a} {label}"),
                None => label.to_owned(),
            }
        }
    }
}

fn material_label(t: RelatedCryptoMaterialType) -> &'static str {
    match t {
        RelatedCryptoMaterialType::SecretKey => "secret key",
        RelatedCryptoMaterialType::InitializationVector => "initialization vector",
        RelatedCryptoMaterialType::Nonce => "nonce",
        RelatedCryptoMaterialType::Salt => "salt",
        RelatedCryptoMaterialType::Password => "password",
        RelatedCryptoMaterialType::PrivateKey => "private key",
        RelatedCryptoMaterialType::PublicKey => "public key",
        _ => "key material",
    }
}

/// The block cipher mode named at the end of an algorithm name (`AES-128-GCM`, `PBES2-AES-256-CBC`).
fn mode_of(name: &str) -> Option<Mode> {
    let last = name.rsplit(['-', '_', '/']).next()?.to_ascii_uppercase();
    Some(match last.as_str() {
        "CBC" => Mode::Cbc,
        "ECB" => Mode::Ecb,
        "CCM" => Mode::Ccm,
        "GCM" => Mode::Gcm,
        "CFB" => Mode::Cfb,
        "OFB" => Mode::Ofb,
        "CTR" => Mode::Ctr,
        _ => return None,
    })
}

/// The padding an algorithm name implies: `SHA256withRSA` is RSASSA-PKCS1-v1_5, `RSA-OAEP` is OAEP.
fn padding_of(name: &str) -> Option<Padding> {
    let lower = name.to_ascii_lowercase();
    if lower.contains("oaep") {
        Some(Padding::Oaep)
    } else if lower.contains("rsa") && (lower.contains("pss") || lower.contains("mgf1")) {
        // RSASSA-PSS has no value of its own in the 1.6 enum.
        Some(Padding::Other)
    } else if lower.contains("withrsa") {
        Some(Padding::Pkcs1v15)
    } else {
        None
    }
}

/// The CN of an RFC 4514 subject, or the whole subject; a fingerprint prefix when empty.
fn certificate_name(c: &CertificateInfo) -> String {
    if c.subject.trim().is_empty() {
        let fp: String = c.fingerprint_sha256.chars().take(16).collect();
        return format!("certificate {fp}").trim_end().to_owned();
    }
    common_name_or_subject(&c.subject)
}

fn common_name_or_subject(subject: &str) -> String {
    rdn_value(subject, "CN").unwrap_or_else(|| subject.to_owned())
}

/// The value of the first attribute `attr` in an RFC 4514 distinguished name, unescaped.
fn rdn_value(dn: &str, attr: &str) -> Option<String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut escaped = false;
    for ch in dn.chars() {
        if escaped {
            current.push(ch);
            escaped = false;
        } else if ch == '\\' {
            escaped = true;
        } else if ch == ',' || ch == '+' {
            parts.push(std::mem::take(&mut current));
        } else {
            current.push(ch);
        }
    }
    parts.push(current);
    parts.into_iter().find_map(|p| {
        let (k, v) = p.split_once('=')?;
        (k.trim().eq_ignore_ascii_case(attr) && !v.trim().is_empty()).then(|| v.trim().to_owned())
    })
}

fn file_extension(path: &str) -> Option<String> {
    let file = path.rsplit('/').next()?;
    let (stem, ext) = file.rsplit_once('.')?;
    (!stem.is_empty()
        && !ext.is_empty()
        && ext.len() <= 8
        && ext.chars().all(|c| c.is_ascii_alphanumeric()))
    .then(|| ext.to_ascii_lowercase())
}

fn non_empty(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_owned())
}

/// A lower-case slug for bom-refs: ASCII letters and digits, `.`, `_`, `/`, `:` kept, anything
/// else turned into `-`.
fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        let c = ch.to_ascii_lowercase();
        if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '/' | ':' | '-') {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let trimmed = out.trim_matches('-');
    if trimmed.is_empty() {
        "x".to_owned()
    } else {
        trimmed.to_owned()
    }
}

/// The part of a node identity shown in its bom-ref: `sha256:<hex>` as is, a location without
/// its `at:` marker.
fn ref_part(identity: &str) -> &str {
    identity.strip_prefix("at:").unwrap_or(identity)
}

fn sorted_refs(keys: &BTreeSet<NodeKey>, refs: &BTreeMap<NodeKey, String>) -> Vec<String> {
    let set: BTreeSet<&String> = keys.iter().map(|k| &refs[k]).collect();
    set.into_iter().cloned().collect()
}

/// The year of an RFC 3339 timestamp.
fn year_of(timestamp: &str) -> Option<u16> {
    let y = timestamp.get(0..4)?;
    if y.bytes().all(|b| b.is_ascii_digit()) {
        y.parse().ok()
    } else {
        None
    }
}

/// `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`, which is what JSON Schema's `date-time` accepts.
fn is_rfc3339_date_time(s: &str) -> bool {
    let b = s.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    if b.len() < 20
        || !digits(0..4)
        || b[4] != b'-'
        || !digits(5..7)
        || b[7] != b'-'
        || !digits(8..10)
        || !matches!(b[10], b'T' | b't')
        || !digits(11..13)
        || b[13] != b':'
        || !digits(14..16)
        || b[16] != b':'
        || !digits(17..19)
    {
        return false;
    }
    let mut i = 19;
    if b[i] == b'.' {
        i += 1;
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return false;
        }
    }
    match &b[i..] {
        [b'Z' | b'z'] => true,
        [b'+' | b'-', h1, h2, b':', m1, m2] => [h1, h2, m1, m2].iter().all(|d| d.is_ascii_digit()),
        _ => false,
    }
}

/// The `id` of key material: an X.509 key's hex SHA-256 as `sha256:<hex>`, an SSH key's
/// fingerprint exactly as `ssh-keygen -l` prints it (`SHA256:<base64>`, case-sensitive).
fn key_id(fingerprint: &str) -> String {
    if fingerprint.starts_with("SHA256:") {
        fingerprint.to_string()
    } else {
        format!("sha256:{}", fingerprint.to_ascii_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ref_friendly() {
        assert_eq!(slug("SHA256withRSA"), "sha256withrsa");
        assert_eq!(slug("ML-DSA-65 + Ed25519"), "ml-dsa-65-ed25519");
        assert_eq!(slug("  "), "x");
    }

    #[test]
    fn common_name_is_extracted_with_escapes() {
        assert_eq!(
            common_name_or_subject("CN=example\\, Inc.,O=Org,C=JP"),
            "example, Inc."
        );
        assert_eq!(common_name_or_subject("O=Org,C=JP"), "O=Org,C=JP");
    }

    #[test]
    fn rfc3339_check() {
        assert!(is_rfc3339_date_time("2025-01-02T03:04:05Z"));
        assert!(is_rfc3339_date_time("2025-01-02T03:04:05.123+09:00"));
        assert!(!is_rfc3339_date_time("2025-01-02 03:04:05"));
        assert!(!is_rfc3339_date_time("Jan  2 03:04:05 2025 GMT"));
    }

    #[test]
    fn modes_and_padding_from_names() {
        assert_eq!(mode_of("AES-128-GCM"), Some(Mode::Gcm));
        assert_eq!(mode_of("PBES2-AES-256-CBC"), Some(Mode::Cbc));
        assert_eq!(mode_of("RSA-2048"), None);
        assert_eq!(padding_of("SHA256withRSA"), Some(Padding::Pkcs1v15));
        assert_eq!(padding_of("SHA256withRSAandMGF1"), Some(Padding::Other));
        assert_eq!(padding_of("ECDSA-P-256"), None);
    }

    #[test]
    fn serial_is_a_version_5_uuid() {
        let s = serial_number_for(&Bom::new());
        assert_eq!(s.len(), "urn:uuid:".len() + 36);
        assert_eq!(&s[9 + 14..9 + 15], "5");
        assert!(matches!(&s[9 + 19..9 + 20], "8" | "9" | "a" | "b"));
    }

    #[test]
    fn year_is_read_from_the_timestamp() {
        assert_eq!(year_of("2031-01-01T00:00:00Z"), Some(2031));
        assert_eq!(year_of("soon"), None);
    }
}
