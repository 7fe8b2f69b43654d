package main

import (
	"context"
	"errors"
	"io"
)

// TODO(owner of mask.go): replace this placeholder.
func runMask(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	return errors.New("mask: not built yet")
}
