#!/usr/bin/env python3
"""Lists the judged true pairs (agree/conflict/contrast) of the TUNE half that the links miss, with the
claims Mizan placed in each sentence (speaker | content), so that misses can be classified. The check
half is never shown: it stays frozen (score_halves.py decides the halves).
usage: misses.py JUDGED.jsonl OUT_PREFIX [OWN.jsonl]   (OUT_PREFIX as given to LinkJsonl)"""
import collections, hashlib, json, sys
judged, prefix = sys.argv[1:3]
own = sys.argv[3] if len(sys.argv) > 3 else None
def rows(p):
    return [json.loads(l) for l in open(p, encoding='utf-8') if l.strip()]
def half(r):
    # the same split as score_halves.py
    ids = '|'.join(sorted([r['a']['article'], r['b']['article']]))
    return 'tune' if int(hashlib.md5(ids.encode()).hexdigest(), 16) % 2 == 0 else 'check'
def key(r):
    return tuple(sorted([(r['a']['article'], r['a']['sent_start']), (r['b']['article'], r['b']['sent_start'])]))
gold = rows(judged) + (rows(own) if own else [])
seen = set(); pos = []
for r in gold:
    k = key(r)
    if k in seen: continue
    seen.add(k)
    if r['label'] in ('agree', 'conflict', 'contrast') and half(r) == 'tune':
        pos.append(r)
linked = {key(l) for l in rows(prefix + '-links.jsonl')}
claims = collections.defaultdict(list)
sents = {}
for c in rows(prefix + '-claims.jsonl'):
    claims[(c['article'], c['sent_start'])].append(c)
    sents[(c['article'], c['sent_start'])] = c['sentence']
n = 0
for r in pos:
    if key(r) in linked: continue
    n += 1
    print(f"== {r['pair']} {r['label']}: {r.get('about','')}")
    for side in ('a', 'b'):
        s = r[side]
        k = (s['article'], s['sent_start'])
        print(f"  {side} {s['article']} {s.get('outlet','')} {s.get('date','')[:10]} @{s['sent_start']}: {s.get('sentence') or sents.get(k,'?')}")
        for c in claims.get(k, []):
            print(f"     claim {c['claim']} [{c['speaker']}] cue={c['cue']} | {c['content']}")
        if not claims.get(k): print("     (no claim in this sentence)")
print(f"{n} missed of {len(pos)} tune positives", file=sys.stderr)
