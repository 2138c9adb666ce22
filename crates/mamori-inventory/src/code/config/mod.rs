//! Configuration formats: one parser per format, each turning directives into findings.
//!
//! Every parser reads the file as written, never follows includes, skips comments the way the
//! program that reads the file does, and reports only what a directive names or enables: a
//! protocol version, an algorithm, a group. OpenSSL cipher strings are evaluated by
//! [`cipher_string`] into the suites they enable, and each distinct part of those suites (key
//! exchange, authentication, cipher, MAC) is one finding of the directive.
//!
//! Rule identifiers (the symbol carries the directive as written):
//! - `nginx.ssl-protocols`, `nginx.ssl-ciphers`, `nginx.ssl-ecdh-curve`, `nginx.ssl-conf-command`
//!   (`ssl_*` and the `proxy_`/`grpc_`/`uwsgi_` variants);
//! - `apache.ssl-protocol`, `apache.ssl-cipher-suite`, `apache.ssl-openssl-conf-cmd`;
//! - `openssl-cnf.cipher-string`, `openssl-cnf.ciphersuites`, `openssl-cnf.protocol`,
//!   `openssl-cnf.groups`, `openssl-cnf.signature-algorithms`, `openssl-cnf.default-md`,
//!   `openssl-cnf.default-bits`;
//! - `sshd.*` / `ssh.*`: `kex-algorithms`, `ciphers`, `macs`, `host-key-algorithms`,
//!   `pubkey-accepted-algorithms`, `ca-signature-algorithms`, `hostbased-algorithms`,
//!   `protocol`, `required-rsa-size`, `fingerprint-hash`;
//! - `java-security.tls-disabled-algorithms`, `java-security.certpath-disabled-algorithms`,
//!   `java-security.jar-disabled-algorithms`, `java-security.tls-protocols`,
//!   `java-security.named-groups`, `java-security.keystore`;
//! - `postfix.tls-protocols`, `postfix.tls-ciphers`, `postfix.tls-cipherlist`,
//!   `postfix.tls-curves`, `postfix.tls-fingerprint-digest`;
//! - `dovecot.ssl-protocols`, `dovecot.ssl-cipher-list`, `dovecot.ssl-cipher-suites`,
//!   `dovecot.ssl-curve-list`, `dovecot.ssl-dh-parameters-length`.
//!
//! Key exchange and authentication parts of suites (`ECDHE`, `RSA`...) carry no size in a
//! configuration file; they resolve through the catalogue without one, which ranks them as the
//! catalogue ranks any unsized public-key algorithm.
//!
//! Limits: lines longer than [`MAX_LINE_BYTES`] are skipped, at most [`MAX_DIRECTIVES`]
//! directives are read per file and at most [`MAX_FINDINGS`] findings are returned.

pub mod cipher_string;

mod apache;
mod detect;
mod dovecot;
mod java_security;
mod nginx;
mod openssl_cnf;
mod postfix;
mod ssh;
mod text;
mod tls;

pub(crate) use tls::{cipher_string_choices, suite_choices};

use mamori_model::{
    Algorithm, CodeFinding, CodeFindingKind, Language, Location, ProtocolVersion, Weakness,
};

/// Longest line read; longer lines are skipped.
pub const MAX_LINE_BYTES: usize = 64 * 1024;
/// Most directives read from one file.
pub const MAX_DIRECTIVES: usize = 50_000;
/// Most findings returned for one file.
pub const MAX_FINDINGS: usize = 10_000;
/// Longest evidence string, in characters.
const MAX_EVIDENCE_CHARS: usize = 160;

/// The configuration format of a file, from its name and, where names are not telling, content.
pub fn detect(path: &str, data: &[u8]) -> Option<Language> {
    detect::detect(path, data)
}

