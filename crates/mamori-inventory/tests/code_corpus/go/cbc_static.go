package export

import (
	"crypto/aes"
	"crypto/cipher"
)

const legacyKey = "0123456789abcdef"

// EncryptBlocks encrypts whole blocks for the partner's batch importer.
func EncryptBlocks(padded []byte) ([]byte, error) {
	block, err := aes.NewCipher([]byte(legacyKey))
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(padded))
	mode := cipher.NewCBCEncrypter(block, []byte("abcdefghijklmnop"))
	mode.CryptBlocks(out, padded)
	return out, nil
}
