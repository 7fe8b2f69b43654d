package detectors

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Context rule keys of the LOCATION detector, one per class of evidence.
const (
	// A place name that is no word, written in lower case ("bor pa fevik").
	keyLocLower = "location.lower"
	// A place name that is also a word or first name, capitalised
	// mid-sentence ("bor i Ski", "Sola kommune").
	keyLocCap = "location.cap"
	// A place name that is also a word, in lower case or at the start of a
	// sentence ("Moss", "bor på sola").
	keyLocWord = "location.word"
	// A country: only where it says where a person is, lives, comes from
	// or goes.
	keyLocCountry = "location.country"
	// The home countries (Norge, Sverige, Danmark): "i Norge" is mostly a
	// general question, so "i"/"in" alone do not confirm them.
	keyLocHome = "location.country_home"
	// A place name that is also a first name, capitalised mid-sentence
	// ("Ask", "Nora"): a place only with a place context, else PERSON's.
	keyLocName = "location.name"
	// A street name without a number, written in lower case.
	keyLocStreet = "location.street_lower"
)

// LocationDetector finds geolocation (detection.md, LOCATION): street addresses with
// house number, postcode and place as one span; postcodes with their place
// or named as such; coordinates; place names below country level; and
// countries where they say where a person is or goes.
type LocationDetector struct {
	places    *flagLexicon
	countries *flagLexicon
	streets   *Lexicon
	postcodes postcodeRegister
	// suffixes are the street suffixes, longest first; suffixByText and
	// suffixLens index them for a lookup per length.
	suffixes     []streetSuffix
	suffixByText map[string]streetSuffix
	suffixLens   []int
	// suffixEnd marks the last two bytes of every suffix, a cheap filter
	// before the suffix lookups.
	suffixEnd [1 << 16]bool
	// idx gives a token's bits: the lists with an entry starting with it
	// (firstPlace, ...), so one lookup rules most tokens out, and the sets
	// most tokens are looked up in.
	idx         *tokenIndex
	streetWords map[string]string
	enTypes     map[string]string
	instWords   map[string]bool
	notPlaces   map[string]string
	names       *nameLists
	// typos maps the folded names of towns and municipalities that are no
	// words or names, and each with one letter deleted, to the name:
	// "haugesnd", "kristiansnd" are one letter from a town (typoPlace).
	typos map[string]string
	// typoStop holds the dictionary words (folded) one letter from such a
	// name ("bustad", "forsta"): words, no misspelt towns.
	typoStop map[string]string
	version  string
}

type streetSuffix struct {
	s      string
	strong bool
	core   bool // a lowercase compound with it may be a street ("storgata 5")
}

var _ Detector = (*LocationDetector)(nil)
var _ ContextRuler = (*LocationDetector)(nil)
var _ Versioner = (*LocationDetector)(nil)

// coreStreetSuffixes may end a street name written in lower case.
var coreStreetSuffixes = setOf("vei", "veien", "vegen", "veg", "gate", "gata", "gaten", "gatan", "vägen", "väg",
	"vej", "vejen", "gade", "gaden")

// countSuffixes end compounds that are counted ("barnehageplass 1",
// "parkeringsplass 3"): in lower case no street even before a number.
var countSuffixes = setOf("plass", "plassen", "torg", "torget", "ringen")

// monthWords follow a day written as an ordinal ("1. august").
var monthWords = setOf("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
	"oktober", "november", "desember", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "des",
	"januari", "februari", "marts", "maj", "augusti", "december", "january", "february", "march", "june", "july",
	"october")

// ordinalAfter reports whether token i is a day before a month: "1. august".
func ordinalAfter(t *Text, i int) bool {
	return i+1 < len(t.Tokens) && strings.HasPrefix(t.Orig[t.Tokens[i].End:], ".") && monthWords[t.Word(i+1)]
}

// separateStreetTypes are street-type words written apart from the name
// ("Kong Oscars gate", "Balder Allé", "Nørre Allé").
// definiteStreetTypes are separate street types in the definite form: after
// one capitalised word opening a sentence and with no house number they are
// most often the road itself ("Brøyt veien", "Stengte gata igjen").
var definiteStreetTypes = setOf("veien", "vegen", "gata", "gaten", "gatan", "vägen", "vejen", "gaden")

var separateStreetTypes = setOf("gate", "gata", "gaten", "vei", "veien", "veg", "vegen", "allé", "alle", "alléen",
	"plass", "plassen", "torg", "torget", "gade", "vej", "väg", "vägen", "gatan", "gränd", "stræde", "plads", "pladsen", "torv", "torvet", "boulevard", "gt")

// compassPrefixes are the street prefixes of direction and height, which
// in lower case before a street type still name a street ("nedre gate").
var compassPrefixes = setOf("nordre", "søndre", "sondre", "øvre", "ovre", "nedre", "vestre", "østre", "ostre", "indre",
	"ytre", "norra", "södra", "västra", "östra", "nørre", "sønder", "vester", "øster", "søre", "austre")

// squareTypes are the separate street types of squares ("på nedre torg"
// may be any square), left to a house number.
var squareTypes = setOf("plass", "plassen", "torg", "torget", "plads", "pladsen", "torv", "torvet")

// streetPrefixes may precede a street name ("Gamle Kirkevei", "Nordre
// Skogvei", "St. Olavs gate").
var streetPrefixes = setOf("gamle", "gamla", "gammel", "nordre", "søndre", "sondre", "øvre", "ovre", "nedre",
	"store", "stora", "lille", "lilla", "sankt", "st", "vestre", "østre", "ostre", "nye", "nya", "ny", "indre",
	"ytre", "kong", "konge", "kung", "dronning", "drottning", "prins", "prinsesse", "kronprins", "kronprinsesse",
	"biskop", "professor", "doktor", "general", "kaptein", "admiral", "president", "norra", "södra", "västra",
	"östra", "nørre", "sønder", "vester", "øster", "kirke", "gl",
	// Farm and village prefixes: "Søre Moen", "Vesle Kjeldsberg", "Austre Åmot".
	"søre", "sore", "nørdre", "vesle", "midtre", "austre", "övre", "mellom", "mellem",
	// Danish abbreviations: Ndr. (Nordre), Sdr. (Søndre), Nr. (Nørre), Vr.
	// (Vester), Ll. (Lille).
	"ndr", "sdr", "nr", "vr", "ll")

// bareCodeWords name the number after them as a postcode.
var bareCodeWords = setOf("postnummer", "postnummeret", "postnr", "postkode", "postnumret", "postnumre", "postnumer",
	"postnumber", "zip", "zipcode", "postcode", "postort")

// NewLocation loads the embedded place lists and builds the lookup maps.
func NewLocation() (*LocationDetector, error) {
	nl, err := loadNames()
	if err != nil {
		return nil, err
	}
	return newLocation(nl)
}

func newLocation(nl *nameLists) (*LocationDetector, error) {
	l := &LocationDetector{instWords: setOf(institutionWords...), names: nl}
	var err error
	if l.places, err = loadFlagLexicon(locationFS, "data/location/places.tsv"); err != nil {
		return nil, err
	}
	if l.countries, err = loadFlagLexicon(locationFS, "data/location/countries.tsv"); err != nil {
		return nil, err
	}
	if l.streets, err = LoadLexicon(locationFS, "data/location/streets.txt"); err != nil {
		return nil, err
	}
	if l.postcodes, err = loadPostcodes(locationFS, "data/location/postcodes.tsv"); err != nil {
		return nil, err
	}
	sfx, err := loadWordColumn(locationFS, "data/location/street_suffixes.tsv")
	if err != nil {
		return nil, err
	}
	strength, err := loadSuffixStrength()
	if err != nil {
		return nil, err
	}
	for s := range sfx {
		l.suffixes = append(l.suffixes, streetSuffix{s: s, strong: strength[s], core: coreStreetSuffixes[s]})
	}
	sort.Slice(l.suffixes, func(i, j int) bool {
		if len(l.suffixes[i].s) != len(l.suffixes[j].s) {
			return len(l.suffixes[i].s) > len(l.suffixes[j].s)
		}
		return l.suffixes[i].s < l.suffixes[j].s
	})
	l.suffixByText = make(map[string]streetSuffix, len(l.suffixes))
	for _, sf := range l.suffixes {
		if len(l.suffixLens) == 0 || l.suffixLens[len(l.suffixLens)-1] != len(sf.s) {
			l.suffixLens = append(l.suffixLens, len(sf.s))
		}
		l.suffixByText[sf.s] = sf
		l.suffixEnd[int(sf.s[len(sf.s)-2])<<8|int(sf.s[len(sf.s)-1])] = true
	}
	if l.streetWords, err = loadWordColumn(locationFS, "data/location/street_words.txt"); err != nil {
		return nil, err
	}
	if l.enTypes, err = loadWordColumn(locationFS, "data/location/street_types_en.tsv"); err != nil {
		return nil, err
	}
	if l.notPlaces, err = loadWordColumn(locationFS, "data/location/not_places.txt"); err != nil {
		return nil, err
	}
	l.idx = newTokenIndex()
	l.idx.lane = 1 // the engine's second lane (newEngineIndex)
	foldedKeys(l.idx, firstPlace, l.places.byFirst)
	foldedKeys(l.idx, firstCountry, l.countries.byFirst)
	foldedKeys(l.idx, firstStreet, l.streets.byFirst)
	l.idx.folded(firstStreet, streetPrefixes).folded(lbStreetPrefix, streetPrefixes).folded(lbSepStreetType, separateStreetTypes).
		folded(lbPlacePrefix, placePrefixes).folded(lbBareCode, bareCodeWords).folded(lbTitleF, personTitles).
		word(lbPlacePrep, placePreps).word(lbSchoolHead, schoolHeads).word(lbLocPrep, locPreps).
		word(lbContext, contextWords).word(lbEnDet, enDeterminers).word(lbCadastral, cadastralStart).
		word(lbRouteTo, routeTo).word(lbCoopHead, cooperativeHeads).word(lbRouteFrom, routeFrom)
	wordKeys(l.idx, lbEnType, l.enTypes)
	l.idx.class = l.classify
	if l.typoStop, err = loadWordColumn(locationFS, "data/location/typo_stop.txt"); err != nil {
		return nil, err
	}
	l.typos = make(map[string]string)
	for _, e := range l.places.Entries() {
		if len(e.fold) != 1 || !townKind(e) || l.places.flags[e]&(flagWords|flagFirst|flagSurname) != 0 {
			continue
		}
		f := e.fold[0]
		if len(f) < 6 || !isASCIILetters(f) {
			continue
		}
		for k := -1; k < len(f); k++ {
			v := f
			if k >= 0 {
				v = f[:k] + f[k+1:]
			}
			if old, ok := l.typos[v]; ok && old != f {
				l.typos[v] = "" // two towns: none is meant
				continue
			}
			l.typos[v] = f
		}
	}
	if l.version, err = hashFS(locationFS, "data/location"); err != nil {
		return nil, err
	}
	l.version = "location-132-" + l.version
	return l, nil
}

func loadSuffixStrength() (map[string]bool, error) {
	b, err := locationFS.ReadFile("data/location/street_suffixes.tsv")
	if err != nil {
		return nil, err
	}
	out := make(map[string]bool)
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "\t")
		out[lowerSameLen(cols[0])] = len(cols) > 2 && cols[2] == "strong"
	}
	return out, nil
}

// Name implements Detector.
func (l *LocationDetector) Name() string { return "location" }

// Keywords implements Detector: place names cannot be enumerated with their
// compounds and inflections cheaply, so the detector always runs.
func (l *LocationDetector) Keywords() []string { return nil }

// Version implements Versioner: a hash of the embedded lists.
func (l *LocationDetector) Version() string { return l.version }

// ContextRules implements ContextRuler.
func (l *LocationDetector) ContextRules() []ContextRule {
	preps := make([]string, 0, len(placePreps))
	for w := range placePreps {
		preps = append(preps, w)
	}
	sort.Strings(preps)
	intro := []string{"heter", "hedder", "heiter", "hilsen", "helsing", "mvh", "hälsningar", "regards", "kalles",
		"fru", "herr", "mr", "mrs", "ms", "dr"}
	return []ContextRule{
		{Key: keyLocLower, Window: 2, Confirm: append(append(preps, residencePhrases...), institutionWords...)},
		{Key: keyLocCap, Window: 2, Confirm: append(append(preps, residencePhrases...), institutionWords...),
			Deny: intro},
		{Key: keyLocWord, Window: 3, Confirm: residencePhrases},
		{Key: keyLocName, Window: 1, Confirm: append(append(preps, residencePhrases...), institutionWords...)},
		{Key: keyLocStreet, Window: 3, Confirm: append(append([]string{"adresse", "adressen", "adress", "address",
			// A junction of two streets: "krysset mellom storgata og kirkegata".
			"krysset", "krysset mellom", "mellom", "mellem", "mellan", "between", "hjørnet", "hjørnet av", "hörnet",
			"corner", "korset", "krydset"}, roadWork...), residencePhrases...)},
		{Key: keyLocCountry, Window: 3, Confirm: append([]string{"i", "in", "på"}, countryConfirm...)},
		{Key: keyLocHome, Window: 3, Confirm: countryConfirm},
	}
}

// roadWork are the words of clearing, gritting and lighting a road: a
// street name in lower case near them is the street ("ikke brøytet
// fjellgata", "har ni plogat kungsgatan").
var roadWork = []string{
	"brøyt*", "broyt*", "måke", "måket", "måka", "plogbil*", "snøplog*", "sneplov*", "snöplog*", "strøbil*", "saltbil*",
	"strø", "strødd", "strøing", "strøinga", "strøingen", "feie", "feid", "feiing", "salte", "saltet", "salta",
	"rydde", "ryddet", "rydder", "snerydning", "snerydningen", "saltning", "fejet", "fejning",
	"ploga", "plogar", "plogas", "plogat", "plogning", "plogningen", "snöröjning", "snöröjningen", "sandat", "sandning",
	"saltat", "halkbekämpning", "snöröjt",
	"plow", "plowed", "plough", "ploughed", "gritted", "gritting", "grit", "snowplough", "snowplow",
	"gatelys", "gatelyset", "gatelysa", "gadelys", "gadelyset", "gatubelysning", "gatubelysningen", "gatlampa",
	"gatlampan", "streetlight", "streetlights", "hull i", "hul i", "hål i", "pothole", "potholes", "hullet",
}

// homeCountries are the ISO codes of the countries the service is used in.
var homeCountries = map[string]bool{"no": true, "se": true, "dk": true}

// countryConfirm are the words that say a person is in, lives in, comes
// from or goes to a country.
var countryConfirm = append([]string{"fra", "frå", "från", "from", "til", "till", "hjem",
	"hjemme", "heime", "hjemland", "hjemlandet", "statsborger", "statsborgerskap", "citizen", "opprinnelig", "originally",
	"reise", "reiser", "reiste", "rejse", "rejser", "resa", "reser", "flykte", "flyktet", "flykta", "flydde",
	"flygtede", "fled", "left", "forlot", "forlét", "forlod", "lämnade", "ferie i", "holiday in", "vacation in", "semester i", "jobber i", "jobbar i",
	"arbeider i", "works in", "work in", "studerer i", "studerar i", "study in", "er i", "är i", "am in",
	"var i", "was in", "opphold i", "besøke", "besøk", "visit", "visiting", "familie i", "family in",
	"familien i", "familjen i", "stadig i", "fortsatt i", "fortfarande i", "still in", "sende penger til", "pass fra",
	// Going home or back: "goes home to Romania", "åker hem till Polen".
	"home", "hem", "hemma", "hemland", "hemlandet", "homeland", "returns to", "tilbake", "tilbage",
	"tillbaka", "åka", "åker", "åkte", "drar", "dro", "rejste", "reste",
	// Living there now: "kan eg røyste i Sverige når eg bur her?".
	"bor her", "bur her", "bur eg", "bor jeg", "bor jag", "bor vi", "bur vi", "bor här", "live here", "living here",
	// Registered as living there: "folkeregistrert i Sverige" (Swedish "folkbokförd i
	// Sverige" is how the law puts it to anyone).
	"folkeregistrert i", "folkeregistrert", "folkeregistrerte", "registrert i", "bosatt i", "busett i", "bosat i",
	"folkeregistreret", "registered in", "resident in",
	// Half the year there: "bor halve året i Sverige".
	"halve året", "halve året i", "halva året", "halva året i", "halvdelen af året", "half the year",
	// New there: "ny i Sverige", "new to Norway".
	"ny i", "nye i", "nya i", "new to", "new in",
	// How long someone has been there: "har været i Danmark i 2 år".
	"været i", "vært i", "vore i", "varit i", "been in",
	// Worked there, or still is: "har jobbet i Sverige i 12 år", "jobbar kvar i Sverige".
	"jobbet i", "jobba i", "jobbat i", "jobbede i", "arbeidet i", "arbeidd i", "arbejdet i", "arbetat i", "arbetade i",
	"worked in", "working in", "kvar i", "now in", "nå i", "nu i",
	// Out of work or studying there: "ble arbeidsledig i Sverige", "studerte i Polen".
	"arbeidsledig i", "arbeidsløs i", "arbeidslaus i", "arbejdsløs i", "arbetslös i", "ledig i", "unemployed in",
	"studerte i", "studert i", "studerede i", "studerade i", "studied in", "student i",
	// Had to leave it: "I had to leave Eritrea".
	"had to leave", "escaped from", "fled from",
	// Giving birth there: "skal føde i Sverige".
	"føde i", "føder i", "fødde i", "føda i", "föda i", "föder i", "give birth in",
	// Someone's address there: "adressen vår i Sverige", "din adresse i Danmark".
	"adresse i", "adressen i", "adressa i", "adress i", "adressen vår i", "adressen min i", "vores adresse i",
	"min adresse i", "vår adress i", "min adress i", "address in", "our address in", "my address in"},
	append(travelPhrases, residencePhrases...)...)

// Bits of LocationDetector.idx.
const (
	firstPlace uint32 = 1 << iota
	firstCountry
	firstStreet

	firstAny = firstPlace | firstCountry | firstStreet

	lbStreetPrefix  uint32 = 1 << iota // streetPrefixes, folded
	lbSepStreetType                    // separateStreetTypes, folded
	lbPlacePrefix                      // placePrefixes, folded
	lbBareCode                         // bareCodeWords, folded
	lbTitleF                           // personTitles, folded
	lbPlacePrep                        // placePreps
	lbSchoolHead                       // schoolHeads
	lbLocPrep                          // locPreps
	lbContext                          // contextWords
	lbEnDet                            // enDeterminers
	lbCadastral                        // cadastralStart
	lbEnType                           // a key of enTypes
	lbRouteTo                          // routeTo
	lbCoopHead                         // cooperativeHeads
	lbRouteFrom                        // routeFrom

	// Computed by classify, not listed.
	lbSuffix2  // the word ends in a street suffix after two bytes or more (streetSuffixOf)
	lbSuffix3  // the same after three bytes or more
	lbTypo     // typoPlace's test of the token alone
	lbFarm     // isFarmWord of the folded form
	lbResEnd   // the word ends like a place one lives in (residenceShaped)
	lbInst     // the word is an institution named after a place (institutionPlace)
	lbEndsS    // the word ends in s (genitiveStreetAhead)
	lbRoad     // the word may start a road's number (roadWord)
	lbDir      // the word is a compass prefix and a hyphen before more (dirPrefixed's test of the word)
	lbFerryEnd // the word is shaped like a ferry's unlisted end (ferryEndShaped)
)

func (l *LocationDetector) tokenIndex() *tokenIndex { return l.idx }

// matchAt is lex.MatchAt where token i's bits say an entry of lex may
// start (bit: firstPlace, firstCountry or firstStreet).
func (l *LocationDetector) matchAt(lex *Lexicon, bit uint32, t *Text, i int) (Match, bool) {
	if t.Bits(l.idx)[i]&bit == 0 {
		return Match{}, false
	}
	return lex.MatchAt(t, i)
}

// genitiveStreetAhead reports whether a lowercase genitive street name may
// start at token i ("oscars gate", "henrik ibsens gate"); lb holds the bits
// of LOCATION's token index.
func genitiveStreetAhead(t *Text, lb []uint32, i int) bool {
	// Token i or i+1 ending in s, each before a separate street type:
	// unrolled, as most lowercase tokens ask (the loop cost 1 %).
	n := len(t.Tokens)
	if i+1 >= n {
		return false
	}
	if lb[i]&lbEndsS != 0 && lb[i+1]&lbSepStreetType != 0 {
		return true
	}
	return i+2 < n && lb[i+1]&lbEndsS != 0 && lb[i+2]&lbSepStreetType != 0
}

