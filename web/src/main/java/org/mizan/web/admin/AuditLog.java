package org.mizan.web.admin;

import static org.mizan.web.Columns.clip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.mizan.web.admin.AuditEntryEntity.Action;

/** Records admin actions in the transaction of the action itself: no action without its entry. */
@ApplicationScoped
public class AuditLog {

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, Action action, Long articleId, String articleTitle, String detail) {
        entry(actor, action, articleId, articleTitle, detail).persist();
    }

    /**
     * An editor's act (web.review): who, which act, on what ({@code target}, e.g. "claim 12"), the value
     * before and after, and the article it concerns when there is one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordChange(String actor, Action action, String target, String before, String after, Long articleId,
                             String articleTitle) {
        AuditEntryEntity entry = entry(actor, action, articleId, articleTitle, null);
        entry.target = clip(target, 200);
        entry.beforeValue = clip(before, 2000);
        entry.afterValue = clip(after, 2000);
        entry.persist();
    }

    private static AuditEntryEntity entry(String actor, Action action, Long articleId, String articleTitle, String detail) {
        AuditEntryEntity entry = new AuditEntryEntity();
        entry.at = Instant.now();
        entry.actor = clip(actor == null ? "?" : actor, 100);
        entry.action = action.name();
        entry.articleId = articleId;
        entry.articleTitle = clip(articleTitle, 1000);
        entry.detail = clip(detail, 1000);
        return entry;
    }

    /** Newest first. */
    public List<AuditEntryEntity> latest(int max) {
        return AuditEntryEntity.<AuditEntryEntity>find("order by at desc, id desc").page(0, max).list();
    }
}
