package detectors

import "testing"

func newHealthT(tb testing.TB) *HealthDetector {
	tb.Helper()
	h, err := NewHealth()
	if err != nil {
		tb.Fatal(err)
	}
	return h
}

// BenchmarkHealth measures the HEALTH detector alone on generated chat
// messages (tokenizing excluded); one op is one message.
func BenchmarkHealth(b *testing.B) { benchOne(b, newHealthT(b)) }

// BenchmarkNewHealth measures loading and compiling the HEALTH word lists.
func BenchmarkNewHealth(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		newHealthT(b)
	}
}
