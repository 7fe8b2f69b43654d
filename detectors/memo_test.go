package detectors

import (
	"fmt"
	"sync"
	"testing"
)

func TestWordMemo(t *testing.T) {
	m := newWordMemo[int](2) // four slots: words evict each other
	if _, _, ok := m.get("hoste"); ok {
		t.Fatal("empty memo hit")
	}
	_, sum, _ := m.get("hoste")
	m.put(sum, 7)
	if v, _, ok := m.get("hoste"); !ok || v != 7 {
		t.Fatalf("get after put = %d, %v", v, ok)
	}
	if _, _, ok := m.get("host"); ok {
		t.Fatal("another word hit")
	}
	// Fill every slot with other words: "hoste" is evicted, never confused.
	for i := 0; i < 64; i++ {
		w := fmt.Sprintf("ord%d", i)
		_, s, _ := m.get(w)
		m.put(s, -i)
	}
	for i := 0; i < 64; i++ {
		w := fmt.Sprintf("ord%d", i)
		if v, _, ok := m.get(w); ok && v != -i {
			t.Fatalf("%s cached as %d", w, v)
		}
	}
}

// TestWordMemoPair checks that two words whose hashes name one slot are
// both kept, in the two slots of its pair, and a third evicts the older.
func TestWordMemoPair(t *testing.T) {
	m := newWordMemo[int](2)
	var ws []string
	var sums []uint64
	for i := 0; len(ws) < 3; i++ {
		w := fmt.Sprintf("ord%d", i)
		if s := wordSum(w); len(sums) == 0 || s&m.mask == sums[0]&m.mask {
			ws, sums = append(ws, w), append(sums, s)
		}
	}
	m.put(sums[0], 0)
	m.put(sums[1], 1)
	for k := range 2 {
		if v, _, ok := m.get(ws[k]); !ok || v != k {
			t.Fatalf("%s: got %d, %v; want %d", ws[k], v, ok, k)
		}
	}
	m.put(sums[2], 2)
	if _, _, ok := m.get(ws[0]); ok {
		t.Errorf("%s kept beside two newer words", ws[0])
	}
	for k := 1; k < 3; k++ {
		if v, _, ok := m.get(ws[k]); !ok || v != k {
			t.Fatalf("%s: got %d, %v; want %d", ws[k], v, ok, k)
		}
		p := m.lookupRef(sums[k])
		if p == nil {
			p = m.lookupRefOther(sums[k])
		}
		if p == nil || *p != k {
			t.Fatalf("%s: lookupRef %v", ws[k], p)
		}
	}
}

// TestWordMemoConcurrent runs get and put from many goroutines (meant for
// the race detector) and checks that a hit is always the word's own value.
func TestWordMemoConcurrent(t *testing.T) {
	m := newWordMemo[string](6)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 2000; i++ {
				w := fmt.Sprintf("w%d", (i*7+g)%300)
				if v, sum, ok := m.get(w); !ok {
					m.put(sum, w)
				} else if v != w {
					t.Errorf("%s cached as %s", w, v)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// TestMemoSameSpans checks that the word caches change no finding: a
// detector whose cache is emptied before each message and one warmed on
// other text agree.
func TestMemoSameSpans(t *testing.T) {
	h, err := NewHealth()
	if err != nil {
		t.Fatal(err)
	}
	g, err := NewGender()
	if err != nil {
		t.Fatal(err)
	}
	p, err := NewPolitics()
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []struct {
		det   Detector
		empty func()
	}{
		{h, func() { h.looked = newWordMemo[healthWord](healthMemoBits) }},
		{g, func() {
			g.looked = [2]*wordMemo[gLook]{newWordMemo[gLook](genderMemoBits), newWordMemo[gLook](genderMemoBits)}
		}},
		{p, func() { p.looked = newWordMemo[uint8](politicsMemoBits) }},
	} {
		var warm []string
		for _, m := range genMessages(300) {
			warm = append(warm, fmt.Sprint(d.det.Detect(NewText(m.text, m.lang))))
		}
		for i, m := range genMessages(300) {
			d.empty()
			if cold := fmt.Sprint(d.det.Detect(NewText(m.text, m.lang))); cold != warm[i] {
				t.Fatalf("%s %q: cold %s, warm %s", d.det.Name(), m.text, cold, warm[i])
			}
		}
	}
}

// TestWordSumDistinct checks that wordSum tells apart words that differ in
// one byte or in length, through every length of its short-word path and
// into maphash's.
func TestWordSumDistinct(t *testing.T) {
	seen := make(map[uint64]string)
	add := func(w string) {
		s := wordSum(w)
		if o, ok := seen[s]; ok && o != w {
			t.Fatalf("wordSum(%q) == wordSum(%q)", w, o)
		}
		seen[s] = w
	}
	base := "abcdefghijklmnopqrst" // 20 bytes
	for n := 1; n <= len(base); n++ {
		for i := 0; i < n; i++ {
			for _, c := range []byte("aeøz09") {
				b := []byte(base[:n])
				b[i] = c
				add(string(b))
			}
		}
	}
	for a := 'a'; a <= 'z'; a++ {
		for b := 'a'; b <= 'z'; b++ {
			add(string([]rune{a, b}))
			for c := 'a'; c <= 'z'; c++ {
				add(string([]rune{a, b, c}))
			}
		}
	}
}
