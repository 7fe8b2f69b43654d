package main

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"go.uber.org/zap"

	"github.com/nordic-anonymizer/anonymizer/detectors"
	"github.com/nordic-anonymizer/anonymizer/internal/ipmask"
	"github.com/nordic-anonymizer/anonymizer/internal/logging"
	"github.com/nordic-anonymizer/anonymizer/internal/metrics"
	"github.com/nordic-anonymizer/anonymizer/internal/natsembed"
	"github.com/nordic-anonymizer/anonymizer/internal/store"
	"github.com/nordic-anonymizer/anonymizer/internal/store/postgres"
	"github.com/nordic-anonymizer/anonymizer/internal/store/sqlite"
	"github.com/nordic-anonymizer/anonymizer/internal/useragent"
	"github.com/nordic-anonymizer/anonymizer/pipeline"
)

// runServe runs the whole service until SIGINT/SIGTERM, then stops fetching,
// finishes the batch in flight, acks it and returns nil.
func runServe(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	f, err := parseServeFlags(args, stderr)
	if err != nil {
		return err
	}
	log, err := logging.New(stderr, f.LogLevel, logging.Format(f.LogFormat))
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	defer log.Sync() //nolint:errcheck // stderr
	svc, err := wire(ctx, f, log)
	if err != nil {
		return err
	}
	return svc.run(ctx)
}

// service is everything `serve` runs in one process.
type service struct {
	log     *zap.Logger
	metrics *metrics.Metrics
	nats    *natsembed.Server // nil with --nats-url
	nc      *nats.Conn
	store   store.Store
	engine  *detectors.Engine
	worker  *pipeline.Worker
	sweeper *pipeline.Sweeper
	httpLn  net.Listener
	http    *http.Server
	// closers run in reverse order at the end of run or when wire fails.
	closers []func()
}

// wire builds the service: NATS (embedded or external), store, detector
// engine, worker and HTTP listener, in that order. It is the one place that
// knows how the parts fit together.
func wire(ctx context.Context, f serveFlags, log *zap.Logger) (_ *service, err error) {
	svc := &service{log: log, metrics: metrics.New()}
	defer func() {
		if err != nil {
			svc.close()
		}
	}()
	if err := os.MkdirAll(f.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("serve: --data-dir: %w", err)
	}

	// NATS: the embedded server, unless --nats-url names one.
	url := f.NATSURL
	if url == "" {
		key, err := natsKey(f, log)
		if err != nil {
			return nil, err
		}
		srv, err := natsembed.Start(natsembed.Options{
			Listen:   f.NATSListen,
			StoreDir: filepath.Join(f.DataDir, "nats"),
			Key:      key,
		})
		if errors.Is(err, natsembed.ErrAddrInUse) {
			return nil, fmt.Errorf("serve: --nats-listen %s is already in use (another NATS server?): pick a free address with --nats-listen, or use that server with --nats-url nats://%s", f.NATSListen, f.NATSListen)
		}
		if err != nil {
			return nil, fmt.Errorf("serve: embedded nats (a changed --nats-key cannot read the existing store): %w", err)
		}
		svc.nats = srv
		svc.closers = append(svc.closers, srv.Shutdown)
		url = srv.ClientURL()
		log.Info("embedded nats started", zap.String("url", url), zap.String("store", filepath.Join(f.DataDir, "nats")))
	}
	nc, err := nats.Connect(url, nats.Name("anonymizer-serve"), nats.MaxReconnects(-1), nats.Timeout(5*time.Second))
	if err != nil {
		return nil, fmt.Errorf("serve: connect nats %s: %w", redactURL(url), err)
	}
	svc.nc = nc
	svc.closers = append(svc.closers, nc.Close)

	st, err := openStore(ctx, f.Store, f.DataDir)
	if err != nil {
		return nil, err
	}
	svc.store = st
	svc.closers = append(svc.closers, func() {
		if err := st.Close(); err != nil {
			log.Warn("store close", zap.Error(err))
		}
	})

	svc.engine, err = detectors.NewEngine()
	if err != nil {
		return nil, fmt.Errorf("serve: %w", err)
	}
	log.Info("detector engine ready", zap.String("version", svc.engine.Version()))

	svc.worker, err = pipeline.NewWorker(nc, pipeline.Config{
		Store:     st,
		Masker:    svc.engine,
		IPHasher:  ipmask.New(time.Now),
		UserAgent: useragent.Parse,
		Metrics:   svc.metrics,
		Logger:    log.Named("worker"),

		StreamReplicas: f.StreamReplicas,
		Linger:         lingerConfig(f.Linger),
	})
	if err != nil {
		return nil, fmt.Errorf("serve: %w", err)
	}
	sctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	_, err = svc.worker.Setup(sctx)
	cancel()
	if err != nil {
		return nil, fmt.Errorf("serve: %w", err)
	}

	svc.httpLn, err = net.Listen("tcp", f.HTTPListen)
	if err != nil {
		return nil, fmt.Errorf("serve: --http-listen %s: %w", f.HTTPListen, err)
	}
	svc.closers = append(svc.closers, func() { svc.httpLn.Close() })
	if svc.http, err = svc.wireAPI(f.Config); err != nil {
		return nil, err
	}
	log.Info("http listening", zap.String("addr", svc.httpLn.Addr().String()))
	return svc, nil
}

