//! The SSH transport codec a host-key probe needs (RFC 4253 §4–§8, RFC 4419, RFC 5656,
//! RFC 8731, draft-ietf-sshm-ntruprime-ssh, draft-ietf-sshm-mlkem-hybrid-kex): the
//! identification line, unencrypted binary packets, KEXINIT, and the key exchange messages up
//! to the server's reply, which carries its host key. Over bytes only; the prober owns the
//! socket.
//!
//! A probe per host-key algorithm `H` the server offers:
//!
//! 1. send [`CLIENT_BANNER`] CR LF, read with [`parse_banner`] until it returns the banner;
//! 2. feed the rest to a [`PacketReader`]; the server's first packet is its KEXINIT;
//! 3. send [`encode_packet`] of [`client_kex_init`]`(&[kex], &[H], cookie).encode()`;
//! 4. by [`kex_flow`]: send [`kex_init_message`]`(kex)`, or [`gex_request`] then, after the
//!    group, [`gex_init`];
//! 5. read with [`parse_server_message`] (skipping `Ignore` / `Debug`) until
//!    [`ServerKexMessage::KexReply`], whose blob [`crate::ssh::parse_public_blob`] decodes.
//!
//! The exchange is never completed (no NEWKEYS), so the dummy client public values
//! ([`client_public`]) only need to be valid, not secret.
//!
//! Limits: identification line 255 bytes, up to 50 earlier lines of 1 KiB, packet_length 35000,
//! name-lists 64 KiB and 512 names. Nothing here panics on outside bytes.

mod banner;
mod kex;
mod kexinit;
mod packet;
mod wire;

#[cfg(test)]
mod tests;

pub use banner::{
    Banner, MAX_BANNER_LINE, MAX_PRE_BANNER_LINE, MAX_PRE_BANNER_LINES, parse_banner,
};
pub use kex::{
    DH_CLIENT_PUBLIC, KexFlow, KexReplyDetail, SNTRUP761_PUBLIC_KEY_LEN, ServerKexMessage,
    client_public, gex_init, gex_request, kex_flow, kex_init_message, parse_kex_reply,
    parse_server_message,
};
pub use kexinit::{CLIENT_CIPHERS, CLIENT_COMPRESSION, CLIENT_MACS, KexInit, client_kex_init};
pub use packet::{
    BLOCK_SIZE, MAX_BUFFERED, MAX_PACKET_LENGTH, MIN_PADDING, PacketReader, encode_packet,
};
pub use wire::{MAX_NAME_LIST, MAX_NAMES};

/// Our identification string (sent followed by CR LF).
pub const CLIENT_BANNER: &str = "SSH-2.0-mamori_0.1";

pub const MSG_DISCONNECT: u8 = 1;
pub const MSG_IGNORE: u8 = 2;
pub const MSG_UNIMPLEMENTED: u8 = 3;
pub const MSG_DEBUG: u8 = 4;
pub const MSG_KEXINIT: u8 = 20;
pub const MSG_NEWKEYS: u8 = 21;
/// SSH_MSG_KEXDH_INIT and SSH_MSG_KEX_ECDH_INIT (and the hybrid methods' init) share 30.
pub const MSG_KEX_ECDH_INIT: u8 = 30;
/// SSH_MSG_KEXDH_REPLY and SSH_MSG_KEX_ECDH_REPLY share 31 ...
pub const MSG_KEX_ECDH_REPLY: u8 = 31;
/// ... with SSH_MSG_KEX_DH_GEX_GROUP in a group exchange.
pub const MSG_KEX_DH_GEX_GROUP: u8 = 31;
pub const MSG_KEX_DH_GEX_INIT: u8 = 32;
pub const MSG_KEX_DH_GEX_REPLY: u8 = 33;
pub const MSG_KEX_DH_GEX_REQUEST: u8 = 34;

/// Names in the key exchange list that are not key exchange methods but signal extensions:
/// `ext-info-c` / `ext-info-s` (RFC 8308) and `kex-strict-c-v00@openssh.com` /
/// `kex-strict-s-v00@openssh.com` (OpenSSH's Terrapin countermeasure).
pub fn is_kex_marker(name: &str) -> bool {
    matches!(
        name,
        "ext-info-c"
            | "ext-info-s"
            | "kex-strict-c-v00@openssh.com"
            | "kex-strict-s-v00@openssh.com"
    )
}
