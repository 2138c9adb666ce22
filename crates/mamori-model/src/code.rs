//! A use of cryptography found in source code or in a configuration file: an algorithm chosen
//! through an API or a directive, a protocol version enabled, or key material written into the
//! text itself.

use serde::{Deserialize, Serialize};

use crate::algorithm::Algorithm;
use crate::asset::Location;
use crate::status::Status;

/// The language or configuration format a file is read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Language {
    Java,
    Kotlin,
    Python,
    Go,
    C,
    Cpp,
    JavaScript,
    TypeScript,
    Rust,
    CSharp,
    /// nginx `ssl_*` directives.
    Nginx,
    /// Apache httpd `SSL*` directives (mod_ssl).
    Apache,
    /// OpenSSL configuration (`openssl.cnf`, `CipherString`, `MinProtocol`...).
    OpensslCnf,
    /// OpenSSH `sshd_config`.
    SshdConfig,
    /// OpenSSH `ssh_config`.
    SshConfig,
    /// Java `java.security` (`jdk.tls.disabledAlgorithms` and friends).
    JavaSecurity,
    /// Postfix `main.cf` / `master.cf`.
    Postfix,
    /// Dovecot `dovecot.conf` and `conf.d/*.conf`.
    Dovecot,
}

impl Language {
    pub const ALL: [Language; 18] = [
        Language::Java,
        Language::Kotlin,
        Language::Python,
        Language::Go,
        Language::C,
        Language::Cpp,
        Language::JavaScript,
        Language::TypeScript,
        Language::Rust,
        Language::CSharp,
        Language::Nginx,
        Language::Apache,
        Language::OpensslCnf,
        Language::SshdConfig,
        Language::SshConfig,
        Language::JavaSecurity,
        Language::Postfix,
        Language::Dovecot,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Language::Java => "java",
            Language::Kotlin => "kotlin",
            Language::Python => "python",
            Language::Go => "go",
            Language::C => "c",
            Language::Cpp => "cpp",
            Language::JavaScript => "javascript",
            Language::TypeScript => "typescript",
            Language::Rust => "rust",
            Language::CSharp => "csharp",
            Language::Nginx => "nginx",
            Language::Apache => "apache",
            Language::OpensslCnf => "openssl-cnf",
            Language::SshdConfig => "sshd-config",
            Language::SshConfig => "ssh-config",
            Language::JavaSecurity => "java-security",
            Language::Postfix => "postfix",
            Language::Dovecot => "dovecot",
        }
    }

    /// True for configuration formats, false for programming languages.
    pub fn is_config(self) -> bool {
        matches!(
            self,
            Language::Nginx
                | Language::Apache
                | Language::OpensslCnf
                | Language::SshdConfig
                | Language::SshConfig
                | Language::JavaSecurity
                | Language::Postfix
                | Language::Dovecot
        )
    }

    pub fn parse(s: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.as_str() == s)
    }
}

/// What a code finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CodeFindingKind {
    /// An algorithm chosen through an API call, a type or a directive.
    Algorithm,
    /// A protocol version enabled or required (`ssl_protocols TLSv1`, `tls.VersionTLS10`).
    Protocol,
    /// Key material, an IV, a salt or a password written into the text.
    Material,
}

/// Kinds of key material, in the CycloneDX 1.6 `relatedCryptoMaterialProperties.type`
/// vocabulary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MaterialKind {
    SecretKey,
    PrivateKey,
    InitializationVector,
    Nonce,
    Salt,
    Password,
}

impl MaterialKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MaterialKind::SecretKey => "secret-key",
            MaterialKind::PrivateKey => "private-key",
            MaterialKind::InitializationVector => "initialization-vector",
            MaterialKind::Nonce => "nonce",
            MaterialKind::Salt => "salt",
            MaterialKind::Password => "password",
        }
    }
}

/// A protocol and version, as a configuration or an API enables it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ProtocolVersion {
    /// `TLS`, `SSL`, `DTLS`, `SSH`.
    pub name: String,
    /// `1.0`, `1.2`, `3.0`, `2`.
    pub version: String,
}

