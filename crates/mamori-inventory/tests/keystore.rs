//! Keystore parsers against real files made by OpenSSL and keytool on this machine.
//! Missing tools are a test failure, not a skip.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use hmac::{Hmac, Mac};
use mamori_inventory::InventoryError;
use mamori_inventory::keystore::{
    self, Keystore, KeystoreFormat, KeystoreItem, KeystoreItemKind, decrypt_pkcs8, parse_jks,
    parse_pkcs12,
};
use sha2::Sha256;

const RSA: &str = "1.2.840.113549.1.1.1";
const EC: &str = "1.2.840.10045.2.1";
const AES256_CBC: &str = "2.16.840.1.101.3.4.1.42";
const AES128_CBC: &str = "2.16.840.1.101.3.4.1.2";
const DES_EDE3_CBC: &str = "1.2.840.113549.3.7";
const HMAC_SHA256: &str = "1.2.840.113549.2.9";
const SHA1: &str = "1.3.14.3.2.26";
const SHA256: &str = "2.16.840.1.101.3.4.2.1";
const SHA384: &str = "2.16.840.1.101.3.4.2.2";
const SHA512: &str = "2.16.840.1.101.3.4.2.3";
const PBE_SHA_3DES: &str = "1.2.840.113549.1.12.1.3";
const PBE_SHA_2DES: &str = "1.2.840.113549.1.12.1.4";
const PBE_SHA_RC2_128: &str = "1.2.840.113549.1.12.1.5";
const PBE_SHA_RC2_40: &str = "1.2.840.113549.1.12.1.6";
const PBE_SHA_RC4_40: &str = "1.2.840.113549.1.12.1.2";
const JKS_PROTECTOR: &str = "1.3.6.1.4.1.42.2.17.1.1";
const JCE_MD5_3DES: &str = "1.3.6.1.4.1.42.2.19.1";

