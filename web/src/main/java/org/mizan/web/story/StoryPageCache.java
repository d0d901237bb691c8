package org.mizan.web.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mizan.web.article.ArticleService.ArticleDeleted;
import org.mizan.web.article.ArticleService.ArticleStored;
import org.mizan.web.pagecache.RenderedPages;

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
    private final RenderedPages pages = new RenderedPages(MAX_ENTRIES);

    /** Off with the reader pages' cache ({@code mizan.reader-page-cache=false}): every request renders, to measure the page as designed. */
    @ConfigProperty(name = "mizan.reader-page-cache", defaultValue = "true")
    boolean enabled = true;

    /** The rendered page if held, else null. */
    public RenderedPage cached(long storyId, String lang) {
        return enabled ? pages.cached(storyId + "/" + lang) : null;
    }

    /** The page, rendered at most once at a time per story and language (see {@link RenderedPages}). */
    public RenderedPage page(long storyId, String lang, Supplier<String> render) {
        return enabled ? pages.page(storyId + "/" + lang, render) : RenderedPage.once(render.get());
    }

    /** See {@link RenderedPages#validate}: call before {@link #cached} when the database is shared. */
    public void validate(long corpusVersion) {
        pages.validate(corpusVersion);
    }

    public void clear() {
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

    /** Another instance's change reached this one through the search index's change log. */
    void onSearchUpdated(@Observes org.mizan.web.search.SearchFollower.SearchUpdated event) {
        clear();
    }
}
