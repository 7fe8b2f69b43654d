package rights

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	dto "github.com/prometheus/client_model/go"
	"go.uber.org/goleak"
	"golang.org/x/time/rate"

	"github.com/nordic-anonymizer/anonymizer/internal/metrics"
	"github.com/nordic-anonymizer/anonymizer/internal/natsembed"
	"github.com/nordic-anonymizer/anonymizer/internal/store"
	"github.com/nordic-anonymizer/anonymizer/internal/store/sqlite"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

const (
	conv = "9b2e6a4c-5d1f-4e8a-b7c3-1a2b3c4d5e6f"
	key  = "k7Hq2xY9pL3mN8vR4tW6zB1c"
)

var now = time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)

// setup starts an embedded NATS server on a random port, a SQLite store
// with one conversation, and the responders.
func setup(t *testing.T, limit *rate.Limiter) (*nats.Conn, store.Store, *metrics.Metrics) {
	t.Helper()
	srv, err := natsembed.Start(natsembed.Options{Listen: "127.0.0.1:-1", StoreDir: filepath.Join(t.TempDir(), "nats")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Shutdown)
	nc, err := nats.Connect(srv.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	_, err = st.WriteBatch(context.Background(), []store.Message{{
		ID: "m1", ConversationID: conv, Tenant: "grimstad", KeyHash: KeyHash(key), Role: "user",
		SentAt: now.Add(-time.Hour), Text: "jeg har [HEALTH]", Platform: "mobile", DetectorVersion: "v1",
		Masks: map[string]int{"HEALTH": 1},
	}})
	if err != nil {
		t.Fatal(err)
	}
	m := metrics.New()
	svc := &Service{Store: st, Retention: 21 * 24 * time.Hour, Now: func() time.Time { return now }, Metrics: m}
	r, err := svc.Subscribe(nc, nil, limit)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(r.Stop)
	return nc, st, m
}

func request(t *testing.T, nc *nats.Conn, subject, body string) (Reply, string) {
	t.Helper()
	msg, err := nc.Request(subject, []byte(body), 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	var r Reply
	if err := json.Unmarshal(msg.Data, &r); err != nil {
		t.Fatalf("%s: %v", msg.Data, err)
	}
	return r, string(msg.Data)
}

func TestNATSExportAndForget(t *testing.T) {
	nc, st, m := setup(t, nil)
	good := `{"conversation_id":"` + conv + `","conversation_key":"` + key + `"}`
	notFound := `{"error":"conversation not found","code":404}`
	tests := []struct {
		name, subject, body, want string
	}{
		{"wrong key", SubjectExport, `{"conversation_id":"` + conv + `","conversation_key":"wrongkeywrongkeywrongkey"}`, notFound},
		{"unknown id", SubjectExport, `{"conversation_id":"unknown","conversation_key":"` + key + `"}`, notFound},
		{"wrong key forget", SubjectForget, `{"conversation_id":"` + conv + `","conversation_key":"wrongkeywrongkeywrongkey"}`, notFound},
		{"missing key", SubjectExport, `{"conversation_id":"` + conv + `"}`, `{"error":"conversation_key missing","code":401}`},
		{"bad json", SubjectForget, `{"conversation_id":`, `{"error":"request is not a JSON object {conversation_id, conversation_key}","code":400}`},
		{"bad id", SubjectExport, `{"conversation_id":"../x","conversation_key":"` + key + `"}`, `{"error":"malformed conversation_id","code":400}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, raw := request(t, nc, tt.subject, tt.body); raw != tt.want {
				t.Fatalf("reply %s, want %s", raw, tt.want)
			}
		})
	}

	r, _ := request(t, nc, SubjectExport, good)
	if r.Status != "ok" || r.Export == nil || len(r.Export.Messages) != 1 || r.Export.Messages[0].Text != "jeg har [HEALTH]" ||
		r.Export.Masked["HEALTH"] != 1 || !r.Export.ExpiresAt.Equal(now.Add(-time.Hour+21*24*time.Hour)) {
		t.Fatalf("export reply %+v", r)
	}
	if _, raw := request(t, nc, SubjectForget, good); raw != `{"status":"forgotten"}` {
		t.Fatalf("forget reply %s", raw)
	}
	if _, raw := request(t, nc, SubjectExport, good); raw != notFound {
		t.Fatalf("export after forget: %s", raw)
	}
	// A late message of the forgotten conversation is dropped.
	res, err := st.WriteBatch(context.Background(), []store.Message{{
		ID: "m2", ConversationID: conv, Tenant: "grimstad", KeyHash: KeyHash(key), Role: "user",
		SentAt: now, Text: "late", Platform: "mobile", DetectorVersion: "v1",
	}})
	if err != nil || res.Forgotten != 1 {
		t.Fatalf("late message: %+v %v", res, err)
	}
	if v := testCounter(t, m, "export", "nats", "ok"); v != 1 {
		t.Errorf("export ok counted %v", v)
	}
	if v := testCounter(t, m, "export", "nats", "not_found"); v != 3 {
		t.Errorf("export not_found counted %v", v)
	}
}

// TestNATSRateLimit: beyond the bucket, requests get 429 without reaching
// the store, and are counted; the bucket refills.
func TestNATSRateLimit(t *testing.T) {
	lim := rate.NewLimiter(rate.Every(time.Hour), 3)
	nc, _, m := setup(t, lim)
	good := `{"conversation_id":"` + conv + `","conversation_key":"` + key + `"}`
	for i := range 3 {
		if r, raw := request(t, nc, SubjectExport, good); r.Status != "ok" {
			t.Fatalf("request %d within the burst: %s", i, raw)
		}
	}
	want := `{"error":"too many requests, try again later","code":429}`
	if _, raw := request(t, nc, SubjectForget, good); raw != want {
		t.Fatalf("beyond the burst: %s, want %s", raw, want)
	}
	if _, raw := request(t, nc, SubjectExport, good); raw != want {
		t.Fatalf("beyond the burst: %s, want %s", raw, want)
	}
	if v := testCounter(t, m, "forget", "nats", "rate_limited"); v != 1 {
		t.Errorf("forget rate_limited counted %v", v)
	}
	if v := testCounter(t, m, "forget", "nats", "ok"); v != 0 {
		t.Errorf("a limited forget reached the store: ok counted %v", v)
	}
	lim.SetLimit(rate.Inf)
	if r, raw := request(t, nc, SubjectExport, good); r.Status != "ok" {
		t.Fatalf("after refill: %s", raw)
	}
}

func testCounter(t *testing.T, m *metrics.Metrics, labels ...string) float64 {
	t.Helper()
	var d dto.Metric
	if err := m.Rights.WithLabelValues(labels...).Write(&d); err != nil {
		t.Fatal(err)
	}
	return d.GetCounter().GetValue()
}

func TestValidKeyAndID(t *testing.T) {
	tests := []struct {
		name, s      string
		id, validKey bool
	}{
		{"uuid", conv, true, true},
		{"key", key, true, true},
		{"short key", "abc", true, false},
		{"slash", "a/b", false, false},
		{"dotted id", "msg.2026.1", true, false},
		{"key with dot", "k7Hq2xY9pL3mN8vR4tW6z.c", true, false},
		{"space", "a b", false, false},
		{"empty", "", false, false},
		{"long", string(make([]byte, 300)), false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if ValidID(tt.s) != tt.id || ValidKey(tt.s) != tt.validKey {
				t.Fatalf("ValidID=%v ValidKey=%v", ValidID(tt.s), ValidKey(tt.s))
			}
		})
	}
}

func FuzzNATSRequest(f *testing.F) {
	f.Add([]byte(`{"conversation_id":"a","conversation_key":"k7Hq2xY9pL3mN8vR4tW6zB1c"}`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`[1,2]`))
	f.Add([]byte("\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		called := false
		r := handle(b, func(_ context.Context, req Request) Reply {
			called = true
			if req.ConversationKey == "" {
				t.Fatal("empty key reached the handler")
			}
			return Reply{Status: "ok"}
		})
		if !called && r.Code == 0 {
			t.Fatalf("no handler and no error for %q", b)
		}
	})
}
