package detectors

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Text is one message prepared once and shared by every detector.
type Text struct {
	// Orig is the text the offsets refer to.
	Orig string
	// Lower is Orig lowercased rune by rune, with the same byte length, so
	// offsets into Lower are offsets into Orig. (A rune whose lowercase form
	// has another encoded length is left as it is.)
	Lower string
	// Lang is the language hint ("nb", "nn", "da", "sv", "en") or the
	// engine's guess; "" when unknown.
	Lang string
	// Tokens are the words and numbers of the text in order: maximal runs of
	// letters, digits and combining marks, with an inner hyphen, apostrophe or
	// '+' suffix kept inside ("SV-medlem", "LHBTIQ+").
	Tokens []Token

	folded []string
	// lowerBuf and foldBuf hold Lower and the folded forms that differ
	// from their words; a pooled Text reuses them, so no string of a
	// released Text may be kept.
	lowerBuf, foldBuf []byte
	// tokBits holds Bits for up to maxTokenBits indexes.
	tokBits [maxTokenBits]tokenBits
	upper   []bool     // token i starts with a capital
	words   []string   // token i of Lower, cut once: Word is the hottest call
	raws    []string   // token i of Orig
	sums    []uint64   // wordSum of token i's word
	runs    []tokenRun // resetMasked's scratch
	found   []Span     // the engine's buffer of the detectors' spans (detectIn)
	woke    uint64     // the detectors the prefilter woke on this Text (detectIn)
}

// tokenRun is n tokens from token i of a Text that are tokens j.. of
// another (Text.resetMasked).
type tokenRun struct{ i, j, n int }

// Token is a word or number: byte offsets into Text.Orig, end exclusive.
type Token struct {
	Start, End int
}

// NewText prepares s for detection. lang may be "".
func NewText(s, lang string) *Text {
	t := new(Text)
	t.reset(s, lang)
	return t
}

// reset prepares t for s, reusing its slices.
func (t *Text) reset(s, lang string) {
	t.setOrig(s, lang)
	t.Tokens = tokenize(t.Tokens[:0], s)
	for k := range t.tokBits {
		t.tokBits[k].x = nil
	}
	t.markUpper()
	t.fold() // every engine pass folds every token (engineIndex.fill)
}

