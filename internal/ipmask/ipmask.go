// Package ipmask replaces a client IP by a keyed hash so that the service
// never stores an IP in clear. The key is 32 random bytes made per UTC day and
// held only in memory: hashes of one IP match within a day (to see repeated
// visits) and cannot be linked across days, and once a day's key is dropped
// nobody, the operator included, can recover or test an IP against them.
package ipmask

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"net/netip"
	"sync"
	"time"
)

// ErrInvalidIP is returned for a string that is not an IP address. The
// error never contains the input.
var ErrInvalidIP = errors.New("ipmask: invalid ip address")

// HashLen is the length in hex characters of a hash: the first 16 bytes
// (128 bits) of the HMAC-SHA256, plenty to tell visitors apart within a day.
const HashLen = 32

// Hasher hashes IPs under the current UTC day's key. It is safe for
// concurrent use. The key is unexported and never printed.
type Hasher struct {
	now func() time.Time

	mu  sync.Mutex
	day string // UTC day of key, "2006-01-02"
	key []byte
}

// New returns a Hasher whose day is taken from now (time.Now when nil).
func New(now func() time.Time) *Hasher {
	if now == nil {
		now = time.Now
	}
	return &Hasher{now: now}
}

// String describes the Hasher without its key.
func (h *Hasher) String() string { return "ipmask.Hasher" }

// GoString keeps %#v from printing the key.
func (h *Hasher) GoString() string { return h.String() }

// Hash normalises ip (IPv4-mapped IPv6 becomes IPv4, a zone is dropped) and
// returns the hex HMAC-SHA256 of its bytes under today's key, truncated to
// HashLen characters. An unparsable ip gives ErrInvalidIP.
func (h *Hasher) Hash(ip string) (string, error) {
	addr, err := netip.ParseAddr(ip)
	if err != nil {
		return "", ErrInvalidIP
	}
	addr = addr.Unmap().WithZone("")
	mac, err := h.dayMAC()
	if err != nil {
		return "", err
	}
	mac.Write(addr.AsSlice())
	sum := mac.Sum(nil)
	return hex.EncodeToString(sum[:HashLen/2]), nil
}

// dayMAC returns an HMAC under the key of the current UTC day, making a new
// key (and wiping the old) when the day has changed. The HMAC is made under
// the lock: it copies the key, so wiping the old key races with nothing.
func (h *Hasher) dayMAC() (hash.Hash, error) {
	day := h.now().UTC().Format(time.DateOnly)
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.day == day && h.key != nil {
		return hmac.New(sha256.New, h.key), nil
	}
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return nil, fmt.Errorf("ipmask: make day key: %w", err)
	}
	clear(h.key) // drop the old day's key
	h.day, h.key = day, key
	return hmac.New(sha256.New, key), nil
}
