package detectors

import "testing"

// benchDetector measures one detector on the generated chat messages of
// bench_test.go: on prepared texts, and with the text preparation
// (tokenizing, folding) included.
func benchDetector(b *testing.B, d Detector) {
	msgs := genMessages(benchMessages)
	texts := make([]*Text, len(msgs))
	total := 0
	for i, m := range msgs {
		texts[i] = NewText(m.text, m.lang)
		total += len(m.text)
	}
	avg := int64(total / len(msgs))
	b.Run("prepared", func(b *testing.B) {
		b.SetBytes(avg)
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			d.Detect(texts[i%len(texts)])
		}
	})
	b.Run("with-text", func(b *testing.B) {
		b.SetBytes(avg)
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			m := msgs[i%len(msgs)]
			d.Detect(NewText(m.text, m.lang))
		}
	})
}

func BenchmarkLocation(b *testing.B) { benchDetector(b, newLocationT(b)) }

func BenchmarkPerson(b *testing.B) { benchDetector(b, newPersonT(b)) }

// BenchmarkNewLocationPerson measures building both detectors from the
// embedded lists, the name lists included (not the process-wide cache).
func BenchmarkNewLocationPerson(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		nl, err := buildNames()
		if err != nil {
			b.Fatal(err)
		}
		if _, err := newLocation(nl); err != nil {
			b.Fatal(err)
		}
		if _, err := newPerson(nl); err != nil {
			b.Fatal(err)
		}
	}
}
