package detectors

import (
	"fmt"
	"strings"
	"testing"
)

// found renders spans as "text|CATEGORY|rule" for exact comparisons.
func found(text string, spans []Span) []string {
	out := make([]string, 0, len(spans))
	for _, s := range spans {
		out = append(out, fmt.Sprintf("%s|%s|%s", text[s.Start:s.End], s.Category, s.Rule))
	}
	return out
}

func sameList(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// engineWith builds an engine over ds only.
func engineWith(t testing.TB, ds ...Detector) *Engine {
	t.Helper()
	e, err := NewEngine(WithDetectors(ds...))
	if err != nil {
		t.Fatal(err)
	}
	return e
}
