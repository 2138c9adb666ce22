use std::sync::Arc;

use rustls::crypto::aws_lc_rs::{self, kx_group};
use rustls::{ClientConfig, RootCertStore};

/// TLS 1.3 only: `rustls::version::TLS12` is deliberately not offered.
pub fn client_config(roots: RootCertStore) -> Result<ClientConfig, rustls::Error> {
    let provider = rustls::crypto::CryptoProvider {
        kx_groups: vec![
            kx_group::X25519MLKEM768,
            kx_group::X25519,
        ],
        ..aws_lc_rs::default_provider()
    };
    Ok(ClientConfig::builder_with_provider(Arc::new(provider))
        .with_protocol_versions(&[&rustls::version::TLS13])?
        .with_root_certificates(roots)
        .with_no_client_auth())
}
