// Package metrics holds the service's Prometheus collectors in one registry,
// so the worker, the sweeper and the API count into the same /metrics page.
// Labels carry tenants, categories and reasons, never text or IPs.
package metrics

import (
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Metrics is one set of registered collectors. Tests make their own with New
// so they do not share counters.
type Metrics struct {
	Registry *prometheus.Registry

	Processed     *prometheus.CounterVec   // messages stored, by tenant
	Duplicates    prometheus.Counter       // redeliveries skipped
	Dropped       *prometheus.CounterVec   // dropped after decoding, by reason (forgotten, key_mismatch)
	Rejected      *prometheus.CounterVec   // invalid messages terminated, by reason
	Masks         *prometheus.CounterVec   // masked spans, by category
	Latency       prometheus.Histogram     // publish (sent_at/NATS timestamp) to commit, seconds
	BatchSeconds  prometheus.Histogram     // time to mask and commit one batch
	ConsumerLag   prometheus.Gauge         // messages pending on the durable consumer
	StoreErrors   prometheus.Counter       // batches naked because the store failed
	SweepDeleted  *prometheus.CounterVec   // rows deleted by sweeps, by kind
	SweepRemasked prometheus.Counter       // messages re-masked by sweeps
	SweepRuns     *prometheus.CounterVec   // sweeps, by result (ok, error, skipped)
	Rights        *prometheus.CounterVec   // rights requests, by kind (export, forget), transport (http, nats) and result
	HTTPRequests  *prometheus.CounterVec   // by route pattern and status code
	HTTPSeconds   *prometheus.HistogramVec // by route pattern
}

// New makes and registers every collector, plus the Go and process collectors.
func New() *Metrics {
	m := &Metrics{
		Registry: prometheus.NewRegistry(),
		Processed: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "anonymizer_messages_processed_total", Help: "Messages masked and stored.",
		}, []string{"tenant"}),
		Duplicates: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "anonymizer_messages_duplicate_total", Help: "Redelivered messages already stored.",
		}),
		Dropped: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "anonymizer_messages_dropped_total", Help: "Valid messages not stored, by reason.",
		}, []string{"reason"}),
		Rejected: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "anonymizer_messages_rejected_total", Help: "Invalid messages terminated, by reason.",
		}, []string{"reason"}),
		Masks: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "anonymizer_masks_total", Help: "Masked spans, by category.",
		}, []string{"category"}),
		Latency: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "anonymizer_ingest_latency_seconds", Help: "Publish to commit latency.",
			Buckets: prometheus.ExponentialBuckets(0.001, 2, 14),
		}),
		BatchSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "anonymizer_batch_seconds", Help: "Time to mask and commit one batch.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2, 14),
		}),
		ConsumerLag: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "anonymizer_consumer_pending_messages", Help: "Messages waiting on the ingest consumer.",
		}),
		StoreErrors: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "anonymizer_store_errors_total", Help: "Batches naked because the store failed.",
		}),
		SweepDeleted: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "anonymizer_sweep_deleted_total", Help: "Rows deleted by retention sweeps, by kind.",
		}, []string{"kind"}),
		SweepRemasked: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "anonymizer_sweep_remasked_total", Help: "Messages re-masked by a newer detector version.",
		}),
		SweepRuns: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "anonymizer_sweep_runs_total", Help: "Retention sweeps, by result.",
		}, []string{"result"}),
		Rights: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "anonymizer_rights_requests_total", Help: "Export and forget-me requests.",
		}, []string{"kind", "transport", "result"}),
		HTTPRequests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "anonymizer_http_requests_total", Help: "HTTP requests, by route and status.",
		}, []string{"route", "code"}),
		HTTPSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "anonymizer_http_request_seconds", Help: "HTTP request duration, by route.",
			Buckets: prometheus.DefBuckets,
		}, []string{"route"}),
	}
	m.Registry.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		m.Processed, m.Duplicates, m.Dropped, m.Rejected, m.Masks, m.Latency, m.BatchSeconds,
		m.ConsumerLag, m.StoreErrors, m.SweepDeleted, m.SweepRemasked, m.SweepRuns, m.Rights,
		m.HTTPRequests, m.HTTPSeconds,
	)
	return m
}
