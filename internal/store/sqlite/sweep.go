package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/nordic-anonymizer/anonymizer/internal/store"
)

// defaultSweepBatch is the number of rows one short sweep transaction
// deletes (WithSweepBatch changes it), so
// that the writer lock is never held for long and ingest goes on between
// batches. A sweep stopped half-way (ctx, crash) leaves a consistent state
// and the next one continues where it stopped.
const defaultSweepBatch = 5000

// Sweep removes what is past its time; see store.Store.
func (s *Store) Sweep(ctx context.Context, now time.Time, retention, auditRetention time.Duration) (store.SweepResult, error) {
	var res store.SweepResult
	if err := s.check(); err != nil {
		return res, err
	}
	c := cutoff(now, retention)
	var err error
	res.Messages, err = s.deleteBatches(ctx, `DELETE FROM messages WHERE seq IN (
		SELECT seq FROM messages WHERE sent_at < ? LIMIT `+fmt.Sprint(s.sweepBatch)+`)`, c)
	if err != nil {
		return res, s.readErr("sweep: messages", err)
	}

	// Conversations whose last message is past retention. A message that
	// arrived after the message sweep above, sent before the cutoff (a late
	// redelivery), is deleted with its conversation.
	for {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		var done bool
		err := s.inTx(ctx, func(tx *sql.Tx) error {
			rows, err := tx.QueryContext(ctx, `SELECT seq FROM conversations WHERE last_at < ? LIMIT `+fmt.Sprint(s.sweepBatch), c)
			if err != nil {
				return err
			}
			var seqs []int64
			for rows.Next() {
				var seq int64
				if err := rows.Scan(&seq); err != nil {
					rows.Close()
					return err
				}
				seqs = append(seqs, seq)
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return err
			}
			done = len(seqs) < s.sweepBatch
			if len(seqs) == 0 {
				return nil
			}
			list, err := json.Marshal(seqs)
			if err != nil {
				return err
			}
			r, err := tx.ExecContext(ctx, `DELETE FROM messages WHERE conversation IN (SELECT value FROM json_each(?))`, string(list))
			if err != nil {
				return err
			}
			n, _ := r.RowsAffected()
			res.Messages += n
			r, err = tx.ExecContext(ctx, `DELETE FROM conversations WHERE seq IN (SELECT value FROM json_each(?))`, string(list))
			if err != nil {
				return err
			}
			n, _ = r.RowsAffected()
			res.Conversations += n
			return nil
		})
		if err != nil {
			return res, s.readErr("sweep: conversations", err)
		}
		if done {
			break
		}
	}

	res.Tombstones, err = s.deleteBatches(ctx, `DELETE FROM tombstones WHERE seq IN (
		SELECT seq FROM tombstones WHERE created_at < ? LIMIT `+fmt.Sprint(s.sweepBatch)+`)`, c)
	if err != nil {
		return res, s.readErr("sweep: tombstones", err)
	}
	res.Audit, err = s.deleteBatches(ctx, `DELETE FROM audit_log WHERE seq IN (
		SELECT seq FROM audit_log WHERE at < ? LIMIT `+fmt.Sprint(s.sweepBatch)+`)`, micros(now.Add(-auditRetention)))
	if err != nil {
		return res, s.readErr("sweep: audit", err)
	}
	return res, nil
}

// deleteBatches runs a DELETE of at most s.sweepBatch rows, each in its own
// transaction, until one deletes fewer than s.sweepBatch.
func (s *Store) deleteBatches(ctx context.Context, query string, args ...any) (int64, error) {
	var total int64
	for {
		if err := ctx.Err(); err != nil {
			return total, err
		}
		r, err := s.w.ExecContext(ctx, query, args...)
		if err != nil {
			return total, err
		}
		n, err := r.RowsAffected()
		if err != nil {
			return total, err
		}
		total += n
		if n < int64(s.sweepBatch) {
			return total, nil
		}
	}
}

// Remask re-masks up to limit messages masked by another detector version;
// see store.Store. The texts are read and re-masked outside the write lock;
// the update then applies only to rows still at the version read, so a row
// forgotten or re-masked meanwhile is left alone.
func (s *Store) Remask(ctx context.Context, version string, limit int, fn store.Remasker) (int, error) {
	if err := s.check(); err != nil {
		return 0, err
	}
	if limit <= 0 {
		return 0, nil
	}
	type item struct {
		seq                 int64
		text, lang, version string
	}
	// Two range conditions instead of <> so that the detector_version
	// index serves the query.
	rows, err := s.r.QueryContext(ctx, `SELECT seq, text, lang, detector_version FROM messages
		WHERE detector_version < ?1 OR detector_version > ?1 LIMIT ?2`, version, limit)
	if err != nil {
		return 0, s.readErr("remask", err)
	}
	var items []item
	for rows.Next() {
		var it item
		if err := rows.Scan(&it.seq, &it.text, &it.lang, &it.version); err != nil {
			rows.Close()
			return 0, s.readErr("remask", err)
		}
		items = append(items, it)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, s.readErr("remask", err)
	}
	if len(items) == 0 {
		return 0, nil
	}
	texts := make([]string, len(items))
	masks := make([]string, len(items))
	for i, it := range items {
		text, counts := fn(it.text, it.lang)
		texts[i], masks[i] = text, "{}"
		if len(counts) > 0 {
			b, err := json.Marshal(counts)
			if err != nil {
				return 0, fmt.Errorf("store: sqlite: remask: %w", err)
			}
			masks[i] = string(b)
		}
	}
	var done int
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		up, err := tx.PrepareContext(ctx, `UPDATE messages SET text = ?, masks = ?, detector_version = ?
			WHERE seq = ? AND detector_version = ?`)
		if err != nil {
			return err
		}
		defer up.Close()
		for i, it := range items {
			r, err := up.ExecContext(ctx, texts[i], masks[i], version, it.seq, it.version)
			if err != nil {
				return err
			}
			n, err := r.RowsAffected()
			if err != nil {
				return err
			}
			done += int(n)
		}
		return nil
	})
	if err != nil {
		return 0, s.readErr("remask", err)
	}
	return done, nil
}
