//! SSH algorithm names (IANA SSH parameters, OpenSSH extensions).
//!
//! Names come from the IANA "Secure Shell (SSH) Protocol Parameters" registry (key exchange
//! method, public key algorithm, encryption algorithm and MAC algorithm names), OpenSSH's
//! `@openssh.com` names, libssh's `curve25519-sha256@libssh.org`, TinySSH's
//! `sntrup4591761x25519-sha512@tinyssh.org`, the SSH.com Tectia `@ssh.com` names and the
//! ML-DSA names of draft-sfluhrer-ssh-mldsa (`ssh-mldsa-65`) and draft-rpe-ssh-mldsa
//! (`ssh-mldsa65`).
//!
//! What each name maps to:
//! - Key exchange: the group or hybrid it uses. `diffie-hellman-groupN-*` map to the fixed MODP
//!   group (`modp1024` for group1 is broken); `diffie-hellman-group-exchange-*` map to `DH`,
//!   whose strength follows the prime the server sends (`Entry::resolve` with its size).
//! - Host key (public key) algorithms: the signature scheme on the wire, because that is what a
//!   KEXINIT negotiates: `ssh-rsa` is SHA-1 RSA (`SHA1withRSA`, broken), `rsa-sha2-256` is
//!   `SHA256withRSA`, `ssh-dss` is `SHA1withDSA`, `ecdsa-sha2-nistp384` is `SHA384withECDSA`.
//!   A key blob found in a file resolves its key through `by_name("RSA")`, `curve("nistp256")`
//!   and so on instead; its blob name says nothing about the signature hash.
//! - Ciphers and MACs: the cipher/MAC entry (`-etm@openssh.com` and truncated `-96` variants map
//!   to the same MAC).
//! - Compression (`zlib`, `zlib@openssh.com`): not cryptography; the entries carry the maximum
//!   strength so that they never rank a server.
//!
//! Deliberately absent, because a lookup by name alone cannot answer them correctly:
//! - `none`, which names the null cipher, the null MAC and no compression alike. Resolve it by
//!   position in KEXINIT: cipher `none` → `by_name("NULL")`, MAC `none` → `by_name("NULL-MAC")`,
//!   compression `none` → nothing to assess.
//! - The extension markers `ext-info-c`, `ext-info-s` (RFC 8308) and
//!   `kex-strict-{c,s}-v00@openssh.com` (the Terrapin countermeasure): they sit in the key
//!   exchange list but are not key exchange methods. A parser should skip them; an unknown
//!   name is never evidence of weakness.
//! - GSS-API key exchange (`gss-group14-sha256-<mechanism hash>`, RFC 4462/8732), whose names
//!   end in a per-mechanism suffix.

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

use SshAlgorithmKind::{Cipher, Compression, HostKey, Kex, Mac};

const fn a(name: &'static str, kind: SshAlgorithmKind, entry: &'static str) -> SshAlgorithm {
    SshAlgorithm { name, kind, entry }
}

