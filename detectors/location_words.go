package detectors

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Small closed word classes shared by the LOCATION and PERSON detectors.
// They are grammar, not vocabulary lists: prepositions of place, phrases
// that introduce a name, titles, institution words.

// placePreps are the prepositions that put a place after them. "nær"
// folds to "nar", which is how chat writes "når" (when): "når straumen
// går" names no place, so that key goes.
var placePreps = without(setOf("i", "på", "pa", "paa", "fra", "frå", "från", "til", "till", "te", "ved", "vid", "mot", "nær", "nära",
	"naer", "near", "in", "at", "from", "to", "into", "around", "rundt", "utenfor", "utanfor", "uden", "udenfor",
	"utanför", "utafor", "utafør", "gjennom", "through", "mellom", "mellan", "between", "omkring", "nord", "sør", "syd", "øst",
	"vest", "norr", "söder", "öster", "väster", "north", "south", "east", "west", "af", "av", "of", "bortenfor",
	"outside", "inside", "mellem", "innenfor", "indenfor", "innanför", "ovenfor", "ovanfor", "nedenfor", "nedanfor",
	"ovanför", "nedanför", "innanfor", "bortanfor", "langs", "längs", "forbi", "bakom", "bortom", "runt", "kring", "behind"), "nar")

// lowerPlacePreps put a listed lowercase place after them too ("bussen går
// via stjørdal", "vi kører mod silkeborg", "a summer house on tjøme"), but
// are too common before capitalised words that are no places ("closed on
// Easter Monday") to join placePreps.
var lowerPlacePreps = setOf("over", "mod", "on", "past", "via", "förbi", "beyond", "gennem", "igennem", "genom")

// without deletes keys from set and returns it.
func without(set map[string]bool, keys ...string) map[string]bool {
	for _, k := range keys {
		delete(set, k)
	}
	return set
}

