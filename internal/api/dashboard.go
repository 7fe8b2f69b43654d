package api

import (
	"bytes"
	"cmp"
	"fmt"
	"html/template"
	"math"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/nordic-anonymizer/anonymizer/internal/config"
	"github.com/nordic-anonymizer/anonymizer/internal/store"
)

// The dashboard takes an analyst (or higher) token in one of three ways:
// an Authorization: Bearer header; the login form at /dashboard, which
// sets an HttpOnly, SameSite=Strict cookie; or /dashboard?token=..., which
// sets the same cookie and redirects to a URL without the token.
const (
	cookieName    = "anonymizer_dashboard"
	cookieMaxAge  = 8 * time.Hour
	dashTopLines  = 5  // intents drawn as lines
	dashTopTable  = 15 // intents in the table
	chartW        = 960
	chartH        = 320
	chartPadLeft  = 48
	chartPadRight = 16
	chartPadTop   = 16
	chartPadBot   = 40
)

var palette = []string{"#1f6feb", "#d1242f", "#1a7f37", "#9a6700", "#8250df"}

// dashboard: GET /dashboard[?tenant=&days=].
func (a *API) dashboard(w http.ResponseWriter, r *http.Request) error {
	q, err := singleValues(r)
	if err != nil {
		return err
	}
	if secret := q.Get("token"); secret != "" {
		if _, err := a.authorize(secret, config.Analyst); err != nil {
			return a.loginPage(w, http.StatusUnauthorized, "That token is not valid for the dashboard.")
		}
		a.setCookie(w, r, secret, cookieMaxAge)
		q.Del("token")
		http.Redirect(w, r, "/dashboard"+encodeQuery(q), http.StatusSeeOther)
		return nil
	}
	secret := ""
	if h := r.Header.Get("Authorization"); h != "" {
		if secret, err = bearer(h); err != nil {
			return err
		}
	} else if c, err := r.Cookie(cookieName); err == nil {
		secret = c.Value
	}
	if secret == "" {
		return a.loginPage(w, http.StatusUnauthorized, "")
	}
	tok, err := a.authorize(secret, config.Analyst)
	if err != nil {
		return a.loginPage(w, http.StatusUnauthorized, "That token is not valid for the dashboard.")
	}
	tenants := a.o.Config.TenantsOf(tok)
	if len(tenants) == 0 {
		return fmt.Errorf("%w: this token reaches no tenant", errForbidden)
	}
	tenant := q.Get("tenant")
	if tenant == "" {
		tenant = tenants[0]
	} else if tenant, err = a.tenant(tok, q); err != nil {
		return err
	}
	days := 30
	if s := q.Get("days"); s != "" {
		if days, err = strconv.Atoi(s); err != nil || days < 1 || days > 366 {
			return fmt.Errorf("%w: days: want 1 to 366", errBadRequest)
		}
	}
	now := a.o.Now().UTC()
	to := time.Date(now.Year(), now.Month(), now.Day()+1, 0, 0, 0, 0, time.UTC)
	from := to.AddDate(0, 0, -days)
	counts, err := a.o.Store.IntentStats(r.Context(), store.StatsQuery{Tenant: tenant, From: from, To: to, Bucket: store.Day})
	if err != nil {
		return err
	}
	page := buildDashboard(tenant, tenants, days, from, counts)
	page.Actor = tok.Name
	var buf bytes.Buffer
	if err := dashTmpl.ExecuteTemplate(&buf, "dashboard", page); err != nil {
		return fmt.Errorf("api: dashboard template: %w", err)
	}
	securityHeaders(w)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_, err = w.Write(buf.Bytes())
	return err
}

// dashboardLogin: POST /dashboard/login with form field token.
func (a *API) dashboardLogin(w http.ResponseWriter, r *http.Request) error {
	if err := r.ParseForm(); err != nil {
		return fmt.Errorf("%w: %w", errBadRequest, err)
	}
	secret := r.PostForm.Get("token")
	if _, err := a.authorize(secret, config.Analyst); err != nil || secret == "" {
		return a.loginPage(w, http.StatusUnauthorized, "That token is not valid for the dashboard.")
	}
	a.setCookie(w, r, secret, cookieMaxAge)
	http.Redirect(w, r, "/dashboard", http.StatusSeeOther)
	return nil
}

