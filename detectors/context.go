package detectors

import (
	"fmt"
	"strings"
)

// contextPass is the shared context pass: after every detector has run,
// each weak span is confirmed or dropped by the words around it and by the
// message language, using the ContextRule its Key names.
type contextPass struct {
	rules map[string]*compiledRule
	// memo caches wordSet.classify for the words of every set (memo.go).
	memo *wordMemo[uint8]
}

// contextMemoBits sizes the cache of the context pass's word sets (2^14
// slots shared by all of them).
const contextMemoBits = 14

type compiledRule struct {
	ContextRule
	veto, confirm, deny wordSet
	keep, drop          map[string]bool
	keepAll             bool
	caseRules           map[string]bool // nil: no CaseRule
	caseWhose           map[string]bool
	caseWords           wordSet
}

// with returns a new slice of the words of base and extra, for a rule whose
// context words are a shared list and some of its own.
func with(base []string, extra ...string) []string {
	return append(append([]string{}, base...), extra...)
}

// wordSet holds context words: exact tokens, prefixes ("syk*") and phrases
// of consecutive tokens ("ta til"). Words are compared by their lowercase and
// folded forms.
type wordSet struct {
	exact map[string]bool
	// folded holds the folded forms of words written with Nordic letters,
	// each with the word's Nordic letters (nordicSeq, "*" when words of
	// several differ): a token with such letters matches through them when
	// they agree ("röst" as "røst", æ = ä, ø = ö), never a word written
	// without any ("får" is no "far") nor with å for ä ("låser" is no
	// "läser"); a token written with digraphs ("soenn") matches any.
	folded   map[string]string
	prefixes []string
	phrases  [][]string // lowercase tokens
	phrasesF [][]string // the same, folded

	// byByte buckets prefixes by their first byte and byFirst the phrases
	// by their first word (lowercase and folded), so a token is compared
	// with the few that can match it: the politics rules hold ~70 prefixes.
	byByte    [256][]string
	byFirst   map[string][]int
	maxPhrase int
	nonEmpty  bool

	// memo caches classify by token, shared with the other sets of the
	// context pass: salt, the set's own, is mixed into each word's hash so
	// the sets keep apart. nil (a set built alone) classifies each time.
	memo *wordMemo[uint8]
	salt uint64
}

// The bits of wordSet.classify: what a token is to the set by its own
// word, whatever stands around it.
const (
	wsHit    = 1 << iota // a word of the set, or starting with one of its prefixes
	wsPhrase             // the first word of some phrase of the set
)

func newWordSet(words []string) wordSet {
	ws := wordSet{exact: make(map[string]bool), folded: make(map[string]string), byFirst: make(map[string][]int)}
	for _, w := range words {
		w = strings.TrimSpace(lowerSameLen(w))
		switch {
		case w == "":
		case strings.Contains(w, " "):
			ph := strings.Fields(w)
			f := make([]string, len(ph))
			for i, x := range ph {
				f[i] = Fold(x)
			}
			k := len(ws.phrases)
			ws.phrases = append(ws.phrases, ph)
			ws.phrasesF = append(ws.phrasesF, f)
			ws.byFirst[ph[0]] = append(ws.byFirst[ph[0]], k)
			if f[0] != ph[0] {
				ws.byFirst[f[0]] = append(ws.byFirst[f[0]], k)
			}
			ws.maxPhrase = max(ws.maxPhrase, len(ph))
		case strings.HasSuffix(w, "*") && len(w) > 1:
			p := strings.TrimSuffix(w, "*")
			ws.prefixes = append(ws.prefixes, p)
			if f := Fold(p); f != p {
				ws.prefixes = append(ws.prefixes, f)
			}
		default:
			ws.exact[w] = true
			if f := Fold(w); f != w {
				ws.exact[f] = true
				seq := nordicSeq(w)
				if old, ok := ws.folded[f]; ok && old != seq {
					seq = "*"
				}
				ws.folded[f] = seq
			}
		}
	}
	for _, p := range ws.prefixes {
		ws.byByte[p[0]] = append(ws.byByte[p[0]], p)
	}
	ws.nonEmpty = len(ws.exact) > 0 || len(ws.prefixes) > 0 || len(ws.phrases) > 0
	return ws
}

func (ws *wordSet) empty() bool { return !ws.nonEmpty }

// hitToken reports whether token i of t is a word of the set, or starts one
// of its phrases.
func (ws *wordSet) hitToken(t *Text, i int) bool {
	c := ws.class(t, i)
	return c&wsHit != 0 || c&wsPhrase != 0 && ws.phraseFrom(t, i, i)
}

