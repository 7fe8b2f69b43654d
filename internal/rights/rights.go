// Package rights answers citizens' requests about their own conversation:
// export (everything stored about it, masked) and forget-me (delete it now and
// drop its later messages). The HTTP API and the NATS request-reply
// responders on chat.rights.export and chat.rights.forget share this code, so
// both give the same answers. A conversation is reached only with its
// conversation key; a wrong key and an unknown conversation look the same.
package rights

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/nordic-anonymizer/anonymizer/internal/metrics"
	"github.com/nordic-anonymizer/anonymizer/internal/store"
	"github.com/nordic-anonymizer/anonymizer/pipeline"
)

// Errors of a request, before the store is asked.
var (
	// ErrBadRequest: a malformed conversation id or key.
	ErrBadRequest = errors.New("rights: bad request")
)

// Service answers export and forget-me requests against a store.
type Service struct {
	Store     store.Store
	Retention time.Duration
	Now       func() time.Time // nil: time.Now
	Metrics   *metrics.Metrics // nil: not counted
}

func (s *Service) now() time.Time {
	if s.Now != nil {
		return s.Now().UTC()
	}
	return time.Now().UTC()
}

// KeyHash is the SHA-256 of a conversation key, the form the store holds.
func KeyHash(key string) []byte {
	h := sha256.Sum256([]byte(key))
	return h[:]
}

// ValidID reports whether s can be a conversation id: the ingest rule
// (pipeline.ValidID), so anything that could be stored can be asked for, and
// nothing else reaches the store.
func ValidID(s string) bool { return pipeline.ValidID(s) }

