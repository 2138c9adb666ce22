//! OpenSSH `sshd_config` and `ssh_config` (and their `*.d/*.conf` drop-ins).
//!
//! Algorithm lists (`KexAlgorithms`, `Ciphers`, `MACs`, `HostKeyAlgorithms`,
//! `PubkeyAcceptedAlgorithms`/`PubkeyAcceptedKeyTypes`, `CASignatureAlgorithms`,
//! `HostbasedAcceptedAlgorithms`/`HostbasedKeyTypes`), `Protocol`, `RequiredRSASize` and
//! `FingerprintHash`.
//! A list starting with `+` or `^` adds to OpenSSH's defaults: only the named algorithms are
//! reported; a list starting with `-` removes and reports nothing. `Match` and `Host` blocks are
//! read linearly. Keywords are case-insensitive; `Keyword=value` is accepted; `#` at the start
//! of a word ends the line.

use mamori_model::catalogue::{self, SshAlgorithmKind};
use mamori_model::{Primitive, Weakness, WeaknessKind};

use super::text;
use super::tls;
use super::{Choice, Directive, Emitter};

/// Rule suffix and the kind of algorithm a list holds.
fn list_kind(keyword: &str) -> Option<(&'static str, SshAlgorithmKind)> {
    Some(match keyword {
        "kexalgorithms" => ("kex-algorithms", SshAlgorithmKind::Kex),
        "ciphers" => ("ciphers", SshAlgorithmKind::Cipher),
        "macs" => ("macs", SshAlgorithmKind::Mac),
        "hostkeyalgorithms" => ("host-key-algorithms", SshAlgorithmKind::HostKey),
        "pubkeyacceptedalgorithms" | "pubkeyacceptedkeytypes" => {
            ("pubkey-accepted-algorithms", SshAlgorithmKind::HostKey)
        }
        "casignaturealgorithms" => ("ca-signature-algorithms", SshAlgorithmKind::HostKey),
        "hostbasedacceptedalgorithms"
        | "hostbasedacceptedkeytypes"
        | "hostbasedalgorithms"
        | "hostbasedkeytypes" => ("hostbased-algorithms", SshAlgorithmKind::HostKey),
        _ => return None,
    })
}

/// One algorithm name of a list of `kind`, with the weakness of choosing it.
fn algorithm(name: &str, kind: SshAlgorithmKind) -> Option<Choice> {
    let entry = if name == "none" {
        match kind {
            SshAlgorithmKind::Cipher => "NULL",
            SshAlgorithmKind::Mac => "NULL-MAC",
            _ => return None,
        }
    } else {
        let a = catalogue::ssh_algorithm(name)?;
        if a.kind != kind {
            return None;
        }
        a.entry
    };
    let alg = tls::entry(entry)?;
    let Some(why) = alg.broken_reason.clone() else {
        return Some(Choice::new(alg));
    };
    let weakness = match (kind, alg.primitive) {
        (SshAlgorithmKind::HostKey, _) | (_, Primitive::Signature) => Weakness::new(
            WeaknessKind::WeakHashSignature,
            format!("{name}: {why}; use rsa-sha2-512, ecdsa-sha2-* or ssh-ed25519"),
        ),
        (SshAlgorithmKind::Kex, _) => Weakness::new(
            WeaknessKind::ShortKey,
            format!("{name}: {why}; use curve25519-sha256 or mlkem768x25519-sha256"),
        ),
        _ => Weakness::new(
            WeaknessKind::WeakCipherSuite,
            format!("{name}: {why}; remove it from the list"),
        ),
    };
    Some(Choice::weak(alg, weakness))
}

