// Package pipeline is the ingest path of the service: it consumes raw chat
// messages from the JetStream work-queue stream, decodes and validates them,
// masks their text with the detector engine, stores the masked form and only
// then acks. Every message ends in exactly one of ack (stored, or dropped by
// the store as a duplicate / forgotten / key mismatch), nak with delay (the
// store failed; it comes back) or terminate (invalid; described on
// chat.rejected.<tenant> without its text).
package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"

	"github.com/nordic-anonymizer/anonymizer/detectors"
	"github.com/nordic-anonymizer/anonymizer/internal/metrics"
	"github.com/nordic-anonymizer/anonymizer/internal/store"
	"github.com/nordic-anonymizer/anonymizer/internal/useragent"
)

// Masker masks chat text; *detectors.Engine implements it.
type Masker interface {
	Mask(text, lang string) (masked string, spans []detectors.Span)
	Version() string
}

// IPHasher replaces a client IP by a keyed hash; *ipmask.Hasher implements it.
type IPHasher interface {
	Hash(ip string) (string, error)
}

// UAParser reduces a user agent to platform and browser family + major
// version; useragent.Parse is one.
type UAParser func(ua string) (platform, browser string)

// Config configures a Worker. Store, Masker and IPHasher are required.
type Config struct {
	Store     store.Store
	Masker    Masker
	IPHasher  IPHasher
	UserAgent UAParser         // nil: platform "unknown", no browser
	Metrics   *metrics.Metrics // nil: a private set
	Logger    *zap.Logger      // nil: no logging

	Stream         string // default DefaultStream
	SubjectPrefix  string // default DefaultSubjectPrefix; subjects are <prefix>.<tenant>
	RejectedPrefix string // default DefaultRejectedPrefix
	Consumer       string // durable name, default DefaultConsumer
	// StreamReplicas is the replica count the stream is created with, or
	// raised to (never lowered), on a NATS cluster. Default 1.
	StreamReplicas int

	BatchSize int // most messages per store transaction, default 500
	// Linger is how long a batch smaller than BatchSize waits for more
	// messages before it is masked and stored (default DefaultLinger;
	// negative: not at all). A few milliseconds let a moderately loaded
	// worker commit tens of messages per transaction instead of one.
	Linger      time.Duration
	AckWait     time.Duration // redelivery after this without ack, default 30s
	NakDelay    time.Duration // redelivery delay after a store error, default 2s
	Parallelism int           // masking goroutines per batch, default GOMAXPROCS
	// StoreTimeout bounds one WriteBatch (default 30s). It is not tied to
	// Run's ctx, so a batch in flight at shutdown still commits and acks.
	StoreTimeout time.Duration

	// afterCommit, when set (tests), runs after a batch is committed and
	// before it is acked; an error stops Run without acking, as a crash would.
	afterCommit func() error
}

// Worker consumes the ingest stream. Several workers (in one or several
// processes) may share the durable consumer; JetStream spreads batches
// between them.
type Worker struct {
	nc  *nats.Conn
	cfg Config
	m   *metrics.Metrics
	log *zap.Logger
}

// InvalidTenantToken is the tenant token of chat.rejected.<tenant> when the
// subject did not name a valid tenant.
const InvalidTenantToken = "_invalid"

// NewWorker checks cfg and fills its defaults. nc is the connection to the
// NATS server holding the stream; the caller owns and closes it.
func NewWorker(nc *nats.Conn, cfg Config) (*Worker, error) {
	if nc == nil {
		return nil, errors.New("pipeline: nil nats connection")
	}
	if cfg.Store == nil || cfg.Masker == nil || cfg.IPHasher == nil {
		return nil, errors.New("pipeline: store, masker and ip hasher are required")
	}
	if cfg.Stream == "" {
		cfg.Stream = DefaultStream
	}
	if cfg.SubjectPrefix == "" {
		cfg.SubjectPrefix = DefaultSubjectPrefix
	}
	if cfg.RejectedPrefix == "" {
		cfg.RejectedPrefix = DefaultRejectedPrefix
	}
	if cfg.Consumer == "" {
		cfg.Consumer = DefaultConsumer
	}
	if cfg.BatchSize <= 0 {
		cfg.BatchSize = 500
	}
	if cfg.Linger == 0 {
		cfg.Linger = DefaultLinger
	}
	if cfg.AckWait <= 0 {
		cfg.AckWait = 30 * time.Second
	}
	if cfg.NakDelay <= 0 {
		cfg.NakDelay = 2 * time.Second
	}
	if cfg.Parallelism <= 0 {
		cfg.Parallelism = runtime.GOMAXPROCS(0)
	}
	if cfg.StoreTimeout <= 0 {
		cfg.StoreTimeout = 30 * time.Second
	}
	if cfg.UserAgent == nil {
		cfg.UserAgent = func(string) (string, string) { return "unknown", "" }
	}
	w := &Worker{nc: nc, cfg: cfg, m: cfg.Metrics, log: cfg.Logger}
	if w.m == nil {
		w.m = metrics.New()
	}
	if w.log == nil {
		w.log = zap.NewNop()
	}
	return w, nil
}

