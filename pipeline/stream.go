package pipeline

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// Stream defaults (contract.md §1).
const (
	DefaultStream         = "CHAT_IN"
	DefaultSubjectPrefix  = "chat.messages"
	DefaultRejectedPrefix = "chat.rejected"
	DefaultConsumer       = "anonymizer"
	// DuplicateWindow is how long JetStream remembers a Nats-Msg-Id, so a
	// publisher's retry within it is not stored twice (a later redelivery is
	// caught by the store's unique message id).
	DuplicateWindow = 2 * time.Minute
	// maxStreamMsgSize leaves headroom above MaxBodyBytes so that an
	// oversize body still reaches the worker and is rejected with a reason.
	maxStreamMsgSize = 2 * MaxBodyBytes
)

// StreamConfig returns the ingest stream's configuration. It uses only fields
// that NATS 2.9 knows, so the same config works on the embedded 2.15 server
// and on the Debian-packaged 2.9 server.
func StreamConfig(name, subjectPrefix string) jetstream.StreamConfig {
	return jetstream.StreamConfig{
		Name:        name,
		Description: "raw chat messages awaiting masking; held only until acked",
		Subjects:    []string{subjectPrefix + ".>"},
		Retention:   jetstream.WorkQueuePolicy,
		Storage:     jetstream.FileStorage,
		Discard:     jetstream.DiscardOld,
		Duplicates:  DuplicateWindow,
		MaxMsgSize:  maxStreamMsgSize,
		Replicas:    1,
	}
}

// ConsumerConfig returns the worker's durable pull consumer configuration.
// MaxDeliver is unlimited: invalid messages are terminated, and a store
// outage must not make valid messages give up and linger in the stream.
func ConsumerConfig(name string, ackWait time.Duration, maxAckPending int) jetstream.ConsumerConfig {
	return jetstream.ConsumerConfig{
		Durable:       name,
		Description:   "anonymizer worker: mask, store, then ack",
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       ackWait,
		MaxDeliver:    -1,
		MaxAckPending: maxAckPending,
		DeliverPolicy: jetstream.DeliverAllPolicy,
	}
}

// EnsureStream creates the ingest stream, or updates it to cfg when it
// exists and differs or has fewer replicas than cfg asks for (a higher
// replica count set by an operator is kept).
// Calling it again with the same config is a no-op.
func EnsureStream(ctx context.Context, js jetstream.JetStream, cfg jetstream.StreamConfig) (jetstream.Stream, error) {
	s, err := js.Stream(ctx, cfg.Name)
	if errors.Is(err, jetstream.ErrStreamNotFound) {
		s, err = js.CreateStream(ctx, cfg)
		if errors.Is(err, jetstream.ErrStreamNameAlreadyInUse) {
			// Another worker created it between our lookup and create.
			s, err = js.Stream(ctx, cfg.Name)
		}
	} else if err == nil {
		have := s.CachedInfo().Config
		if !sameStream(have, cfg) || have.Replicas < cfg.Replicas {
			if have.Replicas > cfg.Replicas {
				// An operator scaled the stream up in a cluster; keep that.
				cfg.Replicas = have.Replicas
			}
			s, err = js.UpdateStream(ctx, cfg)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("pipeline: ensure stream %s: %w", cfg.Name, err)
	}
	return s, nil
}

func sameStream(have, want jetstream.StreamConfig) bool {
	if len(have.Subjects) != len(want.Subjects) {
		return false
	}
	for i := range have.Subjects {
		if have.Subjects[i] != want.Subjects[i] {
			return false
		}
	}
	return have.Retention == want.Retention && have.Storage == want.Storage &&
		have.Duplicates == want.Duplicates && have.MaxMsgSize == want.MaxMsgSize &&
		have.Discard == want.Discard && have.Description == want.Description
}

// EnsureConsumer creates or updates the durable consumer on s.
func EnsureConsumer(ctx context.Context, s jetstream.Stream, cfg jetstream.ConsumerConfig) (jetstream.Consumer, error) {
	c, err := s.CreateOrUpdateConsumer(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("pipeline: ensure consumer %s: %w", cfg.Durable, err)
	}
	return c, nil
}
