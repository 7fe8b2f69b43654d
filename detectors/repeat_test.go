package detectors

import (
	"os"
	"reflect"
	"runtime"
	"strconv"
	"testing"
)

// TestEngineRepeatable checks that a message gets the same spans whatever
// the engine saw before it: the second pass over the benchmark messages
// runs with the word caches warm and the Texts pooled, and must agree with
// the first. benchmarks/instructions.sh counts the instructions of that
// pass (repeatLoop) with DETECTORS_REPEAT=2000 messages under callgrind.
func TestEngineRepeatable(t *testing.T) {
	e := defaultEngine(t)
	msgs := genMessages(benchMessages)
	first := make([][]Span, len(msgs))
	for i, m := range msgs {
		first[i] = e.Detect(m.text, m.lang)
	}
	n := len(msgs)
	if s := os.Getenv("DETECTORS_REPEAT"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil || n < 1 {
			t.Fatalf("DETECTORS_REPEAT=%q: want a positive count", s)
		}
	}
	// Construction's garbage collected and swept first, so no background
	// work of the runtime lands in the counted pass.
	runtime.GC()
	runtime.GC()
	for i, got := range repeatLoop(e, msgs, n) {
		if want := first[i%len(msgs)]; !reflect.DeepEqual(got, want) {
			t.Fatalf("message %d: second pass %v, first %v", i%len(msgs), got, want)
		}
	}
}

//go:noinline
func repeatLoop(e *Engine, msgs []struct{ text, lang string }, n int) [][]Span {
	out := make([][]Span, n)
	for i := range out {
		m := msgs[i%len(msgs)]
		out[i] = e.Detect(m.text, m.lang)
	}
	return out
}
