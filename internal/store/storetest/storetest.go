// Package storetest is the conformance suite of store.Store: every store
// (SQLite, PostgreSQL) runs it and must behave the same. It talks to the
// store only through the interface, so it holds no SQL. Times are whole
// seconds in UTC, which every store keeps exactly.
package storetest

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nordic-anonymizer/anonymizer/internal/store"
)

// Retention is the chat log retention the suite uses (the service default).
const Retention = 21 * 24 * time.Hour

// T0 is the suite's reference time; every timestamp is relative to it.
var T0 = time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)

// Option adapts the suite to a store under test.
type Option func(*config)

type config struct {
	sweepRows int
}

// WithSweepRows sets how many expired messages SweepManyRows writes; it
// must exceed the rows one sweep transaction of the store deletes. The
// default, 5,500, exceeds both stores' default of 5,000; a store opened
// with smaller sweep batches can make the case cheaper (the race detector
// slows the pure-Go SQLite a hundredfold).
func WithSweepRows(n int) Option { return func(c *config) { c.sweepRows = n } }

// Run runs the conformance suite. open must return a new, empty store for
// each call; the suite closes it (Close twice must be harmless).
func Run(t *testing.T, open func(t *testing.T) store.Store, opts ...Option) {
	cfg := config{sweepRows: 5500}
	for _, o := range opts {
		o(&cfg)
	}
	tests := []struct {
		name string
		fn   func(t *testing.T, s store.Store)
	}{
		{"WriteAndRead", testWriteAndRead},
		{"Idempotent", testIdempotent},
		{"ConcurrentRedelivery", testConcurrentRedelivery},
		{"CancelledWrite", testCancelledWrite},
		{"KeyMismatch", testKeyMismatch},
		{"Forget", testForget},
		{"ForgetRace", testForgetRace},
		{"Expiry", testExpiry},
		{"Sweep", testSweep},
		{"SweepManyRows", func(t *testing.T, s store.Store) { testSweepManyRows(t, s, cfg.sweepRows) }},
		{"Remask", testRemask},
		{"Logs", testLogs},
		{"LogsDefaultLimit", testLogsDefaultLimit},
		{"Audit", testAudit},
		{"IntentStats", testIntentStats},
		{"ConversationStats", testConversationStats},
		{"PingClose", testPingClose},
		{"TenantMismatch", testTenantMismatch},
		{"DuplicateIDOtherTime", testDuplicateIDOtherTime},
		{"AcrossDays", testAcrossDays},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() { s.Close() })
			tt.fn(t, s)
		})
	}
}

// KeyHash is what the service stores of a conversation key.
func KeyHash(key string) []byte {
	h := sha256.Sum256([]byte(key))
	return h[:]
}

func ctx(t *testing.T) context.Context {
	c, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	return c
}

// msg builds a message of conversation conv (tenant "oslo", key "key-"+conv).
func msg(conv, id, role string, at time.Time) store.Message {
	return store.Message{
		ID:              id,
		ConversationID:  conv,
		Tenant:          "oslo",
		KeyHash:         KeyHash("key-" + conv),
		Role:            role,
		SentAt:          at,
		Text:            "masked text of " + id,
		Lang:            "nb",
		Platform:        "mobile",
		Browser:         "Safari 17",
		IPHash:          "0123456789abcdef0123456789abcdef",
		DetectorVersion: "v1",
	}
}

// bot builds a bot message with an intent.
func bot(conv, id string, at time.Time, intent string) store.Message {
	m := msg(conv, id, "bot", at)
	m.Intent = intent
	return m
}

func write(t *testing.T, s store.Store, msgs ...store.Message) store.WriteResult {
	t.Helper()
	r, err := s.WriteBatch(ctx(t), msgs)
	if err != nil {
		t.Fatalf("WriteBatch: %v", err)
	}
	return r
}

func wantResult(t *testing.T, got store.WriteResult, want store.WriteResult) {
	t.Helper()
	if got != want {
		t.Errorf("WriteBatch = %+v, want %+v", got, want)
	}
}

// stripKey is what a store returns of a written message: no key hash, and
// no Masks map when there were no masks.
func stripKey(m store.Message) store.Message {
	m.KeyHash = nil
	if len(m.Masks) == 0 {
		m.Masks = nil
	}
	return m
}

func ids(msgs []store.Message) []string {
	out := make([]string, len(msgs))
	for i, m := range msgs {
		out[i] = m.ID
	}
	return out
}

func wantIDs(t *testing.T, what string, got []store.Message, want ...string) {
	t.Helper()
	g := ids(got)
	if len(g) == 0 && len(want) == 0 {
		return
	}
	if !reflect.DeepEqual(g, want) {
		t.Errorf("%s ids = %v, want %v", what, g, want)
	}
}

func conversation(t *testing.T, s store.Store, id string, now time.Time) (store.Conversation, error) {
	t.Helper()
	return s.Conversation(ctx(t), id, KeyHash("key-"+id), now, Retention)
}

func intentTotal(t *testing.T, s store.Store, tenant string) int64 {
	t.Helper()
	rows, err := s.IntentStats(ctx(t), store.StatsQuery{Tenant: tenant, From: T0.AddDate(-1, 0, 0), To: T0.AddDate(1, 0, 0), Bucket: store.Month})
	if err != nil {
		t.Fatalf("IntentStats: %v", err)
	}
	var n int64
	for _, r := range rows {
		n += r.Count
	}
	return n
}

func conversationTotal(t *testing.T, s store.Store, tenant string) int64 {
	t.Helper()
	rows, err := s.ConversationStats(ctx(t), tenant, T0.AddDate(-1, 0, 0), T0.AddDate(1, 0, 0))
	if err != nil {
		t.Fatalf("ConversationStats: %v", err)
	}
	var n int64
	for _, r := range rows {
		n += r.Count
	}
	return n
}

