package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/nordic-anonymizer/anonymizer/detectors"
)

// benchBodies makes n valid bodies of generated chat text with sensitive data.
func benchBodies(n int) [][]byte {
	texts := []string{
		"Hei, jeg bor i Storgata %d og telefonnummeret mitt er 412 34 %03d.",
		"Kan dere sende svaret til bruker%d@example.no? Jeg har diabetes.",
		"Fødselsnummeret til sønnen min er 0101901%04d.",
		"Når blir søpla hentet? Vi har fått ny dunk nummer %d.",
	}
	out := make([][]byte, n)
	for i := range out {
		m := validBody()
		m["id"] = fmt.Sprintf("bench-%08d", i)
		m["text"] = fmt.Sprintf(texts[i%len(texts)], i%1000, i%1000)
		out[i], _ = json.Marshal(m)
	}
	return out
}

func BenchmarkDecode(b *testing.B) {
	bodies := benchBodies(1000)
	size := 0
	for _, x := range bodies {
		size += len(x)
	}
	b.SetBytes(int64(size / len(bodies)))
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := Decode(DefaultSubjectPrefix, "chat.messages.grimstad", bodies[i%len(bodies)]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildBatch is the CPU work of one batch of 500 without NATS or
// the store: decode, mask (parallel), hash the IP, reduce the UA.
func BenchmarkBuildBatch(b *testing.B) {
	eng, err := detectors.NewEngine()
	if err != nil {
		b.Fatal(err)
	}
	w := &Worker{cfg: Config{Masker: eng, IPHasher: newTestHasher(), UserAgent: testUAParser, Parallelism: runtime.GOMAXPROCS(0)}}
	bodies := benchBodies(500)
	b.ReportAllocs()
	start := time.Now()
	for b.Loop() {
		items := make([]item, len(bodies))
		for i, body := range bodies {
			in, err := Decode(DefaultSubjectPrefix, "chat.messages.grimstad", body)
			if err != nil {
				b.Fatal(err)
			}
			items[i].in = in
		}
		w.maskAll(items)
	}
	b.ReportMetric(float64(b.N*len(bodies))/time.Since(start).Seconds(), "msgs/s")
}

// BenchmarkWorker is the whole ingest path in one process: embedded NATS
// (encrypted file store), the real engine, SQLite in a temp dir. It
// publishes b.N messages up front and times until all are stored; run it
// with -cpuprofile to see where a message's time goes.
func BenchmarkWorker(b *testing.B) {
	h := newHarness(b, "")
	h.setup()
	bodies := benchBodies(b.N)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	for i, body := range bodies {
		if _, err := h.js.PublishAsync(h.subject("grimstad"), body, jetstream.WithMsgID(fmt.Sprintf("bench-%08d", i)), jetstream.WithStallWait(time.Minute)); err != nil {
			b.Fatal(err)
		}
	}
	select {
	case <-h.js.PublishAsyncComplete():
	case <-ctx.Done():
		b.Fatal("publish acks")
	}
	b.ResetTimer()
	stop := h.start(nil)
	for counterValue(h.metrics.Processed.WithLabelValues("grimstad")) < float64(b.N) {
		if ctx.Err() != nil {
			b.Fatal("not all stored")
		}
		time.Sleep(time.Millisecond)
	}
	b.StopTimer()
	if err := stop(); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
}
