package postgres

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"fmt"
	"sort"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/nordic-anonymizer/anonymizer/internal/store"
)

// Forget-me against ingest, across workers.
//
// WriteBatch takes pg_advisory_xact_lock_shared and Forget the exclusive
// pg_advisory_xact_lock on a key derived from each conversation id
// (convLockKey), held until their transaction ends. Writers of the same
// conversation on several workers do not wait for each other; a Forget
// waits for every batch holding the conversation to commit, and a batch
// that comes after waits for the Forget. Under READ COMMITTED every
// statement takes a fresh snapshot, so once WriteBatch holds the lock its
// tombstone check sees any Forget that committed before, and a Forget that
// comes after deletes what the batch stored. A row lock on conversations
// (SELECT ... FOR UPDATE) would not do: a conversation that does not exist
// yet has no row to lock, and a Forget racing the batch that creates it
// would find nothing to lock either. The advisory lock exists whether or not
// the row does. Locks are taken in ascending key order, and the rows a
// batch updates (conversations, then statistics) in ascending key order
// too, so concurrent batches never deadlock; a hash collision only
// serializes two unrelated conversations for one transaction.

// convLockKey is the advisory lock key of a conversation.
func (s *Store) convLockKey(id string) int64 { return s.lockKey("conv\x00" + id) }

// tombstoneHash is what a tombstone keeps of a forgotten conversation id.
func tombstoneHash(id string) []byte {
	h := sha256.Sum256([]byte(id))
	return h[:]
}

// convGroup is the part of a batch that belongs to one conversation.
type convGroup struct {
	id      string
	tenant  string
	keyHash []byte
	msgs    []int // indexes into the batch
}

// msgKey names a message: ids are unique per conversation.
type msgKey struct{ conversation, id string }

// WriteBatch stores msgs in one transaction; see store.Store.
func (s *Store) WriteBatch(ctx context.Context, msgs []store.Message) (store.WriteResult, error) {
	if err := s.check(); err != nil {
		return store.WriteResult{}, err
	}
	if len(msgs) == 0 {
		return store.WriteResult{}, nil
	}
	var res store.WriteResult
	// A message id twice in one conversation of one batch is a duplicate of
	// its first copy (ids are unique per conversation, as in the SQLite
	// store).
	seen := make(map[msgKey]bool, len(msgs))
	batch := make([]store.Message, 0, len(msgs))
	for _, m := range msgs {
		k := msgKey{m.ConversationID, m.ID}
		if seen[k] {
			res.Duplicate++
			continue
		}
		seen[k] = true
		m.SentAt = m.SentAt.UTC().Truncate(time.Microsecond) // PostgreSQL's resolution
		batch = append(batch, m)
	}
	days := map[int64]bool{}
	for _, m := range batch {
		days[dayOf(m.SentAt)] = true
	}
	dayList := make([]int64, 0, len(days))
	for d := range days {
		dayList = append(dayList, d)
	}
	if err := s.ensurePartitions(ctx, dayList); err != nil {
		return store.WriteResult{}, err
	}
	var r store.WriteResult
	var err error
	for attempt := 0; ; attempt++ {
		err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
			var err error
			r, err = s.writeTx(ctx, tx, batch)
			return err
		})
		if err == nil || attempt > 0 || !isNoPartition(err) {
			break
		}
		// Another process's sweep dropped a partition this process had
		// cached: create it again and retry once.
		s.forgetPartitions(dayList)
		if err := s.ensurePartitions(ctx, dayList); err != nil {
			return store.WriteResult{}, err
		}
	}
	if err != nil {
		if s.closed.Load() {
			return store.WriteResult{}, store.ErrClosed
		}
		return store.WriteResult{}, fmt.Errorf("store: postgres: write batch: %w", err)
	}
	res.Stored += r.Stored
	res.Duplicate += r.Duplicate
	res.Forgotten += r.Forgotten
	res.Rejected += r.Rejected
	return res, nil
}

