package detectors

import "strings"

// Words told before a health finding that belong to it: thinking of
// suicide, using a drug, an impairment "nedsatt" before what it impairs.
// They are no health words alone ("tenkt på å", "using", "nedsatt pris"),
// so they are looked at only beside a finding or (impairLeads) through
// the cached healthWord of a token.

// thoughtWords start "tanker om selvmord", "tenkt på å ta livet mitt",
// "thoughts of self-harm": with a preposition or an infinitive marker
// (thoughtLinks) between them and a mental-health finding, they are part of
// it. Talking is left out: "talking about suicide prevention" is no one's
// thought.
var thoughtWords = setOf(
	// nb, nn
	"tanker", "tankar", "tanke", "tankene", "tankane", "tenkt", "tenker", "tenkte", "tenke", "tenkjer", "tenkje",
	"planer", "planar", "planlagt", "planlegger",
	// da
	"tænkt", "tænker", "tænkte", "tænke", "planlægger",
	// sv
	"tankarna", "tänkt", "tänker", "tänkte", "tänka", "funderat", "funderar", "funderingar", "planerat", "planerar",
	// en
	"thoughts", "thought", "thinking", "think", "thinks", "plans", "planning", "planned",
)

// considerWords take the finding with or without a link: "vurdert
// selvmord", "considering suicide", "overvejet at tage sit eget liv".
var considerWords = setOf(
	"vurdert", "vurderer", "vurderte", "vurdere", "overvejet", "overvejer", "overvejede", "övervägt", "överväger",
	"övervägde", "considering", "considered", "contemplating", "contemplated",
)

// thoughtLinks stand between a thought word and what it is about:
// prepositions and infinitive markers.
var thoughtLinks = setOf("om", "på", "about", "of", "on", "å", "at", "att", "to")

// drugUseVerbs before a drug word make one finding of the habit: "using
// cocaine", "bruker kokain", "tager heroin", "använder amfetamin".
var drugUseVerbs = setOf(
	// nb, nn
	"bruker", "brukar", "brukte", "brukt", "bruke", "bruka", "brukta", "tar", "tok", "tatt", "tek", "røyker", "røykjer", "røykte",
	"sniffer", "injiserer", "selger", "misbruker",
	// da
	"bruger", "brugte", "brugt", "bruge", "tager", "tog", "taget", "ryger", "røg", "sælger", "misbruger",
	// sv
	"använder", "använde", "använt", "tagit", "röker", "rökte", "säljer", "missbrukar",
	// en
	"using", "uses", "used", "use", "taking", "takes", "took", "take", "doing", "smoking", "smokes", "smoked",
	"snorting", "snorts", "injecting", "injects", "dealing", "abusing", "abuses",
)

// leadBack returns the token a span of rule starting at token a begins at
// once the words before it that belong to it are taken in (never before
// token floor).
func leadBack(t *Text, a, floor int, rule string) int {
	switch rule {
	case "health.mental":
		k := a
		for n := 0; n < 2 && k-1 > floor && thoughtLinks[t.Folded(k-1)] && leadGap(t, k-1); n++ {
			k--
		}
		if k-1 > floor && leadGap(t, k-1) {
			if w := t.Folded(k - 1); (k < a && thoughtWords[w]) || considerWords[w] {
				return k - 1
			}
		}
	case "health.addiction":
		// Only a verb no longer than the drug word: where the drug alone
		// is the finding, the span stays mostly the finding ("uses LSD"
		// keeps "LSD").
		if a-1 > floor && len(t.Folded(a-1)) <= len(t.Folded(a)) && drugUseVerbs[t.Folded(a-1)] && leadGap(t, a-1) {
			return a - 1
		}
		// High on a drug: "rusa på amfetamin", "påvirket av hasj", "high on meth".
		if a-2 > floor && highLinks[t.Folded(a-1)] && highWords[t.Folded(a-2)] && leadGap(t, a-2) && leadGap(t, a-1) {
			return a - 2
		}
	}
	return a
}

// highWords and highLinks make being high on a drug one finding with it.
var (
	highWords = setOf("rusa", "ruset", "rusar", "ruser", "rusat", "rusad", "ruspåvirket", "påvirket", "påverka",
		"påverkad", "påvirka", "høy", "hög", "høj", "high", "stoned", "skæv", "skev")
	highLinks = setOf("på", "av", "af", "on")
)

// leadGap reports whether token k and the token after it are one phrase.
func leadGap(t *Text, k int) bool {
	return phraseGap(t.Orig[t.Tokens[k].End:t.Tokens[k+1].Start])
}