pub(super) static SSH_ALGORITHMS: &[SshAlgorithm] = &[
    // ---- Key exchange ------------------------------------------------------------------
    // RFC 4253 / RFC 8268: Oakley group 2 (1024-bit) and RFC 3526 MODP groups.
    a("diffie-hellman-group1-sha1", Kex, "modp1024"),
    a("diffie-hellman-group14-sha1", Kex, "modp2048"),
    a("diffie-hellman-group14-sha256", Kex, "modp2048"),
    a("diffie-hellman-group15-sha512", Kex, "modp3072"),
    a("diffie-hellman-group16-sha512", Kex, "modp4096"),
    a("diffie-hellman-group17-sha512", Kex, "modp6144"),
    a("diffie-hellman-group18-sha512", Kex, "modp8192"),
    // RFC 4419: the server chooses the group.
    a("diffie-hellman-group-exchange-sha1", Kex, "DH"),
    a("diffie-hellman-group-exchange-sha256", Kex, "DH"),
    // SSH.com Tectia variants.
    a("diffie-hellman-group14-sha224@ssh.com", Kex, "modp2048"),
    a("diffie-hellman-group14-sha256@ssh.com", Kex, "modp2048"),
    a("diffie-hellman-group15-sha256@ssh.com", Kex, "modp3072"),
    a("diffie-hellman-group15-sha384@ssh.com", Kex, "modp3072"),
    a("diffie-hellman-group16-sha384@ssh.com", Kex, "modp4096"),
    a("diffie-hellman-group16-sha512@ssh.com", Kex, "modp4096"),
    a("diffie-hellman-group18-sha512@ssh.com", Kex, "modp8192"),
    a("diffie-hellman-group-exchange-sha224@ssh.com", Kex, "DH"),
    a("diffie-hellman-group-exchange-sha384@ssh.com", Kex, "DH"),
    a("diffie-hellman-group-exchange-sha512@ssh.com", Kex, "DH"),
    // RFC 4432: RSA key transport.
    a("rsa1024-sha1", Kex, "rsa1024-sha1"),
    a("rsa2048-sha256", Kex, "rsa2048-sha256"),
    // RFC 5656 §10: the three required curves by name, the recommended ones by OID.
    a("ecdh-sha2-nistp256", Kex, "ECDH-P-256"),
    a("ecdh-sha2-nistp384", Kex, "ECDH-P-384"),
    a("ecdh-sha2-nistp521", Kex, "ECDH-P-521"),
    a("ecdh-sha2-1.3.132.0.1", Kex, "ECDH-K-163"),
    a("ecdh-sha2-1.2.840.10045.3.1.1", Kex, "ECDH-P-192"),
    a("ecdh-sha2-1.3.132.0.33", Kex, "ECDH-P-224"),
    a("ecdh-sha2-1.3.132.0.26", Kex, "ECDH-K-233"),
    a("ecdh-sha2-1.3.132.0.27", Kex, "ECDH-B-233"),
    a("ecdh-sha2-1.3.132.0.16", Kex, "ECDH-K-283"),
    a("ecdh-sha2-1.3.132.0.36", Kex, "ECDH-K-409"),
    a("ecdh-sha2-1.3.132.0.37", Kex, "ECDH-B-409"),
    a("ecdh-sha2-1.3.132.0.38", Kex, "ECDH-K-571"),
    a("ecmqv-sha2", Kex, "ECMQV"),
    // RFC 8731.
    a("curve25519-sha256", Kex, "X25519"),
    a("curve25519-sha256@libssh.org", Kex, "X25519"),
    a("curve448-sha512", Kex, "X448"),
    // draft-ietf-sshm-ntruprime-ssh and OpenSSH 9.0+.
    a("sntrup761x25519-sha512", Kex, "sntrup761x25519-sha512"),
    a(
        "sntrup761x25519-sha512@openssh.com",
        Kex,
        "sntrup761x25519-sha512",
    ),
    a(
        "sntrup4591761x25519-sha512@tinyssh.org",
        Kex,
        "sntrup4591761x25519-sha512",
    ),
    // draft-ietf-sshm-mlkem-hybrid-kex (OpenSSH 9.9+ offers the first).
    a("mlkem768x25519-sha256", Kex, "mlkem768x25519-sha256"),
    a("mlkem768nistp256-sha256", Kex, "mlkem768nistp256-sha256"),
    a("mlkem1024nistp384-sha384", Kex, "mlkem1024nistp384-sha384"),
    // ---- Host key / public key algorithms ----------------------------------------------
    // RFC 4253 ssh-rsa signs with SHA-1; RFC 8332 rsa-sha2-*.
    a("ssh-rsa", HostKey, "SHA1withRSA"),
    a("rsa-sha2-256", HostKey, "SHA256withRSA"),
    a("rsa-sha2-512", HostKey, "SHA512withRSA"),
    a("ssh-rsa-sha224@ssh.com", HostKey, "SHA224withRSA"),
    a("ssh-rsa-sha256@ssh.com", HostKey, "SHA256withRSA"),
    a("ssh-rsa-sha384@ssh.com", HostKey, "SHA384withRSA"),
    a("ssh-rsa-sha512@ssh.com", HostKey, "SHA512withRSA"),
    // RFC 4253 ssh-dss: DSA with SHA-1 (and 1024-bit keys in practice).
    a("ssh-dss", HostKey, "SHA1withDSA"),
    // RFC 5656.
    a("ecdsa-sha2-nistp256", HostKey, "SHA256withECDSA"),
    a("ecdsa-sha2-nistp384", HostKey, "SHA384withECDSA"),
    a("ecdsa-sha2-nistp521", HostKey, "SHA512withECDSA"),
    // RFC 8709.
    a("ssh-ed25519", HostKey, "Ed25519"),
    a("ssh-ed448", HostKey, "Ed448"),
    // OpenSSH FIDO/U2F security keys.
    a(
        "sk-ecdsa-sha2-nistp256@openssh.com",
        HostKey,
        "SHA256withECDSA",
    ),
    a("sk-ssh-ed25519@openssh.com", HostKey, "Ed25519"),
    // OpenSSH certificates (PROTOCOL.certkeys): the signature of the certified key type.
    a("ssh-rsa-cert-v01@openssh.com", HostKey, "SHA1withRSA"),
    a("ssh-rsa-cert-v00@openssh.com", HostKey, "SHA1withRSA"),
    a(
        "rsa-sha2-256-cert-v01@openssh.com",
        HostKey,
        "SHA256withRSA",
    ),
    a(
        "rsa-sha2-512-cert-v01@openssh.com",
        HostKey,
        "SHA512withRSA",
    ),
    a("ssh-dss-cert-v01@openssh.com", HostKey, "SHA1withDSA"),
    a("ssh-dss-cert-v00@openssh.com", HostKey, "SHA1withDSA"),
    a(
        "ecdsa-sha2-nistp256-cert-v01@openssh.com",
        HostKey,
        "SHA256withECDSA",
    ),
    a(
        "ecdsa-sha2-nistp384-cert-v01@openssh.com",
        HostKey,
        "SHA384withECDSA",
    ),
    a(
        "ecdsa-sha2-nistp521-cert-v01@openssh.com",
        HostKey,
        "SHA512withECDSA",
    ),
    a("ssh-ed25519-cert-v01@openssh.com", HostKey, "Ed25519"),
    a(
        "sk-ecdsa-sha2-nistp256-cert-v01@openssh.com",
        HostKey,
        "SHA256withECDSA",
    ),
    a("sk-ssh-ed25519-cert-v01@openssh.com", HostKey, "Ed25519"),
    // OpenSSH's experimental XMSS keys.
    a("ssh-xmss@openssh.com", HostKey, "XMSS"),
    a("ssh-xmss-cert-v01@openssh.com", HostKey, "XMSS"),
    // RFC 6187 X.509v3 host keys, and the SSH.com names that preceded it.
    a("x509v3-ssh-rsa", HostKey, "SHA1withRSA"),
    a("x509v3-ssh-dss", HostKey, "SHA1withDSA"),
    a("x509v3-rsa2048-sha256", HostKey, "SHA256withRSA"),
    a("x509v3-ecdsa-sha2-nistp256", HostKey, "SHA256withECDSA"),
    a("x509v3-ecdsa-sha2-nistp384", HostKey, "SHA384withECDSA"),
    a("x509v3-ecdsa-sha2-nistp521", HostKey, "SHA512withECDSA"),
    a("x509v3-sign-rsa", HostKey, "SHA1withRSA"),
    a("x509v3-sign-dss", HostKey, "SHA1withDSA"),
    // ML-DSA: draft-sfluhrer-ssh-mldsa and draft-rpe-ssh-mldsa spell the names differently.
    a("ssh-mldsa-44", HostKey, "ML-DSA-44"),
    a("ssh-mldsa-65", HostKey, "ML-DSA-65"),
    a("ssh-mldsa-87", HostKey, "ML-DSA-87"),
    a("ssh-mldsa44", HostKey, "ML-DSA-44"),
    a("ssh-mldsa65", HostKey, "ML-DSA-65"),
    a("ssh-mldsa87", HostKey, "ML-DSA-87"),
    // ---- Ciphers ------------------------------------------------------------------------
    // RFC 4344 CTR and RFC 4253 CBC modes.
    a("aes128-ctr", Cipher, "AES-128-CTR"),
    a("aes192-ctr", Cipher, "AES-192-CTR"),
    a("aes256-ctr", Cipher, "AES-256-CTR"),
    a("aes128-cbc", Cipher, "AES-128-CBC"),
    a("aes192-cbc", Cipher, "AES-192-CBC"),
    a("aes256-cbc", Cipher, "AES-256-CBC"),
    a("rijndael-cbc@lysator.liu.se", Cipher, "AES-256-CBC"),
    // OpenSSH and RFC 5647 AES-GCM (the AEAD_* names serve as cipher and MAC at once).
    a("aes128-gcm@openssh.com", Cipher, "AES-128-GCM"),
    a("aes256-gcm@openssh.com", Cipher, "AES-256-GCM"),
    a("AEAD_AES_128_GCM", Cipher, "AES-128-GCM"),
    a("AEAD_AES_256_GCM", Cipher, "AES-256-GCM"),
    a("chacha20-poly1305@openssh.com", Cipher, "ChaCha20-Poly1305"),
    a("chacha20-poly1305", Cipher, "ChaCha20-Poly1305"),
    // Legacy ciphers of RFC 4253 / RFC 4344 / RFC 4345.
    a("3des-cbc", Cipher, "DES-EDE3-CBC"),
    a("3des-ctr", Cipher, "3DES"),
    a("des-cbc", Cipher, "DES-CBC"),
    a("des-cbc@ssh.com", Cipher, "DES-CBC"),
    a("blowfish-cbc", Cipher, "Blowfish-CBC"),
    a("blowfish-ctr", Cipher, "Blowfish"),
    a("idea-cbc", Cipher, "IDEA-CBC"),
    a("idea-ctr", Cipher, "IDEA"),
    a("cast128-cbc", Cipher, "CAST5-CBC"),
    a("cast128-ctr", Cipher, "CAST5-CBC"),
    a("arcfour", Cipher, "RC4-128"),
    a("arcfour128", Cipher, "RC4-128"),
    a("arcfour256", Cipher, "RC4-256"),
    a("twofish-cbc", Cipher, "Twofish-256"),
    a("twofish128-cbc", Cipher, "Twofish-128"),
    a("twofish192-cbc", Cipher, "Twofish-192"),
    a("twofish256-cbc", Cipher, "Twofish-256"),
    a("twofish128-ctr", Cipher, "Twofish-128"),
    a("twofish192-ctr", Cipher, "Twofish-192"),
    a("twofish256-ctr", Cipher, "Twofish-256"),
    a("serpent128-cbc", Cipher, "Serpent-128"),
    a("serpent192-cbc", Cipher, "Serpent-192"),
    a("serpent256-cbc", Cipher, "Serpent-256"),
    a("serpent128-ctr", Cipher, "Serpent-128"),
    a("serpent192-ctr", Cipher, "Serpent-192"),
    a("serpent256-ctr", Cipher, "Serpent-256"),
    // ---- MACs ---------------------------------------------------------------------------
    a("hmac-sha1", Mac, "HMAC-SHA1"),
    a("hmac-sha1-96", Mac, "HMAC-SHA1"),
    a("hmac-sha1-etm@openssh.com", Mac, "HMAC-SHA1"),
    a("hmac-sha1-96-etm@openssh.com", Mac, "HMAC-SHA1"),
    a("hmac-md5", Mac, "HMAC-MD5"),
    a("hmac-md5-96", Mac, "HMAC-MD5"),
    a("hmac-md5-etm@openssh.com", Mac, "HMAC-MD5"),
    a("hmac-md5-96-etm@openssh.com", Mac, "HMAC-MD5"),
    // RFC 6668.
    a("hmac-sha2-256", Mac, "HMAC-SHA256"),
    a("hmac-sha2-512", Mac, "HMAC-SHA512"),
    a("hmac-sha2-256-etm@openssh.com", Mac, "HMAC-SHA256"),
    a("hmac-sha2-512-etm@openssh.com", Mac, "HMAC-SHA512"),
    a("hmac-sha2-256-96", Mac, "HMAC-SHA256"),
    a("hmac-sha2-512-96", Mac, "HMAC-SHA512"),
    a("hmac-sha224@ssh.com", Mac, "HMAC-SHA224"),
    a("hmac-sha256@ssh.com", Mac, "HMAC-SHA256"),
    a("hmac-sha384@ssh.com", Mac, "HMAC-SHA384"),
    a("hmac-sha512@ssh.com", Mac, "HMAC-SHA512"),
    a("umac-64@openssh.com", Mac, "UMAC-64"),
    a("umac-64-etm@openssh.com", Mac, "UMAC-64"),
    a("umac-128@openssh.com", Mac, "UMAC-128"),
    a("umac-128-etm@openssh.com", Mac, "UMAC-128"),
    a("hmac-ripemd160", Mac, "HMAC-RIPEMD160"),
    a("hmac-ripemd160@openssh.com", Mac, "HMAC-RIPEMD160"),
    a("hmac-ripemd160-etm@openssh.com", Mac, "HMAC-RIPEMD160"),
    // ---- Compression --------------------------------------------------------------------
    a("zlib", Compression, "zlib"),
    a("zlib@openssh.com", Compression, "zlib"),
];

pub(super) fn lookup(name: &str) -> Option<&'static SshAlgorithm> {
    SSH_ALGORITHMS.iter().find(|a| a.name == name)
}
