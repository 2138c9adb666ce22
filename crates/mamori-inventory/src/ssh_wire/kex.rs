//! The key exchange messages a host-key probe needs: the client's first key exchange message
//! for each method (with a valid dummy public value), group exchange requests, and the
//! server's answers.

use super::kexinit::KexInit;
use super::wire::{Reader, Writer, bit_len, err};
use super::*;
use crate::error::{InventoryError, Result};

/// How the client's side of a key exchange method runs up to the server's host key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KexFlow {
    /// Send [`kex_init_message`] (message 30); the server answers with message 31
    /// (KEXDH_REPLY, KEX_ECDH_REPLY or the hybrid reply) carrying its host key.
    Direct,
    /// RFC 4419: send [`gex_request`] (34), read the group (31, parse with `expecting_gex`),
    /// send [`gex_init`] (32), read GEX_REPLY (33).
    GroupExchange,
}

/// Fixed-group Diffie-Hellman methods (RFC 4253, RFC 8268, SSH.com names): KEXDH_INIT carries
/// `mpint e`.
const FIXED_DH: &[&str] = &[
    "diffie-hellman-group1-sha1",
    "diffie-hellman-group14-sha1",
    "diffie-hellman-group14-sha256",
    "diffie-hellman-group15-sha512",
    "diffie-hellman-group16-sha512",
    "diffie-hellman-group17-sha512",
    "diffie-hellman-group18-sha512",
    "diffie-hellman-group14-sha224@ssh.com",
    "diffie-hellman-group14-sha256@ssh.com",
    "diffie-hellman-group15-sha256@ssh.com",
    "diffie-hellman-group15-sha384@ssh.com",
    "diffie-hellman-group16-sha384@ssh.com",
    "diffie-hellman-group16-sha512@ssh.com",
    "diffie-hellman-group18-sha512@ssh.com",
];

const GROUP_EXCHANGE: &[&str] = &[
    "diffie-hellman-group-exchange-sha1",
    "diffie-hellman-group-exchange-sha256",
    "diffie-hellman-group-exchange-sha224@ssh.com",
    "diffie-hellman-group-exchange-sha384@ssh.com",
    "diffie-hellman-group-exchange-sha512@ssh.com",
];

/// The flow for a key exchange method, `None` for one this module cannot start (RSA key
/// transport, where the server speaks first; ECDH over curves named by OID; GSS-API).
pub fn kex_flow(kex: &str) -> Option<KexFlow> {
    if GROUP_EXCHANGE.contains(&kex) {
        Some(KexFlow::GroupExchange)
    } else if client_public(kex).is_some() {
        Some(KexFlow::Direct)
    } else {
        None
    }
}

/// The client's public value for a direct (non group-exchange) method: a valid, correctly sized
/// value the server accepts and computes with. It is no secret: the exchange is never finished.
///
/// - X25519 / X448 (RFC 7748): the base point (u = 9 / u = 5). Any 32 or 56 bytes decode, but
///   OpenSSH rejects a public value whose shared secret is all zero (low-order points, such as
///   the all-zero string), so a real point is sent.
/// - NIST curves (RFC 5656): the uncompressed generator G, which passes OpenSSH's point checks.
/// - sntrup761x25519 (`sntrup761` public key, 1158 bytes, then X25519): every 1158-byte string
///   decodes to some polynomial mod q in sntrup761's encoding, so a fixed pattern serves;
///   OpenSSH encapsulates to it without complaint.
/// - ML-KEM hybrids (draft-ietf-sshm-mlkem-hybrid-kex; ML-KEM encapsulation key first, then the
///   classical value): the encapsulation key is an all-zero `t` (every 12-bit coefficient 0,
///   below q = 3329, so FIPS 203's modulus check passes) followed by a 32-byte `rho`.
/// - Fixed DH groups: [`DH_CLIENT_PUBLIC`].
pub fn client_public(kex: &str) -> Option<Vec<u8>> {
    let mut v = Vec::new();
    match kex {
        "curve25519-sha256" | "curve25519-sha256@libssh.org" => v.extend_from_slice(&X25519_BASE),
        "curve448-sha512" => v.extend_from_slice(&X448_BASE),
        "ecdh-sha2-nistp256" => v.extend_from_slice(&P256_G),
        "ecdh-sha2-nistp384" => v.extend_from_slice(&P384_G),
        "ecdh-sha2-nistp521" => v.extend_from_slice(&P521_G),
        "sntrup761x25519-sha512" | "sntrup761x25519-sha512@openssh.com" => {
            v.extend_from_slice(&sntrup761_public_key());
            v.extend_from_slice(&X25519_BASE);
        }
        "mlkem768x25519-sha256" => {
            v.extend_from_slice(&mlkem_encapsulation_key(3));
            v.extend_from_slice(&X25519_BASE);
        }
        "mlkem768nistp256-sha256" => {
            v.extend_from_slice(&mlkem_encapsulation_key(3));
            v.extend_from_slice(&P256_G);
        }
        "mlkem1024nistp384-sha384" => {
            v.extend_from_slice(&mlkem_encapsulation_key(4));
            v.extend_from_slice(&P384_G);
        }
        _ if FIXED_DH.contains(&kex) => v.extend_from_slice(DH_CLIENT_PUBLIC),
        _ => return None,
    }
    Some(v)
}

