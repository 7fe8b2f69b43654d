package ipmask

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
)

// clock is a settable fake clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time  { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) set(t time.Time) { c.mu.Lock(); c.t = t; c.mu.Unlock() }

func mustHash(t *testing.T, h *Hasher, ip string) string {
	t.Helper()
	s, err := h.Hash(ip)
	if err != nil {
		t.Fatalf("Hash(%q): %v", ip, err)
	}
	return s
}

func TestHashSameDay(t *testing.T) {
	c := &clock{t: time.Date(2026, 11, 22, 0, 0, 1, 0, time.UTC)}
	h := New(c.now)
	a := mustHash(t, h, "203.0.113.7")
	if len(a) != HashLen || strings.Trim(a, "0123456789abcdef") != "" {
		t.Fatalf("hash %q is not %d hex characters", a, HashLen)
	}
	c.set(time.Date(2026, 11, 22, 23, 59, 59, 0, time.UTC))
	if b := mustHash(t, h, "203.0.113.7"); b != a {
		t.Errorf("same IP same day: %q != %q", b, a)
	}
	if b := mustHash(t, h, "203.0.113.8"); b == a {
		t.Errorf("other IP gave the same hash")
	}
	// The day is the UTC day, whatever the zone of the clock.
	hel := time.FixedZone("EET", 2*3600)
	c.set(time.Date(2026, 11, 23, 1, 0, 0, 0, hel)) // 22 Nov 23:00 UTC
	if b := mustHash(t, h, "203.0.113.7"); b != a {
		t.Errorf("same UTC day in another zone: hash changed")
	}
}

func TestHashNextDay(t *testing.T) {
	c := &clock{t: time.Date(2026, 11, 22, 23, 59, 59, 0, time.UTC)}
	h := New(c.now)
	a := mustHash(t, h, "2001:db8::1")
	c.set(time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC))
	b := mustHash(t, h, "2001:db8::1")
	if a == b {
		t.Errorf("next day gave the same hash")
	}
	if c2 := mustHash(t, h, "2001:db8::1"); c2 != b {
		t.Errorf("same IP, same new day: %q != %q", c2, b)
	}
}

func TestHashNormalises(t *testing.T) {
	h := New(nil)
	tests := []struct {
		name, a, b string
		same       bool
	}{
		{"v4-mapped v6 is v4", "::ffff:192.0.2.1", "192.0.2.1", true},
		{"v4-mapped hex form", "::ffff:c000:201", "192.0.2.1", true},
		{"zone dropped", "fe80::1%eth0", "fe80::1", true},
		{"v6 spellings", "2001:DB8:0:0::1", "2001:db8::1", true},
		{"different v4", "192.0.2.1", "192.0.2.2", false},
		{"v4-compatible is not v4-mapped", "::192.0.2.1", "192.0.2.1", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := mustHash(t, h, tt.a), mustHash(t, h, tt.b)
			if (a == b) != tt.same {
				t.Errorf("Hash(%q) == Hash(%q) is %v, want %v", tt.a, tt.b, a == b, tt.same)
			}
		})
	}
}

func TestHashInvalid(t *testing.T) {
	h := New(nil)
	for _, ip := range []string{"", "not-an-ip", "203.0.113.7:443", "999.1.1.1", "[::1]", "203.0.113.07", " 203.0.113.7"} {
		t.Run(ip, func(t *testing.T) {
			s, err := h.Hash(ip)
			if !errors.Is(err, ErrInvalidIP) || s != "" {
				t.Fatalf("Hash(%q) = %q, %v; want ErrInvalidIP", ip, s, err)
			}
			if ip != "" && strings.Contains(err.Error(), ip) {
				t.Errorf("error %q contains the input", err)
			}
		})
	}
}

func TestKeyNotExposed(t *testing.T) {
	h := New(nil)
	mustHash(t, h, "203.0.113.7")
	key := fmt.Sprintf("%x", h.key)
	for _, format := range []string{"%v", "%+v", "%#v", "%s"} {
		out := fmt.Sprintf(format, h)
		if strings.Contains(out, key) || strings.Contains(out, fmt.Sprint(h.key)) {
			t.Errorf("%s of Hasher leaks the key: %s", format, out)
		}
	}
	typ := reflect.TypeOf(Hasher{})
	for i := range typ.NumField() {
		if typ.Field(i).IsExported() {
			t.Errorf("exported field %s", typ.Field(i).Name)
		}
	}
}

func TestHashConcurrentDayChange(t *testing.T) {
	c := &clock{t: time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)}
	h := New(c.now)
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				if g == 0 && i%50 == 0 {
					c.set(c.now().Add(24 * time.Hour))
				}
				mustHash(t, h, "198.51.100.1")
			}
		}()
	}
	wg.Wait()
}

func BenchmarkHash(b *testing.B) {
	h := New(nil)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := h.Hash("203.0.113.7"); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzHash(f *testing.F) {
	f.Add("203.0.113.7")
	f.Add("::ffff:192.0.2.1")
	f.Add("fe80::1%eth0")
	h := New(nil)
	f.Fuzz(func(t *testing.T, ip string) {
		s, err := h.Hash(ip)
		if err != nil {
			if !errors.Is(err, ErrInvalidIP) || s != "" {
				t.Fatalf("err %v with %q", err, s)
			}
			return
		}
		if len(s) != HashLen {
			t.Fatalf("hash %q", s)
		}
	})
}
