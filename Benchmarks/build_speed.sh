#!/usr/bin/env bash
# Usage: Benchmarks/build_speed.sh BINARY_A BINARY_B [RUNS]
#
# Times a full `sitegen build` of the 1,000-page corpus (gen_corpus.py --seed 1,
# made by Benchmarks/corpus_site.sh) with two binaries, to show that B is not
# slower than A. RUNS (default 5) timed builds of each, interleaved
# A B A B ... after one untimed warm-up of each (A then B), so that the load of a
# shared machine drifts over both alike. Every build writes into an output folder
# that does not exist yet (removed again, untimed, after the build).
#
# Prints, for A and B: median, min and max wall time, median CPU time
# (user + system), and median and max peak RSS; then the ratio B/A of the
# median wall times (below 1: B is faster). Each run is also shown on standard
# error as it ends. A build that fails stops the script.
#
# Wall time is measured around the build; CPU time and peak RSS come from
# /usr/bin/time -v (the maximum resident set size of the build), or, when it
# is missing, from a small python3 wrapper (os.wait4's rusage).
#
# Environment:
#   CORPUS=DIR     use this site (a folder with site.yml and content/) instead of
#                  making a fresh 1,000-page corpus in a temporary folder
#   KEEP=1         keep the temporary folder (its path is printed)
set -euo pipefail

usage() { sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"; exit 2; }
[[ $# -ge 2 && $# -le 3 && "$1" != -h && "$1" != --help ]] || usage
runs=${3:-5}
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "build_speed.sh: RUNS must be a positive number" >&2; exit 2; }
declare -A binary
binary[A]=$(realpath -s "$1")
binary[B]=$(realpath -s "$2")
for v in A B; do
    [[ -x "${binary[$v]}" ]] || { echo "build_speed.sh: ${binary[$v]} is not an executable" >&2; exit 2; }
done
here=$(cd "$(dirname "$0")" && pwd)

work=$(realpath "$(mktemp -d "${TMPDIR:-/tmp}/build-speed.XXXXXX")")
if [[ "${KEEP:-0}" == 1 ]]; then
    trap 'echo "build_speed.sh: kept $work" >&2' EXIT
else
    trap 'rm -rf "${work:?}"' EXIT
fi
if [[ -n "${CORPUS:-}" ]]; then
    site=$(realpath "$CORPUS")
    [[ -f "$site/site.yml" ]] || { echo "build_speed.sh: $site has no site.yml" >&2; exit 2; }
else
    site="$work/site"
    "$here/corpus_site.sh" "$site" 1000
fi

# One build into a fresh output folder; appends "WALL CPU MAXRSS_KIB" to results/NAME.
measure() {
    local v=$1 record=$2 out="$work/out-$1"
    rm -rf "$out"
    local wall cpu rss status=0
    if [[ -x /usr/bin/time ]]; then
        local start end
        start=$(date +%s%N)
        /usr/bin/time -v -o "$work/time.txt" "${binary[$v]}" build --site "$site" --output "$out" \
            >"$work/build.log" 2>&1 </dev/null || status=$?
        end=$(date +%s%N)
        wall=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.4f", (e - s) / 1e9 }')
        cpu=$(awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ { t += $2 } END { printf "%.3f", t }' "$work/time.txt")
        rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
    else
        read -r wall cpu rss status < <(python3 - "${binary[$v]}" "$site" "$out" "$work/build.log" <<'PY'
import os, subprocess, sys, time
binary, site, out, log = sys.argv[1:]
with open(log, "wb") as f:
    start = time.perf_counter()
    p = subprocess.Popen([binary, "build", "--site", site, "--output", out],
                         stdin=subprocess.DEVNULL, stdout=f, stderr=subprocess.STDOUT)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - start
print("%.4f %.3f %d %d" % (wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, os.waitstatus_to_exitcode(status)))
PY
)
    fi
    rm -rf "$out"
    if [[ $status -ne 0 ]]; then
        echo "build_speed.sh: the build with $v (${binary[$v]}) failed with status $status:" >&2
        tail -20 "$work/build.log" >&2
        exit 1
    fi
    printf '%-8s %s  wall %7.3f s  cpu %7.3f s  peak RSS %6.1f MiB\n' \
        "$record" "$v" "$wall" "$cpu" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" >&2
    [[ "$record" == warm-up ]] || echo "$wall $cpu $rss" >>"$work/results-$v"
}

echo "A: ${binary[A]}" >&2
echo "B: ${binary[B]}" >&2
pages=$(find "$site/content" -name '*.md' | wc -l)
echo "site: $site ($pages pages), $runs runs each" >&2
measure A warm-up
measure B warm-up
for ((i = 1; i <= runs; i++)); do
    measure A "run $i"
    measure B "run $i"
done

python3 - "$work/results-A" "$work/results-B" "${binary[A]}" "${binary[B]}" "$runs" "$pages" "${CORPUS:-corpus_site.sh}" <<'PY'
import statistics, sys
a_file, b_file, a_bin, b_bin, runs, pages, site = sys.argv[1:]
def load(path):
    rows = [line.split() for line in open(path)]
    return [float(r[0]) for r in rows], [float(r[1]) for r in rows], [int(r[2]) / 1024 for r in rows]
print("full build of %s pages (%s), %s runs each, interleaved A B A B after one warm-up each" % (pages, site, runs))
print("A = %s" % a_bin)
print("B = %s" % b_bin)
print("%-3s %10s %10s %10s %12s %16s %14s" % ("", "median s", "min s", "max s", "cpu med s", "peak RSS med MiB", "RSS max MiB"))
medians = {}
for name, path in (("A", a_file), ("B", b_file)):
    wall, cpu, rss = load(path)
    medians[name] = statistics.median(wall)
    print("%-3s %10.3f %10.3f %10.3f %12.3f %16.1f %14.1f" % (name, medians[name], min(wall), max(wall),
          statistics.median(cpu), statistics.median(rss), max(rss)))
print("ratio B/A of median wall time: %.3f (%+.1f%%)" % (medians["B"] / medians["A"], (medians["B"] / medians["A"] - 1) * 100))
PY
