use serde::Deserialize;

/// Transport settings. `cipher` is shown to operators; MD5 and DES are rejected by `validate`.
#[derive(Debug, Deserialize)]
pub struct TransportConfig {
    #[serde(default = "default_cipher")]
    pub cipher: String,
    pub rsa_key_path: Option<String>,
}

fn default_cipher() -> String {
    "aes-256-gcm".to_string()
}

impl TransportConfig {
    pub fn validate(&self) -> Result<(), String> {
        match self.cipher.as_str() {
            "md5" | "des" | "rc4" => Err(format!("cipher {} is not allowed", self.cipher)),
            _ => Ok(()),
        }
    }
}
