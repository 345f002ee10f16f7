#!/usr/bin/env bash
# Builds the suite and starts all six services as separate processes on ports 8001-8006.
#
# Database: DATABASE_URL when set; else the local PostgreSQL on 127.0.0.1:5432 (database "finsuite", made if
# missing); else a real embedded PostgreSQL whose data is kept in .run/postgres.
# Redis: REDIS_URL when set; else the local Redis on 127.0.0.1:6379; else none (it is only a cache).
# SECRET_KEY: yours when set; else a random one kept in .run/secret-key, so tokens survive a restart.
# Gateway: when nginx is installed, it is started too on port 8080 (GATEWAY_PORT) in front of the six services,
# with ops/nginx's configuration; without nginx the services are still reachable on their own ports.
# Ctrl-C stops everything this script started. Logs: .run/logs/<service>.log (the gateway's: gateway.log).
set -euo pipefail
cd "$(dirname "$0")"

SERVICES=(auth-service finance-service emi-service investment-service market-service export-service)
PORTS=(8001 8002 8003 8004 8005 8006)
RUN=.run
mkdir -p "$RUN/logs"
started=()

stop_all() {
  trap - INT TERM EXIT
  if [ ${#started[@]} -gt 0 ]; then
    echo; echo "Stopping ${#started[@]} processes..."
    kill "${started[@]}" 2>/dev/null || true
    wait "${started[@]}" 2>/dev/null || true
  fi
}
trap stop_all INT TERM EXIT

listening() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

command -v java >/dev/null || { echo "Java 17 or newer is needed (java not found)"; exit 1; }
for port in "${PORTS[@]}"; do
  if listening 127.0.0.1 "$port"; then echo "Port $port is already in use: is the suite running already?"; exit 1; fi
done
NGINX=$(command -v nginx || { [ -x /usr/sbin/nginx ] && echo /usr/sbin/nginx; } || true)
GATEWAY_PORT=${GATEWAY_PORT:-8080}
if [ -n "$NGINX" ] && listening 127.0.0.1 "$GATEWAY_PORT"; then
  echo "Port $GATEWAY_PORT (the gateway) is already in use: set GATEWAY_PORT to another one"; exit 1
fi

t0=$(date +%s)
# The web app (web/) is built by Maven too when Node/npm exist; without them it is skipped and only the APIs run.
web_flags=()
command -v npm >/dev/null || { web_flags=(-DskipWeb=true); echo "npm not found: the web app is skipped (Node 20+ builds it)"; }
# ./mvnw fetches the Maven version the build expects (3.9) on first use; no Maven needs to be installed.
echo "Building (./mvnw package, tests skipped; run them with: ./mvnw -B verify)..."
./mvnw -B -q -DskipTests package "${web_flags[@]}"

if [ -z "${SECRET_KEY:-}" ]; then
  if [ ! -s "$RUN/secret-key" ]; then
    head -c 48 /dev/urandom | base64 | tr -d '\n' > "$RUN/secret-key"
    chmod 600 "$RUN/secret-key"
  fi
  SECRET_KEY=$(cat "$RUN/secret-key")
  export SECRET_KEY
fi

if [ -n "${DATABASE_URL:-}" ]; then
  echo "Database: DATABASE_URL"
elif listening 127.0.0.1 5432; then
  export DATABASE_URL="postgresql://postgres@127.0.0.1:5432/finsuite"
  java -jar dev-postgres/target/dev-postgres.jar --ensure-database \
    "jdbc:postgresql://127.0.0.1:5432/postgres" "postgres" "" finsuite \
    || { echo "Could not create database finsuite on 127.0.0.1:5432 as postgres; set DATABASE_URL instead"; exit 1; }
  echo "Database: local PostgreSQL on 127.0.0.1:5432, database finsuite"
else
  port=55432
  launcher=()
  # PostgreSQL refuses to run as root; a user namespace makes root an ordinary user for it.
  if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null; then launcher=(unshare --user --map-user=1000 --map-group=1000); fi
  echo "Database: no PostgreSQL found; starting an embedded one (data in $RUN/postgres)..."
  "${launcher[@]}" java -jar dev-postgres/target/dev-postgres.jar "$RUN/postgres" "$port" finsuite > "$RUN/logs/postgres.log" 2>&1 &
  started+=($!)
  for _ in $(seq 1 120); do grep -q '^READY' "$RUN/logs/postgres.log" 2>/dev/null && break; sleep 0.5; done
  grep -q '^READY' "$RUN/logs/postgres.log" || { echo "Embedded PostgreSQL did not start; see $RUN/logs/postgres.log"; exit 1; }
  export DATABASE_URL="postgresql://postgres@127.0.0.1:$port/finsuite"
fi

if [ -n "${REDIS_URL:-}" ]; then
  echo "Redis: REDIS_URL"
elif listening 127.0.0.1 6379; then
  echo "Redis: local on 127.0.0.1:6379"
else
  echo "Redis: none found; running without a cache (every feature still works)"
fi

# A small initial heap keeps idle services small (about 60 MiB less each than the default 1/64 of RAM).
JAVA_OPTS=${JAVA_OPTS:-"-XX:+UseSerialGC -Xss512k -Xms24m -Xmx256m -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=48m"}
for service in "${SERVICES[@]}"; do
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$service/target/$service.jar" > "$RUN/logs/$service.log" 2>&1 &
  started+=($!)
done

echo "Starting six services (logs in $RUN/logs)..."
ready=()
for _ in $(seq 1 240); do
  ready=()
  for i in "${!SERVICES[@]}"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/${PORTS[$i]}" && printf 'GET /actuator/health/readiness HTTP/1.0\r\n\r\n' >&3 \
        && grep -q '"status":"UP"' <&3) 2>/dev/null; then ready+=("${SERVICES[$i]}"); fi
  done
  [ ${#ready[@]} -eq ${#SERVICES[@]} ] && break
  for pid in "${started[@]}"; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "A process stopped during start-up; see $RUN/logs/"; tail -n 5 "$RUN"/logs/*.log; exit 1; fi
  done
  sleep 1
done
if [ ${#ready[@]} -ne ${#SERVICES[@]} ]; then echo "Not all services became ready; see $RUN/logs/"; exit 1; fi

gateway=""
if [ -n "$NGINX" ]; then
  # nginx writes only under its prefix (.run/nginx), so no root is needed; the upstreams are this machine's.
  prefix="$PWD/$RUN/nginx"
  mkdir -p "$prefix/conf"
  cp ops/nginx/nginx.conf ops/nginx/problems.conf ops/nginx/mime.types.conf "$prefix/conf/"
  cp ops/nginx/upstreams/local.conf "$prefix/conf/upstreams.conf"
  # The stub_status page (for a local nginx exporter) answers on this machine only: 127.0.0.1:GATEWAY_STATUS_PORT.
  sed -i -e "s/listen 8080;/listen $GATEWAY_PORT;/" \
    -e "s/listen 8081;/listen 127.0.0.1:${GATEWAY_STATUS_PORT:-8081};/" "$prefix/conf/nginx.conf"
  if [ -d web/dist ]; then ln -sfn "$PWD/web/dist" "$prefix/web"; else rm -f "$prefix/web"; fi
  # As root, nginx's workers would serve web/dist as "nobody", who cannot pass through a checkout in a private
  # folder (/root, say): they stay this script's user instead.
  globals='daemon off;'; [ "$(id -u)" = 0 ] && globals='daemon off; user root;'
  "$NGINX" -p "$prefix/" -c "$prefix/conf/nginx.conf" -g "$globals" > "$RUN/logs/gateway.log" 2>&1 &
  started+=($!)
  for _ in $(seq 1 20); do listening 127.0.0.1 "$GATEWAY_PORT" && break; sleep 0.5; done
  if listening 127.0.0.1 "$GATEWAY_PORT"; then gateway="http://localhost:$GATEWAY_PORT"
  else echo "The gateway (nginx) did not start; see $RUN/logs/gateway.log. The services run without it."; fi
else
  echo "nginx is not installed: no gateway on port $GATEWAY_PORT (install nginx to get it); services run on their own ports."
fi

# Without the gateway the web app is still served at http://127.0.0.1:8080: vite preview serving web/dist, its proxy
# routing every /api/v1 prefix to its service (web/routes.json). Optional: skipped without npm or a free 8080.
web_url=""
if [ -n "$gateway" ] && [ -f web/dist/index.html ]; then
  web_url="$gateway"
elif [ ${#web_flags[@]} -eq 0 ] && [ -f web/dist/index.html ]; then
  if listening 127.0.0.1 8080; then
    echo "Port 8080 is in use: the web app is not served"
  else
    (cd web && exec node_modules/.bin/vite preview --host 127.0.0.1 --port 8080 --strictPort) > "$RUN/logs/web.log" 2>&1 &
    started+=($!)
    web_url="http://127.0.0.1:8080"
  fi
fi

echo
echo "All six services are ready after $(( $(date +%s) - t0 ))s:"
for i in "${!SERVICES[@]}"; do
  printf '  %-19s http://localhost:%s   (docs: http://localhost:%s/swagger-ui.html)\n' "${SERVICES[$i]}" "${PORTS[$i]}" "${PORTS[$i]}"
done
if [ -n "$gateway" ]; then
  echo "Gateway (nginx, every /api/v1 route, one Swagger UI): $gateway   (docs: $gateway/swagger-ui.html)"
fi
[ -n "$web_url" ] && echo "  web app             $web_url   (sign up there)"
entry=8001; [ -n "$gateway" ] && entry=$GATEWAY_PORT
echo "Register a household: curl -X POST localhost:$entry/api/v1/auth/register -H 'Content-Type: application/json' \\"
echo "  -d '{\"tenantName\":\"Home\",\"fullName\":\"Me\",\"email\":\"me@example.com\",\"password\":\"a long passphrase\"}'"
echo "Press Ctrl-C to stop."
wait
