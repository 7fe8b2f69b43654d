package api

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/nordic-anonymizer/anonymizer/internal/store"
)

// Limits of request parameters.
const (
	maxBearerLen = 512
	// maxStatsRange bounds from..to of the statistics (hourly buckets over
	// it are at most ~26k rows per intent).
	maxStatsRange = 3 * 366 * 24 * time.Hour
	maxLogsRange  = 366 * 24 * time.Hour
	// maxHourlyRange bounds hourly statistics (~2,200 buckets per intent).
	maxHourlyRange = 92 * 24 * time.Hour
	maxLogsLimit   = 1000
	defaultLimit   = 100
	defaultRange   = 30 * 24 * time.Hour
)

// bearer returns the credential of an "Authorization: Bearer <x>" header.
// A missing or malformed header is errUnauthorized.
func bearer(h string) (string, error) {
	if h == "" {
		return "", fmt.Errorf("%w: missing Authorization: Bearer header", errUnauthorized)
	}
	if len(h) > maxBearerLen {
		return "", fmt.Errorf("%w: malformed Authorization header", errUnauthorized)
	}
	scheme, cred, ok := strings.Cut(h, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return "", fmt.Errorf("%w: malformed Authorization header, want Bearer", errUnauthorized)
	}
	cred = strings.TrimSpace(cred)
	if cred == "" || strings.ContainsAny(cred, " \t\r\n") {
		return "", fmt.Errorf("%w: malformed Authorization header, want Bearer", errUnauthorized)
	}
	for i := 0; i < len(cred); i++ {
		if cred[i] < 0x21 || cred[i] > 0x7e {
			return "", fmt.Errorf("%w: malformed Authorization header", errUnauthorized)
		}
	}
	return cred, nil
}

// parseTime reads an RFC 3339 time or a date (2026-11-22, midnight UTC).
func parseTime(name, s string) (time.Time, error) {
	if len(s) > 64 {
		return time.Time{}, fmt.Errorf("%w: %s: too long", errBadRequest, name)
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		if t.Year() < 1970 || t.Year() > 9999 {
			return time.Time{}, fmt.Errorf("%w: %s: year out of range", errBadRequest, name)
		}
		return t.UTC(), nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil && t.Year() >= 1970 {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("%w: %s: want an RFC 3339 time (2026-11-22T10:00:00Z) or a date (2026-11-22)", errBadRequest, name)
}

// timeRange reads from and to (to exclusive). Missing to is now; missing from
// is to minus def. from must be before to, and the range at most max.
func timeRange(q url.Values, now time.Time, def, max time.Duration) (from, to time.Time, err error) {
	to = now.UTC()
	if s := q.Get("to"); s != "" {
		if to, err = parseTime("to", s); err != nil {
			return
		}
	}
	from = to.Add(-def)
	if s := q.Get("from"); s != "" {
		if from, err = parseTime("from", s); err != nil {
			return
		}
	}
	if !from.Before(to) {
		return from, to, fmt.Errorf("%w: from must be before to", errBadRequest)
	}
	if to.Sub(from) > max {
		return from, to, fmt.Errorf("%w: from..to spans more than %d days", errBadRequest, int(max.Hours()/24))
	}
	return from, to, nil
}

func parseBucket(s string) (store.Bucket, error) {
	switch store.Bucket(s) {
	case "":
		return store.Day, nil
	case store.Hour, store.Day, store.Month:
		return store.Bucket(s), nil
	}
	return "", fmt.Errorf("%w: bucket: want hour, day or month", errBadRequest)
}

func parseGroupBy(s string) (string, error) {
	switch s {
	case "", "platform", "browser":
		return s, nil
	}
	return "", fmt.Errorf("%w: group_by: want platform or browser", errBadRequest)
}

func parseFormat(s string, allowed ...string) (string, error) {
	if s == "" {
		return allowed[0], nil
	}
	for _, a := range allowed {
		if s == a {
			return s, nil
		}
	}
	return "", fmt.Errorf("%w: format: want %s", errBadRequest, strings.Join(allowed, " or "))
}

func parseLimit(s string) (int, error) {
	if s == "" {
		return defaultLimit, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > maxLogsLimit {
		return 0, fmt.Errorf("%w: limit: want 1 to %d", errBadRequest, maxLogsLimit)
	}
	return n, nil
}

// singleValues rejects a repeated query parameter, so that ?tenant=a&tenant=b
// cannot mean one thing to the check and another to the query.
func singleValues(r *http.Request) (url.Values, error) {
	q, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return nil, fmt.Errorf("%w: malformed query string", errBadRequest)
	}
	for k, v := range q {
		if len(v) > 1 {
			return nil, fmt.Errorf("%w: %s given more than once", errBadRequest, k)
		}
	}
	return q, nil
}
