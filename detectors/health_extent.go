package detectors

import "strings"

// How far a finding reaches: the ward after an admission ("innlagt på
// sykehuset"), the week of a pregnancy or a birth ("gravid i uke 30", "født
// i uke 28", "36 weeks pregnant"), the modal before an operation ("skal
// opereres"), and the lead words that make a finding of words that are no
// health words alone: lying in a ward ("ligger på neonatalavdelingen"),
// hurting oneself in a fall ("har slått seg"), being in a week of a
// pregnancy ("er i vecka 38").

// Lead kinds of a token (healthWord.lead), found once per distinct token by
// look.
const (
	leadNone  uint8 = iota
	leadStay        // "ligger", "lå", "lagt": in a ward, or laid into one
	leadFall        // "slått", "slo", "slagit", "slået": hurt in a fall
	leadWeek        // "uke", "veke", "uge", "vecka", "week": a week of a pregnancy
	leadDrink       // "drikker", "dricker", "drinks": drinking as a habit, without an object
)

var healthLeadKinds = func() map[string]uint8 {
	m := make(map[string]uint8)
	for _, w := range []string{
		// nb, nn, da, sv: lying in a ward
		"ligger", "ligg", "lå", "låg", "ligget", "legat", "leget",
		// laid into a ward, with "inn"/"ind"/"in" after it (stayAt)
		"lagt", "lagd", "lagde", "lagts", "lades",
	} {
		m[w], m[Fold(w)] = leadStay, leadStay
	}
	for _, w := range []string{"slått", "slo", "slog", "slagit", "slået", "slaaet", "slege", "slegi"} {
		m[w], m[Fold(w)] = leadFall, leadFall
	}
	for w := range weekWords {
		m[w] = leadWeek
	}
	for _, w := range []string{"drikker", "drikk", "drakk", "drak", "dricker", "drack", "drinks", "drank"} {
		m[w], m[Fold(w)] = leadDrink, leadDrink
	}
	return m
}()

// wardPreps stand between an admission and the ward: "innlagt på", "lagt
// inn på", "admitted to".
var wardPreps = setOf("på", "pa", "paa", "til", "to", "at", "in")

// wardMods may stand between the preposition and the ward: an article or
// what kind of ward ("admitted to the psychiatric ward", "innlagt på
// lukket avdeling").
var wardMods = setOf("the", "a", "an", "en", "et", "ett", "ei", "psykiatrisk", "psykiatriske", "psychiatric",
	"lukket", "lukka", "lukkede", "låst", "låste", "skjermet", "skjerma", "skjermede", "geriatrisk", "geriatriske",
	"medisinsk", "medisinske", "medicinsk", "medicinska", "medicinske", "kirurgisk", "kirurgiske", "kirurgiska",
	"sluten", "slutna", "mental", "maternity", "intensive", "akutt", "akut", "children's", "childrens")

// wardHospital are parts of a word that make it a hospital or a place of
// care anywhere in it ("universitetssykehuset", "Rikshospitalet",
// "psykiatrien").
var wardHospital = foldAll("sykehus", "sjukehus", "sygehus", "sjukhus", "hospital", "sykehjem", "sjukeheim",
	"plejehjem", "plejecenter", "äldreboende", "hospice", "psykiatri", "legevakt", "skadestu", "intensiv")

// wardWords are wards as whole words.
var wardWords = setOf("psyk", "psyken", "bup", "dps", "icu", "nicu", "akutten", "akuten", "akutmodtagelsen",
	"akutmodtagelse", "akuttmottaket", "akuttmottak", "akutmottagningen", "akutmottagning", "barsel", "barselen",
	"rehab", "ward", "wards")

// wardEnds end a ward as a compound or a word: "barneavdelingen",
// "neonatalafdelingen", "fødeavdelinga", "avdelningen".
var wardEnds = []string{"avdeling", "avdelingen", "avdelinga", "afdeling", "afdelingen", "avdelning",
	"avdelningen"}

