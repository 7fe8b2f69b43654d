package detectors

import (
	"embed"
	"fmt"
	"slices"
	"sort"
	"strings"
)

// directionFrame reports whether the party name from token a to b stands
// between a preposition of direction and "for" or a side ("Til Venstre for
// indgangen", "to the Høyre side"): a direction even when capitalised.
func directionFrame(t *Text, a, b int) bool {
	if b != a+1 || b >= len(t.Tokens) || !gapSpaces(t, a) {
		return false
	}
	if w := t.Word(a); w == "labour" || w == "labor" {
		return birthNouns[t.Word(b)] // "the Labour ward", "labour pains": childbirth, not the party
	} else if !directionWords[w] {
		return false
	}
	if doorNouns[t.Word(b)] {
		return true // "Høyre inngang", "Venstre fil": a door or a lane on that side
	}
	if b+1 < len(t.Tokens) && gapSpaces(t, b) && sideNouns[t.Word(b)] && sideOf[t.Word(b+1)] {
		return true // "Venstre side av garasjen må males": a side of something, even opening a sentence
	}
	if b+2 < len(t.Tokens) && pairWords[t.Word(b)] && directionWords[t.Word(b+1)] && !t.IsUpper(b+1) &&
		directedNouns[t.Word(b+2)] && gapSpaces(t, b) && gapSpaces(t, b+1) {
		return true // "Venstre eller høyre inngang": two directions of one door
	}
	if a == 0 || !gapSpaces(t, a-1) {
		return false
	}
	switch t.Word(a - 1) {
	case "til", "till", "mot", "mod", "to", "på", "pa":
	default:
		return false
	}
	if a >= 2 && (thanksWords[t.Word(a-2)] || praiseWords[t.Word(a-2)]) {
		return false // "takk til Venstre for innsatsen": the party thanked
	}
	if a >= 2 && turnVerbs[t.Word(a-2)] && gapSpaces(t, a-2) {
		return true // "ta til Høyre etter rundkjøringen", "sväng till Höger vid kyrkan"
	}
	switch t.Word(b) {
	case "for", "för", "side", "sida", "sidan", "siden", "hånd", "hand", "handa", "hånden", "handen":
		return true
	}
	return false
}

// directions name a side. sidedNouns are what a direction names the side
// of (a hand, a bend, a corner), doorList doors, entrances and lanes, which
// a direction names even without a preposition ("Høyre inngang"); a pair of
// directions joined by pairWords names the side of either ("Venstre eller
// høyre inngang"). birthNouns follow labour as childbirth.
var (
	directions = []string{"høyre", "høgre", "venstre", "højre", "höger", "vänster"}
	sidedNouns = []string{"side", "sida", "sidan", "siden", "hånd", "hand", "handa", "handen", "hånden", "felt", "feltet",
		"arm", "armen", "ben", "benet", "bein", "beinet", "fot", "foten", "øre", "øret", "øyre", "øyret", "øye", "øyet",
		"auga", "auget", "sving", "svingen", "kant", "kanten", "hjørne", "hjørnet", "trapp", "trappa", "trappen", "heis",
		"heisen", "gang", "gangen", "vinge", "vingen"}
	doorList = []string{"inngang", "inngangen", "inngangsdøra", "inngangsdøren", "indgang", "indgangen", "ingång",
		"ingången", "entrance", "dør", "døra", "døren", "dörr", "dörren", "fløy", "fløyen", "fløya", "fil", "filen", "fila", "lane"}

	directionWords = setOf(directions...)
	doorNouns      = setOf(doorList...)
	directedNouns  = setOf(append(slices.Clone(sidedNouns), doorList...)...)
	pairWords      = setOf("eller", "og", "å", "el", "elle", "eler", "or", "and", "och")
	birthNouns     = setOf("ward", "wards", "room", "pains", "pain", "induction", "unit", "suite")
)

// sideNouns and sideOf make a side of something: "venstre side av garasjen",
// "höger sida av huset".
var (
	sideNouns = setOf("side", "sida", "sidan", "siden", "sidene", "sidorna")
	sideOf    = setOf("av", "af", "of", "på", "pa", "i", "ved", "vid")
)

// turnVerbs turn or keep to a side before "til": "ta til høyre", "sving
// til venstre", "drej til højre", "sväng till vänster", "turn to the".
var turnVerbs = setOf("ta", "tek", "tar", "sving", "svinge", "svingar", "svinger", "kjør", "kjøyr", "køyr", "kjøre", "hold",
	"holde", "gå", "gaa", "drei", "dreie", "drej", "dreje", "sväng", "svänga", "kör", "håll", "turn", "keep", "bear")

// praiseWords praise or greet someone before "til", beside thanksWords:
// "ros til Høyre for ...".
var praiseWords = setOf("thank", "ros", "skryt", "honnør", "hilsen", "hilsner")

// partyHeads after a party or an ideology belong to its span: a party's
// youth league, an ideology's extremist. Its voters, members and
// politicians do not ("Labour voter").
var partyHeads = setOf("ungdomsförbund", "ungdomsförbundet", "ungdomsforbund", "ungdomsforbundet",
	"ungdomsorganisation", "ungdomsorganisationen", "ungdomsorganisasjon", "ungdomsorganisasjonen",
	"ungdomsparti", "ungdomspartiet", "extremist", "extremists", "extremister", "extremisten",
	"ekstremist", "ekstremister", "ekstremisten", "ekstremistane", "ekstremisterne",
	// "the Communist Party", "kommunistiske parti": an ideology's party.
	"party", "parti", "partiet")

// politicsCodeVersion names the code of this detector's rules; bump it when they change,
// so Engine.Version() changes and stored messages are re-masked (the data and
// context rules are hashed into the version already).
const politicsCodeVersion = "politics-83"

//go:embed data/politics/*.tsv
var politicsData embed.FS

// PoliticsDetector finds political preferences (detection.md, POLITICS):
// party names and abbreviations of Norway, Denmark, Sweden and the United
// Kingdom and their youth parties, with genitives and compounds (Høyres,
// SV-medlem, Frp'ere); ideologies applied to a person; politicians named
// with a stance; and the choice after a vote verb (jeg stemte Høyre).
// Party names that are also ordinary words (høyre, venstre, rødt) are strong
// when capitalised inside a sentence or voted for, and otherwise weak spans
// decided by its ContextRules.
type PoliticsDetector struct {
	// exactIdx and foldIdx index phrases by their first token, lowercase
	// (tokens with non-ASCII letters) and folded (plain-ASCII tokens).
	exactIdx, foldIdx map[string][]*pPhrase
	stems             *[256][]pStem
	compPrefix        map[string]*pEntry // single-token names for compounds (høyrevelger), lowercase and folded
	compFirst         *[1 << 16]bool     // first two bytes of the compPrefix keys
	// first2 holds the first two bytes of every word the detector looks
	// up (phrase starts, stems, vote verbs), in every spelling: a token
	// whose first two bytes are not in it is skipped at once.
	first2 *[1 << 16]bool
	// f2Title marks the first two bytes of political titles (titledName).
	f2Title *[1 << 16]bool
	// f2Phrase, f2Stem and f2Vote split first2 by what starts there.
	f2Phrase, f2Stem, f2Vote *[1 << 16]bool
	votes, skips             map[string]bool
	heads                    []string
	heads1                   []string // heads that make a ballot letter a party (S-regeringen)
	kw                       []string
	version                  string
	// looked caches wordClass by token (memo.go).
	looked *wordMemo[uint8]
}

// politicsMemoBits sizes the cache of wordClass (2^13 slots).
const politicsMemoBits = 13

// The bits of wordClass: what a token may be, whatever stands around it.
const (
	pwPhrase   = 1 << iota // some phrase of the index starts with one of its firstKeys
	pwCompound             // partyCompound
	pwVote                 // the word holds a stem of voting (voteStem)
)

var _ Detector = (*PoliticsDetector)(nil)
var _ ContextRuler = (*PoliticsDetector)(nil)
var _ Versioner = (*PoliticsDetector)(nil)

type pEntry struct {
	rule       string          // politics.party, politics.youth, ...
	canon      map[string]bool // abbreviation spellings that are strong
	lowerKey   string          // weak key for an abbreviation written in lower case
	weak       string          // always weak (except voted for)
	amb        string          // weak unless capitalised mid-sentence or voted for
	voteOnly   bool
	cap        bool
	politician bool
	long       bool // an unambiguous name: any compound after a hyphen is political
}

type pPhrase struct {
	toks []string // lowercase
	fold []string
	e    *pEntry
}

type pStem struct {
	stem string
	e    *pEntry
}

// maxVoteSkip is how many skip words may stand between a vote verb and the
// choice: "stemmer nok ikke lenger på Høyre" has four.
const maxVoteSkip = 4

