package pipeline

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/nordic-anonymizer/anonymizer/detectors"
	"github.com/nordic-anonymizer/anonymizer/internal/metrics"
	"github.com/nordic-anonymizer/anonymizer/internal/natsembed"
	"github.com/nordic-anonymizer/anonymizer/internal/store"
)

// harness is one NATS server (embedded, or the external one), a store in a
// temp data dir, the real detector engine and a worker logging into a buffer.
type harness struct {
	t        testing.TB
	dataDir  string
	srv      *natsembed.Server // nil when external
	nc       *nats.Conn
	js       jetstream.JetStream
	store    store.Store
	engine   *detectors.Engine
	metrics  *metrics.Metrics
	logs     *syncBuffer
	cfg      Config
	external bool
	// cancel cancels the context of the worker started last.
	cancel context.CancelFunc
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) Bytes() []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return bytes.Clone(s.b.Bytes())
}

func randHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// newHarness starts everything but the worker. externalURL "" embeds a
// server on a random port with its store in the data dir.
func newHarness(t testing.TB, externalURL string) *harness {
	t.Helper()
	h := &harness{t: t, dataDir: t.TempDir(), logs: &syncBuffer{}, metrics: metrics.New()}
	url := externalURL
	if url == "" {
		srv, err := natsembed.Start(natsembed.Options{
			Listen: "127.0.0.1:-1", StoreDir: filepath.Join(h.dataDir, "nats"), Key: "test-key-" + randHex(16),
		})
		if err != nil {
			t.Fatal(err)
		}
		h.srv = srv
		t.Cleanup(srv.Shutdown)
		url = srv.ClientURL()
	} else {
		h.external = true
	}
	nc, err := nats.Connect(url)
	if err != nil {
		t.Fatalf("connect %s: %v", url, err)
	}
	t.Cleanup(nc.Close)
	h.nc = nc
	h.js, err = jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	h.store = openTestStore(t, h.dataDir)
	h.engine, err = detectors.NewEngine()
	if err != nil {
		t.Fatal(err)
	}
	enc := zapcore.NewJSONEncoder(zap.NewProductionEncoderConfig())
	log := zap.New(zapcore.NewCore(enc, zapcore.AddSync(h.logs), zapcore.DebugLevel))
	h.cfg = Config{
		Store: h.store, Masker: h.engine, IPHasher: newTestHasher(), UserAgent: testUAParser,
		Metrics: h.metrics, Logger: log, AckWait: 2 * time.Second, NakDelay: 100 * time.Millisecond,
		Stream: DefaultStream, SubjectPrefix: DefaultSubjectPrefix, RejectedPrefix: DefaultRejectedPrefix,
		Consumer: DefaultConsumer,
	}
	if h.external {
		// A stream of our own on the shared server, on subjects no one else uses.
		p := "t" + randHex(6)
		h.cfg.Stream = "TEST_" + strings.ToUpper(p)
		h.cfg.SubjectPrefix = p + ".chat.messages"
		h.cfg.RejectedPrefix = p + ".chat.rejected"
		t.Cleanup(func() {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			_ = h.js.DeleteStream(ctx, h.cfg.Stream)
		})
	}
	return h
}

