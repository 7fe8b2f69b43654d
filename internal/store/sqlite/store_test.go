package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/nordic-anonymizer/anonymizer/internal/store"
	"github.com/nordic-anonymizer/anonymizer/internal/store/storetest"
)

var t0 = storetest.T0

func message(conv, id string, at time.Time) store.Message {
	return store.Message{ID: id, ConversationID: conv, Tenant: "oslo", KeyHash: storetest.KeyHash("key-" + conv),
		Role: "bot", SentAt: at, Text: "masked", Intent: "tax", DetectorVersion: "v1"}
}

func TestOpenRejectsMemoryAndBadPaths(t *testing.T) {
	for _, path := range []string{"", ":memory:", "file::memory:?mode=memory", filepath.Join(t.TempDir(), "missing", "dir", "x.db")} {
		t.Run(path, func(t *testing.T) {
			s, err := Open(context.Background(), path)
			if err == nil {
				s.Close()
				t.Fatalf("Open(%q) succeeded", path)
			}
		})
	}
}

func TestPragmas(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	tests := []struct {
		name string
		db   *sql.DB
		q    string
		want string
	}{
		{"WAL", s.r, "PRAGMA journal_mode", "wal"},
		{"writer synchronous NORMAL", s.w, "PRAGMA synchronous", "1"},
		{"writer foreign keys", s.w, "PRAGMA foreign_keys", "1"},
		{"writer busy timeout", s.w, "PRAGMA busy_timeout", "10000"},
		{"writer zeroes deleted rows", s.w, "PRAGMA secure_delete", "1"},
		{"readers are read-only", s.r, "PRAGMA query_only", "1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got string
			if err := tt.db.QueryRowContext(ctx, tt.q).Scan(&got); err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("%s = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
	if _, err := s.r.ExecContext(ctx, `DELETE FROM messages`); err == nil {
		t.Error("a read connection could write")
	}
}

func TestReopenAppliesMigrationsOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.db")
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if r, err := s.WriteBatch(ctx, []store.Message{message("c1", "m1", t0)}); err != nil || r.Stored != 1 {
		t.Fatalf("WriteBatch = %+v, %v", r, err)
	}
	s.Close()
	// Two opens at once, as two processes starting together.
	var wg sync.WaitGroup
	stores := make([]*Store, 2)
	errs := make([]error, 2)
	for i := range stores {
		wg.Go(func() { stores[i], errs[i] = Open(ctx, path) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("reopen %d: %v", i, err)
		}
		defer stores[i].Close()
	}
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	var n int
	if err := stores[0].r.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != len(ms) {
		t.Errorf("schema_migrations has %d rows, want %d", n, len(ms))
	}
	c, err := stores[1].Conversation(ctx, "c1", storetest.KeyHash("key-c1"), t0, storetest.Retention)
	if err != nil || len(c.Messages) != 1 {
		t.Errorf("data after reopen: %+v, %v", c, err)
	}
}

func TestTenantMismatchRejected(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	if r, err := s.WriteBatch(ctx, []store.Message{message("c1", "m1", t0)}); err != nil || r.Stored != 1 {
		t.Fatalf("WriteBatch = %+v, %v", r, err)
	}
	other := message("c1", "m2", t0)
	other.Tenant = "bergen"
	r, err := s.WriteBatch(ctx, []store.Message{other})
	if err != nil || r != (store.WriteResult{Rejected: 1}) {
		t.Errorf("message naming another tenant: %+v, %v; want Rejected 1", r, err)
	}
}

// TestReadersNotBlockedByWriter holds a write transaction open and reads.
func TestReadersNotBlockedByWriter(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	if _, err := s.WriteBatch(ctx, []store.Message{message("c1", "m1", t0)}); err != nil {
		t.Fatal(err)
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM messages`); err != nil {
		t.Fatal(err)
	}
	rctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	logs, err := s.Logs(rctx, store.LogQuery{Tenant: "oslo", From: t0, To: t0.Add(time.Hour), Now: t0, Retention: storetest.Retention})
	if err != nil || len(logs) != 1 {
		t.Errorf("Logs during a write transaction = %d rows, %v; want the committed row", len(logs), err)
	}
}

// TestForgetRaceTwoStores runs the forget-me race with the writer and the
// forgetter on two Stores sharing one file, as two processes would.
func TestForgetRaceTwoStores(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shared.db")
	ctx := context.Background()
	a, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	for round := range 20 {
		conv := fmt.Sprintf("r%d", round)
		if _, err := a.WriteBatch(ctx, []store.Message{message(conv, conv+"-0", t0)}); err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		wg.Go(func() {
			for i := range 5 {
				var msgs []store.Message
				for k := range 4 {
					msgs = append(msgs, message(conv, fmt.Sprintf("%s-%d-%d", conv, i, k), t0.Add(time.Second)))
				}
				if _, err := a.WriteBatch(ctx, msgs); err != nil {
					t.Errorf("WriteBatch: %v", err)
				}
			}
		})
		wg.Go(func() {
			if err := b.Forget(ctx, conv, storetest.KeyHash("key-"+conv), t0); err != nil {
				t.Errorf("Forget: %v", err)
			}
		})
		wg.Wait()
		var n int
		if err := a.r.QueryRowContext(ctx, `SELECT count(*) FROM messages`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != 0 {
			t.Fatalf("round %d: %d messages of a forgotten conversation remain", round, n)
		}
	}
}

func TestSweepStopsOnCancelAndResumes(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	if _, err := s.WriteBatch(ctx, []store.Message{message("c1", "m1", t0), message("c1", "m2", t0)}); err != nil {
		t.Fatal(err)
	}
	now := t0.Add(storetest.Retention + time.Hour)
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := s.Sweep(cctx, now, storetest.Retention, storetest.Retention); !errors.Is(err, context.Canceled) {
		t.Errorf("Sweep with a cancelled context: err = %v, want context.Canceled", err)
	}
	r, err := s.Sweep(ctx, now, storetest.Retention, storetest.Retention)
	if err != nil || r != (store.SweepResult{Messages: 2, Conversations: 1}) {
		t.Errorf("Sweep = %+v, %v", r, err)
	}
}

func TestEncodeMasks(t *testing.T) {
	tests := []struct {
		name  string
		masks map[string]int
		want  string
	}{
		{"none", nil, "{}"},
		{"empty", map[string]int{}, "{}"},
		{"sorted", map[string]int{"PHONE": 1, "HEALTH": 2, "EMAIL": 10}, `{"EMAIL":10,"HEALTH":2,"PHONE":1}`},
		{"odd key escaped", map[string]int{`A"B`: 1, "Ø": 2}, `{"A\"B":1,"Ø":2}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := encodeMasks(tt.masks)
			if err != nil || got != tt.want {
				t.Errorf("encodeMasks = %s, %v; want %s", got, err, tt.want)
			}
		})
	}
}

