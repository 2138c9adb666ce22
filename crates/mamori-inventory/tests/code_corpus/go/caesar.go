package caesar

// Cipher is the shift cipher of the kids' puzzle page.
type Cipher struct{ shift int }

func NewCipher(shift int) *Cipher { return &Cipher{shift: shift % 26} }

func (c *Cipher) Encrypt(s string) string {
	out := []rune(s)
	for i, r := range out {
		if r >= 'a' && r <= 'z' {
			out[i] = 'a' + (r-'a'+rune(c.shift))%26
		}
	}
	return string(out)
}