// NewPolitics loads the embedded word lists.
func NewPolitics() (*PoliticsDetector, error) {
	p := &PoliticsDetector{
		exactIdx: make(map[string][]*pPhrase), foldIdx: make(map[string][]*pPhrase),
		stems: new([256][]pStem), compPrefix: make(map[string]*pEntry), compFirst: new([1 << 16]bool), first2: new([1 << 16]bool), f2Title: new([1 << 16]bool),
		f2Phrase: new([1 << 16]bool), f2Stem: new([1 << 16]bool), f2Vote: new([1 << 16]bool),
		votes: make(map[string]bool), skips: make(map[string]bool), looked: newWordMemo[uint8](politicsMemoBits),
	}
	var h wlVersion
	var kws []string
	phrases := make(map[string]*pPhrase) // by joined folded tokens
	var order []string
	add := func(path string, line int, phrase string, e *pEntry, override bool) error {
		low := lowerSameLen(phrase)
		toks := tokenize(nil, low)
		if len(toks) == 0 {
			return fmt.Errorf("detectors: word list %s:%d: phrase %q has no word", path, line, phrase)
		}
		ph := &pPhrase{e: e}
		for _, tk := range toks {
			w := low[tk.Start:tk.End]
			ph.toks = append(ph.toks, w)
			ph.fold = append(ph.fold, Fold(w))
		}
		key := strings.Join(ph.toks, " ")
		if _, dup := phrases[key]; dup && !override {
			return nil // the first entry (or an override) wins
		}
		if _, dup := phrases[key]; !dup {
			order = append(order, key)
		}
		phrases[key] = ph
		return nil
	}
	// Overrides and abbreviations first: they decide how a name is read.
	const partiesPath = "data/politics/parties.tsv"
	lines, err := wlRead(politicsData, partiesPath, 3, &h)
	if err != nil {
		return nil, err
	}
	skip := make(map[string]bool)
	for _, l := range lines {
		rule := l.col(1)
		switch rule {
		case "party", "youth", "ideology":
		default:
			return nil, fmt.Errorf("detectors: word list %s:%d: unknown rule %q", partiesPath, l.no, rule)
		}
		e := &pEntry{rule: "politics." + rule}
		fl := wlFlags(l.col(2))
		for k, v := range fl {
			switch k {
			case "abbr":
				e.canon = make(map[string]bool)
				for _, s := range wlSplit(v, "|") {
					e.canon[s] = true
				}
			case "lower":
				e.lowerKey = v
			case "weak":
				e.weak = v
			case "amb":
				e.amb = v
			case "vote":
				e.voteOnly = true
			case "cap":
				e.cap = true
			case "skip":
				skip[lowerSameLen(l.cols[0])] = true
			default:
				return nil, fmt.Errorf("detectors: word list %s:%d: unknown flag %q", partiesPath, l.no, k)
			}
		}
		if fl["weak"] == "" && fl["lower"] == "" && fl["amb"] == "" {
			if _, ok := fl["weak"]; ok {
				return nil, fmt.Errorf("detectors: word list %s:%d: weak flag without a key", partiesPath, l.no)
			}
		}
		e.long = e.canon == nil && e.amb == "" && e.weak == ""
		if _, ok := fl["skip"]; ok {
			continue
		}
		if err := add(partiesPath, l.no, l.cols[0], e, false); err != nil {
			return nil, err
		}
	}
	// Party names of the shared table.
	const tablePath = "data/politics/political_parties_no_dk_se.tsv"
	lines, err = wlRead(politicsData, tablePath, 7, &h)
	if err != nil {
		return nil, err
	}
	for _, l := range lines {
		if len(l.cols) < 3 {
			return nil, fmt.Errorf("detectors: word list %s:%d: want at least 3 columns", tablePath, l.no)
		}
		names := partyNames(l.col(2))
		if l.col(6) == "curated_current" {
			if en := l.col(3); strings.Contains(en, " ") && !strings.HasPrefix(en, "The ") {
				names = append(names, "\x00"+en) // marked: only capitalised
			}
		}
		for _, n := range names {
			e := &pEntry{rule: "politics.party", long: true}
			if strings.HasPrefix(n, "\x00") {
				n, e.cap = n[1:], true
			}
			if skip[lowerSameLen(n)] {
				continue
			}
			if err := add(tablePath, l.no, n, e, false); err != nil {
				return nil, err
			}
		}
	}
	// Multi-word ideologies live in parties.tsv; single words in ideologies.tsv.
	const idPath = "data/politics/ideologies.tsv"
	lines, err = wlRead(politicsData, idPath, 4, &h)
	if err != nil {
		return nil, err
	}
	for _, l := range lines {
		w := lowerSameLen(l.cols[0])
		e := &pEntry{rule: "politics.ideology"}
		fl := wlFlags(l.col(2))
		for k, v := range fl {
			if k != "weak" || v == "" {
				return nil, fmt.Errorf("detectors: word list %s:%d: bad flag %q", idPath, l.no, k)
			}
			e.weak = v
		}
		if l.col(1) == "prefix" {
			p.stems[w[0]] = append(p.stems[w[0]], pStem{w, e})
			if f := Fold(w); f != w {
				p.stems[f[0]] = append(p.stems[f[0]], pStem{f, e})
			}
			p.markFirst2(w, p.f2Stem)
			kws = append(kws, w)
			continue
		}
		par := l.col(1)
		if par == "" {
			par = "x"
		}
		forms, ok := wlExpand(w, par)
		if !ok {
			return nil, fmt.Errorf("detectors: word list %s:%d: unknown paradigm %q", idPath, l.no, par)
		}
		forms = append(forms, wlSplit(l.col(3), ",")...)
		for _, f := range forms {
			if err := add(idPath, l.no, f, e, false); err != nil {
				return nil, err
			}
		}
	}
	const polPath = "data/politics/politicians.tsv"
	lines, err = wlRead(politicsData, polPath, 1, &h)
	if err != nil {
		return nil, err
	}
	for _, l := range lines {
		e := &pEntry{rule: "politics.politician", politician: true, weak: "politics.stance"}
		if err := add(polPath, l.no, l.cols[0], e, false); err != nil {
			return nil, err
		}
	}
	const gramPath = "data/politics/grammar.tsv"
	lines, err = wlRead(politicsData, gramPath, 2, &h)
	if err != nil {
		return nil, err
	}
	for _, l := range lines {
		w := lowerSameLen(l.col(1))
		switch l.cols[0] {
		case "vote":
			p.votes[w], p.votes[Fold(w)] = true, true
			p.markFirst2(w, p.f2Vote)
			kws = append(kws, w)
		case "skip":
			p.skips[w], p.skips[Fold(w)] = true, true
		case "head":
			p.heads = append(p.heads, Fold(w))
		case "head1":
			p.heads1 = append(p.heads1, Fold(w))
			kws = append(kws, w) // S-regeringen: the head wakes the detector
		default:
			return nil, fmt.Errorf("detectors: word list %s:%d: unknown kind %q", gramPath, l.no, l.cols[0])
		}
	}
	sort.Slice(p.heads, func(i, j int) bool { return len(p.heads[i]) > len(p.heads[j]) })
	for w := range politicalTitles {
		p.markFirst2(w, p.f2Title)
		kws = append(kws, w)
	}
	p.markFirst2("som", p.f2Title) // "Randi Haugland som ordfører"
	for _, key := range order {
		ph := phrases[key]
		first := ph.toks[0]
		p.markFirst2(first, p.f2Phrase)
		if len(first) <= 2 {
			p.markFirst2(first+"-", p.f2Phrase) // S-regeringen, Ø-politiker
			p.markFirst2(first+"'", p.f2Phrase) // V'er
		}
		p.exactIdx[first] = append(p.exactIdx[first], ph)
		if f := ph.fold[0]; f != first || isASCII(first) {
			p.foldIdx[f] = append(p.foldIdx[f], ph)
		}
		if !ph.e.voteOnly { // ballot letters count only after a vote verb, itself a keyword
			kws = append(kws, longest(ph.toks))
		} else if len(ph.toks) == 1 {
			kws = append(kws, strings.ToLower(first)+"'er", strings.ToLower(first)+"’er") // "LA'er"
		}
		if len(ph.toks) == 1 && !ph.e.politician && !ph.e.voteOnly && ph.e.rule != "politics.ideology" && len(first) >= 2 {
			for _, k := range []string{ph.toks[0], ph.fold[0]} {
				p.compPrefix[k] = ph.e
				p.compFirst[uint16(k[0])<<8|uint16(k[1])] = true
				if st := compoundStem(k); st != "" {
					// "fremskrittspartivelger", "enhedslistevælger",
					// "moderatväljare": the name without its ending.
					p.compPrefix[st] = ph.e
					p.compFirst[uint16(st[0])<<8|uint16(st[1])] = true
					kws = append(kws, st)
				}
			}
		}
	}
	for _, idx := range []map[string][]*pPhrase{p.exactIdx, p.foldIdx} {
		for k, l := range idx {
			sort.SliceStable(l, func(i, j int) bool { return len(l[i].toks) > len(l[j].toks) })
			idx[k] = l
		}
	}
	// Lists of Swedish ballot letters ("s och v", "m, l") wake the detector.
	for a := range svPartyLetters {
		for b := range svPartyLetters {
			a, b := strings.ToLower(a), strings.ToLower(b)
			kws = append(kws, a+" och "+b, a+" eller "+b, a+", "+b)
		}
	}
	// A party letter in brackets after a politician's name: "Kari Holm (H)".
	for l := range parenLetters {
		kws = append(kws, "("+strings.ToLower(l)+")")
	}
	p.kw = wlKeywords(append(kws, myVoteKeywords...))
	p.version = politicsCodeVersion + "-" + h.sum(fmt.Sprint(p.ContextRules()))
	return p, nil
}

// longest returns the longest of toks: the phrase's keyword, since every
// token must occur for the phrase to match.
func longest(toks []string) string {
	l := toks[0]
	for _, t := range toks[1:] {
		if len(t) > len(l) {
			l = t
		}
	}
	return l
}

// markFirst2 records the first two bytes of w in its lowercase, folded and
// digraph (ae/oe/aa) spellings.
func (p *PoliticsDetector) markFirst2(w string, also *[1 << 16]bool) {
	for _, v := range []string{w, Fold(w), wlDigraphs.Replace(w)} {
		if len(v) >= 2 {
			k := uint16(v[0])<<8 | uint16(v[1])
			p.first2[k], also[k] = true, true
		}
	}
}

// partyNames splits a name of the party table into the names chat uses:
// "Enhedslisten – De Rød-Grønne" is two, "Venstre, Danmarks Liberale Parti"
// keeps its first part, a parenthesised or bracketed alternative counts when
// it is a name and not an abbreviation ("(Socialdemokraterna)", not "(FOR)").
func partyNames(s string) []string {
	var out []string
	addName := func(n string) {
		n = strings.TrimSpace(n)
		if i := strings.Index(n, ", "); i >= 0 {
			n = n[:i]
		}
		letters, lower := 0, 0
		for _, r := range n {
			if r >= 'a' && r <= 'z' || r > 0x7f {
				lower++
			}
			if r != ' ' && r != '-' && (r < '0' || r > '9') {
				letters++
			}
		}
		if letters < 3 || lower == 0 {
			return // "SV", "FOR", "1921"
		}
		out = append(out, n)
	}
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == '|' }) {
		for _, sep := range []string{" – ", " - "} {
			part = strings.ReplaceAll(part, sep, "\x01")
		}
		for _, p := range strings.Split(part, "\x01") {
			for _, br := range [][2]string{{"(", ")"}, {"[", "]"}} {
				if i := strings.Index(p, br[0]); i >= 0 {
					if j := strings.Index(p[i:], br[1]); j > 0 {
						alt := p[i+1 : i+j]
						if strings.Contains(alt, " ") || strings.ToUpper(alt) != alt && len(alt) > 8 {
							addName(alt)
						}
						p = p[:i] + p[i+j+1:]
					}
				}
			}
			addName(p)
		}
	}
	return out
}

// Name implements Detector.
func (p *PoliticsDetector) Name() string { return "politics" }

// Keywords implements Detector.
func (p *PoliticsDetector) Keywords() []string { return p.kw }

// Version implements Versioner: a hash of the embedded word lists and rules.
func (p *PoliticsDetector) Version() string { return p.version }

