//! OpenSSL configuration (`openssl.cnf` and other `.cnf` files with OpenSSL sections).
//!
//! `SSL_CONF` commands in any section (`CipherString`, `Ciphersuites`, `MinProtocol`,
//! `MaxProtocol`, `Protocol`, `Groups`/`Curves`, `SignatureAlgorithms`), and the `req`/`ca`
//! choices `default_md` and `default_bits`. `#` starts a comment outside quotes, a trailing `\`
//! continues the line, `.include` is not followed.

use mamori_model::{Primitive, catalogue};

use super::text;
use super::tls::{self, ConfContext};
use super::{Choice, Directive, Emitter};

#[derive(Debug)]
struct Entry {
    section: usize,
    key: String,
    value: String,
    line: u32,
    column: u32,
    first: String,
}

/// `text` up to an unquoted, unescaped `#`.
fn strip_comment(text: &str) -> &str {
    let mut quote: Option<u8> = None;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match (bytes[i], quote) {
            (b'\\', _) => i += 1,
            (b'"' | b'\'', None) => quote = Some(bytes[i]),
            (q, Some(open)) if q == open => quote = None,
            (b'#', None) => return &text[..i],
            _ => {}
        }
        i += 1;
    }
    text
}

/// Every `key = value` with the index of its section (0 before the first `[section]`).
fn parse(data: &[u8]) -> Vec<Entry> {
    let mut section = 0usize;
    let mut entries = Vec::new();
    let mut pending: Option<(u32, String, String)> = None;
    for line in text::lines(data) {
        let raw = line.text.as_ref();
        let (number, mut logical, first) = pending
            .take()
            .unwrap_or_else(|| (line.number, String::new(), raw.to_string()));
        let body = strip_comment(raw);
        let continued = body.trim_end().ends_with('\\') && !body.trim_end().ends_with("\\\\");
        if continued {
            logical.push_str(body.trim_end().trim_end_matches('\\'));
            if logical.len() <= super::MAX_LINE_BYTES {
                pending = Some((number, logical, first));
            }
            continue;
        }
        logical.push_str(body);
        let t = logical.trim();
        if t.is_empty() || t.starts_with('.') {
            continue;
        }
        if t.starts_with('[') {
            section += 1;
            continue;
        }
        let Some((key, value)) = t.split_once('=') else {
            continue;
        };
        let key = key.trim();
        entries.push(Entry {
            section,
            key: key.to_string(),
            value: text::unquote(value).to_string(),
            line: number,
            column: text::column(text::indent(&logical)),
            first,
        });
    }
    entries
}

pub(super) fn scan(data: &[u8], out: &mut Emitter) {
    let entries = parse(data);
    for e in &entries {
        if !out.directive_budget() {
            return;
        }
        if e.value.contains('$') {
            continue;
        }
        let d = Directive::new(&e.key, e.line, e.column, &e.first);
        let neighbours = || entries.iter().filter(|o| o.section == e.section);
        let command = e.key.to_ascii_lowercase();
        match command.as_str() {
            "default_md" => default_md(out, &d, &e.value),
            "default_bits" => default_bits(out, &d, &e.value),
            _ => {
                let rule = match command.as_str() {
                    "cipherstring" => "openssl-cnf.cipher-string",
                    "ciphersuites" => "openssl-cnf.ciphersuites",
                    "minprotocol" | "maxprotocol" | "protocol" => "openssl-cnf.protocol",
                    "groups" | "curves" => "openssl-cnf.groups",
                    "signaturealgorithms" | "clientsignaturealgorithms" => {
                        "openssl-cnf.signature-algorithms"
                    }
                    _ => continue,
                };
                let ctx = ConfContext {
                    max_protocol: neighbours()
                        .find(|o| o.key.eq_ignore_ascii_case("MaxProtocol"))
                        .and_then(|o| tls::protocol(o.value.trim())),
                    has_min_protocol: neighbours()
                        .any(|o| o.key.eq_ignore_ascii_case("MinProtocol")),
                };
                tls::conf_command(out, &d, rule, &e.key, &e.value, &ctx);
            }
        }
    }
}

/// The digest `req`, `ca` and `ts` sign with.
fn default_md(out: &mut Emitter, d: &Directive, value: &str) {
    let v = value.trim();
    if v.eq_ignore_ascii_case("default") || v.eq_ignore_ascii_case("null") {
        return;
    }
    let Some(entry) = catalogue::api_name(v).filter(|e| e.primitive == Primitive::Hash) else {
        return;
    };
    let alg = entry.resolve(None);
    let choice = match tls::weak_signature(&alg) {
        Some(w) => Choice::weak(alg, w),
        None => Choice::new(alg),
    };
    out.algorithms(d, "openssl-cnf.default-md", vec![choice]);
}

/// The RSA key size `req` generates.
fn default_bits(out: &mut Emitter, d: &Directive, value: &str) {
    let Ok(bits) = value.trim().parse::<u32>() else {
        return;
    };
    let Some(rsa) = catalogue::by_name("RSA") else {
        return;
    };
    let alg = rsa.resolve(Some(bits));
    let choice = match tls::short_key("RSA", bits) {
        Some(w) => Choice::weak(alg, w),
        None => Choice::new(alg),
    };
    out.algorithms(d, "openssl-cnf.default-bits", vec![choice]);
}

#[cfg(test)]
mod tests {
    use super::super::scan as scan_config;
    use mamori_model::Language;

    fn subjects(src: &str) -> Vec<(u32, String, bool)> {
        scan_config(Language::OpensslCnf, src.as_bytes())
            .iter()
            .map(|f| {
                (
                    f.location.line.unwrap_or(0),
                    f.subject(),
                    !f.weaknesses.is_empty(),
                )
            })
            .collect()
    }

    #[test]
    fn system_default_section() {
        let src = "[system_default_sect]\nMinProtocol = TLSv1.2\nMaxProtocol = TLSv1.3\nGroups = x25519:P-256 # comment\n#CipherString = ALL\n";
        assert_eq!(
            subjects(src),
            [
                (2, "TLS 1.2".to_string(), false),
                (2, "TLS 1.3".to_string(), false),
                (4, "X25519".to_string(), false),
                (4, "ECDH-P-256".to_string(), false)
            ]
        );
        let only_max = subjects("[s]\nMaxProtocol = TLSv1.1\n");
        assert_eq!(only_max, [(2, "TLS 1.1".to_string(), true)]);
        let min = subjects("[s]\nMinProtocol = TLSv1\n");
        assert_eq!(min.len(), 4);
    }

    #[test]
    fn req_and_ca_choices() {
        let src = "[ req ]\ndefault_bits = 1024\ndefault_md = sha1\n[ CA_default ]\ndefault_md = default\ndefault_md = sha256\n";
        assert_eq!(
            subjects(src),
            [
                (2, "RSA-1024".to_string(), true),
                (3, "SHA-1".to_string(), true),
                (6, "SHA-256".to_string(), false)
            ]
        );
        assert!(subjects("# default_md = md5\n[req]\ndefault_keyfile = md5.pem\n").is_empty());
    }
}
