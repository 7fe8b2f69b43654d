package sqlite

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/nordic-anonymizer/anonymizer/internal/store"
)

// Forget-me against ingest: every write transaction goes through the one
// writer connection and begins IMMEDIATE, holding the database's write lock
// from its first statement to its commit. A WriteBatch therefore sees either
// the state before a Forget (and the Forget, running after it, deletes what
// the batch stored) or the state after it (and the tombstone drops the
// batch's messages). Nothing can interleave, in this process or another.

// tombstoneHash is what a tombstone keeps of a forgotten conversation id.
func tombstoneHash(id string) []byte {
	h := sha256.Sum256([]byte(id))
	return h[:]
}

// convGroup is the part of a batch that belongs to one conversation.
type convGroup struct {
	id       string
	tenant   string
	keyHash  []byte
	msgs     []int // indexes into the batch
	seq      int64 // conversations.seq
	created  bool  // inserted by this batch
	storedAt bool  // has a newly stored message
	first    int64 // span of the newly stored messages, micros
	last     int64
}

type statKey struct {
	tenant, intent, platform, browser string
	hour                              int64
}

type monthKey struct {
	tenant string
	month  int64
}

// WriteBatch stores msgs in one transaction; see store.Store.
func (s *Store) WriteBatch(ctx context.Context, msgs []store.Message) (store.WriteResult, error) {
	var res store.WriteResult
	if err := s.check(); err != nil {
		return res, err
	}
	if len(msgs) == 0 {
		return res, nil
	}
	// A message id twice in one batch is a duplicate of its first copy.
	seen := make(map[string]bool, len(msgs))
	batch := make([]store.Message, 0, len(msgs))
	for _, m := range msgs {
		if seen[m.ID] {
			res.Duplicate++
			continue
		}
		seen[m.ID] = true
		batch = append(batch, m)
	}
	masks := make([]string, len(batch))
	for i, m := range batch {
		masks[i] = "{}"
		if len(m.Masks) > 0 {
			b, err := json.Marshal(m.Masks)
			if err != nil {
				return store.WriteResult{}, fmt.Errorf("store: sqlite: write batch: %w", err)
			}
			masks[i] = string(b)
		}
	}
	var r store.WriteResult
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var err error
		r, err = writeTx(ctx, tx, batch, masks)
		return err
	})
	if err != nil {
		if s.closed.Load() {
			return store.WriteResult{}, store.ErrClosed
		}
		return store.WriteResult{}, fmt.Errorf("store: sqlite: write batch: %w", err)
	}
	res.Stored += r.Stored
	res.Duplicate += r.Duplicate
	res.Forgotten += r.Forgotten
	res.Rejected += r.Rejected
	return res, nil
}

