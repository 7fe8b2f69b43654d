// Package sqlite is the embedded SQLite implementation of store.Store, the
// default for a service that runs on one machine with nothing installed. It
// uses modernc.org/sqlite (pure Go, no cgo) in WAL mode with one writer
// connection, so that write transactions are serialized in the process
// (forget-me against ingest is race-free by construction) and readers never
// wait for the writer. It passes the conformance suite
// internal/store/storetest, as the PostgreSQL store does.
//
// Message ids are unique within their conversation (a redelivery repeats
// the body, conversation included); a UNIQUE index on random ids alone
// halved the write rate (benchmarks/README.md). The files are created mode
// 0600; deleted rows are zeroed (secure_delete) and Forget truncates the
// WAL, so a forgotten conversation's masked text leaves every file.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	_ "modernc.org/sqlite" // the "sqlite" database/sql driver

	"github.com/nordic-anonymizer/anonymizer/internal/store"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// Defaults of the options.
const (
	defaultReadConns   = 4
	defaultBusyTimeout = 10 * time.Second
)

// Store is a store.Store on one SQLite database file. It is safe for
// concurrent use; several processes may open the same file (writes then
// wait for each other up to the busy timeout).
type Store struct {
	w      *sql.DB // one connection: every write transaction goes through it
	r      *sql.DB // read-only connections
	closed atomic.Bool
	stmts  map[string]*sql.Stmt // preparedQueries, prepared on w at Open

	sweepBatch  int
	busyTimeout time.Duration
}

var _ store.Store = (*Store)(nil)

type options struct {
	readConns   int
	busyTimeout time.Duration
	sweepBatch  int
}

// Option configures Open.
type Option func(*options)

// WithReadConns sets the number of read connections (default 4).
func WithReadConns(n int) Option {
	return func(o *options) {
		if n > 0 {
			o.readConns = n
		}
	}
}

// WithBusyTimeout sets how long a statement waits for a lock held by
// another connection or process before failing (default 10 s).
func WithBusyTimeout(d time.Duration) Option {
	return func(o *options) {
		if d > 0 {
			o.busyTimeout = d
		}
	}
}

// WithSweepBatch sets how many rows one sweep transaction deletes at most
// (default 5,000): smaller batches hold the write lock for shorter times.
func WithSweepBatch(n int) Option {
	return func(o *options) {
		if n > 0 {
			o.sweepBatch = n
		}
	}
}

// Open opens (creating if needed) the database file at path and applies the
// embedded migrations that are not applied yet. path must name a file, not
// ":memory:": the writer and the readers are separate connections.
func Open(ctx context.Context, path string, opts ...Option) (*Store, error) {
	o := options{readConns: defaultReadConns, busyTimeout: defaultBusyTimeout, sweepBatch: defaultSweepBatch}
	for _, opt := range opts {
		opt(&o)
	}
	if path == "" || strings.HasPrefix(path, ":memory:") || strings.Contains(path, "mode=memory") {
		return nil, errors.New("store: sqlite: path must name a database file")
	}
	// The file holds masked chat logs: readable by the service's user only.
	// SQLite gives the -wal and -shm files the database file's mode.
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("store: sqlite: open: %w", err)
	}
	f.Close()
	w, err := sql.Open("sqlite", dsn(path, o, false))
	if err != nil {
		return nil, fmt.Errorf("store: sqlite: open: %w", err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)
	s := &Store{w: w, sweepBatch: o.sweepBatch, busyTimeout: o.busyTimeout}
	if err := s.migrate(ctx); err != nil {
		w.Close()
		return nil, err
	}
	s.stmts = make(map[string]*sql.Stmt, len(preparedQueries))
	for _, q := range preparedQueries {
		st, err := w.PrepareContext(ctx, q)
		if err != nil {
			w.Close()
			return nil, fmt.Errorf("store: sqlite: prepare: %w", err)
		}
		s.stmts[q] = st
	}
	r, err := sql.Open("sqlite", dsn(path, o, true))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("store: sqlite: open: %w", err)
	}
	r.SetMaxOpenConns(o.readConns)
	r.SetMaxIdleConns(o.readConns)
	s.r = r
	if err := r.PingContext(ctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("store: sqlite: open: %w", err)
	}
	return s, nil
}

// dsn builds the driver's connection string. The writer begins its
// transactions IMMEDIATE, taking the database's write lock at BEGIN, so that
// a transaction's reads (the tombstone check) and its writes see one state
// even when another process writes to the same file.
func dsn(path string, o options, readOnly bool) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout("+strconv.FormatInt(o.busyTimeout.Milliseconds(), 10)+")")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "foreign_keys(1)")
	if readOnly {
		q.Add("_pragma", "query_only(1)")
	} else {
		q.Set("_txlock", "immediate")
		// Deleted rows (forget-me, expiry) are overwritten with zeros in
		// the database file instead of lingering in free space.
		q.Add("_pragma", "secure_delete(ON)")
	}
	u := url.URL{Scheme: "file", Opaque: (&url.URL{Path: path}).EscapedPath(), RawQuery: q.Encode()}
	return u.String()
}

// migration is one embedded schema file, applied once in version order.
type migration struct {
	version int
	name    string
	sql     string
}

func migrations() ([]migration, error) {
	entries, err := fs.ReadDir(migrationFiles, "migrations")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || !strings.HasSuffix(e.Name(), ".sql") {
			return nil, fmt.Errorf("store: sqlite: migration %s: name must be NNNN_what.sql", e.Name())
		}
		b, err := migrationFiles.ReadFile("migrations/" + e.Name())
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{v, e.Name(), string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	return ms, nil
}

// migrate applies the migrations not yet recorded in schema_migrations, each
// in its own IMMEDIATE transaction, so that two processes opening the same
// file at once apply each migration once.
func (s *Store) migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	if _, err := s.w.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT    NOT NULL,
		applied_at INTEGER NOT NULL)`); err != nil {
		return fmt.Errorf("store: sqlite: migrate: %w", err)
	}
	for _, m := range ms {
		err := s.inTx(ctx, func(tx *sql.Tx) error {
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, m.version).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				return nil
			}
			if _, err := tx.ExecContext(ctx, m.sql); err != nil {
				return err
			}
			_, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
				m.version, m.name, time.Now().UnixMicro())
			return err
		})
		if err != nil {
			return fmt.Errorf("store: sqlite: migrate %s: %w", m.name, err)
		}
	}
	return nil
}

// inTx runs fn in a write transaction and commits it, or rolls it back when
// fn fails.
func (s *Store) inTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

func (s *Store) check() error {
	if s.closed.Load() {
		return store.ErrClosed
	}
	return nil
}

// Ping checks that the database answers a query.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.check(); err != nil {
		return err
	}
	var one int
	if err := s.r.QueryRowContext(ctx, `SELECT 1`).Scan(&one); err != nil {
		return fmt.Errorf("store: sqlite: ping: %w", err)
	}
	return nil
}

// Close closes the database. Later calls return store.ErrClosed.
func (s *Store) Close() error {
	if s.closed.Swap(true) {
		return nil
	}
	var errs []error
	if s.r != nil {
		errs = append(errs, s.r.Close())
	}
	errs = append(errs, s.w.Close())
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("store: sqlite: close: %w", err)
	}
	return nil
}

// micros and fromMicros convert between times and the stored microseconds.
func micros(t time.Time) int64 { return t.UnixMicro() }

func fromMicros(us int64) time.Time { return time.UnixMicro(us).UTC() }
