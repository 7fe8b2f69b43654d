package detectors

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// NumberDetector finds numbers of MinDigits or more digits (detection.md,
// NUMBER): digit groups joined by one space, '.', '-' or '/' (and the odd
// spaces and dashes chat text carries) are one number; a leading '+' belongs
// to it, and letters glued to it come with the token. Clock times and
// opening-hour ranges are not numbers. The rule id names a validated subtype
// where one fits (see numberRule).
type NumberDetector struct {
	minDigits int
}

var _ Detector = (*NumberDetector)(nil)
var _ Versioner = (*NumberDetector)(nil)

// NewNumber returns a NUMBER detector with the given digit threshold
// (values below 1 mean DefaultNumberMinDigits).
func NewNumber(minDigits int) *NumberDetector {
	if minDigits < 1 {
		minDigits = DefaultNumberMinDigits
	}
	return &NumberDetector{minDigits: minDigits}
}

// Name implements Detector.
func (*NumberDetector) Name() string { return "number" }

// Keywords implements Detector: nil, numbers need no keyword.
func (*NumberDetector) Keywords() []string { return nil }

// Version implements Versioner.
func (d *NumberDetector) Version() string { return fmt.Sprintf("number-5/min=%d", d.minDigits) }

// numGroup is a run of ASCII digits; sep is the joiner before it (0 for the
// first group).
type numGroup struct {
	start, end int
	sep        rune
}

// joiner reports whether r may join two digit groups of one number.
func joiner(r rune) bool {
	switch r {
	case ' ', '.', '-', '/',
		'\u00a0', // no-break space
		'\u2007', // figure space
		'\u2009', // thin space
		'\u202f', // narrow no-break space
		'\u2010', // hyphen
		'\u2011', // non-breaking hyphen
		'\u2012', // figure dash
		'\u2013', // en dash
		'\u2212': // minus sign
		return true
	}
	return false
}

func isDash(r rune) bool {
	switch r {
	case '-', '/', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
		return true
	}
	return false
}

