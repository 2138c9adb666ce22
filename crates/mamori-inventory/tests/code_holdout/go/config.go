package config

import (
	"os"
	"strconv"
)

// Config is loaded from the environment. CipherSuite is passed through to the
// proxy sidecar verbatim (e.g. "TLS_AES_128_GCM_SHA256"); we never interpret it.
type Config struct {
	CipherSuite string
	Digest      string
	KeyBits     int
}

func Load() Config {
	bits, _ := strconv.Atoi(os.Getenv("KEY_BITS"))
	return Config{
		CipherSuite: os.Getenv("CIPHER_SUITE"),
		Digest:      os.Getenv("DIGEST"),
		KeyBits:     bits,
	}
}
