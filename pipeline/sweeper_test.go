package pipeline

import (
	"context"
	"crypto/sha256"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/nordic-anonymizer/anonymizer/detectors"
	"github.com/nordic-anonymizer/anonymizer/internal/metrics"
	"github.com/nordic-anonymizer/anonymizer/internal/store"
	"github.com/nordic-anonymizer/anonymizer/internal/store/sqlite"
)

var sweepT0 = time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)

func sqliteStore(t *testing.T) store.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "sweep.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func sweepMsg(id, conv, text, version string, at time.Time) store.Message {
	h := sha256.Sum256([]byte("conversation-key-0123456789"))
	return store.Message{
		ID: id, ConversationID: conv, Tenant: "grimstad", KeyHash: h[:], Role: "user", SentAt: at,
		Text: text, Lang: "nb", Platform: "mobile", DetectorVersion: version, Masks: CountPlaceholders(text),
	}
}

type fakeClock struct{ t time.Time }

// sweepLogBuf collects log lines.
type sweepLogBuf struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *sweepLogBuf) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *sweepLogBuf) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func sweepCounter(t *testing.T, c prometheus.Counter) float64 {
	t.Helper()
	var m dto.Metric
	if err := c.Write(&m); err != nil {
		t.Fatal(err)
	}
	return m.GetCounter().GetValue()
}

func (c *fakeClock) Now() time.Time { return c.t }

func TestSweeperExpiry(t *testing.T) {
	st := sqliteStore(t)
	ctx := context.Background()
	if _, err := st.WriteBatch(ctx, []store.Message{
		sweepMsg("a1", "conv-a", "first", "v1", sweepT0),
		sweepMsg("a2", "conv-a", "second", "v1", sweepT0.Add(time.Hour)),
		sweepMsg("b1", "conv-b", "other", "v1", sweepT0.Add(2*time.Hour)),
	}); err != nil {
		t.Fatal(err)
	}
	clk := &fakeClock{t: sweepT0.Add(20 * 24 * time.Hour)}
	m := metrics.New()
	var logs sweepLogBuf
	log := zap.New(zapcore.NewCore(zapcore.NewJSONEncoder(zap.NewProductionEncoderConfig()), zapcore.AddSync(&logs), zap.InfoLevel))
	sw, err := NewSweeper(SweeperConfig{
		Store: st, Retention: 21 * 24 * time.Hour, AuditRetention: 365 * 24 * time.Hour,
		Now: clk.Now, Metrics: m, Logger: log,
	})
	if err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name  string
		at    time.Time
		msgs  int64
		convs int64
		left  []string
	}{
		{"day 20: nothing expired", sweepT0.Add(20 * 24 * time.Hour), 0, 0, []string{"a1", "a2", "b1"}},
		{"21 days less a minute", sweepT0.Add(21*24*time.Hour - time.Minute), 0, 0, []string{"a1", "a2", "b1"}},
		{"21 days and a minute: a1 goes", sweepT0.Add(21*24*time.Hour + time.Minute), 1, 0, []string{"a2", "b1"}},
		{"a2 goes, conv-a emptied", sweepT0.Add(21*24*time.Hour + 61*time.Minute), 1, 1, []string{"b1"}},
		{"everything gone", sweepT0.Add(22 * 24 * time.Hour), 1, 1, nil},
		{"nothing left to do", sweepT0.Add(23 * 24 * time.Hour), 0, 0, nil},
	}
	for _, s := range steps {
		clk.t = s.at
		rep, err := sw.Once(ctx)
		if err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		if rep.Messages != s.msgs || rep.Conversations != s.convs || rep.Skipped {
			t.Fatalf("%s: report %+v, want %d messages, %d conversations", s.name, rep, s.msgs, s.convs)
		}
		// Read with a clock before the sweep's: what is left is stored.
		got, err := st.Logs(ctx, store.LogQuery{Tenant: "grimstad", From: sweepT0.Add(-time.Hour), To: sweepT0.Add(time.Hour * 24),
			Now: sweepT0, Retention: 21 * 24 * time.Hour})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, m := range got {
			ids = append(ids, m.ID)
		}
		if fmt.Sprint(ids) != fmt.Sprint(s.left) {
			t.Fatalf("%s: stored %v, want %v", s.name, ids, s.left)
		}
	}
	if got := sweepCounter(t, m.SweepDeleted.WithLabelValues("messages")); got != 3 {
		t.Errorf("sweep_deleted messages = %v, want 3", got)
	}
	if got := sweepCounter(t, m.SweepDeleted.WithLabelValues("conversations")); got != 2 {
		t.Errorf("sweep_deleted conversations = %v, want 2", got)
	}
	if got := sweepCounter(t, m.SweepRuns.WithLabelValues("ok")); got != 6 {
		t.Errorf("sweep runs = %v, want 6", got)
	}
	out := logs.String()
	if !strings.Contains(out, `"msg":"sweep done","messages":1,"conversations":1`) {
		t.Errorf("log lacks counts:\n%s", out)
	}
	for _, text := range []string{"first", "second", "other"} {
		if strings.Contains(out, text) {
			t.Errorf("log contains message text %q", text)
		}
	}
}

