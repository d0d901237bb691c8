package org.mizan.web.article;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import org.hibernate.FlushMode;
import org.hibernate.jpa.HibernateHints;
import jakarta.persistence.Index;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.Length;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mizan.ingest.IngestPipeline;
import org.mizan.web.claim.ClaimEntity;

/** A stored article: its original text, exactly as analysed, and where its parts stand in it. */
@Entity
@Table(name = "article", indexes = {
        @Index(name = "article_hash", columnList = "contentHash", unique = true),
        // keyset pages of the article list and of an outlet's articles, newest first
        @Index(name = "article_published", columnList = "publishedOn, id"),
        @Index(name = "article_outlet_published", columnList = "outlet, publishedOn, id")})
public class ArticleEntity extends PanacheEntity {

    /** SHA-256 of the normalised text: the same text stored twice is the same article. */
    @Column(nullable = false, length = 64)
    public String contentHash;

    @Column(length = 1000)
    public String title;
    @Column(length = 300)
    public String outlet;
    @Column(length = 2000)
    public String url;
    @Column(length = 16)
    public String language;
    public LocalDate publishedOn;
    @Column(length = 16)
    public String publishedOnSource;

    // Not @Lob: PostgreSQL would keep the text as a large object outside the row; a long varchar is text there, clob in H2.
    // Lazy: lists and claim cards show an article's title and outlet, never its (large) text.
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, length = Length.LONG32)
    public String text;
    public int bodyStart;
    public int bodyEnd;

    @Column(length = 1000)
    public String provenance;

    @Column(nullable = false)
    public Instant storedAt;

    /** How the text reached us: agencies, outlets, translation, in that order (RelayChainReader). */
    @ElementCollection
    @CollectionTable(name = "article_relay")
    @OrderColumn(name = "position")
    public List<RelayEmbeddable> relays = new ArrayList<>();

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    public List<ClaimEntity> claims = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "article_timex")
    @OrderColumn(name = "position")
    public List<TimexEmbeddable> timex = new ArrayList<>();

    /**
     * Needs no flush first: the writer flushes each write before the next (a session's pending changes
     * never store a text), and checking the whole session for them would cost more than the look-up.
     */
    public static Optional<ArticleEntity> findByHash(String hash) {
        return find("contentHash", hash).withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT).firstResultOptional();
    }

    /** Whether Mizan read claims in this article: it does so in Arabic only; others are stored as they are. */
    public boolean analysed() {
        return IngestPipeline.analyses(language);
    }

    public String body() {
        return text.substring(bodyStart, bodyEnd);
    }
}
