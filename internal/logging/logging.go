// Package logging builds the service's zap logger: JSON lines in production,
// a readable console format when stderr is a terminal. What is logged is the
// callers' business, and their rule is: ids, counts, durations and reasons,
// never message text, IPs, keys or tokens.
package logging

import (
	"fmt"
	"io"
	"os"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

// Format selects the encoder.
type Format string

const (
	Auto    Format = ""        // console on a terminal, else JSON
	JSON    Format = "json"    // one JSON object per line
	Console Format = "console" // human-readable
)

// New returns a logger writing to w at level ("debug", "info", "warn",
// "error"; "" means info).
func New(w io.Writer, level string, format Format) (*zap.Logger, error) {
	var lvl zapcore.Level
	if level == "" {
		level = "info"
	}
	if err := lvl.UnmarshalText([]byte(level)); err != nil {
		return nil, fmt.Errorf("logging: level %q: %w", level, err)
	}
	if format == Auto {
		format = JSON
		if IsTerminal(w) {
			format = Console
		}
	}
	var enc zapcore.Encoder
	switch format {
	case JSON:
		ec := zap.NewProductionEncoderConfig()
		ec.EncodeTime = zapcore.ISO8601TimeEncoder
		enc = zapcore.NewJSONEncoder(ec)
	case Console:
		ec := zap.NewDevelopmentEncoderConfig()
		ec.EncodeLevel = zapcore.CapitalColorLevelEncoder
		enc = zapcore.NewConsoleEncoder(ec)
	default:
		return nil, fmt.Errorf("logging: unknown format %q", format)
	}
	core := zapcore.NewCore(enc, zapcore.Lock(zapcore.AddSync(w)), lvl)
	return zap.New(core), nil
}

// IsTerminal reports whether w is a character device (a terminal).
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
