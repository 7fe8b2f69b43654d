package api

import (
	"encoding/csv"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"time"

	"go.uber.org/zap"

	"github.com/nordic-anonymizer/anonymizer/internal/config"
	"github.com/nordic-anonymizer/anonymizer/internal/store"
)

type staffHandler func(w http.ResponseWriter, r *http.Request, tok *config.Token, q url.Values) error

// staff wraps a route for analysts, operators and admins: a configured
// token with at least the role need, sent as Authorization: Bearer.
func (a *API) staff(need config.Role, h staffHandler) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		secret, err := bearer(r.Header.Get("Authorization"))
		if err != nil {
			return err
		}
		tok, err := a.authorize(secret, need)
		if err != nil {
			if need == config.Operator {
				a.auditDenied(r, a.o.Config.Lookup(secret), r.URL.Query().Get("tenant"))
			}
			return err
		}
		q, err := singleValues(r)
		if err != nil {
			return err
		}
		return h(w, r, tok, q)
	}
}

func (a *API) authorize(secret string, need config.Role) (*config.Token, error) {
	tok := a.o.Config.Lookup(secret)
	if tok == nil {
		return nil, fmt.Errorf("%w: unknown token", errUnauthorized)
	}
	if !tok.Role.Allows(need) {
		return nil, fmt.Errorf("%w: this needs an %s token", errForbidden, need)
	}
	return tok, nil
}

// tenant is the tenant a request names, which the token must reach. With one
// tenant, the parameter may be left out.
func (a *API) tenant(tok *config.Token, q url.Values) (string, error) {
	t := q.Get("tenant")
	if t == "" {
		ts := a.o.Config.TenantsOf(tok)
		if len(ts) != 1 {
			return "", fmt.Errorf("%w: tenant: required", errBadRequest)
		}
		return ts[0], nil
	}
	if !a.o.Config.HasTenant(t) || !tok.CanRead(t) {
		// The same answer for a tenant that does not exist: no token learns
		// which other tenants there are.
		return "", fmt.Errorf("%w: this token does not reach tenant %q", errForbidden, t)
	}
	return t, nil
}

// countCell is a statistics count as shown: the number, "<k" when a grouped
// count is below k, or "suppressed" when it is hidden only so that a "<k"
// beside it cannot be recovered from the ungrouped total.
type countCell struct {
	n          int64
	small      int  // k when below k, else 0
	complement bool // hidden to protect a small cell beside it
}

// suppressedMark stands for a count hidden by complementary suppression.
const suppressedMark = "suppressed"

func (c countCell) String() string {
	switch {
	case c.small > 0:
		return "<" + strconv.Itoa(c.small)
	case c.complement:
		return suppressedMark
	}
	return strconv.FormatInt(c.n, 10)
}

func (c countCell) MarshalJSON() ([]byte, error) {
	if c.small > 0 || c.complement {
		return []byte(`"` + c.String() + `"`), nil
	}
	return []byte(strconv.FormatInt(c.n, 10)), nil
}

type intentRow struct {
	Bucket time.Time `json:"bucket"`
	Intent string    `json:"intent"`
	Group  string    `json:"group,omitempty"`
	Count  countCell `json:"count"`
}

// suppress shows grouped counts below k as "<k", so a single citizen cannot
// be picked out of a rare intent on a rare browser. Ungrouped counts are
// shown as they are.
//
// The ungrouped view gives each (bucket, intent) total, so a lone "<k" cell
// would be the total minus the cells beside it. Where a bucket and intent
// have exactly one small cell, the smallest other cell is hidden too
// (complementary suppression): the two hidden cells are then known only
// as a sum.
func suppress(rows []store.IntentCount, grouped bool, k int) []intentRow {
	out := make([]intentRow, 0, len(rows))
	for _, r := range rows {
		c := countCell{n: r.Count}
		if grouped && r.Count < int64(k) {
			c.small = k
		}
		out = append(out, intentRow{Bucket: r.Bucket.UTC(), Intent: r.Intent, Group: r.Group, Count: c})
	}
	if !grouped {
		return out
	}
	// The cells of each bucket and intent, as indexes into out.
	type bucketIntent struct {
		unix   int64
		intent string
	}
	cells := make(map[bucketIntent][]int)
	for i, r := range out {
		key := bucketIntent{r.Bucket.Unix(), r.Intent}
		cells[key] = append(cells[key], i)
	}
	for _, idx := range cells {
		small, other := 0, -1
		for _, i := range idx {
			if out[i].Count.small > 0 {
				small++
			} else if other < 0 || out[i].Count.n < out[other].Count.n {
				other = i
			}
		}
		if small == 1 && other >= 0 {
			out[other].Count.complement = true
		}
	}
	return out
}

