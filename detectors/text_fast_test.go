package detectors

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The reference versions below are the original, simple implementations;
// the fast paths in text.go must give exactly the same results.

func lowerSameLenRef(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || ('A' <= c && c <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == n {
			b = utf8.AppendRune(b, l)
		} else {
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return string(b)
}
func tokenizeRef(s string) []Token {
	toks := make([]Token, 0, len(s)/5+1)
	start := -1
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			i += n
			continue
		}
		if start >= 0 {
			// Keep an inner joiner when a word rune follows it.
			if r == '-' || r == '\'' || r == '’' {
				if nr, _ := utf8.DecodeRuneInString(s[i+n:]); i+n < len(s) && isWordRune(nr) {
					i += n
					continue
				}
			}
			end := i
			if r == '+' {
				end = i + n
				i += n
			}
			toks = append(toks, Token{start, end})
			start = -1
			if r == '+' {
				continue
			}
		}
		i += n
	}
	if start >= 0 {
		toks = append(toks, Token{start, len(s)})
	}
	return toks
}

func foldRef(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii && !strings.Contains(s, "aa") && !strings.Contains(s, "ae") && !strings.Contains(s, "oe") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	var prev byte
	for _, r := range s {
		var c byte
		switch r {
		case 'æ', 'ä', 'å', 'á', 'à', 'â':
			c = 'a'
		case 'ø', 'ö', 'ó', 'ò', 'ô':
			c = 'o'
		case 'é', 'è', 'ê', 'ë':
			c = 'e'
		case 'ü', 'ú', 'ù', 'û':
			c = 'u'
		case 'í', 'ì', 'î', 'ï':
			c = 'i'
		default:
			if r < utf8.RuneSelf {
				c = byte(r)
			} else {
				b.WriteRune(r)
				prev = 0
				continue
			}
		}
		// aa → a, ae → a, oe → o (the digraphs written for å, æ, ø).
		if (prev == 'a' && (c == 'a' || c == 'e')) || (prev == 'o' && c == 'e') {
			continue
		}
		b.WriteByte(c)
		prev = c
	}
	return b.String()
}