// class returns the ws bits of token i: a window is scanned token by token
// for every weak span, and each token would cost a look-up in each of the
// set's maps and a look at its prefixes.
func (ws *wordSet) class(t *Text, i int) uint8 {
	if ws.memo == nil {
		return ws.classify(t.Word(i), t.Folded(i))
	}
	sum := t.WordSum(i) ^ ws.salt
	c, ok := ws.memo.lookup(sum)
	if !ok {
		c, ok = ws.memo.lookupOther(sum)
	}
	if !ok {
		c = ws.classify(t.Word(i), t.Folded(i))
		ws.memo.put(sum, c)
	}
	return c
}

// classify computes the ws bits of a token with word w and folded form f.
func (ws *wordSet) classify(w, f string) uint8 {
	var c uint8
	if ws.exact[w] {
		c |= wsHit
	} else if f != w {
		if seq, ok := ws.folded[f]; ok {
			if ts := nordicSeq(w); ts == "" || seq == "*" || seq == ts {
				c |= wsHit
			}
		}
	}
	if ws.hasPrefix(w) || (f != w && ws.hasPrefix(f)) {
		c |= wsHit
	}
	if len(ws.byFirst[w]) > 0 || f != w && len(ws.byFirst[f]) > 0 {
		c |= wsPhrase
	}
	return c
}