// residencePhrases say that a person lives in, comes from or moves to the
// place after them; they confirm an ambiguous place name written in lower
// case ("bor på sola") or at the start of a sentence.
var residencePhrases = []string{
	"bor i", "bor på", "bor pa", "bor paa", "bur i", "bur på", "bur pa", "bo i", "bo på", "bo pa",
	"bodd i", "bodd på", "budd i", "budde i", "budde på", "bott i", "bott på", "boet i", "boede i", "bor ute i",
	"kommer fra", "kommer frå", "kommer från", "kjem frå", "kjem fra", "er fra", "er frå", "är från", "jeg er fra",
	"flytte til", "flytter til", "flyttet til", "flytta til", "flyttede til", "flyttar till", "flyttade till",
	// Dialect "te" for "til": "flytta te vennesla".
	"flytte te", "flytter te", "flytta te", "flyttet te", "flyttar te", "kom te", "reise te", "drar te",
	"flytte fra", "flyttet fra", "flytta frå", "flyttade från", "flyttede fra",
	// An adverb between: "bor nu i ringe", "bor alene på sand", "bur no på".
	"bor nu i", "bor nu på", "bor nå i", "bor nå på", "bor no i", "bor no på", "bur no i", "bur no på", "bor her i",
	"bor fortsatt i", "bor fortsatt på", "bor stadig i", "bor fortfarande i", "bor kvar i", "bur framleis i",
	"bor alene i", "bor alene på", "bor aleine i", "bor aleine på", "bur åleine i", "bur åleine på", "bor ensam i",
	"bor ensam på", "bor själv i", "bor selv i", "bor sammen i", "bor tilsammen i", "bor tillsammans i",
	"are from", "is from", "we're from", "he's from", "she's from", "they're from",
	// A stay on holiday: "sommerferie i hals", "på semester i bro".
	"ferie i", "sommerferie i", "påskeferie i", "semester i", "sommarsemester i", "holiday in", "vacation in",
	"lives in", "live in", "living in", "lived in", "live on", "lives on", "living on", "lived on", "live at", "lives at",
	"lives alone in", "lives alone on", "live alone in", "live alone on", "living alone in", "living alone on", "moved to", "moving to", "move to", "moved from", "i'm from", "am from",
	"født i", "fødd i", "född i", "født på", "born in", "vokste opp i", "vokste opp på", "växte upp i", "grew up in",
	"flyttar til", "flyttat till", "flyttat från", "flyttar från", "flytter fra",
	"flytta till", "flytta från", "bodde i", "bodde på", "boede på", "bosatt i", "bosatt på", "bosat i", "bosat på",
	"kommer ifrån", "är ifrån", "oppvokst i", "uppvuxen i", "vokset op i", "opvokset i",
	// Arrival in the past: "vi kom fra polen", "kom hit frå syria".
	"kom fra", "kom frå", "kom från", "kom hit fra", "kom hit frå", "kom hit från", "kom hertil fra", "came from",
	// Here or back home: "vote here in Norway", "back home in the UK".
	"here in", "home in", "hjemme i", "hemma i", "herhjemme i", "her i", "här i",
	// Arrival: "since I came to Norway", "kom til Norge i 2015".
	"came to", "come to", "arrived in", "kom til", "kom till", "kommet til", "kommit till", "komne til",
	"flyktet fra", "flykta frå", "flydde från", "flygtede fra", "fled from",
	// A holiday home or flat there, work there, a commute from or to there.
	"hytte i", "hytte på", "hytte pa", "hytta i", "hytta på", "hytta pa", "hytte ved", "fritidsbolig i",
	"fritidsbolig på", "fritidshus i", "fritidshus på", "leilighet i", "leilighet på", "sommerhus i", "sommerhus på",
	"sommerhus pa", "sommerhuset i", "sommerhuset på", "sommerhus ved", "feriehus i", "feriehus på", "lejlighed i",
	"lejlighed på", "sommarstuga i", "sommarstuga på", "sommarstugan i", "sommarstugan på", "stuga i", "stuga på",
	"stugan i", "stugan på", "lägenhet i", "lägenhet på", "cabin in", "cottage in", "flat in",
	"jobber i", "jobber på", "jobber pa", "jobbar i", "jobbar på", "arbeider i", "arbeider på", "arbeidar i",
	"arbeidar på", "arbejder i", "arbejder på", "arbetar i", "arbetar på", "work in", "works in", "working in",
	"worked in", "pendler til", "pendler fra", "pendlar til", "pendlar frå", "pendlar till", "pendlar från",
	"jobba i", "jobba på", "pendla till", "pendla från", "pendle til", "pendle fra",
	"commute to", "commute from", "commuting to", "commuting from",
	// A postcode asked for a place: "kva er postnummeret til lærdal".
	"postnummeret til", "postnummeret for", "postnummeret på", "postnummer til", "postnummer for", "postnr til",
	"postnr for", "postnummeret i", "postnumret till", "postnumret för", "postnummer till",
	// A place named so: "an island called træna".
	"island called", "village called", "town called", "place called", "øy som heter", "øy som heiter", "bygd som heter",
	"bygd som heiter", "ö som heter", "by som hedder", "ø som hedder",
}

// institutionWords follow a place in an institution's or area's name
// ("Grimstad kommune", "Fevik skole", "Moss sentrum"): they confirm the
// place, and the place alone is the span.
var institutionWords = []string{
	"kommune", "kommunes", "kommun", "kommuns", "fylkeskommune", "fylke", "län", "region", "regionen", "bydel",
	"skole", "skule", "skola", "skolan", "skolen", "barneskole", "ungdomsskole", "ungdomsskule", "vgs", "videregående",
	"barnehage", "barnehagen", "barnehave", "förskola", "børnehave", "sfo", "sykehus", "sjukehus", "sygehus", "sjukhus",
	"legevakt", "legevakta", "legevakten", "helsestasjon", "bibliotek", "biblioteket", "bibliotek", "kirke", "kyrkje",
	"kirken", "kyrka", "kyrkan", "stasjon", "station", "stationen", "sentrum", "centrum", "center", "senter",
	"storsenter", "havn", "hamn", "havna", "lufthavn", "flyplass", "idrettslag", "il", "bk", "fk", "sk",
	"menighet", "sogn", "sokn", "stift", "rådhus", "rådhuset", "svømmehall", "svømmehallen", "idrettshall",
	"idrettshallen", "stadion", "camping", "brannstasjon", "politistasjon", "tingrett", "sykehjem", "sjukeheim",
	"omsorgssenter", "municipality", "council", "county", "city", "town", "village", "area", "området",
	"omegn", "omegnen", "distrikt", "distriktet",
	"gjenvinningsstasjon", "gjenvinningsstasjonen", "miljøstasjon", "miljøstasjonen", "genbrugsplads",
	"genbrugspladsen", "återvinningscentral", "återvinningscentralen", "legesenter", "legesenteret", "legekontor",
	"helsesenter", "kulturhus", "kulturhuset", "barneskule", "idrettspark",
	"school", "church", "hospital", "library",
}

