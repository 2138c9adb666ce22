package transfer

import (
	"crypto/md5"
	"fmt"
	"io"
	"os"
)

// PartChecksum returns the Content-MD5 value S3 expects for a multipart chunk.
func PartChecksum(f *os.File, off, n int64) (string, error) {
	h := md5.New()
	if _, err := io.Copy(h, io.NewSectionReader(f, off, n)); err != nil {
		return "", fmt.Errorf("checksum part at %d: %w", off, err)
	}
	return fmt.Sprintf("%x", h.Sum(nil)), nil
}
