#!/usr/bin/env python3
"""Checks the stories of a database built from ML-Crisis (../shared/data/corpus/ml-crisis/<lang>/<topic>/<date>/*.txt).

Usage:
  ./cronista ingest $(tools/check-stories.py --dated-order ../shared/data/corpus/ml-crisis) --db /tmp/mlc.db
  tools/check-stories.py /tmp/mlc.db

The crisis of a document is the <topic> folder of its source path. Prints the number of stories, how many mix two
crises (should be none), how many have more than one language, and the largest stories with their crises and languages;
then how many mixed stories the labels explain (each document of another crisis is a near-duplicate copy, names the
story's crisis more often than its own, or shares half its names and numbers with a document of another crisis — a
rough check) and lists the others. With --dated-order DIR it prints the corpus's date folders sorted by date (then language, topic), so that the ingest
sees the articles as a news stream would: in publication order.
"""
import json
import os
import re
import sqlite3
import sys
from collections import Counter, defaultdict


def dated_order(root):
    folders = []
    for lang in sorted(os.listdir(root)):
        for topic in sorted(os.listdir(os.path.join(root, lang))):
            if topic == "reference":
                continue
            tdir = os.path.join(root, lang, topic)
            if not os.path.isdir(tdir):
                continue
            for day in sorted(os.listdir(tdir)):
                if re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
                    folders.append((day, lang, topic, os.path.join(tdir, day)))
    for _, _, _, path in sorted(folders):
        print(path)


def crisis_of(source):
    parts = source.replace("\\", "/").split("/")
    for i, p in enumerate(parts):
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", p) and i > 0:
            return parts[i - 1]
    return None


# The crisis countries' names and adjectives in it/es/fr (word beginnings), to tell a document filed under one crisis
# folder but about another: evaluation only, never a clustering signal.
CRISIS_WORDS = {
    "egypt": r"egitt|egipt|[ée]gypt|egizi|egipci",
    "libya": r"libi[aoc]|liby",
    "syria": r"siri[aoe]|syri",
    "yemen": r"y[ée]m[ée]n",
}


def crisis_mentions(text):
    return {c: len(re.findall(r"\b(?:" + pat + r")", text, re.IGNORECASE)) for c, pat in CRISIS_WORDS.items()}


def names_of(text):
    return set(re.findall(r"\b(?:[A-ZÀ-Ý][\wà-ÿ-]{2,}|\d{2,})", text))


def explain(con, members):
    """Why a mixed story holds documents of another crisis than its own (the crisis of most of its documents; on a tie,
    whichever explains the others), when the labels rather than the clustering say so: None if some document of another
    crisis is none of these (an unexplained mix)."""
    counts = Counter(c for _, c, _ in members)
    for own in [c for c, n in counts.items() if n == max(counts.values())]:
        if (r := explain_as(con, members, own)) is not None:
            return r
    return None


def explain_as(con, members, own):
    reasons = Counter()
    texts = {d: con.execute("SELECT coalesce(title, '') || ' ' || text FROM documents WHERE id = ?", (d,)).fetchone()[0] for d, _, _ in members}
    for d, c, dup in members:
        if c == own:
            continue
        if dup:
            reasons["copy"] += 1
            continue
        m = crisis_mentions(texts[d])
        if m[own] > m[c]:
            reasons["about the story's crisis"] += 1
            continue
        mine = names_of(texts[d])
        if any(c2 != c and len(mine & names_of(texts[d2])) >= 0.5 * max(len(mine), 1) for d2, c2, _ in members if d2 != d):
            reasons["same text as another crisis's document"] += 1
            continue
        return None
    return reasons


def main(db):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = con.execute("SELECT story_id, source, lang, id, duplicate_of FROM documents WHERE story_id IS NOT NULL").fetchall()
    crisis_by_id = {doc_id: crisis_of(source) for _, source, _, doc_id, _ in rows}
    crises, langs = defaultdict(Counter), defaultdict(Counter)
    # A near-duplicate copy of an article filed under another crisis folder is the same article: counted under its
    # original's crisis as well, a story holding it is "mixed through a copy", reported apart from the others.
    own_crises = defaultdict(Counter)
    for story, source, lang, doc_id, dup in rows:
        langs[story][lang] += 1
        if crisis_of(source) is None:  # outside the dated crisis folders (the English reference timelines): no label
            continue
        crises[story][crisis_of(source)] += 1
        own_crises[story][crisis_by_id.get(dup, crisis_of(source)) if dup else crisis_of(source)] += 1
    mixed = [s for s in crises if len(crises[s]) > 1]
    through_copies = [s for s in mixed if len(own_crises[s]) == 1]
    multi = [s for s in langs if len(langs[s]) > 1]
    sizes = Counter(sum(c.values()) for c in crises.values())
    # B-cubed against the crisis labels (an upper bound on what a story can be: a crisis holds many stories).
    print(f"documents {len(rows)}, stories {len(crises)}, singletons {sizes[1]}, stories of ≥ 2 documents {len(crises) - sizes[1]}")
    print(f"stories mixing two crises: {len(mixed)} ({sum(sum(crises[s].values()) for s in mixed)} documents); "
          f"{len(through_copies)} of them only through a near-duplicate copy filed under the other crisis")
    print(f"stories with more than one language: {len(multi)} ({sum(sum(langs[s].values()) for s in multi)} documents); "
          f"by languages: {dict(Counter('+'.join(sorted(langs[s])) for s in multi))}")
    for s in sorted(crises, key=lambda s: -sum(crises[s].values()))[:10]:
        title = con.execute("SELECT title, first_seen, last_seen FROM stories WHERE id = ?", (s,)).fetchone()
        print(f"  {s} {sum(crises[s].values()):4d} {dict(crises[s])} {dict(langs[s])} {title[1]}…{title[2]} {title[0][:70]!r}")
    # Mixed stories the labels explain: each document of another crisis is a copy, names the story's crisis more than its
    # own folder's, or shares half of its names and numbers with a document of another crisis (a translation).
    members = defaultdict(list)
    for story, source, _, doc_id, dup in rows:
        if crisis_of(source) is not None:
            members[story].append((doc_id, crisis_of(source), dup))
    unexplained = [s for s in mixed if explain(con, members[s]) is None]
    why = Counter()
    for s in mixed:
        if (r := explain(con, members[s])) is not None:
            why[max(r, key=r.get)] += 1
    print(f"mixed stories the labels explain: {len(mixed) - len(unexplained)} {dict(why)}; unexplained: {len(unexplained)} "
          f"({sum(sum(crises[s].values()) for s in unexplained)} documents)")
    for s in unexplained[:20]:
        title = con.execute("SELECT title FROM stories WHERE id = ?", (s,)).fetchone()[0]
        print(f"  unexplained {s}: {dict(crises[s])} {dict(langs[s])} {title[:60]!r}")
    return 1 if mixed else 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--dated-order":
        dated_order(sys.argv[2])
    elif len(sys.argv) == 2:
        sys.exit(main(sys.argv[1]))
    else:
        print(__doc__)
        sys.exit(2)
