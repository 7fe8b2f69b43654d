package api

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"testing"
	"time"

	"github.com/nordic-anonymizer/anonymizer/internal/rights"
	"github.com/nordic-anonymizer/anonymizer/internal/store"
)

const convA = "9b2e6a4c-5d1f-4e8a-b7c3-1a2b3c4d5e6f"

func seedConversation(f *fixture) {
	f.t.Helper()
	u := msg("m1", "grimstad", convA, keyA, "user", "", baseNow.Add(-2*time.Hour))
	u.Text = "Hei, jeg bor i [LOCATION] og har [HEALTH]"
	u.Masks = map[string]int{"LOCATION": 1, "HEALTH": 1}
	b := msg("m2", "grimstad", convA, keyA, "bot", "helse.fastlege", baseNow.Add(-2*time.Hour+time.Minute))
	b.Text = "Du kan kontakte fastlegen."
	b.Platform, b.Browser = "desktop", "Firefox 120"
	if res := f.write(u, b); res.Stored != 2 {
		f.t.Fatalf("seed: %+v", res)
	}
}

func TestExportJSON(t *testing.T) {
	f := newFixture(t, "")
	seedConversation(f)
	code, body, resp := f.do("GET", "/v1/conversations/"+convA, bearerOf(keyA))
	if code != 200 || resp.Header.Get("Content-Type") != "application/json; charset=utf-8" {
		t.Fatalf("status %d %s: %s", code, resp.Header.Get("Content-Type"), body)
	}
	var e rights.Export
	if err := json.Unmarshal([]byte(body), &e); err != nil {
		t.Fatal(err)
	}
	want := rights.Export{
		ConversationID: convA, Tenant: "grimstad", ExportedAt: baseNow, RetentionHours: 21 * 24,
		ExpiresAt: baseNow.Add(-2*time.Hour + time.Minute + 21*24*time.Hour),
		Masked:    map[string]int{"LOCATION": 1, "HEALTH": 1},
	}
	if e.ConversationID != want.ConversationID || e.Tenant != want.Tenant || !e.ExportedAt.Equal(want.ExportedAt) ||
		e.RetentionHours != want.RetentionHours || !e.ExpiresAt.Equal(want.ExpiresAt) || len(e.Masked) != 2 ||
		e.Masked["LOCATION"] != 1 || e.Masked["HEALTH"] != 1 {
		t.Errorf("export header = %+v, want %+v", e, want)
	}
	if len(e.Messages) != 2 {
		t.Fatalf("messages: %+v", e.Messages)
	}
	m1, m2 := e.Messages[0], e.Messages[1]
	if m1.ID != "m1" || m1.Role != "user" || m1.Text != "Hei, jeg bor i [LOCATION] og har [HEALTH]" ||
		!m1.SentAt.Equal(baseNow.Add(-2*time.Hour)) || m1.Platform != "mobile" || m1.Browser != "Safari 17" ||
		m1.Masked["HEALTH"] != 1 || m1.Intent != "" || !m1.ExpiresAt.Equal(baseNow.Add(-2*time.Hour+21*24*time.Hour)) {
		t.Errorf("m1 = %+v", m1)
	}
	if m2.ID != "m2" || m2.Role != "bot" || m2.Intent != "helse.fastlege" || m2.Platform != "desktop" ||
		m2.Browser != "Firefox 120" || len(m2.Masked) != 0 {
		t.Errorf("m2 = %+v", m2)
	}
	// The key hash never leaves the store.
	mustNotContain(t, body, "key", "ip_hash")
}