/// The client's first key exchange message for `kex`: KEXDH_INIT (`mpint e`) for fixed DH
/// groups, KEX_ECDH_INIT (`string Q_C`) for elliptic-curve and hybrid methods, both message
/// 30. `Unsupported` for group exchange (use [`gex_request`]) and unknown methods.
pub fn kex_init_message(kex: &str) -> Result<Vec<u8>> {
    let Some(public) = client_public(kex) else {
        let what = if GROUP_EXCHANGE.contains(&kex) {
            format!("{kex} starts with gex_request, not a KEXDH_INIT")
        } else {
            format!("SSH key exchange method {kex}")
        };
        return Err(InventoryError::Unsupported { what });
    };
    let mut w = Writer::new(MSG_KEX_ECDH_INIT);
    if FIXED_DH.contains(&kex) {
        w.mpint(&public);
    } else {
        w.string(&public);
    }
    Ok(w.buf)
}

/// SSH_MSG_KEX_DH_GEX_REQUEST (34): the group sizes the client accepts.
pub fn gex_request(min: u32, n: u32, max: u32) -> Vec<u8> {
    let mut w = Writer::new(MSG_KEX_DH_GEX_REQUEST);
    w.u32(min).u32(n).u32(max);
    w.buf
}

/// SSH_MSG_KEX_DH_GEX_INIT (32) with `e` = [`DH_CLIENT_PUBLIC`], valid in any group of at
/// least 17 bits.
pub fn gex_init() -> Vec<u8> {
    let mut w = Writer::new(MSG_KEX_DH_GEX_INIT);
    w.mpint(DH_CLIENT_PUBLIC);
    w.buf
}

/// What the server sent during key exchange.
// A handful of these per connection: boxing the KEXINIT would only make matching clumsier.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ServerKexMessage {
    KexInit(KexInit),
    /// KEXDH_REPLY / KEX_ECDH_REPLY (31) or GEX_REPLY (33): the host key blob `K_S` (decode it
    /// with [`crate::ssh::parse_public_blob`]) and the length of the server's public value as
    /// sent (`Q_S`; for DH the `mpint f`'s length, which may include a leading zero byte).
    KexReply {
        host_key_blob: Vec<u8>,
        server_public_len: usize,
    },
    /// KEX_DH_GEX_GROUP (31 in a group exchange): the size of the prime p the server chose, and
    /// the generator g (big-endian, no leading zeros).
    GexGroup {
        p_bits: u32,
        g: Vec<u8>,
    },
    Disconnect {
        reason: u32,
        description: String,
    },
    Ignore,
    Debug,
    Unimplemented,
    /// Any other message type.
    Other(u8),
}

/// Reads one server payload. Message 31 is KEXDH_REPLY / KEX_ECDH_REPLY, or KEX_DH_GEX_GROUP
/// when `expecting_gex`; 33 is GEX_REPLY.
pub fn parse_server_message(payload: &[u8], expecting_gex: bool) -> Result<ServerKexMessage> {
    let mut r = Reader::new(payload);
    let t = r.byte("message type")?;
    Ok(match t {
        MSG_DISCONNECT => {
            let reason = r.u32("disconnect reason")?;
            let description = r.text_lossy("disconnect description")?;
            // The language tag that follows is optional in practice.
            ServerKexMessage::Disconnect {
                reason,
                description,
            }
        }
        MSG_IGNORE => ServerKexMessage::Ignore,
        MSG_UNIMPLEMENTED => ServerKexMessage::Unimplemented,
        MSG_DEBUG => ServerKexMessage::Debug,
        MSG_KEXINIT => ServerKexMessage::KexInit(KexInit::parse(payload)?),
        MSG_KEX_DH_GEX_GROUP if expecting_gex => {
            let p = r.mpint_unsigned("p")?;
            let g = r.mpint_unsigned("g")?;
            if p.is_empty() {
                return Err(err(5, "group exchange prime p is zero"));
            }
            ServerKexMessage::GexGroup {
                p_bits: bit_len(p),
                g: g.to_vec(),
            }
        }
        MSG_KEX_ECDH_REPLY | MSG_KEX_DH_GEX_REPLY => {
            let reply = parse_kex_reply(payload)?;
            ServerKexMessage::KexReply {
                server_public_len: reply.server_public.len(),
                host_key_blob: reply.host_key_blob,
            }
        }
        other => ServerKexMessage::Other(other),
    })
}

/// A key exchange reply in full.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KexReplyDetail {
    /// 31 (KEXDH_REPLY / KEX_ECDH_REPLY) or 33 (GEX_REPLY).
    pub message_type: u8,
    /// `K_S`.
    pub host_key_blob: Vec<u8>,
    /// `Q_S`, or the bytes of `mpint f` as sent.
    pub server_public: Vec<u8>,
    /// The exchange-hash signature's algorithm name (`rsa-sha2-512`, `ssh-ed25519`...).
    pub signature_algorithm: String,
    /// Length of the signature blob inside the signature.
    pub signature_len: usize,
}

