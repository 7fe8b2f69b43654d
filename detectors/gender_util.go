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
	"unicode"
	"unicode/utf8"
)

// This file holds the small helpers the GENDER, ORIENTATION and POLITICS
// detectors share: reading their tab-separated word lists, generating
// inflected forms from a paradigm, sentence position and capitalisation
// tests, and the keyword and version helpers.

// wlLine is one data line of a word list: its 1-based line number and its
// tab-separated columns, trimmed.
type wlLine struct {
	no   int
	cols []string
}

// wlRead reads a word list from fsys. Lines starting with '#' are
// comments and the file must start with such a header naming its source;
// blank lines are skipped. maxCols bounds the columns per line. Errors name
// the file and line. The file's bytes are also added to h, when h is not nil,
// so the detector's Version changes with the data.
func wlRead(fsys fs.FS, path string, maxCols int, h *wlVersion) ([]wlLine, error) {
	b, err := fs.ReadFile(fsys, path)
	if err != nil {
		return nil, fmt.Errorf("detectors: word list %s: %w", path, err)
	}
	if h != nil {
		h.add(path, b)
	}
	if !bytes.HasPrefix(bytes.TrimPrefix(b, []byte("\ufeff")), []byte("#")) {
		return nil, fmt.Errorf("detectors: word list %s:1: missing header comment naming the source", path)
	}
	var out []wlLine
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) > maxCols {
			return nil, fmt.Errorf("detectors: word list %s:%d: %d columns, want at most %d", path, n, len(cols), maxCols)
		}
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		if cols[0] == "" {
			return nil, fmt.Errorf("detectors: word list %s:%d: empty first column", path, n)
		}
		out = append(out, wlLine{no: n, cols: cols})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("detectors: word list %s:%d: %w", path, n+1, err)
	}
	return out, nil
}

// col returns column i of l, or "" when the line is shorter.
func (l wlLine) col(i int) string {
	if i < len(l.cols) {
		return l.cols[i]
	}
	return ""
}

// wlVersion folds the embedded files of a detector into one version string.
type wlVersion struct{ parts []string }

func (h *wlVersion) add(name string, b []byte) {
	s := sha256.Sum256(b)
	h.parts = append(h.parts, name+":"+hex.EncodeToString(s[:]))
}

func (h *wlVersion) sum(extra string) string {
	s := sha256.Sum256([]byte(strings.Join(h.parts, "\n") + "\n" + extra))
	return hex.EncodeToString(s[:8])
}

// wlParadigms maps a paradigm code of the word lists to the endings it adds.
// The ending list applies to the lemma, or, for codes whose strip is set, to
// the lemma without its final strip string (jente → jent + a, en, er, ...).
var wlParadigms = map[string]struct {
	strip string
	ends  []string
}{
	// x: the lemma only (irregular words list their forms explicitly).
	"x": {"", []string{""}},
	// m: Norwegian/Danish masculine noun ending in a consonant (gutt).
	"m": {"", []string{"", "en", "er", "ene", "erne", "s", "ens", "ers", "enes"}},
	// f: Norwegian feminine noun ending in a consonant (datter, kjerring).
	"f": {"", []string{"", "a", "en", "er", "ene", "erne", "s", "as", "ens", "ers"}},
	// e: noun ending in an unstressed -e (jente, kone, kvinde, tante).
	"e": {"e", []string{"e", "a", "en", "er", "ene", "erne", "es", "as", "ens", "ers", "enes", "ernes"}},
	// a: noun ending in -a, Swedish or Norwegian (kvinna, mamma, flicka).
	"a": {"a", []string{"a", "an", "as", "ans", "or", "orna", "ornas", "ors", "aen", "aer", "aene", "aens", "aers"}},
	// sve: Swedish noun ending in -e with -ar plural (pojke, kille).
	"sve": {"e", []string{"e", "en", "ar", "arna", "es", "ens", "arnas"}},
	// svc: Swedish consonant-final noun with -er/-ar plural (tjej, grabb).
	"svc": {"", []string{"", "en", "er", "erna", "ar", "arna", "s", "ens"}},
	// en: English noun (mother → mothers, mother's).
	"en": {"", []string{"", "s", "'s", "’s"}},
	// adj: Scandinavian adjective (kvinnelig → kvinnelige, kvinneligt).
	"adj": {"", []string{"", "e", "t", "a"}},
}

// wlExpand returns the forms of lemma under paradigm code p, lowercased.
func wlExpand(lemma, p string) ([]string, bool) {
	pd, ok := wlParadigms[p]
	if !ok {
		return nil, false
	}
	stem := strings.TrimSuffix(lemma, pd.strip)
	out := make([]string, 0, len(pd.ends))
	for _, e := range pd.ends {
		out = append(out, stem+e)
	}
	return out, true
}

// wlForms returns the forms of a words.tsv line: its lemma under its
// paradigm (column 3, "x" when empty) and its extra forms (column 5), all
// lowercase; ok is false for an unknown paradigm.
func wlForms(l wlLine) (forms []string, par string, ok bool) {
	par = l.col(2)
	if par == "" {
		par = "x"
	}
	forms, ok = wlExpand(lowerSameLen(l.cols[0]), par)
	for _, x := range wlSplit(l.col(4), ",") {
		forms = append(forms, lowerSameLen(x))
	}
	return forms, par, ok
}

// wlSplit splits a comma-separated column, dropping empty items.
func wlSplit(s string, sep string) []string {
	var out []string
	for _, x := range strings.Split(s, sep) {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// wlFlags reads "a,b=c,d=e|f" into a map.
func wlFlags(s string) map[string]string {
	m := make(map[string]string)
	for _, f := range wlSplit(s, ",") {
		k, v, _ := strings.Cut(f, "=")
		m[k] = v
	}
	return m
}

var wlDigraphs = strings.NewReplacer("æ", "ae", "ø", "oe", "å", "aa", "ä", "ae", "ö", "oe")

// wlKeywords turns words into prefilter keywords: each lowercase word, its
// folded form and its æ/ø/å → ae/oe/aa spelling, minus every keyword that
// already contains a shorter one as a prefix (the prefilter matches
// substrings, so the shorter one wakes the detector for both).
func wlKeywords(words []string) []string {
	set := make(map[string]bool)
	for _, w := range words {
		w = lowerSameLen(w)
		if w == "" {
			continue
		}
		set[w] = true
		set[Fold(w)] = true
		set[wlDigraphs.Replace(w)] = true
	}
	out := make([]string, 0, len(set))
	for k := range set {
		redundant := false
		for n := 1; n < len(k); n++ {
			if set[k[:n]] {
				redundant = true
				break
			}
		}
		if !redundant {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// wlSentenceStart reports whether token i begins a sentence: it is the first
// token, or the text between it and the previous token holds a sentence or
// line break.
func wlSentenceStart(t *Text, i int) bool {
	if i == 0 {
		return true
	}
	gap := t.Orig[t.Tokens[i-1].End:t.Tokens[i].Start]
	return strings.ContainsAny(gap, ".!?:;\n•*\"«»(")
}

// wlAllUpper reports whether the letters of token i are all upper case.
func wlAllUpper(t *Text, i int) bool {
	for _, r := range t.Raw(i) {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// wlFirstUpper reports whether s starts with an upper-case letter.
func wlFirstUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// wlTokenSpan is the span of tokens [a, b] (inclusive).
func wlTokenSpan(t *Text, a, b int, c Category, rule string) Span {
	return Span{Start: t.Tokens[a].Start, End: t.Tokens[b].End, Category: c, Rule: rule}
}
