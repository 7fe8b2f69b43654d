package detectors

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"unicode"
)

//go:embed data/health/*.txt
var healthFS embed.FS

// healthFiles are the HEALTH word lists in load order: where two files hold
// the same word, the first one's entry is used.
var healthFiles = []string{
	"data/health/body.txt",
	"data/health/lay_no.txt",
	"data/health/lay_da.txt",
	"data/health/lay_sv.txt",
	"data/health/lay_en.txt",
	"data/health/medicines.txt",
	"data/health/atc.txt",
	"data/health/icpc2.txt",
	"data/health/icd10.txt",
}

// healthRules are the section names a word list may use; the rule id of an
// entry is "health." + its section.
var healthRules = map[string]bool{
	"condition": true, "symptom": true, "medication": true, "procedure": true,
	"pregnancy": true, "mental": true, "addiction": true, "disability": true,
	"aid": true, "care": true, "sickness": true, "icd10": true, "icpc2": true,
	"atc": true,
	// body and poss are the slot classes of body.txt, not rules.
	"body": true, "poss": true,
}

// Minimum lengths (bytes of the folded form) for the compound rules: a head
// shorter than minHealthHead needs the h flag; a word used as the first part
// of a compound needs minHealthPrefix bytes and leaves minHealthRest.
const (
	minHealthHead   = 5
	minHealthPrefix = 5
	minHealthRest   = 3
	minHealthLead   = 2 // bytes before a compound head
)

// Entry flags (third column of a word-list line, see lay_no.txt).
const (
	hfHead     uint16 = 1 << iota // h: may be a compound head though short
	hfNoHead                      // nh
	hfNoPrefix                    // np
	hfPrefix                      // p
	hfBody                        // b: compound head only after a body part
	hfNotAlone                    // nx: only as a compound head
	hfUpper                       // U: only written in capitals
)

// HealthDetector finds health information: diagnoses, symptoms, injuries,
// disabilities, medications, procedures, pregnancy, mental health,
// addiction, aids, care services a person uses, and sickness and disability
// benefits (detection.md, HEALTH). Words come from embedded lists; compounds
// and inflections are recognised by morphology, so "brystkreften",
// "lungebetennelsen" and "diabetesmedisin" need no entry of their own.
type HealthDetector struct {
	entries []healthEntry
	pay     []healthPayload
	rev     *byteTrie // reversed folded single words → payload
	fwd     *byteTrie // folded words usable as a compound's first part → entry
	ends    *endingSet
	slot    map[string][]int32 // phrases starting with a slot ("{body} pain")
	sizes   map[string]int
	version string
}

var _ Detector = (*HealthDetector)(nil)
var _ ContextRuler = (*HealthDetector)(nil)
var _ Versioner = (*HealthDetector)(nil)

type healthEntry struct {
	rule  string // "health.condition"
	class uint8
	flags uint16
	key   string   // weak: the ContextRule key
	words []string // folded tokens; slots are "{body}" and "{poss}"
	src   string   // file:line
}

type healthPayload struct {
	entry   int32 // single-word entry, or -1
	body    bool
	poss    bool
	phrases []int32 // multi-word entries whose first word is this key
}

const (
	slotBody = "{body}"
	slotPoss = "{poss}"
)

// NewHealth loads and compiles the embedded HEALTH word lists.
func NewHealth() (*HealthDetector, error) {
	return newHealthFS(healthFS, healthFiles)
}