func TestExportText(t *testing.T) {
	f := newFixture(t, "")
	seedConversation(f)
	code, body, resp := f.do("GET", "/v1/conversations/"+convA+"?format=txt", bearerOf(keyA))
	if code != 200 || resp.Header.Get("Content-Type") != "text/plain; charset=utf-8" {
		t.Fatalf("status %d: %s", code, body)
	}
	want := "Conversation " + convA + " (grimstad)\n" +
		"Exported:  2026-11-22T12:00:00Z\n" +
		"Messages:  2, 2026-11-22T10:00:00Z to 2026-11-22T10:01:00Z\n" +
		"Masked:    1 × HEALTH, 1 × LOCATION (replaced by [CATEGORY] placeholders before storing; the originals were never stored)\n" +
		"Expires:   each message is deleted 21 days after it was sent; the last one at 2026-12-13T10:01:00Z\n" +
		"           (later messages in this conversation would extend this)\n\n" +
		"[2026-11-22T10:00:00Z] user [mobile, Safari 17]\n  Hei, jeg bor i [LOCATION] og har [HEALTH]\n" +
		"[2026-11-22T10:01:00Z] bot (intent: helse.fastlege) [desktop, Firefox 120]\n  Du kan kontakte fastlegen.\n"
	if body != want {
		t.Errorf("txt =\n%s\nwant\n%s", body, want)
	}
	if code, body, _ := f.do("GET", "/v1/conversations/"+convA+"?format=xml", bearerOf(keyA)); code != 400 || body != `{"error":"bad request: format: want json or txt"}`+"\n" {
		t.Errorf("format=xml: %d %s", code, body)
	}
}

func TestCitizenAuth(t *testing.T) {
	f := newFixture(t, `"citizen_rate_limit":{"burst":100},`)
	seedConversation(f)
	notFound := `{"error":"conversation not found"}` + "\n"
	tests := []struct {
		name, method, path, auth string
		code                     int
		body                     string
	}{
		{"right key", "GET", "/v1/conversations/" + convA, bearerOf(keyA), 200, ""},
		{"wrong key", "GET", "/v1/conversations/" + convA, bearerOf("wrongkeywrongkeywrongkey"), 404, notFound},
		{"unknown id", "GET", "/v1/conversations/00000000-0000-0000-0000-000000000000", bearerOf(keyA), 404, notFound},
		{"short key", "GET", "/v1/conversations/" + convA, bearerOf("short"), 404, notFound},
		{"wrong key delete", "DELETE", "/v1/conversations/" + convA, bearerOf("wrongkeywrongkeywrongkey"), 404, notFound},
		{"unknown id delete", "DELETE", "/v1/conversations/nope", bearerOf(keyA), 404, notFound},
		{"missing header", "GET", "/v1/conversations/" + convA, "", 401, `{"error":"unauthorized: missing Authorization: Bearer header"}` + "\n"},
		{"basic auth", "GET", "/v1/conversations/" + convA, "Basic dXNlcjpwYXNz", 401, `{"error":"unauthorized: malformed Authorization header, want Bearer"}` + "\n"},
		{"empty bearer", "DELETE", "/v1/conversations/" + convA, "Bearer ", 401, `{"error":"unauthorized: malformed Authorization header, want Bearer"}` + "\n"},
		{"bad id", "GET", "/v1/conversations/a%20b", bearerOf(keyA), 400, `{"error":"bad request: conversation id"}` + "\n"},
		{"analyst token is not a key", "GET", "/v1/conversations/" + convA, bearerOf(tokAnalystA), 404, notFound},
		{"method", "PUT", "/v1/conversations/" + convA, bearerOf(keyA), 405, `{"error":"method not allowed"}` + "\n"},
		{"no route", "GET", "/v1/nothing", "", 404, `{"error":"not found"}` + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, body, resp := f.do(tt.method, tt.path, tt.auth)
			if code != tt.code || (tt.body != "" && body != tt.body) {
				t.Fatalf("%d %s, want %d %s", code, body, tt.code, tt.body)
			}
			if code == 401 && resp.Header.Get("WWW-Authenticate") == "" {
				t.Error("401 without WWW-Authenticate")
			}
		})
	}
	// The wrong-key and unknown-id answers carry the same headers too.
	_, _, r1 := f.do("GET", "/v1/conversations/"+convA, bearerOf("wrongkeywrongkeywrongkey"))
	_, _, r2 := f.do("GET", "/v1/conversations/unknown-conversation", bearerOf(keyA))
	for _, h := range []string{"Content-Type", "Content-Length", "Cache-Control"} {
		if r1.Header.Get(h) != r2.Header.Get(h) {
			t.Errorf("header %s differs: %q vs %q", h, r1.Header.Get(h), r2.Header.Get(h))
		}
	}
}

