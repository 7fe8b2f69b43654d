package pipeline

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/netip"
	"strings"
	"time"
	"unicode/utf8"
)

// Limits of an ingest message (contract.md §1).
const (
	// MaxBodyBytes is the largest accepted message body.
	MaxBodyBytes = 64 << 10
	// MaxTextBytes is the largest accepted chat text, in UTF-8 bytes.
	MaxTextBytes = 32 << 10
	// MinKeyLen is the shortest accepted conversation_key (22 url-safe
	// characters carry 132 bits).
	MinKeyLen = 22
	// MaxKeyLen is the longest accepted conversation_key.
	MaxKeyLen = 512
	// MaxIDLen is the longest accepted id or conversation_id.
	MaxIDLen = 128
	// MaxIntentLen is the longest accepted intent name.
	MaxIntentLen = 128
	// MaxUserAgentLen is the longest user agent passed to the parser; longer
	// ones are cut (the raw user agent is never stored anyway).
	MaxUserAgentLen = 1024
	// MaxTouchPoints bounds client.touch_points (navigator.maxTouchPoints).
	MaxTouchPoints = 256
)

// Langs are the accepted values of the optional lang field.
var Langs = []string{"nb", "nn", "da", "sv", "en"}

// Reasons are the short stable codes published on chat.rejected.<tenant> and
// used as the rejected-metric label.
const (
	ReasonBodyTooLarge           = "body_too_large"
	ReasonInvalidUTF8            = "invalid_utf8"
	ReasonInvalidJSON            = "invalid_json"
	ReasonInvalidTenant          = "invalid_tenant"
	ReasonMissingID              = "missing_id"
	ReasonInvalidID              = "invalid_id"
	ReasonMissingConversationID  = "missing_conversation_id"
	ReasonInvalidConversationID  = "invalid_conversation_id"
	ReasonMissingConversationKey = "missing_conversation_key"
	ReasonInvalidConversationKey = "invalid_conversation_key"
	ReasonMissingRole            = "missing_role"
	ReasonInvalidRole            = "invalid_role"
	ReasonMissingSentAt          = "missing_sent_at"
	ReasonInvalidSentAt          = "invalid_sent_at"
	ReasonSentAtInFuture         = "sent_at_in_future"
	ReasonEmptyText              = "empty_text"
	ReasonTextTooLong            = "text_too_long"
	ReasonInvalidIntent          = "invalid_intent"
	ReasonInvalidLang            = "invalid_lang"
	ReasonInvalidClientIP        = "invalid_client_ip"
	ReasonInvalidTouchPoints     = "invalid_client_touch_points"
	ReasonInvalidField           = "invalid_field_type"
	ReasonMaskFailed             = "mask_failed"
)

// RejectError is a message that can never be stored. ID is the message id
// when it was readable and well formed, else "".
type RejectError struct {
	ID     string
	Reason string
}

func (e *RejectError) Error() string { return "pipeline: message rejected: " + e.Reason }

// Input is a decoded, validated ingest message. Its Text and Client fields
// are raw and must never leave the worker unmasked.
type Input struct {
	Tenant          string
	ID              string
	ConversationID  string
	ConversationKey string
	Role            string
	Text            string
	Intent          string
	Lang            string
	SentAt          time.Time
	ClientIP        string // "" when absent
	UserAgent       string // "" when absent
	// TouchPoints is the browser's navigator.maxTouchPoints when the
	// front-end sends it (0 when absent): it tells an iPad, whose Safari
	// sends a Mac's user agent, from a Mac.
	TouchPoints int
}

// wire is the JSON body. Unknown fields are ignored so publishers can add
// fields without breaking ingest.
type wire struct {
	ID              *string `json:"id"`
	ConversationID  *string `json:"conversation_id"`
	ConversationKey *string `json:"conversation_key"`
	Role            *string `json:"role"`
	Text            *string `json:"text"`
	Intent          string  `json:"intent"`
	Lang            string  `json:"lang"`
	SentAt          *string `json:"sent_at"`
	Client          *struct {
		IP          string `json:"ip"`
		UserAgent   string `json:"user_agent"`
		TouchPoints *int   `json:"touch_points"`
	} `json:"client"`
}

// TenantFromSubject returns the tenant of an ingest subject
// "<prefix>.<tenant>", or "" when the subject does not name a valid tenant.
func TenantFromSubject(prefix, subject string) string {
	rest, ok := strings.CutPrefix(subject, prefix+".")
	if !ok || !ValidTenant(rest) {
		return ""
	}
	return rest
}

