#!/usr/bin/env bash
# Passerelle speed benchmarks, end to end, on this machine:
#   1. installs wrk (and curl) from Debian when missing, builds --release;
#   2. fills a temporary SQLite database with a synthetic region (synth);
#   3. in-process search latency (bench), RUNS times;
#   4. server start-up to first answer, RUNS times;
#   5. HTTP throughput and latency with wrk on loopback, RUNS times per URL —
#      the search API, the results page, /healthz and a static file of the same
#      process, each figure also as a ratio to the static file's;
#   6. server memory (VmRSS/VmHWM) after the load; a summary table (medians).
#
# Usage: scripts/bench.sh            (from anywhere; about 8 minutes)
# Knobs (environment): PLACES=100000 SEED=42 RUNS=3 DURATION=20s CONNECTIONS=16
#                      THREADS=2 KEEP=1 (keep the temporary directory)
#                      PASSERELLE_BIN=path (use this binary instead of building)
set -euo pipefail

PLACES=${PLACES:-100000}
SEED=${SEED:-42}
RUNS=${RUNS:-3}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
# The search API, the results page, liveness, and the reference: a static file
# served by the same process in the same run (each figure is also printed as a
# ratio to it, so that runs on different machines compare).
URL_PATHS=("/api/v1/places?q=1080&per_page=20" "/api/v1/places?q=1030&service=training&open_now=true"
           "/fr/search?q=1080" "/healthz" "/static/app.css")
STATIC_INDEX=4

cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/passerelle-bench.XXXXXX")
SERVER_PID=""
WRK_PID=""

