package postgres

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Messages are partitioned by the UTC day of sent_at (partitionSpan). A
// partition is created before the first message of its day is written: at
// Open and at every Sweep for today and the next partitionsAhead days, and on
// demand for any other day a batch names (late or clock-skewed messages).
// Sweep drops a partition whole once its last instant is past retention.
const (
	partitionSpan   = 24 * time.Hour
	partitionsAhead = 2
	// ddlLockTimeout bounds how long partition DDL waits for the lock on
	// the parent table, so that it never queues the writers behind it for
	// long; a timed-out creation is retried by the next batch or sweep.
	ddlLockTimeout = "5s"
)

func nowUTC() time.Time { return time.Now().UTC() }

// dayOf is the unix day number of t (days since 1970-01-01 UTC).
func dayOf(t time.Time) int64 {
	sec := t.Unix()
	d := sec / 86400
	if sec < 0 && sec%86400 != 0 {
		d--
	}
	return d
}

func dayStart(d int64) time.Time { return time.Unix(d*86400, 0).UTC() }

// partitionName is the table of day d, messages_pYYYYMMDD. Days outside
// years 0..9999 get a numeric name so the name is always a plain identifier.
func partitionName(d int64) string {
	t := dayStart(d)
	if t.Year() < 0 || t.Year() > 9999 {
		if d < 0 {
			return fmt.Sprintf("messages_dm%d", -d)
		}
		return fmt.Sprintf("messages_d%d", d)
	}
	return "messages_p" + t.Format("20060102")
}

// ensurePartitions creates the partitions of the given days that do not
// exist yet. Creation runs in its own short transaction under an advisory
// lock, so that two workers never race on the same CREATE.
func (s *Store) ensurePartitions(ctx context.Context, days []int64) error {
	s.mu.Lock()
	var missing []int64
	for _, d := range days {
		if !s.parts[d] {
			missing = append(missing, d)
		}
	}
	s.mu.Unlock()
	if len(missing) == 0 {
		return nil
	}
	sort.Slice(missing, func(i, j int) bool { return missing[i] < missing[j] })
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, s.lockKey("partitions")); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `SET LOCAL lock_timeout = '`+ddlLockTimeout+`'`); err != nil {
			return err
		}
		for _, d := range missing {
			name := partitionName(d)
			var exists bool
			if err := tx.QueryRow(ctx, `SELECT to_regclass($1) IS NOT NULL`, name).Scan(&exists); err != nil {
				return err
			}
			if exists {
				continue
			}
			// CREATE TABLE ... PARTITION OF would lock messages exclusively
			// (queueing every writer behind any long reader); creating the
			// table alone and attaching it needs only SHARE UPDATE EXCLUSIVE
			// on messages, which reads and writes do not conflict with. The
			// CHECK constraint spares ATTACH its validation scan.
			from := dayStart(d).Format(time.RFC3339)
			to := dayStart(d + 1).Format(time.RFC3339)
			id := pgx.Identifier{name}.Sanitize()
			for _, q := range []string{
				`CREATE TABLE ` + id + ` (LIKE messages INCLUDING DEFAULTS)`,
				fmt.Sprintf(`ALTER TABLE %s ADD CONSTRAINT %s CHECK (sent_at >= '%s' AND sent_at < '%s')`,
					id, pgx.Identifier{name + "_day"}.Sanitize(), from, to),
				fmt.Sprintf(`ALTER TABLE messages ATTACH PARTITION %s FOR VALUES FROM ('%s') TO ('%s')`, id, from, to),
			} {
				if _, err := tx.Exec(ctx, q); err != nil {
					return fmt.Errorf("create %s: %w", name, err)
				}
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: postgres: partitions: %w", err)
	}
	s.mu.Lock()
	for _, d := range missing {
		s.parts[d] = true
	}
	s.mu.Unlock()
	return nil
}

// forgetPartitions drops days from the cache of known partitions, after
// another process may have dropped them.
func (s *Store) forgetPartitions(days []int64) {
	s.mu.Lock()
	for _, d := range days {
		delete(s.parts, d)
	}
	s.mu.Unlock()
}

// isNoPartition reports whether err is PostgreSQL's "no partition of
// relation found for row" (a partition dropped by another process's sweep
// after this process cached it as existing).
func isNoPartition(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "23514" && pe.TableName == "messages"
}

// partitionInfo is one existing partition with its day.
type partitionInfo struct {
	name string
	day  int64
}

// listPartitions returns the day tables of messages ordered by day:
// attached partitions, partitions whose detach is pending, and tables a
// sweep detached but did not get to drop (it died). The day is read back
// from the name partitionName gave it; tables of other names are left alone.
func (s *Store) listPartitions(ctx context.Context) ([]partitionInfo, error) {
	rows, err := s.pool.Query(ctx, `
		SELECT relname FROM pg_class
		WHERE relnamespace = current_schema()::regnamespace AND relkind = 'r'
		  AND relname ~ '^messages_(p|d|dm)[0-9]+$'`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ps []partitionInfo
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return nil, err
		}
		if d, ok := partitionDay(name); ok {
			ps = append(ps, partitionInfo{name: name, day: d})
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].day < ps[j].day })
	return ps, nil
}

// partitionDay is the inverse of partitionName.
func partitionDay(name string) (int64, bool) {
	switch {
	case strings.HasPrefix(name, "messages_p"):
		t, err := time.Parse("20060102", strings.TrimPrefix(name, "messages_p"))
		if err != nil {
			return 0, false
		}
		return dayOf(t), true
	case strings.HasPrefix(name, "messages_dm"):
		n, err := strconv.ParseInt(strings.TrimPrefix(name, "messages_dm"), 10, 64)
		return -n, err == nil
	case strings.HasPrefix(name, "messages_d"):
		n, err := strconv.ParseInt(strings.TrimPrefix(name, "messages_d"), 10, 64)
		return n, err == nil
	}
	return 0, false
}
