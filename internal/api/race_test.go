package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/nordic-anonymizer/anonymizer/detectors"
	"github.com/nordic-anonymizer/anonymizer/internal/ipmask"
	"github.com/nordic-anonymizer/anonymizer/internal/metrics"
	"github.com/nordic-anonymizer/anonymizer/internal/natsembed"
	"github.com/nordic-anonymizer/anonymizer/internal/rights"
	"github.com/nordic-anonymizer/anonymizer/internal/store"
	"github.com/nordic-anonymizer/anonymizer/internal/useragent"
	"github.com/nordic-anonymizer/anonymizer/pipeline"
)

// TestForgetRacesIngest runs forget-me against concurrent ingest of the same
// conversation through the real path: an embedded NATS server, the worker
// masking and storing in small batches, SQLite, and DELETE over HTTP. For
// each of many conversations a publisher keeps publishing while the citizen
// deletes; after every DELETE returns, nothing of the conversation may be
// stored, and once the worker has drained the stream, nothing of it may have
// been stored afterwards either.
func TestForgetRacesIngest(t *testing.T) {
	const conversations, perConv = 40, 12
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()

	srv, err := natsembed.Start(natsembed.Options{Listen: "127.0.0.1:-1", StoreDir: filepath.Join(t.TempDir(), "nats")})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Shutdown()
	nc, err := nats.Connect(srv.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	st := openTestStore(t)
	m := metrics.New()
	eng, err := detectors.NewEngine()
	if err != nil {
		t.Fatal(err)
	}
	w, err := pipeline.NewWorker(nc, pipeline.Config{
		Store: st, Masker: eng, IPHasher: ipmask.New(time.Now), UserAgent: useragent.Parse, BatchSize: 8, Metrics: m,
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Setup(ctx); err != nil {
		t.Fatal(err)
	}
	wctx, wcancel := context.WithCancel(ctx)
	wdone := make(chan error, 1)
	go func() { wdone <- w.Run(wctx) }()
	defer func() {
		wcancel()
		if err := <-wdone; err != nil {
			t.Error(err)
		}
	}()

	a, err := New(Options{Store: st, Config: testConfig(t, `"citizen_rate_limit":{"per_second":100000,"burst":100000},`)})
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(a.Handler())
	defer hs.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}

	var wg sync.WaitGroup
	errs := make(chan error, conversations*4)
	for c := range conversations {
		conv := fmt.Sprintf("race-%02d-%08x", c, rand.Uint32())
		key := fmt.Sprintf("racekey-%02d-abcdefghijklmnopqrst", c)
		deleted := make(chan struct{})
		wg.Add(2)
		go func() { // the chat widget
			defer wg.Done()
			for j := range perConv {
				body, _ := json.Marshal(map[string]any{
					"id": fmt.Sprintf("%s-m%02d", conv, j), "conversation_id": conv, "conversation_key": key,
					"role": []string{"user", "bot"}[j%2], "text": "jeg heter Ola og bor i Storgata 5", "intent": "",
					"sent_at": time.Now().UTC().Format(time.RFC3339Nano),
					"client":  map[string]string{"ip": "203.0.113.7", "user_agent": "Mozilla/5.0"},
				})
				if _, err := js.Publish(ctx, "chat.messages.grimstad", body, jetstream.WithMsgID(fmt.Sprintf("%s-m%02d", conv, j))); err != nil {
					errs <- err
					return
				}
				time.Sleep(time.Duration(rand.IntN(3000)) * time.Microsecond)
			}
		}()
		go func() { // the citizen: delete as soon as something is stored
			defer wg.Done()
			defer close(deleted)
			time.Sleep(time.Duration(rand.IntN(25)) * time.Millisecond)
			for {
				req, _ := http.NewRequestWithContext(ctx, "DELETE", hs.URL+"/v1/conversations/"+conv, nil)
				req.Header.Set("Authorization", "Bearer "+key)
				resp, err := hs.Client().Do(req)
				if err != nil {
					errs <- err
					return
				}
				resp.Body.Close()
				if resp.StatusCode == 200 {
					break
				}
				if resp.StatusCode != 404 || ctx.Err() != nil {
					errs <- fmt.Errorf("%s: DELETE %d", conv, resp.StatusCode)
					return
				}
				time.Sleep(time.Millisecond)
			}
			// DELETE has returned: nothing of the conversation is stored.
			if _, err := st.Conversation(ctx, conv, rights.KeyHash(key), time.Now(), 21*24*time.Hour); !errors.Is(err, store.ErrNotFound) {
				errs <- fmt.Errorf("%s: right after DELETE: %v", conv, err)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}

	// Wait for the worker to drain the stream (work-queue: acked = gone).
	s, err := js.Stream(ctx, pipeline.DefaultStream)
	if err != nil {
		t.Fatal(err)
	}
	for {
		info, err := s.Info(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if info.State.Msgs == 0 {
			break
		}
		if ctx.Err() != nil {
			t.Fatalf("stream not drained: %d messages left", info.State.Msgs)
		}
		time.Sleep(20 * time.Millisecond)
	}
	left, err := st.Logs(ctx, store.LogQuery{Tenant: "grimstad", From: time.Now().Add(-time.Hour), To: time.Now().Add(time.Hour),
		Limit: 1000, Now: time.Now(), Retention: 21 * 24 * time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	if len(left) != 0 {
		t.Fatalf("%d messages of forgotten conversations stored, e.g. %s of %s", len(left), left[0].ID, left[0].ConversationID)
	}
	// Both sides of the race happened: messages were stored (then deleted by
	// forget-me) and messages were dropped by the tombstone, and every
	// published message was one or the other.
	stored := counterValue(t, m.Processed.WithLabelValues("grimstad")) + counterValue(t, m.Processed.WithLabelValues("_mixed"))
	dropped := counterValue(t, m.Dropped.WithLabelValues("forgotten"))
	t.Logf("stored then forgotten: %v, dropped after forget: %v", stored, dropped)
	if stored == 0 || dropped == 0 || stored+dropped != conversations*perConv {
		t.Fatalf("stored %v + dropped %v, want both > 0 and summing to %d", stored, dropped, conversations*perConv)
	}
}
