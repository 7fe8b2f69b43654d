package detectors

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"sort"
	"sync"
)

// dataFS holds every embedded data file of the package (word lists, phrase
// patterns, exceptions), whichever detector embeds it for its own use. The
// engine hashes all of it into Version(), so a changed file always changes
// the version, and docgen lists it in docs/detectors.md.
//
//go:embed data
var dataFS embed.FS

// DataFS returns the package's embedded data files, rooted at "data".
func DataFS() fs.FS { return dataFS }

var dataHash = sync.OnceValue(func() string {
	h := sha256.New()
	var paths []string
	_ = fs.WalkDir(dataFS, "data", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			paths = append(paths, p)
		}
		return nil
	})
	sort.Strings(paths)
	for _, p := range paths {
		b, _ := dataFS.ReadFile(p)
		sum := sha256.Sum256(b)
		h.Write([]byte(p))
		h.Write(sum[:])
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
})

// Describer is an optional extra: a detector that documents its category
// and rule ids for docs/detectors.md.
type Describer interface {
	Describe() DetectorDoc
}

// DetectorDoc documents one detector.
type DetectorDoc struct {
	Categories []Category
	Summary    string
	Rules      []RuleDoc
}

// RuleDoc documents one rule id.
type RuleDoc struct {
	ID, Summary string
}

// DefaultNumberMinDigits is how many digits make a NUMBER by default
// (detection.md: "every number of more than 6 digits").
const DefaultNumberMinDigits = 7

// Default returns the detectors of every category, in a fixed order, with
// default options. It fails when an embedded word list does not parse.
func Default() ([]Detector, error) {
	return defaultDetectors(config{numberMinDigits: DefaultNumberMinDigits})
}

// defaultDetectors is the registry: one literal list, no init() magic.
func defaultDetectors(cfg config) ([]Detector, error) {
	ds := []Detector{
		NewNumber(cfg.numberMinDigits),
		NewIP(),
		NewEmail(),
	}
	for _, build := range []func() (Detector, error){
		func() (Detector, error) { return NewHealth() },
		func() (Detector, error) { return NewGender() },
		func() (Detector, error) { return NewOrientation() },
		func() (Detector, error) { return NewPolitics() },
		func() (Detector, error) { return NewLocation() },
		func() (Detector, error) { return NewPerson() },
	} {
		d, err := build()
		if err != nil {
			return nil, err
		}
		ds = append(ds, d)
	}
	return ds, nil
}
