package detectors

import "slices"

// tokenIndex merges the word sets a detector looks every token up in into
// one map from a word to a bit per set: a Text looks each token up once
// for all of them (Text.Bits), where each set would cost a look-up of its
// own on every token a rule visits. A set is keyed by the token's folded
// form (Text.Folded) or by its lowercase form (Text.Word); the bits of the
// two kinds share one entry, so a token whose two forms are one string
// (most tokens) costs one look-up.
//
// The engine merges the indexes of all its detectors into one more map
// (engineIndex), so a token is looked up once for every detector.
//
// class, when set, gives further bits computed from the two forms, for
// classes no set can list (a word ending in a street suffix): with the
// engine's word cache, once per word rather than per token and pass.
type tokenIndex struct {
	m     map[string]indexBits
	words bool                     // some set is matched against the lowercase form
	class func(f, w string) uint32 // a pure function of the two forms, or nil
	// lane is the engine lane (engineIndex) Text.Bits looks in first for
	// this index: 0 for PERSON, 1 for LOCATION, as the registry's engine
	// fills them. Only a hint: Bits checks the lane's index.
	lane uint8
}

// indexBits are the bits of the sets holding a string as a folded form (f)
// and as a lowercase word (w).
type indexBits struct{ f, w uint32 }

func newTokenIndex() *tokenIndex { return &tokenIndex{m: make(map[string]indexBits)} }

// add sets bits f (matched against a token's folded form) and w (against
// its lowercase form) for the string k.
func (x *tokenIndex) add(k string, f, w uint32) {
	e := x.m[k]
	e.f |= f
	e.w |= w
	x.m[k] = e
	x.words = x.words || w != 0
}

// folded sets bit for every word set holds as true, matched against a
// token's folded form.
func (x *tokenIndex) folded(bit uint32, set map[string]bool) *tokenIndex {
	for w, ok := range set {
		if ok {
			x.add(w, bit, 0)
		}
	}
	return x
}

// word sets bit for every word set holds as true, matched against a
// token's lowercase form.
func (x *tokenIndex) word(bit uint32, set map[string]bool) *tokenIndex {
	for w, ok := range set {
		if ok {
			x.add(w, 0, bit)
		}
	}
	return x
}

// foldedKeys sets bit for every key of m whose value is not empty,
// matched against a token's folded form.
func foldedKeys[V any](x *tokenIndex, bit uint32, m map[string][]V) *tokenIndex {
	for w, v := range m {
		if len(v) > 0 {
			x.add(w, bit, 0)
		}
	}
	return x
}

// wordKeys sets bit for every key of m, matched against a token's
// lowercase form.
func wordKeys[V any](x *tokenIndex, bit uint32, m map[string]V) *tokenIndex {
	for w := range m {
		x.add(w, 0, bit)
	}
	return x
}

// tokenBits is one index's bits for the tokens of a Text.
type tokenBits struct {
	x    *tokenIndex
	bits []uint32
}

// maxTokenBits is how many indexes a Text keeps the bits of.
const maxTokenBits = 6

// Bits returns x's bits for every token of t, filled by the engine or on
// the first call for t.
func (t *Text) Bits(x *tokenIndex) []uint32 {
	// The engine lane the index names first: one test, inlined, serves
	// both of the engine's indexes (two tests were too costly to inline).
	if b := &t.tokBits[x.lane]; b.x == x {
		return b.bits
	}
	return t.bitsSlot(x)
}

func (t *Text) bitsSlot(x *tokenIndex) []uint32 {
	k := 0
	for ; k < maxTokenBits && t.tokBits[k].x != nil; k++ {
		if t.tokBits[k].x == x {
			return t.tokBits[k].bits
		}
	}
	if k == maxTokenBits {
		k-- // more indexes than slots: the last is replaced
	}
	b := t.tokBits[k].bits[:0]
	for i := range t.Tokens {
		b = append(b, x.bitsOf(t.Folded(i), t.Word(i)))
	}
	t.tokBits[k] = tokenBits{x, b}
	return b
}

// bitsOf returns x's bits for a token with folded form f and word w.
func (x *tokenIndex) bitsOf(f, w string) uint32 {
	e := x.m[f]
	v := e.f
	if f == w {
		v |= e.w
	} else if x.words {
		v |= x.m[w].w
	}
	if x.class != nil {
		v |= x.class(f, w)
	}
	return v
}

