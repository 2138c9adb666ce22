//! Code findings in both output formats: the CBOM (against the official CycloneDX 1.6 schema, and
//! merged into the same graph as file assets) and SARIF 2.1.0 (structural invariants that the
//! schema cannot express: rule indexes, fingerprints, columns, levels).

use std::collections::{BTreeMap, BTreeSet};

use mamori_formats::cyclonedx::{
    AssetType, Bom, Component, Mode, ProtocolType, RelatedCryptoMaterialType,
};
use mamori_formats::sarif::{
    ColumnKind, Level, PRIMARY_LOCATION_LINE_HASH, SRCROOT, SarifLog, SarifResult,
};
use mamori_formats::testing::validate_cyclonedx_1_6;
use mamori_formats::{
    CbomOptions, cbom_from_code, cbom_from_inventory, sarif_from_code, sarif_from_code_with_lines,
};
use mamori_model::{
    Algorithm, Asset, AssetKind, CodeFinding, CodeFindingKind, Family, Language, Location,
    MaterialKind, Primitive, ProtocolVersion, Status, Weakness, WeaknessKind,
};
use serde_json::Value;

// ------------------------------------------------------------------------------------------------
// Hand-built findings.

#[allow(clippy::too_many_arguments)]
fn alg(
    name: &str,
    family: Family,
    primitive: Primitive,
    parameter_set: Option<&str>,
    key_size: Option<u32>,
    classical_bits: u16,
    quantum_category: u8,
    broken_reason: Option<&str>,
) -> Algorithm {
    Algorithm {
        name: name.to_owned(),
        family,
        primitive,
        parameter_set: parameter_set.map(str::to_owned),
        curve: None,
        key_size,
        classical_bits,
        quantum_category,
        broken_reason: broken_reason.map(str::to_owned),
        oid: None,
    }
}

fn aes_128() -> Algorithm {
    alg(
        "AES-128",
        Family::Aes,
        Primitive::BlockCipher,
        Some("128"),
        None,
        128,
        1,
        None,
    )
}

fn des() -> Algorithm {
    alg(
        "DES",
        Family::Des,
        Primitive::BlockCipher,
        Some("56"),
        None,
        56,
        0,
        Some("56-bit key, exhaustively searchable"),
    )
}

fn md5() -> Algorithm {
    alg(
        "MD5",
        Family::Md5,
        Primitive::Hash,
        None,
        None,
        18,
        0,
        Some("collisions in seconds"),
    )
}

fn rsa(bits: u32, strength: u16) -> Algorithm {
    let mut a = alg(
        &format!("RSA-{bits}"),
        Family::Rsa,
        Primitive::Pke,
        Some(&bits.to_string()),
        Some(bits),
        strength,
        0,
        None,
    );
    a.oid = Some("1.2.840.113549.1.1.1".to_owned());
    a
}

fn sha_256() -> Algorithm {
    alg(
        "SHA-256",
        Family::Sha2,
        Primitive::Hash,
        Some("256"),
        None,
        128,
        2,
        None,
    )
}

const YEAR: u16 = 2025;

struct F(CodeFinding);

impl F {
    fn new(rule: &str, language: Language, path: &str, line: u32, column: u32) -> F {
        F(CodeFinding {
            rule: rule.to_owned(),
            language,
            location: Location {
                path: path.to_owned(),
                index: None,
                line: Some(line),
                alias: None,
            },
            column,
            symbol: String::new(),
            kind: CodeFindingKind::Algorithm,
            algorithm: None,
            mode: None,
            padding: None,
            protocol: None,
            material: None,
            weaknesses: Vec::new(),
            evidence: String::new(),
            status: None,
        })
    }
    fn symbol(mut self, s: &str) -> F {
        self.0.symbol = s.to_owned();
        self
    }
    fn evidence(mut self, e: &str) -> F {
        self.0.evidence = e.to_owned();
        self
    }
    fn algorithm(mut self, a: Algorithm) -> F {
        self.0.algorithm = Some(a);
        self
    }
    fn mode(mut self, m: &str) -> F {
        self.0.mode = Some(m.to_owned());
        self
    }
    fn padding(mut self, p: &str) -> F {
        self.0.padding = Some(p.to_owned());
        self
    }
    fn weakness(mut self, kind: WeaknessKind, msg: &str) -> F {
        self.0.weaknesses.push(Weakness::new(kind, msg));
        self
    }
    fn protocol(mut self, name: &str, version: &str) -> F {
        self.0.kind = CodeFindingKind::Protocol;
        self.0.protocol = Some(ProtocolVersion {
            name: name.to_owned(),
            version: version.to_owned(),
        });
        self
    }
    fn material(mut self, m: MaterialKind) -> F {
        self.0.kind = CodeFindingKind::Material;
        self.0.material = Some(m);
        self
    }
    fn done(mut self) -> CodeFinding {
        self.0.compute_status(YEAR);
        self.0
    }
}