func TestForgetThenLateMessageDropped(t *testing.T) {
	f := newFixture(t, "")
	seedConversation(f)
	code, body, _ := f.do("DELETE", "/v1/conversations/"+convA, bearerOf(keyA))
	if code != 200 || body != `{"status":"forgotten","conversation_id":"`+convA+`"}`+"\n" {
		t.Fatalf("forget: %d %s", code, body)
	}
	if code, _, _ := f.do("GET", "/v1/conversations/"+convA, bearerOf(keyA)); code != 404 {
		t.Fatalf("export after forget: %d", code)
	}
	if code, _, _ := f.do("DELETE", "/v1/conversations/"+convA, bearerOf(keyA)); code != 404 {
		t.Fatalf("second forget: %d", code)
	}
	late := msg("m3", "grimstad", convA, keyA, "bot", "helse.fastlege", baseNow)
	if res := f.write(late); res.Forgotten != 1 || res.Stored != 0 {
		t.Fatalf("late message: %+v", res)
	}
	logs, err := f.store.Logs(context.Background(), store.LogQuery{Tenant: "grimstad", From: baseNow.Add(-48 * time.Hour), To: baseNow.Add(time.Hour), Now: baseNow, Retention: f.cfg.Retention})
	if err != nil || len(logs) != 0 {
		t.Fatalf("logs after forget: %v %+v", err, logs)
	}
	// Statistics survive forget-me: the bot answer m2 still counts.
	code, body, _ = f.do("GET", "/v1/stats/intents?tenant=grimstad&from=2026-11-22&to=2026-11-23", bearerOf(tokAnalystA))
	if code != 200 {
		t.Fatal(code, body)
	}
	mustContain(t, body, `"intent":"helse.fastlege","count":1`)
	if got := counterValue(t, f.metrics.Rights.WithLabelValues("forget", "http", "ok")); got != 1 {
		t.Errorf("rights metric = %v", got)
	}
}

func TestExpiredNeverReturned(t *testing.T) {
	f := newFixture(t, "")
	old := msg("old", "grimstad", convA, keyA, "user", "", baseNow.Add(-21*24*time.Hour-time.Minute))
	fresh := msg("fresh", "grimstad", convA, keyA, "user", "", baseNow.Add(-21*24*time.Hour+time.Minute))
	f.write(old, fresh)
	code, body, _ := f.do("GET", "/v1/conversations/"+convA, bearerOf(keyA))
	if code != 200 {
		t.Fatal(code, body)
	}
	mustContain(t, body, `"id":"fresh"`)
	mustNotContain(t, body, `"id":"old"`)
	// Two minutes later the fresh one has expired as well: no sweep has run,
	// and the conversation reads as not found.
	f.clock.Set(baseNow.Add(2 * time.Minute))
	if code, body, _ := f.do("GET", "/v1/conversations/"+convA, bearerOf(keyA)); code != 404 {
		t.Fatalf("after expiry: %d %s", code, body)
	}
	_, err := f.store.Conversation(context.Background(), convA, rights.KeyHash(keyA), f.clock.Now(), f.cfg.Retention)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		t.Fatal(err)
	}
}

func TestCitizenRateLimit(t *testing.T) {
	f := newFixture(t, `"citizen_rate_limit":{"per_second":0.001,"burst":3},`)
	for i := range 3 {
		if code, _, _ := f.do("GET", "/v1/conversations/"+convA, bearerOf("wrongkeywrongkeywrongkey")); code != 404 {
			t.Fatalf("request %d: %d", i, code)
		}
	}
	code, body, resp := f.do("GET", "/v1/conversations/"+convA, bearerOf(keyA))
	if code != http.StatusTooManyRequests || body != `{"error":"too many requests, slow down"}`+"\n" || resp.Header.Get("Retry-After") == "" {
		t.Fatalf("4th: %d %s", code, body)
	}
	// Staff routes are not limited by the citizen bucket.
	if code, _, _ := f.do("GET", "/v1/stats/intents?tenant=grimstad", bearerOf(tokAnalystA)); code != 200 {
		t.Fatalf("stats: %d", code)
	}
}

