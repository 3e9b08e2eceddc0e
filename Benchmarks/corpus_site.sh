#!/usr/bin/env bash
# Usage: Benchmarks/corpus_site.sh DIR [PAGES]
#
# Writes a buildable sitegen site into DIR (which must not exist, or be empty):
#   DIR/content/    PAGES Markdown pages (default 1000) from
#                   /work/shared/bench/gen_corpus.py, seed 1 (override the
#                   generator with GEN_CORPUS=path/to/gen_corpus.py)
#   DIR/site.yml    site-example's, with a fixed base URL (https://bench.example.org/)
#                   and news_section: news (the corpus has news/, blog/,
#                   products/ and pages/; site-example's "actualites" is not there)
#   DIR/links.yml   site-example's, unchanged
#   DIR/static/     site-example's (site.yml's logo and image live there), and
#                   a small placeholder photo (64 x 48 pixels, made with the vips
#                   command of libvips-tools) for every /images/ file the pages
#                   show, as a build refuses an image that names no file of the
#                   site, or a file that is not an image
#
# The same PAGES always gives the same bytes, so output hashes of two binaries
# built from it can be compared. Used by output_hashes.sh and build_speed.sh.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 || "$1" == -h || "$1" == --help ]]; then
    sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"
    exit 2
fi

dir=$1
pages=${2:-1000}
here=$(cd "$(dirname "$0")" && pwd)
example="$here/../site-example"
gen=${GEN_CORPUS:-/work/shared/bench/gen_corpus.py}

if [[ -e "$dir" && -n "$(ls -A "$dir")" ]]; then
    echo "corpus_site.sh: $dir exists and is not empty" >&2
    exit 2
fi
mkdir -p "$dir"
# --no-hugo: only content/ (the Hugo copy is of no use here and doubles the size).
python3 "$gen" "$dir" --pages "$pages" --seed 1 --no-hugo --force >/dev/null 2>&1 \
    || { echo "corpus_site.sh: $gen failed" >&2; exit 1; }
sed -e 's|^url: .*|url: https://bench.example.org/|' \
    -e 's|^news_section: .*|news_section: news|' \
    "$example/site.yml" >"$dir/site.yml"
grep -q '^url: https://bench.example.org/$' "$dir/site.yml" \
    || { echo "corpus_site.sh: could not set url: in site.yml" >&2; exit 1; }
cp "$example/links.yml" "$dir/links.yml"
cp -R "$example/static" "$dir/static"
# The corpus's pages show images it does not make: one placeholder photo
# each, of the format its extension names.
command -v vips >/dev/null || { echo "corpus_site.sh: needs vips (apt-get install libvips-tools)" >&2; exit 1; }
placeholders=$(mktemp -d)
trap 'rm -rf "$placeholders"' EXIT
vips gaussnoise "$placeholders/noise.v" 64 48 --sigma 30 --mean 128 --seed 1
vips cast "$placeholders/noise.v" "$placeholders/grey.v" uchar
vips bandjoin "$placeholders/grey.v $placeholders/grey.v $placeholders/grey.v" "$placeholders/rgb.v"
for format in jpg png webp; do vips copy "$placeholders/rgb.v" "$placeholders/placeholder.$format"; done
grep -rhoE '\]\(/images/[^ )"]+' "$dir/content" | sed 's|^](/||' | sort -u | while read -r image; do
    mkdir -p "$dir/static/$(dirname "$image")"
    cp "$placeholders/placeholder.${image##*.}" "$dir/static/$image"
done
