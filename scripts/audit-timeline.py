#!/usr/bin/env python3
"""Draw a timeline audit sample (docs/audits/timeline-SEED.md) from a kroniek export.

Usage: audit-timeline.py EXPORT.json SEED [N] > docs/audits/timeline-SEED.md

Takes N (default 30) random entries of the timelines proper (Background apart) of the stories of two
articles or more (random.Random(SEED)), leaving out every story with an article of the held-out gold
(docs/heldout/*.json, read by audit-quotes.py's held_out), and prints per entry: the story, the date,
the kind, the text, the article it is from (its publication date) and the words just before the
entry's sentence in that article, with an empty verdict column for a judge who reads the article.
An entry is right when its date is the date of what it reports, what it reports is a development of
its story, and its text reads as a sentence on its own.
"""
import collections
import importlib.util
import json
import os
import random
import sys


def held_out():
    here = os.path.dirname(os.path.abspath(__file__))
    spec = importlib.util.spec_from_file_location("audit_quotes", os.path.join(here, "audit-quotes.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.held_out()


def cell(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def before(article, text, n=160):
    """The n characters of the article before the entry's text (a sentence of it, spaces folded)."""
    body = " ".join(article["text"].split())
    i = body.find(text.rstrip("…").strip())
    if i < 0:
        return "(not found)"
    lo = max(0, i - n)
    return ("…" if lo else "") + body[lo:i].strip()


def main(path, seed, n=30):
    e = json.load(open(path))
    held = held_out()
    arts = {str(a["id"]): a for a in e["articles"]}
    stories = [s for s in e["stories"] if len(s["articles"]) > 1 and not held & {str(a) for a in s["articles"]}]
    entries = [(s, t) for s in sorted(stories, key=lambda s: s["id"]) for t in s.get("timeline") or []]
    empty = sum(1 for s in stories if not s.get("timeline"))
    sizes = collections.Counter(min(len(s.get("timeline") or []), 5) for s in stories)
    out = []
    w = out.append
    w(f"# Audit sample: timeline entries, seed {seed}\n")
    w(f"Written by `python3 scripts/audit-timeline.py e.json {seed}` from the export of `kroniek analyze` over all")
    w("1,438 dpgmedia2019 articles (/work/notes/tools/score.sh). Stories with an article of the held-out gold are")
    w("left out. An entry is **right** when its date is the date of what it reports, what it reports is a")
    w("development of its story (a plan counts at the date planned), and its text reads as a sentence on its own.")
    w("Verdicts: ok / wrong (date, story, text: why).\n")
    w(f"{len(stories)} stories of two articles or more; {empty} with an empty timeline; timeline lengths "
      + ", ".join(f"{k}{'+' if k == 5 else ''}: {v}" for k, v in sorted(sizes.items()))
      + f"; {len(entries)} entries.\n")
    w("| # | story | date | kind | text | article (published) | before it in the article | verdict |")
    w("|---|---|---|---|---|---|---|---|")
    for k, (s, t) in enumerate(random.Random(seed).sample(entries, min(n, len(entries))), 1):
        kind = t.get("kind") or ""
        if t.get("plan"):
            kind += ", plan"
        a = arts[str(t["articles"][0])]
        src = f"{a['id']} ({a.get('published') or '?'})" + (f" +{len(t['articles']) - 1}" if len(t["articles"]) > 1 else "")
        w(f"| {k} | {s['id']} {cell(s['title'][:60])} | {t['date']} | {kind} | {cell(t['text'])} | {src} | "
          f"{cell(before(a, t['text']))} | |")
    w("")
    sys.stdout.write("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 30)
