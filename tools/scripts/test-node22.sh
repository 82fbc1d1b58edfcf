#!/usr/bin/env bash
# npm run test:node22: the whole suite (as npm test) on Node 22, the image's runtime, on a machine
# whose own Node is older. The npm package `node` provides the binary, in its own folder so that
# npm test keeps the machine's Node. Extra arguments go to Jest.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

runtime=.local/node22
if [[ "$("$runtime/node_modules/.bin/node" --version 2>/dev/null)" != v22.* ]]; then
  mkdir -p "$runtime"
  echo '{ "name": "homeward-node22-runtime", "private": true }' > "$runtime/package.json"
  npm install --prefix "$runtime" --no-audit --no-fund --no-save node@22
fi
export PATH="$PWD/$runtime/node_modules/.bin:$PATH"
echo "test-node22: running on $(node --version)"
exec bash tools/scripts/test.sh "$@"