// institutionSuffixes make one token with a place before them
// ("Hovsjöskolan", "Fevikskolen"); listedInstSuffixes only with a listed
// place before them ("Førdehuset", not "Menighedshuset").
var (
	institutionSuffixes = []string{
		"skolen", "skole", "skule", "skulen", "skolan", "skola", "hallen", "hallene", "parken", "senteret", "senter",
		"sentret", "centret", "centrum", "kirke", "kirken", "kyrkja", "kyrkan", "kyrka", "barnehage", "barnehagen",
		"badet", "stadion", "biblioteket", "sykehjem", "sykehjemmet", "sjukheimen", "gården", "torget",
		"stasjon", "stasjonen", "havna", "hamna",
	}
	listedInstSuffixes = []string{"huset"}
)

// introPhrases introduce a name: "jeg heter Ola Hansen", "hilsen Kari",
// "my name is". A name after one is a name even when it is not in the lists.
var introPhrases = [][]string{
	{"jeg", "heter"}, {"je", "heter"}, {"jeg", "heiter"}, {"eg", "heiter"}, {"eg", "heter"}, {"jag", "heter"},
	{"jeg", "hedder"}, {"heter"}, {"hedder"}, {"heiter"}, {"jeg", "kalles"}, {"kalles"}, {"kallas"},
	{"mitt", "navn", "er"}, {"mitt", "namn", "er"}, {"mitt", "namn", "är"}, {"mit", "navn", "er"},
	{"navnet", "mitt", "er"}, {"namnet", "mitt", "er"}, {"namnet", "mitt", "är"}, {"navnet", "er"},
	{"my", "name", "is"}, {"my", "name's"}, {"name", "is"}, {"i'm", "called"}, {"i", "am", "called"},
	{"hilsen"}, {"helsing"}, {"helsning"}, {"hälsningar"}, {"hälsning"}, {"mvh"}, {"vh"}, {"mvh."}, {"mvh,"},
	{"med", "vennlig", "hilsen"}, {"vennlig", "hilsen"}, {"venlig", "hilsen"}, {"med", "venlig", "hilsen"},
	{"vänliga", "hälsningar"}, {"vänlig", "hälsning"}, {"mange", "hilsener"}, {"beste", "hilsen"},
	{"regards"}, {"best", "regards"}, {"kind", "regards"}, {"sincerely"}, {"cheers"}, {"greetings"},
	{"signert"}, {"navn", "til"}, {"navnet", "til"}, {"namn", "till"}, {"namnet", "till"}, {"name", "to"},
	{"navn", "er"}, {"namn", "er"}, {"namn", "är"},
	// Danish sign-offs: "kh" (kærlig hilsen), "hilsner".
	{"kh"}, {"hilsner"}, {"mange", "hilsner"},
	// A hug as a sign-off: "kram malin", "knus sofie", "klem kari".
	{"kram"}, {"kramar"}, {"knus"}, {"klem"},
	// The name someone goes by: "I go by Ash now", "jeg går under navnet Kim".
	{"i", "go", "by"}, {"goes", "by"}, {"går", "under", "navnet"}, {"går", "under", "namnet"},
	// A nickname: "kaller seg Tussa", "kaldes Mulle". ("Kallar henne" is also
	// calling her names: "kallar henne stygge ting".)
	{"kaller", "seg"}, {"kalla", "seg"}, {"kallar", "seg"}, {"kalder", "sig"}, {"kallar", "sig"}, {"kallade", "sig"},
	{"kaldes"},
}

// introAdverbPhrases are a verb of naming with an adverb after it: "han
// heter visst rune lie", "hun hedder faktisk Sofie".
var introAdverbPhrases = func() [][]string {
	var out [][]string
	for _, v := range []string{"heter", "heiter", "hedder"} {
		// Not the common short adverbs ("nå", "bare"): every token after
		// them would be looked at as a name's place.
		for _, a := range []string{"visst", "visstnok", "vistnok", "egentlig", "egentligen", "faktisk", "faktiskt"} {
			out = append(out, []string{v, a})
		}
	}
	return out
}()