// resetMasked prepares t for h as reset does, from first, the Text of
// the first pass (first.Orig, with no placeholder of its own) where h is
// first.Orig masked by segs with the placeholders hidden (holes): the
// passes on masked text redo only what masking changed. A token outside
// the holes is a token of first shifted by its segment, with the same
// word, so its folded form, hash, capital and index bits are copied;
// each hole is one token of placeholderRune. It reports false, leaving t
// to be reset anew, when segs and holes disagree or a token of first
// runs across an edge of a hole ("he" masked in "he'll").
//
// Why the tokens are those of tokenize(h): tokenize reads one rune at a
// time in one of two states, in a token or not, and looks ahead only at
// an inner joiner (a hyphen or an apostrophe), where a word rune after it
// keeps the token going. A hole is a space, the placeholder runes, and
// one or two spaces, so tokenize(h) cuts it into the one token of
// placeholderRune, and enters and leaves it outside a token. Before a
// hole, the bytes of h and first.Orig are the same, and a token of first
// that ends at or before the hole's start ends there in h too: in first
// it ended before a rune that is no word rune (else it would have run
// on), or after a '+', and a space ends it alike; a joiner that looked
// ahead into the hole found no word rune there in first either (else the
// token would run across the edge). After the hole, tokenize(first.Orig)
// is outside a token too, no token running across the end: the rune
// there, if it ended a token in first, is no word rune nor '+' (which
// the token would keep), and is passed over alike from outside one. So
// both read each stretch between holes from the same state over the same
// bytes: to the same tokens, shifted.
//
// The words are the same too (lowerMasked), and every copied form is a
// function of the word.
func (t *Text) resetMasked(h, lang string, first *Text, segs maskMap, holes []Token, ei *engineIndex) bool {
	if len(segs) == 0 || segs[len(segs)-1].mEnd != len(h) {
		return false
	}
	if !t.lowerMasked(h, lang, first, segs) {
		return false
	}
	// At most this many tokens: cut to the count at the end.
	n := len(first.Tokens) + len(holes)
	toks, words, raws, folded := growLen(t.Tokens, n), growLen(t.words, n), growLen(t.raws, n), growLen(t.folded, n)
	sums, upper := growLen(t.sums, n), growLen(t.upper, n)
	t.Tokens, t.words, t.raws, t.folded, t.sums, t.upper = toks, words, raws, folded, sums, upper
	t.foldBuf = t.foldBuf[:0]
	ftoks := first.Tokens
	// The stretch between two holes is a run of first's tokens: their
	// forms are copied a run at a time. The strings copied are first's,
	// the same bytes as h's (first is kept until the pass ends).
	runs := t.runs[:0]
	i, j, k := 0, 0, 0 // the next token of t, of first, the next hole
	for _, sg := range segs {
		if !sg.placeholder {
			j0, d := j, sg.mStart-sg.oStart
			for ; j < len(ftoks) && ftoks[j].End <= sg.oEnd && i < n; j++ {
				toks[i] = Token{ftoks[j].Start + d, ftoks[j].End + d}
				i++
			}
			if j > j0 {
				runs = append(runs, tokenRun{i - (j - j0), j0, j - j0})
			}
			continue
		}
		if k >= len(holes) || holes[k] != (Token{sg.mStart, sg.mEnd}) || i >= n {
			return false
		}
		k++
		// The next token of first ends after the hole's start: it must
		// not start before it, nor, past the tokens inside, before its end.
		if j < len(ftoks) && ftoks[j].Start < sg.oStart {
			return false
		}
		for j < len(ftoks) && ftoks[j].End <= sg.oEnd {
			j++
		}
		if j < len(ftoks) && ftoks[j].Start < sg.oEnd {
			return false
		}
		// hidePlaceholders writes (mEnd-mStart-2)/2 placeholder runes
		// after the space that stands for '['.
		a := sg.mStart + 1
		b := a + (sg.mEnd-sg.mStart-2)/2*utf8.RuneLen(placeholderRune)
		w := t.Lower[a:b]
		toks[i] = Token{a, b}
		words[i], raws[i] = w, h[a:b]
		sums[i], upper[i], folded[i] = wordSum(w), false, w // Fold keeps placeholderRune
		i++
	}
	t.runs = runs
	if j != len(ftoks) || k != len(holes) {
		return false
	}
	t.Tokens, t.words, t.raws, t.folded, t.sums, t.upper = toks[:i], words[:i], raws[:i], folded[:i], sums[:i], upper[:i]
	for _, r := range runs {
		copy(words[r.i:r.i+r.n], first.words[r.j:])
		copy(raws[r.i:r.i+r.n], first.raws[r.j:])
		copy(folded[r.i:r.i+r.n], first.folded[r.j:])
		copy(sums[r.i:r.i+r.n], first.sums[r.j:])
		copy(upper[r.i:r.i+r.n], first.upper[r.j:])
	}
	for x := range t.tokBits {
		fb := &first.tokBits[x]
		if fb.x == nil {
			t.tokBits[x].x = nil
			continue
		}
		// The holes' bits, then the runs' over them.
		b := slicesGrowLen(t.tokBits[x].bits, i)
		next := 0
		for _, r := range runs {
			for ; next < r.i; next++ {
				b[next] = ei.bitsOf(fb.x, sums[next], folded[next], words[next])
			}
			copy(b[r.i:r.i+r.n], fb.bits[r.j:])
			next = r.i + r.n
		}
		for ; next < i; next++ {
			b[next] = ei.bitsOf(fb.x, sums[next], folded[next], words[next])
		}
		t.tokBits[x] = tokenBits{fb.x, b}
	}
	return true
}

