package org.mizan.web.pagecache;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.mizan.web.story.RenderedPage;

/**
 * Rendered pages by key, kept until the next committed change: each rendered at most once at a time
 * (requests that arrive meanwhile wait for that render instead of starting their own — a cold cache under
 * load would otherwise run one render per request and drain the connection pool), and a page rendered
 * while a write committed is served but not kept.
 */
public final class RenderedPages {

    private final int maxEntries;
    private final Map<String, RenderedPage> pages = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<RenderedPage>> rendering = new ConcurrentHashMap<>();
    private volatile long generation;

    /** The corpus version the held pages were rendered at (see {@link #validate}). */
    private volatile long version = Long.MIN_VALUE;

    public RenderedPages(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** The rendered page if held, else null. */
    public RenderedPage cached(String key) {
        return pages.get(key);
    }

    public RenderedPage page(String key, Supplier<String> render) {
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
                if (pages.size() >= maxEntries) {
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

    public void clear() {
        generation++;
        pages.clear();
    }

    /**
     * Drops every page if the corpus is no longer at the version they were rendered at: a write committed
     * by another process sharing the database. Call before serving when the database is shared.
     */
    public void validate(long corpusVersion) {
        if (corpusVersion != version) {
            clear();
            version = corpusVersion;
        }
    }
}
