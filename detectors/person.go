package detectors

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// PersonDetector finds names of people (detection.md, PERSON): first names,
// surnames and full names from the Nordic and English name lists, and any
// name after a phrase that introduces one ("jeg heter", "hilsen", "my name
// is"), after a title or kinship word ("fru Hansen", "min sønn Oliver") or
// in a greeting or sign-off. A full name is one span.
//
// Names that are also words (Per, Liv, Dag, Storm, May) need a capital
// letter mid-sentence or such a context; a sentence-initial capital alone
// is weak evidence. Place names after a preposition of place are left to
// LOCATION, names inside organisation names are not reported.
type PersonDetector struct {
	names    *nameLists
	notNames map[string]string
	// lowerFirst holds the folded first names that may start a full name
	// written in lower case: no word of any language, no place.
	lowerFirst map[string]bool
	// idx gives a token's bits for the sets every token is looked up in.
	idx     *tokenIndex
	version string
}

// The bits of PersonDetector.idx.
const (
	pbTrigger    = 1 << iota // triggerWords
	pbLowerFirst             // lowerFirst
	pbFirst                  // starts a listed first name
	pbTitleF                 // personTitles, folded
	pbKinF                   // kinship, folded
	pbKinW                   // kinship
	pbNotKinW                // foldedNotKin
	pbPairConj               // pairConj
	pbKinPoss                // kinPossessives
	pbHere                   // hereWords
	pbFrom                   // fromWords
	pbTriggerW               // triggerWords
	pbIntroAdv               // introAdverbs
	pbEnTitle                // englishTitles
	pbGreeting               // greetings
	pbKinOwner               // kinOwners
	pbPlainLast              // plainLast
	pbNotName                // a key of notNames
	pbLast                   // starts a listed surname
	pbOrgSuffix              // orgSuffixes

	pbHyphen // the word has a hyphen after its first byte (personClass)

	// The last words of phrase sets (endsAtBit).
	pbIntroEnd     // introSet
	pbWeakIntroEnd // weakIntroSet
	pbNickEnd      // nickSet
	pbContactEnd   // contactSet
	pbFetchEnd     // fetchSet
)

// personClass computes the bits of PersonDetector.idx no set lists.
func personClass(_, w string) uint32 {
	if strings.IndexByte(w, '-') > 0 {
		return pbHyphen
	}
	return 0
}

var _ Detector = (*PersonDetector)(nil)
var _ Versioner = (*PersonDetector)(nil)

func (p *PersonDetector) tokenIndex() *tokenIndex { return p.idx }

// NewPerson loads the embedded name lists (shared with LOCATION).
func NewPerson() (*PersonDetector, error) {
	nl, err := loadNames()
	if err != nil {
		return nil, err
	}
	return newPerson(nl)
}

func newPerson(nl *nameLists) (*PersonDetector, error) {
	// Months, weekdays, languages, brands, pronouns: capitalised words
	// that are not names even where a name list holds them ("May", "Min").
	nn, err := loadWordColumn(locationFS, "data/location/not_places.txt")
	if err != nil {
		return nil, err
	}
	// A folded key is usable only if no name folding to it is a word
	// ("Kaan" folds like the word "kan").
	lowerFirst := make(map[string]bool)
	bad := make(map[string]bool)
	for _, fl := range []*flagLexicon{nl.first, nl.last} {
		for _, e := range fl.Entries() {
			if len(e.fold) == 1 && fl.flags[e]&(flagWords|flagPlace) != 0 {
				bad[e.fold[0]] = true
			}
		}
	}
	for _, e := range nl.first.Entries() {
		if len(e.fold) == 1 && !bad[e.fold[0]] && !wordsNotNames[e.fold[0]] && nl.first.flags[e]&(flagWords|flagPlace) == 0 {
			lowerFirst[e.fold[0]] = true
		}
	}
	// Surnames of six letters or more that no word, place or first name
	// folds to ("haugland"): after a first name that is a word too, in
	// lower case, the pair is a name (lowerFullName).
	firsts := make(map[string]bool)
	for _, e := range nl.first.Entries() {
		for _, f := range e.fold {
			firsts[f] = true
		}
	}
	plainLast := make(map[string]bool)
	for _, e := range nl.last.Entries() {
		if len(e.fold) == 1 && !bad[e.fold[0]] && !firsts[e.fold[0]] && runeCount(e.fold[0]) >= 6 && nl.last.flags[e]&(flagWords|flagPlace) == 0 {
			plainLast[e.fold[0]] = true
		}
	}
	idx := foldedKeys(newTokenIndex().folded(pbTrigger, triggerWords).folded(pbLowerFirst, lowerFirst), pbFirst, nl.first.byFirst).
		folded(pbPlainLast, plainLast).
		folded(pbTitleF, personTitles).folded(pbKinF, kinship).word(pbKinW, kinship).word(pbNotKinW, foldedNotKin).
		word(pbPairConj, pairConj).word(pbKinPoss, kinPossessives).word(pbHere, hereWords).word(pbFrom, fromWords).
		word(pbTriggerW, triggerWords).word(pbIntroAdv, introAdverbs).word(pbEnTitle, englishTitles).
		word(pbGreeting, greetings).word(pbKinOwner, kinOwners)
	wordKeys(idx, pbNotName, nn)
	foldedKeys(idx, pbLast, nl.last.byFirst)
	idx.word(pbOrgSuffix, orgSuffixes)
	// The last words of the phrase sets the rules ask of most tokens: a
	// token whose bit is clear ends no phrase of the set (endsAtBit).
	foldedKeys(idx, pbIntroEnd, introSet.byLast)
	foldedKeys(idx, pbWeakIntroEnd, weakIntroSet.byLast)
	foldedKeys(idx, pbNickEnd, nickSet.byLast)
	foldedKeys(idx, pbContactEnd, contactSet.byLast)
	foldedKeys(idx, pbFetchEnd, fetchSet.byLast)
	idx.class = personClass
	return &PersonDetector{names: nl, notNames: nn, lowerFirst: lowerFirst, idx: idx, version: "person-112-" + nl.version}, nil
}

// wordsNotNames are words first-name lists hold that the word lists behind
// the w-no and w-en flags lack: common nynorsk words ("Meir", "Saman",
// "Enno", "Vera") and English contractions chat writes without the
// apostrophe ("ive", "ill"). In lower case they are the word ("kan ho vera
// heime", "hi, ive had").
var wordsNotNames = setOf("meir", "saman", "enno", "gamal", "vera", "barnas", "ive", "ill", "id", "im", "youre", "theyre", "hes",
	"shes", "dont", "cant", "wont", "isnt", "didnt", "thats", "whats", "lets")

// Name implements Detector.
func (p *PersonDetector) Name() string { return "person" }

// Keywords implements Detector: names are looked up token by token, so the
// detector always runs.
func (p *PersonDetector) Keywords() []string { return nil }

// Version implements Versioner: a hash of the embedded name lists.
func (p *PersonDetector) Version() string { return p.version }

// Describe implements Describer for docs/detectors.md.
func (p *PersonDetector) Describe() DetectorDoc {
	return DetectorDoc{
		Categories: []Category{Person},
		Summary:    "First names, surnames and full names (NO/DK/SE/EN name lists), names after an introduction (jeg heter, hilsen, my name is), a title or kinship word, in greetings and sign-offs. Names that are also words need a capital mid-sentence or such a context.",
		Rules: []RuleDoc{
			{"person.full_name", "first name followed by (middle names and) a known or surname-shaped surname"},
			{"person.first_name", "a known first name, capitalised mid-sentence"},
			{"person.surname", "a known surname, capitalised mid-sentence"},
			{"person.intro", "a name after a phrase introducing it, a greeting or a sign-off, listed or not"},
			{"person.again", "a listed first name found in the message, written the same way elsewhere in it"},
			{"person.title", "a name after a title or kinship word (fru, Dr, ordfører, min sønn)"},
		},
	}
}

