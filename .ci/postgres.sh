#!/usr/bin/env bash
# Runs the jira app's persistence tests (io.lodestar.jira.persistence: the OkrStore/KpiStore contract
# suites on Active Objects, the query-count, concurrency and upgrade tests) on a real PostgreSQL.
#
# Idempotent, for a fresh Debian machine, run as root (or as a user who can run initdb):
#   1. installs Debian's postgresql package when no PostgreSQL server binaries are found;
#   2. starts a throwaway cluster under /tmp on a free local port, as the postgres user;
#   3. creates the user and database lodestar/lodestar;
#   4. runs the tests with -Dlodestar.db.url/user/password (see LodestarDatabase);
#   5. checks that the tests really created their tables there, stops the cluster and deletes it.
#
# Environment: LODESTAR_PG_PORT (first port to try, default 54329), LODESTAR_MVN_ARGS (extra Maven
# arguments, e.g. -o; default: none). Exit status: that of the tests.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
FIRST_PORT="${LODESTAR_PG_PORT:-54329}"
DB_USER=lodestar
DB_PASSWORD=lodestar
DB_NAME=lodestar

log() { echo "[postgres.sh] $*" >&2; }

pg_bin_dir() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
    echo "$dir"
  fi
}

BIN="$(pg_bin_dir)"
if [ -z "$BIN" ]; then
  log "no PostgreSQL server found: installing Debian's postgresql package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y postgresql
  BIN="$(pg_bin_dir)"
  [ -n "$BIN" ] || { log "postgresql installed but initdb/pg_ctl not found"; exit 1; }
fi
log "using $BIN"

# The cluster runs as postgres when we are root (PostgreSQL refuses to run as root), else as us.
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /tmp --shell /bin/sh postgres
  as_pg() { runuser -u postgres -- "$@"; }
  PG_OWNER=postgres
else
  as_pg() { "$@"; }
  PG_OWNER="$(id -un)"
fi

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT="$FIRST_PORT"
while ! port_free "$PORT"; do
  PORT=$((PORT + 1))
  [ "$PORT" -lt $((FIRST_PORT + 100)) ] || { log "no free port from $FIRST_PORT"; exit 1; }
done

WORK="$(mktemp -d /tmp/lodestar-pg.XXXXXX)"
chown "$PG_OWNER" "$WORK"
chmod 700 "$WORK"

stop_cluster() {
  if [ -f "$WORK/data/postmaster.pid" ]; then
    as_pg "$BIN/pg_ctl" -D "$WORK/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$WORK"
}
trap stop_cluster EXIT

log "starting a throwaway cluster in $WORK on 127.0.0.1:$PORT"
# Trust authentication: the cluster listens on the loopback only and lives for this run.
as_pg "$BIN/initdb" -D "$WORK/data" -U postgres --auth=trust --encoding=UTF8 --no-locale >"$WORK/initdb.log" 2>&1 \
  || { cat "$WORK/initdb.log" >&2; exit 1; }
as_pg "$BIN/pg_ctl" -D "$WORK/data" -l "$WORK/server.log" -w \
  -o "-p $PORT -c listen_addresses=127.0.0.1 -k $WORK -c fsync=off" start >/dev/null \
  || { cat "$WORK/server.log" >&2; exit 1; }

psql_admin() { as_pg "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U postgres "$@"; }
psql_admin -d postgres -c "CREATE USER $DB_USER PASSWORD '$DB_PASSWORD'"
psql_admin -d postgres -c "CREATE DATABASE $DB_NAME OWNER $DB_USER"

URL="jdbc:postgresql://127.0.0.1:$PORT/$DB_NAME"
log "running the persistence tests on $URL"
set +e
# shellcheck disable=SC2086
(cd "$ROOT" && mvn -B ${LODESTAR_MVN_ARGS:-} -pl jira -am test \
  -Dtest='io/lodestar/jira/persistence/**/*Test' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dlodestar.db.url="$URL" -Dlodestar.db.user="$DB_USER" -Dlodestar.db.password="$DB_PASSWORD")
STATUS=$?
set -e

# Proof that the suite ran here and not on the default HSQLDB: its AO tables exist in this database.
TABLES="$(psql_admin -d "$DB_NAME" -t -A -c "SELECT count(*) FROM information_schema.tables WHERE table_name LIKE 'AO_%'")"
log "AO tables left in $DB_NAME by the tests: $TABLES"
if [ "$STATUS" -eq 0 ] && [ "${TABLES:-0}" -eq 0 ]; then
  log "the tests passed but created no table in PostgreSQL: they did not run on it"
  STATUS=1
fi
exit "$STATUS"
