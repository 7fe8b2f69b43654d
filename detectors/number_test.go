package detectors

import (
	"strings"
	"testing"
)

func TestNumber(t *testing.T) {
	e := engineWith(t, NewNumber(DefaultNumberMinDigits))
	tests := []struct {
		name, text, lang string
		want             []string
	}{
		{"plain eight digits", "ring meg på 41234567 i morgen", "nb", []string{"41234567|NUMBER|number.phone"}},
		{"phone in groups", "nummeret er 412 34 567.", "nb", []string{"412 34 567|NUMBER|number.phone"}},
		{"phone with country code", "ring +47 412 34 567 etter kl 16", "nb", []string{"+47 412 34 567|NUMBER|number.phone"}},
		{"danish phone pairs", "mit nummer er 22 33 44 55", "da", []string{"22 33 44 55|NUMBER|number.phone"}},
		{"bracketed country code", "ring (+47) 412 34 567", "nb", []string{"(+47) 412 34 567|NUMBER|number.phone"}},
		{"bracketed area code", "ring (08) 123 45 67", "sv", []string{"(08) 123 45 67|NUMBER|number.digits"}},
		{"bracketed trunk zero", "ring +46 (0)8 123 456 78 idag", "sv", []string{"+46 (0)8 123 456 78|NUMBER|number.phone"}},
		{"bracketed trunk zero uk", "call +44 (0)20 7946 0958", "en", []string{"+44 (0)20 7946 0958|NUMBER|number.phone"}},
		{"bracket glued", "(12)3456789", "nb", []string{"(12)3456789|NUMBER|number.digits"}},
		{"list item bracket not joined", "punkt (2) og 1234567", "nb", []string{"1234567|NUMBER|number.digits"}},
		{"swedish mobile", "ring 070-123 45 67 tack", "sv", []string{"070-123 45 67|NUMBER|number.phone"}},
		{"fnr valid", "fødselsnummer 01010150074 ligger i skjemaet", "nb", []string{"01010150074|NUMBER|number.no_fnr"}},
		{"fnr with space", "personnr 010101 50074 takk", "nb", []string{"010101 50074|NUMBER|number.no_fnr"}},
		{"d-number", "d-nummer 41010150068", "nb", []string{"41010150068|NUMBER|number.no_fnr"}},
		{"fnr bad check is digits", "nummer 01010150075 her", "nb", []string{"01010150075|NUMBER|number.digits"}},
		{"account dotted", "kontonummer 1234.56.78903 for betaling", "nb", []string{"1234.56.78903|NUMBER|number.no_account"}},
		{"cpr", "mit cpr er 010190-1234", "da", []string{"010190-1234|NUMBER|number.dk_cpr"}},
		{"swedish pnr 10", "personnummer 811218-9876 tack", "sv", []string{"811218-9876|NUMBER|number.se_pnr"}},
		{"swedish pnr 12", "mitt nummer 19811218-9876", "sv", []string{"19811218-9876|NUMBER|number.se_pnr"}},
		{"swedish pnr plus", "farfar har 121212+1212", "sv", []string{"121212+1212|NUMBER|number.se_pnr"}},
		{"card", "kortet 4111 1111 1111 1111 ble belastet", "nb", []string{"4111 1111 1111 1111|NUMBER|number.card"}},
		{"iban", "IBAN NO93 8601 1117 947 takk", "nb", []string{"NO93 8601 1117 947|NUMBER|number.iban"}},
		{"iban with letters in groups", "send til GB29 NWBK 6016 1331 9268 19 takk", "nb", []string{"GB29 NWBK 6016 1331 9268 19|NUMBER|number.iban"}},
		{"iban with letters whole", "kontoen min er NL91ABNA0417164300.", "nb", []string{"NL91ABNA0417164300|NUMBER|number.iban"}},
		{"iban letters late in the account", "IBAN FR14 2004 1010 0505 0001 3M02 606, hilsen", "nb", []string{"FR14 2004 1010 0505 0001 3M02 606|NUMBER|number.iban"}},
		{"iban lowercase", "iban gb29 nwbk 6016 1331 9268 19", "en", []string{"gb29 nwbk 6016 1331 9268 19|NUMBER|number.iban"}},
		{"iban bad check keeps only the digits", "GB29 NWBK 6016 1331 9268 18 ok", "en", []string{"6016 1331 9268 18|NUMBER|number.digits"}},
		{"number after an iban merges", "GB29 NWBK 6016 1331 9268 19 41234567", "en", []string{"GB29 NWBK 6016 1331 9268 19 41234567|NUMBER|number.iban"}},
		{"glued letters", "saken har ref12345678 hos oss", "nb", []string{"ref12345678|NUMBER|number.digits"}},
		{"case number", "saksnummer 2023/12345", "nb", []string{"2023/12345|NUMBER|number.digits"}},
		{"money", "det koster kr 1 250 000 totalt", "nb", []string{"1 250 000|NUMBER|number.digits"}},
		{"date eight digits", "født 12.03.1985 på Ullevål", "nb", []string{"12.03.1985|NUMBER|number.digits"}},
		{"nbsp inside", "tlf 412\u00a034\u00a0567", "nb", []string{"412\u00a034\u00a0567|NUMBER|number.phone"}},
		{"thin and narrow spaces", "tlf 412\u200934\u202f567", "nb", []string{"412\u200934\u202f567|NUMBER|number.phone"}},
		{"en dash inside", "saken 2023\u201312345 er åpen", "nb", []string{"2023\u201312345|NUMBER|number.digits"}},
		{"six digits", "koden er 123456", "nb", nil},
		{"helpline", "ring 116 117 om natten", "nb", nil},
		{"short date", "født 12.03.85", "nb", nil},
		{"opening hours", "åpent 10.00-15.30 hver dag", "nb", nil},
		{"opening hours en dash", "åpent 08.00\u201315.30", "nb", nil},
		{"clock range spaced", "kl 08:00 - 16:00", "nb", nil},
		{"compact range", "åpent 0800-1600 alle dager", "nb", nil},
		{"case number of two clock-like groups", "saken har nummer 2024/1234", "nb", []string{"2024/1234|NUMBER|number.phone"}},
		{"school year with a slash", "skoleåret 2023/2024 starter snart", "nb", nil},
		{"year range", "i perioden 2019-2023 bodde jeg der", "nb", nil},
		{"ipv4 left to ip", "adressen 192.168.100.200 svarer ikke", "nb", nil},
		{"two numbers", "ring 41234567 eller 98765432", "nb", []string{"41234567|NUMBER|number.phone", "98765432|NUMBER|number.phone"}},
		{"seven digits", "bestilling 1234567", "en", []string{"1234567|NUMBER|number.digits"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sameList(t, found(tc.text, e.Detect(tc.text, tc.lang)), tc.want)
		})
	}
}

