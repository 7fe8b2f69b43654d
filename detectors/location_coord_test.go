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

// TestDecimalPairSound checks that decimalPair holds wherever coordDecimal
// matches, on coordinates as written and random texts of digit runs and
// the separators around them, so the gate drops no match.
func TestDecimalPairSound(t *testing.T) {
	texts := []string{"58.3405, 8.5934", "59,9139 10,7522", "-33.8688 / -151.2093", "1.234.567 8.901", "12.03.2019 og 1234.56.78903",
		"58.3405;\t8.5934", "58.34056789 8.593", "58.340567891 8.593", "x58.3405 ,, 8.5934y"}
	// Two numbers with a separator each, and runs of separators, junk and
	// more numbers around and between them, of random lengths.
	rng := rand.New(rand.NewPCG(5, 6))
	pick := func(b *strings.Builder, from string, max int) {
		for k := rng.IntN(max + 1); k > 0; k-- {
			b.WriteByte(from[rng.IntN(len(from))])
		}
	}
	number := func(b *strings.Builder) {
		pick(b, "-", 1)
		pick(b, "0123456789", 4)
		pick(b, ".,", 1)
		pick(b, "0123456789", 10)
	}
	found := 0
	for range 300000 {
		var b strings.Builder
		pick(&b, "a1 .", 3)
		number(&b)
		pick(&b, " \t\n,;/.-a", 4)
		number(&b)
		pick(&b, "a1 .", 3)
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if coordDecimal.MatchString(s) {
			found++
			if !decimalPair(s) {
				t.Fatalf("%q: coordDecimal matches, decimalPair false", s)
			}
		}
	}
	if found < 500 {
		t.Fatalf("only %d texts match coordDecimal: the test generates too few", found)
	}
}