const SECRET: &str = "0123456789abcdef";

/// A Java class with AES in GCM and ECB modes, DES, a hard-coded AES key with a static IV,
/// a Python MD5 and SHA-256, an nginx TLS 1.0 directive used twice and an RSA key pair.
fn findings() -> Vec<CodeFinding> {
    vec![
        F::new(
            "java.jca.cipher",
            Language::Java,
            "src/main/java/Crypto.java",
            12,
            24,
        )
        .symbol("Cipher.getInstance")
        .evidence(r#"Cipher c = Cipher.getInstance("AES/GCM/NoPadding");"#)
        .algorithm(aes_128())
        .mode("GCM")
        .padding("NoPadding")
        .done(),
        F::new(
            "java.jca.cipher",
            Language::Java,
            "src/main/java/Crypto.java",
            30,
            24,
        )
        .symbol("Cipher.getInstance")
        .evidence(r#"Cipher e = Cipher.getInstance("AES/ECB/PKCS5Padding");"#)
        .algorithm(aes_128())
        .mode("ECB")
        .padding("PKCS5")
        .weakness(
            WeaknessKind::EcbMode,
            "ECB mode: equal plaintext blocks give equal ciphertext blocks; use GCM.",
        )
        .done(),
        F::new(
            "java.jca.cipher",
            Language::Java,
            "src/main/java/Legacy.java",
            8,
            30,
        )
        .symbol("Cipher.getInstance")
        .evidence(r#"return Cipher.getInstance("DES/CBC/PKCS5Padding");"#)
        .algorithm(des())
        .mode("CBC")
        .done(),
        F::new(
            "java.jca.secret-key-spec",
            Language::Java,
            "src/main/java/Crypto.java",
            40,
            25,
        )
        .symbol("SecretKeySpec")
        .evidence(&format!(
            r#"SecretKey k = new SecretKeySpec("{SECRET}".getBytes(), "AES");"#
        ))
        .algorithm(aes_128())
        .material(MaterialKind::SecretKey)
        .weakness(WeaknessKind::HardcodedKey, "A key written into the source.")
        .done(),
        F::new(
            "java.jca.iv-parameter-spec",
            Language::Java,
            "src/main/java/Crypto.java",
            41,
            30,
        )
        .symbol("IvParameterSpec")
        .evidence("IvParameterSpec iv = new IvParameterSpec(new byte[]{0x01, 0x02, 0x03});")
        .algorithm(aes_128())
        .material(MaterialKind::InitializationVector)
        .weakness(WeaknessKind::StaticIv, "A constant IV.")
        .done(),
        F::new("python.hashlib", Language::Python, "tools/digest.py", 3, 8)
            .symbol("hashlib.md5")
            .evidence("h = hashlib.md5(data)")
            .algorithm(md5())
            .done(),
        F::new("python.hashlib", Language::Python, "tools/digest.py", 9, 8)
            .symbol("hashlib.sha256")
            .evidence("h = hashlib.sha256(data)")
            .algorithm(sha_256())
            .done(),
        F::new(
            "nginx.ssl-protocols",
            Language::Nginx,
            "etc/nginx/nginx.conf",
            20,
            5,
        )
        .symbol("ssl_protocols")
        .evidence("ssl_protocols TLSv1 TLSv1.2;")
        .protocol("TLS", "1.0")
        .weakness(
            WeaknessKind::DeprecatedProtocol,
            "TLS 1.0 is prohibited by RFC 8996.",
        )
        .done(),
        F::new(
            "nginx.ssl-protocols",
            Language::Nginx,
            "etc/nginx/sites/api.conf",
            7,
            5,
        )
        .symbol("ssl_protocols")
        .evidence("ssl_protocols TLSv1;")
        .protocol("TLS", "1.0")
        .weakness(
            WeaknessKind::DeprecatedProtocol,
            "TLS 1.0 is prohibited by RFC 8996.",
        )
        .done(),
        F::new(
            "java.jca.key-pair-generator",
            Language::Java,
            "src/main/java/Sign.java",
            15,
            1,
        )
        .symbol("KeyPairGenerator.getInstance")
        .evidence(r#"KeyPairGenerator.getInstance("RSA").initialize(3072);"#)
        .algorithm(rsa(3072, 128))
        .done(),
    ]
}

fn options() -> CbomOptions {
    let mut o = CbomOptions::new("0.1.0", "2025-06-01T12:00:00Z");
    o.root_name = Some("shop".to_owned());
    o
}

fn to_value<T: serde::Serialize>(v: &T) -> Value {
    serde_json::to_value(v).expect("serializable")
}

fn by_name<'a>(bom: &'a Bom, name: &str) -> &'a Component {
    bom.components
        .iter()
        .find(|c| c.name == name)
        .unwrap_or_else(|| {
            let names: Vec<&str> = bom.components.iter().map(|c| c.name.as_str()).collect();
            panic!("no component named {name:?}; have {names:?}")
        })
}

fn properties<'a>(c: &'a Component, name: &str) -> Vec<&'a str> {
    c.properties
        .iter()
        .filter(|p| p.name == name)
        .filter_map(|p| p.value.as_deref())
        .collect()
}

