#!/usr/bin/env bash
# npm run bench: dependencies, build, then the whole-system benchmark on its own local stack.
# Writes bench/report.md and bench/report.json (and bench/raw/, not committed). Not part of npm test.
# Flags go to tests/bench/system/run.ts, e.g. npm run bench -- --national=20000 --soak
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
bash tools/scripts/ensure-deps.sh
npm run build
exec npx tsx tests/bench/system/run.ts "$@"
