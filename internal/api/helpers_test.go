package api

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nordic-anonymizer/anonymizer/internal/config"
	"github.com/nordic-anonymizer/anonymizer/internal/metrics"
	"github.com/nordic-anonymizer/anonymizer/internal/rights"
	"github.com/nordic-anonymizer/anonymizer/internal/store"
	"github.com/nordic-anonymizer/anonymizer/internal/store/postgres"
	"github.com/nordic-anonymizer/anonymizer/internal/store/postgres/pgtest"
	"github.com/nordic-anonymizer/anonymizer/internal/store/sqlite"
)

// Tokens of the test config (the config holds only their hashes).
const (
	tokAnalystA  = "analyst-a-secret-token-0001"
	tokAnalystB  = "analyst-b-secret-token-0002"
	tokOperatorA = "operator-a-secret-token-003"
	tokAdmin     = "admin-secret-token-000000004"
	tokAdminB    = "admin-b-secret-token-0000005"
)

// A conversation key as the chat widget holds it (>= 22 url-safe chars).
const keyA = "k7Hq2xY9pL3mN8vR4tW6zB1c"

// baseNow is the fake clock's start: noon UTC, 22 Nov 2026.
var baseNow = time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)

// clock is a settable fake clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = t
}

type fixture struct {
	t       testing.TB
	store   store.Store
	cfg     *config.Config
	clock   *clock
	metrics *metrics.Metrics
	api     *API
	srv     *httptest.Server
}

func testConfig(t testing.TB, extra string) *config.Config {
	t.Helper()
	doc := `{"tenants":["grimstad","arendal"],` + extra + `
	"tokens":[
	{"name":"anna","role":"analyst","tenants":["grimstad"],"sha256":"` + config.HashToken(tokAnalystA) + `"},
	{"name":"bjorn","role":"analyst","tenants":["arendal"],"sha256":"` + config.HashToken(tokAnalystB) + `"},
	{"name":"ola","role":"operator","tenants":["grimstad"],"sha256":"` + config.HashToken(tokOperatorA) + `"},
	{"name":"root","role":"admin","tenants":["*"],"sha256":"` + config.HashToken(tokAdmin) + `"},
	{"name":"kari","role":"admin","tenants":["arendal"],"sha256":"` + config.HashToken(tokAdminB) + `"}]}`
	c, err := config.Parse([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// newFixture starts the API over the test store (openTestStore) with a fake clock at
// baseNow. extra is spliced into the config JSON (e.g. `"small_count_k":3,`).
func newFixture(t testing.TB, extra string) *fixture {
	t.Helper()
	st := openTestStore(t)
	f := &fixture{t: t, store: st, cfg: testConfig(t, extra), clock: &clock{t: baseNow}, metrics: metrics.New()}
	var err error
	f.api, err = New(Options{Store: st, Config: f.cfg, Metrics: f.metrics, Now: f.clock.Now})
	if err != nil {
		t.Fatal(err)
	}
	f.srv = httptest.NewServer(f.api.Handler())
	t.Cleanup(f.srv.Close)
	return f
}

// openTestStore opens SQLite in a temp dir, or, with
// ANONYMIZER_API_TEST_STORE=postgres, the PostgreSQL store on a fresh schema
// of $ANONYMIZER_TEST_POSTGRES: the API's tests hold for both stores.
func openTestStore(t testing.TB) store.Store {
	t.Helper()
	var st store.Store
	var err error
	if os.Getenv("ANONYMIZER_API_TEST_STORE") == "postgres" {
		st, err = postgres.Open(context.Background(), pgtest.DSN(t))
	} else {
		st, err = sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// msg is a stored message of conversation conv in tenant, sent at.
func msg(id, tenant, conv, key, role, intent string, at time.Time) store.Message {
	return store.Message{
		ID: id, ConversationID: conv, Tenant: tenant, KeyHash: rights.KeyHash(key), Role: role,
		SentAt: at, Text: "text of " + id, Intent: intent, Lang: "nb", Platform: "mobile",
		Browser: "Safari 17", DetectorVersion: "v1", Masks: map[string]int{},
	}
}

func (f *fixture) write(msgs ...store.Message) store.WriteResult {
	f.t.Helper()
	res, err := f.store.WriteBatch(context.Background(), msgs)
	if err != nil {
		f.t.Fatal(err)
	}
	return res
}

// do sends a request with an optional Authorization header and returns the
// status, the body and the response.
func (f *fixture) do(method, path, auth string) (int, string, *http.Response) {
	f.t.Helper()
	req, err := http.NewRequest(method, f.srv.URL+path, nil)
	if err != nil {
		f.t.Fatal(err)
	}
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	resp, err := f.srv.Client().Do(req)
	if err != nil {
		f.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		f.t.Fatal(err)
	}
	return resp.StatusCode, string(b), resp
}

func bearerOf(s string) string { return "Bearer " + s }

func mustContain(t *testing.T, s string, subs ...string) {
	t.Helper()
	for _, sub := range subs {
		if !strings.Contains(s, sub) {
			t.Errorf("missing %q in:\n%s", sub, s)
		}
	}
}
