package sqlite

import (
	"context"
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/nordic-anonymizer/anonymizer/internal/store"
)

// defaultLogLimit is the number of rows Logs returns when LogQuery.Limit is 0.
const defaultLogLimit = 1000

// dummyKeyHash is compared against when a conversation does not exist, so
// that an unknown id costs the same comparison as a wrong key.
var dummyKeyHash = make([]byte, sha256Size)

const sha256Size = 32

// cutoff is the oldest sent_at (micros) still readable at now.
func cutoff(now time.Time, retention time.Duration) int64 {
	return micros(now.Add(-retention))
}

const messageColumnsSQL = `m.id, c.id, m.tenant, m.role, m.sent_at, m.text, m.intent, m.lang,
	m.platform, m.browser, m.ip_hash, m.detector_version, m.masks`

type scanner interface{ Scan(dest ...any) error }

func scanMessage(row scanner) (store.Message, error) {
	var m store.Message
	var at int64
	var masks string
	err := row.Scan(&m.ID, &m.ConversationID, &m.Tenant, &m.Role, &at, &m.Text, &m.Intent, &m.Lang,
		&m.Platform, &m.Browser, &m.IPHash, &m.DetectorVersion, &masks)
	if err != nil {
		return m, err
	}
	m.SentAt = fromMicros(at)
	if masks != "" && masks != "{}" {
		if err := json.Unmarshal([]byte(masks), &m.Masks); err != nil {
			return m, fmt.Errorf("masks of message %s: %w", m.ID, err)
		}
	}
	return m, nil
}

func (s *Store) readErr(op string, err error) error {
	if s.closed.Load() {
		return store.ErrClosed
	}
	return fmt.Errorf("store: sqlite: %s: %w", op, err)
}

// Conversation returns the conversation and its unexpired messages if
// keyHash matches; see store.Store. A conversation whose every message has
// expired is ErrNotFound, even before the sweep removes it.
func (s *Store) Conversation(ctx context.Context, id string, keyHash []byte, now time.Time, retention time.Duration) (store.Conversation, error) {
	if err := s.check(); err != nil {
		return store.Conversation{}, err
	}
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return store.Conversation{}, s.readErr("conversation", err)
	}
	defer tx.Rollback()
	var c store.Conversation
	var seq int64
	var kh []byte
	err = tx.QueryRowContext(ctx, `SELECT seq, id, tenant, key_hash FROM conversations WHERE id = ?`, id).
		Scan(&seq, &c.ID, &c.Tenant, &kh)
	if errors.Is(err, sql.ErrNoRows) {
		subtle.ConstantTimeCompare(keyHash, dummyKeyHash)
		return store.Conversation{}, store.ErrNotFound
	}
	if err != nil {
		return store.Conversation{}, s.readErr("conversation", err)
	}
	if len(kh) == 0 || subtle.ConstantTimeCompare(keyHash, kh) != 1 {
		return store.Conversation{}, store.ErrNotFound
	}
	rows, err := tx.QueryContext(ctx, `SELECT `+messageColumnsSQL+` FROM messages m JOIN conversations c ON c.seq = m.conversation
		WHERE m.conversation = ? AND m.sent_at >= ? ORDER BY m.sent_at, m.id`, seq, cutoff(now, retention))
	if err != nil {
		return store.Conversation{}, s.readErr("conversation", err)
	}
	defer rows.Close()
	for rows.Next() {
		m, err := scanMessage(rows)
		if err != nil {
			return store.Conversation{}, s.readErr("conversation", err)
		}
		c.Messages = append(c.Messages, m)
	}
	if err := rows.Err(); err != nil {
		return store.Conversation{}, s.readErr("conversation", err)
	}
	if len(c.Messages) == 0 {
		return store.Conversation{}, store.ErrNotFound
	}
	c.FirstAt, c.LastAt = c.Messages[0].SentAt, c.Messages[len(c.Messages)-1].SentAt
	return c, nil
}

// Forget deletes the conversation and its messages and leaves a tombstone,
// in one write transaction; see store.Store.
func (s *Store) Forget(ctx context.Context, id string, keyHash []byte, now time.Time) error {
	if err := s.check(); err != nil {
		return err
	}
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var seq int64
		var kh []byte
		err := tx.QueryRowContext(ctx, `SELECT seq, key_hash FROM conversations WHERE id = ?`, id).Scan(&seq, &kh)
		if errors.Is(err, sql.ErrNoRows) {
			subtle.ConstantTimeCompare(keyHash, dummyKeyHash)
			return store.ErrNotFound
		}
		if err != nil {
			return err
		}
		if len(kh) == 0 || subtle.ConstantTimeCompare(keyHash, kh) != 1 {
			return store.ErrNotFound
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO tombstones (hash, created_at) VALUES (?, ?)
			ON CONFLICT (hash) DO UPDATE SET created_at = excluded.created_at`, tombstoneHash(id), micros(now)); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM messages WHERE conversation = ?`, seq); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `DELETE FROM conversations WHERE seq = ?`, seq)
		return err
	})
	if errors.Is(err, store.ErrNotFound) {
		return store.ErrNotFound
	}
	if err != nil {
		return s.readErr("forget", err)
	}
	s.truncateWAL(ctx)
	return nil
}

// forgetCheckpointWait bounds how long Forget waits for readers to leave the
// WAL before giving up on truncating it.
const forgetCheckpointWait = 200 * time.Millisecond

