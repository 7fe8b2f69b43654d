package detectors

import (
	"hash/maphash"
	"sync/atomic"
)

// wordMemo caches a pure function of a word (a detector's classification
// of one token) for the words seen most recently: chat text repeats its
// vocabulary, so most tokens are classified once, not once per message and
// pass. It is a direct-mapped table of 2^bits slots, safe for concurrent
// use without locks: a slot holds a pointer to an immutable entry, and a
// newer word that hashes to the same slot replaces it.
//
// An entry keeps a 64-bit keyed hash of its word, never the word: message
// text is not kept in memory past its message. Two words share a hash with
// probability 2^-64 per look-up, which the classification tolerates (it
// would at worst mask or miss one word as the other would have been).
//
// Every memo keys by wordSum, the hash a Text computes once for each of its
// tokens (Text.WordSum): a token is hashed once for all the memos that
// classify it, not once by each. (The context pass's word sets share one
// memo and mix a salt of their own into the hash.)
type wordMemo[V any] struct {
	slots []atomic.Pointer[memoEntry[V]]
	mask  uint64
}

// wordSeed keys wordSum.
var wordSeed = maphash.MakeSeed()

// wordSum is the hash a wordMemo keys a word by.
func wordSum(w string) uint64 { return maphash.String(wordSeed, w) }

type memoEntry[V any] struct {
	sum uint64
	val V
}

func newWordMemo[V any](bits int) *wordMemo[V] {
	return &wordMemo[V]{
		slots: make([]atomic.Pointer[memoEntry[V]], 1<<bits),
		mask:  1<<bits - 1,
	}
}

// get returns the cached value of w, and the hash to pass to put when there
// is none.
func (m *wordMemo[V]) get(w string) (V, uint64, bool) {
	sum := wordSum(w)
	v, ok := m.lookup(sum)
	return v, sum, ok
}

// lookup returns the cached value of the word whose wordSum is sum.
func (m *wordMemo[V]) lookup(sum uint64) (V, bool) {
	if e := m.slots[sum&m.mask].Load(); e != nil && e.sum == sum {
		return e.val, true
	}
	var zero V
	return zero, false
}

// put caches v as the value of the word whose hash get returned.
func (m *wordMemo[V]) put(sum uint64, v V) {
	m.slots[sum&m.mask].Store(&memoEntry[V]{sum: sum, val: v})
}
