package scaletest

import (
	"context"
	"crypto/sha256"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/nordic-anonymizer/anonymizer/internal/store"
	"github.com/nordic-anonymizer/anonymizer/internal/store/postgres"
	"github.com/nordic-anonymizer/anonymizer/internal/store/postgres/pgtest"
	"github.com/nordic-anonymizer/anonymizer/pipeline"
)

// TestOneSweeperAtATime: two workers' sweepers on one PostgreSQL database.
// While one sweeps (held inside its re-mask step), the other's sweep is
// skipped; once it is done, the other sweeps; and when the holder dies (its
// pool closes mid-sweep), the lock is free for the other at once.
func TestOneSweeperAtATime(t *testing.T) {
	dsn := pgtest.DSN(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	open := func(dsn string) *postgres.Store {
		s, err := postgres.Open(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	s1, s2 := open(dsn), open(dsn)
	now := time.Now().UTC()
	var batch []store.Message
	for i := range 20 {
		kh := sha256.Sum256([]byte("key"))
		batch = append(batch, store.Message{
			ID: fmt.Sprintf("m%02d", i), ConversationID: "c", Tenant: "grimstad", KeyHash: kh[:], Role: "user",
			SentAt: now.Add(-time.Duration(i) * time.Minute), Text: "Hei [PERSON]", DetectorVersion: "old",
		})
	}
	if _, err := s1.WriteBatch(ctx, batch); err != nil {
		t.Fatal(err)
	}

	fast := func(text, lang string) (string, map[string]int) { return text, nil }
	sweeper := func(s store.Store, v string, fn store.Remasker) *pipeline.Sweeper {
		sw, err := pipeline.NewSweeper(pipeline.SweeperConfig{
			Store: s, Retention: 21 * 24 * time.Hour, AuditRetention: 365 * 24 * time.Hour,
			Version: v, Remask: fn, RemaskBatch: 5,
		})
		if err != nil {
			t.Fatal(err)
		}
		return sw
	}

	tests := []struct {
		name string
		// holderDies closes the holder's pool instead of letting it finish.
		holderDies bool
	}{
		{"holder finishes", false},
		{"holder dies", true},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			holderStore := s1
			if tc.holderDies {
				holderStore = open(dsn + "&application_name=scaletest-dying")
			}
			version := fmt.Sprintf("v%d", i+1)
			entered := make(chan struct{}, len(batch))
			release := make(chan struct{})
			slow := func(text, lang string) (string, map[string]int) {
				entered <- struct{}{}
				<-release
				return text, nil
			}
			holder := sweeper(holderStore, version, slow)
			other := sweeper(s2, version, fast)
			var once sync.Once
			unblock := func() { once.Do(func() { close(release) }) }
			defer unblock() // a failed check must not leave the holder blocked
			done := make(chan pipeline.SweepReport, 1)
			go func() {
				rep, _ := holder.Once(ctx)
				done <- rep
			}()
			<-entered // the holder is inside its sweep, holding the lock
			rep, err := other.Once(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if !rep.Skipped {
				t.Fatalf("second sweeper ran while the first held the lock: %+v", rep)
			}
			if tc.holderDies {
				// The holder's process dies: PostgreSQL ends its sessions,
				// and with them the lock, without any unlock call.
				db, err := pgxpool.New(ctx, dsn)
				if err != nil {
					t.Fatal(err)
				}
				defer db.Close()
				const dying = `FROM pg_stat_activity WHERE application_name = 'scaletest-dying'`
				if _, err := db.Exec(ctx, `SELECT pg_terminate_backend(pid) `+dying); err != nil {
					t.Fatal(err)
				}
				// Termination is asynchronous: wait until the sessions are gone.
				for n := 1; n > 0; time.Sleep(10 * time.Millisecond) {
					if err := db.QueryRow(ctx, `SELECT count(*) `+dying).Scan(&n); err != nil {
						t.Fatal(err)
					}
				}
			} else {
				unblock()
				<-done
			}
			rep, err = other.Once(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if rep.Skipped {
				t.Fatal("sweep still skipped after the holder was done")
			}
			if tc.holderDies {
				// It took over the work the dead holder left.
				if rep.Remasked != len(batch) {
					t.Errorf("the second sweeper re-masked %d, want %d: %+v", rep.Remasked, len(batch), rep)
				}
				unblock()
				<-done
			}
		})
	}
}