/// Runs a tool; a missing tool or a failure panics with a clear message.
fn run(dir: &Path, program: &str, args: &[&str]) {
    let out = Command::new(program)
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| {
            panic!("required tool `{program}` could not be run ({e}): these tests need OpenSSL 3 and a JDK's keytool on PATH")
        });
    assert!(
        out.status.success(),
        "`{program} {}` failed: {}\n{}{}",
        args.join(" "),
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

struct Fixtures {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

impl Fixtures {
    fn read(&self, name: &str) -> Vec<u8> {
        let p = self.path.join(name);
        std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
    }
}

/// Every fixture, made once per test binary.
fn fixtures() -> &'static Fixtures {
    static FIXTURES: OnceLock<Fixtures> = OnceLock::new();
    FIXTURES.get_or_init(|| {
        let dir = tempfile::tempdir().expect("tempdir");
        let d = dir.path();
        let ssl = |args: &[&str]| run(d, "openssl", args);
        let keytool = |args: &[&str]| run(d, "keytool", args);

        // Keys and certificates.
        ssl(&[
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "leaf.key", "-out",
            "leaf.pem", "-days", "30", "-subj", "/CN=leaf",
        ]);
        ssl(&[
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-nodes",
            "-keyout",
            "ec.key",
            "-out",
            "ec.pem",
            "-days",
            "30",
            "-subj",
            "/CN=ec-leaf",
        ]);
        ssl(&[
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            "ca.key",
            "-out",
            "ca.pem",
            "-days",
            "30",
            "-subj",
            "/CN=Test CA",
        ]);
        ssl(&[
            "req",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            "server.key",
            "-out",
            "server.csr",
            "-subj",
            "/CN=server",
        ]);
        ssl(&[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-out",
            "server.pem",
            "-days",
            "30",
        ]);
        for (pem, der) in [
            ("leaf.pem", "leaf.der"),
            ("ca.pem", "ca.der"),
            ("server.pem", "server.der"),
            ("ec.pem", "ec.der"),
        ] {
            ssl(&["x509", "-in", pem, "-outform", "DER", "-out", der]);
        }
        for (key, der) in [
            ("leaf.key", "leaf.p8"),
            ("ec.key", "ec.p8"),
            ("server.key", "server.p8"),
        ] {
            ssl(&[
                "pkcs8", "-topk8", "-nocrypt", "-in", key, "-outform", "DER", "-out", der,
            ]);
        }
        std::fs::write(
            d.join("bundle.pem"),
            [
                std::fs::read(d.join("ca.pem")).unwrap(),
                std::fs::read(d.join("leaf.pem")).unwrap(),
            ]
            .concat(),
        )
        .unwrap();

        // PKCS#12 from OpenSSL.
        let export = |out: &str, key: &str, cert: &str, extra: &[&str]| {
            let mut args = vec![
                "pkcs12", "-export", "-inkey", key, "-in", cert, "-name", "mykey", "-out", out,
            ];
            args.extend_from_slice(extra);
            ssl(&args);
        };
        export(
            "modern.p12",
            "leaf.key",
            "leaf.pem",
            &["-passout", "pass:secret"],
        );
        export(
            "legacy.p12",
            "leaf.key",
            "leaf.pem",
            &["-legacy", "-passout", "pass:secret"],
        );
        export(
            "rc2_128.p12",
            "leaf.key",
            "leaf.pem",
            &[
                "-provider",
                "legacy",
                "-provider",
                "default",
                "-certpbe",
                "PBE-SHA1-RC2-128",
                "-keypbe",
                "PBE-SHA1-2DES",
                "-macalg",
                "sha1",
                "-passout",
                "pass:secret",
            ],
        );
        export(
            "rc4.p12",
            "leaf.key",
            "leaf.pem",
            &[
                "-provider",
                "legacy",
                "-provider",
                "default",
                "-certpbe",
                "PBE-SHA1-RC4-128",
                "-keypbe",
                "PBE-SHA1-RC4-40",
                "-macalg",
                "sha512",
                "-passout",
                "pass:secret",
            ],
        );
        export(
            "mixed.p12",
            "ec.key",
            "ec.pem",
            &[
                "-keypbe",
                "AES-128-CBC",
                "-certpbe",
                "DES-EDE3-CBC",
                "-macalg",
                "sha384",
                "-passout",
                "pass:secret",
            ],
        );
        export("empty.p12", "leaf.key", "leaf.pem", &["-passout", "pass:"]);
        export(
            "plain.p12",
            "leaf.key",
            "leaf.pem",
            &[
                "-keypbe", "NONE", "-certpbe", "NONE", "-nomac", "-passout", "pass:",
            ],
        );
        ssl(&[
            "pkcs12",
            "-export",
            "-inkey",
            "server.key",
            "-in",
            "server.pem",
            "-certfile",
            "bundle.pem",
            "-name",
            "server",
            "-caname",
            "Test CA",
            "-caname",
            "other",
            "-passout",
            "pass:chainpw",
            "-out",
            "chain.p12",
        ]);

        // Encrypted PKCS#8 files.
        let p8 = |out: &str, extra: &[&str]| {
            let mut args = vec![
                "pkcs8", "-topk8", "-in", "leaf.key", "-outform", "DER", "-passout", "pass:pw",
                "-out", out,
            ];
            args.extend_from_slice(extra);
            ssl(&args);
        };
        p8(
            "k_aes192_sha512.p8e",
            &["-v2", "aes-192-cbc", "-v2prf", "hmacWithSHA512"],
        );
        p8(
            "k_3des_sha224.p8e",
            &["-v2", "des-ede3-cbc", "-v2prf", "hmacWithSHA224"],
        );
        p8(
            "k_md5_des.p8e",
            &[
                "-v1",
                "PBE-MD5-DES",
                "-provider",
                "legacy",
                "-provider",
                "default",
            ],
        );
        p8(
            "k_sha1_rc2_64.p8e",
            &[
                "-v1",
                "PBE-SHA1-RC2-64",
                "-provider",
                "legacy",
                "-provider",
                "default",
            ],
        );
        p8("k_sha1_3des.p8e", &["-v1", "PBE-SHA1-3DES"]);

        // keytool: PKCS12, JKS, JCEKS.
        for (store, kind) in [
            ("ks.p12", "PKCS12"),
            ("ks.jks", "JKS"),
            ("ks.jceks", "JCEKS"),
        ] {
            let ec_keypass = if kind == "JKS" {
                "ec-key-pw"
            } else {
                "storepw"
            };
            keytool(&[
                "-genkeypair",
                "-storetype",
                kind,
                "-keystore",
                store,
                "-storepass",
                "storepw",
                "-keypass",
                "storepw",
                "-alias",
                "mykey",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-dname",
                "CN=mykey",
                "-validity",
                "30",
            ]);
            keytool(&[
                "-genkeypair",
                "-storetype",
                kind,
                "-keystore",
                store,
                "-storepass",
                "storepw",
                "-keypass",
                ec_keypass,
                "-alias",
                "eckey",
                "-keyalg",
                "EC",
                "-dname",
                "CN=eckey",
                "-validity",
                "30",
            ]);
            keytool(&[
                "-importcert",
                "-noprompt",
                "-storetype",
                kind,
                "-keystore",
                store,
                "-storepass",
                "storepw",
                "-alias",
                "trusted",
                "-file",
                "ca.pem",
            ]);
            if kind != "JKS" {
                keytool(&[
                    "-genseckey",
                    "-storetype",
                    kind,
                    "-keystore",
                    store,
                    "-storepass",
                    "storepw",
                    "-keypass",
                    "storepw",
                    "-alias",
                    "aeskey",
                    "-keyalg",
                    "AES",
                    "-keysize",
                    "128",
                ]);
            }
        }
        let path = d.to_path_buf();
        Fixtures { _dir: dir, path }
    })
}

fn by_alias<'a>(ks: &'a Keystore, alias: &str) -> &'a KeystoreItem {
    ks.entries
        .iter()
        .find(|e| e.alias.as_deref() == Some(alias))
        .unwrap_or_else(|| panic!("no entry {alias:?} in {ks:?}"))
}