pub(super) fn scan(data: &[u8], prefix: &str, out: &mut Emitter) {
    for line in text::lines(data) {
        let raw = line.text.as_ref();
        let trimmed = raw.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        // `Keyword value`, `Keyword=value`, `Keyword = value`.
        let start = text::indent(raw);
        let key_len = trimmed
            .find(|c: char| c.is_whitespace() || c == '=')
            .unwrap_or(trimmed.len());
        let keyword = &trimmed[..key_len];
        let mut rest = trimmed[key_len..].trim_start();
        if let Some(r) = rest.strip_prefix('=') {
            rest = r.trim_start();
        }
        let args = text::words(rest, true);
        if args.is_empty() {
            continue;
        }
        if !out.directive_budget() {
            return;
        }
        let d = Directive::new(keyword, line.number, text::column(start), raw);
        let lower = keyword.to_ascii_lowercase();
        if let Some((suffix, kind)) = list_kind(&lower) {
            let value = &args[0].text;
            let names = match value.as_bytes().first() {
                Some(b'-') => continue,
                Some(b'+' | b'^') => &value[1..],
                _ => value.as_str(),
            };
            let choices = names
                .split(',')
                .map(str::trim)
                .filter(|n| !n.contains(['*', '?', '!']))
                .filter_map(|n| algorithm(n, kind))
                .collect();
            out.algorithms(&d, &format!("{prefix}.{suffix}"), choices);
        } else if lower == "protocol" {
            let versions = args[0]
                .text
                .split(',')
                .filter_map(|v| match v.trim() {
                    "1" => Some(tls::pv("SSH", "1")),
                    "2" => Some(tls::pv("SSH", "2")),
                    _ => None,
                })
                .collect();
            out.protocols(&d, &format!("{prefix}.protocol"), versions);
        } else if lower == "fingerprinthash" {
            let Some(entry) =
                catalogue::api_name(&args[0].text).filter(|e| e.primitive == Primitive::Hash)
            else {
                continue;
            };
            let alg = entry.resolve(None);
            let choice = match tls::weak_signature(&alg) {
                Some(w) => Choice::weak(alg, w),
                None => Choice::new(alg),
            };
            out.algorithms(&d, &format!("{prefix}.fingerprint-hash"), vec![choice]);
        } else if lower == "requiredrsasize" {
            let Ok(bits) = args[0].text.parse::<u32>() else {
                continue;
            };
            let Some(rsa) = catalogue::by_name("RSA") else {
                continue;
            };
            let alg = rsa.resolve(Some(bits));
            let choice = match tls::short_key("RSA", bits) {
                Some(w) => Choice::weak(alg, w),
                None => Choice::new(alg),
            };
            out.algorithms(&d, &format!("{prefix}.required-rsa-size"), vec![choice]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::scan as scan_config;
    use mamori_model::Language;

    fn subjects(lang: Language, src: &str) -> Vec<(u32, String, Vec<&'static str>)> {
        scan_config(lang, src.as_bytes())
            .iter()
            .map(|f| {
                (
                    f.location.line.unwrap_or(0),
                    f.subject(),
                    f.weaknesses.iter().map(|w| w.kind.as_str()).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn lists_and_prefixes() {
        let got = subjects(
            Language::SshdConfig,
            "Ciphers aes256-gcm@openssh.com,3des-cbc\nMACs -hmac-md5\n#KexAlgorithms diffie-hellman-group1-sha1\nKexAlgorithms=+diffie-hellman-group1-sha1\nHostKeyAlgorithms ^ssh-rsa # legacy\n",
        );
        assert_eq!(
            got,
            [
                (1, "AES-256-GCM".to_string(), vec![]),
                (1, "DES-EDE3-CBC".to_string(), vec!["weak-cipher-suite"]),
                (4, "modp1024".to_string(), vec!["short-key"]),
                (5, "SHA1withRSA".to_string(), vec!["weak-hash-signature"])
            ]
        );
    }

    #[test]
    fn protocol_and_rsa_size() {
        let got = subjects(
            Language::SshConfig,
            "Host old\n  Protocol 2,1\n  RequiredRSASize 1024\n",
        );
        assert_eq!(
            got,
            [
                (2, "SSH 2".to_string(), vec![]),
                (2, "SSH 1".to_string(), vec!["deprecated-protocol"]),
                (3, "RSA-1024".to_string(), vec!["short-key"])
            ]
        );
        assert!(
            subjects(
                Language::SshdConfig,
                "# Protocol 1\nPasswordAuthentication no\n"
            )
            .is_empty()
        );
        let f = scan_config(Language::SshConfig, b"  MACs hmac-sha2-256\n");
        assert_eq!(f[0].rule, "ssh.macs");
        assert_eq!(f[0].column, 3);
    }
}
