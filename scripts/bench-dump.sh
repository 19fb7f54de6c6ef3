#!/usr/bin/env bash
# Do two builds of passerelle give the same search answers? Makes one synthetic
# SQLite database (PLACES places, seed 42) with OLD_BIN's `synth`, writes every
# query of the `bench` mix with its answer (`bench --dump`) with OLD_BIN, then
# with NEW_BIN on the same database, and compares the two dumps.
#
# Usage: scripts/bench-dump.sh OLD_BIN NEW_BIN [PLACES]     (PLACES: 100000)
# Prints "dumps identical (N queries)" and exits 0, or the first differing
# lines and exits 1 (2 for a usage error or a failed command).
# Knobs: SEED=42 KEEP=1 (keep the temporary directory with the database and dumps)
set -euo pipefail

usage() { echo "usage: $0 OLD_BIN NEW_BIN [PLACES]" >&2; exit 2; }
[[ $# -eq 2 || $# -eq 3 ]] || usage
OLD_BIN=$1 NEW_BIN=$2 PLACES=${3:-100000} SEED=${SEED:-42}
[[ "$PLACES" =~ ^[0-9]+$ ]] || usage
for b in "$OLD_BIN" "$NEW_BIN"; do
    [[ -x "$b" && ! -d "$b" ]] || { echo "$b: not an executable file" >&2; exit 2; }
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/passerelle-bench-dump.XXXXXX")
# shellcheck disable=SC2317 # called by the trap
cleanup() {
    local rc=$?
    if [[ "${KEEP:-0}" == 1 ]]; then echo "Kept $WORK" >&2; else rm -rf "$WORK"; fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
# A failed command is an error (2), not a difference (1).
trap 'exit 2' ERR
export PASSERELLE_LOG=warn

DB="sqlite://$WORK/bench.db"
echo "Synthesising $PLACES places (seed $SEED) with $OLD_BIN" >&2
"$OLD_BIN" synth --db "$DB" --places "$PLACES" --seed "$SEED" >&2
# The old binary first: the new one may add migrations to the database.
for side in old new; do
    bin=$OLD_BIN
    [[ $side == old ]] || bin=$NEW_BIN
    echo "Dumping the answers of $bin" >&2
    "$bin" bench --db "$DB" --iterations 1 --warmup 0 --dump "$WORK/$side.txt" > "$WORK/bench-$side.txt"
done

trap - ERR
if cmp -s "$WORK/old.txt" "$WORK/new.txt"; then
    echo "dumps identical ($(wc -l < "$WORK/old.txt") queries)"
    exit 0
fi
echo "dumps differ: $(wc -l < "$WORK/old.txt") queries (old), $(wc -l < "$WORK/new.txt") (new)"
(cd "$WORK" && cmp old.txt new.txt) || true
# The first differing lines (kind, query, total, then the first hits), cut to fit a terminal.
diff "$WORK/old.txt" "$WORK/new.txt" | head -n 20 | cut -c 1-300 || true
echo "(KEEP=1 keeps both dumps)"
exit 1
