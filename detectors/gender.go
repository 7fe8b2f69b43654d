package detectors

import (
	"embed"
	"fmt"
	"sort"
	"strings"
)

// genderCodeVersion names the code of this detector's rules; bump it when they change,
// so Engine.Version() changes and stored messages are re-masked (the data and
// context rules are hashed into the version already).
const genderCodeVersion = "gender-62"

//go:embed data/gender/*.tsv data/gender/*.txt
var genderData embed.FS

// GenderDetector finds words that reveal a person's gender (detection.md, GENDER):
// gender nouns and adjectives, gendered family and relationship words,
// titles, gender identity and third-person singular pronouns, in nb, nn, da,
// sv and en, with their inflections and compounds (sønnen, datra,
// svigermor, småjenta). Ambiguous words (her, man, men, far, ham, kar) are
// weak spans decided by its ContextRules.
type GenderDetector struct {
	// exact indexes the lowercase forms, for tokens with non-ASCII letters;
	// fold indexes the folded forms, for plain-ASCII tokens ("sonnen").
	exact, fold map[string]*gForm
	// exactHeads and foldHeads index the forms that may end a compound by
	// their last three bytes.
	exactHeads, foldHeads map[uint32][]gHead
	// stems are word beginnings (transkjønn...) by first byte.
	stems *[256][]gStem
	// firsts are word beginnings of compounds about the person (mammakaffe).
	firsts  *[256][]gStem
	exclude map[string]bool
	// notEnglish are Nordic forms that are English words (gutter, modern):
	// not matched in a message in English.
	notEnglish map[string]bool
	// plainStop are plain-letter tokens that are other words although
	// they fold to a gendered one (broer, bridges, is no bror).
	plainStop map[string]bool
	// excludeEnd are the exclusions that also end longer words (tumor).
	excludeEnd map[string]bool
	kw         []string
	version    string
	// looked caches classify by token (memo.go), for Nordic text and for
	// English text.
	looked [2]*wordMemo[gLook]
}

// genderMemoBits sizes each cache of classify (2^13 slots).
const genderMemoBits = 13

var _ Detector = (*GenderDetector)(nil)
var _ ContextRuler = (*GenderDetector)(nil)
var _ Versioner = (*GenderDetector)(nil)

type gForm struct {
	rule     string // full rule id, e.g. gender.kinship
	weak     string // context rule key, "" when strong
	nocap    bool
	needName bool
	needDot  bool
	en       bool   // an English word: may end or start a compound in English text
	enOnly   bool   // also a Nordic word (bro, gran): matched in English text only
	lemma    string // folded lemma, for the compound exclusions
}

type gHead struct {
	form     string
	info     *gForm
	prefixes map[string]bool // nil: any first part of minHeadPrefix bytes
}

type gStem struct {
	stem string
	info *gForm
}

// minHeadPrefix is the shortest first part, in bytes, of a compound with a
// gendered head (ste+mor, små+jente).
const minHeadPrefix = 3

// maxGenderToken bounds the length of a token the detector looks at.
const maxGenderToken = 64

