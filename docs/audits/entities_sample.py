#!/usr/bin/env python3
"""Write the entity audit sample of a kroniek export (docs/audits/entities.md).

Usage: entities_sample.py EXPORT.json [COMMIT [SEED]] > docs/audits/entities.md

60 random entities with two mentions or more and 20 singletons (seed SEED, by default the one below), each with its
name, type, aliases, what it stands for, and every mention: its text, article and a short
context (mentions of one text in one article are counted, their first context shown; a mention
in the article's title says "(title)" and shows the title around it).
Mentions in the held-out gold's articles are left out. The verdict column is left empty for the judge.
"""
import glob, json, os, random, sys

ex = json.load(open(sys.argv[1]))
text = {a["id"]: a.get("text") or "" for a in ex["articles"]}
title = {a["id"]: a.get("title") or "" for a in ex["articles"]}
# The articles of the held-out golds (docs/heldout/*.json, only their ids are read): their mentions are
# never shown, so that nobody tunes on them.
HELD_OUT = set()
for f in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout", "*.json"))):
    HELD_OUT |= {str(i) for i in json.load(open(f))["docs"]}
for e in ex["entities"]:
    e["mentions"] = [m for m in e.get("mentions") or [] if str(m["article"]) not in HELD_OUT]
ents = [e for e in ex["entities"] if e.get("mentions")]
multi = sorted((e for e in ents if len(e["mentions"]) >= 2), key=lambda e: e["id"])
single = sorted((e for e in ents if len(e["mentions"]) == 1), key=lambda e: e["id"])
SEED = 10712  # earlier samples: 1612, 2917, 7316, 8425, 9433, 10516, 10519, 10602, 10612, 10622, 10702 (docs/audits/entities-SEED.md, judged)
if len(sys.argv) > 3:
    SEED = int(sys.argv[3])
rng = random.Random(SEED)
pick = [("multi", e) for e in rng.sample(multi, min(60, len(multi)))] + \
       [("single", e) for e in rng.sample(single, min(20, len(single)))]


def ctx(m):
    # a mention with "field": "title" has offsets into the article's title
    t = (title if m.get("field") == "title" else text).get(m["article"], "").encode()
    s, e = m["start"], m["end"]
    before = t[max(0, s - 60):s].decode("utf-8", "ignore")
    after = t[e:e + 60].decode("utf-8", "ignore")
    return (before + "**" + t[s:e].decode("utf-8", "ignore") + "**" + after).replace("\n", " ").replace("|", "/")


print("# Entity audit sample (dpgmedia2019 export)\n")
print("Made by `python3 docs/audits/entities_sample.py e.json` from the whole-dpgmedia export (commands in")
print(f"docs/bench/resolve.md); seed {SEED}: 60 entities with two mentions or more, 20 with one. Judge each:")
print("type right, name right (a full name as printed, no glued heading), every mention the same referent.")
print("Write `ok` or what is wrong in the verdict column. `kroniek explain ID` shows why each name joined.")
print("A mention marked (title) is a name in the article's headline; its context is the title.\n")
if len(sys.argv) > 2:
    print(f"Drawn from the export of branch `entities` at commit {sys.argv[2]}.\n")
print(f"{len(multi)} entities with two mentions or more, {len(single)} singletons in the export.\n")
print("| # | entity | type | aliases | mentions (text ×n, article: context of the first) | verdict |")
print("|---|---|---|---|---|---|")
for i, (kind, e) in enumerate(pick, 1):
    groups = {}
    for m in e["mentions"]:
        groups.setdefault((m["article"], m.get("field") or "", m["text"]), []).append(m)
    rows = []
    for (a, f, t), ms in sorted(groups.items()):
        n = f" ×{len(ms)}" if len(ms) > 1 else ""
        where = " (title)" if f == "title" else ""
        rows.append(f"{t}{n}, {a}{where}: {ctx(ms[0])}")
    stands = f" (stands for {e['stands_for']})" if e.get("stands_for") else ""
    name = e["name"].replace("|", "/")
    print(f"| {i} | {name} `{e['id']}`{stands} | {e['type']} | {', '.join(e.get('aliases') or []).replace('|', '/')} | "
          + "<br>".join(rows) + " | |")
