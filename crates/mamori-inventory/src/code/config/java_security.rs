//! Java `java.security` (a `java.util.Properties` file).
//!
//! The `*.disabledAlgorithms` properties disable things, so what they leave enabled is reported:
//! - `jdk.tls.disabledAlgorithms`: SSLv3, TLSv1, TLSv1.1 not listed → those versions stay
//!   enabled; RC4 or 3DES_EDE_CBC not listed → those suites stay enabled;
//! - `jdk.certpath.disabledAlgorithms`, `jdk.jar.disabledAlgorithms`: MD2, MD5 or SHA1 not
//!   listed → signatures with that hash stay accepted;
//! - in all three, `RSA|DSA|DH keySize < N` with N below 2048 → keys of N bits stay accepted.
//!
//! Enabling properties are reported as written: `jdk.tls.client.protocols`,
//! `jdk.tls.server.protocols`, `jdk.tls.namedGroups`, `keystore.type` and the PKCS#12
//! protection algorithms.

use mamori_model::{Weakness, WeaknessKind, catalogue};

use super::text;
use super::tls;
use super::{Choice, Directive, Emitter};

#[derive(Debug)]
struct Property {
    key: String,
    value: String,
    line: u32,
    column: u32,
    logical: String,
}

/// Decode the escapes of a properties value (`\\`, `\uXXXX`, `\t`...).
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('f') => out.push('\u{c}'),
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                if let Some(ch) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    out.push(ch);
                }
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// A line continues when it ends in an odd number of backslashes.
fn continues(line: &str) -> bool {
    line.bytes().rev().take_while(|&b| b == b'\\').count() % 2 == 1
}

fn parse(data: &[u8]) -> Vec<Property> {
    let mut props = Vec::new();
    let mut pending: Option<(u32, u32, String)> = None;
    for line in text::lines(data) {
        let raw = line.text.as_ref();
        let (number, column, mut logical) = match pending.take() {
            Some((n, c, acc)) => (n, c, acc),
            None => {
                let t = raw.trim_start();
                if t.is_empty() || t.starts_with('#') || t.starts_with('!') {
                    continue;
                }
                (line.number, text::column(text::indent(raw)), String::new())
            }
        };
        let piece = raw.trim_start();
        if continues(piece) {
            logical.push_str(&piece[..piece.len() - 1]);
            if logical.len() <= super::MAX_LINE_BYTES {
                pending = Some((number, column, logical));
            }
            continue;
        }
        logical.push_str(piece);
        if let Some(p) = property(number, column, logical) {
            props.push(p);
        }
    }
    if let Some((number, column, logical)) = pending {
        if let Some(p) = property(number, column, logical) {
            props.push(p);
        }
    }
    props
}

/// Split a logical line at the first unescaped `=`, `:` or whitespace.
fn property(line: u32, column: u32, logical: String) -> Option<Property> {
    let mut end = logical.len();
    let mut escaped = false;
    for (i, c) in logical.char_indices() {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if matches!(c, '=' | ':' | ' ' | '\t' | '\u{c}') {
            end = i;
            break;
        }
    }
    let key = unescape(&logical[..end]);
    let mut rest = logical[end..].trim_start();
    if let Some(r) = rest.strip_prefix(['=', ':']) {
        rest = r.trim_start();
    }
    let value = unescape(rest);
    (!key.is_empty()).then_some(Property {
        key,
        value,
        line,
        column,
        logical,
    })
}

/// One `ALGORITHM [constraints]` item of a disabledAlgorithms list.
#[derive(Debug)]
struct Constraint<'a> {
    name: &'a str,
    rest: &'a str,
}

fn constraints(value: &str) -> Vec<Constraint<'_>> {
    value
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|item| {
            let (name, rest) = item.split_once(char::is_whitespace).unwrap_or((item, ""));
            Constraint {
                name,
                rest: rest.trim(),
            }
        })
        .collect()
}