fn dependencies_of(bom: &Bom, c: &Component) -> Vec<String> {
    let r = c.bom_ref.as_deref().expect("bom-ref");
    bom.dependencies
        .iter()
        .find(|d| d.dependency_ref == r)
        .map(|d| d.depends_on.clone())
        .unwrap_or_default()
}

// ------------------------------------------------------------------------------------------------
// CBOM.

#[test]
fn code_cbom_is_valid_cyclonedx_1_6() {
    let bom = cbom_from_code(&findings(), &options());
    if let Err(errors) = validate_cyclonedx_1_6(&to_value(&bom)) {
        panic!("invalid CycloneDX 1.6:\n{}", errors.join("\n"));
    }
    // Every reference resolves to a declared bom-ref.
    let declared: BTreeSet<&str> = bom.bom_refs().into_iter().collect();
    for (from, target) in bom.references() {
        assert!(declared.contains(target.as_str()), "{from} → {target}");
    }
}

#[test]
fn occurrences_carry_line_offset_symbol_and_context() {
    let bom = cbom_from_code(&findings(), &options());
    let md5 = by_name(&bom, "MD5");
    let occ = &md5.evidence.as_ref().expect("evidence").occurrences;
    assert_eq!(occ.len(), 1);
    assert_eq!(occ[0].location, "tools/digest.py");
    assert_eq!(occ[0].line, Some(3));
    assert_eq!(occ[0].offset, Some(7));
    assert_eq!(occ[0].symbol.as_deref(), Some("hashlib.md5"));
    assert_eq!(
        occ[0].additional_context.as_deref(),
        Some("evidence: h = hashlib.md5(data)")
    );
    assert_eq!(properties(md5, "mamori:status"), ["broken"]);

    let gcm = by_name(&bom, "AES-128-GCM");
    let ctx = gcm.evidence.as_ref().expect("evidence").occurrences[0]
        .additional_context
        .as_deref()
        .expect("context");
    assert!(
        ctx.starts_with("mode GCM; padding NoPadding; evidence: Cipher c = "),
        "{ctx}"
    );
}

#[test]
fn the_same_algorithm_in_two_places_is_one_component_with_two_occurrences() {
    let one = F::new("python.hashlib", Language::Python, "a.py", 3, 5)
        .symbol("hashlib.md5")
        .evidence("hashlib.md5(x)")
        .algorithm(md5())
        .done();
    let two = F::new("python.hashlib", Language::Python, "b/c.py", 10, 9)
        .symbol("hashlib.md5")
        .evidence("d = hashlib.md5(y)")
        .algorithm(md5())
        .done();
    let bom = cbom_from_code(&[one, two], &options());
    let algorithms: Vec<&Component> = bom
        .components
        .iter()
        .filter(|c| {
            c.crypto_properties.as_ref().map(|p| p.asset_type) == Some(AssetType::Algorithm)
        })
        .collect();
    assert_eq!(algorithms.len(), 1);
    let occ = &algorithms[0]
        .evidence
        .as_ref()
        .expect("evidence")
        .occurrences;
    let places: Vec<(&str, Option<u64>)> =
        occ.iter().map(|o| (o.location.as_str(), o.line)).collect();
    assert_eq!(places, [("a.py", Some(3)), ("b/c.py", Some(10))]);
}

#[test]
fn modes_split_components_and_weaknesses_are_recorded() {
    let bom = cbom_from_code(&findings(), &options());
    let gcm = by_name(&bom, "AES-128-GCM");
    let ecb = by_name(&bom, "AES-128-ECB");
    let mode = |c: &Component| {
        c.crypto_properties
            .as_ref()
            .and_then(|p| p.algorithm_properties.as_ref())
            .and_then(|a| a.mode)
    };
    assert_eq!(mode(gcm), Some(Mode::Gcm));
    assert_eq!(mode(ecb), Some(Mode::Ecb));
    assert_eq!(properties(ecb, "mamori:weakness"), ["ecb-mode"]);
    assert_eq!(properties(ecb, "mamori:status"), ["broken"]);
    assert!(properties(gcm, "mamori:weakness").is_empty());
    assert_eq!(properties(gcm, "mamori:status"), ["quantum-safe"]);
    // DES in CBC: broken by its own strength, no weakness.
    let des = by_name(&bom, "DES-CBC");
    assert_eq!(properties(des, "mamori:status"), ["broken"]);
    assert!(properties(des, "mamori:weakness").is_empty());
}

