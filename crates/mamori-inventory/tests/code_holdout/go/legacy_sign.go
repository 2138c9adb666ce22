package billing

import (
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha1"
)

// SignInvoice produces the signature format the 2009 ERP still validates.
func SignInvoice(priv *rsa.PrivateKey, invoice []byte) ([]byte, error) {
	digest := sha1.Sum(invoice)
	return rsa.SignPKCS1v15(rand.Reader, priv, crypto.SHA1, digest[:])
}

// WrapKey encrypts a session key for a partner system.
func WrapKey(pub *rsa.PublicKey, sessionKey []byte) ([]byte, error) {
	return rsa.EncryptPKCS1v15(rand.Reader, pub, sessionKey)
}
