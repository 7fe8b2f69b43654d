package postgres

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/nordic-anonymizer/anonymizer/internal/store"
)

// defaultLogLimit is the number of rows Logs returns when LogQuery.Limit is 0.
const defaultLogLimit = 1000

// dummyKeyHash is compared against when a conversation does not exist, so
// that an unknown id costs the same comparison as a wrong key.
var dummyKeyHash = make([]byte, 32)

// cutoff is the oldest sent_at still readable at now.
func cutoff(now time.Time, retention time.Duration) time.Time {
	return now.UTC().Add(-retention)
}

const messageColumnsSQL = `id, conversation_id, tenant, role, sent_at, text, intent, lang,
	platform, browser, ip_hash, detector_version, masks`

func scanMessage(row pgx.Row) (store.Message, error) {
	var m store.Message
	var masks map[string]int
	err := row.Scan(&m.ID, &m.ConversationID, &m.Tenant, &m.Role, &m.SentAt, &m.Text, &m.Intent, &m.Lang,
		&m.Platform, &m.Browser, &m.IPHash, &m.DetectorVersion, &masks)
	if err != nil {
		return m, err
	}
	m.SentAt = m.SentAt.UTC()
	if len(masks) > 0 {
		m.Masks = masks
	}
	return m, nil
}

// Conversation returns the conversation and its unexpired messages if
// keyHash matches; see store.Store.
func (s *Store) Conversation(ctx context.Context, id string, keyHash []byte, now time.Time, retention time.Duration) (store.Conversation, error) {
	if err := s.check(); err != nil {
		return store.Conversation{}, err
	}
	var c store.Conversation
	var kh []byte
	err := s.pool.QueryRow(ctx, `SELECT id, tenant, key_hash, first_at, last_at FROM conversations WHERE id = $1`, id).
		Scan(&c.ID, &c.Tenant, &kh, &c.FirstAt, &c.LastAt)
	if errors.Is(err, pgx.ErrNoRows) {
		subtle.ConstantTimeCompare(keyHash, dummyKeyHash)
		return store.Conversation{}, store.ErrNotFound
	}
	if err != nil {
		return store.Conversation{}, fmt.Errorf("store: postgres: conversation: %w", err)
	}
	if len(kh) == 0 || subtle.ConstantTimeCompare(keyHash, kh) != 1 {
		return store.Conversation{}, store.ErrNotFound
	}
	c.FirstAt, c.LastAt = c.FirstAt.UTC(), c.LastAt.UTC()
	rows, err := s.pool.Query(ctx, `SELECT `+messageColumnsSQL+` FROM messages
		WHERE conversation_id = $1 AND sent_at >= $2 ORDER BY sent_at, id`, id, cutoff(now, retention))
	if err != nil {
		return store.Conversation{}, fmt.Errorf("store: postgres: conversation: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		m, err := scanMessage(rows)
		if err != nil {
			return store.Conversation{}, fmt.Errorf("store: postgres: conversation: %w", err)
		}
		c.Messages = append(c.Messages, m)
	}
	if err := rows.Err(); err != nil {
		return store.Conversation{}, fmt.Errorf("store: postgres: conversation: %w", err)
	}
	if len(c.Messages) == 0 {
		// Every message has expired: the conversation is gone for the
		// citizen even before the sweep removes its row.
		return store.Conversation{}, store.ErrNotFound
	}
	c.FirstAt, c.LastAt = c.Messages[0].SentAt, c.Messages[len(c.Messages)-1].SentAt
	return c, nil
}

// Forget deletes the conversation and its messages and leaves a tombstone,
// in one transaction holding the conversation's advisory lock (see
// convLockKey); see store.Store.
func (s *Store) Forget(ctx context.Context, id string, keyHash []byte, now time.Time) error {
	if err := s.check(); err != nil {
		return err
	}
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, s.convLockKey(id)); err != nil {
			return err
		}
		// The DELETE must use each partition's conversation index even
		// where the partition has not been analyzed yet (see writeTx).
		if _, err := tx.Exec(ctx, `SET LOCAL enable_seqscan = off`); err != nil {
			return err
		}
		var kh []byte
		err := tx.QueryRow(ctx, `SELECT key_hash FROM conversations WHERE id = $1`, id).Scan(&kh)
		if errors.Is(err, pgx.ErrNoRows) {
			subtle.ConstantTimeCompare(keyHash, dummyKeyHash)
			return store.ErrNotFound
		}
		if err != nil {
			return err
		}
		if len(kh) == 0 || subtle.ConstantTimeCompare(keyHash, kh) != 1 {
			return store.ErrNotFound
		}
		if _, err := tx.Exec(ctx, `INSERT INTO tombstones (hash, created_at) VALUES ($1, $2)
			ON CONFLICT (hash) DO UPDATE SET created_at = EXCLUDED.created_at`, tombstoneHash(id), now.UTC()); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `DELETE FROM messages WHERE conversation_id = $1`, id); err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `DELETE FROM conversations WHERE id = $1`, id)
		return err
	})
	if errors.Is(err, store.ErrNotFound) {
		return store.ErrNotFound
	}
	if err != nil {
		return fmt.Errorf("store: postgres: forget: %w", err)
	}
	return nil
}

