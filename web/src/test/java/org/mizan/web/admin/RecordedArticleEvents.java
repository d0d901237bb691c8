package org.mizan.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.mizan.web.article.ArticleService.ArticleDeleted;
import org.mizan.web.article.ArticleService.ArticleStored;
import org.mizan.web.article.ArticleService.ClaimsRetired;

/** Test bean: what ArticleService announced, as a feature that owns links or stories would see it. */
@ApplicationScoped
public class RecordedArticleEvents {

    private final List<ClaimsRetired> retired = new CopyOnWriteArrayList<>();
    private final List<ArticleDeleted> deleted = new CopyOnWriteArrayList<>();
    private final List<Long> stored = new CopyOnWriteArrayList<>();

    // Read through methods: the injected reference is a client proxy, whose own fields are not the bean's.
    public List<ClaimsRetired> retired() {
        return List.copyOf(retired);
    }

    public List<ArticleDeleted> deleted() {
        return List.copyOf(deleted);
    }

    public List<Long> stored() {
        return List.copyOf(stored);
    }

    void onRetired(@Observes ClaimsRetired event) {
        retired.add(event);
    }

    void onDeleted(@Observes ArticleDeleted event) {
        deleted.add(event);
    }

    void onStored(@Observes ArticleStored event) {
        stored.add(event.article().id);
    }
}
