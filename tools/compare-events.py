#!/usr/bin/env python3
"""Compares the events of two `cronista analyze` JSONL outputs of the same documents (an A/B of two builds).

    python3 tools/compare-events.py OLD.jsonl NEW.jsonl [N]

Events are keyed by document id, sentence, trigger offset and trigger text. Prints how many changed (and in which fields:
type, mode, source, target, location, date, modality, attribution, negation), how many were lost and added, then up to N
examples of each (default 20) with the start of the evidence sentence.
"""
import collections
import json
import sys

FIELDS = ['type', 'mode', 'src', 'tgt', 'loc', 'date', 'modality', 'att', 'neg']


def name(x):
    return x.get('name') if isinstance(x, dict) else x


def load(path):
    events = {}
    for line in open(path, encoding='utf-8'):
        try:
            doc = json.loads(line)
        except ValueError:
            continue
        for e in doc.get('events', []):
            key = (doc['id'], e['sentence'], e['start'], e['trigger'])
            events.setdefault(key, []).append((
                e['type'], e.get('mode'), name(e.get('source')), name(e.get('target')), name(e.get('location')),
                (e.get('date') or {}).get('start'), e.get('modality'), name(e.get('attributed_to')), e.get('negated'),
                e.get('evidence', '')))
    return events


def main():
    old, new = load(sys.argv[1]), load(sys.argv[2])
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    changed, lost, added = [], [], []
    for key in set(old) | set(new):
        a, b = sorted(old.get(key, []), key=str), sorted(new.get(key, []), key=str)
        if a == b:
            continue
        if len(a) == len(b):
            for x, y in zip(a, b):
                if x != y:
                    changed.append((key, x, y, [i for i in range(len(FIELDS)) if x[i] != y[i]]))
        else:
            lost += [(key, x) for x in a if x not in b]
            added += [(key, y) for y in b if y not in a]
    kinds = collections.Counter(tuple(FIELDS[i] for i in d) for _, _, _, d in changed)
    print(f"changed {len(changed)} {dict(kinds)} lost {len(lost)} added {len(added)}")
    for key, x, y, d in changed[:n]:
        print('~', key[3], {FIELDS[i]: (x[i], y[i]) for i in d}, '|', x[9][:160])
    for key, x in lost[:n]:
        print('-', key[3], x[:9], '|', x[9][:160])
    for key, y in added[:n]:
        print('+', key[3], y[:9], '|', y[9][:160])


if __name__ == '__main__':
    main()
