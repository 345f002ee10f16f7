#!/usr/bin/env bash
# The backup job of the compose suite: a full backup once a week, a differential every other day, both at
# BACKUP_HOUR (UTC); pgBackRest expires old ones after each by the retention in pgbackrest.conf. After every
# attempt it writes the Prometheus textfile $BACKUP_METRICS_DIR/finsuite_backup.prom (node-exporter's
# textfile collector reads it) with finsuite_backup_last_success_timestamp_seconds.
#
#   BACKUP_STANZA      pgBackRest stanza (finsuite)
#   BACKUP_HOUR        hour of the day, UTC, for the daily run (1)
#   BACKUP_FULL_DAY    ISO weekday of the weekly full backup, 1 = Monday .. 7 = Sunday (7)
#   BACKUP_METRICS_DIR where the textfile goes (/var/lib/finsuite-backup/metrics)
#   BACKUP_ONCE        "full" or "diff": take that one backup now, write the metrics and exit (for a drill)
set -euo pipefail

STANZA=${BACKUP_STANZA:-finsuite}
HOUR=${BACKUP_HOUR:-1}
FULL_DAY=${BACKUP_FULL_DAY:-7}
METRICS_DIR=${BACKUP_METRICS_DIR:-/var/lib/finsuite-backup/metrics}
PGBACKREST=(pgbackrest "--stanza=$STANZA")
[ -n "${PGBACKREST_CONFIG:-}" ] && PGBACKREST+=("--config=$PGBACKREST_CONFIG")
mkdir -p "$METRICS_DIR"

log() { echo "$(date -u +%FT%TZ) backup: $*"; }

# Metrics are rewritten whole and moved into place, so the collector never reads half a file. The last
# success survives a failed attempt (read back from the previous file).
write_metrics() { # type ok seconds
  local file="$METRICS_DIR/finsuite_backup.prom" last_success=0
  if [ -f "$file" ]; then
    last_success=$(awk '/^finsuite_backup_last_success_timestamp_seconds /{print $2}' "$file")
  fi
  [ "$2" = 1 ] && last_success=$(date +%s)
  cat > "$file.tmp" <<METRICS
# HELP finsuite_backup_last_success_timestamp_seconds When the last successful pgBackRest backup (full or differential) finished.
# TYPE finsuite_backup_last_success_timestamp_seconds gauge
finsuite_backup_last_success_timestamp_seconds ${last_success:-0}
# HELP finsuite_backup_last_attempt_success Whether the last backup attempt succeeded (1) or failed (0).
# TYPE finsuite_backup_last_attempt_success gauge
finsuite_backup_last_attempt_success{type="$1"} $2
# HELP finsuite_backup_last_duration_seconds How long the last backup attempt took.
# TYPE finsuite_backup_last_duration_seconds gauge
finsuite_backup_last_duration_seconds{type="$1"} $3
METRICS
  mv "$file.tmp" "$file"
}

backup() { # type
  local started ok=1
  started=$(date +%s)
  log "starting $1 backup"
  "${PGBACKREST[@]}" backup --type="$1" || ok=0
  write_metrics "$1" "$ok" "$(( $(date +%s) - started ))"
  if [ "$ok" = 1 ]; then log "$1 backup done"; else log "$1 backup FAILED"; fi
  [ "$ok" = 1 ]
}

has_full_backup() { "${PGBACKREST[@]}" info --output=json 2>/dev/null | grep -q '"type":"full"'; }

# The stanza is made once (idempotent), then checked: check also proves WAL archiving works.
until "${PGBACKREST[@]}" stanza-create; do log "waiting for PostgreSQL to make the stanza"; sleep 10; done
"${PGBACKREST[@]}" check || log "check failed: is archive_command set on the database?"

if [ -n "${BACKUP_ONCE:-}" ]; then
  backup "$BACKUP_ONCE"
  exit
fi

# A new repository gets its first full backup now rather than at the next weekly slot.
has_full_backup || backup full || true

while true; do
  now=$(date -u +%s)
  next=$(date -u -d "today $HOUR:00" +%s)
  [ "$next" -le "$now" ] && next=$(date -u -d "tomorrow $HOUR:00" +%s)
  log "next backup at $(date -u -d "@$next" +%FT%TZ)"
  sleep $(( next - now ))
  if [ "$(date -u +%u)" = "$FULL_DAY" ]; then backup full || true; else backup diff || true; fi
done