// nameInfo is what the lists say about one token.
// acronymCased reports whether w ends in a capital after a small letter, as
// acronyms of laws and services do ("SoL", "LoL"); names never do.
func acronymCased(w string) bool {
	if c := w[len(w)-1]; c < 'A' || c > 'Z' {
		return false
	}
	for k := 0; k < len(w)-1; k++ {
		if c := w[k]; c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}

// saintWords before a name make it a hospital's, a church's or a street's:
// "St. Olavs hospital", "Sankt Jørgens gate".
var saintWords = setOf("st", "sankt", "saint", "s:t", "skt")

type nameInfo struct {
	first, last bool
	flags       uint8 // union of the entries' flags
}

func (p *PersonDetector) info(t *Text, i int) nameInfo {
	var ni nameInfo
	w := t.Raw(i)
	// The index's bits stand for the look-ups of notNames and of the
	// tokens' first words in the name lists (lookupTok finds nothing
	// where no entry starts with the token).
	pb := t.Bits(p.idx)[i]
	if pb&pbNotName != 0 || runeCount(w) < 2 || acronymCased(w) || i > 0 && t.Word(i - 1)[0] == 's' && saintWords[t.Word(i-1)] {
		return ni
	}
	var first, last *Entry
	if pb&pbFirst != 0 {
		first = p.names.first.lookupTok(t, i)
	}
	if pb&pbLast != 0 {
		last = p.names.last.lookupTok(t, i)
	}
	if e := first; e != nil {
		ni.first = true
		ni.flags |= p.names.first.flags[e]
	} else if h := strings.IndexByte(w, '-'); h > 0 {
		// "Anne-Lise", "Karl-Johan": every part a first name.
		ok := true
		for part := range strings.SplitSeq(w, "-") {
			if p.names.first.Lookup(part) == nil {
				ok = false
				break
			}
		}
		ni.first = ok
	}
	if e := last; e != nil {
		ni.last = true
		ni.flags |= p.names.last.flags[e]
	} else if !ni.first && len(w) >= 4 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && t.IsUpper(i) && t.Lang != "en" &&
		!hasKey(p.notNames, t.Word(i)[:len(t.Word(i))-1]) && !wordsNotNames[t.Word(i)] {
		// A Nordic genitive: "Gunillas handläggare", "Karis søknad"
		// (English plurals are not: "on Sundays"; "Barnas far" is the
		// children's).
		if e := p.names.first.Lookup(w[:len(w)-1]); e != nil {
			ni.first = true
			ni.flags |= p.names.first.flags[e]
		}
	} else if h := strings.IndexByte(w, '-'); h > 0 && !ni.first {
		// "Al-Sayed", "Berg-Hansen": a hyphenated surname.
		ok := true
		for part := range strings.SplitSeq(w, "-") {
			lp := strings.ToLower(part)
			if p.names.last.Lookup(part) == nil && p.names.first.Lookup(part) == nil && !surnameShaped(lp) && !nameParticles[lp] {
				ok = false
			}
			if isAllUpper(part) {
				ok = false // "IP-adressen"
			}
		}
		ni.last = ok && t.IsUpper(i)
	}
	if !ni.first && !ni.last && t.IsUpper(i) && len(w) > 4 {
		// An English genitive: "Oliver's teacher", "Amina’s school".
		if base, ok := cutEnglishGenitive(w); ok && !hasKey(p.notNames, strings.ToLower(base)) {
			if e := p.names.first.Lookup(base); e != nil {
				ni.first = true
				ni.flags |= p.names.first.flags[e]
			}
			if e := p.names.last.Lookup(base); e != nil {
				ni.last = true
				ni.flags |= p.names.last.flags[e]
			}
		}
	}
	return ni
}

// lookupTok returns the single-token entry matching token i, comparing like
// Lexicon.Match (lowercase, or folded when the text is plain ASCII).
func (fl *flagLexicon) lookupTok(t *Text, i int) *Entry {
	low, f := t.Word(i), t.Folded(i)
	var folded *Entry
	for _, e := range fl.byFirst[f] {
		if len(e.lower) != 1 {
			continue
		}
		if e.lower[0] == low {
			return e // the exact spelling wins over a folded one ("Kan", not "Kaan")
		}
		if folded == nil && tokEq(e, 0, low, f) {
			folded = e
		}
	}
	return folded
}

// surnameSuffixes end Nordic and English surnames; a capitalised unknown
// word with one after a first name completes a full name.
var surnameSuffixes = []string{"sen", "son", "ssen", "sson", "stad", "rud", "dal", "dahl", "land", "berg", "heim",
	"vik", "nes", "haug", "seth", "moen", "bakken", "lund", "strand", "holm", "gaard", "gård", "ström", "strøm",
	"qvist", "kvist", "gren", "sæter", "seter", "eide", "voll", "li", "lie", "by", "bø", "ås", "aas", "fjord",
	"skog", "mark", "felt", "rød", "ø", "ler", "ton", "ley", "ford", "field", "well", "wood", "sky",
	"ski", "ska", "ová", "ova", "ić", "ic", "vić", "enko", "uk", "yan", "ian", "oglu", "oğlu", "ez", "ov", "ev"}

// nameParticles begin hyphenated surnames: "Al-Sayed", "El-Amin".
var nameParticles = map[string]bool{"al": true, "el": true, "ben": true, "bin": true, "abu": true, "van": true,
	"von": true, "de": true, "da": true, "di": true, "le": true, "la": true, "mc": true, "mac": true, "o": true}

func surnameShaped(low string) bool {
	for _, s := range surnameSuffixes {
		if len(low) > len(s)+2 && strings.HasSuffix(low, s) {
			return true
		}
	}
	return false
}

// greetings address someone by name right after them: "Hei Kari!",
// "Takk for meldingen, Trond", "Hi Sarah".
var greetings = setOf("hei", "hej", "hi", "hello", "hallo", "heisann", "hejsan", "hey", "kjære", "kære", "käre",
	"kära", "dear", "morn", "god morgen", "takk", "tak", "tack", "thanks", "thank", "halla", "hallais", "tjena", "tjenare",
	"hejhej", "heihei")

// kinship words and their like come before a name: "min sønn Oliver",
// "my wife Maria", "naboen vår, Olav Nesheim". They are GENDER's kinship
// words with all their forms (genderKinship, from data/gender/words.tsv),
// and kinRoles.
var kinship = func() map[string]bool {
	m := genderKinship()
	// Siblings big and small take every form of the sibling word:
	// "lillebroren", "storesøstera", "lillasystern".
	for f := range maps.Clone(m) {
		for _, sib := range siblingStems {
			if strings.HasPrefix(f, sib) {
				for _, pre := range siblingPrefixes {
					m[pre+f] = true
				}
				break
			}
		}
	}
	for w := range kinRoles {
		m[w] = true
	}
	return m
}()

// siblingPrefixes make a big or small sibling of siblingStems' words.
var (
	siblingPrefixes = []string{"lille", "store", "vesle", "lilla", "stora", "lill", "halv", "stor"}
	siblingStems    = []string{"bror", "brur", "søster", "soster", "syster", "søs", "sös", "sys", "broder", "brother", "sister"}
)

// kinRoles are the relations no gender marks (nabo, venn, kollega, sambo,
// elev), the gendered nouns GENDER lists as nouns, not kinship (gutten,
// jenta, mannen), and kinship compounds GENDER finds by their head
// (bestemor, svigermor, halvbror), which a name may follow.
var kinRoles = setOf(
	"guten", "gutane", "jenten", "ungen", "veslejenta", "veslegutten", "veslesyster", "veslebror", "mann",
	"mannen", "sambo", "samboer", "samboeren", "kjæreste", "kjæresten", "kæreste", "partner", "partneren",
	"bestemor", "bestefar", "farmor", "farfar", "mormor", "morfar", "oldemor", "barnebarn", "grandmother",
	"grandfather", "granddaughter", "gutten", "jenta", "pojke", "flicka", "dreng", "pige", "barnet", "child",
	"kid", "nabo", "naboen", "granne", "grannen", "neighbour", "neighbor", "venn", "vennen", "vän", "friend",
	"kollega", "kollegaen", "colleague", "elev", "pasient", "pasienten", "klient", "bestemora", "cousin",
	"svigermor", "svigerfar", "stesønn", "stedatter", "fosterbarn", "fostersønn", "fosterdatter", "lille",
	"lillebror", "lillesøster", "storebror", "storesøster", "tvilling", "mand", "manden", "frun", "dattern",
	"pojken", "flickan", "drengen", "pigen", "familien", "familjen", "familie", "familj", "fam", "svärmor",
	"svärfar", "sviger", "morbror", "farbror", "morbrorn", "farbrorn", "systerson", "brorson", "systerdotter",
	"brordotter", "søstersønn", "brorsønn", "søsterdatter", "brordatter", "søstersøn", "brorsøn", "kusin",
	"halvbror", "halvbroren", "halvsøster", "halvsøsteren", "halvsyster", "bonusmamma", "bonuspappa",
	"bonusson", "bonusdotter", "stefar", "stemor", "stefaren", "stemoren", "styvfar", "styvmor", "styvson",
	"styvdotter", "farmora", "mormora", "farfaren", "morfaren", "oldefar", "stepdad", "stepmom", "stepmum",
	"stepmother", "stepfather", "stepdaughter", "särbo", "sambon", "kjærasten", "kjærast", "kæresten", "fru",
	"frue", "frua", "tjej", "tjejen", "kille", "killen", "gutt", "jente", "gut", "girlfriend", "boyfriend",
	"eks", "ex", "eksen", "exet", "exen", "eksmann", "eksmand", "exman", "exmannen")

// genderKinship returns the forms of GENDER's kinship words (rule kinship
// of data/gender/words.tsv, each lemma with its paradigm's endings and its
// extra forms), lowercase and folded. The list is embedded, and TestGender
// reads it too, so an error here is a broken build.
func genderKinship() map[string]bool {
	lines, err := wlRead(genderData, "data/gender/words.tsv", 5, new(wlVersion))
	if err != nil {
		panic(err)
	}
	m := make(map[string]bool)
	for _, l := range lines {
		if l.col(1) != "kinship" {
			continue
		}
		fl := wlFlags(l.col(3))
		if _, stem := fl["prefix"]; stem {
			continue
		}
		if _, first := fl["first"]; first {
			continue
		}
		forms, _, _ := wlForms(l)
		for _, f := range forms {
			m[f] = true
			m[Fold(f)] = true
		}
	}
	return m
}

// verbShaped reports whether an unlisted lowercase word looks like a
// Scandinavian verb rather than a name: "min far Sendte søknaden", "min mor
// Sagde", "min son Ringde". Weak verbs end their past tense in -te, -de or
// -et and their present in -er or -ar; strong and irregular verbs are
// listed in strongVerbs. Listed names ("Mette", "Peder") never reach it.
func verbShaped(w string) bool {
	if strongVerbs[w] {
		return true
	}
	if runeCount(w) < 4 {
		return false
	}
	for _, sfx := range verbSuffixes {
		if strings.HasSuffix(w, sfx) {
			return true
		}
	}
	return false
}

var verbSuffixes = []string{"te", "de", "et", "er", "ar"}

// strongVerbs are frequent Scandinavian verb forms without a weak ending,
// which chat capitalises at random after a kinship word ("min mor Sa").
var strongVerbs = setOf("sa", "sagt", "gikk", "gjekk", "gik", "gick", "fikk", "fekk", "fik", "fick", "tok", "tog",
	"kom", "ble", "blei", "blev", "blir", "vart", "ga", "gav", "gir", "ger", "sier", "seier", "siger", "säger",
	"sov", "sto", "stod", "står", "satt", "sat", "satte", "dro", "drog", "tror", "trur", "tycker", "syns", "synes",
	"vet", "veit", "ved", "hadde", "havde", "hade", "fått", "fået", "fatt", "falt", "faldt", "föll", "døde",
	"dog", "dödde", "fall", "datt", "måtte", "mått", "skulle", "ville", "kunne", "orker", "klarer", "sliter", "trenger", "treng",
	"behøver", "behöver", "mener", "meiner", "menar", "ringte", "ringde", "ringede", "fyller", "fyllte", "fylte",
	"fylder", "fyldte", "fyllde", "jobber", "jobbar", "går", "gjer", "gjør", "gør", "gör", "spør", "sad", "lå", "låg",
	"spurte", "spurgte", "frågade", "frågar", "skriver", "skrev", "skreiv", "sender", "sendte", "sendt", "skickade")

// nameStop are words that end a name after an intro phrase ("hilsen fra",
// "jeg heter ikke").
var nameStop = setOf("egentlig", "eigentleg", "egentligen", "faktisk", "faktiskt", "actually", "really",
	"varje", "hver", "hvert", "kvar", "every", "each",
	"og", "and", "och", "eller", "or", "fra", "frå", "från", "from", "i", "in", "på", "pa", "til",
	"till", "to", "er", "är", "is", "am", "ikke", "ikkje", "inte", "not", "ikk", "med", "with", "men", "but",
	"som", "who", "jeg", "eg", "jag", "vi", "we", "du", "you", "han", "hun", "ho", "hon", "he", "she", "de",
	"the", "a", "an", "en", "ei", "et", "ett", "har", "have", "has", "bor", "bur", "lives", "live", "kommer",
	"skal", "vil", "kan", "can", "will", "would", "meg", "me", "mig", "mæ", "deg", "dig", "her", "here", "der", "there", "also", "også", "ogsa", "min", "mitt", "mine", "my", "mi", "dere",
	"dykk", "år", "years", "gammel", "old", "this", "that", "det", "den", "dette", "at",
	"for", "för", "om", "about", "nå", "na", "now", "no", "ja", "yes", "hei", "hej", "hi", "takk", "tack", "tak",
	// English contractions written without the apostrophe: "theres a bus".
	"theres", "thats", "whats", "heres", "wheres", "its", "lets", "shes", "hes",
	// The children: "onkelen til barna".
	"barna", "borna", "barnet", "bornet", "ungene", "ungane", "ungen", "børnene", "barnen", "guttene", "jentene",
	// Quantities: "det er mye lyng".
	"mye", "mykje", "meget", "mycket", "mange", "manga", "många", "litt", "lidt", "lite", "noe", "noko", "mer",
	"meir", "mere", "mest",
	"thanks", "thank", "please", "vennligst", "hilsen", "mvh", "kommune", "kommun", "bot", "chatbot")

// honorifics are the titles of address before a surname.
var honorifics = setOf("fru", "frue", "herr", "hr", "frøken", "fröken", "frk")

// rightWrong follow a participle that says how a name is written.
var rightWrong = setOf("feil", "riktig", "rett", "galt", "gale", "fel", "rätt", "felaktigt", "forkert", "korrekt",
	"rigtigt", "wrong", "wrongly", "incorrectly", "correctly", "right")

// possessives follow an owner in Norwegian: "kari sin søknad".
var possessives = setOf("sin", "si", "sitt", "sine")

// kinPossessives stand between a kinship word and the relative's name:
// "sønnen min henrik", "naboen vår geir", "faren til martin".
var kinPossessives = setOf("min", "mi", "mitt", "mine", "vår", "vårt", "våre", "din", "di", "ditt", "dine", "til", "of",
	"hans", "hennes", "hennar", "hendes", "sin", "si", "deres", "dykkar", "vores", "jeres", "mit", "dit", "sit")

// callModals and callVerbs frame someone asked to call back or allowed to
// do something: "kan kjersti ringe meg", "can kristin call me", "kan lena
// få bli med", "får emil gå hjem alene".
var (
	callModals = setOf("kan", "kunne", "can", "could", "får", "fikk", "may", "må", "skal", "vil", "ska")
	callVerbs  = setOf("ringe", "ringa", "ringje", "ring", "svare", "svara", "kontakte", "kontakta", "call", "phone", "contact", "email",
		"få", "være", "vere", "vera", "vara", "bli", "gå", "komme", "kome", "komma", "begynne", "byrje", "börja",
		"begynde", "starte", "starta", "sove", "sova", "overnatte", "hentes", "hämtas", "spise", "äta", "delta",
		"deltage", "be", "go", "come", "join", "stay", "start", "sleep", "get", "have", "attend")
)

// askedToCall reports whether lowercase token i stands between a modal and
// a verb of calling back or of being allowed: "kan kjersti ringe meg?",
// "kan lena få plass". The name may be a listed first name that is also a
// word of another language or a place, but no function word.
func (p *PersonDetector) askedToCall(t *Text, i int) bool {
	if i < 1 || i+1 >= len(t.Tokens) {
		return false
	}
	// Every modal starts with c, f, k, m, s or v and has at most 5 bytes.
	if m := t.Word(i - 1); len(m) > 5 || !modalByte[m[0]] {
		return false
	}
	return callModals[t.Word(i-1)] && callVerbs[t.Word(i+1)] &&
		gapSpaces(t, i-1) && gapSpaces(t, i) && p.pairName(t, i)
}

// modalByte marks the first bytes of callModals.
var modalByte = [256]bool{'c': true, 'f': true, 'k': true, 'm': true, 's': true, 'v': true}

// pairConj join two names: "ella og jonas", "tuva eller leo".
var pairConj = setOf("og", "and", "och", "eller", "or", "samt")

// namePair returns the second of two first names joined by a conjunction
// at token i ("ella og jonas", "tuva och leo", "Emma og noah" opening a
// sentence): both listed, written in lower case (the first may open the
// sentence), one of them no word of any language and no place, the other
// no function word.
func (p *PersonDetector) namePair(t *Text, i int) (int, bool) {
	j := i + 2
	if j >= len(t.Tokens) {
		return 0, false
	}
	// Every conjunction starts with o, a, e or s: most tokens fail on a byte.
	if c := t.Word(i + 1)[0]; c != 'o' && c != 'a' && c != 'e' && c != 's' {
		return 0, false
	}
	if !(t.Bits(p.idx)[i+1]&pbPairConj != 0) || !gapSpaces(t, i) || !gapSpaces(t, i+1) || t.IsUpper(j) {
		return 0, false
	}
	if t.IsUpper(i) && !sentStart(t, i) {
		return 0, false
	}
	if a, b := p.lowerName(t, i), p.lowerName(t, j); !(a && (b || p.pairName(t, j)) || b && p.pairName(t, i)) {
		return 0, false
	}
	return j, true
}

// pairStop are words of a pronoun's or quantifier's place that the name
// lists hold ("de andre og", "broren hans og").
var pairStop = setOf("andre", "andra", "hans", "alle", "alla", "hele", "hela")

// pairName reports whether token k is a listed first name of three letters
// or more that no function word spells: a word only of the other
// languages, or a name borne in more than one country ("tuva", a word
// of Swedish, is a Norwegian and Swedish name).
func (p *PersonDetector) pairName(t *Text, k int) bool {
	if w := t.Word(k); len(t.Folded(k)) < 3 || nameStop[w] || pairStop[w] || hasKey(p.notNames, w) || p.isKinship(t, k) ||
		(t.Bits(p.idx)[k]&pbTitleF != 0) {
		return false
	}
	e := p.names.first.lookupTok(t, k)
	return e != nil && (p.names.first.flags[e]&langWordFlag(t.Lang) == 0 || strings.IndexByte(e.Rule, '+') > 0)
}

// afterPronoun reports whether lowercase token i follows a third-person
// pronoun the way Nordic speech puts one before a name: "hon birgitta på
// socialtjänsten", "ho kari sa", "han ola i naboen".
func afterPronoun(t *Text, i int) bool {
	if i == 0 {
		return false
	}
	// Every pronoun of namePronouns is an h and one or two bytes more:
	// other words skip the look-up.
	w := t.Word(i - 1)
	return len(w) <= 3 && w[0] == 'h' && namePronouns[w] && gapSpaces(t, i-1)
}

// namePronouns may stand before a first name in speech.
var namePronouns = setOf("han", "hun", "ho", "hon", "hen", "hu")

// afterKinship reports whether lowercase token i follows a kinship word and
// a possessive: "sønnen min henrik", "mora mi solveig", "faren til martin".
func (p *PersonDetector) afterKinship(t *Text, i int) bool {
	return i >= 2 && p.kinPair(t, i-2) && gapSpaces(t, i-1)
}

// beforeKinship reports whether lowercase token i comes right before a
// kinship word and a possessive: "hanna dottera hans", "ola sønnen min".
func (p *PersonDetector) beforeKinship(t *Text, i int) bool {
	return i+2 < len(t.Tokens) && gapSpaces(t, i) && p.kinPair(t, i+1)
}

// kinPair reports whether token k is a kinship word with a possessive right
// after it, one space apart: "sønnen min", "dottera hans", "faren til".
func (p *PersonDetector) kinPair(t *Text, k int) bool {
	pb := t.Bits(p.idx)
	return (pb[k+1]&pbKinPoss != 0) && (p.isKinship(t, k) || (pb[k]&pbTitleF != 0)) && gapSpaces(t, k)
}

// isKinship reports whether token k is a kinship word, as written or folded.
// genitiveKin reports whether token i, a genitive, stands before a kinship
// word: "Aksels mor", "Linneas pappa" (a relative has a person, not a thing).
func (p *PersonDetector) genitiveKin(t *Text, i int) bool {
	w := t.Word(i)
	return len(w) > 3 && w[len(w)-1] == 's' && i+1 < len(t.Tokens) && gapSpaces(t, i) && !t.IsUpper(i+1) && p.isKinship(t, i+1) &&
		!kinOwners[w] && !genitivePronouns[w]
}

// genitivePronouns end in -s like a name's genitive ("dens", "noens"); the
// possessives of kinOwners ("Deras mamma", "Hans mor") are left out too.
var genitivePronouns = setOf("dens", "dets", "dess", "ens", "noens", "nogens", "någons", "alles", "andres", "andras",
	"eders", "vårs", "others")

// cutEnglishGenitive returns w without an English genitive ending ('s, ’s)
// and whether it had one.
func cutEnglishGenitive(w string) (string, bool) {
	if base, ok := strings.CutSuffix(w, "'s"); ok {
		return base, true
	}
	return strings.CutSuffix(w, "’s")
}

// hasEnglishGenitive reports whether w ends in an English genitive.
func hasEnglishGenitive(w string) bool {
	_, ok := cutEnglishGenitive(w)
	return ok
}

func (p *PersonDetector) isKinship(t *Text, k int) bool {
	b := t.Bits(p.idx)[k]
	return b&pbKinW != 0 || b&pbKinF != 0 && b&pbNotKinW == 0
}

// foldedNotKin are words that fold to a kinship word they are not: "får"
// (gets) is no "far", Swedish "mör" (tender) no "mor", "nån" (someone) no
// English "nan", "bestå" (pass a test) no "besta". Other Nordic letters fold as dialect spelling ("jentå" is
// "jenta").
var foldedNotKin = setOf("får", "mör", "nån", "bestå")

// beforePossessive returns the first token of a lowercase name right
// before the possessive at token i: listed first names and surnames back to
// a listed first name that is no word ("ole martin berg sin").
func (p *PersonDetector) beforePossessive(t *Text, i int) (int, bool) {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if !gapSpaces(t, k) || t.IsUpper(k) {
			return 0, false
		}
		if p.lowerName(t, k) && (k == 0 || t.IsUpper(k-1) || !p.namePart(t, k-1)) {
			return k, true
		}
		if !p.namePart(t, k) {
			return 0, false
		}
	}
	return 0, false
}

// namePart reports whether lowercase token k is a listed first name or
// surname.
func (p *PersonDetector) namePart(t *Text, k int) bool {
	ni := p.info(t, k)
	return ni.first || ni.last
}

// initName reports whether a capitalised first name alone at the start of
// a sentence is the name ("Kristoffer i teknisk sa ..."): a listed first
// name that is no word of any language, no place and no surname-only
// entry, with a lowercase word after it.
func (p *PersonDetector) initName(t *Text, i int, ni nameInfo) bool {
	if !ni.first || ni.flags&flagPlace != 0 || runeCount(t.Raw(i)) < 3 || i+1 >= len(t.Tokens) || !gapSpaces(t, i) || t.IsUpper(i+1) {
		return false
	}
	if ni.flags&flagWords == 0 {
		return true
	}
	// A word of another language only, before a verb: "Oliver blev skubbet".
	v := t.Word(i + 1)
	return ni.flags&langWordFlag(t.Lang) == 0 && t.Lang != "" && (strongVerbs[v] || subjectVerbs[v] || v == "blev" || v == "blei")
}

// contactPhrases name the person someone talks to, calls or asks: a
// lowercase first name right after one is that person ("snakket med
// ingrid", "pratade med annika", "spoke to john").
var contactPhrases = [][]string{
	{"snakke", "med"}, {"snakker", "med"}, {"snakket", "med"}, {"snakka", "med"}, {"prate", "med"},
	{"pratet", "med"}, {"prata", "med"}, {"pratar", "med"}, {"pratade", "med"}, {"tale", "med"}, {"taler", "med"},
	{"talte", "med"}, {"talade", "med"}, {"talar", "med"}, {"snakk", "med"}, {"møte", "med"}, {"møtte"},
	{"mødte"}, {"träffade"}, {"spurte"}, {"spurgte"}, {"frågade"}, {"spør"}, {"spørg"}, {"fråga"},
	{"ringte", "til"}, {"ringde", "till"}, {"ringede", "til"}, {"ringe", "til"}, {"ringa"}, {"kontakt", "med"},
	{"ring", "till"}, {"ring", "til"}, {"ringa", "till"}, {"pratat", "med"}, {"talat", "med"}, {"talt", "med"}, {"snakkede", "med"},
	{"talk", "to"}, {"talked", "to"}, {"spoke", "to"}, {"spoke", "with"}, {"speak", "to"}, {"speak", "with"},
	{"talk", "with"}, {"talked", "with"}, {"met", "with"}, {"ask"}, {"asked"}, {"call"}, {"called"},
	{"via"}, {"hos"}, {"sammen", "med"},
	// Someone named in passing: "a guy named geir", "en som het liv".
	{"named"}, {"som", "het"}, {"som", "hette"}, {"som", "hed"}, {"som", "heitte"},
	// Passing a message on: "sett meg over til trine", "forward this to anna".
	{"over", "til"}, {"videre", "til"}, {"beskjed", "til"}, {"this", "to"}, {"it", "to"}, {"through", "to"},
	// The pronoun before a name in speech and dialect: "ho gunnhild på
	// sentralbordet", "han eirik i teknisk".
	{"ho"}, {"hu"}, {"han"},
	// Asking for someone, a parent of a child, a named case worker: "spør
	// etter ingvild", "mor til thea", "kontaktpersonen er sigurd".
	{"spør", "etter"}, {"spørre", "etter"}, {"spurte", "etter"}, {"ask", "for"}, {"asked", "for"},
	{"mor", "til"}, {"far", "til"}, {"mamma", "til"}, {"pappa", "til"}, {"forelder", "til"}, {"foreldre", "til"},
	{"mother", "of"}, {"father", "of"}, {"mum", "of"}, {"dad", "of"}, {"parent", "of"},
	{"kontaktperson", "er"}, {"kontaktpersonen", "er"}, {"saksbehandler", "er"}, {"saksbehandleren", "er"},
	{"saksbehandlar", "er"}, {"saksbehandlaren", "er"}, {"caseworker", "is"}, {"case", "worker", "is"},
	{"social", "worker", "is"}, {"key", "worker", "is"},
	// A message from someone: "fikk svar fra jonas", "an email from sarah".
	{"svar", "fra"}, {"svar", "frå"}, {"melding", "fra"}, {"melding", "frå"}, {"beskjed", "fra"}, {"beskjed", "frå"},
	{"brev", "fra"}, {"brev", "frå"}, {"mail", "fra"}, {"epost", "fra"}, {"e-post", "fra"}, {"hørt", "fra"}, {"høyrt", "frå"},
	{"message", "from"}, {"email", "from"}, {"reply", "from"}, {"letter", "from"}, {"heard", "from"},
}

