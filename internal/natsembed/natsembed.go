// Package natsembed runs the NATS server with JetStream inside the
// anonymizer process, so that `anonymizer serve` needs nothing installed.
// JetStream keeps its file store under the data directory, encrypted at rest
// with a key the caller supplies: the ingest stream is the only place raw chat
// text is ever written, and only until the worker acks it.
package natsembed

import (
	"errors"
	"fmt"
	"net"
	"strconv"
	"time"

	"github.com/nats-io/nats-server/v2/server"
)

// ErrAddrInUse is returned when the listen address is taken.
var ErrAddrInUse = errors.New("natsembed: address already in use")

// Options configure the embedded server.
type Options struct {
	// Listen is host:port for clients; port "-1" or "0" picks a free port.
	Listen string
	// StoreDir holds the JetStream file store.
	StoreDir string
	// Key encrypts the JetStream store at rest. Empty disables encryption
	// (tests of the encryption itself only; serve always sets one).
	Key string
	// ReadyTimeout bounds the wait for the server to accept clients (default 10s).
	ReadyTimeout time.Duration
}

// Server is a running embedded NATS server.
type Server struct {
	ns *server.Server
}

// Start starts the server and waits until it accepts connections.
func Start(o Options) (*Server, error) {
	host, portStr, err := net.SplitHostPort(o.Listen)
	if err != nil {
		return nil, fmt.Errorf("natsembed: listen address %q: %w", o.Listen, err)
	}
	port, err := strconv.Atoi(portStr)
	if err != nil {
		return nil, fmt.Errorf("natsembed: listen port %q: %w", portStr, err)
	}
	if port == 0 {
		port = server.RANDOM_PORT
	}
	if port != server.RANDOM_PORT {
		// The server logs and exits on a taken port; probe first so the
		// caller gets an error it can name its flag in.
		l, err := net.Listen("tcp", net.JoinHostPort(host, portStr))
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrAddrInUse, o.Listen, err)
		}
		l.Close()
	}
	opts := &server.Options{
		ServerName:         "anonymizer-embedded",
		Host:               host,
		Port:               port,
		JetStream:          true,
		StoreDir:           o.StoreDir,
		NoSigs:             true,
		NoLog:              true,
		MaxPayload:         1 << 20,
		JetStreamMaxMemory: 64 << 20,
	}
	if o.Key != "" {
		opts.JetStreamKey = o.Key
		opts.JetStreamCipher = server.ChaCha
	}
	ns, err := server.NewServer(opts)
	if err != nil {
		return nil, fmt.Errorf("natsembed: %w", err)
	}
	go ns.Start()
	wait := o.ReadyTimeout
	if wait <= 0 {
		wait = 10 * time.Second
	}
	if !ns.ReadyForConnections(wait) {
		ns.Shutdown()
		ns.WaitForShutdown()
		return nil, fmt.Errorf("natsembed: server not ready after %s (is %s free?)", wait, o.Listen)
	}
	return &Server{ns: ns}, nil
}

// ClientURL is the nats:// URL clients connect to.
func (s *Server) ClientURL() string { return s.ns.ClientURL() }

// Shutdown stops the server and waits until it has flushed its store.
func (s *Server) Shutdown() {
	s.ns.Shutdown()
	s.ns.WaitForShutdown()
}