// mayStreetAhead reports whether capitalised token i (w), which no street
// list starts with, may start an address (address, streetName): it is an
// initial ("H. C. Andersens Boulevard"), ends like a street suffix, has a
// house number after it ("Solsiden 4, 4848 Arendal"), or a separate or
// English street type follows within three tokens ("Kong Oscars gate",
// "Baker Street"). lb holds the bits of LOCATION's token index.
func (l *LocationDetector) mayStreetAhead(t *Text, lb []uint32, i int, w string) bool {
	n := len(t.Tokens)
	if initialAt(t, i) || len(w) >= 2 && l.suffixEnd[int(w[len(w)-2])<<8|int(w[len(w)-1])] ||
		i+1 < n && houseNumber(t.Word(i+1)) {
		return true
	}
	for j := i + 1; j < n && j <= i+3; j++ {
		if lb[j]&(lbSepStreetType|lbEnType) != 0 {
			return true
		}
	}
	return false
}

// suffixCandidate reports whether w may end in a street suffix.
func (l *LocationDetector) suffixCandidate(w string) bool {
	return len(w) >= 6 && l.suffixEnd[int(w[len(w)-2])<<8|int(w[len(w)-1])]
}

// officeWords name a public office before the place it serves.
var officeWords = setOf("nav", "jobcenter", "jobcentret", "jobcentre", "borgerservice", "arbetsförmedlingen", "försäkringskassan")

// typoPlace reports whether lowercase token i, which no list holds, is a
// town or municipality misspelt by one letter (added, dropped, changed or
// two swapped): "bor i haugesnd", "flytta til kristiansnd".
func (l *LocationDetector) typoPlace(t *Text, i int) bool {
	return t.Bits(l.idx)[i]&lbTypo != 0
}

// classify computes the bits of l.idx no set lists for a token with
// folded form f and word w, each asked of many tokens on every pass:
// whether it ends in a street suffix (a look-up per suffix length),
// whether it is a misspelt town (typoPlace: one per deleted letter), and
// whether it is a farm word (lowerFarm asks it of the token before most
// lowercase ones), the word-alone tests of lowerResidence and
// lowerInstitution, asked of most long lowercase tokens, a final s
// (genitiveStreetAhead), and the words a road's number may start with
// (roadWord).
func (l *LocationDetector) classify(f, w string) uint32 {
	var c uint32
	if l.suffixCandidate(w) {
		if _, ok := l.streetSuffixOf(w, 2); ok {
			c |= lbSuffix2
		}
		if _, ok := l.streetSuffixOf(w, 3); ok {
			c |= lbSuffix3
		}
	}
	if l.typoOf(f) && !contextWords[w] && !hasKey(l.notPlaces, w) && !hasKey(l.typoStop, f) {
		c |= lbTypo
	}
	if isFarmWord(f) {
		c |= lbFarm
	}
	if residenceShaped(w) {
		c |= lbResEnd
	}
	if l.institutionPlace(w) {
		c |= lbInst
	}
	if w != "" && w[len(w)-1] == 's' {
		c |= lbEndsS
	}
	if roadWord(w) {
		c |= lbRoad
	}
	if dirWord(w) {
		c |= lbDir
	}
	if ferryEndShaped(w) {
		c |= lbFerryEnd
	}
	return c
}

// dirWord is what dirPrefixed asks of the lowercase word: a point of the
// compass or a side, a hyphen, and three bytes or more after it. The word
// is the raw token lowercased rune by rune, so the hyphen and the prefix
// lowercased stand where dirPrefixed finds them.
func dirWord(w string) bool {
	k := strings.IndexByte(w, '-')
	return k >= 3 && k <= 9 && len(w)-k >= 4 && dirPrefixes[w[:k]]
}

// typoOf reports whether folded word w is one letter from exactly one
// name of the typo index, by a likely slip (likelyTypo). The variants are
// built in a buffer on the stack: a lookup by string(buf) allocates
// nothing.
func (l *LocationDetector) typoOf(w string) bool {
	if len(w) < 5 || len(w) > 20 || !isASCIILetters(w) {
		return false
	}
	var buf [20]byte
	found := ""
	for k := -1; k < len(w); k++ {
		v := buf[:0]
		if k < 0 {
			v = append(v, w...)
		} else {
			v = append(append(v, w[:k]...), w[k+1:]...)
		}
		name, ok := l.typos[string(v)]
		if !ok {
			continue
		}
		if name == "" || found != "" && found != name || !oneEdit(w, name) || !likelyTypo(w, name) {
			return false
		}
		found = name
	}
	return found != ""
}

func isASCIILetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return s != ""
}

// fragment reports whether the whole message is one to max lowercase
// words parted by single spaces, with at most a full stop or a mark
// after them: the answer to a question of the bot's ("odense", "kari
// nordmann").
func fragment(t *Text, max int) bool {
	n := len(t.Tokens)
	if n == 0 || n > max || t.Tokens[0].Start != 0 || strings.Trim(t.Orig[t.Tokens[n-1].End:], " .!?\n") != "" {
		return false
	}
	for k := 0; k < n; k++ {
		if t.IsUpper(k) || !isLetters(t.Raw(k)) || k+1 < n && !gapSpaces(t, k) {
			return false
		}
	}
	return true
}

// Detect implements Detector.
func (l *LocationDetector) Detect(t *Text) []Span { return l.appendSpans(t, nil) }

// appendSpans implements spanAppender.
func (l *LocationDetector) appendSpans(t *Text, out []Span) []Span {
	n := len(t.Tokens)
	lb := t.Bits(l.idx)[:n] // one bit set a token: lb[i] for i < n needs no bounds test
	spans := out
	lf := langWordFlag(t.Lang)
	if n <= 3 && fragment(t, 3) && runeCount(t.Word(0)) >= 3 {
		// "odense", "sverige" alone: a place no word of the message's
		// language or first name, given as an answer.
		if m, ok := l.matchAt(l.places.Lexicon, firstPlace, t, 0); ok && m.EndTok == n && l.places.flags[m.Entry]&(lf|flagFirst) == 0 {
			return []Span{l.span(t, 0, n-1, "location.place")}
		}
		if m, ok := l.matchAt(l.countries.Lexicon, firstCountry, t, 0); ok && m.EndTok == n {
			return []Span{l.span(t, 0, n-1, "location.country")}
		}
	}
	digits := false
	for i := 0; i < n; i++ {
		// Most tokens are lowercase words no list starts with: one map
		// lookup and they are done.
		w := t.Word(i)
		up := t.IsUpper(i)
		digit := isDigitByte(w[0])
		digits = digits || digit
		idx := lb[i] & firstAny
		if lb[i]&lbCadastral != 0 { // gnr, bnr, matr...
			if end, ok := cadastral(t, i); ok {
				spans = append(spans, l.span(t, i, end, "location.cadastral"))
				i = end
				continue
			}
		}
		if up && w[0] == 'e' && len(w) >= 2 && len(w) <= 4 && nordicERoads[t.Raw(i)] {
			// "ulykke på E18 ved Bommestad": a European route.
			spans = append(spans, l.span(t, i, i, "location.road"))
			continue
		}
		if lb[i]&lbRoad != 0 && (w[0] == 'r' || w[0] == 'f' || w[0] == 'l') && !digit {
			if end, ok := roadNumber(t, i); ok {
				// "stengt på Rv 9", "fv. 17 ved Vinje": a national or county road.
				spans = append(spans, l.span(t, i, end, "location.road"))
				i = end
				continue
			}
		}
		// The rules of a capitalised token and those of a lowercase one,
		// each in its order: the token's case is tested once.
		if up {
			if idx == 0 && lb[i]&lbDir != 0 && dirPrefixed(t.Raw(i)) {
				// "Nord-Gudbrandsdal", "Sør-Varanger", "Västra Götaland"'s
				// hyphened kin: a point of the compass before a proper name.
				spans = append(spans, l.span(t, i, i, "location.proper"))
				continue
			}
			if i >= 2 && t.Word(i - 1)[0] == 'h' && nameVerbs[t.Folded(i-1)] && isFarmWord(t.Folded(i-2)) && gapSpaces(t, i-2) && gapSpaces(t, i-1) {
				// "garden heiter Øvre Kvamme", "vår gård heter Västergården":
				// the name a farm is called by.
				end := i
				for end+1 < len(t.Tokens) && end < i+2 && t.IsUpper(end+1) && gapSpaces(t, end) {
					end++
				}
				spans = append(spans, l.span(t, i, end, "location.proper"))
				i = end
				continue
			}
			if idx == 0 && i+1 < n && t.Word(i + 1)[0] == 'g' && farmNouns[t.Word(i+1)] && !t.IsUpper(i+1) && gapSpaces(t, i) &&
				!sentStart(t, i) && !isAllUpper(t.Raw(i)) && (w[len(w)-1] != 's' || strings.HasSuffix(w, "hus")) && runeCount(w) >= 3 {
				// "kjøpt gamle Stølen gard", "flytta til Nordigard gård": a
				// capitalised name no list holds before the word farm names a
				// farm (not a genitive: "Hansens gård" is a person's; "Brekkhus
				// gard" is no genitive), with a point of the compass or a size
				// before it ("Nordre Lie gård"), not another capitalised word.
				start := i
				if t.IsUpper(i - 1) {
					start = -1 // "Ola Nordmann gård": not a farm's name alone
					if lb[i-1]&lbStreetPrefix != 0 && gapSpaces(t, i-1) && (len(spans) == 0 || spans[len(spans)-1].End <= t.Tokens[i-1].Start) {
						start = i - 1
					}
				}
				if start >= 0 {
					spans = append(spans, l.span(t, start, i, "location.proper"))
					continue
				}
			}
		} else {
			if w == "uk" {
				// "from the uk": lowercase only after "from the" or a phrase of
				// residence or travel and "the", where it cannot be another word.
				if i > 1 && t.Word(i-1) == "the" && (t.Word(i-2) == "from" || residenceSet.endsAt(t, i-1) || travelSet.endsAt(t, i-1)) {
					// also "back in the uk", "moved to the uk"
					spans = append(spans, l.span(t, i, i, "location.country"))
				}
				continue
			}
			if idx == 0 && len(w) >= 9 {
				// "rinkebyskolan", "fevikskolen": a listed place before a
				// school's or a church's name, written in lower case.
				if s, ok := l.lowerInstitution(t, i, w); ok {
					spans = append(spans, s)
					continue
				}
			}
			if idx == 0 && len(w) >= 6 && w[len(w)-1] == 's' && l.lowerGenitive(t, i, w) {
				// "göteborgs stad", "grimstads ordfører": the genitive of a
				// listed place that is no word, before a lowercase noun.
				spans = append(spans, l.span(t, i, i, "location.place"))
				continue
			}
		}
		street := up || digit || idx&firstStreet != 0 || l.suffixCandidate(w) || genitiveStreetAhead(t, lb, i)
		if !street && idx == 0 {
			if up {
				continue
			}
			goto unlisted // no address, postcode or prefixed place starts here
		}
		// A capitalised word no street list or suffix marks starts an
		// address only by what follows it (mayStreetAhead); most
		// capitalised words skip the call.
		if street && (!up || digit || idx&firstStreet != 0 || l.mayStreetAhead(t, lb, i, w)) {
			if s, end, ok := l.address(t, i); ok {
				if t.Lang == "en" && i > 0 && gapSpaces(t, i-1) && houseNumber(t.Word(i-1)) {
					// English order: "lives at 14 Strandveien".
					s.Start = t.Tokens[i-1].Start
				}
				spans = append(spans, s)
				i = end
				continue
			}
		}
		if digit {
			s, end, ok := l.postcodePlace(t, i, true)
			street := l.streetBeforeCode(t, i)
			if !ok && (street >= 0 || i > 0 && (lb[i-1]&lbLocPrep != 0) && gapSpaces(t, i-1)) {
				// "vesterled 14, 8600 silkeborg", "bor i 852 30 sundsvall":
				// after a street and number, or a preposition of place, a
				// code of the right shape before a listed place.
				s, end, ok = l.postcodePlace(t, i, false)
				if ok && street < 0 && !t.IsUpper(end) {
					// after a preposition only, a place that is no word
					// ("i 2023 ski kommune" is a year)
					if m, found := l.matchAt(l.places.Lexicon, firstPlace, t, end); found && l.places.flags[m.Entry]&flagWords != 0 {
						ok = false
					}
				}
			}
			if ok {
				if street >= 0 {
					s.Start = t.Tokens[street].Start
				}
				spans = append(spans, s)
				i = end
				continue
			}
			if s, ok := l.bareCode(t, i); ok {
				spans = append(spans, s)
				continue
			}
		}
		if (idx&firstStreet != 0 || idx != 0 && !up) && (lb[i]&lbPlacePrefix != 0) {
			if end, rule, ok := l.prefixedPlace(t, i, lf); ok {
				// "bor på Norra Esplanaden 5": with its house number.
				if e, r := residentNumber(t, i, end); r == "location.address" {
					end, rule = e, r
				}
				spans = append(spans, l.span(t, i, end, rule))
				i = end
				continue
			}
		}
	unlisted:
		if !up && idx&(firstPlace|firstCountry) == 0 {
			// A lowercase word no place list holds is a place by what
			// stands around it: a farm's name after a farm word, a
			// settlement's after a residence phrase or a preposition, a
			// route's end, a ferry's quay, the place a school or housing
			// cooperative is named after. Each test starts with a bit of
			// the token index or a length: this is asked of most lowercase
			// tokens, so it stays written out here (a helper did not
			// inline, +1,400 instructions a message). The bits of the
			// tokens beside it are loaded once (0 at the text's ends), and
			// a token that neither they nor its own bits or length let
			// any test pass is done at once.
			var prev, next uint32
			if i > 0 {
				prev = lb[i-1]
			}
			if i+1 < n {
				next = lb[i+1]
			}
			if len(w) < 7 && prev&(lbFarm|lbRouteTo|lbRouteFrom|lbPlacePrep) == 0 && lb[i]&lbFerryEnd == 0 &&
				next&(lbSchoolHead|lbCoopHead) == 0 {
				continue
			}
			if i > 0 && (prev&lbFarm != 0 && l.lowerFarm(t, i) || len(w) >= 7 && l.lowerResidence(t, lb, i)) ||
				i >= 3 && prev&lbRouteTo != 0 && l.routeEnd(t, i, lf) ||
				i >= 2 && prev&(lbRouteTo|lbRouteFrom) != 0 && ferryLeg(t, lb, i) ||
				i >= 2 && lb[i]&lbFerryEnd != 0 && ferryEnd(t, lb, i) ||
				i+1 < n && next&(lbSchoolHead|lbCoopHead) != 0 && l.lowerSchoolPlace(t, lb, i, w) {
				spans = append(spans, l.span(t, i, i, "location.proper"))
			} else if i > 0 && len(w) >= 5 && prev&lbPlacePrep != 0 && gapSpaces(t, i-1) && l.typoPlace(t, i) {
				// "bor i haugesnd": a town misspelt by one letter.
				spans = append(spans, l.span(t, i, i, "location.typo"))
			}
			continue
		}
		if !up && idx&firstPlace != 0 && i+1 < len(t.Tokens) && gapSpaces(t, i) && (lb[i+1]&lbSchoolHead != 0) &&
			!schoolAdjectives[w] && runeCount(w) >= 3 {
			// "myra skole", "stuenes skule": a listed place before the word
			// school or kindergarten names a place even when it is a word.
			if m, ok := l.matchAt(l.places.Lexicon, firstPlace, t, i); ok && m.EndTok == i+1 {
				spans = append(spans, l.span(t, i, i, "location.place"))
				continue
			}
		}
		if s, end, ok := l.place(t, i, lf); ok {
			if s.Category != "" {
				if e, ok := l.placeAddress(t, end); ok && up {
					// "Vesterbro 41, 3. tv, 9000 Aalborg": a district or
					// place named as the street of an address.
					s = l.span(t, i, e, "location.address")
					end = e
				} else if e, ok := namedHouse(t, i, end); ok && up {
					// "bor på Sletta 12", "Adresse: Bakken 4": a place with
					// a house number where an address is announced.
					s = l.span(t, i, e, "location.address")
					end = e
				}
				spans = append(spans, s)
			}
			i = end
			continue
		}
		if m, ok := l.matchAt(l.countries.Lexicon, firstCountry, t, i); ok {
			f := l.countries.flags[m.Entry]
			if i > 0 && gapSpaces(t, i-1) && t.IsUpper(i-1) && t.IsUpper(i) && !sentStart(t, i-1) && !isAllUpper(t.Raw(i-1)) &&
				l.countries.flags[m.Entry]&flagFirst == 0 {
				// "Udbetaling Danmark", "Innovation Norway": a country
				// ending an organisation's name.
				if _, isCountry := l.matchAt(l.countries.Lexicon, firstCountry, t, i-1); !isCountry {
					i = m.EndTok - 1
					continue
				}
			}
			// A country that is a word of the language needs a capital that
			// does not just start a sentence ("Man vill ju inte ...").
			if t.IsUpper(i) && (f&lf == 0 || !sentStart(t, i)) || f&lf == 0 {
				key := keyLocCountry
				if homeCountries[m.Entry.Rule] {
					key = keyLocHome
				}
				spans = append(spans, Span{Start: t.Tokens[i].Start, End: t.Tokens[m.EndTok-1].End, Category: Location,
					Rule: "location.country", Weak: true, Key: key})
			} else if residenceSet.endsAt(t, i) || i > 0 && countryPreps[t.Word(i-1)] && gapSpaces(t, i-1) && !wordCountries[t.Word(i)] {
				// "bor i polen", "kommer fra afghanistan", "reiste til polen":
				// a country that is also a word of the language, right after
				// a residence phrase or "fra"/"til".
				spans = append(spans, Span{Start: t.Tokens[i].Start, End: t.Tokens[m.EndTok-1].End, Category: Location,
					Rule: "location.country"})
			}
			i = m.EndTok - 1
			continue
		}
		if !up {
			continue
		}
		if w[0] == 'u' && len(w) <= 3 {
			if s, end, ok := countryAbbrev(t, i); ok {
				spans = append(spans, s)
				i = end
				continue
			}
		}
		if l.properPlace(t, i) {
			end, rule := residentNumber(t, i, i)
			spans = append(spans, l.span(t, i, end, rule))
			i = end
		} else if end, ok := l.prefixedProper(t, i); ok {
			end, rule := residentNumber(t, i, end)
			spans = append(spans, l.span(t, i, end, rule))
			i = end
		} else if end, ok := l.announcedHouse(t, i); ok {
			spans = append(spans, l.span(t, i, end, "location.address"))
			i = end
		}
	}
	if len(spans) > 0 {
		l.landmarks(t, spans)
	}
	if digits {
		spans = append(spans, findCoordinates(t.Orig)...)
	}
	return spans
}

// landmarks extends a place to the capitalised park, common, garden or
// beach named after it: "Amager Strandpark", "Frederiksberg Have",
// "Bygdøy Kongsgård", "Ekeberg Sletta" stay one place. The place alone is
// the span before an institution word ("Moss sentrum"), which no landmark
// head is.
func (l *LocationDetector) landmarks(t *Text, spans []Span) {
	for k := range spans {
		s := &spans[k]
		if s.Category != Location || s.Weak {
			continue
		}
		j := t.TokenAt(s.End - 1)
		if j < 0 || j+1 >= len(t.Tokens) || !gapSpaces(t, j) || !t.IsUpper(j+1) || isAllUpper(t.Raw(j+1)) ||
			!(endsWithAny(t.Word(j+1), landmarkEnds) || landmarkWords[t.Word(j+1)]) {
			continue
		}
		next := t.Tokens[j+1]
		free := true
		for _, o := range spans {
			free = free && !(o.Start < next.End && next.Start < o.End)
		}
		if free {
			s.End = next.End
		}
	}
}

// landmarkEnds end the name of a park, common, garden, fortress or manor
// named after a place, also as a compound's last part ("Strandpark");
// landmarkWords only as whole words ("Have", not "Banegård", a station).
var (
	landmarkEnds = []string{"park", "parken", "fælled", "fælleden", "trädgård", "trädgården", "kongsgård", "herregård",
		"herrgård", "festning", "festningen", "fæstning", "slott", "slottet"}
	landmarkWords = setOf("have", "haven", "hage", "hagen", "strand", "stranden", "gård", "gården", "gard", "garden",
		"skov", "skoven", "mile", "sletta", "sletten")
)

// countryAbbrev finds "UK", "US", "U.K." or "U.S." right after a phrase of
// residence, arrival or travel, with or without "the": "moved to the US",
// "kommer fra UK". Elsewhere "US" is mostly the pronoun or a general
// mention; "USA" is in the country list.
// someoneIn reports whether "in" before token j says where someone is or
// voted: "we are in the UK", "I'm in the US", "voted Labour in the UK".
func someoneIn(t *Text, j int) bool {
	if j < 2 || t.Word(j-1) != "in" || !gapSpaces(t, j-1) {
		return false
	}
	switch t.Word(j - 2) {
	case "i'm", "we're", "he's", "she's", "they're", "you're", "i’m", "we’re", "he’s", "she’s", "they’re":
		return true
	case "am", "are", "is", "was", "were":
		return j >= 3 && enSubjects[t.Word(j-3)] && t.Word(j-3) != "it" // a person, not a thing
	}
	for k := j - 2; k >= 0 && k >= j-4; k-- {
		if enVoteWords[t.Word(k)] {
			return true
		}
	}
	return false
}

