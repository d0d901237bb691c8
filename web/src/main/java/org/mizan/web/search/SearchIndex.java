package org.mizan.web.search;

import static org.mizan.web.search.SearchFields.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.mizan.web.MizanConfig;

/**
 * The Lucene index under {@code <data-dir>/search}: open for reading at any time, written by one thread
 * (SearchFollower). Writes are cheap and are made visible lazily: a search reopens the near-real-time
 * reader only when the index changed since the last one (a write load with no searches reopens nothing),
 * and the index goes to disk every {@link #COMMIT_EVERY_MILLIS} (and at shutdown), not at every write.
 * Each commit records the last change-log sequence it holds, so a restarted instance goes on from there
 * (what came after the last commit is read from the log again); an index that is missing or unreadable is
 * rebuilt from the database.
 */
@ApplicationScoped
public class SearchIndex {

    /** Bumped when the documents change shape: an index of another version is rebuilt. */
    static final String VERSION = "2";

    final ArabicSearchAnalyzer analyzer = new ArabicSearchAnalyzer();
    private FSDirectory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private boolean fresh;
    /** Bumped by every write; the searchers are reopened when it moved since they were. */
    private volatile long writes;
    private volatile long refreshedAt;
    private long committedAt;
    /** Articles named (DEP) by documents written since the searchers were last reopened. */
    private final Set<String> dependedOnSinceRefresh = ConcurrentHashMap.newKeySet();
    private long lastCommit = System.currentTimeMillis();
    static final long COMMIT_EVERY_MILLIS = 10_000;

    @Inject
    MizanConfig config;

    synchronized void open() {
        if (writer != null) {
            return;
        }
        try {
            Path dir = Path.of(config.dataDir(), "search");
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            Map<String, String> data = DirectoryReader.indexExists(directory) ? committed() : Map.of();
            fresh = !VERSION.equals(data.get("version"));
            writer = new IndexWriter(directory, config(analyzer)
                    .setOpenMode(fresh ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index under " + config.dataDir(), e);
        }
    }

    /**
     * Documents are kept newest first in every segment ({@link SearchQueries#NEWEST}): a search for the newest
     * results (a page by date, the facets' sample) stops after the first matches of each segment.
     */
    static IndexWriterConfig config(ArabicSearchAnalyzer analyzer) {
        return new IndexWriterConfig(analyzer).setIndexSort(SearchQueries.NEWEST);
    }

    private Map<String, String> committed() {
        try (DirectoryReader r = DirectoryReader.open(directory)) {
            return r.getIndexCommit().getUserData();
        } catch (IOException | RuntimeException e) {
            return Map.of(); // unreadable: rebuilt
        }
    }

    /** True when the index was created empty at start (none, another version, unreadable): it must be rebuilt. */
    boolean needsRebuild() {
        open();
        return fresh;
    }

    /** The change-log sequence this index holds everything up to (0 when none). */
    long sequence() {
        open();
        String seq = writer.getLiveCommitData() == null ? null : liveData().get("seq");
        return seq == null ? 0 : Long.parseLong(seq);
    }

    private Map<String, String> liveData() {
        Map<String, String> m = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> m.put(e.getKey(), e.getValue()));
        }
        return m;
    }

    /** Writes these documents (null document: remove the key) and removes every document an article owned. */
    void write(List<Long> removedOwners, List<SearchDocuments.Doc> docs) throws IOException {
        for (Long owner : removedOwners) {
            writer.deleteDocuments(new Term(OWN, owner.toString()));
        }
        for (SearchDocuments.Doc d : docs) {
            if (d.document() == null) {
                writer.deleteDocuments(new Term(KEY, d.key()));
            } else {
                writer.updateDocument(new Term(KEY, d.key()), d.document());
                // After the write, cleared before a reopen: a name seen here is in the next searchers.
                dependedOnSinceRefresh.addAll(List.of(d.document().getValues(DEP)));
            }
        }
        writes++;
    }

