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
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def cpu(who=resource.RUSAGE_SELF):
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def median_time(fn, runs):
    """Median wall-clock seconds, the runs' times, and median CPU seconds: fn returns the CPU
    seconds it used (the machine is shared, so CPU time is the steadier measure of overhead)."""
    fn()  # warm-up
    times, cpus = [], []
    for _ in range(runs):
        t = time.perf_counter()
        cpus.append(fn())
        times.append(time.perf_counter() - t)
    return statistics.median(times), times, statistics.median(cpus)


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

    def row(name, seconds, times, cpu_seconds):
        rows.append((name, seconds, times, cpu_seconds))
        print("%-40s %7.2f s  %7.0f docs/s  CPU %6.2f s  (runs: %s)" % (
            name, seconds, n / seconds, cpu_seconds, ", ".join("%.2f" % t for t in times)), flush=True)

    for j in (1, 2):
        def batch(j=j):
            c = cpu(resource.RUSAGE_CHILDREN)
            with open(os.devnull, "wb") as out:
                subprocess.run([args.precis, "batch", "-j", str(j), joined], stdout=out, check=True)
            return cpu(resource.RUSAGE_CHILDREN) - c
        row("precis batch -j %d" % j, *median_time(batch, args.runs))

    raw = [(i + 1, line.rstrip(b"\n")) for i, line in enumerate(lines)]

    def one_thread():
        c = cpu()
        precis.dask.summarize_lines(raw)
        return cpu() - c
    row("Python, 1 thread (summarize_lines)", *median_time(one_thread, args.runs))

    half = len(raw) // 2

    def two_threads():
        c = cpu()
        with ThreadPoolExecutor(2) as pool:
            list(pool.map(lambda part: precis.dask.summarize_lines(part), [raw[:half], raw[half:]]))
        return cpu() - c
    row("Python, 2 threads (one summariser each)", *median_time(two_threads, args.runs))

    for workers in (1, 2):
        t = time.perf_counter()
        cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                           dashboard_address=None, silence_logs=40)
        client = distributed.Client(cluster)
        start = time.perf_counter() - t
        out = os.path.join(tmp, "out-%d" % workers)

        def run(client=client, out=out):
            # The workers' CPU time, and this process's (scheduler, nannies, client).
            before, c = client.run(cpu), cpu()
            precis.dask.summarize_files(shards, out, client=client)
            after = client.run(cpu)
            return sum(after[w] - before.get(w, 0) for w in after) + cpu() - c
        row("precis.dask, LocalCluster %d worker%s" % (workers, "s" if workers > 1 else ""),
            *median_time(run, args.runs))
        print("  (cluster start: %.1f s)" % start)
        client.close()
        cluster.close()

    print("load average at the end: %s" % " ".join(open("/proc/loadavg").read().split()[:3]))
    base = [r for r in rows if r[0] == "precis batch -j 2"][0]
    print("\n| engine | seconds (median of %d) | documents/s | time against `precis batch -j 2` "
          "| CPU seconds | CPU against `precis batch -j 2` |" % args.runs)
    print("|---|---|---|---|---|---|")
    for name, seconds, _, cpu_seconds in rows:
        print("| %s | %.2f | %s | %.2fx | %.2f | %.2fx |" % (name, seconds, format(int(n / seconds), ","),
                                                          seconds / base[1], cpu_seconds, cpu_seconds / base[3]))
    subprocess.run(["rm", "-rf", tmp], check=False)


if __name__ == "__main__":
    main()
