//! The CBOM writer against the official CycloneDX 1.6 schema, on a hand-built inventory that
//! covers every asset kind.

use std::collections::{BTreeMap, BTreeSet};

use mamori_formats::cyclonedx::{AssetType, Bom, Component, RelatedCryptoMaterialType};
use mamori_formats::testing::{
    cyclonedx_schema_dir, validate_cyclonedx_1_6, validate_cyclonedx_1_6_with,
};
use mamori_formats::{CbomOptions, FormatsError, MAX_BOM_BYTES, cbom_from_assets, parse_bom};
use mamori_model::{
    Algorithm, Asset, AssetKind, CertificateInfo, Family, KeystoreEntry, KeystoreInfo, Location,
    Primitive, Status,
};
use serde_json::Value;

// ------------------------------------------------------------------------------------------------
// Algorithms, built as literals so the test does not depend on the catalogue.

#[allow(clippy::too_many_arguments)]
fn alg(
    name: &str,
    family: Family,
    primitive: Primitive,
    parameter_set: Option<&str>,
    curve: Option<&str>,
    key_size: Option<u32>,
    classical_bits: u16,
    quantum_category: u8,
    broken_reason: Option<&str>,
    oid: Option<&str>,
) -> Algorithm {
    Algorithm {
        name: name.to_owned(),
        family,
        primitive,
        parameter_set: parameter_set.map(str::to_owned),
        curve: curve.map(str::to_owned),
        key_size,
        classical_bits,
        quantum_category,
        broken_reason: broken_reason.map(str::to_owned),
        oid: oid.map(str::to_owned),
    }
}

fn rsa(bits: u32, strength: u16) -> Algorithm {
    let name = format!("RSA-{bits}");
    alg(
        &name,
        Family::Rsa,
        Primitive::Pke,
        Some(&bits.to_string()),
        None,
        Some(bits),
        strength,
        0,
        None,
        Some("1.2.840.113549.1.1.1"),
    )
}

fn sha256_with_rsa() -> Algorithm {
    alg(
        "SHA256withRSA",
        Family::Rsa,
        Primitive::Signature,
        None,
        None,
        None,
        112,
        0,
        None,
        Some("1.2.840.113549.1.1.11"),
    )
}

fn sha1_with_rsa() -> Algorithm {
    alg(
        "SHA1withRSA",
        Family::Rsa,
        Primitive::Signature,
        None,
        None,
        None,
        63,
        0,
        Some("SHA-1 is broken for signatures (chosen-prefix collisions)"),
        Some("1.2.840.113549.1.1.5"),
    )
}

fn ecdsa_p256() -> Algorithm {
    alg(
        "ECDSA-P-256",
        Family::Ec,
        Primitive::Signature,
        Some("256"),
        Some("secp256r1"),
        Some(256),
        128,
        0,
        None,
        Some("1.2.840.10045.2.1"),
    )
}

fn ml_dsa_65() -> Algorithm {
    alg(
        "ML-DSA-65",
        Family::MlDsa,
        Primitive::Signature,
        Some("65"),
        None,
        None,
        192,
        3,
        None,
        Some("2.16.840.1.101.3.4.3.18"),
    )
}

fn composite() -> Algorithm {
    alg(
        "MLDSA65-Ed25519-SHA512",
        Family::CompositeSignature,
        Primitive::Signature,
        Some("65"),
        None,
        None,
        128,
        3,
        None,
        Some("1.3.6.1.5.5.7.6.48"),
    )
}

fn ed25519() -> Algorithm {
    alg(
        "Ed25519",
        Family::EdDsa,
        Primitive::Signature,
        None,
        Some("Ed25519"),
        None,
        128,
        0,
        None,
        Some("1.3.101.112"),
    )
}

fn dh_2048() -> Algorithm {
    alg(
        "DH-2048",
        Family::Dh,
        Primitive::KeyAgree,
        Some("2048"),
        None,
        Some(2048),
        112,
        0,
        None,
        Some("1.2.840.113549.1.3.1"),
    )
}

fn pbes2_aes_256_cbc() -> Algorithm {
    alg(
        "PBES2-AES-256-CBC",
        Family::Aes,
        Primitive::BlockCipher,
        Some("256"),
        None,
        None,
        256,
        5,
        None,
        Some("1.2.840.113549.1.5.13"),
    )
}

fn sha384_with_rsa() -> Algorithm {
    alg(
        "SHA384withRSA",
        Family::Rsa,
        Primitive::Signature,
        None,
        None,
        None,
        128,
        0,
        None,
        Some("1.2.840.113549.1.1.12"),
    )
}

// ------------------------------------------------------------------------------------------------
// Assets.

