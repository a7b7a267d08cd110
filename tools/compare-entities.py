#!/usr/bin/env python3
"""Compare the entity links of two `cronista analyze` JSONL outputs of the same documents: mentions lost and gained, as
(surface text, entity id) pairs with counts. Usage: compare-entities.py BEFORE.jsonl AFTER.jsonl [N]"""
import json, collections,sys
def load(p):
    out={}
    for line in open(p):
        d=json.loads(line)
        out[d['id']]=collections.Counter((m['text'],e['id']) for e in d.get('entities',[]) for m in e['mentions'])
    return out
a=load(sys.argv[1]); b=load(sys.argv[2])
lost=collections.Counter(); gained=collections.Counter()
for k in a:
    lost.update(a[k]-b.get(k,collections.Counter())); gained.update(b.get(k,collections.Counter())-a[k])
print('docs',len(a),'mentions',sum(sum(x.values()) for x in a.values()),'->',sum(sum(x.values()) for x in b.values()),'lost',sum(lost.values()),'gained',sum(gained.values()))
print('LOST',lost.most_common(int(sys.argv[3]) if len(sys.argv)>3 else 40)); print('GAINED',gained.most_common(int(sys.argv[3]) if len(sys.argv)>3 else 40))
