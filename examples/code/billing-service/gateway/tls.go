// Package gateway terminates partner TLS. (Fictional example for mamori scan code.)
package gateway

import (
	"crypto/tls"
)

func PartnerConfig(cert tls.Certificate) *tls.Config {
	return &tls.Config{
		Certificates: []tls.Certificate{cert},
		MinVersion:   tls.VersionTLS12,
		CurvePreferences: []tls.CurveID{
			tls.X25519MLKEM768,
			tls.X25519,
		},
	}
}
