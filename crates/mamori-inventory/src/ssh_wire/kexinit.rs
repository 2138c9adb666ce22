//! SSH_MSG_KEXINIT (RFC 4253 §7.1).

use super::wire::{Reader, Writer, err};
use super::{MSG_KEXINIT, is_kex_marker};
use crate::error::Result;

/// The algorithm lists one side offers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KexInit {
    pub cookie: [u8; 16],
    /// In preference order, including the markers servers add (`ext-info-s`,
    /// `kex-strict-s-v00@openssh.com`); [`KexInit::kex_methods`] leaves them out.
    pub kex_algorithms: Vec<String>,
    pub server_host_key_algorithms: Vec<String>,
    pub encryption_client_to_server: Vec<String>,
    pub encryption_server_to_client: Vec<String>,
    pub mac_client_to_server: Vec<String>,
    pub mac_server_to_client: Vec<String>,
    pub compression_client_to_server: Vec<String>,
    pub compression_server_to_client: Vec<String>,
    pub languages_client_to_server: Vec<String>,
    pub languages_server_to_client: Vec<String>,
    pub first_kex_packet_follows: bool,
}

impl KexInit {
    /// Parses a KEXINIT payload (message type 20 first). Each name-list is limited to 64 KiB and
    /// 512 names, names must be non-empty printable US-ASCII (RFC 4251 §5). The reserved uint32
    /// and anything after it are not checked (OpenSSH ignores them too).
    pub fn parse(payload: &[u8]) -> Result<KexInit> {
        let mut r = Reader::new(payload);
        let t = r.byte("message type")?;
        if t != MSG_KEXINIT {
            return Err(err(0, format!("message type {t}, expected KEXINIT (20)")));
        }
        let cookie = r.array::<16>("cookie")?;
        let kex = KexInit {
            cookie,
            kex_algorithms: r.name_list("kex_algorithms")?,
            server_host_key_algorithms: r.name_list("server_host_key_algorithms")?,
            encryption_client_to_server: r.name_list("encryption_algorithms_client_to_server")?,
            encryption_server_to_client: r.name_list("encryption_algorithms_server_to_client")?,
            mac_client_to_server: r.name_list("mac_algorithms_client_to_server")?,
            mac_server_to_client: r.name_list("mac_algorithms_server_to_client")?,
            compression_client_to_server: r.name_list("compression_algorithms_client_to_server")?,
            compression_server_to_client: r.name_list("compression_algorithms_server_to_client")?,
            languages_client_to_server: r.name_list("languages_client_to_server")?,
            languages_server_to_client: r.name_list("languages_server_to_client")?,
            first_kex_packet_follows: r.boolean("first_kex_packet_follows")?,
        };
        r.u32("reserved")?;
        Ok(kex)
    }

    /// The payload, message type 20 first, reserved field 0.
    pub fn encode(&self) -> Vec<u8> {
        let mut w = Writer::new(MSG_KEXINIT);
        w.raw(&self.cookie)
            .name_list(&self.kex_algorithms)
            .name_list(&self.server_host_key_algorithms)
            .name_list(&self.encryption_client_to_server)
            .name_list(&self.encryption_server_to_client)
            .name_list(&self.mac_client_to_server)
            .name_list(&self.mac_server_to_client)
            .name_list(&self.compression_client_to_server)
            .name_list(&self.compression_server_to_client)
            .name_list(&self.languages_client_to_server)
            .name_list(&self.languages_server_to_client)
            .byte(u8::from(self.first_kex_packet_follows))
            .u32(0);
        w.buf
    }

    /// The key exchange methods without the extension markers (`ext-info-s`, `ext-info-c`,
    /// `kex-strict-*-v00@openssh.com`), which are not methods.
    pub fn kex_methods(&self) -> impl Iterator<Item = &str> {
        self.kex_algorithms
            .iter()
            .map(String::as_str)
            .filter(|n| !is_kex_marker(n))
    }

    /// The extension markers in the key exchange list, as sent.
    pub fn kex_markers(&self) -> impl Iterator<Item = &str> {
        self.kex_algorithms
            .iter()
            .map(String::as_str)
            .filter(|n| is_kex_marker(n))
    }
}

