"""Compare the mentions of two kroniek exports: per mention (article, offsets, field) its text and
entity type; prints each kind of change with its count and up to three articles.

python3 docs/audits/entities_diff.py before.json after.json
"""
import json,sys,collections
def load(p):
    e=json.load(open(p))
    m={}
    for x in e['entities']:
        for mm in x['mentions']:
            key=(mm['article'],mm['start'],mm['end'],mm.get('field','text'))
            m[key]=(mm['text'], x['type'], x['name'])
    return m
a,b=load(sys.argv[1]),load(sys.argv[2])
ch=collections.defaultdict(list)
for k in sorted(set(a)|set(b)):
    va,vb=a.get(k),b.get(k)
    if va==vb: continue
    if va and vb and va[:2]==vb[:2]: continue
    ch[(str(va[:2]) if va else '-', str(vb[:2]) if vb else '-')].append(k[0])
for (x,y),l in sorted(ch.items(),key=lambda t:-len(t[1])):
    print(len(l), x, '->', y, l[:3])
