package api

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"

	"github.com/nordic-anonymizer/anonymizer/internal/rights"
	"github.com/nordic-anonymizer/anonymizer/internal/store"
)

// Error kinds of the API besides the store's and rights' errors.
var (
	errBadRequest   = errors.New("api: bad request")  // a parameter is malformed
	errUnauthorized = errors.New("api: unauthorized") // no or malformed credentials, unknown token
	errForbidden    = errors.New("api: forbidden")    // the token's role or tenants do not allow it
	errRateLimited  = errors.New("api: rate limited") // too many requests from this client
	errTooLarge     = errors.New("api: request too large")
	errUnavailable  = errors.New("api: not ready")
)

// errorTable maps every error kind to its HTTP status and the message the
// client sees. It is the one place where errors become statuses; anything
// not listed is a 500 "internal error" whose detail is only logged.
var errorTable = []struct {
	kind   error
	status int
	msg    string // "" = the error's own text (validation details)
}{
	{errTooLarge, http.StatusRequestEntityTooLarge, "request too large"},
	{store.ErrNotFound, http.StatusNotFound, "conversation not found"},
	{rights.ErrBadRequest, http.StatusBadRequest, ""},
	{errBadRequest, http.StatusBadRequest, ""},
	{errUnauthorized, http.StatusUnauthorized, ""},
	{errForbidden, http.StatusForbidden, ""},
	{errRateLimited, http.StatusTooManyRequests, "too many requests, slow down"},
	{errUnavailable, http.StatusServiceUnavailable, ""},
	{store.ErrClosed, http.StatusServiceUnavailable, "service shutting down"},
	{context.DeadlineExceeded, http.StatusServiceUnavailable, "timed out"},
}

// statusOf returns the status and client message of err.
func statusOf(err error) (int, string) {
	for _, e := range errorTable {
		if errors.Is(err, e.kind) {
			if e.msg != "" {
				return e.status, e.msg
			}
			return e.status, clientText(err)
		}
	}
	return http.StatusInternalServerError, "internal error"
}

// clientText strips the package prefix of a validation error: "api: bad
// request: from: want RFC 3339" becomes "bad request: from: want RFC 3339".
func clientText(err error) string {
	s := err.Error()
	for _, p := range []string{"api: ", "rights: "} {
		if len(s) > len(p) && s[:len(p)] == p {
			return s[len(p):]
		}
	}
	return s
}

// writeError writes {"error": msg} with the status of err.
func writeError(w http.ResponseWriter, err error) int {
	status, msg := statusOf(err)
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="anonymizer"`)
	}
	writeJSON(w, status, map[string]string{"error": msg})
	return status
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}
