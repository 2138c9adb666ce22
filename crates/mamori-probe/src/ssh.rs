//! `scan ssh`: the banner, the server's KEXINIT lists, and each host key, obtained by running
//! the key exchange just far enough for every host-key algorithm the server offers.

use std::time::Duration;

use mamori_inventory::ssh::parse_public_blob;
use mamori_inventory::ssh_wire::{
    self, CLIENT_BANNER, KexInit, PacketReader, ServerKexMessage, parse_banner,
};
use mamori_model::Algorithm;
use serde::Serialize;

use crate::conn::Conn;
use crate::error::ProbeError;
use crate::target::Target;

/// Key exchanges we can drive to the server's reply, most preferred first.
const DRIVABLE_KEX: &[&str] = &[
    "curve25519-sha256",
    "curve25519-sha256@libssh.org",
    "ecdh-sha2-nistp256",
    "ecdh-sha2-nistp384",
    "ecdh-sha2-nistp521",
    "diffie-hellman-group14-sha256",
    "diffie-hellman-group16-sha512",
    "diffie-hellman-group18-sha512",
    "diffie-hellman-group14-sha1",
    "diffie-hellman-group1-sha1",
    "mlkem768x25519-sha256",
    "sntrup761x25519-sha512",
    "sntrup761x25519-sha512@openssh.com",
    "curve448-sha512",
    "diffie-hellman-group-exchange-sha256",
    "diffie-hellman-group-exchange-sha1",
];

#[derive(Debug, Clone, Serialize)]
pub struct SshHostKey {
    /// The host-key algorithm negotiated to obtain it (`rsa-sha2-512`, `ssh-ed25519`...).
    pub algorithm: String,
    /// The key blob's type (`ssh-rsa`, `ssh-ed25519`...).
    #[serde(rename = "type")]
    pub key_type: String,
    /// Modulus bits for RSA/DSA, order bits for elliptic curves.
    pub size: Option<u32>,
    /// `SHA256:...` as `ssh-keygen -l` prints it.
    pub fingerprint: String,
    pub key: Option<Algorithm>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct SshReport {
    pub banner: String,
    pub software: String,
    pub kex: Vec<String>,
    pub host_key_algorithms: Vec<String>,
    pub host_keys: Vec<SshHostKey>,
    pub ciphers: Vec<String>,
    pub macs: Vec<String>,
    pub compression: Vec<String>,
    /// Prime sizes the server chose for group-exchange requests, when it offers one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gex_modulus_bits: Option<u32>,
    /// Host-key algorithms whose key could not be obtained, with why.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub host_key_errors: Vec<String>,
}

/// One SSH conversation up to the server's KEXINIT.
struct Session {
    conn: Conn,
    buf: Vec<u8>,
    packets: PacketReader,
}

impl Session {
    async fn start(
        target: &Target,
        timeout: Duration,
    ) -> Result<(Session, ssh_wire::Banner), ProbeError> {
        let mut conn = Conn::open(target, timeout).await?;
        conn.send(format!("{CLIENT_BANNER}\r\n").as_bytes()).await?;
        let mut buf = Vec::new();
        let (banner, used) = loop {
            match parse_banner(&buf).map_err(|source| protocol(&conn, source))? {
                Some(done) => break done,
                None => {
                    if conn.recv(&mut buf).await?.is_none() {
                        return Err(closed(&conn, "before sending its banner"));
                    }
                }
            }
        };
        let mut packets = PacketReader::new();
        packets
            .feed(&buf[used..])
            .map_err(|source| protocol(&conn, source))?;
        Ok((
            Session {
                conn,
                buf: Vec::new(),
                packets,
            },
            banner,
        ))
    }

    async fn next_payload(&mut self) -> Result<Vec<u8>, ProbeError> {
        loop {
            if let Some(p) = self
                .packets
                .next_payload()
                .map_err(|source| protocol(&self.conn, source))?
            {
                return Ok(p);
            }
            self.buf.clear();
            if self.conn.recv(&mut self.buf).await?.is_none() {
                return Err(closed(&self.conn, "during the key exchange"));
            }
            self.packets
                .feed(&self.buf)
                .map_err(|source| protocol(&self.conn, source))?;
        }
    }

    async fn next_message(&mut self, expecting_gex: bool) -> Result<ServerKexMessage, ProbeError> {
        loop {
            let p = self.next_payload().await?;
            match ssh_wire::parse_server_message(&p, expecting_gex)
                .map_err(|source| protocol(&self.conn, source))?
            {
                ServerKexMessage::Ignore | ServerKexMessage::Debug => continue,
                ServerKexMessage::Disconnect {
                    reason,
                    description,
                } => {
                    return Err(ProbeError::Unexpected {
                        target: self.conn.target().to_string(),
                        what: format!("server disconnected (reason {reason}): {description}"),
                    });
                }
                m => return Ok(m),
            }
        }
    }

    async fn server_kexinit(&mut self) -> Result<KexInit, ProbeError> {
        match self.next_message(false).await? {
            ServerKexMessage::KexInit(k) => Ok(k),
            other => Err(ProbeError::Unexpected {
                target: self.conn.target().to_string(),
                what: format!("expected KEXINIT, got {other:?}"),
            }),
        }
    }

