package httpcache

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
)

// WithETag sets a strong ETag computed from the response body.
func WithETag(w http.ResponseWriter, r *http.Request, body []byte) {
	sum := sha256.Sum256(body)
	tag := `"` + hex.EncodeToString(sum[:16]) + `"`
	if r.Header.Get("If-None-Match") == tag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("ETag", tag)
	_, _ = w.Write(body)
}