fn loc(path: &str, index: Option<u32>, line: Option<u32>, alias: Option<&str>) -> Location {
    Location {
        path: path.to_owned(),
        index,
        line,
        alias: alias.map(str::to_owned),
    }
}

fn fp(c: char) -> String {
    std::iter::repeat_n(c, 64).collect()
}

fn cert_info(
    subject: &str,
    issuer: &str,
    sig: Algorithm,
    fingerprint: String,
    not_after: &str,
    expired: bool,
) -> Box<CertificateInfo> {
    Box::new(CertificateInfo {
        subject: subject.to_owned(),
        issuer: issuer.to_owned(),
        serial: "0A1B2C".to_owned(),
        not_before: "2020-01-01T00:00:00Z".to_owned(),
        not_after: not_after.to_owned(),
        signature_algorithm: sig,
        fingerprint_sha256: fingerprint,
        self_signed: subject == issuer,
        is_ca: false,
        expired,
        dns_names: vec!["www.example.jp".to_owned(), "example.jp".to_owned()],
    })
}

fn asset(kind: AssetKind, algorithm: Option<Algorithm>, format: &str, location: Location) -> Asset {
    Asset {
        kind,
        algorithm,
        format: format.to_owned(),
        encrypted: false,
        certificate: None,
        keystore: None,
        location,
        status: None,
        key_fingerprint: None,
        notes: Vec::new(),
    }
}

/// Every asset kind, with shared keys and a certificate found twice.
fn rich_inventory() -> Vec<Asset> {
    let year = 2025;
    let mut out = Vec::new();

    // RSA-2048 server certificate signed SHA256withRSA, in a PEM chain...
    let mut server = asset(
        AssetKind::Certificate,
        Some(rsa(2048, 112)),
        "PEM",
        loc("etc/tls/chain.pem", Some(1), Some(1), None),
    );
    server.certificate = Some(cert_info(
        "CN=www.example.jp,O=Example\\, Inc.,C=JP",
        "CN=Example CA,O=Example,C=JP",
        sha256_with_rsa(),
        fp('c'),
        "2027-01-01T00:00:00Z",
        false,
    ));
    server.key_fingerprint = Some(fp('a'));
    out.push(server.clone());
    // ...and the same certificate again inside a PKCS#12 keystore.
    let mut server_in_p12 = server.clone();
    server_in_p12.format = "PKCS#12".to_owned();
    server_in_p12.location = loc("secrets/app.p12", Some(2), None, Some("server"));
    out.push(server_in_p12);
    // Its private key, in the keystore too.
    let mut server_key = asset(
        AssetKind::PrivateKey,
        Some(rsa(2048, 112)),
        "PKCS#12",
        loc("secrets/app.p12", Some(1), None, Some("server")),
    );
    server_key.encrypted = true;
    server_key.key_fingerprint = Some(fp('a'));
    out.push(server_key);
    // Its public key, exported beside the chain.
    let mut server_pub = asset(
        AssetKind::PublicKey,
        Some(rsa(2048, 112)),
        "PEM",
        loc("etc/tls/server.pub", None, Some(1), None),
    );
    server_pub.key_fingerprint = Some(fp('a'));
    out.push(server_pub);

    // Expired SHA-1 certificate with an RSA-1024 key.
    let mut legacy = asset(
        AssetKind::Certificate,
        Some(rsa(1024, 80)),
        "DER",
        loc("legacy/old.crt", None, None, None),
    );
    legacy.certificate = Some(cert_info(
        "CN=legacy.example.jp",
        "CN=legacy.example.jp",
        sha1_with_rsa(),
        fp('d'),
        "2019-12-31T23:59:59Z",
        true,
    ));
    legacy.key_fingerprint = Some(fp('b'));
    out.push(legacy);

    // EC P-256 private key in the clear.
    let mut ec = asset(
        AssetKind::PrivateKey,
        Some(ecdsa_p256()),
        "PEM",
        loc("keys/ec.key", None, Some(3), None),
    );
    ec.key_fingerprint = Some(fp('e'));
    ec.notes = vec!["PEM header: Proc-Type absent".to_owned()];
    out.push(ec);

    // Encrypted PKCS#8 key whose algorithm cannot be known without the password.
    let mut enc = asset(
        AssetKind::PrivateKey,
        None,
        "PEM",
        loc("keys/enc.p8", None, Some(1), None),
    );
    enc.encrypted = true;
    out.push(enc);

    // ML-DSA-65 self-signed certificate.
    let mut pq = asset(
        AssetKind::Certificate,
        Some(ml_dsa_65()),
        "DER",
        loc("pq/mldsa65_ta.der", None, None, None),
    );
    pq.certificate = Some(cert_info(
        "CN=PQ Root,O=Example,C=JP",
        "CN=PQ Root,O=Example,C=JP",
        ml_dsa_65(),
        fp('f'),
        "2035-01-01T00:00:00Z",
        false,
    ));
    pq.key_fingerprint = Some(fp('1'));
    out.push(pq);

    // Composite ML-DSA-65 + Ed25519 certificate.
    let mut comp = asset(
        AssetKind::Certificate,
        Some(composite()),
        "DER",
        loc("pq/composite_ta.der", None, None, None),
    );
    comp.certificate = Some(cert_info(
        "CN=Composite Root",
        "CN=Composite Root",
        composite(),
        fp('2'),
        "2035-01-01T00:00:00+09:00",
        false,
    ));
    comp.key_fingerprint = Some(fp('3'));
    out.push(comp);

    // Ed25519 SSH public key.
    let mut ssh = asset(
        AssetKind::PublicKey,
        Some(ed25519()),
        "OpenSSH",
        loc("home/user/.ssh/id_ed25519.pub", None, Some(1), None),
    );
    ssh.key_fingerprint = Some(fp('4'));
    ssh.notes = vec!["comment: user@host".to_owned()];
    out.push(ssh);

    // DH parameters.
    out.push(asset(
        AssetKind::Parameters,
        Some(dh_2048()),
        "PEM",
        loc("etc/tls/dhparams.pem", None, Some(1), None),
    ));

    // PKCS#12 keystore protected by PBES2 AES-256-CBC.
    let mut p12 = asset(
        AssetKind::Keystore,
        Some(pbes2_aes_256_cbc()),
        "PKCS#12",
        loc("secrets/app.p12", None, None, None),
    );
    p12.encrypted = true;
    p12.keystore = Some(KeystoreInfo {
        format: "PKCS#12".to_owned(),
        encrypted: true,
        opened: true,
        entries: vec![
            KeystoreEntry {
                alias: Some("server".to_owned()),
                kind: "private-key".to_owned(),
            },
            KeystoreEntry {
                alias: Some("server".to_owned()),
                kind: "certificate".to_owned(),
            },
            KeystoreEntry {
                alias: None,
                kind: "trusted-certificate".to_owned(),
            },
        ],
    });
    out.push(p12);

    // A CSR for an RSA-3072 key, signed SHA384withRSA.
    let mut csr = asset(
        AssetKind::Csr,
        Some(rsa(3072, 128)),
        "PEM",
        loc("csr/new.csr", None, Some(1), None),
    );
    csr.certificate = Some(Box::new(CertificateInfo {
        subject: "CN=new.example.jp,O=Example,C=JP".to_owned(),
        issuer: String::new(),
        serial: String::new(),
        not_before: String::new(),
        not_after: String::new(),
        signature_algorithm: sha384_with_rsa(),
        fingerprint_sha256: String::new(),
        self_signed: false,
        is_ca: false,
        expired: false,
        dns_names: Vec::new(),
    }));
    csr.key_fingerprint = Some(fp('5'));
    out.push(csr);

    for a in &mut out {
        a.compute_status(year);
    }
    out
}

