use super::*;
use crate::error::InventoryError;

/// What OpenSSH 9.2p1 (Debian 12) sent first with its default configuration and three host
/// keys (Ed25519, RSA, ECDSA P-384): the identification line, then the KEXINIT packet.
const FIRST_FLIGHT: &[u8] = include_bytes!("testdata/openssh_9.2p1_first_flight.bin");
const BANNER_LEN: usize = 41;

fn recorded_kexinit_payload() -> Vec<u8> {
    let mut r = PacketReader::new();
    r.feed(&FIRST_FLIGHT[BANNER_LEN..]).unwrap();
    let payload = r.next_payload().unwrap().unwrap();
    assert_eq!(r.buffered(), 0);
    payload
}

fn names(s: &str) -> Vec<String> {
    if s.is_empty() {
        return Vec::new();
    }
    s.split(',').map(str::to_string).collect()
}

fn offset(e: &InventoryError) -> usize {
    match e {
        InventoryError::SshWire { offset, .. } => *offset,
        other => panic!("not an SshWire error: {other}"),
    }
}

#[test]
fn recorded_banner() {
    let (b, n) = parse_banner(FIRST_FLIGHT).unwrap().unwrap();
    assert_eq!(n, BANNER_LEN);
    assert_eq!(b.proto_version, "2.0");
    assert_eq!(b.software, "OpenSSH_9.2p1");
    assert_eq!(b.comments.as_deref(), Some("Debian-2+deb12u10"));
    assert!(b.pre_banner_lines.is_empty());
    assert!(b.is_ssh2());
    assert_eq!(
        b.identification(),
        "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10"
    );
    // Incremental: nothing until the line end has arrived.
    for end in 0..BANNER_LEN {
        assert!(
            parse_banner(&FIRST_FLIGHT[..end]).unwrap().is_none(),
            "{end}"
        );
    }
    assert_eq!(
        parse_banner(&FIRST_FLIGHT[..BANNER_LEN])
            .unwrap()
            .unwrap()
            .1,
        BANNER_LEN
    );
}

#[test]
fn recorded_kexinit() {
    let payload = recorded_kexinit_payload();
    let k = KexInit::parse(&payload).unwrap();
    assert_eq!(
        k.kex_algorithms,
        names(
            "sntrup761x25519-sha512,sntrup761x25519-sha512@openssh.com,curve25519-sha256,\
             curve25519-sha256@libssh.org,ecdh-sha2-nistp256,ecdh-sha2-nistp384,\
             ecdh-sha2-nistp521,diffie-hellman-group-exchange-sha256,\
             diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,\
             diffie-hellman-group14-sha256,kex-strict-s-v00@openssh.com"
        )
    );
    assert_eq!(
        k.kex_markers().collect::<Vec<_>>(),
        ["kex-strict-s-v00@openssh.com"]
    );
    assert_eq!(k.kex_methods().count(), 11);
    assert_eq!(
        k.server_host_key_algorithms,
        names("ssh-ed25519,rsa-sha2-512,rsa-sha2-256,ecdsa-sha2-nistp384")
    );
    let ciphers = names(
        "chacha20-poly1305@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr,\
         aes128-gcm@openssh.com,aes256-gcm@openssh.com",
    );
    assert_eq!(k.encryption_client_to_server, ciphers);
    assert_eq!(k.encryption_server_to_client, ciphers);
    let macs = names(
        "umac-64-etm@openssh.com,umac-128-etm@openssh.com,hmac-sha2-256-etm@openssh.com,\
         hmac-sha2-512-etm@openssh.com,hmac-sha1-etm@openssh.com,umac-64@openssh.com,\
         umac-128@openssh.com,hmac-sha2-256,hmac-sha2-512,hmac-sha1",
    );
    assert_eq!(k.mac_client_to_server, macs);
    assert_eq!(k.mac_server_to_client, macs);
    assert_eq!(
        k.compression_client_to_server,
        names("none,zlib@openssh.com")
    );
    assert_eq!(
        k.compression_server_to_client,
        names("none,zlib@openssh.com")
    );
    assert!(k.languages_client_to_server.is_empty());
    assert!(k.languages_server_to_client.is_empty());
    assert!(!k.first_kex_packet_follows);
    // The encoding is canonical, so it reproduces the server's bytes.
    assert_eq!(k.encode(), payload);
    assert_eq!(
        parse_server_message(&payload, false).unwrap(),
        ServerKexMessage::KexInit(k.clone())
    );
    assert_eq!(
        parse_server_message(&payload, true).unwrap(),
        ServerKexMessage::KexInit(k)
    );
}

