package detectors

import (
	"slices"
	"testing"
)

// TestTokenIndexBits checks Text.Bits against the sets it stands for: a
// folded set matches a token's folded form, a word set its lowercase form.
func TestTokenIndexBits(t *testing.T) {
	folded := setOf("son", "far")
	words := setOf("på", "sønn", "pa")
	x := newTokenIndex().folded(1, folded).word(2, words)
	wordKeys(x, 4, map[string]int{"far": 0})
	text := NewText("Sønn på Far, PA soenn og paa", "nb")
	got := text.Bits(x)
	for i := range text.Tokens {
		var want uint32
		if folded[text.Folded(i)] {
			want |= 1
		}
		if words[text.Word(i)] {
			want |= 2
		}
		if text.Word(i) == "far" {
			want |= 4
		}
		if got[i] != want {
			t.Errorf("token %q: bits %b, want %b", text.Raw(i), got[i], want)
		}
	}
	if want := []uint32{2, 2, 5, 2, 0, 0, 0}; !slices.Equal(got, want) {
		t.Errorf("bits %v, want %v", got, want) // "soenn" folds to "sonn", not "son"
	}
}

// TestTokenIndexClass checks that the bits an index computes (class) are
// given with the listed ones, alike through the engine's merged index and
// its word cache (read twice) and through the index alone.
func TestTokenIndexClass(t *testing.T) {
	e, err := NewEngine()
	if err != nil {
		t.Fatal(err)
	}
	per, loc := e.index.parts[0], e.index.parts[1]
	if per.class == nil || loc.class == nil {
		t.Fatal("PERSON's or LOCATION's index computes no bits")
	}
	for _, tc := range []struct {
		text string
		want uint32
	}{{"Anne-Lise kom", pbHyphen}, {"anne-lise kom", pbHyphen}, {"-lise kom", 0}, {"anne kom", 0}} {
		merged, own := NewText(tc.text, "nb"), NewText(tc.text, "nb")
		e.index.fill(merged)
		if mb, ob := merged.Bits(per)[0], own.Bits(per)[0]; mb != ob || ob&pbHyphen != tc.want {
			t.Errorf("%q: merged bits %b, own %b, want hyphen bit %b", tc.text, mb, ob, tc.want)
		}
	}
	for _, tc := range []struct {
		text string
		tok  int
		bit  uint32
	}{
		{"bor i haugesnd", 2, lbTypo},
		{"flytta til stavangr nå", 2, lbTypo},
		{"bor i haugesund", 2, lbResEnd},
		{"bor på kvitberget", 2, lbResEnd | lbSuffix2 | lbSuffix3},
		{"gården vår", 0, lbFarm},
		{"på rinkebyskolan", 1, lbInst},
		{"Storgata 5", 0, lbSuffix2 | lbSuffix3},
		{"bor i kirkeveien 12", 2, lbSuffix2 | lbSuffix3},
		{"hei", 0, 0},
	} {
		for round := 0; round < 2; round++ {
			merged, own := NewText(tc.text, "nb"), NewText(tc.text, "nb")
			e.index.fill(merged)
			mb, ob := merged.Bits(loc)[tc.tok], own.Bits(loc)[tc.tok]
			if mb != ob {
				t.Errorf("%q: merged bits %b, own %b", tc.text, mb, ob)
			}
			if got := ob & (lbSuffix2 | lbSuffix3 | lbTypo | lbFarm | lbResEnd | lbInst); got != tc.bit {
				t.Errorf("%q token %d: computed bits %b, want %b", tc.text, tc.tok, got, tc.bit)
			}
		}
	}
}

// TestEngineIndexMatchesTextBits checks that the engine's merged index
// gives every detector the bits its own index gives, on the benchmark
// messages and their capitalised and lowercase forms.
func TestEngineIndexMatchesTextBits(t *testing.T) {
	e, err := NewEngine()
	if err != nil {
		t.Fatal(err)
	}
	if len(e.index.parts) != 2 {
		t.Fatalf("engine merges %d indexes, want 2 (PERSON, LOCATION)", len(e.index.parts))
	}
	for _, m := range genMessages(300) {
		for _, s := range []string{m.text, lowerSameLen(m.text), titleCase(m.text)} {
			merged := NewText(s, m.lang)
			e.index.fill(merged)
			for _, x := range e.index.parts {
				own := NewText(s, m.lang)
				if got, want := merged.Bits(x), own.Bits(x); !slices.Equal(got, want) {
					t.Fatalf("%q: merged bits %v, own %v", s, got, want)
				}
			}
		}
	}
}

// titleCase capitalises the first letter of every ASCII word of s.
func titleCase(s string) string {
	b := []byte(s)
	for i := range b {
		if (i == 0 || b[i-1] == ' ') && 'a' <= b[i] && b[i] <= 'z' {
			b[i] -= 'a' - 'A'
		}
	}
	return string(b)
}
