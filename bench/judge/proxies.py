#!/usr/bin/env python3
"""Automatic proxies of what a blind judge looks at, per source, as Markdown tables.

Summaries (per system: share of the summaries that ...):
  lede      contain the lede: the first sentence `precis segment` finds (the title line it
            detects is not a sentence) that ends as a sentence does and is no furniture line
            (below): a header or photo caption split off the lede it was run into is passed over.
  dangling  have a dangling opener: a chosen sentence whose previous sentence in the
            document (passing over a sentence all in brackets or all in capitals: furniture
            split off) is not chosen (and that is not the document's first) and that opens on
            - a pronoun (PRONOUNS; "this/that/these" before a time word such as "this
              year" does not count),
            - a connective (CONNECTIVES, CONNECTIVE_PHRASES), or
            - a name the summary has not introduced: an honorific + X ("Mr Smith", HONORIFICS)
              or a bare surname X (a capitalised word, not followed by another, that an
              earlier document sentence showed after a capitalised first name and never in
              lower case), where X does not appear in the summary's earlier sentences.
  quote cut hold a sentence that ends on a comma and a closing quotation mark (or a question
            mark standing for one, as in text that lost its curly quotes): a quotation whose
            "..., she said" was left in another sentence, so it reads as unattributed.
  debris    contain page furniture: a DEBRIS pattern (captions, credits, social media, calls
            to action, URLs, handles, "Daily Mail", ...) or a sentence in ALL CAPS (at least
            ten letters, none lower-case) or with a run of four ALL-CAPS words.
Headlines (per system: share of the headlines that ...):
  cut       end on a function word (FUNCTION_WORDS: prepositions, articles, conjunctions,
            auxiliaries, possessives) or a possessive 's, or on a comma, colon, semicolon,
            dash or opening quote.
  pronoun   open on a pronoun (PRONOUNS).
  no verb   have no verb-like word. Rough: a word is verb-like when it is in VERBS
            (auxiliaries, modals, common irregular verbs), ends in -ed (4+ letters) or -ing
            (6+), follows "to", or is a lower-case word of 4+ letters ending in -s (not -ss,
            -us, -is) after the first word (headline present tense: "Striker seals ...").
            Plural nouns pass for verbs, so this undercounts; it catches noun phrases such
            as "Carelessness of the hospital staff". Only the words before a relative word
            (RELATIVES) count: "Policeman who stopped drunk woman" has no verb of its own.
  subord    open on a subordinate or adverbial clause with no main clause after it: a
            subordinator (SUBORDINATORS), possibly after a time phrase ("Day after", "Two
            years after", TIME_LEAD), and no comma later in the headline (a main clause after
            a comma passes). "As many as" and "after" + a noun phrase alone are not flagged.
  nocomp    a verb that needs a complement left without it: the headline ends on a verb of
            COMPLEMENT_VERBS with nothing after, or such a verb is followed by a noun phrase
            and no second part ("termed the election results" without "as ..." or a quote),
            or ends on an adjective-only word after a verb ("launched extraordinary",
            ADJ_ENDS). Rough: "named" or "called" can also end a passive headline.
  deletion  a deletion that broke the grammar: a relative word + past participle + "by" or
            "with" (the auxiliary of a passive removed: "who credited with", "who detained
            by"), a possessive 's after a preposition or article ("of 's"), a modal + a past
            form ("couldn't colluded").
  slug      not a sentence: a time stamp or date alone ("6.42pm BST", "February 9, 2013, 8
            am"), a wire slug or transcript label ("Remarks by ...", "Text of ...", "eds :").
  lostpoint complete but the point cut off (issue #14, third round): the headline ends on a
            light noun that waited for its relative clause ("doubled level", "confirmed as
            man", LIGHT_NOUNS), on a noun that waited for its preposition ("trading on
            interest", "to take part", NOUN_COMPLEMENTS), on a concession ("may only be
            small", "is not only convenient") or on an adjective-only word after a
            preposition ("mix of naive"). Misses a point lost anywhere else ("Tim Henman
            saved match point" passes); flags a light noun that ends a headline well
            ("named man of the match"); "take place", "make way" and "surge in demand" pass.

Systems: the given NAME=FILE outputs (JSON Lines as `precis batch` writes them); without
any, `precis batch -j 1` with the defaults is run ("precis"). Lead-3 ("lead3") is always
added from the segmentation, and the headline table adds the real titles ("title") and the
ten-word lede prefix ("prefix"). Input: a sample file (--sample) or the whole dev sets of
--sources. --show KIND prints the flagged sentences of TUNE-half items (never REPORT).

Usage: bench/judge/proxies.py [--precis BIN] [--sample FILE | --sources bbc,inshorts,cnndm]
                              [NAME=FILE ...] [--show lede|dangling|quotecut|debris|cut|pronoun|noverb|
                              subord|nocomp|deletion|slug|lostpoint]
"""
import argparse
import os
import re

