package api

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/nordic-anonymizer/anonymizer/internal/store"
)

// seedDashboard stores 30 days of bot answers in grimstad: six intents with
// weekly rhythms, a few hundred messages in all. It returns the total.
func seedDashboard(f *fixture) int {
	f.t.Helper()
	intents := []struct {
		name string
		base int
	}{
		{"avfall.tomming", 9}, {"skole.opptak", 7}, {"helse.fastlege", 5}, {"byggesak.soknad", 3},
		{"parkering.bot", 2}, {"bibliotek.apningstid", 1},
	}
	var msgs []store.Message
	start := time.Date(baseNow.Year(), baseNow.Month(), baseNow.Day(), 8, 0, 0, 0, time.UTC).AddDate(0, 0, -29)
	for d := range 30 {
		weekday := start.AddDate(0, 0, d).Weekday()
		for i, in := range intents {
			n := in.base + (d*(i+3))%5
			if weekday == time.Saturday || weekday == time.Sunday {
				n /= 3
			}
			for k := range n {
				at := start.AddDate(0, 0, d).Add(time.Duration(k) * time.Minute)
				msgs = append(msgs, msg(fmt.Sprintf("d%d-%d-%d", d, i, k), "grimstad", fmt.Sprintf("dc-%d-%d-%d", d, i, k), keyA, "bot", in.name, at))
			}
		}
	}
	res, err := f.store.WriteBatch(context.Background(), msgs)
	if err != nil || res.Stored != len(msgs) {
		f.t.Fatalf("seed: %+v %v", res, err)
	}
	return len(msgs)
}