func (ws *wordSet) hasPrefix(w string) bool {
	if w == "" {
		return false
	}
	for _, p := range ws.byByte[w[0]] {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// phraseFrom reports whether a phrase of the set starts at token i and
// reaches token a or beyond.
func (ws *wordSet) phraseFrom(t *Text, i, a int) bool {
	if ws.maxPhrase == 0 {
		return false
	}
	w, f := t.Word(i), t.Folded(i)
	// A common first word starts many phrases: a phrase's second word
	// matches token i+1 only if its folded form is token i+1's (phraseAt),
	// so the first bytes of the two rule out most without the call.
	var next byte
	if i+1 < len(t.Tokens) {
		next = t.Folded(i + 1)[0]
	}
	for _, k := range ws.byFirst[w] {
		if n := len(ws.phrases[k]); i+n-1 >= a && i+n <= len(t.Tokens) && (n < 2 || ws.phrasesF[k][1][0] == next) && ws.phraseAt(t, k, i) {
			return true
		}
	}
	if f != w {
		for _, k := range ws.byFirst[f] {
			if n := len(ws.phrases[k]); i+n-1 >= a && i+n <= len(t.Tokens) && (n < 2 || ws.phrasesF[k][1][0] == next) && ws.phraseAt(t, k, i) {
				return true
			}
		}
	}
	return false
}

// hitNear reports whether a word of the set occurs within window tokens
// before token a or after token b (the span's own tokens a..b excluded,
// except that a phrase may start before the span and run into it).
func (ws *wordSet) hitNear(t *Text, a, b, window int) bool {
	if ws.empty() {
		return false
	}
	lo := max(a-window, 0)
	hi := min(b+window, len(t.Tokens)-1)
	for i := lo; i <= hi; i++ {
		if i >= a && i <= b {
			continue
		}
		if ws.hitToken(t, i) {
			return true
		}
	}
	// A phrase that includes the span's own word ("ta til høyre"): check
	// the phrases starting inside the window before the span too.
	for i := max(a-ws.maxPhrase+1, 0); i <= a; i++ {
		if ws.class(t, i)&wsPhrase != 0 && ws.phraseFrom(t, i, a) {
			return true
		}
	}
	return false
}

// phraseAt reports whether phrase k of the set starts at token i.
func (ws *wordSet) phraseAt(t *Text, k, i int) bool {
	for j, pw := range ws.phrases[k] {
		w := t.Word(i + j)
		if w == pw {
			continue
		}
		// Folded only where the token has no Nordic letters or the phrase
		// has them: "får" is no "far".
		if f, pf := t.Folded(i+j), ws.phrasesF[k][j]; f != pf || f != w && pf == pw {
			return false
		}
	}
	// A phrase does not run across a question or an exclamation: "om man
	// är arbetslös? Man vet ju aldrig" holds no "arbetslös man".
	for j := 1; j < len(ws.phrases[k]); j++ {
		if g := t.Orig[t.Tokens[i+j-1].End:t.Tokens[i+j].Start]; len(g) > 1 && strings.ContainsAny(g, "?!") {
			return false
		}
	}
	return true
}

func newContextPass(dets []Detector) (*contextPass, error) {
	cp := &contextPass{rules: make(map[string]*compiledRule), memo: newWordMemo[uint8](contextMemoBits)}
	sets := uint64(0)
	share := func(ws *wordSet) {
		sets++
		ws.memo, ws.salt = cp.memo, sets*0x9e3779b97f4a7c15 // distinct for every set (an odd factor)
	}
	for _, d := range dets {
		cr, ok := d.(ContextRuler)
		if !ok {
			continue
		}
		for _, r := range cr.ContextRules() {
			if r.Key == "" {
				return nil, fmt.Errorf("detectors: %s: context rule without a key", d.Name())
			}
			if _, dup := cp.rules[r.Key]; dup {
				return nil, fmt.Errorf("detectors: %s: context rule %q defined twice", d.Name(), r.Key)
			}
			if r.Window < 0 {
				return nil, fmt.Errorf("detectors: %s: context rule %q: negative window", d.Name(), r.Key)
			}
			c := &compiledRule{ContextRule: r, veto: newWordSet(r.Veto), confirm: newWordSet(r.Confirm), deny: newWordSet(r.Deny),
				keep: make(map[string]bool), drop: setOf(r.DropLangs...)}
			if len(r.Case.Rules) > 0 {
				c.caseRules, c.caseWhose = setOf(r.Case.Rules...), setOf(r.Case.Whose...)
				c.caseWords = newWordSet(r.Case.Words)
			}
			share(&c.veto)
			share(&c.confirm)
			share(&c.deny)
			share(&c.caseWords)
			for _, l := range r.KeepLangs {
				if l == "*" {
					c.keepAll = true
				}
				c.keep[l] = true
			}
			cp.rules[r.Key] = c
		}
	}
	return cp, nil
}

// apply keeps the strong spans and the weak spans their rule confirms, in
// place. A weak span whose Key names no rule is dropped. Spans of rules with
// a CaseRule are decided last, by the spans kept before them: a lowercase
// "ms" that "har" confirmed tells of a condition as "MS" does.
func (cp *contextPass) apply(t *Text, spans []Span) []Span {
	var buf [32]bool
	keep := buf[:0]
	if len(spans) > len(buf) {
		keep = make([]bool, 0, len(spans))
	}
	keep = keep[:len(spans)]
	later := false
	for i, s := range spans {
		if !s.Weak {
			keep[i] = true
		} else if r := cp.rules[s.Key]; r != nil && r.caseRules != nil {
			later = true
		} else {
			keep[i] = r != nil && r.decide(t, s, nil, nil)
		}
	}
	if later {
		for i, s := range spans {
			if !s.Weak {
				continue
			}
			if r := cp.rules[s.Key]; r != nil && r.caseRules != nil {
				keep[i] = r.decide(t, s, spans, keep)
			}
		}
	}
	out := spans[:0]
	for i, s := range spans {
		if keep[i] {
			out = append(out, s)
		}
	}
	return out
}

// decide reports whether r keeps weak span s (r is the rule s.Key names,
// looked up once by apply); all and kept are the message's spans and which
// of them are kept so far, for a CaseRule.
func (r *compiledRule) decide(t *Text, s Span, all []Span, kept []bool) bool {
	a := t.TokenAt(s.Start)
	b := t.TokenAt(s.End - 1)
	if a >= len(t.Tokens) {
		return false
	}
	if b >= len(t.Tokens) {
		b = len(t.Tokens) - 1
	}
	if r.drop[t.Lang] || r.veto.hitNear(t, a, b, r.Window) {
		return false
	}
	if r.confirm.hitNear(t, a, b, r.Window) || r.caseRules != nil && r.isCase(t, all, kept) {
		return true
	}
	if r.deny.hitNear(t, a, b, r.Window) {
		return false
	}
	return r.keepAll || (t.Lang != "" && r.keep[t.Lang])
}

// isCase reports whether the message is someone's case by r's CaseRule: a
// kept span of one of its rules, and a kept span or a word for whom.
func (r *compiledRule) isCase(t *Text, all []Span, kept []bool) bool {
	rule, whose := false, false
	for i, o := range all {
		if kept[i] {
			rule = rule || r.caseRules[o.Rule]
			whose = whose || r.caseWhose[o.Rule]
		}
	}
	if !rule {
		return false
	}
	if len(r.caseWhose) == 0 && r.caseWords.empty() {
		return true // the rule alone decides
	}
	for i := 0; !whose && i < len(t.Tokens); i++ {
		whose = r.caseWords.hitToken(t, i)
	}
	return whose
}
