package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/nordic-anonymizer/anonymizer/internal/store"
	"github.com/nordic-anonymizer/anonymizer/internal/store/storetest"
)

// openTemp opens a new store in the test's temporary directory and closes
// it when the test ends.
func openTemp(t testing.TB) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "anonymizer.db"))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return openTemp(t) })
}
