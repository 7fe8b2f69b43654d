package detectors

import "testing"

// benchOne measures d.Detect alone on prepared texts of generated chat
// messages (tokenizing excluded); one op is one message.
func benchOne(b *testing.B, d Detector) {
	msgs := genMessages(benchMessages)
	texts := make([]*Text, len(msgs))
	total := 0
	for i, m := range msgs {
		texts[i] = NewText(m.text, m.lang)
		texts[i].Folded(0) // fold once, as the engine's context pass would
		total += len(m.text)
	}
	b.SetBytes(int64(total / len(msgs)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.Detect(texts[i%len(texts)])
	}
}

func BenchmarkGender(b *testing.B)      { benchOne(b, newGenderT(b)) }
func BenchmarkOrientation(b *testing.B) { benchOne(b, newOrientationT(b)) }
func BenchmarkPolitics(b *testing.B)    { benchOne(b, newPoliticsT(b)) }

// BenchmarkNewGenderPolitics measures loading the three detectors' word lists.
func BenchmarkNewGenderPolitics(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		newGenderT(b)
		newOrientationT(b)
		newPoliticsT(b)
	}
}
