package rights

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go"
	"go.uber.org/zap"
	"golang.org/x/time/rate"

	"github.com/nordic-anonymizer/anonymizer/internal/store"
)

// NATS subjects of the rights requests (contract §4) and the queue group the
// responders share, so each request is answered once across workers.
const (
	SubjectExport = "chat.rights.export"
	SubjectForget = "chat.rights.forget"
	QueueGroup    = "anonymizer-rights"
	// MaxRequestBytes bounds a request body.
	MaxRequestBytes = 4096
	// RequestTimeout bounds the store work of one request.
	RequestTimeout = 10 * time.Second
)

// Request is the body of a rights request over NATS.
type Request struct {
	ConversationID  string `json:"conversation_id"`
	ConversationKey string `json:"conversation_key"`
}

// Reply is the body of every reply: the export, or {"status":"forgotten"},
// or {"error": "...", "code": <the HTTP status the same request would get>}.
type Reply struct {
	Status string  `json:"status,omitempty"`
	Error  string  `json:"error,omitempty"`
	Code   int     `json:"code,omitempty"`
	Export *Export `json:"export,omitempty"`
}

// Responders are the NATS subscriptions answering rights requests.
type Responders struct {
	subs []*nats.Subscription
}

// tooMany is the reply beyond the responders' rate limit.
var tooMany = Reply{Error: "too many requests, try again later", Code: 429}

// Subscribe starts the responders on nc. Close them with Stop. limit, when
// not nil, bounds the requests they answer (one bucket for both subjects);
// beyond it a request gets code 429 without reaching the store.
func (s *Service) Subscribe(nc *nats.Conn, log *zap.Logger, limit *rate.Limiter) (*Responders, error) {
	if log == nil {
		log = zap.NewNop()
	}
	r := &Responders{}
	for _, h := range []struct {
		subject, kind string
		fn            func(context.Context, Request) Reply
	}{
		{SubjectExport, "export", s.natsExport},
		{SubjectForget, "forget", s.natsForget},
	} {
		sub, err := nc.QueueSubscribe(h.subject, QueueGroup, func(m *nats.Msg) {
			start := time.Now()
			var reply Reply
			if limit != nil && !limit.Allow() {
				reply = tooMany
				s.countResult(h.kind, "nats", "rate_limited")
			} else {
				reply = handle(m.Data, h.fn)
			}
			b, err := json.Marshal(reply)
			if err != nil {
				b = []byte(`{"error":"internal error","code":500}`)
			}
			if m.Reply != "" {
				if err := m.Respond(b); err != nil {
					log.Warn("rights reply failed", zap.String("subject", h.subject), zap.Error(err))
				}
			}
			log.Info("rights request", zap.String("subject", h.subject), zap.Int("code", codeOf(reply)),
				zap.Duration("took", time.Since(start)))
		})
		if err != nil {
			r.Stop()
			return nil, fmt.Errorf("rights: subscribe %s: %w", h.subject, err)
		}
		r.subs = append(r.subs, sub)
	}
	return r, nil
}

// Stop drains the subscriptions: requests in flight are answered.
func (r *Responders) Stop() {
	for _, s := range r.subs {
		_ = s.Drain()
	}
}

func codeOf(r Reply) int {
	if r.Code != 0 {
		return r.Code
	}
	return 200
}

func handle(data []byte, fn func(context.Context, Request) Reply) Reply {
	if len(data) > MaxRequestBytes {
		return Reply{Error: "request too large", Code: 413}
	}
	var req Request
	if err := json.Unmarshal(data, &req); err != nil {
		return Reply{Error: "request is not a JSON object {conversation_id, conversation_key}", Code: 400}
	}
	if req.ConversationKey == "" {
		return Reply{Error: "conversation_key missing", Code: 401}
	}
	ctx, cancel := context.WithTimeout(context.Background(), RequestTimeout)
	defer cancel()
	return fn(ctx, req)
}

func (s *Service) natsExport(ctx context.Context, req Request) Reply {
	e, err := s.Export(ctx, "nats", req.ConversationID, req.ConversationKey)
	if err != nil {
		return errorReply(err)
	}
	return Reply{Status: "ok", Export: &e}
}

func (s *Service) natsForget(ctx context.Context, req Request) Reply {
	if err := s.Forget(ctx, "nats", req.ConversationID, req.ConversationKey); err != nil {
		return errorReply(err)
	}
	return Reply{Status: "forgotten"}
}

func errorReply(err error) Reply {
	switch {
	case errors.Is(err, store.ErrNotFound):
		return Reply{Error: "conversation not found", Code: 404}
	case errors.Is(err, ErrBadRequest):
		return Reply{Error: "malformed conversation_id", Code: 400}
	}
	return Reply{Error: "temporarily unavailable", Code: 503}
}