// pMatch is a phrase found at tokens [a, b).
type pMatch struct {
	a, b int
	e    *pEntry
	// viaLower: an abbreviation written in lower case (weak unless voted for).
	viaLower bool
	// head: a compound with a political head (Støre-regjeringen, sv-medlem),
	// political whatever the name's other senses.
	head bool
}

// Detect implements Detector.
func (p *PoliticsDetector) Detect(t *Text) []Span { return p.appendSpans(t, nil) }

// appendSpans implements spanAppender.
func (p *PoliticsDetector) appendSpans(t *Text, out []Span) []Span {
	shout := -1
	isShout := func() bool {
		if shout < 0 {
			shout = 0
			if shouting(t.Orig) || titled(t.Orig) {
				// In capitals or with every word capitalised a capital
				// does not make "Høyre" the party.
				shout = 1
			}
		}
		return shout == 1
	}
	n := len(t.Tokens)
	for i := 0; i < n; i++ {
		w := t.Word(i)
		if len(w) > maxGenderToken {
			continue
		}
		if len(w) < 2 {
			if len(w) == 1 && parenLetter(t, i) {
				sp := wlTokenSpan(t, i, i, Politics, "politics.party")
				sp.Weak, sp.Key = true, "politics.parenletter"
				out = append(out, sp)
				continue
			}
			if t.Lang == "sv" && len(w) == 1 {
				out, i = appendLetterList(t, i, out)
			}
			continue
		}
		k2 := uint16(w[0])<<8 | uint16(w[1])
		if !p.first2[k2] {
			continue
		}
		key := w
		if isASCII(w) {
			key = t.Folded(i) // Fold(w), folded by the Text
		}
		if p.f2Title[k2] && w == "som" && i+1 < n && politicalTitles[t.Word(i+1)] && i > 0 {
			// "Jeg støtter Randi Haugland som ordfører": a name and the office
			// it is wanted for.
			if a := nameBefore(t, i); a < i && (len(out) == 0 || out[len(out)-1].End <= t.Tokens[a].Start) {
				sp := wlTokenSpan(t, a, i-1, Politics, "politics.politician")
				sp.Weak, sp.Key = true, "politics.titled"
				out = append(out, sp)
			}
		}
		if p.f2Title[k2] && politicalTitles[w] {
			if a, b := namedBeforeOffice(t, i); b > a && (len(out) == 0 || out[len(out)-1].End <= t.Tokens[a].Start) {
				// "Randi Øverland er den verste ordføreren vi har hatt": a
				// full name said to be the office, with a word of judgement.
				sp := wlTokenSpan(t, a, b-1, Politics, "politics.politician")
				sp.Weak, sp.Key = true, "politics.titled"
				out = append(out, sp)
			}
			// "Ordføraren vår, Torunn Fjeld, er berre flink", "our mayor,
			// Tom Hansen, is useless": the name in apposition after the
			// office and a possessive.
			j := -1
			if i+3 < n && officePossessives[t.Word(i+1)] && gapSpaces(t, i) && t.Orig[t.Tokens[i+1].End:t.Tokens[i+2].Start] == ", " {
				j = i + 2
			} else if i > 0 && i+2 < n && officePossessives[t.Word(i-1)] && gapSpaces(t, i-1) && t.Orig[t.Tokens[i].End:t.Tokens[i+1].Start] == ", " {
				j = i + 1
			}
			if j > 0 {
				if b := nameFrom(t, j); b > j {
					sp := wlTokenSpan(t, j, b-1, Politics, "politics.politician")
					sp.Weak, sp.Key = true, "politics.titled"
					out = append(out, sp)
					i = b - 1
					continue
				}
			}
			if b := titledName(t, i+1); b > i+1 {
				// "ordfører Trond Eikeland gjør en elendig jobb": an unlisted
				// politician named by the office; political with a stance,
				// else left to PERSON.
				sp := wlTokenSpan(t, i+1, b-1, Politics, "politics.politician")
				sp.Weak, sp.Key = true, "politics.titled"
				out = append(out, sp)
				i = b - 1
				continue
			}
		}
		// A vote verb: the choice after it is political whatever its case.
		if p.f2Vote[k2] && p.votes[key] {
			j := i + 1
			for k := 0; k < maxVoteSkip && j < n && p.skips[t.Folded(j)] && !voteBreak(t, j); k++ {
				if _, ok := p.matchAt(t, j, true); ok && t.IsUpper(j) {
					break // a skip word opening a party's name: "stemmer på Det Konservative Folkeparti"
				}
				j++
			}
			if j < n && !voteBreak(t, j) {
				if m, ok := p.matchAt(t, j, true); ok && !(m.b == m.a+1 && len(t.Word(m.a)) == 1 && !ballotLetter(t, m.a)) && !suspendedDirection(t, m) {
					rule := "politics.vote"
					if m.e.politician {
						rule = "politics.politician"
					}
					if m.e.rule == "politics.ideology" {
						rule = m.e.rule
					}
					if m.e.amb != "" && (key == "blir" || key == "bliver") && m.b < n && gapSpaces(t, m.b-1) &&
						frameNouns[t.Word(m.b)] {
						// "blir det rødt lys", "bliver det venstre side": after
						// the weak frame a party that is also a word is that
						// word when a noun it describes follows.
						i = m.b - 1
						continue
					}
					out = append(out, wlTokenSpan(t, m.a, m.b-1, Politics, rule))
					i = m.b - 1
					continue
				}
				if b := votedName(t, j); b > j {
					// An unlisted candidate voted for by full name: "rösta på
					// Annika Strandberg".
					out = append(out, wlTokenSpan(t, j, b-1, Politics, "politics.politician"))
					i = b - 1
					continue
				}
			}
		}
		if !p.f2Phrase[k2] {
			// no phrase starts here
		} else if m, ok := p.matchAt(t, i, false); ok {
			if m.e.politician && m.b == m.a+1 && politicianWords[t.Word(m.a)] {
				// "de store landbrug": Støre written without ø and in lower
				// case is the word it spells, unless a vote verb chose it
				// (above).
				i = m.b - 1
				continue
			}
			if suspendedDirection(t, m) {
				// "høyre- eller venstresving", "höger- och vänsterfilen": the
				// first part of a compound of direction, written short.
				i = m.b - 1
				continue
			}
			if m.b == m.a+1 && !t.IsUpper(m.a) && verbParties[t.Word(m.a)] && verbLed(t, m.a) {
				// "eg vil høyre saka", "å høyre meir": the nynorsk verb to
				// hear after a modal or the infinitive mark.
				continue
			}
			if m.b < n && gapSpaces(t, m.b-1) && partyHeads[t.Word(m.b)] {
				m.b++ // "Moderaternas ungdomsförbund", "right-wing extremist"
			}
			sp := wlTokenSpan(t, m.a, m.b-1, Politics, m.e.rule)
			switch {
			case m.head:
			case m.e.canon != nil && m.b == m.a+1 && replyPrefix(t.Orig[t.Tokens[m.a].End:]) && !m.head:
				continue // "SV:", "AP:" heading a reply or a list, not a party
			case m.e.canon != nil:
				if m.viaLower {
					sp.Weak, sp.Key = true, m.e.lowerKey
				} else if m.e.weak != "" {
					sp.Weak, sp.Key = true, m.e.weak
				}
			case m.e.amb != "":
				if dayAfter(t, m.b) {
					continue // "the Labour Day lunch", "Venstre dag": a day's name
				}
				if !(t.IsUpper(m.a) && !wlSentenceStart(t, m.a) && !isShout() && !directionFrame(t, m.a, m.b)) && !partyActs(t, m, n) &&
					!(t.IsUpper(m.a) && parenAfterName(t, m.a, m.b)) {
					sp.Weak, sp.Key = true, m.e.amb
					// "vi er konservative": in lower case a party name that is
					// also an ideology's word is read as the ideology.
					if e := p.stem(key); m.b == m.a+1 && !t.IsUpper(m.a) && e != nil && e.rule == "politics.ideology" {
						sp.Rule, sp.Key = e.rule, e.weak
						sp.Weak = e.weak != ""
					}
				}
			case m.e.weak != "":
				sp.Weak, sp.Key = true, m.e.weak
			}
			out = append(out, sp)
			i = m.b - 1
			continue
		}
		if !p.f2Stem[k2] {
			// no stem starts here
		} else if e := p.stem(key); e != nil {
			j := i
			if j+1 < n && gapSpaces(t, j) && partyHeads[t.Word(j+1)] {
				j++ // "right-wing extremist"
			}
			sp := wlTokenSpan(t, i, j, Politics, e.rule)
			if e.weak != "" {
				sp.Weak, sp.Key = true, e.weak
			}
			out = append(out, sp)
			i = j
			continue
		}
		if p.wordClass(t, i)&pwCompound != 0 {
			out = append(out, wlTokenSpan(t, i, i, Politics, "politics.party"))
		}
	}
	if a, b := p.myVoteName(t); b > a {
		out = append(out, wlTokenSpan(t, a, b-1, Politics, "politics.politician"))
	}
	return out
}

// myVoteKeywords wake the detector for a vote promised to someone: "hun
// får stemmen min", "hon får min röst", "she gets my vote".
var myVoteKeywords = []string{"min stemme", "stemmen min", "mi stemme", "mi røyst", "røysta mi", "min röst", "my vote"}

// suspendedDirection reports whether match m is one word cut short by a
// hyphen before "og"/"eller" and a compound that ends in a direction's,
// a road's or a body part's head: "høyre- eller venstresving", "højre- og
// venstrebenet".
func suspendedDirection(t *Text, m pMatch) bool {
	if m.b != m.a+1 || m.b+1 >= len(t.Tokens) {
		return false
	}
	if e := t.Tokens[m.a].End; e >= len(t.Orig) || t.Orig[e] != '-' {
		return false
	}
	if c := t.Word(m.b); c != "og" && c != "eller" && c != "och" && c != "and" && c != "or" {
		return false
	}
	return endsWithAny(t.Folded(m.b+1), directionHeads)
}

var directionHeads = []string{"sving", "svingen", "svinger", "svingar", "svang", "svangen", "fil", "filen", "filer", "felt",
	"feltet", "kjorefelt", "korfalt", "korfaltet", "trafikk", "trafik", "kjoring", "korsel", "hand", "handa", "handen",
	"fot", "foten", "ben", "benet", "bein", "beinet", "arm", "armen", "kne", "kneet", "knae", "knaet", "oye", "oyet", "oie",
	"ore", "oret", "hofte", "hofta", "hoften", "skulder", "skulderen", "lunge", "lungen", "nyre", "nyren", "pil", "pilen",
	"dreining", "dreiing"}