func TestSweeperRemask(t *testing.T) {
	st := sqliteStore(t)
	ctx := context.Background()
	eng, err := detectors.NewEngine()
	if err != nil {
		t.Fatal(err)
	}
	// Five messages stored by an older engine that missed e-mail addresses,
	// and one already masked by the running engine.
	var msgs []store.Message
	for i := range 5 {
		msgs = append(msgs, sweepMsg(fmt.Sprintf("old%d", i), "conv-r", fmt.Sprintf("skriv til ola%d@example.no, jeg har [HEALTH]", i), "v0-old", sweepT0.Add(time.Duration(i)*time.Minute)))
	}
	msgs = append(msgs, sweepMsg("new", "conv-r", "skriv til [EMAIL]", eng.Version(), sweepT0.Add(time.Hour)))
	if _, err := st.WriteBatch(ctx, msgs); err != nil {
		t.Fatal(err)
	}
	m := metrics.New()
	sw, err := NewSweeper(SweeperConfig{
		Store: st, Retention: 21 * 24 * time.Hour, AuditRetention: 365 * 24 * time.Hour,
		Version: eng.Version(), Remask: EngineRemasker(eng), RemaskBatch: 2,
		Now: (&fakeClock{t: sweepT0.Add(24 * time.Hour)}).Now, Metrics: m,
	})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := sw.Once(ctx)
	if err != nil || rep.Remasked != 5 {
		t.Fatalf("first sweep: %+v %v, want 5 re-masked", rep, err)
	}
	rep, err = sw.Once(ctx)
	if err != nil || rep.Remasked != 0 {
		t.Fatalf("second sweep: %+v %v, want 0 re-masked", rep, err)
	}
	if got := sweepCounter(t, m.SweepRemasked); got != 5 {
		t.Errorf("remasked metric = %v", got)
	}
	got, err := st.Logs(ctx, store.LogQuery{Tenant: "grimstad", From: sweepT0, To: sweepT0.Add(2 * time.Hour), Now: sweepT0, Retention: 21 * 24 * time.Hour})
	if err != nil || len(got) != 6 {
		t.Fatalf("logs: %v %d", err, len(got))
	}
	for _, m := range got[:5] {
		if m.Text != "skriv til [EMAIL], jeg har [HEALTH]" || m.DetectorVersion != eng.Version() ||
			m.Masks["EMAIL"] != 1 || m.Masks["HEALTH"] != 1 || len(m.Masks) != 2 {
			t.Errorf("%s: %q %s %v", m.ID, m.Text, m.DetectorVersion, m.Masks)
		}
	}
	if got[5].Text != "skriv til [EMAIL]" {
		t.Errorf("current-version message changed: %q", got[5].Text)
	}
}

// lockedStore is a store whose sweep lock another process holds.
type lockedStore struct {
	store.Store
	held bool
}

func (l *lockedStore) TryLockSweep(ctx context.Context) (func(), bool, error) {
	if l.held {
		return nil, false, nil
	}
	return func() {}, true, nil
}

func TestSweeperSkipsWhenLocked(t *testing.T) {
	st := sqliteStore(t)
	ctx := context.Background()
	st.WriteBatch(ctx, []store.Message{sweepMsg("x", "conv-x", "t", "v1", sweepT0)})
	ls := &lockedStore{Store: st, held: true}
	m := metrics.New()
	sw, _ := NewSweeper(SweeperConfig{Store: ls, Retention: time.Hour, AuditRetention: time.Hour, Now: (&fakeClock{t: sweepT0.Add(48 * time.Hour)}).Now, Metrics: m})
	rep, err := sw.Once(ctx)
	if err != nil || !rep.Skipped || rep.Messages != 0 {
		t.Fatalf("locked: %+v %v", rep, err)
	}
	ls.held = false
	rep, err = sw.Once(ctx)
	if err != nil || rep.Skipped || rep.Messages != 1 {
		t.Fatalf("unlocked: %+v %v", rep, err)
	}
	if sweepCounter(t, m.SweepRuns.WithLabelValues("skipped")) != 1 || sweepCounter(t, m.SweepRuns.WithLabelValues("ok")) != 1 {
		t.Error("run results not counted")
	}
}

func TestSweeperRunTicks(t *testing.T) {
	st := sqliteStore(t)
	ticks := make(chan time.Time)
	asked := make(chan time.Duration, 10)
	m := metrics.New()
	sw, _ := NewSweeper(SweeperConfig{
		Store: st, Retention: time.Hour, AuditRetention: time.Hour, Interval: 90 * time.Minute, Metrics: m,
		After: func(d time.Duration) <-chan time.Time { asked <- d; return ticks },
	})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- sw.Run(ctx) }()
	for range 3 {
		if d := <-asked; d != 90*time.Minute {
			t.Fatalf("interval %v", d)
		}
		ticks <- time.Time{}
	}
	<-asked
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if got := sweepCounter(t, m.SweepRuns.WithLabelValues("ok")); got != 4 {
		t.Fatalf("runs = %v, want 4 (one at start, three ticks)", got)
	}
}

func TestCountPlaceholders(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]int
	}{
		{"none", "hei [på] deg [", map[string]int{}},
		{"several", "[EMAIL] og [HEALTH][HEALTH] [NUMBER]", map[string]int{"EMAIL": 1, "HEALTH": 2, "NUMBER": 1}},
		{"unclosed", "[EMAIL og [HEALTH", map[string]int{}},
		{"lowercase is text", "[email]", map[string]int{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CountPlaceholders(tt.text); fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Fatalf("%v, want %v", got, tt.want)
			}
		})
	}
}

func TestSweeperInterrupted(t *testing.T) {
	st := sqliteStore(t)
	m := metrics.New()
	sw, _ := NewSweeper(SweeperConfig{Store: st, Retention: time.Hour, AuditRetention: time.Hour, Metrics: m})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := sw.Once(ctx); err == nil {
		t.Fatal("sweep with a cancelled context returned no error")
	}
	if sweepCounter(t, m.SweepRuns.WithLabelValues("interrupted")) != 1 || sweepCounter(t, m.SweepRuns.WithLabelValues("error")) != 0 {
		t.Fatal("a shutdown counted as a failed sweep")
	}
}
