package detectors

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// gateTexts are the texts the gate tests read: the benchmark messages and
// every other message of the dev corpora (never the held-out sets), each
// also in title case, capitals and lower case, where capitals change which
// rules run. Only an invariant is checked on them, no expected output. Half
// the dev messages keep the race detector's run of these checks near two
// minutes as the corpora grow by a few sets a session; they still read
// over 36,000 messages.
func gateTexts(t *testing.T) []struct{ text, lang string } {
	t.Helper()
	var out []struct{ text, lang string }
	add := func(s, lang string) {
		out = append(out, struct{ text, lang string }{s, lang})
		words := strings.Fields(s)
		for k, w := range words {
			words[k] = strings.ToUpper(w[:1]) + w[1:]
		}
		out = append(out,
			struct{ text, lang string }{strings.Join(words, " "), lang},
			struct{ text, lang string }{strings.ToUpper(s), lang},
			struct{ text, lang string }{strings.ToLower(s), lang})
	}
	for _, m := range genMessages(500) {
		add(m.text, m.lang)
	}
	files, err := filepath.Glob("../testdata/dev*.jsonl")
	if err != nil || len(files) == 0 {
		t.Fatalf("no dev corpora: %v", err)
	}
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for line := 0; sc.Scan(); line++ {
			if line%2 == 1 {
				continue
			}
			var m struct{ Text, Lang string }
			if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			add(m.Text, m.Lang)
		}
		fh.Close()
	}
	return out
}

// everyKth returns every k-th of texts, for the checks that run a whole
// detector or engine per text: with k prime to 4 each of gateTexts' four
// spellings of a message comes in turn, and the race detector's run stays
// within seconds.
func everyKth(texts []struct{ text, lang string }, k int) []struct{ text, lang string } {
	var out []struct{ text, lang string }
	for i := 0; i < len(texts); i += k {
		out = append(out, texts[i])
	}
	return out
}

// TestDetectorGatesSound checks the conditions the detectors' loops test
// before calling a rule: wherever a gate says no, the rule finds nothing,
// so skipping the call changes no span. A rule given a new way to match
// must widen its gate, or this fails.
func TestDetectorGatesSound(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every dev corpus")
	}
	p := newPersonT(t)
	l := newLocationT(t)
	h, err := NewHealth()
	if err != nil {
		t.Fatal(err)
	}
	var buf [8]int
	// The phrases whose second word is a slot phraseAt tests, by their
	// first word.
	slotSecond := make(map[string][]*healthEntry)
	for k := range h.entries {
		if e := &h.entries[k]; e.secondSlot != secondNoSlot {
			slotSecond[e.words[0]] = append(slotSecond[e.words[0]], e)
		}
	}
	if len(slotSecond) == 0 {
		t.Fatal("no phrase has a slot for its second word")
	}
	checked := 0
	for k, m := range gateTexts(t) {
		tx := NewText(m.text, NormLang(m.lang))
		if tx.Lang == "" {
			tx.Lang = GuessLang(tx)
		}
		lf := langWordFlag(tx.Lang)
		pb, lb := tx.Bits(p.idx), tx.Bits(l.idx)
		for i := range tx.Tokens {
			checked++
			if !mayHereIntro(tx, pb, i, tx.IsUpper(i)) {
				if _, _, ok := p.hereIntro(tx, i); ok {
					t.Fatalf("hereIntro matched at %q in %q past its gate", tx.Raw(i), m.text)
				}
			}
			if !mayContextName(tx, pb, i, tx.IsUpper(i)) {
				if _, _, ok := p.contextName(tx, i, lf); ok {
					t.Fatalf("contextName matched at %q in %q past its gate", tx.Raw(i), m.text)
				}
			}
			if !mayListedName(pb, i, tx.IsUpper(i)) {
				if _, _, ok := p.listedName(tx, i, lf); ok {
					t.Fatalf("listedName matched at %q in %q past its gate", tx.Raw(i), m.text)
				}
			}
			if !mayNamePair(tx, pb, i) {
				if _, ok := p.namePair(tx, i); ok {
					t.Fatalf("namePair matched at %q in %q past its gate", tx.Raw(i), m.text)
				}
			}
			w := tx.Word(i)
			if tx.IsUpper(i) && !isDigitByte(w[0]) && lb[i]&firstStreet == 0 && !l.mayStreetAhead(tx, lb, i, w) {
				if _, _, ok := l.address(tx, i); ok {
					t.Fatalf("address matched at %q in %q past its gate", tx.Raw(i), m.text)
				}
			}
		}
		words := make([]healthWord, len(tx.Tokens))
		for i := range words {
			words[i] = h.look(tx.Folded(i), buf[:0])
		}
		for i := range words {
			if !words[i].mayStartPhrase() {
				if k, _ := h.phraseAt(tx, words, i); k > 0 {
					t.Fatalf("a phrase matched at %q in %q past the gate", tx.Raw(i), m.text)
				}
			}
			if k%7 != 0 {
				continue // the newer gates on a sample, to keep -race short
			}
			if words[i].mayStartPhrase() && !h.mayPhraseAt(tx, words, i) {
				if k, _ := h.phraseAt(tx, words, i); k > 0 {
					t.Fatalf("a phrase matched at %q in %q past its second word's gate", tx.Raw(i), m.text)
				}
			}
			// The phrases whose first word token i may be (phraseMatch
			// asks it first).
			cands := slotSecond[tx.Folded(i)]
			if words[i].poss {
				cands = append(cands[:len(cands):len(cands)], slotSecond[slotPoss]...)
			}
			for _, e := range cands {
				if !e.secondSlotOK(tx, words, i) && h.phraseMatch(tx, words, i, e) > 0 {
					t.Fatalf("phrase %q matched at %q in %q past its second slot's gate", e.words, tx.Raw(i), m.text)
				}
			}
		}
	}
	t.Logf("%d tokens checked", checked)
}

