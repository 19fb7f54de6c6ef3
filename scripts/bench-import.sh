#!/usr/bin/env bash
# Import speed: 10,000 places in the French national standard (CSV, Belgian
# profile) imported by `passerelle import places` into a fresh database, end
# to end (parse, check, write in one transaction), RUNS times; then the same
# file again into the filled database (every row unchanged). Medians.
#
# Usage: scripts/bench-import.sh        (about a minute after the build)
# Knobs: ROWS=10000 RUNS=5 PASSERELLE_BIN=path
#        BENCH_PG=postgres://user@host/postgres (also measure on PostgreSQL:
#        a new database per run is created on that server)
set -euo pipefail

ROWS=${ROWS:-10000}
RUNS=${RUNS:-5}
cd "$(dirname "$0")/.."
WORK=$(mktemp -d "${TMPDIR:-/tmp}/passerelle-bench-import.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
log() { printf '\n== %s\n' "$*" >&2; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

if [[ -n "${PASSERELLE_BIN:-}" ]]; then
    BIN=$PASSERELLE_BIN
else
    log "Building (release)"
    cargo build --release -p passerelle
    BIN="$(pwd)/target/release/passerelle"
fi
export PASSERELLE_LOG=warn

log "Making a file of $ROWS places in the national standard"
"$BIN" synth --db "sqlite://$WORK/source.db" --places "$ROWS" >/dev/null
"$BIN" export places --db "sqlite://$WORK/source.db" --format mednum --output "$WORK/places.csv"
echo "$(($(wc -l < "$WORK/places.csv") - 1)) rows, $(du -h "$WORK/places.csv" | cut -f1)" >&2

run_engine() { # run_engine NAME URL-MAKER
    local name=$1 make_url=$2 fresh=() again=() url t0 t1
    for r in $(seq "$RUNS"); do
        url=$($make_url "$r")
        "$BIN" migrate --db "$url" >/dev/null
        t0=$(now_ms)
        "$BIN" import places "$WORK/places.csv" --format mednum --db "$url" > "$WORK/out-$name-$r.txt"
        t1=$(now_ms)
        fresh+=($((t1 - t0)))
        t0=$(now_ms)
        "$BIN" import places "$WORK/places.csv" --format mednum --db "$url" > "$WORK/again-$name-$r.txt"
        t1=$(now_ms)
        again+=($((t1 - t0)))
        grep -h "Imported:" "$WORK/out-$name-$r.txt" "$WORK/again-$name-$r.txt" >&2 || true
    done
    printf '%-10s %6s rows  into an empty database: median %6s ms (runs: %s)\n' "$name" "$ROWS" "$(median "${fresh[@]}")" "${fresh[*]}"
    printf '%-10s %6s rows  again, all unchanged:   median %6s ms (runs: %s)\n' "$name" "$ROWS" "$(median "${again[@]}")" "${again[*]}"
}

sqlite_url() { echo "sqlite://$WORK/import-$1.db"; }
pg_url() {
    local name="passerelle_bench_import_$$_$1"
    psql "$BENCH_PG" -qc "CREATE DATABASE $name" >/dev/null
    echo "${BENCH_PG%/*}/$name"
}

log "Importing, $RUNS runs"
{
    run_engine sqlite sqlite_url
    if [[ -n "${BENCH_PG:-}" ]]; then
        run_engine postgresql pg_url
        for r in $(seq "$RUNS"); do psql "$BENCH_PG" -qc "DROP DATABASE IF EXISTS passerelle_bench_import_$$_$r" >/dev/null; done
    fi
} | tee "$WORK/summary.txt"
