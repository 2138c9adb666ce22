//! The e-seal CA end to end: a composite root, an organization's e-seal certificate, revocation
//! and a CRL — each checked by mamori's verifier and parsed by OpenSSL as an independent reader
//! of the X.509 structure (Debian's OpenSSL 3.0 parses, but cannot verify, composite signatures).

use std::process::Command;

use mamori_seal::ca::{CertificateAuthority, RevocationReason, read_certificate, read_private_key};
use mamori_seal::{Algorithm, cert};

fn openssl(args: &[&str]) -> String {
    let out = Command::new("openssl")
        .args(args)
        .output()
        .expect("openssl runs");
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn root_seal_certificate_revocation_and_crl() {
    let tmp = tempfile::tempdir().unwrap();
    let ca_dir = tmp.path().join("ca");
    let ca = CertificateAuthority::init(&ca_dir, "Cyber Resilience Office", Some("JP"), 3650, None)
        .unwrap();
    let root = ca.certificate().to_vec();
    let root_key = cert::subject_key(&root).unwrap();
    assert_eq!(root_key.algorithm(), Algorithm::MlDsa65Ed25519);
    cert::verify_signed_by(&root, &root_key).unwrap();
    // A second init in the same place refuses to overwrite the CA.
    assert!(CertificateAuthority::init(&ca_dir, "Other", None, 1, None).is_err());
    let text = openssl(&[
        "x509",
        "-in",
        ca_dir.join("ca.pem").to_str().unwrap(),
        "-noout",
        "-text",
    ]);
    assert!(text.contains("1.3.6.1.5.5.7.6.48"), "{text}");
    assert!(
        text.contains("CA:TRUE") && text.contains("Certificate Sign, CRL Sign"),
        "{text}"
    );

    // The organization's e-seal certificate, ETSI EN 319 412-3 style.
    let ca = CertificateAuthority::open(&ca_dir, None).unwrap();
    let org = tmp.path().join("org");
    let issued = ca
        .issue(
            "Example Port Authority",
            "NTRJP-1234567890123",
            "JP",
            730,
            &org,
            Some(b"port secret"),
        )
        .unwrap();
    let seal = read_certificate(&issued.cert_path).unwrap();
    cert::verify_signed_by(&seal, &root_key).unwrap();
    // The seal key was written encrypted: it needs its passphrase, and only that one opens it.
    let pem = std::fs::read_to_string(&issued.key_path).unwrap();
    assert!(pem.starts_with("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    assert!(matches!(
        read_private_key(&issued.key_path, None),
        Err(mamori_seal::SealError::NeedPassphrase(_))
    ));
    assert!(read_private_key(&issued.key_path, Some(b"port secreT")).is_err());
    let key = read_private_key(&issued.key_path, Some(b"port secret")).unwrap();
    assert_eq!(cert::subject_key(&seal).unwrap(), key.verifying_key());
    let name = cert::subject_name(&seal).unwrap();
    assert_eq!(
        name.organization_identifier.as_deref(),
        Some("NTRJP-1234567890123")
    );
    assert_eq!(name.country.as_deref(), Some("JP"));
    let (nb, na) = cert::validity(&seal).unwrap();
    assert!(na > nb && na <= cert::validity(&root).unwrap().1);
    let text = openssl(&[
        "x509",
        "-in",
        issued.cert_path.to_str().unwrap(),
        "-noout",
        "-text",
    ]);
    assert!(
        text.contains("organizationIdentifier") || text.contains("2.5.4.97"),
        "{text}"
    );
    assert!(
        text.contains("Digital Signature, Non Repudiation"),
        "{text}"
    );
    assert!(
        text.contains("CA:FALSE") || text.contains("Basic Constraints: critical"),
        "{text}"
    );
    // Not signed by another CA.
    let other =
        CertificateAuthority::init(&tmp.path().join("other"), "Other", None, 10, None).unwrap();
    assert!(
        cert::verify_signed_by(&seal, &cert::subject_key(other.certificate()).unwrap()).is_err()
    );
    // A bad country code is refused.
    assert!(
        ca.issue("X", "NTRJP-1", "Japan", 10, &tmp.path().join("x"), None)
            .is_err()
    );

    // Revocation and the CRL.
    let empty = ca.crl(7).unwrap();
    assert!(
        cert::verify_crl(&empty, &root_key)
            .unwrap()
            .revoked
            .is_empty()
    );
    let serial = ca.revoke(&seal, RevocationReason::KeyCompromise).unwrap();
    let crl = ca.crl(7).unwrap();
    let parsed = cert::verify_crl(&crl, &root_key).unwrap();
    assert_eq!(parsed.revoked.len(), 1);
    assert_eq!(parsed.revoked[0].0, cert::serial(&seal).unwrap());
    assert!(parsed.next_update.unwrap() > parsed.this_update);
    let text = openssl(&[
        "crl",
        "-in",
        ca_dir.join("crl.pem").to_str().unwrap(),
        "-noout",
        "-text",
    ]);
    assert!(text.to_ascii_lowercase().contains(&serial), "{text}");
    assert!(text.contains("Key Compromise"), "{text}");
    // A CRL with a byte changed does not verify.
    let mut bad = crl.clone();
    let at = bad.len() / 2;
    bad[at] ^= 1;
    assert!(cert::verify_crl(&bad, &root_key).is_err());
    // The other CA cannot revoke what it did not issue.
    assert!(other.revoke(&seal, RevocationReason::Unspecified).is_err());
}
