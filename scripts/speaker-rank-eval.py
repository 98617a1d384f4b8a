# speaker-rank-eval.py EXPORT [--pure]: leave-one-gold-out evaluation of a
# small averaged-perceptron ranking of speaker candidates (issue 15, session
# 13), against the rules' own choice. Run from the repository root on a
# whole-corpus export (docs/bench/quote.md). Candidates of a found gold quote:
# the persons and organisations mentioned in its sentence, the two before and
# the one after, the rules' speaker, the previous quotation's speaker, and "no
# entity". Features: before/after, distance in sentences and bytes, type, a
# preposition or "volgens" before it, a speech verb next to it, mention count,
# spoke before, the previous quotation's speaker, quote kind and cue; without
# --pure also whether the rules chose it (a reranker on top of the rules).
# Trained on six of the seven development golds, tested on the seventh.
# Reads only ../shared/gold/dpg-dev.json and docs/devgold/dpg-dev2..7.json.
import json,sys,re,collections,random
sys.path.insert(0,'../shared/gold')
import score
EXP=sys.argv[1]
PURE='--pure' in sys.argv
GOLDS=['../shared/gold/dpg-dev.json']+[f'docs/devgold/dpg-dev{i}.json' for i in range(2,8)]
PREP={'aan','met','tot','van','voor','door','op','bij','naar','over','tegen','tussen','zonder','uit','om','in','onder','achter','na','sinds','tegenover','naast','tijdens','via','dankzij','ondanks','wegens','dan','als','la'}
SPEECH=re.compile(r'^(zegt|zei|zeggen|zeiden|stelt|stelde|vindt|vond|vinden|meldt|meldde|laat|liet|vertelt|vertelde|aldus|schrijft|schreef|benadrukt|verklaart|verklaarde|denkt|waarschuwt|noemt|erkent|reageert|legt|wijst|bevestigt|vraagt|vroeg|antwoordt|concludeert|verwacht|hoopt)\b',re.I)
PRON={'hij','zij','ze','hem','haar','wij','we','ik','zich','die','hen','hun'}
e=json.load(open(EXP))
ex_all=None
def sentences(text):
    return [m.start() for m in re.finditer(r'(?:^|(?<=[.!?]["\'”»]?)\s+)(?=\S)',text)]