// wardFirst are the first parts of a ward compound that make it a
// hospital ward, not an office's department ("byggesaksavdelingen"): asked
// where someone lies, only these count.
var wardFirst = foldAll("neonatal", "nyfødt", "nyfodt", "barne", "børne", "borne", "barn", "føde", "fode",
	"fød", "kvinne", "kvinde", "kvinno", "barsel", "intensiv", "kirurgisk", "medisinsk", "medicinsk",
	"psykiatrisk", "geriatrisk", "hjerte", "hjarte", "hjärt", "kreft", "kræft", "onkologisk", "lunge", "lung",
	"nevrologisk", "neurologisk", "ortopedisk", "slag", "rehabilitering", "demens", "sengepost", "hematologisk",
	"gynekologisk", "infeksjon", "infektion", "akutt", "akut", "observasjon", "mottak", "psyk", "rus", "avrusning",
	"avgiftning", "sengeafsnit", "korttid", "langtid", "sjukhus", "sykehus", "sygehus")

// foldAll returns the folded forms of ws.
func foldAll(ws ...string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = Fold(w)
	}
	return out
}

// wardAt returns how many tokens from j make a ward after an admission:
// a preposition, up to two modifiers and a ward word, or 0. strict asks for
// a hospital ward where a department of an office could be meant ("saken
// ligger på byggesaksavdelingen").
func wardAt(t *Text, j int, strict bool) int {
	n := len(t.Tokens)
	if j >= n || !wardPreps[t.Folded(j)] || !leadGap(t, j-1) {
		return 0
	}
	for k := j + 1; k < n && k <= j+3; k++ {
		if !leadGap(t, k-1) {
			return 0
		}
		if isWard(t.Folded(k), strict) {
			if wardMods[t.Folded(k)] && k+1 < n && leadGap(t, k) && isWard(t.Folded(k+1), strict) {
				k++ // "på psykiatrisk akutmottagning": the ward after its kind
			}
			return k + 1 - j
		}
		if !wardMods[t.Folded(k)] {
			return 0
		}
	}
	return 0
}

// isWard reports whether folded token f is a hospital, a ward or another
// place of care one is admitted to.
func isWard(f string, strict bool) bool {
	if wardWords[f] {
		return true
	}
	for _, p := range wardHospital {
		if strings.Contains(f, p) {
			return true
		}
	}
	for _, e := range wardEnds {
		if !strings.HasSuffix(f, e) {
			continue
		}
		first := strings.TrimSuffix(strings.TrimSuffix(f[:len(f)-len(e)], "s"), "-")
		if !strict {
			return true
		}
		for _, p := range wardFirst {
			if strings.HasSuffix(first, p) {
				return true
			}
		}
	}
	return false
}

// stayAt returns how many tokens from i (a leadStay word) make a stay in a
// ward, or 0: "ligger på neonatalafdelingen", "lagt inn på psykiatrisk",
// "ble lagt inn på intensiven".
func stayAt(t *Text, i int) int {
	n := len(t.Tokens)
	j := i + 1
	switch t.Folded(i) {
	case "lagt", "lagd", "lagde", "lagts", "lades":
		// Laid in: the particle must follow ("lagt inn", "lagt ind",
		// "lades in").
		if j >= n || !leadGap(t, i) {
			return 0
		}
		switch t.Folded(j) {
		case "inn", "ind", "in":
			j++
		default:
			return 0
		}
		if k := wardAt(t, j, false); k > 0 {
			return j + k - i
		}
		return 0
	}
	if k := wardAt(t, j, true); k > 0 {
		return 1 + k
	}
	return 0
}

// fallParticles after "slått seg" make it something else than an injury:
// "slått seg sammen" (merged), "slo seg ned" (settled), "slå seg løs",
// "slog sig ihop", "slået sig ned", "slått seg opp".
var fallParticles = setOf("sammen", "saman", "ned", "ner", "løs", "laus", "opp", "upp", "op", "ihop", "samman",
	"fram", "frem", "igjennom", "gjennom", "igennem", "igenom", "vrang", "vrangt", "vrengt", "til", "ihjel", "ihel",
	"hjel", "ihjäl", "for", "för", "med", "inn", "ind", "in", "ut", "ud", "ur", "fri", "om", "lös", "tillbaka", "fast", "av", "af", "fra", "frå", "från")

