#!/usr/bin/env bash
# Start-up smoke test: `npm start` on a fresh database must migrate, seed documents/ and answer
# /health and a GraphQL query; the seed command must skip, fail and re-extract as documented; a restart on
# the now existing database must answer /health within 5 s (SMOKE_MAX_START_SECONDS); safelist mode
# (PERSISTED_OPERATIONS_ONLY) must run a listed example and refuse anything else. Uses a temporary
# database and a free port; stops the servers after.
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

# Start-up on the existing database (built, migrated, seeded): /health must answer within 5 s.
node dist/scripts/bench-start.js --database "$dir/smoke.db" --runs 1 --max "${SMOKE_MAX_START_SECONDS:-5}" \
  || { echo "smoke: npm start on an existing database is too slow (or failed)"; exit 1; }
echo "smoke: restart ok"

# Safelist mode as configured from the environment: a listed example runs by its hash, anything else is
# refused with 400; a manifest file that is not JSON stops start-up naming the file.
echo '{oops' >"$dir/bad-manifest.json"
if PERSISTED_OPERATIONS_FILE="$dir/bad-manifest.json" DATABASE_URL="file:$dir/smoke.db" node dist/src/main.js >"$dir/bad.log" 2>&1; then
  echo "smoke: a bad PERSISTED_OPERATIONS_FILE should stop start-up"; exit 1
fi
grep -q "configuration error: PERSISTED_OPERATIONS_FILE $dir/bad-manifest.json: not valid JSON" "$dir/bad.log" \
  || { echo "smoke: the error should name the manifest file"; cat "$dir/bad.log"; exit 1; }
kill -- "-$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true   # the first server frees the port
PERSISTED_OPERATIONS_ONLY=true DATABASE_URL="file:$dir/smoke.db" PORT="$port" setsid node dist/src/main.js >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 60); do
  if curl -fsS "http://localhost:$port/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then echo "server exited early:"; cat "$log"; exit 1; fi
  sleep 0.25
done
hash=$(node -e 'process.stdout.write(require("crypto").createHash("sha256").update(require("fs").readFileSync("schema/operations/who-said-what.graphql")).digest("hex"))')
listed=$(curl -sS -w ' %{http_code}' "http://localhost:$port/graphql" -H 'content-type: application/json' \
  --data "{\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"$hash\"}}}" | tr -d '\n')
grep -q 'Naim Qassem.* 200$' <<<"$listed" || { echo "smoke: the listed example should run by its hash: ${listed:0:300}"; exit 1; }
other=$(curl -sS -w ' %{http_code}' "http://localhost:$port/graphql" -H 'content-type: application/json' \
  --data '{"query":"{ articles { totalCount } }"}' | tr -d '\n')
grep -q 'PERSISTED_QUERY_NOT_IN_LIST.* 400$' <<<"$other" || { echo "smoke: an unlisted operation should get 400: $other"; exit 1; }
echo "smoke: safelist ok"
# A start-up failure is one line with cause and fix, exit 1.
if DATABASE_URL="postgres://u:secret@127.0.0.1:1/db" PORT=0 node dist/src/main.js >"$dir/pg.log" 2>&1; then
  echo "smoke: a postgres:// DATABASE_URL of a server that is not running should fail"; exit 1
fi
[ "$(grep -c . "$dir/pg.log")" = 1 ] && grep -q "PostgreSQL database: ECONNREFUSED" "$dir/pg.log" && ! grep -q secret "$dir/pg.log" \
  || { echo "smoke: expected one line saying PostgreSQL cannot be reached, without the password"; cat "$dir/pg.log"; exit 1; }
echo "smoke: start-up errors ok"

# SIGTERM drains and exits 0.
DATABASE_URL="file:$dir/smoke.db" PORT=0 node dist/src/main.js >"$dir/term.log" 2>&1 &
term_pid=$!
for _ in $(seq 1 60); do grep -q "ready at" "$dir/term.log" && break; sleep 0.5; done
kill -TERM "$term_pid"
if wait "$term_pid"; then echo "smoke: SIGTERM exit 0 ok"; else echo "smoke: SIGTERM should exit 0"; cat "$dir/term.log"; exit 1; fi
