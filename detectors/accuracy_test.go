package detectors

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// floors are the figures a corpus must keep: a change that lowers any of
// them fails TestAccuracyFloor. The issue's goals are higher on dev: policy
// recall ≥ 0.95 at precision ≥ 0.90, every category ≥ 0.90, leaky ≤ 0.05,
// clean masked ≤ 0.10.
type floors struct {
	policyRecall, policyPrecision, allPrecision float64
	maxLeaky, maxCleanMasked                    float64
	categoryRecall                              map[Category]float64
}

// corpus is a labelled corpus in testdata/ and the floors it must keep;
// blind marks a held-out set, whose misses are never listed.
type corpus struct {
	file  string
	blind bool
	f     floors
}

// corpora are the sets TestAccuracyFloor scores, each with the figures the
// engine reached on it and its floors set just under them.
var corpora = []corpus{
	// testdata/dev.jsonl: floors just under what the whole
	// engine reached at 09:30 UTC on 2026-11-22 (policy recall 0.991 at
	// precision 0.994, leaky 0.019, clean masked 0.013; per category HEALTH
	// 0.982, LOCATION 0.988, GENDER 0.998, the others 1.000).
	{file: "dev.jsonl", f: floors{
		policyRecall: 0.98, policyPrecision: 0.985, allPrecision: 0.985, maxLeaky: 0.03, maxCleanMasked: 0.025,
		categoryRecall: map[Category]float64{
			Number: 0.99, Health: 0.97, Gender: 0.99, Orientation: 0.99, Politics: 0.98,
			Location: 0.975, IP: 0.99, Email: 0.99, Person: 0.98,
		},
	}},
	// testdata/dev2.jsonl: floors under what the engine
	// reached on it at 23:50 UTC on 2026-12-05 (policy recall 0.996 at
	// precision 0.996, leaky 0.015, clean masked 0.000; HEALTH 0.990, PERSON
	// 0.909, the others 1.000). Scored blind before that: recall 0.968, leaky
	// 0.045 (testdata/README.md).
	{file: "dev2.jsonl", f: floors{
		policyRecall: 0.985, policyPrecision: 0.985, allPrecision: 0.985, maxLeaky: 0.03, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{
			Number: 0.99, Health: 0.97, Gender: 0.99, Orientation: 0.99, Politics: 0.99,
			Location: 0.98, IP: 0.99, Email: 0.99, Person: 0.86,
		},
	}},
	// testdata/dev3.jsonl: floors under what the engine
	// reached on it at 23:55 UTC on 2026-12-05 (policy recall 0.970 at
	// precision 0.988, leaky 0.070, clean masked 0.029; HEALTH 0.925, GENDER
	// 0.993, LOCATION 0.975, PERSON 0.975, the others 1.000). Scored blind
	// before that: recall 0.952, leaky 0.105 (testdata/README.md).
	{file: "dev3.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.08, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{
			Number: 0.99, Health: 0.91, Gender: 0.98, Orientation: 0.99, Politics: 0.99,
			Location: 0.96, IP: 0.99, Email: 0.99, Person: 0.95,
		},
	}},
	// testdata/dev4.jsonl: floors under what the engine
	// reached on it at 00:02 UTC on 2026-12-06 (policy recall 0.992 at
	// precision 0.974, leaky 0.010, clean masked 0.021; HEALTH 0.980, POLITICS
	// 0.974, the others 1.000). Scored blind before: recall 0.993 and 0.986 for
	// its two halves (testdata/README.md).
	{file: "dev4.jsonl", f: floors{
		policyRecall: 0.98, policyPrecision: 0.965, allPrecision: 0.965, maxLeaky: 0.025, maxCleanMasked: 0.035,
		categoryRecall: map[Category]float64{
			Number: 0.99, Health: 0.96, Gender: 0.99, Orientation: 0.99, Politics: 0.95,
			Location: 0.99, IP: 0.99, Email: 0.99, Person: 0.99,
		},
	}},
	// testdata/dev5.jsonl (phone-style lowercase chat): floors set
	// under what the engine reached on it at 00:17 UTC on 2026-12-06 (policy
	// recall 0.974 at precision 0.992, leaky 0.087, clean masked 0.039 with
	// the language guessed; LOCATION 0.917, PERSON 0.848, POLITICS 0.818, the
	// others 1.000). Scored blind before: recall 0.941, leaky 0.12.
	{file: "dev5.jsonl", f: floors{
		policyRecall: 0.965, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.10, maxCleanMasked: 0.06,
		categoryRecall: map[Category]float64{
			Number: 0.99, Health: 0.98, Gender: 0.99, Orientation: 0.99, Politics: 0.80,
			Location: 0.90, Email: 0.99, Person: 0.83,
		},
	}},
	// testdata/dev6.jsonl (Danish and Swedish in mixed
	// styles): floors under what the engine reached on it at 00:32 UTC on
	// 2026-12-06 (policy recall 0.959 at precision 0.975, leaky 0.063, clean
	// masked 0.039; HEALTH 0.922, LOCATION 0.950, ORIENTATION 0.900, POLITICS
	// 0.889, the others 1.000). Scored blind before: recall 0.964, precision
	// 0.971.
	{file: "dev6.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.965, allPrecision: 0.97, maxLeaky: 0.075, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{
			Number: 0.99, Health: 0.90, Gender: 0.99, Orientation: 0.89, Politics: 0.88,
			Location: 0.94, IP: 0.99, Email: 0.99, Person: 0.99,
		},
	}},
	// testdata/dev7.jsonl (a third of it bot answers): floors set
	// under what the engine reached on it at 00:39 UTC on 2026-12-06 (recall
	// 0.988 at precision 0.996, leaky 0.025, clean masked 0.000; HEALTH 0.972,
	// PERSON 0.957, the others 1.000). Scored blind before: recall 0.988,
	// precision 0.992.
	{file: "dev7.jsonl", f: floors{
		policyRecall: 0.975, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.04, maxCleanMasked: 0.03,
		categoryRecall: map[Category]float64{
			Number: 0.99, Health: 0.95, Gender: 0.99, Orientation: 0.99, Politics: 0.99,
			Location: 0.99, IP: 0.99, Email: 0.99, Person: 0.94,
		},
	}},
	// testdata/dev8.jsonl (phone-style dialect chat): floors under what the engine reached on it at
	// the end of 2026-12-06's first session (policy recall 0.974 at precision 1.000, leaky 0.050,
	// clean masked 0.000; HEALTH 0.963, LOCATION 0.938, the others 1.000). Scored blind before: recall
	// 0.939, precision 0.997.
	{file: "dev8.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.99, allPrecision: 0.99, maxLeaky: 0.07, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.94, Gender: 0.99, Orientation: 0.99, Politics: 0.99, Location: 0.91, IP: 0.99, Email: 0.99, Person: 0.99},
	}},
	// testdata/dev9.jsonl (families, care and identity): floors under what the engine reached on it at
	// the end of 2026-12-06's first session (policy recall 0.988 at precision 1.000, leaky 0.029,
	// clean masked 0.000; HEALTH 0.967, the others 1.000). Scored blind before: recall 0.954,
	// precision 1.000.
	{file: "dev9.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.99, allPrecision: 0.99, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.94, Gender: 0.99, Orientation: 0.99, Location: 0.99, IP: 0.99, Email: 0.99, Person: 0.99},
	}},
	// testdata/dev10.jsonl (politics, look-alike words, long messages): floors under what the engine
	// reached on it at the end of 2026-12-06's first session (policy recall 0.998 at precision 0.985,
	// leaky 0.006, clean masked 0.034; HEALTH 0.991, the others 1.000). Scored blind before: recall
	// 0.937, precision 0.985.
	{file: "dev10.jsonl", f: floors{
		policyRecall: 0.98, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.03, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.97, Gender: 0.99, Orientation: 0.99, Politics: 0.99, Location: 0.99, Email: 0.99, Person: 0.99},
	}},
	// testdata/dev11.jsonl (rural Norwegian, bokmål and nynorsk): floors under what the engine reached
	// on it at the end of 2026-12-06's first session (policy recall 0.966 at precision 0.975, leaky
	// 0.067, clean masked 0.020; LOCATION 0.932, the others 1.000). Scored blind before: recall 0.950,
	// precision 0.966.
	{file: "dev11.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.09, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.99, Gender: 0.99, Orientation: 0.99, Politics: 0.99, Location: 0.91, Email: 0.99, Person: 0.99},
	}},
	// testdata/dev12.jsonl (English and code-switching): floors under what the engine reached on it at
	// the end of 2026-12-06's first session (policy recall 0.972 at precision 0.986, leaky 0.053,
	// clean masked 0.020; HEALTH 0.920, GENDER 0.985, LOCATION 0.991, the others 1.000). Scored blind
	// before: recall 0.974, precision 0.977.
	{file: "dev12.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.07, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.90, Gender: 0.96, Orientation: 0.99, Politics: 0.99, Location: 0.97, Email: 0.99, Person: 0.99},
	}},
	// testdata/dev13.jsonl (Danish and Swedish services): floors under what the engine reached on it
	// at the end of 2026-12-06's first session (policy recall 0.997 at precision 0.969, leaky 0.006,
	// clean masked 0.052; GENDER 0.988, the others 1.000). Scored blind before: recall 0.985,
	// precision 0.963.
	{file: "dev13.jsonl", f: floors{
		policyRecall: 0.98, policyPrecision: 0.95, allPrecision: 0.96, maxLeaky: 0.03, maxCleanMasked: 0.07,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.99, Gender: 0.96, Orientation: 0.99, Politics: 0.99, Location: 0.99, IP: 0.99, Email: 0.99, Person: 0.99},
	}},
	// testdata/dev14.jsonl (families, schools and care): floors under what the engine reached on it at
	// the end of 2026-12-06's first session (policy recall 0.961 at precision 0.996, leaky 0.138,
	// clean masked 0.000; HEALTH 0.887, GENDER 0.996, LOCATION 0.971, PERSON 0.965, the others 1.000).
	// Scored blind before: recall 0.925, precision 0.977.
	{file: "dev14.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.16, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.86, Gender: 0.97, Orientation: 0.99, Politics: 0.99, Location: 0.95, Email: 0.99, Person: 0.94},
	}},
	// testdata/dev15.jsonl (youth chat): floors under what the engine reached on it at the end of
	// 2026-12-06's first session (policy recall 0.976 at precision 0.994, leaky 0.027, clean masked
	// 0.000; HEALTH 0.938, ORIENTATION 0.889, the others 1.000). Scored blind before: recall 0.944,
	// precision 0.977.
	{file: "dev15.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.91, Gender: 0.99, Orientation: 0.86, Politics: 0.99, Location: 0.99, IP: 0.99, Email: 0.99, Person: 0.99},
	}},
	// testdata/dev16.jsonl (contact details and look-alikes): floors under what the engine reached on
	// it at the end of 2026-12-06's first session (policy recall 0.996 at precision 0.997, leaky
	// 0.007, clean masked 0.000; LOCATION 0.989, the others 1.000). Scored blind before: recall 0.983,
	// precision 0.992.
	{file: "dev16.jsonl", f: floors{
		policyRecall: 0.98, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.03, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.99, Gender: 0.99, Location: 0.96, IP: 0.99, Email: 0.99, Person: 0.99},
	}},
	// testdata/dev17.jsonl (the boundary of health services): floors under what the engine reached on
	// it at the end of 2026-12-06's first session (policy recall 0.962 at precision 0.916, leaky
	// 0.081, clean masked 0.190; HEALTH 0.929, LOCATION 0.984, the others 1.000). Scored blind before:
	// recall 0.936, precision 0.882.
	{file: "dev17.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.90, allPrecision: 0.90, maxLeaky: 0.10, maxCleanMasked: 0.21,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.90, Gender: 0.99, Location: 0.96, Email: 0.99, Person: 0.99},
	}},
	// testdata/dev18.jsonl (lowercase phone chat): floors under what the engine reached on it at
	// 02:40 UTC on 2026-12-06 (policy recall 0.973 at precision 1.000, leaky 0.056, clean masked
	// 0.000). Scored blind before: recall 0.970, precision 1.000.
	{file: "dev18.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.99, allPrecision: 0.99, maxLeaky: 0.08, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.95, Gender: 0.99, Orientation: 0.99, Politics: 0.99, Location: 0.92, IP: 0.99, Email: 0.99, Person: 0.90},
	}},
	// testdata/dev19.jsonl (lowercase phone chat with dialect, 2026-12-06 session 4): floors under what
	// the engine reached after its fixes (policy recall 0.984 at precision 0.995). Scored blind
	// before: all recall 0.951, precision 0.985, leaky 6.3 %.
	{file: "dev19.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.95, Gender: 0.99, Orientation: 0.99, Politics: 0.99, Location: 0.96, IP: 0.99, Email: 0.99, Person: 0.99},
	}},
	// testdata/dev20.jsonl (elderly care, disability, services asked about in general): floors under
	// what the engine reached after its fixes (policy recall 0.957 at precision 0.991, clean masked
	// 0.019). Scored blind before: all recall 0.934, precision 0.967, clean masked 13.5 %.
	{file: "dev20.jsonl", f: floors{
		policyRecall: 0.94, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.11, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.89, Gender: 0.99, Orientation: 0.99, Politics: 0.79, Location: 0.99, IP: 0.99, Email: 0.99, Person: 0.99},
	}},
	// testdata/dev21.jsonl (housing, addresses, local politics): floors under what the engine
	// reached after its fixes (policy recall 0.990 at precision 0.993). Scored blind before: all
	// recall 0.978, precision 0.987.
	{file: "dev21.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.94, Gender: 0.99, Orientation: 0.99, Politics: 0.99, Location: 0.98, IP: 0.99, Email: 0.99, Person: 0.99},
	}},
	// testdata/dev22.jsonl (Danish-heavy everyday chat, 2026-12-06 session 4): floors under what the
	// engine reached after its fixes (policy recall 0.975 at precision 0.992, leaky 0.031, clean masked
	// 0.000). Scored blind before (all recall / precision / leaky / clean masked): 0.974 / 0.974 / 3.8 % / 9.4 %.
	{file: "dev22.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.94, Gender: 0.99, Orientation: 0.99, Politics: 0.99, Location: 0.93, IP: 0.99, Email: 0.99, Person: 0.99},
	}},
	// testdata/dev23.jsonl (Swedish-heavy everyday chat, 2026-12-06 session 4): floors under what the
	// engine reached after its fixes (policy recall 0.991 at precision 0.991, leaky 0.013, clean masked
	// 0.020). Scored blind before (all recall / precision / leaky / clean masked): 0.959 / 0.971 / 5.6 % / 10.2 %.
	{file: "dev23.jsonl", f: floors{
		policyRecall: 0.98, policyPrecision: 0.98, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.97, Gender: 0.99, Orientation: 0.99, Politics: 0.91, Location: 0.99, IP: 0.99, Email: 0.99, Person: 0.99},
	}},
	// testdata/dev24.jsonl (immigrants writing English and learner Nordic, 2026-12-06 session 4): floors under what the
	// engine reached after its fixes (policy recall 0.974 at precision 0.997, leaky 0.050, clean masked
	// 0.041). Scored blind before (all recall / precision / leaky / clean masked): 0.951 / 0.994 / 10.0 % / 4.1 %.
	{file: "dev24.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.08, maxCleanMasked: 0.06,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.89, Gender: 0.99, Orientation: 0.99, Politics: 0.99, Location: 0.97, IP: 0.99, Email: 0.99, Person: 0.99},
	}},
	// testdata/dev25.jsonl (precision: half bot answers, look-alikes, 2026-12-06 session 4): floors under what the
	// engine reached after its fixes (policy recall 1.000 at precision 0.987, leaky 0.000, clean masked
	// 0.026). Scored blind before (all recall / precision / leaky / clean masked): 0.994 / 0.958 / 0.6 % / 7.7 %.
	{file: "dev25.jsonl", f: floors{
		policyRecall: 0.99, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.02, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.99, Gender: 0.99, Orientation: 0.99, Politics: 0.99, Location: 0.99, Email: 0.99, Person: 0.99},
	}},
	// testdata/dev26.jsonl (nynorsk-heavy rural chat, 2026-12-06 session 4): floors under what the
	// engine reached after its fixes (policy recall 0.988 at precision 0.983, leaky 0.019, clean masked
	// 0.040). Scored blind before (all recall / precision / leaky / clean masked): 0.974 / 0.974 / 4.4 % / 8.0 %.
	{file: "dev26.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.06,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.99, Gender: 0.99, Orientation: 0.99, Politics: 0.99, Location: 0.95, IP: 0.99, Email: 0.99, Person: 0.99},
	}},
	// testdata/dev27.jsonl (health information as people write it, and figurative look-alikes, 2026-12-06 session 4): floors under what the
	// engine reached after its fixes (policy recall 0.913 at precision 0.964, leaky 0.175, clean masked
	// 0.088). Scored blind before (all recall / precision / leaky / clean masked): 0.873 / 0.952 / 23.1 % / 17.5 %.
	{file: "dev27.jsonl", f: floors{
		policyRecall: 0.90, policyPrecision: 0.95, allPrecision: 0.95, maxLeaky: 0.20, maxCleanMasked: 0.11,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.83, Gender: 0.99, Orientation: 0.99, Politics: 0.99, Location: 0.97, IP: 0.99, Email: 0.99, Person: 0.99},
	}},
	// testdata/dev28.jsonl (people: names in every way chat writes them, 2026-12-06 session 4): floors under what the
	// engine reached after its fixes (policy recall 0.966 at precision 0.975, leaky 0.069, clean masked
	// 0.074). Scored blind before (all recall / precision / leaky / clean masked): 0.957 / 0.977 / 9.4 % / 7.4 %.
	{file: "dev28.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.09, maxCleanMasked: 0.09,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.87, Gender: 0.97, Orientation: 0.99, Politics: 0.99, Location: 0.97, IP: 0.99, Email: 0.99, Person: 0.96},
	}},
	// testdata/dev29.jsonl (long messages touching several categories, 2026-12-06 session 4): floors under what the
	// engine reached after its fixes (policy recall 0.979 at precision 0.979, leaky 0.133, clean masked
	// 0.033). Scored blind before (all recall / precision / leaky / clean masked): 0.948 / 0.976 / 25.0 % / 3.3 %.
	{file: "dev29.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.16, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.91, Gender: 0.99, Orientation: 0.99, Politics: 0.99, Location: 0.99, IP: 0.99, Email: 0.99, Person: 0.96},
	}},
	// testdata/dev30.jsonl (look-alikes in both directions, 2026-12-06 session 4): floors under what the
	// engine reached after its fixes (policy recall 0.963 at precision 0.992, leaky 0.056, clean masked
	// 0.000). Scored blind before (all recall / precision / leaky / clean masked): 0.926 / 0.981 / 12.5 % / 5.8 %.
	{file: "dev30.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.08, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.87, Gender: 0.99, Orientation: 0.99, Politics: 0.99, Location: 0.97, IP: 0.99, Email: 0.99, Person: 0.99},
	}},
	// testdata/dev31.jsonl (bot answers that address the citizen personally, 2026-12-06 session 4): floors under what the
	// engine reached after its fixes (policy recall 0.994 at precision 0.978, leaky 0.019, clean masked
	// 0.048). Scored blind before (all recall / precision / leaky / clean masked): 0.987 / 0.982 / 3.8 % / 4.8 %.
	{file: "dev31.jsonl", f: floors{
		policyRecall: 0.98, policyPrecision: 0.96, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.07,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.98, Gender: 0.97, Orientation: 0.99, Politics: 0.99, Location: 0.99, IP: 0.99, Email: 0.99, Person: 0.98},
	}},
	// testdata/dev32.jsonl (English from expats, students and refugees, 2026-12-06 session 4): floors under what the
	// engine reached after its fixes (policy recall 0.977 at precision 0.980, leaky 0.056, clean masked
	// 0.038). Scored blind before (all recall / precision / leaky / clean masked): 0.949 / 0.978 / 10.0 % / 3.8 %.
	{file: "dev32.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.08, maxCleanMasked: 0.06,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.91, Gender: 0.98, Orientation: 0.99, Politics: 0.99, Location: 0.98, IP: 0.99, Email: 0.99, Person: 0.94},
	}},
	// testdata/dev33.jsonl (Danish and Swedish lowercase phone chat, 2026-12-06 session 4): floors under what the
	// engine reached after its fixes (policy recall 0.965 at precision 0.973, leaky 0.056, clean masked
	// 0.018). Scored blind before (all recall / precision / leaky / clean masked): 0.951 / 0.975 / 7.5 % / 0 %.
	{file: "dev33.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.08, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.97, Gender: 0.99, Orientation: 0.99, Politics: 0.80, Location: 0.90, IP: 0.99, Email: 0.99, Person: 0.92},
	}},
	// testdata/dev34.jsonl (bokmål everyday traffic, 2026-12-06 session 4): floors under what the
	// engine reached after its fixes (policy recall 0.979 at precision 0.987, leaky 0.037, clean masked
	// 0.000). Scored blind before (all recall / precision / leaky / clean masked): 0.955 / 0.985 / 7.5 % / 0 %.
	{file: "dev34.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.96, Gender: 0.99, Orientation: 0.99, Politics: 0.99, Location: 0.94, IP: 0.99, Email: 0.99, Person: 0.94},
	}},
	// testdata/dev35.jsonl (very short messages, 2026-12-06 session 4): floors under what the
	// engine reached after its fixes (policy recall 0.993 at precision 1.000, leaky 0.005, clean masked
	// 0.000). Scored blind before (all recall / precision / leaky / clean masked): 0.994 / 1.000 / 0.5 % / 0 %.
	{file: "dev35.jsonl", f: floors{
		policyRecall: 0.98, policyPrecision: 0.99, allPrecision: 0.99, maxLeaky: 0.03, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.96, Gender: 0.99, Orientation: 0.99, Politics: 0.99, Location: 0.99, IP: 0.99, Email: 0.99, Person: 0.99},
	}},
	// testdata/dev36.jsonl (Danish and Swedish health and family, 2026-12-06 session 4): floors under what the
	// engine reached after its fixes (policy recall 0.945 at precision 0.951, leaky 0.106, clean masked
	// 0.111). Scored blind before (all recall / precision / leaky / clean masked): 0.930 / 0.953 / 13.8 % / 11.1 %.
	{file: "dev36.jsonl", f: floors{
		policyRecall: 0.93, policyPrecision: 0.94, allPrecision: 0.94, maxLeaky: 0.13, maxCleanMasked: 0.13,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.88, Gender: 0.99, Orientation: 0.99, Politics: 0.99, Location: 0.97, Email: 0.99, Person: 0.99},
	}},
	// testdata/dev37.jsonl (politics and its look-alikes, 2026-12-06 session 4): floors under what the
	// engine reached after its fixes (policy recall 0.977 at precision 0.988, leaky 0.037, clean masked
	// 0.016). Scored blind before (all recall / precision / leaky / clean masked): 0.955 / 0.988 / 7.5 % / 1.6 %.
	{file: "dev37.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.06, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.93, Gender: 0.99, Orientation: 0.99, Politics: 0.95, Location: 0.97, Email: 0.99, Person: 0.99},
	}},
	// testdata/dev38.jsonl (schools, kindergartens and families, 2026-12-06 session 4): floors under what the
	// engine reached after its fixes (policy recall 0.974 at precision 0.977, leaky 0.075, clean masked
	// 0.035). Scored blind before (all recall / precision / leaky / clean masked): 0.949 / 0.968 / 11.9 % / 7.0 %.
	{file: "dev38.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.97, maxLeaky: 0.10, maxCleanMasked: 0.06,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.94, Gender: 0.99, Orientation: 0.99, Politics: 0.99, Location: 0.93, IP: 0.99, Email: 0.99, Person: 0.92},
	}},
	// testdata/dev39.jsonl (work, benefits, taxes and immigration, 2026-12-06 session 4): floors under what the
	// engine reached after its fixes (policy recall 0.987 at precision 1.000, leaky 0.013, clean masked
	// 0.000). Scored blind before (all recall / precision / leaky / clean masked): 0.984 / 0.988 / 1.9 % / 3.5 %.
	{file: "dev39.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.99, allPrecision: 0.99, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.96, Gender: 0.99, Orientation: 0.99, Politics: 0.99, Location: 0.97, IP: 0.99, Email: 0.99, Person: 0.99},
	}},
	// testdata/dev40.jsonl (capitals, capitalised words, emoji and pasted forms, 2026-12-06 session 4): floors under what the
	// engine reached after its fixes (policy recall 0.992 at precision 0.988, leaky 0.019, clean masked
	// 0.057). Scored blind before (all recall / precision / leaky / clean masked): 0.990 / 0.990 / 1.9 % / 5.7 %.
	{file: "dev40.jsonl", f: floors{
		policyRecall: 0.98, policyPrecision: 0.97, allPrecision: 0.98, maxLeaky: 0.04, maxCleanMasked: 0.08,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.96, Gender: 0.99, Orientation: 0.99, Politics: 0.99, Location: 0.99, IP: 0.99, Email: 0.99, Person: 0.95},
	}},
	// testdata/dev41.jsonl (elderly writers and their grown children, 2026-12-06 session 4): floors under what the
	// engine reached after its fixes (policy recall 0.972 at precision 0.998, leaky 0.087, clean masked
	// 0.000). Scored blind before (all recall / precision / leaky / clean masked): 0.949 / 0.983 / 14.4 % / 13.2 %.
	{file: "dev41.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.11, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.90, Gender: 0.97, Orientation: 0.99, Politics: 0.99, Location: 0.99, IP: 0.99, Email: 0.99, Person: 0.97},
	}},
	// testdata/dev42.jsonl (teenagers and students, 2026-12-06 session 4): floors under what the
	// engine reached after its fixes (policy recall 0.971 at precision 0.985, leaky 0.037, clean masked
	// 0.000). Scored blind before (all recall / precision / leaky / clean masked): 0.960 / 0.977 / 5.6 % / 2.0 %.
	{file: "dev42.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.89, Gender: 0.99, Orientation: 0.99, Politics: 0.99, Location: 0.99, IP: 0.99, Email: 0.99, Person: 0.99},
	}},
	// testdata/heldout7.jsonl (blind: two weeks of a log in varied styles, 2026-12-06 session 4): floors set under what the engine
	// reached on it with that session's final rules (policy recall 0.976 at precision 0.988, leaky 0.040,
	// clean masked 0.000); its misses are never listed. Readings: at 03:04 (the session start build): all recall 0.955, precision 0.992, leaky 6.0 %; final 0.970 / 0.992 / 4.0 %.
	{file: "heldout7.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.94, Gender: 0.99, Orientation: 0.99, Politics: 0.99, Location: 0.94, IP: 0.99, Email: 0.99, Person: 0.84},
	}},
	// testdata/heldout8.jsonl (blind: a month of a log, all styles, 2026-12-06 session 4): floors set under what the engine
	// reached on it with that session's final rules (policy recall 0.981 at precision 0.988, leaky 0.025,
	// clean masked 0.016); its misses are never listed. Readings: at 03:29: 0.983 / 0.990 / 2.5 %; its figures were used to bisect one regression (see testdata/README.md); final 0.983 / 0.990 / 2.5 %.
	{file: "heldout8.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.94, Gender: 0.99, Orientation: 0.99, Politics: 0.93, Location: 0.97, IP: 0.99, Email: 0.99, Person: 0.99},
	}},
	// testdata/heldout9.jsonl (blind: an ordinary month of a log, 2026-12-06 session 4): floors set under what the engine
	// reached on it with that session's final rules (policy recall 0.959 at precision 0.982, leaky 0.070,
	// clean masked 0.046); its misses are never listed. Readings: once, with the final rules: 0.956 / 0.982 / 7.0 %, clean masked 4.6 %.
	{file: "heldout9.jsonl", blind: true, f: floors{
		policyRecall: 0.94, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.10, maxCleanMasked: 0.07,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.89, Gender: 0.99, Orientation: 0.99, Politics: 0.99, Location: 0.94, IP: 0.99, Email: 0.99, Person: 0.91},
	}},
	// testdata/dev43.jsonl (mixed traffic, places and people named in passing, 2026-12-06 session 4): floors under what the
	// engine reached after its fixes (policy recall 0.973 at precision 0.992, leaky 0.050, clean masked
	// 0.020). Scored blind before (all recall / precision / leaky / clean masked): 0.966 / 0.990 / 6.3 % / 2.0 %.
	{file: "dev43.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.98, allPrecision: 0.97, maxLeaky: 0.08, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.92, Gender: 0.99, Orientation: 0.99, Politics: 0.99, Location: 0.96, IP: 0.99, Email: 0.99, Person: 0.96},
	}},
	// testdata/dev44.jsonl (everything typed in lower case, 2026-12-06 session 4): floors under what the
	// engine reached after its fixes (policy recall 0.985 at precision 0.995, leaky 0.025, clean masked
	// 0.019). Scored blind before (all recall / precision / leaky / clean masked): 0.977 / 0.991 / 3.1 % / 1.9 %.
	{file: "dev44.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.05, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.97, Gender: 0.99, Orientation: 0.99, Politics: 0.90, Location: 0.94, IP: 0.99, Email: 0.99, Person: 0.90},
	}},
	// testdata/dev45.jsonl (health told in everyday words, nb/nn heavy, 2026-12-06 session 5): floors under what the engine reached (policy recall 0.957 at precision 0.954, leaky 0.075, clean masked 0.151).
	{file: "dev45.jsonl", f: floors{
		policyRecall: 0.94, policyPrecision: 0.94, allPrecision: 0.94, maxLeaky: 0.10, maxCleanMasked: 0.18,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.90, Gender: 0.98, Orientation: 0.99, Politics: 0.99, Location: 0.98, IP: 0.99, Email: 0.99, Person: 0.98},
	}},
	// testdata/dev46.jsonl (Danish and Swedish everyday chat, 2026-12-06 session 5): floors under what the engine reached (policy recall 0.970 at precision 0.979, leaky 0.062, clean masked 0.038).
	{file: "dev46.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.09, maxCleanMasked: 0.06,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.86, Gender: 0.98, Orientation: 0.98, Politics: 0.98, Location: 0.98, IP: 0.98, Email: 0.98, Person: 0.98},
	}},
	// testdata/dev47.jsonl (geolocation in all its forms, 2026-12-06 session 5): floors under what the engine reached (policy recall 0.976 at precision 0.996, leaky 0.037, clean masked 0.000).
	{file: "dev47.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.98, Gender: 0.98, Orientation: 0.98, Politics: 0.98, Location: 0.95, IP: 0.99, Email: 0.98, Person: 0.98},
	}},
	// testdata/dev48.jsonl (political preferences and look-alikes, 2026-12-06 session 5): floors under what the engine reached (policy recall 0.961 at precision 0.965, leaky 0.056, clean masked 0.017).
	{file: "dev48.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.95, allPrecision: 0.95, maxLeaky: 0.08, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.86, Gender: 0.98, Orientation: 0.98, Politics: 0.95, Location: 0.89, IP: 0.99, Email: 0.99, Person: 0.98},
	}},
	// testdata/dev49.jsonl (people, gender and orientation, 2026-12-06 session 5): floors under what the engine reached (policy recall 0.984 at precision 0.980, leaky 0.031, clean masked 0.036).
	{file: "dev49.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.06, maxCleanMasked: 0.06,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.92, Gender: 0.97, Orientation: 0.98, Politics: 0.99, Location: 0.98, IP: 0.99, Email: 0.98, Person: 0.95},
	}},
	// testdata/dev50.jsonl (Norwegian phone chat in lower case, 2026-12-06 session 5): floors under what the engine reached (policy recall 0.963 at precision 0.986, leaky 0.056, clean masked 0.000).
	{file: "dev50.jsonl", f: floors{
		policyRecall: 0.94, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.09, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.93, Gender: 0.98, Orientation: 0.98, Politics: 0.86, Location: 0.89, IP: 0.98, Email: 0.98, Person: 0.90},
	}},
	// testdata/dev51.jsonl (Danish and Norwegian health and care, many bot answers, 2026-12-06 session 5): floors under what the engine reached (policy recall 0.918 at precision 0.883, leaky 0.138, clean masked 0.185).
	{file: "dev51.jsonl", f: floors{
		policyRecall: 0.90, policyPrecision: 0.87, allPrecision: 0.88, maxLeaky: 0.16, maxCleanMasked: 0.21,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.84, Gender: 0.96, Orientation: 0.98, Politics: 0.98, Location: 0.98, IP: 0.98, Email: 0.98, Person: 0.88},
	}},
	// testdata/dev52.jsonl (Swedish and expat English to a Swedish kommun, 2026-12-06 session 5): floors under what the engine reached (policy recall 0.978 at precision 0.963, leaky 0.044, clean masked 0.096).
	{file: "dev52.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.95, allPrecision: 0.95, maxLeaky: 0.07, maxCleanMasked: 0.12,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.91, Gender: 0.98, Orientation: 0.98, Politics: 0.98, Location: 0.97, IP: 0.98, Email: 0.98, Person: 0.91},
	}},
	// testdata/dev53.jsonl (long messages and long bot answers, 2026-12-06 session 5): floors under what the engine reached (policy recall 0.981 at precision 0.969, leaky 0.108, clean masked 0.070).
	{file: "dev53.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.95, allPrecision: 0.96, maxLeaky: 0.13, maxCleanMasked: 0.09,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.93, Gender: 0.98, Orientation: 0.98, Politics: 0.98, Location: 0.97, IP: 0.98, Email: 0.98, Person: 0.98},
	}},
	// testdata/dev54.jsonl (people named in lower case, 2026-12-06 session 5): floors under what the engine reached (policy recall 0.948 at precision 1.000, leaky 0.200, clean masked 0.000).
	{file: "dev54.jsonl", f: floors{
		policyRecall: 0.93, policyPrecision: 0.99, allPrecision: 0.99, maxLeaky: 0.22, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.89, Gender: 0.97, Orientation: 0.98, Politics: 0.98, Location: 0.84, IP: 0.99, Email: 0.98, Person: 0.80},
	}},
	// testdata/dev55.jsonl (nynorsk, dialect and Danish from rural municipalities, 2026-12-06 session 5): floors under what the engine reached (policy recall 0.945 at precision 0.985, leaky 0.125, clean masked 0.019).
	{file: "dev55.jsonl", f: floors{
		policyRecall: 0.93, policyPrecision: 0.97, allPrecision: 0.96, maxLeaky: 0.15, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.85, Gender: 0.98, Orientation: 0.98, Politics: 0.92, Location: 0.97, IP: 0.98, Email: 0.98, Person: 0.90},
	}},
	// testdata/dev56.jsonl (immigrants' English and learner Nordic, 2026-12-06 session 5): floors under what the engine reached (policy recall 0.959 at precision 0.994, leaky 0.100, clean masked 0.000).
	{file: "dev56.jsonl", f: floors{
		policyRecall: 0.94, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.13, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.87, Gender: 0.98, Orientation: 0.98, Politics: 0.92, Location: 0.93, IP: 0.98, Email: 0.98, Person: 0.86},
	}},
	// testdata/dev57.jsonl (health told without medical terms, sv/en/da, 2026-12-06 session 5): floors under what the engine reached (policy recall 0.729 at precision 0.974, leaky 0.469, clean masked 0.170).
	{file: "dev57.jsonl", f: floors{
		policyRecall: 0.71, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.49, maxCleanMasked: 0.19,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.49, Gender: 0.97, Orientation: 0.99, Politics: 0.99, Location: 0.96, IP: 0.99, Email: 0.98, Person: 0.98},
	}},
	// testdata/dev58.jsonl (relatives writing about someone they care for, nb/nn/sv, 2026-12-06 session 5): floors under what the engine reached (policy recall 0.929 at precision 0.976, leaky 0.194, clean masked 0.052).
	{file: "dev58.jsonl", f: floors{
		policyRecall: 0.91, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.22, maxCleanMasked: 0.08,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.82, Gender: 0.97, Orientation: 0.98, Politics: 0.98, Location: 0.96, IP: 0.98, Email: 0.98, Person: 0.98},
	}},
	// testdata/dev59.jsonl (Danish and Swedish phone chat in lower case, 2026-12-06 session 5): floors under what the engine reached (policy recall 0.972 at precision 0.983, leaky 0.062, clean masked 0.000).
	{file: "dev59.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.09, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.98, Gender: 0.96, Orientation: 0.98, Politics: 0.92, Location: 0.92, IP: 0.98, Email: 0.98, Person: 0.88},
	}},
	// testdata/dev60.jsonl (everyday bokmål and nynorsk on all services, 2026-12-06 session 5): floors under what the engine reached (policy recall 0.990 at precision 0.970, leaky 0.013, clean masked 0.019).
	{file: "dev60.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.04, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.96, Gender: 0.98, Orientation: 0.98, Politics: 0.98, Location: 0.95, IP: 0.98, Email: 0.98, Person: 0.98},
	}},
	// testdata/dev61.jsonl (unusual typography: capitals, titled words, missing spaces, nb/da/sv/en, 2026-12-06 session 5): floors under what the engine reached (policy recall 0.980 at precision 0.975, leaky 0.037, clean masked 0.057).
	{file: "dev61.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.06, maxCleanMasked: 0.08,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.96, Gender: 0.98, Orientation: 0.89, Politics: 0.93, Location: 0.94, IP: 0.98, Email: 0.98, Person: 0.94},
	}},
	// testdata/dev62.jsonl (nynorsk and dialect chat about health, family and homes, 2026-12-06 session 6): floors under what the engine reached (policy recall 0.969 at precision 0.987, leaky 0.056, clean masked 0.000).
	{file: "dev62.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.08, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.91, Gender: 0.98, Orientation: 0.98, Politics: 0.98, Location: 0.97, IP: 0.98, Email: 0.98, Person: 0.98},
	}},
	// testdata/dev63.jsonl (Swedish chat about elder care, LSS, school and social services, 2026-12-06 session 6): floors under what the engine reached (policy recall 0.963 at precision 1.000, leaky 0.087, clean masked 0.018).
	{file: "dev63.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.99, allPrecision: 0.98, maxLeaky: 0.11, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.88, Gender: 0.98, Orientation: 0.98, Politics: 0.98, Location: 0.97, IP: 0.98, Email: 0.98, Person: 0.98},
	}},
	// testdata/dev64.jsonl (Danish chat about home care, job centre and benefits, many lowercase names, 2026-12-06 session 6): floors under what the engine reached (policy recall 0.990 at precision 0.983, leaky 0.019, clean masked 0.019).
	{file: "dev64.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.97, Gender: 0.98, Orientation: 0.98, Politics: 0.98, Location: 0.97, IP: 0.98, Email: 0.98, Person: 0.98},
	}},
	// testdata/dev65.jsonl (English of residents and newcomers with local words, 2026-12-06 session 6): floors under what the engine reached (policy recall 1.000 at precision 0.995, leaky 0.000, clean masked 0.000).
	{file: "dev65.jsonl", f: floors{
		policyRecall: 0.99, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.02, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.98, Gender: 0.98, Orientation: 0.98, Politics: 0.98, Location: 0.98, IP: 0.98, Email: 0.98, Person: 0.98},
	}},
	// testdata/dev66.jsonl (bokmål from cities and suburbs: relatives, care, housing, schools, addresses, 2026-12-06 session 6): floors under what the engine reached (policy recall 0.994 at precision 0.994, leaky 0.019, clean masked 0.000).
	{file: "dev66.jsonl", f: floors{
		policyRecall: 0.98, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.97, Gender: 0.98, Orientation: 0.98, Politics: 0.98, Location: 0.98, IP: 0.98, Email: 0.98, Person: 0.94},
	}},
	// testdata/dev67.jsonl (Swedish and Danish youth and parents: school, identity, politics, health, 2026-12-06 session 6): floors under what the engine reached (policy recall 0.975 at precision 0.983, leaky 0.044, clean masked 0.018).
	{file: "dev67.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.07, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.91, Gender: 0.98, Orientation: 0.98, Politics: 0.98, Location: 0.96, IP: 0.98, Email: 0.98, Person: 0.91},
	}},
	// testdata/dev68.jsonl (two in five messages bot answers that refer to what the user told, all five languages, 2026-12-06 session 6): floors under what the engine reached (policy recall 0.988 at precision 0.991, leaky 0.025, clean masked 0.000).
	{file: "dev68.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.97, Gender: 0.98, Orientation: 0.98, Politics: 0.98, Location: 0.96, IP: 0.98, Email: 0.98, Person: 0.98},
	}},
	// testdata/dev69.jsonl (health in Norwegian and English, medical and everyday words, 2026-12-06 session 6): floors under what the engine reached (policy recall 0.948 at precision 0.997, leaky 0.094, clean masked 0.000).
	{file: "dev69.jsonl", f: floors{
		policyRecall: 0.93, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.12, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.90, Gender: 0.98, Orientation: 0.98, Politics: 0.98, Location: 0.96, IP: 0.98, Email: 0.98, Person: 0.98},
	}},
	// testdata/dev70.jsonl (Danish from older citizens and their families, 2026-12-06 session 6): floors under what the engine reached (policy recall 0.973 at precision 0.983, leaky 0.050, clean masked 0.018).
	{file: "dev70.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.08, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.92, Gender: 0.98, Orientation: 0.98, Politics: 0.98, Location: 0.96, IP: 0.98, Email: 0.98, Person: 0.98},
	}},
	// testdata/dev71.jsonl (teenagers and young adults in bokmål and nynorsk, 2026-12-06 session 6): floors under what the engine reached (policy recall 1.000 at precision 0.985, leaky 0.000, clean masked 0.018).
	{file: "dev71.jsonl", f: floors{
		policyRecall: 0.99, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.02, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.98, Gender: 0.98, Orientation: 0.98, Politics: 0.98, Location: 0.98, IP: 0.98, Email: 0.98, Person: 0.98},
	}},
	// testdata/dev72.jsonl (Swedish everyday chat from all kinds of citizens, 2026-12-06 session 6): floors under what the engine reached (policy recall 0.965 at precision 1.000, leaky 0.062, clean masked 0.000).
	{file: "dev72.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.99, allPrecision: 0.98, maxLeaky: 0.09, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.90, Gender: 0.97, Orientation: 0.98, Politics: 0.98, Location: 0.95, IP: 0.98, Email: 0.98, Person: 0.96},
	}},
	// testdata/dev73.jsonl (English mixed with Norwegian, Danish or Swedish in one message, 2026-12-06 session 6): floors under what the engine reached (policy recall 0.983 at precision 0.991, leaky 0.025, clean masked 0.018).
	{file: "dev73.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.05, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.97, Gender: 0.96, Orientation: 0.98, Politics: 0.98, Location: 0.96, IP: 0.98, Email: 0.98, Person: 0.98},
	}},
	// testdata/dev74.jsonl (formal bokmål pasted from letters and forms, 2026-12-06 session 6): floors under what the engine reached (policy recall 0.988 at precision 0.980, leaky 0.019, clean masked 0.018).
	{file: "dev74.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.96, Gender: 0.98, Orientation: 0.98, Politics: 0.98, Location: 0.97, IP: 0.98, Email: 0.98, Person: 0.98},
	}},
	// testdata/dev75.jsonl (nynorsk everyday chat from villages and small towns, 2026-12-06 session 6): floors under what the engine reached (policy recall 0.992 at precision 0.988, leaky 0.013, clean masked 0.018).
	{file: "dev75.jsonl", f: floors{
		policyRecall: 0.98, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.97, Gender: 0.98, Orientation: 0.98, Politics: 0.98, Location: 0.97, IP: 0.98, Email: 0.98, Person: 0.98},
	}},
	// testdata/dev76.jsonl (Danish young people and families, lowercase and slang, 2026-12-06 session 6): floors under what the engine reached (policy recall 0.974 at precision 0.996, leaky 0.037, clean masked 0.000).
	{file: "dev76.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.90, Gender: 0.98, Orientation: 0.98, Politics: 0.98, Location: 0.97, IP: 0.98, Email: 0.98, Person: 0.98},
	}},
	// testdata/dev77.jsonl (English of foreign retirees, tourists and seasonal workers, 2026-12-06 session 6): floors under what the engine reached (policy recall 0.981 at precision 0.994, leaky 0.044, clean masked 0.018).
	{file: "dev77.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.07, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.92, Gender: 0.98, Orientation: 0.98, Politics: 0.94, Location: 0.98, IP: 0.98, Email: 0.98, Person: 0.96},
	}},
	// testdata/dev78.jsonl (long messages about elder care, disability services and schools in bokmål, Swedish and Danish, 2026-12-06 session 6): floors under what the engine reached (policy recall 0.975 at precision 0.977, leaky 0.094, clean masked 0.019).
	{file: "dev78.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.12, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.91, Gender: 0.98, Orientation: 0.98, Politics: 0.98, Location: 0.97, IP: 0.98, Email: 0.98, Person: 0.98},
	}},
	// testdata/dev79.jsonl (contact details and numbers in all five languages, 2026-12-06 session 6): floors under what the engine reached (policy recall 0.979 at precision 0.996, leaky 0.031, clean masked 0.017).
	{file: "dev79.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.06, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.89, Gender: 0.98, Orientation: 0.98, Politics: 0.98, Location: 0.98, IP: 0.98, Email: 0.98, Person: 0.96},
	}},
	// testdata/dev80.jsonl (politics in all five languages with look-alike words, 2026-12-06 session 6): floors under what the engine reached (policy recall 0.990 at precision 0.985, leaky 0.013, clean masked 0.035).
	{file: "dev80.jsonl", f: floors{
		policyRecall: 0.98, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.06,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.93, Gender: 0.98, Orientation: 0.98, Politics: 0.98, Location: 0.97, IP: 0.98, Email: 0.98, Person: 0.98},
	}},
	// testdata/dev81.jsonl (places in all five languages, 2026-12-06 session 6): floors under what the engine reached (policy recall 0.980 at precision 0.984, leaky 0.031, clean masked 0.018).
	{file: "dev81.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.06, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.98, Gender: 0.98, Orientation: 0.98, Politics: 0.98, Location: 0.95, IP: 0.98, Email: 0.98, Person: 0.98},
	}},
	// testdata/dev83.jsonl (Swedish and Danish health in everyday words, 2026-12-06 session 6): floors under what the engine reached (policy recall 0.939 at precision 0.982, leaky 0.119, clean masked 0.019).
	{file: "dev83.jsonl", f: floors{
		policyRecall: 0.92, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.14, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.88, Gender: 0.98, Orientation: 0.98, Politics: 0.98, Location: 0.96, IP: 0.98, Email: 0.98, Person: 0.98},
	}},
	// testdata/dev84.jsonl (gender identity, orientation and family structures in all five languages, 2026-12-06 session 6): floors under what the engine reached (policy recall 0.984 at precision 0.996, leaky 0.019, clean masked 0.000).
	{file: "dev84.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.89, Gender: 0.98, Orientation: 0.98, Politics: 0.98, Location: 0.98, IP: 0.98, Email: 0.98, Person: 0.98},
	}},
	// testdata/dev85.jsonl (names of every kind in all five languages, 2026-12-06 session 6): floors under what the engine reached (policy recall 0.985 at precision 1.000, leaky 0.062, clean masked 0.074).
	{file: "dev85.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.99, allPrecision: 0.97, maxLeaky: 0.09, maxCleanMasked: 0.10,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.96, Gender: 0.98, Orientation: 0.98, Politics: 0.98, Location: 0.96, IP: 0.98, Email: 0.98, Person: 0.90},
	}},
	// testdata/dev86.jsonl (an ordinary week of a Norwegian log in bokmål, 2026-12-06 session 6): floors under what the engine reached (policy recall 0.985 at precision 0.980, leaky 0.019, clean masked 0.019).
	{file: "dev86.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.04, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.95, Gender: 0.98, Orientation: 0.98, Politics: 0.98, Location: 0.96, IP: 0.98, Email: 0.98, Person: 0.98},
	}},
	// testdata/dev87.jsonl (the bot answering about the user's own case in bokmål and nynorsk, 2026-12-06 session 6): floors under what the engine reached (policy recall 0.946 at precision 0.990, leaky 0.075, clean masked 0.000).
	{file: "dev87.jsonl", f: floors{
		policyRecall: 0.93, policyPrecision: 0.97, allPrecision: 0.96, maxLeaky: 0.10, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.85, Gender: 0.98, Orientation: 0.98, Politics: 0.98, Location: 0.98, IP: 0.98, Email: 0.98, Person: 0.94},
	}},
	// testdata/dev88.jsonl (an ordinary week of a Danish log, 2026-12-06 session 6): floors under what the engine reached (policy recall 0.977 at precision 1.000, leaky 0.031, clean masked 0.038).
	{file: "dev88.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.99, allPrecision: 0.97, maxLeaky: 0.06, maxCleanMasked: 0.06,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.97, Gender: 0.98, Orientation: 0.98, Politics: 0.98, Location: 0.91, IP: 0.98, Email: 0.98, Person: 0.98},
	}},
	// testdata/dev89.jsonl (an ordinary week of a Swedish log with newcomers' English, 2026-12-06 session 6): floors under what the engine reached (policy recall 0.972 at precision 1.000, leaky 0.037, clean masked 0.019).
	{file: "dev89.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.99, allPrecision: 0.97, maxLeaky: 0.06, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.90, Gender: 0.98, Orientation: 0.98, Politics: 0.98, Location: 0.96, IP: 0.98, Email: 0.98, Person: 0.98},
	}},
	// testdata/dev90.jsonl (bokmål citizens of all ages over a month, 2026-12-06 session 6): floors under what the engine reached (policy recall 0.996 at precision 0.993, leaky 0.006, clean masked 0.000).
	{file: "dev90.jsonl", f: floors{
		policyRecall: 0.98, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.03, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.98, Gender: 0.97, Orientation: 0.98, Politics: 0.98, Location: 0.98, IP: 0.98, Email: 0.98, Person: 0.98},
	}},
	// testdata/dev91.jsonl (Danish citizens of all ages over a month, 2026-12-06 session 6): floors under what the engine reached (policy recall 0.971 at precision 0.979, leaky 0.050, clean masked 0.018).
	{file: "dev91.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.97, maxLeaky: 0.08, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.91, Gender: 0.98, Orientation: 0.98, Politics: 0.98, Location: 0.95, IP: 0.98, Email: 0.98, Person: 0.93},
	}},
	// testdata/dev92.jsonl (English and nynorsk citizens of all ages, 2026-12-06 session 6): floors under what the engine reached (policy recall 0.978 at precision 0.994, leaky 0.031, clean masked 0.000).
	{file: "dev92.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.92, Gender: 0.98, Orientation: 0.98, Politics: 0.92, Location: 0.97, IP: 0.98, Email: 0.98, Person: 0.98},
	}},
	// testdata/dev93.jsonl (nynorsk and dialect: everyday health, family and care services, 2026-12-06 session 7): floors under what the engine reached (policy recall 0.978 at precision 0.972, leaky 0.050, clean masked 0.020).
	{file: "dev93.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.95, allPrecision: 0.95, maxLeaky: 0.08, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.92, IP: 0.97, Email: 0.97, Person: 0.88},
	}},
	// testdata/dev94.jsonl (Swedish-heavy: elder care, disability, aids, everyday symptoms, lowercase towns, 2026-12-06 session 7): floors under what the engine reached (policy recall 0.942 at precision 0.975, leaky 0.138, clean masked 0.080).
	{file: "dev94.jsonl", f: floors{
		policyRecall: 0.92, policyPrecision: 0.95, allPrecision: 0.95, maxLeaky: 0.17, maxCleanMasked: 0.10,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.86, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.91, IP: 0.97, Email: 0.97, Person: 0.75},
	}},
	// testdata/dev95.jsonl (Danish-heavy: schools, housing, benefits, local politics, 2026-12-06 session 7): floors under what the engine reached (policy recall 0.992 at precision 0.992, leaky 0.013, clean masked 0.020).
	{file: "dev95.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.93, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev96.jsonl (newcomers: mixed-language chat, names of many origins, residence and health, 2026-12-06 session 7): floors under what the engine reached (policy recall 0.989 at precision 1.000, leaky 0.025, clean masked 0.000).
	{file: "dev96.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.92, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.94},
	}},
	// testdata/dev97.jsonl (rushed phone chat in bokmål and Danish: typos, no capitals, places and names that are words, 2026-12-06 session 7): floors under what the engine reached (policy recall 0.934 at precision 0.987, leaky 0.113, clean masked 0.018).
	{file: "dev97.jsonl", f: floors{
		policyRecall: 0.91, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.14, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.88, Gender: 0.97, Orientation: 0.97, Politics: 0.87, Location: 0.74, IP: 0.97, Email: 0.97, Person: 0.78},
	}},
	// testdata/dev98.jsonl (everyday health in plain words, split compounds, in all five languages, 2026-12-06 session 7): floors under what the engine reached (policy recall 0.980 at precision 0.985, leaky 0.050, clean masked 0.000).
	{file: "dev98.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.97, maxLeaky: 0.08, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.95, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.98, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev99.jsonl (places in every form chat writes them, 2026-12-06 session 7): floors under what the engine reached (policy recall 0.978 at precision 1.000, leaky 0.031, clean masked 0.000).
	{file: "dev99.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.98, Politics: 0.98, Location: 0.94, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev100.jsonl (people named every way, with kinship and titles, 2026-12-06 session 7): floors under what the engine reached (policy recall 0.989 at precision 0.985, leaky 0.037, clean masked 0.020).
	{file: "dev100.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.07, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.97, Orientation: 0.97, Politics: 0.88, Location: 0.97, IP: 0.98, Email: 0.97, Person: 0.93},
	}},
	// testdata/dev101.jsonl (long messages: the bot repeats details back and citizens correct it, 2026-12-06 session 7): floors under what the engine reached (policy recall 0.973 at precision 0.979, leaky 0.100, clean masked 0.075).
	{file: "dev101.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.13, maxCleanMasked: 0.10,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.91, Gender: 0.96, Orientation: 0.97, Politics: 0.97, Location: 0.94, IP: 0.98, Email: 0.97, Person: 0.95},
	}},
	// testdata/dev102.jsonl (sensitive topics told indirectly: pregnancy and loss, identity, opinions, 2026-12-06 session 7): floors under what the engine reached (policy recall 0.987 at precision 0.984, leaky 0.025, clean masked 0.018).
	{file: "dev102.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.05, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.91, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.98, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev103.jsonl (numbers and identifiers of every kind with their near-misses, 2026-12-06 session 7): floors under what the engine reached (policy recall 0.996 at precision 0.996, leaky 0.006, clean masked 0.018).
	{file: "dev103.jsonl", f: floors{
		policyRecall: 0.98, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.04, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev104.jsonl (Swedish-heavy everyday lowercase chat with small towns and districts, 2026-12-06 session 7): floors under what the engine reached (policy recall 0.966 at precision 0.993, leaky 0.075, clean masked 0.020).
	{file: "dev104.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.10, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.92, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.87, IP: 0.97, Email: 0.97, Person: 0.89},
	}},
	// testdata/dev105.jsonl (Danish-heavy everyday lowercase chat with towns, streets and names that are words, 2026-12-06 session 7): floors under what the engine reached (policy recall 0.977 at precision 0.977, leaky 0.044, clean masked 0.056).
	{file: "dev105.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.07, maxCleanMasked: 0.08,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.92, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.94, IP: 0.98, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev106.jsonl (teenagers and young adults: slang, identity, first votes, 2026-12-06 session 7): floors under what the engine reached (policy recall 0.995 at precision 0.975, leaky 0.006, clean masked 0.000).
	{file: "dev106.jsonl", f: floors{
		policyRecall: 0.98, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.95, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev107.jsonl (English-heavy: residents from abroad, Nordic names inside English sentences, 2026-12-06 session 7): floors under what the engine reached (policy recall 0.997 at precision 0.990, leaky 0.006, clean masked 0.019).
	{file: "dev107.jsonl", f: floors{
		policyRecall: 0.98, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev108.jsonl (nynorsk-heavy: farms, ferries, villages, care and local politics, 2026-12-06 session 7): floors under what the engine reached (policy recall 0.980 at precision 0.963, leaky 0.031, clean masked 0.038).
	{file: "dev108.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.94, allPrecision: 0.95, maxLeaky: 0.06, maxCleanMasked: 0.06,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.95, Orientation: 0.97, Politics: 0.97, Location: 0.92, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev109.jsonl (precision probes: two thirds clean near-misses, 2026-12-06 session 7): floors under what the engine reached (policy recall 1.000 at precision 0.990, leaky 0.000, clean masked 0.000).
	{file: "dev109.jsonl", f: floors{
		policyRecall: 0.98, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.03, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev110.jsonl (bokmål-heavy everyday questions with the bot's answers, 2026-12-06 session 7): floors under what the engine reached (policy recall 1.000 at precision 0.981, leaky 0.000, clean masked 0.060).
	{file: "dev110.jsonl", f: floors{
		policyRecall: 0.98, policyPrecision: 0.96, allPrecision: 0.95, maxLeaky: 0.03, maxCleanMasked: 0.08,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev111.jsonl (Danish-heavy everyday questions with the bot's answers, 2026-12-06 session 7): floors under what the engine reached (policy recall 0.986 at precision 0.979, leaky 0.025, clean masked 0.019).
	{file: "dev111.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.05, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev112.jsonl (English- and Swedish-heavy everyday questions with the bot's answers, 2026-12-06 session 7): floors under what the engine reached (policy recall 0.988 at precision 0.992, leaky 0.019, clean masked 0.000).
	{file: "dev112.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.92, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev113.jsonl (health, care and family in the dev corpus's language mix, 2026-12-06 session 7): floors under what the engine reached (policy recall 0.964 at precision 0.964, leaky 0.062, clean masked 0.109).
	{file: "dev113.jsonl", f: floors{
		policyRecall: 0.94, policyPrecision: 0.94, allPrecision: 0.95, maxLeaky: 0.09, maxCleanMasked: 0.13,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.89, Gender: 0.96, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev114.jsonl (people, places, addresses and numbers in the dev corpus's language mix, 2026-12-06 session 7): floors under what the engine reached (policy recall 0.948 at precision 0.995, leaky 0.069, clean masked 0.038).
	{file: "dev114.jsonl", f: floors{
		policyRecall: 0.93, policyPrecision: 0.98, allPrecision: 0.97, maxLeaky: 0.10, maxCleanMasked: 0.06,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.30, Gender: 0.95, Orientation: 0.98, Politics: 0.97, Location: 0.89, IP: 0.97, Email: 0.97, Person: 0.92},
	}},
	// testdata/dev115.jsonl (opinions and identities told casually in the dev corpus's language mix, 2026-12-06 session 7): floors under what the engine reached (policy recall 0.969 at precision 0.990, leaky 0.050, clean masked 0.000).
	{file: "dev115.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.08, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.90, Gender: 0.95, Orientation: 0.97, Politics: 0.87, Location: 0.97, IP: 0.98, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev116.jsonl (a Tuesday of a log in the dev corpus's language mix, 2026-12-06 session 7): floors under what the engine reached (policy recall 0.995 at precision 0.995, leaky 0.006, clean masked 0.000).
	{file: "dev116.jsonl", f: floors{
		policyRecall: 0.98, policyPrecision: 0.98, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.95, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev117.jsonl (the elderly and their children on care, health, housing and money, 2026-12-06 session 7): floors under what the engine reached (policy recall 0.976 at precision 0.961, leaky 0.056, clean masked 0.051).
	{file: "dev117.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.94, allPrecision: 0.94, maxLeaky: 0.09, maxCleanMasked: 0.08,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.90, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev118.jsonl (parents on children: kindergarten, school, health, special needs, 2026-12-06 session 7): floors under what the engine reached (policy recall 0.962 at precision 0.993, leaky 0.087, clean masked 0.000).
	{file: "dev118.jsonl", f: floors{
		policyRecall: 0.94, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.12, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.86, Gender: 0.96, Orientation: 0.97, Politics: 0.97, Location: 0.94, IP: 0.97, Email: 0.97, Person: 0.91},
	}},
	// testdata/dev119.jsonl (people with disabilities and their carers in the dev corpus's language mix, 2026-12-06 session 7): floors under what the engine reached (policy recall 0.976 at precision 0.982, leaky 0.050, clean masked 0.018).
	{file: "dev119.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.08, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.92, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev120.jsonl (residents writing in their second language, 2026-12-06 session 7): floors under what the engine reached (policy recall 0.996 at precision 1.000, leaky 0.013, clean masked 0.000).
	{file: "dev120.jsonl", f: floors{
		policyRecall: 0.98, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.93},
	}},
	// testdata/dev121.jsonl (a Friday evening and weekend of a log, 2026-12-06 session 7): floors under what the engine reached (policy recall 0.988 at precision 0.975, leaky 0.019, clean masked 0.018).
	{file: "dev121.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.05, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.92, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev122.jsonl (a Monday morning of a log in the dev corpus's language mix, 2026-12-06 session 7): floors under what the engine reached (policy recall 0.995 at precision 0.985, leaky 0.006, clean masked 0.000).
	{file: "dev122.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev123.jsonl (long detailed messages about families' situations, 2026-12-06 session 7): floors under what the engine reached (policy recall 0.972 at precision 0.991, leaky 0.113, clean masked 0.035).
	{file: "dev123.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.14, maxCleanMasked: 0.06,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.88, Gender: 0.96, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.98, Email: 0.97, Person: 0.93},
	}},
	// testdata/dev124.jsonl (short terse messages with abbreviations and typos, 2026-12-06 session 7): floors under what the engine reached (policy recall 0.992 at precision 0.992, leaky 0.013, clean masked 0.018). With the language guessed, GENDER recall is 0.966 (short messages guess worse).
	{file: "dev124.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.94, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.87},
	}},
	// testdata/dev125.jsonl (a winter month of a log, 2026-12-06 session 8): floors under what the engine reached (policy recall 0.992 at precision 0.996, leaky 0.013, clean masked 0.000).
	{file: "dev125.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev126.jsonl (parents and teenagers, many first names and family words, 2026-12-06 session 8): floors under what the engine reached (policy recall 0.986 at precision 0.990, leaky 0.031, clean masked 0.000).
	{file: "dev126.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.92, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.96},
	}},
	// testdata/dev127.jsonl (a rural coastal municipality in dialect-heavy chat, 2026-12-06 session 8): floors under what the engine reached (policy recall 1.000 at precision 0.987, leaky 0.000, clean masked 0.000).
	{file: "dev127.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.02, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev128.jsonl (people new to the municipality, immigrant names and places abroad, 2026-12-06 session 8): floors under what the engine reached (policy recall 0.990 at precision 0.983, leaky 0.019, clean masked 0.000).
	{file: "dev128.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev129.jsonl (health and care from patients and relatives, 2026-12-06 session 8): floors under what the engine reached (policy recall 0.979 at precision 0.970, leaky 0.044, clean masked 0.039).
	{file: "dev129.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.95, allPrecision: 0.95, maxLeaky: 0.07, maxCleanMasked: 0.06,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.88, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev130.jsonl (complaints and feedback, politicians blamed or praised, 2026-12-06 session 8): floors under what the engine reached (policy recall 0.980 at precision 0.992, leaky 0.031, clean masked 0.038).
	{file: "dev130.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.06, maxCleanMasked: 0.06,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.93, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev131.jsonl (the elderly and their families, 2026-12-06 session 8): floors under what the engine reached (policy recall 0.988 at precision 0.974, leaky 0.025, clean masked 0.038).
	{file: "dev131.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.95, allPrecision: 0.95, maxLeaky: 0.05, maxCleanMasked: 0.06,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev132.jsonl (young adults and students in slang, 2026-12-06 session 8): floors under what the engine reached (policy recall 0.981 at precision 1.000, leaky 0.025, clean masked 0.000).
	{file: "dev132.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.92, Gender: 0.97, Orientation: 0.97, Politics: 0.92, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev133.jsonl (schools, kindergartens and child welfare, 2026-12-06 session 8): floors under what the engine reached (policy recall 0.987 at precision 0.993, leaky 0.025, clean masked 0.000).
	{file: "dev133.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev134.jsonl (housing and building, many addresses, 2026-12-06 session 8): floors under what the engine reached (policy recall 0.988 at precision 0.988, leaky 0.019, clean masked 0.000).
	{file: "dev134.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev135.jsonl (culture, sports and volunteering, look-alike names, 2026-12-06 session 8): floors under what the engine reached (policy recall 0.990 at precision 0.980, leaky 0.019, clean masked 0.038).
	{file: "dev135.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.04, maxCleanMasked: 0.06,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.95},
	}},
	// testdata/dev136.jsonl (social services and money, 2026-12-06 session 8): floors under what the engine reached (policy recall 0.996 at precision 0.996, leaky 0.006, clean masked 0.000).
	{file: "dev136.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.03, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev137.jsonl (phone-typed lower-case chat, 2026-12-06 session 8): floors under what the engine reached (policy recall 0.986 at precision 0.995, leaky 0.019, clean masked 0.000).
	{file: "dev137.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.88, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev138.jsonl (long detailed messages, 672 spans, 2026-12-06 session 8): floors under what the engine reached (policy recall 0.988 at precision 0.991, leaky 0.050, clean masked 0.000).
	{file: "dev138.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.07, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev139.jsonl (a conversation-heavy log, 76 bot answers, 2026-12-06 session 8): floors under what the engine reached (policy recall 0.996 at precision 1.000, leaky 0.006, clean masked 0.000).
	{file: "dev139.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.03, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev140.jsonl (English with Nordic words mixed in, 2026-12-06 session 8): floors under what the engine reached (policy recall 0.992 at precision 0.987, leaky 0.013, clean masked 0.019).
	{file: "dev140.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.04, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev141.jsonl (urgent matters written in haste, 2026-12-06 session 8): floors under what the engine reached (policy recall 0.971 at precision 0.997, leaky 0.056, clean masked 0.000).
	{file: "dev141.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.08, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.90, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.93, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev142.jsonl (people named in every way, 2026-12-06 session 8): floors under what the engine reached (policy recall 0.994 at precision 0.997, leaky 0.025, clean masked 0.000).
	{file: "dev142.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.95},
	}},
	// testdata/dev143.jsonl (health told in everyday words, 2026-12-06 session 8): floors under what the engine reached (policy recall 0.945 at precision 0.993, leaky 0.094, clean masked 0.038).
	{file: "dev143.jsonl", f: floors{
		policyRecall: 0.92, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.12, maxCleanMasked: 0.06,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.87, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev144.jsonl (places of every kind, 2026-12-06 session 8): floors under what the engine reached (policy recall 0.976 at precision 0.993, leaky 0.037, clean masked 0.000).
	{file: "dev144.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.90, Gender: 0.97, Orientation: 0.97, Politics: 0.88, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev145.jsonl (politics and identity, 2026-12-06 session 8): floors under what the engine reached (policy recall 0.988 at precision 0.996, leaky 0.025, clean masked 0.000).
	{file: "dev145.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.95, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.89},
	}},
	// testdata/dev146.jsonl (a week of one Norwegian and one Danish municipality, 2026-12-06 session 8): floors under what the engine reached (policy recall 0.988 at precision 0.987, leaky 0.019, clean masked 0.000).
	{file: "dev146.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.91, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev147.jsonl (Swedish and Danish in every style, 2026-12-06 session 8): floors under what the engine reached (policy recall 0.996 at precision 0.989, leaky 0.006, clean masked 0.019).
	{file: "dev147.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.03, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev148.jsonl (nynorsk and dialect chat about small places, 2026-12-06 session 8): floors under what the engine reached (policy recall 0.976 at precision 0.993, leaky 0.031, clean masked 0.000).
	{file: "dev148.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.95, Orientation: 0.97, Politics: 0.97, Location: 0.92, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev149.jsonl (families writing for relatives, 2026-12-06 session 8): floors under what the engine reached (policy recall 0.978 at precision 0.990, leaky 0.069, clean masked 0.019).
	{file: "dev149.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.96, allPrecision: 0.97, maxLeaky: 0.09, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.90, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev150.jsonl (citizens on their own health, benefits and housing, 2026-12-06 session 8): floors under what the engine reached (policy recall 0.989 at precision 0.989, leaky 0.019, clean masked 0.000).
	{file: "dev150.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.96, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev151.jsonl (parents on their children's kindergarten and school, 2026-12-06 session 9): floors under what the engine reached (policy recall 0.985 at precision 0.985, leaky 0.031, clean masked 0.019).
	{file: "dev151.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.06, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev152.jsonl (relatives and old people on elderly care, 2026-12-06 session 9): floors under what the engine reached (policy recall 0.952 at precision 0.964, leaky 0.144, clean masked 0.173).
	{file: "dev152.jsonl", f: floors{
		policyRecall: 0.93, policyPrecision: 0.94, allPrecision: 0.94, maxLeaky: 0.17, maxCleanMasked: 0.2,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.84, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev153.jsonl (sloppy phone chat without Nordic letters, 2026-12-06 session 9): floors under what the engine reached (policy recall 0.984 at precision 0.993, leaky 0.037, clean masked 0.000).
	{file: "dev153.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.93},
	}},
	// testdata/dev154.jsonl (newcomers and their families, 2026-12-06 session 9): floors under what the engine reached (policy recall 0.991 at precision 0.988, leaky 0.025, clean masked 0.000).
	{file: "dev154.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.85, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.95},
	}},
	// testdata/dev155.jsonl (complaints and reports on neighbours, roads and politicians, 2026-12-06 session 9): floors under what the engine reached (policy recall 0.991 at precision 0.991, leaky 0.013, clean masked 0.000).
	{file: "dev155.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev156.jsonl (mental health, addiction and social services told at length, 2026-12-06 session 9): floors under what the engine reached (policy recall 0.904 at precision 0.984, leaky 0.206, clean masked 0.096).
	{file: "dev156.jsonl", f: floors{
		policyRecall: 0.88, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.23, maxCleanMasked: 0.12,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.73, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.93},
	}},
	// testdata/dev157.jsonl (elections and local politics, 2026-12-06 session 9): floors under what the engine reached (policy recall 0.987 at precision 0.987, leaky 0.019, clean masked 0.000).
	{file: "dev157.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.95, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev158.jsonl (LGBTQ+ citizens and rainbow families, 2026-12-06 session 9): floors under what the engine reached (policy recall 0.984 at precision 0.984, leaky 0.056, clean masked 0.038).
	{file: "dev158.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.08, maxCleanMasked: 0.06,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.89, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.91},
	}},
	// testdata/dev159.jsonl (long detailed applications and payments, 2026-12-06 session 9): floors under what the engine reached (policy recall 0.990 at precision 0.990, leaky 0.025, clean masked 0.000).
	{file: "dev159.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.96},
	}},
	// testdata/dev160.jsonl (people on their own and their family's health in everyday words, 2026-12-06 session 9): floors under what the engine reached (policy recall 0.971 at precision 0.981, leaky 0.062, clean masked 0.039).
	{file: "dev160.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.09, maxCleanMasked: 0.06,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.92, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev161.jsonl (children and young people in teen chat style, 2026-12-06 session 9): floors under what the engine reached (policy recall 0.992 at precision 0.988, leaky 0.013, clean masked 0.000).
	{file: "dev161.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev162.jsonl (rural and small-town life, 2026-12-06 session 9): floors under what the engine reached (policy recall 0.992 at precision 0.988, leaky 0.013, clean masked 0.019).
	{file: "dev162.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.04, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev163.jsonl (housing and tenancy, 2026-12-06 session 9): floors under what the engine reached (policy recall 0.987 at precision 0.993, leaky 0.031, clean masked 0.000).
	{file: "dev163.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.92, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.94},
	}},
	// testdata/dev164.jsonl (work, money and benefits, 2026-12-06 session 9): floors under what the engine reached (policy recall 0.973 at precision 0.969, leaky 0.044, clean masked 0.000).
	{file: "dev164.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.94, allPrecision: 0.95, maxLeaky: 0.07, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.97, Orientation: 0.97, Politics: 0.83, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev165.jsonl (emergencies and safety written in haste, 2026-12-06 session 9): floors under what the engine reached (policy recall 0.981 at precision 1.000, leaky 0.044, clean masked 0.000).
	{file: "dev165.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.07, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.88, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev166.jsonl (pregnancy, birth and small children's health, 2026-12-06 session 9): floors under what the engine reached (policy recall 0.935 at precision 0.997, leaky 0.125, clean masked 0.000).
	{file: "dev166.jsonl", f: floors{
		policyRecall: 0.91, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.15, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.84, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev167.jsonl (disabilities and aids, 2026-12-06 session 9): floors under what the engine reached (policy recall 0.934 at precision 0.995, leaky 0.144, clean masked 0.000).
	{file: "dev167.jsonl", f: floors{
		policyRecall: 0.91, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.17, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.84, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev168.jsonl (old people writing themselves, 2026-12-06 session 9): floors under what the engine reached (policy recall 0.993 at precision 0.993, leaky 0.019, clean masked 0.000).
	{file: "dev168.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.95},
	}},
	// testdata/dev169.jsonl (youth health services, 2026-12-06 session 9): floors under what the engine reached (policy recall 0.981 at precision 0.984, leaky 0.031, clean masked 0.000).
	{file: "dev169.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.92, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev170.jsonl (complaints about services and staff named by name, 2026-12-06 session 9): floors under what the engine reached (policy recall 0.972 at precision 0.989, leaky 0.075, clean masked 0.000).
	{file: "dev170.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.96, allPrecision: 0.97, maxLeaky: 0.1, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.9, Gender: 0.97, Orientation: 0.97, Politics: 0.94, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.95},
	}},
	// testdata/dev171.jsonl (learners and code-switchers, 2026-12-06 session 9): floors under what the engine reached (policy recall 0.997 at precision 0.993, leaky 0.006, clean masked 0.000).
	{file: "dev171.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.03, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev172.jsonl (culture, sports and leisure, 2026-12-06 session 9): floors under what the engine reached (policy recall 0.988 at precision 0.988, leaky 0.019, clean masked 0.019).
	{file: "dev172.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.04, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.94, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev173.jsonl (style stress test in capitals, title case and fragments, 2026-12-06 session 9): floors under what the engine reached (policy recall 0.984 at precision 0.996, leaky 0.031, clean masked 0.000).
	{file: "dev173.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.89, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.93},
	}},
	// testdata/dev174.jsonl (people named in every way, 2026-12-06 session 9): floors under what the engine reached (policy recall 0.989 at precision 0.972, leaky 0.081, clean masked 0.077).
	{file: "dev174.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.95, allPrecision: 0.94, maxLeaky: 0.11, maxCleanMasked: 0.1,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.9, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.88},
	}},
	// testdata/dev175.jsonl (families in crisis, 2026-12-06 session 9): floors under what the engine reached (policy recall 0.993 at precision 1.000, leaky 0.019, clean masked 0.019).
	{file: "dev175.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.95},
	}},
	// testdata/dev176.jsonl (dialect-heavy chat, 2026-12-06 session 9): floors under what the engine reached (policy recall 0.988 at precision 0.997, leaky 0.025, clean masked 0.000).
	{file: "dev176.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev177.jsonl (follow-up conversations, 2026-12-06 session 9): floors under what the engine reached (policy recall 0.990 at precision 1.000, leaky 0.019, clean masked 0.000).
	{file: "dev177.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev178.jsonl (night-time worries written at length, 2026-12-06 session 9): floors under what the engine reached (policy recall 0.986 at precision 0.997, leaky 0.037, clean masked 0.000).
	{file: "dev178.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.93},
	}},
	// testdata/dev179.jsonl (addresses in every format, 2026-12-06 session 9): floors under what the engine reached (policy recall 0.970 at precision 0.992, leaky 0.050, clean masked 0.019).
	{file: "dev179.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.07, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.93, IP: 0.97, Email: 0.97, Person: 0.94},
	}},
	// testdata/dev180.jsonl (immigrant families and health, 2026-12-06 session 9): floors under what the engine reached (policy recall 0.964 at precision 0.980, leaky 0.094, clean masked 0.020).
	{file: "dev180.jsonl", f: floors{
		policyRecall: 0.94, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.12, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.88, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.93},
	}},
	// testdata/dev181.jsonl (housing and neighbours, 2026-12-06 session 10): floors under what the engine reached (policy recall 0.994 at precision 0.989, leaky 0.006, clean masked 0.000).
	{file: "dev181.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.03, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev182.jsonl (care for elderly relatives told by their children and spouses, 2026-12-06 session 10): floors under what the engine reached (policy recall 0.990 at precision 0.969, leaky 0.025, clean masked 0.173).
	{file: "dev182.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.94, allPrecision: 0.95, maxLeaky: 0.05, maxCleanMasked: 0.20,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev183.jsonl (schools, kindergartens and special needs, 2026-12-06 session 10): floors under what the engine reached (policy recall 1.000 at precision 0.986, leaky 0.000, clean masked 0.000).
	{file: "dev183.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.02, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev184.jsonl (roads, snow clearing, public transport and parking, 2026-12-06 session 10): floors under what the engine reached (policy recall 0.991 at precision 0.991, leaky 0.013, clean masked 0.000).
	{file: "dev184.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev185.jsonl (mental health, loneliness and addiction told briefly, 2026-12-06 session 10): floors under what the engine reached (policy recall 0.964 at precision 0.978, leaky 0.050, clean masked 0.000).
	{file: "dev185.jsonl", f: floors{
		policyRecall: 0.94, policyPrecision: 0.95, allPrecision: 0.95, maxLeaky: 0.07, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.88, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev186.jsonl (newcomers and refugees in mixed languages, 2026-12-06 session 10): floors under what the engine reached (policy recall 1.000 at precision 0.995, leaky 0.000, clean masked 0.000).
	{file: "dev186.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.02, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev187.jsonl (disability, aids and assistance, 2026-12-06 session 10): floors under what the engine reached (policy recall 0.973 at precision 0.976, leaky 0.056, clean masked 0.039).
	{file: "dev187.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.95, allPrecision: 0.95, maxLeaky: 0.08, maxCleanMasked: 0.06,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.91, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev188.jsonl (politics and local democracy with look-alike words, 2026-12-06 session 10): floors under what the engine reached (policy recall 0.967 at precision 0.987, leaky 0.031, clean masked 0.019).
	{file: "dev188.jsonl", f: floors{
		policyRecall: 0.94, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.06, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.92, Gender: 0.97, Orientation: 0.97, Politics: 0.90, Location: 0.92, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev189.jsonl (pregnancy, babies and health centre visits, 2026-12-06 session 10): floors under what the engine reached (policy recall 0.981 at precision 0.977, leaky 0.025, clean masked 0.000).
	{file: "dev189.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.95, allPrecision: 0.96, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.92, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev190.jsonl (complaints and appeals, angry or at length, 2026-12-06 session 10): floors under what the engine reached (policy recall 0.987 at precision 0.980, leaky 0.025, clean masked 0.019).
	{file: "dev190.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.95, allPrecision: 0.96, maxLeaky: 0.05, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev191.jsonl (dialect and slang chat in lowercase, 2026-12-06 session 10): floors under what the engine reached (policy recall 1.000 at precision 0.990, leaky 0.000, clean masked 0.000).
	{file: "dev191.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.97, maxLeaky: 0.02, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev192.jsonl (sports, culture and leisure with look-alike names and places, 2026-12-06 session 10): floors under what the engine reached (policy recall 1.000 at precision 1.000, leaky 0.000, clean masked 0.000).
	{file: "dev192.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.02, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev193.jsonl (health and care told in English by newcomers, with Nordic words mixed in, 2026-12-06 session 10): floors under what the engine reached (policy recall 0.988 at precision 0.988, leaky 0.019, clean masked 0.019).
	{file: "dev193.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.04, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev194.jsonl (short one-line messages with look-alike words, 2026-12-06 session 10): floors under what the engine reached (policy recall 1.000 at precision 1.000, leaky 0.000, clean masked 0.000).
	{file: "dev194.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.02, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev195.jsonl (Danish and Swedish family life, divorce, custody and schools, 2026-12-06 session 10): floors under what the engine reached (policy recall 0.995 at precision 0.995, leaky 0.006, clean masked 0.000).
	{file: "dev195.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.03, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev196.jsonl (relatives writing for elderly parents: home care, dementia, falls, medicines, 2026-12-06 session 11): floors under what the engine reached (policy recall 0.961 at precision 0.977, leaky 0.062, clean masked 0.077).
	{file: "dev196.jsonl", f: floors{
		policyRecall: 0.94, policyPrecision: 0.95, allPrecision: 0.95, maxLeaky: 0.09, maxCleanMasked: 0.10,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.89, Gender: 0.96, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev197.jsonl (kindergarten, school and youth services: special needs, diagnoses, bullying, 2026-12-06 session 11): floors under what the engine reached (policy recall 1.000 at precision 1.000, leaky 0.006, clean masked 0.000).
	{file: "dev197.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.03, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.95},
	}},
	// testdata/dev198.jsonl (moving, housing, property tax and roads: addresses, farm names, account numbers, 2026-12-06 session 11): floors under what the engine reached (policy recall 1.000 at precision 1.000, leaky 0.000, clean masked 0.000).
	{file: "dev198.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.02, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev199.jsonl (newcomers and expats in English or broken Nordic languages, 2026-12-06 session 11): floors under what the engine reached (policy recall 1.000 at precision 0.995, leaky 0.000, clean masked 0.000).
	{file: "dev199.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.02, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev200.jsonl (Danish and Swedish disability and elderly services, 2026-12-06 session 11): floors under what the engine reached (policy recall 0.990 at precision 0.976, leaky 0.019, clean masked 0.019).
	{file: "dev200.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.95, allPrecision: 0.95, maxLeaky: 0.04, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev201.jsonl (local democracy: councils, parties that are also words, views, 2026-12-06 session 11): floors under what the engine reached (policy recall 0.995 at precision 0.995, leaky 0.006, clean masked 0.000).
	{file: "dev201.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.03, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.95, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev202.jsonl (mental health and addiction in slang, 2026-12-06 session 11): floors under what the engine reached (policy recall 0.970 at precision 0.973, leaky 0.050, clean masked 0.000).
	{file: "dev202.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.95, allPrecision: 0.95, maxLeaky: 0.07, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.92, Gender: 0.96, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev203.jsonl (dialect chat written without Nordic letters, 2026-12-06 session 11): floors under what the engine reached (policy recall 0.991 at precision 1.000, leaky 0.013, clean masked 0.000).
	{file: "dev203.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.96, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev204.jsonl (formal letters and complaints signed with names and addresses, 2026-12-06 session 11): floors under what the engine reached (policy recall 0.988 at precision 1.000, leaky 0.019, clean masked 0.019).
	{file: "dev204.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev205.jsonl (pregnancy, birth, infants and health visits, 2026-12-06 session 11): floors under what the engine reached (policy recall 0.980 at precision 0.984, leaky 0.031, clean masked 0.000).
	{file: "dev205.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.96, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev206.jsonl (culture, sports and leisure with look-alike names and places, 2026-12-06 session 11): floors under what the engine reached (policy recall 0.990 at precision 0.984, leaky 0.025, clean masked 0.000).
	{file: "dev206.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.92, IP: 0.97, Email: 0.97, Person: 0.88},
	}},
	// testdata/dev207.jsonl (emergencies and urgent messages written in panic, 2026-12-06 session 11): floors under what the engine reached (policy recall 0.975 at precision 0.993, leaky 0.037, clean masked 0.000).
	{file: "dev207.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.07, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.96, Orientation: 0.97, Politics: 0.78, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev208.jsonl (Swedish and Danish everyday municipal chat typed on a phone, 2026-12-06 session 11): floors under what the engine reached (policy recall 0.995 at precision 0.995, leaky 0.006, clean masked 0.000).
	{file: "dev208.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.03, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev209.jsonl (bot answers repeating what users wrote, with the messages they answer, 2026-12-06 session 11): floors under what the engine reached (policy recall 0.995 at precision 0.995, leaky 0.006, clean masked 0.000).
	{file: "dev209.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.03, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev210.jsonl (rural nynorsk and bokmål in lowercase with places that are words, 2026-12-06 session 11): floors under what the engine reached (policy recall 0.924 at precision 0.996, leaky 0.113, clean masked 0.000).
	{file: "dev210.jsonl", f: floors{
		policyRecall: 0.90, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.14, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.97, Orientation: 0.97, Politics: 0.88, Location: 0.76, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev211.jsonl (health in everyday words without diagnoses, 2026-12-06 session 11): floors under what the engine reached (policy recall 0.952 at precision 0.992, leaky 0.069, clean masked 0.000).
	{file: "dev211.jsonl", f: floors{
		policyRecall: 0.93, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.09, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.88, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev212.jsonl (names in lower case and capitals, nicknames, names that are words, 2026-12-06 session 11): floors under what the engine reached (policy recall 0.988 at precision 0.994, leaky 0.044, clean masked 0.038).
	{file: "dev212.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.07, maxCleanMasked: 0.06,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.94, IP: 0.97, Email: 0.97, Person: 0.91},
	}},
	// testdata/dev213.jsonl (messages mixing languages, with look-alikes across languages, 2026-12-06 session 11): floors under what the engine reached (policy recall 0.985 at precision 0.970, leaky 0.025, clean masked 0.058).
	{file: "dev213.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.95, allPrecision: 0.95, maxLeaky: 0.06, maxCleanMasked: 0.08,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.95, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.84},
	}},
	// testdata/dev214.jsonl (money and welfare with account and ID numbers, 2026-12-06 session 11): floors under what the engine reached (policy recall 1.000 at precision 1.000, leaky 0.000, clean masked 0.000).
	{file: "dev214.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.02, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev215.jsonl (tourists, students and seasonal workers writing in English, 2026-12-06 session 11): floors under what the engine reached (policy recall 0.983 at precision 0.987, leaky 0.025, clean masked 0.019).
	{file: "dev215.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.05, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.94, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev216.jsonl (gender identity and sexual orientation, with look-alikes, 2026-12-06 session 11): floors under what the engine reached (policy recall 0.990 at precision 1.000, leaky 0.019, clean masked 0.000).
	{file: "dev216.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.90, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.94},
	}},
	// testdata/dev217.jsonl (adult education and exams with special arrangements, 2026-12-06 session 11): floors under what the engine reached (policy recall 0.990 at precision 0.990, leaky 0.013, clean masked 0.000).
	{file: "dev217.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev218.jsonl (angry short complaints about waste, water, roads and snow, 2026-12-06 session 11): floors under what the engine reached (policy recall 0.989 at precision 1.000, leaky 0.013, clean masked 0.000).
	{file: "dev218.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.93, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev219.jsonl (Danish and Swedish elections with lowercase parties and look-alikes, 2026-12-06 session 11): floors under what the engine reached (policy recall 0.952 at precision 0.978, leaky 0.062, clean masked 0.000).
	{file: "dev219.jsonl", f: floors{
		policyRecall: 0.93, policyPrecision: 0.95, allPrecision: 0.95, maxLeaky: 0.09, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.85, Location: 0.89, IP: 0.97, Email: 0.97, Person: 0.81},
	}},
	// testdata/dev220.jsonl (long messages telling a whole family story, 2026-12-06 session 11): floors under what the engine reached (policy recall 1.000 at precision 0.976, leaky 0.006, clean masked 0.038).
	{file: "dev220.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.95, allPrecision: 0.95, maxLeaky: 0.03, maxCleanMasked: 0.06,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.93},
	}},
	// testdata/dev221.jsonl (very short fragments and follow-ups, 2026-12-06 session 11): floors under what the engine reached (policy recall 0.992 at precision 1.000, leaky 0.013, clean masked 0.000).
	{file: "dev221.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.93, Orientation: 0.97, Politics: 0.97, Location: 0.93, IP: 0.97, Email: 0.97, Person: 0.89},
	}},
	// testdata/dev222.jsonl (nynorsk from western Norway, 2026-12-06 session 11): floors under what the engine reached (policy recall 1.000 at precision 0.982, leaky 0.000, clean masked 0.000).
	{file: "dev222.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.02, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev223.jsonl (Swedish services and topics in every language, 2026-12-06 session 11): floors under what the engine reached (policy recall 1.000 at precision 0.995, leaky 0.000, clean masked 0.000).
	{file: "dev223.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.02, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev224.jsonl (relatives abroad writing about parents in the Nordics, 2026-12-06 session 11): floors under what the engine reached (policy recall 0.997 at precision 0.996, leaky 0.006, clean masked 0.000).
	{file: "dev224.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.03, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev225.jsonl (Danish services, CPR numbers and parties in every language, 2026-12-06 session 11): floors under what the engine reached (policy recall 0.980 at precision 0.995, leaky 0.025, clean masked 0.000).
	{file: "dev225.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.91, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev226.jsonl (families asking for help for a relative: care, health and where they live, 2026-12-06 session 12): floors under what the engine reached (policy recall 0.998 at precision 0.992, leaky 0.006, clean masked 0.023).
	{file: "dev226.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.03, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev227.jsonl (phone-typed lower-case chat with dialect about schools, housing, permits, health and local politics, 2026-12-06 session 12): floors under what the engine reached (policy recall 0.986 at precision 0.991, leaky 0.019, clean masked 0.000).
	{file: "dev227.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.92, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev228.jsonl (Danish and Swedish citizens and immigrants: social services, addresses, identity numbers, health, elections, 2026-12-06 session 12): floors under what the engine reached (policy recall 0.994 at precision 0.988, leaky 0.013, clean masked 0.024).
	{file: "dev228.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.04, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev229.jsonl (people named in passing, politicians with and without stances, addresses, 2026-12-06 session 12): floors under what the engine reached (policy recall 1.000 at precision 0.997, leaky 0.013, clean masked 0.000).
	{file: "dev229.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.94},
	}},
	// testdata/dev230.jsonl (health told in everyday words and general questions about services, 2026-12-06 session 12): floors under what the engine reached (policy recall 0.938 at precision 0.992, leaky 0.138, clean masked 0.073).
	{file: "dev230.jsonl", f: floors{
		policyRecall: 0.91, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.16, maxCleanMasked: 0.10,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.85, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.94},
	}},
	// testdata/dev231.jsonl (bot answers and long messages with look-alike words, 2026-12-06 session 12): floors under what the engine reached (policy recall 0.989 at precision 0.989, leaky 0.031, clean masked 0.000).
	{file: "dev231.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev232.jsonl (rural Norwegian municipalities: farms, cabins, islands, elderly care, local politics, 2026-12-06 session 12): floors under what the engine reached (policy recall 0.990 at precision 0.990, leaky 0.025, clean masked 0.024).
	{file: "dev232.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.96, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.94},
	}},
	// testdata/dev233.jsonl (English of immigrants and expats, code-switching, 2026-12-06 session 12): floors under what the engine reached (policy recall 0.994 at precision 0.997, leaky 0.019, clean masked 0.000).
	// Clean masked 0.023 since 2026-12-07 session 20: a context phrase no longer runs across a question mark,
	// and "where is 'her'?? I" no longer holds a Norwegian "her i" that dropped the English pronoun by chance.
	{file: "dev233.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.93},
	}},
	// testdata/dev234.jsonl (teenagers and young adults: school, youth health, identity, elections, 2026-12-06 session 12): floors under what the engine reached (policy recall 0.995 at precision 0.995, leaky 0.006, clean masked 0.000).
	{file: "dev234.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.03, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev235.jsonl (everything typed in lower case: names, streets and villages without capitals, 2026-12-06 session 12): floors under what the engine reached (policy recall 0.987 at precision 0.987, leaky 0.025, clean masked 0.000).
	{file: "dev235.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.86, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.94},
	}},
	// testdata/dev236.jsonl (Danish-heavy everyday chat with some Norwegian and Swedish, 2026-12-06 session 12): floors under what the engine reached (policy recall 0.975 at precision 0.994, leaky 0.050, clean masked 0.000).
	{file: "dev236.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.07, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.92, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.94, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev237.jsonl (Swedish-heavy everyday chat with some Norwegian and Danish, 2026-12-06 session 12): floors under what the engine reached (policy recall 0.993 at precision 0.993, leaky 0.013, clean masked 0.000).
	{file: "dev237.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.91, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev238.jsonl (messages in capitals or title case and short fragments, 2026-12-06 session 12): floors under what the engine reached (policy recall 1.000 at precision 0.995, leaky 0.000, clean masked 0.000).
	{file: "dev238.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.96, maxLeaky: 0.02, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev239.jsonl (nynorsk and western and northern dialects, 2026-12-06 session 12): floors under what the engine reached (policy recall 0.997 at precision 0.989, leaky 0.006, clean masked 0.000).
	{file: "dev239.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.97, maxLeaky: 0.03, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev240.jsonl (care for elderly and disabled relatives beside general questions about care, 2026-12-06 session 12): floors under what the engine reached (policy recall 0.998 at precision 0.968, leaky 0.006, clean masked 0.100).
	{file: "dev240.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.94, allPrecision: 0.95, maxLeaky: 0.03, maxCleanMasked: 0.12,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev241.jsonl (general questions and bot answers about health, care, benefits, elections and schools, with personal follow-ups, 2026-12-06 session 12): floors under what the engine reached (policy recall 0.994 at precision 0.991, leaky 0.013, clean masked 0.024).
	{file: "dev241.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev242.jsonl (people named in every way, with addresses and contact details, 2026-12-06 session 12): floors under what the engine reached (policy recall 0.988 at precision 1.000, leaky 0.025, clean masked 0.000).
	{file: "dev242.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.91, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev243.jsonl (English of tourists, students, seasonal workers and new residents, 2026-12-06 session 12): floors under what the engine reached (policy recall 0.984 at precision 0.984, leaky 0.031, clean masked 0.024).
	{file: "dev243.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.06, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev244.jsonl (a normal mix, many messages touching two or three categories, 2026-12-06 session 12): floors under what the engine reached (policy recall 1.000 at precision 0.989, leaky 0.000, clean masked 0.024).
	{file: "dev244.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.02, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev245.jsonl (look-alike words and near misses in every language, 2026-12-06 session 12): floors under what the engine reached (policy recall 0.996 at precision 0.983, leaky 0.013, clean masked 0.024).
	{file: "dev245.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.95, maxLeaky: 0.04, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.93},
	}},
	// testdata/dev246.jsonl (Danish and Swedish typed fast in lower case, 2026-12-06 session 12): floors under what the engine reached (policy recall 0.985 at precision 0.994, leaky 0.031, clean masked 0.000).
	{file: "dev246.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev247.jsonl (schools, kindergartens and children: special needs, health, bullying, identity, 2026-12-06 session 12): floors under what the engine reached (policy recall 0.987 at precision 0.987, leaky 0.037, clean masked 0.025).
	{file: "dev247.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.06, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.92, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.94},
	}},
	// testdata/dev248.jsonl (housing, building permits, property, roads and neighbours, 2026-12-06 session 12): floors under what the engine reached (policy recall 0.996 at precision 0.987, leaky 0.013, clean masked 0.046).
	{file: "dev248.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.04, maxCleanMasked: 0.07,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.93},
	}},
	// testdata/dev249.jsonl (everyday chat of a mid-sized Norwegian municipality, 2026-12-06 session 12): floors under what the engine reached (policy recall 0.992 at precision 0.983, leaky 0.013, clean masked 0.024).
	{file: "dev249.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.04, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev250.jsonl (mental health, addiction and crisis, for oneself and relatives, 2026-12-06 session 12): floors under what the engine reached (policy recall 0.984 at precision 0.995, leaky 0.037, clean masked 0.024).
	{file: "dev250.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.06, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev251.jsonl (pregnancy, birth, small children and parental leave, 2026-12-06 session 12): floors under what the engine reached (policy recall 0.986 at precision 0.993, leaky 0.037, clean masked 0.023).
	{file: "dev251.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.06, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.89},
	}},
	// testdata/dev252.jsonl (complaints about roads, snow, noise, waste, neighbours and politicians, 2026-12-06 session 12): floors under what the engine reached (policy recall 0.976 at precision 0.997, leaky 0.044, clean masked 0.024).
	{file: "dev252.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.07, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.96, Orientation: 0.97, Politics: 0.91, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev253.jsonl (parents writing about children: kindergarten, school nurse, special needs, custody, 2026-12-06 session 13): floors under what the engine reached (policy recall 1.000 at precision 0.992, leaky 0.006, clean masked 0.000).
	{file: "dev253.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.03, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.95},
	}},
	// testdata/dev254.jsonl (elderly care and home services, relatives writing, 2026-12-06 session 13): floors under what the engine reached (policy recall 0.985 at precision 0.968, leaky 0.044, clean masked 0.071).
	{file: "dev254.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.94, allPrecision: 0.95, maxLeaky: 0.07, maxCleanMasked: 0.10,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.94},
	}},
	// testdata/dev255.jsonl (building, property, roads, water and neighbours, 2026-12-06 session 13): floors under what the engine reached (policy recall 0.992 at precision 0.992, leaky 0.013, clean masked 0.000).
	{file: "dev255.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.92, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev256.jsonl (health and welfare services: GP, emergency room, psychiatric care, aids, sick leave, 2026-12-06 session 13): floors under what the engine reached (policy recall 0.963 at precision 0.978, leaky 0.075, clean masked 0.023).
	{file: "dev256.jsonl", f: floors{
		policyRecall: 0.94, policyPrecision: 0.95, allPrecision: 0.95, maxLeaky: 0.10, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.89, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev257.jsonl (messy everyday chat: typos, digraphs for Nordic letters, dialect, 2026-12-06 session 13): floors under what the engine reached (policy recall 0.990 at precision 0.997, leaky 0.019, clean masked 0.000).
	{file: "dev257.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev258.jsonl (Danish and Swedish municipal life written casually, 2026-12-06 session 13): floors under what the engine reached (policy recall 0.997 at precision 0.980, leaky 0.006, clean masked 0.000).
	{file: "dev258.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.03, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev259.jsonl (people naming themselves and others, with addresses and phone numbers, 2026-12-06 session 13): floors under what the engine reached (policy recall 0.997 at precision 0.997, leaky 0.013, clean masked 0.000).
	{file: "dev259.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.96},
	}},
	// testdata/dev260.jsonl (politics and opinions in everyday messages, 2026-12-06 session 13): floors under what the engine reached (policy recall 0.982 at precision 0.983, leaky 0.037, clean masked 0.025).
	{file: "dev260.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.06, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.97, Orientation: 0.97, Politics: 0.95, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev261.jsonl (orientation, gender identity and family forms, 2026-12-06 session 13): floors under what the engine reached (policy recall 0.987 at precision 0.993, leaky 0.025, clean masked 0.000).
	{file: "dev261.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.90, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev262.jsonl (long messages telling a whole situation, 2026-12-06 session 13): floors under what the engine reached (policy recall 0.992 at precision 0.989, leaky 0.025, clean masked 0.024).
	{file: "dev262.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev263.jsonl (short messages and bot answers echoing details back, 2026-12-06 session 13): floors under what the engine reached (policy recall 0.996 at precision 1.000, leaky 0.013, clean masked 0.000).
	{file: "dev263.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.91},
	}},
	// testdata/dev264.jsonl (schools and youth, 2026-12-06 session 13): floors under what the engine reached (policy recall 1.000 at precision 0.996, leaky 0.000, clean masked 0.000).
	{file: "dev264.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.02, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev265.jsonl (immigrants and refugees writing simply, 2026-12-06 session 13): floors under what the engine reached (policy recall 0.993 at precision 0.995, leaky 0.019, clean masked 0.000).
	{file: "dev265.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev266.jsonl (nynorsk and dialects, rural municipalities, ferries and farms, 2026-12-06 session 13): floors under what the engine reached (policy recall 0.988 at precision 0.979, leaky 0.025, clean masked 0.000).
	{file: "dev266.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.95, allPrecision: 0.96, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.96, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev267.jsonl (capitals, title case and unpunctuated lower case, 2026-12-06 session 13): floors under what the engine reached (policy recall 0.988 at precision 0.983, leaky 0.019, clean masked 0.000).
	{file: "dev267.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.92, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev268.jsonl (English-speaking newcomers mixing in Nordic words, 2026-12-06 session 13): floors under what the engine reached (policy recall 0.987 at precision 0.993, leaky 0.025, clean masked 0.000).
	{file: "dev268.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev269.jsonl (relatives writing about a parent in decline, 2026-12-06 session 13): floors under what the engine reached (policy recall 0.977 at precision 0.975, leaky 0.075, clean masked 0.071).
	{file: "dev269.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.95, allPrecision: 0.95, maxLeaky: 0.10, maxCleanMasked: 0.10,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.91, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev270.jsonl (everyday practical questions with personal details, 2026-12-06 session 13): floors under what the engine reached (policy recall 1.000 at precision 0.992, leaky 0.000, clean masked 0.000).
	{file: "dev270.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.02, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev271.jsonl (winter: snow clearing, icy roads, storms and power cuts, 2026-12-07 session 14): floors under what the engine reached (policy recall 0.991 at precision 0.985, leaky 0.025, clean masked 0.000).
	{file: "dev271.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.93},
	}},
	// testdata/dev272.jsonl (child welfare, family counselling, kindergartens and school health, 2026-12-07 session 14): floors under what the engine reached (policy recall 0.982 at precision 0.974, leaky 0.031, clean masked 0.024).
	{file: "dev272.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.95, allPrecision: 0.95, maxLeaky: 0.06, maxCleanMasked: 0.07,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.92, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev273.jsonl (building permits, neighbour disputes, property tax, water and sewage, 2026-12-07 session 14): floors under what the engine reached (policy recall 0.996 at precision 0.992, leaky 0.006, clean masked 0.023).
	{file: "dev273.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.03, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev274.jsonl (schools and after-school care: bullying, special needs, absence and transport, 2026-12-07 session 14): floors under what the engine reached (policy recall 0.981 at precision 0.991, leaky 0.037, clean masked 0.000).
	{file: "dev274.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.93, Health: 0.95, Gender: 0.97, Orientation: 0.83, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev275.jsonl (social services and benefits: housing support, debt advice, refugees, unemployment, 2026-12-07 session 14): floors under what the engine reached (policy recall 0.992 at precision 0.996, leaky 0.013, clean masked 0.000).
	{file: "dev275.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev276.jsonl (culture, sports halls, libraries, events and volunteering, 2026-12-07 session 14): floors under what the engine reached (policy recall 0.993 at precision 0.996, leaky 0.013, clean masked 0.000).
	{file: "dev276.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev277.jsonl (public transport, parking, roads, traffic and noise, 2026-12-07 session 14): floors under what the engine reached (policy recall 0.971 at precision 0.996, leaky 0.050, clean masked 0.000).
	{file: "dev277.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.08, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.89, Gender: 0.96, Orientation: 0.97, Politics: 0.90, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev278.jsonl (local politics: council decisions, elections, opinions on parties and politicians, 2026-12-07 session 14): floors under what the engine reached (policy recall 0.975 at precision 0.996, leaky 0.044, clean masked 0.024).
	{file: "dev278.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.07, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.94, Location: 0.94, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev279.jsonl (new residents and immigrants: language courses, registering, families, 2026-12-07 session 14): floors under what the engine reached (policy recall 0.990 at precision 1.000, leaky 0.019, clean masked 0.000).
	{file: "dev279.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.88, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev280.jsonl (health and care questions from citizens: GP, emergency room, vaccination, mental health, addiction, 2026-12-07 session 14): floors under what the engine reached (policy recall 0.947 at precision 0.961, leaky 0.113, clean masked 0.068).
	{file: "dev280.jsonl", f: floors{
		policyRecall: 0.92, policyPrecision: 0.94, allPrecision: 0.94, maxLeaky: 0.14, maxCleanMasked: 0.09,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.87, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev281.jsonl (complaints and appeals with full contact details, ID numbers and addresses, 2026-12-07 session 14): floors under what the engine reached (policy recall 0.988 at precision 0.983, leaky 0.037, clean masked 0.000).
	{file: "dev281.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.96},
	}},
	// testdata/dev282.jsonl (lower case or all capitals, Nordic letters replaced, heavy dialect, 2026-12-07 session 14): floors under what the engine reached (policy recall 0.974 at precision 0.992, leaky 0.056, clean masked 0.000).
	{file: "dev282.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.08, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.85, IP: 0.97, Email: 0.97, Person: 0.85},
	}},
	// testdata/dev283.jsonl (housing, rent, municipal flats, moving and address changes, 2026-12-07 session 14): floors under what the engine reached (policy recall 0.992 at precision 0.996, leaky 0.013, clean masked 0.000).
	{file: "dev283.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev284.jsonl (family life: births, deaths, weddings, divorce, custody, 2026-12-07 session 14): floors under what the engine reached (policy recall 0.984 at precision 0.995, leaky 0.037, clean masked 0.000).
	{file: "dev284.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.96, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev285.jsonl (English-speaking residents and tourists mixing in Nordic names, 2026-12-07 session 14): floors under what the engine reached (policy recall 0.993 at precision 1.000, leaky 0.013, clean masked 0.000).
	{file: "dev285.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev286.jsonl (elderly care, home nursing and relatives writing for their parents, 2026-12-07 session 15): floors under what the engine reached (policy recall 0.952 at precision 0.950, leaky 0.150, clean masked 0.205).
	{file: "dev286.jsonl", f: floors{
		policyRecall: 0.93, policyPrecision: 0.92, allPrecision: 0.93, maxLeaky: 0.17, maxCleanMasked: 0.23,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.84, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.94},
	}},
	// testdata/dev287.jsonl (rural municipalities: snow clearing, roads, farms, cabins, ferries, with many small local place names, 2026-12-07 session 15): floors under what the engine reached (policy recall 0.957 at precision 0.992, leaky 0.062, clean masked 0.024).
	{file: "dev287.jsonl", f: floors{
		policyRecall: 0.93, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.09, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.88, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev288.jsonl (young people and students: school nurse, identity, exams, jobs, account numbers, local politics, 2026-12-07 session 15): floors under what the engine reached (policy recall 1.000 at precision 0.995, leaky 0.000, clean masked 0.000).
	{file: "dev288.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.02, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev289.jsonl (schools, kindergartens and after-school care, 2026-12-07 session 15): floors under what the engine reached (policy recall 0.986 at precision 0.986, leaky 0.037, clean masked 0.000).
	{file: "dev289.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.95},
	}},
	// testdata/dev290.jsonl (Danish and Swedish social services, benefits, immigration and housing, 2026-12-07 session 15): floors under what the engine reached (policy recall 0.996 at precision 0.996, leaky 0.006, clean masked 0.000).
	{file: "dev290.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.03, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev291.jsonl (politics and public debate with look-alike words, 2026-12-07 session 15): floors under what the engine reached (policy recall 0.992 at precision 0.996, leaky 0.019, clean masked 0.000).
	{file: "dev291.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.93},
	}},
	// testdata/dev292.jsonl (phone-style chat in lower case without Nordic letters, 2026-12-07 session 15): floors under what the engine reached (policy recall 0.969 at precision 0.987, leaky 0.056, clean masked 0.024).
	{file: "dev292.jsonl", f: floors{
		policyRecall: 0.94, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.08, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.78, Location: 0.90, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev293.jsonl (immigrants and refugees in simple language, 2026-12-07 session 15): floors under what the engine reached (policy recall 0.982 at precision 0.985, leaky 0.031, clean masked 0.000).
	{file: "dev293.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.92, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev294.jsonl (culture, sports and leisure with names that are also words, 2026-12-07 session 15): floors under what the engine reached (policy recall 0.972 at precision 0.977, leaky 0.031, clean masked 0.000).
	{file: "dev294.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.95, allPrecision: 0.96, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.89, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev295.jsonl (Swedish municipalities from Swedish, Norwegian and English writers, 2026-12-07 session 15): floors under what the engine reached (policy recall 0.986 at precision 0.994, leaky 0.031, clean masked 0.024).
	{file: "dev295.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.06, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.90, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev296.jsonl (Danish municipalities from Danish, Norwegian and English writers, 2026-12-07 session 15): floors under what the engine reached (policy recall 0.971 at precision 0.976, leaky 0.056, clean masked 0.024).
	{file: "dev296.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.95, allPrecision: 0.95, maxLeaky: 0.08, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.87, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev297.jsonl (western and northern Norway in nynorsk and dialect, 2026-12-07 session 15): floors under what the engine reached (policy recall 0.976 at precision 0.980, leaky 0.044, clean masked 0.049).
	{file: "dev297.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.95, allPrecision: 0.95, maxLeaky: 0.07, maxCleanMasked: 0.07,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.88, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev298.jsonl (citizens describing their own health in long messages, 2026-12-07 session 15): floors under what the engine reached (policy recall 0.895 at precision 0.993, leaky 0.350, clean masked 0.000).
	{file: "dev298.jsonl", f: floors{
		policyRecall: 0.87, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.37, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.77, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.96},
	}},
	// testdata/dev299.jsonl (neighbour disputes, noise, building and property, 2026-12-07 session 15): floors under what the engine reached (policy recall 0.991 at precision 0.991, leaky 0.013, clean masked 0.024).
	{file: "dev299.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev300.jsonl (English-speaking expats and students mixing in Nordic words, 2026-12-07 session 15): floors under what the engine reached (policy recall 0.988 at precision 0.984, leaky 0.031, clean masked 0.000).
	{file: "dev300.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.92, Gender: 0.96, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.94},
	}},
	// testdata/dev301.jsonl (people naming themselves and their family, nicknames and double names, 2026-12-07 session 15): floors under what the engine reached (policy recall 0.995 at precision 0.990, leaky 0.081, clean masked 0.000).
	{file: "dev301.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.11, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.89},
	}},
	// testdata/dev302.jsonl (schools and youth: bullying, mental health, sexuality and identity, 2026-12-07 session 15): floors under what the engine reached (policy recall 0.987 at precision 0.987, leaky 0.025, clean masked 0.000).
	{file: "dev302.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev303.jsonl (roads, traffic, parking and public transport, 2026-12-07 session 15): floors under what the engine reached (policy recall 0.970 at precision 0.987, leaky 0.037, clean masked 0.024).
	{file: "dev303.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.06, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.96, Orientation: 0.97, Politics: 0.73, Location: 0.93, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev304.jsonl (Danish chat from young and old with lowercase addresses and slang, 2026-12-07 session 15): floors under what the engine reached (policy recall 0.972 at precision 0.997, leaky 0.056, clean masked 0.000).
	{file: "dev304.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.08, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.91, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev305.jsonl (Swedish chat on care, school, LSS and politics, 2026-12-07 session 15): floors under what the engine reached (policy recall 0.976 at precision 0.991, leaky 0.050, clean masked 0.000).
	{file: "dev305.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.07, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.92, Gender: 0.97, Orientation: 0.97, Politics: 0.93, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev306.jsonl (formal messages and bot answers repeating details back, 2026-12-07 session 15): floors under what the engine reached (policy recall 0.989 at precision 0.997, leaky 0.019, clean masked 0.000).
	{file: "dev306.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev307.jsonl (health and social services for immigrants and refugees, 2026-12-07 session 15): floors under what the engine reached (policy recall 0.982 at precision 0.997, leaky 0.037, clean masked 0.000).
	{file: "dev307.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.07, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.91},
	}},
	// testdata/dev308.jsonl (a nynorsk municipality: school, health, roads, elections, 2026-12-07 session 15): floors under what the engine reached (policy recall 0.982 at precision 0.995, leaky 0.025, clean masked 0.000).
	{file: "dev308.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.91, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev309.jsonl (messages in capitals, title case or without punctuation, 2026-12-07 session 15): floors under what the engine reached (policy recall 0.987 at precision 0.960, leaky 0.031, clean masked 0.046).
	{file: "dev309.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.94, allPrecision: 0.94, maxLeaky: 0.06, maxCleanMasked: 0.07,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.90, Location: 0.94, IP: 0.97, Email: 0.97, Person: 0.88},
	}},
	// testdata/dev310.jsonl (parents of small children: pregnancy, birth, vaccines, kindergarten, 2026-12-07 session 15): floors under what the engine reached (policy recall 0.936 at precision 0.970, leaky 0.113, clean masked 0.000).
	{file: "dev310.jsonl", f: floors{
		policyRecall: 0.91, policyPrecision: 0.94, allPrecision: 0.95, maxLeaky: 0.14, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.83, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.92},
	}},
	// testdata/dev311.jsonl (complaints about staff and politicians, with strong opinions, 2026-12-07 session 15): floors under what the engine reached (policy recall 0.985 at precision 0.988, leaky 0.037, clean masked 0.024).
	{file: "dev311.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.97, maxLeaky: 0.06, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.95, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.94},
	}},
	// testdata/dev312.jsonl (disability and assistive technology, 2026-12-07 session 15): floors under what the engine reached (policy recall 0.936 at precision 0.969, leaky 0.131, clean masked 0.050).
	{file: "dev312.jsonl", f: floors{
		policyRecall: 0.91, policyPrecision: 0.94, allPrecision: 0.95, maxLeaky: 0.16, maxCleanMasked: 0.07,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.86, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.94, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev313.jsonl (city neighbourhoods: district names, streets and slang, 2026-12-07 session 15): floors under what the engine reached (policy recall 0.968 at precision 0.982, leaky 0.050, clean masked 0.050).
	{file: "dev313.jsonl", f: floors{
		policyRecall: 0.94, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.08, maxCleanMasked: 0.07,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.88, Location: 0.90, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev314.jsonl (tourists, seasonal workers and Nordic writers using English, 2026-12-07 session 15): floors under what the engine reached (policy recall 0.980 at precision 0.997, leaky 0.037, clean masked 0.000).
	{file: "dev314.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.91, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev315.jsonl (mental health and addiction in everyday words, 2026-12-07 session 15): floors under what the engine reached (policy recall 0.954 at precision 0.984, leaky 0.100, clean masked 0.050).
	{file: "dev315.jsonl", f: floors{
		policyRecall: 0.93, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.12, maxCleanMasked: 0.07,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.85, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev316.jsonl (a family moving to a new municipality, 2026-12-07 session 16): floors under what the engine reached (policy recall 0.978 at precision 0.993, leaky 0.031, clean masked 0.000).
	{file: "dev316.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.92, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev317.jsonl (elderly care and home services written by relatives, 2026-12-07 session 16): floors under what the engine reached (policy recall 0.970 at precision 0.992, leaky 0.119, clean masked 0.050).
	{file: "dev317.jsonl", f: floors{
		policyRecall: 0.94, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.14, maxCleanMasked: 0.07,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.89, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev318.jsonl (youth and leisure, sports halls and the school nurse, 2026-12-07 session 16): floors under what the engine reached (policy recall 0.953 at precision 1.000, leaky 0.075, clean masked 0.000).
	{file: "dev318.jsonl", f: floors{
		policyRecall: 0.93, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.10, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.86, Location: 0.82, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev319.jsonl (housing, rent, social assistance and debt advice, 2026-12-07 session 16): floors under what the engine reached (policy recall 0.973 at precision 0.973, leaky 0.044, clean masked 0.000).
	{file: "dev319.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.95, allPrecision: 0.95, maxLeaky: 0.07, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.88, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev320.jsonl (health services written in a hurry, 2026-12-07 session 16): floors under what the engine reached (policy recall 0.883 at precision 0.978, leaky 0.225, clean masked 0.075).
	{file: "dev320.jsonl", f: floors{
		policyRecall: 0.86, policyPrecision: 0.95, allPrecision: 0.95, maxLeaky: 0.25, maxCleanMasked: 0.10,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.76, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.88, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev321.jsonl (local democracy, complaints about politicians and parties, 2026-12-07 session 16): floors under what the engine reached (policy recall 0.946 at precision 0.996, leaky 0.106, clean masked 0.000).
	{file: "dev321.jsonl", f: floors{
		policyRecall: 0.92, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.13, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.89, Location: 0.85, IP: 0.97, Email: 0.97, Person: 0.84},
	}},
	// testdata/dev322.jsonl (transport and roads, ferries, school transport and snow clearing, 2026-12-07 session 16): floors under what the engine reached (policy recall 0.918 at precision 0.976, leaky 0.156, clean masked 0.000).
	{file: "dev322.jsonl", f: floors{
		policyRecall: 0.89, policyPrecision: 0.95, allPrecision: 0.95, maxLeaky: 0.18, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.89, Location: 0.76, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev323.jsonl (family life and child welfare, 2026-12-07 session 16): floors under what the engine reached (policy recall 0.993 at precision 0.997, leaky 0.013, clean masked 0.024).
	{file: "dev323.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev324.jsonl (immigrants and refugees writing in five languages, 2026-12-07 session 16): floors under what the engine reached (policy recall 0.969 at precision 0.996, leaky 0.056, clean masked 0.024).
	{file: "dev324.jsonl", f: floors{
		policyRecall: 0.94, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.08, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.92, Gender: 0.97, Orientation: 0.97, Politics: 0.86, Location: 0.93, IP: 0.97, Email: 0.97, Person: 0.94},
	}},
	// testdata/dev325.jsonl (small rural places in lower case, water, roads and elderly neighbours, 2026-12-07 session 16): floors under what the engine reached (policy recall 0.900 at precision 0.994, leaky 0.219, clean masked 0.000).
	{file: "dev325.jsonl", f: floors{
		policyRecall: 0.88, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.24, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.69, IP: 0.97, Email: 0.97, Person: 0.85},
	}},
	// testdata/dev326.jsonl (schools and special needs, 2026-12-07 session 16): floors under what the engine reached (policy recall 0.941 at precision 1.000, leaky 0.156, clean masked 0.000).
	{file: "dev326.jsonl", f: floors{
		policyRecall: 0.92, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.18, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.79, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.93, IP: 0.97, Email: 0.97, Person: 0.94},
	}},
	// testdata/dev327.jsonl (culture, sports and volunteering, 2026-12-07 session 16): floors under what the engine reached (policy recall 0.972 at precision 0.996, leaky 0.050, clean masked 0.000).
	{file: "dev327.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.07, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.79, Location: 0.90, IP: 0.97, Email: 0.97, Person: 0.91},
	}},
	// testdata/dev328.jsonl (building permits, property tax and neighbours' disputes, 2026-12-07 session 16): floors under what the engine reached (policy recall 0.954 at precision 0.996, leaky 0.075, clean masked 0.000).
	{file: "dev328.jsonl", f: floors{
		policyRecall: 0.93, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.10, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.87, IP: 0.97, Email: 0.97, Person: 0.93},
	}},
	// testdata/dev329.jsonl (health and care, most in Danish and Swedish municipalities, 2026-12-07 session 16): floors under what the engine reached (policy recall 0.932 at precision 0.983, leaky 0.169, clean masked 0.024).
	{file: "dev329.jsonl", f: floors{
		policyRecall: 0.91, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.19, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.83, Gender: 0.97, Orientation: 0.97, Politics: 0.88, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev330.jsonl (a chatbot's answers and citizens' replies in longer conversations, 2026-12-07 session 16): floors under what the engine reached (policy recall 0.969 at precision 0.987, leaky 0.075, clean masked 0.000).
	{file: "dev330.jsonl", f: floors{
		policyRecall: 0.94, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.10, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.91, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.93, IP: 0.97, Email: 0.97, Person: 0.90},
	}},
	// testdata/dev331.jsonl (waste, water and sewage, pests and noise in chat shorthand, 2026-12-07 session 16): floors under what the engine reached (policy recall 0.907 at precision 0.978, leaky 0.113, clean masked 0.000).
	{file: "dev331.jsonl", f: floors{
		policyRecall: 0.88, policyPrecision: 0.95, allPrecision: 0.96, maxLeaky: 0.14, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.97, Orientation: 0.97, Politics: 0.83, Location: 0.77, IP: 0.97, Email: 0.97, Person: 0.87},
	}},
	// testdata/dev332.jsonl (elderly people writing long messages themselves, 2026-12-07 session 16): floors under what the engine reached (policy recall 0.977 at precision 0.960, leaky 0.069, clean masked 0.023).
	{file: "dev332.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.93, allPrecision: 0.94, maxLeaky: 0.09, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.91, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev333.jsonl (English-speaking residents and mixed-language messages, 2026-12-07 session 16): floors under what the engine reached (policy recall 0.964 at precision 0.986, leaky 0.087, clean masked 0.000).
	{file: "dev333.jsonl", f: floors{
		policyRecall: 0.94, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.11, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.96, Orientation: 0.97, Politics: 0.97, Location: 0.90, IP: 0.97, Email: 0.97, Person: 0.80},
	}},
	// testdata/dev334.jsonl (western Norway in nynorsk and dialect, farms and ferries, 2026-12-07 session 16): floors under what the engine reached (policy recall 0.962 at precision 0.994, leaky 0.075, clean masked 0.000).
	{file: "dev334.jsonl", f: floors{
		policyRecall: 0.94, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.10, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.89, IP: 0.97, Email: 0.97, Person: 0.81},
	}},
	// testdata/dev335.jsonl (Swedish municipalities in everyday chat, 2026-12-07 session 16): floors under what the engine reached (policy recall 0.989 at precision 0.981, leaky 0.025, clean masked 0.025).
	{file: "dev335.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.94},
	}},
	// testdata/dev336.jsonl (Danish municipalities in everyday chat, 2026-12-07 session 16): floors under what the engine reached (policy recall 0.971 at precision 0.990, leaky 0.056, clean masked 0.024).
	{file: "dev336.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.08, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.89, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev337.jsonl (emergencies and worries at night, written in panic, 2026-12-07 session 16): floors under what the engine reached (policy recall 0.897 at precision 0.994, leaky 0.300, clean masked 0.000).
	{file: "dev337.jsonl", f: floors{
		policyRecall: 0.87, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.32, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.75, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.85, IP: 0.97, Email: 0.97, Person: 0.84},
	}},
	// testdata/dev338.jsonl (identity and minorities in questions about services, 2026-12-07 session 16): floors under what the engine reached (policy recall 0.974 at precision 0.976, leaky 0.081, clean masked 0.024).
	{file: "dev338.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.95, allPrecision: 0.95, maxLeaky: 0.11, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.96, Orientation: 0.97, Politics: 0.84, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.93},
	}},
	// testdata/dev339.jsonl (seasonal life, cabins, boats, islands and lakes in lower case, 2026-12-07 session 16): floors under what the engine reached (policy recall 0.888 at precision 0.991, leaky 0.188, clean masked 0.000).
	{file: "dev339.jsonl", f: floors{
		policyRecall: 0.86, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.22, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.92, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.68, IP: 0.97, Email: 0.97, Person: 0.81},
	}},
	// testdata/dev340.jsonl (school transport, after-school care, child welfare and children's diagnoses, 2026-12-07 session 17): floors under what the engine reached (policy recall 1.000 at precision 0.990, leaky 0.000, clean masked 0.048).
	{file: "dev340.jsonl", f: floors{
		policyRecall: 0.98, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.03, maxCleanMasked: 0.07,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev341.jsonl (elderly relatives: nursing homes, home care, hearing aids, dementia, written by their children, 2026-12-07 session 17): floors under what the engine reached (policy recall 0.996 at precision 0.985, leaky 0.013, clean masked 0.050).
	{file: "dev341.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.05, maxCleanMasked: 0.07,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev342.jsonl (local politics and hearings: zoning, tolls, wind farms, with party and home, 2026-12-07 session 17): floors under what the engine reached (policy recall 0.983 at precision 0.996, leaky 0.025, clean masked 0.000).
	{file: "dev342.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.95, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev343.jsonl (health in dialect and slang, mostly without Nordic letters, 2026-12-07 session 17): floors under what the engine reached (policy recall 0.968 at precision 0.987, leaky 0.056, clean masked 0.000).
	{file: "dev343.jsonl", f: floors{
		policyRecall: 0.94, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.09, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.92, Gender: 0.97, Orientation: 0.97, Politics: 0.83, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev344.jsonl (moving house: old and new addresses, farms, villages and islands, often in lower case, 2026-12-07 session 17): floors under what the engine reached (policy recall 0.950 at precision 0.996, leaky 0.069, clean masked 0.000).
	{file: "dev344.jsonl", f: floors{
		policyRecall: 0.92, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.10, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.89, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev345.jsonl (family conflict: divorce, custody, new partners, same-sex couples, stepchildren, 2026-12-07 session 17): floors under what the engine reached (policy recall 0.995 at precision 0.993, leaky 0.013, clean masked 0.024).
	{file: "dev345.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev346.jsonl (young people: school nurse, mental health, sexuality, gender identity, parties, in slang, 2026-12-07 session 17): floors under what the engine reached (policy recall 0.946 at precision 0.988, leaky 0.087, clean masked 0.000).
	{file: "dev346.jsonl", f: floors{
		policyRecall: 0.92, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.12, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.80, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.76},
	}},
	// testdata/dev347.jsonl (immigrants and refugees: introduction programme, interpreters, health checks, family reunification, 2026-12-07 session 17): floors under what the engine reached (policy recall 0.991 at precision 0.991, leaky 0.019, clean masked 0.000).
	{file: "dev347.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev348.jsonl (bot answers and citizens' follow-ups mixing general and personal, 2026-12-07 session 17): floors under what the engine reached (policy recall 0.988 at precision 0.987, leaky 0.019, clean masked 0.000).
	{file: "dev348.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.96, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev349.jsonl (disability and assistive devices, written by users and their families, 2026-12-07 session 17): floors under what the engine reached (policy recall 0.978 at precision 0.978, leaky 0.056, clean masked 0.000).
	{file: "dev349.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.95, allPrecision: 0.96, maxLeaky: 0.09, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.85, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev350.jsonl (Danish and Swedish municipal life: job centres, dental care, health centres, income support, 2026-12-07 session 17): floors under what the engine reached (policy recall 0.984 at precision 0.992, leaky 0.031, clean masked 0.000).
	{file: "dev350.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.07, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.93, IP: 0.97, Email: 0.97, Person: 0.92},
	}},
	// testdata/dev351.jsonl (short messages and fragments answering the bot, 2026-12-07 session 17): floors under what the engine reached (policy recall 0.994 at precision 1.000, leaky 0.025, clean masked 0.000).
	{file: "dev351.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.07, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.75},
	}},
	// testdata/dev352.jsonl (rural Norway and Sweden: farms, hunting, snowed-in roads, ambulances, in dialect and lower case, 2026-12-07 session 17): floors under what the engine reached (policy recall 0.912 at precision 0.992, leaky 0.169, clean masked 0.024).
	{file: "dev352.jsonl", f: floors{
		policyRecall: 0.89, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.20, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.97, Orientation: 0.97, Politics: 0.88, Location: 0.76, IP: 0.97, Email: 0.97, Person: 0.75},
	}},
	// testdata/dev353.jsonl (English-speaking residents with Nordic place and street names misspelt, 2026-12-07 session 17): floors under what the engine reached (policy recall 0.940 at precision 0.996, leaky 0.081, clean masked 0.000).
	{file: "dev353.jsonl", f: floors{
		policyRecall: 0.92, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.12, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.79, Location: 0.84, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev354.jsonl (mental health and crisis, for oneself or friends, 2026-12-07 session 17): floors under what the engine reached (policy recall 0.967 at precision 0.966, leaky 0.062, clean masked 0.048).
	{file: "dev354.jsonl", f: floors{
		policyRecall: 0.94, policyPrecision: 0.94, allPrecision: 0.94, maxLeaky: 0.10, maxCleanMasked: 0.07,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.92, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.92, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev355.jsonl (parents of small children: health visits, vaccines, kindergarten, pregnancy and birth, 2026-12-07 session 17): floors under what the engine reached (policy recall 0.972 at precision 0.986, leaky 0.056, clean masked 0.023).
	{file: "dev355.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.09, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.91, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.88},
	}},
	// testdata/dev356.jsonl (a Swedish-heavy mix: care, school, moving and elections, with addresses and personal numbers, 2026-12-07 session 17): floors under what the engine reached (policy recall 0.990 at precision 0.990, leaky 0.019, clean masked 0.024).
	{file: "dev356.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.96, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.93, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev357.jsonl (complaints and conflicts with the municipality, with case handlers, addresses and opinions, 2026-12-07 session 17): floors under what the engine reached (policy recall 0.990 at precision 1.000, leaky 0.013, clean masked 0.000).
	{file: "dev357.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.94, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev358.jsonl (health told at length: symptoms, medicines and treatments in everyday sentences, 2026-12-07 session 17): floors under what the engine reached (policy recall 0.981 at precision 0.977, leaky 0.062, clean masked 0.048).
	{file: "dev358.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.95, allPrecision: 0.95, maxLeaky: 0.10, maxCleanMasked: 0.07,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.78, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.94},
	}},
	// testdata/dev359.jsonl (a Danish-heavy mix: citizen services, home care, school, elections, moving, with CPR numbers, 2026-12-07 session 17): floors under what the engine reached (policy recall 0.997 at precision 0.991, leaky 0.006, clean masked 0.000).
	{file: "dev359.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev360.jsonl (names everywhere: teachers, case workers, neighbours, children and politicians, 2026-12-07 session 17): floors under what the engine reached (policy recall 0.992 at precision 1.000, leaky 0.037, clean masked 0.000).
	{file: "dev360.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.07, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.92, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.94},
	}},
	// testdata/dev361.jsonl (politics in everyday questions: votes, members, local politicians, ideologies, in lower case, 2026-12-07 session 17): floors under what the engine reached (policy recall 0.962 at precision 0.993, leaky 0.081, clean masked 0.000).
	{file: "dev361.jsonl", f: floors{
		policyRecall: 0.94, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.12, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.91, Location: 0.91, IP: 0.97, Email: 0.97, Person: 0.86},
	}},
	// testdata/dev362.jsonl (gender and identity: pronouns, trans and non-binary people, dialect family words, gendered titles, 2026-12-07 session 17): floors under what the engine reached (policy recall 0.992 at precision 0.994, leaky 0.019, clean masked 0.000).
	{file: "dev362.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev363.jsonl (numbers and contact details written sloppily with spaces and dashes, 2026-12-07 session 17): floors under what the engine reached (policy recall 0.992 at precision 1.000, leaky 0.019, clean masked 0.000).
	{file: "dev363.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.94, IP: 0.97, Email: 0.92, Person: 0.97},
	}},
	// testdata/dev364.jsonl (places in chat: villages, districts, islands, farms, streets and postcodes, often lower case, 2026-12-07 session 17): floors under what the engine reached (policy recall 0.946 at precision 1.000, leaky 0.094, clean masked 0.000).
	{file: "dev364.jsonl", f: floors{
		policyRecall: 0.92, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.13, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.88, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev365.jsonl (a mixed week in nynorsk and Danish dialects: health, family, politics and addresses, 2026-12-07 session 17): floors under what the engine reached (policy recall 1.000 at precision 0.996, leaky 0.000, clean masked 0.000).
	{file: "dev365.jsonl", f: floors{
		policyRecall: 0.98, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.03, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev366.jsonl (teenagers and students: school, exams, jobs, health, relationships, parties, moving, 2026-12-07 session 17): floors under what the engine reached (policy recall 0.950 at precision 0.990, leaky 0.062, clean masked 0.000).
	{file: "dev366.jsonl", f: floors{
		policyRecall: 0.93, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.10, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.96, Orientation: 0.97, Politics: 0.97, Location: 0.86, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev367.jsonl (dementia care and families: day centres, relief, alarms, guardianship, moving into care, 2026-12-07 session 17): floors under what the engine reached (policy recall 0.968 at precision 0.945, leaky 0.094, clean masked 0.095).
	{file: "dev367.jsonl", f: floors{
		policyRecall: 0.94, policyPrecision: 0.92, allPrecision: 0.93, maxLeaky: 0.13, maxCleanMasked: 0.12,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.90, Gender: 0.97, Orientation: 0.97, Politics: 0.85, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.95},
	}},
	// testdata/dev368.jsonl (short and messy chat: typos, missing Nordic letters, abbreviations, emojis, 2026-12-07 session 17): floors under what the engine reached (policy recall 0.973 at precision 0.996, leaky 0.044, clean masked 0.000).
	{file: "dev368.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.08, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.92, Gender: 0.97, Orientation: 0.97, Politics: 0.88, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.91},
	}},
	// testdata/dev369.jsonl (Danish and Swedish border towns and islands: ferries, commuting, care across borders, voting, 2026-12-07 session 17): floors under what the engine reached (policy recall 0.918 at precision 0.977, leaky 0.125, clean masked 0.048).
	{file: "dev369.jsonl", f: floors{
		policyRecall: 0.89, policyPrecision: 0.95, allPrecision: 0.95, maxLeaky: 0.16, maxCleanMasked: 0.07,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.78, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev370.jsonl (snow clearing, winter roads and gritting, 2026-12-07 session 18): floors under what the engine reached (policy recall 0.994 at precision 0.991, leaky 0.013, clean masked 0.000).
	{file: "dev370.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev371.jsonl (foster care, child welfare and family counselling, 2026-12-07 session 18): floors under what the engine reached (policy recall 0.997 at precision 0.980, leaky 0.006, clean masked 0.000).
	{file: "dev371.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.95, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev372.jsonl (libraries, adult education and language courses for newcomers, 2026-12-07 session 18): floors under what the engine reached (policy recall 0.985 at precision 0.990, leaky 0.019, clean masked 0.024).
	{file: "dev372.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.90, Location: 0.94, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev373.jsonl (property tax, valuation, building permits and neighbours' disputes, 2026-12-07 session 18): floors under what the engine reached (policy recall 0.995 at precision 1.000, leaky 0.006, clean masked 0.000).
	{file: "dev373.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev374.jsonl (the public health nurse, vaccinations and school doctors, 2026-12-07 session 18): floors under what the engine reached (policy recall 0.977 at precision 0.990, leaky 0.044, clean masked 0.025).
	{file: "dev374.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.08, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.97, Orientation: 0.97, Politics: 0.88, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev375.jsonl (local elections, voting and council meetings, 2026-12-07 session 18): floors under what the engine reached (policy recall 0.985 at precision 0.992, leaky 0.025, clean masked 0.000).
	{file: "dev375.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.92, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev376.jsonl (rubbish collection, recycling and bulky waste, 2026-12-07 session 18): floors under what the engine reached (policy recall 0.971 at precision 0.990, leaky 0.031, clean masked 0.000).
	{file: "dev376.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.07, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.96, Orientation: 0.97, Politics: 0.89, Location: 0.93, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev377.jsonl (social services, housing benefit, debt counselling and emergency help, 2026-12-07 session 18): floors under what the engine reached (policy recall 1.000 at precision 0.992, leaky 0.000, clean masked 0.000).
	{file: "dev377.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.91, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev378.jsonl (sports clubs, swimming pools, culture school and activities for disabled children, 2026-12-07 session 18): floors under what the engine reached (policy recall 0.986 at precision 0.993, leaky 0.031, clean masked 0.024).
	{file: "dev378.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.07, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.94},
	}},
	// testdata/dev379.jsonl (mental health services, crisis lines, addiction care and relatives, 2026-12-07 session 18): floors under what the engine reached (policy recall 0.966 at precision 0.981, leaky 0.087, clean masked 0.000).
	{file: "dev379.jsonl", f: floors{
		policyRecall: 0.94, policyPrecision: 0.96, allPrecision: 0.95, maxLeaky: 0.12, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.90, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.93},
	}},
	// testdata/dev380.jsonl (moving to a new municipality, in chat shorthand, 2026-12-07 session 18): floors under what the engine reached (policy recall 0.988 at precision 0.996, leaky 0.025, clean masked 0.000).
	{file: "dev380.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.89},
	}},
	// testdata/dev381.jsonl (disability services, LSS and serviceloven, 2026-12-07 session 18): floors under what the engine reached (policy recall 0.976 at precision 0.981, leaky 0.056, clean masked 0.000).
	{file: "dev381.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.96, allPrecision: 0.95, maxLeaky: 0.09, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.96, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev382.jsonl (kindergarten places, after-school care and parents' worries, 2026-12-07 session 18): floors under what the engine reached (policy recall 0.987 at precision 0.993, leaky 0.025, clean masked 0.024).
	{file: "dev382.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.06, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.94},
	}},
	// testdata/dev383.jsonl (pregnancy, birth, midwives and parental leave, 2026-12-07 session 18): floors under what the engine reached (policy recall 0.963 at precision 0.987, leaky 0.081, clean masked 0.026).
	{file: "dev383.jsonl", f: floors{
		policyRecall: 0.94, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.12, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.90, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.93},
	}},
	// testdata/dev384.jsonl (Swedish and Danish municipalities' everyday errands, 2026-12-07 session 18): floors under what the engine reached (policy recall 0.989 at precision 0.992, leaky 0.019, clean masked 0.000).
	{file: "dev384.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.90, Location: 0.94, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev385.jsonl (roads, street lights and public transport, 2026-12-07 session 18): floors under what the engine reached (policy recall 0.984 at precision 0.997, leaky 0.031, clean masked 0.025).
	{file: "dev385.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.07, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev386.jsonl (refugees and immigrants in simple or broken language, 2026-12-07 session 18): floors under what the engine reached (policy recall 1.000 at precision 0.996, leaky 0.013, clean masked 0.024).
	{file: "dev386.jsonl", f: floors{
		policyRecall: 0.98, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.87},
	}},
	// testdata/dev387.jsonl (schools: bullying, special needs and school health, 2026-12-07 session 18): floors under what the engine reached (policy recall 0.994 at precision 0.994, leaky 0.019, clean masked 0.000).
	{file: "dev387.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.95},
	}},
	// testdata/dev388.jsonl (elderly parents and their adult children, 2026-12-07 session 18): floors under what the engine reached (policy recall 0.981 at precision 0.965, leaky 0.050, clean masked 0.095).
	{file: "dev388.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.94, allPrecision: 0.94, maxLeaky: 0.08, maxCleanMasked: 0.12,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.92, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev389.jsonl (work and business permits, owners telling of health, family and politics, 2026-12-07 session 18): floors under what the engine reached (policy recall 1.000 at precision 1.000, leaky 0.000, clean masked 0.000).
	{file: "dev389.jsonl", f: floors{
		policyRecall: 0.98, policyPrecision: 0.98, allPrecision: 0.97, maxLeaky: 0.03, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev390.jsonl (LGBT+ people, gender identity and family life, with slang, 2026-12-07 session 18): floors under what the engine reached (policy recall 0.995 at precision 0.987, leaky 0.019, clean masked 0.026).
	{file: "dev390.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.94},
	}},
	// testdata/dev391.jsonl (elderly care at home, relatives asking for parents, 2026-12-07 session 19): floors under what the engine reached (policy recall 0.975 at precision 0.957, leaky 0.069, clean masked 0.244).
	{file: "dev391.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.93, allPrecision: 0.93, maxLeaky: 0.10, maxCleanMasked: 0.27,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.90, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev392.jsonl (schools and kindergartens, children's needs and school politics, 2026-12-07 session 19): floors under what the engine reached (policy recall 0.989 at precision 0.997, leaky 0.031, clean masked 0.000).
	{file: "dev392.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.07, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.88, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.94},
	}},
	// testdata/dev393.jsonl (housing, building permits and property tax, 2026-12-07 session 19): floors under what the engine reached (policy recall 0.992 at precision 0.961, leaky 0.013, clean masked 0.000).
	{file: "dev393.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.94, allPrecision: 0.94, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev394.jsonl (health and social services, mental health and addiction follow-up, 2026-12-07 session 19): floors under what the engine reached (policy recall 0.978 at precision 0.977, leaky 0.044, clean masked 0.025).
	{file: "dev394.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.95, allPrecision: 0.95, maxLeaky: 0.08, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev395.jsonl (culture, sports and leisure, 2026-12-07 session 19): floors under what the engine reached (policy recall 0.988 at precision 0.983, leaky 0.019, clean masked 0.000).
	{file: "dev395.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.88, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev396.jsonl (transport and roads, ferries and small places in lower case, 2026-12-07 session 19): floors under what the engine reached (policy recall 0.965 at precision 0.984, leaky 0.069, clean masked 0.000).
	{file: "dev396.jsonl", f: floors{
		policyRecall: 0.94, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.10, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.85, IP: 0.97, Email: 0.97, Person: 0.93},
	}},
	// testdata/dev397.jsonl (immigrants and refugees, names and home countries, 2026-12-07 session 19): floors under what the engine reached (policy recall 0.975 at precision 0.997, leaky 0.050, clean masked 0.000).
	{file: "dev397.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.08, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.89, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev398.jsonl (young people, sexuality, drugs and alcohol, in slang, 2026-12-07 session 19): floors under what the engine reached (policy recall 0.969 at precision 0.988, leaky 0.050, clean masked 0.000).
	{file: "dev398.jsonl", f: floors{
		policyRecall: 0.94, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.08, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.87, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev399.jsonl (child welfare and families, 2026-12-07 session 19): floors under what the engine reached (policy recall 0.981 at precision 0.997, leaky 0.044, clean masked 0.000).
	{file: "dev399.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.08, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.91},
	}},
	// testdata/dev400.jsonl (waste, water, noise and neighbours, 2026-12-07 session 19): floors under what the engine reached (policy recall 0.985 at precision 0.988, leaky 0.031, clean masked 0.000).
	{file: "dev400.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.07, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev401.jsonl (jobs, benefits and job centres, 2026-12-07 session 19): floors under what the engine reached (policy recall 0.991 at precision 0.994, leaky 0.019, clean masked 0.000).
	{file: "dev401.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev402.jsonl (Danish and Swedish municipal services, 2026-12-07 session 19): floors under what the engine reached (policy recall 0.989 at precision 0.997, leaky 0.025, clean masked 0.024).
	{file: "dev402.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.06, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev403.jsonl (emergencies, floods and power cuts, 2026-12-07 session 19): floors under what the engine reached (policy recall 0.979 at precision 0.991, leaky 0.037, clean masked 0.000).
	{file: "dev403.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.08, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.96, Orientation: 0.97, Politics: 0.97, Location: 0.90, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev404.jsonl (local democracy and elections, 2026-12-07 session 19): floors under what the engine reached (policy recall 0.996 at precision 0.982, leaky 0.006, clean masked 0.024).
	{file: "dev404.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.04, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev405.jsonl (disability services and aids, 2026-12-07 session 19): floors under what the engine reached (policy recall 0.980 at precision 0.977, leaky 0.044, clean masked 0.024).
	{file: "dev405.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.95, allPrecision: 0.95, maxLeaky: 0.08, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev406.jsonl (cemeteries, funerals and the bereaved, 2026-12-07 session 19): floors under what the engine reached (policy recall 0.988 at precision 1.000, leaky 0.025, clean masked 0.000).
	{file: "dev406.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.98, allPrecision: 0.97, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.93, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev407.jsonl (English-speaking newcomers mixing English and Nordic words, 2026-12-07 session 19): floors under what the engine reached (policy recall 0.967 at precision 0.992, leaky 0.069, clean masked 0.025).
	{file: "dev407.jsonl", f: floors{
		policyRecall: 0.94, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.10, maxCleanMasked: 0.07,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.90, Gender: 0.96, Orientation: 0.86, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev408.jsonl (libraries, swimming pools and adult education, 2026-12-07 session 19): floors under what the engine reached (policy recall 0.992 at precision 0.996, leaky 0.019, clean masked 0.000).
	{file: "dev408.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.95, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.95},
	}},
	// testdata/dev409.jsonl (rural northern municipalities, farms and islands, 2026-12-07 session 19): floors under what the engine reached (policy recall 0.977 at precision 0.991, leaky 0.050, clean masked 0.000).
	{file: "dev409.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.08, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.96, Orientation: 0.97, Politics: 0.91, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev410.jsonl (parking, fines, taxes and fees, 2026-12-07 session 19): floors under what the engine reached (policy recall 0.983 at precision 0.983, leaky 0.031, clean masked 0.023).
	{file: "dev410.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.07, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev411.jsonl (everyday health told in passing, 2026-12-07 session 19): floors under what the engine reached (policy recall 0.995 at precision 0.984, leaky 0.013, clean masked 0.025).
	{file: "dev411.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev412.jsonl (places written every way, 2026-12-07 session 19): floors under what the engine reached (policy recall 0.994 at precision 0.997, leaky 0.013, clean masked 0.024).
	{file: "dev412.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev413.jsonl (names written every way, 2026-12-07 session 19): floors under what the engine reached (policy recall 0.996 at precision 0.988, leaky 0.062, clean masked 0.024).
	{file: "dev413.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.10, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.86},
	}},
	// testdata/dev414.jsonl (school and kindergarten: places, absence, special needs, parents' worries, 2026-12-07 session 20): floors under what the engine reached (policy recall 0.997 at precision 0.982, leaky 0.006, clean masked 0.000).
	{file: "dev414.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.94, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev415.jsonl (housing, moving, neighbours and building permits, 2026-12-07 session 20): floors under what the engine reached (policy recall 1.000 at precision 0.986, leaky 0.000, clean masked 0.000).
	{file: "dev415.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev416.jsonl (social services, benefits, debt and work, 2026-12-07 session 20): floors under what the engine reached (policy recall 1.000 at precision 0.995, leaky 0.000, clean masked 0.000).
	{file: "dev416.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev417.jsonl (youth writing themselves: leisure, sports, mental health, bullying, identity, 2026-12-07 session 20): floors under what the engine reached (policy recall 0.990 at precision 0.995, leaky 0.013, clean masked 0.000).
	{file: "dev417.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.94, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev418.jsonl (newcomers and refugees in imperfect grammar and mixed languages, 2026-12-07 session 20): floors under what the engine reached (policy recall 1.000 at precision 0.992, leaky 0.000, clean masked 0.051).
	{file: "dev418.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.08,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev419.jsonl (local politics and opinions on municipal decisions, 2026-12-07 session 20): floors under what the engine reached (policy recall 0.989 at precision 0.996, leaky 0.013, clean masked 0.000).
	{file: "dev419.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.94, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev420.jsonl (health told in everyday words, Danish and Swedish as much as Norwegian, 2026-12-07 session 20): floors under what the engine reached (policy recall 0.987 at precision 0.992, leaky 0.031, clean masked 0.024).
	{file: "dev420.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.07, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev421.jsonl (landmarks, parks, beaches, farms, islands and streets, 2026-12-07 session 20): floors under what the engine reached (policy recall 0.975 at precision 0.982, leaky 0.044, clean masked 0.048).
	{file: "dev421.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.96, allPrecision: 0.95, maxLeaky: 0.08, maxCleanMasked: 0.07,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.92, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev422.jsonl (families: children, partners, ex-partners, in-laws, custody, 2026-12-07 session 20): floors under what the engine reached (policy recall 0.997 at precision 0.997, leaky 0.006, clean masked 0.000).
	{file: "dev422.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev423.jsonl (health services, care and aids, general and personal mixed, 2026-12-07 session 20): floors under what the engine reached (policy recall 0.982 at precision 0.953, leaky 0.031, clean masked 0.070).
	{file: "dev423.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.93, allPrecision: 0.93, maxLeaky: 0.07, maxCleanMasked: 0.09,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.92, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev424.jsonl (short terse messages with typos and abbreviations, 2026-12-07 session 20): floors under what the engine reached (policy recall 0.995 at precision 0.990, leaky 0.006, clean masked 0.000).
	{file: "dev424.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.94, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev425.jsonl (orientation, gender identity and relationships in passing, 2026-12-07 session 20): floors under what the engine reached (policy recall 0.991 at precision 0.997, leaky 0.019, clean masked 0.000).
	{file: "dev425.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.95, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev426.jsonl (long messages telling a whole situation, 2026-12-07 session 20): floors under what the engine reached (policy recall 0.992 at precision 0.984, leaky 0.031, clean masked 0.000).
	{file: "dev426.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.07, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.93},
	}},
	// testdata/dev427.jsonl (culture, sports, church, volunteering and events, 2026-12-07 session 20): floors under what the engine reached (policy recall 0.990 at precision 0.985, leaky 0.013, clean masked 0.024).
	{file: "dev427.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.93, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev428.jsonl (border regions, commuters and holiday-home owners mixing the languages, 2026-12-07 session 20): floors under what the engine reached (policy recall 0.994 at precision 0.997, leaky 0.013, clean masked 0.000).
	{file: "dev428.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev429.jsonl (emergencies and urgent worries written in haste, 2026-12-07 session 20): floors under what the engine reached (policy recall 0.982 at precision 0.994, leaky 0.037, clean masked 0.025).
	{file: "dev429.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.07, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.92, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev430.jsonl (older citizens writing themselves, 2026-12-07 session 20): floors under what the engine reached (policy recall 0.981 at precision 0.963, leaky 0.037, clean masked 0.075).
	{file: "dev430.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.94, allPrecision: 0.94, maxLeaky: 0.07, maxCleanMasked: 0.10,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.92, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev431.jsonl (work, permits and businesses, 2026-12-07 session 20): floors under what the engine reached (policy recall 1.000 at precision 0.986, leaky 0.000, clean masked 0.000).
	{file: "dev431.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.95, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev432.jsonl (pregnancy, birth, infants and health visits, 2026-12-07 session 20): floors under what the engine reached (policy recall 0.954 at precision 0.990, leaky 0.081, clean masked 0.024).
	{file: "dev432.jsonl", f: floors{
		policyRecall: 0.93, policyPrecision: 0.96, allPrecision: 0.97, maxLeaky: 0.12, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.87, Gender: 0.95, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev433.jsonl (mental health and addiction told in chat slang, 2026-12-07 session 20): floors under what the engine reached (policy recall 0.953 at precision 0.947, leaky 0.119, clean masked 0.050).
	{file: "dev433.jsonl", f: floors{
		policyRecall: 0.93, policyPrecision: 0.92, allPrecision: 0.93, maxLeaky: 0.15, maxCleanMasked: 0.07,
		categoryRecall: map[Category]float64{Number: 0.93, Health: 0.86, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.93},
	}},
	// testdata/dev434.jsonl (English of Nordic residents with Nordic words mixed in, 2026-12-07 session 20): floors under what the engine reached (policy recall 0.992 at precision 0.971, leaky 0.013, clean masked 0.000).
	{file: "dev434.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.95, allPrecision: 0.95, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.95, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev435.jsonl (students over 16: upper secondary, apprentices, housing, exams, 2026-12-07 session 20): floors under what the engine reached (policy recall 0.996 at precision 0.983, leaky 0.006, clean masked 0.024).
	{file: "dev435.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.94, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev436.jsonl (nynorsk and dialect-heavy Norwegian, 2026-12-07 session 20): floors under what the engine reached (policy recall 0.989 at precision 0.996, leaky 0.019, clean masked 0.000).
	{file: "dev436.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.93, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev437.jsonl (Swedish citizens and municipalities, 2026-12-07 session 20): floors under what the engine reached (policy recall 0.997 at precision 0.987, leaky 0.006, clean masked 0.023).
	{file: "dev437.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev438.jsonl (waste, water, roads and snow, with health and family in passing, 2026-12-07 session 20): floors under what the engine reached (policy recall 0.987 at precision 1.000, leaky 0.013, clean masked 0.000).
	{file: "dev438.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.94, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev439.jsonl (Danish citizens and municipalities, 2026-12-07 session 20): floors under what the engine reached (policy recall 0.990 at precision 0.993, leaky 0.019, clean masked 0.000).
	{file: "dev439.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev440.jsonl (relatives writing for someone else, 2026-12-07 session 20): floors under what the engine reached (policy recall 0.990 at precision 0.992, leaky 0.031, clean masked 0.000).
	{file: "dev440.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.07, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev441.jsonl (parents asking about kindergarten and school, 2026-12-07 session 21): floors under what the engine reached (policy recall 0.992 at precision 1.000, leaky 0.019, clean masked 0.000).
	{file: "dev441.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.92},
	}},
	// testdata/dev442.jsonl (elderly care and home services, 2026-12-07 session 21): floors under what the engine reached (policy recall 0.988 at precision 0.963, leaky 0.025, clean masked 0.125).
	{file: "dev442.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.94, allPrecision: 0.94, maxLeaky: 0.06, maxCleanMasked: 0.16,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev443.jsonl (housing, building permits, property tax and neighbours, 2026-12-07 session 21): floors under what the engine reached (policy recall 1.000 at precision 0.992, leaky 0.000, clean masked 0.024).
	{file: "dev443.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.06,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev444.jsonl (emergencies and urgent help, 2026-12-07 session 21): floors under what the engine reached (policy recall 0.933 at precision 0.991, leaky 0.119, clean masked 0.000).
	{file: "dev444.jsonl", f: floors{
		policyRecall: 0.91, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.15, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.84, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.93, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev445.jsonl (youth and teenagers, 2026-12-07 session 21): floors under what the engine reached (policy recall 0.989 at precision 0.972, leaky 0.025, clean masked 0.000).
	{file: "dev445.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.95, allPrecision: 0.95, maxLeaky: 0.06, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.92, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.87},
	}},
	// testdata/dev446.jsonl (local politics and elections, 2026-12-07 session 21): floors under what the engine reached (policy recall 1.000 at precision 1.000, leaky 0.000, clean masked 0.000).
	{file: "dev446.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev447.jsonl (mental health and addiction in everyday words, 2026-12-07 session 21): floors under what the engine reached (policy recall 0.974 at precision 0.997, leaky 0.056, clean masked 0.000).
	{file: "dev447.jsonl", f: floors{
		policyRecall: 0.95, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.09, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.90, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev448.jsonl (everyday errands in lowercase without æøå, 2026-12-07 session 21): floors under what the engine reached (policy recall 0.990 at precision 0.997, leaky 0.044, clean masked 0.000).
	{file: "dev448.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.08, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.80},
	}},
	// testdata/dev449.jsonl (newcomers and immigrants, 2026-12-07 session 21): floors under what the engine reached (policy recall 0.989 at precision 1.000, leaky 0.019, clean masked 0.000).
	{file: "dev449.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.91, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev451.jsonl (a Swedish municipality's chatbot, 2026-12-07 session 21): floors under what the engine reached (policy recall 0.988 at precision 0.992, leaky 0.019, clean masked 0.049).
	{file: "dev451.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.96, maxLeaky: 0.05, maxCleanMasked: 0.08,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.93, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev452.jsonl (pregnancy, births, infants and gender identity, 2026-12-07 session 21): floors under what the engine reached (policy recall 0.992 at precision 0.974, leaky 0.013, clean masked 0.000).
	{file: "dev452.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.95, allPrecision: 0.95, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.94, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev453.jsonl (Danish-heavy everyday chat, 2026-12-07 session 21): floors under what the engine reached (policy recall 0.987 at precision 1.000, leaky 0.019, clean masked 0.000).
	{file: "dev453.jsonl", f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.87, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/dev455.jsonl (complaints and angry messages, 2026-12-07 session 21): floors under what the engine reached (policy recall 1.000 at precision 0.984, leaky 0.000, clean masked 0.024).
	{file: "dev455.jsonl", f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.05, maxCleanMasked: 0.06,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout10.jsonl (blind: a season of a log, 2026-12-06 session 4): floors set under what the engine
	// reached on it with that session's final rules (policy recall 0.947 at precision 0.975, leaky 0.095,
	// clean masked 0.016); its misses are never listed. Readings: once, with the final rules: 0.947 / 0.974 / 9.5 %, clean masked 1.6 %.
	{file: "heldout10.jsonl", blind: true, f: floors{
		policyRecall: 0.93, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.12, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.88, Gender: 0.99, Orientation: 0.99, Politics: 0.76, Location: 0.92, IP: 0.99, Email: 0.99, Person: 0.91},
	}},
	// testdata/heldout11.jsonl (blind: a day of a municipality's chatbot, 2026-12-06 session 5; misses never listed): floors under what the engine reached (policy recall 0.954 at precision 0.974, leaky 0.075, clean masked 0.019).
	{file: "heldout11.jsonl", blind: true, f: floors{
		policyRecall: 0.94, policyPrecision: 0.96, allPrecision: 0.95, maxLeaky: 0.10, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.90, Gender: 0.97, Orientation: 0.98, Politics: 0.98, Location: 0.90, IP: 0.98, Email: 0.98, Person: 0.98},
	}},
	// testdata/heldout12.jsonl (blind: hurried phone chat, 2026-12-06 session 5; misses never listed): floors under what the engine reached (policy recall 0.976 at precision 0.988, leaky 0.044, clean masked 0.000).
	{file: "heldout12.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.07, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.91, Gender: 0.97, Orientation: 0.98, Politics: 0.98, Location: 0.97, IP: 0.98, Email: 0.98, Person: 0.98},
	}},
	// testdata/heldout13.jsonl (blind: a representative sample, 2026-12-06 session 5; misses never listed): floors under what the engine reached (policy recall 0.969 at precision 0.973, leaky 0.044, clean masked 0.019).
	{file: "heldout13.jsonl", blind: true, f: floors{
		policyRecall: 0.95, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.07, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.88, Gender: 0.98, Orientation: 0.98, Politics: 0.98, Location: 0.96, IP: 0.98, Email: 0.98, Person: 0.98},
	}},
	// testdata/heldout14.jsonl (blind: a week of a log, 2026-12-06 session 5; misses never listed): floors under what the engine reached (policy recall 0.971 at precision 0.971, leaky 0.044, clean masked 0.019).
	{file: "heldout14.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.95, maxLeaky: 0.07, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.90, Gender: 0.97, Orientation: 0.98, Politics: 0.98, Location: 0.96, IP: 0.98, Email: 0.98, Person: 0.98},
	}},
	// testdata/heldout15.jsonl (blind: an ordinary fortnight of a log, 2026-12-06 session 5; misses never listed): floors under what the engine reached (policy recall 0.991 at precision 0.991, leaky 0.019, clean masked 0.019).
	{file: "heldout15.jsonl", blind: true, f: floors{
		policyRecall: 0.98, policyPrecision: 0.98, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.95, Gender: 0.98, Orientation: 0.98, Politics: 0.98, Location: 0.98, IP: 0.98, Email: 0.98, Person: 0.93},
	}},
	// testdata/heldout16.jsonl (blind: an everyday mix in all five languages, 2026-12-06 session 6; misses never listed): floors under what the engine reached (policy recall 0.976 at precision 0.996, leaky 0.037, clean masked 0.000).
	{file: "heldout16.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.90, Gender: 0.98, Orientation: 0.98, Politics: 0.98, Location: 0.98, IP: 0.98, Email: 0.98, Person: 0.98},
	}},
	// testdata/heldout17.jsonl (blind: phone-style chat in all five languages, 2026-12-06 session 6; misses never listed): floors under what the engine reached (policy recall 0.966 at precision 0.995, leaky 0.056, clean masked 0.000).
	{file: "heldout17.jsonl", blind: true, f: floors{
		policyRecall: 0.95, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.08, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.95, Gender: 0.97, Orientation: 0.98, Politics: 0.89, Location: 0.92, IP: 0.98, Email: 0.98, Person: 0.84},
	}},
	// testdata/heldout18.jsonl (blind: an everyday mix in all five languages, 2026-12-06 session 6; misses never listed): floors under what the engine reached (policy recall 1.000 at precision 0.990, leaky 0.000, clean masked 0.019).
	{file: "heldout18.jsonl", blind: true, f: floors{
		policyRecall: 0.99, policyPrecision: 0.97, allPrecision: 0.98, maxLeaky: 0.02, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.98, Health: 0.98, Gender: 0.98, Orientation: 0.98, Politics: 0.98, Location: 0.98, IP: 0.98, Email: 0.98, Person: 0.98},
	}},
	// testdata/heldout19.jsonl (blind: an ordinary fortnight of a log, 2026-12-06 session 7; misses never listed): floors under what the engine reached (policy recall 0.962 at precision 0.996, leaky 0.050, clean masked 0.000).
	{file: "heldout19.jsonl", blind: true, f: floors{
		policyRecall: 0.94, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.08, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.87, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.92, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout20.jsonl (blind: a month of a log across all services, 2026-12-06 session 7; misses never listed): floors under what the engine reached (policy recall 0.980 at precision 0.992, leaky 0.037, clean masked 0.018).
	{file: "heldout20.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.07, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.90, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.92},
	}},
	// testdata/heldout21.jsonl (blind: citizens of all ages on their own and their families' lives, 2026-12-06 session 7; misses never listed): floors under what the engine reached (policy recall 0.980 at precision 0.986, leaky 0.062, clean masked 0.057).
	{file: "heldout21.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.96, maxLeaky: 0.09, maxCleanMasked: 0.08,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.89, IP: 0.97, Email: 0.97, Person: 0.80},
	}},
	// testdata/heldout22.jsonl (blind: an ordinary week of a log, 2026-12-06 session 7; misses never listed): floors under what the engine reached (policy recall 1.000 at precision 0.982, leaky 0.000, clean masked 0.019).
	{file: "heldout22.jsonl", blind: true, f: floors{
		policyRecall: 0.98, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.03, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout23.jsonl (blind: a busy Monday after a storm and a power cut, 2026-12-06 session 7; misses never listed): floors under what the engine reached (policy recall 0.976 at precision 0.984, leaky 0.037, clean masked 0.018).
	{file: "heldout23.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.97, maxLeaky: 0.07, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.91, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.93, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout24.jsonl (blind: everyday questions and answers in the dev corpus's language mix, 2026-12-06 session 7; misses never listed): floors under what the engine reached (policy recall 0.976 at precision 0.980, leaky 0.031, clean masked 0.000).
	{file: "heldout24.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.92, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.92, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout25.jsonl (blind: everyday questions and answers in the dev corpus's language mix, 2026-12-06 session 7; misses never listed): floors under what the engine reached (policy recall 1.000 at precision 0.984, leaky 0.000, clean masked 0.000).
	{file: "heldout25.jsonl", blind: true, f: floors{
		policyRecall: 0.98, policyPrecision: 0.96, allPrecision: 0.97, maxLeaky: 0.03, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout26.jsonl (blind: a Thursday of a log in the dev corpus's language mix, 2026-12-06 session 7; misses never listed): floors under what the engine reached (policy recall 0.971 at precision 0.981, leaky 0.037, clean masked 0.000).
	{file: "heldout26.jsonl", blind: true, f: floors{
		policyRecall: 0.95, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.07, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.87, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.94, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout27.jsonl (blind: a Wednesday of a log in the dev corpus's language mix, 2026-12-06 session 7; misses never listed): floors under what the engine reached (policy recall 0.963 at precision 0.971, leaky 0.056, clean masked 0.038).
	{file: "heldout27.jsonl", blind: true, f: floors{
		policyRecall: 0.94, policyPrecision: 0.95, allPrecision: 0.95, maxLeaky: 0.09, maxCleanMasked: 0.06,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.89, Gender: 0.95, Orientation: 0.97, Politics: 0.88, Location: 0.93, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout28.jsonl (blind: an ordinary Tuesday of a log in the dev corpus's language mix, 2026-12-06 session 8; misses never listed): floors under what the engine reached (policy recall 0.991 at precision 0.991, leaky 0.013, clean masked 0.020).
	{file: "heldout28.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.96, maxLeaky: 0.04, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout29.jsonl (blind: an ordinary Friday of a log in the dev corpus's language mix, 2026-12-06 session 8; misses never listed): floors under what the engine reached (policy recall 0.975 at precision 0.992, leaky 0.037, clean masked 0.019).
	{file: "heldout29.jsonl", blind: true, f: floors{
		policyRecall: 0.95, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.06, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.92, Gender: 0.97, Orientation: 0.97, Politics: 0.91, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout30.jsonl (blind: an ordinary Wednesday of a log in the dev corpus's language mix, 2026-12-06 session 8; misses never listed): floors under what the engine reached (policy recall 0.985 at precision 0.981, leaky 0.031, clean masked 0.019).
	{file: "heldout30.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.06, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.94},
	}},
	// testdata/heldout31.jsonl (blind: an ordinary Monday of a log in the dev corpus's language mix, 2026-12-06 session 8; misses never listed): floors under what the engine reached (policy recall 1.000 at precision 0.980, leaky 0.000, clean masked 0.039).
	{file: "heldout31.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.95, allPrecision: 0.96, maxLeaky: 0.02, maxCleanMasked: 0.06,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout32.jsonl (blind: an ordinary Thursday of a log in the dev corpus's language mix, 2026-12-06 session 8; misses never listed): floors under what the engine reached (policy recall 0.985 at precision 1.000, leaky 0.025, clean masked 0.000).
	{file: "heldout32.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout33.jsonl (blind: an ordinary Saturday of a log in the dev corpus's language mix, 2026-12-06 session 8; misses never listed): floors under what the engine reached (policy recall 0.980 at precision 0.996, leaky 0.037, clean masked 0.000).
	{file: "heldout33.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.91, Location: 0.92, IP: 0.97, Email: 0.97, Person: 0.93},
	}},
	// testdata/heldout34.jsonl (blind: an ordinary Sunday evening of a log in the dev corpus's language mix, 2026-12-06 session 8; misses never listed): floors under what the engine reached (policy recall 0.976 at precision 0.984, leaky 0.044, clean masked 0.038).
	{file: "heldout34.jsonl", blind: true, f: floors{
		policyRecall: 0.95, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.07, maxCleanMasked: 0.06,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.91, Gender: 0.96, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.94},
	}},
	// testdata/heldout35.jsonl (blind: a Tuesday morning of a log in the dev corpus's language mix, 2026-12-06 session 8; misses never listed): floors under what the engine reached (policy recall 0.973 at precision 0.985, leaky 0.037, clean masked 0.000).
	{file: "heldout35.jsonl", blind: true, f: floors{
		policyRecall: 0.95, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.91, Gender: 0.96, Orientation: 0.97, Politics: 0.97, Location: 0.94, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout36.jsonl (blind: a Wednesday afternoon of a log in the dev corpus's language mix, 2026-12-06 session 8; misses never listed): floors under what the engine reached (policy recall 0.973 at precision 1.000, leaky 0.037, clean masked 0.000).
	{file: "heldout36.jsonl", blind: true, f: floors{
		policyRecall: 0.95, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.90, Gender: 0.96, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout37.jsonl (blind: a border region, people between Norway, Sweden and Denmark, 2026-12-06 session 9; misses never listed): floors under what the engine reached (policy recall 0.989 at precision 0.985, leaky 0.025, clean masked 0.000).
	{file: "heldout37.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.96, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.93},
	}},
	// testdata/heldout38.jsonl (blind: a Monday morning of a log in the dev corpus's language mix, 2026-12-06 session 9; misses never listed): floors under what the engine reached (policy recall 0.987 at precision 0.996, leaky 0.019, clean masked 0.000).
	{file: "heldout38.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.94, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout39.jsonl (blind: a Friday afternoon of a log in the dev corpus's language mix, 2026-12-06 session 9; misses never listed): floors under what the engine reached (policy recall 0.991 at precision 0.996, leaky 0.013, clean masked 0.000).
	{file: "heldout39.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout40.jsonl (blind: a Sunday evening of a log in the dev corpus's language mix, 2026-12-06 session 9; misses never listed): floors under what the engine reached (policy recall 0.995 at precision 0.978, leaky 0.019, clean masked 0.019).
	{file: "heldout40.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.95, allPrecision: 0.96, maxLeaky: 0.04, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.86},
	}},
	// testdata/heldout41.jsonl (blind: a Tuesday lunchtime of a log in the dev corpus's language mix, 2026-12-06 session 9; misses never listed): floors under what the engine reached (policy recall 0.996 at precision 0.984, leaky 0.006, clean masked 0.019).
	{file: "heldout41.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.03, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout42.jsonl (blind: a Wednesday morning of a log in the dev corpus's language mix, 2026-12-06 session 9; misses never listed): floors under what the engine reached (policy recall 0.982 at precision 0.982, leaky 0.019, clean masked 0.019).
	{file: "heldout42.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.04, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.96, Orientation: 0.97, Politics: 0.97, Location: 0.93, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout43.jsonl (blind: a Thursday evening of a log in the dev corpus's language mix, 2026-12-06 session 9; misses never listed): floors under what the engine reached (policy recall 0.980 at precision 0.980, leaky 0.025, clean masked 0.038).
	{file: "heldout43.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.05, maxCleanMasked: 0.06,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.78, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout44.jsonl (blind: a Saturday morning of a log in the dev corpus's language mix, 2026-12-06 session 9; misses never listed): floors under what the engine reached (policy recall 0.985 at precision 0.965, leaky 0.019, clean masked 0.038).
	{file: "heldout44.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.94, allPrecision: 0.94, maxLeaky: 0.04, maxCleanMasked: 0.06,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout45.jsonl (blind: a Monday afternoon of a log in the dev corpus's language mix, 2026-12-06 session 9; misses never listed): floors under what the engine reached (policy recall 0.990 at precision 0.985, leaky 0.013, clean masked 0.019).
	{file: "heldout45.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.04, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout46.jsonl (blind: a Tuesday evening of a log in the dev corpus's language mix, 2026-12-06 session 9; misses never listed): floors under what the engine reached (policy recall 0.991 at precision 0.991, leaky 0.013, clean masked 0.000).
	{file: "heldout46.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout47.jsonl (blind: everyday municipal questions with personal details, 2026-12-06 session 10; misses never listed): floors under what the engine reached (policy recall 0.994 at precision 0.983, leaky 0.006, clean masked 0.000).
	{file: "heldout47.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.03, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout48.jsonl (blind: a Saturday of a municipal chatbot log, 2026-12-06 session 10; misses never listed): floors under what the engine reached (policy recall 1.000 at precision 0.994, leaky 0.000, clean masked 0.000).
	{file: "heldout48.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.96, maxLeaky: 0.02, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout49.jsonl (blind: a Monday morning of a municipal chatbot log, 2026-12-06 session 10; misses never listed): floors under what the engine reached (policy recall 0.971 at precision 1.000, leaky 0.031, clean masked 0.000).
	{file: "heldout49.jsonl", blind: true, f: floors{
		policyRecall: 0.95, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.89, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout50.jsonl (blind: a Friday afternoon of a municipal chatbot log, 2026-12-06 session 10; misses never listed): floors under what the engine reached (policy recall 1.000 at precision 0.994, leaky 0.000, clean masked 0.019).
	{file: "heldout50.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.02, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout51.jsonl (blind: a Sunday evening of a municipal chatbot log, 2026-12-06 session 10; misses never listed): floors under what the engine reached (policy recall 0.982 at precision 0.994, leaky 0.019, clean masked 0.000).
	{file: "heldout51.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.85, Location: 0.92, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout52.jsonl (blind: a Monday morning of a municipal chatbot log, 2026-12-06 session 11; misses never listed): floors under what the engine reached (policy recall 0.990 at precision 0.995, leaky 0.019, clean masked 0.000).
	{file: "heldout52.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.96, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.93},
	}},
	// testdata/heldout53.jsonl (blind: a Tuesday afternoon of a municipal chatbot log, 2026-12-06 session 11; misses never listed): floors under what the engine reached (policy recall 0.995 at precision 0.990, leaky 0.006, clean masked 0.000).
	{file: "heldout53.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.97, maxLeaky: 0.03, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout54.jsonl (blind: a Saturday of a municipal chatbot log, 2026-12-06 session 11; misses never listed): floors under what the engine reached (policy recall 0.985 at precision 0.995, leaky 0.025, clean masked 0.019).
	{file: "heldout54.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.88, Location: 0.94, IP: 0.97, Email: 0.97, Person: 0.92},
	}},
	// testdata/heldout55.jsonl (blind: a Thursday evening of a municipal chatbot log, 2026-12-06 session 11; misses never listed): floors under what the engine reached (policy recall 0.979 at precision 0.995, leaky 0.025, clean masked 0.000).
	{file: "heldout55.jsonl", blind: true, f: floors{
		policyRecall: 0.95, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.93, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout56.jsonl (blind: a Wednesday morning of a municipal chatbot log, 2026-12-06 session 11; misses never listed): floors under what the engine reached (policy recall 0.995 at precision 0.976, leaky 0.006, clean masked 0.038).
	{file: "heldout56.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.95, allPrecision: 0.95, maxLeaky: 0.03, maxCleanMasked: 0.06,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout57.jsonl (blind: a Sunday morning of a municipal chatbot log, 2026-12-06 session 11; misses never listed): floors under what the engine reached (policy recall 0.989 at precision 0.979, leaky 0.019, clean masked 0.000).
	{file: "heldout57.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.95, allPrecision: 0.95, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.92, IP: 0.97, Email: 0.97, Person: 0.90},
	}},
	// testdata/heldout58.jsonl (blind: a Friday evening of a municipal chatbot log, 2026-12-06 session 11; misses never listed): floors under what the engine reached (policy recall 1.000 at precision 0.984, leaky 0.000, clean masked 0.000).
	{file: "heldout58.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.02, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout59.jsonl (blind: a Monday evening of a municipal chatbot log, 2026-12-06 session 11; misses never listed): floors under what the engine reached (policy recall 0.990 at precision 0.990, leaky 0.019, clean masked 0.000).
	{file: "heldout59.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.94, IP: 0.97, Email: 0.97, Person: 0.92},
	}},
	// testdata/heldout60.jsonl (blind: a Saturday evening of a municipal chatbot log, 2026-12-06 session 11; misses never listed): floors under what the engine reached (policy recall 0.995 at precision 1.000, leaky 0.006, clean masked 0.000).
	{file: "heldout60.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.03, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout61.jsonl (blind: a Tuesday morning of a municipal chatbot log, 2026-12-06 session 11; misses never listed): floors under what the engine reached (policy recall 0.984 at precision 0.994, leaky 0.019, clean masked 0.000).
	{file: "heldout61.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.91, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout62.jsonl (blind: a normal week of a municipal chatbot in all five languages, 2026-12-06 session 12; misses never listed): floors under what the engine reached (policy recall 1.000 at precision 0.987, leaky 0.000, clean masked 0.024).
	{file: "heldout62.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.02, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout63.jsonl (blind: an ordinary weekday of a municipal chatbot log, 2026-12-06 session 12; misses never listed): floors under what the engine reached (policy recall 0.987 at precision 0.991, leaky 0.019, clean masked 0.000).
	{file: "heldout63.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout64.jsonl (blind: a Monday morning of a municipal chatbot, 2026-12-06 session 12; misses never listed): floors under what the engine reached (policy recall 0.984 at precision 0.992, leaky 0.025, clean masked 0.000).
	{file: "heldout64.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.92, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout65.jsonl (blind: an evening of a municipal chatbot log, 2026-12-06 session 12; misses never listed): floors under what the engine reached (policy recall 1.000 at precision 0.988, leaky 0.000, clean masked 0.024).
	{file: "heldout65.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.02, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout66.jsonl (blind: a busy afternoon of a municipal chatbot log, 2026-12-06 session 12; misses never listed): floors under what the engine reached (policy recall 0.983 at precision 0.991, leaky 0.025, clean masked 0.024).
	{file: "heldout66.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout67.jsonl (blind: a Friday of a municipal chatbot log, 2026-12-06 session 12; misses never listed): floors under what the engine reached (policy recall 1.000 at precision 0.992, leaky 0.000, clean masked 0.000).
	{file: "heldout67.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.02, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout68.jsonl (blind: a Sunday evening of a municipal chatbot log, 2026-12-06 session 12; misses never listed): floors under what the engine reached (policy recall 0.996 at precision 1.000, leaky 0.006, clean masked 0.048).
	{file: "heldout68.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.03, maxCleanMasked: 0.07,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout69.jsonl (blind: a Wednesday of a municipal chatbot log, 2026-12-06 session 12; misses never listed): floors under what the engine reached (policy recall 0.988 at precision 1.000, leaky 0.025, clean masked 0.000).
	{file: "heldout69.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.93, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.93},
	}},
	// testdata/heldout70.jsonl (blind: a Tuesday afternoon of a municipal chatbot log, 2026-12-06 session 12; misses never listed): floors under what the engine reached (policy recall 0.984 at precision 0.977, leaky 0.025, clean masked 0.024).
	{file: "heldout70.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.95, allPrecision: 0.95, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.92, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout71.jsonl (blind: a Thursday of a municipal chatbot log, 2026-12-06 session 12; misses never listed): floors under what the engine reached (policy recall 0.990 at precision 0.995, leaky 0.025, clean masked 0.000).
	{file: "heldout71.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.87},
	}},
	// testdata/heldout72.jsonl (blind: a Monday afternoon of a municipal chatbot log, 2026-12-06 session 12; misses never listed): floors under what the engine reached (policy recall 0.996 at precision 0.996, leaky 0.006, clean masked 0.050).
	{file: "heldout72.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.96, maxLeaky: 0.03, maxCleanMasked: 0.07,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout73.jsonl (blind: social services, NAV, housing, refugees and debt advice, 2026-12-06 session 13; misses never listed): floors under what the engine reached (policy recall 0.996 at precision 0.978, leaky 0.006, clean masked 0.000).
	{file: "heldout73.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.95, allPrecision: 0.96, maxLeaky: 0.03, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout74.jsonl (blind: culture, sports and elections, 2026-12-06 session 13; misses never listed): floors under what the engine reached (policy recall 0.991 at precision 0.986, leaky 0.013, clean masked 0.025).
	{file: "heldout74.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.04, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout75.jsonl (blind: a week of mixed chatbot traffic, 2026-12-06 session 13; misses never listed): floors under what the engine reached (policy recall 0.996 at precision 0.988, leaky 0.006, clean masked 0.000).
	{file: "heldout75.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.03, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout76.jsonl (blind: a Saturday of a municipal chatbot log, 2026-12-06 session 13; misses never listed): floors under what the engine reached (policy recall 0.989 at precision 0.996, leaky 0.019, clean masked 0.023).
	{file: "heldout76.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout77.jsonl (blind: an evening shift of a municipal chatbot log, 2026-12-06 session 13; misses never listed): floors under what the engine reached (policy recall 0.992 at precision 0.992, leaky 0.013, clean masked 0.024).
	{file: "heldout77.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout78.jsonl (blind: a Monday morning of a municipal chatbot log, 2026-12-06 session 13; misses never listed): floors under what the engine reached (policy recall 1.000 at precision 0.979, leaky 0.000, clean masked 0.000).
	{file: "heldout78.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.95, allPrecision: 0.96, maxLeaky: 0.02, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout79.jsonl (blind: a Wednesday afternoon of a municipal chatbot log, 2026-12-06 session 13; misses never listed): floors under what the engine reached (policy recall 1.000 at precision 0.993, leaky 0.000, clean masked 0.000).
	{file: "heldout79.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.02, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout80.jsonl (blind: home care, nursing homes, assistive aids and transport service, 2026-12-07 session 14; misses never listed): floors under what the engine reached (policy recall 0.974 at precision 0.965, leaky 0.069, clean masked 0.140).
	{file: "heldout80.jsonl", blind: true, f: floors{
		policyRecall: 0.95, policyPrecision: 0.94, allPrecision: 0.94, maxLeaky: 0.09, maxCleanMasked: 0.16,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.94},
	}},
	// testdata/heldout81.jsonl (blind: a Friday of a municipal chatbot log, 2026-12-07 session 14; misses never listed): floors under what the engine reached (policy recall 1.000 at precision 0.996, leaky 0.000, clean masked 0.000).
	{file: "heldout81.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.02, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout82.jsonl (blind: a Monday morning of a municipal chatbot log with typos, dialect and missing capitals, 2026-12-07 session 14; misses never listed): floors under what the engine reached (policy recall 0.995 at precision 0.995, leaky 0.006, clean masked 0.023).
	{file: "heldout82.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.03, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout83.jsonl (blind: a Sunday evening of a municipal chatbot log, 2026-12-07 session 14; misses never listed): floors under what the engine reached (policy recall 1.000 at precision 0.992, leaky 0.000, clean masked 0.023).
	{file: "heldout83.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.02, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout84.jsonl (blind: a mix of everything a municipal chatbot gets, 2026-12-07 session 15; misses never listed): floors under what the engine reached (policy recall 0.974 at precision 0.978, leaky 0.037, clean masked 0.000).
	{file: "heldout84.jsonl", blind: true, f: floors{
		policyRecall: 0.95, policyPrecision: 0.95, allPrecision: 0.96, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.91, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.94, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout85.jsonl (blind: an ordinary weekday of a municipal chatbot log, 2026-12-07 session 15; misses never listed): floors under what the engine reached (policy recall 0.991 at precision 0.991, leaky 0.013, clean masked 0.000).
	{file: "heldout85.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.04, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.94, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout86.jsonl (blind: a busy Monday at a municipal chatbot, 2026-12-07 session 15; misses never listed): floors under what the engine reached (policy recall 0.980 at precision 1.000, leaky 0.025, clean masked 0.000).
	{file: "heldout86.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.92, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout87.jsonl (blind: an evening and night at a municipal chatbot, 2026-12-07 session 15; misses never listed): floors under what the engine reached (policy recall 0.971 at precision 0.988, leaky 0.044, clean masked 0.000).
	{file: "heldout87.jsonl", blind: true, f: floors{
		policyRecall: 0.95, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.07, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.97, Orientation: 0.97, Politics: 0.78, Location: 0.94, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout88.jsonl (blind: a Friday afternoon at a municipal chatbot, 2026-12-07 session 15; misses never listed): floors under what the engine reached (policy recall 0.968 at precision 0.991, leaky 0.044, clean masked 0.000).
	{file: "heldout88.jsonl", blind: true, f: floors{
		policyRecall: 0.94, policyPrecision: 0.97, allPrecision: 0.96, maxLeaky: 0.07, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.90, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout89.jsonl (blind: a Wednesday morning at a municipal chatbot, 2026-12-07 session 15; misses never listed): floors under what the engine reached (policy recall 0.972 at precision 0.990, leaky 0.037, clean masked 0.000).
	{file: "heldout89.jsonl", blind: true, f: floors{
		policyRecall: 0.95, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.90, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout90.jsonl (blind: a Saturday at a municipal chatbot, 2026-12-07 session 15; misses never listed): floors under what the engine reached (policy recall 0.979 at precision 0.987, leaky 0.031, clean masked 0.024).
	{file: "heldout90.jsonl", blind: true, f: floors{
		policyRecall: 0.95, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.06, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.93, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout91.jsonl (blind: a Thursday evening at a municipal chatbot, 2026-12-07 session 15; misses never listed): floors under what the engine reached (policy recall 0.981 at precision 1.000, leaky 0.025, clean masked 0.024).
	{file: "heldout91.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.93, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout92.jsonl (blind: a Tuesday lunchtime at a municipal chatbot, 2026-12-07 session 15; misses never listed): floors under what the engine reached (policy recall 0.991 at precision 0.991, leaky 0.013, clean masked 0.000).
	{file: "heldout92.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout93.jsonl (blind: a Monday evening at a municipal chatbot, 2026-12-07 session 15; misses never listed): floors under what the engine reached (policy recall 0.983 at precision 0.982, leaky 0.025, clean masked 0.000).
	{file: "heldout93.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.95, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.93, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout94.jsonl (blind: a rainy Tuesday at a municipal chatbot, 2026-12-07 session 16; misses never listed): floors under what the engine reached (policy recall 0.956 at precision 0.985, leaky 0.081, clean masked 0.025).
	{file: "heldout94.jsonl", blind: true, f: floors{
		policyRecall: 0.93, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.11, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.92, Gender: 0.97, Orientation: 0.97, Politics: 0.85, Location: 0.90, IP: 0.97, Email: 0.97, Person: 0.93},
	}},
	// testdata/heldout95.jsonl (blind: a busy Monday morning at a municipal chatbot, 2026-12-07 session 16; misses never listed): floors under what the engine reached (policy recall 0.961 at precision 1.000, leaky 0.075, clean masked 0.000).
	{file: "heldout95.jsonl", blind: true, f: floors{
		policyRecall: 0.94, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.10, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.90, Gender: 0.96, Orientation: 0.97, Politics: 0.90, Location: 0.93, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout96.jsonl (blind: a Thursday afternoon at a municipal chatbot, 2026-12-07 session 16; misses never listed): floors under what the engine reached (policy recall 0.947 at precision 0.990, leaky 0.087, clean masked 0.000).
	{file: "heldout96.jsonl", blind: true, f: floors{
		policyRecall: 0.92, policyPrecision: 0.96, allPrecision: 0.97, maxLeaky: 0.11, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.90, Gender: 0.97, Orientation: 0.97, Politics: 0.86, Location: 0.87, IP: 0.97, Email: 0.97, Person: 0.92},
	}},
	// testdata/heldout97.jsonl (blind: a Friday evening at a municipal chatbot, 2026-12-07 session 16; misses never listed): floors under what the engine reached (policy recall 0.935 at precision 0.985, leaky 0.094, clean masked 0.048).
	{file: "heldout97.jsonl", blind: true, f: floors{
		policyRecall: 0.91, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.12, maxCleanMasked: 0.07,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.85, Location: 0.81, IP: 0.97, Email: 0.97, Person: 0.88},
	}},
	// testdata/heldout98.jsonl (blind: a Saturday at a municipal chatbot, 2026-12-07 session 16; misses never listed): floors under what the engine reached (policy recall 0.988 at precision 0.984, leaky 0.019, clean masked 0.000).
	{file: "heldout98.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.90, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout99.jsonl (blind: a Sunday evening at a municipal chatbot, 2026-12-07 session 16; misses never listed): floors under what the engine reached (policy recall 0.940 at precision 0.991, leaky 0.087, clean masked 0.025).
	{file: "heldout99.jsonl", blind: true, f: floors{
		policyRecall: 0.92, policyPrecision: 0.97, allPrecision: 0.96, maxLeaky: 0.11, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.78, IP: 0.97, Email: 0.97, Person: 0.85},
	}},
	// testdata/heldout100.jsonl (blind: a Monday after a public holiday at a municipal chatbot, 2026-12-07 session 16; misses never listed): floors under what the engine reached (policy recall 0.960 at precision 0.996, leaky 0.075, clean masked 0.000).
	{file: "heldout100.jsonl", blind: true, f: floors{
		policyRecall: 0.94, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.10, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.92, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.88, IP: 0.97, Email: 0.97, Person: 0.93},
	}},
	// testdata/heldout101.jsonl (blind: an ordinary Wednesday morning at a municipal chatbot, 2026-12-07 session 16; misses never listed): floors under what the engine reached (policy recall 0.977 at precision 0.987, leaky 0.044, clean masked 0.000).
	{file: "heldout101.jsonl", blind: true, f: floors{
		policyRecall: 0.95, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.07, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.93, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout102.jsonl (blind: everyday municipal errands with personal details overshared, 2026-12-07 session 17; misses never listed): floors under what the engine reached (policy recall 0.979 at precision 1.000, leaky 0.037, clean masked 0.000).
	{file: "heldout102.jsonl", blind: true, f: floors{
		policyRecall: 0.95, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.07, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.93, IP: 0.97, Email: 0.97, Person: 0.92},
	}},
	// testdata/heldout103.jsonl (blind: a rainy autumn week of questions about schools, health, roads, elections and family, 2026-12-07 session 17; misses never listed): floors under what the engine reached (policy recall 0.983 at precision 0.992, leaky 0.025, clean masked 0.000).
	{file: "heldout103.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.84, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout104.jsonl (blind: a December week: Christmas, snow clearing, loneliness, elderly care, family visits, 2026-12-07 session 17; misses never listed): floors under what the engine reached (policy recall 0.946 at precision 0.997, leaky 0.100, clean masked 0.024).
	{file: "heldout104.jsonl", blind: true, f: floors{
		policyRecall: 0.92, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.13, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.85, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.90, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout105.jsonl (blind: a spring week: allergies, pregnancies, kindergarten places, an election campaign, building permits, 2026-12-07 session 17; misses never listed): floors under what the engine reached (policy recall 0.975 at precision 0.989, leaky 0.037, clean masked 0.024).
	{file: "heldout105.jsonl", blind: true, f: floors{
		policyRecall: 0.95, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.07, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.91, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout106.jsonl (blind: a Friday: weekend plans, parking, pharmacies, emergency clinics, neighbours, 2026-12-07 session 17; misses never listed): floors under what the engine reached (policy recall 0.961 at precision 0.985, leaky 0.056, clean masked 0.000).
	{file: "heldout106.jsonl", blind: true, f: floors{
		policyRecall: 0.94, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.09, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.88, IP: 0.97, Email: 0.97, Person: 0.83},
	}},
	// testdata/heldout107.jsonl (blind: a Tuesday evening: homework, elderly parents, sports clubs, health worries, elections, moving, 2026-12-07 session 17; misses never listed): floors under what the engine reached (policy recall 0.986 at precision 0.982, leaky 0.031, clean masked 0.000).
	{file: "heldout107.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.07, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.94, IP: 0.97, Email: 0.97, Person: 0.83},
	}},
	// testdata/heldout108.jsonl (blind: an ordinary Thursday: every kind of question from waste collection to health and family, 2026-12-07 session 17; misses never listed): floors under what the engine reached (policy recall 0.995 at precision 0.986, leaky 0.006, clean masked 0.024).
	{file: "heldout108.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.04, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout109.jsonl (blind: a Sunday evening: the week ahead, family, health, school, work and politics, 2026-12-07 session 17; misses never listed): floors under what the engine reached (policy recall 0.986 at precision 0.989, leaky 0.025, clean masked 0.000).
	{file: "heldout109.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.96, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout110.jsonl (blind: a Monday morning: citizens catching up after the weekend, 2026-12-07 session 17; misses never listed): floors under what the engine reached (policy recall 0.985 at precision 0.985, leaky 0.019, clean masked 0.024).
	{file: "heldout110.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.88, Location: 0.94, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout111.jsonl (blind: a Wednesday evening: every kind of question, 2026-12-07 session 17; misses never listed): floors under what the engine reached (policy recall 0.977 at precision 0.988, leaky 0.037, clean masked 0.000).
	{file: "heldout111.jsonl", blind: true, f: floors{
		policyRecall: 0.95, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.07, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.91, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout112.jsonl (blind: home help, meals on wheels and safety alarms for the elderly, 2026-12-07 session 18; misses never listed): floors under what the engine reached (policy recall 0.962 at precision 0.948, leaky 0.094, clean masked 0.171).
	{file: "heldout112.jsonl", blind: true, f: floors{
		policyRecall: 0.94, policyPrecision: 0.92, allPrecision: 0.92, maxLeaky: 0.13, maxCleanMasked: 0.20,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.89, Gender: 0.96, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout113.jsonl (blind: a Monday morning of every kind of question, 2026-12-07 session 18; misses never listed): floors under what the engine reached (policy recall 0.996 at precision 0.996, leaky 0.006, clean masked 0.000).
	{file: "heldout113.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout114.jsonl (blind: a week of a small island municipality, 2026-12-07 session 18; misses never listed): floors under what the engine reached (policy recall 0.988 at precision 0.988, leaky 0.019, clean masked 0.000).
	{file: "heldout114.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout115.jsonl (blind: a Friday afternoon of complaints, thanks and urgent questions, 2026-12-07 session 18; misses never listed): floors under what the engine reached (policy recall 0.990 at precision 0.993, leaky 0.019, clean masked 0.023).
	{file: "heldout115.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout116.jsonl (blind: a Sunday evening of short messages from relatives, teenagers and old people, 2026-12-07 session 18; misses never listed): floors under what the engine reached (policy recall 0.997 at precision 0.987, leaky 0.006, clean masked 0.050).
	{file: "heldout116.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.04, maxCleanMasked: 0.07,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout117.jsonl (blind: a Tuesday lunch hour of every kind of question, 2026-12-07 session 18; misses never listed): floors under what the engine reached (policy recall 0.988 at precision 0.992, leaky 0.019, clean masked 0.026).
	{file: "heldout117.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.96, Orientation: 0.97, Politics: 0.97, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout118.jsonl (blind: a Thursday evening of every kind of question, 2026-12-07 session 18; misses never listed): floors under what the engine reached (policy recall 0.962 at precision 0.992, leaky 0.056, clean masked 0.024).
	{file: "heldout118.jsonl", blind: true, f: floors{
		policyRecall: 0.94, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.09, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.89, Gender: 0.96, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout119.jsonl (blind: a mixed Monday morning at the town hall, 2026-12-07 session 19; misses never listed): floors under what the engine reached (policy recall 0.981 at precision 0.986, leaky 0.025, clean masked 0.000).
	{file: "heldout119.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.88, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout120.jsonl (blind: complaints and feedback to the municipality, 2026-12-07 session 19; misses never listed): floors under what the engine reached (policy recall 0.980 at precision 0.994, leaky 0.050, clean masked 0.000).
	{file: "heldout120.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.08, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.93, IP: 0.97, Email: 0.97, Person: 0.94},
	}},
	// testdata/heldout121.jsonl (blind: a Friday afternoon mix, 2026-12-07 session 19; misses never listed): floors under what the engine reached (policy recall 0.992 at precision 1.000, leaky 0.013, clean masked 0.024).
	{file: "heldout121.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.98, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout122.jsonl (blind: a Wednesday evening of hurried phone messages, 2026-12-07 session 19; misses never listed): floors under what the engine reached (policy recall 1.000 at precision 0.996, leaky 0.006, clean masked 0.000).
	{file: "heldout122.jsonl", blind: true, f: floors{
		policyRecall: 0.98, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.04, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.93},
	}},
	// testdata/heldout123.jsonl (blind: a Saturday of long formal and short teenage messages, 2026-12-07 session 19; misses never listed): floors under what the engine reached (policy recall 0.986 at precision 0.983, leaky 0.025, clean masked 0.000).
	{file: "heldout123.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.06, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.96, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout124.jsonl (blind: a Tuesday morning of parents and carers, 2026-12-07 session 19; misses never listed): floors under what the engine reached (policy recall 0.961 at precision 0.997, leaky 0.075, clean masked 0.000).
	{file: "heldout124.jsonl", blind: true, f: floors{
		policyRecall: 0.94, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.11, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.90, Gender: 0.96, Orientation: 0.86, Politics: 0.97, Location: 0.90, IP: 0.97, Email: 0.97, Person: 0.92},
	}},
	// testdata/heldout125.jsonl (blind: a Thursday evening of people in difficult situations, 2026-12-07 session 19; misses never listed): floors under what the engine reached (policy recall 0.997 at precision 0.989, leaky 0.013, clean masked 0.000).
	{file: "heldout125.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.94},
	}},
	// testdata/heldout126.jsonl (blind: a Monday afternoon of ordinary questions, 2026-12-07 session 19; misses never listed): floors under what the engine reached (policy recall 0.986 at precision 1.000, leaky 0.037, clean masked 0.000).
	{file: "heldout126.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.07, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.96, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.93, IP: 0.97, Email: 0.97, Person: 0.81},
	}},
	// testdata/heldout127.jsonl (blind: a Wednesday of mixed questions, 2026-12-07 session 20; misses never listed): floors under what the engine reached (policy recall 0.985 at precision 0.990, leaky 0.019, clean masked 0.000).
	{file: "heldout127.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.95, Orientation: 0.85, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout128.jsonl (blind: a Friday of mixed questions, 2026-12-07 session 20; misses never listed): floors under what the engine reached (policy recall 0.995 at precision 0.991, leaky 0.006, clean masked 0.023).
	{file: "heldout128.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.94, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout129.jsonl (blind: a Saturday of mixed questions, 2026-12-07 session 20; misses never listed): floors under what the engine reached (policy recall 0.985 at precision 1.000, leaky 0.019, clean masked 0.000).
	{file: "heldout129.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.91, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout130.jsonl (blind: a Sunday evening of mixed questions, 2026-12-07 session 20; misses never listed): floors under what the engine reached (policy recall 0.996 at precision 0.987, leaky 0.013, clean masked 0.000).
	{file: "heldout130.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.94, IP: 0.97, Email: 0.97, Person: 0.92},
	}},
	// testdata/heldout131.jsonl (blind: a Monday morning of mixed questions, 2026-12-07 session 20; misses never listed): floors under what the engine reached (policy recall 1.000 at precision 0.991, leaky 0.000, clean masked 0.024).
	{file: "heldout131.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.96, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout132.jsonl (blind: a Tuesday afternoon of mixed questions, 2026-12-07 session 20; misses never listed): floors under what the engine reached (policy recall 0.989 at precision 0.985, leaky 0.019, clean masked 0.024).
	{file: "heldout132.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.05, maxCleanMasked: 0.07,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.92, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout133.jsonl (blind: a Thursday morning of mixed questions, 2026-12-07 session 20; misses never listed): floors under what the engine reached (policy recall 0.996 at precision 1.000, leaky 0.006, clean masked 0.000).
	{file: "heldout133.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.98, allPrecision: 0.98, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout134.jsonl (blind: a Wednesday evening of mixed questions, 2026-12-07 session 20; misses never listed): floors under what the engine reached (policy recall 0.990 at precision 0.990, leaky 0.013, clean masked 0.000).
	{file: "heldout134.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.94, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout135.jsonl (blind: a Friday afternoon of mixed questions, 2026-12-07 session 20; misses never listed): floors under what the engine reached (policy recall 1.000 at precision 0.991, leaky 0.000, clean masked 0.023).
	{file: "heldout135.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout.jsonl: floors under what the engine
	// reached on it at 22:30 UTC on 2026-12-05 (policy recall 0.970 at
	// precision 0.993, leaky 0.041, clean masked 0.036; HEALTH 0.943, POLITICS
	// 0.882, LOCATION 0.973, PERSON 0.955, the others 1.000).
	{file: "heldout.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.98, allPrecision: 0.975, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{
			Number: 0.99, Health: 0.93, Gender: 0.99, Orientation: 0.99, Politics: 0.85,
			Location: 0.95, IP: 0.99, Email: 0.99, Person: 0.90,
		},
	}},
	// testdata/heldout2.jsonl (blind, like heldout.jsonl): floors set
	// under what the engine reached on it at 23:58 UTC on 2026-12-05,
	// the first time it was scored (policy recall 0.976 at precision 0.988,
	// leaky 0.040, clean masked 0.000; HEALTH 0.923, GENDER 0.990, PERSON
	// 0.981, the others 1.000).
	{file: "heldout2.jsonl", blind: true, f: floors{
		policyRecall: 0.965, policyPrecision: 0.975, allPrecision: 0.975, maxLeaky: 0.055, maxCleanMasked: 0.02,
		categoryRecall: map[Category]float64{
			Number: 0.99, Health: 0.90, Gender: 0.98, Orientation: 0.99, Politics: 0.99,
			Location: 0.985, IP: 0.99, Email: 0.99, Person: 0.96,
		},
	}},
	// testdata/heldout3.jsonl (blind, like heldout.jsonl): floors set under what the engine reached on
	// it at the end of 2026-12-06's first session (policy recall 0.981 at precision 0.984, leaky
	// 0.033, clean masked 0.016; HEALTH 0.960, LOCATION 0.969, the others 1.000).
	{file: "heldout3.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.94, Gender: 0.99, Orientation: 0.99, Politics: 0.99, Location: 0.94, IP: 0.99, Email: 0.99, Person: 0.99},
	}},
	// testdata/heldout4.jsonl (blind, like heldout.jsonl): floors set under what the engine reached on
	// it at the end of 2026-12-06's first session (policy recall 0.968 at precision 0.979, leaky
	// 0.045, clean masked 0.015; HEALTH 0.918, GENDER 0.979, LOCATION 0.982, the others 1.000).
	{file: "heldout4.jsonl", blind: true, f: floors{
		policyRecall: 0.95, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.06, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.89, Gender: 0.95, Orientation: 0.99, Politics: 0.99, Location: 0.96, IP: 0.99, Email: 0.99, Person: 0.99},
	}},
	// testdata/heldout5.jsonl (blind): floors set under what the engine reached on it the one time
	// it was scored, at 02:12 UTC on 2026-12-06, after that session's rounds of fixes (policy recall
	// 0.970 at precision 0.977, leaky 0.055, clean masked 0.015; HEALTH 0.927, LOCATION 0.977,
	// POLITICS 0.952, PERSON 0.913, the others 1.000).
	{file: "heldout5.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.07, maxCleanMasked: 0.04,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.90, Gender: 0.99, Orientation: 0.99, Politics: 0.93, Location: 0.95, IP: 0.99, Email: 0.99, Person: 0.89},
	}},
	// testdata/heldout6.jsonl (blind): floors set under what the engine reached on it the one time
	// it was scored, at 02:39 UTC on 2026-12-06, with the session's final rules (policy recall 0.958
	// at precision 0.977, leaky 0.070, clean masked 0.078; HEALTH 0.910, LOCATION 0.955, ORIENTATION
	// 0.875, GENDER 0.989, PERSON 0.941, the others 1.000).
	{file: "heldout6.jsonl", blind: true, f: floors{
		policyRecall: 0.94, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.09, maxCleanMasked: 0.10,
		categoryRecall: map[Category]float64{Number: 0.99, Health: 0.89, Gender: 0.96, Orientation: 0.85, Politics: 0.99, Location: 0.93, IP: 0.99, Email: 0.99, Person: 0.92},
	}},
	// testdata/heldout136.jsonl (blind: a Monday morning of mixed questions, 2026-12-07 session 21; misses never listed): floors under what the engine reached (policy recall 0.987 at precision 0.996, leaky 0.019, clean masked 0.000).
	{file: "heldout136.jsonl", blind: true, f: floors{
		policyRecall: 0.96, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.06, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.94, Gender: 0.95, Orientation: 0.97, Politics: 0.97, Location: 0.94, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout137.jsonl (blind: a Tuesday evening of mixed questions, 2026-12-07 session 21; misses never listed): floors under what the engine reached (policy recall 0.995 at precision 0.991, leaky 0.006, clean masked 0.000).
	{file: "heldout137.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.97, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.95, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout138.jsonl (blind: a Thursday afternoon of mixed questions, 2026-12-07 session 21; misses never listed): floors under what the engine reached (policy recall 0.996 at precision 0.989, leaky 0.006, clean masked 0.024).
	{file: "heldout138.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.96, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.06,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout139.jsonl (blind: a Saturday of mixed questions, 2026-12-07 session 21; misses never listed): floors under what the engine reached (policy recall 0.979 at precision 0.988, leaky 0.031, clean masked 0.024).
	{file: "heldout139.jsonl", blind: true, f: floors{
		policyRecall: 0.95, policyPrecision: 0.96, allPrecision: 0.96, maxLeaky: 0.07, maxCleanMasked: 0.06,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.97, Orientation: 0.97, Politics: 0.89, Location: 0.92, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
	// testdata/heldout140.jsonl (blind: a Sunday evening of mixed questions, 2026-12-07 session 21; misses never listed): floors under what the engine reached (policy recall 0.996 at precision 0.996, leaky 0.006, clean masked 0.000).
	{file: "heldout140.jsonl", blind: true, f: floors{
		policyRecall: 0.97, policyPrecision: 0.97, allPrecision: 0.97, maxLeaky: 0.05, maxCleanMasked: 0.05,
		categoryRecall: map[Category]float64{Number: 0.97, Health: 0.95, Gender: 0.95, Orientation: 0.97, Politics: 0.97, Location: 0.97, IP: 0.97, Email: 0.97, Person: 0.97},
	}},
}

type goldSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Label string `json:"label"`
}

type goldRec struct {
	ID    string     `json:"id"`
	Lang  string     `json:"lang"`
	Text  string     `json:"text"`
	Spans []goldSpan `json:"spans"`
}

type scoreResult struct {
	gold, caught, pred, predOK map[Category]int
	leaky, clean, cleanMasked  int
	messages                   int
	misses                     []string
}

// pySpace reports whether Python's chr(b).isspace() holds for byte b, as
// ../shared/eval/score.py tests bytes.
func pySpace(b byte) bool {
	switch b {
	case 9, 10, 11, 12, 13, 28, 29, 30, 31, 32, 0x85, 0xa0:
		return true
	}
	return false
}

// scoreCorpus scores the engine the way ../shared/eval/score.py does: a gold
// span is caught when predictions (any category) cover ≥ 90% of its
// non-space bytes and every digit; a prediction is correct when ≥ half its
// non-space bytes lie in gold spans.
func scoreCorpus(e *Engine, recs []goldRec) scoreResult {
	r := scoreResult{gold: map[Category]int{}, caught: map[Category]int{}, pred: map[Category]int{}, predOK: map[Category]int{}}
	for _, rec := range recs {
		r.messages++
		b := []byte(rec.Text)
		finds := e.Detect(rec.Text, rec.Lang)
		covered := make([]bool, len(b))
		for _, f := range finds {
			for i := f.Start; i < f.End; i++ {
				covered[i] = true
			}
		}
		inGold := make([]bool, len(b))
		for _, s := range rec.Spans {
			for i := s.Start; i < s.End; i++ {
				inGold[i] = true
			}
		}
		leaked := false
		for _, s := range rec.Spans {
			c := Category(s.Label)
			r.gold[c]++
			n, cov, digitsOK := 0, 0, true
			for i := s.Start; i < s.End; i++ {
				if pySpace(b[i]) {
					continue
				}
				n++
				if covered[i] {
					cov++
				} else if b[i] >= '0' && b[i] <= '9' {
					digitsOK = false
				}
			}
			if n > 0 && float64(cov) >= 0.9*float64(n) && digitsOK {
				r.caught[c]++
			} else {
				leaked = true
				r.misses = append(r.misses, fmt.Sprintf("%s %s %q", rec.ID, c, rec.Text[s.Start:s.End]))
			}
		}
		if leaked {
			r.leaky++
		}
		if len(rec.Spans) == 0 {
			r.clean++
			if len(finds) > 0 {
				r.cleanMasked++
			}
		}
		for _, f := range finds {
			n, hit := 0, 0
			for i := f.Start; i < f.End; i++ {
				if pySpace(b[i]) {
					continue
				}
				n++
				if inGold[i] {
					hit++
				}
			}
			r.pred[f.Category]++
			if n > 0 && float64(hit) >= 0.5*float64(n) {
				r.predOK[f.Category]++
			}
		}
	}
	return r
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func loadGold(t testing.TB, path string) []goldRec {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var recs []goldRec
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<24)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var r goldRec
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		recs = append(recs, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return recs
}

// TestAccuracyFloor scores the default engine on the corpora of
// corpora: testdata/dev.jsonl (a copy of the dev corpus, for measuring
// only), dev2.jsonl to dev455.jsonl (sets written for this project, read and
// fixed from) and heldout.jsonl to heldout140.jsonl (written to evaluate with,
// never to tune a rule by; see testdata/README.md), each with the language
// given and guessed, and fails when a figure falls below its floor. The
// misses of the held-out sets are never listed, not even with -v.
func TestAccuracyFloor(t *testing.T) {
	e := defaultEngine(t)
	for _, c := range corpora {
		recs := loadGold(t, filepath.Join("..", "testdata", c.file))
		t.Run(c.file+"/lang=hint", func(t *testing.T) { checkAccuracy(t, scoreCorpus(e, recs), c.f, c.blind) })
		// A message's language is not always given: the engine's guess must
		// do as well.
		noLang := make([]goldRec, len(recs))
		for i, r := range recs {
			r.Lang = ""
			noLang[i] = r
		}
		t.Run(c.file+"/lang=guess", func(t *testing.T) { checkAccuracy(t, scoreCorpus(e, noLang), c.f, c.blind) })
	}
}

func checkAccuracy(t *testing.T, r scoreResult, f floors, blind bool) {
	t.Helper()
	policy := []Category{Number, Health, Gender, Orientation, Politics, Location, IP}
	sum := func(m map[Category]int, cs []Category) int {
		n := 0
		for _, c := range cs {
			n += m[c]
		}
		return n
	}
	polRecall := ratio(sum(r.caught, policy), sum(r.gold, policy))
	polPrec := ratio(sum(r.predOK, policy), sum(r.pred, policy))
	allPrec := ratio(sum(r.predOK, Categories), sum(r.pred, Categories))
	leaky := ratio(r.leaky, r.messages)
	cleanMasked := ratio(r.cleanMasked, r.clean)
	var lines []string
	for _, c := range Categories {
		lines = append(lines, fmt.Sprintf("%-12s gold %4d recall %.3f pred %4d precision %.3f",
			c, r.gold[c], ratio(r.caught[c], r.gold[c]), r.pred[c], ratio(r.predOK[c], r.pred[c])))
	}
	t.Logf("\n%s\npolicy recall %.4f precision %.4f; all precision %.4f; leaky %.4f; clean masked %.4f",
		strings.Join(lines, "\n"), polRecall, polPrec, allPrec, leaky, cleanMasked)
	if testing.Verbose() && !blind {
		sort.Strings(r.misses)
		t.Logf("%d misses:\n%s", len(r.misses), strings.Join(r.misses, "\n"))
	}
	check := func(name string, got, floor float64, atMost bool) {
		if (!atMost && got < floor) || (atMost && got > floor) {
			t.Errorf("%s = %.4f, floor %.4f", name, got, floor)
		}
	}
	check("policy recall", polRecall, f.policyRecall, false)
	check("policy precision", polPrec, f.policyPrecision, false)
	check("all precision", allPrec, f.allPrecision, false)
	check("leaky message rate", leaky, f.maxLeaky, true)
	check("clean messages masked rate", cleanMasked, f.maxCleanMasked, true)
	for c, floor := range f.categoryRecall {
		check(string(c)+" recall", ratio(r.caught[c], r.gold[c]), floor, false)
	}
}
