package detectors

import (
	"embed"
	"fmt"
	"strings"
)

// orientationCodeVersion names the code of this detector's rules; bump it when they change,
// so Engine.Version() changes and stored messages are re-masked (the data and
// context rules are hashed into the version already).
const orientationCodeVersion = "orientation-20"

//go:embed data/orientation/*.tsv
var orientationData embed.FS

// OrientationDetector finds words for sexual orientation (detection.md,
// ORIENTATION) wherever they occur: homofil, lesbisk, bifil, skeiv, gay,
// bøsse, queer, LHBT, HBTQ, ... with their inflections and compounds, in nb,
// nn, da, sv and en. The whole token is the span.
type OrientationDetector struct {
	exact, fold map[string]*oTerm
	stems       *[256][]oStem
	kw          []string
	version     string
	// looked caches term for a token's word, keyed by its WordSum.
	looked *wordMemo[*oTerm]
}

// orientationMemoBits sizes ORIENTATION's word cache (2^12 slots: it runs
// only on texts its keywords wake).
const orientationMemoBits = 12

var _ Detector = (*OrientationDetector)(nil)
var _ ContextRuler = (*OrientationDetector)(nil)
var _ Versioner = (*OrientationDetector)(nil)

type oTerm struct {
	weak  string
	nocap bool
}

type oStem struct {
	stem string
	info *oTerm
}

// NewOrientation loads the embedded word list.
func NewOrientation() (*OrientationDetector, error) {
	o := &OrientationDetector{exact: make(map[string]*oTerm), fold: make(map[string]*oTerm), stems: new([256][]oStem),
		looked: newWordMemo[*oTerm](orientationMemoBits)}
	var h wlVersion
	const path = "data/orientation/terms.tsv"
	lines, err := wlRead(orientationData, path, 4, &h)
	if err != nil {
		return nil, err
	}
	var kws []string
	for _, l := range lines {
		term := lowerSameLen(l.cols[0])
		fl := wlFlags(l.col(2))
		info := &oTerm{weak: fl["weak"]}
		_, info.nocap = fl["nocap"]
		for k := range fl {
			if k != "weak" && k != "nocap" && k != "nofold" {
				return nil, fmt.Errorf("detectors: word list %s:%d: unknown flag %q", path, l.no, k)
			}
		}
		par := l.col(1)
		if par == "prefix" {
			o.stems[term[0]] = append(o.stems[term[0]], oStem{term, info})
			if f := Fold(term); f != term {
				o.stems[f[0]] = append(o.stems[f[0]], oStem{f, info})
			}
			kws = append(kws, term)
			continue
		}
		if par == "" {
			par = "x"
		}
		forms, ok := wlExpand(term, par)
		if !ok {
			return nil, fmt.Errorf("detectors: word list %s:%d: unknown paradigm %q", path, l.no, par)
		}
		for _, x := range wlSplit(l.col(3), ",") {
			forms = append(forms, lowerSameLen(x))
		}
		_, nofold := fl["nofold"]
		for _, f := range forms {
			o.exact[f] = info
			if !nofold || isASCII(f) {
				o.fold[Fold(f)] = info
			}
			kws = append(kws, f)
		}
	}
	o.kw = wlKeywords(append(kws, biKeywords...))
	o.version = orientationCodeVersion + "-" + h.sum(fmt.Sprint(o.ContextRules()))
	return o, nil
}

// Name implements Detector.
func (o *OrientationDetector) Name() string { return "orientation" }

// Keywords implements Detector.
func (o *OrientationDetector) Keywords() []string { return o.kw }

// Version implements Versioner: a hash of the embedded word list and rules.
func (o *OrientationDetector) Version() string { return o.version }

// term returns the term a token's word w names, or nil: listed, or
// starting with a listed stem, after a prefix of stance.
func (o *OrientationDetector) term(w string) *oTerm {
	// "pro-LGBT", "anti-homo": the term after a prefix of stance.
	if w[0] == 'p' || w[0] == 'a' {
		if rest, ok := strings.CutPrefix(w, "pro-"); ok && len(rest) >= 3 {
			w = rest
		} else if rest, ok := strings.CutPrefix(w, "anti-"); ok && len(rest) >= 3 {
			w = rest
		}
	}
	key, forms := w, o.exact
	if isASCII(w) {
		key, forms = Fold(w), o.fold
	}
	if info := forms[key]; info != nil {
		return info
	}
	for _, s := range o.stems[key[0]] {
		if strings.HasPrefix(key, s.stem) {
			return s.info
		}
	}
	return nil
}

// Detect implements Detector.
func (o *OrientationDetector) Detect(t *Text) []Span { return o.appendSpans(t, nil) }

