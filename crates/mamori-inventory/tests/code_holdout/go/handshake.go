package p2p

import (
	"crypto/ecdh"
	"crypto/ed25519"
	"crypto/rand"
)

type Identity struct {
	Pub  ed25519.PublicKey
	Priv ed25519.PrivateKey
}

func NewIdentity() (*Identity, error) {
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	return &Identity{Pub: pub, Priv: priv}, nil
}

func Ephemeral() (*ecdh.PrivateKey, error) {
	return ecdh.X25519().GenerateKey(rand.Reader)
}