// enVoteWords say someone voted or belongs to a party.
var enVoteWords = setOf("voted", "vote", "votes", "voter", "voting", "member")

func countryAbbrev(t *Text, i int) (Span, int, bool) {
	end := i
	switch t.Raw(i) {
	case "UK", "US":
	case "U":
		if i+1 >= len(t.Tokens) || t.Orig[t.Tokens[i].End:t.Tokens[i+1].Start] != "." {
			return Span{}, 0, false
		}
		if r := t.Raw(i + 1); r != "K" && r != "S" {
			return Span{}, 0, false
		}
		end = i + 1
	default:
		return Span{}, 0, false
	}
	j := i
	if j > 0 && t.Word(j-1) == "the" {
		j--
	}
	// "from the UK" says where a person comes from ("moved to Bodø from
	// the UK"); "from UK" without "the" may head a parcel or a price.
	fromThe := j < i && j > 0 && t.Word(j-1) == "from" && (end+1 >= len(t.Tokens) || !ukBodies[t.Word(end+1)])
	if !fromThe && !residenceSet.endsAt(t, j) && !travelSet.endsAt(t, j) && !someoneIn(t, j) {
		return Span{}, 0, false
	}
	s := Span{Start: t.Tokens[i].Start, End: t.Tokens[end].End, Category: Location, Rule: "location.country"}
	if end > i && s.End < len(t.Orig) && t.Orig[s.End] == '.' {
		s.End++ // "U.S."
	}
	return s, end, true
}

// ukBodies follow "from the UK" when a body, not a person, comes from
// there ("a letter from the US embassy").
var ukBodies = setOf("embassy", "consulate", "government", "authorities", "authority", "army", "military", "navy",
	"office", "tax", "market", "site", "website", "version", "branch", "store", "shop", "company", "court", "health")

// travelPhrases are phrases of travel to or from a country: they confirm
// a country (countryConfirm) and, as travelSet, the country abbreviations
// that need more than a preposition ("going to the UK").
var travelPhrases = []string{"go to", "going to", "went to", "gone to", "goes to", "travel to",
	"travelling to", "traveling to", "travelled to", "traveled to", "back to", "back from", "trip to", "fly to",
	"flew to", "flying to", "return to", "returned to", "returning to", "moving back to", "visit", "visiting",
	"visited", "reise til", "reiser til", "reiste til", "dra til", "drar til", "dro til", "tilbake til",
	"rejse til", "rejser til", "rejste til", "tilbage til", "resa till", "reser till", "reste till", "åka till",
	"åker till", "åkte till", "tillbaka till", "besøke", "besøge", "besöka", "hjem til", "hjem fra",
	// Where one lived before: "back in the UK".
	"back in", "over in"}

var travelSet = newPhraseSet(phrases(travelPhrases))

func (l *LocationDetector) span(t *Text, a, b int, rule string) Span {
	return Span{Start: t.Tokens[a].Start, End: t.Tokens[b].End, Category: Location, Rule: rule}
}

// quantityAfter reports whether the number at token k counts something
// ("Solbakken 2 år", "Somalia 2 years ago"): a measure word follows it.
// "min" is left out: "Storgata 5 min adresse" is no five minutes.
func quantityAfter(t *Text, k int) bool {
	if k+1 >= len(t.Tokens) || !gapSpaces(t, k) {
		return false
	}
	w := t.Word(k + 1)
	if w == "st" && t.Lang == "da" {
		return false // Danish "Algade 9 st.": the ground floor, not pieces
	}
	return w != "min" && measureWords[w]
}

// countryPreps before a country that is also a word make it the country;
// wordCountries are too common as words for that ("op til man selv",
// "en jersey").
var (
	countryPreps  = setOf("fra", "frå", "från", "from", "til", "till")
	wordCountries = setOf("man", "jersey")
)

// enDeterminers start an English noun phrase, never a street's name.
var enDeterminers = setOf("the", "this", "that", "these", "those", "our", "my", "your", "their", "his", "her", "a", "an",
	"every", "each", "which", "what")

// besidePreps place something beside an address: "lykta utanför Ekbacken
// 3", "søppel utenfor Lia 4".
var besidePreps = setOf("utanför", "utenfor", "utanfor", "udenfor", "outside", "ved", "vid", "nær", "nära", "near")

// placeAddress returns the last token of a house number, an optional floor
// and a postcode with its place after the place ending at token last:
// "Vesterbro 41, 3. tv, 9000 Aalborg". Without the postcode a number after
// a place is no address ("Oslo 2", "Lund 3-1").
func (l *LocationDetector) placeAddress(t *Text, last int) (int, bool) {
	k := last + 1
	if k+1 >= len(t.Tokens) || !gapSpaces(t, last) || !houseNumber(t.Word(k)) || quantityAfter(t, k) {
		return 0, false
	}
	e := unitAfter(t, k)
	if e+1 >= len(t.Tokens) {
		return 0, false
	}
	gap := strings.TrimPrefix(t.Orig[t.Tokens[e].End:t.Tokens[e+1].Start], ".")
	if gap != ", " && gap != "," {
		return 0, false
	}
	if _, end, ok := l.postcodePlace(t, e+1, false); ok {
		return end, true
	}
	return 0, false
}

// nordicStreetSuffixes end street names and no English word.
var nordicStreetSuffixes = setOf("gata", "gaten", "gatan", "gade", "gaden", "vei", "veien", "veg", "vegen", "vej", "vejen",
	"vägen", "väg", "alléen", "alleen", "plassen", "pladsen", "torget", "torvet", "gränd", "gränden", "stien", "svingen",
	"stredet", "smuget", "stræde", "strædet")

// englishPlacePreps put a street after them in English: "on kirkegata".
var englishPlacePreps = setOf("on", "in", "at", "along", "near", "off", "onto", "into", "from", "to", "down", "up")

// roadNumber returns the last token of a national or county road's number
// starting at token i: "Rv 7", "rv. 13", "Fv44", "riksvei 3", "länsväg 226";
// not a bus route ("rute 3"). A number of one to three digits follows the
// word or is joined to the short form. Detect calls it only for words that
// start with r, f or l, as all of roadWords do.
// roadWord reports whether roadNumber may find a road at a token with
// word w: one starting with "rv" or "fv", or a road word.
func roadWord(w string) bool {
	return strings.HasPrefix(w, "rv") || strings.HasPrefix(w, "fv") || roadWords[w]
}

func roadNumber(t *Text, i int) (int, bool) {
	w := t.Word(i)
	if strings.HasPrefix(t.Raw(i), "RV") {
		return 0, false // English "RV" is a camper
	}
	for _, short := range [...]string{"rv", "fv"} {
		if rest, ok := strings.CutPrefix(w, short); ok && rest != "" {
			return i, len(rest) <= 3 && isDigits(rest) // "Fv44"
		}
	}
	if !roadWords[w] || i+1 >= len(t.Tokens) {
		return 0, false
	}
	switch t.Orig[t.Tokens[i].End:t.Tokens[i+1].Start] {
	case " ", ". ", ".":
	default:
		return 0, false
	}
	nw := t.Word(i + 1)
	return i + 1, len(nw) <= 3 && isDigits(nw) && !quantityAfter(t, i+1)
}

// roadWords name a road by its number after them.
var roadWords = setOf("rv", "fv", "riksvei", "riksveg", "fylkesvei", "fylkesveg", "riksväg", "riksvägen", "länsväg",
	"länsvägen")

// nordicERoads are the European routes through Norway, Sweden and Denmark,
// written as on the signs.
var nordicERoads = setOf("E4", "E6", "E8", "E10", "E12", "E14", "E16", "E18", "E20", "E22", "E39", "E45", "E47", "E55",
	"E65", "E69", "E75", "E105", "E134", "E136")

// signedTown reports whether the capitalised place from token i to last
// ends the message after a comma and a capitalised name of two words or
// more: "Hilsen Anne Bach, Brande", "/Emil Berg, Lund".
func signedTown(t *Text, i, last int) bool {
	if i < 2 || last != len(t.Tokens)-1 || !t.IsUpper(i) || !onlySpacesOrPunct(t.Orig[t.Tokens[last].End:]) {
		return false
	}
	if strings.TrimSpace(t.Orig[t.Tokens[i-1].End:t.Tokens[i].Start]) != "," {
		return false
	}
	return t.IsUpper(i-1) && t.IsUpper(i-2) && gapSpaces(t, i-2) && !isAllUpper(t.Raw(i-1)) && !sentStart(t, i-1)
}

// namedHouse returns the last token of a house number of one to three
// digits after the place from token i to end, when a residence phrase, a
// preposition of nearness or an address label announces it, or the place
// and its number stand alone as a sentence ("... Sletta 12.").
func namedHouse(t *Text, i, end int) (int, bool) {
	k := end + 1
	if k >= len(t.Tokens) || !gapSpaces(t, end) || !houseNumber(t.Word(k)) || len(strings.TrimRight(t.Word(k), "abcdefghijklmnopqrstuvwxyz-")) > 3 ||
		quantityAfter(t, k) ||
		k+1 < len(t.Tokens) && monthWords[t.Word(k+1)] {
		return 0, false // "flytter til Bergen 1. juli": a date
	}
	if residenceSet.endsAt(t, i) || i > 0 && (besidePreps[t.Word(i-1)] || addressNouns[t.Word(i-1)] && strings.Contains(t.Orig[t.Tokens[i-1].End:t.Tokens[i].Start], ":")) ||
		sentStart(t, i) && i > 0 && clauseEnd(t, k) {
		return k, true
	}
	return 0, false
}

// announcedHouse finds an unlisted capitalised name with a house number
// that ends its clause where an address is announced: after an address
// noun and a verb of being ("adressen min er Lia 7", "my new address? it's
// Lia 7", "min adress är Lia 7") or in apposition to a house ("utanför
// huset, Lia 7."). It returns the token the number ends at.
func (l *LocationDetector) announcedHouse(t *Text, i int) (int, bool) {
	k := i + 1
	if i < 2 || k >= len(t.Tokens) || !gapSpaces(t, i) || !houseNumber(t.Word(k)) || len(strings.TrimRight(t.Word(k), "abcdefghijklmnopqrstuvwxyz")) > 3 ||
		!clauseEnd(t, k) || runeCount(t.Word(i)) < 4 || hasKey(l.notPlaces, t.Word(i)) {
		return 0, false
	}
	gap := t.Orig[t.Tokens[i-1].End:t.Tokens[i].Start]
	if houseNouns[t.Word(i-1)] && gap == ", " {
		return k, true
	}
	v := i - 1
	if nowWords[t.Word(v)] && v > 0 && gapSpaces(t, v) {
		v-- // "adressen er nå Lia 7"
	}
	if !beVerbs[t.Word(v)] || !gapSpaces(t, v) {
		return 0, false
	}
	for j := v - 1; j >= 0 && j >= v-4; j-- {
		if addressNouns[t.Word(j)] {
			return k, true
		}
	}
	return 0, false
}

// planNouns are plans of an area: "reguleringsplanen for Myrvoll".
var planNouns = setOf("reguleringsplan", "reguleringsplanen", "reguleringsplanar", "reguleringsplanane", "reguleringsplaner",
	"detaljregulering", "detaljreguleringen", "detaljreguleringa", "områdeplan", "områdeplanen", "områderegulering",
	"områdereguleringen", "lokalplan", "lokalplanen", "lokalplanforslaget", "detaljplan", "detaljplanen", "detaljplanförslaget",
	"planforslag", "planforslaget", "planförslag", "planförslaget", "reguleringsforslag", "reguleringsforslaget", "byggeplanane", "byggeplanene")

// addressNouns name one's address, before a verb of being ("adressen er
// Lia 7") or a colon ("Adresse: Bakken 4"); houseNouns a house an address
// can stand beside; beVerbs say what it is.
var (
	addressNouns = setOf("adresse", "adressen", "adressa", "adress", "address", "addresse", "adr", "adresser", "adressene")
	houseNouns   = setOf("huset", "huse", "hus", "house", "home", "hjemme", "hemma", "bolig", "boligen", "bostad", "bostaden", "huus")
	nowWords     = setOf("nå", "no", "nu", "now", "nok", "jo")
	beVerbs      = setOf("er", "e", "ær", "är", "ä", "is", "s", "it's", "it’s", "its", "blir", "bliver", "blive", "vert", "becomes")
)

// residentNumber returns the end and rule of an unlisted proper place from
// token i to end: with a house number after it when a residence phrase
// comes before it, an address ("bor på Norra Esplanaden 5").
func residentNumber(t *Text, i, end int) (int, string) {
	if end+1 < len(t.Tokens) && gapSpaces(t, end) && houseNumber(t.Word(end+1)) && !quantityAfter(t, end+1) &&
		(residenceSet.endsAt(t, i) || i > 0 && besidePreps[t.Word(i-1)]) {
		return unitAfter(t, end+1), "location.address"
	}
	return end, "location.proper"
}

// streetSuffixOf returns the street suffix token w ends with, leaving at
// least minPrefix bytes before it: three in lower case, two in a
// capitalised name ("Algade", "Ågade").
func (l *LocationDetector) streetSuffixOf(w string, minPrefix int) (streetSuffix, bool) {
	for _, n := range l.suffixLens {
		if len(w) < n+minPrefix {
			continue
		}
		if s, ok := l.suffixByText[w[len(w)-n:]]; ok {
			return s, true
		}
	}
	return streetSuffix{}, false
}

// minStreetPrefix is the shortest part before a street suffix: "Algade"
// is a street, "omvei" (a detour) a word.
func minStreetPrefix(up bool) int {
	if up {
		return 2
	}
	return 3
}

// cadastral returns the last token of a property designation starting at
// token i, a word of cadastralStart: "gnr. 12 bnr. 34", "gnr 45/12", "gårdsnummer
// 7, bruksnummer 2", "matr.nr. 12a". It needs a number after the first word.
func cadastral(t *Text, i int) (int, bool) {
	n := len(t.Tokens)
	end, nums := i, 0
	for k := i + 1; k < n && k <= i+8; k++ {
		switch gap := t.Orig[t.Tokens[k-1].End:t.Tokens[k].Start]; gap {
		case " ", ". ", ".", ", ", ",", "/", " / ", ": ", ":", ".: ":
		default:
			return ejerlav(t, i, end), nums > 0
		}
		w := t.Word(k)
		switch {
		case houseNumber(w):
			nums++
			end = k
		case cadastralWords[w]:
		default:
			return ejerlav(t, i, end), nums > 0
		}
	}
	return ejerlav(t, i, end), nums > 0
}

// ejerlav extends a Danish cadastral number (token i starts with "matr")
// ending at token end over the name of its cadastral district, one or two
// capitalised words and "By" after them: "matr.nr. 7b Vesterlund By".
func ejerlav(t *Text, i, end int) int {
	if end == i || !strings.HasPrefix(t.Word(i), "matr") {
		return end
	}
	k := end
	for c := 0; c < 2 && k+1 < len(t.Tokens) && gapSpaces(t, k) && t.IsUpper(k+1) && isLetters(t.Word(k+1)); c++ {
		k++
		if t.Word(k) == "by" {
			break
		}
	}
	if k > end && k+1 < len(t.Tokens) && gapSpaces(t, k) && t.Word(k+1) == "by" && t.Word(k) != "by" {
		k++ // "Vester Lund By"
	}
	return k
}

// houseNumber reports whether token i is a house number: 1-4 digits with
// an optional letter ("5", "5B", "12-14"). The rules ask it of many words,
// most of them no number: the first byte answers for those without a call.
func houseNumber(w string) bool {
	return w != "" && isDigitByte(w[0]) && digitsHouseNumber(w)
}

// digitsHouseNumber is houseNumber for a word that starts with a digit.
func digitsHouseNumber(w string) bool {
	if len(w) > 1 && w[0] == '0' {
		return false // "07:00", "0150": a time or a code, never a house number
	}
	d := 0
	for d < len(w) && w[d] >= '0' && w[d] <= '9' {
		d++
	}
	if d == 0 || d > 4 {
		return false
	}
	rest := w[d:]
	switch {
	case rest == "":
		return true
	case len(rest) == 1 && rest[0] >= 'a' && rest[0] <= 'z':
		return true
	case rest[0] == '-':
		return houseNumber(rest[1:])
	}
	return false
}

// streetQuestions ask which road or street, before a separate street type.
var streetQuestions = setOf("hvilken", "hvilket", "hvilke", "vilken", "vilket", "vilka", "kva", "kvar", "hva", "which", "what")

// squareSuffixes end squares and, as often, common nouns ("arbetsplats",
// "parkeringsplass", "legepladsen").
var squareSuffixes = setOf("plass", "plassen", "plads", "pladsen", "plats", "platsen")

