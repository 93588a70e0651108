#!/usr/bin/env bash
# Scores the extractor against the annotated sets kept outside the repository (../shared/eval).
#   npm run eval                                   # both sets: news-quotes and polnear-train
#   npm run eval -- --set news-quotes              # one set
#   npm run eval -- --half a                       # only the articles of half a (a stable split by id; b is the rest)
#   npm run eval -- --summary                      # only each set's summary line
#   EVAL_ROOT=/path/to/eval npm run eval           # another folder holding <set>/docs, <set>/gold.jsonl, score.mjs
# The evaluation articles belong to their publishers: they are read in place, never copied here.
# Tune on one half and check on the other: a rule that only helps the half it was tuned on is overfitting.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EVAL_ROOT="${EVAL_ROOT:-$ROOT/../shared/eval}"
SCORER="${SCORER:-$EVAL_ROOT/score.mjs}"
SETS=(news-quotes polnear-train)
HALF=""
SUMMARY=""

while [[ $# -gt 0 ]]; do
  case "$1" in
    --set) [[ $# -ge 2 ]] || { echo "--set needs a name: news-quotes or polnear-train" >&2; exit 2; }
      case "$2" in news-quotes|polnear-train) SETS=("$2") ;; *) echo "unknown set \"$2\" (news-quotes or polnear-train)" >&2; exit 2 ;; esac
      shift 2 ;;
    --half) [[ $# -ge 2 && ( "$2" == a || "$2" == b ) ]] || { echo "--half takes a or b" >&2; exit 2; }
      HALF="$2"; shift 2 ;;
    --summary) SUMMARY=1; shift ;;
    *) echo "unknown argument \"$1\" (--set NAME, --half a|b, --summary)" >&2; exit 2 ;;
  esac
done

if [[ ! -f "$SCORER" ]]; then
  echo "evaluation data not found: no scorer at $SCORER (set EVAL_ROOT to the folder holding score.mjs and the sets)" >&2
  exit 2
fi

cd "$ROOT"
if [[ -z "${SKIP_BUILD:-}" ]]; then
  node scripts/build.mjs
fi

TMP="$(mktemp -d "${TMPDIR:-/tmp}/eval.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT

for SET in "${SETS[@]}"; do
  DIR="$EVAL_ROOT/$SET"
  if [[ ! -d "$DIR/docs" || ! -f "$DIR/gold.jsonl" ]]; then
    echo "$SET: evaluation data not found at $DIR (expected docs/ and gold.jsonl)" >&2
    exit 2
  fi
  GOLD="$DIR/gold.jsonl"
  DOCS=("$DIR/docs")
  if [[ -n "$HALF" ]]; then
    GOLD="$TMP/$SET-gold.jsonl"
    node scripts/eval-half.mjs "$DIR/gold.jsonl" "$HALF" >"$GOLD"
    mapfile -t DOCS < <(node -e 'for (const l of require("fs").readFileSync(process.argv[1], "utf8").split("\n")) if (l.trim()) console.log(require("path").join(process.argv[2], JSON.parse(l).file))' "$GOLD" "$DIR")
  fi
  PRED="$TMP/$SET-pred.jsonl"
  # Malformed documents are reported on stderr; score whatever was extracted.
  node "${EXTRACT_JS:-dist/src/ingest/cli/extract.js}" "${DOCS[@]}" >"$PRED" || echo "$SET: extract reported errors (see above)" >&2
  echo "== $SET${HALF:+ (half $HALF)}"
  if [[ -n "$SUMMARY" ]]; then
    node "$SCORER" --gold "$GOLD" --docs "$DIR" --pred "$PRED" | tail -n 1
  else
    node "$SCORER" --gold "$GOLD" --docs "$DIR" --pred "$PRED"
  fi
done
