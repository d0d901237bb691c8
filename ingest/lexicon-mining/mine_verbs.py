import pickle, json, re, collections, sys
DIAC = re.compile('[\u0610-\u061a\u064b-\u065f\u0670\u0640]')
def fold(s):
    s = DIAC.sub('', s)
    return re.sub('[أإآٱ]', 'ا', s).replace('ة', 'ه').replace('ى', 'ي')
common = set(l.strip() for l in open('ingest/src/main/resources/org/mizan/ingest/attribution/common-words.txt') if not l.startswith('#'))
after = collections.Counter(); tot = collections.Counter()
MARK = {'لا','ولا','ما','لم','لن','قد','سوف','وقد','فقد','لقد','ولم','ولن','كي','لكي','وسوف'}
for line in open('../shared/corpus/arabic-news.jsonl', encoding='utf-8'):
    a = json.loads(line)
    toks = re.findall(r'[\u0621-\u064a]+', fold(a.get('body') or ''))
    for i in range(1, len(toks)):
        tot[toks[i]] += 1
        if toks[i-1] in MARK:
            after[toks[i]] += 1
out = sorted(w for w, n in after.items() if n >= 2 and n >= 0.1 * tot[w] and w not in common and len(w) >= 3)
with open(sys.argv[1], 'w', encoding='utf-8') as f:
    f.write('# Verb forms (folded): words the corpus puts after لم، لن، قد، سوف، كي at least twice (and in at least 10% of\n')
    f.write('# their uses). A verb ends a speaker name ("وأكد شتاينماير تفهمه" stops before a verb) and never starts one.\n')
    for w in out: f.write(w + '\n')
print(len(out))
