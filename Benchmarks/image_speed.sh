#!/usr/bin/env bash
# Usage: Benchmarks/image_speed.sh SITEGEN [N]
#
# Times what `sitegen build` does with photos against Hugo's image processing,
# on N (default 200) photo-like JPEGs of 12 megapixels (4032 x 3024, one in
# five 3024 x 4032), quality 90, about 2.6 MB each. On 2 cores, N = 200 takes
# about 25 minutes: 3 to make the photos, 5 for sitegen, 14 for Hugo.
#
# 1. The photos are made once, outside the timings, with the vips command of
#    libvips-tools: a few base scenes (a smooth light field and a vertical
#    gradient, colour that drifts, textures at two scales, soft-edged shapes,
#    a sign in bold text, sensor-like noise), each photo a different crop of
#    one of them with its own tint, so that no two photos share their pixels.
# 2. A sitegen site (site.yml with name, url and language; one page per ten
#    photos, each shown as a Markdown image) is built with SITEGEN twice:
#    cold (no .sitegen/, no output folder) and warm (the same build again,
#    nothing changed), with --verbose for the steps "Read images" and
#    "Make images" and the "Photos:" line. sitegen makes each photo 480, 960,
#    1440 and 1920 px wide in AVIF, WebP and JPEG: 12 files a photo.
# 3. An equivalent Hugo site (the same pages; the photos in assets/images/, a
#    Markdown image render hook that makes each 480, 960, 1440 and 1920 px
#    wide, never wider than the original, with .Resize in JPEG q80 and WebP
#    q75: 8 files a photo, as Hugo 0.111 cannot write AVIF) is built with
#    `hugo --gc` cold (resources/_gen/, the cache folder and public/ removed)
#    and warm (the same command again).
#
# Prints, for each build: wall time, CPU time (user + system) and peak RSS
# (from /usr/bin/time -v), and the files made (image files written to the
# tool's cache by that build); then the ratio sitegen cold / Hugo cold and
# whether the targets are met: sitegen cold at most 0.3 x Hugo cold, warm
# image work ("Read images" + "Make images") under 0.5 s, and a cold build's
# peak RSS under 500 MB (the target is for 200 photos of 12 MP). Every build
# is also shown on standard error as it ends; a build that fails stops the
# script. The photos are in the OS file cache for both tools (just made).
#
# Build sitegen first: `swift build -c release` (needs libvips-dev), then
#   Benchmarks/image_speed.sh .build/release/sitegen 200
#
# Environment:
#   PHOTOS=DIR     keep the photos in DIR (made there when missing, reused
#                  when DIR already has photo-0000.jpg ... for N), to run again
#                  without making them anew
#   HUGO=PATH      the hugo binary (default: hugo on PATH; Debian's 0.111:
#                  apt-get install hugo)
#   NO_HUGO=1      time sitegen only
#   JOBS=K         processes making photos at once (default: nproc)
#   QUIET_WAIT=S   before each timed build, wait up to S seconds (default 300)
#                  for other processes to leave the CPU idle; the CPU time they
#                  used during each build is shown either way
#   KEEP=1         keep the temporary folder (its path is printed)
set -euo pipefail