fn options() -> CbomOptions {
    let mut o = CbomOptions::new("0.1.0-test", "2025-06-01T09:30:00Z");
    o.root_name = Some("example-host".to_owned());
    o
}

fn rich_bom() -> Bom {
    cbom_from_assets(&rich_inventory(), &options())
}

fn to_value(bom: &Bom) -> Value {
    serde_json::to_value(bom).expect("a BOM serializes")
}

fn crypto_of(c: &Component) -> &mamori_formats::cyclonedx::CryptoProperties {
    c.crypto_properties
        .as_ref()
        .expect("every component has cryptoProperties")
}

fn of_type(bom: &Bom, t: AssetType) -> Vec<&Component> {
    bom.components
        .iter()
        .filter(|c| crypto_of(c).asset_type == t)
        .collect()
}

fn by_name<'a>(bom: &'a Bom, name: &str) -> &'a Component {
    let found: Vec<&Component> = bom.components.iter().filter(|c| c.name == name).collect();
    assert_eq!(found.len(), 1, "expected one component named {name:?}");
    found[0]
}

fn material_type(c: &Component) -> Option<RelatedCryptoMaterialType> {
    crypto_of(c)
        .related_crypto_material_properties
        .as_ref()
        .and_then(|m| m.material_type)
}

// ------------------------------------------------------------------------------------------------
// Schema.

