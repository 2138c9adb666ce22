//! End-to-end: a tree of real keys, certificates and keystores made by openssl, ssh-keygen and
//! keytool, scanned by the `mamori` binary; every asset's algorithm, strength, quantum category
//! and status is checked, and garbage must yield nothing.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn sh(dir: &Path, script: &str) {
    let out = Command::new("bash")
        .arg("-euo")
        .arg("pipefail")
        .arg("-c")
        .arg(script)
        .current_dir(dir)
        .output()
        .expect("bash runs");
    assert!(
        out.status.success(),
        "fixture command failed:\n{script}\nstderr:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

use common::mamori;

/// Builds the fixture tree once per test binary run.
fn build_tree(dir: &Path) {
    // Keys of every family and size, in every encoding openssl writes.
    sh(
        dir,
        r#"
mkdir -p keys certs ssh stores misc .hidden/deeper garbage pq
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:1024 -out keys/rsa1024.pem 2>/dev/null
openssl genrsa -traditional -out keys/rsa2048-pkcs1.pem 2048 2>/dev/null
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 2>/dev/null | openssl pkcs8 -topk8 -nocrypt -outform DER -out keys/rsa3072.der
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:4096 -out /tmp/mamori-rsa4096-$$.pem 2>/dev/null
openssl pkey -in /tmp/mamori-rsa4096-$$.pem -pubout -out keys/rsa4096.pub.pem
openssl rsa -in /tmp/mamori-rsa4096-$$.pem -RSAPublicKey_out -out keys/rsa4096-pkcs1.pub.pem 2>/dev/null
rm -f /tmp/mamori-rsa4096-$$.pem
openssl ecparam -genkey -name prime256v1 -noout -out keys/p256-sec1.pem
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-384 -out keys/p384.pem
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-521 -outform DER -out keys/p521.der
openssl ecparam -genkey -name secp256k1 -noout -out keys/k256.pem
openssl ecparam -genkey -name brainpoolP256r1 -noout -out keys/bp256.pem
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:brainpoolP384r1 -out keys/bp384.pem
openssl genpkey -algorithm ed25519 -out keys/ed25519.pem
openssl genpkey -algorithm ed448 -out keys/ed448.pem
openssl genpkey -algorithm x25519 -out keys/x25519.pem
openssl genpkey -algorithm x448 -out keys/x448.pem
openssl dsaparam -out keys/dsa2048-params.pem 2048 2>/dev/null
openssl gendsa -out keys/dsa2048.pem keys/dsa2048-params.pem 2>/dev/null
openssl genpkey -genparam -algorithm DH -pkeyopt group:ffdhe2048 -out keys/ffdhe2048.pem
openssl genpkey -paramfile keys/ffdhe2048.pem -out keys/dh2048.key
openssl dhparam -dsaparam -out keys/dh1024-x942.pem 1024 2>/dev/null
openssl genpkey -paramfile keys/dh1024-x942.pem -out keys/dh1024-x942.key
openssl pkey -in keys/dsa2048.pem -pubout -out keys/dsa2048.pub.pem
openssl ecparam -name prime256v1 -out keys/p256-params.pem
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -aes-256-cbc -pass pass:secret -out keys/p256-encrypted.pem
openssl genrsa -aes128 -passout pass:secret -traditional -out keys/rsa2048-legacy-encrypted.pem 2048 2>/dev/null
# Keys under names that say nothing, or lie.
cp keys/ed25519.pem misc/notes.txt
cp keys/rsa3072.der misc/logo.png
cp keys/p384.pem .hidden/deeper/config
"#,
    );
    // Certificates: a CA chain, SHA-1 and SHA-384 signatures, an expired one, a request.
    sh(
        dir,
        r#"
cat > ca.cnf <<'CNF'
[ca]
default_ca = own
[own]
database = ca-index.txt
new_certs_dir = .
serial = ca-serial
policy = any
default_md = sha256
copy_extensions = copy
[any]
commonName = supplied
[v3_ca]
basicConstraints = critical,CA:true
CNF
: > ca-index.txt; echo 01 > ca-serial
openssl req -x509 -newkey rsa:3072 -nodes -keyout root.key -subj /CN=Mamori-Test-Root -days 3650 -sha384 -out root.crt 2>/dev/null
openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-384 -nodes -keyout int.key -subj /CN=Mamori-Test-Intermediate -out int.csr 2>/dev/null
openssl x509 -req -in int.csr -CA root.crt -CAkey root.key -CAcreateserial -days 1825 -sha384 -extfile ca.cnf -extensions v3_ca -out int.crt 2>/dev/null
openssl req -new -newkey rsa:2048 -nodes -keyout leaf.key -subj /CN=www.example.test -addext subjectAltName=DNS:www.example.test -out certs/leaf.csr 2>/dev/null
openssl x509 -req -in certs/leaf.csr -CA int.crt -CAkey int.key -CAcreateserial -days 365 -sha256 -copy_extensions copy -out leaf.crt 2>/dev/null
cat leaf.crt int.crt root.crt > certs/chain-bundle.pem
openssl x509 -in root.crt -outform DER -out certs/root.der
openssl req -x509 -newkey rsa:2048 -nodes -keyout /dev/null -subj /CN=sha1-signed -days 30 -sha1 -out certs/sha1.crt 2>/dev/null
openssl req -new -newkey rsa:2048 -nodes -keyout old.key -subj /CN=expired.example.test -out old.csr 2>/dev/null
openssl ca -batch -config ca.cnf -cert root.crt -keyfile root.key -in old.csr -startdate 20200101000000Z -enddate 20210101000000Z -out certs/expired.crt 2>/dev/null
openssl req -x509 -newkey rsa:3072 -nodes -keyout /dev/null -subj /CN=pss-signed -days 30 -sha256 -sigopt rsa_padding_mode:pss -out certs/pss.crt 2>/dev/null
openssl genpkey -algorithm RSA-PSS -pkeyopt rsa_keygen_bits:2048 -out certs/rsa-pss.key 2>/dev/null
openssl crl2pkcs7 -nocrl -certfile certs/chain-bundle.pem -outform DER -out certs/chain.p7b
cp certs/root.der misc/readme
openssl pkcs12 -export -in leaf.crt -inkey leaf.key -certfile int.crt -name leaf-entry -passout pass:storepw -out stores/modern.p12
openssl pkcs12 -export -in leaf.crt -inkey leaf.key -name open-entry -passout pass: -out stores/empty-password.p12
"#,
    );
    // Java keystores.
    sh(
        dir,
        r#"
keytool -genkeypair -keystore stores/app.jks -storetype JKS -storepass storepw -keypass storepw -alias app -keyalg RSA -keysize 2048 -dname CN=app -validity 365 2>/dev/null
keytool -importcert -noprompt -keystore stores/app.jks -storetype JKS -storepass storepw -alias root -file root.crt 2>/dev/null
keytool -genkeypair -keystore stores/app.p12 -storetype PKCS12 -storepass storepw -alias ec-app -keyalg EC -groupname secp384r1 -dname CN=ec-app -validity 365 2>/dev/null
"#,
    );
    // OpenSSH: private keys (one encrypted), public keys, authorized_keys, known_hosts.
    sh(
        dir,
        r#"
ssh-keygen -q -t ed25519 -N '' -C alice@example -f ssh/id_ed25519
ssh-keygen -q -t rsa -b 3072 -N 'passphrase' -C bob@example -f ssh/id_rsa_encrypted
ssh-keygen -q -t ecdsa -b 384 -N '' -f ssh/id_ecdsa
ssh-keygen -q -t dsa -N '' -f ssh/id_dsa
ssh-keygen -q -t rsa -b 1024 -N '' -f /tmp/mamori-weak-$$
{ printf 'command="/bin/true",no-pty '; cat /tmp/mamori-weak-$$.pub; cat ssh/id_ed25519.pub; } > ssh/authorized_keys
rm -f /tmp/mamori-weak-$$ /tmp/mamori-weak-$$.pub
printf 'host.example.test,192.0.2.1 %s\n' "$(cut -d' ' -f1,2 ssh/id_ecdsa.pub)" > ssh/known_hosts
ssh-keygen -e -f ssh/id_ed25519.pub > ssh/rfc4716.pub
"#,
    );
    // Garbage that must yield nothing.
    sh(
        dir,
        r#"
head -c 4096 /dev/urandom > garbage/random.pem
printf -- '-----BEGIN CERTIFICATE-----\nthis is not base64 at all!!\n-----END CERTIFICATE-----\n' > garbage/broken.pem
head -c 300 certs/root.der > garbage/truncated.der
printf -- '-----BEGIN PRIVATE KEY-----\nMIIBVQIBADANBgkqhkiG9w0BAQEFAASCAT8wggE7AgEAAkEA\n-----END PRIVATE KEY-----\n' > garbage/truncated-key.pem
: > garbage/empty.key
printf 'The string -----BEGIN is only mentioned here, and ssh-rsa AAAA is not a key.\n' > garbage/mention.txt
printf '\x30\x82\x01\x00garbage that claims to be DER' > garbage/fake.der
"#,
    );
}

/// (path, kind, algorithm, classical bits, quantum category, status)
type Row = (
    &'static str,
    &'static str,
    &'static str,
    u64,
    u64,
    &'static str,
);

const EXPECTED: &[Row] = &[
    (
        "keys/rsa1024.pem",
        "private-key",
        "RSA-1024",
        80,
        0,
        "broken",
    ),
    (
        "keys/rsa2048-pkcs1.pem",
        "private-key",
        "RSA-2048",
        112,
        0,
        "below-target",
    ),
    (
        "keys/rsa3072.der",
        "private-key",
        "RSA-3072",
        128,
        0,
        "quantum-vulnerable",
    ),
    (
        "keys/rsa4096.pub.pem",
        "public-key",
        "RSA-4096",
        152,
        0,
        "quantum-vulnerable",
    ),
    (
        "keys/rsa4096-pkcs1.pub.pem",
        "public-key",
        "RSA-4096",
        152,
        0,
        "quantum-vulnerable",
    ),
    (
        "keys/p256-sec1.pem",
        "private-key",
        "EC-P-256",
        128,
        0,
        "quantum-vulnerable",
    ),
    (
        "keys/p384.pem",
        "private-key",
        "EC-P-384",
        192,
        0,
        "quantum-vulnerable",
    ),
    (
        "keys/p521.der",
        "private-key",
        "EC-P-521",
        256,
        0,
        "quantum-vulnerable",
    ),
    (
        "keys/k256.pem",
        "private-key",
        "EC-secp256k1",
        128,
        0,
        "quantum-vulnerable",
    ),
    (
        "keys/bp256.pem",
        "private-key",
        "EC-brainpoolP256r1",
        128,
        0,
        "quantum-vulnerable",
    ),
    (
        "keys/bp384.pem",
        "private-key",
        "EC-brainpoolP384r1",
        192,
        0,
        "quantum-vulnerable",
    ),
    (
        "keys/ed25519.pem",
        "private-key",
        "Ed25519",
        128,
        0,
        "quantum-vulnerable",
    ),
    (
        "keys/ed448.pem",
        "private-key",
        "Ed448",
        224,
        0,
        "quantum-vulnerable",
    ),
    (
        "keys/x25519.pem",
        "private-key",
        "X25519",
        128,
        0,
        "quantum-vulnerable",
    ),
    (
        "keys/x448.pem",
        "private-key",
        "X448",
        224,
        0,
        "quantum-vulnerable",
    ),
    (
        "keys/dsa2048-params.pem",
        "parameters",
        "DSA-2048",
        112,
        0,
        "below-target",
    ),
    (
        "keys/dsa2048.pem",
        "private-key",
        "DSA-2048",
        112,
        0,
        "below-target",
    ),
    (
        "keys/ffdhe2048.pem",
        "parameters",
        "DH-2048",
        112,
        0,
        "below-target",
    ),
    (
        "keys/dh1024-x942.pem",
        "parameters",
        "DH-1024",
        80,
        0,
        "broken",
    ),
    (
        "keys/p256-params.pem",
        "parameters",
        "EC-P-256",
        128,
        0,
        "quantum-vulnerable",
    ),
    (
        "misc/notes.txt",
        "private-key",
        "Ed25519",
        128,
        0,
        "quantum-vulnerable",
    ),
    (
        "misc/logo.png",
        "private-key",
        "RSA-3072",
        128,
        0,
        "quantum-vulnerable",
    ),
    (
        ".hidden/deeper/config",
        "private-key",
        "EC-P-384",
        192,
        0,
        "quantum-vulnerable",
    ),
    (
        "certs/root.der",
        "certificate",
        "RSA-3072",
        128,
        0,
        "quantum-vulnerable",
    ),
    (
        "misc/readme",
        "certificate",
        "RSA-3072",
        128,
        0,
        "quantum-vulnerable",
    ),
    // The leaf is RSA-2048, which is short of the 2030 target.
    ("certs/leaf.csr", "csr", "RSA-2048", 112, 0, "below-target"),
    (
        "certs/sha1.crt",
        "certificate",
        "RSA-2048",
        112,
        0,
        "broken",
    ),
    (
        "certs/expired.crt",
        "certificate",
        "RSA-2048",
        112,
        0,
        "below-target",
    ),
    (
        "certs/pss.crt",
        "certificate",
        "RSA-3072",
        128,
        0,
        "quantum-vulnerable",
    ),
    (
        "certs/rsa-pss.key",
        "private-key",
        "RSASSA-PSS-2048",
        112,
        0,
        "below-target",
    ),
    (
        "ssh/id_ed25519",
        "private-key",
        "Ed25519",
        128,
        0,
        "quantum-vulnerable",
    ),
    (
        "ssh/id_ed25519.pub",
        "public-key",
        "Ed25519",
        128,
        0,
        "quantum-vulnerable",
    ),
    (
        "ssh/id_rsa_encrypted",
        "private-key",
        "RSA-3072",
        128,
        0,
        "quantum-vulnerable",
    ),
    (
        "ssh/id_rsa_encrypted.pub",
        "public-key",
        "RSA-3072",
        128,
        0,
        "quantum-vulnerable",
    ),
    (
        "ssh/id_ecdsa",
        "private-key",
        "EC-P-384",
        192,
        0,
        "quantum-vulnerable",
    ),
    (
        "ssh/id_ecdsa.pub",
        "public-key",
        "EC-P-384",
        192,
        0,
        "quantum-vulnerable",
    ),
    ("ssh/id_dsa", "private-key", "DSA-1024", 80, 0, "broken"),
    ("ssh/id_dsa.pub", "public-key", "DSA-1024", 80, 0, "broken"),
    (
        "ssh/known_hosts",
        "public-key",
        "EC-P-384",
        192,
        0,
        "quantum-vulnerable",
    ),
    (
        "ssh/rfc4716.pub",
        "public-key",
        "Ed25519",
        128,
        0,
        "quantum-vulnerable",
    ),
];

/// A directory, made fresh for this run, under cargo's per-target temporary folder (so nothing
/// is left in /tmp and `cargo clean` removes it), holding the fixture tree; and the JSON of one
/// scan of it.
struct Tree {
    dir: PathBuf,
}

impl Tree {
    fn path(&self) -> &Path {
        &self.dir
    }
}

fn tree() -> &'static (Tree, Value) {
    static TREE: std::sync::OnceLock<(Tree, Value)> = std::sync::OnceLock::new();
    TREE.get_or_init(|| {
        // One folder per test process, so concurrent runs never share a half-built tree;
        // folders of processes that have ended are removed.
        let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
        if let Ok(entries) = std::fs::read_dir(tmp) {
            for e in entries.flatten() {
                let name = e.file_name().to_string_lossy().into_owned();
                if let Some(pid) = name.strip_prefix("scan-files-fixture-") {
                    if !Path::new("/proc").join(pid).exists() {
                        let _ = std::fs::remove_dir_all(e.path());
                    }
                }
            }
        }
        let dir = tmp.join(format!("scan-files-fixture-{}", std::process::id()));
        if dir.exists() {
            std::fs::remove_dir_all(&dir).expect("old fixture removed");
        }
        std::fs::create_dir_all(&dir).expect("fixture dir");
        let dir = Tree { dir };
        build_tree(dir.path());
        let root = dir.path().to_str().expect("utf-8 temp path").to_string();
        let (code, out, err) = mamori(&[
            "scan",
            "files",
            &root,
            "--format",
            "json",
            "--keystore-password",
            "storepw",
        ]);
        assert!(code == 0 || code == 1, "exit {code}: {err}");
        let json: Value = serde_json::from_str(&out).expect("JSON output");
        (dir, json)
    })
}