#[test]
fn recorded_kexinit_truncated_and_mutated_never_panics() {
    let payload = recorded_kexinit_payload();
    for end in 0..payload.len() {
        let cut = &payload[..end];
        assert!(
            KexInit::parse(cut).is_err(),
            "parsed a KEXINIT cut at {end}"
        );
        let _ = parse_server_message(cut, false);
        let _ = parse_server_message(cut, true);
        let _ = parse_kex_reply(cut);
    }
    for i in 0..payload.len() {
        for b in [0x00, 0x2c, 0x7f, 0x80, 0xff] {
            let mut m = payload.clone();
            m[i] = b;
            let _ = KexInit::parse(&m);
            let _ = parse_server_message(&m, true);
            let _ = parse_kex_reply(&m);
            m[0] = MSG_KEX_ECDH_REPLY;
            let _ = parse_server_message(&m, false);
            let _ = parse_server_message(&m, true);
        }
    }
    // The stream cut anywhere: the reader waits for more.
    let stream = &FIRST_FLIGHT[BANNER_LEN..];
    for end in 0..stream.len() {
        let mut r = PacketReader::new();
        r.feed(&stream[..end]).unwrap();
        assert!(r.next_payload().unwrap().is_none(), "{end}");
    }
}

#[test]
fn packet_reader_any_chunking() {
    let payload = recorded_kexinit_payload();
    let second = encode_packet(&[MSG_IGNORE, 1, 2, 3]);
    let mut stream = FIRST_FLIGHT[BANNER_LEN..].to_vec();
    stream.extend_from_slice(&second);
    for chunk in 1..=40 {
        let mut r = PacketReader::new();
        let mut got = Vec::new();
        for c in stream.chunks(chunk) {
            r.feed(c).unwrap();
            while let Some(p) = r.next_payload().unwrap() {
                got.push(p);
            }
        }
        assert_eq!(
            got,
            vec![payload.clone(), vec![MSG_IGNORE, 1, 2, 3]],
            "{chunk}"
        );
        assert_eq!(r.buffered(), 0);
        assert_eq!(r.packets(), 2);
        assert!(r.anomalies().is_empty());
    }
}

#[test]
fn packet_encoding() {
    for len in 0..100 {
        let payload: Vec<u8> = (0..len).map(|i| i as u8).collect();
        let p = encode_packet(&payload);
        assert_eq!(p.len() % BLOCK_SIZE, 0);
        let packet_length = u32::from_be_bytes(p[..4].try_into().unwrap()) as usize;
        assert_eq!(packet_length + 4, p.len());
        let padding = usize::from(p[4]);
        assert!((4..4 + BLOCK_SIZE).contains(&padding), "{len}: {padding}");
        assert_eq!(packet_length, 1 + len + padding);
        let mut r = PacketReader::new();
        r.feed(&p).unwrap();
        assert_eq!(r.next_payload().unwrap().unwrap(), payload);
        assert!(r.anomalies().is_empty());
    }
}