// openParen reports whether the digits at i follow "(" or "(+".
func openParen(s string, i int) bool {
	if i > 0 && s[i-1] == '+' {
		i--
	}
	return i > 0 && s[i-1] == '('
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// nextDigit returns the index of the first ASCII digit in s at or after i,
// or len(s). It tests eight bytes at a time: most of a message is letters.
func nextDigit(s string, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(s); i += 8 {
		// A byte b is a digit when b^'0' < 10: the classic has-less-than
		// test on x = word^"00000000" finds any such byte.
		x := le64(s, i) ^ ones*'0'
		if (x-ones*10)&^x&highs != 0 {
			break
		}
	}
	for ; i < len(s) && !isDigit(s[i]); i++ {
	}
	return i
}

// maxNumberGroups bounds the groups of one chain, so a long run of "1 1 1 1"
// is cut into several numbers rather than examined as one.
const maxNumberGroups = 64

// Detect implements Detector.
func (d *NumberDetector) Detect(t *Text) []Span { return d.appendSpans(t, nil) }

// appendSpans implements spanAppender.
func (d *NumberDetector) appendSpans(t *Text, out []Span) []Span {
	s := t.Orig
	// A chain's groups sit in an array on the stack: no allocation for
	// the groups of a message's numbers.
	var groupBuf [maxNumberGroups]numGroup
	groups := groupBuf[:0]
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			i = nextDigit(s, i+1)
			continue
		}
		groups = groups[:0]
		j := i
		var sep rune
		// open: a '(' before the current group waits for its ')'.
		open := openParen(s, i)
		for {
			k := j
			for k < len(s) && isDigit(s[k]) {
				k++
			}
			groups = append(groups, numGroup{start: j, end: k, sep: sep})
			j = k
			if j >= len(s) || len(groups) >= maxNumberGroups {
				break
			}
			r, n := utf8.DecodeRuneInString(s[j:])
			// A bracketed country, trunk or area code belongs to the
			// number: "(+47) 412 34 567", "(08) 123 45 67",
			// "+46 (0)8 123 456 78".
			if r == ')' && open && len(groups) <= 2 {
				if j+1 < len(s) && isDigit(s[j+1]) {
					open, sep = false, ' '
					j++
					continue
				}
				if j+2 < len(s) && s[j+1] == ' ' && isDigit(s[j+2]) {
					open, sep = false, ' '
					j += 2
					continue
				}
				break
			}
			if r == ' ' && !open && len(groups) == 1 && j+2 < len(s) && s[j+1] == '(' && isDigit(s[j+2]) && groups[0].start > 0 && s[groups[0].start-1] == '+' {
				open, sep = true, ' '
				j += 2
				continue
			}
			if r == '+' && j+n < len(s) && isDigit(s[j+n]) {
				// Swedish personnummer of someone over 100: 121212+1212.
				if l := k - groups[len(groups)-1].start; l != 6 && l != 8 {
					break
				}
			} else if !joiner(r) || j+n >= len(s) || !isDigit(s[j+n]) {
				break
			}
			sep = r
			j += n
		}
		next := groups[len(groups)-1].end
		if numberChain(s, groups) {
			if sp, ok := d.span(t, groups); ok {
				out = append(out, sp)
			}
		}
		i = next
	}
	ibs := ibans(s)
	if len(ibs) == 0 {
		return out
	}
	// An IBAN replaces the numbers found inside it, so its rule id stands;
	// a number reaching beyond it stays and the two merge.
	kept := out[:0]
	for _, sp := range out {
		inside := false
		for _, ib := range ibs {
			if ib.Start <= sp.Start && sp.End <= ib.End {
				inside = true
				break
			}
		}
		if !inside {
			kept = append(kept, sp)
		}
	}
	return append(kept, ibs...)
}

// ibanLen is the IBAN length of each country in the SWIFT IBAN registry
// (ISO 13616), so a candidate is cut where its country says it ends.
var ibanLen = func() map[string]int {
	m := make(map[string]int)
	for _, f := range strings.Fields("AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 " +
		"DE22 DK18 DO28 EE20 EG29 ES24 FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 " +
		"IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 NO15 " +
		"PK24 PL28 PS29 PT25 QA29 RO24 RS22 SA24 SC31 SE24 SI19 SK24 SM27 ST25 SV28 TL23 TN24 TR26 UA29 VA22 " +
		"VG24 XK20") {
		m[f[:2]] = int(f[2]-'0')*10 + int(f[3]-'0')
	}
	return m
}()

func isAlnum(c byte) bool { return isDigit(c) || isASCIILetter(c) }

// ibans finds IBANs whose account part may hold letters, written whole or
// in groups joined by single spaces ("GB29 NWBK 6016 1331 9268 19"): a
// country of the registry, two check digits, then letters and digits up to
// the country's length, ending where a group ends, at least seven digits in
// all, passing the mod-97 check. Digit-only IBANs are numbers anyway; the
// overlap merges.
func ibans(s string) []Span {
	var out []Span
	for i := 0; i+4 <= len(s); i++ {
		// No digit in the eight bytes from i+3: no IBAN starts at i to
		// i+7, each needing one at its fourth byte. Most chat has few
		// digits.
		for i+11 <= len(s) && !hasDigit8(le64(s, i+3)) {
			i += 8
		}
		if i+4 > len(s) {
			break
		}
		if !isDigit(s[i+3]) {
			i++ // no IBAN starts at i or i+1: both need a digit at i+3
			continue
		}
		if !isDigit(s[i+2]) || !isASCIILetter(s[i]) || !isASCIILetter(s[i+1]) || (i > 0 && isAlnum(s[i-1])) {
			continue
		}
		want := ibanLen[string([]byte{s[i] &^ 0x20, s[i+1] &^ 0x20})] // ASCII upper case
		if want == 0 {
			continue
		}
		var buf [34]byte
		n, j := 0, i
		for j < len(s) && n < want {
			if isAlnum(s[j]) {
				buf[n] = s[j]
				n++
				j++
				continue
			}
			if s[j] == ' ' && j+1 < len(s) && isAlnum(s[j+1]) {
				j++
				continue
			}
			break
		}
		if n < want || (j < len(s) && isAlnum(s[j])) || !ibanChars(buf[:n]) {
			continue
		}
		out = append(out, Span{Start: i, End: j, Category: Number, Rule: "number.iban"})
		i = j - 1
	}
	return out
}

