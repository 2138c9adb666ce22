//! Sealing and verifying end to end, and every way a seal must fail, each with its own reason.

use mamori_seal::ca::{CertificateAuthority, RevocationReason, read_certificate, read_private_key};
use mamori_seal::envelope::{Rejection, SealOptions, seal, verify};
use mamori_seal::jws::{self, JwsJson, ProtectedHeader};

struct Setup {
    _tmp: tempfile::TempDir,
    ca: CertificateAuthority,
    anchor: Vec<u8>,
    key: mamori_seal::SigningKey,
    chain: Vec<Vec<u8>>,
    root: std::path::PathBuf,
}

fn setup() -> Setup {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().to_path_buf();
    let ca =
        CertificateAuthority::init(&root.join("ca"), "Hub CA", Some("JP"), 3650, None).unwrap();
    let issued = ca
        .issue(
            "Example Bank",
            "NTRJP-9876543210987",
            "JP",
            365,
            &root.join("bank"),
            None,
        )
        .unwrap();
    let key = read_private_key(&issued.key_path, None).unwrap();
    let leaf = read_certificate(&issued.cert_path).unwrap();
    Setup {
        anchor: ca.certificate().to_vec(),
        chain: vec![leaf],
        ca,
        key,
        _tmp: tmp,
        root,
    }
}

const REPORT: &[u8] =
    br#"{"type":"incident","severity":"high","summary":"phishing wave","iocs":["198.51.100.7"]}"#;

fn rejection(sealed: &[u8], anchor: &[u8], crl: Option<&[u8]>) -> Rejection {
    match verify(sealed, None, &[anchor.to_vec()], crl).unwrap() {
        Ok(v) => panic!("accepted: {v:?}"),
        Err(r) => r,
    }
}

/// Rewrites the one signature of an envelope.
fn with_signature(sealed: &[u8], f: impl Fn(&mut Vec<u8>)) -> Vec<u8> {
    let mut jws = JwsJson::from_json(sealed).unwrap();
    let mut sig = jws.signatures[0].signature_bytes().unwrap();
    f(&mut sig);
    jws.signatures[0].signature = jws::b64url_encode(&sig);
    jws.to_json().unwrap()
}

#[test]
fn a_seal_verifies_and_names_its_sealer() {
    let s = setup();
    let sealed = seal(REPORT, &s.key, &s.chain, &SealOptions::default()).unwrap();
    let v = verify(&sealed, None, std::slice::from_ref(&s.anchor), None)
        .unwrap()
        .unwrap();
    assert_eq!(
        v.organization_identifier.as_deref(),
        Some("NTRJP-9876543210987")
    );
    assert_eq!(v.organization.as_deref(), Some("Example Bank"));
    assert_eq!(v.content_type.as_deref(), Some("application/json"));
    // JSON is sealed in RFC 8785 form.
    assert_eq!(
        v.payload,
        mamori_seal::jcs::canonicalize_bytes(REPORT).unwrap()
    );
    // Detached: the payload travels apart, and a re-serialized JSON document still verifies.
    let detached = seal(
        REPORT,
        &s.key,
        &s.chain,
        &SealOptions {
            detached: true,
            ..Default::default()
        },
    )
    .unwrap();
    assert!(JwsJson::from_json(&detached).unwrap().payload.is_none());
    let reformatted =
        serde_json::to_vec_pretty(&serde_json::from_slice::<serde_json::Value>(REPORT).unwrap())
            .unwrap();
    verify(
        &detached,
        Some(&reformatted),
        std::slice::from_ref(&s.anchor),
        None,
    )
    .unwrap()
    .unwrap();
    // Binary payloads are sealed as they are.
    let bin = seal(
        &[0u8, 159, 146, 150],
        &s.key,
        &s.chain,
        &SealOptions::default(),
    )
    .unwrap();
    let v = verify(&bin, None, std::slice::from_ref(&s.anchor), None)
        .unwrap()
        .unwrap();
    assert_eq!(v.payload, vec![0u8, 159, 146, 150]);
    assert_eq!(v.content_type.as_deref(), Some("application/octet-stream"));
}

