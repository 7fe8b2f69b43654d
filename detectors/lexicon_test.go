package detectors

import (
	"strings"
	"testing"
	"testing/fstest"
)

const testLexicon = `# Source: written for the lexicon tests.
# Second header line.
sønnen	kin
høyt blodtrykk	lay	phrase
høyt
far	kin
vondt i ryggen	lay
vondt
`

func TestLexiconMatch(t *testing.T) {
	lex, err := ParseLexicon("test.tsv", []byte(testLexicon))
	if err != nil {
		t.Fatal(err)
	}
	if lex.Len() != 6 {
		t.Fatalf("Len = %d", lex.Len())
	}
	if lex.Source != "Source: written for the lexicon tests.\nSecond header line." {
		t.Errorf("Source = %q", lex.Source)
	}
	tests := []struct {
		name, text string
		want       []string // matched phrases as written in the text
	}{
		{"exact", "sønnen min", []string{"sønnen"}},
		{"upper case", "Sønnen min", []string{"Sønnen"}},
		{"missing nordic letter", "sonnen min", []string{"sonnen"}},
		{"digraph", "soennen min", []string{"soennen"}},
		{"other nordic letter is not a match", "får vi svar", nil},
		{"ascii phrase matches", "min far", []string{"far"}},
		{"longest phrase wins", "har høyt blodtrykk nå", []string{"høyt blodtrykk"}},
		{"shorter when the long one breaks", "høyt nivå", []string{"høyt"}},
		{"multi token folded", "vondt i ryggen", []string{"vondt i ryggen"}},
		{"prefix of phrase only", "vondt i hodet", []string{"vondt"}},
		{"no partial tokens", "sønnene og farlig", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tx := NewText(tc.text, "nb")
			var got []string
			for _, m := range lex.Match(tx) {
				got = append(got, tc.text[tx.Tokens[m.StartTok].Start:tx.Tokens[m.EndTok-1].End])
			}
			sameList(t, got, tc.want)
		})
	}
	m := lex.Match(NewText("høyt blodtrykk", ""))
	if len(m) != 1 || m[0].Entry.Rule != "lay" || !m[0].Entry.Has("phrase") || m[0].Entry.Line != 4 {
		t.Errorf("entry fields: %+v", m)
	}
	if e := lex.Lookup("SONNEN"); e == nil || e.Phrase != "sønnen" {
		t.Errorf("Lookup(SONNEN) = %+v", e)
	}
	if e := lex.Lookup("får"); e != nil {
		t.Errorf("Lookup(får) = %+v", e)
	}
}

func TestLexiconKeywords(t *testing.T) {
	lex, err := ParseLexicon("test.tsv", []byte(testLexicon))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(lex.Keywords(), ",")
	want := "far,høyt,hoyt,hoeyt,sonnen,soennen,sønnen,vondt"
	for _, w := range strings.Split(want, ",") {
		if !strings.Contains(","+got+",", ","+w+",") {
			t.Errorf("keyword %q missing from %q", w, got)
		}
	}
}

func TestLexiconErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"no header", "diabetes\n", "x.tsv:1: missing header"},
		{"too many columns", "# src\na\tb\tc\td\n", "x.tsv:2: 4 columns"},
		{"empty phrase", "# src\n\tlay\n", "x.tsv:2: empty phrase"},
		{"duplicate", "# src\nastma\n\nAstma\n", "x.tsv:4: phrase \"Astma\" repeats line 2"},
		{"no word", "# src\n---\n", "x.tsv:2: phrase \"---\" has no word"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseLexicon("x.tsv", []byte(tc.data))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want %q", err, tc.want)
			}
		})
	}
	fsys := fstest.MapFS{"data/a.tsv": {Data: []byte("# src\nastma\n")}}
	if l, err := LoadLexicon(fsys, "data/a.tsv"); err != nil || l.Len() != 1 || l.Name != "data/a.tsv" {
		t.Errorf("LoadLexicon: %v %v", l, err)
	}
	if _, err := LoadLexicon(fsys, "data/missing.tsv"); err == nil || !strings.Contains(err.Error(), "data/missing.tsv") {
		t.Errorf("missing file error = %v", err)
	}
}

func TestLexiconMatchAt(t *testing.T) {
	lex, err := ParseLexicon("test.tsv", []byte(testLexicon))
	if err != nil {
		t.Fatal(err)
	}
	tx := NewText("hun har høyt blodtrykk", "nb")
	if m, ok := lex.MatchAt(tx, 2); !ok || m.EndTok != 4 || m.Entry.Phrase != "høyt blodtrykk" {
		t.Errorf("MatchAt(2) = %+v %v", m, ok)
	}
	if _, ok := lex.MatchAt(tx, 1); ok {
		t.Error("MatchAt(1) matched 'har'")
	}
	if m, ok := lex.MatchAt(NewText("høyt", ""), 0); !ok || m.Entry.Phrase != "høyt" {
		t.Errorf("MatchAt at the end = %+v %v", m, ok)
	}
}
