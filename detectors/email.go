package detectors

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// EmailDetector finds e-mail addresses (detection.md, EMAIL), Nordic and
// other letters allowed in the local part and the domain; trailing
// punctuation is not part of the address.
type EmailDetector struct{}

var _ Detector = (*EmailDetector)(nil)
var _ Versioner = (*EmailDetector)(nil)

// NewEmail returns the e-mail detector.
func NewEmail() *EmailDetector { return &EmailDetector{} }

// Name implements Detector.
func (*EmailDetector) Name() string { return "email" }

// Keywords implements Detector: every address holds an '@' (or "(at)").
func (*EmailDetector) Keywords() []string { return []string{"@", "(at)", "[at]"} }

// maxEmailPart bounds how far the scanner walks from an '@' each way
// (RFC 5321: 64-byte local part, 255-byte domain).
const maxEmailPart = 255

func isLocalRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) ||
		strings.ContainsRune(".!#$%&'*+/=?^_`{|}~-", r)
}

func isDomainRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == '-' || r == '.'
}

// Detect implements Detector.
func (*EmailDetector) Detect(t *Text) []Span {
	s := t.Orig
	var out []Span
	from := 0
	for {
		at, w := nextAt(t.Lower, from)
		if at < 0 {
			break
		}
		from = at + w
		// local part, walking back
		i := at
		for i > 0 && at-i < maxEmailPart {
			r, n := utf8.DecodeLastRuneInString(s[:i])
			if !isLocalRune(r) {
				break
			}
			i -= n
		}
		for i < at && strings.IndexByte(".'-", s[i]) >= 0 {
			i++ // an address does not start with these
		}
		if i == at || s[at-1] == '.' {
			continue
		}
		// domain, walking forward
		j := at + w
		for j < len(s) && j-at < maxEmailPart {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !isDomainRune(r) {
				break
			}
			j += n
		}
		for j > at+w && (s[j-1] == '.' || s[j-1] == '-') {
			j--
		}
		dom := s[at+w : j]
		dot := strings.LastIndexByte(dom, '.')
		if dot <= 0 || strings.Contains(dom, "..") || dom[0] == '-' || dom[0] == '.' {
			continue
		}
		tld := dom[dot+1:]
		if utf8.RuneCountInString(tld) < 2 || strings.IndexFunc(tld, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			continue
		}
		out = append(out, Span{Start: i, End: j, Category: Email, Rule: "email.address"})
		from = j
	}
	return out
}

// nextAt finds the next at-sign of an address in lower from byte from: '@',
// or "(at)" / "[at]" as addresses are often written on web pages to fool
// harvesters. It returns the position and width, or -1.
func nextAt(lower string, from int) (int, int) {
	best, w := -1, 0
	if k := strings.IndexByte(lower[from:], '@'); k >= 0 {
		best, w = from+k, 1
	}
	for _, m := range [...]string{"(at)", "[at]"} {
		lim := len(lower)
		if best >= 0 {
			lim = best
		}
		if k := strings.Index(lower[from:lim], m); k >= 0 {
			best, w = from+k, len(m)
		}
	}
	return best, w
}

// Describe implements Describer.
func (*EmailDetector) Describe() DetectorDoc {
	return DetectorDoc{
		Categories: []Category{Email},
		Summary:    "E-mail addresses, also with the at-sign written (at) or [at]; Nordic letters allowed in the local part and the domain; trailing punctuation excluded.",
		Rules:      []RuleDoc{{"email.address", "local-part@domain.tld with a letter TLD of two or more"}},
	}
}

// Version implements Versioner; bump it when the rules above change.
func (*EmailDetector) Version() string { return "email-2" }
