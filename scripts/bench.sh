#!/usr/bin/env bash
# Passerelle speed benchmarks, end to end, on this machine, per database engine
# (SQLite, then PostgreSQL when a server answers):
#   1. installs wrk (and curl) from Debian when missing, builds --release;
#   2. fills a temporary database with a synthetic region (synth): a SQLite file,
#      or a new database on the PostgreSQL server, dropped at the end;
#   3. in-process search latency (bench), RUNS times;
#   4. server start-up to first answer, RUNS times;
#   5. HTTP throughput and latency with wrk on loopback, RUNS times per URL —
#      the search API, the results page, /healthz and a static file of the same
#      process, each figure also as a ratio to the static file's;
#   6. server memory (VmRSS/VmHWM) after the load; a summary table (medians) and
#      the targets, per engine, also written to OUT/bench-summary-ENGINE-PLACES.txt.
#
# Usage: scripts/bench.sh            (from anywhere; about 8 minutes per engine)
# Knobs (environment): PLACES=100000 SEED=42 RUNS=3 DURATION=20s CONNECTIONS=16
#                      THREADS=2 KEEP=1 (keep the temporary directory)
#                      PASSERELLE_BIN=path (use this binary instead of building)
#                      ENGINES="sqlite postgres" (PostgreSQL is skipped with a warning
#                        when no server answers, unless ENGINES is set and names it)
#                      PG_URL=postgres://postgres@127.0.0.1:5432 (the server; trust auth)
#                      OUT=. (where the summaries are written; relative to the caller)
#                      SCALE_FROM=file(s) (earlier summaries, e.g. of 100,000 places:
#                        check that each latency is within 3× of theirs)
set -euo pipefail