// verbParties are party names that are also verbs in lower case (nynorsk
// "høyre", to hear); verbLeads make the word after them a verb.
var (
	verbParties = setOf("høyre", "hoyre")
	verbLeads   = setOf("vil", "ville", "kan", "kunne", "skal", "skulle", "må", "måtte", "bør", "burde", "å", "aa", "lyt",
		"får", "fekk", "fikk")
)

// verbLed reports whether token i follows a modal or the infinitive mark,
// perhaps with an adverb between ("vil gjerne høyre").
func verbLed(t *Text, i int) bool {
	k := i - 1
	if k >= 0 && verbAdverbs[t.Word(k)] {
		k--
	}
	return k >= 0 && verbLeads[t.Word(k)]
}

var verbAdverbs = setOf("gjerne", "berre", "bare", "også", "ogso", "ikkje", "ikke", "aldri", "alltid", "heller")

// frameNouns follow a colour or a side that "blir det" introduces as a
// word, not a party: "blir det rødt lys", "blir det høyre felt".
var frameNouns = setOf("lys", "lyset", "kort", "kortet", "felt", "feltet", "side", "sida", "siden", "sving",
	"svingen", "hånd", "hand", "hånden", "handa", "armen", "foten", "øyet", "øye", "flagg", "flagget", "farge", "farve")

// politicianWords are politicians' names that, folded and in lower case,
// are common words: "store" (big) for Støre.
var politicianWords = setOf("store")

// votePronoun reports whether the preposition at token i, after a vote verb
// (and an adverb), takes a pronoun for someone named before: "stemmer
// aldrig på hende igen", "röstar inte på honom".
func (p *PoliticsDetector) votePronoun(t *Text, i int) bool {
	if i+1 >= len(t.Tokens) || i < 1 {
		return false
	}
	switch t.Word(i + 1) {
	case "hende", "henne", "ham", "honom", "him", "her":
	default:
		return false
	}
	k := i - 1
	if myVoteAdverbs[t.Word(k)] && k > 0 {
		k--
	}
	return p.votes[t.Folded(k)] // the vote verbs of data/politics/grammar.tsv
}

// myVoteAdverbs stand between getting and the vote: "får aldrig min röst".
var myVoteAdverbs = setOf("aldrig", "aldri", "aldrei", "never", "ikke", "inte", "ikkje", "igjen", "igen", "also", "også",
	"alltid", "altid", "always", "definitivt", "absolutt", "garanteret", "garanterat",
	// When: "stemmer på Lunde neste gang", "röstar på Ek nästa gång".
	"neste", "næste", "nästa", "next")

// myVoteName finds the candidate a writer promises their vote to, or takes
// it from ("Siri Mo Berntsen ... hun får stemmen min til høsten",
// "Frederiksen har mistet min stemme"): the last full name, two or three
// capitalised words, before a phrase of getting or losing the writer's
// vote. It returns the name's tokens [a, b), or a == b.
func (p *PoliticsDetector) myVoteName(t *Text) (int, int) {
	// A stem of voting in the text: its letters lie in one token, so the
	// tokens' cached bits answer, where four searches of the whole text
	// cost about 1 % of all instructions.
	n := len(t.Tokens)
	vote := false
	for i := 0; i < n && !vote; i++ {
		vote = p.wordClass(t, i)&pwVote != 0
	}
	if !vote {
		return 0, 0
	}
	at := -1
	for i := 0; i+1 < n && at < 0; i++ {
		switch t.Word(i) {
		case "på", "for":
			// "stemmer aldrig på ham igen": a pronoun for the one named.
			if p.votePronoun(t, i) {
				at = i
			}
			continue
		case "får", "fikk", "fick", "fik", "gets", "has", "get", "mistet", "mista", "lost", "förlorat":
		default:
			continue
		}
		if i+2 >= n {
			break
		}
		x, y := t.Word(i+1), t.Word(i+2)
		if myVoteAdverbs[x] && i+3 < n {
			x, y = y, t.Word(i+3) // "får aldrig min röst", "gets my vote again"
		}
		if x == "my" && y == "vote" || (x == "min" || x == "mi") && (y == "stemme" || y == "röst" || y == "røyst") ||
			y == "min" && (x == "stemmen" || x == "stemma") || y == "mi" && (x == "røysta" || x == "stemma") {
			at = i
		}
	}
	for k := at - 1; k > 0 && k >= at-40; k-- {
		if !nameWord(t, k) || !nameWord(t, k-1) || !gapSpaces(t, k-1) {
			continue
		}
		a := k - 1
		if a > 0 && nameWord(t, a-1) && gapSpaces(t, a-1) &&
			!(wlSentenceStart(t, a-1) && (strings.HasSuffix(t.Word(a-1), "et") || strings.HasSuffix(t.Word(a-1), "en"))) {
			// A third word, unless a title or a definite noun opening the
			// sentence ("Kommunalrådet Johan Berglind").
			a--
		}
		if wlSentenceStart(t, a) && a == k-1 && isPronounLike(t.Word(a)) {
			continue
		}
		return a, k + 1
	}
	return 0, 0
}

// nameWord reports whether token k could be part of a person's name:
// capitalised letters, not an acronym nor a title ("Mr").
func nameWord(t *Text, k int) bool {
	raw := t.Raw(k)
	return t.IsUpper(k) && runeCount(raw) >= 2 && !isAllUpper(raw) && !strings.ContainsAny(raw, "0123456789@") &&
		!personTitles[t.Folded(k)]
}

// isPronounLike reports whether w is a word that opens sentences before a
// capitalised word without being a name: "Det", "Hun", "Vi".
func isPronounLike(w string) bool {
	switch w {
	case "det", "den", "hun", "han", "hon", "vi", "jeg", "jag", "eg", "de", "dei", "the", "she", "he", "i", "we":
		return true
	}
	return false
}

// partyActs reports whether an ambiguous party name opens a sentence as
// the subject of a verb ("Høyre har kuttet", "VENSTRE VIL", "Rødt mener"):
// a direction or a colour opens one as an adjective before its noun
// ("Høyre fil er stengt"). A colour may be the subject of "er" ("Rødt er
// fint"), so copulas do not count for it.
func partyActs(t *Text, m pMatch, n int) bool {
	if m.b >= n || !wlSentenceStart(t, m.a) {
		return false
	}
	b := m.b
	if b+2 < n && branchPreps[t.Folded(b)] && t.IsUpper(b+1) && gapSpaces(t, b) && gapSpaces(t, b+1) {
		b += 2 // "Venstre i Odense har ...": the party's local branch acts
	}
	v := t.Folded(b)
	if partyCopulas[v] && b+1 < n && thatWords[t.Folded(b+1)] {
		return false // "Alternativet er at jeg selv kører": the alternative is that ...
	}
	return partyVerbs[v] || (m.e.amb != "politics.colour" && partyCopulas[v])
}

// dayAfter reports whether token b, right after an ambiguous party name,
// is a day or makes the name a public body's: "Labour Day", "the Labour
// and Welfare Administration" (NAV), "the Labour Inspection Authority".
func dayAfter(t *Text, b int) bool {
	if b >= len(t.Tokens) || !gapSpaces(t, b-1) {
		return false
	}
	w := t.Word(b)
	if w == "and" && b+1 < len(t.Tokens) && gapSpaces(t, b) {
		w = t.Word(b + 1)
	}
	return w == "day" || w == "dag" || w == "dagen" || w == "welfare" || w == "inspection" || w == "market"
}

// branchPreps put a party in a town: "Venstre i Odense", "Labour in Leeds".
var branchPreps = setOf("i", "in", "på")

// thatWords after a copula make a clause of what the subject is: "... er
// at", "... är att", "... er å", "... is to".
var thatWords = setOf("at", "att", "å", "to", "that")

// partyVerbs are finite verbs that take a party as their subject, in
// every spelling; partyCopulas the forms of "to be".
var (
	partyVerbs = setOf("har", "hadde", "hade", "havde", "vil", "ville", "vill", "skal", "ska", "skall", "må", "måste",
		"bør", "burde", "borde", "kan", "kunne", "mener", "meiner", "menar", "synes", "syns", "sier", "seier", "siger",
		"säger", "lover", "lovar", "lovet", "lovede", "lovte", "lovade", "ønsker", "ynskjer", "önskar", "gjør", "gjer",
		"gør", "gör", "vant", "vann", "vandt", "tapte", "tapade", "tabte", "fikk", "fekk", "fik", "fick", "styrer",
		"styrte", "styrde", "sviktet", "svikta", "sveik", "ødela", "ødelegger", "øydela", "øydelegg", "kutter", "kuttar",
		"kuttet", "foreslår", "foreslo", "gikk", "gjekk", "gik", "gick", "fører", "driver", "sitter", "sit", "sidder",
		// English: "Labour did nothing", "Høyre promised lower taxes".
		"did", "promised", "promises", "wants", "won", "lost", "voted", "proposed", "proposes", "failed", "betrayed",
		"ruined", "runs", "ran", "governs", "cut", "cuts")
	partyCopulas = setOf("er", "var", "är", "blir", "ble", "blei", "vart", "bliver", "blev")
)

// parenLetters are the one-letter party abbreviations the press of the
// three countries writes in brackets after a politician's name: Swedish
// ballot letters (S, V, M, C, L), Norwegian H, V, R and A, and the Danish
// list letters (A, B, C, D, F, I, K, O, V, Ø, Å).
var parenLetters = setOf("A", "B", "C", "D", "F", "H", "I", "K", "L", "M", "O", "R", "S", "V", "Ø", "Å")

// parenLetter reports whether one-letter token i is a party letter in
// brackets right after a capitalised first name and surname ("Mats
// Engström (M)", "Kari Holm (H)"): the politician's party.
func parenLetter(t *Text, i int) bool {
	return parenLetters[t.Raw(i)] && parenAfterName(t, i, i+1)
}

// parenAfterName reports whether tokens [a, b) stand alone in brackets right
// after a capitalised first name and surname: "Kari Holm (H)", "Kari Nes
// (Høyre)", the politician's party.
func parenAfterName(t *Text, a, b int) bool {
	s, e := t.Tokens[a].Start, t.Tokens[b-1].End
	if a < 2 || s < 2 || e >= len(t.Orig) || t.Orig[s-1] != '(' || t.Orig[e] != ')' {
		return false
	}
	if !onlySpaces(t.Orig[t.Tokens[a-1].End:s-1]) || t.Tokens[a-1].End == s-1 {
		return false
	}
	return t.IsUpper(a-1) && t.IsUpper(a-2) && gapSpaces(t, a-2) && !isAllUpper(t.Raw(a-1)) && !isAllUpper(t.Raw(a-2))
}

