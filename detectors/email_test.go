package detectors

import "testing"

func TestEmail(t *testing.T) {
	e := engineWith(t, NewEmail(), NewNumber(DefaultNumberMinDigits))
	tests := []struct {
		name, text string
		want       []string
	}{
		{"plain", "send til kari.nordmann@gmail.com i dag", []string{"kari.nordmann@gmail.com|EMAIL|email.address"}},
		{"trailing period", "skriv til ola@firma.no.", []string{"ola@firma.no|EMAIL|email.address"}},
		{"in parentheses", "(post@kommune.no)", []string{"post@kommune.no|EMAIL|email.address"}},
		{"nordic letters", "min adresse er bjørn.åsen@møre.no!", []string{"bjørn.åsen@møre.no|EMAIL|email.address"}},
		{"plus and digits", "a+tag_1@sub.example.co.uk, takk", []string{"a+tag_1@sub.example.co.uk|EMAIL|email.address"}},
		{"digits inside beat number", "bruk 12345678@sms.no", []string{"12345678@sms.no|EMAIL|email.address"}},
		{"written at", "skriv til post(at)kommune.no i dag", []string{"post(at)kommune.no|EMAIL|email.address"}},
		{"bracketed at", "kari.n[AT]firma.dk", []string{"kari.n[AT]firma.dk|EMAIL|email.address"}},
		{"written at in prose", "ring (at) meg i morgen", nil},
		{"no tld", "skriv til ola@localhost", nil},
		{"handle", "følg @kommunen på insta", nil},
		{"at in prose", "møte @ 10 i dag", nil},
		{"at between spaces", "skriv til kari.n @ firma.no takk", []string{"kari.n @ firma.no|EMAIL|email.address"}},
		{"bracketed at between spaces", "eposten er ola.h [at] online.no", []string{"ola.h [at] online.no|EMAIL|email.address"}},
		{"at between spaces, no domain", "vi ses @ kafeen", nil},
		{"spelled with a dotted local part", "skriv til kari.nordmann at gmail dot com", []string{"kari.nordmann at gmail dot com|EMAIL|email.spelled"}},
		{"spelled after a mail word", "e-posten min er ola at firma dot no", []string{"ola at firma dot no|EMAIL|email.spelled"}},
		{"spelled words in english prose", "look at this dot com bubble", nil},
		{"a space after the at-sign", "send til per.lie@ online.no takk", []string{"per.lie@ online.no|EMAIL|email.address"}},
		{"a sentence's end before an address", "vi bor i Sogndal. kari.berg@firma.no", []string{"kari.berg@firma.no|EMAIL|email.address"}},
		{"a space after the last dot", "skriv til kim_b@gmail. com", []string{"kim_b@gmail. com|EMAIL|email.address"}},
		{"a space before the last dot", "mail me at ann.lee@outlook .com", []string{"ann.lee@outlook .com|EMAIL|email.address"}},
		{"a comma for the last dot", "adressen er tor99@hotmail,no", []string{"tor99@hotmail,no|EMAIL|email.address"}},
		{"a time after a spaced at-sign", "møtet er @ 10. dk", nil},
		{"two addresses", "a@b.no og c@d.se", []string{"a@b.no|EMAIL|email.address", "c@d.se|EMAIL|email.address"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sameList(t, found(tc.text, e.Detect(tc.text, "nb")), tc.want)
		})
	}
}
