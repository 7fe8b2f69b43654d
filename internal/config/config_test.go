package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const hashA = "2bb80d537b1da3e38bd30361aa855686bde0eacd7162fef6a25fe97bf527a25b" // sha256("secret")

func TestParse(t *testing.T) {
	good := `{"tenants":["grimstad","arendal"],"retention":"14d","sweep_interval":"30m","small_count_k":3,
	"tokens":[{"name":"anna","role":"analyst","tenants":["grimstad"],"sha256":"` + hashA + `"}]}`
	c, err := Parse([]byte(good))
	if err != nil {
		t.Fatal(err)
	}
	if c.Retention != 14*24*time.Hour || c.SweepInterval != 30*time.Minute || c.SmallCountK != 3 {
		t.Fatalf("parsed %+v", c)
	}
	if c.AuditRetention != DefaultAuditRetention || c.CitizenLimit.Burst != DefaultCitizenBurst {
		t.Fatalf("defaults not filled: %+v", c)
	}
	tok := c.Lookup("secret")
	if tok == nil || tok.Name != "anna" || !tok.CanRead("grimstad") || tok.CanRead("arendal") {
		t.Fatalf("lookup: %+v", tok)
	}
	if c.Lookup("Secret") != nil || c.Lookup("") != nil {
		t.Fatal("wrong secret matched")
	}

	tests := []struct {
		name, doc, want string
	}{
		{"unknown field", `{"tenant":["x"]}`, `config: tenant: unknown field`},
		{"bad type", `{"small_count_k":"5"}`, `config: small_count_k: want int, got string`},
		{"bad duration", `{"retention":"3 weeks"}`, `config: retention: bad duration "3 weeks"`},
		{"short retention", `{"retention":"1m"}`, `config: retention: must be at least 1h`},
		{"bad tenant", `{"tenants":["Grimstad"]}`, `config: tenants[0]: "Grimstad" is not a tenant name`},
		{"duplicate tenant", `{"tenants":["a","a"]}`, `config: tenants[1]: duplicate tenant "a"`},
		{"bad role", `{"tenants":["a"],"tokens":[{"name":"x","role":"root","tenants":["a"],"sha256":"` + hashA + `"}]}`, `config: tokens[0].role: want analyst, operator or admin, got "root"`},
		{"bad hash", `{"tenants":["a"],"tokens":[{"name":"x","role":"analyst","tenants":["a"],"sha256":"secret"}]}`, `config: tokens[0].sha256: want 64 hex digits`},
		{"unknown token tenant", `{"tenants":["a"],"tokens":[{"name":"x","role":"analyst","tenants":["b"],"sha256":"` + hashA + `"}]}`, `config: tokens[0].tenants[0]: unknown tenant "b"`},
		{"star for analyst", `{"tenants":["a"],"tokens":[{"name":"x","role":"analyst","tenants":["*"],"sha256":"` + hashA + `"}]}`, `config: tokens[0].tenants[0]: only admin tokens may use "*"`},
		{"no tenants", `{"tenants":["a"],"tokens":[{"name":"x","role":"analyst","sha256":"` + hashA + `"}]}`, `config: tokens[0].tenants: list at least one tenant`},
		{"duplicate token", `{"tenants":["a"],"tokens":[{"name":"x","role":"analyst","tenants":["a"],"sha256":"` + hashA + `"},{"name":"y","role":"admin","tenants":["a"],"sha256":"` + strings.ToUpper(hashA) + `"}]}`, `config: tokens[1].sha256: the same token is configured twice`},
		{"bad proxy", `{"citizen_rate_limit":{"trusted_proxies":["10.0.0.0/8","proxy.local"]}}`, `config: citizen_rate_limit.trusted_proxies[1]: want a CIDR`},
		{"negative nats rights rate", `{"nats_rights_rate_limit":{"per_second":-1}}`, `config: nats_rights_rate_limit.per_second: must be positive`},
		{"trailing", `{} {}`, `config: trailing data`},
		{"syntax", `{"tenants":`, `config: unexpected EOF`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.doc))
			if err == nil || !strings.Contains(err.Error(), tt.want) || !errors.Is(err, ErrInvalid) {
				t.Fatalf("err = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestAdminAllTenants(t *testing.T) {
	c, err := Parse([]byte(`{"tenants":["a","b"],"tokens":[{"name":"root","role":"admin","tenants":["*"],"sha256":"` + hashA + `"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	tok := c.Lookup("secret")
	if got := c.TenantsOf(tok); len(got) != 2 {
		t.Fatalf("tenants = %v", got)
	}
	if !tok.Role.Allows(Analyst) || !tok.Role.Allows(Admin) || Analyst.Allows(Operator) || Role("").Allows(Analyst) {
		t.Fatal("role order wrong")
	}
}

func TestLoadAndDefault(t *testing.T) {
	d := Default()
	if d.Retention != DefaultRetention || d.SmallCountK != 5 || d.SweepInterval != time.Hour ||
		d.NATSRightsLimit != (Bucket{PerSecond: DefaultNATSRightsRate, Burst: DefaultNATSRightsBurst}) {
		t.Fatalf("default %+v", d)
	}
	c, err := Parse([]byte(`{"nats_rights_rate_limit":{"per_second":2.5,"burst":4}}`))
	if err != nil || c.NATSRightsLimit != (Bucket{PerSecond: 2.5, Burst: 4}) {
		t.Fatalf("nats_rights_rate_limit: %+v %v", c.NATSRightsLimit, err)
	}
	p := filepath.Join(t.TempDir(), "c.json")
	os.WriteFile(p, []byte(`{"retention":"x"}`), 0o600)
	_, err = Load(p)
	if err == nil || !strings.HasPrefix(err.Error(), "config: "+p+": ") || !errors.Is(err, ErrInvalid) {
		t.Fatalf("err = %v", err)
	}
	if HashToken("secret") != hashA {
		t.Fatal(HashToken("secret"))
	}
}

func TestTrustedProxies(t *testing.T) {
	c, err := Parse([]byte(`{"citizen_rate_limit":{"trusted_proxies":["10.1.2.3/8","192.0.2.10","2001:db8::/32"]}}`))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range c.CitizenLimit.Proxies {
		got = append(got, p.String())
	}
	if want := "10.0.0.0/8 192.0.2.10/32 2001:db8::/32"; strings.Join(got, " ") != want {
		t.Fatalf("proxies = %v, want %s", got, want)
	}
}
