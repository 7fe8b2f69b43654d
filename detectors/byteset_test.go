package detectors

import (
	"math/rand"
	"strings"
	"testing"
)

// TestByteScans checks the byte scans that stand for strings.ContainsAny
// (byteSet, hasNordic, sentGap) against it on varied strings: words and
// gaps with Nordic letters, marks and digits, and random bytes, invalid
// UTF-8 among them.
func TestByteScans(t *testing.T) {
	pieces := []string{"", " ", "a", "Z", "0", "9", "@", ".", "!", "?", ":", ";", "\n", "\"", "(", "*", "-", "_",
		"«", "»", "•", "‣", "æ", "ø", "å", "ä", "ö", "Æ", "Ø", "Å", "Ä", "Ö", "é", "ü", "Ã", "\u00a0", "’",
		"\xc3", "\xc2", "\xe2", "\x80", "\xa2", "\xab", "\xa6", "\xe2\x80", "\xff"}
	r := rand.New(rand.NewSource(1))
	var texts []string
	for range 20000 {
		var b strings.Builder
		for range r.Intn(6) {
			if r.Intn(4) == 0 {
				b.WriteByte(byte(r.Intn(256)))
			} else {
				b.WriteString(pieces[r.Intn(len(pieces))])
			}
		}
		texts = append(texts, b.String())
	}
	texts = append(texts, pieces...)
	for _, s := range texts {
		if got, want := isLetters(s), !strings.ContainsAny(s, "0123456789@"); got != want {
			t.Errorf("isLetters(%q) = %v, want %v", s, got, want)
		}
		if got, want := hasNordic(s), strings.ContainsAny(s, "æøåäöÆØÅÄÖ"); got != want {
			t.Errorf("hasNordic(%q) = %v, want %v", s, got, want)
		}
		if got, want := sentGap(s), strings.ContainsAny(s, ".!?:;\n\"«(•*"); got != want {
			t.Errorf("sentGap(%q) = %v, want %v", s, got, want)
		}
		if got, want := ipJoiners.any(s), strings.ContainsAny(s, ".:"); got != want {
			t.Errorf("ipJoiners.any(%q) = %v, want %v", s, got, want)
		}
	}
	for _, tc := range []struct{ hint, want string }{
		{"nb", "nb"}, {"NB-no", "nb"}, {"nn_NO", "nn"}, {"sv-SE", "sv"}, {"en_GB", "en"}, {"-nb", ""}, {"da", "da"}, {"x", ""},
	} {
		if got := NormLang(tc.hint); got != tc.want {
			t.Errorf("NormLang(%q) = %q, want %q", tc.hint, got, tc.want)
		}
	}
}