// start runs a worker with h.cfg (changed by mod) and returns a stop
// function that cancels it and returns Run's error.
func (h *harness) start(mod func(*Config)) (stop func() error) {
	h.t.Helper()
	cfg := h.cfg
	if mod != nil {
		mod(&cfg)
	}
	w, err := NewWorker(h.nc, cfg)
	if err != nil {
		h.t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	h.cancel = cancel
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	h.waitStream()
	var once sync.Once
	var runErr error
	stop = func() error {
		once.Do(func() {
			cancel()
			select {
			case runErr = <-done:
			case <-time.After(15 * time.Second):
				runErr = errors.New("worker did not stop")
			}
		})
		return runErr
	}
	h.t.Cleanup(func() { _ = stop() })
	return stop
}

// setup creates the stream and consumer without starting a worker.
func (h *harness) setup() {
	h.t.Helper()
	w, err := NewWorker(h.nc, h.cfg)
	if err != nil {
		h.t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if _, err := w.Setup(ctx); err != nil {
		h.t.Fatal(err)
	}
}

// waitStream waits until the worker has created the stream and consumer.
func (h *harness) waitStream() {
	h.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		s, err := h.js.Stream(ctx, h.cfg.Stream)
		if err == nil {
			_, err = s.Consumer(ctx, cmpOr(h.cfg.Consumer, DefaultConsumer))
		}
		cancel()
		if err == nil {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	h.t.Fatal("stream and consumer not created")
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func (h *harness) subject(tenant string) string {
	return cmpOr(h.cfg.SubjectPrefix, DefaultSubjectPrefix) + "." + tenant
}

// publish publishes bodies to the tenant's subject with Nats-Msg-Id.
func (h *harness) publish(subject string, bodies ...[]byte) {
	h.t.Helper()
	for _, b := range bodies {
		var m struct {
			ID string `json:"id"`
		}
		_ = json.Unmarshal(b, &m)
		var opts []jetstream.PublishOpt
		if m.ID != "" {
			opts = append(opts, jetstream.WithMsgID(m.ID))
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		_, err := h.js.Publish(ctx, subject, b, opts...)
		cancel()
		if err != nil {
			h.t.Fatalf("publish: %v", err)
		}
	}
}

// streamMsgs is the number of messages the ingest stream holds.
func (h *harness) streamMsgs() uint64 {
	h.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	s, err := h.js.Stream(ctx, h.cfg.Stream)
	if err != nil {
		h.t.Fatal(err)
	}
	info, err := s.Info(ctx)
	if err != nil {
		h.t.Fatal(err)
	}
	return info.State.Msgs
}

// waitFor polls cond until it holds or 15 s pass.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// chat is a test conversation.
type chat struct {
	id, key string
	msgs    []map[string]any
}

func newChat(texts ...string) chat {
	c := chat{id: "conv-" + randHex(8), key: "key_" + randHex(16)}
	base := time.Now().UTC().Add(-time.Minute).Truncate(time.Second)
	for i, text := range texts {
		role := "user"
		if i%2 == 1 {
			role = "bot"
		}
		c.msgs = append(c.msgs, map[string]any{
			"id":               fmt.Sprintf("%s-m%02d", c.id, i),
			"conversation_id":  c.id,
			"conversation_key": c.key,
			"role":             role,
			"text":             text,
			"lang":             "nb",
			"sent_at":          base.Add(time.Duration(i) * time.Second).Format(time.RFC3339),
			"client":           map[string]any{"ip": "198.51.100.77", "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1"},
		})
	}
	return c
}

func (c chat) bodies(t *testing.T) [][]byte {
	var out [][]byte
	for _, m := range c.msgs {
		out = append(out, encode(t, m))
	}
	return out
}

func (c chat) keyHash() []byte {
	h := sha256.Sum256([]byte(c.key))
	return h[:]
}

// stored returns the stored messages of c (none when not yet stored).
func (h *harness) stored(c chat) []store.Message {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	conv, err := h.store.Conversation(ctx, c.id, c.keyHash(), time.Now(), 21*24*time.Hour)
	if errors.Is(err, store.ErrNotFound) {
		return nil
	}
	if err != nil {
		h.t.Fatal(err)
	}
	return conv.Messages
}

// sensitiveTexts has every category of the rulebook; the engine may not yet
// find all of them, so the byte checks use what it does find, and at least
// the e-mail, the long number and the IP in text.
var sensitiveTexts = []string{
	"Hei, jeg heter Kari Nordmann og bor i Storgata 5, 4876 Grimstad.",
	"Takk! Hva kan jeg hjelpe deg med?",
	"Fødselsnummeret mitt er 01019012345 og telefon +47 412 34 567.",
	"Send det gjerne på e-post.",
	"Skriv til kari.nordmann@example.no, jeg har diabetes og er gravid.",
	"Jeg har notert det.",
	"Jeg er transkvinne og lesbisk, og stemmer på Rødt. Ruteren min har IP 10.20.30.40.",
}

// mustMask are raw strings the engine surely masks today.
var mustMask = []string{"01019012345", "kari.nordmann@example.no", "10.20.30.40"}

func testEndToEnd(t *testing.T, externalURL string) {
	h := newHarness(t, externalURL)
	stop := h.start(nil)
	c := newChat(sensitiveTexts...)
	h.publish(h.subject("grimstad"), c.bodies(t)...)
	waitFor(t, "all messages stored", func() bool { return len(h.stored(c)) == len(c.msgs) })
	waitFor(t, "the stream to empty", func() bool { return h.streamMsgs() == 0 })

	// Every raw string the engine masks, plus the client IP and the key.
	secrets := []string{"198.51.100.77", c.key}
	perCategory := map[detectors.Category]int{}
	got := h.stored(c)
	for i, m := range got {
		raw := c.msgs[i]["text"].(string)
		want, spans := h.engine.Mask(raw, "nb")
		if m.Text != want {
			t.Errorf("message %d stored %q, want engine.Mask = %q", i, m.Text, want)
		}
		for _, s := range spans {
			secrets = append(secrets, raw[s.Start:s.End])
			perCategory[s.Category]++
		}
		wantMasks := map[string]int{}
		for _, s := range spans {
			wantMasks[string(s.Category)]++
		}
		if len(m.Masks) != len(wantMasks) {
			t.Errorf("message %d stores masks %v, engine found %v", i, m.Masks, wantMasks)
		}
		for cat, n := range wantMasks {
			if m.Masks[cat] != n {
				t.Errorf("message %d stores masks %v, engine found %v", i, m.Masks, wantMasks)
				break
			}
		}
		if m.IPHash == "" || strings.Contains(m.IPHash, "198.51") {
			t.Errorf("message %d ip hash %q", i, m.IPHash)
		}
		if m.Platform != "mobile" || m.DetectorVersion != h.engine.Version() {
			t.Errorf("message %d platform %q version %q", i, m.Platform, m.DetectorVersion)
		}
	}
	for _, s := range mustMask {
		if !slices.Contains(secrets, s) {
			t.Errorf("engine did not mask %q", s)
		}
	}
	for cat, n := range perCategory {
		if got := counterValue(h.metrics.Masks.WithLabelValues(string(cat))); got != float64(n) {
			t.Errorf("masks{%s} = %v, want %d", cat, got, n)
		}
	}
	if n := counterValue(h.metrics.Processed.WithLabelValues("grimstad")); n != float64(len(c.msgs)) {
		t.Errorf("processed metric = %v, want %d", n, len(c.msgs))
	}

	if err := stop(); err != nil {
		t.Fatalf("worker stop: %v", err)
	}
	// Read every byte of the data dir while the store is open (main db, -wal,
	// -shm, the live JetStream store), then again after closing everything.
	h.scanDataDir(secrets, true)
	if err := h.store.Close(); err != nil {
		t.Fatal(err)
	}
	if h.srv != nil {
		h.srv.Shutdown()
	}
	h.scanDataDir(secrets, false)
	logs := h.logs.Bytes()
	if len(logs) == 0 {
		t.Fatal("no log output captured")
	}
	for _, s := range append(secrets, "Nordmann", "diabetes") {
		if bytes.Contains(logs, []byte(s)) {
			t.Errorf("log output holds the raw string %q", s)
		}
	}
}

func TestEndToEnd(t *testing.T) { testEndToEnd(t, "") }

func TestEndToEndExternalNATS(t *testing.T) { testEndToEnd(t, externalNATS(t)) }

func externalNATS(t *testing.T) string {
	u := os.Getenv("ANONYMIZER_TEST_NATS_URL")
	if u == "" {
		t.Skip("ANONYMIZER_TEST_NATS_URL not set (.ci/run sets it to the machine's NATS 2.9)")
	}
	return u
}

func testRejects(t *testing.T, externalURL string) {
	h := newHarness(t, externalURL)
	rejected := make(chan *nats.Msg, 16)
	sub, err := h.nc.ChanSubscribe(cmpOr(h.cfg.RejectedPrefix, DefaultRejectedPrefix)+".>", rejected)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()
	stop := h.start(nil)
	defer stop()

	c := newChat("Hei, jeg lurer på tømmedager.", "Tømming er på tirsdag.", "Takk!")
	bodies := c.bodies(t)
	badRole := maps(c.msgs[0], "id", c.id+"-bad-role", "role", "admin")
	tooLong := maps(c.msgs[0], "id", c.id+"-too-long", "text", strings.Repeat("hemmelig ", MaxTextBytes/9+1))
	shortKey := maps(c.msgs[0], "id", c.id+"-short-key", "conversation_key", "short")
	h.publish(h.subject("grimstad"), bodies[0])
	h.publish(h.subject("grimstad"), []byte(`{"id": "x", "text": "hemmelig`))
	h.publish(h.subject("grimstad"), encode(t, badRole), bodies[1], encode(t, tooLong), encode(t, shortKey))
	h.publish(h.subject("Bad_Tenant"), encode(t, maps(c.msgs[0], "id", c.id+"-bad-tenant")))
	h.publish(h.subject("grimstad"), encode(t, maps(c.msgs[0], "id", c.id+"-huge", "intent", strings.Repeat("hemmelig", MaxBodyBytes/8))))
	h.publish(h.subject("grimstad"), []byte("{\"id\":\""+c.id+"-utf8\",\"text\":\"hemmelig \xff\"}"))
	h.publish(h.subject("grimstad"), bodies[2])

	want := map[string]Rejection{
		"invalid_json":             {ID: "", Reason: ReasonInvalidJSON},
		"invalid_role":             {ID: c.id + "-bad-role", Reason: ReasonInvalidRole},
		"text_too_long":            {ID: c.id + "-too-long", Reason: ReasonTextTooLong},
		"invalid_conversation_key": {ID: c.id + "-short-key", Reason: ReasonInvalidConversationKey},
		"invalid_tenant":           {ID: c.id + "-bad-tenant", Reason: ReasonInvalidTenant},
		"body_too_large":           {ID: c.id + "-huge", Reason: ReasonBodyTooLarge},
		"invalid_utf8":             {ID: c.id + "-utf8", Reason: ReasonInvalidUTF8},
	}
	wantSubject := map[string]string{"invalid_tenant": "_invalid"}
	for n := len(want); n > 0; n-- {
		select {
		case m := <-rejected:
			var r Rejection
			if err := json.Unmarshal(m.Data, &r); err != nil {
				t.Fatalf("rejection %q: %v", m.Data, err)
			}
			if bytes.Contains(m.Data, []byte("hemmelig")) {
				t.Errorf("rejection carries text: %s", m.Data)
			}
			if w, ok := want[r.Reason]; !ok || w != r {
				t.Errorf("unexpected rejection %+v", r)
			}
			tenant := cmpOr(wantSubject[r.Reason], "grimstad")
			if !strings.HasSuffix(m.Subject, ".chat.rejected."+tenant) && m.Subject != "chat.rejected."+tenant {
				t.Errorf("rejection %s on subject %s", r.Reason, m.Subject)
			}
			delete(want, r.Reason)
		case <-time.After(10 * time.Second):
			t.Fatalf("missing rejections: %v", want)
		}
	}
	if len(want) > 0 {
		t.Errorf("missing rejections: %v", want)
	}
	waitFor(t, "the good messages stored", func() bool { return len(h.stored(c)) == 3 })
	select {
	case m := <-rejected:
		t.Errorf("extra rejection %s", m.Data)
	default:
	}
	waitFor(t, "the stream to empty", func() bool { return h.streamMsgs() == 0 })
	if n := counterValue(h.metrics.Rejected.WithLabelValues(ReasonInvalidRole)); n != 1 {
		t.Errorf("rejected{invalid_role} = %v, want 1", n)
	}
}

// maps returns a copy of m with key/value pairs replaced.
func maps(m map[string]any, kv ...any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = v
	}
	for i := 0; i+1 < len(kv); i += 2 {
		out[kv[i].(string)] = kv[i+1]
	}
	return out
}

func TestRejects(t *testing.T) { testRejects(t, "") }

func TestRejectsExternalNATS(t *testing.T) { testRejects(t, externalNATS(t)) }

// A worker that dies after committing but before acking: the redelivered
// messages reach the next worker and are stored once.
func testRedelivery(t *testing.T, externalURL string) {
	h := newHarness(t, externalURL)
	c := newChat("en", "to", "tre", "fire", "fem", "seks")
	crash := errors.New("crash before ack")
	var commits int
	var mu sync.Mutex
	stop1 := h.start(func(cfg *Config) {
		cfg.AckWait = time.Second
		cfg.afterCommit = func() error {
			mu.Lock()
			defer mu.Unlock()
			commits++
			return crash
		}
	})
	h.publish(h.subject("grimstad"), c.bodies(t)...)
	waitFor(t, "the first commit", func() bool { mu.Lock(); defer mu.Unlock(); return commits > 0 })
	if err := stop1(); !errors.Is(err, crash) {
		t.Fatalf("first worker stopped with %v, want the crash", err)
	}
	first := len(h.stored(c))
	if first == 0 {
		t.Fatal("the crashed batch was not committed")
	}

	m2 := metrics.New()
	stop2 := h.start(func(cfg *Config) { cfg.AckWait = time.Second; cfg.Metrics = m2 })
	waitFor(t, "all messages stored", func() bool { return len(h.stored(c)) == len(c.msgs) })
	waitFor(t, "the stream to empty", func() bool { return h.streamMsgs() == 0 })
	if err := stop2(); err != nil {
		t.Fatal(err)
	}
	got := h.stored(c)
	ids := map[string]int{}
	for _, m := range got {
		ids[m.ID]++
	}
	if len(got) != len(c.msgs) || len(ids) != len(c.msgs) {
		t.Fatalf("stored %d messages (%d distinct), want %d once each", len(got), len(ids), len(c.msgs))
	}
	if d := counterValue(m2.Duplicates); d != float64(first) {
		t.Errorf("duplicates after redelivery = %v, want %d", d, first)
	}
}

func TestRedelivery(t *testing.T) { testRedelivery(t, "") }

func TestRedeliveryExternalNATS(t *testing.T) { testRedelivery(t, externalNATS(t)) }

// failingStore fails its first n WriteBatch calls, as a database outage would.
type failingStore struct {
	store.Store
	mu sync.Mutex
	n  int
}

func (f *failingStore) WriteBatch(ctx context.Context, msgs []store.Message) (store.WriteResult, error) {
	f.mu.Lock()
	fail := f.n > 0
	f.n--
	f.mu.Unlock()
	if fail {
		return store.WriteResult{}, errors.New("store: injected outage")
	}
	return f.Store.WriteBatch(ctx, msgs)
}

// A store error naks the batch with a delay; nothing is lost.
func TestStoreErrorNaks(t *testing.T) {
	h := newHarness(t, "")
	stop := h.start(func(cfg *Config) { cfg.Store = &failingStore{Store: h.store, n: 2} })
	defer stop()
	c := newChat("en", "to", "tre")
	h.publish(h.subject("grimstad"), c.bodies(t)...)
	waitFor(t, "all messages stored", func() bool { return len(h.stored(c)) == len(c.msgs) })
	waitFor(t, "the stream to empty", func() bool { return h.streamMsgs() == 0 })
	if n := counterValue(h.metrics.StoreErrors); n < 1 {
		t.Errorf("store errors = %v, want >= 1", n)
	}
}

// Creating the stream and consumer twice is a no-op.
func TestEnsureIdempotent(t *testing.T) {
	for _, tc := range []struct{ name, url string }{{"embedded", ""}, {"external", os.Getenv("ANONYMIZER_TEST_NATS_URL")}} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.name == "external" && tc.url == "" {
				t.Skip("ANONYMIZER_TEST_NATS_URL not set")
			}
			h := newHarness(t, tc.url)
			w, err := NewWorker(h.nc, h.cfg)
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			for i := range 3 {
				if _, err := w.Setup(ctx); err != nil {
					t.Fatalf("setup %d: %v", i, err)
				}
			}
			s, err := h.js.Stream(ctx, h.cfg.Stream)
			if err != nil {
				t.Fatal(err)
			}
			cfg := s.CachedInfo().Config
			if cfg.Retention != jetstream.WorkQueuePolicy || cfg.Storage != jetstream.FileStorage || cfg.Duplicates != DuplicateWindow {
				t.Fatalf("stream config %+v", cfg)
			}
		})
	}
}

func counterValue(c prometheus.Counter) float64 {
	var m dto.Metric
	if err := c.Write(&m); err != nil {
		return -1
	}
	return m.GetCounter().GetValue()
}

// scanDataDir fails the test if any file under the data dir holds one of
// secrets. With live, it also requires the SQLite WAL to be among the files.
func (h *harness) scanDataDir(secrets []string, live bool) {
	t := h.t
	t.Helper()
	var names []string
	err := filepath.WalkDir(h.dataDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		names = append(names, filepath.Base(path))
		for _, s := range secrets {
			if bytes.Contains(b, []byte(s)) {
				t.Errorf("%s holds the raw string %q", path, s)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(names, "anonymizer.db") {
		t.Fatalf("no SQLite database among %v", names)
	}
	if live && !slices.Contains(names, "anonymizer.db-wal") {
		t.Fatalf("no SQLite WAL among the live files %v", names)
	}
	if h.srv != nil && !slices.ContainsFunc(names, func(n string) bool { return strings.HasSuffix(n, ".blk") }) {
		t.Fatalf("no JetStream message block among %v", names)
	}
}

// Shutdown during a batch: the batch still commits and is acked, Run
// returns nil, and nothing of it is redelivered.
func TestGracefulStop(t *testing.T) {
	h := newHarness(t, "")
	c := newChat("en", "to", "tre", "fire")
	h.setup()
	h.publish(h.subject("grimstad"), c.bodies(t)...)
	var once sync.Once
	stop := h.start(func(cfg *Config) {
		cfg.afterCommit = func() error {
			once.Do(h.cancel) // the signal arrives between commit and ack
			return nil
		}
	})
	waitFor(t, "a commit", func() bool { return len(h.stored(c)) > 0 })
	if err := stop(); err != nil {
		t.Fatalf("Run after shutdown = %v, want nil", err)
	}
	stored := len(h.stored(c))
	waitFor(t, "the committed batch acked", func() bool { return h.streamMsgs() == uint64(len(c.msgs)-stored) })
}

// TestPlatformWithTouchPoints: iPadOS Safari sends a Mac's user agent; with
// the browser's touch points the stored platform is tablet, without them
// desktop.
func TestPlatformWithTouchPoints(t *testing.T) {
	h := newHarness(t, "")
	h.start(nil)
	const mac = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15"
	c := newChat("Når åpner biblioteket?", "Klokka ti.")
	c.msgs[0]["client"] = map[string]any{"user_agent": mac, "touch_points": 5}
	c.msgs[1]["client"] = map[string]any{"user_agent": mac}
	h.publish(h.subject("grimstad"), c.bodies(t)...)
	waitFor(t, "both messages stored", func() bool { return len(h.stored(c)) == 2 })
	got := h.stored(c)
	if got[0].Platform != "tablet" || got[1].Platform != "desktop" || got[0].Browser != "Safari 17" {
		t.Fatalf("platforms %q %q, browser %q", got[0].Platform, got[1].Platform, got[0].Browser)
	}
}

// TestFillLinger: a batch takes what has arrived, then waits up to Linger
// for more, and no longer once it is full.
func TestFillLinger(t *testing.T) {
	var m jetstream.Msg // fill only counts messages
	newWorker := func(batch int, linger time.Duration) *Worker {
		return &Worker{cfg: Config{BatchSize: batch, Linger: linger}}
	}
	in := make(chan jetstream.Msg, 10)

	in <- m
	if got := newWorker(10, -1).fill(context.Background(), in, m); len(got) != 2 {
		t.Fatalf("no linger: %d messages, want the 2 at hand", len(got))
	}

	go func() {
		for range 3 {
			time.Sleep(5 * time.Millisecond)
			in <- m
		}
	}()
	start := time.Now()
	if got := newWorker(10, 200*time.Millisecond).fill(context.Background(), in, m); len(got) != 4 {
		t.Fatalf("linger: %d messages, want 4", len(got))
	} else if time.Since(start) < 15*time.Millisecond {
		t.Fatalf("linger returned after %v, before the messages came", time.Since(start))
	}

	in <- m
	start = time.Now()
	if got := newWorker(2, time.Hour).fill(context.Background(), in, m); len(got) != 2 || time.Since(start) > time.Second {
		t.Fatalf("full batch: %d messages after %v", len(got), time.Since(start))
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if got := newWorker(10, time.Hour).fill(ctx, in, m); len(got) != 1 {
		t.Fatalf("after shutdown: %d messages", len(got))
	}
}
