package detectors

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestIP(t *testing.T) {
	e := engineWith(t, NewIP(), NewNumber(DefaultNumberMinDigits))
	tests := []struct {
		name, text string
		want       []string
	}{
		{"ipv4", "ruteren har 192.168.10.4 som adresse", []string{"192.168.10.4|IP|ip.v4"}},
		{"ipv4 end of sentence", "IP-en min er 10.0.0.1.", []string{"10.0.0.1|IP|ip.v4"}},
		{"ipv4 beats number", "fra 203.113.100.200 i går", []string{"203.113.100.200|IP|ip.v4"}},
		{"ipv4 after colon", "ip:172.16.254.1", []string{"172.16.254.1|IP|ip.v4"}},
		{"ipv4 with port", "koble til 10.0.0.12:8080 nå", []string{"10.0.0.12|IP|ip.v4"}},
		{"ipv4 with bad port", "koble til 10.0.0.12:80a nå", nil},
		{"octet too big", "koden 300.1.1.1 virker ikke", nil},
		{"version string", "versjon 1.2.3.4.5 er ute", nil},
		{"three parts", "versjon 1.2.3 er ute", nil},
		{"four parts after versjon", "appen er på versjon 4.2.10.1 nå", nil},
		{"four parts after Version", "running Version 10.0.1.3 here", nil},
		{"address after another word", "serveren 10.2.3.4 svarer", []string{"10.2.3.4|IP|ip.v4"}},
		{"leading zeros", "tallet 01.02.03.04", nil},
		{"ipv6 compressed", "adressen 2001:db8::1 svarer", []string{"2001:db8::1|IP|ip.v6"}},
		{"ipv6 full", "host 2001:0db8:85a3:0000:0000:8a2e:0370:7334 nede", []string{"2001:0db8:85a3:0000:0000:8a2e:0370:7334|IP|ip.v6"}},
		{"ipv6 link local", "fe80::1 er lokal", []string{"fe80::1|IP|ip.v6"}},
		{"ipv6 embedded ipv4", "mapped ::ffff:192.0.2.128 here", []string{"::ffff:192.0.2.128|IP|ip.v6"}},
		{"ipv6 bracketed with port", "http://[2001:db8::7]:8080/", []string{"2001:db8::7|IP|ip.v6"}},
		{"clock", "møtet er 10:30:00 i dag", nil},
		{"bare double colon", "a::b og ::", nil},
		{"zero groups", "::000 og ::0000", nil},
		{"glued to more after a colon", "2001:db8::1:xyz", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sameList(t, found(tc.text, e.Detect(tc.text, "nb")), tc.want)
		})
	}
}

// ipScanByBytes is the byte-by-byte scan Detect used before it jumped from
// dot to colon: the reference TestIPScanMatchesByteScan holds it to.
func ipScanByBytes(s string) []Span {
	var out []Span
	for i := 0; i < len(s); {
		c := ipClass[s[i]]
		if c == 0 || c == ipDot {
			i++
			continue
		}
		j, seen := i, uint8(0)
		for j < len(s) && ipClass[s[j]] != 0 {
			seen |= ipClass[s[j]]
			j++
		}
		if seen&(ipDot|ipColon) != 0 {
			if sp, ok := ipSpan(s, i, j); ok {
				out = append(out, sp)
			}
		}
		i = j
	}
	return out
}

// TestIPScanMatchesByteScan compares Detect with the byte scan on random
// texts of address bytes, words and punctuation.
func TestIPScanMatchesByteScan(t *testing.T) {
	pieces := []string{"1", "10", "192", "255", "0", ".", ".", ":", "::", "a", "f", "bed", "x", " ", " ", "-", "IP ",
		"fe80", "2001:db8", "10.0.0.1", ":8080", "..", "v", "å", "\n"}
	rng := rand.New(rand.NewPCG(1, 2))
	d := NewIP()
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.IntN(14); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		got := d.Detect(NewText(s, "en"))
		want := ipScanByBytes(s)
		if len(got) != len(want) || (len(got) > 0 && !slices.Equal(got, want)) {
			t.Fatalf("%q: got %v, want %v", s, got, want)
		}
	}
}
