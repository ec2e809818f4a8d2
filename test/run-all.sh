#!/usr/bin/env bash
# Runs every test: type check, unit, data, component and real-browser tests (Debian's Chromium; GDAL reads the exports).
# Ends with a plain "N passed, N failed" line and a non-zero exit on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
# Debian packages the tests need: Chromium (browser tests) and GDAL (the independent reader of the exports).
missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium fonts-noto-cjk)
command -v ogrinfo >/dev/null || missing+=(gdal-bin)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's ${missing[*]} for the tests…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "${missing[@]}" >/dev/null || { echo "apt-get install ${missing[*]} failed"; exit 1; }
  else
    echo "The tests need Debian packages that are missing: run 'sudo apt-get install ${missing[*]}' and try again."
    exit 1
  fi
fi

mkdir -p test/.out
status=0
echo "== type check"
if ! node node_modules/typescript/bin/tsc -p tsconfig.json --noEmit; then
  echo "type check failed"
  status=1
fi

echo "== tests"
node node_modules/vitest/vitest.mjs run --reporter=default --reporter=json \
  --outputFile.json=test/.out/results.json "$@" || status=1

node test/summary.mjs test/.out/results.json $([ "$status" = 0 ] || echo --typecheck-or-run-failed) || status=1
exit $status