import common

PRONOUNS = {"he", "she", "it", "they", "him", "her", "his", "hers", "its", "their", "theirs",
            "them", "this", "these", "those", "that", "such"}
TIME_WORDS = {"year", "years", "week", "weeks", "month", "months", "morning", "afternoon",
              "evening", "season", "summer", "winter", "spring", "autumn", "weekend", "time",
              "day", "days", "term", "decade", "century"}
CONNECTIVES = {"but", "however", "instead", "also", "meanwhile", "still", "yet", "so", "and",
               "or", "nor", "then", "thus", "hence", "therefore", "moreover", "furthermore",
               "besides", "nevertheless", "nonetheless", "consequently", "otherwise",
               "likewise", "similarly", "additionally", "indeed", "anyway", "rather",
               "conversely", "accordingly", "further", "plus", "though", "again", "too"}
CONNECTIVE_PHRASES = ("in addition", "as a result", "on the other hand", "in contrast",
                      "by contrast", "at the same time", "even so", "despite this",
                      "despite that", "because of this", "in turn", "after that",
                      "apart from that", "as well", "on top of that", "that said")
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "lord", "lady", "mr.", "mrs.",
              "ms.", "dr.", "prof."}
DEBRIS = [re.compile(p) for p in (
    r"(?i)\bphoto:", r"\(Photo", r"(?i)\bpic\.twitter\.com", r"(?i)scroll down for (the )?video",
    r"(?i)\bread more\b", r"(?i)\bclick here\b", r"(?<![\w.])@[A-Za-z_]\w+", r"(?i)https?://",
    r"(?i)\bwww\.\w", r"\bGetty Images\b", r"\bDaily Mail\b", r"(?i)\bimage (copyright|caption)\b",
    r"(?i)\bmedia playback\b", r"(?i)\ball rights reserved\b", r"(?i)\bfollow us\b",
    r"(?i)\bshare this\b", r"\bAdvertisement\b", r"(?i)\bcredit:",
    r"\b(AFP|AP|Reuters|PA|EPA)/", r"(?i)\bvideo:", r"(?i)\bwatch:")]
FUNCTION_WORDS = {
    # prepositions
    "of", "in", "on", "at", "to", "for", "with", "by", "from", "about", "as", "into", "onto",
    "over", "under", "after", "before", "between", "against", "during", "without", "within",
    "through", "across", "among", "amid", "upon", "via", "than", "like", "near", "since",
    "until", "towards", "toward", "despite", "following", "per", "including",
    # articles and determiners
    "a", "an", "the", "this", "these", "those", "every", "each", "some", "any", "no",
    # conjunctions and relatives
    "and", "or", "but", "nor", "so", "yet", "because", "while", "if", "that", "which", "who",
    "whom", "whose", "when", "where", "although", "though", "whether", "unless",
    # auxiliaries and modals
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do",
    "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
    "not",
    # possessives ("her" is left out: it is as often an object)
    "my", "your", "his", "its", "our", "their"}
VERBS = {
    "is", "are", "was", "were", "be", "been", "am", "has", "have", "had", "do", "does", "did",
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "won't",
    "can't", "isn't", "aren't", "wasn't", "don't", "doesn't", "didn't",
    "say", "says", "said", "told", "won", "win", "lost", "lose", "took", "take", "made",
    "make", "went", "go", "came", "come", "gave", "give", "got", "get", "saw", "see", "found",
    "find", "left", "hit", "set", "put", "cut", "fell", "fall", "rose", "rise", "beat", "led",
    "lead", "held", "hold", "sold", "sell", "bought", "buy", "paid", "pay", "met", "meet",
    "ran", "run", "sent", "send", "spent", "kept", "keep", "brought", "thought", "became",
    "become", "began", "begin", "chose", "drew", "drove", "fled", "flee", "flew", "grew",
    "knew", "shot", "spoke", "stood", "struck", "swore", "threw", "wrote", "quit", "bid",
    "hurt", "let", "sat", "slid", "sank", "stole", "woke", "wore", "told", "tell", "seek",
    "sought", "want", "need", "face", "back", "boost", "plan", "vow", "urge", "warn", "call",
    "slam", "deny", "die", "kill", "join", "hail", "open", "close", "reject", "broke", "break",
    "fought", "fight", "caught", "catch", "bit", "shut", "hid", "bore", "forgot", "forgave"}
