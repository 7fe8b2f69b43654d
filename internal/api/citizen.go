package api

import (
	"net/http"
)

// citizenHandler gets the conversation key from the Authorization header.
type citizenHandler func(w http.ResponseWriter, r *http.Request, key string) error

// citizen wraps a citizen route: the per-client-IP rate limit first (so
// guessing keys is slow), then the Bearer key.
func (a *API) citizen(h citizenHandler) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		if !a.limiter.allow(clientIP(r, a.o.Config.CitizenLimit.Proxies)) {
			w.Header().Set("Retry-After", "1")
			return errRateLimited
		}
		key, err := bearer(r.Header.Get("Authorization"))
		if err != nil {
			return err
		}
		return h(w, r, key)
	}
}

// export: GET /v1/conversations/{id}[?format=json|txt].
func (a *API) export(w http.ResponseWriter, r *http.Request, key string) error {
	q, err := singleValues(r)
	if err != nil {
		return err
	}
	format, err := parseFormat(q.Get("format"), "json", "txt")
	if err != nil {
		return err
	}
	e, err := a.rights.Export(r.Context(), "http", r.PathValue("id"), key)
	if err != nil {
		return err
	}
	if format == "txt" {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		return e.WriteText(w)
	}
	writeJSON(w, http.StatusOK, e)
	return nil
}

// forget: DELETE /v1/conversations/{id}.
func (a *API) forget(w http.ResponseWriter, r *http.Request, key string) error {
	id := r.PathValue("id")
	if err := a.rights.Forget(r.Context(), "http", id, key); err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, struct {
		Status         string `json:"status"`
		ConversationID string `json:"conversation_id"`
	}{"forgotten", id})
	return nil
}
