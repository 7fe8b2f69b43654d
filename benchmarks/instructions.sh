#!/usr/bin/env bash
# Instructions per message of the detector engine, counted by valgrind's
# callgrind: unlike wall or CPU time, the count repeats to 0.1 % on a shared
# or busy VM, so it is the figure to compare two versions of the detectors.
#
#   benchmarks/instructions.sh            # BenchmarkEngine, language hints
#
# It runs BenchmarkEngine/lang=hint for 2,000 iterations (one message
# each) three times, counting only inside the benchmark's loop
# (--toggle-collect), and reports the smallest count divided by 2,000: now
# and then the runtime's background work lands in the loop's count (it
# depends on the wall clock, which valgrind slows) and adds up to 2x. GC is
# off (its work is counted by the wall-clock benchmark, not here) and
# asynchronous preemption too (callgrind does not follow Go's preemption
# signals). Needs valgrind (Debian package).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "instructions.sh: valgrind not found (apt-get install valgrind)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go test -c -o "$tmp/detectors.test" ./detectors
count() {
	(cd detectors && GOMAXPROCS=1 GOGC=off GODEBUG=asyncpreemptoff=1 \
		valgrind --tool=callgrind --toggle-collect='*BenchmarkEngine.func1' --callgrind-out-file="$tmp/cg.$1" "$tmp/detectors.test" \
		-test.run '^$' -test.bench 'BenchmarkEngine/lang=hint' -test.benchtime "$1x" >/dev/null 2>"$tmp/err.$1")
	grep -o 'Collected : [0-9]*' "$tmp/err.$1" | awk '{print $3}'
}
n=2000
best=
for _ in 1 2 3; do
	c=$(count "$n")
	if [ -z "$best" ] || [ "$c" -lt "$best" ]; then best=$c; fi
done
echo "instructions per message: $(( best / n ))"