NOT_S_VERBS = ("ss", "us", "is", "ics", "ness")
RELATIVES = {"who", "which", "whose", "whom"}
SUBORDINATORS = {"while", "although", "though", "whether", "if", "when", "whenever", "because",
                 "as", "since", "unless", "until", "once", "after", "before", "whereas"}
# Words a leading time phrase is made of ("A day after", "Two years after", "Hours before").
TIME_LEAD = {"a", "day", "days", "week", "weeks", "month", "months", "year", "years", "hour",
             "hours", "minute", "minutes", "moments", "shortly", "soon", "just", "even", "only",
             "two", "three", "four", "five", "six", "ten", "few", "several", "fifty", "twenty",
             "decades", "long"}
AS_DEGREE = {"many", "much", "well", "long", "far", "soon", "little", "few", "high", "low",
             "part", "a", "the"}
# Verbs that take an object and a second complement: "termed X (as) Y", "credited X with Y".
COMPLEMENT_VERBS = {"termed", "dubbed", "branded", "labelled", "labeled", "deemed", "described",
                    "credited", "accused", "urged", "handed", "gave", "told", "put", "placed",
                    "regarded", "considered", "hailed", "blamed", "rated"}
# Verbs before which an adjective-only last word is a cut noun phrase ("launched extraordinary").
COPULAS = {"is", "are", "was", "were", "be", "been", "being", "am", "become", "became", "becomes",
           "remain", "remains", "remained", "seem", "seems", "seemed", "look", "looks", "looked",
           "stay", "stays", "stayed", "feel", "feels", "felt", "get", "gets", "got", "turn",
           "turns", "turned", "prove", "proves", "proved", "go", "goes", "went", "not", "so",
           "too", "very", "more", "most", "less", "and", "or", "but", "than"}
SLUGS = re.compile(r"(?i)^(?:\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?$"
                   r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b[\d\s,.:apm]*$"
                   r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{4}[\d\s,.:apm]*$"
                   r"|(?:remarks|text|transcript|excerpts?|full text|highlights|results|schedule|list)\s+(?:by|of|from)\b"
                   r"|(?:eds?|editors?|urgent|update|advisory|correction|attention)\s*[:\-]"
                   r"|[^a-z]*$)")
QUOTES = "\"'‘’“”«»(["


def words(text):
    return [w for w in re.split(r"\s+", text.strip()) if w]


def bare(word):
    """A word without surrounding quotes and punctuation, and without a possessive 's."""
    w = word.strip(QUOTES + ".,;:!?)]—–-")
    return re.sub(r"['’]s$", "", w)


def is_pronoun(word):
    """A pronoun of PRONOUNS, but not an acronym ("IT major ...")."""
    w = bare(word)
    return w.lower() in PRONOUNS and not (len(w) > 1 and w.isupper())


def opener(sentence):
    """Why @sentence's opening would dangle without its context: 'pronoun', 'connective',
    or None (names are checked by name_opener)."""
    raw = words(sentence)[:4]
    ws = [bare(w).lower() for w in raw]
    if not ws:
        return None
    first = ws[0]
    head = " ".join(ws)
    if any(head.startswith(p) for p in CONNECTIVE_PHRASES) or first in CONNECTIVES:
        return "connective"
    if is_pronoun(raw[0]):
        if first in ("this", "that", "these") and len(ws) > 1 and ws[1] in TIME_WORDS:
            return None
        return "pronoun"
    return None


def is_cap(w):
    return len(w) > 1 and w[0].isupper() and w[1:].replace("-", "").isalpha() and not w.isupper()


