#!/usr/bin/env python3
"""Print a recall sample of attributed quotes from a kroniek export, with the
events kroniek coded near each, for judging evaluative ACCUSE recall.

Usage: audit-quote-accuse.py EXPORT.json [--seed N] [--n 40] [--skip ID,ID,...]

Shuffles the export's direct and indirect quotes with random.Random(seed)
(export order), keeps one quote per article, leaves out copy articles (the
same first 300 characters of text as an earlier article) and the articles of
--skip (the held-out gold's), and prints the first N with the text around
them and the events whose sentence lies within 50 bytes of the quote.
"""
import json
import random
import sys


def arg(flag, default):
    if flag in sys.argv:
        return int(sys.argv[sys.argv.index(flag) + 1])
    return default


def main():
    e = json.load(open(sys.argv[1]))
    seed, n = arg("--seed", 17), arg("--n", 40)
    skip = set(sys.argv[sys.argv.index("--skip") + 1].split(",")) if "--skip" in sys.argv else set()
    arts = {a["id"]: a for a in e["articles"]}
    seen, dup = set(), set()
    for a in e["articles"]:
        k = a["text"][:300]
        if k in seen:
            dup.add(a["id"])
        seen.add(k)
    qs = [q for q in e["quotes"] if q["kind"] in ("direct", "indirect") and q["article"] not in skip | dup]
    random.Random(seed).shuffle(qs)
    used, out = set(), []
    for q in qs:
        if q["article"] not in used:
            used.add(q["article"])
            out.append(q)
        if len(out) == n:
            break
    evs = {}
    for v in e["events"]:
        evs.setdefault(v["article"], []).append(v)
    for i, q in enumerate(out, 1):
        t = arts[q["article"]]["text"]
        lo = max(0, min(q["start"], q.get("speaker_start") or q["start"]) - 250)
        hi = max(q["end"], q.get("speaker_end") or 0) + 120
        print(f"#{i} art {q['article']} {q['kind']} speaker={q.get('speaker_text')!r} cue={q.get('cue')}")
        print("   ...", t[lo:hi].replace("\n", " "), "...")
        for v in evs.get(q["article"], []):
            if v["start"] < q["end"] + 50 and v["end"] > q["start"] - 50:
                print(f"   EV {v['type']} shown={v['shown']} {v.get('actor_text')} -> {v.get('recipient_text')} trig={v['trigger']}")
        print()


if __name__ == "__main__":
    main()
