package pipeline

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"testing"

	"github.com/nordic-anonymizer/anonymizer/internal/store"
	"github.com/nordic-anonymizer/anonymizer/internal/store/postgres"
)

// TEMPORARY until sqlite/ipmask/useragent land.
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

type tmpHasher struct{ key []byte }

func (h tmpHasher) Hash(ip string) (string, error) {
	m := hmac.New(sha256.New, h.key)
	m.Write([]byte(ip))
	return hex.EncodeToString(m.Sum(nil)), nil
}

func newTestHasher() IPHasher { return tmpHasher{key: []byte(randHex(16))} }

func testUAParser(string) (string, string) { return "mobile", "Safari 17" }
