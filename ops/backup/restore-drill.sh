#!/usr/bin/env bash
# Restore drill: restores the latest pgBackRest backup (and the WAL archived after it) into a scratch
# PostgreSQL on another port and a temporary data directory, then runs smoke queries: row counts per table,
# no failed migration, flyway_schema_history at the expected version. Prints what it found and how long it
# took; exits non-zero on any failure. The scratch cluster never archives (it cannot write into the
# repository it came from) and is removed afterwards.
#
#   PGBACKREST_CONFIG   pgBackRest configuration (/etc/pgbackrest/pgbackrest.conf)
#   STANZA              stanza to restore (finsuite)
#   DRILL_PORT          port of the scratch cluster (55439)
#   DRILL_DATABASE      database to check (finsuite)
#   DRILL_USER          database user for the queries (postgres; the compose cluster's is finsuite)
#   EXPECTED_FLYWAY_VERSION  the migration version the restored database must be at; default: the newest
#                       V<n>__*.sql under schema/src/main/resources/db/migration next to this script, if any
#   PG_BIN              PostgreSQL's programs (pg_ctl's directory; found on PATH or under /usr/lib/postgresql)
#   RUN_AS              when run as root, the OS user that runs PostgreSQL (postgres)
#   DRILL_KEEP=1        keep the scratch directory for inspection
set -euo pipefail

started=$(date +%s.%N)
CONFIG=${PGBACKREST_CONFIG:-/etc/pgbackrest/pgbackrest.conf}
STANZA=${STANZA:-finsuite}
PORT=${DRILL_PORT:-55439}
DATABASE=${DRILL_DATABASE:-finsuite}
DB_USER=${DRILL_USER:-postgres}
RUN_AS=${RUN_AS:-postgres}
HERE=$(cd "$(dirname "$0")" && pwd)

fail() { echo "restore-drill: FAILED: $*" >&2; exit 1; }

if [ -z "${PG_BIN:-}" ]; then
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$PG_BIN" ] || PG_BIN=$(dirname "$(command -v pg_ctl || echo /nonexistent/pg_ctl)")
fi
[ -x "$PG_BIN/pg_ctl" ] || fail "pg_ctl not found (set PG_BIN)"
PSQL="$PG_BIN/psql"
[ -x "$PSQL" ] || PSQL=$(command -v psql) || fail "psql not found"
command -v pgbackrest >/dev/null || fail "pgbackrest is not installed"
[ -r "$CONFIG" ] || fail "cannot read $CONFIG"

if [ -z "${EXPECTED_FLYWAY_VERSION:-}" ]; then
  migrations="$HERE/../../schema/src/main/resources/db/migration"
  if [ -d "$migrations" ]; then
    EXPECTED_FLYWAY_VERSION=$(ls "$migrations" | sed -n 's/^V\([0-9][0-9._]*\)__.*/\1/p' | tr _ . | sort -V | tail -1)
  fi
fi

# PostgreSQL refuses to run as root: as root, everything that touches the cluster runs as $RUN_AS.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u "$RUN_AS" -- "$@"; else "$@"; fi; }

SCRATCH=$(mktemp -d /tmp/restore-drill.XXXXXX)
chmod 755 "$SCRATCH"
[ "$(id -u)" = 0 ] && chown "$RUN_AS" "$SCRATCH"
DATA="$SCRATCH/data"
cleanup() {
  as_pg "$PG_BIN/pg_ctl" -D "$DATA" -m immediate stop >/dev/null 2>&1 || true
  if [ "${DRILL_KEEP:-}" = 1 ]; then echo "restore-drill: scratch kept in $SCRATCH"; else rm -rf "$SCRATCH"; fi
}
trap cleanup EXIT

echo "restore-drill: restoring the latest backup of stanza $STANZA into $DATA"
as_pg pgbackrest --config="$CONFIG" --stanza="$STANZA" --pg1-path="$DATA" --lock-path="$SCRATCH" \
  --log-path="$SCRATCH" --log-level-console=warn --log-level-file=off --archive-mode=off restore \
  || fail "pgbackrest restore"
restored=$(date +%s.%N)

# A cluster whose configuration lived outside its data directory (Debian's /etc/postgresql) needs one here.
[ -f "$DATA/postgresql.conf" ] || as_pg touch "$DATA/postgresql.conf"
# hba for the scratch cluster only: its own socket, trust; it listens on no TCP address at all.
printf 'local all all trust\n' > "$SCRATCH/pg_hba.conf"
chmod 644 "$SCRATCH/pg_hba.conf"
as_pg "$PG_BIN/pg_ctl" -D "$DATA" -l "$SCRATCH/postgres.log" -w -t 600 \
  -o "-p $PORT -c listen_addresses='' -c unix_socket_directories='$SCRATCH' -c archive_mode=off -c hba_file='$SCRATCH/pg_hba.conf'" \
  start >/dev/null </dev/null || { tail -20 "$SCRATCH/postgres.log" >&2 || true; fail "the restored cluster did not start"; }

sql() { as_pg "$PSQL" -h "$SCRATCH" -p "$PORT" -U "$DB_USER" -d "$DATABASE" -X -q -A -t -v ON_ERROR_STOP=1 -c "$1"; }

# Archive recovery replays the WAL archived after the backup, then promotes; wait for that end.
for _ in $(seq 1 600); do
  [ "$(sql 'select pg_is_in_recovery()' 2>/dev/null)" = f ] && break
  sleep 0.5
done
[ "$(sql 'select pg_is_in_recovery()')" = f ] || fail "recovery did not finish"
recovered=$(date +%s.%N)

echo "restore-drill: row counts"
tables=$(sql "select format('%I.%I', schemaname, relname) from pg_stat_user_tables order by 1") \
  || fail "cannot list tables"
[ -n "$tables" ] || fail "the restored database $DATABASE has no tables"
total=0
count_tables=0
for table in $tables; do
  rows=$(sql "select count(*) from $table") || fail "cannot count $table"
  echo "table $table $rows"
  total=$((total + rows))
  count_tables=$((count_tables + 1))
done

version=$(sql "select version from flyway_schema_history where success and version is not null order by installed_rank desc limit 1") \
  || fail "no flyway_schema_history"
failed=$(sql "select count(*) from flyway_schema_history where not success")
echo "flyway_version $version"
[ "$failed" = 0 ] || fail "$failed failed migrations in flyway_schema_history"
if [ -n "${EXPECTED_FLYWAY_VERSION:-}" ] && [ "$version" != "$EXPECTED_FLYWAY_VERSION" ]; then
  fail "flyway_schema_history is at $version, expected $EXPECTED_FLYWAY_VERSION"
fi

finished=$(date +%s.%N)
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
echo "restore-drill: OK: $count_tables tables, $total rows, migrations at ${version}; restore $(seconds "$started" "$restored") s," \
  "recovery $(seconds "$restored" "$recovered") s, checks $(seconds "$recovered" "$finished") s"
echo "drill_seconds $(seconds "$started" "$finished")"
