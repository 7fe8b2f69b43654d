package storetest

import (
	"errors"
	"testing"
	"time"

	"github.com/nordic-anonymizer/anonymizer/internal/store"
)

// Cases added for the PostgreSQL store, whose messages live in one table
// per day and whose unique key is (id, sent_at): behaviour that a store
// split by time could get wrong while a single-table store cannot.

// testTenantMismatch: a message naming an existing conversation of another
// tenant is rejected, even with the right key.
func testTenantMismatch(t *testing.T, s store.Store) {
	wantResult(t, write(t, s, msg("c1", "m1", "user", T0)), store.WriteResult{Stored: 1})
	other := bot("c1", "m2", T0.Add(time.Second), "parking")
	other.Tenant = "bergen"
	wantResult(t, write(t, s, other), store.WriteResult{Rejected: 1})
	got, err := s.Logs(ctx(t), store.LogQuery{Tenant: "bergen", From: T0.Add(-time.Hour), To: T0.Add(time.Hour), Now: T0.Add(time.Hour), Retention: Retention})
	if err != nil {
		t.Fatal(err)
	}
	wantIDs(t, "bergen logs", got)
	if n := intentTotal(t, s, "bergen"); n != 0 {
		t.Errorf("bergen intent count = %d, want 0", n)
	}
	c, err := conversation(t, s, "c1", T0.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	wantIDs(t, "c1", c.Messages, "m1")
}

// testDuplicateIDOtherTime: a message id already stored in its
// conversation is a duplicate even when the copy carries another sent_at,
// on another day; what was stored first stays. (Ids are unique within a
// conversation: the same id in another conversation is another message.)
func testDuplicateIDOtherTime(t *testing.T, s store.Store) {
	wantResult(t, write(t, s, bot("c1", "m1", T0, "parking")), store.WriteResult{Stored: 1})
	tests := []struct {
		name string
		m    store.Message
	}{
		{"one second later", bot("c1", "m1", T0.Add(time.Second), "parking")},
		{"next day", bot("c1", "m1", T0.Add(25*time.Hour), "parking")},
		{"two days earlier", bot("c1", "m1", T0.Add(-48*time.Hour), "parking")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantResult(t, write(t, s, tc.m), store.WriteResult{Duplicate: 1})
		})
	}
	c, err := conversation(t, s, "c1", T0.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Messages) != 1 || !c.Messages[0].SentAt.Equal(T0) {
		t.Errorf("c1 messages = %+v, want m1 at T0 only", c.Messages)
	}
	if n := intentTotal(t, s, "oslo"); n != 1 {
		t.Errorf("intent count = %d, want 1", n)
	}
	if n := conversationTotal(t, s, "oslo"); n != 1 {
		t.Errorf("conversation count = %d, want 1", n)
	}
}

// testAcrossDays: one conversation with messages on three UTC days is read,
// listed, swept and forgotten as a whole.
func testAcrossDays(t *testing.T, s store.Store) {
	day := 24 * time.Hour
	a := msg("c1", "a", "user", T0.Add(-2*day))
	b := msg("c1", "b", "user", T0.Add(-day+time.Hour))
	c := msg("c1", "c", "user", T0)
	wantResult(t, write(t, s, c, a, b), store.WriteResult{Stored: 3})
	conv, err := conversation(t, s, "c1", T0.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	wantIDs(t, "c1", conv.Messages, "a", "b", "c")
	if !conv.FirstAt.Equal(a.SentAt) || !conv.LastAt.Equal(c.SentAt) {
		t.Errorf("FirstAt, LastAt = %v, %v; want %v, %v", conv.FirstAt, conv.LastAt, a.SentAt, c.SentAt)
	}
	logs, err := s.Logs(ctx(t), store.LogQuery{Tenant: "oslo", From: T0.Add(-3 * day), To: T0.Add(day), Now: T0.Add(time.Hour), Retention: Retention})
	if err != nil {
		t.Fatal(err)
	}
	wantIDs(t, "logs", logs, "a", "b", "c")

	// Only a has expired an hour after its 21 days.
	now := a.SentAt.Add(Retention + time.Hour)
	res, err := s.Sweep(ctx(t), now, Retention, 365*day)
	if err != nil {
		t.Fatal(err)
	}
	if res.Messages != 1 || res.Conversations != 0 {
		t.Errorf("Sweep = %+v, want 1 message and no conversation", res)
	}
	conv, err = s.Conversation(ctx(t), "c1", KeyHash("key-c1"), now, Retention)
	if err != nil {
		t.Fatal(err)
	}
	wantIDs(t, "c1 after sweep", conv.Messages, "b", "c")

	if err := s.Forget(ctx(t), "c1", KeyHash("key-c1"), now); err != nil {
		t.Fatal(err)
	}
	// Nothing of it remains on any day, even read without retention.
	logs, err = s.Logs(ctx(t), store.LogQuery{Tenant: "oslo", From: T0.Add(-3 * day), To: T0.Add(day), Now: T0, Retention: 100 * 365 * day})
	if err != nil {
		t.Fatal(err)
	}
	wantIDs(t, "logs after forget", logs)
	// A late message of it on yet another day is dropped.
	late := msg("c1", "d", "user", T0.Add(3*day))
	wantResult(t, write(t, s, late), store.WriteResult{Forgotten: 1})
	if _, err := conversation(t, s, "c1", T0.Add(4*day)); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("forgotten conversation: err = %v, want ErrNotFound", err)
	}
}