// streetName finds a street name starting at token i and returns its last
// token, whether it is certain without a number, and whether it was found.
func (l *LocationDetector) streetName(t *Text, i int) (last int, sure bool, rule string, ok bool) {
	lb := t.Bits(l.idx)
	n := len(t.Tokens)
	k := i
	// Prefix words: "Gamle", "Nordre", "St.", "Ndr." ..., and initials
	// ("H.C. Ørsteds Vej", "C.F. Richs Vej").
	for p := 0; p < 3 && k+1 < n && (l.streetPrefixAt(t, k) || initialAt(t, k)); p++ {
		gap := t.Orig[t.Tokens[k].End:t.Tokens[k+1].Start]
		if gap != " " && gap != ". " && gap != "." {
			break
		}
		k++
	}
	prefixed := k > i
	w := t.Word(k)
	up := t.IsUpper(k)
	if prefixed && (lb[k]&lbSepStreetType != 0) && t.IsUpper(i) {
		return k, true, "location.street", true // "Søndre gate", "Store torg"
	}
	if k == i+1 && (lb[k]&lbSepStreetType != 0) && !t.IsUpper(i) && compassPrefixes[t.Word(i)] &&
		(k+1 < n && gapSpaces(t, k) && houseNumber(t.Word(k+1)) ||
			!squareTypes[t.Word(k)] && i > 0 && gapSpaces(t, i-1) && (lb[i-1]&lbPlacePrep != 0 || t.Word(i-1) == "on")) {
		// "bor i nedre gate 12", "søppel på søndre gate": in lower case a
		// point of the compass or a height and a street type make a
		// street with a house number or after a preposition of place.
		return k, true, "location.street", true
	}
	// A known street name; in lower case not one that is also a common
	// noun ("snø på fjellvegen", "langs riksvegen") without a house number.
	if m, ok := l.matchAt(l.streets, firstStreet, t, k); ok {
		if e := m.EndTok; up || e-1 > k || !hasKey(l.streetWords, w) ||
			e < n && gapSpaces(t, e-1) && (houseNumber(t.Word(e)) || houseNumberWords[t.Word(e)] && e+1 < n && houseNumber(t.Word(e+1))) {
			return m.EndTok - 1, up, "location.street", true
		}
	}
	// One token ending in a street suffix: "Storgata", "Nørrebrogade", but
	// not a listed non-place ("Servicetorget", a service desk).
	minPrefix := minStreetPrefix(up)
	if !up && k+1 < n && gapSpaces(t, k) && houseNumber(t.Word(k+1)) {
		minPrefix = 2 // "bor i nyveien 7": a house number makes a short name a street's
	}
	suffixBit := lbSuffix3 // minPrefix is 2 or 3
	if minPrefix == 2 {
		suffixBit = lbSuffix2
	}
	if lb[k]&suffixBit == 0 {
		// no suffix
	} else if sfx, ok := l.streetSuffixOf(w, minPrefix); ok && !isDigits(w[:1]) && !hasKey(l.notPlaces, w) && !acronymCompound(t.Raw(k)) {
		generic := hasKey(l.streetWords, w)
		switch {
		case up && sfx.strong && (prefixed || !sentStart(t, i) || !generic) && !(squareSuffixes[sfx.s] && sentStart(t, i) && !prefixed):
			// (Opening a sentence, a compound on "plass" is mostly a common
			// noun: "Förskoleplats söker du ...", "Parkeringsplassen er full".)
			return k, true, "location.street", true
		case up && k+2 < n && gapSpaces(t, k) && gapSpaces(t, k+1) && lb[k+1]&lbSepStreetType != 0 && houseNumber(t.Word(k+2)):
			// "Kildevang Allé 4", "Brønshøj Torv 4", "Solbakken gate 4": a
			// name on a weak suffix before a separate street type and a
			// house number is the street's name.
			return k + 1, true, "location.street", true
		case up:
			return k, false, "location.street", true
		case t.Lang == "en" && k == i && i > 0 && nordicStreetSuffixes[sfx.s] && (englishPlacePreps[t.Word(i-1)] || houseNumber(t.Word(i-1))) &&
			gapSpaces(t, i-1):
			// "parking on kirkegata", "her flat, 12 kirkegata": English has
			// no compounds on these suffixes, so in English text the word
			// is a Nordic street.
			return k, true, "location.street", true
		case sfx.core && !generic:
			return k, false, "location.street", true
		case sfx.core && k+1 < n && gapSpaces(t, k) && houseNumber(t.Word(k+1)) &&
			(k+2 >= n || !measureWords[t.Word(k+2)]):
			// "bor i kirkeveien 12": a common noun that names many
			// streets is the street when a house number follows.
			return k, false, "location.street", true
		case sfx.strong && !countSuffixes[sfx.s] && !generic && k+1 < n && gapSpaces(t, k) && houseNumber(t.Word(k+1)) &&
			(k+2 >= n || !measureWords[t.Word(k+2)]) && !ordinalAfter(t, k+1):
			// "bor i furustien 4", "bjørnebærsvingen 12": a lowercase
			// compound on another strong suffix, with a house number.
			return k, false, "location.street", true
		case !generic && k == i && k+1 < n && gapSpaces(t, k) && houseNumber(t.Word(k+1)) &&
			(k+2 >= n || !measureWords[t.Word(k+2)]) && !ordinalAfter(t, k+1) && (residenceSet.endsAt(t, i) ||
			i > 0 && (lb[i-1]&lbPlacePrep != 0) && gapSpaces(t, i-1) && runeCount(w) >= 8 && len(t.Word(k+1)) <= 3):
			// "bor i heggedalsbakken 3", "bor på lingonstigen 4": a weak
			// suffix (farms and places end so too) in lower case, with a
			// house number, where someone says they live; after any
			// preposition of place a longer name with a short number
			// ("naboen på furubakken 3").
			return k, false, "location.street", true
		}
		return 0, false, "", false
	}
	// A street prefix and a capitalised name before a house number: "Nedre
	// Åsen 12", "Øvre Ullern 3" (farm names become street addresses).
	if prefixed && up && t.IsUpper(i) && k+1 < n && gapSpaces(t, k) && houseNumber(t.Word(k+1)) && !quantityAfter(t, k+1) {
		return k, false, "location.street", true
	}
	// Capitalised words with a separate street type: "Kong Oscars gate",
	// "Baker Street"; not an English determiner before a common noun
	// ("The gate code is 4471") nor a function word opening a question
	// ("Er alle velkomne?": "alle" is no allé).
	if (up || prefixed) && lb[k]&lbEnDet == 0 { // w is token k
		j := k
		for c := 0; c < 3 && j+1 < n && gapSpaces(t, j); c++ {
			if lb[j+1]&lbSepStreetType != 0 && (j > k || !(lb[k]&lbSepStreetType != 0)) {
				if hasKey(l.notPlaces, w) {
					break
				}
				if j == k && sentStart(t, k) && definiteStreetTypes[t.Word(j+1)] &&
					(j+2 >= n || !houseNumber(t.Word(j+2))) {
					break // "Fiks veien på Hånes!": a verb opening the sentence, the road
				}
				if j == k && streetQuestions[w] {
					break // "Hvilken vej skal jeg køre?": which road, no road's name
				}
				if j == k && isAllUpper(t.Raw(k)) && (t.Word(j+1) == "plass" || t.Word(j+1) == "plads" || t.Word(j+1) == "plats") &&
					(j+2 >= n || !houseNumber(t.Word(j+2))) {
					break // "gratis SFO plass": a place at a service, no square
				}
				if t.Raw(j+1) != "Alle" && t.Word(j+1) == "alle" && (j+2 >= n || !houseNumber(t.Word(j+2))) {
					break // "Familiebad alle søndager", "TIL ALLE SOM": "alle" without a number is "all"
				}
				return j + 1, true, "location.street", true
			}
			if lb[j+1]&lbEnType != 0 && t.IsUpper(j+1) && (t.Lang == "en" || len(t.Word(j+1)) > 3) {
				// (An English abbreviation only in English: "TØR LA HENNE"
				// is no lane.)
				return j + 1, sureEnTypes[l.enTypes[t.Word(j+1)]], "location.street", true
			}
			if !t.IsUpper(j+1) || (lb[j+1]&lbEnDet != 0) {
				break // not "Report A Broken Street Light" in a titled message
			}
			j++
		}
	}
	// Lowercase chat: "thorvald meyers gate 51", "kong oscars gate 12":
	// a genitive before a separate street type and a house number after it.
	if !up {
		for j := i; j < i+3 && j+2 < n; j++ {
			wj := t.Word(j)
			if lb[j]&lbContext != 0 || t.IsUpper(j) || isDigits(wj[:1]) || (j > i && !gapSpaces(t, j-1)) {
				break
			}
			if strings.HasSuffix(wj, "s") && gapSpaces(t, j) && (lb[j+1]&lbSepStreetType != 0) &&
				gapSpaces(t, j+1) && houseNumber(t.Word(j+2)) {
				return j + 1, false, "location.street", true
			}
		}
		// "brøyting i dronningens gate", "roadworks on kongens gate": one
		// long genitive and a street type right after a preposition of
		// place, no number needed; no possessive ("i hans gate").
		if w := t.Word(i); i > 0 && i+1 < n && ((lb[i-1]&lbPlacePrep != 0) || t.Word(i-1) == "on") && gapSpaces(t, i-1) &&
			len(w) >= 6 && w[len(w)-1] == 's' && !contextWords[w] && gapSpaces(t, i) && (lb[i+1]&lbSepStreetType != 0) &&
			!t.IsUpper(i+1) {
			return i + 1, false, "location.street", true
		}
	}
	return 0, false, "", false
}

// acronymCompound reports whether raw is an acronym joined by a hyphen to
// a noun: "SFO-plass", "AKS-plassen", "SFO-plads" name a place in a
// service, not a street.
func acronymCompound(raw string) bool {
	h := strings.LastIndexByte(raw, '-')
	return h >= 2 && isAllUpper(raw[:h])
}

// streetPrefixAt reports whether token k is a street prefix ("Nordre",
// "Gamle", "Mellom"), not a preposition written in lower case ("mellom
// storgata og kirkegata").
func (l *LocationDetector) streetPrefixAt(t *Text, k int) bool {
	return (t.Bits(l.idx)[k]&lbStreetPrefix != 0) && (t.IsUpper(k) || !(t.Bits(l.idx)[k]&lbPlacePrep != 0))
}

// initialAt reports whether token i is a capital initial with its dot
// ("H." of "H.C. Andersens Boulevard").
func initialAt(t *Text, i int) bool {
	r := t.Raw(i)
	if len(r) == 2 && (r == "Æ" || r == "Ø" || r == "Å" || r == "Ä" || r == "Ö") {
		// "Gunnhild Ø. Rasmussen": a Nordic initial.
		return i+1 < len(t.Tokens) && t.Orig[t.Tokens[i].End] == '.'
	}
	return len(r) == 1 && r[0] >= 'A' && r[0] <= 'Z' && i+1 < len(t.Tokens) && t.Orig[t.Tokens[i].End] == '.'
}

func hasKey(m map[string]string, k string) bool {
	_, ok := m[k]
	return ok
}

// address finds a street address starting at token i: a street name with
// or without a house number, and what follows it written together (Danish
// floor and side, postcode and place).
func (l *LocationDetector) address(t *Text, i int) (Span, int, bool) {
	lb := t.Bits(l.idx)
	n := len(t.Tokens)
	// "10 Downing Street", "221B Baker Street".
	if t.Lang == "en" && houseNumber(t.Word(i)) && i+2 < n && gapSpaces(t, i) && gapSpaces(t, i+1) && !t.IsUpper(i+1) &&
		enLowerTypes[t.Word(i+2)] && isLetters(t.Word(i+1)) && runeCount(t.Word(i+1)) >= 3 && !contextWords[t.Word(i+1)] {
		// "my old address was 14 baker road": an English address in
		// lower case, on a street type no other word ends with.
		return l.span(t, i, i+2, "location.address"), i + 2, true
	}
	if houseNumber(t.Word(i)) && i+1 < n && gapSpaces(t, i) && t.IsUpper(i+1) {
		if last, _, _, ok := l.streetName(t, i+1); ok {
			if _, en := l.enTypes[t.Word(last)]; en {
				return l.span(t, i, last, "location.address"), last, true
			}
		}
	}
	last, sure, rule, ok := l.streetName(t, i)
	if ok && !sure && last == i && t.IsUpper(i) && lb[i]&firstCountry != 0 {
		// "came from Somalia 2 years ago": a country on a weak street
		// suffix (-lia) is the country, which never takes a number.
		if _, country := l.matchAt(l.countries.Lexicon, firstCountry, t, i); country {
			return Span{}, 0, false
		}
	}
	abbr := false
	if !ok {
		if !abbrevStreet(t, i) {
			return l.namedAddress(t, i)
		}
		last, rule, abbr = i, "location.street", true
	}
	end := last
	numbered := false
	numGap := gapSpaces(t, end)
	if abbr {
		g := t.Orig[t.Tokens[end].End:t.Tokens[end+1].Start]
		numGap = g == ". " || g == " "
	}
	// "storgata nr 12", "Storgata nr. 12": the word for number between.
	if numGap && end+2 < n && houseNumberWords[t.Word(end+1)] && houseNumber(t.Word(end+2)) {
		if g := t.Orig[t.Tokens[end+1].End:t.Tokens[end+2].Start]; g == " " || g == ". " {
			end++
		}
	}
	if end+1 < n && numGap && houseNumber(t.Word(end+1)) && !l.isPostcodeStart(t, end+1) && !quantityAfter(t, end+1) {
		end++
		numbered = true
		// "14 A"
		if end+1 < n && gapSpaces(t, end) && len(t.Raw(end+1)) == 1 && t.IsUpper(end+1) &&
			(end+2 >= n || !gapSpaces(t, end+1) || !t.IsUpper(end+2)) {
			end++
		} else if end+1 < n && gapSpaces(t, end) && len(t.Raw(end+1)) == 1 && strings.Contains("bcdefgh", t.Raw(end+1)) &&
			(end+2 >= n || !gapSpaces(t, end+1) || lb[end+2]&lbLocPrep != 0) {
			end++ // "storgata 14 b i lillestrøm": the letter in lower case
		}
		if end+1 < n && t.Orig[t.Tokens[end].End:t.Tokens[end+1].Start] == ":" && isDigits(t.Word(end+1)) && len(t.Word(end+1)) <= 4 {
			end++ // a property designation: "Björkhagen 7:15"
		}
		end = unitAfter(t, end)
	}
	if numbered || sure {
		// ", 4876 Grimstad" / " 4876 Grimstad"
		if end+1 < n {
			gap := t.Orig[t.Tokens[end].End:t.Tokens[end+1].Start]
			if numbered && strings.HasPrefix(gap, ".") && (isFloorWord(t.Word(end)) || t.Word(end) == "st") {
				gap = gap[1:] // "Algade 17, st. th., 4760 Vordingborg"
			}
			if gap == " " || gap == ", " || gap == "," || gap == " , " {
				if s, e, ok := l.postcodePlace(t, end+1, false); ok {
					s.Start = t.Tokens[i].Start
					s.Rule = "location.address"
					return s, e, true
				}
				if e, ok := codeUnlisted(t, end+1); ok && numbered && strings.HasPrefix(gap, ",") {
					return l.span(t, i, e, "location.address"), e, true
				}
			}
			if numbered && gap == ", " && t.IsUpper(end+1) && !isAllUpper(t.Raw(end+1)) {
				// "Fasanvej 22, Stege": the town after the house number,
				// written together without a postcode.
				if m, ok := l.matchAt(l.places.Lexicon, firstPlace, t, end+1); ok && townOrPostalPlace(m.Entry) &&
					(m.EndTok >= n || !t.IsUpper(m.EndTok) || !gapSpaces(t, m.EndTok-1)) {
					return l.span(t, i, m.EndTok-1, "location.address"), m.EndTok - 1, true
				}
			}
		}
	}
	s := l.span(t, i, end, rule)
	if numbered {
		s.Rule = "location.address"
		if end+1 <= len(t.Orig) && t.Tokens[end].End < len(t.Orig) && t.Orig[t.Tokens[end].End] == '.' &&
			(isFloorWord(t.Word(end)) || t.Word(end) == "st") {
			s.End++
		}
		return s, end, true
	}
	if !sure {
		if t.IsUpper(i) {
			return Span{}, 0, false // a capitalised name with a weak suffix: a place, decided below
		}
		if _, _, isDerived := l.derivedPlace(t, i); isDerived {
			return Span{}, 0, false
		}
		if _, isPlace := l.matchAt(l.places.Lexicon, firstPlace, t, i); isPlace {
			return Span{}, 0, false // "København", "Grünerløkka": a place, not a street
		}
		// "is på allergotvegen", "gatelyset i myrvegen": a street name right
		// after a preposition of place is the street; elsewhere it needs
		// an address or residence word near it.
		if i == 0 || !((lb[i-1]&lbPlacePrep != 0) || t.Word(i-1) == "on" && last > i) || !gapSpaces(t, i-1) {
			s.Weak, s.Key = true, keyLocStreet
		}
	}
	return s, end, true
}

// namedAddress finds an address whose street name the suffixes do not
// show: a capitalised name with a house number and a valid postcode and
// place after it ("Bryggen 12, 5003 Bergen"), or a Swedish property
// designation ("Solsidan 4:12").
func (l *LocationDetector) namedAddress(t *Text, i int) (Span, int, bool) {
	n := len(t.Tokens)
	if !t.IsUpper(i) || i+1 >= n || !gapSpaces(t, i) || hasKey(l.notPlaces, t.Word(i)) || runeCount(t.Word(i)) < 3 {
		return Span{}, 0, false
	}
	if isDigits(t.Word(i)[:1]) {
		return Span{}, 0, false
	}
	num := t.Word(i + 1)
	if !houseNumber(num) {
		return Span{}, 0, false
	}
	// "Solsidan 4:12"
	if i+2 < n && t.Orig[t.Tokens[i+1].End:t.Tokens[i+2].Start] == ":" && isDigits(t.Word(i+2)) &&
		len(num) <= 4 && len(t.Word(i+2)) <= 4 && (i == 0 || t.Word(i-1) != "kl") {
		return l.span(t, i, i+2, "location.address"), i + 2, true
	}
	end := i + 1
	if end+1 < n {
		gap := t.Orig[t.Tokens[end].End:t.Tokens[end+1].Start]
		if gap == " " || gap == ", " || gap == "," {
			if s, e, ok := l.postcodePlace(t, end+1, false); ok {
				s.Start = t.Tokens[i].Start
				s.Rule = "location.address"
				return s, e, true
			}
			if e, ok := codeUnlisted(t, end+1); ok && gap != " " {
				return l.span(t, i, e, "location.address"), e, true
			}
		}
	}
	return Span{}, 0, false
}

// unitAfter extends an address whose house number ends at token end over
// the unit after it: a Danish floor and side ("2. th."), a storey ("3.
// etasje", "2nd floor"), then a flat number ("lgh 1102").
func unitAfter(t *Text, end int) int {
	return flatNumber(t, storeyAfter(t, danishFloor(t, end)))
}

// flatNumber extends an address over a flat number written after the house
// number: Swedish "lgh 1102", Norwegian "H0201".
func flatNumber(t *Text, end int) int {
	n := len(t.Tokens)
	if g := t.Orig[t.Tokens[end].End:min(t.Tokens[end].End+2, len(t.Orig))]; end+1 >= n || !gapSpaces(t, end) && g != ", " {
		return end
	}
	w := t.Word(end + 1)
	if (w == "lgh" || w == "leil" || w == "leilighet" || w == "lejl" || w == "apt" || w == "room" || w == "rom" ||
		w == "værelse" || w == "rum") && end+2 < n {
		g := t.Orig[t.Tokens[end+1].End:t.Tokens[end+2].Start]
		if (g == " " || g == ". " || g == ".") && len(t.Word(end+2)) <= 5 && houseNumber(strings.TrimLeft(t.Word(end+2), "hukl")) {
			return end + 2
		}
	}
	if len(w) == 5 && strings.ContainsRune("hukl", rune(w[0])) && isDigits(w[1:]) {
		return end + 1
	}
	return end
}

// enLowerTypes are the English street types that name a street in lower
// case after a house number and a word: "14 baker road", "3 mill lane".
var enLowerTypes = setOf("road", "street", "lane", "avenue", "drive", "crescent", "terrace", "gardens", "grove", "mews")

// streetAbbrevs end abbreviated street names: "Storgt.", "Kirkevn.",
// "Strandv.", "Torvgt.".
var streetAbbrevs = []string{"gt", "vn", "vg", "v", "g", "gd", "pl"}

// abbrevStreet reports whether token i is an abbreviated street name with a
// house number after it ("Storgt. 5", "Kirkegt 14").
func abbrevStreet(t *Text, i int) bool {
	if i+1 >= len(t.Tokens) || !houseNumber(t.Word(i+1)) {
		return false
	}
	// "Storgt. 14", "storgt. 14", "Kirkegt 14"; lowercase needs the dot
	// ("langt 3" is no street).
	gap := t.Orig[t.Tokens[i].End:t.Tokens[i+1].Start]
	if gap != ". " && (gap != " " || !t.IsUpper(i)) {
		return false
	}
	w := t.Word(i)
	for _, a := range streetAbbrevs {
		// Without the dot only two-letter abbreviations: "Lørdag 14" is
		// no street.
		if len(w) >= len(a)+3 && strings.HasSuffix(w, a) && (gap == ". " || len(a) >= 2) {
			return true
		}
	}
	return false
}

// storeyWords name a storey after its number: "3. etasje", "2. etg.",
// "4 tr", "1st floor".
var storeyWords = setOf("etasje", "etasjen", "etg", "etage", "etagen", "høgda", "våningen", "vån", "tr",
	"trappor", "floor")

// storeyAfter extends an address after its number over a storey:
// "Strandgata 31, 3. etasje", "Storgatan 2, 4 tr".
func storeyAfter(t *Text, end int) int {
	n := len(t.Tokens)
	if end+2 >= n {
		return end
	}
	if gap := t.Orig[t.Tokens[end].End:t.Tokens[end+1].Start]; gap != " " && gap != ", " {
		return end
	}
	num := t.Word(end + 1)
	if !isDigits(num) && englishOrdinal(num) {
		num = num[:len(num)-2] // "14, 2nd floor"
	}
	if len(num) > 2 || !isDigits(num) {
		return end
	}
	g := t.Orig[t.Tokens[end+1].End:t.Tokens[end+2].Start]
	if (g != ". " && g != " " && g != ".") || !storeyWords[t.Word(end+2)] {
		return end
	}
	return end + 2
}

