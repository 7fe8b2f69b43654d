package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"github.com/nats-io/nats.go"
	"go.uber.org/zap"
	"golang.org/x/time/rate"

	"github.com/nordic-anonymizer/anonymizer/internal/api"
	"github.com/nordic-anonymizer/anonymizer/internal/config"
	"github.com/nordic-anonymizer/anonymizer/internal/rights"
	"github.com/nordic-anonymizer/anonymizer/pipeline"
)

// wireAPI adds what serves the stored log: the config file (--config), the
// HTTP API with its timeouts, the NATS rights responders and the sweeper.
// It needs the store, NATS connection, engine and metrics wired first.
func (s *service) wireAPI(cfgPath string) (*http.Server, error) {
	cfg := config.Default()
	if cfgPath != "" {
		var err error
		if cfg, err = config.Load(cfgPath); err != nil {
			return nil, fmt.Errorf("serve: --config: %w", err)
		}
	}
	s.log.Info("config loaded", zap.Int("tenants", len(cfg.Tenants)), zap.Int("tokens", len(cfg.Tokens)),
		zap.Duration("retention", cfg.Retention), zap.Duration("sweep_interval", cfg.SweepInterval))

	a, err := api.New(api.Options{
		Store: s.store, Config: cfg, Metrics: s.metrics, Logger: s.log.Named("api"),
		Ready: func(context.Context) error {
			if st := s.nc.Status(); st != nats.CONNECTED {
				return errors.New("nats " + st.String())
			}
			return nil
		},
	})
	if err != nil {
		return nil, fmt.Errorf("serve: %w", err)
	}

	rs := &rights.Service{Store: s.store, Retention: cfg.Retention, Metrics: s.metrics}
	lim := rate.NewLimiter(rate.Limit(cfg.NATSRightsLimit.PerSecond), cfg.NATSRightsLimit.Burst)
	resp, err := rs.Subscribe(s.nc, s.log.Named("rights"), lim)
	if err != nil {
		return nil, fmt.Errorf("serve: %w", err)
	}
	s.closers = append(s.closers, resp.Stop)

	s.sweeper, err = pipeline.NewSweeper(pipeline.SweeperConfig{
		Store: s.store, Retention: cfg.Retention, AuditRetention: cfg.AuditRetention,
		Interval: cfg.SweepInterval, Version: s.engine.Version(), Remask: pipeline.EngineRemasker(s.engine),
		Metrics: s.metrics, Logger: s.log.Named("sweep"),
	})
	if err != nil {
		return nil, fmt.Errorf("serve: %w", err)
	}
	return api.NewServer(a.Handler(), s.log), nil
}