/// Findings in a configuration file of format `language`.
pub fn scan(language: Language, data: &[u8]) -> Vec<CodeFinding> {
    let mut out = Emitter::new(language);
    match language {
        Language::Nginx => nginx::scan(data, &mut out),
        Language::Apache => apache::scan(data, &mut out),
        Language::OpensslCnf => openssl_cnf::scan(data, &mut out),
        Language::SshdConfig => ssh::scan(data, "sshd", &mut out),
        Language::SshConfig => ssh::scan(data, "ssh", &mut out),
        Language::JavaSecurity => java_security::scan(data, &mut out),
        Language::Postfix => postfix::scan(data, &mut out),
        Language::Dovecot => dovecot::scan(data, &mut out),
        _ => {}
    }
    out.finish()
}

/// Where a directive is and how it reads.
#[derive(Debug, Clone)]
pub(crate) struct Directive {
    /// The directive name as written.
    pub symbol: String,
    /// 1-based line and byte column of the name.
    pub line: u32,
    pub column: u32,
    /// The directive's text, trimmed to one line.
    pub evidence: String,
}

impl Directive {
    pub fn new(symbol: &str, line: u32, column: u32, text: &str) -> Directive {
        Directive {
            symbol: symbol.to_string(),
            line,
            column,
            evidence: evidence(text),
        }
    }
}

/// The text trimmed and cut to [`MAX_EVIDENCE_CHARS`] characters.
pub(crate) fn evidence(text: &str) -> String {
    let trimmed = text.trim();
    match trimmed.char_indices().nth(MAX_EVIDENCE_CHARS) {
        Some((cut, _)) => trimmed[..cut].trim_end().to_string(),
        None => trimmed.to_string(),
    }
}

/// An algorithm a directive selects, with the weaknesses of that choice.
#[derive(Debug, Clone)]
pub(crate) struct Choice {
    pub algorithm: Algorithm,
    pub weaknesses: Vec<Weakness>,
}

impl Choice {
    pub fn new(algorithm: Algorithm) -> Choice {
        Choice {
            algorithm,
            weaknesses: Vec::new(),
        }
    }

    pub fn weak(algorithm: Algorithm, weakness: Weakness) -> Choice {
        Choice {
            algorithm,
            weaknesses: vec![weakness],
        }
    }
}

/// Collects the findings of one file.
#[derive(Debug)]
pub(crate) struct Emitter {
    language: Language,
    findings: Vec<CodeFinding>,
    directives: usize,
}

impl Emitter {
    fn new(language: Language) -> Emitter {
        Emitter {
            language,
            findings: Vec::new(),
            directives: 0,
        }
    }

    /// Count one directive; `false` once the file has had its share.
    pub fn directive_budget(&mut self) -> bool {
        self.directives += 1;
        self.directives <= MAX_DIRECTIVES && self.findings.len() < MAX_FINDINGS
    }

    fn push(&mut self, finding: CodeFinding) {
        if self.findings.len() < MAX_FINDINGS {
            self.findings.push(finding);
        }
    }

    fn base(&self, d: &Directive, rule: &str, kind: CodeFindingKind) -> CodeFinding {
        CodeFinding {
            rule: rule.to_string(),
            language: self.language,
            location: Location {
                path: String::new(),
                index: None,
                line: Some(d.line),
                alias: None,
            },
            column: d.column,
            symbol: d.symbol.clone(),
            kind,
            algorithm: None,
            mode: None,
            padding: None,
            protocol: None,
            material: None,
            weaknesses: Vec::new(),
            evidence: d.evidence.clone(),
            status: None,
        }
    }

    /// One finding per distinct algorithm among `choices`, in order of first appearance.
    pub fn algorithms(&mut self, d: &Directive, rule: &str, choices: Vec<Choice>) {
        let mut seen: Vec<String> = Vec::new();
        for choice in choices {
            if seen.contains(&choice.algorithm.name) {
                continue;
            }
            seen.push(choice.algorithm.name.clone());
            let mut f = self.base(d, rule, CodeFindingKind::Algorithm);
            f.algorithm = Some(choice.algorithm);
            f.weaknesses = choice.weaknesses;
            self.push(f);
        }
    }

