# Sourced by test.sh and bench/run.sh: installs what is missing and starts a throwaway PostgreSQL
# server on a free loopback port (as the postgres user when run as root), stopped on exit.
# After `start_throwaway_postgres`: $pg_bin, $pg_port, $run_dir and ISE_PG_SERVER (a connection string).

say() { printf '[%s] %s\n' "$(basename "$0")" "$*" >&2; }

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

# Engagement dates are local dates of the programme's regions: .NET reads the IANA zones from tzdata.
ensure_tzdata() {
  [ -e /usr/share/zoneinfo/Europe/Brussels ] || apt_install tzdata
}

# The gateway's build restores the GraphQL explorer from npm.
ensure_node() {
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || apt_install nodejs npm
}

# The browser tests drive Debian's Chromium headless (Playwright with ExecutablePath; nothing downloaded).
ensure_chromium() {
  [ -x /usr/bin/chromium ] || [ -n "${ISE_CHROMIUM:-}" ] || apt_install chromium
}

free_port() {
  local port
  while :; do
    port=$(( 20000 + RANDOM % 12000 ))  # below the ephemeral range, like the tests' ports
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
}

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop_throwaway_postgres() {
  as_pg "$pg_bin/pg_ctl" -D "$run_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$run_dir"
}

start_throwaway_postgres() {
  ensure_postgres
  ensure_tzdata
  pg_bin=$(postgres_bin)
  run_dir=$(mktemp -d /tmp/ise-pg.XXXXXX)
  chmod 755 "$run_dir"
  [ "$(id -u)" = 0 ] && chown postgres "$run_dir"
  pg_port=$(free_port)
  trap stop_throwaway_postgres EXIT
  as_pg "$pg_bin/initdb" -D "$run_dir/data" --auth=trust -U postgres -E UTF8 >/dev/null
  as_pg "$pg_bin/pg_ctl" -D "$run_dir/data" -l "$run_dir/postgres.log" -w \
    -o "-p $pg_port -k $run_dir -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null
  say "PostgreSQL ready on 127.0.0.1:$pg_port"
  export ISE_PG_SERVER="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
}
