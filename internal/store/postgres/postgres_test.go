package postgres

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/nordic-anonymizer/anonymizer/internal/store"
	"github.com/nordic-anonymizer/anonymizer/internal/store/postgres/pgtest"
)

// openTest opens a store on a fresh schema; more pools on the same schema
// come from openDSN(t, dsn).
func openTest(t *testing.T) (*Store, string) {
	t.Helper()
	dsn := pgtest.DSN(t)
	return openDSN(t, dsn), dsn
}

func openDSN(t *testing.T, dsn string) *Store {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	s, err := Open(ctx, dsn)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func keyHash(key string) []byte {
	h := sha256.Sum256([]byte(key))
	return h[:]
}

var t0 = time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)

func msg(id, conv string, at time.Time) store.Message {
	return store.Message{
		ID: id, ConversationID: conv, Tenant: "grimstad", KeyHash: keyHash("key-" + conv),
		Role: "bot", SentAt: at, Text: "Du bor i [LOCATION]", Intent: "bolig", Lang: "nb",
		Platform: "mobile", Browser: "Safari 17", DetectorVersion: "v1", Masks: map[string]int{"LOCATION": 1},
	}
}

func TestOpenConcurrentMigrations(t *testing.T) {
	dsn := pgtest.DSN(t)
	const n = 4
	var wg sync.WaitGroup
	errs := make([]error, n)
	stores := make([]*Store, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stores[i], errs[i] = Open(context.Background(), dsn)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("Open %d: %v", i, err)
		}
		defer stores[i].Close()
	}
	var versions int
	if err := stores[0].pool.QueryRow(context.Background(), `SELECT count(*) FROM schema_migrations`).Scan(&versions); err != nil {
		t.Fatal(err)
	}
	ms, err := loadMigrations()
	if err != nil {
		t.Fatal(err)
	}
	if versions != len(ms) {
		t.Errorf("schema_migrations has %d rows, want %d", versions, len(ms))
	}
	// Opening again applies nothing and fails nothing.
	again := openDSN(t, dsn)
	if err := again.Ping(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func TestWriteBatchResults(t *testing.T) {
	s, _ := openTest(t)
	ctx := context.Background()
	a1, a2 := msg("a1", "conv-a", t0), msg("a2", "conv-a", t0.Add(time.Minute))
	wrong := msg("a3", "conv-a", t0.Add(2*time.Minute))
	wrong.KeyHash = keyHash("another key")
	tests := []struct {
		name  string
		batch []store.Message
		want  store.WriteResult
	}{
		{"new messages", []store.Message{a1, a2}, store.WriteResult{Stored: 2}},
		{"redelivery", []store.Message{a1, a2}, store.WriteResult{Duplicate: 2}},
		{"same id twice in a batch", []store.Message{msg("b1", "conv-b", t0), msg("b1", "conv-b", t0)}, store.WriteResult{Stored: 1, Duplicate: 1}},
		{"key mismatch", []store.Message{wrong}, store.WriteResult{Rejected: 1}},
		{"empty batch", nil, store.WriteResult{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.WriteBatch(ctx, tc.batch)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("WriteBatch = %+v, want %+v", got, tc.want)
			}
		})
	}
	stats, err := s.IntentStats(ctx, store.StatsQuery{Tenant: "grimstad", From: t0.Add(-time.Hour), To: t0.Add(time.Hour), Bucket: store.Day})
	if err != nil {
		t.Fatal(err)
	}
	want := []store.IntentCount{{Bucket: time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC), Intent: "bolig", Count: 3}}
	if fmt.Sprint(stats) != fmt.Sprint(want) {
		t.Errorf("IntentStats = %v, want %v", stats, want)
	}
	cs, err := s.ConversationStats(ctx, "grimstad", t0.AddDate(0, -1, 0), t0.AddDate(0, 1, 0))
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 || cs[0].Count != 2 {
		t.Errorf("ConversationStats = %v, want 2 conversations", cs)
	}
	c, err := s.Conversation(ctx, "conv-a", keyHash("key-conv-a"), t0.Add(time.Hour), 21*24*time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Messages) != 2 || c.Messages[0].ID != "a1" || c.Messages[1].ID != "a2" || c.Messages[0].Masks["LOCATION"] != 1 {
		t.Errorf("Conversation messages = %+v", c.Messages)
	}
	if _, err := s.Conversation(ctx, "conv-a", keyHash("another key"), t0.Add(time.Hour), 21*24*time.Hour); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("wrong key: err = %v, want ErrNotFound", err)
	}
}

