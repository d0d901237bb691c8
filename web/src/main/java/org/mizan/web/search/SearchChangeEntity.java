package org.mizan.web.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The corpus's change log for search: one row per committed store, re-analysis or delete of an article,
 * numbered by an increasing sequence. Every instance's index follows it (SearchFollower), so instances
 * sharing one database (PostgreSQL) all find what any of them stored.
 */
@Entity
@Table(name = "search_change", indexes = @Index(name = "search_change_at", columnList = "changedAt"))
public class SearchChangeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(nullable = false)
    public long articleId;

    @Column(nullable = false)
    public Instant changedAt;
}
