// Package api is the service's HTTP API (contract §4): citizens' export and
// forget-me, intent statistics for analysts, masked logs for operators with an
// audit trail for admins, an analyst dashboard, and /healthz, /readyz and
// /metrics. Errors are JSON {"error": "..."} with statuses from one table
// (errors.go). Logs carry route, status, duration and counts, never tokens,
// keys, texts or IPs.
package api

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	stdlog "log"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"
	"go.uber.org/zap"

	"github.com/nordic-anonymizer/anonymizer/internal/config"
	"github.com/nordic-anonymizer/anonymizer/internal/metrics"
	"github.com/nordic-anonymizer/anonymizer/internal/rights"
	"github.com/nordic-anonymizer/anonymizer/internal/store"
)

// Server limits.
const (
	// MaxBodyBytes bounds every request body (the API takes none but the
	// dashboard login form).
	MaxBodyBytes = 8 << 10
	// MaxHeaderBytes bounds the request headers.
	MaxHeaderBytes = 16 << 10
	// HandlerTimeout bounds the store work of one request.
	HandlerTimeout = 20 * time.Second
)

//go:embed openapi.yaml
var openAPI []byte

// Options configure the API. Store and Config are required.
type Options struct {
	Store   store.Store
	Config  *config.Config
	Metrics *metrics.Metrics // nil: a private set
	Logger  *zap.Logger      // nil: no logging
	// Now is the API's clock: reads never return messages sent before
	// Now()-retention. nil: time.Now.
	Now func() time.Time
	// Ready is an extra readiness check for /readyz (NATS connected); the
	// store is always pinged. nil: only the store.
	Ready func(ctx context.Context) error
}

// API serves the HTTP routes.
type API struct {
	o       Options
	rights  *rights.Service
	limiter *limiter
	mux     *http.ServeMux
	routes  []string // registered patterns, for the OpenAPI check
}

// New builds the API.
func New(o Options) (*API, error) {
	if o.Store == nil || o.Config == nil {
		return nil, errors.New("api: Store and Config are required")
	}
	if o.Metrics == nil {
		o.Metrics = metrics.New()
	}
	if o.Logger == nil {
		o.Logger = zap.NewNop()
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	a := &API{
		o:      o,
		rights: &rights.Service{Store: o.Store, Retention: o.Config.Retention, Now: o.Now, Metrics: o.Metrics},
		limiter: newLimiter(o.Config.CitizenLimit.PerSecond, o.Config.CitizenLimit.Burst,
			o.Config.CitizenLimit.MaxClients, o.Now),
		mux: http.NewServeMux(),
	}
	a.handle("GET /v1/conversations/{id}", a.citizen(a.export))
	a.handle("DELETE /v1/conversations/{id}", a.citizen(a.forget))
	a.handle("GET /v1/stats/intents", a.staff(config.Analyst, a.intentStats))
	a.handle("GET /v1/stats/conversations", a.staff(config.Analyst, a.conversationStats))
	a.handle("GET /v1/logs", a.staff(config.Operator, a.logs))
	a.handle("GET /v1/audit", a.staff(config.Admin, a.audit))
	a.handle("GET /dashboard", a.dashboard)
	a.handle("POST /dashboard/login", a.dashboardLogin)
	a.handle("POST /dashboard/logout", a.dashboardLogout)
	a.handle("GET /healthz", func(w http.ResponseWriter, r *http.Request) error {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
		return nil
	})
	a.handle("GET /readyz", a.readyz)
	a.handle("GET /openapi.yaml", func(w http.ResponseWriter, r *http.Request) error {
		w.Header().Set("Content-Type", "application/yaml")
		_, err := w.Write(openAPI)
		return err
	})
	metricsHandler := promhttp.HandlerFor(o.Metrics.Registry, promhttp.HandlerOpts{})
	a.handle("GET /metrics", func(w http.ResponseWriter, r *http.Request) error {
		metricsHandler.ServeHTTP(w, r)
		return nil
	})
	return a, nil
}

// Handler is the API's root handler: every route, with unknown paths and
// wrong methods answered in JSON too.
func (a *API) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Body != nil {
			r.Body = http.MaxBytesReader(w, r.Body, MaxBodyBytes)
		}
		if _, pattern := a.mux.Handler(r); pattern == "" {
			// Not found or method not allowed: let the mux set Allow, but
			// answer in JSON.
			rec := &statusRecorder{ResponseWriter: w}
			a.mux.ServeHTTP(&jsonErrorWriter{rec}, r)
			a.observe(r, "unmatched", rec.code(), time.Now())
			return
		}
		a.mux.ServeHTTP(w, r)
	})
}