usage() { sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"; exit 2; }
[[ $# -ge 1 && $# -le 2 && "$1" != -h && "$1" != --help ]] || usage
count=${2:-200}
[[ "$count" =~ ^[1-9][0-9]*$ && "$count" -le 9999 ]] || { echo "image_speed.sh: N must be a number from 1 to 9999" >&2; exit 2; }
sitegen=$(realpath -s "$1")
[[ -x "$sitegen" ]] || { echo "image_speed.sh: $sitegen is not an executable" >&2; exit 2; }
command -v vips >/dev/null || { echo "image_speed.sh: no vips command (apt-get install libvips-tools)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "image_speed.sh: no /usr/bin/time (apt-get install time)" >&2; exit 2; }
hugo=""
if [[ "${NO_HUGO:-0}" != 1 ]]; then
    hugo=$(command -v "${HUGO:-hugo}") || { echo "image_speed.sh: no hugo (apt-get install hugo), or set NO_HUGO=1" >&2; exit 2; }
fi
jobs=${JOBS:-$(nproc)}

work=$(realpath "$(mktemp -d "${TMPDIR:-/tmp}/image-speed.XXXXXX")")
if [[ "${KEEP:-0}" == 1 ]]; then
    trap 'echo "image_speed.sh: kept $work" >&2' EXIT
else
    trap 'rm -rf "${work:?}"' EXIT
fi
say() { echo "image_speed.sh: $*" >&2; }

# ---------------------------------------------------------------- the photos

size=4400         # base scenes are size x size; photos are crops of them
bases=6
photos=$(realpath -m "${PHOTOS:-$work/photos}")
mkdir -p "$photos"

# make_base DIR K: DIR/base-K.v, a 3-band uchar scene of size x size pixels.
make_base() {
    local dir=$1 k=$2 seed=$((1000 * ($2 + 1))) s=$size
    local w="$dir/tmp-$k"
    mkdir -p "$w"
    local palettes=("118 112 100" "96 120 150" "90 112 70" "140 110 90" "105 100 115" "125 118 95")
    local signs=("Boulangerie Martin\nPains au levain" "Marché du samedi\n07:00 – 13:30" "Kouign-amann\n4,20 €"
        "Atelier — Rennes\nDepuis 1987" "Fermé le lundi\nOuvert dimanche matin" "Café · Thé · Chocolat")
    # noise OUT W H SIGMA SEED: signed 8-bit Gaussian noise, mean 0.
    noise() {
        vips gaussnoise "$w/f.v" "$2" "$3" --sigma "$4" --mean 0 --seed "$5"
        vips cast "$w/f.v" "$1" char
    }
    # fit IN OUT: crop to the scene's size (upscaling rounds up).
    fit() { vips extract_area "$1" "$2" 0 0 "$s" "$s"; }
    # Light: a smooth field over a vertical gradient (a sky over a ground).
    noise "$w/l.v" 5 4 55 $((seed + 1))
    vips resize "$w/l.v" "$w/l2.v" $((s / 4 + 1)) --kernel cubic
    fit "$w/l2.v" "$w/L.v"
    vips xyz "$w/xy.v" 1 "$s"
    vips extract_band "$w/xy.v" "$w/y.v" 1
    vips linear "$w/y.v" "$w/g0f.v" " -0.018" 40
    vips cast "$w/g0f.v" "$w/g0.v" char
    vips zoom "$w/g0.v" "$w/G.v" "$s" 1
    # Colour: small shifts of each band, drifting across the scene.
    local c
    for c in 0 1 2; do noise "$w/c$c.v" 7 7 18 $((seed + 10 + c)); done
    vips bandjoin "$w/c0.v $w/c1.v $w/c2.v" "$w/c.v"
    vips resize "$w/c.v" "$w/c2.v" $((s / 6 + 1)) --kernel cubic
    fit "$w/c2.v" "$w/C.v"
    # Texture: mid (crumb, leaves, fabric) and fine detail.
    noise "$w/m.v" 280 280 18 $((seed + 20))
    vips resize "$w/m.v" "$w/M.v" 16 --kernel cubic
    noise "$w/t.v" 1100 1100 9 $((seed + 21))
    vips resize "$w/t.v" "$w/T.v" 4 --kernel cubic
    # Sensor noise, pixel by pixel.
    noise "$w/N.v" "$s" "$s" 2.5 $((seed + 22))
    # Shapes: blobs with soft but definite edges, in another colour.
    noise "$w/sh.v" 14 14 50 $((seed + 30))
    vips resize "$w/sh.v" "$w/sh2.v" $((s / 14 + 1)) --kernel cubic
    fit "$w/sh2.v" "$w/Sh.v"
    vips relational_const "$w/Sh.v" "$w/mask.v" more 30
    vips gaussblur "$w/mask.v" "$w/shapes.v" 3
    vips add "$w/L.v" "$w/G.v" "$w/a1.v"
    vips add "$w/a1.v" "$w/M.v" "$w/a2.v"
    vips add "$w/a2.v" "$w/T.v" "$w/a3.v"
    vips add "$w/a3.v" "$w/C.v" "$w/a4.v"
    vips linear "$w/a4.v" "$w/bg.v" 1 "${palettes[$((k % 6))]}" --uchar
    vips linear "$w/a4.v" "$w/fg.v" 0.7 "$(awk '{ print $1 * 1.5 - 20, $2 * 1.4 - 10, $3 * 1.3 }' <<<"${palettes[$(((k + 3) % 6))]}")" --uchar
    vips ifthenelse "$w/shapes.v" "$w/fg.v" "$w/bg.v" "$w/scene.v" --blend
    # A sign: dark paint that keeps the scene's texture.
    vips text "$w/tx.v" "$(printf '%b' "${signs[$((k % 6))]}")" --font "DejaVu Sans Bold 40" --dpi 300
    vips embed "$w/tx.v" "$w/te.v" $((300 + (200 * k) % 1500)) $((1200 + (300 * k) % 2000)) "$s" "$s"
    vips linear "$w/scene.v" "$w/dark.v" 0.2 10 --uchar
    vips ifthenelse "$w/te.v" "$w/dark.v" "$w/scene.v" "$w/signed.v" --blend
    vips add "$w/signed.v" "$w/N.v" "$w/noisy.v"
    vips cast "$w/noisy.v" "$dir/base-$k.v" uchar
    rm -rf "$w"
}

# make_photo DIR I: photos/photo-IIII.jpg, a crop of base I mod bases, tinted.
make_photo() {
    local dir=$1 i=$2 wd ht
    local w="$dir/tmp-photo-$i"
    mkdir -p "$w"
    if ((i % 5 == 4)); then wd=3024 ht=4032; else wd=4032 ht=3024; fi
    local x=$(((i * 7919) % (size - wd + 1))) y=$(((i * 104729) % (size - ht + 1)))
    local tint
    tint=$(awk -v i="$i" 'BEGIN { srand(i + 1); printf "%.3f %.3f %.3f|%d %d %d", 0.82 + 0.36 * rand(), 0.82 + 0.36 * rand(),
        0.82 + 0.36 * rand(), 24 * rand() - 12, 24 * rand() - 12, 24 * rand() - 12 }')
    vips extract_area "$dir/base-$((i % bases)).v" "$w/c.v" "$x" "$y" "$wd" "$ht"
    vips linear "$w/c.v" "$w/t.v" "${tint%|*}" " ${tint#*|}" --uchar
    vips jpegsave "$w/t.v" "$w/photo.jpg" --Q 90
    mv "$w/photo.jpg" "$photos/$(printf 'photo-%04d.jpg' "$i")"
    rm -rf "$w"
}

# run_jobs FUNCTION DIR ITEMS...: FUNCTION DIR ITEM for each, $jobs at once.
run_jobs() {
    local fn=$1 dir=$2 running=0 item
    shift 2
    for item in "$@"; do
        "$fn" "$dir" "$item" &
        running=$((running + 1))
        if ((running >= jobs)); then wait -n; running=$((running - 1)); fi
    done
    while ((running > 0)); do wait -n; running=$((running - 1)); done
}

missing=()
for ((i = 0; i < count; i++)); do
    [[ -s "$photos/$(printf 'photo-%04d.jpg' "$i")" ]] || missing+=("$i")
done
if ((${#missing[@]} > 0)); then
    say "making ${#missing[@]} photos of 12 MP in $photos ($jobs at once; not timed)"
    start=$(date +%s)
    gen="$work/generate"
    mkdir -p "$gen"
    run_jobs make_base "$gen" $(seq 0 $((bases - 1)))
    say "base scenes made in $(($(date +%s) - start)) s"
    run_jobs make_photo "$gen" "${missing[@]}"
    rm -rf "$gen"
    say "photos made in $(($(date +%s) - start)) s"
fi
corpus_mb=$(du -sm "$photos" | cut -f1)
say "photos: $count in $photos ($corpus_mb MB in all)"

# ----------------------------------------------------------- the two sites

pages=$(((count + 9) / 10))
# write_pages DIR HOME: DIR/HOME (the home page: index.md for sitegen,
# _index.md for Hugo) and DIR/album-PPP.md, ten photos a page.
write_pages() {
    local dir=$1 home=$2 p i first last name
    mkdir -p "$dir"
    {
        printf -- '---\ntitle: Photo benchmark\n---\n\n'
        printf '%d photos of 12 megapixels on %d pages.\n' "$count" "$pages"
    } >"$dir/$home"
    for ((p = 0; p < pages; p++)); do
        first=$((p * 10))
        last=$((first + 9 < count - 1 ? first + 9 : count - 1))
        name=$(printf 'album-%03d' "$p")
        {
            printf -- '---\ntitle: Album %d\n---\n\n' "$((p + 1))"
            printf 'Photos %d to %d of the benchmark.\n' "$((first + 1))" "$((last + 1))"
            for ((i = first; i <= last; i++)); do
                printf '\n![Photo %d, a scene with a sign](/images/photo-%04d.jpg)\n' "$((i + 1))" "$i"
            done
        } >"$dir/$name.md"
    done
}

# Photos are hard links to the corpus where the file system allows, else copies.
link_photos() {
    local target=$1
    mkdir -p "$target"
    for ((i = 0; i < count; i++)); do
        local name
        name=$(printf 'photo-%04d.jpg' "$i")
        ln "$photos/$name" "$target/$name" 2>/dev/null || cp "$photos/$name" "$target/$name"
    done
}

site="$work/sitegen-site"
mkdir -p "$site"
cat >"$site/site.yml" <<'YML'
name: Photo benchmark
url: https://photos.example.org/
language: en
YML
write_pages "$site/content" index.md
link_photos "$site/static/images"

hsite="$work/hugo-site"
if [[ -n "$hugo" ]]; then
    mkdir -p "$hsite/layouts/_default/_markup"
    cat >"$hsite/config.toml" <<'TOML'
baseURL = "https://photos.example.org/"
languageCode = "en"
title = "Photo benchmark"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
# Hugo gives up on a page after 30 s by default; one page of ten photos takes longer.
timeout = "7200s"
TOML
    write_pages "$hsite/content" _index.md
    link_photos "$hsite/assets/images"
    cat >"$hsite/layouts/_default/baseof.html" <<'HTML'
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main>{{ block "main" . }}{{ end }}</main></body></html>
HTML
    cat >"$hsite/layouts/_default/single.html" <<'HTML'
{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}
HTML
    cat >"$hsite/layouts/_default/list.html" <<'HTML'
{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}
<ul>{{ range .Site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
HTML
    # A Markdown image of assets/images/: a <picture> of WebP and JPEG at
    # 480, 960, 1440 and 1920 px (never wider than the original).
    cat >"$hsite/layouts/_default/_markup/render-image.html" <<'HTML'
{{- $src := resources.Get (strings.TrimPrefix "/" .Destination) -}}
{{- if not $src -}}{{- errorf "no image %s" .Destination -}}{{- end -}}
{{- $jpeg := slice -}}{{- $webp := slice -}}{{- $fallback := false -}}
{{- range slice 480 960 1440 1920 -}}
  {{- if le . $src.Width -}}
    {{- $j := $src.Resize (printf "%dx jpg q80" .) -}}
    {{- $w := $src.Resize (printf "%dx webp q75" .) -}}
    {{- $jpeg = $jpeg | append (printf "%s %dw" $j.RelPermalink .) -}}
    {{- $webp = $webp | append (printf "%s %dw" $w.RelPermalink .) -}}
    {{- if or (not $fallback) (le . 960) -}}{{- $fallback = $j -}}{{- end -}}
  {{- end -}}
{{- end -}}
{{- if not $fallback -}}{{- $fallback = $src -}}{{- end -}}
<picture>
{{- with $webp }}<source type="image/webp" srcset="{{ delimit . ", " }}" sizes="(min-width: 45rem) 42rem, calc(100vw - 2rem)">{{ end -}}
<img src="{{ $fallback.RelPermalink }}"{{ with $jpeg }} srcset="{{ delimit . ", " }}" sizes="(min-width: 45rem) 42rem, calc(100vw - 2rem)"{{ end }} width="{{ $fallback.Width }}" height="{{ $fallback.Height }}" alt="{{ .Text }}" loading="lazy" decoding="async">
</picture>
{{- /* */ -}}
HTML
fi

# ------------------------------------------------------------------ timing

# busy_seconds: CPU seconds the whole machine has spent busy since it started.
hz=$(getconf CLK_TCK)
busy_seconds() { awk -v hz="$hz" '/^cpu / { printf "%.2f", ($2 + $3 + $4 + $7 + $8 + $9) / hz; exit }' /proc/stat; }

# wait_quiet: waits (up to QUIET_WAIT seconds, default 300) until other
# processes use less than a tenth of a core over 5 s, as this benchmark is
# meant for a machine of its own; says so when it gives up.
wait_quiet() {
    local limit=${QUIET_WAIT:-300} waited=0 before after
    while :; do
        before=$(busy_seconds)
        sleep 5
        after=$(busy_seconds)
        if awk -v a="$before" -v b="$after" 'BEGIN { exit !((b - a) / 5 < 0.1) }'; then return; fi
        waited=$((waited + 5))
        if ((waited >= limit)); then
            say "other processes are still using the CPU after ${limit} s of waiting; timing anyway (see 'others' below)"
            return
        fi
    done
}

# measure NAME DIR LOG COMMAND...: runs COMMAND in DIR under /usr/bin/time -v,
# and sets wall (s), cpu (s), rss (KiB), made (image files written under the
# cache folder $cache_dir during the run) and others (CPU seconds that other
# processes of the machine used meanwhile).
measure() {
    local name=$1 dir=$2 log=$3
    shift 3
    local marker="$work/marker" status=0 start end busy_before busy_after
    wait_quiet
    : >"$marker"
    sleep 0.01
    busy_before=$(busy_seconds)
    start=$(date +%s%N)
    (cd "$dir" && /usr/bin/time -v -o "$work/time.txt" "$@" >"$log" 2>&1 </dev/null) || status=$?
    end=$(date +%s%N)
    busy_after=$(busy_seconds)
    if [[ $status -ne 0 ]]; then
        say "$name failed with status $status:"
        tail -20 "$log" >&2
        exit 1
    fi
    wall=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", (e - s) / 1e9 }')
    cpu=$(awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ { t += $2 } END { printf "%.2f", t }' "$work/time.txt")
    rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
    made=$(find "$cache_dir" -type f -newer "$marker" \( -name '*.avif' -o -name '*.webp' -o -name '*.jpg' -o -name '*.png' \) 2>/dev/null | wc -l)
    others=$(awk -v a="$busy_before" -v b="$busy_after" -v c="$cpu" 'BEGIN { o = b - a - c; printf "%.1f", o < 0 ? 0 : o }')
    printf '%-14s wall %8.2f s  cpu %8.2f s  peak RSS %7.1f MiB  image files made %5d  others %6.1f CPU s\n' \
        "$name" "$wall" "$cpu" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" "$made" "$others" >&2
}

# step_time LOG NAME: the seconds that `sitegen build --verbose` gives the step NAME.
step_time() {
    awk -v step="$2" 'index($0, step) {
        for (i = 1; i <= NF; i++) {
            if ($i ~ /^[0-9.]+ms$/) { sub(/ms$/, "", $i); printf "%.3f", $i / 1000; exit }
            if ($i ~ /^[0-9.]+s$/) { sub(/s$/, "", $i); printf "%.3f", $i; exit }
            if ($i ~ /^[0-9.]+$/ && (i < NF) && $(i + 1) ~ /^ms/) { printf "%.3f", $i / 1000; exit }
            if ($i ~ /^[0-9.]+$/ && (i < NF) && $(i + 1) ~ /^s/) { printf "%.3f", $i; exit }
        }
    }' "$1"
}

declare -A R
out="$work/sitegen-out"
cache_dir="$site/.sitegen/cache/images"
say "sitegen: $sitegen ($("$sitegen" --version 2>/dev/null | head -1 || true))"
say "site: $pages pages showing $count photos"
rm -rf "$site/.sitegen" "$out"
measure "sitegen cold" "$site" "$work/sitegen-cold.log" "$sitegen" build --site "$site" --output "$out" --verbose
R[sc_wall]=$wall R[sc_cpu]=$cpu R[sc_rss]=$rss R[sc_made]=$made R[sc_others]=$others
R[sc_read]=$(step_time "$work/sitegen-cold.log" "Read images")
R[sc_make]=$(step_time "$work/sitegen-cold.log" "Make images")
R[sc_photos]=$(grep -m1 'Photos:' "$work/sitegen-cold.log" | sed 's/^[[:space:]]*//' || true)
R[sc_files]=$(find "$out" -type f \( -name '*.avif' -o -name '*.webp' -o -name '*.jpg' -o -name '*.png' \) | wc -l)
measure "sitegen warm" "$site" "$work/sitegen-warm.log" "$sitegen" build --site "$site" --output "$out" --verbose
R[sw_wall]=$wall R[sw_cpu]=$cpu R[sw_rss]=$rss R[sw_made]=$made R[sw_others]=$others
R[sw_read]=$(step_time "$work/sitegen-warm.log" "Read images")
R[sw_make]=$(step_time "$work/sitegen-warm.log" "Make images")
R[sw_photos]=$(grep -m1 'Photos:' "$work/sitegen-warm.log" | sed 's/^[[:space:]]*//' || true)

if [[ -n "$hugo" ]]; then
    cache_dir="$hsite/resources/_gen/images"
    say "hugo: $("$hugo" version | head -1)"
    rm -rf "$hsite/resources/_gen" "$hsite/hugo-cache" "$hsite/public"
    measure "hugo cold" "$hsite" "$work/hugo-cold.log" "$hugo" --gc --cacheDir "$hsite/hugo-cache"
    R[hc_wall]=$wall R[hc_cpu]=$cpu R[hc_rss]=$rss R[hc_made]=$made R[hc_others]=$others
    R[hc_files]=$(find "$hsite/public" -type f \( -name '*.webp' -o -name '*.jpg' \) | wc -l)
    measure "hugo warm" "$hsite" "$work/hugo-warm.log" "$hugo" --gc --cacheDir "$hsite/hugo-cache"
    R[hw_wall]=$wall R[hw_cpu]=$cpu R[hw_rss]=$rss R[hw_made]=$made R[hw_others]=$others
    R[h_total_cold]=$(grep -m1 -o 'Total in [0-9]* ms' "$work/hugo-cold.log" || true)
    R[h_total_warm]=$(grep -m1 -o 'Total in [0-9]* ms' "$work/hugo-warm.log" || true)
fi

# ------------------------------------------------------------------ report

mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
echo
echo "Image speed: $count photo-like JPEGs of 12 MP (4032x3024 or 3024x4032, Q90, $corpus_mb MB), $pages pages of up to 10 photos"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); vips $(vips --version | cut -d- -f2)"
echo "sitegen: $sitegen"
echo "  makes 480/960/1440/1920 px in AVIF (Q50, effort 0), WebP (Q75) and JPEG (Q80): 12 files a photo"
if [[ -n "$hugo" ]]; then
    echo "hugo:    $("$hugo" version | awk '{ print $1, $2 }')"
    echo "  makes 480/960/1440/1920 px with .Resize in WebP (q75) and JPEG (q80): 8 files a photo"
    echo "  (Hugo 0.111 cannot write AVIF, so it does two thirds of sitegen's encodings; its resampling filter is"
    echo "  its default, Box, where libvips shrinks on load and then uses Lanczos3)"
fi
echo
printf '%-8s | %10s %10s %13s | %10s %10s %13s | %13s | %15s\n' tool "cold wall" "cold CPU" "cold peak RSS" "warm wall" "warm CPU" "warm peak RSS" "files made" "others' CPU"
printf '%-8s | %10s %10s %13s | %10s %10s %13s | %13s | %15s\n' -------- ---------- ---------- ------------- ---------- ---------- ------------- "cold / warm" "cold / warm"
row() {
    printf '%-8s | %9.2fs %9.2fs %9s MiB | %9.2fs %9.2fs %9s MiB | %5d / %-5d | %5.1fs / %5.1fs\n' "$1" "${R[${2}c_wall]}" "${R[${2}c_cpu]}" \
        "$(mib "${R[${2}c_rss]}")" "${R[${2}w_wall]}" "${R[${2}w_cpu]}" "$(mib "${R[${2}w_rss]}")" "${R[${2}c_made]}" "${R[${2}w_made]}" \
        "${R[${2}c_others]}" "${R[${2}w_others]}"
}
row sitegen s
[[ -z "$hugo" ]] || row hugo h
echo "(files made: image files the build wrote to its cache; others' CPU: what other processes of the machine used during the build)"
echo
echo "sitegen cold: Read images ${R[sc_read]:-?} s, Make images ${R[sc_make]:-?} s; ${R[sc_photos]:-no Photos: line}; ${R[sc_files]} image files in the output"
echo "sitegen warm: Read images ${R[sw_read]:-?} s, Make images ${R[sw_make]:-?} s; ${R[sw_photos]:-no Photos: line}"
if [[ -n "$hugo" ]]; then
    echo "hugo cold: ${R[h_total_cold]:-?} (its own count); ${R[hc_files]} image files in public/"
    echo "hugo warm: ${R[h_total_warm]:-?}"
fi
echo
verdict() { if [[ "$1" == 1 ]]; then echo "met"; else echo "NOT met"; fi; }
if [[ -n "$hugo" ]]; then
    ratio=$(awk -v a="${R[sc_wall]}" -v b="${R[hc_wall]}" 'BEGIN { printf "%.3f", a / b }')
    cpu_ratio=$(awk -v a="${R[sc_cpu]}" -v b="${R[hc_cpu]}" 'BEGIN { printf "%.3f", a / b }')
    echo "sitegen cold / hugo cold: ${ratio} of the wall time (${cpu_ratio} of the CPU time)"
    echo "target: sitegen cold at most 0.3 x Hugo's: $(verdict "$(awk -v r="$ratio" 'BEGIN { print (r <= 0.3) }')")"
fi
warm_images=$(awk -v a="${R[sw_read]:-0}" -v b="${R[sw_make]:-0}" 'BEGIN { printf "%.3f", a + b }')
if [[ -n "${R[sw_read]}" && -n "${R[sw_make]}" ]]; then
    echo "target: warm image work under 0.5 s (Read images + Make images = ${warm_images} s): $(verdict "$(awk -v t="$warm_images" 'BEGIN { print (t < 0.5) }')")"
else
    echo "target: warm image work under 0.5 s: unknown (no step times in the --verbose output; see $work/sitegen-warm.log)"
fi
note=""
[[ "$count" -ne 200 ]] && note=" (the target is for 200 photos; this run has $count)"
echo "target: sitegen cold peak RSS under 500 MB ($(awk -v k="${R[sc_rss]}" 'BEGIN { printf "%.0f", k * 1024 / 1e6 }') MB)${note}: $(verdict "$(awk -v k="${R[sc_rss]}" 'BEGIN { print (k * 1024 < 500e6) }')")"
