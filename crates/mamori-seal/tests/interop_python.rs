//! Interoperability with an independent implementation: OpenSSL's ML-DSA and Ed25519 through
//! Python `cryptography` (>= 48). Both directions: mamori's component signatures verify there,
//! and a composite signature made there verifies in mamori. `.ci/run` installs the peer into
//! `.ci/.venv`; set `MAMORI_PYTHON` to use another interpreter.

use std::path::{Path, PathBuf};
use std::process::Command;

use mamori_seal::composite::message_representative;
use mamori_seal::{Algorithm, SigningKey, VerifyingKey};

fn python() -> PathBuf {
    if let Some(p) = std::env::var_os("MAMORI_PYTHON") {
        return PathBuf::from(p);
    }
    let venv = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../.ci/.venv/bin/python");
    assert!(
        venv.exists(),
        "no Python peer: run `python3 -m venv .ci/.venv && .ci/.venv/bin/pip install 'cryptography>=48'` \
         (as .ci/run does) or set MAMORI_PYTHON"
    );
    venv
}

fn peer(cmd: &str, dir: &Path) -> (i32, String) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/python/composite_peer.py");
    let out = Command::new(python())
        .arg(script)
        .arg(cmd)
        .arg(dir)
        .output()
        .expect("python runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code().unwrap_or(-1), text)
}

const ALG: Algorithm = Algorithm::MlDsa65Ed25519;
const SPLIT: usize = 3309;

#[test]
fn mamoris_component_signatures_verify_with_python_cryptography() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let sk = SigningKey::generate(ALG).unwrap();
    let pk = sk.verifying_key();
    let (msg, ctx) = (
        b"incident report 2026-11-25".as_slice(),
        b"mamori-seal".as_slice(),
    );
    let sig = sk.sign(msg, ctx).unwrap();
    let m = sk.representative(msg, ctx).unwrap().unwrap();
    std::fs::write(d.join("representative"), &m).unwrap();
    std::fs::write(d.join("label"), ALG.label().unwrap()).unwrap();
    std::fs::write(d.join("mldsa_pk"), pk.mldsa_bytes()).unwrap();
    std::fs::write(d.join("ed25519_pk"), pk.ed25519_bytes().unwrap()).unwrap();
    std::fs::write(d.join("mldsa_sig"), &sig[..SPLIT]).unwrap();
    std::fs::write(d.join("ed25519_sig"), &sig[SPLIT..]).unwrap();
    let (code, out) = peer("verify", d);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("ML-DSA-65: valid") && out.contains("Ed25519: valid"),
        "{out}"
    );
    // The peer is not a yes-machine: a changed ML-DSA signature fails there too.
    let mut bad = sig[..SPLIT].to_vec();
    bad[100] ^= 0x40;
    std::fs::write(d.join("mldsa_sig"), &bad).unwrap();
    let (code, out) = peer("verify", d);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("ML-DSA-65: INVALID"), "{out}");
}

#[test]
fn python_cryptographys_composite_signature_verifies_with_mamori() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (msg, ctx) = (b"sbom of the billing service".as_slice(), b"".as_slice());
    let m = message_representative(ALG, msg, ctx).unwrap().unwrap();
    std::fs::write(d.join("representative"), &m).unwrap();
    std::fs::write(d.join("label"), ALG.label().unwrap()).unwrap();
    let (code, out) = peer("sign", d);
    assert_eq!(code, 0, "{out}");
    let pk = VerifyingKey::from_bytes(ALG, &std::fs::read(d.join("public_key")).unwrap()).unwrap();
    let sig = std::fs::read(d.join("signature")).unwrap();
    pk.verify(msg, ctx, &sig).unwrap();
    assert!(
        pk.verify(b"sbom of the billing servic3", ctx, &sig)
            .is_err()
    );
}