#[test]
fn rich_cbom_is_valid_cyclonedx_1_6() {
    let value = to_value(&rich_bom());
    if let Err(errors) = validate_cyclonedx_1_6(&value) {
        panic!(
            "CBOM does not validate:\n{}\n\n{}",
            errors.join("\n"),
            serde_json::to_string_pretty(&value).unwrap_or_default()
        );
    }
}

#[test]
fn empty_inventory_is_valid_cyclonedx_1_6() {
    let bom = cbom_from_assets(&[], &CbomOptions::new("0.1.0", "2025-06-01T00:00:00Z"));
    validate_cyclonedx_1_6(&to_value(&bom)).expect("an empty CBOM validates");
}

#[test]
fn a_bad_timestamp_does_not_make_the_bom_invalid() {
    let bom = cbom_from_assets(&rich_inventory(), &CbomOptions::new("0.1.0", "June 2025"));
    let meta = bom.metadata.as_ref().expect("metadata");
    assert_eq!(meta.timestamp, None);
    assert_eq!(meta.properties[0].value.as_deref(), Some("June 2025"));
    validate_cyclonedx_1_6(&to_value(&bom)).expect("still valid");
}

#[test]
fn the_validator_rejects_an_out_of_range_quantum_level() {
    let mut value = to_value(&rich_bom());
    let components = value["components"].as_array_mut().expect("components");
    let alg = components
        .iter_mut()
        .find(|c| c["cryptoProperties"]["assetType"] == "algorithm")
        .expect("an algorithm component");
    alg["cryptoProperties"]["algorithmProperties"]["nistQuantumSecurityLevel"] = 9.into();
    let errors = validate_cyclonedx_1_6(&value).expect_err("level 9 must be rejected");
    assert!(
        errors
            .iter()
            .any(|e| e.contains("nistQuantumSecurityLevel")),
        "{errors:?}"
    );
}

#[test]
fn the_validator_checks_enums_required_fields_and_formats() {
    let base = to_value(&rich_bom());

    let mut bad_type = base.clone();
    bad_type["components"][0]["cryptoProperties"]["assetType"] = "key".into();
    assert!(
        validate_cyclonedx_1_6(&bad_type).is_err(),
        "unknown assetType"
    );

    let mut no_name = base.clone();
    no_name["components"][0]
        .as_object_mut()
        .expect("object")
        .remove("name");
    assert!(validate_cyclonedx_1_6(&no_name).is_err(), "missing name");

    let mut bad_serial = base.clone();
    bad_serial["serialNumber"] = "urn:uuid:not-a-uuid".into();
    assert!(validate_cyclonedx_1_6(&bad_serial).is_err(), "bad serial");

    let mut bad_date = base.clone();
    bad_date["metadata"]["timestamp"] = "yesterday".into();
    assert!(
        validate_cyclonedx_1_6(&bad_date).is_err(),
        "date-time format must be checked"
    );

    let mut extra = base;
    extra["components"][0]["cryptoProperties"]["madeUp"] = true.into();
    assert!(
        validate_cyclonedx_1_6(&extra).is_err(),
        "additionalProperties"
    );
}

#[test]
fn a_missing_schema_folder_is_reported_clearly() {
    let dir = std::path::Path::new("/nonexistent/mamori/schemas");
    let errors = validate_cyclonedx_1_6_with(dir, &Value::Null).expect_err("no schemas there");
    assert!(
        errors[0].contains("/nonexistent/mamori/schemas/bom-1.6.schema.json"),
        "{errors:?}"
    );
    // The default folder exists in this checkout (else every other test here fails too).
    let dir = cyclonedx_schema_dir().expect("shared data folder");
    assert!(dir.join("bom-1.6.schema.json").is_file());
}

// ------------------------------------------------------------------------------------------------
// Structure.

#[test]
fn bom_refs_are_unique_and_every_reference_resolves() {
    let bom = rich_bom();
    let refs = bom.bom_refs();
    let unique: BTreeSet<&str> = refs.iter().copied().collect();
    assert_eq!(unique.len(), refs.len(), "duplicate bom-ref in {refs:?}");
    assert!(bom.components.iter().all(|c| c.bom_ref.is_some()));

    let references = bom.references();
    assert!(references.len() > 20, "too few references: {references:?}");
    for (from, to) in &references {
        assert!(
            unique.contains(to.as_str()),
            "{from} -> {to} does not resolve"
        );
    }

    // The same check on the JSON, independent of the typed model: every key ending in `Ref`
    // and every dependency points at a declared bom-ref.
    let value = to_value(&bom);
    let mut declared = BTreeSet::new();
    let mut pointers = Vec::new();
    walk(&value, &mut declared, &mut pointers);
    assert_eq!(declared.len(), refs.len());
    for (key, to) in pointers {
        assert!(declared.contains(&to), "{key} -> {to} does not resolve");
    }
}

