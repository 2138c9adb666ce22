package ca

import (
	"crypto/x509"
	"crypto/x509/pkix"
	"math/big"
	"time"
)

func LegacyDeviceTemplate(serial *big.Int, cn string) *x509.Certificate {
	return &x509.Certificate{
		SerialNumber:       serial,
		Subject:            pkix.Name{CommonName: cn},
		NotBefore:          time.Now(),
		NotAfter:           time.Now().AddDate(5, 0, 0),
		SignatureAlgorithm: x509.SHA1WithRSA,
	}
}
