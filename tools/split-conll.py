#!/usr/bin/env python3
"""Deterministic train/dev split of a CoNLL-style token file (sentences separated by blank lines): every Nth sentence
(N = --every, default 10) goes to the dev file, the others to the train file. Used for languages whose only labelled
data is one file (French: WikiNEuRal silver), see src/Cronista/Resources/Ner/README.md.

    python3 tools/split-conll.py IN TRAIN DEV [--every 10]
"""
import argparse

ap = argparse.ArgumentParser()
ap.add_argument("input"); ap.add_argument("train"); ap.add_argument("dev")
ap.add_argument("--every", type=int, default=10)
a = ap.parse_args()

with open(a.input, encoding="utf-8") as f:
    text = f.read()
sentences = [s for s in text.replace("\r\n", "\n").split("\n\n") if s.strip()]
with open(a.train, "w", encoding="utf-8") as tr, open(a.dev, "w", encoding="utf-8") as dv:
    for i, s in enumerate(sentences):
        (dv if i % a.every == a.every - 1 else tr).write(s.strip("\n") + "\n\n")
print(f"{len(sentences)} sentences: {len(sentences) - len(sentences) // a.every} train, {len(sentences) // a.every} dev")
