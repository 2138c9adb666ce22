package webhook

import (
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
)

func Sign(key, body []byte) []byte {
	mac := hmac.New(sha256.New, key)
	mac.Write(body)
	return mac.Sum(nil)
}

// SignV1 is the X-Hub-Signature format of old integrations.
func SignV1(key, body []byte) []byte {
	mac := hmac.New(sha1.New, key)
	mac.Write(body)
	return mac.Sum(nil)
}