    async fn send_payload(&mut self, payload: &[u8]) -> Result<(), ProbeError> {
        self.conn.send(&ssh_wire::encode_packet(payload)).await
    }
}

fn protocol(conn: &Conn, source: mamori_inventory::InventoryError) -> ProbeError {
    ProbeError::Protocol {
        target: conn.target().to_string(),
        source,
    }
}

fn closed(conn: &Conn, when: &str) -> ProbeError {
    ProbeError::Unexpected {
        target: conn.target().to_string(),
        what: format!("server closed the connection {when}"),
    }
}

fn cookie() -> [u8; 16] {
    // Not a secret: the cookie only has to differ between connections.
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    t.to_le_bytes()
}

/// Probes one SSH endpoint.
pub async fn probe(target: &Target, timeout: Duration) -> Result<SshReport, ProbeError> {
    let (mut s, banner) = Session::start(target, timeout).await?;
    let server = s.server_kexinit().await?;
    let mut report = SshReport {
        banner: format!("SSH-{}-{}", banner.proto_version, banner.software)
            + &banner
                .comments
                .as_ref()
                .map(|c| format!(" {c}"))
                .unwrap_or_default(),
        software: banner.software.clone(),
        kex: server.kex_algorithms.clone(),
        host_key_algorithms: server.server_host_key_algorithms.clone(),
        ciphers: union(
            &server.encryption_server_to_client,
            &server.encryption_client_to_server,
        ),
        macs: union(&server.mac_server_to_client, &server.mac_client_to_server),
        compression: union(
            &server.compression_server_to_client,
            &server.compression_client_to_server,
        ),
        ..SshReport::default()
    };
    drop(s);

    let kex = DRIVABLE_KEX
        .iter()
        .find(|k| server.kex_algorithms.iter().any(|s| s == *k))
        .copied();
    let Some(kex) = kex else {
        report
            .host_key_errors
            .push("no key exchange method mamori can drive is offered".into());
        return Ok(report);
    };
    for hk in &server.server_host_key_algorithms {
        match host_key(target, timeout, kex, hk).await {
            Ok(key) => report.host_keys.push(key),
            Err(e) => report.host_key_errors.push(format!("{hk}: {e}")),
        }
    }
    if let Some(gex) = server
        .kex_algorithms
        .iter()
        .find(|k| k.starts_with("diffie-hellman-group-exchange-"))
    {
        let hk = server
            .server_host_key_algorithms
            .first()
            .map(String::as_str)
            .unwrap_or("ssh-ed25519");
        match gex_modulus(target, timeout, gex, hk).await {
            Ok(bits) => report.gex_modulus_bits = Some(bits),
            Err(e) => report.host_key_errors.push(format!("{gex}: {e}")),
        }
    }
    Ok(report)
}

fn union(a: &[String], b: &[String]) -> Vec<String> {
    let mut v = a.to_vec();
    for x in b {
        if !v.contains(x) {
            v.push(x.clone());
        }
    }
    v
}

async fn negotiate(
    target: &Target,
    timeout: Duration,
    kex: &str,
    hk: &str,
) -> Result<Session, ProbeError> {
    let (mut s, _) = Session::start(target, timeout).await?;
    let ours = ssh_wire::client_kex_init(&[kex], &[hk], cookie());
    s.send_payload(&ours.encode()).await?;
    s.server_kexinit().await?;
    Ok(s)
}

async fn host_key(
    target: &Target,
    timeout: Duration,
    kex: &str,
    hk: &str,
) -> Result<SshHostKey, ProbeError> {
    let mut s = negotiate(target, timeout, kex, hk).await?;
    let gex = kex.starts_with("diffie-hellman-group-exchange-");
    if gex {
        s.send_payload(&ssh_wire::gex_request(2048, 3072, 8192))
            .await?;
        match s.next_message(true).await? {
            ServerKexMessage::GexGroup { .. } => {}
            other => {
                return Err(ProbeError::Unexpected {
                    target: target.to_string(),
                    what: format!("expected a DH group, got {other:?}"),
                });
            }
        }
        s.send_payload(&ssh_wire::gex_init()).await?;
    } else {
        let init = ssh_wire::kex_init_message(kex).map_err(|source| protocol(&s.conn, source))?;
        s.send_payload(&init).await?;
    }
    match s.next_message(false).await? {
        ServerKexMessage::KexReply { host_key_blob, .. } => {
            let key =
                parse_public_blob(&host_key_blob).map_err(|source| protocol(&s.conn, source))?;
            Ok(SshHostKey {
                algorithm: hk.to_string(),
                key_type: key.key_type.clone(),
                size: key.algorithm.as_ref().and_then(|a| a.key_size),
                fingerprint: key.fingerprint.clone(),
                key: key.algorithm,
            })
        }
        other => Err(ProbeError::Unexpected {
            target: target.to_string(),
            what: format!("expected the key exchange reply, got {other:?}"),
        }),
    }
}

async fn gex_modulus(
    target: &Target,
    timeout: Duration,
    kex: &str,
    hk: &str,
) -> Result<u32, ProbeError> {
    let mut s = negotiate(target, timeout, kex, hk).await?;
    s.send_payload(&ssh_wire::gex_request(2048, 3072, 8192))
        .await?;
    match s.next_message(true).await? {
        ServerKexMessage::GexGroup { p_bits, .. } => Ok(p_bits),
        other => Err(ProbeError::Unexpected {
            target: target.to_string(),
            what: format!("expected a DH group, got {other:?}"),
        }),
    }
}
