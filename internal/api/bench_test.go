package api

import (
	"fmt"
	"io"
	"net/http"
	"testing"
	"time"

	"github.com/nordic-anonymizer/anonymizer/internal/store"
)

// BenchmarkExport: GET /v1/conversations/{id} of a 20-message conversation,
// over real HTTP and SQLite, JSON and text.
func BenchmarkExport(b *testing.B) {
	f := newFixture(b, `"citizen_rate_limit":{"per_second":1000000,"burst":1000000},`)
	var msgs []store.Message
	for i := range 20 {
		m := msg(fmt.Sprintf("b%02d", i), "grimstad", convA, keyA, []string{"user", "bot"}[i%2], "", baseNow.Add(-time.Hour+time.Duration(i)*time.Minute))
		m.Text = "Hei, jeg bor i [LOCATION] og lurer på når søppelet hentes, ring meg på [NUMBER]."
		m.Masks = map[string]int{"LOCATION": 1, "NUMBER": 1}
		msgs = append(msgs, m)
	}
	f.write(msgs...)
	for _, format := range []string{"json", "txt"} {
		b.Run(format, func(b *testing.B) {
			req, _ := http.NewRequest("GET", f.srv.URL+"/v1/conversations/"+convA+"?format="+format, nil)
			req.Header.Set("Authorization", bearerOf(keyA))
			b.ReportAllocs()
			for b.Loop() {
				resp, err := f.srv.Client().Do(req)
				if err != nil || resp.StatusCode != 200 {
					b.Fatal(err, resp.StatusCode)
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
			}
		})
	}
}

// BenchmarkIntentStats: 30 days of six intents, by day and grouped by
// browser, and the dashboard page drawing them.
func BenchmarkIntentStats(b *testing.B) {
	f := newFixture(b, "")
	seedDashboard(f)
	for _, tc := range []struct{ name, path string }{
		{"day-json", "/v1/stats/intents?tenant=grimstad&bucket=day"},
		{"hour-browser-csv", "/v1/stats/intents?tenant=grimstad&bucket=hour&group_by=browser&format=csv"},
		{"dashboard", "/dashboard?days=30"},
	} {
		b.Run(tc.name, func(b *testing.B) {
			req, _ := http.NewRequest("GET", f.srv.URL+tc.path, nil)
			req.Header.Set("Authorization", bearerOf(tokAnalystA))
			b.ReportAllocs()
			for b.Loop() {
				resp, err := f.srv.Client().Do(req)
				if err != nil || resp.StatusCode != 200 {
					b.Fatal(err, resp.StatusCode)
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
			}
		})
	}
}
