#!/usr/bin/env python3
"""Draw the quote audit sample of docs/audits/quotes.md from a kroniek export.

Usage: audit-quotes.py EXPORT.json [SEED] > docs/audits/quotes.md

Takes 50 random direct and 30 random indirect quotes (random.Random(SEED), default 15) from the
articles of the export that are not a duplicate_of another nor in the held-out gold, and prints per quote: the article id,
the quote, the speaker as kroniek shows it, the evidence (the sentences around the quote and its
attribution, the quote in «»), and an empty verdict column for a judge who reads the article.
"""
import json
import random
import re
import sys

# The articles of the held-out gold (docs/heldout/dpg-held.json): never drawn, so that nobody tunes on them.
HELD_OUT = {10804143, 10672454, 10751787, 10799160, 10766053, 10797725, 10750668, 10683209, 10768011, 10771795}


def sentence_bounds(text, start, end):
    """Widen [start, end) to the sentence before start and the end of the sentence holding end."""
    s = start
    for _ in range(2):  # back to the start of the sentence before
        m = max(text.rfind(". ", 0, max(s - 2, 0)), text.rfind("? ", 0, max(s - 2, 0)), text.rfind("! ", 0, max(s - 2, 0)))
        s = m + 2 if m >= 0 else 0
        if start - s > 120:
            break
    m = re.search(r"[.?!]['\"”’]*(\s|$)", text[end:])
    e = end + m.end() if m else len(text)
    return s, min(e, end + 400)


def cell(s):
    return s.replace("|", "\\|").replace("\n", " ")


def main():
    export = json.load(open(sys.argv[1]))
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    arts = {a["id"]: a for a in export["articles"] if not a.get("duplicate_of") and int(a["id"]) not in HELD_OUT}
    names = {e["id"]: e["name"] for e in export["entities"]}
    rng = random.Random(seed)
    out = []
    for kind, n in (("direct", 50), ("indirect", 30)):
        pool = [q for q in export["quotes"] if q["kind"] == kind and q["article"] in arts]
        out.append((kind, len(pool), rng.sample(pool, min(n, len(pool)))))
    print("# Quote audit sample (dpgmedia2019)\n")
    print(f"Drawn by `python3 scripts/audit-quotes.py EXPORT.json {seed}` (seed {seed}) from the export of the whole")
    print("dpgmedia corpus (commands in docs/bench/quote.md); articles that are a copy of another and the")
    print("held-out gold's articles are left out.")
    print("Per quote: the article, the quoted words as kroniek stores them, the speaker as the report shows it,")
    print("and the sentences around it (the quote in «»). **Verdict** is for a judge who reads the article:")
    print("`ok` when span and speaker are both right, else say what is wrong (span, speaker, not a quote).\n")
    for kind, total, sample in out:
        print(f"## {len(sample)} {kind} quotes (of {total})\n")
        print("| # | article | quote | speaker shown | evidence | verdict |")
        print("|---|---|---|---|---|---|")
        for i, q in enumerate(sample, 1):
            raw = arts[q["article"]]["text"].encode()  # offsets are bytes

            def at(b):
                return len(raw[:b].decode("utf-8", "ignore"))

            text = raw.decode()
            qs, qe = at(q["start"]), at(q["end"])
            lo = min(qs, at(q.get("speaker_start") or q["start"]))
            hi = max(qe, at(q.get("speaker_end") or q["end"]))
            s, e = sentence_bounds(text, lo, hi)
            ev = text[s:qs] + "«" + text[qs:qe] + "»" + text[qe:e]
            who = names.get(q.get("speaker")) or q.get("speaker_text") or "spreker onbekend / unknown speaker"
            print(f"| {i} | {q['article']} | {cell(q['text'])} | {cell(who)} | {cell(ev)} | |")
        print()


if __name__ == "__main__":
    main()
