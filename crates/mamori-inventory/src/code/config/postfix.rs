//! Postfix `main.cf` parameters and `master.cf` `-o name=value` overrides.
//!
//! - `*_tls_protocols`, `*_tls_mandatory_protocols`: `!SSLv3, !TLSv1` exclusions, plain
//!   inclusions, `>=TLSv1.2`/`<=TLSv1.3` bounds;
//! - `*_tls_ciphers`, `*_tls_mandatory_ciphers`: the grade (`high`, `medium`, `low`, `export`,
//!   `null`) is evaluated as Postfix does: the grade's cipher list (the file's own
//!   `tls_<grade>_cipherlist`, else Postfix's default) minus `*_tls_exclude_ciphers`;
//! - `tls_<grade>_cipherlist`: the OpenSSL cipher string itself;
//! - `tls_eecdh_auto_curves`, `tls_eecdh_strong_curve`, `tls_eecdh_ultra_curve`,
//!   `tls_ffdhe_auto_groups`: groups;
//! - `*_tls_fingerprint_digest`: the certificate fingerprint hash.
//!
//! A line starting with whitespace continues the previous one; lines whose first non-blank
//! character is `#` are comments. Values with `$parameter` references are not expanded.

use std::collections::HashMap;

use mamori_model::{Primitive, ProtocolVersion, catalogue};

use super::text::{self, Word};
use super::tls;
use super::{Choice, Directive, Emitter};

/// Postfix 3.x defaults of the grade cipher lists.
fn default_cipherlist(grade: &str) -> Option<&'static str> {
    Some(match grade {
        "high" => "aNULL:-aNULL:HIGH:@STRENGTH",
        "medium" => "aNULL:-aNULL:HIGH:MEDIUM:+RC4:@STRENGTH",
        "low" => "aNULL:-aNULL:HIGH:MEDIUM:LOW:+RC4:@STRENGTH",
        "export" => "aNULL:-aNULL:HIGH:MEDIUM:LOW:EXPORT:+RC4:@STRENGTH",
        "null" => "eNULL:!aNULL",
        _ => return None,
    })
}

/// One physical piece of a logical line.
#[derive(Debug)]
struct Piece {
    number: u32,
    text: String,
}