// englishOrdinal reports whether w is a number of one or two digits with
// an English ordinal ending: "1st", "2nd", "3rd", "12th".
func englishOrdinal(w string) bool {
	if len(w) < 3 || len(w) > 4 || !isDigits(w[:len(w)-2]) {
		return false
	}
	switch w[len(w)-2:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

func isFloorWord(w string) bool { return w == "th" || w == "tv" || w == "mf" || w == "sal" }

// danishFloor extends an address after its number over a Danish floor and
// side: "12, 2. th.", "5 st. tv", "3, 1. sal".
func danishFloor(t *Text, end int) int {
	n := len(t.Tokens)
	if end+2 >= n {
		return end
	}
	gap := t.Orig[t.Tokens[end].End:t.Tokens[end+1].Start]
	if gap != " " && gap != ", " && gap != "," {
		return end
	}
	fl := t.Word(end + 1)
	if !(len(fl) <= 2 && isDigits(fl)) && fl != "st" && fl != "kl" {
		return end
	}
	g2 := t.Orig[t.Tokens[end+1].End:t.Tokens[end+2].Start]
	if fl == "st" && (g2 == ".," || g2 == "., ") {
		return end + 1 // "Vestergade 9, st., 8000 Aarhus C"
	}
	if g2 != ". " && g2 != "." && g2 != " " {
		return end
	}
	if isFloorWord(t.Word(end + 2)) {
		return end + 2
	}
	if fl == "st" && strings.HasPrefix(g2, ".") {
		return end + 1 // "Vestergade 9 st.": the ground floor, no side
	}
	return end
}

// isPostcodeStart reports whether token i starts a valid postcode followed
// by its place, so "Storgata 4876 Grimstad" is not read as house number 4876.
func (l *LocationDetector) isPostcodeStart(t *Text, i int) bool {
	_, _, ok := l.postcodePlace(t, i, false)
	return ok && len(t.Word(i)) >= 3
}

// postcodeAt reads a postcode at token i: "4876", "41119" or "411 19".
func (l *LocationDetector) postcodeAt(t *Text, i int) (code string, last int, ok bool) {
	w := t.Word(i)
	if !isDigits(w) {
		return "", 0, false
	}
	switch len(w) {
	case 4, 5:
		if _, ok := l.postcodes[w]; ok {
			return w, i, true
		}
	case 3:
		if i+1 < len(t.Tokens) && gapSpaces(t, i) && len(t.Word(i+1)) == 2 && isDigits(t.Word(i+1)) {
			c := w + t.Word(i+1)
			if _, ok := l.postcodes[c]; ok {
				return c, i + 1, true
			}
		}
	}
	return "", 0, false
}

// postcodeShape reads a postcode by its shape alone: 4 or 5 digits, or 3+2.
func postcodeShape(t *Text, i int) (string, int, bool) {
	w := t.Word(i)
	if !isDigits(w) {
		return "", 0, false
	}
	switch len(w) {
	case 4, 5:
		return w, i, true
	case 3:
		if i+1 < len(t.Tokens) && gapSpaces(t, i) && len(t.Word(i+1)) == 2 && isDigits(t.Word(i+1)) {
			return w + t.Word(i+1), i + 1, true
		}
	}
	return "", 0, false
}

// postcodePlace finds a postcode followed by its place at token i:
// "4876 Grimstad", "2200 København N", "411 19 Göteborg". The place must be
// the register's place for the code or a known place name.
func (l *LocationDetector) postcodePlace(t *Text, i int, alone bool) (Span, int, bool) {
	code, last, ok := l.postcodeAt(t, i)
	if !ok && !alone {
		// After a street and number the shape is enough ("Storgatan 12A,
		// 123 45 Stockholm"): a known place must still follow.
		code, last, ok = postcodeShape(t, i)
	}
	if !ok || last+1 >= len(t.Tokens) || !gapSpaces(t, last) {
		return Span{}, 0, false
	}
	p := last + 1
	// The register's own place, up to three tokens.
	best := -1
	var b strings.Builder
	for k := p; k < p+3 && k < len(t.Tokens); k++ {
		if k > p {
			if !gapSpaces(t, k-1) {
				break
			}
			b.WriteByte(' ')
		}
		b.WriteString(t.Folded(k))
		for _, name := range l.postcodes[code] {
			if name == b.String() {
				best = k
			}
		}
	}
	if best < 0 {
		if m, ok := l.matchAt(l.places.Lexicon, firstPlace, t, p); ok && (t.IsUpper(p) || !alone) {
			best = m.EndTok - 1
		}
	}
	if best < 0 {
		return Span{}, 0, false
	}
	return l.span(t, i, best, "location.postcode_place"), best, true
}

// codeUnlisted reads a postcode of the right shape and a capitalised place
// the registers do not hold, after a street, house number and comma:
// "Fjordvegen 4, 5380 Tælavåg". After a whole street address nothing else
// is written that way; the place ends at the next punctuation or lowercase
// word, at most two tokens ("Nedre Eiker").
func codeUnlisted(t *Text, i int) (int, bool) {
	_, last, ok := postcodeShape(t, i)
	if !ok || last+1 >= len(t.Tokens) || !gapSpaces(t, last) {
		return 0, false
	}
	p := last + 1
	if !t.IsUpper(p) || len(t.Word(p)) < 3 || !isLetters(t.Word(p)) {
		return 0, false
	}
	end := p
	if p+1 < len(t.Tokens) && gapSpaces(t, p) && t.IsUpper(p+1) && isLetters(t.Word(p+1)) && len(t.Word(p+1)) >= 3 {
		end = p + 1
	}
	return end, true
}

// streetBeforeCode returns the first token of a street and house number
// ending in a comma before the postcode at token i, written in any case
// ("vesterled 14, 8600 silkeborg", "storgatan 12 b, 852 30 sundsvall",
// "jægersborg allé 45, 2920 ..."), or -1. The postcode and its place after
// the comma say it is an address; the street is the word before the
// number, with a separate street type's name and a prefix before it.
func (l *LocationDetector) streetBeforeCode(t *Text, i int) int {
	if i < 2 || strings.TrimSpace(t.Orig[t.Tokens[i-1].End:t.Tokens[i].Start]) != "," {
		return -1
	}
	k := i - 1
	if w := t.Word(k); len(w) == 1 && !isDigitByte(w[0]) && gapSpaces(t, k-1) && houseNumber(t.Word(k-1)) {
		k-- // "12 b"
	}
	if !houseNumber(t.Word(k)) || k == 0 || !gapSpaces(t, k-1) {
		return -1
	}
	s := k - 1
	if !wordToken(t.Word(s)) {
		return -1
	}
	if (t.Bits(l.idx)[s]&lbSepStreetType != 0) && s > 0 && gapSpaces(t, s-1) && wordToken(t.Word(s-1)) && !(t.Bits(l.idx)[s-1]&lbLocPrep != 0) {
		s--
	}
	if s > 0 && gapSpaces(t, s-1) && l.streetPrefixAt(t, s-1) {
		s--
	}
	return s
}

// wordToken reports whether w is a word of letters, no digit in it.
func wordToken(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' && r != '.' {
			return false
		}
	}
	return w != ""
}

// bareCode finds a postcode named as such: "postnummer 4876" → "4876".
func (l *LocationDetector) bareCode(t *Text, i int) (Span, bool) {
	w := t.Word(i)
	if !isDigits(w) || i == 0 {
		return Span{}, false
	}
	named := (t.Bits(l.idx)[i-1]&lbBareCode != 0) ||
		(i >= 2 && (t.Bits(l.idx)[i-2]&lbBareCode != 0) && (t.Word(i-1) == "er" || t.Word(i-1) == "är" || t.Word(i-1) == "is" || t.Word(i-1) == "nr")) ||
		(i >= 2 && t.Word(i-1) == "code" && (t.Word(i-2) == "post" || t.Word(i-2) == "postal"))
	if !named && (len(w) == 3 || len(w) == 4) {
		// "postnumret ... är 431 60", "postnummeret til Fevik? Er det
		// 4870?": a valid code with a postcode word shortly before it.
		if _, _, ok := l.postcodeAt(t, i); ok {
			for k := max(0, i-12); k < i; k++ {
				if t.Bits(l.idx)[k]&lbBareCode != 0 {
					named = true
				}
			}
		}
	}
	if !named {
		return Span{}, false
	}
	switch len(w) {
	case 4, 5:
		return l.span(t, i, i, "location.postcode"), true
	case 3:
		if i+1 < len(t.Tokens) && gapSpaces(t, i) && len(t.Word(i+1)) == 2 && isDigits(t.Word(i+1)) {
			return l.span(t, i, i+1, "location.postcode"), true
		}
	}
	return Span{}, false
}

// place finds a place name at token i. It returns a zero Span (and ok) for
// a known place it decides not to report, so the caller skips its tokens.
// districtParts follow a town capitalised as part of a district's or a
// postal area's name: "Aarhus Vest", "Oslo Øst", "København K", "Aarhus C".
var districtParts = setOf("Vest", "Øst", "Nord", "Syd", "Sør", "Midt", "Väst", "Öst", "Norr", "Söder",
	"V", "Ø", "N", "S", "C", "K", "SV", "NV", "SØ", "NØ")

func (l *LocationDetector) place(t *Text, i int, lf uint8) (Span, int, bool) {
	m, ok := l.matchAt(l.places.Lexicon, firstPlace, t, i)
	if !ok {
		return l.derivedPlace(t, i)
	}
	last := m.EndTok - 1
	f := l.places.flags[m.Entry]
	up := t.IsUpper(i)
	if up && last == i && last+1 < len(t.Tokens) && gapSpaces(t, last) && districtParts[t.Raw(last+1)] {
		last++ // "Aarhus Vest", "København K": a district or postal area of the town
	}
	s := l.span(t, i, last, "location.place")
	if last > i {
		// A multi-word name ("Møre og Romsdal", "Upplands Väsby").
		if !up {
			s.Weak, s.Key = true, keyLocLower
		}
		return s, last, true
	}
	if afterIntro(t, i) || (i > 0 && (t.Bits(l.idx)[i-1]&lbTitleF != 0) && up) ||
		(up && f&flagFirst != 0 && weakIntroSet.endsAt(t, i)) {
		return Span{}, last, true // a name: PERSON decides ("this is Mark")
	}
	if (t.Bits(l.idx)[i]&lbContext != 0) && (!up || sentStart(t, i)) {
		return Span{}, last, true // "Bor i ...": the context, not the place
	}
	w := t.Word(i)
	if up && last == i && hasKey(l.notPlaces, w) && !strings.EqualFold(m.Entry.Phrase, t.Raw(i)) {
		return Span{}, last, true // "Mon–Thu": a listed non-place that only folds to one (Møn)
	}
	short := runeCount(w) <= 2
	if raw := t.Raw(i); up && runeCount(raw) <= 3 && isAllUpper(raw) {
		return Span{}, last, true // "AS", "ÅS": an abbreviation, not "Ås"
	}
	if i > 0 && officeWords[t.Word(i-1)] && gapSpaces(t, i-1) && (up || kindOf(m.Entry, "no_kommune", "no_bydel",
		"district", "no_poststed", "dk_kommune", "dk_by", "se_kommun", "se_ort") && f&lf == 0) && !hasKey(l.notPlaces, w) {
		return s, last, true // "NAV Sagene", "nav grimstad", "jobcenter odense": the local office's place
	}
	inst := last+1 < len(t.Tokens) && gapSpaces(t, last) && (l.instWords[t.Folded(last+1)] ||
		up && t.IsUpper(last+1) && instHead(t.Word(last+1)))
	if !up {
		return l.lowerPlace(t, i, s, m.Entry, f, lf, inst)
	}
	// "Ska skolan anmäla det?": a word of the message's language opening a
	// sentence, before an institution's noun in lower case and in the
	// definite, is the word; a place names its school in the indefinite
	// ("Ski skole").
	if inst && f&lf != 0 && sentStart(t, i) && !t.IsUpper(last+1) && definiteNoun(t.Word(last+1)) {
		inst = false
	}
	if inst && l.namedAfter(t, i) {
		return Span{}, last, true // "Ole Vig vgs": a school named after a person
	}
	ambiguous := f&lf != 0 || f&flagFirst != 0 || short
	if !inst && abbrevWords[w] && t.Tokens[i].End < len(t.Orig) && t.Orig[t.Tokens[i].End] == '.' {
		return Span{}, last, true // "Hej Ang. tilskud": angående, not Äng
	}
	if !inst && sentStart(t, i) {
		if l.abbrevAt(t, i) {
			return Span{}, last, true // "Ang. min søn"
		}
		if f&flagWords != 0 && runeCount(w) <= 4 {
			// A short word of some language opening a sentence is the word
			// ("Vad händer då?", "Ska vi ringa?"), whatever the message's
			// label; one of the message's language after the end of another
			// sentence has its confirming words in that sentence, not its
			// own ("Jag bor i Lund. Vad gör jag nu?").
			if f&lf != 0 && i > 0 && strings.ContainsAny(t.Orig[t.Tokens[i-1].End:t.Tokens[i].Start], ".!?") {
				return Span{}, last, true
			}
			ambiguous = true
		}
	}
	switch {
	case !ambiguous || inst:
		return s, last, true
	case signedTown(t, i, last):
		// "Hilsen Anne Bach, Brande": where the writer signing lives.
		return s, last, true
	case f&flagFirst != 0 && i > 0 && greetings[t.Word(i-1)] && onlySpacesOrComma(t.Orig[t.Tokens[i-1].End:t.Tokens[i].Start]):
		// "Hei Nora.": a first name greeted, whatever follows.
		return Span{}, last, true
	case !sentStart(t, i) && f&flagFirst != 0 && f&lf == 0 && !isMajor(m.Entry):
		s.Weak, s.Key = true, keyLocName
	case !sentStart(t, i):
		s.Weak, s.Key = true, keyLocCap
	case short:
		return Span{}, last, true
	default:
		s.Weak, s.Key = true, keyLocWord
	}
	return s, last, true
}

// abbrevWords are abbreviations written with a dot that fold like a place:
// "ang." (angående), "vedr.", "mht.", "pga.", "ifm.", "evt.", "inkl.".
var abbrevWords = setOf("ang", "angå", "vedr", "mht", "pga", "ifm", "ift", "evt", "inkl", "ekskl", "bl", "jf", "jfr",
	"ca", "obs", "tlf", "mvh", "ref", "avd", "adr", "resp", "dvs", "osv", "etc", "mfl", "mm")

// abbrevAt reports whether token i is an abbreviation with its dot
// opening a sentence, a lowercase word after it: "Ang. min ansøgning",
// "Vedr. betaling".
func (l *LocationDetector) abbrevAt(t *Text, i int) bool {
	e := t.Tokens[i].End
	return runeCount(t.Raw(i)) <= 5 && e < len(t.Orig) && t.Orig[e] == '.' && i+1 < len(t.Tokens) && !t.IsUpper(i+1) &&
		onlySpaces(t.Orig[e+1:t.Tokens[i+1].Start])
}

// lowerPlace decides a place name written in lower case, as chat writes
// ("bor pa fevik", "i molde"): kept after a preposition of place or a
// residence phrase, or before an institution word, when it is no word of
// the message's language; a municipality or city that is a word of one
// language only is kept there too. Words that are part of the context
// ("bor", "til") are never places.
func (l *LocationDetector) lowerPlace(t *Text, i int, s Span, e *Entry, f, lf uint8, inst bool) (Span, int, bool) {
	w := t.Word(i)
	if contextWords[w] || hasKey(l.notPlaces, w) {
		return Span{}, i, true
	}
	resid := residenceSet.endsAt(t, i)
	if i+1 < len(t.Tokens) && gapSpaces(t, i) && municipalityWords[t.Folded(i+1)] &&
		kindOf(e, "no_kommune", "se_kommun", "dk_kommune", "fi_kommun") {
		// "ski kommune", "lund kommun", "os kommune": a municipality
		// named with the word municipality, even when it is a word.
		return s, i, true
	}
	if w == "stad" && i > 0 && t.Word(i-1) == "i" {
		// Norwegian "i stad" is "a while ago" and Swedish "i stad" "in
		// town"; the municipality Stad is written with a capital
		// or named with the word municipality (above).
		return Span{}, i, true
	}
	if runeCount(w) < 3 {
		// "bor på os", "bur i ål": a two-letter municipality only right
		// after a residence phrase.
		if resid && l.residencePlace(e, w) && (kindOf(e, "no_kommune", "dk_kommune", "se_kommun", "fi_kommun") || townOrPostalPlace(e)) {
			return s, i, true
		}
		return Span{}, i, true
	}
	langs := 0
	for _, b := range []uint8{flagWordNo, flagWordDa, flagWordSv, flagWordEn} {
		if f&b != 0 {
			langs++
		}
	}
	ambiguous := f&lf != 0 || f&flagFirst != 0
	major := false
	for k := range strings.SplitSeq(e.Rule, "+") {
		major = major || majorKinds[k]
	}
	major = major && langs <= 1
	switch {
	case l.farmBefore(t, i) && (clauseEnd(t, i) || i+1 < len(t.Tokens) && gapSpaces(t, i) &&
		((t.Bits(l.idx)[i+1]&lbLocPrep != 0) || farmAfter[t.Word(i+1)])):
		// "bur på garden haugen i valle": after a farm word a listed
		// name is the farm, definite in shape as farm names are.
	case !ambiguous && (inst || afterPlacePrep(t, i) || i > 0 && lowerPlacePreps[t.Word(i-1)] || wholePlace(t, i)) ||
		f&lf == 0 && i > 1 && t.Word(i-1) == "for" && outsideWords[t.Word(i-2)] && gapSpaces(t, i-2) && gapSpaces(t, i-1):
		// "en gård uden for thisted": outside a place, even one that is
		// a surname too.
	case f&lf == 0 && f&flagFirst != 0 && i > 0 && inPreps[t.Word(i-1)] && gapSpaces(t, i-1) && runeCount(w) >= 4 &&
		townKind(e) && l.residencePlace(e, w):
		// "partiene i asker": no one is in a person; a town that is also a
		// first name is the town after "i" or "på".
	case ambiguous && runeCount(w) >= 4 && afterPlacePrep(t, i) && l.partOfTown(t, i, lf):
		// "jobber på brekke i lillesand": a place that is also a word or
		// a surname, placed in a town that is none.
	case !ambiguous && (l.lowerCoordinated(t, i, lf) || l.lowerAfterComma(t, i, lf)):
		// "mellem haderslev og kolding": joined to a place found before it;
		// "we live in bergen, laksevag": the part of the town.
	case ambiguous && l.townAfterAddress(t, i) && l.residencePlace(e, w) && townOrPostalPlace(e):
		// "storgata 5, moss", "dalsveien 2, lier": the town of an address
		// right before it, even when it is also a word.
	case ambiguous && l.lowerCoordinatedNext(t, i, lf) && l.residencePlace(e, w):
		// "mellom evje og byglandsfjord": a place that is also a word,
		// joined to a place that is none after a preposition of place.
	case l.lowerRoute(t, i, lf) && (!ambiguous || l.residencePlace(e, w)):
		// "bussen fra roskilde til køge": the end of a route whose start
		// is a place no word, even when the end is also a word.
	case ambiguous && i >= 3 && routeTo[t.Word(i-1)] && gapSpaces(t, i-1) && gapSpaces(t, i-2) && !t.IsUpper(i-2) &&
		residenceSet.endsAt(t, i-2) && l.places.Lookup(t.Word(i-2)) != nil && l.residencePlace(e, w) && townOrPostalPlace(e):
		// "vi flyttet fra moss til sand": a move from one listed place to
		// another, both words too.
	case ambiguous && l.lowerRouteStart(t, i, lf) && l.residencePlace(e, w) && townOrPostalPlace(e):
		// "toget fra ski til oslo": the start of a route whose end is a
		// place no word, even when the start is also a word.
	case (!ambiguous || l.residencePlace(e, w)) && signedPlace(t, i):
		// "hilsen birthe kjær, aarhus", "hälsningar från lund": where the
		// writer signing lives, ending the message.
	case major && !ambiguous && resid:
	case isMajor(e) && ambiguous && longName(w) && i > 0 && ((t.Bits(l.idx)[i-1]&lbLocPrep != 0) || routePreps[t.Word(i-1)]):
		// "i kongsberg": a long municipal name the word lists hold as an
		// inflected or compound form is still the place after "i"/"på".
	case townKind(e) && f&flagSurname == 0 && runeCount(w) >= 6 && i > 0 && t.Word(i-1) == "i":
		// "i drammen", "i rælingen": after "i" a long municipality or
		// city name is rarely the word it also spells; regions, districts
		// and directions are left out ("i nordvest", "i strømmen").
	case kindOf(e, "no_bydel", "district") && langs <= 1 && runeCount(w) >= 4 && i > 0 && (t.Bits(l.idx)[i-1]&lbLocPrep != 0) &&
		!genericDistricts[w] && !hasKey(l.notPlaces, w):
		// "skolen på tasta", "bor du på tøyen": a city district that is a
		// word of one language only is the district after i/på/ved,
		// unless its name is also the generic place it says.
	case inst && langs <= 1:
	case resid && langs <= 2 && !ambiguous:
	case resid && langs <= 1 && (strings.Contains(e.Rule, "no_bydel") ||
		(runeCount(w) >= 5 && (strings.Contains(e.Rule, "district") || townKind(e) || kindOf(e, "no_fylke", "se_lan")))):
		// "bor på tasta", "bor på tøyen", "bor i molde": a city district,
		// municipality or city after a residence phrase, even when it is
		// also a word or a surname (short ones such as "øya" excepted).
	case townKind(e) && langs == 0 && f&(flagFirst|flagSurname) == 0 && runeCount(w) >= 5 && l.residencePlace(e, w):
		// "stenging av skolene i hele stavanger", "i love stockholm": a
		// town or municipality that is no word of any language and no
		// name, not shaped like a definite noun, is the town anywhere.
	case i >= 2 && careHome(t.Word(i-2)) && (t.Word(i-1) == "i" || t.Word(i-1) == "på" || t.Word(i-1) == "pa") &&
		gapSpaces(t, i-1) && gapSpaces(t, i-2) && runeCount(w) >= 3 && townOrPostalPlace(e) && !hasKey(l.notPlaces, w):
		// "sykehjemmet på hokksund", "gruppboende i kumla": a care home is
		// where it is, even when the town is shaped like a definite noun.
	case i >= 2 && (w != "i" && (t.Word(i-1) == "i" || t.Word(i-1) == "in")) && gapSpaces(t, i-1) && runeCount(w) >= 3 &&
		(houseNumber(t.Word(i-2)) || t.Lang != "en" && l.suffixCandidate(t.Word(i-2)) || instHead(t.Word(i-2))) &&
		l.residencePlace(e, w) && townOrPostalPlace(e):
		// "teglværksvej i hammel", "storgatan 22 i boden", "skolen i
		// tarm": after an address or an institution and "i", a listed
		// town is the town even when it is a word (an English word ending
		// like a street is none: "contracts in person").
	case resid && t.Lang == "sv" && kindOf(e, "se_kommun", "se_ort") && !hasKey(l.notPlaces, w) &&
		!strings.HasSuffix(w, "en") && !strings.HasSuffix(w, "et") && !strings.HasSuffix(w, "na"):
		// "jag bor i mora", "flyttar till sala": in Swedish a final -a
		// makes no definite noun, so a Swedish town ending in it is the
		// town right after a residence phrase.
	case resid && i > 0 && municipalityPreps[t.Word(i-1)] && kindOf(e, "no_kommune", "dk_kommune", "se_kommun") &&
		!hasKey(l.notPlaces, w) && !genericDistricts[w]:
		// "vi bor i sola", "flytter til vejen": after living in or moving
		// to, a municipality is that place even when shaped like a
		// definite noun; one lives on ("bor på") an island, not in it.
	case resid && l.residencePlace(e, w):
		// "bor på nes", "vi bor på hell", "bor på sand": right after a
		// residence phrase a listed place is that place even when it is a
		// word of several languages, unless it is a generic place noun
		// ("bor på øya", "bor i sentrum") or shaped like a definite noun
		// ("bor i dalen").
	default:
		return Span{}, i, true
	}
	return s, i, true
}