#[test]
fn packet_reader_errors() {
    // Over the limit, as soon as the length is known.
    let mut r = PacketReader::new();
    r.feed(&encode_packet(b"\x02")).unwrap();
    r.feed(&35_001u32.to_be_bytes()).unwrap();
    assert!(r.next_payload().unwrap().is_some());
    let e = r.next_payload().unwrap_err();
    assert_eq!(offset(&e), 16);
    // Sticky.
    assert_eq!(offset(&r.feed(&[0; 64]).unwrap_err()), 16);
    assert_eq!(offset(&r.next_payload().unwrap_err()), 16);

    let mut r = PacketReader::new();
    r.feed(&[0, 0, 0, 8, 8, 20, 0, 0, 0, 0, 0, 0]).unwrap();
    assert_eq!(offset(&r.next_payload().unwrap_err()), 4);
    let mut r = PacketReader::new();
    r.feed(&[0, 0, 0, 0]).unwrap();
    assert!(r.next_payload().is_err());
    // A TLS record or HTTP answer where packets should be.
    let mut r = PacketReader::new();
    r.feed(b"HTTP/1.1 400 Bad Request\r\n").unwrap();
    assert!(r.next_payload().is_err());

    // Too much unread data.
    let mut r = PacketReader::new();
    let big = encode_packet(&[MSG_IGNORE; 30_000]);
    let mut fed = 0;
    let e = loop {
        match r.feed(&big) {
            Ok(()) => fed += big.len(),
            Err(e) => break e,
        }
    };
    assert!(fed <= MAX_BUFFERED && fed + big.len() > MAX_BUFFERED);
    assert_eq!(offset(&e), fed);
    assert!(r.next_payload().is_err());

    // Short padding and odd lengths are read, and noted.
    let mut r = PacketReader::new();
    r.feed(&[0, 0, 0, 3, 1, 2, 0]).unwrap();
    assert_eq!(r.next_payload().unwrap().unwrap(), vec![2]);
    assert_eq!(r.anomalies().len(), 2, "{:?}", r.anomalies());
}

#[test]
fn banner_line_ends_and_pre_banner_lines() {
    let (b, n) = parse_banner(b"SSH-2.0-dropbear_2022.83\nrest")
        .unwrap()
        .unwrap();
    assert_eq!(
        (b.software.as_str(), b.comments, n),
        ("dropbear_2022.83", None, 25)
    );

    let input = b"Welcome\r\n\r\nnot utf8 \xff\nSSH-1.99-Cisco-1.25 x y\r\n\x00\x00";
    let (b, n) = parse_banner(input).unwrap().unwrap();
    assert_eq!(b.pre_banner_lines, ["Welcome", "", "not utf8 \u{fffd}"]);
    assert_eq!(b.proto_version, "1.99");
    assert_eq!(b.software, "Cisco-1.25");
    assert_eq!(b.comments.as_deref(), Some("x y"));
    assert!(b.is_ssh2());
    assert_eq!(n, input.len() - 2);
    for end in 0..n {
        assert!(parse_banner(&input[..end]).unwrap().is_none());
    }

    let (b, _) = parse_banner(b"SSH-1.5-OldServer \r\n").unwrap().unwrap();
    assert!(!b.is_ssh2());
    assert_eq!(b.comments, None);

    // Malformed identification lines.
    for bad in [
        &b"SSH-2.0\r\n"[..],
        b"SSH-2.0-\r\n",
        b"SSH--x\r\n",
        b"SSH-2 0-x\r\n",
        b"SSH-2.0-x\x00y\r\n",
        b"SSH-2.0-x\r\r\n",
        b"SSH-2.0-x\ty\r\n",
    ] {
        assert!(
            parse_banner(bad).is_err(),
            "{}",
            String::from_utf8_lossy(bad)
        );
    }
    let e = parse_banner(b"hello\nSSH-2.0-x\x01\r\n").unwrap_err();
    assert_eq!(offset(&e), 15);
}

#[test]
fn banner_limits() {
    // 255 bytes with CR LF is the longest identification line.
    let mut line = b"SSH-2.0-".to_vec();
    line.resize(253, b'a');
    line.extend_from_slice(b"\r\n");
    assert!(parse_banner(&line).unwrap().is_some());
    let mut long = line.clone();
    long.insert(10, b'a');
    assert!(parse_banner(&long).is_err());
    // An unterminated line is refused once it cannot end within the limit.
    assert!(parse_banner(&line[..253]).unwrap().is_none());
    assert!(parse_banner(&long[..255]).is_err());

    // 50 lines of 1 KiB before it are accepted, a 51st line or a longer line is not.
    let mut pre = Vec::new();
    for _ in 0..MAX_PRE_BANNER_LINES {
        pre.extend_from_slice(&[b'x'; MAX_PRE_BANNER_LINE - 2]);
        pre.extend_from_slice(b"\r\n");
    }
    let mut ok = pre.clone();
    ok.extend_from_slice(b"SSH-2.0-x\r\n");
    let (b, n) = parse_banner(&ok).unwrap().unwrap();
    assert_eq!((b.pre_banner_lines.len(), n), (50, ok.len()));
    let mut too_many = pre.clone();
    too_many.extend_from_slice(b"one more\r\nSSH-2.0-x\r\n");
    assert_eq!(offset(&parse_banner(&too_many).unwrap_err()), pre.len());
    let mut too_long = vec![b'y'; MAX_PRE_BANNER_LINE];
    too_long.push(b'\n');
    assert!(parse_banner(&too_long).is_err());
    assert!(parse_banner(&too_long[..MAX_PRE_BANNER_LINE]).is_err());
    assert!(
        parse_banner(&too_long[..MAX_PRE_BANNER_LINE - 1])
            .unwrap()
            .is_none()
    );
}