var contactSet = newPhraseSet(contactPhrases)

// fetchSet are the verbs of fetching or leaving a child: a lowercase first
// name after one that is no word of the message's language and no place is
// the child ("må hente amir", "hämtar leo", "pick up oliver").
var fetchSet = newPhraseSet([][]string{
	{"hente"}, {"henter"}, {"hentet"}, {"henta"}, {"hentede"}, {"hämta"}, {"hämtar"}, {"hämtade"},
	{"levere"}, {"leverer"}, {"leverte"}, {"lämna"}, {"lämnar"}, {"lämnade"}, {"aflevere"}, {"afleverer"},
	{"afleverede"}, {"pick", "up"}, {"picks", "up"}, {"picked", "up"}, {"picking", "up"}, {"drop", "off"},
	{"dropped", "off"}, {"collect"}, {"collected"}, {"collecting"},
})

// workplacePreps and workplaces place a person at their work: "Liv på
// servicetorget", "Eva på gatukontoret", "Sarah at the library".
var (
	workplacePreps = setOf("på", "pa", "paa", "fra", "frå", "från", "hos", "at", "from", "i", "in")
	// No schools: "livet på skolen" is life at school.
	workplaces = setOf("biblioteket", "byggesak", "byggesaken", "rådhuset", "kontoret", "servicetorget", "tenestetorget",
		"innbyggertorget", "sentralbordet", "resepsjonen", "ekspedisjonen", "helsestasjonen", "legekontoret",
		"legesenteret", "nav", "idrettslaget", "jobben", "avdelingen", "hjemmetjenesten", "hjemmesykepleien",
		"heimetenesta", "gatukontoret", "kommunkontoret", "kundtjänst", "kontaktcenter", "kontaktcentret",
		"vårdcentralen", "borgerservice", "jobcentret", "jobcenter", "library", "reception", "council")
)

// childPlaceAfter reports whether a kindergarten or school follows token
// i ("hente nora på sfo", "lämna ida på förskolan"): the one fetched
// there is a child, though the name is a word or a town too.
func childPlaceAfter(t *Text, i int) bool {
	return i+2 < len(t.Tokens) && gapSpaces(t, i) && gapSpaces(t, i+1) && childPreps[t.Word(i+1)] && childPlaces[t.Word(i+2)]
}

var (
	childPreps  = setOf("i", "på", "pa", "fra", "frå", "från", "at", "from", "til", "till", "to")
	childPlaces = setOf("barnehagen", "barnehage", "barnehaven", "bhg", "sfo", "aks", "skolen", "skulen", "skolan", "skole",
		"förskolan", "förskola", "fritids", "fritidshemmet", "børnehaven", "børnehave", "vuggestuen", "dagplejen", "dagmamma",
		"kindergarten", "school", "daycare", "nursery")
)

// abbrevTitles are titles written with a period: "Dr. Berg", "Mr. Smith".
var abbrevTitles = setOf("dr", "hr", "fr", "mr", "mrs", "ms", "frk", "prof")

// signWords end a sign-off phrase ("hilsen", "mvh"): a lowercase word after
// them is a name only if the lists know it.
var signWords = setOf("hilsen", "helsing", "helsning", "hälsningar", "hälsning", "mvh", "vh", "regards", "sincerely",
	"cheers", "greetings", "hilsener", "signert", "kh", "hilsner", "kram", "kramar", "knus", "klem")

// The necessary conditions PERSON's loop tests on a token's bits (pb)
// before calling a rule: when one is false the rule finds nothing, so the
// call is spared (TestPersonGatesSound checks it over the dev corpora).
// up is t.IsUpper(i), which the loop looks up once per token.
//
// mayHereIntro: a here or from word after the name, or a capitalised
// surname before one (hereIntro).
func mayHereIntro(t *Text, pb []uint32, i int, up bool) bool {
	return i+1 < len(t.Tokens) && (pb[i+1]&(pbHere|pbFrom) != 0 || up && t.IsUpper(i+1) ||
		!up && i+2 < len(t.Tokens) && pb[i+2]&pbHere != 0 && pb[i]&(pbLowerFirst|pbFirst) != 0)
}

// mayContextName: a capital, a word announcing a name before, or a gap of
// more than a space (contextName).
func mayContextName(t *Text, pb []uint32, i int, up bool) bool {
	return i > 0 && (up || pb[i-1]&pbTrigger != 0 || t.Tokens[i].Start-t.Tokens[i-1].End >= 2)
}

// mayListedName: a capital, or a lowercase first name that may start a
// full name (listedName, lowerFullName).
func mayListedName(pb []uint32, i int, up bool) bool {
	return up || pb[i]&pbLowerFirst != 0 || pb[i]&pbFirst != 0 && i+1 < len(pb) && pb[i+1]&pbPlainLast != 0
}

// mayNamePair: a conjunction after the token and a word after that
// (namePair).
func mayNamePair(t *Text, pb []uint32, i int) bool {
	return i+2 < len(t.Tokens) && pb[i+1]&pbPairConj != 0
}

// commaBefore reports whether one of the two bytes before token i is a
// comma (appositive).
func commaBefore(t *Text, i int) bool {
	st := t.Tokens[i].Start
	return st >= 2 && (t.Orig[st-2] == ',' || t.Orig[st-1] == ',')
}

// Detect implements Detector.
func (p *PersonDetector) Detect(t *Text) []Span { return p.appendSpans(t, nil) }

// appendSpans implements spanAppender.
func (p *PersonDetector) appendSpans(t *Text, out []Span) []Span {
	n := len(t.Tokens)
	lf := langWordFlag(t.Lang)
	spans := out
	// The rules' cheapest necessary conditions are tested here on the
	// token's bits, so most tokens skip the calls (and their zeroed Span
	// results): each rule tests its conditions in full again.
	pb := t.Bits(p.idx)[:n] // one bit set a token: pb[i] for i < n needs no bounds test
	if n <= 2 && fragment(t, 2) {
		// "sigurd", "mette lauridsen" alone: a name given as an answer, a
		// listed first name no word of any language, or a listed first
		// name and surname no words of the message's.
		a := p.info(t, 0)
		switch {
		case runeCount(t.Word(0)) < 3 || !a.first:
		case n == 1 && a.flags&flagWords == 0:
			return []Span{p.span(t, 0, 0, "person.first_name")}
		case n == 2 && a.flags&lf == 0:
			if b := p.info(t, 1); b.last && b.flags&lf == 0 {
				return []Span{p.span(t, 0, 1, "person.full_name")}
			}
		}
	}
	// Two rules look at the gap before a token for a bracket or a comma,
	// which many messages have none of: one scan of the text answers for
	// every token.
	paren, comma := strings.IndexByte(t.Orig, '(') >= 0, strings.IndexByte(t.Orig, ',') >= 0
	for i := 0; i < n; i++ {
		// Whether token i is capitalised, asked by most rules below and
		// by the gates: looked up once (i changes only before a continue).
		up := t.IsUpper(i)
		// "kari her, ..." opening a message: a here or from word after
		// the name, or a capitalised surname before one.
		if mayHereIntro(t, pb, i, up) {
			if s, h, ok := p.hereIntro(t, i); ok {
				spans = append(spans, s)
				i = h
				continue
			}
		}
		// "sofie (datteren min) fikk ...": a first name the kinship in
		// brackets after it explains.
		if paren && i+1 < n && t.Orig[t.Tokens[i+1].Start-1] == '(' && p.bracketKin(t, i) {
			spans = append(spans, p.span(t, i, i, "person.first_name"))
			continue
		}
		// "dottera mi (tuva) har ...": in lower case, the name in brackets
		// after a kinship word and a possessive (contextName takes it
		// right after the kinship word).
		if paren && !up && i > 1 && pb[i-1]&pbKinPoss != 0 && p.lowerParenName(t, i, t.Orig[t.Tokens[i-1].End:t.Tokens[i].Start]) {
			spans = append(spans, p.span(t, i, i, "person.title"))
			continue
		}
		// "Mon–Thu", "man-tor": a range of days, though a day's
		// abbreviation may be a first name (Thu).
		if i > 0 && up && (t.Tokens[i].Start-t.Tokens[i-1].End > 1 || t.Orig[t.Tokens[i].Start-1] == '-') && dayRange(t, i) {
			continue // most gaps are one space: the call is spared
		}
		// An intro phrase, greeting, title or kinship word before token i
		// (a capital, a word of one of them, or a gap of more than a
		// space).
		if mayContextName(t, pb, i, up) {
			if s, end, ok := p.contextName(t, i, lf); ok {
				spans = append(spans, s)
				i = end
				continue
			}
		}
		// "Liv på servicetorget sa ...", "Eva hos legekontoret": a listed
		// first name, capitalised, placed at a workplace, is a person even
		// where it opens a sentence or is a word too.
		if up && pb[i]&pbFirst != 0 && i+2 < n && workplacePreps[t.Word(i+1)] && workplaces[t.Word(i+2)] &&
			gapSpaces(t, i) && gapSpaces(t, i+1) && !isAllUpper(t.Raw(i)) && p.info(t, i).first {
			spans = append(spans, p.span(t, i, i, "person.first_name"))
			continue
		}
		// "har 2 barn, noah 6 og ella 3": lowercase children's names, each
		// with an age.
		if !up && pb[i]&pbFirst != 0 && i+1 < n && len(t.Word(i+1)) <= 2 && p.agedPair(t, i) {
			spans = append(spans, p.span(t, i, i, "person.first_name"))
			continue
		}
		// A listed name: capitalised, or a lowercase first name that may
		// start a full name (lowerFullName).
		if mayListedName(pb, i, up) {
			if s, end, ok := p.listedName(t, i, lf); ok {
				// A name inside an institution's name or a law's ("lex Sarah")
				// names no one.
				if (s.Rule != "person.full_name" || !namedInstitution(t, end)) && (i == 0 || t.Word(i-1) != "lex") {
					// "Jens og Kirsten Dahl": a first name joined to a full name.
					if k := p.pairedFirst(t, i); s.Rule == "person.full_name" && k >= 0 &&
						(len(spans) == 0 || spans[len(spans)-1].End <= t.Tokens[k].Start) {
						spans = append(spans, p.span(t, k, k, "person.first_name"))
					}
					spans = append(spans, s)
				}
				i = end
				continue
			}
		}
		if up {
			if end, ok := foreignFullName(t, i); ok {
				spans = append(spans, p.span(t, i, end, "person.full_name"))
				i = end
				continue
			}
		}
		// "takk for svaret, kari.", "kristin og ola", "snakket med
		// ingrid": a lowercase first name in direct address, joined to a
		// name just found, or as the one someone talks to.
		// "ole martin berg sin søknad": a lowercase name before the
		// Norwegian possessive sin/si/sitt/sine.
		if w := t.Word(i); w[0] == 's' && len(w) <= 4 && possessives[w] && i > 0 {
			if start, ok := p.beforePossessive(t, i); ok {
				// The whole name replaces a part of it found before.
				for len(spans) > 0 && spans[len(spans)-1].Start >= t.Tokens[start].Start {
					spans = spans[:len(spans)-1]
				}
				if len(spans) == 0 || spans[len(spans)-1].End <= t.Tokens[start].Start {
					spans = append(spans, p.span(t, start, i-1, "person.first_name"))
				}
			}
		}
		// "ella og jonas", "tuva och leo": two first names joined.
		if mayNamePair(t, pb, i) {
			if j, ok := p.namePair(t, i); ok {
				spans = append(spans, p.span(t, i, i, "person.first_name"), p.span(t, j, j, "person.first_name"))
				i = j
				continue
			}
		}
		if up {
			// "ring meg på 98 76 54 32 (Isak)": a first name in brackets
			// that ends the message signs it.
			if i > 0 && t.Orig[t.Tokens[i].Start-1] == '(' && i+1 == n && strings.HasPrefix(t.Orig[t.Tokens[i].End:], ")") &&
				onlySpacesOrPunct(t.Orig[t.Tokens[i].End+1:]) && !isAllUpper(t.Raw(i)) {
				if ni := p.info(t, i); ni.first && ni.flags&flagPlace == 0 {
					spans = append(spans, p.span(t, i, i, "person.intro"))
					continue
				}
			}
			// "far til Live i 2B", "Ida (9)": a capitalised first name that
			// is also a word, as a child of someone or with an age.
			if i >= 2 && (ageAfter(t, i) || p.childOf(t, i)) && !sentStart(t, i) && !isAllUpper(t.Raw(i)) {
				if ni := p.info(t, i); ni.first && ni.flags&flagPlace == 0 {
					spans = append(spans, p.span(t, i, i, "person.first_name"))
				}
			}
			continue
		}
		// "stein-are", "marit-elise": a lowercase double first name, each
		// part listed.
		if pb[i]&pbHyphen != 0 && p.lowerDoubleFirst(t, i) {
			spans = append(spans, p.span(t, i, i, "person.first_name"))
			continue
		}
		// "læreren til sønnen vår, rune, sa ...", "veslebroren hennar, brage,
		// har astma": a first name between commas after a person named.
		if comma && commaBefore(t, i) {
			if j, ok := p.appositive(t, i, lf); ok {
				spans = append(spans, p.span(t, i, j, "person.first_name"))
				i = j
				continue
			}
		}
		// Every rule below needs a listed first name of three bytes or
		// more: one look-up rules out most tokens.
		if len(t.Folded(i)) < 3 || pb[i]&pbFirst == 0 {
			continue
		}
		if p.lowerName(t, i) && (p.vocative(t, i) || p.joinedToName(t, i, spans) ||
			contactSet.endsAtBit(t, pb, pbContactEnd, i) || p.afterKinship(t, i) || p.beforeKinship(t, i) || afterPronoun(t, i)) || p.askedToCall(t, i) ||
			fetchSet.endsAtBit(t, pb, pbFetchEnd, i) && (p.lowerNameIn(t, i, lf) || childPlaceAfter(t, i) && !nameStop[t.Word(i)] && p.info(t, i).first) ||
			afterPronoun(t, i) && ageNear(t, i) && p.lowerNameIn(t, i, lf) || ageAfter(t, i) && p.lowerNameIn(t, i, lf) {
			// (The last two: "ho hilde på 92", a name that is a word of
			// another language only, after a pronoun and before an age;
			// "to barn, emma (7) og jonas (4)", with an age in brackets.)
			end := p.lowerSurname(t, i)
			spans = append(spans, p.span(t, i, end, "person.first_name"))
			i = end
			continue
		}
		// "mannen min per", "mvh kristin og bjørn haugen": any listed
		// first name after a kinship word and a possessive, or joined to
		// the name that signs the message.
		if p.afterKinship(t, i) && t.Word(i-1) != "til" && t.Word(i-1) != "of" && p.kinName(t, i, lf) ||
			p.afterKinship(t, i) && (t.Word(i-1) == "til" || t.Word(i-1) == "of") && p.lowerNameIn(t, i, lf) ||
			p.afterKinship(t, i) && (t.Word(i-1) == "til" || t.Word(i-1) == "till") && ageNear(t, i) && p.looseFirst(t, i) ||
			p.joinedToName(t, i, spans) && p.signedBefore(t, i, spans) && p.looseFirst(t, i) ||
			p.openingSubject(t, i) {
			end := p.kinSurname(t, i, lf)
			spans = append(spans, p.span(t, i, end, "person.first_name"))
			i = end
		}
	}
	// "Hilsen Nina K", "my name is Kacper W.": the initial of a surname
	// that ends the clause belongs to the name.
	for k := range spans {
		if j := t.TokenAt(spans[k].End - 1); surnameInitial(t, j) {
			spans[k].End = t.Tokens[j+1].End
		}
	}
	// "Jeg er Frida, kommunens digitale assistent": the chatbot's own name.
	kept := spans[:0]
	for _, s := range spans {
		if a, b := t.TokenAt(s.Start), t.TokenAt(s.End-1); !botSelf(t, b) && !(a > 0 && gapSpaces(t, a-1) && botWords[t.Word(a-1)]) &&
			!ascension(t, b) {
			kept = append(kept, s) // nor one after the word chatbot: "hei chatbot Frida"
		}
	}
	spans = kept
	if len(spans) > 0 {
		spans = p.again(t, spans)
	}
	return spans
}

// ascension reports whether the word after token i names Ascension Day:
// "Kristi himmelfartsdag", "Kristi himmelsfärdsdag" (Kristi is a first
// name too).
func ascension(t *Text, i int) bool {
	if i+1 >= len(t.Tokens) || !gapSpaces(t, i) {
		return false
	}
	f := t.Folded(i + 1)
	return strings.HasPrefix(f, "himmelf") || strings.HasPrefix(f, "himmelsf")
}