// appendSpans implements spanAppender.
func (o *OrientationDetector) appendSpans(t *Text, out []Span) []Span {
	for i := range t.Tokens {
		w := t.Word(i)
		if (w == "bi" || w == "pan") && biSaid(t, i) {
			out = append(out, Span{Start: t.Tokens[i].Start, End: t.Tokens[i].End, Category: Orientation,
				Rule: "orientation.term"})
			continue
		}
		if len(w) < 3 || len(w) > maxGenderToken {
			continue
		}
		sum := t.WordSum(i)
		info, ok := o.looked.lookup(sum)
		if !ok {
			info, ok = o.looked.lookupOther(sum)
		}
		if !ok {
			info = o.term(w)
			o.looked.put(sum, info)
		}
		if info == nil {
			continue
		}
		if info.nocap && t.IsUpper(i) && !wlSentenceStart(t, i) && !shouting(t.Orig) {
			continue
		}
		sp := Span{Start: t.Tokens[i].Start, End: t.Tokens[i].End, Category: Orientation,
			Rule: "orientation.term", Weak: info.weak != "", Key: info.weak}
		// "LGBT+-gruppe": the compound after the plus is one word with it.
		if e := sp.End; e+1 < len(t.Orig) && t.Orig[e-1] == '+' && t.Orig[e] == '-' && i+1 < len(t.Tokens) && t.Tokens[i+1].Start == e+1 {
			sp.End = t.Tokens[i+1].End
		}
		out = append(out, sp)
	}
	return out
}

// biKeywords wake the detector for "bi" said of a person after a copula
// ("jag är bi", "I'm bi", "hun er også bi"); "bi" alone would wake it on
// nearly every message.
var biKeywords = []string{"r bi", "is bi", "being bi", "been bi", "m bi", "også bi", "ogsa bi", "also bi", "faktisk bi",
	"actually bi", "jo bi", "ju bi", "nok bi", " e bi", "typ bi", "kanske bi", "kanskje bi", "måske bi", " e pan", "også pan", "ogsa pan", "also pan", "nok pan", "ju pan", " bi ", " bi,", " bi.", " bi!", " bi?", "r pan", "m pan", " pan ", " pan,",
	" pan.", " pan!", " pan?", "as bi", "som bi", "as pan", "som pan"}

// biCopulas and biAdverbs frame "bi" (and "pan") said of a person.
var (
	biCopulas = setOf("er", "är", "ar", "e", "is", "am", "are", "be", "være", "vara", "vere", "i'm", "im", "i’m", "you're", "she's", "he's", "var", "was", "being", "been")
	biAdverbs = setOf("også", "ogsa", "also", "faktisk", "faktiskt", "actually", "jo", "ju", "nok", "selv",
		"själv", "sjølv", "openly", "åpent", "öppet", "åbent", "typ", "liksom", "lixom", "kanskje", "kanske", "måske",
		"maybe", "nog", "kinda")
	// biSubjects say "bi" is not a person: "det er bi i hagen" (bees).
	biNotSubjects = setOf("det", "der", "it", "there", "this", "that", "dette", "detta", "den")
)

// biSaid reports whether "bi" or "pan" at token i is the orientation said
// of a person: after a copula (and at most one adverb, or an age) whose
// subject is no "det"/"it", and not "en bi" / "a bi" (a bee).
func biSaid(t *Text, i int) bool {
	k := i - 1
	person := i+1 < len(t.Tokens) && gapSpaces(t, i) && biPersons[t.Word(i+1)]
	if k >= 0 && person {
		switch t.Word(k) {
		case "a", "en", "ei", "ett", "et":
			k-- // "I'm a bi guy": an article before a person, no bee
		}
	}
	if k >= 0 && biAdverbs[t.Word(k)] {
		k--
	}
	// An age between: "jag e 15 o typ bi", "jeg er 16 og pan".
	if k >= 2 && (t.Word(k) == "o" || t.Word(k) == "og" || t.Word(k) == "och" || t.Word(k) == "and") && isDigits(t.Word(k-1)) {
		k -= 2
	}
	// Coming out: "came out as bi", "kom ut som bi".
	comingOut := k >= 1 && (t.Word(k) == "as" || t.Word(k) == "som") && outWords[t.Word(k-1)]
	if k < 0 || !biCopulas[t.Word(k)] && !comingOut || strings.ContainsAny(t.Orig[t.Tokens[k].End:t.Tokens[i].Start], ".!?") {
		return false
	}
	if k > 0 && biNotSubjects[t.Word(k-1)] {
		return false
	}
	// "bi-" glued on ("bi-annual") is another token shape; a noun after
	// "bi" makes it an attribute of something else ("er bi produkt").
	if i+1 < len(t.Tokens) && gapSpaces(t, i) && !biFollowers[t.Word(i+1)] && !person {
		return false
	}
	return true
}

// outWords come before "as" or "som" when someone comes out.
var outWords = setOf("out", "ut", "ud")

// biFollowers may follow "bi" said of a person: a conjunction, an adverb or
// a preposition opening an adverbial ("inte är bi på riktigt", "er bi nå"),
// where a noun would make "bi" an attribute ("er bi produkt").
var biFollowers = setOf("og", "and", "och", "o", "&", "men", "but", "too", "også", "ogsa", "selv", "själv", "på", "pa", "i", "in",
	"for", "för", "nå", "na", "nu", "no", "now", "heller", "either", "lol", "haha", "btw", "ikke", "ikkje", "inte", "not",
	"altså", "alltså", "liksom", "typ", "or", "eller", "last", "recently", "yesterday", "to", "til", "till", "igår",
	"igar", "sist", "förra")

