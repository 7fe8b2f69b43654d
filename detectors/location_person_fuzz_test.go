package detectors

import (
	"testing"
	"unicode/utf8"
)

// FuzzLocationPerson feeds arbitrary text to both detectors: no panic, and
// every span inside the text, non-empty and on rune boundaries.
func FuzzLocationPerson(f *testing.F) {
	for _, s := range []string{
		"Jeg bor i Gamle Kirkevei 3, 4876 Grimstad",
		"Nørrebrogade 12, 2. th. 2200 København N",
		"posisjon 58°20′N 8°35′Ø og 58.3405, 8.5934",
		"hilsen kari / mvh Per Hansen",
		"Storgt. 5 lgh 1102 Solsidan 4:12 postnummer 411 19",
		"jeg heter ", "Kong Oscars gate", "i", "ʘʘʘ på X", "St. ", "10 Downing",
	} {
		f.Add(s, "nb")
	}
	l, err := NewLocation()
	if err != nil {
		f.Fatal(err)
	}
	p, err := NewPerson()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s, lang string) {
		if !utf8.ValidString(s) {
			return
		}
		tx := NewText(s, lang)
		for _, d := range []Detector{l, p} {
			for _, sp := range d.Detect(tx) {
				if sp.Start < 0 || sp.End > len(s) || sp.Start >= sp.End ||
					!utf8.RuneStart(s[sp.Start]) || (sp.End < len(s) && !utf8.RuneStart(s[sp.End])) {
					t.Fatalf("%s: bad span %+v in %q", d.Name(), sp, s)
				}
			}
		}
	})
}