fn walk(v: &Value, declared: &mut BTreeSet<String>, pointers: &mut Vec<(String, String)>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                match (k.as_str(), child) {
                    ("bom-ref", Value::String(s)) => {
                        declared.insert(s.clone());
                    }
                    (k, Value::String(s)) if k.ends_with("Ref") || k == "ref" => {
                        pointers.push((k.to_owned(), s.clone()));
                    }
                    ("dependsOn" | "provides", Value::Array(items)) => {
                        for i in items {
                            if let Value::String(s) = i {
                                pointers.push((k.to_owned(), s.clone()));
                            }
                        }
                    }
                    _ => walk(child, declared, pointers),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|i| walk(i, declared, pointers)),
        _ => {}
    }
}

#[test]
fn every_algorithm_has_its_security_levels_and_primitive() {
    let bom = rich_bom();
    let algs = of_type(&bom, AssetType::Algorithm);
    assert_eq!(algs.len(), 12, "{:?}", names(&algs));
    for c in algs {
        let ap = crypto_of(c)
            .algorithm_properties
            .as_ref()
            .expect("algorithmProperties");
        assert!(ap.primitive.is_some(), "{}", c.name);
        assert!(ap.classical_security_level.is_some(), "{}", c.name);
        assert!(ap.nist_quantum_security_level.is_some(), "{}", c.name);
        assert!(crypto_of(c).oid.is_some(), "{}", c.name);
        assert!(c.property("mamori:status").is_some(), "{}", c.name);
        assert!(
            !c.evidence
                .as_ref()
                .expect("evidence")
                .occurrences
                .is_empty(),
            "{}",
            c.name
        );
    }
    // Raw JSON, the way other tools see it.
    let value = to_value(&bom);
    for c in value["components"].as_array().expect("components") {
        if c["cryptoProperties"]["assetType"] == "algorithm" {
            let ap = &c["cryptoProperties"]["algorithmProperties"];
            assert!(ap["classicalSecurityLevel"].is_u64(), "{c}");
            assert!(ap["nistQuantumSecurityLevel"].is_u64(), "{c}");
        }
    }
}

fn names(cs: &[&Component]) -> Vec<String> {
    cs.iter().map(|c| c.name.clone()).collect()
}

#[test]
fn output_is_deterministic_and_independent_of_input_order() {
    let assets = rich_inventory();
    let a = serde_json::to_string_pretty(&cbom_from_assets(&assets, &options())).expect("json");
    let b = serde_json::to_string_pretty(&cbom_from_assets(&assets, &options())).expect("json");
    assert_eq!(a, b);
    let mut reversed = assets.clone();
    reversed.reverse();
    let c = serde_json::to_string_pretty(&cbom_from_assets(&reversed, &options())).expect("json");
    assert_eq!(a, c, "input order changed the output");

    // A different scan time is a different BOM.
    let mut later = options();
    later.timestamp = "2025-06-02T09:30:00Z".to_owned();
    let d = cbom_from_assets(&assets, &later);
    let first = cbom_from_assets(&assets, &options());
    assert_ne!(d.serial_number, first.serial_number);
    assert_eq!(d.components, first.components);
}

#[test]
fn algorithm_components_are_deduplicated_and_annotated() {
    let bom = rich_bom();
    let rsa2048 = by_name(&bom, "RSA-2048");
    assert_eq!(
        rsa2048.bom_ref.as_deref(),
        Some("crypto/algorithm/rsa-2048@1.2.840.113549.1.1.1")
    );
    let ap = crypto_of(rsa2048)
        .algorithm_properties
        .as_ref()
        .expect("algorithmProperties");
    assert_eq!(ap.parameter_set_identifier.as_deref(), Some("2048"));
    assert_eq!(ap.classical_security_level, Some(112));
    assert_eq!(ap.nist_quantum_security_level, Some(0));
    // Used by the chain, the keystore copy, the private key and the exported public key.
    let places: BTreeSet<&str> = rsa2048
        .evidence
        .as_ref()
        .expect("evidence")
        .occurrences
        .iter()
        .map(|o| o.location.as_str())
        .collect();
    assert_eq!(
        places,
        BTreeSet::from(["etc/tls/chain.pem", "etc/tls/server.pub", "secrets/app.p12"])
    );
    assert_eq!(rsa2048.property("mamori:status"), Some("below-target"));
    assert_eq!(rsa2048.property("mamori:deprecated-after"), Some("2030"));
    assert_eq!(rsa2048.property("mamori:disallowed-after"), Some("2035"));

    let sha1 = by_name(&bom, "SHA1withRSA");
    assert_eq!(sha1.property("mamori:status"), Some("broken"));
    assert!(sha1.property("mamori:broken-reason").is_some());
    let padding = crypto_of(sha1)
        .algorithm_properties
        .as_ref()
        .and_then(|a| a.padding);
    assert!(padding.is_some());

    let mldsa = by_name(&bom, "ML-DSA-65");
    assert_eq!(mldsa.property("mamori:status"), Some("quantum-safe"));
    assert_eq!(mldsa.property("mamori:disallowed-after"), None);

    let pbes2 = by_name(&bom, "PBES2-AES-256-CBC");
    let mode = crypto_of(pbes2)
        .algorithm_properties
        .as_ref()
        .and_then(|a| a.mode);
    assert_eq!(mode, Some(mamori_formats::cyclonedx::Mode::Cbc));
}

