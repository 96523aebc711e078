#!/usr/bin/env python3
"""Shrinks a harness's seed corpus to a few dozen inputs that keep most of its coverage.

    fuzz/minimise.py BUILD_FUZZ_DIR NAME [--keep N]

Runs the harness's libFuzzer merge over fuzz/corpus/NAME with a control file (which records
the code edges every input covers), then keeps the hand-written seeds (files whose names are
not 40-hex-digit hashes) and adds, greedily, the input that covers the most edges not yet
covered, until N inputs are kept or none adds anything (maximum coverage by set cover). The
corpus folder is rewritten with the kept files and the share of covered edges kept is printed.
A run grows its own corpus in the build tree (fuzz/meson.build), so the committed seeds only
need to reach the code's corners quickly; the dictionaries (fuzz/NAME.dict) do the rest.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

HASH = re.compile(r"^[0-9a-f]{40}$")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build")
    ap.add_argument("name")
    ap.add_argument("--keep", type=int, default=40)
    args = ap.parse_args()
    corpus = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus", args.name)
    harness = os.path.join(args.build, "fuzz", "fuzz-" + args.name)
    with tempfile.TemporaryDirectory() as tmp:
        control = os.path.join(tmp, "control")
        out = os.path.join(tmp, "out")
        os.mkdir(out)
        subprocess.run([harness, "-merge=1", "-merge_control_file=" + control, "-max_len=65536",
                        "-rss_limit_mb=2048", out, corpus], check=True, capture_output=True)
        lines = open(control, encoding="utf-8").read().split("\n")
        n_files = int(lines[0])
        files = lines[2:2 + n_files]
        features = {}
        for line in lines[2 + n_files:]:
            if line.startswith("COV "):
                parts = line.split()
                features[int(parts[1])] = set(int(x) for x in parts[2:])
        every = set().union(*features.values()) if features else set()
        kept, covered = [], set()
        for i, path in enumerate(files):
            if not HASH.match(os.path.basename(path)):
                kept.append(i)
                covered |= features.get(i, set())
        while len(kept) < args.keep:
            best, gain = None, 0
            for i, f in features.items():
                g = len(f - covered)
                if i not in kept and (g > gain or (g == gain and g > 0 and best is not None
                                                   and os.path.getsize(files[i]) < os.path.getsize(files[best]))):
                    best, gain = i, g
            if best is None:
                break
            kept.append(best)
            covered |= features[best]
        keep_paths = set(files[i] for i in kept)
        for name in os.listdir(corpus):
            path = os.path.join(corpus, name)
            if path not in keep_paths and os.path.relpath(path) not in keep_paths:
                os.remove(path)
        print("%s: kept %d of %d inputs, covering %d of their %d edges (%.1f %%)" % (
            args.name, len(kept), n_files, len(covered), len(every),
            100.0 * len(covered) / max(len(every), 1)))


if __name__ == "__main__":
    sys.exit(main())