func testWriteAndRead(t *testing.T, s store.Store) {
	u := msg("c1", "m1", "user", T0)
	u.Masks = map[string]int{"HEALTH": 2, "PHONE": 1}
	u.IPHash = ""
	u.Text = "Hei! Jeg har [HEALTH] og bor på [LOCATION] – ærlig talt 😀 \"sitat\" \\ ok"
	b := bot("c1", "m2", T0.Add(time.Second), "opening_hours")
	b.Platform, b.Browser, b.Lang, b.DetectorVersion = "desktop", "", "sv", "v2"
	// Same SentAt: ordered by ID.
	z := msg("c1", "m4", "user", T0.Add(2*time.Second))
	a := msg("c1", "m3", "user", T0.Add(2*time.Second))
	wantResult(t, write(t, s, u, b, z, a), store.WriteResult{Stored: 4})

	c, err := conversation(t, s, "c1", T0.Add(time.Hour))
	if err != nil {
		t.Fatalf("Conversation: %v", err)
	}
	if c.ID != "c1" || c.Tenant != "oslo" || !c.FirstAt.Equal(T0) || !c.LastAt.Equal(T0.Add(2*time.Second)) {
		t.Errorf("Conversation = {%q %q %v %v}, want {c1 oslo %v %v}", c.ID, c.Tenant, c.FirstAt, c.LastAt, T0, T0.Add(2*time.Second))
	}
	want := []store.Message{stripKey(u), stripKey(b), stripKey(a), stripKey(z)}
	if len(c.Messages) != len(want) {
		t.Fatalf("got %d messages, want %d", len(c.Messages), len(want))
	}
	for i := range want {
		got := c.Messages[i]
		if !got.SentAt.Equal(want[i].SentAt) {
			t.Errorf("message %d SentAt = %v, want %v", i, got.SentAt, want[i].SentAt)
		}
		got.SentAt = want[i].SentAt
		if !reflect.DeepEqual(got, want[i]) {
			t.Errorf("message %d = %+v\nwant %+v", i, got, want[i])
		}
	}

	// Unknown conversation, wrong key, empty key: the same error.
	if _, err := s.Conversation(ctx(t), "nope", KeyHash("key-nope"), T0, Retention); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("unknown conversation: err = %v, want ErrNotFound", err)
	}
	if _, err := s.Conversation(ctx(t), "c1", KeyHash("wrong"), T0, Retention); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("wrong key: err = %v, want ErrNotFound", err)
	}
	if _, err := s.Conversation(ctx(t), "c1", nil, T0, Retention); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("no key: err = %v, want ErrNotFound", err)
	}
	// An empty batch is fine.
	wantResult(t, write(t, s), store.WriteResult{})
}

func testIdempotent(t *testing.T, s store.Store) {
	batch := []store.Message{
		msg("c1", "m1", "user", T0),
		bot("c1", "m2", T0.Add(time.Second), "parking"),
		msg("c2", "m3", "user", T0),
		bot("c2", "m4", T0.Add(time.Second), "parking"),
	}
	wantResult(t, write(t, s, batch...), store.WriteResult{Stored: 4})
	// The whole batch redelivered.
	wantResult(t, write(t, s, batch...), store.WriteResult{Duplicate: 4})
	// A batch with one id twice, one old message and one new.
	wantResult(t, write(t, s, bot("c1", "m5", T0.Add(2*time.Second), "parking"),
		bot("c1", "m5", T0.Add(2*time.Second), "parking"), batch[1]),
		store.WriteResult{Stored: 1, Duplicate: 2})
	if n := intentTotal(t, s, "oslo"); n != 3 {
		t.Errorf("intent count = %d, want 3 (m2, m4, m5, once each)", n)
	}
	if n := conversationTotal(t, s, "oslo"); n != 2 {
		t.Errorf("conversation count = %d, want 2", n)
	}
	c, err := conversation(t, s, "c1", T0.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	wantIDs(t, "c1", c.Messages, "m1", "m2", "m5")
	// Ids are unique per conversation: the same id in two conversations of
	// one batch is two messages.
	wantResult(t, write(t, s, msg("c1", "m9", "user", T0.Add(3*time.Second)),
		msg("c2", "m9", "user", T0.Add(3*time.Second))),
		store.WriteResult{Stored: 2})
	// A redelivered message keeps what was stored first.
	again := batch[0]
	again.Text = "another text"
	wantResult(t, write(t, s, again), store.WriteResult{Duplicate: 1})
	c, _ = conversation(t, s, "c1", T0.Add(time.Hour))
	if c.Messages[0].Text != batch[0].Text {
		t.Errorf("redelivery changed the text to %q", c.Messages[0].Text)
	}
}

// testConcurrentRedelivery writes the same batches from several goroutines
// at once, as workers do when a batch is redelivered to another worker
// while the first still holds it: each message is stored and counted once.
func testConcurrentRedelivery(t *testing.T, s store.Store) {
	const workers, batches, size = 4, 5, 6
	var all [][]store.Message
	for b := range batches {
		var batch []store.Message
		for i := range size {
			conv := fmt.Sprintf("c%d", (b*size+i)%7)
			batch = append(batch, bot(conv, fmt.Sprintf("m%d-%d", b, i), T0.Add(time.Duration(b*size+i)*time.Second), "tax"))
		}
		all = append(all, batch)
	}
	var stored, dup atomic.Int64
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range batches {
				r, err := s.WriteBatch(context.Background(), all[(b+w)%batches])
				if err != nil {
					t.Errorf("WriteBatch: %v", err)
					return
				}
				stored.Add(int64(r.Stored))
				dup.Add(int64(r.Duplicate))
			}
		}()
	}
	wg.Wait()
	if stored.Load() != batches*size || dup.Load() != (workers-1)*batches*size {
		t.Errorf("stored %d, duplicates %d; want %d, %d", stored.Load(), dup.Load(), batches*size, (workers-1)*batches*size)
	}
	if n := intentTotal(t, s, "oslo"); n != batches*size {
		t.Errorf("intent count = %d, want %d", n, batches*size)
	}
	if n := conversationTotal(t, s, "oslo"); n != 7 {
		t.Errorf("conversation count = %d, want 7", n)
	}
}

