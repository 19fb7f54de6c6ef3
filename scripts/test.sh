#!/usr/bin/env bash
# Runs every test of Passerelle, on a fresh Debian machine that has only the
# Rust toolchain, Node 20 and Python 3.11 (run as root: it installs what it
# needs with apt-get). Stages, failing fast:
#   1. cargo test on SQLite
#   2. cargo test on PostgreSQL (started here if nothing answers on 127.0.0.1:5432)
#   3. browser tests against a SQLite-backed demo server
#   4. browser tests against a PostgreSQL-backed demo server
#   5. API fuzzing of the OpenAPI document with schemathesis
# (before the cargo stages, pyxform is installed into tests/xlsform/.venv for
# the XLSForm tests; they skip that check, saying so, if it fails)
# and ends with the line "N passed, M failed" (counting stages).
#
# Environment:
#   KEEP_GOING=1            run the later stages even after a failure
#   ONLY="cargo-sqlite browser-sqlite …"  run only these stages (names as above)
#   FUZZ_MAX_EXAMPLES=200   schemathesis examples per operation
#   FUZZ_SEED=…             schemathesis seed (fixed by default, for repeatable runs)
#   TEST_PG_PORT=5432       port of the PostgreSQL server on 127.0.0.1 (user postgres, trust)

set -Eeuo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

KEEP_GOING=${KEEP_GOING:-0}
ONLY=${ONLY:-}
PG_HOST=127.0.0.1
PG_PORT=${TEST_PG_PORT:-5432}
PG_URL=postgres://postgres@$PG_HOST:$PG_PORT/postgres
TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
BIN="$TARGET_DIR/debug/passerelle"
export CARGO_TERM_COLOR=${CARGO_TERM_COLOR:-never}
export NO_COLOR=${NO_COLOR:-1}
# On CI every build is from scratch: incremental files (7 GB of a debug
# target) would only take disk space, and a full disk fails the run.
if [ "${CI:-}" = true ]; then
  export CARGO_INCREMENTAL=${CARGO_INCREMENTAL:-0}
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/passerelle-test.XXXXXX")
PASSED=0
FAILED=0
REPORT=()        # one line per stage: name, result, seconds
DONE=()          # names of the stages run or skipped
STAGES=()
SERVER_PIDS=()   # demo servers started here
PG_DBS=()        # databases created here, dropped at the end
APT_UPDATED=0
DEMO_URL=""

log()  { printf '\n==> %s\n' "$*" >&2; }
warn() { printf '!!! %s\n' "$*" >&2; }
run()  { printf '+ %s\n' "$*" >&2; "$@"; }

# --- cleanup, always --------------------------------------------------------

stop_server() {
  local pid=$1
  if kill -0 "$pid" 2>/dev/null; then
    kill -INT "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
  local kept=() p
  for p in "${SERVER_PIDS[@]}"; do [ "$p" = "$pid" ] || kept+=("$p"); done
  SERVER_PIDS=("${kept[@]}")
}

