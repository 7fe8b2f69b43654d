package detectors

import (
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"
)

func TestWordListErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"no header", "mor\tkinship\n", "x.tsv:1: missing header"},
		{"too many columns", "# source\nmor\ta\tb\tc\n", "x.tsv:2: 4 columns"},
		{"empty first column", "# source\n\n\tkinship\n", "x.tsv:3: empty first column"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{"x.tsv": {Data: []byte(tc.data)}}
			_, err := wlRead(fsys, "x.tsv", 3, nil)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want %q", err, tc.want)
			}
		})
	}
	if _, err := wlRead(fstest.MapFS{}, "missing.tsv", 3, nil); err == nil {
		t.Fatal("missing file: no error")
	}
}

func TestWordListExpand(t *testing.T) {
	got, ok := wlExpand("jente", "e")
	if !ok || strings.Join(got[:5], ",") != "jente,jenta,jenten,jenter,jentene" {
		t.Fatalf("got %q", got)
	}
	if _, ok := wlExpand("x", "nope"); ok {
		t.Fatal("unknown paradigm accepted")
	}
}

func TestGenderPoliticsMeta(t *testing.T) {
	ds := []Detector{newGenderT(t), newOrientationT(t), newPoliticsT(t)}
	names := map[string]bool{}
	versions := map[string]bool{}
	for _, d := range ds {
		if names[d.Name()] {
			t.Fatalf("duplicate name %q", d.Name())
		}
		names[d.Name()] = true
		v := d.(Versioner).Version()
		if v == "" || versions[v] {
			t.Fatalf("%s: version %q empty or shared", d.Name(), v)
		}
		versions[v] = true
		kw := d.Keywords()
		if len(kw) == 0 {
			t.Fatalf("%s: no keywords", d.Name())
		}
		for _, k := range kw {
			if k != lowerSameLen(k) || k == "" {
				t.Fatalf("%s: keyword %q not lowercase", d.Name(), k)
			}
		}
		// A second load gives the same version.
		var again Detector
		switch d.Name() {
		case "gender":
			again = newGenderT(t)
		case "orientation":
			again = newOrientationT(t)
		default:
			again = newPoliticsT(t)
		}
		if again.(Versioner).Version() != v {
			t.Fatalf("%s: version not stable", d.Name())
		}
	}
}

// FuzzGenderPolitics checks that the three detectors return spans inside
// the text, on rune boundaries, non-empty, in order, whatever valid UTF-8
// text they get.
func FuzzGenderPolitics(f *testing.F) {
	for _, s := range []string{"mannen min stemmer Høyre", "SV-eren og Frp'ere", "he's her man", "LHBTIQ+-", "Ms", "hr.", "'s", "-", "stemmer på", "far-", "ø-ø", "Hans"} {
		f.Add(s, "nb")
	}
	ds := []Detector{newGenderT(f), newOrientationT(f), newPoliticsT(f)}
	f.Fuzz(func(t *testing.T, s, lang string) {
		if !utf8.ValidString(s) {
			t.Skip() // the engine makes text valid UTF-8 (NFC) before detection
		}
		tx := NewText(s, lang)
		for _, d := range ds {
			prev := -1
			for _, sp := range d.Detect(tx) {
				if sp.Start < 0 || sp.End > len(s) || sp.Start >= sp.End {
					t.Fatalf("%s: span %d..%d outside %q", d.Name(), sp.Start, sp.End, s)
				}
				if !utf8.RuneStart(s[sp.Start]) || (sp.End < len(s) && !utf8.RuneStart(s[sp.End])) {
					t.Fatalf("%s: span %d..%d not on rune boundaries in %q", d.Name(), sp.Start, sp.End, s)
				}
				if sp.Start < prev {
					t.Fatalf("%s: spans out of order in %q", d.Name(), s)
				}
				prev = sp.End
				if sp.Weak && sp.Key == "" {
					t.Fatalf("%s: weak span without key in %q", d.Name(), s)
				}
			}
		}
	})
}