/// Every cipher a server might insist on, strongest first, `none` last. Only the key exchange
/// runs, so whichever one the server picks is never used.
pub const CLIENT_CIPHERS: &[&str] = &[
    "chacha20-poly1305@openssh.com",
    "aes256-gcm@openssh.com",
    "aes128-gcm@openssh.com",
    "AEAD_AES_256_GCM",
    "AEAD_AES_128_GCM",
    "aes256-ctr",
    "aes192-ctr",
    "aes128-ctr",
    "aes256-cbc",
    "aes192-cbc",
    "aes128-cbc",
    "rijndael-cbc@lysator.liu.se",
    "twofish256-ctr",
    "twofish192-ctr",
    "twofish128-ctr",
    "twofish256-cbc",
    "twofish192-cbc",
    "twofish128-cbc",
    "twofish-cbc",
    "serpent256-ctr",
    "serpent192-ctr",
    "serpent128-ctr",
    "serpent256-cbc",
    "serpent192-cbc",
    "serpent128-cbc",
    "3des-ctr",
    "3des-cbc",
    "blowfish-ctr",
    "blowfish-cbc",
    "cast128-ctr",
    "cast128-cbc",
    "idea-ctr",
    "idea-cbc",
    "arcfour256",
    "arcfour128",
    "arcfour",
    "des-cbc",
    "des-cbc@ssh.com",
    "none",
];

/// Every MAC a server might insist on (the `AEAD_*` names must be paired with the cipher of the
/// same name, RFC 5647), `none` last.
pub const CLIENT_MACS: &[&str] = &[
    "hmac-sha2-256-etm@openssh.com",
    "hmac-sha2-512-etm@openssh.com",
    "umac-128-etm@openssh.com",
    "hmac-sha2-256",
    "hmac-sha2-512",
    "umac-128@openssh.com",
    "AEAD_AES_256_GCM",
    "AEAD_AES_128_GCM",
    "hmac-sha256@ssh.com",
    "hmac-sha384@ssh.com",
    "hmac-sha512@ssh.com",
    "hmac-sha224@ssh.com",
    "hmac-sha1-etm@openssh.com",
    "umac-64-etm@openssh.com",
    "hmac-sha1",
    "umac-64@openssh.com",
    "hmac-sha2-256-96",
    "hmac-sha2-512-96",
    "hmac-ripemd160-etm@openssh.com",
    "hmac-ripemd160",
    "hmac-ripemd160@openssh.com",
    "hmac-sha1-96-etm@openssh.com",
    "hmac-sha1-96",
    "hmac-md5-etm@openssh.com",
    "hmac-md5",
    "hmac-md5-96-etm@openssh.com",
    "hmac-md5-96",
    "none",
];

/// Compression methods a server might insist on.
pub const CLIENT_COMPRESSION: &[&str] = &["none", "zlib@openssh.com", "zlib"];

/// The client KEXINIT that leaves the server one choice of key exchange and host key
/// algorithm (it picks the first client entry it also supports, RFC 4253 §7.1), while
/// offering every cipher, MAC and compression method so that those never make the
/// negotiation fail. No extension markers: strict KEX (`kex-strict-c-v00@openssh.com`) would
/// make the server drop the connection on any unexpected message.
pub fn client_kex_init(kex: &[&str], host_key_algorithms: &[&str], cookie: [u8; 16]) -> KexInit {
    let list = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<Vec<_>>();
    KexInit {
        cookie,
        kex_algorithms: list(kex),
        server_host_key_algorithms: list(host_key_algorithms),
        encryption_client_to_server: list(CLIENT_CIPHERS),
        encryption_server_to_client: list(CLIENT_CIPHERS),
        mac_client_to_server: list(CLIENT_MACS),
        mac_server_to_client: list(CLIENT_MACS),
        compression_client_to_server: list(CLIENT_COMPRESSION),
        compression_server_to_client: list(CLIENT_COMPRESSION),
        languages_client_to_server: Vec::new(),
        languages_server_to_client: Vec::new(),
        first_kex_packet_follows: false,
    }
}