func TestNumberMinDigits(t *testing.T) {
	e, err := NewEngine(WithDetectors(NewNumber(5)))
	if err != nil {
		t.Fatal(err)
	}
	sameList(t, found("kode 12345 og 1234", e.Detect("kode 12345 og 1234", "nb")), []string{"12345|NUMBER|number.digits"})
	if _, err := NewEngine(WithNumberMinDigits(0)); err == nil {
		t.Error("WithNumberMinDigits(0) accepted")
	}
	a, err := NewEngine(WithNumberMinDigits(5))
	if err != nil {
		t.Fatal(err)
	}
	b, err := NewEngine()
	if err != nil {
		t.Fatal(err)
	}
	if a.Version() == b.Version() {
		t.Error("version does not depend on the digit threshold")
	}
	if got := found("kode 12345", a.Detect("kode 12345", "nb")); len(got) != 1 {
		t.Errorf("WithNumberMinDigits(5) not applied: %q", got)
	}
}

func TestChecksums(t *testing.T) {
	tests := []struct {
		name string
		ok   bool
		fn   func() bool
	}{
		{"luhn card", true, func() bool { return luhn([]byte("4111111111111111")) }},
		{"luhn bad", false, func() bool { return luhn([]byte("4111111111111112")) }},
		{"fnr", true, func() bool { return fnrOK([]byte("01010150074")) }},
		{"fnr bad second digit", false, func() bool { return fnrOK([]byte("01010150075")) }},
		{"fnr bad date", false, func() bool { return fnrOK([]byte("32130150074")) }},
		{"iban no", true, func() bool { return ibanOK("NO", []byte("9386011117947")) }},
		{"iban bad", false, func() bool { return ibanOK("NO", []byte("9386011117948")) }},
		{"iban gb", true, func() bool { return ibanOK("DK", []byte("5000400440116243")) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.fn(); got != tc.ok {
				t.Errorf("got %v want %v", got, tc.ok)
			}
		})
	}
}

// TestNextDigit checks the eight-bytes-at-a-time digit scan against a
// byte-by-byte one, at every start, on text with digits at every offset of
// a word, Nordic letters and the bytes around '0' and '9'.
func TestNextDigit(t *testing.T) {
	texts := []string{"", "7", "abcdefgh", "abcdefgh1", "æøå på gata 12b, 4876 grimstad",
		"/:;@AZaz\x7f\xc3\xa6\xe2\x80\x930", "kontonr 1234.56.78903 og tlf 40 00 00 00", "ingen tall her i det hele tatt, bare ord og æøå"}
	for k := 0; k < 16; k++ {
		texts = append(texts, strings.Repeat("x", k)+"5"+strings.Repeat("y", 16-k))
	}
	for _, s := range texts {
		for i := 0; i <= len(s); i++ {
			want := i
			for want < len(s) && !isDigit(s[want]) {
				want++
			}
			if got := nextDigit(s, i); got != want {
				t.Errorf("nextDigit(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}