// TestForgetRaceTwoWorkers runs Forget on one pool while writers on another
// pool (another "worker") keep sending messages of the same conversation:
// once Forget has returned, no message of it may be stored, and the
// statistics count every stored message exactly once.
func TestForgetRaceTwoWorkers(t *testing.T) {
	s1, dsn := openTest(t)
	s2 := openDSN(t, dsn)
	ctx := context.Background()
	const rounds = 20
	var storedTotal int64
	for r := range rounds {
		conv := fmt.Sprintf("race-%d", r)
		var wg sync.WaitGroup
		var mu sync.Mutex
		var stored int
		forgotten := make(chan struct{})
		var afterForget int
		for w := range 3 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				st := s1
				if w%2 == 1 {
					st = s2
				}
				for i := range 8 {
					var batch []store.Message
					for j := range 5 {
						batch = append(batch, msg(fmt.Sprintf("%s-%d-%d-%d", conv, w, i, j), conv, t0.Add(time.Duration(i*5+j)*time.Second)))
					}
					select {
					case <-forgotten:
						res, err := st.WriteBatch(ctx, batch)
						if err != nil {
							t.Error(err)
							return
						}
						mu.Lock()
						afterForget += res.Stored
						stored += res.Stored
						mu.Unlock()
					default:
						res, err := st.WriteBatch(ctx, batch)
						if err != nil {
							t.Error(err)
							return
						}
						mu.Lock()
						stored += res.Stored
						mu.Unlock()
					}
				}
			}()
		}
		// Forget once the conversation exists.
		for {
			err := s2.Forget(ctx, conv, keyHash("key-"+conv), t0)
			if err == nil {
				break
			}
			if !errors.Is(err, store.ErrNotFound) {
				t.Fatal(err)
			}
			time.Sleep(time.Millisecond)
		}
		close(forgotten)
		wg.Wait()
		if afterForget != 0 {
			t.Errorf("round %d: %d messages stored after Forget returned", r, afterForget)
		}
		var left int
		if err := s1.pool.QueryRow(ctx, `SELECT count(*) FROM messages WHERE conversation_id = $1`, conv).Scan(&left); err != nil {
			t.Fatal(err)
		}
		if left != 0 {
			t.Errorf("round %d: %d messages of the forgotten conversation remain", r, left)
		}
		var counted int64
		if err := s1.pool.QueryRow(ctx, `SELECT count(*) FROM conversations WHERE id = $1`, conv).Scan(&counted); err != nil || counted != 0 {
			t.Errorf("round %d: conversation row remains (%d, %v)", r, counted, err)
		}
		storedTotal += int64(stored)
	}
	// Every stored message was a bot message with an intent: the statistics
	// (which survive forget-me) must count each reported Stored exactly once.
	var statSum int64
	if err := s1.pool.QueryRow(ctx, `SELECT coalesce(sum(count), 0) FROM intent_stats`).Scan(&statSum); err != nil {
		t.Fatal(err)
	}
	if storedTotal == 0 {
		t.Error("no message was stored before any Forget: the race was not exercised")
	}
	if statSum != storedTotal {
		t.Errorf("intent statistics count %d messages, WriteBatch reported %d stored", statSum, storedTotal)
	}
}