// weakIntroPhrases may introduce a name or anything else ("jeg er Kari" /
// "jeg er syk"): a name from the lists must follow.
var weakIntroPhrases = [][]string{
	{"jeg", "er"}, {"jag", "är"}, {"eg", "er"}, {"i", "am"}, {"i'm"}, {"im"}, {"this", "is"}, {"det", "er"},
	{"det", "är"}, {"dette", "er"}, {"her", "er"}, {"här", "är"}, {"it's"}, {"its"}, {"it", "is"},
}

// personTitles are words before a person's name: "fru Hansen", "ordfører
// Kjersti Nilsen", "Dr. Berg".
var personTitles = setOf("fru", "herr", "hr", "frøken", "frk", "frk.", "mr", "mrs", "ms", "miss", "dr", "doktor",
	"lege", "legen", "fastlege", "fastlegen", "ordfører", "ordføreren", "varaordfører", "ordførar", "ordføraren",
	"varaordførar", "varaordføreren", "borgmästare", "borgmästaren", "rådmann", "rådmannen",
	"kommunedirektør", "kommunedirektøren", "rektor", "rektoren", "lærer", "læreren", "lærar", "saksbehandler",
	"saksbehandleren", "sakshandsamar", "sykepleier", "sykepleieren", "advokat", "prest", "presten", "pastor",
	"professor", "sir", "madam", "kontaktperson", "konsulent", "borgmester", "borgmesteren", "kommunalråd",
	"kommunalrådet", "handläggare", "handläggaren", "läkare", "läkaren", "sjuksköterska", "fröken", "frue",
	"onkel", "tante", "kollega", "kollegaen", "nabo", "naboen", "granne", "grannen", "neighbour", "neighbor",
	"teacher", "doctor", "mayor", "councillor", "minister", "statsminister", "statsministeren", "rådman", "fylkesmann",
	"statsforvalter", "sjef", "sjefen", "direktør", "direktøren",
	// Danish and Swedish roles a citizen names a person by: "min sagsbehandler mette".
	"sagsbehandler", "sagsbehandleren", "læge", "lægen", "sygeplejerske", "sygeplejersken", "pædagog", "pædagogen",
	"tandlæge", "tandlægen", "hjemmehjælper", "hjemmehjælperen", "socialrådgiver", "socialrådgiveren",
	"lärare", "läraren", "rektorn", "kurator", "kuratorn", "socialsekreterare", "socialsekreteraren",
	"biståndshandläggare", "biståndshandläggaren", "tandläkare", "tandläkaren", "sjuksköterskan", "kontaktpersonen",
	"förskollärare", "förskolläraren", "pedagogen", "assistenten",
	// Friends: "min kompis ahmed", "min veninde sofie".
	"kompis", "kompisen", "kamrat", "kamraten", "vän", "vännen", "väninna", "väninnan", "ven", "vennen", "veninde",
	"veninden", "venn", "venninne", "venninna", "venninnen",
	// The staff around a child or a user, by role: "kontaktlærer marte",
	// "assistenten hanne", "klasseläraren sara", "pædagogen mads".
	"kontaktlærer", "kontaktlæreren", "kontaktlærar", "kontaktlæraren", "klasselærer", "klasselæreren",
	"lærerinne", "lærerinnen", "lærarinne", "assistent", "assistenter", "barnehagelærer", "barnehagelæreren",
	"barnehagelærar", "pedagog", "miljøarbeider", "miljøarbeideren", "miljøterapeut", "miljøterapeuten",
	"avdelingsleder", "avdelingslederen", "avdelingsleiar", "styreren", "styraren",
	"helsesykepleier", "helsesykepleieren", "helsesøster", "helsesøsteren", "fysioterapeut", "fysioterapeuten",
	"ergoterapeut", "ergoterapeuten", "psykolog", "psykologen", "spesialpedagog", "spesialpedagogen",
	"vaktmester", "vaktmesteren", "sekretær", "sekretæren", "rådgiver", "rådgiveren", "rådgjevar",
	"rådgjevaren", "veileder", "veilederen", "rettleiar", "rettleiaren", "treneren", "lederen", "leiaren",
	"tolken", "sjåføren", "bussjåføren", "kontaktlærerinne",
	"klasslärare", "klassläraren", "mentor", "mentorn", "mentoren", "klassföreståndare", "klassföreståndaren",
	"specialpedagog", "specialpedagogen", "skolsköterska", "skolsköterskan", "fritidspedagog",
	"fritidspedagogen", "barnskötare", "barnskötaren", "elevassistent",
	"elevassistenten", "tränaren", "vaktmästare", "vaktmästaren",
	"pædagogmedhjælper", "pædagogmedhjælperen", "sundhedsplejerske",
	"sundhedsplejersken", "støttepædagog", "støttepædagogen", "skolesekretær", "skolesekretæren",
	"pedel", "pedellen", "træneren", "assistant", "counsellor", "counselor", "therapist", "nurse", "headteacher", "principal",
	"caseworker", "babysitter", "nanny")