// IntentStats sums intent statistics per bucket; see store.Store.
func (s *Store) IntentStats(ctx context.Context, q store.StatsQuery) ([]store.IntentCount, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	var unit string
	switch q.Bucket {
	case store.Hour, "":
		unit = "hour"
	case store.Day:
		unit = "day"
	case store.Month:
		unit = "month"
	default:
		return nil, fmt.Errorf("store: postgres: intent stats: unknown bucket %q", q.Bucket)
	}
	var group string
	switch q.GroupBy {
	case "":
		group = "''"
	case "platform":
		group = "platform"
	case "browser":
		group = "browser"
	default:
		return nil, fmt.Errorf("store: postgres: intent stats: unknown group %q", q.GroupBy)
	}
	rows, err := s.pool.Query(ctx, `
		SELECT date_trunc('`+unit+`', hour) AS b, intent, `+group+` AS g, sum(count)::bigint
		FROM intent_stats
		WHERE tenant = $1 AND hour >= $2 AND hour < $3
		GROUP BY b, intent, g
		ORDER BY b, intent, g`, q.Tenant, q.From.UTC(), q.To.UTC())
	if err != nil {
		return nil, fmt.Errorf("store: postgres: intent stats: %w", err)
	}
	defer rows.Close()
	var out []store.IntentCount
	for rows.Next() {
		var c store.IntentCount
		if err := rows.Scan(&c.Bucket, &c.Intent, &c.Group, &c.Count); err != nil {
			return nil, fmt.Errorf("store: postgres: intent stats: %w", err)
		}
		c.Bucket = c.Bucket.UTC()
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: postgres: intent stats: %w", err)
	}
	return out, nil
}

// ConversationStats returns conversations started per tenant and month in
// [from, to); an empty tenant means every tenant.
func (s *Store) ConversationStats(ctx context.Context, tenant string, from, to time.Time) ([]store.ConversationCount, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	rows, err := s.pool.Query(ctx, `
		SELECT tenant, month, count FROM conversation_stats
		WHERE ($1 = '' OR tenant = $1) AND month >= $2 AND month < $3
		ORDER BY tenant, month`, tenant, from.UTC(), to.UTC())
	if err != nil {
		return nil, fmt.Errorf("store: postgres: conversation stats: %w", err)
	}
	defer rows.Close()
	var out []store.ConversationCount
	for rows.Next() {
		var c store.ConversationCount
		if err := rows.Scan(&c.Tenant, &c.Month, &c.Count); err != nil {
			return nil, fmt.Errorf("store: postgres: conversation stats: %w", err)
		}
		c.Month = c.Month.UTC()
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: postgres: conversation stats: %w", err)
	}
	return out, nil
}

// Logs returns unexpired masked messages of a tenant; see store.Store.
func (s *Store) Logs(ctx context.Context, q store.LogQuery) ([]store.Message, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	limit := q.Limit
	if limit <= 0 {
		limit = defaultLogLimit
	}
	from := q.From.UTC()
	if c := cutoff(q.Now, q.Retention); from.Before(c) {
		from = c
	}
	rows, err := s.pool.Query(ctx, `SELECT `+messageColumnsSQL+` FROM messages
		WHERE tenant = $1 AND sent_at >= $2 AND sent_at < $3
		ORDER BY sent_at, id LIMIT $4`, q.Tenant, from, q.To.UTC(), limit)
	if err != nil {
		return nil, fmt.Errorf("store: postgres: logs: %w", err)
	}
	defer rows.Close()
	var out []store.Message
	for rows.Next() {
		m, err := scanMessage(rows)
		if err != nil {
			return nil, fmt.Errorf("store: postgres: logs: %w", err)
		}
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: postgres: logs: %w", err)
	}
	return out, nil
}

// Audit appends an audit entry.
func (s *Store) Audit(ctx context.Context, e store.AuditEntry) error {
	if err := s.check(); err != nil {
		return err
	}
	_, err := s.pool.Exec(ctx, `INSERT INTO audit_log (at, actor, action, tenant, from_at, to_at, rows)
		VALUES ($1, $2, $3, $4, $5, $6, $7)`, e.At.UTC(), e.Actor, e.Action, e.Tenant, e.From.UTC(), e.To.UTC(), e.Rows)
	if err != nil {
		return fmt.Errorf("store: postgres: audit: %w", err)
	}
	return nil
}

// AuditLog lists audit entries with At in [from, to), oldest first.
func (s *Store) AuditLog(ctx context.Context, from, to time.Time) ([]store.AuditEntry, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	rows, err := s.pool.Query(ctx, `SELECT at, actor, action, tenant, from_at, to_at, rows FROM audit_log
		WHERE at >= $1 AND at < $2 ORDER BY at, id`, from.UTC(), to.UTC())
	if err != nil {
		return nil, fmt.Errorf("store: postgres: audit log: %w", err)
	}
	defer rows.Close()
	var out []store.AuditEntry
	for rows.Next() {
		var e store.AuditEntry
		if err := rows.Scan(&e.At, &e.Actor, &e.Action, &e.Tenant, &e.From, &e.To, &e.Rows); err != nil {
			return nil, fmt.Errorf("store: postgres: audit log: %w", err)
		}
		e.At, e.From, e.To = e.At.UTC(), e.From.UTC(), e.To.UTC()
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: postgres: audit log: %w", err)
	}
	return out, nil
}