impl ProtocolVersion {
    /// SSL 2/3 and TLS 1.0/1.1 are prohibited (RFC 6176, RFC 7568, RFC 8996); SSH 1 is broken.
    pub fn deprecated(&self) -> bool {
        match self.name.as_str() {
            "SSL" => true,
            "TLS" => matches!(self.version.as_str(), "1.0" | "1.1"),
            "DTLS" => self.version == "1.0",
            "SSH" => self.version.starts_with('1'),
            _ => false,
        }
    }
}

/// A weak choice the code or configuration makes, beyond the algorithm's own strength.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum WeaknessKind {
    /// ECB mode: equal plaintext blocks give equal ciphertext blocks.
    EcbMode,
    /// An IV or nonce that is a constant of the program.
    StaticIv,
    /// A key written into the source or configuration.
    HardcodedKey,
    /// A salt that is a constant of the program.
    StaticSalt,
    /// A password written into the source.
    HardcodedPassword,
    /// MD5 or SHA-1 used for a signature, certificate or MAC-less integrity.
    WeakHashSignature,
    /// MD5, SHA-1 or a plain hash used to store or derive from passwords.
    WeakHashPassword,
    /// RSA, DSA or DH below 2048 bits.
    ShortKey,
    /// RSA PKCS#1 v1.5 encryption (Bleichenbacher padding oracles).
    Pkcs1v15Encryption,
    /// A PBKDF iteration count far below current guidance.
    LowIterationCount,
    /// A deprecated protocol version enabled (SSLv3, TLS 1.0/1.1).
    DeprecatedProtocol,
    /// A cipher suite or cipher-string element that enables broken ciphers (NULL, EXPORT, RC4,
    /// DES, 3DES, anonymous key exchange, MD5 MACs).
    WeakCipherSuite,
    /// Certificate or host-name verification turned off.
    VerificationDisabled,
}

