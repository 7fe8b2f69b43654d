package postgres

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nordic-anonymizer/anonymizer/internal/store"
	"github.com/nordic-anonymizer/anonymizer/internal/store/postgres/pgtest"
)

// benchBatch builds batch number n of size messages: conversations of ten
// messages, user and bot alternating, every bot message with an intent,
// sent one millisecond apart (time-ordered, like live traffic).
func benchBatch(n, size int, base time.Time) []store.Message {
	batch := make([]store.Message, size)
	for j := range batch {
		i := n*size + j
		conv := fmt.Sprintf("bench-c-%08d", i/10)
		m := store.Message{
			ID: fmt.Sprintf("bench-m-%010d", i), ConversationID: conv, Tenant: "grimstad",
			KeyHash: keyHash("key-" + conv), Role: "user", SentAt: base.Add(time.Duration(i) * time.Millisecond),
			Text: "Hei, jeg bor i [LOCATION] og lurer på om jeg kan få hjelp med [HEALTH] fra kommunen?",
			Lang: "nb", Platform: "mobile", Browser: "Safari 17", IPHash: "9f86d081884c7d659a2feaa0c55ad015",
			DetectorVersion: "v1", Masks: map[string]int{"LOCATION": 1, "HEALTH": 1},
		}
		if j%2 == 1 {
			m.Role, m.Intent, m.Text, m.Masks = "bot", "helse", "Du kan kontakte helsestasjonen på telefon [NUMBER].", map[string]int{"NUMBER": 1}
		}
		batch[j] = m
	}
	return batch
}

// BenchmarkWriteBatch writes 500-message batches; "workers" pools write
// concurrently, as that many worker processes would. history=21d first
// stores 21 days of 10,000 messages each (and analyzes them), so that the
// id look-up meets a full set of partitions, as in production.
func BenchmarkWriteBatch(b *testing.B) {
	for _, bc := range []struct {
		workers int
		history bool
	}{{1, false}, {2, false}, {1, true}} {
		name := fmt.Sprintf("batch=500/workers=%d", bc.workers)
		if bc.history {
			name += "/history=21d"
		}
		workers := bc.workers
		b.Run(name, func(b *testing.B) {
			if bc.history && testing.Short() {
				b.Skip("history=21d fills 210,000 rows first; skipped with -short")
			}
			dsn := pgtest.DSN(b)
			ctx := context.Background()
			stores := make([]*Store, workers)
			for i := range stores {
				s, err := Open(ctx, dsn)
				if err != nil {
					b.Fatal(err)
				}
				defer s.Close()
				stores[i] = s
			}
			const size = 500
			if bc.history {
				old := time.Now().UTC().Add(-21 * 24 * time.Hour)
				for n := range 420 { // 20 batches a day
					at := old.Add(time.Duration(n) * 72 * time.Minute)
					if _, err := stores[0].WriteBatch(ctx, benchBatch(1_000_000+n, size, at)); err != nil {
						b.Fatal(err)
					}
				}
				if _, err := stores[0].pool.Exec(ctx, `ANALYZE`); err != nil {
					b.Fatal(err)
				}
			}
			base := time.Now().UTC().Add(-time.Hour)
			var lsn string
			if err := stores[0].pool.QueryRow(ctx, `SELECT pg_current_wal_lsn()::text`).Scan(&lsn); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			b.ResetTimer()
			var next atomic.Int64
			var wg sync.WaitGroup
			start := time.Now()
			for _, s := range stores {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for {
						n := next.Add(1) - 1
						if n >= int64(b.N) {
							return
						}
						res, err := s.WriteBatch(ctx, benchBatch(int(n), size, base))
						if err != nil {
							b.Error(err)
							return
						}
						if res.Stored != size {
							b.Errorf("stored %d of %d", res.Stored, size)
							return
						}
					}
				}()
			}
			wg.Wait()
			b.ReportMetric(float64(b.N*size)/time.Since(start).Seconds(), "msgs/s")
			b.StopTimer()
			var walBytes float64
			if err := stores[0].pool.QueryRow(ctx, `SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), $1::pg_lsn)`, lsn).Scan(&walBytes); err != nil {
				b.Fatal(err)
			}
			// The WAL of the whole server: other databases' writes count too.
			b.ReportMetric(walBytes/float64(b.N*size), "WAL-bytes/msg")
		})
	}
}

// BenchmarkRetention compares the two ways to remove one expired day of
// rows: DELETE row by row (what an unpartitioned table needs) and dropping
// the day's partition (what Sweep does). Rows per day: 100,000.
func BenchmarkRetention(b *testing.B) {
	const rows = 100_000
	day := time.Date(2026, 1, 10, 0, 0, 0, 0, time.UTC)
	fill := func(b *testing.B) *Store {
		b.Helper()
		s, err := Open(context.Background(), pgtest.DSN(b))
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { s.Close() })
		for n := range rows / 500 {
			if _, err := s.WriteBatch(context.Background(), benchBatch(n, 500, day)); err != nil {
				b.Fatal(err)
			}
		}
		return s
	}
	// wal is the bytes of write-ahead log written since lsn.
	wal := func(b *testing.B, s *Store, lsn *string) float64 {
		var bytes float64
		if err := s.pool.QueryRow(context.Background(), `SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), $1::pg_lsn)`, *lsn).Scan(&bytes); err != nil {
			b.Fatal(err)
		}
		return bytes
	}
	mark := func(b *testing.B, s *Store) string {
		var lsn string
		if err := s.pool.QueryRow(context.Background(), `SELECT pg_current_wal_lsn()::text`).Scan(&lsn); err != nil {
			b.Fatal(err)
		}
		return lsn
	}
	b.Run("delete-rows", func(b *testing.B) {
		var walBytes float64
		for range b.N {
			b.StopTimer()
			s := fill(b)
			lsn := mark(b, s)
			b.StartTimer()
			n, err := s.deleteBatches(context.Background(), `DELETE FROM messages WHERE ctid = ANY(ARRAY(
				SELECT ctid FROM messages_p20260110 WHERE sent_at < $1 LIMIT 5000))`, day.Add(24*time.Hour))
			if err != nil || n != rows {
				b.Fatalf("deleted %d, %v", n, err)
			}
			b.StopTimer()
			walBytes += wal(b, s, &lsn)
			b.StartTimer()
		}
		b.ReportMetric(float64(rows), "rows/op")
		b.ReportMetric(walBytes/float64(b.N), "WAL-bytes/op")
	})
	b.Run("drop-partition", func(b *testing.B) {
		var walBytes float64
		for range b.N {
			b.StopTimer()
			s := fill(b)
			lsn := mark(b, s)
			b.StartTimer()
			n, err := s.dropPartition(context.Background(), partitionInfo{name: partitionName(dayOf(day)), day: dayOf(day)})
			if err != nil || n != rows {
				b.Fatalf("dropped %d, %v", n, err)
			}
			b.StopTimer()
			walBytes += wal(b, s, &lsn)
			b.StartTimer()
		}
		b.ReportMetric(float64(rows), "rows/op")
		b.ReportMetric(walBytes/float64(b.N), "WAL-bytes/op")
	})
}
