package api

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/nordic-anonymizer/anonymizer/internal/rights"
)

func FuzzBearer(f *testing.F) {
	for _, s := range []string{"", "Bearer abc", "bearer  abc ", "Basic x", "Bearer", "Bearer a b", "Bearer \x00", strings.Repeat("a", 600)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, h string) {
		cred, err := bearer(h)
		if err != nil {
			if cred != "" {
				t.Fatal("credential with an error")
			}
			return
		}
		if cred == "" || strings.ContainsAny(cred, " \t\r\n") || len(cred) > maxBearerLen {
			t.Fatalf("accepted %q from %q", cred, h)
		}
		for i := 0; i < len(cred); i++ {
			if cred[i] < 0x21 || cred[i] > 0x7e {
				t.Fatalf("non-printable byte accepted in %q", cred)
			}
		}
	})
}

func FuzzParseTime(f *testing.F) {
	for _, s := range []string{"2026-11-22", "2026-11-22T10:00:00Z", "2026-11-22T10:00:00+01:00", "0000-01-01", "9999-12-31T23:59:59Z", "x", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tm, err := parseTime("from", s)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "api: bad request: from: ") {
				t.Fatalf("error %q", err)
			}
			return
		}
		if tm.Location() != time.UTC || tm.Year() < 1970 || tm.Year() > 9999 {
			t.Fatalf("%q -> %v", s, tm)
		}
	})
}

func FuzzQuery(f *testing.F) {
	for _, s := range []string{"from=2026-11-01&to=2026-11-02&bucket=hour&group_by=browser&format=csv&limit=5",
		"from=2030-01-01", "to=1970-01-01", "bucket=%zz", "limit=-1", "limit=99999999999999999999", "tenant=a&tenant=b"} {
		f.Add(s)
	}
	now := baseNow
	f.Fuzz(func(t *testing.T, raw string) {
		r := &http.Request{URL: &url.URL{RawQuery: raw}}
		q, err := singleValues(r)
		if err != nil {
			return
		}
		from, to, err := timeRange(q, now, defaultRange, maxStatsRange)
		if err == nil && (!from.Before(to) || to.Sub(from) > maxStatsRange) {
			t.Fatalf("bad range accepted: %v..%v", from, to)
		}
		if b, err := parseBucket(q.Get("bucket")); err == nil && b != "hour" && b != "day" && b != "month" {
			t.Fatalf("bucket %q", b)
		}
		if g, err := parseGroupBy(q.Get("group_by")); err == nil && g != "" && g != "platform" && g != "browser" {
			t.Fatalf("group %q", g)
		}
		if n, err := parseLimit(q.Get("limit")); err == nil && (n < 1 || n > maxLogsLimit) {
			t.Fatalf("limit %d", n)
		}
	})
}

func FuzzConversationID(f *testing.F) {
	for _, s := range []string{"9b2e6a4c-5d1f-4e8a-b7c3-1a2b3c4d5e6f", "", "a/b", "..", strings.Repeat("x", 129), "ä"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, id string) {
		if !rights.ValidID(id) {
			return
		}
		if len(id) == 0 || len(id) > 128 || strings.ContainsAny(id, "/% \x00?#") {
			t.Fatalf("accepted %q", id)
		}
	})
}

// FuzzHandler sends arbitrary paths, queries and Authorization headers
// through the whole handler over a real store: nothing may panic or answer
// 500, and every error is a JSON object.
func FuzzHandler(f *testing.F) {
	fx := newFixture(f, `"citizen_rate_limit":{"per_second":100000,"burst":100000},`)
	h := fx.api.Handler()
	f.Add("GET", "/v1/conversations/abc", "format=txt", "Bearer "+keyA)
	f.Add("DELETE", "/v1/conversations/abc", "", "Bearer x")
	f.Add("GET", "/v1/stats/intents", "tenant=grimstad&bucket=hour&group_by=browser&format=csv", "Bearer "+tokAnalystA)
	f.Add("GET", "/v1/logs", "tenant=grimstad&limit=0", "Bearer "+tokOperatorA)
	f.Add("GET", "/v1/audit", "from=2026-01-01", "Bearer "+tokAdmin)
	f.Add("GET", "/dashboard", "days=0&tenant=grimstad", "Bearer "+tokAnalystA)
	f.Add("GET", "/v1/stats/conversations", "format=csv", "Bearer "+tokAdmin)
	f.Fuzz(func(t *testing.T, method, path, query, auth string) {
		if !strings.HasPrefix(path, "/") || strings.ContainsAny(path+query, " \r\n\t#?") {
			return
		}
		switch method {
		case "GET", "DELETE", "POST", "PUT":
		default:
			return
		}
		req, err := http.NewRequest(method, "http://x"+path, nil)
		if err != nil {
			return // not a request a client could send
		}
		req.URL.RawQuery = query
		req.RemoteAddr = "192.0.2.1:1234"
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code >= 500 && rec.Code != http.StatusServiceUnavailable {
			t.Fatalf("%s %s?%s: %d %s", method, path, query, rec.Code, rec.Body)
		}
		if rec.Code >= 400 && strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") &&
			!strings.HasPrefix(rec.Body.String(), `{"error":`) {
			t.Fatalf("error body %q", rec.Body)
		}
	})
}