// NewGender loads the embedded word lists.
func NewGender() (*GenderDetector, error) {
	g := &GenderDetector{
		looked: [2]*wordMemo[gLook]{newWordMemo[gLook](genderMemoBits), newWordMemo[gLook](genderMemoBits)},
		exact:  make(map[string]*gForm), fold: make(map[string]*gForm),
		exactHeads: make(map[uint32][]gHead), foldHeads: make(map[uint32][]gHead),
		stems: new([256][]gStem), firsts: new([256][]gStem), exclude: make(map[string]bool), excludeEnd: make(map[string]bool),
		notEnglish: make(map[string]bool), plainStop: make(map[string]bool),
	}
	var h wlVersion
	stop := make(map[string]bool)
	for _, f := range []struct {
		path  string
		into  map[string]bool
		plain bool // keys as written, not folded
	}{{"data/gender/not_compounds.txt", g.exclude, false}, {"data/gender/fold_stop.txt", stop, false},
		{"data/gender/not_english.txt", g.notEnglish, false}, {"data/gender/plain_stop.txt", g.plainStop, true}} {
		lines, err := wlRead(genderData, f.path, 1, &h)
		if err != nil {
			return nil, err
		}
		for _, l := range lines {
			w := lowerSameLen(l.cols[0])
			if f.plain {
				f.into[w] = true
				continue
			}
			if strings.HasPrefix(w, "-") {
				g.excludeEnd[Fold(w[1:])] = true
				w = w[1:]
			}
			f.into[Fold(w)] = true
		}
	}
	const path = "data/gender/words.tsv"
	lines, err := wlRead(genderData, path, 5, &h)
	if err != nil {
		return nil, err
	}
	var kws []string
	exactASCII := make(map[string]bool) // fold keys owned by an ASCII form
	for _, l := range lines {
		lemma := lowerSameLen(l.cols[0])
		rule := l.col(1)
		switch rule {
		case "noun", "kinship", "title", "identity", "pronoun":
		default:
			return nil, fmt.Errorf("detectors: word list %s:%d: unknown rule %q", path, l.no, rule)
		}
		forms, par, ok := wlForms(l)
		if !ok {
			return nil, fmt.Errorf("detectors: word list %s:%d: unknown paradigm %q", path, l.no, par)
		}
		fl := wlFlags(l.col(3))
		info := &gForm{rule: "gender." + rule, weak: fl["weak"], lemma: Fold(lemma)}
		_, info.nocap = fl["nocap"]
		_, info.needName = fl["needname"]
		_, info.needDot = fl["needdot"]
		_, info.en = fl["en"]
		_, info.enOnly = fl["enonly"]
		for k := range fl {
			switch k {
			case "weak", "nocap", "needname", "needdot", "head", "headw", "prefix", "first", "en", "enonly":
			default:
				return nil, fmt.Errorf("detectors: word list %s:%d: unknown flag %q", path, l.no, k)
			}
		}
		if _, ok := fl["weak"]; ok && info.weak == "" {
			return nil, fmt.Errorf("detectors: word list %s:%d: weak flag without a key", path, l.no)
		}
		_, isPrefix := fl["prefix"]
		_, isFirst := fl["first"]
		if isPrefix || isFirst {
			into := g.stems
			if isFirst {
				into = g.firsts
			}
			into[lemma[0]] = append(into[lemma[0]], gStem{lemma, info})
			if f := Fold(lemma); f != lemma {
				into[f[0]] = append(into[f[0]], gStem{f, info})
			}
			kws = append(kws, lemma)
			continue
		}
		var prefixes map[string]bool
		_, head := fl["head"]
		if w, ok := fl["headw"]; ok {
			head = true
			prefixes = make(map[string]bool)
			for _, p := range wlSplit(w, "|") {
				p = lowerSameLen(p)
				prefixes[p] = true
				prefixes[Fold(p)] = true
			}
		}
		for _, f := range forms {
			if f == "" {
				continue
			}
			kws = append(kws, f)
			if _, dup := g.exact[f]; !dup {
				g.exact[f] = info
			}
			fk := Fold(f)
			ascii := isASCII(f)
			switch {
			case ascii && !exactASCII[fk]:
				g.fold[fk] = info
				exactASCII[fk] = true
			case !ascii && !stop[fk]:
				if _, dup := g.fold[fk]; !dup {
					g.fold[fk] = info
				}
			}
			if head && len(f) >= 3 {
				g.exactHeads[wlLast3(f)] = append(g.exactHeads[wlLast3(f)], gHead{f, info, prefixes})
				if ascii || !stop[fk] {
					g.foldHeads[wlLast3(fk)] = append(g.foldHeads[wlLast3(fk)], gHead{fk, info, prefixes})
				}
			}
		}
	}
	// Longest head first, so a compound takes its longest gendered ending.
	for _, m := range []map[uint32][]gHead{g.exactHeads, g.foldHeads} {
		for k, hs := range m {
			sort.SliceStable(hs, func(i, j int) bool { return len(hs[i].form) > len(hs[j].form) })
			m[k] = hs
		}
	}
	g.kw = wlKeywords(append(kws, binaryWords...))
	g.version = genderCodeVersion + "-" + h.sum(fmt.Sprint(g.ContextRules()))
	return g, nil
}

func wlLast3(s string) uint32 {
	n := len(s)
	return uint32(s[n-3])<<16 | uint32(s[n-2])<<8 | uint32(s[n-1])
}

// Name implements Detector.
func (g *GenderDetector) Name() string { return "gender" }

// Keywords implements Detector: every form and stem, as substrings, so
// compounds (svigermor) wake the detector through their gendered part.
func (g *GenderDetector) Keywords() []string { return g.kw }

// Version implements Versioner: a hash of the embedded word lists and rules.
func (g *GenderDetector) Version() string { return g.version }

// Detect implements Detector.
func (g *GenderDetector) Detect(t *Text) []Span { return g.appendSpans(t, nil) }