// Setup creates or updates the stream and the durable consumer. Run calls
// it; serve calls it first so a misconfigured NATS fails at start.
func (w *Worker) Setup(ctx context.Context) (jetstream.Consumer, error) {
	js, err := jetstream.New(w.nc)
	if err != nil {
		return nil, fmt.Errorf("pipeline: jetstream: %w", err)
	}
	scfg := StreamConfig(w.cfg.Stream, w.cfg.SubjectPrefix)
	if w.cfg.StreamReplicas > 1 {
		scfg.Replicas = w.cfg.StreamReplicas
	}
	s, err := EnsureStream(ctx, js, scfg)
	if err != nil {
		return nil, err
	}
	return EnsureConsumer(ctx, s, ConsumerConfig(w.cfg.Consumer, w.cfg.AckWait, 8*w.cfg.BatchSize))
}

// Run consumes until ctx is done, then stops fetching, finishes the batch
// in flight (commit and ack) and returns nil. Messages fetched but not yet
// started are left unacked and come back after AckWait.
func (w *Worker) Run(ctx context.Context) error {
	cons, err := w.Setup(ctx)
	if err != nil {
		return err
	}
	in := make(chan jetstream.Msg, w.cfg.BatchSize)
	done := make(chan struct{})
	cc, err := cons.Consume(func(m jetstream.Msg) {
		select {
		case in <- m:
		case <-done:
		}
	},
		jetstream.PullMaxMessages(w.cfg.BatchSize),
		jetstream.PullExpiry(5*time.Second),
		jetstream.ConsumeErrHandler(func(_ jetstream.ConsumeContext, err error) {
			w.log.Debug("consume", zap.Error(err))
		}))
	if err != nil {
		return fmt.Errorf("pipeline: consume: %w", err)
	}
	w.log.Info("worker started", zap.String("stream", w.cfg.Stream), zap.String("consumer", w.cfg.Consumer))
	lag := time.NewTicker(2 * time.Second)
	defer lag.Stop()

	// Two stages: this goroutine decodes and masks batch N+1 while the
	// committer stores and acks batch N.
	prepared := make(chan *batch, 1)
	commitErr := make(chan error, 1)
	committed := make(chan struct{})
	go func() {
		defer close(committed)
		for b := range prepared {
			if err := w.commit(b); err != nil {
				commitErr <- err
				for range prepared {
					// A crash (test hook): leave the rest unacked.
				}
				return
			}
		}
	}()
	var runErr error
loop:
	for {
		select {
		case <-ctx.Done():
			break loop
		case runErr = <-commitErr:
			break loop
		case <-lag.C:
			ictx, cancel := context.WithTimeout(ctx, time.Second)
			if info, err := cons.Info(ictx); err == nil {
				w.m.ConsumerLag.Set(float64(info.NumPending))
			}
			cancel()
		case m := <-in:
			msgs := w.fill(ctx, in, m)
			b := w.prepare(msgs)
			if b == nil {
				continue
			}
			select {
			case prepared <- b:
			case runErr = <-commitErr:
				break loop
			}
		}
	}
	// Finish the batches in flight: commit and ack them, then stop.
	close(prepared)
	<-committed
	if runErr == nil {
		select {
		case runErr = <-commitErr:
		default:
		}
	}
	cc.Stop()
	close(done)
	select {
	case <-cc.Closed():
	case <-time.After(5 * time.Second):
	}
	if err := w.nc.FlushTimeout(5 * time.Second); err != nil && runErr == nil && !errors.Is(err, nats.ErrConnectionClosed) {
		w.log.Warn("flush acks", zap.Error(err))
	}
	w.log.Info("worker stopped")
	return runErr
}

