package sqlite

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
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

// msgKey identifies a message: ids are unique within a conversation.
type msgKey struct{ conv, id string }

// storedKey identifies a stored message by its conversation's seq.
type storedKey struct {
	conv int64
	id   string
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
	// A message id twice in one conversation of one batch is a duplicate of
	// its first copy.
	seen := make(map[msgKey]bool, len(msgs))
	batch := make([]store.Message, 0, len(msgs))
	for _, m := range msgs {
		k := msgKey{m.ConversationID, m.ID}
		if seen[k] {
			res.Duplicate++
			continue
		}
		seen[k] = true
		batch = append(batch, m)
	}
	masks := make([]string, len(batch))
	for i, m := range batch {
		var err error
		if masks[i], err = encodeMasks(m.Masks); err != nil {
			return store.WriteResult{}, fmt.Errorf("store: sqlite: write batch: %w", err)
		}
	}
	var r store.WriteResult
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var err error
		r, err = s.writeTx(ctx, tx, batch, masks)
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

// The statements of a write, prepared once at Open.
const (
	findTombstonesSQL      = `SELECT hex(hash) FROM tombstones WHERE hash IN (SELECT unhex(value) FROM json_each(?))`
	findConversationsSQL   = `SELECT seq, id, tenant, key_hash FROM conversations WHERE id IN (SELECT value FROM json_each(?))`
	insertConversationsSQL = `INSERT INTO conversations (id, tenant, key_hash, first_at, last_at)
	SELECT value->>0, value->>1, unhex(value->>2), value->>3, value->>3 FROM json_each(?) WHERE true
	RETURNING seq, id`
	updateSpansSQL = `UPDATE conversations SET first_at = min(first_at, j.value->>1), last_at = max(last_at, j.value->>2)
	FROM json_each(?) AS j WHERE conversations.seq = j.value->>0`
	upsertIntentStatsSQL = `INSERT INTO intent_stats (tenant, hour, intent, platform, browser, count)
	SELECT value->>0, value->>1, value->>2, value->>3, value->>4, value->>5 FROM json_each(?) WHERE true
	ON CONFLICT (tenant, hour, intent, platform, browser) DO UPDATE SET count = count + excluded.count`
	upsertConversationStatsSQL = `INSERT INTO conversation_stats (tenant, month, count) VALUES (?, ?, ?)
	ON CONFLICT (tenant, month) DO UPDATE SET count = count + excluded.count`
)

// preparedQueries are prepared at Open on the writer connection.
var preparedQueries = []string{findTombstonesSQL, findConversationsSQL, insertConversationsSQL,
	updateSpansSQL, upsertIntentStatsSQL, upsertConversationStatsSQL, insertMessagesQuery(insertChunk)}

// insertChunk is the number of messages one INSERT statement carries
// (13 parameters each, far below SQLite's limit of 32,766 parameters).
const insertChunk = 100

const insertMessagesSQL = `INSERT INTO messages (id, conversation, tenant, role, sent_at, text, intent, lang,
	platform, browser, ip_hash, detector_version, masks) VALUES `

const messageValuesSQL = `(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

// insertMessagesQuery is the multi-row INSERT of n messages. ON CONFLICT
// skips redeliveries, and RETURNING names the rows actually inserted.
func insertMessagesQuery(n int) string {
	var b strings.Builder
	b.WriteString(insertMessagesSQL)
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(messageValuesSQL)
	}
	b.WriteString(" ON CONFLICT (conversation, id) DO NOTHING RETURNING conversation, id")
	return b.String()
}

func jsonList(v any) (string, error) {
	b, err := json.Marshal(v)
	return string(b), err
}

func (s *Store) writeTx(ctx context.Context, tx *sql.Tx, batch []store.Message, masks []string) (store.WriteResult, error) {
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

	// 1. Drop messages of forgotten conversations.
	convIDs := make([]string, len(order))
	hashes := make([]string, len(order))
	for i, g := range order {
		convIDs[i] = g.id
		hashes[i] = hex.EncodeToString(tombstoneHash(g.id))
	}
	list, err := jsonList(hashes)
	if err != nil {
		return res, err
	}
	forgotten := map[string]bool{}
	if err := s.queryRows(ctx, tx, findTombstonesSQL,
		[]any{list}, func(r *sql.Rows) error {
			var h string
			if err := r.Scan(&h); err != nil {
				return err
			}
			forgotten[strings.ToLower(h)] = true
			return nil
		}); err != nil {
		return res, err
	}

	// 2. Look up the stored conversations.
	type stored struct {
		seq     int64
		tenant  string
		keyHash []byte
	}
	existing := map[string]stored{}
	if list, err = jsonList(convIDs); err != nil {
		return res, err
	}
	if err := s.queryRows(ctx, tx, findConversationsSQL,
		[]any{list}, func(r *sql.Rows) error {
			var c stored
			var id string
			if err := r.Scan(&c.seq, &id, &c.tenant, &c.keyHash); err != nil {
				return err
			}
			existing[id] = c
			return nil
		}); err != nil {
		return res, err
	}

	// 3. Create the new conversations (with a key hash), keep the messages
	// whose tenant and key hash match their conversation's.
	var fresh []*convGroup
	var freshRows [][]any
	for i, g := range order {
		if forgotten[hashes[i]] {
			res.Forgotten += len(g.msgs)
			g.msgs = nil
			continue
		}
		if c, ok := existing[g.id]; ok {
			g.seq, g.tenant, g.keyHash = c.seq, c.tenant, c.keyHash
			continue
		}
		if len(g.keyHash) == 0 {
			continue // rejected below
		}
		first := batch[g.msgs[0]].SentAt
		for _, j := range g.msgs {
			if batch[j].SentAt.Before(first) {
				first = batch[j].SentAt
			}
		}
		g.created = true
		fresh = append(fresh, g)
		freshRows = append(freshRows, []any{g.id, g.tenant, hex.EncodeToString(g.keyHash), micros(first)})
	}
	if len(fresh) > 0 {
		if list, err = jsonList(freshRows); err != nil {
			return res, err
		}
		seqs := map[string]int64{}
		if err := s.queryRows(ctx, tx, insertConversationsSQL, []any{list}, func(r *sql.Rows) error {
			var seq int64
			var id string
			if err := r.Scan(&seq, &id); err != nil {
				return err
			}
			seqs[id] = seq
			return nil
		}); err != nil {
			return res, err
		}
		for _, g := range fresh {
			g.seq = seqs[g.id]
		}
	}
	var accepted []int
	var owner []*convGroup // owner[k] is the conversation of accepted[k]
	for _, g := range order {
		for _, j := range g.msgs {
			m := batch[j]
			if len(g.keyHash) == 0 || subtle.ConstantTimeCompare(m.KeyHash, g.keyHash) != 1 || m.Tenant != g.tenant {
				res.Rejected++
				continue
			}
			accepted = append(accepted, j)
			owner = append(owner, g)
		}
	}
	if len(accepted) == 0 {
		return res, nil
	}

	// 4. Insert the messages in chunks; RETURNING tells which are new.
	inserted := make(map[storedKey]bool, len(accepted))
	args := make([]any, 0, insertChunk*13)
	for lo := 0; lo < len(accepted); lo += insertChunk {
		hi := min(lo+insertChunk, len(accepted))
		args = args[:0]
		for k := lo; k < hi; k++ {
			j, g := accepted[k], owner[k]
			m := batch[j]
			args = append(args, m.ID, g.seq, g.tenant, m.Role, micros(m.SentAt), m.Text, m.Intent, m.Lang,
				m.Platform, m.Browser, m.IPHash, m.DetectorVersion, masks[j])
		}
		if err := s.queryRows(ctx, tx, insertMessagesQuery(hi-lo), args, func(r *sql.Rows) error {
			var k storedKey
			if err := r.Scan(&k.conv, &k.id); err != nil {
				return err
			}
			inserted[k] = true
			return nil
		}); err != nil {
			return res, err
		}
	}
	res.Stored = len(inserted)
	res.Duplicate += len(accepted) - len(inserted)
	if res.Stored == 0 {
		return res, nil
	}

	// 5. Conversation spans and statistics, for the new messages only.
	stats := map[statKey]int64{}
	for k, j := range accepted {
		m, g := batch[j], owner[k]
		if !inserted[storedKey{g.seq, m.ID}] {
			continue
		}
		at := micros(m.SentAt)
		if !g.storedAt {
			g.storedAt, g.first, g.last = true, at, at
		}
		g.first, g.last = min(g.first, at), max(g.last, at)
		if m.Role == "bot" && m.Intent != "" {
			hour := micros(m.SentAt.UTC().Truncate(time.Hour))
			stats[statKey{g.tenant, m.Intent, m.Platform, m.Browser, hour}]++
		}
	}
	months := map[monthKey]int64{}
	var spans [][]int64
	for _, g := range order {
		if !g.storedAt {
			continue
		}
		spans = append(spans, []int64{g.seq, g.first, g.last})
		if g.created {
			f := fromMicros(g.first)
			months[monthKey{g.tenant, micros(time.Date(f.Year(), f.Month(), 1, 0, 0, 0, 0, time.UTC))}]++
		}
	}
	if list, err = jsonList(spans); err != nil {
		return res, err
	}
	if _, err := s.exec(ctx, tx, updateSpansSQL, list); err != nil {
		return res, err
	}
	if len(stats) > 0 {
		keys := make([]statKey, 0, len(stats))
		for k := range stats {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(a, b int) bool { return lessStat(keys[a], keys[b]) })
		rows := make([][]any, len(keys))
		for i, k := range keys {
			rows[i] = []any{k.tenant, k.hour, k.intent, k.platform, k.browser, stats[k]}
		}
		if list, err = jsonList(rows); err != nil {
			return res, err
		}
		if _, err := s.exec(ctx, tx, upsertIntentStatsSQL, list); err != nil {
			return res, err
		}
	}
	for k, n := range months {
		if _, err := s.exec(ctx, tx, upsertConversationStatsSQL, k.tenant, k.month, n); err != nil {
			return res, err
		}
	}
	return res, nil
}

// stmtFor returns query as prepared at Open and bound to tx, or nil when
// it was not prepared then. (Preparing later on the writer pool would wait
// for its one connection, which tx holds.)
func (s *Store) stmtFor(ctx context.Context, tx *sql.Tx, query string) *sql.Stmt {
	if st, ok := s.stmts[query]; ok {
		return tx.StmtContext(ctx, st)
	}
	return nil
}

func (s *Store) exec(ctx context.Context, tx *sql.Tx, query string, args ...any) (sql.Result, error) {
	if st := s.stmtFor(ctx, tx, query); st != nil {
		defer st.Close()
		return st.ExecContext(ctx, args...)
	}
	return tx.ExecContext(ctx, query, args...)
}

// queryRows runs query in tx and calls fn for each row.
func (s *Store) queryRows(ctx context.Context, tx *sql.Tx, query string, args []any, fn func(*sql.Rows) error) error {
	var rows *sql.Rows
	var err error
	if st := s.stmtFor(ctx, tx, query); st != nil {
		defer st.Close()
		rows, err = st.QueryContext(ctx, args...)
	} else {
		rows, err = tx.QueryContext(ctx, query, args...)
	}
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
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

// encodeMasks is the JSON object of the mask counts, keys sorted, "{}" when
// there are none. Category names are plain ASCII words, written directly;
// anything else goes through encoding/json.
func encodeMasks(masks map[string]int) (string, error) {
	if len(masks) == 0 {
		return "{}", nil
	}
	keys := make([]string, 0, len(masks))
	for k := range masks {
		for i := 0; i < len(k); i++ {
			c := k[i]
			if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
				b, err := json.Marshal(masks)
				return string(b), err
			}
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	b := make([]byte, 0, 16*len(keys))
	b = append(b, '{')
	for i, k := range keys {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '"')
		b = append(b, k...)
		b = append(b, '"', ':')
		b = strconv.AppendInt(b, int64(masks[k]), 10)
	}
	b = append(b, '}')
	return string(b), nil
}