fn logical_lines(data: &[u8]) -> Vec<Vec<Piece>> {
    let mut out: Vec<Vec<Piece>> = Vec::new();
    let mut current: Vec<Piece> = Vec::new();
    for line in text::lines(data) {
        let raw = line.text.as_ref();
        let t = raw.trim_start();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let starts_new = !raw.starts_with([' ', '\t']);
        if starts_new && !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
        if (starts_new || !current.is_empty()) && current.len() < 256 {
            current.push(Piece {
                number: line.number,
                text: raw.to_string(),
            });
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// A parameter setting: `name = value` in main.cf or `-o name=value` in master.cf.
#[derive(Debug)]
struct Setting {
    name: String,
    value: String,
    directive: Directive,
}

/// `name = value` when the logical line is a main.cf parameter.
fn main_cf(pieces: &[Piece]) -> Option<Setting> {
    let first = pieces.first()?;
    let (name, value) = first.text.split_once('=')?;
    let name = name.trim();
    if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
        return None;
    }
    let mut joined = value.trim().to_string();
    for p in &pieces[1..] {
        joined.push(' ');
        joined.push_str(p.text.trim());
    }
    Some(Setting {
        name: name.to_string(),
        value: joined,
        directive: Directive::new(name, first.number, 1, &first.text),
    })
}

/// The `-o` overrides of a master.cf service line.
fn master_cf(pieces: &[Piece]) -> Vec<Setting> {
    let words: Vec<(&Piece, Word)> = pieces
        .iter()
        .flat_map(|p| text::words(&p.text, false).into_iter().map(move |w| (p, w)))
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let (piece, w) = &words[i];
        i += 1;
        let (assignment, column, piece) = if w.text == "-o" {
            let Some((p, next)) = words.get(i) else { break };
            i += 1;
            if next.text.starts_with('{') {
                let mut group = next.text.clone();
                while !group.ends_with('}') && i < words.len() {
                    group.push(' ');
                    group.push_str(&words[i].1.text);
                    i += 1;
                }
                let inner = group.trim_start_matches('{').trim_end_matches('}').trim();
                (inner.to_string(), next.column.saturating_add(1), *p)
            } else {
                (next.text.clone(), next.column, *p)
            }
        } else if let Some(rest) = w.text.strip_prefix("-o") {
            if !rest.contains('=') {
                continue;
            }
            (rest.to_string(), w.column.saturating_add(2), *piece)
        } else {
            continue;
        };
        let Some((name, value)) = assignment.split_once('=') else {
            continue;
        };
        let name = name.trim();
        out.push(Setting {
            name: name.to_string(),
            value: value.trim().to_string(),
            directive: Directive::new(name, piece.number, column, &piece.text),
        });
    }
    out
}

/// Enabled versions of a Postfix protocol list.
fn protocols(value: &str) -> Vec<ProtocolVersion> {
    let mut include = Vec::new();
    let mut exclude = Vec::new();
    let (mut min, mut max) = (None, None);
    for item in text::items(value, &[',', ':']) {
        if let Some(name) = item.strip_prefix('!') {
            exclude.extend(tls::protocol(name));
        } else if let Some(name) = item.strip_prefix(">=") {
            min = tls::protocol(name);
        } else if let Some(name) = item.strip_prefix("<=") {
            max = tls::protocol(name);
        } else {
            include.extend(tls::protocol(item));
        }
    }
    let mut enabled = if include.is_empty() {
        tls::all_protocols()
    } else {
        include
    };
    enabled.retain(|p| !exclude.contains(p));
    if min.is_some() || max.is_some() {
        let bounds = tls::range(min.as_ref().unwrap_or(&tls::pv("SSL", "3.0")), max.as_ref());
        enabled.retain(|p| bounds.contains(p));
    }
    tls::sort_protocols(&mut enabled);
    enabled.dedup();
    enabled
}

fn grade(name: &str, value: &str, settings: &HashMap<String, String>) -> Vec<Choice> {
    let grade = value.trim().to_ascii_lowercase();
    let own = settings
        .get(&format!("tls_{grade}_cipherlist"))
        .filter(|v| !v.contains('$'))
        .map(String::as_str);
    let Some(list) = own.or_else(|| default_cipherlist(&grade)) else {
        return Vec::new();
    };
    let prefix = name.split("_tls_").next().unwrap_or("");
    let mut rules = list.to_string();
    let mut exclusions = vec![format!("{prefix}_tls_exclude_ciphers")];
    if name.contains("_mandatory_") {
        exclusions.push(format!("{prefix}_tls_mandatory_exclude_ciphers"));
    }
    for key in exclusions {
        if let Some(excluded) = settings.get(&key).filter(|v| !v.contains('$')) {
            for item in text::items(excluded, &[',', ':']) {
                rules.push_str(":!");
                rules.push_str(item);
            }
        }
    }
    tls::cipher_string_choices(&rules)
}

fn setting(out: &mut Emitter, s: &Setting, settings: &HashMap<String, String>) {
    if s.value.contains('$') || s.value.is_empty() {
        return;
    }
    let d = &s.directive;
    let name = s.name.as_str();
    if name.ends_with("_tls_protocols") || name.ends_with("_tls_mandatory_protocols") {
        out.protocols(d, "postfix.tls-protocols", protocols(&s.value));
    } else if name.ends_with("_tls_ciphers") || name.ends_with("_tls_mandatory_ciphers") {
        out.algorithms(d, "postfix.tls-ciphers", grade(name, &s.value, settings));
    } else if name.starts_with("tls_") && name.ends_with("_cipherlist") {
        let choices = tls::cipher_string_choices(&s.value);
        out.algorithms(d, "postfix.tls-cipherlist", choices);
    } else if matches!(
        name,
        "tls_eecdh_auto_curves"
            | "tls_eecdh_strong_curve"
            | "tls_eecdh_ultra_curve"
            | "tls_ffdhe_auto_groups"
    ) {
        out.algorithms(d, "postfix.tls-curves", tls::group_choices(&s.value));
    } else if name.ends_with("_tls_fingerprint_digest") {
        let Some(entry) =
            catalogue::api_name(s.value.trim()).filter(|e| e.primitive == Primitive::Hash)
        else {
            return;
        };
        let alg = entry.resolve(None);
        let choice = match tls::weak_signature(&alg) {
            Some(w) => Choice::weak(alg, w),
            None => Choice::new(alg),
        };
        out.algorithms(d, "postfix.tls-fingerprint-digest", vec![choice]);
    }
}

pub(super) fn scan(data: &[u8], out: &mut Emitter) {
    let lines = logical_lines(data);
    let mut main: Vec<Setting> = Vec::new();
    let mut services: Vec<Vec<Setting>> = Vec::new();
    for pieces in &lines {
        match main_cf(pieces) {
            Some(s) => main.push(s),
            None => services.push(master_cf(pieces)),
        }
    }
    let main_values: HashMap<String, String> = main
        .iter()
        .map(|s| (s.name.clone(), s.value.clone()))
        .collect();
    for s in &main {
        if !out.directive_budget() {
            return;
        }
        setting(out, s, &main_values);
    }
    for service in &services {
        let mut values = main_values.clone();
        values.extend(service.iter().map(|s| (s.name.clone(), s.value.clone())));
        for s in service {
            if !out.directive_budget() {
                return;
            }
            setting(out, s, &values);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::scan as scan_config;
    use mamori_model::Language;

    fn subjects(src: &str) -> Vec<(u32, String)> {
        scan_config(Language::Postfix, src.as_bytes())
            .iter()
            .map(|f| (f.location.line.unwrap_or(0), f.subject()))
            .collect()
    }

    #[test]
    fn protocol_syntaxes() {
        assert_eq!(
            subjects("smtpd_tls_protocols = !SSLv2, !SSLv3, !TLSv1, !TLSv1.1\n"),
            [(1, "TLS 1.2".to_string()), (1, "TLS 1.3".to_string())]
        );
        assert_eq!(
            subjects("smtp_tls_mandatory_protocols = >=TLSv1.1\n"),
            [
                (1, "TLS 1.1".to_string()),
                (1, "TLS 1.2".to_string()),
                (1, "TLS 1.3".to_string())
            ]
        );
        assert_eq!(
            subjects("lmtp_tls_protocols =\n    TLSv1.2\n"),
            [(1, "TLS 1.2".to_string())]
        );
        assert!(subjects("#smtpd_tls_protocols = TLSv1\nsmtpd_tls_protocols =\n").is_empty());
    }

    #[test]
    fn grades_exclusions_and_master_overrides() {
        let null = subjects("smtpd_tls_ciphers = null\n");
        assert!(null.iter().any(|(_, s)| s == "NULL"));
        let high = subjects(
            "smtpd_tls_ciphers = high\nsmtpd_tls_exclude_ciphers = aNULL, SHA1, SHA256, SHA384, PSK, SRP, DSS, CAMELLIA, ARIA, AESCCM, kRSA\n",
        );
        let names: Vec<&str> = high.iter().map(|(_, s)| s.as_str()).collect();
        assert_eq!(
            names,
            [
                "ECDHE",
                "ECDSA",
                "AES-256-GCM",
                "RSA",
                "DHE",
                "ChaCha20-Poly1305",
                "AES-128-GCM"
            ]
        );
        let master = subjects(
            "submission inet n - y - - smtpd\n  -o smtpd_tls_security_level=encrypt\n  -o smtpd_tls_mandatory_protocols=TLSv1.3\n  -o { smtpd_tls_protocols = TLSv1.2 }\n",
        );
        assert_eq!(
            master,
            [(3, "TLS 1.3".to_string()), (4, "TLS 1.2".to_string())]
        );
        assert!(subjects("smtpd_tls_dh1024_param_file = /etc/postfix/dh1024.pem\n").is_empty());
        assert_eq!(
            subjects(
                "smtp_tls_fingerprint_digest = md5\ntls_eecdh_auto_curves = X25519 prime256v1\n"
            ),
            [
                (1, "MD5".to_string()),
                (2, "X25519".to_string()),
                (2, "ECDH-P-256".to_string())
            ]
        );
    }
}
