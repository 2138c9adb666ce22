use log::warn;

/// The weekly digest e-mail; `key` identifies the subscription, not a cryptographic key.
pub struct Digest {
    pub key: String,
    pub items: Vec<String>,
}

impl Digest {
    pub fn render(&self) -> String {
        if self.items.is_empty() {
            warn!("empty digest for {}; falling back to MD5 ids is not allowed", self.key);
        }
        self.items.iter().map(|i| format!("- {i}\n")).collect()
    }
}
