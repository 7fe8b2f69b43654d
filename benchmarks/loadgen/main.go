// Command loadgen measures the service end to end: it publishes N generated
// chat messages (deterministic text full of sensitive data) to a running
// `anonymizer serve`, then reads the service's /metrics to report throughput
// (messages stored per second), publish-to-commit latency p50/p99 and the
// service's peak resident memory. See benchmarks/README.md.
//
//	go run ./benchmarks/loadgen -n 200000 -rate 0      # throughput
//	go run ./benchmarks/loadgen -n 60000 -rate 2000    # latency at 2,000 msg/s
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"net/http"
	"os"
	"os/signal"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

func main() {
	var (
		url        = flag.String("nats-url", "nats://127.0.0.1:4222", "NATS of the running service")
		metricsURL = flag.String("metrics-url", "http://127.0.0.1:8080/metrics", "the service's /metrics")
		n          = flag.Int("n", 200000, "messages to publish")
		rate       = flag.Int("rate", 0, "messages per second offered; 0 = as fast as JetStream acks")
		tenant     = flag.String("tenant", "", "tenant (default: bench-<unix time>, so each run counts alone)")
		seed       = flag.Int64("seed", 1, "seed of the generated text")
		pending    = flag.Int("max-pending", 4000, "most unacknowledged async publishes")
		timeout    = flag.Duration("timeout", 10*time.Minute, "give up waiting for commits after this")
	)
	flag.Parse()
	if *tenant == "" {
		*tenant = fmt.Sprintf("bench-%d", time.Now().Unix())
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, *url, *metricsURL, *tenant, *n, *rate, *seed, *pending, *timeout); err != nil {
		fmt.Fprintln(os.Stderr, "loadgen:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, url, metricsURL, tenant string, n, rate int, seed int64, maxPending int, timeout time.Duration) error {
	nc, err := nats.Connect(url, nats.Name("anonymizer-loadgen"))
	if err != nil {
		return err
	}
	defer nc.Close()
	js, err := jetstream.New(nc, jetstream.WithPublishAsyncMaxPending(maxPending))
	if err != nil {
		return err
	}
	before, err := scrape(metricsURL)
	if err != nil {
		return fmt.Errorf("metrics: %w (is the service running with --http-listen?)", err)
	}
	gen := newGenerator(seed, tenant)
	subject := "chat.messages." + tenant
	fmt.Printf("publishing %d messages to %s at %s\n", n, subject, rateString(rate))

	// Watch RSS and commits while publishing.
	peakRSS := before.value("process_resident_memory_bytes", "")
	stored := func(s samples) float64 {
		return s.value("anonymizer_messages_processed_total", `tenant="`+tenant+`"`)
	}
	var lastStored float64
	var lastChange time.Time
	done := make(chan struct{})
	watchErr := make(chan error, 1)
	var firstCommit time.Time
	go func() {
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		deadline := time.Now().Add(timeout)
		for {
			select {
			case <-ctx.Done():
				watchErr <- ctx.Err()
				return
			case <-t.C:
			}
			s, err := scrape(metricsURL)
			if err != nil {
				continue
			}
			peakRSS = math.Max(peakRSS, s.value("process_resident_memory_bytes", ""))
			if v := stored(s); v != lastStored {
				if lastStored == 0 {
					firstCommit = time.Now()
				}
				lastStored, lastChange = v, time.Now()
			}
			if int(lastStored) >= n {
				close(done)
				return
			}
			if time.Now().After(deadline) {
				watchErr <- fmt.Errorf("only %d of %d stored after %s", int(lastStored), n, timeout)
				return
			}
		}
	}()

	start := time.Now()
	var tick *time.Ticker
	perTick := 0
	if rate > 0 {
		tick = time.NewTicker(time.Millisecond)
		defer tick.Stop()
		perTick = max(1, rate/1000)
	}
	next := start
	for i := 0; i < n; i++ {
		if rate > 0 && i%perTick == 0 {
			// Hold the offered rate: message i is due at start + i/rate.
			next = start.Add(time.Duration(float64(i) / float64(rate) * float64(time.Second)))
			for time.Now().Before(next) {
				select {
				case <-tick.C:
				case <-ctx.Done():
					return ctx.Err()
				}
			}
		}
		id, body := gen.message(i)
		if _, err := js.PublishAsync(subject, body, jetstream.WithMsgID(id), jetstream.WithStallWait(30*time.Second)); err != nil {
			return fmt.Errorf("publish %d: %w", i, err)
		}
	}
	select {
	case <-js.PublishAsyncComplete():
	case <-time.After(time.Minute):
		return fmt.Errorf("publish acks not complete after a minute")
	}
	published := time.Since(start)
	fmt.Printf("published in %.2fs (%.0f msg/s acked by JetStream)\n", published.Seconds(), float64(n)/published.Seconds())

	select {
	case <-done:
	case err := <-watchErr:
		return err
	}
	after, err := scrape(metricsURL)
	if err != nil {
		return err
	}
	peakRSS = math.Max(peakRSS, after.value("process_resident_memory_bytes", ""))
	elapsed := lastChange.Sub(start)
	lat := after.histogram("anonymizer_ingest_latency_seconds").minus(before.histogram("anonymizer_ingest_latency_seconds"))
	fmt.Printf("stored %d messages in %.2fs: %.0f msg/s end to end (first commit after %s)\n",
		int(lastStored), elapsed.Seconds(), lastStored/elapsed.Seconds(), firstCommit.Sub(start).Round(time.Millisecond))
	fmt.Printf("publish-to-commit latency over %d messages: p50 %s, p99 %s (interpolated in the histogram's buckets)\n",
		int(lat.count), fmtSeconds(lat.quantile(0.5)), fmtSeconds(lat.quantile(0.99)))
	fmt.Printf("service peak RSS: %.0f MB\n", peakRSS/1e6)
	if cpu := after.value("process_cpu_seconds_total", "") - before.value("process_cpu_seconds_total", ""); cpu > 0 {
		// CPU time of the service (NATS, masking, SQLite, all in one
		// process): the rate it would reach on cores of its own.
		fmt.Printf("service CPU: %.1f s, %.0f msgs per CPU-second (%.2f cores busy on average)\n",
			cpu, lastStored/cpu, cpu/elapsed.Seconds())
	}
	rej := after.sum("anonymizer_messages_rejected_total") - before.sum("anonymizer_messages_rejected_total")
	if rej > 0 {
		fmt.Printf("warning: %d messages rejected during the run\n", int(rej))
	}
	return nil
}

func rateString(rate int) string {
	if rate == 0 {
		return "full speed"
	}
	return fmt.Sprintf("%d msg/s", rate)
}

func fmtSeconds(s float64) string {
	return time.Duration(s * float64(time.Second)).Round(100 * time.Microsecond).String()
}

// generator makes deterministic chat messages with sensitive data in them.
type generator struct {
	seed   uint64
	tenant string
	run    string
	start  time.Time
}

func newGenerator(seed int64, tenant string) *generator {
	return &generator{seed: uint64(seed), tenant: tenant, run: strconv.FormatInt(time.Now().UnixNano(), 36), start: time.Now().UTC()}
}

var templates = []string{
	"Hei, jeg heter %[1]s og bor i %[2]s %[3]d. Telefonnummeret mitt er %[4]s.",
	"Kan dere sende svaret til %[5]s? Jeg har %[6]s og trenger hjelp.",
	"Fødselsnummeret til sønnen min er %[7]s, han går på skolen i %[2]s.",
	"Hvor kan jeg søke om parkeringstillatelse? Jeg bruker rullestol.",
	"Når blir søpla hentet i %[2]s? Vi har fått ny dunk.",
	"Hej, jag heter %[1]s och mitt nummer är %[4]s. Jag har %[6]s.",
	"Hej, mit CPR-nummer er %[7]s og min mail er %[5]s.",
	"Hi, my IP is %[8]s and the portal says error 500 when I log in.",
	"Kontonummeret mitt er %[9]s, kan dere betale tilbake avgiften?",
	"Takk for hjelpen, ha en fin dag!",
}
var names = []string{"Kari Nordmann", "Ola Hansen", "Ingrid Solberg", "Per Olsen", "Anna Berg", "Lars Nilsen"}
var streets = []string{"Storgata", "Fjellveien", "Kirkegata", "Strandvegen", "Skolegata"}
var health = []string{"diabetes", "astma", "depresjon", "migrene", "ADHD", "høyt blodtrykk"}

func (g *generator) rnd(i, k int) uint64 {
	x := g.seed*0x9E3779B97F4A7C15 + uint64(i)*0xBF58476D1CE4E5B9 + uint64(k)*0x94D049BB133111EB
	x ^= x >> 31
	x *= 0xD6E8FEB86659FD93
	x ^= x >> 32
	return x
}

// message returns the id and JSON body of message i: 10 messages per
// conversation, alternating user and bot, all valid per contract §1.
func (g *generator) message(i int) (string, []byte) {
	r := func(k int, n int) int { return int(g.rnd(i, k) % uint64(n)) }
	text := fmt.Sprintf(templates[r(0, len(templates))],
		names[r(1, len(names))], streets[r(2, len(streets))], 1+r(3, 120),
		fmt.Sprintf("%d %02d %03d", 400+r(4, 500), r(5, 100), r(6, 1000)),
		fmt.Sprintf("bruker%d@example.no", r(7, 100000)), health[r(8, len(health))],
		fmt.Sprintf("%02d%02d%02d%05d", 1+r(9, 28), 1+r(10, 12), r(11, 100), r(12, 100000)),
		fmt.Sprintf("10.%d.%d.%d", r(13, 256), r(14, 256), r(15, 256)),
		fmt.Sprintf("%04d.%02d.%05d", r(16, 10000), r(17, 100), r(18, 100000)),
	)
	conv := i / 10
	id := fmt.Sprintf("lg-%s-%09d", g.run, i)
	role := "user"
	if i%2 == 1 {
		role = "bot"
	}
	body, _ := json.Marshal(map[string]any{
		"id":               id,
		"conversation_id":  fmt.Sprintf("lgc-%s-%08d", g.run, conv),
		"conversation_key": fmt.Sprintf("key-%s-%012d", g.run, conv),
		"role":             role,
		"text":             text,
		"intent":           map[bool]string{true: "", false: "renovasjon.tommedager"}[role == "user"],
		"lang":             "nb",
		"sent_at":          time.Now().UTC().Format(time.RFC3339Nano),
		"client":           map[string]string{"ip": fmt.Sprintf("203.0.113.%d", r(19, 256)), "user_agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"},
	})
	return id, body
}

// samples are the lines of a Prometheus text exposition: name{labels} → value.
type samples map[string]float64

func scrape(url string) (samples, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s: %s", url, resp.Status)
	}
	out := samples{}
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		sp := strings.LastIndexByte(line, ' ')
		if sp < 0 {
			continue
		}
		v, err := strconv.ParseFloat(line[sp+1:], 64)
		if err != nil {
			continue
		}
		out[line[:sp]] = v
	}
	return out, sc.Err()
}

