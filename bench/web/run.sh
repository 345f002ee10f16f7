#!/usr/bin/env bash
# The web app's targets (issue 17): dashboard interactive within 1 s against the local suite, and Lighthouse
# performance and accessibility >= 90 (mobile and desktop presets) on the sign-in page, the app's first screen.
# Needs the suite running with the gateway serving web/dist (./run.sh with nginx installed), Debian's chromium, and
# npm (Lighthouse is installed into a scratch folder, not into web/). Prints the figures; bench/README.md keeps them.
set -euo pipefail
cd "$(dirname "$0")/../.."
BASE_URL=${BASE_URL:-http://127.0.0.1:8080}
RUNS=${RUNS:-15}
LIGHTHOUSE_DIR=${LIGHTHOUSE_DIR:-/tmp/finsuite-lighthouse}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}

curl -fsS "$BASE_URL/" >/dev/null || { echo "Nothing answers at $BASE_URL: start the suite with ./run.sh (nginx installed)"; exit 1; }
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== dashboard, reloaded $RUNS times (after 2 warm-up loads)"
BASE_URL=$BASE_URL RUNS=$RUNS node bench/web/dashboard.mjs

[ -x "$LIGHTHOUSE_DIR/node_modules/.bin/lighthouse" ] || {
  mkdir -p "$LIGHTHOUSE_DIR" && (cd "$LIGHTHOUSE_DIR" && npm init -y >/dev/null && npm install --no-audit --no-fund lighthouse@12.8.2 >/dev/null); }
flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"
for preset in mobile desktop; do
  extra=(); [ "$preset" = desktop ] && extra=(--preset=desktop)
  out=$(mktemp)
  "$LIGHTHOUSE_DIR/node_modules/.bin/lighthouse" "$BASE_URL/signin" "${extra[@]}" --quiet --output=json --output-path="$out" \
    --only-categories=performance,accessibility --chrome-flags="$flags" >/dev/null 2>&1 || true
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const a = r.audits, s = (k) => Math.round(r.categories[k].score * 100);
    console.log(`== Lighthouse ${process.argv[2]}: performance ${s("performance")}, accessibility ${s("accessibility")}`
      + ` (FCP ${a["first-contentful-paint"].displayValue}, LCP ${a["largest-contentful-paint"].displayValue},`
      + ` TBT ${a["total-blocking-time"].displayValue}, CLS ${a["cumulative-layout-shift"].displayValue})`);
  ' "$out" "$preset"
  rm -f "$out"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
