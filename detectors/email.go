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

// Keywords implements Detector: every address holds an '@' (or "(at)",
// "[at]", or " dot " when spelled out).
func (*EmailDetector) Keywords() []string { return []string{"@", "(at)", "[at]", " dot "} }

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
func (d *EmailDetector) Detect(t *Text) []Span { return d.appendSpans(t, nil) }

// appendSpans implements spanAppender.
func (d *EmailDetector) appendSpans(t *Text, out []Span) []Span {
	s := t.Orig
	from := 0
	for {
		at, w := nextAt(t.Lower, from)
		if at < 0 {
			break
		}
		from = at + w
		// The at-sign may stand between single spaces: "kari @ gmail.com",
		// "kari.nordmann [at] gmail.com".
		lEnd, dStart := at, at+w
		if at > 0 && s[at-1] == ' ' && dStart < len(s) && s[dStart] == ' ' {
			lEnd, dStart = at-1, dStart+1
		} else if w == 1 && dStart+1 < len(s) && s[dStart] == ' ' && at > 0 && isLocalRune(rune(s[at-1])) {
			dStart++ // "per.lie@ online.no": a space typed after the at-sign
		}
		// local part, walking back
		i := lEnd
		for i > 0 && lEnd-i < maxEmailPart {
			r, n := utf8.DecodeLastRuneInString(s[:i])
			if !isLocalRune(r) {
				break
			}
			i -= n
		}
		for i < lEnd && strings.IndexByte(".'-", s[i]) >= 0 {
			i++ // an address does not start with these
		}
		if i == lEnd || s[lEnd-1] == '.' {
			continue
		}
		// domain, walking forward
		j := dStart
		for j < len(s) && j-dStart < maxEmailPart {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !isDomainRune(r) {
				break
			}
			j += n
		}
		for j > dStart && (s[j-1] == '.' || s[j-1] == '-') {
			j--
		}
		if !domainOK(s[dStart:j]) {
			// "gmail. com", "outlook .com", "hotmail,no": the last dot
			// typed with a space or as a comma before a known top-level
			// domain.
			k := tldAfter(s, j)
			if k < 0 || strings.Contains(s[dStart:j], "..") || j-dStart < 3 ||
				strings.IndexFunc(s[dStart:j], unicode.IsLetter) < 0 {
				continue
			}
			j = k
		}
		out = append(out, Span{Start: i, End: j, Category: Email, Rule: "email.address"})
		from = j
	}
	return append(out, spelledEmails(t)...)
}

// domainOK reports whether dom is a domain with a letter TLD of two or more.
func domainOK(dom string) bool {
	dot := strings.LastIndexByte(dom, '.')
	if dot <= 0 || strings.Contains(dom, "..") || dom[0] == '-' || dom[0] == '.' {
		return false
	}
	tld := dom[dot+1:]
	return utf8.RuneCountInString(tld) >= 2 && strings.IndexFunc(tld, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

// tldAfter returns where a known top-level domain ends when s[j:] holds
// ". tld", " .tld" or ",tld" and nothing of a word after it, else -1.
func tldAfter(s string, j int) int {
	rest := s[j:]
	var skip int
	switch {
	case strings.HasPrefix(rest, ". "), strings.HasPrefix(rest, " ."):
		skip = 2
	case strings.HasPrefix(rest, ","):
		skip = 1
	default:
		return -1
	}
	k := j + skip
	e := k
	for e < len(s) && s[e] >= 'a' && s[e] <= 'z' {
		e++
	}
	if e == k || !spelledTLDs[s[k:e]] || e < len(s) && (isDomainRune(rune(s[e])) && s[e] != '.') {
		return -1
	}
	return e
}

// spelledTLDs end an address spelled out in words.
var spelledTLDs = map[string]bool{"com": true, "no": true, "net": true, "org": true, "se": true, "dk": true,
	"uk": true, "fi": true, "is": true, "de": true, "eu": true, "info": true, "io": true, "nu": true}

// mailWords name an e-mail address.
var mailWords = map[string]bool{"epost": true, "e-post": true, "eposten": true, "e-posten": true, "mail": true,
	"mailen": true, "e-mail": true, "email": true, "e-mailen": true, "mejl": true, "mejlen": true, "mailadresse": true,
	"mailadressen": true, "epostadresse": true, "e-postadresse": true, "e-postadressen": true, "mejladress": true,
	"e-postadress": true, "adresse": true, "adressen": true, "adressa": true, "address": true}

// mailWordBefore reports whether one of the three tokens before token i
// is a word for e-mail.
func mailWordBefore(t *Text, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if mailWords[t.Word(k)] {
			return true
		}
	}
	return false
}

// spelledEmails finds addresses spelled out against harvesters: "kari at
// gmail dot com", "ola.hansen at online dot no": a local part, "at", one or
// more domain labels joined by "dot", and a known top-level domain.
func spelledEmails(t *Text) []Span {
	if !strings.Contains(t.Lower, " dot ") {
		return nil
	}
	var out []Span
	n := len(t.Tokens)
	for k := 1; k+3 < n; k++ {
		if t.Word(k) != "at" {
			continue
		}
		// domain labels: w (dot w)+ ending in a TLD
		end := -1
		for m := k + 1; m+2 < n; m += 2 {
			if t.Word(m+1) != "dot" {
				break
			}
			if spelledTLDs[t.Word(m+2)] {
				end = m + 2
			}
		}
		if end < 0 {
			continue
		}
		// The local part is the token before "at", with its dotted parts
		// ("kari.nordmann" is one token run joined by dots).
		start := t.Tokens[k-1].Start
		for start > 0 {
			r, w := utf8.DecodeLastRuneInString(t.Orig[:start])
			if !isLocalRune(r) {
				break
			}
			start -= w
		}
		for start < t.Tokens[k-1].Start && strings.IndexByte(".'-", t.Orig[start]) >= 0 {
			start++
		}
		// Plain words around "at ... dot" are also English ("look at this
		// dot com"): the local part must look like one (a '.', '_', '-',
		// '+' or a digit) or follow a word for e-mail.
		if !strings.ContainsAny(t.Orig[start:t.Tokens[k-1].End], "._-+0123456789") && !mailWordBefore(t, k-1) {
			continue
		}
		out = append(out, Span{Start: start, End: t.Tokens[end].End, Category: Email, Rule: "email.spelled"})
		k = end
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
		Rules: []RuleDoc{
			{"email.address", "local-part@domain.tld with a letter TLD of two or more; the at-sign may stand between spaces or have one after it, and the last dot before a known TLD a space beside it or be a comma (a space after a dot of the local part is not joined: it is more often a sentence's end)"},
			{"email.spelled", "an address spelled out: kari at gmail dot com"},
		},
	}
}

// Version implements Versioner; bump it when the rules above change.
func (*EmailDetector) Version() string { return "email-5" }
