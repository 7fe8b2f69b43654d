package detectors

import (
	"strings"
	"testing"
)

func newOrientationT(t testing.TB) *OrientationDetector {
	t.Helper()
	o, err := NewOrientation()
	if err != nil {
		t.Fatal(err)
	}
	return o
}

func TestOrientation(t *testing.T) {
	e := engineWith(t, newOrientationT(t))
	tests := []struct {
		name, lang, text string
		want             []string
	}{
		// "bi" said of a person before chat's "o" (och/og).
		{"en came out as bi", "en", "our daughter came out as bi to us", []string{"bi|orientation.term"}},
		{"nn a queer choir", "nn", "eg syng i eit skeivt kor i byen", []string{"skeivt|orientation.term"}},
		{"nn a crooked picture", "nn", "biletet heng skeivt på veggen", nil},
		{"nb came out as bi", "nb", "sønnen min kom ut som bi i fjor", []string{"bi|orientation.term"}},
		{"sv people called a slur", "sv", "de på jobbet kallade oss för flator", []string{"flator|orientation.term"}},
		{"sv flat surfaces", "sv", "taket har två flator som läcker", nil},
		{"da a shotgun", "da", "bøssen står ladt i våbenskabet", nil},
		{"da a gay son", "da", "min søn er bøsse", []string{"bøsse|orientation.term"}},
		{"sv bi before o", "sv", "systern e bi o har en tjej nu", []string{"bi|orientation.term"}},
		{"da slur on a car", "da", "nogen har skrevet bøsserøv på døren igen", []string{"bøsserøv|orientation.term"}},
		{"nb bee", "nb", "det e bi o veps i hagen", nil},
		// A term after a prefix of stance.
		{"en pro-LGBT", "en", "which party is the most pro-LGBT one?", []string{"pro-LGBT|orientation.term"}},
		// Danish skæv is queer only among words of queer life; "a bi guy".
		{"da queer youth", "da", "vi er nogle skæve unge der mødes i foreningen", []string{"skæve|orientation.term"}},
		{"da gay bar hyphenated", "da", "der er åbnet en bøsse-bar i gaden", []string{"bøsse-bar|orientation.term"}},
		{"en bullied for being bi", "en", "my cousin gets teased at school for being bi", []string{"bi|orientation.term"}},
		{"da gay bar", "da", "vi mødtes på en bøssebar i sin tid", []string{"bøssebar|orientation.term"}},
		{"da crooked teeth", "da", "hun har skæve tænder og skal til tandlæge", nil},
		{"en a bi guy", "en", "I'm a bi guy new in town", []string{"bi|orientation.term"}},
		{"en a bi product", "en", "it is a bi product of the plan", nil},
		// A compound after the plus of an acronym is one word with it.
		{"da plus compound", "da", "findes der en LHBT+-klub i byen", []string{"LHBT+-klub|orientation.term"}},
		// "bi" said of a person after a copula; a bee otherwise.
		{"en might be bi", "en", "I think I might be bi, who can I talk to", []string{"bi|orientation.term"}},
		{"da gay couple", "da", "vi er et homopar med to børn", []string{"homopar|orientation.term"}},
		{"sv not bi for real", "sv", "mamma tror inte att jag är bi på riktigt", []string{"bi|orientation.term"}},
		{"nn crooked letterbox", "nn", "gjerdet står skeiv etter stormen", nil},
		{"sv bi after an age", "sv", "jag är 16 och typ bi, vem kan jag prata med", []string{"bi|orientation.term"}},
		{"nb pan", "nb", "eg tror eg er pan eigentleg", nil},
		{"da pan after a copula", "da", "min veninde er også pan", []string{"pan|orientation.term"}},
		{"sv a pan", "sv", "kan jag låna en pan till lägret", nil},
		{"sv bi of oneself", "sv", "jag är bi och vill prata med någon", []string{"bi|orientation.term"}},
		{"en bi with adverb", "en", "my friend is also bi", []string{"bi|orientation.term"}},
		{"nb a bee", "nb", "en bi stakk meg i armen", nil},
		{"nb bees in the garden", "nb", "det er bi i hagen", nil},
		// "bossen" is the rubbish in Rogaland, not Danish bøssen written plain.
		{"nb boss is rubbish", "nb", "når blir bossen henta i gata vår", nil},
		{"da bøsse", "da", "min bror er bøsse og vil gerne snakke med nogen", []string{"bøsse|orientation.term"}},
		{"nb homofil inflected", "nb", "sønnen min er homofil, og to homofile venner", []string{"homofil|orientation.term", "homofile|orientation.term"}},
		{"nb skeive in a general question", "nb", "finnes det tilbud for skeive ungdommer?", []string{"skeive|orientation.term"}},
		{"nb LHBT compound", "nb", "jeg vil snakke med LHBT-rådgiveren", []string{"LHBT-rådgiveren|orientation.term"}},
		{"nb lesbisk", "nb", "vi er et lesbisk par", []string{"lesbisk|orientation.term"}},
		{"nb skeivt crooked", "nn", "biletet heng skeivt på veggen", nil},
		{"da lebbe slang", "da", "min datter og hendes kæreste er lebber", []string{"lebber|orientation.term"}},
		{"da collection box is no bøsse", "da", "kan man lægge penge i indsamlingsbøssen", nil},
		{"sv flata slang", "sv", "hon är flata och de kallade henne flata i skolan", []string{"flata|orientation.term", "flata|orientation.term"}},
		{"sv flat roofs", "sv", "är det bygglov på flata tak, tjejen har flata skor", nil},
		{"sv flator with bögar", "sv", "flator och bögar är välkomna", []string{"flator|orientation.term", "bögar|orientation.term"}},
		{"nb homogen is not homo", "nb", "gruppen er ganske homogen", nil},
		{"nb heterogen", "nb", "en heterogen gruppe", nil},
		{"nn heterofil", "nn", "eg er heterofil", []string{"heterofil|orientation.term"}},
		{"da bøsse", "da", "min bror er bøsse og bor med sin kæreste", []string{"bøsse|orientation.term"}},
		{"da name Bosse", "sv", "jag heter Bosse Larsson", nil},
		{"da homoseksuel", "da", "er der rådgivning for homoseksuelle?", []string{"homoseksuelle|orientation.term"}},
		{"sv HBTQ", "sv", "finns det en HBTQ-grupp för unga?", []string{"HBTQ-grupp|orientation.term"}},
		{"sv bisexuell", "sv", "jag är bisexuell", []string{"bisexuell|orientation.term"}},
		{"nn bosset is garbage", "nn", "når blir bosset henta?", nil},
		{"nb lesbar is readable", "nb", "skjemaet er ikke lesbart, kan du sende et lesbar kopi?", nil},
		{"nb skeiv compound", "nb", "finnes det et skeivt ungdomstilbud eller skeivmiljø her?", []string{"skeivt|orientation.term", "skeivmiljø|orientation.term"}},
		{"sv bög", "sv", "min bror är bög", []string{"bög|orientation.term"}},
		{"da bogen is the book", "da", "hvor kan jeg aflevere bogen?", nil},
		{"en gay and plus", "en", "support for gay teens and LGBTQIA+ people", []string{"gay|orientation.term", "LGBTQIA+|orientation.term"}},
		{"en queer", "en", "I am queer", []string{"queer|orientation.term"}},
		{"en neutral", "en", "the bishop and the hetero-geneous group", nil},
		{"nb ASCII bosse", "nb", "han er bosse", []string{"bosse|orientation.term"}},
		{"nb skeiv of oneself", "nb", "jeg er skeiv og vil treffe andre", []string{"skeiv|orientation.term"}},
		{"nn skeive youth", "nn", "er det noko for skeive ungdommar her?", []string{"skeive|orientation.term"}},
		{"nb skeive tiles", "nb", "flisene på fortauet er skeive", nil},
		{"nb skeive teeth", "nb", "datteren har skeive tenner", nil},
		{"nn skeiv wall", "nn", "veggen i gymsalen er skeiv", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := spanTexts(tc.text, e.Detect(tc.text, tc.lang))
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("%q\ngot  %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}
