//! Target specifications: `host:port`, `host` (default port), `[v6]:port`, CIDR blocks with or
//! without a port, one per line in a file.

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use serde::Serialize;

use crate::error::ProbeError;

/// Most addresses one CIDR block may expand to: a /16 of IPv4.
pub const MAX_CIDR_HOSTS: u128 = 65_536;

/// One endpoint to probe.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Target {
    /// Host name or address literal, as given (used for SNI when it is a name).
    pub host: String,
    pub port: u16,
}

impl Target {
    /// The host as an IP address, when it is a literal.
    pub fn ip(&self) -> Option<IpAddr> {
        self.host.parse().ok()
    }

    /// The name to send as SNI: host names only, never address literals (RFC 6066).
    pub fn sni(&self) -> Option<&str> {
        match self.ip() {
            Some(_) => None,
            None => Some(&self.host),
        }
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.host.contains(':') {
            write!(f, "[{}]:{}", self.host, self.port)
        } else {
            write!(f, "{}:{}", self.host, self.port)
        }
    }
}

fn invalid(input: &str, why: impl Into<String>) -> ProbeError {
    ProbeError::InvalidTarget {
        input: input.to_string(),
        why: why.into(),
    }
}

fn parse_port(input: &str, p: &str) -> Result<u16, ProbeError> {
    match p.parse::<u16>() {
        Ok(0) | Err(_) => Err(invalid(input, format!("'{p}' is not a port (1-65535)"))),
        Ok(n) => Ok(n),
    }
}

/// Parses one specification into the endpoints it names.
pub fn parse_target(input: &str, default_port: u16) -> Result<Vec<Target>, ProbeError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(invalid(input, "empty"));
    }
    // Split off the port: "[v6]:p", "[v6/len]:p", "host:p", "a.b.c.d/len:p"; a bare IPv6
    // literal has several colons and no brackets, so it has no port.
    let (host, port) = if let Some(rest) = s.strip_prefix('[') {
        let (inner, after) = rest
            .split_once(']')
            .ok_or_else(|| invalid(input, "missing ']'"))?;
        let port = match after.strip_prefix(':') {
            Some(p) => parse_port(input, p)?,
            None if after.is_empty() => default_port,
            None => return Err(invalid(input, "unexpected text after ']'")),
        };
        (inner, port)
    } else if s.matches(':').count() == 1 {
        let (h, p) = s.split_once(':').unwrap_or((s, ""));
        (h, parse_port(input, p)?)
    } else {
        (s, default_port)
    };
    if host.is_empty() {
        return Err(invalid(input, "no host"));
    }
    if let Some((net, len)) = host.split_once('/') {
        return expand_cidr(input, net, len, port);
    }
    if host.contains(':') {
        host.parse::<Ipv6Addr>()
            .map_err(|_| invalid(input, "not an IPv6 address"))?;
    } else if !host
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-' || b == b'_')
    {
        return Err(invalid(input, "not a host name or address"));
    }
    Ok(vec![Target {
        host: host.to_string(),
        port,
    }])
}

fn expand_cidr(input: &str, net: &str, len: &str, port: u16) -> Result<Vec<Target>, ProbeError> {
    let len: u32 = len
        .parse()
        .map_err(|_| invalid(input, format!("'{len}' is not a prefix length")))?;
    let ip: IpAddr = net
        .parse()
        .map_err(|_| invalid(input, format!("'{net}' is not an address")))?;
    let (bits, base) = match ip {
        IpAddr::V4(a) => (32u32, u128::from(u32::from(a))),
        IpAddr::V6(a) => (128u32, u128::from(a)),
    };
    if len > bits {
        return Err(invalid(
            input,
            format!("prefix /{len} is longer than {bits} bits"),
        ));
    }
    let host_bits = bits - len;
    let count = 1u128.checked_shl(host_bits).unwrap_or(u128::MAX);
    if count > MAX_CIDR_HOSTS {
        return Err(invalid(
            input,
            format!("expands to {count} addresses; at most {MAX_CIDR_HOSTS} per block"),
        ));
    }
    let mask = if host_bits >= 128 {
        0
    } else {
        !0u128 << host_bits
    };
    let first = base & mask;
    Ok((0..count)
        .map(|i| {
            let v = first + i;
            let host = match ip {
                IpAddr::V4(_) => Ipv4Addr::from(v as u32).to_string(),
                IpAddr::V6(_) => Ipv6Addr::from(v).to_string(),
            };
            Target { host, port }
        })
        .collect())
}

/// Parses many specifications (command-line arguments, or the lines of a `-T` file, where blank
/// lines and `#` comments are skipped), keeping order and dropping duplicates.
pub fn parse_targets<'a>(
    inputs: impl IntoIterator<Item = &'a str>,
    default_port: u16,
) -> Result<Vec<Target>, ProbeError> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for line in inputs {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        for t in parse_target(line, default_port)? {
            if seen.insert(t.clone()) {
                out.push(t);
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &str) -> Target {
        let v = parse_target(s, 443).expect(s);
        assert_eq!(v.len(), 1);
        v.into_iter().next().expect("one")
    }

    #[test]
    fn forms() {
        assert_eq!(one("example.test").to_string(), "example.test:443");
        assert_eq!(one("example.test:8443").port, 8443);
        assert_eq!(one("127.0.0.1:22").to_string(), "127.0.0.1:22");
        assert_eq!(one("::1").to_string(), "[::1]:443");
        assert_eq!(one("[::1]:8443").to_string(), "[::1]:8443");
        assert_eq!(one("example.test").sni(), Some("example.test"));
        assert_eq!(one("127.0.0.1").sni(), None);
    }

    #[test]
    fn cidr() {
        let v = parse_target("127.0.0.0/30:8443", 443).expect("cidr");
        let hosts: Vec<String> = v.iter().map(ToString::to_string).collect();
        assert_eq!(
            hosts,
            [
                "127.0.0.0:8443",
                "127.0.0.1:8443",
                "127.0.0.2:8443",
                "127.0.0.3:8443"
            ]
        );
        assert_eq!(parse_target("127.0.0.5/32", 443).expect("one").len(), 1);
        assert_eq!(parse_target("[::1/127]:22", 443).expect("v6").len(), 2);
        assert!(parse_target("10.0.0.0/8", 443).is_err());
        assert!(parse_target("10.0.0.0/33", 443).is_err());
    }

    #[test]
    fn bad_input_is_an_error() {
        for bad in [
            "",
            "host:",
            "host:0",
            "host:70000",
            "ho st",
            "[::1",
            "[::1]x",
            "a/b",
        ] {
            assert!(parse_target(bad, 443).is_err(), "{bad}");
        }
    }

    #[test]
    fn files_skip_comments_and_duplicates() {
        let v = parse_targets(
            ["# list", "", "a.test", "a.test:443", "b.test:8443 # note"],
            443,
        )
        .expect("list");
        assert_eq!(v.len(), 2);
    }
}
