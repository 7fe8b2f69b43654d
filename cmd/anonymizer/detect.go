package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/nordic-anonymizer/anonymizer/detectors"
)

// maxDetectLine bounds one input line of `anonymizer detect`.
const maxDetectLine = 16 << 20

type detectIn struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
	Lang string          `json:"lang"`
}

type finding struct {
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Category string `json:"category"`
	Rule     string `json:"rule"`
}

type detectOut struct {
	ID       json.RawMessage `json:"id"`
	Findings []finding       `json:"findings"`
}

type detectErr struct {
	ID    json.RawMessage `json:"id"`
	Error string          `json:"error"`
}

// runDetect reads JSONL {"id","text","lang"?} on stdin and writes JSONL
// {"id","findings":[...]} on stdout, one line per input line, in input order
// (contract.md §5). A bad line gives {"id","error"} and the rest goes on.
func runDetect(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("detect", flag.ContinueOnError)
	fs.SetOutput(stderr)
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "detection goroutines")
	minDigits := fs.Int("number-min-digits", detectors.DefaultNumberMinDigits, "digits that make a NUMBER")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *workers < 1 {
		return fmt.Errorf("detect: --workers must be at least 1, got %d", *workers)
	}
	eng, err := detectors.NewEngine(detectors.WithNumberMinDigits(*minDigits))
	if err != nil {
		return fmt.Errorf("detect: %w", err)
	}
	return detectStream(ctx, eng, *workers, stdin, stdout)
}

type detectJob struct {
	line []byte
	out  chan []byte
}

func detectStream(ctx context.Context, eng *detectors.Engine, workers int, stdin io.Reader, stdout io.Writer) error {
	jobs := make(chan detectJob, 4*workers)
	order := make(chan chan []byte, 16*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- detectLine(eng, j.line)
			}
		}()
	}
	werr := make(chan error, 1)
	go func() {
		w := bufio.NewWriterSize(stdout, 64*1024)
		var err error
		for ch := range order {
			b := <-ch
			if err == nil {
				_, err = w.Write(b)
			}
		}
		if err == nil {
			err = w.Flush()
		}
		werr <- err
	}()

	rerr := readLines(ctx, stdin, func(line []byte) {
		ch := make(chan []byte, 1)
		order <- ch
		jobs <- detectJob{line: line, out: ch}
	})
	close(jobs)
	wg.Wait()
	close(order)
	if err := <-werr; err != nil {
		return fmt.Errorf("detect: write: %w", err)
	}
	if rerr != nil {
		return fmt.Errorf("detect: read: %w", rerr)
	}
	return nil
}

// readLines calls fn with every non-blank line of r (a copy, without the
// newline). A line longer than maxDetectLine is passed truncated so that it
// fails to decode and gets its error line.
func readLines(ctx context.Context, r io.Reader, fn func([]byte)) error {
	br := bufio.NewReaderSize(r, 256*1024)
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, err := readLine(br)
		if len(bytes.TrimSpace(line)) > 0 {
			fn(line)
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

func readLine(br *bufio.Reader) ([]byte, error) {
	var line []byte
	for {
		frag, err := br.ReadSlice('\n')
		if len(line)+len(frag) <= maxDetectLine {
			line = append(line, frag...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimRight(line, "\r\n"), err
	}
}

func detectLine(eng *detectors.Engine, line []byte) []byte {
	var in detectIn
	if err := json.Unmarshal(line, &in); err != nil {
		// Recover the id when the line is an object at all.
		var idOnly struct {
			ID json.RawMessage `json:"id"`
		}
		_ = json.Unmarshal(line, &idOnly)
		return encodeLine(detectErr{ID: nullIfEmpty(idOnly.ID), Error: "invalid JSON line: " + jsonErrReason(err)})
	}
	switch {
	case len(in.ID) == 0 || string(in.ID) == "null":
		return encodeLine(detectErr{ID: nullIfEmpty(in.ID), Error: "missing id"})
	case in.Text == nil:
		return encodeLine(detectErr{ID: in.ID, Error: "missing text"})
	}
	spans := eng.Detect(*in.Text, in.Lang)
	out := detectOut{ID: in.ID, Findings: make([]finding, len(spans))}
	for i, s := range spans {
		out.Findings[i] = finding{Start: s.Start, End: s.End, Category: string(s.Category), Rule: s.Rule}
	}
	return encodeLine(out)
}

// jsonErrReason describes a decoding error without quoting the input.
func jsonErrReason(err error) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return fmt.Sprintf("syntax error at byte %d", se.Offset)
	case errors.As(err, &te) && te.Field == "":
		return "line must be a JSON object, not " + te.Value
	case errors.As(err, &te):
		return fmt.Sprintf("field %q must be %s, not %s", te.Field, te.Type, te.Value)
	}
	return "cannot decode"
}

func nullIfEmpty(id json.RawMessage) json.RawMessage {
	if len(id) == 0 {
		return json.RawMessage("null")
	}
	return id
}

func encodeLine(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		b = []byte(`{"id":null,"error":"cannot encode result"}`)
	}
	return append(b, '\n')
}
