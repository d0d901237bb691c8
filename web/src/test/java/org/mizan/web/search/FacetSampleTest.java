package org.mizan.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.web.search.SearchFields.DATE_SORT;
import static org.mizan.web.search.SearchFields.ID;
import static org.mizan.web.search.SearchFields.OUTLET;
import static org.mizan.web.search.SearchFields.TYPE;

import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Facets counted over a search's best results only, with its exact total beside them. */
class FacetSampleTest {

    /** 25 results over three segments: the 15 oldest from outlet A, the 10 newest from outlet B. */
    private static IndexSearcher searcher() throws Exception {
        return searcher(25);
    }

    /** {@code n} results, the first 15 from outlet A, the rest from B, dated in id order. */
    private static IndexSearcher searcher(int n) throws Exception {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, SearchIndex.config(new ArabicSearchAnalyzer()))) {
            for (int i = 0; i < n; i++) {
                Document d = new Document();
                d.add(new StringField(TYPE, "claim", Field.Store.NO));
                d.add(new NumericDocValuesField(ID, i));
                d.add(new NumericDocValuesField(DATE_SORT, 19000 + i));
                String outlet = i < 15 ? "A" : "B";
                d.add(new StringField(OUTLET, outlet, Field.Store.NO));
                d.add(new SortedSetDocValuesField(OUTLET, new BytesRef(outlet)));
                w.addDocument(d);
                if (i % 9 == 8) {
                    w.commit();
                }
            }
        }
        IndexSearcher s = new IndexSearcher(DirectoryReader.open(dir));
        assertThat(s.getIndexReader().leaves()).hasSizeGreaterThan(1);
        return s;
    }

    @Test
    void withFewerResultsThanTheSampleEveryResultIsCounted() throws Exception {
        SearchQueries.Counts c = SearchQueries.sampled(searcher(), new TermQuery(new Term(TYPE, "claim")), List.of(OUTLET), 100);
        assertThat(c.total()).isEqualTo(25);
        assertThat(c.countedOver()).isEqualTo(25);
        assertThat(c.facets().get(OUTLET)).isEqualTo(Map.of("A", 15, "B", 10));
    }

    @Test
    void aCommonWordCountsItsFacetsOverTheNewestResultsAndKeepsTheExactTotal() throws Exception {
        SearchQueries.Counts c = SearchQueries.sampled(searcher(), new TermQuery(new Term(TYPE, "claim")), List.of(OUTLET), 12);
        assertThat(c.total()).isEqualTo(25);
        assertThat(c.countedOver()).isEqualTo(12);
        // The 12 newest: all 10 of B, and the 2 newest of A.
        assertThat(c.facets().get(OUTLET)).isEqualTo(Map.of("B", 10, "A", 2));
        assertThat(new SearchService.Facets(List.of(), List.of(), List.of(), c.countedOver(), c.total()).sampled()).isTrue();
    }

    @Test
    void aPreviewCountsExactlyBelowTheLimitAndShowsTheNewest() throws Exception {
        SearchQueries.Preview p = SearchQueries.preview(searcher(), new TermQuery(new Term(TYPE, "claim")), 3, false, List.of(OUTLET), 1000);
        assertThat(p.total()).isEqualTo(25);
        assertThat(p.atLeast()).isFalse();
        assertThat(p.hits().ids()).containsExactly(24L, 23L, 22L);
        assertThat(p.facets().get(OUTLET)).isEqualTo(Map.of("A", 15, "B", 10));
    }

    @Test
    void aPreviewOfACommonWordSaysMoreThanTheLimitInsteadOfCountingOn() throws Exception {
        int n = SearchQueries.TOTAL_LIMIT + 500;
        SearchQueries.Preview p = SearchQueries.preview(searcher(n), new TermQuery(new Term(TYPE, "claim")), 5, true, List.of(), 1000);
        assertThat(p.atLeast()).isTrue();
        assertThat(p.total()).isBetween(SearchQueries.TOTAL_LIMIT, n);
        assertThat(p.hits().ids()).hasSize(5).doesNotHaveDuplicates();
    }
}