// appendSpans implements spanAppender.
func (g *GenderDetector) appendSpans(t *Text, out []Span) []Span {
	shout := -1 // computed when first needed
	isShout := func() bool {
		if shout < 0 {
			shout = 0
			if shouting(t.Orig) {
				shout = 1
			}
		}
		return shout == 1
	}
	// In English text only English words make compounds: "accountant"
	// is no Swedish "tant", "enamor" no "mor".
	english := t.Lang == "en"
	memo := g.looked[0]
	if english {
		memo = g.looked[1]
	}
	for i := range t.Tokens {
		w := t.Word(i)
		if len(w) > maxGenderToken || len(w) < 2 {
			continue
		}
		if w[0] == 'b' && i > 0 && notBinary(t, i) {
			// "ikke binær", "non binary": written in two words.
			out = append(out, Span{Start: t.Tokens[i-1].Start, End: t.Tokens[i].End, Category: Gender, Rule: "gender.identity"})
			continue
		}
		sum := t.WordSum(i)
		c, ok := memo.lookup(sum)
		if !ok {
			c, ok = memo.lookupOther(sum)
		}
		if !ok {
			c = g.classify(w, english)
			if c.kind == gkNone && strings.ContainsAny(w, "'’") {
				// "fatter'n", "mor'n", "bror'n": the definite ending written
				// after an apostrophe.
				c = g.classify(apostrophes.Replace(w), english)
			}
			if d := w[len(w)-1]; c.kind == gkNone && d >= '1' && d <= '4' && len(w) >= 4 && !isDigitByte(w[len(w)-2]) {
				// "mor1 og mor2", "far 1": a parent numbered in a form.
				if c2 := g.classify(w[:len(w)-1], english); c2.kind == gkExact && c2.f.rule == "gender.kinship" && c2.f.weak == "" {
					c = c2
				}
			}
			memo.put(sum, c)
		}
		switch c.kind {
		case gkExact:
			if g.accept(t, i, c.f, isShout) {
				sp := Span{Start: t.Tokens[i].Start, End: t.Tokens[i].End, Category: Gender, Rule: c.f.rule, Weak: c.f.weak != "", Key: c.f.weak}
				if c.f.rule == "gender.kinship" && i+2 < len(t.Tokens) && t.Word(i+1) == "in" && t.Word(i+2) == "law" &&
					gapSpaces(t, i) && gapSpaces(t, i+1) {
					sp.End = t.Tokens[i+2].End // "mother in law"
				}
				if sp.Weak && c.f.rule == "gender.kinship" && ageAfter(t, i) {
					sp.Weak, sp.Key = false, "" // "far (91) snublet": a person of an age
				}
				if c.f.rule == "gender.pronoun" && english {
					sp.End = beforeClitic(t.Orig, sp.Start, sp.End) // "he'll": the span is "he"
				}
				out = append(out, sp)
			}
		case gkStem:
			out = append(out, Span{Start: t.Tokens[i].Start, End: t.Tokens[i].End, Category: Gender, Rule: c.f.rule})
		case gkCompound:
			if t.IsUpper(i) && !wlSentenceStart(t, i) && !isShout() {
				continue // a surname such as Hoffmann or Storebror as a name
			}
			out = append(out, Span{Start: t.Tokens[i].Start, End: t.Tokens[i].End, Category: Gender, Rule: c.f.rule})
		}
	}
	return out
}

// beforeClitic returns where the word in orig[start:end] ends when an
// English contraction follows it inside the token ("he'll", "she'd"), else
// end. snap keeps such a span short (clitic).
func beforeClitic(orig string, start, end int) int {
	if k := strings.IndexAny(orig[start:end], "'’"); k > 0 && clitic(orig[start+k:end]) {
		return start + k
	}
	return end
}

// apostrophes are dropped to read "fatter'n" as "fattern".
var apostrophes = strings.NewReplacer("'", "", "’", "")

// binaryWords and notWords make a non-binary identity written in two
// words: "ikke binær", "icke binär", "non binary".
var (
	binaryWords = []string{"binær", "binære", "binært", "binär", "binära", "binärt", "binar", "binary"}
	binarySet   = setOf(binaryWords...)
	notWords    = setOf("ikke", "ikkje", "icke", "ikk", "non")
)

// notBinary reports whether token i is "binær" after a negation, one
// space apart, said of a person: "non binary" always; "ikke binær" after a
// copula whose subject is a personal pronoun or a relative ("jeg er ikke
// binær", "barnet mitt er ikke binært"), not of an answer or a code.
func notBinary(t *Text, i int) bool {
	if !binarySet[t.Word(i)] || !notWords[t.Word(i-1)] || !gapSpaces(t, i-1) {
		return false
	}
	if t.Word(i-1) == "non" {
		return true
	}
	if i == 1 && (clauseEnd(t, i) || binaryTags[t.Word(i+1)] && gapSpaces(t, i)) {
		return true // "ikke binær btw": a message opening with it is said of the writer
	}
	if i < 3 || !binaryCopulas[t.Word(i-2)] {
		return false
	}
	s := t.Word(i - 3)
	return binarySubjects[s] || kinship[s] || i >= 4 && kinship[t.Word(i-4)] && kinPossessives[s]
}

var (
	binaryCopulas  = setOf("er", "är", "e", "blir", "bliver")
	binaryTags     = setOf("btw", "forresten", "förresten", "altså", "alltså", "og", "och", "men", "lol", "her", "här")
	binarySubjects = setOf("jeg", "eg", "jag", "je", "æ", "han", "hun", "ho", "hon", "hen", "du", "vi", "me", "dere", "de", "dei", "dom", "barnet", "ungen")
)

