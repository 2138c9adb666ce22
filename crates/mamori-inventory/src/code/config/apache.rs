//! Apache httpd mod_ssl: `SSLProtocol`, `SSLCipherSuite` (including the `TLSv1.3`-qualified
//! form), `SSLOpenSSLConfCmd` and the `SSLProxy*` variants.
//!
//! Lines ending in `\` continue (the continuation's indentation is dropped); a line whose first non-blank character is `#` is a comment;
//! directive names are case-insensitive; arguments split like `ap_getword_conf`.

use mamori_model::ProtocolVersion;

use super::text::{self, Word};
use super::tls::{self, ConfContext};
use super::{Directive, Emitter};

pub(super) fn scan(data: &[u8], out: &mut Emitter) {
    let mut pending: Option<(u32, String, String)> = None;
    for line in text::lines(data) {
        let (number, mut logical, first, raw) = match pending.take() {
            // The indentation of a continuation line is layout, not a word break: real
            // configurations split long cipher lists that way.
            Some((n, acc, first)) => (n, acc, first, line.text.trim_start()),
            None => {
                let raw = line.text.as_ref();
                if raw.trim_start().starts_with('#') {
                    continue;
                }
                (line.number, String::new(), raw.to_string(), raw)
            }
        };
        if let Some(body) = raw.strip_suffix('\\') {
            logical.push_str(body);
            if logical.len() <= super::MAX_LINE_BYTES {
                pending = Some((number, logical, first));
            }
            continue;
        }
        logical.push_str(raw);
        if !directive(number, &logical, &first, out) {
            return;
        }
    }
    if let Some((number, logical, first)) = pending {
        directive(number, &logical, &first, out);
    }
}

/// `SSLProtocol` as mod_ssl parses it: start from nothing, `+`/`-` add and remove, a bare name
/// replaces, `all` is TLS 1.0–1.3 (current OpenSSL builds have no SSLv3).
fn ssl_protocol(args: &[Word]) -> Vec<ProtocolVersion> {
    let mut enabled: Vec<ProtocolVersion> = Vec::new();
    for arg in args {
        let (action, name) = match arg.text.as_bytes().first() {
            Some(b'+') => (Some(true), &arg.text[1..]),
            Some(b'-') => (Some(false), &arg.text[1..]),
            _ => (None, arg.text.as_str()),
        };
        let set = if name.eq_ignore_ascii_case("all") {
            tls::all_protocols()
        } else if name.eq_ignore_ascii_case("SSLv2") {
            if action == Some(false) {
                continue;
            }
            // "SSLv2 is no longer supported": httpd refuses to start.
            return Vec::new();
        } else {
            match tls::protocol(name) {
                Some(p) if p.name != "DTLS" => vec![p],
                _ => return Vec::new(),
            }
        };
        match action {
            Some(true) => {
                for p in set {
                    if !enabled.contains(&p) {
                        enabled.push(p);
                    }
                }
            }
            Some(false) => enabled.retain(|p| !set.contains(p)),
            None => enabled = set,
        }
    }
    tls::sort_protocols(&mut enabled);
    enabled
}

fn directive(number: u32, logical: &str, first: &str, out: &mut Emitter) -> bool {
    let words = text::words(logical, false);
    let Some((name, args)) = words.split_first() else {
        return true;
    };
    if name.text.starts_with('<') {
        return true;
    }
    if !out.directive_budget() {
        return false;
    }
    let d = || Directive::new(&name.text, number, name.column, first);
    let lower = name.text.to_ascii_lowercase();
    match lower.as_str() {
        "sslprotocol" | "sslproxyprotocol" => {
            out.protocols(&d(), "apache.ssl-protocol", ssl_protocol(args));
        }
        "sslciphersuite" | "sslproxyciphersuite" => {
            let rule = "apache.ssl-cipher-suite";
            match args {
                [spec] => cipher_suite(out, &d(), rule, &spec.text),
                [protocol, spec] if protocol.text == "SSL" => {
                    cipher_suite(out, &d(), rule, &spec.text);
                }
                [protocol, spec] if protocol.text.eq_ignore_ascii_case("TLSv1.3") => {
                    out.algorithms(&d(), rule, tls::tls13_choices(&spec.text));
                }
                _ => {}
            }
        }
        "sslopensslconfcmd" => {
            if let [command, value, ..] = args {
                tls::conf_command(
                    out,
                    &d(),
                    "apache.ssl-openssl-conf-cmd",
                    &command.text,
                    &value.text,
                    &ConfContext::default(),
                );
            }
        }
        _ => {}
    }
    true
}

/// mod_ssl always appends `:!aNULL:!eNULL:!EXP` to a TLS 1.2 cipher specification.
fn cipher_suite(out: &mut Emitter, d: &Directive, rule: &str, spec: &str) {
    let rules = format!("{spec}:!aNULL:!eNULL:!EXP");
    out.algorithms(d, rule, tls::cipher_string_choices(&rules));
}

#[cfg(test)]
mod tests {
    use super::super::scan as scan_config;
    use mamori_model::Language;

    fn subjects(src: &str) -> Vec<(u32, String)> {
        scan_config(Language::Apache, src.as_bytes())
            .iter()
            .map(|f| (f.location.line.unwrap_or(0), f.subject()))
            .collect()
    }

    #[test]
    fn ssl_protocol_semantics() {
        let got = subjects("SSLProtocol all -SSLv3 -TLSv1\n");
        assert_eq!(
            got,
            [
                (1, "TLS 1.1".to_string()),
                (1, "TLS 1.2".to_string()),
                (1, "TLS 1.3".to_string())
            ]
        );
        assert_eq!(
            subjects("sslprotocol -all +TLSv1.2\n"),
            [(1, "TLS 1.2".to_string())]
        );
        assert!(subjects("# SSLProtocol all\n  #SSLProtocol TLSv1\n").is_empty());
        assert!(subjects("SSLProtocol -all\n").is_empty());
        assert_eq!(
            subjects("SSLProxyProtocol +TLSv1 \\\n   +TLSv1.1\n"),
            [(1, "TLS 1.0".to_string()), (1, "TLS 1.1".to_string())]
        );
    }

    #[test]
    fn cipher_suite_forms() {
        let got = subjects("SSLCipherSuite TLSv1.3 TLS_AES_256_GCM_SHA384\n");
        assert_eq!(got, [(1, "AES-256-GCM".to_string())]);
        let got = subjects("SSLCipherSuite ADH-AES128-SHA:AES128-SHA\n");
        assert!(!got.iter().any(|(_, s)| s == "anon"), "mod_ssl adds !aNULL");
        assert!(got.iter().any(|(_, s)| s == "HMAC-SHA1"));
        assert!(subjects("SSLCipherSuite AES128-SHA:!AES128-SHA\n").is_empty());
        let got = subjects("SSLCipherSuite AES128-SHA:\\\n      AES256-SHA\n");
        assert!(got.iter().any(|(n, s)| *n == 1 && s == "AES-256-CBC"));
        let got = subjects("SSLOpenSSLConfCmd Curves X25519:secp521r1\n");
        assert_eq!(
            got,
            [(1, "X25519".to_string()), (1, "ECDH-P-521".to_string())]
        );
    }
}