#[test]
fn kexinit_round_trip_and_client_lists() {
    let k = client_kex_init(&["curve25519-sha256"], &["ssh-ed25519"], [7; 16]);
    let bytes = k.encode();
    assert_eq!(bytes[0], MSG_KEXINIT);
    assert_eq!(&bytes[1..17], &[7; 16]);
    assert_eq!(KexInit::parse(&bytes).unwrap(), k);
    assert_eq!(k.kex_algorithms, ["curve25519-sha256"]);
    assert_eq!(k.server_host_key_algorithms, ["ssh-ed25519"]);
    assert!(k.encryption_client_to_server.iter().any(|c| c == "none"));
    // Every name offered is one the catalogue knows (`none` aside: see the catalogue docs).
    use mamori_model::catalogue::{SshAlgorithmKind, ssh_algorithm};
    for (list, kind) in [
        (CLIENT_CIPHERS, SshAlgorithmKind::Cipher),
        (CLIENT_MACS, SshAlgorithmKind::Mac),
        (CLIENT_COMPRESSION, SshAlgorithmKind::Compression),
    ] {
        for name in list.iter().filter(|n| **n != "none") {
            let a = ssh_algorithm(name).unwrap_or_else(|| panic!("{name} not in the catalogue"));
            let ok =
                a.kind == kind || (name.starts_with("AEAD_") && a.kind == SshAlgorithmKind::Cipher);
            assert!(ok, "{name}: {:?}", a.kind);
        }
    }

    let full = KexInit {
        cookie: [0xa5; 16],
        kex_algorithms: names("a,b"),
        server_host_key_algorithms: names("c"),
        encryption_client_to_server: names("d,e,f"),
        encryption_server_to_client: Vec::new(),
        mac_client_to_server: names("g"),
        mac_server_to_client: names("h"),
        compression_client_to_server: names("none"),
        compression_server_to_client: names("zlib"),
        languages_client_to_server: names("en-US"),
        languages_server_to_client: names("ja-JP,en"),
        first_kex_packet_follows: true,
    };
    let bytes = full.encode();
    assert_eq!(KexInit::parse(&bytes).unwrap(), full);
    // Trailing bytes after the reserved field are tolerated; a non-zero reserved field too.
    let mut more = bytes.clone();
    more.extend_from_slice(b"junk");
    assert_eq!(KexInit::parse(&more).unwrap(), full);
    let mut reserved = bytes.clone();
    let n = reserved.len();
    reserved[n - 1] = 1;
    assert_eq!(KexInit::parse(&reserved).unwrap(), full);
    // Without the reserved field it is truncated.
    assert!(KexInit::parse(&bytes[..n - 1]).is_err());
}

