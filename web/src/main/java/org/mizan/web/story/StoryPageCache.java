package org.mizan.web.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
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

    private final Map<String, String> pages = new ConcurrentHashMap<>();
    private volatile long generation;

    /** The rendered page if held, else null. */
    public String cached(long storyId, String lang) {
        return pages.get(storyId + "/" + lang);
    }

    public String page(long storyId, String lang, Supplier<String> render) {
        String key = storyId + "/" + lang;
        String cached = pages.get(key);
        if (cached != null) {
            return cached;
        }
        long before = generation;
        String html = render.get();
        // Keep it only if no write committed while rendering: a page rendered from older rows must not stay.
        if (before == generation) {
            if (pages.size() >= MAX_ENTRIES) {
                pages.clear();
            }
            pages.put(key, html);
        }
        return html;
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
