package detectors

import "sort"

// byteTrie is a compact, read-only trie over byte strings used by the
// HEALTH detector: built once from maps, then frozen into flat slices so a
// lookup walks bytes without hashing. A node's value is an index into the
// owner's payload table, or -1.
type byteTrie struct {
	// pairs has a bit for every first two bytes of a key (as added: for a
	// reversed trie the last two), so most walks end after one load.
	pairs [1 << 16 / 64]uint64
	nodes []trieNode
	edges []trieEdge
	// dense holds a full child table for each node with many children
	// (the root and the first levels), so the busiest steps are one load.
	dense [][256]int32
}

type trieNode struct {
	lo, hi int32 // edges[lo:hi] are the node's children, sorted by byte
	val    int32
	dense  int32 // index into dense, or -1
}

// denseMin is the number of children from which a node gets a dense table.
const denseMin = 6

type trieEdge struct {
	b  byte
	to int32
}

// trieBuilder collects keys before freezing them into a byteTrie.
type trieBuilder struct {
	kids  []map[byte]int32
	vals  []int32
	pairs [1 << 16 / 64]uint64
}

func newTrieBuilder() *trieBuilder {
	return &trieBuilder{kids: []map[byte]int32{nil}, vals: []int32{-1}}
}

// add stores val under key, read forwards or, when reverse is set, from its
// last byte to its first. An existing value is kept (first one wins).
func (tb *trieBuilder) add(key string, reverse bool, val int32) {
	if len(key) >= 2 {
		a, b := key[0], key[1]
		if reverse {
			a, b = key[len(key)-1], key[len(key)-2]
		}
		k := uint(a)<<8 | uint(b)
		tb.pairs[k>>6] |= 1 << (k & 63)
	}
	n := int32(0)
	for k := 0; k < len(key); k++ {
		c := key[k]
		if reverse {
			c = key[len(key)-1-k]
		}
		m := tb.kids[n]
		if m == nil {
			m = make(map[byte]int32, 2)
			tb.kids[n] = m
		}
		next, ok := m[c]
		if !ok {
			next = int32(len(tb.vals))
			m[c] = next
			tb.kids = append(tb.kids, nil)
			tb.vals = append(tb.vals, -1)
		}
		n = next
	}
	if tb.vals[n] < 0 {
		tb.vals[n] = val
	}
}

func (tb *trieBuilder) freeze() *byteTrie {
	t := &byteTrie{nodes: make([]trieNode, len(tb.vals)), pairs: tb.pairs}
	var bs []byte
	for i, m := range tb.kids {
		lo := int32(len(t.edges))
		bs = bs[:0]
		for c := range m {
			bs = append(bs, c)
		}
		sort.Slice(bs, func(a, b int) bool { return bs[a] < bs[b] })
		for _, c := range bs {
			t.edges = append(t.edges, trieEdge{b: c, to: m[c]})
		}
		t.nodes[i] = trieNode{lo: lo, hi: int32(len(t.edges)), val: tb.vals[i], dense: -1}
		if len(bs) >= denseMin {
			var d [256]int32
			for k := range d {
				d[k] = -1
			}
			for _, c := range bs {
				d[c] = m[c]
			}
			t.nodes[i].dense = int32(len(t.dense))
			t.dense = append(t.dense, d)
		}
	}
	return t
}

// maybe reports whether a key may start with bytes a, b (in walk order).
func (t *byteTrie) maybe(a, b byte) bool {
	k := uint(a)<<8 | uint(b)
	return t.pairs[k>>6]&(1<<(k&63)) != 0
}

// child returns the node reached from n by byte c, or -1.
func (t *byteTrie) child(n int32, c byte) int32 {
	nd := &t.nodes[n]
	if nd.dense >= 0 {
		return t.dense[nd.dense][c]
	}
	lo, hi := nd.lo, nd.hi
	if hi-lo <= 8 {
		for i := lo; i < hi; i++ {
			if e := t.edges[i]; e.b == c {
				return e.to
			} else if e.b > c {
				return -1
			}
		}
		return -1
	}
	for lo < hi {
		m := (lo + hi) / 2
		switch b := t.edges[m].b; {
		case b == c:
			return t.edges[m].to
		case b < c:
			lo = m + 1
		default:
			hi = m
		}
	}
	return -1
}

// Inflection endings by word class. They are stripped from a token before
// the lexicon lookup, so "lungebetennelsen", "sykdommer", "depresjonane",
// "sjukdomar", "hjertet" and "syke" find their base forms without every form
// being listed (bokmål, nynorsk, Danish, Swedish and English endings
// together: a form that exists in none of the languages costs nothing).
const (
	classNoun = iota
	classAdj
	classExact
)

var nounEndings = []string{
	"en", "et", "a", "n", "r", "er", "ere", "ene", "ane", "ar", "arne", "erne", "arna", "orna", "erna",
	"or", "na", "ne", "e", "s", "es", "ens", "ets", "ns", "as", "t", "ts",
}

var adjEndings = []string{"e", "t", "a", "ere", "est", "este", "ade", "es"}

// endingSet answers which endings a class allows.
type endingSet struct {
	// rev is a reverse trie over all endings; its values are ending lengths.
	rev *byteTrie
	max int
}

func newEndingSet() *endingSet {
	es := &endingSet{}
	tb := newTrieBuilder()
	for _, e := range nounEndings {
		tb.add(e, true, int32(len(e)))
		es.max = max(es.max, len(e))
	}
	for _, e := range adjEndings {
		tb.add(e, true, int32(len(e)))
		es.max = max(es.max, len(e))
	}
	es.rev = tb.freeze()
	return es
}

// cut lists the ending lengths that f ends with, shortest first, always
// starting with 0 (no ending); the result is written into buf.
func (es *endingSet) cut(f string, buf []int) []int {
	buf = append(buf[:0], 0)
	for k := 1; k <= es.max && k < len(f)-1; k++ {
		if e := f[len(f)-k:]; isNounEnding(e) || isAdjEnding(e) {
			buf = append(buf, k)
		}
	}
	return buf
}

// allows reports whether a word of the class may take ending e. A noun
// ending "t" is allowed only after a vowel (Swedish "hjärtat", "knät").
func (es *endingSet) allows(class uint8, stem, e string) bool {
	if e == "" {
		return true
	}
	switch class {
	case classNoun:
		if e == "t" || e == "ts" {
			return len(stem) > 0 && isVowelByte(stem[len(stem)-1])
		}
		return isNounEnding(e)
	case classAdj:
		return isAdjEnding(e)
	case classEnglish:
		return e == "s" || e == "es"
	}
	return false
}

// isNounEnding and isAdjEnding answer from nounEndings and adjEndings
// without hashing (TestHealthEndings checks they agree).
func isNounEnding(e string) bool {
	switch e {
	case "en", "et", "a", "n", "r", "er", "ere", "ene", "ane", "ar", "arne", "erne", "arna", "orna", "erna", "or", "na", "ne", "e", "s", "es", "ens", "ets", "ns", "as", "t", "ts":
		return true
	}
	return false
}

func isAdjEnding(e string) bool {
	switch e {
	case "e", "t", "a", "ere", "est", "este", "ade", "es":
		return true
	}
	return false
}

func isVowelByte(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

func isVowelStart(e string) bool { return e != "" && isVowelByte(e[0]) }