fn assert_opened_rsa_leaf(ks: &Keystore, f: &Fixtures) {
    assert!(ks.opened, "{ks:?}");
    assert_eq!(ks.entries.len(), 1, "{ks:?}");
    let item = by_alias(ks, "mykey");
    assert_eq!(item.kind, KeystoreItemKind::PrivateKey);
    assert_eq!(item.certificates, vec![f.read("leaf.der")]);
    assert_eq!(
        item.private_key_pkcs8.as_deref(),
        Some(f.read("leaf.p8").as_slice())
    );
    assert_eq!(item.private_key_algorithm_oid.as_deref(), Some(RSA));
    assert_eq!(item.encrypted_key_oid, None);
}

#[test]
fn keystore_openssl_modern_pbes2_aes256() {
    let f = fixtures();
    let ks = parse_pkcs12(&f.read("modern.p12"), &["wrong", "", "secret"]).unwrap();
    assert_eq!(ks.format, KeystoreFormat::Pkcs12);
    assert_eq!(ks.format.to_string(), "PKCS#12");
    assert!(ks.encrypted);
    assert_opened_rsa_leaf(&ks, f);
    assert_eq!(ks.password_used.as_deref(), Some("secret"));
    assert_eq!(ks.protection_oid.as_deref(), Some(AES256_CBC));
    assert_eq!(ks.kdf_prf_oid.as_deref(), Some(HMAC_SHA256));
    assert_eq!(ks.kdf_iterations, Some(2048));
    assert!(
        ks.protection_details
            .iter()
            .any(|d| d.contains("hmacWithSHA256") && d.contains("2048")),
        "{ks:?}"
    );
    assert_eq!(ks.mac_algorithm_oid.as_deref(), Some(SHA256));
    assert_eq!(ks.mac_verified, Some(true));
    assert!(
        ks.notes
            .iter()
            .any(|n| n.contains("MAC") && n.contains("verified")),
        "{ks:?}"
    );
    // Debug never shows the password or the key.
    let debug = format!("{ks:?}");
    assert!(
        !debug.contains("\"secret\"") && debug.contains("redacted"),
        "{debug}"
    );
}

#[test]
fn keystore_openssl_wrong_password_is_not_opened() {
    let f = fixtures();
    let ks = parse_pkcs12(&f.read("modern.p12"), &["nope", "also-nope"]).unwrap();
    assert!(ks.encrypted);
    assert!(!ks.opened);
    assert_eq!(ks.password_used, None);
    assert_eq!(ks.mac_verified, Some(false));
    // Only what is readable without a password: the shrouded key bag, still encrypted.
    assert!(ks.entries.len() <= 1, "{ks:?}");
    for e in &ks.entries {
        assert_eq!(e.kind, KeystoreItemKind::PrivateKey);
        assert!(e.private_key_pkcs8.is_none());
        assert!(e.certificates.is_empty());
        assert_eq!(e.encrypted_key_oid.as_deref(), Some(AES256_CBC));
    }
    // No password at all behaves the same.
    let none = parse_pkcs12(&f.read("modern.p12"), &[]).unwrap();
    assert!(!none.opened && none.entries.iter().all(|e| e.private_key_pkcs8.is_none()));
}

