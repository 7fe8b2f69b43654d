package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nordic-anonymizer/anonymizer/pipeline"
)

// lockedBuffer collects serve's log output across goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// logField finds the first JSON log line with msg and returns its field.
func logField(logs, msg, field string) string {
	sc := bufio.NewScanner(strings.NewReader(logs))
	for sc.Scan() {
		var m map[string]any
		if json.Unmarshal(sc.Bytes(), &m) == nil && m["msg"] == msg {
			s, _ := m[field].(string)
			return s
		}
	}
	return ""
}

// startServe runs `anonymizer serve` on random ports in a temp data dir and
// returns the NATS URL, the HTTP address and a stop function returning
// serve's error.
func startServe(t *testing.T, dataDir string, extra ...string) (natsURL, httpAddr string, logs *lockedBuffer, stop func() error) {
	t.Helper()
	logs = &lockedBuffer{}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	args := append([]string{"--data-dir", dataDir, "--nats-listen", "127.0.0.1:0", "--http-listen", "127.0.0.1:0", "--log-level", "debug"}, extra...)
	go func() { done <- runServe(ctx, args, nil, io.Discard, logs) }()
	deadline := time.Now().Add(20 * time.Second)
	for natsURL == "" || httpAddr == "" {
		select {
		case err := <-done:
			cancel()
			t.Fatalf("serve exited: %v\n%s", err, logs)
		default:
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("serve did not start:\n%s", logs)
		}
		time.Sleep(20 * time.Millisecond)
		natsURL = logField(logs.String(), "embedded nats started", "url")
		httpAddr = logField(logs.String(), "http listening", "addr")
	}
	var once sync.Once
	var err error
	stop = func() error {
		once.Do(func() {
			cancel()
			select {
			case err = <-done:
			case <-time.After(20 * time.Second):
				t.Fatal("serve did not stop")
			}
		})
		return err
	}
	t.Cleanup(func() { _ = stop() })
	return natsURL, httpAddr, logs, stop
}

func metricValue(t *testing.T, httpAddr, sample string) float64 {
	t.Helper()
	resp, err := http.Get("http://" + httpAddr + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), sample+" "); ok {
			v, _ := strconv.ParseFloat(rest, 64)
			return v
		}
	}
	return 0
}

// serve + publish end to end: the sample conversations are stored masked,
// a second publish stores nothing new, and SIGTERM-style cancel exits 0.
func TestServePublish(t *testing.T) {
	dataDir := t.TempDir()
	natsURL, httpAddr, logs, stop := startServe(t, dataDir)

	resp, err := http.Get("http://" + httpAddr + "/healthz")
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("healthz: %v %v", err, resp)
	}
	resp.Body.Close()

	files, _ := filepath.Glob("../../testdata/conversations/*.jsonl")
	if len(files) < 5 {
		t.Fatalf("sample conversations: %d files", len(files))
	}
	total := 0
	for _, f := range files {
		b, _ := os.ReadFile(f)
		total += bytes.Count(b, []byte("\n"))
		var out bytes.Buffer
		if err := runPublish(context.Background(), []string{"--nats-url", natsURL, f, "--tenant", "grimstad"}, nil, &out, io.Discard); err != nil {
			t.Fatalf("publish %s: %v", f, err)
		}
		if !strings.HasPrefix(out.String(), "published ") {
			t.Fatalf("publish said %q", out.String())
		}
	}
	deadline := time.Now().Add(20 * time.Second)
	for metricValue(t, httpAddr, `anonymizer_messages_processed_total{tenant="grimstad"}`) != float64(total) {
		if time.Now().After(deadline) {
			t.Fatalf("not all %d messages stored:\n%s", total, logs)
		}
		time.Sleep(50 * time.Millisecond)
	}
	// Publishing again is deduplicated (JetStream window, then the store).
	var out bytes.Buffer
	if err := runPublish(context.Background(), []string{"--nats-url", natsURL, "--tenant", "grimstad", files[0]}, nil, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "already in the stream") || strings.Contains(out.String(), "(0 already") {
		t.Errorf("second publish said %q, want duplicates", out.String())
	}
	if err := stop(); err != nil {
		t.Fatalf("serve returned %v, want nil on shutdown", err)
	}
	if _, err := os.Stat(filepath.Join(dataDir, "nats.key")); err != nil {
		t.Errorf("generated nats key: %v", err)
	}
	if st, err := os.Stat(filepath.Join(dataDir, "nats.key")); err == nil && st.Mode().Perm() != 0o600 {
		t.Errorf("nats.key mode %v, want 0600", st.Mode().Perm())
	}
	for _, secret := range []string{"12034512345", "ingrid.solberg@example.no", "203.0.113.7", "5ad8d08ed653_bb14bdf1f97c53"} {
		if strings.Contains(logs.String(), secret) {
			t.Errorf("log output holds %q", secret)
		}
	}
}

