package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nordic-anonymizer/anonymizer/internal/config"
	"github.com/nordic-anonymizer/anonymizer/internal/store"
	"github.com/nordic-anonymizer/anonymizer/internal/store/sqlite"
)

func TestSweepCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "anonymizer.db")
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	h := sha256.Sum256([]byte("conversation-key-0123456789"))
	now := time.Now().UTC()
	m := func(id string, age time.Duration) store.Message {
		return store.Message{ID: id, ConversationID: "c-" + id, Tenant: "grimstad", KeyHash: h[:], Role: "user",
			SentAt: now.Add(-age), Text: "t", Platform: "unknown", DetectorVersion: "v0", Masks: map[string]int{}}
	}
	if _, err := st.WriteBatch(context.Background(), []store.Message{m("old", 22*24*time.Hour), m("new", time.Hour), m("mid", 10*24*time.Hour)}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	cfg := filepath.Join(dir, "config.json")
	os.WriteFile(cfg, []byte(`{"retention":"7d"}`), 0o600)

	tests := []struct {
		name string
		args []string
		out  string
		err  string
	}{
		{"default 21 days", []string{"--data-dir", dir, "--remask=false"}, "deleted: 1 messages, 1 conversations, 0 tombstones, 0 audit entries\nre-masked: 0 messages (detector version -)\n", ""},
		{"config 7 days, re-mask", []string{"--data-dir", dir, "--config", cfg}, "deleted: 1 messages, 1 conversations, 0 tombstones, 0 audit entries\nre-masked: 1 messages (detector version ", ""},
		{"no store", []string{"--data-dir", filepath.Join(dir, "nope")}, "", "sweep: --data-dir " + filepath.Join(dir, "nope") + ": no store there"},
		{"bad config", []string{"--data-dir", dir, "--config", db}, "", "sweep: --config: config: " + db + ": invalid JSON"},
		{"argument", []string{"now"}, "", `sweep: unexpected argument "now"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			err := runSweep(context.Background(), tt.args, nil, &out, &errOut)
			if tt.err != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tt.err) {
					t.Fatalf("err = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil || !strings.HasPrefix(out.String(), tt.out) {
				t.Fatalf("out = %q, err = %v, want %q", out.String(), err, tt.out)
			}
		})
	}
}

func TestHashTokenCommand(t *testing.T) {
	var out bytes.Buffer
	if err := runHashToken(context.Background(), nil, strings.NewReader("my-very-secret-token-1\n"), &out, &out); err != nil {
		t.Fatal(err)
	}
	if out.String() != config.HashToken("my-very-secret-token-1")+"\n" {
		t.Fatalf("out %q", out.String())
	}
	out.Reset()
	if err := runHashToken(context.Background(), []string{"--new"}, nil, &out, &out); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	tok := strings.TrimSpace(strings.TrimPrefix(lines[0], "token:"))
	if len(lines) != 2 || len(tok) != 43 || strings.TrimSpace(strings.TrimPrefix(lines[1], "sha256:")) != config.HashToken(tok) {
		t.Fatalf("--new printed %q", out.String())
	}
	for _, bad := range []struct{ in, err string }{
		{"", "hash-token: no token on stdin"},
		{"short\n", "hash-token: token shorter than 16"},
	} {
		if err := runHashToken(context.Background(), nil, strings.NewReader(bad.in), &out, &out); err == nil || !strings.HasPrefix(err.Error(), bad.err) {
			t.Errorf("%q: err = %v", bad.in, err)
		}
	}
	if err := runHashToken(context.Background(), []string{"secret"}, nil, &out, &out); err == nil {
		t.Error("token as argument accepted")
	}
}
