//! TLS vocabulary shared by the formats: protocol names and ranges, cipher strings and suite
//! lists, groups, signature algorithms, and OpenSSL `SSL_CONF` commands.

use std::collections::HashMap;
use std::sync::LazyLock;

use mamori_model::catalogue::{self, TlsCipherSuite, TlsGroup, TlsSignatureScheme};
use mamori_model::{Algorithm, Primitive, ProtocolVersion, Weakness, WeaknessKind};

use super::{Choice, Directive, Emitter, cipher_string, text};

/// The TLS versions in order; SSL 2.0 sits below the ladder.
const LADDER: [(&str, &str); 5] = [
    ("SSL", "3.0"),
    ("TLS", "1.0"),
    ("TLS", "1.1"),
    ("TLS", "1.2"),
    ("TLS", "1.3"),
];
const DTLS_LADDER: [(&str, &str); 2] = [("DTLS", "1.0"), ("DTLS", "1.2")];

pub(crate) fn pv(name: &str, version: &str) -> ProtocolVersion {
    ProtocolVersion {
        name: name.to_string(),
        version: version.to_string(),
    }
}

/// `SSLv3`, `TLSv1`, `TLSv1.2`, `DTLSv1.2`... (ASCII case-insensitive).
pub(crate) fn protocol(name: &str) -> Option<ProtocolVersion> {
    let (n, v) = match name.to_ascii_lowercase().as_str() {
        "sslv2" => ("SSL", "2.0"),
        "sslv3" => ("SSL", "3.0"),
        "tlsv1" | "tlsv1.0" => ("TLS", "1.0"),
        "tlsv1.1" => ("TLS", "1.1"),
        "tlsv1.2" => ("TLS", "1.2"),
        "tlsv1.3" => ("TLS", "1.3"),
        "dtlsv1" | "dtlsv1.0" => ("DTLS", "1.0"),
        "dtlsv1.2" => ("DTLS", "1.2"),
        _ => return None,
    };
    Some(pv(n, v))
}

fn ladder(p: &ProtocolVersion) -> &'static [(&'static str, &'static str)] {
    if p.name == "DTLS" {
        &DTLS_LADDER
    } else {
        &LADDER
    }
}

fn position(p: &ProtocolVersion) -> Option<usize> {
    ladder(p)
        .iter()
        .position(|(n, v)| *n == p.name && *v == p.version)
}

/// The versions from `min` up to `max` (or the newest), on `min`'s ladder.
pub(crate) fn range(min: &ProtocolVersion, max: Option<&ProtocolVersion>) -> Vec<ProtocolVersion> {
    let steps = ladder(min);
    let Some(lo) = position(min) else {
        return vec![min.clone()];
    };
    let hi = max
        .filter(|m| m.name == min.name || (m.name != "DTLS" && min.name != "DTLS"))
        .and_then(position)
        .unwrap_or(steps.len() - 1);
    (lo..=hi).map(|i| pv(steps[i].0, steps[i].1)).collect()
}

/// What "all protocols" means to a current OpenSSL build: TLS 1.0 to 1.3 (SSLv3 is compiled
/// out by default since OpenSSL 1.1.0).
pub(crate) fn all_protocols() -> Vec<ProtocolVersion> {
    LADDER[1..].iter().map(|(n, v)| pv(n, v)).collect()
}

/// Sort by ladder position (unknown versions last, in their order).
pub(crate) fn sort_protocols(list: &mut [ProtocolVersion]) {
    list.sort_by_key(|p| (p.name == "DTLS", position(p).unwrap_or(usize::MAX)));
}

