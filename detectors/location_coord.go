package detectors

import (
	"regexp"
	"strings"
)

// Coordinates: decimal degrees ("58.3405, 8.5934"), degrees and minutes with
// hemisphere letters ("58°20′N 8°35′Ø"), and hemisphere-first decimals
// ("N 58.34 E 8.59"). Go's regexp runs in linear time; a byte scan decides
// whether it runs at all.
var (
	coordDecimal = regexp.MustCompile(`-?\b\d{1,3}[.,]\d{3,8}\s*[,;/]?\s+-?\d{1,3}[.,]\d{3,8}\b`)
	coordDMS     = regexp.MustCompile(`\b\d{1,3}\s?°\s?(?:\d{1,2}(?:[.,]\d+)?\s?['′’]\s?)?(?:\d{1,2}(?:[.,]\d+)?\s?(?:["″”]|''|′′)\s?)?[NSØEVWØnsøevw]\b?(?:\s*,?\s*\d{1,3}\s?°\s?(?:\d{1,2}(?:[.,]\d+)?\s?['′’]\s?)?(?:\d{1,2}(?:[.,]\d+)?\s?(?:["″”]|''|′′)\s?)?[NSØEVWØnsøevw]\b?)?`)
	coordHemi    = regexp.MustCompile(`\b[NS]\s?\d{1,3}(?:[.,]\d+|°\s?\d{1,2}(?:[.,]\d+)?['′]?)\s*,?\s*[EØWV]\s?\d{1,3}(?:[.,]\d+|°\s?\d{1,2}(?:[.,]\d+)?['′]?)`)
)

// findCoordinates returns the coordinates written in s.
func findCoordinates(s string) []Span {
	deg, dec, hemi := coordSigns(s)
	if !deg && dec == 0 && !hemi {
		return nil
	}
	var out []Span
	add := func(re *regexp.Regexp, rule string) {
		for _, m := range re.FindAllStringIndex(s, -1) {
			out = append(out, Span{Start: m[0], End: m[1], Category: Location, Rule: rule})
		}
	}
	if dec >= 2 && decimalPair(s) {
		add(coordDecimal, "location.coordinates")
	}
	if deg {
		add(coordDMS, "location.coordinates")
	}
	if hemi {
		add(coordHemi, "location.coordinates")
	}
	return out
}

// coordSigns finds the cheap signs of coordinates at byte i from 1 to
// len(s)-4: a degree sign (deg), decimal points or commas between a digit
// and three more (dec counts them), a hemisphere letter before a digit or
// a space and a digit (hemi). Each is searched for, not scanned byte by byte.
func coordSigns(s string) (deg bool, dec int, hemi bool) {
	last := len(s) - 4
	if last < 1 {
		return false, 0, false
	}
	k := strings.Index(s[1:], "°")
	deg = k >= 0 && 1+k <= last
	for _, sep := range [2]byte{'.', ','} {
		for i := indexFrom(s, 1, sep); i >= 0 && i <= last; i = indexFrom(s, i+1, sep) {
			if isDigitByte(s[i-1]) && isDigitByte(s[i+1]) && isDigitByte(s[i+2]) && isDigitByte(s[i+3]) {
				dec++
			}
		}
	}
	for _, h := range [2]byte{'N', 'S'} {
		for i := indexFrom(s, 0, h) + 1; i > 0 && i <= last && !hemi; i = indexFrom(s, i, h) + 1 {
			hemi = isDigitByte(s[i]) || s[i] == ' ' && isDigitByte(s[i+1])
		}
	}
	return deg, dec, hemi
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// decimalPair reports whether s may hold a match of coordDecimal: a decimal
// point or comma after a digit with a run of 3 to 8 digits after it, then a
// run of white space, commas, semicolons and slashes holding some white
// space, then an optional minus and 1 to 3 digits, a point or comma and
// three digits. It leaves out only the word boundaries and the order of
// the separators, so where it is false the expression matches nothing;
// the regular expression cost about 100,000 instructions a text, which a
// date and an account number ("12.03.2019", "1234.56.78903") wake by
// dec alone.
func decimalPair(s string) bool {
	for i := 1; i < len(s); i++ {
		if c := s[i]; c != '.' && c != ',' || !isDigitByte(s[i-1]) {
			continue
		}
		p := i + 1
		for p < len(s) && isDigitByte(s[p]) {
			p++
		}
		if d := p - (i + 1); d < 3 || d > 8 {
			continue
		}
		space := false
		for ; p < len(s); p++ {
			c := s[p]
			if c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' {
				space = true
			} else if c != ',' && c != ';' && c != '/' {
				break
			}
		}
		if !space || p == len(s) {
			continue
		}
		if s[p] == '-' {
			p++
		}
		q := p
		for q < len(s) && isDigitByte(s[q]) {
			q++
		}
		if r := q - p; r >= 1 && r <= 3 && q+3 < len(s) && (s[q] == '.' || s[q] == ',') &&
			isDigitByte(s[q+1]) && isDigitByte(s[q+2]) && isDigitByte(s[q+3]) {
			return true
		}
	}
	return false
}
