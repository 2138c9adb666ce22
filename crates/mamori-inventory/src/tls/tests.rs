use super::*;

#[test]
fn versions_round_trip() {
    for v in ProtocolVersion::ALL {
        assert_eq!(ProtocolVersion::from_wire(v.wire()), Some(v));
        assert_eq!(v.to_string(), v.name());
    }
    assert_eq!(ProtocolVersion::Tls13.wire(), 0x0304);
    assert!(ProtocolVersion::Ssl3 < ProtocolVersion::Tls10);
    assert_eq!(ProtocolVersion::from_wire(0x7F1C), None);
}

#[test]
fn hrr_random_is_sha256_of_its_name() {
    use sha2::{Digest, Sha256};
    assert_eq!(Sha256::digest(b"HelloRetryRequest").as_slice(), HRR_RANDOM);
}

#[test]
fn kex_kinds_follow_the_catalogue() {
    assert_eq!(kex_kind(0xC02F), KexKind::Ecdhe);
    assert_eq!(kex_kind(0xC018), KexKind::Ecdhe); // ECDH_anon
    assert_eq!(kex_kind(0x009F), KexKind::Dhe);
    assert_eq!(kex_kind(0x00A6), KexKind::Dhe); // DH_anon
    assert_eq!(kex_kind(0x0014), KexKind::Dhe); // DHE export
    assert_eq!(kex_kind(0xC035), KexKind::EcdhePsk);
    assert_eq!(kex_kind(0x00AA), KexKind::DhePsk);
    assert_eq!(kex_kind(0x0003), KexKind::RsaExport);
    assert_eq!(kex_kind(0x002F), KexKind::Other);
    assert_eq!(kex_kind(0x1301), KexKind::Other);
    assert_eq!(kex_kind(0xC030), KexKind::Ecdhe);
    assert_eq!(kex_kind(0xFFFF), KexKind::Other);
}

#[test]
fn alert_and_extension_names() {
    assert_eq!(alert_name(40), "handshake_failure");
    assert_eq!(alert_name(70), "protocol_version");
    assert_eq!(alert_name(71), "insufficient_security");
    assert_eq!(alert_name(200), "unknown");
    assert_eq!(extension_name(51), Some("key_share"));
    assert_eq!(extension_name(0xFF01), Some("renegotiation_info"));
    assert_eq!(extension_name(0x1234), None);
}

#[test]
fn key_share_sizes() {
    let expected: &[(u16, usize)] = &[
        (29, 32),
        (30, 56),
        (23, 65),
        (24, 97),
        (25, 133),
        (31, 65),
        (32, 97),
        (33, 129),
        (41, 65),
        (256, 256),
        (257, 384),
        (258, 512),
        (259, 768),
        (260, 1024),
        (0x0200, 800),
        (0x0201, 1184),
        (0x0202, 1568),
        (0x11EB, 1249),
        (0x11EC, 1216),
        (0x11ED, 1665),
        (0x6399, 1216),
        (0x639A, 1249),
    ];
    let seed = [7u8; 32];
    for &(group, len) in expected {
        assert_eq!(key_share_len(group), Some(len), "group {group:#06x}");
        let value = key_share_value(group, &seed).unwrap();
        assert_eq!(value.len(), len, "group {group:#06x}");
    }
    assert_eq!(key_share_len(1), None);
    assert_eq!(key_share_value(0x1234, &seed), None);
    assert_eq!(server_key_share_len(0x11EC), Some(1120));
    assert_eq!(server_key_share_len(0x11EB), Some(1153));
    assert_eq!(server_key_share_len(0x11ED), Some(1665));
    assert_eq!(server_key_share_len(0x0200), Some(768));
    assert_eq!(server_key_share_len(29), Some(32));
}

/// FIPS 203 §7.2 encapsulation key check: every 12-bit coefficient below q.
fn assert_valid_ek(ek: &[u8], k: usize) {
    assert_eq!(ek.len(), 384 * k + 32);
    let t = &ek[..384 * k];
    for triple in t.chunks_exact(3) {
        let c0 = u16::from(triple[0]) | (u16::from(triple[1] & 0x0F) << 8);
        let c1 = u16::from(triple[1] >> 4) | (u16::from(triple[2]) << 4);
        assert!(c0 < 3329 && c1 < 3329, "coefficient out of range");
    }
    // Not all zero: the key looks random.
    assert!(t.iter().filter(|&&b| b != 0).count() > t.len() / 2);
}

#[test]
fn ml_kem_keys_decode_mod_q_and_hybrids_are_in_draft_order() {
    let seed = [0xA5u8; 32];
    assert_valid_ek(&key_share_value(0x0200, &seed).unwrap(), 2);
    assert_valid_ek(&key_share_value(0x0201, &seed).unwrap(), 3);
    assert_valid_ek(&key_share_value(0x0202, &seed).unwrap(), 4);
    let x = key_share_value(0x11EC, &seed).unwrap();
    assert_valid_ek(&x[..1184], 3);
    let p = key_share_value(0x11EB, &seed).unwrap();
    assert_eq!(p[0], 0x04);
    assert_eq!(&p[..65], key_share_value(23, &seed).unwrap().as_slice());
    assert_valid_ek(&p[65..], 3);
    let p384 = key_share_value(0x11ED, &seed).unwrap();
    assert_eq!(&p384[..97], key_share_value(24, &seed).unwrap().as_slice());
    assert_valid_ek(&p384[97..], 4);
    let kyber = key_share_value(0x6399, &seed).unwrap();
    assert_valid_ek(&kyber[32..], 3);
    // Deterministic in the seed, different for another seed.
    assert_eq!(key_share_value(0x11EC, &seed), Some(x.clone()));
    assert_ne!(key_share_value(0x11EC, &[0u8; 32]), Some(x));
}