data={}  # gold -> list of (cands, label_index_set, sysidx)
for gp in GOLDS:
    gold=json.load(open(gp))
    ex=score.Export(EXP,list(gold['docs']))
    ents={x['id']:x for x in ex.e['entities']}
    ments=collections.defaultdict(list)
    for en in ex.e['entities']:
        if en.get('type') not in ('PER','ORG'): continue
        for m in en.get('mentions',[]):
            if m['article'] in ex.doc_of: ments[m['article']].append((m['start'],m['end'],en['id'],en['type']))
    bydoc=collections.defaultdict(list)
    for d,q in ex.items('quotes'):
        if (q.get('kind') or 'direct')!='term': bydoc[q['article']].append(q)
    for a in bydoc: bydoc[a].sort(key=lambda q:q['start'])
    sysq=[(d,q) for d,q in ex.items('quotes') if (q.get('kind') or 'direct')!='term']
    keycache={}
    def key(eid,doc):
        if (eid,doc) not in keycache: keycache[(eid,doc)]=score.gold_key_of(ex,gold,eid,doc)
        return keycache[(eid,doc)]
    rows=[]
    for g in gold['quotes']:
        hit=next((q for d,q in sysq if d==g['doc'] and score.match_quote(g,q)),None)
        if not hit: continue
        art=hit['article'];         t=ex.text[art]
        # sentence bounds (byte offsets) by a crude splitter
        starts=[0]+[m.end() for m in re.finditer(rb'[.!?]["\'\xe2\x80\x9d]*\s+',t)]
        def sent(o):
            i=0
            for k,s in enumerate(starts):
                if s<=o: i=k
            return i
        qs_=sent(hit['start']); qe_=sent(max(hit['start'],hit['end']-1))
        qlist=bydoc[art]; qi=next(i for i,q in enumerate(qlist) if q is hit)
        prevsp=qlist[qi-1].get('speaker') if qi>0 else None
        spoke=collections.Counter(q.get('speaker') for q in qlist[:qi] if q.get('speaker'))
        cnt=collections.Counter(m[2] for m in ments[art])
        cands={}
        for (s,en_,eid,ty) in ments[art]:
            if hit['start']<=s<hit['end']: continue
            ss=sent(s)
            if not (qs_-2<=ss<=qe_+1) and eid!=hit.get('speaker') and eid!=prevsp: continue
            before=s<hit['start']
            dist=(hit['start']-en_) if before else (s-hit['end'])
            prevw=t[max(0,s-20):s].decode(errors='replace').split()
            pw=prevw[-1].lower() if prevw else ''
            pw2=prevw[-2].lower() if len(prevw)>1 else ''
            nextw=t[en_:en_+20].decode(errors='replace').strip(' ,')
            f={'before':before,'sd=%d'%max(-3,min(3,ss-qs_ if before else ss-qe_)):1,
               'dist=%d'%min(5,dist//60):1,'ty='+ty:1,'prep':pw in PREP,'volgens':pw=='volgens' or pw2=='volgens',
               'nextspeech':bool(SPEECH.match(nextw)),'prevspeech':bool(SPEECH.match(pw)) or bool(SPEECH.match(pw2)),
               'cnt=%d'%min(4,cnt[eid]):1,'spoke':spoke[eid]>0,'prevq':eid==prevsp,
               'kind='+hit['kind']:1,'cue':bool(hit.get('cue'))}
            old=cands.get(eid)
            if old is None or dist<old[1]: cands[eid]=(f,dist)
        sysc=hit.get('speaker')
        st=(hit.get('speaker_text') or '').lower()
        sttype='pron' if st in PRON else 'none' if not st else 'desc' if st.split()[0] in ('de','het','een') or st[0].islower() else 'name'
        clist=[]
        for eid,(f,dist) in cands.items():
            f=dict(f)
            if not PURE:
                f['sys']=eid==sysc
                f['sys&'+sttype]=eid==sysc; f['sys&cue']=eid==sysc and bool(hit.get('cue'))
            clist.append((eid,f))
        if sysc and sysc not in cands:
            clist.append((sysc,{'far':1} if PURE else {'sys':1,'sys&'+sttype:1,'far':1,'sys&cue':bool(hit.get('cue'))}))
        nf={'NONE':1,'NONE&cue':bool(hit.get('cue')),'NONE&kind='+hit['kind']:1}
        if not PURE:
            nf.update({'NONE&sysnone':sysc is None,'NONE&'+sttype:1})
        clist.append((None,nf))
        want=g.get('speaker')
        good=set()
        for i,(eid,f) in enumerate(clist):
            k=key(eid,g['doc']) if eid else None
            if k==want or (want or '').startswith('anon') and k is None: good.add(i)
        sysi=next(i for i,(eid,f) in enumerate(clist) if eid==sysc)
        rows.append(([{k:float(v) for k,v in f.items() if v} for eid,f in clist],good,sysi))
    data[gp.split('/')[-1]]=rows
def train(rows,epochs=10,seed=1):
    w=collections.defaultdict(float); acc=collections.defaultdict(float); c=1
    rows=list(rows); rnd=random.Random(seed)
    for ep in range(epochs):
        rnd.shuffle(rows)
        for cands,good,sysi in rows:
            if not good: continue
            sc=[sum(w[k]*v for k,v in f.items()) for f in cands]
            best=max(range(len(cands)),key=lambda i:(sc[i],i==sysi))
            if best not in good:
                tgt=max(good,key=lambda i:(sc[i],i==sysi))
                for k,v in cands[tgt].items(): w[k]+=v; acc[k]+=c*v
                for k,v in cands[best].items(): w[k]-=v; acc[k]-=c*v
            c+=1
    return {k:w[k]-acc[k]/c for k in w}
def test(w,rows):
    r=0
    for cands,good,sysi in rows:
        sc=[sum(w.get(k,0)*v for k,v in f.items()) for f in cands]
        best=max(range(len(cands)),key=lambda i:(sc[i],i==sysi))
        r+=best in good
    return r
print('| held-out gold | found | rules right | ranker right | oracle (a candidate right) |')
print('|---|---|---|---|---|')
T=[0,0,0,0]
for g in data:
    tr=[r for h in data if h!=g for r in data[h]]
    w=train(tr)
    rows=data[g]
    rules=sum(sysi in good for c,good,sysi in rows); rk=test(w,rows); orc=sum(bool(good) for c,good,sysi in rows)
    T=[T[0]+len(rows),T[1]+rules,T[2]+rk,T[3]+orc]
    print(f'| {g} | {len(rows)} | {rules} | {rk} | {orc} |')
print(f'| **sum** | {T[0]} | {T[1]} | {T[2]} | {T[3]} |')
