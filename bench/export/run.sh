#!/usr/bin/env bash
# export-service: one household with 1,000,000 expenses exported as CSV (data and excel dialects), XLSX and JSON
# lines, then backed up and restored into an empty household, each timed end to end with curl on the same machine,
# export-service under a 256 MiB heap. Heap use is sampled every 200 ms with jstat during each export; "flat" means
# the old generation does not grow with the rows written (a 1M-row export never sits in memory).
# Needs: the built jar (./mvnw -B -pl export-service -am package -DskipTests), PostgreSQL and Redis as for the tests,
# curl, python3 and the JDK's jstat.
# Usage: bench/export/run.sh; ROWS (default 1000000) sets the size; KEEP_DB=1 keeps the database, logs and files;
# PROFILE=1 records JFR during each export and prints its hottest frames;
# BENCH_JAVA_OPTS overrides the JVM options (default: -XX:+UseSerialGC -Xmx256m, the heap the issue asks for).
set -euo pipefail
cd "$(dirname "$0")/../.."
db=finsuite_bench_export
port=${EXPORT_PORT:-18006}
redisdb=12
rows=${ROWS:-1000000}
work=$(mktemp -d)
echo "scripts, logs and files: $work"
trap 'kill $(jobs -p) 2>/dev/null || true; [ -n "${KEEP_DB:-}" ] || rm -rf "$work"' EXIT

psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db with (force)" -c "create database $db"
redis-cli -n $redisdb flushdb >/dev/null
secret=$(head -c 48 /dev/urandom | base64 | tr -d '\n')
java_opts=${BENCH_JAVA_OPTS:--XX:+UseSerialGC -Xmx256m}
# The restore's own limits (50 MB upload, 512 MB inflated) refuse a 1M-row household by design; the benchmark
# raises them, as an operator restoring such a household would.
SECRET_KEY=$secret DATABASE_URL=postgresql://postgres@127.0.0.1:5432/$db \
  java $java_opts -jar export-service/target/export-service.jar --server.port=$port \
  --finsuite.redis.database=$redisdb --spring.servlet.multipart.max-file-size=2GB \
  --spring.servlet.multipart.max-request-size=2GB --server.tomcat.max-swallow-size=-1 \
  --finsuite.backup.max-uncompressed-bytes=4GB ${BENCH_ARGS:-} > "$work/export.log" 2>&1 &
pid=$!
until curl -sf localhost:$port/actuator/health/readiness >/dev/null; do
  kill -0 $pid 2>/dev/null || { cat "$work/export.log"; exit 1; }
  sleep 1
done

tenant=$(python3 -c 'import uuid; print(uuid.uuid4())')
target=$(python3 -c 'import uuid; print(uuid.uuid4())')
start=$(date +%s)
psql -h 127.0.0.1 -U postgres -d $db -v ON_ERROR_STOP=1 -v rows=$rows -v tenant=$tenant -v target=$target \
  -qf bench/export/generate.sql
echo "generated $(psql -h 127.0.0.1 -U postgres -d $db -tAc "select count(*) from finance_entries where tenant_id = '$tenant'") expenses in $(( $(date +%s) - start )) s"
psql -h 127.0.0.1 -U postgres -d $db -qc "checkpoint"

# Access tokens as auth-service signs them (HS256, SECRET_KEY shared): an OWNER of each household.
token() {
  SECRET=$secret python3 - "$1" <<'PY'
import base64, hmac, hashlib, json, os, sys, time, uuid
b = lambda d: base64.urlsafe_b64encode(d).rstrip(b"=").decode()
now = int(time.time())
header = b(json.dumps({"alg": "HS256"}).encode())
claims = {"iss": "finsuite-auth", "aud": ["finsuite"], "sub": str(uuid.uuid4()), "jti": str(uuid.uuid4()),
          "iat": now, "exp": now + 7200, "typ": "access", "tid": sys.argv[1], "roles": ["OWNER"], "sid": str(uuid.uuid4())}
payload = b(json.dumps(claims).encode())
signature = b(hmac.new(os.environ["SECRET"].encode(), f"{header}.{payload}".encode(), hashlib.sha256).digest())
print(f"{header}.{payload}.{signature}")
PY
}
auth="Authorization: Bearer $(token "$tenant")"
target_auth="Authorization: Bearer $(token "$target")"
base=http://localhost:$port/api/v1

