package atm

import (
	"crypto/cipher"
	"crypto/des"
)

// NewPinBlockCipher returns the 3DES block cipher the switch requires.
func NewPinBlockCipher(zoneKey []byte) (cipher.Block, error) {
	return des.NewTripleDESCipher(zoneKey)
}