#[test]
fn certificates_point_at_their_signature_algorithm_and_public_key() {
    let bom = rich_bom();
    let certs = of_type(&bom, AssetType::Certificate);
    assert_eq!(certs.len(), 4, "{:?}", names(&certs));

    let server = by_name(&bom, "www.example.jp");
    let cp = crypto_of(server)
        .certificate_properties
        .as_ref()
        .expect("certificateProperties");
    assert_eq!(cp.certificate_format.as_deref(), Some("X.509"));
    assert_eq!(cp.certificate_extension.as_deref(), Some("pem"));
    assert_eq!(cp.not_valid_after.as_deref(), Some("2027-01-01T00:00:00Z"));
    let sig = bom
        .component(
            cp.signature_algorithm_ref
                .as_deref()
                .expect("signature ref"),
        )
        .expect("signature algorithm component");
    assert_eq!(sig.name, "SHA256withRSA");
    let key = bom
        .component(cp.subject_public_key_ref.as_deref().expect("key ref"))
        .expect("public key component");
    assert_eq!(
        material_type(key),
        Some(RelatedCryptoMaterialType::PublicKey)
    );
    let km = crypto_of(key)
        .related_crypto_material_properties
        .as_ref()
        .expect("material");
    assert_eq!(km.size, Some(2048));
    assert_eq!(
        bom.component(km.algorithm_ref.as_deref().expect("alg ref"))
            .map(|c| c.name.as_str()),
        Some("RSA-2048")
    );
    assert_eq!(
        server.property("mamori:fingerprint-sha256"),
        Some(fp('c').as_str())
    );
    assert_eq!(server.property("mamori:expired"), Some("false"));
    // Found twice: in the chain and in the keystore, with index and alias in the context.
    let occ = &server.evidence.as_ref().expect("evidence").occurrences;
    assert_eq!(occ.len(), 2);
    let in_p12 = occ
        .iter()
        .find(|o| o.location == "secrets/app.p12")
        .expect("keystore occurrence");
    assert_eq!(
        in_p12.additional_context.as_deref(),
        Some("index 2; alias server")
    );

    let legacy = by_name(&bom, "legacy.example.jp");
    assert_eq!(legacy.property("mamori:expired"), Some("true"));
    assert_eq!(legacy.property("mamori:status"), Some("broken"));
}

#[test]
fn keys_are_merged_by_fingerprint_and_private_keys_share_the_id() {
    let bom = rich_bom();
    let id = format!("sha256:{}", fp('a'));
    let with_id: Vec<&Component> = bom
        .components
        .iter()
        .filter(|c| {
            crypto_of(c)
                .related_crypto_material_properties
                .as_ref()
                .and_then(|m| m.id.as_deref())
                == Some(id.as_str())
        })
        .collect();
    // One public key (certificate + .pub file) and one private key.
    assert_eq!(with_id.len(), 2, "{:?}", names(&with_id));
    let public = with_id
        .iter()
        .find(|c| material_type(c) == Some(RelatedCryptoMaterialType::PublicKey))
        .expect("public key");
    let places: BTreeSet<&str> = public
        .evidence
        .as_ref()
        .expect("evidence")
        .occurrences
        .iter()
        .map(|o| o.location.as_str())
        .collect();
    assert_eq!(
        places,
        BTreeSet::from(["etc/tls/chain.pem", "etc/tls/server.pub", "secrets/app.p12"])
    );
    let private = with_id
        .iter()
        .find(|c| material_type(c) == Some(RelatedCryptoMaterialType::PrivateKey))
        .expect("private key");
    let pm = crypto_of(private)
        .related_crypto_material_properties
        .as_ref()
        .expect("material");
    assert_eq!(pm.format.as_deref(), Some("PKCS#12"));
    assert_eq!(
        pm.secured_by.as_ref().and_then(|s| s.mechanism.as_deref()),
        Some("Password-based encryption")
    );

    // The encrypted key of unknown algorithm: no algorithmRef, no size, still listed.
    let enc = by_name(&bom, "encrypted private key");
    let em = crypto_of(enc)
        .related_crypto_material_properties
        .as_ref()
        .expect("material");
    assert_eq!(em.algorithm_ref, None);
    assert_eq!(em.size, None);
    assert_eq!(enc.property("mamori:encrypted"), Some("true"));

    // The clear EC key says so.
    let ec = by_name(&bom, "ECDSA-P-256 private key");
    let ecm = crypto_of(ec)
        .related_crypto_material_properties
        .as_ref()
        .expect("material");
    assert_eq!(
        ecm.secured_by.as_ref().and_then(|s| s.mechanism.as_deref()),
        Some("None")
    );
    assert_eq!(
        ec.property("mamori:note"),
        Some("PEM header: Proc-Type absent")
    );

    // SSH key: OpenSSH format, comment kept.
    let ssh = by_name(&bom, "Ed25519 public key");
    let sm = crypto_of(ssh)
        .related_crypto_material_properties
        .as_ref()
        .expect("material");
    assert_eq!(sm.format.as_deref(), Some("OpenSSH"));
    assert_eq!(ssh.property("mamori:note"), Some("comment: user@host"));
}

