//! SSH algorithm names (IANA SSH parameters, OpenSSH extensions).

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SshAlgorithmKind {
    Kex,
    HostKey,
    Cipher,
    Mac,
    Compression,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SshAlgorithm {
    /// Name on the wire: `curve25519-sha256`, `ssh-ed25519`, `aes256-gcm@openssh.com`.
    pub name: &'static str,
    pub kind: SshAlgorithmKind,
    /// Catalogue entry name.
    pub entry: &'static str,
}

pub(super) static SSH_ALGORITHMS: &[SshAlgorithm] = &[];

pub(super) fn lookup(name: &str) -> Option<&'static SshAlgorithm> {
    SSH_ALGORITHMS.iter().find(|a| a.name == name)
}
