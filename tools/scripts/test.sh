#!/usr/bin/env bash
# npm test: dependencies, build (type-checks the services; e2e tests run dist/), lint,
# then every Jest suite. Extra arguments go to Jest (e.g. a path filter).
# The last line is always `tests: N passed, N failed`. Safe beside `npm start`: tests use
# free ports and their own temporary data.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

bash tools/scripts/ensure-deps.sh || { echo "ensure-deps failed"; echo "tests: 0 passed, 1 failed"; exit 1; }

# A failed build or lint does not stop the run (the test output is still worth having),
# but each counts as one failure in the summary and in the exit code.
step_failures=0
if ! npm run build; then
  echo "test.sh: build failed" >&2
  step_failures=$((step_failures + 1))
fi
if [[ -f eslint.config.mjs ]]; then
  if ! npm run lint; then
    echo "test.sh: lint failed" >&2
    step_failures=$((step_failures + 1))
  fi
else
  echo "test.sh: no eslint.config.mjs, lint skipped" >&2
fi

results=.local/jest-results.json
mkdir -p .local
rm -f "$results"
node --require ./tools/scripts/jest-exit-monitor.cjs node_modules/jest/bin/jest.js --ci --logHeapUsage --json --outputFile="$results" "$@"
jest_status=$?

# Counts from Jest's JSON; a suite that failed to run (syntax error, failed import,
# crashed worker) has no failed tests of its own, so it counts as one failure.
summary=$(node -e '
  const fs = require("fs");
  let r;
  try { r = JSON.parse(fs.readFileSync(process.argv[1], "utf8")); } catch { process.exit(3); }
  let failed = r.numFailedTests + (r.numRuntimeErrorTestSuites || 0);
  // The verdict of Jest itself also counts what no test owns (a snapshot or reporter failure).
  if (!r.success && failed === 0) failed = 1;
  process.stdout.write(r.numPassedTests + " " + failed + " " + (r.success ? "pass" : "fail"));
' "$results") || summary=""

if [[ -z "$summary" ]]; then
  echo "test.sh: jest crashed (exit $jest_status) and wrote no results" >&2
  echo "tests: 0 passed, $((step_failures + 1)) failed"
  exit 1
fi
read -r passed failed verdict <<<"$summary"
failed=$((failed + step_failures))
# Jest writes its verdict after globalTeardown. A passing verdict with a non-zero exit means
# work outlived a test file (Jest sets exit code 1 when code runs after its environment is
# torn down) or the process died afterwards: one failure, with the reason printed above.
if [[ $verdict == pass && $jest_status -ne 0 ]]; then
  echo "test.sh: every test passed, but jest exited $jest_status: look for 'torn down' or 'jest process:' above" >&2
  failed=$((failed + 1))
fi
echo "tests: $passed passed, $failed failed"
if ((failed > 0 || jest_status != 0)); then
  exit 1
fi
