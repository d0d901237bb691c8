#!/usr/bin/env python3
"""Split the development set into a TUNE half and a frozen CHECK half, and score each half.

The split is deterministic: articles are grouped into strata (first 40 / later 40 of articles.jsonl x
outlet family by id prefix), each stratum is ordered by sha1(id) and alternately assigned tune/check,
so both halves are balanced across the old and new articles and both outlet collections/years.
Tune only on tune-half errors; look at the check half only to accept or reject a change.

  python3 bench/scripts/dev_split.py ARTICLES GOLD PRED            # scores: all / tune / check
  python3 bench/scripts/dev_split.py ARTICLES GOLD PRED --rules    # + per-rule speaker accuracy
  python3 bench/scripts/dev_split.py ARTICLES GOLD PRED --errors tune   # list tune-half errors
"""
import argparse, hashlib, importlib.util, json, os, sys
from collections import Counter

SCORER = os.environ.get('MIZAN_SCORER', os.path.join(os.path.dirname(__file__), '../../../shared/tools/score_attribution.py'))


def load_scorer():
    path = SCORER if os.path.exists(SCORER) else '/work/shared/tools/score_attribution.py'
    spec = importlib.util.spec_from_file_location('score_attribution', path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def read_jsonl(path):
    return [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]


def split(article_ids):
    """Returns {id: 'tune'|'check'}; article_ids in file order."""
    strata = {}
    for i, aid in enumerate(article_ids):
        key = ('old' if i < 40 else 'new', aid.split('-')[0])
        strata.setdefault(key, []).append(aid)
    half = {}
    for key in sorted(strata):
        ordered = sorted(strata[key], key=lambda a: hashlib.sha1(a.encode()).hexdigest())
        for j, aid in enumerate(ordered):
            half[aid] = 'tune' if j % 2 == 0 else 'check'
    return half


def matches(sc, g, p):
    """Gold/pred claim pairs as the scorer matches them (first overlapping unused prediction)."""
    preds = [x for x in p.get('claims') or [] if isinstance(x, dict) and x.get('cue')]
    used, pairs = set(), []
    for gc in g['claims']:
        g0 = gc['cue_offset']; g1 = g0 + len(gc['cue'])
        hit = None
        for pi, pc in enumerate(preds):
            if pi not in used and sc.overlap(pc['cue'].get('start', -9), pc['cue'].get('end', -9), g0, g1):
                hit = pi; break
        if hit is not None:
            used.add(hit)
        pairs.append((gc, preds[hit] if hit is not None else None))
    spurious = [pc for pi, pc in enumerate(preds) if pi not in used]
    return pairs, spurious


def rule_table(sc, gold, pred_by):
    ok, total, spur = Counter(), Counter(), Counter()
    for g in gold:
        pairs, spurious = matches(sc, g, pred_by.get(g['id'], {'claims': []}))
        for gc, pc in pairs:
            if pc is None or gc.get('optional'):
                continue
            rule = (pc.get('speaker') or {}).get('rule') or '-'
            total[rule] += 1
            ok[rule] += sc.speaker_ok(gc['speaker_head'], pc)
        for pc in spurious:
            spur[(pc.get('speaker') or {}).get('rule') or '-'] += 1
    return {r: (ok[r], total[r], spur[r]) for r in set(total) | set(spur)}


def errors(sc, gold, pred_by, body_by):
    for g in gold:
        pairs, spurious = matches(sc, g, pred_by.get(g['id'], {'claims': []}))
        body = body_by[g['id']]
        for gc, pc in pairs:
            if gc.get('optional'):
                continue
            ctx = body[max(0, gc['cue_offset'] - 60): gc['cue_offset'] + 90].replace('\n', ' ')
            if pc is None:
                print('MISS  %s %s | %s' % (g['id'], gc['cue'], ctx)); continue
            probs = []
            if not sc.speaker_ok(gc['speaker_head'], pc):
                s = pc.get('speaker') or {}
                probs.append('SPK gold=%s pred=%s/%s rule=%s' % (gc['speaker_head'], s.get('name'), s.get('mention'), s.get('rule')))
            if gc.get('stated_on') and pc.get('statedOn') != gc['stated_on']:
                probs.append('DATE gold=%s pred=%s' % (gc['stated_on'], pc.get('statedOn')))
            if gc.get('polarity') == 'negated' and pc.get('polarity') != 'negated':
                probs.append('NEG')
            if probs:
                print('%s  %s %s | %s' % (' '.join(probs), g['id'], gc['cue'], ctx))
        for pc in spurious:
            s = pc['cue'].get('start', 0)
            print('SPUR  %s %s | %s' % (g['id'], pc['cue'].get('text'), body[max(0, s - 60): s + 90].replace('\n', ' ')))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('articles'); ap.add_argument('gold'); ap.add_argument('pred')
    ap.add_argument('--rules', action='store_true')
    ap.add_argument('--errors', choices=['tune', 'check'])
    a = ap.parse_args()
    sc = load_scorer()
    arts = read_jsonl(a.articles)
    half = split([x['id'] for x in arts])
    gold = read_jsonl(a.gold)
    pred_by = {p['id']: p for p in read_jsonl(a.pred)}
    if a.errors:
        errors(sc, [g for g in gold if half[g['id']] == a.errors], pred_by, {x['id']: x['body'] for x in arts})
        return
    for name in ('all', 'tune', 'check'):
        gs = [g for g in gold if name == 'all' or half[g['id']] == name]
        rep = sc.score(gs, [pred_by[g['id']] for g in gs if g['id'] in pred_by])
        print(('%-5s n=%2d ' % (name, len(gs))) + 'speaker_f1=%(speaker_f1)s cue_f1=%(cue_f1)s implicit=%(implicit_speaker_recall)s '
              'stated_on=%(stated_on_recall)s negation=%(negation_recall)s timex_value_f1=%(timex_value_f1)s' % rep)
        if a.rules and name != 'all':
            for rule, (ok, n, sp) in sorted(rule_table(sc, gs, pred_by).items(), key=lambda kv: -kv[1][1]):
                print('      %-34s correct %3d / %3d  (%s)  spurious %d' % (rule, ok, n, ('%.2f' % (ok / n)) if n else '-', sp))


if __name__ == '__main__':
    main()