// TestForgetLeavesNoBytes: once Forget returns, the forgotten masked text
// is in no byte of the database, WAL or shm file (secure_delete, then the
// WAL checkpointed and truncated), while a kept conversation's text is.
func TestForgetLeavesNoBytes(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(dir, "a.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	gone, kept := message("c1", "m1", t0), message("c2", "m2", t0)
	gone.Text = "forgotten-marker-7f3a9c [HEALTH]"
	kept.Text = "kept-marker-2b8e1d [HEALTH]"
	if _, err := s.WriteBatch(ctx, []store.Message{gone, kept}); err != nil {
		t.Fatal(err)
	}
	if err := s.Forget(ctx, "c1", storetest.KeyHash("key-c1"), t0); err != nil {
		t.Fatal(err)
	}
	var all []byte
	files, _ := filepath.Glob(filepath.Join(dir, "a.db*"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, b...)
	}
	if !bytes.Contains(all, []byte("kept-marker-2b8e1d")) {
		t.Fatal("the kept text is not in the files: the check is blind")
	}
	if bytes.Contains(all, []byte("forgotten-marker-7f3a9c")) {
		t.Error("the forgotten text is still in the database files")
	}
}

func TestFilesPrivate(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(context.Background(), filepath.Join(dir, "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.WriteBatch(context.Background(), []store.Message{message("c1", "m1", t0)}); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "p.db*"))
	if len(files) < 2 {
		t.Fatalf("files %v: want the database and its WAL", files)
	}
	for _, f := range files {
		fi, err := os.Stat(f)
		if err != nil {
			t.Fatal(err)
		}
		if perm := fi.Mode().Perm(); perm&0o077 != 0 {
			t.Errorf("%s has mode %v, want no access for group and others", filepath.Base(f), perm)
		}
	}
}

// TestOpenPathWithURICharacters: a data dir may hold spaces and URI
// characters; the database must land at exactly the path given.
func TestOpenPathWithURICharacters(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "my data #1?x=y&z")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "a b%20c.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.WriteBatch(context.Background(), []store.Message{message("c1", "m1", t0)}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	fi, err := os.Stat(path)
	if err != nil || fi.Size() == 0 {
		t.Fatalf("database at %q: %v, %v", path, fi, err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	for _, f := range files {
		if b := filepath.Base(f); b != "a b%20c.db" && b != "a b%20c.db-wal" && b != "a b%20c.db-shm" {
			t.Errorf("stray file %q", b)
		}
	}
}

// TestSameIDOtherConversation: ids are unique within a conversation, so
// the same id in two conversations is two messages, in one batch or two.
func TestSameIDOtherConversation(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	tests := []struct {
		name  string
		batch []store.Message
		want  store.WriteResult
	}{
		{"one batch", []store.Message{message("c1", "m1", t0), message("c2", "m1", t0), message("c2", "m1", t0)},
			store.WriteResult{Stored: 2, Duplicate: 1}},
		{"later batch", []store.Message{message("c3", "m1", t0), message("c1", "m1", t0)},
			store.WriteResult{Stored: 1, Duplicate: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := s.WriteBatch(ctx, tt.batch)
			if err != nil || r != tt.want {
				t.Errorf("WriteBatch = %+v, %v; want %+v", r, err, tt.want)
			}
		})
	}
	for _, conv := range []string{"c1", "c2", "c3"} {
		c, err := s.Conversation(ctx, conv, storetest.KeyHash("key-"+conv), t0, storetest.Retention)
		if err != nil || len(c.Messages) != 1 || c.Messages[0].ID != "m1" {
			t.Errorf("%s: %+v, %v; want m1", conv, c.Messages, err)
		}
	}
	stats, err := s.IntentStats(ctx, store.StatsQuery{Tenant: "oslo", From: t0.Add(-time.Hour), To: t0.Add(time.Hour), Bucket: store.Hour})
	if err != nil || len(stats) != 1 || stats[0].Count != 3 {
		t.Errorf("IntentStats = %+v, %v; want tax 3", stats, err)
	}
}