/// Parses message 31 or 33 as `string K_S, string Q_S | mpint f, string signature`, the
/// signature being `string algorithm, string blob`.
pub fn parse_kex_reply(payload: &[u8]) -> Result<KexReplyDetail> {
    let mut r = Reader::new(payload);
    let t = r.byte("message type")?;
    if t != MSG_KEX_ECDH_REPLY && t != MSG_KEX_DH_GEX_REPLY {
        return Err(err(0, format!("message type {t}, expected 31 or 33")));
    }
    let host_key_blob = r.string("host key K_S")?.to_vec();
    let server_public = r.string("server public value")?.to_vec();
    let sig_at = r.pos();
    let signature = r.string("signature")?;
    let mut s = Reader::new(signature);
    let signature_algorithm = s
        .text_lossy("signature algorithm")
        .map_err(|e| shift(e, sig_at + 4))?;
    let blob = s
        .string("signature blob")
        .map_err(|e| shift(e, sig_at + 4))?;
    Ok(KexReplyDetail {
        message_type: t,
        host_key_blob,
        server_public,
        signature_algorithm,
        signature_len: blob.len(),
    })
}

/// Moves an error's offset from a nested field to the enclosing message.
fn shift(e: InventoryError, by: usize) -> InventoryError {
    match e {
        InventoryError::SshWire { offset, what } => InventoryError::SshWire {
            offset: offset + by,
            what,
        },
        other => other,
    }
}

/// `e` sent in fixed-group and group-exchange DH: 255² = 65025. It lies strictly between 1 and
/// p − 1 for every group, and is a square, so it is in the prime-order subgroup of the safe
/// primes the groups use. (`e = 2` is refused by OpenSSH, whose `dh_pub_is_valid` wants at
/// least 4 bits set.)
pub const DH_CLIENT_PUBLIC: &[u8] = &[0xfe, 0x01];

/// X25519 base point, u = 9 (RFC 7748 §4.1), little-endian.
const X25519_BASE: [u8; 32] = {
    let mut b = [0u8; 32];
    b[0] = 9;
    b
};

/// X448 base point, u = 5 (RFC 7748 §4.2), little-endian.
const X448_BASE: [u8; 56] = {
    let mut b = [0u8; 56];
    b[0] = 5;
    b
};

/// Uncompressed generators of P-256, P-384 and P-521 (SEC 2, FIPS 186-5).
const P256_G: [u8; 65] = hex(
    "046b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296\
     4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5",
);
const P384_G: [u8; 97] = hex(
    "04aa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e\
     3872760ab73617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e81\
     9d7a431d7c90ea0e5f",
);
const P521_G: [u8; 133] = hex(
    "0400c6858e06b70404e9cd9e3ecb662395b4429c648139053fb521f828af606b4d3dbaa14b5e77efe75928fe\
     1dc127a2ffa8de3348b3c1856a429bf97e7e31c2e5bd66011839296a789a3bc0045c8a5fb42c7d1bd998f544\
     49579b446817afbd17273e662c97ee72995ef42640c550b9013fad0761353c7086a272c24088be94769fd1665\
     0",
);

/// Size of an sntrup761 public key.
pub const SNTRUP761_PUBLIC_KEY_LEN: usize = 1158;

/// A fixed sntrup761 public key: bytes from a linear congruential sequence, which decode (like
/// any 1158 bytes) to a polynomial with coefficients in range.
fn sntrup761_public_key() -> [u8; SNTRUP761_PUBLIC_KEY_LEN] {
    let mut out = [0u8; SNTRUP761_PUBLIC_KEY_LEN];
    let mut x: u32 = 0x6d61_6d6f; // "mamo"
    for b in out.iter_mut() {
        x = x.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        *b = (x >> 24) as u8;
    }
    out
}

/// An ML-KEM encapsulation key of rank `k` (3: ML-KEM-768, 1184 bytes; 4: ML-KEM-1024, 1568
/// bytes): `t` all zero, then a fixed `rho`.
fn mlkem_encapsulation_key(k: usize) -> Vec<u8> {
    let mut ek = vec![0u8; 384 * k];
    ek.extend_from_slice(b"mamori ML-KEM dummy seed rho 32B");
    ek
}

/// Decodes a hex string (whitespace-free) at compile time.
const fn hex<const N: usize>(s: &str) -> [u8; N] {
    let s = s.as_bytes();
    assert!(s.len() == 2 * N, "hex length");
    let mut out = [0u8; N];
    let mut i = 0;
    while i < N {
        out[i] = (nibble(s[2 * i]) << 4) | nibble(s[2 * i + 1]);
        i += 1;
    }
    out
}

const fn nibble(c: u8) -> u8 {
    match c {
        b'0'..=b'9' => c - b'0',
        b'a'..=b'f' => c - b'a' + 10,
        _ => panic!("not a lowercase hex digit"),
    }
}