// hasDigit8 reports whether any of the eight bytes of x is an ASCII
// digit: the seven low bits of a byte plus 0x50 reach 0x80 from '0' up,
// plus 0x46 from '9'+1 up (no carry into the next byte: 0x7F+0x50 is
// below 0x100), and the byte's own high bit must be clear.
func hasDigit8(x uint64) bool {
	low := x &^ asciiHigh
	return (low+0x50*asciiOnes)&^(low+0x46*asciiOnes)&^x&asciiHigh != 0
}

// ibanChars reports whether c (country, check digits, account part) is an
// IBAN with seven or more digits and a valid mod-97 check (ibanOK).
func ibanChars(c []byte) bool {
	digits := 0
	for _, b := range c {
		if isDigit(b) {
			digits++
		}
	}
	return digits >= 7 && ibanOK(string(c[:2]), c[2:])
}

// numberChain reports whether a chain of groups may be a number: not when
// its parts between dashes are all clock times (an opening-hour range) or
// two years.
func numberChain(s string, gs []numGroup) bool {
	parts := 1
	slash := false // "2024/1234" is a case number, not the clock range 20:24-12:34
	for k := 1; k < len(gs); k++ {
		if isDash(gs[k].sep) {
			parts++
			slash = slash || gs[k].sep == '/'
		}
	}
	if parts == 1 {
		return true
	}
	allTimes, allYears := true, true
	start := 0
	for k := 1; k <= len(gs); k++ {
		if k < len(gs) && !isDash(gs[k].sep) {
			continue
		}
		p := gs[start:k]
		start = k
		if !isClock(s, p, true) {
			allTimes = false
		}
		if len(p) != 1 || !isYear(s[p[0].start:p[0].end]) {
			allYears = false
		}
	}
	return !(allTimes && !slash || allYears && parts == 2)
}

// isClock reports whether groups p are a clock time: "10.00", "8.30" or,
// in a range, "0800".
func isClock(s string, p []numGroup, inRange bool) bool {
	switch len(p) {
	case 1:
		g := s[p[0].start:p[0].end]
		return inRange && len(g) == 4 && atoi(g[:2]) <= 24 && atoi(g[2:]) <= 59
	case 2:
		h, m := s[p[0].start:p[0].end], s[p[1].start:p[1].end]
		return p[1].sep == '.' && len(h) <= 2 && atoi(h) <= 24 && len(m) == 2 && atoi(m) <= 59
	}
	return false
}