// lowerMasked sets Orig, Lang and Lower for resetMasked: the lowercase
// of h is first's for the stretches between holes and h's own for the
// holes (spaces and placeholderRune have no capitals). Lowercasing reads
// rune by rune from the start of the text, so a stretch lowers alike in
// both texts when the runes of first.Orig start at its edges (else it
// reports false); in h, a space stands on each side of it.
func (t *Text) lowerMasked(h, lang string, first *Text, segs maskMap) bool {
	t.Orig, t.Lower, t.Lang = h, h, lang
	orig := first.Orig
	if len(first.Lower) == len(orig) && unsafe.StringData(first.Lower) == unsafe.StringData(orig) {
		return true // nothing to lower in first, so nothing in h
	}
	b := t.lowerBuf[:0]
	for _, sg := range segs {
		if !sg.placeholder {
			b = append(b, first.Lower[sg.oStart:sg.oEnd]...)
			continue
		}
		if !utf8.RuneStart(orig[sg.oStart]) || sg.oEnd < len(orig) && !utf8.RuneStart(orig[sg.oEnd]) {
			return false
		}
		b = append(b, h[sg.mStart:sg.mEnd]...)
	}
	t.lowerBuf = b
	t.Lower = unsafe.String(unsafe.SliceData(b), len(b))
	return true
}

// growLen returns s with length n, reusing its array when it can.
func growLen[E any](s []E, n int) []E {
	if cap(s) < n {
		return make([]E, n, n+n/2)
	}
	return s[:n]
}

// setOrig sets Orig, Lang and Lower.
func (t *Text) setOrig(s, lang string) {
	t.Orig, t.Lower, t.Lang = s, s, lang
	if first := firstToLower(s); first >= 0 {
		// Lowercase into t's own buffer: a pooled Text allocates nothing.
		t.lowerBuf = append(t.lowerBuf[:0], s...)
		lowerInPlace(t.lowerBuf[first:])
		t.Lower = unsafe.String(unsafe.SliceData(t.lowerBuf), len(t.lowerBuf))
	}
}

// textPool recycles the token and fold slices of the engine's Texts: a
// message allocates them twice or more (the fixpoint pass, the lowercase
// reading of a shouted text).
var textPool = sync.Pool{New: func() any { return new(Text) }}

// acquireText is NewText with slices from textPool; release gives them back
// once no detector holds t.
func acquireText(s, lang string) *Text {
	t := textPool.Get().(*Text)
	t.reset(s, lang)
	return t
}

func releaseText(t *Text) {
	if cap(t.Tokens) > 4096 || cap(t.lowerBuf) > 64*1024 {
		return // a long text's slices are not kept
	}
	t.Orig, t.Lower = "", ""
	clear(t.folded)
	clear(t.words)
	clear(t.raws)
	clear(t.found)
	// A pooled Text keeps no words of the message it held.
	clear(t.lowerBuf)
	clear(t.foldBuf)
	textPool.Put(t)
}

// Word returns token i lowercased.
func (t *Text) Word(i int) string { return t.words[i] }

// WordSum returns the hash the word caches key token i's word by
// (wordSum): hashed once in reset for every cache that classifies it.
func (t *Text) WordSum(i int) uint64 { return t.sums[i] }

// Raw returns token i as written.
func (t *Text) Raw(i int) string { return t.raws[i] }

// Folded returns token i lowercased and folded by Fold, computed in reset.
func (t *Text) Folded(i int) string {
	return t.folded[i]
}

func (t *Text) fold() {
	t.folded = slices.Grow(t.folded[:0], len(t.Tokens))[:len(t.Tokens)]
	// The folded forms that differ from the word share one buffer: bytes
	// once appended are never written again, so each string stays valid
	// when the buffer grows.
	buf := t.foldBuf[:0]
	words := t.words
	folded := t.folded[:len(words)]
	for j, w := range words {
		if foldSame(w) {
			folded[j] = w
			continue
		}
		start := len(buf)
		buf = appendFold(buf, w)
		folded[j] = unsafe.String(unsafe.SliceData(buf[start:]), len(buf)-start)
	}
	t.foldBuf = buf
}

