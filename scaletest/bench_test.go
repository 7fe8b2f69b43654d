package scaletest

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/nordic-anonymizer/anonymizer/detectors"
	"github.com/nordic-anonymizer/anonymizer/internal/natsembed"
	"github.com/nordic-anonymizer/anonymizer/internal/store"
	"github.com/nordic-anonymizer/anonymizer/internal/store/postgres/pgtest"
	"github.com/nordic-anonymizer/anonymizer/pipeline"
)

// benchMessages is the backlog each BenchmarkEndToEnd op drains.
const benchMessages = 50_000

// BenchmarkEndToEnd measures the capacity of 1 and 2 pipeline workers on
// PostgreSQL: a backlog of benchMessages is published to an embedded NATS
// server first, then the workers start (real detector engine, one
// PostgreSQL pool each) and the clock runs until the last message is
// committed. msgs/s is decode + mask + store + ack throughput, with the
// full detector engine (shared by the workers, as it is safe for concurrent
// use).
//
//	ANONYMIZER_TEST_POSTGRES=postgres://postgres@127.0.0.1:5432/test?sslmode=disable \
//	  go test -run XXX -bench EndToEnd -benchtime 1x ./scaletest/
func BenchmarkEndToEnd(b *testing.B) {
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("postgres/workers=%d", workers), func(b *testing.B) {
			var cs countingStores
			wrap = cs.wrap
			defer func() { wrap = nil }()
			var total time.Duration
			for range b.N {
				total += drainOnce(b, workers)
			}
			b.ReportMetric(float64(b.N*benchMessages)/total.Seconds(), "msgs/s")
			batches, msgs, took := cs.totals()
			b.ReportMetric(float64(msgs)/float64(batches), "msgs/batch")
			b.ReportMetric(float64(took.Milliseconds())/float64(batches), "ms/WriteBatch")
		})
	}
}

func drainOnce(b *testing.B, workers int) time.Duration {
	b.StopTimer()
	dsn := pgtest.DSN(b)
	ns, err := natsembed.Start(natsembed.Options{Listen: "127.0.0.1:-1", StoreDir: b.TempDir()})
	if err != nil {
		b.Fatal(err)
	}
	defer ns.Shutdown()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	urls := []string{ns.ClientURL()}
	admin := connect(b, urls, "admin")
	js, err := jetstream.New(admin)
	if err != nil {
		b.Fatal(err)
	}
	n := names{stream: pipeline.DefaultStream, prefix: pipeline.DefaultSubjectPrefix, rejected: pipeline.DefaultRejectedPrefix, consumer: pipeline.DefaultConsumer}
	st := createStream(ctx, b, js, pipeline.StreamConfig(n.stream, n.prefix))
	waitConsumer(ctx, b, st, n.consumer)
	if err := publish(ctx, connect(b, urls, "publisher"), n.prefix, benchMessages); err != nil {
		b.Fatal(err)
	}
	db, err := pgxpool.New(ctx, dsn)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()

	engine, err := detectors.NewEngine()
	if err != nil {
		b.Fatal(err)
	}
	b.StartTimer()
	start := time.Now()
	ws := make([]*runningWorker, workers)
	for i := range ws {
		ws[i] = startWorker(ctx, b, urls, dsn, n, fmt.Sprintf("w%d", i), engine)
	}
	waitStored(ctx, b, db, benchMessages)
	elapsed := time.Since(start)
	b.StopTimer()
	for _, w := range ws {
		w.stop(b)
	}
	return elapsed
}

// countingStores counts the WriteBatch calls of every worker: the batch
// size the pipeline achieves and the time the store takes per batch.
type countingStores struct {
	mu      sync.Mutex
	batches int
	msgs    int
	took    time.Duration
}

func (c *countingStores) wrap(s store.Store) store.Store { return &countingStore{Store: s, c: c} }

func (c *countingStores) totals() (int, int, time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return max(c.batches, 1), c.msgs, c.took
}

type countingStore struct {
	store.Store
	c *countingStores
}

func (s *countingStore) WriteBatch(ctx context.Context, msgs []store.Message) (store.WriteResult, error) {
	start := time.Now()
	r, err := s.Store.WriteBatch(ctx, msgs)
	s.c.mu.Lock()
	s.c.batches++
	s.c.msgs += len(msgs)
	s.c.took += time.Since(start)
	s.c.mu.Unlock()
	return r, err
}
