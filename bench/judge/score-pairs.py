#!/usr/bin/env python3
"""Score a blind judge's answers on summary pairs (make-pairs.py).

KEY is NAME.key.json; LABELS holds one `ITEM_ID<TAB>A|B|TIE<TAB>reason` line per item.
Answers are mapped back to systems. Per source and overall, for the key's first system
against its second: wins, losses, ties (identical pairs always count as ties, whatever the
answer; an identical pair answered A or B is reported as a judge slip), net preference =
(won - lost) / pairs (positive: the first system is preferred), and a two-sided sign test over the pairs that are not ties. Missing,
duplicate and unknown item ids and unknown answers are listed; the score uses the items that
have a valid answer.

Usage: bench/judge/score-pairs.py KEY.json LABELS.tsv
"""
import math

import common


def sign_test(wins, losses):
    """Two-sided exact binomial p-value of wins vs losses at p = 0.5."""
    n = wins + losses
    if n == 0:
        return 1.0
    k = min(wins, losses)
    return min(1.0, 2 * sum(math.comb(n, i) for i in range(k + 1)) / 2 ** n)


def main():
    key, labels, problems = common.key_and_labels(__doc__, {"A", "B", "TIE"})
    first, second = key["systems"]
    items = key["items"]

    counts = {}  # source -> [won, lost, tie, identical]
    for item, (answer, _) in labels.items():
        k = items.get(item)
        if k is None:
            continue
        c = counts.setdefault(k["source"], [0, 0, 0, 0])
        if k["identical"]:
            c[2] += 1
            c[3] += 1
            if answer != "TIE":
                problems.append(f"{item}: identical summaries answered {answer} (counted as a tie)")
        elif answer == "TIE":
            c[2] += 1
        elif k[answer] == first:
            c[0] += 1
        else:
            c[1] += 1

    print(f"{key['name']}: {first} vs {second} ({len(items)} items in the key)\n")
    print(f"| source | pairs | {first} won | {first} lost | ties (identical) | net preference | sign test p |")
    print("|---|---|---|---|---|---|---|")
    total = [0, 0, 0, 0]
    rows = sorted(counts.items(), key=lambda kv: common.source_rank(kv[0])) + [("**all**", None)]
    for source, c in rows:
        if c is None:
            c = total
        else:
            total = [x + y for x, y in zip(total, c)]
        pairs = c[0] + c[1] + c[2]
        net = f"{(c[0] - c[1]) / pairs:+.2f}" if pairs else "-"
        print(f"| {source} | {pairs} | {c[0]} | {c[1]} | {c[2]} ({c[3]}) | {net} | {sign_test(c[0], c[1]):.3f} |")
    common.print_problems(problems)


if __name__ == "__main__":
    main()