def name_opener(sentence, introduced, earlier_doc):
    """The name @sentence opens on when the summary has not introduced it (@introduced: the
    words of its earlier sentences), else None. @earlier_doc: the words of the document's
    sentences before this one."""
    ws = [bare(w) for w in words(sentence)[:3]]
    if len(ws) < 2:
        return None
    if ws[0].lower() in HONORIFICS and is_cap(ws[1]):
        return None if ws[1] in introduced else f"{ws[0]} {ws[1]}"
    if is_cap(ws[0]) and not is_cap(ws[1]) and ws[0] not in introduced and ws[0].lower() not in earlier_doc:
        for i in range(1, len(earlier_doc)):
            if earlier_doc[i] == ws[0] and is_cap(earlier_doc[i - 1]):
                return ws[0]
    return None


def furniture_line(sentence):
    t = sentence.strip()
    return bool(t) and ((t[0] in "([" and t[-1] in ")]") or not any(c.islower() for c in t))


def lede_index(sentences):
    """The lede's index: the first sentence that is no furniture line and ends as a sentence
    does (passing over a header or a photo caption that precis split off the lede it was run
    into: it has no full stop), or 0 when none does."""
    for i, s in enumerate(sentences[:3]):
        t = s.strip()
        if t and not furniture_line(t) and re.search(r"[.!?\u2026][\"'\u201d\u2019)\]]*$", t):
            return i
    return 0


def dangling(chosen, sentences):
    """The first dangling opener of a summary (chosen: document indices, in order) as
    (index, reason), or None."""
    introduced = set()
    chosen_set = set(chosen)
    for d in chosen:
        s = sentences[d]
        # The sentence before, passing over page furniture that stands alone: a link's title in
        # brackets ("(Latest Sports stories)") or a header in capitals, split off by precis.
        p = d - 1
        while p > 0 and furniture_line(sentences[p]):
            p -= 1
        if d > 0 and p not in chosen_set:
            why = opener(s)
            if why is None:
                earlier = [bare(w) for t in sentences[:d] for w in words(t)]
                name = name_opener(s, introduced, earlier)
                why = f"name {name}" if name else None
            if why:
                return d, why
        introduced.update(bare(w) for w in words(s))
    return None


def quote_cut(sentence):
    return bool(re.search(r",\s*[\"'\u201d\u2019?]\s*$", sentence))


def debris(sentence):
    for p in DEBRIS:
        if p.search(sentence):
            return p.pattern
    letters = [c for c in sentence if c.isalpha()]
    if len(letters) >= 10 and not any(c.islower() for c in letters):
        return "ALL CAPS"
    run = 0
    for w in words(sentence):
        w = bare(w)
        run = run + 1 if len(w) > 1 and w.isalpha() and w.isupper() else 0
        if run >= 4:
            return "ALL CAPS run"
    return None


HEADLINE_KINDS = ("cut", "pronoun", "noverb", "subord", "nocomp", "deletion", "slug", "lostpoint")
LIGHT_NOUNS = {"man", "woman", "men", "women", "person", "people", "one", "ones", "thing", "things",
               "level", "levels", "rate", "point", "way", "extent", "place", "reason", "kind", "sort",
               "type", "amount", "moment", "stage"}
NOUN_COMPLEMENTS = {"interest", "part", "role", "stake", "rise", "fall", "increase", "drop",
                    "investment", "confidence", "involvement", "surge", "ban", "crackdown", "impact",
                    "demand", "bid", "plea", "calls", "responsibility"}
PREPOSITIONS = {"of", "in", "on", "at", "for", "with", "from", "by", "to", "into", "over", "about",
                "between", "among", "across", "under"}


def headline_flags(headline):
    """The proxies a headline trips: a subset of HEADLINE_KINDS."""
    flags = set()
    ws = words(headline)
    if not ws:
        return {"cut", "noverb"}
    last = ws[-1]
    if re.search(r"[,:;\-–—‘“(]$", last) or last in (",", ":", ";") or \
            bare(last).lower() in FUNCTION_WORDS or re.search(r"['’]s$", last.rstrip(".")):
        flags.add("cut")
    if is_pronoun(ws[0]):
        flags.add("pronoun")
    low = [bare(w).lower() for w in ws]
    verb = False
    for i, w in enumerate(low):
        if w in RELATIVES and i > 0:
            break  # a verb inside a relative clause is not the headline's ("Man who won ...")
        if w in VERBS or (len(w) >= 4 and w.endswith("ed")) or (len(w) >= 6 and w.endswith("ing")) \
                or (i > 0 and low[i - 1] == "to" and w.isalpha() and w not in FUNCTION_WORDS) \
                or (i > 0 and len(w) >= 4 and w.isalpha() and w.endswith("s") and not w.endswith(NOT_S_VERBS)
                    and not is_cap(bare(ws[i]))):
            verb = True
            break
    if not verb:
        flags.add("noverb")
    if subordinate_opener(ws, low):
        flags.add("subord")
    if missing_complement(ws, low):
        flags.add("nocomp")
    if broken_deletion(headline, low):
        flags.add("deletion")
    if SLUGS.match(headline.strip()):
        flags.add("slug")
    if lost_point(low):
        flags.add("lostpoint")
    return flags


