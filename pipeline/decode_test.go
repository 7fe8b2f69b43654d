package pipeline

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// validBody is a well-formed message; cases change one field at a time.
func validBody() map[string]any {
	return map[string]any{
		"id":               "3f1c0d5e-8a47-4c1f-9d53-2b4a1c9e7f10",
		"conversation_id":  "9b2e6a4c-5d1f-4e8a-b7c3-1a2b3c4d5e6f",
		"conversation_key": "k7Hq2Xw9_-abcdefghijklmnop",
		"role":             "user",
		"text":             "Hei, kan jeg bytte søppeldunk?",
		"intent":           "",
		"lang":             "nb",
		"sent_at":          "2026-11-22T10:15:00Z",
		"client":           map[string]any{"ip": "203.0.113.7", "user_agent": "Mozilla/5.0"},
	}
}

func encode(t *testing.T, m map[string]any) []byte {
	t.Helper()
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecode(t *testing.T) {
	with := func(k string, v any) []byte {
		m := validBody()
		if v == nil {
			delete(m, k)
		} else {
			m[k] = v
		}
		b, _ := json.Marshal(m)
		return b
	}
	const subj = "chat.messages.grimstad"
	const id = "3f1c0d5e-8a47-4c1f-9d53-2b4a1c9e7f10"
	tests := []struct {
		name    string
		subject string
		body    []byte
		reason  string // "" = valid
		wantID  string // id reported with the rejection
	}{
		{name: "valid", body: with("lang", "nb")},
		{name: "valid without lang and client", body: func() []byte {
			m := validBody()
			delete(m, "lang")
			delete(m, "client")
			return encode(t, m)
		}()},
		{name: "valid bot with intent", body: func() []byte {
			m := validBody()
			m["role"], m["intent"] = "bot", "renovasjon.tommedager"
			return encode(t, m)
		}()},
		{name: "valid id not a uuid", body: with("id", "msg_0001.a-b")},
		{name: "valid sent_at with offset and fraction", body: with("sent_at", "2026-11-22T11:15:00.123+01:00")},
		{name: "valid ipv6 client", body: with("client", map[string]any{"ip": "2001:db8::1"})},
		{name: "valid uppercase lang", body: with("lang", "NN")},
		{name: "invalid json", body: []byte(`{"id": "a",`), reason: ReasonInvalidJSON},
		{name: "json array", body: []byte(`[1,2]`), reason: ReasonInvalidJSON},
		{name: "json null", body: []byte(`null`), reason: ReasonInvalidJSON},
		{name: "empty body", body: nil, reason: ReasonInvalidJSON},
		{name: "trailing garbage", body: append(with("lang", "nb"), []byte(" x")...), reason: ReasonInvalidJSON},
		{name: "invalid utf8", body: []byte("{\"id\":\"a\",\"text\":\"\xff\xfe\"}"), reason: ReasonInvalidUTF8, wantID: "a"},
		{name: "invalid utf8 not json", body: []byte("\xff\xfe"), reason: ReasonInvalidUTF8},
		{name: "body too large", body: with("text", strings.Repeat("a", MaxBodyBytes)), reason: ReasonBodyTooLarge, wantID: id},
		{name: "body too large not json", body: []byte(strings.Repeat("a", MaxBodyBytes+1)), reason: ReasonBodyTooLarge},
		{name: "id wrong type", body: with("id", 42), reason: ReasonInvalidField},
		{name: "missing id", body: with("id", nil), reason: ReasonMissingID},
		{name: "empty id", body: with("id", ""), reason: ReasonMissingID},
		{name: "id with space", body: with("id", "a b"), reason: ReasonInvalidID},
		{name: "id too long", body: with("id", strings.Repeat("a", MaxIDLen+1)), reason: ReasonInvalidID},
		{name: "bad tenant in subject", subject: "chat.messages.Grimstad", body: with("lang", "nb"), reason: ReasonInvalidTenant, wantID: id},
		{name: "tenant with dot", subject: "chat.messages.a.b", body: with("lang", "nb"), reason: ReasonInvalidTenant, wantID: id},
		{name: "tenant too long", subject: "chat.messages." + strings.Repeat("a", 64), body: with("lang", "nb"), reason: ReasonInvalidTenant, wantID: id},
		{name: "missing conversation_id", body: with("conversation_id", nil), reason: ReasonMissingConversationID, wantID: id},
		{name: "malformed conversation_id", body: with("conversation_id", "x/../y"), reason: ReasonInvalidConversationID, wantID: id},
		{name: "missing conversation_key", body: with("conversation_key", nil), reason: ReasonMissingConversationKey, wantID: id},
		{name: "conversation_key too short", body: with("conversation_key", "abcdefghijklmnopqrstu"), reason: ReasonInvalidConversationKey, wantID: id},
		{name: "conversation_key not url-safe", body: with("conversation_key", "abcdefghijklmnopqrstu+/"), reason: ReasonInvalidConversationKey, wantID: id},
		{name: "missing role", body: with("role", nil), reason: ReasonMissingRole, wantID: id},
		{name: "bad role", body: with("role", "admin"), reason: ReasonInvalidRole, wantID: id},
		{name: "missing sent_at", body: with("sent_at", nil), reason: ReasonMissingSentAt, wantID: id},
		{name: "sent_at not rfc3339", body: with("sent_at", "22.11.2026 10:15"), reason: ReasonInvalidSentAt, wantID: id},
		{name: "sent_at without zone", body: with("sent_at", "2026-11-22T10:15:00"), reason: ReasonInvalidSentAt, wantID: id},
		{name: "sent_at next year", body: with("sent_at", time.Now().AddDate(1, 0, 0).UTC().Format(time.RFC3339)), reason: ReasonSentAtInFuture, wantID: id},
		{name: "sent_at two hours ahead", body: with("sent_at", time.Now().Add(2*time.Hour).UTC().Format(time.RFC3339)), reason: ReasonSentAtInFuture, wantID: id},
		{name: "missing text", body: with("text", nil), reason: ReasonEmptyText, wantID: id},
		{name: "empty text", body: with("text", ""), reason: ReasonEmptyText, wantID: id},
		{name: "whitespace text", body: with("text", " \n\t "), reason: ReasonEmptyText, wantID: id},
		{name: "text too long", body: with("text", strings.Repeat("å", MaxTextBytes/2+1)), reason: ReasonTextTooLong, wantID: id},
		{name: "text at the limit", body: with("text", strings.Repeat("a", MaxTextBytes))},
		{name: "intent with newline", body: with("intent", "a\nb"), reason: ReasonInvalidIntent, wantID: id},
		{name: "unknown lang", body: with("lang", "de"), reason: ReasonInvalidLang, wantID: id},
		{name: "bad client ip", body: with("client", map[string]any{"ip": "999.1.1.1"}), reason: ReasonInvalidClientIP, wantID: id},
		{name: "touch points", body: with("client", map[string]any{"user_agent": "Mozilla/5.0", "touch_points": 5})},
		{name: "negative touch points", body: with("client", map[string]any{"touch_points": -1}), reason: ReasonInvalidTouchPoints, wantID: id},
		{name: "too many touch points", body: with("client", map[string]any{"touch_points": 100000}), reason: ReasonInvalidTouchPoints, wantID: id},
		{name: "touch points not a number", body: with("client", map[string]any{"touch_points": "5"}), reason: ReasonInvalidField},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			subject := tc.subject
			if subject == "" {
				subject = subj
			}
			in, err := Decode(DefaultSubjectPrefix, subject, tc.body)
			if tc.reason == "" {
				if err != nil {
					t.Fatalf("Decode: %v", err)
				}
				if in.Tenant != "grimstad" || in.ID == "" || in.Text == "" {
					t.Fatalf("Decode = %+v", in)
				}
				return
			}
			var re *RejectError
			if !errors.As(err, &re) {
				t.Fatalf("Decode err = %v, want reason %s", err, tc.reason)
			}
			if re.Reason != tc.reason || re.ID != tc.wantID {
				t.Fatalf("rejected (%q, %q), want (%q, %q)", re.ID, re.Reason, tc.wantID, tc.reason)
			}
		})
	}
}

