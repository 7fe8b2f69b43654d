package scaletest

import (
	"context"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/nordic-anonymizer/anonymizer/pipeline"
)

// TestStreamReplicas: on a three-node cluster EnsureStream creates the
// stream at the replica count asked for (serve's --stream-replicas), raises
// a stream that has fewer, and never lowers one an operator scaled up.
func TestStreamReplicas(t *testing.T) {
	servers := startCluster(t, 3)
	var urls []string
	for _, s := range servers {
		urls = append(urls, s.ClientURL())
	}
	js, err := jetstream.New(connect(t, urls, "replicas"))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	ensure := func(replicas int) int {
		t.Helper()
		cfg := pipeline.StreamConfig("REPLICAS", "replicas.messages")
		cfg.Replicas = replicas
		var s jetstream.Stream
		// The cluster may still be electing its meta leader.
		for {
			actx, acancel := context.WithTimeout(ctx, 5*time.Second)
			s, err = pipeline.EnsureStream(actx, js, cfg)
			acancel()
			if err == nil {
				break
			}
			if ctx.Err() != nil {
				t.Fatalf("ensure stream at R%d: %v", replicas, err)
			}
			time.Sleep(100 * time.Millisecond)
		}
		info, err := s.Info(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return info.Config.Replicas
	}
	if got := ensure(1); got != 1 {
		t.Fatalf("created at R%d, want R1", got)
	}
	if got := ensure(3); got != 3 {
		t.Fatalf("after asking for 3: R%d, want R3", got)
	}
	if got := ensure(1); got != 3 {
		t.Fatalf("after asking for 1 again: R%d, want R3 kept", got)
	}
}
