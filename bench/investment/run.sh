#!/usr/bin/env bash
# investment-service: holdings, MAX performance and MAX history for a tenant with 20,000 activities over 10 years in
# 200 assets, beside the same run's ceiling (a trivial authenticated read), against the real market-service.
# Three measurements: (1) wrk -t1 -c32 on the ceiling and holdings, investment-service's in-memory quote (30 s)
# and history (10 min) caches warm: a dashboard refreshed under load; (2) the same with one connection (wrk -c1):
# a request's own latency without queueing behind 31 others, and the only load MAX performance and history get
# (see below); (3) cold: each request for a tenant never asked before (so investment-service's caches hold nothing
# for it) with market-service's Redis emptied first (so all 200 latest quotes are fetched from the provider stub),
# COLD (default 10) requests per endpoint, one at a time.
# market-service serves closes from its store (seeded with a coverage, so no download) and latest quotes through
# its real provider path from a local Stooq stub (one fixed CSV row, answered on a local port); no internet.
# Needs: built jars (./mvnw -B -pl investment-service,market-service -am package -DskipTests), PostgreSQL and Redis
# as for the tests, wrk (apt-get install -y wrk, Debian package) and python3.
# Usage: bench/investment/run.sh [seconds per endpoint, default 15]; KEEP_DB=1 keeps the database and logs;
# PROFILE=1 also records JFR on investment-service during the one-connection holdings and MAX performance runs and
# prints the hottest frames; UNCACHED=1 starts investment-service with its replayed books not kept
# (finsuite.investment.keep-replays=false), so every request reads and replays the whole ledger, the issue's
# "uncached replay" (market data, quotes and closes, stay cached as in service). Both services run without their
# request budgets (finsuite.rate-limits.enabled=false): this measures the service, and wrk at 32 connections from
# one user would otherwise be answered 429 for most requests.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-15}
db=finsuite_bench_inv
iport=${INVESTMENT_PORT:-18004}
mport=${MARKET_PORT:-18005}
stub=${STUB_PORT:-18998}
iredis=13   # own Redis databases, so emptying them disturbs no one else's services
mredis=14
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk"; exit 1; }
work=$(mktemp -d)
echo "scripts and logs: $work"
trap 'kill $(jobs -p) 2>/dev/null || true; [ -n "${KEEP_DB:-}" ] || rm -rf "$work"' EXIT

# The Stooq stub: one quote row for any symbol (the price comes from the row, the symbol from the request), over
# HTTP/1.1 keep-alive with a deep accept queue (python -m http.server's backlog of 5 resets 8 concurrent askers).
printf 'Symbol,Date,Time,Open,High,Low,Close,Volume,Name\nB001.US,%s,22:00:00,100,101,99,100.50,1000,BENCH\n' \
  "$(date -u -d yesterday +%F)" > "$work/stooq.csv"
