package detectors

// DefaultNumberMinDigits is how many digits make a NUMBER by default
// (detection.md: "every number of more than 6 digits").
const DefaultNumberMinDigits = 7

// Default returns the detectors of every category, in a fixed order, with
// default options.
func Default() ([]Detector, error) {
	return defaultDetectors(config{numberMinDigits: DefaultNumberMinDigits})
}

func defaultDetectors(cfg config) ([]Detector, error) {
	ds := []Detector{
		NewNumber(cfg.numberMinDigits),
		NewIP(),
		NewEmail(),
	}
	return ds, nil
}