// DefaultLinger is Config.Linger's default: at 2,000 messages a second it
// gathers a few messages per batch for at most 2 ms of latency.
const DefaultLinger = 2 * time.Millisecond

// fill gathers a batch starting with first: what has already arrived, then,
// while the batch is not full, what arrives within Linger (none when it is
// negative).
func (w *Worker) fill(ctx context.Context, in <-chan jetstream.Msg, first jetstream.Msg) []jetstream.Msg {
	msgs := []jetstream.Msg{first}
	var deadline <-chan time.Time // nil: take only what is there
	if w.cfg.Linger > 0 {
		timer := time.NewTimer(w.cfg.Linger)
		defer timer.Stop()
		deadline = timer.C
	}
	for len(msgs) < w.cfg.BatchSize {
		select {
		case m := <-in:
			msgs = append(msgs, m)
			continue
		default:
		}
		if deadline == nil {
			break
		}
		select {
		case m := <-in:
			msgs = append(msgs, m)
		case <-deadline:
			return msgs
		case <-ctx.Done():
			return msgs
		}
	}
	return msgs
}

// item is one message of a batch on its way to the store.
type item struct {
	msg    jetstream.Msg
	in     Input
	stored store.Message
	spans  []detectors.Span
	reject *RejectError
}

// batch is a fetched batch, decoded and masked, on its way to the store.
type batch struct {
	start time.Time
	items []item
	valid []store.Message
}

// prepare decodes and masks a fetched batch and terminates its invalid
// messages. It returns nil when nothing in it is left to store.
func (w *Worker) prepare(msgs []jetstream.Msg) *batch {
	start := time.Now()
	items := make([]item, len(msgs))
	for i, m := range msgs {
		items[i].msg = m
		in, err := Decode(w.cfg.SubjectPrefix, m.Subject(), m.Data())
		var re *RejectError
		if errors.As(err, &re) {
			items[i].reject = re
			continue
		}
		items[i].in = in
	}
	w.maskAll(items)

	valid := make([]store.Message, 0, len(items))
	for i := range items {
		if items[i].reject != nil {
			w.reject(items[i].msg, items[i].reject)
			continue
		}
		valid = append(valid, items[i].stored)
	}
	if len(valid) == 0 {
		return nil
	}
	return &batch{start: start, items: items, valid: valid}
}

// commit stores a prepared batch in one transaction and then acks each of
// its messages; when the store fails it naks them with a delay instead.
func (w *Worker) commit(b *batch) error {
	items, valid, start := b.items, b.valid, b.start
	sctx, cancel := context.WithTimeout(context.Background(), w.cfg.StoreTimeout)
	res, err := w.cfg.Store.WriteBatch(sctx, valid)
	cancel()
	if err != nil {
		w.m.StoreErrors.Inc()
		w.log.Warn("store write failed; batch naked", zap.Int("messages", len(valid)), zap.Error(err))
		for i := range items {
			if items[i].reject == nil {
				_ = items[i].msg.NakWithDelay(w.cfg.NakDelay)
			}
		}
		return nil
	}
	if w.cfg.afterCommit != nil {
		if err := w.cfg.afterCommit(); err != nil {
			return err
		}
	}
	committed := time.Now()
	tenants := map[string]int{}
	masks := map[detectors.Category]int{}
	for i := range items {
		it := &items[i]
		if it.reject != nil {
			continue
		}
		if err := it.msg.Ack(); err != nil {
			w.log.Warn("ack failed", zap.String("id", it.in.ID), zap.Error(err))
		}
		tenants[it.in.Tenant]++
		for _, s := range it.spans {
			masks[s.Category]++
		}
		if md, err := it.msg.Metadata(); err == nil {
			w.m.Latency.Observe(committed.Sub(md.Timestamp).Seconds())
		}
	}
	if res.Stored == len(valid) {
		for t, n := range tenants {
			w.m.Processed.WithLabelValues(t).Add(float64(n))
		}
	} else if len(tenants) == 1 {
		for t := range tenants {
			w.m.Processed.WithLabelValues(t).Add(float64(res.Stored))
		}
	} else {
		// WriteResult gives totals only; a mixed-tenant batch with drops
		// cannot be attributed exactly.
		w.m.Processed.WithLabelValues("_mixed").Add(float64(res.Stored))
	}
	for c, n := range masks {
		w.m.Masks.WithLabelValues(string(c)).Add(float64(n))
	}
	w.m.Duplicates.Add(float64(res.Duplicate))
	w.m.Dropped.WithLabelValues("forgotten").Add(float64(res.Forgotten))
	w.m.Dropped.WithLabelValues("key_mismatch").Add(float64(res.Rejected))
	w.m.BatchSeconds.Observe(time.Since(start).Seconds())
	w.log.Debug("batch committed",
		zap.Int("messages", len(items)), zap.Int("stored", res.Stored), zap.Int("duplicate", res.Duplicate),
		zap.Int("forgotten", res.Forgotten), zap.Int("key_mismatch", res.Rejected),
		zap.Duration("took", time.Since(start)))
	return nil
}