// again adds the other places a name found in the message is written the
// same way, capitalised: "gift med Svein i 40 år. Svein har Parkinson" (at
// the start of a sentence the second would pass for the word "svein").
// Names that are function words ("Hans" is also "his") and names of
// fewer than three letters are left to the rules.
func (p *PersonDetector) again(t *Text, spans []Span) []Span {
	var names [4]string
	k := 0
	for _, s := range spans {
		for i := t.TokenAt(s.Start); i < len(t.Tokens) && t.Tokens[i].Start < s.End && k < len(names); i++ {
			raw, w := t.Raw(i), t.Word(i)
			if t.IsUpper(i) && runeCount(raw) >= 3 && !isAllUpper(raw) && !nameStop[w] && !pairStop[w] &&
				!greetings[w] && !signWords[w] && !hasKey(p.notNames, w) && p.info(t, i).first {
				names[k] = raw
				k++
			}
		}
	}
	if k == 0 {
		return spans
	}
	found := len(spans)
	for i := 0; i < len(t.Tokens); i++ {
		if !t.IsUpper(i) || !slices.Contains(names[:k], t.Raw(i)) {
			continue
		}
		inside := false
		for _, s := range spans[:found] {
			inside = inside || s.Start < t.Tokens[i].End && t.Tokens[i].Start < s.End
		}
		if !inside {
			spans = append(spans, p.span(t, i, i, "person.again"))
		}
	}
	if len(spans) > found {
		slices.SortFunc(spans, func(a, b Span) int { return a.Start - b.Start })
	}
	return spans
}

// surnameInitial reports whether token j+1 is a capital letter alone,
// right after token j, that ends its clause.
func surnameInitial(t *Text, j int) bool {
	k := j + 1
	if k >= len(t.Tokens) || !gapSpaces(t, j) || runeCount(t.Raw(k)) != 1 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(t.Raw(k)); !unicode.IsLetter(r) {
		return false // "ella 3.": an age, no initial
	}
	if !t.IsUpper(k) {
		// In lower case only with its full stop, after a lowercase name
		// ("ingrid s."), not after a capitalised one or a hidden placeholder.
		if r, _ := utf8.DecodeRuneInString(t.Raw(j)); !unicode.IsLower(r) || r == placeholderRune ||
			t.Tokens[k].End >= len(t.Orig) || t.Orig[t.Tokens[k].End] != '.' {
			return false
		}
	}
	return k+1 == len(t.Tokens) || clauseEnd(t, k)
}

// namedInstitution reports whether the full name ending at token end names
// an institution or an event after a person ("Astrid Lindgrens
// barnsjukhus", "H.C. Andersen Skolen", "Ivar Aasen-tunet", "Sophies
// Minde"): the rulebook leaves names inside such names unmasked.
func namedInstitution(t *Text, end int) bool {
	raw := t.Raw(end)
	if k := strings.LastIndexByte(raw, '-'); k > 0 && k+1 < len(raw) && raw[k+1] >= 'a' && raw[k+1] <= 'z' {
		return true // "Aasen-tunet"
	}
	if orgHeads[t.Word(end)] {
		return true
	}
	if end+1 >= len(t.Tokens) || !gapSpaces(t, end) {
		return false
	}
	next := t.Word(end + 1)
	return instHead(next) || orgHeads[next] || nameInstHeads[t.Folded(end+1)]
}

// orgHeads name what is called after a person beside nameInstHeads: a
// memorial, a festival, a prize.
var orgHeads = setOf("minde", "minne", "festival", "festivals", "festivalen", "prize", "prisen")

// onlySpacesOrPunct reports whether s holds nothing but spaces and
// sentence punctuation.
func onlySpacesOrPunct(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\r', '.', '!', '?':
		default:
			return false
		}
	}
	return true
}

// vocative reports whether token i stands alone after a comma and ends its
// clause: "takk for svaret, kari.", "ring meg, ola!", "ok, siri".
func (p *PersonDetector) vocative(t *Text, i int) bool {
	if i == 0 {
		return false
	}
	if gap := t.Orig[t.Tokens[i-1].End:t.Tokens[i].Start]; strings.IndexByte(gap, ',') < 0 || strings.TrimSpace(gap) != "," {
		return false
	}
	end := p.lowerSurname(t, i)
	if end+1 >= len(t.Tokens) {
		return true
	}
	after := strings.TrimSpace(t.Orig[t.Tokens[end].End:t.Tokens[end+1].Start])
	return after != "" && strings.ContainsAny(after[:1], ".!?,")
}

// joinedToName reports whether token i follows "og"/"and"/"och" right
// after a name already found: "mvh kristin og ola".
func (p *PersonDetector) joinedToName(t *Text, i int, spans []Span) bool {
	if i < 2 || len(spans) == 0 || spans[len(spans)-1].End != t.Tokens[i-2].End {
		return false
	}
	return conj[t.Word(i-1)] && gapSpaces(t, i-1) && gapSpaces(t, i-2)
}

// hereWords say "here" after a name that opens a message: "kari her",
// "anna här", "tom here". Not folded: "har" is no "här".
var hereWords = map[string]bool{"her": true, "här": true, "here": true, "hær": true}

// fromWords say where a writer is from: "Jens fra Hvidovre her".
var fromWords = map[string]bool{"fra": true, "frå": true, "från": true, "from": true}

// hereIntro finds a writer naming themselves at the start of a message or
// after a greeting: "kari her, lurer på ...", "Hei, Ola her", "hei! Ola
// her", "Tom Whitley here", and returns the index of the here word. The name is a listed first
// name (with any capitalised surname); written in lower case, one that is
// no word of any language.
func (p *PersonDetector) hereIntro(t *Text, i int) (Span, int, bool) {
	pb := t.Bits(p.idx)
	n := len(t.Tokens)
	if i+1 >= n {
		return Span{}, 0, false
	}
	// Where the writer is from may stand between the name and the here
	// word: "Jens fra Hvidovre her", "anna från skövde här".
	h := i + 1
	if pb[h]&pbFrom != 0 && gapSpaces(t, i) {
		for k := h + 1; k <= h+2 && k+1 < n && gapSpaces(t, k-1); k++ {
			if x := t.Word(k + 1); x[0] == 'h' && hereWords[x] && gapSpaces(t, k) {
				h = k + 1
				break
			}
		}
	}
	// A surname, listed or not, between a first name and the here word:
	// "Tom Whitley here, …".
	last := i
	if h == i+1 && h+1 < n && t.IsUpper(i) && t.IsUpper(h) && !isAllUpper(t.Raw(h)) && gapSpaces(t, i) &&
		t.Word(h + 1)[0] == 'h' && (pb[h+1]&pbHere != 0) && isLetters(t.Raw(h)) {
		last, h = h, h+1
	} else if h == i+1 && h+1 < n && !t.IsUpper(i) && !t.IsUpper(h) && gapSpaces(t, i) && clauseEnd(t, h+1) &&
		pb[h+1]&pbHere != 0 && p.introSurname(t, i) == h {
		// In lower case, an unlisted surname ending the name: "ola
		// rudstad her, bor i 3. etasje".
		last, h = h, h+1
	}
	// A here word after the name (one bit rules most tokens out).
	if pb[h]&pbHere == 0 || !gapSpaces(t, h-1) {
		return Span{}, 0, false
	}
	if i > 0 && !((pb[i-1]&pbGreeting != 0) && strings.Trim(t.Orig[t.Tokens[i-1].End:t.Tokens[i].Start], " ,!") == "" && (i == 1 || sentStart(t, i-1))) {
		return Span{}, 0, false
	}
	// What follows "her" ends the clause: punctuation, the end, or a
	// lowercase word ("kari her og lurer på").
	if h+1 < n && !strings.ContainsAny(t.Orig[t.Tokens[h].End:t.Tokens[h+1].Start], ",.!?:;-\n") && t.IsUpper(h+1) {
		return Span{}, 0, false
	}
	if t.IsUpper(i) {
		if ni := p.info(t, i); !ni.first {
			return Span{}, 0, false
		}
	} else if !p.lowerName(t, i) && !(clauseEnd(t, h) && !nameStop[t.Word(i)] && !hereStops[t.Word(i)] && p.names.first.lookupTok(t, i) != nil) {
		// In lower case a first name that is also a word needs the here
		// word to end the clause: "halla, tore her. kan noen ringe meg?".
		return Span{}, 0, false
	}
	return p.span(t, i, last, "person.intro"), h, true
}

// hereStops are words that first-name lists hold and that open a message
// before "her" as what they are ("man här", "mor her"), beside those of
// nameStop ("kan", "vi", "min"), which hereIntro tests too.
var hereStops = setOf("man", "må", "din", "alle", "jo", "så", "sol", "dag", "liv", "storm", "vår", "mor", "far", "bror")

// greetedIntro reports whether lowercase token i is a listed first name
// right after a message's opening greeting and "det er", "this is" or
// "it's": "hej det er mette fra frederiksberg", "hi its tom". Opening a
// message so, a name that is also a word is the writer's.
func (p *PersonDetector) greetedIntro(t *Text, i int) bool {
	pb := t.Bits(p.idx)
	if i < 2 || i > 3 || !(pb[0]&pbGreeting != 0) || !p.info(t, i).first || nameStop[t.Word(i)] || pairStop[t.Word(i)] {
		return false
	}
	// The name ends the clause or a from/here word follows it: "det er
	// mye snø" is no introduction.
	if k := i + 1; k < len(t.Tokens) && !strings.ContainsAny(t.Orig[t.Tokens[i].End:t.Tokens[k].Start], ",.!?:;-\n") &&
		!(pb[k]&pbFrom != 0) && !(pb[k]&pbHere != 0) && !p.secondFirst(t, k) {
		return false
	}
	if i == 2 {
		w := t.Word(1)
		return (w == "it's" || w == "its" || w == "it’s") && gapSpaces(t, 1)
	}
	a, b := t.Word(1), t.Word(2)
	return greetedPairs[a+" "+b] && gapSpaces(t, 1) && gapSpaces(t, 2)
}

// secondFirst reports whether lowercase token k is the second of a double
// first name that ends the clause or comes before a here or from word:
// "per olav her", "anne grete, ...". It is a listed first name that is no
// word of any language.
func (p *PersonDetector) secondFirst(t *Text, k int) bool {
	if !gapSpaces(t, k-1) || !p.lowerName(t, k) {
		return false
	}
	pb := t.Bits(p.idx)
	return clauseEnd(t, k) || k+1 < len(t.Tokens) && gapSpaces(t, k) && pb[k+1]&(pbHere|pbFrom) != 0
}

// greetedPairs introduce the writer after a greeting.
var greetedPairs = setOf("det er", "det är", "dette er", "detta är", "this is", "it is", "her er", "här är")

// pagesWords name a web service's personal pages after one of
// pagesOwners, possessives that are also names ("Mina", "Mine", "Mi").
var (
	pagesWords  = setOf("sidor", "sider", "side", "sida", "sidan", "pages")
	pagesOwners = setOf("mina", "mine", "mit", "mi")
)

// openingSubject reports whether lowercase token i, a listed first name
// that is no word of any language, opens the message or a sentence as the
// subject of a verb: "halvard har vondt i magen", "tuva sliter på skolen".
func (p *PersonDetector) openingSubject(t *Text, i int) bool {
	if i+1 >= len(t.Tokens) || !(i == 0 || sentStart(t, i)) || !gapSpaces(t, i) || runeCount(t.Word(i)) < 4 {
		return false
	}
	v := t.Word(i + 1)
	return (strongVerbs[v] || subjectVerbs[v]) && p.lowerName(t, i)
}

// subjectVerbs are common finite verbs after a child's or relative's name
// opening a message.
var subjectVerbs = setOf("har", "er", "e", "är", "skal", "ska", "vil", "kan", "må", "får", "går", "gråter", "gret",
	"has", "is", "was", "had")

// withMe reports whether a first name at token i is joined to the writer
// ("Kim og jeg har ...", "Eva och jag", "Sam and I"): a person.
func withMe(t *Text, i int) bool {
	if i+2 >= len(t.Tokens) || !gapSpaces(t, i) || !gapSpaces(t, i+1) {
		return false
	}
	c, me := t.Word(i+1), t.Word(i+2)
	return (c == "og" || c == "och" || c == "and") && (me == "jeg" || me == "jag" || me == "eg" || me == "æ" || me == "i")
}

// selfNamed reports whether what follows the name ending at token end says
// the writer is naming themselves: "her", "här", "here", "heter jeg",
// "hedder jeg", "skriver".
func selfNamed(t *Text, end int) bool {
	k := end + 1
	if k >= len(t.Tokens) || !gapSpaces(t, end) {
		return false
	}
	w := t.Word(k)
	if hereWords[w] || w == "skriver" || w == "skriv" || w == "writing" {
		return true
	}
	return nameVerbs[t.Folded(k)] && k+1 < len(t.Tokens) && firstPersons[t.Word(k+1)]
}

// firstPersons are the writer's pronoun after a name verb: "heter jeg".
var firstPersons = setOf("jeg", "jag", "eg", "æ", "i")

// initialsName returns the last token of a name of initials and a surname
// starting at token i ("G. H. Aas", "R. A. Lindberg"), or i: one to three
// capital initials with their full stops, then a capitalised listed surname
// or one shaped like a surname.
func (p *PersonDetector) initialsName(t *Text, i int) int {
	k := i
	for n := 0; n < 3 && k+1 < len(t.Tokens) && initialAt(t, k); n++ {
		if g := t.Orig[t.Tokens[k].End:t.Tokens[k+1].Start]; g != ". " && g != "." {
			return i
		}
		k++
	}
	if k == i || !t.IsUpper(k) || isAllUpper(t.Raw(k)) || runeCount(t.Raw(k)) < 2 {
		return i
	}
	if nk := p.info(t, k); !nk.last && !surnameShaped(t.Word(k)) {
		return i
	}
	return k
}

// middleInitial reports whether token k is a middle initial right after
// the name before it: one capital letter, its full stop, one space and a
// capitalised word ("Hans B. Kristoffersen").
func middleInitial(t *Text, k int) bool {
	return k > 0 && k+1 < len(t.Tokens) && gapSpaces(t, k-1) && initialAt(t, k) &&
		t.Orig[t.Tokens[k].End:t.Tokens[k+1].Start] == ". " && t.IsUpper(k+1)
}

// parenName reports whether capitalised token i, a listed first name,
// opens brackets right after a kinship word, or a kinship word and its
// possessive, and the brackets close after it or after a second name
// joined to it ("to mødre (Signe og Nanna)").
func (p *PersonDetector) parenName(t *Text, i int, gap string) bool {
	pb := t.Bits(p.idx)
	if strings.TrimLeft(gap, " ") != "(" || !p.info(t, i).first {
		return false
	}
	k := i - 1
	if (pb[k]&pbKinPoss != 0) && k > 0 && gapSpaces(t, k-1) {
		k--
	}
	if !p.isKinship(t, k) && !(t.IsUpper(i) && t.IsUpper(i-1) && !isAllUpper(t.Raw(i-1)) && !sentStart(t, i-1) && !isAllUpper(t.Raw(i)) &&
		!isWordIn(p.info(t, i), langWordFlag(t.Lang))) {
		// "Tobbe (Torbjørn)", "Kalle (Karl-Erik)": a nickname, the name it
		// stands for in brackets.
		return false
	}
	for _, e := range []int{i, i + 2} {
		if e < len(t.Tokens) && t.Tokens[e].End < len(t.Orig) && t.Orig[t.Tokens[e].End] == ')' && (e == i || (pb[i+1]&pbPairConj != 0)) {
			return true
		}
	}
	return false
}

// lowerParenName reports whether lowercase token i is a relative's name in
// brackets (parenName), not a stop word or a word that is no name.
func (p *PersonDetector) lowerParenName(t *Text, i int, gap string) bool {
	return !t.IsUpper(i) && p.parenName(t, i, gap) && !nameStop[t.Word(i)] && !wordsNotNames[t.Word(i)]
}

// titleSurname returns the last token of a lowercase full name after a
// title whose first name is token i ("borgmester jacob bundsgaard",
// "ordfører anne lise strand"), or i: a second listed first name may follow,
// then a listed surname that is no word of the language or is shaped like
// a surname, or an unlisted word shaped like one.
func (p *PersonDetector) titleSurname(t *Text, i int, lf uint8) int {
	k := i + 1
	if k+1 < len(t.Tokens) && gapSpaces(t, i) && !t.IsUpper(k) && len(t.Folded(k)) >= 3 && !nameStop[t.Word(k)] && p.info(t, k).first {
		// "anne lise", then the surname; or a surname that is a first
		// name too: "kari moe".
		if p.titleSurnameAt(t, i, k+1, lf) {
			return k + 1
		}
		// After two first names any listed surname, even a word: "ordfører
		// kjell arne bakke".
		if j := k + 1; gapSpaces(t, k) && !t.IsUpper(j) && len(t.Folded(j)) >= 3 && !nameStop[t.Word(j)] &&
			isLetters(t.Raw(j)) && p.info(t, j).last && !isWordIn(p.info(t, k), lf) {
			return j
		}
	}
	if p.titleSurnameAt(t, i, k, lf) {
		return k
	}
	return i
}

// titleSurnameAt reports whether token k is the surname of the name
// starting at token i after a title.
func (p *PersonDetector) titleSurnameAt(t *Text, i, k int, lf uint8) bool {
	if k >= len(t.Tokens) || !gapSpaces(t, k-1) || t.IsUpper(k) {
		return false
	}
	w := t.Word(k)
	if nameStop[w] || runeCount(w) < 3 || !isLetters(w) {
		return false
	}
	ni := p.info(t, k)
	switch {
	case ni.last && (!isWordIn(ni, lf) || surnameShaped(w)):
	case ni.last && p.info(t, i).first && farmShaped(w):
		// "ordfører tone haugen", "rektor per bakken": after a title and a
		// first name, a listed surname that is a farm's name in the
		// definite form, a word too ("haugen", "bakken", "moen").
	case !ni.first && !ni.last && runeCount(w) >= 6 && surnameShaped(w) && !verbShaped(w):
	default:
		return false
	}
	return true
}