// TokenAt returns the index of the first token ending after byte offset off,
// or len(t.Tokens).
func (t *Text) TokenAt(off int) int {
	lo, hi := 0, len(t.Tokens)
	for lo < hi {
		m := (lo + hi) / 2
		if t.Tokens[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// IsUpper reports whether token i starts with an upper-case letter.
func (t *Text) IsUpper(i int) bool { return t.upper[i] }

// markUpper fills t.upper, read by IsUpper several hundred times per
// message, cuts each token's word and raw form once (Word and Raw are
// called about 17 times per token; slicing them on each call cost 7 % of
// the engine's instructions) and hashes each word once for the word caches.
func (t *Text) markUpper() {
	n := len(t.Tokens)
	t.upper = slices.Grow(t.upper[:0], n)[:n]
	t.words = slices.Grow(t.words[:0], n)[:n]
	t.raws = slices.Grow(t.raws[:0], n)[:n]
	t.sums = slices.Grow(t.sums[:0], n)[:n]
	// In locals, each of the same length as the tokens: the loop neither
	// reloads t's fields after each store nor checks each index again.
	toks, lower, orig := t.Tokens, t.Lower, t.Orig
	upper, words, raws, sums := t.upper[:len(toks)], t.words[:len(toks)], t.raws[:len(toks)], t.sums[:len(toks)]
	for i, tok := range toks {
		w := lower[tok.Start:tok.End]
		words[i] = w
		sums[i] = wordSum(w)
		raws[i] = orig[tok.Start:tok.End]
		c := orig[tok.Start]
		if c < utf8.RuneSelf {
			upper[i] = 'A' <= c && c <= 'Z'
			continue
		}
		r, _ := utf8.DecodeRuneInString(orig[tok.Start:])
		upper[i] = r != placeholderRune && unicode.IsUpper(r)
	}
}

// Fold maps a lowercase word to the key chat spellings share: æ/ä/ae → a,
// ø/ö/oe → o, å/aa → a, accents dropped. "sønnen", "sonnen" and "soennen"
// fold alike, as do "på", "pa" and "paa". Lexicons are folded with the same
// function, so a lookup by folded key tolerates missing Nordic letters.
func Fold(s string) string {
	if foldSame(s) {
		return s
	}
	b := appendFold(make([]byte, 0, len(s)), s)
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// foldSame reports whether s folds to itself: plain ASCII without the
// digraphs aa, ae, oe.
func foldSame(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return false
		}
		if (c == 'a' || c == 'o') && i+1 < len(s) {
			if n := s[i+1]; n == 'e' || (c == 'a' && n == 'a') {
				return false
			}
		}
	}
	return true
}

// le64 reads 8 bytes of s at i, little-endian: one load where the
// architecture allows it (bytes of a string indexed one by one are not
// combined).
func le64(s string, i int) uint64 {
	return binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s[i:i+8]), 8))
}

// appendFold appends the folded form of s to b.
func appendFold(b []byte, s string) []byte {
	var prev byte
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			i++
		case c == 0xC3 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0xBF && foldC3[s[i+1]-0x80] != 0:
			c = foldC3[s[i+1]-0x80]
			i += 2
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			b = utf8.AppendRune(b, r) // an invalid byte becomes U+FFFD
			i += n
			prev = 0
			continue
		}
		// aa → a, ae → a, oe → o (the digraphs written for å, æ, ø).
		if (prev == 'a' && (c == 'a' || c == 'e')) || (prev == 'o' && c == 'e') {
			continue
		}
		b = append(b, c)
		prev = c
	}
	return b
}

// foldC3 maps the second byte (less 0x80) of the lowercase letters
// U+00E0-U+00FF that Fold folds to the ASCII letter they fold to.
var foldC3 = func() (t [64]byte) {
	for _, p := range []struct {
		to    byte
		runes string
	}{{'a', "æäåáàâ"}, {'o', "øöóòô"}, {'e', "éèêë"}, {'u', "üúùû"}, {'i', "íìîï"}} {
		for _, r := range p.runes {
			var enc [2]byte
			utf8.EncodeRune(enc[:], r)
			t[enc[1]-0x80] = p.to
		}
	}
	return t
}()

func lowerSameLen(s string) string {
	first := firstToLower(s)
	if first < 0 {
		return s
	}
	b := []byte(s)
	lowerInPlace(b[first:])
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// firstToLower returns the offset of the first rune lowerSameLen changes,
// or -1: most chat text is lowercase, with or without Nordic letters, and
// needs no copy at all.
func firstToLower(s string) int {
	first := -1
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				first = i
				break
			}
			i++
			continue
		}
		if c == 0xC3 && i+1 < len(s) && s[i+1] >= 0xA0 && s[i+1] <= 0xBF {
			i += 2 // à-ÿ (æ, ø, å, ä, ö, é...): lowercase already
			continue
		}
		if c == placeholderLead && i+1 < len(s) && s[i+1] == placeholderTail {
			i += 2 // placeholderRune: lowercase already
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == n {
			first = i
			break
		}
		i += n
	}
	return first
}

