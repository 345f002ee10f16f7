#!/usr/bin/env bash
# finance-service under load, beside the same run's ceilings: a pgbench insert of an equivalent row and a
# trivial authenticated endpoint, all at 32 connections. Then the monthly summary uncached (Redis emptied
# before each request) over a 10,000-row household and over a 1,000,000-row one.
# Needs: a built finance-service jar (./mvnw -DskipTests package), PostgreSQL and Redis as for the tests,
# wrk (apt-get install wrk), pgbench (postgresql-contrib) and python3.
# Usage: bench/finance/run.sh [seconds per endpoint, default 20]; KEEP_DB=1 keeps the database and scripts to explore.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-20}
work=$(mktemp -d)
echo "scripts and logs: $work"
trap 'kill $(jobs -p) 2>/dev/null || true; [ -n "${KEEP_DB:-}" ] || rm -rf "$work"' EXIT

psql -h 127.0.0.1 -U postgres -qc "drop database if exists finsuite_bench with (force)" -c "create database finsuite_bench"
redis-cli -n 1 flushdb >/dev/null
secret=$(head -c 48 /dev/urandom | base64 | tr -d '\n')
SECRET_KEY=$secret DATABASE_URL=postgresql://postgres@127.0.0.1:5432/finsuite_bench \
  MARKET_SERVICE_URL=http://127.0.0.1:9 FINSUITE_JOBS_INITIAL_DELAY=1h \
  java ${BENCH_JAVA_OPTS:--XX:+UseSerialGC -Xms64m -Xmx256m} -jar finance-service/target/finance-service.jar ${BENCH_ARGS:-} > "$work/finance.log" 2>&1 &
until curl -sf localhost:8002/actuator/health/readiness >/dev/null; do sleep 1; done

start=$(date +%s)
psql -h 127.0.0.1 -U postgres -d finsuite_bench -v ON_ERROR_STOP=1 -qf bench/finance/generate.sql
echo "generated $(psql -h 127.0.0.1 -U postgres -d finsuite_bench -tAc 'select count(*) from finance_entries') expenses for 101 households in $(( $(date +%s) - start )) s"
psql -h 127.0.0.1 -U postgres -d finsuite_bench -qc "checkpoint"   # the load's writes are flushed before measuring
SECRET=$secret python3 bench/finance/requests.py "$work"

bench() {
  local name=$1 script=$2
  local out; out=$(wrk -t${WRK_THREADS:-1} -c32 -d"${seconds}s" --latency -s "$work/$script" http://localhost:8002)
  local rps p99 errors
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  printf '%-40s %10s req/s   p99 %8s   non-2xx %s\n' "$name" "$rps" "$p99" "${errors:-0}"
}
for script in create.lua trivial.lua get.lua list.lua summary.lua; do   # warm every path (JIT) first, writes first
  wrk -t"${WRK_THREADS:-1}" -c32 -d"${WARMUP_SECONDS:-20}s" -s "$work/$script" http://localhost:8002 >/dev/null
done
echo "wrk -t${WRK_THREADS:-1} -c32 -d${seconds}s, finance-service alone on this machine (wrk shares its 2 cores)"
bench "ceiling: GET /categories/{id}" trivial.lua
bench "GET /expenses/{id}" get.lua
bench "GET /expenses?from&to&tag (page of 50)" list.lua
bench "GET /summaries/monthly (cached mostly)" summary.lua
bench "POST /expenses" create.lua
pgbench -h 127.0.0.1 -U postgres -n -c32 -j2 -T"$seconds" -f bench/finance/insert.pgbench finsuite_bench 2>/dev/null \
  | awk '/^tps/ {printf "%-40s %10.0f tx/s (pgbench -c32 -j2)\n", "ceiling: pgbench insert", $3}'
bench "ceiling again (drift check)" trivial.lua

summary() {
  local name=$1 token=$2 times=()
  for i in $(seq 1 20); do
    redis-cli -n 1 flushdb >/dev/null
    times+=("$(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $token" \
      "localhost:8002/api/v1/summaries/monthly?year=2025&month=$(( i % 12 + 1 ))")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" '{t[NR]=$1*1000} END {printf "%-40s median %6.1f ms   max %6.1f ms (20 requests, uncached)\n", name, t[int((NR+1)/2)], t[NR]}'
}
summary "monthly summary, 10,000-row household" "$(cat "$work/small.token")"
summary "monthly summary, 1,000,000-row household" "$(cat "$work/big.token")"
[ -n "${KEEP_DB:-}" ] || psql -h 127.0.0.1 -U postgres -qc "drop database if exists finsuite_bench with (force)" 2>/dev/null || true
