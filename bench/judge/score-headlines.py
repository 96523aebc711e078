#!/usr/bin/env python3
"""Score a blind judge's headline labels (make-headlines.py).

KEY is NAME.key.json; LABELS holds one `ID<TAB>OK|BROKEN<TAB>kind` line per headline.
Prints, per system and source, the share of headlines labelled OK (acceptable %), the
BROKEN ones by kind, and the generated headlines identical to the real title (the key's
same_as_title: such a headline is the title, not a generation, and flatters the system).
The real titles calibrate the judge: they should be ~98 % OK; when fewer than
CALIBRATION % are, the report says the judge is too strict. Missing, duplicate and unknown
ids and unknown labels or kinds are listed.

Usage: bench/judge/score-headlines.py KEY.json LABELS.tsv
"""
import common

KINDS = ("cut", "noverb", "pronoun", "ungrammatical", "other")
CALIBRATION = 95.0


def main():
    key, labels, problems = common.key_and_labels(__doc__, {"OK", "BROKEN"})
    items = key["items"]

    table = {}  # (system, source) -> {"n", "ok", kind...}
    same = {}  # system -> [item ids identical to the title]
    for item, (answer, rest) in sorted(labels.items()):
        k = items.get(item)
        if k is None:
            continue
        cell = table.setdefault((k["system"], k["source"]), dict.fromkeys(("n", "ok") + KINDS, 0))
        cell["n"] += 1
        if answer == "OK":
            cell["ok"] += 1
        else:
            kind = rest[0].lower() if rest and rest[0] else ""
            if kind not in KINDS:
                problems.append(f"{item}: BROKEN with kind {kind!r} (counted as other)")
                kind = "other"
            cell[kind] += 1
        if k.get("same_as_title"):
            same.setdefault(k["system"], []).append(item)

    systems = list(key["systems"])
    systems += sorted({s for s, _ in table} - set(systems))
    print(f"{key['name']}: {len(items)} headlines in the key, {len(labels)} labelled\n")
    print("| system | source | headlines | acceptable % | " + " | ".join(KINDS) + " | = title |")
    print("|---|---|---|---|" + "---|" * len(KINDS) + "---|")
    for system in systems:
        cells = sorted(((src, c) for (s, src), c in table.items() if s == system),
                       key=lambda sc: common.source_rank(sc[0]))
        if not cells:
            continue
        total = dict.fromkeys(("n", "ok") + KINDS, 0)
        for _, c in cells:
            for f in total:
                total[f] += c[f]
        n_same = {src: sum(items[i]["source"] == src for i in same.get(system, [])) for src, _ in cells}
        for src, c in cells + [("**all**", total)]:
            eq = n_same.get(src, sum(n_same.values()))
            print(f"| {system} | {src} | {c['n']} | {common.pct(c['ok'], c['n'])} | "
                  + " | ".join(str(c[k]) for k in KINDS) + f" | {eq} |")

    titles = [c for (s, _), c in table.items() if s == "title"]
    n, ok = sum(c["n"] for c in titles), sum(c["ok"] for c in titles)
    print()
    if n:
        verdict = ("the judge is TOO STRICT: treat the other systems' figures as lower bounds"
                   if 100.0 * ok / n < CALIBRATION else "the judge is calibrated")
        print(f"Calibration: real titles {common.pct(ok, n)} % OK ({ok}/{n}; expected ~98 %, "
              f"threshold {CALIBRATION:.0f} %): {verdict}.")
    else:
        print("Calibration: no real titles were labelled; the judge's strictness is unknown.")
    for system, ids in sorted(same.items()):
        print(f"Identical to the real title: {system}: {len(ids)} ({', '.join(ids)})")
    common.print_problems(problems)


if __name__ == "__main__":
    main()
