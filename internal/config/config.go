// Package config reads the service's --config file: tenants, the access
// tokens of analysts, operators and admins (stored as SHA-256 hashes, never in
// clear), retention periods, the sweep interval, the small-count threshold k
// of the statistics and the citizen rate limit. Decoding is strict: an unknown
// field or a bad value is an error naming the field.
package config

import (
	"bytes"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/netip"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Defaults of the optional settings.
const (
	DefaultRetention       = 21 * 24 * time.Hour
	DefaultAuditRetention  = 365 * 24 * time.Hour
	DefaultSweepInterval   = time.Hour
	DefaultSmallCountK     = 5
	DefaultCitizenRate     = 1.0 // requests per second per client IP
	DefaultCitizenBurst    = 10
	DefaultMaxClients      = 10000
	DefaultNATSRightsRate  = 20.0 // rights requests per second per worker over NATS
	DefaultNATSRightsBurst = 50
)

// Role is what a token may do. Roles are ordered: an operator can do what an
// analyst can, an admin what an operator can.
type Role string

const (
	Analyst  Role = "analyst"  // statistics and the dashboard
	Operator Role = "operator" // + masked logs (audited)
	Admin    Role = "admin"    // + the audit log
)

func (r Role) rank() int {
	switch r {
	case Analyst:
		return 1
	case Operator:
		return 2
	case Admin:
		return 3
	}
	return 0
}

// Allows reports whether r includes the rights of need.
func (r Role) Allows(need Role) bool { return r.rank() > 0 && r.rank() >= need.rank() }

// AllTenants in a token's tenant list gives it every configured tenant.
// Only admin tokens may use it.
const AllTenants = "*"

// Token is one access token as configured: a name (logged and audited in its
// place), its role, its tenants and the hex SHA-256 of the secret.
type Token struct {
	Name    string   `json:"name"`
	Role    Role     `json:"role"`
	Tenants []string `json:"tenants"`
	SHA256  string   `json:"sha256"`

	hash []byte
}

// CanRead reports whether the token reaches tenant.
func (t *Token) CanRead(tenant string) bool {
	return slices.Contains(t.Tenants, tenant) || (t.Role == Admin && slices.Contains(t.Tenants, AllTenants))
}

// ParseDuration reads "21d" (whole days) or a Go duration.
func ParseDuration(s string) (time.Duration, error) {
	if n, ok := strings.CutSuffix(s, "d"); ok {
		days, err := strconv.Atoi(n)
		if err != nil || days < 0 || days > 100000 {
			return 0, fmt.Errorf("bad duration %q", s)
		}
		return time.Duration(days) * 24 * time.Hour, nil
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return 0, fmt.Errorf("bad duration %q", s)
	}
	return v, nil
}

// RateLimit is the per-client-IP token bucket of the citizen routes.
// Bucket is a token bucket shared by every caller: PerSecond refills it, up
// to Burst.
type Bucket struct {
	PerSecond float64 `json:"per_second"`
	Burst     int     `json:"burst"`
}

type RateLimit struct {
	PerSecond  float64 `json:"per_second"` // refill rate
	Burst      int     `json:"burst"`      // bucket size
	MaxClients int     `json:"max_clients"`
	// TrustedProxies are the CIDRs of reverse proxies in front of the API.
	// A request whose peer is one of them is limited by the client address
	// the proxies appended to X-Forwarded-For; from any other peer the
	// header is ignored (a client could set it to dodge the limit).
	TrustedProxies []string `json:"trusted_proxies"`
	// Proxies is TrustedProxies parsed by Load.
	Proxies []netip.Prefix `json:"-"`
}

// Config is the whole file. The zero value of an optional field means its
// default; Load fills them in.
type Config struct {
	Tenants []string
	// Retention is how long a message is kept after it was sent.
	Retention time.Duration
	// AuditRetention is how long audit entries are kept.
	AuditRetention time.Duration
	SweepInterval  time.Duration
	// SmallCountK: grouped statistics below it are shown as "<k".
	SmallCountK  int
	CitizenLimit RateLimit
	// NATSRightsLimit bounds the rights requests a worker answers over NATS
	// (chat.rights.*); beyond it they get code 429.
	NATSRightsLimit Bucket
	Tokens          []Token
}

// file is the JSON form; durations are strings such as "21d" or "1h".
type file struct {
	Tenants        []string  `json:"tenants"`
	Retention      string    `json:"retention"`
	AuditRetention string    `json:"audit_retention"`
	SweepInterval  string    `json:"sweep_interval"`
	SmallCountK    int       `json:"small_count_k"`
	CitizenLimit   RateLimit `json:"citizen_rate_limit"`
	NATSRights     Bucket    `json:"nats_rights_rate_limit"`
	Tokens         []Token   `json:"tokens"`
}

// Default is the configuration without a file: defaults and no tokens, so
// only the citizen and operations routes answer.
func Default() *Config {
	c := &Config{}
	if err := c.finish(); err != nil {
		panic(err) // the defaults are valid
	}
	return c
}

// Load reads and validates a config file.
func Load(path string) (*Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	c, err := Parse(b)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %s", ErrInvalid, path, strings.TrimPrefix(err.Error(), "config: "))
	}
	return c, nil
}

