package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/nordic-anonymizer/anonymizer/internal/store"
)

// sweepBatch is the number of rows one short sweep transaction deletes.
const sweepBatch = 5000

var _ store.SweepLocker = (*Store)(nil)

// TryLockSweep takes the database-wide sweep lock without waiting: a
// session-level advisory lock held on one pooled connection until unlock is
// called. If the process dies, PostgreSQL ends the session and frees the lock,
// so another worker's sweeper takes over at its next tick. ok is false when
// another process holds the lock.
func (s *Store) TryLockSweep(ctx context.Context) (unlock func(), ok bool, err error) {
	if err := s.check(); err != nil {
		return nil, false, err
	}
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return nil, false, fmt.Errorf("store: postgres: sweep lock: %w", err)
	}
	key := s.lockKey("sweep")
	if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock($1)`, key).Scan(&ok); err != nil {
		conn.Release()
		return nil, false, fmt.Errorf("store: postgres: sweep lock: %w", err)
	}
	if !ok {
		conn.Release()
		return nil, false, nil
	}
	var done bool
	return func() {
		if done {
			return
		}
		done = true
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if _, err := conn.Exec(ctx, `SELECT pg_advisory_unlock($1)`, key); err != nil {
			// The lock must not outlive this holder: close the session.
			_ = conn.Conn().Close(ctx)
		}
		conn.Release()
	}, true, nil
}

// Sweep removes what is past its time; see store.Store. Whole day partitions
// past retention are dropped (no row is deleted, nothing is left to vacuum);
// in the one partition that straddles the cutoff, the expired rows are
// deleted in short transactions of sweepBatch rows, so that "expired" means
// gone within one sweep interval, not within a day.
func (s *Store) Sweep(ctx context.Context, now time.Time, retention, auditRetention time.Duration) (store.SweepResult, error) {
	var res store.SweepResult
	if err := s.check(); err != nil {
		return res, err
	}
	// Keep partitions ahead of the writers.
	ahead := []int64{}
	for _, d := range []int64{dayOf(nowUTC()), dayOf(now)} {
		for i := int64(0); i <= partitionsAhead; i++ {
			ahead = append(ahead, d+i)
		}
	}
	if err := s.ensurePartitions(ctx, ahead); err != nil {
		return res, err
	}

	c := cutoff(now, retention)
	parts, err := s.listPartitions(ctx)
	if err != nil {
		return res, fmt.Errorf("store: postgres: sweep: %w", err)
	}
	for _, p := range parts {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		from, to := dayStart(p.day), dayStart(p.day+1)
		switch {
		case !to.After(c):
			n, err := s.dropPartition(ctx, p)
			res.Messages += n
			if err != nil {
				return res, fmt.Errorf("store: postgres: sweep: drop %s: %w", p.name, err)
			}
		case from.Before(c):
			n, err := s.deleteBatches(ctx, fmt.Sprintf(`DELETE FROM %s WHERE ctid = ANY(ARRAY(
				SELECT ctid FROM %[1]s WHERE sent_at < $1 LIMIT %d))`, pgx.Identifier{p.name}.Sanitize(), sweepBatch), c)
			res.Messages += n
			if err != nil {
				return res, fmt.Errorf("store: postgres: sweep: messages: %w", err)
			}
		}
	}

	// Conversations whose last message is past retention are empty now.
	// last_at < cutoff is checked again by the DELETE itself, so a
	// conversation that a concurrent batch has just extended is kept
	// (READ COMMITTED re-evaluates the condition on the updated row).
	for {
		var ids []string
		rows, err := s.pool.Query(ctx, `SELECT id FROM conversations WHERE last_at < $1 LIMIT `+fmt.Sprint(sweepBatch), c)
		if err != nil {
			return res, fmt.Errorf("store: postgres: sweep: conversations: %w", err)
		}
		ids, err = pgx.CollectRows(rows, pgx.RowTo[string])
		if err != nil {
			return res, fmt.Errorf("store: postgres: sweep: conversations: %w", err)
		}
		if len(ids) == 0 {
			break
		}
		tag, err := s.pool.Exec(ctx, `DELETE FROM conversations WHERE id = ANY($1) AND last_at < $2`, ids, c)
		if err != nil {
			return res, fmt.Errorf("store: postgres: sweep: conversations: %w", err)
		}
		res.Conversations += tag.RowsAffected()
		if len(ids) < sweepBatch {
			break
		}
	}

	n, err := s.deleteBatches(ctx, `DELETE FROM tombstones WHERE hash = ANY(ARRAY(
		SELECT hash FROM tombstones WHERE created_at < $1 LIMIT `+fmt.Sprint(sweepBatch)+`))`, c)
	res.Tombstones += n
	if err != nil {
		return res, fmt.Errorf("store: postgres: sweep: tombstones: %w", err)
	}
	n, err = s.deleteBatches(ctx, `DELETE FROM audit_log WHERE id = ANY(ARRAY(
		SELECT id FROM audit_log WHERE at < $1 LIMIT `+fmt.Sprint(sweepBatch)+`))`, now.UTC().Add(-auditRetention))
	res.Audit += n
	if err != nil {
		return res, fmt.Errorf("store: postgres: sweep: audit: %w", err)
	}
	return res, nil
}

// deleteBatches runs a DELETE of at most sweepBatch rows, each in its own
// transaction, until it deletes fewer than sweepBatch.
func (s *Store) deleteBatches(ctx context.Context, sql string, args ...any) (int64, error) {
	var total int64
	for {
		if err := ctx.Err(); err != nil {
			return total, err
		}
		tag, err := s.pool.Exec(ctx, sql, args...)
		if err != nil {
			return total, err
		}
		total += tag.RowsAffected()
		if tag.RowsAffected() < sweepBatch {
			return total, nil
		}
	}
}

// dropPartition detaches, counts and drops one partition whose every row
// is expired. DETACH PARTITION ... CONCURRENTLY never holds an exclusive
// lock on messages, so writers and readers go on while a day of rows goes;
// the count and the DROP then touch only the detached table. A detach
// interrupted half way (the process died) is finished by the next sweep.
func (s *Store) dropPartition(ctx context.Context, p partitionInfo) (int64, error) {
	defer s.forgetPartitions([]int64{p.day})
	name := pgx.Identifier{p.name}.Sanitize()
	var attached, pending bool
	err := s.pool.QueryRow(ctx, `
		SELECT EXISTS (SELECT 1 FROM pg_inherits WHERE inhrelid = to_regclass($1) AND inhparent = 'messages'::regclass),
		       EXISTS (SELECT 1 FROM pg_inherits WHERE inhrelid = to_regclass($1) AND inhparent = 'messages'::regclass AND inhdetachpending)`,
		p.name).Scan(&attached, &pending)
	if err != nil {
		return 0, err
	}
	switch {
	case pending:
		if _, err := s.pool.Exec(ctx, `ALTER TABLE messages DETACH PARTITION `+name+` FINALIZE`); err != nil {
			return 0, err
		}
	case attached:
		if _, err := s.pool.Exec(ctx, `ALTER TABLE messages DETACH PARTITION `+name+` CONCURRENTLY`); err != nil {
			return 0, err
		}
	}
	var n int64
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		var exists bool
		if err := tx.QueryRow(ctx, `SELECT to_regclass($1) IS NOT NULL`, p.name).Scan(&exists); err != nil {
			return err
		}
		if !exists {
			return nil
		}
		if err := tx.QueryRow(ctx, `SELECT count(*) FROM `+name).Scan(&n); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `DROP TABLE `+name)
		return err
	})
	if err != nil {
		return 0, err
	}
	return n, nil
}

// Remask re-masks up to limit messages masked by another detector version,
// in one transaction; see store.Store. SKIP LOCKED leaves rows that a
// concurrent Remask holds to it.
func (s *Store) Remask(ctx context.Context, version string, limit int, fn store.Remasker) (int, error) {
	if err := s.check(); err != nil {
		return 0, err
	}
	if limit <= 0 {
		return 0, nil
	}
	var done int
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		// Two range conditions instead of <> so that the detector_version
		// index serves the query.
		rows, err := tx.Query(ctx, `SELECT conversation_id, id, sent_at, text, lang FROM messages
			WHERE detector_version < $1 OR detector_version > $1
			LIMIT $2 FOR UPDATE SKIP LOCKED`, version, limit)
		if err != nil {
			return err
		}
		type item struct {
			conv, id   string
			sentAt     time.Time
			text, lang string
		}
		var items []item
		for rows.Next() {
			var it item
			if err := rows.Scan(&it.conv, &it.id, &it.sentAt, &it.text, &it.lang); err != nil {
				rows.Close()
				return err
			}
			items = append(items, it)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if len(items) == 0 {
			return nil
		}
		convs := make([]string, len(items))
		ids := make([]string, len(items))
		sent := make([]time.Time, len(items))
		texts := make([]string, len(items))
		masks := make([]string, len(items))
		for i, it := range items {
			text, counts := fn(it.text, it.lang)
			convs[i], ids[i], sent[i], texts[i] = it.conv, it.id, it.sentAt, text
			masks[i] = "{}"
			if len(counts) > 0 {
				b, err := jsonMarshal(counts)
				if err != nil {
					return err
				}
				masks[i] = b
			}
		}
		tag, err := tx.Exec(ctx, `UPDATE messages m
			SET text = u.text, masks = u.masks, detector_version = $6
			FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::text[], $5::jsonb[]) AS u(conversation_id, id, sent_at, text, masks)
			WHERE m.conversation_id = u.conversation_id AND m.id = u.id AND m.sent_at = u.sent_at`, convs, ids, sent, texts, masks, version)
		if err != nil {
			return err
		}
		done = int(tag.RowsAffected())
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("store: postgres: remask: %w", err)
	}
	return done, nil
}
