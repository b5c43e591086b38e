#!/usr/bin/env bash
# Starts the built product the default way (no DATABASE_URL: embedded PostgreSQL in a fresh
# data folder), then checks readiness, a public query and a server-rendered page, so the
# zero-set-up path never rots. Run after "npm run build".
set -euo pipefail
cd "$(dirname "$0")/../.."
data=$(mktemp -d)
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
log="$data/server.log"
env -u DATABASE_URL KENES_DATA_DIR="$data" PORT="$port" HOST=127.0.0.1 LOG_LEVEL=warn node dist/apps/api/main.js >"$log" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT
for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then echo "embedded smoke: the product exited"; cat "$log"; exit 1; fi
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$port/health/ready" | grep -q '"database":"up"' || { echo "embedded smoke: not ready"; cat "$log"; exit 1; }
body=$(curl -fsS -H 'content-type: application/json' "http://127.0.0.1:$port/public/graphql" \
  -d '{"query":"{ councils { total items { slug name { kk ru } } } }"}')
echo "$body" | grep -q 'Көкшетау қаласының қоғамдық кеңесі' || { echo "embedded smoke: demo data missing: $body"; exit 1; }
curl -fsS "http://127.0.0.1:$port/ru" | grep -q 'Общественный совет города Кокшетау' || { echo "embedded smoke: portal SSR missing the demo data"; exit 1; }
curl -fsS "http://127.0.0.1:$port/admin/" | grep -q '<k-admin-root>' || { echo "embedded smoke: admin app not served"; exit 1; }
echo "embedded smoke: ok (health, public GraphQL, SSR portal, admin on port $port)"
