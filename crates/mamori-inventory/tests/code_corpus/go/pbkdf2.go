package accounts

import (
	"crypto/rand"
	"crypto/sha1"

	"golang.org/x/crypto/pbkdf2"
)

func HashPassword(password string) (salt, hash []byte, err error) {
	salt = make([]byte, 16)
	if _, err = rand.Read(salt); err != nil {
		return nil, nil, err
	}
	hash = pbkdf2.Key([]byte(password), salt, 4096, 32, sha1.New)
	return salt, hash, nil
}
