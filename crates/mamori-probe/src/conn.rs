//! A TCP connection with a deadline on every step and a byte budget, so a silent or endless
//! peer costs one timeout, never a hung scan or unbounded memory.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::error::ProbeError;
use crate::target::Target;

/// Most bytes read from one connection: a server flight with a long certificate chain fits
/// many times over.
pub const MAX_BYTES_PER_CONNECTION: usize = 1024 * 1024;

#[derive(Debug)]
pub struct Conn {
    stream: TcpStream,
    target: String,
    timeout: Duration,
    read_total: usize,
}

impl Conn {
    pub async fn open(target: &Target, timeout: Duration) -> Result<Conn, ProbeError> {
        let name = target.to_string();
        let addr = (target.host.as_str(), target.port);
        let stream = match tokio::time::timeout(timeout, TcpStream::connect(addr)).await {
            Err(_) => {
                return Err(ProbeError::Timeout {
                    target: name,
                    millis: timeout.as_millis() as u64,
                    during: "connecting",
                });
            }
            Ok(Err(source)) => {
                return Err(ProbeError::Connect {
                    target: name,
                    source,
                });
            }
            Ok(Ok(s)) => s,
        };
        // Handshake probes are many small writes answered at once: no Nagle delay.
        let _ = stream.set_nodelay(true);
        Ok(Conn {
            stream,
            target: name,
            timeout,
            read_total: 0,
        })
    }

    /// The socket, for a TLS library to take over (after a STARTTLS preamble, say).
    pub fn into_stream(self) -> TcpStream {
        self.stream
    }

    pub fn target(&self) -> &str {
        &self.target
    }

    pub async fn send(&mut self, bytes: &[u8]) -> Result<(), ProbeError> {
        match tokio::time::timeout(self.timeout, self.stream.write_all(bytes)).await {
            Err(_) => Err(self.timeout_err("sending")),
            Ok(Err(source)) => Err(ProbeError::Io {
                target: self.target.clone(),
                source,
            }),
            Ok(Ok(())) => Ok(()),
        }
    }

    /// Reads what is available (at least one byte); `Ok(None)` when the peer closed.
    pub async fn recv(&mut self, buf: &mut Vec<u8>) -> Result<Option<usize>, ProbeError> {
        if self.read_total >= MAX_BYTES_PER_CONNECTION {
            return Err(ProbeError::Unexpected {
                target: self.target.clone(),
                what: format!("peer sent more than {MAX_BYTES_PER_CONNECTION} bytes"),
            });
        }
        let mut chunk = [0u8; 16 * 1024];
        match tokio::time::timeout(self.timeout, self.stream.read(&mut chunk)).await {
            Err(_) => Err(self.timeout_err("waiting for the server")),
            Ok(Err(e)) if e.kind() == std::io::ErrorKind::ConnectionReset => Ok(None),
            Ok(Err(source)) => Err(ProbeError::Io {
                target: self.target.clone(),
                source,
            }),
            Ok(Ok(0)) => Ok(None),
            Ok(Ok(n)) => {
                self.read_total += n;
                buf.extend_from_slice(&chunk[..n]);
                Ok(Some(n))
            }
        }
    }

    fn timeout_err(&self, during: &'static str) -> ProbeError {
        ProbeError::Timeout {
            target: self.target.clone(),
            millis: self.timeout.as_millis() as u64,
            during,
        }
    }
}
