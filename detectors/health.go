package detectors

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// healthCodeVersion names the code of this detector's rules; bump it when they change,
// so Engine.Version() changes and stored messages are re-masked (the data and
// context rules are hashed into the version already).
const healthCodeVersion = "health-157"

//go:embed data/health/*.txt
var healthFS embed.FS

// healthFiles are the HEALTH word lists in load order: where two files hold
// the same word, the first one's entry is used.
var healthFiles = []string{
	"data/health/body.txt",
	"data/health/compound.txt",
	"data/health/lay_no.txt",
	"data/health/lay_da.txt",
	"data/health/lay_sv.txt",
	"data/health/lay_en.txt",
	"data/health/medicines.txt",
	"data/health/atc.txt",
	"data/health/icpc2.txt",
	"data/health/icd10.txt",
}

// healthRules are the section names a word list may use; the rule id of an
// entry is "health." + its section.
var healthRules = map[string]bool{
	"condition": true, "symptom": true, "medication": true, "procedure": true,
	"pregnancy": true, "mental": true, "addiction": true, "disability": true,
	"aid": true, "care": true, "sickness": true, "icd10": true, "icpc2": true,
	"atc": true,
	// body and poss are the slot classes of body.txt, not rules.
	"body": true, "poss": true, "bmod": true,
	// tail and stop are compound.txt's sections.
	"tail": true, "stop": true,
}

// Minimum lengths (bytes of the folded form) for the compound rules: a head
// shorter than minHealthHead needs the h flag; a word used as the first part
// of a compound needs minHealthPrefix bytes and leaves minHealthRest.
const (
	minHealthHead   = 5
	minHealthPrefix = 5
	minHealthRest   = 3
	minHealthLead   = 2 // bytes before a compound head
)

// Entry flags (after the ";" of a word-list line, see lay_no.txt).
const (
	hfHead        uint16 = 1 << iota // h: may be a compound head though short
	hfNoHead                         // nh
	hfNoPrefix                       // np
	hfPrefix                         // p
	hfBody                           // b: compound head only after a body part
	hfNotAlone                       // nx: only as a compound head
	hfUpper                          // U: only written in capitals
	hfNoFold                         // nf: written without Nordic letters it is another word
	hfCapsWord                       // cw: in capitals also an ordinary word ("CALL ME", nynorsk "ME HAR")
	hfLeadContext                    // c1: a phrase's first word is context, outside the span ("har cp")
	hfAnyLead                        // al: a keyed head after any first part, its context rule deciding ("rotavirusvaksinen")
)

// classEnglish is the default class of a list with the %english directive:
// English plural endings only, and no compounding.
const classEnglish = classExact + 1

// HealthDetector finds health information: diagnoses, symptoms, injuries,
// disabilities, medications, procedures, pregnancy, mental health,
// addiction, aids, care services a person uses, and sickness and disability
// benefits (detection.md, HEALTH). Words come from embedded lists; compounds
// and inflections are recognised by morphology, so "brystkreften",
// "lungebetennelsen" and "diabetesmedisin" need no entry of their own.
type HealthDetector struct {
	entries []healthEntry
	pay     []healthPayload
	rev     *byteTrie // reversed folded single words → payload
	fwd     *byteTrie // folded words usable as a compound's first part → entry
	tails   *byteTrie // what may follow a compound's first part ("medisin", "pasient")
	stops   *byteTrie // reversed endings of tokens that are never compounds ("fangst")
	ends    *endingSet
	slot    map[string][]int32 // phrases starting with a slot ("{body} pain")
	// bodyNext holds the {body} phrases split by their second word, as a
	// payload's (splitBody), for a body word (phraseAt).
	bodyNext healthPayload
	// bodyPhrases and possPhrases are slot[slotBody] and slot[slotPoss],
	// read by phraseAt without a look-up.
	bodyPhrases, possPhrases []int32
	possGate                 *phraseGate  // of possPhrases
	tailB                    *trieBuilder // during loading only
	stopB                    *trieBuilder
	sizes                    map[string]int
	version                  string
	// typoKeys and typoStop find long words misspelt by one letter
	// (health_typo.go).
	typoKeys  map[uint64][]int32
	typoBloom []uint64
	typoHead  []uint64 // filters on the first and last four bytes
	typoTail  []uint64
	typoStop  map[string]bool
	// splitFirst holds the first parts of everyday compound words, cut
	// where a writer may split the word in two ("hode pine"), and
	// splitNext each cut with the first bytes of the rest.
	splitFirst map[string]bool
	splitNext  map[splitKey]bool
	// looked caches look by token (memo.go).
	looked *wordMemo[healthWord]
}

// healthMemoBits sizes the cache of look: 2^14 slots (128 KiB of
// pointers) hold the working vocabulary of a municipality's chat.
const healthMemoBits = 14

var _ Detector = (*HealthDetector)(nil)
var _ ContextRuler = (*HealthDetector)(nil)
var _ Versioner = (*HealthDetector)(nil)

type healthEntry struct {
	rule  string // "health.condition"
	class uint8
	flags uint16
	key   string   // weak: the ContextRule key
	words []string // folded tokens; slots are "{body}" and "{poss}"
	src   string   // file:line
	// literal is the lowercase word when folding would merge it with other
	// words (an ASCII "aa", "ae" or "oe" that is no å, æ or ø: "AAP" must
	// not match "ap"); a match must then start with it as written.
	literal string
	// lits holds, for a phrase of several words, each word's literal as
	// above ("" where folding merges nothing): "AA meeting" is no "a meeting".
	lits   []string
	nordic bool // the word is written with æ, ø, å, ä or ö
	// alsoNordic: another list holds the same word with Nordic letters
	// (Norwegian "bipolar", Swedish "bipolär"), so both spellings match.
	alsoNordic bool
	ends       []string // e=: the only endings the word takes, when given
	low        string   // the single word as listed, lowercased
	// second is a phrase's second word when phraseAt can test it on the
	// next token before phraseMatch (it is no slot and the first word is
	// a word or a {body} slot; secondBody: the latter); secondExact: the
	// phrase goes on after it, so the token must be the word, not start
	// with it. "" when there is no such test.
	second      string
	secondExact bool
	secondBody  bool
	// secondSlot is the slot a phrase's second word is, when its first
	// takes one token (a word or {poss}), for phraseAt to test token i+1
	// before phraseMatch: a {body} slot needs a body word or a modifier
	// there (bodyAt), {poss} a possessive, {num} a number of 1-3 digits.
	// "{poss} {body} hurts" is tried on every possessive otherwise.
	secondSlot uint8
}

// The slots phraseAt tests a phrase's second word for (secondSlot).
const (
	secondNoSlot uint8 = iota
	secondSlotBody
	secondSlotPoss
	secondSlotNum
)

func (e *healthEntry) phraseWord() string { return e.low }

type healthPayload struct {
	entry   int32 // single-word entry, or -1
	body    bool
	poss    bool
	bmod    bool    // a word that may stand between a slot's lead and a body part
	nordic  bool    // the key was written with æ, ø, å, ä or ö
	phrases []int32 // multi-word entries whose first word is this key
	// When minSplitPhrases or more share the first word ("har",
	// "sliter"), they are also split by the first two bytes of their
	// second word (byNext) and the rest (slots, a short second word), each
	// in phrases' order, with their rank in it to break ties as the linear
	// scan did.
	byNext map[uint32][]rankedPhrase
	next   pairIndex // byNext as probed for each token (phraseAt)
	rest   []rankedPhrase
	gate   *phraseGate // what phrases ask of their second token; nil without phrases
}

// phraseGate is what a list of phrases, each opening with a word or a
// {poss} slot (one token), asks of the token after it: a word starting
// with one of the bytes in first, or a token to fill the slot of slots
// (gateBody: a body part or its modifier, bodyAt's first token; gatePoss:
// a possessive; gateNum: a number of 1-3 digits); gateAny when a phrase
// asks something the gate does not test. The detector's loop calls
// phraseAt only where a gate, or a body word, lets a phrase start
// (mayPhraseAt): most tokens that open a phrase ("har", "i", "min") are
// followed by none of its second words.
type phraseGate struct {
	first [4]uint64
	slots uint8
}

const (
	gateBody uint8 = 1 << iota
	gatePoss
	gateNum
	gateAny
)

// newPhraseGate returns the gate of phrases, or nil when there are none.
func (h *HealthDetector) newPhraseGate(phrases []int32) *phraseGate {
	if len(phrases) == 0 {
		return nil
	}
	g := &phraseGate{}
	for _, c := range phrases {
		e := &h.entries[c]
		if len(e.words) < 2 || e.words[0] == slotBody || e.words[1] == "" {
			g.slots |= gateAny
			continue
		}
		switch w := e.words[1]; w {
		case slotBody:
			g.slots |= gateBody
		case slotPoss:
			g.slots |= gatePoss
		case slotNum:
			g.slots |= gateNum
		case slotDrug, slotSubj:
			g.slots |= gateAny
		default:
			g.first[w[0]>>6] |= 1 << (w[0] & 63)
		}
	}
	return g
}

// may reports whether token i may be the second word of one of the gate's
// phrases, as phraseMatch would ask of it.
func (g *phraseGate) may(t *Text, words []healthWord, i int) bool {
	if g.slots&gateAny != 0 {
		return true
	}
	if f := t.Folded(i); f != "" && g.first[f[0]>>6]&(1<<(f[0]&63)) != 0 {
		return true
	}
	return g.slots&gateBody != 0 && (words[i].body || words[i].bmod) ||
		g.slots&gatePoss != 0 && words[i].poss ||
		g.slots&gateNum != 0 && len(t.Word(i)) <= 3 && isDigits(t.Word(i))
}

// mayPhraseAt reports whether phraseAt may find a phrase at token i, a
// token that may start one (mayStartPhrase): a body word always, a body
// modifier before a body word or another modifier, a phrase's first word
// or a possessive where the token after it passes the phrases' gate.
func (h *HealthDetector) mayPhraseAt(t *Text, words []healthWord, i int) bool {
	w := &words[i]
	if w.body {
		return true
	}
	if i+1 >= len(words) {
		return false // every phrase but a body word's takes two tokens or more
	}
	if w.bmod && (words[i+1].body || words[i+1].bmod) {
		return true
	}
	if w.exact >= 0 {
		if g := h.pay[w.exact].gate; g != nil && g.may(t, words, i+1) {
			return true
		}
	}
	return w.poss && h.possGate != nil && h.possGate.may(t, words, i+1)
}

// pairIndex is a map from the first two bytes of a word (a 16-bit key) to
// phrases, read-only once built: an open-addressing table probed in a few
// instructions, where a Go map look-up cost about 30.
type pairIndex struct {
	keys  []uint32 // key+1 in its slot, 0 for an empty slot
	vals  [][]rankedPhrase
	shift uint // 32 - log2(len(keys))
}