PLACES=${PLACES:-100000}
SEED=${SEED:-42}
RUNS=${RUNS:-3}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
ENGINES_EXPLICIT=0
[[ -z "${ENGINES:-}" ]] || ENGINES_EXPLICIT=1
ENGINES=${ENGINES:-sqlite postgres}
PG_URL=${PG_URL:-postgres://postgres@127.0.0.1:5432}
# The search API, the results page, liveness, and the reference: a static file
# served by the same process in the same run (each figure is also printed as a
# ratio to it, so that runs on different machines compare).
URL_PATHS=("/api/v1/places?q=1080&per_page=20" "/api/v1/places?q=1030&service=training&open_now=true"
           "/fr/search?q=1080" "/healthz" "/static/app.css")
STATIC_INDEX=4
# Each latency of a run must stay within SCALE_FACTOR × that of the SCALE_FROM summary.
SCALE_FACTOR=3

die() { echo "bench.sh: $*" >&2; exit 1; }

# OUT and SCALE_FROM are relative to the directory the script is called from.
CALLER_DIR=$(pwd)
absolute() { case $1 in /*) echo "$1" ;; *) echo "$CALLER_DIR/$1" ;; esac; }
OUT_DIR=$(absolute "${OUT:-.}")
SCALE_FILES=()
for f in ${SCALE_FROM:-}; do
    f=$(absolute "$f")
    [[ -r "$f" ]] || die "SCALE_FROM: cannot read $f"
    SCALE_FILES+=("$f")
done

ENGINE_LIST=()
for e in $ENGINES; do
    case $e in
        sqlite | postgres) ENGINE_LIST+=("$e") ;;
        *) die "ENGINES: unknown engine '$e' (sqlite, postgres)" ;;
    esac
done
((${#ENGINE_LIST[@]})) || die "ENGINES names no engine"
has_engine() { [[ " ${ENGINE_LIST[*]} " == *" $1 "* ]]; }

# The PostgreSQL server: PG_URL without a database name (one given is ignored).
PG_BASE=${PG_URL%/}
if [[ $PG_BASE =~ ^(postgres(ql)?://[^/]*)/ ]]; then PG_BASE=${BASH_REMATCH[1]}; fi
PG_ADMIN="$PG_BASE/postgres"
# shellcheck disable=SC2001
PG_SHOWN=$(sed 's#\(://[^:@/]*\):[^@/]*@#\1:***@#' <<< "$PG_BASE") # no password in the output
PG_DB=""
PG_NOTE=""

cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/passerelle-bench.XXXXXX")
SERVER_PID=""
CHILD_PID=""

drop_pg_db() {
    [[ -n "$PG_DB" ]] || return 0
    psql "$PG_ADMIN" -qAtc "DROP DATABASE IF EXISTS \"$PG_DB\" WITH (FORCE)" >/dev/null 2>&1 ||
        psql "$PG_ADMIN" -qAtc "DROP DATABASE IF EXISTS \"$PG_DB\"" >/dev/null 2>&1 ||
        echo "could not drop the PostgreSQL database $PG_DB on $PG_SHOWN" >&2
    PG_DB=""
}

cleanup() {
    local rc=$?
    if [[ -n "$CHILD_PID" ]]; then kill "$CHILD_PID" 2>/dev/null || true; wait "$CHILD_PID" 2>/dev/null || true; fi
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    drop_pg_db
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

# Runs a command in the background with its output in FILE, waits for it (so that a
# signal to this script is handled at once, and the cleanup stops it), then shows FILE.
run_to() { # run_to FILE COMMAND...
    local file=$1
    shift
    "$@" > "$file" &
    CHILD_PID=$!
    wait "$CHILD_PID"
    CHILD_PID=""
    cat "$file"
}

# Median of numbers given as arguments (the middle one; lower middle for an even count).
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# A wrk latency ("812.00us", "1.23ms", "2.00s") in milliseconds.
to_ms() {
    awk -v v="$1" 'BEGIN {
        n = v + 0; u = v; sub(/^[0-9.]+/, "", u);
        if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000;
        printf "%.2f", n }'
}

# --- 1. tools, PostgreSQL and build -----------------------------------------------
need=()
command -v wrk >/dev/null || need+=(wrk)
command -v curl >/dev/null || need+=(curl)
# psql is installed only when PostgreSQL was asked for by name.
if has_engine postgres && ((ENGINES_EXPLICIT)) && ! command -v psql >/dev/null; then need+=(postgresql-client); fi
if ((${#need[@]})); then
    log "Installing ${need[*]} from Debian"
    SUDO=""
    [[ $(id -u) -eq 0 ]] || SUDO=sudo
    $SUDO apt-get update
    $SUDO apt-get install -y "${need[@]}"
fi

if has_engine postgres; then
    if ! command -v psql >/dev/null; then
        pg_error="psql (Debian's postgresql-client) is not installed"
    elif pg_error=$(PGCONNECT_TIMEOUT=5 psql "$PG_ADMIN" -qAtc 'select 1' 2>&1 >/dev/null); then
        pg_error=""
    else
        pg_error=$(head -n 1 <<< "${pg_error:-psql failed}")
    fi
    if [[ -n "$pg_error" ]]; then
        if ((ENGINES_EXPLICIT)); then
            die "PostgreSQL is not reachable at $PG_SHOWN ($pg_error), and ENGINES names it. Start a server, or set PG_URL=postgres://USER@HOST:PORT."
        fi
        PG_NOTE="PostgreSQL: SKIPPED, not reachable at $PG_SHOWN ($pg_error)"
        printf '\nWARNING: %s.\n         Only SQLite is measured. Start a server (or set PG_URL=postgres://USER@HOST:PORT),\n         or set ENGINES=sqlite to measure SQLite alone without this warning.\n' "$PG_NOTE" >&2
        kept=()
        for e in "${ENGINE_LIST[@]}"; do [[ "$e" == postgres ]] || kept+=("$e"); done
        ENGINE_LIST=("${kept[@]}")
        ((${#ENGINE_LIST[@]})) || die "no engine left to measure"
    fi
fi

if [[ -n "${PASSERELLE_BIN:-}" ]]; then
    BIN=$PASSERELLE_BIN # e.g. a build of a branch, to compare
else
    log "Building (release)"
    cargo build --release -p passerelle
    BIN="$ROOT/target/release/passerelle"
fi
export PASSERELLE_LOG=warn

json_field() { # json_field FILE KEY SUBKEY -> number ("mix" "p50_us"), or FILE KEY for a top-level number
    if [[ $# -eq 3 ]]; then
        sed -n "s/.*\"$2\": {.*\"$3\": \([0-9.]*\).*/\1/p" "$1"
    else
        sed -n "s/.*\"$2\": \([0-9.]*\),*$/\1/p" "$1"
    fi
}
KINDS=(postcode postcode_filters_open text near synonym typo arabic_commune district street combined mix)

# Starts the server on a free port (the OS picks it) and sets SERVER_PID, PORT, STARTUP_MS.
start_server() {
    local log_file="$EDIR/serve.log" t0 t1 deadline
    : > "$log_file"
    t0=$(now_ms)
    "$BIN" serve --db "$DB" --addr 127.0.0.1:0 > "$log_file" 2>&1 &
    SERVER_PID=$!
    PORT=""
    # 60 s, and 10 s more per 100,000 places.
    deadline=$((t0 + 60000 + PLACES / 10))
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
            echo "no answer from the server after $(((deadline - t0) / 1000)) s" >&2
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

# --- the comparison with an earlier summary (SCALE_FROM) ----------------------------
# Prints the figures of ENGINE's section in a summary file written by this script:
# "places N", "b KIND P50 P99" (in-process, µs), "h PATH P99" (HTTP, ms).
summary_figures() { # summary_figures FILE ENGINE-WORD (SQLite, PostgreSQL)
    awk -v want="$2" '
        /^Passerelle benchmarks / { if (sec) exit; next }
        / synthetic places \(seed / {
            e = $0; sub(/.*\), /, "", e); sub(/[ ;].*/, "", e)
            sec = (e == want); part = ""
            if (sec) print "places", $1
            next }
        !sec { next }
        /^In-process search / { part = "b"; next }
        /^HTTP, / { part = "h"; next }
        /^[[:space:]]*$/ { part = ""; next }
        part == "b" && NF >= 4 { print "b", $1, $2, $4 }
        part == "h" && NF >= 5 { print "h", $1, $5 }' "$1"
}

ratio_of() { awk -v a="$1" -v b="$2" 'BEGIN {if (a != "" && b + 0 > 0) printf "%.2f", a / b; else print "n/a"}'; }

# Prints the comparison table and sets SCALE_ROW (the line for the targets, or empty).
scale_check() {
    local f t a b c k q found="" n=0 missed=0 worst=0 r cur prev
    declare -A P=()
    SCALE_ROW=""
    ((${#SCALE_FILES[@]})) || return 0
    for f in "${SCALE_FILES[@]}"; do
        P=()
        while read -r t a b c; do
            case $t in
                places) P[places]=$a ;;
                b) P[b.$a.p50]=$b; P[b.$a.p99]=$c ;;
                h) P[h.$a.p99]=$b ;;
            esac
        done < <(summary_figures "$f" "${ENGINE_LABEL%% *}")
        if [[ -n "${P[places]:-}" ]]; then found=$f; break; fi
    done
    echo
    if [[ -z "$found" ]]; then
        echo "Scale: no ${ENGINE_LABEL%% *} summary in SCALE_FROM (${SCALE_FILES[*]}): not compared"
        return 0
    fi
    echo "Within ${SCALE_FACTOR}× of the ${P[places]}-place latencies ($found)"
    printf '%-68s %10s %10s %7s  %s\n' "Latency" "${P[places]}" "$PLACES" "ratio" "Result"
    add_row() { # add_row LABEL PREVIOUS CURRENT
        local w=68 res
        [[ "$1" != *µ* ]] || w=69 # printf pads bytes, µ takes two
        r=$(ratio_of "$3" "$2")
        if [[ "$r" == n/a ]]; then
            printf "%-${w}s %10s %10s %7s  %s\n" "$1" "${2:-?}" "${3:-?}" "$r" "not compared"
            return
        fi
        n=$((n + 1))
        worst=$(awk -v a="$r" -v b="$worst" 'BEGIN {print (a > b) ? a : b}')
        res=$(awk -v r="$r" -v f="$SCALE_FACTOR" 'BEGIN {print (r <= f) ? "ok" : "MISSED"}')
        [[ "$res" == ok ]] || missed=$((missed + 1))
        printf "%-${w}s %10s %10s %7s  %s\n" "$1" "$2" "$3" "$r" "$res"
    }
    for k in "${KINDS[@]}"; do
        for q in p50 p99; do
            prev=${P[b.$k.$q]:-}
            cur=$(m "${B[$k.${q}_us]:-}")
            add_row "in-process $k $q (µs)" "$prev" "$cur"
        done
    done
    for i in "${!URL_PATHS[@]}"; do
        prev=${P[h.${URL_PATHS[$i]}.p99]:-}
        cur=$(m "${W[$i.p99]:-}")
        add_row "HTTP ${URL_PATHS[$i]} p99 (ms)" "$prev" "$cur"
    done
    if ((n == 0)); then
        SCALE_ROW=$(printf '%-52s %-14s %s' "latencies within ${SCALE_FACTOR}× of ${P[places]} places" "none compared" "MISSED")
    else
        SCALE_ROW=$(printf '%-52s %-14s %s' "latencies within ${SCALE_FACTOR}× of ${P[places]} places ($n figures)" "max ${worst}×" \
            "$( ((missed == 0)) && echo ok || echo MISSED)")
    fi
}

# --- summary of one engine ------------------------------------------------------------
# shellcheck disable=SC2086 # the argument is a list of numbers
m() { median ${1}; }
mb() { awk -v k="$1" 'BEGIN {printf "%.0f", k / 1024}'; }
pass() { awk -v a="$1" -v op="$2" -v b="$3" 'BEGIN {ok = (op == "<=") ? (a <= b) : (a >= b); print ok ? "ok" : "MISSED"}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b > 0) ? a / b : 0}'; }

write_summary() {
    local P50 P99 START RPS0 L99_0 RPS1 L99_1 RPS_HTML RPS_STATIC R0 R1 R_HTML MEM_TARGET MEM_LABEL
    P50=$(m "${B[mix.p50_us]}") P99=$(m "${B[mix.p99_us]}")
    START=$(median "${STARTUPS[@]}")
    RPS0=$(m "${W[0.rps]}") L99_0=$(m "${W[0.p99]}")
    RPS1=$(m "${W[1.rps]}") L99_1=$(m "${W[1.p99]}")
    RPS_HTML=$(m "${W[2.rps]}")
    RPS_STATIC=$(m "${W[$STATIC_INDEX.rps]}")
    R0=$(ratio "$RPS0" "$RPS_STATIC") R1=$(ratio "$RPS1" "$RPS_STATIC") R_HTML=$(ratio "$RPS_HTML" "$RPS_STATIC")
    MEM_LABEL="server memory <= 100 MB with $PLACES places (VmHWM)" MEM_TARGET=100
    if ((PLACES >= 1000000)); then MEM_LABEL="server memory <= 1024 MB, $PLACES places (VmHWM)" MEM_TARGET=1024; fi
    scale_check > "$EDIR/scale.txt"

    echo
    echo "Passerelle benchmarks — $(date -u +%Y-%m-%d) — $(nproc) cores, $(uname -sr)"
    echo "$PLACES synthetic places (seed $SEED), $ENGINE_LABEL; medians of $RUNS runs; synth took ${SYNTH_S:-?} s"
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
    cat "$EDIR/scale.txt"
    echo
    # The speed and start-up targets are set for 100,000 places (the issue's
    # benchmark); with a million, the targets are: it starts, answers within
    # SCALE_FACTOR× of the 100,000-place latencies (SCALE_FROM), in <= 1 GB.
    at_base() { # at_base VALUE OP TARGET
        if ((PLACES == 100000)); then pass "$@"; else echo "(a target at 100000 places)"; fi
    }
    printf '%-52s %-14s %s\n' "Target" "Measured" "Result"
    printf '%-52s %-14s %s\n' "in-process search p50 <= 80 µs (mix)" "$P50 µs" "$(at_base "$P50" '<=' 80)"
    printf '%-52s %-14s %s\n' "in-process search p99 <= 500 µs (mix)" "$P99 µs" "$(at_base "$P99" '<=' 500)"
    printf '%-52s %-14s %s\n' "HTTP q=1080 >= 0.50 × the static file's req/s" "$R0" "$(at_base "$R0" '>=' 0.5)"
    printf '%-52s %-14s %s\n' "HTTP q=1080 p99 <= 5 ms" "$L99_0 ms" "$(at_base "$L99_0" '<=' 5)"
    # The issue asks this ratio of q=1080 only; the filtered query's depends on
    # the hour of the run ("open now": at night few places are open, and every
    # place of the circle with the service is looked at). Shown against 0.50.
    printf '%-52s %-14s %s\n' "HTTP q=1030+filters >= 0.50 × static (not asked)" "$R1" \
        "$(at_base "$R1" '>=' 0.5 | sed 's/MISSED/below (not an issue target)/')"
    printf '%-52s %-14s %s\n' "HTTP q=1030+filters p99 <= 5 ms" "$L99_1 ms" "$(at_base "$L99_1" '<=' 5)"
    printf '%-52s %-14s %s\n' "HTML results page >= 0.40 × static" "$R_HTML" "$(at_base "$R_HTML" '>=' 0.4)"
    printf '%-52s %-14s %s\n' "$MEM_LABEL" "$(mb "$HWM_KB") MB" "$(pass "$(mb "$HWM_KB")" '<=' "$MEM_TARGET")"
    if ((PLACES >= 1000000)); then
        printf '%-52s %-14s %s\n' "the server starts and answers every URL (HTTP 200)" "$START ms" ok
    else
        printf '%-52s %-14s %s\n' "start-up to first answer <= 1000 ms" "$START ms" "$(at_base "$START" '<=' 1000)"
    fi
    if [[ -n "$SCALE_ROW" ]]; then echo "$SCALE_ROW"; fi
}

# --- 2.–6. one engine -------------------------------------------------------------------
run_engine() { # run_engine sqlite|postgres
    local engine=$1 r k f i u p code errors
    local -A B=() W=()
    local STARTUPS=() READIES=() IDLE_RSS=()
    EDIR="$WORK/$engine"
    mkdir -p "$EDIR"

    # --- 2. synthetic data
    if [[ "$engine" == postgres ]]; then
        PG_DB="passerelle_bench_$$_$(date +%s)"
        psql "$PG_ADMIN" -qAtc "CREATE DATABASE \"$PG_DB\"" >/dev/null
        DB="$PG_BASE/$PG_DB"
        ENGINE_LABEL="PostgreSQL $(psql "$PG_ADMIN" -qAtc 'show server_version' | awk '{print $1}')"
        log "$ENGINE_LABEL: synthesising $PLACES places (seed $SEED) into database $PG_DB on $PG_SHOWN"
    else
        DB="sqlite://$EDIR/bench.db"
        ENGINE_LABEL=SQLite
        log "Synthesising $PLACES places (seed $SEED) into $DB"
    fi
    run_to "$EDIR/synth.txt" "$BIN" synth --db "$DB" --places "$PLACES" --seed "$SEED"
    SYNTH_S=$(sed -n 's/.*took \([0-9.]*\) s.*/\1/p' "$EDIR/synth.txt")

    # --- 3. in-process search
    for r in $(seq "$RUNS"); do
        log "$ENGINE_LABEL: in-process search benchmark, run $r/$RUNS"
        run_to "$EDIR/bench-$r.json" "$BIN" bench --db "$DB" --json
        for k in "${KINDS[@]}"; do
            for f in p50_us p90_us p99_us max_us mean_total; do
                B[$k.$f]+="$(json_field "$EDIR/bench-$r.json" "$k" "$f") "
            done
        done
        for f in load_ms build_ms startup_ms vmhwm_kb cpu_share; do
            B[$f]+="$(json_field "$EDIR/bench-$r.json" "$f") "
        done
    done

    # --- 4. server start-up
    for r in $(seq "$RUNS"); do
        log "$ENGINE_LABEL: start-up to first answer, run $r/$RUNS"
        start_server
        echo "first /healthz answer after $STARTUP_MS ms (server reports ready in ${READY_MS:-?} ms), port $PORT" >&2
        STARTUPS+=("$STARTUP_MS")
        READIES+=("${READY_MS:-0}")
        IDLE_RSS+=("$(proc_kb "$SERVER_PID" VmRSS)")
        if ((r < RUNS)); then stop_server; fi
    done

    # --- 5. HTTP load, 6. memory
    # The server of the last start-up run stays up for the load.
    BASE="http://127.0.0.1:$PORT"
    for u in "${URL_PATHS[@]}"; do
        code=$(curl -s -o "$EDIR/sample.json" -w '%{http_code}' "$BASE$u")
        [[ "$code" == 200 ]] || { echo "GET $u answered $code" >&2; cat "$EDIR/sample.json" >&2; exit 1; }
        echo "GET $u -> 200, $(wc -c < "$EDIR/sample.json") bytes $(grep -o '"total":[0-9]*' "$EDIR/sample.json" || true)" >&2
    done
    # Run by run, every URL in turn (the static file among them), so that a
    # change in what else the machine runs (swings of 20-40 % from one minute
    # to the next were seen on the benchmark machines) weighs on a URL and on
    # its reference alike, instead of on all the runs of one URL only.
    for r in $(seq "$RUNS"); do
        for i in "${!URL_PATHS[@]}"; do
            u=${URL_PATHS[$i]}
            log "$ENGINE_LABEL: wrk -t$THREADS -c$CONNECTIONS -d$DURATION $u, run $r/$RUNS"
            f="$EDIR/wrk-$i-$r.txt"
            run_to "$f" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE$u"
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
    if [[ "$engine" == postgres ]]; then drop_pg_db; fi

    write_summary > "$EDIR/summary.txt"
    mkdir -p "$OUT_DIR"
    cp "$EDIR/summary.txt" "$OUT_DIR/bench-summary-$engine-$PLACES.txt"
    log "$ENGINE_LABEL: summary written to $OUT_DIR/bench-summary-$engine-$PLACES.txt"
}

for engine in "${ENGINE_LIST[@]}"; do
    run_engine "$engine"
done

# --- summary ------------------------------------------------------------------------
{
    for engine in "${ENGINE_LIST[@]}"; do cat "$WORK/$engine/summary.txt"; done
    if [[ -n "$PG_NOTE" ]]; then echo; echo "$PG_NOTE"; fi
} | tee "$WORK/summary.txt"
