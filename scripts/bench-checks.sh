#!/usr/bin/env bash
# Measures the checker: precision of error findings on the real corpus (against corpus/expected/checks/findings-review.tsv)
# and of warning/info findings (against findings-review-warnings.tsv),
# recall on the seed and on KNOWN_DEFECTS. Usage: scripts/bench-checks.sh [CORPUS_DIR] [--dump review-candidates.tsv]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/fiscal" --version >/dev/null   # builds the jar when sources changed
corpus="${1:-${FISCAL_CORPUS:-$here/../shared/corpus/real}}"
shift || true
exec java -Xss8m -cp "$here/extractor/target/fiscal-lens.jar" org.fiscallens.checks.bench.ChecksBench "$here" "$corpus" "$@"
