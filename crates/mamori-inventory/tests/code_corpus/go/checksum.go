package mirror

import (
	"crypto/md5"
	"crypto/sha256"
	"encoding/hex"
)

// LegacyETag keeps the MD5 ETag format clients already cache.
func LegacyETag(body []byte) string {
	sum := md5.Sum(body)
	return hex.EncodeToString(sum[:])
}

// ContentID is the SHA-256 content address used by the new store.
func ContentID(body []byte) string {
	sum := sha256.Sum256(body)
	return hex.EncodeToString(sum[:])
}
