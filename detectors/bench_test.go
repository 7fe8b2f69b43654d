package detectors

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// benchTemplates are chat messages of our own, per language; {x} slots are
// filled with sensitive data or left innocent by genMessages.
var benchTemplates = map[string][]string{
	"nb": {
		"Hei! Jeg lurer på når {place} bibliotek åpner i helgen, og om man kan låne bøker uten lånekort?",
		"{kin} min har {health} og trenger hjelp hjemme noen timer i uka. Hvem kan vi ringe på {phone}?",
		"Kan dere sende svar til {email}? Jeg har ikke fått noe svar på søknaden om parkeringstillatelse ennå.",
		"Jeg bor i {street} og søppelet har ikke blitt hentet på to uker, hva gjør jeg nå?",
		"hvordan søker jeg om plass i barnehage for datteren min, hun er født {date} og vi flytter hit i august",
	},
	"nn": {
		"Hei, eg lurer på kva tid symjehallen i {place} opnar på laurdag, og om det kostar noko for born.",
		"{kin} mi har {health} og eg treng å vite korleis me søkjer om avlasting. Ring meg på {phone}.",
		"Kvar kan eg levere hageavfall? Eg bur i {street} og har mykje greiner etter stormen.",
	},
	"da": {
		"Hej, hvornår har genbrugspladsen i {place} åbent på søndag? Jeg skal af med et gammelt køleskab.",
		"Min {kin} har {health} og vi vil gerne høre om hjemmepleje. Mit nummer er {phone}.",
		"Jeg har sendt en mail fra {email} om mit CPR {cpr} men har ikke fået svar endnu.",
	},
	"sv": {
		"Hej! Vad har biblioteket i {place} för öppettider i påsk och kan man boka grupprum?",
		"Min {kin} har {health} och behöver färdtjänst. Mitt personnummer är {pnr}, ring {phone}.",
		"Jag bor på {street} och undrar när snöröjningen kommer till vår gata.",
	},
	"en": {
		"Hi, when is the recycling centre in {place} open this weekend? I need to drop off some old furniture.",
		"My {kin} has {health} and we need help at home. You can reach me on {phone} or {email}.",
		"Can I pay the kindergarten fee by card? My account is {account} and the invoice came from {ip}.",
	},
}

var benchFill = map[string][]string{
	"place":   {"Grimstad", "Fevik", "Arendal", "Tromsø", "Lillesand", "Bergen", "Malmö", "Odense"},
	"kin":     {"mor", "far", "sønnen", "datter", "mannen", "kona", "bror", "søster"},
	"health":  {"diabetes", "demens", "astma", "depresjon", "kreft", "epilepsi", "ADHD", "høyt blodtrykk"},
	"phone":   {"412 34 567", "+47 98 76 54 32", "22334455", "070-123 45 67", "+45 20 30 40 50"},
	"email":   {"kari.nordmann@gmail.com", "ola@firma.no", "bjorn.aasen@online.no"},
	"street":  {"Storgata 5", "Lyngvegen 12", "Drottninggatan 7", "Nørrebrogade 12", "Gamle Kirkevei 3"},
	"date":    {"12.03.2019", "1. mai", "i fjor"},
	"cpr":     {"010190-1234", "2311851234"},
	"pnr":     {"811218-9876", "19811218-9876"},
	"account": {"1234.56.78903", "NO93 8601 1117 947"},
	"ip":      {"192.168.10.4", "2001:db8::1"},
}

// genMessages returns n deterministic chat messages of 100-400 bytes in all
// five languages; about one slot in three is left innocent.
func genMessages(n int) []struct{ text, lang string } {
	r := rand.New(rand.NewSource(42))
	langs := []string{"nb", "nn", "da", "sv", "en"}
	out := make([]struct{ text, lang string }, 0, n)
	for len(out) < n {
		lang := langs[r.Intn(len(langs))]
		tpl := benchTemplates[lang][r.Intn(len(benchTemplates[lang]))]
		var b strings.Builder
		for b.Len() < 101 {
			rest := tpl
			for {
				i := strings.IndexByte(rest, '{')
				if i < 0 {
					b.WriteString(rest)
					break
				}
				j := strings.IndexByte(rest[i:], '}') + i
				b.WriteString(rest[:i])
				vals := benchFill[rest[i+1:j]]
				if r.Intn(3) == 0 {
					b.WriteString("noe")
				} else {
					b.WriteString(vals[r.Intn(len(vals))])
				}
				rest = rest[j+1:]
			}
			b.WriteByte(' ')
		}
		s := strings.TrimSpace(b.String())
		if len(s) > 400 {
			s = s[:400]
			for len(s) > 0 && s[len(s)-1]&0xC0 == 0x80 {
				s = s[:len(s)-1]
			}
			if len(s) > 0 && s[len(s)-1] >= 0xC0 {
				s = s[:len(s)-1]
			}
		}
		out = append(out, struct{ text, lang string }{s, lang})
	}
	return out
}

