package main

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/nordic-anonymizer/anonymizer/internal/config"
)

// runHashToken prints the SHA-256 of a token for the config file's
// tokens[].sha256. The token is read from stdin (never an argument, so it
// stays out of shell history and process lists); with --new a random token
// is made and printed with its hash.
func runHashToken(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	var gen bool
	fs := newFlags("hash-token", stderr)
	fs.BoolVar(&gen, "new", false, "make a new random token and print it with its hash")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return errors.New("hash-token: pass the token on stdin, not as an argument")
	}
	if gen {
		raw := make([]byte, 32)
		if _, err := rand.Read(raw); err != nil {
			return fmt.Errorf("hash-token: %w", err)
		}
		tok := base64.RawURLEncoding.EncodeToString(raw)
		fmt.Fprintf(stdout, "token:  %s\nsha256: %s\n", tok, config.HashToken(tok))
		return nil
	}
	line, err := bufio.NewReader(io.LimitReader(stdin, 4096)).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("hash-token: %w", err)
	}
	tok := strings.TrimRight(line, "\r\n")
	if tok == "" {
		return errors.New("hash-token: no token on stdin (or use --new)")
	}
	if len(tok) < 16 {
		return errors.New("hash-token: token shorter than 16 characters; use --new to make a strong one")
	}
	fmt.Fprintln(stdout, config.HashToken(tok))
	return nil
}
