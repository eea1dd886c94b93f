#!/bin/sh
# Scores `meeting-kg extract` against the development gold (build first: npm run build).
# Usage: scripts/score.sh [--per-article] [--json]
cd "$(dirname "$0")/.." || exit 1
CORPUS=${CORPUS:-../shared/corpus}
exec node ../shared/eval/score.mjs --gold "$CORPUS/gold" --articles "$CORPUS/articles" \
  --cmd "node dist/cli.js extract --format jsonl" "$@"
