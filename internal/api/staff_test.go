package api

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/nordic-anonymizer/anonymizer/internal/store"
)

// seedStats stores, in grimstad, 7 "skole.opptak" answers on mobile Safari
// and 2 on desktop Firefox on 20 Nov, and 1 "avfall.tomming" on 21 Nov on
// mobile Safari; in arendal, 3 "skole.opptak" answers.
func seedStats(f *fixture) {
	f.t.Helper()
	day := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	n := 0
	add := func(tenant, intent, platform, browser string, at time.Time) {
		n++
		m := msg(fmt.Sprintf("s%d", n), tenant, fmt.Sprintf("conv-%d", n), keyA, "bot", intent, at)
		m.Platform, m.Browser = platform, browser
		f.write(m)
	}
	for i := range 7 {
		add("grimstad", "skole.opptak", "mobile", "Safari 17", day.Add(time.Duration(i)*time.Minute))
	}
	for i := range 2 {
		add("grimstad", "skole.opptak", "desktop", "Firefox 120", day.Add(time.Hour+time.Duration(i)*time.Minute))
	}
	add("grimstad", "avfall.tomming", "mobile", "Safari 17", day.Add(24*time.Hour))
	for i := range 3 {
		add("arendal", "skole.opptak", "tablet", "Chrome 130", day.Add(time.Duration(i)*time.Minute))
	}
}

