package detectors

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// MaxTextBytes bounds the bytes of one message the engine examines; the
// rest of a longer text is examined in further chunks of this size, so the
// time per message grows linearly with its length whatever the content.
const MaxTextBytes = 64 * 1024

// engineRulesVersion names the engine's own rules (overlap precedence,
// snapping, context pass, language guess). Bump it when they change, so
// Version() changes and stored messages are re-masked.
const engineRulesVersion = "engine-14"

// Engine runs every detector over a text and returns the final spans. It is
// safe for concurrent use.
type Engine struct {
	dets    []Detector
	app     []spanAppender // dets[i] as a spanAppender, or nil
	pf      *prefilter
	ctx     *contextPass
	index   *engineIndex
	version string
	cfg     config
}

type config struct {
	numberMinDigits int
	dets            []Detector
}

// Option configures NewEngine.
type Option func(*config) error

// WithNumberMinDigits sets how many digits a number needs to be a NUMBER
// (default DefaultNumberMinDigits).
func WithNumberMinDigits(n int) Option {
	return func(c *config) error {
		if n < 1 || n > 64 {
			return fmt.Errorf("detectors: number min digits %d out of range 1..64", n)
		}
		c.numberMinDigits = n
		return nil
	}
}

// WithDetectors replaces Default() by ds (for tests).
func WithDetectors(ds ...Detector) Option {
	return func(c *config) error {
		if len(ds) == 0 {
			return errors.New("detectors: WithDetectors needs at least one detector")
		}
		c.dets = ds
		return nil
	}
}

// NewEngine builds an engine over Default() (or the detectors given by
// WithDetectors): it loads every word list and builds the prefilter.
func NewEngine(opts ...Option) (*Engine, error) {
	cfg := config{numberMinDigits: DefaultNumberMinDigits}
	for _, o := range opts {
		if err := o(&cfg); err != nil {
			return nil, err
		}
	}
	dets := cfg.dets
	if dets == nil {
		var err error
		if dets, err = defaultDetectors(cfg); err != nil {
			return nil, err
		}
	}
	names := make(map[string]bool)
	for _, d := range dets {
		if names[d.Name()] {
			return nil, fmt.Errorf("detectors: detector %q listed twice", d.Name())
		}
		names[d.Name()] = true
	}
	e := &Engine{dets: dets, cfg: cfg, app: make([]spanAppender, len(dets))}
	for i, d := range dets {
		e.app[i], _ = d.(spanAppender)
	}
	var err error
	if e.pf, err = newPrefilter(dets); err != nil {
		return nil, err
	}
	if e.ctx, err = newContextPass(dets); err != nil {
		return nil, err
	}
	e.index = newEngineIndex(dets)
	h := sha256.New()
	fmt.Fprintf(h, "%s\nnumber-min-digits=%d\ndata=%s\n", engineRulesVersion, cfg.numberMinDigits, dataHash())
	for _, d := range dets {
		fmt.Fprintf(h, "detector %s\n", d.Name())
		if v, ok := d.(Versioner); ok {
			fmt.Fprintf(h, "version %s\n", v.Version())
		}
		for _, kw := range d.Keywords() {
			fmt.Fprintf(h, "kw %s\n", kw)
		}
		if cr, ok := d.(ContextRuler); ok {
			for _, r := range cr.ContextRules() {
				fmt.Fprintf(h, "rule %q %d %q %q %q %q %+v\n", r.Key, r.Window, r.Veto, r.Confirm, r.Deny, r.KeepLangs, r.Case)
			}
		}
	}
	e.version = hex.EncodeToString(h.Sum(nil)[:12])
	return e, nil
}

// Version changes whenever any rule, word list or option of the engine does.
func (e *Engine) Version() string { return e.version }

// Detectors returns the engine's detectors in registry order.
func (e *Engine) Detectors() []Detector { return e.dets }

// maxMaskRounds bounds the extra detection passes of Detect.
const maxMaskRounds = 3

