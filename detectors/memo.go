package detectors

import (
	"encoding/binary"
	"hash/maphash"
	"math/bits"
	"math/rand/v2"
	"sync/atomic"
	"unsafe"
)

// wordMemo caches a pure function of a word (a detector's classification
// of one token) for the words seen most recently: chat text repeats its
// vocabulary, so most tokens are classified once, not once per message and
// pass. It is a table of 2^bits slots in pairs, safe for concurrent use
// without locks: a slot holds a pointer to an immutable entry. A word is
// put in the slot its hash names, and the word there moves to the other
// slot of the pair, replacing the one there; so two words of one pair,
// used in turn, no longer evict each other on every use, as they did in a
// table of one slot per hash (about one look-up a message missed so,
// some 1,000 instructions each).
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

// wordSeed and wordKey key wordSum, drawn anew in every process.
var (
	wordSeed = maphash.MakeSeed()
	wordKey  = rand.Uint64()
)

// wordSum is the hash a wordMemo keys a word by. Words of up to 16 bytes
// (nearly every chat word) take wyhash's path for short keys, inline: two
// 64-bit multiplications, where maphash.String cost three calls and about
// 90 instructions a word, a tenth of the Text's preparation. Longer words
// take maphash. Both are keyed 64-bit hashes of good quality, so two words
// share a sum with the probability wordMemo allows for.
func wordSum(w string) uint64 {
	n := len(w)
	if n > 16 || n == 0 {
		return maphash.String(wordSeed, w)
	}
	var a, b uint64
	if n >= 4 {
		// Two overlapping pairs of 4-byte reads cover 4 to 16 bytes.
		q := n >> 3 << 2
		a = uint64(le32(w, 0))<<32 | uint64(le32(w, q))
		b = uint64(le32(w, n-4))<<32 | uint64(le32(w, n-4-q))
	} else {
		a = uint64(w[0])<<16 | uint64(w[n>>1])<<8 | uint64(w[n-1])
	}
	hi, lo := bits.Mul64(a^wyP1, b^wordKey)
	hi, lo = bits.Mul64(lo^wyP0^uint64(n), hi^wyP1)
	return hi ^ lo
}

// wyP0 and wyP1 are wyhash's default secrets.
const (
	wyP0 = 0xa0761d6478bd642f
	wyP1 = 0xe7037ed1a0b428db
)

// le32 reads 4 bytes of s at i, little-endian, like le64.
func le32(s string, i int) uint32 {
	return binary.LittleEndian.Uint32(unsafe.Slice(unsafe.StringData(s[i:i+4]), 4))
}

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
	if !ok {
		v, ok = m.lookupOther(sum)
	}
	return v, sum, ok
}

// lookup returns the cached value of the word whose wordSum is sum, from
// the slot its hash names. Where it has none, a caller asks lookupOther
// before computing the value: lookup, inlined at every cache's look-up,
// would not be with a call in it.
func (m *wordMemo[V]) lookup(sum uint64) (V, bool) {
	if e := m.slots[sum&m.mask].Load(); e != nil && e.sum == sum {
		return e.val, true
	}
	var zero V
	return zero, false
}

// lookupOther is lookup in the other slot of the pair.
func (m *wordMemo[V]) lookupOther(sum uint64) (V, bool) {
	if e := m.slots[sum&m.mask^1].Load(); e != nil && e.sum == sum {
		return e.val, true
	}
	var zero V
	return zero, false
}

// lookupRef is lookup for a value of many bytes: it returns the cached
// value in place (nil when there is none), for the caller to copy once
// where lookup's result would be copied twice. The entry is immutable: the
// caller must not write through the pointer.
func (m *wordMemo[V]) lookupRef(sum uint64) *V {
	if e := m.slots[sum&m.mask].Load(); e != nil && e.sum == sum {
		return &e.val
	}
	return nil
}

// lookupRefOther is lookupRef in the other slot of the pair, asked the
// same way.
func (m *wordMemo[V]) lookupRefOther(sum uint64) *V {
	if e := m.slots[sum&m.mask^1].Load(); e != nil && e.sum == sum {
		return &e.val
	}
	return nil
}

// put caches v as the value of the word whose hash get returned.
func (m *wordMemo[V]) put(sum uint64, v V) {
	k := sum & m.mask
	if old := m.slots[k].Load(); old != nil {
		m.slots[k^1].Store(old)
	}
	m.slots[k].Store(&memoEntry[V]{sum: sum, val: v})
}
