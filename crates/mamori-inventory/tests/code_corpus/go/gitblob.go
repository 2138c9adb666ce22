package gitstore

import (
	"crypto/sha1"
	"fmt"
)

// BlobID computes a git blob id; git itself still names objects with SHA-1.
func BlobID(content []byte) string {
	h := sha1.New()
	fmt.Fprintf(h, "blob %d\x00", len(content))
	h.Write(content)
	return fmt.Sprintf("%x", h.Sum(nil))
}
