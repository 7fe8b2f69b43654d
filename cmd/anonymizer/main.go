// Command anonymizer masks sensitive data in chatbot transcripts. See README.md.
//
//	anonymizer serve    the whole service on one machine
//	anonymizer detect   JSONL findings for JSONL texts on stdin (accuracy checks)
//	anonymizer mask     masks text on stdin
//	anonymizer publish  publishes JSONL chat messages to a running service
//	anonymizer sweep    runs one retention sweep now
//	anonymizer hash-token  hashes an access token for the config file
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

type command struct {
	name, summary string
	run           func(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error
}

func commands() []command {
	return []command{
		{"serve", "run the service: embedded NATS, SQLite store, worker, sweeper, HTTP API", runServe},
		{"detect", "read JSONL {id,text,lang?} on stdin, write JSONL findings", runDetect},
		{"mask", "read text on stdin, write it masked", runMask},
		{"publish", "publish JSONL chat messages from FILE to a running service", runPublish},
		{"sweep", "run one retention sweep now and exit", runSweep},
		{"hash-token", "print the SHA-256 of a token on stdin for the config file (--new makes one)", runHashToken},
	}
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: anonymizer <command> [flags]")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
}

func main() {
	if len(os.Args) < 2 {
		usage(os.Stderr)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	for _, c := range commands() {
		if c.name == os.Args[1] {
			if err := c.run(ctx, os.Args[2:], os.Stdin, os.Stdout, os.Stderr); err != nil {
				fmt.Fprintln(os.Stderr, "anonymizer:", err)
				stop()
				os.Exit(1)
			}
			return
		}
	}
	if a := os.Args[1]; a == "-h" || a == "--help" || a == "help" {
		usage(os.Stdout)
		return
	}
	fmt.Fprintf(os.Stderr, "anonymizer: unknown command %q\n", os.Args[1])
	usage(os.Stderr)
	os.Exit(2)
}
