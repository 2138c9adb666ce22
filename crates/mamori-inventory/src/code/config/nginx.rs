//! nginx: `ssl_protocols`, `ssl_ciphers`, `ssl_ecdh_curve`, `ssl_conf_command` and their
//! `proxy_`/`grpc_`/`uwsgi_` upstream variants, in `http`, `server`, `stream` and `mail` blocks.
//!
//! The file is tokenized as nginx does: directives end with `;`, blocks open with `{`, `#`
//! starts a comment at the start of a token, `"..."` and `'...'` quote with backslash escapes.

use super::tls::{self, ConfContext};
use super::{Directive, Emitter, MAX_LINE_BYTES};

#[derive(Debug)]
struct Token {
    text: String,
    line: u32,
    column: u32,
    /// Byte offset of the start of the token's line, for the evidence.
    line_start: usize,
}

fn line_text(data: &[u8], start: usize) -> String {
    let rest = &data[start.min(data.len())..];
    let end = memchr::memchr(b'\n', rest).unwrap_or(rest.len());
    let line = &rest[..end.min(MAX_LINE_BYTES)];
    String::from_utf8_lossy(line).into_owned()
}

pub(super) fn scan(data: &[u8], out: &mut Emitter) {
    let mut words: Vec<Token> = Vec::new();
    let mut line: u32 = 1;
    let mut line_start = 0usize;
    let mut i = 0usize;
    let col = |i: usize, line_start: usize| super::text::column(i - line_start);
    while i < data.len() {
        let b = data[i];
        match b {
            b'\n' => {
                line = line.saturating_add(1);
                i += 1;
                line_start = i;
            }
            b' ' | b'\t' | b'\r' => i += 1,
            b'#' => {
                i = memchr::memchr(b'\n', &data[i..]).map_or(data.len(), |n| i + n);
            }
            b';' => {
                if !statement(data, &words, out) {
                    return;
                }
                words.clear();
                i += 1;
            }
            b'{' | b'}' => {
                words.clear();
                i += 1;
            }
            b'"' | b'\'' => {
                let (tok_line, tok_col, tok_start) = (line, col(i, line_start), line_start);
                let mut text = Vec::new();
                i += 1;
                while i < data.len() && data[i] != b {
                    if data[i] == b'\\' && i + 1 < data.len() {
                        i += 1;
                    }
                    if data[i] == b'\n' {
                        line = line.saturating_add(1);
                        line_start = i + 1;
                    }
                    if text.len() < MAX_LINE_BYTES {
                        text.push(data[i]);
                    }
                    i += 1;
                }
                i += 1;
                words.push(Token {
                    text: String::from_utf8_lossy(&text).into_owned(),
                    line: tok_line,
                    column: tok_col,
                    line_start: tok_start,
                });
            }
            _ => {
                let start = i;
                while i < data.len()
                    && !matches!(data[i], b' ' | b'\t' | b'\r' | b'\n' | b';' | b'{' | b'}')
                {
                    i += 1;
                }
                let text = &data[start..i.min(start + MAX_LINE_BYTES)];
                words.push(Token {
                    text: String::from_utf8_lossy(text).into_owned(),
                    line,
                    column: col(start, line_start),
                    line_start,
                });
            }
        }
        if words.len() > 1024 {
            words.clear();
        }
    }
}