/// `keySize < N` (or `keySize<N`) anywhere in the constraint text.
fn key_size_below(rest: &str) -> Option<u32> {
    let compact: String = rest.chars().filter(|c| !c.is_whitespace()).collect();
    let at = compact.find("keySize<")?;
    let tail = &compact[at + "keySize<".len()..];
    if tail.starts_with('=') {
        return None;
    }
    let digits: String = tail.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

fn listed(items: &[Constraint<'_>], names: &[&str]) -> bool {
    items
        .iter()
        .any(|c| names.iter().any(|n| c.name.eq_ignore_ascii_case(n)))
}

fn disabled_algorithms(out: &mut Emitter, d: &Directive, rule: &str, value: &str, tls_list: bool) {
    let items = constraints(value);
    if tls_list {
        let versions = [
            ("SSLv3", "SSL", "3.0"),
            ("TLSv1", "TLS", "1.0"),
            ("TLSv1.1", "TLS", "1.1"),
        ]
        .into_iter()
        .filter(|(name, _, _)| !listed(&items, &[name]))
        .map(|(_, n, v)| tls::pv(n, v))
        .collect();
        out.protocols(d, rule, versions);
        let mut choices = Vec::new();
        for (names, entry) in [
            (&["RC4", "RC4_128", "ARCFOUR"][..], "RC4"),
            (&["3DES_EDE_CBC", "DESede", "3DES"][..], "3DES"),
        ] {
            if listed(&items, names) {
                continue;
            }
            if let Some(alg) = tls::entry(entry) {
                let w = tls::weak_suite(&alg).unwrap_or_else(|| {
                    Weakness::new(WeaknessKind::WeakCipherSuite, "weak cipher left enabled")
                });
                choices.push(Choice::weak(alg, w));
            }
        }
        out.algorithms(d, rule, choices);
    } else {
        let mut choices = Vec::new();
        for (names, entry) in [
            (&["MD2"][..], "MD2"),
            (&["MD5"][..], "MD5"),
            (&["SHA1", "SHA-1"][..], "SHA-1"),
        ] {
            if listed(&items, names) {
                continue;
            }
            if let Some(alg) = tls::entry(entry) {
                let w = tls::weak_signature(&alg).unwrap_or_else(|| {
                    Weakness::new(WeaknessKind::WeakHashSignature, "weak hash left accepted")
                });
                choices.push(Choice::weak(alg, w));
            }
        }
        out.algorithms(d, rule, choices);
    }
    let mut keys = Vec::new();
    for c in &items {
        let kind = match c.name.to_ascii_uppercase().as_str() {
            "RSA" => "RSA",
            "DSA" => "DSA",
            "DH" | "DIFFIEHELLMAN" => "DH",
            _ => continue,
        };
        let Some(bits) = key_size_below(c.rest) else {
            continue;
        };
        let (Some(weakness), Some(entry)) = (tls::short_key(kind, bits), catalogue::by_name(kind))
        else {
            continue;
        };
        keys.push(Choice::weak(entry.resolve(Some(bits)), weakness));
    }
    out.algorithms(d, rule, keys);
}

pub(super) fn scan(data: &[u8], out: &mut Emitter) {
    for p in parse(data) {
        if !out.directive_budget() {
            return;
        }
        let d = Directive::new(&p.key, p.line, p.column, &p.logical);
        match p.key.as_str() {
            "jdk.tls.disabledAlgorithms" => disabled_algorithms(
                out,
                &d,
                "java-security.tls-disabled-algorithms",
                &p.value,
                true,
            ),
            "jdk.certpath.disabledAlgorithms" => disabled_algorithms(
                out,
                &d,
                "java-security.certpath-disabled-algorithms",
                &p.value,
                false,
            ),
            "jdk.jar.disabledAlgorithms" => disabled_algorithms(
                out,
                &d,
                "java-security.jar-disabled-algorithms",
                &p.value,
                false,
            ),
            "jdk.tls.client.protocols" | "jdk.tls.server.protocols" => {
                let versions = text::items(&p.value, &[','])
                    .filter_map(tls::protocol)
                    .collect();
                out.protocols(&d, "java-security.tls-protocols", versions);
            }
            "jdk.tls.namedGroups" => {
                let choices = tls::group_choices(text::unquote(&p.value));
                out.algorithms(&d, "java-security.named-groups", choices);
            }
            "keystore.type" => {
                let entry = match p.value.trim().to_ascii_lowercase().as_str() {
                    "jks" => "JKS-KeyProtector",
                    "jceks" => "PBEWithMD5AndTripleDES",
                    _ => continue,
                };
                if let Some(alg) = tls::entry(entry) {
                    out.algorithms(&d, "java-security.keystore", vec![Choice::new(alg)]);
                }
            }
            "keystore.pkcs12.keyProtectionAlgorithm"
            | "keystore.pkcs12.certProtectionAlgorithm" => {
                if let Some(entry) = catalogue::api_name(p.value.trim()) {
                    out.algorithms(
                        &d,
                        "java-security.keystore",
                        vec![Choice::new(entry.resolve(None))],
                    );
                }
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
        scan_config(Language::JavaSecurity, src.as_bytes())
            .iter()
            .map(|f| (f.location.line.unwrap_or(0), f.subject()))
            .collect()
    }

    #[test]
    fn tls_disabled_algorithms_with_continuations() {
        let src = "# jdk.tls.disabledAlgorithms=RC4\njdk.tls.disabledAlgorithms=SSLv3, TLSv1, RC4, DES, \\\n    DH keySize < 1024, \\\n    3DES_EDE_CBC, anon, NULL\n";
        assert_eq!(
            subjects(src),
            [(2, "TLS 1.1".to_string()), (2, "DH-1024".to_string())]
        );
        let strict = "jdk.tls.disabledAlgorithms=SSLv3, TLSv1, TLSv1.1, RC4, 3DES_EDE_CBC, DH keySize < 2048\n";
        assert!(subjects(strict).is_empty());
    }

    #[test]
    fn certpath_jar_and_enabling_properties() {
        let src = "jdk.certpath.disabledAlgorithms=MD2, MD5, SHA1 jdkCA & usage TLSServer, \\\n  RSA keySize < 1024, EC keySize < 224\njdk.tls.namedGroups=\"x25519, secp256r1\"\njdk.tls.client.protocols=TLSv1.2,TLSv1.3\nkeystore.type=jks\n";
        assert_eq!(
            subjects(src),
            [
                (1, "RSA-1024".to_string()),
                (3, "X25519".to_string()),
                (3, "ECDH-P-256".to_string()),
                (4, "TLS 1.2".to_string()),
                (4, "TLS 1.3".to_string()),
                (5, "JKS-KeyProtector".to_string())
            ]
        );
        assert_eq!(
            subjects("jdk.jar.disabledAlgorithms=MD2, RSA keySize <= 1024\n"),
            [(1, "MD5".to_string()), (1, "SHA-1".to_string())]
        );
    }
}