// Detect returns the final spans of text: whole tokens, sorted, not
// overlapping, one category each. lang is a hint ("nb", "nn", "da", "sv",
// "en") or "" to let the engine guess.
//
// The spans are a fixpoint of masking: when masking them lets a detector
// find more in the masked text (a context window that saw the masked words
// now sees others), those spans are added and the check repeats, up to
// maxMaskRounds extra passes. So Mask(Mask(x)) == Mask(x).
func (e *Engine) Detect(text, lang string) []Span {
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	sc.keepFirst = true
	spans := e.detectOnce(sc, text, lang)
	sc.keepFirst = false
	// Where the first pass read text whole (it kept sc.first) and no byte
	// of it is 0xCC or more, the masked text is masked with its
	// placeholders hidden at once: detectOnce would find it normalized
	// and, up to MaxTextBytes, in one chunk, and hidePlaceholders would
	// hide just the placeholders masking wrote (one of text's own would
	// have left sc.first nil; one written next to a '[' of text is still
	// found first, as no category name holds a bracket).
	hidden := sc.first != nil && belowCC(text)
	for round := 0; round < maxMaskRounds && len(spans) > 0; round++ {
		var more []Span
		masked, segs := sc.maskWithMap(text, spans)
		if hidden && len(masked) <= MaxTextBytes {
			h, holes := sc.hideMasked()
			more = e.detectHidden(sc, h, holes, lang, true)
		} else {
			more = e.detectOnce(sc, masked, lang)
		}
		if len(more) == 0 {
			break
		}
		for _, s := range more {
			s.Start, s.End = segs.toOrig(s.Start, s.End)
			spans = append(spans, s)
		}
		spans = joinAdjacent(text, resolve(spans))
	}
	return spans
}

// maskSeg is one piece of a masked text: text kept from the original, or
// a placeholder standing for an original span.
type maskSeg struct {
	mStart, mEnd int // in the masked text
	oStart, oEnd int // in the original
	placeholder  bool
}

type maskMap []maskSeg

