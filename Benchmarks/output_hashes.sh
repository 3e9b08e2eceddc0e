#!/usr/bin/env bash
# Usage: Benchmarks/output_hashes.sh [--list] [--save-list FILE] SITEGEN_BINARY [WORKDIR]
#
# Builds, with SITEGEN_BINARY, every site we have and prints one line per tree:
#     NAME  SHA256
# so that two binaries (before and after a refactoring) can be compared with diff.
# The trees, in this order:
#     site-example          site-example/
#     fixture/NAME          each Tests/SiteGenTests/Fixtures/NAME/ that holds a site.yml
#                           (many are meant to fail: that is recorded, see below)
#     corpus-1k             1,000 pages from gen_corpus.py --seed 1 (Benchmarks/corpus_site.sh)
#
# Each build is `sitegen build --site sites/NAME --output out/NAME`, run from
# WORKDIR on a copy of the inputs (the repository is never written), into an
# output folder that does not exist yet.
#
# A tree's hash is the SHA-256 of its per-file list, which has one line
#     SHA256  PATH
# per entry, sorted by PATH (bytes, LC_ALL=C). The entries:
#     every file of the output folder, PATH relative to it, hash of its bytes
#     (a symbolic link: hash of "symlink -> TARGET"; an empty folder: of "empty directory")
#     <exit status>   the build's exit status, as text ("0\n", "1\n"...)
#     <stderr>        the build's standard error (warnings, errors)
#     <stdout>        the build's standard output
#     <no output>     present when the build left no output folder (a failed build)
# Nothing is left out. Two normalisations keep the text stable between runs and
# machines: the absolute WORKDIR and binary paths are replaced by $WORKDIR and
# $SITEGEN, and the build time in the summary line ("Built 14 pages in 0.08 s")
# becomes "in N s". Error and warning messages are otherwise kept as they are,
# since they must stay identical too.
#
# Options:
#   --list            print the per-file lists instead ("SHA256  NAME/PATH" lines),
#                     to find which file of a tree differs: diff two of them.
#   --save-list FILE  also write the per-file lists to FILE (one run gives both).
#
# WORKDIR (default: a temporary folder, removed at the end) must be missing, empty,
# or one this script made before (it is then cleared). It keeps, per tree:
# sites/NAME (inputs), out/NAME (output), logs/NAME.{stdout,stderr,status}, lists/NAME.txt.
#
# The builds run with TZ=UTC and LC_ALL=C.UTF-8. sitegen's output does not depend
# on today's date, but its warnings do (last_verified: older than a year warns), so
# compare hashes made on the same day, or at least within the same year of a date.
set -euo pipefail

usage() { sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"; exit 2; }

list_mode=0
save_list=""
args=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --list) list_mode=1 ;;
        --save-list) [[ $# -ge 2 ]] || usage; save_list=$(realpath -m "$2"); shift ;;
        -h|--help) usage ;;
        -*) echo "output_hashes.sh: unknown option $1" >&2; usage ;;
        *) args+=("$1") ;;
    esac
    shift
