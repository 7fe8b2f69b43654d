// Package scaletest holds the scale-out tests of issue 5: several pipeline
// workers, each with its own NATS connection and its own PostgreSQL pool,
// sharing one durable consumer on a three-node JetStream cluster (embedded,
// on loopback) or on the NATS server installed on the machine, while a NATS
// server and a worker are stopped mid-run. It has no non-test code.
package scaletest
