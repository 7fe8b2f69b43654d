package sqlite

import (
	"context"
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/nordic-anonymizer/anonymizer/internal/store"
	"github.com/nordic-anonymizer/anonymizer/internal/store/storetest"
)

// benchBatch makes batch number n of size messages: conversations of 10
// messages, every other one a bot message with an intent, message ids from
// newID and conversation ids from newConv.
func benchBatch(n, size int, newID, newConv func(i int) string) []store.Message {
	base := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	msgs := make([]store.Message, size)
	for i := range msgs {
		k := n*size + i
		conv := newConv(k / 10)
		role, intent := "user", ""
		if k%2 == 1 {
			role, intent = "bot", [...]string{"opening_hours", "parking", "tax", "school"}[k%4/2+k%3]
		}
		msgs[i] = store.Message{
			ID:              newID(k),
			ConversationID:  conv,
			Tenant:          [...]string{"oslo", "bergen", "helsinki"}[k/10%3],
			KeyHash:         storetest.KeyHash("key-" + conv),
			Role:            role,
			SentAt:          base.Add(time.Duration(k) * 10 * time.Millisecond),
			Text:            "Hei, jeg lurer på når biblioteket på <PLACE> åpner, og om jeg kan ringe <PHONE>?",
			Intent:          intent,
			Lang:            "nb",
			Platform:        "mobile",
			Browser:         "Safari 17",
			IPHash:          "0123456789abcdef0123456789abcdef",
			DetectorVersion: "v1",
			Masks:           map[string]int{"PHONE": 1, "PLACE": 1},
		}
	}
	return msgs
}

// BenchmarkWriteBatch measures WriteBatch with 500-message batches; the
// rows/s metric is the figure for benchmarks/README.md.
func BenchmarkWriteBatch(b *testing.B) {
	const size = 500
	seq := func(prefix string) func(int) string {
		return func(i int) string { return fmt.Sprintf("%s-%012d", prefix, i) }
	}
	v7 := func(int) string { return uuid.Must(uuid.NewV7()).String() }
	v4 := func(int) string { return uuid.NewString() }
	// sameFor gives one id per argument: conversation i keeps its id.
	sameFor := func(gen func(int) string) func(int) string {
		last, id := -1, ""
		return func(i int) string {
			if i != last {
				last, id = i, gen(i)
			}
			return id
		}
	}
	for _, ids := range []struct {
		name           string
		newID, newConv func(i int) string
	}{
		{"time-ordered-ids", seq("msg"), seq("conv")},
		{"uuidv7-ids", v7, sameFor(v7)},
		{"uuidv4-ids", v4, sameFor(v4)},
	} {
		b.Run(ids.name, func(b *testing.B) {
			s := openTemp(b)
			ctx := context.Background()
			// Pre-build the batches so that only WriteBatch is timed.
			batches := make([][]store.Message, 0, b.N)
			n := 0
			b.ReportAllocs()
			cpu0 := cpuTime()
			b.ResetTimer()
			for b.Loop() {
				b.StopTimer()
				batches = append(batches[:0], benchBatch(n, size, ids.newID, ids.newConv))
				n++
				b.StartTimer()
				r, err := s.WriteBatch(ctx, batches[0])
				if err != nil {
					b.Fatal(err)
				}
				if r.Stored != size {
					b.Fatalf("stored %d of %d", r.Stored, size)
				}
			}
			b.ReportMetric(float64(n*size)/b.Elapsed().Seconds(), "rows/s")
			// On a shared machine the wall clock measures the neighbours;
			// rows per CPU-second of this process measures the store.
			b.ReportMetric(float64(n*size)/(cpuTime()-cpu0).Seconds(), "rows/cpu-s")
		})
	}
}

// cpuTime is the user and system CPU time of this process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkRead measures the citizen's export (Conversation) and the
// operator's Logs page on a store of 100,000 messages.
func BenchmarkRead(b *testing.B) {
	const size, batches = 500, 200
	s := openTemp(b)
	ctx := context.Background()
	seq := func(prefix string) func(int) string {
		return func(i int) string { return fmt.Sprintf("%s-%012d", prefix, i) }
	}
	for n := range batches {
		if _, err := s.WriteBatch(ctx, benchBatch(n, size, seq("msg"), seq("conv"))); err != nil {
			b.Fatal(err)
		}
	}
	base := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	now := base.Add(24 * time.Hour)
	b.Run("Conversation", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			conv := fmt.Sprintf("conv-%012d", (i*7919)%(size*batches/10))
			i++
			c, err := s.Conversation(ctx, conv, storetest.KeyHash("key-"+conv), now, storetest.Retention)
			if err != nil || len(c.Messages) != 10 {
				b.Fatalf("Conversation(%s) = %d messages, %v", conv, len(c.Messages), err)
			}
		}
	})
	b.Run("Logs-1000", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			logs, err := s.Logs(ctx, store.LogQuery{Tenant: "oslo", From: base, To: now, Limit: 1000, Now: now, Retention: storetest.Retention})
			if err != nil || len(logs) != 1000 {
				b.Fatalf("Logs = %d rows, %v", len(logs), err)
			}
		}
	})
}
