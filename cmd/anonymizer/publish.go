package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/nordic-anonymizer/anonymizer/pipeline"
)

// runPublish publishes the chat messages of a JSONL file (one contract §1
// body per line) to chat.messages.<tenant>, each with Nats-Msg-Id = its id,
// and waits for JetStream to acknowledge every one.
func runPublish(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	var url, tenant string
	var restamp bool
	fs := newFlags("publish", stderr)
	fs.String(&url, "nats-url", nats.DefaultURL, "NATS server of the running service")
	fs.String(&tenant, "tenant", "demo", "tenant: messages go to chat.messages.<tenant>")
	fs.BoolVar(&restamp, "restamp", true, "shift sent_at so the file's last message is sent now (keeps gaps), so retention does not expire old samples")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: anonymizer publish [flags] FILE.jsonl   (FILE - reads stdin)")
		fs.PrintDefaults()
	}
	// Accept flags before and after the file name.
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			return err
		}
		if fs.NArg() == 0 {
			break
		}
		files = append(files, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(files) != 1 {
		fs.Usage()
		return errors.New("publish: exactly one FILE.jsonl")
	}
	if !pipeline.ValidTenant(tenant) {
		return fmt.Errorf("publish: tenant %q does not match [a-z0-9-]{1,63}", tenant)
	}
	var r io.Reader = stdin
	if files[0] != "-" {
		f, err := os.Open(files[0])
		if err != nil {
			return fmt.Errorf("publish: %w", err)
		}
		defer f.Close()
		r = f
	}
	msgs, err := readMessages(r, restamp, time.Now())
	if err != nil {
		return err
	}

	nc, err := nats.Connect(url, nats.Name("anonymizer-publish"), nats.Timeout(5*time.Second))
	if err != nil {
		return fmt.Errorf("publish: connect %s (is `anonymizer serve` running?): %w", url, err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		return fmt.Errorf("publish: %w", err)
	}
	subject := pipeline.DefaultSubjectPrefix + "." + tenant
	dups := 0
	for i, m := range msgs {
		pctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		ack, err := js.Publish(pctx, subject, m.body, jetstream.WithMsgID(m.id))
		cancel()
		if errors.Is(err, jetstream.ErrNoStreamResponse) || errors.Is(err, nats.ErrNoResponders) {
			return fmt.Errorf("publish: no stream takes %s (is `anonymizer serve` running?): %w", subject, err)
		}
		if err != nil {
			return fmt.Errorf("publish: message %d (id %s): %w", i+1, m.id, err)
		}
		if ack.Duplicate {
			dups++
		}
	}
	fmt.Fprintf(stdout, "published %d messages to %s (%d already in the stream's duplicate window)\n", len(msgs), subject, dups)
	return nil
}

type rawMessage struct {
	id   string
	body []byte
}

// readMessages reads one JSON object per non-empty line. With restamp, every
// sent_at is shifted by the same amount so that the latest becomes now.
func readMessages(r io.Reader, restamp bool, now time.Time) ([]rawMessage, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 2*pipeline.MaxBodyBytes)
	var objs []map[string]json.RawMessage
	var lines [][]byte
	var latest time.Time
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(line, &obj); err != nil {
			return nil, fmt.Errorf("publish: line %d: not a JSON object: %w", n, err)
		}
		var id string
		if err := json.Unmarshal(obj["id"], &id); err != nil || id == "" {
			return nil, fmt.Errorf("publish: line %d: no string id", n)
		}
		var sent string
		if json.Unmarshal(obj["sent_at"], &sent) == nil {
			if t, err := time.Parse(time.RFC3339Nano, sent); err == nil && t.After(latest) {
				latest = t
			}
		}
		objs = append(objs, obj)
		lines = append(lines, append([]byte(nil), line...))
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("publish: %w", err)
	}
	shift := time.Duration(0)
	if restamp && !latest.IsZero() {
		shift = now.Sub(latest)
	}
	out := make([]rawMessage, len(objs))
	for i, obj := range objs {
		var id string
		_ = json.Unmarshal(obj["id"], &id)
		out[i] = rawMessage{id: id, body: lines[i]}
		var sent string
		if shift == 0 || json.Unmarshal(obj["sent_at"], &sent) != nil {
			continue
		}
		t, err := time.Parse(time.RFC3339Nano, sent)
		if err != nil {
			continue
		}
		obj["sent_at"], _ = json.Marshal(t.Add(shift).UTC().Format(time.RFC3339Nano))
		b, err := json.Marshal(obj)
		if err != nil {
			return nil, fmt.Errorf("publish: %w", err)
		}
		out[i].body = b
	}
	return out, nil
}
