#!/usr/bin/env bash
# Runs every test project the way CI does.
#  - Starts a real S3 server on 127.0.0.1 (tests/s3/swift-s3.sh: installs Swift with apt-get when missing) unless
#    ECO_TEST_S3_ENDPOINT already points at one, and stops what it started.
#  - Installs Debian's Chromium for the browser tests when missing; screenshots land in artifacts/test-results.
#  - Builds the solution (warnings are errors), runs each test project, and ends with one line summing them all:
#    "N passed, N failed" (", N skipped" when any were skipped), with the failed tests named just above it.
#  - Exits non-zero when the build or any test fails.
set -uo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
results="$repo/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"
configuration=${ECO_TEST_CONFIGURATION:-Release}
started_s3=0

cleanup() {
  if [ "$started_s3" = 1 ]; then
    tests/s3/swift-s3.sh stop 2>/dev/null || true
  fi
}
trap cleanup EXIT

if [ -z "${ECO_TEST_S3_ENDPOINT:-}" ]; then
  if s3_env=$(tests/s3/swift-s3.sh start); then
    eval "$s3_env"
    started_s3=1
  else
    echo "run-all: could not start the S3 test server; the S3 tests will fail and say so" >&2
  fi
fi

# The browser tests drive Debian's Chromium (Playwright cannot download its own browser here).
if [ ! -x /usr/bin/chromium ]; then
  echo "run-all: installing chromium (apt-get)" >&2
  { apt-get update -qq && apt-get install -y -qq chromium; } >&2 || echo "run-all: could not install chromium; the browser tests will fail and say so" >&2
fi
# The dashboard's build installs ApexCharts from npm once (package.json); Node.js and npm come from Debian when missing.
if ! command -v npm >/dev/null 2>&1; then
  echo "run-all: installing npm (apt-get)" >&2
  { apt-get update -qq && apt-get install -y -qq npm; } >&2 || echo "run-all: could not install npm; the dashboard build will fail and say so" >&2
fi
export ECO_TEST_ARTIFACTS="$results"

passed=0 failed=0 skipped=0 status=0
if ! dotnet build Ecosystem.sln -c "$configuration" -nologo -v quiet; then
  echo "run-all: the build failed" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  echo "run-all: $name" >&2
  if ! dotnet test "$project" -c "$configuration" --no-build -nologo \
      --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=normal" --results-directory "$results"; then
    status=1
  fi
  trx="$results/$name.trx"
  if [ -f "$trx" ]; then
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
    count() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
    passed=$((passed + $(count passed)))
    failed=$((failed + $(count failed) + $(count error) + $(count timeout) + $(count aborted)))
    skipped=$((skipped + $(count notExecuted)))
  else
    echo "run-all: $name produced no results" >&2
    failed=$((failed + 1))
    status=1
  fi
done

[ "$failed" -gt 0 ] && status=1
# The failed tests by name, just above the summary, so that the end of a long log says which ones failed.
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  grep -o '<UnitTestResult [^>]*outcome="\(Failed\|Error\|Timeout\|Aborted\)"[^>]*>' "$trx" |
    sed -n 's/.* testName="\([^"]*\)".*/run-all: failed: \1/p' | sed 's/&quot;/"/g; s/&amp;/\&/g'
done
cleanup
started_s3=0
summary="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && summary="$summary, $skipped skipped"
echo "$summary"
exit $status
