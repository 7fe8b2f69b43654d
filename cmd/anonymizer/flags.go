package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/nordic-anonymizer/anonymizer/pipeline"
)

// envName is the environment variable behind a flag: --data-dir reads
// ANONYMIZER_DATA_DIR.
func envName(flagName string) string {
	return "ANONYMIZER_" + strings.ToUpper(strings.ReplaceAll(flagName, "-", "_"))
}

// envFlags is a FlagSet whose string flags fall back to environment
// variables: an explicit flag wins over the environment, which wins over the
// default.
type envFlags struct {
	*flag.FlagSet
}

func newFlags(name string, stderr io.Writer) envFlags {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return envFlags{fs}
}

// String defines --name with default def, overridden by ANONYMIZER_<NAME>.
func (f envFlags) String(p *string, name, def, usage string) {
	if v, ok := os.LookupEnv(envName(name)); ok {
		def = v
	}
	f.StringVar(p, name, def, fmt.Sprintf("%s (env %s)", usage, envName(name)))
}

// Int defines --name with default def, overridden by ANONYMIZER_<NAME>. The
// returned func reports an environment value that is not an integer; call it
// after Parse (a flag given on the command line wins over the environment).
func (f envFlags) Int(p *int, name string, def int, usage string) func() error {
	var envErr error
	if v, ok := os.LookupEnv(envName(name)); ok {
		n, err := strconv.Atoi(v)
		if err != nil {
			envErr = fmt.Errorf("%s=%q: want an integer", envName(name), v)
		} else {
			def = n
		}
	}
	f.IntVar(p, name, def, fmt.Sprintf("%s (env %s)", usage, envName(name)))
	return func() error {
		set := false
		f.Visit(func(fl *flag.Flag) { set = set || fl.Name == name })
		if set {
			return nil
		}
		return envErr
	}
}

// serveFlags are the flags of `anonymizer serve` (contract.md §5).
type serveFlags struct {
	DataDir    string
	NATSListen string
	NATSURL    string
	NATSKey    string
	HTTPListen string
	Store      string
	Config     string
	LogLevel   string
	LogFormat  string
	// StreamReplicas is the ingest stream's replica count on a NATS cluster.
	StreamReplicas int
	// Linger is how long a small batch waits for more messages (0: not at
	// all).
	Linger time.Duration
}

func parseServeFlags(args []string, stderr io.Writer) (serveFlags, error) {
	var s serveFlags
	fs := newFlags("serve", stderr)
	fs.String(&s.DataDir, "data-dir", "./data", "directory for the SQLite store, the JetStream store and the generated NATS key")
	fs.String(&s.NATSListen, "nats-listen", "127.0.0.1:4222", "client address of the embedded NATS server")
	fs.String(&s.NATSURL, "nats-url", "", "use this external NATS server instead of embedding one")
	fs.String(&s.NATSKey, "nats-key", "", "JetStream encryption key of the embedded server (default: generated into <data-dir>/nats.key)")
	fs.String(&s.HTTPListen, "http-listen", "127.0.0.1:8080", "address of the HTTP API and /healthz, /readyz, /metrics")
	fs.String(&s.Store, "store", "", "store DSN: a SQLite file path or sqlite://PATH, or postgres://... (default: <data-dir>/anonymizer.db)")
	fs.String(&s.Config, "config", "", "config file: tenants, tokens, retention")
	fs.String(&s.LogLevel, "log-level", "info", "debug, info, warn or error")
	fs.String(&s.LogFormat, "log-format", "", "json or console (default: console on a terminal, else json)")
	replicas := fs.Int(&s.StreamReplicas, "stream-replicas", 1, "replicas of the ingest stream when it is created or scaled up (1-5; a NATS cluster wants 3)")
	var linger string
	fs.String(&linger, "linger", pipeline.DefaultLinger.String(), "how long a batch smaller than 500 waits for more messages before it is stored (0 to 1s; 0: not at all)")
	if err := fs.Parse(args); err != nil {
		return s, err
	}
	d, err := time.ParseDuration(linger)
	if err != nil || d < 0 || d > time.Second {
		return s, fmt.Errorf("serve: --linger %q: want a duration from 0 to 1s, such as 2ms", linger)
	}
	s.Linger = d
	if err := replicas(); err != nil {
		return s, err
	}
	if fs.NArg() > 0 {
		return s, fmt.Errorf("serve: unexpected argument %q", fs.Arg(0))
	}
	if s.StreamReplicas < 1 || s.StreamReplicas > 5 {
		return s, fmt.Errorf("serve: --stream-replicas %d: want 1 to 5", s.StreamReplicas)
	}
	return s, nil
}
