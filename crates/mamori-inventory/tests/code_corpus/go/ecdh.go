package handshake

import (
	"crypto/ecdh"
	"crypto/rand"
)

func EphemeralX25519() (*ecdh.PrivateKey, error) {
	return ecdh.X25519().GenerateKey(rand.Reader)
}

func EphemeralP256() (*ecdh.PrivateKey, error) {
	return ecdh.P256().GenerateKey(rand.Reader)
}