// value is the sample name{labels} ("" = no labels).
func (s samples) value(name, labels string) float64 {
	if labels == "" {
		return s[name]
	}
	return s[name+"{"+labels+"}"]
}

// sum adds every sample of a metric name, whatever its labels.
func (s samples) sum(name string) float64 {
	t := 0.0
	for k, v := range s {
		if k == name || strings.HasPrefix(k, name+"{") {
			t += v
		}
	}
	return t
}

type histogram struct {
	les   []float64 // upper bounds, ascending, +Inf last
	cum   []float64 // cumulative counts
	count float64
}

func (s samples) histogram(name string) histogram {
	var h histogram
	type b struct{ le, c float64 }
	var bs []b
	for k, v := range s {
		rest, ok := strings.CutPrefix(k, name+`_bucket{le="`)
		if !ok {
			continue
		}
		le, err := strconv.ParseFloat(strings.TrimSuffix(rest, `"}`), 64)
		if err != nil {
			continue
		}
		bs = append(bs, b{le, v})
	}
	sort.Slice(bs, func(i, j int) bool { return bs[i].le < bs[j].le })
	for _, x := range bs {
		h.les = append(h.les, x.le)
		h.cum = append(h.cum, x.c)
	}
	h.count = s[name+"_count"]
	return h
}

func (h histogram) minus(o histogram) histogram {
	out := histogram{les: h.les, cum: make([]float64, len(h.cum)), count: h.count - o.count}
	for i := range h.cum {
		out.cum[i] = h.cum[i]
		if i < len(o.cum) {
			out.cum[i] -= o.cum[i]
		}
	}
	return out
}

// quantile interpolates linearly inside the bucket holding q, as
// Prometheus's histogram_quantile does.
func (h histogram) quantile(q float64) float64 {
	if h.count <= 0 || len(h.les) == 0 {
		return math.NaN()
	}
	rank := q * h.count
	lower, prev := 0.0, 0.0
	for i, le := range h.les {
		if h.cum[i] >= rank {
			if math.IsInf(le, 1) {
				return lower
			}
			if h.cum[i] == prev {
				return le
			}
			return lower + (le-lower)*(rank-prev)/(h.cum[i]-prev)
		}
		lower, prev = le, h.cum[i]
	}
	return lower
}
