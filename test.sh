#!/usr/bin/env bash
# Runs the whole test suite on a fresh Debian machine with the .NET SDK: installs what is missing,
# starts a throwaway PostgreSQL on a free loopback port (as the postgres user when run as root),
# runs `dotnet test` on the solution, always stops the server, names each failed test ("failed: …")
# and ends with "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"
root=$PWD
# shellcheck source=scripts/throwaway-postgres.sh
. "$root/scripts/throwaway-postgres.sh"

ensure_node
ensure_chromium
start_throwaway_postgres
export ISE_TEST_POSTGRES="$ISE_PG_SERVER"
# A test restarts a PostgreSQL server of its own (never the shared one): it starts it with these binaries.
export ISE_TEST_POSTGRES_BIN="$pg_bin"

results="$run_dir/results"
mkdir -p "$results"
chmod 777 "$results"
status=0
dotnet test "$root/Ise.sln" --configuration Release --logger "trx" --results-directory "$results" "$@" || status=$?

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$(( passed + ${p:-0} )); failed=$(( failed + ${f:-0} ))
done
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  grep -o '<UnitTestResult [^>]*outcome="Failed"[^>]*>' "$trx" | sed -n 's/.* testName="\([^"]*\)".*/failed: \1/p' || true
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; say "dotnet test failed before reporting results (build error?)"; fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