func TestDecodeFields(t *testing.T) {
	m := validBody()
	m["client"] = map[string]any{"ip": "::ffff:192.0.2.33", "user_agent": "UA", "touch_points": 5}
	m["sent_at"] = "2026-11-22T11:15:00+01:00"
	m["lang"] = "SV"
	in, err := Decode("chat.messages", "chat.messages.ski-kommune", encode(t, m))
	if err != nil {
		t.Fatal(err)
	}
	want := Input{
		Tenant: "ski-kommune", ID: m["id"].(string), ConversationID: m["conversation_id"].(string),
		ConversationKey: m["conversation_key"].(string), Role: "user", Text: m["text"].(string),
		Lang: "sv", SentAt: time.Date(2026, 11, 22, 10, 15, 0, 0, time.UTC),
		ClientIP: "192.0.2.33", UserAgent: "UA", TouchPoints: 5,
	}
	if in != want {
		t.Fatalf("Decode =\n%+v\nwant\n%+v", in, want)
	}
}

func TestTenantFromSubject(t *testing.T) {
	tests := []struct{ name, subject, want string }{
		{"plain", "chat.messages.grimstad", "grimstad"},
		{"digits and dash", "chat.messages.oslo-2", "oslo-2"},
		{"no tenant", "chat.messages", ""},
		{"empty tenant", "chat.messages.", ""},
		{"nested", "chat.messages.a.b", ""},
		{"uppercase", "chat.messages.Oslo", ""},
		{"other prefix", "chat.other.oslo", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := TenantFromSubject("chat.messages", tc.subject); got != tc.want {
				t.Fatalf("TenantFromSubject(%q) = %q, want %q", tc.subject, got, tc.want)
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	b, _ := json.Marshal(validBody())
	f.Add(b)
	f.Add([]byte(`{"id":"x"}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		in, err := Decode("chat.messages", "chat.messages.grimstad", body)
		if err != nil {
			var re *RejectError
			if !errors.As(err, &re) || re.Reason == "" {
				t.Fatalf("error not a rejection: %v", err)
			}
			if re.ID != "" && !ValidID(re.ID) {
				t.Fatalf("rejection reports a malformed id %q", re.ID)
			}
			return
		}
		if in.Text == "" || len(in.Text) > MaxTextBytes || !ValidID(in.ID) {
			t.Fatalf("accepted an invalid message: %+v", in)
		}
	})
}

// The sample conversations in testdata/ must be valid ingest messages, or
// the README's walk-through would publish rejects.
func TestSampleConversationsDecode(t *testing.T) {
	files, err := filepath.Glob("../testdata/conversations/*.jsonl")
	if err != nil || len(files) < 5 {
		t.Fatalf("sample conversations: %v (%d files)", err, len(files))
	}
	langs := map[string]bool{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for n, line := range bytes.Split(bytes.TrimSpace(b), []byte("\n")) {
			in, err := Decode(DefaultSubjectPrefix, "chat.messages.demo", line)
			if err != nil {
				t.Errorf("%s:%d: %v", f, n+1, err)
				continue
			}
			langs[in.Lang] = true
		}
	}
	for _, l := range Langs {
		if !langs[l] {
			t.Errorf("no sample conversation in %s", l)
		}
	}
}

// TestDecodeFutureSkew: a sent_at up to MaxFutureSkew ahead of the worker's
// clock is a publisher's fast clock and accepted; beyond it, rejected.
func TestDecodeFutureSkew(t *testing.T) {
	now := time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		ahead  time.Duration
		reject bool
	}{
		{-21 * 24 * time.Hour, false},
		{0, false},
		{MaxFutureSkew - time.Second, false},
		{MaxFutureSkew, false},
		{MaxFutureSkew + time.Second, true},
		{400 * 24 * time.Hour, true},
	} {
		m := validBody()
		m["sent_at"] = now.Add(tc.ahead).Format(time.RFC3339)
		body, _ := json.Marshal(m)
		_, err := decodeAt("chat.messages", "chat.messages.grimstad", body, now)
		var re *RejectError
		if got := errors.As(err, &re) && re.Reason == ReasonSentAtInFuture; got != tc.reject {
			t.Errorf("sent_at %v ahead: rejected as future = %v, want %v (err %v)", tc.ahead, got, tc.reject, err)
		}
	}
}
