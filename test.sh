#!/usr/bin/env bash
# Runs the whole test suite on a fresh Debian machine with the .NET SDK: installs what is missing,
# starts a throwaway PostgreSQL on a free loopback port (as the postgres user when run as root),
# runs `dotnet test` on the solution, always stops the server, and ends with "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"
root=$PWD

say() { printf '[test.sh] %s\n' "$*" >&2; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
  say "installing: $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

postgres_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

ensure_postgres() {
  if [ -z "$(postgres_bin)" ] || [ ! -x "$(postgres_bin)/initdb" ]; then
    apt_install postgresql
  fi
}

free_port() {
  local port
  while :; do
    port=$(( 20000 + RANDOM % 20000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
}

# Engagement dates are local dates of the programme's regions: .NET reads the IANA zones from tzdata.
ensure_tzdata() {
  [ -e /usr/share/zoneinfo/Europe/Brussels ] || apt_install tzdata
}

ensure_postgres
ensure_tzdata
pg_bin=$(postgres_bin)
run_dir=$(mktemp -d /tmp/ise-test.XXXXXX)
chmod 755 "$run_dir"
pg_port=$(free_port)
if [ "$(id -u)" = 0 ]; then
  chown postgres "$run_dir"
  as_pg() { runuser -u postgres -- "$@"; }
else
  as_pg() { "$@"; }
fi

stop_postgres() {
  as_pg "$pg_bin/pg_ctl" -D "$run_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$run_dir"
}
trap stop_postgres EXIT

as_pg "$pg_bin/initdb" -D "$run_dir/data" --auth=trust -U postgres -E UTF8 >/dev/null
as_pg "$pg_bin/pg_ctl" -D "$run_dir/data" -l "$run_dir/postgres.log" -w \
  -o "-p $pg_port -k $run_dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=on" start >/dev/null
say "PostgreSQL ready on 127.0.0.1:$pg_port"
export ISE_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"

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
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; say "dotnet test failed before reporting results (build error?)"; fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
