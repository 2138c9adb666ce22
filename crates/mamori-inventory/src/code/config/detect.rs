//! Which configuration format a file is: its name first, its directory next, and for `.conf`,
//! `.cnf` and extension-less files in likely directories a look at the first 64 KiB.

use mamori_model::Language;

/// Bytes looked at when sniffing content.
const SNIFF_BYTES: usize = 64 * 1024;

/// Directories whose extension-less files may be web or mail server configuration.
const CONFIG_DIRS: &[&str] = &[
    "sites-available",
    "sites-enabled",
    "conf.d",
    "conf-available",
    "conf-enabled",
    "vhosts.d",
    "nginx",
    "apache",
    "apache2",
    "httpd",
    "dovecot",
];

pub(super) fn detect(path: &str, data: &[u8]) -> Option<Language> {
    let mut parts = path.rsplit(['/', '\\']);
    let name = parts.next().unwrap_or(path);
    let dirs: Vec<&str> = parts.filter(|p| !p.is_empty()).collect();
    let parent = dirs.first().copied().unwrap_or("");
    let in_dir = |d: &str| dirs.iter().any(|p| p.eq_ignore_ascii_case(d));
    let is = |n: &str| name.eq_ignore_ascii_case(n);

    if is("nginx.conf") {
        return Some(Language::Nginx);
    }
    if is("httpd.conf") || is("apache2.conf") || is("httpd-ssl.conf") {
        return Some(Language::Apache);
    }
    if is("openssl.cnf") {
        return Some(Language::OpensslCnf);
    }
    if is("sshd_config") {
        return Some(Language::SshdConfig);
    }
    if is("ssh_config") {
        return Some(Language::SshConfig);
    }
    if is("java.security") {
        return Some(Language::JavaSecurity);
    }
    if is("main.cf") || is("master.cf") {
        return Some(Language::Postfix);
    }
    if is("dovecot.conf") {
        return Some(Language::Dovecot);
    }

    let ext = name
        .rsplit_once('.')
        .filter(|(stem, _)| !stem.is_empty())
        .map(|(_, ext)| ext);
    let head = &data[..data.len().min(SNIFF_BYTES)];
    match ext {
        Some(e) if e.eq_ignore_ascii_case("conf") => {
            if parent.eq_ignore_ascii_case("sshd_config.d") {
                return Some(Language::SshdConfig);
            }
            if parent.eq_ignore_ascii_case("ssh_config.d") {
                return Some(Language::SshConfig);
            }
            if in_dir("nginx") {
                return Some(Language::Nginx);
            }
            if in_dir("apache2") || in_dir("httpd") || in_dir("apache") {
                return Some(Language::Apache);
            }
            if in_dir("dovecot") {
                return Some(Language::Dovecot);
            }
            let sniffed = sniff_server(head);
            if is("10-ssl.conf") {
                return sniffed.or(Some(Language::Dovecot));
            }
            sniffed
        }
        Some(e) if e.eq_ignore_ascii_case("cnf") => {
            sniff_openssl(head).then_some(Language::OpensslCnf)
        }
        None if CONFIG_DIRS.iter().any(|d| in_dir(d)) => sniff_server(head),
        _ => None,
    }
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    memchr::memmem::find(hay, needle).is_some()
}

/// nginx, Apache httpd or Dovecot, from their distinctive directives.
fn sniff_server(head: &[u8]) -> Option<Language> {
    const APACHE: &[&[u8]] = &[
        b"<VirtualHost",
        b"SSLEngine",
        b"SSLProtocol",
        b"SSLCipherSuite",
        b"<IfModule",
        b"SSLCertificateFile",
    ];
    if APACHE.iter().any(|m| contains(head, m)) {
        return Some(Language::Apache);
    }
    let mut nginx = 0;
    let mut dovecot = 0;
    for raw in head.split(|&b| b == b'\n') {
        let line = raw.trim_ascii();
        if line.is_empty() || line[0] == b'#' {
            continue;
        }
        let word_end = line
            .iter()
            .position(|b| b.is_ascii_whitespace() || *b == b'=')
            .unwrap_or(line.len());
        let word = &line[..word_end];
        let rest = line[word_end..].trim_ascii_start();
        if line.ends_with(b";") || line.ends_with(b"{") {
            if word.starts_with(b"ssl_")
                || word.starts_with(b"proxy_")
                || matches!(
                    word,
                    b"server" | b"http" | b"listen" | b"location" | b"upstream"
                )
            {
                nginx += 1;
            }
        } else if rest.starts_with(b"=")
            && (word.starts_with(b"ssl_")
                || word == b"ssl"
                || matches!(
                    word,
                    b"protocols"
                        | b"mail_location"
                        | b"auth_mechanisms"
                        | b"disable_plaintext_auth"
                ))
        {
            dovecot += 1;
        }
    }
    match (nginx, dovecot) {
        (0, 0) => None,
        (n, d) if n >= d => Some(Language::Nginx),
        _ => Some(Language::Dovecot),
    }
}

/// An OpenSSL configuration file (as opposed to MySQL's `my.cnf` and the like).
fn sniff_openssl(head: &[u8]) -> bool {
    const MARKERS: &[&[u8]] = &[
        b"openssl_conf",
        b"ssl_conf",
        b"system_default",
        b"CipherString",
        b"MinProtocol",
        b"default_md",
        b"distinguished_name",
        b"x509_extensions",
        b"req_extensions",
        b"default_bits",
        b"basicConstraints",
    ];
    MARKERS.iter().any(|m| contains(head, m))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_decide_first() {
        assert_eq!(detect("etc/nginx/nginx.conf", b""), Some(Language::Nginx));
        assert_eq!(
            detect("/etc/ssh/sshd_config", b""),
            Some(Language::SshdConfig)
        );
        assert_eq!(
            detect("/etc/ssh/ssh_config.d/50-redhat.conf", b""),
            Some(Language::SshConfig)
        );
        assert_eq!(
            detect("jdk/conf/security/java.security", b""),
            Some(Language::JavaSecurity)
        );
        assert_eq!(detect("postfix/master.cf", b""), Some(Language::Postfix));
        assert_eq!(detect("src/main.rs", b""), None);
        assert_eq!(detect("README.md", b"ssl_protocols TLSv1;"), None);
    }

    #[test]
    fn content_decides_ambiguous_conf() {
        assert_eq!(
            detect(
                "conf.d/site.conf",
                b"server {\n ssl_protocols TLSv1.2;\n}\n"
            ),
            Some(Language::Nginx)
        );
        assert_eq!(
            detect("conf.d/ssl.conf", b"<VirtualHost *:443>\nSSLEngine on\n"),
            Some(Language::Apache)
        );
        assert_eq!(
            detect(
                "conf.d/10-ssl.conf",
                b"ssl = required\nssl_min_protocol = TLSv1.2\n"
            ),
            Some(Language::Dovecot)
        );
        assert_eq!(detect("etc/logrotate.conf", b"weekly\nrotate 4\n"), None);
        assert_eq!(
            detect("sites-enabled/default", b"server {\n listen 443 ssl;\n}\n"),
            Some(Language::Nginx)
        );
        assert_eq!(detect("bin/default", b"server {\n"), None);
        assert_eq!(
            detect("pki/ca.cnf", b"[ req ]\ndefault_bits = 2048\n"),
            Some(Language::OpensslCnf)
        );
        assert_eq!(detect("mysql/my.cnf", b"[mysqld]\nport=3306\n"), None);
        assert_eq!(
            detect("etc/stunnel.conf", b"[https]\nsslVersion = TLSv1\n"),
            None
        );
    }
}