// impairLeads say a function or sense is reduced: "nedsatt gangfunksjon",
// "nedsat hørelse", "impaired mobility". Alone they are no health word
// ("nedsatt pris"); impairedAt decides by the word after them.
var impairLeads = setOf(
	"nedsatt", "nedsatte", "nedsett", "nedsette", "redusert", "reduserte", "svekket", "svekka", "svekt",
	"nedsat", "reduceret", "reducerede", "svækket", "svækkede",
	"nedsatta", "reducerad", "reducerat", "reducerade", "försämrad", "försämrat", "försämrade", "sänkt",
	"impaired", "reduced",
)

// impairMods stand before an impairment and belong to it: "varig nedsat
// gangfunktion", "severely impaired hearing". ("poor" is no lead: "poor
// vision for the town"; "poor eyesight" is a phrase of lay_en.txt.)
var impairMods = setOf(
	"varig", "varigt", "varaktig", "varaktigt", "permanent", "permanently", "kronisk", "kroniskt", "betydelig",
	"betydeligt", "betydligt", "sterkt", "stærkt", "kraftig", "kraftigt", "alvorlig", "alvorligt", "severely",
	"significantly", "moderately", "mildly", "lett", "let", "lätt", "lettere", "lettare",
)

// impairEnds end (folded) a word after an impairment lead that makes it
// health, also as the head of a compound: a body function
// ("gangfunksjon", "nyrefunktionen"), a capacity ("arbeidsevne",
// "rörelseförmåga"), hearing, mobility, concentration, appetite. Capacities
// are listed whole, so "nedsatt betalingsevne" stays out.
var impairEnds = []string{
	"funksjon", "funksjonen", "funksjoner", "funksjonane", "funksjonsevne", "funksjonsevnen", "funksjonsevna",
	"funktion", "funktionen", "funktioner", "funktionsevne", "funktionsevnen", "funktionsformaga",
	"funktionsformagan", "arbeidsevne", "arbeidsevnen", "arbeidsevna", "arbejdsevne", "arbejdsevnen",
	"arbetsformaga", "arbetsformagan", "bevegelsesevne", "bevegelsesevnen", "bevagelsesevne", "rorelseformaga",
	"rorelseformagan", "gangevne", "gangevnen", "gangformaga", "taleevne", "taleevnen", "synsevne",
	"horselsevne", "horsel", "horselen", "horseln", "horelse", "horelsen", "hoyrsel", "hoyrsla", "hoyrsle", "konsentrasjon", "konsentrasjonen",
	"konsentrasjonsevne", "koncentration", "koncentrationen", "koncentrationsevne", "koncentrationsformaga",
	"muskelkraft", "muskelkraften", "forlighet", "forligheten", "bevegelighet", "bevegeligheten", "bevagelighed",
	"bevageligheden", "rorlighet", "rorligheten", "immunforsvar", "immunforsvaret", "lungekapasitet",
	"lungekapacitet", "lungkapacitet", "matlyst", "matlysten",
}

// impairWords after an impairment lead make it health as whole words only:
// as the head of a compound they are something else ("tilsyn",
// "kjøpekraft", "television").
var impairWords = setOf(
	"balanse", "balansen", "balans", "balance",
	"syn", "synet", "kraft", "kraften", "følelse", "følelsen", "känsel", "känseln", "førleik", "minne", "minnet",
	"hukommelse", "hukommelsen", "appetitt", "appetitten", "appetit", "aptit", "aptiten", "stemningsleie",
	"stemningsleiet", "stemningsleje", "stämningsläge", "stämningsläget", "allmenntilstand", "allmenntilstanden",
	"almentilstand", "almentilstanden", "allmäntillstånd", "allmäntillståndet", "kondisjon", "kondition",
	"konditionen", "hearing", "vision", "sight", "eyesight", "strength", "sensation", "mobility", "memory",
	"concentration", "appetite", "function", "functions", "mood",
)

// impairedAt returns how many tokens from i (an impairLead) make an
// impairment, or 0: the lead and an impairWords word or one ending in
// impairEnds.
func impairedAt(t *Text, i int) int {
	if i+1 >= len(t.Tokens) || !leadGap(t, i) {
		return 0
	}
	w := t.Folded(i + 1)
	if strings.Contains(w, "funksjonar") || strings.Contains(w, "funktionar") {
		return 0 // "funksjonær", "funktionær": an employee
	}
	if impairWords[w] {
		return 2
	}
	for _, p := range impairEnds {
		if strings.HasSuffix(w, p) {
			return 2
		}
	}
	return 0
}
