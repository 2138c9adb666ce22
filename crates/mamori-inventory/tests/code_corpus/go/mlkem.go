package pq

import "crypto/mlkem"

// NewKEMKey generates the receiver's ML-KEM-768 key; it returns the decapsulation key
// seed and the encapsulation key to publish.
func NewKEMKey() (seed, encapsulationKey []byte, err error) {
	dk, err := mlkem.GenerateKey768()
	if err != nil {
		return nil, nil, err
	}
	return dk.Bytes(), dk.EncapsulationKey().Bytes(), nil
}
