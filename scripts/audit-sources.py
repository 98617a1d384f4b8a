#!/usr/bin/env python3
"""Draw a "how the sources differ" audit sample (docs/audits/sources-SEED.md) from a kroniek export.

Usage: audit-sources.py EXPORT.json DB KRONIEK SEED [N] > docs/audits/sources-SEED.md
       audit-sources.py --diff BASE.json NEW.json SEED [N]

Takes N (default 15) random stories of three articles or more (random.Random(SEED) over the stories
sorted by id), leaving out every story with an article of the held-out gold (as audit-summary.py),
and prints per story its articles (id, outlet, date, title), its export `sources` (per outlet the
articles, first date and every `unique` fact in full) and the report's Coverage / Naming / Only in /
Differ lines (`kroniek story ID --db DB`), with an empty verdict column per unique fact. A unique fact
is **right** when it reads on its own, is told by no other source of the story (in any words), is news
of the story, and its source is named (an outlet, or the articles when no outlet is known).

With --diff it lists N random (same seed) changed unique facts between two exports, and checks that
every story's article set is the same.
"""
import importlib.util
import json
import os
import random
import subprocess
import sys

EMPTY = '""'  # the export's outlet of articles with no publisher


def audit_summary():
    here = os.path.dirname(os.path.abspath(__file__))
    spec = importlib.util.spec_from_file_location("audit_summary", os.path.join(here, "audit-summary.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def eligible(e, held):
    return sorted((s for s in e["stories"] if len(s["articles"]) > 2 and not held & {str(a) for a in s["articles"]}),
                  key=lambda s: s["id"])


def audit(path, db, kroniek, seed, n):
    m = audit_summary()
    e = json.load(open(path))
    arts = {str(a["id"]): a for a in e["articles"]}
    stories = eligible(e, m.held_out())
    out = []
    w = out.append
    w(f"# Audit sample: how the sources differ, seed {seed}\n")
    w(f"Written by `python3 scripts/audit-sources.py e.json d.db kroniek {seed} {n}` from the export of `kroniek analyze`")
    w("over all 1,438 dpgmedia2019 articles. Stories with an article of the held-out gold are left out.")
    w("Verdicts per unique fact: ok / alone (does not read on its own) / elsewhere (another source tells it too) /")
    w("not news / unnamed (source not named).\n")
    w(f"{len(stories)} stories of three articles or more.\n")
    for k, s in enumerate(random.Random(seed).sample(stories, min(n, len(stories))), 1):
        w(f"## {k}. {s['id']} {m.cell(s['title'])} ({len(s['articles'])} articles)\n")
        w("| article | outlet | published | title |")
        w("|---|---|---|---|")
        for a in s["articles"]:
            a = arts[str(a)]
            w(f"| {a['id']} | {a.get('outlet') or ''} | {a.get('published') or '?'} | {m.cell(a['title'])} |")
        w("")
        w("| outlet | articles | first | unique fact | verdict |")
        w("|---|---|---|---|---|")
        for v in s.get("sources") or []:
            us = v.get("unique") or ["(none)"]
            for u in us:
                w(f"| {v['outlet'] or EMPTY} | {' '.join(v['articles'])} | {v.get('first', '')} | {m.cell(u)} | |")
        rep = subprocess.run([kroniek, "story", s["id"], "--db", db], capture_output=True, text=True).stdout
        keep, on = [], False
        for line in rep.splitlines():
            head = line[2:10].strip()
            if head:
                on = head in ("Coverage", "Naming", "Only in", "Differ")
            if on:
                keep.append(line)
        w("\nReport:\n\n```\n" + "\n".join(keep) + "\n```\n")
        w("Verdict: \n")
    sys.stdout.write("\n".join(out) + "\n")


def diff(base, new, seed, n):
    m = audit_summary()
    b, e = json.load(open(base)), json.load(open(new))
    bs = {s["id"]: s for s in b["stories"]}
    same = all(bs.get(s["id"], {}).get("articles") == s["articles"] for s in e["stories"]) and len(bs) == len(e["stories"])
    held = m.held_out()
    changes = []
    for s in sorted(e["stories"], key=lambda s: s["id"]):
        if held & {str(a) for a in s["articles"]} or s["id"] not in bs:
            continue
        def facts(st):
            return {(v["outlet"], u) for v in st.get("sources") or [] for u in v.get("unique") or []}
        old, now = facts(bs[s["id"]]), facts(s)
        changes += [(s["id"], "-", o, u) for o, u in sorted(old - now)]
        changes += [(s["id"], "+", o, u) for o, u in sorted(now - old)]
    print(f"# Sources diff, seed {seed}\n\nArticle sets of every story the same: {same}. "
          f"{len(changes)} unique facts changed (- gone, + new).\n")
    print("| story | change | outlet | unique fact | verdict |\n|---|---|---|---|---|")
    for sid, c, o, u in random.Random(seed).sample(changes, min(n, len(changes))):
        print(f"| {sid} | {c} | {o or EMPTY} | {m.cell(u)} | |")


if __name__ == "__main__":
    if sys.argv[1] == "--diff":
        diff(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]) if len(sys.argv) > 5 else 20)
    else:
        audit(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]) if len(sys.argv) > 5 else 15)