// scratch holds the buffers of one Detect call; a pooled one makes the
// fixpoint pass allocate nothing. The strings made from its buffers are
// used only until the call returns.
type scratch struct {
	masked []byte  // the text masked for the next pass
	segs   maskMap // how the masked text maps back
	hidden []byte  // a chunk with its placeholders hidden
	holes  []Token // where they were
	// first is the Text of the first pass's reading as written, kept
	// (when keepFirst) for the passes on masked text to be prepared from
	// (Text.resetMasked); nil when that pass read the text otherwise (in
	// chunks, normalized, or with placeholders of its own).
	first     *Text
	keepFirst bool
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

func (sc *scratch) release() {
	if sc.first != nil {
		releaseText(sc.first)
		sc.first = nil
	}
	sc.keepFirst = false
	if cap(sc.masked) > 2*MaxTextBytes || cap(sc.hidden) > 2*MaxTextBytes {
		return // a long text's buffers are not kept
	}
	clear(sc.masked) // a pooled scratch keeps no words of the message
	clear(sc.hidden)
	scratchPool.Put(sc)
}

// maskWithMap masks text like MaskSpans and returns how its offsets map
// back to text. The string is valid until sc masks again.
func (sc *scratch) maskWithMap(text string, spans []Span) (string, maskMap) {
	b := sc.masked[:0]
	segs := sc.segs[:0]
	prev := 0
	for _, s := range spans {
		if s.Start > prev {
			segs = append(segs, maskSeg{len(b), len(b) + s.Start - prev, prev, s.Start, false})
			b = append(b, text[prev:s.Start]...)
		}
		m := len(b)
		b = append(b, '[')
		b = append(b, s.Category...)
		b = append(b, ']')
		segs = append(segs, maskSeg{m, len(b), s.Start, s.End, true})
		prev = s.End
	}
	if prev < len(text) {
		segs = append(segs, maskSeg{len(b), len(b) + len(text) - prev, prev, len(text), false})
		b = append(b, text[prev:]...)
	}
	sc.masked, sc.segs = b, segs
	return unsafe.String(unsafe.SliceData(b), len(b)), segs
}

// hideMasked hides the placeholders of the text maskWithMap masked last,
// in place, as hidePlaceholders would, and returns it and the holes.
func (sc *scratch) hideMasked() (string, []Token) {
	b, holes := sc.masked, sc.holes[:0]
	for _, sg := range sc.segs {
		if sg.placeholder {
			hidePlaceholder(b[sg.mStart:sg.mEnd])
			holes = append(holes, Token{sg.mStart, sg.mEnd})
		}
	}
	sc.holes = holes
	return unsafe.String(unsafe.SliceData(b), len(b)), holes
}

// toOrig maps [start, end) of the masked text to the original; an end that
// falls in a placeholder widens to the whole span it stands for.
func (mm maskMap) toOrig(start, end int) (int, int) {
	i := sort.Search(len(mm), func(k int) bool { return mm[k].mEnd > start })
	j := sort.Search(len(mm), func(k int) bool { return mm[k].mEnd >= end })
	if i >= len(mm) {
		i = len(mm) - 1
	}
	if j >= len(mm) {
		j = len(mm) - 1
	}
	os, oe := mm[i].oStart, mm[j].oEnd
	if !mm[i].placeholder {
		os += start - mm[i].mStart
	}
	if !mm[j].placeholder {
		oe = mm[j].oStart + end - mm[j].mStart
	}
	return os, oe
}

// detectOnce is one detection pass over text.
func (e *Engine) detectOnce(sc *scratch, text, lang string) []Span {
	if text == "" {
		return nil
	}
	work, back := nfc(text)
	var spans []Span
	for off := 0; off < len(work); {
		end := off + MaxTextBytes
		if end >= len(work) {
			end = len(work)
		} else {
			// Cut at a space so no word is split between chunks.
			cut := strings.LastIndexAny(work[off:end], " \n\t")
			if cut > MaxTextBytes/2 {
				end = off + cut
			} else {
				for end > off && !utf8.RuneStart(work[end]) {
					end--
				}
			}
		}
		found := e.detectChunk(sc, work[off:end], lang, off == 0 && end == len(work) && back == nil)
		if off == 0 && end == len(work) {
			spans = found // one chunk: nothing to shift or join
			break
		}
		for _, s := range found {
			s.Start += off
			s.End += off
			spans = append(spans, s)
		}
		off = end
	}
	if back != nil {
		for i := range spans {
			spans[i].Start, spans[i].End = back.mapSpan(spans[i].Start, spans[i].End)
		}
		spans = mergeSame(spans)
	}
	return spans
}

// detectChunk is one detection pass over s, a chunk of a text; whole
// tells that s is the whole text detectOnce was given.
func (e *Engine) detectChunk(sc *scratch, s, lang string, whole bool) []Span {
	s, holes := sc.hidePlaceholders(s)
	return e.detectHidden(sc, s, holes, lang, whole)
}

// detectHidden is detectChunk over s with its placeholders hidden at
// holes.
func (e *Engine) detectHidden(sc *scratch, s string, holes []Token, lang string, whole bool) []Span {
	spans := e.readAsWritten(sc, s, holes, lang, whole)
	if shouting(s) || titled(s) {
		// In a text written all in capitals ("MIN MOR HAR DEMENS") or with
		// every word capitalised ("Jeg Bor I Grimstad") a capital says
		// nothing: read it also as lowercase chat (offsets unchanged) and
		// keep all of that reading's findings, and those of the reading as
		// written that do not rest on a capital (capsEvidence): the capitals
		// reading alone misses kinship words, the lowercase one acronyms
		// ("ADHD", "KOLS") and places that are also words.
		low := lowerSameLen(s)
		ann := announce(low)
		spans = append(capsEvidence(spans, ann), e.detectText(low, lang)...)
		// Capitals hide proper nouns (an all-capitals word is read as an
		// acronym) and lower case hides them too: a third reading in lower
		// case with a capital only on the word after a residence phrase or
		// an introduction ("bor på Lade", "jeg heter Kari") keeps what they
		// announce.
		if ann.text != "" {
			spans = append(spans, ann.keep(e.detectText(ann.text, lang))...)
		}
	}
	if len(spans) == 0 {
		return nil
	}
	if len(holes) > 0 {
		spans = cutHoles(s, spans, holes)
	}
	return joinAdjacent(s, resolve(spans))
}

// readAsWritten is detectText for s as written, with placeholders hidden
// at holes. Of the first pass of Detect over a whole text it keeps the
// Text in sc.first; a later pass, over that text masked (sc.segs), has
// its Text prepared from that one where it can (Text.resetMasked).
func (e *Engine) readAsWritten(sc *scratch, s string, holes []Token, lang string, whole bool) []Span {
	switch {
	case !whole:
	case sc.keepFirst:
		if holes == nil && sc.first == nil {
			t := acquireText(s, NormLang(lang))
			sc.first = t
			return e.detectIn(t, true, e.pf.all)
		}
	case sc.first != nil:
		t := textPool.Get().(*Text)
		defer releaseText(t)
		if t.resetMasked(s, NormLang(lang), sc.first, sc.segs, holes, e.index) {
			// The text kept from the original is lowered as in sc.first
			// (lowerMasked): its keywords woke their detectors there.
			return e.detectIn(t, false, e.pf.maskedWithin(t.Lower, holes, sc.first.woke))
		}
		t.reset(s, NormLang(lang))
		return e.detectIn(t, true, e.pf.all)
	}
	return e.detectText(s, lang)
}

// detectText runs the detectors and the context pass over s and snaps the
// spans to whole tokens.
func (e *Engine) detectText(s, lang string) []Span {
	t := acquireText(s, NormLang(lang))
	defer releaseText(t)
	return e.detectIn(t, true, e.pf.all)
}

// detectIn is detectText over t, prepared for its text; fill tells to
// fill the bits of the engine's index (resetMasked copied them). within
// holds every detector the prefilter's keywords may wake in t (so its
// scan may stop sooner); t.woke keeps those they woke.
func (e *Engine) detectIn(t *Text, fill bool, within uint64) []Span {
	s := t.Orig
	t.woke = e.pf.all
	if len(t.Tokens) == 0 {
		return nil
	}
	if t.Lang == "" {
		t.Lang = GuessLang(t)
	}
	if fill {
		e.index.fill(t)
	}
	wake := e.pf.wakeWithin(t.Lower, within)
	t.woke = wake
	// Collect every detector's findings first, in the Text's buffer, so
	// the spans are allocated once at their size. A spanAppender writes
	// into the buffer's free end (found[len(found):]); appending what it
	// returns then copies nothing new, or what it wrote elsewhere.
	found := t.found[:0]
	for i, d := range e.dets {
		if wake&(1<<i) == 0 {
			continue
		}
		var f []Span
		if a := e.app[i]; a != nil {
			f = a.appendSpans(t, found[len(found):])
		} else {
			f = d.Detect(t)
		}
		found = append(found, f...)
	}
	t.found = found
	if len(found) == 0 {
		return nil
	}
	spans := make([]Span, 0, len(found))
	for _, sp := range found {
		if sp.Start < 0 || sp.End > len(s) || sp.Start >= sp.End {
			continue
		}
		spans = append(spans, sp)
	}
	if len(spans) == 0 {
		return nil
	}
	spans = e.ctx.apply(t, spans)
	for i := range spans {
		spans[i] = snap(t, spans[i])
	}
	return spans
}

// capsEvidence keeps the findings of the capitals reading of a shouting
// text that do not rest on a capital letter, in place: in capitals every
// word looks like a name, so street names guessed from capitalised words,
// unlisted proper nouns, names and the weak spans a capital made plausible
// ("KAN I RINGE MIG", "MÅ MAN GRILLE", "DET ER MYE") are left to the
// lowercase reading, unless a residence phrase or an introduction announces
// them (ann): "BOR PÅ LADE", "KOMMER FRA SKIEN" (in lower case many such
// places are also words), "JEG HETER KARI".
func capsEvidence(spans []Span, ann announcement) []Span {
	out := spans[:0]
	for _, sp := range spans {
		switch {
		case sp.Category == Location && (sp.Weak || sp.Rule == "location.street" || sp.Rule == "location.proper"),
			sp.Category == Person && sp.Rule == "person.intro":
			if ann.announces(sp) {
				out = append(out, sp)
			}
		case sp.Weak:
		case sp.Category == Person:
		case sp.Rule == "location.street" || sp.Rule == "location.proper":
		default:
			out = append(out, sp)
		}
	}
	return out
}

// announcement is what residence phrases and introductions announce in a
// text: the byte offsets of the words right after them, and text, the
// lowercase text with a capital on each such word ("bor på Lade"), or ""
// when there is none.
type announcement struct {
	text          string
	low           string // the lowercase text announce read
	places, names []int  // where an announced word starts
}

// announce finds the words announced in low, a lowercase text.
func announce(low string) announcement {
	t := acquireText(low, "")
	defer releaseText(t)
	a := announcement{low: low}
	var b []byte
	for i := 1; i < len(t.Tokens); i++ {
		place, name := residenceSet.endsAt(t, i), introSet.endsAt(t, i)
		if !place && !name {
			continue
		}
		start := t.Tokens[i].Start
		if place {
			a.places = append(a.places, start)
		}
		if name {
			a.names = append(a.names, start)
		}
		if b == nil {
			b = []byte(low)
		}
		// Capitalise where that keeps the byte length.
		r, n := utf8.DecodeRune(b[start:])
		if u := unicode.ToUpper(r); u != r && utf8.RuneLen(u) == n {
			utf8.EncodeRune(b[start:], u)
		}
	}
	if b != nil {
		a.text = unsafe.String(unsafe.SliceData(b), len(b))
	}
	return a
}

// announces reports whether sp is a place after a residence phrase or a
// name after an introduction. An unlisted place must end like one
// ("BOR PÅ SOLHEIM", or a house name on -ly: "BODD I SKOGLY"): in capitals
// the common nouns one lives in look like names too ("BOR I ANDELSBOLIG",
// a cooperative flat), and Danish nouns on -hed ("LEJLIGHED", an apartment)
// end like a heath.
func (a announcement) announces(sp Span) bool {
	if w := a.low[sp.Start:sp.End]; sp.Category == Location && sp.Rule == "location.proper" &&
		!(placeShaped(w) && !strings.HasSuffix(w, "hed") && !strings.HasSuffix(w, "heden") ||
			len(w) >= 5 && strings.HasSuffix(w, "ly")) {
		return false
	}
	return sp.Category == Location && slices.Contains(a.places, sp.Start) ||
		sp.Category == Person && slices.Contains(a.names, sp.Start)
}

// keep keeps the spans a announces, in place.
func (a announcement) keep(spans []Span) []Span {
	out := spans[:0]
	for _, sp := range spans {
		if a.announces(sp) {
			out = append(out, sp)
		}
	}
	return out
}

// shouting reports whether s is written in capitals: at least
// minShoutLetters capitals, and at most one in ten of its letters with a
// case lowercase.
func shouting(s string) bool {
	upper, lower := 0, 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case 'A' <= c && c <= 'Z':
				upper++
			case 'a' <= c && c <= 'z':
				lower++
				// Even if every byte left were a capital, too many are
				// lowercase already: most texts stop here within a line.
				if 9*lower > upper+len(s)-i {
					return false
				}
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == placeholderRune: // no case; the common rune after ASCII in a masked text
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r) && unicode.ToUpper(r) != r:
			lower++ // a letter with a capital form: not ʘ (placeholderRune)
		}
		i += n
	}
	return upper >= minShoutLetters && lower*10 <= upper+lower
}

