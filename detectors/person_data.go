package detectors

import "sync"

// nameLists are the first names and surnames, loaded once and shared by the
// PERSON detector and by LOCATION (which leaves names to PERSON).
type nameLists struct {
	first, last *flagLexicon
	version     string
}

// loadNames loads the name lists once per process.
var loadNames = sync.OnceValues(buildNames)

func buildNames() (*nameLists, error) {
	nl := &nameLists{}
	var err error
	if nl.first, err = loadFlagLexicon(personFS, "data/person/first_names.tsv"); err != nil {
		return nil, err
	}
	if nl.last, err = loadFlagLexicon(personFS, "data/person/surnames.tsv"); err != nil {
		return nil, err
	}
	if nl.version, err = hashFS(personFS, "data/person"); err != nil {
		return nil, err
	}
	return nl, nil
}
