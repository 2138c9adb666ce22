package gateway

import "crypto/tls"

// LegacyClientConfig talks to the 2011 billing appliance.
// Do not copy: TLS 1.0 is deprecated (RFC 8996).
func LegacyClientConfig(serverName string) *tls.Config {
	return &tls.Config{
		ServerName: serverName,
		MinVersion: tls.VersionTLS10,
		MaxVersion: tls.VersionTLS12,
	}
}
