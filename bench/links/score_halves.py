#!/usr/bin/env python3
"""Scores stored links on two fixed halves of the dev pairs — a tune half and a frozen check half — so
that rules tuned on one are checked on the other. A pair's half is fixed by a hash of its two article
ids (sorted), independent of Mizan. Each half is scored by ../shared/tools/score_links.py twice: against
the shared judgements alone, and against them plus our own judgements of links nobody had judged
(bench/links/own-judgements.jsonl, same rubric; the shared file always wins where both judged a pair).
usage: score_halves.py JUDGED.jsonl LINKS.jsonl [OWN.jsonl]"""
import hashlib, json, os, subprocess, sys, tempfile
judged, links = sys.argv[1:3]
own = sys.argv[3] if len(sys.argv) > 3 else None
scorer = os.path.join(os.path.dirname(os.path.abspath(judged)), '..', 'tools', 'score_links.py')
def half(r):
    ids = '|'.join(sorted([r['a']['article'], r['b']['article']]))
    return 'tune' if int(hashlib.md5(ids.encode()).hexdigest(), 16) % 2 == 0 else 'check'
def rows(p):
    return [json.loads(l) for l in open(p, encoding='utf-8') if l.strip()]
def key(r):
    return tuple(sorted([(r['a']['article'], r['a']['sent_start']), (r['b']['article'], r['b']['sent_start'])]))
gold = rows(judged)
pool_own = list(gold)
if own:
    known = {key(r) for r in gold}
    pool_own += [r for r in rows(own) if key(r) not in known]
lk = rows(links)
def write(rs):
    f = tempfile.NamedTemporaryFile('w', suffix='.jsonl', delete=False, encoding='utf-8')
    for r in rs:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
    f.close()
    return f.name
for h in ('tune', 'check', 'all'):
    sel = (lambda r: True) if h == 'all' else (lambda r, h=h: half(r) == h)
    pools = [('shared', gold)] + ([('shared+own', pool_own)] if own else [])
    for name, pool in pools:
        pf, lf = write([r for r in pool if sel(r)]), write([r for r in lk if sel(r)])
        out = subprocess.run([sys.executable, scorer, pf, lf, '--summary'], capture_output=True, text=True).stdout
        print(f'{h:5s} {name:10s} {out.strip()}')
        os.unlink(pf); os.unlink(lf)
