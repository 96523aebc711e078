#!/usr/bin/python3
"""dask-speed.py - documents per second of precis.dask on a LocalCluster of 1 and 2 worker
processes, against `precis batch -j N` and the Python binding in one process, on the same input.

Input: the shared news dev sets (4,156 articles) repeated --repeat times, cut into shards of
--shard lines (written to a temporary directory). Each figure is the median of --runs runs
after one warm-up run; the Dask figures exclude starting the cluster (reported apart) and
include reading the shards, summarising and writing the output shards.

    PYTHONPATH=python bench/dask-speed.py [--repeat 5] [--shard 200] [--runs 3]
"""

import argparse
import glob
import os
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def median_time(fn, runs):
    fn()  # warm-up
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), times


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--shard", type=int, default=200)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--data", default=os.environ.get("PRECIS_SHARED_DATA") or os.path.join(
        os.path.dirname(ROOT), "shared", "data"))
    ap.add_argument("--precis", default=os.path.join(ROOT, "build", "src", "cli", "precis"))
    args = ap.parse_args()

    import distributed
    import precis.dask

    files = sorted(glob.glob(os.path.join(args.data, "news", "*", "dev.jsonl")))
    if not files:
        sys.exit("dask-speed.py: no news/*/dev.jsonl under %s" % args.data)
    lines = []
    for f in files:
        with open(f, "rb") as fh:
            lines.extend(fh.readlines())
    lines = lines * args.repeat
    n = len(lines)
    tmp = tempfile.mkdtemp(prefix="precis-dask-bench-")
    joined = os.path.join(tmp, "all.jsonl")
    with open(joined, "wb") as f:
        f.write(b"".join(lines))
    mb = os.path.getsize(joined) / 1e6
    shards = []
    os.makedirs(os.path.join(tmp, "in"))
    for k in range(0, n, args.shard):
        path = os.path.join(tmp, "in", "part-%05d.jsonl" % (k // args.shard))
        with open(path, "wb") as f:
            f.write(b"".join(lines[k:k + args.shard]))
        shards.append(path)
    print("load average at the start: %s" % " ".join(open("/proc/loadavg").read().split()[:3]))
    print("input: %d documents, %.1f MB, %d shards of %d lines" % (n, mb, len(shards), args.shard))

    rows = []

    def row(name, seconds, times):
        rows.append((name, seconds, times))
        print("%-40s %7.2f s  %7.0f docs/s  (runs: %s)" % (name, seconds, n / seconds,
                                                          ", ".join("%.2f" % t for t in times)), flush=True)

    for j in (1, 2):
        def batch(j=j):
            with open(os.devnull, "wb") as out:
                subprocess.run([args.precis, "batch", "-j", str(j), joined], stdout=out, check=True)
        row("precis batch -j %d" % j, *median_time(batch, args.runs))

    raw = [(i + 1, line.rstrip(b"\n")) for i, line in enumerate(lines)]

    def one_thread():
        precis.dask.summarize_lines(raw)
    row("Python, 1 thread (summarize_lines)", *median_time(one_thread, args.runs))

    half = len(raw) // 2

    def two_threads():
        with ThreadPoolExecutor(2) as pool:
            list(pool.map(lambda part: precis.dask.summarize_lines(part), [raw[:half], raw[half:]]))
    row("Python, 2 threads (one summariser each)", *median_time(two_threads, args.runs))

    for workers in (1, 2):
        t = time.perf_counter()
        cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                           dashboard_address=None, silence_logs=40)
        client = distributed.Client(cluster)
        start = time.perf_counter() - t
        out = os.path.join(tmp, "out-%d" % workers)

        def run(client=client, out=out):
            precis.dask.summarize_files(shards, out, client=client)
        seconds, times = median_time(run, args.runs)
        row("precis.dask, LocalCluster %d worker%s" % (workers, "s" if workers > 1 else ""), seconds, times)
        print("  (cluster start: %.1f s)" % start)
        client.close()
        cluster.close()

    print("load average at the end: %s" % " ".join(open("/proc/loadavg").read().split()[:3]))
    base = dict((name, s) for name, s, _ in rows)["precis batch -j 2"]
    print("\n| engine | seconds (median of %d) | documents/s | against `precis batch -j 2` |" % args.runs)
    print("|---|---|---|---|")
    for name, seconds, _ in rows:
        print("| %s | %.2f | %s | %.2fx |" % (name, seconds, format(int(n / seconds), ","), seconds / base))
    subprocess.run(["rm", "-rf", tmp], check=False)


if __name__ == "__main__":
    main()
