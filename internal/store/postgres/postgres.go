// Package postgres is the PostgreSQL implementation of store.Store, for
// deployments where several workers share one database. It behaves exactly
// like the embedded SQLite store (both pass internal/store/storetest) and adds
// what several processes need: migrations applied under an advisory lock so
// that N workers may start at once, forget-me serialized against ingest with
// per-conversation advisory locks, a sweep lock so that one sweeper runs at a
// time, and messages partitioned by day so that retention drops partitions
// instead of deleting rows.
package postgres

import (
	"context"
	"crypto/sha256"
	"embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/nordic-anonymizer/anonymizer/internal/store"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// Store is a store.Store on a PostgreSQL database. It is safe for concurrent
// use, also by several processes sharing the database.
type Store struct {
	pool   *pgxpool.Pool
	closed atomic.Bool

	// lockSpace is mixed into every advisory lock key, so that stores in
	// different schemas of one database (tests) never share a lock.
	lockSpace string

	mu    sync.Mutex
	parts map[int64]bool // UTC days (unix day numbers) whose partition is known to exist
}

var _ store.Store = (*Store)(nil)

// Open connects to the database named by dsn (a postgres:// URL or a libpq
// key=value string), applies the embedded migrations that are not applied
// yet, and creates the message partitions for the coming days. Several
// processes may Open the same database at once.
func Open(ctx context.Context, dsn string) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		// The DSN may hold a password: do not echo it.
		return nil, errors.New("store: postgres: invalid dsn")
	}
	// Buckets (date_trunc) and partition bounds are in UTC whatever the
	// server's default time zone.
	cfg.ConnConfig.RuntimeParams["timezone"] = "UTC"
	if cfg.ConnConfig.RuntimeParams["application_name"] == "" {
		cfg.ConnConfig.RuntimeParams["application_name"] = "anonymizer"
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("store: postgres: connect: %w", err)
	}
	s := &Store{pool: pool, parts: map[int64]bool{}}
	if err := pool.QueryRow(ctx, `SELECT current_database() || '.' || current_schema()`).Scan(&s.lockSpace); err != nil {
		pool.Close()
		return nil, fmt.Errorf("store: postgres: connect: %w", err)
	}
	if err := s.migrate(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	today := dayOf(nowUTC())
	if err := s.ensurePartitions(ctx, []int64{today, today + 1, today + 2}); err != nil {
		pool.Close()
		return nil, err
	}
	return s, nil
}

// Close closes the pool. Later calls return store.ErrClosed.
func (s *Store) Close() error {
	if s.closed.Swap(true) {
		return nil
	}
	s.pool.Close()
	return nil
}

// Ping checks that the database answers.
func (s *Store) Ping(ctx context.Context) error {
	if s.closed.Load() {
		return store.ErrClosed
	}
	if err := s.pool.Ping(ctx); err != nil {
		return fmt.Errorf("store: postgres: ping: %w", err)
	}
	return nil
}

func (s *Store) check() error {
	if s.closed.Load() {
		return store.ErrClosed
	}
	return nil
}

// lockKey is the advisory lock key of name within this store's schema.
func (s *Store) lockKey(name string) int64 {
	h := sha256.Sum256([]byte(s.lockSpace + "\x00" + name))
	return int64(binary.BigEndian.Uint64(h[:8]))
}

// migration is one embedded versioned migration file, NNNN_name.sql.
type migration struct {
	version int
	name    string
	sql     string
}

func loadMigrations() ([]migration, error) {
	entries, err := fs.ReadDir(migrationFiles, "migrations")
	if err != nil {
		return nil, fmt.Errorf("store: postgres: migrations: %w", err)
	}
	var ms []migration
	for _, e := range entries {
		name := e.Name()
		num, _, ok := strings.Cut(name, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || !strings.HasSuffix(name, ".sql") {
			return nil, fmt.Errorf("store: postgres: migration %s: name is not NNNN_name.sql", name)
		}
		b, err := migrationFiles.ReadFile("migrations/" + name)
		if err != nil {
			return nil, fmt.Errorf("store: postgres: migration %s: %w", name, err)
		}
		ms = append(ms, migration{version: v, name: name, sql: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i := 1; i < len(ms); i++ {
		if ms[i].version == ms[i-1].version {
			return nil, fmt.Errorf("store: postgres: migrations %s and %s share a version", ms[i-1].name, ms[i].name)
		}
	}
	return ms, nil
}

// migrate applies the missing migrations, each in its own transaction under
// a transaction-level advisory lock: of N workers starting at once, one
// applies a migration while the others wait, then see it recorded and skip
// it. DDL is transactional in PostgreSQL, so a failed migration leaves
// nothing half done.
func (s *Store) migrate(ctx context.Context) error {
	ms, err := loadMigrations()
	if err != nil {
		return err
	}
	key := s.lockKey("migrate")
	for _, m := range ms {
		err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, key); err != nil {
				return err
			}
			if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
				version integer PRIMARY KEY,
				name text NOT NULL,
				applied_at timestamptz NOT NULL DEFAULT now())`); err != nil {
				return err
			}
			var done bool
			if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM schema_migrations WHERE version = $1)`, m.version).Scan(&done); err != nil {
				return err
			}
			if done {
				return nil
			}
			if _, err := tx.Exec(ctx, m.sql); err != nil {
				return err
			}
			_, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version, name) VALUES ($1, $2)`, m.version, m.name)
			return err
		})
		if err != nil {
			return fmt.Errorf("store: postgres: migration %s: %w", m.name, err)
		}
	}
	return nil
}
