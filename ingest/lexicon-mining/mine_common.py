import pickle, sys
c = pickle.load(open('/tmp/attr/counts.pkl','rb'))
def defi(w):
    return sum(c[p+'ال'+w] for p in ('', 'و', 'ف', 'ب', 'ك')) + sum(c[p+'ل'+w] for p in ('ل','ول','فل'))
out = []
for w, n in c.items():
    if w.startswith('ال') or w.startswith('لل') or len(w) < 2: continue
    d = defi(w)
    if d >= 5 and d >= 0.1 * n and n >= 3 and d <= 40 * n:
        out.append((w, n, d))
out.sort()
with open(sys.argv[1], 'w', encoding='utf-8') as f:
    f.write('# Common nouns and adjectives (folded, without ال): words the corpus uses both bare and with the article\n')
    f.write('# (definite count >= 5, between 10% and 40 times the bare count, bare count >= 3: a surname such as\n# السيسي is almost never bare). Proper names rarely take ال,\n')
    f.write('# so a word missing here may start a name. Mined from corpus/arabic-news.jsonl.\n')
    for w, n, d in out: f.write(w + '\n')
print(len(out))
