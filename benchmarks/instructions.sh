#!/usr/bin/env bash
# Instructions per message of the detector engine, counted by valgrind's
# callgrind: unlike wall or CPU time, the count repeats to 0.1 % on a shared
# or busy VM, so it is the figure to compare two versions of the detectors.
#
#   benchmarks/instructions.sh            # BenchmarkEngine, language hints
#
# It runs TestEngineRepeatable with DETECTORS_REPEAT=2000 three times,
# counting only inside its second pass over the benchmark messages
# (repeatLoop: word caches warm, construction's garbage collected), and
# reports the smallest count divided by 2,000. GC is off (its work is
# counted by the wall-clock benchmark, not here) and asynchronous
# preemption too (callgrind does not follow Go's preemption signals).
# Counting inside BenchmarkEngine's loop instead gave 247k to 567k for one
# build: work of the testing package's goroutines landed in the count.
# Needs valgrind (Debian package).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "instructions.sh: valgrind not found (apt-get install valgrind)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go test -c -o "$tmp/detectors.test" ./detectors
count() {
	(cd detectors && GOMAXPROCS=1 GOGC=off GODEBUG=asyncpreemptoff=1 \
		DETECTORS_REPEAT="$1" valgrind --tool=callgrind --toggle-collect='*detectors.repeatLoop' \
		--callgrind-out-file="$tmp/cg.$1" "$tmp/detectors.test" -test.run '^TestEngineRepeatable$' >/dev/null 2>"$tmp/err.$1")
	grep -o 'Collected : [0-9]*' "$tmp/err.$1" | awk '{print $3}'
}
n=2000
best=
for _ in 1 2 3; do
	c=$(count "$n") || true
	if [ -z "$c" ]; then
		echo "instructions.sh: a callgrind run counted nothing:" >&2
		cat "$tmp/err.$n" >&2
		exit 1
	fi
	# A run that collected almost nothing (the toggle missed the loop) is
	# no count; it would win "least of three" and print 0.
	if [ "$c" -lt $(( n * 10000 )) ]; then
		echo "instructions.sh: a callgrind run counted only $c instructions; ignored" >&2
		continue
	fi
	if [ -z "$best" ] || [ "$c" -lt "$best" ]; then best=$c; fi
done
if [ -z "$best" ]; then
	echo "instructions.sh: no callgrind run counted the loop" >&2
	exit 1
fi
echo "instructions per message: $(( best / n ))"
