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

    public enum Action { UPLOAD, DUPLICATE, DELETE, REANALYSE }

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

    public Action actionKind() {
        return Action.valueOf(action);
    }
}
