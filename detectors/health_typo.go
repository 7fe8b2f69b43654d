package detectors

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"strings"
)

// Chat misspells long health words by one letter ("diabetis", "penicilin",
// "depprimert", "rulestol"). A token no list matches is looked up with one
// letter dropped, added or changed against the long single-word entries: a
// symmetric-deletion index keyed by a hash of the word with each one letter
// left out, behind a bit filter, so the lookup allocates nothing and costs
// one pass over the token and a bit test per deletion. Words of the dictionaries that are one letter from a health word
// ("toaletter" and "tabletter", "plastisk" and "spastisk") are listed in
// typoStopFile and never taken for a typo.

const (
	// minTypoLen is the shortest folded word, in bytes, matched with a typo:
	// shorter words have too many real neighbours.
	minTypoLen = 8
	// maxTypoLen bounds the token length the lookup hashes.
	maxTypoLen   = 40
	typoStopFile = "data/health/typo_stop.txt"
)

// typoRules are the entry rules a typo may stand for. Words mined from the
// ICD-10 and ICPC-2 titles are left out: they are many and technical, and a
// typo of one is more often another word.
var typoRules = map[string]bool{
	"health.condition": true, "health.symptom": true, "health.mental": true, "health.disability": true,
	"health.addiction": true, "health.pregnancy": true, "health.medication": true, "health.aid": true,
	"health.procedure": true, "health.sickness": true, "health.atc": true,
}

// typoPow are the powers of the polynomial hash base, for the deletion
// hashes of typoHashes.
var typoPow = func() (p [maxTypoLen + 2]uint64) {
	p[0] = 1
	for i := 1; i < len(p); i++ {
		p[i] = p[i-1] * typoBase
	}
	return p
}()

const (
	typoBase = 1099511628211
	// typoBloomBits is log2 of the bit count of the filter in front of the
	// index: most tokens are no typo and stop at one bit test.
	typoBloomBits = 20
	// typoEndBits is log2 of the bit count of the filters on the first and
	// last four bytes: one typo in a word of minTypoLen or more bytes
	// leaves one of the two ends as it was.
	typoEndBits = 16
)

// typoEnd hashes four bytes to a bit of an end filter.
func typoEnd(s string) uint32 {
	return (uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24) * 0x9e3779b1 >> (32 - typoEndBits)
}

// typoMix finishes a polynomial hash of a string of length n.
func typoMix(h uint64, n int) uint64 {
	h ^= uint64(n) * 0x9e3779b97f4a7c15
	h ^= h >> 31
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 29
	return h
}

// typoHashes holds the prefix and suffix hashes of one word, from which the
// hash of the word and of the word with any one byte left out come in O(1),
// without allocating.
type typoHashes struct {
	n        int
	pre, suf [maxTypoLen + 3]uint64
}

// set computes the hashes of s, at most maxTypoLen+1 bytes.
func (th *typoHashes) set(s string) {
	n := len(s)
	th.n = n
	th.pre[0], th.suf[n] = 0, 0
	for i := 0; i < n; i++ {
		th.pre[i+1] = th.pre[i]*typoBase + uint64(s[i])
	}
	for i := n - 1; i >= 0; i-- {
		th.suf[i] = uint64(s[i])*typoPow[n-1-i] + th.suf[i+1]
	}
}

// key returns the hash of the word without byte k, or of the whole word
// when k < 0.
func (th *typoHashes) key(k int) uint64 {
	if k < 0 {
		return typoMix(th.pre[th.n], th.n)
	}
	return typoMix(th.pre[k]*typoPow[th.n-1-k]+th.suf[k+1], th.n-1)
}

// typoEligible reports whether entry e (folded single word k) may be found
// through a typo.
func typoEligible(e *healthEntry, k string) bool {
	if len(e.words) != 1 || e.key != "" || e.flags&(hfNotAlone|hfUpper) != 0 || !typoRules[e.rule] {
		return false
	}
	if len(k) < minTypoLen || len(k) > maxTypoLen {
		return false
	}
	for i := 0; i < len(k); i++ {
		if k[i] < 'a' || k[i] > 'z' {
			return false
		}
	}
	return true
}

// buildTypos indexes the eligible entries of byKey.
func (h *HealthDetector) buildTypos(byKey map[string]int32) {
	h.typoKeys = make(map[uint64][]int32)
	h.typoBloom = make([]uint64, 1<<typoBloomBits/64)
	h.typoHead = make([]uint64, 1<<typoEndBits/64)
	h.typoTail = make([]uint64, 1<<typoEndBits/64)
	for k, p := range byKey {
		e := h.pay[p].entry
		if e < 0 || !typoEligible(&h.entries[e], k) {
			continue
		}
		hb, tb := typoEnd(k), typoEnd(k[len(k)-4:])
		h.typoHead[hb/64] |= 1 << (hb % 64)
		h.typoTail[tb/64] |= 1 << (tb % 64)
		var th typoHashes
		th.set(k)
	keys:
		for j := -1; j < len(k); j++ {
			x := th.key(j)
			h.typoBloom[x>>(64-typoBloomBits)/64] |= 1 << (x >> (64 - typoBloomBits) % 64)
			for _, old := range h.typoKeys[x] {
				if old == e {
					continue keys
				}
			}
			h.typoKeys[x] = append(h.typoKeys[x], e)
		}
	}
}