// truncateWAL copies the WAL into the database file and truncates the WAL,
// so that the forgotten texts, zeroed in the database by secure_delete, are
// not left in old WAL frames either. It is best effort: when readers hold
// old snapshots for longer than forgetCheckpointWait, the frames stay until
// later writes overwrite them.
func (s *Store) truncateWAL(ctx context.Context) {
	conn, err := s.w.Conn(ctx)
	if err != nil {
		return
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, fmt.Sprintf("PRAGMA busy_timeout = %d", forgetCheckpointWait.Milliseconds())); err != nil {
		return
	}
	conn.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)")
	conn.ExecContext(context.Background(), fmt.Sprintf("PRAGMA busy_timeout = %d", s.busyTimeout.Milliseconds()))
}

// IntentStats sums intent statistics per bucket, ordered by bucket, intent
// and group; see store.Store.
func (s *Store) IntentStats(ctx context.Context, q store.StatsQuery) ([]store.IntentCount, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	var bucket string
	switch q.Bucket {
	case store.Hour, "":
		bucket = "hour"
	case store.Day:
		bucket = "hour - hour % 86400000000"
	case store.Month:
		bucket = "CAST(strftime('%s', hour / 1000000, 'unixepoch', 'start of month') AS INTEGER) * 1000000"
	default:
		return nil, fmt.Errorf("store: sqlite: intent stats: unknown bucket %q", q.Bucket)
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
		return nil, fmt.Errorf("store: sqlite: intent stats: unknown group %q", q.GroupBy)
	}
	rows, err := s.r.QueryContext(ctx, `
		SELECT `+bucket+` AS b, intent, `+group+` AS g, sum(count)
		FROM intent_stats
		WHERE tenant = ? AND hour >= ? AND hour < ?
		GROUP BY b, intent, g
		ORDER BY b, intent, g`, q.Tenant, micros(q.From), micros(q.To))
	if err != nil {
		return nil, s.readErr("intent stats", err)
	}
	defer rows.Close()
	var out []store.IntentCount
	for rows.Next() {
		var c store.IntentCount
		var b int64
		if err := rows.Scan(&b, &c.Intent, &c.Group, &c.Count); err != nil {
			return nil, s.readErr("intent stats", err)
		}
		c.Bucket = fromMicros(b)
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, s.readErr("intent stats", err)
	}
	return out, nil
}

// ConversationStats returns conversations started per tenant and month in
// [from, to), ordered by tenant and month; an empty tenant means every
// tenant.
func (s *Store) ConversationStats(ctx context.Context, tenant string, from, to time.Time) ([]store.ConversationCount, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `
		SELECT tenant, month, count FROM conversation_stats
		WHERE (?1 = '' OR tenant = ?1) AND month >= ?2 AND month < ?3
		ORDER BY tenant, month`, tenant, micros(from), micros(to))
	if err != nil {
		return nil, s.readErr("conversation stats", err)
	}
	defer rows.Close()
	var out []store.ConversationCount
	for rows.Next() {
		var c store.ConversationCount
		var month int64
		if err := rows.Scan(&c.Tenant, &month, &c.Count); err != nil {
			return nil, s.readErr("conversation stats", err)
		}
		c.Month = fromMicros(month)
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, s.readErr("conversation stats", err)
	}
	return out, nil
}

// Logs returns unexpired masked messages of a tenant ordered by SentAt then
// ID; see store.Store.
func (s *Store) Logs(ctx context.Context, q store.LogQuery) ([]store.Message, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	limit := q.Limit
	if limit <= 0 {
		limit = defaultLogLimit
	}
	from := max(micros(q.From), cutoff(q.Now, q.Retention))
	rows, err := s.r.QueryContext(ctx, `SELECT `+messageColumnsSQL+` FROM messages m JOIN conversations c ON c.seq = m.conversation
		WHERE m.tenant = ? AND m.sent_at >= ? AND m.sent_at < ?
		ORDER BY m.sent_at, m.id LIMIT ?`, q.Tenant, from, micros(q.To), limit)
	if err != nil {
		return nil, s.readErr("logs", err)
	}
	defer rows.Close()
	var out []store.Message
	for rows.Next() {
		m, err := scanMessage(rows)
		if err != nil {
			return nil, s.readErr("logs", err)
		}
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, s.readErr("logs", err)
	}
	return out, nil
}

// Audit appends an audit entry.
func (s *Store) Audit(ctx context.Context, e store.AuditEntry) error {
	if err := s.check(); err != nil {
		return err
	}
	_, err := s.w.ExecContext(ctx, `INSERT INTO audit_log (at, actor, action, tenant, from_at, to_at, rows)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, micros(e.At), e.Actor, e.Action, e.Tenant, micros(e.From), micros(e.To), e.Rows)
	if err != nil {
		return s.readErr("audit", err)
	}
	return nil
}

// AuditLog lists audit entries with At in [from, to), oldest first.
func (s *Store) AuditLog(ctx context.Context, from, to time.Time) ([]store.AuditEntry, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, `SELECT at, actor, action, tenant, from_at, to_at, rows FROM audit_log
		WHERE at >= ? AND at < ? ORDER BY at, seq`, micros(from), micros(to))
	if err != nil {
		return nil, s.readErr("audit log", err)
	}
	defer rows.Close()
	var out []store.AuditEntry
	for rows.Next() {
		var e store.AuditEntry
		var at, f, t int64
		if err := rows.Scan(&at, &e.Actor, &e.Action, &e.Tenant, &f, &t, &e.Rows); err != nil {
			return nil, s.readErr("audit log", err)
		}
		e.At, e.From, e.To = fromMicros(at), fromMicros(f), fromMicros(t)
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, s.readErr("audit log", err)
	}
	return out, nil
}
