package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestDocsUpToDate fails when docs/detectors.md differs from a fresh
// generation: run `go run ./detectors/docgen -update` and commit the file.
func TestDocsUpToDate(t *testing.T) {
	var buf bytes.Buffer
	if err := generate(&buf, ".."); err != nil {
		t.Fatal(err)
	}
	have, err := os.ReadFile(filepath.Join("..", "..", "docs", "detectors.md"))
	if err != nil {
		t.Fatalf("%v (run go run ./detectors/docgen -update)", err)
	}
	if !bytes.Equal(have, buf.Bytes()) {
		t.Error("docs/detectors.md is out of date: run go run ./detectors/docgen -update")
	}
}

func TestListStats(t *testing.T) {
	n, src := listStats([]byte("# Source: SSB | names\n#\n# licence CC BY\nola\n\n# mid comment\nkari\tf\n"))
	if n != 2 || src != `Source: SSB \| names licence CC BY` {
		t.Errorf("listStats = %d %q", n, src)
	}
	if _, src := listStats([]byte("a\nb\n")); src != "(no header)" {
		t.Errorf("no header: %q", src)
	}
}
