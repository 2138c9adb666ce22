use std::num::NonZeroU32;

use ring::pbkdf2;

/// New data uses `pbkdf2::PBKDF2_HMAC_SHA256` with 600_000 rounds instead.
/// Matches the key derivation of the 2013 desktop client.
pub fn legacy_key(password: &[u8], salt: &[u8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    pbkdf2::derive(pbkdf2::PBKDF2_HMAC_SHA1, NonZeroU32::new(1000).unwrap(), salt, password, &mut out);
    out
}
