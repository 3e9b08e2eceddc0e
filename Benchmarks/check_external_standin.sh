#!/usr/bin/env bash
# Usage: Benchmarks/check_external_standin.sh SITEGEN_BINARY [PORT]
#
# Runs `sitegen check --external` twice on a copy of site-example/ whose
# links to other sites lead to Benchmarks/link_standin.py on 127.0.0.1
# (https://HOST/PATH becomes http://127.0.0.1:PORT/HOST/PATH; the site's own
# address and the archived copies are left alone), and prints each run's
# output, its time, and how many requests the stand-in received: the second
# run, within the week, is answered by the cache and asks nothing.
set -euo pipefail
binary=$(realpath "$1")
port=${2:-8471}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

cp -r "$here/../site-example" "$work/site"
rm -rf "$work/site/public" "$work/site/.sitegen"
base="http://127.0.0.1:$port"
# Every https:// address but the archive's and the site's own; www. text
# (autolinked) too, but for the site's own name.
perl -pi -e "s{https://(?!web\.archive\.org|www\.boulangerie-martin\.fr)([a-z0-9.-]+)/}{$base/\$1/}g" \
  "$work/site/links.yml" $(find "$work/site/content" -name '*.md')
perl -pi -e "s{(?<![/\w.])www\.(?!boulangerie-martin)([a-z0-9-]+\.[a-z]+)}{$base/www.\$1/}g" $(find "$work/site/content" -name '*.md')

python3 "$here/link_standin.py" "$port" 2> "$work/requests.log" &
server=$!
for _ in $(seq 50); do
  python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 1)" 2>/dev/null && break
  sleep 0.1
done

for run in first second; do
  before=$(wc -l < "$work/requests.log")
  start=$(date +%s.%N)
  status=0
  "$binary" check --external --site "$work/site" > "$work/out.txt" || status=$?
  end=$(date +%s.%N)
  after=$(wc -l < "$work/requests.log")
  echo "== $run run: exit $status, $(python3 -c "print(f'{$end - $start:.2f}')") s, $((after - before)) requests to the stand-in"
  sed "s#$work/site/##g; s#$base#http://127.0.0.1:PORT#g" "$work/out.txt"
done
