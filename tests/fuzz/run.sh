#!/usr/bin/env bash
# Fuzzes Passerelle's JSON API from its own OpenAPI document with schemathesis.
#   bash tests/fuzz/run.sh http://127.0.0.1:8080
#   FUZZ_TOKEN=… bash tests/fuzz/run.sh http://127.0.0.1:8080   (a referrer's API token:
#     passerelle admin create-token --db … --email referrer@demo.passerelle.test)
# Installs schemathesis (pinned in requirements.txt) into tests/fuzz/.venv.
# Fails when the server answers 5xx, when an answer breaks the documented status
# codes, content types or response schemas, and when the server and the document
# disagree on a request: a request the document allows must not be refused with a
# 400, one it forbids must be refused (the checks are in schemathesis.toml).
#
# Environment: FUZZ_TOKEN (a bearer token; without it the endpoints that need an
# account are only seen answering 401), FUZZ_MAX_EXAMPLES (default 200 per
# operation, about a minute in all), FUZZ_SEED (fixed by default so that CI runs
# repeat; set another to explore), FUZZ_TIMEOUT (seconds, default 300: the whole
# run is stopped and fails after that).

set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BASE_URL=${1:-${BASE_URL:-}}
if [ -z "$BASE_URL" ]; then
  echo "usage: $0 BASE_URL   (a running passerelle server, e.g. http://127.0.0.1:8080)" >&2
  exit 2
fi
BASE_URL=${BASE_URL%/}
VENV="$HERE/.venv"

bash "$HERE/../../scripts/python-venv.sh" "$HERE"

REPORT_DIR="$HERE/schemathesis-report"
rm -rf "$REPORT_DIR"
args=(
  --config-file "$HERE/schemathesis.toml"
  run "$BASE_URL/api/v1/openapi.json"
  --max-examples "${FUZZ_MAX_EXAMPLES:-200}"
  --seed "${FUZZ_SEED:-20211080}"
  --request-timeout 10
  --wait-for-schema 30
  # One worker: with two, hypothesis describes strategies from two threads at once and
  # CPython 3.11's ast module (shared recursion counter, python/cpython#106905) can fail
  # with "AST constructor recursion depth mismatch", which fails the run for nothing.
  --workers 1
  --report junit --report-dir "$REPORT_DIR"
)
if [ -n "${FUZZ_TOKEN:-}" ]; then
  args+=(-H "Authorization: Bearer $FUZZ_TOKEN")
fi
shown="${args[*]}"
echo "+ schemathesis ${shown//${FUZZ_TOKEN:-no token}/…}" >&2
# schemathesis keeps a cache of past failures in ./.schemathesis (replayed first next time): keep it here.
cd "$HERE"
rc=0
NO_COLOR=1 timeout --kill-after=10 "${FUZZ_TIMEOUT:-300}" "$VENV/bin/schemathesis" "${args[@]}" || rc=$?
if [ "$rc" -eq 124 ]; then
  echo "schemathesis did not finish within ${FUZZ_TIMEOUT:-300} s" >&2
fi
if [ "$rc" -ne 0 ]; then
  echo "API fuzzing failed (exit $rc); a JUnit report is in $REPORT_DIR" >&2
fi
exit "$rc"