// Routes lists the registered route patterns ("GET /v1/logs").
func (a *API) Routes() []string { return append([]string(nil), a.routes...) }

// NewServer wraps a handler in an http.Server with timeouts and header
// limits, so a slow or hostile client cannot hold connections or memory.
func NewServer(h http.Handler, log *zap.Logger) *http.Server {
	s := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      HandlerTimeout + 10*time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    MaxHeaderBytes,
	}
	if log != nil {
		// net/http's own messages name the client address ("http: TLS
		// handshake error from 203.0.113.7:5123"); IPs are never logged.
		s.ErrorLog = stdlog.New(&redactWriter{log: log.Named("http")}, "", 0)
	}
	return s
}

var addrRe = regexp.MustCompile(`\[[0-9a-fA-F:.%a-zA-Z]+\](:\d+)?|\b\d{1,3}(\.\d{1,3}){3}(:\d+)?\b|\b[0-9a-fA-F]{0,4}(:[0-9a-fA-F]{0,4}){2,7}\b`)

// redactWriter logs net/http's error lines with addresses replaced by [ADDR].
type redactWriter struct{ log *zap.Logger }

func (r *redactWriter) Write(p []byte) (int, error) {
	r.log.Warn(addrRe.ReplaceAllString(strings.TrimSpace(string(p)), "[ADDR]"))
	return len(p), nil
}

type handlerFunc func(w http.ResponseWriter, r *http.Request) error

// handle registers a route with metrics, logging, a deadline and the error
// table.
func (a *API) handle(pattern string, h handlerFunc) {
	a.routes = append(a.routes, pattern)
	a.mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		ctx, cancel := context.WithTimeout(r.Context(), HandlerTimeout)
		defer cancel()
		rec := &statusRecorder{ResponseWriter: w}
		defer func() {
			// A bug in a handler is a 500 for this request, logged with
			// the route only (net/http would log the client address).
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler {
					panic(p)
				}
				a.o.Logger.Error("handler panic", zap.String("route", pattern), zap.String("panic", fmt.Sprint(p)))
				if !rec.wrote {
					writeError(rec, errors.New("api: internal error"))
				}
				a.observe(r, pattern, http.StatusInternalServerError, start)
			}
		}()
		err := h(rec, r.WithContext(ctx))
		if err != nil {
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				err = fmt.Errorf("%w: %w", errTooLarge, err)
			}
			if !rec.wrote {
				writeError(rec, err)
			}
			if status, _ := statusOf(err); status >= 500 {
				a.o.Logger.Error("request failed", zap.String("route", pattern), zap.Error(err))
			}
		}
		a.observe(r, pattern, rec.code(), start)
	})
}

func (a *API) observe(r *http.Request, route string, code int, start time.Time) {
	d := time.Since(start)
	a.o.Metrics.HTTPRequests.WithLabelValues(route, strconv.Itoa(code)).Inc()
	a.o.Metrics.HTTPSeconds.WithLabelValues(route).Observe(d.Seconds())
	a.o.Logger.Debug("http", zap.String("route", route), zap.Int("status", code), zap.Duration("took", d))
}

type statusRecorder struct {
	http.ResponseWriter
	status int
	wrote  bool
}

func (s *statusRecorder) WriteHeader(code int) {
	if !s.wrote {
		s.status, s.wrote = code, true
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Write(b []byte) (int, error) {
	if !s.wrote {
		s.status, s.wrote = http.StatusOK, true
	}
	return s.ResponseWriter.Write(b)
}

func (s *statusRecorder) code() int {
	if s.status == 0 {
		return http.StatusOK
	}
	return s.status
}

// jsonErrorWriter turns the mux's plain-text 404/405 into JSON errors.
type jsonErrorWriter struct{ *statusRecorder }

func (j *jsonErrorWriter) WriteHeader(code int) {
	msg := "not found"
	if code == http.StatusMethodNotAllowed {
		msg = "method not allowed"
	}
	writeJSON(j.statusRecorder, code, map[string]string{"error": msg})
}

func (j *jsonErrorWriter) Write(b []byte) (int, error) { return len(b), nil } // the mux's text body

func (a *API) readyz(w http.ResponseWriter, r *http.Request) error {
	if err := a.o.Store.Ping(r.Context()); err != nil {
		return fmt.Errorf("%w: store unreachable", errUnavailable)
	}
	if a.o.Ready != nil {
		if err := a.o.Ready(r.Context()); err != nil {
			return fmt.Errorf("%w: %v", errUnavailable, err)
		}
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
	return nil
}