pub(crate) fn protocol_weaknesses(p: &ProtocolVersion) -> Vec<Weakness> {
    if !p.deprecated() {
        return Vec::new();
    }
    let why = match (p.name.as_str(), p.version.as_str()) {
        ("SSL", "2.0") => "SSL 2.0 is prohibited (RFC 6176)",
        ("SSL", _) => "SSL 3.0 is prohibited (RFC 7568, POODLE)",
        ("SSH", _) => "SSH protocol 1 is broken (CRC-32 integrity, no longer in OpenSSH)",
        ("DTLS", _) => "DTLS 1.0 is deprecated (RFC 8996)",
        _ => "TLS 1.0 and 1.1 are deprecated (RFC 8996)",
    };
    let fix = if p.name == "SSH" {
        "allow protocol 2 only"
    } else {
        "enable TLS 1.2 and TLS 1.3 only"
    };
    vec![Weakness::new(
        WeaknessKind::DeprecatedProtocol,
        format!("{why}; {fix}"),
    )]
}

/// The catalogue entry `name`, resolved without a key size.
pub(crate) fn entry(name: &str) -> Option<Algorithm> {
    catalogue::by_name(name).map(|e| e.resolve(None))
}

pub(crate) fn weak_suite(alg: &Algorithm) -> Option<Weakness> {
    alg.broken_reason.as_ref().map(|why| {
        Weakness::new(
            WeaknessKind::WeakCipherSuite,
            format!("{}: {why}; remove it from the cipher list", alg.name),
        )
    })
}

pub(crate) fn weak_signature(alg: &Algorithm) -> Option<Weakness> {
    alg.broken_reason.as_ref().map(|why| {
        Weakness::new(
            WeaknessKind::WeakHashSignature,
            format!("{why}; use SHA-256 or stronger"),
        )
    })
}

/// `ShortKey` when keys of `bits` bits of `kind` (`RSA`, `DH`, `DSA`) are accepted.
pub(crate) fn short_key(kind: &str, bits: u32) -> Option<Weakness> {
    (bits < 2048).then(|| {
        Weakness::new(
            WeaknessKind::ShortKey,
            format!("{bits}-bit {kind} keys are accepted; require 2048 bits or more"),
        )
    })
}

fn suite_part(name: &str) -> Option<Choice> {
    let alg = entry(name)?;
    Some(match weak_suite(&alg) {
        Some(w) => Choice::weak(alg, w),
        None => Choice::new(alg),
    })
}

/// The distinct parts (key exchange, authentication, cipher, MAC) of `suites`.
pub(crate) fn suite_choices(suites: &[&'static TlsCipherSuite]) -> Vec<Choice> {
    let mut names: Vec<&'static str> = Vec::new();
    for s in suites {
        for part in [s.key_exchange, s.authentication, Some(s.cipher), s.mac]
            .into_iter()
            .flatten()
        {
            if !names.contains(&part) {
                names.push(part);
            }
        }
    }
    names.into_iter().filter_map(suite_part).collect()
}

/// An OpenSSL cipher string's enabled algorithms; nothing when OpenSSL would reject it.
pub(crate) fn cipher_string_choices(rules: &str) -> Vec<Choice> {
    match cipher_string::evaluate(rules.trim()) {
        Ok(suites) => suite_choices(&suites),
        Err(_) => Vec::new(),
    }
}

/// A TLS 1.3 suite list (`TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256`).
pub(crate) fn tls13_choices(list: &str) -> Vec<Choice> {
    let suites: Vec<&'static TlsCipherSuite> = text::items(list, &[':', ','])
        .filter_map(catalogue::tls_cipher_suite_by_name)
        .filter(|s| s.code != 0 && s.key_exchange.is_none() && s.authentication.is_none())
        .collect();
    let mut names: Vec<&'static str> = Vec::new();
    for s in suites {
        if !names.contains(&s.cipher) {
            names.push(s.cipher);
        }
    }
    names.into_iter().filter_map(suite_part).collect()
}

static GROUPS: LazyLock<HashMap<String, &'static TlsGroup>> = LazyLock::new(|| {
    (0..=u16::MAX)
        .filter_map(catalogue::tls_group)
        .map(|g| (g.name.to_ascii_lowercase(), g))
        .collect()
});