impl WeaknessKind {
    pub fn as_str(self) -> &'static str {
        match self {
            WeaknessKind::EcbMode => "ecb-mode",
            WeaknessKind::StaticIv => "static-iv",
            WeaknessKind::HardcodedKey => "hardcoded-key",
            WeaknessKind::StaticSalt => "static-salt",
            WeaknessKind::HardcodedPassword => "hardcoded-password",
            WeaknessKind::WeakHashSignature => "weak-hash-signature",
            WeaknessKind::WeakHashPassword => "weak-hash-password",
            WeaknessKind::ShortKey => "short-key",
            WeaknessKind::Pkcs1v15Encryption => "pkcs1v15-encryption",
            WeaknessKind::LowIterationCount => "low-iteration-count",
            WeaknessKind::DeprecatedProtocol => "deprecated-protocol",
            WeaknessKind::WeakCipherSuite => "weak-cipher-suite",
            WeaknessKind::VerificationDisabled => "verification-disabled",
        }
    }

    /// The CWE that describes the weakness, for SARIF taxa and for readers.
    pub fn cwe(self) -> u32 {
        match self {
            WeaknessKind::EcbMode => 327,
            WeaknessKind::StaticIv => 329,
            WeaknessKind::HardcodedKey => 321,
            WeaknessKind::StaticSalt => 760,
            WeaknessKind::HardcodedPassword => 259,
            WeaknessKind::WeakHashSignature => 328,
            WeaknessKind::WeakHashPassword => 916,
            WeaknessKind::ShortKey => 326,
            WeaknessKind::Pkcs1v15Encryption => 780,
            WeaknessKind::LowIterationCount => 916,
            WeaknessKind::DeprecatedProtocol => 327,
            WeaknessKind::WeakCipherSuite => 327,
            WeaknessKind::VerificationDisabled => 295,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Weakness {
    pub kind: WeaknessKind,
    /// One sentence for the reader: what is wrong here and what to use instead.
    pub message: String,
}

impl Weakness {
    pub fn new(kind: WeaknessKind, message: impl Into<String>) -> Weakness {
        Weakness {
            kind,
            message: message.into(),
        }
    }
}

/// One use of cryptography in a source or configuration file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CodeFinding {
    /// Rule identifier, stable across releases: `java.jca.cipher`, `nginx.ssl-protocols`.
    pub rule: String,
    pub language: Language,
    /// File (relative to the scanned root) and 1-based line.
    pub location: Location,
    /// 1-based column (in bytes) of the symbol.
    pub column: u32,
    /// The API, type or directive as written: `Cipher.getInstance`, `hashlib.md5`,
    /// `ssl_protocols`.
    pub symbol: String,
    pub kind: CodeFindingKind,
    /// Set for [`CodeFindingKind::Algorithm`], and for material when the algorithm it keys is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub algorithm: Option<Algorithm>,
    /// Block-cipher mode where the code gives one (`CBC`, `GCM`, `ECB`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
    /// Padding where the code gives one (`PKCS5`, `OAEP`, `PKCS1v15`, `PSS`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub padding: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub protocol: Option<ProtocolVersion>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub material: Option<MaterialKind>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub weaknesses: Vec<Weakness>,
    /// The source text of the match, trimmed to one line.
    pub evidence: String,
    /// Worst of the algorithm's status in the scan year and `broken` for any weakness; a
    /// public-key algorithm whose size the text does not give is `quantum-vulnerable`.
    pub status: Option<Status>,
}

impl CodeFinding {
    /// Recompute `status` as of `year`.
    pub fn compute_status(&mut self, year: u16) {
        // A public-key algorithm named without its size (`KeyPairGenerator.getInstance("RSA")`,
        // `ECDHE` in a cipher string) is sized at run time: what the text proves is that
        // Shor's algorithm breaks it, not that it is below 112 bits.
        let alg = self.algorithm.as_ref().map(|a| {
            let unsized_asymmetric = a.classical_bits == 0
                && a.key_size.is_none()
                && a.curve.is_none()
                && a.broken_reason.is_none()
                && a.family.shor_vulnerable();
            if unsized_asymmetric {
                if year > crate::status::QUANTUM_DISALLOWED_AFTER {
                    Status::Broken
                } else {
                    Status::QuantumVulnerable
                }
            } else {
                a.status_in(year)
            }
        });
        let weak = (!self.weaknesses.is_empty()).then_some(Status::Broken);
        let proto = self
            .protocol
            .as_ref()
            .filter(|p| p.deprecated())
            .map(|_| Status::Broken);
        self.status = alg.max(weak).max(proto);
    }

    /// What the finding is, in a few words: the algorithm name, `TLS 1.0`, `secret-key`.
    pub fn subject(&self) -> String {
        match (&self.algorithm, &self.protocol, self.material) {
            (_, _, Some(m)) => m.as_str().to_string(),
            (_, Some(p), None) => format!("{} {}", p.name, p.version),
            (Some(a), None, None) => a.name.clone(),
            (None, None, None) => self.symbol.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue;

    fn finding(alg: &str, size: Option<u32>) -> CodeFinding {
        let algorithm = catalogue::by_name(alg).map(|e| e.resolve(size));
        CodeFinding {
            rule: "t".into(),
            language: Language::Java,
            location: Location::file("x"),
            column: 1,
            symbol: "s".into(),
            kind: CodeFindingKind::Algorithm,
            algorithm,
            mode: None,
            padding: None,
            protocol: None,
            material: None,
            weaknesses: Vec::new(),
            evidence: String::new(),
            status: None,
        }
    }

    #[test]
    fn unsized_public_key_algorithms_are_quantum_vulnerable_not_broken() {
        let mut f = finding("RSA", None);
        f.compute_status(2026);
        assert_eq!(f.status, Some(Status::QuantumVulnerable));
        // After 2035 every quantum-vulnerable algorithm is disallowed.
        f.compute_status(2036);
        assert_eq!(f.status, Some(Status::Broken));
        let mut f = finding("RSA", Some(1024));
        f.compute_status(2026);
        assert_eq!(f.status, Some(Status::Broken));
        let mut f = finding("AES-128-GCM", None);
        f.compute_status(2026);
        assert_eq!(f.status, Some(Status::QuantumSafe));
        f.weaknesses
            .push(Weakness::new(WeaknessKind::StaticIv, "x"));
        f.compute_status(2026);
        assert_eq!(f.status, Some(Status::Broken));
    }

    #[test]
    fn deprecated_protocols() {
        let p = |n: &str, v: &str| ProtocolVersion {
            name: n.into(),
            version: v.into(),
        };
        assert!(p("TLS", "1.0").deprecated());
        assert!(p("SSL", "3.0").deprecated());
        assert!(!p("TLS", "1.2").deprecated());
        assert!(p("SSH", "1").deprecated());
    }
}