func writeTx(ctx context.Context, tx *sql.Tx, batch []store.Message, masks []string) (store.WriteResult, error) {
	var res store.WriteResult

	// Group by conversation; the first message of a new conversation sets
	// its tenant and key hash.
	groups := map[string]*convGroup{}
	var order []*convGroup
	for i, m := range batch {
		g := groups[m.ConversationID]
		if g == nil {
			g = &convGroup{id: m.ConversationID, tenant: m.Tenant, keyHash: m.KeyHash}
			groups[m.ConversationID] = g
			order = append(order, g)
		}
		g.msgs = append(g.msgs, i)
	}

	tomb, err := tx.PrepareContext(ctx, `SELECT count(*) FROM tombstones WHERE hash = ?`)
	if err != nil {
		return res, err
	}
	defer tomb.Close()
	find, err := tx.PrepareContext(ctx, `SELECT seq, tenant, key_hash FROM conversations WHERE id = ?`)
	if err != nil {
		return res, err
	}
	defer find.Close()

	// 1. Drop messages of forgotten conversations and messages whose key
	// hash does not match their conversation's; create new conversations.
	live := order[:0:0]
	for _, g := range order {
		var n int
		if err := tomb.QueryRowContext(ctx, tombstoneHash(g.id)).Scan(&n); err != nil {
			return res, err
		}
		if n > 0 {
			res.Forgotten += len(g.msgs)
			continue
		}
		var kh []byte
		tenant := g.tenant
		err := find.QueryRowContext(ctx, g.id).Scan(&g.seq, &tenant, &kh)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			if len(g.keyHash) == 0 {
				res.Rejected += len(g.msgs)
				continue
			}
			first := batch[g.msgs[0]].SentAt
			for _, j := range g.msgs {
				if batch[j].SentAt.Before(first) {
					first = batch[j].SentAt
				}
			}
			r, err := tx.ExecContext(ctx, `INSERT INTO conversations (id, tenant, key_hash, first_at, last_at) VALUES (?, ?, ?, ?, ?)`,
				g.id, g.tenant, g.keyHash, micros(first), micros(first))
			if err != nil {
				return res, err
			}
			if g.seq, err = r.LastInsertId(); err != nil {
				return res, err
			}
			g.created = true
			kh = g.keyHash
		case err != nil:
			return res, err
		}
		// A message must name its conversation's tenant and key.
		g.tenant = tenant
		var ok []int
		for _, j := range g.msgs {
			if len(kh) == 0 || subtle.ConstantTimeCompare(batch[j].KeyHash, kh) != 1 || batch[j].Tenant != tenant {
				res.Rejected++
				continue
			}
			ok = append(ok, j)
		}
		g.msgs = ok
		if len(ok) > 0 {
			live = append(live, g)
		}
	}
	if len(live) == 0 {
		return res, nil
	}

	// 2. Insert the messages; ON CONFLICT skips redeliveries, and the
	// changes count tells which rows are new.
	ins, err := tx.PrepareContext(ctx, `INSERT INTO messages (id, conversation, tenant, role, sent_at, text, intent, lang,
		platform, browser, ip_hash, detector_version, masks) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO NOTHING`)
	if err != nil {
		return res, err
	}
	defer ins.Close()
	stats := map[statKey]int64{}
	for _, g := range live {
		for _, j := range g.msgs {
			m := batch[j]
			at := micros(m.SentAt)
			r, err := ins.ExecContext(ctx, m.ID, g.seq, g.tenant, m.Role, at, m.Text, m.Intent, m.Lang,
				m.Platform, m.Browser, m.IPHash, m.DetectorVersion, masks[j])
			if err != nil {
				return res, err
			}
			n, err := r.RowsAffected()
			if err != nil {
				return res, err
			}
			if n == 0 {
				res.Duplicate++
				continue
			}
			res.Stored++
			if !g.storedAt {
				g.storedAt, g.first, g.last = true, at, at
			}
			g.first, g.last = min(g.first, at), max(g.last, at)
			if m.Role == "bot" && m.Intent != "" {
				hour := micros(m.SentAt.UTC().Truncate(time.Hour))
				stats[statKey{g.tenant, m.Intent, m.Platform, m.Browser, hour}]++
			}
		}
	}
	if res.Stored == 0 {
		return res, nil
	}

	// 3. Conversation spans and statistics, for the new messages only.
	months := map[monthKey]int64{}
	span, err := tx.PrepareContext(ctx, `UPDATE conversations SET first_at = min(first_at, ?), last_at = max(last_at, ?) WHERE seq = ?`)
	if err != nil {
		return res, err
	}
	defer span.Close()
	for _, g := range live {
		if !g.storedAt {
			continue
		}
		if _, err := span.ExecContext(ctx, g.first, g.last, g.seq); err != nil {
			return res, err
		}
		if g.created {
			f := fromMicros(g.first)
			months[monthKey{g.tenant, micros(time.Date(f.Year(), f.Month(), 1, 0, 0, 0, 0, time.UTC))}]++
		}
	}
	if len(stats) > 0 {
		up, err := tx.PrepareContext(ctx, `INSERT INTO intent_stats (tenant, hour, intent, platform, browser, count)
			VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (tenant, hour, intent, platform, browser) DO UPDATE SET count = count + excluded.count`)
		if err != nil {
			return res, err
		}
		defer up.Close()
		keys := make([]statKey, 0, len(stats))
		for k := range stats {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(a, b int) bool { return lessStat(keys[a], keys[b]) })
		for _, k := range keys {
			if _, err := up.ExecContext(ctx, k.tenant, k.hour, k.intent, k.platform, k.browser, stats[k]); err != nil {
				return res, err
			}
		}
	}
	for k, n := range months {
		if _, err := tx.ExecContext(ctx, `INSERT INTO conversation_stats (tenant, month, count) VALUES (?, ?, ?)
			ON CONFLICT (tenant, month) DO UPDATE SET count = count + excluded.count`, k.tenant, k.month, n); err != nil {
			return res, err
		}
	}
	return res, nil
}

// lessStat orders statistics keys so that the upserts touch the primary key
// index in order.
func lessStat(x, y statKey) bool {
	if x.tenant != y.tenant {
		return x.tenant < y.tenant
	}
	if x.hour != y.hour {
		return x.hour < y.hour
	}
	if x.intent != y.intent {
		return x.intent < y.intent
	}
	if x.platform != y.platform {
		return x.platform < y.platform
	}
	return x.browser < y.browser
}
