#!/usr/bin/env bash
# Usage: Benchmarks/import_speed.sh SITEGEN [POSTS] [PHOTOS]
#
# Times `sitegen import instagram` on an Instagram export of POSTS posts
# (default 2,000) holding PHOTOS photos in all (default 5,000; carousels of
# up to 10 make up the difference), in the 2025 layout, zipped as Instagram
# sends it. The photos are 1080 x 1350 JPEGs as Instagram keeps them (about
# 200 KB each, made with libvips from a few noisy gradients, each with a GPS
# position and camera tags from exiftool), so the export is about 1 GB.
#
# Prints wall time, CPU time and peak RSS (from /usr/bin/time -v) of:
#   1. the first import into an empty site (every photo copied out of the
#      zip, its metadata removed, every page written);
#   2. the same import again (nothing new: every post a duplicate).
# and the closing line of each. The export is made outside the timings.
#
# Build sitegen first: `swift build -c release`, then
#   Benchmarks/import_speed.sh .build/release/sitegen
#
# Environment: KEEP=1 keeps the temporary folder (its path is printed).
set -euo pipefail

usage() { sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"; exit 2; }
[[ $# -ge 1 && $# -le 3 && "$1" != -h && "$1" != --help ]] || usage
posts=${2:-2000}
photos=${3:-5000}
sitegen=$(realpath -s "$1")
[[ -x "$sitegen" ]] || { echo "import_speed.sh: $sitegen is not an executable" >&2; exit 2; }
for tool in vips exiftool python3; do
    command -v $tool >/dev/null || { echo "import_speed.sh: no $tool (apt-get install libvips-tools libimage-exiftool-perl python3)" >&2; exit 2; }
done
[[ -x /usr/bin/time ]] || { echo "import_speed.sh: no /usr/bin/time (apt-get install time)" >&2; exit 2; }
work=$(realpath "$(mktemp -d "${TMPDIR:-/tmp}/import-speed.XXXXXX")")
if [[ "${KEEP:-0}" == 1 ]]; then trap 'echo "import_speed.sh: kept $work" >&2' EXIT; else trap 'rm -rf "${work:?}"' EXIT; fi
say() { echo "import_speed.sh: $*" >&2; }

say "making 8 base photos"
mkdir -p "$work/base"
for k in 0 1 2 3 4 5 6 7; do
    vips gaussnoise "$work/base/n.v" 1080 1350 --sigma 6 --mean 0 --seed $((k + 1))
    vips xyz "$work/base/xy.v" 1080 1350
    vips extract_band "$work/base/xy.v" "$work/base/y.v" 1
    vips linear "$work/base/y.v" "$work/base/g.v" 0.12 $((40 + 20 * k))
    vips add "$work/base/g.v" "$work/base/n.v" "$work/base/a.v"
    vips bandjoin "$work/base/a.v $work/base/g.v $work/base/a.v" "$work/base/rgb.v"
    vips cast "$work/base/rgb.v" "$work/base/photo-$k.jpg[Q=85]" uchar
    exiftool -q -overwrite_original -GPSLatitude=48.1147 -GPSLatitudeRef=N -GPSLongitude=1.6794 -GPSLongitudeRef=W \
        -Make=Apple -Model="iPhone 13" "$work/base/photo-$k.jpg"
done

say "making the export: $posts posts, $photos photos"
python3 - "$work/base" "$work/export.zip" "$posts" "$photos" <<'PYTHON'
import json, os, sys, zipfile
base, out, posts, photos = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
bases = [open(os.path.join(base, f"photo-{k}.jpg"), "rb").read() for k in range(8)]
start = 1420070400  # 2015-01-01
items, made = [], 0
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for p in range(posts):
        count = photos // posts + (1 if p < photos % posts else 0)
        stamp = start + p * 86400 * 5 // 2
        media = []
        for m in range(count):
            uri = f"media/posts/{2015 + p // 146}{1 + p % 12:02d}/{p}_{m}_{17900000000000000 + made}_n.jpg"
            z.writestr(uri, bases[made % 8])
            media.append({"uri": uri, "creation_timestamp": stamp, "title": ""})
            made += 1
        caption = f"Post {p} \u00f0\u009f\u008d\u0093 fresh bread of the day, come early #bakery #bread{p % 7}"
        if count == 1:
            media[0]["title"] = caption
            items.append({"media": media})
        else:
            items.append({"media": media, "title": caption, "creation_timestamp": stamp})
    z.writestr("your_instagram_activity/media/posts_1.json", json.dumps(items))
    z.writestr("personal_information/personal_information/personal_information.json", json.dumps(
        {"profile_user": [{"string_map_data": {"Username": {"value": "bench_bakery"}, "Private Account": {"value": "False"}}}]}))
print(f"{made} photos", file=sys.stderr)
PYTHON
ls -l "$work/export.zip" | awk '{ printf "import_speed.sh: export.zip is %.0f MB\n", $5 / 1e6 }' >&2

mkdir -p "$work/site/content"
printf 'name: Bench Bakery\nurl: https://bench.example\nlanguage: en\n' > "$work/site/site.yml"
printf -- '---\ntitle: Home\n---\n' > "$work/site/content/index.md"

run() {
    local label=$1
    /usr/bin/time -v "$sitegen" import instagram "$work/export.zip" --site "$work/site" > "$work/out.txt" 2> "$work/time.txt" || {
        cat "$work/out.txt" "$work/time.txt" >&2; exit 1; }
    local wall cpu rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$work/time.txt")
    cpu=$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.1f", u + s }' "$work/time.txt")
    rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$work/time.txt")
    printf '%-22s wall %s  cpu %s s  peak RSS %s MB\n  %s\n' "$label" "$wall" "$cpu" "$rss" "$(grep '^Imported' "$work/out.txt")"
}
run "first import"
run "second import"