fn assets_at<'a>(json: &'a Value, path: &str) -> Vec<&'a Value> {
    json["assets"]
        .as_array()
        .expect("assets array")
        .iter()
        .filter(|a| a["location"]["path"] == path)
        .collect()
}

#[test]
fn every_fixture_is_identified_exactly() {
    let (_dir, json) = tree();
    let mut failures = Vec::new();
    for (path, kind, alg, bits, cat, status) in EXPECTED {
        let found = assets_at(json, path);
        if found.len() != 1 {
            failures.push(format!(
                "{path}: expected 1 asset, found {}: {found:?}",
                found.len()
            ));
            continue;
        }
        let a = found[0];
        let got = (
            a["kind"].as_str().unwrap_or(""),
            a["algorithm"]["name"].as_str().unwrap_or(""),
            a["algorithm"]["classical_bits"].as_u64().unwrap_or(999),
            a["algorithm"]["quantum_category"].as_u64().unwrap_or(999),
            a["status"].as_str().unwrap_or(""),
        );
        if got != (*kind, *alg, *bits, *cat, *status) {
            failures.push(format!(
                "{path}: expected {:?}, got {got:?}",
                (kind, alg, bits, cat, status)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn garbage_yields_nothing_and_is_reported() {
    let (dir, json) = tree();
    for path in [
        "garbage/random.pem",
        "garbage/broken.pem",
        "garbage/truncated.der",
        "garbage/truncated-key.pem",
        "garbage/empty.key",
        "garbage/mention.txt",
        "garbage/fake.der",
    ] {
        assert!(dir.path().join(path).is_file(), "fixture {path} missing");
        assert!(assets_at(json, path).is_empty(), "{path} produced assets");
    }
    let problems: Vec<&str> = json["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .filter_map(|p| p["location"]["path"].as_str())
        .collect();
    for path in ["garbage/broken.pem", "garbage/truncated-key.pem"] {
        assert!(
            problems.contains(&path),
            "{path} not reported: {problems:?}"
        );
    }
    // Prose that mentions a marker is neither an asset nor a problem.
    assert!(!problems.contains(&"garbage/mention.txt"), "{problems:?}");
}

#[test]
fn bundle_positions_and_certificate_details() {
    let (_dir, json) = tree();
    let chain = assets_at(json, "certs/chain-bundle.pem");
    let got: Vec<(u64, &str, &str)> = chain
        .iter()
        .map(|a| {
            (
                a["location"]["index"].as_u64().unwrap_or(0),
                a["algorithm"]["name"].as_str().unwrap_or(""),
                a["certificate"]["signature_algorithm"]["name"]
                    .as_str()
                    .unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            // The leaf is signed by the EC intermediate, the intermediate by the RSA root.
            (1, "RSA-2048", "SHA256withECDSA"),
            (2, "EC-P-384", "SHA384withRSA"),
            (3, "RSA-3072", "SHA384withRSA"),
        ]
    );
    assert_eq!(chain[0]["certificate"]["subject"], "CN=www.example.test");
    assert_eq!(
        chain[0]["certificate"]["issuer"],
        "CN=Mamori-Test-Intermediate"
    );
    assert_eq!(chain[0]["certificate"]["dns_names"][0], "www.example.test");
    assert_eq!(chain[2]["certificate"]["self_signed"], true);
    assert_eq!(chain[2]["certificate"]["is_ca"], true);
    let fp = chain[2]["certificate"]["fingerprint_sha256"]
        .as_str()
        .unwrap_or("");
    assert_eq!(fp.len(), 64);
    // The same root in DER and inside the bundle has one fingerprint.
    let der = assets_at(json, "certs/root.der");
    assert_eq!(
        der[0]["certificate"]["fingerprint_sha256"].as_str(),
        Some(fp)
    );
    // The PKCS#7 bag holds the same three certificates.
    assert_eq!(assets_at(json, "certs/chain.p7b").len(), 3);

    let sha1 = &assets_at(json, "certs/sha1.crt")[0]["certificate"]["signature_algorithm"];
    assert_eq!(sha1["name"], "SHA1withRSA");
    assert!(sha1["broken_reason"].is_string());
    let pss = &assets_at(json, "certs/pss.crt")[0]["certificate"]["signature_algorithm"];
    assert_eq!(pss["name"], "SHA256withRSA/PSS");
    let expired = &assets_at(json, "certs/expired.crt")[0]["certificate"];
    assert_eq!(expired["expired"], true);
    assert_eq!(expired["not_after"], "2021-01-01T00:00:00Z");
    assert_eq!(chain[0]["certificate"]["expired"], false);
}

#[test]
fn encrypted_keys_are_reported_as_such() {
    let (_dir, json) = tree();
    let p8 = assets_at(json, "keys/p256-encrypted.pem");
    assert_eq!(p8.len(), 1);
    assert_eq!(p8[0]["encrypted"], true);
    assert!(
        p8[0]["algorithm"].is_null(),
        "algorithm must not be guessed: {:?}",
        p8[0]
    );
    let legacy = assets_at(json, "keys/rsa2048-legacy-encrypted.pem");
    assert_eq!(legacy[0]["encrypted"], true);
    let ssh = assets_at(json, "ssh/id_rsa_encrypted");
    assert_eq!(ssh[0]["encrypted"], true);
    assert_eq!(ssh[0]["algorithm"]["name"], "RSA-3072");
}

#[test]
fn ssh_key_files_and_lines() {
    let (dir, json) = tree();
    let ak = assets_at(json, "ssh/authorized_keys");
    let got: Vec<(&str, u64)> = ak
        .iter()
        .map(|a| {
            (
                a["algorithm"]["name"].as_str().unwrap_or(""),
                a["location"]["line"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    assert_eq!(got, vec![("RSA-1024", 1), ("Ed25519", 2)]);
    assert_eq!(ak[0]["status"], "broken");
    // Private and public halves share the ssh-keygen fingerprint.
    let private = &assets_at(json, "ssh/id_ed25519")[0]["key_fingerprint"];
    let public = &assets_at(json, "ssh/id_ed25519.pub")[0]["key_fingerprint"];
    assert_eq!(private, public);
    assert_eq!(
        private.as_str(),
        Some(ssh_keygen_fingerprint(dir.path(), "ssh/id_ed25519.pub").as_str())
    );
}

/// The fingerprint as OpenSSH itself prints it: an independent check of ours.
fn ssh_keygen_fingerprint(dir: &Path, file: &str) -> String {
    let out = Command::new("ssh-keygen")
        .args(["-l", "-E", "sha256", "-f", file])
        .current_dir(dir)
        .output()
        .expect("ssh-keygen runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .nth(1)
        .expect("fingerprint field")
        .to_string()
}

#[test]
fn keystores_list_their_entries_with_the_password() {
    let (_dir, json) = tree();
    for (path, format, aliases) in [
        ("stores/modern.p12", "PKCS#12", vec!["leaf-entry"]),
        ("stores/empty-password.p12", "PKCS#12", vec!["open-entry"]),
        ("stores/app.jks", "JKS", vec!["app", "root"]),
        ("stores/app.p12", "PKCS#12", vec!["ec-app"]),
    ] {
        let all = assets_at(json, path);
        let store: Vec<&&Value> = all.iter().filter(|a| a["kind"] == "keystore").collect();
        assert_eq!(store.len(), 1, "{path}: {all:?}");
        assert_eq!(store[0]["keystore"]["format"], format, "{path}");
        assert_eq!(store[0]["keystore"]["opened"], true, "{path}");
        let mut got: Vec<&str> = store[0]["keystore"]["entries"]
            .as_array()
            .expect("entries")
            .iter()
            .filter_map(|e| e["alias"].as_str())
            .collect();
        got.sort_unstable();
        got.dedup();
        assert_eq!(got, aliases, "{path}");
    }
    let ec = assets_at(json, "stores/app.p12");
    assert!(
        ec.iter()
            .any(|a| a["kind"] == "private-key" && a["algorithm"]["name"] == "EC-P-384")
    );
    assert!(
        ec.iter()
            .any(|a| a["kind"] == "certificate" && a["algorithm"]["name"] == "EC-P-384")
    );
    let jks = assets_at(json, "stores/app.jks");
    assert!(
        jks.iter()
            .any(|a| a["kind"] == "private-key" && a["algorithm"]["name"] == "RSA-2048")
    );
    assert!(
        jks.iter()
            .any(|a| a["kind"] == "certificate" && a["algorithm"]["name"] == "RSA-3072")
    );
}

#[test]
fn locked_keystore_without_password_is_a_container_only() {
    let (dir, _) = tree();
    let path = dir.path().join("stores/modern.p12");
    let (code, out, err) = mamori(&[
        "scan",
        "files",
        path.to_str().unwrap_or_default(),
        "--format",
        "json",
    ]);
    assert!(code == 0 || code == 1, "{err}");
    let json: Value = serde_json::from_str(&out).expect("JSON");
    let assets = json["assets"].as_array().expect("assets");
    let store: Vec<&Value> = assets.iter().filter(|a| a["kind"] == "keystore").collect();
    assert_eq!(store.len(), 1);
    assert_eq!(store[0]["keystore"]["opened"], false);
    assert_eq!(store[0]["encrypted"], true);
    // The shrouded key bag and its alias are stored in the clear, so the key is listed — but
    // encrypted, and with no algorithm guessed; the encrypted certificates stay unknown.
    for a in assets.iter().filter(|a| a["kind"] != "keystore") {
        assert_eq!(
            a["kind"], "private-key",
            "nothing may be invented from a locked store: {a}"
        );
        assert_eq!(a["encrypted"], true, "{a}");
        assert!(a["algorithm"].is_null(), "{a}");
    }
}

#[test]
fn pqc_artifacts_are_identified() {
    let shared = shared_data().join("cbom/pqc-certs");
    let (code, out, err) = mamori(&[
        "scan",
        "files",
        shared.to_str().unwrap_or_default(),
        "--format",
        "json",
    ]);
    assert!(code == 0 || code == 1, "{err}");
    let json: Value = serde_json::from_str(&out).expect("JSON");
    let expect: &[(&str, &str, &str, u64)] = &[
        (
            "bc-MLDSA65-Ed25519-SHA512-1.3.6.1.5.5.7.6.48_priv.der",
            "private-key",
            "MLDSA65-Ed25519-SHA512",
            3,
        ),
        (
            "bc-MLDSA65-Ed25519-SHA512-1.3.6.1.5.5.7.6.48_ta.der",
            "certificate",
            "MLDSA65-Ed25519-SHA512",
            3,
        ),
        (
            "ossl35-ml-dsa-44-2.16.840.1.101.3.4.3.17_both_priv.der",
            "private-key",
            "ML-DSA-44",
            2,
        ),
        (
            "ossl35-ml-dsa-44-2.16.840.1.101.3.4.3.17_expandedkey_priv.der",
            "private-key",
            "ML-DSA-44",
            2,
        ),
        (
            "ossl35-ml-dsa-44-2.16.840.1.101.3.4.3.17_seed_priv.der",
            "private-key",
            "ML-DSA-44",
            2,
        ),
        (
            "ossl35-ml-dsa-44-2.16.840.1.101.3.4.3.17_ta.der",
            "certificate",
            "ML-DSA-44",
            2,
        ),
        (
            "ossl35-ml-kem-512-2.16.840.1.101.3.4.4.1_both_priv.der",
            "private-key",
            "ML-KEM-512",
            1,
        ),
        (
            "ossl35-ml-kem-512-2.16.840.1.101.3.4.4.1_ee.der",
            "certificate",
            "ML-KEM-512",
            1,
        ),
        (
            "ossl35-ml-kem-512-2.16.840.1.101.3.4.4.1_expandedkey_priv.der",
            "private-key",
            "ML-KEM-512",
            1,
        ),
        (
            "ossl35-ml-kem-512-2.16.840.1.101.3.4.4.1_seed_priv.der",
            "private-key",
            "ML-KEM-512",
            1,
        ),
        (
            "ossl35-slh-dsa-sha2-128s-2.16.840.1.101.3.4.3.20_priv.der",
            "private-key",
            "SLH-DSA-SHA2-128s",
            1,
        ),
        (
            "ossl35-slh-dsa-sha2-128s-2.16.840.1.101.3.4.3.20_ta.der",
            "certificate",
            "SLH-DSA-SHA2-128s",
            1,
        ),
        (
            "ossl35-slh-dsa-sha2-256f-2.16.840.1.101.3.4.3.25_priv.der",
            "private-key",
            "SLH-DSA-SHA2-256f",
            5,
        ),
        (
            "ossl35-slh-dsa-sha2-256f-2.16.840.1.101.3.4.3.25_ta.der",
            "certificate",
            "SLH-DSA-SHA2-256f",
            5,
        ),
    ];
    let mut failures = Vec::new();
    for (file, kind, alg, cat) in expect {
        let found = assets_at(&json, file);
        let got: Vec<(&str, &str, u64, &str)> = found
            .iter()
            .map(|a| {
                (
                    a["kind"].as_str().unwrap_or(""),
                    a["algorithm"]["name"].as_str().unwrap_or(""),
                    a["algorithm"]["quantum_category"].as_u64().unwrap_or(99),
                    a["status"].as_str().unwrap_or(""),
                )
            })
            .collect();
        if got != vec![(*kind, *alg, *cat, "quantum-safe")] {
            failures.push(format!(
                "{file}: expected {:?}, got {got:?}",
                (kind, alg, cat)
            ));
        }
    }
    // The ML-KEM ciphertext and shared secret are random bytes: nothing to find.
    for file in [
        "ossl35-ml-kem-512-2.16.840.1.101.3.4.4.1_ciphertext.bin",
        "ossl35-ml-kem-512-2.16.840.1.101.3.4.4.1_ss.bin",
    ] {
        if !assets_at(&json, file).is_empty() {
            failures.push(format!("{file}: random bytes produced an asset"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn shared_data() -> PathBuf {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
    assert!(
        p.is_dir(),
        "test data folder {} is missing: the shared/ folder must sit beside the repository",
        p.display()
    );
    p
}

#[test]
fn cbom_output_validates_against_the_official_schema() {
    let (dir, _) = tree();
    let out_file = dir.path().join("cbom.json");
    let (code, _, err) = mamori(&[
        "scan",
        "files",
        dir.path().join("certs").to_str().unwrap_or_default(),
        dir.path().join("keys").to_str().unwrap_or_default(),
        dir.path().join("ssh").to_str().unwrap_or_default(),
        "--format",
        "cbom",
        "-o",
        out_file.to_str().unwrap_or_default(),
        "--fail-on",
        "never",
    ]);
    assert_eq!(code, 0, "{err}");
    let bom: Value =
        serde_json::from_slice(&std::fs::read(&out_file).expect("cbom written")).expect("JSON");
    if let Err(errors) = mamori_formats::testing::validate_cyclonedx_1_6(&bom) {
        panic!("CBOM does not validate:\n{}", errors.join("\n"));
    }
    let components = bom["components"].as_array().expect("components");
    let algorithms: Vec<&Value> = components
        .iter()
        .filter(|c| c["cryptoProperties"]["assetType"] == "algorithm")
        .collect();
    assert!(!algorithms.is_empty());
    for a in &algorithms {
        let props = &a["cryptoProperties"]["algorithmProperties"];
        assert!(props["classicalSecurityLevel"].is_u64(), "{a}");
        assert!(props["nistQuantumSecurityLevel"].is_u64(), "{a}");
    }
    assert!(
        components
            .iter()
            .any(|c| c["cryptoProperties"]["assetType"] == "certificate")
    );
    assert!(
        components
            .iter()
            .any(|c| c["cryptoProperties"]["assetType"] == "related-crypto-material")
    );
}

#[test]
fn exit_codes_follow_fail_on() {
    let (dir, _) = tree();
    let keys = dir.path().join("keys");
    let k = keys.to_str().unwrap_or_default();
    // keys/ holds RSA-1024: broken.
    assert_eq!(mamori(&["scan", "files", k, "-q"]).0, 1);
    assert_eq!(
        mamori(&["scan", "files", k, "-q", "--fail-on", "never"]).0,
        0
    );
    let ed = dir.path().join("keys/ed25519.pem");
    let e = ed.to_str().unwrap_or_default();
    assert_eq!(mamori(&["scan", "files", e, "-q"]).0, 0);
    assert_eq!(
        mamori(&["scan", "files", e, "-q", "--fail-on", "quantum-vulnerable"]).0,
        1
    );
    assert_eq!(mamori(&["scan", "files", "/definitely/not/here"]).0, 2);
    assert_eq!(mamori(&["scan", "files", k, "--format", "yaml"]).0, 2);
    // In 2036 every quantum-vulnerable algorithm is disallowed.
    assert_eq!(mamori(&["scan", "files", e, "-q", "--year", "2036"]).0, 1);
}

#[test]
fn table_output_has_a_summary() {
    let (dir, _) = tree();
    let (code, out, _) = mamori(&[
        "scan",
        "files",
        dir.path().join("keys").to_str().unwrap_or_default(),
    ]);
    assert_eq!(code, 1);
    assert!(out.contains("STATUS"), "{out}");
    assert!(out.contains("RSA-1024"), "{out}");
    let last = out.lines().last().unwrap_or("");
    assert!(
        last.contains("assets in") && last.contains("broken"),
        "{last}"
    );
}
