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
