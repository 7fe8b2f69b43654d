package detectors

import (
	"net/netip"
	"strings"
	"unicode"
	"unicode/utf8"
)

// IPDetector finds IPv4 and IPv6 addresses written in the text
// (detection.md, IP), validated with net/netip. An IPv4 address that is part
// of a longer dotted number or version string ("1.2.3.4.5") is not one.
type IPDetector struct{}

var _ Detector = (*IPDetector)(nil)
var _ Versioner = (*IPDetector)(nil)

// NewIP returns the IP detector.
func NewIP() *IPDetector { return &IPDetector{} }

// Name implements Detector.
func (*IPDetector) Name() string { return "ip" }

// Keywords implements Detector: nil, addresses are found by their shape.
func (*IPDetector) Keywords() []string { return nil }

// maxIPCandidate bounds the length of one candidate run (the longest IPv6
// text form with an embedded IPv4 is 45 bytes).
const maxIPCandidate = 64

// Detect implements Detector.
func (d *IPDetector) Detect(t *Text) []Span { return d.appendSpans(t, nil) }

// appendSpans implements spanAppender.
func (d *IPDetector) appendSpans(t *Text, out []Span) []Span {
	s := t.Orig
	if strings.IndexByte(s, '.') < 0 && strings.IndexByte(s, ':') < 0 {
		return nil
	}
	// A candidate is a maximal run of hex digits, '.' and ':' without its
	// leading dots; one without a '.' or ':' ("bed", "2024") is no
	// address, so the runs are found from their dots and colons.
	next := dotColon{dot: -2, colon: -2}
	for pos := 0; pos < len(s); {
		p := next.at(s, pos)
		if p < 0 {
			break
		}
		i, j := p, p+1
		for i > pos && ipClass[s[i-1]] != 0 {
			i--
		}
		for j < len(s) && ipClass[s[j]] != 0 {
			j++
		}
		for i < j && s[i] == '.' {
			i++
		}
		if i < j && ipJoiners.any(s[i:j]) {
			if sp, ok := ipSpan(s, i, j); ok {
				out = append(out, sp)
			}
		}
		pos = j
	}
	return out
}

// dotColon finds the next '.' or ':' of a text, remembering where the next
// of each is, so a text of many dots and no colon is scanned once.
type dotColon struct {
	dot, colon int // the next of each from the last search, -1 for none, -2 before the first
}

// at returns the index of the first '.' or ':' in s at or after from, or -1.
func (dc *dotColon) at(s string, from int) int {
	if dc.dot != -1 && dc.dot < from {
		dc.dot = indexFrom(s, from, '.')
	}
	if dc.colon != -1 && dc.colon < from {
		dc.colon = indexFrom(s, from, ':')
	}
	switch {
	case dc.dot < 0:
		return dc.colon
	case dc.colon < 0 || dc.dot < dc.colon:
		return dc.dot
	}
	return dc.colon
}

// indexFrom is strings.IndexByte of s[from:] as an index of s.
func indexFrom(s string, from int, c byte) int {
	if k := strings.IndexByte(s[from:], c); k >= 0 {
		return from + k
	}
	return -1
}

// ipClass sorts the bytes of an address: hex digits, '.' and ':'.
const (
	ipHex uint8 = 1 << iota
	ipDot
	ipColon
)

var ipClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case isHex(byte(c)):
			t[c] = ipHex
		case c == '.':
			t[c] = ipDot
		case c == ':':
			t[c] = ipColon
		}
	}
	return t
}()

func isHex(c byte) bool {
	return isDigit(c) || ('a' <= c && c <= 'f') || ('A' <= c && c <= 'F')
}

