#!/usr/bin/env python3
"""Draw a story summary audit sample (docs/audits/summary-SEED.md) from a kroniek export.

Usage: audit-summary.py EXPORT.json SEED [N] > docs/audits/summary-SEED.md
       audit-summary.py --diff BASE.json NEW.json SEED [N] > docs/audits/summary-SEED-diff.md

Takes N (default 20) random stories of two articles or more (random.Random(SEED) over the stories
sorted by id), leaving out every story with an article of the held-out gold (docs/heldout/*.json,
read by audit-quotes.py's held_out), and prints per story its articles (id, date, title, lead: the
first 200 characters of the text) and its summary, one row per sentence, with an empty verdict
column for a judge who reads the articles. A sentence is **right** when it reads on its own (no
pronoun, "de partij"-like definite or pointing word whose referent is only in the sentences before,
no label or dateline run into it) and is news of its story; the summary's first sentence should say
what happened.

With --diff it takes N random stories (same draw rules) whose summary changed between two exports and
prints both summaries side by side, for a verdict better / worse / same. It also checks that every
story's article set is the same in both exports and says so in the header.
"""
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


def lead(article, n=200):
    body = " ".join(article["text"].split())
    return body[:n] + ("…" if len(body) > n else "")


def eligible(e, held):
    return sorted((s for s in e["stories"] if len(s["articles"]) > 1 and not held & {str(a) for a in s["articles"]}),
                  key=lambda s: s["id"])


def articles_block(w, s, arts):
    w("| article | published | title | lead |")
    w("|---|---|---|---|")
    for a in s["articles"]:
        a = arts[str(a)]
        w(f"| {a['id']} | {a.get('published') or '?'} | {cell(a['title'])} | {cell(lead(a))} |")
    w("")


def audit(path, seed, n):
    e = json.load(open(path))
    arts = {str(a["id"]): a for a in e["articles"]}
    stories = eligible(e, held_out())
    out = []
    w = out.append
    w(f"# Audit sample: story summaries, seed {seed}\n")
    w(f"Written by `python3 scripts/audit-summary.py e.json {seed} {n}` from the export of `kroniek analyze` over all")
    w("1,438 dpgmedia2019 articles. Stories with an article of the held-out gold are left out. A sentence is")
    w("**right** when it reads on its own and is news of its story; the first sentence should say what happened.")
    w("Verdicts: ok / alone (does not read on its own: why) / label (label or dateline run in) / colour (not the")
    w("news) / story (not this story).\n")
    w(f"{len(stories)} stories of two articles or more.\n")
    for k, s in enumerate(random.Random(seed).sample(stories, min(n, len(stories))), 1):
        w(f"## {k}. {s['id']} {cell(s['title'])} ({len(s['articles'])} articles)\n")
        articles_block(w, s, arts)
        w("| # | from | summary sentence | verdict |")
        w("|---|---|---|---|")
        for i, (t, src) in enumerate(zip(s.get("summary") or [], s.get("summary_sources") or []), 1):
            w(f"| {i} | {src} | {cell(t)} | |")
        w("\nFirst sentence is the news: \n")
    sys.stdout.write("\n".join(out) + "\n")


def diff(base, new, seed, n):
    a, b = json.load(open(base)), json.load(open(new))
    arts = {str(x["id"]): x for x in b["articles"]}
    held = held_out()
    before = {s["id"]: s for s in a["stories"]}
    sets_a = sorted(tuple(sorted(map(str, s["articles"]))) for s in a["stories"])
    sets_b = sorted(tuple(sorted(map(str, s["articles"]))) for s in b["stories"])
    changed = [s for s in eligible(b, held) if s["id"] in before and before[s["id"]].get("summary") != s.get("summary")]
    every = sum(1 for s in b["stories"] if s["id"] in before and before[s["id"]].get("summary") != s.get("summary"))
    out = []
    w = out.append
    w(f"# Summary changes, seed {seed}\n")
    w(f"`python3 scripts/audit-summary.py --diff {os.path.basename(base)} {os.path.basename(new)} {seed} {n}`.\n")
    w(f"Story article sets identical: {sets_a == sets_b} ({len(sets_a)} / {len(sets_b)} stories).")
    w(f"Summaries changed: {every} of {len(b['stories'])} stories; {len(changed)} of them with two articles or more"
      " and no held-out article.\n")
    for k, s in enumerate(random.Random(seed).sample(changed, min(n, len(changed))), 1):
        w(f"## {k}. {s['id']} {cell(s['title'])} ({len(s['articles'])} articles)\n")
        articles_block(w, s, arts)
        old = before[s["id"]].get("summary") or []
        w("| # | before | after |")
        w("|---|---|---|")
        for i in range(max(len(old), len(s.get("summary") or []))):
            x = old[i] if i < len(old) else ""
            y = s["summary"][i] if i < len(s["summary"]) else ""
            w(f"| {i + 1} | {cell(x)} | {cell(y)} |")
        w("\nVerdict: \n")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    if sys.argv[1] == "--diff":
        diff(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]) if len(sys.argv) > 5 else 30)
    else:
        audit(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 20)
