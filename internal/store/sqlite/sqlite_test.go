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
func openTemp(t testing.TB, opts ...Option) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "anonymizer.db"), opts...)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// TestConformance runs the suite with sweep transactions of 200 rows, so
// that SweepManyRows crosses several of them with 1,000 messages in 250
// conversations (the default, 5,000, would need 5,500 messages: 20 s under
// the race detector).
func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return openTemp(t, WithSweepBatch(200)) },
		storetest.WithSweepRows(1000))
}
