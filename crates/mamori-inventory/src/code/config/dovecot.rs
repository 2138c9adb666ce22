//! Dovecot `dovecot.conf` and `conf.d/*.conf`: `ssl_min_protocol`, `ssl_protocols` (2.2),
//! `ssl_cipher_list`, `ssl_cipher_suites`, `ssl_curve_list` and `ssl_dh_parameters_length`.
//!
//! `key = value` settings inside or outside `section { }` blocks; `#` at the start of a line or
//! after whitespace starts a comment; `!include` and `<file` values are not followed.

use mamori_model::{ProtocolVersion, catalogue};

use super::text;
use super::tls;
use super::{Choice, Directive, Emitter};

/// Dovecot 2.2 `ssl_protocols`: OpenSSL-style `!SSLv3 !TLSv1` exclusions or plain inclusions.
fn protocol_list(value: &str) -> Vec<ProtocolVersion> {
    let mut include = Vec::new();
    let mut exclude = Vec::new();
    for item in text::items(value, &[',', ':']) {
        match item.strip_prefix('!') {
            Some(name) => exclude.extend(tls::protocol(name)),
            None => include.extend(tls::protocol(item)),
        }
    }
    let mut enabled = if include.is_empty() {
        tls::all_protocols()
    } else {
        include
    };
    enabled.retain(|p| !exclude.contains(p));
    tls::sort_protocols(&mut enabled);
    enabled
}

/// `text` up to a `#` that starts the line or follows whitespace, outside quotes.
fn strip_comment(text: &str) -> &str {
    let bytes = text.as_bytes();
    let mut quote = false;
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'"' => quote = !quote,
            b'#' if !quote && (i == 0 || bytes[i - 1].is_ascii_whitespace()) => {
                return &text[..i];
            }
            _ => {}
        }
    }
    text
}

pub(super) fn scan(data: &[u8], out: &mut Emitter) {
    for line in text::lines(data) {
        let raw = line.text.as_ref();
        let body = strip_comment(raw);
        let t = body.trim();
        if t.is_empty() || t.starts_with('!') || t == "}" {
            continue;
        }
        let Some((key, value)) = t.split_once('=') else {
            continue;
        };
        let key = key.trim();
        if key.contains(char::is_whitespace) {
            continue;
        }
        let value = text::unquote(value.trim());
        if value.starts_with('<') || value.contains('$') {
            continue;
        }
        if !out.directive_budget() {
            return;
        }
        let d = Directive::new(key, line.number, text::column(text::indent(raw)), raw);
        match key {
            "ssl_min_protocol" => {
                let min = if value.eq_ignore_ascii_case("ANY") {
                    Some(tls::pv("TLS", "1.0"))
                } else {
                    tls::protocol(value)
                };
                if let Some(min) = min {
                    out.protocols(&d, "dovecot.ssl-protocols", tls::range(&min, None));
                }
            }
            "ssl_protocols" => {
                out.protocols(&d, "dovecot.ssl-protocols", protocol_list(value));
            }
            "ssl_cipher_list" => {
                let choices = tls::cipher_string_choices(value);
                out.algorithms(&d, "dovecot.ssl-cipher-list", choices);
            }
            "ssl_cipher_suites" => {
                out.algorithms(&d, "dovecot.ssl-cipher-suites", tls::tls13_choices(value));
            }
            "ssl_curve_list" => {
                out.algorithms(&d, "dovecot.ssl-curve-list", tls::group_choices(value));
            }
            "ssl_dh_parameters_length" => {
                let (Ok(bits), Some(dh)) = (value.parse::<u32>(), catalogue::by_name("DH")) else {
                    continue;
                };
                let alg = dh.resolve(Some(bits));
                let choice = match tls::short_key("DH", bits) {
                    Some(w) => Choice::weak(alg, w),
                    None => Choice::new(alg),
                };
                out.algorithms(&d, "dovecot.ssl-dh-parameters-length", vec![choice]);
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::scan as scan_config;
    use mamori_model::Language;

    fn subjects(src: &str) -> Vec<(u32, String)> {
        scan_config(Language::Dovecot, src.as_bytes())
            .iter()
            .map(|f| (f.location.line.unwrap_or(0), f.subject()))
            .collect()
    }

    #[test]
    fn protocols_and_lists() {
        let src = "ssl = required\nssl_cert = </etc/ssl/cert.pem\nssl_min_protocol = TLSv1.2 # modern\n#ssl_min_protocol = TLSv1\nssl_curve_list = P-521:P-384\nssl_cipher_suites = TLS_AES_128_GCM_SHA256\n";
        assert_eq!(
            subjects(src),
            [
                (3, "TLS 1.2".to_string()),
                (3, "TLS 1.3".to_string()),
                (5, "ECDH-P-521".to_string()),
                (5, "ECDH-P-384".to_string()),
                (6, "AES-128-GCM".to_string())
            ]
        );
        assert_eq!(
            subjects(
                "protocol imap {\n  ssl_protocols = !SSLv3 !TLSv1 !TLSv1.1\n}\nssl_dh_parameters_length = 1024\n"
            ),
            [
                (2, "TLS 1.2".to_string()),
                (2, "TLS 1.3".to_string()),
                (4, "DH-1024".to_string())
            ]
        );
        let ciphers = subjects(
            "ssl_cipher_list = ALL:!kRSA:!SRP:!kDHd:!DSS:!aNULL:!eNULL:!EXPORT:!DES:!3DES:!MD5:!PSK:!RC4:!ADH:!LOW@STRENGTH\n",
        );
        assert!(ciphers.iter().any(|(_, s)| s == "ECDHE"));
        assert!(!ciphers.iter().any(|(_, s)| s == "RC4-128" || s == "anon"));
    }
}