// ValidKey reports whether s can be a conversation key: the ingest rule,
// pipeline.MinKeyLen to pipeline.MaxKeyLen url-safe characters.
func ValidKey(s string) bool {
	if len(s) < pipeline.MinKeyLen || len(s) > pipeline.MaxKeyLen {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// ExportMessage is one stored message as the citizen sees it.
type ExportMessage struct {
	ID        string         `json:"id"`
	SentAt    time.Time      `json:"sent_at"`
	ExpiresAt time.Time      `json:"expires_at"`
	Role      string         `json:"role"`
	Text      string         `json:"text"` // masked
	Intent    string         `json:"intent,omitempty"`
	Lang      string         `json:"lang,omitempty"`
	Platform  string         `json:"platform"`
	Browser   string         `json:"browser,omitempty"`
	Masked    map[string]int `json:"masked"` // placeholders per category
}

// Export is everything stored about one conversation.
type Export struct {
	ConversationID string    `json:"conversation_id"`
	Tenant         string    `json:"tenant"`
	ExportedAt     time.Time `json:"exported_at"`
	RetentionHours float64   `json:"retention_hours"`
	// ExpiresAt is when the last stored message expires (the newest
	// message's sent_at + retention): by then nothing of the conversation is
	// left, unless new messages arrive. Each message has its own expires_at.
	ExpiresAt time.Time       `json:"expires_at"`
	Masked    map[string]int  `json:"masked"` // totals per category
	Messages  []ExportMessage `json:"messages"`
}

// Export returns the unexpired stored messages of a conversation.
// An unknown id and a wrong key both give store.ErrNotFound.
func (s *Service) Export(ctx context.Context, transport, id, key string) (Export, error) {
	e, err := s.export(ctx, id, key)
	s.count("export", transport, err)
	return e, err
}

func (s *Service) export(ctx context.Context, id, key string) (Export, error) {
	if !ValidID(id) || !ValidKey(key) {
		// A malformed key can match nothing: same answer as a wrong key.
		if !ValidID(id) {
			return Export{}, fmt.Errorf("%w: conversation id", ErrBadRequest)
		}
		return Export{}, store.ErrNotFound
	}
	now := s.now()
	c, err := s.Store.Conversation(ctx, id, KeyHash(key), now, s.Retention)
	if err != nil {
		return Export{}, err
	}
	e := Export{
		ConversationID: c.ID, Tenant: c.Tenant, ExportedAt: now,
		RetentionHours: s.Retention.Hours(), Masked: map[string]int{},
		Messages: make([]ExportMessage, 0, len(c.Messages)),
	}
	for _, m := range c.Messages {
		masked := map[string]int{}
		maps.Copy(masked, m.Masks)
		for k, v := range m.Masks {
			e.Masked[k] += v
		}
		exp := m.SentAt.UTC().Add(s.Retention)
		if exp.After(e.ExpiresAt) {
			e.ExpiresAt = exp
		}
		e.Messages = append(e.Messages, ExportMessage{
			ID: m.ID, SentAt: m.SentAt.UTC(), ExpiresAt: exp, Role: m.Role, Text: m.Text,
			Intent: m.Intent, Lang: m.Lang, Platform: m.Platform, Browser: m.Browser, Masked: masked,
		})
	}
	if len(e.Messages) == 0 {
		// Every message has expired: nothing is left to show.
		return Export{}, store.ErrNotFound
	}
	return e, nil
}

// Forget deletes the conversation now and leaves a tombstone so its later
// messages are dropped. Unknown id and wrong key give store.ErrNotFound.
func (s *Service) Forget(ctx context.Context, transport, id, key string) error {
	err := s.forget(ctx, id, key)
	s.count("forget", transport, err)
	return err
}

func (s *Service) forget(ctx context.Context, id, key string) error {
	if !ValidID(id) {
		return fmt.Errorf("%w: conversation id", ErrBadRequest)
	}
	if !ValidKey(key) {
		return store.ErrNotFound
	}
	return s.Store.Forget(ctx, id, KeyHash(key), s.now())
}

func (s *Service) count(kind, transport string, err error) {
	result := "ok"
	switch {
	case err == nil:
	case errors.Is(err, store.ErrNotFound):
		result = "not_found"
	case errors.Is(err, ErrBadRequest):
		result = "bad_request"
	default:
		result = "error"
	}
	s.countResult(kind, transport, result)
}

func (s *Service) countResult(kind, transport, result string) {
	if s.Metrics != nil {
		s.Metrics.Rights.WithLabelValues(kind, transport, result).Inc()
	}
}

// WriteText writes the export as a readable transcript: a header saying what
// was masked and when the log expires, then one block per message.
func (e Export) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "Conversation %s (%s)\n", e.ConversationID, e.Tenant)
	fmt.Fprintf(&b, "Exported:  %s\n", e.ExportedAt.Format(time.RFC3339))
	fmt.Fprintf(&b, "Messages:  %d, %s to %s\n", len(e.Messages),
		e.Messages[0].SentAt.Format(time.RFC3339), e.Messages[len(e.Messages)-1].SentAt.Format(time.RFC3339))
	b.WriteString("Masked:    ")
	if len(e.Masked) == 0 {
		b.WriteString("nothing was detected as sensitive\n")
	} else {
		cats := slices.Sorted(maps.Keys(e.Masked))
		for i, c := range cats {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%d × %s", e.Masked[c], c)
		}
		b.WriteString(" (replaced by [CATEGORY] placeholders before storing; the originals were never stored)\n")
	}
	fmt.Fprintf(&b, "Expires:   each message is deleted %s after it was sent; the last one at %s\n",
		humanDuration(time.Duration(e.RetentionHours*float64(time.Hour))), e.ExpiresAt.Format(time.RFC3339))
	b.WriteString("           (later messages in this conversation would extend this)\n\n")
	for _, m := range e.Messages {
		fmt.Fprintf(&b, "[%s] %s", m.SentAt.Format(time.RFC3339), m.Role)
		if m.Intent != "" {
			fmt.Fprintf(&b, " (intent: %s)", m.Intent)
		}
		dev := m.Platform
		if m.Browser != "" {
			dev += ", " + m.Browser
		}
		fmt.Fprintf(&b, " [%s]\n", dev)
		for _, line := range strings.Split(m.Text, "\n") {
			b.WriteString("  ")
			b.WriteString(line)
			b.WriteByte('\n')
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func humanDuration(d time.Duration) string {
	if d%(24*time.Hour) == 0 {
		if d == 24*time.Hour {
			return "1 day"
		}
		return fmt.Sprintf("%d days", d/(24*time.Hour))
	}
	return d.String()
}