#[test]
fn ffdhe_share_is_the_generator() {
    let v = key_share_value(256, &[1; 32]).unwrap();
    assert!(v[..255].iter().all(|&b| b == 0));
    assert_eq!(v[255], 2);
}

fn hello(random: [u8; 32]) -> ServerHello {
    ServerHello {
        legacy_version: 0x0303,
        version: ProtocolVersion::Tls12,
        random,
        session_id: Vec::new(),
        cipher_suite: 0xC02F,
        compression: 0,
        is_hello_retry_request: false,
        key_share_group: None,
        key_share_len: None,
        extensions: Vec::new(),
        extended_master_secret: false,
        secure_renegotiation: false,
        alpn: None,
    }
}

#[test]
fn downgrade_sentinels() {
    let mut r = [0x11u8; 32];
    assert_eq!(hello(r).downgrade_sentinel(), None);
    r[24..31].copy_from_slice(b"DOWNGRD");
    r[31] = 1;
    assert_eq!(hello(r).downgrade_sentinel(), Some(ProtocolVersion::Tls13));
    r[31] = 0;
    assert_eq!(hello(r).downgrade_sentinel(), Some(ProtocolVersion::Tls12));
    r[31] = 2;
    assert_eq!(hello(r).downgrade_sentinel(), None);
}

fn vec16(body: &[u8]) -> Vec<u8> {
    let mut v = (body.len() as u16).to_be_bytes().to_vec();
    v.extend_from_slice(body);
    v
}

#[test]
fn server_key_exchange_shapes() {
    // ECDHE named curve x25519, TLS 1.2 signature rsa_pss_rsae_sha256.
    let mut ske = vec![3, 0, 29, 32];
    ske.extend([9u8; 32]);
    ske.extend([0x08, 0x04]);
    ske.extend(vec16(&[0xAB; 256]));
    assert_eq!(
        parse_server_key_exchange(&ske, KexKind::Ecdhe, ProtocolVersion::Tls12).unwrap(),
        ServerKeyExchange::Ecdhe {
            curve_type: 3,
            named_group: 29,
            public_len: 32,
            signature_scheme: Some(0x0804)
        }
    );
    // The same bytes read as TLS 1.0 have no algorithm field: 0x0804 is then a length.
    assert!(parse_server_key_exchange(&ske, KexKind::Ecdhe, ProtocolVersion::Tls10).is_err());
    // Anonymous: no signature.
    assert_eq!(
        parse_server_key_exchange(&ske[..36], KexKind::Ecdhe, ProtocolVersion::Tls12).unwrap(),
        ServerKeyExchange::Ecdhe {
            curve_type: 3,
            named_group: 29,
            public_len: 32,
            signature_scheme: None
        }
    );
    // DHE with a 2048-bit prime whose top byte is 0x7F (2047 bits), TLS 1.1 signature.
    let mut p = vec![0u8; 257];
    p[1] = 0x7F;
    let mut dhe = vec16(&p);
    dhe.extend(vec16(&[2]));
    dhe.extend(vec16(&[5; 256]));
    dhe.extend(vec16(&[1; 128]));
    assert_eq!(
        parse_server_key_exchange(&dhe, KexKind::Dhe, ProtocolVersion::Tls11).unwrap(),
        ServerKeyExchange::Dhe {
            p_bits: 2047,
            g: vec![2],
            public_len: 256,
            signature_scheme: None
        }
    );
    // DHE_PSK: identity hint first, no signature.
    let mut psk = vec16(b"hint");
    psk.extend(vec16(&[0xFF; 128]));
    psk.extend(vec16(&[2]));
    psk.extend(vec16(&[3; 128]));
    assert_eq!(
        parse_server_key_exchange(&psk, KexKind::DhePsk, ProtocolVersion::Tls12).unwrap(),
        ServerKeyExchange::Dhe {
            p_bits: 1024,
            g: vec![2],
            public_len: 128,
            signature_scheme: None
        }
    );
    // RSA_EXPORT: 512-bit modulus.
    let mut rsa = vec16(&[0xC0; 64]);
    rsa.extend(vec16(&[1, 0, 1]));
    rsa.extend(vec16(&[0; 128]));
    assert_eq!(
        parse_server_key_exchange(&rsa, KexKind::RsaExport, ProtocolVersion::Tls10).unwrap(),
        ServerKeyExchange::RsaExport {
            modulus_bits: 512,
            exponent: vec![1, 0, 1],
            signature_scheme: None
        }
    );
    assert_eq!(
        parse_server_key_exchange(&rsa, KexKind::Other, ProtocolVersion::Tls10).unwrap(),
        ServerKeyExchange::Unknown { len: rsa.len() }
    );
    // Trailing garbage is an error with the offset of the first extra byte.
    let mut long = ske.clone();
    long.push(0);
    match parse_server_key_exchange(&long, KexKind::Ecdhe, ProtocolVersion::Tls12) {
        Err(crate::error::InventoryError::Tls { offset, .. }) => assert_eq!(offset, ske.len()),
        other => panic!("{other:?}"),
    }
}

#[test]
fn every_prefix_of_a_server_key_exchange_is_handled() {
    let mut ske = vec![3, 0, 23, 65];
    ske.extend([4u8; 65]);
    ske.extend([0x04, 0x03]);
    ske.extend(vec16(&[0x30; 70]));
    for kex in [
        KexKind::Ecdhe,
        KexKind::Dhe,
        KexKind::EcdhePsk,
        KexKind::DhePsk,
        KexKind::RsaExport,
        KexKind::Other,
    ] {
        for v in ProtocolVersion::ALL {
            for n in 0..=ske.len() {
                let _ = parse_server_key_exchange(&ske[..n], kex, v);
            }
        }
    }
}
