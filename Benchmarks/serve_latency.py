#!/usr/bin/env python3
"""Edit-to-served latency of `sitegen serve`, measured as
../shared/bench/hugo_watch_latency.py measures `hugo server`, so that the
two can be compared on the same corpus.

Usage:
    python3 Benchmarks/serve_latency.py SITE_DIR [--edits 10] [--port 8377]
            [--gap 1.5] [--sitegen .build/release/sitegen] [--drip N]

SITE_DIR is a corpus site made by Benchmarks/corpus_site.sh (gen_corpus.py's
pages with a site.yml and the images they show). For each edit: GET the page once, append a unique marker
paragraph to its Markdown file, and poll the page over loopback every 2 ms
until the marker appears. The files are restored and the server stopped at
the end. With --drip N, N more connections send a request head one byte
every 2 s for the whole run (closed ones are opened again), as a slowloris
client does: the latency should not change. Standard library only.
"""

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request


def get(url, timeout=5.0):
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.read()


def drip(port, count, stop, counts):
    """Keeps `count` connections sending a never-ending request head, one byte each every 2 s."""
    head = b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Drip: "
    conns = []
    while not stop.is_set():
        while len(conns) < count:
            try:
                s = socket.create_connection(("127.0.0.1", port), timeout=2)
                s.setblocking(False)
                conns.append([s, 0])
                counts["opened"] += 1
            except OSError:
                break
        alive = []
        for conn in conns:
            s, sent = conn
            try:
                s.send(head[sent:sent + 1] if sent < len(head) else b"a")
                conn[1] += 1
                alive.append(conn)
            except OSError:
                s.close()
                counts["closed"] += 1
        conns = alive
        stop.wait(2)
    for s, _ in conns:
        s.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site")
    parser.add_argument("--edits", type=int, default=10)
    parser.add_argument("--port", type=int, default=8377)
    parser.add_argument("--gap", type=float, default=1.5, help="idle seconds between edits (plus 0-0.5 s jitter)")
    parser.add_argument("--sitegen", default=".build/release/sitegen")
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--drip", type=int, default=0, help="slow-drip connections held open during the run")
    args = parser.parse_args()

    site = os.path.abspath(args.site)
    content = os.path.join(site, "content")
    files = []
    for section in sorted(os.listdir(content)):
        folder = os.path.join(content, section)
        if os.path.isdir(folder):
            files += [os.path.join(section, f) for f in sorted(os.listdir(folder)) if f.endswith(".md")]
    step = max(1, len(files) // args.edits)
    picks = [files[(i * step + step // 2) % len(files)] for i in range(args.edits)]

    log = tempfile.NamedTemporaryFile(prefix="sitegen-serve-", suffix=".log", delete=False)
    command = [args.sitegen, "serve", "--site", site, "--port", str(args.port)]
    print("starting:", " ".join(command), file=sys.stderr)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    base = "http://127.0.0.1:%d" % args.port
    originals = {}
    results = []
    stop_drip = threading.Event()
    drip_counts = {"opened": 0, "closed": 0}
    jitter = random.Random(12345)
    try:
        while True:
            if process.poll() is not None:
                raise SystemExit("sitegen serve exited early; see " + log.name)
            try:
                get(base + "/", timeout=1.0)
                break
            except Exception:
                time.sleep(0.05)
        startup = time.perf_counter() - started
        print("server up after %.2fs (pid %d, log %s)" % (startup, process.pid, log.name), file=sys.stderr)
        if args.drip:
            dripper = threading.Thread(target=drip, args=(args.port, args.drip, stop_drip, drip_counts), daemon=True)
            dripper.start()
        time.sleep(args.gap)
        for i, relative in enumerate(picks):
            path = os.path.join(content, relative)
            section, name = relative.split(os.sep)
            url = "%s/%s/%s/" % (base, section, name[:-3])
            get(url)
            time.sleep(0.2)
            with open(path, "rb") as f:
                original = f.read()
            originals.setdefault(path, original)
            marker = "editmarker%d%d" % (os.getpid(), i)
            with open(path, "wb") as f:
                f.write(original + ("\n\nEdited paragraph %s.\n" % marker).encode())
            t0 = time.perf_counter()
            polls = 0
            while True:
                polls += 1
                try:
                    if marker.encode() in get(url):
                        break
                except Exception:
                    pass
                if time.perf_counter() - t0 > args.timeout:
                    raise SystemExit("timed out waiting for edit %d" % i)
                time.sleep(0.002)
            elapsed = time.perf_counter() - t0
            results.append(elapsed)
            print("edit %2d %-56s served after %7.1f ms (%d polls)" % (i, relative[:56], elapsed * 1000, polls), file=sys.stderr)
            time.sleep(args.gap + jitter.uniform(0, 0.5))
    finally:
        stop_drip.set()
        for path, original in originals.items():
            with open(path, "wb") as f:
                f.write(original)
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
    latencies = sorted(r * 1000 for r in results)
    print("edits=%d served_ms median=%.1f min=%.1f max=%.1f" % (len(latencies), statistics.median(latencies), latencies[0], latencies[-1]))
    print("server_startup_s=%.2f" % startup)
    if args.drip:
        print("drip connections=%d opened=%d closed_by_server=%d" % (args.drip, drip_counts["opened"], drip_counts["closed"]))


if __name__ == "__main__":
    main()