#[test]
fn every_failure_has_its_own_reason() {
    let s = setup();
    let sealed = seal(REPORT, &s.key, &s.chain, &SealOptions::default()).unwrap();
    let anchor = &s.anchor;

    // Payload changed.
    let mut jws = JwsJson::from_json(&sealed).unwrap();
    jws.payload = Some(jws::b64url_encode(br#"{"severity":"low"}"#));
    assert_eq!(
        rejection(&jws.to_json().unwrap(), anchor, None),
        Rejection::PayloadChanged
    );

    // Header tampering: the signing time moved by a second, the signature kept.
    let mut jws = JwsJson::from_json(&sealed).unwrap();
    let mut header: ProtectedHeader = jws.signatures[0].protected_header().unwrap();
    let t = header.sig_t.clone().unwrap();
    header.sig_t = Some(format!(
        "{}{}Z",
        &t[..t.len() - 2],
        if t.ends_with("0Z") { 1 } else { 0 }
    ));
    jws.signatures[0].protected = header.to_b64().unwrap();
    assert_eq!(
        rejection(&jws.to_json().unwrap(), anchor, None),
        Rejection::HeaderChanged
    );

    // Header tampering: another algorithm named.
    let mut jws = JwsJson::from_json(&sealed).unwrap();
    let mut header = jws.signatures[0].protected_header().unwrap();
    header.alg = "EdDSA".into();
    jws.signatures[0].protected = header.to_b64().unwrap();
    assert!(
        matches!(rejection(&jws.to_json().unwrap(), anchor, None), Rejection::AlgorithmNotAllowed(a) if a == "EdDSA")
    );

    // Either component replaced: by the same component of a seal over other content.
    let other = seal(b"other", &s.key, &s.chain, &SealOptions::default()).unwrap();
    let other_sig = JwsJson::from_json(&other).unwrap().signatures[0]
        .signature_bytes()
        .unwrap();
    let replaced_mldsa = with_signature(&sealed, |sig| {
        sig[..3309].copy_from_slice(&other_sig[..3309])
    });
    assert_eq!(
        rejection(&replaced_mldsa, anchor, None),
        Rejection::MlDsaComponentInvalid
    );
    let replaced_ed = with_signature(&sealed, |sig| {
        sig[3309..].copy_from_slice(&other_sig[3309..])
    });
    assert_eq!(
        rejection(&replaced_ed, anchor, None),
        Rejection::TraditionalComponentInvalid
    );

    // Either component stripped (downgrade to one algorithm).
    for keep in [0..3309, 3309..3373] {
        let stripped = with_signature(&sealed, |sig| *sig = sig[keep.clone()].to_vec());
        assert!(matches!(
            rejection(&stripped, anchor, None),
            Rejection::ComponentMissing { expected: 3373, .. }
        ));
    }

    // Wrong CA.
    let other_ca =
        CertificateAuthority::init(&s.root.join("other-ca"), "Other", None, 10, None).unwrap();
    assert_eq!(
        rejection(&sealed, other_ca.certificate(), None),
        Rejection::UntrustedIssuer
    );

    // Revoked.
    s.ca.revoke(&s.chain[0], RevocationReason::KeyCompromise)
        .unwrap();
    let crl = s.ca.crl(7).unwrap();
    assert!(matches!(
        rejection(&sealed, anchor, Some(&crl)),
        Rejection::Revoked { .. }
    ));
    // ...and a CRL of another CA is not taken for this one's.
    let other_crl = other_ca.crl(7).unwrap();
    assert!(matches!(
        rejection(&sealed, anchor, Some(&other_crl)),
        Rejection::CrlInvalid(_)
    ));
}

#[test]
fn certificates_must_be_valid_at_the_signing_time() {
    let s = setup();
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let day = 86_400;
    let issue = |dir: &str, validity: (i64, i64)| {
        let issued =
            s.ca.issue_for(
                "Example Bank",
                "NTRJP-9876543210987",
                "JP",
                validity,
                &s.root.join(dir),
                None,
            )
            .unwrap();
        (
            read_private_key(&issued.key_path, None).unwrap(),
            vec![read_certificate(&issued.cert_path).unwrap()],
        )
    };
    let (key, chain) = issue("expired", (now - 10 * day, now - 5 * day));
    let sealed = seal(REPORT, &key, &chain, &SealOptions::default()).unwrap();
    assert!(matches!(
        rejection(&sealed, &s.anchor, None),
        Rejection::Expired { .. }
    ));
    // A signing time inside the certificate's validity but before the CA's own is refused too:
    // the whole chain must be valid when the seal was made.
    let sealed = seal(
        REPORT,
        &key,
        &chain,
        &SealOptions {
            signing_time: Some(now - 7 * day),
            ..Default::default()
        },
    )
    .unwrap();
    assert!(matches!(
        rejection(&sealed, &s.anchor, None),
        Rejection::NotYetValid { .. }
    ));
    let (key, chain) = issue("future", (now + 5 * day, now + 10 * day));
    let sealed = seal(REPORT, &key, &chain, &SealOptions::default()).unwrap();
    assert!(matches!(
        rejection(&sealed, &s.anchor, None),
        Rejection::NotYetValid { .. }
    ));
    // A signing time in the future is refused.
    let (key, chain) = issue("long", (now - day, now + 100 * day));
    let sealed = seal(
        REPORT,
        &key,
        &chain,
        &SealOptions {
            signing_time: Some(now + 3 * day),
            ..Default::default()
        },
    )
    .unwrap();
    assert!(matches!(
        rejection(&sealed, &s.anchor, None),
        Rejection::SigningTimeInFuture(_)
    ));
}

#[test]
fn sealing_needs_the_matching_certificate() {
    let s = setup();
    let other = mamori_seal::SigningKey::generate(mamori_seal::Algorithm::MlDsa65Ed25519).unwrap();
    assert!(seal(REPORT, &other, &s.chain, &SealOptions::default()).is_err());
}

/// With an RFC 3161 time-stamp, the seal is judged at the proven time: a revocation published
/// later does not undo it, and a token that does not verify is its own reason.
#[test]
fn timestamped_seals_survive_later_revocation() {
    use std::sync::Arc;

    use mamori_seal::tsa::{TimeStampAuthority, serve};

    let s = setup();
    let tsa = Arc::new(TimeStampAuthority::for_ca(&s.ca, &s.root.join("ca")).unwrap());
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    std::thread::spawn(move || serve(listener, tsa));
    let opts = SealOptions {
        tsa_url: Some(url),
        ..Default::default()
    };
    let sealed = seal(REPORT, &s.key, &s.chain, &opts).unwrap();
    let v = verify(&sealed, None, std::slice::from_ref(&s.anchor), None)
        .unwrap()
        .unwrap();
    assert!(v.timestamp.is_some());
    // Revoked a moment after the time-stamp: still valid.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    s.ca.revoke(&s.chain[0], RevocationReason::KeyCompromise)
        .unwrap();
    let crl = s.ca.crl(7).unwrap();
    verify(&sealed, None, std::slice::from_ref(&s.anchor), Some(&crl))
        .unwrap()
        .unwrap();
    // The same seal without its time-stamp is revoked.
    let mut jws = JwsJson::from_json(&sealed).unwrap();
    jws.signatures[0].header = None;
    assert!(matches!(
        rejection(&jws.to_json().unwrap(), &s.anchor, Some(&crl)),
        Rejection::Revoked { .. }
    ));
    // A token over another signature does not verify.
    let other = seal(
        b"other",
        &s.key,
        &s.chain,
        &SealOptions {
            tsa_url: opts.tsa_url.clone(),
            ..Default::default()
        },
    )
    .unwrap();
    let other_header = JwsJson::from_json(&other).unwrap().signatures[0]
        .header
        .clone();
    let mut jws = JwsJson::from_json(&sealed).unwrap();
    jws.signatures[0].header = other_header;
    assert!(matches!(
        rejection(&jws.to_json().unwrap(), &s.anchor, None),
        Rejection::TimestampInvalid(_)
    ));
}
