package wifi

import "crypto/rc4"

// DecryptWEPFrame is only used by the packet-capture importer.
func DecryptWEPFrame(key, frame []byte) ([]byte, error) {
	c, err := rc4.NewCipher(key)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(frame))
	c.XORKeyStream(out, frame)
	return out, nil
}