python3 - "$stub" "$work/stooq.csv" > "$work/stooq.log" 2>&1 <<'PY' &
import http.server, sys
body = open(sys.argv[2], "rb").read()
class Stooq(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/csv")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
class Server(http.server.ThreadingHTTPServer):
    request_queue_size = 256
    daemon_threads = True
Server(("127.0.0.1", int(sys.argv[1])), Stooq).serve_forever()
PY

psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db with (force)" -c "create database $db"
redis-cli -n $iredis flushdb >/dev/null
redis-cli -n $mredis flushdb >/dev/null
secret=$(head -c 48 /dev/urandom | base64 | tr -d '\n')
java_opts=${BENCH_JAVA_OPTS:--XX:+UseSerialGC -Xms64m -Xmx256m}
SECRET_KEY=$secret DATABASE_URL=postgresql://postgres@127.0.0.1:5432/$db \
  STOOQ_URL=http://127.0.0.1:$stub ECB_IMPORT_ON_START=false ECB_DAILY_URL=http://127.0.0.1:9/daily.xml \
  ECB_HISTORY_URL=http://127.0.0.1:9/hist.xml COINGECKO_URL=http://127.0.0.1:9 ALPHAVANTAGE_URL=http://127.0.0.1:9 \
  java $java_opts -jar market-service/target/market-service.jar --server.port=$mport \
  --finsuite.redis.database=$mredis --finsuite.rate-limits.enabled=false ${BENCH_ARGS:-} > "$work/market.log" 2>&1 &
until curl -sf localhost:$mport/actuator/health/readiness >/dev/null; do sleep 1; done   # schema migrated
SECRET_KEY=$secret DATABASE_URL=postgresql://postgres@127.0.0.1:5432/$db \
  MARKET_SERVICE_URL=http://127.0.0.1:$mport FINSUITE_JOBS_INITIAL_DELAY=1h \
  java $java_opts -jar investment-service/target/investment-service.jar --server.port=$iport \
  --finsuite.redis.database=$iredis --finsuite.rate-limits.enabled=false \
  --finsuite.investment.keep-replays=$([ -n "${UNCACHED:-}" ] && echo false || echo true) ${BENCH_ARGS:-} > "$work/investment.log" 2>&1 &
investment_pid=$!

start=$(date +%s)
psql -h 127.0.0.1 -U postgres -d $db -v ON_ERROR_STOP=1 -qf bench/investment/generate.sql
echo "generated $(psql -h 127.0.0.1 -U postgres -d $db -tAc 'select count(*) from investment_activities') activities" \
  "for $(psql -h 127.0.0.1 -U postgres -d $db -tAc 'select count(*) from bench_tenants') tenants and" \
  "$(psql -h 127.0.0.1 -U postgres -d $db -tAc 'select count(*) from quote_closes') closes in $(( $(date +%s) - start )) s"
psql -h 127.0.0.1 -U postgres -d $db -qc "checkpoint"
until curl -sf localhost:$iport/actuator/health/readiness >/dev/null; do sleep 1; done

# An access token per tenant, as auth-service would sign it (HS256, SECRET_KEY shared).
psql -h 127.0.0.1 -U postgres -d $db -tAF' ' -c "select n, id, fifo from bench_tenants order by n" > "$work/tenants"
SECRET=$secret python3 - "$work" <<'PY'
import base64, hmac, hashlib, json, os, sys, time, uuid
work = sys.argv[1]
b = lambda d: base64.urlsafe_b64encode(d).rstrip(b"=").decode()
for line in open(f"{work}/tenants"):
    n, tenant, account = line.split()
    now = int(time.time())
    header = b(json.dumps({"alg": "HS256"}).encode())
    claims = {"iss": "finsuite-auth", "aud": ["finsuite"], "sub": str(uuid.uuid4()), "jti": str(uuid.uuid4()),
              "iat": now, "exp": now + 7200, "typ": "access", "tid": tenant, "roles": ["MEMBER"],
              "sid": str(uuid.uuid4())}
    payload = b(json.dumps(claims).encode())
    signature = b(hmac.new(os.environ["SECRET"].encode(), f"{header}.{payload}".encode(), hashlib.sha256).digest())
    open(f"{work}/{n}.token", "w").write(f"{header}.{payload}.{signature}")
PY
account=$(awk '$1 == 1 {print $3}' "$work/tenants")
auth="Authorization: Bearer $(cat "$work/1.token")"
base=http://localhost:$iport/api/v1
ceiling="$base/investments/accounts/$account"
holdings="$base/portfolio/holdings"
performance="$base/portfolio/performance?range=MAX"
history="$base/portfolio/history?range=MAX"

# One request of each, to check the figures are real (200, no unknown value) before timing anything.
for url in "$holdings" "$performance" "$history"; do
  curl -sf -H "$auth" "$url" -o "$work/answer.json" -w "first request %{time_total}s  %{size_download} bytes  $url\n"
done
# On a loaded machine the first request's 200 quote and history calls to a just-started market-service can time
# out; such a quote is unknown until investment-service asks again (20 s later), a history until the next request,
# so the checks wait for every price and a known performance, up to 90 s each.
for attempt in $(seq 1 10); do
  curl -sf -H "$auth" "$holdings" | python3 -c 'import json,sys; h=json.load(sys.stdin); t=h["totals"]; print("holdings:", len(h["holdings"]), "open positions; value", t["marketValue"], "; left out", t["leftOutOfMarketValue"], "; stale prices", sum(1 for x in h["holdings"] if x.get("price") and x["price"]["stale"])); sys.exit(1 if t["leftOutOfMarketValue"] else 0)' && break
  [ "$attempt" -lt 10 ] || { echo "holdings still leave prices out"; exit 1; }
  sleep 10
done
for attempt in $(seq 1 10); do
  curl -sf -H "$auth" "$performance" | python3 -c 'import json,sys; p=json.load(sys.stdin); print("performance MAX:", p["from"], "..", p["to"], "TWR", p["timeWeighted"].get("value"), "XIRR", p["moneyWeighted"].get("value"), "unknown:", p.get("unknownBecause")); sys.exit(1 if p.get("unknownBecause") else 0)' && break
  [ "$attempt" -lt 10 ] || { echo "performance still unknown"; exit 1; }
  sleep 10
done

# CPU time investment-service used (all its threads, user + system), in clock ticks: divided by the requests a run
# answered, the CPU cost of one request, which other engineers' builds on the same cores inflate far less than
# they inflate latency (a request waiting for a core costs no CPU).
cpu_ticks() {
  awk '{print $14 + $15}' /proc/$investment_pid/stat
}
bench() {
  local name=$1 connections=$2 url=$3
  local before; before=$(cpu_ticks)
  local out; out=$(wrk -t1 -c"$connections" -d"${seconds}s" --timeout 30s --latency -H "$auth" "$url")
  local after; after=$(cpu_ticks)
  local rps p50 p99 errors requests cpu
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  cpu=$(awk -v t=$((after - before)) -v n="${requests:-0}" -v hz="$(getconf CLK_TCK)" \
    'BEGIN {if (n > 0) printf "%.1f", t * 1000 / hz / n; else print "-"}')
  printf '%-36s %4s %9s req/s   p50 %9s   p99 %9s   non-2xx %s   CPU %s ms/request\n' "$name" "c$connections" \
    "$rps" "$p50" "$p99" "${errors:-0}" "$cpu"
}
# Warm every path (JIT) first. MAX performance and history are warmed and measured with one connection only: with
# 32 at once (first runs, 2026-11-28) investment-service ran out of a 256 MiB heap, and with 1 GiB stopped
# answering for minutes, every one of the 32 requests holding its own copy of 200 ten-year price series.
wrk -t1 -c32 -d"${WARMUP_SECONDS:-20}s" --timeout 30s -H "$auth" "$ceiling" >/dev/null
for url in "$holdings" "$performance" "$history"; do
  wrk -t1 -c1 -d"${WARMUP_SECONDS:-20}s" --timeout 60s -H "$auth" "$url" >/dev/null
done
echo "load before measuring: $(uptime | sed 's/.*load average/load average/')"
if [ -n "${UNCACHED:-}" ]; then
  echo "UNCACHED: investment-service keeps no replayed book, every request reads and replays all 20,000 rows"
else
  echo "replayed books kept until the ledger changes (a fingerprint query per request)"
fi
echo "wrk -t1 -d${seconds}s --latency, investment-service and market-service alone (wrk shares the 2 cores)"
bench "ceiling: GET /investments/accounts/{id}" 32 "$ceiling"
bench "ceiling: GET /investments/accounts/{id}" 1 "$ceiling"
[ -z "${PROFILE:-}" ] || jcmd $investment_pid JFR.start name=holdings settings=profile filename="$work/holdings.jfr" >/dev/null
bench "GET /portfolio/holdings" 1 "$holdings"
[ -z "${PROFILE:-}" ] || jcmd $investment_pid JFR.stop name=holdings >/dev/null
if [ -n "${PROFILE:-}" ]; then
  jcmd $investment_pid JFR.start name=bench settings=profile filename="$work/performance.jfr" >/dev/null
fi
bench "GET /portfolio/performance?range=MAX" 1 "$performance"
if [ -n "${PROFILE:-}" ]; then
  jcmd $investment_pid JFR.stop name=bench >/dev/null
fi
bench "GET /portfolio/history?range=MAX" 1 "$history"
[ -n "${SKIP_C32:-}" ] || bench "GET /portfolio/holdings" 32 "$holdings"
bench "ceiling again (drift check)" 32 "$ceiling"
echo "load after: $(uptime | sed 's/.*load average/load average/')"

# Cold: a tenant never asked before (investment-service caches nothing for it), market-service's Redis emptied
# (its 5 s in-memory quote cache is per tenant, so also cold): 200 quotes from the stub, 200 histories from the store.
cold() {
  local name=$1 path=$2 first=$3 times=()
  for n in $(seq "$first" $(( first + ${COLD:-10} - 1 ))); do
    redis-cli -n $mredis flushdb >/dev/null
    times+=("$(curl -sf -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $(cat "$work/$n.token")" "$base$path")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" '{t[NR]=$1*1000} END {printf "%-36s cold  median %7.1f ms   max %7.1f ms (%d tenants, one request each)\n", name, NR % 2 ? t[(NR+1)/2] : (t[NR/2]+t[NR/2+1])/2, t[NR], NR}'
}
cold "GET /portfolio/holdings" "/portfolio/holdings" 2
cold "GET /portfolio/performance?range=MAX" "/portfolio/performance?range=MAX" 12
cold "GET /portfolio/history?range=MAX" "/portfolio/history?range=MAX" 22

profile() {
  echo "hottest frames in investment-service during the one-connection $1 run (JFR execution samples):"
  jfr print --events jdk.ExecutionSample --stack-depth 1 "$2" \
    | awk '/stackTrace = \[/ {getline; sub(/^ +/, ""); sub(/ +line:.*/, ""); print}' | sort | uniq -c | sort -rn | head -25
  echo "dev.finsuite frames on the stacks (inclusive, 64 frames deep):"
  jfr print --events jdk.ExecutionSample --stack-depth 64 "$2" \
    | grep -o 'dev\.finsuite\.[A-Za-z0-9_.$]*' | sort | uniq -c | sort -rn | head -25
  echo "samples: $(jfr summary "$2" | awk '$1 == "jdk.ExecutionSample" {print $2}')"
}
if [ -n "${PROFILE:-}" ]; then
  profile "holdings" "$work/holdings.jfr"
  profile "MAX performance" "$work/performance.jfr"
fi
[ -n "${KEEP_DB:-}" ] || psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db with (force)" 2>/dev/null || true