#[test]
fn weaknesses_are_one_property_per_kind_sorted() {
    let f = |line, kind, msg| {
        F::new("java.jca.cipher", Language::Java, "X.java", line, 1)
            .symbol("Cipher.getInstance")
            .evidence("Cipher.getInstance(t)")
            .algorithm(aes_128())
            .weakness(kind, msg)
            .done()
    };
    let bom = cbom_from_code(
        &[
            f(1, WeaknessKind::StaticIv, "constant IV"),
            f(2, WeaknessKind::EcbMode, "ECB"),
            f(3, WeaknessKind::StaticIv, "constant IV again"),
        ],
        &options(),
    );
    let aes = by_name(&bom, "AES-128");
    assert_eq!(
        properties(aes, "mamori:weakness"),
        ["ecb-mode", "static-iv"]
    );
}

#[test]
fn material_links_to_its_algorithm_and_never_holds_the_secret() {
    let bom = cbom_from_code(&findings(), &options());
    let json = serde_json::to_string(&bom).expect("json");
    assert!(
        !json.contains(SECRET),
        "the hard-coded key leaked into the CBOM"
    );
    assert!(!json.contains("0x01"), "the static IV leaked into the CBOM");

    let aes = by_name(&bom, "AES-128");
    let aes_ref = aes.bom_ref.clone().expect("bom-ref");
    for (name, ty, weakness) in [
        (
            "AES-128 secret key",
            RelatedCryptoMaterialType::SecretKey,
            "hardcoded-key",
        ),
        (
            "AES-128 initialization vector",
            RelatedCryptoMaterialType::InitializationVector,
            "static-iv",
        ),
    ] {
        let c = by_name(&bom, name);
        let rp = c
            .crypto_properties
            .as_ref()
            .and_then(|p| p.related_crypto_material_properties.as_ref())
            .expect("material properties");
        assert_eq!(rp.material_type, Some(ty));
        assert_eq!(rp.algorithm_ref.as_deref(), Some(aes_ref.as_str()));
        assert_eq!(dependencies_of(&bom, c), std::slice::from_ref(&aes_ref));
        assert_eq!(properties(c, "mamori:weakness"), [weakness]);
        assert_eq!(properties(c, "mamori:status"), ["broken"]);
        let occ = &c.evidence.as_ref().expect("evidence").occurrences;
        assert_eq!(occ.len(), 1);
        assert!(occ[0].line.is_some() && occ[0].symbol.is_some());
    }
    let key = by_name(&bom, "AES-128 secret key");
    let ctx = key.evidence.as_ref().expect("evidence").occurrences[0]
        .additional_context
        .clone()
        .expect("context");
    assert_eq!(
        ctx,
        r#"evidence: SecretKey k = new SecretKeySpec("***".getBytes(), "***");"#
    );
    // The algorithm records where its key is written, with that role.
    let aes_occ = &aes.evidence.as_ref().expect("evidence").occurrences;
    assert!(aes_occ.iter().any(|o| {
        o.line == Some(40)
            && o.additional_context
                .as_deref()
                .is_some_and(|c| c.starts_with("algorithm of a secret-key written in the code"))
    }));
}

#[test]
fn protocol_findings_become_one_protocol_component_per_version() {
    let bom = cbom_from_code(&findings(), &options());
    let tls10 = by_name(&bom, "TLS 1.0");
    let pp = tls10
        .crypto_properties
        .as_ref()
        .and_then(|p| p.protocol_properties.as_ref())
        .expect("protocol properties");
    assert_eq!(pp.protocol_type, Some(ProtocolType::Tls));
    assert_eq!(pp.version.as_deref(), Some("1.0"));
    let occ = &tls10.evidence.as_ref().expect("evidence").occurrences;
    let places: Vec<&str> = occ.iter().map(|o| o.location.as_str()).collect();
    assert_eq!(places, ["etc/nginx/nginx.conf", "etc/nginx/sites/api.conf"]);
    assert!(
        occ.iter()
            .all(|o| o.symbol.as_deref() == Some("ssl_protocols"))
    );
    assert_eq!(properties(tls10, "mamori:status"), ["broken"]);
    assert_eq!(
        properties(tls10, "mamori:weakness"),
        ["deprecated-protocol"]
    );

    // SSL keeps its name; DTLS is another protocol for CycloneDX.
    let ssl = F::new(
        "openssl-cnf.min-protocol",
        Language::OpensslCnf,
        "openssl.cnf",
        4,
        1,
    )
    .symbol("MinProtocol")
    .evidence("MinProtocol = SSLv3")
    .protocol("SSL", "3.0")
    .done();
    let dtls = F::new(
        "openssl-cnf.min-protocol",
        Language::OpensslCnf,
        "openssl.cnf",
        5,
        1,
    )
    .symbol("MinProtocol")
    .evidence("MinProtocol = DTLSv1")
    .protocol("DTLS", "1.0")
    .done();
    let bom = cbom_from_code(&[ssl, dtls], &options());
    assert!(validate_cyclonedx_1_6(&to_value(&bom)).is_ok());
    let ssl = by_name(&bom, "SSL 3.0");
    assert_eq!(properties(ssl, "mamori:protocol"), ["SSL"]);
    let dtls = by_name(&bom, "DTLS 1.0");
    let t = dtls
        .crypto_properties
        .as_ref()
        .and_then(|p| p.protocol_properties.as_ref())
        .and_then(|p| p.protocol_type);
    assert_eq!(t, Some(ProtocolType::Other));
}