// farmShaped reports whether w looks like a farm's name in the definite
// form, as many Norwegian surnames are: "haugen", "bakken", "lia".
func farmShaped(w string) bool {
	return len(w) >= 4 && (strings.HasSuffix(w, "en") || strings.HasSuffix(w, "ia") || strings.HasSuffix(w, "et"))
}

// isLetters reports whether w holds no digit and no '@'.
func isLetters(w string) bool { return !digitsAt.any(w) }

// lowerSurname returns the last token of a lowercase name starting at
// token i: i, or i+1 when a listed surname of three letters or more
// follows, even one that is a word or a place ("kari berg"), but no
// function word of nameStop.
func (p *PersonDetector) lowerSurname(t *Text, i int) int {
	if !gapSpaces(t, i) || t.IsUpper(i+1) || len(t.Folded(i+1)) < 3 {
		return i
	}
	if ni := p.info(t, i+1); ni.last && !nameStop[t.Word(i+1)] {
		return i + 1
	}
	return i
}

// introSurname is lowerSurname after an introduction or a signing greeting
// ("i'm olena kovalenko from kharkiv", "thanks, michael okafor"): the word
// after the first name is the surname also when no list holds it, if it
// ends the clause or a from word follows, is written in letters, and is no
// function word; foreign spellings and surname endings need no clause end.
func (p *PersonDetector) introSurname(t *Text, i int) int {
	if end := p.lowerSurname(t, i); end > i || !gapSpaces(t, i) || i+1 >= len(t.Tokens) || t.IsUpper(i+1) {
		return end
	}
	k := i + 1
	w := t.Word(k)
	if runeCount(w) < 4 || !isLetters(t.Raw(k)) || strings.ContainsAny(w, "-'’") || introStop[w] || nameStop[w] ||
		pairStop[w] || hereWords[w] || fromWords[w] || kinVerbAfter[w] || greetings[w] || signWords[w] || p.isKinship(t, k) ||
		verbShaped(w) {
		return i
	}
	if ni := p.info(t, k); ni.flags&flagWords != 0 || ni.flags&flagPlace != 0 {
		return i // a word or a place that the lists know
	}
	next := k+1 < len(t.Tokens) && gapSpaces(t, k) && (t.Bits(p.idx)[k+1]&pbFrom != 0)
	if clauseEnd(t, k) || next || foreignLetters(w) || surnameShaped(w) {
		return k
	}
	return i
}

// foreignLetters reports whether w holds a letter none of the five
// languages writes (ś, ł, ć, ñ, ş): a name from elsewhere.
func foreignLetters(w string) bool {
	for _, r := range w {
		if r > 0x7f && !strings.ContainsRune("æøåäöéèüáàêô", r) {
			return true
		}
	}
	return false
}

// thanksWords sign a message with the name after them.
var thanksWords = setOf("thanks", "takk", "tack", "tak", "cheers")

// introStop are common words that may end the clause after a first name
// ("jeg heter per også.", "i'm anna too"): no surname.
var introStop = setOf("også", "ogsa", "också", "too", "also", "jo", "ju", "vel", "nok", "helt", "igjen", "igen", "again", "her", "here", "här",
	"now", "nå", "nu", "no", "idag", "today", "bare", "just", "only", "selv", "sjølv", "själv", "still", "fortsatt",
	"fortfarande", "stadig", "takk", "tack", "tak", "thanks", "please", "yes", "nei", "nej", "okay", "okei", "btw",
	"forresten", "förresten", "lol", "haha", "hehe", "mvh", "bye", "hade", "fra", "from", "and", "og",
	"och", "som", "who", "that", "which", "med", "with", "til", "till", "to", "hit", "dit", "der", "there", "där")

// lowerName reports whether lowercase token i can only be a first name: a
// listed one that is no word of any language, three letters or more once
// folded ("nå" folds to the name "Na" and stays a word), written as listed.
// lowerNameIn is lowerName right after a kinship word, which announces a
// name: a listed first name of three letters or more that is no place
// and no word of the message's language ("min mand peter": peter is a word
// of English only).
func (p *PersonDetector) lowerNameIn(t *Text, i int, lf uint8) bool {
	if p.lowerName(t, i) {
		return true
	}
	if len(t.Folded(i)) < 3 || nameStop[t.Word(i)] || wordsNotNames[t.Word(i)] {
		return false
	}
	e := p.names.first.lookupTok(t, i)
	return e != nil && p.names.first.flags[e]&(flagPlace|lf) == 0
}

func (p *PersonDetector) lowerName(t *Text, i int) bool {
	f := t.Folded(i)
	// The folded key alone would let "ennå" be "Enna": the token must
	// also match a listed spelling (exactly, or folded when plain ASCII).
	return len(f) >= 3 && t.Bits(p.idx)[i]&pbLowerFirst != 0 && !nameStop[t.Word(i)] && p.names.first.lookupTok(t, i) != nil
}

func (p *PersonDetector) span(t *Text, a, b int, rule string) Span {
	return Span{Start: t.Tokens[a].Start, End: t.Tokens[b].End, Category: Person, Rule: rule}
}

// isWordIn reports whether the name entry flags mark a word of the message
// language.
func isWordIn(ni nameInfo, lf uint8) bool { return ni.flags&lf != 0 }

// nameToken reports whether token i may be part of a name after a context
// that announces one: capitalised and not a stop word, or a listed name in
// lower case that is no word of the language.
func (p *PersonDetector) nameToken(t *Text, i int, lf uint8, strict bool) bool {
	w := t.Word(i)
	if nameStop[w] || isDigits(w[:1]) || runeCount(w) < 2 || abbrevTitles[w] {
		return false // "Regards, Dr. …": the title, not the name
	}
	if strings.ContainsAny(t.Raw(i), "0123456789@") {
		return false
	}
	if hasKey(p.notNames, w) {
		return false
	}
	ni := p.info(t, i)
	if t.IsUpper(i) {
		if strict {
			return ni.first || ni.last || !isWordIn(ni, lf)
		}
		return true
	}
	if !strict {
		return true
	}
	return (ni.first || ni.last) && !isWordIn(ni, lf)
}

// thingSubjects are called by a name that is no person's: houses, boats,
// animals ("hytta heter Solbakken", "hunden heter Bella").
var thingSubjects = setOf("huset", "hytta", "hytten", "stugan", "stuga", "sommerhuset", "sommarhuset", "båten", "båden",
	"hunden", "katten", "hesten", "valpen", "bikkja", "firmaet", "bedriften", "foreningen", "klubben", "prosjektet",
	"projektet", "appen", "stedet", "vegen", "veien", "vejen", "gata", "gaten", "gatan",
	// Institutions with made-up names: "barnehagen heter Solsikken" (a
	// school is mostly named after its place: "skolen hedder Hyltebjerg Skole").
	"barnehagen", "barnehaven", "børnehaven", "förskolan", "butikken", "butiken",
	"kafeen", "kaféen", "avdelingen", "afdelingen", "gruppa", "gruppen", "laget", "kommunen", "sykehjemmet",
	"plejehjemmet", "äldreboendet", "senteret", "centret", "centeret", "kirken", "kyrkja", "kyrkan", "festivalen",
	// A word's name in another language: "det heter barnetrygd", "på svensk
	// heter barnehage förskola", "barnehage heter förskola i Sverige".
	"det", "dette", "detta", "norsk", "svensk", "dansk", "engelsk", "nynorsk", "bokmål", "barnehage",
	"børnehave", "skole", "skule", "skola", "english", "swedish", "danish", "norwegian")

// nameQuestion and nameVerbs make "what is … called" of an introduction's
// verb.
var (
	nameQuestion = setOf("hva", "kva", "ka", "hvad", "vad", "va", "what", "whats", "hvordan", "korleis")
	nameVerbs    = setOf("heter", "heiter", "hedder", "hette", "het", "hed", "hetter")
)

// triggerWords are the last words of every context that announces a name:
// a token after none of them (and not signing off) skips contextName.
var triggerWords = func() map[string]bool {
	m := make(map[string]bool)
	for _, ps := range []*phraseSet{introSet, weakIntroSet} {
		for w := range ps.byLast {
			m[w] = true
		}
	}
	for _, set := range []map[string]bool{personTitles, kinship, greetings} {
		for w := range set {
			m[w] = true
			m[Fold(w)] = true
		}
	}
	return m
}()

// botSelf reports whether the name at token i is the chatbot's own: a
// chatbot or a digital assistant named within five words after it ("Jeg er
// Frida, kommunens digitale assistent", "I'm Max, the virtual assistant").
// The rulebook leaves the chatbot's name unmasked.
func botSelf(t *Text, i int) bool {
	if i+1 >= len(t.Tokens) || !strings.Contains(t.Orig[t.Tokens[i].End:t.Tokens[i+1].Start], ",") && !botCopulas[t.Word(i+1)] {
		return false // in apposition or with a copula only: "Frida, din digitale assistent", "Frida er en chatbot"
	}
	for k := i + 1; k < len(t.Tokens) && k <= i+5; k++ {
		w := t.Word(k) // not folded: "boet" (lived) folds to "bot"
		if botWords[w] || assistantWords[w] && botMods[t.Word(k-1)] {
			return true
		}
		if strings.ContainsAny(t.Orig[t.Tokens[k-1].End:t.Tokens[k].Start], ".!?\n") {
			return false
		}
	}
	return false
}

var (
	botCopulas = setOf("er", "är", "is", "her", "here")
	botWords   = setOf("chatbot", "chatboten", "chatbotten", "chatbott", "chatbotter", "chattbot", "chattboten",
		"chatrobot", "chatrobotten", "chatrobotter", "chattrobot", "chattroboten", "chatassistent", "chatassistenten",
		"chattassistent") // not "bot": a fine in the Nordic languages, "botten" a bottom in Swedish
	assistantWords = setOf("assistent", "assistenten", "assistant", "medarbeider", "medarbeidar", "medarbejder",
		"medarbetare")
	botMods = setOf("digitale", "digital", "digitala", "virtuelle", "virtuell", "virtuella", "virtual", "virtuel",
		"automatiske", "automatisk", "automated", "chat", "ai")
)