// testCancelledWrite: a WriteBatch whose context is done fails and stores
// nothing; the same batch then goes through whole.
func testCancelledWrite(t *testing.T, s store.Store) {
	batch := []store.Message{msg("c1", "m1", "user", T0), bot("c1", "m2", T0.Add(time.Second), "tax")}
	c, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.WriteBatch(c, batch); err == nil {
		t.Fatal("WriteBatch with a cancelled context succeeded")
	}
	if _, err := conversation(t, s, "c1", T0.Add(time.Hour)); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("a failed WriteBatch left its conversation: err = %v", err)
	}
	wantResult(t, write(t, s, batch...), store.WriteResult{Stored: 2})
	if n := intentTotal(t, s, "oslo"); n != 1 {
		t.Errorf("intent count = %d, want 1", n)
	}
	if n := conversationTotal(t, s, "oslo"); n != 1 {
		t.Errorf("conversation count = %d, want 1", n)
	}
}

func testKeyMismatch(t *testing.T, s store.Store) {
	wantResult(t, write(t, s, msg("c1", "m1", "user", T0)), store.WriteResult{Stored: 1})
	bad := bot("c1", "m2", T0.Add(time.Second), "parking")
	bad.KeyHash = KeyHash("another key")
	good := bot("c1", "m3", T0.Add(2*time.Second), "parking")
	wantResult(t, write(t, s, bad, good), store.WriteResult{Stored: 1, Rejected: 1})
	c, err := conversation(t, s, "c1", T0.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	wantIDs(t, "c1", c.Messages, "m1", "m3")
	if _, err := s.Conversation(ctx(t), "c1", KeyHash("another key"), T0.Add(time.Hour), Retention); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("the rejected key reads the conversation: err = %v", err)
	}
	if n := intentTotal(t, s, "oslo"); n != 1 {
		t.Errorf("intent count = %d, want 1 (the rejected message is not counted)", n)
	}
	// The rejected id was not stored: it can arrive later with the right key.
	bad.KeyHash = KeyHash("key-c1")
	wantResult(t, write(t, s, bad), store.WriteResult{Stored: 1})

	// A message without a key hash cannot start a conversation.
	nokey := msg("c2", "m4", "user", T0)
	nokey.KeyHash = nil
	wantResult(t, write(t, s, nokey), store.WriteResult{Rejected: 1})
	if _, err := conversation(t, s, "c2", T0.Add(time.Hour)); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("conversation without key: err = %v, want ErrNotFound", err)
	}
}

func testForget(t *testing.T, s store.Store) {
	write(t, s, msg("c1", "m1", "user", T0), bot("c1", "m2", T0.Add(time.Second), "tax"),
		msg("c2", "m3", "user", T0))
	now := T0.Add(time.Hour)
	if err := s.Forget(ctx(t), "c1", KeyHash("wrong"), now); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Forget with wrong key: err = %v, want ErrNotFound", err)
	}
	if err := s.Forget(ctx(t), "nope", KeyHash("key-nope"), now); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Forget unknown: err = %v, want ErrNotFound", err)
	}
	if _, err := conversation(t, s, "c1", now); err != nil {
		t.Fatalf("a failed Forget deleted the conversation: %v", err)
	}
	if err := s.Forget(ctx(t), "c1", KeyHash("key-c1"), now); err != nil {
		t.Fatalf("Forget: %v", err)
	}
	if _, err := conversation(t, s, "c1", now); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Conversation after Forget: err = %v, want ErrNotFound", err)
	}
	logs, err := s.Logs(ctx(t), store.LogQuery{Tenant: "oslo", From: T0.Add(-time.Hour), To: now, Now: now, Retention: Retention})
	if err != nil {
		t.Fatal(err)
	}
	wantIDs(t, "logs after forget", logs, "m3")
	// Later messages of the conversation, new or redelivered, are dropped.
	wantResult(t, write(t, s, msg("c1", "m4", "user", T0.Add(2*time.Second)), msg("c1", "m1", "user", T0),
		msg("c2", "m5", "user", T0.Add(time.Second))),
		store.WriteResult{Stored: 1, Forgotten: 2})
	if _, err := conversation(t, s, "c1", now); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("a message after Forget recreated the conversation: err = %v", err)
	}
	// Forgetting twice: the conversation is not found.
	if err := s.Forget(ctx(t), "c1", KeyHash("key-c1"), now); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("second Forget: err = %v, want ErrNotFound", err)
	}
	// Statistics survive forget-me.
	if n := intentTotal(t, s, "oslo"); n != 1 {
		t.Errorf("intent count after Forget = %d, want 1", n)
	}
	if n := conversationTotal(t, s, "oslo"); n != 2 {
		t.Errorf("conversation count after Forget = %d, want 2", n)
	}
}

