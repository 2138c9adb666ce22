package stream

import (
	"crypto/cipher"

	"golang.org/x/crypto/chacha20poly1305"
)

func NewChunkAEAD(key []byte) (cipher.AEAD, error) {
	return chacha20poly1305.New(key)
}

func NewLongNonceAEAD(key []byte) (cipher.AEAD, error) {
	return chacha20poly1305.NewX(key)
}