// gLook is what a lowercase token is to GENDER whatever its context: a
// listed form, a word beginning (stem) or a compound with a gendered head
// or first part.
type gLook struct {
	f    *gForm
	kind uint8
}

const (
	gkNone uint8 = iota
	gkExact
	gkStem
	gkCompound
)

// classify looks the lowercase token w up; english says the message is in
// English (only English words make compounds there).
func (g *GenderDetector) classify(w string, english bool) gLook {
	// A former partner: "ex-pojkvän", "eks-mannen", "ex-wife".
	for _, p := range []string{"ex-", "eks-"} {
		if rest, ok := strings.CutPrefix(w, p); ok && len(rest) >= 3 {
			if l := g.classify(rest, english); l.kind == gkExact && (l.f.rule == "gender.kinship" || l.f.rule == "gender.noun") {
				return gLook{l.f, gkCompound}
			}
			return gLook{}
		}
	}
	// Written as one word: "exmand", "exmannen", "ekskona". A listed word
	// of its own is itself ("eksempel" is looked up below).
	if len(w) >= 5 && w[0] == 'e' && (w[1] == 'x' || w[1] == 'k' && w[2] == 's') {
		rest := w[2:]
		if w[1] == 'k' {
			rest = w[3:]
		}
		if len(rest) >= 3 {
			if l := g.classify(rest, english); l.kind == gkExact && (l.f.rule == "gender.kinship" || l.f.rule == "gender.noun") {
				if g.exact[w] == nil && g.fold[Fold(w)] == nil {
					return gLook{l.f, gkCompound}
				}
			}
		}
	}
	key, forms, heads := w, g.exact, g.exactHeads
	if isASCII(w) {
		if g.plainStop[w] {
			return gLook{}
		}
		key, forms, heads = Fold(w), g.fold, g.foldHeads
	}
	if f := forms[key]; f != nil {
		if english && !f.en && g.notEnglish[key] || !english && f.enOnly {
			return gLook{} // "gutter" in English text, "bro" in Nordic text: other words
		}
		return gLook{f, gkExact}
	}
	if f := g.stem(key); f != nil {
		return gLook{f, gkStem}
	}
	if len(key) < minHeadPrefix+3 {
		return gLook{}
	}
	f := g.compound(key, heads, english)
	if f == nil {
		f = g.firstPart(key, forms, english)
	}
	if f != nil {
		return gLook{f, gkCompound}
	}
	return gLook{}
}

// accept applies the per-word conditions of f to token i.
func (g *GenderDetector) accept(t *Text, i int, f *gForm, isShout func() bool) bool {
	if t.Word(i) == "hende" && i > 0 && t.Word(i-1) == "i" && t.Lang != "da" {
		return false // Norwegian "kommunen i hende": received, no pronoun
	}
	if t.Word(i) == "frue" && i > 0 && (t.Word(i-1) == "vor" || t.Word(i-1) == "vår") {
		return false // "Vor Frue Kirke": Our Lady, a church's name
	}
	if t.Word(i) == "søn" && i >= 2 && t.Word(i-1) == "og" && (t.Word(i-2) == "lør" || t.Word(i-2) == "lørdag") {
		return false // "åbent lør og søn": Sunday
	}
	if t.Word(i) == "sonen" && i > 0 && zonePreps[t.Word(i-1)] {
		return false // "i sonen der du er registrert": bokmål "the zone", no son
	}
	if t.Lang == "da" && t.Word(i) == "henne" {
		return false // Danish "hvor ligger det henne": an adverb; the pronoun is "hende"
	}
	if w := t.Word(i); (w == "man" || w == "dude") && t.Lang == "en" && wlSentenceStart(t, i) && t.Tokens[i].End < len(t.Orig) &&
		t.Orig[t.Tokens[i].End] == ',' {
		return false // "Man, this form is confusing": an interjection
	}
	if i+1 < len(t.Tokens) && parentIdioms[t.Word(i+1)] && gapSpaces(t, i) && parentWords[t.Word(i)] {
		return false // "Mother's Day", "my mother tongue", "Father Christmas": a day's, a language's name
	}
	if f.nocap && f.rule != "gender.kinship" && i > 0 && signWords[t.Word(i-1)] {
		return false // "hilsen karen", "mvh hans": a name signing the message
	}
	if f.nocap && t.IsUpper(i) && !isShout() {
		if !wlSentenceStart(t, i) {
			return false // Hans, Karen inside a sentence: a name
		}
		if i+1 < len(t.Tokens) && t.IsUpper(i+1) && !wlSentenceStart(t, i+1) && !wlAllUpper(t, i+1) {
			return false // "Hans Olsen ringte"; not "Hans CPR er ..."
		}
	}
	if f.rule == "gender.title" {
		raw := t.Raw(i)
		if len(raw) == 2 && wlAllUpper(t, i) {
			return false // MR (scan), MS (sclerosis), HR
		}
		if f.needName {
			if !wlFirstUpper(raw) && !f.needDot {
				return false // "I miss Anna"
			}
			if i+1 >= len(t.Tokens) {
				return false
			}
			if !t.IsUpper(i+1) && !(f.needDot && dotAfter(t, i) && t.Lang != "en" && runeCount(t.Word(i+1)) >= 3 && isLetters(t.Word(i+1))) {
				// In lower case only after the full stop of a Nordic
				// message, before a word of letters: "hr. nielsen".
				return false
			}
			if f.needDot && (t.Lang == "en" || i > 0 && isDigitByte(t.Word(i - 1)[0])) && !dotAfter(t, i) {
				// "hr. Hansen"; without the full stop only in a Nordic
				// message and not after a number ("2 hr Drive" is hours):
				// "vores lærer hr Poulsen".
				return false
			}
		}
	}
	return true
}

