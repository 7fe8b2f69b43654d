package detectors

import (
	"unsafe"

	ac "github.com/petar-dambovaliev/aho-corasick"
)

// prefilter is the one keyword automaton in front of every detector: the
// text is lowercased once (Text.Lower) and scanned once; a detector runs only
// when one of its keywords occurs, or always when it has none.
//
// The automaton (a DFA from petar-dambovaliev/aho-corasick) is read-only
// after Build; every scan keeps its state in a fresh iterator, so one
// prefilter is safe for concurrent use.
type prefilter struct {
	n      int     // number of detectors
	always []bool  // detectors with no keywords
	owners [][]int // pattern index → detectors owning that keyword
	ac     ac.AhoCorasick
	empty  bool // no keywords at all
}

func newPrefilter(dets []Detector) *prefilter {
	p := &prefilter{n: len(dets), always: make([]bool, len(dets))}
	index := make(map[string]int)
	var pats []string
	for i, d := range dets {
		kws := d.Keywords()
		if kws == nil {
			p.always[i] = true
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
				p.owners = append(p.owners, nil)
			}
			if o := p.owners[k]; len(o) == 0 || o[len(o)-1] != i {
				p.owners[k] = append(o, i)
			}
		}
	}
	if len(pats) == 0 {
		p.empty = true
		return p
	}
	b := ac.NewAhoCorasickBuilder(ac.Opts{MatchKind: ac.StandardMatch, DFA: true})
	p.ac = b.Build(pats)
	return p
}

// wake returns, per detector, whether it must run on the lowercased text.
func (p *prefilter) wake(lower string) []bool {
	w := make([]bool, p.n)
	copy(w, p.always)
	if p.empty || lower == "" {
		return w
	}
	left := 0
	for i := range w {
		if !w[i] {
			left++
		}
	}
	// The haystack is only read: view the string's bytes without a copy.
	hay := unsafe.Slice(unsafe.StringData(lower), len(lower))
	it := p.ac.IterOverlappingByte(hay)
	for m := it.Next(); m != nil && left > 0; m = it.Next() {
		for _, d := range p.owners[m.Pattern()] {
			if !w[d] {
				w[d] = true
				left--
			}
		}
	}
	return w
}