// contextName finds a name announced by the words before token i.
func (p *PersonDetector) contextName(t *Text, i int, lf uint8) (Span, int, bool) {
	pb := t.Bits(p.idx)
	n := len(t.Tokens)
	if i == 0 || !t.IsUpper(i) && pb[i-1]&pbTrigger == 0 && (t.Tokens[i].Start-t.Tokens[i-1].End < 2 || !slashBefore(t, i) && !dashGap(t.Orig[t.Tokens[i-1].End:t.Tokens[i].Start])) {
		return Span{}, 0, false
	}
	if pb[i-1]&pbTrigger == 0 && !(pb[i-1]&pbTriggerW != 0) && i < n-2 &&
		!strings.Contains(t.Orig[t.Tokens[i-1].End:t.Tokens[i].Start], "/") &&
		!contactAfter(t, i) && !((pb[i-1]&pbIntroAdv != 0) && i >= 2 && introSet.endsAtBit(t, pb, pbIntroEnd, i-1)) && !(i >= 2 && nickSet.endsAtBit(t, pb, pbNickEnd, i)) &&
		!(t.IsUpper(i) && t.Orig[t.Tokens[i].Start-1] == '(') {
		return Span{}, 0, false
	}
	gap := t.Orig[t.Tokens[i-1].End:t.Tokens[i].Start]
	rule := ""
	loose := false // an announced name may be lowercase and unlisted
	switch {
	case introSet.endsAtBit(t, pb, pbIntroEnd, i) && !strings.ContainsAny(gap, ".!?"):
		if w := t.Word(i); introAdverbs[w] || !t.IsUpper(i) && (introNotNames[w] || rightWrong[w] || introStop[w]) {
			// "heter visst «Line Moen»", "heter egentlig": an adverb, not
			// the name; "my name is different": what the name is like.
			return Span{}, 0, false
		}
		if i >= 2 && nameQuestion[t.Folded(i-2)] && nameVerbs[t.Folded(i-1)] ||
			i >= 3 && (pb[i-1]&pbIntroAdv != 0) && nameQuestion[t.Folded(i-3)] && nameVerbs[t.Folded(i-2)] {
			// "Kva heiter fjellet …?", "Hva heter rektor på skolen?": a
			// question for a name, not an introduction.
			return Span{}, 0, false
		}
		if i >= 2 && nameVerbs[t.Folded(i-1)] && (isFarmWord(t.Folded(i-2)) || thingSubjects[t.Folded(i-2)] ||
			// "I Sverige hedder byggetilladelse bygglov": what a thing is
			// called in a country.
			i >= 3 && t.IsUpper(i-2) && (t.Word(i-3) == "i" || t.Word(i-3) == "in" || t.Word(i-3) == "på")) {
			// "garden heiter Øvre Kvamme", "hunden heter Bella": a farm, a
			// house or an animal is called so, no person.
			return Span{}, 0, false
		}
		rule, loose = "person.intro", true
		if !t.IsUpper(i) && i+1 < n && gapSpaces(t, i) && rightWrong[t.Word(i+1)] {
			// "navnet mitt er stavet feil", "my name is spelled wrong":
			// how the name is written, not the name.
			return Span{}, 0, false
		}
		if p.isKinship(t, i) || i+1 < n && gapSpaces(t, i) && (p.isKinship(t, i+1) || placeholderAt(t, i+1)) {
			// "navnet til avdøde ektemannen min": a relative, named after
			// (masked already when the engine detects again).
			return Span{}, 0, false
		}
		if signWords[t.Word(i-1)] && !t.IsUpper(i) {
			// "mvh trine": a lowercase sign-off needs a listed name.
			if ni := p.info(t, i); !ni.first && !ni.last {
				return Span{}, 0, false
			}
		}
	case i >= 2 && t.IsUpper(i) && !sentStart(t, i) && gap == " " && !isAllUpper(t.Raw(i)) && nickSet.endsAtBit(t, pb, pbNickEnd, i):
		rule = "person.intro"
	case i >= 2 && t.IsUpper(i) && !sentStart(t, i) && gap == " " && (pb[i-1]&pbIntroAdv != 0) && introSet.endsAtBit(t, pb, pbIntroEnd, i-1) &&
		!strings.ContainsAny(t.Orig[t.Tokens[i-2].End:t.Tokens[i-1].Start], ".!?,") && !isAllUpper(t.Raw(i)):
		// "kalles bare Tobben", "heter egentlig Kari": an adverb between the
		// phrase and the name.
		rule, loose = "person.intro", true
	case !t.IsUpper(i) && weakIntroSet.endsAtBit(t, pb, pbWeakIntroEnd, i) && !strings.ContainsAny(gap, ".!?,\n") && !introStop[t.Word(i)] &&
		!nameStop[t.Word(i)]:
		// "i'm stina", "jeg er kjetil": in lower case only a first name that
		// is no word of any language, and no surname guessed after it; or
		// any listed first name with a listed surname ("this is john smith").
		end := p.lowerSurname(t, i)
		if !p.lowerName(t, i) && (end == i || !p.info(t, i).first) && !p.greetedIntro(t, i) &&
			!(commaAge(t, i) && p.info(t, i).first && !nameStop[t.Word(i)]) {
			return Span{}, 0, false
		}
		end = p.introSurname(t, i)
		if end == i && i+1 < len(t.Tokens) && p.secondFirst(t, i+1) {
			end = i + 1 // "hei det er per olav her"
		}
		return p.span(t, i, end, "person.intro"), end, true
	case t.IsUpper(i) && weakIntroSet.endsAtBit(t, pb, pbWeakIntroEnd, i) && !sentStart(t, i):
		// "this is Mark", "jeg er Kari": a listed first name, capitalised.
		if ni := p.info(t, i); !ni.first {
			// "I'm Oluwaseun Adeyemi, PhD student": two capitalised words
			// the lists lack, a comma after them.
			if end, ok := p.unlistedFullName(t, i); ok {
				return p.span(t, i, end, "person.intro"), end, true
			}
			return Span{}, 0, false
		}
		rule = "person.intro"
	case !t.IsUpper(i) && i >= 2 && gap == " " && (pb[i-2]&pbKinOwner != 0) && gapSpaces(t, i-2) &&
		(p.isKinship(t, i-1) || (pb[i-1]&pbTitleF != 0)) && !hasEnglishGenitive(t.Word(i-1)) && !nordicGenitiveKin(t.Word(i-1)) &&
		p.kinName(t, i, lf):
		// "min kone helle", "min fru inger", "my son will": after a
		// possessive and a kinship word or a role any listed first name
		// the next word does not make a verb; a listed surname joins it.
		// After a genitive ("my husband's job", "my son's cat") the word
		// is what the relative has, not their name.
		end := p.kinSurname(t, i, lf)
		return p.span(t, i, end, "person.title"), end, true
	case (pb[i-1]&pbEnTitle != 0) && !t.IsUpper(i) && (gap == " " || gap == ". ") && !isAllUpper(t.Raw(i-1)) && p.englishTitleName(t, i, lf):
		// "mrs okafor", "dr. patel": the surname after an English title; in
		// capitals before a lowercase word the title is an acronym ("MS
		// makes it hard").
		end := p.kinSurname(t, i, lf)
		return p.span(t, i, end, "person.title"), end, true
	case (pb[i-1]&pbTitleF != 0) && !t.IsUpper(i) && (gap == " " || abbrevTitles[t.Word(i-1)] && gap == ". "):
		// "fru hansen", "mrs okafor": in lower case a listed name that is no
		// word of any language and no place; "rektor per olsen": a first
		// name that is a word, with a surname after it.
		ni := p.info(t, i)
		if !ni.first && !ni.last || len(t.Folded(i)) < 3 || wordsNotNames[t.Word(i)] || t.Lang == "en" && enTitleStop[t.Word(i)] {
			return Span{}, 0, false // "fastlege enno": yet, in nynorsk
		}
		// A word of another language only is still the name after a
		// role ("assistenten hanne": a Swedish word).
		if honorifics[t.Folded(i-1)] && ni.last && !nameStop[t.Word(i)] && (i < 2 || !(pb[i-2]&pbKinOwner != 0)) {
			// "fru lund", "herr björk": after Mrs or Mr a listed surname is
			// the name even when it is a word ("min fru" is a wife).
			end := p.lowerSurname(t, i)
			return p.span(t, i, end, "person.title"), end, true
		}
		if ni.flags&(lf|flagPlace) != 0 || ni.flags&flagWords != 0 && (!ni.first || nameStop[t.Word(i)]) {
			end := i
			if ni.first {
				end = p.titleSurname(t, i, lf)
			}
			if end == i {
				return Span{}, 0, false
			}
			return p.span(t, i, end, "person.title"), end, true
		}
		end := p.lowerSurname(t, i)
		if end == i && ni.first {
			end = p.titleSurname(t, i, lf)
		}
		return p.span(t, i, end, "person.title"), end, true
	case (pb[i-1]&pbTitleF != 0) && t.IsUpper(i) && (!strings.ContainsAny(gap, ".!?\n,") ||
		abbrevTitles[t.Word(i-1)] && (gap == ". " || gap == ".") && !isAllUpper(t.Raw(i-1))) &&
		!(strings.Contains(gap, "(") && isAllUpper(t.Raw(i))):
		// "MS. Bota er ...": an abbreviation in capitals before a full stop
		// is an acronym ending its sentence, no title; an acronym in
		// brackets after a title is the title's ("sjuksköterskan (MAS)").
		rule = "person.title"
	case t.IsUpper(i) && p.parenName(t, i, gap):
		// "svigerfar (Kåre)", "samboeren min (Sol-Marie)": the relative's
		// name in brackets.
		rule = "person.title"
	case p.isKinship(t, i-1) && p.lowerParenName(t, i, gap):
		// "bestefar (kaare) har falt": in lower case too.
		return p.span(t, i, i, "person.title"), i, true
	case p.isKinship(t, i-1) && onlySpacesOrComma(gap):
		if !t.IsUpper(i) {
			// "min sønn oliver": in lower case only a first name that is
			// no word of the message's language; a listed surname joins it.
			if !p.lowerNameIn(t, i, lf) {
				return Span{}, 0, false
			}
			end := p.kinSurname(t, i, lf)
			return p.span(t, i, end, "person.title"), end, true
		}
		// "min søn Birith", "my son Jack": a capitalised word right after
		// a kinship word is the relative's name, listed or not, unless it
		// starts a sentence, is a known non-name or shouts (a place is
		// LOCATION's, which wins the overlap).
		if parentWords[t.Word(i-1)] && parentIdioms[t.Word(i)] {
			return Span{}, 0, false // "Mother's Day", "Father Christmas"
		}
		ni := p.info(t, i)
		if !ni.first && !ni.last && (sentStart(t, i) || hasKey(p.notNames, t.Word(i)) || isAllUpper(t.Raw(i)) ||
			runeCount(t.Raw(i)) < 3 || verbShaped(t.Word(i))) {
			return Span{}, 0, false
		}
		rule = "person.title"
	case (pb[i-1]&pbGreeting != 0) && !t.IsUpper(i) && onlySpacesOrComma(gap):
		// "hei kari": in lower case only a first name that is no word, or
		// any listed first name that ends the clause ("takk, siv!").
		if !p.lowerName(t, i) && !(p.looseFirst(t, i) && clauseEnd(t, i) && !greetAddress[t.Word(i)]) {
			return Span{}, 0, false
		}
		end := p.lowerSurname(t, i)
		if signWords[t.Word(i-1)] || thanksWords[t.Word(i-1)] {
			end = p.introSurname(t, i) // "thanks, michael okafor"
		}
		return p.span(t, i, end, "person.intro"), end, true
	case (pb[i-1]&pbGreeting != 0) && t.IsUpper(i) && onlySpacesOrComma(gap):
		// "Hi Sarah", and a first name that is a word with a surname after
		// it ("Many thanks, Tom Fairbairn").
		ni := p.info(t, i)
		if !ni.first || isWordIn(ni, lf) && !(i+1 < n && gapSpaces(t, i) && t.IsUpper(i+1) && !isAllUpper(t.Raw(i+1)) &&
			p.info(t, i+1).flags&lf == 0 && runeCount(t.Raw(i+1)) >= 3) {
			return Span{}, 0, false
		}
		rule = "person.intro"
	case signOff(t, i) && !t.IsUpper(i) && (strings.Contains(gap, "/") || dashGap(gap)):
		// "tack / anna", "//kari", "takk - ingvild": in lower case a first
		// name that is no word, or any listed first name last in the
		// message ("... /linnea").
		if !p.lowerName(t, i) && !(p.looseFirst(t, i) && clauseEnd(t, i) && i+2 >= n) {
			return Span{}, 0, false
		}
		end := p.lowerSurname(t, i) // "/ anders lundgren"
		return p.span(t, i, end, "person.intro"), end, true
	case signOff(t, i) && t.IsUpper(i):
		ni := p.info(t, i)
		if !ni.first {
			return Span{}, 0, false
		}
		rule = "person.intro"
	case t.IsUpper(i) && sentenceSign(t, i):
		// "kan dere hjelpe? Omar": a listed first name alone after the
		// last sentence signs the message, when it is no word and no place.
		ni := p.info(t, i)
		last := i+1 == n && onlySpacesOrPunct(t.Orig[t.Tokens[i].End:]) && runeCount(t.Raw(i)) >= 3
		if !ni.first || isWordIn(ni, lf) && !last || ni.flags&flagPlace != 0 || isAllUpper(t.Raw(i)) {
			// A word of the message's language ("... ring efter kl 15. Mette"
			// is Danish, "mette" Norwegian) signs only as the message's last
			// word ("... hvem kan hjelpe? Line").
			return Span{}, 0, false
		}
		rule = "person.intro"
	default:
		return Span{}, 0, false
	}
	if !p.nameToken(t, i, lf, !loose && rule != "person.intro") {
		return Span{}, 0, false
	}
	// "Hei Kommunebot", "hilsen Grimstad kommune": not a person.
	if strings.HasSuffix(t.Word(i), "bot") {
		return Span{}, 0, false
	}
	end := i
	for k := i + 1; k < n && k < i+4; k++ {
		if t.IsUpper(i) && middleInitial(t, k) && p.nameToken(t, k+1, lf, true) {
			end, k = k+1, k+1 // "Hans B. Kristoffersen"
			continue
		}
		if !gapSpaces(t, k-1) || !p.nameToken(t, k, lf, !loose || t.IsUpper(i)) {
			if loose && !t.IsUpper(i) && rule == "person.intro" {
				end = p.introSurname(t, end) // "jeg heter tomasz wiśniewski"
			}
			break
		}
		if raw := t.Raw(k); isAllUpper(raw) && runeCount(raw) > 1 {
			break // an acronym ends the name: "Birith ADHD"
		}
		if !t.IsUpper(k) && t.IsUpper(i) {
			break // "Ola skal": the name ended
		}
		end = k
	}
	if p.orgAfter(t, end) {
		return Span{}, 0, false
	}
	return p.span(t, i, end, rule), end, true
}

func onlySpacesOrComma(gap string) bool {
	return strings.Trim(gap, " ,") == ""
}

// slashBefore reports whether a slash stands between token i-1 and token i
// ("tack / anna", "hilsen //kari").
func slashBefore(t *Text, i int) bool {
	return strings.IndexByte(t.Orig[t.Tokens[i-1].End:t.Tokens[i].Start], '/') >= 0
}

// signOff reports whether token i stands where a message is signed: after
// "/" or "//" at a line start, or last in the message after a comma or line
// break ("Thanks, Olivia", "...\nKari").
func signOff(t *Text, i int) bool {
	gap := t.Orig[t.Tokens[i-1].End:t.Tokens[i].Start]
	if strings.HasSuffix(strings.TrimRight(gap, " "), "/") {
		return true
	}
	n := len(t.Tokens)
	last := i == n-1 || (i+1 < n && i+2 >= n && gapSpaces(t, i))
	if !last && !contactAfter(t, i) {
		return false
	}
	tail := strings.TrimSpace(t.Orig[t.Tokens[len(t.Tokens)-1].End:])
	return (strings.Contains(gap, ",") || strings.Contains(gap, "\n") || dashGap(gap)) && len(tail) <= 2
}

// unlistedFullName returns the last token of a name of two capitalised
// words from token i that no list holds as a word, a place or anything
// else, when a comma follows it ("I'm Oluwaseun Adeyemi, ...").
func (p *PersonDetector) unlistedFullName(t *Text, i int) (int, bool) {
	pb := t.Bits(p.idx)
	j := i + 1
	if j >= len(t.Tokens) || !gapSpaces(t, i) || !t.IsUpper(j) || !strings.HasPrefix(t.Orig[t.Tokens[j].End:], ",") {
		return 0, false
	}
	for _, k := range []int{i, j} {
		raw := t.Raw(k)
		if !isLetters(raw) || isAllUpper(raw) || runeCount(raw) < 3 || hasKey(p.notNames, t.Word(k)) ||
			strings.ContainsAny(raw, "-'’.") || (pb[k]&pbTitleF != 0) || (pb[k]&pbEnTitle != 0) {
			return 0, false
		}
		if ni := p.info(t, k); ni.flags&(flagPlace|flagWords) != 0 {
			return 0, false
		}
	}
	return j, true
}

// pairedFirst returns the index of a capitalised listed first name joined
// by "og", "and", "och" or "&" to the full name starting at token i ("Jens
// og Kirsten Dahl", "Daniel & Marcus Berg"), or -1.
func (p *PersonDetector) pairedFirst(t *Text, i int) int {
	k := i - 1
	if k >= 0 && conj[t.Word(k)] && gapSpaces(t, k) {
		k--
	} else if k < 0 || strings.TrimSpace(t.Orig[t.Tokens[k].End:t.Tokens[i].Start]) != "&" {
		return -1
	}
	if k < 0 || !t.IsUpper(k) || isAllUpper(t.Raw(k)) || k+1 < i && !gapSpaces(t, k) {
		return -1
	}
	if ni := p.info(t, k); !ni.first || ni.flags&flagPlace != 0 {
		return -1
	}
	return k
}

// contactAfter reports whether capitalised token i, or it and a
// capitalised word after it, stand before the contact details that end the
// message: "Kari, 99 88 77 66", "- Mark Jennings, mark@example.com".
func contactAfter(t *Text, i int) bool {
	if !t.IsUpper(i) {
		return false
	}
	if end := t.Tokens[i].End; end < len(t.Orig) && t.Orig[end] == ',' {
		return contactTail(t.Orig[end:])
	}
	return i+1 < len(t.Tokens) && gapSpaces(t, i) && t.IsUpper(i+1) && contactTail(t.Orig[t.Tokens[i+1].End:])
}

// dayRange reports whether token i ends a range of weekdays: "Mon–Thu",
// "man-tor", "mån–tors". A day's abbreviation may be a first name (Thu).
func dayRange(t *Text, i int) bool {
	// Most gaps are one space: one byte rules them out.
	g := t.Orig[t.Tokens[i-1].End:t.Tokens[i].Start]
	if len(g) == 0 || len(g) > 5 || len(g) == 1 && g[0] != '-' {
		return false
	}
	return dashGap(g) && weekdayWords[t.Word(i)] && weekdayWords[t.Word(i-1)]
}

// weekdayWords are the weekdays and their usual abbreviations in the five
// languages, lowercase.
var weekdayWords = setOf(
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"man", "tir", "ons", "tor", "tors", "fre", "lør", "lor", "søn", "son", "lau", "sun",
	"mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",
	"måndag", "tysdag", "laurdag", "sundag",
	"mån", "tis", "lör", "sön", "måndag", "tisdag", "lördag", "söndag")

// dashGap reports whether a gap holds a hyphen or dash: "takk – Alex".
func dashGap(gap string) bool {
	// One pass over the bytes: "–" and "—" are E2 80 93 and E2 80 94.
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case '-':
			return true
		case 0xE2:
			if i+2 < len(gap) && gap[i+1] == 0x80 && (gap[i+2] == 0x93 || gap[i+2] == 0x94) {
				return true
			}
		}
	}
	return false
}

// sentenceSign reports whether token i is the message's last word, alone
// after the end of a sentence: "kan dere hjelpe? Omar".
func sentenceSign(t *Text, i int) bool {
	if i == 0 || i != len(t.Tokens)-1 && !contactTail(t.Orig[t.Tokens[i].End:]) {
		return false
	}
	gap := strings.TrimRight(t.Orig[t.Tokens[i-1].End:t.Tokens[i].Start], " ")
	if gap == "" || !strings.ContainsAny(gap[len(gap)-1:], ".!?") {
		return false
	}
	return i != len(t.Tokens)-1 || len(strings.TrimSpace(t.Orig[t.Tokens[i].End:])) <= 2
}

// signature reports whether the full name from token i to end, listed
// surname last, alone after the message's last sentence signs it: "...
// hvis noe er uklart. Linnea Bakke".
func (p *PersonDetector) signature(t *Text, i, end int) bool {
	return i > 0 && end == len(t.Tokens)-1 && end-i <= 2 && onlySpacesOrPunct(t.Orig[t.Tokens[end].End:]) &&
		strings.ContainsAny(t.Orig[t.Tokens[i-1].End:t.Tokens[i].Start], ".!?\n") && p.info(t, end).last
}

// contactLabels name a contact detail or a date of birth before it.
var contactLabels = setOf("tel", "tlf", "telefon", "telephone", "phone", "ph", "mob", "mobil", "mobile", "nr", "no",
	"e-post", "epost", "email", "e-mail", "mail", "mejl", "fdato", "f.dato", "født", "f", "dob",
	"fnr", "personnr", "pnr", "cpr", "cpr-nr", "tlf.nr", "tlfnr")

// contactTail reports whether rest, what follows a signing name, is only a
// comma and a phone number or an e-mail address, perhaps labelled:
// "Gunnel, 0708-55 41 20", "Bo Lind, tlf 0708-55 41 20".
func contactTail(rest string) bool {
	rest, ok := strings.CutPrefix(strings.TrimLeft(rest, " "), ",")
	if !ok {
		return false
	}
	rest = strings.TrimSpace(rest)
	// A label before the detail: "tel 0047 ...", "fdato 07.11.1952".
	if sp := strings.IndexAny(rest, " :"); sp > 0 && contactLabels[strings.ToLower(strings.TrimRight(rest[:sp], "."))] {
		rest = strings.TrimSpace(strings.TrimLeft(rest[sp:], " :"))
	}
	if strings.Count(rest, "@") == 1 && !strings.ContainsAny(rest, " \t\n") {
		return true
	}
	digits := 0
	for _, c := range rest {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == ' ' || c == '-' || c == '+' || c == '(' || c == ')' || c == '.':
		default:
			return false
		}
	}
	return digits >= 6
}

// orgAfter reports whether the name ending at token end is part of an
// organisation's name ("Hansen AS", "Olsen Bygg").
func (p *PersonDetector) orgAfter(t *Text, end int) bool {
	if end+1 < len(t.Tokens) && t.Orig[t.Tokens[end].End:t.Tokens[end+1].Start] == " & " {
		// "Hansen & Dahl Rør AS": partners' names in a company's.
		for k := end + 1; k < len(t.Tokens) && k <= end+4 && t.IsUpper(k); k++ {
			if k > end+1 && orgSuffixes[t.Word(k)] {
				return true
			}
			if !gapSpaces(t, k) {
				break
			}
		}
	}
	if end+1 >= len(t.Tokens) || !gapSpaces(t, end) {
		return false
	}
	h := end + 1
	if romanNumeral(t.Raw(h)) && h+1 < len(t.Tokens) {
		h++ // "Christian IV gymnasium"
		if g := t.Orig[t.Tokens[h-1].End:t.Tokens[h].Start]; g != " " && g != ". " {
			return false
		}
	}
	if nameInstHeads[t.Folded(h)] {
		return true // "Sam Eyde vgs", "Fridtjof Nansen skole"
	}
	return h == end+1 && orgSuffixes[t.Word(h)] && (t.IsUpper(h) || len(t.Word(h)) <= 3 && !wordCompanyForms[t.Word(h)]) &&
		t.Word(h) != "og"
}

// tripleStops are words that are also first names and may start a sentence
// before a name: "Kan Kari Berg ringe?", "Min Anne Lise …".
var tripleStops = setOf("kan", "min", "mina", "mine", "mi", "alle", "jo", "vår", "even", "hans", "vil", "må",
	"skal", "får", "har", "ser", "dag", "sol", "storm", "lykke", "vi", "og", "men", "så")

// wordCompanyForms are company forms that are also verbs or adverbs in lower
// case: "Kari Nilsen sa at …" (said), "ba om" (asked), "da" (then). Only
// written in capitals do they make a company.
var wordCompanyForms = setOf("sa", "ba", "da")

