package detectors

import (
	"sync"
	"testing"
)

var (
	fuzzOnce sync.Once
	fuzzEng  *Engine
	fuzzErr  error
)

func defaultEngine(t testing.TB) *Engine {
	t.Helper()
	fuzzOnce.Do(func() { fuzzEng, fuzzErr = NewEngine() })
	if fuzzErr != nil {
		t.Fatal(fuzzErr)
	}
	return fuzzEng
}

var fuzzSeeds = []string{
	"",
	"ring meg på +47 412 34 567 eller skriv til kari@firma.no",
	"IP 192.168.1.1 og 2001:db8::1, kontonummer 1234.56.78903",
	"[HEALTH] [NUMBER]1234567 [GENDER",
	"åpent 10.00-15.30, kl 08:00 - 16:00, født 12.03.1985",
	"pa\u030a Fevik bor mor med diabetes",
	"tlf 412\u00a034\u202f567 \u2013 1\u20132\u20133",
	"1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9",
	"\xff\xfe 1234567 \xc3",
	"a@b.c@d.no ::ffff:1.2.3.4 1.2.3.4.5",
	"jeg stemmer Høyre, ta til høyre, min søster og hennes mann",
	"I told her she was gay; my husband has ADHD",
	"Hans bor i Storgata 5B, 4876 Grimstad",
	"Jeg heter Sigrid Aasen, nr 2024/04512; jeg heter [PERSON]",
	"00 Aa Zo",
}

// FuzzMask checks the engine's promises on any input: no panic; spans inside
// the text, on rune boundaries, sorted and not overlapping; masking is
// idempotent.
func FuzzMask(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, "")
		f.Add(s, "nb")
	}
	f.Add("my sister said her cat is ill", "en")
	f.Fuzz(func(t *testing.T, text, lang string) {
		e := defaultEngine(t)
		spans := e.Detect(text, lang)
		checkSpans(t, text, spans)
		m1, _ := e.Mask(text, lang)
		m2, spans2 := e.Mask(m1, lang)
		if m1 != m2 {
			t.Errorf("not idempotent:\n in %q\n m1 %q\n m2 %q\n spans %q", text, m1, m2, found(m1, spans2))
		}
	})
}

func checkSpans(t *testing.T, text string, spans []Span) {
	t.Helper()
	bounds := make(map[int]bool, len(text)+1)
	for i := range text {
		bounds[i] = true
	}
	bounds[len(text)] = true
	prev := 0
	for i, s := range spans {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("span %d %+v out of order or range (prev end %d, len %d)", i, s, prev, len(text))
		}
		if !bounds[s.Start] || !bounds[s.End] {
			t.Fatalf("span %d %+v not on rune boundaries in %q", i, s, text)
		}
		if _, ok := precedence[s.Category]; !ok || s.Rule == "" {
			t.Fatalf("span %d %+v: bad category or rule", i, s)
		}
		prev = s.End
	}
}