func isYear(g string) bool {
	if len(g) != 4 {
		return false
	}
	y := atoi(g)
	return y >= 1900 && y <= 2099
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// span turns one chain into a NUMBER span when it has enough digits.
func (d *NumberDetector) span(t *Text, gs []numGroup) (Span, bool) {
	s := t.Orig
	var buf [64]byte
	digits := buf[:0]
	for _, g := range gs {
		digits = append(digits, s[g.start:g.end]...)
	}
	if len(digits) < d.minDigits {
		return Span{}, false
	}
	if isIPv4Chain(s, gs) {
		return Span{}, false // the IP detector's
	}
	start, end := gs[0].start, gs[len(gs)-1].end
	plus := start > 0 && s[start-1] == '+'
	if plus {
		start--
	}
	if len(gs) > 1 && start > 0 && s[start-1] == '(' && strings.IndexByte(s[gs[0].end:end], ')') >= 0 {
		start-- // keep the brackets balanced in the masked text
	}
	// Letters glued before the number (an IBAN's country, "ref").
	ls := gs[0].start
	for ls > 0 && isASCIILetter(s[ls-1]) {
		ls--
	}
	prefix := s[ls:gs[0].start]
	return Span{Start: start, End: end, Category: Number, Rule: numberRule(digits, gs, prefix, plus, s, t.Lang)}, true
}

func isASCIILetter(c byte) bool { return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') }

func isIPv4Chain(s string, gs []numGroup) bool {
	if len(gs) != 4 {
		return false
	}
	for k, g := range gs {
		if k > 0 && g.sep != '.' {
			return false
		}
		if g.end-g.start > 3 || atoi(s[g.start:g.end]) > 255 {
			return false
		}
	}
	return true
}

// numberRule names the subtype of a number: the first validated one that
// fits, else "number.digits".
func numberRule(digits []byte, gs []numGroup, prefix string, plus bool, s, lang string) string {
	n := len(digits)
	if len(prefix) == 2 && n >= 13 && n <= 32 && ibanOK(prefix, digits) {
		return "number.iban"
	}
	if plus || (n >= 10 && digits[0] == '0' && digits[1] == '0' && len(gs) > 1) {
		return "number.phone"
	}
	switch n {
	case 11:
		if fnrOK(digits) {
			return "number.no_fnr"
		}
		if mod11(digits[:10], []int{5, 4, 3, 2, 7, 6, 5, 4, 3, 2}) == int(digits[10]-'0') {
			return "number.no_account"
		}
	case 10:
		se := validDate(digits[0:2], digits[2:4], digits[4:6], true) && luhn(digits)
		dk := validDate(digits[4:6], digits[2:4], digits[0:2], false)
		sepPlus := len(gs) == 2 && gs[1].sep == '+'
		switch {
		case se && (lang == "sv" || sepPlus || !dk):
			return "number.se_pnr"
		case dk && (len(gs) == 1 || (len(gs) == 2 && gs[0].end-gs[0].start == 6)):
			return "number.dk_cpr"
		case se:
			return "number.se_pnr"
		}
		if digits[0] == '0' {
			return "number.phone"
		}
	case 12:
		if (digits[0] == '1' && digits[1] == '9' || digits[0] == '2' && digits[1] == '0') &&
			validDate(digits[2:4], digits[4:6], digits[6:8], true) && luhn(digits[2:]) {
			return "number.se_pnr"
		}
	case 8:
		if digits[0] >= '2' && !isDateShape(s, gs) {
			return "number.phone"
		}
	}
	if n >= 13 && n <= 19 && digits[0] >= '2' && digits[0] <= '6' && luhn(digits) {
		return "number.card"
	}
	return "number.digits"
}

// isDateShape reports whether the groups read as DD.MM.YYYY.
func isDateShape(s string, gs []numGroup) bool {
	if len(gs) != 3 || gs[1].end-gs[1].start != 2 || gs[2].end-gs[2].start != 4 {
		return false
	}
	d, m := atoi(s[gs[0].start:gs[0].end]), atoi(s[gs[1].start:gs[1].end])
	return d >= 1 && d <= 31 && m >= 1 && m <= 12
}

// validDate checks a two-digit day and month; yy is not checked. Swedish
// coordination numbers add 60 to the day, Norwegian D-numbers 40 (handled by
// fnrOK), so se allows day+60.
func validDate(yy, mm, dd []byte, se bool) bool {
	_ = yy
	m := atoi(string(mm))
	d := atoi(string(dd))
	if se && d > 60 {
		d -= 60
	}
	return m >= 1 && m <= 12 && d >= 1 && d <= 31
}

// fnrOK validates a Norwegian fødselsnummer or D-number: a date (day+40
// for D-numbers, month+40 or +80 for H- and test numbers) and both mod-11
// check digits.
func fnrOK(d []byte) bool {
	day := atoi(string(d[0:2]))
	mon := atoi(string(d[2:4]))
	if day > 40 {
		day -= 40
	}
	if mon > 80 {
		mon -= 80
	} else if mon > 40 {
		mon -= 40
	}
	if day < 1 || day > 31 || mon < 1 || mon > 12 {
		return false
	}
	k1 := mod11(d[:9], []int{3, 7, 6, 1, 8, 9, 4, 5, 2})
	if k1 < 0 || k1 != int(d[9]-'0') {
		return false
	}
	k2 := mod11(d[:10], []int{5, 4, 3, 2, 7, 6, 5, 4, 3, 2})
	return k2 >= 0 && k2 == int(d[10]-'0')
}

// mod11 returns the mod-11 check digit of d with weights w, or -1 when
// there is none (remainder 1).
func mod11(d []byte, w []int) int {
	sum := 0
	for i, c := range d {
		sum += int(c-'0') * w[i]
	}
	k := 11 - sum%11
	switch k {
	case 11:
		return 0
	case 10:
		return -1
	}
	return k
}

// luhn validates the Luhn check digit (the last digit of d).
func luhn(d []byte) bool {
	sum := 0
	double := false
	for i := len(d) - 1; i >= 0; i-- {
		v := int(d[i] - '0')
		if double {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
		double = !double
	}
	return sum%10 == 0
}

// ibanOK validates an IBAN given as its country letters cc and the rest,
// check digits first (letters in the account part allowed): mod-97 of the
// rearranged number is 1.
func ibanOK(cc string, digits []byte) bool {
	if len(digits) < 4 {
		return false
	}
	rem := 0
	add := func(c byte) {
		switch {
		case isDigit(c):
			rem = (rem*10 + int(c-'0')) % 97
		case 'a' <= c && c <= 'z':
			rem = (rem*100 + int(c-'a'+10)) % 97
		case 'A' <= c && c <= 'Z':
			rem = (rem*100 + int(c-'A'+10)) % 97
		}
	}
	for _, c := range digits[2:] {
		add(c)
	}
	add(cc[0])
	add(cc[1])
	add(digits[0])
	add(digits[1])
	return rem == 1
}

// Describe implements Describer.
func (d *NumberDetector) Describe() DetectorDoc {
	return DetectorDoc{
		Categories: []Category{Number},
		Summary: fmt.Sprintf("Digit groups joined by one space, '.', '-', '/' (also no-break and thin spaces, en and figure dashes) "+
			"with %d or more digits in total; a leading '+' and glued letters belong to the span. "+
			"Clock times, opening-hour ranges (10.00-15.30, 0800-1600) and year ranges (2019-2023) are not numbers; "+
			"IPv4 addresses are left to the IP detector.", d.minDigits),
		Rules: []RuleDoc{
			{"number.no_fnr", "Norwegian fødselsnummer or D-number: 11 digits, valid date, both mod-11 check digits"},
			{"number.no_account", "Norwegian account number: 11 digits with a mod-11 check digit"},
			{"number.dk_cpr", "Danish CPR number: DDMMYY plus 4 digits"},
			{"number.se_pnr", "Swedish personnummer: (YY)YYMMDD-NNNN (or '+') with a Luhn check digit"},
			{"number.card", "payment card: 13-19 digits with a Luhn check digit"},
			{"number.iban", "IBAN: country letters and check digits, then the account part (digits, or letters and digits whole or in groups), mod-97 check"},
			{"number.phone", "phone number: '+' country code, 00 prefix, 8-digit Nordic or 10-digit 0-prefixed shapes"},
			{"number.digits", "any other number of enough digits (dates DD.MM.YYYY included)"},
		},
	}
}
