#!/usr/bin/env bash
# Runs every test of Fiscal Lens (the README's test command; .ci/run calls it).
# Tests over the real corpus read ../shared/corpus/real (or $FISCAL_CORPUS) and skip where it is absent.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/setup.sh"
cd "$here"
exec mvn -B -ntp test "$@"
