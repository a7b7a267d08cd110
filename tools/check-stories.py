#!/usr/bin/env python3
"""Checks the stories of a database built from ML-Crisis (../shared/data/corpus/ml-crisis/<lang>/<topic>/<date>/*.txt).

Usage:
  ./cronista ingest $(tools/check-stories.py --dated-order ../shared/data/corpus/ml-crisis) --db /tmp/mlc.db
  tools/check-stories.py /tmp/mlc.db

The crisis of a document is the <topic> folder of its source path. Prints the number of stories, how many mix two
crises (should be none), how many have more than one language, and the largest stories with their crises and languages.
With --dated-order DIR it prints the corpus's date folders sorted by date (then language, topic), so that the ingest
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


def main(db):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = con.execute("SELECT story_id, source, lang, id, duplicate_of FROM documents WHERE story_id IS NOT NULL").fetchall()
    crisis_by_id = {doc_id: crisis_of(source) for _, source, _, doc_id, _ in rows}
    crises, langs = defaultdict(Counter), defaultdict(Counter)
    # A near-duplicate copy of an article filed under another crisis folder is the same article: counted under its
    # original's crisis as well, a story holding it is "mixed through a copy", reported apart from the others.
    own_crises = defaultdict(Counter)
    for story, source, lang, doc_id, dup in rows:
        crises[story][crisis_of(source)] += 1
        own_crises[story][crisis_by_id.get(dup, crisis_of(source)) if dup else crisis_of(source)] += 1
        langs[story][lang] += 1
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
    for s in mixed[:10]:
        print(f"  mixed {s}: {dict(crises[s])} {dict(langs[s])}")
    return 1 if mixed else 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--dated-order":
        dated_order(sys.argv[2])
    elif len(sys.argv) == 2:
        sys.exit(main(sys.argv[1]))
    else:
        print(__doc__)
        sys.exit(2)
