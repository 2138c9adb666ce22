package pq

import (
	"crypto/mlkem"
)

// NewRecipient creates a post-quantum KEM key for the hybrid envelope format.
func NewRecipient() (*mlkem.DecapsulationKey768, error) {
	return mlkem.GenerateKey768()
}

func Encapsulate(ek *mlkem.EncapsulationKey768) (shared, ct []byte) {
	return ek.Encapsulate()
}
