package org.mizan.web.search;

import static org.mizan.web.search.SearchFields.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.mizan.web.MizanConfig;

/**
 * The Lucene index under {@code <data-dir>/search}: open for reading at any time, written by one thread
 * (SearchFollower). Each commit records the last change-log sequence it holds, so a restarted instance
 * goes on from there; an index that is missing or unreadable is rebuilt from the database.
 */
@ApplicationScoped
public class SearchIndex {

    /** Bumped when the documents change shape: an index of another version is rebuilt. */
    static final String VERSION = "1";

    final ArabicSearchAnalyzer analyzer = new ArabicSearchAnalyzer();
    private FSDirectory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private boolean fresh;

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
            IndexWriterConfig iwc = new IndexWriterConfig(analyzer)
                    .setOpenMode(fresh ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            writer = new IndexWriter(directory, iwc);
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index under " + config.dataDir(), e);
        }
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
        Map<String, String> m = new java.util.HashMap<>();
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
            }
        }
    }

    void deleteAll() throws IOException {
        writer.deleteAll();
    }

    /** Commits what was written as holding the change log up to {@code seq}, and lets searches see it. */
    void commit(long seq) throws IOException {
        writer.setLiveCommitData(Map.of("seq", Long.toString(seq), "version", VERSION).entrySet());
        writer.commit();
        fresh = false;
        searchers.maybeRefreshBlocking();
    }

    /** The (type, id) of every document matching the query (the dependants of a removed article). */
    List<Map.Entry<SearchType, Long>> keysOf(Query query) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            List<Map.Entry<SearchType, Long>> out = new ArrayList<>();
            StoredFields stored = s.storedFields();
            for (ScoreDoc sd : s.search(query, 100_000).scoreDocs) {
                addKey(stored, sd.doc, out);
            }
            return out;
        } finally {
            searchers.release(s);
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

    static Query dependants(long articleId) {
        return new TermQuery(new Term(DEP, Long.toString(articleId)));
    }

    /** Runs {@code work} on a current searcher. */
    <T> T withSearcher(SearcherWork<T> work) {
        open();
        try {
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