func newPairIndex(m map[uint32][]rankedPhrase) pairIndex {
	size, lg := 4, uint(2)
	for size < 2*len(m) {
		size, lg = size*2, lg+1
	}
	x := pairIndex{keys: make([]uint32, size), vals: make([][]rankedPhrase, size), shift: 32 - lg}
	for k, v := range m {
		h := x.slot(k)
		for x.keys[h] != 0 {
			h = (h + 1) & uint32(size-1)
		}
		x.keys[h], x.vals[h] = k+1, v
	}
	return x
}

func (x *pairIndex) slot(k uint32) uint32 { return (k * 0x9E3779B1) >> x.shift }

// get returns the phrases of key k, or nil.
func (x *pairIndex) get(k uint32) []rankedPhrase {
	if len(x.keys) == 0 {
		return nil
	}
	mask := uint32(len(x.keys) - 1)
	for h := x.slot(k) & mask; ; h = (h + 1) & mask {
		switch x.keys[h] {
		case k + 1:
			return x.vals[h]
		case 0:
			return nil
		}
	}
}

// rankedPhrase is a phrase entry and its place in healthPayload.phrases.
type rankedPhrase struct{ entry, rank int32 }

// minSplitPhrases is the number of phrases on one first word from which
// they are split by their second word: from three, one look-up of the
// next token costs less than the scan.
const minSplitPhrases = 3

// splitPhrases fills p.byNext and p.rest from p.phrases.
func (h *HealthDetector) splitPhrases(p *healthPayload) {
	if len(p.phrases) < minSplitPhrases {
		return
	}
	p.byNext = make(map[uint32][]rankedPhrase)
	for r, c := range p.phrases {
		e := &h.entries[c]
		rp := rankedPhrase{c, int32(r)}
		if len(e.words) > 1 && !isSlot(e.words[0]) && !isSlot(e.words[1]) && len(e.words[1]) >= 2 {
			k := uint32(e.words[1][0])<<8 | uint32(e.words[1][1])
			p.byNext[k] = append(p.byNext[k], rp)
		} else {
			p.rest = append(p.rest, rp)
		}
	}
	p.next = newPairIndex(p.byNext)
}

// splitBody fills p.byNext and p.rest from p.phrases, {body} phrases, by
// the second word a body word tests against the next token (secondOK).
func (h *HealthDetector) splitBody(p *healthPayload) {
	p.byNext = make(map[uint32][]rankedPhrase)
	for r, c := range p.phrases {
		e := &h.entries[c]
		rp := rankedPhrase{c, int32(r)}
		if e.secondBody && len(e.second) >= 2 {
			k := uint32(e.second[0])<<8 | uint32(e.second[1])
			p.byNext[k] = append(p.byNext[k], rp)
		} else {
			p.rest = append(p.rest, rp)
		}
	}
	p.next = newPairIndex(p.byNext)
}

const (
	slotBody = "{body}"
	slotPoss = "{poss}"
	slotDrug = "{drug}" // a medication or drug word ("avhengig av {drug}")
	slotNum  = "{num}"  // a number of 1-3 digits ("gått ned {num} kilo")
	slotSubj = "{subj}" // a subject pronoun ("svie når {subj} tisser")
)

// subjectPronouns fill a {subj} slot: who does what a symptom is told by
// ("svir når jeg tisser", "burns when I pee", "svider när man kissar").
var subjectPronouns = setOf(
	// nb, nn
	"jeg", "eg", "je", "æ", "du", "han", "hun", "ho", "hen", "man", "vi", "me", "dere", "de", "dei",
	// da (also "I", you plural)
	"i",
	// sv
	"jag", "hon", "ni", "dom",
	// en
	"you", "he", "she", "we", "they",
)

// addictionObjects fill a {drug} slot though they are no health word alone
// ("kjøpe alkohol", "spill på nett"): what a person can be addicted to,
// after "avhengig av", "addicted to", "beroende av". setOf keeps each word
// folded too, as the slot compares t.Folded.
var addictionObjects = setOf(
	// nb, nn
	"alkohol", "alkoholen", "sprit", "rusmidler", "rusmiddel", "rusmidlar", "narkotika", "stoff", "dop", "hasj", "cannabis",
	"kokain", "amfetamin", "heroin", "opioider", "nikotin", "snus", "snusen", "røyk", "røyking", "tobakk", "spill",
	"spilling", "pengespill", "dataspill", "gaming", "porno", "sex",
	// da
	"spiritus", "stoffer", "euforiserende", "hash", "rygning", "tobak", "spil", "computerspil",
	// sv
	"droger", "knark", "narkotikan", "rökning", "spel", "spelandet", "datorspel",
	// en
	"alcohol", "drink", "drinking", "drugs", "cocaine", "crack", "meth", "opioids", "painkillers", "weed",
	"nicotine", "smoking", "vaping", "gambling", "betting", "games", "porn",
)

// isSlot reports whether a phrase word is a slot ({body}, {poss}, {drug},
// {num}, {subj}) rather than a word.
func isSlot(w string) bool {
	return w == slotBody || w == slotPoss || w == slotDrug || w == slotNum || w == slotSubj
}

// NewHealth loads and compiles the embedded HEALTH word lists.
func NewHealth() (*HealthDetector, error) {
	h, err := newHealthFS(healthFS, healthFiles)
	if err != nil {
		return nil, err
	}
	stop, err := h.loadTypoStop(healthFS)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(append([]byte(h.version), stop...))
	h.version = healthCodeVersion + "-" + hex.EncodeToString(sum[:8])
	return h, nil
}

func newHealthFS(fsys fs.FS, files []string) (*HealthDetector, error) {
	h := &HealthDetector{slot: make(map[string][]int32), sizes: make(map[string]int), ends: newEndingSet(),
		looked: newWordMemo[healthWord](healthMemoBits)}
	h.tailB, h.stopB = newTrieBuilder(), newTrieBuilder()
	sum := sha256.New()
	byKey := make(map[string]int32) // folded single word → payload
	var phraseSeen = make(map[string]bool)
	for _, name := range files {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("detectors: health: %w", err)
		}
		sum.Write([]byte(name))
		sum.Write(data)
		if err := h.parse(name, data, byKey, phraseSeen); err != nil {
			return nil, err
		}
	}
	// Longest phrases first, so the longest match wins.
	byLen := func(ps []int32) {
		sort.SliceStable(ps, func(a, b int) bool { return len(h.entries[ps[a]].words) > len(h.entries[ps[b]].words) })
	}
	for i := range h.pay {
		byLen(h.pay[i].phrases)
		h.splitPhrases(&h.pay[i])
		h.pay[i].gate = h.newPhraseGate(h.pay[i].phrases)
	}
	for _, ps := range h.slot {
		byLen(ps)
	}
	h.bodyPhrases, h.possPhrases = h.slot[slotBody], h.slot[slotPoss]
	h.possGate = h.newPhraseGate(h.possPhrases)
	h.bodyNext = healthPayload{phrases: h.bodyPhrases}
	h.splitBody(&h.bodyNext)
	rb, fb := newTrieBuilder(), newTrieBuilder()
	for k, p := range byKey {
		rb.add(k, true, p)
		if e := h.pay[p].entry; e >= 0 && h.prefixOK(&h.entries[e], k) {
			fb.add(k, false, e)
		}
	}
	h.rev, h.fwd = rb.freeze(), fb.freeze()
	h.splitFirst, h.splitNext = make(map[string]bool), make(map[splitKey]bool)
	for k, p := range byKey {
		if e := h.pay[p].entry; e >= 0 && splitSource(h.entries[e].src) && len(h.entries[e].words) == 1 {
			for c := minSplitPart; c+minSplitPart <= len(k); c++ {
				if utf8.RuneStart(k[c]) {
					h.splitFirst[k[:c]] = true
					h.splitNext[splitKey{k[:c], k[c : c+minSplitPart]}] = true
				}
			}
		}
	}
	h.buildTypos(byKey)
	h.tails, h.stops = h.tailB.freeze(), h.stopB.freeze()
	h.tailB, h.stopB = nil, nil
	h.version = hex.EncodeToString(sum.Sum(nil)[:8])
	return h, nil
}