#[test]
fn kexinit_name_list_limits() {
    let mut k = client_kex_init(&["x"], &["y"], [0; 16]);
    k.kex_algorithms = (0..MAX_NAMES).map(|i| format!("k{i}")).collect();
    assert_eq!(KexInit::parse(&k.encode()).unwrap(), k);
    k.kex_algorithms.push("one-more".into());
    let e = KexInit::parse(&k.encode()).unwrap_err();
    assert!(e.to_string().contains("more than 512 names"), "{e}");

    k.kex_algorithms = vec!["n".repeat(MAX_NAME_LIST + 1)];
    let e = KexInit::parse(&k.encode()).unwrap_err();
    assert_eq!(offset(&e), 17);

    for bad in ["a,,b", ",a", "a,", "a b", "caf\u{e9}", "a\tb"] {
        k.kex_algorithms = vec![bad.to_string()];
        assert!(KexInit::parse(&k.encode()).is_err(), "{bad:?}");
    }
    let e = {
        k.kex_algorithms = vec!["ab,,c".into()];
        KexInit::parse(&k.encode()).unwrap_err()
    };
    assert_eq!(offset(&e), 17 + 4 + 3);
    assert!(KexInit::parse(&[21]).is_err());
    assert!(KexInit::parse(&[]).is_err());
}

fn mpint_of(w: &[u8]) -> (usize, &[u8]) {
    let len = u32::from_be_bytes(w[..4].try_into().unwrap()) as usize;
    (len, &w[4..4 + len])
}

#[test]
fn client_messages() {
    let q_c_len = |kex: &str| {
        let m = kex_init_message(kex).unwrap();
        assert_eq!(m[0], MSG_KEX_ECDH_INIT);
        let (len, _) = mpint_of(&m[1..]);
        assert_eq!(m.len(), 5 + len, "{kex}");
        len
    };
    assert_eq!(q_c_len("curve25519-sha256"), 32);
    assert_eq!(q_c_len("curve25519-sha256@libssh.org"), 32);
    assert_eq!(q_c_len("curve448-sha512"), 56);
    assert_eq!(q_c_len("ecdh-sha2-nistp256"), 65);
    assert_eq!(q_c_len("ecdh-sha2-nistp384"), 97);
    assert_eq!(q_c_len("ecdh-sha2-nistp521"), 133);
    assert_eq!(q_c_len("sntrup761x25519-sha512"), 1158 + 32);
    assert_eq!(q_c_len("sntrup761x25519-sha512@openssh.com"), 1158 + 32);
    assert_eq!(q_c_len("mlkem768x25519-sha256"), 1184 + 32);
    assert_eq!(q_c_len("mlkem768nistp256-sha256"), 1184 + 65);
    assert_eq!(q_c_len("mlkem1024nistp384-sha384"), 1568 + 97);
    // `e` as an mpint: 0x00 0xfe 0x01 (the top bit is set, so a zero byte leads).
    let m = kex_init_message("diffie-hellman-group14-sha256").unwrap();
    assert_eq!(m, [30, 0, 0, 0, 3, 0, 0xfe, 0x01]);
    assert_eq!(gex_init(), [32, 0, 0, 0, 3, 0, 0xfe, 0x01]);
    assert_eq!(
        gex_request(2048, 3072, 8192),
        [34, 0, 0, 8, 0, 0, 0, 12, 0, 0, 0, 32, 0]
    );

    for kex in [
        "diffie-hellman-group-exchange-sha256",
        "rsa2048-sha256",
        "ecdh-sha2-1.3.132.0.33",
        "x",
    ] {
        assert!(matches!(
            kex_init_message(kex),
            Err(InventoryError::Unsupported { .. })
        ));
    }
    assert_eq!(
        kex_flow("diffie-hellman-group-exchange-sha1"),
        Some(KexFlow::GroupExchange)
    );
    assert_eq!(
        kex_flow("diffie-hellman-group1-sha1"),
        Some(KexFlow::Direct)
    );
    assert_eq!(kex_flow("mlkem768x25519-sha256"), Some(KexFlow::Direct));
    assert_eq!(kex_flow("rsa1024-sha1"), None);
    assert_eq!(kex_flow("ext-info-s"), None);

    // Every Direct method in the catalogue is one we can start.
    use mamori_model::catalogue::ssh_algorithm;
    for kex in [
        "diffie-hellman-group1-sha1",
        "diffie-hellman-group18-sha512",
        "sntrup761x25519-sha512",
        "mlkem1024nistp384-sha384",
    ] {
        assert!(ssh_algorithm(kex).is_some(), "{kex}");
    }
}

