package audit

import "testing"

func TestWeakSignatureAlgorithmsAreReported(t *testing.T) {
	cases := []string{"md5WithRSAEncryption", "sha1WithRSAEncryption", "ecdsa-with-SHA1"}
	for _, c := range cases {
		if !IsWeak(c) {
			t.Errorf("%s should be weak", c)
		}
	}
}

func TestSHA256IsFine(t *testing.T) {
	if IsWeak("sha256WithRSAEncryption") {
		t.Fatal("sha256 flagged")
	}
}
