#!/usr/bin/env bash
# Mozilla's HTTP Observatory, offline, against a production-like run of this checkout:
#
#   nginx (TLS with a throwaway self-signed certificate on 127.0.0.1:443, and :80 redirecting
#   to it) -> Varnish -> gunicorn with config.settings.production (scripts/serve-prod), on a
#   fresh SQLite database in a temporary directory. Then the scanner (npm package
#   @mdn/mdn-http-observatory) scans 127.0.0.1 and this prints the grade, the score and every
#   test that did not pass. Exits 1 unless the grade is A+ with no failed test.
#
# Needs: nginx, openssl, varnishd, node + npm (apt-get install -y nginx varnish nodejs npm),
# ports 80 and 443 free, and root (ports below 1024). The scanner is installed once into
# OBSERVATORY_DIR (default /tmp/nerima-observatory) with --ignore-scripts, because its
# postinstall downloads the HSTS preload list; an empty list is written in its place. Not part
# of `make test` or CI: they must not depend on npm.
#
#   scripts/observatory.sh               # prints the summary; the full JSON goes to OBSERVATORY_JSON
#   OBSERVATORY_JSON=scan.json scripts/observatory.sh
set -euo pipefail
cd "$(dirname "$0")/.."

OBSERVATORY_VERSION=1.4.8
OBSERVATORY_DIR=${OBSERVATORY_DIR:-/tmp/nerima-observatory}
PORT=${PORT:-8780}
package=$OBSERVATORY_DIR/node_modules/@mdn/mdn-http-observatory

for tool in nginx openssl varnishd node npm; do
    command -v "$tool" >/dev/null || [[ -x /usr/sbin/$tool ]] || {
        echo "observatory: $tool not found" >&2
        exit 2
    }
done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

if [[ ! -f $package/src/scan.js ]]; then
    mkdir -p "$OBSERVATORY_DIR"
    (cd "$OBSERVATORY_DIR" && npm init -y >/dev/null &&
        npm install --ignore-scripts --no-audit --no-fund "@mdn/mdn-http-observatory@$OBSERVATORY_VERSION" >&2)
fi
# The scanner reads the HSTS preload list from here; offline, nothing is preloaded.
[[ -f $package/conf/hsts-preload.json ]] || echo '{}' >"$package/conf/hsts-preload.json"

work=$(mktemp -d "${TMPDIR:-/tmp}/nerima-observatory.XXXXXX")
chmod 755 "$work"
pids=()
stop() {
    trap - EXIT INT TERM
    # "--": a process group is named by its negative id.
    ((${#pids[@]})) && kill -- "${pids[@]}" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap stop EXIT INT TERM

# A certificate for 127.0.0.1, trusted by the scanner only (NODE_EXTRA_CA_CERTS below).
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=127.0.0.1" \
    -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
    -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null

export DATABASE_URL="sqlite:///$work/db.sqlite3"
SECRET_KEY=$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(50))')
export SECRET_KEY
export ALLOWED_HOSTS=127.0.0.1,localhost
export WAGTAILADMIN_BASE_URL=https://127.0.0.1
export STATIC_ROOT=$work/static MEDIA_ROOT=$work/media
# nginx and Varnish each append to X-Forwarded-For.
export WEB_CONCURRENCY=2 LOG_LEVEL=WARNING TRUSTED_PROXY_COUNT=2
unset REDIS_URL
# Its own process group, so stopping it stops Varnish and gunicorn too.
setsid env HOST=127.0.0.1 PORT=$PORT scripts/serve-prod >"$work/serve-prod.log" 2>&1 &
serve_prod=$!
pids+=("-$serve_prod")

mkdir -p "$work/nginx"
chmod 777 "$work/nginx"
cat >"$work/nginx.conf" <<EOF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    server_tokens off;
    server {
        listen 127.0.0.1:80;
        return 301 https://\$host\$request_uri;
    }
    server {
        listen 127.0.0.1:443 ssl;
        ssl_certificate $work/cert.pem;
        ssl_certificate_key $work/key.pem;
        ssl_protocols TLSv1.2 TLSv1.3;
        location / {
            proxy_pass http://127.0.0.1:$PORT;
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-Proto https;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
        }
    }
}
EOF

echo "observatory: migrating and starting the site (scripts/serve-prod, log in $work)..." >&2
for _ in $(seq 600); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$PORT/readyz" 2>/dev/null; then
        break
    fi
    if ! kill -0 "$serve_prod" 2>/dev/null; then
        cat "$work/serve-prod.log" >&2
        exit 1
    fi
    sleep 1
done
"$NGINX" -c "$work/nginx.conf" -p "$work" -g "daemon off;" >"$work/nginx.log" 2>&1 &
pids+=($!)
sleep 1
curl -fsS --cacert "$work/cert.pem" -o /dev/null https://127.0.0.1/ja/

NODE_EXTRA_CA_CERTS=$work/cert.pem node "$package/src/scan.js" 127.0.0.1 >"$work/scan.json"
[[ -n ${OBSERVATORY_JSON:-} ]] && cp "$work/scan.json" "$OBSERVATORY_JSON"

node - "$work/scan.json" <<'EOF'
const fs = require("fs");
const result = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
if (result.error) {
  console.log(`observatory: scan failed: ${result.error}`);
  process.exit(1);
}
const { grade, score, testsPassed, testsFailed, testsQuantity } = result.scan;
console.log(`HTTP Observatory ${grade} (${score}/100): ${testsPassed} of ${testsQuantity} tests passed, ${testsFailed} failed`);
for (const [name, test] of Object.entries(result.tests)) {
  const mark = test.pass ? "pass" : "FAIL";
  console.log(`  ${mark}  ${name.padEnd(32)} ${String(test.scoreModifier).padStart(4)}  ${test.result}`);
}
process.exit(grade === "A+" && testsFailed === 0 ? 0 : 1);
EOF
