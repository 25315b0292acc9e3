#!/usr/bin/env bash
# The CI recipe of @sendsms/pact's README as one script (its GitHub Actions and GitLab CI
# jobs run these same commands): start the mock in the background, wait for its health,
# run the app's tests (the consumer tests write pacts/), check the pacts against the spec,
# verify them against the mock and write the JUnit report.
#
#   MOCK_PORT    the mock's port (default 4010)
#   REPORTS_DIR  where the JUnit report goes (default reports)
set -euo pipefail
cd "$(dirname "$0")"

port="${MOCK_PORT:-4010}"
reports="${REPORTS_DIR:-reports}"
export SENDSMS_MOCK_URL="http://127.0.0.1:$port"

# 1. The mock, in the background, stopped when the script ends however it ends.
mkdir -p "$reports"
node_modules/.bin/sendsms-mock --port "$port" --host 127.0.0.1 > "$reports/mock.log" &
mock_pid=$!
trap 'kill "$mock_pid" 2> /dev/null || true' EXIT

# 2. Wait until it answers its health check (curl retries while the port refuses).
curl --silent --show-error --fail --retry 30 --retry-delay 1 --retry-connrefused \
  "$SENDSMS_MOCK_URL/__mock/health" > /dev/null

# 3. The app's tests. Pact merges into an existing file: start from an empty pacts/.
rm -rf pacts
node_modules/.bin/vitest run src/consumer/ src/integration/

# 4. The pacts against the spec, then against the mock, with the report for CI.
node_modules/.bin/sendsms pact check pacts/
node_modules/.bin/sendsms pact verify pacts/ --base-url "$SENDSMS_MOCK_URL" --junit "$reports/pact-junit.xml"
