package detectors

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"strings"
)

//go:embed data/location/*.tsv data/location/*.txt
var locationFS embed.FS

//go:embed data/person/*.tsv
var personFS embed.FS

// Word flags of place and name entries (third column of the generated
// lists, see data/location/build.py).
const (
	flagWordNo  uint8 = 1 << iota // a Norwegian word
	flagWordDa                    // a Danish word
	flagWordSv                    // a Swedish word
	flagWordEn                    // an English word
	flagFirst                     // a place that is also a first name
	flagSurname                   // a place that is also a surname
	flagPlace                     // a name that is also a place
	flagBoth                      // a name in both the first-name and surname lists
)

const flagWords = flagWordNo | flagWordDa | flagWordSv | flagWordEn

func parseFlags(e *Entry) uint8 {
	var f uint8
	for _, x := range e.Flags {
		switch x {
		case "w-no":
			f |= flagWordNo
		case "w-da":
			f |= flagWordDa
		case "w-sv":
			f |= flagWordSv
		case "w-en":
			f |= flagWordEn
		case "first":
			f |= flagFirst
		case "surname":
			f |= flagSurname
		case "place":
			f |= flagPlace
		case "both":
			f |= flagBoth
		}
	}
	return f
}

// langWordFlag returns the word flag of a message language; for an unknown
// language every word flag (a word of any language is ambiguous).
func langWordFlag(lang string) uint8 {
	switch lang {
	case "nb", "nn", "no":
		return flagWordNo
	case "da":
		return flagWordDa
	case "sv":
		return flagWordSv
	case "en":
		return flagWordEn
	}
	return flagWords
}

// flagLexicon is a Lexicon with the entries' flags decoded once.
type flagLexicon struct {
	*Lexicon
	flags map[*Entry]uint8
}

func loadFlagLexicon(fsys fs.FS, path string) (*flagLexicon, error) {
	l, err := LoadLexicon(fsys, path)
	if err != nil {
		return nil, err
	}
	fl := &flagLexicon{Lexicon: l, flags: make(map[*Entry]uint8, l.Len())}
	for _, e := range l.Entries() {
		if f := parseFlags(e); f != 0 {
			fl.flags[e] = f
		}
	}
	return fl, nil
}

// postcodeRegister maps a postcode (digits only) to the lowercase postal
// places it belongs to.
type postcodeRegister map[string][]string

func loadPostcodes(fsys fs.FS, path string) (postcodeRegister, error) {
	b, err := fs.ReadFile(fsys, path)
	if err != nil {
		return nil, fmt.Errorf("detectors: postcodes %s: %w", path, err)
	}
	reg := make(postcodeRegister, 22000)
	sc := bufio.NewScanner(bytes.NewReader(b))
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 || cols[1] == "" || cols[2] == "" {
			return nil, fmt.Errorf("detectors: postcodes %s:%d: want 3 columns (country, postcode, place)", path, n)
		}
		for i := 0; i < len(cols[1]); i++ {
			if c := cols[1][i]; c < '0' || c > '9' {
				return nil, fmt.Errorf("detectors: postcodes %s:%d: postcode %q is not digits", path, n, cols[1])
			}
		}
		reg[cols[1]] = append(reg[cols[1]], Fold(lowerSameLen(cols[2])))
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("detectors: postcodes %s: %w", path, err)
	}
	return reg, nil
}

// loadWordColumn reads the first column of a list (comment lines skipped)
// as a set of lowercase words, with a second column when want2 > 0.
func loadWordColumn(fsys fs.FS, path string) (map[string]string, error) {
	b, err := fs.ReadFile(fsys, path)
	if err != nil {
		return nil, fmt.Errorf("detectors: list %s: %w", path, err)
	}
	out := make(map[string]string)
	for n, line := range strings.Split(string(b), "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "\t")
		w := strings.TrimSpace(lowerSameLen(cols[0]))
		if w == "" {
			return nil, fmt.Errorf("detectors: list %s:%d: empty entry", path, n+1)
		}
		v := ""
		if len(cols) > 1 {
			v = strings.TrimSpace(cols[1])
		}
		out[w] = v
	}
	return out, nil
}

// hashFS hashes the files of fsys under dir, in name order.
func hashFS(fsys embed.FS, dir string) (string, error) {
	h := sha256.New()
	ents, err := fsys.ReadDir(dir)
	if err != nil {
		return "", fmt.Errorf("detectors: %s: %w", dir, err)
	}
	for _, e := range ents {
		b, err := fsys.ReadFile(dir + "/" + e.Name())
		if err != nil {
			return "", fmt.Errorf("detectors: %s: %w", dir, err)
		}
		fmt.Fprintf(h, "%s %d\n", e.Name(), len(b))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil)[:8]), nil
}