// svPartyLetters are the Swedish parties' ballot letters; svPartyAbbr the
// abbreviations that may stand in a list with them.
var (
	svPartyLetters = map[string]bool{"S": true, "V": true, "M": true, "C": true, "L": true}
	svPartyAbbr    = map[string]bool{"KD": true, "MP": true, "SD": true}
)

// appendLetterList appends weak party spans for the Swedish ballot letters
// of a list at token i ("S och V", "M, KD och L"), or for the last letter of
// a list whose first item a vote verb took ("röstar på S eller V"), and
// returns the token the list ends at.
func appendLetterList(t *Text, i int, out []Span) ([]Span, int) {
	end := letterList(t, i)
	if end == i && !(i > 1 && svPartyLetters[t.Raw(i)] && (t.Word(i-1) == "och" || t.Word(i-1) == "eller") &&
		(svPartyLetters[t.Raw(i-2)] || svPartyAbbr[t.Raw(i-2)])) {
		return out, i
	}
	for j := i; j <= end; j++ {
		if svPartyLetters[t.Raw(j)] {
			sp := wlTokenSpan(t, j, j, Politics, "politics.party")
			sp.Weak, sp.Key = true, "politics.letters"
			out = append(out, sp)
		}
	}
	return out, end
}

// letterList returns the last token of a list of Swedish ballot letters
// starting at token i ("S och V", "M, KD och L"), or i when the letter at i
// starts none: two items at least, joined by commas, och or eller. Alone a
// capital letter is anything; the political context rule decides a list.
func letterList(t *Text, i int) int {
	if !svPartyLetters[t.Raw(i)] {
		return i
	}
	end := i
	for j := i; j+1 < len(t.Tokens); {
		k := j + 1
		if c := t.Word(k); c == "och" || c == "eller" {
			k++
		} else if !strings.Contains(t.Orig[t.Tokens[j].End:t.Tokens[k].Start], ",") {
			break
		}
		if k >= len(t.Tokens) || !(svPartyLetters[t.Raw(k)] || svPartyAbbr[t.Raw(k)]) {
			break
		}
		end, j = k, k
	}
	return end
}

// rawBase is the raw text of tokens [a, b) without the ending of the last
// token that cand split off: "Aps" → "Ap", "SV-medlem" → "SV".
func rawBase(t *Text, a, b int, cand firstKey) string {
	raw := t.Orig[t.Tokens[a].Start:t.Tokens[b-1].End]
	switch {
	case strings.HasPrefix(cand.rest, "\x00"):
		return raw[:len(raw)-len(cand.rest)+1]
	case cand.rest != "":
		if i := strings.IndexAny(raw, "-'’"); i > 0 {
			return raw[:i]
		}
	}
	return raw
}

// matchAt finds the longest phrase starting at token i. vote reports that
// a vote verb precedes it: then ballot letters count and case is no matter.
func (p *PoliticsDetector) matchAt(t *Text, i int, vote bool) (pMatch, bool) {
	if p.wordClass(t, i)&pwPhrase == 0 {
		return pMatch{}, false // no key of the token starts a phrase
	}
	w := t.Word(i)
	ascii := isASCII(w)
	var buf [6]firstKey
	for _, cand := range p.firstKeys(w, ascii, &buf) {
		idx := p.exactIdx
		if ascii {
			idx = p.foldIdx
		}
		for _, ph := range idx[cand.key] {
			k := len(ph.toks)
			if i+k > len(t.Tokens) {
				continue
			}
			if k == 1 && cand.rest != "" && !p.restOK(ph.e, cand.key, cand.rest, cand.hyphen) {
				continue
			}
			if k > 1 && cand.rest != "" {
				continue // only the last token of a phrase may carry an ending
			}
			ok := true
			last := i
			for j := 1; j < k; j++ {
				x := t.Word(i + j)
				if j == k-1 {
					if !p.lastEq(ph, j, x) {
						ok = false
					}
				} else if !(x == ph.toks[j] || (isASCII(x) && Fold(x) == ph.fold[j])) {
					ok = false
				}
				if !ok {
					break
				}
				last = i + j
			}
			if !ok {
				continue
			}
			e := ph.e
			m := pMatch{a: i, b: last + 1, e: e}
			if cand.rest != "" && !strings.HasPrefix(cand.rest, "\x00") && p.headOK(Fold(cand.rest)) {
				m.head = true
			}
			if e.voteOnly && !vote && !(cand.hyphen && hasHead(p.heads1, Fold(cand.rest))) && !(cand.apos && memberEndings[cand.rest] && cand.key != "i") {
				continue
			}
			if e.canon != nil {
				raw := rawBase(t, i, last+1, cand)
				if !e.canon[raw] {
					// A party letter after a vote verb, or before a head
					// that makes it a party (m-politikern, s-väljare), may
					// be written in lower case ("röstar på s", "stemte h"),
					// unless the letter is a word ("stemmer i", "for å").
					head1 := cand.hyphen && hasHead(p.heads1, Fold(cand.rest))
					lowLetter := (vote || head1) && len(raw) == 1 && !voteLetterWords[raw]
					if e.voteOnly && !lowLetter || strings.ToLower(raw) != raw {
						continue
					}
					if vote || head1 && lowLetter {
						return m, true
					}
					if e.lowerKey == "" {
						continue
					}
					m.viaLower = true
				}
			}
			if e.cap {
				capped := true
				for j := i; j <= last; j++ {
					if !t.IsUpper(j) && len(t.Word(j)) > 3 {
						capped = false
					}
				}
				if !capped {
					continue
				}
			}
			return m, true
		}
	}
	return pMatch{}, false
}

// wordClass returns the pw bits of token i: computed once per word and
// cached, where matchAt would cut the token into its keys and look each up
// on every pass, and partyCompound try every prefix.
func (p *PoliticsDetector) wordClass(t *Text, i int) uint8 {
	sum := t.WordSum(i)
	c, ok := p.looked.lookup(sum)
	if !ok {
		c, ok = p.looked.lookupOther(sum)
	}
	if !ok {
		c = p.classify(t.Word(i))
		p.looked.put(sum, c)
	}
	return c
}

// classify computes the pw bits of the word w.
func (p *PoliticsDetector) classify(w string) uint8 {
	var c uint8
	ascii := isASCII(w)
	idx := p.exactIdx
	if ascii {
		idx = p.foldIdx
	}
	var buf [6]firstKey
	for _, cand := range p.firstKeys(w, ascii, &buf) {
		if len(idx[cand.key]) > 0 {
			c |= pwPhrase
			break
		}
	}
	key := w
	if ascii {
		key = Fold(w)
	}
	if p.partyCompound(key) {
		c |= pwCompound
	}
	if voteStem(w) {
		c |= pwVote
	}
	return c
}

// voteStem reports whether w holds a stem of voting: "stemme", "röstar",
// "røyste", "vote" (myVoteName).
func voteStem(w string) bool {
	return strings.Contains(w, "stemm") || strings.Contains(w, "röst") || strings.Contains(w, "røyst") ||
		strings.Contains(w, "vote")
}

// memberEndings make a ballot letter written with its capitals a member
// or voter of the party after an apostrophe, as Danish writes: "LA'er",
// "V'ere", "K'erne".
// Not "I", the Danish pronoun.
var memberEndings = setOf("er", "ere", "eren", "erne", "ers")

// voteLetterWords are one-letter words that a vote verb may precede in the
// five languages: never read as a party letter in lower case.
var voteLetterWords = setOf("i", "å", "a", "o", "e", "y", "ö", "ø", "æ", "u")

// lastEq compares the last token of a phrase, which may carry a genitive.
func (p *PoliticsDetector) lastEq(ph *pPhrase, j int, x string) bool {
	ascii := isASCII(x)
	eq := func(s string) bool { return s == ph.toks[j] || (ascii && Fold(s) == ph.fold[j]) }
	if eq(x) {
		return true
	}
	for _, suf := range []string{"'s", "’s", "s"} {
		if strings.HasSuffix(x, suf) && eq(strings.TrimSuffix(x, suf)) {
			return true
		}
	}
	// A compound after a hyphen: "Nye Borgerlige-banner", "Unge Høyre-leder".
	// Only for a name that is no ordinary phrase ("de grønne-områdene").
	if h := strings.IndexByte(x, '-'); h > 0 && h < len(x)-1 && ph.e.amb == "" && ph.e.weak == "" && eq(x[:h]) {
		return true
	}
	return false
}

type firstKey struct {
	key, rest string
	hyphen    bool
	apos      bool // joined by an apostrophe ("LA'er")
}

// firstKeys are the lookup keys of a token: itself, without a genitive s
// or an -er person ending, and the part before a hyphen or apostrophe with
// what follows it ("SV-eren" → "sv" + "eren"). They are written into buf,
// which is returned sliced, so the lookups allocate nothing.
func (p *PoliticsDetector) firstKeys(w string, ascii bool, buf *[6]firstKey) []firstKey {
	k := func(s string) string {
		if ascii {
			return Fold(s)
		}
		return s
	}
	out := buf[:0]
	out = append(out, firstKey{key: k(w)})
	if i, j := joinerAt(w); i > 0 {
		out = append(out, firstKey{key: k(w[:i]), rest: w[j:], hyphen: w[i] == '-', apos: w[i] != '-'})
	} else if len(w) > 3 {
		for _, suf := range gluedEndings {
			// A one-letter party takes an ending only after a hyphen or an
			// apostrophe ("V'ere"): glued, "here", "ser" and "mere" would be
			// parties after a vote verb.
			if strings.HasSuffix(w, suf[1:]) && len(w)-len(suf)+1 >= 2 {
				out = append(out, firstKey{key: k(w[:len(w)-len(suf)+1]), rest: suf})
			}
		}
	}
	return out
}

// replyPrefix reports whether rest, the text after an abbreviation, starts
// with a colon that ends it ("SV: fråga"), not a Swedish genitive ("SD:s"),
// or with a full stop and a number ("sp. 3", question 3).
func replyPrefix(rest string) bool {
	if strings.HasPrefix(rest, ". ") && len(rest) > 2 && rest[2] >= '0' && rest[2] <= '9' {
		return true // "sp. 3": a numbered question, not a party
	}
	return strings.HasPrefix(rest, ":") && (len(rest) == 1 || rest[1] == ' ' || rest[1] == '\n' || rest[1] == '\t')
}