func (s *Store) writeTx(ctx context.Context, tx pgx.Tx, batch []store.Message) (store.WriteResult, error) {
	var res store.WriteResult

	// Group by conversation; the first message of a new conversation sets
	// its tenant and key hash.
	groups := map[string]*convGroup{}
	for i, m := range batch {
		g := groups[m.ConversationID]
		if g == nil {
			g = &convGroup{id: m.ConversationID, tenant: m.Tenant, keyHash: m.KeyHash}
			groups[m.ConversationID] = g
		}
		g.msgs = append(g.msgs, i)
	}

	// The first three statements go in one round trip (a pipeline; the
	// server still runs them one after the other, each with its own
	// snapshot, so the tombstone check sees what committed before the
	// locks were granted).
	//
	// Every statement below looks rows up by key. Day partitions are new
	// and often not yet analyzed, and the planner then takes a sequential
	// scan of a partition that has grown to millions of rows for the id
	// lookup; index scans are always right here.
	//
	// 1. Lock the conversations in ascending key order.
	// 2. Find the forgotten ones (tombstones).
	keys := make([]int64, 0, len(groups))
	for id := range groups {
		keys = append(keys, s.convLockKey(id))
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	ids := sortedKeys(groups)
	hashes := make([][]byte, len(ids))
	byHash := map[string]string{}
	for i, id := range ids {
		hashes[i] = tombstoneHash(id)
		byHash[string(hashes[i])] = id
	}
	pb := &pgx.Batch{}
	pb.Queue(`SET LOCAL enable_seqscan = off`)
	pb.Queue(`SELECT pg_advisory_xact_lock_shared(k) FROM unnest($1::bigint[]) WITH ORDINALITY AS u(k, n) ORDER BY n`, keys)
	pb.Queue(`SELECT hash FROM tombstones WHERE hash = ANY($1)`, hashes)
	forgotten := map[string]bool{}
	err := func() error {
		br := tx.SendBatch(ctx, pb)
		defer br.Close()
		for range 2 {
			if _, err := br.Exec(); err != nil {
				return err
			}
		}
		rows, err := br.Query()
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var h []byte
			if err := rows.Scan(&h); err != nil {
				return err
			}
			forgotten[byHash[string(h)]] = true
		}
		if err := rows.Err(); err != nil {
			return err
		}
		rows.Close()
		return br.Close()
	}()
	if err != nil {
		return res, err
	}
	var rows pgx.Rows
	live := ids[:0:0]
	for _, id := range ids {
		if forgotten[id] {
			res.Forgotten += len(groups[id].msgs)
			continue
		}
		live = append(live, id)
	}
	if len(live) == 0 {
		return res, nil
	}

	// 3. Create the new conversations (ON CONFLICT DO NOTHING: RETURNING
	// names exactly the ones this batch created; a worker creating the same
	// one concurrently makes this wait for its commit), then read the key
	// hash and tenant of every conversation of the batch FOR KEY SHARE:
	// that keeps the sweep from deleting a row under the batch, but does
	// not block another worker's batch of the same conversation. Both in
	// one round trip. A conversation whose first message has no key hash is
	// not created (its messages are rejected below), as in the SQLite store.
	var withKey []string
	var tenants []string
	var keyHashes [][]byte
	var firsts []time.Time
	for _, id := range live {
		g := groups[id]
		if len(g.keyHash) == 0 {
			continue
		}
		first := batch[g.msgs[0]].SentAt
		for _, j := range g.msgs {
			if batch[j].SentAt.Before(first) {
				first = batch[j].SentAt
			}
		}
		withKey = append(withKey, id)
		tenants = append(tenants, g.tenant)
		keyHashes = append(keyHashes, g.keyHash)
		firsts = append(firsts, first)
	}
	type convRow struct {
		keyHash []byte
		tenant  string
	}
	stored := map[string]convRow{}
	created := map[string]bool{}
	cb := &pgx.Batch{}
	if len(withKey) > 0 {
		cb.Queue(`
			INSERT INTO conversations (id, tenant, key_hash, first_at, last_at)
			SELECT id, tenant, key_hash, first_at, first_at
			FROM unnest($1::text[], $2::text[], $3::bytea[], $4::timestamptz[]) AS u(id, tenant, key_hash, first_at)
			ON CONFLICT (id) DO NOTHING
			RETURNING id`, withKey, tenants, keyHashes, firsts)
	}
	cb.Queue(`SELECT id, key_hash, tenant FROM conversations WHERE id = ANY($1) FOR KEY SHARE`, live)
	err = func() error {
		br := tx.SendBatch(ctx, cb)
		defer br.Close()
		if len(withKey) > 0 {
			rows, err := br.Query()
			if err != nil {
				return err
			}
			for rows.Next() {
				var id string
				if err := rows.Scan(&id); err != nil {
					rows.Close()
					return err
				}
				created[id] = true
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return err
			}
		}
		rows, err := br.Query()
		if err != nil {
			return err
		}
		for rows.Next() {
			var id string
			var c convRow
			if err := rows.Scan(&id, &c.keyHash, &c.tenant); err != nil {
				rows.Close()
				return err
			}
			stored[id] = c
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		return br.Close()
	}()
	if err != nil {
		return res, err
	}

	// 4. Keep the messages whose key hash (constant-time) and tenant match
	// their conversation's and insert them; ON CONFLICT skips redeliveries.
	var accepted []int
	for _, id := range live {
		c, ok := stored[id]
		for _, j := range groups[id].msgs {
			m := batch[j]
			if !ok || len(c.keyHash) == 0 || subtle.ConstantTimeCompare(m.KeyHash, c.keyHash) != 1 || m.Tenant != c.tenant {
				res.Rejected++
				continue
			}
			accepted = append(accepted, j)
		}
	}
	if len(accepted) == 0 {
		return res, nil
	}
	// The primary key is (conversation_id, id, sent_at), as a partitioned
	// table requires the partition key in it. A redelivery repeats sent_at
	// and is caught by ON CONFLICT; a message id already stored in its
	// conversation with another sent_at (a publisher reusing ids) must be
	// skipped too, as the SQLite store's unique (conversation, id) does.
	// The conversation locks make the look-up race-free. It is bounded by
	// the conversation's stored span (every stored message of it lies in
	// [first_at, last_at]), so that run-time partition pruning probes only
	// the days the conversation has messages in. Unbounded, the planner
	// chose a hash anti-join reading every partition's key index (370 ms
	// per batch at 200,000 stored messages, against 4 ms bounded).
	cols := newMessageColumns(len(accepted))
	for _, j := range accepted {
		if err := cols.add(batch[j]); err != nil {
			return res, err
		}
	}
	rows, err = tx.Query(ctx, `
		INSERT INTO messages (id, sent_at, conversation_id, tenant, role, text, intent, lang,
			platform, browser, ip_hash, detector_version, masks)
		SELECT u.* FROM unnest($1::text[], $2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::text[],
			$7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::jsonb[])
			AS u(id, sent_at, conversation_id, tenant, role, text, intent, lang,
				platform, browser, ip_hash, detector_version, masks)
		WHERE NOT EXISTS (
			SELECT 1 FROM conversations c JOIN messages m ON m.conversation_id = c.id
			WHERE c.id = u.conversation_id AND m.id = u.id
			  AND m.sent_at >= c.first_at AND m.sent_at <= c.last_at)
		ON CONFLICT (conversation_id, id, sent_at) DO NOTHING
		RETURNING conversation_id, id`, cols.args()...)
	if err != nil {
		return res, err
	}
	newIDs := map[msgKey]bool{}
	for rows.Next() {
		var k msgKey
		if err := rows.Scan(&k.conversation, &k.id); err != nil {
			rows.Close()
			return res, err
		}
		newIDs[k] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return res, err
	}
	res.Stored = len(newIDs)
	res.Duplicate += len(accepted) - len(newIDs)
	if res.Stored == 0 {
		return res, nil
	}

	// 5. Conversation span, statistics: only for newly stored messages.
	type span struct{ first, last time.Time }
	spans := map[string]*span{}
	type istat struct {
		tenant, intent, platform, browser string
		hour                              time.Time
	}
	istats := map[istat]int64{}
	for _, j := range accepted {
		m := batch[j]
		if !newIDs[msgKey{m.ConversationID, m.ID}] {
			continue
		}
		sp := spans[m.ConversationID]
		if sp == nil {
			sp = &span{m.SentAt, m.SentAt}
			spans[m.ConversationID] = sp
		}
		if m.SentAt.Before(sp.first) {
			sp.first = m.SentAt
		}
		if m.SentAt.After(sp.last) {
			sp.last = m.SentAt
		}
		if m.Role == "bot" && m.Intent != "" {
			istats[istat{m.Tenant, m.Intent, m.Platform, m.Browser, m.SentAt.Truncate(time.Hour)}]++
		}
	}
	spanIDs := sortedKeys(spans)
	sf := make([]time.Time, len(spanIDs))
	sl := make([]time.Time, len(spanIDs))
	for i, id := range spanIDs {
		sf[i], sl[i] = spans[id].first, spans[id].last
	}
	// 5b. The span update and both statistics upserts in one round trip.
	// Another worker may update the same conversations: lock their rows
	// in id order first (FOR NO KEY UPDATE, which KEY SHARE does not
	// block), so two batches never take them in opposite orders.
	final := &pgx.Batch{}
	final.Queue(`SELECT 1 FROM conversations WHERE id = ANY($1) ORDER BY id FOR NO KEY UPDATE`, spanIDs)
	final.Queue(`
		UPDATE conversations c
		SET first_at = LEAST(c.first_at, u.f), last_at = GREATEST(c.last_at, u.l)
		FROM unnest($1::text[], $2::timestamptz[], $3::timestamptz[]) AS u(id, f, l)
		WHERE c.id = u.id`, spanIDs, sf, sl)

	// Statistics rows are hot (every worker adds to the same hour): upsert
	// them in one fixed order so that concurrent batches never deadlock.
	if len(istats) > 0 {
		ks := make([]istat, 0, len(istats))
		for k := range istats {
			ks = append(ks, k)
		}
		sort.Slice(ks, func(a, b int) bool {
			x, y := ks[a], ks[b]
			if x.tenant != y.tenant {
				return x.tenant < y.tenant
			}
			if !x.hour.Equal(y.hour) {
				return x.hour.Before(y.hour)
			}
			if x.intent != y.intent {
				return x.intent < y.intent
			}
			if x.platform != y.platform {
				return x.platform < y.platform
			}
			return x.browser < y.browser
		})
		var ten, in, pl, br []string
		var hr []time.Time
		var cnt []int64
		for _, k := range ks {
			ten, in, pl, br = append(ten, k.tenant), append(in, k.intent), append(pl, k.platform), append(br, k.browser)
			hr = append(hr, k.hour)
			cnt = append(cnt, istats[k])
		}
		final.Queue(`
			INSERT INTO intent_stats AS s (tenant, hour, intent, platform, browser, count)
			SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::bigint[])
			ON CONFLICT (tenant, hour, intent, platform, browser) DO UPDATE SET count = s.count + EXCLUDED.count`,
			ten, hr, in, pl, br, cnt)
	}

	// New conversations count once, in the month of their first message.
	type cstat struct {
		tenant string
		month  time.Time
	}
	cstats := map[cstat]int64{}
	for _, id := range spanIDs {
		if !created[id] {
			continue
		}
		f := spans[id].first
		cstats[cstat{groups[id].tenant, time.Date(f.Year(), f.Month(), 1, 0, 0, 0, 0, time.UTC)}]++
	}
	if len(cstats) > 0 {
		ks := make([]cstat, 0, len(cstats))
		for k := range cstats {
			ks = append(ks, k)
		}
		sort.Slice(ks, func(a, b int) bool {
			if ks[a].tenant != ks[b].tenant {
				return ks[a].tenant < ks[b].tenant
			}
			return ks[a].month.Before(ks[b].month)
		})
		var ten []string
		var mo []time.Time
		var cnt []int64
		for _, k := range ks {
			ten, mo, cnt = append(ten, k.tenant), append(mo, k.month), append(cnt, cstats[k])
		}
		final.Queue(`
			INSERT INTO conversation_stats AS s (tenant, month, count)
			SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::bigint[])
			ON CONFLICT (tenant, month) DO UPDATE SET count = s.count + EXCLUDED.count`,
			ten, mo, cnt)
	}
	if err := tx.SendBatch(ctx, final).Close(); err != nil {
		return res, err
	}
	return res, nil
}

// messageColumns holds a batch column by column for one unnest INSERT.
type messageColumns struct {
	id, conv, tenant, role, text, intent, lang, platform, browser, ipHash, version []string
	sentAt                                                                         []time.Time
	masks                                                                          [][]byte
}

func newMessageColumns(n int) *messageColumns {
	mk := func() []string { return make([]string, 0, n) }
	return &messageColumns{
		id: mk(), conv: mk(), tenant: mk(), role: mk(), text: mk(), intent: mk(), lang: mk(),
		platform: mk(), browser: mk(), ipHash: mk(), version: mk(),
		sentAt: make([]time.Time, 0, n), masks: make([][]byte, 0, n),
	}
}

func (c *messageColumns) add(m store.Message) error {
	masks := []byte("{}")
	if len(m.Masks) > 0 {
		b, err := json.Marshal(m.Masks)
		if err != nil {
			return err
		}
		masks = b
	}
	c.id = append(c.id, m.ID)
	c.sentAt = append(c.sentAt, m.SentAt)
	c.conv = append(c.conv, m.ConversationID)
	c.tenant = append(c.tenant, m.Tenant)
	c.role = append(c.role, m.Role)
	c.text = append(c.text, m.Text)
	c.intent = append(c.intent, m.Intent)
	c.lang = append(c.lang, m.Lang)
	c.platform = append(c.platform, m.Platform)
	c.browser = append(c.browser, m.Browser)
	c.ipHash = append(c.ipHash, m.IPHash)
	c.version = append(c.version, m.DetectorVersion)
	c.masks = append(c.masks, masks)
	return nil
}

func (c *messageColumns) args() []any {
	return []any{c.id, c.sentAt, c.conv, c.tenant, c.role, c.text, c.intent, c.lang,
		c.platform, c.browser, c.ipHash, c.version, jsonArray(c.masks)}
}

// jsonArray passes JSON documents as text so that ::jsonb[] parses them.
func jsonArray(docs [][]byte) []string {
	out := make([]string, len(docs))
	for i, d := range docs {
		out[i] = string(d)
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func jsonMarshal(v map[string]int) (string, error) {
	b, err := json.Marshal(v)
	return string(b), err
}
