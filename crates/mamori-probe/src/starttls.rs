//! The plaintext preambles that upgrade a connection to TLS: SMTP, IMAP, POP3 and FTP.

use serde::Serialize;

use crate::conn::Conn;
use crate::error::ProbeError;

/// Longest reply line we accept before the upgrade, and most lines in one reply.
const MAX_LINE: usize = 4096;
const MAX_LINES: usize = 100;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum StartTls {
    Smtp,
    Imap,
    Pop3,
    Ftp,
}

impl StartTls {
    pub fn parse(name: &str) -> Option<StartTls> {
        match name.to_ascii_lowercase().as_str() {
            "smtp" => Some(StartTls::Smtp),
            "imap" => Some(StartTls::Imap),
            "pop3" => Some(StartTls::Pop3),
            "ftp" => Some(StartTls::Ftp),
            _ => None,
        }
    }

    /// The protocol that speaks STARTTLS on a well-known port.
    pub fn for_port(port: u16) -> Option<StartTls> {
        match port {
            25 | 587 => Some(StartTls::Smtp),
            143 => Some(StartTls::Imap),
            110 => Some(StartTls::Pop3),
            21 => Some(StartTls::Ftp),
            _ => None,
        }
    }
}

/// Reads one reply: for SMTP and FTP the lines up to the one whose code is followed by a space;
/// for IMAP up to the tagged line; for POP3 one line.
async fn reply(
    conn: &mut Conn,
    buf: &mut Vec<u8>,
    done: impl Fn(&str) -> bool,
) -> Result<String, ProbeError> {
    let mut lines = 0;
    loop {
        while let Some(pos) = buf.iter().position(|b| *b == b'\n') {
            let line: Vec<u8> = buf.drain(..=pos).collect();
            let text = String::from_utf8_lossy(&line).trim_end().to_string();
            lines += 1;
            if done(&text) {
                return Ok(text);
            }
            if lines > MAX_LINES {
                return Err(unexpected(conn, "reply has too many lines"));
            }
        }
        if buf.len() > MAX_LINE {
            return Err(unexpected(conn, "reply line too long"));
        }
        if conn.recv(buf).await?.is_none() {
            return Err(unexpected(conn, "server closed the connection before TLS"));
        }
    }
}

fn unexpected(conn: &Conn, what: &str) -> ProbeError {
    ProbeError::Unexpected {
        target: conn.target().to_string(),
        what: format!("STARTTLS: {what}"),
    }
}

/// The last line of an SMTP or FTP reply: three digits then a space (or nothing);
/// continuation lines have a dash after the code.
fn last_reply_line(l: &str) -> bool {
    let b = l.as_bytes();
    b.len() >= 3 && b[..3].iter().all(u8::is_ascii_digit) && b.get(3).is_none_or(|c| *c == b' ')
}

fn expect(conn: &Conn, line: &str, ok: &str) -> Result<(), ProbeError> {
    if line.starts_with(ok) {
        Ok(())
    } else {
        Err(unexpected(conn, &format!("server answered '{line}'")))
    }
}

/// Runs the preamble; afterwards the next bytes on `conn` are TLS.
pub async fn upgrade(conn: &mut Conn, proto: StartTls) -> Result<(), ProbeError> {
    let mut buf = Vec::new();
    match proto {
        StartTls::Smtp => {
            let greeting = reply(conn, &mut buf, last_reply_line).await?;
            expect(conn, &greeting, "220")?;
            conn.send(b"EHLO mamori.invalid\r\n").await?;
            let ehlo = reply(conn, &mut buf, last_reply_line).await?;
            expect(conn, &ehlo, "250")?;
            conn.send(b"STARTTLS\r\n").await?;
            let go = reply(conn, &mut buf, last_reply_line).await?;
            expect(conn, &go, "220")
        }
        StartTls::Ftp => {
            let greeting = reply(conn, &mut buf, last_reply_line).await?;
            expect(conn, &greeting, "220")?;
            conn.send(b"AUTH TLS\r\n").await?;
            let go = reply(conn, &mut buf, last_reply_line).await?;
            expect(conn, &go, "234")
        }
        StartTls::Imap => {
            let greeting = reply(conn, &mut buf, |l| l.starts_with('*')).await?;
            expect(conn, &greeting, "* OK")?;
            conn.send(b"m1 STARTTLS\r\n").await?;
            let go = reply(conn, &mut buf, |l| l.starts_with("m1 ")).await?;
            expect(conn, &go, "m1 OK")
        }
        StartTls::Pop3 => {
            let greeting = reply(conn, &mut buf, |_| true).await?;
            expect(conn, &greeting, "+OK")?;
            conn.send(b"STLS\r\n").await?;
            let go = reply(conn, &mut buf, |_| true).await?;
            expect(conn, &go, "+OK")
        }
    }
}