// nameInstHeads follow a person's name in the name of a school, hospital,
// foundation or the like named after them: "Sam Eyde vgs", "Ole Vig
// videregående skole", "Henrik Ibsen Academy". The name is not a person.
var nameInstHeads = setOf("kommune", "kommunes", "kommun", "kommuns", "kommunen", "municipality",
	"vgs", "vgskole", "videregående", "vidaregåande", "skole", "skolen", "skule", "skulen",
	"skola", "skolan", "barneskole", "barneskule", "ungdomsskole", "ungdomsskule", "friskole", "friskola",
	"gymnas", "gymnasium", "gymnasiet", "gymnasie", "gymnasiums", "school", "academy", "akademi", "akademiet",
	"college", "høgskole", "høyskole", "högskola", "universitet", "university", "institutt", "instituttet",
	"institut", "institutet", "institute", "hospital", "hospitalet", "sykehus", "sjukehus", "sygehus",
	"sjukhus", "sjukhuset", "stiftelse", "stiftelsen", "fond", "fondet", "foundation", "senter",
	"senteret", "center", "centret", "centre", "centrum", "barnehage", "barnehagen", "børnehave", "förskola",
	"förskolan", "museum", "museet", "kulturhus", "kulturhuset", "hall", "hallen", "arena")

// romanNumeral reports whether raw is a regnal number: "IV", "XII".
func romanNumeral(raw string) bool {
	if raw == "" || len(raw) > 5 {
		return false
	}
	for i := 0; i < len(raw); i++ {
		if !strings.ContainsRune("IVXL", rune(raw[i])) {
			return false
		}
	}
	return true
}

// listedName finds a name from the lists at token i without an announcing
// context: a capitalised first name with surnames after it, or a single
// capitalised name mid-sentence.
func (p *PersonDetector) listedName(t *Text, i int, lf uint8) (Span, int, bool) {
	if !t.IsUpper(i) {
		return p.lowerFullName(t, i, lf)
	}
	if end := p.initialsName(t, i); end > i {
		return p.span(t, i, end, "person.full_name"), end, true
	}
	raw := t.Raw(i)
	if isAllUpper(raw) && runeCount(raw) > 1 {
		return Span{}, 0, false // acronyms
	}
	pb := t.Bits(p.idx)[i]
	if pb&pbGreeting != 0 && sentStart(t, i) && i+1 < len(t.Tokens) && gapSpaces(t, i) && t.IsUpper(i+1) {
		return Span{}, 0, false // "Hi Daniel,": a greeting, though Hi is a name
	}
	ni := p.info(t, i)
	if !ni.first && !ni.last || pb&pbOrgSuffix != 0 {
		return Span{}, 0, false
	}
	if objectNames[t.Word(i)] && p.objectContext(t, i) {
		return Span{}, 0, false // "på en Mac", "in Thai"
	}
	if i+1 < len(t.Tokens) && pagesWords[t.Word(i+1)] && pagesOwners[t.Word(i)] {
		return Span{}, 0, false // "Mina sidor", "Mine sider", nynorsk "Mi side": a web service
	}
	if p.genitiveKin(t, i) && !hasKey(p.notNames, t.Word(i)) && !(ni.flags&flagPlace != 0 && afterPlacePrep(t, i)) {
		return p.span(t, i, i, "person.first_name"), i, true // "Aksels mor": a relative has a person
	}
	init := sentStart(t, i)
	double := init && isWordIn(ni, lf) && p.doubleFirst(t, i, lf)
	if init && isWordIn(ni, lf) && ni.first && p.saidBy(t, i) {
		return p.span(t, i, i, "person.first_name"), i, true // "Olle på fritidsgården sa att ..."
	}
	if init && isWordIn(ni, lf) && !double && !(i+1 < len(t.Tokens) && gapSpaces(t, i) && t.IsUpper(i+1)) && !withMe(t, i) {
		return Span{}, 0, false // "Kan Marius ...": a word starting the sentence
	}
	if init && isWordIn(ni, lf) && withMe(t, i) && ni.first {
		return p.span(t, i, i, "person.first_name"), i, true // "Kim og jeg har adoptert ..."
	}
	// A place after a preposition of place is LOCATION's.
	if ni.flags&flagPlace != 0 && afterPlacePrep(t, i) {
		return Span{}, 0, false
	}
	// Full name: first name + (middle names or an initial) + surname.
	end := i
	if ni.first {
		for k := i + 1; k < len(t.Tokens) && k < i+4; k++ {
			if middleInitial(t, k) && k+1 < len(t.Tokens) {
				if nk := p.info(t, k+1); nk.last || surnameShaped(t.Word(k+1)) {
					end, k = k+1, k+1 // "Per K. Hansen"
					continue
				}
			}
			if !gapSpaces(t, k-1) || !t.IsUpper(k) {
				break
			}
			nk := p.info(t, k)
			lowk := t.Word(k)
			raw := t.Raw(k)
			// An unlisted capitalised word after a first name that is no
			// word: a surname the lists lack ("Emily Clarke").
			unknown := !nk.first && !nk.last && (surnameShaped(lowk) || !isWordIn(ni, lf)) &&
				!hasKey(p.notNames, lowk) && !isAllUpper(raw) && !sentStart(t, k)
			if !nk.first && !nk.last && !unknown {
				break
			}
			if nameStop[lowk] || isAllUpper(raw) || orgSuffixes[lowk] || nameInstHeads[lowk] {
				break
			}
			end = k
		}
	}
	if end > i {
		// A first name that is a word, at the start of a sentence ("My
		// Norwegian ID"), needs a listed surname that is no word, or the
		// writer naming themselves after it ("Per Ove Lund her", "Bo
		// Frederiksen hedder jeg").
		// So does a second first name that is no word and a surname after
		// it ("Bjørn Erik Dalen burde gå av"), unless the first word is a
		// verb, pronoun or determiner that is also a name ("Kan Kari Berg").
		triple := end == i+2 && !tripleStops[t.Word(i)] && p.info(t, i+1).first && !isWordIn(p.info(t, i+1), lf)
		if isWordIn(ni, lf) && init && !double && !triple && !selfNamed(t, end) && !contactAfter(t, i) && !p.signature(t, i, end) {
			if ne := p.info(t, end); !ne.last || isWordIn(ne, lf) {
				return Span{}, 0, false
			}
		}
		if p.orgAfter(t, end) {
			return Span{}, 0, false
		}
		return p.span(t, i, end, "person.full_name"), end, true
	}
	if init && !p.initName(t, i, ni) && !withMe(t, i) || isWordIn(ni, lf) && p.weakContext(t, i) && !contactArticle(t, i) {
		return Span{}, 0, false
	}
	if ni.flags&flagPlace != 0 && !ni.first {
		return Span{}, 0, false // a surname that is also a place: LOCATION's
	}
	if !ni.first && isWordIn(ni, lf) {
		return Span{}, 0, false // a surname alone that is a word ("Bostad", "Berg")
	}
	if !ni.first && i+1 < len(t.Tokens) && gapSpaces(t, i) && t.IsUpper(i+1) {
		return Span{}, 0, false // "Green Mobility": part of a longer proper name
	}
	if p.orgAfter(t, i) {
		return Span{}, 0, false
	}
	// After a capitalised word: part of a longer proper name ("Røde
	// Kors", "Kari Nordmann Stiftelse") unless that word is a name too.
	if i > 0 && gapSpaces(t, i-1) && t.IsUpper(i-1) && !sentStart(t, i-1) {
		return Span{}, 0, false
	}
	rule := "person.first_name"
	if !ni.first {
		rule = "person.surname"
	}
	return p.span(t, i, i, rule), i, true
}

// saidBy reports whether first name i, a word too, opening a sentence is
// the one who told the writer something: a verb of saying right after it
// ("Liv sa jeg skulle spørre her") or after where they are ("Olle på
// fritidsgården sa att ..."). Pronouns, quantifiers and kinship words that
// the name lists hold ("Han", "Alle", "Mor") are not.
func (p *PersonDetector) saidBy(t *Text, i int) bool {
	n := len(t.Tokens)
	if saidByStops[t.Word(i)] || p.isKinship(t, i) {
		return false
	}
	k := i + 1
	if k+2 < n && whereAfterName[t.Word(k)] && gapSpaces(t, k) && gapSpaces(t, k+1) && !t.IsUpper(k+1) {
		k += 2
	}
	if k >= n || !gapSpaces(t, k-1) || !sayingVerbs[t.Word(k)] {
		return false
	}
	// "Nu säger de", "Da sa hun": an adverb first, its subject after the verb.
	return k+1 >= n || !invertedSubjects[t.Word(k+1)]
}

var (
	sayingVerbs    = setOf("sa", "sier", "seier", "sagde", "siger", "sade", "säger", "said", "says", "told")
	whereAfterName = setOf("på", "i", "fra", "frå", "från", "hos", "ved", "vid", "at", "from")
	saidByStops    = setOf("han", "hon", "ho", "hun", "alle", "alla", "andre", "andra", "man", "de", "dei", "vi", "ni", "noen", "nokon", "några", "mange", "många",
		"nu", "nå", "no", "då", "da", "så", "her", "der", "här", "där", "sen", "then", "now", "også", "igjen", "igen")
	invertedSubjects = setOf("de", "dei", "dom", "han", "hun", "hon", "ho", "dere", "dokker", "ni", "they", "he", "she", "det", "den")
)

// agedPair reports whether first name i, followed by an age of one or two
// digits, is one of two names so given, joined by a conjunction or a
// comma: "noah 6 og ella 3", "emma 4, jonas 7". Months and weekdays the
// name lists hold ("may 5 and june 7") are not names.
func (p *PersonDetector) agedPair(t *Text, i int) bool {
	n := len(t.Tokens)
	aged := func(k int) bool {
		if k < 0 || k+1 >= n || !gapSpaces(t, k) {
			return false
		}
		w, a := t.Word(k), t.Word(k+1)
		return len(a) <= 2 && isDigits(a) && p.info(t, k).first && runeCount(w) >= 3 &&
			!nameStop[w] && !hasKey(p.notNames, w) && !p.isKinship(t, k)
	}
	// Two names, not one word twice ("sone 1 og sone 2"), one of them no
	// word of the language.
	two := func(a, b int) bool {
		lf := langWordFlag(t.Lang)
		return t.Word(a) != t.Word(b) && (!isWordIn(p.info(t, a), lf) || !isWordIn(p.info(t, b), lf))
	}
	joined := func(num, name int) bool { // the age at num, the other name at name
		if name == num+1 {
			return strings.TrimSpace(t.Orig[t.Tokens[num].End:t.Tokens[name].Start]) == ","
		}
		return name == num+2 && pairConj[t.Word(num+1)] && gapSpaces(t, num) && gapSpaces(t, num+1)
	}
	if !aged(i) {
		return false
	}
	for _, k := range []int{i + 2, i + 3} { // the pair's second name
		if aged(k) && joined(i+1, k) && two(i, k) {
			return true
		}
	}
	for _, k := range []int{i - 3, i - 2} { // its first name
		if aged(k) && joined(k+1, i) && two(k, i) {
			return true
		}
	}
	return false
}

// doubleFirst reports whether token i, the possessive "Hans" opening a
// sentence, is the first of two first names ("Hans Petter Moe ringte"): a
// possessive never stands before a name, so "Hans" + a first name that is
// no word is the common Nordic double name.
func (p *PersonDetector) doubleFirst(t *Text, i int, lf uint8) bool {
	if t.Word(i) != "hans" || i+1 >= len(t.Tokens) || !gapSpaces(t, i) || !t.IsUpper(i+1) || isAllUpper(t.Raw(i+1)) {
		return false
	}
	nk := p.info(t, i+1)
	return nk.first && !isWordIn(nk, lf)
}

// weakContext reports whether a name that is also a word stands where the
// word reading is likely: after a preposition or an article.
func (p *PersonDetector) weakContext(t *Text, i int) bool {
	if i == 0 {
		return true
	}
	w := t.Word(i - 1)
	return placePreps[w] || wordContext[w]
}

// bracketKin reports whether token i is a listed first name followed by a
// kinship word in brackets, with or without a possessive: "sofie (datteren
// min)", "Omar (my son)", "Ali (sønnen)".
func (p *PersonDetector) bracketKin(t *Text, i int) bool {
	pb := t.Bits(p.idx)
	n := len(t.Tokens)
	if i+1 >= n || t.Orig[t.Tokens[i+1].Start-1] != '(' || strings.TrimSpace(t.Orig[t.Tokens[i].End:t.Tokens[i+1].Start]) != "(" {
		return false
	}
	k := i + 1
	if (pb[k]&pbKinOwner != 0) && k+1 < n && gapSpaces(t, k) {
		k++
	}
	if !p.isKinship(t, k) {
		return false
	}
	if k+1 < n && gapSpaces(t, k) && (pb[k+1]&pbKinOwner != 0) {
		k++
	}
	if k+1 < n && strings.IndexByte(t.Orig[t.Tokens[k].End:t.Tokens[k+1].Start], ')') < 0 ||
		k+1 == n && strings.IndexByte(t.Orig[t.Tokens[k].End:], ')') < 0 {
		return false
	}
	ni := p.info(t, i)
	return ni.first && !p.isKinship(t, i) && !nameStop[t.Word(i)]
}

// appositive reports whether lowercase token i (and a listed first name
// after it) stands between commas right after a kinship word, a role or a
// possessive after one, or a name found: "sønnen vår, rune, sa",
// "naboen, kari, klaga", "til ingeborg, brage, har". It returns the last
// token of the name.
func (p *PersonDetector) appositive(t *Text, i int, lf uint8) (int, bool) {
	pb := t.Bits(p.idx)
	n := len(t.Tokens)
	if i < 1 || i+1 >= n || strings.TrimSpace(t.Orig[t.Tokens[i-1].End:t.Tokens[i].Start]) != "," {
		return 0, false
	}
	j := i
	if j+1 < n && gapSpaces(t, j) && !t.IsUpper(j+1) && len(t.Folded(j+1)) >= 3 && !nameStop[t.Word(j+1)] && p.info(t, j+1).first {
		j++ // "gunn tove"
	}
	if j+1 >= n || strings.TrimSpace(t.Orig[t.Tokens[j].End:t.Tokens[j+1].Start]) != "," {
		return 0, false
	}
	ni := p.info(t, i)
	if !ni.first || len(t.Folded(i)) < 3 || nameStop[t.Word(i)] || p.isKinship(t, i) {
		return 0, false
	}
	k := i - 1
	kin := p.isKinship(t, k) || (pb[k]&pbKinOwner != 0) && k > 0 && p.isKinship(t, k-1) // "sønnen vår, rune"
	if !kin && !(pb[k]&pbTitleF != 0) && !p.lowerName(t, k) {
		return 0, false
	}
	if isWordIn(ni, lf) && !p.lowerName(t, i) && (!kin || j+2 < n && (pb[j+1]&pbPairConj != 0)) {
		// A word of the language needs the kinship word right before it
		// ("naboen, bo, ..." would be a verb list otherwise), and no
		// conjunction after it: "to mænd, gift, og ..." is a list.
		return 0, false
	}
	return j, true
}

// lowerDoubleFirst reports whether lowercase token i is a double first name
// joined by a hyphen, every part a listed first name of two letters or
// more, and at least one part no word of any language or every part of
// three letters or more ("marit-elise", "per-olof", "stein-are").
func (p *PersonDetector) lowerDoubleFirst(t *Text, i int) bool {
	w := t.Word(i)
	h := strings.IndexByte(w, '-')
	if h < 2 || h > len(w)-3 || strings.Count(w, "-") > 2 {
		return false
	}
	if weekdayWords[w[:h]] && weekdayWords[w[h+1:]] {
		return false // "man-tor": a range of days
	}
	noWord, long := false, true
	for part := range strings.SplitSeq(w, "-") {
		e := p.names.first.Lookup(part)
		if e == nil || runeCount(part) < 2 {
			return false
		}
		noWord = noWord || p.names.first.flags[e]&(flagWords|flagPlace) == 0
		long = long && runeCount(part) >= 3
	}
	return noWord || long
}

// introNotNames say what a name is like after "my name is", "navnet mitt
// er" ("different", "feilstavet", "registrert feil"), beside rightWrong
// and the adverbs of introStop ("still", "fortsatt").
var introNotNames = setOf("different", "difficult", "hard", "long", "short", "unusual", "common", "spelled", "spelt",
	"misspelled", "misspelt", "incorrect", "changed", "missing", "not", "the", "a", "an", "listed", "written",
	"registered", "annerledes", "anderledes", "annorlunda", "feilstavet", "feilskrevet", "endret", "endra", "ändrat",
	"ændret", "ikke", "ikkje", "inte", "skrevet", "skrive", "skrivet", "registrert", "registrerat", "registreret",
	"langt", "kort", "vanskelig", "vanskeleg", "svårt", "svært", "being", "been", "mine", "yours", "hers", "his",
	"fremdeles", "correct", "in", "on",
	// Insults a bullied child is called: "kallas idiot på rasten", "blir kalt feit".
	"bög", "bøg", "homo", "homse", "lesbe", "flata", "hora", "hore", "luder", "idiot", "feit", "fet", "tjock", "tykk",
	"stygg", "ful", "dum", "teit", "loser", "freak", "fat", "ugly", "stupid", "gay")

// introAdverbs stand between a verb of naming and the name: "heter visst",
// "hedder faktisk", "heter egentlig".
var introAdverbs = setOf("visst", "visstnok", "vistnok", "nok", "vel", "egentlig", "egentligen", "faktisk", "faktiskt",
	"altså", "alltså", "bare", "bara", "berre", "også", "ogsa", "og", "no", "nå", "nu", "da", "ju")

