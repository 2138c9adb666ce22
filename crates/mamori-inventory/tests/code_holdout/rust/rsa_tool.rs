use rand::rngs::OsRng;
use rsa::{Oaep, RsaPrivateKey, RsaPublicKey};
use sha2::Sha256;

pub fn generate() -> rsa::Result<(RsaPrivateKey, RsaPublicKey)> {
    let private = RsaPrivateKey::new(&mut OsRng, 3072)?;
    let public = RsaPublicKey::from(&private);
    Ok((private, public))
}

pub fn wrap(public: &RsaPublicKey, key: &[u8]) -> rsa::Result<Vec<u8>> {
    public.encrypt(&mut OsRng, Oaep::new::<Sha256>(), key)
}
