package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/nordic-anonymizer/anonymizer/detectors"
	"github.com/nordic-anonymizer/anonymizer/internal/config"
	"github.com/nordic-anonymizer/anonymizer/internal/logging"
	"github.com/nordic-anonymizer/anonymizer/pipeline"
)

// runSweep runs one retention sweep against the store the flags name (the
// same --data-dir, --store and --config as serve), prints its counts and
// exits. It is safe while serve runs: the store's transactions are short,
// and the PostgreSQL store lets only one sweeper run at a time.
func runSweep(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	var dataDir, dsn, cfgPath, logLevel string
	var remask bool
	fs := newFlags("sweep", stderr)
	fs.String(&dataDir, "data-dir", "./data", "directory of the SQLite store")
	fs.String(&dsn, "store", "", "store DSN: a SQLite file path or sqlite://PATH, or postgres://... (default: <data-dir>/anonymizer.db)")
	fs.String(&cfgPath, "config", "", "config file (retention, audit retention)")
	fs.String(&logLevel, "log-level", "warn", "debug, info, warn or error")
	fs.BoolVar(&remask, "remask", true, "re-mask messages of older detector versions")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("sweep: unexpected argument %q", fs.Arg(0))
	}
	cfg := config.Default()
	if cfgPath != "" {
		var err error
		if cfg, err = config.Load(cfgPath); err != nil {
			return fmt.Errorf("sweep: --config: %w", err)
		}
	}
	log, err := logging.New(stderr, logLevel, logging.Auto)
	if err != nil {
		return fmt.Errorf("sweep: %w", err)
	}
	defer log.Sync() //nolint:errcheck // stderr
	if dsn == "" {
		// Do not create an empty store where none is: that is a wrong flag.
		if _, err := os.Stat(filepath.Join(dataDir, "anonymizer.db")); err != nil {
			return fmt.Errorf("sweep: --data-dir %s: no store there (%w)", dataDir, err)
		}
	}
	st, err := openStore(ctx, dsn, dataDir)
	if err != nil {
		return err
	}
	defer st.Close()
	sc := pipeline.SweeperConfig{
		Store: st, Retention: cfg.Retention, AuditRetention: cfg.AuditRetention, Logger: log.Named("sweep"),
	}
	version := "-"
	if remask {
		eng, err := detectors.NewEngine()
		if err != nil {
			return fmt.Errorf("sweep: %w", err)
		}
		version = eng.Version()
		sc.Version, sc.Remask = version, pipeline.EngineRemasker(eng)
	}
	sw, err := pipeline.NewSweeper(sc)
	if err != nil {
		return fmt.Errorf("sweep: %w", err)
	}
	rep, err := sw.Once(ctx)
	if err != nil {
		return fmt.Errorf("sweep: %w", err)
	}
	if rep.Skipped {
		fmt.Fprintln(stdout, "skipped: another process is sweeping")
		return nil
	}
	fmt.Fprintf(stdout, "deleted: %d messages, %d conversations, %d tombstones, %d audit entries\n",
		rep.Messages, rep.Conversations, rep.Tombstones, rep.Audit)
	fmt.Fprintf(stdout, "re-masked: %d messages (detector version %s)\n", rep.Remasked, version)
	fmt.Fprintf(stdout, "took: %s\n", rep.Took.Round(1e6))
	return nil
}
