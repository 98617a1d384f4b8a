#!/usr/bin/env python3
"""Print an audit sample of shown events from a kroniek export as Markdown.

Usage: audit_events.py EXPORT.json [--seed N] [--n 50] [--skip ID,ID,...]

Draws N events with "shown": true at random (Python's random.Random(seed) over
the export's event order) and prints, per event, the article id, type, mode,
actor and recipient names (entity names, with the text the extractor read
where it says more, else that text),
date, trigger and evidence sentence, with an empty verdict column for a
reader to fill in. --skip leaves out the events of the given articles (the
held-out gold's, which no one tuning the extractor may read).
"""
import json
import random
import sys


def arg(flag, default):
    if flag in sys.argv:
        return int(sys.argv[sys.argv.index(flag) + 1])
    return default


def cell(s):
    return " ".join(str(s or "").split()).replace("|", "\\|")


def main():
    path = sys.argv[1]
    seed, n = arg("--seed", 17), arg("--n", 50)
    e = json.load(open(path))
    names = {x["id"]: x["name"] for x in e.get("entities", [])}
    skip = set(sys.argv[sys.argv.index("--skip") + 1].split(",")) if "--skip" in sys.argv else set()
    shown = [v for v in e.get("events", []) if v.get("shown") and v.get("article") not in skip]
    sample = random.Random(seed).sample(shown, min(n, len(shown)))

    def side(ids, text):
        named = [names.get(i, i.replace("generic:", "group:")) for i in ids or []]
        if named and text and text not in named:
            # A side of named and described members ("PBL en de
            # onderzoekers") shows the text the extractor read as well.
            return ", ".join(named) + f" ({text})"
        return ", ".join(named) or (f"({text})" if text else "—")

    print(f"| # | article | type | mode | actor | recipient | date | trigger | evidence | verdict |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for i, v in enumerate(sample, 1):
        print(f"| {i} | {v['article']} | {v['type']} | {cell(v.get('mode')) or '—'} | "
              f"{cell(side(v.get('actor'), v.get('actor_text')))} | {cell(side(v.get('recipient'), v.get('recipient_text')))} | "
              f"{v.get('date') or '—'} | {cell(v.get('trigger'))} | {cell(v.get('text'))} | |")
    print(f"\n{len(shown)} of {len(e.get('events', []))} events shown; sample of {len(sample)} with seed {seed}.")


if __name__ == "__main__":
    main()
