//! Unencrypted binary packets (RFC 4253 §6): `uint32 packet_length`, `byte padding_length`,
//! payload, padding, and no MAC before the first NEWKEYS.

use super::wire::err;
use crate::error::Result;

/// Largest `packet_length` accepted (RFC 4253 §6.1: implementations must handle 35000-byte
/// packets; unencrypted key-exchange packets are far smaller).
pub const MAX_PACKET_LENGTH: usize = 35_000;
/// Block size of the unencrypted stream: the packet length plus its 4-byte length field is a
/// multiple of 8.
pub const BLOCK_SIZE: usize = 8;
/// Most bytes a [`PacketReader`] holds unread: several maximal packets.
pub const MAX_BUFFERED: usize = 256 * 1024;
/// Smallest padding RFC 4253 allows.
pub const MIN_PADDING: usize = 4;

/// Frames `payload` as an unencrypted packet with zero padding (at least 4 bytes, total length a
/// multiple of 8). Zero padding is fine while nothing is encrypted.
pub fn encode_packet(payload: &[u8]) -> Vec<u8> {
    let unpadded = 4 + 1 + payload.len();
    let mut padding = BLOCK_SIZE - unpadded % BLOCK_SIZE;
    if padding < MIN_PADDING {
        padding += BLOCK_SIZE;
    }
    let packet_length = 1 + payload.len() + padding;
    let mut out = Vec::with_capacity(4 + packet_length);
    // A payload over 4 GiB is not something this crate ever builds.
    out.extend_from_slice(
        &u32::try_from(packet_length)
            .unwrap_or(u32::MAX)
            .to_be_bytes(),
    );
    out.push(padding as u8);
    out.extend_from_slice(payload);
    out.resize(4 + packet_length, 0);
    out
}

/// Splits the server's unencrypted packet stream into payloads. Feed bytes as they arrive (the
/// bytes after the identification line first), then take payloads until `Ok(None)`.
///
/// Error offsets count from the first byte fed. After an error the stream cannot be
/// resynchronised, and every later call returns the same error. Violations that do not stop the
/// payload from being read (padding under 4 bytes, a length that is not a multiple of 8) are
/// recorded in [`PacketReader::anomalies`] instead: a misbehaving server is a finding.
#[derive(Debug, Default)]
pub struct PacketReader {
    buf: Vec<u8>,
    /// Offset in `buf` of the next packet.
    start: usize,
    /// Stream offset of `buf[0]`.
    base: usize,
    failed: Option<(usize, String)>,
    anomalies: Vec<String>,
    packets: usize,
}

impl PacketReader {
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends received bytes. Errors when the reader has failed before, or when more than
    /// [`MAX_BUFFERED`] bytes would wait unread (take payloads after each feed).
    pub fn feed(&mut self, data: &[u8]) -> Result<()> {
        if let Some((offset, what)) = &self.failed {
            return Err(err(*offset, what.clone()));
        }
        if self.buffered().saturating_add(data.len()) > MAX_BUFFERED {
            let at = self.base + self.buf.len();
            let what = format!(
                "more than {MAX_BUFFERED} bytes buffered without complete packets being taken"
            );
            self.failed = Some((at, what.clone()));
            return Err(err(at, what));
        }
        if self.start > 0 && self.start >= self.buf.len() / 2 {
            self.buf.drain(..self.start);
            self.base += self.start;
            self.start = 0;
        }
        self.buf.extend_from_slice(data);
        Ok(())
    }

    /// The next complete packet's payload (starting with its message type), `Ok(None)` when more
    /// bytes are needed.
    pub fn next_payload(&mut self) -> Result<Option<Vec<u8>>> {
        if let Some((offset, what)) = &self.failed {
            return Err(err(*offset, what.clone()));
        }
        match self.parse() {
            Ok(p) => Ok(p),
            Err((offset, what)) => {
                self.failed = Some((offset, what.clone()));
                Err(err(offset, what))
            }
        }
    }

    fn parse(&mut self) -> Result<Option<Vec<u8>>, (usize, String)> {
        let at = self.base + self.start;
        let rest = &self.buf[self.start..];
        let Some(head) = rest.first_chunk::<4>() else {
            return Ok(None);
        };
        let packet_length = u32::from_be_bytes(*head) as usize;
        if packet_length > MAX_PACKET_LENGTH {
            return Err((
                at,
                format!(
                    "packet_length {packet_length} exceeds {MAX_PACKET_LENGTH} (encrypted or not SSH)"
                ),
            ));
        }
        if packet_length < 1 {
            return Err((at, "packet_length 0".to_string()));
        }
        let Some(&padding) = rest.get(4) else {
            return Ok(None);
        };
        let padding = usize::from(padding);
        if padding >= packet_length {
            return Err((
                at + 4,
                format!("padding_length {padding} leaves no room in packet_length {packet_length}"),
            ));
        }
        if rest.len() < 4 + packet_length {
            return Ok(None);
        }
        if padding < MIN_PADDING {
            self.anomalies.push(format!(
                "packet {} at byte {at}: padding_length {padding} < {MIN_PADDING}",
                self.packets
            ));
        }
        if (4 + packet_length) % BLOCK_SIZE != 0 {
            self.anomalies.push(format!(
                "packet {} at byte {at}: length {} is not a multiple of {BLOCK_SIZE}",
                self.packets,
                4 + packet_length
            ));
        }
        let payload = rest[5..4 + packet_length - padding].to_vec();
        self.start += 4 + packet_length;
        self.packets += 1;
        Ok(Some(payload))
    }

    /// Bytes fed but not yet returned as payloads.
    pub fn buffered(&self) -> usize {
        self.buf.len() - self.start
    }

    /// Packets returned so far.
    pub fn packets(&self) -> usize {
        self.packets
    }

    /// Protocol violations seen in packets that could still be read.
    pub fn anomalies(&self) -> &[String] {
        &self.anomalies
    }
}