// TestPhraseEndBits checks the bits of PERSON's index that stand for the
// last words of its phrase sets: endsAtBit answers as endsAt at every
// token, each text read alone and through the engine's merged index.
func TestPhraseEndBits(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every dev corpus")
	}
	e, err := NewEngine()
	if err != nil {
		t.Fatal(err)
	}
	p := newPersonT(t)
	sets := []struct {
		name string
		set  *phraseSet
		bit  uint32
	}{
		{"introSet", introSet, pbIntroEnd}, {"weakIntroSet", weakIntroSet, pbWeakIntroEnd},
		{"nickSet", nickSet, pbNickEnd}, {"contactSet", contactSet, pbContactEnd}, {"fetchSet", fetchSet, pbFetchEnd},
	}
	hits := make([]int, len(sets))
	texts := append(everyKth(gateTexts(t), 5), struct{ text, lang string }{"Hei, jeg heter Kari og kaller ham Per, må hente emma", "nb"},
		struct{ text, lang string }{"my name is John, I call him Bob, pick up oliver", "en"})
	for _, m := range texts {
		own, merged := NewText(m.text, "nb"), NewText(m.text, "nb")
		e.index.fill(merged)
		for _, pb := range [][]uint32{own.Bits(p.idx), merged.Bits(e.index.parts[0])} {
			for i := 0; i <= len(own.Tokens); i++ {
				for k, s := range sets {
					want := s.set.endsAt(own, i)
					if got := s.set.endsAtBit(own, pb, s.bit, i); got != want {
						t.Fatalf("%s at token %d of %q: endsAtBit %v, endsAt %v", s.name, i, m.text, got, want)
					}
					if want {
						hits[k]++
					}
				}
			}
		}
	}
	for k, s := range sets {
		if hits[k] == 0 {
			t.Errorf("%s: no phrase found in the texts", s.name)
		}
	}
}

// TestAfterPronounGate checks the shape afterPronoun tests before its
// look-up: every pronoun of namePronouns is an h and at most three bytes.
func TestAfterPronounGate(t *testing.T) {
	for w := range namePronouns {
		if len(w) > 3 || w[0] != 'h' {
			t.Errorf("namePronouns holds %q, which afterPronoun's gate rules out", w)
		}
	}
}

// TestAppendSpansMatchesDetect checks every spanAppender of the registry:
// given a buffer with spans before its end and spare capacity after,
// appendSpans leaves the spans before alone and appends what Detect finds.
func TestAppendSpansMatchesDetect(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every dev corpus")
	}
	dets, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	old := []Span{{Start: 0, End: 1, Category: Person, Rule: "x.before"}, {Start: 2, End: 3, Category: Health, Rule: "x.before", Weak: true, Key: "k"}}
	appenders := 0
	texts := everyKth(gateTexts(t), 7)
	for _, d := range dets {
		a, ok := d.(spanAppender)
		if !ok {
			continue
		}
		appenders++
		for k, m := range texts {
			if k%3 != 0 {
				continue // a third of them: the spans are asked three times
			}
			tx := NewText(m.text, NormLang(m.lang))
			if tx.Lang == "" {
				tx.Lang = GuessLang(tx)
			}
			want := d.Detect(tx)
			for _, spare := range []int{0, 64} {
				buf := append(make([]Span, 0, len(old)+spare), old...)
				got := a.appendSpans(tx, buf[len(buf):])
				if !slices.Equal(got, want) || !slices.Equal(buf, old) {
					t.Fatalf("%s on %q with %d spare: appendSpans %v, Detect %v", d.Name(), m.text, spare, got, want)
				}
			}
		}
	}
	if appenders < len(dets) {
		t.Logf("%d of %d detectors append", appenders, len(dets))
	}
}

// TestFoldedIsFoldOfWord checks what POLITICS and ORIENTATION rely on when
// they take a token's folded form from the Text instead of folding its
// word: Folded(i) is Fold(Word(i)) (a Text prepared from a masked one is
// checked against a plain one by TestResetMaskedMatchesReset).
func TestFoldedIsFoldOfWord(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every dev corpus")
	}
	for _, m := range gateTexts(t) {
		tx := NewText(m.text, NormLang(m.lang))
		for i := range tx.Tokens {
			if got, want := tx.Folded(i), Fold(tx.Word(i)); got != want {
				t.Fatalf("token %q of %q: Folded %q, Fold of the word %q", tx.Raw(i), m.text, got, want)
			}
		}
	}
}