#[test]
fn keystore_openssl_legacy_rc2_40_and_3des() {
    let f = fixtures();
    let ks = parse_pkcs12(&f.read("legacy.p12"), &["secret"]).unwrap();
    assert_opened_rsa_leaf(&ks, f);
    // The weakest protection is reported: RC2-40 on the certificates.
    assert_eq!(ks.protection_oid.as_deref(), Some(PBE_SHA_RC2_40));
    assert!(
        ks.protection_details
            .iter()
            .any(|d| d.contains(PBE_SHA_3DES)),
        "{ks:?}"
    );
    assert_eq!(ks.mac_algorithm_oid.as_deref(), Some(SHA1));
    assert_eq!(ks.mac_verified, Some(true));
    let wrong = parse_pkcs12(&f.read("legacy.p12"), &["secret2"]).unwrap();
    assert!(!wrong.opened);
    assert!(
        wrong
            .entries
            .iter()
            .all(|e| e.private_key_pkcs8.is_none() && e.certificates.is_empty())
    );
    assert_eq!(
        wrong
            .entries
            .first()
            .and_then(|e| e.encrypted_key_oid.as_deref()),
        Some(PBE_SHA_3DES)
    );
}

#[test]
fn keystore_openssl_other_pbe_schemes() {
    let f = fixtures();
    let ks = parse_pkcs12(&f.read("rc2_128.p12"), &["secret"]).unwrap();
    assert_opened_rsa_leaf(&ks, f);
    assert_eq!(ks.protection_oid.as_deref(), Some(PBE_SHA_2DES), "{ks:?}");
    assert!(
        ks.protection_details
            .iter()
            .any(|d| d.contains(PBE_SHA_RC2_128)),
        "{ks:?}"
    );

    let ks = parse_pkcs12(&f.read("rc4.p12"), &["x", "secret"]).unwrap();
    assert_opened_rsa_leaf(&ks, f);
    assert_eq!(ks.protection_oid.as_deref(), Some(PBE_SHA_RC4_40));
    assert_eq!(ks.mac_algorithm_oid.as_deref(), Some(SHA512));
    let wrong = parse_pkcs12(&f.read("rc4.p12"), &["x"]).unwrap();
    assert!(!wrong.opened && wrong.entries.iter().all(|e| e.private_key_pkcs8.is_none()));

    let ks = parse_pkcs12(&f.read("mixed.p12"), &["secret"]).unwrap();
    assert!(ks.opened);
    assert_eq!(ks.mac_algorithm_oid.as_deref(), Some(SHA384));
    assert_eq!(ks.protection_oid.as_deref(), Some(DES_EDE3_CBC));
    assert!(
        ks.protection_details.iter().any(|d| d.contains(AES128_CBC)),
        "{ks:?}"
    );
    let item = by_alias(&ks, "mykey");
    assert_eq!(item.private_key_algorithm_oid.as_deref(), Some(EC));
    assert_eq!(
        item.private_key_pkcs8.as_deref(),
        Some(f.read("ec.p8").as_slice())
    );
    assert_eq!(item.certificates, vec![f.read("ec.der")]);
}

#[test]
fn keystore_openssl_empty_password() {
    let f = fixtures();
    for pws in [&[""][..], &["x", ""][..]] {
        let ks = parse_pkcs12(&f.read("empty.p12"), pws).unwrap();
        assert!(ks.encrypted);
        assert_opened_rsa_leaf(&ks, f);
        assert_eq!(ks.password_used.as_deref(), Some(""));
        assert_eq!(ks.mac_verified, Some(true));
    }
    let ks = parse_pkcs12(&f.read("empty.p12"), &["x"]).unwrap();
    assert!(!ks.opened);
}

#[test]
fn keystore_openssl_unencrypted() {
    let f = fixtures();
    let ks = parse_pkcs12(&f.read("plain.p12"), &[]).unwrap();
    assert!(!ks.encrypted);
    assert_opened_rsa_leaf(&ks, f);
    assert_eq!(ks.password_used, None);
    assert_eq!(ks.mac_verified, None);
    assert_eq!(ks.protection_oid, None);
}

