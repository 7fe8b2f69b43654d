package detectors

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// TestRegexp2HasTimeout enforces the house rule that every regexp2 pattern
// has a MatchTimeout: a file of the package that uses regexp2 must set one.
func TestRegexp2HasTimeout(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		src := string(b)
		if strings.Contains(src, "regexp2.") && !strings.Contains(src, "MatchTimeout") {
			t.Errorf("%s uses regexp2 without setting MatchTimeout", f)
		}
	}
}

// TestRegistryComplete checks that Default() has a detector for every
// category of the rulebook, each listed once.
func TestRegistryComplete(t *testing.T) {
	ds, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	e := defaultEngine(t)
	seen := map[Category]bool{}
	for _, d := range ds {
		if dd, ok := d.(Describer); ok {
			for _, c := range dd.Describe().Categories {
				seen[c] = true
			}
		}
	}
	// Categories found by running the engine on a text with one of each.
	text := "Jeg heter Ola Hansen, bor i Storgata 5, 4876 Grimstad, har diabetes, er homofil, " +
		"stemmer Arbeiderpartiet, mora mi, ring 41234567, ola@firma.no, IP 10.0.0.1"
	for _, s := range e.Detect(text, "nb") {
		seen[s.Category] = true
	}
	for _, c := range Categories {
		if !seen[c] {
			t.Errorf("no detector in Default() finds %s", c)
		}
	}
	if len(ds) != len(e.Detectors()) {
		t.Errorf("Default() has %d detectors, engine %d", len(ds), len(e.Detectors()))
	}
}

// TestDefaultEngineConcurrent runs the default engine from several
// goroutines over the dev corpus (run with -race): every detector must be
// safe for concurrent use, and results must not depend on the interleaving.
func TestDefaultEngineConcurrent(t *testing.T) {
	recs := loadGold(t, filepath.Join("..", "testdata", "dev.jsonl"))
	if len(recs) > 200 {
		recs = recs[:200]
	}
	e := defaultEngine(t)
	want := make([]string, len(recs))
	for i, r := range recs {
		want[i] = fmt.Sprint(e.Detect(r.Text, r.Lang))
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range recs {
				i := (k + g*50) % len(recs)
				if got := fmt.Sprint(e.Detect(recs[i].Text, recs[i].Lang)); got != want[i] {
					t.Errorf("message %s: concurrent result differs", recs[i].ID)
					return
				}
			}
		}()
	}
	wg.Wait()
}