func TestLimiterBoundedMemory(t *testing.T) {
	c := &clock{t: baseNow}
	l := newLimiter(1, 2, 100, c.Now)
	for i := range 1000 {
		l.allow("10.0.0." + string(rune('a'+i%26)) + string(rune('a'+i/26)))
	}
	if n := l.size(); n > 100 {
		t.Fatalf("limiter holds %d clients, max 100", n)
	}
	// A limited client stays limited while it keeps trying...
	l.allow("203.0.113.7")
	l.allow("203.0.113.7")
	if l.allow("203.0.113.7") {
		t.Fatal("third request within the burst window allowed")
	}
	// ...and gets tokens back as time passes.
	c.Set(baseNow.Add(2 * time.Second))
	if !l.allow("203.0.113.7") {
		t.Fatal("not refilled")
	}
}

func TestClientIP(t *testing.T) {
	proxies := []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("2001:db8::/32")}
	tests := []struct {
		name, peer string
		xff        []string
		proxies    []netip.Prefix
		want       string
	}{
		{"no proxies configured: header ignored", "203.0.113.7:5000", []string{"198.51.100.1"}, nil, "203.0.113.7"},
		{"untrusted peer: header ignored", "203.0.113.7:5000", []string{"198.51.100.1"}, proxies, "203.0.113.7"},
		{"trusted peer: client from header", "10.0.0.2:5000", []string{"198.51.100.1"}, proxies, "198.51.100.1"},
		{"spoofed left part skipped", "10.0.0.2:5000", []string{"1.2.3.4, 198.51.100.1"}, proxies, "198.51.100.1"},
		{"two proxies", "10.0.0.2:5000", []string{"198.51.100.1, 10.9.9.9"}, proxies, "198.51.100.1"},
		{"headers repeated", "10.0.0.2:5000", []string{"1.2.3.4", "198.51.100.1"}, proxies, "198.51.100.1"},
		{"mapped address", "[::ffff:10.0.0.2]:5000", []string{"::ffff:198.51.100.1"}, proxies, "198.51.100.1"},
		{"v6 proxy", "[2001:db8::1]:5000", []string{"2001:db9::5"}, proxies, "2001:db9::5"},
		{"garbage: proxy's bucket", "10.0.0.2:5000", []string{"198.51.100.1, not-an-ip"}, proxies, "10.0.0.2"},
		{"only proxies: proxy's bucket", "10.0.0.2:5000", []string{"10.0.0.3"}, proxies, "10.0.0.2"},
		{"no header: proxy's bucket", "10.0.0.2:5000", nil, proxies, "10.0.0.2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := httptest.NewRequest("GET", "/v1/conversations/x", nil)
			r.RemoteAddr = tt.peer
			for _, v := range tt.xff {
				r.Header.Add("X-Forwarded-For", v)
			}
			if got := clientIP(r, tt.proxies); got != tt.want {
				t.Fatalf("clientIP = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestRateLimitBehindProxy: behind a trusted proxy each citizen has a
// bucket of their own, so one client's guessing does not lock out others.
func TestRateLimitBehindProxy(t *testing.T) {
	f := newFixture(t, `"citizen_rate_limit":{"per_second":0.001,"burst":2,"trusted_proxies":["127.0.0.0/8","::1"]},`)
	get := func(client string) int {
		req, err := http.NewRequest("GET", f.srv.URL+"/v1/conversations/"+convA, nil)
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Authorization", bearerOf(keyA))
		req.Header.Set("X-Forwarded-For", client)
		resp, err := f.srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	for i := range 2 {
		if code := get("198.51.100.1"); code != http.StatusNotFound {
			t.Fatalf("client 1 request %d: %d, want 404 (nothing stored)", i, code)
		}
	}
	if code := get("198.51.100.1"); code != http.StatusTooManyRequests {
		t.Fatalf("client 1 over its burst: %d, want 429", code)
	}
	if code := get("198.51.100.2"); code != http.StatusNotFound {
		t.Fatalf("client 2 behind the same proxy: %d, want 404 (not limited)", code)
	}
}
