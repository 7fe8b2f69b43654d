package api

import (
	"net"
	"net/http"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// limiter is a token bucket per client IP with bounded memory: at most max
// clients are tracked; when full, clients idle longer than idleAfter are
// evicted, and if none is, the least recently seen one is. The IPs live only
// in memory and are never logged.
type limiter struct {
	mu        sync.Mutex
	perSecond rate.Limit
	burst     int
	max       int
	idleAfter time.Duration
	now       func() time.Time
	clients   map[string]*client
}

type client struct {
	lim  *rate.Limiter
	seen time.Time
}

func newLimiter(perSecond float64, burst, max int, now func() time.Time) *limiter {
	return &limiter{
		perSecond: rate.Limit(perSecond), burst: burst, max: max,
		idleAfter: time.Duration(float64(burst)/perSecond*float64(time.Second)) + time.Second,
		now:       now, clients: make(map[string]*client),
	}
}

// allow takes one token for ip.
func (l *limiter) allow(ip string) bool {
	now := l.now()
	l.mu.Lock()
	defer l.mu.Unlock()
	c, ok := l.clients[ip]
	if !ok {
		if len(l.clients) >= l.max {
			l.evict(now)
		}
		c = &client{lim: rate.NewLimiter(l.perSecond, l.burst)}
		l.clients[ip] = c
	}
	c.seen = now
	return c.lim.AllowN(now, 1)
}

// evict drops idle clients (whose bucket has refilled: forgetting them
// changes nothing), or the least recently seen one when none is idle.
func (l *limiter) evict(now time.Time) {
	var oldest string
	var oldestAt time.Time
	for ip, c := range l.clients {
		if now.Sub(c.seen) > l.idleAfter {
			delete(l.clients, ip)
			continue
		}
		if oldest == "" || c.seen.Before(oldestAt) {
			oldest, oldestAt = ip, c.seen
		}
	}
	if len(l.clients) >= l.max && oldest != "" {
		delete(l.clients, oldest)
	}
}

func (l *limiter) size() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.clients)
}

// clientIP is the peer address of the connection. Forwarded headers are not
// trusted: a client could set them to dodge the limit.
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
