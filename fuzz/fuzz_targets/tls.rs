//! The TLS handshake codec: the record reader under any chunking (which must not change the
//! events), the message parsers with every key exchange kind and version, and the ClientHello
//! builder with lists taken from the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mamori_inventory::tls::{
    ClientHelloSpec, HandshakeReader, KexKind, ProtocolVersion, ServerEvent, client_hello,
    parse_certificate, parse_server_hello, parse_server_key_exchange, parse_sslv2_server_hello,
};

/// Every event of `stream` fed in chunks whose sizes come from `seed`, and whether it ended
/// without an error.
fn events(stream: &[u8], seed: u8) -> (Vec<ServerEvent>, bool) {
    let mut reader = HandshakeReader::new();
    let mut out = Vec::new();
    let mut state = u32::from(seed) | 0x100;
    let mut rest = stream;
    while !rest.is_empty() {
        // xorshift32 for chunk sizes 1..=64; seed 0 feeds everything at once.
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        let n = if seed == 0 {
            rest.len()
        } else {
            1 + (state % 64) as usize
        };
        let (chunk, tail) = rest.split_at(n.min(rest.len()));
        rest = tail;
        if reader.feed(chunk).is_err() {
            return (out, false);
        }
        loop {
            match reader.next_event() {
                Ok(Some(e)) => out.push(e),
                Ok(None) => break,
                Err(_) => return (out, false),
            }
        }
    }
    (out, true)
}

const KINDS: [KexKind; 6] = [
    KexKind::Ecdhe,
    KexKind::Dhe,
    KexKind::EcdhePsk,
    KexKind::DhePsk,
    KexKind::RsaExport,
    KexKind::Other,
];

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let (whole, whole_ok) = events(rest, 0);
    let (chunked, chunked_ok) = events(rest, first);
    assert_eq!(whole_ok, chunked_ok, "chunking changed the outcome");
    if whole_ok {
        assert_eq!(whole, chunked, "chunking changed the events");
    }

    for kex in KINDS {
        for version in ProtocolVersion::ALL {
            let _ = parse_server_key_exchange(rest, kex, version);
        }
    }
    let _ = parse_server_hello(rest);
    let _ = parse_certificate(rest);
    let _ = parse_sslv2_server_hello(rest);

    // The builder with codepoints from the input: never panics, always one complete hello.
    let version = ProtocolVersion::ALL[usize::from(first) % ProtocolVersion::ALL.len()];
    let codes: Vec<u16> = rest
        .chunks_exact(2)
        .map(|c| u16::from_be_bytes([c[0], c[1]]))
        .collect();
    let flags = first.count_ones() % 2 == 0;
    let spec = ClientHelloSpec {
        version,
        supported_versions: if flags {
            Vec::new()
        } else {
            ProtocolVersion::ALL.to_vec()
        },
        cipher_suites: codes.clone(),
        key_share_groups: codes.iter().copied().take(64).collect(),
        signature_algorithms: codes.iter().copied().rev().collect(),
        groups: codes,
        server_name: Some(String::from_utf8_lossy(rest).into_owned()),
        alpn: rest
            .split(|&b| b == b',')
            .map(|p| String::from_utf8_lossy(p).into_owned())
            .collect(),
        ec_point_formats: flags,
        extended_master_secret: !flags,
        renegotiation_info: true,
        session_ticket: flags,
        status_request: !flags,
    };
    let hello = client_hello(&spec, [first; 32], rest);
    assert!(!hello.is_empty());
});
