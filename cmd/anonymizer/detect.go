package main

import (
	"context"
	"errors"
	"io"
)

// TODO(owner of detect.go): replace this placeholder.
func runDetect(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	return errors.New("detect: not built yet")
}
