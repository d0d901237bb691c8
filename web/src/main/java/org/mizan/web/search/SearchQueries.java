package org.mizan.web.search;

import static org.mizan.web.search.SearchFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.mizan.web.paging.Cursor;

/**
 * Lucene queries for one result type: every word of the query must match (its title field counts
 * double), filters narrow, results come by relevance (BM25) or newest first, a page at a time with
 * searchAfter on (score or date, id) — the 500th page costs what the first does.
 */
final class SearchQueries {

    static final float TITLE_BOOST = 2f;
    static final List<String> FACETS = List.of(OUTLET, SPEAKER_FACET, RELATION);

    private SearchQueries() {
    }

    /** The query of a request for its type, null when its words are only punctuation. */
    static Query of(ArabicSearchAnalyzer analyzer, SearchRequest r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (r.hasWords()) {
            // The fields are the type's own: no type filter to intersect with.
            List<Set<String>> words = analyzer.termGroups(body(r.type()), r.q());
            if (words.isEmpty()) {
                return null;
            }
            for (Set<String> word : words) {
                b.add(new BooleanQuery.Builder()
                        .add(new BoostQuery(synonyms(title(r.type()), word), TITLE_BOOST), Occur.SHOULD)
                        .add(synonyms(body(r.type()), word), Occur.SHOULD).build(), Occur.MUST);
            }
        } else {
            b.add(new TermQuery(new Term(TYPE, r.type().wire())), Occur.MUST);
        }
        if (r.outlet() != null) {
            b.add(new TermQuery(new Term(OUTLET, r.outlet())), Occur.FILTER);
        }
        if (!r.speakers().isEmpty()) {
            b.add(new TermInSetQuery(SPEAKER, r.speakers().stream().map(id -> new BytesRef(id.toString())).toList()), Occur.FILTER);
        }
        if (r.relation() != null) {
            b.add(new TermQuery(new Term(RELATION, r.relation())), Occur.FILTER);
        }
        if (r.from() != null || r.to() != null) {
            long from = r.from() == null ? Long.MIN_VALUE + 1 : r.from().toEpochDay();
            long to = r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(DATE, from, to), Occur.FILTER);
        }
        return b.build();
    }

    private static Query synonyms(String field, Set<String> terms) {
        SynonymQuery.Builder s = new SynonymQuery.Builder(field);
        terms.forEach(t -> s.addTerm(new Term(field, t)));
        return s.build();
    }

    /** A page of ids: up to limit + 1 walking from the cursor (nearest first), with each one's cursor key. */
    record Hits(List<Long> ids, List<String[]> keys) {
    }

    static Hits page(IndexSearcher s, Query q, SearchRequest r, int n) throws IOException {
        boolean byScore = r.hasWords() && !r.byDate();
        boolean back = r.cursor() != null && r.cursor().backward();
        Sort sort = byScore
                ? new Sort(new SortField(null, SortField.Type.SCORE, back), new SortField(ID, SortField.Type.LONG, !back))
                : new Sort(dateSort(!back), new SortField(ID, SortField.Type.LONG, !back));
        FieldDoc after = null;
        Cursor c = r.cursor();
        if (c != null) {
            Object first = byScore ? (Object) Float.intBitsToFloat((int) c.number(0)) : (Object) c.number(0);
            // The last document id: the cursor's own row (equal on every sort field) is not returned again.
            after = new FieldDoc(Math.max(0, s.getIndexReader().maxDoc() - 1), byScore ? (Float) first : Float.NaN, new Object[] {first, c.number(1)});
        }
        TopFieldDocs top = s.searchAfter(after, q, n, sort, byScore);
        List<Long> ids = new ArrayList<>();
        List<String[]> keys = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            FieldDoc fd = (FieldDoc) sd;
            long id = (Long) fd.fields[1];
            String first = byScore ? Integer.toString(Float.floatToIntBits((Float) fd.fields[0])) : fd.fields[0].toString();
            ids.add(id);
            keys.add(new String[] {first, Long.toString(id)});
        }
        return new Hits(ids, keys);
    }

    private static SortField dateSort(boolean newestFirst) {
        SortField f = new SortField(DATE_SORT, SortField.Type.LONG, newestFirst);
        f.setMissingValue(Long.MIN_VALUE);
        return f;
    }

    /**
     * How many documents match, and per facet field how many of them carry each value (most first), counted
     * over {@code countedOver} of them.
     */
    record Counts(int total, Map<String, Map<String, Integer>> facets, int countedOver) {
    }

    /** Facets are counted over this many of a search's newest results at most. */
    static final int FACET_SAMPLE = 200;

    static Counts count(IndexSearcher s, Query q, List<String> fields) throws IOException {
        FacetCollector collector = new FacetCollector(fields);
        s.search(q, collector);
        return sorted(collector);
    }

    /**
     * The total of a search, and its facets counted over its newest {@link #FACET_SAMPLE} results only,
     * whatever the page's order: a common word matches a corpus-sized set, and counting every hit's values
     * costs with it. The index is kept sorted newest first ({@link #NEWEST}), so the newest results are the
     * first matches of each segment and Lucene stops there, where the best by relevance would need most hits
     * scored. The total is exact (a count, without scoring); the page says when the facets cover fewer results.
     */
    static Counts sampled(IndexSearcher s, Query q, List<String> fields) throws IOException {
        return sampled(s, q, fields, FACET_SAMPLE);
    }

    static Counts sampled(IndexSearcher s, Query q, List<String> fields, int sample) throws IOException {
        int total = s.count(q);
        if (fields.isEmpty() || total == 0) {
            return new Counts(total, Map.of(), 0);
        }
        ScoreDoc[] newest = newest(s, q, sample).scoreDocs;
        return new Counts(total, facetsOver(s, newest, fields), newest.length);
    }

    /** The newest {@code n} matches: early-terminated in each segment, the index being sorted that way. */
    private static TopDocs newest(IndexSearcher s, Query q, int n) throws IOException {
        return s.search(q, new TopFieldCollectorManager(NEWEST, n, null, n));
    }

    /** Per facet field, how many of these documents carry each value (most first). */
    private static Map<String, Map<String, Integer>> facetsOver(IndexSearcher s, ScoreDoc[] found, List<String> fields) throws IOException {
        ScoreDoc[] docs = found.clone();
        Arrays.sort(docs, Comparator.comparingInt(d -> d.doc));
        FacetCollector collector = new FacetCollector(fields);
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        int leaf = -1;
        LeafCollector into = null;
        for (ScoreDoc d : docs) {
            int at = ReaderUtil.subIndex(d.doc, leaves);
            if (at != leaf) {
                leaf = at;
                into = collector.getLeafCollector(leaves.get(at));
            }
            into.collect(d.doc - leaves.get(at).docBase);
        }
        return sorted(collector).facets();
    }

    /** Newest first, then by id: the order without words, and the index's own order (SearchIndex). */
    static final Sort NEWEST = new Sort(dateSort(true), new SortField(ID, SortField.Type.LONG, true));

    /** A preview's total is counted exactly up to this many results; past it the page says "more than". */
    static final int TOTAL_LIMIT = 10_000;

    /**
     * A preview: the best {@code n} ids (and their cursor keys), facets over the newest {@code sample}, and
     * the total counted up to {@link #TOTAL_LIMIT}. Each is bounded: the best few by relevance let Lucene skip
     * every block of documents that cannot enter them (block-max WAND), the newest stop early in each segment
     * (see {@link #sampled}), and the count stops at the limit, without scores.
     */
    record Preview(Hits hits, int total, boolean atLeast, Map<String, Map<String, Integer>> facets, int countedOver) {
    }

    static Preview preview(IndexSearcher s, Query q, int n, boolean byScore, List<String> fields, int sample) throws IOException {
        int best = Math.max(n, 1);
        TopDocs top = byScore ? s.search(q, new TopScoreDocCollectorManager(best, null, best))
                : newest(s, q, Math.max(best, fields.isEmpty() ? 0 : sample));
        TopDocs newest = fields.isEmpty() ? null : byScore ? newest(s, q, sample) : top;
        int counted = countUpTo(s, q, TOTAL_LIMIT);
        List<Long> ids = new ArrayList<>();
        List<String[]> keys = new ArrayList<>();
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        for (int i = 0; i < Math.min(n, top.scoreDocs.length); i++) {
            ScoreDoc d = top.scoreDocs[i];
            long id;
            String first;
            if (d instanceof FieldDoc fd) {
                id = (Long) fd.fields[1];
                first = fd.fields[0].toString();
            } else {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(d.doc, leaves));
                NumericDocValues idValues = DocValues.getNumeric(leaf.reader(), ID);
                idValues.advanceExact(d.doc - leaf.docBase);
                id = idValues.longValue();
                first = Integer.toString(Float.floatToIntBits(d.score));
            }
            ids.add(id);
            keys.add(new String[] {first, Long.toString(id)});
        }
        boolean atLeast = counted > TOTAL_LIMIT;
        ScoreDoc[] sampled = newest == null ? new ScoreDoc[0] : Arrays.copyOf(newest.scoreDocs, Math.min(sample, newest.scoreDocs.length));
        Map<String, Map<String, Integer>> facets = fields.isEmpty() ? Map.of() : facetsOver(s, sampled, fields);
        return new Preview(new Hits(ids, keys), Math.min(counted, TOTAL_LIMIT), atLeast, facets, sampled.length);
    }

    /** How many documents match, counted without scores and only up to {@code limit} + 1 (more than the limit). */
    static int countUpTo(IndexSearcher s, Query q, int limit) throws IOException {
        int[] n = {0};
        s.search(q, new SimpleCollector() {
            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                if (n[0] > limit) {
                    throw new CollectionTerminatedException();
                }
            }

            @Override
            public void collect(int doc) {
                if (++n[0] > limit) {
                    throw new CollectionTerminatedException();
                }
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return n[0];
    }

    private static Counts sorted(FacetCollector collector) throws IOException {
        collector.flush();
        Map<String, Map<String, Integer>> sorted = new LinkedHashMap<>();
        collector.counts.forEach((field, counts) -> {
            Map<String, Integer> m = new LinkedHashMap<>();
            counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> m.put(e.getKey(), e.getValue()));
            sorted.put(field, m);
        });
        return new Counts(collector.total, sorted, collector.total);
    }

    /** Counts the values of sorted-set doc-value fields over every hit: by ordinal per segment, labels once per segment. */
    private static final class FacetCollector extends SimpleCollector {
        private final List<String> fields;
        final Map<String, Map<String, Integer>> counts = new HashMap<>();
        private final SortedSetDocValues[] values;
        private int[][] ordCounts;
        int total;

        FacetCollector(List<String> fields) {
            this.fields = fields;
            this.values = new SortedSetDocValues[fields.size()];
            fields.forEach(f -> counts.put(f, new HashMap<>()));
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            ordCounts = new int[fields.size()][];
            for (int i = 0; i < fields.size(); i++) {
                values[i] = DocValues.getSortedSet(context.reader(), fields.get(i));
                ordCounts[i] = new int[(int) Math.min(values[i].getValueCount(), Integer.MAX_VALUE - 8)];
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            total++;
            for (int i = 0; i < values.length; i++) {
                if (values[i].advanceExact(doc)) {
                    for (int k = 0; k < values[i].docValueCount(); k++) {
                        ordCounts[i][(int) values[i].nextOrd()]++;
                    }
                }
            }
        }

        void flush() throws IOException {
            if (ordCounts == null) {
                return;
            }
            for (int i = 0; i < fields.size(); i++) {
                Map<String, Integer> m = counts.get(fields.get(i));
                for (int ord = 0; ord < ordCounts[i].length; ord++) {
                    if (ordCounts[i][ord] > 0) {
                        m.merge(values[i].lookupOrd(ord).utf8ToString(), ordCounts[i][ord], Integer::sum);
                    }
                }
            }
            ordCounts = null;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