/// A TLS group by IANA name or any curve alias OpenSSL, Java or Postfix accept
/// (`x25519`, `prime256v1`, `P-256`, `ffdhe2048`, `X25519MLKEM768`).
pub(crate) fn group(name: &str) -> Option<&'static TlsGroup> {
    let lower = name.to_ascii_lowercase();
    if let Some(g) = GROUPS.get(&lower) {
        return Some(g);
    }
    let curve = catalogue::curve(name)?;
    GROUPS.get(&curve.name.to_ascii_lowercase()).copied()
}

/// A group list (`X25519:prime256v1`, `x25519, secp256r1`, OpenSSL 3.5 `?X25519MLKEM768 / *x25519`).
pub(crate) fn group_choices(list: &str) -> Vec<Choice> {
    text::items(list, &[':', ',', '/'])
        .filter(|item| !item.starts_with('-'))
        .map(|item| item.trim_start_matches(['?', '*']))
        .filter_map(group)
        .filter_map(|g| entry(g.entry))
        .map(Choice::new)
        .collect()
}

static SCHEMES: LazyLock<HashMap<String, &'static TlsSignatureScheme>> = LazyLock::new(|| {
    (0..=u16::MAX)
        .filter_map(catalogue::tls_signature_scheme)
        .map(|s| (s.name.to_ascii_lowercase(), s))
        .collect()
});

/// One OpenSSL signature algorithm: `RSA+SHA256`, `RSA-PSS+SHA256`, `ECDSA+SHA1` or a TLS 1.3
/// scheme name (`rsa_pss_rsae_sha256`, `ed25519`).
pub(crate) fn sigalg(name: &str) -> Option<Algorithm> {
    let entry_name = match name.split_once('+') {
        Some((alg, hash)) => {
            let hash = match hash.to_ascii_uppercase().as_str() {
                "SHA1" | "SHA" => "SHA1",
                "SHA224" => "SHA224",
                "SHA256" => "SHA256",
                "SHA384" => "SHA384",
                "SHA512" => "SHA512",
                "MD5" => "MD5",
                _ => return None,
            };
            match alg.to_ascii_uppercase().as_str() {
                "RSA" => format!("{hash}withRSA"),
                "RSA-PSS" | "PSS" => format!("{hash}withRSA/PSS"),
                "ECDSA" => format!("{hash}withECDSA"),
                "DSA" => format!("{hash}withDSA"),
                _ => return None,
            }
        }
        None => SCHEMES.get(&name.to_ascii_lowercase())?.entry.to_string(),
    };
    entry(&entry_name)
}

pub(crate) fn sigalg_choices(list: &str) -> Vec<Choice> {
    text::items(list, &[':', ','])
        .filter_map(sigalg)
        .filter(|a| a.primitive == Primitive::Signature)
        .map(|a| match weak_signature(&a) {
            Some(w) => Choice::weak(a, w),
            None => Choice::new(a),
        })
        .collect()
}

/// The `Protocol` command: `-ALL, TLSv1.2, TLSv1.3` enables and disables from the defaults.
pub(crate) fn protocol_command(value: &str) -> Vec<ProtocolVersion> {
    let mut enabled = all_protocols();
    for item in text::items(value, &[',']) {
        let (remove, name) = match item.as_bytes()[0] {
            b'-' => (true, &item[1..]),
            b'+' => (false, &item[1..]),
            _ => (false, item),
        };
        let targets = if name.eq_ignore_ascii_case("ALL") {
            all_protocols()
        } else {
            match protocol(name) {
                Some(p) => vec![p],
                None => continue,
            }
        };
        for p in targets {
            if remove {
                enabled.retain(|e| *e != p);
            } else if !enabled.contains(&p) {
                enabled.push(p);
            }
        }
    }
    sort_protocols(&mut enabled);
    enabled
}

