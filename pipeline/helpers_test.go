package pipeline

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/nordic-anonymizer/anonymizer/internal/ipmask"
	"github.com/nordic-anonymizer/anonymizer/internal/store"
	"github.com/nordic-anonymizer/anonymizer/internal/store/postgres"
	"github.com/nordic-anonymizer/anonymizer/internal/useragent"
)

// openTestStore is PostgreSQL until the SQLite store lands (then: SQLite in dir).
func openTestStore(t *testing.T, dir string) store.Store {
	dsn := os.Getenv("ANONYMIZER_TEST_POSTGRES")
	if dsn == "" {
		dsn = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"
	}
	st, err := postgres.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func newTestHasher() IPHasher { return ipmask.New(time.Now) }

var testUAParser UAParser = useragent.Parse