# Heap while a request runs: jstat every 200 ms; old generation (OU) and whole heap used (S0U+S1U+EU+OU), in MiB.
heap_during() {
  local log=$1; shift
  jstat -gc $pid 200 > "$log" &
  local sampler=$!
  "$@"
  kill $sampler 2>/dev/null; wait $sampler 2>/dev/null || true
}
heap_summary() {
  awk 'NR > 1 && $1 ~ /^[0-9.]+$/ {used = ($3 + $4 + $6 + $8) / 1024; old = $8 / 1024; if (NR == 2) first = old;
         if (old > maxold) maxold = old; if (used > maxused) maxused = used; last = old; n++}
       END {printf "heap: old gen %.0f MiB at start, %.0f MiB max, %.0f MiB at end; whole heap max %.0f MiB (%d samples)",
            first, maxold, last, maxused, n}' "$1"
}
# CPU seconds export-service has used so far (user + system): a figure other load on the machine barely moves.
cpu_seconds() {
  awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' /proc/$pid/stat
}
timed() {
  local name=$1 url=$2 file=$3
  local cpu_before; cpu_before=$(cpu_seconds)
  [ -z "${PROFILE:-}" ] || jcmd $pid JFR.start name=run settings=profile filename="$work/${name%% *}.jfr" >/dev/null
  heap_during "$work/$name.jstat" curl -sf -H "$auth" -o "$file" -w '%{time_total} %{size_download}' "$url" > "$work/$name.curl"
  read -r seconds bytes < "$work/$name.curl" || true   # curl writes no final newline
  local cpu; cpu=$(echo "$(cpu_seconds) - $cpu_before" | bc -l)
  printf '%-20s %6.1f s %8.0f rows/s  CPU %5.1f s %8.0f rows/CPU-s  %5.0f MB  %s\n' "$name" "$seconds" \
    "$(echo "$rows / $seconds" | bc -l)" "$cpu" "$(echo "$rows / $cpu" | bc -l)" "$(echo "$bytes / 1000000" | bc -l)" \
    "$(heap_summary "$work/$name.jstat")"
  [ -z "${PROFILE:-}" ] || { jcmd $pid JFR.stop name=run >/dev/null; profile "$work/${name%% *}.jfr"; }
}
profile() {
  echo "  hottest frames (JFR execution samples, top of stack):"
  jfr print --events jdk.ExecutionSample --stack-depth 1 "$1" \
    | awk '/stackTrace = \[/ {getline; sub(/^ +/, ""); sub(/ +line:.*/, ""); print}' | sort | uniq -c | sort -rn \
    | head -${PROFILE_FRAMES:-12} | sed 's/^/  /'
}

# Warm the paths (JIT) on a year of rows (a tenth of them) first.
for format in "format=csv" "format=csv&dialect=excel&locale=de-DE" "format=xlsx" "format=jsonl"; do
  curl -sf -H "$auth" -o /dev/null "$base/exports/expenses?$format&from=2020-01-01&to=2020-12-31"
done
echo "export-service alone, curl on the same 2 cores; $rows expenses of one household; JVM: $java_opts"
timed "CSV (data)" "$base/exports/expenses?format=csv" "$work/expenses.csv"
timed "CSV (excel, de-DE)" "$base/exports/expenses?format=csv&dialect=excel&locale=de-DE" "$work/expenses-de.csv"
timed "XLSX" "$base/exports/expenses?format=xlsx" "$work/expenses.xlsx"
timed "JSON lines" "$base/exports/expenses?format=jsonl" "$work/expenses.jsonl"
echo "rows in the CSV file (header excluded): $(( $(wc -l < "$work/expenses.csv") - 1 ))"

heap_during "$work/backup.jstat" curl -sf -H "$auth" -o "$work/backup.zip" -w '%{time_total} %{size_download}' \
  "$base/backups" > "$work/backup.curl"
read -r seconds bytes < "$work/backup.curl" || true   # curl writes no final newline
printf '%-34s %8.1f s  %6.0f MB zip   %s\n' "backup (whole household)" "$seconds" "$(echo "$bytes / 1000000" | bc -l)" \
  "$(heap_summary "$work/backup.jstat")"
# A backup keeps its ids, so it restores where they are free: the household is lost first (as in a real restore
# into a new installation), then its backup restored into the empty one.
psql -h 127.0.0.1 -U postgres -d $db -qc "delete from tenants where id = '$tenant'"
heap_during "$work/restore.jstat" curl -s -H "$target_auth" -F "file=@$work/backup.zip;type=application/zip" \
  -o "$work/restore.json" -w '%{time_total} %{http_code}' "$base/backups/restore" > "$work/restore.curl"
read -r seconds status < "$work/restore.curl" || true   # curl writes no final newline
printf '%-34s %8.1f s  HTTP %s   %s\n' "restore into an empty household" "$seconds" "$status" \
  "$(heap_summary "$work/restore.jstat")"
[ "$status" = 200 ] || { cat "$work/restore.json"; exit 1; }
echo "restored expenses: $(psql -h 127.0.0.1 -U postgres -d $db -tAc "select count(*) from finance_entries where tenant_id = '$target'")"
[ -n "${KEEP_DB:-}" ] || psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db with (force)" 2>/dev/null || true
