#!/usr/bin/env bash
# npm start: dependencies, build, then the whole stack in the foreground (Ctrl-C stops it).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
bash tools/scripts/ensure-deps.sh
npm run build
exec npx tsx tools/local-stack/start.ts
