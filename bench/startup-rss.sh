#!/usr/bin/env bash
# Measures the README's run command from a clean clone: seconds until all six services report ready, then
# each service's resident memory after 30 s idle. Stops the suite afterwards.
# Usage: bench/startup-rss.sh   (needs PostgreSQL and Redis as for ./run.sh)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
clone=$(mktemp -d)
git clone -q "$repo" "$clone"
cd "$clone"
start=$(date +%s%N)
./run.sh > run.log 2>&1 &
runner=$!
until grep -q 'All six services are ready' run.log; do
  kill -0 "$runner" 2>/dev/null || { cat run.log; exit 1; }
  sleep 0.5
done
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "clean clone -> six ready: $((elapsed_ms / 1000)).$(printf %03d $((elapsed_ms % 1000))) s (build included)"
sleep 30
for s in auth finance emi investment market export; do
  pid=$(pgrep -f "$clone/$s-service/target/$s-service.jar|$s-service/target/$s-service.jar" | head -1)
  echo "$s-service idle RSS: $(( $(awk '/VmRSS/{print $2}' "/proc/$pid/status") / 1024 )) MiB"
done
kill -TERM "$runner"; wait "$runner" 2>/dev/null || true
rm -rf "$clone"