def lost_point(low):
    """Whether a headline (lower-case bare words @low) stops where its point was still to come."""
    if len(low) < 3:
        return False
    last, prev = low[-1], low[-2]
    verb_or_prep = prev in PREPOSITIONS or prev in VERBS or prev.endswith("ed") or prev in ("take", "takes", "took")
    idiom = prev in ("take", "takes", "took", "taking", "make", "makes", "made", "lead", "led", "give", "gave")
    if last in LIGHT_NOUNS and (verb_or_prep or prev == "as") and not idiom:
        return True
    if last in NOUN_COMPLEMENTS and verb_or_prep and prev not in PREPOSITIONS:
        return True
    if prev == "only" and low[-3] in COPULAS | {"not"}:
        return True
    if len(low) > 3 and low[-3] == "only" and prev in COPULAS:
        return True
    if prev in PREPOSITIONS and lexicon().get(last) == "j":
        return True
    return False


def subordinate_opener(ws, low):
    """Whether the headline (its words @ws; lower-case and bare, @low) opens on a subordinate clause with
    no main clause after a comma."""
    i = 0
    while i < min(len(low), 3) and low[i] in TIME_LEAD:
        i += 1
    if i >= len(low) or low[i] not in SUBORDINATORS or (i > 0 and low[i] not in ("after", "before", "since", "as", "when")):
        return False
    if low[i] == "as" and i + 1 < len(low) and low[i + 1] in AS_DEGREE:
        return False
    return not any(w.endswith(",") for w in ws[i:])


def missing_complement(ws, low):
    """Whether a complement-taking verb lost its complement, or the headline ends on an
    adjective-only word after a verb."""
    for i, w in enumerate(low):
        if w in COMPLEMENT_VERBS:
            rest = ws[i + 1:]
            if not rest:
                return True
            if w in ("termed", "dubbed", "branded", "labelled", "labeled", "deemed", "described", "regarded", "hailed", "rated", "credited", "accused"):
                joined = " ".join(low[i + 1:])
                second = {"termed": None, "credited": "with", "accused": "of"}.get(w, "as")
                if not re.search(r"[\"'‘’“”]", " ".join(rest)) and (second is None and len(rest) > 3 or second is not None and f" {second} " not in f" {joined} "):
                    return True
    last = low[-1] if low else ""
    lex = lexicon()
    if last and lex.get(last, "n") in ("j", "jr") and len(low) > 1 and low[-2] not in COPULAS and not low[-2].endswith("ly"):
        prev = lex.get(low[-2], "n")
        if "v" in prev or "p" in prev or low[-2].endswith("ed"):
            return True
    return False


def broken_deletion(headline, low):
    if re.search(r"(?i)\b(?:who|which|that)\s+\w+ed\s+(?:by|with)\b", headline):
        return True
    if re.search(r"(?i)\b(?:of|in|on|at|from|to|for|by|with|the|a|an)\s+['’]s\b", headline):
        return True
    m = re.search(r"(?i)\b(?:can|could|would|should|will|shall|may|might|must)(?:n['’?]t)?\s+(?:not\s+)?(\w+ed)\b", headline)
    return bool(m and not m.group(1).lower().endswith("eed") and m.group(1).lower() not in ("shed", "wed", "bed", "embed"))


_LEXICON = {}