// dashboardLogout: POST /dashboard/logout clears the cookie.
func (a *API) dashboardLogout(w http.ResponseWriter, r *http.Request) error {
	a.setCookie(w, r, "", -1)
	http.Redirect(w, r, "/dashboard", http.StatusSeeOther)
	return nil
}

func (a *API) setCookie(w http.ResponseWriter, r *http.Request, value string, age time.Duration) {
	c := &http.Cookie{
		Name: cookieName, Value: value, Path: "/dashboard", HttpOnly: true,
		SameSite: http.SameSiteStrictMode, Secure: r.TLS != nil, MaxAge: int(age.Seconds()),
	}
	if age < 0 {
		c.MaxAge = -1
	}
	http.SetCookie(w, c)
}

func (a *API) loginPage(w http.ResponseWriter, status int, msg string) error {
	var buf bytes.Buffer
	if err := dashTmpl.ExecuteTemplate(&buf, "login", msg); err != nil {
		return fmt.Errorf("api: login template: %w", err)
	}
	securityHeaders(w)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, err := w.Write(buf.Bytes())
	return err
}

func securityHeaders(w http.ResponseWriter) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cache-Control", "no-store")
}

func encodeQuery(q url.Values) string {
	if len(q) == 0 {
		return ""
	}
	return "?" + q.Encode()
}

// dashPage is what the template draws; every coordinate is computed here.
type dashPage struct {
	Tenant, Actor string
	Tenants       []string
	Days          int
	DayOptions    []int
	From, To      string
	Total         int64
	W, H          int
	PlotX0        int
	PlotX1        int
	PlotY0        int
	PlotY1        int
	Bars          []dashBar
	Lines         []dashLine
	YTicks        []dashTick
	XTicks        []dashTick
	Top           []dashTop
	Empty         bool
	MidX          int
}

type dashBar struct {
	X, Y, W, H float64
	Day        string
	Count      int64
}

type dashLine struct {
	Intent, Color, D string
	Total            int64
}

type dashTick struct {
	Pos   float64
	Label string
}

type dashTop struct {
	Intent string
	Count  int64
	Share  string
	Width  float64 // percent of the largest
	Color  string
}

func buildDashboard(tenant string, tenants []string, days int, from time.Time, counts []store.IntentCount) dashPage {
	p := dashPage{
		Tenant: tenant, Tenants: tenants, Days: days, DayOptions: []int{7, 30, 90, 365},
		From: from.Format(time.DateOnly), To: from.AddDate(0, 0, days-1).Format(time.DateOnly),
		W: chartW, H: chartH, PlotX0: chartPadLeft, PlotX1: chartW - chartPadRight,
		PlotY0: chartPadTop, PlotY1: chartH - chartPadBot,
		MidX: (chartPadLeft + chartW - chartPadRight) / 2,
	}
	perDay := make([]int64, days)
	perIntentDay := map[string][]int64{}
	perIntent := map[string]int64{}
	for _, c := range counts {
		i := int(c.Bucket.UTC().Sub(from) / (24 * time.Hour))
		if i < 0 || i >= days {
			continue
		}
		perDay[i] += c.Count
		if perIntentDay[c.Intent] == nil {
			perIntentDay[c.Intent] = make([]int64, days)
		}
		perIntentDay[c.Intent][i] += c.Count
		perIntent[c.Intent] += c.Count
		p.Total += c.Count
	}
	p.Empty = p.Total == 0
	intents := make([]string, 0, len(perIntent))
	for k := range perIntent {
		intents = append(intents, k)
	}
	slices.SortFunc(intents, func(a, b string) int {
		return cmp.Or(cmp.Compare(perIntent[b], perIntent[a]), strings.Compare(a, b))
	})
	maxDay := int64(0)
	for _, n := range perDay {
		maxDay = max(maxDay, n)
	}
	top := niceCeil(maxDay)
	plotW := float64(p.PlotX1 - p.PlotX0)
	plotH := float64(p.PlotY1 - p.PlotY0)
	step := plotW / float64(days)
	y := func(n int64) float64 { return float64(p.PlotY1) - float64(n)/float64(top)*plotH }
	for i, n := range perDay {
		bw := math.Max(step*0.7, 1)
		p.Bars = append(p.Bars, dashBar{
			X: round1(float64(p.PlotX0) + step*float64(i) + (step-bw)/2), Y: round1(y(n)), W: round1(bw),
			H: round1(float64(p.PlotY1) - y(n)), Day: from.AddDate(0, 0, i).Format(time.DateOnly), Count: n,
		})
	}
	for li, intent := range intents[:min(dashTopLines, len(intents))] {
		var d strings.Builder
		for i, n := range perIntentDay[intent] {
			cmd := "L"
			if i == 0 {
				cmd = "M"
			}
			fmt.Fprintf(&d, "%s%.1f %.1f ", cmd, float64(p.PlotX0)+step*(float64(i)+0.5), y(n))
		}
		p.Lines = append(p.Lines, dashLine{Intent: intent, Color: palette[li%len(palette)], D: strings.TrimSpace(d.String()), Total: perIntent[intent]})
	}
	for i := 0; i <= 4; i++ {
		v := top * int64(i) / 4
		p.YTicks = append(p.YTicks, dashTick{Pos: round1(y(v)), Label: strconv.FormatInt(v, 10)})
	}
	every := max(1, days/8)
	for i := 0; i < days; i += every {
		p.XTicks = append(p.XTicks, dashTick{Pos: round1(float64(p.PlotX0) + step*(float64(i)+0.5)), Label: from.AddDate(0, 0, i).Format("02 Jan")})
	}
	for i, intent := range intents[:min(dashTopTable, len(intents))] {
		color := "#8c959f"
		if i < dashTopLines {
			color = palette[i%len(palette)]
		}
		p.Top = append(p.Top, dashTop{
			Intent: intent, Count: perIntent[intent],
			Share: fmt.Sprintf("%.1f %%", 100*float64(perIntent[intent])/float64(p.Total)),
			Width: round1(100 * float64(perIntent[intent]) / float64(perIntent[intents[0]])), Color: color,
		})
	}
	return p
}