// ipSpan checks the run s[i:j] (trailing sentence punctuation trimmed) as
// an address; it must not be glued to other word characters.
func ipSpan(s string, i, j int) (Span, bool) {
	// Trim trailing '.' and a single trailing ':' ("IP: 10.0.0.1.").
	colonCut := false
	for j > i && (s[j-1] == '.' || (s[j-1] == ':' && !(j-2 >= i && s[j-2] == ':'))) {
		colonCut = colonCut || s[j-1] == ':'
		j--
	}
	// Leading ':' that is not "::".
	for i < j && s[i] == ':' && !(i+1 < j && s[i+1] == ':') {
		i++
	}
	if j-i < 3 || j-i > maxIPCandidate {
		return Span{}, false
	}
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		if isWordRune(r) || r == '.' || r == '-' {
			return Span{}, false
		}
	}
	if j < len(s) {
		r, _ := utf8.DecodeRuneInString(s[j:])
		if isWordRune(r) || r == '-' {
			return Span{}, false
		}
		// "1.2.3.4.5": trimming left a dot followed by a digit.
		if r == '.' && j+1 < len(s) && isDigit(s[j+1]) {
			return Span{}, false
		}
	}
	cand := s[i:j]
	colons := strings.Count(cand, ":")
	if colons == 0 {
		if strings.Count(cand, ".") != 3 {
			return Span{}, false
		}
		a, err := netip.ParseAddr(cand)
		if err != nil || !a.Is4() || versionWords[strings.ToLower(wordBefore(s, i))] {
			return Span{}, false
		}
		return Span{Start: i, End: j, Category: IP, Rule: "ip.v4"}, true
	}
	if colons == 1 {
		// IPv4 with a port: "10.0.0.1:8080".
		host, port, _ := strings.Cut(cand, ":")
		if port == "" || strings.Count(host, ".") != 3 || strings.IndexFunc(port, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
			return Span{}, false
		}
		if a, err := netip.ParseAddr(host); err == nil && a.Is4() {
			return Span{Start: i, End: i + len(host), Category: IP, Rule: "ip.v4"}, true
		}
		return Span{}, false
	}
	// An IPv6 candidate cut at a colon was glued to more text
	// ("::000:0000000"): not an address.
	if colonCut {
		return Span{}, false
	}
	a, err := netip.ParseAddr(cand)
	if err != nil || !a.Is6() {
		return Span{}, false
	}
	// Reject degenerate forms that chat text writes for other reasons
	// ("::", "a::b"): want three groups, or "::" with a group of 3+ hex.
	groups, long := 0, false
	for _, g := range strings.FieldsFunc(cand, func(r rune) bool { return r == ':' }) {
		groups++
		if len(g) >= 3 && strings.Trim(g, "0") != "" {
			long = true
		}
	}
	if groups < 3 && !(groups >= 1 && long) {
		return Span{}, false
	}
	// All-decimal groups with no letter and no "::" read like times
	// ("10:00:00:00"); a real address of that shape is rare in chat.
	if !strings.Contains(cand, "::") && strings.IndexFunc(cand, unicode.IsLetter) < 0 && groups < 8 {
		return Span{}, false
	}
	return Span{Start: i, End: j, Category: IP, Rule: "ip.v6"}, true
}

// versionWords before four dotted numbers make them a version, not an
// address: "versjon 1.2.3.4 av appen".
var versionWords = map[string]bool{"versjon": true, "versjonen": true, "version": true, "versionen": true,
	"ver": true, "release": true, "build": true, "firmware": true, "utgave": true, "udgave": true}

// wordBefore returns the word that ends just before s[i], spaces skipped.
func wordBefore(s string, i int) string {
	j := i
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 && isASCIILetter(s[k-1]) {
		k--
	}
	return s[k:j]
}

// Describe implements Describer.
func (*IPDetector) Describe() DetectorDoc {
	return DetectorDoc{
		Categories: []Category{IP},
		Summary:    "IPv4 and IPv6 addresses validated with net/netip; not part of a longer dotted number or version string, nor after a word such as versjon or version.",
		Rules: []RuleDoc{
			{"ip.v4", "IPv4 address, four decimal octets 0-255"},
			{"ip.v6", "IPv6 address: full, compressed (2001:db8::1) or with an embedded IPv4"},
		},
	}
}

// Version implements Versioner; bump it when the rules above change.
func (*IPDetector) Version() string { return "ip-3" }