func TestFastPathsMatchReference(t *testing.T) {
	r := rand.New(rand.NewSource(11))
	alpha := []string{"a", "e", "o", "A", "E", "æ", "ö", "B", "Ø", "å", "1", " ", "-", "'", "+", "’", "\u0301", "İ", "ẞ", "\xff", ".", "É", "ǅ", "Σ"}
	for range 20000 {
		s := randWord(r, alpha, r.Intn(20))
		if got, want := lowerSameLen(s), lowerSameLenRef(s); got != want {
			t.Fatalf("lowerSameLen(%q) = %q, want %q", s, got, want)
		}
		if got, want := Fold(lowerSameLen(s)), foldRef(lowerSameLen(s)); got != want {
			t.Fatalf("Fold(%q) = %q, want %q", s, got, want)
		}
		if got, want := tokenize(nil, s), tokenizeRef(s); !slices.Equal(got, want) {
			t.Fatalf("tokenize(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestLowerEightBytesAtATime checks lowerSameLen's eight-byte ASCII path
// against the reference on long runs of ASCII (every byte value below
// 0x80, '@' and '[' beside 'A' and 'Z'), with Nordic letters between.
func TestLowerEightBytesAtATime(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	for range 5000 {
		b := make([]byte, 0, 64)
		for len(b) < 40 {
			if r.Intn(12) == 0 {
				b = append(b, "ÆøÅé"[r.Intn(2)*2:][:2]...)
				continue
			}
			b = append(b, byte(r.Intn(0x80)))
		}
		s := string(b)
		if got, want := lowerSameLen(s), lowerSameLenRef(s); got != want {
			t.Fatalf("lowerSameLen(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestFastPathsEveryRune checks the fast paths rune by rune over the first
// 12,288 code points (Latin-1's two-byte forms included), each alone and
// between ASCII letters, and a lead byte 0xC3 cut or followed by junk.
func TestFastPathsEveryRune(t *testing.T) {
	inputs := []string{"\xc3", "a\xc3", "\xc3A", "\xc3\xc3\x86", "\xc3\x41"}
	for r := rune(0); r < 0x3000; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		inputs = append(inputs, string(r), "Ab"+string(r)+"Cd")
	}
	for _, s := range inputs {
		if got, want := lowerSameLen(s), lowerSameLenRef(s); got != want {
			t.Fatalf("lowerSameLen(%q) = %q, want %q", s, got, want)
		}
		if got, want := tokenize(nil, s), tokenizeRef(s); !slices.Equal(got, want) {
			t.Fatalf("tokenize(%q) = %v, want %v", s, got, want)
		}
		for _, w := range []string{s, lowerSameLen(s), "a" + lowerSameLen(s) + "e"} {
			if got, want := Fold(w), foldRef(w); got != want {
				t.Fatalf("Fold(%q) = %q, want %q", w, got, want)
			}
		}
	}
}

// TestReleasedTextKeepsNoWords checks that a Text given back to the pool
// keeps no bytes of its message, and that a reused one reads its new text
// like a fresh one.
func TestReleasedTextKeepsNoWords(t *testing.T) {
	tx := acquireText("Kari Sørensen BOR på Ålgård", "nb")
	for i := range tx.Tokens {
		tx.Folded(i)
	}
	lower, folded := tx.lowerBuf, tx.foldBuf
	if len(lower) == 0 || len(folded) == 0 {
		t.Fatalf("buffers not used: lower %q, folded %q", lower, folded)
	}
	releaseText(tx)
	for _, b := range [][]byte{lower, folded} {
		if slices.ContainsFunc(b, func(c byte) bool { return c != 0 }) {
			t.Errorf("released buffer still holds %q", b)
		}
	}
	for _, s := range []string{"Øyvind Ærø", "hei", "MOR HAR KOLS", "Åse og Ærlig"} {
		got, want := acquireText(s, ""), NewText(s, "")
		if got.Lower != want.Lower {
			t.Errorf("reused Text: Lower %q, want %q", got.Lower, want.Lower)
		}
		for i := range want.Tokens {
			if got.Folded(i) != want.Folded(i) {
				t.Errorf("reused Text: Folded(%d) %q, want %q", i, got.Folded(i), want.Folded(i))
			}
		}
		releaseText(got)
	}
}

// TestPlaceholderBytes checks the two bytes the lowercasing fast paths
// know placeholderRune by.
func TestPlaceholderBytes(t *testing.T) {
	if got := string([]byte{placeholderLead, placeholderTail}); got != string(placeholderRune) {
		t.Fatalf("placeholder bytes %q, want %q", got, string(placeholderRune))
	}
}

// TestDashGap checks dashGap's byte loop against the three searches it
// replaced.
func TestDashGap(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	alpha := []string{" ", "-", "–", "—", "\xe2", "\x80", "\x93", "\xe2\x80", "‘", ",", "a"}
	for range 20000 {
		g := randWord(r, alpha, r.Intn(6))
		want := strings.Contains(g, "-") || strings.Contains(g, "–") || strings.Contains(g, "—")
		if got := dashGap(g); got != want {
			t.Fatalf("dashGap(%q) = %v, want %v", g, got, want)
		}
	}
}

// TestBelowCC checks nfc's eight-byte test against the byte loop: every
// byte value at every offset of texts around eight bytes long.
func TestBelowCC(t *testing.T) {
	for n := 1; n <= 19; n++ {
		for p := 0; p < n; p++ {
			for c := 0; c < 256; c++ {
				b := []byte(strings.Repeat("\x7f\xcb\xff"[p%2:p%2+1], n)) // bytes below 0xCC around it
				b[p] = byte(c)
				if got, want := belowCC(string(b)), c < 0xCC; got != want {
					t.Fatalf("belowCC(%q) = %v, want %v", b, got, want)
				}
			}
		}
	}
}

// TestResetMaskedMatchesReset checks that a Text prepared from the first
// pass's Text for its masked text (resetMasked) reads like one reset from
// scratch: on the engine's spans of the benchmark messages and the seeds,
// and on random spans over random texts, at token edges and not.
func TestResetMaskedMatchesReset(t *testing.T) {
	e := defaultEngine(t)
	var sc scratch
	check := func(text, lang string, spans []Span) bool {
		t.Helper()
		if _, holes := sc.hidePlaceholders(text); holes != nil || len(spans) == 0 {
			return false // the engine keeps no first Text there
		}
		first := NewText(text, lang)
		e.index.fill(first)
		masked, segs := sc.maskWithMap(text, spans)
		h, holes := sc.hidePlaceholders(masked)
		got := new(Text)
		if !got.resetMasked(h, lang, first, segs, holes, e.index) {
			return false
		}
		want := NewText(h, lang)
		e.index.fill(want)
		if got.Orig != want.Orig || got.Lower != want.Lower || got.Lang != want.Lang || !slices.Equal(got.Tokens, want.Tokens) {
			t.Fatalf("resetMasked(%q): tokens %v, want %v", h, got.Tokens, want.Tokens)
		}
		for i := range want.Tokens {
			if got.Word(i) != want.Word(i) || got.Raw(i) != want.Raw(i) || got.Folded(i) != want.Folded(i) ||
				got.WordSum(i) != want.WordSum(i) || got.IsUpper(i) != want.IsUpper(i) {
				t.Fatalf("resetMasked(%q): token %d differs", h, i)
			}
		}
		for _, x := range e.index.parts {
			if !slices.Equal(got.Bits(x), want.Bits(x)) {
				t.Fatalf("resetMasked(%q): bits %v, want %v", h, got.Bits(x), want.Bits(x))
			}
		}
		// The prefilter's keywords wake in the masked text no detector
		// outside the bound readAsWritten gives wakeWithin, which then
		// wakes what wake does.
		woke := e.pf.wake(got.Lower)
		within := e.pf.maskedWithin(got.Lower, holes, e.pf.wake(first.Lower))
		if woke&^within != 0 {
			t.Fatalf("prefilter on %q woke %b, outside %b", h, woke, within)
		}
		if w := e.pf.wakeWithin(got.Lower, within); w != woke {
			t.Fatalf("wakeWithin(%q, %b) = %b, wake %b", h, within, w, woke)
		}
		return true
	}
	msgs := genMessages(benchMessages)
	for _, s := range fuzzSeeds {
		msgs = append(msgs, struct{ text, lang string }{s, ""})
	}
	derived, masked := 0, 0
	for _, m := range msgs {
		if spans := e.Detect(m.text, m.lang); len(spans) > 0 {
			masked++
			if check(m.text, NormLang(m.lang), spans) {
				derived++
			}
		}
	}
	if derived < masked*9/10 {
		t.Errorf("resetMasked served %d of %d masked messages", derived, masked)
	}
	r := rand.New(rand.NewSource(5))
	alpha := []string{"a", "e", "Ø", "å", "K", "1", " ", " ", "-", "'", "’", "+", ".", "\u0301", "\xff", "ʘ", "[", "]"}
	derived = 0
	for range 20000 {
		text := randWord(r, alpha, 1+r.Intn(24))
		var spans []Span
		for off := 0; off < len(text); {
			a := off + r.Intn(len(text)-off)
			b := a + 1 + r.Intn(len(text)-a)
			for a > off && !utf8.RuneStart(text[a]) {
				a--
			}
			for b < len(text) && !utf8.RuneStart(text[b]) {
				b++
			}
			if r.Intn(2) == 0 { // widen to whole tokens, as snap does
				tx := NewText(text, "")
				if i := tx.TokenAt(a); i < len(tx.Tokens) && tx.Tokens[i].Start < a {
					a = tx.Tokens[i].Start
				}
				if j := tx.TokenAt(b - 1); j < len(tx.Tokens) && tx.Tokens[j].Start < b && tx.Tokens[j].End > b {
					b = tx.Tokens[j].End
				}
			}
			if a < off || a >= b {
				break
			}
			spans = append(spans, Span{Start: a, End: b, Category: Categories[r.Intn(len(Categories))]})
			off = b + r.Intn(3)
		}
		if check(text, "", spans) {
			derived++
		}
	}
	if derived < 1000 {
		t.Errorf("resetMasked served only %d random texts", derived)
	}
}

// titledRef is titled as first written, decoding every rune.
func titledRef(s string) bool {
	words, lower, function := 0, 0, 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		start := i
		for i < len(s) {
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
			if titleFunctionWords[lowerSameLen(s[start:i])] {
				function++
			}
		}
	}
	return words >= minTitleWords && 5*lower <= words && function > 0
}

func TestTitledMatchesReference(t *testing.T) {
	r := rand.New(rand.NewSource(13))
	trues := 0
	alpha := []string{"Og ", "På ", "Til ", "The ", "og ", "Hei", "Jeg", "Bor", "I", " ", " ", "'", "’", "-", ".", "1", "É", "Ø", "ø", "ʘʘ", "\xff", "\u0301", "ǅ", "Σ", "a", "Z"}
	for range 50000 {
		s := randWord(r, alpha, r.Intn(16))
		if titledRef(s) {
			trues++
		}
		if got, want := titled(s), titledRef(s); got != want {
			t.Fatalf("titled(%q) = %v, want %v", s, got, want)
		}
	}
	if trues < 100 {
		t.Errorf("only %d random texts are titled", trues)
	}
}

// ibansRef is ibans as first written, testing every byte.
func ibansRef(s string) []Span {
	var out []Span
	for i := 0; i+4 <= len(s); i++ {
		if !isDigit(s[i+3]) {
			i++
			continue
		}
		if !isDigit(s[i+2]) || !isASCIILetter(s[i]) || !isASCIILetter(s[i+1]) || (i > 0 && isAlnum(s[i-1])) {
			continue
		}
		want := ibanLen[string([]byte{s[i] &^ 0x20, s[i+1] &^ 0x20})]
		if want == 0 {
			continue
		}
		var buf [34]byte
		n, j := 0, i
		for j < len(s) && n < want {
			if isAlnum(s[j]) {
				buf[n] = s[j]
				n++
				j++
				continue
			}
			if s[j] == ' ' && j+1 < len(s) && isAlnum(s[j+1]) {
				j++
				continue
			}
			break
		}
		if n < want || (j < len(s) && isAlnum(s[j])) || !ibanChars(buf[:n]) {
			continue
		}
		out = append(out, Span{Start: i, End: j, Category: Number, Rule: "number.iban"})
		i = j - 1
	}
	return out
}

func TestIBANsMatchReference(t *testing.T) {
	for c := range 256 {
		x := uint64(c) * asciiOnes
		if got, want := hasDigit8(x), isDigit(byte(c)); got != want {
			t.Fatalf("hasDigit8(%#x) = %v, want %v", x, got, want)
		}
		for k := range 8 {
			y := uint64(0xff)*asciiOnes&^(0xff<<(8*k)) | uint64(c)<<(8*k)
			if got, want := hasDigit8(y), isDigit(byte(c)); got != want {
				t.Fatalf("hasDigit8(%#x) = %v, want %v", y, got, want)
			}
		}
	}
	r := rand.New(rand.NewSource(17))
	alpha := []string{"NO93 8601 1117 947", "GB29 NWBK 6016 1331 9268 19", "DE89370400440532013000", "no", "GB", "9", "3", "0", "a", " ", " ", "ø", "\xff", "/", ":", "x", "Kari"}
	found := 0
	for range 30000 {
		s := randWord(r, alpha, r.Intn(20))
		got, want := ibans(s), ibansRef(s)
		if !slices.Equal(got, want) {
			t.Fatalf("ibans(%q) = %v, want %v", s, got, want)
		}
		found += len(want)
	}
	if found < 100 {
		t.Errorf("only %d IBANs in the random texts", found)
	}
}

// TestMaskedWithinAcrossHoles checks maskedWithin where a keyword that
// starts or ends with a space (" bi ", " dot ") occurs only across a
// hidden placeholder: the detector is in the bound though the original
// did not wake it.
func TestMaskedWithinAcrossHoles(t *testing.T) {
	e := defaultEngine(t)
	var sc scratch
	for _, c := range []struct {
		text       string
		start, end int
	}{
		{"(Ola)bi og mer", 0, 5},     // " ʘʘʘ bi og mer"
		{"kari dot(Ola) com", 8, 13}, // "kari dot ʘʘʘ  com"
	} {
		first := NewText(c.text, "nb")
		e.index.fill(first)
		masked, segs := sc.maskWithMap(c.text, []Span{{Start: c.start, End: c.end, Category: Person}})
		h, holes := sc.hidePlaceholders(masked)
		got := new(Text)
		if !got.resetMasked(h, "nb", first, segs, holes, e.index) {
			t.Fatalf("resetMasked(%q) failed", h)
		}
		fw, woke := e.pf.wake(first.Lower), e.pf.wake(got.Lower)
		if woke&^fw == 0 {
			t.Fatalf("%q: no keyword across the hole of %q", c.text, h)
		}
		if within := e.pf.maskedWithin(got.Lower, holes, fw); woke&^within != 0 {
			t.Fatalf("prefilter on %q woke %b, outside %b", h, woke, within)
		}
	}
}