// instHeads end the capitalised head of an institution's name after a
// place: "Hadeland Glassverk", "Stavanger Konserthus", "Drammen Sykehus".
var instHeads = []string{"verk", "verket", "hus", "huset", "museum", "museet", "kirke", "kirka", "kyrkje", "kyrka",
	"skole", "skule", "skola", "skolen", "skolan", "sykehus", "sjukehus", "sygehus", "sjukhus", "senter",
	"senteret", "center", "centret", "bibliotek", "biblioteket", "hall", "hallen", "park", "parken", "stadion",
	"teater", "teatret", "kino", "bryggeri", "meieri", "galleri", "gymnas", "gymnasium", "sparebank", "havn",
	"stasjon", "station", "hospital", "church", "school", "library"}

// instHead reports whether w ends in an institution head.
func instHead(w string) bool {
	return endsWithAny(w, instHeads)
}

// careHomes end the word for a care home or a home of assisted living.
var careHomes = []string{"sykehjem", "sykehjemmet", "sjukeheim", "sjukeheimen", "plejehjem", "plejehjemmet",
	"aldershjem", "aldershjemmet", "äldreboende", "äldreboendet", "gruppboende", "gruppboendet", "gruppbostad",
	"gruppbostaden", "omsorgsbolig", "omsorgsboligen", "omsorgsbustad", "omsorgsbustaden", "plejebolig",
	"plejeboligen", "bofellesskap", "bofellesskapet", "bufellesskap", "bufellesskapet", "vårdboende", "vårdboendet"}

// careHome reports whether w is or ends in a word for a care home
// ("sykehjemmet", "demensboende" is not listed: "boende" alone is a home).
func careHome(w string) bool { return endsWithAny(w, careHomes) }

// residencePlace reports whether lowercase place w (entry e) right after a
// residence phrase is the place: a city district, or any other listed place
// not shaped like a definite noun ("bor på sola" may be the sun); never a
// word of not_places.txt.
func (l *LocationDetector) residencePlace(e *Entry, w string) bool {
	if hasKey(l.notPlaces, w) {
		return false
	}
	if kindOf(e, "district", "no_bydel") {
		return true
	}
	for _, sfx := range []string{"en", "et", "a", "ene", "na", "erne"} {
		if strings.HasSuffix(w, sfx) {
			return false
		}
	}
	return true
}

// definiteNoun reports whether w ends like a Nordic noun in the definite
// ("skolan", "skolen", "biblioteket").
func definiteNoun(w string) bool {
	return endsWithAny(w, definiteEndings)
}

// definiteEndings end a Nordic noun in the definite. (residencePlace
// also takes "-a": "øya"; a Swedish school's "skola" is indefinite.)
var definiteEndings = []string{"en", "et", "an", "na", "ene"}

// municipalityPreps end a residence phrase before a municipality: "bor i",
// "flytter til", "kommer fra".
var municipalityPreps = setOf("i", "til", "till", "fra", "frå", "från", "in", "to", "from")

// municipalityWords follow a municipality's name in its official name.
var municipalityWords = setOf("kommune", "kommunes", "kommun", "kommuns", "municipality")

// kindOf reports whether a place entry is of one of the kinds.
func kindOf(e *Entry, kinds ...string) bool {
	for k := range strings.SplitSeq(e.Rule, "+") {
		for _, want := range kinds {
			if k == want {
				return true
			}
		}
	}
	return false
}

// isMajor reports whether a place entry is a municipality, county, city or
// the like.
func isMajor(e *Entry) bool {
	for k := range strings.SplitSeq(e.Rule, "+") {
		if majorKinds[k] {
			return true
		}
	}
	return false
}

// townOrPostalPlace reports whether a place entry is a town of any size: a
// municipality, a city, or a postal place or locality.
func townOrPostalPlace(e *Entry) bool {
	return townKind(e) || kindOf(e, "dk_by", "se_ort", "no_poststed")
}

// townKind reports whether a place entry is a municipality or a city.
func townKind(e *Entry) bool {
	for k := range strings.SplitSeq(e.Rule, "+") {
		switch k {
		case "no_kommune", "dk_kommune", "se_kommun", "fi_kommun", "city":
			return true
		}
	}
	return false
}

// longName reports whether a lowercase name is long and not shaped like an
// inflected common noun (definite -en, -et, -a), so it is rarely the word.
func longName(w string) bool {
	if runeCount(w) < 7 {
		return false
	}
	for _, sfx := range []string{"en", "et", "a", "er", "ene"} {
		if strings.HasSuffix(w, sfx) {
			return false
		}
	}
	return true
}

// majorKinds are the kinds of place whose name is well known: a lowercase
// municipality or city after a preposition is that place even when the
// name is also a word of one language ("i molde", "i bergen").
var majorKinds = map[string]bool{"no_kommune": true, "dk_kommune": true, "se_kommun": true, "fi_kommun": true, "no_fylke": true,
	"se_lan": true, "city": true, "region": true, "no_bydel": true, "district": true, "island": true}

// properPlace reports whether token i is an unlisted proper noun used as a
// place: capitalised mid-sentence, directly after a preposition of place or
// before an institution word ("bor på Lade", "Hauge skule"), and not a name,
// month, language or service.
func (l *LocationDetector) properPlace(t *Text, i int) bool {
	if !t.IsUpper(i) || sentStart(t, i) {
		return false
	}
	raw := t.Raw(i)
	if runeCount(raw) < 3 || hasKey(l.notPlaces, t.Word(i)) || strings.ContainsAny(raw, "0123456789-'’") {
		return false
	}
	w := t.Word(i)
	for _, sfx := range orgNounSuffixes {
		if strings.HasSuffix(w, sfx) {
			return false
		}
	}
	if isAllUpper(raw) {
		return false // acronyms: NAV, SFO, BPA
	}
	if e := t.Tokens[i].End; e < len(t.Orig) && t.Orig[e] == '-' {
		return false // "Børne- og Ungerådgivningen": the first part of a compound
	}
	inst := i+1 < len(t.Tokens) && gapSpaces(t, i) && l.instWords[t.Folded(i+1)] && !l.instWords[t.Folded(i)]
	if i+1 < len(t.Tokens) && gapSpaces(t, i) && nurseryWords[t.Folded(i+1)] {
		return false // "Solstrålen barnehage": a nursery's own name, no place the lists lack
	}
	p := i - 1
	if p > 0 && quantifiers[t.Word(p)] {
		p-- // "i hele Tarup"
	}
	ferry := p == i-1 && i >= 2 && t.Bits(l.idx)[i]&lbFerryEnd != 0 && ferryEnd(t, t.Bits(l.idx), i)
	prep := p >= 0 && afterPlacePrep(t, p+1) && !t.IsUpper(p) && !agentPreps[t.Word(p)] &&
		!(p > 0 && orgVerbs[t.Folded(p-1)] && !aroundPreps[t.Word(p)]) ||
		// "lives alone on Storholmen": where someone lives.
		livesAt(t, p) ||
		// "ferja mellom Abelnes og Kirkehamn": a ferry's end.
		ferry ||
		// "fra Kabul via Moria": a stop on a route from a place.
		p >= 2 && t.Word(p) == "via" && routeFrom[t.Word(p-2)] && t.IsUpper(p-1) && gapSpaces(t, p-1) && gapSpaces(t, p-2) ||
		// "reguleringsplanen for Myrvoll", "lokalplan for Engparken": the
		// area a plan is for.
		p >= 1 && (t.Word(p) == "for" || t.Word(p) == "för") && planNouns[t.Word(p-1)] && gapSpaces(t, p-1) && gapSpaces(t, p)
	coord := l.coordinated(t, i)
	farm := l.farmBefore(t, i)
	if !inst && !prep && !coord && !farm {
		return false
	}
	// The engine detects again on masked text: a word before the
	// preposition may have been masked ("inlagd på Sahlgrenska"), so an
	// unlisted name next to a placeholder is not decided.
	if placeholderAt(t, i-1) || placeholderAt(t, p-1) {
		return false
	}
	if afterIntro(t, i) || (i > 0 && (t.Bits(l.idx)[i-1]&lbTitleF != 0)) || inst && l.namedAfter(t, i) {
		return false
	}
	// A genitive before a noun names an owner, mostly an organisation
	// ("til Statens vegvesen").
	// A preposition or conjunction after it is no noun owned, nor is a
	// route's end: "fra Storenes til Molde", "ferja Lavik–Kvitnes gikk".
	// A headland's name ends in s too ("veien til Skarpnes skal ...").
	if strings.HasSuffix(w, "s") && !nesName(w) && i+1 < len(t.Tokens) && gapSpaces(t, i) && !t.IsUpper(i+1) && !inst && !ferry &&
		!(coord && (routeTo[t.Word(i+1)] || conj[t.Word(i+1)] || dashBefore(t, i))) {
		return false
	}
	// A known first name or surname is PERSON's ("til Kari", "hos Hansen"),
	// unless the context is plainly a place: an institution after it, a
	// residence phrase or a locative preposition before it.
	locative := prep && ((t.Bits(l.idx)[p]&lbLocPrep != 0) || residenceSet.endsAt(t, p+1)) || farm
	if e := l.names.first.Lookup(raw); e != nil && !inst && !livesAt(t, p) {
		return false
	}
	if e := l.names.last.Lookup(raw); e != nil && !inst && !locative && !coord {
		return false
	}
	// The next word capitalised too: a name of something ("på Rema 1000",
	// "i Oslo Sportslager") that the lists would know if it were a place.
	if i+1 < len(t.Tokens) && gapSpaces(t, i) && t.IsUpper(i+1) && !inst {
		return false
	}
	return true
}

// dirPrefixed reports whether raw is a point of the compass or a side
// joined by a hyphen to a capitalised name of three letters or more:
// "Nord-Gudbrandsdal", "Indre-Østfold", "Södra-Hallands".
func dirPrefixed(raw string) bool {
	k := strings.IndexByte(raw, '-')
	if k < 3 || k > 9 || len(raw)-k < 4 || !dirPrefixes[lowerSameLen(raw[:k])] {
		return false
	}
	rest := raw[k+1:]
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) || strings.IndexByte(rest, '-') >= 0 {
		return false
	}
	for _, c := range rest {
		if !unicode.IsLetter(c) {
			return false
		}
	}
	return runeCount(rest) >= 3
}

var dirPrefixes = setOf("nord", "sør", "sor", "syd", "midt", "øst", "ost", "vest", "indre", "ytre", "nordre", "søndre",
	"øvre", "nedre", "norra", "södra", "östra", "västra", "mellersta", "nørre", "sønder", "vester", "øster", "north",
	"south", "east", "west", "nordøst", "nordvest", "sørøst", "sørvest", "nordost", "sydost", "sydvest", "nordväst", "sydväst")

// livesAt reports whether token p is a preposition of place after a verb
// of living, an adverb perhaps between ("bor på Ila", "bur aleine i Eid",
// "lives in Ely"): what follows is where someone lives, even when it is
// also a first name. Arrivals and origins ("kom fra Ida", "is from Anna")
// may name a sender, so they do not count.
func livesAt(t *Text, p int) bool {
	if p < 1 || !livePreps[t.Word(p)] || !gapSpaces(t, p-1) {
		return false
	}
	v := p - 1
	if liveAdverbs[t.Word(v)] && v > 0 && gapSpaces(t, v-1) {
		v--
	}
	return liveVerbs[t.Word(v)]
}

var (
	liveVerbs = setOf("bor", "bo", "bur", "bodd", "budd", "budde", "bodde", "bott", "boet", "boede", "bosatt", "bosat",
		"lives", "live", "living", "lived")
	liveAdverbs = setOf("alene", "aleine", "åleine", "ensam", "själv", "selv", "sjølv", "sammen", "saman", "tillsammans",
		"nå", "na", "no", "nu", "fortsatt", "framleis", "fortfarande", "stadig", "kvar", "alone", "still", "now")
	livePreps = setOf("på", "pa", "paa", "i", "on", "in", "at")
)

// namedAfter reports whether capitalised token i, before an institution
// word, is the surname of a person the institution is named after: a
// capitalised first name right before it ("Sam Eyde vgs", "Fridtjof
// Nansen skole"). The person's name is neither PERSON nor LOCATION.
func (l *LocationDetector) namedAfter(t *Text, i int) bool {
	if i == 0 || !gapSpaces(t, i-1) || !t.IsUpper(i-1) || l.names.first.Lookup(t.Raw(i-1)) == nil {
		return false
	}
	if _, ok := l.matchAt(l.places.Lexicon, firstPlace, t, i-1); ok {
		return false // "Nordre Land skole"-like: a place word before it
	}
	return l.names.last.Lookup(t.Raw(i)) != nil || l.names.first.Lookup(t.Raw(i)) == nil
}

// nurseryWords name kindergartens, whose names are mostly made up
// ("Solstrålen barnehage", "Troldehøjen Børnehave"): a place before one is
// a listed place.
var nurseryWords = setOf("barnehage", "barnehagen", "barnehave", "barnehaven", "børnehave", "børnehaven",
	"børnehus", "børnehuset", "vuggestue", "vuggestuen", "förskola", "förskolan", "dagis", "dagiset",
	"naturbarnehage", "friluftsbarnehage", "familiebarnehage", "kindergarten", "nursery", "bhg")

// placePrefixes are the directional and size words that belong to a
// farm's or village's name: "Søre Moen", "Øvre Sletten", "Store Ringheim",
// "på nordre nes".
var placePrefixes = setOf("nordre", "søndre", "sondre", "søre", "sore", "nørdre", "øvre", "ovre", "övre", "nedre",
	"vestre", "østre", "ostre", "austre", "midtre", "mellom", "indre", "ytre", "store", "stora", "lille", "lilla",
	"vesle", "norra", "södra", "västra", "östra", "nørre", "sønder", "vester", "øster")

// farmWords name a farm or smallholding before its name: "gården Søre
// Moen", "garden vår Hovland", "småbruket Solheim".
var farmWords = setOf("gården", "garden", "gardsbruket", "gårdsbruket", "småbruket", "bruket", "plassen",
	"husmannsplassen", "setra", "seteren", "sætra", "støylen", "gårdstunet", "gardstunet", "gårdsbruk",
	"gardsbruk", "småbruk", "gård", "gard", "gardsnamnet", "gårdsnavnet", "gaarden")

// farmNouns follow a farm's name ("Stølen gard", "Nørre gård").
var farmNouns = setOf("gard", "garden", "gård", "gården", "gaard", "gaarden")

// isFarmWord reports whether folded token f is one of farmWords, by a
// string switch: it is asked of most lowercase tokens, and a switch on
// length and bytes costs less than hashing them.
func isFarmWord(f string) bool {
	switch f {
	case "garden", "gardsbruket", "smabruket", "bruket", "plassen", "husmannsplassen", "setra", "seteren", "stoylen",
		"gardstunet", "gard", "gardsnamnet", "gardsnavnet", "smabruk", "gardsbruk", "satra":
		return true
	}
	return false
}

// farmBefore reports whether a farm word comes right before token i, or
// before a possessive before it ("garden vår Hovland"). English "garden"
// is a garden.
func (l *LocationDetector) farmBefore(t *Text, i int) bool {
	k := i - 1
	if k > 0 && kinPossessives[t.Word(k)] && gapSpaces(t, k) {
		k--
	}
	return k >= 0 && gapSpaces(t, k) && farmWords[t.Folded(k)] && t.Lang != "en" && !farmNamedBefore(t, k)
}

// farmNamedBefore reports whether a capitalised name (or, on the engine's
// second pass, its placeholder) stands before the farm word at token k:
// "Sætre gård like ved" names the farm before the word, and the word after
// it is no name.
func farmNamedBefore(t *Text, k int) bool {
	return k > 0 && (t.IsUpper(k-1) || placeholderAt(t, k-1)) && gapSpaces(t, k-1) && !sentStart(t, k-1)
}

// lowerFarm reports whether lowercase token i, which no list starts with,
// is a farm's name after a farm word ("bur på garden haugen i valle",
// "gården norrbyn utanför hudiksvall"): a word of letters, no function
// word, that ends the clause or stands before a preposition of place.
func (l *LocationDetector) lowerFarm(t *Text, i int) bool {
	if !isFarmWord(t.Folded(i-1)) || !gapSpaces(t, i-1) || t.Lang == "en" || farmNamedBefore(t, i-1) {
		return false
	}
	w := t.Word(i)
	if runeCount(w) < 4 || !isLetters(t.Raw(i)) || contextWords[w] || kinPossessives[w] || possessives[w] || introStop[w] ||
		hasKey(l.notPlaces, w) || verbShaped(w) || farmStates[w] || placeAdverbs[w] {
		return false
	}
	return clauseEnd(t, i) || i+1 < len(t.Tokens) && gapSpaces(t, i) && ((t.Bits(l.idx)[i+1]&lbLocPrep != 0) || farmAfter[t.Word(i+1)])
}

// farmStates say how a farm word's place is, no name: "plassen full",
// "gården tom".
var farmStates = setOf("full", "fullt", "tom", "tomt", "stengt", "stengd", "ledig", "ledige", "opptatt", "åpen",
	"åpent", "ferdig", "klar", "solgt", "såld", "tömd",
	// Adverbs of distance: "bor på en gård litt utenfor".
	"litt", "lite", "lidt", "lengre", "langt", "rett", "like", "helt", "heilt")

// placeAdverbs say where something is after a farm word ("en gård oppe i
// dalen") or a place ("på kvitberget oppi lia").
var placeAdverbs = setOf("oppe", "nede", "ute", "inne", "borte", "uppe", "nere", "oppi", "nedi", "uti", "innerst", "ytterst")

// farmAfter are prepositions after a farm's name: "gården norrbyn utanför
// hudiksvall", "garden haugen ved elva".
var farmAfter = setOf("utanför", "utenfor", "utanfor", "udenfor", "ved", "vid", "nær", "nära", "near", "outside")