// niceCeil rounds n up to a round number divisible by 4, so the four
// y-axis steps are whole numbers.
func niceCeil(n int64) int64 {
	for p := int64(1); p < 1e15; p *= 10 {
		for _, m := range []int64{4, 8, 12, 16, 20, 24, 32, 40, 48, 60, 80} {
			if m*p >= n {
				return m * p
			}
		}
	}
	return n
}

func round1(f float64) float64 { return math.Round(f*10) / 10 }

var dashTmpl = template.Must(template.New("").Parse(`
{{define "style"}}<style>
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#f6f8fa}
header{background:#0d1117;color:#fff;padding:12px 24px;display:flex;align-items:center;gap:16px}
header h1{font-size:17px;margin:0;font-weight:600}
header .who{margin-left:auto;font-size:13px;color:#9198a1}
header form{margin:0}
header button{background:none;border:1px solid #3d444d;color:#d1d9e0;border-radius:6px;padding:3px 10px;cursor:pointer}
main{max-width:1010px;margin:20px auto;padding:0 16px}
.card{background:#fff;border:1px solid #d1d9e0;border-radius:8px;padding:16px 20px;margin-bottom:16px}
.card h2{font-size:15px;margin:0 0 10px}
nav a{display:inline-block;padding:3px 10px;border-radius:14px;color:#0969da;text-decoration:none;margin-right:4px}
nav a.on{background:#0969da;color:#fff}
nav span{color:#59636e;margin-right:6px;font-size:13px}
.row{display:flex;gap:24px;flex-wrap:wrap;align-items:center}
.kpi{font-size:26px;font-weight:600}
.muted{color:#59636e;font-size:13px}
.legend{display:flex;gap:14px;flex-wrap:wrap;font-size:13px;margin-top:6px}
.legend i{display:inline-block;width:12px;height:3px;vertical-align:middle;margin-right:5px}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #eaeef2;font-size:14px}
th{color:#59636e;font-weight:600}
td.n{text-align:right;font-variant-numeric:tabular-nums;width:90px}
.meter{background:#eaeef2;border-radius:3px;height:8px;width:220px}
.meter div{height:8px;border-radius:3px}
svg text{font-size:11px;fill:#59636e}
.login{max-width:420px;margin:80px auto}
.login input{width:100%;padding:8px;border:1px solid #d1d9e0;border-radius:6px;font:inherit}
.login button{margin-top:10px;padding:7px 16px;border:0;border-radius:6px;background:#1f883d;color:#fff;font:inherit;cursor:pointer}
.err{color:#d1242f}
</style>{{end}}

{{define "login"}}<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Anonymizer dashboard: sign in</title>{{template "style"}}</head>
<body><main class="login"><div class="card"><h2>Intent statistics dashboard</h2>
<p class="muted">Sign in with an analyst token.</p>
{{if .}}<p class="err">{{.}}</p>{{end}}
<form method="post" action="/dashboard/login"><input type="password" name="token" autocomplete="current-password" aria-label="token" required><button type="submit">Sign in</button></form>
</div></main></body></html>{{end}}

{{define "dashboard"}}<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Intents: {{.Tenant}}</title>{{template "style"}}</head>
<body>
<header><h1>Chatbot intents</h1><span>{{.Tenant}}</span><span class="who">signed in as {{.Actor}}</span>
<form method="post" action="/dashboard/logout"><button type="submit">Sign out</button></form></header>
<main>
<div class="card row">
<nav><span>Tenant</span>{{range .Tenants}}<a href="?tenant={{.}}&amp;days={{$.Days}}"{{if eq . $.Tenant}} class="on"{{end}}>{{.}}</a>{{end}}</nav>
<nav><span>Period</span>{{range .DayOptions}}<a href="?tenant={{$.Tenant}}&amp;days={{.}}"{{if eq . $.Days}} class="on"{{end}}>{{.}} days</a>{{end}}</nav>
</div>
<div class="card">
<div class="row"><div><div class="kpi" id="total">{{.Total}}</div><div class="muted">answered intents, {{.From}} to {{.To}} (UTC)</div></div></div>
<h2 style="margin-top:14px">Intents per day</h2>
<svg id="chart" xmlns="http://www.w3.org/2000/svg" width="100%" viewBox="0 0 {{.W}} {{.H}}" role="img" aria-label="intents per day" data-days="{{.Days}}" data-total="{{.Total}}">
{{range .YTicks}}<line x1="{{$.PlotX0}}" x2="{{$.PlotX1}}" y1="{{.Pos}}" y2="{{.Pos}}" stroke="#eaeef2"/><text x="{{$.PlotX0}}" dx="-6" y="{{.Pos}}" dy="4" text-anchor="end">{{.Label}}</text>
{{end}}{{range .Bars}}<rect class="bar" x="{{.X}}" y="{{.Y}}" width="{{.W}}" height="{{.H}}" fill="#d0d7de" data-day="{{.Day}}" data-count="{{.Count}}"><title>{{.Day}}: {{.Count}}</title></rect>
{{end}}{{range .Lines}}<path class="line" d="{{.D}}" fill="none" stroke="{{.Color}}" stroke-width="2" stroke-linejoin="round" data-intent="{{.Intent}}" data-total="{{.Total}}"/>
{{end}}<line x1="{{.PlotX0}}" x2="{{.PlotX1}}" y1="{{.PlotY1}}" y2="{{.PlotY1}}" stroke="#8c959f"/>
{{range .XTicks}}<text x="{{.Pos}}" y="{{$.PlotY1}}" dy="18" text-anchor="middle">{{.Label}}</text>
{{end}}{{if .Empty}}<text x="{{.MidX}}" y="150" text-anchor="middle" style="font-size:14px">No intents in this period</text>{{end}}
</svg>
<div class="legend"><span><i style="background:#d0d7de;height:10px"></i>all intents</span>{{range .Lines}}<span><i style="background:{{.Color}}"></i>{{.Intent}}</span>{{end}}</div>
</div>
<div class="card"><h2>Top intents</h2>
<table id="top"><thead><tr><th>Intent</th><th class="n">Count</th><th class="n">Share</th><th></th></tr></thead><tbody>
{{range .Top}}<tr data-intent="{{.Intent}}"><td>{{.Intent}}</td><td class="n">{{.Count}}</td><td class="n">{{.Share}}</td><td><div class="meter"><div style="width:{{.Width}}%;background:{{.Color}}"></div></div></td></tr>
{{else}}<tr><td colspan="4" class="muted">No intents in this period.</td></tr>{{end}}
</tbody></table>
<p class="muted">Counts of bot answers per intent; they are kept after the chat log itself expires.</p></div>
</main></body></html>{{end}}
`))