// fallHard are adverbs after "slått seg" that belong to it: "slått seg
// stygt", "slagit sig illa".
var fallHard = setOf("stygt", "ille", "illa", "grimt", "slemt", "skikkelig", "kraftig", "kraftigt", "alvorlig",
	"alvorligt", "ordentlig", "ordentligt", "rejält", "svårt", "fælt", "hardt", "hårdt", "hårt")

// fallReflexives follow the verb of hurting oneself.
var fallReflexives = setOf("seg", "sig", "meg", "mig", "mej", "oss", "os")

// fallAt returns how many tokens from i (a leadFall word) make hurting
// oneself ("slått seg", "slo seg"), or 0. "på" must lead to a body part
// ("slo seg på kneet"), not to a habit ("slo seg på flaska").
func (h *HealthDetector) fallAt(t *Text, words []healthWord, i int) int {
	n := len(t.Tokens)
	if i+1 >= n || !leadGap(t, i) || !fallReflexives[t.Folded(i+1)] {
		return 0
	}
	if r := t.Folded(i + 1); r != "seg" && r != "sig" && !fallSelf(t, i, r) {
		return 0 // "han slo meg": someone hit, no fall
	}
	// "det slo meg at...", "det har slagit mig": a thought that struck
	// someone.
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if f := t.Folded(k); fallStruck[f] {
			return 0
		} else if !fallAux[f] {
			break
		}
	}
	if i+2 < n && leadGap(t, i+1) {
		f := t.Folded(i + 2)
		if fallStruckThat[f] {
			return 0
		}
		if fallParticles[f] {
			return 0
		}
		if (f == "i" || f == "pa") && i+3 < n && (t.Folded(i+3) == "hjel" || t.Folded(i+3) == "hel") {
			return 0 // "slo seg i hjel": a death
		}
		if fallHard[f] {
			return 3
		}
		if (f == "pa" || f == "paa") && (i+3 >= n || !leadGap(t, i+2) || h.bodyAt(t, words, i+3) == 0) {
			return 0
		}
	}
	return 2
}

// fallStruck before the verb and fallStruckThat after the reflexive make
// it a thought that struck someone: "det slo meg at", "tanken har slått
// meg", "det slog mig hvor".
var (
	fallStruck     = setOf("det", "dette", "den", "tanken", "noe", "noko", "något", "noget", "it", "this")
	fallStruckThat = setOf("at", "att", "hvor", "kor", "hur", "hvordan", "korleis", "som", "da", "då", "når")
)

// fallSelf reports whether a first-person object r ("meg", "oss") after
// the verb at token i is reflexive: its own subject stands just before the
// verb ("jeg slo meg", "jag har slagit mig", "vi slo oss").
func fallSelf(t *Text, i int, r string) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		f := t.Folded(k)
		switch r {
		case "meg", "mig", "mej":
			if f == "jeg" || f == "eg" || f == "jag" || f == "je" || f == "æ" || f == "i" {
				return true
			}
		default:
			if f == "vi" || f == "me" {
				return true
			}
		}
	}
	return false
}

// fallAux before "slått seg" belongs to it: "har slått seg", "hadde slått seg".
var fallAux = setOf("har", "hadde", "hade", "havde", "has", "had")

// weekWords name a week of a pregnancy.
var weekWords = setOf("uke", "veke", "uge", "vecka", "veckan", "week", "svangerskapsuke", "svangerskapsveke",
	"graviditetsuge", "graviditetsvecka", "graviditetsveckan")

// weeksWords are plural weeks and months after a number ("36 weeks
// pregnant", "born at 29 weeks", "30 uker gravid").
var weeksWords = setOf("weeks", "wks", "months", "uker", "veker", "uger", "veckor", "måneder", "månader", "månedar")

// weekPreps stand before a week ("gravid i uke 30", "born at 29 weeks").
var weekPreps = setOf("i", "in", "at", "på")

// weekNum reports whether w is a week or month number of a pregnancy: one
// or two digits up to 45.
func weekNum(w string) bool {
	if len(w) == 0 || len(w) > 2 || !isDigits(w) {
		return false
	}
	v := int(w[0] - '0')
	if len(w) == 2 {
		v = v*10 + int(w[1]-'0')
	}
	return v >= 1 && v <= 45
}