func newHealthFS(fsys fs.FS, files []string) (*HealthDetector, error) {
	h := &HealthDetector{slot: make(map[string][]int32), sizes: make(map[string]int), ends: newEndingSet()}
	sum := sha256.New()
	byKey := make(map[string]int32) // folded single word → payload
	var phraseSeen = make(map[string]bool)
	for _, name := range files {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("detectors: health: %w", err)
		}
		sum.Write([]byte(name))
		sum.Write(data)
		if err := h.parse(name, data, byKey, phraseSeen); err != nil {
			return nil, err
		}
	}
	// Longest phrases first, so the longest match wins.
	byLen := func(ps []int32) {
		sort.SliceStable(ps, func(a, b int) bool { return len(h.entries[ps[a]].words) > len(h.entries[ps[b]].words) })
	}
	for i := range h.pay {
		byLen(h.pay[i].phrases)
	}
	for _, ps := range h.slot {
		byLen(ps)
	}
	rb, fb := newTrieBuilder(), newTrieBuilder()
	for k, p := range byKey {
		rb.add(k, true, p)
		if e := h.pay[p].entry; e >= 0 && h.prefixOK(&h.entries[e], k) {
			fb.add(k, false, e)
		}
	}
	h.rev, h.fwd = rb.freeze(), fb.freeze()
	h.version = hex.EncodeToString(sum.Sum(nil)[:8])
	return h, nil
}

// parse reads one word list: `#` comments, `@section` lines, and entries
// `phrase[;flags]`.
func (h *HealthDetector) parse(name string, data []byte, byKey map[string]int32, phraseSeen map[string]bool) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	section := ""
	header := false
	n := 0
	count := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if n == 1 && strings.HasPrefix(line, "#") {
			header = true
		}
		if line == "" || line[0] == '#' {
			continue
		}
		if !header {
			return fmt.Errorf("detectors: health %s:1: missing header comment naming the source", name)
		}
		if line[0] == '@' {
			section = line[1:]
			if !healthRules[section] {
				return fmt.Errorf("detectors: health %s:%d: unknown section %q", name, n, section)
			}
			continue
		}
		if section == "" {
			return fmt.Errorf("detectors: health %s:%d: entry before the first @section", name, n)
		}
		phrase, flagStr, _ := strings.Cut(line, ";")
		e := healthEntry{rule: "health." + section, class: classNoun, src: fmt.Sprintf("%s:%d", name, n)}
		for _, f := range strings.Split(flagStr, ",") {
			switch f = strings.TrimSpace(f); {
			case f == "":
			case f == "x":
				e.class = classExact
			case f == "a":
				e.class = classAdj
			case f == "h":
				e.flags |= hfHead
			case f == "nh":
				e.flags |= hfNoHead
			case f == "np":
				e.flags |= hfNoPrefix
			case f == "p":
				e.flags |= hfPrefix
			case f == "b":
				e.flags |= hfBody
			case f == "nx":
				e.flags |= hfNotAlone
			case f == "U":
				e.flags |= hfUpper
			case strings.HasPrefix(f, "w="):
				e.key = f[2:]
				if e.key == "" {
					return fmt.Errorf("detectors: health %s:%d: empty weak key", name, n)
				}
			default:
				return fmt.Errorf("detectors: health %s:%d: unknown flag %q", name, n, f)
			}
		}
		words, err := healthWords(phrase)
		if err != nil {
			return fmt.Errorf("detectors: health %s:%d: %w", name, n, err)
		}
		e.words = words
		count++
		if section == "body" || section == "poss" {
			if len(words) != 1 {
				return fmt.Errorf("detectors: health %s:%d: a %s word must be one token", name, n, section)
			}
			p := h.payload(byKey, words[0])
			if section == "body" {
				h.pay[p].body = true
			} else {
				h.pay[p].poss = true
			}
			continue
		}
		if len(words) == 1 {
			if words[0] == slotBody || words[0] == slotPoss {
				return fmt.Errorf("detectors: health %s:%d: a slot alone is not an entry", name, n)
			}
			p := h.payload(byKey, words[0])
			if h.pay[p].entry >= 0 {
				continue // an earlier list has the word
			}
			h.entries = append(h.entries, e)
			h.pay[p].entry = int32(len(h.entries) - 1)
			continue
		}
		key := strings.Join(words, " ")
		if phraseSeen[key] {
			continue
		}
		phraseSeen[key] = true
		h.entries = append(h.entries, e)
		idx := int32(len(h.entries) - 1)
		if w := words[0]; w == slotBody || w == slotPoss {
			h.slot[w] = append(h.slot[w], idx)
		} else {
			p := h.payload(byKey, w)
			h.pay[p].phrases = append(h.pay[p].phrases, idx)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("detectors: health %s:%d: %w", name, n+1, err)
	}
	if !header {
		return fmt.Errorf("detectors: health %s:1: missing header comment naming the source", name)
	}
	h.sizes[name] = count
	return nil
}

