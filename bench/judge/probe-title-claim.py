#!/usr/bin/env python3
"""The probe behind the editor's title rule (bench/RESULTS.md, "The title's claim"): rewrites
precis's summaries of a sample the way the rule was first tried, for a blind judgement
against precis's own. Word keys are the first five letters of a non-stopword; a summary whose
lede holds at most 1/LEDE of the title's keys and that misses at least MISS of them has its
third sentence replaced by the later sentence (8 words or more, not opening on a pronoun,
connective or quotation, no link, no run of capitals, no colon early, no glued words) that
brings the most missing keys, at least GAIN.

Usage: bench/judge/probe-title-claim.py SAMPLE.jsonl PRECIS.jsonl OUT.jsonl [MISS GAIN LEDE]
(PRECIS.jsonl from systems.py; the sentences from `precis segment`, build/src/cli/precis.)
"""
import re
import sys

import common
STOP = set("""a an the of to in on at for from by with and or but as is are was were be been being has have had
do does did will would shall should can could may might must it its this that these those he she they we you i
his her their our your my him them us me who whom whose which what when where why how not no than then so if
into over after before about up down out off says said say new more most after amid over under via vs v""".split())
OPEN = set("he she it they this that these those his her their its but and so yet however instead also meanwhile".split())
def words(s):
    return re.findall(r"[A-Za-z0-9][A-Za-z0-9'’-]*", s)
def key(w):
    w = w.lower().replace('’', "'")
    if w.endswith("'s"): w = w[:-2]
    return w[:5]
def content(s):
    return {key(w) for w in words(s) if w.lower() not in STOP and len(w) > 1}
recs = common.read_jsonl(sys.argv[1])
prec = {r['id']: r for r in common.read_jsonl(sys.argv[2])}
MISS = int(sys.argv[4]) if len(sys.argv) > 4 else 2
GAIN = int(sys.argv[5]) if len(sys.argv) > 5 else 2
LEDE = int(sys.argv[6]) if len(sys.argv) > 6 else 3
segs = common.segment(common.DEFAULT_PRECIS, recs)
out = []; changed = 0
for r, sents in zip(recs, segs):
    p = prec[r['id']]
    idx = [s['index'] for s in p['sentences']]
    new = dict(p)
    if r.get('title') and len(idx) == 3:
        t = content(r['title'])
        cov = set().union(*(content(sents[i]) for i in idx)) & t
        missing = t - cov
        lede = content(sents[idx[0]]) & t
        if len(missing) >= MISS and len(lede) * LEDE <= len(t):
            best = None
            for j in range(max(idx) + 1, len(sents)):
                s = sents[j]; ws = words(s)
                if len(ws) < 8 or ws[0].lower() in OPEN or s[0] in '"“‘\'' or 'http' in s or '@' in s or 'PHOTO' in s or re.search(r"[A-Z]{2,}\W+[A-Z]{2,}\W+[A-Z]{2,}", s) or ':' in ' '.join(ws[:5]) or re.search(r"[a-z][A-Z][a-z]", s):
                    continue
                g = len(content(s) & missing)
                if g >= GAIN and (best is None or g > best[0]):
                    best = (g, j)
            if best:
                j = best[1]
                nidx = idx[:2] + [j]
                new = dict(p); new['sentences'] = [{'index': i} for i in nidx]
                new['summary'] = [sents[i] for i in nidx]
                changed += 1
    out.append(new)
common.write_jsonl(sys.argv[3], out)
print('changed', changed, file=sys.stderr)