// maskAll builds the stored form of every valid item, spreading the
// masking over cfg.Parallelism goroutines.
func (w *Worker) maskAll(items []item) {
	par := w.cfg.Parallelism
	if len(items) < 4*par {
		par = 1
	}
	var wg sync.WaitGroup
	chunk := (len(items) + par - 1) / par
	for lo := 0; lo < len(items); lo += chunk {
		hi := min(lo+chunk, len(items))
		wg.Go(func() {
			for i := lo; i < hi; i++ {
				if items[i].reject == nil {
					w.build(&items[i])
				}
			}
		})
	}
	wg.Wait()
}

// build masks one valid item. A panic in the engine rejects the message
// (mask_failed) instead of killing the worker and redelivering it forever.
func (w *Worker) build(it *item) {
	defer func() {
		if r := recover(); r != nil {
			it.reject = &RejectError{ID: it.in.ID, Reason: ReasonMaskFailed}
		}
	}()
	in := &it.in
	masked, spans := w.cfg.Masker.Mask(in.Text, in.Lang)
	var counts map[string]int
	if len(spans) > 0 {
		counts = make(map[string]int, len(spans))
		for _, s := range spans {
			counts[string(s.Category)]++
		}
	}
	ipHash := ""
	if in.ClientIP != "" {
		h, err := w.cfg.IPHasher.Hash(in.ClientIP)
		if err != nil {
			it.reject = &RejectError{ID: in.ID, Reason: ReasonInvalidClientIP}
			return
		}
		ipHash = h
	}
	platform, browser := "unknown", ""
	if in.UserAgent != "" {
		platform, browser = w.cfg.UserAgent(in.UserAgent)
		platform = useragent.WithTouch(platform, in.UserAgent, in.TouchPoints)
	}
	key := sha256.Sum256([]byte(in.ConversationKey))
	it.spans = spans
	it.stored = store.Message{
		ID:              in.ID,
		ConversationID:  in.ConversationID,
		Tenant:          in.Tenant,
		KeyHash:         key[:],
		Role:            in.Role,
		SentAt:          in.SentAt,
		Text:            masked,
		Intent:          in.Intent,
		Lang:            in.Lang,
		Platform:        platform,
		Browser:         browser,
		IPHash:          ipHash,
		DetectorVersion: w.cfg.Masker.Version(),
		Masks:           counts,
	}
}

// Rejection is the body published on chat.rejected.<tenant>: the message id
// (when readable) and the reason, never any of the message's text.
type Rejection struct {
	ID     string `json:"id"`
	Reason string `json:"reason"`
}

// reject terminates m and describes it on the rejected subject.
func (w *Worker) reject(m jetstream.Msg, re *RejectError) {
	tenant := TenantFromSubject(w.cfg.SubjectPrefix, m.Subject())
	if tenant == "" {
		tenant = InvalidTenantToken
	}
	w.m.Rejected.WithLabelValues(re.Reason).Inc()
	body, _ := json.Marshal(Rejection{ID: re.ID, Reason: re.Reason})
	if err := w.nc.Publish(w.cfg.RejectedPrefix+"."+tenant, body); err != nil {
		w.log.Warn("publish rejection", zap.String("id", re.ID), zap.Error(err))
	}
	if err := m.Term(); err != nil {
		w.log.Warn("term failed", zap.String("id", re.ID), zap.Error(err))
	}
	w.log.Info("message rejected", zap.String("id", re.ID), zap.String("tenant", tenant), zap.String("reason", re.Reason))
}
