package org.mizan.web.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.mizan.web.article.ArticleService.ArticleDeleted;
import org.mizan.web.article.ArticleService.ArticleStored;

/**
 * Rendered story pages, per story and language. A comparison page reads a story's claims, links and
 * evidence (dozens of rows) but changes only when the corpus does, and a reader keeps it open all day:
 * render once, serve the HTML until the next change. Cleared after every committed write that can touch
 * a story (an article stored, a link or story saved or removed).
 */
@ApplicationScoped
public class StoryPageCache {

    static final int MAX_ENTRIES = 4096;

    /** Pages as bytes, plain and gzipped: encoding a long Arabic page on every hit would cost more than serving it. */
    private final Map<String, RenderedPage> pages = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<RenderedPage>> rendering = new ConcurrentHashMap<>();
    private volatile long generation;
    private volatile long version = Long.MIN_VALUE;

    /** The rendered page if held, else null. */
    public RenderedPage cached(long storyId, String lang) {
        return pages.get(storyId + "/" + lang);
    }

    /**
     * The page, rendered at most once at a time per story and language: requests that arrive while it is
     * being rendered wait for that render instead of starting their own (a cold cache under load would
     * otherwise run one render per request and drain the connection pool).
     */
    public RenderedPage page(long storyId, String lang, Supplier<String> render) {
        String key = storyId + "/" + lang;
        RenderedPage cached = pages.get(key);
        if (cached != null) {
            return cached;
        }
        CompletableFuture<RenderedPage> mine = new CompletableFuture<>();
        CompletableFuture<RenderedPage> running = rendering.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            long before = generation;
            RenderedPage rendered = RenderedPage.of(render.get());
            // Keep it only if no write committed while rendering: a page rendered from older rows must not stay.
            if (before == generation) {
                if (pages.size() >= MAX_ENTRIES) {
                    pages.clear();
                }
                pages.put(key, rendered);
            }
            mine.complete(rendered);
            return rendered;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            rendering.remove(key, mine);
        }
    }

    /**
     * Drops every page if the corpus is no longer at the version they were rendered at: a write committed
     * by another process sharing the database. Call before {@link #cached} when the database is shared.
     */
    public void validate(long corpusVersion) {
        if (corpusVersion != version) {
            clear();
            version = corpusVersion;
        }
    }

    public void clear() {
        generation++;
        pages.clear();
    }

    void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleStored event) {
        clear();
    }

    void onDeleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleDeleted event) {
        clear();
    }

    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CorpusChanged event) {
        clear();
    }
}
