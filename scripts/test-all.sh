#!/usr/bin/env bash
# `npm test`: every check the project has, in order: lint, typecheck, unit + dom + eval tests,
# the extension builds, then the end-to-end tests in real Chromium and in Firefox ESR (the shared
# journeys of tests/e2e/journeys run in both). Ends with "N passed, M failed"
# counting each vitest test and lint/typecheck/build as one each.
set -u
cd "$(dirname "$0")/.."
passed=0
failed=0
report=$(mktemp -d)

check() { # name, command...
  local name=$1; shift
  echo "== $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $name"; fi
}

vitest() { # name, report file, vitest args...
  local name=$1 out=$2; shift 2
  echo "== $name"
  npx vitest run "$@" --reporter=default --reporter=json --outputFile="$out"
  if [ -s "$out" ]; then
    read -r p f < <(node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTests||0) + (r.success||r.numFailedTests?0:1))' "$out")
    passed=$((passed + p)); failed=$((failed + f))
  else
    failed=$((failed + 1)); echo "FAILED: $name (no report)"
  fi
}

check lint npx eslint .
check typecheck npx tsc --noEmit
vitest "unit, dom and eval tests" "$report/fast.json" --project unit --project dom --project eval
check build npm run build --silent
check "firefox build" npx wxt build -b firefox
if bash scripts/ensure-chromium.sh; then
  vitest "end-to-end tests (Chromium)" "$report/e2e.json" --project e2e
else
  failed=$((failed + 1)); echo "FAILED: end-to-end tests need Chromium"
fi
if bash scripts/ensure-firefox.sh; then
  vitest "end-to-end tests (Firefox)" "$report/e2e-firefox.json" --project e2e-firefox
else
  failed=$((failed + 1)); echo "FAILED: end-to-end tests need Firefox (firefox-esr)"
fi
rm -rf "$report"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