// weekAt returns how many tokens from j make the week of a pregnancy or a
// birth after "gravid", "født", "pregnant": "i uke 30", "uke 12", "i 20.
// uge", "i vecka 38", "at 29 weeks", or 0.
func weekAt(t *Text, j int) int {
	n := len(t.Tokens)
	k := j
	if k < n && weekPreps[t.Folded(k)] && leadGap(t, k-1) {
		k++
	}
	if k+1 >= n || !leadGap(t, k-1) {
		return 0
	}
	a, b := t.Folded(k), t.Folded(k+1)
	gap := t.Orig[t.Tokens[k].End:t.Tokens[k+1].Start]
	switch {
	case weekWords[a] && weekNum(b) && phraseGap(gap):
		return k + 2 - j // "i uke 30"
	case weekNum(a) && weekWords[b] && strings.HasPrefix(gap, ".") && phraseGap(gap[1:]):
		return k + 2 - j // "i 20. uge"
	case weekNum(a) && weeksWords[b] && phraseGap(gap) && k > j:
		return k + 2 - j // "at 29 weeks"
	}
	return 0
}

// weeksBefore returns the token a pregnancy finding at a starts at once a
// number of weeks or months before it is taken in ("36 weeks pregnant",
// "30 uker gravid"), never before token floor.
func weeksBefore(t *Text, a, floor int) int {
	if a-2 > floor && weeksWords[t.Folded(a-1)] && weekNum(t.Folded(a-2)) && leadGap(t, a-2) && leadGap(t, a-1) {
		return a - 2
	}
	if a-1 > floor && weeksWords[t.Folded(a)] && weekNum(t.Folded(a-1)) && leadGap(t, a-1) {
		return a - 1 // "34 uker på vei": the finding starts with its weeks
	}
	return a
}

// pregnantCopulas stand before "i uke 30" said of a pregnant woman: "hun
// er i uke 30", "jag är i vecka 38".
var pregnantCopulas = setOf("er", "e", "är", "ær", "is", "am", "are", "var", "was", "nå", "no", "nu", "now")

// weekOfAt returns the first token and the end of a week of a pregnancy
// said without a pregnancy word before it, the week word at token i: "er i
// vecka 38" → "i vecka 38". The span is weak (health.week): only a
// pregnancy word near makes it one.
func weekOfAt(t *Text, i int) (int, int) {
	if i < 2 || i+1 >= len(t.Tokens) || !weekNum(t.Folded(i+1)) || !leadGap(t, i) {
		return 0, 0
	}
	if f := t.Folded(i - 1); (f != "i" && f != "in") || !leadGap(t, i-1) || !leadGap(t, i-2) {
		return 0, 0
	}
	if !pregnantCopulas[t.Folded(i-2)] {
		return 0, 0
	}
	return i - 1, i + 2
}

// opModals before a passive of operating belong to it: "skal opereres",
// "ska opereras", "må opererast".
var opModals = setOf("skal", "skall", "ska", "skulle", "må", "måtte", "måste", "bør", "burde")

// surgeryVerbs before "surgery" belong to it: "is having surgery", "needs
// surgery".
var surgeryVerbs = setOf("having", "had", "has", "have", "need", "needs", "needed", "undergo", "undergoes",
	"underwent", "undergoing", "getting", "got", "gets", "get")

// opLead returns the token a procedure finding at a starts at once a modal
// before an operation verb, or a verb of having before "surgery", is taken
// in (never before token floor).
func opLead(t *Text, a, floor int) int {
	if a-1 <= floor || !leadGap(t, a-1) {
		return a
	}
	f, p := t.Folded(a), t.Folded(a-1)
	switch {
	case strings.HasPrefix(f, "opereres") || strings.HasPrefix(f, "opereras") || f == "opererast":
		if opModals[p] {
			return a - 1
		}
	case f == "surgery" || f == "operation":
		if surgeryVerbs[p] {
			return a - 1
		}
	}
	return a
}