// loadTypoStop reads the dictionary words that are no typos.
func (h *HealthDetector) loadTypoStop(fsys fs.FS) ([]byte, error) {
	data, err := fs.ReadFile(fsys, typoStopFile)
	if err != nil {
		return nil, fmt.Errorf("detectors: health: %w", err)
	}
	h.typoStop = make(map[string]bool)
	sc := bufio.NewScanner(bytes.NewReader(data))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if n == 1 && !strings.HasPrefix(line, "#") {
			return nil, fmt.Errorf("detectors: health %s:1: missing header comment naming the source", typoStopFile)
		}
		if line == "" || line[0] == '#' {
			continue
		}
		h.typoStop[Fold(lowerSameLen(line))] = true
	}
	return data, sc.Err()
}

// typo returns the entry folded token f misspells by one letter, or -1.
func (h *HealthDetector) typo(f string) int32 {
	if len(f) < minTypoLen-1 || len(f) > maxTypoLen+1 {
		return -1
	}
	for i := 0; i < len(f); i++ {
		if f[i] < 'a' || f[i] > 'z' {
			return -1
		}
	}
	hb, tb := typoEnd(f), typoEnd(f[len(f)-4:])
	if h.typoHead[hb/64]&(1<<(hb%64)) == 0 && h.typoTail[tb/64]&(1<<(tb%64)) == 0 {
		return -1
	}
	var th typoHashes
	th.set(f)
	for k := -1; k < len(f); k++ {
		x := th.key(k)
		if h.typoBloom[x>>(64-typoBloomBits)/64]&(1<<(x>>(64-typoBloomBits)%64)) == 0 {
			continue
		}
		for _, v := range h.typoKeys[x] {
			if e := h.entries[v].words[0]; oneEdit(f, e) && likelyTypo(f, e) {
				if h.typoStop[f] {
					return -1 // a dictionary word
				}
				return v
			}
		}
	}
	return -1
}

// oneEdit reports whether a and b differ by exactly one inserted, deleted
// or changed byte, or two swapped neighbours.
func oneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 || a == b {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		if a[i+1:] == b[i+1:] {
			return true
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	}
	return a[i:] == b[i+1:]
}

// likelyTypo reports whether f, one edit from health word e, is a slip of
// the hand or the ear rather than another word: chat keeps a word's first
// letter (a swap of the first two aside), and a changed letter is a vowel
// for a vowel, a neighbouring key or a letter that sounds alike: a changed
// first letter or a consonant far from the one it replaces makes another
// word ("tandvård" is no "tandvärk").
func likelyTypo(f, e string) bool {
	if f[0] != e[0] && !(f[0] == e[1] && f[1] == e[0]) {
		return false
	}
	if len(f) != len(e) {
		return true
	}
	i := 0
	for i < len(f) && f[i] == e[i] {
		i++
	}
	if i+1 < len(f) && f[i] == e[i+1] && f[i+1] == e[i] && f[i+2:] == e[i+2:] {
		return true // two letters swapped
	}
	a, b := f[i], e[i]
	return vowel(a) && vowel(b) || keyNeighbours(a, b) || soundAlike(a, b)
}

func vowel(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }

// keyRows are the letter rows of a Nordic or English keyboard.
var keyRows = [3]string{"qwertyuiop", "asdfghjkl", "zxcvbnm"}

// keyNeighbours reports whether a and b are side by side or above one
// another on the keyboard.
func keyNeighbours(a, b byte) bool {
	ra, ca, rb, cb := -1, 0, -1, 0
	for r, row := range keyRows {
		if k := strings.IndexByte(row, a); k >= 0 {
			ra, ca = r, k
		}
		if k := strings.IndexByte(row, b); k >= 0 {
			rb, cb = r, k
		}
	}
	if ra < 0 || rb < 0 {
		return false
	}
	d := ca - cb
	switch ra - rb {
	case 0:
		return d == 1 || d == -1
	case 1: // a one row below b: its keys sit half a key to the right
		return d == 0 || d == -1
	case -1:
		return d == 0 || d == 1
	}
	return false
}

// soundAlike reports whether a and b are letters chat writes for one
// another by ear.
func soundAlike(a, b byte) bool {
	for _, p := range [...]string{"ck", "kg", "sz", "cs", "vw", "fv", "bp", "dt", "jg", "mn", "kq", "xs"} {
		if a == p[0] && b == p[1] || a == p[1] && b == p[0] {
			return true
		}
	}
	return false
}