func TestIntentStats(t *testing.T) {
	f := newFixture(t, "")
	seedStats(f)
	const q = "/v1/stats/intents?tenant=grimstad&from=2026-11-20&to=2026-11-22"
	tests := []struct {
		name, path, tok string
		code            int
		body            string
	}{
		{"day json", q + "&bucket=day", tokAnalystA, 200,
			`{"bucket":"day","from":"2026-11-20T00:00:00Z","group_by":"","rows":[` +
				`{"bucket":"2026-11-20T00:00:00Z","intent":"skole.opptak","count":9},` +
				`{"bucket":"2026-11-21T00:00:00Z","intent":"avfall.tomming","count":1}],` +
				`"small_count_k":5,"tenant":"grimstad","to":"2026-11-22T00:00:00Z"}`},
		{"month", q + "&bucket=month", tokAnalystA, 200,
			`{"bucket":"month","from":"2026-11-20T00:00:00Z","group_by":"","rows":[` +
				`{"bucket":"2026-11-01T00:00:00Z","intent":"avfall.tomming","count":1},` +
				`{"bucket":"2026-11-01T00:00:00Z","intent":"skole.opptak","count":9}],` +
				`"small_count_k":5,"tenant":"grimstad","to":"2026-11-22T00:00:00Z"}`},
		{"group by browser hides small counts", q + "&group_by=browser", tokAnalystA, 200,
			`{"bucket":"day","from":"2026-11-20T00:00:00Z","group_by":"browser","rows":[` +
				`{"bucket":"2026-11-20T00:00:00Z","intent":"skole.opptak","group":"Firefox 120","count":"<5"},` +
				`{"bucket":"2026-11-20T00:00:00Z","intent":"skole.opptak","group":"Safari 17","count":"suppressed"},` +
				`{"bucket":"2026-11-21T00:00:00Z","intent":"avfall.tomming","group":"Safari 17","count":"<5"}],` +
				`"small_count_k":5,"tenant":"grimstad","to":"2026-11-22T00:00:00Z"}`},
		{"csv grouped", q + "&group_by=platform&format=csv", tokAnalystA, 200,
			"bucket,intent,platform,count\n" +
				"2026-11-20T00:00:00Z,skole.opptak,desktop,<5\n" +
				"2026-11-20T00:00:00Z,skole.opptak,mobile,suppressed\n" +
				"2026-11-21T00:00:00Z,avfall.tomming,mobile,<5\n"},
		{"csv hourly", q + "&bucket=hour&format=csv", tokAnalystA, 200,
			"bucket,intent,count\n" +
				"2026-11-20T09:00:00Z,skole.opptak,7\n" +
				"2026-11-20T10:00:00Z,skole.opptak,2\n" +
				"2026-11-21T09:00:00Z,avfall.tomming,1\n"},
		{"operator may read stats", q + "&format=csv", tokOperatorA, 200, ""},
		{"admin of all tenants", q + "&format=csv", tokAdmin, 200, ""},
		{"other tenant", q, tokAnalystB, 403, `{"error":"forbidden: this token does not reach tenant \"grimstad\""}`},
		{"admin of other tenant", q, tokAdminB, 403, ""},
		{"unknown tenant", "/v1/stats/intents?tenant=oslo", tokAdmin, 403, `{"error":"forbidden: this token does not reach tenant \"oslo\""}`},
		{"tenant twice", q + "&tenant=arendal", tokAnalystA, 400, `{"error":"bad request: tenant given more than once"}`},
		{"bad token", q, "not-a-token", 401, `{"error":"unauthorized: unknown token"}`},
		{"citizen key", q, keyA, 401, ""},
		{"no token", q, "", 401, ""},
		{"bad bucket", q + "&bucket=week", tokAnalystA, 400, `{"error":"bad request: bucket: want hour, day or month"}`},
		{"hourly over a year", "/v1/stats/intents?tenant=grimstad&from=2025-11-01&to=2026-11-01&bucket=hour", tokAnalystA, 400, `{"error":"bad request: bucket=hour spans at most 92 days"}`},
		{"bad group", q + "&group_by=ip", tokAnalystA, 400, `{"error":"bad request: group_by: want platform or browser"}`},
		{"bad format", q + "&format=xlsx", tokAnalystA, 400, `{"error":"bad request: format: want json or csv"}`},
		{"bad date", "/v1/stats/intents?tenant=grimstad&from=yesterday", tokAnalystA, 400, ""},
		{"reversed", "/v1/stats/intents?tenant=grimstad&from=2026-11-22&to=2026-11-20", tokAnalystA, 400, `{"error":"bad request: from must be before to"}`},
		{"default tenant", "/v1/stats/intents?from=2026-11-20&to=2026-11-22&format=csv", tokAnalystA, 200, ""},
		{"admin needs tenant", "/v1/stats/intents", tokAdmin, 400, `{"error":"bad request: tenant: required"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			auth := ""
			if tt.tok != "" {
				auth = bearerOf(tt.tok)
			}
			code, body, _ := f.do("GET", tt.path, auth)
			if code != tt.code {
				t.Fatalf("status %d, want %d: %s", code, tt.code, body)
			}
			if tt.body == "" {
				return
			}
			if tt.body[0] == '{' {
				// Compare JSON semantically, key order aside.
				var got, want any
				if err := json.Unmarshal([]byte(body), &got); err != nil {
					t.Fatal(err)
				}
				json.Unmarshal([]byte(tt.body), &want)
				gb, _ := json.Marshal(got)
				wb, _ := json.Marshal(want)
				if string(gb) != string(wb) {
					t.Fatalf("body\n%s\nwant\n%s", gb, wb)
				}
				return
			}
			if body != tt.body {
				t.Fatalf("body\n%s\nwant\n%s", body, tt.body)
			}
		})
	}
}

func TestStatsSurviveExpiry(t *testing.T) {
	f := newFixture(t, "")
	seedStats(f)
	// 30 days later the messages have expired and a sweep removes them.
	f.clock.Set(baseNow.Add(30 * 24 * time.Hour))
	res, err := f.store.Sweep(context.Background(), f.clock.Now(), f.cfg.Retention, f.cfg.AuditRetention)
	if err != nil || res.Messages != 13 {
		t.Fatalf("sweep: %+v %v", res, err)
	}
	_, body, _ := f.do("GET", "/v1/stats/intents?tenant=grimstad&from=2026-11-20&to=2026-11-22&format=csv", bearerOf(tokAnalystA))
	want := "bucket,intent,count\n2026-11-20T00:00:00Z,skole.opptak,9\n2026-11-21T00:00:00Z,avfall.tomming,1\n"
	if body != want {
		t.Fatalf("after expiry:\n%s\nwant\n%s", body, want)
	}
	_, body, _ = f.do("GET", "/v1/stats/conversations?format=csv&from=2026-11-01&to=2026-12-01", bearerOf(tokAdmin))
	if want := "tenant,month,conversations\ngrimstad,2026-11,10\narendal,2026-11,3\n"; body != want {
		t.Fatalf("billing after expiry:\n%s\nwant\n%s", body, want)
	}
}

func TestConversationStats(t *testing.T) {
	f := newFixture(t, "")
	seedStats(f)
	code, body, _ := f.do("GET", "/v1/stats/conversations", bearerOf(tokAnalystA))
	if code != 200 || body != `{"from":"2025-12-01T00:00:00Z","rows":[{"tenant":"grimstad","month":"2026-11","conversations":10}],"to":"2026-12-01T00:00:00Z"}`+"\n" {
		t.Fatalf("%d %s", code, body)
	}
	if code, _, _ := f.do("GET", "/v1/stats/conversations?tenant=grimstad", bearerOf(tokAnalystB)); code != 403 {
		t.Fatalf("other tenant: %d", code)
	}
}

func TestLogsAndAudit(t *testing.T) {
	f := newFixture(t, "")
	seedStats(f)
	seedConversation(f)
	const q = "/v1/logs?tenant=grimstad&from=2026-11-20T00:00:00Z&to=2026-11-23T00:00:00Z&limit=3"
	if code, body, _ := f.do("GET", q, bearerOf(tokAnalystA)); code != 403 || body != `{"error":"forbidden: this needs an operator token"}`+"\n" {
		t.Fatalf("analyst reads logs: %d %s", code, body)
	}
	if code, _, _ := f.do("GET", "/v1/logs?tenant=arendal", bearerOf(tokOperatorA)); code != 403 {
		t.Fatalf("operator reads another tenant: %d", code)
	}
	if code, _, _ := f.do("GET", "/v1/audit", bearerOf(tokOperatorA)); code != 403 {
		t.Fatalf("operator reads audit: %d", code)
	}
	code, body, _ := f.do("GET", q, bearerOf(tokOperatorA))
	if code != 200 {
		t.Fatal(code, body)
	}
	var got struct {
		Tenant   string
		Rows     int
		Messages []logRow
	}
	if err := json.Unmarshal([]byte(body), &got); err != nil {
		t.Fatal(err)
	}
	if got.Tenant != "grimstad" || got.Rows != 3 || len(got.Messages) != 3 || got.Messages[0].ID != "s1" ||
		got.Messages[0].Text != "text of s1" || got.Messages[0].DetectorVersion != "v1" {
		t.Fatalf("logs = %+v", got)
	}
	mustNotContain(t, body, "ip", "key_hash")

	f.clock.Set(baseNow.Add(time.Minute))
	code, body, _ = f.do("GET", "/v1/audit?from=2026-11-22&to=2026-11-23", bearerOf(tokAdmin))
	zero := `"from":"0001-01-01T00:00:00Z","to":"0001-01-01T00:00:00Z","rows":0`
	want := `{"entries":[` +
		`{"at":"2026-11-22T12:00:00Z","actor":"anna","action":"logs.denied","tenant":"grimstad",` + zero + `},` +
		`{"at":"2026-11-22T12:00:00Z","actor":"ola","action":"logs.denied","tenant":"arendal",` + zero + `},` +
		`{"at":"2026-11-22T12:00:00Z","actor":"ola","action":"logs.read","tenant":"grimstad",` +
		`"from":"2026-11-20T00:00:00Z","to":"2026-11-23T00:00:00Z","rows":3}],"from":"2026-11-22T00:00:00Z","to":"2026-11-23T00:00:00Z"}` + "\n"
	if code != 200 || body != want {
		t.Fatalf("audit: %d\n%s\nwant\n%s", code, body, want)
	}
	// An admin of arendal sees only arendal's entries.
	_, body, _ = f.do("GET", "/v1/audit?from=2026-11-22&to=2026-11-23", bearerOf(tokAdminB))
	if body != `{"entries":[{"at":"2026-11-22T12:00:00Z","actor":"ola","action":"logs.denied","tenant":"arendal",`+zero+`}],"from":"2026-11-22T00:00:00Z","to":"2026-11-23T00:00:00Z"}`+"\n" {
		t.Fatalf("other admin: %s", body)
	}
}

// TestSuppressComplement checks that a lone small cell cannot be recovered
// as the ungrouped total minus the cells shown beside it.
func TestSuppressComplement(t *testing.T) {
	day := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	row := func(intent, group string, n int64) store.IntentCount {
		return store.IntentCount{Bucket: day, Intent: intent, Group: group, Count: n}
	}
	tests := []struct {
		name    string
		rows    []store.IntentCount
		grouped bool
		want    string
	}{
		{"one small cell hides the smallest other",
			[]store.IntentCount{row("a", "Chrome", 40), row("a", "Edge", 2), row("a", "Safari", 9)}, true,
			"Chrome=40 Edge=<5 Safari=suppressed"},
		{"two small cells are known only as a sum",
			[]store.IntentCount{row("a", "Chrome", 40), row("a", "Edge", 2), row("a", "Opera", 1)}, true,
			"Chrome=40 Edge=<5 Opera=<5"},
		{"a small cell alone needs no complement",
			[]store.IntentCount{row("a", "Edge", 2), row("b", "Chrome", 12), row("b", "Safari", 30)}, true,
			"Edge=<5 Chrome=12 Safari=30"},
		{"each intent on its own",
			[]store.IntentCount{row("a", "Chrome", 6), row("a", "Edge", 3), row("b", "Chrome", 7), row("b", "Edge", 8)}, true,
			"Chrome=suppressed Edge=<5 Chrome=7 Edge=8"},
		{"ungrouped counts as they are",
			[]store.IntentCount{row("a", "", 2), row("b", "", 7)}, false,
			"=2 =7"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, r := range suppress(tt.rows, tt.grouped, 5) {
				got = append(got, r.Group+"="+r.Count.String())
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("got %q, want %q", g, tt.want)
			}
		})
	}
}