done
[[ ${#args[@]} -ge 1 && ${#args[@]} -le 2 ]] || usage

binary=$(realpath -s "${args[0]}")
[[ -x "$binary" ]] || { echo "output_hashes.sh: $binary is not an executable" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
marker=.output-hashes-workdir

if [[ ${#args[@]} -eq 2 ]]; then
    work=${args[1]}
    mkdir -p "$work"
    work=$(realpath "$work")
    if [[ -n "$(ls -A "$work")" && ! -e "$work/$marker" ]]; then
        echo "output_hashes.sh: $work is not empty and was not made by this script; not clearing it" >&2
        exit 2
    fi
    rm -rf "${work:?}/sites" "${work:?}/out" "${work:?}/logs" "${work:?}/lists"
    cleanup() { :; }
else
    work=$(realpath "$(mktemp -d "${TMPDIR:-/tmp}/output-hashes.XXXXXX")")
    cleanup() { rm -rf "${work:?}"; }
fi
trap cleanup EXIT
touch "$work/$marker"
mkdir -p "$work/sites/fixture" "$work/out/fixture" "$work/logs/fixture" "$work/lists/fixture"

# --- the inputs -------------------------------------------------------------
names=(site-example)
cp -R "$repo/site-example" "$work/sites/site-example"
for fixture in "$repo"/Tests/SiteGenTests/Fixtures/*/; do
    fixture=${fixture%/}
    [[ -f "$fixture/site.yml" ]] || continue
    name="fixture/$(basename "$fixture")"
    cp -R "$fixture" "$work/sites/$name"
    names+=("$name")
done
"$here/corpus_site.sh" "$work/sites/corpus-1k" 1000
names+=(corpus-1k)

# --- build and list every tree ----------------------------------------------
# Prints the per-file list of one build (see the usage text) on standard output.
list_tree() {
    python3 - "$1" "$2" <<'PY'
import hashlib, os, sys

out, logs = sys.argv[1], sys.argv[2]
entries = {}
def h(data): return hashlib.sha256(data).hexdigest()

if os.path.isdir(out):
    for root, dirs, files in os.walk(out):
        dirs.sort()
        rel_root = os.path.relpath(root, out)
        for name in dirs + files:
            path = os.path.join(root, name)
            rel = os.path.normpath(os.path.join(rel_root, name))
            if os.path.islink(path):
                entries[rel] = h(b"symlink -> " + os.fsencode(os.readlink(path)))
            elif os.path.isdir(path):
                if not os.listdir(path):
                    entries[rel + "/"] = h(b"empty directory")
            else:
                with open(path, "rb") as f:
                    entries[rel] = h(f.read())
else:
    entries["<no output>"] = h(b"")
for stream in ("exit status", "stderr", "stdout"):
    with open(logs + "." + stream.split()[-1], "rb") as f:
        entries["<" + stream + ">"] = h(f.read())
for rel in sorted(entries, key=os.fsencode):
    sys.stdout.write("%s  %s\n" % (entries[rel], rel))
PY
}

# Replaces what varies with the place and the moment of the run, and nothing else.
normalise() {
    WORK="$work" BIN="$binary" python3 -c '
import os, re, sys
text = sys.stdin.buffer.read()
for key, name in (("WORK", b"$WORKDIR"), ("BIN", b"$SITEGEN")):
    text = text.replace(os.fsencode(os.environ[key]), name)
text = re.sub(rb"^(Built .*) in [0-9.]+ s -> ", rb"\1 in N s -> ", text, flags=re.M)
sys.stdout.buffer.write(text)'
}

cd "$work"
for name in "${names[@]}"; do
    status=0
    TZ=UTC LC_ALL=C.UTF-8 timeout 600 "$binary" build --site "sites/$name" --output "out/$name" \
        >"logs/$name.raw-stdout" 2>"logs/$name.raw-stderr" </dev/null || status=$?
    echo "$status" >"logs/$name.status"
    normalise <"logs/$name.raw-stdout" >"logs/$name.stdout"
    normalise <"logs/$name.raw-stderr" >"logs/$name.stderr"
    rm "logs/$name.raw-stdout" "logs/$name.raw-stderr"
    list_tree "out/$name" "logs/$name" >"lists/$name.txt"
    [[ $status -eq 124 ]] && echo "output_hashes.sh: $name timed out" >&2
done

print_lists() {
    for name in "${names[@]}"; do
        sed "s|^\([0-9a-f]\{64\}\)  |\1  $name/|" "lists/$name.txt"
    done
}
[[ -z "$save_list" ]] || print_lists >"$save_list"
if [[ $list_mode -eq 1 ]]; then
    print_lists
else
    for name in "${names[@]}"; do
        printf '%s  %s\n' "$name" "$(sha256sum <"lists/$name.txt" | cut -d' ' -f1)"
    done
fi
