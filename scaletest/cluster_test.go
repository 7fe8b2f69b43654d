package scaletest

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/nordic-anonymizer/anonymizer/detectors"
	"github.com/nordic-anonymizer/anonymizer/internal/metrics"
	"github.com/nordic-anonymizer/anonymizer/internal/store"
	"github.com/nordic-anonymizer/anonymizer/internal/store/postgres"
	"github.com/nordic-anonymizer/anonymizer/internal/store/postgres/pgtest"
	"github.com/nordic-anonymizer/anonymizer/pipeline"
)

// clusterMessages is the number of messages the cluster fault test publishes
// (issue 5 point 4).
const clusterMessages = 50_000

// TestClusterFaults: three clustered JetStream servers, the stream at three
// replicas, three workers on PostgreSQL. Mid-run one worker is killed (its
// connection closed without acking its batch in flight) and the NATS server
// leading the stream is shut down. Every message must end up stored exactly
// once: the count is right, the statistics (which a duplicate would inflate)
// are right, and the work queue is empty.
func TestClusterFaults(t *testing.T) {
	dsn := pgtest.DSN(t)
	servers := startCluster(t, 3)
	urls := make([]string, len(servers))
	for i, s := range servers {
		urls[i] = s.ClientURL()
	}
	// About 10 s on a quiet 2-core machine (25–35 s with -race); the bound is
	// generous because CPU-starved runs are far slower, and a stall (a
	// message lost for good) still fails, only later.
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()

	admin := connect(t, urls, "admin")
	js, err := jetstream.New(admin)
	if err != nil {
		t.Fatal(err)
	}
	names := names{stream: pipeline.DefaultStream, prefix: pipeline.DefaultSubjectPrefix, rejected: pipeline.DefaultRejectedPrefix, consumer: pipeline.DefaultConsumer}
	cfg := pipeline.StreamConfig(names.stream, names.prefix)
	cfg.Replicas = 3
	st := createStream(ctx, t, js, cfg)
	info, err := st.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	leader := info.Cluster.Leader
	var leaderIdx int
	for i, s := range servers {
		if s.Name() == leader {
			leaderIdx = i
		}
	}
	t.Logf("stream %s at %d replicas, leader %s", cfg.Name, cfg.Replicas, leader)
	waitConsumer(ctx, t, st, names.consumer)

	// Worker 0 is connected to the stream leader first, so it must
	// reconnect when that server goes; worker 1 is the one killed.
	order := func(first int) []string {
		out := []string{urls[first]}
		for i, u := range urls {
			if i != first {
				out = append(out, u)
			}
		}
		return out
	}
	engine := faultEngine(t)
	ws := []*runningWorker{
		startWorker(ctx, t, order(leaderIdx), dsn, names, "w0", engine),
		startWorker(ctx, t, order((leaderIdx+1)%3), dsn, names, "w1", engine),
		startWorker(ctx, t, order((leaderIdx+2)%3), dsn, names, "w2", engine),
	}

	db, err := pgxpool.New(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()

	pubErr := make(chan error, 1)
	go func() { pubErr <- publish(ctx, connect(t, urls, "publisher"), names.prefix, clusterMessages) }()

	start := time.Now()
	waitStored(ctx, t, db, clusterMessages/4)
	waitProcessed(ctx, t, ws[1])
	t.Logf("%v: killing worker w1", time.Since(start).Round(time.Millisecond))
	ws[1].kill()
	waitStored(ctx, t, db, clusterMessages/2)
	t.Logf("%v: shutting down NATS server %s (stream leader)", time.Since(start).Round(time.Millisecond), leader)
	servers[leaderIdx].Shutdown()
	servers[leaderIdx].WaitForShutdown()
	w0AtShutdown := ws[0].processed()

	if err := <-pubErr; err != nil {
		t.Fatalf("publish: %v", err)
	}
	t.Logf("%v: all %d published", time.Since(start).Round(time.Millisecond), clusterMessages)
	waitStored(ctx, t, db, clusterMessages)
	t.Logf("%v: all %d stored", time.Since(start).Round(time.Millisecond), clusterMessages)

	// Let any redelivery of w1's last batch (AckWait) come and be dropped
	// as a duplicate before counting.
	waitEmpty(ctx, t, js, names.stream)
	checkExactlyOnce(ctx, t, db, clusterMessages)
	for _, w := range ws {
		w.stop(t)
		t.Logf("worker %s: %d stored, %d duplicates dropped, %d reconnects",
			w.name, w.processed(), counterValue(w.m.Duplicates), w.nc.Stats().Reconnects)
	}
	// The worker whose server went away must have reconnected and gone on
	// consuming, not merely survived.
	if ws[0].nc.Stats().Reconnects == 0 {
		t.Errorf("worker w0 never reconnected after its server shut down")
	}
	if ws[0].processed() <= w0AtShutdown {
		t.Errorf("worker w0 stored nothing after its server shut down (%d before, %d after)", w0AtShutdown, ws[0].processed())
	}
}

// TestWorkersExternalNATS runs two workers against the NATS server packaged
// on the machine (ANONYMIZER_TEST_NATS_URL, 2.9 on 127.0.0.1:4222) on a
// stream and subjects of its own, removed afterwards; one worker is killed
// mid-run.
func TestWorkersExternalNATS(t *testing.T) {
	natsURL := os.Getenv("ANONYMIZER_TEST_NATS_URL")
	if natsURL == "" {
		t.Skip("external NATS test not run: set ANONYMIZER_TEST_NATS_URL (e.g. nats://127.0.0.1:4222)")
	}
	dsn := pgtest.DSN(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	suffix := randHex(t, 4)
	names := names{
		stream:   "SCALETEST_" + strings.ToUpper(suffix),
		prefix:   "scaletest." + suffix + ".messages",
		rejected: "scaletest." + suffix + ".rejected",
		consumer: "scaletest",
	}
	admin := connect(t, []string{natsURL}, "admin")
	js, err := jetstream.New(admin)
	if err != nil {
		t.Fatal(err)
	}
	createStream(ctx, t, js, pipeline.StreamConfig(names.stream, names.prefix))
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := js.DeleteStream(ctx, names.stream); err != nil {
			t.Errorf("delete stream %s: %v", names.stream, err)
		}
	})
	engine := faultEngine(t)
	ws := []*runningWorker{
		startWorker(ctx, t, []string{natsURL}, dsn, names, "w0", engine),
		startWorker(ctx, t, []string{natsURL}, dsn, names, "w1", engine),
	}
	db, err := pgxpool.New(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	const n = 10_000
	pubErr := make(chan error, 1)
	go func() { pubErr <- publish(ctx, connect(t, []string{natsURL}, "publisher"), names.prefix, n) }()
	waitStored(ctx, t, db, n/3)
	ws[1].kill()
	if err := <-pubErr; err != nil {
		t.Fatalf("publish: %v", err)
	}
	waitStored(ctx, t, db, n)
	waitEmpty(ctx, t, js, names.stream)
	checkExactlyOnce(ctx, t, db, n)
	ws[0].stop(t)
}

// names are the stream, subjects and consumer a test's workers share.
type names struct{ stream, prefix, rejected, consumer string }

// startCluster starts n JetStream servers clustered over loopback routes on
// free ports, each with its own store directory, and waits until they accept
// clients. The cluster ports are found by listening on port 0 and closing;
// another process could take one in between, which makes the start fail
// loudly rather than wrongly.
func startCluster(t *testing.T, n int) []*server.Server {
	t.Helper()
	ports := make([]int, n)
	for i := range ports {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		ports[i] = l.Addr().(*net.TCPAddr).Port
		l.Close()
	}
	var routes []*url.URL
	for _, p := range ports {
		routes = append(routes, &url.URL{Scheme: "nats-route", Host: fmt.Sprintf("127.0.0.1:%d", p)})
	}
	servers := make([]*server.Server, n)
	for i := range n {
		s, err := server.NewServer(&server.Options{
			ServerName: fmt.Sprintf("n%d", i+1),
			Host:       "127.0.0.1",
			Port:       -1,
			JetStream:  true,
			StoreDir:   t.TempDir(),
			Cluster:    server.ClusterOpts{Name: "scaletest", Host: "127.0.0.1", Port: ports[i]},
			Routes:     routes,
			NoSigs:     true,
			NoLog:      true,
		})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			s.Shutdown()
			s.WaitForShutdown()
		})
		go s.Start()
		servers[i] = s
	}
	for _, s := range servers {
		if !s.ReadyForConnections(10 * time.Second) {
			t.Fatalf("nats server %s not ready", s.Name())
		}
	}
	return servers
}

