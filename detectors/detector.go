// Package detectors finds sensitive data in Nordic and English chat text and
// masks it. A Detector finds spans of one category; the Engine runs every
// detector from Default() behind one keyword prefilter, confirms or drops weak
// spans in one shared context pass, resolves overlaps and masks.
package detectors

// Category names a kind of sensitive data, exactly as ../shared/spec/detection.md
// and the masked placeholders (`[HEALTH]`) spell it.
type Category string

// The categories of the rulebook. The first seven are the privacy policy's.
const (
	Number      Category = "NUMBER"
	Health      Category = "HEALTH"
	Gender      Category = "GENDER"
	Orientation Category = "ORIENTATION"
	Politics    Category = "POLITICS"
	Location    Category = "LOCATION"
	IP          Category = "IP"
	Email       Category = "EMAIL"
	Person      Category = "PERSON"
)

// Categories lists every category in a fixed order (policy ones first).
var Categories = []Category{Number, Health, Gender, Orientation, Politics, Location, IP, Email, Person}

// Span is one finding: UTF-8 byte offsets into the original text, end
// exclusive, always on rune boundaries and covering whole tokens.
type Span struct {
	Start, End int
	Category   Category
	// Rule explains the mask: a stable dotted id such as "number.no_fnr",
	// "health.lexicon", "gender.pronoun".
	Rule string
	// Weak marks evidence the shared context pass must confirm (an ambiguous
	// word such as "her", "Ski", "Høyre"). Key names the ContextRule that
	// decides it; strong spans ignore Key.
	Weak bool
	Key  string
}

// Detector finds the spans of one category.
type Detector interface {
	// Name is a short stable id, e.g. "health".
	Name() string
	// Keywords are lowercase strings whose presence in the lowercased text
	// wakes the detector (one Aho-Corasick pass over all detectors' keywords).
	// A detector returning nil always runs.
	Keywords() []string
	// Detect returns the spans found in t. It must be safe for concurrent use
	// and bounded in time whatever the input.
	Detect(t *Text) []Span
}

// spanAppender is a detector that can write its findings into the spare
// capacity of a slice: appendSpans(t, out) returns out with the spans of
// Detect(t) appended, and reads no span of out it did not append. The
// engine hands each such detector the free end of one buffer a Text keeps
// from pass to pass, so a pass allocates no slice per detector.
type spanAppender interface {
	appendSpans(t *Text, out []Span) []Span
}

// ContextRuler is an optional extra: a detector that emits weak spans returns
// the rules that decide them. The engine gathers every detector's rules and
// applies them in one pass after detection.
type ContextRuler interface {
	ContextRules() []ContextRule
}

// Versioner is an optional extra: a detector whose behaviour depends on data
// returns a string that changes whenever its rules or word lists change. The
// engine folds all of them into Engine.Version(). Word lists and context
// rules can be hashed; rules written in Go cannot, so each detector carries
// a code version ("number-4", healthCodeVersion) to bump with them.
type Versioner interface {
	Version() string
}

// ContextRule decides weak spans whose Key equals Key. A weak span is
// dropped when a Veto word occurs within Window tokens before or after it;
// else it is kept when a Confirm word occurs within Window, or when Case
// confirms it; else it is dropped when a Deny word occurs within Window;
// else it is kept when the message language is in KeepLangs ("*" = every
// language, "" never); otherwise dropped. In a language of DropLangs it is
// dropped before all else (Danish "men" is "but", whatever English words
// such as "is", ice, stand near). Veto, Confirm and Deny entries are
// lowercase tokens; an entry ending in "*" is a prefix; an entry with spaces
// is a phrase of consecutive tokens.
type ContextRule struct {
	Key       string
	Window    int
	Veto      []string
	Confirm   []string
	Case      CaseRule
	Deny      []string
	KeepLangs []string
	DropLangs []string
}

// CaseRule confirms a weak span by the whole message (the zero CaseRule never
// does): when it holds a kept span (strong, or weak and confirmed by its own
// rule) of one of Rules, and someone it is about: a kept span of one of
// Whose, or one of the Words (written like Confirm entries); with neither
// given, the span of Rules alone confirms. "Min mor har demens. Hvordan
// søger man om plejebolig?" asks about the mother's care, however generally
// it is put.
type CaseRule struct {
	Rules []string
	Whose []string
	Words []string
}