/// One `name args...;` statement; `false` once the directive budget is spent.
fn statement(data: &[u8], words: &[Token], out: &mut Emitter) -> bool {
    let Some((name, args)) = words.split_first() else {
        return true;
    };
    if !out.directive_budget() {
        return false;
    }
    let upstream = ["", "proxy_", "grpc_", "uwsgi_"];
    let is = |suffix: &str| upstream.iter().any(|p| name.text == format!("{p}{suffix}"));
    let directive = || {
        Directive::new(
            &name.text,
            name.line,
            name.column,
            &line_text(data, name.line_start),
        )
    };
    if args.iter().any(|a| a.text.contains('$')) {
        return true;
    }
    if is("ssl_protocols") {
        let versions = args.iter().filter_map(|a| tls::protocol(&a.text)).collect();
        out.protocols(&directive(), "nginx.ssl-protocols", versions);
    } else if is("ssl_ciphers") {
        let rules: Vec<&str> = args.iter().map(|a| a.text.as_str()).collect();
        let choices = tls::cipher_string_choices(&rules.join(" "));
        out.algorithms(&directive(), "nginx.ssl-ciphers", choices);
    } else if name.text == "ssl_ecdh_curve" {
        let list: Vec<&str> = args.iter().map(|a| a.text.as_str()).collect();
        out.algorithms(
            &directive(),
            "nginx.ssl-ecdh-curve",
            tls::group_choices(&list.join(":")),
        );
    } else if is("ssl_conf_command") {
        if let [command, value, ..] = args {
            tls::conf_command(
                out,
                &directive(),
                "nginx.ssl-conf-command",
                &command.text,
                &value.text,
                &ConfContext::default(),
            );
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::super::scan as scan_config;
    use mamori_model::{CodeFinding, Language};

    fn subjects(src: &str) -> Vec<(u32, String, bool)> {
        scan_config(Language::Nginx, src.as_bytes())
            .iter()
            .map(|f: &CodeFinding| {
                (
                    f.location.line.unwrap_or(0),
                    f.subject(),
                    !f.weaknesses.is_empty(),
                )
            })
            .collect()
    }

    #[test]
    fn protocols_positive_and_commented() {
        let got =
            subjects("server {\n  ssl_protocols TLSv1 TLSv1.2;\n  # ssl_protocols SSLv3;\n}\n");
        assert_eq!(
            got,
            [
                (2, "TLS 1.0".to_string(), true),
                (2, "TLS 1.2".to_string(), false)
            ]
        );
        assert!(subjects("#ssl_protocols TLSv1;\n").is_empty());
        let proxy = scan_config(Language::Nginx, b"proxy_ssl_protocols TLSv1.1;");
        assert_eq!(proxy.len(), 1);
        assert_eq!(proxy[0].symbol, "proxy_ssl_protocols");
        assert_eq!(proxy[0].rule, "nginx.ssl-protocols");
        assert_eq!(proxy[0].column, 1);
    }

    #[test]
    fn ciphers_positive_and_negative() {
        let got = subjects("ssl_ciphers 'ECDHE-RSA-AES128-GCM-SHA256:RC4-SHA';");
        let names: Vec<&str> = got.iter().map(|(_, s, _)| s.as_str()).collect();
        assert_eq!(
            names,
            [
                "ECDHE",
                "RSA",
                "AES-128-GCM",
                "RSA-KeyTransport",
                "RC4-128",
                "HMAC-SHA1"
            ]
        );
        assert!(got.iter().any(|(_, s, w)| s == "RC4-128" && *w));
        assert!(subjects("ssl_ciphers ECDHE-RSA-AES128-GCM-SHA256:!ECDHE;").is_empty());
        assert!(subjects("auth_basic \"md5 RC4 TLSv1\";\n").is_empty());
    }

    #[test]
    fn curves_and_conf_commands() {
        let got = subjects(
            "ssl_ecdh_curve X25519:secp384r1;\nssl_conf_command Groups X448;\nssl_conf_command Options PrioritizeChaCha;\nssl_ecdh_curve auto;\n",
        );
        assert_eq!(
            got,
            [
                (1, "X25519".to_string(), false),
                (1, "ECDH-P-384".to_string(), false),
                (2, "X448".to_string(), false)
            ]
        );
        let multi = subjects("ssl_protocols\n   TLSv1.3;");
        assert_eq!(multi, [(1, "TLS 1.3".to_string(), false)]);
    }
}
