package org.mizan.web.claim;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mizan.web.article.ArticleEntity;
import org.mizan.web.paging.IdParameters;
import org.mizan.web.speaker.SpeakerEntity;

/** One attributed statement of a stored article. Offsets point into the article's text. */
@Entity
@Table(name = "claim", indexes = {
        @Index(name = "claim_article", columnList = "article_id"),
        @Index(name = "claim_speaker", columnList = "speaker_id"),
        @Index(name = "claim_stated", columnList = "statedOn"),
        // the speaker page's keyset: a speaker's claims by (statedOn, id)
        @Index(name = "claim_speaker_stated", columnList = "speaker_id, statedOn, id")})
public class ClaimEntity extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public ArticleEntity article;

    /** Position in the article (0-based) and the analysis id ("c1"). */
    public int ordinal;
    @Column(length = 16)
    public String localId;

    @Column(length = 200)
    public String cueText;
    public int cueStart;
    public int cueEnd;

    @ManyToOne(optional = false)
    public SpeakerEntity speaker;
    @Column(length = 1000)
    public String speakerMention;
    public Integer speakerStart;
    public Integer speakerEnd;
    @Column(length = 500)
    public String speakerRole;
    public boolean speakerImplicit;
    @Column(length = 64)
    public String speakerRule;
    /** The editor who set the speaker by hand (re-analysis keeps it), null when the analyser found it. */
    @Column(length = 100)
    public String speakerSetBy;

    @Column(length = 20000)
    public String contentText;
    public int contentStart;
    public int contentEnd;

    public LocalDate statedOn;
    @Column(length = 200)
    public String statedOnText;
    @Column(length = 16)
    public String statedOnSource;
    @Column(length = 16)
    public String polarity;

    @ElementCollection
    @CollectionTable(name = "claim_proposition")
    @OrderColumn(name = "position")
    public List<PropositionEmbeddable> propositions = new ArrayList<>();

    public boolean negated() {
        return "negated".equals(polarity);
    }

    /**
     * These claims with their articles and speakers, in one statement, by id (ids no longer stored are
     * missing): what a page of claim cards reads. Call in a transaction.
     */
    public static Map<Long, ClaimEntity> withArticleAndSpeaker(Collection<Long> ids) {
        Map<Long, ClaimEntity> found = new HashMap<>();
        if (!ids.isEmpty()) {
            IdParameters.select("select c from ClaimEntity c join fetch c.article join fetch c.speaker where c.id in :ids",
                    ClaimEntity.class, ids).getResultList().forEach(c -> found.put(c.id, c));
        }
        return found;
    }
}