// severityLead returns a-1 when the word before the condition at a says how
// grave it is or how far it has come ("svår ångest", "alvorlig depresjon",
// "severe asthma", "begynnende demens"): the dev corpora mark it with the
// condition two times in three.
func severityLead(t *Text, a, floor int) int {
	if a-1 <= floor || !leadGap(t, a-1) {
		return a
	}
	if t.Folded(a-1) == "onset" && a-2 > floor && leadGap(t, a-2) && onsets[t.Folded(a-2)] {
		return a - 2 // "early onset alzheimers"
	}
	if !severities[t.Folded(a-1)] {
		return a
	}
	return a - 1
}

// onsets say when a condition began, before "onset".
var onsets = setOf("early", "young", "late")

// severities say how grave a condition is.
var severities = setOf("alvorlig", "alvorlige", "alvorleg", "alvorlege", "svar", "svara", "svare",
	"kraftig", "kraftige", "voldsom", "voldsomme", "voldsomt", "kronisk", "kroniske", "kroniskt", "chronic", "varig", "varige", "severe", "serious", "permanent", "sterk", "sterke",
	"stark", "starka", "starke",
	// How long it lasts: "langvarig sykdom", "långvarig sjukdom", "lifelong
	// condition".
	"langvarig", "langvarige", "langvarigt", "långvarig", "långvariga", "långvarigt", "langvarende",
	"livslang", "livslange", "livslangt", "livslång", "livslånga", "livslångt", "long-term", "lifelong",
	// How far it has come: "begynnende demens", "early dementia", "lett
	// utviklingshemming".
	"begynnende", "begyndende", "begynnande", "tidlig", "tidleg", "early", "lett", "latt", "lindrig", "mild",
	"early-onset", "young-onset", "late-onset", "avansert", "avanceret", "avancerad", "advanced", "langtkommen",
	"langtkommet", "fremskreden", "fremskredet", "metastatisk", "metastatic", "aggressiv", "aggressive",
	// Its kind: "vaskulær demens", "akutt leukemi", "medfødt hjertefeil".
	"vaskular", "vascular", "frontotemporal", "akutt", "akut", "acute", "medfodt", "medfodte", "medfodd", "medfodde",
	"medfodda", "congenital", "arvelig", "arvelige", "arveleg", "arvelege", "arftlig", "arftliga", "hereditary",
	"genetic", "genetisk", "genetiske", "paranoid", "paranoide", "atypisk", "atypical",
	// Past cure: "terminal cancer", "uhelbredelig kreft", "obotlig cancer".
	"terminal", "uhelbredelig", "uhelbredeleg", "obotlig", "incurable", "inoperable", "inoperabel",
	// How far or how badly: "partially deaf", "delvis blind", "terrible
	// toothache", "fryktelig hodepine".
	"partially", "partly", "delvis", "delvist", "gravt", "fysisk", "fysiske", "terrible", "awful", "horrible", "forferdelig", "fryktelig",
	"frykteleg", "forfærdelig", "frygtelig", "fruktansvärd", "fruktansvärda", "hemsk", "hemska",
	// How long and what kind: "constant pain", "konstant smerte", "rheumatoid arthritis".
	"constant", "severely", "konstant", "konstante", "rheumatoid", "revmatoid", "reumatoid", "reumatisk", "revmatisk", "heavy")

// careLinks join two care findings into one span: "langtidsplass på
// sykehjem", "personlig assistans enligt LSS", "avlastning i bofellesskap".
var careLinks = setOf("på", "pa", "paa", "i", "ved", "enligt", "etter", "efter", "ifølge", "iht", "jf", "under",
	"at", "in", "on")

// leadAt emits the finding a lead word at token i starts, if any, and
// reports whether it did.
func (h *HealthDetector) leadAt(t *Text, words []healthWord, i, covered int, emit func(a, b int, e *healthEntry, rule string, weak bool)) bool {
	switch words[i].lead {
	case leadStay:
		if k := stayAt(t, i); k > 0 {
			emit(i, i+k, nil, "health.procedure", false)
			return true
		}
	case leadFall:
		if k := h.fallAt(t, words, i); k > 0 {
			start := i
			if i-1 > covered && fallAux[t.Folded(i-1)] && leadGap(t, i-1) {
				start = i - 1 // "har slått seg"
			}
			// "slo seg i hodet": the body part belongs to it. A door or a
			// floor that has warped is no one's injury (health.fall).
			emit(start, h.extend(t, words, i+k, nil), &fallEntry, "health.condition", true)
			return true
		}
	case leadWeek:
		if a, b := weekOfAt(t, i); b > 0 && a > covered {
			emit(a, b, &weekEntry, "health.pregnancy", true)
			return true
		}
	case leadDrink:
		if i > covered && drinksHabit(t, i) {
			emit(i, i+1, &drinkEntry, "health.addiction", true)
			return true
		}
	}
	return false
}