// TestPairIndexMatchesMap checks each HEALTH payload's pairIndex against
// the map it was built from, for every 16-bit key.
func TestPairIndexMatchesMap(t *testing.T) {
	h, err := NewHealth()
	if err != nil {
		t.Fatal(err)
	}
	pays := []*healthPayload{&h.bodyNext}
	for i := range h.pay {
		pays = append(pays, &h.pay[i])
	}
	split := 0
	for _, p := range pays {
		if p.byNext == nil {
			continue
		}
		split++
		for k := uint32(0); k < 1<<16; k++ {
			if got, want := p.next.get(k), p.byNext[k]; !slices.Equal(got, want) {
				t.Fatalf("key %#04x: pairIndex %v, map %v", k, got, want)
			}
		}
	}
	if split == 0 {
		t.Fatal("no payload split by its second word")
	}
}

// plainPhraseFrom is wordSet.phraseFrom without its test of the second
// word's first byte.
func plainPhraseFrom(ws *wordSet, t *Text, i, a int) bool {
	if ws.maxPhrase == 0 {
		return false
	}
	w, f := t.Word(i), t.Folded(i)
	for _, k := range ws.byFirst[w] {
		if n := len(ws.phrases[k]); i+n-1 >= a && i+n <= len(t.Tokens) && ws.phraseAt(t, k, i) {
			return true
		}
	}
	if f != w {
		for _, k := range ws.byFirst[f] {
			if n := len(ws.phrases[k]); i+n-1 >= a && i+n <= len(t.Tokens) && ws.phraseAt(t, k, i) {
				return true
			}
		}
	}
	return false
}

// TestPhraseFromMatchesPlain checks phraseFrom against plainPhraseFrom
// for every word set of the context rules, at every token of the gate
// texts, reaching to the token itself and to the next.
func TestPhraseFromMatchesPlain(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every dev corpus")
	}
	e, err := NewEngine()
	if err != nil {
		t.Fatal(err)
	}
	var sets []*wordSet
	for _, r := range e.ctx.rules {
		for _, ws := range []*wordSet{&r.veto, &r.confirm, &r.deny, &r.caseWords} {
			if ws.maxPhrase > 0 {
				sets = append(sets, ws)
			}
		}
	}
	if len(sets) == 0 {
		t.Fatal("no context word set with phrases")
	}
	found := 0
	for k, m := range gateTexts(t) {
		if k%23 != 0 {
			continue // one in 23 (all four spellings in turn): every set is asked at every token
		}
		tx := NewText(m.text, NormLang(m.lang))
		for i := range tx.Tokens {
			for _, ws := range sets {
				for _, a := range []int{i, i + 1} {
					got, want := ws.phraseFrom(tx, i, a), plainPhraseFrom(ws, tx, i, a)
					if got != want {
						t.Fatalf("phraseFrom at %q of %q (to %d) = %v, plain %v", tx.Raw(i), m.text, a, got, want)
					}
					if got {
						found++
					}
				}
			}
		}
	}
	if found == 0 {
		t.Error("no phrase found")
	}
}

// TestOrientationCacheMatchesTerm checks ORIENTATION's word cache: after a
// text is read, the term cached for each of its words is what term
// computes for the word, and reading the texts again with every word
// cached finds the same spans.
func TestOrientationCacheMatchesTerm(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every dev corpus")
	}
	o, err := NewOrientation()
	if err != nil {
		t.Fatal(err)
	}
	texts := everyKth(gateTexts(t), 5)
	texts = append(texts, struct{ text, lang string }{"Han er homofil og pro-LGBT, hun er anti-homo og bifil", "nb"})
	first := make([][]Span, len(texts))
	cached, terms := 0, 0
	for k, m := range texts {
		tx := NewText(m.text, NormLang(m.lang))
		first[k] = o.Detect(tx)
		for i := range tx.Tokens {
			w := tx.Word(i)
			if len(w) < 3 || len(w) > maxGenderToken {
				continue
			}
			v, ok := o.looked.lookup(tx.WordSum(i))
			if !ok {
				v, ok = o.looked.lookupOther(tx.WordSum(i))
			}
			if !ok {
				continue // evicted by a later word of the text
			}
			cached++
			if want := o.term(w); v != want {
				t.Fatalf("word %q of %q: cached term %v, term %v", w, m.text, v, want)
			}
			if v != nil {
				terms++
			}
		}
	}
	for k, m := range texts {
		if got := o.Detect(NewText(m.text, NormLang(m.lang))); !slices.Equal(got, first[k]) {
			t.Fatalf("%q: spans %v read again, %v first", m.text, got, first[k])
		}
	}
	if cached == 0 || terms == 0 {
		t.Errorf("%d words cached, %d terms among them", cached, terms)
	}
}