// lowerInPlace lowercases b rune by rune where that keeps the byte length,
// like lowerSameLen.
func lowerInPlace(b []byte) {
	for i := 0; i < len(b); {
		// Eight ASCII bytes at a time: the bytes in A-Z get the 0x20 bit.
		for i+8 <= len(b) {
			x := binary.LittleEndian.Uint64(b[i:])
			upper := (x + 0x3f*asciiOnes) &^ (x + 0x25*asciiOnes) & asciiHigh // 'A' <= c <= 'Z'
			if h := x & asciiHigh; h != 0 {
				// The ASCII bytes before the first byte of 0x80 or more
				// (an æ, ø, å) still lower at once: a carry of the sums
				// above only runs toward the later bytes.
				k := bits.TrailingZeros64(h) >> 3
				if k > 0 {
					binary.LittleEndian.PutUint64(b[i:], x|(upper&(1<<(8*k)-1))>>2)
					i += k
				}
				break
			}
			binary.LittleEndian.PutUint64(b[i:], x|upper>>2)
			i += 8
		}
		if i >= len(b) {
			break
		}
		c := b[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		if c == 0xC3 && i+1 < len(b) && b[i+1] >= 0x80 && b[i+1] <= 0xBF {
			// À-Þ (Æ, Ø, Å, Ä, Ö, É...) but × lower by 0x20 in the second byte.
			if b[i+1] <= 0x9E && b[i+1] != 0x97 {
				b[i+1] += 0x20
			}
			i += 2
			continue
		}
		if c == placeholderLead && i+1 < len(b) && b[i+1] == placeholderTail {
			i += 2 // placeholderRune, which fills a masked text's placeholders: lowercase already
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == n {
			utf8.EncodeRune(b[i:], l)
		}
		i += n
	}
}

// placeholderLead and placeholderTail are the two bytes of placeholderRune
// in UTF-8.
const (
	placeholderLead = 0xC0 | placeholderRune>>6
	placeholderTail = 0x80 | placeholderRune&0x3F
)

// asciiOnes and asciiHigh are the low and high bit of each byte of a word.
const (
	asciiOnes = 0x0101010101010101
	asciiHigh = 0x8080808080808080
)

func isWordRune(r rune) bool {
	// The placeholder rune fills every masked span of the fixpoint pass:
	// answered before the table searches.
	return r == placeholderRune || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// asciiWord marks the ASCII bytes that are word runes (letters, digits).
var asciiWord = func() (t [256]bool) { // false from utf8.RuneSelf up
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9')
	}
	return t
}()

// tokenize appends the tokens of s to toks.
func tokenize(toks []Token, s string) []Token {
	if toks == nil {
		toks = make([]Token, 0, len(s)/4+4)
	}
	start := -1
	for i := 0; i < len(s); {
		// Fast path: ASCII word bytes inside or starting a token, and ASCII
		// separators outside one, need no rune decoding.
		if c := s[i]; c < utf8.RuneSelf {
			if asciiWord[c] {
				if start < 0 {
					start = i
				}
				i++
				for i < len(s) && asciiWord[s[i]] {
					i++
				}
				continue
			}
			if start < 0 {
				i++
				for i < len(s) && s[i] < utf8.RuneSelf && !asciiWord[s[i]] {
					i++
				}
				continue
			}
			// An ASCII separator other than a joiner or '+' ends the
			// token here: most tokens end so, at a space or a stop.
			if c != '-' && c != '\'' && c != '+' {
				toks = append(toks, Token{start, i})
				start = -1
				i++
				continue
			}
		}
		// À-ÿ but × and ÷ (æ, ø, å, ä, ö, é...) are letters, and so is
		// placeholderRune, which fills the placeholders of a masked text.
		if s[i] == 0xC3 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0xBF && s[i+1] != 0x97 && s[i+1] != 0xB7 ||
			s[i] == placeholderLead && i+1 < len(s) && s[i+1] == placeholderTail {
			if start < 0 {
				start = i
			}
			i += 2
			continue
		}
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			if r, n = utf8.DecodeRuneInString(s[i:]); isWordRune(r) {
				if start < 0 {
					start = i
				}
				i += n
				continue
			}
		}
		if start >= 0 { // an ASCII byte here is no word rune (asciiWord)
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
