package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/nordic-anonymizer/anonymizer/detectors"
)

// maxMaskInput bounds what `anonymizer mask` reads from stdin.
const maxMaskInput = 64 << 20

// runMask reads the whole of stdin as one text and writes it masked, each
// finding replaced by its placeholder ("[HEALTH]").
func runMask(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("mask", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := fs.String("lang", "", "language hint: nb, nn, da, sv or en (default: guess)")
	minDigits := fs.Int("number-min-digits", detectors.DefaultNumberMinDigits, "digits that make a NUMBER")
	if err := fs.Parse(args); err != nil {
		return err
	}
	switch *lang {
	case "", "nb", "nn", "da", "sv", "en":
	default:
		return fmt.Errorf("mask: --lang %q: want nb, nn, da, sv or en", *lang)
	}
	eng, err := detectors.NewEngine(detectors.WithNumberMinDigits(*minDigits))
	if err != nil {
		return fmt.Errorf("mask: %w", err)
	}
	b, err := io.ReadAll(io.LimitReader(stdin, maxMaskInput+1))
	if err != nil {
		return fmt.Errorf("mask: read: %w", err)
	}
	if len(b) > maxMaskInput {
		return fmt.Errorf("mask: input over %d bytes", maxMaskInput)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	masked, _ := eng.Mask(string(b), *lang)
	if _, err := io.WriteString(stdout, masked); err != nil {
		return fmt.Errorf("mask: write: %w", err)
	}
	return nil
}