func TestSweepDropsPartitions(t *testing.T) {
	s, _ := openTest(t)
	ctx := context.Background()
	now := time.Date(2026, 12, 31, 6, 0, 0, 0, time.UTC)
	retention := 21 * 24 * time.Hour
	cut := now.Add(-retention) // 2026-12-10 06:00
	var batch []store.Message
	// Three whole days before the cutoff day: 2026-12-07..09, 10 rows each.
	for d := range 3 {
		for i := range 10 {
			batch = append(batch, msg(fmt.Sprintf("old-%d-%d", d, i), fmt.Sprintf("old-%d", d), time.Date(2026, 12, 7+d, 12, i, 0, 0, time.UTC)))
		}
	}
	// The cutoff day: 4 rows before the cutoff, 3 after.
	for i := range 4 {
		batch = append(batch, msg(fmt.Sprintf("edge-old-%d", i), "edge", cut.Add(-time.Duration(i+1)*time.Minute)))
	}
	for i := range 3 {
		batch = append(batch, msg(fmt.Sprintf("edge-new-%d", i), "edge", cut.Add(time.Duration(i)*time.Minute)))
	}
	if _, err := s.WriteBatch(ctx, batch); err != nil {
		t.Fatal(err)
	}
	if err := s.Audit(ctx, store.AuditEntry{At: now.Add(-400 * 24 * time.Hour), Actor: "ops", Action: "logs.read", Tenant: "grimstad"}); err != nil {
		t.Fatal(err)
	}
	res, err := s.Sweep(ctx, now, retention, 365*24*time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	want := store.SweepResult{Messages: 34, Conversations: 3, Audit: 1}
	if res != want {
		t.Errorf("Sweep = %+v, want %+v", res, want)
	}
	parts, err := s.listPartitions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range parts {
		if dayStart(p.day+1).Before(cut) || dayStart(p.day+1).Equal(cut) {
			t.Errorf("partition %s is past retention but was not dropped", p.name)
		}
	}
	var left int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM messages`).Scan(&left); err != nil {
		t.Fatal(err)
	}
	if left != 3 {
		t.Errorf("%d messages left, want 3", left)
	}
	// A message of a dropped day arriving late is stored again (its
	// partition re-created) and removed by the next sweep.
	if res, err := s.WriteBatch(ctx, []store.Message{msg("late", "late", time.Date(2026, 12, 8, 1, 0, 0, 0, time.UTC))}); err != nil || res.Stored != 1 {
		t.Fatalf("late write = %+v, %v", res, err)
	}
	res, err = s.Sweep(ctx, now, retention, 365*24*time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if res.Messages != 1 || res.Conversations != 1 {
		t.Errorf("second Sweep = %+v, want 1 message and 1 conversation", res)
	}
}

// TestStalePartitionCache: another process's sweep drops a partition this
// store cached as existing; the next write re-creates it instead of failing.
func TestStalePartitionCache(t *testing.T) {
	s1, dsn := openTest(t)
	s2 := openDSN(t, dsn)
	ctx := context.Background()
	day := time.Date(2026, 10, 1, 12, 0, 0, 0, time.UTC)
	if _, err := s1.WriteBatch(ctx, []store.Message{msg("x1", "x", day)}); err != nil {
		t.Fatal(err)
	}
	if _, err := s2.Sweep(ctx, day.Add(60*24*time.Hour), 21*24*time.Hour, time.Hour); err != nil {
		t.Fatal(err)
	}
	res, err := s1.WriteBatch(ctx, []store.Message{msg("x2", "x2", day)})
	if err != nil {
		t.Fatalf("write after another store dropped the partition: %v", err)
	}
	if res.Stored != 1 {
		t.Errorf("Stored = %d, want 1", res.Stored)
	}
}

func TestSweepLockExclusive(t *testing.T) {
	s1, dsn := openTest(t)
	s2 := openDSN(t, dsn)
	ctx := context.Background()
	unlock, ok, err := s1.TryLockSweep(ctx)
	if err != nil || !ok {
		t.Fatalf("first TryLockSweep = %v, %v", ok, err)
	}
	if _, ok2, err := s2.TryLockSweep(ctx); err != nil || ok2 {
		t.Fatalf("second TryLockSweep while held = %v, %v; want false, nil", ok2, err)
	}
	unlock()
	unlock() // a second call is harmless
	unlock2, ok, err := s2.TryLockSweep(ctx)
	if err != nil || !ok {
		t.Fatalf("TryLockSweep after unlock = %v, %v", ok, err)
	}
	unlock2()
	// A store in another schema has its own lock.
	other, _ := openTest(t)
	u1, ok, _ := s1.TryLockSweep(ctx)
	u3, ok3, err := other.TryLockSweep(ctx)
	if !ok || !ok3 || err != nil {
		t.Errorf("locks of two schemas: %v %v %v", ok, ok3, err)
	}
	u1()
	if u3 != nil {
		u3()
	}
}

func TestRemask(t *testing.T) {
	s, _ := openTest(t)
	ctx := context.Background()
	old1, old2, cur := msg("r1", "r", t0), msg("r2", "r", t0.Add(time.Second)), msg("r3", "r", t0.Add(2*time.Second))
	cur.DetectorVersion = "v2"
	if _, err := s.WriteBatch(ctx, []store.Message{old1, old2, cur}); err != nil {
		t.Fatal(err)
	}
	fn := func(text, lang string) (string, map[string]int) { return text + "!", map[string]int{"PERSON": 1} }
	n, err := s.Remask(ctx, "v2", 1, fn)
	if err != nil || n != 1 {
		t.Fatalf("Remask = %d, %v; want 1", n, err)
	}
	n, err = s.Remask(ctx, "v2", 10, fn)
	if err != nil || n != 1 {
		t.Fatalf("second Remask = %d, %v; want 1", n, err)
	}
	n, err = s.Remask(ctx, "v2", 10, fn)
	if err != nil || n != 0 {
		t.Fatalf("third Remask = %d, %v; want 0", n, err)
	}
	c, err := s.Conversation(ctx, "r", keyHash("key-r"), t0, 21*24*time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range c.Messages {
		wantText := "Du bor i [LOCATION]"
		if m.ID != "r3" {
			wantText += "!"
		}
		if m.Text != wantText || m.DetectorVersion != "v2" {
			t.Errorf("%s: text %q version %q, want %q v2", m.ID, m.Text, m.DetectorVersion, wantText)
		}
	}
}

func TestPartitionNames(t *testing.T) {
	tests := []struct {
		name string
		t    time.Time
		want string
	}{
		{"ordinary day", time.Date(2026, 11, 22, 23, 59, 59, 0, time.UTC), "messages_p20261122"},
		{"midnight", time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC), "messages_p20261123"},
		{"before 1970", time.Date(1969, 12, 31, 23, 0, 0, 0, time.UTC), "messages_p19691231"},
		{"year 10000", time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), fmt.Sprintf("messages_d%d", dayOf(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := dayOf(tc.t)
			if got := partitionName(d); got != tc.want {
				t.Errorf("partitionName = %q, want %q", got, tc.want)
			}
			if back, ok := partitionDay(tc.want); !ok || back != d {
				t.Errorf("partitionDay(%q) = %d, %v; want %d", tc.want, back, ok, d)
			}
		})
	}
	if _, ok := partitionDay("messages_default"); ok {
		t.Error("partitionDay accepted a foreign name")
	}
}

// TestSweepDropDoesNotBlockWriters: while a long transaction reads messages,
// the sweep's partition drop waits for it, but writers and readers do not
// queue behind the sweep.
func TestSweepDropDoesNotBlockWriters(t *testing.T) {
	s, dsn := openTest(t)
	reader := openDSN(t, dsn)
	ctx := context.Background()
	now := time.Now().UTC()
	old := now.Add(-30 * 24 * time.Hour)
	if _, err := s.WriteBatch(ctx, []store.Message{msg("old", "old", old)}); err != nil {
		t.Fatal(err)
	}
	tx, err := reader.pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var n int
	if err := tx.QueryRow(ctx, `SELECT count(*) FROM messages`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	sweepDone := make(chan error, 1)
	go func() {
		_, err := s.Sweep(ctx, now, 21*24*time.Hour, 365*24*time.Hour)
		sweepDone <- err
	}()
	time.Sleep(300 * time.Millisecond) // let the sweep reach the detach
	wctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	if _, err := s.WriteBatch(wctx, []store.Message{msg("new", "new", now)}); err != nil {
		t.Fatalf("write during a partition drop: %v", err)
	}
	if _, err := s.Logs(wctx, store.LogQuery{Tenant: "grimstad", From: now.Add(-time.Hour), To: now.Add(time.Hour), Now: now, Retention: time.Hour}); err != nil {
		t.Fatalf("read during a partition drop: %v", err)
	}
	if err := tx.Rollback(ctx); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-sweepDone:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("sweep did not finish after the reader ended")
	}
	parts, err := s.listPartitions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range parts {
		if p.name == partitionName(dayOf(old)) {
			t.Errorf("partition %s not dropped", p.name)
		}
	}
}

// TestSweepFinishesInterruptedDetach: a table a sweep detached but did not
// drop (it died in between) is dropped, and counted, by the next sweep.
func TestSweepFinishesInterruptedDetach(t *testing.T) {
	s, _ := openTest(t)
	ctx := context.Background()
	day := time.Date(2026, 3, 3, 12, 0, 0, 0, time.UTC)
	if _, err := s.WriteBatch(ctx, []store.Message{msg("d1", "d", day), msg("d2", "d", day.Add(time.Minute))}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.pool.Exec(ctx, `ALTER TABLE messages DETACH PARTITION messages_p20260303`); err != nil {
		t.Fatal(err)
	}
	res, err := s.Sweep(ctx, day.Add(30*24*time.Hour), 21*24*time.Hour, 365*24*time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if res.Messages != 2 {
		t.Errorf("Sweep counted %d messages, want 2", res.Messages)
	}
	var exists bool
	if err := s.pool.QueryRow(ctx, `SELECT to_regclass('messages_p20260303') IS NOT NULL`).Scan(&exists); err != nil || exists {
		t.Errorf("detached table still exists (%v)", err)
	}
}

// TestPartitionCreationDoesNotBlockWriters: creating a day partition while a
// long transaction reads messages does not stall writers of other days.
func TestPartitionCreationDoesNotBlockWriters(t *testing.T) {
	s, dsn := openTest(t)
	other := openDSN(t, dsn)
	ctx := context.Background()
	now := time.Now().UTC()
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	var n int
	if err := tx.QueryRow(ctx, `SELECT count(*) FROM messages`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	wctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	// A new day's partition (created on demand) and a write to today's.
	created := make(chan error, 1)
	go func() {
		_, err := other.WriteBatch(wctx, []store.Message{msg("far", "far", now.Add(-100*24*time.Hour))})
		created <- err
	}()
	if _, err := s.WriteBatch(wctx, []store.Message{msg("today", "today", now)}); err != nil {
		t.Fatalf("write while a partition is created: %v", err)
	}
	if err := <-created; err != nil {
		t.Fatalf("on-demand partition with a reader open: %v", err)
	}
}

// TestDuplicateIDOtherSentAt: an id already stored in its conversation is
// skipped even when the copy names another sent_at (another day's
// partition), as with SQLite's unique (conversation, id); in another
// conversation it is another message, as there.
func TestDuplicateIDOtherSentAt(t *testing.T) {
	s, _ := openTest(t)
	ctx := context.Background()
	first := msg("dup", "conv-dup", t0)
	tests := []struct {
		name string
		m    store.Message
		want store.WriteResult
	}{
		{"first copy", first, store.WriteResult{Stored: 1}},
		{"same sent_at", first, store.WriteResult{Duplicate: 1}},
		{"one second later", msg("dup", "conv-dup", t0.Add(time.Second)), store.WriteResult{Duplicate: 1}},
		{"another day", msg("dup", "conv-dup", t0.Add(48*time.Hour)), store.WriteResult{Duplicate: 1}},
		{"another conversation", msg("dup", "conv-other", t0.Add(time.Hour)), store.WriteResult{Stored: 1}},
		{"a new id", msg("dup2", "conv-dup", t0.Add(time.Hour)), store.WriteResult{Stored: 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.WriteBatch(ctx, []store.Message{tc.m})
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("WriteBatch = %+v, want %+v", got, tc.want)
			}
		})
	}
	var n int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM messages WHERE id = 'dup' AND conversation_id = 'conv-dup'`).Scan(&n); err != nil || n != 1 {
		t.Errorf("id dup stored %d times in conv-dup (%v), want once", n, err)
	}
}
