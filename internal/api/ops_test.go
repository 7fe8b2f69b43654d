package api

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nordic-anonymizer/anonymizer/internal/store/sqlite"
)

func TestHealthReadyMetrics(t *testing.T) {
	f := newFixture(t, "")
	if code, body, _ := f.do("GET", "/healthz", ""); code != 200 || body != `{"status":"ok"}`+"\n" {
		t.Fatalf("healthz %d %s", code, body)
	}
	if code, body, _ := f.do("GET", "/readyz", ""); code != 200 || body != `{"status":"ready"}`+"\n" {
		t.Fatalf("readyz %d %s", code, body)
	}
	f.do("GET", "/v1/conversations/"+convA, bearerOf(keyA))
	code, body, _ := f.do("GET", "/metrics", "")
	if code != 200 {
		t.Fatal(code)
	}
	mustContain(t, body,
		`anonymizer_http_requests_total{code="404",route="GET /v1/conversations/{id}"} 1`,
		`anonymizer_rights_requests_total{kind="export",result="not_found",transport="http"} 1`,
		`anonymizer_http_request_seconds_bucket{route="GET /readyz"`)
	mustNotContain(t, body, keyA, convA)
}

func TestReadyzFailures(t *testing.T) {
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "r.db"))
	if err != nil {
		t.Fatal(err)
	}
	natsDown := errors.New("nats RECONNECTING")
	var ready error
	a, err := New(Options{Store: st, Config: testConfig(t, ""), Ready: func(context.Context) error { return ready }})
	if err != nil {
		t.Fatal(err)
	}
	h := a.Handler()
	get := func() (int, string) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, mustRequest(t, "GET", "/readyz"))
		return rec.Code, rec.Body.String()
	}
	if code, _ := get(); code != 200 {
		t.Fatalf("ready: %d", code)
	}
	ready = natsDown
	if code, body := get(); code != 503 || body != `{"error":"not ready: nats RECONNECTING"}`+"\n" {
		t.Fatalf("nats down: %d %s", code, body)
	}
	ready = nil
	st.Close()
	if code, body := get(); code != 503 || body != `{"error":"not ready: store unreachable"}`+"\n" {
		t.Fatalf("store closed: %d %s", code, body)
	}
}

func TestBodyLimit(t *testing.T) {
	f := newFixture(t, "")
	big := strings.NewReader("token=" + strings.Repeat("x", MaxBodyBytes*4))
	resp, err := f.srv.Client().Post(f.srv.URL+"/dashboard/login", "application/x-www-form-urlencoded", big)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Fatalf("status %d, want 413", resp.StatusCode)
	}
}

// TestSlowClientsDoNotStarve opens many connections that send half a request
// and stall (slowloris); a normal client is still answered at once, and the
// server drops the stalled ones after its header timeout.
func TestSlowClientsDoNotStarve(t *testing.T) {
	f := newFixture(t, "")
	srv := NewServer(f.api.Handler(), nil)
	if srv.ReadHeaderTimeout == 0 || srv.ReadTimeout == 0 || srv.WriteTimeout == 0 || srv.IdleTimeout == 0 || srv.MaxHeaderBytes == 0 {
		t.Fatalf("server without limits: %+v", srv)
	}
	srv.ReadHeaderTimeout = 300 * time.Millisecond
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	defer srv.Close()
	var slow []net.Conn
	for range 50 {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		fmt.Fprintf(c, "GET /v1/conversations/%s HTTP/1.1\r\nHost: x\r\nAuthori", convA)
		slow = append(slow, c)
	}
	start := time.Now()
	resp, err := http.Get("http://" + ln.Addr().String() + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || time.Since(start) > 2*time.Second {
		t.Fatalf("normal client: %d after %v", resp.StatusCode, time.Since(start))
	}
	// The stalled connections are closed by the server.
	for _, c := range slow[:5] {
		c.SetReadDeadline(time.Now().Add(5 * time.Second))
		r := bufio.NewReader(c)
		if _, err := r.ReadString('\n'); err == nil {
			// A 408 line may come first; then the connection must close.
			_, err = r.ReadString(0)
			if err == nil {
				t.Fatal("stalled connection kept open")
			}
		}
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			t.Fatal("server did not close a stalled connection")
		}
	}
}

func mustRequest(t *testing.T, method, path string) *http.Request {
	t.Helper()
	req, err := http.NewRequest(method, "http://x"+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.RemoteAddr = "192.0.2.1:1234"
	return req
}

func TestRedactWriter(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"ipv4", "http: TLS handshake error from 203.0.113.7:51234: EOF", "http: TLS handshake error from [ADDR]: EOF"},
		{"ipv6", "http: panic serving [2001:db8::1]:443: boom", "http: panic serving [ADDR]: boom"},
		{"bare ipv6", "accept 2001:db8::7 failed", "accept [ADDR] failed"},
		{"no address", "http: Accept error: too many open files; retrying in 5ms", "http: Accept error: too many open files; retrying in 5ms"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := addrRe.ReplaceAllString(tt.in, "[ADDR]"); got != tt.want {
				t.Fatalf("%q, want %q", got, tt.want)
			}
		})
	}
}

func TestHandlerPanicIs500(t *testing.T) {
	f := newFixture(t, "")
	f.api.handle("GET /test-panic", func(http.ResponseWriter, *http.Request) error { panic("bug") })
	rec := httptest.NewRecorder()
	f.api.Handler().ServeHTTP(rec, mustRequest(t, "GET", "/test-panic"))
	if rec.Code != 500 || rec.Body.String() != `{"error":"internal error"}`+"\n" {
		t.Fatalf("%d %s", rec.Code, rec.Body)
	}
	if counterValue(t, f.metrics.HTTPRequests.WithLabelValues("GET /test-panic", "500")) != 1 {
		t.Fatal("panic not counted")
	}
}