// titled reports whether s is written with every word capitalised ("Hei
// Jeg Bor I Grimstad Og Lurer På Søppel"): at least minTitleWords words,
// at most one in five not starting with a capital, and among the
// capitalised ones a short function word (Og, På, Til, The), which a
// sentence capitalises only at its start.
func titled(s string) bool {
	words, lower, function := 0, 0, 0
	// The capitalised short words, asked whether they are function words
	// only once the counts allow a title (most chat stops at its third
	// word before): up to len(cand) kept, more asked as they come.
	var cand [8]Token
	nc := 0
	for i := 0; i < len(s); {
		// An ASCII byte is read as it is: its letters are A-Z and a-z.
		r, n := rune(s[i]), 1
		if r < utf8.RuneSelf {
			if !isASCIILetter(s[i]) {
				i++
				continue
			}
		} else if r, n = utf8.DecodeRuneInString(s[i:]); !unicode.IsLetter(r) {
			i += n
			continue
		}
		start := i
		for i += n; i < len(s); {
			if c := s[i]; c < utf8.RuneSelf {
				if !isASCIILetter(c) && c != '\'' {
					break
				}
				i++
				continue
			}
			r2, n2 := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r2) {
				break
			}
			i += n2
		}
		words++
		if r == placeholderRune {
			continue // a masked span: a word the first reading decided
		}
		switch {
		case unicode.IsLower(r):
			lower++
			if lower >= 3 && 5*lower > words {
				return false // most chat stops at its third word
			}
		case unicode.IsUpper(r) && i-start > n && i-start <= 4 && function == 0:
			if nc < len(cand) {
				cand[nc] = Token{start, i}
				nc++
			} else if titleFunctionWord(s[start:i]) {
				function++
			}
		}
	}
	if words < minTitleWords || 5*lower > words {
		return false
	}
	for _, c := range cand[:nc] {
		if function > 0 {
			break
		}
		if titleFunctionWord(s[c.Start:c.End]) {
			function++
		}
	}
	return function > 0
}

