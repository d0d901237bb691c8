package org.mizan.web.admin;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One thing an admin did to the corpus: who, what, to which article, when. Kept after the article is
 * gone, so the article is recorded by id and title rather than by reference.
 */
@Entity
@Table(name = "audit_entry", indexes = @Index(name = "audit_at", columnList = "at"))
public class AuditEntryEntity extends PanacheEntity {

    public enum Action {
        UPLOAD, DUPLICATE, DELETE, REANALYSE,
        /** Editor review (web.review). */
        RATE, LINK_CONFIRM, LINK_REJECT, SPEAKER_FIX, SPEAKER_MERGE, SPEAKER_SPLIT, STORY_RENAME
    }

    @Column(nullable = false)
    public Instant at;
    @Column(nullable = false, length = 100)
    public String actor;
    @Column(nullable = false, length = 16)
    public String action;
    public Long articleId;
    @Column(length = 1000)
    public String articleTitle;
    /** Where it came from (file name, "api", "form") and anything worth keeping about it. */
    @Column(length = 1000)
    public String detail;
    /** What an editor's act changed ("claim 12", "link 7", "speaker 3", "story 5"), its value before and after. */
    @Column(length = 200)
    public String target;
    @Column(length = 2000)
    public String beforeValue;
    @Column(length = 2000)
    public String afterValue;

    public Action actionKind() {
        return Action.valueOf(action);
    }
}
