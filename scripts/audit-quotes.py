#!/usr/bin/env python3
"""Draw the quote audit sample of docs/audits/quotes.md from a kroniek export.

Usage: audit-quotes.py EXPORT.json [SEED] > docs/audits/quotes.md

Takes 50 random direct and 30 random indirect quotes (random.Random(SEED), default 15) from the
articles of the export that are not a duplicate_of another nor in the held-out gold (every article id of
docs/heldout/*.json), and prints per quote: the article id, the quote (its gaps, the attribution inside it, as " … "), the speaker as kroniek shows it, the evidence (the sentences around the quote and its
attribution, the quote in «»), and an empty verdict column for a judge who reads the article.
"""
import glob
import json
import os
import random
import re
import sys


def held_out():
    """The article ids of every held-out gold file (docs/heldout/*.json): never drawn, so that nobody tunes on them."""
    ids = set()
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "heldout")
    for path in glob.glob(os.path.join(root, "*.json")):
        gold = json.load(open(path))
        ids |= {str(d) for d in gold.get("docs", {})}
        for layer in gold.values():
            if isinstance(layer, list):
                ids |= {str(x["doc"]) for x in layer if isinstance(x, dict) and "doc" in x}
    if not ids:
        sys.exit("no held-out article ids found in docs/heldout/*.json")
    return ids


def pieces(q):
    """The byte ranges of a quote's own words: its span without its gaps (the attribution inside it)."""
    at, out = q["start"], []
    for gs, ge in q.get("gaps") or []:
        lo, hi = max(gs, at), min(ge, q["end"])
        if lo >= hi:
            continue
        if lo > at:
            out.append((at, lo))
        at = hi
    if at < q["end"]:
        out.append((at, q["end"]))
    return out


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
    held = held_out()
    arts = {a["id"]: a for a in export["articles"] if not a.get("duplicate_of") and str(a["id"]) not in held}
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
    print("Per quote: the article, the quoted words as kroniek shows them (an attribution inside the quote, its")
    print("`gaps`, as \" … \"), the speaker as the report shows it, and the sentences around it (the quoted words")
    print("in «»). **Verdict** is for a judge who reads the article:")
    print("`ok` when span and speaker are both right, else say what is wrong (span, speaker, not a quote).\n")
    for kind, total, sample in out:
        print(f"## {len(sample)} {kind} quotes (of {total})\n")
        print("| # | article | quote | speaker shown | evidence | verdict |")
        print("|---|---|---|---|---|---|")
        for i, q in enumerate(sample, 1):
            raw = arts[q["article"]]["title" if q.get("field") == "title" else "text"].encode()  # offsets are bytes, into the title for a title item

            def at(b):
                return len(raw[:b].decode("utf-8", "ignore"))

            text = raw.decode()
            qs, qe = at(q["start"]), at(q["end"])
            lo = min(qs, at(q.get("speaker_start") or q["start"]))
            hi = max(qe, at(q.get("speaker_end") or q["end"]))
            s, e = sentence_bounds(text, lo, hi)
            ev, shown, last = text[s:qs], [], qs
            for ps, pe in pieces(q):
                ps, pe = at(ps), at(pe)
                ev += text[last:ps] + "«" + text[ps:pe] + "»"
                shown.append(text[ps:pe].strip(" ,"))
                last = pe
            ev += text[last:e]
            who = names.get(q.get("speaker")) or q.get("speaker_text") or "spreker onbekend / unknown speaker"
            co = [names.get(c.get("id")) or c["text"] for c in q.get("co_speakers") or []]
            if co:  # joint speakers, as the report shows them: "A, B en C"
                who = ", ".join([who] + co[:-1]) + " en " + co[-1]
            print(f"| {i} | {q['article']} | {cell(' … '.join(shown))} | {cell(who)} | {cell(ev)} | |")
        print()


if __name__ == "__main__":
    main()
