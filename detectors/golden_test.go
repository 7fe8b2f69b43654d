package detectors

import (
	"bufio"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/mask/*.golden")

// TestMaskGolden masks every line of testdata/mask/*.input ("lang<TAB>text",
// sentences of our own) with the default engine and compares with the
// .golden file; masking the masked text must change nothing. Refresh with
// go test ./detectors -run TestMaskGolden -update after a deliberate change.
func TestMaskGolden(t *testing.T) {
	e := defaultEngine(t)
	inputs, err := filepath.Glob(filepath.Join("testdata", "mask", "*.input"))
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no inputs: %v", err)
	}
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			f, err := os.Open(in)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			var out strings.Builder
			sc := bufio.NewScanner(f)
			for sc.Scan() {
				lang, text, _ := strings.Cut(sc.Text(), "\t")
				m, _ := e.Mask(text, lang)
				if again, _ := e.Mask(m, lang); again != m {
					t.Errorf("not idempotent: %q → %q → %q", text, m, again)
				}
				out.WriteString(m)
				out.WriteByte('\n')
			}
			if err := sc.Err(); err != nil {
				t.Fatal(err)
			}
			golden := strings.TrimSuffix(in, ".input") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(out.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			got := strings.Split(out.String(), "\n")
			for i, w := range strings.Split(string(want), "\n") {
				if i >= len(got) || got[i] != w {
					g := ""
					if i < len(got) {
						g = got[i]
					}
					t.Errorf("line %d:\n got  %q\n want %q", i+1, g, w)
				}
			}
		})
	}
}