// voteBreak reports whether a sentence break or a comma stands before token
// j: "det stemmer, høyre side" is no vote.
// ballotLetter reports whether the single letter at token i, chosen by a
// vote verb, is a party's: not a grade ("blir det F i betyg"), and in lower
// case in Norwegian only a letter a Norwegian party has ("stemmer ikke m
// beløpet" is "med").
func ballotLetter(t *Text, i int) bool {
	if gradeNear(t, i+1) {
		return false
	}
	if t.Lang == "da" && t.Raw(i) == "I" && i+1 < len(t.Tokens) && votePreps[t.Folded(i+1)] {
		return false // "hvem stemmer I på?": I is you, asked whom you vote for
	}
	return t.IsUpper(i) || t.Lang != "nb" && t.Lang != "nn" || strings.Contains("hvar", t.Word(i))
}

// gradeNear reports whether a word of marks follows token b closely: "blir
// det F i betyg" is a grade, no party letter.
func gradeNear(t *Text, b int) bool {
	for k := b; k < len(t.Tokens) && k < b+3; k++ {
		if w := t.Folded(k); strings.HasPrefix(w, "betyg") || strings.HasPrefix(w, "karakter") || strings.HasPrefix(w, "grade") {
			return true
		}
	}
	return false
}

// votedName returns the end of a full name, two or three capitalised words,
// at token j right after the preposition of a vote ("stemmer på", "vote
// for"), or j.
func votedName(t *Text, j int) int {
	if j < 2 || !votePreps[t.Folded(j-1)] {
		return j
	}
	b := j
	for b < len(t.Tokens) && b < j+3 && t.IsUpper(b) && isLetters(t.Raw(b)) && runeCount(t.Word(b)) >= 2 && (b == j || gapSpaces(t, b-1)) {
		b++
	}
	if b-j == 1 && nameWord(t, j) && !voteChannels[t.Folded(j)] && (b >= len(t.Tokens) || !gapSpaces(t, b-1) || myVoteAdverbs[t.Word(b)]) {
		// One capitalised name ending the clause: "rösta på Lindgren igen".
		return b
	}
	if b-j < 2 {
		return j
	}
	return b
}

// politicalTitles are the offices of elected politicians, written before
// their names.
var politicalTitles = setOf("ordfører", "ordføreren", "ordførar", "ordføraren", "varaordfører", "varaordførar",
	"fylkesordfører", "statsminister", "statsministeren", "statsråd", "statsråden", "minister", "ministeren",
	"borgmester", "borgmesteren", "borgmästare", "borgmästaren", "kommunalråd", "kommunalrådet", "byrådsleder",
	"stortingsrepresentant", "riksdagsledamot", "riksdagsledamoten", "folketingsmedlem", "partileder", "partileiar",
	"partiledare", "partiformand", "mayor", "councillor", "councilor")

// titledName returns the end of one to three capitalised name tokens from
// j ("Trond Eikeland"), or j when there are none.
func titledName(t *Text, j int) int {
	if j >= len(t.Tokens) || !gapSpaces(t, j-1) {
		return j
	}
	return nameFrom(t, j)
}

// nameFrom returns the end of one to three capitalised name tokens from
// token j, one space apart, or j.
func nameFrom(t *Text, j int) int {
	b := j
	for b < len(t.Tokens) && b < j+3 && officeNameToken(t, b) && (b == j || gapSpaces(t, b-1)) {
		b++
	}
	return b
}

// officePossessives stand between an office and a name in apposition:
// "ordføreren vår, Kari Nilsen", "our mayor, Kari Nilsen".
var officePossessives = setOf("vår", "vor", "vores", "min", "mi", "our", "my", "var")

// officeCopulas say who holds an office: "X er ordfører", "X is the mayor".
var officeCopulas = setOf("er", "var", "e", "är", "va", "is", "was")

// namedBeforeOffice returns the tokens [a, b) of a full name (two or three
// capitalised tokens, the first may open the sentence) before a copula
// and one to three lowercase words ("den verste", "the worst") before the
// office at token i: "Randi Øverland er den verste ordføreren". A bare
// "Kari Nilsen er ordfører" says who holds the office and is left to
// PERSON. b == a when there is none.
func namedBeforeOffice(t *Text, i int) (int, int) {
	c := i - 1
	for k := 0; k < 3 && c > 0 && !t.IsUpper(c) && !officeCopulas[t.Word(c)] && gapSpaces(t, c); k++ {
		c--
	}
	if c < 2 || c == i-1 || !officeCopulas[t.Word(c)] || !gapSpaces(t, c) || !gapSpaces(t, c-1) {
		return 0, 0
	}
	a := nameBack(t, c, true)
	if c-a < 2 {
		return 0, 0
	}
	return a, c
}

// officeNameToken reports whether token k may be part of a name beside an
// office: capitalised, of letters, two or more, no acronym.
func officeNameToken(t *Text, k int) bool {
	return t.IsUpper(k) && !isAllUpper(t.Raw(k)) && isLetters(t.Raw(k)) && runeCount(t.Word(k)) >= 2
}

// nameBefore returns the first of one to three capitalised name tokens
// ending right before token i ("Randi Haugland som ordfører"), or i; a
// capital that opens the sentence is no evidence of a name.
func nameBefore(t *Text, i int) int { return nameBack(t, i, false) }

// nameBack returns the first of one to three capitalised name tokens,
// one space apart, ending right before token i, or i. The token that opens
// the sentence ends the run; open says whether it is taken into it.
func nameBack(t *Text, i int, open bool) int {
	a := i
	for a > 0 && a > i-3 && officeNameToken(t, a-1) && gapSpaces(t, a-1) {
		if sentStart(t, a-1) {
			if open {
				a--
			}
			break
		}
		a--
	}
	return a
}

// voteChannels are where one votes, not whom: "stemme på Facebook".
var voteChannels = setOf("facebook", "instagram", "internett", "nett", "nettet", "natet", "tiktok", "snapchat", "appen", "posten",
	// Polling places: "stemme på Rådhuset neste uke".
	"radhuset", "radhus", "biblioteket", "skolen", "skulen", "skolan", "valglokalet", "vallokalen", "kulturhuset",
	"samfunnshuset", "grendehuset", "senteret", "centret", "kirken", "kyrkja", "kyrkan", "stadshuset")

// votePreps take the choice of a vote: "stemme på", "vote for".
var votePreps = setOf("på", "pa", "paa", "for")

func voteBreak(t *Text, j int) bool {
	return wlSentenceStart(t, j) || strings.IndexByte(t.Orig[t.Tokens[j-1].End:t.Tokens[j].Start], ',') >= 0
}

// joinerAt returns the offsets of the first inner hyphen or apostrophe
// (' or ’) of w and of the byte after it, or -1.
func joinerAt(w string) (int, int) {
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case '-', '\'':
			return i, i + 1
		case 0xE2:
			if strings.HasPrefix(w[i:], "’") {
				return i, i + len("’")
			}
		}
	}
	return -1, -1
}

// gluedEndings are the endings firstKeys splits off a token without a
// joiner, marked by a leading NUL: genitive s and the -er person nouns.
var gluedEndings = [...]string{"\x00s", "\x00ere", "\x00erne", "\x00eren", "\x00er"}

// restOK reports whether a single-token entry may carry the ending rest:
// a genitive s always; after a hyphen, for an unambiguous name anything, for
// an abbreviation of three letters or more anything (AUF-leiren), for a
// shorter one or an ambiguous word only a political head (SV-medlem,
// Høyre-politiker, but not SD-kort or venstre-siden).
func (p *PoliticsDetector) restOK(e *pEntry, key, rest string, hyphen bool) bool {
	if strings.HasPrefix(rest, "\x00") { // glued ending: genitive or -er person noun
		suf := rest[1:]
		if e.politician || e.rule == "politics.ideology" {
			return suf == "s"
		}
		return suf == "s" || e.canon != nil
	}
	if e.politician && !hyphen {
		return false
	}
	if hyphen && (e.long || e.canon != nil && len(key) >= 3) {
		return true // Arbeiderpartiet-, AUF-leiren: names of no other sense
	}
	return p.headOK(Fold(rest))
}

// headOK reports whether s starts with a political compound head.
func (p *PoliticsDetector) headOK(s string) bool { return hasHead(p.heads, s) }

func hasHead(heads []string, s string) bool {
	for _, h := range heads {
		if strings.HasPrefix(s, h) {
			return true
		}
	}
	return false
}

// compoundStem returns the form a party's definite name takes as the first
// part of a compound, or "": "fremskrittspartiet" → "fremskrittsparti",
// "enhedslisten" → "enhedsliste", "moderaterna" → "moderat".
func compoundStem(name string) string {
	for _, e := range [...]struct{ end, stem string }{{"partiet", "parti"}, {"listen", "liste"}, {"erna", ""}, {"erne", ""}} {
		if strings.HasSuffix(name, e.end) && len(name)-len(e.end) >= 5 {
			return name[:len(name)-len(e.end)] + e.stem
		}
	}
	return ""
}

// partyCompound reports whether key is a party name glued to a political
// head: høyrepolitiker, frpvelger, arbeiderpartiledar.
func (p *PoliticsDetector) partyCompound(key string) bool {
	if len(key) < 7 || !p.compFirst[uint16(key[0])<<8|uint16(key[1])] {
		return false
	}
	for n := 2; n <= len(key)-4; n++ {
		if p.compPrefix[key[:n]] == nil {
			continue
		}
		rest := strings.TrimPrefix(key[n:], "s")
		if !isASCII(rest) {
			rest = Fold(rest)
		}
		for _, h := range p.heads {
			if len(h) >= 4 && strings.HasPrefix(rest, h) {
				return true
			}
		}
	}
	return false
}

func (p *PoliticsDetector) stem(key string) *pEntry {
	if key == "" {
		return nil
	}
	for _, s := range p.stems[key[0]] {
		if strings.HasPrefix(key, s.stem) {
			return s.e
		}
	}
	return nil
}

