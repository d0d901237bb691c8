package org.mizan.web.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * A row of {@code story_claim} read as such: which story holds which claim, and the claim's date (stated,
 * else published), so the story page reads its claims a keyset page at a time on (story, date, claim).
 * Written only by {@link StoryService#saveMembers}; read-only here.
 */
@Entity
@Immutable
@Table(name = "story_claim")
@IdClass(StoryMember.Key.class)
public class StoryMember {

    @Id
    @Column(name = "StoryEntity_id")
    public long storyId;

    @Id
    @Column(name = "claims_id")
    public long claimId;

    public LocalDate claimDay;

    /** The composite key (story, claim), as JPA's id class wants it. */
    public static class Key implements Serializable {
        public long storyId;
        public long claimId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.storyId == storyId && k.claimId == claimId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(storyId) * 31 + Long.hashCode(claimId);
        }
    }
}