// ErrInvalid wraps every validation and decoding error.
var ErrInvalid = errors.New("config")

var errConfig = ErrInvalid

// fieldError is a validation error naming the JSON field.
func fieldError(field, format string, a ...any) error {
	return fmt.Errorf("%w: %s: %s", errConfig, field, fmt.Sprintf(format, a...))
}

// Parse decodes and validates a config document. Errors name the field, e.g.
// "config: tokens[1].tenants[0]: unknown tenant \"x\"".
func Parse(b []byte) (*Config, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, fmt.Errorf("%w: empty file, want a JSON object", errConfig)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var f file
	if err := dec.Decode(&f); err != nil {
		return nil, decodeError(err)
	}
	if err := dec.Decode(&struct{}{}); !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%w: trailing data after the JSON object", errConfig)
	}
	c := Config{Tenants: f.Tenants, SmallCountK: f.SmallCountK, CitizenLimit: f.CitizenLimit, NATSRightsLimit: f.NATSRights, Tokens: f.Tokens}
	for _, d := range []struct {
		field, s string
		to       *time.Duration
	}{
		{"retention", f.Retention, &c.Retention},
		{"audit_retention", f.AuditRetention, &c.AuditRetention},
		{"sweep_interval", f.SweepInterval, &c.SweepInterval},
	} {
		if d.s == "" {
			continue
		}
		v, err := ParseDuration(d.s)
		if err != nil {
			return nil, fieldError(d.field, "%v (want e.g. \"21d\" or \"1h\")", err)
		}
		*d.to = v
	}
	if err := c.finish(); err != nil {
		return nil, err
	}
	return &c, nil
}

func decodeError(err error) error {
	var te *json.UnmarshalTypeError
	var se *json.SyntaxError
	switch {
	case errors.As(err, &te):
		return fieldError(te.Field, "want %s, got %s", te.Type, te.Value)
	case errors.As(err, &se):
		return fmt.Errorf("%w: invalid JSON at byte %d: %v", errConfig, se.Offset, se)
	}
	msg := err.Error()
	if f, ok := strings.CutPrefix(msg, "json: unknown field "); ok {
		return fieldError(strings.Trim(f, `"`), "unknown field")
	}
	return fmt.Errorf("%w: %s", errConfig, strings.TrimPrefix(msg, "json: "))
}

var tenantRe = regexp.MustCompile(`^[a-z0-9-]{1,63}$`)
var nameRe = regexp.MustCompile(`^[A-Za-z0-9._@-]{1,64}$`)