// A taken port is an error naming the flag.
func TestServePortInUse(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	addr := l.Addr().String()
	for _, tc := range []struct{ name, flag string }{
		{"nats", "--nats-listen"},
		{"http", "--http-listen"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := []string{"--data-dir", t.TempDir(), "--nats-listen", "127.0.0.1:0", "--http-listen", "127.0.0.1:0", tc.flag, addr}
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			err := runServe(ctx, args, nil, io.Discard, io.Discard)
			if err == nil || !strings.Contains(err.Error(), tc.flag) || !strings.Contains(err.Error(), "in use") {
				t.Fatalf("runServe = %v, want an error naming %s", err, tc.flag)
			}
		})
	}
}

// Flags fall back to ANONYMIZER_<NAME>; a flag on the command line wins.
func TestServeFlagsEnv(t *testing.T) {
	t.Setenv("ANONYMIZER_DATA_DIR", "/env/data")
	t.Setenv("ANONYMIZER_HTTP_LISTEN", "127.0.0.1:9999")
	f, err := parseServeFlags([]string{"--http-listen", "127.0.0.1:7777"}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if f.DataDir != "/env/data" || f.HTTPListen != "127.0.0.1:7777" || f.NATSListen != "127.0.0.1:4222" {
		t.Fatalf("flags = %+v", f)
	}
}

func TestServeFlagsLinger(t *testing.T) {
	f, err := parseServeFlags(nil, io.Discard)
	if err != nil || f.Linger != pipeline.DefaultLinger || lingerConfig(f.Linger) != pipeline.DefaultLinger {
		t.Fatalf("default: %v, %v", f.Linger, err)
	}
	if f, err = parseServeFlags([]string{"--linger", "0"}, io.Discard); err != nil || f.Linger != 0 || lingerConfig(f.Linger) >= 0 {
		t.Fatalf("--linger 0: %v, %v", f.Linger, err)
	}
	t.Setenv("ANONYMIZER_LINGER", "5ms")
	if f, err = parseServeFlags(nil, io.Discard); err != nil || f.Linger != 5*time.Millisecond {
		t.Fatalf("from env: %v, %v", f.Linger, err)
	}
	for _, bad := range []string{"soon", "-1ms", "2s"} {
		if _, err := parseServeFlags([]string{"--linger", bad}, io.Discard); err == nil || !strings.Contains(err.Error(), "--linger") {
			t.Errorf("--linger %s: %v", bad, err)
		}
	}
}

func TestServeFlagsStreamReplicas(t *testing.T) {
	f, err := parseServeFlags(nil, io.Discard)
	if err != nil || f.StreamReplicas != 1 {
		t.Fatalf("default: %+v, %v", f.StreamReplicas, err)
	}
	t.Setenv("ANONYMIZER_STREAM_REPLICAS", "3")
	if f, err = parseServeFlags(nil, io.Discard); err != nil || f.StreamReplicas != 3 {
		t.Fatalf("from env: %d, %v", f.StreamReplicas, err)
	}
	if f, err = parseServeFlags([]string{"--stream-replicas", "5"}, io.Discard); err != nil || f.StreamReplicas != 5 {
		t.Fatalf("flag over env: %d, %v", f.StreamReplicas, err)
	}
	for _, tc := range []struct {
		env  string
		args []string
		want string
	}{
		{"three", nil, `ANONYMIZER_STREAM_REPLICAS="three": want an integer`},
		{"1", []string{"--stream-replicas", "0"}, "--stream-replicas 0: want 1 to 5"},
		{"7", nil, "--stream-replicas 7: want 1 to 5"},
	} {
		t.Setenv("ANONYMIZER_STREAM_REPLICAS", tc.env)
		if _, err := parseServeFlags(tc.args, io.Discard); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("env %q args %q: err = %v, want %q", tc.env, tc.args, err, tc.want)
		}
	}
	// A bad environment value is no error when the flag overrides it.
	t.Setenv("ANONYMIZER_STREAM_REPLICAS", "three")
	if f, err = parseServeFlags([]string{"--stream-replicas", "3"}, io.Discard); err != nil || f.StreamReplicas != 3 {
		t.Fatalf("flag over bad env: %d, %v", f.StreamReplicas, err)
	}
}
