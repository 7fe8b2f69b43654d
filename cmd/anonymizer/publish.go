package main

import (
	"context"
	"errors"
	"io"
)

// TODO(owner of publish.go): replace this placeholder.
func runPublish(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	return errors.New("publish: not built yet")
}
