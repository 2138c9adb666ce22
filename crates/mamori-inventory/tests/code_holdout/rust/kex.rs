use rand_core::OsRng;
use x25519_dalek::{EphemeralSecret, PublicKey};

pub struct Handshake {
    secret: EphemeralSecret,
    pub public: PublicKey,
}

impl Handshake {
    pub fn start() -> Self {
        let secret = EphemeralSecret::random_from_rng(OsRng);
        let public = PublicKey::from(&secret);
        Self { secret, public }
    }

    pub fn finish(self, peer: &PublicKey) -> [u8; 32] {
        self.secret.diffie_hellman(peer).to_bytes()
    }
}
