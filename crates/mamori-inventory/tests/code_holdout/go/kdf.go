package vault

import (
	"crypto/sha1"

	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/pbkdf2"
)

// DeriveKey is the current KDF for unlocking vault files.
func DeriveKey(passphrase, salt []byte) []byte {
	return argon2.IDKey(passphrase, salt, 3, 64*1024, 4, 32)
}

// deriveV1 reads vault files written by versions < 2.0.
func deriveV1(passphrase, salt []byte) []byte {
	return pbkdf2.Key(passphrase, salt, 4096, 32, sha1.New)
}
