package detectors

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestHealthTypo(t *testing.T) {
	e := healthEngine(t)
	tests := []struct {
		name, lang, text string
		want             []string
	}{
		{"nb missing letter", "nb", "mor har diabetis og tar penicilin", []string{"diabetis|HEALTH|health.typo", "penicilin|HEALTH|health.typo"}},
		{"nb doubled letter", "nb", "jeg er så depprimert", []string{"depprimert|HEALTH|health.typo"}},
		{"nb changed letter", "nb", "han tar sovemedesin", []string{"sovemedesin|HEALTH|health.typo"}},
		{"sv swapped letters", "sv", "hon har diabtees", []string{"diabtees|HEALTH|health.typo"}},
		{"nb dictionary neighbour", "nb", "toalettene og toaletter er plastisk og artistisk", nil},
		{"en dictionary neighbour", "en", "the meditation class expressed a protester view", nil},
		{"short words need no typo", "nb", "han er syk", []string{"syk|HEALTH|health.sickness"}},
		{"a capitalised name is no typo", "nb", "jeg snakket med Marijana i dag", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sameList(t, found(tc.text, e.Detect(tc.text, tc.lang)), tc.want)
		})
	}
}

func TestOneEdit(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"diabetes", "diabetis", true}, {"diabetes", "diabetees", true}, {"diabetes", "diabete", true},
		{"diabetes", "idabetes", true}, {"diabetes", "diabetes", false}, {"diabetes", "diabetic", false},
		{"abc", "a", false}, {"penicillin", "penicilin", true},
	} {
		if got := oneEdit(tc.a, tc.b); got != tc.want {
			t.Errorf("oneEdit(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// typoDicts are the word lists typo_stop.txt is generated from.
var typoDicts = []string{"bokmaal", "nynorsk", "danish", "swedish", "american-english"}

// TestHealthTypoStop rewrites data/health/typo_stop.txt with -update: every
// dictionary word no list matches that the typo lookup would take for a
// health word. Without -update, or without the word lists, it checks that
// no listed word is a health word of its own.
// TestLikelyTypo: a typo keeps the first letter (two first letters swapped
// aside) and changes a letter only for a vowel, a neighbouring key or one
// that sounds alike.
func TestLikelyTypo(t *testing.T) {
	for _, tc := range []struct {
		f, e string
		want bool
	}{
		{"diabetis", "diabetes", true},    // vowel for vowel
		{"idabetes", "diabetes", true},    // first two swapped
		{"depprimert", "deprimert", true}, // a letter added
		{"krakning", "vrakning", false},   // another first letter
		{"tandvard", "tandvark", false},   // d is far from k
		{"diabetws", "diabetes", true},    // w is next to e
		{"astna", "astma", true},          // n sounds like m
	} {
		if got := likelyTypo(tc.f, tc.e); got != tc.want {
			t.Errorf("likelyTypo(%q, %q) = %v, want %v", tc.f, tc.e, got, tc.want)
		}
	}
}

func TestHealthTypoStop(t *testing.T) {
	h, err := newHealthFS(healthFS, healthFiles) // without the stop list
	if err != nil {
		t.Fatal(err)
	}
	var buf [8]int
	plainMiss := func(f string) bool {
		w := h.look(f, buf[:0])
		return w.entry < 0 && w.head < 0 && w.prefix < 0
	}
	if !*update {
		full, err := NewHealth()
		if err != nil {
			t.Fatal(err)
		}
		for w := range full.typoStop {
			if !plainMiss(w) {
				t.Errorf("typo_stop.txt: %q is a health word of its own", w)
			}
		}
		return
	}
	writeStopList(t, filepath.Join("data", "health", "typo_stop.txt"), func(f string) bool { return plainMiss(f) && h.typo(f) >= 0 })
}

// writeStopList rewrites the stop list at path (its header kept) with the
// folded words of typoDicts that stop reports a typo lookup would take.
// Without the word lists it skips: they are Debian packages, needed only
// to regenerate.
func writeStopList(t *testing.T, path string, stop func(folded string) bool) {
	t.Helper()
	found := make(map[string]bool)
	for _, name := range typoDicts {
		data, err := os.ReadFile(filepath.Join("/usr/share/dict", name))
		if err != nil {
			t.Skipf("word list %s: %v", name, err)
		}
		if !utf8.Valid(data) {
			data = latin1(data)
		}
		for _, w := range strings.Split(string(data), "\n") {
			w = strings.TrimSpace(w)
			if w == "" || w != strings.ToLower(w) || strings.ContainsAny(w, "'- ") {
				continue
			}
			if f := Fold(w); stop(f) {
				found[f] = true
			}
		}
	}
	words := make([]string, 0, len(found))
	for w := range found {
		words = append(words, w)
	}
	sort.Strings(words)
	old, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var header []string
	for _, l := range strings.Split(string(old), "\n") {
		if !strings.HasPrefix(l, "#") {
			break
		}
		header = append(header, l)
	}
	out := strings.Join(header, "\n") + "\n" + strings.Join(words, "\n") + "\n"
	if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: %d words", filepath.Base(path), len(words))
}

// latin1 converts ISO-8859-1 bytes to UTF-8.
func latin1(b []byte) []byte {
	var sb strings.Builder
	for _, c := range b {
		sb.WriteRune(rune(c))
	}
	return []byte(sb.String())
}

// BenchmarkHealthTypo measures the typo lookup on long ordinary words, the
// tokens that reach it; one op is one token.
func BenchmarkHealthTypo(b *testing.B) {
	h := newHealthT(b)
	words := []string{"kommunale", "eiendomsskatten", "barnehageplass", "informasjon", "application",
		"renovasjon", "byggesoknad", "parkeringstillatelse", "tomorrow", "everything"}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		h.typo(words[i%len(words)])
	}
}
