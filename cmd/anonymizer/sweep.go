package main

import (
	"context"
	"errors"
	"io"
)

// TODO(owner of sweep.go): replace this placeholder.
func runSweep(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	return errors.New("sweep: not built yet")
}
