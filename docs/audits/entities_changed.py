"""Entities of a kroniek export whose type, name or alias set changed against another export, found by
their mentions (article, offsets, field); with a seed and a count, a random sample of them. Prints each
changed entity with its old versions and up to four contexts, then the mentions that are gone.

python3 docs/audits/entities_changed.py before.json after.json [seed n]
"""
import json,sys,random
def load(p):
    d=json.load(open(p))
    arts={a['id']:a['text'] for a in d['articles']}
    m={}
    ents={}
    for e in d['entities']:
        sig=(e['name'],e['type'],tuple(sorted(e.get('aliases') or [])))
        ents[e['id']]=(e,sig)
        for mm in e['mentions']:
            m[(mm['article'],mm['start'],mm['end'],mm.get('field','text'))]=e['id']
    return d,arts,m,ents
_,_,ma,ea=load(sys.argv[1]); d,arts,mb,eb=load(sys.argv[2])
changed={}
for k,eid in mb.items():
    a=ma.get(k)
    if a is None or ea[a][1]!=eb[eid][1]:
        changed.setdefault(eid,[]).append((k,a))
gone=[k for k in ma if k not in mb]
print(len(changed),'entities changed;',len(gone),'mentions gone')
ids=sorted(changed)
if len(sys.argv)>3:
    random.seed(int(sys.argv[3])); ids=random.sample(ids,min(int(sys.argv[4]),len(ids)))
for eid in ids:
    e,sig=eb[eid]
    olds={ea[a][1] for k,a in changed[eid] if a}
    print('##',sig,'<-',olds or 'new')
    seen=set()
    for k,a in changed[eid][:4]:
        if k[0] in seen: continue
        seen.add(k[0]); t=arts[k[0]]
        if k[3]=='text': print('    ',k[0],t[max(0,k[1]-70):k[2]+40].replace('\n',' '))
for k in gone[:20]:
    print('gone',k, ea[ma[k]][1][:2])