func TestDashboardAccess(t *testing.T) {
	f := newFixture(t, "")
	total := seedDashboard(f)
	client := f.srv.Client()
	client.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	get := func(path string, hdr map[string]string) *http.Response {
		t.Helper()
		req, _ := http.NewRequest("GET", f.srv.URL+path, nil)
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		return resp
	}
	body := func(r *http.Response) string {
		defer r.Body.Close()
		return readAll(t, r)
	}

	r := get("/dashboard", nil)
	if b := body(r); r.StatusCode != 401 || !strings.Contains(b, `<form method="post" action="/dashboard/login">`) {
		t.Fatalf("no auth: %d %s", r.StatusCode, b)
	}
	r = get("/dashboard?token=wrong", nil)
	if b := body(r); r.StatusCode != 401 || !strings.Contains(b, "not valid") {
		t.Fatalf("bad token: %d", r.StatusCode)
	}
	r = get("/dashboard?token="+tokOperatorA+"&days=7", nil)
	body(r)
	if r.StatusCode != 303 || r.Header.Get("Location") != "/dashboard?days=7" {
		t.Fatalf("token login: %d %q", r.StatusCode, r.Header.Get("Location"))
	}
	cookie := r.Header.Get("Set-Cookie")
	if !strings.Contains(cookie, "HttpOnly") || !strings.Contains(cookie, "SameSite=Strict") || strings.Contains(cookie, tokAnalystA) {
		t.Fatalf("cookie %q", cookie)
	}
	cookieHdr := map[string]string{"Cookie": strings.Split(cookie, ";")[0]}
	r = get("/dashboard", cookieHdr)
	b := body(r)
	if r.StatusCode != 200 || r.Header.Get("Content-Security-Policy") == "" {
		t.Fatalf("with cookie: %d", r.StatusCode)
	}
	mustContain(t, b, `<svg id="chart"`, fmt.Sprintf(`data-total="%d"`, total), `class="bar"`, `data-intent="avfall.tomming"`,
		`<table id="top">`, "signed in as ola")
	if n := strings.Count(b, `<rect class="bar"`); n != 30 {
		t.Errorf("%d bars, want 30", n)
	}
	if n := strings.Count(b, `<path class="line"`); n != dashTopLines {
		t.Errorf("%d lines, want %d", n, dashTopLines)
	}
	if strings.Contains(b, "http://") && !strings.Contains(b, `xmlns="http://www.w3.org/2000/svg"`) || strings.Contains(b, "<script") || strings.Contains(b, "<link") {
		t.Error("external assets or scripts in the page")
	}
	// Header auth; another tenant's analyst is refused grimstad.
	r = get("/dashboard?tenant=grimstad", map[string]string{"Authorization": bearerOf(tokAnalystA)})
	if body(r); r.StatusCode != 200 {
		t.Fatalf("bearer: %d", r.StatusCode)
	}
	r = get("/dashboard?tenant=grimstad", map[string]string{"Authorization": bearerOf(tokAnalystB)})
	if b := body(r); r.StatusCode != 403 {
		t.Fatalf("other tenant: %d %s", r.StatusCode, b)
	}
	r = get("/dashboard", map[string]string{"Authorization": bearerOf(tokAnalystB)})
	if b := body(r); r.StatusCode != 200 || !strings.Contains(b, `data-total="0"`) || !strings.Contains(b, "No intents in this period") {
		t.Fatalf("arendal: %d", r.StatusCode)
	}
	// The login form sets the same cookie.
	resp, err := client.PostForm(f.srv.URL+"/dashboard/login", url.Values{"token": {tokAnalystA}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 303 || !strings.HasPrefix(resp.Header.Get("Set-Cookie"), cookieName+"=") {
		t.Fatalf("login form: %d", resp.StatusCode)
	}
	resp, _ = client.PostForm(f.srv.URL+"/dashboard/login", url.Values{"token": {keyA}})
	resp.Body.Close()
	if resp.StatusCode != 401 {
		t.Fatalf("login with a citizen key: %d", resp.StatusCode)
	}
}

func readAll(t *testing.T, r *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(r.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// chromium finds headless Chromium: $ANONYMIZER_TEST_CHROMIUM or
// /usr/bin/chromium.
func chromium(t *testing.T) string {
	if p := os.Getenv("ANONYMIZER_TEST_CHROMIUM"); p != "" {
		return p
	}
	for _, p := range []string{"/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	t.Skip("no Chromium: set ANONYMIZER_TEST_CHROMIUM or install Debian's chromium package (.ci/run does)")
	return ""
}

// TestDashboardChromium opens the dashboard in headless Chromium: the DOM
// after rendering must hold the SVG chart with its bars and lines, and a
// screenshot is saved as a test artifact.
func TestDashboardChromium(t *testing.T) {
	bin := chromium(t)
	if testing.Short() {
		t.Skip("Chromium end-to-end test skipped with -short")
	}
	f := newFixture(t, "")
	total := seedDashboard(f)
	u := f.srv.URL + "/dashboard?days=30&token=" + tokAnalystA
	run := func(extra ...string) string {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		defer cancel()
		args := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
			"--disable-background-networking", "--disable-component-update", "--disable-sync",
			"--user-data-dir=" + t.TempDir(), "--window-size=1200,800"}, extra...)
		out, err := exec.CommandContext(ctx, bin, append(args, u)...).Output()
		if err != nil {
			t.Fatalf("chromium %v: %v", extra, err)
		}
		return string(out)
	}
	dom := run("--dump-dom")
	mustContain(t, dom, `<svg id="chart"`, fmt.Sprintf(`data-total="%d"`, total), "signed in as anna")
	bars := regexp.MustCompile(`<rect class="bar"[^>]*data-count="(\d+)"`).FindAllStringSubmatch(dom, -1)
	if len(bars) != 30 {
		t.Fatalf("rendered DOM has %d bars, want 30", len(bars))
	}
	sum := 0
	for _, b := range bars {
		var n int
		fmt.Sscan(b[1], &n)
		sum += n
	}
	if sum != total {
		t.Errorf("bars sum to %d, want %d", sum, total)
	}
	if n := len(regexp.MustCompile(`<path class="line" d="M`).FindAllString(dom, -1)); n != dashTopLines {
		t.Errorf("%d lines, want %d", n, dashTopLines)
	}

	dir := filepath.Join("..", "..", "testdata", "artifacts")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		dir = t.TempDir()
	}
	shot, _ := filepath.Abs(filepath.Join(dir, "dashboard.png"))
	os.Remove(shot)
	run("--screenshot=" + shot)
	st, err := os.Stat(shot)
	if err != nil || st.Size() < 10_000 {
		t.Fatalf("screenshot %s: %v", shot, err)
	}
	t.Logf("dashboard screenshot: %s (%d bytes)", shot, st.Size())
}
