#!/usr/bin/env bash
# market-service under load: conversions and cached quotes beside a trivial endpoint's ceiling, in one run.
# Needs: a built market-service jar (./mvnw -DskipTests package), PostgreSQL and Redis as for the tests,
# wrk (apt-get install wrk) and python3. Providers are played by a local HTTP server serving ../shared/fixtures.
# Usage: bench/market/run.sh [seconds per endpoint, default 20]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-20}
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

# Providers: ECB history and a Stooq quote from the shared fixtures, on a local port.
mkdir -p "$work/fixtures/q/l"
cp ../shared/fixtures/fx/ecb-eurofxref-hist-90d.sample.xml "$work/fixtures/hist.xml"
cp ../shared/fixtures/fx/ecb-eurofxref-daily.sample.xml "$work/fixtures/daily.xml"
cp ../shared/fixtures/quotes/stooq-q-l-sd2t2ohlcvn.sample.csv "$work/fixtures/q/l/index.html"
(cd "$work/fixtures" && exec python3 -m http.server 18999 --bind 127.0.0.1 >/dev/null 2>&1) &

psql -h 127.0.0.1 -U postgres -qc "drop database if exists finsuite_bench with (force)" -c "create database finsuite_bench"
secret=$(head -c 48 /dev/urandom | base64 | tr -d '\n')
SECRET_KEY=$secret DATABASE_URL=postgresql://postgres@127.0.0.1:5432/finsuite_bench \
  ECB_HISTORY_URL=http://127.0.0.1:18999/hist.xml ECB_DAILY_URL=http://127.0.0.1:18999/daily.xml \
  STOOQ_URL=http://127.0.0.1:18999 \
  java ${BENCH_JAVA_OPTS:--XX:+UseSerialGC -Xms64m -Xmx256m} -jar market-service/target/market-service.jar ${BENCH_ARGS:-} > "$work/market.log" 2>&1 &
until curl -sf localhost:8005/actuator/health/readiness >/dev/null; do sleep 1; done
until psql -h 127.0.0.1 -U postgres -d finsuite_bench -tAc "select count(*) from exchange_rates" | grep -qv '^0$'; do sleep 1; done

token=$(SECRET=$secret python3 - <<'PY'
import base64, hmac, hashlib, json, os, time, uuid
b = lambda d: base64.urlsafe_b64encode(d).rstrip(b"=").decode()
now = int(time.time())
header = b(json.dumps({"alg": "HS256"}).encode())
claims = {"iss": "finsuite-auth", "aud": ["finsuite"], "sub": str(uuid.uuid4()), "jti": str(uuid.uuid4()),
          "iat": now, "exp": now + 3600, "typ": "access", "tid": str(uuid.uuid4()), "roles": ["MEMBER"],
          "sid": str(uuid.uuid4())}
payload = b(json.dumps(claims).encode())
signature = b(hmac.new(os.environ["SECRET"].encode(), f"{header}.{payload}".encode(), hashlib.sha256).digest())
print(f"{header}.{payload}.{signature}")
PY
)
auth="Authorization: Bearer $token"
curl -sf -H "$auth" "localhost:8005/api/v1/quotes/A.US?assetType=STOCK" >/dev/null   # warm the quote cache

bench() {
  local name=$1 url=$2
  local out; out=$(wrk -t${WRK_THREADS:-1} -c32 -d"${seconds}s" --latency -H "$auth" "$url")
  local rps p99 errors
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  printf '%-34s %10s req/s   p99 %8s   non-2xx %s\n' "$name" "$rps" "$p99" "${errors:-0}"
}
ceiling="http://localhost:8005/api/v1/currencies/USD"
conversion="http://localhost:8005/api/v1/conversions?from=USD&to=INR&amount=100.00&date=2017-03-03"
quote="http://localhost:8005/api/v1/quotes/A.US?assetType=STOCK"
for url in "$ceiling" "$conversion" "$quote"; do   # warm every path (JIT) before measuring any
  wrk -t"${WRK_THREADS:-1}" -c32 -d"${WARMUP_SECONDS:-30}s" -H "$auth" "$url" >/dev/null
done
echo "wrk -t${WRK_THREADS:-1} -c32 -d${seconds}s, market-service alone on this machine (wrk shares its 2 cores)"
bench "ceiling: GET /currencies/USD" "$ceiling"
bench "GET /conversions USD->INR" "$conversion"
bench "GET /quotes/A.US (cached)" "$quote"
bench "ceiling again (drift check)" "$ceiling"
psql -h 127.0.0.1 -U postgres -qc "drop database if exists finsuite_bench with (force)" 2>/dev/null || true