// ValidTenant reports whether s matches [a-z0-9-]{1,63}.
func ValidTenant(s string) bool {
	if len(s) == 0 || len(s) > 63 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// ValidID reports whether s is an acceptable id or conversation_id:
// 1 to MaxIDLen characters from [A-Za-z0-9._-]. UUIDs (any version), ULIDs
// and most database keys fit; spaces, slashes and anything that could carry
// text do not.
func ValidID(s string) bool {
	if len(s) == 0 || len(s) > MaxIDLen {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// validKey reports whether s is MinKeyLen..MaxKeyLen url-safe base64
// characters ([A-Za-z0-9_-]).
func validKey(s string) bool {
	if len(s) < MinKeyLen || len(s) > MaxKeyLen {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

func validIntent(s string) bool {
	if len(s) > MaxIntentLen {
		return false
	}
	for _, r := range s {
		if r < 0x20 || r == 0x7f {
			return false
		}
	}
	return true
}

// readableID is the id of a body rejected before decoding (too large, bad
// UTF-8), when the body is still JSON with a well-formed id; else "".
func readableID(body []byte) string {
	if len(body) > 2*MaxBodyBytes {
		return ""
	}
	var w struct {
		ID string `json:"id"`
	}
	if json.Unmarshal(body, &w) != nil || !ValidID(w.ID) {
		return ""
	}
	return w.ID
}

// MaxFutureSkew is how far in the future a message's sent_at may lie: a
// publisher's clock may run a little fast, but a message dated next year
// would escape the retention period (and, in the PostgreSQL store, create
// a partition for a day that has not come).
const MaxFutureSkew = time.Hour

// Decode validates one ingest message: the subject's tenant (subjects are
// "<prefix>.<tenant>") and the body, by every rule of contract.md §1. A
// message that can never be stored gives a *RejectError.
func Decode(prefix, subject string, body []byte) (Input, error) {
	return decodeAt(prefix, subject, body, time.Now())
}

// decodeAt is Decode with the current time given.
func decodeAt(prefix, subject string, body []byte, now time.Time) (Input, error) {
	tenant := TenantFromSubject(prefix, subject)
	if len(body) > MaxBodyBytes {
		return Input{}, &RejectError{ID: readableID(body), Reason: ReasonBodyTooLarge}
	}
	if !utf8.Valid(body) {
		return Input{}, &RejectError{ID: readableID(body), Reason: ReasonInvalidUTF8}
	}
	trimmed := bytes.TrimLeft(body, " \t\r\n")
	if len(trimmed) == 0 || trimmed[0] != '{' {
		return Input{}, &RejectError{Reason: ReasonInvalidJSON}
	}
	var w wire
	if err := json.Unmarshal(body, &w); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return Input{}, &RejectError{Reason: ReasonInvalidField}
		}
		return Input{}, &RejectError{Reason: ReasonInvalidJSON}
	}
	// From here on the id is reported when it is well formed.
	id := ""
	if w.ID != nil && ValidID(*w.ID) {
		id = *w.ID
	}
	reject := func(reason string) (Input, error) { return Input{}, &RejectError{ID: id, Reason: reason} }
	switch {
	case w.ID == nil || *w.ID == "":
		return reject(ReasonMissingID)
	case id == "":
		return reject(ReasonInvalidID)
	case tenant == "":
		return reject(ReasonInvalidTenant)
	case w.ConversationID == nil || *w.ConversationID == "":
		return reject(ReasonMissingConversationID)
	case !ValidID(*w.ConversationID):
		return reject(ReasonInvalidConversationID)
	case w.ConversationKey == nil || *w.ConversationKey == "":
		return reject(ReasonMissingConversationKey)
	case !validKey(*w.ConversationKey):
		return reject(ReasonInvalidConversationKey)
	case w.Role == nil || *w.Role == "":
		return reject(ReasonMissingRole)
	case *w.Role != "user" && *w.Role != "bot":
		return reject(ReasonInvalidRole)
	case w.SentAt == nil || *w.SentAt == "":
		return reject(ReasonMissingSentAt)
	case w.Text == nil || strings.TrimSpace(*w.Text) == "":
		return reject(ReasonEmptyText)
	case len(*w.Text) > MaxTextBytes:
		return reject(ReasonTextTooLong)
	case !validIntent(w.Intent):
		return reject(ReasonInvalidIntent)
	}
	sentAt, err := time.Parse(time.RFC3339Nano, *w.SentAt)
	if err != nil {
		return reject(ReasonInvalidSentAt)
	}
	if sentAt.After(now.Add(MaxFutureSkew)) {
		return reject(ReasonSentAtInFuture)
	}
	in := Input{
		Tenant:          tenant,
		ID:              id,
		ConversationID:  *w.ConversationID,
		ConversationKey: *w.ConversationKey,
		Role:            *w.Role,
		Text:            *w.Text,
		Intent:          w.Intent,
		SentAt:          sentAt.UTC(),
	}
	if w.Lang != "" {
		lang := strings.ToLower(w.Lang)
		ok := false
		for _, l := range Langs {
			ok = ok || l == lang
		}
		if !ok {
			return reject(ReasonInvalidLang)
		}
		in.Lang = lang
	}
	if w.Client != nil {
		if w.Client.IP != "" {
			a, err := netip.ParseAddr(strings.TrimSpace(w.Client.IP))
			if err != nil {
				return reject(ReasonInvalidClientIP)
			}
			in.ClientIP = a.Unmap().WithZone("").String()
		}
		ua := w.Client.UserAgent
		if len(ua) > MaxUserAgentLen {
			ua = ua[:MaxUserAgentLen]
			for !utf8.ValidString(ua) {
				ua = ua[:len(ua)-1]
			}
		}
		in.UserAgent = ua
		if tp := w.Client.TouchPoints; tp != nil {
			if *tp < 0 || *tp > MaxTouchPoints {
				return reject(ReasonInvalidTouchPoints)
			}
			in.TouchPoints = *tp
		}
	}
	return in, nil
}