// connect connects to the first reachable of urls, reconnecting forever.
func connect(t testing.TB, urls []string, name string) *nats.Conn {
	t.Helper()
	nc, err := nats.Connect(strings.Join(urls, ","),
		nats.Name("scaletest-"+name),
		nats.DontRandomize(),
		nats.MaxReconnects(-1),
		nats.ReconnectWait(100*time.Millisecond),
		nats.Timeout(2*time.Second))
	if err != nil {
		t.Fatalf("connect %s: %v", name, err)
	}
	t.Cleanup(nc.Close)
	return nc
}

// createStream creates cfg, retrying while the cluster elects its leaders.
func createStream(ctx context.Context, t testing.TB, js jetstream.JetStream, cfg jetstream.StreamConfig) jetstream.Stream {
	t.Helper()
	var lastErr error
	for ctx.Err() == nil {
		cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		st, err := js.CreateStream(cctx, cfg)
		cancel()
		if err == nil {
			return st
		}
		lastErr = err
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatalf("create stream %s: %v", cfg.Name, lastErr)
	return nil
}

// waitConsumer creates the workers' durable consumer and waits until it
// answers, so that no worker's first pull meets a consumer without a leader
// yet ("no responders"; the pull would only be retried after a missed
// heartbeat, and the other workers would take every message meanwhile).
func waitConsumer(ctx context.Context, t testing.TB, st jetstream.Stream, name string) {
	t.Helper()
	var lastErr error
	for ctx.Err() == nil {
		cctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		c, err := pipeline.EnsureConsumer(cctx, st, pipeline.ConsumerConfig(name, 10*time.Second, 2000))
		if err == nil {
			_, err = c.Info(cctx)
		}
		cancel()
		if err == nil {
			return
		}
		lastErr = err
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("consumer %s: %v", name, lastErr)
}

// waitProcessed waits until w has stored at least one message.
func waitProcessed(ctx context.Context, t testing.TB, w *runningWorker) {
	t.Helper()
	for ctx.Err() == nil {
		if w.processed() > 0 {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("worker %s stored nothing", w.name)
}

// runningWorker is one pipeline worker with its own connection and pool.
type runningWorker struct {
	name   string
	nc     *nats.Conn
	store  *postgres.Store
	m      *metrics.Metrics
	cancel context.CancelFunc
	done   chan error
	once   sync.Once
}

// faultEngine is the detector engine of the fault tests: the real engine
// with the number, IP and e-mail detectors only. What these tests prove is
// delivery (exactly once, nothing lost), which does not depend on the
// lexicon detectors; leaving them out keeps the tests' time independent of
// how heavy the lexicons grow (under -race on a shared 2-core machine).
func faultEngine(t testing.TB) *detectors.Engine {
	t.Helper()
	e, err := detectors.NewEngine(detectors.WithDetectors(
		detectors.NewNumber(detectors.DefaultNumberMinDigits), detectors.NewIP(), detectors.NewEmail()))
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// wrap, when set (benchmarks), wraps each worker's store.
var wrap func(store.Store) store.Store

func startWorker(ctx context.Context, t testing.TB, urls []string, dsn string, n names, name string, engine pipeline.Masker) *runningWorker {
	t.Helper()
	nc := connect(t, urls, name)
	st, err := postgres.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	m := metrics.New()
	var ws store.Store = st
	if wrap != nil {
		ws = wrap(st)
	}
	w, err := pipeline.NewWorker(nc, pipeline.Config{
		Store:          ws,
		Metrics:        m,
		Logger:         zaptest.NewLogger(t, zaptest.Level(zap.InfoLevel)).Named(name),
		Masker:         engine,
		IPHasher:       newIPHasher(t),
		Stream:         n.stream,
		SubjectPrefix:  n.prefix,
		RejectedPrefix: n.rejected,
		Consumer:       n.consumer,
		AckWait:        10 * time.Second,
		NakDelay:       200 * time.Millisecond,
	})
	if err != nil {
		t.Fatal(err)
	}
	wctx, cancel := context.WithCancel(ctx)
	rw := &runningWorker{name: name, nc: nc, store: st, m: m, cancel: cancel, done: make(chan error, 1)}
	go func() { rw.done <- w.Run(wctx) }()
	t.Cleanup(func() { rw.stop(t) })
	return rw
}

// processed is the number of messages this worker stored.
func (w *runningWorker) processed() int {
	return counterValue(w.m.Processed.WithLabelValues("grimstad"))
}

func counterValue(c prometheus.Counter) int {
	var m dto.Metric
	if err := c.Write(&m); err != nil {
		return -1
	}
	return int(m.GetCounter().GetValue())
}

// kill stops the worker as a crash would: its NATS connection and its
// database pool close under it, so the batch in flight is neither acked nor
// (perhaps) committed, and JetStream redelivers it after AckWait.
func (w *runningWorker) kill() {
	w.nc.Close()
	w.store.Close()
	w.cancel()
}

func (w *runningWorker) stop(t testing.TB) {
	w.once.Do(func() {
		w.cancel()
		select {
		case <-w.done:
		case <-time.After(20 * time.Second):
			t.Errorf("worker %s did not stop", w.name)
		}
	})
}

// ipHasher is a keyed IP hash for the workers (the masking of IPs is not
// under test here).
type ipHasher struct{ key []byte }

func newIPHasher(t testing.TB) *ipHasher {
	k := make([]byte, 32)
	if _, err := rand.Read(k); err != nil {
		t.Fatal(err)
	}
	return &ipHasher{key: k}
}

func (h *ipHasher) Hash(ip string) (string, error) {
	if net.ParseIP(ip) == nil {
		return "", fmt.Errorf("scaletest: invalid ip")
	}
	m := hmac.New(sha256.New, h.key)
	m.Write([]byte(ip))
	return hex.EncodeToString(m.Sum(nil)[:16]), nil
}

// Each conversation has msgsPerConversation messages, alternating user and
// bot; every bot message has an intent, so the intent statistics must sum
// to exactly the number of bot messages.
const msgsPerConversation = 10

type body struct {
	ID              string            `json:"id"`
	ConversationID  string            `json:"conversation_id"`
	ConversationKey string            `json:"conversation_key"`
	Role            string            `json:"role"`
	Text            string            `json:"text"`
	Intent          string            `json:"intent,omitempty"`
	Lang            string            `json:"lang"`
	SentAt          string            `json:"sent_at"`
	Client          map[string]string `json:"client"`
}

func message(i int, base time.Time) body {
	conv := i / msgsPerConversation
	b := body{
		ID:              fmt.Sprintf("m-%07d", i),
		ConversationID:  fmt.Sprintf("c-%06d", conv),
		ConversationKey: fmt.Sprintf("scaletest-key-%06d-abcdefghijkl", conv),
		Role:            "user",
		Text:            fmt.Sprintf("Hei, skriv til ola%d@eksempel.no eller ring 4791%06d", conv, i),
		Lang:            "nb",
		SentAt:          base.Add(time.Duration(i) * time.Millisecond).Format(time.RFC3339Nano),
		Client:          map[string]string{"ip": fmt.Sprintf("203.0.113.%d", conv%250+1), "user_agent": "Mozilla/5.0"},
	}
	if i%2 == 1 {
		b.Role, b.Intent, b.Text = "bot", "opening_hours", "Rådhuset er åpent 08-15."
	}
	return b
}

// publish publishes n messages with Nats-Msg-Id set, asynchronously, and
// republishes every one whose ack does not come (a server going down): the
// stream's duplicate window drops a copy that did arrive.
func publish(ctx context.Context, nc *nats.Conn, prefix string, n int) error {
	// An ack lost with its server must fail the future, not leave it
	// pending for ever.
	js, err := jetstream.New(nc, jetstream.WithPublishAsyncMaxPending(2000),
		jetstream.WithPublishAsyncTimeout(5*time.Second))
	if err != nil {
		return err
	}
	base := time.Now().UTC().Add(-time.Hour).Truncate(time.Second)
	pending := make([]int, n)
	for i := range pending {
		pending[i] = i
	}
	for round := 0; len(pending) > 0; round++ {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("%d messages still unpublished: %w", len(pending), err)
		}
		type fut struct {
			i int
			f jetstream.PubAckFuture
		}
		futs := make([]fut, 0, len(pending))
		var failed []int
		for _, i := range pending {
			data, err := json.Marshal(message(i, base))
			if err != nil {
				return err
			}
			msg := &nats.Msg{Subject: prefix + ".grimstad", Data: data, Header: nats.Header{}}
			msg.Header.Set(jetstream.MsgIDHeader, fmt.Sprintf("m-%07d", i))
			f, err := js.PublishMsgAsync(msg)
			if err != nil {
				failed = append(failed, i)
				time.Sleep(10 * time.Millisecond)
				continue
			}
			futs = append(futs, fut{i, f})
		}
		// One deadline for the whole round: acks still missing by then
		// are republished (the duplicate window drops any that arrived).
		deadline := time.NewTimer(15 * time.Second)
		expired := false
		for _, f := range futs {
			if !expired {
				select {
				case <-f.f.Ok():
					continue
				case <-f.f.Err():
					failed = append(failed, f.i)
					continue
				case <-deadline.C:
					expired = true
				case <-ctx.Done():
					deadline.Stop()
					return fmt.Errorf("%d messages still unacked: %w", len(futs), ctx.Err())
				}
			}
			select {
			case <-f.f.Ok():
			default:
				failed = append(failed, f.i)
			}
		}
		deadline.Stop()
		pending = failed
		if len(pending) > 0 {
			time.Sleep(200 * time.Millisecond)
		}
	}
	return nil
}

func countStored(ctx context.Context, db *pgxpool.Pool) (int, error) {
	var n int
	err := db.QueryRow(ctx, `SELECT count(*) FROM messages`).Scan(&n)
	return n, err
}

// waitStored waits until at least n messages are stored.
func waitStored(ctx context.Context, t testing.TB, db *pgxpool.Pool, n int) {
	t.Helper()
	var got int
	for ctx.Err() == nil {
		var err error
		got, err = countStored(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		if got >= n {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("timed out with %d of %d messages stored", got, n)
}

// waitEmpty waits until the work-queue stream holds no message (all acked),
// then a little longer than AckWait so that any redelivery has been handled.
func waitEmpty(ctx context.Context, t testing.TB, js jetstream.JetStream, stream string) {
	t.Helper()
	var left uint64
	for ctx.Err() == nil {
		ictx, cancel := context.WithTimeout(ctx, 2*time.Second)
		st, err := js.Stream(ictx, stream)
		var info *jetstream.StreamInfo
		if err == nil {
			info, err = st.Info(ictx)
		}
		cancel()
		if err == nil {
			left = info.State.Msgs
			if left == 0 {
				return
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("stream %s still holds %d messages", stream, left)
}

// checkExactlyOnce: n messages stored, each id once, and the intent
// statistics count each bot message once.
func checkExactlyOnce(ctx context.Context, t testing.TB, db *pgxpool.Pool, n int) {
	t.Helper()
	var rows, ids, conversations int
	var stats int64
	if err := db.QueryRow(ctx, `SELECT count(*), count(DISTINCT id), count(DISTINCT conversation_id) FROM messages`).Scan(&rows, &ids, &conversations); err != nil {
		t.Fatal(err)
	}
	if err := db.QueryRow(ctx, `SELECT coalesce(sum(count), 0) FROM intent_stats`).Scan(&stats); err != nil {
		t.Fatal(err)
	}
	if rows != n || ids != n {
		t.Errorf("stored %d rows with %d distinct ids, want %d of each", rows, ids, n)
	}
	if want := (n + msgsPerConversation - 1) / msgsPerConversation; conversations != want {
		t.Errorf("%d conversations, want %d", conversations, want)
	}
	if want := int64(n / 2); stats != want {
		t.Errorf("intent statistics count %d bot messages, want %d (a duplicate or a loss)", stats, want)
	}
	var leaked int
	if err := db.QueryRow(ctx, `SELECT count(*) FROM messages WHERE text LIKE '%@eksempel.no%'`).Scan(&leaked); err != nil {
		t.Fatal(err)
	}
	if leaked != 0 {
		t.Errorf("%d stored messages still hold an e-mail address", leaked)
	}
}

func randHex(t testing.TB, n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(b)
}
