package envelope

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
)

func WrapKey(pub *rsa.PublicKey, key []byte) ([]byte, error) {
	return rsa.EncryptOAEP(sha256.New(), rand.Reader, pub, key, nil)
}

// WrapKeyLegacy is for the card readers that only do PKCS #1 v1.5.
func WrapKeyLegacy(pub *rsa.PublicKey, key []byte) ([]byte, error) {
	return rsa.EncryptPKCS1v15(rand.Reader, pub, key)
}
