//! The incremental reader of a server's answer: records in, handshake events out.

use super::server::{
    CertificateMsg, ServerHello, ServerKeyExchange, parse_certificate, parse_server_hello,
    parse_server_key_exchange, parse_sslv2_server_hello,
};
use super::wire::tls_error;
use super::{
    KexKind, MAX_CERTIFICATE_MSG_LEN, MAX_HANDSHAKE_MSG_LEN, MAX_RECORD_LEN, ProtocolVersion,
    content_type, handshake_type, kex_kind,
};
use crate::error::InventoryError;

/// The most bytes fed and not yet taken out as events: a full flight (a 256 KiB certificate
/// chain and the rest) fits many times over.
pub const MAX_BUFFERED: usize = 2 * 1024 * 1024;

/// What the server sent, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ServerEvent {
    /// A ServerHello or a HelloRetryRequest ([`ServerHello::is_hello_retry_request`]).
    ServerHello(ServerHello),
    /// A TLS ≤ 1.2 plaintext Certificate: DER certificates in the order sent.
    Certificate(CertificateMsg),
    /// A ServerKeyExchange, parsed for the suite and version of the ServerHello that preceded it
    /// ([`ServerKeyExchange::Unknown`] when no ServerHello came first or the suite's exchange is
    /// not parsed). [`parse_server_key_exchange`] parses a body with any suite kind.
    ServerKeyExchange(ServerKeyExchange),
    ServerHelloDone,
    /// An alert; [`alert_name`](super::alert_name) names the description. Alerts received
    /// after the server started encrypting are [`ServerEvent::Encrypted`] instead.
    Alert {
        level: u8,
        description: u8,
    },
    ChangeCipherSpec,
    /// A record the server protected: any ApplicationData (23) record — in TLS 1.3 everything
    /// after the ServerHello — and every record after the server's ChangeCipherSpec in TLS ≤ 1.2
    /// or after an SSLv2 SERVER-HELLO. One event per record.
    Encrypted,
    /// A handshake message not parsed here (CertificateRequest, CertificateStatus,
    /// NewSessionTicket, HelloRequest...): its type and body length.
    OtherHandshake {
        msg_type: u8,
        len: usize,
    },
    /// An SSLv2 SERVER-HELLO (the server speaks SSLv2): the cipher specs it supports and its
    /// certificate's DER bytes.
    Sslv2ServerHello {
        cipher_specs: Vec<[u8; 3]>,
        certificate: Vec<u8>,
    },
    /// An SSLv2 ERROR message (1 no-cipher, 2 no-certificate, 4 bad-certificate, 6
    /// unsupported-certificate-type).
    Sslv2Error {
        code: u16,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Framing {
    /// Nothing received yet.
    Undecided,
    Tls,
    Sslv2,
}

/// Reads a server's bytes as they arrive and yields [`ServerEvent`]s: records are checked as
/// soon as their header is in ([`HandshakeReader::feed`]), handshake messages are reassembled
/// across records and split when several share one record.
///
/// After the first error every call returns that error again. Error offsets are positions in
/// the stream of bytes fed since [`HandshakeReader::new`].
#[derive(Debug)]
pub struct HandshakeReader {
    /// Fed bytes; `buf[start..]` are not consumed yet.
    buf: Vec<u8>,
    start: usize,
    /// Stream offset of `buf[0]`.
    buf_offset: usize,
    /// Stream offset of the next record header not yet checked.
    scan: usize,
    framing: Framing,
    /// Handshake bytes being reassembled, and where each piece came from:
    /// `(index in hs, stream offset)`.
    hs: Vec<u8>,
    hs_segments: Vec<(usize, usize)>,
    /// Alert bytes (an alert may in principle be split across records).
    alert: Vec<u8>,
    /// The last ServerHello: negotiated version, suite, whether it was a HelloRetryRequest.
    negotiated: Option<(ProtocolVersion, u16, bool)>,
    /// The server now protects its records.
    encrypted: bool,
    failed: Option<(usize, String)>,
}

impl Default for HandshakeReader {
    fn default() -> Self {
        Self::new()
    }
}

impl HandshakeReader {
    pub fn new() -> Self {
        HandshakeReader {
            buf: Vec::new(),
            start: 0,
            buf_offset: 0,
            scan: 0,
            framing: Framing::Undecided,
            hs: Vec::new(),
            hs_segments: Vec::new(),
            alert: Vec::new(),
            negotiated: None,
            encrypted: false,
            failed: None,
        }
    }

    /// The version and suite of the last ServerHello (HelloRetryRequests included).
    pub fn negotiated(&self) -> Option<(ProtocolVersion, u16)> {
        self.negotiated.map(|(v, s, _)| (v, s))
    }

    /// Bytes fed so far.
    pub fn bytes_fed(&self) -> usize {
        self.buf_offset + self.buf.len()
    }

    fn fail(&mut self, offset: usize, what: impl Into<String>) -> InventoryError {
        let what = what.into();
        self.failed = Some((offset, what.clone()));
        tls_error(offset, what)
    }

    fn failed_error(&self) -> Option<InventoryError> {
        self.failed
            .as_ref()
            .map(|(offset, what)| tls_error(*offset, what.clone()))
    }

    /// Appends bytes received from the server. Checks every record header that is complete:
    /// an unknown content type, a version whose major byte is not 3 or a length over
    /// [`MAX_RECORD_LEN`] is an error, as is holding more than [`MAX_BUFFERED`] unread bytes.
    pub fn feed(&mut self, bytes: &[u8]) -> Result<(), InventoryError> {
        if let Some(e) = self.failed_error() {
            return Err(e);
        }
        let unread = self.buf.len() - self.start;
        if unread.saturating_add(bytes.len()) > MAX_BUFFERED {
            let at = self.bytes_fed();
            return Err(self.fail(
                at,
                format!("more than {MAX_BUFFERED} bytes fed and not read"),
            ));
        }
        if self.start > 0 && self.start * 2 >= self.buf.len() {
            self.buf.drain(..self.start);
            self.buf_offset += self.start;
            self.start = 0;
        }
        self.buf.extend_from_slice(bytes);
        self.check_headers()
    }

    /// The bytes at stream offsets `from..from+n`, if fed.
    fn stream_bytes(&self, from: usize, n: usize) -> Option<&[u8]> {
        let rel = from.checked_sub(self.buf_offset)?;
        self.buf.get(rel..rel.checked_add(n)?)
    }

    /// Header length and payload length of the record at stream offset `at`, if its header is in.
    fn header_at(&self, at: usize) -> Option<Result<(usize, usize), (usize, String)>> {
        match self.framing {
            Framing::Undecided => None,
            Framing::Tls => {
                let h = self.stream_bytes(at, 5)?;
                let &[ctype, major, minor, hi, lo] = h else {
                    return None;
                };
                if !(content_type::CHANGE_CIPHER_SPEC..=content_type::HEARTBEAT).contains(&ctype) {
                    let what = if at == 0 {
                        // Not TLS at all: show how the answer starts (an HTTP or SSH banner...).
                        let head: String = self
                            .buf
                            .iter()
                            .take(16)
                            .map(|&b| {
                                if b.is_ascii_graphic() || b == b' ' {
                                    char::from(b)
                                } else {
                                    '.'
                                }
                            })
                            .collect();
                        format!("not TLS: record content type {ctype}, stream starts {head:?}")
                    } else {
                        format!("record content type {ctype}")
                    };
                    return Some(Err((at, what)));
                }
                if major != 3 {
                    return Some(Err((
                        at + 1,
                        format!("record version 0x{major:02X}{minor:02X}"),
                    )));
                }
                let len = usize::from(u16::from_be_bytes([hi, lo]));
                if len > MAX_RECORD_LEN {
                    return Some(Err((
                        at + 3,
                        format!("record of {len} bytes (limit {MAX_RECORD_LEN})"),
                    )));
                }
                Some(Ok((5, len)))
            }
            Framing::Sslv2 => {
                let &[b0, b1] = self.stream_bytes(at, 2)? else {
                    return None;
                };
                if b0 & 0x80 != 0 {
                    Some(Ok((2, usize::from(b0 & 0x7F) << 8 | usize::from(b1))))
                } else {
                    // Three-byte header: length, then a padding-length byte.
                    self.stream_bytes(at, 3)?;
                    Some(Ok((3, usize::from(b0 & 0x3F) << 8 | usize::from(b1))))
                }
            }
        }
    }

    fn check_headers(&mut self) -> Result<(), InventoryError> {
        if self.framing == Framing::Undecided {
            match self.stream_bytes(0, 1) {
                // A TLS record starts with a content type (20–24); an SSLv2 record with a
                // two-byte header whose top bit is set.
                Some(&[b0]) if b0 & 0x80 != 0 => self.framing = Framing::Sslv2,
                Some(_) => self.framing = Framing::Tls,
                None => return Ok(()),
            }
        }
        while let Some(header) = self.header_at(self.scan) {
            match header {
                Ok((h, len)) => self.scan += h + len,
                Err((offset, what)) => return Err(self.fail(offset, what)),
            }
        }
        Ok(())
    }

    /// Takes the next complete, checked record: (content type or SSLv2 marker, payload, stream
    /// offset of the payload).
    fn take_record(&mut self) -> Option<(u8, Vec<u8>, usize)> {
        let at = self.buf_offset + self.start;
        if at >= self.scan {
            return None;
        }
        let (h, len) = self.header_at(at)?.ok()?;
        let payload = self.stream_bytes(at + h, len)?.to_vec();
        let ctype = match self.framing {
            Framing::Tls => *self.buf.get(self.start)?,
            _ => 0,
        };
        self.start += h + len;
        Some((ctype, payload, at + h))
    }

    /// The next event, `Ok(None)` when more bytes are needed.
    pub fn next_event(&mut self) -> Result<Option<ServerEvent>, InventoryError> {
        if let Some(e) = self.failed_error() {
            return Err(e);
        }
        let result = self.next_event_inner();
        if let Err(InventoryError::Tls { offset, what }) = &result {
            self.failed = Some((*offset, what.clone()));
        }
        result
    }

    fn next_event_inner(&mut self) -> Result<Option<ServerEvent>, InventoryError> {
        loop {
            if let [level, description, ..] = *self.alert {
                self.alert.drain(..2);
                return Ok(Some(ServerEvent::Alert { level, description }));
            }
            if let Some(event) = self.take_handshake()? {
                return Ok(Some(event));
            }
            let Some((ctype, payload, payload_offset)) = self.take_record() else {
                return Ok(None);
            };
            if self.framing == Framing::Sslv2 {
                if self.encrypted {
                    return Ok(Some(ServerEvent::Encrypted));
                }
                self.encrypted = true;
                return sslv2_event(&payload, payload_offset).map(Some);
            }
            if self.encrypted || ctype == content_type::APPLICATION_DATA {
                return Ok(Some(ServerEvent::Encrypted));
            }
            match ctype {
                content_type::HANDSHAKE if payload.is_empty() => {}
                content_type::HANDSHAKE => {
                    self.hs_segments.push((self.hs.len(), payload_offset));
                    self.hs.extend_from_slice(&payload);
                }
                content_type::ALERT => self.alert.extend_from_slice(&payload),
                content_type::CHANGE_CIPHER_SPEC => {
                    if payload != [1] {
                        return Err(tls_error(payload_offset, "ChangeCipherSpec is not [1]"));
                    }
                    // TLS ≤ 1.2: what follows is protected. In TLS 1.3 the CCS is a
                    // middlebox-compatibility dummy (and may follow a HelloRetryRequest).
                    if matches!(self.negotiated, Some((version, _, false)) if version < ProtocolVersion::Tls13)
                    {
                        self.encrypted = true;
                    }
                    return Ok(Some(ServerEvent::ChangeCipherSpec));
                }
                // Heartbeat records carry nothing for the handshake.
                _ => {}
            }
        }
    }

    /// Stream offset of position `index` of the handshake reassembly buffer.
    fn hs_stream_offset(&self, index: usize) -> usize {
        self.hs_segments
            .iter()
            .rev()
            .find(|(i, _)| *i <= index)
            .map_or(index, |(i, off)| off + (index - i))
    }

    fn take_handshake(&mut self) -> Result<Option<ServerEvent>, InventoryError> {
        let &[msg_type, a, b, c, ..] = self.hs.as_slice() else {
            return Ok(None);
        };
        let len = usize::from(a) << 16 | usize::from(b) << 8 | usize::from(c);
        let limit = if msg_type == handshake_type::CERTIFICATE {
            MAX_CERTIFICATE_MSG_LEN
        } else {
            MAX_HANDSHAKE_MSG_LEN
        };
        if len > limit {
            return Err(tls_error(
                self.hs_stream_offset(1),
                format!("handshake message type {msg_type} of {len} bytes (limit {limit})"),
            ));
        }
        let Some(body) = self.hs.get(4..4 + len) else {
            return Ok(None);
        };
        let event = self.handshake_event(msg_type, body).map_err(|e| match e {
            InventoryError::Tls { offset, what } => tls_error(
                self.hs_stream_offset(offset + 4),
                format!("{}: {what}", message_name(msg_type)),
            ),
            other => other,
        })?;
        if let ServerEvent::ServerHello(hello) = &event {
            self.negotiated = Some((
                hello.version,
                hello.cipher_suite,
                hello.is_hello_retry_request,
            ));
        }
        self.consume_hs(4 + len);
        Ok(Some(event))
    }

    fn handshake_event(&self, msg_type: u8, body: &[u8]) -> Result<ServerEvent, InventoryError> {
        Ok(match msg_type {
            handshake_type::SERVER_HELLO => ServerEvent::ServerHello(parse_server_hello(body)?),
            handshake_type::CERTIFICATE => ServerEvent::Certificate(parse_certificate(body)?),
            handshake_type::SERVER_KEY_EXCHANGE => {
                let (kex, version) = match self.negotiated {
                    Some((version, suite, _)) => (kex_kind(suite), version),
                    None => (KexKind::Other, ProtocolVersion::Tls12),
                };
                ServerEvent::ServerKeyExchange(parse_server_key_exchange(body, kex, version)?)
            }
            handshake_type::SERVER_HELLO_DONE => {
                if !body.is_empty() {
                    return Err(tls_error(0, "ServerHelloDone with a body"));
                }
                ServerEvent::ServerHelloDone
            }
            _ => ServerEvent::OtherHandshake {
                msg_type,
                len: body.len(),
            },
        })
    }

    fn consume_hs(&mut self, n: usize) {
        let n = n.min(self.hs.len());
        self.hs.drain(..n);
        let mut segments = Vec::with_capacity(self.hs_segments.len());
        for (i, (index, offset)) in self.hs_segments.iter().copied().enumerate() {
            let next = self.hs_segments.get(i + 1).map(|s| s.0);
            if next.is_some_and(|next| next <= n) {
                continue; // the whole piece is consumed
            }
            let skip = n.saturating_sub(index);
            segments.push((index + skip - n, offset + skip));
        }
        if self.hs.is_empty() {
            segments.clear();
        }
        self.hs_segments = segments;
    }
}

fn message_name(msg_type: u8) -> &'static str {
    match msg_type {
        handshake_type::SERVER_HELLO => "ServerHello",
        handshake_type::CERTIFICATE => "Certificate",
        handshake_type::SERVER_KEY_EXCHANGE => "ServerKeyExchange",
        handshake_type::SERVER_HELLO_DONE => "ServerHelloDone",
        _ => "handshake message",
    }
}

fn sslv2_event(payload: &[u8], payload_offset: usize) -> Result<ServerEvent, InventoryError> {
    let shift = |e: InventoryError| match e {
        InventoryError::Tls { offset, what } => tls_error(payload_offset + offset, what),
        other => other,
    };
    match payload.first() {
        Some(4) => {
            let (cipher_specs, certificate) = parse_sslv2_server_hello(payload).map_err(shift)?;
            Ok(ServerEvent::Sslv2ServerHello {
                cipher_specs,
                certificate,
            })
        }
        Some(0) => match *payload {
            [_, hi, lo, ..] => Ok(ServerEvent::Sslv2Error {
                code: u16::from_be_bytes([hi, lo]),
            }),
            _ => Err(tls_error(payload_offset, "truncated SSLv2 ERROR")),
        },
        Some(other) => Err(tls_error(
            payload_offset,
            format!("SSLv2 message type {other} where SERVER-HELLO was expected"),
        )),
        None => Err(tls_error(payload_offset, "empty SSLv2 record")),
    }
}