#[test]
fn keystore_openssl_chain_with_ca() {
    let f = fixtures();
    let ks = parse_pkcs12(&f.read("chain.p12"), &["chainpw"]).unwrap();
    assert!(ks.opened, "{ks:?}");
    let key = by_alias(&ks, "server");
    assert_eq!(key.kind, KeystoreItemKind::PrivateKey);
    assert_eq!(
        key.certificates,
        vec![f.read("server.der"), f.read("ca.der")]
    );
    assert_eq!(
        key.private_key_pkcs8.as_deref(),
        Some(f.read("server.p8").as_slice())
    );
    // The unrelated certificate from the bundle stays a certificate entry; the CA is in the chain.
    assert_eq!(ks.entries.len(), 2, "{ks:?}");
    let other = ks
        .entries
        .iter()
        .find(|e| e.kind == KeystoreItemKind::Certificate)
        .expect("leftover cert");
    assert_eq!(other.certificates, vec![f.read("leaf.der")]);
}

#[test]
fn keystore_keytool_pkcs12() {
    let f = fixtures();
    let data = f.read("ks.p12");
    let ks = parse_pkcs12(&data, &["changeit", "storepw"]).unwrap();
    assert!(ks.opened, "{ks:?}");
    assert_eq!(ks.password_used.as_deref(), Some("storepw"));
    assert_eq!(ks.mac_algorithm_oid.as_deref(), Some(SHA256));
    assert_eq!(ks.mac_iterations, Some(10_000));
    assert_eq!(ks.protection_oid.as_deref(), Some(AES256_CBC));
    assert_eq!(ks.kdf_prf_oid.as_deref(), Some(HMAC_SHA256));
    assert_eq!(ks.kdf_iterations, Some(10_000));
    assert_eq!(ks.entries.len(), 4, "{ks:?}");
    let rsa = by_alias(&ks, "mykey");
    assert_eq!(rsa.kind, KeystoreItemKind::PrivateKey);
    assert_eq!(rsa.certificates.len(), 1);
    assert_eq!(rsa.private_key_algorithm_oid.as_deref(), Some(RSA));
    let ec = by_alias(&ks, "eckey");
    assert_eq!(ec.private_key_algorithm_oid.as_deref(), Some(EC));
    assert!(
        ec.private_key_pkcs8
            .as_ref()
            .is_some_and(|k| contains(k, &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01]))
    );
    let trusted = by_alias(&ks, "trusted");
    assert_eq!(trusted.kind, KeystoreItemKind::TrustedCertificate);
    assert_eq!(trusted.certificates, vec![f.read("ca.der")]);
    let secret = by_alias(&ks, "aeskey");
    assert_eq!(secret.kind, KeystoreItemKind::SecretKey);
    assert_eq!(secret.secret_key_algorithm.as_deref(), Some("AES"));

    // Without the password: the key and secret bags are visible, still encrypted; the
    // certificates are in the encrypted SafeContents.
    let closed = parse_pkcs12(&data, &["changeit"]).unwrap();
    assert!(!closed.opened);
    assert_eq!(closed.password_used, None);
    assert!(
        closed
            .entries
            .iter()
            .all(|e| e.private_key_pkcs8.is_none() && e.certificates.is_empty())
    );
    assert!(
        closed
            .entries
            .iter()
            .all(|e| e.kind != KeystoreItemKind::TrustedCertificate)
    );
    assert_eq!(
        by_alias(&closed, "mykey").encrypted_key_oid.as_deref(),
        Some(AES256_CBC)
    );
    assert_eq!(by_alias(&closed, "aeskey").secret_key_algorithm, None);
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn keystore_keytool_jks() {
    let f = fixtures();
    let data = f.read("ks.jks");
    assert!(keystore::looks_like_jks(&data));
    // Without a password: aliases and certificates are plaintext.
    let ks = parse_jks(&data, &[]).unwrap();
    assert_eq!(ks.format, KeystoreFormat::Jks);
    assert!(ks.encrypted && !ks.opened);
    assert_eq!(ks.mac_verified, Some(false));
    assert_eq!(ks.entries.len(), 3);
    let rsa = by_alias(&ks, "mykey");
    assert_eq!(rsa.kind, KeystoreItemKind::PrivateKey);
    assert_eq!(rsa.certificates.len(), 1);
    assert!(rsa.private_key_pkcs8.is_none());
    assert_eq!(rsa.encrypted_key_oid.as_deref(), Some(JKS_PROTECTOR));
    assert!(rsa.timestamp_ms.is_some_and(|t| t > 1_600_000_000_000));
    assert_eq!(
        by_alias(&ks, "trusted").kind,
        KeystoreItemKind::TrustedCertificate
    );
    assert_eq!(
        by_alias(&ks, "trusted").certificates,
        vec![f.read("ca.der")]
    );
    assert_eq!(ks.protection_oid.as_deref(), Some(JKS_PROTECTOR));

    // The store password among several candidates; the EC key has its own password.
    let ks = parse_jks(&data, &["wrong", "", "storepw", "ec-key-pw", "changeit"]).unwrap();
    assert!(ks.opened, "{ks:?}");
    assert_eq!(ks.password_used.as_deref(), Some("storepw"));
    assert_eq!(ks.mac_verified, Some(true));
    assert_eq!(
        by_alias(&ks, "mykey").private_key_algorithm_oid.as_deref(),
        Some(RSA)
    );
    let ec = by_alias(&ks, "eckey");
    assert_eq!(ec.private_key_algorithm_oid.as_deref(), Some(EC));
    assert_eq!(ec.encrypted_key_oid, None);

    // Store password only: the EC key stays encrypted.
    let ks = parse_jks(&data, &["storepw"]).unwrap();
    assert_eq!(ks.mac_verified, Some(true));
    assert!(!ks.opened);
    assert!(by_alias(&ks, "mykey").private_key_pkcs8.is_some());
    assert!(by_alias(&ks, "eckey").private_key_pkcs8.is_none());
}