// intentStats: GET /v1/stats/intents.
func (a *API) intentStats(w http.ResponseWriter, r *http.Request, tok *config.Token, q url.Values) error {
	tenant, err := a.tenant(tok, q)
	if err != nil {
		return err
	}
	from, to, err := timeRange(q, a.o.Now(), defaultRange, maxStatsRange)
	if err != nil {
		return err
	}
	bucket, err := parseBucket(q.Get("bucket"))
	if err != nil {
		return err
	}
	if bucket == store.Hour && to.Sub(from) > maxHourlyRange {
		return fmt.Errorf("%w: bucket=hour spans at most %d days", errBadRequest, int(maxHourlyRange.Hours()/24))
	}
	group, err := parseGroupBy(q.Get("group_by"))
	if err != nil {
		return err
	}
	format, err := parseFormat(q.Get("format"), "json", "csv")
	if err != nil {
		return err
	}
	counts, err := a.o.Store.IntentStats(r.Context(), store.StatsQuery{Tenant: tenant, From: from, To: to, Bucket: bucket, GroupBy: group})
	if err != nil {
		return err
	}
	rows := suppress(counts, group != "", a.o.Config.SmallCountK)
	a.o.Logger.Info("stats read", zap.String("route", "intents"), zap.String("actor", tok.Name), zap.String("tenant", tenant), zap.Int("rows", len(rows)))
	if format == "csv" {
		head := []string{"bucket", "intent"}
		if group != "" {
			head = append(head, group)
		}
		head = append(head, "count")
		return writeCSV(w, "intents-"+tenant+".csv", head, len(rows), func(i int) []string {
			rec := []string{rows[i].Bucket.Format(time.RFC3339), rows[i].Intent}
			if group != "" {
				rec = append(rec, rows[i].Group)
			}
			return append(rec, rows[i].Count.String())
		})
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"tenant": tenant, "from": from, "to": to, "bucket": bucket, "group_by": group,
		"small_count_k": a.o.Config.SmallCountK, "rows": rows,
	})
	return nil
}

type convRow struct {
	Tenant string `json:"tenant"`
	Month  string `json:"month"` // 2026-11
	Count  int64  `json:"conversations"`
}

// conversationStats: GET /v1/stats/conversations (billing). Without tenant,
// every tenant the token reaches.
func (a *API) conversationStats(w http.ResponseWriter, r *http.Request, tok *config.Token, q url.Values) error {
	var tenants []string
	if q.Get("tenant") == "" {
		tenants = a.o.Config.TenantsOf(tok)
	} else {
		t, err := a.tenant(tok, q)
		if err != nil {
			return err
		}
		tenants = []string{t}
	}
	now := a.o.Now().UTC()
	startOfNextMonth := time.Date(now.Year(), now.Month()+1, 1, 0, 0, 0, 0, time.UTC)
	if q.Get("to") == "" {
		q.Set("to", startOfNextMonth.Format(time.RFC3339))
	}
	if q.Get("from") == "" {
		q.Set("from", startOfNextMonth.AddDate(0, -12, 0).Format(time.RFC3339))
	}
	from, to, err := timeRange(q, now, 0, maxStatsRange)
	if err != nil {
		return err
	}
	format, err := parseFormat(q.Get("format"), "json", "csv")
	if err != nil {
		return err
	}
	var rows []convRow
	for _, t := range tenants {
		cs, err := a.o.Store.ConversationStats(r.Context(), t, from, to)
		if err != nil {
			return err
		}
		for _, c := range cs {
			rows = append(rows, convRow{Tenant: c.Tenant, Month: c.Month.UTC().Format("2006-01"), Count: c.Count})
		}
	}
	if rows == nil {
		rows = []convRow{}
	}
	if format == "csv" {
		return writeCSV(w, "conversations.csv", []string{"tenant", "month", "conversations"}, len(rows), func(i int) []string {
			return []string{rows[i].Tenant, rows[i].Month, strconv.FormatInt(rows[i].Count, 10)}
		})
	}
	writeJSON(w, http.StatusOK, map[string]any{"from": from, "to": to, "rows": rows})
	return nil
}

type logRow struct {
	ID              string         `json:"id"`
	ConversationID  string         `json:"conversation_id"`
	SentAt          time.Time      `json:"sent_at"`
	Role            string         `json:"role"`
	Text            string         `json:"text"`
	Intent          string         `json:"intent,omitempty"`
	Lang            string         `json:"lang,omitempty"`
	Platform        string         `json:"platform"`
	Browser         string         `json:"browser,omitempty"`
	Masked          map[string]int `json:"masked"`
	DetectorVersion string         `json:"detector_version"`
}