// prefixedPlace finds a place of a prefix word and a name at token i, the
// prefix being part of it: "gården Søre Moen", "kjøpte Øvre Sletten",
// "på nordre nes". Capitalised, the name is a listed place or, after a
// preposition of place or a farm word, any name that is no first name;
// elsewhere one shaped like a place. In lower case it is a listed place
// after a preposition of place or a farm word.
func (l *LocationDetector) prefixedPlace(t *Text, i int, lf uint8) (int, string, bool) {
	n := len(t.Tokens)
	j := i + 1
	up := t.IsUpper(i)
	if j >= n || !gapSpaces(t, i) || up != t.IsUpper(j) {
		return 0, "", false
	}
	raw, w := t.Raw(j), t.Word(j)
	if runeCount(raw) < 2 || up && isAllUpper(raw) || hasKey(l.notPlaces, w) || (t.Bits(l.idx)[j]&lbSepStreetType != 0) ||
		strings.ContainsAny(raw, "0123456789") || contextWords[w] || placeholderAt(t, i-1) {
		return 0, "", false
	}
	if up && j+1 < n && gapSpaces(t, j) && t.IsUpper(j+1) {
		return 0, "", false // part of a longer name: "Store Norske Leksikon"
	}
	farm := l.farmBefore(t, i)
	prep := i > 0 && !t.IsUpper(i-1) && ((t.Bits(l.idx)[i-1]&lbLocPrep != 0) || residenceSet.endsAt(t, i)) &&
		!(i > 1 && orgVerbs[t.Folded(i-2)])
	m, listed := l.matchAt(l.places.Lexicon, firstPlace, t, j)
	end, rule := j, "location.proper"
	if listed {
		end, rule = m.EndTok-1, "location.place"
	}
	if !up {
		if !listed && (prep || farm) && (placeShaped(w) || runeCount(w) >= 6 && strings.HasSuffix(w, "land")) &&
			!contextWords[w] && !positionNouns[w] {
			// "på gården i øvre haugedal", "på nedre skjerland": shaped
			// like a place, on -land too, no part of something ("i nedre
			// del", "øvre hylle").
			return j, "location.proper", true
		}
		if !listed || !(prep || farm || i > 0 && t.Bits(l.idx)[i-1]&lbPlacePrep != 0 && gapSpaces(t, i-1) && compassPrefixes[t.Word(i)]) {
			// A listed place with a point of the compass after any
			// preposition of place: "bussen fra søndre lillestrøm" (not "til
			// lille ask", a child).
			return 0, "", false
		}
		if f := l.places.flags[m.Entry]; end == j && f&lf != 0 && !l.residencePlace(m.Entry, w) && !farm {
			return 0, "", false // "på øvre dalen"; "gården øvre lia" is the farm
		}
		return end, rule, true
	}
	if l.names.first.Lookup(raw) != nil && !listed && !farm {
		return 0, "", false // "på Store Ole": a name; "garden Nedre Mo" is the farm
	}
	switch {
	case farm || prep:
		return end, rule, true
	case sentStart(t, i):
		return 0, "", false
	case listed && l.places.flags[m.Entry]&(lf|flagFirst) == 0 || !listed && placeShaped(w):
		return end, rule, true
	}
	return 0, "", false
}

// prefixedProper finds an unlisted place of a prefix word and a name after
// a preposition of place ("på Nedre Eiker", "i Västra Ämtervik").
func (l *LocationDetector) prefixedProper(t *Text, i int) (int, bool) {
	n := len(t.Tokens)
	if i == 0 || i+1 >= n || !t.IsUpper(i) || !t.IsUpper(i+1) || !(t.Bits(l.idx)[i]&lbStreetPrefix != 0) || !gapSpaces(t, i) {
		return 0, false
	}
	if !(t.Bits(l.idx)[i-1]&lbLocPrep != 0) || placeholderAt(t, i-2) || sentStart(t, i) || (i > 1 && orgVerbs[t.Folded(i-2)]) {
		return 0, false
	}
	raw := t.Raw(i + 1)
	if runeCount(raw) < 3 || isAllUpper(raw) || hasKey(l.notPlaces, t.Word(i+1)) || strings.ContainsAny(raw, "0123456789") {
		return 0, false
	}
	if l.names.first.Lookup(raw) != nil || (t.Bits(l.idx)[i+1]&lbSepStreetType != 0) {
		return 0, false
	}
	if i+2 < n && gapSpaces(t, i+1) && t.IsUpper(i+2) {
		return 0, false
	}
	return i + 1, true
}

// placeholderAt reports whether token i is a hidden placeholder of an
// earlier mask round (the engine detects again on masked text).
func placeholderAt(t *Text, i int) bool {
	return i >= 0 && i < len(t.Tokens) && strings.ContainsRune(t.Raw(i), placeholderRune)
}

// quantifiers may stand between a preposition and a place ("i hele Tarup").
var quantifiers = setOf("hele", "heile", "hela", "whole", "all", "the", "selve", "sjølve")

// townAfterAddress reports whether token i follows a comma after a street
// name and its house number: "storgata 5, moss", "kirkevegen 12 b, sand".
func (l *LocationDetector) townAfterAddress(t *Text, i int) bool {
	if i < 2 || strings.TrimSpace(t.Orig[t.Tokens[i-1].End:t.Tokens[i].Start]) != "," {
		return false
	}
	k := i - 1
	if len(t.Word(k)) == 1 && isLetters(t.Word(k)) && k > 1 && gapSpaces(t, k-1) {
		k-- // "12 b"
	}
	return houseNumber(t.Word(k)) && gapSpaces(t, k-1) && l.suffixCandidate(t.Word(k-1))
}

// wholePlace reports whether token i follows a preposition of place and
// "hele" ("strømmen er borte på hele tromøya", "i heile førde", "i hele
// skagen"): a listed place no word names the whole of it.
func wholePlace(t *Text, i int) bool {
	if i < 2 || !gapSpaces(t, i-1) || !gapSpaces(t, i-2) {
		return false
	}
	switch t.Word(i - 1) {
	case "hele", "heile", "hela", "whole":
		return afterPlacePrep(t, i-1)
	}
	return false
}

// genericDistricts are district names that are also the generic place
// they describe ("på øya", "på solsiden", "i midtbyen").
var genericDistricts = setOf("øya", "solsiden", "midtbyen", "nordvest", "sentrum")

// routePreps say where something comes from or goes: a long municipal name
// after them is the place as after locPreps ("kjører fra kongsberg").
var routePreps = setOf("fra", "frå", "från", "from", "til", "till", "te", "to")

// locPreps say where something is (not where it goes or who it is with).
var locPreps = setOf("i", "på", "pa", "paa", "ved", "vid", "in", "at", "utenfor", "utanfor", "udenfor", "nær", "near",
	"rundt", "around", "mellom", "mellan", "between", "omkring")

// coordinated reports whether capitalised token i is joined by "og",
// "and", "eller" to a known place ("mellom Leirvik og Valevåg"), or is
// the other end of a route from or to one ("frå Lavik til Oppedal",
// "Lavik–Oppedal").
func (l *LocationDetector) coordinated(t *Text, i int) bool {
	n := len(t.Tokens)
	// known reports whether token k is a capitalised listed place that is
	// no word and no first name.
	known := func(k int) bool {
		if k < 0 || k >= n || !t.IsUpper(k) {
			return false
		}
		e := l.places.Lookup(t.Raw(k))
		return e != nil && l.places.flags[e]&(flagWords|flagFirst) == 0
	}
	if i+2 < n && conj[t.Word(i+1)] && gapSpaces(t, i) && gapSpaces(t, i+1) && t.IsUpper(i+2) {
		if m, ok := l.matchAt(l.places.Lexicon, firstPlace, t, i+2); ok && l.places.flags[m.Entry]&(flagWords|flagFirst) == 0 {
			return true
		}
	}
	if i >= 2 && conj[t.Word(i-1)] && gapSpaces(t, i-1) && gapSpaces(t, i-2) && known(i-2) {
		return true
	}
	// The other end of a route from or to a known place: "frå Lavik til
	// Oppedal", "fra Oppedal til Lavik", "sambandet Lavik–Oppedal".
	if i >= 3 && routeTo[t.Word(i-1)] && routeFrom[t.Word(i-3)] && gapSpaces(t, i-1) && gapSpaces(t, i-2) && known(i-2) ||
		i >= 1 && i+2 < n && routeFrom[t.Word(i-1)] && routeTo[t.Word(i+1)] && gapSpaces(t, i) && gapSpaces(t, i+1) && known(i+2) {
		return true
	}
	dash := func(a int) bool { return dashBefore(t, a+1) }
	if i >= 1 && dash(i-1) && known(i-1) || i+1 < n && dash(i) && known(i+1) {
		return true
	}
	// Two names joined by a dash after a ferry, bus or route:
	// "hurtigbåten Nordøya–Kvitvågen", "sambandet Leirvik–Kvitnes".
	if i >= 2 && dash(i-1) && t.IsUpper(i-1) && routeNoun(t.Folded(i-2)) && gapSpaces(t, i-2) ||
		i >= 1 && i+1 < n && dash(i) && t.IsUpper(i+1) && routeNoun(t.Folded(i-1)) && gapSpaces(t, i-1) {
		return true
	}
	// "mellom Kvitberg og Rauvik": the second of two names between which
	// something runs.
	return i >= 3 && conj[t.Word(i-1)] && betweenPreps[t.Word(i-3)] && t.IsUpper(i-2) &&
		gapSpaces(t, i-1) && gapSpaces(t, i-2) && gapSpaces(t, i-3)
}

// dashBefore reports whether a dash alone stands between tokens i-1 and i.
func dashBefore(t *Text, i int) bool {
	if i < 1 {
		return false
	}
	g := t.Orig[t.Tokens[i-1].End:t.Tokens[i].Start]
	return g == "–" || g == "-"
}

// aroundPreps go round or along a place, never to an office: after a verb
// of going they still name a place ("gå runt Delsjön", "gå langs Akerselva").
var aroundPreps = setOf("runt", "rundt", "kring", "omkring", "around", "langs", "längs", "along")

// nesName reports whether w is shaped like a headland's name, no
// genitive: "skarpnes", "gräsnäs", "kvistnæs".
func nesName(w string) bool {
	return len(w) >= 6 && (strings.HasSuffix(w, "nes") || strings.HasSuffix(w, "næs") || strings.HasSuffix(w, "näs"))
}

// betweenPreps put two places after them ("mellom Kvitberg og Rauvik").
var betweenPreps = setOf("mellom", "mellem", "mellan", "between")

// routeNoun reports whether the folded word f names a ferry, boat, bus or
// route connection, alone or as a compound's last part ("ferjesambandet").
func routeNoun(f string) bool { return endsWithAny(f, routeNouns) }

var routeNouns = []string{"samband", "sambandet", "ferje", "ferja", "ferjen", "ferga", "ferge", "fergen", "farge",
	"fargen", "farja", "farjan", "ferry", "ruta", "ruten", "route", "strekningen", "strekninga", "strakningen",
	"strackan", "baten", "bussen", "toget", "taget", "bus", "boat"}

var conj = setOf("og", "and", "och")

// houseNumberWords may stand between a street and its house number.
var houseNumberWords = map[string]bool{"nr": true, "nummer": true, "no": true, "number": true}

// lowerCoordinated reports whether lowercase token i follows "X og" where X
// is a listed lowercase place that stands after a preposition of place: the
// second of two places named together. X is no word in lf, or one shaped
// like no definite noun ("mellom evje og byglandsfjord").
func (l *LocationDetector) lowerCoordinated(t *Text, i int, lf uint8) bool {
	if i < 3 || !conj[t.Word(i-1)] || !gapSpaces(t, i-1) || !gapSpaces(t, i-2) || t.IsUpper(i-2) || !afterPlacePrep(t, i-2) {
		return false
	}
	x := t.Word(i - 2)
	e := l.places.Lookup(x)
	return e != nil && (l.places.flags[e]&(lf|flagFirst) == 0 || l.residencePlace(e, x))
}

// sureNeighbour returns the entry of lowercase token k when it is a listed
// place that is no word in lf and no first name, the neighbour that makes a
// lowercase place beside it sure ("mellom evje og X", "fra X til oslo").
func (l *LocationDetector) sureNeighbour(t *Text, k int, lf uint8) *Entry {
	if e := l.places.Lookup(t.Word(k)); e != nil && l.places.flags[e]&(lf|flagFirst) == 0 {
		return e
	}
	return nil
}

// outsideWords come before "for" in "uden for", "uten for", "utan for".
var outsideWords = setOf("uden", "uten", "utan", "ovenfor", "nedenfor", "syd", "nord", "øst", "vest", "sør", "sydvest")

// partOfTown reports whether lowercase token i is followed by "i" or "på"
// and a listed town or postal place that is no word in lf ("brekke i
// lillesand").
func (l *LocationDetector) partOfTown(t *Text, i int, lf uint8) bool {
	if i+2 >= len(t.Tokens) || !gapSpaces(t, i) || !gapSpaces(t, i+1) || !inPreps[t.Word(i+1)] || t.IsUpper(i+2) {
		return false
	}
	e := l.sureNeighbour(t, i+2, lf)
	return e != nil && townOrPostalPlace(e)
}

// inPreps put a place, never a person, after them.
var inPreps = setOf("i", "på", "pa", "paa", "in")

// lowerAfterComma reports whether lowercase token i follows "X, " where X
// is a listed lowercase place that stands after a preposition of place and
// is no word in lf: "bor i bergen, laksevåg".
func (l *LocationDetector) lowerAfterComma(t *Text, i int, lf uint8) bool {
	if i < 2 || t.IsUpper(i-1) || strings.TrimSpace(t.Orig[t.Tokens[i-1].End:t.Tokens[i].Start]) != "," || !afterPlacePrep(t, i-1) {
		return false
	}
	return l.sureNeighbour(t, i-1, lf) != nil
}

// lowerCoordinatedNext reports whether lowercase token i stands after a
// preposition of place and before "og Y", where Y is a listed lowercase
// place that is no word in lf.
func (l *LocationDetector) lowerCoordinatedNext(t *Text, i int, lf uint8) bool {
	if i+2 >= len(t.Tokens) || !conj[t.Word(i+1)] || !gapSpaces(t, i) || !gapSpaces(t, i+1) || t.IsUpper(i+2) ||
		!afterPlacePrep(t, i) {
		return false
	}
	return l.sureNeighbour(t, i+2, lf) != nil
}

// lowerRoute reports whether lowercase token i ends a route "fra X til"
// whose start X is a listed lowercase place that is no word in lf.
func (l *LocationDetector) lowerRoute(t *Text, i int, lf uint8) bool {
	if i < 3 || !routeTo[t.Word(i-1)] || !routeFrom[t.Word(i-3)] || !gapSpaces(t, i-1) || !gapSpaces(t, i-2) ||
		t.IsUpper(i-2) {
		return false
	}
	return l.sureNeighbour(t, i-2, lf) != nil
}

// routeEnd reports whether lowercase token i, unlisted and shaped like a
// place's name, ends a ferry's, boat's or bus's route from a listed place:
// "båten fra bodø til kvitsund". The route noun is needed ("fra oslo til
// kvitberg" may be a walk) and the shape too ("bussen fra moss til jobb").
func (l *LocationDetector) routeEnd(t *Text, i int, lf uint8) bool {
	if !routeFrom[t.Word(i-3)] || !gapSpaces(t, i-1) || !gapSpaces(t, i-2) || t.IsUpper(i-2) || !placeShaped(t.Word(i)) ||
		!isLetters(t.Word(i)) || contextWords[t.Word(i)] || hasKey(l.notPlaces, t.Word(i)) || l.sureNeighbour(t, i-2, lf) == nil {
		return false
	}
	for k := i - 4; k >= 0 && k >= i-6; k-- {
		if routeNoun(t.Folded(k)) {
			return true
		}
	}
	return false
}

// ferryLeg reports whether lowercase token i is an end of a ferry's or
// boat's route named right after it, the two ends unlisted: "ferja fra
// halsvik til kvernhamn". Times are no ends ("fra morgen til kveld"); a
// bus runs between common nouns ("bussen fra torget til skolen") and is
// left out, and so are the quay and the town centre.
func ferryLeg(t *Text, lb []uint32, i int) bool {
	end := func(k int) bool {
		w := t.Word(k)
		return !t.IsUpper(k) && runeCount(w) >= 3 && isLetters(w) && !contextWords[w] && !nameStop[w] && !harbourWords[w] &&
			!timeWords[w] && !weekdayWords[w] && !monthWords[w]
	}
	n := len(t.Tokens)
	spaced := func(a, b int) bool {
		for k := a; k < b; k++ {
			if !gapSpaces(t, k) {
				return false
			}
		}
		return true
	}
	switch {
	case lb[i-1]&lbRouteFrom != 0 && i+2 < n && lb[i+1]&lbRouteTo != 0:
		return endsWithAny(t.Folded(i-2), ferryNouns) && spaced(i-2, i+2) && end(i) && end(i+2)
	case lb[i-1]&lbRouteTo != 0 && i >= 4 && lb[i-3]&lbRouteFrom != 0:
		return endsWithAny(t.Folded(i-4), ferryNouns) && spaced(i-4, i) && end(i) && end(i-2)
	}
	return false
}

// ferryEnd reports whether token i, no listed place and shaped like a
// Nordic place's name (lbFerryEnd, ferryEndShaped), is where a ferry or
// boat named right before it goes, comes from or runs between: "ferja til
// merdø", "färjan mellan styrsö och saltholmen", "ferja mellom Abelnes og
// Kirkehamn". ferryLeg finds both ends of "fra ... til"; a single end needs
// the shape.
func ferryEnd(t *Text, lb []uint32, i int) bool {
	ferryAt := func(k int) bool { return k >= 0 && endsWithAny(t.Folded(k), ferryNouns) && gapSpaces(t, k) }
	if !gapSpaces(t, i-1) {
		return false
	}
	switch {
	case lb[i-1]&(lbRouteTo|lbRouteFrom) != 0 || betweenWords[t.Word(i-1)]:
		if !ferryAt(i - 2) {
			return false
		}
	case i >= 4 && andWords[t.Word(i-1)] && betweenWords[t.Word(i-3)]:
		// The second end: "mellom X og Y".
		if !ferryAt(i-4) || !gapSpaces(t, i-3) || !gapSpaces(t, i-2) {
			return false
		}
	default:
		return false
	}
	return true
}

// ferryEndShaped reports whether lowercase word w may be a ferry's unlisted
// end: four letters or more, no common word of a route, ending in an
// islet's "-ø" or in an ending of placeStemEnds after a stem of two letters
// or more ("sulesund", not "stranden"). Computed once per word (lbFerryEnd).
func ferryEndShaped(w string) bool {
	n := runeCount(w)
	if n < 4 || !isLetters(w) || contextWords[w] || nameStop[w] || harbourWords[w] || timeWords[w] {
		return false
	}
	if strings.HasSuffix(w, "ø") {
		return true
	}
	for _, sfx := range placeStemEnds {
		if strings.HasSuffix(w, sfx) && n-runeCount(sfx) >= 2 {
			return !genericStems[w[:len(w)-len(sfx)]]
		}
	}
	return false
}

// betweenWords open the two ends of a route; andWords join them.
var (
	betweenWords = setOf("mellom", "mellem", "mellan", "between")
	andWords     = setOf("og", "och", "and", "å")
)

// ferryNouns end the folded words for a ferry or a boat, alone or as a
// compound's last part ("hurtigbaten"): routeNouns without buses and
// trains.
var ferryNouns = []string{"ferje", "ferja", "ferjen", "ferga", "ferge", "fergen", "farge", "fargen", "farja",
	"farjan", "ferry", "baten", "boat", "samband", "sambandet"}

// harbourWords are the common nouns a ferry runs between.
var harbourWords = setOf("kaia", "kaien", "kai", "kajen", "brygga", "bryggen", "bryggja", "havna", "havnen",
	"hamna", "hamnen", "havn", "hamn", "sentrum", "centrum", "centret", "byen", "stan", "øya", "øen", "ön", "fastlandet",
	"fastlandsida", "land", "terminalen", "ferjekaia", "fergekaia", "færgelejet")

// timeWords are the times of day and year a "fra ... til" may run between,
// beside weekdayWords and monthWords.
var timeWords = setOf("morgen", "morgenen", "morgon", "morgonen", "morning", "kveld", "kvelden", "kveldane", "kväll",
	"kvällen", "aften", "aftenen", "evening", "natt", "natta", "natten", "nat", "night", "dag", "dagen", "day",
	"middag", "lunsj", "lunch", "helg", "helga", "helgen", "weekend", "mandagen", "fredagen", "søndagen",
	"sommer", "sommar", "vinter", "vår", "høst", "haust", "höst", "jul", "påske", "påsk")

// lowerRouteStart reports whether lowercase token i starts a route "fra
// ... til Y" whose end Y is a listed lowercase place that is no word in lf.
func (l *LocationDetector) lowerRouteStart(t *Text, i int, lf uint8) bool {
	if i < 1 || i+2 >= len(t.Tokens) || !routeFrom[t.Word(i-1)] || !routeTo[t.Word(i+1)] || !gapSpaces(t, i-1) ||
		!gapSpaces(t, i) || !gapSpaces(t, i+1) || t.IsUpper(i+2) {
		return false
	}
	e := l.sureNeighbour(t, i+2, lf)
	return e != nil && townOrPostalPlace(e)
}

// signedPlace reports whether lowercase token i, the message's last word,
// is where the writer signing lives: after a comma that follows a sign-off
// and a name ("hilsen birthe kjær, aarhus"), or right after a sign-off and
// "fra" ("hälsningar från lund").
func signedPlace(t *Text, i int) bool {
	if i < 2 || i != len(t.Tokens)-1 || !onlySpacesOrPunct(t.Orig[t.Tokens[i].End:]) {
		return false
	}
	if routeFrom[t.Word(i-1)] && gapSpaces(t, i-1) && gapSpaces(t, i-2) {
		return signWords[t.Word(i-2)]
	}
	if strings.TrimSpace(t.Orig[t.Tokens[i-1].End:t.Tokens[i].Start]) != "," {
		return false
	}
	// The name between the sign-off and the comma: one to three words.
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		if signWords[t.Word(k)] {
			return true
		}
		if !gapSpaces(t, k) {
			return false
		}
	}
	return false
}