#[test]
fn mlkem_encapsulation_key_decodes() {
    // FIPS 203 §7.2: every 12-bit coefficient of t must be below q = 3329.
    let q_c = client_public("mlkem768x25519-sha256").unwrap();
    assert_eq!(q_c.len(), 1184 + 32);
    let t = &q_c[..1152];
    for c in t.chunks(3) {
        let d1 = u16::from(c[0]) | (u16::from(c[1] & 0x0f) << 8);
        let d2 = u16::from(c[1] >> 4) | (u16::from(c[2]) << 4);
        assert!(d1 < 3329 && d2 < 3329);
    }
    // The classical part is the X25519 base point.
    assert_eq!(q_c[1184], 9);
    assert!(q_c[1185..].iter().all(|&b| b == 0));
}

fn reply(t: u8, k_s: &[u8], q_s: &[u8], sig_alg: &str, sig: &[u8]) -> Vec<u8> {
    let mut inner = Vec::new();
    inner.extend_from_slice(&(sig_alg.len() as u32).to_be_bytes());
    inner.extend_from_slice(sig_alg.as_bytes());
    inner.extend_from_slice(&(sig.len() as u32).to_be_bytes());
    inner.extend_from_slice(sig);
    let mut m = vec![t];
    for s in [k_s, q_s, &inner[..]] {
        m.extend_from_slice(&(s.len() as u32).to_be_bytes());
        m.extend_from_slice(s);
    }
    m
}

#[test]
fn server_messages() {
    let m = reply(31, b"KEY", &[1; 32], "ssh-ed25519", &[2; 64]);
    assert_eq!(
        parse_server_message(&m, false).unwrap(),
        ServerKexMessage::KexReply {
            host_key_blob: b"KEY".to_vec(),
            server_public_len: 32
        }
    );
    let d = parse_kex_reply(&m).unwrap();
    assert_eq!(
        (d.signature_algorithm.as_str(), d.signature_len),
        ("ssh-ed25519", 64)
    );
    let mut m33 = m.clone();
    m33[0] = 33;
    assert!(matches!(
        parse_server_message(&m33, true).unwrap(),
        ServerKexMessage::KexReply { .. }
    ));
    // Truncated signature: error with an offset inside the message.
    let e = parse_server_message(&m[..m.len() - 1], false).unwrap_err();
    assert!(offset(&e) > 0 && offset(&e) < m.len());

    // GEX group: p of 2048 bits (top byte 0x80, so a leading zero in the mpint), g = 2.
    let mut g = vec![31, 0, 0, 1, 1, 0, 0x80];
    g.extend_from_slice(&[0xff; 255]);
    g.extend_from_slice(&[0, 0, 0, 1, 2]);
    assert_eq!(
        parse_server_message(&g, true).unwrap(),
        ServerKexMessage::GexGroup {
            p_bits: 2048,
            g: vec![2]
        }
    );
    // ... which as a plain reply has no valid structure.
    assert!(parse_server_message(&g, false).is_err());
    let neg = [31, 0, 0, 0, 1, 0x80, 0, 0, 0, 1, 2];
    assert!(parse_server_message(&neg, true).is_err());
    let zero = [31, 0, 0, 0, 0, 0, 0, 0, 1, 2];
    assert!(parse_server_message(&zero, true).is_err());

    let mut disc = vec![1, 0, 0, 0, 3];
    disc.extend_from_slice(&[0, 0, 0, 5]);
    disc.extend_from_slice(b"bye \xff");
    assert_eq!(
        parse_server_message(&disc, false).unwrap(),
        ServerKexMessage::Disconnect {
            reason: 3,
            description: "bye \u{fffd}".into()
        }
    );
    assert_eq!(
        parse_server_message(&[2, 0, 0, 0, 0], false).unwrap(),
        ServerKexMessage::Ignore
    );
    assert_eq!(
        parse_server_message(&[3, 0, 0, 0, 9], false).unwrap(),
        ServerKexMessage::Unimplemented
    );
    assert_eq!(
        parse_server_message(&[4], false).unwrap(),
        ServerKexMessage::Debug
    );
    assert_eq!(
        parse_server_message(&[21], false).unwrap(),
        ServerKexMessage::Other(21)
    );
    assert!(parse_server_message(&[], false).is_err());
}