// logs: GET /v1/logs, operators only. Every call that returns rows is
// written to the audit log first; if the audit write fails, nothing is
// returned.
func (a *API) logs(w http.ResponseWriter, r *http.Request, tok *config.Token, q url.Values) error {
	tenant, err := a.tenant(tok, q)
	if err != nil {
		if errors.Is(err, errForbidden) {
			a.auditDenied(r, tok, q.Get("tenant"))
		}
		return err
	}
	now := a.o.Now().UTC()
	from, to, err := timeRange(q, now, 24*time.Hour, maxLogsRange)
	if err != nil {
		return err
	}
	limit, err := parseLimit(q.Get("limit"))
	if err != nil {
		return err
	}
	msgs, err := a.o.Store.Logs(r.Context(), store.LogQuery{
		Tenant: tenant, From: from, To: to, Limit: limit, Now: now, Retention: a.o.Config.Retention,
	})
	if err != nil {
		return err
	}
	if err := a.o.Store.Audit(r.Context(), store.AuditEntry{
		At: now, Actor: tok.Name, Action: "logs.read", Tenant: tenant, From: from, To: to, Rows: len(msgs),
	}); err != nil {
		return fmt.Errorf("api: audit: %w", err)
	}
	a.o.Logger.Info("logs read", zap.String("actor", tok.Name), zap.String("tenant", tenant), zap.Int("rows", len(msgs)))
	rows := make([]logRow, 0, len(msgs))
	for _, m := range msgs {
		masks := m.Masks
		if masks == nil {
			masks = map[string]int{}
		}
		rows = append(rows, logRow{
			ID: m.ID, ConversationID: m.ConversationID, SentAt: m.SentAt.UTC(), Role: m.Role, Text: m.Text,
			Intent: m.Intent, Lang: m.Lang, Platform: m.Platform, Browser: m.Browser, Masked: masks,
			DetectorVersion: m.DetectorVersion,
		})
	}
	writeJSON(w, http.StatusOK, map[string]any{"tenant": tenant, "from": from, "to": to, "rows": len(rows), "messages": rows})
	return nil
}

// auditDenied records a refused log read by a configured token (an analyst
// trying /v1/logs, an operator asking for another tenant), so admins see
// attempts as well as reads. Unknown tokens have no name to record.
func (a *API) auditDenied(r *http.Request, tok *config.Token, tenant string) {
	if tok == nil {
		return
	}
	if tenant == "" {
		if ts := a.o.Config.TenantsOf(tok); len(ts) == 1 {
			tenant = ts[0]
		}
	}
	if !a.o.Config.HasTenant(tenant) {
		tenant = "unknown" // never an arbitrary string from the request
	}
	if err := a.o.Store.Audit(r.Context(), store.AuditEntry{
		At: a.o.Now().UTC(), Actor: tok.Name, Action: "logs.denied", Tenant: tenant,
	}); err != nil {
		a.o.Logger.Warn("audit of a denied log read failed", zap.String("actor", tok.Name), zap.Error(err))
	}
}

type auditRow struct {
	At     time.Time `json:"at"`
	Actor  string    `json:"actor"`
	Action string    `json:"action"`
	Tenant string    `json:"tenant"`
	From   time.Time `json:"from"`
	To     time.Time `json:"to"`
	Rows   int       `json:"rows"`
}

// audit: GET /v1/audit, admins only, entries of the admin's tenants.
func (a *API) audit(w http.ResponseWriter, r *http.Request, tok *config.Token, q url.Values) error {
	from, to, err := timeRange(q, a.o.Now(), defaultRange, maxStatsRange)
	if err != nil {
		return err
	}
	var only string
	if q.Get("tenant") != "" {
		if only, err = a.tenant(tok, q); err != nil {
			return err
		}
	}
	entries, err := a.o.Store.AuditLog(r.Context(), from, to)
	if err != nil {
		return err
	}
	reach := a.o.Config.TenantsOf(tok)
	all := slices.Contains(tok.Tenants, config.AllTenants)
	rows := []auditRow{}
	for _, e := range entries {
		if (!all && !slices.Contains(reach, e.Tenant)) || (only != "" && e.Tenant != only) {
			continue
		}
		rows = append(rows, auditRow{At: e.At.UTC(), Actor: e.Actor, Action: e.Action, Tenant: e.Tenant, From: e.From.UTC(), To: e.To.UTC(), Rows: e.Rows})
	}
	writeJSON(w, http.StatusOK, map[string]any{"from": from, "to": to, "entries": rows})
	return nil
}

// writeCSV writes a CSV download. Cells that a spreadsheet would run as a
// formula are prefixed with a quote.
func writeCSV(w http.ResponseWriter, filename string, head []string, n int, row func(int) []string) error {
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="`+filename+`"`)
	w.Header().Set("Cache-Control", "no-store")
	cw := csv.NewWriter(w)
	if err := cw.Write(head); err != nil {
		return err
	}
	for i := range n {
		rec := row(i)
		for j, c := range rec {
			if c != "" && (c[0] == '=' || c[0] == '+' || c[0] == '@' || c[0] == '\t' || c[0] == '\r') {
				rec[j] = "'" + c
			}
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
