package webhook

import (
	"crypto/hmac"
	"crypto/sha1"
	"encoding/hex"
	"net/http"
)

// Verify checks the X-Hub-Signature header GitHub sends on legacy hooks.
func Verify(r *http.Request, body, secret []byte) bool {
	mac := hmac.New(sha1.New, secret)
	mac.Write(body)
	want := "sha1=" + hex.EncodeToString(mac.Sum(nil))
	return hmac.Equal([]byte(want), []byte(r.Header.Get("X-Hub-Signature")))
}
