package billing

import (
	"crypto/hmac"
	"crypto/md5"
	"encoding/hex"
)

const webhookSecret = "whsec_live_4f9a2b7c1d"

func CallbackSignature(payload []byte) string {
	mac := hmac.New(md5.New, []byte(webhookSecret))
	mac.Write(payload)
	return hex.EncodeToString(mac.Sum(nil))
}