const benchMessages = 2000

// BenchmarkEngine measures Detect on one goroutine; one op is one message
// (so allocs/op are per message), bytes are the message bytes.
func BenchmarkEngine(b *testing.B) {
	e, err := NewEngine()
	if err != nil {
		b.Fatal(err)
	}
	msgs := genMessages(benchMessages)
	total := 0
	for _, m := range msgs {
		total += len(m.text)
	}
	for _, hint := range []bool{true, false} {
		name := "lang=hint"
		if !hint {
			name = "lang=guess"
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(total / len(msgs)))
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				m := msgs[i%len(msgs)]
				lang := m.lang
				if !hint {
					lang = ""
				}
				e.Detect(m.text, lang)
			}
		})
	}
}

// BenchmarkDetectors measures each detector of Default() alone on prepared
// texts (tokenizing excluded), and the shared steps of the engine.
func BenchmarkDetectors(b *testing.B) {
	ds, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	msgs := genMessages(benchMessages)
	texts := make([]*Text, len(msgs))
	total := 0
	for i, m := range msgs {
		texts[i] = NewText(m.text, m.lang)
		total += len(m.text)
	}
	avg := int64(total / len(msgs))
	for _, d := range ds {
		b.Run(d.Name(), func(b *testing.B) {
			b.SetBytes(avg)
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				d.Detect(texts[i%len(texts)])
			}
		})
	}
	b.Run("step=text", func(b *testing.B) {
		b.SetBytes(avg)
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			m := msgs[i%len(msgs)]
			NewText(m.text, m.lang)
		}
	})
	b.Run("step=prefilter", func(b *testing.B) {
		pf, err := newPrefilter(ds)
		if err != nil {
			b.Fatal(err)
		}
		b.SetBytes(avg)
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			pf.wake(texts[i%len(texts)].Lower)
		}
	})
	b.Run("step=guesslang", func(b *testing.B) {
		b.SetBytes(avg)
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			GuessLang(texts[i%len(texts)])
		}
	})
}

// BenchmarkNewEngine measures engine construction (every word list loaded,
// the prefilter built).
func BenchmarkNewEngine(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := NewEngine(); err != nil {
			b.Fatal(err)
		}
	}
}

func TestGenMessages(t *testing.T) {
	msgs := genMessages(300)
	langs := map[string]int{}
	for _, m := range msgs {
		if len(m.text) < 100 || len(m.text) > 400 {
			t.Fatalf("message of %d bytes: %q", len(m.text), m.text)
		}
		langs[m.lang]++
	}
	if len(langs) != 5 {
		t.Errorf("languages %v", langs)
	}
	if a, b := fmt.Sprint(genMessages(5)), fmt.Sprint(genMessages(5)); a != b {
		t.Error("generator not deterministic")
	}
}

// BenchmarkEngineSizes measures Detect on longer texts made of generated
// messages joined by newlines (large sizes skipped under -short).
func BenchmarkEngineSizes(b *testing.B) {
	e, err := NewEngine()
	if err != nil {
		b.Fatal(err)
	}
	msgs := genMessages(benchMessages)
	for _, size := range []int{1 << 10, 16 << 10, 64 << 10, 256 << 10} {
		if testing.Short() && size > 16<<10 {
			continue
		}
		var sb strings.Builder
		for i := 0; sb.Len() < size; i++ {
			sb.WriteString(msgs[i%len(msgs)].text)
			sb.WriteByte('\n')
		}
		text := sb.String()[:size]
		for len(text) > 0 && text[len(text)-1]&0xC0 == 0x80 {
			text = text[:len(text)-1]
		}
		b.Run(fmt.Sprintf("%dKiB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				e.Detect(text, "")
			}
		})
	}
}