// dotAfter reports whether a full stop follows token i: "hr. Hansen".
func dotAfter(t *Text, i int) bool {
	end := t.Tokens[i].End
	return end < len(t.Orig) && t.Orig[end] == '.'
}

// parentWords before one of parentIdioms name no one's parent.
var (
	parentWords = setOf("mother", "mothers", "mother's", "mothers'", "mother’s", "father", "fathers", "father's", "fathers'",
		"father’s", "mom's", "moms", "mum's", "mums", "dad's", "dads")
	parentIdioms = setOf("day", "tongue", "tongues", "language", "nature", "earth", "christmas", "ship", "board", "company")
)

// firstPart returns the gendered first part of a compound about the person
// (mammakaffe, jentegruppe) or of a hyphenated one (mother-in-law).
func (g *GenderDetector) firstPart(key string, forms map[string]*gForm, english bool) *gForm {
	for _, s := range g.firsts[key[0]] {
		if len(key) >= len(s.stem)+3 && strings.HasPrefix(key, s.stem) && (!english || s.info.en) {
			return s.info
		}
	}
	if i := strings.IndexByte(key, '-'); i > 0 {
		inLaw := strings.HasSuffix(key, "-in-law") || strings.HasSuffix(key, "-in-laws")
		if f := forms[key[:i]]; f != nil && f.weak == "" && f.rule != "gender.pronoun" && f.rule != "gender.title" && (!english || f.en || inLaw && f.rule == "gender.kinship") {
			return f
		}
	}
	return nil
}

func (g *GenderDetector) stem(key string) *gForm {
	for _, s := range g.stems[key[0]] {
		if strings.HasPrefix(key, s.stem) {
			return s.info
		}
	}
	return nil
}

// compound returns the head of key when key is a compound ending in a
// gendered form, with an allowed first part; in English text (english)
// only an English head.
func (g *GenderDetector) compound(key string, heads map[uint32][]gHead, english bool) *gForm {
	for _, h := range heads[wlLast3(key)] {
		if len(h.form) >= len(key) || !strings.HasSuffix(key, h.form) || (english && !h.info.en) {
			continue
		}
		p := key[:len(key)-len(h.form)]
		if len(p) < minHeadPrefix && h.prefixes == nil {
			continue
		}
		if h.prefixes != nil {
			pp := strings.TrimSuffix(p, "-")
			if !h.prefixes[pp] && !h.prefixes[Fold(pp)] {
				continue
			}
		}
		if g.excluded(Fold(p+h.info.lemma)) || g.exclude[Fold(key)] {
			continue
		}
		return h.info
	}
	return nil
}

// excluded reports whether w, a compound's first part and head lemma, is a
// word of not_compounds.txt or ends with one of its '-' entries
// (mastcelletumor ends with -tumor).
func (g *GenderDetector) excluded(w string) bool {
	if g.exclude[w] {
		return true
	}
	for i := 1; i < len(w); i++ {
		if g.excludeEnd[w[i:]] {
			return true
		}
	}
	return false
}

// English and Nordic context words for the pronoun and noun rules.
var (
	// genderEnglish leaves out English words that are Nordic words too
	// (Danish give, let; love, make in Danish and Norwegian): "kan man give",
	// "det er let her" are no English.
	// Not "it": Nordic text writes IT (information technology) among its words.
	genderEnglish = []string{"the", "and", "she", "he", "his", "him", "is", "was", "has", "with", "my",
		"your", "our", "of", "about", "because", "please", "help", "told", "said", "needs", "need", "wants",
		"lives", "does", "doesn't", "don't", "can't", "will", "would", "should", "what", "where", "when",
		"how", "who", "this", "that", "she's", "he's", "i'm", "am", "are", "were", "been", "mother",
		"father", "sister", "brother", "daughter", "husband", "wife", "mom", "mum", "dad", "friend",
		"got", "get", "take", "call", "called", "from", "they", "there", "old", "young", "want",
		"understand", "tell", "ask", "see", "know", "think", "always", "never", "really", "again", "also", "very",
		"too", "if", "then", "forgets", "forgot", "remembers", "likes", "loves", "hates", "keeps", "goes"}
	genderNordic = []string{"er", "og", "jeg", "eg", "det", "ikke", "ikkje", "på", "pa", "bor", "vi", "kan",
		"har", "som", "til", "fra", "frå", "ute", "inne", "borte", "nede", "oppe", "hos", "der", "nå", "kom",
		"kommer", "skal", "må", "jag", "och", "är", "inte", "att", "hvor", "kor", "hvordan", "korleis",
		"denne", "dette", "idag", "dag", "noko", "litt", "mig", "mit", "meg", "du", "ein", "eit",
		"hvad", "vad", "ikk", "sig", "seg", "om", "med", "hva", "kva", "så", "når"}
)