// titleFunctionWord reports whether w, a word of up to four bytes, is one
// of titleFunctionWords in any case.
func titleFunctionWord(w string) bool {
	var buf [4]byte
	b := append(buf[:0], w...)
	lowerInPlace(b)
	return titleFunctionWords[string(b)] // no copy for a map key
}

const minTitleWords = 4

// titleFunctionWords are short words that a sentence writes in lowercase
// unless it starts with them; "I" is left out (English writes it so).
var titleFunctionWords = setOf("vi", "må", "når", "när", "man", "min", "mi", "ha", "og", "på", "pa", "til", "fra", "frå", "er", "jeg", "eg", "har", "om", "for", "av",
	"med", "en", "ei", "et", "ein", "ved", "det", "den", "som", "kan", "vil", "jag", "och", "är", "för",
	"från", "till", "att", "af", "ikke", "ikkje", "inte", "the", "and", "in", "to", "of", "is", "my", "at", "on",
	"from", "with", "are", "can", "will", "an")

// minShoutLetters is the fewest capitals that make a text shouting: a short
// "OK" or "NAV" is an acronym, not a style.
const minShoutLetters = 8

// Mask returns text with every span replaced by its placeholder
// ("[HEALTH]"), and the spans (offsets into text). Masking a masked text
// changes nothing: placeholders are invisible to every detector.
func (e *Engine) Mask(text, lang string) (string, []Span) {
	spans := e.Detect(text, lang)
	return MaskSpans(text, spans), spans
}