cleanup() {
    local rc=$?
    if [[ -n "$WRK_PID" ]]; then kill "$WRK_PID" 2>/dev/null || true; fi
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    if [[ "${KEEP:-0}" == 1 ]]; then
        echo "Kept $WORK" >&2
    else
        rm -rf "$WORK"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log() { printf '\n== %s\n' "$*" >&2; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Median of numbers given as arguments (the middle one; lower middle for an even count).
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# A wrk latency ("812.00us", "1.23ms", "2.00s") in milliseconds.
to_ms() {
    awk -v v="$1" 'BEGIN {
        n = v + 0; u = v; sub(/^[0-9.]+/, "", u);
        if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000;
        printf "%.2f", n }'
}

# --- 1. tools and build ---------------------------------------------------------
need=()
command -v wrk >/dev/null || need+=(wrk)
command -v curl >/dev/null || need+=(curl)
if ((${#need[@]})); then
    log "Installing ${need[*]} from Debian"
    SUDO=""
    [[ $(id -u) -eq 0 ]] || SUDO=sudo
    $SUDO apt-get update
    $SUDO apt-get install -y "${need[@]}"
fi

if [[ -n "${PASSERELLE_BIN:-}" ]]; then
    BIN=$PASSERELLE_BIN # e.g. a build of a branch, to compare
else
    log "Building (release)"
    cargo build --release -p passerelle
    BIN="$ROOT/target/release/passerelle"
fi
export PASSERELLE_LOG=warn

# --- 2. synthetic data --------------------------------------------------------------
DB="sqlite://$WORK/bench.db"
log "Synthesising $PLACES places (seed $SEED) into $DB"
"$BIN" synth --db "$DB" --places "$PLACES" --seed "$SEED" | tee "$WORK/synth.txt"
SYNTH_S=$(sed -n 's/.*took \([0-9.]*\) s.*/\1/p' "$WORK/synth.txt")

# --- 3. in-process search -------------------------------------------------------------
json_field() { # json_field FILE KEY SUBKEY -> number ("mix" "p50_us"), or FILE KEY for a top-level number
    if [[ $# -eq 3 ]]; then
        sed -n "s/.*\"$2\": {.*\"$3\": \([0-9.]*\).*/\1/p" "$1"
    else
        sed -n "s/.*\"$2\": \([0-9.]*\),*$/\1/p" "$1"
    fi
}
declare -A B
KINDS=(postcode postcode_filters_open text near mix)
for r in $(seq "$RUNS"); do
    log "In-process search benchmark, run $r/$RUNS"
    "$BIN" bench --db "$DB" --json > "$WORK/bench-$r.json"
    cat "$WORK/bench-$r.json"
    for k in "${KINDS[@]}"; do
        for f in p50_us p90_us p99_us max_us mean_total; do
            B[$k.$f]+="$(json_field "$WORK/bench-$r.json" "$k" "$f") "
        done
    done
    for f in load_ms build_ms startup_ms vmhwm_kb cpu_share; do
        B[$f]+="$(json_field "$WORK/bench-$r.json" "$f") "
    done
done

# --- 4. server start-up -----------------------------------------------------------------
# Starts the server on a free port (the OS picks it) and sets SERVER_PID, PORT, STARTUP_MS.
start_server() {
    local log_file="$WORK/serve.log" t0 t1 deadline
    : > "$log_file"
    t0=$(now_ms)
    "$BIN" serve --db "$DB" --addr 127.0.0.1:0 > "$log_file" 2>&1 &
    SERVER_PID=$!
    PORT=""
    deadline=$((t0 + 60000))
    while :; do
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then
            cat "$log_file" >&2
            echo "the server exited during start-up" >&2
            exit 1
        fi
        if [[ -z "$PORT" ]]; then
            PORT=$(sed -n 's#.*serving http://127\.0\.0\.1:\([0-9]*\)/.*#\1#p' "$log_file")
        fi
        if [[ -n "$PORT" ]] && curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/healthz" 2>/dev/null; then
            t1=$(now_ms)
            break
        fi
        if (($(now_ms) > deadline)); then
            echo "no answer from the server after 60 s" >&2
            exit 1
        fi
        sleep 0.01
    done
    STARTUP_MS=$((t1 - t0))
    READY_MS=$(sed -n 's/.*ready in \([0-9]*\) ms.*/\1/p' "$log_file")
}

# SIGTERM stops the server at once; a benchmark needs no graceful drain.
stop_server() {
    kill -TERM "$SERVER_PID"
    for _ in $(seq 100); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
}

proc_kb() { sed -n "s/^$2:[[:space:]]*\([0-9]*\) kB/\1/p" "/proc/$1/status"; }

STARTUPS=() READIES=() IDLE_RSS=()
for r in $(seq "$RUNS"); do
    log "Start-up to first answer, run $r/$RUNS"
    start_server
    echo "first /healthz answer after $STARTUP_MS ms (server reports ready in ${READY_MS:-?} ms), port $PORT" >&2
    STARTUPS+=("$STARTUP_MS")
    READIES+=("${READY_MS:-0}")
    IDLE_RSS+=("$(proc_kb "$SERVER_PID" VmRSS)")
    if ((r < RUNS)); then stop_server; fi
done

# --- 5. HTTP load, 6. memory ----------------------------------------------------------
# The server of the last start-up run stays up for the load.
BASE="http://127.0.0.1:$PORT"
for u in "${URL_PATHS[@]}"; do
    code=$(curl -s -o "$WORK/sample.json" -w '%{http_code}' "$BASE$u")
    [[ "$code" == 200 ]] || { echo "GET $u answered $code" >&2; cat "$WORK/sample.json" >&2; exit 1; }
    echo "GET $u -> 200, $(wc -c < "$WORK/sample.json") bytes $(grep -o '"total":[0-9]*' "$WORK/sample.json" || true)" >&2
done
declare -A W
for i in "${!URL_PATHS[@]}"; do
    u=${URL_PATHS[$i]}
    for r in $(seq "$RUNS"); do
        log "wrk -t$THREADS -c$CONNECTIONS -d$DURATION $u, run $r/$RUNS"
        f="$WORK/wrk-$i-$r.txt"
        # In the background so that a signal to this script is handled at once.
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE$u" > "$f" &
        WRK_PID=$!
        wait "$WRK_PID"
        WRK_PID=""
        cat "$f"
        W[$i.rps]+="$(awk '/^Requests\/sec:/ {print $2}' "$f") "
        for p in 50 90 99; do
            W[$i.p$p]+="$(to_ms "$(awk -v p="$p%" '$1 == p {print $2}' "$f")") "
        done
        errors=$(awk '/Non-2xx|Socket errors/' "$f")
        [[ -z "$errors" ]] || echo "WARNING: $errors" >&2
    done
done
RSS_KB=$(proc_kb "$SERVER_PID" VmRSS)
HWM_KB=$(proc_kb "$SERVER_PID" VmHWM)
stop_server

# --- summary ------------------------------------------------------------------------
m() { median ${1}; }
mb() { awk -v k="$1" 'BEGIN {printf "%.0f", k / 1024}'; }
pass() { awk -v a="$1" -v op="$2" -v b="$3" 'BEGIN {ok = (op == "<=") ? (a <= b) : (a >= b); print ok ? "ok" : "MISSED"}'; }

P50=$(m "${B[mix.p50_us]}") P99=$(m "${B[mix.p99_us]}")
START=$(median "${STARTUPS[@]}")
RPS0=$(m "${W[0.rps]}") L99_0=$(m "${W[0.p99]}")
RPS1=$(m "${W[1.rps]}") L99_1=$(m "${W[1.p99]}")
RPS_HTML=$(m "${W[2.rps]}")
RPS_STATIC=$(m "${W[$STATIC_INDEX.rps]}")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b > 0) ? a / b : 0}'; }
R0=$(ratio "$RPS0" "$RPS_STATIC") R1=$(ratio "$RPS1" "$RPS_STATIC") R_HTML=$(ratio "$RPS_HTML" "$RPS_STATIC")

{
echo
echo "Passerelle benchmarks — $(date -u +%Y-%m-%d) — $(nproc) cores, $(uname -sr)"
echo "$PLACES synthetic places (seed $SEED), SQLite; medians of $RUNS runs; synth took ${SYNTH_S:-?} s"
echo
printf '%-44s %12s %12s %12s %12s %10s\n' "In-process search (µs)" p50 p90 p99 max matches
for k in "${KINDS[@]}"; do
    printf '%-44s %12s %12s %12s %12s %10s\n' "$k" "$(m "${B[$k.p50_us]}")" "$(m "${B[$k.p90_us]}")" \
        "$(m "${B[$k.p99_us]}")" "$(m "${B[$k.max_us]}")" "$(m "${B[$k.mean_total]}")"
done
echo
printf '%-56s %10s %8s %8s %8s %9s\n' "HTTP, $CONNECTIONS connections, $DURATION" "req/s" "p50 ms" "p90 ms" "p99 ms" "÷ static"
for i in "${!URL_PATHS[@]}"; do
    printf '%-56s %10s %8s %8s %8s %9s\n' "${URL_PATHS[$i]}" "$(m "${W[$i.rps]}")" "$(m "${W[$i.p50]}")" \
        "$(m "${W[$i.p90]}")" "$(m "${W[$i.p99]}")" "$(ratio "$(m "${W[$i.rps]}")" "$RPS_STATIC")"
done
echo
echo "Start-up: first answer after $START ms (runs: ${STARTUPS[*]} ms; server-reported ready: $(median "${READIES[@]}") ms;"
echo "          bench: load places $(m "${B[load_ms]}") ms + build index $(m "${B[build_ms]}") ms)"
echo "In-process bench thread on a CPU $(m "${B[cpu_share]}") of the time (below 0.9: busy machine, latencies include waiting)"
echo "Server memory: VmRSS $(mb "$RSS_KB") MB, VmHWM $(mb "$HWM_KB") MB after the load (idle after start-up: $(mb "$(median "${IDLE_RSS[@]}")") MB)"
echo
printf '%-52s %-14s %s\n' "Target" "Measured" "Result"
printf '%-52s %-14s %s\n' "in-process search p50 <= 80 µs (mix)" "$P50 µs" "$(pass "$P50" '<=' 80)"
printf '%-52s %-14s %s\n' "in-process search p99 <= 500 µs (mix)" "$P99 µs" "$(pass "$P99" '<=' 500)"
printf '%-52s %-14s %s\n' "HTTP q=1080 >= 0.50 × the static file's req/s" "$R0" "$(pass "$R0" '>=' 0.5)"
printf '%-52s %-14s %s\n' "HTTP q=1080 p99 <= 5 ms" "$L99_0 ms" "$(pass "$L99_0" '<=' 5)"
printf '%-52s %-14s %s\n' "HTTP q=1030+filters >= 0.50 × static" "$R1" "$(pass "$R1" '>=' 0.5)"
printf '%-52s %-14s %s\n' "HTTP q=1030+filters p99 <= 5 ms" "$L99_1 ms" "$(pass "$L99_1" '<=' 5)"
printf '%-52s %-14s %s\n' "HTML results page >= 0.40 × static" "$R_HTML" "$(pass "$R_HTML" '>=' 0.4)"
printf '%-52s %-14s %s\n' "server memory <= 100 MB with $PLACES places (VmHWM)" "$(mb "$HWM_KB") MB" "$(pass "$(mb "$HWM_KB")" '<=' 100)"
printf '%-52s %-14s %s\n' "start-up to first answer <= 1000 ms" "$START ms" "$(pass "$START" '<=' 1000)"
} | tee "$WORK/summary.txt"