var (
	routeFrom = setOf("fra", "frå", "från", "from")
	routeTo   = setOf("til", "till", "te", "to", "mot", "mod")
)

// agentPreps name who does something, not where ("behandles af
// Udlændingestyrelsen", "via Husbanken").
var agentPreps = setOf("af", "av", "of", "via", "by", "for", "för")

// orgVerbs before a preposition make what follows an organisation or an
// institution someone attends, not a place: "ringe til Akuttelefonen",
// "går på Vittra", "begynne i Solsikken".
var orgVerbs = setOf("ring", "ringe", "ringer", "ringde", "ringte", "skriv", "skrive", "skriver", "skrev", "send",
	"sende", "sender", "klage", "klag", "klager", "anmäla", "anmäl", "kontakt", "kontakte", "kontakta", "kontakter",
	"søke", "søk", "søker", "søge", "søg", "söka", "sök", "henvend", "henvende", "melde", "ret", "rett", "rätt",
	"tilskudd", "tilskot", "tilskott", "bidrag", "støtte", "stöd", "går", "gå", "gikk", "gick", "begynne", "begynner",
	"begynte", "begynde", "börja", "börjar", "starte", "starter", "startet", "gått", "medlem", "member",
	"medlemmer", "stemme", "stemmer", "stemte", "röstar", "röstade", "rösta", "call", "write",
	"contact", "apply", "inlagd", "innlagt", "indlagt", "cellegift", "cellgifter", "behandling", "mail", "maile",
	"mejla", "epost", "e-post")

// orgNounSuffixes end names of institutions and services, not places:
// "Rikshospitalet", "Migrationsverket", "Skolinspektionen".
var orgNounSuffixes = []string{"appen", "registeret", "registret", "registry", "skolen", "skolan", "skole", "skule", "hospitalet", "sjukhuset", "sykehuset",
	"sygehuset", "biblioteket", "banken", "verket", "styrelsen", "inspektionen", "tilsynet", "direktoratet",
	"telefonen", "linien", "linjen", "trafik", "tjenesten", "tjenester", "tjänsten", "kontoret", "senteret",
	"centret", "centeret", "torget", "etaten", "nemnda", "nämnden", "nævnet", "rådet", "instituttet", "institutet",
	"fonden", "fondet", "puljen", "loppet", "forbundet", "förbundet", "partiet", "partiets", "listen", "kratene", "kraterna", "erna",
	"arne", "ene", "vernet", "kassen", "kassa", "museet", "museum", "teatret", "teateret", "hallen", "badet",
	"klinikken", "kliniken", "apoteket", "butikken", "butiken", "kafé", "kafeen", "gruppen", "laget", "klubben",
	// Agencies and hospitals: "Statsforvalteren", "Familieretshuset",
	// "Fylkesmannen", "Barneombudet", "Sahlgrenska", "Karolinska".
	"forvalteren", "forvaltaren", "forvaltningen", "förvaltningen", "huset", "vesenet", "embetet", "embedet",
	"ämbetet", "mannen", "ombudet", "ombudsmannen", "retten", "domstolen", "kommisjonen", "myndigheten",
	"myndigheden", "sentralen", "politiet", "polisen", "ska", "sjukhuset", "vården", "mottagningen",
	"poliklinikken", "avdelingen", "afdelingen", "ambulansen",
	// Web portals: "Foreldreportalen", "Vårdnadshavarportalen".
	"portalen", "portal", "portals"}

// derivedPlace finds a place in one capitalised token it does not list
// whole: a genitive ("Grimstads", "Oslos"), a hyphenated compound
// ("Oslo-området") or a place glued to an institution ("Hovsjöskolan").
// schoolHeads follow a place in a school's or kindergarten's name; the
// adjectives before them are no place ("ny skole", "gamle skolen").
var (
	schoolHeads      = setOf("skole", "skule", "skola", "barnehage", "barnehagen", "børnehave", "förskola", "ungdomsskole", "ungdomsskule", "barneskole", "barneskule", "vgs")
	schoolAdjectives = setOf("ny", "nye", "nya", "gamle", "gamla", "gammel", "store", "stora", "lille", "lilla", "vesle", "min", "din", "vår", "denne", "den", "en", "ei", "et", "ett", "annen", "anna", "annan", "hver", "varje", "same", "samme", "privat", "privatskole")
)

// lowerSchoolPlace reports whether lowercase token i, unlisted and before
// the word school or kindergarten or a housing cooperative, is shaped like
// a place's name ("furumoen skole", "kvaløy skule"): the school is named
// after it. A name takes the indefinite form ("stenge barnehagen" is a
// verb and its object), and a preposition comes before it ("plass på ...").
func (l *LocationDetector) lowerSchoolPlace(t *Text, lb []uint32, i int, w string) bool {
	return gapSpaces(t, i) && i > 0 && lb[i-1]&lbPlacePrep != 0 && t.Word(i+1) != "barnehagen" &&
		!schoolAdjectives[w] && placeShaped(w) && !contextWords[w] && !hasKey(l.notPlaces, w) &&
		!strings.ContainsAny(w, "0123456789-'’")
}

// cooperativeHeads follow the name of a housing cooperative, a place's
// name as often as a school's is ("mange bor i lindåsen borettslag").
var cooperativeHeads = setOf("borettslag", "borettslaget", "burettslag", "burettslaget", "boligsameie", "bostadsrättsförening")

// lowerInstSuffixes end the names of schools, kindergartens and churches;
// in lower case only these, after a listed place, make a place.
var lowerInstSuffixes = []string{"skolen", "skole", "skule", "skulen", "skolan", "skola", "barnehage", "barnehagen",
	"kirke", "kirken", "kyrkja", "kyrkan", "kyrka",
	// bridges, tunnels, quays and stations named after the place: "fredrikstadbrua", "oslotunnelen"
	"brua", "broa", "broen", "bron", "brygga", "bryggen", "tunnelen", "tunneln", "kaia", "kaien", "stasjon", "stasjonen",
	"stationen", "hallen"}

// instEndGroup gives the last two bytes of each suffix of lowerInstSuffixes
// their group in instEndGroups (0: none ends so), the suffixes in their
// order: a token is compared with the few that can end it.
var instEndGroup, instEndGroups = func() (idx [1 << 16]uint8, groups [][]string) {
	groups = append(groups, nil)
	for _, sfx := range lowerInstSuffixes {
		k := int(sfx[len(sfx)-2])<<8 | int(sfx[len(sfx)-1])
		if idx[k] == 0 {
			idx[k] = uint8(len(groups))
			groups = append(groups, nil)
		}
		groups[idx[k]] = append(groups[idx[k]], sfx)
	}
	return idx, groups
}()

// lowerInstitution finds a lowercase compound of a listed place that is no
// word of any language and no first name, and a school's, kindergarten's,
// church's, bridge's or station's name: "rinkebyskolan", "grimstadkirken",
// "fredrikstadbrua".
func (l *LocationDetector) lowerInstitution(t *Text, i int, w string) (Span, bool) {
	if t.Bits(l.idx)[i]&lbInst == 0 { // institutionPlace(w)
		return Span{}, false
	}
	return l.span(t, i, i, "location.place"), true
}

// institutionPlace reports whether the word w is a compound of a listed
// place, as lowerInstitution says.
func (l *LocationDetector) institutionPlace(w string) bool {
	if len(w) < 2 {
		return false
	}
	g := instEndGroup[int(w[len(w)-2])<<8|int(w[len(w)-1])]
	if g == 0 {
		return false
	}
	for _, sfx := range instEndGroups[g] {
		if len(w) >= len(sfx)+4 && strings.HasSuffix(w, sfx) {
			return l.stemPlace(w[:len(w)-len(sfx)], 4)
		}
	}
	return false
}

// lowerGenitive reports whether lowercase token i is the genitive of a
// listed place that is no word of any language, first name or surname,
// before a lowercase word: "göteborgs stad", "drammens ordfører".
func (l *LocationDetector) lowerGenitive(t *Text, i int, w string) bool {
	if i+1 >= len(t.Tokens) || !gapSpaces(t, i) || t.IsUpper(i+1) {
		return false
	}
	return l.plainPlace(w[:len(w)-1], flagSurname, 5)
}

// plainPlace reports whether base is a listed place of at least minRunes
// letters that is no word of any language, no first name, and carries none
// of the flags in also: the only reading of a compound's or a genitive's
// stem.
func (l *LocationDetector) plainPlace(base string, also uint8, minRunes int) bool {
	e := l.places.Lookup(base)
	return e != nil && l.places.flags[e]&(flagWords|flagFirst|also) == 0 && runeCount(base) >= minRunes
}

// stemPlace reports whether the first part of an institution compound is a
// plain place, with or without a linking s ("Grimstadskolen",
// "Rinkebyskolan").
func (l *LocationDetector) stemPlace(base string, minRunes int) bool {
	return l.plainPlace(base, 0, minRunes) ||
		len(base) > 3 && base[len(base)-1] == 's' && l.plainPlace(base[:len(base)-1], 0, minRunes)
}

func (l *LocationDetector) derivedPlace(t *Text, i int) (Span, int, bool) {
	if !t.IsUpper(i) {
		return Span{}, 0, false
	}
	w := t.Word(i)
	if len(w) < 4 {
		return Span{}, 0, false
	}
	if w[len(w)-1] == 's' && l.plainPlace(w[:len(w)-1], 0, 3) && !sentStart(t, i) {
		return l.span(t, i, i, "location.place"), i, true
	}
	if h := strings.IndexByte(w, '-'); h > 0 && l.plainPlace(w[:h], 0, 3) {
		return l.span(t, i, i, "location.place"), i, true
	}
	for _, sfx := range institutionSuffixes {
		if len(w) > len(sfx)+3 && strings.HasSuffix(w, sfx) {
			base := w[:len(w)-len(sfx)]
			if l.stemPlace(base, 3) {
				return l.span(t, i, i, "location.place"), i, true
			}
			if (placeShaped(base) || base[len(base)-1] == 's' && placeShaped(base[:len(base)-1])) && !hasKey(l.notPlaces, w) {
				return l.span(t, i, i, "location.place"), i, true
			}
		}
	}
	for _, sfx := range listedInstSuffixes {
		if len(w) > len(sfx)+3 && strings.HasSuffix(w, sfx) && l.stemPlace(w[:len(w)-len(sfx)], 3) {
			return l.span(t, i, i, "location.place"), i, true
		}
	}
	return Span{}, 0, false
}

// lowerResidence reports whether lowercase token i, unlisted, is where
// someone lives: right after a residence phrase, a compound on a place
// name's ending with three letters or more before it ("bor i kvitberget",
// "bur på nedre grønvoll" is prefixedPlace's), ending its clause or before
// a preposition or conjunction. Common nouns after the phrase ("bor i
// leiligheten", "bur på sjukeheim") end otherwise.
func (l *LocationDetector) lowerResidence(t *Text, lb []uint32, i int) bool {
	// Cheap tests first. Its caller in Detect tests the length in bytes
	// (len(w) >= 7) before the call: it is asked of every lowercase token
	// no list holds, and a helper wrapping the test did not inline (+1,200
	// instructions a message).
	// Residence phrases end with a preposition of place ("bor i", "flytta
	// til") or with "ifrån" or "on".
	w := t.Word(i)
	if t.Lang == "en" || lb[i-1]&lbPlacePrep == 0 && !residenceLast(t.Word(i-1)) || lb[i]&lbResEnd == 0 || runeCount(w) < 7 {
		return false // (lbResEnd: without such an ending the word is not shaped below)
	}
	shaped, heap := false, false
	for _, sfx := range residenceEnds {
		if strings.HasSuffix(w, sfx) && runeCount(w)-runeCount(sfx) >= 3 && !(sfx == "bogen" && t.Lang == "da") {
			shaped = true
			heap = (sfx == "haug" || sfx == "haugen") && heapStems[w[:len(w)-len(sfx)]]
			break
		}
	}
	if !shaped && strings.HasSuffix(w, "heim") && !homeStems[w[:len(w)-len("heim")]] {
		shaped = true // "på gunnarsheim", not "på sjukeheim"
	}
	if !shaped || contextWords[w] || hasKey(l.notPlaces, w) || strings.ContainsAny(w, "0123456789-'’") {
		return false
	}
	// Where someone lives, or where something is ("brøytebilen sto fast
	// på granlimoen"); a heap of something is a place only where someone
	// lives ("katten gravde seg inn i snøhaugen").
	if !(atPreps[t.Word(i-1)] && gapSpaces(t, i-1) && !heap || residenceSet.endsAt(t, i)) {
		return false
	}
	return clauseEnd(t, i) || i+1 < len(t.Tokens) && gapSpaces(t, i) && (conj[t.Word(i+1)] || placePreps[t.Word(i+1)] ||
		relatives[t.Word(i+1)] || placeAdverbs[t.Word(i+1)] || placeVerbs[t.Word(i+1)])
}

// placeVerbs are finite verbs whose subject a place can be, or what is
// there: "vindmøllene på kvitberget må vekk", "i storevika er det stille".
var placeVerbs = setOf("er", "var", "har", "hadde", "må", "skal", "vil", "kan", "bør", "blir", "ble", "blei", "vart", "vert",
	"är", "ska", "blev", "måste")

// relatives open a relative clause after a place ("på granholm som").
var relatives = setOf("som", "der", "hvor", "där", "dær")

// homeStems name institutions on -heim, no farms: "sjukeheim", "barneheim".
var homeStems = setOf("sjuke", "syke", "alders", "barne", "student", "studenta", "ungdoms", "sjømanns", "pleie", "elde",
	"mødre", "gamle", "ferie", "natt", "dag", "fritids", "omsorgs", "bu", "kvile", "hvile", "kvinne",
	"beredskaps", "foster", "avlastnings", "besøks", "behandlings", "institusjons")

// positionNouns name a part or level of something after a point of the
// compass or a height ("i øvre etasje", "nedre del", "på nordre side"),
// some of them shaped like a place's name ("i nedre hage").
var positionNouns = setOf("del", "delen", "deler", "etasje", "etasjen", "etasjer", "etg", "plan", "planet", "side", "sida",
	"siden", "kant", "kanten", "by", "byen", "bydel", "ende", "enden", "område", "området", "grense", "grensa", "grensen",
	"hylle", "hylla", "skuff", "skuffen", "nivå", "nivået", "halvdel", "halvdelen", "felt", "feltet", "sone", "sona",
	"sonen", "linje", "bane", "banen", "hage", "hagen", "rom", "rommet", "fløy", "fløya", "fløyen", "tak", "taket",
	"kjeve", "kjeven", "leppe", "leppa", "arm", "armen", "mage", "magen", "luftveier", "luftveiene", "vei", "veien",
	"veg", "vegen")

// heapStems are what a heap is made of ("snøhaugen", "steinhaugen"), no
// place's name ("furuhaugen").
var heapStems = setOf("snø", "snow", "stein", "jord", "søppel", "kompost", "sand", "grus", "møkk", "gjødsel", "løv", "kvist",
	"ris", "skrot", "tre", "ved", "hest", "sag", "flis", "bark", "torv", "maur")

// atPreps say where something is: "i", "på", "ved".
var atPreps = setOf("i", "på", "pa", "paa", "ved", "vid")

// residenceLast reports whether w ends a residence phrase and is no
// preposition of place ("kommer ifrån", "lives on").
func residenceLast(w string) bool { return w == "ifrån" || w == "on" }

// residenceShaped reports whether w ends with one of residenceEnds or with
// "heim": lowerResidence finds no place in a word that does not.
func residenceShaped(w string) bool {
	for _, sfx := range residenceEnds {
		if strings.HasSuffix(w, sfx) {
			return true
		}
	}
	return strings.HasSuffix(w, "heim")
}

// residenceEnds are the endings of Nordic place names that no common noun
// a person lives in ends with: bays, valleys, hills, islets, farms and
// sounds ("storevik", "solbakkdalen", "kvitberget", "nordholmen"). Stricter
// than placeStemEnds, which is asked of capitalised names: no woods, fields,
// homes or roads ("skogen", "jordet", "heim", "gata"), and with fjords and
// mountain pastures, which lower case rarely names otherwise.
var residenceEnds = []string{"vik", "vika", "viken", "dal", "dalen", "dahl", "berg", "berget", "bjerg", "holm", "holmen",
	"vang", "vangen", "haug", "haugen", "moen", "rud", "torp", "rup", "strup", "sjö", "sjön", "näs", "nes", "næs",
	"åsen", "sund", "sundet", "tveit", "tveiten", "øya", "fjorden", "seter", "setra", "sætra", "sæter",
	// a bay in northern Norway ("kanebogen"); Danish "bogen" is the book
	"bogen"}

// placeShaped reports whether an unlisted name ends like a Nordic place
// name: a farm ("Ringheim", "Sletten", "Kjeldsberg"), or the stem of an
// institution compound ("Tallbacka-", "Kvarnby-", "Søndervang-"). Names of
// a kind of thing ("Kultur-", "Musik-", "Waldorf-") end otherwise.
func placeShaped(stem string) bool {
	if runeCount(stem) < 3 || genericStems[stem] {
		return false
	}
	for _, sfx := range placeStemEnds {
		if strings.HasSuffix(stem, sfx) {
			return true
		}
	}
	return false
}

// placeStemEnds end Nordic place names: farms, hills, bays, woods, fields
// and villages.
var placeStemEnds = []string{"by", "bye", "vik", "vika", "viken", "dal", "dalen", "dahl", "berg", "berget",
	"bjerg", "holm", "holmen", "lund", "lunden", "vang", "vangen", "haug", "haugen", "moen", "heim", "stad",
	"rud", "rød", "gård", "gard", "gaard", "torp", "rup", "strup", "sjö", "sjön", "näs", "nes", "næs", "tun",
	"lia", "lien", "åker", "aker", "enga", "enge", "mark", "marka", "skog", "skogen", "skov", "hage", "hagen",
	"haven", "ås", "åsen", "aas", "backa", "backe", "backen", "bakke", "bakken", "bakka", "hammar", "hammer",
	"fjell", "kollen", "toppen", "bro", "brua", "bron", "løkka", "løkken", "vad", "vall", "vallen", "ryd", "hult",
	"sund", "sundet", "strand", "stranden", "toft", "tofte", "lev", "löv", "ängen", "äng", "dammen", "myr",
	"myra", "myren", "tveit", "tveiten", "voll", "vollen", "fors", "foss", "fossen", "bekk", "bekken", "bäck",
	"bäcken", "höjden", "sletta", "sletten", "jordet", "gärde", "gärdet", "vång", "slätt", "kulla", "kullen",
	"sta", "inge", "tuna", "lösa", "kärr", "hed", "hede", "heden", "sjø", "øy", "øya", "gata", "borg", "borgen", "ö",
	"ön", "lid", "liden", "kulle"}

// genericStems end like a place but name a kind of thing: "Skogsskolan",
// "Sjøskolen".
var genericStems = setOf("skog", "skov", "sjø", "strand", "gata")

// sureEnTypes are the English street types that make a street name without
// a number ("Baker Street"); the others ("Drive", "Close", "Way") need one.
var sureEnTypes = map[string]bool{"street": true, "road": true, "avenue": true, "lane": true, "boulevard": true}

// Describe implements Describer for docs/detectors.md.
func (l *LocationDetector) Describe() DetectorDoc {
	return DetectorDoc{
		Categories: []Category{Location},
		Summary:    "Street addresses with number, postcode and place as one span; postcodes with their place or named as such; coordinates; property designations (gnr/bnr, matr.nr.); place names below country level (NO/DK/SE registers, districts, islands, regions, major cities) with genitives and compounds; countries where they say where a person is or goes. Place names that are also words are confirmed by context.",
		Rules: []RuleDoc{
			{"location.address", "street name with house number, and Danish floor, postcode and place written with it"},
			{"location.street", "street name without number (suffix such as -gata, -veien, -vägen, -gade, or a separate type word)"},
			{"location.postcode_place", "postcode validated against the NO/DK/SE registers followed by its place"},
			{"location.postcode", "a bare postcode named as such (postnummer 4876)"},
			{"location.coordinates", "decimal, degree-minute and hemisphere-first coordinates"},
			{"location.cadastral", "a property designation: gnr. 12 bnr. 34, gnr 45/12, matr.nr. 12a"},
			{"location.place", "place name below country level, its genitive, hyphenated and institution compounds"},
			{"location.proper", "a place no list holds, by its shape and the words around it: a farm's name after a farm word, a settlement's after a residence phrase or a preposition, a route's end, what a school is named after, a capitalised name announced as a place"},
			{"location.typo", "a listed town or municipality misspelt by one letter after a preposition of place (bor i haugesnd)"},
			{"location.country", "country where it says where a person is, lives, comes from or goes (context-confirmed)"},
			{"location.road", "a European route through the Nordic countries by its number (E6, E18, E39)"},
		},
	}
}
