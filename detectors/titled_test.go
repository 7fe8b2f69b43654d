package detectors

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// plainTitled is titled as first written: every capitalised short word
// looked up as it comes.
func plainTitled(s string) bool {
	words, lower, function := 0, 0, 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		start := i
		for i += n; i < len(s); {
			r2, n2 := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r2) && r2 != '\'' {
				break
			}
			i += n2
		}
		words++
		if r == placeholderRune {
			continue
		}
		switch {
		case unicode.IsLower(r):
			lower++
			if lower >= 3 && 5*lower > words {
				return false
			}
		case unicode.IsUpper(r) && i-start > n && i-start <= 4:
			if titleFunctionWords[strings.ToLower(s[start:i])] {
				function++
			}
		}
	}
	return words >= minTitleWords && 5*lower <= words && function > 0
}

// TestTitledMatchesPlain checks titled, which asks about function words
// only once the counts allow a title, against plainTitled on the gate
// texts and on titles with many capitalised short words.
func TestTitledMatchesPlain(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every dev corpus")
	}
	texts := []string{
		"Hei Jeg Bor I Grimstad Og Lurer På Søppel", "Ab Cd Ef Gh Ij Kl Mn Op Qr St Uv Og", "Ab Cd Ef Gh Ij Kl Mn Op Qr St",
		"Min Mor Har Demens", "HEI JEG BOR", "Hei jeg bor i Grimstad", "Kari Nordmann Og Per", "Ab Cd Ef Gh Ij Kl Mn Op Qr St Uv Wx Og Yz",
		"Æb Øc Åd Äe Öf Ug Vh Wi Xj Yk Og", "It's Ok The", "A ʘʘ Og Bor Her",
	}
	for _, m := range gateTexts(t) {
		texts = append(texts, m.text)
	}
	trues := 0
	for _, s := range texts {
		got, want := titled(s), plainTitled(s)
		if got != want {
			t.Fatalf("titled(%q) = %v, plain %v", s, got, want)
		}
		if got {
			trues++
		}
	}
	if trues == 0 {
		t.Error("no titled text among the texts")
	}
}