cleanup() {
  local rc=$?
  set +e
  trap - EXIT INT TERM
  local pid
  for pid in "${SERVER_PIDS[@]}"; do stop_server "$pid"; done
  for db in "${PG_DBS[@]}"; do
    psql "$PG_URL" -qAtc "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null 2>&1
  done
  rm -rf "$WORK"
  echo
  echo "Stages:"
  for line in "${REPORT[@]}"; do echo "  $line"; done
  local s name
  for s in "${STAGES[@]}"; do
    name=${s%% *}
    [[ " ${DONE[*]} " == *" $name "* ]] || printf '  %-16s not run\n' "$name"
  done
  if [ "$rc" -ne 0 ] && [ "$FAILED" -eq 0 ]; then
    # Stopped outside a stage (interrupt, or a bug in this script): count it as a failure.
    FAILED=$((FAILED + 1))
  fi
  echo "$PASSED passed, $FAILED failed"
  if [ "$FAILED" -gt 0 ] && [ "$rc" -eq 0 ]; then rc=1; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'warn "interrupted"; exit 130' INT TERM

# --- stages -------------------------------------------------------------------

# stage NAME FUNCTION: runs FUNCTION, times it, counts it; stops everything on
# failure unless KEEP_GOING=1. Stage functions chain their steps with `|| return`
# (bash ignores `set -e` inside a function called from a condition).
stage() {
  local name=$1 fn=$2 t0=$SECONDS rc=0
  DONE+=("$name")
  if [ -n "$ONLY" ] && [[ " $ONLY " != *" $name "* ]]; then
    REPORT+=("$(printf '%-16s skipped (ONLY=%s)' "$name" "$ONLY")")
    return 0
  fi
  log "stage $name"
  "$fn" || rc=$?
  local secs=$((SECONDS - t0))
  if [ "$rc" -eq 0 ]; then
    PASSED=$((PASSED + 1))
    REPORT+=("$(printf '%-16s passed in %4d s' "$name" "$secs")")
    log "stage $name passed in ${secs}s"
  else
    FAILED=$((FAILED + 1))
    REPORT+=("$(printf '%-16s FAILED in %4d s (exit %d)' "$name" "$secs" "$rc")")
    warn "stage $name FAILED (exit $rc) after ${secs}s; to run it alone: ONLY=$name bash scripts/test.sh"
    if [ "$KEEP_GOING" != 1 ]; then exit 1; fi
  fi
}

# --- helpers ------------------------------------------------------------------

apt_install() {
  if [ "$(id -u)" != 0 ]; then
    warn "need root to install Debian packages: $*"
    return 1
  fi
  local logf="$WORK/apt.log"
  if [ "$APT_UPDATED" = 0 ]; then
    printf '+ apt-get update\n' >&2
    apt-get update -qq >>"$logf" 2>&1 || { tail -n 30 "$logf" >&2; warn "apt-get update failed"; return 1; }
    APT_UPDATED=1
  fi
  printf '+ apt-get install %s (output in a log, shown on failure)\n' "$*" >&2
  env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" </dev/null >>"$logf" 2>&1 ||
    { tail -n 40 "$logf" >&2; warn "apt-get install $* failed"; return 1; }
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

http_ok() {
  python3 - "$1" <<'PY' 2>/dev/null
import sys, urllib.request
try:
    with urllib.request.urlopen(sys.argv[1], timeout=2) as r:
        sys.exit(0 if r.status == 200 else 1)
except Exception:
    sys.exit(1)
PY
}

pg_answers() {
  command -v pg_isready >/dev/null && pg_isready -q -h "$PG_HOST" -p "$PG_PORT"
}

# Makes sure PostgreSQL answers on 127.0.0.1:5432 and lets `postgres` in
# without a password; installs and starts Debian's server if nothing answers.
ensure_postgres() {
  if ! command -v psql >/dev/null || ! command -v pg_isready >/dev/null; then
    apt_install postgresql-client || return
  fi
  if ! pg_answers; then
    log "nothing answers on $PG_HOST:$PG_PORT: installing and starting Debian's PostgreSQL"
    if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
      apt_install postgresql || return
    fi
    local ver
    ver=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    if ! pg_lsclusters -h 2>/dev/null | awk -v v="$ver" '$1 == v && $2 == "main"' | grep -q .; then
      run pg_createcluster -p "$PG_PORT" "$ver" main || return
    fi
    # The cluster listens on 127.0.0.1:$PG_PORT.
    run pg_conftool "$ver" main set port "$PG_PORT" || return
    run pg_conftool "$ver" main set listen_addresses localhost || return
    local hba="/etc/postgresql/$ver/main/pg_hba.conf"
    if ! grep -q '^host all all 127.0.0.1/32 trust' "$hba"; then
      # First matching line wins: let local TCP connections in without a password (a test machine only).
      sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$hba" || return
    fi
    if pg_lsclusters -h | awk -v v="$ver" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
      run pg_ctlcluster "$ver" main restart || return
    else
      run pg_ctlcluster "$ver" main start || return
    fi
    for _ in $(seq 1 60); do pg_answers && break; sleep 0.5; done
    pg_answers || { warn "PostgreSQL did not start on $PG_HOST:$PG_PORT"; return 1; }
  fi
  if ! psql "$PG_URL" -qAtc 'select 1' >/dev/null; then
    warn "PostgreSQL answers on $PG_HOST:$PG_PORT but $PG_URL cannot log in (is 127.0.0.1 set to trust in pg_hba.conf?)"
    return 1
  fi
  psql "$PG_URL" -qAtc 'show server_version' | sed 's/^/PostgreSQL server /' >&2
}

# start_demo NAME DB_URL: starts `passerelle demo` in the background on a free
# port, waits for /healthz, and sets DEMO_URL.
start_demo() {
  local name=$1 db=$2 port pid logf
  port=$(free_port) || return
  logf="$WORK/demo-$name.log"
  log "starting the demo server ($name) on 127.0.0.1:$port, database $db"
  "$BIN" demo --addr "127.0.0.1:$port" --db "$db" --mail-spool "$WORK/mail-$name" >"$logf" 2>&1 </dev/null &
  pid=$!
  SERVER_PIDS+=("$pid")
  for _ in $(seq 1 240); do
    if ! kill -0 "$pid" 2>/dev/null; then
      warn "the demo server ($name) stopped before it was ready; its log:"
      cat "$logf" >&2
      return 1
    fi
    if http_ok "http://127.0.0.1:$port/healthz"; then
      DEMO_URL="http://127.0.0.1:$port"
      head -n 5 "$logf" >&2
      return 0
    fi
    sleep 0.25
  done
  warn "the demo server ($name) did not answer /healthz within 60 s; its log:"
  cat "$logf" >&2
  return 1
}

# Prints the end of a server log after a failure, to help whoever reads CI.
server_log_tail() {
  local f="$WORK/demo-$1.log"
  [ -f "$f" ] || return 0
  warn "last lines of the $1 demo server log:"
  tail -n 40 "$f" >&2
}

BROWSER_READY=0
prepare_browser() {
  [ "$BROWSER_READY" = 1 ] && return 0
  if [ ! -x /usr/bin/chromium ]; then
    log "installing Debian's chromium (and a font with Arabic letters)"
    apt_install chromium fonts-dejavu-core || return
  fi
  command -v node >/dev/null || { warn "node is not installed (Node 20 is expected)"; return 1; }
  log "installing the browser test packages (tests/browser)"
  if [ -f tests/browser/package-lock.json ]; then
    (cd tests/browser && run npm ci --no-audit --no-fund --loglevel=error) || return
  else
    (cd tests/browser && run npm install --no-audit --no-fund --loglevel=error) || return
  fi
  BROWSER_READY=1
}

BUILT=0
build_passerelle() {
  [ "$BUILT" = 1 ] && return 0
  log "building passerelle (debug)"
  run cargo build -p passerelle || return
  [ -x "$BIN" ] || { warn "no binary at $BIN after cargo build"; return 1; }
  BUILT=1
}

run_browser_tests() {
  local name=$1
  log "browser tests against $DEMO_URL ($name)"
  # map.test.mjs starts a demo of its own (with a test tile server) from $BIN.
  if ! run env BASE_URL="$DEMO_URL" PASSERELLE_BIN="$BIN" node --test --test-reporter=spec tests/browser/; then
    server_log_tail "$name"
    return 1
  fi
}

SQLITE_DEMO_URL=""
ensure_sqlite_demo() {
  if [ -n "$SQLITE_DEMO_URL" ] && http_ok "$SQLITE_DEMO_URL/healthz"; then return 0; fi
  build_passerelle || return
  start_demo sqlite "sqlite://$WORK/demo.db" || return
  SQLITE_DEMO_URL=$DEMO_URL
}

# --- the stages -------------------------------------------------------------------

stage_cargo_sqlite() {
  run env -u TEST_DATABASE_URL cargo test --workspace --no-fail-fast
}

stage_cargo_postgres() {
  ensure_postgres || return
  local before
  before=$(psql "$PG_URL" -qAtc "select datname from pg_database where datname like 'passerelle_test_%'" | sort)
  run env TEST_DATABASE_URL="$PG_URL" cargo test --workspace --no-fail-fast
  local rc=$?
  # Drop the per-test databases this run made (those still in use are left alone).
  comm -13 <(echo "$before") <(psql "$PG_URL" -qAtc "select datname from pg_database where datname like 'passerelle_test_%'" | sort) |
    while read -r db; do [ -n "$db" ] && psql "$PG_URL" -qAtc "DROP DATABASE IF EXISTS \"$db\"" >/dev/null 2>&1; done
  return "$rc"
}

stage_browser_sqlite() {
  prepare_browser || return
  ensure_sqlite_demo || return
  DEMO_URL=$SQLITE_DEMO_URL
  run_browser_tests sqlite
}

stage_browser_postgres() {
  prepare_browser || return
  build_passerelle || return
  ensure_postgres || return
  local db="passerelle_demo_$$_$(date +%s)"
  run psql "$PG_URL" -qAtc "CREATE DATABASE \"$db\"" || return
  PG_DBS+=("$db")
  local url="${PG_URL%/*}/$db"
  start_demo postgres "$url" || return
  local pid=${SERVER_PIDS[-1]}
  run_browser_tests postgres
  local rc=$?
  stop_server "$pid"
  return "$rc"
}

stage_fuzz() {
  ensure_sqlite_demo || return
  # A referrer's token, so that the booking endpoints are fuzzed past their 401.
  local token
  token=$("$BIN" admin create-token --db "sqlite://$WORK/demo.db" \
    --email referrer@demo.passerelle.test --label fuzzing 2>/dev/null) || return
  FUZZ_TOKEN=$token bash tests/fuzz/run.sh "$SQLITE_DEMO_URL" || { server_log_tail sqlite; return 1; }
}

STAGES=(
  "cargo-sqlite stage_cargo_sqlite"
  "cargo-postgres stage_cargo_postgres"
  "browser-sqlite stage_browser_sqlite"
  "browser-postgres stage_browser_postgres"
  "api-fuzz stage_fuzz"
)

# pyxform (the reference XLSForm converter) for the XLSForm tests of the cargo
# stages; those tests say they skip the check when it could not be installed.
if [ -z "$ONLY" ] || [[ " $ONLY " == *" cargo-"* ]]; then
  log "installing pyxform for the XLSForm tests (tests/xlsform)"
  bash tests/xlsform/setup.sh || warn "pyxform could not be installed: the XLSForm tests will skip the pyxform conversion"
fi

# poppler's tools and qpdf read the generated PDFs back in the cargo stages
# (tagged, language, structure tree, text; crates/documents/tests).
if [ -z "$ONLY" ] || [[ " $ONLY " == *" cargo-"* ]]; then
  if ! command -v pdfinfo >/dev/null || ! command -v qpdf >/dev/null; then
    log "installing poppler-utils and qpdf to check the generated PDFs"
    apt_install poppler-utils qpdf || warn "poppler-utils or qpdf could not be installed: the PDF checks will fail"
  fi
  log "installing pdfua, a PDF/UA-1 checker, for the PDF tests (tests/pdfua)"
  bash tests/pdfua/setup.sh || warn "pdfua could not be installed: the PDF/UA checks will fail on CI"
fi

log "Passerelle tests in $ROOT ($(nproc) cores; cargo $(cargo --version | cut -d' ' -f2), node $(node --version 2>/dev/null || echo missing), $(python3 --version 2>&1))"
for s in "${STAGES[@]}"; do
  # shellcheck disable=SC2086
  stage $s
done
