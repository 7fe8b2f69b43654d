package detectors

import (
	"os"
	"syscall"
	"testing"
	"time"
)

// TestEngineCPUThroughput measures Detect by process CPU time rather than
// wall time, which on a shared, overloaded machine says more about the cost
// per core than BenchmarkEngine. Run with ENGINE_CPU=1 and -v.
func TestEngineCPUThroughput(t *testing.T) {
	if os.Getenv("ENGINE_CPU") == "" {
		t.Skip("set ENGINE_CPU=1 to measure")
	}
	e := defaultEngine(t)
	msgs := genMessages(benchMessages)
	cpu := func() time.Duration {
		var ru syscall.Rusage
		if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
			t.Fatal(err)
		}
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	for _, m := range msgs { // warm up
		e.Detect(m.text, m.lang)
	}
	const rounds = 10
	bytes := 0
	c0, w0 := cpu(), time.Now()
	for range rounds {
		for _, m := range msgs {
			e.Detect(m.text, m.lang)
			bytes += len(m.text)
		}
	}
	c, w := cpu()-c0, time.Since(w0)
	n := rounds * len(msgs)
	t.Logf("%d messages, %d bytes: CPU %v (%.0f ns/msg, %.2f MB/s per core); wall %v (%.2f MB/s)",
		n, bytes, c, float64(c.Nanoseconds())/float64(n), float64(bytes)/c.Seconds()/1e6, w, float64(bytes)/w.Seconds()/1e6)
}
