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
}

type compiledRule struct {
	ContextRule
	confirm, deny wordSet
	keep          map[string]bool
	keepAll       bool
}

// wordSet holds context words: exact tokens, prefixes ("syk*") and phrases
// of consecutive tokens ("ta til"). Words are compared by their lowercase and
// folded forms.
type wordSet struct {
	exact    map[string]bool
	prefixes []string
	phrases  [][]string // lowercase tokens
	phrasesF [][]string // the same, folded
}

func newWordSet(words []string) wordSet {
	ws := wordSet{exact: make(map[string]bool)}
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
			ws.phrases = append(ws.phrases, ph)
			ws.phrasesF = append(ws.phrasesF, f)
		case strings.HasSuffix(w, "*") && len(w) > 1:
			p := strings.TrimSuffix(w, "*")
			ws.prefixes = append(ws.prefixes, p)
			if f := Fold(p); f != p {
				ws.prefixes = append(ws.prefixes, f)
			}
		default:
			ws.exact[w] = true
			ws.exact[Fold(w)] = true
		}
	}
	return ws
}

func (ws *wordSet) empty() bool {
	return len(ws.exact) == 0 && len(ws.prefixes) == 0 && len(ws.phrases) == 0
}

// hitToken reports whether token i of t is a word of the set, or starts one
// of its phrases.
func (ws *wordSet) hitToken(t *Text, i int) bool {
	w := t.Word(i)
	if ws.exact[w] || ws.exact[t.Folded(i)] {
		return true
	}
	for _, p := range ws.prefixes {
		if strings.HasPrefix(w, p) || strings.HasPrefix(t.Folded(i), p) {
			return true
		}
	}
	for k, ph := range ws.phrases {
		if i+len(ph) <= len(t.Tokens) && ws.phraseAt(t, k, i) {
			return true
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
	for k, ph := range ws.phrases {
		for i := max(a-len(ph)+1, 0); i <= a && i+len(ph) <= len(t.Tokens); i++ {
			if ws.phraseAt(t, k, i) {
				return true
			}
		}
	}
	return false
}

// phraseAt reports whether phrase k of the set starts at token i.
func (ws *wordSet) phraseAt(t *Text, k, i int) bool {
	for j, pw := range ws.phrases[k] {
		if t.Word(i+j) != pw && t.Folded(i+j) != ws.phrasesF[k][j] {
			return false
		}
	}
	return true
}

func newContextPass(dets []Detector) (*contextPass, error) {
	cp := &contextPass{rules: make(map[string]*compiledRule)}
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
			c := &compiledRule{ContextRule: r, confirm: newWordSet(r.Confirm), deny: newWordSet(r.Deny), keep: make(map[string]bool)}
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
// place. A weak span whose Key names no rule is dropped.
func (cp *contextPass) apply(t *Text, spans []Span) []Span {
	out := spans[:0]
	for _, s := range spans {
		if !s.Weak || cp.decide(t, s) {
			out = append(out, s)
		}
	}
	return out
}

func (cp *contextPass) decide(t *Text, s Span) bool {
	r := cp.rules[s.Key]
	if r == nil {
		return false
	}
	a := t.TokenAt(s.Start)
	b := t.TokenAt(s.End - 1)
	if a >= len(t.Tokens) {
		return false
	}
	if b >= len(t.Tokens) {
		b = len(t.Tokens) - 1
	}
	if r.confirm.hitNear(t, a, b, r.Window) {
		return true
	}
	if r.deny.hitNear(t, a, b, r.Window) {
		return false
	}
	return r.keepAll || (t.Lang != "" && r.keep[t.Lang])
}