// drinkPronouns and relatives before a verb of drinking make it someone's
// ("far drikker", "hon dricker", "faren min drikker": a possessive after a
// relative). After it, drinkAfter, drinkAgain
// and drinkMuch are no drink ("drikker og røyker", "drikker igjen",
// "drikker mye"); softDrinks are ("drikker hun mye vann"), and drinkEat
// beside it make it a meal ("spiser og drikker lite").
var (
	drinkPronouns    = setOf("han", "hun", "ho", "hon", "he", "she")
	drinkPossessives = setOf("min", "mi", "my", "hans", "hennes", "sin", "si")
	drinkAgain       = setOf("igjen", "igjæn", "igen", "again", "jämt", "jemt", "alltid", "altid", "always", "stadig", "fortsatt",
		"fortfarande", "fremdeles", "framleis", "still", "hele", "heile", "hela", "every")
	drinkAfter = setOf("og", "o", "å", "och", "and", "men", "but", "når", "när", "om", "i", "på", "pa")
	softDrinks = setOf("vann", "vatn", "vand", "vatten", "water", "kaffe", "kaffi", "coffee", "te", "tea", "melk", "mjølk",
		"mælk", "mjölk", "milk", "juice", "brus", "sodavand", "läsk", "saft", "cola")
	drinkMuch = setOf("mye", "mykje", "meget", "mycket", "masse", "hver", "kvar", "varje", "hvert", "daglig", "dagleg", "dagligen")
	drinkEat  = setOf("spiser", "spise", "spiste", "et", "eter", "äter", "äta", "åt", "eats", "eat", "ate", "eating",
		"sover", "søv", "sov", "sleeps", "slept")
)

// drinksHabit reports whether the verb of drinking at token i is a habit:
// a relative or a pronoun is its subject and no drink follows ("min far
// drikker og mor er syk", "pappa dricker.", "my dad drinks"), nor eating
// beside it ("spiser og drikker lite").
func drinksHabit(t *Text, i int) bool {
	n := len(t.Tokens)
	if i+2 < n && leadGap(t, i) && leadGap(t, i+1) {
		// The subject after the verb: "nå drikker han hver dag", "så
		// dricker hon mycket".
		if drinkPronouns[t.Folded(i+1)] {
			y := t.Folded(i + 2)
			if i+3 < n && softDrinks[t.Folded(i+3)] {
				return false // "drikker hun mye vann"
			}
			return drinkMuch[y] || drinkAgain[y]
		}
	}
	if i == 0 || !leadGap(t, i-1) {
		return false
	}
	switch p := t.Folded(i - 1); {
	case drinkPossessives[p]:
		if i < 2 || !kinship[t.Folded(i-2)] {
			return false // "faren min drikker", not "min drikker"
		}
	case !drinkPronouns[p] && !kinship[p]:
		return false
	}
	if i >= 2 && drinkEat[t.Folded(i-2)] {
		return false
	}
	if i+1 >= n || strings.ContainsAny(t.Orig[t.Tokens[i].End:t.Tokens[i+1].Start], ".,!?;:") {
		return true
	}
	x := t.Folded(i + 1)
	if !drinkAfter[x] && !drinkAgain[x] && !drinkMuch[x] {
		return false
	}
	if x == "og" || x == "o" || x == "å" || x == "och" || x == "and" {
		return i+2 >= n || !drinkEat[t.Folded(i+2)]
	}
	return true
}

// fallEntry and weekEntry carry the context keys of the findings leadAt
// makes of words that are no health words alone.
var (
	fallEntry  = healthEntry{key: "health.slatt"}
	weekEntry  = healthEntry{key: "health.week"}
	drinkEntry = healthEntry{key: "health.drikk"}
)
