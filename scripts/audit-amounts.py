#!/usr/bin/env python3
"""Draw the amount-object audit sample of docs/audits/amounts.md from a kroniek export.

Usage: audit-amounts.py EXPORT.json [SEED [CODE]] > docs/audits/amounts.md

CODE, when given, names the kroniek version that wrote the export (a commit) in the header.

From the articles of the export that are not a duplicate_of another nor held out (every id in the
docs of docs/heldout/*.json, read from those files), takes (random.Random(SEED),
default 18) 40 random amounts with a non-empty object, and 20 random durations (units jaar, maand,
week, dag, uur, min, s) or sums of money (an ISO currency code) whose object is empty. Prints per
amount: the article id, the figure as written with its value and unit, its object, the sentence
that holds it (the figure in «»), and an empty verdict column for a judge who reads the sentence.
"""
import glob
import json
import os
import random
import re
import sys

TIME_UNITS = {"jaar", "maand", "week", "dag", "uur", "min", "s"}

def held_out():
    """The article ids of every held-out gold file (docs/heldout/*.json), never sampled."""
    ids = set()
    for path in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "heldout", "*.json"))):
        docs = json.load(open(path, encoding="utf-8")).get("docs") or {}
        ids.update(str(d) if not isinstance(d, dict) else str(d.get("id")) for d in docs)
    return ids


def sentence_bounds(text, start, end):
    """Widen [start, end) to the sentence holding it (at most 300 characters either side)."""
    s = max(text.rfind(". ", 0, start), text.rfind("? ", 0, start), text.rfind("! ", 0, start), text.rfind("\n", 0, start))
    s = s + 1 if s >= 0 else 0
    m = re.search(r"[.?!]['\"”’]*(\s|$)|\n", text[end:])
    e = end + m.end() if m else len(text)
    return max(s, start - 300), min(e, end + 300)


def cell(s):
    return s.replace("|", "\\|").replace("\n", " ").strip()


def is_money(unit):
    return len(unit) == 3 and unit.isupper()


def fmt_value(v):
    return f"{v:g}" if isinstance(v, (int, float)) else str(v)


def rows(items, arts):
    out = []
    for a in items:
        raw = arts[a["article"]]["title" if a.get("field") == "title" else "text"].encode("utf-8")  # the export's offsets count bytes, into the title for a title item
        start, end = len(raw[:a["start"]].decode("utf-8", "replace")), len(raw[:a["end"]].decode("utf-8", "replace"))
        text = raw.decode("utf-8", "replace")
        s, e = sentence_bounds(text, start, end)
        ev = text[s:start] + "«" + text[start:end] + "»" + text[end:e]
        unit = a.get("unit") or ""
        fig = f"{a['text']} ({fmt_value(a['value'])}{' ' + unit if unit else ''})"
        out.append((a["article"], fig, a.get("object") or "", ev))
    return out


def table(n0, rs):
    print("| # | article | figure (value unit) | object | evidence | verdict |")
    print("|---|---|---|---|---|---|")
    for i, (art, fig, obj, ev) in enumerate(rs, n0):
        print(f"| {i} | {art} | {cell(fig)} | {cell(obj) or '—'} | {cell(ev)} | |")


def main():
    export = json.load(open(sys.argv[1]))
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 18
    code = sys.argv[3] if len(sys.argv) > 3 else ""
    held = held_out()
    if not held:
        sys.exit("audit-amounts: no held-out ids found under docs/heldout/*.json")
    arts = {a["id"]: a for a in export["articles"] if not a.get("duplicate_of") and a["id"] not in held}
    amounts = [a for a in export["amounts"] if a["article"] in arts]
    with_obj = [a for a in amounts if a.get("object")]
    empty = [a for a in amounts if not a.get("object") and ((a.get("unit") or "") in TIME_UNITS or is_money(a.get("unit") or ""))]
    rng = random.Random(seed)
    a = rng.sample(with_obj, 40)
    b = rng.sample(empty, 20)
    print("# Audit: what amounts count (issue 18)\n")
    print(f"Drawn from the whole-dpgmedia export ({len(arts)} articles that are no copy of another nor held out, docs/heldout/*.json) with "
          f"`python3 scripts/audit-amounts.py EXPORT.json {seed}` (commands for the export in docs/bench/amount.md): "
          f"40 of the {len(with_obj)} amounts with an object, and 20 of the {len(empty)} durations and sums of "
          "money without one. The figure is shown in «» in its sentence." +
          (f" Export written by kroniek at {code}." if code else "") + "\n")
    print("Verdict: **ok** when the object is what the figure counts or measures (a reader would say "
          "\"N … of/for what\": the counted noun, what a share is taken of, what a duration is the length "
          "of, what a sum pays for), or when an empty object is right because the sentence names none; "
          "**wrong** otherwise (say what it should be); **?** when the sentence does not tell. "
          "Convention (the dev gold's, docs/bench/amount.md): a count of times \"N keer …\" has the object "
          "\"keer\" and what happened (\"576 keer ondertekend\" → \"keer petitie ondertekend\"); it is ok when "
          "what happened is right.\n")
    print("## A. Amounts with an object (40)\n")
    table(1, rows(a, arts))
    print("\n## B. Durations and money without an object (20)\n")
    table(41, rows(b, arts))


if __name__ == "__main__":
    main()
