package org.mizan.web.story;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.mizan.web.claim.ClaimEntity;

/**
 * A story: claims from one or more articles about the same events, as the clusterer grouped them. The
 * dates, actors and sources are derived from the claims when the story is saved, so lists can show them
 * without loading every claim.
 */
@Entity
@Table(name = "story", indexes = {
        @Index(name = "story_last", columnList = "lastDate"),
        @Index(name = "story_last_id", columnList = "lastDate, id"),
        @Index(name = "story_key", columnList = "clusterKey", unique = true)})
public class StoryEntity extends PanacheEntity {

    /** The clusterer's identity of the story, so that re-clustering updates rather than duplicates. */
    @Column(nullable = false, length = 200)
    public String clusterKey;

    @Column(length = 1000)
    public String title;
    /** The editor who renamed the story (web.review): re-clustering then keeps the title. */
    @Column(length = 100)
    public String titleSetBy;
    public LocalDate firstDate;
    public LocalDate lastDate;

    @ManyToMany
    @JoinTable(name = "story_claim")
    public Set<ClaimEntity> claims = new LinkedHashSet<>();

    /** Who acts in the story: speakers and the subjects of its propositions. */
    @ElementCollection
    @CollectionTable(name = "story_actor")
    @Column(name = "actor", length = 500)
    public Set<String> actors = new LinkedHashSet<>();

    /** The outlets whose articles the story's claims come from. */
    @ElementCollection
    @CollectionTable(name = "story_source")
    @Column(name = "source", length = 300)
    public Set<String> sources = new LinkedHashSet<>();

    @Column(nullable = false)
    public Instant updatedAt;

    /** How many claims the story holds, kept with its other derived fields (StoryService.refresh): lists show it without counting. */
    @Column(nullable = false)
    public int claimCount;

    public static Optional<StoryEntity> findByKey(String key) {
        return find("clusterKey", key).firstResultOptional();
    }
}
