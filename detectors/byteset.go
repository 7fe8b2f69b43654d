package detectors

// byteSet is a set of bytes, for the tests of short strings (a gap, a
// word) that strings.ContainsAny answers a rune at a time: a byte set
// holding only ASCII bytes answers the same by a table look-up per byte,
// since an ASCII byte is never part of another rune in UTF-8 (and
// ContainsAny decodes an invalid byte as U+FFFD, in no set).
type byteSet [256]bool

// newByteSet returns the set of the bytes of chars.
func newByteSet(chars string) *byteSet {
	var b byteSet
	for i := 0; i < len(chars); i++ {
		b[chars[i]] = true
	}
	return &b
}

// any reports whether s holds a byte of b.
func (b *byteSet) any(s string) bool {
	for i := 0; i < len(s); i++ {
		if b[s[i]] {
			return true
		}
	}
	return false
}

var (
	digitsAt   = newByteSet("0123456789@") // isLetters
	sentMarks  = newByteSet(".!?:;\n\"(*") // sentStart, with « and •
	ipJoiners  = newByteSet(".:")          // IPDetector
	langCutter = newByteSet("-_")          // NormLang
)

// hasNordic reports whether s holds one of æøåäöÆØÅÄÖ (each two bytes in
// UTF-8, 0xC3 and a continuation byte: where s has them, a rune starts at
// the 0xC3).
func hasNordic(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == 0xC3 {
			switch s[i+1] {
			case 0xA6, 0xB8, 0xA5, 0xA4, 0xB6, 0x86, 0x98, 0x85, 0x84, 0x96:
				return true
			}
		}
	}
	return false
}