#[test]
fn csr_parameters_and_keystore_mapping() {
    let bom = rich_bom();
    let kinds: BTreeMap<&str, &Component> = bom
        .components
        .iter()
        .filter_map(|c| c.property("mamori:kind").map(|k| (k, c)))
        .collect();

    let csr = kinds["csr"];
    assert_eq!(material_type(csr), Some(RelatedCryptoMaterialType::Other));
    assert_eq!(csr.name, "CSR new.example.jp");
    let sig = csr
        .property("mamori:signature-algorithm-ref")
        .and_then(|r| bom.component(r))
        .expect("CSR signature algorithm");
    assert_eq!(sig.name, "SHA384withRSA");
    let deps = dependencies_of(&bom, csr);
    assert!(deps.contains(&"SHA384withRSA".to_owned()), "{deps:?}");
    assert!(deps.contains(&"RSA-3072 public key".to_owned()), "{deps:?}");

    let params = kinds["parameters"];
    assert_eq!(params.name, "DH-2048 parameters");
    let pm = crypto_of(params)
        .related_crypto_material_properties
        .as_ref()
        .expect("material");
    assert_eq!(pm.size, Some(2048));
    assert!(pm.algorithm_ref.is_some());

    let ks = kinds["keystore"];
    assert_eq!(ks.name, "PKCS#12 keystore");
    let km = crypto_of(ks)
        .related_crypto_material_properties
        .as_ref()
        .expect("material");
    let protection = km
        .secured_by
        .as_ref()
        .and_then(|s| s.algorithm_ref.as_deref())
        .and_then(|r| bom.component(r))
        .expect("protection algorithm");
    assert_eq!(protection.name, "PBES2-AES-256-CBC");
    let entries: Vec<&str> = ks
        .properties
        .iter()
        .filter(|p| p.name == "mamori:keystore-entry")
        .filter_map(|p| p.value.as_deref())
        .collect();
    assert_eq!(
        entries,
        [
            "server: private-key",
            "server: certificate",
            "trusted-certificate"
        ]
    );
    // The keystore depends on what was found inside it.
    let deps = dependencies_of(&bom, ks);
    assert!(deps.contains(&"www.example.jp".to_owned()), "{deps:?}");
    assert!(
        deps.contains(&"RSA-2048 private key".to_owned()),
        "{deps:?}"
    );
}

fn dependencies_of(bom: &Bom, c: &Component) -> Vec<String> {
    let r = c.bom_ref.as_deref().expect("bom-ref");
    bom.dependencies
        .iter()
        .filter(|d| d.dependency_ref == r)
        .flat_map(|d| &d.depends_on)
        .filter_map(|r| bom.component(r))
        .map(|c| c.name.clone())
        .collect()
}