#[test]
fn code_findings_join_the_file_assets_graph() {
    let key_file = {
        let mut a = Asset {
            kind: AssetKind::PrivateKey,
            algorithm: Some(rsa(3072, 128)),
            format: "PEM".to_owned(),
            encrypted: false,
            certificate: None,
            keystore: None,
            location: Location {
                path: "keys/server.key".to_owned(),
                index: None,
                line: Some(1),
                alias: None,
            },
            status: None,
            key_fingerprint: Some("ab".repeat(32)),
            notes: Vec::new(),
        };
        a.compute_status(YEAR);
        a
    };
    let bom = cbom_from_inventory(&[key_file], &[], &findings(), &options());
    assert!(validate_cyclonedx_1_6(&to_value(&bom)).is_ok());
    let rsa: Vec<&Component> = bom
        .components
        .iter()
        .filter(|c| c.name == "RSA-3072")
        .collect();
    assert_eq!(
        rsa.len(),
        1,
        "one RSA-3072 component for the key file and the code"
    );
    let places: BTreeSet<&str> = rsa[0]
        .evidence
        .as_ref()
        .expect("evidence")
        .occurrences
        .iter()
        .map(|o| o.location.as_str())
        .collect();
    assert_eq!(
        places,
        BTreeSet::from(["keys/server.key", "src/main/java/Sign.java"])
    );
    // The root depends on every component nobody else depends on, the code's included.
    let root = bom
        .dependencies
        .iter()
        .find(|d| d.dependency_ref == "root")
        .expect("root dependencies");
    let md5_ref = by_name(&bom, "MD5").bom_ref.clone().expect("bom-ref");
    assert!(root.depends_on.contains(&md5_ref));
}

#[test]
fn code_cbom_is_deterministic_and_independent_of_input_order() {
    let forward = findings();
    let mut backward = findings();
    backward.reverse();
    let a = serde_json::to_string(&cbom_from_code(&forward, &options())).expect("json");
    let b = serde_json::to_string(&cbom_from_code(&backward, &options())).expect("json");
    let c = serde_json::to_string(&cbom_from_code(&forward, &options())).expect("json");
    assert_eq!(a, b);
    assert_eq!(a, c);
}

#[test]
fn an_unresolved_algorithm_is_left_out_of_the_cbom() {
    let f = F::new("java.jca.cipher", Language::Java, "A.java", 1, 1)
        .symbol("Cipher.getInstance")
        .evidence("Cipher.getInstance(name)")
        .done();
    let bom = cbom_from_code(&[f], &options());
    assert!(bom.components.is_empty());
    assert!(validate_cyclonedx_1_6(&to_value(&bom)).is_ok());
}

// ------------------------------------------------------------------------------------------------
// SARIF.

fn results(log: &SarifLog) -> &[SarifResult] {
    &log.runs[0].results
}

fn fingerprint(r: &SarifResult) -> &str {
    r.partial_fingerprints
        .get(PRIMARY_LOCATION_LINE_HASH)
        .expect("fingerprint")
}

fn prop<'a>(r: &'a SarifResult, key: &str) -> Option<&'a Value> {
    r.properties.as_ref().and_then(|p| p.values.get(key))
}

