#!/usr/bin/env python3
"""Precision check of near-duplicate marking: the true word 3-shingle Jaccard of every stored pair
(document, duplicate_of) in a Cronista SQLite database. Usage: tools/check-near-duplicates.py cronista.db"""
import re, sqlite3, sys

db = sqlite3.connect(sys.argv[1])
docs = dict(db.execute("SELECT id, text FROM documents"))
pairs = list(db.execute("SELECT id, duplicate_of FROM documents WHERE duplicate_of IS NOT NULL"))

def shingles(text):
    w = re.findall(r"\w+", text.lower())
    return set(zip(w, w[1:], w[2:]))

js = sorted(len((a := shingles(docs[x])) & (b := shingles(docs[y]))) / max(1, len(a | b)) for x, y in pairs)
if not js:
    sys.exit("no near-duplicate pairs")
print(f"{len(js)} near-duplicate pairs; true 3-shingle Jaccard: min {js[0]:.3f}, 1st percentile {js[len(js) // 100]:.3f}, "
      f"median {js[len(js) // 2]:.3f}; below 0.7: {sum(j < 0.7 for j in js)}, below 0.8: {sum(j < 0.8 for j in js)}")