// biPersons are the nouns "bi" may describe as a person's orientation: "I'm
// a bi guy", "jeg er en bi jente".
var biPersons = setOf("guy", "girl", "woman", "man", "boy", "person", "dude", "teen", "kvinne", "mann", "jente", "gutt",
	"tjej", "kille", "kvinna", "pige", "dreng", "fyr", "kvinde", "mand")

// ContextRules implements ContextRuler.
func (o *OrientationDetector) ContextRules() []ContextRule {
	return []ContextRule{
		// Swedish flata: a lesbian (slang), or a flat surface (flata tak).
		{Key: "orientation.flata", Window: 3,
			Confirm: []string{"är flata", "är en flata", "som flata", "kallar mig flata", "kallade henne flata", "bög*", "lesb*", "hbtq*", "queer*", "homo*", "bisexu*",
				// People called so: "de kallar oss för flator", "är flator".
				"är flator", "kallar oss för", "kallade oss för", "kallar mig för", "kallade mig för", "kallar dem för",
				"kallade dem för", "kallar henne för", "kallade henne för"}},
		// Danish bøsse: a gay man, or a shotgun or a collecting box.
		{Key: "orientation.bosse", Window: 6,
			Deny: []string{"ladt", "ladet", "lade", "jagt*", "jæger*", "skyde*", "skød", "skudt", "skud*", "patron*", "hagl*", "riffel*",
				"våben*", "våbenskab*", "indsamling*", "penge*", "mønt*"},
			KeepLangs: []string{"*"}},
		// skeivt: queer, or (nynorsk, dialect) crooked.
		{Key: "orientation.skeivt", Window: 3,
			Confirm: []string{"miljø*", "ungdom*", "tilbod", "tilbud", "senter", "organisasjon*", "pride", "homofil*", "lesb*", "bifil*", "lhbt*", "skeive",
				// A queer group of people: "eit skeivt kor", "skeivt nettverk".
				"kor", "koret", "korps", "nettverk*", "treff*", "kafé", "kafe", "festival*", "fellesskap*"},
			Deny:      []string{"bilde*", "bilete*", "vegg*", "hengt", "henger", "gått", "gjekk", "gikk", "vinkel", "tenner", "tann*", "smil", "rygg*", "nese*", "står", "stod", "sto", "ligg*", "sitt*", "hjul*", "dør*", "bord*"},
			KeepLangs: []string{"nb", "da", "sv", "en"}},
		// Danish skæv, skæve: queer only among words of queer life ("skæve
		// unge fra lgbt-foreningen"); crooked, skewed or odd otherwise
		// ("skæve tænder", "en skæv fordeling", "skæve boliger").
		{Key: "orientation.skaev", Window: 5,
			Confirm: []string{"unge", "ungdom*", "lgbt*", "lhbt*", "homo*", "bøsse*", "lesb*", "queer*", "miljø*", "forening*",
				"pride", "trans*", "bifil*", "regnbue*", "sabaah"}},
		// skeiv, skeive: queer in every language, unless crooked things are
		// near ("skeive fliser", "skeiv rygg", "bildet er skeivt").
		{Key: "orientation.skeiv", Window: 4,
			Confirm: []string{"miljø*", "ungdom*", "tilbod", "tilbud", "senter", "organisasjon*", "pride", "homofil*", "lesb*", "bifil*", "lhbt*"},
			Deny: []string{"bilde*", "bilete*", "vegg*", "hengt", "henger", "vinkel", "tenner", "tann*", "smil", "rygg*", "nese*", "hjul*", "dør*", "bord*",
				"flis*", "fortau*", "gulv*", "golv*", "vindu*", "stolpe*", "gjerde*", "skilt*", "lykt*", "kant*", "hylle*", "skap*", "taket", "trapp*", "stein*", "planke*", "ramme*",
				"står", "stod", "sto", "postkass*", "brøyt*"},
			KeepLangs: []string{"*"}},
	}
}

// Describe implements Describer for docs/detectors.md.
func (o *OrientationDetector) Describe() DetectorDoc {
	return DetectorDoc{
		Categories: []Category{Orientation},
		Summary: "Words for sexual orientation wherever they occur, from data/orientation/terms.tsv: stems matched at " +
			"the start of a token cover inflections and compounds (homofile, LHBT-rådgiveren, HBTQ-grupp); short " +
			"words are matched by their listed forms (homo, hetero, bøsse, bög). skeiv, skeive and skeivt (also 'crooked') are weak.",
		Rules: []RuleDoc{
			{"orientation.term", "homofil, lesbisk, bifil, heterofil, skeiv, gay, queer, bøsse, LHBT, LGBTQ, HBTQ, ..."},
		},
	}
}
