#!/usr/bin/env bash
# Runs the benchmarks: starts a throwaway PostgreSQL (as the test command does), runs bench/Ise.Bench
# in Release, writes bench/results/latest.json and prints the table. Pass --quick for a short run.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
# shellcheck source=../scripts/throwaway-postgres.sh
. "$root/scripts/throwaway-postgres.sh"

start_throwaway_postgres
export ISE_BENCH_POSTGRES="$ISE_PG_SERVER"
export ISE_BENCH_PGBENCH="$pg_bin/pgbench"
dotnet run --configuration Release --project "$root/bench/Ise.Bench" -- --output "$root/bench/results/latest.json" "$@"
