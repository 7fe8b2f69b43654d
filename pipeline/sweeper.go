package pipeline

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"go.uber.org/zap"

	"github.com/nordic-anonymizer/anonymizer/detectors"
	"github.com/nordic-anonymizer/anonymizer/internal/metrics"
	"github.com/nordic-anonymizer/anonymizer/internal/store"
)

// Sweeper defaults.
const (
	DefaultSweepInterval = time.Hour
	DefaultRemaskBatch   = 500
)

// SweeperConfig configures a Sweeper. Store, Retention and AuditRetention
// are required.
type SweeperConfig struct {
	Store          store.Store
	Retention      time.Duration // messages and tombstones older than this are deleted
	AuditRetention time.Duration // audit entries older than this are deleted
	Interval       time.Duration // between sweeps in Run; default DefaultSweepInterval

	// Version and Remask re-mask stored messages masked by another detector
	// version, RemaskBatch (default DefaultRemaskBatch) per transaction.
	// Empty Version or nil Remask: no re-masking.
	Version     string
	Remask      store.Remasker
	RemaskBatch int

	Now     func() time.Time                     // nil: time.Now (tests pass a fake clock)
	After   func(time.Duration) <-chan time.Time // nil: time.After (tests drive the ticks)
	Metrics *metrics.Metrics                     // nil: a private set
	Logger  *zap.Logger                          // nil: no logging
}

// SweepReport is what one sweep did.
type SweepReport struct {
	store.SweepResult
	Remasked int
	// Skipped: another process holds the sweep lock (store.SweepLocker).
	Skipped bool
	Took    time.Duration
}

// Sweeper enforces retention: each sweep deletes expired messages, emptied
// conversations, old tombstones and old audit entries, then re-masks
// messages of older detector versions in batches. Every step is a short
// transaction in the store, so a sweep holds no long lock and an
// interrupted sweep is simply continued by the next one.
type Sweeper struct {
	cfg SweeperConfig
}

// NewSweeper checks cfg and fills in defaults.
func NewSweeper(cfg SweeperConfig) (*Sweeper, error) {
	if cfg.Store == nil {
		return nil, errors.New("pipeline: sweeper needs a store")
	}
	if cfg.Retention <= 0 || cfg.AuditRetention <= 0 {
		return nil, errors.New("pipeline: sweeper needs positive retention periods")
	}
	if cfg.Interval <= 0 {
		cfg.Interval = DefaultSweepInterval
	}
	if cfg.RemaskBatch <= 0 {
		cfg.RemaskBatch = DefaultRemaskBatch
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.After == nil {
		cfg.After = time.After
	}
	if cfg.Metrics == nil {
		cfg.Metrics = metrics.New()
	}
	if cfg.Logger == nil {
		cfg.Logger = zap.NewNop()
	}
	return &Sweeper{cfg: cfg}, nil
}

// Once runs one sweep now.
func (s *Sweeper) Once(ctx context.Context) (SweepReport, error) {
	start := time.Now()
	rep, err := s.once(ctx)
	rep.Took = time.Since(start)
	m, log := s.cfg.Metrics, s.cfg.Logger
	interrupted := err != nil && ctx.Err() != nil
	switch {
	case interrupted:
		// Shutting down: the next sweep continues where this one stopped.
		m.SweepRuns.WithLabelValues("interrupted").Inc()
	case err != nil:
		m.SweepRuns.WithLabelValues("error").Inc()
	case rep.Skipped:
		m.SweepRuns.WithLabelValues("skipped").Inc()
	default:
		m.SweepRuns.WithLabelValues("ok").Inc()
	}
	m.SweepDeleted.WithLabelValues("messages").Add(float64(rep.Messages))
	m.SweepDeleted.WithLabelValues("conversations").Add(float64(rep.Conversations))
	m.SweepDeleted.WithLabelValues("tombstones").Add(float64(rep.Tombstones))
	m.SweepDeleted.WithLabelValues("audit").Add(float64(rep.Audit))
	m.SweepRemasked.Add(float64(rep.Remasked))
	fields := []zap.Field{
		zap.Int64("messages", rep.Messages), zap.Int64("conversations", rep.Conversations),
		zap.Int64("tombstones", rep.Tombstones), zap.Int64("audit", rep.Audit),
		zap.Int("remasked", rep.Remasked), zap.Bool("skipped", rep.Skipped), zap.Duration("took", rep.Took),
	}
	switch {
	case interrupted:
		log.Info("sweep interrupted", fields...)
	case err != nil:
		log.Error("sweep failed", append(fields, zap.Error(err))...)
	default:
		log.Info("sweep done", fields...)
	}
	return rep, err
}

func (s *Sweeper) once(ctx context.Context) (SweepReport, error) {
	var rep SweepReport
	if l, ok := s.cfg.Store.(store.SweepLocker); ok {
		unlock, got, err := l.TryLockSweep(ctx)
		if err != nil {
			return rep, fmt.Errorf("pipeline: sweep lock: %w", err)
		}
		if !got {
			rep.Skipped = true
			return rep, nil
		}
		defer unlock()
	}
	res, err := s.cfg.Store.Sweep(ctx, s.cfg.Now(), s.cfg.Retention, s.cfg.AuditRetention)
	rep.SweepResult = res
	if err != nil {
		return rep, fmt.Errorf("pipeline: sweep: %w", err)
	}
	if s.cfg.Version == "" || s.cfg.Remask == nil {
		return rep, nil
	}
	for {
		if err := ctx.Err(); err != nil {
			return rep, err
		}
		n, err := s.cfg.Store.Remask(ctx, s.cfg.Version, s.cfg.RemaskBatch, s.cfg.Remask)
		rep.Remasked += n
		if err != nil {
			return rep, fmt.Errorf("pipeline: remask: %w", err)
		}
		if n < s.cfg.RemaskBatch {
			return rep, nil
		}
	}
}

// Run sweeps at once and then every Interval until ctx is done. A failed
// sweep is logged and counted; the next one tries again.
func (s *Sweeper) Run(ctx context.Context) error {
	for {
		_, _ = s.Once(ctx)
		select {
		case <-ctx.Done():
			return nil
		case <-s.cfg.After(s.cfg.Interval):
		}
	}
}

// EngineRemasker re-masks stored text with m. Placeholders already in the
// text are invisible to the detectors (masking is idempotent), so only what
// the newer engine finds in addition is masked; the returned counts are all
// placeholders in the new text, per category.
func EngineRemasker(m Masker) store.Remasker {
	return func(text, lang string) (string, map[string]int) {
		masked, _ := m.Mask(text, lang)
		return masked, CountPlaceholders(masked)
	}
}

// CountPlaceholders counts "[CATEGORY]" placeholders per category.
func CountPlaceholders(text string) map[string]int {
	counts := map[string]int{}
	for i := 0; i < len(text); i++ {
		if text[i] != '[' {
			continue
		}
		rest := text[i+1:]
		for _, c := range detectors.Categories {
			if strings.HasPrefix(rest, string(c)) && len(rest) > len(c) && rest[len(c)] == ']' {
				counts[string(c)]++
				i += len(c) + 1
				break
			}
		}
	}
	return counts
}