// MaskSpans replaces each span of text (sorted, not overlapping) by
// "[CATEGORY]".
func MaskSpans(text string, spans []Span) string {
	if len(spans) == 0 {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	prev := 0
	for _, s := range spans {
		b.WriteString(text[prev:s.Start])
		b.WriteByte('[')
		b.WriteString(string(s.Category))
		b.WriteByte(']')
		prev = s.End
	}
	b.WriteString(text[prev:])
	return b.String()
}

// placeholderRune fills a hidden placeholder: a letter (so the placeholder
// stays one token and context windows count it as the word it replaced) that
// no word list holds, has no case and no digit, so no detector matches it.
const placeholderRune = 'ʘ' // U+0298, two bytes in UTF-8

// hidePlaceholders overwrites every "[CATEGORY]" placeholder, keeping its
// length: the brackets become spaces and the name one inert token of
// placeholderRune, so no detector sees a placeholder and masking stays
// idempotent. The string is valid until sc hides again.
func (sc *scratch) hidePlaceholders(s string) (string, []Token) {
	if strings.IndexByte(s, '[') < 0 {
		return s, nil
	}
	var b []byte
	holes := sc.holes[:0]
	for i := 0; i < len(s); i++ {
		k := strings.IndexByte(s[i:], '[')
		if k < 0 {
			break
		}
		i += k
		for _, c := range Categories {
			n := len(c) + 2
			if i+n <= len(s) && s[i+n-1] == ']' && s[i+1:i+n-1] == string(c) {
				if b == nil {
					b = append(sc.hidden[:0], s...)
				}
				holes = append(holes, Token{i, i + n})
				hidePlaceholder(b[i : i+n])
				i += n - 1
				break
			}
		}
	}
	if b == nil {
		return s, nil
	}
	sc.hidden, sc.holes = b, holes
	return unsafe.String(unsafe.SliceData(b), len(b)), holes
}

// hidePlaceholder overwrites the placeholder b ("[HEALTH]"): the brackets
// become spaces and the name placeholderRune, a space after it where the
// name has an odd length.
func hidePlaceholder(b []byte) {
	n := len(b)
	b[0], b[n-1] = ' ', ' '
	k := 1
	for ; k+2 <= n-1; k += 2 {
		b[k], b[k+1] = placeholderLead, placeholderTail
	}
	for ; k < n-1; k++ {
		b[k] = ' '
	}
}

// cutHoles keeps spans off hidden placeholders: a detector may take the
// inert placeholder token for a word (a name after "jeg heter"). The parts
// of a span outside the placeholders are kept, trimmed of spaces; a span
// inside one is dropped. holes are sorted and disjoint.
func cutHoles(s string, spans []Span, holes []Token) []Span {
	var out []Span
	add := func(sp Span) {
		for sp.Start < sp.End && s[sp.Start] == ' ' {
			sp.Start++
		}
		for sp.End > sp.Start && s[sp.End-1] == ' ' {
			sp.End--
		}
		if sp.Start < sp.End {
			out = append(out, sp)
		}
	}
	for _, sp := range spans {
		for _, h := range holes {
			if h.End <= sp.Start || h.Start >= sp.End {
				continue
			}
			if h.Start > sp.Start {
				before := sp
				before.End = h.Start
				add(before)
			}
			sp.Start = h.End
			if sp.Start >= sp.End {
				break
			}
		}
		add(sp)
	}
	return out
}

// snap widens a span outward to whole tokens: a label covers the whole
// token, compound and inflection included (detection.md, "Spans").
func snap(t *Text, s Span) Span {
	i := t.TokenAt(s.Start)
	if i < len(t.Tokens) && t.Tokens[i].Start < s.Start {
		s.Start = t.Tokens[i].Start
	}
	j := t.TokenAt(s.End - 1)
	if j < len(t.Tokens) && t.Tokens[j].Start < s.End && t.Tokens[j].End > s.End && !clitic(t.Orig[s.End:t.Tokens[j].End]) {
		s.End = t.Tokens[j].End
	}
	return s
}

// clitic reports whether rest is an English contraction after a word
// ("'ll" in "he'll", "'d", "'re", "'ve", "'m"): the word ends before it.
// "'s" is left to the token, as it may be a genitive ("Kari's").
func clitic(rest string) bool {
	var r string
	switch {
	case strings.HasPrefix(rest, "'"):
		r = rest[1:]
	case strings.HasPrefix(rest, "’"):
		r = rest[len("’"):]
	default:
		return false
	}
	switch strings.ToLower(r) {
	case "ll", "d", "re", "ve", "m":
		return true
	}
	return false
}

// precedence ranks the categories for overlap resolution: where two spans
// of different categories overlap, the higher rank wins (detection.md,
// "Spans": "One label per span. Where two categories overlap, the more
// specific one is used").
//
//   - EMAIL, IP and NUMBER are exact, validated shapes: they beat every word
//     category, and IP beats NUMBER ("192.168.10.4" holds 9 digits).
//     EMAIL beats both (an address may hold digits).
//   - ORIENTATION and GENDER beat HEALTH: "transkvinne" → GENDER.
//   - POLITICS beats LOCATION and PERSON: "Venstre", "Høyre", a politician's
//     name with a stance ("jeg stemmer på Støre" → POLITICS).
//   - HEALTH beats LOCATION and PERSON (a diagnosis named after a person or
//     place is still a diagnosis).
//   - LOCATION beats PERSON: place names are not PERSON ("Not PERSON: ...
//     place names").
//
// A word-category span that contains another span (not an EMAIL or IP) wins
// over it whatever the ranks: the phrase is the more specific reading
// ("kjønnsbekreftende behandling" → HEALTH, "Unge Høyre" → POLITICS, an
// address "Storgata 152 4876 Grimstad" stays LOCATION around its digits).
var precedence = map[Category]int{
	Email:       90,
	IP:          85,
	Number:      80,
	Orientation: 60,
	Gender:      55,
	Politics:    50,
	Health:      45,
	Location:    40,
	Person:      30,
}

func isShape(c Category) bool { return c == Email || c == IP || c == Number }

// beats reports whether span a wins over span b where they overlap.
func beats(a, b Span) bool {
	if a.Category == b.Category {
		return a.End-a.Start >= b.End-b.Start
	}
	aIn := a.Start <= b.Start && b.End <= a.End
	bIn := b.Start <= a.Start && a.End <= b.End
	if aIn && !bIn && !isShape(a.Category) && b.Category != Email && b.Category != IP {
		return true
	}
	if bIn && !aIn && !isShape(b.Category) && a.Category != Email && a.Category != IP {
		return false
	}
	pa, pb := precedence[a.Category], precedence[b.Category]
	if pa != pb {
		return pa > pb
	}
	return a.End-a.Start >= b.End-b.Start
}

// resolve turns candidate spans into the final ones: same-category spans
// that overlap or are separated only by spaces merge; where categories
// overlap the winner (see beats) takes the union of both, so no byte a
// detector found is left unmasked.
func resolve(spans []Span) []Span {
	slices.SortFunc(spans, func(a, b Span) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	out := spans[:0]
	for _, s := range spans {
		s.Weak, s.Key = false, ""
		if len(out) == 0 {
			out = append(out, s)
			continue
		}
		last := &out[len(out)-1]
		if s.Start >= last.End {
			out = append(out, s)
			continue
		}
		w := s
		if beats(*last, s) {
			w = *last
		}
		if s.End > last.End {
			w.End = s.End
		}
		w.Start = last.Start
		*last = w
	}
	return out
}

// mergeSame joins same-category spans that overlap (after offsets were
// mapped back from NFC, two spans may touch the same original rune).
func mergeSame(spans []Span) []Span {
	out := spans[:0]
	for _, s := range spans {
		if n := len(out); n > 0 && s.Start < out[n-1].End {
			if s.End > out[n-1].End {
				out[n-1].End = s.End
			}
			continue
		}
		out = append(out, s)
	}
	return out
}

// nfcMap maps byte offsets of the NFC form of a text back to the original.
type nfcMap struct {
	// nfcStart[i] and origStart[i] are where the i-th normalization segment
	// starts in the NFC text and in the original; an offset inside a segment
	// maps to the segment's bounds.
	nfcStart, origStart []int
	nfcLen, origLen     int
}

// nfc returns the NFC form of s, and a map back to s when it differs.
func nfc(s string) (string, *nfcMap) {
	// Every rune below U+0300 (lead byte below 0xCC: ASCII, Latin-1 with
	// æ/ø/å/ä/ö, Latin Extended) is NFC on its own; most chat text has
	// nothing else.
	if belowCC(s) || norm.NFC.IsNormalString(s) {
		return s, nil
	}
	m := &nfcMap{origLen: len(s)}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		n := norm.NFC.NextBoundaryInString(s[i:], true)
		if n <= 0 {
			n = len(s) - i
		}
		m.nfcStart = append(m.nfcStart, b.Len())
		m.origStart = append(m.origStart, i)
		b.WriteString(norm.NFC.String(s[i : i+n]))
		i += n
	}
	m.nfcLen = b.Len()
	return b.String(), m
}

// belowCC reports whether every byte of s is below 0xCC, eight bytes at a
// time: a byte of 0xCC or more has its high bit set, and its low seven bits
// plus 0x34 reach 0x80 (with no carry into the next byte: 0x7F+0x34 is
// below 0x100). nfc runs it on every pass over every message.
func belowCC(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if x := le64(s, i); ((x&^asciiHigh)+0x34*asciiOnes)&x&asciiHigh != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= 0xCC {
			return false
		}
	}
	return true
}