// engineIndex merges the token indexes of an engine's last two detectors
// with one (the heaviest: PERSON and LOCATION), each in a 32-bit lane of
// one map: one look-up per token (two when its folded and lowercase forms
// differ and a set is matched against the latter) fills the bits of both.
//
// A word cache (memo.go) stands before the map: the map holds every listed
// name and place, far more than the caches of a core hold, while a chat's
// working vocabulary fits the cache; a hit costs no string hash (the Text
// hashed the word once for every cache) and no probe of the map.
type engineIndex struct {
	m     map[string][2]uint64 // folded-form bits, word bits; lane k at bit 32k
	parts []*tokenIndex
	words bool              // some part has a set matched against the lowercase form
	memo  *wordMemo[uint64] // a word's bits, lane k at bit 32k
}

// engineMemoBits sizes the cache of engineIndex (2^14 slots, as
// healthMemoBits).
const engineMemoBits = 14

// tokenIndexer is a detector with a token index.
type tokenIndexer interface {
	tokenIndex() *tokenIndex
}

func newEngineIndex(dets []Detector) *engineIndex {
	ei := &engineIndex{m: make(map[string][2]uint64), memo: newWordMemo[uint64](engineMemoBits)}
	// From the last detector: PERSON gets the first lane, LOCATION the
	// second, the lanes their indexes name (tokenIndex.lane).
	for _, d := range slices.Backward(dets) {
		ix, ok := d.(tokenIndexer)
		if !ok || len(ei.parts) == 2 {
			continue
		}
		x, shift := ix.tokenIndex(), 32*len(ei.parts)
		for w, e := range x.m {
			v := ei.m[w]
			v[0] |= uint64(e.f) << shift
			v[1] |= uint64(e.w) << shift
			ei.m[w] = v
		}
		ei.parts = append(ei.parts, x)
		ei.words = ei.words || x.words
	}
	return ei
}

// fill computes the bits of the merged indexes for t.
func (ei *engineIndex) fill(t *Text) {
	if len(ei.parts) == 0 {
		return
	}
	n := len(t.Tokens)
	lo := slicesGrowLen(t.tokBits[0].bits, n)
	hi := slicesGrowLen(t.tokBits[1].bits, n)
	for i := range n {
		sum := t.WordSum(i)
		v, ok := ei.memo.lookup(sum)
		if !ok {
			v, ok = ei.memo.lookupOther(sum)
		}
		if !ok {
			v = ei.look(t.Folded(i), t.Word(i))
			ei.memo.put(sum, v)
		}
		lo[i], hi[i] = uint32(v), uint32(v>>32)
	}
	t.tokBits[0] = tokenBits{ei.parts[0], lo}
	if len(ei.parts) == 2 {
		t.tokBits[1] = tokenBits{ei.parts[1], hi}
	} else {
		t.tokBits[1].bits = hi // kept for the next Text
	}
}

// bitsOf returns x's bits for a token with folded form f, word w and
// wordSum sum: from the word cache when x is one of ei's parts.
func (ei *engineIndex) bitsOf(x *tokenIndex, sum uint64, f, w string) uint32 {
	for k, p := range ei.parts {
		if p == x {
			v, ok := ei.memo.lookup(sum)
			if !ok {
				v, ok = ei.memo.lookupOther(sum)
			}
			if !ok {
				v = ei.look(f, w)
				ei.memo.put(sum, v)
			}
			return uint32(v >> (32 * k))
		}
	}
	return x.bitsOf(f, w)
}

// look returns the bits of a token with folded form f and word w.
func (ei *engineIndex) look(f, w string) uint64 {
	e := ei.m[f]
	v := e[0]
	if f == w {
		v |= e[1]
	} else if ei.words {
		v |= ei.m[w][1]
	}
	for k, x := range ei.parts {
		if x.class != nil {
			v |= uint64(x.class(f, w)) << (32 * k)
		}
	}
	return v
}

// slicesGrowLen returns b with length n, reusing its array when it can.
func slicesGrowLen(b []uint32, n int) []uint32 {
	if cap(b) < n {
		return make([]uint32, n, n+n/2)
	}
	return b[:n]
}