// testForgetRace runs Forget while writers add batches of the same
// conversation, many times. After Forget returns no message of the
// conversation remains or is stored, and the statistics count exactly the
// messages the stores reported stored.
func testForgetRace(t *testing.T, s store.Store) {
	const rounds, writers, batches = 50, 3, 6
	var storedBots atomic.Int64
	interleaved := 0 // rounds where writers stored before Forget and were dropped after
	for round := range rounds {
		conv := fmt.Sprintf("race-%d", round)
		first := bot(conv, conv+"-first", T0, "race")
		if r := write(t, s, first); r.Stored != 1 {
			t.Fatalf("round %d: first write %+v", round, r)
		}
		storedBots.Add(1)
		var forgotten atomic.Bool
		var storedBatches, droppedBatches atomic.Int64
		var wg sync.WaitGroup
		errs := make(chan error, writers*batches+1)
		for w := range writers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for b := range batches {
					var msgs []store.Message
					for k := range 3 {
						id := fmt.Sprintf("%s-w%d-b%d-%d", conv, w, b, k)
						msgs = append(msgs, bot(conv, id, T0.Add(time.Duration(b*3+k+1)*time.Second), "race"))
					}
					after := forgotten.Load()
					r, err := s.WriteBatch(context.Background(), msgs)
					if err != nil {
						errs <- err
						return
					}
					storedBots.Add(int64(r.Stored))
					if r.Stored > 0 {
						storedBatches.Add(1)
					}
					if r.Forgotten > 0 {
						droppedBatches.Add(1)
					}
					if r.Stored+r.Forgotten != len(msgs) || r.Duplicate != 0 || r.Rejected != 0 {
						errs <- fmt.Errorf("round %d: WriteBatch = %+v", round, r)
					}
					if after && r.Stored != 0 {
						errs <- fmt.Errorf("round %d: a batch begun after Forget returned stored %d messages", round, r.Stored)
					}
				}
			}()
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			if round%2 == 1 {
				time.Sleep(time.Duration(round%5) * 100 * time.Microsecond)
			}
			if err := s.Forget(context.Background(), conv, KeyHash("key-"+conv), T0.Add(time.Hour)); err != nil {
				errs <- fmt.Errorf("round %d: Forget: %w", round, err)
			}
			forgotten.Store(true)
		}()
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Error(err)
		}
		if t.Failed() {
			return
		}
		if _, err := conversation(t, s, conv, T0.Add(time.Hour)); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("round %d: conversation readable after Forget: %v", round, err)
		}
		if storedBatches.Load() > 0 && droppedBatches.Load() > 0 {
			interleaved++
		}
	}
	t.Logf("%d of %d rounds interleaved Forget with stored and dropped batches", interleaved, rounds)
	if interleaved == 0 {
		t.Error("no round ran Forget between two writes: the race was not exercised")
	}
	logs, err := s.Logs(ctx(t), store.LogQuery{Tenant: "oslo", From: T0.Add(-time.Hour), To: T0.Add(time.Hour),
		Limit: 100000, Now: T0.Add(time.Hour), Retention: Retention})
	if err != nil {
		t.Fatal(err)
	}
	if len(logs) != 0 {
		t.Errorf("%d messages of forgotten conversations remain, e.g. %s", len(logs), logs[0].ID)
	}
	if got, want := intentTotal(t, s, "oslo"), storedBots.Load(); got != want {
		t.Errorf("intent statistics count %d, WriteBatch reported %d stored", got, want)
	}
	if got := conversationTotal(t, s, "oslo"); got != rounds {
		t.Errorf("conversation statistics count %d, want %d", got, rounds)
	}
}

func testExpiry(t *testing.T, s store.Store) {
	now := T0.Add(30 * 24 * time.Hour)
	cut := now.Add(-Retention)
	write(t, s,
		msg("c1", "old", "user", cut.Add(-time.Second)),
		msg("c1", "edge", "user", cut),
		msg("c1", "new", "user", now.Add(-time.Minute)),
		msg("c2", "gone", "user", cut.Add(-time.Second)),
	)
	c, err := conversation(t, s, "c1", now)
	if err != nil {
		t.Fatal(err)
	}
	wantIDs(t, "c1", c.Messages, "edge", "new")
	if !c.FirstAt.Equal(cut) {
		t.Errorf("FirstAt = %v, want the first unexpired message's %v", c.FirstAt, cut)
	}
	// A conversation whose every message has expired is gone for the citizen.
	if _, err := conversation(t, s, "c2", now); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("expired conversation: err = %v, want ErrNotFound", err)
	}
	// One second later "edge" has expired too.
	c, err = conversation(t, s, "c1", now.Add(time.Second))
	if err != nil {
		t.Fatal(err)
	}
	wantIDs(t, "c1 a second later", c.Messages, "new")
	logs, err := s.Logs(ctx(t), store.LogQuery{Tenant: "oslo", From: cut.Add(-time.Hour), To: now, Now: now, Retention: Retention})
	if err != nil {
		t.Fatal(err)
	}
	wantIDs(t, "logs", logs, "edge", "new")
	// With an earlier clock the old message is readable: reads filter by
	// the reader's clock, not by a sweep.
	logs, err = s.Logs(ctx(t), store.LogQuery{Tenant: "oslo", From: cut.Add(-time.Hour), To: now, Now: now.Add(-time.Hour), Retention: Retention})
	if err != nil {
		t.Fatal(err)
	}
	wantIDs(t, "logs an hour earlier", logs, "gone", "old", "edge", "new")
}

