package detectors

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

// Lexicon is a phrase list loaded from an embedded word-list file. It matches
// whole tokens of a Text, one or more consecutive tokens per phrase, by the
// lowercase form and, where the text is written without Nordic letters, by
// Fold ("sonnen" matches "sønnen", but "får" does not match "far").
//
// File format (UTF-8): lines starting with '#' are comments (the first ones,
// the header, must name the source); blank lines are skipped; every other
// line is one entry `phrase<TAB>rule-suffix<TAB>flags`, of which only the
// phrase is required. Flags are comma-separated words the owning detector
// interprets (see Entry.Has).
type Lexicon struct {
	// Name is the file path the lexicon was loaded from.
	Name string
	// Source is the header: the comment lines before the first entry,
	// without their '#'.
	Source  string
	entries []*Entry
	// byFirst maps the folded first token of a phrase to its entries,
	// longest phrase first.
	byFirst map[string][]*Entry
	sum     [sha256.Size]byte
}

// Entry is one line of a Lexicon.
type Entry struct {
	// Phrase is the phrase as written in the file.
	Phrase string
	// Rule is the optional rule suffix (second column), e.g. "lay".
	Rule string
	// Flags are the optional comma-separated flags (third column).
	Flags []string
	// Line is the entry's 1-based line number in its file.
	Line int

	lower []string // tokens, lowercased
	fold  []string // tokens, lowercased and folded
}

// Has reports whether the entry carries flag f.
func (e *Entry) Has(f string) bool {
	for _, x := range e.Flags {
		if x == f {
			return true
		}
	}
	return false
}

// Tokens returns the phrase's tokens, lowercased.
func (e *Entry) Tokens() []string { return e.lower }

// Match is one phrase found in a Text: tokens [StartTok, EndTok) of the Text.
type Match struct {
	StartTok, EndTok int
	Entry            *Entry
}

// LoadLexicon reads the lexicon file path from fsys (usually an embed.FS).
// Errors name the file and line.
func LoadLexicon(fsys fs.FS, path string) (*Lexicon, error) {
	b, err := fs.ReadFile(fsys, path)
	if err != nil {
		return nil, fmt.Errorf("detectors: lexicon %s: %w", path, err)
	}
	return ParseLexicon(path, b)
}

// ParseLexicon parses lexicon data; name is used in errors and as Name.
func ParseLexicon(name string, data []byte) (*Lexicon, error) {
	l := &Lexicon{Name: name, byFirst: make(map[string][]*Entry), sum: sha256.Sum256(data)}
	var src []string
	seen := make(map[string]int)
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		if strings.HasPrefix(line, "#") {
			if len(l.entries) == 0 {
				src = append(src, strings.TrimSpace(strings.TrimPrefix(line, "#")))
			}
			continue
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) > 3 {
			return nil, fmt.Errorf("detectors: lexicon %s:%d: %d columns, want at most 3 (phrase, rule, flags)", name, n, len(cols))
		}
		phrase := strings.TrimSpace(cols[0])
		if phrase == "" {
			return nil, fmt.Errorf("detectors: lexicon %s:%d: empty phrase", name, n)
		}
		e := &Entry{Phrase: phrase, Line: n}
		if len(cols) > 1 {
			e.Rule = strings.TrimSpace(cols[1])
		}
		if len(cols) > 2 {
			for _, f := range strings.Split(cols[2], ",") {
				if f = strings.TrimSpace(f); f != "" {
					e.Flags = append(e.Flags, f)
				}
			}
		}
		low := lowerSameLen(phrase)
		toks := tokenize(nil, low)
		if len(toks) == 0 {
			return nil, fmt.Errorf("detectors: lexicon %s:%d: phrase %q has no word", name, n, phrase)
		}
		for _, tk := range toks {
			w := low[tk.Start:tk.End]
			f := Fold(w)
			e.lower = append(e.lower, w)
			e.fold = append(e.fold, f)
		}
		key := strings.Join(e.lower, " ")
		if prev, dup := seen[key]; dup {
			return nil, fmt.Errorf("detectors: lexicon %s:%d: phrase %q repeats line %d", name, n, phrase, prev)
		}
		seen[key] = n
		l.entries = append(l.entries, e)
		l.byFirst[e.fold[0]] = append(l.byFirst[e.fold[0]], e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("detectors: lexicon %s:%d: %w", name, n+1, err)
	}
	if len(src) == 0 || strings.Join(src, "") == "" {
		return nil, fmt.Errorf("detectors: lexicon %s:1: missing header comment naming the source", name)
	}
	l.Source = strings.TrimSpace(strings.Join(src, "\n"))
	for _, es := range l.byFirst {
		sort.SliceStable(es, func(i, j int) bool { return len(es[i].lower) > len(es[j].lower) })
	}
	return l, nil
}