// orgSuffixes follow a name that is part of an organisation's name
// ("Hansen AS", "Olsen Bygg").
var orgSuffixes = setOf("as", "asa", "ab", "aps", "a/s", "ltd", "inc", "gmbh", "ans", "da", "sa", "ba", "bygg",
	"eiendom", "transport", "holding", "consult", "regnskap", "elektro", "maskin", "invest", "gruppen", "group",
	"co", "&", "og", "sønner", "sønn", "sön", "söner", "legekontor", "tannlege", "tannlegekontor", "advokatfirma")

// contextWords are the words of the place prepositions and residence
// phrases: never a place themselves when written in lower case.
var contextWords = func() map[string]bool {
	m := make(map[string]bool)
	for w := range placePreps {
		m[w] = true
	}
	for _, p := range residencePhrases {
		for _, w := range strings.Fields(p) {
			m[w] = true
		}
	}
	return m
}()

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, 2*len(ws))
	for _, w := range ws {
		m[w] = true
		m[Fold(w)] = true
	}
	return m
}

// endsWithAny reports whether w ends with one of the suffixes (a word's
// head: "sykehjemmet", "rusklinikken").
func endsWithAny(w string, suffixes []string) bool {
	for _, sfx := range suffixes {
		if strings.HasSuffix(w, sfx) {
			return true
		}
	}
	return false
}

func phrases(ps []string) [][]string {
	out := make([][]string, len(ps))
	for i, p := range ps {
		out[i] = strings.Fields(p)
	}
	return out
}

// sentStart reports whether token i begins a sentence: the first token, or
// one after sentence punctuation or a line break.
func sentStart(t *Text, i int) bool {
	if i == 0 {
		return true
	}
	gap := t.Orig[t.Tokens[i-1].End:t.Tokens[i].Start]
	if gap == " " {
		return false // most gaps, asked before the set is searched
	}
	return sentGap(gap)
}

// sentGap reports whether gap holds one of .!?:;\n"«(•* (a byte scan: see
// byteSet).
func sentGap(gap string) bool {
	for k := 0; k < len(gap); k++ {
		if sentMarks[gap[k]] || gap[k] == 0xC2 && strings.HasPrefix(gap[k:], "«") || gap[k] == 0xE2 && strings.HasPrefix(gap[k:], "•") {
			return true
		}
	}
	return false
}

// gapSpaces reports whether only spaces lie between tokens i and i+1.
func gapSpaces(t *Text, i int) bool {
	if i+1 >= len(t.Tokens) {
		return false
	}
	return onlySpaces(t.Orig[t.Tokens[i].End:t.Tokens[i+1].Start])
}

// phraseSet holds phrases by their last word (lowercase and folded), so
// checking whether one ends before a token costs one map lookup, and most
// tokens are ruled out before it by the length and first byte of the word.
type phraseSet struct {
	byLast map[string][][]string
	last   [16][256]bool // length&15 and first byte of each last word
}

func newPhraseSet(ps [][]string) *phraseSet {
	set := &phraseSet{byLast: make(map[string][][]string)}
	for _, p := range ps {
		f := make([]string, len(p))
		for k, w := range p {
			f[k] = Fold(lowerSameLen(w))
		}
		last := f[len(f)-1]
		set.byLast[last] = append(set.byLast[last], f)
		set.last[len(last)&15][last[0]] = true
	}
	return set
}

