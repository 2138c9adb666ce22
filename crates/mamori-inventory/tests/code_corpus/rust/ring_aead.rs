use ring::aead::{self, LessSafeKey, UnboundKey};
use ring::error::Unspecified;

pub fn record_key(raw: &[u8]) -> Result<LessSafeKey, Unspecified> {
    let unbound = UnboundKey::new(&aead::AES_128_GCM, raw)?;
    Ok(LessSafeKey::new(unbound))
}

pub fn stream_key(raw: &[u8]) -> Result<LessSafeKey, Unspecified> {
    Ok(LessSafeKey::new(UnboundKey::new(&aead::CHACHA20_POLY1305, raw)?))
}