#[test]
fn keystore_keytool_jceks() {
    let f = fixtures();
    let data = f.read("ks.jceks");
    assert!(keystore::looks_like_jks(&data));
    let ks = parse_jks(&data, &["storepw"]).unwrap();
    assert_eq!(ks.format, KeystoreFormat::Jceks);
    assert_eq!(ks.format.to_string(), "JCEKS");
    assert!(ks.opened, "{ks:?}");
    assert_eq!(ks.entries.len(), 4);
    assert_eq!(ks.protection_oid.as_deref(), Some(JCE_MD5_3DES));
    assert_eq!(
        by_alias(&ks, "mykey").private_key_algorithm_oid.as_deref(),
        Some(RSA)
    );
    assert_eq!(
        by_alias(&ks, "eckey").private_key_algorithm_oid.as_deref(),
        Some(EC)
    );
    assert_eq!(
        by_alias(&ks, "trusted").kind,
        KeystoreItemKind::TrustedCertificate
    );
    let secret = by_alias(&ks, "aeskey");
    assert_eq!(secret.kind, KeystoreItemKind::SecretKey);
    assert_eq!(secret.secret_key_algorithm.as_deref(), Some("AES"));

    let closed = parse_jks(&data, &[]).unwrap();
    assert!(!closed.opened);
    assert_eq!(closed.entries.len(), 4);
    assert_eq!(by_alias(&closed, "mykey").certificates.len(), 1);
    assert_eq!(
        by_alias(&closed, "mykey").encrypted_key_oid.as_deref(),
        Some(JCE_MD5_3DES)
    );
    assert_eq!(
        by_alias(&closed, "aeskey").encrypted_key_oid.as_deref(),
        Some(JCE_MD5_3DES)
    );
    assert_eq!(by_alias(&closed, "aeskey").secret_key_algorithm, None);
}

#[test]
fn keystore_decrypt_pkcs8_files() {
    let f = fixtures();
    let plain = f.read("leaf.p8");
    for name in [
        "k_aes192_sha512.p8e",
        "k_3des_sha224.p8e",
        "k_md5_des.p8e",
        "k_sha1_rc2_64.p8e",
        "k_sha1_3des.p8e",
    ] {
        let der = f.read(name);
        assert_eq!(decrypt_pkcs8(&der, "pw").unwrap(), plain, "{name}");
        assert!(
            matches!(
                decrypt_pkcs8(&der, "wrong"),
                Err(InventoryError::WrongPassword { .. })
            ),
            "{name}"
        );
    }
}