/// Invariants a SARIF consumer (GitHub code scanning) relies on beyond the schema.
fn check_structure(log: &SarifLog) {
    assert_eq!(log.version, "2.1.0");
    assert_eq!(
        log.schema.as_deref(),
        Some("https://json.schemastore.org/sarif-2.1.0.json")
    );
    assert_eq!(log.runs.len(), 1);
    let run = &log.runs[0];
    let driver = &run.tool.driver;
    assert_eq!(driver.name, "mamori");
    assert!(
        driver
            .information_uri
            .as_deref()
            .is_some_and(|u| u.starts_with("https://"))
    );
    assert_eq!(run.column_kind, Some(ColumnKind::Utf16CodeUnits));
    assert!(run.original_uri_base_ids.contains_key(SRCROOT));

    // Rules: unique ids in order, each with what GitHub shows and a security-severity.
    let ids: Vec<&str> = driver.rules.iter().map(|r| r.id.as_str()).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(ids, sorted, "rule ids sorted and unique");
    for rule in &driver.rules {
        assert!(rule.short_description.is_some() && rule.full_description.is_some());
        assert!(rule.help.is_some());
        let name = rule.name.as_deref().expect("name");
        assert!(!name.is_empty() && !name.contains(' '));
        let props = rule.properties.as_ref().expect("properties");
        assert!(props.tags.contains(&"security".to_owned()));
        let unique: BTreeSet<&String> = props.tags.iter().collect();
        assert_eq!(unique.len(), props.tags.len(), "tags are a set");
        let severity = props.values["security-severity"].as_str().expect("string");
        let n: f64 = severity.parse().expect("number");
        assert!((0.0..=10.0).contains(&n));
    }

    let taxonomy = run.taxonomies.first();
    let mut fingerprints = BTreeSet::new();
    for r in &run.results {
        // ruleIndex points at the rule named by ruleId, whose default level is the result's.
        let id = r.rule_id.as_deref().expect("ruleId");
        let rule = &driver.rules[r.rule_index.expect("ruleIndex")];
        assert_eq!(rule.id, id);
        assert_eq!(
            rule.default_configuration.as_ref().and_then(|c| c.level),
            r.level
        );
        assert!(!r.message.text.is_empty());
        // One physical location, relative to %SRCROOT%, with a line.
        assert_eq!(r.locations.len(), 1);
        let pl = r.locations[0]
            .physical_location
            .as_ref()
            .expect("physical location");
        assert_eq!(pl.artifact_location.uri_base_id.as_deref(), Some(SRCROOT));
        let uri = pl.artifact_location.uri.as_deref().expect("uri");
        assert!(!uri.is_empty() && !uri.starts_with('/') && !uri.contains(':'));
        let region = pl.region.as_ref().expect("region");
        assert!(region.start_line.is_some_and(|l| l >= 1));
        assert!(region.start_column.is_none_or(|c| c >= 1));
        // Fingerprints are unique within the run.
        assert!(fingerprints.insert(fingerprint(r).to_owned()));
        // Taxa point at the CWE entry with the same id.
        for t in &r.taxa {
            let taxonomy = taxonomy.expect("a taxonomy for the taxa");
            assert_eq!(taxonomy.name, "CWE");
            let entry = &taxonomy.taxa[t.index.expect("index")];
            assert_eq!(Some(entry.id.as_str()), t.id.as_deref());
        }
    }
}

#[test]
fn sarif_of_code_findings_is_well_formed() {
    let log = sarif_from_code(&findings(), "0.1.0");
    check_structure(&log);
    assert_eq!(results(&log).len(), findings().len());
    let driver = &log.runs[0].tool.driver;
    assert_eq!(driver.version.as_deref(), Some("0.1.0"));
    assert_eq!(driver.semantic_version.as_deref(), Some("0.1.0"));
    // A version that is not SemVer is kept as the version only.
    let log = sarif_from_code(&findings(), "dev-build");
    check_structure(&log);
    assert_eq!(log.runs[0].tool.driver.semantic_version, None);
}

#[test]
fn levels_and_severities_follow_the_status() {
    let log = sarif_from_code(&findings(), "0.1.0");
    let rules = &log.runs[0].tool.driver.rules;
    let rule_of = |r: &SarifResult| &rules[r.rule_index.expect("index")];
    let mut seen = BTreeMap::new();
    for r in results(&log) {
        let status = prop(r, "status").and_then(Value::as_str).expect("status");
        let severity = rule_of(r).properties.as_ref().expect("props").values["security-severity"]
            .as_str()
            .expect("severity")
            .to_owned();
        assert!(
            r.rule_id
                .as_deref()
                .expect("id")
                .ends_with(&format!("/{status}"))
        );
        seen.insert(status.to_owned(), (r.level.expect("level"), severity));
    }
    let expected = BTreeMap::from([
        ("broken".to_owned(), (Level::Error, "8.0".to_owned())),
        ("quantum-safe".to_owned(), (Level::None, "0.0".to_owned())),
        (
            "quantum-vulnerable".to_owned(),
            (Level::Note, "3.0".to_owned()),
        ),
    ]);
    assert_eq!(seen, expected);

    // Below target: a 112-bit algorithm in a year before 2031 that is not quantum-vulnerable.
    let tdea = alg(
        "3DES",
        Family::TripleDes,
        Primitive::BlockCipher,
        Some("168"),
        None,
        112,
        0,
        None,
    );
    let f = F::new("go.crypto-des", Language::Go, "main.go", 5, 2)
        .symbol("des.NewTripleDESCipher")
        .evidence("des.NewTripleDESCipher(k)")
        .algorithm(tdea)
        .done();
    assert_eq!(f.status, Some(Status::BelowTarget));
    let log = sarif_from_code(&[f], "0.1.0");
    check_structure(&log);
    let r = &results(&log)[0];
    assert_eq!(r.level, Some(Level::Warning));
    let rule = &log.runs[0].tool.driver.rules[0];
    assert_eq!(rule.id, "go.crypto-des/below-target");
    assert_eq!(
        rule.properties.as_ref().expect("props").values["security-severity"],
        "5.0"
    );
    assert!(
        rule.properties
            .as_ref()
            .expect("props")
            .tags
            .contains(&"external/cwe/cwe-326".to_owned())
    );
}

