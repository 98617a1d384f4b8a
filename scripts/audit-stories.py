#!/usr/bin/env python3
"""Write the stories audit sample (docs/audits/stories.md) from a kroniek export.

    python3 scripts/audit-stories.py e.json [seed] > docs/audits/stories.md

The 15 largest stories, 15 random stories of two to four articles, 40
random entries of the timelines proper and 10 random background facts
(listed apart from the timeline), seed 19 unless given, each with an empty
verdict column.
"""
import json
import random
import sys


def cell(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def main(path, seed=19):
    e = json.load(open(path))
    arts = {a["id"]: a for a in e["articles"]}
    stories = e["stories"]
    rnd = random.Random(seed)
    out = []
    w = out.append
    w("# Audit sample: stories and timelines\n")
    w(f"Written by `python3 scripts/audit-stories.py e.json {seed}` from the export of `kroniek analyze` over all")
    w(f"1,438 dpgmedia2019 articles (commands in docs/bench/story.md), seed {seed}. Judge each row by reading:")
    w("a story is **coherent** when all its articles tell one story (sub-stories are parts of it); a")
    w("timeline entry is **right** when its date is the date of what the text reports and it is relevant")
    w("to its story. Fill the verdict column with ok / wrong (and a word why).\n")
    w(f"{len(stories)} stories, {sum(1 for s in stories if len(s['articles']) > 1)} of two articles or more; "
      f"genres: " + ", ".join(f"{g} {n}" for g, n in sorted(
          __import__("collections").Counter(a.get("genre") or "-" for a in e["articles"]).items(),
          key=lambda x: -x[1])) + ".\n")

    def story_rows(title, chosen):
        w(f"## {title}\n")
        w("| # | story | articles (+copies) | title | sub-stories | member headlines (date) | verdict |")
        w("|---|---|---|---|---|---|---|")
        for k, s in enumerate(chosen, 1):
            heads = "<br>".join(cell(f"{arts[a]['title'] or '(untitled)'} ({arts[a].get('published') or '?'})")
                                for a in s["articles"])
            subs = "<br>".join(cell(f"{x['title']} ({len(x['articles'])})") for x in s.get("substories") or [])
            w(f"| {k} | {s['id']} | {len(s['articles'])} (+{len(s.get('copies') or [])}) | {cell(s['title'])} | "
              f"{subs} | {heads} | |")
        w("")

    largest = sorted(stories, key=lambda s: (-len(s["articles"]), s["id"]))[:15]
    story_rows("The 15 largest stories", largest)
    small = sorted([s for s in stories if 2 <= len(s["articles"]) <= 4], key=lambda s: s["id"])
    story_rows("15 random stories of two to four articles", rnd.sample(small, min(15, len(small))))

    # The timeline proper (the story's own developments) is sampled apart
    # from the background facts, which the story view lists in a section of
    # their own.
    entries, background = [], []
    for s in sorted(stories, key=lambda s: s["id"]):
        for t in s.get("timeline") or []:
            entries.append((s, t))
        for t in s.get("background") or []:
            background.append((s, t))

    def entry_rows(chosen):
        w("| # | story title | date | kind | text (evidence) | sources | verdict |")
        w("|---|---|---|---|---|---|---|")
        for k, (s, t) in enumerate(chosen, 1):
            kind = t.get("kind") or ""
            if t.get("plan"):
                kind += ", plan"
            srcs = ", ".join(t.get("articles") or [])
            w(f"| {k} | {cell(s['title'])} | {t['date']} | {kind} | {cell(t['text'])} | {srcs} | |")

    w("## 40 random timeline entries\n")
    w(f"Drawn from the {len(entries)} entries of all stories' timelines (background facts apart, below). "
      "An entry is right when its date is the date of what it reports and it is a development of its story.\n")
    entry_rows(rnd.sample(entries, min(40, len(entries))))
    w("")
    w("## 10 random background facts\n")
    w(f"Drawn from the {len(background)} facts the story view lists apart as background (older than the "
      "story by more than a year). One is right when its date is right and it is pertinent context for its "
      "story; these are not timeline entries.\n")
    entry_rows(rnd.sample(background, min(10, len(background))))
    w("")
    sys.stdout.write("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 19)
