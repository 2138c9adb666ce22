//! The SSH transport codec: identification line, packet framing under any chunking, KEXINIT
//! (whose encoding must reparse to the same value) and the server's key exchange messages.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mamori_inventory::ssh_wire::{
    KexInit, PacketReader, parse_banner, parse_kex_reply, parse_server_message,
};

fn message(payload: &[u8]) {
    if let Ok(k) = KexInit::parse(payload) {
        assert_eq!(KexInit::parse(&k.encode()).ok(), Some(k));
    }
    let _ = parse_server_message(payload, false);
    let _ = parse_server_message(payload, true);
    let _ = parse_kex_reply(payload);
}

/// Every payload of `stream`, fed `chunk` bytes at a time, and how the stream ended.
fn packets(stream: &[u8], chunk: usize) -> (Vec<Vec<u8>>, bool) {
    let mut r = PacketReader::new();
    let mut out = Vec::new();
    for c in stream.chunks(chunk) {
        if r.feed(c).is_err() {
            return (out, false);
        }
        loop {
            match r.next_payload() {
                Ok(Some(p)) => out.push(p),
                Ok(None) => break,
                Err(_) => return (out, false),
            }
        }
    }
    (out, true)
}

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let chunk = usize::from(first % 64) + 1;

    // As a connection's first bytes: banner, then packets.
    let stream = match parse_banner(rest) {
        Ok(Some((_, used))) => &rest[used..],
        _ => rest,
    };
    let (whole, ok) = packets(stream, stream.len().max(1));
    let (chunked, chunked_ok) = packets(stream, chunk);
    // Chunking changes nothing but where a failure is seen.
    if ok && chunked_ok {
        assert_eq!(whole, chunked);
    }
    for p in &whole {
        message(p);
    }

    // As a bare message.
    message(rest);
});
