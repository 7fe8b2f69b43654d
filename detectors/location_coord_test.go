package detectors

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// coordSignsByBytes is the byte-by-byte scan coordSigns replaced: the
// reference TestCoordSignsMatchByteScan holds it to.
func coordSignsByBytes(s string) (deg bool, dec int, hemi bool) {
	for i := 1; i+3 < len(s); i++ {
		c := s[i]
		if c == 0xC2 && s[i+1] == 0xB0 {
			deg = true
		}
		if (c == '.' || c == ',') && isDigitByte(s[i-1]) && isDigitByte(s[i+1]) && isDigitByte(s[i+2]) && isDigitByte(s[i+3]) {
			dec++
		}
		if (s[i-1] == 'N' || s[i-1] == 'S') && (isDigitByte(c) || c == ' ' && isDigitByte(s[i+1])) {
			hemi = true
		}
	}
	return deg, dec, hemi
}

// TestCoordSignsMatchByteScan compares coordSigns with the byte scan on
// random texts of digits, separators, hemisphere letters and degree signs,
// and on coordinates as written.
func TestCoordSignsMatchByteScan(t *testing.T) {
	texts := []string{"58.3405, 8.5934", "N 58.34 E 8.59", "58°20′N 8°35′Ø", "59,9139 10,7522", "S1", "N 1", "°1234", "a°", ""}
	pieces := []string{"1", "58", "3405", "8", ".", ",", " ", "N", "S", "E", "°", "′", "a", "Ø", "-", ", "}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 30000 {
		var b strings.Builder
		for k := rng.IntN(12); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		d, n, h := coordSigns(s)
		wd, wn, wh := coordSignsByBytes(s)
		if d != wd || n != wn || h != wh {
			t.Fatalf("%q: got %v %d %v, want %v %d %v", s, d, n, h, wd, wn, wh)
		}
	}
}
