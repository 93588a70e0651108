#!/usr/bin/env bash
# Start-up smoke test: `npm start` on a fresh database must migrate, seed documents/ and answer
# /health and a GraphQL query. Uses a temporary database and a free port; stops the server after.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=$(mktemp -d)
port=${SMOKE_PORT:-$(node -e 'const s=require("net").createServer().listen(0,()=>{console.log(s.address().port);s.close()})')}
log="$dir/server.log"
DATABASE_URL="file:$dir/smoke.db" PORT="$port" setsid npm start >"$log" 2>&1 &
pid=$!
cleanup() { kill -- "-$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$dir"; }
trap cleanup EXIT

for _ in $(seq 1 120); do
  if curl -fsS "http://localhost:$port/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then echo "server exited early:"; cat "$log"; exit 1; fi
  sleep 1
done
curl -fsS "http://localhost:$port/health"; echo
curl -fsS "http://localhost:$port/ready"; echo
answer=$(curl -fsS "http://localhost:$port/graphql" -H 'content-type: application/json' \
  --data '{"query":"{ articles { totalCount } quotes { totalCount } people { edges { node { name } } } }"}')
echo "$answer"
grep -q '"totalCount":1' <<<"$answer" || { echo "smoke: expected the seed article to be loaded"; cat "$log"; exit 1; }
grep -q 'Naim Qassem' <<<"$answer" || { echo "smoke: expected Naim Qassem among the people"; cat "$log"; exit 1; }
echo "smoke: ok"

# The seed command: re-running adds nothing; a missing path fails with exit 1 and a named error.
seed_out=$(DATABASE_URL="file:$dir/smoke.db" npm run --silent seed 2>&1)
echo "$seed_out"
grep -q "0 documents added, 0 updated; 0 people, 0 events, 0 quotes; 1 skipped (unchanged), 0 failed" <<<"$seed_out" \
  || { echo "smoke: re-seeding should skip the stored document"; exit 1; }
if DATABASE_URL="file:$dir/smoke.db" npm run --silent seed -- "$dir/missing.txt" >"$dir/seed.log" 2>&1; then
  echo "smoke: seeding a missing file should exit non-zero"; cat "$dir/seed.log"; exit 1
fi
grep -q "missing.txt" "$dir/seed.log" || { echo "smoke: the error should name the file"; cat "$dir/seed.log"; exit 1; }
echo "smoke: seed ok"
if DATABASE_URL="file:$dir/smoke.db" npm run --silent seed -- --bogus >"$dir/seed.log" 2>&1; then
  echo "smoke: an unknown seed option should exit non-zero"; exit 1
fi
grep -q "unknown option --bogus" "$dir/seed.log" || { echo "smoke: the error should name the option"; cat "$dir/seed.log"; exit 1; }
reseed=$(DATABASE_URL="file:$dir/smoke.db" npm run --silent seed -- --reextract 2>&1)
grep -q "0 documents added, 1 updated" <<<"$reseed" || { echo "smoke: --reextract should update the document"; echo "$reseed"; exit 1; }
echo "smoke: reextract ok"

# A start-up failure is one line with cause and fix, exit 1.
if DATABASE_URL="postgres://u:p@localhost/db" PORT=0 node dist/src/main.js >"$dir/pg.log" 2>&1; then
  echo "smoke: a postgres:// DATABASE_URL should fail"; exit 1
fi
[ "$(grep -c . "$dir/pg.log")" = 1 ] && grep -q "PostgreSQL database, which is not supported yet" "$dir/pg.log" \
  || { echo "smoke: expected one line saying PostgreSQL is not supported"; cat "$dir/pg.log"; exit 1; }
echo "smoke: start-up errors ok"

# SIGTERM drains and exits 0.
DATABASE_URL="file:$dir/smoke.db" PORT=0 node dist/src/main.js >"$dir/term.log" 2>&1 &
term_pid=$!
for _ in $(seq 1 60); do grep -q "ready at" "$dir/term.log" && break; sleep 0.5; done
kill -TERM "$term_pid"
if wait "$term_pid"; then echo "smoke: SIGTERM exit 0 ok"; else echo "smoke: SIGTERM should exit 0"; cat "$dir/term.log"; exit 1; fi