// endsAt reports whether a phrase of the set ends at token i-1, so that
// token i follows it.
func (ps *phraseSet) endsAt(t *Text, i int) bool {
	if i <= 0 {
		return false
	}
	w := t.Folded(i - 1)
	if !ps.last[len(w)&15][w[0]] {
		return false
	}
	for _, p := range ps.byLast[w] {
		s := i - len(p)
		if s < 0 {
			continue
		}
		ok := true
		for k := 0; k < len(p)-1; k++ {
			if t.Folded(s+k) != p[k] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// endsAtBit is endsAt for a caller holding bits of a token index (pb) in
// which bit is set for every last word of the set's phrases: a token
// before i without it ends none, and the set is not looked up.
func (ps *phraseSet) endsAtBit(t *Text, pb []uint32, bit uint32, i int) bool {
	return i > 0 && pb[i-1]&bit != 0 && ps.endsAt(t, i)
}

var (
	introSet     = newPhraseSet(append(append([][]string{}, introPhrases...), introAdverbPhrases...))
	weakIntroSet = newPhraseSet(weakIntroPhrases)
	// nickSet: calling someone by a nickname ("alle kalder ham Sørle"); a
	// capitalised word only, since one is also called names ("kallar henne
	// stygge ting").
	nickSet = newPhraseSet([][]string{{"kaller", "ham"}, {"kaller", "henne"}, {"kalla", "han"}, {"kalla", "ho"},
		{"kallar", "han"}, {"kallar", "ho"}, {"kalder", "ham"}, {"kalder", "hende"}, {"kallar", "honom"}, {"kallar", "henne"},
		{"call", "him"}, {"call", "her"}, {"calls", "him"}, {"calls", "her"}})
	residenceSet = newPhraseSet(phrases(residencePhrases))
)

// isAllUpper reports whether s has no lowercase letter.
func isAllUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// afterIntro reports whether token i follows a phrase introducing a name.
func afterIntro(t *Text, i int) bool {
	return introSet.endsAt(t, i)
}

// afterPlacePrep reports whether token i follows a preposition of place.
func afterPlacePrep(t *Text, i int) bool {
	return i > 0 && (placePreps[t.Word(i-1)] || placePreps[t.Folded(i-1)])
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func runeCount(s string) int { return utf8.RuneCountInString(s) }

// measureWords follow a number that is a quantity, not a house number:
// "motorveien 3 mil", "gata 2 ganger".
var measureWords = setOf("km", "mil", "m", "meter", "metre", "miles", "min", "minutt", "minutter", "minutes",
	"time", "timer", "timar", "timmar", "hours", "gang", "ganger", "gonger", "gange", "gånger", "times", "kr",
	"kroner", "kronor", "år", "dager", "dagar", "dage", "days", "uker", "veker", "uger", "veckor", "weeks",
	"prosent", "procent", "percent", "stk", "biler", "bilar", "year", "years", "month", "months", "week", "day",
	"hour", "måned", "måneder", "månad", "månader", "mnd", "mdr", "uke", "veke", "uge", "vecka", "dag",
	"døgn", "dygn", "gangen", "stykker", "personer", "pers", "barn", "unger", "børn", "yrs", "yr", "mths", "wks", "hrs",
	"mins")

// cadastralStart words start a property designation (gårdsnummer,
// bruksnummer; Danish matrikelnummer); cadastralWords may continue one
// (festenummer, seksjonsnummer, the "nr" of "matr.nr."), not start it: "nr
// 5" and "fnr" (fødselsnummer) are no places.
var (
	cadastralStart = setOf("gnr", "gårdsnr", "gardsnr", "gårdsnummer", "gardsnummer", "bnr", "bruksnr",
		"bruksnummer", "matr", "matrikelnr", "matrikelnummer")
	cadastralWords = setOf("gnr", "gårdsnr", "gardsnr", "gårdsnummer", "gardsnummer", "bnr", "bruksnr",
		"bruksnummer", "fnr", "festenr", "festenummer", "snr", "seksjonsnr", "seksjonsnummer", "matr", "matrikel",
		"matrikelnr", "matrikelnummer", "nr")
)