#[test]
fn metadata_names_the_tool_and_the_root() {
    let bom = rich_bom();
    assert_eq!(bom.bom_format, "CycloneDX");
    assert_eq!(bom.spec_version, "1.6");
    assert_eq!(bom.version, 1);
    let serial = bom.serial_number.as_deref().expect("serial");
    assert!(serial.starts_with("urn:uuid:"));
    let meta = bom.metadata.as_ref().expect("metadata");
    assert_eq!(meta.timestamp.as_deref(), Some("2025-06-01T09:30:00Z"));
    let tool = &meta.tools.as_ref().expect("tools").components[0];
    assert_eq!(tool.name, "mamori");
    assert_eq!(tool.version.as_deref(), Some("0.1.0-test"));
    let root = meta.component.as_ref().expect("root component");
    assert_eq!(root.name, "example-host");
    // The root depends on the assets, not on algorithms or embedded keys.
    let root_deps: Vec<&String> = bom
        .dependencies
        .iter()
        .filter(|d| d.dependency_ref == "root")
        .flat_map(|d| &d.depends_on)
        .collect();
    assert!(!root_deps.is_empty());
    for r in root_deps {
        let c = bom.component(r).expect("component");
        assert_ne!(crypto_of(c).asset_type, AssetType::Algorithm, "{r}");
    }
    // Every asset's status is carried.
    let statuses: BTreeSet<&str> = bom
        .components
        .iter()
        .filter_map(|c| c.property("mamori:status"))
        .collect();
    for s in [Status::Broken, Status::BelowTarget, Status::QuantumSafe] {
        assert!(
            statuses.contains(s.as_str()),
            "{s} missing from {statuses:?}"
        );
    }
}

// ------------------------------------------------------------------------------------------------
// Reading back.

#[test]
fn a_written_bom_reads_back_identically() {
    let bom = rich_bom();
    let json = serde_json::to_vec_pretty(&bom).expect("json");
    let back = parse_bom(&json).expect("parse");
    assert_eq!(back, bom);
}

#[test]
fn parse_bom_rejects_what_it_cannot_read() {
    assert!(matches!(
        parse_bom(br#"{"bomFormat":"SPDX","specVersion":"1.6"}"#),
        Err(FormatsError::NotCycloneDx { .. })
    ));
    assert!(matches!(
        parse_bom(br#"{"bomFormat":"CycloneDX","specVersion":"1.4"}"#),
        Err(FormatsError::UnsupportedSpecVersion { .. })
    ));
    let err = parse_bom(b"{\"bomFormat\":").expect_err("truncated");
    assert!(matches!(err, FormatsError::Json { line: 1, .. }), "{err}");
    let huge = vec![b' '; MAX_BOM_BYTES + 1];
    assert!(matches!(
        parse_bom(&huge),
        Err(FormatsError::TooLarge { .. })
    ));
    // Invalid enum values are rejected, with a position.
    let bad = br#"{"bomFormat":"CycloneDX","specVersion":"1.6","components":[
        {"type":"cryptographic-asset","name":"x","cryptoProperties":{"assetType":"key"}}]}"#;
    assert!(matches!(
        parse_bom(bad),
        Err(FormatsError::Json { line: 2, .. })
    ));
}

#[test]
fn parse_bom_reads_other_tools_boms() {
    // Legacy tools array, unknown fields, a protocol component.
    let doc = br#"{
      "bomFormat": "CycloneDX", "specVersion": "1.6", "version": 3,
      "metadata": {"tools": [{"vendor": "IBM", "name": "cbomkit", "version": "1.0"}],
                   "lifecycles": [{"phase": "build"}]},
      "components": [
        {"type": "cryptographic-asset", "bom-ref": "tls12", "name": "TLSv1.2",
         "cryptoProperties": {"assetType": "protocol",
           "protocolProperties": {"type": "tls", "version": "1.2",
             "cipherSuites": [{"name": "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
                               "algorithms": ["aes"], "identifiers": ["0xC0", "0x2F"]}]},
           "oid": "1.3.18.0.2.32.104"}},
        {"type": "cryptographic-asset", "bom-ref": "aes", "name": "AES-128-GCM",
         "cryptoProperties": {"assetType": "algorithm",
           "algorithmProperties": {"primitive": "ae", "mode": "gcm",
             "cryptoFunctions": ["encrypt", "decrypt"], "classicalSecurityLevel": 128,
             "nistQuantumSecurityLevel": 1}}}
      ]
    }"#;
    let bom = parse_bom(doc).expect("parse");
    assert_eq!(bom.version, 3);
    let tools = &bom
        .metadata
        .as_ref()
        .and_then(|m| m.tools.as_ref())
        .expect("tools");
    assert_eq!(tools.components[0].name, "cbomkit");
    let tls = bom.component("tls12").expect("tls component");
    let pp = crypto_of(tls)
        .protocol_properties
        .as_ref()
        .expect("protocolProperties");
    assert_eq!(pp.cipher_suites[0].algorithms, ["aes"]);
    for (from, to) in bom.references() {
        assert!(bom.component(&to).is_some(), "{from} -> {to}");
    }
    // And what we read validates once written again.
    validate_cyclonedx_1_6(&to_value(&bom)).expect("re-written BOM validates");
}
