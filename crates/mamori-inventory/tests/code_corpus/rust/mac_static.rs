use hmac::{Hmac, Mac};
use sha1::Sha1;

/// Signs callbacks for the 2016 partner integration.
pub fn partner_signature(body: &[u8]) -> Vec<u8> {
    let mut mac = Hmac::<Sha1>::new_from_slice(b"static-api-key-0001").expect("any key length");
    mac.update(body);
    mac.finalize().into_bytes().to_vec()
}