// finish fills in defaults and validates.
func (c *Config) finish() error {
	if c.Retention == 0 {
		c.Retention = DefaultRetention
	}
	if c.AuditRetention == 0 {
		c.AuditRetention = DefaultAuditRetention
	}
	if c.SweepInterval == 0 {
		c.SweepInterval = DefaultSweepInterval
	}
	if c.SmallCountK == 0 {
		c.SmallCountK = DefaultSmallCountK
	}
	if c.CitizenLimit.PerSecond == 0 {
		c.CitizenLimit.PerSecond = DefaultCitizenRate
	}
	if c.CitizenLimit.Burst == 0 {
		c.CitizenLimit.Burst = DefaultCitizenBurst
	}
	if c.CitizenLimit.MaxClients == 0 {
		c.CitizenLimit.MaxClients = DefaultMaxClients
	}
	if c.NATSRightsLimit.PerSecond == 0 {
		c.NATSRightsLimit.PerSecond = DefaultNATSRightsRate
	}
	if c.NATSRightsLimit.Burst == 0 {
		c.NATSRightsLimit.Burst = DefaultNATSRightsBurst
	}
	switch {
	case c.Retention < time.Hour:
		return fieldError("retention", "must be at least 1h")
	case c.AuditRetention < time.Hour:
		return fieldError("audit_retention", "must be at least 1h")
	case c.SweepInterval < time.Second:
		return fieldError("sweep_interval", "must be at least 1s")
	case c.SmallCountK < 1:
		return fieldError("small_count_k", "must be at least 1")
	case c.CitizenLimit.PerSecond < 0:
		return fieldError("citizen_rate_limit.per_second", "must be positive")
	case c.CitizenLimit.Burst < 1:
		return fieldError("citizen_rate_limit.burst", "must be at least 1")
	case c.CitizenLimit.MaxClients < 1:
		return fieldError("citizen_rate_limit.max_clients", "must be at least 1")
	case c.NATSRightsLimit.PerSecond < 0:
		return fieldError("nats_rights_rate_limit.per_second", "must be positive")
	case c.NATSRightsLimit.Burst < 1:
		return fieldError("nats_rights_rate_limit.burst", "must be at least 1")
	}
	c.CitizenLimit.Proxies = nil
	for i, p := range c.CitizenLimit.TrustedProxies {
		pfx, err := netip.ParsePrefix(p)
		if err != nil {
			a, aerr := netip.ParseAddr(p)
			if aerr != nil {
				return fieldError(fmt.Sprintf("citizen_rate_limit.trusted_proxies[%d]", i), "want a CIDR such as 10.0.0.0/8 or an address")
			}
			pfx = netip.PrefixFrom(a, a.BitLen())
		}
		c.CitizenLimit.Proxies = append(c.CitizenLimit.Proxies, pfx.Masked())
	}
	seen := map[string]bool{}
	for i, t := range c.Tenants {
		if !tenantRe.MatchString(t) {
			return fieldError(fmt.Sprintf("tenants[%d]", i), "%q is not a tenant name ([a-z0-9-]{1,63})", t)
		}
		if seen[t] {
			return fieldError(fmt.Sprintf("tenants[%d]", i), "duplicate tenant %q", t)
		}
		seen[t] = true
	}
	names, hashes := map[string]bool{}, map[string]bool{}
	for i := range c.Tokens {
		t := &c.Tokens[i]
		f := fmt.Sprintf("tokens[%d]", i)
		if !nameRe.MatchString(t.Name) {
			return fieldError(f+".name", "want 1-64 characters of A-Z a-z 0-9 . _ @ -")
		}
		if names[t.Name] {
			return fieldError(f+".name", "duplicate token name %q", t.Name)
		}
		names[t.Name] = true
		if t.Role.rank() == 0 {
			return fieldError(f+".role", "want analyst, operator or admin, got %q", t.Role)
		}
		h, err := hex.DecodeString(t.SHA256)
		if err != nil || len(h) != sha256.Size {
			return fieldError(f+".sha256", "want 64 hex digits (the SHA-256 of the token; see `anonymizer hash-token`)")
		}
		t.SHA256 = strings.ToLower(t.SHA256)
		if hashes[t.SHA256] {
			return fieldError(f+".sha256", "the same token is configured twice")
		}
		hashes[t.SHA256] = true
		t.hash = h
		if len(t.Tenants) == 0 {
			return fieldError(f+".tenants", "list at least one tenant")
		}
		for j, tn := range t.Tenants {
			ff := fmt.Sprintf("%s.tenants[%d]", f, j)
			if tn == AllTenants {
				if t.Role != Admin {
					return fieldError(ff, "only admin tokens may use %q", AllTenants)
				}
				continue
			}
			if !seen[tn] {
				return fieldError(ff, "unknown tenant %q (list it under tenants)", tn)
			}
		}
	}
	return nil
}

// HashToken returns the hex SHA-256 of a token, the form the config file holds.
func HashToken(token string) string {
	h := sha256.Sum256([]byte(token))
	return hex.EncodeToString(h[:])
}

// Lookup finds the token whose hash matches secret, comparing every
// configured hash in constant time. It returns nil when none matches.
func (c *Config) Lookup(secret string) *Token {
	h := sha256.Sum256([]byte(secret))
	var found *Token
	for i := range c.Tokens {
		if subtle.ConstantTimeCompare(h[:], c.Tokens[i].hash) == 1 {
			found = &c.Tokens[i]
		}
	}
	return found
}

// HasTenant reports whether tenant is configured.
func (c *Config) HasTenant(tenant string) bool { return slices.Contains(c.Tenants, tenant) }

// TenantsOf lists the tenants a token reaches, in config order.
func (c *Config) TenantsOf(t *Token) []string {
	var out []string
	for _, tn := range c.Tenants {
		if t.CanRead(tn) {
			out = append(out, tn)
		}
	}
	return out
}
