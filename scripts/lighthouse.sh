#!/usr/bin/env bash
# Lighthouse (mobile) on one page of every type, against production settings. Not part of
# `make test`: run it on a quiet machine (it measures time) and copy the table into docs/front-end.md.
#
#   scripts/lighthouse.sh [BASE_URL]     default http://127.0.0.1:8000, e.g. a `make serve-prod`
#                                        (FRONT_CACHE=off is fine) on a database with `seed_demo`
#
# Lighthouse comes from npm, installed once into .tools/lighthouse (LIGHTHOUSE_VERSION pins it;
# 12.x runs on Debian's Node 20, 13.x needs Node 22);
# Chrome is Debian's /usr/bin/chromium (CHROMIUM_PATH). Reports go to var/lighthouse/.
set -euo pipefail
cd "$(dirname "$0")/.."

BASE_URL=${1:-http://127.0.0.1:8000}
LIGHTHOUSE_VERSION=${LIGHTHOUSE_VERSION:-12.8.2}
TOOLS=.tools/lighthouse
export CHROME_PATH=${CHROMIUM_PATH:-/usr/bin/chromium}
OUT=var/lighthouse
mkdir -p "$OUT"

if [[ ! -x $TOOLS/node_modules/.bin/lighthouse ]]; then
    command -v npm >/dev/null || { echo "lighthouse.sh needs npm: apt-get install -y npm" >&2; exit 2; }
    npm install --prefix "$TOOLS" --no-audit --no-fund "lighthouse@$LIGHTHOUSE_VERSION"
fi

# One Japanese page of every type, plus search, sign-up and 404, from the database behind BASE_URL.
mapfile -t paths < <(.venv/bin/python scripts/lighthouse_paths.py)

printf '| page | performance | accessibility | best practices | LCP (s) | CLS |\n|---|---|---|---|---|---|\n'
for path in "${paths[@]}"; do
    name=$(tr -c 'a-zA-Z0-9' '_' <<<"$path")
    # Lighthouse now and then fails to record the trace (NO_NAVSTART): such a run is repeated once.
    for attempt in 1 2; do
        "$TOOLS/node_modules/.bin/lighthouse" "$BASE_URL$path" --quiet \
            --only-categories=performance,accessibility,best-practices \
            --chrome-flags="--headless=new --no-sandbox" \
            --output=json --output-path="$OUT/$name.json" >/dev/null 2>&1 || true
        grep -q '"runtimeError"' "$OUT/$name.json" 2>/dev/null || break
    done
    .venv/bin/python - "$path" "$OUT/$name.json" <<'PY'
import json, sys

path, report = sys.argv[1], json.load(open(sys.argv[2]))
if "runtimeError" in report:
    print(f"| {path} | Lighthouse failed: {report['runtimeError']['code']} | | | | |")
    sys.exit()
score = lambda key: round(100 * (report["categories"][key]["score"] or 0))
audit = lambda key: report["audits"][key]["numericValue"]
print(f"| {path} | {score('performance')} | {score('accessibility')} | {score('best-practices')} "
      f"| {audit('largest-contentful-paint') / 1000:.2f} | {audit('cumulative-layout-shift'):.3f} |")
PY
done