// mapSpan maps [start, end) in the NFC text to the smallest range of the
// original covering the same segments.
func (m *nfcMap) mapSpan(start, end int) (int, int) {
	// segment containing start
	i := sort.Search(len(m.nfcStart), func(k int) bool { return m.nfcStart[k] > start }) - 1
	// segment containing end-1
	j := sort.Search(len(m.nfcStart), func(k int) bool { return m.nfcStart[k] > end-1 }) - 1
	os := m.origStart[i]
	oe := m.origLen
	if j+1 < len(m.origStart) {
		oe = m.origStart[j+1]
	}
	return os, oe
}

// joinAdjacent merges final spans of one category separated only by spaces
// ("Ola Hansen" from two PERSON tokens is one span).
func joinAdjacent(text string, spans []Span) []Span {
	out := spans[:0]
	for _, s := range spans {
		if n := len(out); n > 0 && out[n-1].Category == s.Category && (onlySpaces(text[out[n-1].End:s.Start]) ||
			s.Category == Health && healthLinked(text[out[n-1].End:s.Start])) {
			out[n-1].End = s.End
			continue
		}
		out = append(out, s)
	}
	return out
}

// healthLinked reports whether gap, between two HEALTH spans, is a word
// that makes them one finding, each confirmed on its own: "behandling for
// misbrug", "vaksine mot hepatitt".
func healthLinked(gap string) bool {
	if len(gap) < 4 || len(gap) > 9 || gap[0] != ' ' || gap[len(gap)-1] != ' ' {
		return false
	}
	return healthLinks[gap[1:len(gap)-1]]
}

func onlySpaces(s string) bool {
	if s == "" || s == " " {
		return true // most gaps
	}
	for _, r := range s {
		if r != ' ' && r != '\u00a0' {
			return false
		}
	}
	return true
}

// Precedence returns the overlap rank of c (higher wins); see precedence.
func Precedence(c Category) int { return precedence[c] }