/// What an `SSL_CONF` file command's neighbours say about the protocol range.
#[derive(Debug, Clone, Default)]
pub(crate) struct ConfContext {
    /// `MaxProtocol` set next to a `MinProtocol`.
    pub max_protocol: Option<ProtocolVersion>,
    /// A `MinProtocol` is present, which then reports the whole range.
    pub has_min_protocol: bool,
}

/// One OpenSSL `SSL_CONF` command (openssl.cnf, nginx `ssl_conf_command`, Apache
/// `SSLOpenSSLConfCmd`). Command names are case-insensitive, as in file mode.
pub(crate) fn conf_command(
    out: &mut Emitter,
    d: &Directive,
    rule: &str,
    command: &str,
    value: &str,
    ctx: &ConfContext,
) {
    let value = text::unquote(value);
    match command.to_ascii_lowercase().as_str() {
        "cipherstring" => out.algorithms(d, rule, cipher_string_choices(value)),
        "ciphersuites" => out.algorithms(d, rule, tls13_choices(value)),
        "groups" | "curves" => out.algorithms(d, rule, group_choices(value)),
        "signaturealgorithms" | "clientsignaturealgorithms" => {
            out.algorithms(d, rule, sigalg_choices(value));
        }
        "minprotocol" => {
            if let Some(min) = protocol(value.trim()) {
                out.protocols(d, rule, range(&min, ctx.max_protocol.as_ref()));
            }
        }
        "maxprotocol" => {
            if let Some(max) = protocol(value.trim()).filter(|_| !ctx.has_min_protocol) {
                out.protocols(d, rule, vec![max]);
            }
        }
        "protocol" => out.protocols(d, rule, protocol_command(value)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn protocol_names_and_ranges() {
        assert_eq!(protocol("TLSv1"), Some(pv("TLS", "1.0")));
        assert_eq!(protocol("tlsv1.2"), Some(pv("TLS", "1.2")));
        assert_eq!(protocol("TLS1.2"), None);
        let r = range(&pv("TLS", "1.1"), None);
        assert_eq!(r, [pv("TLS", "1.1"), pv("TLS", "1.2"), pv("TLS", "1.3")]);
        let r = range(&pv("TLS", "1.0"), Some(&pv("TLS", "1.2")));
        assert_eq!(r.len(), 3);
        assert_eq!(
            protocol_command("-ALL, TLSv1.2"),
            [pv("TLS", "1.2")],
            "Protocol command"
        );
    }

    #[test]
    fn groups_and_sigalgs_resolve() {
        let names = |list: &str| -> Vec<String> {
            group_choices(list)
                .into_iter()
                .map(|c| c.algorithm.name)
                .collect()
        };
        assert_eq!(
            names("X25519:prime256v1:P-384:ffdhe2048:X25519MLKEM768:auto"),
            [
                "X25519",
                "ECDH-P-256",
                "ECDH-P-384",
                "ffdhe2048",
                "X25519MLKEM768"
            ]
        );
        let sig: Vec<(String, bool)> = sigalg_choices("RSA-PSS+SHA256:ECDSA+SHA1:ed25519")
            .into_iter()
            .map(|c| (c.algorithm.name, !c.weaknesses.is_empty()))
            .collect();
        assert_eq!(
            sig,
            [
                ("SHA256withRSA/PSS".to_string(), false),
                ("SHA1withECDSA".to_string(), true),
                ("Ed25519".to_string(), false)
            ]
        );
    }

    #[test]
    fn tls13_lists() {
        let names: Vec<String> =
            tls13_choices("TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256")
                .into_iter()
                .map(|c| c.algorithm.name)
                .collect();
        assert_eq!(names, ["AES-256-GCM", "ChaCha20-Poly1305"]);
        assert!(tls13_choices("ECDHE-RSA-AES128-GCM-SHA256").is_empty());
    }
}
