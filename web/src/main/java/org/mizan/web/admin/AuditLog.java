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
        AuditEntryEntity entry = new AuditEntryEntity();
        entry.at = Instant.now();
        entry.actor = clip(actor == null ? "?" : actor, 100);
        entry.action = action.name();
        entry.articleId = articleId;
        entry.articleTitle = clip(articleTitle, 1000);
        entry.detail = clip(detail, 1000);
        entry.persist();
    }

    /** Newest first. */
    public List<AuditEntryEntity> latest(int max) {
        return AuditEntryEntity.<AuditEntryEntity>find("order by at desc, id desc").page(0, max).list();
    }
}
