#!/usr/bin/env bash
# Start-up smoke test on PostgreSQL: `npm start` with a postgresql:// DATABASE_URL on a fresh database must
# migrate (prisma/postgresql/migrations), seed documents/, answer /health, /ready, a GraphQL query and a
# full-text search; re-seeding must skip the stored document. Creates its own database on the server of
# POSTGRES_ADMIN_URL (default postgresql://postgres@127.0.0.1:5432/postgres) and drops it after.
set -euo pipefail
cd "$(dirname "$0")/.."

name="content_smoke_$$_$(date +%s)"
url=$(node scripts/pg-database.mjs create "$name")
dir=$(mktemp -d)
port=${SMOKE_PORT:-$(node -e 'const s=require("net").createServer().listen(0,()=>{console.log(s.address().port);s.close()})')}
log="$dir/server.log"
DATABASE_URL="$url" PORT="$port" setsid npm start >"$log" 2>&1 &
pid=$!
cleanup() { kill -- "-$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; node scripts/pg-database.mjs drop "$name" || true; rm -rf "$dir"; }
trap cleanup EXIT

for _ in $(seq 1 120); do
  if curl -fsS "http://localhost:$port/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then echo "smoke-postgres: server exited early:"; cat "$log"; exit 1; fi
  sleep 1
done
curl -fsS "http://localhost:$port/health"; echo
ready=$(curl -fsS "http://localhost:$port/ready")
echo "$ready"
grep -q '"status":"ready"' <<<"$ready" || { echo "smoke-postgres: /ready should be ready"; cat "$log"; exit 1; }
answer=$(curl -fsS "http://localhost:$port/graphql" -H 'content-type: application/json' \
  --data '{"query":"{ articles { totalCount } quotes { totalCount } people { edges { node { name } } } }"}')
echo "$answer"
grep -q '"articles":{"totalCount":1}' <<<"$answer" || { echo "smoke-postgres: expected the seed article to be loaded"; cat "$log"; exit 1; }
grep -q 'Naim Qassem' <<<"$answer" || { echo "smoke-postgres: expected Naim Qassem among the people"; cat "$log"; exit 1; }
found=$(curl -fsS "http://localhost:$port/graphql" -H 'content-type: application/json' \
  --data '{"query":"{ search(query: \"qassem\", kinds: [ARTICLE]) { totalCount edges { snippet { html } } } }"}')
echo "${found:0:300}"
grep -q '"totalCount":1' <<<"$found" && grep -q '<mark>Qassem</mark>' <<<"$found" \
  || { echo "smoke-postgres: search should find the seed article with Qassem marked"; cat "$log"; exit 1; }
seed_out=$(DATABASE_URL="$url" npm run --silent seed 2>&1)
echo "$seed_out"
grep -q "0 documents added, 0 updated; 0 people, 0 events, 0 quotes; 1 skipped (unchanged), 0 failed" <<<"$seed_out" \
  || { echo "smoke-postgres: re-seeding should skip the stored document"; exit 1; }
echo "smoke-postgres: ok"
