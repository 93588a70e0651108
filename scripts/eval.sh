#!/usr/bin/env bash
# Scores the extractor against the human-annotated news-quotes set kept outside the repository.
#   npm run eval                      # uses ../shared/eval/news-quotes
#   EVAL_DIR=/path/to/news-quotes npm run eval
# The evaluation articles belong to their publishers: they are read in place, never copied here.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EVAL_DIR="${EVAL_DIR:-$ROOT/../shared/eval/news-quotes}"
SCORER="${SCORER:-$(dirname "$EVAL_DIR")/score.mjs}"

if [[ ! -d "$EVAL_DIR/docs" || ! -f "$EVAL_DIR/gold.jsonl" ]]; then
  echo "evaluation data not found at $EVAL_DIR (expected docs/ and gold.jsonl; set EVAL_DIR to override)" >&2
  exit 2
fi
if [[ ! -f "$SCORER" ]]; then
  echo "scorer not found at $SCORER (set SCORER to override)" >&2
  exit 2
fi

cd "$ROOT"
if [[ -z "${SKIP_BUILD:-}" ]]; then
  npm run --silent build
fi

PRED="$(mktemp "${TMPDIR:-/tmp}/news-quotes-pred.XXXXXX.jsonl")"
trap 'rm -f "$PRED"' EXIT

# Malformed documents are reported on stderr; score whatever was extracted.
node "${EXTRACT_JS:-dist/src/ingest/cli/extract.js}" "$EVAL_DIR/docs" >"$PRED" || echo "extract reported errors (see above)" >&2
node "$SCORER" --gold "$EVAL_DIR/gold.jsonl" --pred "$PRED"