    void deleteAll() throws IOException {
        writer.deleteAll();
        writes++;
    }

    /**
     * Notes that what was written holds the change log up to {@code seq}: the next search sees it, the next
     * commit records it (see {@link #commitIfDue}).
     */
    void written(long seq) {
        writer.setLiveCommitData(Map.of("seq", Long.toString(seq), "version", VERSION).entrySet());
        writes++;
    }

    /** Commits now (after a rebuild: a restart must not build it again). */
    void commit() throws IOException {
        writer.commit();
        fresh = false;
        committedAt = writes;
        lastCommit = System.currentTimeMillis();
    }

    /** Commits when something was written and the last commit is older than {@link #COMMIT_EVERY_MILLIS}. */
    void commitIfDue() throws IOException {
        if (committedAt != writes && System.currentTimeMillis() - lastCommit >= COMMIT_EVERY_MILLIS) {
            commit();
        }
    }

    /** Reopens the searchers when the index was written since they were opened (cheap when it was not). */
    private void refreshIfWritten() throws IOException {
        long w = writes;
        if (w != refreshedAt) {
            dependedOnSinceRefresh.clear();
            searchers.maybeRefreshBlocking();
            refreshedAt = w;
        }
    }

    /**
     * The (type, id) of every document whose content comes from this article (claims linked to its claims,
     * its stories): they are indexed again when it changes. Read from the searchers as they are, reopened
     * first only when a document written since names the article (writes of unrelated articles reopen nothing).
     */
    List<Map.Entry<SearchType, Long>> dependantsOf(long articleId) throws IOException {
        String article = Long.toString(articleId);
        if (dependedOnSinceRefresh.contains(article)) {
            refreshIfWritten();
        }
        IndexSearcher s = searchers.acquire();
        try {
            List<Map.Entry<SearchType, Long>> out = new ArrayList<>();
            StoredFields stored = s.storedFields();
            // Every match, in doc order: no top-n queue to fill (a queue of 100,000 was allocated per article).
            for (int doc : s.search(new TermQuery(new Term(DEP, article)), new DocIds())) {
                addKey(stored, doc, out);
            }
            return out;
        } finally {
            searchers.release(s);
        }
    }

    /** Collects the (top-level) ids of every matching document. */
    private static final class DocIds implements CollectorManager<DocIds.Docs, List<Integer>> {
        static final class Docs extends SimpleCollector {
            final List<Integer> docs = new ArrayList<>();
            private int base;

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                base = context.docBase;
            }

            @Override
            public void collect(int doc) {
                docs.add(base + doc);
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        }

        @Override
        public Docs newCollector() {
            return new Docs();
        }

        @Override
        public List<Integer> reduce(Collection<Docs> collectors) {
            List<Integer> all = new ArrayList<>();
            collectors.forEach(c -> all.addAll(c.docs));
            return all;
        }
    }

    private static void addKey(StoredFields stored, int doc, List<Map.Entry<SearchType, Long>> out) throws IOException {
        org.apache.lucene.document.Document d = stored.document(doc);
        SearchType type = SearchType.of(d.get(TYPE));
        if (type != null) {
            out.add(Map.entry(type, d.getField(ID).numericValue().longValue()));
        }
    }

    /** How many documents of a type the index holds. */
    int count(SearchType type) {
        return withSearcher(s -> s.count(new TermQuery(new Term(TYPE, type.wire()))));
    }

    /** Runs {@code work} on a current searcher. */
    <T> T withSearcher(SearcherWork<T> work) {
        open();
        try {
            refreshIfWritten();
            IndexSearcher s = searchers.acquire();
            try {
                return work.run(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    synchronized void close() {
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                writer.close();
            }
            if (directory != null) {
                directory.close();
            }
        } catch (IOException e) {
            // closing at shutdown: the last commit is on disk, nothing else to keep
        } finally {
            writer = null;
        }
    }
}
