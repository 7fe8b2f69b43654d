#!/usr/bin/env bash
# Instructions per message of the detector engine, counted by valgrind's
# callgrind: unlike wall or CPU time, the count repeats to 0.1 % on a shared
# or busy VM, so it is the figure to compare two versions of the detectors.
#
#   benchmarks/instructions.sh            # BenchmarkEngine, language hints
#
# It runs BenchmarkEngine/lang=hint for 2,000 and 4,000 iterations (one
# message each) and divides the difference by 2,000, so engine construction
# and the generated input cancel out. GC is off (its work is counted by the
# wall-clock benchmark, not here) and asynchronous preemption too (callgrind
# does not follow Go's preemption signals). Needs valgrind (Debian package).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "instructions.sh: valgrind not found (apt-get install valgrind)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go test -c -o "$tmp/detectors.test" ./detectors
count() {
	(cd detectors && GOMAXPROCS=1 GOGC=off GODEBUG=asyncpreemptoff=1 \
		valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.$1" "$tmp/detectors.test" \
		-test.run '^$' -test.bench 'BenchmarkEngine/lang=hint' -test.benchtime "$1x" >/dev/null 2>"$tmp/err.$1")
	grep -o 'Collected : [0-9]*' "$tmp/err.$1" | awk '{print $3}'
}
a=$(count 2000)
b=$(count 4000)
echo "instructions per message: $(( (b - a) / 2000 ))"