// Len is the number of entries.
func (l *Lexicon) Len() int { return len(l.entries) }

// Entries returns the entries in file order. Callers must not modify them.
func (l *Lexicon) Entries() []*Entry { return l.entries }

// Version is a hash of the file's bytes; it changes whenever the file does.
func (l *Lexicon) Version() string { return hex.EncodeToString(l.sum[:8]) }

// Keywords returns the prefilter keywords of the lexicon: the first token of
// every phrase lowercased, folded, and with æ/ø/å spelled ae/oe/aa, so chat
// spellings without Nordic letters still wake the owning detector.
func (l *Lexicon) Keywords() []string {
	set := make(map[string]struct{}, 2*len(l.entries))
	for _, e := range l.entries {
		w := e.lower[0]
		set[w] = struct{}{}
		set[e.fold[0]] = struct{}{}
		if d := digraphs(w); d != w {
			set[d] = struct{}{}
		}
	}
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

var digraphReplacer = strings.NewReplacer("æ", "ae", "ø", "oe", "å", "aa", "ä", "ae", "ö", "oe")

func digraphs(s string) string { return digraphReplacer.Replace(s) }

// Lookup returns the single-token entry matching the word w (any case),
// compared like Match compares tokens; nil when none.
func (l *Lexicon) Lookup(w string) *Entry {
	low := lowerSameLen(w)
	f := Fold(low)
	for _, e := range l.byFirst[f] {
		if len(e.lower) == 1 && tokEq(e, 0, low, f) {
			return e
		}
	}
	return nil
}

// tokEq compares phrase token i of e with a text token (lowercase low,
// folded f): equal when the lowercase forms are, or when the folded forms
// are and the text token is plain ASCII (the writer left out æ/ø/å, perhaps
// writing "oe" or "aa"), so "sonnen" matches "sønnen" but "får" never
// matches "far".
func tokEq(e *Entry, i int, low, f string) bool {
	if e.lower[i] == low {
		return true
	}
	return e.fold[i] == f && isASCII(low)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// Match finds the phrases of the lexicon in t, leftmost-longest: at each token
// position the longest phrase starting there, then scanning on after it. The
// matches are in token order and do not overlap.
func (l *Lexicon) Match(t *Text) []Match {
	var out []Match
	n := len(t.Tokens)
	for i := 0; i < n; i++ {
		cands := l.byFirst[t.Folded(i)]
		if len(cands) == 0 {
			continue
		}
		for _, e := range cands {
			k := len(e.lower)
			if i+k > n {
				continue
			}
			ok := true
			for j := 0; j < k; j++ {
				if !tokEq(e, j, t.Word(i+j), t.Folded(i+j)) {
					ok = false
					break
				}
			}
			if ok {
				out = append(out, Match{StartTok: i, EndTok: i + k, Entry: e})
				i += k - 1
				break
			}
		}
	}
	return out
}

// MatchAt returns the longest phrase starting at token i, or false.
func (l *Lexicon) MatchAt(t *Text, i int) (Match, bool) {
	n := len(t.Tokens)
	for _, e := range l.byFirst[t.Folded(i)] {
		k := len(e.lower)
		if i+k > n {
			continue
		}
		ok := true
		for j := 0; j < k; j++ {
			if !tokEq(e, j, t.Word(i+j), t.Folded(i+j)) && (j == 0 || j < k-1 || !genitiveOf(e.lower[j], t.Word(i+j))) {
				ok = false
				break
			}
		}
		if ok {
			return Match{StartTok: i, EndTok: i + k, Entry: e}, true
		}
	}
	return Match{}, false
}

// genitiveOf reports whether w is the genitive of the word low, as the last
// word of a name of several: "Gamla stans", "Møre og Romsdals".
func genitiveOf(low, w string) bool {
	switch {
	case strings.HasSuffix(w, "'s"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "’s"):
		w = w[:len(w)-len("’s")]
	case strings.HasSuffix(w, "s"):
		w = w[:len(w)-1]
	default:
		return false
	}
	return w == low
}
