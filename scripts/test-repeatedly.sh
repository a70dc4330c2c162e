#!/usr/bin/env bash
# Runs the whole test suite (test.sh) N times in a row, 5 unless told, to find flaky tests: prints
# each run's result and time with the tests that failed in it, then every failed test with the
# number of runs it failed in. Exits non-zero when any run failed. Extra arguments go to test.sh.
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
shift || true
logs=$(mktemp -d)
any_failed=0
for i in $(seq 1 "$runs"); do
  started=$(date +%s)
  if ! ./test.sh "$@" >"$logs/run-$i.log" 2>&1; then any_failed=1; fi
  echo "run $i of $runs: $(tail -n 1 "$logs/run-$i.log") in $(( $(date +%s) - started )) s"
  grep '^failed: ' "$logs/run-$i.log" | sed 's/^/  /'
done
echo "tests that failed, with the number of runs they failed in:"
cat "$logs"/run-*.log | grep '^failed: ' | sort | uniq -c | sort -rn || echo "  none"
echo "logs of every run: $logs"
exit "$any_failed"
