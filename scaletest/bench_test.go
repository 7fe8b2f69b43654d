package scaletest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/nordic-anonymizer/anonymizer/detectors"
	"github.com/nordic-anonymizer/anonymizer/internal/natsembed"
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
			var total time.Duration
			for range b.N {
				total += drainOnce(b, workers)
			}
			b.ReportMetric(float64(b.N*benchMessages)/total.Seconds(), "msgs/s")
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