func (h *HealthDetector) payload(byKey map[string]int32, w string) int32 {
	if p, ok := byKey[w]; ok {
		return p
	}
	h.pay = append(h.pay, healthPayload{entry: -1})
	p := int32(len(h.pay) - 1)
	byKey[w] = p
	return p
}

// healthWords splits a phrase into folded tokens, keeping the slots.
func healthWords(phrase string) ([]string, error) {
	var out []string
	for _, f := range strings.Fields(phrase) {
		if f == slotBody || f == slotPoss {
			out = append(out, f)
			continue
		}
		low := lowerSameLen(f)
		toks := tokenize(low)
		if len(toks) == 0 {
			return nil, fmt.Errorf("phrase %q: %q has no word", phrase, f)
		}
		for _, tk := range toks {
			out = append(out, Fold(low[tk.Start:tk.End]))
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("empty phrase")
	}
	return out, nil
}

// prefixOK reports whether entry e (folded single word k) may be the first
// part of a compound ("diabetesmedisin", "kreftpasient").
func (h *HealthDetector) prefixOK(e *healthEntry, k string) bool {
	if e.flags&hfPrefix != 0 {
		return true
	}
	if e.flags&(hfNoPrefix|hfNotAlone|hfUpper) != 0 || e.key != "" || e.class != classNoun || len(k) < minHealthPrefix {
		return false
	}
	switch e.rule {
	case "health.atc", "health.medication", "health.sickness", "health.care", "health.symptom":
		return false
	}
	return true
}

// headOK reports whether entry e may be the head (last part) of a compound.
func (h *HealthDetector) headOK(e *healthEntry, k string) bool {
	if e.flags&hfNoHead != 0 || e.flags&hfUpper != 0 || e.rule == "health.atc" {
		return false
	}
	if e.class == classExact && e.flags&(hfHead|hfNotAlone) == 0 {
		return false
	}
	return len(k) >= minHealthHead || e.flags&(hfHead|hfNotAlone) != 0
}

// Name implements Detector.
func (h *HealthDetector) Name() string { return "health" }

// Keywords returns nil: compounds hide their health word inside a token, so
// the detector always runs; Detect is one pass over the tokens with trie
// walks and no hashing.
func (h *HealthDetector) Keywords() []string { return nil }

// Version is a hash of the embedded word lists.
func (h *HealthDetector) Version() string { return h.version }

// Sizes returns the number of entries per word-list file.
func (h *HealthDetector) Sizes() map[string]int {
	out := make(map[string]int, len(h.sizes))
	for k, v := range h.sizes {
		out[k] = v
	}
	return out
}

// healthWord is what the lexicon says about one token.
type healthWord struct {
	entry     int32 // entry matched by the whole token (inflection allowed), or -1
	head      int32 // entry matched as a compound head, or -1
	prefix    int32 // entry matched as a compound's first part, or -1
	body      bool  // the token is a body part
	poss      bool  // the token is a possessive
	exact     int32 // payload of the token exactly, or -1 (phrase starts)
	headStart int   // byte offset in the folded token where the head starts
}

// look classifies one folded token.
func (h *HealthDetector) look(f string, buf []int) healthWord {
	w := healthWord{entry: -1, head: -1, prefix: -1, exact: -1}
	if len(f) == 0 {
		return w
	}
	for _, k := range h.ends.cut(f, buf) {
		stem, end := f[:len(f)-k], f[len(f)-k:]
		h.walk(&w, stem, end)
		if isVowelStart(end) && len(stem) >= 3 && stem[len(stem)-1] == stem[len(stem)-2] && !isVowelByte(stem[len(stem)-1]) {
			h.walk(&w, stem[:len(stem)-1], end)
		}
		if w.entry >= 0 {
			break
		}
	}
	if w.entry < 0 && w.head < 0 && len(f) >= minHealthPrefix+minHealthRest {
		n := int32(0)
		for i := 0; i < len(f)-minHealthRest; i++ {
			if n = h.fwd.child(n, f[i]); n < 0 {
				break
			}
			if v := h.fwd.nodes[n].val; v >= 0 {
				w.prefix = v
			}
		}
	}
	return w
}

// walk looks stem+end up in the reversed trie: a whole-word match sets
// entry/body/poss, a match of a final part sets head.
func (h *HealthDetector) walk(w *healthWord, stem, end string) {
	n := int32(0)
	for d := 1; d <= len(stem); d++ {
		if n = h.rev.child(n, stem[len(stem)-d]); n < 0 {
			return
		}
		v := h.rev.nodes[n].val
		if v < 0 {
			continue
		}
		p := &h.pay[v]
		if d == len(stem) {
			if end == "" {
				w.exact = v
			}
			if p.body && h.ends.allows(classNoun, stem, end) {
				w.body = true
			}
			if p.poss && end == "" {
				w.poss = true
			}
			if p.entry >= 0 && w.entry < 0 && h.ends.allows(h.entries[p.entry].class, stem, end) {
				w.entry = p.entry
			}
			continue
		}
		lead := len(stem) - d
		if p.entry < 0 || lead < minHealthLead || w.entry >= 0 {
			continue
		}
		e := &h.entries[p.entry]
		key := stem[lead:]
		if !h.headOK(e, key) || !h.ends.allows(e.class, key, end) {
			continue
		}
		if (e.flags&hfBody != 0 || e.key != "") && !h.leadOK(stem[:lead]) {
			continue
		}
		if w.head < 0 || lead < w.headStart {
			w.head, w.headStart = p.entry, lead
		}
	}
}

// leadOK reports whether the first part of a compound is a body part or a
// health word, linking -s-, -e- or a hyphen allowed ("hoftebrudd",
// "håndleddsbrudd", "kne-operasjon").
func (h *HealthDetector) leadOK(lead string) bool {
	lead = strings.TrimSuffix(lead, "-")
	for _, c := range [...]string{lead, strings.TrimSuffix(lead, "s"), strings.TrimSuffix(lead, "e")} {
		if c == "" {
			continue
		}
		n := int32(0)
		for d := 1; d <= len(c) && n >= 0; d++ {
			n = h.rev.child(n, c[len(c)-d])
		}
		if n < 0 {
			continue
		}
		if v := h.rev.nodes[n].val; v >= 0 {
			p := &h.pay[v]
			if p.body || (p.entry >= 0 && h.entries[p.entry].key == "" && h.entries[p.entry].flags&hfNotAlone == 0) {
				return true
			}
		}
	}
	return false
}

// Detect implements Detector.
func (h *HealthDetector) Detect(t *Text) []Span {
	n := len(t.Tokens)
	if n == 0 {
		return nil
	}
	words := make([]healthWord, n)
	var buf [8]int
	for i := range words {
		words[i] = h.look(t.Folded(i), buf[:0])
	}
	var spans []Span
	covered := -1 // last token index inside an emitted span
	for i := 0; i < n; i++ {
		w := &words[i]
		if k, e := h.phraseAt(t, words, i); k > 0 {
			spans = append(spans, h.span(t, i, i+k, e, e.rule))
			covered = i + k - 1
			i += k - 1
			continue
		}
		switch {
		case w.entry >= 0:
			e := &h.entries[w.entry]
			if e.flags&hfNotAlone != 0 || (e.flags&hfUpper != 0 && !allUpper(t.Raw(i))) {
				break
			}
			start := i
			// A compound written in two words: "hjerte sykdom", "bryst kreft".
			if i > 0 && covered < i-1 && h.splitOK(t, words, i, e) {
				start = i - 1
			}
			spans = append(spans, h.span(t, start, i+1, e, e.rule))
			covered = i
		case w.head >= 0:
			spans = append(spans, h.span(t, i, i+1, nil, "health.compound"))
			covered = i
		case w.prefix >= 0:
			spans = append(spans, h.span(t, i, i+1, nil, "health.compound"))
			covered = i
		default:
			if h.hyphenPart(t.Folded(i)) {
				spans = append(spans, h.span(t, i, i+1, nil, "health.compound"))
				covered = i
			}
		}
	}
	return spans
}

// splitOK reports whether token i (entry e) is the head of a compound
// written as two words, the first a body part: "hjerte sykdom", "rygg
// smerter". Short body words are left out: folded they collide with common
// words ("tå" and "ta").
func (h *HealthDetector) splitOK(t *Text, words []healthWord, i int, e *healthEntry) bool {
	if !words[i-1].body || e.key != "" || len(t.Folded(i-1)) < 4 || !h.headOK(e, t.Folded(i)) {
		return false
	}
	switch e.rule {
	case "health.condition", "health.symptom", "health.icd10", "health.icpc2", "health.procedure":
	default:
		return false
	}
	return onlySpaces(t.Orig[t.Tokens[i-1].End:t.Tokens[i].Start])
}

func (h *HealthDetector) span(t *Text, a, b int, e *healthEntry, rule string) Span {
	s := Span{Start: t.Tokens[a].Start, End: t.Tokens[b-1].End, Category: Health, Rule: rule}
	if e != nil && e.key != "" {
		s.Weak, s.Key = true, e.key
	}
	return s
}

// phraseAt returns the length in tokens and the entry of the longest phrase
// starting at token i, or 0.
func (h *HealthDetector) phraseAt(t *Text, words []healthWord, i int) (int, *healthEntry) {
	w := &words[i]
	try := func(cands []int32) (int, *healthEntry) {
		for _, c := range cands {
			e := &h.entries[c]
			if h.phraseMatch(t, words, i, e) {
				return len(e.words), e
			}
		}
		return 0, nil
	}
	if w.exact >= 0 {
		if k, e := try(h.pay[w.exact].phrases); k > 0 {
			return k, e
		}
	}
	if w.body {
		if k, e := try(h.slot[slotBody]); k > 0 {
			return k, e
		}
	}
	if w.poss {
		if k, e := try(h.slot[slotPoss]); k > 0 {
			return k, e
		}
	}
	return 0, nil
}

func (h *HealthDetector) phraseMatch(t *Text, words []healthWord, i int, e *healthEntry) bool {
	k := len(e.words)
	if i+k > len(t.Tokens) {
		return false
	}
	for j, pw := range e.words {
		x := &words[i+j]
		switch pw {
		case slotBody:
			if !x.body {
				return false
			}
		case slotPoss:
			if !x.poss {
				return false
			}
		default:
			f := t.Folded(i + j)
			if f == pw {
				break
			}
			if j < k-1 || !strings.HasPrefix(f, pw) || !h.ends.allows(e.class, pw, f[len(pw):]) {
				return false
			}
		}
		if j > 0 && !phraseGap(t.Orig[t.Tokens[i+j-1].End:t.Tokens[i+j].Start]) {
			return false
		}
	}
	if e.flags&hfUpper != 0 {
		for j := 0; j < k; j++ {
			if !allUpper(t.Raw(i + j)) {
				return false
			}
		}
	}
	return true
}

// phraseGap reports whether the text between two tokens of a phrase keeps
// them one phrase: spaces only (no sentence or clause break).
func phraseGap(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return s != ""
}

// hyphenPart reports whether a hyphenated token has a part that is a strong
// health word on its own ("ADHD-medisin", "kreft-pasient").
func (h *HealthDetector) hyphenPart(f string) bool {
	if strings.IndexByte(f, '-') < 0 {
		return false
	}
	var buf [8]int
	for _, part := range strings.Split(f, "-") {
		if len(part) < 2 {
			continue
		}
		w := h.look(part, buf[:0])
		if w.entry < 0 {
			continue
		}
		e := &h.entries[w.entry]
		if e.key == "" && e.flags&(hfNotAlone|hfUpper) == 0 {
			return true
		}
		if e.flags&hfUpper != 0 {
			// The caller's token is folded and lowercased: accept capitals-only
			// words in hyphenated compounds ("MS-pasient") only when long enough
			// not to be an abbreviation of something else.
			continue
		}
	}
	return false
}

func allUpper(s string) bool {
	seen := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			seen = true
		}
	}
	return seen
}