#[test]
fn keystore_format_checks() {
    let f = fixtures();
    for name in [
        "modern.p12",
        "legacy.p12",
        "plain.p12",
        "chain.p12",
        "ks.p12",
    ] {
        let data = f.read(name);
        assert!(keystore::looks_like_pkcs12(&data), "{name}");
        assert!(!keystore::looks_like_jks(&data), "{name}");
    }
    for name in ["ks.jks", "ks.jceks"] {
        let data = f.read(name);
        assert!(!keystore::looks_like_pkcs12(&data), "{name}");
        assert!(parse_pkcs12(&data, &[]).is_err());
    }
    assert!(!keystore::looks_like_pkcs12(&f.read("leaf.der")));
    assert!(parse_jks(&f.read("modern.p12"), &[]).is_err());
    let huge = vec![0u8; keystore::MAX_KEYSTORE_BYTES + 1];
    assert!(matches!(
        parse_pkcs12(&huge, &[]),
        Err(InventoryError::TooLarge { .. })
    ));
    assert!(matches!(
        parse_jks(&huge, &[]),
        Err(InventoryError::TooLarge { .. })
    ));
}

// --- Hand-built variants of real files -------------------------------------------------------

fn tlv(tag: u8, body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    mamori_inventory::der::write_tlv(&mut out, tag, body);
    out
}

/// (version TLV, authSafe content octets, MacData TLV if any) of a PFX.
fn split_pfx(data: &[u8]) -> (Vec<u8>, Vec<u8>, Option<Vec<u8>>) {
    use mamori_inventory::der::Der;
    let mut outer = Der::new(data);
    let mut pfx = outer.sequence("pfx").unwrap();
    let version = pfx.read().unwrap().raw.to_vec();
    let mut auth = pfx.sequence("authSafe").unwrap();
    auth.oid("type").unwrap();
    let explicit = auth.read().unwrap();
    let octets = explicit.reader().octet_string("octets").unwrap().to_vec();
    let mac = (!pfx.is_empty()).then(|| pfx.read().unwrap().raw.to_vec());
    (version, octets, mac)
}

const OID_DATA: [u8; 11] = [
    0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01,
];

/// The PFX re-encoded as streaming tools write it: indefinite lengths and a constructed OCTET
/// STRING in 1000-byte segments. The MAC still verifies: it covers the octets, not the encoding.
fn to_ber(data: &[u8]) -> Vec<u8> {
    let (version, octets, mac) = split_pfx(data);
    let mut segments = Vec::new();
    for chunk in octets.chunks(1000) {
        segments.extend(tlv(0x04, chunk));
    }
    let mut out = vec![0x30, 0x80];
    out.extend(version);
    out.extend([0x30, 0x80]);
    out.extend(OID_DATA);
    out.extend([0xa0, 0x80, 0x24, 0x80]);
    out.extend(segments);
    out.extend([0, 0, 0, 0, 0, 0]);
    out.extend(mac.unwrap_or_default());
    out.extend([0, 0]);
    out
}

#[test]
fn keystore_ber_indefinite_lengths() {
    let f = fixtures();
    let ber = to_ber(&f.read("modern.p12"));
    assert!(keystore::looks_like_pkcs12(&ber));
    let ks = parse_pkcs12(&ber, &["secret"]).unwrap();
    assert_opened_rsa_leaf(&ks, f);
    assert_eq!(ks.mac_verified, Some(true));
    assert!(ks.notes.iter().any(|n| n.contains("BER")), "{ks:?}");
}

fn pfx_with_mac(data: &[u8], mac: Vec<u8>) -> Vec<u8> {
    let (version, octets, _) = split_pfx(data);
    let auth = tlv(
        0x30,
        &[OID_DATA.to_vec(), tlv(0xa0, &tlv(0x04, &octets))].concat(),
    );
    tlv(0x30, &[version, auth, mac].concat())
}

#[test]
fn keystore_iteration_limit_is_an_error() {
    let f = fixtures();
    let sha1_alg = tlv(
        0x30,
        &[tlv(0x06, &[0x2b, 0x0e, 0x03, 0x02, 0x1a]), vec![0x05, 0x00]].concat(),
    );
    let digest_info = tlv(0x30, &[sha1_alg, tlv(0x04, &[0u8; 20])].concat());
    let iterations = tlv(0x02, &[0x3b, 0x9a, 0xca, 0x00]); // 1e9
    let mac = tlv(
        0x30,
        &[digest_info, tlv(0x04, &[1u8; 8]), iterations].concat(),
    );
    let data = pfx_with_mac(&f.read("plain.p12"), mac);
    assert!(matches!(
        parse_pkcs12(&data, &["x"]),
        Err(InventoryError::TooLarge { .. })
    ));
}

