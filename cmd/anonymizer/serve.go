package main

import (
	"context"
	"errors"
	"io"
)

// TODO(owner of serve.go): replace this placeholder.
func runServe(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	return errors.New("serve: not built yet")
}
