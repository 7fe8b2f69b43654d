package detectors

import (
	"fmt"
	"unsafe"

	ac "github.com/petar-dambovaliev/aho-corasick"
)

// maxDetectors is how many detectors one engine can hold: the prefilter
// keeps one bit per detector.
const maxDetectors = 64

// prefilter is the one keyword automaton in front of every detector: the
// text is lowercased once (Text.Lower) and scanned once; a detector runs only
// when one of its keywords occurs in it, or always when it has none.
//
// The automaton is a dense byte-class Aho-Corasick table (acMatcher); when
// the keywords are too many for it, the DFA of
// github.com/petar-dambovaliev/aho-corasick serves instead. Both are
// read-only after construction and keep scan state per call, so a prefilter
// is safe for concurrent use.
type prefilter struct {
	always uint64 // detectors without keywords
	all    uint64 // every detector
	dense  *acMatcher
	lib    *ac.AhoCorasick
	owner  []uint64 // library pattern index → detectors
}

func newPrefilter(dets []Detector) (*prefilter, error) {
	if len(dets) > maxDetectors {
		return nil, fmt.Errorf("detectors: %d detectors, at most %d", len(dets), maxDetectors)
	}
	p := &prefilter{}
	index := make(map[string]int)
	var pats []string
	var owner []uint64
	for i, d := range dets {
		bit := uint64(1) << i
		p.all |= bit
		kws := d.Keywords()
		if kws == nil {
			p.always |= bit
			continue
		}
		for _, kw := range kws {
			if kw == "" {
				continue
			}
			k, ok := index[kw]
			if !ok {
				k = len(pats)
				index[kw] = k
				pats = append(pats, kw)
				owner = append(owner, 0)
			}
			owner[k] |= bit
		}
	}
	if len(pats) == 0 {
		return p, nil
	}
	if p.dense = newACMatcher(pats, owner); p.dense == nil {
		b := ac.NewAhoCorasickBuilder(ac.Opts{MatchKind: ac.StandardMatch, DFA: true})
		lib := b.Build(pats)
		p.lib, p.owner = &lib, owner
	}
	return p, nil
}

// wake returns the set of detectors (bit i = detector i) that must run on
// the lowercased text.
func (p *prefilter) wake(lower string) uint64 {
	w := p.always
	if lower == "" || w == p.all {
		return w
	}
	want := p.all &^ w
	switch {
	case p.dense != nil:
		w |= p.dense.scan(lower, want)
	case p.lib != nil:
		// The haystack is only read: view the string's bytes without a copy.
		hay := unsafe.Slice(unsafe.StringData(lower), len(lower))
		it := p.lib.IterOverlappingByte(hay)
		for m := it.Next(); m != nil && w != p.all; m = it.Next() {
			w |= p.owner[m.Pattern()]
		}
	}
	return w
}