// parse reads one word list: `#` comments, `@section` lines, and entries
// `phrase[;flags]`.
func (h *HealthDetector) parse(name string, data []byte, byKey map[string]int32, phraseSeen map[string]bool) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	section := ""
	header := false
	english := false
	n := 0
	count := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if n == 1 && strings.HasPrefix(line, "#") {
			header = true
		}
		if line == "" || line[0] == '#' {
			continue
		}
		if !header {
			return fmt.Errorf("detectors: health %s:1: missing header comment naming the source", name)
		}
		if line == "%english" {
			english = true
			continue
		}
		if line[0] == '@' {
			section = line[1:]
			if !healthRules[section] {
				return fmt.Errorf("detectors: health %s:%d: unknown section %q", name, n, section)
			}
			continue
		}
		if section == "" {
			return fmt.Errorf("detectors: health %s:%d: entry before the first @section", name, n)
		}
		phrase, flagStr, _ := strings.Cut(line, ";")
		if section == "tail" || section == "stop" {
			w := Fold(lowerSameLen(line))
			if section == "tail" {
				h.tailB.add(w, false, 0)
			} else {
				h.stopB.add(w, true, 0)
			}
			count++
			continue
		}
		e := healthEntry{rule: "health." + section, class: classNoun, src: fmt.Sprintf("%s:%d", name, n)}
		if english {
			e.class = classEnglish
			e.flags |= hfNoHead | hfNoPrefix
		}
		for _, f := range strings.Split(flagStr, ",") {
			switch f = strings.TrimSpace(f); {
			case f == "":
			case f == "x":
				e.class = classExact
			case f == "a":
				e.class = classAdj
			case f == "h":
				e.flags |= hfHead
			case f == "nh":
				e.flags |= hfNoHead
			case f == "np":
				e.flags |= hfNoPrefix
			case f == "p":
				e.flags |= hfPrefix
			case f == "b":
				e.flags |= hfBody
			case f == "nx":
				e.flags |= hfNotAlone
			case f == "U":
				e.flags |= hfUpper
			case f == "nf":
				e.flags |= hfNoFold
			case f == "cw":
				e.flags |= hfCapsWord
			case f == "c1":
				e.flags |= hfLeadContext
			case f == "al":
				e.flags |= hfAnyLead
			case strings.HasPrefix(f, "e="):
				e.ends = strings.Split(f[2:], "|")
			case strings.HasPrefix(f, "w="):
				e.key = f[2:]
				if e.key == "" {
					return fmt.Errorf("detectors: health %s:%d: empty weak key", name, n)
				}
			default:
				return fmt.Errorf("detectors: health %s:%d: unknown flag %q", name, n, f)
			}
		}
		if err := h.add(e, phrase, flagStr, section, byKey, phraseSeen); err != nil {
			return fmt.Errorf("detectors: health %s:%d: %w", name, n, err)
		}
		count++
		if section != "body" && section != "poss" && section != "bmod" {
			for _, v := range healthVariants(phrase, e.class, section) {
				if err := h.add(e, v, flagStr, section, byKey, phraseSeen); err != nil {
					return fmt.Errorf("detectors: health %s:%d: %w", name, n, err)
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("detectors: health %s:%d: %w", name, n+1, err)
	}
	if !header {
		return fmt.Errorf("detectors: health %s:1: missing header comment naming the source", name)
	}
	h.sizes[name] = count
	return nil
}

// add enters one phrase of a word list with entry template e: a body,
// possessive or modifier word, a single word, or a phrase of several.
func (h *HealthDetector) add(e healthEntry, phrase, flagStr, section string, byKey map[string]int32, phraseSeen map[string]bool) error {
	words, err := healthWords(phrase)
	if err != nil {
		return err
	}
	e.words = words
	if len(words) > 1 {
		e.lits = healthLits(phrase)
	}
	if section == "body" || section == "poss" || section == "bmod" {
		if len(words) != 1 {
			return fmt.Errorf("a %s word must be one token", section)
		}
		p := h.payload(byKey, words[0])
		switch section {
		case "body":
			h.pay[p].body = true
			h.pay[p].nordic = strings.ContainsAny(phrase, "æøåäöÆØÅÄÖ")
		case "poss":
			h.pay[p].poss, h.pay[p].bmod = true, true
		default:
			h.pay[p].bmod = true
		}
		return nil
	}
	if len(words) == 1 {
		low := lowerSameLen(phrase)
		if phrase == strings.ToUpper(phrase) && low != phrase && flagStr == "" || strings.Contains(flagStr, "U") {
			// An abbreviation (AAP, BPA, IVF) takes no inflection.
			e.class = classExact
		}
		e.nordic = hasNordic(low)
		e.low = low
		if fl := foldLetters(low); fl != Fold(low) {
			e.literal = fl
		}
	}
	if section == "care" && e.key == "" {
		// A care service named in general is no one's health
		// (detection.md); health.care decides.
		e.key = "health.care"
	}
	if len(words) == 1 {
		if isSlot(words[0]) {
			return fmt.Errorf("a slot alone is not an entry")
		}
		p := h.payload(byKey, words[0])
		if x := h.pay[p].entry; x >= 0 {
			// An earlier list has the word; one written there without
			// Nordic letters and here with them is a health word in both
			// spellings.
			if e.nordic && !h.entries[x].nordic && h.entries[x].low != "" {
				h.entries[x].alsoNordic = true
			}
			return nil
		}
		h.entries = append(h.entries, e)
		h.pay[p].entry = int32(len(h.entries) - 1)
		return nil
	}
	key := strings.Join(words, " ")
	if phraseSeen[key] {
		return nil
	}
	phraseSeen[key] = true
	if len(words) > 1 && !isSlot(words[1]) && (!isSlot(words[0]) || words[0] == slotBody) {
		e.second, e.secondExact, e.secondBody = words[1], len(words) > 2, words[0] == slotBody
	}
	if len(words) > 1 && words[0] != slotBody {
		switch words[1] {
		case slotBody:
			e.secondSlot = secondSlotBody
		case slotPoss:
			e.secondSlot = secondSlotPoss
		case slotNum:
			e.secondSlot = secondSlotNum
		}
	}
	h.entries = append(h.entries, e)
	idx := int32(len(h.entries) - 1)
	if w := words[0]; w == slotDrug || w == slotNum || w == slotSubj {
		return fmt.Errorf("a phrase cannot start with %s", w)
	} else if w == slotBody || w == slotPoss {
		h.slot[w] = append(h.slot[w], idx)
	} else {
		p := h.payload(byKey, w)
		h.pay[p].phrases = append(h.pay[p].phrases, idx)
	}
	return nil
}

func (h *HealthDetector) payload(byKey map[string]int32, w string) int32 {
	if p, ok := byKey[w]; ok {
		return p
	}
	h.pay = append(h.pay, healthPayload{entry: -1})
	p := int32(len(h.pay) - 1)
	byKey[w] = p
	return p
}

// healthVariants returns the other spellings chat uses for a one-word entry:
// a hyphenated word written with a space or joined ("TT-kort", "tt kort",
// "ttkort"; "self-harm", "self harm"); the nynorsk -heit of a bokmål -het
// noun ("utbrenthet", "utbrentheit"); the -a participle nynorsk and
// spoken bokmål use for a long -et adjective ("utviklingshemmet",
// "utviklingshemma"); the nynorsk -ande of an -ende adjective
// ("smertestillende", "smertestillande"); and the international x of an ATC
// substance spelt with ks in Norwegian ("fluoksetin", "fluoxetin"). English lists take only the hyphen variants.
func healthVariants(phrase string, class uint8, section string) []string {
	if strings.Contains(phrase, " ") {
		return nil
	}
	var out []string
	if strings.IndexByte(phrase, '-') > 0 {
		out = append(out, strings.ReplaceAll(phrase, "-", " "), strings.ReplaceAll(phrase, "-", ""))
	}
	if (section == "atc" || section == "medication") && strings.Contains(phrase, "ks") {
		out = append(out, strings.ReplaceAll(phrase, "ks", "x"))
	}
	if section == "atc" || section == "medication" && phrase == strings.ToLower(phrase) {
		// Danish and English keep the Latin c and qu of a substance where
		// Norwegian writes k and kv ("klozapin": "clozapin"; "kvetiapin":
		// "quetiapin"), and English adds an e ("clozapine", "codeine").
		// Brand names, capitalised, are spelt one way.
		latin := strings.ReplaceAll(strings.ReplaceAll(strings.ReplaceAll(phrase, "kv", "qu"), "ks", "x"), "k", "c")
		if latin != phrase {
			out = append(out, latin)
		}
		if len(phrase) >= 6 && strings.HasSuffix(phrase, "in") {
			out = append(out, latin+"e")
		}
	}
	if class == classEnglish {
		return out
	}
	// Nynorsk endings of bokmål compounds: søvnvansker/søvnvanskar,
	// sykepenger/sjukepengar, korttidsopphold/korttidsopphald.
	for _, r := range [][2]string{{"vansker", "vanskar"}, {"penger", "pengar"}, {"opphold", "opphald"}} {
		if strings.HasSuffix(phrase, r[0]) {
			out = append(out, strings.TrimSuffix(phrase, r[0])+r[1])
		}
	}
	switch {
	case strings.HasSuffix(phrase, "het") && len(phrase) >= 8:
		out = append(out, strings.TrimSuffix(phrase, "het")+"heit")
	case class == classAdj && strings.HasSuffix(phrase, "et") && len(phrase) >= 8:
		out = append(out, strings.TrimSuffix(phrase, "et")+"a")
	case class == classAdj && strings.HasSuffix(phrase, "ende") && len(phrase) >= 8:
		out = append(out, strings.TrimSuffix(phrase, "ende")+"ande")
	}
	return out
}

// healthWords splits a phrase into folded tokens, keeping the slots.
func healthWords(phrase string) ([]string, error) {
	var out []string
	for _, f := range strings.Fields(phrase) {
		if isSlot(f) {
			out = append(out, f)
			continue
		}
		low := lowerSameLen(f)
		toks := tokenize(nil, low)
		if len(toks) == 0 {
			return nil, fmt.Errorf("phrase %q: %q has no word", phrase, f)
		}
		for _, tk := range toks {
			out = append(out, Fold(low[tk.Start:tk.End]))
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("empty phrase")
	}
	return out, nil
}

// healthLits returns the literal of each token of a phrase, aligned with
// healthWords, or nil when folding merges no letters in any of them.
func healthLits(phrase string) []string {
	var out []string
	merged := false
	for _, f := range strings.Fields(phrase) {
		if isSlot(f) {
			out = append(out, "")
			continue
		}
		low := lowerSameLen(f)
		for _, tk := range tokenize(nil, low) {
			w := low[tk.Start:tk.End]
			fl := foldLetters(w)
			if fl == Fold(w) {
				fl = ""
			}
			merged = merged || fl != ""
			out = append(out, fl)
		}
	}
	if !merged {
		return nil
	}
	return out
}

// prefixOK reports whether entry e (folded single word k) may be the first
// part of a compound ("diabetesmedisin", "kreftpasient").
func (h *HealthDetector) prefixOK(e *healthEntry, k string) bool {
	if e.flags&hfPrefix != 0 {
		return true
	}
	// A care service or a nursing home starts compounds too
	// ("hemtjänst|insatser", "äldreboende|plats"), decided like the
	// service; other weak words do not.
	if e.flags&(hfNoPrefix|hfNotAlone|hfUpper) != 0 || e.key != "" && e.key != "health.care" && e.key != "health.sykehjem" ||
		e.class != classNoun || len(k) < minHealthPrefix {
		return false
	}
	switch e.rule {
	case "health.atc":
		return false
	}
	return true
}

// headOK reports whether entry e may be the head (last part) of a compound.
func (h *HealthDetector) headOK(e *healthEntry, k string) bool {
	if e.flags&hfNoHead != 0 || e.flags&hfUpper != 0 || e.rule == "health.atc" || e.rule == "health.medication" {
		return false
	}
	// Mined register words are long and technical; a short one inside a
	// token is more often a piece of another word ("agnosi" in "diagnosis").
	if (e.rule == "health.icd10" && len(k) < 8) || (e.rule == "health.icpc2" && len(k) < 7) {
		return false
	}
	if e.class == classExact && e.flags&(hfHead|hfNotAlone) == 0 {
		return false
	}
	return len(k) >= minHealthHead || e.flags&(hfHead|hfNotAlone) != 0
}

// Name implements Detector.
func (h *HealthDetector) Name() string { return "health" }

// Keywords returns nil: compounds hide their health word inside a token, so
// the detector always runs; Detect is one pass over the tokens with trie
// walks and no hashing.
func (h *HealthDetector) Keywords() []string { return nil }

// Version is a hash of the embedded word lists.
func (h *HealthDetector) Version() string { return h.version }

// Sizes returns the number of entries per word-list file.
func (h *HealthDetector) Sizes() map[string]int {
	out := make(map[string]int, len(h.sizes))
	for k, v := range h.sizes {
		out[k] = v
	}
	return out
}

// healthWord is what the lexicon says about one token.
type healthWord struct {
	entry      int32 // entry matched by the whole token (inflection allowed), or -1
	head       int32 // entry matched as a compound head, or -1
	prefix     int32 // entry matched as a compound's first part, or -1
	body       bool  // the token is a body part
	poss       bool  // the token is a possessive
	bmod       bool  // the token may precede a body part in a slot
	bodyNordic bool  // the body part matched was written with Nordic letters
	impair     bool  // the token is an impairLeads word ("nedsatt")
	lead       uint8 // the token's lead kind (health_extent.go), leadNone if none
	exact      int32 // payload of the token exactly, or -1 (phrase starts)
	headStart  int32 // byte offset in the folded token where the head starts
	prefixEnd  int32 // byte offset in the folded token where the prefix ends
	split      bool  // the token may be the first half of a compound written in two
	eponym     bool  // the token is a healthHeads word ("syndrom") an eponym may stand before
	typo       int32 // the entry the token misspells (typo, set by Detect), or -1
	hyphen     bool  // the token's word has a hyphen after its first byte (hyphenPart; set by Detect)
}

// healthWordPool recycles the per-message token table of Detect.
var healthWordPool = sync.Pool{New: func() any { return new([]healthWord) }}

// look classifies one folded token.
func (h *HealthDetector) look(f string, buf []int) healthWord {
	w := healthWord{entry: -1, head: -1, prefix: -1, exact: -1, impair: impairLeads[f], lead: healthLeadKinds[f], typo: -1}
	w.split = len(f) >= minSplitPart && h.splitFirst[f]
	w.eponym = healthHeads[f]
	if len(f) == 0 {
		return w
	}
	for _, k := range h.ends.cut(f, buf) {
		stem, end := f[:len(f)-k], f[len(f)-k:]
		h.walk(&w, stem, end)
		if isVowelStart(end) && len(stem) >= 3 && stem[len(stem)-1] == stem[len(stem)-2] && !isVowelByte(stem[len(stem)-1]) {
			h.walk(&w, stem[:len(stem)-1], end)
		}
		if w.entry >= 0 {
			break
		}
	}
	if w.entry >= 0 || (w.head < 0 && len(f) < minHealthPrefix+minHealthRest) {
		return w
	}
	if h.stopped(f) {
		w.head = -1
		return w
	}
	if w.head < 0 {
		n := int32(0)
		for i := 0; i < len(f)-minHealthRest; i++ {
			if n = h.fwd.child(n, f[i]); n < 0 {
				break
			}
			if v := h.fwd.nodes[n].val; v >= 0 && i+1 >= minHealthPrefix && h.tailOK(f[i+1:]) {
				w.prefix, w.prefixEnd = v, int32(i+1)
			}
		}
	}
	return w
}

// stopped reports whether f ends with a stop ending of compound.txt: a
// token that looks like a compound of a health word but is none
// ("fangst" is no "angst", "desinfeksjon" no "infeksjon").
func (h *HealthDetector) stopped(f string) bool {
	n := int32(0)
	for d := 1; d <= len(f); d++ {
		if n = h.stops.child(n, f[len(f)-d]); n < 0 {
			return false
		}
		if h.stops.nodes[n].val >= 0 {
			return true
		}
	}
	return false
}

// tailOK reports whether r, what follows a health word at the start of a
// compound, begins with a tail of compound.txt (a linking -s-, -e- or
// hyphen skipped): "diabetes|medisin", "kreft|syk", "rus|fri", but not
// "eksem|pel" or "narkotika|beslag".
func (h *HealthDetector) tailOK(r string) bool {
	for k := 0; k < 2 && k < len(r); k++ {
		if k == 1 && r[0] != 's' && r[0] != 'e' && r[0] != '-' {
			break
		}
		n := int32(0)
		for i := k; i < len(r); i++ {
			if n = h.tails.child(n, r[i]); n < 0 {
				break
			}
			if h.tails.nodes[n].val >= 0 {
				return true
			}
		}
	}
	return false
}

// walk looks stem+end up in the reversed trie: a whole-word match sets
// entry/body/poss, a match of a final part sets head.
func (h *HealthDetector) walk(w *healthWord, stem, end string) {
	// Every key has two or more bytes; most stems end in a pair no key
	// ends in.
	if len(stem) >= 2 && !h.rev.maybe(stem[len(stem)-1], stem[len(stem)-2]) {
		return
	}
	n := int32(0)
	for d := 1; d <= len(stem); d++ {
		if n = h.rev.child(n, stem[len(stem)-d]); n < 0 {
			return
		}
		v := h.rev.nodes[n].val
		if v < 0 {
			continue
		}
		p := &h.pay[v]
		if d == len(stem) {
			if end == "" {
				w.exact = v
			}
			if p.body && h.ends.allows(classNoun, stem, end) {
				w.body = true
				w.bodyNordic = p.nordic
			}
			if end == "" {
				w.poss = w.poss || p.poss
				w.bmod = w.bmod || p.bmod
			}
			if p.entry >= 0 && w.entry < 0 && h.endOK(&h.entries[p.entry], stem, end) {
				w.entry = p.entry
			}
			continue
		}
		lead := len(stem) - d
		if p.entry < 0 || lead < minHealthLead || w.entry >= 0 {
			continue
		}
		e := &h.entries[p.entry]
		key := stem[lead:]
		if !h.headOK(e, key) || !h.endOK(e, key, end) {
			continue
		}
		if (e.flags&hfBody != 0 || e.key != "" && e.flags&hfAnyLead == 0) && !h.leadOK(stem[:lead]) {
			continue
		}
		if h.stopped(stem) {
			continue
		}
		if w.head < 0 || int32(lead) < w.headStart {
			w.head, w.headStart = p.entry, int32(lead)
		}
	}
}

// endOK reports whether entry e takes ending end after stem.
func (h *HealthDetector) endOK(e *healthEntry, stem, end string) bool {
	if end != "" && e.ends != nil {
		for _, x := range e.ends {
			if x == end {
				return true
			}
		}
		return false
	}
	return h.ends.allows(e.class, stem, end)
}

// leadOK reports whether the first part of a compound is a body part or a
// health word, linking -s-, -e- or a hyphen allowed ("hoftebrudd",
// "håndleddsbrudd", "kne-operasjon"), or parts of them joined by hyphens
// ("mage-tarm-").
func (h *HealthDetector) leadOK(lead string) bool {
	lead = strings.TrimSuffix(lead, "-")
	if k := strings.IndexByte(lead, '-'); k > 0 {
		// "mage-tarm-symptomer": every part of a hyphenated first part.
		return h.leadOK(lead[:k]) && h.leadOK(lead[k+1:])
	}
	for _, c := range [...]string{lead, strings.TrimSuffix(lead, "s"), strings.TrimSuffix(lead, "e")} {
		if c == "" {
			continue
		}
		n := int32(0)
		for d := 1; d <= len(c) && n >= 0; d++ {
			n = h.rev.child(n, c[len(c)-d])
		}
		if n < 0 {
			continue
		}
		if v := h.rev.nodes[n].val; v >= 0 {
			p := &h.pay[v]
			if p.body || (p.entry >= 0 && h.entries[p.entry].key == "" && h.entries[p.entry].flags&hfNotAlone == 0) {
				return true
			}
		}
	}
	return false
}

// Detect implements Detector.
func (h *HealthDetector) Detect(t *Text) []Span { return h.appendSpans(t, nil) }

// appendSpans implements spanAppender.
func (h *HealthDetector) appendSpans(t *Text, out []Span) []Span {
	n := len(t.Tokens)
	if n == 0 {
		return nil
	}
	wp := healthWordPool.Get().(*[]healthWord)
	defer healthWordPool.Put(wp)
	if cap(*wp) < n {
		*wp = make([]healthWord, n)
	}
	words := (*wp)[:n]
	var buf [8]int
	eponym := false
	for i := range words {
		// Keyed by the word, hashed once by the Text for every cache: look
		// reads only the folded form, which the word determines.
		sum := t.WordSum(i)
		p := h.looked.lookupRef(sum)
		if p == nil {
			p = h.looked.lookupRefOther(sum)
		}
		if p != nil {
			words[i] = *p // a healthWord is 48 bytes: copied once
		} else {
			f := t.Folded(i)
			w := h.look(f, buf[:0])
			w.typo = h.typo(f) // for a whole token only, not the parts look reads
			w.hyphen = len(t.Word(i)) > 1 && strings.IndexByte(t.Word(i)[1:], '-') >= 0
			h.looked.put(sum, w)
			words[i] = w
		}
		eponym = eponym || words[i].eponym
	}
	spans := out
	covered := -1 // last token index inside an emitted span
	emit := func(a, b int, e *healthEntry, rule string, weak bool) {
		if a <= covered {
			// A finding that starts inside the last one, which took in a
			// tail ("diabetes typ 1" + "typ 1 diabetes"), keeps only the
			// rest, so spans never overlap.
			if a = covered + 1; a >= b {
				return
			}
		}
		switch rule {
		case "health.mental", "health.addiction":
			// "tenkt på å ta livet mitt", "using cocaine".
			a = leadBack(t, a, covered, rule)
		case "health.pregnancy":
			a = weeksBefore(t, a, covered) // "36 weeks pregnant"
		case "health.procedure":
			a = opLead(t, a, covered) // "skal opereres", "having surgery"
		}
		switch rule {
		case "health.condition", "health.mental", "health.symptom", "health.icd10", "health.icpc2", "health.compound", "health.disability":
			a = severityLead(t, a, covered) // "svår ångest"
		}
		switch rule {
		case "health.condition", "health.mental", "health.icd10", "health.icpc2", "health.compound":
			b += h.conditionTail(t, words, b) // "bipolar type 2", "lungekreft med spredning"
		}
		if feverWords[t.Folded(b-1)] {
			a = feverBefore(t, a, covered) // "40 graders feber", "39,5 i feber"
		}
		s := Span{Start: t.Tokens[a].Start, End: t.Tokens[b-1].End, Category: Health, Rule: rule}
		if weak && e != nil && e.key != "" {
			s.Weak, s.Key = true, e.key
		}
		// Two HEALTH findings joined by "for", "mot", "av", "against"...
		// are one span: "opereres for grå stær", "vaksinert mot MMR".
		// Two weak findings of different keys stay apart, each decided by
		// its own rule: "beroende av hemtjänsten" is no addiction, but the
		// home care is still care.
		// An admission and where to ("innlagt på rehabilitering", "indlægges på
		// børnepsyk") are one finding, sure whatever each part's key.
		k := len(spans) - 1
		admitted := k >= 0 && a >= 2 && spans[k].End == t.Tokens[a-2].End && admittedWords[t.Folded(a-2)] && atPreps[t.Folded(a-1)]
		if admitted || k >= 0 && a >= 2 && spans[k].End == t.Tokens[a-2].End &&
			(!spans[k].Weak || !s.Weak || spans[k].Key == s.Key || rule == "health.care" && spans[k].Rule == rule) &&
			(healthLinks[t.Folded(a-1)] ||
				rule == "health.addiction" && spans[k].Rule == rule && highLinks[t.Folded(a-1)] ||
				rule == "health.care" && spans[k].Rule == "health.care" && careLinks[t.Folded(a-1)] && leadGap(t, a-2) && leadGap(t, a-1)) {
			// The joined span is weak only when both parts are; two care
			// findings are decided as care ("kontaktperson enligt LSS").
			spans[k].End = s.End
			if !s.Weak || admitted {
				spans[k].Weak, spans[k].Key = false, ""
			} else if spans[k].Weak && s.Key == "health.care" && !healthLinks[t.Folded(a-1)] {
				spans[k].Key = s.Key
			}
		} else {
			spans = append(spans, s)
		}
		covered = b - 1
	}
	for i := 0; i < n; i++ {
		w := &words[i]
		// Phrases start at a word that starts some (exact), a body part or
		// its modifier, or a possessive: other tokens skip the call.
		if w.mayStartPhrase() && h.mayPhraseAt(t, words, i) {
			if k, e := h.phraseAt(t, words, i); k > 0 && !(w.lead == leadStay && stayAt(t, i) > k) {
				// (A stay in a ward reaching past the phrase is the lead's
				// below: "lagt inn på intensiven", not "lagt inn".)
				if figurative(t, i, i+k) {
					i += k - 1
					continue
				}
				end := i + k
				for j := i + 1; j < end; j++ {
					// A phrase starting inside this one and reaching past it
					// lengthens the span: "er lam" + "lam fra brystet og ned".
					if k2, e2 := h.phraseAt(t, words, j); k2 > 0 && j+k2 > end && e2.key == "" {
						end = j + k2
					}
				}
				start := i
				if e.flags&hfLeadContext != 0 {
					start++ // "har cp": the verb tells the illness, the span is "cp"
				}
				if start+1 < end && genderedPoss[t.Word(start)] {
					start++ // "after her hip surgery": the possessive stays GENDER's
				}
				emit(start, h.extend(t, words, end, e), e, e.rule, true)
				i = covered
				continue
			}
		}
		if w.split && i+1 < n {
			if e := h.splitPair(t, i); e != nil {
				emit(i, h.extend(t, words, i+2, e), e, e.rule, true)
				i = covered
				continue
			}
		}
		switch {
		case w.entry >= 0:
			e := &h.entries[w.entry]
			if e.flags&hfNotAlone != 0 || !h.lettersOK(e, t.Word(i)) || idiomWord(t, i) || h.departmentWord(t, words, i) {
				break
			}
			weak := true
			if e.flags&hfUpper != 0 {
				// Capitals make an abbreviation strong ("MS"); written
				// otherwise it is weak when the entry has a key, else nothing.
				if allUpper(t.Raw(i)) {
					weak = false
					if e.flags&hfCapsWord != 0 && capsRun(t, i) && (i == 0 || !capsAbbrIntro[t.Folded(i-1)]) {
						// Among words in capitals the abbreviation may be
						// the word it spells ("CALL ME", "ME HAR IKKJE"):
						// only a verb of having or a diagnosis before it
						// makes it the illness ("HAR ME").
						break
					}
				} else if e.key == "" {
					break
				}
			}
			start := i
			// A compound written in two words: "hjerte sykdom", "bryst kreft".
			if i > 0 && covered < i-1 && h.splitOK(t, words, i, e) {
				start = i - 1
			}
			if weak && (e.key == "health.innlagt" && wardAt(t, i+1, false) > 0 || e.rule == "health.pregnancy" && weekAt(t, i+1) > 0) {
				// The ward or the week decides: "innlagt på sykehuset",
				// "født i uke 28", "termin i vecka 32". They stay out of
				// the span, as the dev corpora mark the bare word.
				weak = false
			}
			emit(start, h.extend(t, words, i+1, e), e, e.rule, weak)
		case w.head >= 0:
			e := &h.entries[w.head]
			if !h.lettersOK(e, foldedSuffix(t.Word(i), len(t.Folded(i))-int(w.headStart))) {
				// The head as written is another word: "høster" is no
				// "hoste", "arbeidskraft" no "kræft".
				break
			}
			if e.flags&hfAnyLead != 0 && !h.leadOK(t.Folded(i)[:w.headStart]) {
				// A first part that is no health word: the head's own rule
				// decides ("rotavirusvaksinen" as "vaksinen" is decided);
				// after a health word it is sure ("influensavaksinen").
				emit(i, h.extend(t, words, i+1, e), e, "health.compound", true)
				break
			}
			emit(i, h.extend(t, words, i+1, e), nil, "health.compound", false)
		case w.prefix >= 0:
			e := &h.entries[w.prefix]
			if !h.lettersOK(e, foldedPrefix(t.Word(i), int(w.prefixEnd))) {
				break
			}
			emit(i, i+1, e, "health.compound", e.key != "")
		default:
			if w.impair {
				if k := impairedAt(t, i); k > 0 {
					start := i
					if i > 0 && covered < i-1 && impairMods[t.Folded(i-1)] && leadGap(t, i-1) {
						start = i - 1 // "varig nedsat gangfunktion"
					}
					// "nedsatt kraft i armen": the body part belongs to it.
					emit(start, h.extend(t, words, i+k, nil), nil, "health.disability", false)
					i = covered
					break
				}
			}
			if w.lead != leadNone && h.leadAt(t, words, i, covered, emit) {
				i = covered
				break
			}
			var e *healthEntry
			strong := false
			if w.hyphen { // else no part to look up
				e, strong = h.hyphenPart(t.Word(i), t.Raw(i))
			}
			if e != nil {
				// A weak part leaves the compound to its context rule:
				// "LSS-insatser" is someone's care as "LSS" is.
				emit(i, i+1, e, "health.compound", !strong)
			} else if len(t.Folded(i)) >= minTypoLen-1 && (!t.IsUpper(i) || sentStart(t, i)) {
				// A capital inside a sentence is a name ("Marijana"), no typo.
				if v := words[i].typo; v >= 0 {
					end := i + 1
					if end+1 < n && (t.Folded(end) == "type" || t.Folded(end) == "typ") && isDigits(t.Word(end+1)) &&
						len(t.Word(end+1)) == 1 && gapSpaces(t, i) && gapSpaces(t, end) {
						end += 2 // "diabetis type 2", as the word's phrases have it
					}
					emit(i, end, nil, "health.typo", false)
				}
			}
		}
	}
	if eponym {
		spans = eponymSyndromes(t, words, spans)
	}
	return spans
}

// conditionTail returns how many tokens from j say which type of the
// condition before them it is, or that it has spread: "bipolär typ 2",
// "lungekreft med spredning til skjelettet", "cancer with metastases".
func (h *HealthDetector) conditionTail(t *Text, words []healthWord, j int) int {
	n := len(t.Tokens)
	if j+1 >= n || !leadGap(t, j-1) || !leadGap(t, j) {
		return 0
	}
	switch f := t.Folded(j); {
	case f == "type" || f == "typ":
		// Swedish "typ" is also "about": "migrän typ 3 ggr i veckan".
		if (conditionTypes[t.Word(j+1)] || romanTypes[t.Raw(j+1)]) && !(j+2 < n && leadGap(t, j+1) && countWords[t.Folded(j+2)]) {
			return 2
		}
	case (f == "med" || f == "with") && spreadWords[t.Folded(j+1)]:
		// "... med spredning til leveren": where it has spread belongs to it.
		if j+3 < n && spreadPreps[t.Folded(j+2)] && leadGap(t, j+1) && leadGap(t, j+2) {
			if k := h.bodyAt(t, words, j+3); k > 0 {
				return 3 + k
			}
		}
		return 2
	}
	return 0
}

// feverWords name a fever; a temperature before one belongs to it.
var feverWords = setOf("feber", "feberen", "febern", "fever")

// feverLinks stand between a temperature and the fever after it: "39,5 i
// feber", "40 graders feber".
var feverLinks = setOf("i", "graders", "grader", "grads", "degree")

// tempAt reports whether token k is a body temperature in whole degrees
// (35 to 43).
func tempAt(t *Text, k int) bool {
	w := t.Word(k)
	return len(w) == 2 && isDigits(w) && w >= "35" && w <= "43"
}

// feverBefore returns the token a fever finding at a starts at once a
// temperature before it is taken in ("39,5 i feber", "40 graders feber";
// never before floor). After the fever ("feber over 38") writers leave the
// temperature out.
func feverBefore(t *Text, a, floor int) int {
	k := a - 1
	if k-1 <= floor || !feverLinks[t.Folded(k)] || !leadGap(t, k-1) || !leadGap(t, k) {
		return a
	}
	m := k - 1
	if w := t.Word(m); len(w) == 1 && isDigits(w) && m-1 > floor && tempAt(t, m-1) {
		if g := t.Orig[t.Tokens[m-1].End:t.Tokens[m].Start]; g == "," || g == "." {
			return m - 1 // "38,5"
		}
	}
	if tempAt(t, m) {
		return m
	}
	return a
}

// conditionTypes and romanTypes (written in capitals: "typ i" is Swedish
// "type in") number a condition's type: "diabetes type 1", "bipolar II".
var (
	conditionTypes = setOf("1", "2", "3", "1a", "1b", "2a", "2b")
	romanTypes     = setOf("I", "II", "III")
)

// countWords count times and durations after a number: "3 ggr i veckan".
var countWords = setOf("ggr", "gg", "gang", "ganger", "gange", "gangar", "times", "dager", "dagar", "dage",
	"days", "veckor", "uker", "veker", "uger", "weeks", "timer", "timmar", "hours", "min", "minuter", "minutter", "ar", "kr",
	"manader", "maneder", "months", "dagen", "dogn", "dygn", "per")

// spreadWords say that a cancer has spread, after "med"/"with".
var spreadWords = setOf("spredning", "spredningen", "spreiing", "spreiinga", "spridning", "spridningar", "metastaser", "metastasar",
	"metastases", "metastasis", "mets")

// spreadPreps name where a cancer has spread.
var spreadPreps = setOf("til", "till", "to", "i", "in")

// eponymSyndromes adds the conditions named after a person that no list
// holds: a capitalised name, often a genitive, before "syndrom" or
// "sykdom" ("Angelmans syndrom", "Kawasakis sykdom"). A span already
// found there stands.
func eponymSyndromes(t *Text, words []healthWord, spans []Span) []Span {
	for i := 1; i < len(t.Tokens); i++ {
		if !words[i].eponym {
			continue
		}
		// A capital opening a sentence says nothing ("Hennes sykdom er ...").
		if !t.IsUpper(i-1) || sentStart(t, i-1) || t.IsUpper(i) || !gapSpaces(t, i-1) || !isLetters(t.Raw(i-1)) ||
			isAllUpper(t.Raw(i-1)) || runeCount(t.Raw(i-1)) < 4 {
			continue
		}
		a, b := t.Tokens[i-1].Start, t.Tokens[i].End
		switch k := slices.IndexFunc(spans, func(s Span) bool { return s.Start < b && a < s.End }); {
		case k < 0:
			spans = append(spans, Span{Start: a, End: b, Category: Health, Rule: "health.condition"})
		case spans[k].Start == t.Tokens[i].Start:
			spans[k].Start = a // the head alone found: the name belongs to it
		}
	}
	return spans
}

// lettersOK checks a whole-token match of e against the token as written
// (lowercase): folding merges words it must keep apart. A word listed
// without Nordic letters does not match one written with them (Swedish
// "stämmer" is not "stammer"); Nordic letters must agree where both have
// them (æ = ä, ø = ö, but å is neither: "kläda" is not "klåda"); an nf word
// needs its Nordic letters or their digraphs ("kræft", "kraeft", not
// "kraft"); a word whose folding merged letters must be written as listed
// ("AAP" is not "ap").
func (h *HealthDetector) lettersOK(e *healthEntry, word string) bool {
	wn := hasNordic(word)
	if !e.nordic && wn && !e.alsoNordic {
		return false
	}
	if e.nordic && wn {
		// The listed word's Nordic letters start the token's; the token
		// may add more only in an ending ("sæbø" is no "säbo").
		ws, es := nordicSeq(word), nordicSeq(e.phraseWord())
		if !strings.HasPrefix(ws, es) || ws != es && utf8.RuneCountInString(word) <= utf8.RuneCountInString(e.phraseWord()) {
			return false
		}
	}
	if e.flags&hfNoFold != 0 && !wn && !strings.Contains(word, "ae") && !strings.Contains(word, "oe") && !strings.Contains(word, "aa") {
		return false
	}
	if e.literal != "" && !strings.HasPrefix(foldLetters(word), e.literal) {
		return false
	}
	return true
}

// nordicSeq returns the Nordic letters of s in order, æ/ä and ø/ö merged.
func nordicSeq(s string) string {
	var b []byte
	for _, r := range s {
		switch r {
		case 'æ', 'ä', 'Æ', 'Ä':
			b = append(b, 'a')
		case 'ø', 'ö', 'Ø', 'Ö':
			b = append(b, 'o')
		case 'å', 'Å':
			b = append(b, 'e')
		}
	}
	return string(b)
}

// foldLetters is Fold without merging digraphs: Nordic and accented
// letters become their base letter, "aa", "ae" and "oe" stay.
func foldLetters(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case 'æ', 'ä', 'å', 'á', 'à', 'â':
			b.WriteByte('a')
		case 'ø', 'ö', 'ó', 'ò', 'ô':
			b.WriteByte('o')
		case 'é', 'è', 'ê', 'ë':
			b.WriteByte('e')
		case 'ü', 'ú', 'ù', 'û':
			b.WriteByte('u')
		case 'í', 'ì', 'î', 'ï':
			b.WriteByte('i')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// firstRunes returns the first n runes of s (all of s when shorter).
func firstRunes(s string, n int) string {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// lastRunes returns the last n runes of s (all of s when shorter).
func lastRunes(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// healthHeads are generic words that name a condition together with the
// health word before them.
var healthHeads = map[string]bool{
	"syndrom": true, "syndromet": true, "syndrome": true, "sykdom": true, "sykdommen": true, "sjukdom": true,
	"sjukdomen": true, "sygdom": true, "sygdommen": true, "disease": true, "lidelse": true, "lidelsen": true,
	// "Duchennes muskeldystrofi", "Duchenne muscular dystrophy".
	"muskeldystrofi": true, "dystrophy": true,
}

// healthLinks are the words that join two health findings into one span.
var healthLinks = map[string]bool{
	"for": true, "mot": true, "mod": true, "against": true, "av": true, "af": true, "of": true,
}

// extend returns the end token of a condition or symptom span starting
// before token j, taken on over "i/in/på {body}": "gikt i fingrene",
// "smerter i venstre kne", "blind på det ene øyet".
func (h *HealthDetector) extend(t *Text, words []healthWord, j int, e *healthEntry) int {
	if e != nil {
		switch e.rule {
		case "health.condition", "health.symptom", "health.icd10", "health.icpc2", "health.disability", "health.procedure":
		case "health.medication", "health.atc":
			// "sertralin 50 mg", "insulin 10 enheter": the dose belongs
			// to the medicine, and so does its form ("Ibux gel", "Pinex
			// forte").
			if j < len(t.Tokens) && drugForms[t.Folded(j)] && gapSpaces(t, j-1) {
				j++
			}
			return j + doseAt(t, j)
		default:
			return j
		}
	}
	if j >= len(t.Tokens) {
		return j
	}
	// "lam i høyre arm og bein": a second body part joined to the first,
	// unless it starts a clause of its own ("gör ont i knät och foten är
	// svullen") or is a verb ("blodprop i hjernen og taler").
	if j+1 < len(t.Tokens) && words[j-1].body && conj[t.Word(j)] && leadGap(t, j-1) && leadGap(t, j) {
		if k := h.bodyAt(t, words, j+1); k > 0 && !verbShaped(t.Word(j+k)) &&
			!(j+1+k < len(t.Tokens) && (subjectVerbs[t.Word(j+1+k)] || strongVerbs[t.Word(j+1+k)])) {
			return j + 1 + k
		}
	}
	// "Tourettes syndrom", "Crohns sykdom": a generic head word after a
	// condition belongs to it.
	if healthHeads[t.Folded(j)] && phraseGap(t.Orig[t.Tokens[j-1].End:t.Tokens[j].Start]) {
		j++
	}
	if j+1 >= len(t.Tokens) {
		return j
	}
	if k := allergenAt(t, j); k > 0 {
		return j + k
	}
	switch t.Folded(j) {
	case "i", "in", "pa", "on":
	default:
		return j
	}
	if !phraseGap(t.Orig[t.Tokens[j-1].End:t.Tokens[j].Start]) {
		return j
	}
	if k := h.bodyAt(t, words, j+1); k > 0 {
		return j + 1 + k
	}
	return j
}

// allergenPreps join an allergy to what it is against: "allergi mot
// nøtter", "allergisk over for katte", "allergy to penicillin".
var allergenPreps = setOf("mot", "mod", "overfor", "to", "against")

// allergenStop are words after such a preposition that name no allergen.
var allergenStop = setOf("det", "den", "dem", "dei", "noe", "noko", "något", "noget", "it", "them", "something",
	"anything", "alt", "allt", "everything", "hva", "hvad", "vad", "what", "seg", "sig", "sg", "meg", "mig", "me",
	"en", "ei", "et", "ett", "ein", "eit", "a", "an", "the", "så", "sa", "so", "og", "and", "och", "eller", "or")

// allergenAt returns how many tokens from j name what the allergy ending
// at token j-1 is against ("mot nøtter", "over for katte og hunde",
// "to penicillin"), or 0.
func allergenAt(t *Text, j int) int {
	if !strings.HasPrefix(t.Folded(j-1), "allerg") {
		return 0
	}
	n := len(t.Tokens)
	k := j
	switch {
	case t.Folded(k) == "over" && k+1 < n && t.Folded(k+1) == "for" && gapSpaces(t, k):
		k++ // Danish "over for"; a plain "for" says for whom ("allergi for barn")
	case !allergenPreps[t.Folded(k)]:
		return 0
	}
	if !gapSpaces(t, j-1) || k+1 >= n || !gapSpaces(t, k) {
		return 0
	}
	noun := func(i int) bool {
		w := t.Word(i)
		return runeCount(w) >= 3 && isLetters(t.Raw(i)) && !allergenStop[w]
	}
	if !noun(k + 1) {
		return 0
	}
	end := k + 1
	// "mot nøtter og egg": a second allergen joined by and.
	if end+2 < n && conj[t.Word(end+1)] && gapSpaces(t, end) && gapSpaces(t, end+1) && noun(end+2) && !t.IsUpper(end+2) {
		end += 2
	}
	return end + 1 - j
}

// doseUnits are the units a dose of a medicine is written in.
var doseUnits = setOf("mg", "mcg", "µg", "ug", "g", "ml", "milligram", "mikrogram", "microgram", "ie", "iu",
	"enheter", "enheder", "einingar", "enheterna", "units", "mmol", "mikrog")

// doseAt returns how many tokens from j make a dose after a medicine: a
// number of one to four digits (a decimal comma or point allowed) and a
// unit, apart ("50 mg", "2,5 mg") or glued ("50mg"), or 0.
func doseAt(t *Text, j int) int {
	n := len(t.Tokens)
	if j >= n || !phraseGap(t.Orig[t.Tokens[j-1].End:t.Tokens[j].Start]) {
		return 0
	}
	w := t.Folded(j)
	k := 0
	for k < len(w) && k < 4 && w[k] >= '0' && w[k] <= '9' {
		k++
	}
	switch {
	case k == 0:
		return 0
	case k < len(w):
		if doseUnits[w[k:]] {
			return 1 // "50mg"
		}
		return 0
	}
	m := j + 1
	if m+1 < n && isDigits(t.Folded(m)) && len(t.Folded(m)) <= 3 {
		if gap := t.Orig[t.Tokens[j].End:t.Tokens[m].Start]; gap == "," || gap == "." {
			m++ // "2,5 mg"
		}
	}
	if m < n && doseUnits[t.Folded(m)] && phraseGap(t.Orig[t.Tokens[m-1].End:t.Tokens[m].Start]) {
		return m + 1 - j
	}
	return 0
}

// bodyAt returns how many tokens from i make a body part, with up to two
// modifiers before it ("venstre kne", "det ene øyet", "my left arm"), or 0.
func (h *HealthDetector) bodyAt(t *Text, words []healthWord, i int) int {
	for k := 0; k < 3 && i+k < len(t.Tokens); k++ {
		if k > 0 && !phraseGap(t.Orig[t.Tokens[i+k-1].End:t.Tokens[i+k].Start]) {
			return 0
		}
		if words[i+k].body {
			return k + 1
		}
		if !words[i+k].bmod || t.Lang == "en" && t.Word(i+k) == "to" {
			return 0 // the count "to" is Nordic: "brudd i to fingre", not "went to knee surgery"
		}
	}
	return 0
}

// splitOK reports whether token i (entry e) is the head of a compound
// written as two words, the first a body part: "hjerte sykdom", "rygg
// smerter". Short body words are left out: folded they collide with common
// words ("tå" and "ta").
func (h *HealthDetector) splitOK(t *Text, words []healthWord, i int, e *healthEntry) bool {
	if !words[i-1].body || e.key != "" || !h.headOK(e, t.Folded(i)) {
		return false
	}
	if words[i-1].bodyNordic && len(t.Folded(i-1)) < 5 && t.Word(i-1) == t.Folded(i-1) {
		return false
	}
	switch e.rule {
	case "health.condition", "health.symptom", "health.icd10", "health.icpc2", "health.procedure":
	default:
		return false
	}
	return onlySpaces(t.Orig[t.Tokens[i-1].End:t.Tokens[i].Start])
}

// drugForms follow a medicine's name as part of it.
var drugForms = setOf("gel", "forte", "mite", "depot", "retard", "comp", "zapp", "salve", "krem", "kräm", "creme",
	"spray", "mikstur", "mixtur", "brus", "tabletter", "tablets", "plaster")

// minSplitPart is the shortest half, in bytes, of a compound written in two.
const minSplitPart = 4

// splitKey is the first half of a compound and the first bytes of the rest.
type splitKey struct{ first, next string }

// splitSource reports whether an entry of file:line src is an everyday word
// of a Nordic language, the kind chat splits in two.
func splitSource(src string) bool {
	src = src[strings.LastIndexByte(src, '/')+1:]
	return strings.HasPrefix(src, "lay_") && !strings.HasPrefix(src, "lay_en")
}

// splitStop are function words that spell the first part of a compound
// but stand apart as themselves: "over vekt" is over a weight limit.
var splitStop = setOf("over", "under", "uten", "utan", "uden", "etter", "efter", "innen", "inden", "inom", "mellom",
	"mellem", "mellan", "gjennom", "genom", "rundt", "forbi", "ikke", "ikkje", "inte", "ingen", "alle", "hele",
	"helt", "noen", "nogen", "nokon", "bare", "berre", "kun", "også", "ogsa", "ogsaa", "efterhånden", "mycket",
	"meget", "mykje", "veldig", "litt", "lite", "lidt", "very",
	// Determiners and adjectives of own and other: "egen melding" is a
	// notice of one's own, no "egenmelding".
	"egen", "eigen", "egne", "eigne", "eget", "eige", "egna", "sin", "sitt", "annen", "anna", "annan")

// splitPair returns the everyday health word tokens i and i+1 spell when
// written together, the way chat splits compounds ("hode pine", "spise
// forstyrrelse", "alkohol misbrug"), or nil.
func (h *HealthDetector) splitPair(t *Text, i int) *healthEntry {
	if t.Orig[t.Tokens[i].End:t.Tokens[i+1].Start] != " " || !isLetters(t.Raw(i+1)) || len(t.Folded(i+1)) < minSplitPart ||
		splitStop[t.Folded(i)] {
		return nil
	}
	if next := t.Folded(i + 1); !h.splitNext[splitKey{t.Folded(i), next[:minSplitPart]}] {
		return nil
	}
	var buf [8]int
	w := h.look(t.Folded(i)+t.Folded(i+1), buf[:0])
	if w.entry < 0 {
		return nil
	}
	e := &h.entries[w.entry]
	if e.flags&(hfNotAlone|hfUpper) != 0 || e.key != "" || !splitSource(e.src) || len(e.words) != 1 {
		return nil
	}
	return e
}

// mayStartPhrase reports whether a phrase may start at the word (phraseAt
// tries only phrases of a word that starts some, of a body part or its
// modifier, or of a possessive; TestHealthGateSound checks it).
func (w *healthWord) mayStartPhrase() bool { return w.exact >= 0 || w.body || w.bmod || w.poss }

// genderedPoss are the possessives that tell a gender: opening a health
// phrase ("her hip surgery", "hans rygg er brukket") they stay out of it.
var genderedPoss = setOf("his", "her", "hans", "hennes", "hendes", "hennar")

// bodyArticles are the indefinite articles among the body modifiers.
var bodyArticles = setOf("a", "en", "ei", "et", "ett", "ein", "eit")

// phraseAt returns the length in tokens and the entry of the longest phrase
// starting at token i, or 0.
func (h *HealthDetector) phraseAt(t *Text, words []healthWord, i int) (int, *healthEntry) {
	w := &words[i]
	best, bestE := 0, (*healthEntry)(nil)
	var next string // token i+1 folded, for a quick look at each phrase's second word
	if i+1 < len(words) {
		next = t.Folded(i + 1)
	}
	// secondOK checks a phrase's second word against token i+1 without the
	// call (phraseMatch decides the rest): common first words ("har",
	// "kan", "å") start many phrases, and most fail there.
	// A phrase opening with a body slot on a body word ("{body} pain")
	// takes that one token for the slot (bodyAt), so its second word is
	// checked the same way.
	secondOK := func(e *healthEntry) bool {
		if pw := e.second; pw != "" && (!e.secondBody || w.body) {
			if e.secondExact && next != pw || !strings.HasPrefix(next, pw) {
				return false
			}
		}
		return e.secondSlot == secondNoSlot || e.secondSlotOK(t, words, i)
	}
	try := func(cands []int32) {
		for _, c := range cands {
			e := &h.entries[c]
			if !secondOK(e) {
				continue
			}
			if k := h.phraseMatch(t, words, i, e); k > best {
				best, bestE = k, e
			}
		}
	}
	// trySplit is try(p.phrases) for a payload split by its phrases'
	// second word: the longest match, on a tie the first in p.phrases,
	// and a match found before the call kept on a tie (bestRank -1).
	bestRank := int32(-1)
	tryRanked := func(cands []rankedPhrase) {
		for _, c := range cands {
			e := &h.entries[c.entry]
			if !secondOK(e) {
				continue
			}
			if k := h.phraseMatch(t, words, i, e); k > best || k == best && k > 0 && c.rank < bestRank {
				best, bestE, bestRank = k, e, c.rank
			}
		}
	}
	trySplit := func(p *healthPayload) {
		bestRank = -1
		tryRanked(p.rest)
		if len(next) >= 2 {
			tryRanked(p.next.get(uint32(next[0])<<8 | uint32(next[1])))
		}
	}
	if w.exact >= 0 {
		if p := &h.pay[w.exact]; p.byNext == nil {
			try(p.phrases)
		} else {
			trySplit(p)
		}
	}
	// A phrase opening with a body part may open with its modifiers ("left
	// hip replacement", "begge knærne"), not with an indefinite article
	// ("a hip replacement" is "hip replacement"). On a body word the
	// phrases' second words are tested against the next token (secondOK),
	// so only those it may start are tried (h.bodyNext).
	if w.body {
		trySplit(&h.bodyNext)
	} else if w.bmod && (i+1 < len(words) && (words[i+1].body || words[i+1].bmod)) && !bodyArticles[t.Folded(i)] {
		try(h.bodyPhrases)
	}
	if w.poss {
		try(h.possPhrases)
	}
	return best, bestE
}

// secondSlotOK reports whether token i+1 may fill the slot that is the
// second word of phrase e (secondSlot), as phraseMatch would ask of it.
func (e *healthEntry) secondSlotOK(t *Text, words []healthWord, i int) bool {
	if i+1 >= len(words) {
		return false
	}
	switch e.secondSlot {
	case secondSlotBody:
		return words[i+1].body || words[i+1].bmod // bodyAt's first token
	case secondSlotPoss:
		return words[i+1].poss
	case secondSlotNum:
		w := t.Word(i + 1)
		return len(w) <= 3 && isDigits(w)
	}
	return true
}

// phraseMatch returns how many tokens from i the phrase e covers, or 0. A
// {body} slot takes up to two modifiers before the body part.
func (h *HealthDetector) phraseMatch(t *Text, words []healthWord, i int, e *healthEntry) int {
	n := len(t.Tokens)
	ti := i
	for j, pw := range e.words {
		if ti >= n {
			return 0
		}
		if ti > i && !phraseGap(t.Orig[t.Tokens[ti-1].End:t.Tokens[ti].Start]) {
			return 0
		}
		switch pw {
		case slotBody:
			k := h.bodyAt(t, words, ti)
			if k == 0 {
				return 0
			}
			ti += k
			continue
		case slotPoss:
			if !words[ti].poss {
				return 0
			}
		case slotNum:
			if w := t.Word(ti); len(w) > 3 || !isDigits(w) {
				return 0
			}
		case slotSubj:
			if !subjectPronouns[t.Folded(ti)] {
				return 0
			}
		case slotDrug:
			x := words[ti].entry
			if x < 0 {
				if !addictionObjects[t.Folded(ti)] {
					return 0
				}
				break
			}
			switch d := &h.entries[x]; {
			case d.key != "" || d.flags&hfNotAlone != 0:
				return 0
			case d.rule == "health.medication" || d.rule == "health.atc" || d.rule == "health.addiction":
			default:
				return 0
			}
		default:
			f := t.Folded(ti)
			if f != pw && (j < len(e.words)-1 || !strings.HasPrefix(f, pw) || !h.endOK(e, pw, f[len(pw):])) {
				return 0
			}
			if e.lits != nil && e.lits[j] != "" && !strings.HasPrefix(foldLetters(t.Word(ti)), e.lits[j]) {
				return 0
			}
		}
		ti++
	}
	if e.flags&hfUpper != 0 {
		for k := i; k < ti; k++ {
			if !allUpper(t.Raw(k)) {
				return 0
			}
		}
	}
	return ti - i
}

// admittedWords join the health finding they are admitted to: "innlagt på
// avrusning", "inlagd på avgiftning" are one span.
var admittedWords = setOf("innlagt", "innlagd", "indlagt", "inlagd", "innlegges", "innleggast", "indlægges", "admitted")

// phraseGap reports whether the text between two tokens of a phrase keeps
// them one phrase: spaces only (no sentence or clause break), after a
// hyphen at most.
func phraseGap(s string) bool {
	if s == " " {
		return true // most gaps: no trimming, no decoding
	}
	// "lese- og skrivevansker": a suspended compound's hyphen keeps the
	// phrase.
	s = strings.TrimPrefix(s, "-")
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return s != ""
}

// hyphenPart returns the entry of a part of a hyphenated token (lowercase
// word, raw as written) that is a health word on its own ("ADHD-medisin",
// "kreft-pasient"), a strong one first, or nil; strong reports whether the
// compound is certain, or left to the part's context rule.
func (h *HealthDetector) hyphenPart(word, raw string) (*healthEntry, bool) {
	hyphen := false
	for i := 1; i < len(word); i++ {
		if word[i] == '-' {
			hyphen = true
			break
		}
	}
	if !hyphen {
		return nil, false
	}
	if caseworkers[word[strings.LastIndexByte(word, '-')+1:]] {
		// "LSS-handläggare", "NAV-saksbehandler": the officer who handles
		// such cases, nobody's condition.
		return nil, false
	}
	var buf [8]int
	var weak *healthEntry
	off := 0
	for part := range strings.SplitSeq(word, "-") {
		rawPart := ""
		if len(raw) == len(word) {
			rawPart = raw[off : off+len(part)]
		}
		off += len(part) + 1
		if len(part) < 2 {
			continue
		}
		w := h.look(Fold(part), buf[:0])
		if w.entry < 0 {
			continue
		}
		e := &h.entries[w.entry]
		if e.flags&hfNotAlone != 0 || e.key != "" && weak != nil {
			continue
		}
		// An abbreviation counts in capitals: "LSS-insatser", "KOLS-pasient",
		// "MS-diagnosen" (one that is also a word in capitals only when the
		// whole token is not in capitals: "CALL-ME").
		if e.flags&hfUpper != 0 && (e.flags&hfCapsWord != 0 && allUpper(raw) || !allUpper(rawPart)) || !h.lettersOK(e, part) {
			continue
		}
		if e.key == "" || e.key != "health.care" && e.flags&hfUpper != 0 && allUpper(rawPart) {
			// An abbreviation in capitals is strong where its key only
			// decides the lower case ("MS-diagnosen"); a care service is
			// still decided by its use ("LSS-insatser").
			return e, true
		}
		weak = e
	}
	return weak, false
}

// capsAbbrIntro are the words that make an abbreviation flagged cw, written
// among words in capitals, the illness: having, getting or being diagnosed
// with it ("HAR ME", "FIKK DIAGNOSEN ADD", "LIDER AV ME", "HAS ME").
var capsAbbrIntro = setOf("har", "hadde", "hatt", "fått", "fatt", "fikk", "fekk", "fik", "fået", "faet", "fick",
	"has", "had", "have", "diagnose", "diagnosen", "diagnos", "diagnosed", "diagnostisert", "diagnostiseret",
	"diagnostiserad", "av", "af")

// capsRun reports whether token i stands among words in capitals: a
// neighbouring word of two letters or more is written in capitals too.
func capsRun(t *Text, i int) bool {
	for _, k := range []int{i - 1, i + 1} {
		if k >= 0 && k < len(t.Tokens) && runeCount(t.Raw(k)) >= 2 && allUpper(t.Raw(k)) {
			return true
		}
	}
	return false
}

func allUpper(s string) bool {
	seen := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			seen = true
		}
	}
	return seen
}

// figurative reports whether a phrase of tokens [a, b) is an idiom: a
// heart that aches at what one sees ("det gjør vondt i hjertet å se", "gör
// ont i hjärtat att läsa"), a head broken over a problem ("brukket hodet
// over skjemaet").
func figurative(t *Text, a, b int) bool {
	if t.Word(a) == "pain" && a > 1 && t.Word(a-1) == "a" && copulaLike[t.Word(a-2)] {
		return true // "the roundabout is a pain in the neck"; "I have a pain in the neck" stays
	}
	if b >= len(t.Tokens) || !leadGap(t, b-1) {
		return false
	}
	last, next := t.Folded(b-1), t.Folded(b)
	return heartWords[last] && infinitiveMarks[next] || headWords[last] && next == "over" ||
		reflexives[last] && particles[next] // "kuttet meg av", "cut me off": a phrasal verb
}

// caseworkers end a hyphenated compound that names the officer of a kind of
// case.
var caseworkers = setOf("handläggare", "handläggaren", "handläggarna", "handläggarens", "saksbehandler",
	"saksbehandleren", "saksbehandlere", "saksbehandlar", "saksbehandlaren", "sagsbehandler", "sagsbehandleren",
	"sagsbehandlere", "konsulent", "konsulenten", "koordinator", "koordinatoren", "caseworker", "officer")

// serviceHeads end the name of a service or a unit.
var serviceHeads = []string{"tjeneste", "tjenesten", "tjenester", "tenesta", "teneste", "tenester", "tjänst", "tjänsten",
	"klinikk", "klinikken", "klinik", "kliniken", "senter", "senteret", "center", "centret", "centeret",
	"team", "teamet", "kontor", "kontoret", "avdeling", "avdelingen", "afdeling", "afdelingen", "mottak", "mottaket",
	"mottagning", "mottagningen", "enhet", "enheten", "enhed", "enheden", "service", "services"}

// serviceConjunct reports whether token i, cut short by a hyphen, is the
// first part of a service's name joined to the next one: "rus- og
// psykiatritjenesten", "psykisk helse- og rusklinikken" name a service,
// no one's condition.
func serviceConjunct(t *Text, i int) bool {
	n := len(t.Tokens)
	if i+2 >= n {
		return false
	}
	if c := t.Word(i + 1); c != "og" && c != "eller" && c != "och" && c != "and" {
		return false
	}
	// The service's head may come after an adjective: "rus- og psykisk
	// helsetjeneste".
	for k := i + 2; k <= i+3 && k < n; k++ {
		if endsWithAny(t.Word(k), serviceHeads) {
			return true
		}
	}
	return false
}

// departmentWord reports whether health word i is part of the name of a
// municipal unit joined by "og": "Rus og psykisk helse-tjenesten", "rus og
// psykiatritjenesten" (a word of the mind after it, then a service's head),
// "Ældre og Handicap", "Handicap og Rehabilitering" (capitalised inside a
// sentence beside a capitalised word that is no health word; "Alzheimer og
// Parkinson" are two illnesses).
func (h *HealthDetector) departmentWord(t *Text, words []healthWord, i int) bool {
	n := len(t.Tokens)
	if i+2 < n && conj[t.Word(i+1)] && gapSpaces(t, i) && gapSpaces(t, i+1) {
		if w := t.Folded(i + 2); strings.HasPrefix(w, "psyk") || strings.HasPrefix(w, "rus") {
			for k := i + 2; k <= i+3 && k < n; k++ {
				if endsWithAny(t.Word(k), serviceHeads) {
					return true
				}
			}
		}
	}
	if t.Lang == "en" || !t.IsUpper(i) || sentStart(t, i) || isAllUpper(t.Raw(i)) {
		return false
	}
	unit := func(k int) bool {
		return t.IsUpper(k) && !sentStart(t, k) && !isAllUpper(t.Raw(k)) && words[k].entry < 0 && words[k].head < 0 &&
			words[k].prefix < 0 && !words[k].body
	}
	// The unit is written to, called or named after a preposition: "send
	// klagen til Ældre og Handicap", "ring Handicap og Rehabilitering".
	first := i
	switch {
	case i+2 < n && conj[t.Word(i+1)] && gapSpaces(t, i) && gapSpaces(t, i+1) && unit(i+2):
	case i >= 2 && conj[t.Word(i-1)] && gapSpaces(t, i-2) && gapSpaces(t, i-1) && unit(i-2):
		first = i - 2
	default:
		return false
	}
	return first > 0 && unitLeads[t.Word(first-1)] && !titled(t.Orig) // in a text with every word capitalised a capital says nothing
}

// unitLeads stand before the name of a municipal unit.
var unitLeads = setOf("til", "till", "hos", "fra", "från", "frå", "kontakt", "kontakte", "kontakta", "ring", "ringe", "ringa",
	"ved", "vid", "via", "afdeling", "afdelingen", "avdeling", "avdelingen", "enhed", "enheden", "forvaltningen")

// seasonLeads stand before a season: "til høsten", "neste høst".
var seasonLeads = setOf("til", "i", "neste", "denne", "forrige", "fra", "frå", "om", "utpå", "sist", "seinere", "senere")

// idiomWord reports whether health word i stands in an idiom: a dead end
// or a blind spot ("blind vej", "blind spot"), a nuisance called a headache
// ("a real headache", "what a headache"; "I have a headache" stays).
func idiomWord(t *Text, i int) bool {
	if e := t.Tokens[i].End; e < len(t.Orig) && t.Orig[e] == '-' && serviceConjunct(t, i) {
		return true
	}
	switch t.Word(i) {
	case "blind":
		return i+1 < len(t.Tokens) && blindIdioms[t.Folded(i+1)] && gapSpaces(t, i)
	case "blør", "blöder", "bløder", "bleeds", "bleeding", "blødde", "blödde":
		// "budsjettet blør penger", "kommunens ekonomi blöder": money bleeds.
		for k := i + 1; k < len(t.Tokens) && k <= i+2; k++ {
			if moneyWords[t.Folded(k)] {
				return true
			}
		}
		for k := max(i-3, 0); k < i; k++ {
			if f := t.Folded(k); strings.HasPrefix(f, "budsjett") || strings.HasPrefix(f, "budget") ||
				strings.HasPrefix(f, "okonomi") || strings.HasPrefix(f, "ekonomi") || strings.HasPrefix(f, "kass") {
				return true
			}
		}
	case "døve", "døv", "döva", "deaf":
		// "har døve øyre for oss", "turn a deaf ear": not hearing on purpose.
		return i+1 < len(t.Tokens) && earWords[t.Folded(i+1)]
	case "counselling", "counseling", "rådgivning", "rådgiving":
		// Debt, career or legal counselling is no one's health.
		return i > 0 && adviceKinds[t.Folded(i-1)]
	case "født", "fødd", "född", "born":
		// "født 14.02.2016": a birth date, no birth told (the date may be
		// masked already when the engine detects again).
		return i+1 < len(t.Tokens) && gapSpaces(t, i) && (isDigitByte(t.Word(i + 1)[0]) || placeholderAt(t, i+1))
	case "vorte":
		// Nynorsk "har vorte dyrt", "no har ho vorte sjuk", "har alt vorte
		// verre": a participle, not a wart, also with a subject or "alt"
		// between (a subject pronoun is a placeholder on the fixpoint pass).
		return i > 0 && vorteAux[t.Word(i-1)] || i > 1 && vorteAux[t.Word(i-2)] && (vorteBetween[t.Word(i-1)] || placeholderAt(t, i-1))
	case "hosten":
		// "høsten" written without ø: "til hosten", "i hosten", "neste hosten".
		return i > 0 && seasonLeads[t.Word(i-1)]
	case "headache", "nightmare":
		if i < 2 {
			return false
		}
		if t.Word(i-1) == "a" {
			return copulaLike[t.Word(i-2)] // "is a headache", "what a nightmare"
		}
		// "a real headache", not "I have a real headache".
		return nuisanceAdj[t.Word(i-1)] && t.Word(i-2) == "a" && (i < 3 || !havingWords[t.Word(i-3)])
	}
	return false
}

var (
	reflexives  = setOf("meg", "deg", "seg", "mig", "dig", "sig", "me", "myself", "yourself")
	particles   = setOf("av", "ut", "off", "bort", "opp", "inn", "fra", "frå", "short", "out")
	adviceKinds = setOf("debt", "career", "financial", "legal", "study", "student", "budget", "gjeld", "gjelds", "gælds",
		"skuld", "skulds", "økonomisk", "ekonomisk", "juridisk", "karriere", "karriär", "studie")
	earWords   = setOf("øyre", "øyra", "ører", "ørene", "øre", "öron", "øren", "ørerne", "ear", "ears")
	moneyWords = setOf("penger", "pengar", "penge", "money", "cash", "kroner", "kronor")
	vorteAux   = setOf("har", "hadde", "er", "var", "ha", "vere", "vera", "blitt", "skal", "kan", "vil", "ville")
	// vorteBetween may stand between the auxiliary and "vorte": a subject
	// or an adverb ("har ho vorte", "har alt vorte").
	vorteBetween = setOf("ho", "han", "det", "dei", "eg", "du", "me", "vi", "de", "alt", "no", "nå", "berre", "jo", "visst", "sikkert")
	blindIdioms  = setOf("vej", "vei", "veg", "gate", "gade", "gata", "spot", "spots", "date", "alley", "vinkel", "flekk",
		"plet", "fläck", "makker", "passasjer", "passager")
	nuisanceAdj = setOf("real", "big", "huge", "total", "massive", "complete", "absolute", "such", "bureaucratic", "logistical")
	copulaLike  = setOf("is", "was", "what", "been", "be", "it's", "that's", "s", "are")
	havingWords = setOf("have", "has", "had", "got", "get", "getting", "having", "with")
)

var (
	heartWords      = setOf("hjertet", "hjärtat", "hjartet", "heart")
	headWords       = setOf("hodet", "hovudet", "huvudet", "hovedet", "head")
	infinitiveMarks = setOf("å", "att", "at", "to")
)

// foldedPrefix returns the longest start of word whose Fold is n bytes long:
// the part of the word as written that a folded prefix of n bytes stands for.
// Folding merges digraphs ("boende" folds to "bonde"), so runes and folded
// bytes do not count alike.
func foldedPrefix(word string, n int) string {
	if !hasDigraph(word) {
		return firstRunes(word, n)
	}
	best := firstRunes(word, n)
	for k := range word {
		if k > 0 && len(Fold(word[:k])) == n {
			best = word[:k]
		}
	}
	if len(Fold(word)) == n {
		best = word
	}
	return best
}

// foldedSuffix returns the longest end of word whose Fold is n bytes long.
func foldedSuffix(word string, n int) string {
	if !hasDigraph(word) {
		return lastRunes(word, n)
	}
	best := lastRunes(word, n)
	for k := range word {
		if len(Fold(word[k:])) == n {
			best = word[k:]
			break
		}
	}
	return best
}

// hasDigraph reports whether word holds a pair Fold merges (aa, ae, oe).
func hasDigraph(word string) bool {
	return strings.Contains(word, "aa") || strings.Contains(word, "ae") || strings.Contains(word, "oe")
}
