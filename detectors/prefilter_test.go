package detectors

import (
	"math/rand"
	"strings"
	"testing"
)

type kwDet struct {
	name string
	kws  []string
}

func (d kwDet) Name() string        { return d.name }
func (d kwDet) Keywords() []string  { return d.kws }
func (d kwDet) Detect(*Text) []Span { return nil }

// naiveWake is the obvious meaning of the prefilter.
func naiveWake(dets []kwDet, lower string) uint64 {
	var w uint64
	for i, d := range dets {
		if d.kws == nil {
			w |= 1 << i
		}
		for _, k := range d.kws {
			if k != "" && strings.Contains(lower, k) {
				w |= 1 << i
			}
		}
	}
	return w
}

func randWord(r *rand.Rand, alpha []string, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(alpha[r.Intn(len(alpha))])
	}
	return b.String()
}

func TestPrefilterMatchesNaive(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	alpha := []string{"a", "b", "e", "r", "ø", "å", " ", "-", "s"}
	for round := range 200 {
		nd := 1 + r.Intn(6)
		dets := make([]kwDet, nd)
		ds := make([]Detector, nd)
		for i := range dets {
			dets[i].name = string(rune('a' + i))
			if r.Intn(5) > 0 {
				dets[i].kws = []string{}
				for range 1 + r.Intn(8) {
					dets[i].kws = append(dets[i].kws, randWord(r, alpha, 1+r.Intn(4)))
				}
			}
			ds[i] = dets[i]
		}
		p, err := newPrefilter(ds)
		if err != nil {
			t.Fatal(err)
		}
		// Same keywords through the library fallback.
		pl, _ := newPrefilter(ds)
		if pl.dense != nil {
			pl.lib = nil
			forceLibrary(t, pl, ds)
		}
		for range 20 {
			text := randWord(r, alpha, r.Intn(30))
			want := naiveWake(dets, text)
			if got := p.wake(text); got != want {
				t.Fatalf("round %d dense: wake(%q) = %b, want %b (dets %+v)", round, text, got, want, dets)
			}
			if got := pl.wake(text); got != want {
				t.Fatalf("round %d library: wake(%q) = %b, want %b (dets %+v)", round, text, got, want, dets)
			}
		}
	}
}

// forceLibrary rebuilds p on the library automaton.
func forceLibrary(t *testing.T, p *prefilter, ds []Detector) {
	t.Helper()
	saved := maxACCellsVar
	maxACCellsVar = 0
	defer func() { maxACCellsVar = saved }()
	q, err := newPrefilter(ds)
	if err != nil {
		t.Fatal(err)
	}
	if q.lib == nil && q.all != q.always {
		t.Fatal("library fallback not built")
	}
	*p = *q
}

func TestPrefilterTooManyDetectors(t *testing.T) {
	ds := make([]Detector, maxDetectors+1)
	for i := range ds {
		ds[i] = kwDet{name: string(rune(0x100 + i))}
	}
	if _, err := newPrefilter(ds); err == nil {
		t.Error("65 detectors accepted")
	}
}

// BenchmarkPrefilter compares the dense automaton and the library on 5,000
// generated keywords.
func BenchmarkPrefilter(b *testing.B) {
	r := rand.New(rand.NewSource(3))
	alpha := strings.Split("abcdefghijklmnoprstuvyæøå", "")
	var ds []Detector
	for i := range 8 {
		d := kwDet{name: string(rune('a' + i)), kws: []string{}}
		for range 625 {
			d.kws = append(d.kws, randWord(r, alpha, 5+r.Intn(6)))
		}
		ds = append(ds, d)
	}
	msgs := genMessages(benchMessages)
	avg := 0
	for _, m := range msgs {
		avg += len(m.text)
	}
	avg /= len(msgs)
	lows := make([]string, len(msgs))
	for i, m := range msgs {
		lows[i] = lowerSameLen(m.text)
	}
	dense, err := newPrefilter(ds)
	if err != nil {
		b.Fatal(err)
	}
	lib := &prefilter{}
	*lib = *dense
	saved := maxACCellsVar
	maxACCellsVar = 0
	q, _ := newPrefilter(ds)
	maxACCellsVar = saved
	*lib = *q
	for _, c := range []struct {
		name string
		p    *prefilter
	}{{"dense", dense}, {"library", lib}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(avg))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				c.p.wake(lows[i%len(lows)])
			}
		})
	}
}