func testSweep(t *testing.T, s store.Store) {
	now := T0.Add(30 * 24 * time.Hour)
	cut := now.Add(-Retention)
	const auditRetention = 365 * 24 * time.Hour
	write(t, s,
		bot("old", "o1", cut.Add(-2*time.Hour), "tax"),
		bot("old", "o2", cut.Add(-time.Hour), "tax"),
		msg("mixed", "x1", "user", cut.Add(-time.Hour)),
		msg("mixed", "x2", "user", cut.Add(time.Hour)),
		msg("new", "n1", "user", now.Add(-time.Hour)),
		msg("forgot-old", "f1", "user", cut.Add(-48*time.Hour)),
		msg("forgot-new", "f2", "user", now.Add(-time.Hour)),
		msg("extended", "e1", "user", cut.Add(-time.Hour)),
	)
	// A later batch extends a conversation that began before the cutoff.
	write(t, s, msg("extended", "e2", "user", now.Add(-time.Minute)))
	// A tombstone older than retention, and a recent one.
	if err := s.Forget(ctx(t), "forgot-old", KeyHash("key-forgot-old"), cut.Add(-time.Second)); err != nil {
		t.Fatal(err)
	}
	if err := s.Forget(ctx(t), "forgot-new", KeyHash("key-forgot-new"), now.Add(-time.Minute)); err != nil {
		t.Fatal(err)
	}
	for _, at := range []time.Time{now.Add(-auditRetention - time.Second), now.Add(-auditRetention + time.Second), now} {
		if err := s.Audit(ctx(t), store.AuditEntry{At: at, Actor: "op", Action: "logs.read", Tenant: "oslo", From: at, To: at}); err != nil {
			t.Fatal(err)
		}
	}
	statsBefore := intentTotal(t, s, "oslo")
	convBefore := conversationTotal(t, s, "oslo")

	r, err := s.Sweep(ctx(t), now, Retention, auditRetention)
	if err != nil {
		t.Fatalf("Sweep: %v", err)
	}
	want := store.SweepResult{Messages: 4, Conversations: 1, Tombstones: 1, Audit: 1}
	if r != want {
		t.Errorf("Sweep = %+v, want %+v", r, want)
	}
	// Nothing is left to sweep.
	if r, err := s.Sweep(ctx(t), now, Retention, auditRetention); err != nil || r != (store.SweepResult{}) {
		t.Errorf("second Sweep = %+v, %v; want nothing", r, err)
	}
	// What is left is readable with an earlier clock only if unswept.
	early := cut.Add(-time.Hour)
	if _, err := conversation(t, s, "old", early); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("swept conversation readable at an earlier clock: %v", err)
	}
	c, err := conversation(t, s, "mixed", early)
	if err != nil {
		t.Fatal(err)
	}
	wantIDs(t, "mixed", c.Messages, "x2")
	if _, err := conversation(t, s, "new", now); err != nil {
		t.Errorf("unexpired conversation swept: %v", err)
	}
	c, err = conversation(t, s, "extended", early)
	if err != nil {
		t.Fatalf("a conversation extended by a later batch was swept: %v", err)
	}
	wantIDs(t, "extended", c.Messages, "e2")
	// The old tombstone is gone: the id could start a conversation again.
	// The recent one still drops messages.
	wantResult(t, write(t, s, msg("forgot-old", "f3", "user", now), msg("forgot-new", "f4", "user", now)),
		store.WriteResult{Stored: 1, Forgotten: 1})
	entries, err := s.AuditLog(ctx(t), now.Add(-2*auditRetention), now.Add(time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 2 {
		t.Errorf("%d audit entries after sweep, want 2", len(entries))
	}
	// Statistics survive expiry.
	if n := intentTotal(t, s, "oslo"); n != statsBefore {
		t.Errorf("intent count after sweep = %d, want %d", n, statsBefore)
	}
	if n := conversationTotal(t, s, "oslo"); n != convBefore+1 {
		t.Errorf("conversation count after sweep = %d, want %d", n, convBefore+1)
	}
}

// testSweepManyRows sweeps n rows, more than one short sweep transaction
// of the store takes (WithSweepRows).
func testSweepManyRows(t *testing.T, s store.Store, n int) {
	now := T0.Add(30 * 24 * time.Hour)
	old := now.Add(-Retention - time.Hour)
	batch := make([]store.Message, 0, 500)
	for i := range n {
		conv := fmt.Sprintf("c%d", i/4)
		batch = append(batch, msg(conv, fmt.Sprintf("m%05d", i), "user", old.Add(time.Duration(i)*time.Millisecond)))
		if len(batch) == cap(batch) || i == n-1 {
			write(t, s, batch...)
			batch = batch[:0]
		}
	}
	write(t, s, msg("keep", "k1", "user", now))
	r, err := s.Sweep(ctx(t), now, Retention, Retention)
	if err != nil {
		t.Fatal(err)
	}
	if want := (store.SweepResult{Messages: int64(n), Conversations: int64(n) / 4}); r != want {
		t.Errorf("Sweep = %+v, want %+v", r, want)
	}
	logs, err := s.Logs(ctx(t), store.LogQuery{Tenant: "oslo", From: old.Add(-time.Hour), To: now.Add(time.Hour), Now: old, Retention: Retention})
	if err != nil {
		t.Fatal(err)
	}
	wantIDs(t, "left after sweep", logs, "k1")
}

func testRemask(t *testing.T, s store.Store) {
	var msgs []store.Message
	for i := range 5 {
		m := msg("c1", fmt.Sprintf("m%d", i), "user", T0.Add(time.Duration(i)*time.Second))
		m.Masks = map[string]int{"OLD": 1}
		if i >= 3 {
			m.DetectorVersion = "v2"
		}
		msgs = append(msgs, m)
	}
	write(t, s, msgs...)
	var mu sync.Mutex
	seen := map[string]int{}
	fn := func(text, lang string) (string, map[string]int) {
		mu.Lock()
		seen[text]++
		mu.Unlock()
		if lang != "nb" {
			t.Errorf("Remasker got lang %q", lang)
		}
		return "[remasked] " + text, map[string]int{"NAME": 1}
	}
	if n, err := s.Remask(ctx(t), "v2", 0, fn); err != nil || n != 0 {
		t.Errorf("Remask limit 0 = %d, %v", n, err)
	}
	total := 0
	for _, want := range []int{2, 1, 0, 0} {
		n, err := s.Remask(ctx(t), "v2", 2, fn)
		if err != nil {
			t.Fatal(err)
		}
		if n != want {
			t.Errorf("Remask = %d, want %d", n, want)
		}
		total += n
	}
	if total != 3 || len(seen) != 3 {
		t.Errorf("remasked %d messages, %d distinct texts; want 3, 3", total, len(seen))
	}
	c, err := conversation(t, s, "c1", T0.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	for i, m := range c.Messages {
		if m.DetectorVersion != "v2" {
			t.Errorf("%s version %q after Remask", m.ID, m.DetectorVersion)
		}
		wantText, wantMasks := msgs[i].Text, map[string]int{"OLD": 1}
		if i < 3 {
			wantText, wantMasks = "[remasked] "+msgs[i].Text, map[string]int{"NAME": 1}
			if seen[msgs[i].Text] != 1 {
				t.Errorf("%s remasked %d times", m.ID, seen[msgs[i].Text])
			}
		}
		if m.Text != wantText || !reflect.DeepEqual(m.Masks, wantMasks) {
			t.Errorf("%s = %q %v, want %q %v", m.ID, m.Text, m.Masks, wantText, wantMasks)
		}
	}
	// Downgrades are re-masks too: any other version.
	if n, err := s.Remask(ctx(t), "v1", 10, func(text, _ string) (string, map[string]int) { return text, nil }); err != nil || n != 5 {
		t.Errorf("Remask to v1 = %d, %v; want 5", n, err)
	}
	c, _ = conversation(t, s, "c1", T0.Add(time.Hour))
	for _, m := range c.Messages {
		if m.Masks != nil {
			t.Errorf("%s masks = %v after a remask with no masks, want nil", m.ID, m.Masks)
		}
	}
}

func testLogs(t *testing.T, s store.Store) {
	now := T0.Add(time.Hour)
	b := msg("b1", "b-m1", "user", T0)
	b.Tenant, b.KeyHash = "bergen", KeyHash("key-b1")
	write(t, s,
		msg("c1", "m3", "user", T0.Add(2*time.Second)),
		msg("c1", "m1", "user", T0),
		msg("c2", "m2b", "user", T0.Add(time.Second)),
		msg("c2", "m2a", "user", T0.Add(time.Second)),
		msg("c1", "m4", "user", T0.Add(3*time.Second)),
		b,
	)
	tests := []struct {
		name string
		q    store.LogQuery
		want []string
	}{
		{"all of a tenant, ordered by time then id", store.LogQuery{Tenant: "oslo", From: T0, To: now}, []string{"m1", "m2a", "m2b", "m3", "m4"}},
		{"limit", store.LogQuery{Tenant: "oslo", From: T0, To: now, Limit: 2}, []string{"m1", "m2a"}},
		{"from inclusive, to exclusive", store.LogQuery{Tenant: "oslo", From: T0.Add(time.Second), To: T0.Add(3 * time.Second)}, []string{"m2a", "m2b", "m3"}},
		{"other tenant", store.LogQuery{Tenant: "bergen", From: T0, To: now}, []string{"b-m1"}},
		{"unknown tenant", store.LogQuery{Tenant: "tromso", From: T0, To: now}, nil},
		{"empty range", store.LogQuery{Tenant: "oslo", From: now, To: now}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.q.Now, tt.q.Retention = now, Retention
			got, err := s.Logs(ctx(t), tt.q)
			if err != nil {
				t.Fatal(err)
			}
			wantIDs(t, "Logs", got, tt.want...)
			for _, m := range got {
				if m.Tenant != tt.q.Tenant || m.KeyHash != nil || m.ConversationID == "" {
					t.Errorf("%s: tenant %q, key hash %x, conversation %q", m.ID, m.Tenant, m.KeyHash, m.ConversationID)
				}
			}
		})
	}
	got, err := s.Logs(ctx(t), store.LogQuery{Tenant: "oslo", From: T0, To: now, Limit: 1, Now: now, Retention: Retention})
	if err != nil || len(got) != 1 {
		t.Fatalf("Logs = %v, %v", got, err)
	}
	if want := stripKey(msg("c1", "m1", "user", T0)); !got[0].SentAt.Equal(want.SentAt) || got[0].Text != want.Text ||
		got[0].ConversationID != "c1" || got[0].Platform != want.Platform || got[0].IPHash != want.IPHash {
		t.Errorf("Logs()[0] = %+v, want %+v", got[0], want)
	}
}

func testLogsDefaultLimit(t *testing.T, s store.Store) {
	const n = 1001
	var batch []store.Message
	for i := range n {
		batch = append(batch, msg("c1", fmt.Sprintf("m%04d", i), "user", T0.Add(time.Duration(i)*time.Second)))
	}
	wantResult(t, write(t, s, batch...), store.WriteResult{Stored: n})
	now := T0.Add(2 * time.Hour)
	got, err := s.Logs(ctx(t), store.LogQuery{Tenant: "oslo", From: T0, To: now, Now: now, Retention: Retention})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1000 || got[999].ID != "m0999" {
		t.Errorf("Logs with Limit 0 returned %d rows, want the first 1000", len(got))
	}
}

func testAudit(t *testing.T, s store.Store) {
	entries := []store.AuditEntry{
		{At: T0.Add(2 * time.Second), Actor: "ops-b", Action: "logs.read", Tenant: "bergen", From: T0.Add(-time.Hour), To: T0, Rows: 7},
		{At: T0, Actor: "ops-a", Action: "logs.read", Tenant: "oslo", From: T0.Add(-24 * time.Hour), To: T0, Rows: 0},
		{At: T0.Add(time.Second), Actor: "ops-a", Action: "logs.read", Tenant: "oslo", From: T0.Add(-2 * time.Hour), To: T0.Add(-time.Hour), Rows: 1000},
		{At: T0.Add(time.Hour), Actor: "ops-c", Action: "logs.read", Tenant: "oslo", From: T0, To: T0, Rows: 1},
	}
	for _, e := range entries {
		if err := s.Audit(ctx(t), e); err != nil {
			t.Fatalf("Audit: %v", err)
		}
	}
	got, err := s.AuditLog(ctx(t), T0, T0.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	want := []store.AuditEntry{entries[1], entries[2], entries[0]}
	if len(got) != len(want) {
		t.Fatalf("AuditLog returned %d entries, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		g, w := got[i], want[i]
		if !g.At.Equal(w.At) || !g.From.Equal(w.From) || !g.To.Equal(w.To) || g.Actor != w.Actor ||
			g.Action != w.Action || g.Tenant != w.Tenant || g.Rows != w.Rows {
			t.Errorf("entry %d = %+v, want %+v", i, g, w)
		}
		if g.At.Location() != time.UTC {
			t.Errorf("entry %d At in %v, want UTC", i, g.At.Location())
		}
	}
	if got, err := s.AuditLog(ctx(t), T0.Add(2*time.Hour), T0.Add(3*time.Hour)); err != nil || len(got) != 0 {
		t.Errorf("AuditLog of an empty range = %v, %v", got, err)
	}
}

func testIntentStats(t *testing.T, s store.Store) {
	h := func(d time.Duration) time.Time { return T0.Add(d) }
	withUA := func(m store.Message, platform, browser string) store.Message {
		m.Platform, m.Browser = platform, browser
		return m
	}
	other := bot("b1", "b-1", h(0), "tax")
	other.Tenant, other.KeyHash = "bergen", KeyHash("key-b1")
	userWithIntent := msg("c1", "u-1", "user", h(0))
	userWithIntent.Intent = "tax"
	write(t, s,
		withUA(bot("c1", "1", h(0), "tax"), "mobile", "Safari 17"),
		withUA(bot("c1", "2", h(10*time.Minute), "tax"), "desktop", "Chrome 120"),
		withUA(bot("c1", "3", h(20*time.Minute), "parking"), "mobile", "Safari 17"),
		withUA(bot("c2", "4", h(time.Hour), "tax"), "mobile", "Chrome 120"),
		withUA(bot("c2", "5", h(25*time.Hour), "tax"), "mobile", "Safari 17"),
		withUA(bot("c3", "6", T0.AddDate(0, 1, 0), "tax"), "tablet", ""),
		withUA(bot("c3", "7", h(-13*time.Hour), "tax"), "mobile", "Safari 17"), // 9 March 23:00
		bot("c1", "8", h(30*time.Minute), ""),                                  // no intent: not counted
		userWithIntent,                                                         // user message: not counted
		other,
	)
	hour := func(d time.Duration) time.Time { return T0.Add(d).Truncate(time.Hour) }
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	from, to := T0.AddDate(0, -1, 0), T0.AddDate(0, 2, 0)
	tests := []struct {
		name string
		q    store.StatsQuery
		want []store.IntentCount
	}{
		{"hour", store.StatsQuery{Tenant: "oslo", From: T0, To: T0.Add(2 * time.Hour), Bucket: store.Hour}, []store.IntentCount{
			{Bucket: hour(0), Intent: "parking", Count: 1},
			{Bucket: hour(0), Intent: "tax", Count: 2},
			{Bucket: hour(time.Hour), Intent: "tax", Count: 1},
		}},
		{"hour range is half-open", store.StatsQuery{Tenant: "oslo", From: T0.Add(time.Hour), To: T0.Add(25 * time.Hour), Bucket: store.Hour}, []store.IntentCount{
			{Bucket: hour(time.Hour), Intent: "tax", Count: 1},
		}},
		{"day", store.StatsQuery{Tenant: "oslo", From: from, To: to, Bucket: store.Day}, []store.IntentCount{
			{Bucket: day(2026, 3, 9), Intent: "tax", Count: 1},
			{Bucket: day(2026, 3, 10), Intent: "parking", Count: 1},
			{Bucket: day(2026, 3, 10), Intent: "tax", Count: 3},
			{Bucket: day(2026, 3, 11), Intent: "tax", Count: 1},
			{Bucket: day(2026, 4, 10), Intent: "tax", Count: 1},
		}},
		{"month", store.StatsQuery{Tenant: "oslo", From: from, To: to, Bucket: store.Month}, []store.IntentCount{
			{Bucket: day(2026, 3, 1), Intent: "parking", Count: 1},
			{Bucket: day(2026, 3, 1), Intent: "tax", Count: 5},
			{Bucket: day(2026, 4, 1), Intent: "tax", Count: 1},
		}},
		{"month by platform", store.StatsQuery{Tenant: "oslo", From: from, To: to, Bucket: store.Month, GroupBy: "platform"}, []store.IntentCount{
			{Bucket: day(2026, 3, 1), Intent: "parking", Group: "mobile", Count: 1},
			{Bucket: day(2026, 3, 1), Intent: "tax", Group: "desktop", Count: 1},
			{Bucket: day(2026, 3, 1), Intent: "tax", Group: "mobile", Count: 4},
			{Bucket: day(2026, 4, 1), Intent: "tax", Group: "tablet", Count: 1},
		}},
		{"month by browser", store.StatsQuery{Tenant: "oslo", From: from, To: to, Bucket: store.Month, GroupBy: "browser"}, []store.IntentCount{
			{Bucket: day(2026, 3, 1), Intent: "parking", Group: "Safari 17", Count: 1},
			{Bucket: day(2026, 3, 1), Intent: "tax", Group: "Chrome 120", Count: 2},
			{Bucket: day(2026, 3, 1), Intent: "tax", Group: "Safari 17", Count: 3},
			{Bucket: day(2026, 4, 1), Intent: "tax", Group: "", Count: 1},
		}},
		{"other tenant", store.StatsQuery{Tenant: "bergen", From: from, To: to, Bucket: store.Day}, []store.IntentCount{
			{Bucket: day(2026, 3, 10), Intent: "tax", Count: 1},
		}},
		{"unknown tenant", store.StatsQuery{Tenant: "tromso", From: from, To: to, Bucket: store.Day}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.IntentStats(ctx(t), tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("IntentStats = %+v\nwant %+v", got, tt.want)
			}
			for i := range got {
				g, w := got[i], tt.want[i]
				if !g.Bucket.Equal(w.Bucket) || g.Bucket.Location() != time.UTC || g.Intent != w.Intent || g.Group != w.Group || g.Count != w.Count {
					t.Errorf("row %d = %+v, want %+v", i, g, w)
				}
			}
		})
	}
	for _, q := range []store.StatsQuery{
		{Tenant: "oslo", From: from, To: to, Bucket: "week"},
		{Tenant: "oslo", From: from, To: to, Bucket: store.Day, GroupBy: "intent; DROP TABLE x"},
	} {
		if _, err := s.IntentStats(ctx(t), q); err == nil {
			t.Errorf("IntentStats(%+v) accepted a bad query", q)
		}
	}
}

func testConversationStats(t *testing.T, s store.Store) {
	feb := time.Date(2026, 2, 28, 23, 59, 0, 0, time.UTC)
	b := msg("b1", "b-1", "user", T0)
	b.Tenant, b.KeyHash = "bergen", KeyHash("key-b1")
	write(t, s,
		msg("c1", "1", "user", feb),
		msg("c1", "2", "user", feb.Add(2*time.Minute)), // March, same conversation
		msg("c2", "3", "user", T0),
		b,
	)
	// A later batch of an existing conversation does not count it again.
	write(t, s, msg("c2", "4", "user", T0.Add(time.Hour)), msg("c3", "5", "user", T0.AddDate(0, 1, 0)))
	month := func(m time.Month) time.Time { return time.Date(2026, m, 1, 0, 0, 0, 0, time.UTC) }
	from, to := month(1), month(6)
	tests := []struct {
		name     string
		tenant   string
		from, to time.Time
		want     []store.ConversationCount
	}{
		{"one tenant", "oslo", from, to, []store.ConversationCount{
			{Tenant: "oslo", Month: month(2), Count: 1},
			{Tenant: "oslo", Month: month(3), Count: 1},
			{Tenant: "oslo", Month: month(4), Count: 1},
		}},
		{"every tenant", "", from, to, []store.ConversationCount{
			{Tenant: "bergen", Month: month(3), Count: 1},
			{Tenant: "oslo", Month: month(2), Count: 1},
			{Tenant: "oslo", Month: month(3), Count: 1},
			{Tenant: "oslo", Month: month(4), Count: 1},
		}},
		{"half-open range", "oslo", month(3), month(4), []store.ConversationCount{
			{Tenant: "oslo", Month: month(3), Count: 1},
		}},
		{"unknown tenant", "tromso", from, to, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.ConversationStats(ctx(t), tt.tenant, tt.from, tt.to)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("ConversationStats = %+v\nwant %+v", got, tt.want)
			}
			for i := range got {
				g, w := got[i], tt.want[i]
				if g.Tenant != w.Tenant || !g.Month.Equal(w.Month) || g.Month.Location() != time.UTC || g.Count != w.Count {
					t.Errorf("row %d = %+v, want %+v", i, g, w)
				}
			}
		})
	}
}