// zonePreps before "sonen" make it a zone: "i sonen", "utenfor sonen".
var zonePreps = setOf("i", "innenfor", "innanfor", "utenfor", "utanfor", "samme", "same", "hele", "heile")

// ContextRules implements ContextRuler: how the ambiguous words are decided.
func (g *GenderDetector) ContextRules() []ContextRule {
	en := func(extra ...string) []string { return append(append([]string{}, genderEnglish...), extra...) }
	no := func(extra ...string) []string { return append(append([]string{}, genderNordic...), extra...) }
	nordic := []string{"nb", "nn", "da", "sv"}
	poss := []string{"min", "mi", "mitt", "din", "di", "sin", "si", "hans", "hennes", "hendes", "hennar", "vår", "var", "deres", "dykkar", "mor", "mamma", "pappa", "bror", "søster", "syster", "barnet", "barna", "børnene", "barnen"}
	return []ContextRule{
		// English her; Norwegian and Danish her (here).
		// "her er det is overalt": here, though "is" (ice) is also English.
		{Key: "gender.her", Window: 4, Veto: []string{"her er", "her var", "her har", "her i", "her på", "her hos", "her kan",
			"her må", "her skal", "her blir", "her ble", "her bor", "her ute", "her inne", "her hjemme"},
			Confirm: en(), Deny: no(), KeepLangs: []string{"en"}},
		{Key: "gender.he", Window: 4, Confirm: en(), Deny: no("he he", "hehe"), KeepLangs: []string{"en"}},
		// English man/men; Scandinavian man (one) and men (but). Swedish "en man", "min man" is a man.
		{Key: "gender.man", Window: 3, Confirm: en("en man", "min man", "din man", "sin man", "hennes man", "hans man",
			"ung man", "äldre man", "gammal man", "annan man", "vuxen man", "ensam man", "ny man",
			// Said of a man: "en 67-årig homosexuell man", "gift man".
			"homosexuell man", "heterosexuell man", "bisexuell man", "gay man", "queer man", "trans man", "hbtq man", "gift man", "ogift man", "skild man", "frånskild man",
			"singel man", "pensionerad man", "arbetslös man", "sjuk man", "blind man", "döv man",
			// A husband before and after: "min blivande man", "min förra man".
			"blivande man", "min nya man", "din nya man", "sin nya man", "hennes nya man", "förra man", "före detta man", "avlidne man", "framlidne man", "döde man"),
			Deny: no(), KeepLangs: []string{"en"}},
		{Key: "gender.men", Window: 3, Confirm: en(), Deny: no(), KeepLangs: []string{"en"}, DropLangs: []string{"nb", "nn", "da", "sv"}},
		// English male; Norwegian male (to paint).
		{Key: "gender.male", Window: 3, Confirm: en("female", "gender", "sex", "nurse", "doctor"), Deny: no("maling", "vegg*", "hus*", "huset", "tak*", "gjerde*"), KeepLangs: []string{"en"}},
		// Nordic far (father); English far.
		// Nordic far (father); English far; far written for får (gets) without å. Kept only
		// with a possessive or a phrase that makes it a noun.
		{Key: "gender.far", Window: 2, Confirm: []string{"min", "mi", "din", "di", "sin", "si", "vår", "hans", "hennes", "hendes", "hennar", "deres",
			"vores", "jeres", "vor", "dykkar", "far blev", "far fik", "far fick", "far blei", "far kan ikke", "far kan inte",
			"far min", "far mi", "far hans", "far hennes", "far til", "far och", "far og", "mor og", "mor och", "mamma og", "til far", "med far", "hos far", "på far", "om far", "fra far", "etter far", "efter far", "åt far",
			"te far", "samme far", "same far", "samma far", "felles far", "avdøde far", "avdød far", "afdøde far", "avlidne far", "døde far", "salig far", "gamle far",
			"en far", "ein far", "som far", "er far", "bli far", "ble far", "blei far", "vart far", "enslig far", "einsleg far", "alene far", "enlig far", "ensamstående far", "eneforsørger far", "single far", "ny far", "stolt far", "ung far", "biologisk far", "biologiske far",
			// A finite verb after it: far is the subject (får, a verb itself, is not followed by another).
			"far har", "far er", "far är", "far var", "far ble", "far vart", "far døde", "far dog", "far bor", "far bur", "far trenger", "far treng", "far kan", "far skal", "far vil", "far må", "far fikk", "far sitter", "far ligger", "far heter", "far jobber", "far sier", "far seier", "far mener",
			"far hadde", "far blir", "far kom", "far falt", "far fyller", "far klarer", "far glemmer", "far begynte", "far sin", "far si",
			"far få", "far fick", "far fik", "far behöver", "far behøver", "far bodde",
			// "plass for far som har parkinson".
			"far som", "for far",
			"far drikker", "far drakk", "far drikk", "far fekk", "far gjekk", "far gikk", "far sover", "far søv", "far røyker",
			"far ramlet", "far ramla", "far datt", "far husker", "far hugsar", "far gløymer", "far spiser", "far et", "far hører",
			"far høyrer", "far kjører", "far køyrer", "far orker", "far klarar", "far treng", "far skal", "far reiser",
			"far henter", "far hentet", "far hentede", "far taler", "far talte", "far snakker", "far snakket", "far arbejder",
			"far jobber", "far jobbar", "far kører", "far ringer", "far ringte", "far ringede", "far ringde", "far siger",
			"far sagde", "far sa", "far säger", "far sade", "far synes", "far tycker", "far tror", "far tänker", "far kommer",
			"far betaler", "far betalar", "far betalte", "far nægter", "far nekter", "far vägrar", "far hjælper", "far hjelper",
			"far hjälper", "far venter", "far väntar", "far sidder", "far står", "far stod", "far tager", "far tar", "far tog",
			"far tok", "far giver", "far gir", "far ger", "far gav", "far ga", "far bruger", "far bruker", "far använder",
			"far flytter", "far flyttede", "far flyttet", "far flyttar", "far flyttade", "far ønsker", "far önskar", "far mangler",
			"far savner", "far saknar", "far hämtar", "far pratar", "far boede", "far mistede", "far mistet",
			"spørje far", "spørre far", "spør far", "spurte far", "spurde far", "spørge far", "fråga far",
			// A verb or preposition before it that takes a person.
			"ringte far", "ringer far", "ringe far", "besøke far", "besøker far", "besøkte far", "hjelpe far", "hjelper far",
			"passe far", "pleie far", "pleier far", "pleiar far", "pleia far", "om far", "av far", "ringde far", "besöka far", "hjälpa far", "besøge far", "hjælpe far",
			// What a case is about: "Gjelder far, saksnr …".
			"gjelder far", "gjeld far", "gælder far", "gäller far", "angående far", "vedrørende far", "vedkommande far", "angår far"},
			// Swedish "fara illa" (come to harm): "unga som far illa". After
			// a feminine possessive it is "får" without its å, never a
			// father ("far mi", not "mi far"): "mor mi far hjemmesykepleie".
			// Nynorsk "fara" (travel) and "får" without its å after a pronoun:
			// "eg far til Bergen kvar veke".
			Veto: []string{"eg far", "me far", "du far", "dei far", "far illa", "mi far", "si far", "di far", "far too", "so far", "how far", "too far", "as far as", "far away", "far from", "far more", "far less", "far better"},
			// English phrases the veto leaves to deny (the vetoed ones are
			// never read here).
			Deny: []string{"as far", "by far", "far off", "is far", "far the", "not far", "that far", "this far", "far as"}},
		// fatter: dad in slang ("fatter'n min"), or makes (a decision, a
		// liking): "kommunen fatter vedtak".
		{Key: "gender.fatter", Window: 2, Confirm: poss, KeepLangs: []string{}},
		// faren (the father) or faren for/ved (the danger of).
		{Key: "gender.faren", Window: 2, Confirm: poss, Deny: []string{"faren for", "faren ved", "faren er over", "fare"}, KeepLangs: nordic},
		// mora: Norwegian "the mother" ("mora mi"), or the Swedish town
		// ("bor i mora").
		{Key: "gender.mora", Window: 2, Confirm: poss, Deny: []string{"i mora", "till mora", "från mora", "utanför mora", "nära mora"}, KeepLangs: []string{"nb", "nn"}},
		// besten: a Norwegian grandfather, or Swedish "the beast".
		{Key: "gender.besten", Window: 2, Confirm: poss, KeepLangs: []string{"nb", "nn"}},
		// Norwegian/Danish ham (him); English ham (meat).
		{Key: "gender.ham", Window: 3, Confirm: no(), Deny: []string{"sandwich", "sandwiches", "cheese", "egg", "eggs", "bacon", "slice", "slices", "and", "the", "with", "roast", "smoked"}, KeepLangs: []string{"nb", "nn", "da"}},
		// Nynorsk ho (she).
		{Key: "gender.ho", Window: 2, Deny: []string{"ho ho ho", "hey", "yo", "santa", "merry", "hoho"}, KeepLangs: []string{"nn", "nb"}},
		// Nynorsk gut (boy); English gut.
		{Key: "gender.gut", Window: 2, Confirm: []string{"ein gut", "liten gut", "ung gut", "gut på", "gut som"}, Deny: en("feeling", "instinct", "health", "bacteria", "flora", "microbiome"), KeepLangs: []string{"nn"}},
		// Norwegian kar (guy); kar (vessel), Swedish kar.
		{Key: "gender.kar", Window: 2, Confirm: []string{"en kar", "ein kar", "grei kar", "kjekk kar", "snill kar", "flink kar", "god kar", "gammel kar", "ung kar", "stakkars kar", "eldre kar",
			"real kar", "liten kar", "lille kar", "kar som", "kar på", "han kar", "den kar", "denne kar", "to karar", "tre karar", "karane", "to karer", "tre karer"}},
		// typen min (my boyfriend, slang); typen (the type).
		{Key: "gender.typen", Window: 1, Confirm: []string{"typen min", "typen mi", "typen hennes", "typen hans", "typen din", "typen di", "typen sin"}},
		// fyr (guy); fyr (lighthouse, fire), fyren i peisen.
		{Key: "gender.fyr", Window: 2, Confirm: []string{"en fyr", "ein fyr", "ung fyr", "eldre fyr", "ældre fyr", "grei fyr", "flink fyr", "sød fyr", "rar fyr", "fyren som", "den fyren", "denne fyren"}},
		// Swedish dam (lady); Norwegian dam (pond).
		{Key: "gender.dam", Window: 2, Confirm: []string{"en dam", "äldre dam", "gammal dam", "ung dam", "trevlig dam"}, Deny: []string{"badedam*", "vann*", "fisk*", "fiske*", "ender"}, KeepLangs: []string{"sv"}},
		// Swedish kille (boy); Norwegian kille (tickle).
		// Swedish slang guss: a girl or girlfriend ("min guss").
		{Key: "gender.guss", Window: 2, Confirm: []string{"min guss", "hans guss", "din guss", "sin guss", "en guss", "gussen min"}, KeepLangs: []string{}},
		{Key: "gender.kille", Window: 2, Confirm: []string{"en kille", "min kille", "ung kille"}, Deny: []string{"å", "kiler", "kilte"}, KeepLangs: []string{"sv"}},
		// Swedish make/maka (husband/wife); English make, Norwegian maken (the like).
		{Key: "gender.make", Window: 2, Confirm: []string{"min make", "min maka", "min makes", "min makas", "hennes makes", "hans makas", "hennes make", "hans maka", "din make", "din maka", "sin make", "sin maka", "maken min", "maka min"},
			Deny: en("sett", "til", "aldri", "maken til", "make sure", "make it", "make a"), KeepLangs: []string{"sv"}},
		// faster (aunt); English faster, Norwegian faster (fasts).
		{Key: "gender.faster", Window: 2, Confirm: append(poss, "tante", "onkel", "moster"),
			Deny: en("jeg", "eg", "du", "vi", "dere", "jag", "ramadan", "blodprøve*", "blodprov*", "operasjon*", "than", "much", "way", "even", "run", "grow", "go"), KeepLangs: nordic},
	}
}

