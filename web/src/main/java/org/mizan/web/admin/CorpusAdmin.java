package org.mizan.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.mizan.core.Article;
import org.mizan.core.ArticleAnalysis;
import org.mizan.web.admin.AuditEntryEntity.Action;
import org.mizan.web.article.ArticleEntity;
import org.mizan.web.article.ArticleService;
import org.mizan.web.article.ArticleWriter;

/**
 * The admin's writes to the corpus, each through the write path ({@link ArticleWriter}) with its audit
 * entry in the same transaction: an article is stored, deleted or re-analysed completely, with its
 * entry, or not at all.
 */
@ApplicationScoped
public class CorpusAdmin {

    /** What became of one article: its id, whether it is new, its title. */
    public record Outcome(long articleId, boolean created, String title) {
    }

    @Inject
    ArticleWriter writer;
    @Inject
    AuditLog audit;

    /** Stores (idempotent by text); {@code analysis} is the previewed analysis, or null to analyse now. */
    public Outcome store(Article article, ArticleAnalysis analysis, String actor, String source) {
        ArticleService.Stored stored = writer.store(article, analysis, s -> audit.record(actor,
                s.created() ? Action.UPLOAD : Action.DUPLICATE, s.article().id, s.article().title, source));
        ArticleEntity a = stored.article();
        return new Outcome(a.id, stored.created(), a.title);
    }

    public boolean delete(long id, String actor) {
        return writer.delete(id, a -> audit.record(actor, Action.DELETE, id, a.title, a.claims.size() + " claims"));
    }

    public Optional<Outcome> reanalyse(long id, String actor) {
        return writer.reanalyse(id, a -> audit.record(actor, Action.REANALYSE, a.id, a.title, a.claims.size() + " claims"))
                .map(a -> new Outcome(a.id, false, a.title));
    }
}