// contactArticle reports whether an article after a phrase of talking to
// someone stands before token i: "pratade med en Lena", "snakket med ei
// Kari", "spoke to a Maria" (a person of that name).
func contactArticle(t *Text, i int) bool {
	if i < 2 || !gapSpaces(t, i-1) {
		return false
	}
	switch t.Word(i - 1) {
	case "en", "ei", "a", "one":
		return contactSet.endsAt(t, i-1)
	}
	return false
}

// objectNames are first names that also name a thing or a language: "en
// Mac", "snakker Thai", "a Hindi interpreter".
var objectNames = setOf("mac", "thai", "hindi", "sami", "urdu", "tamil")

// objectContext reports whether an object name at token i is the thing:
// after an article, a preposition, a possessive or a verb of speaking, or
// before a word of use ("Thai tolk", "Mac support").
func (p *PersonDetector) objectContext(t *Text, i int) bool {
	if p.weakContext(t, i) || thingBefore[t.Word(i-1)] {
		return true
	}
	return i+1 < len(t.Tokens) && gapSpaces(t, i) && thingAfter[t.Word(i+1)]
}

// thingBefore and thingAfter are the words around a language or a product
// rather than a person: "min Mac", "speaks Thai", "Thai interpreter".
var (
	thingBefore = setOf("min", "mi", "mitt", "din", "my", "your", "our", "vår", "ny", "nye", "new", "gammel",
		"gamle", "old", "speak", "speaks", "spoke", "speaking", "snakker", "snakke", "snakka", "snakket",
		"talar", "tala", "talade", "taler", "tale", "talte", "pratar", "prata", "pratade", "forstår", "förstår",
		"understand", "understands", "translate", "translated", "oversette", "oversatt", "översätta", "oversætte")
	thingAfter = setOf("tolk", "tolken", "tolking", "tolkning", "interpreter", "interpreting", "translator",
		"translation", "restaurant", "restaurang", "mat", "food", "massasje", "massage", "kurs", "course", "class",
		"lessons", "språk", "language", "speaker", "speaking", "talende", "talande", "support", "version", "versjon",
		"maskin", "computer", "laptop", "pc", "user", "bruker")
)

// wordContext are words after which a capitalised word-name is the word:
// articles, prepositions of time, numbers' companions ("i May", "the Will").
var wordContext = setOf("the", "a", "an", "en", "ei", "et", "ett", "den", "det", "de", "per", "hver", "every",
	"in", "on", "of", "for", "by", "with", "om", "av", "ved", "kl", "klokka", "klokken")

// lowerFullName finds a full name written in lower case: a listed first
// name that is no word of any language and no place, then a listed surname
// of three letters or more. After such a first name the surname may also be
// a word or a place ("olav bakke", "kari berg"); the function words of
// nameStop stay out ("kari har").
func (p *PersonDetector) lowerFullName(t *Text, i int, lf uint8) (Span, int, bool) {
	if i+1 >= len(t.Tokens) || t.IsUpper(i+1) || !gapSpaces(t, i) {
		return Span{}, 0, false
	}
	if !p.lowerName(t, i) {
		// "vi snakket med per haugland": a first name that is a word too,
		// before a listed surname of six letters or more that is no word,
		// place or first name.
		if len(t.Folded(i)) < 3 || t.Bits(p.idx)[i]&pbFirst == 0 || nameStop[t.Word(i)] || wordsNotNames[t.Word(i)] ||
			!isLetters(t.Raw(i)) || !p.info(t, i).first {
			return Span{}, 0, false
		}
		if t.Bits(p.idx)[i+1]&pbPlainLast == 0 || nameStop[t.Word(i+1)] || !isLetters(t.Raw(i+1)) {
			return Span{}, 0, false
		}
		return p.span(t, i, i+1, "person.full_name"), i + 1, true
	}
	a := p.info(t, i)
	if !a.first || a.flags&(flagWords|flagPlace) != 0 || nameStop[t.Word(i)] {
		return Span{}, 0, false
	}
	b := p.info(t, i+1)
	if !b.last || nameStop[t.Word(i+1)] || len(t.Folded(i+1)) < 3 {
		return Span{}, 0, false
	}
	// A middle name: "ole martin lund", the surname a word too.
	if k := i + 2; b.first && k < len(t.Tokens) && gapSpaces(t, i+1) && !t.IsUpper(k) && len(t.Folded(k)) >= 3 &&
		!nameStop[t.Word(k)] && p.info(t, k).last {
		return p.span(t, i, k, "person.full_name"), k, true
	}
	return p.span(t, i, i+1, "person.full_name"), i + 1, true
}

// kinOwners are the possessives before a kinship word: "min kone helle",
// "my son will", "vores datter liv".
var kinOwners = setOf("min", "mi", "mitt", "mine", "din", "di", "ditt", "dine", "vår", "vårt", "våre", "vores",
	"jeres", "hans", "hennes", "hendes", "hennar", "deres", "deras", "dykkar", "sin", "si", "my", "your", "our",
	"his", "her", "their")

// kinVerbAfter are words after a name-shaped word that make it a verb:
// "my son will be", "min mor kan ikke", "my wife may not".
var kinVerbAfter = setOf("be", "have", "ha", "være", "vere", "vera", "vara", "få", "not", "ikke", "ikkje", "inte",
	"ikk", "never", "aldri", "aldrig", "also", "too", "meg", "mig", "me", "deg", "dig", "you", "oss", "os", "us",
	"ham", "honom", "him", "henne", "her", "dem", "them", "it", "det", "den", "seg", "sig")

// looseFirst reports whether lowercase token i is a listed first name of
// three letters or more that no function word, kinship word, title or
// greeting spells, even one that is a word or a place. Only a strong
// context lets such a name through.
func (p *PersonDetector) looseFirst(t *Text, i int) bool {
	w := t.Word(i)
	if len(t.Folded(i)) < 3 || t.IsUpper(i) || nameStop[w] || pairStop[w] || strongVerbs[w] || p.isKinship(t, i) ||
		(t.Bits(p.idx)[i]&pbTitleF != 0) || greetings[w] || signWords[w] || hasKey(p.notNames, w) || !isLetters(t.Raw(i)) {
		return false
	}
	return p.names.first.lookupTok(t, i) != nil
}

// kinName reports whether lowercase token i, after a kinship word and a
// possessive, is the relative's name: a listed first name; after one that
// is a word of the message's language the next word must make it a subject ("min datter liv er syk"), not a
// verb or a noun phrase ("my son will be", "min far per telefon").
func (p *PersonDetector) kinName(t *Text, i int, lf uint8) bool {
	if !p.looseFirst(t, i) || strongVerbs[t.Word(i)] {
		return false // "min svigerfar sad og ventede": a verb
	}
	if kinAdverbs[t.Word(i)] || introStop[t.Word(i)] {
		// "my mum back in Nigeria": where the relative is; "at vores søn
		// nok er autist": an adverb of the clause, though lists hold Nok.
		return false
	}
	if w := t.Word(i); len(w) >= 6 && (strings.HasSuffix(w, "ende") || strings.HasSuffix(w, "ande")) && p.info(t, i).flags&flagWords != 0 {
		return false // "de har sin far boende": a participle, how the relative is
	}
	if t.Lang == "en" && (saidVerbs[t.Word(i)] || enVerbsAfterName[t.Word(i)] || enTitleStop[t.Word(i)]) {
		// "my neighbour said so": the relative's verb, though Said is a
		// name; "my daughter are still there": a function word, though
		// Are is a Norwegian name.
		return false
	}
	e := p.names.first.lookupTok(t, i)
	if p.names.first.flags[e]&lf == 0 {
		return true
	}
	if clauseEnd(t, i) || ageAfter(t, i) {
		return true
	}
	if !gapSpaces(t, i) || t.IsUpper(i+1) {
		return false
	}
	nx := t.Word(i + 1)
	if kinVerbAfter[nx] || t.Lang == "en" && enSubjects[nx] {
		return false // "my sister said i can't", "his neighbour said he": a verb before the pronoun
	}
	return nameStop[nx] || strongVerbs[nx] || verbShaped(nx) || p.info(t, i+1).last ||
		t.Lang == "en" && enVerbsAfterName[nx] && !enVerbsAfterName[t.Word(i)] // not "my daughter just came"
}

// nordicGenitiveKin reports whether w is a kinship word in the genitive
// ("sin brors tomt", "min mors hus"): what follows is the relative's, no
// name.
func nordicGenitiveKin(w string) bool {
	return len(w) > 3 && w[len(w)-1] == 's' && kinship[w[:len(w)-1]]
}

// kinAdverbs say where or when a relative is, right after the kinship word
// ("my mum back in Nigeria", "my dad home alone"), though name lists hold
// some of them ("Back").
var kinAdverbs = setOf("back", "home", "here", "there", "now", "still", "again", "alone", "abroad", "overseas")

// enSubjects are English subject pronouns: a word between a relative and
// one is a verb.
var enSubjects = setOf("i", "he", "she", "they", "we", "you", "it")

// ageAfter reports whether an age in brackets follows token i: "dattera
// mi liv (14)", "our daughter ruby (7)".
func ageAfter(t *Text, i int) bool {
	if i+1 >= len(t.Tokens) || strings.TrimSpace(t.Orig[t.Tokens[i].End:t.Tokens[i+1].Start]) != "(" {
		return false
	}
	w := t.Word(i + 1)
	return len(w) <= 3 && isDigits(w)
}

// foreignFullName returns the last token of a full name of two to four
// capitalised words starting at token i, one of which has a letter of
// another Latin alphabet: "Małgorzata Wiśniewska", "Trần Văn Hùng".
func foreignFullName(t *Text, i int) (int, bool) {
	if !t.IsUpper(i) || i > 0 && t.IsUpper(i-1) && gapSpaces(t, i-1) {
		return 0, false
	}
	// Most capitalised words and those after them are ASCII: one byte scan
	// each and they are done.
	plain := true
	for k := i; plain && k < len(t.Tokens) && k < i+4 && t.IsUpper(k); k++ {
		plain = isASCII(t.Raw(k))
	}
	if plain {
		return 0, false
	}
	end, foreign := i, false
	for k := i; k < len(t.Tokens) && k < i+4 && t.IsUpper(k) && (k == i || gapSpaces(t, k-1)); k++ {
		raw := t.Raw(k)
		if isAllUpper(raw) || strings.ContainsAny(raw, "0123456789@") {
			break
		}
		foreign = foreign || foreignLetters(t.Word(k))
		end = k
	}
	return end, foreign && end > i
}

// commaAge reports whether a comma and an age follow token i: "jeg er
// aurora, 15 år", "i'm will, 17 years old".
func commaAge(t *Text, i int) bool {
	n := len(t.Tokens)
	if i+2 >= n || strings.TrimSpace(t.Orig[t.Tokens[i].End:t.Tokens[i+1].Start]) != "," || !gapSpaces(t, i+1) {
		return false
	}
	w, u := t.Word(i+1), t.Word(i+2)
	return len(w) <= 2 && isDigits(w) && (u == "år" || u == "aar" || u == "years" || u == "year" || u == "yo" || u == "y/o")
}

// ageNear reports whether a child's age or class follows token i: "far
// til liv på 4", "pappa till stig 5 år", "mor til ask (3)", "mamma till
// ebba i 4c".
func ageNear(t *Text, i int) bool {
	n := len(t.Tokens)
	if ageAfter(t, i) {
		return true
	}
	if i+1 >= n || !gapSpaces(t, i) {
		return false
	}
	w := t.Word(i + 1)
	if isDigits(w) && len(w) <= 2 {
		return i+2 < n && gapSpaces(t, i+1) && (t.Word(i+2) == "år" || t.Word(i+2) == "years" || t.Word(i+2) == "mdr" || t.Word(i+2) == "måneder")
	}
	if (w == "på" || w == "pa") && i+2 < n && gapSpaces(t, i+1) {
		a := t.Word(i + 2)
		return len(a) <= 2 && isDigits(a)
	}
	return false
}

// childOf reports whether token i follows a kinship word and "til"/"to"
// ("mor til", "pappa till", "mother of"), one space apart each.
func (p *PersonDetector) childOf(t *Text, i int) bool {
	switch t.Word(i - 1) {
	case "til", "till", "åt", "of":
	default:
		return false
	}
	return gapSpaces(t, i-1) && gapSpaces(t, i-2) && p.isKinship(t, i-2)
}

// saidVerbs follow a role as its verb, no name: "her colleague said".
var saidVerbs = setOf("said", "says", "told", "asked", "wrote", "called", "thinks", "thought", "replied", "answered")

// enVerbsAfterName are English verbs and adverbs that follow a person's
// name as its subject: "my partner mark uses a wheelchair", "my neighbour
// bill keeps parking".
var enVerbsAfterName = setOf("is", "was", "has", "had", "uses", "used", "keeps", "kept", "lives", "lived", "drinks",
	"works", "worked", "goes", "went", "wants", "needs", "gets", "got", "takes", "comes", "came", "can't", "won't",
	"doesn't", "isn't", "wasn't", "hasn't", "just", "always", "never", "still", "also", "and", "who", "says", "said")

// kinSurname returns the last token of a lowercase name whose first name
// is token i after a strong context: a listed surname joins it unless it
// is a word of the language shaped like a verb ("min mor karin lindqvist",
// not "min mor karin ringer").
func (p *PersonDetector) kinSurname(t *Text, i int, lf uint8) int {
	end := p.lowerSurname(t, i)
	if end == i {
		return i
	}
	if w := t.Word(end); strongVerbs[w] || englishVerbs[w] || isWordIn(p.info(t, end), lf) && (verbShaped(w) || strings.HasSuffix(w, "ed")) {
		return i
	}
	return end
}

// englishVerbs are English verb forms the surname lists hold: "dr patel
// said", "mrs okafor rang".
var englishVerbs = setOf("said", "says", "rang", "told", "wrote", "sent", "came", "went", "gave", "took", "left",
	"made", "asked", "called", "will", "may", "can", "should", "would", "could", "might", "must", "does", "did")

// greetAddress are words of address that the name lists hold: "thanks
// mate!", "hei kompis", "tack älskling".
var greetAddress = setOf("mate", "love", "man", "guy", "guys", "pal", "dear", "darling", "honey", "baby", "babe",
	"sunshine", "angel", "kid", "lady", "ladies", "sir", "boss", "buddy", "bro", "dude", "folks", "alle", "alla",
	"kompis", "venn", "vennen", "ven", "vän", "vännen", "skatt", "skatten", "älskling", "kjære", "kære", "sjef")

// clauseEnd reports whether token i ends its clause: punctuation or a line
// break after it, or the end of the message.
func clauseEnd(t *Text, i int) bool {
	if i+1 >= len(t.Tokens) {
		return true
	}
	gap := strings.TrimLeft(t.Orig[t.Tokens[i].End:t.Tokens[i+1].Start], " ")
	return gap != "" && strings.ContainsAny(gap[:1], ".!?,;:\n")
}

// englishTitles are the English titles before a surname: "mrs okafor".
var englishTitles = setOf("mr", "mrs", "ms", "miss", "dr", "mx")

// englishTitleName reports whether lowercase token i after an English
// title is a name: a listed name that is no function word anywhere; in an
// English message any word of letters that is no function word. "mr", "ms"
// and "dr" are also MR, MS and DR in Nordic text, and "miss" a verb, so
// there an unlisted word is not enough.
func (p *PersonDetector) englishTitleName(t *Text, i int, lf uint8) bool {
	w := t.Word(i)
	if runeCount(w) < 2 || nameStop[w] || pairStop[w] || hasKey(p.notNames, w) || !isLetters(t.Raw(i)) ||
		p.isKinship(t, i) || (t.Bits(p.idx)[i]&pbTitleF != 0) || strings.ContainsAny(w, "-'") || enVerbsAfterName[w] || saidVerbs[w] {
		return false
	}
	if t.Lang == "en" && enTitleStop[w] {
		return false // "calling me Mr on the phone": a word of the sentence, no surname
	}
	title := t.Word(i - 1)
	if ni := p.info(t, i); (ni.first || ni.last) && !(title == "miss" && isWordIn(ni, lf)) {
		return true
	}
	if t.Lang != "en" {
		return false
	}
	// "i miss home": a verb unless it opens the sentence or follows "dear".
	return title != "miss" || i == 1 || sentStart(t, i-1) || t.Word(i-2) == "dear"
}

// enTitleStop are English words that may follow a title without being a
// surname: prepositions, articles, pronouns, conjunctions, adverbs of time.
var enTitleStop = setOf("on", "in", "at", "to", "for", "of", "by", "with", "from", "into", "about", "over", "off", "up",
	"out", "the", "a", "an", "and", "or", "but", "so", "is", "was", "are", "were", "be", "it", "he", "she", "they", "we",
	"you", "i", "me", "my", "his", "her", "our", "their", "again", "instead", "too", "then", "now", "today", "yesterday",
	"tomorrow", "here", "there", "yet", "still", "all", "every", "when", "if", "because", "as", "not", "no", "yes")

// signedBefore reports whether the name that ends at token i-2 signs the
// message: a sign-off word stands before it ("mvh kristin og bjørn").
func (p *PersonDetector) signedBefore(t *Text, i int, spans []Span) bool {
	start := spans[len(spans)-1].Start
	for k := i - 2; k >= 1 && k >= i-5; k-- {
		if t.Tokens[k].Start == start {
			return signWords[t.Word(k-1)]
		}
	}
	return false
}