// Context words for the political senses.
var (
	polConfirm = []string{"stemme", "stemmer på", "stemmer for", "stemte", "stemde", "stemt", "stem", "stemmeseddel*", "røyst*", "röst*", "vote*", "voting",
		"parti*", "medlem*", "member*", "velger*", "veljar*", "vælger*", "väljar*", "politik*", "politisk*",
		"politic*", "regjering*", "regering*", "government", "valgkamp*", "valget", "valet", "election*",
		"stortingsvalg*", "kommunevalg*", "riksdag*", "folketing*", "storting*", "statsminister*",
		"prime minister", "støtter", "stötta*", "stöder", "support*", "imot", "emot", "against",
		"partileder*", "partiledar*", "partileiar*", "frp", "krf", "mdg", "arbeiderpartiet", "senterpartiet",
		"sosialdemokrat*", "socialdemokrat*", "tories", "tory", "opposisjon*", "opposition*", "koalisjon*",
		"koalition*", "coalition", "borgerlig*", "rødgrønn*", "program*", "valgprogram*", "mp", "mps", "sv", "ap", "sp",
		"kommunestyre*", "bystyre*", "fylkesting*", "formannskap*", "kommunalstyre*", "byråd*", "kommunfullmäktige*",
		"kommunalbestyrelse*", "councillor*", "council", "på stand", "valgbod*", "valgstand*", "valgkampstand*", "representerer", "representant*", "sitter for", "sist", "neste gang",
		"kandidat", "kandidaten", "kandidater", "kandidatene", "kandidatar", "kandidaterna", "kandidaterne",
		"førstekandidat*", "toppkandidat*", "spidskandidat*", "listetopp*", "kandiderer", "kandiderar",
		"stiller for", "ställer upp för", "candidate*", "kommunalvalg*", "regionsrådsvalg*", "kommunval*", "landsmøte*",
		// An office holder of a party: "varaordføreren fra Venstre".
		"ordfører fra", "ordføreren fra", "ordførar frå", "ordføraren frå", "varaordfører fra", "varaordføreren fra",
		"varaordførar frå", "varaordføraren frå", "borgmester fra", "borgmesteren fra", "mayor from",
		"meldt meg inn", "melde meg inn", "meldte meg inn", "meldt meg ut", "meldte meg ut", "meldt inn", "indmeldt",
		"meldt mig ind", "er med i", "var med i", "är med i", "gått med i", "gikk inn i", "gick med i", "engasjert i", "joined", "aktiv i", "aktiv för", "active in",
		// Another party named near it: "sf og de radikale", "kd och moderaterna".
		"enhedslist*", "folkeparti*", "radikale", "moderaterne", "moderaterna", "sverigedemokrat*", "vänsterpartiet",
		"centerpartiet", "kristdemokrat*", "liberalerna", "miljöpartiet", "socialdemokraterna", "socialdemokratiet",
		"sf", "df", "sd", "kd", "konservative", "de konservative", "liberal alliance", "liberalerne", "liberaler",
		// A party as the one who proposes or decides ("høyre vil kutte skatt").
		"foreslo", "foreslår", "foreslått", "vedtok", "vil ha", "foreslog", "foreslået", "vedtog", "föreslog", "föreslår",
		"föreslagit", "beslutade",
		// Election posters: "valgplakatene til rødt".
		"valgplakat*", "valplakat*", "valaffisch*",
		// What is typical of a party: "typisk høyre å selge alt".
		"typisk", "typiskt", "typical", "typically",
		"vil kutte", "vil innføre", "vil fjerne", "vil legge ned", "vil selge", "vil privatisere", "går inn for", "gikk inn for",
		"vil skære", "vil spare", "vil indføre", "vil afskaffe", "vil lukke", "vil sælge", "vill skära", "vill spara", "vill införa", "vill sälja",
		"vill avskaffa", "vill stänga", "wants to cut", "want to cut",
		"gjekk inn for", "proposed", "proposes",
		// Cheering for a party: "mannen min heier på høyre".
		"heier på", "heiar på", "heia på", "heiet på", "hejer på", "hejar på", "heppar på",
		// A party's meeting or local branch: "Venstre i Roskilde inviterer
		// til debat", "lokallaget til Høyre".
		"debatt", "debatten", "debattmøte*", "debat", "debatmøde*", "vælgermøde*",
		"lokallag*", "lokalforening*", "lokalafdeling*", "lokalavdelning*", "partiforening*", "kredsforening*"}
	// polPromise are the verbs of an election promise ("alternativet har
	// lovet cykelstier"): they confirm a party name that is an ordinary word
	// too, but not against a direction or a colour ("til venstre").
	polPromise = []string{"lovet", "lovede", "lovat", "lovade", "lovte", "lovar", "promised"}
	// polConsider are verbs of weighing a choice: they confirm a party
	// abbreviation ("vurderer sp"), not the words a direction shares.
	polConsider  = []string{"vurderer", "vurdere", "overvejer", "overveje", "funderar", "överväger", "considering", "consider"}
	polDirection = []string{"til", "side*", "sida", "sidan", "fil*", "hånd*", "hand*", "arm*", "bein*", "ben",
		"benet", "fot*", "føtter", "øre*", "øye*", "kne*", "hofte*", "skulder*", "lunge*", "nyre*", "bryst*",
		"sving*", "kurve*", "hjørne*", "kolonne*", "rad", "felt*", "dør*", "retning*", "pil*", "knapp*", "hjul*",
		"øverst", "nederst", "oppe", "nede", "hjørnet", "ned", "opp", "ta", "tar", "gå", "kjør*", "snu", "svinger",
		"halvdel*", "del", "delen", "bak", "foran", "mot", "på"}
	// polAbbrNear confirm a lowercase party abbreviation, not a direction or
	// colour: the mayor's party ("er ordføreren fra sp"), a party it is set
	// against ("høyre eller ap"), a vote asked about ("stemmer du sv").
	polAbbrNear = []string{"ordfører*", "ordførar*", "varaordfører*", "varaordførar*", "mayor", "borgmester*", "borgmästar*",
		"høyre eller", "eller høyre", "høyre og", "og høyre", "høgre eller", "eller høgre", "høgre og", "og høgre",
		"venstre eller", "eller venstre", "rødt eller", "eller rødt", "raudt eller", "eller raudt", "høyre or", "or høyre",
		"venstre og", "og venstre", "rødt og", "og rødt", "raudt og", "og raudt",
		"stemmer du", "stemmer dere", "stemmer dokker", "stemmer han", "stemmer hun", "stemmer ho", "stemme på", "røyster du",
		"vil", "ville", "mener", "meiner", "styrer", "styrte", "har styrt", "hadde styrt"}
	// polGovern are the words of a party governing: "en kommune styrt av
	// høyre".
	polGovern = []string{"styrt av", "styres av", "styrd av", "styrte av", "ledet av", "leda av", "leia av", "ledes av",
		"governed by", "run by"}
)

// polSides are a direction and the side or hand it names, which no party
// name is ("en fartsdump på høyre side", "venstre hånd"), whatever
// proposes it nearby.
func polSides() []string {
	var out []string
	for _, d := range directions {
		for _, n := range append(slices.Clone(sidedNouns), doorList...) {
			out = append(out, d+" "+n)
		}
	}
	// "til venstre for innkjørselen", "till höger om dörren": a position.
	return append(out, "til høyre for", "til høgre for", "til venstre for", "til højre for", "till höger om", "till vänster om")
}

