//! A certificate verifier that accepts anything and remembers what it was shown.
//!
//! A scanner must read the certificate chain of servers whose certificates are expired,
//! self-signed or issued for another name: judging them is its job. This verifier is used for
//! nothing else than reading TLS 1.3 chains, whose Certificate message is encrypted, and the
//! connection is dropped right after the handshake without sending any data.

use std::sync::{Arc, Mutex};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, SignatureScheme};

#[derive(Debug, Default)]
pub struct RecordingVerifier {
    chain: Mutex<Vec<Vec<u8>>>,
    schemes: Vec<SignatureScheme>,
}

impl RecordingVerifier {
    pub fn new(provider: &rustls::crypto::CryptoProvider) -> Arc<Self> {
        Arc::new(RecordingVerifier {
            chain: Mutex::new(Vec::new()),
            schemes: provider
                .signature_verification_algorithms
                .supported_schemes(),
        })
    }

    /// The chain the server presented, leaf first.
    pub fn chain(&self) -> Vec<Vec<u8>> {
        self.chain.lock().map(|c| c.clone()).unwrap_or_default()
    }
}

impl ServerCertVerifier for RecordingVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        if let Ok(mut c) = self.chain.lock() {
            c.clear();
            c.push(end_entity.as_ref().to_vec());
            c.extend(intermediates.iter().map(|i| i.as_ref().to_vec()));
        }
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        _message: &[u8],
        _cert: &CertificateDer<'_>,
        _dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        Ok(HandshakeSignatureValid::assertion())
    }

    fn verify_tls13_signature(
        &self,
        _message: &[u8],
        _cert: &CertificateDer<'_>,
        _dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        Ok(HandshakeSignatureValid::assertion())
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.schemes.clone()
    }
}

/// Completes a TLS 1.3 handshake with rustls and returns the server's certificate chain.
pub async fn tls13_chain(
    target: &crate::Target,
    opts: &crate::tls::TlsOptions,
) -> Result<Vec<Vec<u8>>, crate::ProbeError> {
    let timeout = opts.timeout;
    let provider = rustls::crypto::aws_lc_rs::default_provider();
    let verifier = RecordingVerifier::new(&provider);
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(provider))
        .with_protocol_versions(&[&rustls::version::TLS13])
        .map_err(|e| unexpected(target, e))?
        .dangerous()
        .with_custom_certificate_verifier(verifier.clone())
        .with_no_client_auth();
    // Without a host name rustls still needs a ServerName; an address literal sends no SNI.
    let name = match opts.sni.as_deref().or_else(|| target.sni()) {
        Some(host) => ServerName::try_from(host.to_string()).map_err(|e| unexpected(target, e))?,
        None => ServerName::IpAddress(
            target
                .ip()
                .map(rustls::pki_types::IpAddr::from)
                .ok_or_else(|| unexpected(target, "no address"))?,
        ),
    };
    let stream = crate::tls::connect(target, opts).await?.into_stream();
    let connector = tokio_rustls::TlsConnector::from(Arc::new(config));
    match tokio::time::timeout(timeout, connector.connect(name, stream)).await {
        Err(_) => Err(crate::ProbeError::Timeout {
            target: target.to_string(),
            millis: timeout.as_millis() as u64,
            during: "the TLS 1.3 handshake",
        }),
        // The verifier saw the chain before any later failure (client auth, alerts).
        Ok(_) if !verifier.chain().is_empty() => Ok(verifier.chain()),
        Ok(Err(e)) => Err(unexpected(target, e)),
        Ok(Ok(_)) => Ok(verifier.chain()),
    }
}

fn unexpected(target: &crate::Target, e: impl std::fmt::Display) -> crate::ProbeError {
    crate::ProbeError::Unexpected {
        target: target.to_string(),
        what: format!("TLS 1.3 handshake: {e}"),
    }
}
