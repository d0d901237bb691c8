#!/usr/bin/env python3
"""Measures how LinkJsonl's stories (OUT-stories.jsonl) cut the dev corpus into events, on the same two
halves as score_halves.py (a pair of articles is tune or check by a hash of its two ids), so that rules
are tuned on one half and checked on the other:

- stories, articles per story;
- links crossing stories: links whose two claims sit in two different stories, and the story pairs so joined;
- judged pairs as event gold (../shared/dev-links/judged.jsonl, rubric: agree, conflict, contrast and
  related are "the same event or story", unrelated is "different events"): of the article pairs judged
  same-event, the share in one story (kept together); of those judged unrelated, the share in one story
  (mixed: must stay 0);
- with JUDGEMENTS (story coherence read by hand, {"articles": [...], "verdict": "one event"|"mixed"}),
  how many of today's multi-article stories were read and judged one event.

usage: story_measure.py JUDGED.jsonl OUT_PREFIX [--judgements FILE] [--show tune]
  (--show tune lists the tune half's same-event pairs that sit in two stories, with both headlines;
   the check half is never listed)"""
import argparse, collections, hashlib, json


def rows(p):
    return [json.loads(l) for l in open(p, encoding='utf-8') if l.strip()]


def half(x, y):
    ids = '|'.join(sorted([x, y]))
    return 'tune' if int(hashlib.md5(ids.encode()).hexdigest(), 16) % 2 == 0 else 'check'


ap = argparse.ArgumentParser()
ap.add_argument('judged')
ap.add_argument('prefix')
ap.add_argument('--judgements')
ap.add_argument('--show')
args = ap.parse_args()

stories = rows(args.prefix + '-stories.jsonl')
links = rows(args.prefix + '-links.jsonl')
story_of = {}
title_of = {}
for s in stories:
    for a, t in zip(s['articleIds'], s['titles']):
        story_of[a] = s['story']
        title_of[a] = t
sizes = collections.Counter(s['articles'] for s in stories)
print('stories', len(stories), '| articles', len(story_of), '| multi-article', sum(1 for s in stories if s['articles'] > 1),
      '| articles per story', dict(sorted(sizes.items())))
print('largest story', max((s['articles'] for s in stories), default=0), 'articles',
      max((s['claims'] for s in stories), default=0), 'claims (max)')

cross = collections.Counter()
pairs = collections.defaultdict(set)
total = collections.Counter()
for l in links:
    a, b = l['a']['article'], l['b']['article']
    if a == b:
        continue
    h = half(a, b)
    total[h] += 1
    sa, sb = story_of.get(a), story_of.get(b)
    if sa != sb:
        cross[h] += 1
        pairs[h].add(tuple(sorted([str(sa), str(sb)])))
for h in ('tune', 'check'):
    print(f'{h:5s} links between two articles {total[h]}, crossing stories {cross[h]} over {len(pairs[h])} story pairs')
print(f'all   links between two articles {sum(total.values())}, crossing stories {sum(cross.values())} over '
      f'{len(pairs["tune"] | pairs["check"])} story pairs')

same = collections.defaultdict(set)
claim = collections.defaultdict(set)
apart = collections.defaultdict(set)
for r in rows(args.judged):
    a, b = r['a']['article'], r['b']['article']
    if a == b:
        continue
    key = tuple(sorted([a, b]))
    (apart if r['label'] == 'unrelated' else same)[half(a, b)].add(key)
    if r['label'] in ('agree', 'conflict', 'contrast'):
        claim[half(a, b)].add(key)


def together(a, b):
    return story_of.get(a) is not None and story_of.get(a) == story_of.get(b)


for h in ('tune', 'check', 'all'):
    pick = (lambda d: d['tune'] | d['check']) if h == 'all' else (lambda d: d[h])
    sp, cp = pick(same), pick(claim)
    up = pick(apart) - sp
    kept = sum(1 for p in sp if together(*p))
    ckept = sum(1 for p in cp if together(*p))
    mixed = [p for p in up if together(*p)]
    print(f'{h:5s} judged same-event article pairs {len(sp)}: in one story {kept} ({kept / max(1, len(sp)):.3f}), '
          f'of them same-claim pairs {len(cp)}: {ckept} ({ckept / max(1, len(cp)):.3f}); '
          f'judged unrelated {len(up)}: in one story {len(mixed)}')
    if args.show == h:
        for a, b in mixed:
            print(f'   MIXED {story_of[a]} | {title_of[a]} || {title_of[b]}')

if args.judgements:
    judged = {frozenset(j['articles']): j for j in rows(args.judgements)}
    multi = [s for s in stories if s['articles'] > 1]
    read = [judged[frozenset(s['articleIds'])] for s in multi if frozenset(s['articleIds']) in judged]
    one = sum(1 for j in read if j['verdict'] == 'one event')
    print(f'coherence: {len(read)} of {len(multi)} multi-article stories read, {one} one event '
          f'({one / max(1, len(read)):.3f}); unread:', [s['story'] for s in multi if frozenset(s['articleIds']) not in judged])

if args.show:
    print()
    shown = collections.defaultdict(int)
    for a, b in sorted(same[args.show]):
        sa, sb = story_of.get(a), story_of.get(b)
        if sa != sb:
            shown[tuple(sorted([str(sa), str(sb)]))] += 1
            if shown[tuple(sorted([str(sa), str(sb)]))] == 1:
                print(f'{sa} | {a} | {title_of.get(a)}\n{sb} | {b} | {title_of.get(b)}\n')
