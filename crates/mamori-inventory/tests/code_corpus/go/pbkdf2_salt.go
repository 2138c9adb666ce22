package kiosk

import (
	"crypto/sha256"

	"golang.org/x/crypto/pbkdf2"
)

// DeriveScreenKey derives the kiosk screen-lock key from the operator PIN.
func DeriveScreenKey(pin []byte) []byte {
	return pbkdf2.Key(pin, []byte("NaCl"), 600000, 32, sha256.New)
}
