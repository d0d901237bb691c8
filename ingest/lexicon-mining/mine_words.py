import json, re, collections
DIAC = re.compile('[\u0610-\u061a\u064b-\u065f\u0670\u0640]')
def fold(s):
    s = DIAC.sub('', s)
    return re.sub('[أإآٱ]', 'ا', s).replace('ة', 'ه').replace('ى', 'ي')
c = collections.Counter()
for line in open('../shared/corpus/arabic-news.jsonl', encoding='utf-8'):
    a = json.loads(line)
    for t in re.findall(r'[\u0621-\u064a]+', fold((a.get('body') or '') + ' ' + (a.get('title') or ''))):
        c[t] += 1
import pickle; import os; os.makedirs('/tmp/attr', exist_ok=True); pickle.dump(c, open('/tmp/attr/counts.pkl','wb'))
def defi(w):
    return sum(c[p+'ال'+w] for p in ('', 'و', 'ف', 'ب', 'ك')) + sum(c[p+'ل'+w] for p in ('ل','ول','فل'))
def bare(w): return c[w]
for w in 'سراج جبير شرقاوي حويج لافروف اوباما عادل محمد حسن كامل امين فايز اداره خارجيه وزير روسي مروان كاميرون بيان مصادر تفهمه سيرغي خليفه حفتر'.split():
    print(w, bare(w), defi(w))