func testPingClose(t *testing.T, s store.Store) {
	if err := s.Ping(ctx(t)); err != nil {
		t.Fatalf("Ping: %v", err)
	}
	write(t, s, msg("c1", "m1", "user", T0))
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	c := ctx(t)
	now := T0.Add(time.Hour)
	calls := map[string]error{
		"Ping": s.Ping(c),
		"WriteBatch": func() error {
			_, err := s.WriteBatch(c, []store.Message{msg("c1", "m2", "user", T0)})
			return err
		}(),
		"Conversation": func() error { _, err := conversation(t, s, "c1", now); return err }(),
		"Forget":       s.Forget(c, "c1", KeyHash("key-c1"), now),
		"Logs": func() error {
			_, err := s.Logs(c, store.LogQuery{Tenant: "oslo", From: T0, To: now, Now: now, Retention: Retention})
			return err
		}(),
		"IntentStats": func() error {
			_, err := s.IntentStats(c, store.StatsQuery{Tenant: "oslo", From: T0, To: now, Bucket: store.Hour})
			return err
		}(),
		"ConversationStats": func() error { _, err := s.ConversationStats(c, "oslo", T0, now); return err }(),
		"Audit":             s.Audit(c, store.AuditEntry{At: now}),
		"AuditLog":          func() error { _, err := s.AuditLog(c, T0, now); return err }(),
		"Sweep":             func() error { _, err := s.Sweep(c, now, Retention, Retention); return err }(),
		"Remask": func() error {
			_, err := s.Remask(c, "v2", 10, func(t, _ string) (string, map[string]int) { return t, nil })
			return err
		}(),
	}
	names := make([]string, 0, len(calls))
	for n := range calls {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if !errors.Is(calls[n], store.ErrClosed) {
			t.Errorf("%s after Close: err = %v, want ErrClosed", n, calls[n])
		}
	}
}