#[test]
fn one_rule_finds_strong_and_broken_algorithms_under_two_rule_ids() {
    let log = sarif_from_code(&findings(), "0.1.0");
    let ids: Vec<&str> = log.runs[0]
        .tool
        .driver
        .rules
        .iter()
        .map(|r| r.id.as_str())
        .filter(|id| id.starts_with("java.jca.cipher/"))
        .collect();
    assert_eq!(
        ids,
        ["java.jca.cipher/broken", "java.jca.cipher/quantum-safe"]
    );
    for r in &log.runs[0].tool.driver.rules {
        let props = r.properties.as_ref().expect("props");
        let rule = props.values["mamoriRule"].as_str().expect("rule");
        assert!(r.id.starts_with(&format!("{rule}/")));
    }
}

#[test]
fn weaknesses_go_into_message_properties_and_cwe_taxa() {
    let log = sarif_from_code(&findings(), "0.1.0");
    let ecb = results(&log)
        .iter()
        .find(|r| prop(r, "mode").and_then(Value::as_str) == Some("ECB"))
        .expect("the ECB result");
    assert!(
        ecb.message.text.starts_with(
            "AES-128 in ECB mode with PKCS5 padding used through Cipher.getInstance: broken"
        ),
        "{}",
        ecb.message.text
    );
    assert!(ecb.message.text.contains("(CWE-327)"));
    assert_eq!(
        prop(ecb, "weaknesses"),
        Some(&serde_json::json!(["ecb-mode"]))
    );
    assert_eq!(prop(ecb, "cwe"), Some(&serde_json::json!(["CWE-327"])));
    assert_eq!(prop(ecb, "algorithm"), Some(&serde_json::json!("AES-128")));
    assert_eq!(
        prop(ecb, "classicalSecurityLevel"),
        Some(&serde_json::json!(128))
    );
    assert_eq!(
        prop(ecb, "nistQuantumSecurityLevel"),
        Some(&serde_json::json!(1))
    );
    let taxa: Vec<&str> = ecb.taxa.iter().filter_map(|t| t.id.as_deref()).collect();
    assert_eq!(taxa, ["327"]);

    let key = results(&log)
        .iter()
        .find(|r| prop(r, "material").and_then(Value::as_str) == Some("secret-key"))
        .expect("the key result");
    let taxa: Vec<&str> = key.taxa.iter().filter_map(|t| t.id.as_deref()).collect();
    assert_eq!(taxa, ["321", "327"]);
    assert!(
        key.message
            .text
            .starts_with("Hard-coded secret key for AES-128")
    );
    let rule = &log.runs[0].tool.driver.rules[key.rule_index.expect("index")];
    let tags = &rule.properties.as_ref().expect("props").tags;
    assert!(tags.contains(&"external/cwe/cwe-321".to_owned()));
}

#[test]
fn secrets_do_not_reach_the_sarif_log() {
    let log = sarif_from_code(&findings(), "0.1.0");
    let json = serde_json::to_string(&log).expect("json");
    assert!(!json.contains(SECRET));
    assert!(!json.contains("0x01"));
    // Evidence without secrets is kept as the snippet.
    let md5 = results(&log)
        .iter()
        .find(|r| prop(r, "algorithm").and_then(Value::as_str) == Some("MD5"))
        .expect("md5");
    let region = md5.locations[0]
        .physical_location
        .as_ref()
        .and_then(|p| p.region.as_ref())
        .expect("region");
    assert_eq!(
        region.snippet.as_ref().map(|s| s.text.as_str()),
        Some("h = hashlib.md5(data)")
    );
}

