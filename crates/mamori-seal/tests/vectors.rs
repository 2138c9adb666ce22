//! The official test vectors of draft-ietf-lamps-pq-composite-sigs, and an independent
//! implementation's composite certificate (Bouncy Castle), verified by mamori.

use std::path::PathBuf;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use mamori_seal::{Algorithm, SealError, SigningKey, VerifyingKey, cert, pkcs8};
use serde_json::Value;

fn shared() -> PathBuf {
    mamori_formats::testing::shared_data_dir().unwrap_or_else(|e| panic!("{e}"))
}

fn b64(v: &Value) -> Vec<u8> {
    STANDARD.decode(v.as_str().unwrap()).unwrap()
}

#[test]
fn official_vectors_verify_for_every_supported_algorithm() {
    let text =
        std::fs::read_to_string(shared().join("seal/composite-sigs-testvectors.json")).unwrap();
    let doc: Value = serde_json::from_str(&text).unwrap();
    let (m, ctx) = (b64(&doc["m"]), b64(&doc["ctx"]));
    let mut checked = Vec::new();
    let mut unsupported = Vec::new();
    for t in doc["tests"].as_array().unwrap() {
        let id = t["tcId"].as_str().unwrap();
        let Some(alg) = Algorithm::from_id_name(id) else {
            unsupported.push(id.to_string());
            continue;
        };
        let pk = VerifyingKey::from_bytes(alg, &b64(&t["pk"])).unwrap();
        // The vector's signatures, without and with the context.
        pk.verify(&m, b"", &b64(&t["s"]))
            .unwrap_or_else(|e| panic!("{id}: {e}"));
        pk.verify(&m, &ctx, &b64(&t["sWithContext"]))
            .unwrap_or_else(|e| panic!("{id} with context: {e}"));
        // ...and not over another message or context.
        let mut other = m.clone();
        other[0] ^= 1;
        assert!(pk.verify(&other, b"", &b64(&t["s"])).is_err(), "{id}");
        assert!(pk.verify(&m, &ctx, &b64(&t["s"])).is_err(), "{id}");
        // The private key, raw and in PKCS#8, derives the same public key, and signs what
        // the public key verifies.
        let sk = SigningKey::from_bytes(alg, &b64(&t["sk"])).unwrap();
        assert_eq!(sk.verifying_key(), pk, "{id}: key generation disagrees");
        let sk8 = pkcs8::signing_key_from_pkcs8(&b64(&t["sk_pkcs8"])).unwrap();
        assert_eq!(sk8.verifying_key(), pk, "{id}: PKCS#8");
        pk.verify(&m, &ctx, &sk.sign(&m, &ctx).unwrap()).unwrap();
        // The vector's certificate carries the key and is signed by it.
        let x5c = b64(&t["x5c"]);
        assert_eq!(
            cert::subject_key(&x5c).unwrap(),
            pk,
            "{id}: certificate key"
        );
        cert::verify_signed_by(&x5c, &pk).unwrap_or_else(|e| panic!("{id} certificate: {e}"));
        let mut tampered = x5c.clone();
        let at = tampered.len() / 3;
        tampered[at] ^= 0x01;
        assert!(
            cert::verify_signed_by(&tampered, &pk).is_err(),
            "{id}: tampered certificate"
        );
        checked.push(id.to_string());
    }
    println!("verified: {checked:?}\nnot supported: {unsupported:?}");
    for required in [
        "id-MLDSA65-Ed25519-SHA512",
        "id-MLDSA44-Ed25519-SHA512",
        "id-ML-DSA-44",
        "id-ML-DSA-65",
        "id-ML-DSA-87",
    ] {
        assert!(
            checked.iter().any(|c| c == required),
            "{required} not checked"
        );
    }
    // Every other vector is a combination with RSA, ECDSA or Ed448, which mamori does not sign
    // with; none of them may be silently skipped for another reason.
    assert!(
        unsupported
            .iter()
            .all(|u| u.contains("RSA") || u.contains("ECDSA") || u.contains("Ed448")),
        "{unsupported:?}"
    );
}

#[test]
fn bouncy_castles_composite_certificate_and_key_verify() {
    let dir = shared().join("cbom/pqc-certs");
    let ta =
        std::fs::read(dir.join("bc-MLDSA65-Ed25519-SHA512-1.3.6.1.5.5.7.6.48_ta.der")).unwrap();
    let key = cert::subject_key(&ta).unwrap();
    assert_eq!(key.algorithm(), Algorithm::MlDsa65Ed25519);
    cert::verify_signed_by(&ta, &key).unwrap();
    let priv_der =
        std::fs::read(dir.join("bc-MLDSA65-Ed25519-SHA512-1.3.6.1.5.5.7.6.48_priv.der")).unwrap();
    let sk = pkcs8::signing_key_from_pkcs8(&priv_der).unwrap();
    assert_eq!(sk.verifying_key(), key, "Bouncy Castle's key pair");
    // A seal made by mamori with Bouncy Castle's key verifies with the key in its certificate.
    let sig = sk.sign(b"sealed by mamori", b"").unwrap();
    key.verify(b"sealed by mamori", b"", &sig).unwrap();
    // Its ML-DSA component stripped or replaced: refused, naming the component.
    let mut downgraded = sig.clone();
    downgraded[..3309].copy_from_slice(&vec![0u8; 3309]);
    assert!(matches!(
        key.verify(b"sealed by mamori", b"", &downgraded),
        Err(SealError::ComponentInvalid(mamori_seal::Component::MlDsa))
    ));
}