    /// One finding per distinct protocol version; deprecated versions carry the weakness.
    pub fn protocols(&mut self, d: &Directive, rule: &str, versions: Vec<ProtocolVersion>) {
        let mut seen: Vec<ProtocolVersion> = Vec::new();
        for pv in versions {
            if seen.contains(&pv) {
                continue;
            }
            seen.push(pv.clone());
            let mut f = self.base(d, rule, CodeFindingKind::Protocol);
            f.weaknesses = tls::protocol_weaknesses(&pv);
            f.protocol = Some(pv);
            self.push(f);
        }
    }

    fn finish(mut self) -> Vec<CodeFinding> {
        let year = u16::try_from(time::OffsetDateTime::now_utc().year()).unwrap_or(u16::MAX);
        for f in &mut self.findings {
            f.compute_status(year);
        }
        self.findings
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Hostile and truncated inputs: every format must return without panicking.
    #[test]
    fn hostile_inputs_never_panic() {
        let mut inputs: Vec<Vec<u8>> = [
            &b""[..],
            b"\\",
            b"\"",
            b"'",
            b"{{{{;;;}}}}",
            b"ssl_ciphers \"HIGH:!aNULL",
            b"ssl_ciphers +;ssl_ciphers !;ssl_ciphers A+;ssl_ciphers @;ssl_ciphers (x);",
            b"ssl_protocols\n",
            b"SSLProtocol +\nSSLCipherSuite TLSv1.3\nSSLCipherSuite \\",
            b"[\n[]\nMinProtocol=\nMaxProtocol\nCipherString=@SECLEVEL=\ndefault_bits=99999999999\n",
            b"Ciphers +\nMACs -\nProtocol\nRequiredRSASize x\nKexAlgorithms=,,,\n",
            "jdk.tls.disabledAlgorithms=\\\n\\u12\\\u{e9}=x, DH keySize <, RSA keySize < 99999999999\n"
                .as_bytes(),
            "k\\\u{e9}\u{e9}=v\n\\\u{1F600}:x".as_bytes(),
            b"-o\n  -o {\n  -o{\nsmtpd_tls_protocols = >=\nsmtpd_tls_ciphers = high\ntls_high_cipherlist =\n",
            b"ssl_min_protocol =\nssl_dh_parameters_length = -1\n#\n=\n",
            b"\xff\xfe\x00\x01ssl_protocols \xff;\r\n",
        ]
        .iter()
        .map(|b| b.to_vec())
        .collect();
        inputs.push(vec![b'x'; MAX_LINE_BYTES + 10]);
        let mut long = b"ssl_ciphers ".to_vec();
        long.extend(std::iter::repeat_n(b'A', 20_000));
        long.push(b';');
        inputs.push(long);
        for lang in Language::ALL.into_iter().filter(|l| l.is_config()) {
            for input in &inputs {
                let _ = scan(lang, input);
                let _ = detect("conf.d/x.conf", input);
            }
        }
    }

    #[test]
    fn findings_carry_location_status_and_evidence() {
        let f = scan(Language::Nginx, b"  ssl_protocols TLSv1 TLSv1.2;   # x\n");
        assert_eq!(f.len(), 2);
        assert_eq!(f[0].location.line, Some(1));
        assert_eq!(f[0].location.path, "");
        assert_eq!(f[0].column, 3);
        assert_eq!(f[0].evidence, "ssl_protocols TLSv1 TLSv1.2;   # x");
        assert_eq!(f[0].status, Some(mamori_model::Status::Broken));
        assert_eq!(f[1].status, None, "TLS 1.2 alone ranks nothing");
        let long = format!("ssl_ciphers {};", "A".repeat(400));
        let f = scan(Language::Nginx, long.as_bytes());
        assert!(f.is_empty());
        assert!(evidence(&long).chars().count() <= MAX_EVIDENCE_CHARS);
    }
}