// run serves until ctx is done, then shuts down in order: the worker
// finishes its batch, the HTTP server drains, then the store and NATS close.
func (s *service) run(ctx context.Context) error {
	httpErr := make(chan error, 1)
	go func() {
		err := s.http.Serve(s.httpLn)
		if errors.Is(err, http.ErrServerClosed) {
			err = nil
		}
		httpErr <- err
	}()
	sweepDone := make(chan struct{})
	go func() {
		defer close(sweepDone)
		_ = s.sweeper.Run(ctx)
	}()
	werr := s.worker.Run(ctx)
	<-sweepDone
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	_ = s.http.Shutdown(sctx)
	cancel()
	herr := <-httpErr
	s.close()
	s.log.Info("stopped")
	if werr != nil {
		return fmt.Errorf("serve: %w", werr)
	}
	if herr != nil {
		return fmt.Errorf("serve: http: %w", herr)
	}
	return nil
}

func (s *service) close() {
	for i := len(s.closers) - 1; i >= 0; i-- {
		s.closers[i]()
	}
	s.closers = nil
}

// openStore opens the store a DSN names: "" is SQLite in the data dir,
// postgres:// or postgresql:// is PostgreSQL, sqlite://PATH or a plain path is
// a SQLite file.
func openStore(ctx context.Context, dsn, dataDir string) (store.Store, error) {
	switch {
	case strings.HasPrefix(dsn, "postgres://"), strings.HasPrefix(dsn, "postgresql://"):
		st, err := postgres.Open(ctx, dsn)
		if err != nil {
			return nil, fmt.Errorf("serve: --store postgres: %w", err)
		}
		return st, nil
	case dsn == "":
		dsn = filepath.Join(dataDir, "anonymizer.db")
	default:
		dsn = strings.TrimPrefix(dsn, "sqlite://")
	}
	st, err := sqlite.Open(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("serve: --store %s: %w", dsn, err)
	}
	return st, nil
}

// natsKey returns the JetStream encryption key: --nats-key /
// ANONYMIZER_NATS_KEY when set, else the key in <data-dir>/nats.key, made
// (32 random bytes, mode 0600) on first start.
func natsKey(f serveFlags, log *zap.Logger) (string, error) {
	if f.NATSKey != "" {
		return f.NATSKey, nil
	}
	path := filepath.Join(f.DataDir, "nats.key")
	b, err := os.ReadFile(path)
	if err == nil {
		if k := strings.TrimSpace(string(b)); k != "" {
			return k, nil
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return "", fmt.Errorf("serve: nats key: %w", err)
	}
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return "", fmt.Errorf("serve: nats key: %w", err)
	}
	key := base64.RawURLEncoding.EncodeToString(raw)
	if err := os.WriteFile(path, []byte(key+"\n"), 0o600); err != nil {
		return "", fmt.Errorf("serve: nats key: %w", err)
	}
	log.Warn("generated a JetStream encryption key in the data dir; in production set ANONYMIZER_NATS_KEY instead", zap.String("file", path))
	return key, nil
}

// redactURL drops credentials from a NATS URL before it is logged or shown.
func redactURL(u string) string {
	if at := strings.LastIndex(u, "@"); at >= 0 {
		if i := strings.Index(u, "://"); i >= 0 && i < at {
			return u[:i+3] + "***" + u[at:]
		}
	}
	return u
}

// lingerConfig maps --linger to pipeline.Config.Linger, where 0 means the
// default and a negative value none.
func lingerConfig(d time.Duration) time.Duration {
	if d == 0 {
		return -1
	}
	return d
}
