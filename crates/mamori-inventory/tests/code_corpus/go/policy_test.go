package policy

import "testing"

func TestRejectsWeakHashes(t *testing.T) {
	cases := []struct {
		name string
		want bool
	}{
		{"md5", false},
		{"sha1", false},
		{"sha256", true},
	}
	for _, tc := range cases {
		if got := Allows(tc.name); got != tc.want {
			t.Errorf("Allows(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
