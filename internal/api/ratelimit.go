package api

import (
	"net"
	"net/http"
	"net/netip"
	"strings"
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

// clientIP is the address a request is limited by: the peer of the
// connection, or, when the peer is a trusted proxy, the nearest address in
// X-Forwarded-For that is not one (walking from the right, as each proxy
// appends the peer it saw). Untrusted peers' forwarded headers are ignored:
// a client could set them to dodge the limit.
func clientIP(r *http.Request, proxies []netip.Prefix) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	if len(proxies) == 0 || !trusted(host, proxies) {
		return host
	}
	hops := r.Header.Values("X-Forwarded-For")
	for i := len(hops) - 1; i >= 0; i-- {
		parts := strings.Split(hops[i], ",")
		for j := len(parts) - 1; j >= 0; j-- {
			a, err := netip.ParseAddr(strings.TrimSpace(parts[j]))
			if err != nil {
				return host // a garbled chain: the proxy's own bucket
			}
			a = a.Unmap()
			if !trustedAddr(a, proxies) {
				return a.String()
			}
		}
	}
	return host
}

func trusted(host string, proxies []netip.Prefix) bool {
	a, err := netip.ParseAddr(host)
	return err == nil && trustedAddr(a.Unmap(), proxies)
}

func trustedAddr(a netip.Addr, proxies []netip.Prefix) bool {
	for _, p := range proxies {
		if p.Contains(a) {
			return true
		}
	}
	return false
}
