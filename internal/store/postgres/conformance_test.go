package postgres

import (
	"context"
	"testing"
	"time"

	"github.com/nordic-anonymizer/anonymizer/internal/store"
	"github.com/nordic-anonymizer/anonymizer/internal/store/postgres/pgtest"
	"github.com/nordic-anonymizer/anonymizer/internal/store/storetest"
)

// TestConformance runs the store conformance suite, the same one the SQLite
// store passes, each case on a fresh schema.
func TestConformance(t *testing.T) {
	pgtest.BaseDSN(t) // skip once, saying why, rather than in every case
	storetest.Run(t, func(t *testing.T) store.Store {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		s, err := Open(ctx, pgtest.DSN(t))
		if err != nil {
			t.Fatalf("Open: %v", err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	})
}
