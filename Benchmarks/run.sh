#!/usr/bin/env bash
# Usage: Benchmarks/run.sh [--sizes 1000,10000] [--runs 5] [--serve] [--keep]
#
# sitegen against Hugo, the speed reference, in one run on this machine:
# for each size, the corpus of /work/shared/bench/gen_corpus.py (seed 1) as a
# sitegen site (Benchmarks/corpus_site.sh: site-example's site.yml, links.yml
# and static/) and as the Hugo site the generator writes beside it. Timed,
# round-robin after one warm-up round (so that the load of a shared machine
# drifts over all alike), by /work/shared/bench/interleave.py:
#   sitegen    the release `sitegen build` into an output folder that does not exist
#   again      `sitegen build` again over that output, nothing changed
#   hugo       `hugo --quiet --destination` into an output folder that does not exist
#   cmark      the floor: Debian's `cmark-gfm` (same extensions) over the same
#              Markdown bodies, front matter removed, on one core
# It prints, per size: median, min and max wall time, median CPU time and
# peak RSS of each; the median of the per-round ratios sitegen/hugo; the
# unchanged rebuild as a share of the cold one; and sitegen as a multiple of
# the cmark-gfm floor.
#
# With --serve, also the edit-to-served latency of `sitegen serve`
# (Benchmarks/serve_latency.py) and of `hugo server`
# (/work/shared/bench/hugo_watch_latency.py) on each size.
#
# Installs what it needs when missing (hugo, cmark-gfm, libvips-tools, with
# apt-get, through sudo when not root) and builds sitegen in release mode.
# It is a benchmark, never part of the tests. --keep keeps the work folder.
set -euo pipefail

usage() { sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"; exit 2; }
sizes=1000,10000
runs=5
serve=0
keep=0
while [[ $# -gt 0 ]]; do
    case "$1" in
        --sizes) sizes=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --serve) serve=1; shift ;;
        --keep) keep=1; shift ;;
        *) usage ;;
    esac
done
[[ "$runs" =~ ^[1-9][0-9]*$ && "$sizes" =~ ^[0-9]+(,[0-9]+)*$ ]] || usage

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
bench=${BENCH:-/work/shared/bench}
[[ -f "$bench/gen_corpus.py" && -f "$bench/interleave.py" ]] || { echo "run.sh: $bench lacks gen_corpus.py or interleave.py (set BENCH=)" >&2; exit 2; }

missing=()
command -v hugo >/dev/null || missing+=(hugo)
command -v cmark-gfm >/dev/null || missing+=(cmark-gfm)
command -v vips >/dev/null || missing+=(libvips-tools)
if [[ ${#missing[@]} -gt 0 ]]; then
    sudo=""
    [[ "$(id -u)" -ne 0 ]] && sudo=sudo
    echo "run.sh: installing ${missing[*]}" >&2
    $sudo apt-get install -y --no-install-recommends "${missing[@]}" >&2
fi
(cd "$root" && swift build -c release --product sitegen >&2)
sitegen="$root/.build/release/sitegen"
python=/usr/bin/python3

work=$(realpath "$(mktemp -d "${TMPDIR:-/tmp}/sitegen-bench.XXXXXX")")
if [[ "$keep" == 1 ]]; then trap 'echo "run.sh: kept $work" >&2' EXIT; else trap 'rm -rf "${work:?}"' EXIT; fi

echo "sitegen $("$sitegen" --version), $(hugo version | cut -d' ' -f1-2), cmark-gfm $(cmark-gfm --version | head -1 | awk '{print $2}'), $(nproc) cores, $runs runs"
IFS=, read -r -a size_list <<<"$sizes"
for pages in "${size_list[@]}"; do
    dir="$work/$pages"
    "$here/corpus_site.sh" "$dir/site" "$pages"
    "$python" "$bench/gen_corpus.py" "$dir/gen" --pages "$pages" --seed 1 --force >/dev/null
    # The Markdown bodies alone, for the cmark-gfm floor.
    "$python" - "$dir/site/content" "$dir/bodies.md" <<'PY'
import os, sys
source, target = sys.argv[1], sys.argv[2]
with open(target, "w", encoding="utf-8") as out:
    for folder, _, names in sorted(os.walk(source)):
        for name in sorted(names):
            if not name.endswith(".md"):
                continue
            text = open(os.path.join(folder, name), encoding="utf-8").read()
            if text.startswith("---\n"):
                end = text.find("\n---\n", 4)
                text = text[end + 5:] if end >= 0 else text
            out.write(text + "\n\n")
PY
    echo
    echo "== $pages pages ($(du -sh "$dir/site/content" | cut -f1) of Markdown)"
    "$python" "$bench/interleave.py" --runs "$runs" --warmup 1 --json "$dir/times.json" \
        --prep "sitegen=rm -rf '$dir/out-sitegen'" --cmd "sitegen='$sitegen' build --site '$dir/site' --output '$dir/out-sitegen' >/dev/null" \
        --prep "again=[ -d '$dir/out-again' ] || '$sitegen' build --site '$dir/site' --output '$dir/out-again' >/dev/null" \
        --cmd "again='$sitegen' build --site '$dir/site' --output '$dir/out-again' >/dev/null" \
        --prep "hugo=rm -rf '$dir/out-hugo'" --cmd "hugo=cd '$dir/gen/hugo' && hugo --quiet --destination '$dir/out-hugo'" \
        --cmd "cmark=cmark-gfm -e table -e strikethrough -e autolink -e tasklist '$dir/bodies.md' >/dev/null" 2>"$dir/rounds.log"
    "$python" - "$dir/times.json" <<'PY'
import json, statistics, sys
times = json.load(open(sys.argv[1]))
def walls(name): return [run["wall"] for run in times[name]["runs_detail"]]
ratios = [s / h for s, h in zip(walls("sitegen"), walls("hugo"))]
print("sitegen / hugo, median of the per-round ratios: %.2f (min %.2f, max %.2f)" % (statistics.median(ratios), min(ratios), max(ratios)))
print("unchanged rebuild / cold build: %.2f" % (times["again"]["median"] / times["sitegen"]["median"]))
print("sitegen / cmark-gfm floor: %.2f" % (times["sitegen"]["median"] / times["cmark"]["median"]))
print("peak memory sitegen / hugo: %.2f" % (times["sitegen"]["maxrss_mib_median"] / times["hugo"]["maxrss_mib_median"]))
PY
    if [[ "$serve" == 1 ]]; then
        echo "-- edit to served, sitegen serve"
        "$python" "$here/serve_latency.py" "$dir/site" --edits 12 --sitegen "$sitegen" | tail -4
        echo "-- edit to served, hugo server"
        "$python" "$bench/hugo_watch_latency.py" "$dir/gen/hugo" --edits 12 | tail -4
    fi
    rm -rf "$dir/out-sitegen" "$dir/out-again" "$dir/out-hugo"
done