// Describe implements Describer for docs/detectors.md.
func (g *GenderDetector) Describe() DetectorDoc {
	return DetectorDoc{
		Categories: []Category{Gender},
		Summary: "Words that reveal a person's gender in nb, nn, da, sv and en, from data/gender/words.tsv: every " +
			"inflection from the word's paradigm, compounds ending in a gendered word (svigermor, småjenta; not " +
			"those in not_compounds.txt such as jordmor or nordmann), compounds starting with one (jentegruppe) and " +
			"hyphenated ones (sister-in-law); in English text only English words make compounds (accountant is no " +
			"Swedish tant) and Nordic forms that are English words (gutter, modern; not_english.txt) are skipped. " +
			"Words without æ/ø/å match their plain spelling (sonnen), except plain words of their own (broer, " +
			"plain_stop.txt). her, he, man, " +
			"men, far, faren, ham, ho, gut, kar, kille, make, faster and typen are weak spans decided by context " +
			"and language; Hans and Karen capitalised inside a sentence are names, not pronouns.",
		Rules: []RuleDoc{
			{"gender.noun", "gender nouns and adjectives: kvinne, mann, jente, gutt, dame, woman, kvinnelig"},
			{"gender.kinship", "gendered family and relationship words: mor, far, datter, sønn, kone, svigerfar, husband"},
			{"gender.title", "titles: fru, herr, frøken, Mr, Mrs, Ms (before a name), Miss (before a name)"},
			{"gender.identity", "gender identity: transkjønnet, transkvinne, ikke-binær, cis, non-binary"},
			{"gender.pronoun", "third-person singular pronouns: han, hun, ho, hon, honom, hennes, hendes, he, she, her"},
		},
	}
}
