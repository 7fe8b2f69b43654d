package pipeline

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/nordic-anonymizer/anonymizer/internal/ipmask"
	"github.com/nordic-anonymizer/anonymizer/internal/store"
	"github.com/nordic-anonymizer/anonymizer/internal/store/sqlite"
	"github.com/nordic-anonymizer/anonymizer/internal/useragent"
)

// openTestStore opens the SQLite store in the test's data dir, so the
// end-to-end byte checks cover its main file, -wal and -shm.
func openTestStore(t testing.TB, dir string) store.Store {
	st, err := sqlite.Open(context.Background(), filepath.Join(dir, "anonymizer.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func newTestHasher() IPHasher { return ipmask.New(time.Now) }

var testUAParser UAParser = useragent.Parse
