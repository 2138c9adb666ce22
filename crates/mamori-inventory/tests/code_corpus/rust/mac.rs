use hmac::{Hmac, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

pub fn sign(key: &[u8], body: &[u8]) -> Vec<u8> {
    let mut mac = HmacSha256::new_from_slice(key).expect("any key length");
    mac.update(body);
    mac.finalize().into_bytes().to_vec()
}

pub fn verify(key: &[u8], body: &[u8], tag: &[u8]) -> bool {
    let mut mac = HmacSha256::new_from_slice(key).expect("any key length");
    mac.update(body);
    mac.verify_slice(tag).is_ok()
}