#[test]
fn fingerprints_survive_lines_inserted_above_and_tell_identical_lines_apart() {
    let at = |line| {
        F::new("python.hashlib", Language::Python, "a.py", line, 5)
            .symbol("hashlib.md5")
            .evidence("h = hashlib.md5(x)")
            .algorithm(md5())
            .done()
    };
    let before = sarif_from_code(&[at(3)], "0.1.0");
    let after = sarif_from_code(&[at(10)], "0.1.0");
    assert_eq!(
        fingerprint(&results(&before)[0]),
        fingerprint(&results(&after)[0])
    );
    // Re-indenting the line does not change it either.
    let mut indented = at(10);
    indented.evidence = "h  =  hashlib.md5(x)".to_owned();
    let reindented = sarif_from_code(&[indented], "0.1.0");
    assert_eq!(
        fingerprint(&results(&before)[0]),
        fingerprint(&results(&reindented)[0])
    );
    // Two identical lines in one file: two results, two fingerprints, ":1" and ":2".
    let both = sarif_from_code(&[at(20), at(3)], "0.1.0");
    let fps: Vec<&str> = results(&both).iter().map(fingerprint).collect();
    assert_eq!(fps.len(), 2);
    assert_ne!(fps[0], fps[1]);
    assert!(fps[0].ends_with(":1") && fps[1].ends_with(":2"));
    assert_eq!(fps[0], fingerprint(&results(&before)[0]));
    // Another file: another fingerprint.
    let mut elsewhere = at(3);
    elsewhere.location.path = "b.py".to_owned();
    let other = sarif_from_code(&[elsewhere], "0.1.0");
    assert_ne!(
        fingerprint(&results(&other)[0]),
        fingerprint(&results(&before)[0])
    );
}

#[test]
fn columns_are_utf16_code_units_or_left_out() {
    let at = |column| {
        F::new("python.hashlib", Language::Python, "ü/a.py", 2, column)
            .symbol("hashlib.md5")
            .evidence("hashlib.md5(x)")
            .algorithm(md5())
            .done()
    };
    let start_column = |log: &SarifLog| {
        results(log)[0].locations[0]
            .physical_location
            .as_ref()
            .and_then(|p| p.region.as_ref())
            .and_then(|r| r.start_column)
    };
    // Without the line's text only column 1 is certain; the byte column stays in properties.
    let log = sarif_from_code(&[at(1)], "0.1.0");
    assert_eq!(start_column(&log), Some(1));
    let log = sarif_from_code(&[at(9)], "0.1.0");
    assert_eq!(start_column(&log), None);
    assert_eq!(
        prop(&results(&log)[0], "byteColumn"),
        Some(&serde_json::json!(9))
    );
    // With it, bytes become UTF-16 code units: "# é😀 " is 9 bytes and 6 code units, so byte
    // column 10 is column 7.
    let line = "# é😀 hashlib.md5(x)";
    assert_eq!(&line.as_bytes()[9..20], b"hashlib.md5");
    let mut asked = Vec::new();
    let log = sarif_from_code_with_lines(&[at(10)], "0.1.0", |path, n| {
        asked.push((path.to_owned(), n));
        Some(line.to_owned())
    });
    assert_eq!(start_column(&log), Some(7));
    assert_eq!(asked, [("ü/a.py".to_owned(), 2)]);
    assert_eq!(
        results(&log)[0].locations[0]
            .physical_location
            .as_ref()
            .and_then(|p| p.artifact_location.uri.as_deref()),
        Some("%C3%BC/a.py")
    );
    // A column inside a character (the file changed since the scan) is left out.
    let log = sarif_from_code_with_lines(&[at(4)], "0.1.0", |_, _| Some(line.to_owned()));
    assert_eq!(start_column(&log), None);
    check_structure(&log);
}

#[test]
fn sarif_is_deterministic_and_reads_back() {
    let forward = findings();
    let mut backward = findings();
    backward.reverse();
    let a = serde_json::to_string_pretty(&sarif_from_code(&forward, "0.1.0")).expect("json");
    let b = serde_json::to_string_pretty(&sarif_from_code(&backward, "0.1.0")).expect("json");
    assert_eq!(a, b);
    let back: SarifLog = serde_json::from_str(&a).expect("reads back");
    assert_eq!(back, sarif_from_code(&forward, "0.1.0"));
    // Results are in path, line order.
    let places: Vec<(String, u32)> = results(&back)
        .iter()
        .map(|r| {
            let pl = r.locations[0].physical_location.as_ref().expect("pl");
            (
                pl.artifact_location.uri.clone().expect("uri"),
                pl.region.as_ref().and_then(|g| g.start_line).expect("line"),
            )
        })
        .collect();
    let mut sorted = places.clone();
    sorted.sort();
    assert_eq!(places, sorted);
}

#[test]
fn an_empty_scan_is_a_run_with_no_results() {
    let log = sarif_from_code(&[], "0.1.0");
    check_structure(&log);
    let v = to_value(&log);
    assert_eq!(v["runs"][0]["results"], serde_json::json!([]));
    assert!(v["runs"][0].get("taxonomies").is_none());
}