// ContextRules implements ContextRuler.
func (p *PoliticsDetector) ContextRules() []ContextRule {
	abbrConfirm := with(with(with(with(polConfirm, polConsider...), polPromise...), polAbbrNear...), polGovern...)
	return []ContextRule{
		// A letter in brackets after two capitalised words is a party when
		// they are a person's name ("Kari Holm (H)", not "Bygg Nord (B)").
		{Key: "politics.parenletter", Case: CaseRule{Rules: []string{"person.full_name", "person.title", "person.intro", "person.first_name"}}},
		// Høyre/Venstre/Høgre: parties or directions and sides.
		{Key: "politics.direction", Window: 5, Veto: polSides(), Confirm: with(polConfirm, polGovern...), Deny: polDirection},
		// Rødt/Raudt: a party or a colour.
		{Key: "politics.colour", Window: 5, Confirm: polConfirm,
			Deny: []string{"lys", "lyset", "kort*", "flagg*", "farge*", "farve*", "maling", "hvitt", "grønt", "blått", "svart", "gult", "øye*", "utslett", "hud*", "hovent", "kjørte", "kjører", "mot"}},
		// Party names that are also ordinary words (Alternativet, Konservative, Greens).
		{Key: "politics.name", Window: 5, Confirm: with(polConfirm, polPromise...)},
		// centern in lower case: in Swedish text the Centre Party, unless the
		// centre of a team ("centern i laget") is meant.
		{Key: "politics.name_sv", Window: 5, Confirm: with(polConfirm, polPromise...),
			Deny: []string{"lag", "laget", "lagets", "hockey*", "ishockey*", "innebandy*", "fotboll*", "match*", "spelare*", "forward*", "center", "centrum",
				"stan", "åker", "åka", "åkte", "till centern", "köpcent*", "affär*", "butik*", "öppet", "öppettid*", "stängd*", "parkera*", "parkering*"}, KeepLangs: []string{"sv"}},
		// moderat: a member of the Moderates when said of a person, or moderate.
		// "är moderat" said of a person only with what follows it ("jag är
		// moderat sedan länge"), not "moderat intresserad".
		{Key: "politics.moderat", Window: 3, Confirm: with(polConfirm, "är moderat sedan", "är moderat sen", "är moderat och",
			"är moderat men", "e moderat", "varit moderat", "är själv moderat", "som moderat", "blivit moderat", "alltid varit moderat",
			// Said of a person: "hon är moderat ut i fingerspetsarna" (not
			// "moderat intresserad").
			"vi är moderater", "är moderat ut", "är en moderat", "är moderat i grunden", "i grunden moderat",
			// A person described: "en känd moderat", "en övertygad moderat".
			"känd moderat", "kända moderat", "aktiv moderat", "övertygad moderat", "gammal moderat", "inbiten moderat",
			"trogen moderat", "riktig moderat", "lokal moderat")},
		// Left or right wing: politics, or a position in a team sport ("I
		// play left wing in hockey").
		{Key: "politics.wing", Window: 5, Deny: []string{"play", "plays", "played", "playing", "hockey", "football", "soccer",
			"bandy", "handball", "rugby", "floorball", "innebandy", "team", "coach", "position", "winger", "striker",
			"defender", "forward", "match", "game", "games", "training", "practice"}, KeepLangs: []string{"*"}},
		// Labour the party, or labour (work, childbirth).
		// Work: "the labour of counting", "manual labour".
		{Key: "politics.labour", Window: 3, Veto: []string{"labour of", "hard labour", "manual labour", "forced labour", "child labour", "labour intensive", "labour-intensive",
			// Work, not the party, however close a party word is ("the introduction programme. Labour migrants ...").
			"labour migrant", "labour migrants", "labour migration", "labour market", "labour shortage", "labour shortages"},
			Confirm: with(polConfirm, "starmer", "mp", "leader"), Deny: []string{"market*", "cost*", "law*", "force", "ward", "pains", "contractions", "welfare", "inspection*", "migration", "migrant*", "shortage*"}},
		// Abbreviations written in lower case, or short ones of other senses (SU, PF).
		{Key: "politics.abbr", Window: 5, Confirm: abbrConfirm},
		// ap, sv in lower case: in Norwegian text the party.
		{Key: "politics.abbr_no", Window: 5, Confirm: abbrConfirm, Deny: []string{"svar", "sv:",
			// German around "auf" ("auf wiedersehen").
			"wiedersehen", "und", "die", "das", "dem", "zum", "mit", "bitte", "geht's", "gehts"}, KeepLangs: []string{"nb", "nn"}},
		{Key: "politics.abbr_sv", Window: 5, Confirm: abbrConfirm, Deny: []string{"kort*", "card*", "minne*"}, KeepLangs: []string{"sv"}},
		{Key: "politics.abbr_da", Window: 5, Confirm: abbrConfirm, Deny: []string{"film*", "bog*", "bøger",
			// A university ("jeg læser på KU"), not the youth party.
			"læser", "læse", "studerer", "studere", "student*", "studie*", "universitet*", "uni", "eksamen*", "semester*",
			"campus", "forelæsning*", "optaget", "optagelse*", "bachelor*", "kandidatuddannelse*"}, KeepLangs: []string{"da"}},
		// Swedish ballot letters in a list ("S och V"): parties in a message
		// about who governs or whom to vote for, sizes or grades elsewhere.
		{Key: "politics.letters", Window: 10, Confirm: with(abbrConfirm, "vill", "styr", "styrde", "styret", "styrs", "regerar", "majoritet*", "partier*"),
			KeepLangs: []string{}},
		// A politician's name is political only with a stance.
		{Key: "politics.stance", Window: 4, Confirm: stanceWords(),
			// A politician named where the message names a party or a vote
			// takes a side: "Frp har aldri gjort noko, og Listhaug kan ...".
			Case: CaseRule{Rules: []string{"politics.party", "politics.vote", "politics.youth"}}},
		// An unlisted politician named by the office ("ordfører Trond
		// Eikeland"): political only with a stance of the writer's, not
		// because the message names a party ("hun er jo fra Høyre selv").
		{Key: "politics.titled", Window: 4, Confirm: stanceWords()},
		// konservativ/liberal: political, or a treatment or estimate.
		{Key: "politics.konservativ", Window: 3, Deny: []string{"regel*", "regler", "regelverk*", "praksis*", "ordning*", "tolkning*", "policy", "rules", "arts", "behandl*", "tilnærming*", "terapi*", "kirurgi*", "operasjon*", "estimat*", "anslag*", "beregning*", "vurdering*", "skøn*", "skjønn*", "bedömning*", "overslag*", "løsning*", "lösning*",
			"solution*", "tilgang*", "metode*", "metod*", "treatment*", "approach*", "estimate*", "management", "therapy", "behandling", "mengde*", "dose*", "amount*", "tiltak", "liberal with", "conservative with", "liberal med", "konservativ med",
			// Opening hours and budgets set liberally or cautiously.
			"åpningstid*", "åbningstid*", "öppettid*", "opningstid*", "opening", "hours", "budget*", "budsjett*", "lagt"}, KeepLangs: []string{"*"}},
		// rødgrønn: the red-green side of politics, or the colours (rødgrønn fargeblindhet).
		{Key: "politics.rodgronn", Window: 3, Deny: []string{"farge*", "farve*", "färg*", "fargeblind*", "farveblind*", "färgblind*", "syn", "synet", "colour*", "color*", "lys", "lyset"}, KeepLangs: []string{"*"}},
		// borgerlig: right of centre, or civil (borgerlig vigsel).
		{Key: "politics.borgerlig", Window: 8, Deny: []string{"vigsel*", "vigsle*", "vielse*", "viel*", "navnefest*", "navngiv*", "konfirmasjon*", "begravelse*", "gravferd*", "seremoni*", "bryllup*", "ombud*", "gifte*", "gifta*", "giftemål*", "giftermål*", "ekteskap*", "äktenskap*", "vigd*", "bröllop*", "begravning*", "married", "marry", "wedding*", "funeral*", "gift", "gifta", "giftet", "giftede"}, KeepLangs: []string{"*"}},
		// høyresiden/venstresida: the political wing, or a side of the body or road.
		{Key: "politics.side", Window: 3, Confirm: with(polConfirm, "er på", "står på", "stemmer på"),
			Deny: []string{"vondt", "smerte*", "verk*", "hoven*", "hovne*", "nummen", "lam", "brudd", "kropp*", "mage*", "bryst*", "rygg*", "hode*",
				"ansikt*", "arm*", "bein*", "ben", "fot*", "hånd*", "kne*", "hofte*", "skulder*", "lunge*", "nyre*", "vei*", "veg*", "gate*", "gata",
				"fortau*", "kjørebane*", "elv*", "bygg*", "hus*", "rom*", "bilen", "seng*", "kjøkken*", "sving*", "kjør*", "fil*", "pain", "hurt*",
				"med högern", "med vänstern", "slog", "slår", "slag*", "skriver", "boxa*",
				"väg*", "gata*", "gatan", "körfält*", "trottoar*", "cykelbana*", "sväng*"},
			KeepLangs: []string{"nb", "nn", "da", "sv"}},
	}
}

// stanceWords take a side on a politician named near them: for, against,
// agreeing, judging (politics.stance, politics.titled).
func stanceWords() []string {
	return append(append([]string{}, polConfirm...), "heier", "heie", "heia", "elsker", "hater", "hate", "hates", "love", "loves",
		"liker", "likar", "digger", "gillar", "hatar", "fan", "tilhenger*", "tilhænger*", "anhängare", "beundrer", "avskyr", "tåler", "forakter", "fordra", "bakker", "can't stand", "må gå", "must go", "må vekk", "ut med", "støtt*", "stött*", "stød*",
		"klage over", "klager over", "klaga på", "klagar på", "stoler på", "stolet på", "stolt på", "litar på", "litat på", "lita på",
		"trust", "trusted", "tror på", "tror ikke på", "tror inte på",
		"borde avgå", "måste avgå", "ska avgå", "bør gå af", "skal gå af", "må gå af",
		// Agreeing or disagreeing: "Listhaug har rett", "I agree with Starmer".
		"har rett", "hadde rett", "har ret", "havde ret", "har rätt", "hade rätt", "is right", "was right",
		"enig med", "enige med", "uenig med", "ueinig med", "einig med", "överens med", "agree with", "agrees with", "disagree with",
		// Weary of or against what they do: "træt af at Frederiksen", "fel att Kristersson vill".
		"lei av", "lei av at", "træt af", "træt af at", "trött på", "trött på att", "tired of", "sick of", "fed up with",
		"fel att", "feil at", "forkert at", "wrong that", "færdig med", "ferdig med", "done with",
		// Betrayed: "har svikit oss", "har svigtet os", "let us down".
		"svikit", "svek", "sviker", "sviktet", "svikta", "sveik", "svigtet", "svigter", "svigtede", "betrayed", "let us down",
		// Judged: "Kristersson är värdelös", "better than Starmer", "Vedum er den eneste som".
		"pinlig", "pinleg", "pinsam", "flink", "dyktig", "dygtig", "duktig", "elendig", "håpløs", "håplaus", "håbløs",
		"udugelig", "ubrukelig", "värdelös", "usel", "bedre", "betre", "bättre", "verre", "værre", "sämre", "better",
		"worse", "best", "bedst", "bäst", "verst", "værst", "sämst", "den eneste", "den einaste", "den enda",
		"beste", "bedste", "bästa", "verste", "værste", "sämsta", "dårligste", "dårlegaste",
		"skuffende", "skuffet", "skuffa", "besviken", "løgner", "lyver", "lyg", "ljuger", "latterlig", "löjlig",
		"useless", "embarrassing", "pathetic", "terrible", "brilliant", "the best", "the worst", "the only one",
		"liar", "lies", "lying", "disappointed", "disappointing", "dårlig jobb", "dårleg jobb", "dårligt job",
		"dålig jobb", "god jobb", "godt job", "bra jobb", "good job", "bad job", "disappointment", "skuffelse", "besvikelse",
		"har fuldstændig ret", "har helt rett", "har helt rätt", "is absolutely right",
		// Judged good or bad: "Støre er dårlig", "Kristersson är en idiot".
		"er dårlig", "er dårleg", "er så dårlig", "er så dårleg", "är dålig", "är så dålig", "er bra", "er så bra", "är bra",
		"er god", "er så god", "är så bra", "is bad", "is so bad", "is good", "is great", "is awful", "is horrible",
		"idiot*", "inkompetent*", "incompetent", "korrupt*", "corrupt", "katastrof*", "catastroph*", "klovn*", "clown*",
		"forferdelig", "forferdeleg", "forfærdelig", "fruktansvärd", "awful", "horrible", "uduelig", "oduglig", "hopeless",
		// Ashamed: "Frederiksen burde skamme sig".
		"skamme sig", "skamme seg", "skämmas", "skäms", "be ashamed", "should be ashamed",
		// Taken seriously or not: "Solberg virker mer seriøs".
		"seriøs", "seriøst", "seriös", "seriöst", "useriøs", "useriøst", "oseriös", "oseriöst", "serious", "unserious")
}

// Describe implements Describer for docs/detectors.md.
func (p *PoliticsDetector) Describe() DetectorDoc {
	return DetectorDoc{
		Categories: []Category{Politics},
		Summary: "Political preferences: party names of the shared party table and the abbreviations, youth and UK " +
			"parties of data/politics/parties.tsv, with genitives and compounds (Høyres, SV-medlem, Frp'ere, " +
			"høyrevelger); ideologies (data/politics/ideologies.tsv); politicians (data/politics/politicians.tsv) only " +
			"with a stance; and the choice after a vote verb (data/politics/grammar.tsv), where case does not matter " +
			"and ballot letters count. Names that are ordinary words too (høyre, venstre, rødt, Labour) are " +
			"strong when capitalised inside a sentence, else weak spans decided by political context words.",
		Rules: []RuleDoc{
			{"politics.party", "a party named: Arbeiderpartiet, Frp, SV-medlem, Dansk Folkeparti, Moderaterna, Tories"},
			{"politics.youth", "a youth party: AUF, Unge Høyre, DSU, MUF"},
			{"politics.ideology", "an ideology or affiliation: sosialist, høyreekstrem, nazist, partimedlem, far-right"},
			{"politics.politician", "a politician named with a stance: jeg stemmer på Støre, støtter Erna Solberg"},
			{"politics.vote", "the choice after a vote verb: jeg stemte Høyre, röstar på S, voted Labour"},
		},
	}
}