#[test]
fn keystore_pbmac1() {
    let f = fixtures();
    let (_, octets, _) = split_pfx(&f.read("plain.p12"));
    let salt = [7u8; 16];
    let mut key = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<Sha256>(b"pbmac-pw", &salt, 1000, &mut key);
    let mut hmac = <Hmac<Sha256> as Mac>::new_from_slice(&key).unwrap();
    hmac.update(&octets);
    let digest = hmac.finalize().into_bytes();
    let hmac_sha256 = tlv(
        0x30,
        &[
            tlv(0x06, &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x02, 0x09]),
            vec![0x05, 0x00],
        ]
        .concat(),
    );
    let pbkdf2_params = tlv(
        0x30,
        &[
            tlv(0x04, &salt),
            tlv(0x02, &[0x03, 0xe8]),
            tlv(0x02, &[0x20]),
            hmac_sha256.clone(),
        ]
        .concat(),
    );
    let pbkdf2 = tlv(
        0x30,
        &[
            tlv(
                0x06,
                &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x05, 0x0c],
            ),
            pbkdf2_params,
        ]
        .concat(),
    );
    let pbmac1 = tlv(
        0x30,
        &[
            tlv(
                0x06,
                &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x05, 0x0e],
            ),
            tlv(0x30, &[pbkdf2, hmac_sha256].concat()),
        ]
        .concat(),
    );
    let digest_info = tlv(0x30, &[pbmac1, tlv(0x04, &digest)].concat());
    let mac = tlv(
        0x30,
        &[digest_info, tlv(0x04, b"NOT USED"), tlv(0x02, &[1])].concat(),
    );
    let data = pfx_with_mac(&f.read("plain.p12"), mac);
    let ks = parse_pkcs12(&data, &["x", "pbmac-pw"]).unwrap();
    assert_eq!(ks.mac_verified, Some(true), "{ks:?}");
    assert_eq!(ks.mac_algorithm_oid.as_deref(), Some(HMAC_SHA256));
    assert_eq!(ks.password_used.as_deref(), Some("pbmac-pw"));
    assert!(ks.opened);
    let wrong = parse_pkcs12(&data, &["x"]).unwrap();
    assert_eq!(wrong.mac_verified, Some(false));
    assert!(
        !wrong.opened,
        "nothing is encrypted, but the MAC did not verify: {wrong:?}"
    );
}

// --- Robustness: truncations and byte flips of every real file ------------------------------

/// Parses every 37th truncation and four byte values at every 37th offset. Truncations use
/// `passwords`; flips use them at every `password_every`-th offset (the decryption paths) and
/// no password otherwise.
fn mutate_all(name: &str, data: &[u8], passwords: &[&str], password_every: usize) {
    let parse = |d: &[u8], pw: &[&str]| {
        if name.ends_with(".p12") {
            let _ = parse_pkcs12(d, pw);
        } else {
            let _ = parse_jks(d, pw);
        }
        let _ = keystore::looks_like_pkcs12(d);
        let _ = keystore::looks_like_jks(d);
    };
    for cut in (0..data.len()).step_by(37) {
        parse(&data[..cut], passwords);
    }
    for (n, at) in (0..data.len()).step_by(37).enumerate() {
        for (i, value) in [0xff, 0x00, 0x80, data[at] ^ 0x01].into_iter().enumerate() {
            let mut copy = data.to_vec();
            copy[at] = value;
            let pw = if n % password_every == 0 && i == 0 {
                passwords
            } else {
                &[][..]
            };
            parse(&copy, pw);
        }
    }
}

#[test]
fn keystore_fuzz_openssl_files() {
    let f = fixtures();
    for (name, pw) in [
        ("modern.p12", "secret"),
        ("legacy.p12", "secret"),
        ("rc4.p12", "secret"),
        ("empty.p12", ""),
        ("plain.p12", ""),
        ("chain.p12", "chainpw"),
    ] {
        mutate_all(name, &f.read(name), &["bad", pw], 4);
        mutate_all(name, &to_ber(&f.read(name)), &[pw], 16);
    }
}

#[test]
fn keystore_fuzz_keytool_files() {
    let f = fixtures();
    mutate_all("ks.p12", &f.read("ks.p12"), &["storepw"], 16);
    mutate_all("ks.jks", &f.read("ks.jks"), &["storepw", "ec-key-pw"], 1);
    // JCEKS keys cost 2 x 200 000 MD5 iterations per password (slow in debug builds): only
    // the flip at offset 37 x 51 gets one.
    mutate_all("ks.jceks", &f.read("ks.jceks"), &["storepw"], 51);
}
