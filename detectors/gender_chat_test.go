package detectors

import (
	"strings"
	"testing"
)

// TestGenderPoliticsChat runs the three detectors together through the
// engine on chat messages written for this test, as a citizen would write
// them to a municipality, in the five languages.
func TestGenderPoliticsChat(t *testing.T) {
	e := engineWith(t, newGenderT(t), newOrientationT(t), newPoliticsT(t))
	tests := []struct {
		name, lang, text string
		want             []string
	}{
		{"nb wife pregnant", "nb", "Hei! Kona mi er gravid, har vi rett på barnehageplass?", []string{"Kona|gender.kinship"}},
		{"nb single mother", "nb", "Jeg er alenemor med to gutter og trenger bostøtte", []string{"alenemor|gender.kinship", "gutter|gender.noun"}},
		{"nb father-in-law", "nb", "svigerfar trenger hjemmehjelp fra neste uke", []string{"svigerfar|gender.kinship"}},
		{"nn little girl and daughter", "nn", "vesla vår og dotra til naboen går i same klasse", []string{"vesla|gender.noun", "dotra|gender.kinship"}},
		{"nn boy", "nn", "gutungen er fire år", []string{"gutungen|gender.noun"}},
		{"sv fiancee", "sv", "fästmön och frugan är sjuka", []string{"fästmön|gender.kinship", "frugan|gender.title"}},
		{"en fiance", "en", "my fiancé and I are moving", []string{"fiancé|gender.kinship"}},
		{"nb neutral partner", "nb", "samboeren min og kjæresten hennes", []string{"hennes|gender.pronoun"}},
		{"en words are no Nordic compounds", "en", "the accountant and a consultant said it is important", nil},
		{"en Nordic homographs", "en", "the gutter is modern and my toes are cold", nil},
		{"en compound of an English word", "en", "my grandmother and stepdaughter", []string{"grandmother|gender.kinship", "stepdaughter|gender.kinship"}},
		{"nb -tant words and known ones", "nb", "representanten er velkjent, bekjente fortjente det; grandtanten kom", []string{"grandtanten|gender.kinship"}},
		{"nb danger is no father", "nb", "skredfaren er stor, men bestefaren er hjemme", []string{"bestefaren|gender.kinship"}},
		{"da bridges are no brothers", "da", "der er to broer over åen, min bror bor der", []string{"bror|gender.kinship"}},
		{"nb slang father and mother", "nb", "fattern er syk og muttern jobber", []string{"fattern|gender.kinship", "muttern|gender.kinship"}},
		{"en gf and bf", "en", "my gf moved in and my bf left", []string{"gf|gender.kinship", "bf|gender.kinship"}},
		{"nb gf and bf are not English here", "nb", "bf og gf står på skjemaet", nil},
		{"nn dialect old man and girl", "nn", "kallen min og jentå vår er heime", []string{"kallen|gender.noun", "jentå|gender.noun"}},
		{"nb a calling is no man", "nb", "det er et kall å jobbe i helse", nil},
		{"sv plural and verb forms", "sv", "blommor och jordgubbe, de avskaffar det; farmor kommer", []string{"farmor|gender.kinship"}},
		{"en colloquial kin", "en", "my nan and my bro, the lads next door", []string{"nan|gender.kinship", "bro|gender.kinship", "lads|gender.noun"}},
		{"nb English-only words", "nb", "det står en gran ved broa, ny bro over elva", nil},
		{"nb father after a verb", "nb", "jeg ringte far i går, kan far få hjelp?", []string{"far|gender.kinship", "far|gender.kinship"}},
		{"en far is far", "en", "how far is it, is it for far away people", nil},
		{"nb grandmother definite", "nb", "kan bestemoren til barna hente dem på SFO?", []string{"bestemoren|gender.kinship"}},
		{"nb older men", "nb", "har dere tilbud til eldre menn som er ensomme?", []string{"menn|gender.noun"}},
		{"nb ex-wife ex-husband", "nb", "ekskona mi og eksmannen hennes", []string{"ekskona|gender.kinship", "eksmannen hennes|gender.noun"}},
		{"nb little brother", "nb", "lillebroren min har fått plass på Solsikken", []string{"lillebroren|gender.kinship"}},
		{"nb foster son", "nb", "fostersønnen vår skal begynne i første klasse", []string{"fostersønnen|gender.kinship"}},
		{"nb paternal grandmother", "nb", "farmora mi og morfaren min", []string{"farmora|gender.kinship", "morfaren|gender.kinship"}},
		{"nb dialect she and mum", "nb", "hu mamma er på sykehuset", []string{"hu mamma|gender.pronoun"}},
		{"nb sister identity", "nb", "søstera mi er ikke-binær", []string{"søstera|gender.kinship", "ikke-binær|gender.identity"}},
		{"nb title", "nb", "Herr Olsen ringte om saken", []string{"Herr|gender.title"}},
		{"nn wife", "nn", "Kona mi og eg treng hjelp med søknaden", []string{"Kona|gender.kinship"}},
		{"nn daughter her", "nn", "dottera hennar har fått plass", []string{"dottera hennar|gender.kinship"}},
		{"nn she single mother", "nn", "ho er einsleg mor", []string{"ho|gender.pronoun", "mor|gender.kinship"}},
		{"da husband", "da", "Min mand og jeg vil gerne søge om tilskud", []string{"mand|gender.noun"}},
		{"da son", "da", "vores søn på 8 år har brug for støtte", []string{"søn|gender.kinship"}},
		{"da her father", "da", "hendes far bor på plejehjem", []string{"hendes far|gender.pronoun"}},
		{"da gentleman", "da", "der står en ældre herre ved indgangen", []string{"herre|gender.noun"}},
		{"da girls", "da", "pigerne i klassen og drengen", []string{"pigerne|gender.noun", "drengen|gender.noun"}},
		{"sv wife", "sv", "min fru är sjuk och behöver hjälp", []string{"fru|gender.title"}},
		{"sv her husband", "sv", "hennes man har flyttat", []string{"hennes man|gender.pronoun"}},
		{"sv boyfriend", "sv", "min pojkvän bor i Malmö", []string{"pojkvän|gender.kinship"}},
		{"sv neutral partner", "sv", "min sambo och jag söker lägenhet", nil},
		{"en possessive son", "en", "my son's school called today", []string{"son's|gender.kinship"}},
		{"en ex-husband", "en", "my ex-husband won't pay", []string{"ex-husband|gender.kinship"}},
		{"en single dad", "en", "I'm a single dad with two girls", []string{"dad|gender.kinship", "girls|gender.noun"}},
		// ORIENTATION
		{"nb lesbian married", "nb", "jeg er lesbisk og gift med en kvinne", []string{"lesbisk|orientation.term", "kvinne|gender.noun"}},
		{"nb queer youth club", "nb", "finnes det skeive ungdomsklubber i bydelen?", []string{"skeive|orientation.term"}},
		{"nb rainbow family", "nb", "vi er en regnbuefamilie med to mødre", []string{"regnbuefamilie|orientation.term", "mødre|gender.kinship"}},
		{"sv homosexual", "sv", "stöd för homosexuella äldre", []string{"homosexuella|orientation.term"}},
		{"da couple", "da", "vi er et homoseksuelt par", []string{"homoseksuelt|orientation.term"}},
		{"en gay dads", "en", "are there groups for gay dads?", []string{"gay|orientation.term", "dads|gender.kinship"}},
		// POLITICS
		{"nb voted last time", "nb", "Jeg stemte Frp sist, men nå er jeg usikker", []string{"Frp|politics.vote"}},
		{"nb party failed us", "nb", "Arbeiderpartiet har sviktet oss pensjonister", []string{"Arbeiderpartiet|politics.party"}},
		{"nb member", "nb", "Jeg er medlem i Senterpartiet", []string{"Senterpartiet|politics.party"}},
		{"nb youth camp", "nb", "sønnen min skal på AUF-leiren", []string{"sønnen|gender.kinship", "AUF-leiren|politics.youth"}},
		{"nb vote imperative", "nb", "Stem Rødt!", []string{"Rødt|politics.vote"}},
		{"nb against party", "nb", "jeg er imot Frp sin politikk", []string{"Frp|politics.party"}},
		{"nb always voted", "nb", "har alltid stemt Sp", []string{"Sp|politics.vote"}},
		{"nb government compound", "nb", "Høyre-regjeringa kutta i alt", []string{"Høyre-regjeringa|politics.party"}},
		{"da vote", "da", "Jeg stemmer på Socialdemokratiet", []string{"Socialdemokratiet|politics.vote"}},
		{"da member of Venstre", "da", "Jeg er medlem af Venstre", []string{"Venstre|politics.party"}},
		{"da SF'er", "da", "min nabo er SF'er", []string{"SF'er|politics.party"}},
		{"sv vote", "sv", "jag röstar på Vänsterpartiet", []string{"Vänsterpartiet|politics.vote"}},
		{"sv sosse", "sv", "jag är sosse sedan länge", []string{"sosse|politics.ideology"}},
		{"en voted conservative", "en", "I voted Conservative last time", []string{"Conservative|politics.ideology"}},
		{"en Labour member", "en", "I'm a Labour member", []string{"Labour|politics.party"}},
		{"en vote SNP", "en", "we vote SNP", []string{"SNP|politics.vote"}},
		// English words that are Danish or Norwegian words too do not make man or her English.
		{"da man give", "da", "kan man give penge til indsamlingen her på rådhuset", nil},
		{"da let here", "da", "det er let at finde her, man skal bare gå ind", nil},
		{"nb love make", "nb", "kan man love at det blir gjort her", nil},
		{"en her still English", "en", "can you give her a call, my mother is old", []string{"her|gender.pronoun", "mother|gender.kinship"}},
		{"da får typed with aa is no father", "da", "min mor faar hjælp og han faar medicin", []string{"mor|gender.kinship", "han|gender.pronoun"}},
		{"da non-binary borrowed spelling", "da", "vores barn er non-binær og vil skifte navn", []string{"non-binær|gender.identity"}},
		{"sv non-binary plural", "sv", "finns det grupper för nonbinära ungdomar", []string{"nonbinära|gender.identity"}},
		// Clean messages
		{"nb clean opening hours", "nb", "Når åpner biblioteket på lørdag? Og kan man låne PC der?", nil},
		{"nb clean directions", "nb", "Gå inn hovedinngangen og ta til venstre, så er det andre dør på høyre hånd", nil},
		{"da clean", "da", "Hvornår bliver der tømt skrald her på vejen? Man kan ikke se det på kalenderen", nil},
		{"sv clean", "sv", "Hur ansöker man om bygglov för en altan?", nil},
		{"en clean", "en", "How far is the recycling station, and is it open on Sundays?", nil},
		{"nb clean election logistics", "nb", "hvor er valglokalet og når kan jeg forhåndsstemme før valget?", nil},
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
