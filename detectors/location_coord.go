package detectors

import "regexp"

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
	deg, dec, hemi := false, 0, false
	for i := 1; i+3 < len(s); i++ {
		c := s[i]
		if c == 0xC2 && s[i+1] == 0xB0 { // °
			deg = true
		}
		if (c == '.' || c == ',') && isDigitByte(s[i-1]) && isDigitByte(s[i+1]) && isDigitByte(s[i+2]) && isDigitByte(s[i+3]) {
			dec++
		}
		if (s[i-1] == 'N' || s[i-1] == 'S') && (isDigitByte(c) || c == ' ' && isDigitByte(s[i+1])) {
			hemi = true
		}
	}
	if !deg && dec == 0 && !hemi {
		return nil
	}
	var out []Span
	add := func(re *regexp.Regexp, rule string) {
		for _, m := range re.FindAllStringIndex(s, -1) {
			out = append(out, Span{Start: m[0], End: m[1], Category: Location, Rule: rule})
		}
	}
	if dec >= 2 {
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

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }
