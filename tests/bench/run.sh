#!/usr/bin/env bash
# Bulk matching benchmark: times turnabout_match_bench natively and as WebAssembly under
# node, runs scipy's solvers on the same problems, checks that every total is the
# reference optimum, and prints the times with their ratios to scipy. Then times reading
# untrusted JSON beside nlohmann's plain parse (turnabout_parse_bench).
# Usage: tests/bench/run.sh [--seed N] [--runs N]   (exits non-zero when a total differs)
set -euo pipefail

cd "$(dirname "$0")/../.."
SEED=1
RUNS=3
while [ $# -gt 0 ]; do
  case "$1" in
    --seed) SEED="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    *) echo "usage: $0 [--seed N] [--runs N]" >&2; exit 2 ;;
  esac
done

# Debian's scipy lives in Debian's python, whatever python3 comes first on the PATH.
PYTHON=/usr/bin/python3
if ! "$PYTHON" -c 'import scipy' 2>/dev/null; then
  apt-get install -y --no-install-recommends python3-scipy
fi

export NODE_PATH=/usr/share/nodejs
JOBS="${JOBS:-2}"
cmake -S . -B build/bench-native -G Ninja -DCMAKE_BUILD_TYPE=Release > /dev/null
ninja -C build/bench-native -j "$JOBS" turnabout_match_bench turnabout_scoring_bench turnabout_parse_bench
emcmake cmake -S . -B build/bench-wasm -G Ninja -DCMAKE_BUILD_TYPE=Release -DTURNABOUT_WEB_APP=OFF \
  "-DCMAKE_CROSSCOMPILING_EMULATOR=node;--no-experimental-fetch" > /dev/null
ninja -C build/bench-wasm -j "$JOBS" turnabout_match_bench turnabout_scoring_bench turnabout_parse_bench

OUT=build/bench-native/results
mkdir -p "$OUT"
echo "== scoring 10,000 x 10,000 pairs of a seeded program: native, wasm" >&2
build/bench-native/tests/bench/turnabout_scoring_bench > "$OUT/scoring.native.json"
node --no-experimental-fetch build/bench-wasm/tests/bench/turnabout_scoring_bench.js > "$OUT/scoring.wasm.json"
for CASE in dense sparse; do
  echo "== $CASE: native" >&2
  build/bench-native/tests/bench/turnabout_match_bench "$CASE" --seed "$SEED" --runs "$RUNS" \
    --write "$OUT/$CASE.problem" > "$OUT/$CASE.native.json"
  echo "== $CASE: wasm" >&2
  node --no-experimental-fetch build/bench-wasm/tests/bench/turnabout_match_bench.js "$CASE" \
    --seed "$SEED" --runs "$RUNS" > "$OUT/$CASE.wasm.json"
  echo "== $CASE: scipy" >&2
  "$PYTHON" tests/bench/match_reference.py "$OUT/$CASE.problem" --runs "$RUNS" > "$OUT/$CASE.scipy.json"
done
echo "== reading JSON: native, wasm" >&2
build/bench-native/tests/bench/turnabout_parse_bench --runs "$RUNS" > "$OUT/parse.native.jsonl"
# The page reads files of at most 64 MiB (about 150,000 events); the benchmark lifts
# that limit and lets its memory grow to 4 GiB, so a million events are read here too.
node --no-experimental-fetch build/bench-wasm/tests/bench/turnabout_parse_bench.js --runs "$RUNS" > "$OUT/parse.wasm.jsonl"

"$PYTHON" - "$OUT" <<'PY'
import json, sys
out = sys.argv[1]
failed = False
print(f"{'case':<7} {'size':<14} {'native ms':>10} {'wasm ms':>10} {'scipy ms':>10} "
      f"{'native/scipy':>13} {'wasm/scipy':>11}  totals")
for case in ("dense", "sparse"):
    native, wasm, scipy = (json.load(open(f"{out}/{case}.{kind}.json")) for kind in ("native", "wasm", "scipy"))
    equal = native["total"] == wasm["total"] == scipy["total"]
    if case == "sparse":
        equal = equal and native["pairs"] == wasm["pairs"] == scipy["pairs"]
    failed |= not equal
    size = f"{native['mentees']}x{native['mentors']}"
    verdict = f"equal ({scipy['total']})" if equal else \
        f"DIFFER native {native['total']} wasm {wasm['total']} scipy {scipy['total']}"
    print(f"{case:<7} {size:<14} {native['time_ms']:>10.1f} {wasm['time_ms']:>10.1f} {scipy['time_ms']:>10.1f} "
          f"{native['time_ms'] / scipy['time_ms']:>12.2f}x {wasm['time_ms'] / scipy['time_ms']:>10.2f}x  {verdict}")
print(f"scipy {scipy['scipy']}; best of the runs; problems in {out}")
print()
print(f"{'scoring':<22} {'model ms':>9} {'score ms':>9} {'ns/pair':>8}  criteria  checksum")
sums = set()
for kind in ("native", "wasm"):
    r = json.load(open(f"{out}/scoring.{kind}.json"))
    sums.add(r["checksum"])
    print(f"{kind + ' ' + str(r['mentees']) + 'x' + str(r['mentors']):<22} {r['model_ms']:>9.1f} {r['score_ms']:>9.1f} {r['ns_per_pair']:>8.2f}  {r['criteria']:>8}  {r['checksum']}")
if len(sums) != 1:
    print("scoring: native and wasm scores DIFFER")
    failed = True
print()
print(f"{'reading JSON':<28} {'bytes':>11} {'ours ns/each':>13} {'nlohmann ns/each':>17} {'ratio':>6}"
      f" {'decode+merge ns/each':>21} {'ratio':>6}")
for kind in ("native", "wasm"):
    for line in open(f"{out}/parse.{kind}.jsonl"):
        r = json.loads(line)
        opened = f" {r['open_ns_each']:>21.1f} {r['open_ratio']:>5.2f}x" if "open_ns_each" in r else ""
        print(f"{kind + ' ' + str(r['count']) + ' ' + r['shape']:<28} {r['bytes']:>11} {r['turnabout_ns_each']:>13.1f} {r['nlohmann_ns_each']:>17.1f} {r['ratio']:>5.2f}x{opened}")
sys.exit(1 if failed else 0)
PY