def lexicon():
    """precis's English part-of-speech lexicon (data/lexicon/english.txt): word -> tags."""
    if not _LEXICON:
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "lexicon", "english.txt")
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.startswith("#"):
                    w, t = line.rstrip("\n").split("\t")
                    _LEXICON[w] = t
    return _LEXICON


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("systems", nargs="*", metavar="NAME=FILE")
    ap.add_argument("--precis", default=common.DEFAULT_PRECIS, help="the precis binary (default build/src/cli/precis)")
    ap.add_argument("--sample", help="a sample file (default: the whole dev sets of --sources)")
    ap.add_argument("--sources", default=",".join(common.NEWS_SOURCES))
    ap.add_argument("--data")
    ap.add_argument("--show", choices=("lede", "dangling", "quotecut", "debris") + HEADLINE_KINDS)
    ap.add_argument("--titles", action="store_true",
                    help="give precis each record's title (its headline is then the title)")
    a = ap.parse_intermixed_args()
    if a.sample:
        records = common.read_jsonl(a.sample)
    else:
        data = common.data_dir(a.data)
        records = [r for s in a.sources.split(",") if s for r in common.load_source(data, s)]
    segs = common.segment(a.precis, records)
    systems = [(name, common.system_file(path)) for name, path in common.named_files(a.systems)]
    if not systems:
        systems = [("precis", {str(o["id"]): o for o in common.run_batch(a.precis, records, titles=a.titles)})]
    systems.append(("lead3", {r["id"]: {"sentences": [{"index": i} for i in range(min(3, len(s)))]}
                              for r, s in zip(records, segs)}))

    def show(kind, r, what):
        if a.show == kind and common.half(r["id"]) == "tune":
            print(f"  [{kind}] {r['id']}: {what}")

    sources = sorted({r["source"] for r in records}, key=common.source_rank)
    rows, hrows, mismatch = [], [], 0
    for source in sources:
        items = [(r, s) for r, s in zip(records, segs) if r["source"] == source]
        for name, out in systems:
            n = lede = dang = deb = cut = 0
            for r, sents in items:
                o = out.get(r["id"])
                if o is None or source not in common.NEWS_SOURCES:
                    continue
                if "n_document_sentences" in o and o["n_document_sentences"] != len(sents):
                    mismatch += 1
                chosen = [x["index"] for x in o.get("sentences", []) if x["index"] < len(sents)]
                n += 1
                first = lede_index(sents)
                lede += first in chosen
                if first not in chosen and sents:
                    show("lede", r, sents[first])
                dg = dangling(chosen, sents)
                if dg:
                    dang += 1
                    show("dangling", r, f"({dg[1]}) {sents[dg[0]]}")
                cq = next((d for d in chosen if quote_cut(sents[d])), None)
                if cq is not None:
                    cut += 1
                    show("quotecut", r, sents[cq])
                why = next(((d, w) for d in chosen for w in [debris(sents[d])] if w), None)
                if why:
                    deb += 1
                    show("debris", r, f"({why[1]}) {sents[why[0]]}")
            if n:
                rows.append(f"| {source} | {name} | {n} | {common.pct(lede, n)} | {common.pct(dang, n)} | {common.pct(cut, n)} | {common.pct(deb, n)} |")
        heads = [("title", {r["id"]: r.get("title") for r, _ in items}),
                 ("prefix", {r["id"]: " ".join(" ".join(s[:1]).split()[:10]) for r, s in items})]
        heads[1:1] = [(name, {i: o.get("headline") for i, o in out.items()}) for name, out in systems
                      if any("headline" in o for o in out.values())]
        for name, hl in heads:
            counts, n = {k: 0 for k in HEADLINE_KINDS}, 0
            any_flag = 0
            for r, _ in items:
                h = hl.get(r["id"])
                if h is None:
                    continue
                n += 1
                flags = headline_flags(h)
                any_flag += bool(flags)
                for f in flags:
                    counts[f] += 1
                    show(f, r, h)
            if n:
                hrows.append(f"| {source} | {name} | {n} | " + " | ".join(common.pct(counts[k], n) for k in counts) + f" | {common.pct(any_flag, n)} |")

    print("| source | system | summaries | lede % | dangling opener % | quote cut % | debris % |")
    print("|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    print("\n| source | headline of | headlines | cut % | pronoun opener % | no verb % | subordinate opener % "
          "| missing complement % | broken deletion % | slug % | lost point % | any % |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    print("\n".join(hrows))
    if mismatch:
        print(f"\nWarning: {mismatch} records where precis batch and precis segment count different sentences")


if __name__ == "__main__":
    main()
