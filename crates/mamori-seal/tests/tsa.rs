//! RFC 3161 time-stamping over real HTTP on loopback: the CA's time-stamping unit answers,
//! the token verifies, OpenSSL parses the reply as an independent reader of its structure.

use std::net::TcpListener;
use std::sync::Arc;

use mamori_seal::ca::CertificateAuthority;
use mamori_seal::tsa::{TimeStampAuthority, fetch, request, serve, verify_token};
use sha2::{Digest, Sha512};

#[test]
fn tokens_from_a_served_tsa_verify_and_bind_their_imprint() {
    let tmp = tempfile::tempdir().unwrap();
    let ca_dir = tmp.path().join("ca");
    let ca = CertificateAuthority::init(&ca_dir, "Hub CA", Some("JP"), 3650, None).unwrap();
    let tsa = Arc::new(TimeStampAuthority::for_ca(&ca, &ca_dir).unwrap());
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/tsa", listener.local_addr().unwrap());
    let server = tsa.clone();
    std::thread::spawn(move || serve(listener, server));

    let imprint: [u8; 64] = Sha512::digest(b"signature value").into();
    let token = fetch(&url, &imprint).unwrap();
    let anchors = vec![ca.certificate().to_vec()];
    let ts = verify_token(&token, &imprint, &anchors).unwrap().unwrap();
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    assert!((ts.gen_time - now).abs() < 60);
    assert!(ts.tsa.unwrap().contains("time-stamping unit"));

    // Bound to its imprint, its TSA and its bytes.
    let other: [u8; 64] = Sha512::digest(b"other").into();
    assert!(verify_token(&token, &other, &anchors).unwrap().is_err());
    let stranger = CertificateAuthority::init(&tmp.path().join("x"), "X", None, 10, None).unwrap();
    assert!(
        verify_token(&token, &imprint, &[stranger.certificate().to_vec()])
            .unwrap()
            .is_err()
    );
    let mut flipped = token.clone();
    let at = flipped.len() - 100;
    flipped[at] ^= 1;
    assert!(!matches!(
        verify_token(&flipped, &imprint, &anchors),
        Ok(Ok(_))
    ));

    // A malformed request gets a rejection, not a token or a crash.
    let reply = tsa.respond(b"\x30\x03\x02\x01\x01", now);
    let status = openssl_ts_text(&tmp.path().join("bad.tsr"), &reply);
    assert!(
        status.contains("Rejected") || status.contains("rejection"),
        "{status}"
    );

    // OpenSSL reads the granted reply: policy, SHA-512 imprint, the time.
    let good = tsa.respond(&request(&imprint, 42), now);
    let text = openssl_ts_text(&tmp.path().join("good.tsr"), &good);
    assert!(text.contains("Granted"), "{text}");
    assert!(text.contains("0.4.0.2023.1.1"), "{text}");
    assert!(text.to_ascii_lowercase().contains("sha512"), "{text}");
    assert!(text.contains("Nonce: 0x2A"), "{text}");
}

fn openssl_ts_text(path: &std::path::Path, reply: &[u8]) -> String {
    std::fs::write(path, reply).unwrap();
    let out = std::process::Command::new("openssl")
        .args(["ts", "-reply", "-in", path.to_str().unwrap(), "-text"])
        .output()
        .unwrap();
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}
