package org.mizan.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.mizan.core.Article;
import org.mizan.core.ArticleAnalysis;
import org.mizan.web.admin.AuditEntryEntity.Action;
import org.mizan.web.article.ArticleEntity;
import org.mizan.web.article.ArticleService;

/**
 * The admin's writes to the corpus, each in one transaction together with its audit entry: an article
 * is stored, deleted or re-analysed completely, with its entry, or not at all.
 */
@ApplicationScoped
public class CorpusAdmin {

    /** What became of one article: its id, whether it is new, its title. */
    public record Outcome(long articleId, boolean created, String title) {
    }

    @Inject
    ArticleService articles;
    @Inject
    AuditLog audit;

    /** Stores (idempotent by text); {@code analysis} is the previewed analysis, or null to analyse now. */
    @Transactional
    public Outcome store(Article article, ArticleAnalysis analysis, String actor, String source) {
        ArticleService.Stored stored = analysis == null ? articles.store(article) : articles.store(article, analysis);
        ArticleEntity a = stored.article();
        audit.record(actor, stored.created() ? Action.UPLOAD : Action.DUPLICATE, a.id, a.title, source);
        return new Outcome(a.id, stored.created(), a.title);
    }

    @Transactional
    public boolean delete(long id, String actor) {
        Optional<ArticleEntity> article = articles.find(id);
        if (article.isEmpty()) {
            return false;
        }
        String title = article.get().title;
        int claims = article.get().claims.size();
        articles.delete(id);
        audit.record(actor, Action.DELETE, id, title, claims + " claims");
        return true;
    }

    @Transactional
    public Optional<Outcome> reanalyse(long id, String actor) {
        return articles.reanalyse(id).map(a -> {
            audit.record(actor, Action.REANALYSE, a.id, a.title, a.claims.size() + " claims");
            return new Outcome(a.id, false, a.title);
        });
    }
}
