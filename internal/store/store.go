// Package store keeps the masked chat log, the intent statistics, the
// forget-me tombstones and the operators' audit log. Store is implemented by
// the embedded SQLite store (internal/store/sqlite) and the PostgreSQL store
// (internal/store/postgres); both pass one conformance suite
// (internal/store/storetest). Nothing raw is ever handed to a Store: texts are
// masked, IPs are keyed hashes, conversation keys and ids of forgotten
// conversations are hashes.
package store

import (
	"context"
	"errors"
	"time"
)

// Errors. Callers check them with errors.Is; internal/api maps them to HTTP
// statuses in one table.
var (
	// ErrNotFound: no such conversation, or the key does not match. The two
	// are deliberately the same error so callers cannot tell them apart.
	ErrNotFound = errors.New("store: conversation not found")
	// ErrKeyMismatch: a message names an existing conversation with another
	// conversation key; it is not stored.
	ErrKeyMismatch = errors.New("store: conversation key mismatch")
	// ErrClosed: the store was closed.
	ErrClosed = errors.New("store: closed")
)

// Message is one masked chat message as stored.
type Message struct {
	ID             string // the publisher's message id (unique within its conversation)
	ConversationID string
	Tenant         string
	// KeyHash is SHA-256 of the conversation key. Set on write; never returned.
	KeyHash  []byte
	Role     string // "user" or "bot"
	SentAt   time.Time
	Text     string // masked text only
	Intent   string
	Lang     string
	Platform string // desktop, tablet, mobile, unknown
	Browser  string // "Safari 17", "" when unknown
	IPHash   string // hex HMAC-SHA256 of the client IP under the day's key, "" when absent
	// DetectorVersion is detectors.Engine.Version() of the engine that masked Text.
	DetectorVersion string
	// Masks counts masked spans per category name ("HEALTH": 2).
	Masks map[string]int
}

// WriteResult says what a WriteBatch did with each message.
type WriteResult struct {
	Stored    int // newly stored
	Duplicate int // already stored (a redelivery); not counted again
	Forgotten int // dropped: its conversation was forgotten (tombstone)
	Rejected  int // dropped: key mismatch with the stored conversation
}

// Conversation is a stored conversation with its unexpired messages.
type Conversation struct {
	ID       string
	Tenant   string
	FirstAt  time.Time
	LastAt   time.Time
	Messages []Message // ordered by SentAt, then ID
}

// Bucket is the time bucket of statistics.
type Bucket string

const (
	Hour  Bucket = "hour"
	Day   Bucket = "day"
	Month Bucket = "month"
)

// StatsQuery selects intent statistics. GroupBy is "", "platform" or "browser".
type StatsQuery struct {
	Tenant   string
	From, To time.Time // [From, To)
	Bucket   Bucket
	GroupBy  string
}

// IntentCount is one row of intent statistics. Group is the platform or
// browser when grouped, else "".
type IntentCount struct {
	Bucket time.Time // start of the bucket, UTC
	Intent string
	Group  string
	Count  int64
}

// ConversationCount is conversations started per tenant and month (billing).
type ConversationCount struct {
	Tenant string
	Month  time.Time // first day of the month, UTC
	Count  int64
}

// LogQuery selects masked messages for an operator.
type LogQuery struct {
	Tenant   string
	From, To time.Time // SentAt in [From, To)
	Limit    int       // 0 = store default (1000)
	// Now is the reader's clock; messages expired at Now are never returned.
	Now       time.Time
	Retention time.Duration
}

// AuditEntry records one operator read of the log.
type AuditEntry struct {
	At       time.Time
	Actor    string // token name, never the token
	Action   string // e.g. "logs.read"
	Tenant   string
	From, To time.Time
	Rows     int
}

// SweepResult counts what one sweep removed.
type SweepResult struct {
	Messages      int64
	Conversations int64
	Tombstones    int64
	Audit         int64
}

// Remasker re-masks one stored masked text with the current engine. It
// returns the new text and counts.
type Remasker func(text, lang string) (string, map[string]int)

// SweepLocker is an optional extra of a Store that several processes share
// (the PostgreSQL store): the sweeper type-asserts it and sweeps only while it
// holds the lock, so that exactly one sweeper runs at a time across workers.
// TryLockSweep does not wait: ok is false when another process holds the
// lock. unlock releases it; the lock is also released if the holder dies.
type SweepLocker interface {
	TryLockSweep(ctx context.Context) (unlock func(), ok bool, err error)
}

// Store is the persistence behind the worker, the API and the sweeper. Every
// method is safe for concurrent use, including across processes sharing one
// database (the PostgreSQL store).
type Store interface {
	// WriteBatch stores messages in one transaction, idempotently: a message
	// id already stored in its conversation is skipped and not counted again
	// in statistics; a message of a forgotten conversation (tombstone) is
	// dropped; a message whose KeyHash or Tenant differs from its stored
	// conversation's is dropped (Rejected). New
	// conversations are counted in the billing statistics, and bot messages
	// with an intent in the intent statistics, in the same transaction.
	WriteBatch(ctx context.Context, msgs []Message) (WriteResult, error)

	// Conversation returns the conversation with its messages sent after
	// now-retention, if keyHash matches (constant-time). Unknown id and wrong
	// key both give ErrNotFound.
	Conversation(ctx context.Context, id string, keyHash []byte, now time.Time, retention time.Duration) (Conversation, error)

	// Forget deletes the conversation and all its messages at once, if
	// keyHash matches, and leaves a tombstone so that later messages of it
	// are dropped. Race-free against concurrent WriteBatch of the same
	// conversation: after Forget returns, no message of it is stored.
	Forget(ctx context.Context, id string, keyHash []byte, now time.Time) error

	// IntentStats and ConversationStats survive expiry and forget-me.
	IntentStats(ctx context.Context, q StatsQuery) ([]IntentCount, error)
	ConversationStats(ctx context.Context, tenant string, from, to time.Time) ([]ConversationCount, error)

	// Logs returns unexpired masked messages of a tenant, ordered by SentAt.
	Logs(ctx context.Context, q LogQuery) ([]Message, error)
	// Audit appends an audit entry; AuditLog lists entries in [from, to).
	Audit(ctx context.Context, e AuditEntry) error
	AuditLog(ctx context.Context, from, to time.Time) ([]AuditEntry, error)

	// Sweep deletes, in short transactions, messages sent before
	// now-retention, emptied conversations, tombstones older than
	// now-retention and audit entries older than now-auditRetention.
	Sweep(ctx context.Context, now time.Time, retention, auditRetention time.Duration) (SweepResult, error)
	// Remask re-masks up to limit stored messages whose DetectorVersion is
	// not version, and returns how many it re-masked (0 when none are left).
	Remask(ctx context.Context, version string, limit int, fn Remasker) (int, error)

	// Ping checks the store is reachable (readiness).
	Ping(ctx context.Context) error
	Close() error
}
