package detectors

import (
	"fmt"
	"strings"
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
	// cross holds the detectors with a keyword that starts or ends with a
	// space or holds a byte of placeholderRune, the only keywords that may
	// occur across a hidden placeholder (maskedWithin); crossLen is the
	// length of the longest such keyword. crossBefore holds the bytes
	// before the final space of such a keyword, crossAfter those after
	// the first; crossAny tells that one holds a byte of placeholderRune
	// or is shorter than two bytes.
	cross                   uint64
	crossLen                int
	crossBefore, crossAfter byteSet
	crossAny                bool
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
			if kw[0] == ' ' || kw[len(kw)-1] == ' ' || strings.IndexByte(kw, placeholderLead) >= 0 || strings.IndexByte(kw, placeholderTail) >= 0 {
				p.cross |= bit
				p.crossLen = max(p.crossLen, len(kw))
				switch {
				case len(kw) < 2 || strings.IndexByte(kw, placeholderLead) >= 0 || strings.IndexByte(kw, placeholderTail) >= 0:
					p.crossAny = true
				default:
					if kw[0] == ' ' {
						p.crossAfter[kw[1]] = true
					}
					if kw[len(kw)-1] == ' ' {
						p.crossBefore[kw[len(kw)-2]] = true
					}
				}
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
func (p *prefilter) wake(lower string) uint64 { return p.wakeWithin(lower, p.all) }

// wakeWithin is wake for a text whose keywords wake no detector outside
// within: the scan stops once every detector of within with keywords is
// woken, and is not run when there is none.
func (p *prefilter) wakeWithin(lower string, within uint64) uint64 {
	w := p.always
	want := within & p.all &^ w
	if lower == "" || want == 0 {
		return w
	}
	switch {
	case p.dense != nil:
		w |= p.dense.scan(lower, want)
	case p.lib != nil:
		// The haystack is only read: view the string's bytes without a copy.
		hay := unsafe.Slice(unsafe.StringData(lower), len(lower))
		it := p.lib.IterOverlappingByte(hay)
		for m := it.Next(); m != nil && w&want != want; m = it.Next() {
			w |= p.owner[m.Pattern()]
		}
	}
	return w
}

// maskedWithin returns detectors that include every one wake finds in
// lower, the Lower of a masked text whose placeholders are hidden at
// holes and whose other bytes are the Lower of the original text, where
// the prefilter woke woke. A keyword of lower lies in the text kept from
// the original, and woke the same detector there, or overlaps a hole.
// A hole is a space, placeholderRunes and one or two spaces
// (hidePlaceholder): only a keyword of cross can overlap one, and
// without a byte of placeholderRune it meets the hole in spaces only, so
// it ends at the hole's first byte, after the byte before the hole, or
// starts in its last spaces, before a space or the byte after the hole.
// Where those bytes allow it, such a keyword is looked for in the bytes
// around the hole it could reach.
func (p *prefilter) maskedWithin(lower string, holes []Token, woke uint64) uint64 {
	miss := p.cross &^ woke
	if miss == 0 {
		return woke
	}
	if p.dense == nil {
		return p.all
	}
	within := woke
	for _, h := range holes {
		if !p.crossAny && !(h.Start > 0 && p.crossBefore[lower[h.Start-1]]) &&
			!p.crossAfter[' '] && !(h.End < len(lower) && p.crossAfter[lower[h.End]]) {
			continue
		}
		a, b := max(h.Start-(p.crossLen-1), 0), min(h.End+p.crossLen-1, len(lower))
		if within |= p.dense.scan(lower[a:b], miss) & miss; within&miss == miss {
			break
		}
	}
	return within
}
