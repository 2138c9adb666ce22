use std::sync::Arc;

use rustls::{ClientConfig, RootCertStore};

pub fn client_config(roots: RootCertStore) -> Arc<ClientConfig> {
    let config = ClientConfig::builder_with_protocol_versions(&[&rustls::version::TLS13])
        .with_root_certificates(roots)
        .with_no_client_auth();
    Arc::new(config)
}
